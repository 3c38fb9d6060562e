import { z } from 'zod';

/** The response envelope every API route returns (the seed's standard format). */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().nullable(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const metadataSchema = z.object({
  timestamp: z.string(),
  request_id: z.string(),
  response_time_ms: z.number(),
  cache_hit: z.boolean(),
});

export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.object({
    status: z.enum(['success', 'error', 'processing']),
    data: data.nullable(),
    metadata: metadataSchema,
    errors: z.array(apiErrorSchema),
  });
}
export const errorEnvelopeSchema = envelopeSchema(z.null());

export const ROLES = ['student', 'coach', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be a valid email address' }));
/** Passwords: at least 8 characters (seed), at most 256 so hashing cannot be abused. */
const password = z.string().min(8, 'must be at least 8 characters').max(256);
const standard = z.union([z.literal(11), z.literal(12)], { message: 'must be 11 or 12' });
const isoDate = z.iso.date({ message: 'must be a date, YYYY-MM-DD' });
/** Names, phones, centres: printable text without control characters. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');
const phone = z.string().trim().regex(/^\+?[0-9 -]{6,20}$/, 'must be a phone number');

export const signupBodySchema = z
  .object({
    email,
    password,
    standard,
    /** Exam date; must be in the future (checked against the server clock). */
    exam_target: isoDate,
    full_name: plainText(120).optional(),
    phone: phone.optional(),
    coaching_center: plainText(120).optional(),
    /** Under 18 on the server's date: a guardian must consent before the server processes data. */
    date_of_birth: isoDate.optional(),
    /** Required when date_of_birth makes the student a minor: where the consent link is sent. */
    guardian_email: email.optional(),
  })
  .strict();
export type SignupBody = z.infer<typeof signupBodySchema>;

export const loginBodySchema = z.object({ email, password: z.string().min(1).max(256) }).strict();
export type LoginBody = z.infer<typeof loginBodySchema>;

export const refreshBodySchema = z.object({ refresh_token: z.string().min(20).max(200) }).strict();
export const logoutBodySchema = refreshBodySchema;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  full_name: z.string().nullable(),
  phone: z.string().nullable(),
  standard: z.number().int().nullable(),
  exam_target: z.string().nullable(),
  coaching_center: z.string().nullable(),
  language: z.enum(['en', 'hi']),
  join_date: z.string(),
  last_login: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  token: z.string(),
  refresh_token: z.string(),
  /** Access-token lifetime in seconds. */
  expires_in: z.number().int(),
  user: userSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const profilePatchSchema = z
  .object({
    full_name: plainText(120).nullable(),
    phone: phone.nullable(),
    standard,
    exam_target: isoDate,
    coaching_center: plainText(120).nullable(),
    language: z.enum(['en', 'hi']),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

/** A monthly benchmark as the admin API returns it (no keys). */
export const adminBenchmarkSchema = z.object({
  id: z.string(),
  standard: z.number(),
  month: z.string(),
  title: z.string(),
  question_ids: z.array(z.string()),
  max_marks: z.number(),
  duration_s: z.number(),
  opens_at: z.string(),
  closes_at: z.string(),
  grace_s: z.number(),
  status: z.string(),
});
export type AdminBenchmark = z.infer<typeof adminBenchmarkSchema>;

/** Body of `POST /api/admin/benchmarks`: schedule one benchmark per class and month. */
export const scheduleBenchmarkBodySchema = z
  .object({
    standard: z.union([z.literal(11), z.literal(12)]),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
    title: z.string().min(1).max(120).optional(),
    opens_at: z.iso.datetime({ offset: true }),
    closes_at: z.iso.datetime({ offset: true }),
    /** Seconds after close during which sittings started inside the window are still accepted (default: config BENCHMARK_GRACE_DEFAULT_S). */
    grace_s: z.number().int().min(0).max(604_800).optional(),
    duration_s: z.number().int().min(60).max(6 * 3600).optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
  })
  .strict();
export type ScheduleBenchmarkBody = z.infer<typeof scheduleBenchmarkBodySchema>;

// Requests: path parameters several feature APIs share.

/** `:id` naming a user. */
export const userIdParamsSchema = z.object({ id: z.uuid({ message: 'must be a user id (UUID)' }) }).strict();
/** `:id` naming a cohort. */
export const cohortIdParamsSchema = z.object({ id: z.uuid({ message: 'must be a cohort id (UUID)' }) }).strict();
