import { z } from 'zod';

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
