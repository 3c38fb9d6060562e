import type pg from 'pg';
import { z } from 'zod';
import { determinePhase } from '@cr/shared';
import { cohortStanding, predictRankFromResults } from '@cr/shared/engine/rank/predicted-rank';
import { streakDays } from '@cr/shared/engine/schedule/streak';
import { createDashboardRepository, type SubjectMastery } from '../../repositories/dashboard.ts';
import { createUserRepository } from '../../repositories/users.ts';
import { DAY_MS } from '@cr/shared/time';


export const phaseSchema = z.object({
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
export type Phase = z.infer<typeof phaseSchema>;

export const dashboardSchema = z.object({
  phase: phaseSchema,
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
export type Dashboard = z.infer<typeof dashboardSchema>;

/** Consecutive days with activity ending today or yesterday (the engine's rule, shared with the device). */
export const streakFrom = (days: string[], nowMs: number): number => streakDays(days, nowMs);

const EMPHASIS: Record<Phase['phase'], string> = {
  FOUNDATION: 'layer-1 and layer-2 concepts of every subject, with light review',
  EXPANSION: 'new concepts as their prerequisites are mastered, with reviews',
  CONSOLIDATION: 'raise mastery of weak concepts with reviews, practice and weekly tests',
  REVISION: 'due reviews, weak spots and weekly mocks',
  FINAL_SPRINT: 'reviews and full mock tests only; nothing new',
};

/**
 * The engine's phase rules (shared with the device) applied to the server's view of the
 * student. With no exam date the exam counts as far away.
 */
export function phaseFor(daysToExam: number | null, coverage: number, mastery: number): Phase {
  const plan = determinePhase({ daysToExam: daysToExam ?? 365, coverage, mastery });
  return {
    phase: plan.phase,
    days_to_exam: daysToExam,
    coverage,
    mastery,
    emphasis: EMPHASIS[plan.phase],
    mix: { learn_new: plan.mix.learnNew, review: plan.mix.review, tests: plan.mix.tests },
    behind: plan.behind,
    reasons: [...plan.reasons],
  };
}

/** The phase alone (the /phase route), without the rest of the dashboard's queries. */
export async function buildPhase(pool: pg.Pool, studentId: string, nowMs: number): Promise<Phase> {
  const [user, subjects] = await Promise.all([
    createUserRepository(pool).findById(studentId),
    createDashboardRepository(pool).subjectMastery(studentId),
  ]);
  return phaseFromSubjects(user?.exam_target ?? null, subjects, nowMs);
}

function phaseFromSubjects(examTarget: string | null, subjects: SubjectMastery[], nowMs: number): Phase {
  const weight = subjects.reduce((n, s) => n + s.weight, 0);
  const coverage = weight === 0 ? 0 : subjects.reduce((n, s) => n + s.studied_weight, 0) / weight;
  const mastery = weight === 0 ? 0 : subjects.reduce((n, s) => n + s.weighted_mastery, 0) / weight;
  const daysToExam = examTarget ? Math.ceil((Date.parse(examTarget) - nowMs) / DAY_MS) : null;
  return phaseFor(daysToExam, coverage, mastery);
}

/** The student's dashboard from one database statement (the repository's `dashboard`). */
export async function buildDashboard(pool: pg.Pool, studentId: string, nowMs: number): Promise<Dashboard> {
  const data = await createDashboardRepository(pool).dashboard(studentId, new Date(nowMs).toISOString());
  const evidence = data.rank_evidence;
  const subjects = data.subjects;
  const prediction = predictRankFromResults(evidence.map((r) => ({ testType: r.test_type, totalScore: r.total_score, totalMarks: r.total_marks, at: r.at })));
  const bench = evidence.find((r) => r.test_type === 'MONTHLY');
  const standing = bench ? cohortStanding(bench.global_rank, bench.percentile, bench.candidates) : null;
  return {
    phase: phaseFromSubjects(data.exam_target, subjects, nowMs),
    next_topics: data.next_topics,
    subject_mastery: subjects.map(({ subject, mastery, concepts, studied }) => ({ subject, mastery, concepts, studied })),
    streak_days: streakFrom(data.active_days, nowMs),
    recent_results: data.recent_results,
    // Computed from the results themselves (not the nightly metrics row, which lagged a release
    // by up to a day) with the engine the device runs on the same rows.
    predicted_rank: prediction?.rank.likely ?? null,
    rank_prediction: prediction ?? null,
    cohort_standing:
      standing === null
        ? null
        : standing.shown
          ? { shown: true, rank: standing.rank, percentile: standing.percentile, cohort_size: standing.cohortSize, reason: null, minimum: null }
          : { shown: false, rank: null, percentile: null, cohort_size: standing.cohortSize, reason: standing.reason, minimum: standing.minimum },
  };
}
