import type { Role, User } from '@cr/shared';
import type { AdminUserPage, AdminUsersQuery } from '@cr/shared/schemas/admin';
import { session } from '../account/current-session.ts';

/**
 * Named HTTP reads the screens use. Components call these and never build URLs themselves. The
 * student's own reads (dashboard, map, analytics) are local SQL in learn-queries.ts; what stays
 * here needs the server (staff screens).
 */

export type UserPage = AdminUserPage;

export const getProfile = (signal?: AbortSignal) => session.authed<User>('/api/user/profile', { signal });

export const getUsers = (filter: Pick<Partial<AdminUsersQuery>, 'role' | 'limit'>, signal?: AbortSignal) =>
  session.authed<UserPage>('/api/admin/users', { signal, query: { role: filter.role, limit: filter.limit } });

/** Accounts per role (admins): three cheap count queries. */
export async function getAccountCounts(signal?: AbortSignal): Promise<Record<Role, number>> {
  const roles = ['student', 'coach', 'admin'] as const;
  const pages = await Promise.all(roles.map((role) => getUsers({ role, limit: 1 }, signal)));
  return { student: pages[0]?.total ?? 0, coach: pages[1]?.total ?? 0, admin: pages[2]?.total ?? 0 };
}
