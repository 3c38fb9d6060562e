import { z } from 'zod';

/**
 * Accounts and data rights: deletion with a grace period, guardian consent for minors, export.
 * Shared by the server routes and the client screens.
 */

export { ageOn, isMinor, PRIVACY_NOTICE_VERSION } from './privacy-basics.ts';

export const consentStatusSchema = z.enum(['not_required', 'pending', 'granted', 'withdrawn']);
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

const email = z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'must be a valid email address' }));

export const deletionRequestBodySchema = z.object({ password: z.string().min(1).max(256) }).strict();
/** `POST /api/admin/users/:id/deletion` (not strict: the path names only the account). */
export const adminDeletionParamsSchema = z.object({ id: z.uuid({ message: 'must be a user id' }) });
export const adminDeletionBodySchema = z.object({ reason: z.string().trim().min(3, 'say whose request this is').max(500) }).strict();
export const cancelDeletionBodySchema = z.object({ email, password: z.string().min(1).max(256) }).strict();

export const deletionPreviewSchema = z.object({
  grace_days: z.number().int(),
  /** Rows per table that a deletion removes. */
  will_delete: z.record(z.string(), z.number().int()),
});
export type DeletionPreview = z.infer<typeof deletionPreviewSchema>;

export const deletionStatusSchema = z.object({
  status: z.literal('deletion_pending'),
  requested_at: z.string(),
  deletion_due_at: z.string(),
  receipt_id: z.uuid(),
  will_delete: z.record(z.string(), z.number().int()),
});
export type DeletionStatus = z.infer<typeof deletionStatusSchema>;

export const consentInfoSchema = z.object({
  consent_status: consentStatusSchema,
  date_of_birth: z.string().nullable(),
  /** The guardian the latest link went to, masked (r***@example.com). */
  guardian_email: z.string().nullable(),
  link_sent_at: z.string().nullable(),
  notice_version: z.string(),
});
export type ConsentInfo = z.infer<typeof consentInfoSchema>;

export const guardianRequestBodySchema = z.object({ guardian_email: email }).strict();
/** The token from the e-mailed link (base64url, 256 bits). */
export const guardianTokenBodySchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a consent link token') }).strict();

export const guardianLinkSchema = z.object({
  /** The student's display name as the guardian should recognise it. */
  student_name: z.string(),
  consent_status: consentStatusSchema,
  notice_version: z.string(),
  expires_at: z.string(),
});
export type GuardianLink = z.infer<typeof guardianLinkSchema>;
