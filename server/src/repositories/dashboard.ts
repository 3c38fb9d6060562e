import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export interface SubjectMastery {
  subject: string;
  mastery: number;
  concepts: number;
  studied: number;
  /** Sum of the subject's exam weights, of those studied, and of weight × mastery. */
  weight: number;
  studied_weight: number;
  weighted_mastery: number;
}

export interface NextTopic {
  concept_id: string;
  mastery_level: number;
  next_review_date: string | null;
}

/** Read models behind the student's dashboard, straight from the derived tables. */
export function createDashboardRepository(db: Queryable) {
  return {
    /** The seed's Query 1: due now, mastery below 0.85, weakest first. */
    async nextTopics(studentId: string, limit: number, nowIso: string): Promise<NextTopic[]> {
      const { rows } = await db.query(
        `SELECT concept_id, mastery_level, next_review_date
         FROM student_mastery
         WHERE student_id = $1 AND next_review_date <= $3 AND mastery_level < 0.85
         ORDER BY mastery_level ASC, concept_id
         LIMIT $2`,
        [studentId, limit, nowIso],
      );
      return rows.map((r) => ({
        concept_id: r.concept_id,
        mastery_level: r.mastery_level,
        next_review_date: r.next_review_date ? new Date(r.next_review_date).toISOString() : null,
      }));
    },

    /**
     * Per subject: mean mastery over the whole syllabus (unstudied concepts count as 0), concepts
     * studied, and the exam-weighted sums the phase rules use.
     */
    async subjectMastery(studentId: string): Promise<SubjectMastery[]> {
      const { rows } = await db.query(
        `SELECT c.subject, coalesce(avg(coalesce(m.mastery_level, 0)), 0) AS mastery,
                count(*)::int AS concepts, count(m.id)::int AS studied,
                sum(c.exam_weight) AS weight,
                coalesce(sum(c.exam_weight) FILTER (WHERE m.id IS NOT NULL), 0) AS studied_weight,
                coalesce(sum(c.exam_weight * coalesce(m.mastery_level, 0)), 0) AS weighted_mastery
         FROM concepts c LEFT JOIN student_mastery m ON m.concept_id = c.id AND m.student_id = $1
         GROUP BY c.subject ORDER BY c.subject`,
        [studentId],
      );
      return rows.map((r) => ({
        subject: r.subject,
        mastery: Number(r.mastery),
        concepts: r.concepts,
        studied: r.studied,
        weight: Number(r.weight),
        studied_weight: Number(r.studied_weight),
        weighted_mastery: Number(r.weighted_mastery),
      }));
    },

    async recentResults(studentId: string, limit: number) {
      const { rows } = await db.query(
        `SELECT id, test_id, test_type, total_score, total_marks, accuracy, percentile, to_char(test_date, 'YYYY-MM-DD') AS test_date
         FROM test_results WHERE student_id = $1 AND published ORDER BY submitted_at DESC LIMIT $2`,
        [studentId, limit],
      );
      return rows.map((r) => ({ ...r, percentile: r.percentile === null ? null : Number(r.percentile) }));
    },

    /** Distinct UTC days with at least one attempt, newest first (for the streak). */
    async activeDays(studentId: string, limit = 400): Promise<string[]> {
      const { rows } = await db.query(
        `SELECT DISTINCT to_char(device_time AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
         FROM attempts WHERE student_id = $1 ORDER BY day DESC LIMIT $2`,
        [studentId, limit],
      );
      return rows.map((r) => r.day as string);
    },

    /**
     * Published results the rank prediction reads (newest first), with the cohort standing of
     * benchmark results: the same rows the device holds in its test_results replica.
     */
    async rankEvidence(studentId: string, limit = 10) {
      const { rows } = await db.query<{ test_type: string; total_score: number; total_marks: number; at: string; percentile: number | null; global_rank: number | null; candidates: number | null }>(
        `SELECT t.test_type, t.total_score, t.total_marks, to_char(coalesce(t.submitted_at, t.test_date::timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at,
                t.percentile::float8 AS percentile, t.global_rank, b.candidates
           FROM test_results t
           LEFT JOIN benchmarks b ON t.test_type = 'MONTHLY' AND b.id = t.test_id
          WHERE t.student_id = $1 AND t.published
          ORDER BY coalesce(t.submitted_at, t.test_date::timestamptz) DESC LIMIT $2`,
        [studentId, limit],
      );
      return rows.map((r) => ({ ...r, total_score: Number(r.total_score), total_marks: Number(r.total_marks) }));
    },

    async latestMetrics(studentId: string) {
      const { rows } = await db.query(
        `SELECT predicted_rank, burnout_risk, burnout_reasons, measured_at
         FROM student_performance_metrics WHERE student_id = $1 ORDER BY measured_at DESC LIMIT 1`,
        [studentId],
      );
      return rows[0] ?? null;
    },
  };
}
