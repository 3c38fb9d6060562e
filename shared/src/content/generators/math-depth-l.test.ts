import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthLGenerators } from './math-depth-l.ts';
import { bisect } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

type Mat = number[][];
const sarrus = (m: Mat) => {
  const g = (i: number, j: number) => m[i]![j]!;
  return g(0, 0) * g(1, 1) * g(2, 2) + g(0, 1) * g(1, 2) * g(2, 0) + g(0, 2) * g(1, 0) * g(2, 1) - g(0, 2) * g(1, 1) * g(2, 0) - g(0, 0) * g(1, 2) * g(2, 1) - g(0, 1) * g(1, 0) * g(2, 2);
};
/** Adjugate from explicit 2×2 cofactors, transposed. */
const adj = (m: Mat): Mat => {
  const minor = (r: number, c: number) => {
    const rows = [0, 1, 2].filter((i) => i !== r);
    const cols = [0, 1, 2].filter((j) => j !== c);
    const e = (i: number, j: number) => m[rows[i]!]![cols[j]!]!;
    return e(0, 0) * e(1, 1) - e(0, 1) * e(1, 0);
  };
  return [0, 1, 2].map((i) => [0, 1, 2].map((j) => (-1) ** (i + j) * minor(j, i)));
};
const scale = (k: number, m: Mat): Mat => m.map((row) => row.map((x) => k * x));

function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield items.slice();
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = items.filter((_, j) => j !== i);
    for (const p of permutations(rest)) yield [items[i]!, ...p];
  }
}

const golden = (f: (x: number) => number, lo: number, hi: number) => {
  const r = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  for (let i = 0; i < 200; i++) {
    const c = b - r * (b - a);
    const d = a + r * (b - a);
    if (f(c) < f(d)) b = d;
    else a = c;
  }
  return f((a + b) / 2);
};

const polyMul = (p: number[], q: number[]) => {
  const out = new Array<number>(p.length + q.length - 1).fill(0);
  p.forEach((x, i) => q.forEach((y, j) => (out[i + j] = out[i + j]! + x * y)));
  return out;
};

const checks: Record<string, AnswerCheck> = {
  'm.func.recover-inner-function': (p) => {
    const [a, b, c, d, k] = [n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'd'), n(p, 'k')];
    if (n(p, 'v') === 0) {
      // f(g(k)) is known (p k + q): invert f numerically.
      const target = a * c * k + a * d + b;
      return round(bisect((y) => a * y + b - target, -1e4, 1e4));
    }
    // g(f(x)) is known; g(k) is its value where f(x) = k.
    const x = bisect((t) => a * t + b - k, -1e4, 1e4);
    return round(c * a * x + c * b + d);
  },
  'm.func.reciprocal-functional-equation': (p) => {
    const [k, m, t] = [n(p, 'k'), n(p, 'm'), n(p, 't')];
    // Unknowns u = f(t), w = f(1/t): u + k w = m t, k u + w = m / t (Cramer's rule).
    const det = 1 - k * k;
    return round((m * t - k * (m / t)) / det);
  },
  'm.pc.polygon-triangles-sides': (p) => {
    const N = n(p, 'n');
    const adjacent = (i: number, j: number) => (j - i + N) % N === 1 || (i - j + N) % N === 1;
    const want = [0, 1, 2][n(p, 'v')]!;
    let count = 0;
    for (let i = 0; i < N; i++)
      for (let j = i + 1; j < N; j++)
        for (let l = j + 1; l < N; l++) if (Number(adjacent(i, j)) + Number(adjacent(j, l)) + Number(adjacent(i, l)) === want) count++;
    return count;
  },
  'm.pc.four-digit-divisible': (p) => {
    const mask = n(p, 'mask') | 1;
    let count = 0;
    for (let x = 1000; x <= 9999; x++) {
      const ds = String(x).split('').map(Number);
      if (new Set(ds).size !== 4 || ds.some((dgt) => !((mask >> dgt) & 1))) continue;
      if (n(p, 'v') === 0 ? x % 5 === 0 : x % 2 === 0) count++;
    }
    return count;
  },
  'm.pc.round-table-block': (p) => {
    const [N, k] = [n(p, 'n'), n(p, 'k')];
    const others = Array.from({ length: N - 1 }, (_, i) => i + 1);
    let count = 0;
    // Person 0 fixed at seat 0 removes rotations; every seating is counted once.
    for (const rest of permutations(others)) {
      const seat = [0, ...rest];
      if (n(p, 'v') === 0) {
        // Persons 0..k−1 together: some cyclic window of k seats holds exactly them.
        let together = false;
        for (let s = 0; s < N && !together; s++) {
          const win = Array.from({ length: k }, (_, i) => seat[(s + i) % N]!);
          together = win.every((x) => x < k);
        }
        if (together) count++;
      } else {
        // A garland equals its mirror image: count each {seating, reversed seating} pair once.
        const mirror = [0, ...rest.slice().reverse()];
        if (seat.join(',') < mirror.join(',')) count++;
      }
    }
    return count;
  },
  'm.seq.am-gm-minimum': (p) => {
    const [A, B] = [n(p, 'A'), n(p, 'B')];
    const e = n(p, 'v') === 0 ? 1 : 2;
    return round(golden((x) => A * x + B / x ** e, 1e-3, 100), 5);
  },
  'm.mat.det-adjoint-scalar': (p) => {
    const [d, k] = [n(p, 'd'), n(p, 'k')];
    // A concrete matrix with determinant d: a fixed invertible matrix with its first row rescaled.
    const A: Mat = [[1, 2, -1], [0, 1, 3], [4, -2, 1]];
    const C: Mat = A.map((row, i) => (i === 0 ? row.map((x) => (x * d) / sarrus(A)) : row));
    expect(round(sarrus(C), 9)).toBe(d);
    const M = [() => scale(k, adj(C)), () => adj(scale(k, C)), () => adj(scale(k, adj(C)))][n(p, 'v')]!();
    return round(sarrus(M), 3);
  },
  'm.stat.corrected-mean': (p) => {
    const [N, mean, x, y] = [n(p, 'n'), n(p, 'mean'), n(p, 'x'), n(p, 'y')];
    // An explicit data set: x plus N − 1 values with the right total, then the miscopied version.
    const rest = Array.from({ length: N - 1 }, () => (N * mean - x) / (N - 1));
    const wrongData = [y, ...rest];
    const wrongMean = wrongData.reduce((s, v) => s + v, 0) / N;
    if (Math.abs(wrongMean - n(p, 'wrong')) > 1e-9) return NaN;
    // Correct mean: replace the wrong value in the recorded data and average again.
    const fixed = wrongData.map((v, i) => (i === 0 ? x : v));
    return round(fixed.reduce((s, v) => s + v, 0) / N);
  },
  'm.cg.parallel-lines-scaled': (p) => {
    const [a, b, k, c1, c2] = [n(p, 'a'), n(p, 'b'), n(p, 'k'), n(p, 'c1'), n(p, 'c2')];
    const P = [0, -c1 / b];
    // Closest point of line 2 to P by ternary search along the line.
    const dist = (x: number) => Math.hypot(x - P[0]!, -(k * a * x + c2) / (k * b) - P[1]!);
    let [lo, hi] = [-1e4, 1e4];
    for (let i = 0; i < 300; i++) {
      const m1 = lo + (hi - lo) / 3;
      const m2 = hi - (hi - lo) / 3;
      if (dist(m1) < dist(m2)) hi = m2;
      else lo = m1;
    }
    return round(dist((lo + hi) / 2), 5);
  },
  'm.deriv.power-times-linear': (p) => {
    const [a, N, b, c, x0] = [n(p, 'a'), n(p, 'n'), n(p, 'b'), n(p, 'c'), n(p, 'x0')];
    let poly = [1];
    for (let i = 0; i < N; i++) poly = polyMul(poly, [a, 0, 1]);
    poly = polyMul(poly, [c, b]);
    // Differentiate the expanded coefficients term by term.
    return poly.slice(1).reduce((s, coef, i) => s + (i + 1) * coef * x0 ** i, 0);
  },
};

describe('maths depth templates L', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthLGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthLGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthLGenerators) {
    it(`${gen.id}: answers agree with the independent check on ${SEEDS.length} seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
