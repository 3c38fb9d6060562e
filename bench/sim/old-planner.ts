import {
  DEFAULT_REVEAL_THRESHOLD,
  masteryMap,
  nextTopics,
  planReviews,
  revealedConcepts,
  type EngineContext,
  type StudentState,
} from '../../shared/src/engine/index.ts';

/**
 * The planner the device used before the day plan, kept as a baseline for `sim:study`: three
 * reviews from the greedy set cover (knock-out credit 0.5, which no shipped edge reaches), then
 * the "next topics" (revealed, due or never studied, mastery < 0.85, weakest first) up to six
 * items, with reveal on the model's mastery after one weighted attempt (direct or transferred).
 * Run it over an engine context built with `reviewPerAnswer: true` (every answer its own review).
 */

export interface OldPlanItem {
  readonly conceptId: string;
  readonly kind: 'review' | 'new' | 'weak';
}

const PLAN_SIZE = 6;
const PLAN_REVIEWS = 3;

export function oldDemonstratedMastery(ctx: EngineContext, s: StudentState): Map<string, number> {
  const out = masteryMap(ctx, s);
  for (const id of out.keys()) if ((s.trace.skills.get(id)?.attempts ?? 0) < 1) out.set(id, 0);
  return out;
}

export function oldTodaysPlan(ctx: EngineContext, s: StudentState, nowMs: number, finalSprint: boolean): OldPlanItem[] {
  const mastery = masteryMap(ctx, s);
  const reviews = planReviews(ctx.graph, s.cards, { nowMs, limit: PLAN_REVIEWS });
  const items: OldPlanItem[] = reviews.map((r) => ({ conceptId: r.conceptId, kind: 'review' }));
  const settled = new Set(reviews.flatMap((r) => [r.conceptId, ...r.covers]));
  const revealed = revealedConcepts(ctx.graph, oldDemonstratedMastery(ctx, s), DEFAULT_REVEAL_THRESHOLD);
  for (const topic of nextTopics(revealed, mastery, s.cards, nowMs, PLAN_SIZE * 4)) {
    if (items.length >= PLAN_SIZE) break;
    if (settled.has(topic.conceptId)) continue;
    if (topic.dueMs === null && finalSprint) continue;
    const isNew = topic.dueMs === null && !s.cards.has(topic.conceptId);
    items.push({ conceptId: topic.conceptId, kind: isNew ? 'new' : 'weak' });
  }
  return items;
}
