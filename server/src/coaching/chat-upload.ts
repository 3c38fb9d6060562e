import type pg from 'pg';
import type { z } from 'zod';
import { chatMessageSchema, readReceiptSchema } from '@cr/shared/schemas/sync';

/**
 * Device writes of `chat_messages` (wired from server/src/sync/upload/apply.ts). Messages are
 * events: a PUT inserts once (a replay is a no-op); the only change allowed afterwards is the
 * recipient's read receipt, a set-once register (server time of the first receipt).
 * Security: the sender is the caller; a student writes only to a coach of one of their cohorts,
 * a coach only to a student of a cohort they coach.
 */

export type ChatRefusal = 'VALIDATION' | 'FORBIDDEN' | 'OP_NOT_ALLOWED' | 'NOT_FOUND';

export class ChatRefused extends Error {
  constructor(
    readonly code: ChatRefusal,
    message: string,
  ) {
    super(message);
  }
}

function parse<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const r = schema.safeParse(data ?? {});
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ChatRefused('VALIDATION', `${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

/** The cohort through which `coachId` coaches `studentId` (lowest id when several), or null. */
export async function sharedCohort(client: pg.PoolClient | pg.Pool, coachId: string, studentId: string): Promise<string | null> {
  const { rows } = await client.query<{ cohort_id: string }>(
    `SELECT m.cohort_id FROM cohort_members m
       JOIN cohort_coaches cc ON cc.cohort_id = m.cohort_id AND cc.coach_id = $1
       JOIN users s ON s.id = m.student_id AND s.role = 'student'
       JOIN users c ON c.id = cc.coach_id AND c.role = 'coach'
      WHERE m.student_id = $2 ORDER BY m.cohort_id LIMIT 1`,
    [coachId, studentId],
  );
  return rows[0]?.cohort_id ?? null;
}

export interface ChatOp {
  op: 'PUT' | 'PATCH' | 'DELETE';
  id: string;
  data?: Record<string, unknown> | null;
}

/** Applies one chat op inside the upload transaction; throws ChatRefused to refuse it. */
export async function applyChatOp(client: pg.PoolClient, userId: string, op: ChatOp): Promise<void> {
  if (op.op === 'DELETE') throw new ChatRefused('OP_NOT_ALLOWED', 'chat messages cannot be deleted');
  const data = { ...(op.data ?? {}), id: op.id };
  if (op.op === 'PATCH') return markRead(client, userId, data);
  const m = parse(chatMessageSchema, data);
  // Security: nobody sends in someone else's name, and only inside a coaching relationship.
  if (m.sender_id !== userId) throw new ChatRefused('FORBIDDEN', 'sender must be the signed-in user');
  if (m.sender_id !== m.student_id && m.sender_id !== m.coach_id) throw new ChatRefused('FORBIDDEN', 'sender must be a participant');
  const existing = await client.query<{ sender_id: string }>('SELECT sender_id FROM chat_messages WHERE id = $1', [m.id]);
  if (existing.rows[0]) {
    if (existing.rows[0].sender_id !== userId) throw new ChatRefused('FORBIDDEN', 'message id belongs to another sender');
    return; // replay of an event already stored
  }
  const cohortId = await sharedCohort(client, m.coach_id, m.student_id);
  if (!cohortId) throw new ChatRefused('FORBIDDEN', 'you can only message your own coaches or students of your cohorts');
  await client.query(
    `INSERT INTO chat_messages (id, cohort_id, student_id, coach_id, sender_id, body, hlc, sent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
    [m.id, cohortId, m.student_id, m.coach_id, m.sender_id, m.body, m.hlc, m.sent_at],
  );
}

async function markRead(client: pg.PoolClient, userId: string, data: Record<string, unknown>): Promise<void> {
  const { id, ...rest } = data;
  const extra = Object.keys(rest).filter((k) => k !== 'read_at');
  if (extra.length > 0) throw new ChatRefused('OP_NOT_ALLOWED', `${extra.join(', ')}: a sent message cannot be changed`);
  parse(readReceiptSchema, rest);
  const { rows } = await client.query<{ student_id: string; coach_id: string; sender_id: string }>(
    'SELECT student_id, coach_id, sender_id FROM chat_messages WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  if (!row) throw new ChatRefused('NOT_FOUND', 'no such message');
  const recipient = row.sender_id === row.student_id ? row.coach_id : row.student_id;
  // Security: only the recipient acknowledges a message.
  if (recipient !== userId) throw new ChatRefused('FORBIDDEN', 'only the recipient can mark a message read');
  await client.query('UPDATE chat_messages SET read_at = now() WHERE id = $1 AND read_at IS NULL', [id]);
}
