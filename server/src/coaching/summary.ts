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
        AND NOT EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = s.cohort_id AND m.student_id = s.student_id)`,
    [cohorts, students],
  );
  const upserted = await db.query(
    `WITH scope AS (
       SELECT m.cohort_id, m.student_id FROM cohort_members m
        WHERE ($1::uuid[] IS NULL OR m.cohort_id = ANY($1)) AND ($2::uuid[] IS NULL OR m.student_id = ANY($2))
     ), people AS (SELECT DISTINCT student_id FROM scope),
     unit_m AS (
       SELECT sm.student_id, c.unit, avg(sm.mastery_level) AS m, count(*) AS n
         FROM student_mastery sm JOIN people p ON p.student_id = sm.student_id JOIN concepts c ON c.id = sm.concept_id
        WHERE sm.times_attempted > 0 OR sm.mastery_level > 0
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
              mt.burnout_risk, coalesce(mt.burnout_reasons, '[]'::jsonb) AS burnout_reasons, coalesce(f.flags, '[]'::jsonb) AS flags
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
