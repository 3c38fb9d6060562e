import { expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './physics-realism.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';
import type { GeneratorDef } from './types.ts';

/**
 * The checks every Physics depth template passes, registered inside the caller's `describe`:
 * each generator has an independent check, agrees with it on every seed, yields at least
 * `minDistinct` distinct instances in 40 seeds, and its answers and options are realistic in
 * English and Hindi alike (Main numericals integers).
 */
export function depthTemplateTests(all: readonly GeneratorDef[], checks: Readonly<Record<string, AnswerCheck>>, seeds: readonly number[], minDistinct: number): void {
  it('has an independent check for every generator', () => {
    expect(all.map((gen) => gen.id).sort()).toEqual(Object.keys(checks).sort());
  });

  for (const gen of all) {
    it(`${gen.id}: answers agree with the independent check on ${seeds.length} seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, seeds)).toEqual([]);
    });
    it(`${gen.id}: yields at least ${minDistinct} distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(minDistinct);
    });
    it(`${gen.id}: realistic answers and options, Hindi with the same numbers`, () => {
      expect(realismProblems(gen, seeds, true).slice(0, 10)).toEqual([]);
      expect(bilingualRealismProblems([gen], seeds).slice(0, 10)).toEqual([]);
    });
  }
}
