import {
  applyAttempt,
  DEFAULT_REVEAL_THRESHOLD,
  demonstratedMastery,
  foldStudent,
  determinePhase,
  masteryMap,
  planDay,
  revealedConcepts,
  type AttemptEvent,
  type DayPlan,
  type EngineContext,
  type Phase,
  type PlanReason,
  type StudentState,
} from '@cr/shared/engine/index';
import { DAY_MS } from '@cr/shared/time';

/**
 * What the dashboard and the knowledge map show, computed on the device from the engine's state
 * (pure: no database, no clock). The rules mirror the server's dashboard
 * (server/src/routes/user/dashboard.ts) so the two agree once the server has folded the same
 * attempts: a concept counts as studied once the student has a review card for it, unstudied
 * concepts count as mastery 0, coverage and mastery are exam-weighted.
 */

/** With no exam date the exam counts as a year away (the server's rule). */
export const NO_EXAM_DAYS = 365;
/** Attempts the device folds between two yields to the event loop (a few ms of work on a phone). */
export const FOLD_CHUNK = 200;

export interface LearnerLike {
  readonly ctx: EngineContext;
  readonly state: StudentState;
  /** Epoch ms. */
  readonly nowMs: number;
}

export interface SubjectView {
  readonly subject: string;
  /** Mean mastery over the subject's concepts, unstudied as 0 (0–1). */
  readonly mastery: number;
  readonly concepts: number;
  readonly studied: number;
  /** Sums of exam weight: all, studied, weight × mastery. */
  readonly weight: number;
  readonly studiedWeight: number;
  readonly weightedMastery: number;
}

export interface PhaseView {
  readonly phase: Phase;
  /** Whole days to the exam; null with no exam date. */
  readonly daysToExam: number | null;
  readonly coverage: number;
  readonly mastery: number;
  readonly behind: boolean;
}

export interface PlanItem {
  readonly conceptId: string;
  readonly kind: 'review' | 'new';
  /** 0–1; 0 for a concept never studied. */
  readonly mastery: number;
  /** Epoch ms the concept fell due; null for a concept never studied. */
  readonly dueMs: number | null;
  /** Other due reviews this one settles (implicit repetition of prerequisites). */
  readonly alsoReviews: readonly string[];
  /** Minutes the item is planned to take. */
  readonly minutes: number;
  /** Why it is in today's plan. */
  readonly reason: PlanReason;
}

/** The day's budget and what did not fit, for the plan card's summary line. */
export interface PlanSummary {
  readonly budgetMinutes: number;
  readonly plannedMinutes: number;
  /** Due reviews left for later days (lowest value first out). */
  readonly deferred: number;
  readonly newHeldBack: DayPlan['newHeldBack'];
  /** Due reviews triage rescheduled because the backlog was over two days' budget. */
  readonly triaged: number;
}

export interface DashboardView {
  readonly phase: PhaseView;
  readonly plan: readonly PlanItem[];
  readonly planSummary: PlanSummary;
  readonly subjects: readonly SubjectView[];
}

/** The student's study settings (synced with their profile); null fields = defaults. */
export interface StudySettings {
  /** Daily study budget, minutes; null = the phase's default. */
  readonly studyMinutes?: number | null;
  /** Target recall probability at review time, 0–1; null = the scheduler's 0.9. */
  readonly desiredRetention?: number | null;
}

/**
 * The student's state over `events` (canonical order). With the `previous` result for the same
 * context and student, only the attempts it has not seen are applied (`applyAttempt` equals the
 * full fold and refolds by itself when one arrives out of order), so a new answer costs one step
 * instead of a refold of the whole history; anything else (new content, a row gone) folds from
 * scratch. `previous.state` is advanced in place and must not be used afterwards.
 */
export function foldLearner(ctx: EngineContext, studentId: string, events: readonly AttemptEvent[], nowMs: number, previous?: LearnerLike): LearnerLike {
  if (previous && previous.ctx === ctx && previous.state.studentId === studentId) {
    const seen = previous.state.seen;
    const fresh = events.filter((e) => !seen.has(e.id));
    if (previous.state.events.length + fresh.length === events.length) {
      let state = previous.state;
      for (const e of fresh) state = applyAttempt(ctx, state, e);
      return { ctx, state, nowMs };
    }
  }
  return { ctx, state: foldStudent(ctx, studentId, events), nowMs };
}

const studied = (l: LearnerLike, id: string) => l.state.cards.has(id);

export function subjectViews(l: LearnerLike, mastery: ReadonlyMap<string, number>): SubjectView[] {
  const by = new Map<string, { mastery: number; concepts: number; studied: number; weight: number; studiedWeight: number; weightedMastery: number }>();
  for (const c of l.ctx.concepts.values()) {
    const row = by.get(c.subject) ?? { mastery: 0, concepts: 0, studied: 0, weight: 0, studiedWeight: 0, weightedMastery: 0 };
    const m = studied(l, c.id) ? (mastery.get(c.id) ?? 0) : 0;
    row.concepts += 1;
    row.mastery += m;
    row.weight += c.exam_weight;
    row.weightedMastery += c.exam_weight * m;
    if (studied(l, c.id)) {
      row.studied += 1;
      row.studiedWeight += c.exam_weight;
    }
    by.set(c.subject, row);
  }
  return [...by]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([subject, r]) => ({ subject, ...r, mastery: r.concepts === 0 ? 0 : r.mastery / r.concepts }));
}

/** Whole days from `nowMs` to the exam date (ISO date or timestamp), rounded up; null without one. */
export function daysToExam(examTarget: string | null | undefined, nowMs: number): number | null {
  if (!examTarget) return null;
  const at = Date.parse(examTarget);
  return Number.isFinite(at) ? Math.ceil((at - nowMs) / DAY_MS) : null;
}

export function phaseView(subjects: readonly SubjectView[], days: number | null): PhaseView {
  const weight = subjects.reduce((n, s) => n + s.weight, 0);
  const coverage = weight === 0 ? 0 : subjects.reduce((n, s) => n + s.studiedWeight, 0) / weight;
  const mastery = weight === 0 ? 0 : subjects.reduce((n, s) => n + s.weightedMastery, 0) / weight;
  const plan = determinePhase({ daysToExam: days ?? NO_EXAM_DAYS, coverage, mastery });
  return { phase: plan.phase, daysToExam: days, coverage, mastery, behind: plan.behind };
}

/**
 * Today's plan: the engine's day plan (`planDay`) under the student's daily budget, with each
 * item's reason. Reviews due at `nowMs` lead (valued by exam weight × forgetting risk, prerequisites
 * settled by a dependent's review left out), then new concepts revealed on evidence while the
 * review load fits, then early reviews if minutes remain. In the final sprint a new concept only
 * where it adds more exam-day marks per minute than a review.
 */
export function todaysPlan(l: LearnerLike, mastery: ReadonlyMap<string, number>, days: number | null, settings: StudySettings = {}): { items: PlanItem[]; summary: PlanSummary } {
  const startedAt = performance.now();
  const plan = planDay(l.ctx, l.state, {
    nowMs: l.nowMs,
    daysToExam: days,
    budgetMinutes: settings.studyMinutes ?? null,
    desiredRetention: settings.desiredRetention ?? null,
  });
  // User Timing entry read by `npm run bench:client` (the plan's cost on a throttled device).
  // Only the latest is kept: the buffer would otherwise grow with every recompute of a long session.
  performance.clearMeasures('cr:plan');
  performance.measure('cr:plan', { start: startedAt, detail: { cards: l.state.cards.size, items: plan.items.length } });
  const items: PlanItem[] = plan.items.map((i) => ({
    conceptId: i.conceptId,
    kind: i.kind,
    // A concept never studied shows mastery 0 (as the subject bars count it), not the model's prior.
    mastery: i.kind === 'new' ? 0 : (mastery.get(i.conceptId) ?? 0),
    dueMs: l.state.cards.get(i.conceptId)?.dueMs ?? null,
    alsoReviews: i.covers,
    minutes: i.minutes,
    reason: i.reason,
  }));
  return {
    items,
    summary: {
      budgetMinutes: plan.budgetMinutes,
      plannedMinutes: items.reduce((n, i) => n + i.minutes, 0),
      deferred: plan.deferred.length,
      newHeldBack: plan.newHeldBack,
      triaged: plan.triaged.length,
    },
  };
}

export function dashboardView(l: LearnerLike, examTarget: string | null | undefined, settings: StudySettings = {}): DashboardView {
  const mastery = masteryMap(l.ctx, l.state);
  const subjects = subjectViews(l, mastery);
  const days = daysToExam(examTarget, l.nowMs);
  const phase = phaseView(subjects, days);
  const plan = todaysPlan(l, mastery, days, settings);
  return { phase, plan: plan.items, planSummary: plan.summary, subjects };
}

/** Consecutive UTC days with activity ending today or yesterday (the engine's rule, as on the server). */
export { streakDays } from '@cr/shared/engine/schedule/streak';

export interface ConceptView {
  readonly id: string;
  /** 0–1; 0 when never studied. */
  readonly mastery: number;
  readonly studied: boolean;
  readonly revealed: boolean;
  /** HARD prerequisites still below the reveal threshold (what unlocks a locked concept). */
  readonly lockedBy: readonly string[];
  /** Direct prerequisites and dependents, ids. */
  readonly prerequisites: readonly { id: string; hard: boolean }[];
  readonly dependents: readonly string[];
}

/** Every concept's state for the knowledge map. */
export function conceptViews(l: LearnerLike, threshold: number = DEFAULT_REVEAL_THRESHOLD): Map<string, ConceptView> {
  const mastery = masteryMap(l.ctx, l.state);
  const demonstrated = demonstratedMastery(l.ctx, l.state);
  const revealed = new Set(revealedConcepts(l.ctx.graph, demonstrated, threshold));
  const out = new Map<string, ConceptView>();
  for (const id of l.ctx.graph.order) {
    const edges = l.ctx.graph.prerequisites.get(id) ?? [];
    out.set(id, {
      id,
      mastery: studied(l, id) ? (mastery.get(id) ?? 0) : 0,
      studied: studied(l, id),
      revealed: revealed.has(id),
      lockedBy: edges.filter((e) => e.criticality !== 'SOFT' && (demonstrated.get(e.prerequisite_id) ?? 0) < threshold).map((e) => e.prerequisite_id),
      prerequisites: edges.map((e) => ({ id: e.prerequisite_id, hard: e.criticality !== 'SOFT' })),
      dependents: (l.ctx.graph.dependents.get(id) ?? []).map((e) => e.concept_id).sort(),
    });
  }
  return out;
}

/** Mastery bands the map colours (with a text label and pattern, never colour alone). */
export type MasteryBand = 'none' | 'low' | 'mid' | 'high';
export function masteryBand(view: Pick<ConceptView, 'mastery' | 'studied'>): MasteryBand {
  if (!view.studied) return 'none';
  if (view.mastery >= 0.85) return 'high';
  if (view.mastery >= 0.5) return 'mid';
  return 'low';
}
