import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthIGenerators } from './math-depth-i.ts';
import { bisect, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const v3 = (p: Params, k: string) => [0, 1, 2].map((i) => n(p, `${k}${i}`));
const sarrus = (m: number[][]) => {
  const g = (i: number, j: number) => m[i]![j]!;
  return g(0, 0) * g(1, 1) * g(2, 2) + g(0, 1) * g(1, 2) * g(2, 0) + g(0, 2) * g(1, 0) * g(2, 1) - g(0, 2) * g(1, 1) * g(2, 0) - g(0, 0) * g(1, 2) * g(2, 1) - g(0, 1) * g(1, 0) * g(2, 2);
};
/** Determinant by cofactor expansion (any size), for the adjoint check. */
function det(m: number[][]): number {
  if (m.length === 1) return m[0]![0]!;
  return m[0]!.reduce((s, x, j) => s + (j % 2 === 0 ? 1 : -1) * x * det(m.slice(1).map((r) => r.filter((_, c) => c !== j))), 0);
}
function adj(m: number[][]): number[][] {
  const N = m.length;
  return Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => ((i + j) % 2 === 0 ? 1 : -1) * det(m.filter((_, r) => r !== j).map((r) => r.filter((_, c) => c !== i)))));
}

/** The 52 cards as (rank 1..13, suit 0..3); hearts are suit 0; suits 0–1 red. */
const DECK = Array.from({ length: 52 }, (_, i) => ({ rank: (i % 13) + 1, suit: Math.floor(i / 13) }));
const CARD_TESTS: ((a: (typeof DECK)[number], b: (typeof DECK)[number]) => boolean)[] = [
  (a, b) => a.rank === 1 && b.rank === 1,
  (a, b) => a.suit === b.suit,
  (a, b) => (a.rank === 13 && b.rank === 12) || (a.rank === 12 && b.rank === 13),
  (a, b) => a.rank >= 11 && b.rank >= 11,
  (a, b) => a.suit === 0 || b.suit === 0,
  (a, b) => (a.suit < 2) !== (b.suit < 2),
];
const TRIG_F = [Math.sin, Math.cos, Math.tan];
const TRIG_EQ_VALUES: [number, number][] = [[0, 0.5], [0, -0.5], [0, Math.sqrt(3) / 2], [0, -Math.SQRT1_2], [1, 0.5], [1, -Math.sqrt(3) / 2], [1, -Math.SQRT1_2], [2, Math.sqrt(3)], [2, -1], [2, -1 / Math.sqrt(3)]];

const checks: Record<string, AnswerCheck> = {
  'm.3d.line-meets-plane': (p) => {
    const base = [n(p, 'b0'), n(p, 'b1'), n(p, 'b2')];
    const dir = [n(p, 'l'), n(p, 'm'), n(p, 'n')];
    const nrm = [n(p, 'a'), n(p, 'b'), n(p, 'c')];
    const f = (t: number) => nrm.reduce((s, x, i) => s + x * (base[i]! + t * dir[i]!), 0) - n(p, 'd');
    const t = bisect(f, -100, 100);
    return Math.round(base.reduce((s, x, i) => s + x + t * dir[i]!, 0) * 1e9) / 1e9;
  },
  'm.vec.perpendicular-lambda': (p) => {
    const [a, b, c] = [v3(p, 'a'), v3(p, 'b'), v3(p, 'c')];
    const f = (l: number) => a.reduce((s, x, i) => s + (x + l * b[i]!) * c[i]!, 0);
    return Math.round(bisect(f, -1000, 1000) * 1e9) / 1e9;
  },
  'm.vec.coplanar-lambda': (p) => {
    const [a, b] = [v3(p, 'a'), v3(p, 'b')];
    const f = (l: number) => sarrus([a, b, [l, n(p, 'c1'), n(p, 'c2')]]);
    return Math.round(bisect(f, -1000, 1000) * 1e9) / 1e9;
  },
  'm.stat.linear-transform': (p) => {
    // An explicit data set with that mean and (population) SD: half at μ − σ, half at μ + σ.
    const N = n(p, 'n');
    const xs = Array.from({ length: N }, (_, i) => n(p, 'mean') + (i % 2 === 0 ? -1 : 1) * n(p, 'sd'));
    if (n(p, 'v') === 1) return xs.reduce((s, x) => s + x * x, 0);
    const ys = xs.map((x) => n(p, 'a') * x + n(p, 'b'));
    const m = ys.reduce((s, y) => s + y, 0) / N;
    return Math.round((ys.reduce((s, y) => s + (y - m) ** 2, 0) / N) * 1e9) / 1e9;
  },
  'm.prob.two-cards': (p) => {
    let fav = 0;
    let all = 0;
    for (let i = 0; i < 52; i++) for (let j = 0; j < 52; j++) if (i !== j) { all++; if (CARD_TESTS[n(p, 'e')]!(DECK[i]!, DECK[j]!)) fav++; }
    return fav / all;
  },
  'm.prob.dice-given-sum': (p) => {
    let given = 0;
    let both = 0;
    for (let a = 1; a <= 6; a++) {
      for (let b = 1; b <= 6; b++) {
        const cond = n(p, 'v') === 0 ? a + b === n(p, 's') : a === 6 || b === 6;
        const event = n(p, 'v') === 0 ? a === n(p, 'k') || b === n(p, 'k') : a + b >= n(p, 's');
        if (cond) { given++; if (event) both++; }
      }
    }
    return both / given;
  },
  'm.trig.tan-sum-fractions': (p) => {
    const [A, B] = [Math.atan(1 / n(p, 'a')), Math.atan(1 / n(p, 'b'))];
    return Math.tan(n(p, 'v') === 0 ? A + B : A - B);
  },
  'm.trig.solutions-in-circle': (p) => {
    const [fi, val] = TRIG_EQ_VALUES[n(p, 'i')]!;
    const g = (deg: number) => TRIG_F[fi]!((deg * Math.PI) / 180) - val;
    const roots: number[] = [];
    for (let x = 0.05; x < 360; x += 0.1) {
      const [y0, y1] = [g(x), g(x + 0.1)];
      // Skip the poles of tan (a sign change with a huge jump).
      if (y0 * y1 < 0 && Math.abs(y0 - y1) < 50) roots.push(Math.round(bisect(g, x, x + 0.1) * 1e6) / 1e6);
    }
    expect(roots.length).toBe(2);
    return n(p, 'v') === 0 ? roots[0]! + roots[1]! : roots[1]! - roots[0]!;
  },
  'm.trig.inverse-of-direct': (p) => {
    // Search the principal range for the angle with the same ratio (not the library inverse).
    const f = n(p, 'f');
    const target = TRIG_F[f]!((n(p, 'theta') * Math.PI) / 180);
    const [lo, hi] = [[-90, 90], [0, 180], [-89.999, 89.999]][f]!;
    const g = (deg: number) => TRIG_F[f]!((deg * Math.PI) / 180) - target;
    return Math.round(bisect(g, lo!, hi!) * 1e6) / 1e6;
  },
  'm.mat.adjoint-chain': (p) => {
    const [N, d, k] = [n(p, 'n'), n(p, 'd'), n(p, 'k')];
    // A concrete matrix with |A| = d: a unit upper-triangular one with d in a corner.
    const A = Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => (i === j ? (i === 0 ? d : 1) : j > i ? i + j : 0)));
    const scale = (m: number[][], s: number) => m.map((r) => r.map((x) => x * s));
    return [det(adj(scale(A, k))), det(adj(adj(A))), det(scale(adj(A), k))][n(p, 'v')]!;
  },
  'm.int.wallis-power': (p) => {
    const fn = n(p, 'f') === 0 ? Math.sin : Math.cos;
    return simpson((x) => fn(x) ** n(p, 'n'), 0, n(p, 'full') === 1 ? Math.PI : Math.PI / 2);
  },
  'm.prob.first-red-expectation': (p) => {
    // Every placement of the r red balls among N positions is equally likely.
    const [r, b] = [n(p, 'r'), n(p, 'b')];
    const N = r + b;
    let total = 0;
    let count = 0;
    for (let mask = 0; mask < 2 ** N; mask++) {
      let bits = 0;
      for (let i = 0; i < N; i++) if ((mask >> i) & 1) bits++;
      if (bits !== r) continue;
      let first = 0;
      while (!((mask >> first) & 1)) first++;
      total += first + 1;
      count++;
    }
    return total / count;
  },
};

describe('maths depth templates I', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthIGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthIGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthIGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
