import type pg from 'pg';
import { z } from 'zod';
import { determinePhase } from '@cr/shared';
import { streakDays } from '@cr/shared/engine/schedule/streak';
import { createDashboardRepository, type SubjectMastery } from '../../repositories/dashboard.ts';
import { createUserRepository } from '../../repositories/users.ts';

const DAY_MS = 86_400_000;

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
  predicted_rank: z.number().nullable(),
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

export async function buildDashboard(pool: pg.Pool, studentId: string, nowMs: number): Promise<Dashboard> {
  const repo = createDashboardRepository(pool);
  const [user, nextTopics, subjects, recent, days, metrics] = await Promise.all([
    createUserRepository(pool).findById(studentId),
    repo.nextTopics(studentId, 10, new Date(nowMs).toISOString()),
    repo.subjectMastery(studentId),
    repo.recentResults(studentId, 5),
    repo.activeDays(studentId),
    repo.latestMetrics(studentId),
  ]);
  return {
    phase: phaseFromSubjects(user?.exam_target ?? null, subjects, nowMs),
    next_topics: nextTopics,
    subject_mastery: subjects.map(({ subject, mastery, concepts, studied }) => ({ subject, mastery, concepts, studied })),
    streak_days: streakFrom(days, nowMs),
    recent_results: recent,
    predicted_rank: (metrics?.predicted_rank as number | null | undefined) ?? null,
  };
}
