import { z } from 'zod';

/**
 * Responses of the coach API (server/src/routes/coach): the routes validate what they send with
 * these and the coach screens infer their types from them. A cohort's summary rows have the same
 * shape as the synced `coach_cohort_summary` rows a coach's replica holds.
 */

const nullableNumber = z.number().nullable();

/** A cohort the caller coaches, with its number of students. */
export const coachCohortSchema = z.object({ id: z.string(), name: z.string(), standard: nullableNumber, students: z.number() });
export type CoachCohort = z.infer<typeof coachCohortSchema>;
export const coachCohortListSchema = z.array(coachCohortSchema);

/** Mastery of one unit: `m` the mean mastery 0–1 of the `n` concepts attempted in it. */
export const unitCellSchema = z.object({ m: z.number(), n: z.number() });
export type UnitCell = z.infer<typeof unitCellSchema>;

export const latestResultSchema = z.object({
  test_id: z.string(),
  test_type: z.string(),
  total_score: z.number(),
  total_marks: z.number(),
  percentile: nullableNumber,
  estimated_rank: nullableNumber,
  test_date: z.string(),
});
export type LatestResult = z.infer<typeof latestResultSchema>;

/** One student's row in a cohort's dashboard (the server's summary; see docs/coaching.md). */
export const cohortStudentSummarySchema = z.object({
  student_id: z.string(),
  display_name: z.string(),
  /** By unit id. */
  unit_mastery: z.record(z.string(), unitCellSchema),
  overall_mastery: nullableNumber,
  attempts_7d: z.number(),
  last_active_at: z.string().nullable(),
  latest_result: latestResultSchema.nullable(),
  burnout_risk: nullableNumber,
  burnout_reasons: z.array(z.unknown()),
  flags: z.array(z.string()),
});
export type CohortStudentSummary = z.infer<typeof cohortStudentSummarySchema>;

export const cohortUnitSchema = z.object({ id: z.string(), subject: z.string(), title: z.string(), ordinal: z.number() });
export type CohortUnit = z.infer<typeof cohortUnitSchema>;

/** One page of a cohort's dashboard. */
export const cohortDashboardPageSchema = z.object({
  cohort: z.object({ id: z.string(), name: z.string(), standard: nullableNumber }),
  units: z.array(cohortUnitSchema),
  students: z.array(cohortStudentSummarySchema),
  /** Cursor of the next page (pass as `after`); null on the last page. */
  next: z.string().nullable(),
});
export type CohortDashboardPage = z.infer<typeof cohortDashboardPageSchema>;

/** A student's drill-down for their coach. */
export const studentDrilldownSchema = z.object({
  student: z.object({ id: z.string(), name: z.string(), standard: nullableNumber, exam_target: z.string().nullable() }),
  results: z.array(
    z.object({
      test_id: z.string(),
      test_type: z.string(),
      title: z.string().nullable(),
      total_score: z.number(),
      total_marks: z.number(),
      accuracy: nullableNumber,
      percentile: nullableNumber,
      estimated_rank: nullableNumber,
      test_date: z.string(),
      duration_seconds: nullableNumber,
    }),
  ),
  metrics: z.array(
    z.object({
      measured_at: z.string(),
      overall_mastery: nullableNumber,
      math_mastery: nullableNumber,
      physics_mastery: nullableNumber,
      chemistry_mastery: nullableNumber,
      burnout_risk: nullableNumber,
      burnout_reasons: z.array(z.unknown()),
    }),
  ),
  weak_concepts: z.array(z.object({ concept_id: z.string(), name: z.string(), subject: z.string(), unit: z.string(), mastery: z.number(), attempts: z.number(), correct: z.number(), accuracy: nullableNumber })),
  /** Per subject; `correct` of `judged` answers were right by the server's keys (never the device's flag). */
  timing: z.array(
    z.object({ subject: z.string(), attempts: z.number(), judged: z.number(), correct: z.number(), avg_ms: z.number(), median_ms: z.number(), accuracy: z.number(), rushed: z.number() }),
  ),
  /** The latest answers, newest first, judged by the server (null: key unknown here). */
  recent_answers: z.array(
    z.object({
      question_id: z.string(),
      concept_id: z.string(),
      concept_name: z.string(),
      subject: z.string(),
      correct: z.boolean().nullable(),
      response_time_ms: z.number(),
      answered_at: z.string(),
      test_type: z.string().nullable(),
    }),
  ),
  computed_at: z.string(),
});
export type StudentDrilldown = z.infer<typeof studentDrilldownSchema>;

// Requests.

/** Students per page of the cohort dashboard: the default, and the most one request may ask for. */
export const COHORT_PAGE = { default: 200, max: 500 } as const;
const pageLimitMessage = { message: `must be a whole number from 1 to ${COHORT_PAGE.max}` };
/** `GET /api/coach/cohorts/:id/dashboard`: one page, `after` the previous page's `next` cursor. */
export const cohortPageQuerySchema = z
  .object({
    limit: z.coerce.number(pageLimitMessage).int(pageLimitMessage).min(1, pageLimitMessage).max(COHORT_PAGE.max, pageLimitMessage).optional(),
    after: z.string().max(2048, { message: 'must be the `next` cursor of the previous page' }).optional(),
  })
  .strict();
export type CohortPageQuery = z.infer<typeof cohortPageQuerySchema>;
