import type { AbstractPowerSyncDatabase } from '@powersync/common';
import { formatHlc, HLC_MAX_COUNTER } from '@cr/shared/engine/hlc';
import { uuidv7 } from '../sync/device.ts';

/**
 * Mentoring-chat writes to the replica (they work offline; the upload queue delivers each message
 * exactly once). Importable without a browser: the sync tests send messages through these.
 */

let seq = 0;
/** Writes a message; its HLC node is the sender's id prefix, its counter orders sends within one ms. */
export async function sendMessage(db: AbstractPowerSyncDatabase, m: { studentId: string; coachId: string; senderId: string; body: string; nowMs: number }): Promise<string> {
  const id = uuidv7(m.nowMs);
  seq = (seq + 1) % (HLC_MAX_COUNTER + 1);
  const hlc = formatHlc({ wallMs: m.nowMs, counter: seq, node: m.senderId.slice(0, 8) });
  await db.execute('INSERT INTO chat_messages (id, student_id, coach_id, sender_id, body, hlc, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id,
    m.studentId,
    m.coachId,
    m.senderId,
    m.body,
    hlc,
    new Date(m.nowMs).toISOString(),
  ]);
  return id;
}

/** Read receipts for the messages addressed to `readerId` (the server keeps the first). */
export async function markThreadRead(db: AbstractPowerSyncDatabase, studentId: string, coachId: string, readerId: string, nowMs: number): Promise<void> {
  await db.execute('UPDATE chat_messages SET read_at = ? WHERE student_id = ? AND coach_id = ? AND sender_id != ? AND read_at IS NULL', [
    new Date(nowMs).toISOString(),
    studentId,
    coachId,
    readerId,
  ]);
}
