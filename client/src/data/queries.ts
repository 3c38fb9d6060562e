import type { Role, User } from '@cr/shared';
import { session } from './current-session.ts';

/**
 * Named reads the screens use. Components call these and never build URLs or SQL themselves;
 * when the PowerSync replica arrives (student-app issue) the student's reads move to local SQL
 * behind the same names, and only the server-authoritative ones (ranks, cohorts) stay HTTP.
 */

/** Mirrors the server's `dashboardSchema` (server/src/routes/user/dashboard.ts). */
export interface Dashboard {
  phase: Phase;
  next_topics: NextTopic[];
  subject_mastery: SubjectMastery[];
  streak_days: number;
  recent_results: RecentResult[];
  predicted_rank: number | null;
}
export interface Phase {
  phase: string;
  /** Whole days until the exam date; null when no exam date is set. */
  days_to_exam: number | null;
  /** Share of the syllabus studied, 0–1. */
  coverage: number;
  /** Mean mastery over the syllabus, 0–1. */
  mastery: number;
  emphasis: string;
}
export interface NextTopic {
  concept_id: string;
  /** 0–1. */
  mastery_level: number;
  next_review_date: string | null;
}
export interface SubjectMastery {
  /** One of the JEE subjects (`Subject`); kept open so a new one never breaks the screen. */
  subject: string;
  mastery: number;
  concepts: number;
  studied: number;
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
export interface Cohort {
  id: string;
  name: string;
  standard: number | null;
  students: number;
}
export interface UserPage {
  users: User[];
  total: number;
}

export const getDashboard = (signal?: AbortSignal) => session.authed<Dashboard>('/api/user/dashboard', { signal });

export const getProfile = (signal?: AbortSignal) => session.authed<User>('/api/user/profile', { signal });

export const getCoachCohorts = (signal?: AbortSignal) => session.authed<Cohort[]>('/api/coach/cohorts', { signal });

export const getUsers = (filter: { role?: Role; limit?: number }, signal?: AbortSignal) =>
  session.authed<UserPage>('/api/admin/users', { signal, query: { role: filter.role, limit: filter.limit } });

/** Accounts per role (admins): three cheap count queries. */
export async function getAccountCounts(signal?: AbortSignal): Promise<Record<Role, number>> {
  const roles = ['student', 'coach', 'admin'] as const;
  const pages = await Promise.all(roles.map((role) => getUsers({ role, limit: 1 }, signal)));
  return { student: pages[0]?.total ?? 0, coach: pages[1]?.total ?? 0, admin: pages[2]?.total ?? 0 };
}
