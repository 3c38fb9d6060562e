import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { fsrsWeightsSchema } from '../../shared/src/schemas/sync.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { fitPersonalFsrs, MIN_REVIEWS } from '../../server/src/jobs/fsrs-fit.ts';
import { engineContextCache } from '../../server/src/scoring/content.ts';
import { loadAttemptEvents, refreshMastery } from '../../server/src/scoring/mastery.ts';
import { foldStudent, personalSchedule } from '../../shared/src/engine/index.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

/**
 * The personal-memory job on a real database: a student with enough day reviews gets fitted
 * FSRS parameters on their users row (a valid 21-vector, not the defaults); a student with a
 * handful of answers keeps the defaults; a second pass with no new reviews fits nobody.
 */

let db: Database;
let busy: string;
let light: string;
const DAY = 86_400_000;
const T0 = Date.UTC(2027, 0, 4, 3, 0);
const CONCEPTS = 120;
const DAYS = 8;

const hlc = (ms: number, k: number) => formatHlc({ wallMs: ms, counter: k, node: 'fit-test' });

async function student(email: string): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(`INSERT INTO users (email, password_hash, role, full_name, standard) VALUES ($1, 'x', 'student', 'Fit', 12) RETURNING id`, [email]);
  return rows[0]!.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  for (let c = 0; c < CONCEPTS; c++) {
    await db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, 'MATH', 'U1', 1, 2, 0.02)`, [`FIT.C${c}`]);
    await db.pool.query(
      `INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, tolerance, explanation, difficulty, source)
       VALUES ($1, 'MATH', $2, 'INTEGER', 'text', null, '7', null, 'why', 3, 'test')`,
      [`FIT.Q${c}`, `FIT.C${c}`],
    );
  }
  busy = await student('fit-busy@e2e.cr');
  light = await student('fit-light@e2e.cr');
  const cleared = await student('fit-cleared@e2e.cr');
  // The busy student: every concept reviewed on DAYS study days at growing gaps, recalled with a
  // probability that falls with the gap (a memory that forgets), so the history has signal.
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const rows: unknown[][] = [];
  let k = 0;
  for (let c = 0; c < CONCEPTS; c++) {
    let day = c % 3;
    let stability = 3;
    for (let r = 0; r < DAYS; r++) {
      // Gaps at the scheduler's usual spacing (fsrs-rs sets aside rare first-gap groups as outliers).
      const gap = r === 0 ? 0 : Math.max(1, Math.round(stability));
      day += gap;
      const recalled = r === 0 || rnd() < Math.pow(0.9, gap / stability);
      stability = recalled ? stability * 2.2 : Math.max(1, stability / 2);
      const at = T0 + day * DAY + c * 60_000;
      rows.push([randomUUID(), busy, `FIT.Q${c}`, `FIT.C${c}`, recalled ? '7' : '3', 90_000, new Date(at).toISOString(), hlc(at, k++)]);
    }
  }
  // A student whose many study days are all cleared answers: the SQL estimate picks them, the
  // fold counts none; a second pass must not pick them again (it would, night after night,
  // ahead of students who can be fitted).
  for (let c = 0; c < CONCEPTS; c++) {
    for (let d = 0; d < DAYS; d++) {
      const at = T0 + d * DAY + c * 60_000;
      rows.push([randomUUID(), cleared, `FIT.Q${c}`, `FIT.C${c}`, null, 90_000, new Date(at).toISOString(), hlc(at, k++)]);
    }
  }
  for (let c = 0; c < 3; c++) {
    const at = T0 + c * DAY;
    rows.push([randomUUID(), light, `FIT.Q${c}`, `FIT.C${c}`, '7', 90_000, new Date(at).toISOString(), hlc(at, k++)]);
  }
  await db.pool.query(
    `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, response_time_ms, device_time, hlc)
     SELECT (r->>0)::uuid, (r->>1)::uuid, r->>2, r->>3, r->>4, (r->>5)::int, (r->>6)::timestamptz, r->>7 FROM jsonb_array_elements($1::jsonb) AS r`,
    [JSON.stringify(rows)],
  );
}, 120_000);

afterAll(async () => db?.close());

describe('fitPersonalFsrs', () => {
  it('fits the student with enough reviews, leaves the others on the defaults, and does not refit without new reviews', async () => {
    expect(CONCEPTS * (DAYS - 1)).toBeGreaterThanOrEqual(MIN_REVIEWS);
    const first = await fitPersonalFsrs(db.pool);
    expect(first).toEqual({ fitted: 1, tooFew: 1 });
    const { rows } = await db.pool.query<{ id: string; fsrs_weights: unknown; fsrs_review_count: number | null; fsrs_fitted_at: Date | null }>(
      'SELECT id, fsrs_weights, fsrs_review_count, fsrs_fitted_at FROM users WHERE id = ANY($1::uuid[])',
      [[busy, light]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const fitted = fsrsWeightsSchema.parse(byId.get(busy)!.fsrs_weights);
    expect(fitted.some((w, i) => Math.abs(w - default_w[i]!) > 1e-3)).toBe(true);
    expect(byId.get(busy)!.fsrs_review_count).toBe(CONCEPTS * (DAYS - 1));
    expect(byId.get(busy)!.fsrs_fitted_at).not.toBeNull();
    expect(byId.get(light)!.fsrs_weights).toBeNull();
    expect(byId.get(light)!.fsrs_fitted_at).toBeNull();
    expect(await fitPersonalFsrs(db.pool)).toEqual({ fitted: 0, tooFew: 0 });
  }, 120_000);

  it("the server's mastery schedules with the fitted parameters, as the student's device does", async () => {
    const { rows } = await db.pool.query<{ fsrs_weights: number[] }>('SELECT fsrs_weights FROM users WHERE id = $1', [busy]);
    const weights = fsrsWeightsSchema.parse(rows[0]!.fsrs_weights);
    const contextOf = engineContextCache();
    await refreshMastery(db.pool, contextOf, [busy]);
    const stored = await db.pool.query<{ concept_id: string; next_review_date: Date }>('SELECT concept_id, next_review_date FROM student_mastery WHERE student_id = $1', [busy]);
    const ctx = await contextOf(db.pool);
    const events = (await loadAttemptEvents(db.pool, ctx, [busy])).get(busy)!;
    const personal = foldStudent({ ...ctx, schedule: personalSchedule(ctx.schedule, weights) }, busy, events);
    const population = foldStudent(ctx, busy, events);
    let differsFromDefaults = 0;
    for (const r of stored.rows) {
      expect(r.next_review_date.getTime()).toBe(personal.cards.get(r.concept_id)!.dueMs);
      if (population.cards.get(r.concept_id)!.dueMs !== r.next_review_date.getTime()) differsFromDefaults++;
    }
    expect(stored.rows.length).toBe(CONCEPTS);
    expect(differsFromDefaults).toBeGreaterThan(0);
  }, 120_000);
});
