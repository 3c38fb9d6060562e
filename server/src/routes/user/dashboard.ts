import type pg from 'pg';
import { determinePhase } from '@cr/shared';
import type { StudentDashboard as Dashboard, StudyPhase as Phase } from '@cr/shared/schemas/api-user';
import { cohortStanding, predictRankFromResults } from '@cr/shared/engine/rank/predicted-rank';
import { streakDays } from '@cr/shared/engine/schedule/streak';
import { createDashboardRepository, type DashboardData, type SubjectMastery } from '../../repositories/dashboard.ts';
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

interface CachedPart {
  data: DashboardData;
  version: string;
  /** The instant it was read for, and the first instant its due list would differ. */
  fromMs: number;
  untilMs: number;
}

/** Students whose dashboard's database part a server process keeps (each entry a few KB to ~30 KB). */
export const DASHBOARD_CACHE_MAX = 2000;

// Per pool (a test's app has its own), least recently used first.
const caches = new WeakMap<object, Map<string, CachedPart>>();

/** Empties this process's dashboard cache of `pool` (bench:api's cache-cold run). */
export function forgetDashboardCache(pool: pg.Pool): void {
  caches.delete(pool);
}

/**
 * The database part of the student's dashboard: from this process's cache when the student's
 * version and the epoch are still those it was read at (one statement of two primary-key reads;
 * every write that changes the part moves one of them in its own transaction, migration 024) and
 * no concept has become due since; otherwise from the dashboard statement, which also returns
 * the version and the instant its due list next changes. `versionNow`: the version as read at
 * the start of this request (DASHBOARD_VERSION_SQL, the route reads it with the account).
 */
export async function dashboardData(pool: pg.Pool, studentId: string, nowMs: number, versionNow?: string): Promise<DashboardData> {
  let cache = caches.get(pool);
  if (!cache) caches.set(pool, (cache = new Map()));
  const repo = createDashboardRepository(pool);
  const hit = cache.get(studentId);
  if (hit && nowMs >= hit.fromMs && nowMs < hit.untilMs && (versionNow ?? (await repo.dashboardVersion(studentId))) === hit.version) {
    cache.delete(studentId);
    cache.set(studentId, hit);
    return hit.data;
  }
  const read = await repo.dashboardRead(studentId, new Date(nowMs).toISOString());
  cache.delete(studentId);
  // No version (the epoch row missing: nothing would move it): read every time, never cached.
  if (typeof read.version === 'string') {
    cache.set(studentId, { data: read.data, version: read.version, fromMs: nowMs, untilMs: read.validUntilMs ?? Infinity });
    if (cache.size > DASHBOARD_CACHE_MAX) cache.delete(cache.keys().next().value as string);
  }
  return read.data;
}

// What the dashboard derives from a (cached, never modified) database part: the rank
// prediction depends on it alone, the streak on it and the UTC day (streakDays reads only
// floor(now / day)). Computed once per part, and per day for the streak.
const derived = new WeakMap<DashboardData, { rank: ReturnType<typeof rankFrom>; day: number; streak: number }>();

function rankFrom(data: DashboardData) {
  const evidence = data.rank_evidence;
  const prediction = predictRankFromResults(evidence.map((r) => ({ testType: r.test_type, totalScore: r.total_score, totalMarks: r.total_marks, at: r.at })));
  const bench = evidence.find((r) => r.test_type === 'MONTHLY');
  const standing = bench ? cohortStanding(bench.global_rank, bench.percentile, bench.candidates) : null;
  return { prediction, standing };
}

function derivedOf(data: DashboardData) {
  let d = derived.get(data);
  if (!d) derived.set(data, (d = { rank: rankFrom(data), day: NaN, streak: 0 }));
  return d;
}

const rankOf = (data: DashboardData) => derivedOf(data).rank;

function streakOf(data: DashboardData, nowMs: number): number {
  const d = derivedOf(data);
  const day = Math.floor(nowMs / DAY_MS);
  if (d.day !== day) {
    d.streak = streakFrom(data.active_days, nowMs);
    d.day = day;
  }
  return d.streak;
}

/** The student's dashboard: the database part (`dashboardData`) and the rules that depend on the time. */
export async function buildDashboard(pool: pg.Pool, studentId: string, nowMs: number, versionNow?: string): Promise<Dashboard> {
  const data = await dashboardData(pool, studentId, nowMs, versionNow);
  const { prediction, standing } = rankOf(data);
  const subjects = data.subjects;
  return {
    phase: phaseFromSubjects(data.exam_target, subjects, nowMs),
    next_topics: data.next_topics,
    subject_mastery: subjects.map(({ subject, mastery, concepts, studied }) => ({ subject, mastery, concepts, studied })),
    streak_days: streakOf(data, nowMs),
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
