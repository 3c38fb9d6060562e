import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthOGenerators } from './math-depth-o.ts';
import { bisect, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

const checks: Record<string, AnswerCheck> = {
  'm.cg.hyperbola-other-focal-distance': (p) => {
    const [a, b, d1] = [n(p, 'a'), n(p, 'b'), n(p, 'd1')];
    const c = Math.hypot(a, b);
    const dist = (x: number, y: number, fx: number) => Math.hypot(x - fx, y);
    // Far branch (x = −a cosh u): its least distance from S₁ must exceed d1, so no point there.
    let farMin = Infinity;
    for (let u = 0; u <= 5; u += 0.001) farMin = Math.min(farMin, dist(-a * Math.cosh(u), b * Math.sinh(u), c));
    if (farMin <= d1) return NaN;
    // Near branch: PS₁ grows with u; find the point, then measure PS₂.
    const u = bisect((t) => dist(a * Math.cosh(t), b * Math.sinh(t), c) - d1, 0, 10);
    return round(dist(a * Math.cosh(u), b * Math.sinh(u), -c), 5);
  },
  'm.func.log-equation-extraneous': (p) => {
    const [base, k, N] = [n(p, 'base'), n(p, 'k'), n(p, 'n')];
    const f = (x: number) => Math.log(x) / Math.log(base) + Math.log(x - k) / Math.log(base) - N;
    // f is increasing on its domain x > k, so the root there is the only solution.
    return round(bisect(f, k + 1e-9, 1e6), 5);
  },
  'm.int.substitution-power': (p) => {
    const [s, c, N] = [n(p, 's'), n(p, 'c'), n(p, 'n')];
    return round(simpson((x) => x * (x * x + c) ** N, 0, s, 4000), 4);
  },
  'm.cg.apollonius-radius': (p) => {
    const [k, a] = [n(p, 'k'), n(p, 'a')];
    const [A, B] = n(p, 'flip') === 0 ? [-a, a] : [a, -a];
    const g = (x: number) => Math.abs(x - A) - k * Math.abs(x - B);
    // The locus meets the x-axis at one point between A and B and one beyond B.
    const inner = bisect(g, A, B);
    const outer = bisect(g, B, B + 100 * (B - A));
    // A third locus point off the axis must sit on the circle with that diameter.
    const centre = (inner + outer) / 2;
    const radius = Math.abs(outer - inner) / 2;
    const y = bisect((t) => Math.hypot(centre - A, t) - k * Math.hypot(centre - B, t), 0, 1000);
    expect(Math.abs(Math.hypot(0, y) - radius)).toBeLessThan(1e-6);
    return round(radius, 5);
  },
  'm.app.rectangle-in-ellipse': (p) => {
    const [A, B] = [n(p, 'A'), n(p, 'B')];
    // Brute-force scan of the vertex (x, B√(1 − x²/A²)) for 0 < x < A.
    let best = 0;
    for (let i = 1; i < 200000; i++) {
      const x = (A * i) / 200000;
      const y = B * Math.sqrt(1 - (x * x) / (A * A));
      best = Math.max(best, n(p, 'v') === 0 ? 4 * x * y : 4 * x + 4 * y);
    }
    return n(p, 'v') === 0 ? round(best, 3) : round(best * best, 2);
  },
};

describe('maths depth templates O', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthOGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthOGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthOGenerators) {
    it(`${gen.id}: answers agree with the independent check on ${SEEDS.length} seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
