import type pg from 'pg';
import { determinePhase } from '@cr/shared';
import type { StudentDashboard as Dashboard, StudyPhase as Phase } from '@cr/shared/schemas/api-user';
import { cohortStanding, predictRankFromResults } from '@cr/shared/engine/rank/predicted-rank';
import { streakDays } from '@cr/shared/engine/schedule/streak';
import { createDashboardRepository, type SubjectMastery } from '../../repositories/dashboard.ts';
import { createUserRepository } from '../../repositories/users.ts';
import { DAY_MS } from '@cr/shared/time';

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
