import { z } from 'zod';

/**
 * Responses of the test API (server/src/routes/test) for clients that do not sync: the same rows
 * the sync buckets carry, validated by the routes with these. Answer keys and scores of a
 * benchmark appear only once it is released.
 */

export const testResponseRowSchema = z.object({
  question_id: z.string(),
  student_answer: z.string().nullable(),
  correct_answer: z.string().nullable(),
  is_correct: z.boolean().nullable(),
  marks_awarded: z.number(),
  response_time_ms: z.number().nullable(),
  subject: z.string().nullable(),
  concept_id: z.string().nullable(),
});
export const testResultSchema = z.object({
  id: z.string(),
  sitting_id: z.string().nullable(),
  test_id: z.string(),
  test_type: z.string(),
  total_score: z.number(),
  total_marks: z.number(),
  accuracy: z.number().nullable(),
  subject_scores: z.record(z.string(), z.unknown()),
  percentile: z.number().nullable(),
  /** Per-subject NTA percentiles of a ranked benchmark (null before release and for other tests). */
  math_percentile: z.number().nullable(),
  physics_percentile: z.number().nullable(),
  chemistry_percentile: z.number().nullable(),
  global_rank: z.number().nullable(),
  estimated_rank: z.number().nullable(),
  test_date: z.string(),
  responses: z.array(testResponseRowSchema).optional(),
});
export const submissionStatusSchema = z.object({
  sitting_id: z.string(),
  status: z.string(),
  reason_code: z.string().nullable(),
  reason: z.string().nullable(),
  flags: z.array(z.string()),
  received_at: z.string(),
});
export const benchmarkPublicSchema = z.object({
  id: z.string(),
  standard: z.number(),
  month: z.string(),
  title: z.string(),
  status: z.string(),
  opens_at: z.string(),
  closes_at: z.string(),
  grace_s: z.number(),
  duration_s: z.number(),
  max_marks: z.number(),
  candidates: z.number(),
});
export type BenchmarkPublic = z.infer<typeof benchmarkPublicSchema>;
export const leaderboardRowSchema = z.object({ position: z.number(), rank: z.number(), display_name: z.string(), total_score: z.number(), percentile: z.number() });
export const benchmarkPaperItemSchema = z.object({
  position: z.number(),
  question_id: z.string(),
  subject: z.string(),
  type: z.string(),
  text: z.string(),
  options: z.unknown(),
  difficulty: z.number(),
  answer: z.string().optional(),
  explanation: z.string().optional(),
});

/** A student's results and submissions of one test. */
export const testResultsPageSchema = z.object({ test_id: z.string(), results: z.array(testResultSchema), submissions: z.array(submissionStatusSchema) });
export type TestResultsPage = z.infer<typeof testResultsPageSchema>;

/** A class's benchmark of one month: leaderboard once released, the caller's own standing when a student. */
export const benchmarkRankingSchema = z.object({
  benchmark: benchmarkPublicSchema.nullable(),
  released: z.boolean(),
  top: z.array(leaderboardRowSchema),
  own: z.object({ rank: z.number().nullable(), percentile: z.number().nullable(), total_score: z.number(), estimated_rank: z.number().nullable() }).nullable(),
});
export type BenchmarkRanking = z.infer<typeof benchmarkRankingSchema>;

/** A class's benchmark of one month with its paper (keys only after release) and the caller's submissions. */
export const monthlyBenchmarkSchema = z.object({ benchmark: benchmarkPublicSchema.nullable(), paper: z.array(benchmarkPaperItemSchema), submissions: z.array(submissionStatusSchema) });
export type MonthlyBenchmark = z.infer<typeof monthlyBenchmarkSchema>;

/** A student's results of the ISO week (Monday–Sunday) holding a date. */
export const weeklyResultsSchema = z.object({ week_start: z.string(), week_end: z.string(), results: z.array(testResultSchema) });
export type WeeklyResults = z.infer<typeof weeklyResultsSchema>;

// Requests.

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
/** `GET /api/tests/:test_id/results`. */
export const testIdParamsSchema = z.object({ test_id: z.string().min(1).max(80) }).strict();
/** `:month` of a monthly benchmark, YYYY-MM. */
export const monthParamsSchema = z.object({ month }).strict();
/** The class a coach or admin asks about (a student's own class is used for a student). */
export const classQuerySchema = z.object({ standard: z.coerce.number().int().min(11).max(12).optional() }).strict();
/** `GET /api/tests/weekly/:date`: any day of the week asked about. */
export const weekDateParamsSchema = z.object({ date: z.iso.date() }).strict();
