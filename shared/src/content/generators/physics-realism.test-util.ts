import { createRng } from '../random.ts';
import { instantiate } from './framework.ts';
import type { GeneratorDef } from './types.ts';

/** The number an option shows: `$1.5 \times 10^{-3}$ mA` → 0.0015; null when it shows none. */
export function optionNumber(text: string): number | null {
  const m = /\$([^$]+)\$/.exec(text);
  if (!m) return null;
  const tex = m[1]!.replace(/\s+/g, '');
  const sci = /^(-?[\d.]+)?(?:\\times)?10\^\{(-?\d+)\}$/.exec(tex);
  if (sci) return Number(sci[1] ?? 1) * 10 ** Number(sci[2]);
  return Number.isFinite(Number(tex)) ? Number(tex) : null;
}

const numbersIn = (s: string) => new Set(s.match(/\d+(?:\.\d+)?/g) ?? []);
const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * Realism and bilingual problems of one generator over `seeds`: a missing or English-only Hindi
 * rendering, a Hindi stem that drops a number of the English one, a numeric answer outside the
 * declared plausible range, a non-integer answer where a JEE Main numerical may be posed (when
 * `integerMain`), and a negative option for a quantity whose range is non-negative.
 */
export function realismProblems(gen: GeneratorDef, seeds: readonly number[], integerMain: boolean): string[] {
  const problems: string[] = [];
  for (const seed of seeds) {
    const spec = gen.build(createRng(gen.id, seed));
    const where = `${gen.id}#${seed}`;
    if (!spec.hi || !DEVANAGARI.test(spec.hi.text) || !DEVANAGARI.test(spec.hi.solution)) problems.push(`${where}: no Hindi`);
    if (spec.hi) for (const n of numbersIn(spec.text)) if (!numbersIn(spec.hi.text).has(n)) problems.push(`${where}: Hindi text lacks ${n}`);
    if (spec.kind === 'multi' && spec.hi?.options?.length !== 4) problems.push(`${where}: Hindi statements`);
    if (spec.kind === 'choice' && (!spec.hi?.correct || spec.hi.distractors?.length !== spec.distractors.length || spec.hi.distractors.includes(spec.hi.correct))) problems.push(`${where}: Hindi options`);
    if (spec.kind !== 'numeric') continue;
    const [lo, hi] = spec.result ?? [Number.NaN, Number.NaN];
    if (!(spec.value >= lo && spec.value <= hi)) problems.push(`${where}: ${spec.value} outside [${lo}, ${hi}]`);
    // Exactly integral: the framework poses an INTEGER question only when Number.isInteger(value).
    if (integerMain && gen.difficulty <= 3 && gen.freeResponse !== false && !Number.isInteger(spec.value)) problems.push(`${where}: non-integer ${spec.value}`);
    const q = instantiate(gen, seed).question;
    for (const o of q.options ?? []) {
      const x = optionNumber(o.text);
      if (x === null) problems.push(`${where}: unparsable option ${o.text}`);
      else if (lo >= 0 && x < 0) problems.push(`${where}: impossible negative option ${o.text}`);
    }
  }
  return problems;
}
