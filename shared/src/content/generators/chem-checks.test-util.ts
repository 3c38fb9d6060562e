import { createRng } from '../random.ts';
import { instantiate, pickDistractors } from './framework.ts';
import type { GeneratorDef } from './types.ts';
import { optionNumber } from './verify.ts';

const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * Bilingual and realism problems of one generator over `seeds`: a spec without Hindi (or Hindi
 * with no Devanagari, or option translations that do not line up with the English ones), a
 * numeric answer outside its declared plausible range, and, for a quantity that cannot be
 * negative (range starting at ≥ 0), any option below zero. Empty = sound.
 */
export function realismProblems(def: GeneratorDef, seeds: Iterable<number>): string[] {
  const problems: string[] = [];
  for (const seed of seeds) {
    const where = `${def.id}#${seed}`;
    const spec = def.build(createRng(def.id, seed));
    const hi = spec.hi;
    if (!hi) problems.push(`${where}: no Hindi`);
    else if (!DEVANAGARI.test(hi.text) || !DEVANAGARI.test(hi.solution)) problems.push(`${where}: Hindi text or solution has no Devanagari`);
    if (spec.kind === 'numeric') {
      const range = spec.result;
      if (!range) {
        problems.push(`${where}: no plausible result range`);
        continue;
      }
      const [lo, hiBound] = range;
      if (!(spec.value >= lo && spec.value <= hiBound)) problems.push(`${where}: value ${spec.value} outside [${lo}, ${hiBound}] ${spec.unit}`);
      if (lo >= 0) {
        const shown = [spec.value, ...pickDistractors(spec.value, spec.mistakes, spec.sig ?? 3, range).values];
        const negative = shown.filter((x) => x < 0);
        if (negative.length) problems.push(`${where}: impossible negative option(s) ${negative.join(', ')} for a non-negative quantity`);
      }
    } else if (spec.kind === 'choice' && hi) {
      if (hi.distractors && hi.distractors.length !== spec.distractors.length) problems.push(`${where}: Hindi distractors do not line up`);
      if ((hi.correct === undefined) !== (hi.distractors === undefined)) problems.push(`${where}: Hindi translates the key or the distractors but not both`);
    } else if (spec.kind === 'multi' && hi) {
      if (hi.options?.length !== 4 || !hi.options.every((o) => DEVANAGARI.test(o) || /\$/.test(o))) problems.push(`${where}: Hindi statements missing`);
    }
  }
  return problems;
}

/**
 * Option problems of generators: an option shown in % outside (0, 100] on `percentSeeds` seeds, and
 * two numeric options within 2 % of each other on the first `spreadSeeds` of them. Empty = sound.
 */
export function optionSpreadProblems(defs: readonly GeneratorDef[], percentSeeds: number, spreadSeeds: number): string[] {
  const bad: string[] = [];
  for (const gen of defs) for (let seed = 1; seed <= percentSeeds; seed++) {
    const opts = instantiate(gen, seed).question.options ?? [];
    for (const o of opts) if (o.text.endsWith(' %') && !(optionNumber(o.text) > 0 && optionNumber(o.text) <= 100)) bad.push(`${gen.id}#${seed} ${o.text}`);
    const xs = opts.map((o) => optionNumber(o.text)).filter((x) => Number.isFinite(x));
    if (seed <= spreadSeeds) xs.forEach((a, i) => xs.slice(i + 1).forEach((b) => { if (Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b))) bad.push(`${gen.id}#${seed} ${a} ~ ${b}`); }));
  }
  return bad;
}
