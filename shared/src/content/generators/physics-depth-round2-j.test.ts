import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, derivative, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthRound2JGenerators } from './physics-depth-round2-j.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const DIRS = [[1, 2, 2], [2, 3, 6], [1, 4, 8], [2, 6, 9], [4, 4, 7], [6, 2, 3], [2, 1, 2], [3, 6, 2], [8, 4, 1], [6, 6, 7]];
const LC = [[0.1, 10], [0.4, 10], [0.2, 5], [0.5, 2], [1, 1], [0.25, 16], [0.1, 40], [0.4, 2.5]];
const MU0 = 4 * Math.PI * 1e-7;

const checks: Record<string, AnswerCheck> = {
  // Law of cosines on the triangle of A, B and A − B gives |A|cos θ without a dot product.
  'p.kin.vector-projection': ({ b, x, y, z }) => {
    const B = DIRS[b!]!, A = [x!, y!, z!];
    const len = (u: number[]) => Math.hypot(u[0]!, u[1]!, u[2]!);
    const a = len(A), bb = len(B), c = len(A.map((ai, i) => ai - B[i]!));
    return snap(a * ((a * a + bb * bb - c * c) / (2 * a * bb)), 9);
  },
  // Integrate the a–t line twice numerically.
  'p.kin.at-graph-ramp': ({ a, T }) => {
    const acc = (t: number) => (a! * t) / T!;
    const vel = (t: number) => simpson(acc, 0, t, 20);
    return snap(simpson(vel, 0, T!, 200), 9);
  },
  // Torque from the two charges' forces at a small angle, inertia summed over the beads.
  'p.es.dipole-oscillation': ({ m, d, q, E }) => {
    const half = d! / 200, Q = q! * 1e-6, F = E! * 1e4;
    const torque = (th: number) => {
      let tz = 0;
      for (const s of [1, -1]) {
        const x = s * half * Math.cos(th), y = s * half * Math.sin(th), fx = s * Q * F, fy = 0;
        tz += x * fy - y * fx;
      }
      return tz;
    };
    const k = -derivative(torque, 0, 1e-4), I = 2 * (m! / 1000) * half * half;
    return snap(2 * Math.PI * Math.sqrt(I / k), 7);
  },
  // A toroid of mean radius r is locally a solenoid with N/(2πr) turns per metre: B = μ₀nI.
  'p.mag.toroid-field': ({ N, I, r }) => snap(MU0 * (N! / (2 * Math.PI * (r! / 100))) * I! * 1000, 9),
  // Biot–Savart around the large coil for the field at its centre, times the small loop's area by integration.
  'p.emi.coaxial-loops-emf': ({ N, R, r, k }) => {
    const Rm = R! / 100, rm = r! / 100;
    const bPerAmp = simpson(() => (MU0 * N! * Rm) / (4 * Math.PI * Rm * Rm), 0, 2 * Math.PI, 20);
    const area = simpson((s) => 2 * Math.PI * s, 0, rm, 20);
    return snap(bPerAmp * area * k! * 1e6, 9);
  },
  // Resonance found as the zero of the reactance, then the inductor's share of the voltage.
  'p.ac.resonance-inductor-voltage': ({ c, R, V }) => {
    const [L, C] = LC[c!]!;
    const w0 = bisect((w) => w * L! - 1 / (w * C! * 1e-6), 1, 1e6);
    const Z = Math.hypot(R!, w0 * L! - 1 / (w0 * C! * 1e-6));
    return snap((V! / Z) * w0 * L!, 7);
  },
  // Reflected intensity |−1 + e^{iδ}|² with δ = 4πμt/λ: its k-th maximum, found where dI/dt changes sign.
  'p.opt.film-reflection-thickness': ({ l, mu, k }) => {
    const I = (t: number) => { const dl = (4 * Math.PI * mu! * t) / l!; return (Math.cos(dl) - 1) ** 2 + Math.sin(dl) ** 2; };
    const step = l! / (2 * mu!);
    return snap(bisect((t) => derivative(I, t, 1e-3), (k! - 1) * step + 1e-3 * step, k! * step - 1e-3 * step), 7);
  },
  // Kirchhoff's loop rule with each cell's emf signed, solved for the current.
  'p.ce.reversed-cell': ({ n, E, r, R }) => {
    const signs = Array.from({ length: n! }, (_, i) => (i === 0 ? -1 : 1));
    return snap(bisect((I) => signs.reduce((sum, s) => sum + s * E! - I * r!, 0) - I * R!, 0, 100), 9);
  },
};

const all = physicsDepthRound2JGenerators;

describe('physics fourth-template depth generators (round 2, j)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
