import type pg from 'pg';
import type { BenchmarkPublic } from '@cr/shared/schemas/api-tests';

/** Read queries behind /api/test/* (plain factory over the pool). */

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const RESULT_COLUMNS = `t.id, t.sitting_id, t.test_id, t.test_type, t.total_score, t.total_marks, t.accuracy, t.subject_scores, t.percentile,
  t.math_percentile, t.physics_percentile, t.chemistry_percentile, t.global_rank, t.estimated_rank, to_char(t.test_date, 'YYYY-MM-DD') AS test_date`;

const BENCHMARK_COLUMNS = `id, standard, to_char(month, 'YYYY-MM-DD') AS month, title, status, ${iso('opens_at')} AS opens_at,
  ${iso('closes_at')} AS closes_at, grace_s, duration_s, max_marks, candidates`;

/** A benchmark as the test API returns it (shared/src/schemas/api-tests.ts). */
export type BenchmarkSummary = BenchmarkPublic;

export function createTestQueries(pool: pg.Pool) {
  return {
    async studentStandard(studentId: string): Promise<number | null> {
      const { rows } = await pool.query<{ standard: number | null }>('SELECT standard FROM users WHERE id = $1', [studentId]);
      return rows[0]?.standard ?? null;
    },

    /** A student's own results for a test id, with per-question responses. */
    async results(studentId: string, testId: string) {
      const { rows } = await pool.query(
        `SELECT ${RESULT_COLUMNS},
                coalesce((SELECT jsonb_agg(jsonb_build_object('question_id', q.question_id, 'student_answer', q.student_answer,
                          'correct_answer', q.correct_answer, 'is_correct', q.is_correct, 'marks_awarded', q.marks_awarded,
                          'response_time_ms', q.response_time_ms, 'subject', q.subject, 'concept_id', q.concept_id) ORDER BY q.question_id)
                   FROM question_responses q WHERE q.test_result_id = t.id), '[]'::jsonb) AS responses
           FROM test_results t WHERE t.student_id = $1 AND t.test_id = $2 AND t.published ORDER BY t.submitted_at`,
        [studentId, testId],
      );
      return rows;
    },

    async submissions(studentId: string, benchmarkId: string) {
      const { rows } = await pool.query(
        `SELECT sitting_id, status, reason_code, reason, flags, ${iso('received_at')} AS received_at
           FROM benchmark_submission_status WHERE student_id = $1 AND benchmark_id = $2 ORDER BY received_at`,
        [studentId, benchmarkId],
      );
      return rows;
    },

    async benchmarkFor(standard: number, month: string): Promise<BenchmarkSummary | null> {
      const { rows } = await pool.query<BenchmarkSummary>(
        `SELECT ${BENCHMARK_COLUMNS} FROM benchmarks WHERE standard = $1 AND month = $2::date AND status <> 'cancelled'`,
        [standard, month],
      );
      return rows[0] ?? null;
    },

    async leaderboard(benchmarkId: string) {
      const { rows } = await pool.query(
        'SELECT position, rank, display_name, total_score, percentile FROM benchmark_leaderboard WHERE benchmark_id = $1 ORDER BY position',
        [benchmarkId],
      );
      return rows;
    },

    async ownStanding(studentId: string, benchmarkId: string) {
      const { rows } = await pool.query(
        `SELECT global_rank AS rank, percentile, total_score, estimated_rank FROM test_results
          WHERE student_id = $1 AND test_id = $2 AND test_type = 'MONTHLY' AND published ORDER BY submitted_at LIMIT 1`,
        [studentId, benchmarkId],
      );
      return rows[0] ?? null;
    },

    /** The paper; `withKeys` only for a released benchmark (the caller decides, and only after release). */
    async paper(benchmarkId: string, withKeys: boolean) {
      const { rows } = await pool.query(
        withKeys
          ? `SELECT p.position, p.question_id, p.subject, p.type, p.text, p.options, p.difficulty, k.answer, k.explanation
               FROM benchmark_questions p
               JOIN benchmark_answer_keys k ON k.benchmark_id = p.benchmark_id AND k.question_id = p.question_id AND k.released
              WHERE p.benchmark_id = $1 ORDER BY p.position`
          : `SELECT position, question_id, subject, type, text, options, difficulty FROM benchmark_questions WHERE benchmark_id = $1 ORDER BY position`,
        [benchmarkId],
      );
      return rows;
    },

    async weekly(studentId: string, from: string, to: string) {
      const { rows } = await pool.query(
        `SELECT ${RESULT_COLUMNS} FROM test_results t
          WHERE t.student_id = $1 AND t.test_type = 'WEEKLY' AND t.published AND t.test_date BETWEEN $2::date AND $3::date ORDER BY t.test_date, t.submitted_at`,
        [studentId, from, to],
      );
      return rows;
    },
  };
}
