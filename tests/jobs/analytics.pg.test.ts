import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BURNOUT_ALERT_THRESHOLD } from '../../shared/src/engine/index.ts';
import { runNightlyAnalytics } from '../../server/src/scoring/analytics.ts';
import { createTestApp, createUser, signupStudent, type SignedIn, type TestApp } from '../helpers/test-app.ts';
import { attemptOp, bankItems, Device, seedConcepts, seedPublicQuestions, sittingOp, upload, wrongAnswer, type BankItem } from './fixtures.ts';

// Nightly analytics: one metrics row per student and day (a rerun replaces it), the engine's
// burnout assessment with reasons, and a coach alert when the risk crosses the threshold.

let t: TestApp;
let items: BankItem[];
let calm: SignedIn;
let strained: SignedIn;
const DAY = 86_400_000;
const NOW = Date.now();

beforeAll(async () => {
  t = await createTestApp();
  await seedConcepts(t.db.pool);
  items = bankItems('AN', 6, 2);
  await seedPublicQuestions(t.db.pool, items);
  calm = await signupStudent(t.app);
  strained = await signupStudent(t.app);
  const coach = await createUser(t, 'coach');
  const cohort = await t.db.pool.query(`INSERT INTO cohorts (name, standard) VALUES ('Night batch', 12) RETURNING id`);
  await t.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohort.rows[0].id, coach.id]);
  for (const s of [calm, strained]) await t.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohort.rows[0].id, s.id]);

  // Calm: an hour each afternoon for 12 days (IST), thoughtful answers, mostly right.
  const calmDevice = new Device('calm');
  const calmOps = [];
  for (let d = 12; d >= 0; d--) {
    const base = Math.floor((NOW - d * DAY) / DAY) * DAY + 10 * 3600_000; // 15:30 IST
    for (let k = 0; k < 6; k++) {
      const it = items[(d + k) % items.length]!;
      calmOps.push(attemptOp(calmDevice, null, calm.id, { questionId: it.id, concept: it.concept, answer: k < 5 ? it.answer : wrongAnswer(it), atMs: Math.min(NOW - 60_000, base + k * 120_000), timeMs: 60_000 }));
    }
  }
  await upload(t, calm.token, calmOps);

  // Strained: a 10-day streak of very late, very long nights with rapid guesses and falling
  // accuracy, then nothing for the last 4 days.
  const device = new Device('night');
  const ops = [];
  for (let d = 14; d >= 4; d--) {
    const start = Math.floor((NOW - d * DAY) / DAY) * DAY + 17 * 3600_000 + 45 * 60_000; // 23:15 IST
    for (let k = 0; k < 40; k++) {
      const it = items[k % items.length]!;
      const right = d > 9 ? k % 4 !== 0 : k % 4 === 0;
      ops.push(attemptOp(device, null, strained.id, { questionId: it.id, concept: it.concept, answer: right ? it.answer : wrongAnswer(it), atMs: start + k * 5 * 60_000, timeMs: k % 2 === 0 ? 900 : 30_000 }));
    }
  }
  await upload(t, strained.token, ops);
});
afterAll(async () => t.close());

describe('nightly analytics', () => {
  it('writes one metrics row per student and day, with the engine burnout assessment, and alerts the coach once', async () => {
    const first = await runNightlyAnalytics(t.db.pool, NOW);
    expect(first.students).toBeGreaterThanOrEqual(2);
    const again = await runNightlyAnalytics(t.db.pool, NOW + 60_000);
    expect(again.alerts).toBe(0);

    const { rows } = await t.db.pool.query(
      `SELECT student_id, burnout_risk, fatigue_score, stress_score, burnout_reasons, consistency_score, overall_mastery
         FROM student_performance_metrics WHERE student_id = ANY($1::uuid[])`,
      [[calm.id, strained.id]],
    );
    expect(rows).toHaveLength(2);
    const of = (id: string) => rows.find((r) => r.student_id === id);
    expect(of(strained.id).burnout_risk).toBeGreaterThanOrEqual(BURNOUT_ALERT_THRESHOLD);
    expect(of(calm.id).burnout_risk).toBeLessThan(BURNOUT_ALERT_THRESHOLD);
    expect(of(strained.id).burnout_reasons.map((r: { signal: string }) => r.signal)).toContain('brokenStreak');
    expect(of(calm.id).consistency_score).toBeGreaterThan(of(strained.id).consistency_score);

    const alerts = await t.db.pool.query(`SELECT student_id, kind, details FROM coach_alerts WHERE kind = 'BURNOUT_RISK'`);
    expect(alerts.rows.map((r) => r.student_id)).toEqual([strained.id]);
    expect(alerts.rows[0].details.reasons.length).toBeGreaterThan(0);
  });

  it('counts of a submitted sitting only the final answers at or before the submission, as scoring does', async () => {
    // Two students answer the same six questions right in a submitted weekly test; one device
    // also holds rewrites to wrong answers stamped after the submission (a clock or an offline
    // race). Those never count for the score, so they must not count for the metrics either.
    const [steady, rewritten] = [await signupStudent(t.app), await signupStudent(t.app)];
    const start = NOW - 2 * DAY;
    const submitAt = start + 40 * 60_000;
    for (const [student, rewrite] of [[steady, false], [rewritten, true]] as const) {
      const device = new Device(rewrite ? 'rewrite' : 'steady');
      const sittingId = crypto.randomUUID();
      const plan = { sittingId, testId: `weekly-${sittingId}`, testType: 'WEEKLY' as const, questionIds: items.slice(0, 6).map((i) => i.id), startedAtMs: start };
      const answers = items.slice(0, 6).map((it, k) => attemptOp(device, sittingId, student.id, { questionId: it.id, concept: it.concept, answer: it.answer, atMs: start + (k + 1) * 60_000, timeMs: 50_000 }));
      const ops: unknown[] = [sittingOp(device, { ...plan, submittedAtMs: submitAt }, student.id, submitAt), ...answers];
      if (rewrite) items.slice(0, 6).forEach((it, k) => ops.push(attemptOp(device, sittingId, student.id, { questionId: it.id, concept: it.concept, answer: wrongAnswer(it), atMs: submitAt + (k + 1) * 60_000, timeMs: 2_000 })));
      await upload(t, student.token, ops);
    }
    const stored = await t.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE student_id = $1', [rewritten.id]);
    expect(stored.rows[0].n).toBe(12);

    await runNightlyAnalytics(t.db.pool, NOW + 2 * 60_000);
    const { rows } = await t.db.pool.query(
      `SELECT DISTINCT ON (student_id) student_id, confidence_level, motivation_score, overall_mastery FROM student_performance_metrics
        WHERE student_id = ANY($1::uuid[]) ORDER BY student_id, measured_at DESC`,
      [[steady.id, rewritten.id]],
    );
    const of = (id: string) => rows.find((r) => r.student_id === id);
    expect(of(steady.id).overall_mastery).toBeCloseTo(of(rewritten.id).overall_mastery, 9);
    expect(of(rewritten.id).confidence_level).toBeCloseTo(of(steady.id).confidence_level, 9);
    expect(of(rewritten.id).confidence_level).toBeGreaterThan(0.5 * of(rewritten.id).overall_mastery);
  });
});
