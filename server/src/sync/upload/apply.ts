import type pg from 'pg';
import type { z } from 'zod';
import { crudOpSchema, type CrudOp, type UploadErrorCode } from '@cr/shared/schemas/sync';
import { parseHlc } from '@cr/shared/engine/hlc';
import { UPLOAD_LIMITS, utf8Length } from '@cr/shared/sync/upload-batches';
import { applyChatOp, ChatRefused } from '../../coaching/chat-upload.ts';
import { applyNotificationOp, NotificationRefused } from '../../notifications/read-upload.ts';
import { mergeLww, type LwwSpec } from './lww.ts';
import { findTextProblem, safeForRecord, safeText } from './op-text.ts';
import { sealedQuestions, sittingRef, type SittingRef } from './references.ts';
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
import { DAY_MS } from '@cr/shared/time';

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
const MAX_STAMP_LEAD_MS = DAY_MS;

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
    if (parseHlc(stamp).wallMs > nowMs + MAX_STAMP_LEAD_MS) {
      throw new FatalUploadError('HLC_FROM_FUTURE', `${field}: HLC stamp is more than a day ahead of the server clock`);
    }
  }
}

/**
 * The student a row is written for. Security: with the code checks on it is always the caller,
 * and a row naming another student is refused; with them off (tests of the row-security layer
 * alone) the device's claim is used as is, so only row-level security stands in the way.
 */
function ownerFor(ctx: ApplyContext, claimed: string | undefined): string {
  if (!ctx.codeChecks) return claimed ?? ctx.userId;
  if (claimed !== undefined && claimed !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'row belongs to another student');
  return ctx.userId;
}

export interface ApplyContext {
  client: pg.PoolClient;
  userId: string;
  nowMs: number;
  /** The upload code's own authorization checks (off only in tests of row-level security alone). */
  codeChecks: boolean;
  /** Sittings read so far in this upload. */
  sittings: Map<string, SittingRef | null>;
}

/** The context one upload's ops are applied in (inside the caller's transaction). */
export function createApplyContext(opts: { client: pg.PoolClient; userId: string; nowMs: number; codeChecks: boolean }): ApplyContext {
  return { ...opts, sittings: new Map() };
}

/** Forgets the rows read so far, after a refused op was rolled back to its savepoint (what it read may have changed with it). */
export function forgetReads(ctx: ApplyContext): void {
  ctx.sittings.clear();
}

/**
 * One op of the request, parsed and checked for text that cannot be stored. Throws
 * FatalUploadError; the op is then refused alone (recordRejection stores it safely).
 */
export function parseOp(raw: unknown): CrudOp {
  const result = crudOpSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new FatalUploadError('VALIDATION', `op.${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`);
  }
  const op = result.data;
  if (op.oversize_bytes !== undefined) {
    throw new FatalUploadError('BAD_TEXT', `op is ${op.oversize_bytes} bytes; one op may have at most ${UPLOAD_LIMITS.maxOpBytes}`);
  }
  const problem = findTextProblem({ type: op.type, id: op.id, data: op.data ?? null }, UPLOAD_LIMITS.maxDepth + 1, 'op');
  if (problem) throw new FatalUploadError('BAD_TEXT', problem);
  const bytes = utf8Length(JSON.stringify(op));
  if (bytes > UPLOAD_LIMITS.maxOpBytes) throw new FatalUploadError('BAD_TEXT', `op is ${bytes} bytes; one op may have at most ${UPLOAD_LIMITS.maxOpBytes}`);
  return op;
}

/** Applies one CRUD op inside the caller's transaction; throws FatalUploadError to refuse it. */
export async function applyOp(ctx: ApplyContext, op: CrudOp): Promise<void> {
  if (!isWritable(op.type)) throw new FatalUploadError('TABLE_NOT_WRITABLE', `${op.type} is not writable from a device`);
  // Mentoring chat: its rules live in server/src/coaching/chat-upload.ts.
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
  const owner = ownerFor(ctx, a.student_id);
  checkStamps({ hlc: a.hlc }, ctx.nowMs);
  if (a.sitting_id && ctx.codeChecks) {
    // Security: an answer goes only into a sitting of the same student (another student's
    // sitting is their official score).
    const sitting = await sittingRef(ctx.client, ctx.sittings, a.sitting_id);
    if (!sitting) throw new FatalUploadError('NOT_FOUND', 'the sitting of this answer is not on the server');
    if (sitting.owner !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'the sitting belongs to another student');
  }
  await ctx.client.query(
    `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    [a.id, owner, a.sitting_id ?? null, a.question_id, a.concept_id, a.answer ?? null, a.is_correct ?? null, a.response_time_ms, a.device_time, a.hlc],
  );
}

async function insertTelemetry(ctx: ApplyContext, op: CrudOp, data: Record<string, unknown>): Promise<void> {
  if (op.op !== 'PUT') throw new FatalUploadError('OP_NOT_ALLOWED', 'telemetry events cannot be changed');
  const t = parse(telemetrySchema, data);
  const owner = ownerFor(ctx, t.student_id);
  // `data` arrives as JSON text: its parsed value gets the same checks as the op itself.
  const problem = findTextProblem(t.data ?? {}, UPLOAD_LIMITS.maxDepth, 'data');
  if (problem) throw new FatalUploadError('BAD_TEXT', problem);
  await ctx.client.query(
    `INSERT INTO telemetry (id, "time", student_id, event_type, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
    [t.id, t.time, owner, t.event_type, JSON.stringify(t.data ?? {})],
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
  const owner = ownerFor(ctx, s.student_id);
  const stamps = s.field_hlc ?? {};
  checkStamps(stamps, ctx.nowMs);
  const current = await lockSitting(ctx, s.id);
  if (current) {
    if (ctx.codeChecks && current.owner !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'sitting belongs to another student');
    return writeSitting(ctx, s.id, current, { values: lwwValues(SITTING_LWW, s), stamps });
  }
  // Keys are released, never looked up: a paper may name sealed benchmark items only as that
  // benchmark's own sitting. Not a switchable check: it guards keys, not other students' rows.
  const sealed = await sealedQuestions(ctx.client, s.question_ids, s.test_type === 'MONTHLY' ? s.test_id : null);
  if (sealed.length > 0) {
    throw new FatalUploadError(
      'SEALED_QUESTIONS',
      `this paper names ${sealed.length} question(s) of a benchmark whose answers are not released yet (${sealed.slice(0, 3).join(', ')}${sealed.length > 3 ? ', …' : ''})`,
    );
  }
  const initialStamps = Object.fromEntries(SITTING_LWW.fields.filter((f) => stamps[f]).map((f) => [f, stamps[f] as string]));
  await ctx.client.query(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, duration_limit_s, field_hlc)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [s.id, owner, s.test_id, s.test_type, s.pattern ?? 'JEE_MAIN', s.question_ids, s.status ?? 'in_progress', s.started_at, s.submitted_at ?? null, s.duration_limit_s ?? null, JSON.stringify(initialStamps)],
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
  if (ctx.codeChecks && current.owner !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'sitting belongs to another student');
  return writeSitting(ctx, String(id), current, { values: lwwValues(SITTING_LWW, s), stamps });
}

async function patchProfile(ctx: ApplyContext, data: Record<string, unknown>): Promise<void> {
  // Security: only the caller's own profile row, and only its profile columns.
  if (ctx.codeChecks && data.id !== ctx.userId) throw new FatalUploadError('FORBIDDEN', 'only your own profile can be changed');
  const profileId = String(data.id);
  const p = parse(profileSchema, data);
  const stamps = p.field_hlc ?? {};
  checkStamps(stamps, ctx.nowMs);
  const { rows } = await ctx.client.query<{ role: string; values: Record<string, unknown>; field_hlc: Record<string, string> }>(
    `SELECT role, jsonb_build_object('full_name', full_name, 'phone', phone, 'standard', standard, 'coaching_center', coaching_center,
            'exam_target', exam_target, 'language', language, 'study_minutes', study_minutes,
            'desired_retention', desired_retention) AS values, field_hlc
       FROM users WHERE id = $1 AND status = 'active' FOR UPDATE`,
    [profileId],
  );
  const row = rows[0];
  if (!row) throw new FatalUploadError('NOT_FOUND', 'account not found or not active');
  const merged = mergeLww(PROFILE_LWW, { values: row.values, stamps: row.field_hlc }, { values: lwwValues(PROFILE_LWW, p), stamps });
  if (merged.changed.length === 0) return;
  const v = merged.values;
  await ctx.client.query(
    `UPDATE users SET full_name = $2, phone = $3, standard = $4, coaching_center = $5, exam_target = $6, language = $7,
            field_hlc = $8, study_minutes = $9, desired_retention = $10, updated_at = now() WHERE id = $1`,
    [
      profileId,
      v.full_name ?? null,
      v.phone ?? null,
      v.standard ?? null,
      v.coaching_center ?? null,
      v.exam_target ?? null,
      v.language ?? 'en',
      JSON.stringify(merged.stamps),
      v.study_minutes ?? null,
      v.desired_retention ?? null,
    ],
  );
}

/** The fields of a raw op as far as they can be read, for recording a refusal of any op. */
export function describeOp(raw: unknown): { op_id: number | null; op: string; type: string; id: string; data: unknown } {
  const r = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown, max: number) => safeText((typeof v === 'string' ? v : v == null ? '' : (JSON.stringify(v) ?? '')).slice(0, max));
  return {
    op_id: typeof r.op_id === 'number' && Number.isSafeInteger(r.op_id) ? r.op_id : null,
    op: text(r.op, 10) || '?',
    type: text(r.type, 100) || '?',
    id: text(r.id, 200),
    data: r.data ?? null,
  };
}

/**
 * Records a refused op so the student sees it (synced back through user_data). Every value is
 * made storable first (safeForRecord): recording must never fail, or the refusal would turn
 * into a retry of the whole upload.
 */
export async function recordRejection(client: pg.PoolClient, userId: string, clientId: string | undefined, raw: unknown, error: FatalUploadError): Promise<void> {
  const op = describeOp(raw);
  await client.query(
    `INSERT INTO sync_upload_errors (user_id, client_id, op, table_name, row_id, data, error_code, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [userId, clientId == null ? null : safeText(clientId), op.op, op.type, op.id, JSON.stringify(safeForRecord(op.data)), error.code, safeText(error.message).slice(0, 500)],
  );
}

/** Classifies an error raised while applying one op: fatal (recorded) or rethrown (the upload answers 503). */
export function asFatal(error: unknown): FatalUploadError | null {
  if (error instanceof FatalUploadError) return error;
  // A failure of the op's own handling with no SQLSTATE (a TypeError, a RangeError on hostile
  // data) would recur on every retry and hold the queue forever: refuse that op alone. A lost
  // connection also has no SQLSTATE, but then the savepoint rollback fails next and the whole
  // upload still answers 503 (retry).
  if (error instanceof Error && (error as { code?: unknown }).code === undefined) {
    return new FatalUploadError('CONSTRAINT', `could not be applied: ${error.message.slice(0, 200)}`);
  }
  if (isRetryable(error)) return null;
  const e = error as { code: string; message?: string; constraint?: string };
  if (e.code === '42501') return new FatalUploadError('FORBIDDEN', 'refused by row-level security: the row belongs to another student');
  if (e.constraint === 'attempts_sitting_owner_fkey') return new FatalUploadError('FORBIDDEN', 'the sitting of this answer belongs to another student');
  const what = e.constraint ? `${e.constraint}` : (e.message ?? 'rejected by the database');
  return new FatalUploadError('CONSTRAINT', `${e.code}: ${what}`);
}
