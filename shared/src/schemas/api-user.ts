import { z } from 'zod';

/**
 * Responses of the account API (server/src/routes/user, auth, privacy's export, system): the
 * routes validate what they send with these; clients infer their types from them.
 */

/** The study phase from the engine's rules applied to the server's view of the student. */
export const studyPhaseSchema = z.object({
  phase: z.enum(['FOUNDATION', 'EXPANSION', 'CONSOLIDATION', 'REVISION', 'FINAL_SPRINT']),
  days_to_exam: z.number().int().nullable(),
  /** Share of exam weight studied, 0–1. */
  coverage: z.number(),
  /** Exam-weighted mean mastery, 0–1. */
  mastery: z.number(),
  emphasis: z.string(),
  /** Daily time mix, shares summing to 1. */
  mix: z.object({ learn_new: z.number(), review: z.number(), tests: z.number() }),
  behind: z.boolean(),
  reasons: z.array(z.string()),
});
export type StudyPhase = z.infer<typeof studyPhaseSchema>;

/** The student's own dashboard; a coach gets the same shape for a student they coach. */
export const studentDashboardSchema = z.object({
  phase: studyPhaseSchema,
  next_topics: z.array(z.object({ concept_id: z.string(), mastery_level: z.number(), next_review_date: z.string().nullable() })),
  subject_mastery: z.array(z.object({ subject: z.string(), mastery: z.number(), concepts: z.number(), studied: z.number() })),
  streak_days: z.number().int(),
  recent_results: z.array(
    z.object({
      id: z.string(),
      test_id: z.string(),
      test_type: z.string(),
      total_score: z.number(),
      total_marks: z.number(),
      accuracy: z.number().nullable(),
      percentile: z.number().nullable(),
      test_date: z.string(),
    }),
  ),
  /** Likeliest predicted all-India rank (JEE Main), null until a test gives enough evidence. */
  predicted_rank: z.number().nullable(),
  /** The prediction with its range and what it rests on (see docs/student-screens.md). */
  rank_prediction: z
    .object({
      basis: z.enum(['BENCHMARK', 'TESTS']),
      rank: z.object({ best: z.number(), likely: z.number(), worst: z.number() }),
      percentile: z.object({ low: z.number(), likely: z.number(), high: z.number() }),
      marks300: z.object({ low: z.number(), likely: z.number(), high: z.number() }),
      candidates: z.number(),
      questions: z.number(),
    })
    .nullable(),
  /** Rank and percentile in the latest benchmark's cohort, with its size, or why they are withheld. */
  cohort_standing: z
    .object({
      shown: z.boolean(),
      rank: z.number().nullable(),
      percentile: z.number().nullable(),
      cohort_size: z.number().nullable(),
      reason: z.enum(['SMALL_COHORT', 'NOT_RANKED']).nullable(),
      minimum: z.number().nullable(),
    })
    .nullable(),
});
export type StudentDashboard = z.infer<typeof studentDashboardSchema>;


/** Everything the server holds about the caller, by table (docs/data-rights.md). */
export const dataExportSchema = z.record(z.string(), z.unknown());
export type DataExport = z.infer<typeof dataExportSchema>;

export const signedOutSchema = z.object({ signed_out: z.boolean() });

/** Liveness and readiness: `ok` while the process runs, `ready` when it can serve. */
export const healthSchema = z.object({ status: z.string() });
