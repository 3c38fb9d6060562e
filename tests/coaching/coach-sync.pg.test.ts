import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCohortSummaries } from '../../server/src/coaching/summary.ts';
import type { UploadResult } from '@cr/shared/schemas/sync';
import { SyncTestServer, waitFor } from '../sync/helpers/server.ts';
import { openDevice, type Device } from '../sync/helpers/client.ts';

// Real @powersync/node clients against the real server: a coach receives exactly the cohorts
// they coach (summaries and chat), loses them when unassigned; chat in both directions with one
// side offline arrives exactly once with read receipts.

type U = { id: string; email: string; password: string };
let s: SyncTestServer;
let coach: U;
let otherCoach: U;
let A: U;
let B: U;
let C: U;
const cohorts: string[] = [];
let devCoach: Device;
let devA: Device;
let devB: Device;
const uploadsA: UploadResult[] = [];

const ids = async (d: Device, sql: string, args: unknown[] = []) => (await d.db.getAll<{ id: string }>(sql, args)).map((r) => r.id).sort();

beforeAll(async () => {
  s = await SyncTestServer.start();
  const q = (sql: string, v: unknown[] = []) => s.db.pool.query(sql, v);
  coach = await s.user('coach');
  otherCoach = await s.user('coach');
  A = await s.user();
  B = await s.user();
  C = await s.user();
  await q(`INSERT INTO units (id, subject, title, ordinal, exam_weight) VALUES ('M.U01', 'MATH', 'Algebra', 1, 0.5)`);
  for (const name of ['c1', 'c2', 'c3']) cohorts.push((await q('INSERT INTO cohorts (name) VALUES ($1) RETURNING id', [name])).rows[0].id);
  await q('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2), ($3, $4), ($5, $6)', [cohorts[0], A.id, cohorts[1], B.id, cohorts[2], C.id]);
  // Named before the assignment: the assignment carries the coach's name to the students.
  await q(`UPDATE users SET full_name = 'Mr Iyer' WHERE id = $1`, [coach.id]);
  await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $3), ($2, $3), ($4, $5)', [cohorts[0], cohorts[1], coach.id, cohorts[2], otherCoach.id]);
  await q(`UPDATE users SET full_name = 'Student ' || $2 WHERE id = $1`, [C.id, 'Charlie-secret']);
  await refreshCohortSummaries(s.db.pool);
  devCoach = await openDevice({ endpoint: s.url, email: coach.email, password: coach.password });
  devA = await openDevice({ endpoint: s.url, email: A.email, password: A.password, onUpload: (r) => uploadsA.push(r) });
  devB = await openDevice({ endpoint: s.url, email: B.email, password: B.password });
  await Promise.all([devCoach.connect(), devA.connect(), devB.connect()]);
  await Promise.all([devCoach.db.waitForFirstSync(), devA.db.waitForFirstSync(), devB.db.waitForFirstSync()]);
}, 300_000);
afterAll(async () => {
  for (const d of [devCoach, devA, devB]) await d?.close();
  await s?.close();
}, 60_000);

describe('coach buckets over a real client', () => {
  it('the coach receives exactly the summaries of the cohorts they coach; students receive none', async () => {
    const rows = await devCoach.db.getAll<{ student_id: string; cohort_id: string }>('SELECT student_id, cohort_id FROM cohort_student_summary ORDER BY student_id');
    expect(rows.map((r) => r.student_id).sort()).toEqual([A.id, B.id].sort());
    expect(JSON.stringify(await devCoach.db.getAll('SELECT * FROM ps_oplog'))).not.toContain('Charlie-secret');
    expect((await devCoach.db.getAll<{ title: string }>('SELECT title FROM units')).map((u) => u.title)).toEqual(['Algebra']);
    expect(await devA.db.getAll('SELECT * FROM cohort_student_summary')).toEqual([]);
    // A server-side recompute reaches the coach without a reconnect.
    await s.db.pool.query(`UPDATE users SET full_name = 'Asha' WHERE id = $1`, [A.id]);
    await refreshCohortSummaries(s.db.pool, { studentIds: [A.id] });
    await waitFor(async () => (await devCoach.db.getAll('SELECT 1 FROM cohort_student_summary WHERE display_name = ?', ['Asha'])).length === 1, 20_000, 'summary update');
  });

  it('a student receives the coaches of their own cohorts, with the coach’s current name, to write to first', async () => {
    const mine = (d: Device) => d.db.getAll<{ cohort_id: string; coach_id: string; coach_name: string }>('SELECT cohort_id, coach_id, coach_name FROM cohort_coaches ORDER BY cohort_id');
    const coachName = 'Mr Iyer';
    expect(await mine(devA)).toEqual([{ cohort_id: cohorts[0], coach_id: coach.id, coach_name: coachName }]);
    expect(await mine(devB)).toEqual([{ cohort_id: cohorts[1], coach_id: coach.id, coach_name: coachName }]);
    expect((await devA.db.getAll<{ name: string }>('SELECT name FROM cohorts')).map((c) => c.name)).toEqual(['c1']);
    // Nothing of the other coach (cohort c3) and no coach's contact details reach a student.
    for (const d of [devA, devB]) {
      const dump = JSON.stringify(await d.db.getAll('SELECT * FROM ps_oplog'));
      expect(dump).not.toContain(otherCoach.id);
      expect(dump).not.toContain(coach.email);
    }
    // The coach renames: the students' copies follow.
    await s.db.pool.query(`UPDATE users SET full_name = 'Mrs Rao' WHERE id = $1`, [coach.id]);
    await waitFor(async () => (await mine(devA))[0]?.coach_name === 'Mrs Rao' && (await mine(devB))[0]?.coach_name === 'Mrs Rao', 20_000, 'renamed coach');
  });

  it('chat both ways with the coach offline: every message arrives exactly once, with read receipts', async () => {
    await devCoach.disconnect();
    const fromCoach = [
      await devCoach.send({ studentId: A.id, coachId: coach.id, senderId: coach.id, body: 'Revise quadratics tonight' }),
      await devCoach.send({ studentId: A.id, coachId: coach.id, senderId: coach.id, body: 'And sleep before 11' }),
    ];
    const fromA = await devA.send({ studentId: A.id, coachId: coach.id, senderId: A.id, body: 'Sir, doubt in Q7' });
    await devA.settled();
    expect((await s.db.pool.query('SELECT id FROM chat_messages')).rows.map((r) => r.id)).toEqual([fromA]);
    await devCoach.connect();
    await devCoach.settled();
    const all = [...fromCoach, fromA].sort();
    await waitFor(async () => JSON.stringify(await ids(devA, 'SELECT id FROM chat_messages')) === JSON.stringify(all), 20_000, 'A has all');
    await waitFor(async () => JSON.stringify(await ids(devCoach, 'SELECT id FROM chat_messages')) === JSON.stringify(all), 20_000, 'coach has all');
    const server = await s.db.pool.query('SELECT id, cohort_id, sender_id FROM chat_messages ORDER BY id');
    expect(server.rows.map((r) => r.id)).toEqual(all);
    for (const r of server.rows) expect(r.cohort_id).toBe(cohorts[0]);
    expect(await devB.db.getAll('SELECT * FROM chat_messages')).toEqual([]);

    // Read receipt: the recipient marks the coach's messages read; the coach sees it.
    for (const id of fromCoach) await devA.db.execute('UPDATE chat_messages SET read_at = ? WHERE id = ?', [new Date().toISOString(), id]);
    await waitFor(async () => (await devCoach.db.getAll('SELECT 1 FROM chat_messages WHERE read_at IS NOT NULL')).length === 2, 20_000, 'receipts');
  });

  it('refuses a message outside a coaching relationship or in another name, and records why', async () => {
    await devA.send({ studentId: A.id, coachId: otherCoach.id, senderId: A.id, body: 'not my coach' });
    await devA.send({ studentId: B.id, coachId: coach.id, senderId: B.id, body: 'forged sender' });
    await devA.settled();
    const rejected = uploadsA.flatMap((u) => u.rejected);
    expect(rejected.map((r) => r.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await s.db.pool.query(`SELECT 1 FROM chat_messages WHERE body IN ('not my coach', 'forged sender')`)).rows).toEqual([]);
    // The refused rows disappear from the device once the write checkpoint applies.
    await waitFor(async () => (await devA.db.getAll(`SELECT 1 FROM chat_messages WHERE body IN ('not my coach', 'forged sender')`)).length === 0, 20_000, 'refused rows gone');
  });

  it('unassigning the coach removes that cohort’s summaries and chat from the coach’s device', async () => {
    await devB.send({ studentId: B.id, coachId: coach.id, senderId: B.id, body: 'hello from c2' });
    await devB.settled();
    await waitFor(async () => (await devCoach.db.getAll(`SELECT 1 FROM chat_messages WHERE student_id = ?`, [B.id])).length === 1, 20_000, 'B message at coach');
    const res = await s.app.inject({ method: 'DELETE', url: `/api/admin/cohorts/${cohorts[1]}/coaches/${coach.id}`, headers: { authorization: `Bearer ${await s.sign({ sub: (await s.user('admin')).id, role: 'admin' })}` } });
    expect(res.statusCode, res.body).toBe(200);
    await waitFor(async () => (await devCoach.db.getAll('SELECT 1 FROM cohort_student_summary WHERE student_id = ?', [B.id])).length === 0, 20_000, 'B summary gone');
    await waitFor(async () => (await devCoach.db.getAll('SELECT 1 FROM chat_messages WHERE student_id = ?', [B.id])).length === 0, 20_000, 'B chat gone');
    expect((await devCoach.db.getAll<{ student_id: string }>('SELECT student_id FROM cohort_student_summary')).map((r) => r.student_id)).toEqual([A.id]);
    // The student keeps their own thread.
    expect(await devB.db.getAll('SELECT 1 FROM chat_messages')).toHaveLength(1);
  });
});
