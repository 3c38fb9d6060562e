import { SUBJECTS, type Question, type QuestionType, type Subject } from '../../schemas/content.ts';
import type { ItemContext } from '../mastery/features.ts';
import { predictCorrect } from '../mastery/logistic-model.ts';
import { createPrng, type Prng } from '../prng.ts';
import { planDay } from '../schedule/day-plan.ts';
import { revealedConcepts, revealThresholdFor } from '../schedule/reveal.ts';
import type { EngineContext } from '../state/context.ts';
import { demonstratedMastery, masteryMap, SECONDARY_SHARE, type StudentState } from '../state/student-state.ts';
import { apportion } from './benchmark.ts';
import { fisherInformation } from './information.ts';

/**
 * The weekly adaptive test, built on the device: concepts from due reviews, weak spots and newly
 * revealed concepts, drawn in proportion to exam weight × need; per concept the unseen question
 * with the most Fisher information at the student's current estimate; subjects balanced;
 * deterministic for a given seed. The paper is shaped like the exam it names (see WEEKLY_PATTERNS).
 */

/**
 * The bank fields assembly reads. `answer` is optional: when present, a NUMERIC question whose key
 * is a whole number may fill a JEE Main numerical slot; without it only INTEGER questions do.
 */
export type BankQuestion = Pick<Question, 'id' | 'subject' | 'primary_concept_id' | 'secondary_concept_ids' | 'difficulty' | 'type'> &
  Partial<Pick<Question, 'answer'>>;

/** The exam a weekly paper imitates. */
export type WeeklyPattern = 'JEE_MAIN' | 'JEE_ADVANCED';

/** One kind of slot in a pattern: which question types fill it and its share of the paper. */
export interface PatternSlot {
  readonly kind: 'MCQ' | 'NUMERICAL' | 'SINGLE' | 'MULTI' | 'INTEGER' | 'DECIMAL';
  readonly types: readonly QuestionType[];
  /** Share of the paper, 0–1; a pattern's shares sum to 1. */
  readonly share: number;
}

/**
 * JEE Main: per subject 20 single-correct MCQ + 5 numerical with integer answers (4 : 1), all
 * +4/−1; never multi-correct, never a key needing decimals. JEE Advanced (only when the student
 * chooses it): single-correct, multi-correct with partial marks, integer and numerical to two
 * decimals, in roughly the shares of recent Advanced papers.
 */
export const WEEKLY_PATTERNS: Readonly<Record<WeeklyPattern, readonly PatternSlot[]>> = {
  JEE_MAIN: [
    { kind: 'MCQ', types: ['SINGLE'], share: 0.8 },
    { kind: 'NUMERICAL', types: ['INTEGER', 'NUMERIC'], share: 0.2 },
  ],
  JEE_ADVANCED: [
    { kind: 'SINGLE', types: ['SINGLE'], share: 0.3 },
    { kind: 'MULTI', types: ['MULTI'], share: 0.3 },
    { kind: 'INTEGER', types: ['INTEGER'], share: 0.2 },
    { kind: 'DECIMAL', types: ['NUMERIC'], share: 0.2 },
  ],
};

/** Whether a question may fill a slot of the pattern (Main numericals must have whole-number keys). */
export function fitsSlot(pattern: WeeklyPattern, slot: PatternSlot, q: BankQuestion): boolean {
  if (!slot.types.includes(q.type)) return false;
  if (pattern === 'JEE_MAIN' && q.type === 'NUMERIC') {
    if (q.answer === undefined) return false;
    const key = Number(q.answer.trim());
    return q.answer.trim() !== '' && Number.isInteger(key);
  }
  return true;
}

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
  /** Exam pattern the paper imitates (default JEE_MAIN). */
  readonly pattern?: WeeklyPattern;
  /** Whole days to the exam (null/absent: none set), the student's budget and retention: passed to `planDay`. */
  readonly daysToExam?: number | null;
  readonly budgetMinutes?: number | null;
  readonly desiredRetention?: number | null;
}

interface Candidate {
  readonly conceptId: string;
  readonly subject: Subject;
  readonly reason: WeeklyReason;
  readonly priority: number;
}

/** Priority multipliers by reason; weak spots scale further with (1 − mastery). */
const REASON_WEIGHT = { DUE_REVIEW: 1, WEAK_SPOT: 2, NEW_CONCEPT: 0.7, FILL: 0.2 } as const;

/**
 * Candidates follow the day's plan (`planDay`, the same call the dashboard makes): its reviews
 * and the due reviews it settles or defers are DUE_REVIEW, its admitted new concepts
 * NEW_CONCEPT; studied concepts below the weak threshold are WEAK_SPOT; other revealed concepts
 * (at the student's reveal threshold) only FILL, so a week's test practises what the plan
 * schedules rather than what a separate rule thinks is due.
 */
function candidates(ctx: EngineContext, state: StudentState, options: WeeklyOptions): Candidate[] {
  const mastery = masteryMap(ctx, state);
  const weak = options.weakThreshold ?? 0.6;
  const plan = planDay(ctx, state, {
    nowMs: options.nowMs,
    daysToExam: options.daysToExam ?? null,
    budgetMinutes: options.budgetMinutes ?? null,
    desiredRetention: options.desiredRetention ?? null,
  });
  const planned = new Map<string, WeeklyReason>();
  for (const i of plan.items) {
    planned.set(i.conceptId, i.kind === 'new' ? 'NEW_CONCEPT' : 'DUE_REVIEW');
    for (const c of i.covers) planned.set(c, 'DUE_REVIEW');
  }
  for (const id of plan.deferred) planned.set(id, 'DUE_REVIEW');
  const demonstrated = demonstratedMastery(ctx, state);
  const out: Candidate[] = [];
  const ids = new Set([...revealedConcepts(ctx.graph, demonstrated, revealThresholdFor(demonstrated)), ...planned.keys()]);
  for (const id of [...ids].sort()) {
    const concept = ctx.concepts.get(id);
    if (concept === undefined) continue;
    const card = state.cards.get(id);
    const m = mastery.get(id) ?? 0;
    const w = Math.max(concept.exam_weight, 1e-3);
    let reason: WeeklyReason = 'FILL';
    let need: number = REASON_WEIGHT.FILL;
    const fromPlan = planned.get(id);
    if (card !== undefined && m < weak) [reason, need] = ['WEAK_SPOT', REASON_WEIGHT.WEAK_SPOT * (1 - m)];
    else if (fromPlan !== undefined) [reason, need] = [fromPlan, REASON_WEIGHT[fromPlan]];
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

/**
 * Assemble the weekly test. Slot counts follow the pattern's shares (largest remainder), spread
 * over the subjects that have candidates in proportion to each subject's share of the paper, so a
 * 25-question Main paper is 20 MCQ + 5 integer numericals across three subjects. A slot a subject
 * cannot fill goes first to the same slot in another subject (keeping the pattern's ratio), then
 * to any other slot of the pattern; a question outside the pattern's types is never used. Fewer
 * than `size` items only if the bank runs out of unseen questions of the pattern's types.
 */
export function assembleWeeklyTest(
  ctx: EngineContext,
  state: StudentState,
  bank: readonly BankQuestion[],
  options: WeeklyOptions,
): WeeklyItem[] {
  const size = options.size ?? 25;
  const pattern = options.pattern ?? 'JEE_MAIN';
  const slots = WEEKLY_PATTERNS[pattern];
  const rng = createPrng(options.seed);
  const recent = new Set(options.recentQuestionIds ?? []);
  const byConcept = new Map<string, BankQuestion[]>();
  for (const q of bank) {
    if (recent.has(q.id) || !slots.some((slot) => fitsSlot(pattern, slot, q))) continue;
    const list = byConcept.get(q.primary_concept_id);
    if (list === undefined) byConcept.set(q.primary_concept_id, [q]);
    else list.push(q);
  }
  const cands = candidates(ctx, state, options).filter((c) => byConcept.has(c.conceptId));
  const bySubject = new Map<Subject, Candidate[]>(SUBJECTS.map((s) => [s, weightedOrder(cands.filter((c) => c.subject === s), rng)]));
  const covered = SUBJECTS.filter((s) => (bySubject.get(s) ?? []).length > 0);
  if (covered.length === 0) return [];

  // quota[subject][slot]: subjects share the paper equally; each slot is spread over subjects in
  // proportion to the subject's total, the last slot takes what is left.
  const slotTotals = apportion(slots.map((s) => s.share), size);
  const subjectTotals = apportion(covered.map(() => 1), size);
  const quota = covered.map(() => slots.map(() => 0));
  const left = [...subjectTotals];
  slots.forEach((_, k) => {
    const share = k === slots.length - 1 ? [...left] : apportion(subjectTotals, slotTotals[k] as number);
    share.forEach((n, i) => {
      const take = Math.min(n, left[i] as number);
      (quota[i] as number[])[k] = take;
      left[i] = (left[i] as number) - take;
    });
  });

  const taken = new Set<string>();
  const chosen: WeeklyItem[] = [];
  const best = (c: Candidate, fits: (q: BankQuestion) => boolean): WeeklyItem | undefined => {
    let top: WeeklyItem | undefined;
    for (const q of byConcept.get(c.conceptId) ?? []) {
      if (taken.has(q.id) || !fits(q)) continue;
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
  // Up to `want` questions of one subject that fit, spread over its concepts in weighted order:
  // one question per concept per pass, at most three passes.
  const fill = (subject: Subject, want: number, fits: (q: BankQuestion) => boolean): number => {
    const list = bySubject.get(subject) ?? [];
    let got = 0;
    for (let pass = 0; pass < 3 && got < want; pass++) {
      for (const c of list) {
        if (got >= want) break;
        const item = best(c, fits);
        if (item === undefined) continue;
        chosen.push(item);
        taken.add(item.questionId);
        got++;
      }
    }
    return got;
  };
  const fitsOf = (k: number) => (q: BankQuestion) => fitsSlot(pattern, slots[k] as PatternSlot, q);
  const missing = slots.map(() => 0);
  // Scarcest slots first, so a question that fits two slots is not spent on the common one.
  const order = slots.map((_, k) => k).sort((a, b) => (slotTotals[a] as number) - (slotTotals[b] as number) || a - b);
  for (const k of order) {
    covered.forEach((subject, i) => {
      const want = (quota[i] as number[])[k] as number;
      missing[k] = (missing[k] as number) + want - fill(subject, want, fitsOf(k));
    });
  }
  for (const k of order) {
    for (const subject of covered) if ((missing[k] as number) > 0) missing[k] = (missing[k] as number) - fill(subject, missing[k] as number, fitsOf(k));
  }
  let rest = missing.reduce((a, b) => a + b, 0);
  const anySlot = (q: BankQuestion) => slots.some((slot) => fitsSlot(pattern, slot, q));
  for (const subject of covered) if (rest > 0) rest -= fill(subject, rest, anySlot);
  return chosen;
}
