import { Rating } from 'ts-fsrs';
import type { EngineContext } from '../state/context.ts';
import { demonstratedMastery, type StudentState } from '../state/student-state.ts';
import { revealedConcepts, revealThresholdFor } from './reveal.ts';
import { retrievability, reviewCard } from './review.ts';

/** Score factor per unstudied SOFT prerequisite of a new concept (an ordering hint only). */
export const SOFT_PREREQ_PENALTY = 0.6;

/** A revealed, unstudied concept the plan may admit. */
export interface NewCandidate {
  readonly id: string;
  /** Ranking score before the sprint (path value × P(correct) × prerequisites' recall). */
  readonly score: number;
  /**
   * Expected exam marks (exam weight × P(correct) × recall on the exam day of a card first
   * reviewed now) of learning it now: what the final sprint weighs against a review.
   */
  readonly examValue: number;
  readonly subject: string;
  readonly hard: boolean;
  readonly unlocks: number;
}

/**
 * Exam value of learning each unstudied concept next, counting what it leads to. A concept's
 * "path" is itself plus every unstudied concept it needs through HARD prerequisites (the
 * closure that must be learned before it can be); the path's value density is its exam weight
 * per concept learned. A concept is worth the best density of any path it lies on: a
 * low-weight prerequisite of a heavily examined chapter is worth that chapter's path, not its
 * own small weight, and a heavy concept reachable at once is worth its own weight. This is the
 * ratio rule of precedence-constrained selection: the most marks per concept learned first.
 *
 * Returns the value (exam weight per concept, in the concepts' own units) of every concept not
 * in `studied`.
 */
export function pathValues(ctx: EngineContext, studied: Membership): Map<string, number> {
  const closure = new Map<string, Set<string>>();
  const best = new Map<string, number>();
  for (const id of ctx.graph.order) {
    if (studied.has(id)) continue;
    const path = new Set<string>([id]);
    for (const p of ctx.hardPrerequisites.get(id) ?? []) for (const x of closure.get(p) ?? []) path.add(x);
    closure.set(id, path);
    let weight = 0;
    for (const x of path) weight += ctx.concepts.get(x)?.exam_weight ?? 0;
    const density = weight / path.size;
    for (const x of path) if (density > (best.get(x) ?? -1)) best.set(x, density);
  }
  return best;
}

/** Anything with `has`, e.g. the map of studied concepts' cards. */
interface Membership {
  has(id: string): boolean;
}

/**
 * The concepts the plan may admit as new at `nowMs`: revealed on evidence (every HARD
 * prerequisite answered or credited, at the student's reveal threshold) and not studied yet,
 * best score first. Score: path value (`pathValues`) × the model's P(correct) × the current
 * recall of each HARD prerequisite (a concept learned on a half-forgotten base starts weak, so it
 * waits for that review) × `SOFT_PREREQ_PENALTY` per unstudied SOFT prerequisite.
 */
export function newCandidates(
  ctx: EngineContext,
  state: StudentState,
  mastery: ReadonlyMap<string, number>,
  recall: ReadonlyMap<string, number>,
  nowMs: number,
  examMs: number,
  revealThreshold: number | undefined,
): NewCandidate[] {
  const demonstrated = demonstratedMastery(ctx, state);
  const revealed = revealedConcepts(ctx.graph, demonstrated, revealThreshold ?? revealThresholdFor(demonstrated));
  const paths = pathValues(ctx, state.cards);
  // Exam-day recall of a concept first reviewed now (the same for every new concept).
  const fresh = retrievability(reviewCard(undefined, '', Rating.Good, nowMs, ctx.schedule), examMs, ctx.schedule);
  const out: NewCandidate[] = [];
  for (const id of revealed) {
    if (state.cards.has(id)) continue;
    const c = ctx.concepts.get(id);
    if (c === undefined) continue;
    const prereqs = ctx.graph.prerequisites.get(id) ?? [];
    let unlocks = 0;
    for (const d of ctx.graph.dependents.get(id) ?? []) if (d.criticality === 'HARD') unlocks += 1;
    const p = mastery.get(id) ?? 0.5;
    let score = (paths.get(id) ?? c.exam_weight) * p;
    for (const e of prereqs) if (e.criticality === 'HARD') score *= recall.get(e.prerequisite_id) ?? 1;
    for (const e of prereqs) if (e.criticality === 'SOFT' && !state.evidence.has(e.prerequisite_id)) score *= SOFT_PREREQ_PENALTY;
    out.push({ id, score, examValue: c.exam_weight * p * fresh, subject: c.subject, hard: prereqs.some((e) => e.criticality === 'HARD'), unlocks });
  }
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
