import { SUBJECTS, type Question, type Subject } from '../../schemas/content.ts';
import type { ItemContext } from '../mastery/features.ts';
import { predictCorrect } from '../mastery/logistic-model.ts';
import { createPrng, type Prng } from '../prng.ts';
import { revealedConcepts } from '../schedule/reveal.ts';
import type { EngineContext } from '../state/context.ts';
import { demonstratedMastery, masteryMap, SECONDARY_SHARE, type StudentState } from '../state/student-state.ts';
import { fisherInformation } from './information.ts';

/**
 * The weekly adaptive test, built on the device: concepts from due reviews, weak spots and newly
 * revealed concepts, drawn in proportion to exam weight × need; per concept the unseen question
 * with the most Fisher information at the student's current estimate; subjects balanced;
 * deterministic for a given seed.
 */

/** The bank fields assembly reads. */
export type BankQuestion = Pick<Question, 'id' | 'subject' | 'primary_concept_id' | 'secondary_concept_ids' | 'difficulty' | 'type'>;

/** Why a question is on the test. */
export type WeeklyReason = 'DUE_REVIEW' | 'WEAK_SPOT' | 'NEW_CONCEPT' | 'FILL';

/** One chosen question. */
export interface WeeklyItem {
  readonly questionId: string;
  readonly conceptId: string;
  readonly subject: Subject;
  readonly reason: WeeklyReason;
  /** Predicted P(correct), 0–1. */
  readonly pCorrect: number;
  /** Fisher information at the current estimate. */
  readonly information: number;
}

/** Options for `assembleWeeklyTest`. */
export interface WeeklyOptions {
  /** Epoch ms: decides what is due. */
  readonly nowMs: number;
  /** PRNG seed (32-bit integer): same seed, same state, same bank ⇒ same test. */
  readonly seed: number;
  /** Number of questions (default 25). */
  readonly size?: number;
  /** Questions the student saw recently; never repeated. */
  readonly recentQuestionIds?: Iterable<string>;
  /** Mastery (0–1) below which a studied concept is a weak spot (default 0.6). */
  readonly weakThreshold?: number;
}

interface Candidate {
  readonly conceptId: string;
  readonly subject: Subject;
  readonly reason: WeeklyReason;
  readonly priority: number;
}

/** Priority multipliers by reason; weak spots scale further with (1 − mastery). */
const REASON_WEIGHT = { DUE_REVIEW: 1, WEAK_SPOT: 2, NEW_CONCEPT: 0.7, FILL: 0.2 } as const;

function candidates(ctx: EngineContext, state: StudentState, options: WeeklyOptions): Candidate[] {
  const mastery = masteryMap(ctx, state);
  const weak = options.weakThreshold ?? 0.6;
  const out: Candidate[] = [];
  for (const id of revealedConcepts(ctx.graph, demonstratedMastery(ctx, state))) {
    const concept = ctx.concepts.get(id);
    if (concept === undefined) continue;
    const card = state.cards.get(id);
    const m = mastery.get(id) ?? 0;
    const w = Math.max(concept.exam_weight, 1e-3);
    let reason: WeeklyReason = 'FILL';
    let need: number = REASON_WEIGHT.FILL;
    if (card === undefined) [reason, need] = ['NEW_CONCEPT', REASON_WEIGHT.NEW_CONCEPT];
    else if (m < weak) [reason, need] = ['WEAK_SPOT', REASON_WEIGHT.WEAK_SPOT * (1 - m)];
    else if (card.dueMs <= options.nowMs) [reason, need] = ['DUE_REVIEW', REASON_WEIGHT.DUE_REVIEW];
    out.push({ conceptId: id, subject: concept.subject, reason, priority: w * need });
  }
  return out;
}

/** Weighted sampling without replacement (Efraimidis–Spirakis keys), deterministic for the PRNG. */
function weightedOrder(items: readonly Candidate[], rng: Prng): Candidate[] {
  return items
    .map((c) => ({ c, key: Math.log(Math.max(rng(), 1e-300)) / c.priority }))
    .sort((a, b) => b.key - a.key || (a.c.conceptId < b.c.conceptId ? -1 : 1))
    .map((x) => x.c);
}

/** Assemble the weekly test; fewer than `size` items only if the bank runs out of unseen questions. */
export function assembleWeeklyTest(
  ctx: EngineContext,
  state: StudentState,
  bank: readonly BankQuestion[],
  options: WeeklyOptions,
): WeeklyItem[] {
  const size = options.size ?? 25;
  const rng = createPrng(options.seed);
  const recent = new Set(options.recentQuestionIds ?? []);
  const byConcept = new Map<string, BankQuestion[]>();
  for (const q of bank) {
    if (recent.has(q.id)) continue;
    const list = byConcept.get(q.primary_concept_id);
    if (list === undefined) byConcept.set(q.primary_concept_id, [q]);
    else list.push(q);
  }
  const cands = candidates(ctx, state, options).filter((c) => byConcept.has(c.conceptId));
  const bySubject = new Map<Subject, Candidate[]>(SUBJECTS.map((s) => [s, weightedOrder(cands.filter((c) => c.subject === s), rng)]));
  const taken = new Set<string>();
  const chosen: WeeklyItem[] = [];
  const best = (c: Candidate): WeeklyItem | undefined => {
    let top: WeeklyItem | undefined;
    for (const q of byConcept.get(c.conceptId) ?? []) {
      if (taken.has(q.id)) continue;
      const skills = [{ id: q.primary_concept_id, share: 1 }, ...q.secondary_concept_ids.map((id) => ({ id, share: SECONDARY_SHARE }))];
      const item: ItemContext = { itemId: q.id, skills, difficultyPrior: q.difficulty, atMs: options.nowMs };
      const p = predictCorrect(state.model, state.trace, item);
      const info = fisherInformation(p, q.type);
      if (top === undefined || info > top.information || (info === top.information && q.id < top.questionId)) {
        top = { questionId: q.id, conceptId: c.conceptId, subject: c.subject, reason: c.reason, pCorrect: p, information: info };
      }
    }
    return top;
  };
  // Round-robin over subjects, one concept per turn, in each subject's weighted order: keeps
  // subjects within one question of each other while any has candidates left.
  const cursors = new Map<Subject, number>(SUBJECTS.map((s) => [s, 0]));
  for (let pass = 0; pass < 3 && chosen.length < size; pass++) {
    let progress = true;
    while (progress && chosen.length < size) {
      progress = false;
      for (const subject of SUBJECTS) {
        const list = bySubject.get(subject) ?? [];
        let k = cursors.get(subject) ?? 0;
        while (k < list.length && chosen.length < size) {
          const item = best(list[k++] as Candidate);
          if (item === undefined) continue;
          chosen.push(item);
          taken.add(item.questionId);
          progress = true;
          break;
        }
        cursors.set(subject, k);
      }
    }
    for (const s of SUBJECTS) cursors.set(s, 0); // next pass: a second question per concept
  }
  return chosen;
}
