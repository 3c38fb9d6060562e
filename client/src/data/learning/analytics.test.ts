import { describe, expect, it } from 'vitest';
import { buildAnalytics, TREND_WEEKS, weekOf, type AnalyticsAttempt } from './analytics.ts';

const row = (day: string, correct: boolean, seconds: number, subject = 'MATH', unit = 'M.U01'): AnalyticsAttempt => ({
  is_correct: correct ? 1 : 0,
  response_time_ms: seconds * 1000,
  device_time: `${day}T10:00:00.000Z`,
  subject,
  unit,
});

describe('weekOf', () => {
  it('gives the Monday of the UTC week', () => {
    expect(weekOf(Date.parse('2026-06-10T23:00:00Z'))).toBe('2026-06-08'); // a Wednesday
    expect(weekOf(Date.parse('2026-06-08T00:00:00Z'))).toBe('2026-06-08'); // Monday itself
    expect(weekOf(Date.parse('2026-06-14T23:59:59Z'))).toBe('2026-06-08'); // Sunday
  });
});

describe('buildAnalytics', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  const rows = [
    row('2026-06-09', true, 20),
    row('2026-06-09', false, 45),
    row('2026-06-01', true, 100, 'PHYSICS', 'P.U02'),
    row('2026-06-02', true, 300, 'PHYSICS', 'P.U01'),
    row('2025-01-01', false, 50), // outside the trend window, still counted elsewhere
  ];
  const a = buildAnalytics(rows, now, ['M.U01', 'P.U01', 'P.U02']);

  it('buckets accuracy by week over the trend window, newest last', () => {
    expect(a.weeks).toHaveLength(TREND_WEEKS);
    expect(a.weeks.at(-1)).toEqual({ week: '2026-06-08', attempts: 2, correct: 1, accuracy: 0.5 });
    expect(a.weeks.at(-2)).toEqual({ week: '2026-06-01', attempts: 2, correct: 2, accuracy: 1 });
    expect(a.weeks.slice(0, -2).every((w) => w.attempts === 0)).toBe(true);
  });

  it('histograms time per question and accuracy per subject and unit', () => {
    expect(a.total).toBe(5);
    expect(a.correct).toBe(3);
    expect(a.timeBuckets.map((b) => b.count)).toEqual([1, 2, 1, 0, 1]);
    expect(a.subjects.map((s) => [s.key, s.attempts, s.correct, s.medianS])).toEqual([
      ['MATH', 3, 1, 45],
      ['PHYSICS', 2, 2, 200],
    ]);
    expect(a.units.map((u) => u.key)).toEqual(['M.U01', 'P.U01', 'P.U02']);
  });

  it('is empty but well formed with no attempts', () => {
    const empty = buildAnalytics([], now);
    expect(empty.total).toBe(0);
    expect(empty.weeks.every((w) => w.attempts === 0 && w.accuracy === 0)).toBe(true);
    expect(empty.subjects).toEqual([]);
  });
});
