import { BURNOUT_ALERT_THRESHOLD } from '@cr/shared/engine/burnout/burnout';
import type { CohortDashboardPage, CohortPageQuery, CohortStudentSummary, CohortUnit, StudentDrilldown } from '@cr/shared/schemas/api-coach';
import { useQuery, useStatus } from '@powersync/react';
import { type AbstractPowerSyncDatabase } from '@powersync/web';
import { useMemo } from 'react';
import { session } from '../account/current-session.ts';
import { DAY_MS } from '@cr/shared/time';

/**
 * Coach data. The cohort dashboard and drill-down come from the API; the same summary rows and
 * the mentoring chat are synced (sync-rules: coach_cohort_summary, chat_coach, chat_student,
 * units), so a coach's replica can serve them offline once `coachTables` is in the app schema.
 */

export type { LatestResult, UnitCell } from '@cr/shared/schemas/api-coach';
/** A cohort's summary row, from the API or the replica (shared/src/schemas/api-coach.ts). */
export type StudentSummary = CohortStudentSummary & {
  /** Set on replica rows (the all-cohorts view lists a student once per cohort). */
  cohort_id?: string;
};
export type Unit = CohortUnit;
/** A cohort's whole dashboard: every page of the API's answer, or the replica's rows. */
export interface CohortDashboard {
  cohort: CohortDashboardPage['cohort'];
  units: Unit[];
  students: StudentSummary[];
}
export type Drilldown = StudentDrilldown;

/** The cohort's dashboard online, every student: the server pages it, this follows the cursor to the end. */
export async function getCohortDashboard(cohortId: string, signal?: AbortSignal): Promise<CohortDashboard> {
  const base = `/api/coach/cohorts/${encodeURIComponent(cohortId)}/dashboard`;
  let page = await session.authed<CohortDashboardPage>(base, { signal });
  const students = [...page.students];
  while (page.next !== null) {
    const query: CohortPageQuery = { after: page.next };
    page = await session.authed<CohortDashboardPage>(base, { signal, query });
    students.push(...page.students);
  }
  return { cohort: page.cohort, units: page.units, students };
}

export const getStudentDetail = (studentId: string, signal?: AbortSignal) =>
  session.authed<Drilldown>(`/api/coach/students/${encodeURIComponent(studentId)}/detail`, { signal });

/** Students with no attempt in `days` days (never-active students included), longest idle first. */
export function inactiveStudents(rows: readonly StudentSummary[], days: number, nowMs: number): StudentSummary[] {
  const cutoff = nowMs - days * DAY_MS;
  const idle = rows.filter((r) => r.last_active_at === null || Date.parse(r.last_active_at) < cutoff);
  return idle.sort((a, b) => (a.last_active_at ? Date.parse(a.last_active_at) : 0) - (b.last_active_at ? Date.parse(b.last_active_at) : 0));
}

/** Students at burnout risk of at least `threshold` (0..1), highest first. */
// The engine's alert threshold: every student the nightly measure alerts a coach about is listed
// (a higher bar hid a rushed guesser at risk 0.5 behind "No student is at high burnout risk").
export function burnoutList(rows: readonly StudentSummary[], threshold = BURNOUT_ALERT_THRESHOLD): StudentSummary[] {
  return rows.filter((r) => (r.burnout_risk ?? 0) >= threshold).sort((a, b) => (b.burnout_risk ?? 0) - (a.burnout_risk ?? 0));
}

/** A burnout reason as text (the engine gives strings or {code, message} objects). */
export function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const r = reason as Record<string, unknown>;
    const text = [r.text, r.message, r.reason, r.code].find((v): v is string => typeof v === 'string');
    return text ?? JSON.stringify(r);
  }
  return String(reason);
}

export { coachTables } from './coach-tables.ts';

export interface ChatMessage {
  id: string;
  student_id: string;
  coach_id: string;
  sender_id: string;
  body: string;
  hlc: string;
  sent_at: string;
  received_at: string | null;
  read_at: string | null;
}

const json = <T,>(v: unknown, fallback: T): T => {
  if (typeof v !== 'string') return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
};

/** A summary row of the replica with its JSON columns parsed. */
export function parseSummaryRow(r: Record<string, unknown>): StudentSummary {
  return {
    cohort_id: String(r.cohort_id),
    student_id: String(r.student_id),
    display_name: String(r.display_name),
    unit_mastery: json(r.unit_mastery, {}),
    overall_mastery: (r.overall_mastery as number | null) ?? null,
    attempts_7d: Number(r.attempts_7d ?? 0),
    last_active_at: (r.last_active_at as string | null) ?? null,
    latest_result: json(r.latest_result, null),
    burnout_risk: (r.burnout_risk as number | null) ?? null,
    burnout_reasons: json(r.burnout_reasons, []),
    flags: json(r.flags, []),
  };
}

/** The cohort's summary rows from the replica (JSON columns parsed), for offline dashboards. */
export async function localCohortSummary(db: AbstractPowerSyncDatabase, cohortId: string): Promise<StudentSummary[]> {
  const rows = await db.getAll<Record<string, unknown>>('SELECT * FROM cohort_student_summary WHERE cohort_id = ? ORDER BY display_name, student_id', [cohortId]);
  return rows.map(parseSummaryRow);
}

export interface LocalCohort {
  id: string;
  name: string;
  standard: number | null;
  students: number;
}

/** What a live replica query gives a screen: rows once the first full sync has landed. */
export type Replica<T> = { status: 'syncing' } | { status: 'ready'; data: T } | { status: 'error'; error: Error };

/**
 * The coach's cohorts from the replica (bucket coach_cohort), live: a cohort the coach is removed
 * from disappears at the next checkpoint, a new one appears, online or not.
 */
export function useCoachCohorts(): Replica<LocalCohort[]> {
  const status = useStatus();
  const q = useQuery<LocalCohort>(
    `SELECT c.id, c.name, c.standard, (SELECT count(*) FROM cohort_members m WHERE m.cohort_id = c.id) AS students
       FROM cohorts c ORDER BY c.name, c.id`,
  );
  if (q.error) return { status: 'error', error: q.error };
  if (q.isLoading || (!status.hasSynced && q.data.length === 0)) return { status: 'syncing' };
  return { status: 'ready', data: q.data };
}

const ALL_COHORTS = { id: 'all', name: '', standard: null };

/**
 * A cohort's dashboard from the replica (buckets coach_cohort, coach_cohort_summary, units), live:
 * a student's synced work shows as soon as the server's summary reaches this device, and the
 * last synced state shows offline. `cohortId` 'all' is every cohort the coach coaches.
 */
export function useCohortDashboard(cohortId: string): Replica<CohortDashboard | null> {
  const status = useStatus();
  const all = cohortId === 'all';
  const cohort = useQuery<{ id: string; name: string; standard: number | null }>('SELECT id, name, standard FROM cohorts WHERE id = ?', [cohortId]);
  const units = useQuery<Unit>('SELECT id, subject, title, ordinal FROM units ORDER BY subject, ordinal');
  const rows = useQuery<Record<string, unknown>>(
    all
      ? 'SELECT * FROM cohort_student_summary ORDER BY display_name, student_id, cohort_id'
      : 'SELECT * FROM cohort_student_summary WHERE cohort_id = ? ORDER BY display_name, student_id',
    all ? [] : [cohortId],
  );
  const students = useMemo(() => rows.data.map(parseSummaryRow), [rows.data]);
  const head = all ? ALL_COHORTS : cohort.data[0];
  // One object per change of its parts, so memoized views below re-render only when data changed.
  const dashboard = useMemo(() => (head ? { cohort: head, units: units.data, students } : null), [head, units.data, students]);
  const error = cohort.error ?? units.error ?? rows.error;
  if (error) return { status: 'error', error };
  if (cohort.isLoading || units.isLoading || rows.isLoading || (!status.hasSynced && rows.data.length === 0)) return { status: 'syncing' };
  // Not (or no longer) a cohort of this coach: the screen says so instead of showing stale rows.
  return { status: 'ready', data: dashboard };
}

/** A coach a student can write to: one of their cohorts' coaches, or one who has written to them. */
export interface MyCoach {
  coach_id: string;
  /** The coach's display name ('' when the coach has none; null when no longer assigned to the student's cohorts). */
  coach_name: string | null;
  /** Names of the student's cohorts this coach coaches, comma-separated (null when none). */
  cohorts: string | null;
  last_at: string | null;
}

/**
 * The student's coaches (bucket student_coaches) joined with the threads in the replica: a thread
 * can be opened before the coach writes. Most recent conversation first, then by name.
 */
export function useMyCoaches(me: string): Replica<MyCoach[]> {
  const status = useStatus();
  const q = useQuery<MyCoach>(
    `WITH assigned AS (
       SELECT cc.coach_id, max(cc.coach_name) AS coach_name, group_concat(c.name, ', ') AS cohorts
         FROM cohort_coaches cc LEFT JOIN cohorts c ON c.id = cc.cohort_id GROUP BY cc.coach_id
     ), threads AS (
       -- By instant, not text (synced and local rows format timestamps differently); SQLite takes
       -- the bare sent_at from the row holding the max.
       SELECT coach_id, sent_at AS last_at, max(julianday(sent_at)) AS last_jd FROM chat_messages WHERE student_id = ? GROUP BY coach_id
     )
     SELECT ids.coach_id, assigned.coach_name, assigned.cohorts, threads.last_at
       FROM (SELECT coach_id FROM assigned UNION SELECT coach_id FROM threads) ids
       LEFT JOIN assigned ON assigned.coach_id = ids.coach_id
       LEFT JOIN threads ON threads.coach_id = ids.coach_id
      ORDER BY threads.last_jd IS NULL, threads.last_jd DESC, assigned.coach_name, ids.coach_id`,
    [me],
  );
  if (q.error) return { status: 'error', error: q.error };
  if (q.isLoading || (!status.hasSynced && q.data.length === 0)) return { status: 'syncing' };
  return { status: 'ready', data: q.data };
}

/** One thread, oldest first, ordered by (HLC, id) like every event fold. */
export const threadMessages = (db: AbstractPowerSyncDatabase, studentId: string, coachId: string) =>
  db.getAll<ChatMessage>('SELECT * FROM chat_messages WHERE student_id = ? AND coach_id = ? ORDER BY hlc, id', [studentId, coachId]);

/** When the newest summary row of a cohort (or of all the coach's cohorts) was computed; null before the first sync. */
export function useSummaryComputedAt(cohortId: string | null): string | null {
  const q = useQuery<{ at: string | null }>(
    cohortId ? 'SELECT max(computed_at) AS at FROM cohort_student_summary WHERE cohort_id = ?' : 'SELECT max(computed_at) AS at FROM cohort_student_summary',
    cohortId ? [cohortId] : [],
  );
  return q.data[0]?.at ?? null;
}

export interface LocalStudentHeading {
  display_name: string;
  attempts_7d: number;
  last_active_at: string | null;
}

/** A student's name and activity from the synced summary, so a drill-down says who it is offline too. */
export function useLocalStudentHeading(studentId: string): LocalStudentHeading | undefined {
  const q = useQuery<LocalStudentHeading>('SELECT display_name, attempts_7d, last_active_at FROM cohort_student_summary WHERE student_id = ? LIMIT 1', [studentId]);
  return q.data[0];
}
