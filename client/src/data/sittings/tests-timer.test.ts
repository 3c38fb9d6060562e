import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeClock } from './tests-clock.ts';
import { addQuestionTime, durationForQuestions, formatClock, initialRemainingMs, MAX_TICK_GAP_MS, remainingAfter, tickElapsed } from './tests-timer.ts';

describe('test clocks', () => {
  it('a tick counts the gap; backwards clocks and suspensions count nothing', () => {
    expect(tickElapsed(1_000, 2_000)).toBe(1_000);
    expect(tickElapsed(2_000, 1_000)).toBe(0);
    expect(tickElapsed(0, MAX_TICK_GAP_MS)).toBe(MAX_TICK_GAP_MS);
    expect(tickElapsed(0, MAX_TICK_GAP_MS + 1)).toBe(0);
    expect(tickElapsed(Number.NaN, 5)).toBe(0);
  });

  it('remaining time never goes below zero and never grows', () => {
    expect(remainingAfter(10_000, 3_000)).toBe(7_000);
    expect(remainingAfter(10_000, 30_000)).toBe(0);
    expect(remainingAfter(10_000, -5)).toBe(10_000);
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.array(fc.integer({ min: -1000, max: 100_000 })), (start, steps) => {
        let r = start;
        for (const s of steps) {
          const next = remainingAfter(r, s);
          expect(next).toBeLessThanOrEqual(r);
          expect(next).toBeGreaterThanOrEqual(0);
          r = next;
        }
      }),
    );
  });

  it('resuming after a restart continues from the persisted remaining time (device-off time does not count)', () => {
    // Persisted 600 000 ms left, then the tab died; the resumed player starts its ticks at load time.
    const persisted = 600_000;
    const loadedAt = 5_000_000;
    expect(remainingAfter(persisted, tickElapsed(loadedAt, loadedAt + 1_000))).toBe(599_000);
  });

  it('time per question grows only while the page is visible', () => {
    let times: Readonly<Record<string, number>> = {};
    times = addQuestionTime(times, 'q1', 1_000, true);
    times = addQuestionTime(times, 'q1', 1_000, false);
    times = addQuestionTime(times, 'q2', 500, true);
    times = addQuestionTime(times, undefined, 500, true);
    expect(times).toEqual({ q1: 1_000, q2: 500 });
    const same = addQuestionTime(times, 'q1', 0, true);
    expect(same).toBe(times);
  });

  it('formats the countdown and sizes papers at JEE Main pace', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(3_600_000 + 62_000)).toBe('1:01:02');
    expect(durationForQuestions(75)).toBe(180 * 60);
    expect(initialRemainingMs(90)).toBe(90_000);
    expect(initialRemainingMs(null)).toBe(0);
  });

  it('a resumed clock takes the least time left and the most time per question of the database and the unload mirror', () => {
    const snapshot = { currentIndex: 2, visited: ['a'], marked: [], timeMs: { a: 4_000, b: 1_000 }, remainingMs: 60_000 };
    expect(mergeClock(snapshot, { remainingMs: 57_000, timeMs: { a: 6_000, c: 500 } })).toEqual({ ...snapshot, remainingMs: 57_000, timeMs: { a: 6_000, b: 1_000, c: 500 } });
    expect(mergeClock(snapshot, { remainingMs: 90_000, timeMs: { a: 1 } })).toEqual(snapshot);
    expect(mergeClock(snapshot, null)).toBe(snapshot);
    expect(mergeClock(snapshot, { remainingMs: 'x', timeMs: { a: 'y' } })).toEqual(snapshot);
  });
});
