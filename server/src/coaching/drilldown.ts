import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

/** A response under this many ms that is wrong counts as rushed (guessing under time pressure). */
export const RUSHED_MS = 5_000;

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
const num = (v: unknown) => (v == null ? null : Number(v));

/**
 * One student's detail for their coach, loaded on demand (never synced to every coach):
 * results over time, metric trend, weakest concepts and time-per-question by subject.
 * The caller has already checked that the coach coaches this student.
 */
export async function buildDrilldown(db: Queryable, studentId: string) {
  const [who, results, metrics, weak, timing] = await Promise.all([
    db.query(`SELECT id, coalesce(nullif(full_name, ''), 'Student ' || left(id::text, 8)) AS name, standard, exam_target FROM users WHERE id = $1`, [studentId]),
    db.query(
      `SELECT test_id, test_type, total_score, total_marks, accuracy, percentile, estimated_rank, test_date, duration_seconds
         FROM test_results WHERE student_id = $1 AND published ORDER BY test_date DESC, submitted_at DESC LIMIT 50`,
      [studentId],
    ),
    db.query(
      `SELECT measured_at, overall_mastery, math_mastery, physics_mastery, chemistry_mastery, burnout_risk, burnout_reasons
         FROM student_performance_metrics WHERE student_id = $1 ORDER BY measured_at DESC LIMIT 60`,
      [studentId],
    ),
    db.query(
      `SELECT sm.concept_id, c.name, c.subject, c.unit, sm.mastery_level, sm.times_attempted, sm.accuracy
         FROM student_mastery sm JOIN concepts c ON c.id = sm.concept_id
        WHERE sm.student_id = $1 AND sm.times_attempted > 0
        ORDER BY sm.mastery_level, c.exam_weight DESC LIMIT 10`,
      [studentId],
    ),
    db.query(
      `SELECT c.subject, count(*)::int AS attempts,
              round(avg(a.response_time_ms))::int AS avg_ms,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY a.response_time_ms))::int AS median_ms,
              round(avg(CASE WHEN a.is_correct THEN 1.0 ELSE 0.0 END)::numeric, 3)::double precision AS accuracy,
              count(*) FILTER (WHERE a.response_time_ms < $2 AND a.is_correct IS NOT TRUE)::int AS rushed
         FROM attempts a JOIN concepts c ON c.id = a.concept_id
        WHERE a.student_id = $1 GROUP BY c.subject ORDER BY c.subject`,
      [studentId, RUSHED_MS],
    ),
  ]);
  const w = who.rows[0];
  return {
    student: { id: w.id as string, name: w.name as string, standard: num(w.standard), exam_target: w.exam_target ? iso(w.exam_target)!.slice(0, 10) : null },
    results: results.rows
      .map((r) => ({
        test_id: r.test_id as string,
        test_type: r.test_type as string,
        total_score: Number(r.total_score),
        total_marks: Number(r.total_marks),
        accuracy: num(r.accuracy),
        percentile: num(r.percentile),
        estimated_rank: num(r.estimated_rank),
        test_date: iso(r.test_date)!.slice(0, 10),
        duration_seconds: num(r.duration_seconds),
      }))
      .reverse(),
    metrics: metrics.rows
      .map((r) => ({
        measured_at: iso(r.measured_at)!,
        overall_mastery: num(r.overall_mastery),
        math_mastery: num(r.math_mastery),
        physics_mastery: num(r.physics_mastery),
        chemistry_mastery: num(r.chemistry_mastery),
        burnout_risk: num(r.burnout_risk),
        burnout_reasons: (r.burnout_reasons ?? []) as unknown[],
      }))
      .reverse(),
    weak_concepts: weak.rows.map((r) => ({
      concept_id: r.concept_id as string,
      name: r.name as string,
      subject: r.subject as string,
      unit: r.unit as string,
      mastery: Number(r.mastery_level),
      attempts: Number(r.times_attempted),
      accuracy: num(r.accuracy),
    })),
    timing: timing.rows.map((r) => ({
      subject: r.subject as string,
      attempts: Number(r.attempts),
      avg_ms: Number(r.avg_ms),
      median_ms: Number(r.median_ms),
      accuracy: Number(r.accuracy),
      rushed: Number(r.rushed),
    })),
  };
}
export type Drilldown = Awaited<ReturnType<typeof buildDrilldown>>;

/** The cohort's summary rows and the units for the heatmap (the online twin of the synced data). */
export async function cohortDashboard(db: Queryable, cohortId: string) {
  const [cohort, rows, units] = await Promise.all([
    db.query('SELECT id, name, standard FROM cohorts WHERE id = $1', [cohortId]),
    db.query(
      `SELECT student_id, display_name, unit_mastery, overall_mastery, attempts_7d, last_active_at, latest_result, burnout_risk, burnout_reasons, flags
         FROM cohort_student_summary WHERE cohort_id = $1 ORDER BY display_name, student_id`,
      [cohortId],
    ),
    db.query('SELECT id, subject, title, ordinal FROM units ORDER BY subject, ordinal'),
  ]);
  return {
    cohort: cohort.rows[0] as { id: string; name: string; standard: number | null },
    units: units.rows as Array<{ id: string; subject: string; title: string; ordinal: number }>,
    students: rows.rows.map((r) => ({ ...r, last_active_at: iso(r.last_active_at) })) as Array<Record<string, unknown>>,
  };
}
