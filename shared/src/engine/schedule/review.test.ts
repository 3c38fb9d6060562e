import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { creditCard, DAY_MS, gradeAnswer, isDue, projectedReviews, retrievability, reviewCard } from './review.ts';

const T0 = 1_767_225_600_000;

describe('FSRS review cards', () => {
  it.each([
    [true, false, Rating.Good],
    [true, true, Rating.Hard],
    [false, false, Rating.Again],
    [false, true, Rating.Again],
  ])('grade(correct=%s, doubtful=%s) = %d', (correct, doubtful, grade) => {
    expect(gradeAnswer(correct, doubtful)).toBe(grade);
  });

  it('a first Good review schedules days ahead; Again schedules one day', () => {
    const good = reviewCard(undefined, 'A', Rating.Good, T0);
    const again = reviewCard(undefined, 'A', Rating.Again, T0);
    expect(good.dueMs).toBeGreaterThan(T0 + DAY_MS);
    expect(again.dueMs).toBe(T0 + DAY_MS);
    expect(again.lapses).toBe(1);
    expect(good.reps).toBe(1);
  });

  it('successive on-time Good reviews lengthen the interval', () => {
    let card = reviewCard(undefined, 'A', Rating.Good, T0);
    let prev = card.dueMs - card.lastReviewMs;
    for (let i = 0; i < 3; i++) {
      card = reviewCard(card, 'A', Rating.Good, card.dueMs);
      const interval = card.dueMs - card.lastReviewMs;
      expect(interval).toBeGreaterThan(prev);
      prev = interval;
    }
  });

  it('retrievability decays with time and is ≈ 0.9 at the due date', () => {
    const card = reviewCard(reviewCard(undefined, 'A', Rating.Good, T0), 'A', Rating.Good, T0 + 3 * DAY_MS);
    expect(retrievability(card, card.lastReviewMs)).toBeCloseTo(1, 5);
    const atDue = retrievability(card, card.dueMs);
    expect(atDue).toBeGreaterThan(0.85);
    expect(atDue).toBeLessThan(0.95);
    expect(retrievability(card, card.dueMs + 30 * DAY_MS)).toBeLessThan(atDue);
  });

  it('is pure: the same inputs give the same card', () => {
    expect(reviewCard(undefined, 'A', Rating.Hard, T0)).toEqual(reviewCard(undefined, 'A', Rating.Hard, T0));
  });

  it('property: implicit credit never shortens the schedule and grows with credit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (days, a, b) => {
        const card = reviewCard(reviewCard(undefined, 'A', Rating.Good, T0), 'A', Rating.Good, T0 + 2 * DAY_MS);
        const at = card.lastReviewMs + days * DAY_MS;
        const lo = creditCard(card, Math.min(a, b), at);
        const hi = creditCard(card, Math.max(a, b), at);
        expect(lo.dueMs).toBeGreaterThanOrEqual(card.dueMs);
        expect(hi.stability).toBeGreaterThanOrEqual(lo.stability);
        expect(hi.dueMs).toBeGreaterThanOrEqual(lo.dueMs);
        expect(hi.lastReviewMs).toBe(card.lastReviewMs);
        expect(hi.reps).toBe(card.reps);
      }),
    );
  });

  it('credits at most once a day, and never on the day of an explicit review', () => {
    const card = reviewCard(undefined, 'A', Rating.Good, T0);
    expect(creditCard(card, 1, T0 + DAY_MS - 1)).toBe(card);
    const once = creditCard(card, 1, T0 + DAY_MS);
    expect(once.lastCreditMs).toBe(T0 + DAY_MS);
    expect(creditCard(once, 1, T0 + DAY_MS + 3_600_000)).toBe(once);
    expect(creditCard(once, 1, T0 + 2 * DAY_MS).stability).toBeGreaterThanOrEqual(once.stability);
  });

  it('zero credit is a no-op; full credit on a due card pushes it out', () => {
    const card = reviewCard(undefined, 'A', Rating.Good, T0);
    expect(creditCard(card, 0, card.dueMs)).toBe(card);
    expect(isDue(card, card.dueMs)).toBe(true);
    expect(isDue(creditCard(card, 1, card.dueMs), card.dueMs)).toBe(false);
  });
});

describe('projectedReviews', () => {
  it('a young card needs fewer reviews over months than its current interval suggests, since intervals grow', () => {
    const card = reviewCard(undefined, 'A', Rating.Good, T0);
    const n = projectedReviews(card.stability, card.difficulty, 0, 90);
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(90 / card.stability);
    expect(projectedReviews(null, null, 0, 90)).toBeCloseTo(n, 9);
  });

  it('property: never negative, grows with the horizon, shrinks with stability', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 200, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: 1, max: 400 }), (s, d, h) => {
        const n = projectedReviews(s, d, 0, h);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(projectedReviews(s, d, 0, h + 30)).toBeGreaterThanOrEqual(n);
        expect(projectedReviews(s * 2, d, 0, h)).toBeLessThanOrEqual(n);
      }),
    );
  });
});
