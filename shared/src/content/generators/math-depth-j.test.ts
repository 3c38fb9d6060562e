import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthJGenerators } from './math-depth-j.ts';
import { bisect, goldenMax, rk4, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round = (x: number, d = 9) => Math.round(x * 10 ** d) / 10 ** d;


const checks: Record<string, AnswerCheck> = {
  'm.cplx.circle-max-distance': (p) => {
    // Walk the circle |z − z₀| = r and measure |z + w| at every point, then refine the extreme.
    const [a, b, c, d, r] = [n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'd'), n(p, 'r')];
    const dist = (t: number) => Math.hypot(a + r * Math.cos(t) + c, b + r * Math.sin(t) + d);
    const sign = n(p, 'v') === 0 ? 1 : -1;
    let best = 0;
    for (let i = 0; i < 720; i++) if (sign * dist((2 * Math.PI * i) / 720) > sign * dist((2 * Math.PI * best) / 720)) best = i;
    const t0 = (2 * Math.PI * best) / 720;
    return round(sign * goldenMax((t) => sign * dist(t), t0 - 0.02, t0 + 0.02), 6);
  },
  'm.quad.reciprocal-ratio-roots': (p) => {
    const [P, Q] = [n(p, 'p'), n(p, 'q')];
    const D = P * P - 4 * Q;
    if (D >= 0) {
      const [al, be] = [(P + Math.sqrt(D)) / 2, (P - Math.sqrt(D)) / 2];
      return al / be + be / al;
    }
    // Complex conjugate roots: α/β + β/α = 2 Re(α/β).
    const [re, im] = [P / 2, Math.sqrt(-D) / 2];
    const mod2 = re * re + im * im;
    return (2 * (re * re - im * im)) / mod2;
  },
  'm.seq.gp-sum-and-squares': (p) => {
    const r0 = n(p, 'pn') / n(p, 'pd');
    const S = n(p, 'a') / (1 - r0);
    const T = (n(p, 'a') ** 2) / (1 - r0 * r0);
    // Unknown r: S²(1 − r)/(1 + r) = T is monotone on (−1, 1).
    const r = bisect((x) => (S * S * (1 - x)) / (1 + x) - T, -0.999999, 0.999999);
    return round(S * (1 - r), 6);
  },
  'm.bin.remainder-square-modulus': (p) => {
    const base = BigInt(n(p, 'm') + n(p, 's'));
    const mod = BigInt(n(p, 'm') ** 2);
    return Number(base ** BigInt(n(p, 'n')) % mod);
  },
  'm.lim.one-power-infinity': (p) => {
    const [a, b, c] = [n(p, 'a'), n(p, 'b'), n(p, 'c')];
    // Evaluate on a sequence approaching the limit and extrapolate in h (error O(h)).
    const g = n(p, 'v') === 0 ? (h: number) => Math.exp((b / h) * Math.log1p(a * h)) : (h: number) => Math.exp((b / h) * Math.log((1 / h + a) / (1 / h + c)));
    let row = [0, 1, 2, 3, 4].map((i) => g(1e-3 / 2 ** i));
    for (let k = 1; row.length > 1; k++) row = row.slice(1).map((x, i) => (2 ** k * x - row[i]!) / (2 ** k - 1));
    return row[0]!;
  },
  'm.app.tangents-from-point': (p) => {
    const [k, c] = [n(p, 'k'), n(p, 'c')];
    // The tangent at x₁ passes through (0, −c) when k x₁² − 2k x₁·x₁ + c = 0, i.e. f(x₁) = c − k x₁² = 0.
    const through = (x1: number) => k * x1 * x1 - 2 * k * x1 * x1 + c;
    const xr = bisect(through, 0, 100);
    const xl = bisect(through, -100, 0);
    return round(n(p, 'v') === 0 ? 2 * k * xr * 2 * k * xl : Math.hypot(xr - xl, k * xr * xr - k * xl * xl), 6);
  },
  'm.de.newton-cooling': (p) => {
    const [room, T0, t1, T1, T2] = [n(p, 'room'), n(p, 'T0'), n(p, 't1'), n(p, 'T1'), n(p, 'T2')];
    const temp = (k: number, t: number) => rk4((_t, T) => -k * (T - room), 0, T0, t, 400);
    const k = bisect((kk) => temp(kk, t1) - T1, 1e-4, 2);
    return bisect((t) => temp(k, t) - T2, 0.01, 400);
  },
  'm.cg.orthogonal-circles': (p) => {
    const [g1, f1, c1, g2, f2] = [n(p, 'g1'), n(p, 'f1'), n(p, 'c1'), n(p, 'g2'), n(p, 'f2')];
    // Geometric form: the centres' distance² equals r₁² + r₂², with r₂² = g₂² + f₂² − k.
    const d2 = (g1 - g2) ** 2 + (f1 - f2) ** 2;
    const r1sq = g1 * g1 + f1 * f1 - c1;
    return round(bisect((k) => d2 - r1sq - (g2 * g2 + f2 * f2 - k), -1000, 1000), 6);
  },
  'm.prob.bayes-three-machines': (p) => {
    // 1,000,000 bolts split by share, defects by rate: count.
    const made = [0, 1, 2].map((i) => 10000 * n(p, `s${i}`));
    const bad = made.map((m, i) => (m * n(p, `d${i}`)) / 100);
    return bad[n(p, 'i')]! / bad.reduce((s, x) => s + x, 0);
  },
  'm.trig.quadratic-in-sine-count': (p) => {
    const r1 = n(p, 'n1') / 2;
    const r2 = [0.5, 1, 2][[1, 2, 4].indexOf(n(p, 'n2'))]!;
    const f = (x: number) => (Math.sin(x) - r1) * (Math.sin(x) - r2);
    // Local minima of |f| on a fine grid (roots of sin x = ±1 are touching roots), refined.
    const N = 20000;
    const xs = Array.from({ length: N + 1 }, (_, i) => (2 * Math.PI * i) / N);
    const roots: number[] = [];
    for (let i = 0; i <= N; i++) {
      const y = Math.abs(f(xs[i]!));
      const left = i > 0 ? Math.abs(f(xs[i - 1]!)) : Infinity;
      const right = i < N ? Math.abs(f(xs[i + 1]!)) : Infinity;
      if (y <= left && y <= right && y < 1e-3) {
        const lo = xs[Math.max(0, i - 1)]!;
        const hi = xs[Math.min(N, i + 1)]!;
        const best = -goldenMax((x) => -Math.abs(f(x)), lo, hi);
        if (best < 1e-10 && !roots.some((r) => Math.abs(r - xs[i]!) < 1e-3)) roots.push(xs[i]!);
      }
    }
    return roots.length;
  },
  'm.stat.pooled-variance': (p) => {
    // Explicit groups with the given means and variances (each group: two values μ ± σ, equal halves;
    // an odd count gets one more value at μ with the spread adjusted to keep the variance).
    const group = (size: number, mean: number, variance: number) => {
      const half = Math.floor(size / 2);
      const spread = Math.sqrt((variance * size) / (2 * half));
      return Array.from({ length: size }, (_, i) => (i < half ? mean - spread : i < 2 * half ? mean + spread : mean));
    };
    const all = [...group(n(p, 'n1'), n(p, 'm1'), n(p, 'v1')), ...group(n(p, 'n2'), n(p, 'm2'), n(p, 'v2'))];
    const m = all.reduce((s, x) => s + x, 0) / all.length;
    return all.reduce((s, x) => s + (x - m) ** 2, 0) / all.length;
  },
  'm.int.exp-times-polynomial': (p) => {
    const [a, b] = [n(p, 'a'), n(p, 'b')];
    // F(x) = ∫₀ˣ eᵗ(t² + at + b)dt = eˣ(x² + px + q) − q: two values of x give p and q.
    const F = (x: number) => simpson((t) => Math.exp(t) * (t * t + a * t + b), 0, x, 4000);
    const rows = [1, 2].map((x) => [Math.exp(x) * x, Math.exp(x) - 1, F(x) - Math.exp(x) * x * x]);
    const det = rows[0]![0]! * rows[1]![1]! - rows[0]![1]! * rows[1]![0]!;
    const P = (rows[0]![2]! * rows[1]![1]! - rows[0]![1]! * rows[1]![2]!) / det;
    const Q = (rows[0]![0]! * rows[1]![2]! - rows[0]![2]! * rows[1]![0]!) / det;
    return round(n(p, 'v') === 0 ? Q : P * Q, 6);
  },
};

describe('maths depth templates J', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthJGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthJGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthJGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
