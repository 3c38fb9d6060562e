import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthKGenerators } from './math-depth-k.ts';
import { bisect, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round = (x: number, d = 9) => Math.round(x * 10 ** d) / 10 ** d;
const sarrus = (m: number[][]) => {
  const g = (i: number, j: number) => m[i]![j]!;
  return g(0, 0) * g(1, 1) * g(2, 2) + g(0, 1) * g(1, 2) * g(2, 0) + g(0, 2) * g(1, 0) * g(2, 1) - g(0, 2) * g(1, 1) * g(2, 0) - g(0, 0) * g(1, 2) * g(2, 1) - g(0, 1) * g(1, 0) * g(2, 2);
};
const heron = (a: number[], b: number[], c: number[]) => {
  const [x, y, z] = [Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!), Math.hypot(b[0]! - c[0]!, b[1]! - c[1]!), Math.hypot(c[0]! - a[0]!, c[1]! - a[1]!)];
  const s = (x + y + z) / 2;
  return Math.sqrt(Math.max(0, s * (s - x) * (s - y) * (s - z)));
};

const checks: Record<string, AnswerCheck> = {
  'm.sets.complement-counts': (p) => {
    // Elements 0..U−1: A = [0, a), B = [a − r, a − r + b).
    const [U, a, b, r] = [n(p, 'U'), n(p, 'a'), n(p, 'b'), n(p, 'r')];
    const inA = (x: number) => x < a;
    const inB = (x: number) => x >= a - r && x < a - r + b;
    let count = 0;
    for (let x = 0; x < U; x++) if (n(p, 'v') === 0 ? inA(x) !== inB(x) : !inA(x) && !inB(x)) count++;
    return count;
  },
  'm.mat.homogeneous-nontrivial': (p) => {
    const r1 = [n(p, 'a0'), n(p, 'a1'), n(p, 'a2')];
    const r2 = [n(p, 'b0'), n(p, 'b1'), n(p, 'b2')];
    return round(bisect((k) => sarrus([r1, r2, [n(p, 'p'), n(p, 'q'), k]]), -1000, 1000), 6);
  },
  'm.seq.term-from-sum-formula': (p) => {
    const S = (k: number) => n(p, 'a') * k * k + n(p, 'b') * k;
    // Build the sequence term by term from the partial sums.
    const terms = Array.from({ length: n(p, 'r') }, (_, i) => S(i + 1) - S(i));
    return terms[terms.length - 1]!;
  },
  'm.deriv.parametric-second': (p) => {
    const [a, t] = [n(p, 'a'), n(p, 't')];
    // y as a function of x near the point, through the inverse of x(t) on the branch of t.
    const tOf = (x: number) => (t > 0 ? Math.sqrt(x / a) : -Math.sqrt(x / a));
    const y = (x: number) => 2 * a * tOf(x);
    const x0 = a * t * t;
    const h = 1e-3;
    return (y(x0 + h) - 2 * y(x0) + y(x0 - h)) / (h * h);
  },
  'm.int.area-two-parabolas': (p) => {
    const [a, b] = [n(p, 'a'), n(p, 'b')];
    const X = bisect((x) => (x * x) / (4 * b) - Math.sqrt(4 * a * x), 1e-6, 1000);
    // ∫₀^X √(4ax) dx with x = u² (smooth integrand), minus ∫₀^X x²/(4b) dx.
    const upper = simpson((u) => Math.sqrt(4 * a) * u * 2 * u, 0, Math.sqrt(X));
    const lower = simpson((x) => (x * x) / (4 * b), 0, X);
    return upper - lower;
  },
  'm.cg.quadrilateral-area': (p) => {
    const P = [0, 1, 2, 3].map((i) => [n(p, `x${i}`), n(p, `y${i}`)]);
    // Split along each diagonal into two triangles (Heron); the interior diagonal gives the area,
    // an exterior one (non-convex case) counts a triangle twice, so the smaller split is right.
    const [A, B, C, D] = P as [number[], number[], number[], number[]];
    return round(Math.min(heron(A, B, C) + heron(A, C, D), heron(A, B, D) + heron(B, C, D)), 6);
  },
  'm.trig.cosine-doubling-product': (p) => {
    const N = n(p, 'n');
    const den = 2 ** N + (n(p, 'plus') === 1 ? 1 : -1);
    let prod = 1;
    for (let j = 0; j < N; j++) prod *= Math.cos((2 ** j * Math.PI) / den);
    return round(1 / prod, 6);
  },
  'm.vec.angle-from-sum-length': (p) => {
    const [P, Q] = [n(p, 'p'), n(p, 'q')];
    const target = n(p, 'v') === 0 ? n(p, 'r2') : P * P + Q * Q - (n(p, 'r2') - P * P - Q * Q);
    const s = n(p, 'v') === 0 ? 1 : -1;
    const len2 = (deg: number) => { const t = (deg * Math.PI) / 180; return (P + s * Q * Math.cos(t)) ** 2 + (s * Q * Math.sin(t)) ** 2; };
    // |a ± b|² is monotone in θ on (0°, 180°).
    return round(bisect((d) => len2(d) - target, 0.001, 179.999), 6);
  },
  'm.prob.distinct-digit-code': (p) => {
    const [len, base] = [n(p, 'len'), n(p, 'base')];
    let all = 0;
    let distinct = 0;
    for (let code = 0; code < base ** len; code++) {
      const ds = Array.from({ length: len }, (_, i) => Math.floor(code / base ** i) % base);
      all++;
      if (new Set(ds).size === len) distinct++;
    }
    return n(p, 'v') === 0 ? distinct / all : 1 - distinct / all;
  },
  'm.trig.tan-double-inverse': (p) => {
    const th = 2 * Math.atan(1 / n(p, 'a'));
    return [Math.tan, Math.sin, Math.cos][n(p, 'v')]!(th);
  },
  'm.quad.integer-root-parameters': (p) => {
    const c = n(p, 'c');
    let count = 0;
    for (let k = -200; k <= 200; k++) {
      const D = k * k - 4 * c;
      if (D < 0) continue;
      const s = Math.round(Math.sqrt(D));
      if (s * s === D && (-k + s) % 2 === 0) count++;
    }
    return count;
  },
};

describe('maths depth templates K', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthKGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthKGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthKGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
