import type { Messages } from '../i18n/en.ts';

/**
 * The names staff screens show for tests and subjects instead of internal ids:
 * "weekly-2026-W49" → "Weekly test, week 49"; "BM-11-2026-12" → "Monthly benchmark, December
 * 2026 · class 11". An id that does not follow a known pattern falls back to the test type's name.
 */

const WEEKLY = /^weekly-(\d{4})-W(\d{1,2})$/;
const MONTHLY = /^BM-(11|12)-(\d{4})-(\d{2})(?:-\d+)?$/;

/** "December 2026" in the reader's language. */
export function monthName(year: number, month: number, lang: 'en' | 'hi'): string {
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(lang === 'hi' ? 'hi-IN' : 'en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function testName(t: Messages, lang: 'en' | 'hi', testType: string, testId: string): string {
  const weekly = WEEKLY.exec(testId);
  if (weekly) return t.staffx.testWeekly(Number(weekly[2]));
  const monthly = MONTHLY.exec(testId);
  if (monthly) return t.staffx.testMonthly(monthName(Number(monthly[2]), Number(monthly[3]), lang), Number(monthly[1]));
  if (testType === 'DIAGNOSTIC') return t.staffx.testDiagnostic;
  if (testType === 'PRACTICE') return t.staffx.testPractice;
  if (testType === 'WEEKLY') return t.staffx.testWeeklyPlain;
  if (testType === 'MONTHLY') return t.staffx.testMonthlyPlain;
  return t.staffx.testOther;
}

/** "Mathematics" for MATH (the subject code itself when unknown). */
export function subjectName(t: Messages, subject: string): string {
  return t.staffx.subjects[subject] ?? subject;
}

/** "3 minutes ago" / "2 घंटे पहले": how long ago `iso` was, in the largest whole unit (seconds under a minute). */
export function timeAgo(iso: string, nowMs: number, lang: 'en' | 'hi'): string {
  const rtf = new Intl.RelativeTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { numeric: 'auto' });
  const s = Math.round((Date.parse(iso) - nowMs) / 1000);
  const abs = Math.abs(s);
  if (abs < 60) return rtf.format(s, 'second');
  if (abs < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(s / 3600), 'hour');
  return rtf.format(Math.round(s / 86_400), 'day');
}
