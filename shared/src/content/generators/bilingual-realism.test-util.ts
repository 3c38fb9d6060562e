import { createRng } from '../random.ts';
import { realismProblems } from './realism.ts';
import type { GeneratorDef } from './types.ts';

const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * For tests: every generator renders in Hindi (stem and solution; a multi-correct one also its
 * four statements) and passes the framework's realism check (value in its declared range, no
 * impossible option) over `seeds`. Empty = sound.
 */
export function bilingualRealismProblems(defs: readonly GeneratorDef[], seeds: readonly number[]): string[] {
  const problems: string[] = [];
  for (const def of defs) {
    problems.push(...realismProblems(def, seeds));
    for (const seed of seeds) {
      const spec = def.build(createRng(def.id, seed));
      if (!spec.hi || !DEVANAGARI.test(spec.hi.text) || !spec.hi.solution) problems.push(`${def.id}#${seed}: no Hindi`);
      if (spec.kind === 'multi' && spec.hi?.options?.length !== 4) problems.push(`${def.id}#${seed}: Hindi statements`);
    }
  }
  return problems;
}
