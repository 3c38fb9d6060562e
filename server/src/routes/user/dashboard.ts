import type pg from 'pg';
import { z } from 'zod';
import { createDashboardRepository } from '../../repositories/dashboard.ts';
import { createUserRepository } from '../../repositories/users.ts';

const DAY_MS = 86_400_000;

export const phaseSchema = z.object({
  phase: z.string(),
  days_to_exam: z.number().int().nullable(),
  coverage: z.number(),
  mastery: z.number(),
  emphasis: z.string(),
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

/** Consecutive days with activity ending today or yesterday (UTC days, newest first). */
export function streakFrom(days: string[], nowMs: number): number {
  let expected = Math.floor(nowMs / DAY_MS);
  const first = days[0] ? Math.floor(Date.parse(days[0]) / DAY_MS) : null;
  if (first === null || first < expected - 1) return 0;
  if (first === expected - 1) expected -= 1;
  let streak = 0;
  for (const day of days) {
    if (Math.floor(Date.parse(day) / DAY_MS) !== expected) break;
    streak += 1;
    expected -= 1;
  }
  return streak;
}

/**
 * Study phase from days to the exam, syllabus coverage and mastery. Phases: FOUNDATION (far out or
 * little covered), BUILD (covering the syllabus), CONSOLIDATE (covered, mastery below target),
 * REVISION (final 60 days), EXAM_WEEK (final 7 days).
 */
export function phaseFor(daysToExam: number | null, coverage: number, mastery: number): Phase {
  const base = { days_to_exam: daysToExam, coverage, mastery };
  if (daysToExam !== null && daysToExam <= 7) return { ...base, phase: 'EXAM_WEEK', emphasis: 'light review of strong topics, full mock tests, rest' };
  if (daysToExam !== null && daysToExam <= 60) return { ...base, phase: 'REVISION', emphasis: 'due reviews and weak spots; no new topics' };
  if (coverage < 0.3) return { ...base, phase: 'FOUNDATION', emphasis: 'layer-1 concepts of every subject' };
  if (coverage < 0.8) return { ...base, phase: 'BUILD', emphasis: 'new concepts as prerequisites are mastered, with reviews' };
  return { ...base, phase: 'CONSOLIDATE', emphasis: 'raise mastery of weak concepts; weekly tests' };
}

/** The phase alone (the /phase route), without the rest of the dashboard's queries. */
export async function buildPhase(pool: pg.Pool, studentId: string, nowMs: number): Promise<Phase> {
  const [user, subjects] = await Promise.all([
    createUserRepository(pool).findById(studentId),
    createDashboardRepository(pool).subjectMastery(studentId),
  ]);
  return phaseFromSubjects(user?.exam_target ?? null, subjects, nowMs);
}

function phaseFromSubjects(examTarget: string | null, subjects: Array<{ mastery: number; concepts: number; studied: number }>, nowMs: number): Phase {
  const concepts = subjects.reduce((n, s) => n + s.concepts, 0);
  const studied = subjects.reduce((n, s) => n + s.studied, 0);
  const mastery = concepts === 0 ? 0 : subjects.reduce((n, s) => n + s.mastery * s.concepts, 0) / concepts;
  const daysToExam = examTarget ? Math.ceil((Date.parse(examTarget) - nowMs) / DAY_MS) : null;
  return phaseFor(daysToExam, concepts === 0 ? 0 : studied / concepts, mastery);
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
    subject_mastery: subjects,
    streak_days: streakFrom(days, nowMs),
    recent_results: recent,
    predicted_rank: (metrics?.predicted_rank as number | null | undefined) ?? null,
  };
}
