import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContentGraph } from '../../content/content-graph.ts';
import type { AttemptEvent } from '../events.ts';
import { formatHlc } from '../hlc.ts';
import { createEngineContext } from '../state/context.ts';
import { foldStudent, masteryMap } from '../state/student-state.ts';
import { attendance, BACKLOG_CAP_DAYS, NEW_MINUTES, planDay, REVIEW_MINUTES, TRIAGE_RECALL_FLOOR } from './day-plan.ts';
import { Rating } from 'ts-fsrs';
import { newCandidates, pathValues } from './new-concepts.ts';
import { DAY_MS, retrievability, reviewCard } from './review.ts';

const graph = loadContentGraph();
const questions = graph.concepts.flatMap((c) =>
  [0, 1, 2].map((k) => ({ id: `${c.id}#${k}`, subject: c.subject, primary_concept_id: c.id, secondary_concept_ids: [], difficulty: c.difficulty, typicalTimeMs: 120_000 })),
);
const ctx = createEngineContext({ concepts: graph.concepts, prerequisites: graph.prerequisites, questions });
const T0 = Date.UTC(2027, 0, 4, 1, 0);
const weight = new Map(graph.concepts.map((c) => [c.id, c.exam_weight]));
const subject = new Map(graph.concepts.map((c) => [c.id, c.subject]));
const hardPrereqs = (id: string) => graph.prerequisites.filter((p) => p.concept_id === id && p.criticality === 'HARD').map((p) => p.prerequisite_id);

let n = 0;
function answers(conceptId: string, outcomes: boolean[], atMs: number): AttemptEvent[] {
  return outcomes.map((correct, i) => {
    n += 1;
    const t = atMs + i * 120_000;
    return {
      id: `plan-${n}`,
      hlc: formatHlc({ wallMs: t, counter: 0, node: 'dev' }),
      student_id: 's',
      question_id: `${conceptId}#${i % 3}`,
      concept_id: conceptId,
      correct,
      response_time_ms: 80_000,
      device_time_ms: t,
    };
  });
}

/** A shipped HARD edge within one subject (credit 0.8 × 0.35 = 0.28). */
const edge = graph.prerequisites.find((p) => p.criticality === 'HARD' && subject.get(p.concept_id) === subject.get(p.prerequisite_id))!;

describe('planDay', () => {
  it('a new student: new concepts only, fitting the budget, subjects interleaved, nothing locked offered', () => {
    const plan = planDay(ctx, foldStudent(ctx, 's', []), { nowMs: T0, daysToExam: 300, budgetMinutes: 100 });
    expect(plan.items).toHaveLength(Math.floor(100 / NEW_MINUTES));
    expect(plan.items.every((i) => i.kind === 'new' && hardPrereqs(i.conceptId).length === 0)).toBe(true);
    expect(new Set(plan.items.slice(0, 3).map((i) => subject.get(i.conceptId))).size).toBe(3);
    // Exam weight leads: the chosen concepts weigh more on average than the starting concepts do.
    const starters = graph.concepts.filter((c) => hardPrereqs(c.id).length === 0).map((c) => c.exam_weight);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(plan.items.map((i) => weight.get(i.conceptId) ?? 0))).toBeGreaterThan(mean(starters));
  });

  it('implicit repetition fires at the shipped edge values: a due dependent settles its just-due prerequisite', () => {
    const events = [...answers(edge.prerequisite_id, [true, true, true], T0), ...answers(edge.concept_id, [true, true, true], T0 + 3_600_000)];
    const state = foldStudent(ctx, 's', events);
    const later = Math.max(state.cards.get(edge.prerequisite_id)!.dueMs, state.cards.get(edge.concept_id)!.dueMs);
    const plan = planDay(ctx, state, { nowMs: later, daysToExam: 200, budgetMinutes: 60 });
    const review = plan.items.find((i) => i.conceptId === edge.concept_id);
    expect(review?.covers).toContain(edge.prerequisite_id);
    expect(review?.reason).toMatchObject({ code: 'due', covers: 1 });
    expect(plan.items.some((i) => i.conceptId === edge.prerequisite_id)).toBe(false);
  });

  it('a prerequisite long overdue is not settled by the discounted credit of one dependent review', () => {
    const events = [...answers(edge.prerequisite_id, [true, true, true], T0), ...answers(edge.concept_id, [true, true, true], T0 + 3_600_000)];
    const plan = planDay(ctx, foldStudent(ctx, 's', events), { nowMs: T0 + 60 * DAY_MS, daysToExam: 200, budgetMinutes: 60 });
    expect(plan.items.find((i) => i.conceptId === edge.concept_id)?.covers ?? []).not.toContain(edge.prerequisite_id);
    expect(plan.items.some((i) => i.conceptId === edge.prerequisite_id && i.reason.code === 'due')).toBe(true);
  });

  it('a backlog beyond the budget is triaged: most valuable reviews kept, the rest deferred, nothing new', () => {
    const studied = graph.concepts.filter((c) => hardPrereqs(c.id).length === 0).slice(0, 30);
    const events = studied.flatMap((c, i) => answers(c.id, [true, true], T0 + i * 600_000));
    const plan = planDay(ctx, foldStudent(ctx, 's', events), { nowMs: T0 + 90 * DAY_MS, daysToExam: 200, budgetMinutes: 60 });
    expect(plan.items.every((i) => i.kind === 'review')).toBe(true);
    expect(plan.items.reduce((m, i) => m + i.minutes, 0)).toBeLessThanOrEqual(60);
    expect(plan.deferred.length).toBeGreaterThan(0);
    expect(plan.newHeldBack).toBe('backlog');
    expect(plan.backlogDays).toBeCloseTo((plan.dueCount * REVIEW_MINUTES) / 60, 9);
    // The review with the most exam weight at risk is kept; every deferred one is really due.
    const state = foldStudent(ctx, 's', events);
    const now = T0 + 90 * DAY_MS;
    const risk = (id: string) => (weight.get(id) ?? 0) * (1 - retrievability(state.cards.get(id)!, now));
    const top = [...state.cards.keys()].sort((x, y) => risk(y) - risk(x))[0]!;
    expect(plan.items.flatMap((i) => [i.conceptId, ...i.covers])).toContain(top);
    for (const id of plan.deferred) expect(state.cards.get(id)!.dueMs).toBeLessThanOrEqual(now);
  });

  it('a backlog over two days’ budget is triaged: forgotten cards stay, the lowest-value others are rescheduled to a dated floor, nothing new', () => {
    const starters = graph.concepts.filter((c) => hardPrereqs(c.id).length === 0);
    // Five cards learned long ago (recall now below the floor), thirty learned recently.
    const old = starters.slice(30, 35).flatMap((c, i) => answers(c.id, [true, true, true], T0 - 100 * DAY_MS + i * 600_000));
    const recent = starters.slice(0, 30).flatMap((c, i) => answers(c.id, [true, true, true], T0 + i * 600_000));
    const many = foldStudent(ctx, 's', [...old, ...recent]);
    // One day past the recent cards' last first due date: all due, their recall still near 0.9.
    const now = Math.max(...[...many.cards.values()].map((c) => c.dueMs)) + DAY_MS;
    const plan = planDay(ctx, many, { nowMs: now, daysToExam: 200, budgetMinutes: 60 });
    const cap = Math.floor((BACKLOG_CAP_DAYS * 60) / REVIEW_MINUTES);
    const recallNow = (id: string) => retrievability(many.cards.get(id)!, now);
    const forgotten = [...many.cards.keys()].filter((id) => recallNow(id) < TRIAGE_RECALL_FLOOR);
    expect(forgotten.length).toBe(5);
    expect(plan.dueAll).toBe(many.cards.size);
    expect(plan.dueCount).toBe(cap);
    expect(plan.dueCount + plan.triaged.length).toBe(plan.dueAll);
    expect(plan.backlogDays).toBeCloseTo(BACKLOG_CAP_DAYS, 9);
    expect(plan.newHeldBack).toBe('backlog');
    const value = (id: string) => (weight.get(id) ?? 0) * (1 - recallNow(id));
    const triaged = new Set(plan.triaged.map((t) => t.conceptId));
    for (const id of forgotten) expect(triaged.has(id)).toBe(false);
    const keptValues = [...many.cards.keys()].filter((id) => !triaged.has(id) && !forgotten.includes(id)).map(value);
    for (const { conceptId, untilMs } of plan.triaged) {
      const card = many.cards.get(conceptId)!;
      // Only the lowest-value reviews, still at or above the floor, rescheduled to the first day below it.
      expect(value(conceptId)).toBeLessThanOrEqual(Math.min(...keptValues) + 1e-12);
      expect(recallNow(conceptId)).toBeGreaterThanOrEqual(TRIAGE_RECALL_FLOOR);
      expect(retrievability(card, untilMs)).toBeLessThan(TRIAGE_RECALL_FLOOR);
      expect(retrievability(card, untilMs - DAY_MS)).toBeGreaterThanOrEqual(TRIAGE_RECALL_FLOOR);
      expect(plan.items.some((i) => i.conceptId === conceptId || i.covers.includes(conceptId))).toBe(false);
    }
    // The default target stays the scheduler's however crowded; the student's own choice stands.
    expect(plan.retention).toBe(ctx.schedule.requestRetention);
    expect(planDay(ctx, many, { nowMs: now, daysToExam: 200, budgetMinutes: 60, desiredRetention: 0.95 }).retention).toBe(0.95);
  });

  it('triage never postpones a review whose recall is already below the floor: such a backlog stays counted', () => {
    const starters = graph.concepts.filter((c) => hardPrereqs(c.id).length === 0).slice(0, 30);
    const state = foldStudent(ctx, 's', starters.flatMap((c, i) => answers(c.id, [true, true], T0 + i * 600_000)));
    const now = T0 + 120 * DAY_MS;
    for (const c of state.cards.values()) expect(retrievability(c, now)).toBeLessThan(TRIAGE_RECALL_FLOOR);
    const plan = planDay(ctx, state, { nowMs: now, daysToExam: 200, budgetMinutes: 30 });
    expect(plan.triaged).toEqual([]);
    expect(plan.dueCount).toBe(state.cards.size);
    expect(plan.backlogDays).toBeGreaterThan(BACKLOG_CAP_DAYS);
  });

  it('the final sprint keeps the scheduler’s target and weighs reviews and new concepts on exam-day marks per minute', () => {
    const starters = graph.concepts.filter((c) => hardPrereqs(c.id).length === 0);
    // Ten concepts learned three weeks ago (worth reviewing now), thirty two days ago (not yet).
    const learnedAt = (i: number) => T0 + (i < 10 ? 0 : 19 * DAY_MS) + i * 600_000;
    const many = foldStudent(ctx, 's', starters.slice(0, 40).flatMap((c, i) => answers(c.id, [true, true, true], learnedAt(i))));
    const now = T0 + 21 * DAY_MS;
    const plan = planDay(ctx, many, { nowMs: now, daysToExam: 10, budgetMinutes: 120 });
    expect(plan.phase).toBe('FINAL_SPRINT');
    expect(plan.retention).toBe(ctx.schedule.requestRetention);
    const exam = now + 10 * DAY_MS;
    const mastery = masteryMap(ctx, many);
    const gain = (id: string) => {
      const card = many.cards.get(id)!;
      const after = reviewCard(card, id, Rating.Good, now);
      return (weight.get(id) ?? 0) * (mastery.get(id) ?? 0) * (retrievability(after, exam) - retrievability(card, exam));
    };
    const recall = new Map([...many.cards.values()].map((c) => [c.conceptId, retrievability(c, now)]));
    const examValue = new Map(newCandidates(ctx, many, mastery, recall, now, exam, undefined).map((c) => [c.id, c.examValue]));
    const planned = new Set(plan.items.flatMap((i) => [i.conceptId, ...i.covers]));
    const bestLeft = Math.max(0, ...[...many.cards.keys()].filter((id) => !planned.has(id)).map(gain));
    const fresh = plan.items.filter((i) => i.kind === 'new');
    const reviews = plan.items.filter((i) => i.kind === 'review');
    // The whole budget is used, and both kinds earn their place.
    expect(plan.items.reduce((m, i) => m + i.minutes, 0)).toBeGreaterThan(120 - REVIEW_MINUTES);
    expect(reviews.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    for (const i of fresh) expect(examValue.get(i.conceptId)! / NEW_MINUTES).toBeGreaterThan(bestLeft / REVIEW_MINUTES);
    // The card whose review adds the most exam-day marks is planned.
    const best = [...many.cards.keys()].sort((a, b) => gain(b) - gain(a))[0]!;
    expect(planned).toContain(best);
  });

  it('the final sprint still teaches new concepts when no review is worth more, highest exam-day marks first', () => {
    const state = foldStudent(ctx, 's', answers(edge.prerequisite_id, [true], T0 + DAY_MS));
    const now = T0 + DAY_MS + 3_600_000;
    const plan = planDay(ctx, state, { nowMs: now, daysToExam: 10 });
    expect(plan.phase).toBe('FINAL_SPRINT');
    const fresh = plan.items.filter((i) => i.kind === 'new');
    expect(fresh.length).toBe(Math.floor(plan.budgetMinutes / NEW_MINUTES));
    expect(plan.newHeldBack).toBe(null);
    const recall = new Map([...state.cards.values()].map((c) => [c.conceptId, retrievability(c, now)]));
    const ranked = newCandidates(ctx, state, masteryMap(ctx, state), recall, now, now + 10 * DAY_MS, undefined);
    const top = [...ranked].sort((a, b) => b.examValue - a.examValue || (a.id < b.id ? -1 : 1)).slice(0, fresh.length);
    expect(fresh.map((i) => i.conceptId)).toEqual(top.map((c) => c.id));
    expect(fresh.every((i) => i.reason.code === 'new' && i.reason.examDay === true)).toBe(true);
  });

  it('property: within budget, HARD prerequisites of new items evidenced, no concept twice, deterministic', () => {
    const ids = graph.concepts.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.array(fc.record({ c: fc.constantFrom(...ids), ok: fc.boolean(), day: fc.nat({ max: 40 }) }), { maxLength: 60 }),
        fc.integer({ min: 15, max: 240 }),
        fc.integer({ min: 0, max: 120 }),
        (log, budget, day) => {
          const events = log.flatMap((x, i) => answers(x.c, [x.ok], T0 + x.day * DAY_MS + i * 60_000));
          const state = foldStudent(ctx, 's', events);
          const opts = { nowMs: T0 + day * DAY_MS, daysToExam: 150 - day, budgetMinutes: budget };
          const plan = planDay(ctx, state, opts);
          expect(plan.items.reduce((m, i) => m + i.minutes, 0)).toBeLessThanOrEqual(budget);
          const seen = plan.items.flatMap((i) => [i.conceptId, ...i.covers]);
          expect(new Set(seen).size).toBe(seen.length);
          for (const i of plan.items.filter((x) => x.kind === 'new')) for (const p of hardPrereqs(i.conceptId)) expect(state.evidence.has(p)).toBe(true);
          expect(planDay(ctx, state, opts)).toEqual(plan);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('attendance', () => {
  it('is the share of calendar days with answers over the recent window, 1 with under a week of history', () => {
    const starters = graph.concepts.filter((c) => hardPrereqs(c.id).length === 0);
    const everyOther = Array.from({ length: 14 }, (_, d) => answers(starters[d]!.id, [true], T0 + 2 * d * DAY_MS)).flat();
    expect(attendance(ctx, foldStudent(ctx, 's', everyOther), T0 + 28 * DAY_MS)).toBeCloseTo(0.5, 9);
    expect(attendance(ctx, foldStudent(ctx, 's', everyOther.slice(0, 3)), T0 + 5 * DAY_MS)).toBe(1);
    expect(attendance(ctx, foldStudent(ctx, 's', []), T0)).toBe(1);
  });
});

describe('pathValues', () => {
  /** Unstudied HARD closure of `id` (itself included), computed independently by recursion. */
  const closure = (id: string, studied: ReadonlySet<string>, out = new Set<string>()): Set<string> => {
    if (studied.has(id) || out.has(id)) return out;
    out.add(id);
    for (const p of hardPrereqs(id)) closure(p, studied, out);
    return out;
  };
  const density = (ids: Set<string>) => [...ids].reduce((a, x) => a + (weight.get(x) ?? 0), 0) / ids.size;

  it('values a concept at the best exam weight per concept of any path it lies on, studied concepts left out', () => {
    const studied = new Set([edge.prerequisite_id]);
    for (const known of [new Set<string>(), studied]) {
      const values = pathValues(ctx, known);
      for (const s of known) expect(values.has(s)).toBe(false);
      for (const c of graph.concepts) {
        if (known.has(c.id)) continue;
        const path = closure(c.id, known);
        for (const x of path) expect(values.get(x)!).toBeGreaterThanOrEqual(density(path) - 1e-12);
      }
      // The value is attained by some path (it is a maximum, not an over-estimate).
      for (const c of graph.concepts.filter((x) => !known.has(x.id)).slice(0, 30)) {
        const attained = graph.concepts.some((d) => !known.has(d.id) && closure(d.id, known).has(c.id) && Math.abs(density(closure(d.id, known)) - values.get(c.id)!) < 1e-12);
        expect(attained).toBe(true);
      }
    }
  });
});
