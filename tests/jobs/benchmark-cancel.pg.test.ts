import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankJob, sweep } from '../../server/src/jobs/scoring.ts';
import { bearer, createUser, createTestApp, signupStudent, type SignedIn, type TestApp } from '../helpers/test-app.ts';
import { bankItems, Device, elapse, question, seedConcepts, takeTest, type BankItem } from './fixtures.ts';

// An admin cancels a scheduled benchmark: audited, the schedule says cancelled, every submitted
// sitting becomes refused CANCELLED (the student sees why), the work is kept, the ranking never
// runs, and the month is free for a new benchmark. A released benchmark cannot be cancelled.

const HOUR = 3600;
let t: TestApp;
let admin: SignedIn;
const students: SignedIn[] = [];
let bank: Map<string, BankItem>;

beforeAll(async () => {
  t = await createTestApp();
  await seedConcepts(t.db.pool);
  admin = await createUser(t, 'admin');
  // Enough sealed items for three papers (25 per subject each).
  const items = [...bankItems('CA', 22, 6), ...bankItems('CB', 22, 6), ...bankItems('CC', 22, 6)];
  bank = new Map(items.map((it) => [it.id, it]));
  const added = await t.app.inject({ method: 'POST', url: '/api/admin/benchmarks/bank', headers: bearer(admin.token), payload: { questions: items.map(question) } });
  expect(added.statusCode, added.body).toBe(200);
  for (let i = 0; i < 3; i++) students.push(await signupStudent(t.app, { full_name: `Cancel Student${i}` }));
});
afterAll(async () => t.close());

async function schedule(month: string, opensInS: number, closesInS: number, graceS = HOUR): Promise<{ id: string; question_ids: string[] }> {
  const now = Date.now();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/benchmarks',
    headers: bearer(admin.token),
    payload: { standard: 12, month, opens_at: new Date(now + opensInS * 1000).toISOString(), closes_at: new Date(now + closesInS * 1000).toISOString(), grace_s: graceS },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

const cancel = (id: string, body: object = {}, token = admin.token) =>
  t.app.inject({ method: 'POST', url: `/api/admin/benchmarks/${id}/cancel`, headers: bearer(token), payload: body });

const audits = async (id: string) =>
  (await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'benchmark_cancelled' AND resource_id = $1`, [id])).rows[0].n as number;

describe('cancelling a benchmark', () => {
  it('refuses every submitted sitting with CANCELLED, keeps the work, is audited once, and frees the month', async () => {
    const b = await schedule('2032-01', -60, 3 * HOUR);
    const now = Date.now();
    const sittings: string[] = [];
    for (const [i, st] of students.slice(0, 2).entries()) {
      const answers = b.question_ids.slice(0, 10).map((q, j) => ({ questionId: q, concept: bank.get(q)!.concept, answer: bank.get(q)!.answer, atMs: now - 20_000 + j }));
      sittings.push(await takeTest(t, st, new Device(`c${i}`), { testId: b.id, testType: 'MONTHLY', questionIds: b.question_ids, startedAtMs: now - 30_000, submittedAtMs: now - 1000 }, answers));
    }
    await sweep(t.db.pool, null);
    const before = await t.db.pool.query(`SELECT status FROM benchmark_submission_status WHERE benchmark_id = $1`, [b.id]);
    expect(before.rows.map((r) => r.status)).toEqual(['counted', 'counted']);

    const res = await cancel(b.id, { reason: 'paper leaked' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ id: b.id, status: 'cancelled', refused_sittings: 2 });
    const statuses = await t.db.pool.query(`SELECT sitting_id, status, reason_code, reason FROM benchmark_submission_status WHERE benchmark_id = $1 ORDER BY sitting_id`, [b.id]);
    expect(statuses.rows).toHaveLength(2);
    for (const r of statuses.rows) expect(r).toMatchObject({ status: 'refused', reason_code: 'CANCELLED', reason: 'This benchmark was cancelled.' });
    // The student sees it through the API too.
    const own = await t.app.inject({ method: 'GET', url: `/api/test/results/${b.id}`, headers: bearer(students[0]!.token) });
    expect(own.json().data.submissions[0]).toMatchObject({ status: 'refused', reason_code: 'CANCELLED' });
    // Nothing a student did is lost.
    const kept = await t.db.pool.query(`SELECT count(*)::int AS n FROM attempts WHERE sitting_id = ANY($1::uuid[])`, [sittings]);
    expect(kept.rows[0].n).toBe(20);
    expect(await audits(b.id)).toBe(1);
    const audit = await t.db.pool.query(`SELECT actor_id, changes FROM audit_log WHERE action = 'benchmark_cancelled' AND resource_id = $1`, [b.id]);
    expect(audit.rows[0]).toMatchObject({ actor_id: admin.id, changes: { sittings: 2, reason: 'paper leaked' } });

    // A submission arriving after the cancellation is refused the same way.
    const late = await takeTest(t, students[2]!, new Device('c2'), { testId: b.id, testType: 'MONTHLY', questionIds: b.question_ids, startedAtMs: now - 30_000, submittedAtMs: now - 500 }, []);
    await sweep(t.db.pool, null);
    const lateStatus = await t.db.pool.query(`SELECT status, reason_code FROM benchmark_submission_status WHERE sitting_id = $1`, [late]);
    expect(lateStatus.rows[0]).toEqual({ status: 'refused', reason_code: 'CANCELLED' });

    // Twice: nothing changes, no second audit row.
    const again = await cancel(b.id);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().data).toMatchObject({ status: 'cancelled', refused_sittings: 0 });
    expect(await audits(b.id)).toBe(1);

    // The ranking never runs for it: keys stay sealed even after the deadline.
    await elapse(t.db.pool, b.id, 5 * HOUR);
    await rankJob(t.db.pool, b.id, null);
    const after = await t.db.pool.query(`SELECT status, released_at FROM benchmarks WHERE id = $1`, [b.id]);
    expect(after.rows[0]).toEqual({ status: 'cancelled', released_at: null });
    const keys = await t.db.pool.query(`SELECT count(*)::int AS n FROM benchmark_answer_keys WHERE benchmark_id = $1 AND released`, [b.id]);
    expect(keys.rows[0].n).toBe(0);
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM test_results WHERE test_id = $1`, [b.id])).rows[0].n).toBe(0);

    // The month is free again.
    const next = await schedule('2032-01', 60, 3 * HOUR);
    expect(next.id).not.toBe(b.id);
  });

  it('refuses to cancel a released benchmark, writing nothing; unknown and malformed ids are clear errors', async () => {
    const b = await schedule('2032-02', -60, 60, 0);
    await elapse(t.db.pool, b.id, 120);
    await rankJob(t.db.pool, b.id, null);
    const res = await cancel(b.id);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(res.json().errors[0].message).toMatch(/released .* cannot be cancelled/);
    expect((await t.db.pool.query(`SELECT status FROM benchmarks WHERE id = $1`, [b.id])).rows[0].status).toBe('released');
    expect(await audits(b.id)).toBe(0);

    const unknown = await cancel('BM-12-1999-01');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors[0].code).toBe('NOT_FOUND');
    const malformed = await cancel('bad id!');
    expect(malformed.statusCode).toBe(400);
    const extra = await cancel(b.id, { nonsense: true });
    expect(extra.statusCode).toBe(400);
    const student = await cancel(b.id, {}, students[0]!.token);
    expect(student.statusCode).toBe(403);
  });
});
