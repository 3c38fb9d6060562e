import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { crossStatements, mathDepthDGenerators } from './math-depth-d.ts';
import { bisect } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const vec = (p: Params, k: string): number[] => [0, 1, 2].map((i) => n(p, `${k}${i}`));

/** Rule of Sarrus (not cofactor expansion). */
function sarrus(m: number[][]): number {
  const g = (i: number, j: number) => m[i]![j]!;
  return g(0, 0) * g(1, 1) * g(2, 2) + g(0, 1) * g(1, 2) * g(2, 0) + g(0, 2) * g(1, 0) * g(2, 1) - g(0, 2) * g(1, 1) * g(2, 0) - g(0, 0) * g(1, 2) * g(2, 1) - g(0, 1) * g(1, 0) * g(2, 2);
}

/** Solves a square linear system by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const m = A.map((row, i) => [...row, b[i]!]);
  const N = m.length;
  for (let c = 0; c < N; c++) {
    let best = c;
    for (let i = c + 1; i < N; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    [m[c], m[best]] = [m[best]!, m[c]!];
    for (let i = 0; i < N; i++) {
      if (i === c) continue;
      const f = m[i]![c]! / m[c]![c]!;
      for (let j = c; j <= N; j++) m[i]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[N]! / row[i]!);
}

/** a × b from the symbolic determinant |i j k; a; b| expanded by Sarrus' diagonals. */
function crossBySarrus(a: number[], b: number[]): number[] {
  return [0, 1, 2].map((k) => sarrus([[k === 0 ? 1 : 0, k === 1 ? 1 : 0, k === 2 ? 1 : 0], a, b]));
}
const dotp = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));

const checks: Record<string, AnswerCheck> = {
  'm.cg.locus-apollonius': (p) => {
    const [ax, bx, k] = [n(p, 'ax'), n(p, 'bx'), n(p, 'k')];
    const g = (x: number) => Math.abs(x - ax) - k * Math.abs(x - bx);
    const inner = bisect(g, ax, bx);
    const outer = bisect(g, bx, bx + 10 * (bx - ax));
    return n(p, 'v') === 0 ? (outer - inner) / 2 : (outer + inner) / 2 + n(p, 'ay');
  },
  'm.cg.locus-sum-of-squares': (p) => {
    const A = [n(p, 'ax'), n(p, 'ay')];
    const B = [n(p, 'bx'), n(p, 'by')];
    const S = (x: number, y: number) => (x - A[0]!) ** 2 + (y - A[1]!) ** 2 + (x - B[0]!) ** 2 + (y - B[1]!) ** 2 - n(p, 'K');
    const M = [(A[0]! + B[0]!) / 2, (A[1]! + B[1]!) / 2];
    const pts = [0, 2.1, 4.2].map((th) => {
      const t = bisect((s) => S(M[0]! + s * Math.cos(th), M[1]! + s * Math.sin(th)), 0, 100);
      return [M[0]! + t * Math.cos(th), M[1]! + t * Math.sin(th)] as const;
    });
    // Circle x² + y² + Dx + Ey + F = 0 through the three points.
    const [D, E, F] = solve(pts.map(([x, y]) => [x, y, 1]), pts.map(([x, y]) => -(x * x + y * y)));
    return n(p, 'v') === 0 ? Math.sqrt((D! * D!) / 4 + (E! * E!) / 4 - F!) : F!;
  },
  'm.3d.plane-divides-join': (p) => {
    const P = vec(p, 'p');
    const Q = vec(p, 'q');
    const ax = n(p, 'axis');
    const t = bisect((s) => P[ax]! + s * (Q[ax]! - P[ax]!), 0, 1);
    return t / (1 - t);
  },
  'm.3d.third-direction-angle': (p) => {
    const rad = Math.PI / 180;
    // The direction (cos α, cos β, cos γ) with cos γ ≥ 0; its angle with k̂ by atan2 (well conditioned near 90°).
    const [l, m] = [Math.cos(n(p, 'alpha') * rad), Math.cos(n(p, 'beta') * rad)];
    // cos²γ = 1 − l² − m² carries ~1e-16 of rounding noise; its square root would turn that into 1e-8.
    const nz = Math.sqrt(Math.max(0, Math.round((1 - l * l - m * m) * 1e12) / 1e12));
    return Math.atan2(Math.hypot(l, m), nz) / rad;
  },
  'm.vec.collinear-points': (p) => {
    const A = vec(p, 'a');
    const B = vec(p, 'b');
    const AB = B.map((x, i) => x - A[i]!);
    const f = (k: number) => {
      const AC = [k - A[0]!, n(p, 'c1') - A[1]!, n(p, 'c2') - A[2]!];
      const c = crossBySarrus(AB, AC);
      return dotp(c, c);
    };
    // |AB × AC(k)|² is a quadratic in k; its vertex from three samples.
    const [f0, f1, f2] = [f(0), f(1), f(2)];
    const vertex = 1 - (f2 - f0) / (2 * (f2 - 2 * f1 + f0));
    expect(f(vertex)).toBeLessThan(1e-9);
    return vertex;
  },
  'm.vec.combination-coefficients': (p) => {
    const a = vec(p, 'a');
    const b = vec(p, 'b');
    const c = vec(p, 'c');
    const xyz = solve([0, 1, 2].map((i) => [a[i]!, b[i]!, c[i]!]), vec(p, 'r'));
    return xyz[0]! + xyz[1]! + xyz[2]!;
  },
  'm.vec.cross-from-dot': (p) => {
    const [P, Q, d] = [n(p, 'p'), n(p, 'q'), n(p, 'd')];
    const cos = d / (P * Q);
    const a = [P, 0, 0];
    const b = [Q * cos, Q * Math.sqrt(1 - cos * cos), 0];
    const c = crossBySarrus(a, b);
    return Math.hypot(c[0]!, c[1]!, c[2]!);
  },
  'm.vec.cross-statements-multi': (p) => {
    const a = vec(p, 'a');
    const b = vec(p, 'b');
    const c = crossBySarrus(a, b);
    const [la, lb, lab] = [Math.hypot(...a), Math.hypot(...b), Math.hypot(...a.map((x, i) => x - b[i]!))];
    const s = (la + lb + lab) / 2;
    const heron = Math.sqrt(s * (s - la) * (s - lb) * (s - lab));
    const claimedArea = n(p, 'half') === 1 ? Math.sqrt(n(p, 'N')) / 2 : Math.sqrt(n(p, 'N'));
    const truth = [
      c[0] === n(p, 'X') && c[1] === n(p, 'Y') && c[2] === n(p, 'Z'),
      Math.abs(heron - claimedArea) < 1e-6,
      close(dotp(c, a.map((x, i) => x + 2 * b[i]!)), n(p, 'M')),
      close(dotp(c, c) + dotp(a, b) ** 2, n(p, 'K')),
    ];
    const texts = crossStatements({ X: n(p, 'X'), Y: n(p, 'Y'), Z: n(p, 'Z'), N: n(p, 'N'), half: n(p, 'half'), M: n(p, 'M'), K: n(p, 'K') }).en;
    return texts.filter((_, i) => truth[i]);
  },
  'm.trig.quadrant-expression': (p) => {
    const [a, c, q] = [n(p, 'a'), n(p, 'c'), n(p, 'quadrant')];
    const base = Math.asin(a / c);
    const theta = q === 2 ? Math.PI - base : q === 3 ? Math.PI + base : 2 * Math.PI - base;
    return n(p, 'v') === 0 ? 1 / Math.cos(theta) + Math.tan(theta) : (Math.sin(theta) + Math.cos(theta)) / (Math.sin(theta) - Math.cos(theta));
  },
  'm.trig.from-sum-of-sin-cos': (p) => {
    const s = (n(p, 'a') + n(p, 'b')) / n(p, 'c');
    const th = bisect((t) => Math.sin(t) + Math.cos(t) - s, 0, Math.PI / 4);
    const [si, co] = [Math.sin(th), Math.cos(th)];
    return [si * co, si ** 4 + co ** 4, Math.tan(th) + 1 / Math.tan(th)][n(p, 'v')]!;
  },
  'm.mat.det-vandermonde': (p) => {
    const [a, b, c] = [n(p, 'a'), n(p, 'b'), n(p, 'c')];
    return sarrus(n(p, 'v') === 0 ? [[1, 1, 1], [a, b, c], [a * a, b * b, c * c]] : [[1, a, b * c], [1, b, c * a], [1, c, a * b]]);
  },
  'm.mat.det-equation-roots': (p) => {
    const [a, b] = [n(p, 'a'), n(p, 'b')];
    const found: number[] = [];
    for (let x = -40; x <= 40; x++) {
      if (sarrus([[x + a, b, b], [b, x + a, b], [b, b, x + a]]) === 0) found.push(x);
    }
    return n(p, 'v') === 0 ? found.reduce((s, x) => s + x, 0) : found.reduce((s, x) => s * x, 1);
  },
};

describe('maths depth templates D', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthDGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthDGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthDGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
