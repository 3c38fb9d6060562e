import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Prerequisite } from '../../schemas/content.ts';
import { buildGraph } from '../graph.ts';
import { planReviews } from './planner.ts';
import { DAY_MS, type ReviewCard } from './review.ts';
import { nextTopics, revealedConcepts } from './reveal.ts';

const NOW = 1_767_225_600_000;
const edge = (concept_id: string, prerequisite_id: string, criticality: 'HARD' | 'SOFT' = 'HARD', w = 1, t = 0.8): Prerequisite => ({
  concept_id,
  prerequisite_id,
  weight: w,
  transfer: t,
  criticality,
});
const card = (conceptId: string, dueInDays: number): ReviewCard => ({
  conceptId,
  stability: 5,
  difficulty: 5,
  lastReviewMs: NOW - 5 * DAY_MS,
  dueMs: NOW + dueInDays * DAY_MS,
  reps: 2,
  lapses: 0,
  lastCreditMs: 0,
});
// A ← B ← C (chain), D ← C as well, E independent.
const concepts = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id }));
const graph = buildGraph(concepts, [edge('B', 'A'), edge('C', 'B'), edge('C', 'D', 'SOFT'), edge('E', 'A', 'HARD', 0.2, 0.2)]);

describe('planReviews', () => {
  it('prefers the review that knocks out the most due reviews', () => {
    const cards = new Map(['A', 'B', 'C', 'D', 'E'].map((id) => [id, card(id, id === 'E' ? -1 : -2)]));
    const plan = planReviews(graph, cards, { nowMs: NOW, limit: 10 });
    expect(plan[0]).toEqual({ conceptId: 'C', covers: ['C', 'A', 'B', 'D'] });
    expect(plan[1]).toEqual({ conceptId: 'E', covers: ['E'] });
    expect(plan).toHaveLength(2);
  });

  it('can pick a concept that is not itself due when it covers due prerequisites', () => {
    const cards = new Map([['A', card('A', -1)], ['B', card('B', -1)], ['C', card('C', 10)], ['D', card('D', -1)]]);
    expect(planReviews(graph, cards, { nowMs: NOW, limit: 5 })).toEqual([{ conceptId: 'C', covers: ['A', 'B', 'D'] }]);
    // On equal coverage the due concept wins: B settles itself and A.
    cards.delete('D');
    expect(planReviews(graph, cards, { nowMs: NOW, limit: 5 })).toEqual([{ conceptId: 'B', covers: ['B', 'A'] }]);
  });

  it('property: every due card is covered exactly once when the limit allows, and nothing not due is covered', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 5, maxLength: 5 }), (dues) => {
        const cards = new Map(['A', 'B', 'C', 'D', 'E'].map((id, i) => [id, card(id, dues[i]!)]));
        const plan = planReviews(graph, cards, { nowMs: NOW, limit: 10 });
        const covered = plan.flatMap((p) => p.covers);
        const due = [...cards.values()].filter((c) => c.dueMs <= NOW).map((c) => c.conceptId);
        expect([...covered].sort()).toEqual([...due].sort());
        expect(new Set(covered).size).toBe(covered.length);
        for (let i = 1; i < plan.length; i++) expect(plan[i]!.covers.length).toBeLessThanOrEqual(plan[i - 1]!.covers.length);
      }),
    );
  });
});

describe('concept reveal and next topics', () => {
  it('reveals a concept when all HARD prerequisites reach the threshold; SOFT never blocks', () => {
    const mastery = new Map([['A', 0.9], ['B', 0.5], ['D', 0]]);
    expect(revealedConcepts(graph, mastery, 0.7)).toEqual(['A', 'B', 'D', 'E']);
    expect(revealedConcepts(graph, new Map([['A', 0.9], ['B', 0.7]]), 0.7)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('property: raising mastery never hides a concept', () => {
    const m = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(m, { minLength: 5, maxLength: 5 }), fc.array(m, { minLength: 5, maxLength: 5 }), (a, b) => {
        const ids = ['A', 'B', 'C', 'D', 'E'];
        const lo = new Map(ids.map((id, i) => [id, Math.min(a[i]!, b[i]!)]));
        const hi = new Map(ids.map((id, i) => [id, Math.max(a[i]!, b[i]!)]));
        const shown = new Set(revealedConcepts(graph, hi));
        for (const id of revealedConcepts(graph, lo)) expect(shown.has(id)).toBe(true);
      }),
    );
  });

  it('next topics: due now, mastery < 0.85, weakest first, limit N', () => {
    const mastery = new Map([['A', 0.5], ['B', 0.9], ['C', 0.2], ['D', 0.6], ['E', 0.3]]);
    const cards = new Map([['A', card('A', -1)], ['B', card('B', -1)], ['C', card('C', 2)], ['E', card('E', 0)]]);
    const topics = nextTopics(['A', 'B', 'C', 'D', 'E'], mastery, cards, NOW, 3);
    expect(topics.map((t) => t.conceptId)).toEqual(['E', 'A', 'D']);
    expect(topics[2]!.dueMs).toBeNull();
    expect(nextTopics(['A', 'B', 'C', 'D', 'E'], mastery, cards, NOW, 0)).toEqual([]);
  });
});
