import {
  addToTally,
  applyAttempt,
  createStudentState,
  dayAnswer,
  emptyTally,
  formatHlc,
  gradeDay,
  isRapidGuess,
  NEW_MINUTES,
  planDay,
  REVIEW_MINUTES,
  reviewCard,
  type AttemptEvent,
  type EngineContext,
  type ReviewCard,
  type StudentState,
} from '../../shared/src/engine/index.ts';
import { oldTodaysPlan } from './old-planner.ts';
import { DAY_MS } from '../../shared/src/time.ts';

/**
 * The policies `sim:study` compares. Each is asked, at the start of a study session, for its
 * list of actions; the driver executes them in order until the day's minutes run out (the same
 * minutes for every policy), feeds the outcomes back, and asks again while minutes remain.
 */

export interface Action {
  readonly conceptId: string;
  readonly kind: 'review' | 'new';
}

export interface Answer {
  readonly questionId: string;
  readonly correct: boolean;
  readonly responseMs: number;
  /** Epoch ms. */
  readonly atMs: number;
}

export interface Policy {
  readonly name: string;
  /** The next actions at `nowMs` with `minutesLeft` of today's budget; empty = nothing to do. */
  actions(nowMs: number, minutesLeft: number, daysToExam: number): Action[];
  record(action: Action, answers: readonly Answer[]): void;
  /** Minutes of reviews the policy itself considers due at `nowMs`, `daysToExam` days before the exam (its backlog). */
  dueMinutes(nowMs: number, daysToExam: number): number;
  /**
   * Minutes of all reviews whose FSRS card is due at `nowMs` by its own due date (desired
   * retention 0.9), for a policy whose backlog leaves some out (triaged): the same yardstick
   * as plain FSRS.
   */
  fsrsDueMinutes?(nowMs: number): number;
}

export const QUESTIONS_PER_REVIEW = 3;
export const QUESTIONS_PER_NEW = 4;
export { NEW_MINUTES, REVIEW_MINUTES };

let eventSeq = 0;
function toEvents(studentId: string, conceptId: string, answers: readonly Answer[]): AttemptEvent[] {
  return answers.map((a) => ({
    id: `sim-${++eventSeq}`,
    hlc: formatHlc({ wallMs: a.atMs, counter: 0, node: 'sim' }),
    student_id: studentId,
    question_id: a.questionId,
    concept_id: conceptId,
    correct: a.correct,
    response_time_ms: a.responseMs,
    device_time_ms: a.atMs,
  }));
}

/** Our planner: `planDay` over the engine's fold, as the device drives it. */
export class DayPlanPolicy implements Policy {
  readonly name = 'day plan (ours)';
  state: StudentState;
  constructor(
    readonly ctx: EngineContext,
    readonly studentId: string,
    readonly budget: number,
  ) {
    this.state = createStudentState(ctx, studentId);
  }
  /** Reviews triage had rescheduled in the last `dueMinutes` plan. */
  lastTriaged = 0;
  /** CPU time of `planDay` calls (µs): total, count, largest. */
  readonly planCpu = { totalUs: 0, calls: 0, maxUs: 0 };
  actions(nowMs: number, minutesLeft: number, daysToExam: number): Action[] {
    const before = process.cpuUsage();
    const plan = planDay(this.ctx, this.state, { nowMs, daysToExam, budgetMinutes: this.budget });
    const spent = process.cpuUsage(before);
    const us = spent.user + spent.system;
    this.planCpu.totalUs += us;
    this.planCpu.calls += 1;
    this.planCpu.maxUs = Math.max(this.planCpu.maxUs, us);
    return plan.items.map((i) => ({ conceptId: i.conceptId, kind: i.kind }));
  }
  record(action: Action, answers: readonly Answer[]): void {
    for (const e of toEvents(this.studentId, action.conceptId, answers)) this.state = applyAttempt(this.ctx, this.state, e);
  }
  dueMinutes(nowMs: number, daysToExam: number): number {
    const plan = planDay(this.ctx, this.state, { nowMs, daysToExam, budgetMinutes: this.budget });
    this.lastTriaged = plan.triaged.length;
    return plan.dueCount * REVIEW_MINUTES;
  }
  fsrsDueMinutes(nowMs: number): number {
    let n = 0;
    for (const c of this.state.cards.values()) if (c.dueMs <= nowMs) n += 1;
    return n * REVIEW_MINUTES;
  }
}

/** The previous device planner over the per-answer fold (see old-planner.ts). */
export class OldPlannerPolicy implements Policy {
  readonly name = 'current planner';
  state: StudentState;
  constructor(
    readonly ctx: EngineContext,
    readonly studentId: string,
  ) {
    this.state = createStudentState(ctx, studentId);
  }
  actions(nowMs: number, _minutesLeft: number, daysToExam: number): Action[] {
    return oldTodaysPlan(this.ctx, this.state, nowMs, daysToExam <= 14).map((i) => ({ conceptId: i.conceptId, kind: i.kind === 'new' ? 'new' : 'review' }));
  }
  record(action: Action, answers: readonly Answer[]): void {
    for (const e of toEvents(this.studentId, action.conceptId, answers)) this.state = applyAttempt(this.ctx, this.state, e);
  }
  dueMinutes(nowMs: number): number {
    let n = 0;
    for (const c of this.state.cards.values()) if (c.dueMs <= nowMs) n += 1;
    return n * REVIEW_MINUTES;
  }
}

/**
 * Plain per-concept FSRS with no graph (Anki-style): due cards first, most overdue first, one
 * review per concept per day graded from the day's answers; new concepts in syllabus order with
 * the minutes left.
 */
export class PlainFsrsPolicy implements Policy {
  readonly name = 'plain FSRS';
  readonly cards = new Map<string, ReviewCard>();
  private readonly today = new Map<string, { day: number; base: ReviewCard | undefined; atMs: number; tally: ReturnType<typeof emptyTally> }>();
  constructor(
    readonly ctx: EngineContext,
    readonly syllabus: readonly string[],
  ) {}
  actions(nowMs: number, minutesLeft: number): Action[] {
    const day = Math.floor(nowMs / DAY_MS);
    const due = [...this.cards.values()].filter((c) => c.dueMs <= nowMs && this.today.get(c.conceptId)?.day !== day).sort((a, b) => a.dueMs - b.dueMs);
    const out: Action[] = [];
    let m = minutesLeft;
    for (const c of due) {
      if (m < REVIEW_MINUTES) break;
      out.push({ conceptId: c.conceptId, kind: 'review' });
      m -= REVIEW_MINUTES;
    }
    for (const id of this.syllabus) {
      if (m < NEW_MINUTES) break;
      if (this.cards.has(id)) continue;
      out.push({ conceptId: id, kind: 'new' });
      m -= NEW_MINUTES;
    }
    return out;
  }
  record(action: Action, answers: readonly Answer[]): void {
    const atMs = answers[0]?.atMs ?? 0;
    const day = Math.floor(atMs / DAY_MS);
    let t = this.today.get(action.conceptId);
    if (t === undefined || t.day !== day) {
      t = { day, base: this.cards.get(action.conceptId), atMs, tally: emptyTally() };
      this.today.set(action.conceptId, t);
    }
    for (const a of answers) {
      const e = { question_id: a.questionId, response_time_ms: a.responseMs, correct: a.correct };
      addToTally(t.tally, dayAnswer(this.ctx, e, isRapidGuess(this.ctx, e)));
    }
    const elapsed = t.base === undefined ? 0 : day - Math.floor(t.base.lastReviewMs / DAY_MS);
    this.cards.set(action.conceptId, reviewCard(t.base, action.conceptId, gradeDay(t.tally), t.atMs, this.ctx.schedule, elapsed));
  }
  dueMinutes(nowMs: number): number {
    let n = 0;
    for (const c of this.cards.values()) if (c.dueMs <= nowMs) n += 1;
    return n * REVIEW_MINUTES;
  }
}

/**
 * Syllabus order: every minute on the next unstudied concept in textbook order; once all are
 * studied, revise the least recently practised.
 */
export class SyllabusPolicy implements Policy {
  readonly name = 'syllabus order';
  private readonly lastSeen = new Map<string, number>();
  constructor(readonly syllabus: readonly string[]) {}
  actions(_nowMs: number, minutesLeft: number): Action[] {
    const out: Action[] = [];
    let m = minutesLeft;
    for (const id of this.syllabus) {
      if (m < NEW_MINUTES) break;
      if (this.lastSeen.has(id)) continue;
      out.push({ conceptId: id, kind: 'new' });
      m -= NEW_MINUTES;
    }
    if (out.length === 0) {
      const oldest = [...this.lastSeen].sort((a, b) => a[1] - b[1]);
      for (const [id] of oldest) {
        if (m < REVIEW_MINUTES) break;
        out.push({ conceptId: id, kind: 'review' });
        m -= REVIEW_MINUTES;
      }
    }
    return out;
  }
  record(action: Action, answers: readonly Answer[]): void {
    this.lastSeen.set(action.conceptId, answers[answers.length - 1]?.atMs ?? 0);
  }
  dueMinutes(): number {
    return 0;
  }
}
