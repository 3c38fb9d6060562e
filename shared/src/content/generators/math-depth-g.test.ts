import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { RANK_WORDS } from './math-depth-e.ts';
import { mathDepthGGenerators, rolleCases } from './math-depth-g.ts';
import { bisect, derivative } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const mat = (p: Params) => [0, 1, 2].map((i) => [0, 1, 2].map((j) => n(p, `a${i}${j}`)));

/** Gauss–Jordan on [A | B]; returns the solved right-hand block. */
function gaussJordan(A: number[][], B: number[][]): number[][] {
  const N = A.length;
  const m = A.map((row, i) => [...row, ...B[i]!]);
  for (let c = 0; c < N; c++) {
    let best = c;
    for (let i = c + 1; i < N; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    [m[c], m[best]] = [m[best]!, m[c]!];
    const piv = m[c]![c]!;
    m[c] = m[c]!.map((x) => x / piv);
    for (let i = 0; i < N; i++) {
      if (i === c) continue;
      const f = m[i]![c]!;
      m[i] = m[i]!.map((x, j) => x - f * m[c]![j]!);
    }
  }
  return m.map((row) => row.slice(N));
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}
const VOWEL = new Set(['A', 'E', 'I', 'O', 'U']);
const vowelCache = new Map<number, number>();
const tableCache = new Map<string, number>();

/** Exact rationals with BigInt. */
type Q = [bigint, bigint];
const bgcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : bgcd(b, a % b));
const qadd = (x: Q, y: Q): Q => {
  const num = x[0] * y[1] + y[0] * x[1];
  const den = x[1] * y[1];
  const g = bgcd(num, den);
  return [num / g, den / g];
};

/** Numeric verdict on Rolle's hypotheses for the test's own copy of each function. */
function rolleHolds(f: (x: number) => number, lo: number, hi: number): boolean {
  if (Math.abs(f(lo) - f(hi)) > 1e-9) return false;
  const specials = [0, Math.PI / 2, -Math.PI / 2, ...Array.from({ length: 21 }, (_, i) => i - 10)];
  const pts = [...Array.from({ length: 401 }, (_, i) => lo + ((hi - lo) * i) / 400), ...specials.filter((x) => x > lo && x < hi)];
  const h = 1e-7;
  for (const x of pts) {
    const y = f(x);
    if (!Number.isFinite(y)) return false;
    if (x > lo && x < hi) {
      if (!(Math.abs(f(x + h) - f(x - h)) < 1e-4)) return false; // continuity
      const left = (f(x) - f(x - h)) / h;
      const right = (f(x + h) - f(x)) / h;
      if (!Number.isFinite(left) || !Number.isFinite(right) || Math.abs(left - right) > 1e-3 * Math.max(1, Math.abs(left))) return false;
    }
  }
  return true;
}

const checks: Record<string, AnswerCheck> = {
  'm.mat.unimodular-inverse': (p) => {
    const inv = gaussJordan(mat(p), [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    return Math.round(inv[n(p, 'i') - 1]![n(p, 'j') - 1]! * 1e9) / 1e9;
  },
  'm.mat.cramer-three': (p) => {
    const x = gaussJordan(mat(p), [[n(p, 'r0')], [n(p, 'r1')], [n(p, 'r2')]]);
    return Math.round(x[n(p, 'v')]![0]! * 1e9) / 1e9;
  },
  'm.pc.vowels-apart': (p) => {
    const i = n(p, 'i');
    const hit = vowelCache.get(i);
    if (hit !== undefined) return hit;
    const count = permutations(RANK_WORDS[i]!.split('')).filter((w) => w.every((c, k) => k === 0 || !(VOWEL.has(c) && VOWEL.has(w[k - 1]!)))).length;
    vowelCache.set(i, count);
    return count;
  },
  'm.pc.collinear-points-count': (p) => {
    const [N, m] = [n(p, 'n'), n(p, 'm')];
    // m points on the x-axis, the rest on y = 1 + x² (a parabola has no three collinear points).
    const pts: [number, number][] = [
      ...Array.from({ length: m }, (_, j) => [Math.SQRT2 * (j + 1), 0] as [number, number]),
      ...Array.from({ length: N - m }, (_, j) => { const x = (Math.PI / 7) * (j + 1) - 1.3; return [x, 1 + x * x] as [number, number]; }),
    ];
    const area = (a: [number, number], b: [number, number], c: [number, number]) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    if (n(p, 'v') === 0) {
      let tri = 0;
      for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) for (let k = j + 1; k < N; k++) if (Math.abs(area(pts[i]!, pts[j]!, pts[k]!)) > 1e-9) tri++;
      return tri;
    }
    const lines = new Set<string>();
    for (let i = 0; i < N; i++) {
      for (let j = i + 1; j < N; j++) {
        const [a, b] = [pts[i]!, pts[j]!];
        let [A, B] = [b[1] - a[1], a[0] - b[0]];
        const len = Math.hypot(A, B);
        [A, B] = [A / len, B / len];
        if (A < -1e-12 || (Math.abs(A) <= 1e-12 && B < 0)) [A, B] = [-A, -B];
        const C = -(A * a[0] + B * a[1]);
        lines.add([A, B, C].map((x) => x.toFixed(7)).join(','));
      }
    }
    return lines.size;
  },
  'm.pc.round-table-alternate': (p) => {
    const N = n(p, 'n');
    const key = `${N}:${n(p, 'v')}`;
    const hit = tableCache.get(key);
    if (hit !== undefined) return hit;
    // People 0..N−1 are men (0 is the brother), N..2N−1 women (N is the sister). Person 0 sits in
    // seat 0 to remove rotations; every order of the others around the table is tried.
    const rest = Array.from({ length: 2 * N - 1 }, (_, i) => i + 1);
    let count = 0;
    for (const perm of permutations(rest)) {
      const seats = [0, ...perm];
      const man = (x: number) => x < N;
      if (!seats.every((x, s) => man(x) !== man(seats[(s + 1) % (2 * N)]!))) continue;
      if (n(p, 'v') === 1 && seats[1] !== N && seats[2 * N - 1] !== N) continue;
      count++;
    }
    tableCache.set(key, count);
    return count;
  },
  'm.bin.constant-term': (p) => {
    // Multiply out (a x^p + b x^(−q))^n as an exponent → coefficient map.
    let poly = new Map<number, number>([[0, 1]]);
    for (let k = 0; k < n(p, 'n'); k++) {
      const next = new Map<number, number>();
      for (const [e, c] of poly) {
        next.set(e + n(p, 'p'), (next.get(e + n(p, 'p')) ?? 0) + c * n(p, 'a'));
        next.set(e - n(p, 'q'), (next.get(e - n(p, 'q')) ?? 0) + c * n(p, 'b'));
      }
      poly = next;
    }
    return poly.get(0) ?? 0;
  },
  'm.seq.ap-sum-ratio': (p) => {
    const S = (k: number) => k * (n(p, 'a') * k + n(p, 'b'));
    const T = (k: number) => k * (n(p, 'c') * k + n(p, 'd'));
    const m = n(p, 'm');
    return (S(m) - S(m - 1)) / (T(m) - T(m - 1));
  },
  'm.seq.inserted-means': (p) => {
    const [N, a, b] = [n(p, 'n'), n(p, 'a'), n(p, 'b')];
    if (n(p, 'v') === 0) {
      const d = (b - a) / (N + 1);
      return Array.from({ length: N }, (_, i) => a + (i + 1) * d).reduce((s, x) => s + x, 0);
    }
    const r = (b / a) ** (1 / (N + 1));
    const prod = Array.from({ length: N }, (_, i) => a * r ** (i + 1)).reduce((s, x) => s * x, 1);
    return Math.round(prod * 1e6) / 1e6;
  },
  'm.seq.telescoping-fraction': (p) => {
    // The same stem's sum, term by term in exact rationals (the test draws a, b as the generator).
    const N = n(p, 'n');
    let s: Q = [0n, 1n];
    for (let k = 1; k <= N; k++) {
      const K = BigInt(k);
      s = n(p, 'v') === 0 ? qadd(s, [K, K ** 4n + K ** 2n + 1n]) : qadd(s, [1n, BigInt((n(p, 'a') * k + n(p, 'b')) * (n(p, 'a') * k + n(p, 'a') + n(p, 'b')))]);
    }
    return Number(s[0] + s[1]);
  },
  'm.deriv.inverse-function': (p) => {
    const f = (x: number) => x ** 3 + n(p, 'a') * x + n(p, 'b');
    const g = (y: number) => bisect((x) => f(x) - y, -50, 50);
    const y0 = f(n(p, 'x0'));
    return derivative(g, y0, 1e-3);
  },
  'm.app.normal-x-intercept': (p) => {
    const f = (x: number) => n(p, 'a') * x * x + n(p, 'b') * x + n(p, 'c');
    const x0 = n(p, 'x0');
    const slope = derivative(f, x0);
    const normal = (x: number) => f(x0) - (x - x0) / slope;
    return Math.round(bisect(normal, -5000, 5000) * 1e6) / 1e6;
  },
  'm.app.rolle-applicability-multi': (p) => {
    const [a, b, m, k] = [n(p, 'a'), n(p, 'b'), n(p, 'm'), n(p, 'k')];
    const own: [(x: number) => number, number, number][] = [
      [(x) => (x - a) * (x - b), a, b],
      [(x) => Math.abs(x - m), m - 1, m + 1],
      [(x) => Math.tan(x), 0, Math.PI],
      [(x) => Math.sin(x), 0, Math.PI],
      [(x) => Math.cbrt(x) ** 2, -k, k],
      [(x) => (x - a) ** 2 * (x - b), a, b],
      [(x) => Math.exp(x), 0, k],
      [(x) => 1 / (x * x), -k, k],
      [(x) => Math.sqrt(Math.max(0, k * k - x * x)), -k, k],
      [(x) => Math.cos(x), -Math.PI / 2, Math.PI / 2],
    ];
    const picked = ['i0', 'i1', 'i2', 'i3'].map((key) => n(p, key));
    const cases = rolleCases({ a, b, m, k });
    return picked.filter((i) => rolleHolds(...own[i]!)).map((i) => `Rolle's theorem applies to $f(x) = ${cases[i]!.tex}$ on $${cases[i]!.iv}$.`);
  },
};

describe('maths depth templates G', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthGGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthGGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthGGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
