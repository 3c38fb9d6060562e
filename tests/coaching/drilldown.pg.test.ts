import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from '../helpers/test-app.ts';

/**
 * The coach drill-down judges correctness on the server from the answer keys. A device that
 * claims every answer was right (is_correct = true on all of them) must not make the coach see
 * a perfect student: 9 answers, 3 right by the keys, is 3 of 9.
 */

let t: TestApp;
let coach: SignedIn;
let student: SignedIn;
let cohort = '';
const q = (sql: string, v: unknown[] = []) => t.db.pool.query(sql, v);
let n = 0;
const uuid = () => `0190f000-0000-7000-8000-${String(++n).padStart(12, '0')}`;

beforeAll(async () => {
  t = await createTestApp();
  [coach, student] = await Promise.all([createUser(t, 'coach'), createUser(t, 'student')]);
  await q(`INSERT INTO units (id, subject, title, ordinal, exam_weight) VALUES ('M.U01', 'MATH', 'Algebra', 1, 0.5), ('P.U01', 'PHYSICS', 'Mechanics', 1, 0.5)`);
  await q(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES
           ('CA', 'Quadratics', 'MATH', 'M.U01', 1, 2, 0.5), ('CP', 'Kinematics', 'PHYSICS', 'P.U01', 1, 2, 0.5)`);
  // Nine questions: six maths (key A), three physics (integer key 7).
  for (let i = 1; i <= 6; i++) {
    await q(`INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, difficulty, source)
             VALUES ($1, 'MATH', 'CA', 'SINGLE', 'q', '[{"key":"A","text":"1"},{"key":"B","text":"2"},{"key":"C","text":"3"},{"key":"D","text":"4"}]', 'A', 2, 'Test')`, [`QM${i}`]);
  }
  for (let i = 1; i <= 3; i++) {
    await q(`INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, difficulty, source) VALUES ($1, 'PHYSICS', 'CP', 'INTEGER', 'q', NULL, '7', 2, 'Test')`, [`QP${i}`]);
  }
  cohort = (await q(`INSERT INTO cohorts (name, standard) VALUES ('Alpha', 12) RETURNING id`)).rows[0].id;
  await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohort, coach.id]);
  await q('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohort, student.id]);
  // What the device sent: every answer flagged correct. By the keys: QM1, QM2 and QP1 are right.
  const answers: Array<[string, string, string, number]> = [
    ['QM1', 'CA', 'A', 20_000],
    ['QM2', 'CA', 'A', 30_000],
    ['QM3', 'CA', 'B', 2_000],
    ['QM4', 'CA', 'C', 1_500],
    ['QM5', 'CA', 'D', 25_000],
    ['QM6', 'CA', 'B', 3_000],
    ['QP1', 'CP', '7', 40_000],
    ['QP2', 'CP', '8', 1_000],
    ['QP3', 'CP', '70', 50_000],
  ];
  for (const [i, [question, concept, answer, ms]] of answers.entries()) {
    await q(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
       VALUES ($1, $2, $3, $4, $5, true, $6, now() - interval '1 hour', $7)`,
      [uuid(), student.id, question, concept, answer, ms, `${Date.now() - 3_600_000 + i}:000${i}:dev1`],
    );
  }
}, 240_000);
afterAll(async () => t.close());

describe('coach drill-down correctness', () => {
  it('counts what the keys say was right, never the device flag', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/coach/students/${student.id}/detail`, headers: bearer(coach.token) });
    expect(res.statusCode).toBe(200);
    const timing = res.json().data.timing as Array<{ subject: string; attempts: number; correct: number; accuracy: number; rushed: number }>;
    const math = timing.find((x) => x.subject === 'MATH');
    const physics = timing.find((x) => x.subject === 'PHYSICS');
    expect(math).toMatchObject({ attempts: 6, correct: 2, rushed: 3 });
    expect(math?.accuracy).toBeCloseTo(2 / 6, 3);
    expect(physics).toMatchObject({ attempts: 3, correct: 1, rushed: 1 });
    expect(physics?.accuracy).toBeCloseTo(1 / 3, 3);
    const total = timing.reduce((s, x) => s + x.correct, 0);
    expect(total).toBe(3);
  });

  it('lists recent answers with the server verdict', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/coach/students/${student.id}/detail`, headers: bearer(coach.token) });
    const recent = res.json().data.recent_answers as Array<{ question_id: string; correct: boolean | null }>;
    expect(recent).toHaveLength(9);
    expect(recent.filter((a) => a.correct === true).map((a) => a.question_id).sort()).toEqual(['QM1', 'QM2', 'QP1']);
  });

  it('leaves out answers to a benchmark that is not released', async () => {
    await q(
      `INSERT INTO benchmark_bank (id, subject, primary_concept_id, type, text, options, answer, difficulty, source) VALUES ('BQ1', 'MATH', 'CA', 'INTEGER', 'q', NULL, '3', 2, 'Sealed')`,
    );
    await q(
      `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at, grace_s)
       VALUES ('BM-T', 12, date_trunc('month', now())::date, 'Benchmark', '{BQ1}', 4, now() - interval '1 hour', now() + interval '1 hour', 0)`,
    );
    const sitting = uuid();
    await q(`INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, started_at) VALUES ($1, $2, 'BM-T', 'MONTHLY', '{BQ1}', now())`, [sitting, student.id]);
    await q(
      `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
       VALUES ($1, $2, $3, 'BQ1', 'CA', '3', true, 9000, now(), $4)`,
      [uuid(), student.id, sitting, `${Date.now()}:0100:dev1`],
    );
    const res = await t.app.inject({ method: 'GET', url: `/api/coach/students/${student.id}/detail`, headers: bearer(coach.token) });
    const math = (res.json().data.timing as Array<{ subject: string; attempts: number; correct: number }>).find((x) => x.subject === 'MATH');
    expect(math).toMatchObject({ attempts: 6, correct: 2 });
    expect((res.json().data.recent_answers as Array<{ question_id: string }>).some((a) => a.question_id === 'BQ1')).toBe(false);
  });
});
