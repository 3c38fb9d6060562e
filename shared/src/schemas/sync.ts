import { z } from 'zod';
import { UPLOAD_LIMITS } from '../sync/upload-batches.ts';
import { LWW_FIELDS } from './sync-tables.ts';
import { DAY_MS } from '../time.ts';

/**
 * The upload contract (`POST /sync/upload`, docs/sync-upload.md), written once for both ends: the
 * request and its 200 body and the rows a device may upload as the server validates them. Which
 * tables and columns are synced, which a device may write and which fields merge
 * last-writer-wins is the table contract in ./sync-tables.ts. The device's connector builds
 * requests from these and the server checks them again with authority. Values arrive as SQLite
 * stores them (booleans 0/1, JSON columns as text).
 */

export { LWW_FIELDS } from './sync-tables.ts';
export type LwwTable = keyof typeof LWW_FIELDS;

/** The stamped fields of `table`, or null when it is not an LWW table. */
export function lwwFieldsOf(table: string): readonly string[] | null {
  return Object.hasOwn(LWW_FIELDS, table) ? LWW_FIELDS[table as LwwTable] : null;
}

/** One CRUD op as the PowerSync SDK queued it. */
export const crudOpSchema = z.object({
  op_id: z.number().int().nullable().optional(),
  op: z.enum(['PUT', 'PATCH', 'DELETE']),
  type: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Sent by a connector instead of data when the op alone exceeds UPLOAD_LIMITS.maxOpBytes. */
  oversize_bytes: z.number().int().positive().optional(),
});
export type CrudOp = z.infer<typeof crudOpSchema>;

/**
 * The request. Ops are checked one by one on the server, not here: a malformed op is refused and
 * recorded alone, and never fails the request with the good ops in it.
 */
export const uploadBodySchema = z.object({
  client_id: z.string().max(200).optional(),
  transaction_id: z.number().int().nullable().optional(),
  ops: z.array(z.unknown()).min(1).max(UPLOAD_LIMITS.maxOps),
});
export type UploadBody = z.infer<typeof uploadBodySchema>;

// Requests the PowerSync SDK sends besides uploads (loose: later SDK versions add fields).

/** `POST /sync/stream`: the buckets the device holds and where each one stands. */
export const streamBodySchema = z
  .object({
    buckets: z.array(z.object({ name: z.string().max(500), after: z.string().max(30) })).max(2000).optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    streams: z.object({ include_defaults: z.boolean().optional() }).loose().optional(),
    client_id: z.string().max(200).optional(),
  })
  .loose();
/** `GET /write-checkpoint2.json`. */
export const writeCheckpointQuerySchema = z.object({ client_id: z.string().max(200).optional() }).loose();
/** `POST /sync/checkpoint-request`. */
export const checkpointRequestBodySchema = z.object({ client_id: z.string().max(200).optional(), checkpoint_request_id: z.string().max(30) }).loose();

/** Codes of per-op refusals, recorded in sync_upload_errors (fatal: retrying cannot help). */
export const UPLOAD_ERROR_CODES = {
  VALIDATION: 'VALIDATION',
  FORBIDDEN: 'FORBIDDEN',
  TABLE_NOT_WRITABLE: 'TABLE_NOT_WRITABLE',
  OP_NOT_ALLOWED: 'OP_NOT_ALLOWED',
  NOT_FOUND: 'NOT_FOUND',
  CONSTRAINT: 'CONSTRAINT',
  HLC_FROM_FUTURE: 'HLC_FROM_FUTURE',
  /** A paper naming questions of a benchmark whose keys are not released. */
  SEALED_QUESTIONS: 'SEALED_QUESTIONS',
  /** Text that cannot be stored (U+0000, lone surrogates), too deep or too large. */
  BAD_TEXT: 'BAD_TEXT',
} as const;
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[keyof typeof UPLOAD_ERROR_CODES];

export const rejectedOpSchema = z.object({
  op_id: z.number().int().nullable(),
  table: z.string(),
  id: z.string(),
  code: z.enum(Object.values(UPLOAD_ERROR_CODES) as [UploadErrorCode, ...UploadErrorCode[]]),
  message: z.string(),
});
export type RejectedOp = z.infer<typeof rejectedOpSchema>;

/** The 200 body: how many ops were applied, and each refused op with its reason. */
export const uploadResultSchema = z.object({
  applied: z.number().int().min(0),
  rejected: z.array(rejectedOpSchema),
});
export type UploadResult = z.infer<typeof uploadResultSchema>;

const HLC = /^\d{13}:[0-9a-z]{4}:[A-Za-z0-9_-]{1,64}$/;
export const hlcSchema = z.string().regex(HLC, 'not an HLC stamp');
const uuid = z.uuid();
/**
 * ISO 8601 with an offset. Timestamps synced from the server carry Postgres' text form (a space
 * for the `T`: `2026-12-06 00:17:42.891041Z`, what the PowerSync Service sends) and devices send
 * them back in LWW registers, so that form is accepted and normalised to ISO.
 */
const isoTime = z
  .string()
  .transform((v) => (/^\d{4}-\d\d-\d\d \d\d:/.test(v) ? `${v.slice(0, 10)}T${v.slice(11)}` : v))
  .pipe(z.iso.datetime({ offset: true }));
const isoDate = z.iso.date();
/** SQLite stores booleans as 0/1. */
const sqliteBool = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((v) => v === true || v === 1);
/** JSON columns arrive as text from SQLite. */
const jsonText = <T extends z.ZodType>(inner: T) =>
  z.union([z.string().transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON text' });
      return z.NEVER;
    }
  }), z.unknown()]).pipe(inner);

export const stampsSchema = jsonText(z.record(z.string(), hlcSchema));

/** Longest response time one attempt may record (ms): a day. A device clamps to it before writing. */
export const MAX_RESPONSE_TIME_MS = DAY_MS;

export const attemptSchema = z.object({
  id: uuid,
  student_id: uuid.optional(),
  sitting_id: uuid.nullable().optional(),
  question_id: z.string().min(1).max(80),
  concept_id: z.string().min(1).max(40),
  answer: z.string().max(40).nullable().optional(),
  is_correct: sqliteBool.nullable().optional(),
  response_time_ms: z.number().int().min(0).max(MAX_RESPONSE_TIME_MS),
  device_time: isoTime,
  hlc: hlcSchema,
});

export const telemetrySchema = z.object({
  id: uuid,
  student_id: uuid.optional(),
  time: isoTime,
  event_type: z.string().min(1).max(50),
  data: jsonText(z.record(z.string(), z.unknown())).optional(),
});

/** `status` only moves forward: in_progress → submitted. */
export const SITTING_STATUS_RANK = { in_progress: 0, submitted: 1 } as const;

/** Columns fixed when a sitting is created; later writes may not change them. */
export const sittingCreateSchema = z.object({
  id: uuid,
  student_id: uuid.optional(),
  test_id: z.string().min(1).max(80),
  test_type: z.enum(['DIAGNOSTIC', 'WEEKLY', 'MONTHLY', 'PRACTICE']),
  pattern: z.enum(['JEE_MAIN', 'JEE_ADVANCED']).optional(),
  question_ids: jsonText(z.array(z.string().min(1).max(80)).max(500)),
  started_at: isoTime,
  duration_limit_s: z.number().int().positive().nullable().optional(),
  status: z.enum(['in_progress', 'submitted']).optional(),
  submitted_at: isoTime.nullable().optional(),
  field_hlc: stampsSchema.optional(),
});

export const sittingPatchSchema = z
  .object({
    status: z.enum(['in_progress', 'submitted']),
    submitted_at: isoTime.nullable(),
    field_hlc: stampsSchema,
  })
  .partial()
  .strict();

/**
 * A student's fitted FSRS parameters as synced on their users row (`fsrs_weights`): the 21
 * FSRS-6 parameters. Written by the server's fit job only; never part of an upload.
 */
export const fsrsWeightsSchema = z.array(z.number().finite()).length(21);

/**
 * The mastery model's population parameters as synced in `model_params.params`: the engine's
 * `ModelParams` (named weights and their step-size accumulators) stored compactly, one
 * `[weight, accumulator]` pair per feature and the keyed features grouped by the id they belong
 * to (`{ v: 2, dense: { name: [w, a] }, keyed: { id: { 'i:': [w, a], … } } }`), since every device
 * downloads the row: a question's four item features cost its id once, not four times twice.
 * Written by the server's calibration job only.
 */
const pairSchema = z.tuple([z.number().finite(), z.number().finite().nonnegative()]);
export const modelParamsSchema = z.object({
  v: z.literal(2),
  dense: z.record(z.string(), pairSchema),
  keyed: z.record(z.string(), z.record(z.string(), pairSchema)),
});
export type StoredModelParams = z.infer<typeof modelParamsSchema>;

/** Population parameters in their compact stored form (names split at the first ':' are keyed). */
export function storeModelParams(params: { weights: Readonly<Record<string, number>>; accumulators: Readonly<Record<string, number>> }): StoredModelParams {
  const dense: Record<string, [number, number]> = {};
  const keyed: Record<string, Record<string, [number, number]>> = {};
  for (const [name, w] of Object.entries(params.weights)) {
    const pair: [number, number] = [w, params.accumulators[name] ?? 0];
    const cut = name.indexOf(':') + 1;
    // A dense name has no ':'; 'prior:recent' is the calibrated prior, kept whole.
    if (cut === 0 || name.startsWith('prior:')) dense[name] = pair;
    else (keyed[name.slice(cut)] ??= {})[name.slice(0, cut)] = pair;
  }
  return { v: 2, dense, keyed };
}

/** Population parameters from a synced value (JSON text on a device, jsonb on the server); null when absent or invalid. */
export function parseModelParams(value: unknown): { weights: Record<string, number>; accumulators: Record<string, number> } | null {
  if (value === null || value === undefined) return null;
  try {
    const parsed = modelParamsSchema.safeParse(typeof value === 'string' ? JSON.parse(value) : value);
    if (!parsed.success) return null;
    const pairs: [string, readonly [number, number]][] = Object.entries(parsed.data.dense);
    for (const [id, features] of Object.entries(parsed.data.keyed)) for (const [prefix, pair] of Object.entries(features)) pairs.push([prefix + id, pair]);
    // Sorted by name, as the engine exports them, whatever order the stored JSON came in.
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const weights: Record<string, number> = {};
    const accumulators: Record<string, number> = {};
    for (const [name, [w, a]] of pairs) {
      weights[name] = w;
      accumulators[name] = a;
    }
    return { weights, accumulators };
  } catch {
    return null;
  }
}

export const profileSchema = z
  .object({
    id: uuid.optional(),
    full_name: z.string().max(120).nullable(),
    phone: z.string().max(20).nullable(),
    standard: z.union([z.literal(11), z.literal(12)]).nullable(),
    coaching_center: z.string().max(120).nullable(),
    exam_target: isoDate.nullable(),
    language: z.enum(['en', 'hi']),
    /** Daily study budget, whole minutes 15–600; null = the phase's default. */
    study_minutes: z.number().int().min(15).max(600).nullable(),
    /** Desired recall at review time, 0.75–0.97; null = 0.9. */
    desired_retention: z.number().min(0.75).max(0.97).nullable(),
    field_hlc: stampsSchema,
  })
  .partial()
  .strict();


/**
 * A chat message as a device sends it (an event; the server sets `cohort_id` from the coaching
 * relationship and the receipt times itself).
 */
export const chatMessageSchema = z.object({
  id: uuid,
  cohort_id: uuid.nullable().optional(),
  student_id: uuid,
  coach_id: uuid,
  sender_id: uuid,
  body: z.string().trim().min(1).max(4000),
  hlc: hlcSchema,
  sent_at: z.iso.datetime({ offset: true }),
  // Ignored on insert (a message is unread when sent), accepted so a device can send its row as is.
  read_at: z.string().nullable().optional(),
  received_at: z.string().nullable().optional(),
});

/**
 * A read receipt (PATCH of `chat_messages` or `notifications`): a set-once register; the server
 * stores its own time of the first receipt, the device's value only says "read".
 */
export const readReceiptSchema = z.object({ read_at: z.iso.datetime({ offset: true }) }).strict();
