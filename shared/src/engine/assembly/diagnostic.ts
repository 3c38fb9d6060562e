import { SUBJECTS, type Concept, type Question } from '../../schemas/content.ts';

/**
 * The sign-up diagnostic: non-adaptive, the same for everyone with the same bank, covering the
 * foundation (layer-1) concepts of all three subjects.
 */

/** Options for `assembleDiagnostic`. */
export interface DiagnosticOptions {
  /** Number of questions (default 30). */
  readonly size?: number;
  /** Target difficulty 1–5 (default 3: the middle, most informative for an unknown student). */
  readonly targetDifficulty?: number;
}

type Q = Pick<Question, 'id' | 'subject' | 'primary_concept_id' | 'difficulty'>;

/**
 * One question per layer-1 concept, taken round-robin across Maths, Physics, Chemistry so
 * subjects stay balanced, concepts in order of exam weight (then id), each question the one
 * with difficulty closest to the target (then smallest id). Returns question ids; fewer than
 * `size` only if the bank runs out. Deterministic.
 */
export function assembleDiagnostic(
  concepts: readonly Pick<Concept, 'id' | 'subject' | 'layer' | 'exam_weight'>[],
  bank: readonly Q[],
  options: DiagnosticOptions = {},
): string[] {
  const size = options.size ?? 30;
  const target = options.targetDifficulty ?? 3;
  const byConcept = new Map<string, Q[]>();
  for (const q of bank) {
    const list = byConcept.get(q.primary_concept_id) ?? [];
    list.push(q);
    byConcept.set(q.primary_concept_id, list);
  }
  const pick = (id: string): Q | undefined =>
    [...(byConcept.get(id) ?? [])].sort((a, b) => Math.abs(a.difficulty - target) - Math.abs(b.difficulty - target) || (a.id < b.id ? -1 : 1))[0];
  const queues = SUBJECTS.map((subject) =>
    concepts
      .filter((c) => c.subject === subject && c.layer === 1)
      .sort((a, b) => b.exam_weight - a.exam_weight || (a.id < b.id ? -1 : 1))
      .map((c) => pick(c.id))
      .filter((q): q is Q => q !== undefined),
  );
  const out: string[] = [];
  for (let round = 0; out.length < size; round++) {
    let any = false;
    for (const queue of queues) {
      const q = queue[round];
      if (q === undefined || out.length >= size) continue;
      out.push(q.id);
      any = true;
    }
    if (!any) break;
  }
  return out;
}
