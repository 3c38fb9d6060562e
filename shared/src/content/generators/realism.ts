import { createRng } from '../random.ts';
import { instantiate, possibleValue } from './framework.ts';
import type { GeneratorDef } from './types.ts';
import { optionNumber } from './verify.ts';

/**
 * Realism problems of one generator over `seeds`: a numeric generator that declares no plausible
 * result range, a value that is not finite or falls outside its range, and an option that shows
 * an impossible quantity (not finite, or of a sign the range excludes). Empty = realistic.
 */
export function realismProblems(def: GeneratorDef, seeds: Iterable<number>): string[] {
  const problems: string[] = [];
  let declared = true;
  for (const seed of seeds) {
    const where = `${def.id}#${seed}`;
    const spec = def.build(createRng(def.id, seed));
    if (spec.kind !== 'numeric') continue;
    if (!spec.result) {
      if (declared) problems.push(`${def.id}: declares no plausible result range`);
      declared = false;
    }
    if (!Number.isFinite(spec.value)) {
      problems.push(`${where}: value ${spec.value} is not finite`);
      continue;
    }
    if (spec.result && (spec.value < spec.result[0] || spec.value > spec.result[1])) {
      problems.push(`${where}: value ${spec.value} ${spec.unit} outside the plausible range [${spec.result[0]}, ${spec.result[1]}]`);
    }
    const q = instantiate(def, seed).question;
    for (const o of q.options ?? []) {
      const v = optionNumber(o.text);
      if (!possibleValue(v, spec.result ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY])) {
        problems.push(`${where}: option ${o.key} "${o.text}" is an impossible quantity`);
      }
    }
  }
  return problems;
}
