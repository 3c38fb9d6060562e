import { DAY_MS } from '../../time.ts';
/** One UTC day, ms. */

/**
 * Consecutive UTC days with activity ending today or yesterday. `days` are ISO dates or
 * timestamps, newest first, one per day. Device and server count the same streak from the same
 * attempts.
 */
export function streakDays(days: readonly string[], nowMs: number): number {
  let expected = Math.floor(nowMs / DAY_MS);
  const first = days[0] ? Math.floor(Date.parse(days[0]) / DAY_MS) : null;
  if (first === null || first < expected - 1) return 0;
  if (first === expected - 1) expected -= 1;
  let streak = 0;
  for (const day of days) {
    if (Math.floor(Date.parse(day) / DAY_MS) !== expected) break;
    streak += 1;
    expected -= 1;
  }
  return streak;
}
