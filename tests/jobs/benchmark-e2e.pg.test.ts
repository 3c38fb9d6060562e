import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PowerSyncDatabase } from '@powersync/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, JEE_MAIN_CANDIDATES, rankSubmissions, type Submission } from '@cr/shared/engine/index';
import { publishJob, rankJob, sweep } from '../../server/src/jobs/scoring.ts';
import { deviceConnector } from '../sync/helpers/client.ts';
import type { SyncConnector } from '../../client/src/data/sync/connector.ts';
import { appSchema } from '../../client/src/data/sync/schema.ts';
import { uuidv7 } from '../sync/helpers/rows.ts';
import { SyncTestServer, waitFor } from '../sync/helpers/server.ts';
import { bankItems, elapse, question, seedConcepts, wrongAnswer, SUBJ, type BankItem, type Subj } from './fixtures.ts';

// A monthly benchmark end to end with real @powersync/node clients
// standing in for students, against the server's own /sync/stream and /sync/upload.
//
// An admin schedules the benchmark through the admin API; the paper reaches every device before
// the window opens, without keys. Students start and answer inside the window; some stay offline
// (disconnected: their writes wait in the device's upload queue) until after close and submit
// within grace; one reconnects only after grace and is refused with a reason it sees; one tampers
// with an answer after submitting (ignored, flagged). The ranking job runs at close + grace and
// every device ends with its rank and percentile, checked against an independent computation
// (marks recomputed here from the answers, standings from the engine's rankSubmissions over those
// marks); the leaderboard reaches the class and the keys reach devices only after the release.
//
// Time: the server's clock is not mocked. `elapse` moves every stored instant of the benchmark
// and its sittings into the past, as if that much time had gone by; the job functions (sweep,
// rankJob, publishJob) are what the queue would run at those moments. An offline device writes
// with its own clock, which the test sets inside the window (the server trusts only receipt time).
// SOAK=1 runs a larger class.

const N = process.env.SOAK ? 40 : 10;
const HOUR_S = 3600;
const MONTH = '2031-03';

type Role = 'online' | 'late' | 'tooLate' | 'tamper';
/** Per ten students: 6 online (two of them an exact tie), 2 offline until after close, 1 offline until after grace, 1 tampering. */
const roleOf = (i: number): Role => (['online', 'online', 'online', 'online', 'online', 'online', 'late', 'late', 'tooLate', 'tamper'] as const)[i % 10] as Role;


interface Student {
  i: number;
  id: string;
  role: Role;
  db: PowerSyncDatabase;
  connector: SyncConnector;
  dir: string;
  sittingId: string;
  /** The answers the device gave before submitting (null = left blank). */
  answers: Map<string, string | null>;
  counter: number;
}

let s: SyncTestServer;
let adminToken = '';
let bank: Map<string, BankItem>;
let benchmarkId = '';
let paper: string[] = [];
const students: Student[] = [];

const connect = (st: Student) => st.db.connect(st.connector, { retryDelayMs: 250, crudUploadThrottleMs: 0 });

/** The device's HLC at its own clock `ms`. */
function stamp(st: Student, ms: number): string {
  st.counter += 1;
  return formatHlc({ wallMs: Math.floor(ms), counter: st.counter, node: `dev${st.i}` });
}

/** Resolves when the device is connected, has applied a full checkpoint and has nothing left to upload. */
async function settled(st: Student, timeoutMs = 40_000): Promise<void> {
  await waitFor(async () => {
    const status = st.db.currentStatus;
    const pending = await st.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud');
    // ps_crud empties only after the server answered the upload (complete()).
    return status.connected && status.hasSynced && !status.dataFlowStatus.downloading && !status.dataFlowStatus.uploading && pending[0]?.n === 0;
  }, timeoutMs, `device ${st.i} to settle`);
}

async function rows<T>(st: Student, sql: string, params: unknown[] = []): Promise<T[]> {
  return st.db.getAll<T>(sql, params);
}

async function bounds(): Promise<{ opens: number; closes: number; deadline: number }> {
  const { rows: r } = await s.db.pool.query(
    `SELECT (extract(epoch FROM opens_at) * 1000)::float8 AS opens, (extract(epoch FROM closes_at) * 1000)::float8 AS closes,
            (extract(epoch FROM closes_at + make_interval(secs => grace_s)) * 1000)::float8 AS deadline FROM benchmarks WHERE id = $1`,
    [benchmarkId],
  );
  return r[0] as { opens: number; closes: number; deadline: number };
}

/** Deterministic answers: ability rises with the index; student 1 copies student 0 (an exact tie). */
function plannedAnswers(i: number): Map<string, string | null> {
  const who = i === 1 ? 0 : i;
  return new Map(
    paper.map((qid, j) => {
      const it = bank.get(qid) as BankItem;
      const r = ((who * 7919 + j * 104729) % 1000) / 1000;
      const ability = 0.15 + (0.8 * who) / N;
      return [qid, r < ability ? it.answer : r < ability + (1 - ability) / 2 ? wrongAnswer(it) : null];
    }),
  );
}

/** Starts the paper on the device (own transaction), answers it (another), submits it (a third): three upload transactions. */
async function sitOnDevice(st: Student, startedMs: number, submittedMs: number): Promise<void> {
  st.sittingId = uuidv7(startedMs);
  st.answers = plannedAnswers(st.i);
  await st.db.execute(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, duration_limit_s, field_hlc)
     VALUES (?, ?, ?, 'MONTHLY', 'JEE_MAIN', ?, 'in_progress', ?, 10800, '{}')`,
    [st.sittingId, st.id, benchmarkId, JSON.stringify(paper), new Date(startedMs).toISOString()],
  );
  await st.db.writeTransaction(async (tx) => {
    let j = 0;
    for (const [qid, answer] of st.answers) {
      j += 1;
      if (answer === null) continue;
      const at = startedMs + Math.floor(((submittedMs - startedMs) * j) / (paper.length + 1));
      const it = bank.get(qid) as BankItem;
      await tx.execute(
        `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
         VALUES (?, ?, ?, ?, ?, ?, 1, 45000, ?, ?)`,
        [uuidv7(at), st.id, st.sittingId, qid, it.concept, answer, new Date(at).toISOString(), stamp(st, at)],
      );
    }
  });
  const submitStamp = stamp(st, submittedMs);
  await st.db.execute(`UPDATE test_sittings SET status = 'submitted', submitted_at = ?, field_hlc = ? WHERE id = ?`, [
    new Date(submittedMs).toISOString(),
    JSON.stringify({ status: submitStamp, submitted_at: submitStamp }),
    st.sittingId,
  ]);
}

/** Every text the device stores for synced data (tables, untyped rows, the oplog). */
async function deviceText(st: Student): Promise<string> {
  const tables = await rows<{ name: string }>(st, `SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'ps_data%' OR name IN ('ps_untyped', 'ps_oplog'))`);
  const parts: string[] = [];
  for (const t of tables) parts.push(JSON.stringify(await rows(st, `SELECT * FROM "${t.name}"`)));
  return parts.join('\n');
}

async function statusOf(st: Student): Promise<{ status: string; reason_code: string | null; reason: string | null; flags: string } | undefined> {
  return (await rows<{ status: string; reason_code: string | null; reason: string | null; flags: string }>(st, 'SELECT status, reason_code, reason, flags FROM benchmark_submission_status WHERE sitting_id = ?', [st.sittingId]))[0];
}

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedConcepts(s.db.pool);
  const admin = await s.user('admin');
  adminToken = await s.token(admin.email, admin.password);
  const items = bankItems('E2E', 22, 6);
  bank = new Map(items.map((it) => [it.id, it]));
  const added = await s.app.inject({ method: 'POST', url: '/api/admin/benchmarks/bank', headers: { authorization: `Bearer ${adminToken}` }, payload: { questions: items.map(question) } });
  expect(added.statusCode, added.body).toBe(200);
  for (let i = 0; i < N; i++) {
    const u = await s.user('student');
    await s.db.pool.query('UPDATE users SET full_name = $2 WHERE id = $1', [u.id, `Student Number${i}`]);
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-bm-'));
    const db = new PowerSyncDatabase({ schema: appSchema, database: { dbFilename: `${path.basename(dir)}.db`, dbLocation: dir } });
    await db.init();
    students.push({ i, id: u.id, role: roleOf(i), db, dir, connector: deviceConnector({ endpoint: s.url, email: u.email, password: u.password }), sittingId: '', answers: new Map(), counter: 0 });
  }
  for (const st of students) await connect(st);
}, 240_000);

afterAll(async () => {
  for (const st of students) {
    await st.db.disconnect().catch(() => undefined);
    await st.db.close().catch(() => undefined);
    rmSync(st.dir, { recursive: true, force: true });
  }
  await s?.close();
}, 60_000);

describe('a monthly benchmark with real @powersync/node clients', { timeout: 120_000 }, () => {
  it('the admin schedules it; the paper reaches every device before the window, without keys', async () => {
    const now = Date.now();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/admin/benchmarks',
      headers: { authorization: `Bearer ${adminToken}` },
      payload: { standard: 12, month: MONTH, opens_at: new Date(now + 10 * 60_000).toISOString(), closes_at: new Date(now + 3 * HOUR_S * 1000).toISOString(), grace_s: HOUR_S },
    });
    expect(res.statusCode, res.body).toBe(201);
    benchmarkId = res.json().data.id;
    paper = res.json().data.question_ids;
    expect(paper).toHaveLength(75);

    for (const st of students) {
      await waitFor(async () => (await rows<{ n: number }>(st, 'SELECT count(*) AS n FROM benchmark_questions WHERE benchmark_id = ?', [benchmarkId]))[0]?.n === 75, 40_000, `paper on device ${st.i}`);
      await settled(st);
      const b = await rows<{ status: string; opens_at: string }>(st, 'SELECT status, opens_at FROM benchmarks WHERE id = ?', [benchmarkId]);
      expect(b[0]?.status).toBe('scheduled');
      // The window has not opened yet.
      expect(Date.parse(b[0]!.opens_at)).toBeGreaterThan(Date.now());
      // Security: no key, explanation or tolerance on the device, in any table or the oplog.
      const raw = await rows<{ data: string }>(st, 'SELECT data FROM ps_data__benchmark_questions');
      expect(raw).toHaveLength(75);
      for (const r of raw) {
        const keys = Object.keys(JSON.parse(r.data) as object);
        expect(keys.filter((k) => ['answer', 'explanation', 'tolerance', 'correct_answer'].includes(k))).toEqual([]);
      }
      expect((await rows<{ n: number }>(st, 'SELECT count(*) AS n FROM benchmark_answer_keys'))[0]?.n).toBe(0);
      expect(await deviceText(st)).not.toContain('KEYSECRET');
    }
  });

  it('students sit it inside the window; the offline ones keep their work queued on the device', async () => {
    // Two hours later: the window opened 1 h 50 min ago.
    await elapse(s.db.pool, benchmarkId, 2 * HOUR_S);
    for (const st of students.filter((x) => x.role !== 'online' && x.role !== 'tamper')) await st.db.disconnect();

    const now = Date.now();
    for (const st of students.filter((x) => x.role === 'online' || x.role === 'tamper')) await sitOnDevice(st, now - 90 * 60_000 + st.i * 1000, now - 1000);
    for (const st of students.filter((x) => x.role === 'online' || x.role === 'tamper')) await settled(st);
    await sweep(s.db.pool, null);

    for (const st of students.filter((x) => x.role === 'online' || x.role === 'tamper')) {
      await waitFor(async () => (await statusOf(st))?.status === 'counted', 20_000, `status on device ${st.i}`);
      expect(await statusOf(st)).toMatchObject({ status: 'counted', reason_code: null });
      // Nothing about correctness reaches a device before the release.
      expect(await rows(st, 'SELECT * FROM test_results WHERE test_id = ?', [benchmarkId])).toEqual([]);
    }
    // The offline students' sittings have not reached the server.
    for (const st of students.filter((x) => x.role === 'late' || x.role === 'tooLate')) {
      const server = await s.db.pool.query('SELECT count(*)::int AS n FROM test_sittings WHERE student_id = $1', [st.id]);
      expect(server.rows[0].n).toBe(0);
    }
  });

  it('a submitted answer cannot be changed: a later edit from the device is ignored and flagged', async () => {
    for (const st of students.filter((x) => x.role === 'tamper')) {
      const qid = paper[0] as string;
      const it = bank.get(qid) as BankItem;
      const at = Date.now();
      // A patched client rewrites question 1 after submitting (stamped after the submission).
      await st.db.execute(
        `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc) VALUES (?, ?, ?, ?, ?, ?, 1, 1000, ?, ?)`,
        [uuidv7(at), st.id, st.sittingId, qid, it.concept, st.answers.get(qid) === it.answer ? wrongAnswer(it) : it.answer, new Date(at).toISOString(), stamp(st, at)],
      );
      await settled(st);
    }
    await sweep(s.db.pool, null);
    for (const st of students.filter((x) => x.role === 'tamper')) {
      await waitFor(async () => JSON.parse((await statusOf(st))?.flags ?? '[]').includes('POST_SUBMISSION_ANSWERS'), 20_000, `flag on device ${st.i}`);
      expect((await statusOf(st))?.status).toBe('counted');
    }
  });

  it('offline students reconnect after close and submit within grace: counted, late', async () => {
    const { closes } = await bounds();
    await elapse(s.db.pool, benchmarkId, Math.ceil((closes - Date.now()) / 1000) + 10 * 60); // 10 min after close
    const { opens, closes: closed } = await bounds();
    expect(Date.now()).toBeGreaterThan(closed);
    for (const st of students.filter((x) => x.role === 'late' || x.role === 'tooLate')) {
      // Written offline, with the device's clock inside the window.
      await sitOnDevice(st, opens + 20 * 60_000 + st.i * 1000, opens + 2 * HOUR_S * 1000);
    }
    for (const st of students.filter((x) => x.role === 'late')) await connect(st);
    for (const st of students.filter((x) => x.role === 'late')) await settled(st);
    await sweep(s.db.pool, null);
    for (const st of students.filter((x) => x.role === 'late')) {
      await waitFor(async () => (await statusOf(st))?.status === 'counted', 20_000, `status on device ${st.i}`);
      expect(await statusOf(st)).toMatchObject({ status: 'counted', reason_code: null, flags: JSON.stringify(['LATE_WITHIN_GRACE']) });
    }

    // The ranking job before the deadline does nothing: the keys stay sealed.
    await rankJob(s.db.pool, benchmarkId, null);
    expect((await s.db.pool.query('SELECT status FROM benchmarks WHERE id = $1', [benchmarkId])).rows[0].status).toBe('scheduled');
    for (const st of students.filter((x) => x.role !== 'tooLate')) {
      await settled(st);
      expect((await rows<{ n: number }>(st, 'SELECT count(*) AS n FROM benchmark_answer_keys'))[0]?.n).toBe(0);
      expect(await deviceText(st)).not.toContain('KEYSECRET');
    }
  });

  it('a device that reconnects after grace is refused, with the reason on the device', async () => {
    const { deadline } = await bounds();
    await elapse(s.db.pool, benchmarkId, Math.ceil((deadline - Date.now()) / 1000) + 10 * 60); // 10 min after the deadline
    for (const st of students.filter((x) => x.role === 'tooLate')) await connect(st);
    for (const st of students.filter((x) => x.role === 'tooLate')) await settled(st);
    await sweep(s.db.pool, null);
    for (const st of students.filter((x) => x.role === 'tooLate')) {
      await waitFor(async () => (await statusOf(st))?.status === 'refused', 20_000, `status on device ${st.i}`);
      const status = await statusOf(st);
      expect(status).toMatchObject({ status: 'refused', reason_code: 'RECEIVED_AFTER_GRACE' });
      expect(status?.reason).toMatch(/grace period/);
      // The work itself is kept on the server, never lost.
      const kept = await s.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE sitting_id = $1', [st.sittingId]);
      expect(kept.rows[0].n).toBe([...st.answers.values()].filter((a) => a !== null).length);
    }
  });

  it('the ranking at close + grace reaches every device: rank, percentiles, leaderboard, keys', async () => {
    await rankJob(s.db.pool, benchmarkId, null);
    await publishJob(s.db.pool, benchmarkId);

    // Independent expectation: marks recomputed here (+4 right, −1 wrong, 0 blank; numericals as
    // rounded integers) from the answers each device gave before submitting, standings from the
    // engine's rankSubmissions over those marks.
    const counted = students.filter((x) => x.role !== 'tooLate');
    const subs: Submission[] = counted.map((st) => {
      const t = () => ({ marks: 0, right: 0, wrong: 0 });
      const tally: Record<'total' | Subj, { marks: number; right: number; wrong: number }> = { total: t(), MATH: t(), PHYSICS: t(), CHEMISTRY: t() };
      for (const [qid, answer] of st.answers) {
        if (answer === null) continue;
        const it = bank.get(qid) as BankItem;
        const right = it.type === 'SINGLE' ? answer === it.answer : Math.round(Number(answer)) === Math.round(Number(it.answer));
        for (const k of ['total', it.subject] as const) {
          tally[k].marks += right ? 4 : -1;
          tally[k][right ? 'right' : 'wrong'] += 1;
        }
      }
      return { id: st.id, total: tally.total, bySubject: { MATH: tally.MATH, PHYSICS: tally.PHYSICS, CHEMISTRY: tally.CHEMISTRY } };
    });
    const expected = new Map(rankSubmissions(subs, JEE_MAIN_CANDIDATES).map((x) => [x.id, x]));
    const marks = new Map(subs.map((x) => [x.id, x.total.marks]));
    // Hand check of the NTA percentile: share of the cohort scoring at or below.
    for (const sub of subs) {
      const nta = (100 * subs.filter((o) => o.total.marks <= sub.total.marks).length) / subs.length;
      expect(expected.get(sub.id)?.percentile).toBeCloseTo(nta, 6);
    }

    for (const st of counted) {
      await waitFor(async () => (await rows<{ n: number }>(st, 'SELECT count(*) AS n FROM test_results WHERE test_id = ? AND global_rank IS NOT NULL', [benchmarkId]))[0]?.n === 1, 30_000, `result on device ${st.i}`);
      await settled(st);
      const [r] = await rows<{
        total_score: number; percentile: number; global_rank: number; estimated_rank: number; subject_scores: string;
        math_percentile: number; physics_percentile: number; chemistry_percentile: number;
      }>(
        st,
        'SELECT total_score, percentile, global_rank, estimated_rank, subject_scores, math_percentile, physics_percentile, chemistry_percentile FROM test_results WHERE test_id = ?',
        [benchmarkId],
      );
      const e = expected.get(st.id)!;
      expect(r!.total_score, `score of ${st.i}`).toBe(marks.get(st.id));
      expect(Number(r!.percentile), `percentile of ${st.i}`).toBeCloseTo(e.percentile, 6);
      expect(r!.global_rank, `rank of ${st.i}`).toBe(e.rank);
      expect(r!.estimated_rank, `all-India rank of ${st.i}`).toBe(e.predictedAllIndiaRank);
      const subjects = { MATH: r!.math_percentile, PHYSICS: r!.physics_percentile, CHEMISTRY: r!.chemistry_percentile } satisfies Record<Subj, number>;
      for (const subj of SUBJ) expect(subjects[subj], `${subj} percentile of ${st.i}`).toBeCloseTo(e.subjectPercentile[subj], 6);
      // The tallies alone: a percentile is never inside subject_scores.
      for (const subj of SUBJ) expect(Object.keys((JSON.parse(r!.subject_scores) as Record<Subj, object>)[subj]).sort()).toEqual(['marks', 'right', 'unanswered', 'wrong']);
    }
    // The planned exact tie shares a rank.
    expect(expected.get(students[0]!.id)?.rank).toBe(expected.get(students[1]!.id)?.rank);

    // The refused student has no result; the leaderboard and the keys reach the whole class.
    const order = [...expected.values()].sort((a, b) => a.rank - b.rank);
    const topN = Math.min(10, counted.length);
    for (const st of students) {
      await waitFor(async () => (await rows<{ n: number }>(st, 'SELECT count(*) AS n FROM benchmark_answer_keys WHERE benchmark_id = ?', [benchmarkId]))[0]?.n === 75, 30_000, `keys on device ${st.i}`);
      await waitFor(async () => (await rows<{ n: number }>(st, 'SELECT count(*) AS n FROM benchmark_leaderboard WHERE benchmark_id = ?', [benchmarkId]))[0]?.n === topN, 30_000, `leaderboard on device ${st.i}`);
      const board = await rows<{ position: number; rank: number; total_score: number; display_name: string }>(st, 'SELECT position, rank, total_score, display_name FROM benchmark_leaderboard WHERE benchmark_id = ? ORDER BY position', [benchmarkId]);
      expect(board.map((b) => b.rank)).toEqual(order.slice(0, topN).map((x) => x.rank));
      expect(board.map((b) => b.total_score)).toEqual(order.slice(0, topN).map((x) => marks.get(x.id)));
      expect(JSON.stringify(board)).not.toContain(st.id);
      expect(await deviceText(st)).toContain('KEYSECRET');
      const b = await rows<{ status: string; candidates: number }>(st, 'SELECT status, candidates FROM benchmarks WHERE id = ?', [benchmarkId]);
      expect(b[0]).toEqual({ status: 'released', candidates: counted.length });
    }
    for (const st of students.filter((x) => x.role === 'tooLate')) {
      expect(await rows(st, 'SELECT * FROM test_results WHERE test_id = ?', [benchmarkId])).toEqual([]);
    }
  });
});
