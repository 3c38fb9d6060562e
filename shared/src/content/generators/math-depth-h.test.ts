import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthHGenerators } from './math-depth-h.ts';
import { bisect, derivative, rk4, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round9 = (x: number) => Math.round(x * 1e9) / 1e9;

function midpoint(f: (x: number) => number, a: number, b: number, h = 1e-4): number {
  const N = Math.round((b - a) / h);
  const w = (b - a) / N;
  let s = 0;
  for (let i = 0; i < N; i++) s += f(a + (i + 0.5) * w);
  return s * w;
}
function goldenMin(f: (x: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  for (let i = 0; i < 300; i++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (f(c) < f(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

const checks: Record<string, AnswerCheck> = {
  'm.int.partial-fraction-coefficients': (p) => {
    const [P, Q, a, b] = [n(p, 'p'), n(p, 'q'), n(p, 'a'), n(p, 'b')];
    const f = (x: number) => (P * x + Q) / ((x - a) * (x - b));
    // Residues: the limits of (x − a)f(x) and (x − b)f(x), evaluated next to each pole.
    const eps = 1e-7;
    const A = round9(((a + eps - a) * f(a + eps) + (a - eps - a) * f(a - eps)) / 2);
    const B = round9(((b + eps - b) * f(b + eps) + (b - eps - b) * f(b - eps)) / 2);
    return Math.round((n(p, 'v') === 0 ? A + 2 * B : A * B) * 1e5) / 1e5;
  },
  'm.int.parts-power-log': (p) => simpson((x) => x ** n(p, 'n') * Math.log(x ** n(p, 'c')), 1, Math.exp(n(p, 'k')), 4000),
  'm.int.periodic-modulus': (p) => {
    const N = n(p, 'n');
    const v = n(p, 'v');
    // Simpson on the smooth pieces between the corners of |sin| (kπ) and |cos| ((k + ½)π).
    const pieces = (f: (x: number) => number, cuts: number[]) => cuts.slice(1).reduce((s, x, i) => s + simpson(f, cuts[i]!, x), 0);
    if (v === 0) return pieces((x) => Math.abs(Math.sin(x)), [...Array.from({ length: N + 1 }, (_, k) => k * Math.PI), N * Math.PI + Math.PI / 2]);
    if (v === 1) return midpoint((x) => x - Math.floor(x), 0, 2 * N);
    return pieces((x) => Math.abs(Math.cos(x)), [0, ...Array.from({ length: N }, (_, k) => (k + 0.5) * Math.PI), N * Math.PI]);
  },
  'm.de.separable-ivp': (p) => rk4((x, y) => (x + n(p, 'a')) / y, 0, n(p, 'y0'), n(p, 'x1'), 4000),
  'm.de.linear-power-coefficient': (p) => rk4((x, y) => x ** n(p, 'n') - (n(p, 'k') * y) / x, 1, n(p, 'c'), n(p, 'x1'), 4000),
  'm.cg.reflection-in-line': (p) => {
    const [a, b, c, px, py] = [n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'px'), n(p, 'py')];
    const base = [(-c * a) / (a * a + b * b), (-c * b) / (a * a + b * b)];
    const at = (t: number) => [base[0]! - t * b, base[1]! + t * a];
    const t = goldenMin((s) => { const [x, y] = at(s); return (x! - px) ** 2 + (y! - py) ** 2; }, -100, 100);
    const [fx, fy] = at(t);
    return Math.round((2 * fx! - px + 2 * fy! - py) * 1e6) / 1e6;
  },
  'm.cg.pair-of-lines-angle': (p) => {
    const [m1, m2] = [n(p, 'm1'), n(p, 'm2')];
    // Slopes from the combined equation's quadratic m² + (−(m1 + m2))m + m1m2 = 0, then angles.
    const B = -(m1 + m2);
    const C = m1 * m2;
    const r = Math.sqrt(B * B - 4 * C);
    const [s1, s2] = [(-B + r) / 2, (-B - r) / 2];
    let th = Math.abs(Math.atan(s1) - Math.atan(s2));
    if (th > Math.PI / 2) th = Math.PI - th;
    return Math.tan(th);
  },
  'm.cg.common-chord': (p) => {
    const [x0, y0, x2, y2, r1, r2] = [n(p, 'x0'), n(p, 'y0'), n(p, 'x2'), n(p, 'y2'), n(p, 'r1'), n(p, 'r2')];
    const pt = (t: number) => [x0 + r1 * Math.cos(t), y0 + r1 * Math.sin(t)] as const;
    const g = (t: number) => { const [x, y] = pt(t); return Math.hypot(x - x2, y - y2) - r2; };
    const hits: (readonly [number, number])[] = [];
    const N = 720;
    for (let i = 0; i < N; i++) {
      const [t0, t1] = [(2 * Math.PI * i) / N + 0.001, (2 * Math.PI * (i + 1)) / N + 0.001];
      if (g(t0) * g(t1) < 0) hits.push(pt(bisect(g, t0, t1)));
    }
    expect(hits.length).toBe(2);
    return round9(Math.hypot(hits[0]![0] - hits[1]![0], hits[0]![1] - hits[1]![1]));
  },
  'm.cg.parabola-tangent-with-slope': (p) => {
    const [a, m] = [n(p, 'a'), n(p, 'm')];
    const X = (t: number) => a * t * t;
    const Y = (t: number) => 2 * a * t;
    const slope = (t: number) => derivative(Y, t) / derivative(X, t);
    const t = m > 0 ? bisect((s) => slope(s) - m, 0.01, 50) : bisect((s) => slope(s) - m, -50, -0.01);
    return round9(X(t) + Y(t));
  },
  'm.cg.ellipse-from-focus-point': (p) => {
    const [a, c] = [n(p, 'a'), n(p, 'c')];
    const L = (a * a - c * c) / a;
    return Math.hypot(c - c, L) + Math.hypot(c + c, L);
  },
  'm.cg.hyperbola-tangent-intercept': (p) => {
    const [a2, b2, m] = [n(p, 'a2'), n(p, 'b2'), n(p, 'm')];
    // g is concave in x for a steep line; it touches when its maximum is 0.
    const top = (c: number) => {
      const g = (x: number) => (x * x) / a2 - (m * x + c) ** 2 / b2 - 1;
      return g(goldenMin((x) => -g(x), -1000, 1000));
    };
    const c = bisect(top, 0, 100);
    return Math.round(c * c * 1e6) / 1e6;
  },
  'm.3d.plane-z-intercept': (p) => {
    const A = [n(p, 'x0'), n(p, 'y0'), n(p, 'z0')];
    const B = [n(p, 'x1'), n(p, 'y1'), n(p, 'z1')];
    const C = [n(p, 'x2'), n(p, 'y2'), n(p, 'z2')];
    const u = B.map((v, i) => v - A[i]!);
    const w = C.map((v, i) => v - A[i]!);
    const vol = (k: number) => {
      const d = [0 - A[0]!, 0 - A[1]!, k - A[2]!];
      return d[0]! * (u[1]! * w[2]! - u[2]! * w[1]!) - d[1]! * (u[0]! * w[2]! - u[2]! * w[0]!) + d[2]! * (u[0]! * w[1]! - u[1]! * w[0]!);
    };
    return round9(bisect(vol, -1000, 1000));
  },
};

describe('maths depth templates H', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthHGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthHGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthHGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
