import type { ConceptGraph } from '../graph.ts';
import type { ReviewCard } from './review.ts';

/**
 * Concept reveal and the dashboard's "next topics" (the seed query: due now and mastery < 0.85,
 * weakest first).
 */

/** Default mastery (0–1) every HARD prerequisite needs before a concept is revealed. */
export const DEFAULT_REVEAL_THRESHOLD = 0.7;
/** Mastery (0–1) at or above which a concept leaves "next topics". */
export const NEXT_TOPICS_MASTERY_CEILING = 0.85;

/**
 * Revealed concept ids (sorted): those whose HARD prerequisites all have mastery ≥ `threshold`
 * (0–1). SOFT prerequisites never block. Concepts with no HARD prerequisites are always revealed.
 */
export function revealedConcepts(
  graph: ConceptGraph,
  mastery: ReadonlyMap<string, number>,
  threshold: number = DEFAULT_REVEAL_THRESHOLD,
): string[] {
  const out: string[] = [];
  for (const id of graph.order) {
    const hard = (graph.prerequisites.get(id) ?? []).filter((e) => e.criticality !== 'SOFT');
    if (hard.every((e) => (mastery.get(e.prerequisite_id) ?? 0) >= threshold)) out.push(id);
  }
  return out.sort();
}

/** One entry of "next topics". */
export interface NextTopic {
  readonly conceptId: string;
  /** 0–1. */
  readonly mastery: number;
  /** Epoch ms the concept fell due; `null` for a revealed concept never studied (due from the start). */
  readonly dueMs: number | null;
}

/**
 * The seed's "next topics": revealed concepts that are due at `nowMs` (epoch ms) — a card whose
 * due time has passed, or never studied — with mastery < 0.85, weakest first (ties: earlier due,
 * then id), at most `limit`.
 */
export function nextTopics(
  revealed: readonly string[],
  mastery: ReadonlyMap<string, number>,
  cards: ReadonlyMap<string, ReviewCard>,
  nowMs: number,
  limit: number,
): NextTopic[] {
  const out: NextTopic[] = [];
  for (const id of revealed) {
    const card = cards.get(id);
    if (card !== undefined && card.dueMs > nowMs) continue;
    const m = mastery.get(id) ?? 0;
    if (m >= NEXT_TOPICS_MASTERY_CEILING) continue;
    out.push({ conceptId: id, mastery: m, dueMs: card?.dueMs ?? null });
  }
  out.sort((a, b) => a.mastery - b.mastery || (a.dueMs ?? -1) - (b.dueMs ?? -1) || (a.conceptId < b.conceptId ? -1 : 1));
  return out.slice(0, Math.max(0, limit));
}
