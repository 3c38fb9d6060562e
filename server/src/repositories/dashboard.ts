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

export interface RecentResult {
  id: string;
  test_id: string;
  test_type: string;
  total_score: number;
  total_marks: number;
  accuracy: number | null;
  percentile: number | null;
  test_date: string;
}

/** A published result as the rank prediction reads it, with the cohort standing of benchmarks. */
export interface RankEvidence {
  test_type: string;
  total_score: number;
  total_marks: number;
  /** UTC timestamp without zone, microseconds. */
  at: string;
  percentile: number | null;
  global_rank: number | null;
  candidates: number | null;
}

/** Everything the student's dashboard reads, from one statement. */
export interface DashboardData {
  /** 'YYYY-MM-DD' or null; null too when the student is not an active user. */
  exam_target: string | null;
  next_topics: NextTopic[];
  subjects: SubjectMastery[];
  recent_results: RecentResult[];
  /**
   * Distinct UTC days with at least one attempt, newest first, from the newest through the first
   * gap (the first day that does not directly precede the one before it is the last listed), at
   * most `DASHBOARD_LIMITS.activeDays`: every day the streak rule reads, and no older ones.
   */
  active_days: string[];
  /** Newest first. */
  rank_evidence: RankEvidence[];
}

/** Limits of the dashboard's lists. */
export const DASHBOARD_LIMITS = { nextTopics: 10, recentResults: 5, activeDays: 400, rankEvidence: 10 } as const;

/**
 * Per subject: mean mastery over the whole syllabus (unstudied concepts count as 0), concepts
 * studied, and the exam-weighted sums the phase rules use. The syllabus totals come from the
 * concepts alone and the studied sums from the student's own mastery rows (an index range), so
 * no per-concept join is probed for concepts the student never touched.
 */
const SUBJECTS_SQL = `
  SELECT s.subject, s.concepts, s.weight,
         coalesce(m.studied, 0) AS studied, coalesce(m.studied_weight, 0) AS studied_weight,
         coalesce(m.mastery_sum, 0) / s.concepts AS mastery, coalesce(m.weighted_mastery, 0) AS weighted_mastery
    FROM (SELECT subject, count(*)::int AS concepts, sum(exam_weight)::float8 AS weight FROM concepts GROUP BY subject) s
    LEFT JOIN (SELECT c.subject, count(*)::int AS studied, sum(c.exam_weight)::float8 AS studied_weight,
                      sum(sm.mastery_level)::float8 AS mastery_sum, sum(c.exam_weight * sm.mastery_level)::float8 AS weighted_mastery
                 FROM student_mastery sm JOIN concepts c ON c.id = sm.concept_id
                WHERE sm.student_id = $1 GROUP BY c.subject) m ON m.subject = s.subject`;

/**
 * The student's version and the epoch (migration 024) as one text; '-' for a student never
 * written. An expression of $1, the student's id (the dashboard route reads it with the account).
 */
export const DASHBOARD_VERSION_SQL = `(coalesce((SELECT version FROM dashboard_versions WHERE student_id = $1)::text, '-') || ':' || (SELECT version FROM dashboard_epoch)::text)`;

/** Read models behind the student's dashboard, straight from the derived tables. */
export function createDashboardRepository(db: Queryable) {
  const repo = {
    async subjectMastery(studentId: string): Promise<SubjectMastery[]> {
      const { rows } = await db.query(`${SUBJECTS_SQL} ORDER BY s.subject`, [studentId]);
      return rows.map(toSubject);
    },

    /**
     * The whole dashboard in one round trip: every part is a scalar subquery aggregated to JSON,
     * so the pool connection is held for one statement, not six, and the parts are read from one
     * snapshot (a result published between two reads can no longer show in one card and not in
     * another). Every part reads a bounded index range of the student's own rows; the streak days
     * walk back from the newest answer one index probe per day (attempts (student_id,
     * device_time)) and stop at the first gap, so the cost follows the current run, not the
     * length of the history.
     */
    async dashboard(studentId: string, nowIso: string): Promise<DashboardData> {
      return (await repo.dashboardRead(studentId, nowIso)).data;
    },

    /**
     * The dashboard statement with what a cache of its result needs, from the same snapshot: the
     * student's version and the epoch (`version`, migration 024: a write that changes any of it
     * moves one of them in its own transaction), and `validUntilMs`, when the first concept not
     * yet due that the due list would take becomes due (null: none will). Until then, and while
     * the version is the same, the statement would return the same data.
     */
    async dashboardRead(studentId: string, nowIso: string): Promise<{ data: DashboardData; version: string; validUntilMs: number | null }> {
      const { rows } = await db.query(
        `SELECT ${DASHBOARD_VERSION_SQL} AS version,
           (SELECT floor(extract(epoch FROM min(next_review_date)) * 1000)::float8 FROM student_mastery
             WHERE student_id = $1 AND next_review_date > $2::timestamptz AND mastery_level < 0.85) AS valid_until,
           (SELECT to_char(exam_target, 'YYYY-MM-DD') FROM users WHERE id = $1 AND status = 'active') AS exam_target,
           (SELECT coalesce(json_agg(json_build_object('concept_id', concept_id, 'mastery_level', mastery_level,
                                                       'next_review_date', next_review_date) ORDER BY mastery_level, concept_id), '[]')
              FROM (SELECT concept_id, mastery_level::float8 AS mastery_level,
                           to_char(next_review_date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS next_review_date
                      FROM student_mastery
                     WHERE student_id = $1 AND next_review_date <= $2::timestamptz AND mastery_level < 0.85
                     ORDER BY mastery_level ASC, concept_id LIMIT ${DASHBOARD_LIMITS.nextTopics}) t) AS next_topics,
           (SELECT coalesce(json_agg(row_to_json(t) ORDER BY t.subject), '[]') FROM (${SUBJECTS_SQL}) t) AS subjects,
           (SELECT coalesce(json_agg(row_to_json(t) ORDER BY t.submitted_at DESC), '[]')
              FROM (SELECT id, test_id, test_type, total_score::float8 AS total_score, total_marks::float8 AS total_marks,
                           accuracy::float8 AS accuracy, percentile::float8 AS percentile, to_char(test_date, 'YYYY-MM-DD') AS test_date, submitted_at
                      FROM test_results WHERE student_id = $1 AND published
                     ORDER BY submitted_at DESC LIMIT ${DASHBOARD_LIMITS.recentResults}) t) AS recent_results,
           (WITH RECURSIVE d(day, n, go) AS (
              SELECT newest, 1, true
                FROM (SELECT (max(device_time) AT TIME ZONE 'UTC')::date AS newest FROM attempts WHERE student_id = $1) f
               WHERE newest IS NOT NULL
              UNION ALL
              SELECT x.day, d.n + 1, x.day = d.day - 1
                FROM d CROSS JOIN LATERAL (SELECT (max(device_time) AT TIME ZONE 'UTC')::date AS day FROM attempts
                                            WHERE student_id = $1 AND device_time < d.day::timestamp AT TIME ZONE 'UTC') x
               WHERE d.go AND x.day IS NOT NULL AND d.n < ${DASHBOARD_LIMITS.activeDays})
            SELECT coalesce(json_agg(to_char(day, 'YYYY-MM-DD') ORDER BY day DESC), '[]') FROM d) AS active_days,
           (SELECT coalesce(json_agg(json_build_object('test_type', test_type, 'total_score', total_score, 'total_marks', total_marks, 'at', at,
                                                       'percentile', percentile, 'global_rank', global_rank, 'candidates', candidates) ORDER BY ord DESC), '[]')
              FROM (SELECT t.test_type, t.total_score::float8 AS total_score, t.total_marks::float8 AS total_marks,
                           coalesce(t.submitted_at, t.test_date::timestamptz) AS ord,
                           to_char(coalesce(t.submitted_at, t.test_date::timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at,
                           t.percentile::float8 AS percentile, t.global_rank, b.candidates
                      FROM test_results t
                      LEFT JOIN benchmarks b ON t.test_type = 'MONTHLY' AND b.id = t.test_id
                     WHERE t.student_id = $1 AND t.published
                     ORDER BY coalesce(t.submitted_at, t.test_date::timestamptz) DESC LIMIT ${DASHBOARD_LIMITS.rankEvidence}) e) AS rank_evidence`,
        [studentId, nowIso],
      );
      const r = rows[0] as Record<string, unknown>;
      const data: DashboardData = {
        exam_target: (r.exam_target as string | null) ?? null,
        next_topics: r.next_topics as NextTopic[],
        subjects: (r.subjects as Record<string, unknown>[]).map(toSubject),
        recent_results: (r.recent_results as (RecentResult & { submitted_at?: unknown })[]).map(({ submitted_at: _, ...rest }) => rest),
        active_days: r.active_days as string[],
        rank_evidence: r.rank_evidence as RankEvidence[],
      };
      return { data, version: r.version as string, validUntilMs: r.valid_until === null ? null : Number(r.valid_until) };
    },

    /** The student's dashboard version now (see `dashboardRead`): two primary-key reads. */
    async dashboardVersion(studentId: string): Promise<string> {
      const { rows } = await db.query(`SELECT ${DASHBOARD_VERSION_SQL} AS version`, [studentId]);
      return (rows[0] as { version: string }).version;
    },
  };
  return repo;
}

function toSubject(r: Record<string, unknown>): SubjectMastery {
  return {
    subject: r.subject as string,
    mastery: Number(r.mastery),
    concepts: Number(r.concepts),
    studied: Number(r.studied),
    weight: Number(r.weight),
    studied_weight: Number(r.studied_weight),
    weighted_mastery: Number(r.weighted_mastery),
  };
}
