import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshChangedSummaries, refreshCohortSummaries, studentsChangedSince, summaryRunner } from '../../server/src/coaching/summary.ts';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let coachA: SignedIn;
let coachB: SignedIn;
let admin: SignedIn;
let s1: SignedIn;
let s2: SignedIn;
let s3: SignedIn;
let cohortA = '';
let cohortB = '';

const q = (sql: string, v: unknown[] = []) => t.db.pool.query(sql, v);
const get = (who: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(who.token) });
let n = 0;
const uuid = () => `0190f000-0000-7000-8000-${String(++n).padStart(12, '0')}`;

beforeAll(async () => {
  t = await createTestApp();
  [coachA, coachB, admin, s1, s2, s3] = await Promise.all([
    createUser(t, 'coach'),
    createUser(t, 'coach'),
    createUser(t, 'admin'),
    createUser(t, 'student'),
    createUser(t, 'student'),
    createUser(t, 'student'),
  ]);
  await q(`INSERT INTO units (id, subject, title, ordinal, exam_weight) VALUES ('M.U01', 'MATH', 'Algebra', 1, 0.5), ('P.U01', 'PHYSICS', 'Mechanics', 1, 0.5)`);
  await q(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES
           ('CA', 'Quadratics', 'MATH', 'M.U01', 1, 2, 0.5), ('CB', 'Sequences', 'MATH', 'M.U01', 1, 2, 0.4), ('CP', 'Kinematics', 'PHYSICS', 'P.U01', 1, 2, 0.6)`);
  cohortA = (await q(`INSERT INTO cohorts (name, standard) VALUES ('Alpha', 12) RETURNING id`)).rows[0].id;
  cohortB = (await q(`INSERT INTO cohorts (name, standard) VALUES ('Beta', 12) RETURNING id`)).rows[0].id;
  await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2), ($3, $4)', [cohortA, coachA.id, cohortB, coachB.id]);
  await q('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2), ($1, $3), ($4, $5)', [cohortA, s1.id, s2.id, cohortB, s3.id]);
  await q(`UPDATE users SET full_name = 'Asha' WHERE id = $1`, [s1.id]);
  // s1: active, mastery in two units, a result, burnout reasons, a ranking alert. s2: inactive for 20 days.
  await q(`INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct) VALUES
           ($1, 'CA', 0.8, 5, 4), ($1, 'CB', 0.4, 5, 2), ($1, 'CP', 0.3, 4, 1)`, [s1.id]);
  // Question Q's key is 4: the drill-down judges each answer by it (the device's is_correct is ignored).
  await q(`INSERT INTO questions (id, subject, primary_concept_id, type, text, answer, difficulty, source) VALUES ('Q', 'MATH', 'CA', 'INTEGER', 'q', '4', 2, 'test')`);
  for (const [i, ms, ok] of [[0, 2000, false], [1, 40000, true], [2, 30000, true]] as const) {
    await q(`INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc) VALUES ($1, $2, 'Q', $3, $4, $5, $6, now() - interval '1 hour', $7)`, [
      uuid(), s1.id, i === 2 ? 'CP' : 'CA', ok ? '4' : '5', ok, ms, `${Date.now()}:000${i}:dev1`,
    ]);
  }
  await q(`INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc, received_at) VALUES ($1, $2, 'Q', 'CA', true, 1000, now() - interval '20 days', $3, now() - interval '20 days')`, [uuid(), s2.id, `${Date.now()}:0009:dev2`]);
  const sitting = uuid();
  await q(`INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, started_at) VALUES ($1, $2, 'W-1', 'WEEKLY', '{Q}', now())`, [sitting, s1.id]);
  await q(`INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, percentile, estimated_rank, test_date) VALUES ($1, $2, 'W-1', 'WEEKLY', 120, 300, 81.5, 4200, current_date)`, [s1.id, sitting]);
  await q(`INSERT INTO student_performance_metrics (student_id, overall_mastery, burnout_risk, burnout_reasons) VALUES ($1, 0.5, 0.72, '["late-night sessions", "accuracy falling"]')`, [s1.id]);
  await q(`INSERT INTO coach_alerts (cohort_id, student_id, kind, ref, severity, message) VALUES ($1, $2, 'LOW_BENCHMARK_RANK', 'BM-1', 'warning', 'rank fell')`, [cohortA, s1.id]);
}, 240_000);
afterAll(async () => t.close());

describe('cohort summaries', () => {
  it('computes per-unit mastery, activity, latest result, burnout reasons and flags', async () => {
    const written = await refreshCohortSummaries(t.db.pool);
    expect(written).toBe(3);
    const { rows } = await q('SELECT * FROM cohort_student_summary WHERE cohort_id = $1 ORDER BY display_name', [cohortA]);
    expect(rows).toHaveLength(2);
    const asha = rows.find((r) => r.student_id === s1.id)!;
    expect(asha.display_name).toBe('Asha');
    // Evidence-capped: CA min(0.8, 5/7), CB min(0.4, 3/7), CP min(0.3, 2/6).
    expect(asha.unit_mastery).toEqual({ 'M.U01': { m: 0.557, n: 2 }, 'P.U01': { m: 0.3, n: 1 } });
    expect(asha.overall_mastery).toBe(0.471);
    expect(asha.attempts_7d).toBe(3);
    expect(asha.latest_result).toMatchObject({ test_id: 'W-1', total_score: 120, total_marks: 300 });
    expect(asha.burnout_risk).toBe(0.72);
    expect(asha.burnout_reasons).toEqual(['late-night sessions', 'accuracy falling']);
    expect(asha.flags).toEqual(['LOW_BENCHMARK_RANK']);
    const idle = rows.find((r) => r.student_id === s2.id)!;
    expect(idle.attempts_7d).toBe(0);
    expect(Date.now() - new Date(idle.last_active_at).getTime()).toBeGreaterThan(19 * 86_400_000);
  });

  it('writes nothing when nothing changed, and only the changed row when one student moves', async () => {
    expect(await refreshCohortSummaries(t.db.pool)).toBe(0);
    await q(`UPDATE student_mastery SET mastery_level = 0.9 WHERE student_id = $1 AND concept_id = 'CP'`, [s1.id]);
    expect(await refreshCohortSummaries(t.db.pool, { studentIds: [s1.id] })).toBe(1);
    expect(await refreshCohortSummaries(t.db.pool)).toBe(0);
  });

  it('serves the dashboard and drill-down only to the coach of the cohort (or an admin)', async () => {
    const mine = await get(coachA, `/api/coach/cohorts/${cohortA}/dashboard`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().data.students).toHaveLength(2);
    expect(mine.json().data.units.map((u: { id: string }) => u.id)).toEqual(['M.U01', 'P.U01']);
    expect((await get(coachB, `/api/coach/cohorts/${cohortA}/dashboard`)).statusCode).toBe(404);
    expect((await get(admin, `/api/coach/cohorts/${cohortA}/dashboard`)).statusCode).toBe(200);

    const detail = await get(coachA, `/api/coach/students/${s1.id}/detail`);
    expect(detail.statusCode, detail.body).toBe(200);
    const d = detail.json().data;
    expect(d.student.name).toBe('Asha');
    expect(d.results).toHaveLength(1);
    expect(d.weak_concepts[0]).toMatchObject({ concept_id: 'CB', mastery: 0.4, attempts: 5, correct: 2 });
    expect(d.metrics[0].burnout_reasons).toEqual(['late-night sessions', 'accuracy falling']);
    const math = d.timing.find((x: { subject: string }) => x.subject === 'MATH');
    expect(math).toMatchObject({ attempts: 2, rushed: 1, accuracy: 0.5 });

    const foreign = await get(coachB, `/api/coach/students/${s1.id}/detail`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('Asha');
    expect((await get(coachA, `/api/coach/students/${s3.id}/detail`)).statusCode).toBe(404);
    expect((await get(s1, `/api/coach/students/${s1.id}/detail`)).statusCode).toBe(403);
    expect((await get(admin, `/api/coach/students/${s3.id}/detail`)).statusCode).toBe(200);
  });

  it('recomputes incrementally: only students with new inputs since the watermark, plus ended memberships', async () => {
    expect(await refreshCohortSummaries(t.db.pool)).toBe(0);
    const since = (await q('SELECT now() AS now')).rows[0].now as Date;
    // Marker rows: if the incremental pass recomputed s2 or s3, their attempts_7d would be reset.
    await q('UPDATE cohort_student_summary SET attempts_7d = 99 WHERE student_id = ANY($1)', [[s2.id, s3.id]]);
    expect(await studentsChangedSince(t.db.pool, since)).toEqual([]);

    // s1 practises (a new attempt is received): only s1 is named and recomputed.
    await q(`INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc) VALUES ($1, $2, 'Q', 'CA', true, 5000, now(), $3)`, [
      uuid(), s1.id, `${Date.now()}:0010:dev1`,
    ]);
    expect(await studentsChangedSince(t.db.pool, since)).toEqual([s1.id]);
    const r = await refreshChangedSummaries(t.db.pool, since);
    expect(r).toEqual({ students: 1, written: 1 });
    const rows = (await q('SELECT student_id, attempts_7d FROM cohort_student_summary ORDER BY student_id')).rows as Array<{ student_id: string; attempts_7d: number }>;
    expect(rows.find((x) => x.student_id === s1.id)!.attempts_7d).toBe(4);
    expect(rows.filter((x) => x.student_id !== s1.id).map((x) => x.attempts_7d)).toEqual([99, 99]);

    // A membership removed behind the job's back (plain SQL) loses its row on the next incremental pass.
    await q('DELETE FROM cohort_members WHERE cohort_id = $1 AND student_id = $2', [cohortB, s3.id]);
    expect((await refreshChangedSummaries(t.db.pool, since)).written).toBeGreaterThanOrEqual(1);
    expect((await q('SELECT 1 FROM cohort_student_summary WHERE student_id = $1', [s3.id])).rows).toHaveLength(0);
    // ...and a member added the same way gets a row even with an old joined_at.
    await q(`INSERT INTO cohort_members (cohort_id, student_id, joined_at) VALUES ($1, $2, now() - interval '30 days')`, [cohortB, s3.id]);
    expect(await studentsChangedSince(t.db.pool, new Date())).toEqual([s3.id]);

    // The job's runner: a full pass first (repairs the marker on s2), incremental after that.
    const run = summaryRunner();
    const first = await run(t.db.pool);
    expect(first.mode).toBe('full');
    expect((await q('SELECT attempts_7d FROM cohort_student_summary WHERE student_id = $1', [s2.id])).rows[0].attempts_7d).toBe(0);
    // Within the overlap the recent changes are looked at again, but nothing is rewritten.
    const second = await run(t.db.pool);
    expect(second).toMatchObject({ mode: 'incremental', written: 0 });
    await q(`UPDATE users SET full_name = 'Asha K', updated_at = now() WHERE id = $1`, [s1.id]);
    const third = await run(t.db.pool);
    expect(third).toMatchObject({ mode: 'incremental', written: 1 });
    expect((await q('SELECT display_name FROM cohort_student_summary WHERE student_id = $1', [s1.id])).rows[0].display_name).toBe('Asha K');
    // A runner whose full-pass interval has elapsed runs full again.
    expect((await summaryRunner(0)(t.db.pool)).mode).toBe('full');
  });

  it('never shows the prior: a student at 62 % estimated mastery with 27 % of answers right shows about 31 %', async () => {
    await q(`INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct) VALUES
               ($1, 'CA', 0.62, 11, 3), ($1, 'CB', 0.62, 11, 3), ($1, 'CP', 0.62, 11, 3)
             ON CONFLICT (student_id, concept_id) DO UPDATE SET mastery_level = 0.62, times_attempted = 11, times_correct = 3`, [s2.id]);
    await refreshCohortSummaries(t.db.pool);
    const row = (await q('SELECT unit_mastery, overall_mastery FROM cohort_student_summary WHERE student_id = $1 LIMIT 1', [s2.id])).rows[0];
    expect(row.overall_mastery).toBeCloseTo(4 / 13, 3);
    expect(row.unit_mastery['M.U01'].m).toBeLessThan(0.35);
    // Answers, none right: the concept counts, at 0.
    await q(`UPDATE student_mastery SET times_correct = 0 WHERE student_id = $1`, [s2.id]);
    await refreshCohortSummaries(t.db.pool);
    expect((await q('SELECT overall_mastery FROM cohort_student_summary WHERE student_id = $1 LIMIT 1', [s2.id])).rows[0].overall_mastery).toBe(0);
  });
});
