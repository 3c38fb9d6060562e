import { describe, expect, it } from 'vitest';
import { mathDiscreteGenerators } from './math-discrete.ts';
import { snap } from './numeric-methods.test-util.ts';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const WORDS = ['BANANA', 'LETTER', 'SUCCESS', 'ALGEBRA', 'BALLOON', 'PEPPER', 'COFFEE', 'COMMITTEE', 'STATISTICS', 'APPLE', 'MISSISSIPPI', 'ENGINEERING', 'CALCULUS', 'PARALLEL', 'ASSESSMENT', 'TOMATO'];

/** Permutation enumeration for short words; multinomial via log-free prime counting for long ones. */
function distinctPermutations(w: string): number {
  if (w.length <= 8) {
    const out = new Set<string>();
    const go = (rest: string, acc: string): void => {
      if (!rest) out.add(acc);
      for (let i = 0; i < rest.length; i++) go(rest.slice(0, i) + rest.slice(i + 1), acc + rest[i]);
    };
    go(w, '');
    return out.size;
  }
  // Build the multinomial as a product of binomials: choose positions letter by letter.
  const counts = [...new Set(w)].map((ch) => [...w].filter((c) => c === ch).length);
  let left = w.length;
  let total = 1;
  for (const c of counts) {
    let b = 1;
    for (let i = 0; i < c; i++) b = (b * (left - i)) / (i + 1);
    total *= Math.round(b);
    left -= c;
  }
  return total;
}
function choose(n: number, k: number): number {
  let count = 0;
  for (let mask = 0; mask < 1 << n; mask++) if (popcount(mask) === k) count++;
  return count;
}
function popcount(x: number): number {
  let c = 0;
  for (let y = x; y; y &= y - 1) c++;
  return c;
}
function circularSeatings(n: number, variant: number): number {
  // Count permutations of 0..n-1 up to rotation (and reflection for necklaces) by canonical forms.
  const seen = new Set<string>();
  const perm = (arr: number[], acc: number[]): void => {
    if (!arr.length) {
      if (variant === 2) {
        const i = acc.indexOf(0);
        const j = acc.indexOf(1);
        const gap = Math.abs(i - j);
        if (gap !== 1 && gap !== n - 1) return;
      }
      const rots: string[] = [];
      for (let r = 0; r < n; r++) {
        const rot = acc.slice(r).concat(acc.slice(0, r));
        rots.push(rot.join(','));
        if (variant === 1) rots.push([...rot].reverse().join(','));
      }
      seen.add(rots.sort()[0]!);
      return;
    }
    arr.forEach((x, i) => perm(arr.slice(0, i).concat(arr.slice(i + 1)), [...acc, x]));
  };
  perm(Array.from({ length: n }, (_, i) => i), []);
  return seen.size;
}
const circCache = new Map<string, number>();

const checks: Record<string, AnswerCheck> = {
  'm.mat.product-entry': ({ a, b, c, d, e, f, g, h, i, j }) => {
    const A = [[a!, b!], [c!, d!]];
    const B = [[e!, f!], [g!, h!]];
    const AB = A.map((row) => [0, 1].map((col) => row.reduce((s, x, k) => s + x * B[k]![col]!, 0)));
    return AB[i! - 1]![j! - 1]!;
  },
  'm.mat.symmetric-parts': ({ p, q, r, s, w }) => {
    if (w === 0) {
      const A = [[0, p!, q!], [-p!, 0, r!], [-q!, -r!, 0]];
      return A[1]![0]! + A[2]![0]! + A[2]![1]! + A[1]![1]!;
    }
    return (p! + s!) / 2;
  },
  'm.mat.det3': ({ a, b, c, d, e, f, g, h, i }) => {
    // Sarrus' rule (a different expansion from the generator's cofactor form).
    return a! * e! * i! + b! * f! * g! + c! * d! * h! - c! * e! * g! - b! * d! * i! - a! * f! * h!;
  },
  'm.mat.adjoint-identities': ({ n, d, k, w }) => {
    // Use a diagonal matrix with determinant d as a concrete witness.
    const diag = [d!, ...Array.from({ length: n! - 1 }, () => 1)];
    const det = (xs: number[]) => xs.reduce((x, y) => x * y, 1);
    const adj = diag.map((_, idx) => det(diag.filter((__, j) => j !== idx)));
    return [det(adj), det(diag.map((x) => k! * x)), snap(det(diag.map((x) => 1 / x)), 10)][w!]!;
  },
  'm.mat.cramer': ({ x, y, a, b, c, d, w }) => {
    const dd = a! * d! - b! * c! === 0 ? d! + 1 : d!;
    const e = a! * x! + b! * y!;
    const f = c! * x! + dd * y!;
    const det = a! * dd - b! * c!;
    const xs = (e * dd - b! * f) / det;
    const ys = (a! * f - c! * e) / det;
    return w === 0 ? xs : xs + ys;
  },
  'm.pc.fundamental': ({ s, t, u, w }) => {
    if (w === 0) return s! * t! * u!;
    let count = 0;
    for (let i = 0; i < s!; i++) for (let j = 0; j < s!; j++) for (let k = 0; k < s!; k++) if (i !== j && j !== k && i !== k) count++;
    return count;
  },
  'm.pc.word-arrangements': ({ i }) => distinctPermutations(WORDS[i!]!),
  'm.pc.committee': ({ m, w, r, s }) => choose(m!, r!) * choose(w!, s!),
  'm.pc.circular': ({ n, w }) => {
    const key = `${n}:${w}`;
    if (!circCache.has(key)) circCache.set(key, circularSeatings(n!, w!));
    return circCache.get(key)!;
  },
  'm.stat.mean-median': ({ d1, d2, d3, d4, d5, w }) => {
    const xs = [d1!, d2!, d3!, d4!, d5!];
    if (w === 0) return xs.reduce((p, q) => p + q, 0) / 5;
    return xs.find((x) => xs.filter((y) => y < x).length <= 2 && xs.filter((y) => y > x).length <= 2)!;
  },
  'm.stat.variance': ({ d1, d2, d3, d4, d5 }) => {
    const xs = [d1!, d2!, d3!, d4!, d5!];
    const m = xs.reduce((p, q) => p + q, 0) / 5;
    return snap(xs.reduce((acc, x) => acc + (x - m) ** 2, 0) / 5, 10);
  },
  'm.prob.two-dice': ({ s, w }) => {
    const ways = [0, 0, 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1];
    const fav = w === 0 ? ways[s!]! : ways.slice(s).reduce((p, q) => p + q, 0);
    return fav / 36;
  },
  'm.prob.independent': ({ p, q }) => snap(p! + q! - p! * q!, 10),
  'm.prob.bayes-urns': ({ r1, b1, r2, b2 }) => {
    // Equalise denominators: count red balls weighted by the other urn's size.
    const w1 = r1! * (r2! + b2!);
    const w2 = r2! * (r1! + b1!);
    return snap(w1 / (w1 + w2), 10);
  },
  'm.prob.binomial': ({ n, k, r, w }) => {
    const p = 1 / k!;
    const pmf = (x: number) => {
      let c = 1;
      for (let i = 1; i <= x; i++) c = (c * (n! - x + i)) / i;
      return c * p ** x * (1 - p) ** (n! - x);
    };
    if (w === 0) return snap(pmf(Math.min(r!, n!)), 10);
    let m1 = 0;
    let m2 = 0;
    for (let x = 0; x <= n!; x++) {
      m1 += x * pmf(x);
      m2 += x * x * pmf(x);
    }
    return snap(m2 - m1 * m1, 10);
  },
};

describe('maths discrete generators', () => {
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDiscreteGenerators, SEEDS)).toEqual([]);
  });
  it('has a check for every generator', () => {
    expect(mathDiscreteGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  for (const gen of mathDiscreteGenerators) {
    it(`${gen.id}: answers agree with enumeration checks on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
