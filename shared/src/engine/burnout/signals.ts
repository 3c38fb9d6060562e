import type { AttemptEvent } from '../events.ts';
import { DAY_MS } from '../../time.ts';

/**
 * Behavioural signals for burnout care, each 0–1 (0 = no concern), computed from a student's
 * attempts and review backlog over a recent window. Pure: "now" and the student's timezone are
 * parameters. Device wall time is used here on purpose: it is the student's lived time of day.
 */

/** The attempt fields the signals read. */
export type BehaviourAttempt = Pick<AttemptEvent, 'id' | 'question_id' | 'correct' | 'response_time_ms' | 'device_time_ms'>;

/** Inputs to `computeSignals`. */
export interface SignalInput {
  readonly attempts: readonly BehaviourAttempt[];
  /** Number of due reviews at the start of each day, oldest first (from the schedule). */
  readonly backlog: readonly number[];
  /** Epoch ms. */
  readonly nowMs: number;
  /** Student's offset from UTC, minutes (IST = +330). */
  readonly utcOffsetMinutes: number;
  /** Typical time per question, ms (population median), when known. */
  readonly typicalTimeMs?: ReadonlyMap<string, number>;
  /** Window, days (default 14). */
  readonly windowDays?: number;
}

/** Signal names. */
export type SignalName =
  | 'rapidGuessing'
  | 'rushedGuessing'
  | 'fallingAccuracy'
  | 'lateNight'
  | 'longSessions'
  | 'growingBacklog'
  | 'brokenStreak'
  | 'sessionGaps';

/** A wrong answer faster than this (ms) counts as rushed: too fast to have read the question. */
export const RUSHED_WRONG_MS = 5_000;
/** Fewest recent answers before the rushed-guessing pattern is judged. */
export const RUSHED_MIN_ANSWERS = 20;

/** Each signal's level, 0–1, and the raw figure behind it. */
export type Signals = Readonly<Record<SignalName, { readonly level: number; readonly figure: number }>>;

const MINUTE_MS = 60_000;
/** Gap that ends a study session, ms. */
export const SESSION_GAP_MS = 30 * MINUTE_MS;

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A study session: consecutive attempts less than 30 minutes apart. Times in epoch ms. */
export interface StudySession {
  readonly startMs: number;
  readonly endMs: number;
  readonly attempts: number;
}

/** Sessions from attempts (sorted by device time, then id, so the result depends only on the set). */
export function sessionsOf(attempts: readonly BehaviourAttempt[]): StudySession[] {
  const sorted = [...attempts].sort((a, b) => a.device_time_ms - b.device_time_ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: StudySession[] = [];
  let cur: { startMs: number; endMs: number; attempts: number } | undefined;
  for (const a of sorted) {
    const start = a.device_time_ms - a.response_time_ms;
    if (cur !== undefined && start - cur.endMs <= SESSION_GAP_MS) {
      cur.endMs = Math.max(cur.endMs, a.device_time_ms);
      cur.attempts++;
    } else {
      if (cur !== undefined) out.push(cur);
      cur = { startMs: start, endMs: a.device_time_ms, attempts: 1 };
    }
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

/** Local hour of day 0–23 for an epoch-ms time and a UTC offset in minutes. */
export function localHour(ms: number, utcOffsetMinutes: number): number {
  const local = ms + utcOffsetMinutes * MINUTE_MS;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
}

function localDay(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * MINUTE_MS) / DAY_MS);
}

/** Compute every signal over the window ending at `nowMs`. */
export function computeSignals(input: SignalInput): Signals {
  const windowMs = (input.windowDays ?? 14) * DAY_MS;
  const from = input.nowMs - windowMs;
  const recent = input.attempts.filter((a) => a.device_time_ms > from && a.device_time_ms <= input.nowMs);
  const typical = (q: string): number => input.typicalTimeMs?.get(q) ?? 60_000;

  const rapid = recent.length === 0 ? 0 : recent.filter((a) => a.response_time_ms < Math.max(2_000, 0.1 * typical(a.question_id))).length / recent.length;

  // Rushed guessing: many answers, accuracy near chance, most of the wrong ones given faster than
  // the question can be read. Level needs both the rushed share and the low accuracy.
  const rushedWrong = recent.filter((a) => !a.correct && a.response_time_ms < Math.max(RUSHED_WRONG_MS, 0.1 * typical(a.question_id))).length;
  const rushedShare = recent.length === 0 ? 0 : rushedWrong / recent.length;
  const accuracy = recent.length === 0 ? 1 : recent.filter((a) => a.correct).length / recent.length;
  const rushedLevel = recent.length < RUSHED_MIN_ANSWERS ? 0 : clamp01((rushedShare - 0.2) / 0.3) * clamp01((0.45 - accuracy) / 0.2);

  const mid = input.nowMs - windowMs / 2;
  const acc = (xs: readonly BehaviourAttempt[]): number => xs.filter((a) => a.correct).length / xs.length;
  const early = recent.filter((a) => a.device_time_ms <= mid);
  const late = recent.filter((a) => a.device_time_ms > mid);
  const drop = early.length >= 10 && late.length >= 10 ? acc(early) - acc(late) : 0;

  const sessions = sessionsOf(recent);
  const night = sessions.length === 0 ? 0 : sessions.filter((s) => {
    const h = localHour(s.endMs, input.utcOffsetMinutes);
    return h >= 23 || h < 5;
  }).length / sessions.length;
  const long = sessions.length === 0 ? 0 : sessions.filter((s) => s.endMs - s.startMs > 150 * MINUTE_MS).length / sessions.length;

  const b = input.backlog.slice(-(input.windowDays ?? 14));
  const growth = b.length >= 2 ? ((b[b.length - 1] as number) - (b[0] as number)) / Math.max(10, b[0] as number) : 0;

  // Streak: consecutive study days before the most recent break, and the break's length so far.
  const days = [...new Set(input.attempts.filter((a) => a.device_time_ms <= input.nowMs).map((a) => localDay(a.device_time_ms, input.utcOffsetMinutes)))].sort((x, y) => x - y);
  const today = localDay(input.nowMs, input.utcOffsetMinutes);
  const lastDay = days[days.length - 1];
  const idle = lastDay === undefined ? 0 : today - lastDay;
  let streak = 0;
  for (let i = days.length - 1; i >= 0 && (i === days.length - 1 || (days[i + 1] as number) - (days[i] as number) === 1); i--) streak++;
  const broken = streak >= 4 && idle >= 2 ? clamp01(idle / 4) : 0;

  const windowDays = days.filter((d) => d > localDay(from, input.utcOffsetMinutes));
  let maxGap = 0;
  for (let i = 1; i < windowDays.length; i++) maxGap = Math.max(maxGap, (windowDays[i] as number) - (windowDays[i - 1] as number) - 1);
  maxGap = Math.max(maxGap, idle - 1);

  return {
    rapidGuessing: { level: clamp01((rapid - 0.05) / 0.25), figure: rapid },
    rushedGuessing: { level: rushedLevel, figure: rushedShare },
    fallingAccuracy: { level: clamp01(drop / 0.25), figure: drop },
    lateNight: { level: clamp01((night - 0.1) / 0.4), figure: night },
    longSessions: { level: clamp01(long / 0.5), figure: long },
    growingBacklog: { level: clamp01(growth), figure: growth },
    brokenStreak: { level: broken, figure: idle },
    sessionGaps: { level: clamp01((maxGap - 1) / 4), figure: maxGap },
  };
}
