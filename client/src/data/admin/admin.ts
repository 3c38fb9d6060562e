import type { Role, User } from '@cr/shared';
import type {
  AdminCohort,
  AdminCohortDetail,
  AccountStatusChange,
  AdminJob,
  AdminUser,
  AdminUserPage,
  AdminUsersQuery,
  AssignmentChanged,
  AuditEntry,
  AuditQuery,
  RoleChangeBody,
  StatusChangeBody,
  BankGenerateBody,
  BankImportBody,
  BankImportSummary,
  BankSummary,
  BankWritten,
  CancelledBenchmark,
  CohortAssignKind,
  CohortCreateBody,
  CohortDeleted,
  CohortPatchBody,
  JobRetried,
  JobsQuery,
} from '@cr/shared/schemas/admin';
import type { ContentImportBody, ContentImportSummary } from '@cr/shared/schemas/api-content';
import type { AdminBenchmark, ScheduleBenchmarkBody } from '@cr/shared/schemas/api';
import { session } from '../account/current-session.ts';

/** Admin console data: every call needs a connection (admin screens are online-only). */

export type { AdminUser };
export type Job = AdminJob;
export type JobState = JobsQuery['state'];

export const listCohorts = (signal?: AbortSignal) => session.authed<AdminCohort[]>('/api/admin/cohorts', { signal });
export const getCohort = (id: string, signal?: AbortSignal) => session.authed<AdminCohortDetail>(`/api/admin/cohorts/${encodeURIComponent(id)}`, { signal });
export const createCohort = (body: CohortCreateBody) => session.authed<AdminCohort>('/api/admin/cohorts', { method: 'POST', body });
export const updateCohort = (id: string, body: CohortPatchBody) =>
  session.authed<AdminCohort>(`/api/admin/cohorts/${encodeURIComponent(id)}`, { method: 'PATCH', body });
export const deleteCohort = (id: string) => session.authed<CohortDeleted>(`/api/admin/cohorts/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const assign = (cohortId: string, kind: CohortAssignKind, userId: string, on: boolean) =>
  session.authed<AssignmentChanged>(`/api/admin/cohorts/${encodeURIComponent(cohortId)}/${kind}/${encodeURIComponent(userId)}`, { method: on ? 'PUT' : 'DELETE' });

export const listUsers = (filter: Partial<AdminUsersQuery>, signal?: AbortSignal) =>
  session.authed<AdminUserPage>('/api/admin/users', { signal, query: filter });
export const setRole = (id: string, role: Role) => {
  const body: RoleChangeBody = { role };
  return session.authed<User>(`/api/admin/users/${encodeURIComponent(id)}/role`, { method: 'PATCH', body });
};
/** Disables an account (its sessions end, its streams close) or enables it again; audited. */
export const setAccountStatus = (id: string, status: StatusChangeBody['status']) => {
  const body: StatusChangeBody = { status };
  return session.authed<AccountStatusChange>(`/api/admin/users/${encodeURIComponent(id)}/status`, { method: 'PATCH', body });
};

export const listAudit = (filter: Partial<AuditQuery>, signal?: AbortSignal) =>
  session.authed<AuditEntry[]>('/api/admin/audit-log', { signal, query: filter });

export const listJobs = (filter: Partial<JobsQuery>, signal?: AbortSignal) => session.authed<Job[]>('/api/admin/jobs', { signal, query: filter });
export const retryJob = (name: string, id: string) =>
  session.authed<JobRetried>(`/api/admin/jobs/${encodeURIComponent(name)}/${encodeURIComponent(id)}/retry`, { method: 'POST', body: {} });

export const importContent = (body: ContentImportBody) =>
  session.authed<ContentImportSummary>('/api/admin/content/import', { method: 'POST', body });

export type { AdminBenchmark } from '@cr/shared/schemas/api';
/** What the schedule form sends (grace is always chosen in the form). */
export type ScheduleBenchmark = Omit<ScheduleBenchmarkBody, 'seed'> & { grace_s: number };

export const listBenchmarks = (standard: 11 | 12 | null, signal?: AbortSignal) =>
  session.authed<AdminBenchmark[]>('/api/admin/benchmarks', { signal, query: { standard: standard ?? undefined } });
export const scheduleBenchmark = (body: ScheduleBenchmark) => session.authed<AdminBenchmark>('/api/admin/benchmarks', { method: 'POST', body });
/** Cancels a benchmark that is not released (its submitted sittings are refused; audited). */
export const cancelBenchmark = (id: string) => session.authed<CancelledBenchmark>(`/api/admin/benchmarks/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: {} });

export type { BankSummary } from '@cr/shared/schemas/admin';
export const getBankSummary = (signal?: AbortSignal) => session.authed<BankSummary>('/api/admin/benchmarks/bank', { signal });
/** Adds generated sealed items for `papers` more papers (audited). */
export const generateBankItems = (papers: number) => {
  const body: BankGenerateBody = { papers };
  return session.authed<BankWritten>('/api/admin/benchmarks/bank/generate', { method: 'POST', body });
};
/** Imports a centre's own questions into the sealed bank (all or nothing; audited). */
export const importIntoBank = (body: BankImportBody) =>
  session.authed<BankImportSummary>('/api/admin/benchmarks/bank/import', { method: 'POST', body });
/** What the public content import answers. */
export type ImportSummary = ContentImportSummary;
