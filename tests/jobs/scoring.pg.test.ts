import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../server/src/db/database.ts';
import type { JobDefinition } from '../../server/src/jobs/queue.ts';
import { enqueueSittingScoring, JOB, scoreBatch, scoringJobs, sweep } from '../../server/src/jobs/scoring.ts';
import type { Queryable } from '../../server/src/scoring/content.ts';
import { scoringFor } from '../../server/src/scoring/scoring.ts';
import { createTestApp, signupStudent, type SignedIn, type TestApp } from '../helpers/test-app.ts';
import { attemptOp, bankItems, Device, seedConcepts, seedPublicQuestions, takeTest, until, upload, wrongAnswer, type Answer, type BankItem } from './fixtures.ts';

// Authoritative scoring of ordinary (weekly) sittings: JEE Main marking from the latest answer
// per question, idempotent, convergent under late uploads, all-or-nothing, retried by the queue.

let t: TestApp;
let items: BankItem[];
let flakyCalls = 0;

beforeAll(async () => {
  t = await createTestApp();
  await seedConcepts(t.db.pool);
  items = bankItems('PUB', 5, 2);
  await seedPublicQuestions(t.db.pool, items);
});
afterAll(async () => t.close());

const paper = () => items.slice(0, 10);
const correctOf = (it: BankItem) => it.answer;

async function newStudent(): Promise<SignedIn> {
  return signupStudent(t.app);
}

async function snapshot(studentId: string): Promise<unknown> {
  const q = async (sql: string) => (await t.db.pool.query(sql, [studentId])).rows;
  return {
    results: await q('SELECT * FROM test_results WHERE student_id = $1 ORDER BY id'),
    responses: await q('SELECT * FROM question_responses WHERE student_id = $1 ORDER BY id'),
    mastery: await q('SELECT * FROM student_mastery WHERE student_id = $1 ORDER BY id'),
    scores: await q('SELECT sitting_id, digest, state, flags, total_score, scored_at FROM sitting_scores WHERE student_id = $1 ORDER BY sitting_id'),
  };
}

/** Answers: 6 right, 2 wrong, 2 left blank → 6×4 − 2 = 22. */
function plannedAnswers(now: number): Answer[] {
  return paper().map((it, i) => ({
    questionId: it.id,
    concept: it.concept,
    answer: i < 6 ? correctOf(it) : i < 8 ? wrongAnswer(it) : null,
    atMs: now - 60_000 + i * 1000,
  }));
}

describe('scoring job', () => {
  it('scores with JEE Main marking, ignores the device is_correct, and running twice changes nothing', async () => {
    const s = await newStudent();
    const device = new Device('d1');
    const now = Date.now();
    const sittingId = await takeTest(t, s, device, { testId: 'WEEKLY-A', testType: 'WEEKLY', questionIds: paper().map((q) => q.id), startedAtMs: now - 120_000, submittedAtMs: now - 1000, durationS: 3600 }, plannedAnswers(now));

    await scoreBatch(t.db.pool, [sittingId], null);
    const { rows } = await t.db.pool.query('SELECT total_score, total_marks, accuracy, subject_scores FROM test_results WHERE sitting_id = $1', [sittingId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].total_score).toBe(22);
    expect(rows[0].total_marks).toBe(40);
    expect(rows[0].accuracy).toBeCloseTo(6 / 8);
    const responses = await t.db.pool.query('SELECT count(*)::int AS n, sum(marks_awarded)::int AS m FROM question_responses WHERE student_id = $1', [s.id]);
    expect(responses.rows[0]).toEqual({ n: 10, m: 22 });
    const mastery = await t.db.pool.query('SELECT count(*)::int AS n FROM student_mastery WHERE student_id = $1', [s.id]);
    expect(mastery.rows[0].n).toBeGreaterThan(0);

    const first = await snapshot(s.id);
    await scoreBatch(t.db.pool, [sittingId], null);
    // Forced recomputation (as if late attempts had been announced): still identical rows.
    await t.db.pool.query('UPDATE sitting_scores SET stale = true WHERE sitting_id = $1', [sittingId]);
    await sweep(t.db.pool, null);
    await sweep(t.db.pool, null);
    expect(await snapshot(s.id)).toEqual(first);
  });

  it('recomputes when answers arrive after the submission in a later upload; answers stamped after the submission are ignored and flagged', async () => {
    const s = await newStudent();
    const device = new Device('d2');
    const now = Date.now();
    const answers = plannedAnswers(now);
    const plan = { testId: 'WEEKLY-B', testType: 'WEEKLY' as const, questionIds: paper().map((q) => q.id), startedAtMs: now - 120_000, submittedAtMs: now - 1000 };
    // Upload 1: the submission and only the first half of the answers (the device went offline).
    const sittingId = await takeTest(t, s, device, plan, answers.slice(0, 5));
    // Stamps for the late half are taken before the submission stamp (answered before submitting).
    const late = answers.slice(5).map((a) => attemptOp(device, sittingId, s.id, { ...a, atMs: a.atMs - 100_000 }));
    await sweep(t.db.pool, null);
    const early = await t.db.pool.query('SELECT total_score FROM test_results WHERE sitting_id = $1', [sittingId]);
    expect(early.rows[0].total_score).toBe(20); // 5 right so far

    // Upload 2: the rest. The trigger marks the score stale; the sweep converges to the full score.
    await upload(t, s.token, late);
    const stale = await t.db.pool.query('SELECT stale FROM sitting_scores WHERE sitting_id = $1', [sittingId]);
    expect(stale.rows[0].stale).toBe(true);
    await sweep(t.db.pool, null);
    const full = await t.db.pool.query('SELECT total_score FROM test_results WHERE sitting_id = $1', [sittingId]);
    expect(full.rows[0].total_score).toBe(22);

    // Upload 3: an attempt to change an answer after submitting (stamped after the submission).
    const tamper = attemptOp(device, sittingId, s.id, { questionId: paper()[6]!.id, concept: paper()[6]!.concept, answer: correctOf(paper()[6]!), atMs: now + 5000 });
    await upload(t, s.token, [tamper]);
    await sweep(t.db.pool, null);
    const after = await t.db.pool.query('SELECT t.total_score, sc.flags, sc.ignored_attempts FROM test_results t JOIN sitting_scores sc USING (sitting_id) WHERE t.sitting_id = $1', [sittingId]);
    expect(after.rows[0]).toEqual({ total_score: 22, flags: ['POST_SUBMISSION_ANSWERS'], ignored_attempts: 1 });
  });

  it('uses the latest answer per question by HLC, a cleared answer is unanswered', async () => {
    const s = await newStudent();
    const device = new Device('d3');
    const now = Date.now();
    const q0 = paper()[0]!;
    const q1 = paper()[1]!;
    const answers: Answer[] = [
      { questionId: q0.id, concept: q0.concept, answer: wrongAnswer(q0), atMs: now - 50_000 },
      { questionId: q0.id, concept: q0.concept, answer: q0.answer, atMs: now - 40_000 }, // changed to right
      { questionId: q1.id, concept: q1.concept, answer: q1.answer, atMs: now - 30_000 },
      { questionId: q1.id, concept: q1.concept, answer: null, atMs: now - 20_000 }, // cleared
    ];
    const sittingId = await takeTest(t, s, device, { testId: 'WEEKLY-C', testType: 'WEEKLY', questionIds: [q0.id, q1.id], startedAtMs: now - 60_000, submittedAtMs: now - 1000 }, answers);
    await scoreBatch(t.db.pool, [sittingId], null);
    const { rows } = await t.db.pool.query('SELECT question_id, student_answer, is_correct, marks_awarded FROM question_responses WHERE student_id = $1 ORDER BY question_id', [s.id]);
    expect(rows).toEqual([
      { question_id: q0.id, student_answer: q0.answer, is_correct: true, marks_awarded: 4 },
      { question_id: q1.id, student_answer: null, is_correct: null, marks_awarded: 0 },
    ]);
  });

  it('a job killed mid-run leaves no partial result', async () => {
    const s = await newStudent();
    const now = Date.now();
    const sittingId = await takeTest(t, s, new Device('d4'), { testId: 'WEEKLY-D', testType: 'WEEKLY', questionIds: paper().map((q) => q.id), startedAtMs: now - 120_000, submittedAtMs: now - 1000 }, plannedAnswers(now));
    const killed = withTransaction(t.db.pool, async (client) => {
      // Dies after sitting_scores and test_results are written, at the per-question responses.
      const dying: Queryable = {
        query: ((text: unknown, values?: unknown) => {
          if (typeof text === 'string' && text.includes('INSERT INTO question_responses')) throw new Error('killed');
          return client.query(text as string, values as unknown[]);
        }) as Queryable['query'],
      };
      return scoringFor(t.db.pool).scoreSittingsIn(dying, [sittingId]);
    });
    await expect(killed).rejects.toThrow('killed');
    const left = await snapshot(s.id);
    expect(left).toEqual({ results: [], responses: [], mastery: [], scores: [] });
    // The next run completes it.
    await sweep(t.db.pool, null);
    const done = await t.db.pool.query('SELECT total_score FROM test_results WHERE sitting_id = $1', [sittingId]);
    expect(done.rows[0].total_score).toBe(22);
  });

  it("a score or submission status names its sitting's owner, and goes with the sitting", async () => {
    const s = await newStudent();
    const other = await newStudent();
    const now = Date.now();
    const sittingId = await takeTest(t, s, new Device('d5'), { testId: 'WEEKLY-E', testType: 'WEEKLY', questionIds: paper().map((q) => q.id), startedAtMs: now - 120_000, submittedAtMs: now - 1000 }, plannedAnswers(now));
    await scoreBatch(t.db.pool, [sittingId], null);
    // Another existing student is not the owner: refused for both derived tables.
    await expect(t.db.pool.query('UPDATE sitting_scores SET student_id = $2 WHERE sitting_id = $1', [sittingId, other.id])).rejects.toThrow(/foreign key/);
    await t.db.pool.query(
      `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at)
       VALUES ('BM-OWNER', 12, '2031-01-01', 'owner', '{Q-OWNER}', 300, now() - interval '2 hours', now() - interval '1 hour')`,
    );
    const status = (studentId: string) =>
      t.db.pool.query(
        `INSERT INTO benchmark_submission_status (benchmark_id, student_id, sitting_id, status, received_at) VALUES ('BM-OWNER', $2, $1, 'counted', now())`,
        [sittingId, studentId],
      );
    await expect(status(other.id)).rejects.toThrow(/foreign key/);
    await status(s.id);
    await t.db.pool.query('DELETE FROM test_sittings WHERE id = $1', [sittingId]);
    expect((await t.db.pool.query('SELECT 1 FROM sitting_scores WHERE sitting_id = $1', [sittingId])).rows).toEqual([]);
    expect((await t.db.pool.query('SELECT 1 FROM benchmark_submission_status WHERE sitting_id = $1', [sittingId])).rows).toEqual([]);
    await t.db.pool.query(`DELETE FROM benchmarks WHERE id = 'BM-OWNER'`);
  });
});

describe('scoring through the job queue', () => {
  let q: TestApp;
  beforeAll(async () => {
    // The real scoring handler behind a wrapper that fails twice first.
    const real = () => scoringJobs(q.db.pool).find((d) => d.name === JOB.scoreSitting) as JobDefinition<{ sittingId: string }>;
    const flaky: JobDefinition<{ sittingId: string }> = {
      name: JOB.scoreSitting,
      policy: 'stately',
      retryDelayS: 1,
      handler: async (data, ctx) => {
        flakyCalls += 1;
        if (flakyCalls <= 2) throw new Error(`transient failure ${flakyCalls}`);
        await real().handler(data, ctx);
      },
    };
    q = await createTestApp({}, { jobs: [flaky] });
    await seedConcepts(q.db.pool);
    await seedPublicQuestions(q.db.pool, items);
  });
  afterAll(async () => q.close());

  it('a handler that fails twice then succeeds yields exactly one result; duplicates collapse', async () => {
    const s = await signupStudent(q.app);
    const now = Date.now();
    const sittingId = await takeTest(q, s, new Device('dq'), { testId: 'WEEKLY-Q', testType: 'WEEKLY', questionIds: paper().map((x) => x.id), startedAtMs: now - 120_000, submittedAtMs: now - 1000 }, plannedAnswers(now));
    await enqueueSittingScoring(q.jobs!, sittingId);
    await until(async () => (await q.db.pool.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [JOB.scoreSitting])).rows.length >= 1, 'job completion');
    expect(flakyCalls).toBe(3);
    // A burst of sends collapses (stately queue: at most one waiting and one running per sitting).
    const ids = await Promise.all(Array.from({ length: 5 }, () => q.jobs!.send(JOB.scoreSitting, { sittingId }, { singletonKey: sittingId })));
    expect(ids.filter((id) => id !== null).length).toBeLessThanOrEqual(2);
    await until(async () => (await q.db.pool.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND state IN ('created', 'active', 'retry')`, [JOB.scoreSitting])).rows.length === 0, 'the burst to drain');
    const { rows } = await q.db.pool.query('SELECT count(*)::int AS n, max(total_score) AS score FROM test_results WHERE student_id = $1', [s.id]);
    expect(rows[0]).toEqual({ n: 1, score: 22 });
  });
});
