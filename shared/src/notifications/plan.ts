import { localTime, previousDate } from './local-time.ts';

/**
 * When a personal reminder may go out. All times are local minutes of day in the person's zone.
 * Invariants (property-tested in plan.test.ts): a reminder is never planned inside quiet hours,
 * at most once per local date per kind (the occasion is that date), and never when nothing is
 * due (or, for the streak, when there is no streak or the student already studied today).
 */

export interface QuietHours {
  quiet_start: number;
  quiet_end: number;
}

/** True when `minute` lies in [quiet_start, quiet_end), wrapping midnight; equal bounds mean none. */
export function inQuietHours(minute: number, q: QuietHours): boolean {
  if (q.quiet_start === q.quiet_end) return false;
  if (q.quiet_start < q.quiet_end) return minute >= q.quiet_start && minute < q.quiet_end;
  return minute >= q.quiet_start || minute < q.quiet_end;
}

/**
 * The local minute a reminder chosen for `chosen` actually becomes due: the chosen minute, or
 * when that falls in quiet hours, the end of the quiet hours (the morning after a late choice
 * wraps to the same calendar day's morning, which is earlier — a reminder is never carried into
 * the next day, since the occasion is the day).
 */
export function effectiveMinute(chosen: number, q: QuietHours): number {
  return inQuietHours(chosen, q) ? q.quiet_end : chosen;
}

/** How long after its time a missed reminder is still worth sending (minutes): a planner that was down all evening does not wake anyone at midnight. */
export const REMINDER_WINDOW_MIN = 180;

export type PlanDecision = { send: true; occasion: string } | { send: false; reason: 'not_yet' | 'quiet_hours' | 'nothing_due' | 'already_studied' | 'already_sent' | 'window_passed' | 'no_streak' };

export interface DailyReminderInput extends QuietHours {
  nowMs: number;
  timeZone: string;
  /** Chosen local minute of day. */
  reminderMinute: number;
  /** Reviews due now. */
  dueCount: number;
  /** When the student last studied (an attempt), or null. */
  lastStudiedMs: number | null;
  /** Local date of the last daily reminder already created, or null. */
  lastSentDate: string | null;
}

function timeGate(minute: number, target: number, q: QuietHours): PlanDecision | null {
  if (inQuietHours(minute, q)) return { send: false, reason: 'quiet_hours' };
  if (minute < target) return { send: false, reason: 'not_yet' };
  if (minute >= target + REMINDER_WINDOW_MIN) return { send: false, reason: 'window_passed' };
  return null;
}

/** Today's reviews: once a day, at the chosen time (or after quiet hours), only if something is due and the student has not studied today. */
export function planDailyReminder(input: DailyReminderInput): PlanDecision {
  const now = localTime(input.nowMs, input.timeZone);
  if (input.dueCount <= 0) return { send: false, reason: 'nothing_due' };
  if (input.lastSentDate === now.date) return { send: false, reason: 'already_sent' };
  const gate = timeGate(now.minute, effectiveMinute(input.reminderMinute, input), input);
  if (gate) return gate;
  if (input.lastStudiedMs !== null && localTime(input.lastStudiedMs, input.timeZone).date === now.date) return { send: false, reason: 'already_studied' };
  return { send: true, occasion: now.date };
}

/** Local minute at which a streak counts as at risk (8 pm), unless quiet hours move it. */
export const STREAK_RISK_MINUTE = 20 * 60;

/**
 * Consecutive local days with study ending yesterday or today, from the local dates on which the
 * student studied (any order, duplicates allowed).
 */
export function streakLength(studyDates: readonly string[], today: string): number {
  const days = new Set(studyDates);
  let day = days.has(today) ? today : previousDate(today);
  let n = 0;
  while (days.has(day)) {
    n += 1;
    day = previousDate(day);
  }
  return n;
}

export interface StreakInput extends QuietHours {
  nowMs: number;
  timeZone: string;
  /** Local dates (in `timeZone`) with at least one attempt, recent ones suffice (a streak longer than the list is reported as its length). */
  studyDates: readonly string[];
  lastSentDate: string | null;
}

/** A streak of at least 2 days is at risk in the evening of a day without study yet. */
export function planStreakAtRisk(input: StreakInput): PlanDecision & { streak: number } {
  const now = localTime(input.nowMs, input.timeZone);
  const streak = streakLength(input.studyDates, now.date);
  const decide = (): PlanDecision => {
    if (input.studyDates.includes(now.date)) return { send: false, reason: 'already_studied' };
    if (streak < 2) return { send: false, reason: 'no_streak' };
    if (input.lastSentDate === now.date) return { send: false, reason: 'already_sent' };
    return timeGate(now.minute, effectiveMinute(STREAK_RISK_MINUTE, input), input) ?? { send: true, occasion: now.date };
  };
  return { ...decide(), streak };
}

/** The weekly coach digest: Monday at the coach's reminder time (or after quiet hours). Occasion: the ISO week. */
export function planWeeklyDigest(input: QuietHours & { nowMs: number; timeZone: string; reminderMinute: number; lastSentWeek: string | null; week: (date: string) => string }): PlanDecision {
  const now = localTime(input.nowMs, input.timeZone);
  const week = input.week(now.date);
  if (now.weekday !== 1) return { send: false, reason: 'not_yet' };
  if (input.lastSentWeek === week) return { send: false, reason: 'already_sent' };
  return timeGate(now.minute, effectiveMinute(input.reminderMinute, input), input) ?? { send: true, occasion: week };
}
