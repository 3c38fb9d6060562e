import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import type { GeneratorDef } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/**
 * The suite every physical-chemistry depth file runs: one independent check per generator, Hindi
 * and realism on 220 seeds, agreement with the check on 220 seeds, and at least 20 distinct
 * (stem, options) instances in the first 50 seeds.
 */
export function physicalDepthSuite(name: string, gens: readonly GeneratorDef[], checks: Record<string, AnswerCheck>): void {
  describe(name, () => {
    it('has a check for every generator', () => {
      expect(gens.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
    });
    it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
      expect(bilingualRealismProblems(gens, SEEDS)).toEqual([]);
    });
    for (const gen of gens) {
      it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
        expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
      });
      it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
        expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
        expect(realismProblems(gen, SEEDS)).toEqual([]);
      });
    }
  });
}
