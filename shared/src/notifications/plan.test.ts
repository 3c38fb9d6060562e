import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeek, localTime, previousDate } from './local-time.ts';
import { inQuietHours, planDailyReminder, planStreakAtRisk, planWeeklyDigest, streakLength } from './plan.ts';

const ZONES = ['Asia/Kolkata', 'UTC', 'America/New_York', 'Europe/London', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns'];
const minute = fc.integer({ min: 0, max: 1439 });
const zone = fc.constantFrom(...ZONES);
const runs = Number(process.env.FC_RUNS ?? 200);
// 2020-01-01 .. 2030-01-01, so DST transitions of every zone above are covered.
const instant = fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 });

describe('local time', () => {
  it('knows India, Nepal and DST zones', () => {
    // 2026-12-06T02:30Z is 08:00 in India (+05:30) and 08:15 in Nepal (+05:45).
    const t = Date.UTC(2026, 11, 6, 2, 30);
    expect(localTime(t, 'Asia/Kolkata')).toEqual({ date: '2026-12-06', minute: 8 * 60, weekday: 7 });
    expect(localTime(t, 'Asia/Kathmandu').minute).toBe(8 * 60 + 15);
    expect(localTime(t, 'America/New_York')).toMatchObject({ date: '2026-12-05', minute: 21 * 60 + 30 });
    expect(previousDate('2028-03-01')).toBe('2028-02-29');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2026-12-07')).toBe('2026-W50');
  });
});

describe('quiet hours', () => {
  it('wrap midnight and equal bounds mean none', () => {
    const q = { quiet_start: 22 * 60, quiet_end: 7 * 60 };
    expect([21 * 60 + 59, 22 * 60, 0, 6 * 60 + 59, 7 * 60].map((m) => inQuietHours(m, q))).toEqual([false, true, true, true, false]);
    expect(inQuietHours(600, { quiet_start: 600, quiet_end: 600 })).toBe(false);
  });
});

/** Runs the planner every `stepMin` minutes over `days` days and returns what it sent. */
function simulate(opts: { start: number; days: number; stepMin: number; tz: string; reminderMinute: number; quiet_start: number; quiet_end: number; due: (ms: number) => number; studied: (ms: number) => number | null }) {
  const sent: { ms: number; occasion: string }[] = [];
  let lastSentDate: string | null = null;
  for (let ms = opts.start; ms < opts.start + opts.days * 86_400_000; ms += opts.stepMin * 60_000) {
    const d = planDailyReminder({ nowMs: ms, timeZone: opts.tz, reminderMinute: opts.reminderMinute, quiet_start: opts.quiet_start, quiet_end: opts.quiet_end, dueCount: opts.due(ms), lastStudiedMs: opts.studied(ms), lastSentDate });
    if (d.send) {
      sent.push({ ms, occasion: d.occasion });
      lastSentDate = d.occasion;
    }
  }
  return sent;
}

describe('daily reminder (properties)', () => {
  it('is never planned in quiet hours, at most once per local date, and on the local date of the instant', () => {
    fc.assert(
      fc.property(instant, zone, minute, minute, minute, fc.integer({ min: 0, max: 30 }), (start, tz, reminderMinute, qs, qe, due) => {
        const sent = simulate({ start, days: 3, stepMin: 7, tz, reminderMinute, quiet_start: qs, quiet_end: qe, due: () => due, studied: () => null });
        const q = { quiet_start: qs, quiet_end: qe };
        for (const s of sent) {
          const local = localTime(s.ms, tz);
          expect(inQuietHours(local.minute, q)).toBe(false);
          expect(s.occasion).toBe(local.date);
        }
        expect(new Set(sent.map((s) => s.occasion)).size).toBe(sent.length);
        if (due === 0) expect(sent).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  it('never when nothing is due or the student already studied that local day', () => {
    fc.assert(
      fc.property(instant, zone, minute, minute, minute, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 1439 }), (now, tz, reminderMinute, qs, qe, due, agoMin) => {
        const base = { nowMs: now, timeZone: tz, reminderMinute, quiet_start: qs, quiet_end: qe, lastSentDate: null };
        expect(planDailyReminder({ ...base, dueCount: 0, lastStudiedMs: null }).send).toBe(false);
        const studiedAt = now - agoMin * 60_000;
        const d = planDailyReminder({ ...base, dueCount: due, lastStudiedMs: studiedAt });
        if (localTime(studiedAt, tz).date === localTime(now, tz).date) expect(d.send).toBe(false);
      }),
      { numRuns: runs },
    );
  });

  it('a planner ticking every few minutes sends exactly once a day when reviews are due and quiet hours leave room', () => {
    // 18:00 reminder, quiet 22:00–07:00, ticks every 5 minutes for a week: seven reminders, each within the window.
    const start = Date.UTC(2026, 11, 1, 0, 0);
    const sent = simulate({ start, days: 7, stepMin: 5, tz: 'Asia/Kolkata', reminderMinute: 18 * 60, quiet_start: 22 * 60, quiet_end: 7 * 60, due: () => 3, studied: () => null });
    expect(sent.map((s) => localTime(s.ms, 'Asia/Kolkata'))).toEqual(
      ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'].map((date) => ({ date, minute: 18 * 60, weekday: expect.any(Number) as number })),
    );
    // A reminder chosen inside quiet hours waits for them to end.
    const late = simulate({ start, days: 2, stepMin: 5, tz: 'Asia/Kolkata', reminderMinute: 23 * 60, quiet_start: 22 * 60, quiet_end: 7 * 60, due: () => 3, studied: () => null });
    expect(late.map((s) => localTime(s.ms, 'Asia/Kolkata').minute)).toEqual([7 * 60, 7 * 60]);
  });
});

describe('streak at risk', () => {
  it('counts consecutive days ending yesterday or today', () => {
    expect(streakLength(['2026-12-04', '2026-12-05', '2026-12-03', '2026-12-01'], '2026-12-06')).toBe(3);
    expect(streakLength(['2026-12-06', '2026-12-05'], '2026-12-06')).toBe(2);
    expect(streakLength(['2026-12-04'], '2026-12-06')).toBe(0);
  });

  it('only for a streak of 2+ days not yet extended today, never in quiet hours', () => {
    fc.assert(
      fc.property(instant, zone, minute, minute, fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 10 }), (now, tz, qs, qe, agoDays) => {
        const today = localTime(now, tz).date;
        let d = today;
        const dates: string[] = [];
        for (let i = 0; i <= 10; i++) {
          if (agoDays.includes(i)) dates.push(d);
          d = previousDate(d);
        }
        const r = planStreakAtRisk({ nowMs: now, timeZone: tz, quiet_start: qs, quiet_end: qe, studyDates: dates, lastSentDate: null });
        if (r.send) {
          expect(dates).not.toContain(today);
          expect(r.streak).toBeGreaterThanOrEqual(2);
          expect(inQuietHours(localTime(now, tz).minute, { quiet_start: qs, quiet_end: qe })).toBe(false);
          expect(planStreakAtRisk({ nowMs: now, timeZone: tz, quiet_start: qs, quiet_end: qe, studyDates: dates, lastSentDate: r.occasion }).send).toBe(false);
        }
      }),
      { numRuns: runs },
    );
  });
});

describe('weekly digest', () => {
  it('goes out on Monday once per ISO week', () => {
    const monday = Date.UTC(2026, 11, 7, 12, 30); // 18:00 in India
    const base = { timeZone: 'Asia/Kolkata', reminderMinute: 18 * 60, quiet_start: 22 * 60, quiet_end: 7 * 60, week: isoWeek };
    expect(planWeeklyDigest({ ...base, nowMs: monday, lastSentWeek: null })).toEqual({ send: true, occasion: '2026-W50' });
    expect(planWeeklyDigest({ ...base, nowMs: monday, lastSentWeek: '2026-W50' }).send).toBe(false);
    expect(planWeeklyDigest({ ...base, nowMs: monday + 86_400_000, lastSentWeek: null }).send).toBe(false);
  });
});
