import { SUBJECTS } from '../../schemas/content.ts';
import type { EngineContext } from '../state/context.ts';
import { masteryMap, type StudentState } from '../state/student-state.ts';
import { studyDay } from './day-review.ts';
import { DESIRED_RETENTION_RANGE } from './study-settings.ts';
import { determinePhase, type Phase } from './phase.ts';
import { newCandidates, type NewCandidate } from './new-concepts.ts';
import { Rating } from 'ts-fsrs';
import { creditCard, DAY_MS, projectedReviews, retrievability, reviewCard, type ReviewCard } from './review.ts';

/**
 * The day's study plan under a minutes budget (pure; the device and a simulation call it the
 * same way). Order of business:
 *
 * 0. The recall target: the student's own desired retention, else the scheduler's (0.9). The
 *    planner never lowers it by itself: a lower target only relabels reviews as not due.
 * 1. Due reviews (recall below the target; at the scheduler's own target, the FSRS due date),
 *    valued by exam weight × forgetting risk (1 − recall). Reviewing a concept is also a
 *    discounted review of the prerequisites it encompasses (implicit repetition, FIRe-style):
 *    a due prerequisite is settled when the credit the fold will give it (that path's weight ×
 *    transfer) takes it out of due by itself, and then costs no minutes of its own. The greedy
 *    set cover picks, per minute, the review that settles the most value. In the final sprint
 *    every card is valued by the exam-day recall a review now would add.
 * 2. A backlog over `BACKLOG_CAP_DAYS` of budget is triaged first: the due cards still at
 *    `TRIAGE_RECALL_FLOOR` recall or more that rank lowest in value beyond the cap (cards below
 *    the floor are never postponed and fill the cap first) are rescheduled to the day their
 *    recall reaches that floor (named in `triaged`, never silently dropped).
 *    Reviews that do not fit today's budget are deferred (named in `deferred`). While anything
 *    is deferred or triaged no new material is admitted, so the backlog shrinks, never grows.
 * 3. New concepts fill what is left, only while the expected daily review load until the exam
 *    (FSRS's own growing intervals, `projectedReviews`) stays under `REVIEW_LOAD_SHARE` of the
 *    minutes the student really has (budget × attendance). Candidates are revealed on evidence
 *    (every HARD prerequisite answered or credited, at the student's reveal threshold), ranked
 *    by path value (the exam weight per concept of the best HARD-prerequisite path they lie on,
 *    `pathValues`), times the model's P(correct) and the current recall of each HARD
 *    prerequisite, with unstudied SOFT prerequisites as a penalty; subjects are interleaved.
 *    In the final sprint a new concept competes with the reviews on exam-day marks per minute
 *    (its weight × P(correct) × exam-day recall of a card learned now, per `NEW_MINUTES`,
 *    against a review's exam-day gain per `REVIEW_MINUTES`): reviews stop where the best new
 *    concept is worth more, and new ones are taken while they beat the best review left.
 * 4. Minutes still left strengthen studied concepts early, then concepts met today and still weak.
 */

/** Minutes one review takes (a few questions on the concept). */
export const REVIEW_MINUTES = 6;
/** Minutes learning one new concept takes (reading plus first practice). */
export const NEW_MINUTES = 20;
/**
 * Share of the minutes the student really has (budget × attendance) the expected daily review
 * load until the exam may reach before new material stops: the long run may not promise more
 * reviews than the student has time for. Piles from missed days are bounded by triage.
 */
export const REVIEW_LOAD_SHARE = 1;
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
/** Review minutes, in days of budget, the backlog may hold before triage reschedules the rest. */
export const BACKLOG_CAP_DAYS = 2;
/**
 * Recall (0–1) down to which triage may postpone a due review (the lowest target a student may
 * choose): below it a review stays in the backlog.
 */
export const TRIAGE_RECALL_FLOOR = DESIRED_RETENTION_RANGE.min;
/** With no exam date the exam counts as a year away. */
export const NO_EXAM_DAYS = 365;

/** Why an item is in the plan (rendered by the device in the student's language). */
export type PlanReason =
  | { readonly code: 'due'; readonly recallPct: number; readonly covers: number }
  | { readonly code: 'covers'; readonly covers: number }
  | { readonly code: 'strengthen'; readonly recallPct: number }
  | { readonly code: 'weak'; readonly masteryPct: number }
  | {
      readonly code: 'new';
      readonly prerequisites: 'mastered' | 'none';
      readonly unlocks: number;
      /** Taken in the final sprint because it adds more exam-day marks per minute than a review would. */
      readonly examDay?: true;
    };

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
  /** Due reviews at `nowMs` (before implicit credit), after triage: the backlog. */
  readonly dueCount: number;
  /** Due reviews at `nowMs` before triage (`dueCount` plus `triaged`). */
  readonly dueAll: number;
  /**
   * Due reviews rescheduled by triage because the backlog did not fit `BACKLOG_CAP_DAYS` of
   * budget: of those whose recall is still at least `TRIAGE_RECALL_FLOOR`, the lowest value
   * (exam weight × forgetting risk) beyond the places the cap leaves once the cards below the
   * floor are counted, each with the time its recall reaches that floor (when it can no longer
   * be postponed). Not in `dueCount`; no new material while any is triaged.
   */
  readonly triaged: readonly { readonly conceptId: string; readonly untilMs: number }[];
  /** Due reviews left for another day (lowest value first out), ids. */
  readonly deferred: readonly string[];
  /** Minutes of the backlog (`dueCount`, triaged reviews not included) divided by the budget, days. */
  readonly backlogDays: number;
  /** Expected review minutes per day the studied concepts need (from their stabilities). */
  readonly reviewLoadMinutes: number;
  /**
   * Recall target (0–1) the plan used: a review is due once recall falls below it. The
   * student's own choice, else the scheduler's.
   */
  readonly retention: number;
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
    chosen === null || chosen === undefined
      ? ctx.schedule.requestRetention
      : Math.min(DESIRED_RETENTION_RANGE.max, Math.max(DESIRED_RETENTION_RANGE.min, chosen));
  const ownChoice = chosen !== null && chosen !== undefined;
  // At the scheduler's own target a card's due date decides (the fold's schedule, whose whole-day
  // intervals round recall a little above the target); at any other target, recall does.
  const byDate = !ownChoice && retention >= ctx.schedule.requestRetention;
  const dueAt = (card: ReviewCard, atMs: number): boolean => (byDate ? card.dueMs <= atMs : retrievability(card, atMs, ctx.schedule) < retention);
  // In the final sprint what counts is recall on the exam day: every card not yet reviewed today
  // is valued by the exam marks a recalled review now would add by then (weight × mastery ×
  // gain in exam-day recall), so the sprint's reviews spread over what would be lost, not over
  // what falls due first.
  const sprint = phase === 'FINAL_SPRINT';
  const examMs = nowMs + daysToExam * DAY_MS;
  const today = studyDay(nowMs, ctx.studyDay.utcOffsetMinutes, ctx.studyDay.dayStartHour);
  const due = new Set<string>();
  let loadMinutes = 0;
  for (const card of state.cards.values()) {
    loadMinutes += dailyLoad(ctx, card, nowMs, daysToExam);
    const r = retrievability(card, nowMs, ctx.schedule);
    recall.set(card.conceptId, r);
    const isDue = dueAt(card, nowMs);
    // In the sprint a card reviewed today is never planned again today, so it is not counted due.
    if (sprint && studyDay(card.lastReviewMs, ctx.studyDay.utcOffsetMinutes, ctx.studyDay.dayStartHour) === today) continue;
    if (isDue) due.add(card.conceptId);
    if (sprint) {
      const after = reviewCard(card, card.conceptId, Rating.Good, nowMs, ctx.schedule);
      const gain = examWeight(card.conceptId) * (mastery.get(card.conceptId) ?? 0) * (retrievability(after, examMs, ctx.schedule) - retrievability(card, examMs, ctx.schedule));
      if (gain > 0 || isDue) value.set(card.conceptId, Math.max(0, gain) + 1e-9);
    } else if (isDue) value.set(card.conceptId, examWeight(card.conceptId) * (1 - r) + 1e-9);
  }
  const dueAll = due.size;
  const triaged = triage(ctx, state, due, value, recall, Math.floor((BACKLOG_CAP_DAYS * budget) / REVIEW_MINUTES), nowMs);
  const dueCount = due.size;
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
    return !dueAt(credited, nowMs);
  };
  for (const id of [...state.cards.keys()].sort()) {
    const covers: string[] = [];
    for (const { id: pre, share } of ctx.implicit.get(id) ?? []) if (due.has(pre) && value.has(pre) && settledBy(pre, share)) covers.push(pre);
    const itself = value.has(id);
    // A concept not due itself is worth reviewing early only when it settles two or more reviews.
    if (itself || covers.length >= 2) candidates.push({ id, due: itself, covers });
  }
  let newRanked: NewCandidate[] | null = null;
  const ranked = (): NewCandidate[] => (newRanked ??= newCandidates(ctx, state, mastery, recall, nowMs, examMs, options.revealThreshold));
  // In the final sprint a new concept competes with reviews on exam marks per minute: the
  // marks learning it now is expected to bring on the exam day against a review's exam-day
  // gain. The best new concept's marks per minute, once (the list is re-planned after each round).
  const sprintNew = sprint ? Math.max(0, ...ranked().map((c) => c.examValue)) / NEW_MINUTES : 0;
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
    // Sprint: stop reviewing once a new concept brings more exam marks per minute.
    if (sprint && minutesLeft >= NEW_MINUTES && bestGain / REVIEW_MINUTES < sprintNew) break;
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
      reason: due.has(bestPick.c.id)
        ? { code: 'due', recallPct: Math.round(r * 100), covers: others.length }
        : bestPick.c.due
          ? { code: 'strengthen', recallPct: Math.round(r * 100) }
          : { code: 'covers', covers: others.length },
    });
    minutesLeft -= REVIEW_MINUTES;
  }
  const deferred = [...open].filter((x) => due.has(x)).sort((a, b) => (value.get(b) ?? 0) - (value.get(a) ?? 0) || (a < b ? -1 : 1));

  // 3. New material.
  const fresh: DayPlanItem[] = [];
  let newHeldBack: DayPlan['newHeldBack'] = null;
  // Only the final sprint stops new material outright. Earlier, the revision phase's mix (no
  // new share once 90 % of the exam weight is covered) is guidance for the dashboard: a student
  // whose reviews leave time still gains more marks from the uncovered tenth than from a third
  // review of what they know, and the load cap and week guard already bound the cost.
  if (sprint) {
    // Sprint: new concepts by exam-day marks, while they beat the best review left per minute.
    let reviewLeft = 0;
    for (const x of open) reviewLeft = Math.max(reviewLeft, value.get(x) ?? 0);
    const byExam = [...ranked()].sort((a, b) => b.examValue - a.examValue || (a.id < b.id ? -1 : 1));
    for (const pick of byExam) {
      if (minutesLeft < NEW_MINUTES || pick.examValue / NEW_MINUTES <= reviewLeft / REVIEW_MINUTES) break;
      fresh.push(newItem(pick, true));
      minutesLeft -= NEW_MINUTES;
    }
    if (fresh.length === 0) newHeldBack = 'phase';
  } else if (deferred.length > 0 || triaged.length > 0) newHeldBack = 'backlog';
  else {
    const cap = REVIEW_LOAD_SHARE * budget * attendance(ctx, state, nowMs);
    const newLoad = dailyLoad(ctx, null, nowMs, daysToExam);
    const scored = [...ranked()];
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
      fresh.push(newItem(pick, false));
      minutesLeft -= NEW_MINUTES;
      load += newLoad;
    }
  }
  // 4. Minutes still left (nothing due, new material held back or none revealed): strengthen the
  // studied concepts with the most exam value at risk, ahead of their due date. An early review
  // still lengthens the interval, so this lowers tomorrow's load instead of adding to it.
  const extra: DayPlanItem[] = [];
  if (minutesLeft >= REVIEW_MINUTES) {
    const planned = new Set([...reviews, ...fresh].flatMap((i) => [i.conceptId, ...i.covers]));
    // Prerequisites today's items already exercise need no early review of their own.
    for (const i of [...reviews, ...fresh]) for (const id of ctx.hardPrerequisites.get(i.conceptId) ?? []) planned.add(id);
    // In the final sprint what counts is recall on the exam day: the most exam weight that would
    // be lost by then goes first; before it, the most exam value at risk now.
    const early = [...state.cards.values()]
      .filter((c) => !planned.has(c.conceptId) && studyDay(c.lastReviewMs, ctx.studyDay.utcOffsetMinutes, ctx.studyDay.dayStartHour) !== today)
      .map((c) => {
        const r = recall.get(c.conceptId) ?? 1;
        const atRisk = sprint ? retrievability(c, examMs, ctx.schedule) : r;
        return { id: c.conceptId, r, v: examWeight(c.conceptId) * (1 - atRisk * (mastery.get(c.conceptId) ?? 0)) };
      })
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
    dueAll,
    deferred,
    triaged,
    backlogDays: budget === 0 ? 0 : (dueCount * REVIEW_MINUTES) / budget,
    reviewLoadMinutes: loadMinutes,
    retention,
    newHeldBack,
  };
}

function newItem(pick: NewCandidate, examDay: boolean): DayPlanItem {
  const reason = { code: 'new', prerequisites: pick.hard ? 'mastered' : 'none', unlocks: pick.unlocks } as const;
  return { conceptId: pick.id, kind: 'new', minutes: NEW_MINUTES, recall: null, covers: [], reason: examDay ? { ...reason, examDay: true } : reason };
}

/**
 * Triage of a backlog larger than `cap` reviews. A due card whose recall is already below
 * `TRIAGE_RECALL_FLOOR` is never postponed and takes a place in the backlog first; the places
 * left go to the other due cards by value (exam weight × forgetting risk; in the sprint,
 * exam-day gain), and the rest of those are rescheduled to the time their recall falls to the
 * floor (removed from `due` and `value`, which are updated in place). The backlog thus exceeds
 * the cap only when the cards below the floor alone do.
 */
function triage(
  ctx: EngineContext,
  state: StudentState,
  due: Set<string>,
  value: Map<string, number>,
  recall: ReadonlyMap<string, number>,
  cap: number,
  nowMs: number,
): { conceptId: string; untilMs: number }[] {
  if (due.size <= cap) return [];
  const movable = [...due].filter((id) => (recall.get(id) ?? 0) >= TRIAGE_RECALL_FLOOR);
  const places = Math.max(0, cap - (due.size - movable.length));
  movable.sort((a, b) => (value.get(b) ?? 0) - (value.get(a) ?? 0) || (a < b ? -1 : 1));
  const out: { conceptId: string; untilMs: number }[] = [];
  for (const id of movable.slice(places)) {
    const card = state.cards.get(id);
    if (card === undefined) continue;
    due.delete(id);
    value.delete(id);
    out.push({ conceptId: id, untilMs: recallFallsTo(ctx, card, TRIAGE_RECALL_FLOOR, nowMs) });
  }
  return out;
}

/** First whole day from `nowMs` (epoch ms) at which the card's recall is below `target`. */
function recallFallsTo(ctx: EngineContext, card: ReviewCard, target: number, nowMs: number): number {
  let days = 1;
  while (days < ctx.schedule.maximumIntervalDays && retrievability(card, nowMs + days * DAY_MS, ctx.schedule) >= target) days += 1;
  return nowMs + days * DAY_MS;
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
