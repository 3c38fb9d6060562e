import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { loadContentGraph } from '../../content/content-graph.ts';
import type { AttemptEvent } from '../events.ts';
import { formatHlc } from '../hlc.ts';
import { createEngineContext } from '../state/context.ts';
import { foldStudent } from '../state/student-state.ts';
import { countLoggedReviews, dayReviewLog, trainingItems } from './review-log.ts';
import { DAY_MS, DEFAULT_SCHEDULE_CONFIG, personalSchedule, reviewCard } from './review.ts';

const graph = loadContentGraph();
const c = graph.concepts[0]!;
const questions = [0, 1, 2].map((k) => ({ id: `q${k}`, subject: c.subject, primary_concept_id: c.id, secondary_concept_ids: [], difficulty: 2, typicalTimeMs: 120_000 }));
const ctx = createEngineContext({ concepts: graph.concepts, prerequisites: graph.prerequisites, questions });
const T0 = Date.UTC(2027, 0, 4, 1, 0);
let n = 0;
const ev = (atMs: number, correct: boolean): AttemptEvent => ({
  id: `e${++n}`,
  hlc: formatHlc({ wallMs: atMs, counter: 0, node: 'd' }),
  student_id: 's',
  question_id: `q${n % 3}`,
  concept_id: c.id,
  correct,
  response_time_ms: 90_000,
  device_time_ms: atMs,
});

describe('dayReviewLog', () => {
  it('one review per study day graded from all its answers, gaps in study days', () => {
    const events = [ev(T0, true), ev(T0 + 60_000, false), ev(T0 + 120_000, true), ev(T0 + 3 * DAY_MS, false), ev(T0 + 3 * DAY_MS + 1, false), ev(T0 + 10 * DAY_MS, true)];
    const log = dayReviewLog(ctx, foldStudent(ctx, 's', [...events].reverse()));
    expect(log.get(c.id)).toEqual([
      { rating: Rating.Hard, deltaDays: 0 },
      { rating: Rating.Again, deltaDays: 3 },
      { rating: Rating.Good, deltaDays: 7 },
    ]);
    expect(countLoggedReviews(log)).toBe(2);
    expect(trainingItems(log).map((i) => i.length)).toEqual([2, 3]);
  });
});

describe('personalSchedule', () => {
  it('uses a valid fitted vector and ignores a malformed one', () => {
    const w = [0.4, 1.2, 3.1, 15.7, 7.2, 0.53, 1.46, 0.0046, 1.55, 0.12, 1.0, 1.9, 0.11, 0.29, 2.27, 0.23, 2.99, 0.52, 0.66, 0.1, 0.2];
    expect(personalSchedule(DEFAULT_SCHEDULE_CONFIG, w).weights).toEqual(w);
    expect(personalSchedule(DEFAULT_SCHEDULE_CONFIG, w.slice(1))).toBe(DEFAULT_SCHEDULE_CONFIG);
    expect(personalSchedule(DEFAULT_SCHEDULE_CONFIG, [...w.slice(1), Number.NaN])).toBe(DEFAULT_SCHEDULE_CONFIG);
    expect(personalSchedule(DEFAULT_SCHEDULE_CONFIG, null)).toBe(DEFAULT_SCHEDULE_CONFIG);
    // The parameters reach the scheduler: a larger initial Good stability, a longer first interval.
    const mine = personalSchedule(DEFAULT_SCHEDULE_CONFIG, w);
    expect(reviewCard(undefined, 'A', Rating.Good, T0, mine).stability).toBeCloseTo(3.1, 6);
    expect(reviewCard(undefined, 'A', Rating.Good, T0).stability).not.toBeCloseTo(3.1, 3);
  });
});
