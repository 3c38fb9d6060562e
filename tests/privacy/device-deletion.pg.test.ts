import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCohortSummaries } from '../../server/src/coaching/summary.ts';
import { runDataCleanup } from '../../server/src/privacy/cleanup.ts';
import { openDevice, type Device } from '../sync/helpers/client.ts';
import { attemptRow } from '../sync/helpers/rows.ts';
import { seedContent, SyncTestServer, waitFor } from '../sync/helpers/server.ts';

// Real @powersync/node clients against the real server: when a student is deleted, the coach's
// device (online throughout) receives REMOVE ops for every row of the student it held, and the
// student's device that was offline through the deletion is refused on reconnect (stream 401,
// refresh 410 ACCOUNT_DELETED: the signal the app acts on).

let server: SyncTestServer;
const devices: Device[] = [];
beforeAll(async () => {
  server = await SyncTestServer.start();
  await seedContent(server.db);
});
afterAll(async () => {
  for (const d of devices) await d.close().catch(() => undefined);
  await server.close();
});

async function refreshStatus(refreshToken: string): Promise<{ status: number; code: string | undefined }> {
  const res = await fetch(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refresh_token: refreshToken }) });
  const body = (await res.json()) as { errors?: Array<{ code: string }> };
  return { status: res.status, code: body.errors?.[0]?.code };
}

describe('deletion reaches devices', () => {
  it('coach devices get REMOVEs; an offline student device is told the account is gone', async () => {
    const student = await server.user('student');
    const coach = await server.user('coach');
    const { rows } = await server.db.pool.query<{ id: string }>(`INSERT INTO cohorts (name, standard) VALUES ('Wipe', 12) RETURNING id`);
    const cohortId = rows[0]?.id as string;
    await server.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohortId, coach.id]);
    await server.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohortId, student.id]);

    const phone = await openDevice({ endpoint: server.url, email: student.email, password: student.password });
    devices.push(phone);
    await phone.connect();
    const { id, ...data } = attemptRow(student.id, 'phone');
    await phone.db.execute(`INSERT INTO attempts (id, ${Object.keys(data).join(', ')}) VALUES (?, ${Object.keys(data).map(() => '?').join(', ')})`, [id, ...Object.values(data)]);
    await waitFor(async () => (await server.db.pool.query('SELECT 1 FROM attempts WHERE id = $1', [id])).rowCount === 1, 30_000, 'the answer uploaded');
    await refreshCohortSummaries(server.db.pool, { cohortIds: [cohortId] });

    const coachDevice = await openDevice({ endpoint: server.url, email: coach.email, password: coach.password });
    devices.push(coachDevice);
    await coachDevice.connect();
    await coachDevice.send({ studentId: student.id, coachId: coach.id, senderId: coach.id, body: 'How is revision going?' });
    await coachDevice.settled();
    const onCoach = async () => {
      const q = async (sql: string) => (await coachDevice.db.getAll<{ n: number }>(sql, [student.id]))[0]?.n ?? 0;
      return {
        members: await q('SELECT count(*) AS n FROM cohort_members WHERE student_id = ?'),
        summaries: await q('SELECT count(*) AS n FROM cohort_student_summary WHERE student_id = ?'),
        chat: await q('SELECT count(*) AS n FROM chat_messages WHERE student_id = ?'),
      };
    };
    await waitFor(async () => (await onCoach()).summaries === 1, 30_000, 'summary on the coach device');
    expect(await onCoach()).toEqual({ members: 1, summaries: 1, chat: 1 });

    // The phone goes offline with the student's rows on it; its refresh token is what it will present.
    await phone.disconnect();
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: student.email, password: student.password }) });
    const session = ((await login.json()) as { data: { token: string; refresh_token: string } }).data;
    const del = await fetch(`${server.url}/api/user/account`, { method: 'DELETE', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify({ password: student.password }) });
    expect(del.status).toBe(202);
    expect((await refreshStatus(session.refresh_token)).code).toBe('ACCOUNT_DELETION_PENDING');
    await runDataCleanup(server.db.pool, { now: new Date(Date.now() + 31 * 86_400_000), graceDays: 30, telemetryRetentionDays: 180 });

    // The coach device, still connected, applies the REMOVEs.
    await waitFor(async () => Object.values(await onCoach()).every((n) => n === 0), 30_000, 'REMOVEs on the coach device');

    // The phone reconnects: the stream refuses its token and its refresh learns the account is gone.
    expect(await refreshStatus(session.refresh_token)).toEqual({ status: 410, code: 'ACCOUNT_DELETED' });
    const stream = await fetch(`${server.url}/sync/stream`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Token ${session.token}` }, body: '{}' });
    expect(stream.status).toBe(401);
    // (The app erasing the profile on that answer is proved in Chromium: tests/e2e/account-deletion.e2e.test.ts.)
  }, 120_000);
});
