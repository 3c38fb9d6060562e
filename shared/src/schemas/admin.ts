import { z } from 'zod';
import { adminBenchmarkSchema, userSchema } from './api.ts';

/**
 * Responses of the admin API (server/src/routes/admin) that the admin console reads: the route
 * validates what it sends with these, and the console's types are inferred from them.
 */

export const adminCohortSchema = z.object({
  id: z.string(),
  name: z.string(),
  standard: z.number().nullable(),
  created_at: z.string(),
  students: z.number(),
  coaches: z.array(z.object({ id: z.string(), name: z.string().nullable(), email: z.string() })),
});
export type AdminCohort = z.infer<typeof adminCohortSchema>;

export const adminCohortDetailSchema = adminCohortSchema.extend({
  members: z.array(z.object({ id: z.string(), name: z.string().nullable(), email: z.string(), standard: z.number().nullable(), joined_at: z.string() })),
});
export type AdminCohortDetail = z.infer<typeof adminCohortDetailSchema>;

export const auditEntrySchema = z.object({
  id: z.number(),
  actor_id: z.string().nullable(),
  /** The actor's full name and e-mail (null for system actions or a deleted account). */
  actor_name: z.string().nullable(),
  actor_email: z.string().nullable(),
  action: z.string(),
  /** The named resource (a user's name, a cohort's name), when it still exists. */
  resource_name: z.string().nullable(),
  /** The name of the user a change is about (`changes.user_id`), when it still exists. */
  subject_name: z.string().nullable(),
  resource_type: z.string(),
  resource_id: z.string().nullable(),
  changes: z.unknown(),
  ip_address: z.string().nullable(),
  timestamp: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const adminJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  retry_count: z.number(),
  data: z.unknown(),
  output: z.unknown(),
  created_on: z.string(),
  completed_on: z.string().nullable(),
});
export type AdminJob = z.infer<typeof adminJobSchema>;

export const adminCohortListSchema = z.array(adminCohortSchema);

/**
 * An account as the admin's user list shows it: the profile plus its status, so a disabled
 * account (or one waiting for deletion) is listed and can be enabled again.
 */
export const accountStatusSchema = z.enum(['active', 'disabled', 'deletion_pending']);
export type AccountStatus = z.infer<typeof accountStatusSchema>;
export const adminUserSchema = userSchema.extend({ status: accountStatusSchema });
export type AdminUser = z.infer<typeof adminUserSchema>;

/** One page of the accounts matching the filter, whatever their status, and how many match in all. */
export const adminUserPageSchema = z.object({ users: z.array(adminUserSchema), total: z.number() });
export type AdminUserPage = z.infer<typeof adminUserPageSchema>;

export const accountStatusChangeSchema = z.object({ id: z.string(), status: z.enum(['active', 'disabled']), sessions_revoked: z.number() });
export type AccountStatusChange = z.infer<typeof accountStatusChangeSchema>;

export const auditLogSchema = z.array(auditEntrySchema);
export const adminJobListSchema = z.array(adminJobSchema);
export const jobRetriedSchema = z.object({ retried: z.boolean() });
export type JobRetried = z.infer<typeof jobRetriedSchema>;

export const cohortDeletedSchema = z.object({ deleted: z.boolean() });
export type CohortDeleted = z.infer<typeof cohortDeletedSchema>;
/** Whether an assignment changed anything (false: it was already so). */
export const assignmentChangedSchema = z.object({ changed: z.boolean() });
export type AssignmentChanged = z.infer<typeof assignmentChangedSchema>;

export const adminBenchmarkListSchema = z.array(adminBenchmarkSchema);
/** A cancelled benchmark with how many submitted sittings were refused by the cancellation. */
export const cancelledBenchmarkSchema = adminBenchmarkSchema.extend({ refused_sittings: z.number() });
export type CancelledBenchmark = z.infer<typeof cancelledBenchmarkSchema>;

/** What the sealed bank holds (no texts, no keys): counts per class × subject × type, and papers each class can still get. */
export const bankSummarySchema = z.object({
  counts: z.array(z.object({ standard: z.number(), subject: z.string(), type: z.string(), unused: z.number(), used: z.number() })),
  classes: z.array(
    z.object({ standard: z.number(), papers: z.number(), next_shortfall: z.array(z.object({ subject: z.string(), type: z.string(), missing: z.number() })) }),
  ),
});
export type BankSummary = z.infer<typeof bankSummarySchema>;

/** How many sealed items an addition or generation wrote. */
export const bankWrittenSchema = z.object({ written: z.number() });
export type BankWritten = z.infer<typeof bankWrittenSchema>;

/** A centre's import into the sealed bank: rows read, items written, written items per subject. */
export const bankImportSummarySchema = z.object({ rows: z.number(), written: z.number(), by_subject: z.record(z.string(), z.number()) });
export type BankImportSummary = z.infer<typeof bankImportSummarySchema>;
