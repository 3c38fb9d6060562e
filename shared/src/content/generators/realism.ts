import { createRng } from '../random.ts';
import { instantiate, possibleOption, quantityLimits } from './framework.ts';
import type { Question } from '../../schemas/content.ts';
import type { GeneratorDef } from './types.ts';
import { optionNumber } from './verify.ts';

/**
 * Realism problems of one instance (generator, seed): a value that is not finite or falls outside
 * the declared plausible range, and an option that shows an impossible quantity: not finite, of a
 * sign the range excludes, outside the quantity's hard limits (a probability above 1, an acute
 * angle above 90°, outside declared `bounds`) or not a whole number where the answer is a count.
 * A missing range is a problem of the generator, reported by `realismProblems`. `question` is the
 * instance when the caller has built it already. Empty = realistic.
 */
export function seedRealismProblems(def: GeneratorDef, seed: number, question?: Question): string[] {
  const where = `${def.id}#${seed}`;
  const spec = def.build(createRng(def.id, seed));
  if (spec.kind !== 'numeric') return [];
  if (!Number.isFinite(spec.value)) return [`${where}: value ${spec.value} is not finite`];
  const problems: string[] = [];
  if (spec.result && (spec.value < spec.result[0] || spec.value > spec.result[1])) {
    problems.push(`${where}: value ${spec.value} ${spec.unit} outside the plausible range [${spec.result[0]}, ${spec.result[1]}]`);
  }
  const limits = quantityLimits(spec);
  if (!possibleOption(spec.value, limits)) problems.push(`${where}: value ${spec.value} is not a possible quantity (limits [${limits.lo}, ${limits.hi}]${limits.integer ? ', a whole number' : ''})`);
  for (const o of (question ?? instantiate(def, seed).question).options ?? []) {
    if (!possibleOption(optionNumber(o.text), limits)) {
      const what = limits.integer ? 'a whole number' : 'a possible value';
      problems.push(`${where}: option ${o.key} "${o.text}" is an impossible quantity (not ${what} in [${limits.lo}, ${limits.hi}])`);
    }
  }
  return problems;
}

/** The problem of a numeric generator that declares no plausible result range, or null. */
export function rangeDeclarationProblem(def: GeneratorDef, seeds: Iterable<number>): string | null {
  for (const seed of seeds) {
    const spec = def.build(createRng(def.id, seed));
    if (spec.kind === 'numeric') return spec.result ? null : `${def.id}: declares no plausible result range`;
  }
  return null;
}

/**
 * Realism problems of one generator over `seeds`: a numeric generator that declares no plausible
 * result range, and every instance's problems (`seedRealismProblems`). Empty = realistic.
 */
export function realismProblems(def: GeneratorDef, seeds: Iterable<number>): string[] {
  const list = [...seeds];
  const undeclared = rangeDeclarationProblem(def, list);
  return [...(undeclared ? [undeclared] : []), ...list.flatMap((seed) => seedRealismProblems(def, seed))];
}
