import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export interface SummaryScope {
  /** Only these cohorts (after an admin change); all cohorts when absent. */
  cohortIds?: readonly string[];
  /** Only these students (after scoring); all when absent. */
  studentIds?: readonly string[];
}

/** Window (days) of the activity count shown beside each student. */
export const ACTIVITY_WINDOW_DAYS = 7;
/** Open alerts older than this (days) no longer flag a student on the dashboard. */
export const FLAG_WINDOW_DAYS = 30;

/**
 * Recomputes `cohort_student_summary` for the scope in one statement set and drops rows of
 * students who left a cohort. Only rows whose content changed are written, so a periodic run
 * over an idle platform adds nothing to the bucket log. Runs on any Queryable: call it inside
 * an open transaction with that transaction's client (never a second pool connection: PGlite
 * is one session). Returns the number of rows inserted, updated or deleted.
 */
export async function refreshCohortSummaries(db: Queryable, scope: SummaryScope = {}): Promise<number> {
  const cohorts = scope.cohortIds ? [...scope.cohortIds] : null;
  const students = scope.studentIds ? [...scope.studentIds] : null;
  const removed = await db.query(
    `DELETE FROM cohort_student_summary s
      WHERE ($1::uuid[] IS NULL OR s.cohort_id = ANY($1)) AND ($2::uuid[] IS NULL OR s.student_id = ANY($2))
        AND NOT EXISTS (SELECT 1 FROM cohort_members m JOIN users cu ON cu.id = m.student_id
                         WHERE m.cohort_id = s.cohort_id AND m.student_id = s.student_id AND cu.consent_status IN ('not_required', 'granted'))`,
    [cohorts, students],
  );
  const upserted = await db.query(
    `WITH scope AS (
       -- A minor without a guardian's consent reaches no coach (data rights).
       SELECT m.cohort_id, m.student_id FROM cohort_members m JOIN users cu ON cu.id = m.student_id
        WHERE ($1::uuid[] IS NULL OR m.cohort_id = ANY($1)) AND ($2::uuid[] IS NULL OR m.student_id = ANY($2))
          AND cu.consent_status IN ('not_required', 'granted')
     ), people AS (SELECT DISTINCT student_id FROM scope),
     unit_m AS (
       -- The display contract (shared/src/engine/display/mastery-display.ts): only concepts with
       -- answers; none right shows 0; otherwise the estimate capped by the smoothed accuracy
       -- (right + 1) / (answered + 2), so the prior never shows as 62 % for 27 % right.
       SELECT sm.student_id, c.unit,
              avg(CASE WHEN sm.times_correct = 0 THEN 0
                       ELSE least(sm.mastery_level, (sm.times_correct + 1)::float8 / (sm.times_attempted + 2)) END) AS m,
              count(*) AS n
         FROM student_mastery sm JOIN people p ON p.student_id = sm.student_id JOIN concepts c ON c.id = sm.concept_id
        WHERE sm.times_attempted > 0
        GROUP BY sm.student_id, c.unit
     ), mastery AS (
       SELECT student_id,
              jsonb_object_agg(unit, jsonb_build_object('m', round(m::numeric, 3), 'n', n)) AS unit_mastery,
              round((sum(m * n) / nullif(sum(n), 0))::numeric, 3)::double precision AS overall
         FROM unit_m GROUP BY student_id
     ), activity AS (
       -- Device clocks are not trusted: an attempt counts at the earlier of device and receipt time.
       SELECT a.student_id,
              max(least(a.device_time, a.received_at)) AS last_active_at,
              count(*) FILTER (WHERE least(a.device_time, a.received_at) > now() - make_interval(days => $3)) AS recent
         FROM attempts a JOIN people p ON p.student_id = a.student_id GROUP BY a.student_id
     ), latest AS (
       SELECT DISTINCT ON (r.student_id) r.student_id,
              jsonb_build_object('test_id', r.test_id, 'test_type', r.test_type, 'total_score', r.total_score, 'total_marks', r.total_marks,
                                 'percentile', r.percentile, 'estimated_rank', r.estimated_rank, 'test_date', r.test_date) AS result
         FROM test_results r JOIN people p ON p.student_id = r.student_id
        WHERE r.published
        ORDER BY r.student_id, r.submitted_at DESC, r.id
     ), metrics AS (
       SELECT DISTINCT ON (x.student_id) x.student_id, x.burnout_risk, x.burnout_reasons
         FROM student_performance_metrics x JOIN people p ON p.student_id = x.student_id
        ORDER BY x.student_id, x.measured_at DESC
     ), flags AS (
       SELECT a.cohort_id, a.student_id, jsonb_agg(DISTINCT a.kind) AS flags
         FROM coach_alerts a JOIN scope s ON s.cohort_id = a.cohort_id AND s.student_id = a.student_id
        WHERE a.created_at > now() - make_interval(days => $4)
        GROUP BY a.cohort_id, a.student_id
     ), fresh AS (
       SELECT s.cohort_id, s.student_id,
              coalesce(nullif(u.full_name, ''), 'Student ' || left(u.id::text, 8)) AS display_name,
              coalesce(ms.unit_mastery, '{}'::jsonb) AS unit_mastery, ms.overall AS overall_mastery,
              coalesce(ac.recent, 0)::int AS attempts_7d, ac.last_active_at, l.result AS latest_result,
              mt.burnout_risk, coalesce(mt.burnout_reasons, '[]'::jsonb) AS burnout_reasons, coalesce(f.flags, '[]'::jsonb)
                || CASE WHEN u.status = 'deletion_pending' THEN '["LEAVING"]'::jsonb ELSE '[]'::jsonb END AS flags
         FROM scope s JOIN users u ON u.id = s.student_id
         LEFT JOIN mastery ms ON ms.student_id = s.student_id
         LEFT JOIN activity ac ON ac.student_id = s.student_id
         LEFT JOIN latest l ON l.student_id = s.student_id
         LEFT JOIN metrics mt ON mt.student_id = s.student_id
         LEFT JOIN flags f ON f.cohort_id = s.cohort_id AND f.student_id = s.student_id
     )
     INSERT INTO cohort_student_summary AS t (cohort_id, student_id, display_name, unit_mastery, overall_mastery, attempts_7d, last_active_at,
                                              latest_result, burnout_risk, burnout_reasons, flags, computed_at)
     SELECT cohort_id, student_id, display_name, unit_mastery, overall_mastery, attempts_7d, last_active_at,
            latest_result, burnout_risk, burnout_reasons, flags, now() FROM fresh
     ON CONFLICT (cohort_id, student_id) DO UPDATE SET
       display_name = excluded.display_name, unit_mastery = excluded.unit_mastery, overall_mastery = excluded.overall_mastery,
       attempts_7d = excluded.attempts_7d, last_active_at = excluded.last_active_at, latest_result = excluded.latest_result,
       burnout_risk = excluded.burnout_risk, burnout_reasons = excluded.burnout_reasons, flags = excluded.flags, computed_at = excluded.computed_at
     WHERE (t.display_name, t.unit_mastery, t.overall_mastery, t.attempts_7d, t.last_active_at, t.latest_result, t.burnout_risk, t.burnout_reasons, t.flags)
           IS DISTINCT FROM
           (excluded.display_name, excluded.unit_mastery, excluded.overall_mastery, excluded.attempts_7d, excluded.last_active_at,
            excluded.latest_result, excluded.burnout_risk, excluded.burnout_reasons, excluded.flags)`,
    [cohorts, students, ACTIVITY_WINDOW_DAYS, FLAG_WINDOW_DAYS],
  );
  return (removed.rowCount ?? 0) + (upserted.rowCount ?? 0);
}

/**
 * How far before the previous run's start an incremental pass looks again. Writers stamp rows
 * with their transaction's start time, so a transaction that began before the previous run and
 * committed after it carries an older stamp; the overlap catches it.
 */
export const INCREMENTAL_OVERLAP_MS = 5 * 60_000;
/** A full pass at least this often (and at every process start), besides the nightly one. */
export const FULL_PASS_EVERY_MS = 6 * 3_600_000;

/**
 * Cohort members whose summary inputs changed at or after `since`: attempts received, results
 * written or re-ranked, metrics measured, mastery rewritten, alerts raised, names edited,
 * memberships joined; plus members who have no summary row yet (rows written by hand).
 * Time-only drift (the 7-day activity window, the 30-day flag window) is left to full passes.
 */
export async function studentsChangedSince(db: Queryable, since: Date): Promise<string[]> {
  const { rows } = await db.query<{ student_id: string }>(
    `WITH changed AS (
       SELECT student_id FROM attempts WHERE received_at >= $1
       UNION SELECT student_id FROM test_results WHERE updated_at >= $1 OR created_at >= $1
       UNION SELECT student_id FROM student_performance_metrics WHERE measured_at >= $1
       UNION SELECT student_id FROM student_mastery WHERE updated_at >= $1
       UNION SELECT student_id FROM coach_alerts WHERE created_at >= $1
       UNION SELECT id FROM users WHERE updated_at >= $1
       UNION SELECT student_id FROM cohort_members WHERE joined_at >= $1
       UNION SELECT m.student_id FROM cohort_members m
               WHERE NOT EXISTS (SELECT 1 FROM cohort_student_summary s WHERE s.cohort_id = m.cohort_id AND s.student_id = m.student_id)
     )
     SELECT DISTINCT c.student_id FROM changed c JOIN cohort_members m ON m.student_id = c.student_id ORDER BY 1`,
    [since],
  );
  return rows.map((r) => r.student_id);
}

/**
 * The incremental pass: drops rows of memberships that ended (whatever removed them), then
 * recomputes only the students `studentsChangedSince(since)` names. Returns how many students it
 * looked at and how many rows it wrote.
 */
export async function refreshChangedSummaries(db: Queryable, since: Date): Promise<{ students: number; written: number }> {
  const orphans = await db.query(
    `DELETE FROM cohort_student_summary s
      WHERE NOT EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = s.cohort_id AND m.student_id = s.student_id)`,
  );
  const ids = await studentsChangedSince(db, since);
  const written = ids.length === 0 ? 0 : await refreshCohortSummaries(db, { studentIds: ids });
  return { students: ids.length, written: written + (orphans.rowCount ?? 0) };
}

export interface SummaryRun {
  mode: 'full' | 'incremental';
  /** Students recomputed (null for a full pass: all of them). */
  students: number | null;
  written: number;
}

/**
 * The frequent job's state: a full pass on its first run in this process and every
 * `fullEveryMs`, otherwise an incremental pass since the previous run's start (minus the
 * overlap), measured on the database's clock like the timestamps it compares. State kept in the
 * process is safe with several workers: each one's watermark is no later than the true last run.
 */
export function summaryRunner(fullEveryMs = FULL_PASS_EVERY_MS): (db: Queryable) => Promise<SummaryRun> {
  let watermark: Date | null = null;
  let lastFull = -Infinity;
  return async (db) => {
    const started = (await db.query<{ now: Date }>('SELECT now() AS now')).rows[0]!.now;
    let run: SummaryRun;
    if (watermark === null || started.getTime() - lastFull >= fullEveryMs) {
      run = { mode: 'full', students: null, written: await refreshCohortSummaries(db) };
      lastFull = started.getTime();
    } else {
      const r = await refreshChangedSummaries(db, new Date(watermark.getTime() - INCREMENTAL_OVERLAP_MS));
      run = { mode: 'incremental', ...r };
    }
    watermark = started;
    return run;
  };
}
