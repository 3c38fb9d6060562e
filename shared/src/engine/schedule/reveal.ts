import type { ConceptGraph } from '../graph.ts';
import type { ReviewCard } from './review.ts';

/**
 * Concept reveal and the dashboard's "next topics" (the seed query: due now and mastery < 0.85,
 * weakest first).
 */

/** Default mastery (0–1) every HARD prerequisite needs before a concept is revealed. */
export const DEFAULT_REVEAL_THRESHOLD = 0.7;
/**
 * Lowest reveal threshold a student's own level can bring the bar down to: a prerequisite must
 * at least be more likely answered right than wrong.
 */
export const MIN_REVEAL_THRESHOLD = 0.5;
/** Concepts with evidence needed before the student's own level is judged. */
export const REVEAL_LEVEL_MIN_CONCEPTS = 5;

/**
 * The reveal threshold for one student: `DEFAULT_REVEAL_THRESHOLD`, or the student's own median
 * demonstrated mastery over the concepts they have evidence on when that is lower (never below
 * `MIN_REVEAL_THRESHOLD`). A fixed 0.7 bar stalls a student whose mastery of everything sits at
 * 0.55: nothing past the first layer would ever open, although their prerequisites are as
 * mastered as anything they know. Evidence is still required (concepts without it have 0 and
 * are not counted), so the prior alone never unlocks anything.
 */
export function revealThresholdFor(demonstrated: ReadonlyMap<string, number>): number {
  const levels: number[] = [];
  for (const m of demonstrated.values()) if (m > 0) levels.push(m);
  if (levels.length < REVEAL_LEVEL_MIN_CONCEPTS) return DEFAULT_REVEAL_THRESHOLD;
  levels.sort((a, b) => a - b);
  const median = levels.length % 2 === 1 ? levels[(levels.length - 1) / 2]! : (levels[levels.length / 2 - 1]! + levels[levels.length / 2]!) / 2;
  return Math.min(DEFAULT_REVEAL_THRESHOLD, Math.max(MIN_REVEAL_THRESHOLD, median));
}

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
