import type { PlayerSnapshot } from './tests.ts';

/**
 * A synchronous mirror of the player's clocks in localStorage, written every tick and on
 * pagehide: a database write started while the page unloads may never finish, a localStorage
 * write does. On resume the smaller remaining time and the larger per-question times win, so a
 * reload or a killed tab gives back at most one tick (1 s), not the database's persist interval.
 */
const clockKey = (sittingId: string) => `cr.test-clock.${sittingId}`;

export interface ClockMirror {
  remainingMs: number;
  timeMs: Record<string, number>;
}

export function writeClockMirror(sittingId: string, clock: ClockMirror): void {
  try {
    localStorage.setItem(clockKey(sittingId), JSON.stringify(clock));
  } catch {
    // Storage full or unavailable: the database copy (every few seconds) still holds the clock.
  }
}

export function clearClockMirror(sittingId: string): void {
  try {
    localStorage.removeItem(clockKey(sittingId));
  } catch {
    // Nothing to clear.
  }
}

/** The persisted snapshot reconciled with the mirror (never more time left than either says). */
export function reconcileClock(snapshot: PlayerSnapshot, sittingId: string): PlayerSnapshot {
  let mirror: unknown;
  try {
    mirror = JSON.parse(localStorage.getItem(clockKey(sittingId)) ?? 'null');
  } catch {
    mirror = null;
  }
  return mergeClock(snapshot, mirror);
}

/** Pure: the smaller remaining time and, per question, the larger time spent; junk in the mirror is ignored. */
export function mergeClock(snapshot: PlayerSnapshot, mirror: unknown): PlayerSnapshot {
  if (!mirror || typeof mirror !== 'object') return snapshot;
  const m = mirror as Partial<ClockMirror>;
  const remainingMs = typeof m.remainingMs === 'number' && Number.isFinite(m.remainingMs) ? Math.min(snapshot.remainingMs, Math.max(0, m.remainingMs)) : snapshot.remainingMs;
  const timeMs = { ...snapshot.timeMs };
  const times = m.timeMs && typeof m.timeMs === 'object' ? Object.entries(m.timeMs) : [];
  for (const [id, ms] of times) if (typeof ms === 'number' && Number.isFinite(ms)) timeMs[id] = Math.max(timeMs[id] ?? 0, ms);
  return { ...snapshot, remainingMs, timeMs };
}
