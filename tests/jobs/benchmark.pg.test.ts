import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCohortSummaries } from '../../server/src/coaching/summary.ts';
import { publishJob, rankJob, scoreBatch, sweep } from '../../server/src/jobs/scoring.ts';
import { bearer, createUser, createTestApp, signupStudent, type SignedIn, type TestApp } from '../helpers/test-app.ts';
import { MIN_COHORT_FOR_STANDING, predictRank } from '../../shared/src/engine/rank/predicted-rank.ts';
import { bankItems, Device, elapse, question, seedConcepts, takeTest, upload, attemptOp, wrongAnswer, SUBJ, type Answer, type BankItem, type Subj } from './fixtures.ts';

// A monthly benchmark end to end: 30 students created through the API, most submitting inside
// the window, some late within grace (one in two uploads, one whose submission commits after
// the ranking ran), one after grace, one started after close, one duplicate. Every counted
// student's score, percentile (total and per subject), rank and predicted all-India rank are
// computed here independently from the answers and compared with what the jobs wrote. Answer
// keys must be unreachable through the API and the sync log until the release.

const MONTH = '2030-05';
const N = 30;
const HOUR = 3600;

let t: TestApp;
let admin: SignedIn;
let coach: SignedIn;
const students: SignedIn[] = [];
let bank: Map<string, BankItem>;
let benchmarkId = '';
let paper: string[] = [];
const answersOf = new Map<number, Answer[]>();
const sittingOf = new Map<number, string>();

/** Deterministic per-student answer pattern: ability rises with the index, with a planned exact tie (0 and 1). */
function plan(i: number, atMs: number): Answer[] {
  const who = i === 1 ? 0 : i;
  return paper.map((qid, j) => {
    const it = bank.get(qid) as BankItem;
    const r = ((who * 7919 + j * 104729) % 1000) / 1000;
    const ability = 0.15 + (0.8 * who) / N;
    const answer = r < ability ? it.answer : r < ability + (1 - ability) / 2 ? wrongAnswer(it) : null;
    return { questionId: qid, concept: it.concept, answer, atMs: atMs + j * 100 };
  });
}

/** JEE Main marks, written independently of the engine: +4 right, −1 wrong, 0 blank; numericals compared as rounded integers. */
function expectedMarks(i: number) {
  const tally = () => ({ marks: 0, right: 0, wrong: 0 });
  const out: Record<'total' | Subj, { marks: number; right: number; wrong: number }> = { total: tally(), MATH: tally(), PHYSICS: tally(), CHEMISTRY: tally() };
  for (const a of answersOf.get(i) ?? []) {
    if (a.answer === null) continue;
    const it = bank.get(a.questionId) as BankItem;
    const right = it.type === 'SINGLE' ? a.answer === it.answer : Math.round(Number(a.answer)) === Math.round(Number(it.answer));
    for (const k of ['total', it.subject] as const) {
      out[k].marks += right ? 4 : -1;
      if (right) out[k].right += 1;
      else out[k].wrong += 1;
    }
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  await seedConcepts(t.db.pool);
  admin = await createUser(t, 'admin');
  coach = await createUser(t, 'coach');
  const items = bankItems('BM', 22, 6);
  bank = new Map(items.map((it) => [it.id, it]));
  const added = await t.app.inject({ method: 'POST', url: '/api/admin/benchmarks/bank', headers: bearer(admin.token), payload: { questions: items.map(question) } });
  expect(added.statusCode, added.body).toBe(200);
  for (let i = 0; i < N; i++) students.push(await signupStudent(t.app, { full_name: `Student Number${i}` }));
  const cohort = await t.db.pool.query(`INSERT INTO cohorts (name, standard) VALUES ('Batch A', 12) RETURNING id`);
  await t.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohort.rows[0].id, coach.id]);
  for (const s of students) await t.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohort.rows[0].id, s.id]);
});
afterAll(async () => t.close());

async function syncLogContains(text: string): Promise<number> {
  await t.app.sync.processor.flush();
  const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM sync_ops WHERE data LIKE '%' || $1 || '%'`, [text]);
  return rows[0].n;
}

async function bounds() {
  const { rows } = await t.db.pool.query(
    `SELECT (extract(epoch FROM opens_at) * 1000)::float8 AS opens, (extract(epoch FROM closes_at) * 1000)::float8 AS closes FROM benchmarks WHERE id = $1`,
    [benchmarkId],
  );
  return rows[0] as { opens: number; closes: number };
}

async function sit(i: number, startedAtMs: number, submittedAtMs: number, sittingId?: string): Promise<string> {
  const answers = answersOf.get(i) ?? plan(i, startedAtMs + 1000);
  answersOf.set(i, answers);
  const id = await takeTest(t, students[i]!, new Device(`dev${i}`), { ...(sittingId ? { sittingId } : {}), testId: benchmarkId, testType: 'MONTHLY', questionIds: paper, startedAtMs, submittedAtMs }, answers);
  if (!sittingOf.has(i)) sittingOf.set(i, id);
  return id;
}

describe('monthly benchmark', () => {
  it('an admin schedules a JEE Main paper from the sealed bank; the paper syncs to the class without keys', async () => {
    const now = Date.now();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/benchmarks',
      headers: bearer(admin.token),
      payload: { standard: 12, month: MONTH, opens_at: new Date(now - 60_000).toISOString(), closes_at: new Date(now + 3 * HOUR * 1000).toISOString(), grace_s: HOUR },
    });
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json().data;
    benchmarkId = b.id;
    paper = b.question_ids;
    expect(paper).toHaveLength(75);
    expect(b.max_marks).toBe(300);
    for (const s of SUBJ) expect(paper.filter((q) => bank.get(q)?.subject === s)).toHaveLength(25);

    const again = await t.app.inject({ method: 'POST', url: '/api/admin/benchmarks', headers: bearer(admin.token), payload: { standard: 12, month: MONTH, opens_at: new Date(now).toISOString(), closes_at: new Date(now + 1000).toISOString(), grace_s: 0 } });
    expect(again.statusCode).toBe(409);

    const monthly = await t.app.inject({ method: 'GET', url: `/api/test/monthly/${MONTH}`, headers: bearer(students[0]!.token) });
    expect(monthly.statusCode, monthly.body).toBe(200);
    const data = monthly.json().data;
    expect(data.paper).toHaveLength(75);
    // Security: no key, no explanation, through the API or the sync log, before the release.
    for (const p of data.paper) expect(p.answer === undefined && p.explanation === undefined).toBe(true);
    expect(monthly.body).not.toContain('KEYSECRET');
    expect(await syncLogContains('KEYSECRET')).toBe(0);
    const synced = await t.db.pool.query(`SELECT count(*)::int AS n FROM sync_ops WHERE object_type = 'benchmark_questions' AND bucket LIKE 'benchmark_class%'`);
    expect(synced.rows[0].n).toBe(75);
    const publicBank = await t.db.pool.query(`SELECT count(*)::int AS n FROM questions WHERE id = ANY($1::text[])`, [paper]);
    expect(publicBank.rows[0].n).toBe(0);
  });

  it('takes submissions inside the window and holds their scores back until the release', async () => {
    const now = Date.now();
    for (let i = 0; i < 24; i++) await sit(i, now - 30_000, now - 1000);
    // Student 2 submits a second sitting: only the first counts.
    const second = await takeTest(t, students[2]!, new Device('dev2b'), { testId: benchmarkId, testType: 'MONTHLY', questionIds: paper, startedAtMs: now - 20_000, submittedAtMs: now - 400 }, plan(5, now - 19_000));
    sittingOf.set(100, second);
    await sweep(t.db.pool, null);
    const res = await t.app.inject({ method: 'GET', url: `/api/test/results/${benchmarkId}`, headers: bearer(students[0]!.token) });
    const data = res.json().data;
    expect(data.results).toEqual([]);
    expect(data.submissions).toHaveLength(1);
    expect(data.submissions[0]).toMatchObject({ status: 'counted', reason_code: null });
    expect(await syncLogContains('KEYSECRET')).toBe(0);
    const leaks = await t.db.pool.query(`SELECT count(*)::int AS n FROM sync_ops WHERE object_type IN ('test_results', 'question_responses', 'student_mastery') AND data LIKE '%' || $1 || '%'`, [benchmarkId]);
    expect(leaks.rows[0].n).toBe(0);
    // The results are already written, sealed: the database holds one per counted sitting, and
    // nothing that answers a person (results, dashboard, data export) shows them.
    const sealed = await t.db.pool.query(`SELECT count(*)::int AS n, bool_or(published) AS published FROM test_results WHERE test_id = $1`, [benchmarkId]);
    expect(sealed.rows[0]).toEqual({ n: 24, published: false });
    const exported = await t.app.inject({ method: 'GET', url: '/api/user/data-export', headers: bearer(students[0]!.token) });
    expect(exported.json().data.tables.test_results).toEqual([]);
    expect(exported.json().data.tables.sitting_scores).toEqual([]);
    const dashboard = await t.app.inject({ method: 'GET', url: '/api/user/dashboard', headers: bearer(students[0]!.token) });
    expect(JSON.stringify(dashboard.json().data)).not.toContain(benchmarkId);
    const detail = await t.app.inject({ method: 'GET', url: `/api/coach/students/${students[0]!.id}/detail`, headers: bearer(coach.token) });
    expect(detail.statusCode).toBe(200);
    expect(JSON.stringify(detail.json().data)).not.toContain(benchmarkId);
    await refreshCohortSummaries(t.db.pool);
    const summaries = await t.db.pool.query(`SELECT count(*)::int AS n FROM cohort_student_summary WHERE latest_result ->> 'test_id' = $1`, [benchmarkId]);
    expect(summaries.rows[0].n).toBe(0);
    const dup = await t.db.pool.query('SELECT status, reason_code FROM benchmark_submission_status WHERE sitting_id = $1', [sittingOf.get(100)]);
    expect(dup.rows[0]).toEqual({ status: 'refused', reason_code: 'DUPLICATE_SITTING' });
  });

  it('counts sittings started inside the window and received within grace; refuses one started after close', async () => {
    await elapse(t.db.pool, benchmarkId, 3 * HOUR + 600); // now: 10 min after close, inside the 1 h grace
    const { opens, closes } = await bounds();
    for (const i of [24, 25]) await sit(i, opens + 20 * 60_000, opens + 2 * HOUR * 1000);
    // Student 26: the sitting and half its answers in one upload, the rest in a second one.
    const answers = plan(26, opens + 21 * 60_000);
    answersOf.set(26, answers);
    const device = new Device('dev26');
    const sid = await takeTest(t, students[26]!, device, { testId: benchmarkId, testType: 'MONTHLY', questionIds: paper, startedAtMs: opens + 20 * 60_000, submittedAtMs: opens + 2 * HOUR * 1000 }, answers.slice(0, 40));
    sittingOf.set(26, sid);
    await upload(t, students[26]!.token, answers.slice(40).map((a) => attemptOp(device, sid, students[26]!.id, { ...a, atMs: a.atMs - 10 * HOUR * 1000 })));
    await sit(29, closes + 2 * 60_000, closes + 8 * 60_000);
    await sweep(t.db.pool, null);

    // Ranking before the deadline does nothing: keys stay sealed.
    await rankJob(t.db.pool, benchmarkId, null);
    const b = await t.db.pool.query('SELECT status FROM benchmarks WHERE id = $1', [benchmarkId]);
    expect(b.rows[0].status).toBe('scheduled');
    expect(await syncLogContains('KEYSECRET')).toBe(0);

    const late = await t.db.pool.query(`SELECT status, flags FROM benchmark_submission_status WHERE sitting_id = $1`, [sittingOf.get(24)]);
    expect(late.rows[0]).toEqual({ status: 'counted', flags: ['LATE_WITHIN_GRACE'] });
    const after = await t.app.inject({ method: 'GET', url: `/api/test/results/${benchmarkId}`, headers: bearer(students[29]!.token) });
    expect(after.json().data.submissions[0]).toMatchObject({ status: 'refused', reason_code: 'STARTED_AFTER_CLOSE' });
  });

  it('refuses a submission received after the grace period, with a reason the student sees', async () => {
    await elapse(t.db.pool, benchmarkId, HOUR); // now: 1 h 10 min after close
    const { opens } = await bounds();
    await sit(28, opens + HOUR * 1000, opens + 2 * HOUR * 1000);
    await sweep(t.db.pool, null);
    const res = await t.app.inject({ method: 'GET', url: `/api/test/results/${benchmarkId}`, headers: bearer(students[28]!.token) });
    const s = res.json().data.submissions[0];
    expect(s).toMatchObject({ status: 'refused', reason_code: 'RECEIVED_AFTER_GRACE' });
    expect(s.reason).toMatch(/grace period/);
  });

  it('ranks at the deadline, releases the keys, and re-ranks when a within-grace submission commits late', async () => {
    await rankJob(t.db.pool, benchmarkId, null);
    await publishJob(t.db.pool, benchmarkId);
    expect(await syncLogContains('KEYSECRET')).toBeGreaterThan(0);
    // Released: every counted result is published in place, and the coach's summary shows it.
    const sealed = await t.db.pool.query(`SELECT count(*)::int AS n FROM test_results WHERE test_id = $1 AND NOT published`, [benchmarkId]);
    expect(sealed.rows[0].n).toBe(0);
    await refreshCohortSummaries(t.db.pool);
    const summaries = await t.db.pool.query(`SELECT count(*)::int AS n FROM cohort_student_summary WHERE latest_result ->> 'test_id' = $1`, [benchmarkId]);
    expect(summaries.rows[0].n).toBeGreaterThan(0);

    // Student 27's submission was received inside grace but its transaction committed after the ranking.
    const { opens, closes } = await bounds();
    const sid = await sit(27, opens + 30 * 60_000, opens + 2 * HOUR * 1000);
    await t.db.pool.query(`UPDATE sitting_submissions SET received_at = to_timestamp($2 / 1000.0) WHERE sitting_id = $1`, [sid, closes + 30 * 60_000]);
    await t.db.pool.query(`UPDATE attempts SET received_at = to_timestamp($2 / 1000.0) WHERE sitting_id = $1`, [sid, closes + 30 * 60_000]);
    const outcome = await scoreBatch(t.db.pool, [sid], null);
    expect(outcome.rerank).toEqual([benchmarkId]);
    await rankJob(t.db.pool, benchmarkId, null);
    await publishJob(t.db.pool, benchmarkId);

    const counted = Array.from({ length: 28 }, (_, i) => i);
    const exp = new Map(counted.map((i) => [i, expectedMarks(i)]));
    const pct = (score: (i: number) => number, i: number) => (100 * counted.filter((j) => score(j) <= score(i)).length) / counted.length;
    const ratio = (r: { right: number; wrong: number }) => (r.wrong === 0 ? 0 : r.right === 0 ? Infinity : r.wrong / r.right);
    const key = (i: number): number[] => {
      const e = exp.get(i)!;
      return [-e.total.marks, -e.MATH.marks, -e.PHYSICS.marks, -e.CHEMISTRY.marks, ratio(e.total), ratio(e.MATH), ratio(e.PHYSICS), ratio(e.CHEMISTRY)];
    };
    const ahead = (a: number[], b: number[]) => {
      for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
      return false;
    };
    const { rows } = await t.db.pool.query(
      `SELECT student_id, total_score, percentile, global_rank, estimated_rank, subject_scores,
              json_build_object('MATH', math_percentile, 'PHYSICS', physics_percentile, 'CHEMISTRY', chemistry_percentile) AS subject_percentiles
         FROM test_results WHERE test_id = $1`,
      [benchmarkId],
    );
    expect(rows).toHaveLength(28);
    const byStudent = new Map(rows.map((r) => [r.student_id, r]));
    for (const i of counted) {
      const r = byStudent.get(students[i]!.id);
      const e = exp.get(i)!;
      expect(r, `student ${i}`).toBeDefined();
      expect(r.total_score, `score ${i}`).toBe(e.total.marks);
      const p = pct((j) => exp.get(j)!.total.marks, i);
      expect(r.percentile, `percentile ${i}`).toBeCloseTo(p, 6);
      for (const s of SUBJ) expect(r.subject_percentiles[s], `${s} percentile ${i}`).toBeCloseTo(pct((j) => exp.get(j)![s].marks, i), 6);
      const rank = 1 + counted.filter((j) => ahead(key(j), key(i))).length;
      expect(r.global_rank, `rank ${i}`).toBe(rank);
      expect(r.estimated_rank).toBe(Math.min(1_350_000, Math.floor(((100 - r.percentile) * 1_350_000) / 100 + 1e-9) + 1));
    }
    // The planned exact tie shares a rank.
    expect(byStudent.get(students[0]!.id).global_rank).toBe(byStudent.get(students[1]!.id).global_rank);

    const responses = await t.db.pool.query(`SELECT count(*)::int AS n FROM question_responses q JOIN test_results r ON r.id = q.test_result_id WHERE r.test_id = $1`, [benchmarkId]);
    expect(responses.rows[0].n).toBe(28 * 75);
    // Each counted score names the benchmark's paper by reference (migration 026), and the
    // responses published from it pair every question with its own key, answer and marks.
    const byReference = await t.db.pool.query(
      `SELECT count(*) FILTER (WHERE question_ids IS NULL)::int AS by_ref, count(*)::int AS n FROM sitting_scores WHERE benchmark_id = $1 AND state = 'counted'`,
      [benchmarkId],
    );
    expect(byReference.rows[0]).toEqual({ by_ref: 28, n: 28 });
    const pairing = await t.db.pool.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE q.correct_answer IS DISTINCT FROM k.answer)::int AS wrong_key,
              count(*) FILTER (WHERE q.student_answer IS NOT NULL AND q.is_correct IS DISTINCT FROM (q.student_answer = k.answer))::int AS wrong_verdict,
              count(*) FILTER (WHERE q.marks_awarded <> CASE WHEN q.student_answer IS NULL THEN 0 WHEN q.student_answer = k.answer THEN 4 ELSE -1 END)::int AS wrong_marks
         FROM question_responses q JOIN test_results r ON r.id = q.test_result_id JOIN benchmark_bank k ON k.id = q.question_id
        WHERE r.test_id = $1 AND k.type = 'SINGLE'`,
      [benchmarkId],
    );
    expect(pairing.rows[0].n).toBeGreaterThan(0);
    expect(pairing.rows[0]).toMatchObject({ wrong_key: 0, wrong_verdict: 0, wrong_marks: 0 });
    const totals = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM test_results r
        WHERE r.test_id = $1 AND r.total_score <> (SELECT sum(q.marks_awarded) FROM question_responses q WHERE q.test_result_id = r.id)`,
      [benchmarkId],
    );
    expect(totals.rows[0].n).toBe(0);
    const refused = await t.db.pool.query(`SELECT count(*)::int AS n FROM benchmark_submission_status WHERE benchmark_id = $1 AND status = 'refused'`, [benchmarkId]);
    expect(refused.rows[0].n).toBe(3);

    // Leaderboard (top 10) for the class, own position through the API.
    const ranking = await t.app.inject({ method: 'GET', url: `/api/test/ranking/${MONTH}`, headers: bearer(students[5]!.token) });
    const rd = ranking.json().data;
    expect(rd.released).toBe(true);
    expect(rd.top).toHaveLength(10);
    expect(rd.top[0].rank).toBe(1);
    expect(rd.own.rank).toBe(byStudent.get(students[5]!.id).global_rank);
    expect(JSON.stringify(rd.top)).not.toContain(students[0]!.id);

    // Coaches are alerted about students below the 10th percentile.
    const poor = counted.filter((i) => pct((j) => exp.get(j)!.total.marks, i) < 10).map((i) => students[i]!.id).sort();
    const alerts = await t.db.pool.query(`SELECT student_id FROM coach_alerts WHERE kind = 'LOW_BENCHMARK_RANK' AND ref = $1 ORDER BY student_id`, [benchmarkId]);
    expect(poor.length).toBeGreaterThan(0);
    expect(alerts.rows.map((r) => r.student_id)).toEqual(poor);

    // Keys are now public; the paper's items joined the practice bank.
    const monthly = await t.app.inject({ method: 'GET', url: `/api/test/monthly/${MONTH}`, headers: bearer(students[0]!.token) });
    expect(monthly.json().data.paper[0].answer).toBeDefined();

    // Rerunning ranking and publication changes nothing.
    const snap = async () => (await t.db.pool.query(`SELECT * FROM test_results WHERE test_id = $1 ORDER BY id`, [benchmarkId])).rows;
    const before = await snap();
    await rankJob(t.db.pool, benchmarkId, null);
    await publishJob(t.db.pool, benchmarkId);
    await sweep(t.db.pool, null);
    expect(await snap()).toEqual(before);
  });

  it('after the release the dashboard predicts an all-India rank as a range from the score, and withholds the rank in a cohort of 28', async () => {
    for (const i of [0, 12, 27]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/user/dashboard', headers: bearer(students[i]!.token) });
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json().data;
      const marks = expectedMarks(i).total.marks;
      const own = predictRank({ basis: 'BENCHMARK', marks, maxMarks: 300, questions: 75 })!;
      expect(d.rank_prediction.basis).toBe('BENCHMARK');
      expect(d.rank_prediction.rank).toEqual(own.rank);
      expect(d.predicted_rank).toBe(own.rank.likely);
      expect(d.rank_prediction.rank.best).toBeLessThan(d.rank_prediction.rank.worst);
      // The cohort's percentile (100 for its top student) plays no part in the national figure.
      expect(d.cohort_standing).toEqual({ shown: false, rank: null, percentile: null, cohort_size: 28, reason: 'SMALL_COHORT', minimum: MIN_COHORT_FOR_STANDING });
    }
  });

  it('keeps a benchmark’s paper fixed once created: the scores name it by reference', async () => {
    const paper = await t.db.pool.query(`SELECT question_ids FROM benchmarks WHERE id = $1`, [benchmarkId]);
    await expect(
      t.db.pool.query(`UPDATE benchmarks SET question_ids = question_ids[1:74] WHERE id = $1`, [benchmarkId]),
    ).rejects.toMatchObject({ code: '23514', message: expect.stringContaining(`the paper of benchmark ${benchmarkId} cannot change`) });
    // Other columns still change.
    await t.db.pool.query(`UPDATE benchmarks SET title = title || ' ' WHERE id = $1`, [benchmarkId]);
    expect((await t.db.pool.query(`SELECT question_ids FROM benchmarks WHERE id = $1`, [benchmarkId])).rows).toEqual(paper.rows);
  });
});
