import { usePowerSync, useQuery } from '@powersync/react';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { useEffect, useState } from 'react';
import { ApiError } from '../account/api.ts';
import { getStudentDetail, type Drilldown } from './coach.ts';

/**
 * The coach drill-down, readable offline: every successful load is kept in the coach's own
 * replica (local-only table coach_detail_cache), and while online the details of all the coach's
 * students are fetched in the background. A cached copy is shown only while the student is still
 * in one of the coach's cohorts (their summary row is in the replica); copies of students who
 * left are deleted at the next prefetch.
 */

export type DetailState =
  | { status: 'loading' }
  | { status: 'ready'; data: Drilldown; fetchedAt: string; fromCache: boolean }
  | { status: 'error'; error: unknown; offline: boolean };

/** A cached copy younger than this is not fetched again by the background prefetch (ms). */
export const PREFETCH_FRESH_MS = 15 * 60_000;
/** Students fetched per prefetch run at most (one request at a time, so the coach's own use comes first). */
export const PREFETCH_MAX = 300;

async function saveDetail(db: AbstractPowerSyncDatabase, studentId: string, data: Drilldown, fetchedAt: string): Promise<void> {
  await db.writeTransaction(async (tx) => {
    await tx.execute('DELETE FROM coach_detail_cache WHERE id = ?', [studentId]);
    await tx.execute('INSERT INTO coach_detail_cache (id, student_id, body, fetched_at) VALUES (?, ?, ?, ?)', [studentId, studentId, JSON.stringify(data), fetchedAt]);
  });
}

export async function cachedDetail(db: AbstractPowerSyncDatabase, studentId: string): Promise<{ data: Drilldown; fetchedAt: string } | null> {
  const row = await db.getOptional<{ body: string; fetched_at: string }>(
    `SELECT body, fetched_at FROM coach_detail_cache c
      WHERE c.id = ? AND EXISTS (SELECT 1 FROM cohort_student_summary s WHERE s.student_id = c.student_id)`,
    [studentId],
  );
  if (!row) return null;
  try {
    return { data: JSON.parse(row.body) as Drilldown, fetchedAt: row.fetched_at };
  } catch {
    return null;
  }
}

const isOffline = (error: unknown) => error instanceof ApiError && error.status === 0;

/** One student's drill-down: the cached copy at once, then the server's when reachable. */
export function useStudentDetail(studentId: string): [DetailState, () => void] {
  const db = usePowerSync();
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    let cached: { data: Drilldown; fetchedAt: string } | null = null;
    setState({ status: 'loading' });
    void (async () => {
      cached = await cachedDetail(db, studentId);
      if (controller.signal.aborted) return;
      if (cached) setState({ status: 'ready', data: cached.data, fetchedAt: cached.fetchedAt, fromCache: true });
      try {
        const data = await getStudentDetail(studentId, controller.signal);
        if (controller.signal.aborted) return;
        const fetchedAt = new Date().toISOString();
        await saveDetail(db, studentId, data, fetchedAt);
        setState({ status: 'ready', data, fetchedAt, fromCache: false });
      } catch (error) {
        if (controller.signal.aborted) return;
        // Offline or failing: the saved copy stays on screen with its date; without one, say why.
        if (!cached) setState({ status: 'error', error, offline: isOffline(error) });
      }
    })();
    return () => controller.abort();
  }, [db, studentId, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}

/**
 * Fetches the drill-downs of the coach's students whose saved copy is missing or older than
 * PREFETCH_FRESH_MS, one at a time, and deletes copies of students no longer in the coach's
 * cohorts. Stops at the first network failure (offline) or when `signal` aborts.
 */
export async function prefetchDetails(db: AbstractPowerSyncDatabase, nowMs: number, signal: AbortSignal): Promise<number> {
  await db.execute('DELETE FROM coach_detail_cache WHERE student_id NOT IN (SELECT student_id FROM cohort_student_summary)');
  const due = await db.getAll<{ student_id: string }>(
    `SELECT DISTINCT s.student_id FROM cohort_student_summary s
       LEFT JOIN coach_detail_cache c ON c.id = s.student_id
      WHERE c.fetched_at IS NULL OR c.fetched_at < ?
      ORDER BY s.student_id LIMIT ?`,
    [new Date(nowMs - PREFETCH_FRESH_MS).toISOString(), PREFETCH_MAX],
  );
  let fetched = 0;
  for (const { student_id } of due) {
    if (signal.aborted) break;
    try {
      const data = await getStudentDetail(student_id, signal);
      await saveDetail(db, student_id, data, new Date().toISOString());
      fetched += 1;
    } catch (error) {
      if (isOffline(error) || signal.aborted) break;
      // Any other failure (e.g. the student just left the cohort: 404) skips only that student.
    }
  }
  return fetched;
}

/**
 * Runs prefetchDetails while mounted, again whenever the browser comes back online. Returns how
 * many of the coach's students have their details saved on this device, of how many (live).
 */
export function useDetailPrefetch(): { saved: number; students: number } {
  const db = usePowerSync();
  const counts = useQuery<{ saved: number; students: number }>(
    `SELECT (SELECT count(DISTINCT c.id) FROM coach_detail_cache c JOIN cohort_student_summary s ON s.student_id = c.id) AS saved,
            (SELECT count(DISTINCT student_id) FROM cohort_student_summary) AS students`,
  );
  useEffect(() => {
    const controller = new AbortController();
    let running = false;
    const run = () => {
      if (running || !navigator.onLine) return;
      running = true;
      void prefetchDetails(db, Date.now(), controller.signal)
        .catch(() => 0)
        .finally(() => {
          running = false;
        });
    };
    run();
    window.addEventListener('online', run, { signal: controller.signal });
    return () => controller.abort();
  }, [db]);
  return { saved: Number(counts.data[0]?.saved ?? 0), students: Number(counts.data[0]?.students ?? 0) };
}
