import { encompassedBy, type ConceptGraph } from '../graph.ts';
import { isDue, retrievability, type ReviewCard } from './review.ts';

/**
 * Review planning with implicit repetition: reviewing an advanced concept also reviews the
 * prerequisites it encompasses, so the planner picks, greedily, the review that knocks out the
 * most due reviews at once (a set cover), until every due review is covered or `limit` is hit.
 */

/** A planned review and the due reviews it settles (itself first when due). */
export interface PlannedReview {
  readonly conceptId: string;
  readonly covers: readonly string[];
}

/** Planner settings. */
export interface PlanOptions {
  /** Epoch ms. */
  readonly nowMs: number;
  /** Most reviews to plan. */
  readonly limit: number;
  /** Least implicit credit (weight × transfer along the path, 0–1) that counts as reviewing a prerequisite. */
  readonly knockoutCredit?: number;
}

/** Default `knockoutCredit`: half a review. */
export const DEFAULT_KNOCKOUT_CREDIT = 0.5;

/**
 * Plan reviews. Candidates are concepts the student has studied (have a card). Ties go to the
 * candidate that is itself due, then to lower recall probability, then to the smaller id.
 */
export function planReviews(graph: ConceptGraph, cards: ReadonlyMap<string, ReviewCard>, options: PlanOptions): PlannedReview[] {
  const { nowMs, limit } = options;
  const minCredit = options.knockoutCredit ?? DEFAULT_KNOCKOUT_CREDIT;
  const remaining = new Set([...cards.values()].filter((c) => isDue(c, nowMs)).map((c) => c.conceptId));
  const coverage = new Map<string, string[]>();
  for (const card of [...cards.values()].sort((a, b) => (a.conceptId < b.conceptId ? -1 : 1))) {
    const covers: string[] = remaining.has(card.conceptId) ? [card.conceptId] : [];
    for (const [pre, credit] of [...encompassedBy(graph, card.conceptId, undefined, minCredit)].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (credit >= minCredit && remaining.has(pre)) covers.push(pre);
    }
    if (covers.length > 0) coverage.set(card.conceptId, covers);
  }
  const recall = (id: string): number => {
    const c = cards.get(id);
    return c === undefined ? 1 : retrievability(c, nowMs);
  };
  const plan: PlannedReview[] = [];
  while (remaining.size > 0 && plan.length < limit) {
    let best: { id: string; gain: string[]; due: boolean; r: number } | undefined;
    for (const [id, covers] of coverage) {
      const gain = covers.filter((x) => remaining.has(x));
      if (gain.length === 0) continue;
      const cand = { id, gain, due: remaining.has(id), r: recall(id) };
      if (best === undefined || better(cand, best)) best = cand;
    }
    if (best === undefined) break;
    for (const x of best.gain) remaining.delete(x);
    plan.push({ conceptId: best.id, covers: best.gain });
  }
  return plan;
}

function better(a: { id: string; gain: string[]; due: boolean; r: number }, b: { id: string; gain: string[]; due: boolean; r: number }): boolean {
  if (a.gain.length !== b.gain.length) return a.gain.length > b.gain.length;
  if (a.due !== b.due) return a.due;
  if (a.r !== b.r) return a.r < b.r;
  return a.id < b.id;
}
