import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthFGenerators, typeMatrix } from './math-depth-f.ts';
import { bisect } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;

type C = [number, number];
const cmul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const cpow = (a: C, k: number): C => Array.from({ length: k }).reduce<C>((acc) => cmul(acc, a), [1, 0]);
const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** The relations as predicates, written out here (same order as RELATIONS). */
const PREDICATES: ((a: number, b: number, size: number, m: number) => boolean)[] = [
  (a, b) => a <= b,
  (a, b, _s, m) => (a - b) % m === 0,
  (a, b) => (a + b) % 2 === 0,
  (a, b) => Math.abs(a - b) <= 1,
  (a, b) => a < b,
  (a, b) => b % a === 0,
  (a, b) => gcd(a, b) === 1,
  (a, b, size) => a + b === size + 1,
  (a, b) => a === b || (a + b) % 2 === 1,
];

const matMul = (A: number[][], B: number[][]) => A.map((row) => B[0]!.map((_, j) => row.reduce((s, x, k) => s + x * B[k]![j]!, 0)));
const same = (A: number[][], B: number[][]) => A.every((row, i) => row.every((x, j) => Math.abs(x - B[i]![j]!) < 1e-12));

const checks: Record<string, AnswerCheck> = {
  'm.sets.product-counts': (p) => {
    // A = {0, …, p − 1}; B shares its first r elements and has q − r new ones.
    const [P, Q, R] = [n(p, 'p'), n(p, 'q'), n(p, 'r')];
    const A = Array.from({ length: P }, (_, i) => i);
    const B = [...A.slice(0, R), ...Array.from({ length: Q - R }, (_, i) => 100 + i)];
    const inA = new Set(A);
    const inB = new Set(B);
    if (n(p, 'v') === 0) {
      let c = 0;
      for (const x of A) for (const y of B) if (inB.has(x) && inA.has(y)) c++;
      return c;
    }
    if (n(p, 'v') === 1) {
      let c = 0;
      for (let mask = 0; mask < 2 ** P; mask++) if (A.every((x, i) => !((mask >> i) & 1) || inB.has(x))) c++;
      return c;
    }
    return A.filter((x) => !inB.has(x)).length * B.filter((y) => !inA.has(y)).length;
  },
  'm.rel.properties-multi': (p) => {
    const size = n(p, 'n');
    const R = (a: number, b: number) => PREDICATES[n(p, 'rule')]!(a, b, size, n(p, 'm'));
    const xs = Array.from({ length: size }, (_, i) => i + 1);
    const refl = xs.every((a) => R(a, a));
    const sym = xs.every((a) => xs.every((b) => !R(a, b) || R(b, a)));
    const trans = xs.every((a) => xs.every((b) => xs.every((c) => !(R(a, b) && R(b, c)) || R(a, c))));
    const en = ['$R$ is reflexive', '$R$ is symmetric', '$R$ is transitive', '$R$ is an equivalence relation'];
    return en.filter((_, i) => [refl, sym, trans, refl && sym && trans][i]);
  },
  'm.func.domain-integers': (p) => {
    const [a, b, c] = [n(p, 'a'), n(p, 'b'), n(p, 'c')];
    let count = 0;
    for (let x = -30; x <= 30; x++) {
      // Evaluate each piece; a piece that is not a finite real number (log 0 = −∞, √ of a
      // negative = NaN, division by log 1 = 0) puts x outside the domain.
      const root = Math.sqrt((x - a) * (b - x));
      const log = Math.log(x - c);
      if (Number.isFinite(root) && Number.isFinite(log) && Number.isFinite(root / log)) count++;
    }
    return count;
  },
  'm.func.iterated-mobius': (p) => {
    // Exact iteration on integer pairs (numerator, denominator).
    let [num, den] = [n(p, 'x0'), 1];
    for (let k = 0; k < n(p, 'n'); k++) {
      [num, den] = n(p, 'kind') === 0 ? [den, den - num] : [num - den, num + den];
      const g = gcd(num, den) || 1;
      [num, den] = [num / g, den / g];
    }
    return num / den;
  },
  'm.func.exponential-quadratic': (p) => {
    const a = n(p, 'a');
    const t1 = a ** n(p, 'e1');
    const t2 = n(p, 't2n');
    const f = (x: number) => a ** (2 * x) - (t1 + t2) * a ** x + t1 * t2;
    const roots: number[] = [];
    for (let x = -10; x < 10; x += 0.01) if (f(x) === 0 || f(x) * f(x + 0.01) < 0) roots.push(f(x) === 0 ? x : bisect(f, x, x + 0.01));
    const distinct = roots.filter((r, i) => i === 0 || r - roots[i - 1]! > 1e-6);
    return distinct.reduce((s, r) => s + r, 0);
  },
  'm.cplx.square-root': (p) => {
    const [A, B] = [n(p, 'A'), n(p, 'B')];
    const r = Math.sqrt(Math.hypot(A, B));
    const half = Math.atan2(B, A) / 2;
    return Math.abs(r * Math.cos(half)) + Math.abs(r * Math.sin(half));
  },
  'm.cplx.principal-argument': (p) => {
    const s3 = Math.sqrt(3);
    const Z: C[] = [[1, 1], [1, -1], [-1, 1], [-1, -1], [s3, 1], [-s3, 1], [1, s3], [-1, -s3], [s3, -1], [-1, s3]];
    const num = cmul(Z[n(p, 'i1')]!, Z[n(p, 'i2')]!);
    const d = Z[n(p, 'i3')]!;
    const q = cmul(num, [d[0], -d[1]]);
    const deg = (Math.atan2(q[1], q[0]) * 180) / Math.PI;
    return Math.abs(deg + 180) < 1e-9 ? 180 : deg;
  },
  'm.cplx.omega-powers': (p) => {
    const w: C = [-0.5, Math.sqrt(3) / 2];
    const w2 = cmul(w, w);
    const c = n(p, 'c');
    const first: C = [c - c * w[0] + c * w2[0], -c * w[1] + c * w2[1]];
    const second: C = [c + c * w[0] - c * w2[0], c * w[1] - c * w2[1]];
    const s = [cpow(first, n(p, 'n')), cpow(second, n(p, 'n'))];
    return Math.round((s[0]![0] + s[1]![0]) * 1e6) / 1e6;
  },
  'm.quad.power-sum-recurrence': (p) => {
    const [P, Q] = [n(p, 'p'), n(p, 'q')];
    const D = P * P - 4 * Q;
    const root = D >= 0 ? [Math.sqrt(D), 0] : [0, Math.sqrt(-D)];
    const al: C = [(P + root[0]!) / 2, root[1]! / 2];
    const be: C = [(P - root[0]!) / 2, -root[1]! / 2];
    return Math.round(cpow(al, n(p, 'n'))[0] + cpow(be, n(p, 'n'))[0]);
  },
  'm.quad.always-positive-count': (p) => {
    const [a, b] = [n(p, 'a'), n(p, 'b')];
    let count = 0;
    for (let k = -60; k <= 60; k++) {
      const f = (x: number) => x * x - 2 * (k - a) * x + k + b;
      // Minimum over a fine grid around the vertex region (no formula for the vertex used).
      let least = Infinity;
      for (let x = -80; x <= 80; x += 0.5) least = Math.min(least, f(x));
      if (least > 0) count++;
    }
    return count;
  },
  'm.mat.power-upper-triangular': (p) => {
    const A = [[n(p, 'p'), n(p, 'q')], [0, n(p, 'p')]];
    let P = [[1, 0], [0, 1]];
    for (let k = 0; k < n(p, 'n'); k++) P = matMul(P, A);
    return P[0]![1]!;
  },
  'm.mat.type-statements-multi': (p) => {
    const A = typeMatrix(n(p, 'family'), n(p, 'a'));
    const T = [[A[0]![0]!, A[1]![0]!], [A[0]![1]!, A[1]![1]!]];
    const I = [[1, 0], [0, 1]];
    const A2 = matMul(A, A);
    const truth = [same(A, T), same(matMul(A, T), I), same(A2, A), same(A2, I)];
    const en = ['$A$ is symmetric', '$A$ is orthogonal ($AA^T = I$)', '$A$ is idempotent ($A^2 = A$)', '$A$ is involutory ($A^2 = I$)'];
    return en.filter((_, i) => truth[i]);
  },
};

describe('maths depth templates F', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthFGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthFGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthFGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
