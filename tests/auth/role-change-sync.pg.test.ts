import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCohortSummaries } from '../../server/src/coaching/summary.ts';
import { openDevice, type Device } from '../sync/helpers/client.ts';
import { SyncTestServer, waitFor } from '../sync/helpers/server.ts';

// Authority over sync follows the account as it is now, with real @powersync/node clients: a
// coach demoted to student loses every cohort bucket at the next checkpoint (without signing in
// again), and a disabled account's open stream ends and is refused while its token is valid.

type U = { id: string; email: string; password: string };
let s: SyncTestServer;
let admin: U;
let coach: U;
let A: U;
let B: U;
let cohort = '';
let devCoach: Device;
let devA: Device;

const adminHeaders = async () => ({ authorization: `Bearer ${await s.sign({ sub: admin.id, role: 'admin' })}` });
const bucketNames = async (d: Device) => (await d.db.getAll<{ name: string }>('SELECT name FROM ps_buckets')).map((b) => b.name);
const coachRows = async (d: Device) => ({
  cohorts: (await d.db.getAll('SELECT id FROM cohorts')).length,
  members: (await d.db.getAll('SELECT id FROM cohort_members')).length,
  summaries: (await d.db.getAll('SELECT id FROM cohort_student_summary')).length,
  chat: (await d.db.getAll('SELECT id FROM chat_messages')).length,
});

beforeAll(async () => {
  s = await SyncTestServer.start();
  const q = (sql: string, v: unknown[] = []) => s.db.pool.query(sql, v);
  admin = await s.user('admin');
  coach = await s.user('coach');
  A = await s.user();
  B = await s.user();
  await q(`INSERT INTO units (id, subject, title, ordinal, exam_weight) VALUES ('M.U01', 'MATH', 'Algebra', 1, 0.5)`);
  cohort = (await q(`INSERT INTO cohorts (name, standard) VALUES ('Batch A', 12) RETURNING id`)).rows[0].id;
  await q('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2), ($1, $3)', [cohort, A.id, B.id]);
  await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohort, coach.id]);
  await q(`UPDATE users SET full_name = 'Secret Student Name' WHERE id = $1`, [A.id]);
  await refreshCohortSummaries(s.db.pool);
  devCoach = await openDevice({ endpoint: s.url, email: coach.email, password: coach.password });
  devA = await openDevice({ endpoint: s.url, email: A.email, password: A.password });
  await Promise.all([devCoach.connect(), devA.connect()]);
  await Promise.all([devCoach.db.waitForFirstSync(), devA.db.waitForFirstSync()]);
  await devA.send({ studentId: A.id, coachId: coach.id, senderId: A.id, body: 'sir, question 4?' });
  await devA.settled();
}, 300_000);
afterAll(async () => {
  for (const d of [devCoach, devA]) await d?.close();
  await s?.close();
}, 60_000);

describe('role changes and disabled accounts over real sync clients', () => {
  it('a coach demoted to student loses the cohort rows from the device at the next checkpoint', async () => {
    await waitFor(async () => (await coachRows(devCoach)).chat === 1, 20_000, 'chat at coach');
    expect(await coachRows(devCoach)).toEqual({ cohorts: 1, members: 2, summaries: 2, chat: 1 });
    expect((await bucketNames(devCoach)).filter((b) => b.startsWith('coach_') || b.startsWith('chat_coach'))).not.toHaveLength(0);

    await s.db.pool.query('UPDATE users SET standard = 12 WHERE id = $1', [coach.id]);
    const res = await s.app.inject({ method: 'PATCH', url: `/api/admin/users/${coach.id}/role`, headers: await adminHeaders(), payload: { role: 'student' } });
    expect(res.statusCode, res.body).toBe(200);

    // The device keeps its old access token (role: coach) and never signs in again by itself.
    await waitFor(async () => {
      const rows = await coachRows(devCoach);
      return rows.cohorts + rows.members + rows.summaries + rows.chat === 0;
    }, 30_000, 'cohort rows removed from the demoted coach');
    const buckets = await bucketNames(devCoach);
    expect(buckets.filter((b) => /^(coach_|chat_coach)/.test(b)), buckets.join(',')).toEqual([]);
    expect(JSON.stringify(await devCoach.db.getAll('SELECT * FROM ps_oplog'))).not.toContain('Secret Student Name');
    // The student keeps their own thread; the demoted coach is no longer listed as their coach.
    expect(await devA.db.getAll('SELECT id FROM chat_messages')).toHaveLength(1);
    await waitFor(async () => (await devA.db.getAll('SELECT id FROM cohort_coaches')).length === 0, 20_000, 'coach gone from student');
  });

  it('a disabled account: the open stream ends, a new one is refused, and the device receives nothing more', async () => {
    const token = await s.token(B.email, B.password);
    const controller = new AbortController();
    const res = await fetch(`${s.url}/sync/stream`, {
      method: 'POST',
      headers: { authorization: `Token ${token}`, 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify({ buckets: [], include_checksum: true, raw_data: true }),
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('checkpoint_complete')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    expect(text).toContain('checkpoint_complete');
    expect(s.app.sync.streams).toBeGreaterThanOrEqual(1);

    const off = await s.app.inject({ method: 'PATCH', url: `/api/admin/users/${B.id}/status`, headers: await adminHeaders(), payload: { status: 'disabled' } });
    expect(off.statusCode, off.body).toBe(200);
    // The stream ends (well before the 20 s keepalive: the change is rechecked at once).
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
    }
    controller.abort();
    const again = await fetch(`${s.url}/sync/stream`, {
      method: 'POST',
      headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ buckets: [] }),
    });
    expect(again.status).toBe(401);
    expect((await again.json()).errors[0].code).toBe('ACCOUNT_DISABLED');
    const upload = await fetch(`${s.url}/sync/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: 'b-device', ops: [] }),
    });
    expect(upload.status).toBe(401);
    expect((await upload.json()).errors[0].code).toBe('ACCOUNT_DISABLED');
  });
});
