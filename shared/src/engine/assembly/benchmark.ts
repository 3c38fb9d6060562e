import { SUBJECTS, type QuestionType, type Subject } from '../../schemas/content.ts';
import { createPrng, type Prng } from '../prng.ts';
import type { BankQuestion } from './weekly.ts';

/**
 * Monthly benchmark paper assembly from a blueprint: the same paper for every student of a
 * class. Within each section, questions are spread over concepts in proportion to exam weight
 * (largest remainder) and over difficulty towards a target mix; deterministic for a seed.
 */

/** One section of a blueprint. */
export interface BlueprintSection {
  readonly subject: Subject;
  /** Accepted question types (e.g. numerical accepts INTEGER and NUMERIC). */
  readonly types: readonly QuestionType[];
  readonly count: number;
}

/** A paper blueprint. */
export interface Blueprint {
  readonly name: string;
  readonly sections: readonly BlueprintSection[];
  /** Target share of questions per difficulty 1…5 (index 0 = difficulty 1), summing to 1. */
  readonly difficultyMix: readonly [number, number, number, number, number];
}

/** JEE Main pattern: per subject 20 single-correct + 5 numerical, 75 questions, 300 marks. */
export const JEE_MAIN_BLUEPRINT: Blueprint = {
  name: 'JEE_MAIN',
  sections: SUBJECTS.flatMap((subject) => [
    { subject, types: ['SINGLE'] as const, count: 20 },
    { subject, types: ['INTEGER', 'NUMERIC'] as const, count: 5 },
  ]),
  difficultyMix: [0.1, 0.25, 0.35, 0.2, 0.1],
};

/** The assembled paper: question ids per section in blueprint order, and any shortfall. */
export interface AssembledPaper {
  readonly sections: readonly { readonly subject: Subject; readonly questionIds: readonly string[] }[];
  /** Sections the bank could not fill, with how many questions were missing. */
  readonly shortfalls: readonly { readonly section: number; readonly missing: number }[];
}

/** Largest-remainder apportionment of `total` over `weights` (ties by index). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || weights.length === 0) return weights.map((_, i) => (i < total ? 1 : 0));
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; out.reduce((a, b) => a + b, 0) < total; k++) {
    const i = (order[k % order.length] as readonly [number, number])[1];
    out[i] = (out[i] as number) + 1;
  }
  return out;
}

function pickForConcept(pool: BankQuestion[], want: number, deficit: number[], rng: Prng): BankQuestion[] {
  const picked: BankQuestion[] = [];
  const jitter = new Map(pool.map((q) => [q.id, rng()]));
  while (picked.length < want && pool.length > 0) {
    pool.sort((a, b) => (deficit[b.difficulty - 1] as number) - (deficit[a.difficulty - 1] as number) || (jitter.get(a.id) as number) - (jitter.get(b.id) as number));
    const q = pool.shift() as BankQuestion;
    picked.push(q);
    deficit[q.difficulty - 1] = (deficit[q.difficulty - 1] as number) - 1;
  }
  return picked;
}

/**
 * Assemble a paper. `examWeight` maps concept id → exam weight (0–1); questions in `exclude`
 * (e.g. from earlier benchmarks) are never used; `seed` is a 32-bit integer.
 */
export function assembleBenchmark(
  blueprint: Blueprint,
  bank: readonly BankQuestion[],
  examWeight: ReadonlyMap<string, number>,
  seed: number,
  exclude: Iterable<string> = [],
): AssembledPaper {
  const rng = createPrng(seed);
  const used = new Set(exclude);
  const sections: { subject: Subject; questionIds: string[] }[] = [];
  const shortfalls: { section: number; missing: number }[] = [];
  blueprint.sections.forEach((section, index) => {
    const pool = bank.filter((q) => q.subject === section.subject && section.types.includes(q.type) && !used.has(q.id));
    const byConcept = new Map<string, BankQuestion[]>();
    for (const q of [...pool].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const list = byConcept.get(q.primary_concept_id);
      if (list === undefined) byConcept.set(q.primary_concept_id, [q]);
      else list.push(q);
    }
    const concepts = [...byConcept.keys()].sort();
    const quota = apportion(concepts.map((c) => examWeight.get(c) ?? 0), section.count);
    const deficit = blueprint.difficultyMix.map((m) => m * section.count);
    const ids: string[] = [];
    concepts.forEach((c, i) => {
      for (const q of pickForConcept(byConcept.get(c) as BankQuestion[], quota[i] as number, deficit, rng)) ids.push(q.id);
    });
    // A concept with too few questions leaves a gap: fill from what is left, by difficulty need.
    const rest = concepts.flatMap((c) => byConcept.get(c) as BankQuestion[]);
    for (const q of pickForConcept(rest, section.count - ids.length, deficit, rng)) ids.push(q.id);
    for (const id of ids) used.add(id);
    sections.push({ subject: section.subject, questionIds: ids });
    if (ids.length < section.count) shortfalls.push({ section: index, missing: section.count - ids.length });
  });
  return { sections, shortfalls };
}
