import { DAY_MS } from '@cr/shared/time';
/**
 * The analytics screen's figures, aggregated on the device from the student's marked attempts
 * (pure: the rows come from learn-queries.ts). Weeks are UTC weeks starting on Monday, the same
 * day boundary as the streak.
 */

export interface AnalyticsAttempt {
  /** 0/1. */
  readonly is_correct: number;
  /** Time spent on the question, ms. */
  readonly response_time_ms: number | null;
  /** ISO timestamp (device clock). */
  readonly device_time: string | null;
  readonly subject: string | null;
  readonly unit: string | null;
}

export interface WeekPoint {
  /** Monday of the week, `YYYY-MM-DD` (UTC). */
  readonly week: string;
  readonly attempts: number;
  readonly correct: number;
  /** 0–1. */
  readonly accuracy: number;
}

export interface TimeBucket {
  /** Lower bound, seconds (inclusive); upper bound exclusive, null = open. */
  readonly fromS: number;
  readonly toS: number | null;
  readonly count: number;
}

export interface GroupAccuracy {
  readonly key: string;
  readonly subject: string;
  readonly attempts: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Median time per question, seconds. */
  readonly medianS: number;
}

export interface Analytics {
  readonly total: number;
  readonly correct: number;
  readonly weeks: readonly WeekPoint[];
  readonly timeBuckets: readonly TimeBucket[];
  readonly subjects: readonly GroupAccuracy[];
  readonly units: readonly GroupAccuracy[];
}

/** Weeks the trend shows, newest last. */
export const TREND_WEEKS = 12;
/** Time-per-question histogram edges, seconds. */
export const TIME_EDGES_S = [0, 30, 60, 120, 240] as const;

/** Monday (UTC) of the week containing `ms`, as `YYYY-MM-DD`. */
export function weekOf(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const monday = day - ((((day + 3) % 7) + 7) % 7);
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function group(rows: readonly AnalyticsAttempt[], keyOf: (r: AnalyticsAttempt) => string | null): GroupAccuracy[] {
  const by = new Map<string, { subject: string; attempts: number; correct: number; times: number[] }>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const g = by.get(key) ?? { subject: r.subject ?? '', attempts: 0, correct: 0, times: [] };
    g.attempts += 1;
    g.correct += r.is_correct === 1 ? 1 : 0;
    if (r.response_time_ms !== null) g.times.push(r.response_time_ms / 1000);
    by.set(key, g);
  }
  return [...by].map(([key, g]) => ({ key, subject: g.subject, attempts: g.attempts, correct: g.correct, accuracy: g.correct / g.attempts, medianS: median(g.times) }));
}

/**
 * Aggregates for the charts. `nowMs` fixes the trend's last week; `unitOrder` (unit ids in
 * syllabus order) orders the unit rows, unknown units last.
 */
export function buildAnalytics(rows: readonly AnalyticsAttempt[], nowMs: number, unitOrder: readonly string[] = []): Analytics {
  const weeks: WeekPoint[] = [];
  const byWeek = new Map<string, { attempts: number; correct: number }>();
  for (const r of rows) {
    const at = r.device_time ? Date.parse(r.device_time) : Number.NaN;
    if (!Number.isFinite(at)) continue;
    const w = weekOf(at);
    const g = byWeek.get(w) ?? { attempts: 0, correct: 0 };
    g.attempts += 1;
    g.correct += r.is_correct === 1 ? 1 : 0;
    byWeek.set(w, g);
  }
  const lastMonday = Date.parse(weekOf(nowMs));
  for (let i = TREND_WEEKS - 1; i >= 0; i -= 1) {
    const week = new Date(lastMonday - i * 7 * DAY_MS).toISOString().slice(0, 10);
    const g = byWeek.get(week) ?? { attempts: 0, correct: 0 };
    weeks.push({ week, attempts: g.attempts, correct: g.correct, accuracy: g.attempts === 0 ? 0 : g.correct / g.attempts });
  }

  const timeBuckets: TimeBucket[] = TIME_EDGES_S.map((fromS, i) => ({ fromS, toS: TIME_EDGES_S[i + 1] ?? null, count: 0 }));
  for (const r of rows) {
    if (r.response_time_ms === null) continue;
    const s = r.response_time_ms / 1000;
    const index = TIME_EDGES_S.findLastIndex((edge) => s >= edge);
    const bucket = timeBuckets[Math.max(0, index)];
    if (bucket) timeBuckets[Math.max(0, index)] = { ...bucket, count: bucket.count + 1 };
  }

  const rank = new Map(unitOrder.map((id, i) => [id, i]));
  const subjects = group(rows, (r) => r.subject).sort((a, b) => (a.key < b.key ? -1 : 1));
  const units = group(rows, (r) => r.unit).sort((a, b) => (rank.get(a.key) ?? Infinity) - (rank.get(b.key) ?? Infinity) || (a.key < b.key ? -1 : 1));
  return { total: rows.length, correct: rows.reduce((n, r) => n + (r.is_correct === 1 ? 1 : 0), 0), weeks, timeBuckets, subjects, units };
}
