import { SUBJECTS } from '../../schemas/content.ts';
import type { EngineContext } from '../state/context.ts';
import { demonstratedMastery, masteryMap, type StudentState } from '../state/student-state.ts';
import { studyDay } from './day-review.ts';
import { DESIRED_RETENTION_RANGE } from './study-settings.ts';
import { determinePhase, type Phase } from './phase.ts';
import { revealedConcepts, revealThresholdFor } from './reveal.ts';
import { creditCard, DAY_MS, projectedReviews, retrievability, type ReviewCard } from './review.ts';

/**
 * The day's study plan under a minutes budget (pure; the device and a simulation call it the
 * same way). Order of business:
 *
 * 1. Due reviews (the FSRS due date passed; with the student's own retention, recall below it),
 *    valued by exam weight × forgetting risk (1 − recall). Reviewing a concept is also a
 *    discounted review of the prerequisites it encompasses (implicit repetition, FIRe-style):
 *    a due prerequisite is settled when the credit the fold will give it (that path's weight ×
 *    transfer) takes it out of due by itself, and then costs no minutes of its own. The greedy
 *    set cover picks, per minute, the review that settles the most value.
 * 2. Reviews that do not fit the budget are triaged: the lowest-value ones are deferred (named
 *    in `deferred`), and no new material is admitted until the backlog fits again, so a backlog
 *    shrinks rather than grows.
 * 3. New concepts fill what is left, only while the expected daily review load until the exam
 *    (FSRS's own growing intervals, `projectedReviews`) stays under `REVIEW_LOAD_SHARE` of the
 *    minutes the student really has (budget × attendance). Candidates are revealed on evidence
 *    (every HARD prerequisite answered or credited, at the student's reveal threshold), ranked
 *    by exam weight plus what they unlock, times the model's P(correct), with unstudied SOFT
 *    prerequisites as a penalty; subjects are interleaved.
 * 4. Minutes still left strengthen studied concepts early, then concepts met today and still weak.
 */

/** Minutes one review takes (a few questions on the concept). */
export const REVIEW_MINUTES = 6;
/** Minutes learning one new concept takes (reading plus first practice). */
export const NEW_MINUTES = 20;
/** Share of the budget the expected daily review load may reach before new material stops. */
export const REVIEW_LOAD_SHARE = 0.65;
/** Score factor per unstudied SOFT prerequisite of a new concept (an ordering hint only). */
export const SOFT_PREREQ_PENALTY = 0.6;
/** Study days of history the attendance estimate looks back over. */
export const ATTENDANCE_WINDOW_DAYS = 28;
/** Default daily budget, minutes, per phase (the student may set their own). */
export const DEFAULT_BUDGET_MINUTES: Readonly<Record<Phase, number>> = {
  FOUNDATION: 90,
  EXPANSION: 120,
  CONSOLIDATION: 120,
  REVISION: 150,
  FINAL_SPRINT: 150,
};
/** Mastery (0–1) below which a concept met today is practised again the same day. */
export const WEAK_MASTERY = 0.6;
/** With no exam date the exam counts as a year away. */
export const NO_EXAM_DAYS = 365;

/** Why an item is in the plan (rendered by the device in the student's language). */
export type PlanReason =
  | { readonly code: 'due'; readonly recallPct: number; readonly covers: number }
  | { readonly code: 'covers'; readonly covers: number }
  | { readonly code: 'strengthen'; readonly recallPct: number }
  | { readonly code: 'weak'; readonly masteryPct: number }
  | { readonly code: 'new'; readonly prerequisites: 'mastered' | 'none'; readonly unlocks: number };

export interface DayPlanItem {
  readonly conceptId: string;
  readonly kind: 'review' | 'new';
  readonly minutes: number;
  /** Recall probability now, 0–1; null for a new concept. */
  readonly recall: number | null;
  /** Other due reviews this review settles (implicit repetition). */
  readonly covers: readonly string[];
  readonly reason: PlanReason;
}

export interface DayPlan {
  readonly phase: Phase;
  readonly daysToExam: number;
  readonly budgetMinutes: number;
  readonly items: readonly DayPlanItem[];
  /** Due reviews at `nowMs` (before implicit credit). */
  readonly dueCount: number;
  /** Due reviews left for another day (lowest value first out), ids. */
  readonly deferred: readonly string[];
  /** Minutes of all due reviews divided by the budget. */
  readonly backlogDays: number;
  /** Expected review minutes per day the studied concepts need (from their stabilities). */
  readonly reviewLoadMinutes: number;
  /** Why no new concept was admitted, or null when new ones were (or none were revealed). */
  readonly newHeldBack: 'phase' | 'backlog' | 'load' | null;
}

export interface DayPlanOptions {
  /** Epoch ms. */
  readonly nowMs: number;
  /** Whole days to the exam; null = no exam date. */
  readonly daysToExam: number | null;
  /** The student's daily budget, minutes; default per phase. */
  readonly budgetMinutes?: number | null;
  /** Reveal threshold on demonstrated mastery, 0–1 (default: the student's, `revealThresholdFor`). */
  readonly revealThreshold?: number;
  /**
   * The student's desired retention, 0–1 (null: the scheduler's): a review is due once recall
   * falls below it. Lower means fewer reviews and more forgetting.
   */
  readonly desiredRetention?: number | null;
}

interface Candidate {
  readonly id: string;
  readonly due: boolean;
  readonly covers: readonly string[];
}

/**
 * Expected review minutes per day a card needs until the exam, `horizonDays` away (see
 * `projectedReviews`: intervals grow with each recalled review).
 */
function dailyLoad(ctx: EngineContext, card: ReviewCard | null, nowMs: number, horizonDays: number): number {
  const h = Math.max(1, horizonDays);
  const since = card === null ? 0 : Math.max(0, Math.floor((nowMs - card.lastReviewMs) / DAY_MS));
  return (REVIEW_MINUTES * projectedReviews(card?.stability ?? null, card?.difficulty ?? null, since, h, ctx.schedule)) / h;
}

/** Build the day's plan for `state` at `options.nowMs`. Deterministic. */
export function planDay(ctx: EngineContext, state: StudentState, options: DayPlanOptions): DayPlan {
  const { nowMs } = options;
  const mastery = masteryMap(ctx, state);
  const daysToExam = options.daysToExam ?? NO_EXAM_DAYS;
  let weight = 0;
  let studiedWeight = 0;
  let weighted = 0;
  for (const c of ctx.concepts.values()) {
    weight += c.exam_weight;
    if (state.cards.has(c.id)) {
      studiedWeight += c.exam_weight;
      weighted += c.exam_weight * (mastery.get(c.id) ?? 0);
    }
  }
  const phasePlan = determinePhase({ daysToExam, coverage: weight === 0 ? 0 : studiedWeight / weight, mastery: weight === 0 ? 0 : weighted / weight });
  const phase = phasePlan.phase;
  const budget = Math.max(0, Math.round(options.budgetMinutes ?? DEFAULT_BUDGET_MINUTES[phase]));
  const examWeight = (id: string) => ctx.concepts.get(id)?.exam_weight ?? 0;

  // 1. Due reviews and their value.
  const recall = new Map<string, number>();
  const value = new Map<string, number>();
  const chosen = options.desiredRetention;
  const retention =
    chosen === null || chosen === undefined ? ctx.schedule.requestRetention : Math.min(DESIRED_RETENTION_RANGE.max, Math.max(DESIRED_RETENTION_RANGE.min, chosen));
  const ownRetention = chosen !== null && chosen !== undefined;
  let loadMinutes = 0;
  for (const card of state.cards.values()) {
    loadMinutes += dailyLoad(ctx, card, nowMs, daysToExam);
    const r = retrievability(card, nowMs, ctx.schedule);
    recall.set(card.conceptId, r);
    // With the scheduler's retention the card's due date decides; with the student's own, recall does.
    if (ownRetention ? r < retention : card.dueMs <= nowMs) value.set(card.conceptId, examWeight(card.conceptId) * (1 - r) + 1e-9);
  }
  const dueCount = value.size;
  const candidates: Candidate[] = [];
  // Implicit repetition (FIRe): a right review of a concept gives each prerequisite it encompasses
  // the discounted review the fold applies (`creditCard` with that path's weight × transfer). A
  // due prerequisite is settled when that credit alone takes it out of due, judged on its own
  // card with the same rule as above, so the knock-out follows each edge's values and how
  // overdue the card is, not a fixed cut-off.
  const settledBy = (pre: string, share: number): boolean => {
    const card = state.cards.get(pre);
    if (card === undefined) return false;
    const credited = creditCard(card, share, nowMs, ctx.schedule);
    if (credited === card) return false;
    return ownRetention ? retrievability(credited, nowMs, ctx.schedule) >= retention : credited.dueMs > nowMs;
  };
  for (const id of [...state.cards.keys()].sort()) {
    const covers: string[] = [];
    for (const { id: pre, share } of ctx.implicit.get(id) ?? []) if (value.has(pre) && settledBy(pre, share)) covers.push(pre);
    const due = value.has(id);
    // A concept not due itself is worth reviewing early only when it settles two or more reviews.
    if (due || covers.length >= 2) candidates.push({ id, due, covers });
  }
  const open = new Set(value.keys());
  const reviews: DayPlanItem[] = [];
  let minutesLeft = budget;
  const picked = new Set<string>();
  while (open.size > 0 && minutesLeft >= REVIEW_MINUTES) {
    // Allocation-free scan (this loop dominates the plan's cost): gain = value still open.
    let best: Candidate | undefined;
    let bestGain = 0;
    for (const c of candidates) {
      if (picked.has(c.id)) continue;
      const selfOpen = c.due && open.has(c.id);
      let gain = selfOpen ? (value.get(c.id) ?? 0) : 0;
      let count = selfOpen ? 1 : 0;
      for (const x of c.covers) {
        if (!open.has(x)) continue;
        gain += value.get(x) ?? 0;
        count += 1;
      }
      if (count === 0 || (!c.due && count < 2)) continue;
      if (best === undefined || gain > bestGain || (gain === bestGain && c.id < best.id)) {
        best = c;
        bestGain = gain;
      }
    }
    if (best === undefined) break;
    const pick = best;
    const settles = [...(pick.due && open.has(pick.id) ? [pick.id] : []), ...pick.covers.filter((x) => open.has(x))];
    picked.add(pick.id);
    const bestPick = { c: pick, settles };
    for (const x of bestPick.settles) open.delete(x);
    const others = bestPick.settles.filter((x) => x !== bestPick.c.id);
    const r = recall.get(bestPick.c.id) ?? 0;
    reviews.push({
      conceptId: bestPick.c.id,
      kind: 'review',
      minutes: REVIEW_MINUTES,
      recall: r,
      covers: others,
      reason: bestPick.c.due ? { code: 'due', recallPct: Math.round(r * 100), covers: others.length } : { code: 'covers', covers: others.length },
    });
    minutesLeft -= REVIEW_MINUTES;
  }
  const deferred = [...open].sort((a, b) => (value.get(b) ?? 0) - (value.get(a) ?? 0) || (a < b ? -1 : 1));

  // 3. New material.
  const fresh: DayPlanItem[] = [];
  let newHeldBack: DayPlan['newHeldBack'] = null;
  if (phasePlan.mix.learnNew <= 0) newHeldBack = 'phase';
  else if (deferred.length > 0) newHeldBack = 'backlog';
  else {
    const cap = REVIEW_LOAD_SHARE * budget * attendance(ctx, state, nowMs);
    const newLoad = dailyLoad(ctx, null, nowMs, daysToExam);
    const demonstrated = demonstratedMastery(ctx, state);
    const revealed = revealedConcepts(ctx.graph, demonstrated, options.revealThreshold ?? revealThresholdFor(demonstrated));
    const scored: { id: string; score: number; subject: string; hard: boolean; unlocks: number }[] = [];
    for (const id of revealed) {
      if (state.cards.has(id)) continue;
      const c = ctx.concepts.get(id);
      if (c === undefined) continue;
      const prereqs = ctx.graph.prerequisites.get(id) ?? [];
      const dependents = ctx.graph.dependents.get(id) ?? [];
      // Expected value of learning it now: its exam weight (plus part of what it opens up),
      // times the chance it is learned well, the model's P(correct) for the student on it.
      let score = c.exam_weight;
      let unlocks = 0;
      for (const d of dependents) {
        score += 0.5 * d.weight * examWeight(d.concept_id);
        if (d.criticality === 'HARD') unlocks += 1;
      }
      score *= mastery.get(id) ?? 0.5;
      for (const p of prereqs) if (p.criticality === 'SOFT' && !state.evidence.has(p.prerequisite_id)) score *= SOFT_PREREQ_PENALTY;
      scored.push({ id, score, subject: c.subject, hard: prereqs.some((p) => p.criticality === 'HARD'), unlocks });
    }
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const perSubject = new Map<string, number>();
    let load = loadMinutes;
    while (minutesLeft >= NEW_MINUTES && scored.length > 0) {
      // The forward load cap never blocks the day's first new concept when nothing is due:
      // a day with no reviews to do always moves the syllabus on.
      if (load + newLoad > cap && !(fresh.length === 0 && dueCount === 0)) {
        newHeldBack = 'load';
        break;
      }
      // Interleave: each concept already taken today in a subject halves that subject's next pick.
      let bi = 0;
      let bs = -1;
      scored.forEach((s, i) => {
        const v = s.score / (1 + (perSubject.get(s.subject) ?? 0));
        if (v > bs) {
          bs = v;
          bi = i;
        }
      });
      const pick = scored.splice(bi, 1)[0]!;
      perSubject.set(pick.subject, (perSubject.get(pick.subject) ?? 0) + 1);
      fresh.push({
        conceptId: pick.id,
        kind: 'new',
        minutes: NEW_MINUTES,
        recall: null,
        covers: [],
        reason: { code: 'new', prerequisites: pick.hard ? 'mastered' : 'none', unlocks: pick.unlocks },
      });
      minutesLeft -= NEW_MINUTES;
      load += newLoad;
    }
  }
  // 4. Minutes still left (nothing due, new material held back or none revealed): strengthen the
  // studied concepts with the most exam value at risk, ahead of their due date. An early review
  // still lengthens the interval, so this lowers tomorrow's load instead of adding to it.
  const extra: DayPlanItem[] = [];
  if (minutesLeft >= REVIEW_MINUTES) {
    const today = studyDay(nowMs, ctx.studyDay.utcOffsetMinutes, ctx.studyDay.dayStartHour);
    const planned = new Set([...reviews, ...fresh].flatMap((i) => [i.conceptId, ...i.covers]));
    // Prerequisites today's items already exercise need no early review of their own.
    for (const i of [...reviews, ...fresh]) for (const id of ctx.hardPrerequisites.get(i.conceptId) ?? []) planned.add(id);
    const early = [...state.cards.values()]
      .filter((c) => !planned.has(c.conceptId) && studyDay(c.lastReviewMs, ctx.studyDay.utcOffsetMinutes, ctx.studyDay.dayStartHour) !== today)
      .map((c) => ({ id: c.conceptId, r: recall.get(c.conceptId) ?? 1, v: examWeight(c.conceptId) * (1 - (recall.get(c.conceptId) ?? 1) * (mastery.get(c.conceptId) ?? 0)) }))
      .sort((a, b) => b.v - a.v || (a.id < b.id ? -1 : 1));
    for (const c of early) {
      if (minutesLeft < REVIEW_MINUTES) break;
      extra.push({ conceptId: c.id, kind: 'review', minutes: REVIEW_MINUTES, recall: c.r, covers: [], reason: { code: 'strengthen', recallPct: Math.round(c.r * 100) } });
      minutesLeft -= REVIEW_MINUTES;
    }
    // Last: concepts met today and still weak (e.g. missed in today's diagnostic or test) are
    // worth practising again today, since they are not learned yet; a same-day repeat of a
    // concept already known would be wasted.
    const weakToday = [...state.cards.values()]
      .filter((c) => !planned.has(c.conceptId) && studyDay(c.lastReviewMs, ctx.studyDay.utcOffsetMinutes, ctx.studyDay.dayStartHour) === today)
      .map((c) => ({ id: c.conceptId, m: mastery.get(c.conceptId) ?? 0 }))
      .filter((c) => c.m < WEAK_MASTERY)
      .sort((a, b) => examWeight(b.id) * (1 - b.m) - examWeight(a.id) * (1 - a.m) || (a.id < b.id ? -1 : 1));
    for (const c of weakToday) {
      if (minutesLeft < REVIEW_MINUTES) break;
      extra.push({ conceptId: c.id, kind: 'review', minutes: REVIEW_MINUTES, recall: recall.get(c.id) ?? null, covers: [], reason: { code: 'weak', masteryPct: Math.round(c.m * 100) } });
      minutesLeft -= REVIEW_MINUTES;
    }
  }
  return {
    phase,
    daysToExam,
    budgetMinutes: budget,
    items: [...interleave(ctx, reviews), ...fresh, ...extra],
    dueCount,
    deferred,
    backlogDays: budget === 0 ? 0 : (dueCount * REVIEW_MINUTES) / budget,
    reviewLoadMinutes: loadMinutes,
    newHeldBack,
  };
}

/**
 * Share of calendar days (0–1) the student studies, over the last `ATTENDANCE_WINDOW_DAYS`
 * study days since their first answer: reviews fall due on calendar days, but only study days
 * can clear them, so the review load a budget carries shrinks with attendance. 1 with under a
 * week of history (nothing to judge from yet).
 */
export function attendance(ctx: EngineContext, state: StudentState, nowMs: number): number {
  const { utcOffsetMinutes, dayStartHour } = ctx.studyDay;
  const today = studyDay(nowMs, utcOffsetMinutes, dayStartHour);
  const from = today - ATTENDANCE_WINDOW_DAYS;
  const days = new Set<number>();
  let first = today;
  for (const e of state.events) {
    const d = studyDay(e.device_time_ms, utcOffsetMinutes, dayStartHour);
    if (d < from || d >= today) continue;
    days.add(d);
    if (d < first) first = d;
  }
  const span = today - first;
  return span < 7 ? 1 : Math.max(days.size / span, 1 / 7);
}

/** Reorder items so subjects alternate, keeping each subject's own order. */
function interleave(ctx: EngineContext, items: readonly DayPlanItem[]): DayPlanItem[] {
  const queues = SUBJECTS.map((s) => items.filter((i) => ctx.concepts.get(i.conceptId)?.subject === s));
  const other = items.filter((i) => !SUBJECTS.includes(ctx.concepts.get(i.conceptId)?.subject as (typeof SUBJECTS)[number]));
  const out: DayPlanItem[] = [];
  for (let k = 0; out.length < items.length - other.length; k++) for (const q of queues) if (q[k] !== undefined) out.push(q[k]!);
  return [...out, ...other];
}

/** Whole study days between two instants, for callers that count days to the exam. */
export function wholeDays(fromMs: number, toMs: number): number {
  return Math.ceil((toMs - fromMs) / DAY_MS);
}
