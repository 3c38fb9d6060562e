import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type Device } from './helpers/client.ts';
import type { UploadResult } from '@cr/shared/schemas/sync';
import { attemptRow, hlc } from './helpers/rows.ts';
import { seedContent, SyncTestServer, waitFor } from './helpers/server.ts';

let s: SyncTestServer;
let student: { id: string; email: string; password: string };
let device: Device;
const uploads: UploadResult[] = [];

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 5);
  student = await s.user();
  device = await openDevice({ endpoint: s.url, email: student.email, password: student.password, onUpload: (r) => uploads.push(r) });
  await device.connect();
  await device.db.waitForFirstSync();
}, 240_000);
afterAll(async () => {
  await device?.close();
  await s?.close();
}, 60_000);

// Generous timeouts: CI machines running several suites at once are slow; nothing here asserts on time.
describe('a real @powersync/node client', { timeout: 180_000 }, () => {
  it('receives content and its own profile, never secrets', async () => {
    const concepts = await device.db.getAll<{ id: string }>('SELECT id FROM concepts ORDER BY id');
    expect(concepts.map((c) => c.id)).toEqual(['C0', 'C1', 'C2', 'C3', 'C4']);
    const questions = await device.db.getAll('SELECT id FROM questions');
    expect(questions).toHaveLength(5);
    const me = await device.db.getAll<Record<string, unknown>>('SELECT * FROM users');
    expect(me).toHaveLength(1);
    expect(me[0]?.id).toBe(student.id);
    const untyped = await device.db.getAll<{ data: string }>('SELECT data FROM ps_untyped');
    expect(JSON.stringify(untyped)).not.toContain('password');
    expect(JSON.stringify(untyped)).not.toContain('argon2');
  });

  it('uploads an attempt, which comes back from the server with server receipt time', async () => {
    const a = attemptRow(student.id, 'devA');
    await device.db.execute(
      'INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [a.id, a.student_id, a.question_id, a.concept_id, a.answer, a.is_correct, a.response_time_ms, a.device_time, a.hlc],
    );
    await waitFor(async () => (await device.db.getAll<{ received_at: string | null }>('SELECT received_at FROM attempts WHERE id = ?', [a.id]))[0]?.received_at, 20_000, 'attempt round trip');
    const server = await s.db.pool.query('SELECT student_id FROM attempts WHERE id = $1', [a.id]);
    expect(server.rows[0]?.student_id).toBe(student.id);
  });

  it('server writes (a job, admin SQL) reach the device live', async () => {
    await s.db.pool.query(
      `INSERT INTO student_mastery (student_id, concept_id, mastery_level) VALUES ($1, 'C1', 0.42)`,
      [student.id],
    );
    await waitFor(async () => (await device.db.getAll('SELECT 1 FROM student_mastery WHERE mastery_level = 0.42')).length === 1, 10_000, 'mastery row');
  });

  it('profile edits merge by HLC; a refused write is recorded and visible to the student', async () => {
    const stamp = hlc('devA');
    await device.db.execute('UPDATE users SET full_name = ?, field_hlc = ? WHERE id = ?', ['Asha', JSON.stringify({ full_name: stamp }), student.id]);
    await waitFor(async () => (await s.db.pool.query('SELECT full_name FROM users WHERE id = $1', [student.id])).rows[0]?.full_name === 'Asha', 10_000, 'profile on server');
    // Derived table: refused, recorded, and the upload queue moves on.
    await device.db.execute(`INSERT INTO student_mastery (id, student_id, concept_id, mastery_level) VALUES (uuid(), ?, 'C2', 1)`, [student.id]);
    await waitFor(async () => (await device.db.getAll<{ error_code: string }>('SELECT error_code FROM sync_upload_errors')).length === 1, 20_000, 'upload error synced');
    const errors = await device.db.getAll<{ error_code: string; table_name: string; data: string }>('SELECT error_code, table_name, data FROM sync_upload_errors');
    expect(errors[0]).toMatchObject({ error_code: 'TABLE_NOT_WRITABLE', table_name: 'student_mastery' });
    expect(JSON.parse(errors[0]!.data)).toMatchObject({ concept_id: 'C2' });
    // The local optimistic row disappears once the server's checkpoint is applied.
    await waitFor(async () => (await device.db.getAll(`SELECT 1 FROM student_mastery WHERE concept_id = 'C2'`)).length === 0, 10_000, 'optimistic row reverted');
    expect(uploads.some((u) => u.rejected.length > 0)).toBe(true);
  });
});
