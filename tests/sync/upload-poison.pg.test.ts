import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type Device } from './helpers/client.ts';
import type { UploadResult } from '@cr/shared/schemas/sync';
import { attemptRow, uuidv7 } from './helpers/rows.ts';
import { seedContent, SyncTestServer, waitFor } from './helpers/server.ts';

// Uploads that cannot poison or lose, through the real @powersync/node SDK and our connector:
// one answer with U+0000 (and telemetry nested 5,000 deep) among good writes never holds the
// good ones back, and is recorded with its reason where the student sees it; a local
// transaction far over the request body limit reaches the server whole, in batches.

let s: SyncTestServer;
const uploads: UploadResult[] = [];
const devices: Device[] = [];

async function device(): Promise<{ device: Device; id: string }> {
  const u = await s.user();
  const d = await openDevice({ endpoint: s.url, email: u.email, password: u.password, onUpload: (r) => uploads.push(r) });
  devices.push(d);
  return { device: d, id: u.id };
}

async function insertAttempt(d: Device, row: ReturnType<typeof attemptRow>) {
  await d.db.execute(
    'INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [row.id, row.student_id, row.question_id, row.concept_id, row.answer, row.is_correct, row.response_time_ms, row.device_time, row.hlc],
  );
}

/** Resolves when the device's upload queue is empty (every local write was answered). */
const drained = (d: Device, timeoutMs: number) =>
  waitFor(async () => (await d.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud'))[0]?.n === 0, timeoutMs, 'empty upload queue');

const serverCount = async (studentId: string) => (await s.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE student_id = $1', [studentId])).rows[0].n as number;

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 2);
}, 240_000);
afterAll(async () => {
  for (const d of devices) await d.close();
  await s?.close();
}, 60_000);

describe('poisoned and oversized uploads with a real SDK client', { timeout: 240_000 }, () => {
  it('an answer "A\\u0000" and telemetry nested 5,000 deep among 20 good answers: the 20 arrive, the bad ones are recorded with their reason', async () => {
    const { device: d, id } = await device();
    // Written offline: the poisoned writes are first in the queue, ahead of every good one.
    const bad = { ...attemptRow(id, 'devP'), answer: 'A\u0000' };
    await insertAttempt(d, bad);
    const deepId = uuidv7();
    await d.db.execute('INSERT INTO telemetry (id, time, student_id, event_type, data) VALUES (?, ?, ?, ?, ?)', [
      deepId,
      new Date().toISOString(),
      id,
      'deep',
      `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
    ]);
    const good = Array.from({ length: 20 }, () => attemptRow(id, 'devP'));
    for (const row of good) await insertAttempt(d, row);

    await d.connect();
    await waitFor(async () => (await serverCount(id)) === 20, 60_000, '20 good answers on the server');
    await drained(d, 60_000);
    const onServer = await s.db.pool.query<{ id: string }>('SELECT id FROM attempts WHERE student_id = $1', [id]);
    expect(new Set(onServer.rows.map((r) => r.id))).toEqual(new Set(good.map((r) => r.id)));

    const errors = await s.db.pool.query<{ row_id: string; error_code: string; message: string }>(
      'SELECT row_id, error_code, message FROM sync_upload_errors WHERE user_id = $1 ORDER BY row_id',
      [id],
    );
    const byRow = new Map(errors.rows.map((r) => [r.row_id, r]));
    expect(byRow.get(bad.id)).toMatchObject({ error_code: 'BAD_TEXT' });
    expect(byRow.get(bad.id)?.message).toMatch(/answer: contains U\+0000/);
    expect(byRow.get(deepId)).toMatchObject({ error_code: 'BAD_TEXT' });
    expect(byRow.get(deepId)?.message).toMatch(/nested deeper than 8 levels/);
    // The reason reaches the student's device (user_data bucket), and nothing is left queued.
    await waitFor(async () => (await d.db.getAll('SELECT 1 FROM sync_upload_errors WHERE row_id IN (?, ?)', [bad.id, deepId])).length === 2, 30_000, 'refusals on the device');
  });

  it('one local transaction of 4,500 answers reaches the server whole', async () => {
    const { device: d, id } = await device();
    const rows = Array.from({ length: 4500 }, (_, i) => ({ ...attemptRow(id, 'devL', i % 2 === 0 ? 'Q-C0' : 'Q-C1'), answer: String(i % 40) }));
    await d.db.writeTransaction(async (tx) => {
      for (const row of rows) {
        await tx.execute(
          'INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [row.id, row.student_id, row.question_id, row.concept_id, row.answer, row.is_correct, row.response_time_ms, row.device_time, row.hlc],
        );
      }
    });
    const before = uploads.length;
    await d.connect();
    await waitFor(async () => (await serverCount(id)) === 4500, 180_000, '4,500 answers on the server');
    await drained(d, 120_000);
    expect(await serverCount(id)).toBe(4500);
    // It went as several requests, none refused as a whole.
    const mine = uploads.slice(before);
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.reduce((n, u) => n + u.applied, 0)).toBe(4500);
    expect(mine.flatMap((u) => u.rejected)).toEqual([]);
  });
});
