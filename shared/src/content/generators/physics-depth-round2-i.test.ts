import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthRound2IGenerators } from './physics-depth-round2-i.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const LCR = [[30, 90, 50], [60, 100, 20], [40, 50, 80], [80, 120, 180], [120, 200, 40], [90, 60, 180], [50, 150, 30], [160, 100, 220]];
const SLITS = [[9, 4], [4, 1], [16, 9], [25, 16], [25, 9], [9, 1], [16, 1], [49, 9], [36, 25], [49, 16], [64, 9], [81, 16], [100, 9], [64, 25], [81, 49], [100, 49], [36, 1], [49, 4]];
const COILS = [[4, 9], [4, 16], [9, 16], [1, 4], [16, 25], [9, 25], [4, 25], [1, 9]];
const TURNS = [[10, 1], [20, 1], [5, 1], [4, 1], [11, 1], [1, 2]];

const checks: Record<string, AnswerCheck> = {
  // Time average of v(t)·i(t) over one cycle, the current lagging by the phasor angle of the impedance.
  'p.ac.lcr-average-power': ({ c, V }) => {
    const [R, L, C] = LCR[c!]!;
    const re = R!, im = L! - C!, zz = re * re + im * im;
    const amp = V! * Math.SQRT2;
    // i = Re(v/Z) for v = amp·e^{jt}: (amp/|Z|²)(re·cos t + im·sin t).
    const p = (t: number) => amp * Math.cos(t) * (amp / zz) * (re * Math.cos(t) + im * Math.sin(t));
    return snap(simpson(p, 0, 2 * Math.PI, 2000) / (2 * Math.PI), 9);
  },
  // Integrate |v(t)| on each side of the turning point found by bisection.
  'p.kin.graph-reversal-distance': ({ u, w, T }) => {
    const vel = (t: number) => u! - ((u! + w!) * t) / T!;
    const t0 = bisect(vel, 0, T!);
    return snap(simpson(vel, 0, t0, 200) + simpson((t) => -vel(t), t0, T!, 200), 9);
  },
  // Two point charges ±q a tiny distance d apart with qd = p, fields added as vectors.
  'p.es.dipole-oblique-field': ({ p, r, th }) => {
    const d = 1e-6, q = (p! * 1e-9) / d, rm = r! / 100, a = (th! * Math.PI) / 180;
    const x = rm * Math.cos(a), y = rm * Math.sin(a);
    let ex = 0, ey = 0;
    for (const [s, cx] of [[1, d / 2], [-1, -d / 2]] as const) {
      const dx = x - cx, dist = Math.hypot(dx, y);
      ex += (9e9 * s * q * dx) / dist ** 3;
      ey += (9e9 * s * q * y) / dist ** 3;
    }
    return snap(Math.hypot(ex, ey) / 1000, 7);
  },
  // Half the spread of the area between d − LC and d + LC, relative to the area at d.
  'p.exp.screw-area-error': ({ n, M, C }) => {
    const lc = 0.5 / n!, d = M! + C! * lc, area = (x: number) => (Math.PI * x * x) / 4;
    return snap(((area(d + lc) - area(d - lc)) / 2 / area(d)) * 100, 9);
  },
  // Brute force: the largest and smallest of I₁ + I₂ + 2√(I₁I₂)cos φ over a grid containing 0 and π.
  'p.opt.slit-intensity-ratio': ({ s }) => {
    const [a, b] = SLITS[s!]!;
    let hi = -Infinity, lo = Infinity;
    for (let i = 0; i <= 720; i++) {
      const re = Math.sqrt(a!) + Math.sqrt(b!) * Math.cos((i * Math.PI) / 360), im = Math.sqrt(b!) * Math.sin((i * Math.PI) / 360);
      const I = re * re + im * im;
      hi = Math.max(hi, I);
      lo = Math.min(lo, I);
    }
    return snap(hi / lo, 9);
  },
  // Flux linkage of the pair per ampere: each coil links its own flux and ±M of the other's.
  'p.emi.coupled-series': ({ c, k, a }) => {
    const [l1, l2] = COILS[c!]!, M = k! * Math.sqrt(l1! * l2!), i = 3;
    const linkage = (l1! * i + a! * M * i) + (l2! * i + a! * M * i);
    return snap(linkage / i, 9);
  },
  // Ampère's law with the enclosed current integrated over the disc of radius min(r, R).
  'p.mag.thick-wire-field': ({ R, r, I }) => {
    const Rm = R! / 1000, rm = r! / 1000, J = I! / (Math.PI * Rm * Rm);
    const enclosed = simpson((s) => J * 2 * Math.PI * s, 0, Math.min(rm, Rm), 200);
    return snap(((4 * Math.PI * 1e-7 * enclosed) / (2 * Math.PI * rm)) * 1e6, 9);
  },
  // Power balance solved for the primary current: η·V_p·I_p = V_s·I_s, with I_s from Ohm's law.
  'p.ac.transformer-primary-current': ({ t, Vp, R, eta }) => {
    const [np, ns] = TURNS[t!]!, load = R! * (ns! > 1 ? 50 : 1), Vs = (Vp! * ns!) / np!;
    const Is = bisect((x) => x * load - Vs, 0, 1e3);
    return snap(bisect((Ip) => (eta! / 100) * Vp! * Ip - Vs * Is, 0, 1e3), 9);
  },
};

const all = physicsDepthRound2IGenerators;

describe('physics depth generators for the thinnest concepts (round 2, i)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
