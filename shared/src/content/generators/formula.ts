import type { Subject } from '../../schemas/content.ts';
import { choice, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/** Inclusive list lo, lo+step, …, hi (rounded to 10 decimals to avoid float drift). */
export function range(lo: number, hi: number, step = 1): number[] {
  const out: number[] = [];
  for (let x = lo; x <= hi + 1e-9; x += step) out.push(Math.round(x * 1e10) / 1e10);
  return out;
}

interface Common {
  id: string;
  subject: Subject;
  concepts: readonly [string, ...string[]];
  difficulty: 1 | 2 | 3 | 4 | 5;
}

/**
 * A numeric generator from a formula: each variable is drawn from its list of allowed values
 * (in declaration order, so draws are reproducible), then the answer and mistakes are computed.
 */
export interface FormulaDef<K extends string> extends Common {
  vars: Record<K, readonly number[]>;
  text(v: Record<K, number>): string;
  unit: string;
  answer(v: Record<K, number>): number;
  mistakes(v: Record<K, number>): number[];
  solution(v: Record<K, number>): string;
  sig?: number;
  freeResponse?: boolean;
  /** Hindi rendering of the stem and solution (the unit string stays as in English). */
  hi?: { text(v: Record<K, number>): string; solution(v: Record<K, number>): string };
  /** Plausible range of the answer in `unit`; inputs are bounded by `vars`. */
  result?: readonly [number, number];
}

export function formula<K extends string>(d: FormulaDef<K>): GeneratorDef {
  return {
    id: d.id,
    subject: d.subject,
    concepts: d.concepts,
    difficulty: d.difficulty,
    ...(d.freeResponse === undefined ? {} : { freeResponse: d.freeResponse }),
    build(rng) {
      const v = {} as Record<K, number>;
      for (const key of Object.keys(d.vars) as K[]) v[key] = rng.pick(d.vars[key]);
      return num({
        params: v,
        text: d.text(v),
        value: d.answer(v),
        unit: d.unit,
        mistakes: d.mistakes(v),
        solution: d.solution(v),
        ...(d.sig === undefined ? {} : { sig: d.sig }),
        ...(d.hi === undefined ? {} : { hi: { text: d.hi.text(v), solution: d.hi.solution(v) } }),
        ...(d.result === undefined ? {} : { result: d.result }),
      });
    },
  };
}

/** One reviewed fact: a question, its answer and at least three wrong answers. */
export interface Fact {
  q: string;
  a: string;
  wrong: readonly [string, string, string, ...string[]];
  why: string;
  /** Hindi: the same fact, answers in the same order as `a` / `wrong`. */
  hi?: { q: string; a: string; wrong: readonly string[]; why: string };
}

/** A choice generator over a reviewed fact table; the seed picks the fact and the distractors. */
export function facts(d: Common & { items: readonly Fact[] }): GeneratorDef & { items: readonly Fact[] } {
  return {
    id: d.id,
    subject: d.subject,
    concepts: d.concepts,
    difficulty: d.difficulty,
    items: d.items,
    build(rng) {
      const item = rng.int(0, d.items.length - 1);
      const f = d.items[item] as Fact;
      const order = rng.shuffle(f.wrong.map((_, i) => i)).slice(0, 3);
      const hi = f.hi === undefined ? {} : { hi: { text: f.hi.q, solution: f.hi.why, correct: f.hi.a, distractors: order.map((i) => f.hi!.wrong[i] as string) } };
      return choice({ params: { item }, text: f.q, correct: f.a, distractors: order.map((i) => f.wrong[i] as string), solution: f.why, ...hi });
    },
  };
}
