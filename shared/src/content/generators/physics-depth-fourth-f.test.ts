import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthFourthFGenerators } from './physics-depth-fourth-f.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const TRI = [[3, 4, 5], [4, 3, 5], [6, 8, 10], [8, 6, 10], [5, 12, 13], [12, 5, 13]];

const checks: Record<string, AnswerCheck> = {
  'p.wep.climb-power': ({ m, n, f, v }) => {
    // Work against gravity and resistance over one minute, per second.
    const t = 60, dist = v! * t;
    const work = simpson(() => (m! * 10) / n! + f!, 0, dist, 20);
    return snap(work / t, 9);
  },
  'p.wep.power-acceleration': ({ Pk, f, m, v }) => {
    // Energy balance over a short interval: ½m(v₂² − v₁²) = (P − f v̄)Δt, solved for the end speed.
    const P = Pk! * 1000;
    const rate = (dt: number) => (bisect((u) => 0.5 * m! * (u * u - v! * v!) - (P - f! * (u + v!) / 2) * dt, v!, v! + 1) - v!) / dt;
    return snap(2 * rate(5e-5) - rate(1e-4), 7); // Richardson: the O(Δt) error cancels
  },
  'p.osc.superposed-amplitude': ({ t, om, w }) => {
    const [a, b] = TRI[t!]!;
    const x = (tt: number) => a! * Math.sin(om! * tt) + b! * Math.cos(om! * tt);
    const period = (2 * Math.PI) / om!;
    // Largest |x| and |dx/dt| over a period by dense sampling refined with bisection on the derivative.
    const dx = (tt: number) => a! * om! * Math.cos(om! * tt) - b! * om! * Math.sin(om! * tt);
    const d2x = (tt: number) => -om! * om! * x(tt);
    const refine = (g: (tt: number) => number) => { let best = 0; for (let k = 0; k < 400; k++) { const lo = (k * period) / 400, hi = ((k + 1) * period) / 400; if (g(lo) * g(hi) <= 0) best = Math.max(best, bisect(g, lo, hi)); } return best; };
    return snap(w === 0 ? Math.abs(x(refine(dx))) : Math.abs(dx(refine(d2x))), 9);
  },
  'p.osc.initial-amplitude': ({ k, t, s }) => {
    const [K, M, om] = [[100, 4, 5], [400, 4, 10], [400, 1, 20], [250, 2.5, 10], [50, 2, 5], [800, 2, 20]][k!]!;
    const [a, b] = TRI[t!]!;
    let x = a! * s! / 100, v = (b! * s! * om!) / 100, maxX = Math.abs(x);
    const dt = (2 * Math.PI) / Math.sqrt(K! / M!) / 20000;
    for (let step = 0; step < 20000; step++) {
      const acc = (xx: number) => (-K! * xx) / M!;
      const k1x = v, k1v = acc(x), k2x = v + (dt / 2) * k1v, k2v = acc(x + (dt / 2) * k1x);
      const k3x = v + (dt / 2) * k2v, k3v = acc(x + (dt / 2) * k2x), k4x = v + dt * k3v, k4v = acc(x + dt * k3x);
      const nx = x + (dt / 6) * (k1x + 2 * k2x + 2 * k3x + k4x), nv = v + (dt / 6) * (k1v + 2 * k2v + 2 * k3v + k4v);
      // At a turning point v changes sign: interpolate the extreme displacement with the velocity's zero.
      if (v * nv < 0) maxX = Math.max(maxX, Math.abs(x + ((nx - x) * v) / (v - nv)));
      x = nx; v = nv;
    }
    return snap(maxX * 100, 5);
  },
  'p.rot.belt-pulleys': ({ N1, r1, r2 }) => snap(bisect((N2) => (N1! / 60) * 2 * Math.PI * r1! - (N2 / 60) * 2 * Math.PI * r2!, 0, 1e5), 9),
  'p.rot.spin-up-turns': ({ N, t }) => {
    const omega = (s: number) => ((N! / 60) * s) / t!; // rev/s, rising linearly
    return snap(simpson(omega, 0, t!, 20), 9);
  },
  'p.kin.vector-angle': ({ i, s, u }) => {
    const P = [[[1, 1, 0], [0, 1, 1]], [[1, 1, 0], [1, -1, 0]], [[1, 0, 1], [0, -1, -1]], [[1, 2, 2], [2, 1, -2]], [[1, 1, 1], [1, 1, -2]], [[1, 0, 0], [1, 1, 0]], [[1, 0, 0], [-1, 1, 0]], [[0, 1, 1], [0, -1, 0]], [[1, 1, 0], [-1, 0, -1]], [[2, 0, 0], [1, 0, 1]]][i!]!;
    const A = P[0]!.map((c) => c * s!), B = P[1]!.map((c) => c * u!);
    const cross = [A[1]! * B[2]! - A[2]! * B[1]!, A[2]! * B[0]! - A[0]! * B[2]!, A[0]! * B[1]! - A[1]! * B[0]!];
    const dot = A.reduce((acc, c, k) => acc + c * B[k]!, 0);
    return snap((Math.atan2(Math.hypot(cross[0]!, cross[1]!, cross[2]!), dot) * 180) / Math.PI, 9);
  },
  'p.wave.wire-speed': ({ A, T }) => {
    const tension = T! * A!, mu = 8000 * A! * 1e-6;
    return snap(bisect((v) => mu * v * v - tension, 0, 1e4), 9);
  },
  'p.wave.string-retune': ({ f, t, L }) => {
    // Fundamental = lowest root of sin(2π f L/v) = 0 above zero; v scales with √T.
    const k = [1.5, 1.2, 2, 0.8][t!]!;
    const L0 = 1, v0 = 2 * L0 * f!; // any length: v follows from the first fundamental
    const v1 = v0 * k, L1 = L0 * L!;
    return snap(bisect((ff) => Math.sin((2 * Math.PI * ff * L1) / v1), (0.5 * v1) / (2 * L1), (1.5 * v1) / (2 * L1)), 9);
  },
};

const all = physicsDepthFourthFGenerators;

describe('physics fourth-template depth generators (f)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
