import { z } from 'zod';
import { adminBenchmarkSchema, roleSchema, userSchema } from './api.ts';
import { questionSchema } from './content.ts';

/**
 * Responses and requests of the admin API (server/src/routes/admin) that the admin console uses:
 * the routes validate with these, and the console's types are inferred from them.
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

// Requests of the admin API: the routes validate with these; the console's request types are inferred from them.

const cohortStandard = z.union([z.literal(11), z.literal(12)]).nullable();
const cohortName = z.string().trim().min(1).max(120);

/** `GET /api/admin/users`. */
export const adminUsersQuerySchema = z
  .object({
    role: roleSchema.optional(),
    q: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type AdminUsersQuery = z.infer<typeof adminUsersQuerySchema>;

/** `PATCH /api/admin/users/:id/role`. */
export const roleChangeBodySchema = z.object({ role: roleSchema }).strict();
export type RoleChangeBody = z.infer<typeof roleChangeBodySchema>;
/** `PATCH /api/admin/users/:id/status`: deletion_pending is set and cleared only by the account's owner (deletion flow). */
export const statusChangeBodySchema = z.object({ status: z.enum(['active', 'disabled']) }).strict();
export type StatusChangeBody = z.infer<typeof statusChangeBodySchema>;

/** `GET /api/admin/audit-log`. */
export const auditQuerySchema = z
  .object({
    action: z.string().max(100).optional(),
    actor_id: z.uuid().optional(),
    /** Part of the actor's name or e-mail (case-insensitive). */
    actor: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** `POST /api/admin/cohorts`. */
export const cohortCreateBodySchema = z.object({ name: cohortName, standard: cohortStandard.default(null) }).strict();
export type CohortCreateBody = z.input<typeof cohortCreateBodySchema>;
/** `PATCH /api/admin/cohorts/:id`. */
export const cohortPatchBodySchema = z.object({ name: cohortName, standard: cohortStandard }).partial().strict();
export type CohortPatchBody = z.infer<typeof cohortPatchBodySchema>;
/** `PUT|DELETE /api/admin/cohorts/:id/:kind/:user_id`. */
export const cohortAssignParamsSchema = z
  .object({ id: z.uuid({ message: 'must be a cohort id (UUID)' }), kind: z.enum(['coaches', 'students']), user_id: z.uuid({ message: 'must be a user id (UUID)' }) })
  .strict();
export type CohortAssignKind = z.infer<typeof cohortAssignParamsSchema>['kind'];

/** pg-boss queue names as this app creates them; anything else is refused before pg-boss sees it. */
const QUEUE_NAME = /^[A-Za-z0-9][\w.-]{0,49}$/;
/** `GET /api/admin/jobs`. */
export const jobsQuerySchema = z
  .object({
    state: z.enum(['created', 'retry', 'active', 'completed', 'cancelled', 'failed']).default('failed'),
    name: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type JobsQuery = z.infer<typeof jobsQuerySchema>;
/** `POST /api/admin/jobs/:name/:id/retry`. */
export const jobParamsSchema = z
  .object({
    name: z.string().regex(QUEUE_NAME, 'must be a job queue name: 1–50 letters, digits, _ . or -'),
    id: z.uuid({ message: 'must be a job id (UUID)' }),
  })
  .strict();

/** `POST /api/admin/benchmarks/:id/cancel`. */
export const benchmarkIdParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'a benchmark id') }).strict();
export const cancelBenchmarkBodySchema = z.object({ reason: z.string().min(1).max(500).optional() }).strict().optional();
/** `POST /api/admin/benchmarks/bank`: sealed questions added by hand. */
export const bankAddBodySchema = z.object({ questions: z.array(questionSchema).min(1).max(500) }).strict();
/** `POST /api/admin/benchmarks/bank/generate`. */
export const bankGenerateBodySchema = z.object({ papers: z.number({ message: 'papers must be a whole number from 1 to 12' }).int().min(1).max(12) }).strict();
export type BankGenerateBody = z.infer<typeof bankGenerateBodySchema>;
/** `POST /api/admin/benchmarks/bank/import`: a centre's own questions, all or nothing. */
export const bankImportBodySchema = z.object({ format: z.enum(['csv', 'json']), source: z.string().trim().min(1).max(100), content: z.string().min(1).max(10_000_000) }).strict();
export type BankImportBody = z.infer<typeof bankImportBodySchema>;
