import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type Device } from './helpers/client.ts';
import { LightStream } from './helpers/light-client.ts';
import { attemptRow, uuidv7 } from './helpers/rows.ts';
import { seedContent, SyncTestServer, waitFor } from './helpers/server.ts';

let s: SyncTestServer;
type U = { id: string; email: string; password: string };
let A: U;
let B: U;
let coach: U;
let devA: Device;
let devCoach: Device;
const cohorts: string[] = [];

/** Every table a student's bucket carries, filled for one student. */
async function fillStudent(studentId: string, tag: string): Promise<void> {
  const q = (sql: string, v: unknown[]) => s.db.pool.query(sql, v);
  const sittingId = uuidv7();
  await q(`INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, started_at) VALUES ($1, $2, $3, 'PRACTICE', '{Q-C0}', now())`, [sittingId, studentId, `T-${tag}`]);
  const a = attemptRow(studentId, `dev${tag}`);
  await q(`INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, response_time_ms, device_time, hlc) VALUES ($1, $2, $3, 'Q-C0', 'C0', 10, now(), $4)`, [a.id, studentId, sittingId, a.hlc]);
  await q(`INSERT INTO student_mastery (student_id, concept_id, mastery_level) VALUES ($1, 'C0', 0.5)`, [studentId]);
  const result = await q(`INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, test_date) VALUES ($1, $2, 'T', 'PRACTICE', 4, 4, current_date) RETURNING id`, [studentId, sittingId]);
  await q(`INSERT INTO question_responses (test_result_id, student_id, question_id, marks_awarded) VALUES ($1, $2, 'Q-C0', 4)`, [result.rows[0].id, studentId]);
  await q(`INSERT INTO student_performance_metrics (student_id, overall_mastery) VALUES ($1, 0.5)`, [studentId]);
  await q(`INSERT INTO sync_upload_errors (user_id, op, table_name, error_code, message) VALUES ($1, 'PUT', 'x', 'VALIDATION', $2)`, [studentId, `secret-of-${tag}`]);
  await q(`UPDATE users SET full_name = $2, phone = '99999' WHERE id = $1`, [studentId, `Name ${tag}`]);
}

/** Everything on a device, bucket data included, as one string to search. */
async function deviceDump(d: Device): Promise<string> {
  const oplog = await d.db.getAll('SELECT * FROM ps_oplog');
  const untyped = await d.db.getAll('SELECT * FROM ps_untyped');
  const tables = await d.db.getAll<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ps_data__%'");
  const rows = [];
  for (const t of tables) rows.push(await d.db.getAll(`SELECT * FROM "${t.name}"`));
  return JSON.stringify({ oplog, untyped, rows });
}

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 2);
  A = await s.user();
  B = await s.user();
  coach = await s.user('coach');
  await fillStudent(A.id, 'A');
  await fillStudent(B.id, 'B');
  for (const name of ['c1', 'c2', 'c3']) {
    const { rows } = await s.db.pool.query(`INSERT INTO cohorts (name) VALUES ($1) RETURNING id`, [name]);
    cohorts.push(rows[0].id);
  }
  await s.db.pool.query(`INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2), ($3, $4), ($5, $2)`, [cohorts[0], A.id, cohorts[1], B.id, cohorts[2]]);
  await s.db.pool.query(`INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $3), ($2, $3)`, [cohorts[0], cohorts[1], coach.id]);
  await s.db.pool.query(
    `INSERT INTO benchmark_answer_keys (benchmark_id, question_id, answer, window_closes_at) VALUES ('BM-1', 'Q-C0', 'SECRET-KEY-42', now() + interval '1 hour'), ('BM-0', 'Q-C1', 'OPEN-KEY-7', now() - interval '1 hour')`,
  );
  await s.db.pool.query(`UPDATE benchmark_answer_keys SET released = true, released_at = now() WHERE benchmark_id = 'BM-0'`);
  devA = await openDevice({ endpoint: s.url, email: A.email, password: A.password });
  devCoach = await openDevice({ endpoint: s.url, email: coach.email, password: coach.password });
  await Promise.all([devA.connect(), devCoach.connect()]);
  await Promise.all([devA.db.waitForFirstSync(), devCoach.db.waitForFirstSync()]);
}, 240_000);
afterAll(async () => {
  await devA?.close();
  await devCoach?.close();
  await s?.close();
}, 60_000);

// Generous timeouts: CI machines running several suites at once are slow; nothing here asserts on time.
describe('isolation over every bucket', { timeout: 180_000 }, () => {
  it('student A has all of their own rows and nothing of student B', async () => {
    for (const table of ['attempts', 'test_sittings', 'student_mastery', 'test_results', 'question_responses', 'student_performance_metrics', 'sync_upload_errors', 'users']) {
      const rows = await devA.db.getAll(`SELECT * FROM ${table}`);
      expect(rows.length, table).toBe(1);
    }
    const dump = await deviceDump(devA);
    expect(dump).not.toContain(B.id);
    expect(dump).not.toContain('secret-of-B');
    expect(dump).not.toContain('Name B');
    expect(dump).not.toContain(coach.email);
    // Of coaching, a student holds their own cohorts' names and their coaches' ids and display
    // names (to open a mentoring chat), nothing of another student's cohort (c2, B's).
    expect((await devA.db.getAll<{ name: string }>('SELECT name FROM cohorts ORDER BY name')).map((r) => r.name)).toEqual(['c1', 'c3']);
    expect(dump).not.toContain(cohorts[1]);
    const withCoach = await devA.db.getAll<{ row_type: string; data: string }>('SELECT row_type, data FROM ps_oplog WHERE data LIKE ?', [`%${coach.id}%`]);
    expect(withCoach.map((r) => [r.row_type, Object.keys(JSON.parse(r.data)).sort()])).toEqual([['cohort_coaches', ['coach_id', 'coach_name', 'cohort_id', 'id']]]);
    expect(await devA.db.getAll(`SELECT 1 FROM ps_oplog WHERE row_type IN ('cohort_student_summary', 'cohort_members')`)).toEqual([]);
  });

  it('benchmark answer keys are absent before the window closes and arrive once released', async () => {
    for (const d of [devA, devCoach]) {
      const dump = await deviceDump(d);
      expect(dump).not.toContain('SECRET-KEY-42');
      expect(dump).toContain('OPEN-KEY-7');
    }
    // Security: the table refuses a release before the window closes.
    await expect(s.db.pool.query(`UPDATE benchmark_answer_keys SET released = true, released_at = now() WHERE benchmark_id = 'BM-1'`)).rejects.toThrow();
    await s.db.pool.query(`UPDATE benchmark_answer_keys SET window_closes_at = now() - interval '1 second' WHERE benchmark_id = 'BM-1'`);
    await s.db.pool.query(`UPDATE benchmark_answer_keys SET released = true, released_at = now() WHERE benchmark_id = 'BM-1'`);
    await waitFor(async () => (await devA.db.getAll(`SELECT 1 FROM benchmark_answer_keys WHERE answer = 'SECRET-KEY-42'`)).length === 1, 10_000, 'key released');
  });

  it('a coach gets exactly the cohorts they coach, and loses one when removed', async () => {
    const names = async () => (await devCoach.db.getAll<{ name: string }>('SELECT name FROM cohorts ORDER BY name')).map((r) => r.name);
    expect(await names()).toEqual(['c1', 'c2']);
    const members = await devCoach.db.getAll<{ cohort_id: string }>('SELECT cohort_id FROM cohort_members');
    expect(new Set(members.map((m) => m.cohort_id))).toEqual(new Set([cohorts[0], cohorts[1]]));
    const dump = await deviceDump(devCoach);
    expect(dump).not.toContain(cohorts[2]);
    expect(dump).not.toContain('secret-of-A');

    const token = await s.token(coach.email, coach.password);
    const light = new LightStream(s.url, token);
    await light.waitFor((l) => 'checkpoint_complete' in l);
    await s.db.pool.query('DELETE FROM cohort_coaches WHERE cohort_id = $1 AND coach_id = $2', [cohorts[1], coach.id]);
    const diff = await light.waitFor((l) => l.checkpoint_diff?.removed_buckets?.length > 0);
    expect(diff.checkpoint_diff.removed_buckets).toContain(`coach_cohort["${cohorts[1]}"]`);
    // Every bucket dropped is one keyed by the cohort the coach lost.
    for (const b of diff.checkpoint_diff.removed_buckets) expect(b).toContain(cohorts[1]);
    light.close();
    await waitFor(async () => JSON.stringify(await names()) === JSON.stringify(['c1']), 10_000, 'cohort c2 gone');
    expect(await devCoach.db.getAll('SELECT 1 FROM cohort_members WHERE cohort_id = ?', [cohorts[1]])).toEqual([]);
    // Assigned again: it comes back.
    await s.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohorts[2], coach.id]);
    await waitFor(async () => JSON.stringify(await names()) === JSON.stringify(['c1', 'c3']), 10_000, 'cohort c3 arrives');
  });

  it('a student cannot widen their buckets with client parameters or a forged token', async () => {
    const token = await s.token(A.email, A.password);
    const light = new LightStream(s.url, token, { parameters: { user_id: B.id, sub: B.id } });
    await light.waitFor((l) => 'checkpoint_complete' in l);
    expect(JSON.stringify(light.lines)).not.toContain(B.id);
    light.close();
    const forged = `${token.slice(0, -4)}AAAA`;
    const bad = new LightStream(s.url, forged);
    await bad.done;
    expect(bad.status).toBe(401);
  });
});
