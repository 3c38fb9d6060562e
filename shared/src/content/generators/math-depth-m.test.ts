import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthMGenerators } from './math-depth-m.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

type Vec = number[];
const add = (u: Vec, w: Vec) => u.map((x, i) => x + w[i]!);
const mul = (k: number, u: Vec) => u.map((x) => k * x);
const cross = (u: Vec, w: Vec) => [u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!];
const dot = (u: Vec, w: Vec) => u.reduce((s, x, i) => s + x * w[i]!, 0);
const box = (a: Vec, b: Vec, c: Vec) => dot(a, cross(b, c));

const checks: Record<string, AnswerCheck> = {
  'm.vec.triple-of-combinations': (p) => {
    const V = n(p, 'V');
    // Concrete vectors with [a b c] = V: a fixed basis with the first vector rescaled.
    const b = [0, 1, 3];
    const c = [4, -2, 1];
    const a0 = [1, 2, -1];
    const a = mul(V / box(a0, b, c), a0);
    expect(round(box(a, b, c), 9)).toBe(V);
    const [P, q, r] = [n(p, 'p'), n(p, 'q'), n(p, 'r')];
    const value = [
      () => box(add(a, b), add(b, c), add(c, a)),
      () => box(cross(a, b), cross(b, c), cross(c, a)),
      () => box(add(mul(P, a), mul(q, b)), add(b, mul(r, c)), c),
    ][n(p, 'v')]!();
    return round(value);
  },
  'm.vec.parallelogram-law': (p) => {
    const [P, Q, R] = [n(p, 'p'), n(p, 'q'), n(p, 'r')];
    // Place a on the x-axis and b at the angle that gives |a + b| = R, then measure a − b.
    const cos = (R * R - P * P - Q * Q) / (2 * P * Q);
    const b = [Q * cos, Q * Math.sqrt(Math.max(0, 1 - cos * cos))];
    return round(Math.hypot(P - b[0]!, -b[1]!));
  },
  'm.3d.plane-foot-image': (p) => {
    const N = [n(p, 'n0'), n(p, 'n1'), n(p, 'n2')];
    const P = [n(p, 'p0'), n(p, 'p1'), n(p, 'p2')];
    const d = n(p, 'd');
    // A point X0 on the plane and two spanning directions; the foot minimises |X − P| over
    // X0 + s u + t w (normal equations of the least-squares problem).
    const X0 = [0, 0, d / N[2]!];
    const u = [N[2]!, 0, -N[0]!];
    const w = [0, N[2]!, -N[1]!];
    const g = P.map((x, i) => x - X0[i]!);
    const [uu, uw, ww, gu, gw] = [dot(u, u), dot(u, w), dot(w, w), dot(g, u), dot(g, w)];
    const det = uu * ww - uw * uw;
    const s = (gu * ww - gw * uw) / det;
    const t = (uu * gw - uw * gu) / det;
    const F = X0.map((x, i) => x + s * u[i]! + t * w[i]!);
    const target = n(p, 'v') === 0 ? F : F.map((f, i) => 2 * f - P[i]!);
    return round(target.reduce((acc, x) => acc + x, 0));
  },
  'm.bin.remainder-near-multiple': (p) => {
    const [m, b, N, c] = [BigInt(n(p, 'm')), BigInt(n(p, 'b')), BigInt(n(p, 'N')), BigInt(n(p, 'c'))];
    return Number((b ** N + c) % m);
  },
  'm.seq.product-series-sum': (p) => {
    const term = [(k: number) => k * (k + 1), (k: number) => (2 * k - 1) ** 2, (k: number) => k * (k + 1) * (k + 2)][n(p, 'v')]!;
    let sum = 0;
    for (let k = 1; k <= n(p, 'n'); k++) sum += term(k);
    return sum;
  },
  'm.rel.equivalence-closure-pairs': (p) => {
    const N = n(p, 'n');
    let code = n(p, 'code');
    const pairs: [number, number][] = [];
    for (let i = 0; i < n(p, 'count'); i++) {
      pairs.unshift([Math.floor((code % 64) / 8), code % 8]);
      code = Math.floor(code / 64);
    }
    // Reflexive + symmetric closure, then Warshall's transitive closure; count the new pairs.
    const R = Array.from({ length: N + 1 }, (_, i) => Array.from({ length: N + 1 }, (_, j) => i === j && i > 0));
    for (const [a, b] of pairs) R[a]![b] = R[b]![a] = true;
    for (let k = 1; k <= N; k++) for (let i = 1; i <= N; i++) for (let j = 1; j <= N; j++) if (R[i]![k] && R[k]![j]) R[i]![j] = true;
    let total = 0;
    for (let i = 1; i <= N; i++) for (let j = 1; j <= N; j++) if (R[i]![j]) total++;
    return total - pairs.length;
  },
  'm.mat.trace-zero-power': (p) => {
    const [a, b, c, m] = [n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'm')];
    const A = [[a, b], [c, -a]];
    const times = (X: number[][], Y: number[][]) => X.map((row) => [0, 1].map((j) => row[0]! * Y[0]![j]! + row[1]! * Y[1]![j]!));
    let P = [[1, 0], [0, 1]];
    const power = n(p, 'v') === 0 ? 2 * m : 2 * m + 1;
    for (let i = 0; i < power; i++) P = times(P, A);
    return n(p, 'v') === 0 ? P[0]![0]! : P[0]![1]!;
  },
};

describe('maths depth templates M', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthMGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthMGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthMGenerators) {
    it(`${gen.id}: answers agree with the independent check on ${SEEDS.length} seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
