import { describe, expect, it } from 'vitest';
import { mathCalculusGenerators } from './math-calculus.ts';
import { bisect, derivative, rk4, simpson, snap } from './numeric-methods.test-util.ts';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const poly = (c: number[]) => (x: number) => c.reduce((acc, k, p) => acc + k * x ** p, 0);

const checks: Record<string, AnswerCheck> = {
  'm.lim.standard': ({ v, a, n, p, q }) =>
    v === 0 ? snap((((a! + 1e-7) ** n! - a! ** n!) / 1e-7 + ((a! - 1e-7) ** n! - a! ** n!) / -1e-7) / 2, 5) : snap(Math.sin(p! * 1e-6) / (q! * 1e-6), 8),
  'm.cont.piecewise': ({ c, b, m }) => bisect((k) => k * c! + b! - (c! * c! + m!), -100, 100),
  'm.deriv.polynomial': ({ c0, c1, c2, c3, x0 }) => snap(derivative(poly([c0!, c1!, c2!, c3!]), x0!), 8),
  'm.deriv.chain': ({ a, b, n, x0 }) => snap(derivative((x) => (a! * x + b!) ** n!, x0!), 8),
  'm.app.tangent-intercept': ({ c0, c1, c2, x0 }) => {
    const f = poly([c0!, c1!, c2!]);
    const m = derivative(f, x0!);
    return snap(f(x0!) - m * x0!, 8);
  },
  'm.app.cubic-extremum': ({ p, q, v }) => {
    const f = poly([q!, -3 * p! * p!, 0, 1]);
    // Scan for the interior extremum on the relevant side.
    let best = v === 0 ? -Infinity : Infinity;
    for (let x = v === 0 ? -2 * p! : 0; x <= (v === 0 ? 0 : 2 * p!); x += p! / 1000) best = v === 0 ? Math.max(best, f(x)) : Math.min(best, f(x));
    return snap(best, 6);
  },
  'm.app.mvt': ({ a, b, k }) => {
    const f = poly([0, k!, 0, 1]);
    const slope = (f(b!) - f(a!)) / (b! - a!);
    return bisect((c) => derivative(f, c) - slope, 0, Math.max(Math.abs(a!), Math.abs(b!)));
  },
  'm.int.antiderivative': ({ c0, c1, c2, F0, x1 }) => snap(F0! + simpson(poly([c0!, c1!, c2!]), 0, x1!), 8),
  'm.int.substitution': ({ v, a, n, k }) =>
    v === 0 ? snap(simpson((x) => 2 * x * (x * x + 1) ** n!, 0, a!), 7) : snap(simpson((x) => x * Math.exp(k! * x), 0, 1), 8),
  'm.int.definite-polynomial': ({ c0, c1, c2, a, b }) => snap(simpson(poly([c0!, c1!, c2!]), a!, b!), 8),
  'm.int.odd-even': ({ c0, c1, c2, c3, c4, a }) => snap(simpson(poly([c0!, c1!, c2!, c3!, c4!]), -a!, a!), 8),
  'm.int.area-between': ({ v, k, c }) =>
    v === 0 ? snap(simpson((x) => Math.abs(k! * x - x * x), 0, k!), 7) : snap(simpson((x) => Math.max(0, c! - x * x), -Math.sqrt(c!), Math.sqrt(c!)), 7),
  'm.de.order-degree': ({ order, p }) => order! + p!,
  'm.de.exponential-growth': ({ y0, T, m, grow }) => {
    const k = (grow === 1 ? 1 : -1) * (Math.LN2 / T!);
    return snap(rk4((_, y) => k * y, 0, y0!, m! * T!), 6);
  },
  'm.de.linear-first-order': ({ p, q, x1 }) => snap(rk4((_, y) => q! - p! * y, 0, 0, x1!), 8),
};

describe('maths calculus generators', () => {
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathCalculusGenerators, SEEDS)).toEqual([]);
  });
  it('has a check for every generator', () => {
    expect(mathCalculusGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  for (const gen of mathCalculusGenerators) {
    it(`${gen.id}: answers agree with numerical checks on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
