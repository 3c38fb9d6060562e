import { questionSchema } from '../../schemas/content.ts';
import { createRng } from '../random.ts';
import { instantiate } from './framework.ts';
import type { GeneratorDef, Params } from './types.ts';

/**
 * An independently written answer check: the expected number, or the expected option text, or for
 * a multi-correct spec the texts of every true statement (any order).
 */
export type AnswerCheck = (p: Params) => number | string | readonly string[];

/** The number in the first math segment of an option text: `$2.50$ m`, `$1.2 \times 10^{-6}$ C`. */
export function optionNumber(text: string): number {
  const m = /^\$(-?\d+(?:\.\d+)?)(?: \\times 10\^\{(-?\d+)\})?\$/.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1]) * 10 ** Number(m[2] ?? 0);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Problems with one generator over `seeds`: non-determinism, schema violations, answers that
 * disagree with the independent check, duplicate or correct-looking distractors. Empty = sound.
 */
export function verifyGenerator(def: GeneratorDef, check: AnswerCheck, seeds: Iterable<number>): string[] {
  const problems: string[] = [];
  for (const seed of seeds) {
    const where = `${def.id}#${seed}`;
    const first = instantiate(def, seed);
    const again = instantiate(def, seed);
    if (JSON.stringify(first) !== JSON.stringify(again)) problems.push(`${where}: not deterministic`);
    const parsed = questionSchema.safeParse(first.question);
    if (!parsed.success) problems.push(`${where}: schema ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const spec = def.build(createRng(def.id, seed));
    const expected = check(spec.params);
    const q = first.question;
    if (spec.kind === 'numeric') {
      if (typeof expected !== 'number' || !close(spec.value, expected)) {
        problems.push(`${where}: value ${spec.value} but check gives ${String(expected)}`);
      }
      if (q.type === 'SINGLE') {
        const right = q.options?.find((o) => o.key === q.answer)?.text ?? '';
        const shown = optionNumber(right);
        // The keyed option shows the expected value rounded to `sig` significant figures.
        const slack = Number.isInteger(expected) && Number.isInteger(shown) ? 0 : Math.abs(Number(expected)) * 10 ** (1 - (spec.sig ?? 3)) + 1e-9;
        if (typeof expected === 'number' && !(Math.abs(shown - expected) <= slack)) problems.push(`${where}: keyed option ${right} but check gives ${expected}`);
      } else if (typeof expected === 'number') {
        const given = Number(q.answer);
        const tol = q.type === 'INTEGER' ? 0 : (q.tolerance ?? 0);
        if (!(Math.abs(given - expected) <= tol + 1e-9)) problems.push(`${where}: free answer ${q.answer} vs ${expected}`);
      }
    } else if (spec.kind === 'multi') {
      const want = [...(Array.isArray(expected) ? expected : [expected])].map(String).sort();
      const keyed = (q.options ?? []).filter((o) => q.answer.includes(o.key)).map((o) => o.text).sort();
      if (JSON.stringify(keyed) !== JSON.stringify(want)) problems.push(`${where}: keyed statements ${keyed.join(' | ')} but check gives ${want.join(' | ')}`);
      const texts = (q.options ?? []).map((o) => o.text);
      if (texts.length !== 4 || new Set(texts).size !== 4) problems.push(`${where}: statements not 4 distinct`);
    } else {
      if (expected !== spec.correct) problems.push(`${where}: correct "${spec.correct}" but check gives "${String(expected)}"`);
      const right = q.options?.find((o) => o.key === q.answer)?.text;
      if (right !== spec.correct) problems.push(`${where}: keyed option ${right}`);
    }
    if (q.type === 'SINGLE') {
      const texts = (q.options ?? []).map((o) => o.text);
      if (texts.length !== 4 || new Set(texts).size !== 4) problems.push(`${where}: options not 4 distinct: ${texts.join(' | ')}`);
    }
  }
  return problems;
}

/** How many distinct question texts+options the first `n` seeds produce. */
export function distinctInstances(def: GeneratorDef, n: number): number {
  const seen = new Set<string>();
  for (let seed = 1; seed <= n; seed++) {
    const q = instantiate(def, seed).question;
    seen.add(JSON.stringify([q.text, q.options]));
  }
  return seen.size;
}
