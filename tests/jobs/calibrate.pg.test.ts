import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { calibratePopulation, MIN_STUDENTS } from '../../server/src/jobs/calibrate.ts';
import { engineContextCache } from '../../server/src/scoring/content.ts';
import { loadAttemptEvents, refreshMastery } from '../../server/src/scoring/mastery.ts';
import { foldStudent, masteryMap, NEW_STUDENT_ANSWERS } from '../../shared/src/engine/index.ts';
import { parseModelParams } from '../../shared/src/schemas/sync.ts';

/**
 * Population calibration on a real database: below MIN_STUDENTS nothing is fitted (the engine's
 * priors stay); with enough students the fitted parameters land in model_params, a question the
 * population gets wrong comes out harder than one it gets right, a second run on the same
 * answers changes nothing, and the server's mastery fold uses the stored parameters.
 */

let db: Database;
const QUESTIONS = 12;
const T0 = Date.UTC(2027, 0, 4, 3, 0);
const hlc = (ms: number, k: number) => `${String(ms).padStart(13, '0')}:${k.toString(36).padStart(4, '0')}:cal-test`;
let k = 0;

async function addStudents(from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  const rows: unknown[][] = [];
  for (let s = from; s < to; s++) {
    const { rows: u } = await db.pool.query<{ id: string }>(`INSERT INTO users (email, password_hash, role, full_name, standard) VALUES ($1, 'x', 'student', 'Cal', 12) RETURNING id`, [
      `cal-${s}@e2e.cr`,
    ]);
    const id = u[0]!.id;
    ids.push(id);
    for (let q = 0; q < QUESTIONS; q++) {
      // CAL.Q0 is answered right by nearly everyone, CAL.Q1 by nearly no one, the rest by about half.
      const right = q === 0 ? s % 10 !== 0 : q === 1 ? s % 10 === 0 : (s + q) % 2 === 0;
      const at = T0 + s * 3_600_000 + q * 60_000;
      rows.push([randomUUID(), id, `CAL.Q${q}`, `CAL.C${q % 3}`, right ? '7' : '3', 60_000, new Date(at).toISOString(), hlc(at, k++)]);
    }
  }
  await db.pool.query(
    `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, response_time_ms, device_time, hlc)
     SELECT (r->>0)::uuid, (r->>1)::uuid, r->>2, r->>3, r->>4, (r->>5)::int, (r->>6)::timestamptz, r->>7 FROM jsonb_array_elements($1::jsonb) AS r`,
    [JSON.stringify(rows)],
  );
  return ids;
}

beforeAll(async () => {
  db = await createTestDatabase();
  for (let c = 0; c < 3; c++) {
    await db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, 'MATH', 'U1', 1, 2, 0.02)`, [`CAL.C${c}`]);
  }
  for (let q = 0; q < QUESTIONS; q++) {
    await db.pool.query(
      `INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, tolerance, explanation, difficulty, source)
       VALUES ($1, 'MATH', $2, 'INTEGER', 'text', null, '7', null, 'why', 3, 'test')`,
      [`CAL.Q${q}`, `CAL.C${q % 3}`],
    );
  }
}, 120_000);
afterAll(async () => db?.close());

describe('calibratePopulation', () => {
  it('fits nothing until enough students have answered', async () => {
    expect(QUESTIONS).toBeGreaterThanOrEqual(NEW_STUDENT_ANSWERS);
    await addStudents(0, MIN_STUDENTS - 1);
    expect(await calibratePopulation(db.pool)).toEqual({ written: false, students: MIN_STUDENTS - 1, answers: 0, relabelled: 0, refreshed: 0, bytes: 0 });
    expect((await db.pool.query('SELECT 1 FROM model_params')).rowCount).toBe(0);
    expect((await engineContextCache()(db.pool)).params).toBeUndefined();
  });

  it('stores parameters that rank questions by how the population answered them, once', async () => {
    await addStudents(MIN_STUDENTS - 1, 40);
    const first = await calibratePopulation(db.pool);
    expect(first).toMatchObject({ written: true, students: 40, answers: 40 * QUESTIONS, relabelled: QUESTIONS, refreshed: 40 });
    // Every student's stored mastery was recomputed with the new parameters.
    const stored = await db.pool.query<{ n: number }>('SELECT count(DISTINCT student_id)::int AS n FROM student_mastery');
    expect(stored.rows[0]!.n).toBe(40);
    const { rows } = await db.pool.query<{ params: unknown; answers: number; students: number }>(`SELECT params, answers, students FROM model_params WHERE id = 'population'`);
    expect(rows[0]).toMatchObject({ answers: 40 * QUESTIONS, students: 40 });
    const params = parseModelParams(rows[0]!.params);
    expect(params).not.toBeNull();
    // The reported size is the stored row's (what a device downloads).
    expect(first.bytes).toBe(Buffer.byteLength(JSON.stringify(rows[0]!.params)));
    expect(params!.weights['i:CAL.Q0']).toBeGreaterThan(params!.weights['i:CAL.Q1']!);
    // Levels from how the population answered: the question nearly all got right is easy, the
    // one nearly all got wrong is hard; each says how many students it rests on.
    const levels = await db.pool.query<{ id: string; calibrated_difficulty: number; calibrated_answers: number; difficulty: number }>(
      `SELECT id, calibrated_difficulty, calibrated_answers, difficulty FROM questions WHERE id IN ('CAL.Q0', 'CAL.Q1') ORDER BY id`,
    );
    expect(levels.rows[0]).toMatchObject({ id: 'CAL.Q0', calibrated_answers: 40, difficulty: 3 });
    expect(levels.rows[0]!.calibrated_difficulty).toBeLessThanOrEqual(2);
    expect(levels.rows[1]!.calibrated_difficulty).toBeGreaterThanOrEqual(4);
    // The same answers again: the same parameters and levels, nothing rewritten (devices download nothing).
    expect(await calibratePopulation(db.pool)).toMatchObject({ written: false, relabelled: 0 });
  });

  it("the server's mastery fold starts from the stored parameters", async () => {
    const [fresh] = await addStudents(40, 41);
    const withParams = engineContextCache();
    const ctx = await withParams(db.pool);
    expect(ctx.params).toEqual(parseModelParams((await db.pool.query(`SELECT params FROM model_params`)).rows[0].params));
    const priorsOnly = await engineContextCache({ populationParams: false })(db.pool);
    expect(priorsOnly.params).toBeUndefined();

    await refreshMastery(db.pool, withParams, [fresh!]);
    const stored = await db.pool.query<{ concept_id: string; mastery_level: number }>('SELECT concept_id, mastery_level FROM student_mastery WHERE student_id = $1', [fresh]);
    const events = (await loadAttemptEvents(db.pool, ctx, [fresh!])).get(fresh!)!;
    const calibrated = masteryMap(ctx, foldStudent(ctx, fresh!, events));
    const uncalibrated = masteryMap(priorsOnly, foldStudent(priorsOnly, fresh!, events));
    let differs = 0;
    for (const r of stored.rows) {
      expect(r.mastery_level).toBeCloseTo(calibrated.get(r.concept_id)!, 6);
      if (Math.abs(calibrated.get(r.concept_id)! - uncalibrated.get(r.concept_id)!) > 1e-6) differs++;
    }
    expect(stored.rows.length).toBe(3);
    expect(differs).toBeGreaterThan(0);
  });
});
