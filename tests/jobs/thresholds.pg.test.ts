import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BURNOUT_ALERT_THRESHOLD } from '@cr/shared/engine/index';
import { loadConfig } from '../../server/src/config.ts';
import { JOB, sweep } from '../../server/src/jobs/scoring.ts';
import { bearer, createTestApp, createUser, signupStudent, type SignedIn, type TestApp } from '../helpers/test-app.ts';
import { bankItems, Device, elapse, question, seedConcepts, takeTest, until, wrongAnswer, type BankItem } from './fixtures.ts';

// Benchmark and alert thresholds come from configuration (server/src/config.ts, documented in
// docs/benchmarks.md): validated with defaults, and read by the real job queue and admin API.

describe('threshold configuration', () => {
  it('has documented defaults and refuses bad values with the variable named', () => {
    const c = loadConfig({});
    expect(c.BENCHMARK_LEADERBOARD_TOP_N).toBe(10);
    expect(c.BENCHMARK_ALERT_PERCENTILE).toBe(10);
    expect(c.BENCHMARK_GRACE_DEFAULT_S).toBe(3600);
    expect(c.BURNOUT_ALERT_THRESHOLD).toBe(BURNOUT_ALERT_THRESHOLD);
    const set = loadConfig({ BENCHMARK_LEADERBOARD_TOP_N: '25', BENCHMARK_ALERT_PERCENTILE: '12.5', BENCHMARK_GRACE_DEFAULT_S: '0', BURNOUT_ALERT_THRESHOLD: '0.45' });
    expect(set).toMatchObject({ BENCHMARK_LEADERBOARD_TOP_N: 25, BENCHMARK_ALERT_PERCENTILE: 12.5, BENCHMARK_GRACE_DEFAULT_S: 0, BURNOUT_ALERT_THRESHOLD: 0.45 });
    for (const [key, value] of [
      ['BENCHMARK_LEADERBOARD_TOP_N', '0'],
      ['BENCHMARK_LEADERBOARD_TOP_N', '2.5'],
      ['BENCHMARK_ALERT_PERCENTILE', '101'],
      ['BENCHMARK_ALERT_PERCENTILE', 'ten'],
      ['BENCHMARK_GRACE_DEFAULT_S', '-1'],
      ['BENCHMARK_GRACE_DEFAULT_S', '604801'],
      ['BURNOUT_ALERT_THRESHOLD', '0'],
      ['BURNOUT_ALERT_THRESHOLD', '1.5'],
    ] as const) {
      expect(() => loadConfig({ [key]: value }), `${key}=${value}`).toThrow(new RegExp(key));
    }
  });
});

describe('configured thresholds in the running jobs', () => {
  let t: TestApp;
  let admin: SignedIn;
  const students: SignedIn[] = [];
  let bank: Map<string, BankItem>;

  beforeAll(async () => {
    t = await createTestApp({ BENCHMARK_LEADERBOARD_TOP_N: '3', BENCHMARK_ALERT_PERCENTILE: '50', BENCHMARK_GRACE_DEFAULT_S: '900' }, { jobs: true });
    await seedConcepts(t.db.pool);
    admin = await createUser(t, 'admin');
    const coach = await createUser(t, 'coach');
    const items = bankItems('TH', 22, 6);
    bank = new Map(items.map((it) => [it.id, it]));
    const added = await t.app.inject({ method: 'POST', url: '/api/admin/benchmarks/bank', headers: bearer(admin.token), payload: { questions: items.map(question) } });
    expect(added.statusCode, added.body).toBe(200);
    const cohort = await t.db.pool.query(`INSERT INTO cohorts (name, standard) VALUES ('Threshold batch', 12) RETURNING id`);
    await t.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohort.rows[0].id, coach.id]);
    for (let i = 0; i < 6; i++) {
      const s = await signupStudent(t.app, { full_name: `Threshold Student${i}` });
      students.push(s);
      await t.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohort.rows[0].id, s.id]);
    }
  });
  afterAll(async () => t?.close());

  it('a benchmark scheduled without grace_s gets the configured grace; the ranking job writes the configured top N and alert percentile', async () => {
    const now = Date.now();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/benchmarks',
      headers: bearer(admin.token),
      payload: { standard: 12, month: '2033-04', opens_at: new Date(now - 60_000).toISOString(), closes_at: new Date(now + 3600_000).toISOString() },
    });
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json().data as { id: string; grace_s: number; question_ids: string[] };
    expect(b.grace_s).toBe(900);

    // Six distinct scores: student i answers i × 5 questions right and the rest wrong.
    for (const [i, st] of students.entries()) {
      const answers = b.question_ids.map((q, j) => {
        const it = bank.get(q)!;
        return { questionId: q, concept: it.concept, answer: j < i * 5 ? it.answer : wrongAnswer(it), atMs: now - 20_000 + j };
      });
      await takeTest(t, st, new Device(`th${i}`), { testId: b.id, testType: 'MONTHLY', questionIds: b.question_ids, startedAtMs: now - 30_000, submittedAtMs: now - 1000 }, answers);
    }
    await sweep(t.db.pool, null);
    // The running queue also scores uploads as they arrive; rank only once all six count.
    await until(async () => (await t.db.pool.query(`SELECT count(*)::int AS n FROM sitting_scores WHERE benchmark_id = $1 AND state = 'counted' AND NOT stale`, [b.id])).rows[0].n === students.length, 'six counted sittings');
    await elapse(t.db.pool, b.id, 3600 + 900 + 60);
    // The real queue runs the ranking with the settings the process was configured with.
    await t.jobs!.send(JOB.rank, { benchmarkId: b.id });
    await until(async () => (await t.db.pool.query(`SELECT count(*)::int AS n FROM benchmark_leaderboard WHERE benchmark_id = $1`, [b.id])).rows[0].n > 0, 'leaderboard');
    const board = await t.db.pool.query(`SELECT position, rank, total_score FROM benchmark_leaderboard WHERE benchmark_id = $1 ORDER BY position`, [b.id]);
    expect(board.rows).toHaveLength(3);
    expect(board.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    // NTA percentiles of six distinct scores: 16.7, 33.3, 50, 66.7, 83.3, 100; below 50 are the two weakest.
    const alerts = await t.db.pool.query(`SELECT student_id, details FROM coach_alerts WHERE kind = 'LOW_BENCHMARK_RANK' AND ref = $1 ORDER BY student_id`, [b.id]);
    expect(alerts.rows.map((r) => r.student_id)).toEqual([students[0]!.id, students[1]!.id].sort());
    for (const a of alerts.rows) expect(a.details.threshold).toBe(50);
  });
});
