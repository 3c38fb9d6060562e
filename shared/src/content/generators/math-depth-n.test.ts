import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthNGenerators } from './math-depth-n.ts';
import { bisect, rk4 } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;
const rad = (deg: number) => (deg * Math.PI) / 180;

const checks: Record<string, AnswerCheck> = {
  'm.trig.equally-spaced-square-sum': (p) => {
    const d = n(p, 'd');
    const f = n(p, 'v') === 0 ? Math.sin : Math.cos;
    let sum = 0;
    for (let deg = d; deg <= 90; deg += d) sum += f(rad(deg)) ** 2;
    return round(sum);
  },
  'm.prob.least-trials-at-least-once': (p) => {
    // (1 − p)ⁿ ≤ 1 − target ⇔ n ≥ ln(1 − target)/ln(1 − p).
    const q = 1 - n(p, 'pTenths') / 10;
    return Math.ceil(Math.log(1 - n(p, 'target')) / Math.log(q) - 1e-12);
  },
  'm.de.linear-ivp-value': (p) => {
    const [m, k, c] = [n(p, 'm'), n(p, 'k'), n(p, 'c')];
    return round(rk4((x, y) => k * x ** m - y / x, 1, c, 2, 4000), 5);
  },
  'm.app.lmvt-point': (p) => {
    const [a, b] = [n(p, 'a'), n(p, 'b')];
    const f = n(p, 'v') === 0 ? (x: number) => 1 / x : Math.sqrt;
    const df = n(p, 'v') === 0 ? (x: number) => -1 / (x * x) : (x: number) => 1 / (2 * Math.sqrt(x));
    const slope = (f(b) - f(a)) / (b - a);
    // f' is monotone on the interval, so the mean-value point is unique.
    return round(bisect((x) => df(x) - slope, a, b), 5);
  },
  'm.cg.parabola-focal-chord-segment': (p) => {
    const [a, sp] = [n(p, 'a'), n(p, 'sp')];
    // P on y² = 4ax with focal distance sp (SP = x + a); the line PS meets the parabola again at Q.
    const P = [sp - a, Math.sqrt(4 * a * (sp - a))];
    const dir = [a - P[0]!, -P[1]!];
    const g = (t: number) => { const y = P[1]! + t * dir[1]!; const x = P[0]! + t * dir[0]!; return y * y - 4 * a * x; };
    // t = 0 is P, t = 1 is S (inside, g < 0); the second root lies beyond S.
    let hi = 2;
    while (g(hi) < 0) hi *= 2;
    const t = bisect(g, 1, hi);
    const Q = [P[0]! + t * dir[0]!, P[1]! + t * dir[1]!];
    return round(Math.hypot(Q[0]! - a, Q[1]!), 5);
  },
  'm.cplx.roots-of-unity-product': (p) => {
    const [N, x] = [n(p, 'n'), n(p, 'x')];
    let [re, im] = [1, 0];
    for (let j = 1; j < N; j++) {
      const [wr, wi] = [x - Math.cos((2 * Math.PI * j) / N), -Math.sin((2 * Math.PI * j) / N)];
      [re, im] = [re * wr - im * wi, re * wi + im * wr];
    }
    expect(Math.abs(im)).toBeLessThan(1e-6);
    return round(re, 4);
  },
  'm.cg.ellipse-focal-triangle': (p) => {
    const [A, B] = [n(p, 'A'), n(p, 'B')];
    // Foci (±c, 0) found from the focal-sum property: PS₁ + PS₂ at (0, B) equals the sum 2A at
    // the vertex (A, 0), i.e. 2√(B² + c²) = 2A.
    const c = bisect((t) => 2 * Math.hypot(B, t) - 2 * A, 0, A);
    if (n(p, 'v') === 1) return round(2 * B * c, 5);
    // A point off the axis: (A cos 1, B sin 1).
    const P = [A * Math.cos(1), B * Math.sin(1)];
    return round(Math.hypot(P[0]! - c, P[1]!) + Math.hypot(P[0]! + c, P[1]!) + 2 * c, 5);
  },
  'm.3d.distance-from-axes': (p) => {
    const P = [n(p, 'x'), n(p, 'y'), n(p, 'z')];
    // Nearest point of each axis by ternary search along it.
    const fromAxis = (i: number) => {
      const dist = (t: number) => Math.hypot(...P.map((c, j) => (j === i ? c - t : c)));
      let [lo, hi] = [-100, 100];
      for (let k = 0; k < 200; k++) {
        const m1 = lo + (hi - lo) / 3;
        const m2 = hi - (hi - lo) / 3;
        if (dist(m1) < dist(m2)) hi = m2;
        else lo = m1;
      }
      return dist((lo + hi) / 2);
    };
    if (n(p, 'v') === 0) return round(fromAxis(n(p, 'axis')), 5);
    return round(fromAxis(0) ** 2 + fromAxis(1) ** 2 + fromAxis(2) ** 2, 5);
  },
};

describe('maths depth templates N', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthNGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthNGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthNGenerators) {
    it(`${gen.id}: answers agree with the independent check on ${SEEDS.length} seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
