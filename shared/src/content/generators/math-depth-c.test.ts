import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthCGenerators } from './math-depth-c.ts';
import { bisect, derivative, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;

/** Real roots of x² + Bx + C by the quadratic formula. */
function roots(B: number, C: number): number[] {
  const D = B * B - 4 * C;
  if (D < 0) return [];
  return [(-B - Math.sqrt(D)) / 2, (-B + Math.sqrt(D)) / 2];
}

/** Rank of a matrix by Gaussian elimination with partial pivoting (relative threshold). */
function rank(rows: number[][]): number {
  const a = rows.map((r) => [...r]);
  const scale = Math.max(...a.flat().map(Math.abs), 1e-300);
  let r = 0;
  for (let c = 0; c < (a[0]?.length ?? 0) && r < a.length; c++) {
    let best = r;
    for (let i = r + 1; i < a.length; i++) if (Math.abs(a[i]![c]!) > Math.abs(a[best]![c]!)) best = i;
    if (Math.abs(a[best]![c]!) < 1e-7 * scale) continue;
    [a[r], a[best]] = [a[best]!, a[r]!];
    for (let i = r + 1; i < a.length; i++) {
      const f = a[i]![c]! / a[r]![c]!;
      for (let j = c; j < a[i]!.length; j++) a[i]![j]! -= f * a[r]![j]!;
    }
    r++;
  }
  return r;
}

/**
 * The same families as DE_FAMILIES, written out here as functions of x and the constants, so the
 * number of essential constants is the rank of the Jacobian ∂y/∂(constants) over sample points.
 */
const FAMILIES: ((x: number, c: readonly number[]) => number)[] = [
  (x, [A, B, C]) => A! * Math.exp(x) + B! * Math.exp(2 * x) + C!,
  (x, [A, B, C]) => (A! + B!) * Math.exp(x) + C!,
  (x, [A, B]) => A! * Math.exp(x + B!),
  (x, [A, B]) => A! * Math.sin(x + B!),
  (x, [A, B]) => A! * Math.cos(2 * x) + B! * Math.sin(2 * x),
  (x, [A, B, C]) => A! * x * x + B! * x + C!,
  (x, [A, B, C]) => A! * x + B! * x + C!,
  (x, [A, B]) => A! * Math.log(B! * x),
  (x, [A, B]) => A! + Math.log(B! * x),
  (x, [A, B]) => A! * Math.exp(B! * x),
  (x, [A, B, C]) => (A! + B! * x) * Math.exp(C! * x),
  (x, [A, B, C]) => A! * B! * Math.exp(x) + C!,
];

const checks: Record<string, AnswerCheck> = {
  'm.quad.common-root': (p) => {
    const r1 = roots(-(n(p, 'r') + n(p, 's')), n(p, 'r') * n(p, 's'));
    const r2 = roots(-(n(p, 'r') + n(p, 't')), n(p, 'r') * n(p, 't'));
    const common = r1.filter((x) => r2.some((y) => Math.abs(x - y) < 1e-9));
    return common.length === 1 ? common[0]! : Number.NaN;
  },
  'm.quad.roots-in-interval-count': (p) => {
    let count = 0;
    for (let k = -60; k <= 60; k++) {
      const rs = roots(-2 * k, k * k - n(p, 'c') ** 2);
      if (rs.length === 2 && rs.every((x) => x > n(p, 'a') && x < n(p, 'b'))) count++;
    }
    return count;
  },
  'm.cont.differentiable-join': (p) => {
    const left = (x: number) => n(p, 'p') * x * x + n(p, 'q') * x;
    const a = derivative(left, n(p, 'c'));
    const b = left(n(p, 'c')) - a * n(p, 'c');
    return n(p, 'v') === 0 ? b : a + b;
  },
  'm.cont.kink-count': (p) => {
    const f = (x: number) => Math.abs((x - n(p, 'p')) * (x - n(p, 'q'))) + n(p, 'k') * Math.abs(x - n(p, 'r'));
    const h = 1e-6;
    let count = 0;
    for (let x = -10; x <= 10; x += 0.5) {
      const left = (f(x) - f(x - h)) / h;
      const right = (f(x + h) - f(x)) / h;
      if (Math.abs(right - left) > 1e-3) count++;
    }
    return count;
  },
  'm.deriv.quotient-value': (p) => derivative((x) => (n(p, 'a') * x + n(p, 'b')) / (x + n(p, 'd')), n(p, 'x0')),
  'm.deriv.product-table': (p) => {
    const x0 = n(p, 'x0');
    const f = (x: number) => n(p, 'f0') + n(p, 'f1') * (x - x0);
    const g = (x: number) => n(p, 'g0') + n(p, 'g1') * (x - x0);
    const h = [(x: number) => f(x) * g(x), (x: number) => f(x) ** 2 * g(x), (x: number) => x * f(x) * g(x)][n(p, 'v')]!;
    return derivative(h, x0);
  },
  'm.int.def-floor-square': (p) => {
    // Breakpoints of [m x²] found by bisection, then Simpson on each piece of the step function.
    const m = n(p, 'm');
    const b = n(p, 'b');
    const N = m * b * b;
    const xs = [0];
    for (let k = 1; k < N; k++) xs.push(bisect((x) => m * x * x - k, 0, b));
    xs.push(b);
    let total = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
      const mid = (xs[i]! + xs[i + 1]!) / 2;
      const level = Math.floor(m * mid * mid);
      total += simpson(() => level, xs[i]!, xs[i + 1]!, 2);
    }
    return total;
  },
  'm.int.def-abs-quadratic': (p) => {
    const f = (x: number) => Math.abs(x * x - n(p, 'p') * x);
    return simpson(f, 0, n(p, 'p')) + simpson(f, n(p, 'p'), n(p, 'b'));
  },
  'm.de.essential-constants': (p) => {
    const F = FAMILIES[n(p, 'i')]!;
    const c0 = [0.7, 1.3, 0.4];
    const h = 1e-5;
    const rows = [0.5, 0.7, 0.9, 1.1, 1.3, 1.6, 1.9, 2.2].map((x) =>
      c0.map((_, j) => {
        const up = c0.map((c, k) => (k === j ? c + h : c));
        const down = c0.map((c, k) => (k === j ? c - h : c));
        return (F(x, up) - F(x, down)) / (2 * h);
      }),
    );
    return rank(rows);
  },
  'm.de.form-from-solution': (p) => {
    // Fit P, Q from y = 1.3e^{px} − 0.7e^{qx} at two points: y'' + Py' + Qy = 0 is linear in P, Q.
    const [a, b] = [n(p, 'p'), n(p, 'q')];
    const y = (x: number, d: number) => 1.3 * a ** d * Math.exp(a * x) - 0.7 * b ** d * Math.exp(b * x);
    const [x1, x2] = [0.1, 0.4];
    const det = y(x1, 1) * y(x2, 0) - y(x1, 0) * y(x2, 1);
    const P = (-y(x1, 2) * y(x2, 0) + y(x2, 2) * y(x1, 0)) / det;
    const Q = (-y(x1, 1) * y(x2, 2) + y(x2, 1) * y(x1, 2)) / det;
    return P + Q;
  },
  'm.cg.section-point': (p) => {
    const [ax, ay, bx, by, m, k] = [n(p, 'ax'), n(p, 'ay'), n(p, 'bx'), n(p, 'by'), n(p, 'm'), n(p, 'n')];
    const at = (t: number) => [ax + t * (bx - ax), ay + t * (by - ay)] as const;
    const ratioGap = (t: number) => {
      const [x, y] = at(t);
      return k * Math.hypot(x - ax, y - ay) - m * Math.hypot(bx - x, by - y);
    };
    const t = n(p, 'e') === 0 ? bisect(ratioGap, 0, 1) : bisect(ratioGap, 1, m / (m - k) + 1);
    const [x, y] = at(t);
    return x + y;
  },
  'm.cg.incentre-right-triangle': (p) => {
    const A = [n(p, 'h'), n(p, 'k')] as const;
    const B = [n(p, 'bx'), n(p, 'k')] as const;
    const C = [n(p, 'h'), n(p, 'cy')] as const;
    const a = Math.hypot(B[0] - C[0], B[1] - C[1]);
    const b = Math.hypot(C[0] - A[0], C[1] - A[1]);
    const c = Math.hypot(A[0] - B[0], A[1] - B[1]);
    return (a * A[0] + b * B[0] + c * C[0] + a * A[1] + b * B[1] + c * C[1]) / (a + b + c);
  },
};

describe('maths depth templates C', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthCGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthCGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthCGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
