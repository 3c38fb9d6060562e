import {
  applyAttempt,
  DEFAULT_REVEAL_THRESHOLD,
  demonstratedMastery,
  foldStudent,
  determinePhase,
  masteryMap,
  nextTopics,
  planReviews,
  revealedConcepts,
  type AttemptEvent,
  type EngineContext,
  type Phase,
  type StudentState,
} from '@cr/shared/engine/index';

/**
 * What the dashboard and the knowledge map show, computed on the device from the engine's state
 * (pure: no database, no clock). The rules mirror the server's dashboard
 * (server/src/routes/user/dashboard.ts) so the two agree once the server has folded the same
 * attempts: a concept counts as studied once the student has a review card for it, unstudied
 * concepts count as mastery 0, coverage and mastery are exam-weighted.
 */

export const DAY_MS = 86_400_000;
/** With no exam date the exam counts as a year away (the server's rule). */
export const NO_EXAM_DAYS = 365;
/** Items in today's plan: due reviews first, then next topics. */
export const PLAN_SIZE = 6;
export const PLAN_REVIEWS = 3;
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
  readonly kind: 'review' | 'new' | 'weak';
  /** 0–1. */
  readonly mastery: number;
  /** Epoch ms the concept fell due; null for a concept never studied. */
  readonly dueMs: number | null;
  /** Other due reviews this one settles (implicit repetition of prerequisites). */
  readonly alsoReviews: readonly string[];
}

export interface DashboardView {
  readonly phase: PhaseView;
  readonly plan: readonly PlanItem[];
  readonly subjects: readonly SubjectView[];
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
 * Today's plan: the planner's reviews (each settling the most due reviews at once), then the
 * seed's next topics (revealed, due or never studied, mastery < 0.85, weakest first). In the final
 * sprint nothing new is planned.
 */
export function todaysPlan(l: LearnerLike, mastery: ReadonlyMap<string, number>, phase: Phase): PlanItem[] {
  const reviews = planReviews(l.ctx.graph, l.state.cards, { nowMs: l.nowMs, limit: PLAN_REVIEWS });
  const items: PlanItem[] = reviews.map((r) => ({
    conceptId: r.conceptId,
    kind: 'review',
    mastery: mastery.get(r.conceptId) ?? 0,
    dueMs: l.state.cards.get(r.conceptId)?.dueMs ?? null,
    alsoReviews: r.covers.filter((id) => id !== r.conceptId),
  }));
  const settled = new Set(reviews.flatMap((r) => [r.conceptId, ...r.covers]));
  const revealed = revealedConcepts(l.ctx.graph, demonstratedMastery(l.ctx, l.state));
  for (const topic of nextTopics(revealed, mastery, l.state.cards, l.nowMs, PLAN_SIZE * 4)) {
    if (items.length >= PLAN_SIZE) break;
    if (settled.has(topic.conceptId)) continue;
    if (topic.dueMs === null && phase === 'FINAL_SPRINT') continue;
    // A concept never studied shows mastery 0 (as the subject bars count it), not the model's prior.
    const isNew = topic.dueMs === null && !l.state.cards.has(topic.conceptId);
    items.push({ conceptId: topic.conceptId, kind: isNew ? 'new' : 'weak', mastery: isNew ? 0 : topic.mastery, dueMs: topic.dueMs, alsoReviews: [] });
  }
  return items;
}

export function dashboardView(l: LearnerLike, examTarget: string | null | undefined): DashboardView {
  const mastery = masteryMap(l.ctx, l.state);
  const subjects = subjectViews(l, mastery);
  const phase = phaseView(subjects, daysToExam(examTarget, l.nowMs));
  return { phase, plan: todaysPlan(l, mastery, phase.phase), subjects };
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
