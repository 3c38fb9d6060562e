import { createHash } from 'node:crypto';
import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export interface ThrottlePolicy {
  /** Consecutive failures for one address that cost nothing (typos). */
  freeFailures: number;
  /** Delay after the first failure past the free ones, in seconds; doubles with each further one. */
  baseDelayS: number;
  /** Ceiling of the delay, in seconds: the longest anyone, the owner included, ever waits. */
  maxDelayS: number;
}

/** A streak of failures older than this (ms) is forgotten, so last month's typos cost nothing. */
export const FAILURE_STREAK_MS = 24 * 3600 * 1000;

/**
 * Seconds to wait after the `failures`-th consecutive failure: 0 for the free ones, then
 * base, 2·base, 4·base, … capped at maxDelayS. Growing, never infinite: no failure count
 * locks an address for longer than maxDelayS after its last failure.
 */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  const over = failures - policy.freeFailures;
  if (over <= 0) return 0;
  // 2^30 s already exceeds any sane ceiling; the cap keeps the number finite.
  return Math.min(policy.baseDelayS * 2 ** Math.min(over - 1, 30), policy.maxDelayS);
}

/** The throttle key of an address: sha256 hex of the trimmed, lower-cased address. */
export function throttleKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/**
 * Failed sign-ins per e-mail address (known or not, so the answers never tell them apart),
 * stored in login_throttle.
 */
export function createLoginThrottle(db: Queryable, policy: ThrottlePolicy) {
  return {
    /**
     * Seconds until the next attempt for `email` is accepted; 0 when it may go ahead now. Once
     * delays apply, going ahead also moves next_attempt_at on by the delay a failure would set,
     * atomically, so a burst of parallel guesses gets one attempt, not one each.
     */
    async claim(email: string, nowMs: number): Promise<number> {
      const key = throttleKey(email);
      const now = new Date(nowMs);
      const claimed = await db.query(
        `UPDATE login_throttle SET next_attempt_at = $2::timestamptz
           + make_interval(secs => least($4::float8 * power(2, least(failures - $3::int, 30)), $5::float8))
         WHERE key = $1 AND failures >= $3::int AND next_attempt_at <= $2::timestamptz
         RETURNING 1`,
        [key, now, policy.freeFailures, policy.baseDelayS, policy.maxDelayS],
      );
      if (claimed.rows.length > 0) return 0;
      const { rows } = await db.query<{ next_attempt_at: Date }>('SELECT next_attempt_at FROM login_throttle WHERE key = $1', [key]);
      const next = rows[0]?.next_attempt_at;
      return next ? Math.max(0, Math.ceil((new Date(next).getTime() - nowMs) / 1000)) : 0;
    },

    /** Counts a failure and sets the next accepted attempt; returns the delay now imposed (s). */
    async recordFailure(email: string, nowMs: number): Promise<number> {
      const key = throttleKey(email);
      const now = new Date(nowMs);
      const streakStart = new Date(nowMs - FAILURE_STREAK_MS);
      const { rows } = await db.query<{ failures: number }>(
        `INSERT INTO login_throttle AS t (key, failures, next_attempt_at, last_failure_at) VALUES ($1, 1, $2, $2)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.last_failure_at < $3 THEN 1 ELSE t.failures + 1 END,
           last_failure_at = $2
         RETURNING failures`,
        [key, now, streakStart],
      );
      const failures = rows[0]?.failures ?? 1;
      const delayS = delayAfter(failures, policy);
      await db.query('UPDATE login_throttle SET next_attempt_at = $2 WHERE key = $1', [key, new Date(nowMs + delayS * 1000)]);
      // Addresses sprayed once and never again are forgotten (bounded work per failure).
      await db.query(
        `DELETE FROM login_throttle WHERE key IN (SELECT key FROM login_throttle WHERE last_failure_at < $1 LIMIT 100)`,
        [streakStart],
      );
      return delayS;
    },

    /** A successful sign-in clears the address's streak. */
    async clear(email: string, q: Queryable = db): Promise<void> {
      await q.query('DELETE FROM login_throttle WHERE key = $1', [throttleKey(email)]);
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
