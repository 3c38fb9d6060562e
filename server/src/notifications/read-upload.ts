import type pg from 'pg';
import { z } from 'zod';
import { readReceiptSchema } from '@cr/shared/schemas/sync';

/**
 * Device writes of `notifications` (wired from server/src/sync/upload/apply.ts): the only write
 * is the recipient's read receipt, a set-once register holding the server time of the first
 * receipt. Security: a device marks only the caller's own notifications; another person's id
 * answers NOT_FOUND, so ids cannot be probed.
 */
export class NotificationRefused extends Error {
  constructor(
    readonly code: 'VALIDATION' | 'OP_NOT_ALLOWED' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

export async function applyNotificationOp(client: pg.PoolClient, userId: string, op: { op: 'PUT' | 'PATCH' | 'DELETE'; id: string; data?: Record<string, unknown> | null }): Promise<void> {
  if (op.op !== 'PATCH') throw new NotificationRefused('OP_NOT_ALLOWED', 'notifications are written by the server; a device may only mark one read');
  const parsed = readReceiptSchema.safeParse(op.data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NotificationRefused('VALIDATION', `${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'invalid'}`);
  }
  if (!z.uuid().safeParse(op.id).success) throw new NotificationRefused('VALIDATION', 'id: not a UUID');
  const { rows } = await client.query<{ id: string }>('SELECT id FROM notifications WHERE id = $1 AND user_id = $2 FOR UPDATE', [op.id, userId]);
  if (!rows[0]) throw new NotificationRefused('NOT_FOUND', 'no such notification');
  await client.query('UPDATE notifications SET read_at = now() WHERE id = $1 AND read_at IS NULL', [op.id]);
}
