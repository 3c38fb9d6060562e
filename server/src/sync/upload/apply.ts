import type pg from 'pg';
import { z } from 'zod';
import { applyChatOp, ChatRefused } from '../../coaching/chat-upload.ts';
import { applyNotificationOp, NotificationRefused } from '../../notifications/read-upload.ts';
import { mergeLww, type LwwSpec } from './lww.ts';
import {
  attemptSchema,
  isWritable,
  PROFILE_LWW,
  profileSchema,
  SITTING_LWW,
  sittingCreateSchema,
  sittingPatchSchema,
  telemetrySchema,
} from './tables.ts';

/** Codes of upload errors recorded in sync_upload_errors (fatal: retrying cannot help). */
export const UPLOAD_ERROR_CODES = {
  VALIDATION: 'VALIDATION',
  FORBIDDEN: 'FORBIDDEN',
  TABLE_NOT_WRITABLE: 'TABLE_NOT_WRITABLE',
  OP_NOT_ALLOWED: 'OP_NOT_ALLOWED',
  NOT_FOUND: 'NOT_FOUND',
  CONSTRAINT: 'CONSTRAINT',
  HLC_FROM_FUTURE: 'HLC_FROM_FUTURE',
} as const;
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[keyof typeof UPLOAD_ERROR_CODES];

export const crudOpSchema = z.object({
  op_id: z.number().int().optional(),
  op: z.enum(['PUT', 'PATCH', 'DELETE']),
  type: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type CrudOp = z.infer<typeof crudOpSchema>;

export const uploadBodySchema = z.object({
  client_id: z.string().max(200).optional(),
  transaction_id: z.number().int().nullable().optional(),
  ops: z.array(crudOpSchema).min(1).max(5000),
});
export type UploadBody = z.infer<typeof uploadBodySchema>;

export interface Rejected {
  op_id: number | null;
  table: string;
  id: string;
  code: UploadErrorCode;
  message: string;
}

/** A fatal, per-op refusal: recorded for the student, the rest of the transaction proceeds. */
export class FatalUploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Device stamps may lead the server clock by at most this much (ms); a clock set years ahead must not win every LWW field forever. */
const MAX_STAMP_LEAD_MS = 24 * 3600_000;

const RETRYABLE_SQLSTATE = /^(40001|40P01|55P03|08...|53...|57P0.|58...)$/;

/** True for database errors that a later retry can succeed on (the client must retry). */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return RETRYABLE_SQLSTATE.test(code);
}

function parse<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new FatalUploadError('VALIDATION', `${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

function checkStamps(stamps: Record<string, string>, nowMs: number): void {
  for (const [field, stamp] of Object.entries(stamps)) {
    if (Number(stamp.slice(0, 13)) > nowMs + MAX_STAMP_LEAD_MS) {
      throw new FatalUploadError('HLC_FROM_FUTURE', `${field}: HLC stamp is more than a day ahead of the server clock`);
    }
  }
}

function ownStudent(claimed: string | undefined, sub: string): void {
  // Security: a device writes only its own student's rows.
  if (claimed !== undefined && claimed !== sub) throw new FatalUploadError('FORBIDDEN', 'row belongs to another student');
}

export interface ApplyContext {
  client: pg.PoolClient;
  userId: string;
  nowMs: number;
}

/** Applies one CRUD op inside the caller's transaction; throws FatalUploadError to refuse it. */
export async function applyOp(ctx: ApplyContext, op: CrudOp): Promise<void> {
  if (!isWritable(op.type)) throw new FatalUploadError('TABLE_NOT_WRITABLE', `${op.type} is not writable from a device`);
  // Mentoring chat (issue 8): its rules live in server/src/coaching/chat-upload.ts.
  if (op.type === 'chat_messages') {
    try {
      return await applyChatOp(ctx.client, ctx.userId, op);
    } catch (error) {
      throw error instanceof ChatRefused ? new FatalUploadError(error.code, error.message) : error;
    }
  }
  // Notification read receipts: server/src/notifications/read-upload.ts.
  if (op.type === 'notifications') {
    try {
      return await applyNotificationOp(ctx.client, ctx.userId, op);
    } catch (error) {
      throw error instanceof NotificationRefused ? new FatalUploadError(error.code, error.message) : error;
    }
  }
  if (op.op === 'DELETE') throw new FatalUploadError('OP_NOT_ALLOWED', `rows of ${op.type} cannot be deleted from a device`);
  const data = { ...(op.data ?? {}), id: op.id };
  switch (op.type) {
    case 'attempts':
      return insertAttempt(ctx, op, data);
    case 'telemetry':
      return insertTelemetry(ctx, op, data);
    case 'test_sittings':
      return op.op === 'PUT' ? putSitting(ctx, data) : patchSitting(ctx, data);
    case 'users':
      return patchProfile(ctx, data);
  }
}

async function insertAttempt(ctx: ApplyContext, op: CrudOp, data: Record<string, unknown>): Promise<void> {
  // Events are immutable: a PATCH of an attempt is refused; replays of the PUT are no-ops.
  if (op.op !== 'PUT') throw new FatalUploadError('OP_NOT_ALLOWED', 'attempts are events and cannot be changed');
  const a = parse(attemptSchema, data);
  ownStudent(a.student_id, ctx.userId);
  checkStamps({ hlc: a.hlc }, ctx.nowMs);
  await ctx.client.query(
    `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    [a.id, ctx.userId, a.sitting_id ?? null, a.question_id, a.concept_id, a.answer ?? null, a.is_correct ?? null, a.response_time_ms, a.device_time, a.hlc],
  );
}

async function insertTelemetry(ctx: ApplyContext, op: CrudOp, data: Record<string, unknown>): Promise<void> {
  if (op.op !== 'PUT') throw new FatalUploadError('OP_NOT_ALLOWED', 'telemetry events cannot be changed');
  const t = parse(telemetrySchema, data);
  ownStudent(t.student_id, ctx.userId);
  await ctx.client.query(
    `INSERT INTO telemetry (id, "time", student_id, event_type, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
    [t.id, t.time, ctx.userId, t.event_type, JSON.stringify(t.data ?? {})],
  );
}

interface LockedRow {
  owner: string;
  values: Record<string, unknown>;
  stamps: Record<string, string>;
}

async function lockSitting(ctx: ApplyContext, id: string): Promise<LockedRow | null> {
  const { rows } = await ctx.client.query<{ student_id: string; status: string; submitted_at: string | null; field_hlc: Record<string, string> }>(
    `SELECT student_id, status, to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS submitted_at, field_hlc
       FROM test_sittings WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const r = rows[0];
  return r ? { owner: r.student_id, values: { status: r.status, submitted_at: r.submitted_at }, stamps: r.field_hlc } : null;
}

async function writeSitting(ctx: ApplyContext, id: string, current: LockedRow, incoming: { values: Record<string, unknown>; stamps: Record<string, string> }): Promise<void> {
  const merged = mergeLww(SITTING_LWW, current, incoming);
  if (merged.changed.length === 0) return;
  await ctx.client.query('UPDATE test_sittings SET status = $2, submitted_at = $3, field_hlc = $4 WHERE id = $1', [
    id,
    merged.values.status,
    merged.values.submitted_at ?? null,
    JSON.stringify(merged.stamps),
  ]);
}

function lwwValues(spec: LwwSpec, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(spec.fields.filter((f) => f in data).map((f) => [f, data[f]]));
}

async function putSitting(ctx: ApplyContext, data: Record<string, unknown>): Promise<void> {
  const s = parse(sittingCreateSchema, data);
  ownStudent(s.student_id, ctx.userId);
  const stamps = s.field_hlc ?? {};
  checkStamps(stamps, ctx.nowMs);
  const current = await lockSitting(ctx, s.id);
  if (current) {
    if (current.owner !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'sitting belongs to another student');
    return writeSitting(ctx, s.id, current, { values: lwwValues(SITTING_LWW, s), stamps });
  }
  const initialStamps = Object.fromEntries(SITTING_LWW.fields.filter((f) => stamps[f]).map((f) => [f, stamps[f] as string]));
  await ctx.client.query(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, duration_limit_s, field_hlc)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [s.id, ctx.userId, s.test_id, s.test_type, s.pattern ?? 'JEE_MAIN', s.question_ids, s.status ?? 'in_progress', s.started_at, s.submitted_at ?? null, s.duration_limit_s ?? null, JSON.stringify(initialStamps)],
  );
}

async function patchSitting(ctx: ApplyContext, data: Record<string, unknown>): Promise<void> {
  const { id, ...rest } = data;
  const immutable = Object.keys(rest).filter((k) => !(k in sittingPatchSchema.shape));
  if (immutable.length > 0) throw new FatalUploadError('VALIDATION', `${immutable.join(', ')}: fixed when the sitting starts`);
  const s = parse(sittingPatchSchema, rest);
  const stamps = s.field_hlc ?? {};
  checkStamps(stamps, ctx.nowMs);
  const current = await lockSitting(ctx, String(id));
  if (!current) throw new FatalUploadError('NOT_FOUND', 'no such sitting');
  if (current.owner !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'sitting belongs to another student');
  return writeSitting(ctx, String(id), current, { values: lwwValues(SITTING_LWW, s), stamps });
}

async function patchProfile(ctx: ApplyContext, data: Record<string, unknown>): Promise<void> {
  // Security: only the caller's own profile row, and only its profile columns.
  if (data.id !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'only your own profile can be changed');
  const p = parse(profileSchema, data);
  const stamps = p.field_hlc ?? {};
  checkStamps(stamps, ctx.nowMs);
  const { rows } = await ctx.client.query<{ role: string; values: Record<string, unknown>; field_hlc: Record<string, string> }>(
    `SELECT role, jsonb_build_object('full_name', full_name, 'phone', phone, 'standard', standard, 'coaching_center', coaching_center,
            'exam_target', exam_target, 'language', language) AS values, field_hlc
       FROM users WHERE id = $1 AND status = 'active' FOR UPDATE`,
    [ctx.userId],
  );
  const row = rows[0];
  if (!row) throw new FatalUploadError('NOT_FOUND', 'account not found or not active');
  const merged = mergeLww(PROFILE_LWW, { values: row.values, stamps: row.field_hlc }, { values: lwwValues(PROFILE_LWW, p), stamps });
  if (merged.changed.length === 0) return;
  const v = merged.values;
  await ctx.client.query(
    `UPDATE users SET full_name = $2, phone = $3, standard = $4, coaching_center = $5, exam_target = $6, language = $7,
            field_hlc = $8, updated_at = now() WHERE id = $1`,
    [ctx.userId, v.full_name ?? null, v.phone ?? null, v.standard ?? null, v.coaching_center ?? null, v.exam_target ?? null, v.language ?? 'en', JSON.stringify(merged.stamps)],
  );
}

/** Records a refused op so the student sees it (synced back through user_data). */
export async function recordRejection(client: pg.PoolClient, userId: string, clientId: string | undefined, op: CrudOp, error: FatalUploadError): Promise<void> {
  await client.query(
    `INSERT INTO sync_upload_errors (user_id, client_id, op, table_name, row_id, data, error_code, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [userId, clientId ?? null, op.op, op.type.slice(0, 100), op.id.slice(0, 200), JSON.stringify(op.data ?? null), error.code, error.message.slice(0, 500)],
  );
}

/** Classifies a database error raised while applying one op: fatal (recorded) or rethrown. */
export function asFatal(error: unknown): FatalUploadError | null {
  if (error instanceof FatalUploadError) return error;
  if (isRetryable(error)) return null;
  const e = error as { code: string; message?: string; constraint?: string };
  const what = e.constraint ? `${e.constraint}` : (e.message ?? 'rejected by the database');
  return new FatalUploadError('CONSTRAINT', `${e.code}: ${what}`);
}
