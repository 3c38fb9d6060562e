import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../server/src/jobs/scoring.ts';
import { openBenchmark } from './helpers/sealed-benchmark.ts';
import { bearer, createTestApp, createUser, signupStudent, type SignedIn, type TestApp } from './helpers/test-app.ts';
import { bankItems, Device, sittingOp, attemptOp, elapse } from './jobs/fixtures.ts';

// Keys are released, never looked up. A student who knows an open benchmark's question ids
// (GET /api/test/monthly) must not get its keys by taking those questions as a practice paper:
// the upload refuses the paper with a reason the device shows, and scoring, should such a
// sitting exist anyway, has no key for them. The benchmark's own sittings are scored with them.

let t: TestApp;
let admin: SignedIn;
let student: SignedIn;
let bench: { id: string; paper: string[] };
const answers = new Map(bankItems('SB', 22, 6).map((it) => [it.id, it]));

async function upload(token: string, ops: unknown[]) {
  const res = await t.app.inject({ method: 'POST', url: '/sync/upload', headers: bearer(token), payload: { client_id: 'sealed', ops } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as { applied: number; rejected: Array<{ id: string; code: string; message: string }> };
}

function paperOps(device: Device, testType: 'PRACTICE' | 'MONTHLY', testId: string, sittingId: string) {
  const now = Date.now();
  return [
    sittingOp(device, { sittingId, testId, testType, questionIds: bench.paper, startedAtMs: now - 60_000, submittedAtMs: now - 1000 }, student.id),
    ...bench.paper.map((q, i) => {
      const it = answers.get(q);
      return attemptOp(device, sittingId, student.id, { questionId: q, concept: it?.concept ?? 'M.BASE', answer: it?.answer ?? 'A', atMs: now - 50_000 + i });
    }),
  ];
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'admin');
  student = await signupStudent(t.app);
  bench = await openBenchmark(t, admin.token, '2031-03');
}, 240_000);
afterAll(async () => t.close());

describe('sealed answer keys', { timeout: 240_000 }, () => {
  it("a practice paper of an open benchmark's questions is refused with the reason, recorded for the device", async () => {
    const sittingId = randomUUID();
    const res = await upload(student.token, paperOps(new Device('devS'), 'PRACTICE', 'PRACTICE-steal', sittingId));
    const sitting = res.rejected.find((r) => r.id === sittingId);
    expect(sitting?.code).toBe('SEALED_QUESTIONS');
    expect(sitting?.message).toMatch(/75 question\(s\) of a benchmark whose answers are not released yet/);
    // The answers have no sitting to go into: refused too, nothing scored.
    expect(res.applied).toBe(0);
    const recorded = await t.db.pool.query('SELECT error_code, message FROM sync_upload_errors WHERE user_id = $1 AND row_id = $2', [student.id, sittingId]);
    expect(recorded.rows[0]).toMatchObject({ error_code: 'SEALED_QUESTIONS' });
    // It is synced to the student (user_data bucket), so the device can say why.
    await t.app.sync.processor.flush();
    const synced = await t.db.pool.query(`SELECT count(*)::int AS n FROM sync_ops WHERE object_type = 'sync_upload_errors' AND data LIKE '%SEALED_QUESTIONS%' AND bucket LIKE '%' || $1 || '%'`, [student.id]);
    expect(synced.rows[0].n).toBeGreaterThan(0);
  });

  it('a practice sitting naming sealed questions that got in anyway scores nothing and reveals no key', async () => {
    // As if a code path wrote it without the upload checks (owner SQL, not the device role).
    const sittingId = randomUUID();
    const testId = 'PRACTICE-direct';
    await t.db.pool.query(
      `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, field_hlc)
       VALUES ($1, $2, $3, 'PRACTICE', 'JEE_MAIN', $4, 'submitted', now() - interval '1 minute', now(), '{}')`,
      [sittingId, student.id, testId, bench.paper],
    );
    for (const q of bench.paper.slice(0, 10)) {
      await t.db.pool.query(
        `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, response_time_ms, device_time, hlc)
         VALUES ($1, $2, $3, $4, 'M.BASE', $5, 1000, now(), $6)`,
        [randomUUID(), student.id, sittingId, q, answers.get(q)?.answer ?? 'A', `${Date.now() - 30_000}:0001:devS`],
      );
    }
    await sweep(t.db.pool, null);
    const scored = await t.db.pool.query('SELECT max_marks, total_score FROM sitting_scores WHERE sitting_id = $1', [sittingId]);
    expect(scored.rows[0]).toEqual({ max_marks: 0, total_score: 0 });
    const responses = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM question_responses r JOIN test_results tr ON tr.id = r.test_result_id WHERE tr.sitting_id = $1 AND r.correct_answer IS NOT NULL`,
      [sittingId],
    );
    expect(responses.rows[0].n).toBe(0);
    const api = await t.app.inject({ method: 'GET', url: `/api/test/results/${testId}`, headers: bearer(student.token) });
    expect(api.statusCode, api.body).toBe(200);
    expect(api.body).not.toMatch(/"correct_answer":"[^"]/);
  });

  it("the benchmark's own sitting is accepted and scored with its keys (held back until release)", async () => {
    const sittingId = randomUUID();
    const res = await upload(student.token, paperOps(new Device('devM'), 'MONTHLY', bench.id, sittingId));
    expect(res.rejected).toEqual([]);
    await sweep(t.db.pool, null);
    const scored = await t.db.pool.query('SELECT state, max_marks, total_score FROM sitting_scores WHERE sitting_id = $1', [sittingId]);
    expect(scored.rows[0]).toEqual({ state: 'counted', max_marks: 300, total_score: 300 });
  });

  it('once the benchmark is released its questions are public keys: a practice paper of them is accepted', async () => {
    await elapse(t.db.pool, bench.id, 5 * 3600);
    await t.db.pool.query(`UPDATE benchmarks SET status = 'released', released_at = now() WHERE id = $1`, [bench.id]);
    const sittingId = randomUUID();
    const res = await upload(student.token, paperOps(new Device('devR'), 'PRACTICE', 'PRACTICE-after', sittingId));
    expect(res.rejected).toEqual([]);
    await sweep(t.db.pool, null);
    const scored = await t.db.pool.query('SELECT max_marks FROM sitting_scores WHERE sitting_id = $1', [sittingId]);
    expect(scored.rows[0].max_marks).toBe(300);
  });
});
