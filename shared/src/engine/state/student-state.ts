import { canonicalEvents, compareEvents, type AttemptEvent } from '../events.ts';
import { hlcWallMs } from '../hlc.ts';
import type { ItemContext, SkillShare } from '../mastery/features.ts';
import { conceptMastery, createModel, learnAttempt, predictCorrect, type MasteryModel } from '../mastery/logistic-model.ts';
import { createTrace, type StudentTrace } from '../mastery/trace.ts';
import { addToTally, emptyTally, gradeDay, studyDay, type DayAnswer, type DayTally } from '../schedule/day-review.ts';
import { creditCard, gradeAnswer, reviewCard, type ReviewCard } from '../schedule/review.ts';
import { FAST_ANSWER_FRACTION, questionSkills, RAPID_GUESS_DEFAULT_MS, RAPID_GUESS_FRACTION, SECONDARY_SHARE, SLOW_ANSWER_FACTOR, type ConceptFold, type EngineContext } from './context.ts';

/**
 * A student's derived state: a deterministic fold over their attempts in (hlc, id) order, with
 * duplicates ignored. Same event set ⇒ same state on every replica, whatever the arrival order.
 * Event time for scheduling is the HLC wall time (monotone along the fold), never device time.
 */

/** Fold state. Mutated in place by `applyAttempt`; snapshot with `stateDigest`. */
export interface StudentState {
  readonly studentId: string;
  readonly model: MasteryModel;
  readonly trace: StudentTrace;
  readonly cards: Map<string, ReviewCard>;
  /** The applied events in canonical order (kept so a late arrival can be folded in its place). */
  readonly events: AttemptEvent[];
  readonly seen: Set<string>;
  /**
   * Today's review per concept: the card before the study day's first answer (`base`), the
   * first answer's time and the tally of the day's answers. The card is `base` reviewed once
   * with the tally's grade, recomputed on every answer of the day; `elapsed` is the study days
   * from `base`'s review to this day.
   */
  readonly days: Map<string, { day: number; base: ReviewCard | undefined; atMs: number; tally: DayTally; elapsed: number }>;
  /**
   * Concepts with direct evidence: answered, or a prerequisite of a concept answered right
   * (credited through the dependent). Reveal requires it; the model's prior never counts.
   */
  readonly evidence: Set<string>;
}

export { FAST_ANSWER_FRACTION, RAPID_GUESS_DEFAULT_MS, RAPID_GUESS_FRACTION, SECONDARY_SHARE, SLOW_ANSWER_FACTOR } from './context.ts';
/** Evidence weight (0–1) of a rapid guess: it says little about knowledge. */
export const RAPID_GUESS_WEIGHT = 0.5;

/** An empty state for a student. */
export function createStudentState(ctx: EngineContext, studentId: string): StudentState {
  const model = createModel(ctx.params);
  return {
    studentId,
    model,
    trace: createTrace(studentId, model.recentPrior),
    cards: new Map(),
    events: [],
    seen: new Set(),
    days: new Map(),
    evidence: new Set(),
  };
}

/** The day grade's view of an answer: outcome, rapid guess, slow, fluent. */
export function dayAnswer(ctx: EngineContext, e: Pick<AttemptEvent, 'question_id' | 'response_time_ms' | 'correct'>, rapid: boolean): DayAnswer {
  const typical = ctx.questions.get(e.question_id)?.typicalTimeMs;
  return {
    correct: e.correct,
    rapid,
    slow: typical !== undefined && e.response_time_ms > SLOW_ANSWER_FACTOR * typical,
    fast: typical !== undefined && e.response_time_ms < FAST_ANSWER_FRACTION * typical,
  };
}

/** True when the response was a rapid guess (faster than 10 % of the typical time, or 4 s). */
export function isRapidGuess(ctx: EngineContext, e: Pick<AttemptEvent, 'question_id' | 'response_time_ms'>): boolean {
  const typical = ctx.questions.get(e.question_id)?.typicalTimeMs;
  return e.response_time_ms < (typical === undefined ? RAPID_GUESS_DEFAULT_MS : RAPID_GUESS_FRACTION * typical);
}

function itemOf(ctx: EngineContext, e: Pick<AttemptEvent, 'question_id' | 'concept_id' | 'secondary_concept_ids'>, atMs: number): ItemContext {
  const q = ctx.questions.get(e.question_id);
  const skills = questionSkills(e.concept_id, e.secondary_concept_ids ?? q?.secondary_concept_ids ?? []);
  return q === undefined ? { itemId: e.question_id, skills, atMs } : { itemId: e.question_id, skills, atMs, difficultyPrior: q.difficulty };
}

/** How an attempt enters the mastery model: the question, evidence weight (0–1) and related evidence. */
export interface ModelAnswer {
  readonly item: ItemContext;
  readonly weight: number;
  readonly related: readonly SkillShare[];
  readonly rapid: boolean;
}

/**
 * The model's view of one attempt: right answers send evidence to prerequisites, wrong ones to
 * dependents (shares = product of transfers); rapid guesses count half. Event time = HLC wall ms.
 */
export function modelAnswer(ctx: EngineContext, e: AttemptEvent): ModelAnswer {
  const rapid = isRapidGuess(ctx, e);
  return {
    item: itemOf(ctx, e, hlcWallMs(e.hlc)),
    weight: rapid ? RAPID_GUESS_WEIGHT : 1,
    related: (e.correct ? ctx.upward : ctx.downward).get(e.concept_id) ?? [],
    rapid,
  };
}

const EMPTY_TALLY: Readonly<DayTally> = emptyTally();
const NO_CONCEPT: ConceptFold = { upward: [], downward: [], implicit: [], hardPrerequisites: [] };

/** The concept maps' entries for a concept outside the question index's fast path. */
function conceptFoldOf(ctx: EngineContext, id: string): ConceptFold {
  return {
    upward: ctx.upward.get(id) ?? NO_CONCEPT.upward,
    downward: ctx.downward.get(id) ?? NO_CONCEPT.downward,
    implicit: ctx.implicit.get(id) ?? NO_CONCEPT.implicit,
    hardPrerequisites: ctx.hardPrerequisites.get(id) ?? NO_CONCEPT.hardPrerequisites,
  };
}

/**
 * Wall ms of an HLC string: its 13 leading digits, read without allocating; anything else
 * goes through `hlcWallMs` (same value, e.g. NaN for a malformed stamp).
 */
function wallMsOf(hlc: string): number {
  if (hlc.length < HLC_DIGITS) return hlcWallMs(hlc);
  let v = 0;
  for (let i = 0; i < HLC_DIGITS; i++) {
    const d = hlc.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return hlcWallMs(hlc);
    v = v * 10 + d;
  }
  return v;
}
const HLC_DIGITS = 13;

/** Reused per answer (the model and the tally read them and keep nothing). */
const scratchItem: { itemId: string; skills: readonly SkillShare[]; atMs: number; difficultyPrior: number | undefined } = {
  itemId: '',
  skills: [],
  atMs: 0,
  difficultyPrior: undefined,
};
const scratchDayAnswer: { correct: boolean; rapid: boolean; slow: boolean; fast: boolean } = { correct: false, rapid: false, slow: false, fast: false };

/**
 * One attempt into the state. The context's per-question index gives what `modelAnswer` and
 * `dayAnswer` give, with one lookup; attempts that name another concept than the question's
 * primary (or an unknown question) are looked up field by field.
 */
function foldOne(ctx: EngineContext, s: StudentState, e: AttemptEvent): void {
  const atMs = wallMsOf(e.hlc);
  const qf = ctx.foldIndex.get(e.question_id);
  const fast = qf !== undefined && e.concept_id === qf.question.primary_concept_id;
  const concept = fast ? qf.primary : conceptFoldOf(ctx, e.concept_id);
  const item = scratchItem;
  item.itemId = e.question_id;
  item.atMs = atMs;
  if (qf !== undefined) {
    item.skills = fast && e.secondary_concept_ids === undefined ? qf.skills : questionSkills(e.concept_id, e.secondary_concept_ids ?? qf.question.secondary_concept_ids ?? []);
    item.difficultyPrior = qf.question.difficulty;
  } else {
    item.skills = questionSkills(e.concept_id, e.secondary_concept_ids ?? []);
    item.difficultyPrior = undefined;
  }
  const rt = e.response_time_ms;
  const rapid = qf === undefined ? isRapidGuess(ctx, e) : rt < qf.rapidBelowMs;
  learnAttempt(s.model, s.trace, item, e.correct, { weight: rapid ? RAPID_GUESS_WEIGHT : 1, related: e.correct ? concept.upward : concept.downward });
  s.evidence.add(e.concept_id);
  // A right answer evidences the direct HARD prerequisites (the concept cannot be done without
  // them, whatever weight and transfer the edge carries), never SOFT hints or longer paths.
  if (e.correct) for (const id of concept.hardPrerequisites) s.evidence.add(id);
  if (ctx.reviewPerAnswer) {
    s.cards.set(e.concept_id, reviewCard(s.cards.get(e.concept_id), e.concept_id, gradeAnswer(e.correct, rapid), atMs, ctx.schedule));
  } else {
    const { utcOffsetMinutes, dayStartHour } = ctx.studyDay;
    const day = studyDay(atMs, utcOffsetMinutes, dayStartHour);
    let today = s.days.get(e.concept_id);
    if (today === undefined || today.day !== day) {
      const base = s.cards.get(e.concept_id);
      const elapsed = base === undefined ? 0 : Math.max(0, day - studyDay(base.lastReviewMs, utcOffsetMinutes, dayStartHour));
      if (today === undefined) {
        today = { day, base, atMs, tally: emptyTally(), elapsed };
        s.days.set(e.concept_id, today);
      } else {
        // A new study day on the concept: the entry is reused (only the latest day is kept).
        today.day = day;
        today.base = base;
        today.atMs = atMs;
        today.elapsed = elapsed;
        Object.assign(today.tally, EMPTY_TALLY);
      }
    }
    if (qf === undefined) addToTally(today.tally, dayAnswer(ctx, e, rapid));
    else {
      const a = scratchDayAnswer;
      a.correct = e.correct;
      a.rapid = rapid;
      a.slow = rt > qf.slowAboveMs;
      a.fast = rt < qf.fastBelowMs;
      addToTally(today.tally, a);
    }
    s.cards.set(e.concept_id, reviewCard(today.base, e.concept_id, gradeDay(today.tally), today.atMs, ctx.schedule, today.elapsed));
  }
  if (!e.correct || rapid) return;
  for (const { id, share } of concept.implicit) {
    const card = s.cards.get(id);
    if (card === undefined) continue;
    const credited = creditCard(card, share, atMs, ctx.schedule);
    if (credited !== card) s.cards.set(id, credited);
  }
  for (const id of e.secondary_concept_ids ?? []) {
    const card = s.cards.get(id);
    if (card === undefined || id === e.concept_id) continue;
    const credited = creditCard(card, SECONDARY_SHARE, atMs, ctx.schedule);
    if (credited !== card) s.cards.set(id, credited);
  }
}

/**
 * Full fold: the state after all `events` of `studentId` (other students' events are ignored),
 * canonicalised (deduplicated by id, sorted by (hlc, id)).
 */
export function foldStudent(ctx: EngineContext, studentId: string, events: readonly AttemptEvent[]): StudentState {
  const s = createStudentState(ctx, studentId);
  // Usually the events are already canonical (a replica's log is stored in (hlc, id) order):
  // then one pass that checks order and uniqueness replaces the dedupe map and the sort.
  const mine: AttemptEvent[] = [];
  let canonical = true;
  for (const e of events) {
    if (e.student_id !== studentId) continue;
    if (canonical) {
      const prev = mine[mine.length - 1];
      const size = s.seen.size;
      s.seen.add(e.id);
      if (s.seen.size === size || (prev !== undefined && compareEvents(prev, e) >= 0)) canonical = false;
    }
    mine.push(e);
  }
  const ordered = canonical ? mine : canonicalEvents(mine);
  for (const e of ordered) {
    foldOne(ctx, s, e);
    s.events.push(e);
    if (!canonical) s.seen.add(e.id);
  }
  return s;
}

/**
 * Incremental update with one event; returns the state to use from now on (the same object when
 * the event extends the sequence — the usual case, O(1) in the history — or a refolded one when
 * it arrived late and sorts before events already applied). A replayed id or another student's
 * event is a no-op. Always equal to `foldStudent` over the union of events.
 */
export function applyAttempt(ctx: EngineContext, s: StudentState, e: AttemptEvent): StudentState {
  if (e.student_id !== s.studentId) return s;
  if (s.seen.has(e.id)) {
    const known = s.events.find((x) => x.id === e.id);
    // A conflicting copy of a known id is resolved the way canonicalEvents resolves it.
    if (known === undefined || canonicalEvents([known, e])[0] === known) return s;
    return foldStudent(ctx, s.studentId, [...s.events.filter((x) => x.id !== e.id), e]);
  }
  const last = s.events[s.events.length - 1];
  if (last !== undefined && compareEvents(e, last) < 0) return foldStudent(ctx, s.studentId, [...s.events, e]);
  foldOne(ctx, s, e);
  s.events.push(e);
  s.seen.add(e.id);
  return s;
}

/** Mastery of every concept in the graph, 0–1, keyed by concept id in topological order. */
export function masteryMap(ctx: EngineContext, s: StudentState): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ctx.graph.order) out.set(id, conceptMastery(s.model, s.trace, id));
  return out;
}

/** Weighted attempts (direct or transferred) a concept needs before its mastery can unlock others. */
export const REVEAL_MIN_EVIDENCE = 1;

/**
 * Mastery for concept reveal, 0–1: the model's mastery where the concept has direct evidence
 * (answered, or credited through a dependent answered right) and at least `minEvidence`
 * weighted attempts (direct or transferred along edges), else 0.
 * The model's prior for an untouched concept is the population's first-try success rate, which
 * must not unlock what depends on it.
 */
export function demonstratedMastery(ctx: EngineContext, s: StudentState, minEvidence: number = REVEAL_MIN_EVIDENCE): Map<string, number> {
  const out = masteryMap(ctx, s);
  for (const id of out.keys()) if (!s.evidence.has(id) || (s.trace.skills.get(id)?.attempts ?? 0) < minEvidence) out.set(id, 0);
  return out;
}

/** P(correct), 0–1, that the student answers `questionId` at `atMs` (epoch ms). */
export function predictAnswer(ctx: EngineContext, s: StudentState, questionId: string, atMs: number): number {
  const q = ctx.questions.get(questionId);
  const item = itemOf(ctx, { question_id: questionId, concept_id: q?.primary_concept_id ?? '', secondary_concept_ids: q?.secondary_concept_ids }, atMs);
  return predictCorrect(s.model, s.trace, item);
}

/**
 * A canonical, comparable snapshot of the derived state (mastery and schedule) at full double
 * precision. Two replicas agree iff their digests are equal.
 */
export function stateDigest(ctx: EngineContext, s: StudentState): string {
  const mastery = [...masteryMap(ctx, s)].map(([id, m]) => [id, m]);
  const cards = [...s.cards.values()]
    .sort((a, b) => (a.conceptId < b.conceptId ? -1 : 1))
    .map((c) => [c.conceptId, c.stability, c.difficulty, c.lastReviewMs, c.dueMs, c.reps, c.lapses, c.lastCreditMs]);
  return JSON.stringify({ n: s.events.length, mastery, cards });
}
