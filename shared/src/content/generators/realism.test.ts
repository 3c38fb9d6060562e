import { describe, expect, it } from 'vitest';
import { instantiate, pickDistractors, quantityLimits } from './framework.ts';
import { num } from './spec.ts';
import { realismProblems, seedRealismProblems } from './realism.ts';
import { GENERATORS } from './registry.ts';
import type { GeneratorDef, NumericSpec } from './types.ts';
import { optionNumber } from './verify.ts';

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

describe('realism', () => {
  it('flags a value outside the declared range, a missing range and an impossible option', () => {
    const volume = (value: number, mistakes: number[], result?: readonly [number, number]): GeneratorDef => ({
      id: 'test.realism.volume',
      subject: 'CHEMISTRY',
      concepts: ['C.MOLE.CONCEPT'],
      difficulty: 1,
      freeResponse: false,
      build: () => num({ params: {}, text: 'Volume of H₂?', value, unit: 'L', mistakes, solution: '.', ...(result ? { result } : {}) }),
    });
    expect(realismProblems(volume(7.84, [15.68, 3.92, 22.4], [0, 100]), [1])).toEqual([]);
    expect(realismProblems(volume(784, [15.68, 3.92, 22.4], [0, 100]), [1])[0]).toMatch(/outside the plausible range/);
    expect(realismProblems(volume(7.84, [15.68, 3.92, 22.4]), [1, 2])).toEqual(['test.realism.volume: declares no plausible result range']);
    // A named sign-error mistake is never shown when the range is non-negative.
    expect(realismProblems(volume(7.84, [-7.84, 3.92, 22.4], [0, 100]), [1])).toEqual([]);
  });

  const gen = (id: string, spec: Omit<NumericSpec, 'kind' | 'params' | 'solution'>): GeneratorDef => ({
    id,
    subject: 'MATH',
    concepts: ['M.PROB.BASICS'],
    difficulty: 2,
    freeResponse: false,
    build: () => num({ params: {}, solution: '.', ...spec }),
  });

  it('recognises probabilities, counts, part-of-whole percentages, acute angles and declared bounds', () => {
    const limits = (text: string, value: number, unit = '', extra: Partial<NumericSpec> = {}) => quantityLimits({ text, value, unit, result: [0, 1000], ...extra });
    expect(limits('Find the probability that both hit.', 0.97, '', { result: [0, 1] })).toEqual({ lo: 0, hi: 1, integer: false });
    expect(limits('How many words can be formed?', 120)).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY, integer: true });
    expect(limits('Find the number of points of discontinuity.', 7).integer).toBe(true);
    expect(limits('Find the length of the chord.', 7).integer).toBe(false);
    expect(limits('Find the oxidation number of Mn in the ion.', 7).integer).toBe(false);
    expect(limits('Find the percentage yield.', 62, '%', { result: [0, 100] }).hi).toBe(100);
    expect(limits('Find the percentage increase in kinetic energy.', 62, '%', { result: [0, 300] }).hi).toBe(Number.POSITIVE_INFINITY);
    expect(limits('Find the acute angle between the lines.', 30, '°', { result: [0, 90] }).hi).toBe(90);
    expect(limits('Find the ratio.', 0.3, '', { bounds: [0, 1] }).hi).toBe(1);
    // Trigonometric values and inverse functions: only when the asked expression is one function.
    expect(limits('Find $\\cos\\theta$ for the angle between lines with direction ratios $(1, 2, 2)$ and $(2, 1, 2)$.', 0.89, '', { result: [-1, 1] })).toEqual({ lo: -1, hi: 1, integer: false });
    expect(limits('Evaluate $\\sin\\left(\\cos^{-1} \\frac{3}{5}\\right)$.', 0.8, '', { result: [-20, 10] }).hi).toBe(1);
    expect(limits('If $\\tan\\theta = 2$, find $\\sin\\theta + \\cos\\theta$.', 1.34, '', { result: [-2, 2] }).hi).toBe(Number.POSITIVE_INFINITY);
    expect(limits('Find $\\cos^{-1}(\\cos(200°))$ in degrees.', 160, '', { result: [-90, 180] })).toMatchObject({ lo: 0, hi: 180 });
    expect(limits('Find $\\sin^{-1}(\\sin(150°))$ in degrees.', 30, '', { result: [-90, 180] })).toMatchObject({ lo: -90, hi: 90 });
    // Eccentricity when it is what is asked; a part-of-whole percentage.
    expect(limits('For the ellipse $\\frac{x^2}{25} + \\frac{y^2}{16} = 1$, find its eccentricity.', 0.6).hi).toBe(1);
    expect(limits('An ellipse has eccentricity $\\frac12$ and minor axis 6. Find its major axis.', 6.93).hi).toBe(Number.POSITIVE_INFINITY);
    expect(limits('For the hyperbola $x^2 - y^2 = 1$, find its eccentricity.', 1.41).lo).toBe(1);
    expect(limits('What percentage of its volume is submerged?', 27.8, '%', { result: [1, 95] }).hi).toBe(100);
    // A limit read from the stem that the answer itself breaks is not applied.
    expect(limits('Find the probability density.', 3.2).hi).toBe(Number.POSITIVE_INFINITY);
    expect(limits('Find the ratio.', 2.5, '', { count: true }).integer).toBe(true);
  });

  it('never offers a probability above 1 or a count that is not a whole number, even when named mistakes and scalings would', () => {
    const probability = { lo: 0, hi: 1, integer: false };
    for (const p of [0.97, 0.92, 0.6, 0.05, 0.5]) {
      const { values } = pickDistractors(p, [p + 0.63, 2 * p, p / 2], 3, [0, 1], probability);
      expect(values).toHaveLength(3);
      for (const v of values) expect(v >= 0 && v <= 1 && v !== p).toBe(true);
    }
    const count = { lo: 0, hi: Number.POSITIVE_INFINITY, integer: true };
    for (const n of [1, 3, 7, 45]) {
      const { values } = pickDistractors(n, [n / 2, n * 1.5, -n], 3, [0, 100], count);
      expect(values).toHaveLength(3);
      for (const v of values) expect(Number.isInteger(v) && v >= 0 && v !== n).toBe(true);
    }
    // Through the whole instance: the options a student sees.
    const independent = gen('test.realism.prob', { text: 'Find the probability that at least one of them hits.', value: 0.97, unit: '', mistakes: [1.6, 0.37, 0.63], result: [0, 1] });
    const shown = instantiate(independent, 1).question.options!.map((o) => optionNumber(o.text));
    expect(shown.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(seedRealismProblems(independent, 1)).toEqual([]);
  });

  it('flags a value beyond its hard limits: a count that is not whole, a declared bound exceeded', () => {
    const half = gen('test.realism.half-count', { text: 'How many?', value: 2.5, unit: '', mistakes: [1, 2, 3], result: [0, 10], count: true });
    expect(seedRealismProblems(half, 1).join(' ')).toMatch(/not a possible quantity/);
    const over = gen('test.realism.bound', { text: 'Find the fraction.', value: 1.2, unit: '', mistakes: [0.6, 0.3, 0.9], result: [0, 2], bounds: [0, 1] });
    expect(seedRealismProblems(over, 1).join(' ')).toMatch(/not a possible quantity/);
  });

  // Every Maths generator declares its range; Physics and Chemistry are audited by content:audit
  // until each of their generators declares one (then this loop covers them too).
  for (const gen of GENERATORS.filter((g) => g.subject === 'MATH' || realismProblems(g, [1]).every((p) => !p.endsWith('declares no plausible result range')))) {
    it(`${gen.id}: every value in its range and every option possible over ${SEEDS.length} seeds`, () => {
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
