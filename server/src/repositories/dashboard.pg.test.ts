import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streakDays } from '@cr/shared/engine/schedule/streak';
import { DAY_MS } from '@cr/shared/time';
import { createTestDatabase } from '../db/test-database.ts';
import type { Database } from '../db/database.ts';
import { createDashboardRepository, DASHBOARD_LIMITS } from './dashboard.ts';

let db: Database;
const NOW = Date.parse('2026-12-06T10:30:00.000Z');
const TODAY = Math.floor(NOW / DAY_MS);

beforeAll(async () => {
  db = await createTestDatabase();
}, 240_000);
afterAll(async () => db.close());

let seq = 0;
/** A new student with one answer at each of `times` (ms). */
async function studentWith(times: number[]): Promise<string> {
  const { rows } = await db.pool.query(`INSERT INTO users (email, password_hash, role, standard) VALUES ($1, 'x', 'student', 12) RETURNING id`, [`streak-${++seq}@test.cr`]);
  const id = rows[0].id as string;
  await db.pool.query(
    `INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc)
     SELECT gen_random_uuid(), $1, 'Q', 'M.X', true, 1000, to_timestamp(t / 1000.0), lpad(i::text, 20, '0') FROM unnest($2::float8[]) WITH ORDINALITY AS a(t, i)`,
    [id, times],
  );
  return id;
}

/** Every distinct UTC day of `times`, newest first: what the streak rule was given before. */
function allDays(times: number[]): string[] {
  return [...new Set(times.map((t) => new Date(Math.floor(t / DAY_MS) * DAY_MS).toISOString().slice(0, 10)))].sort().reverse();
}

const read = (id: string) => createDashboardRepository(db.pool).dashboard(id, new Date(NOW).toISOString());

describe('dashboard streak days', () => {
  it('lists the newest run of days through its first gap: the same streak as all days gave, from the start of the history only what it needs', async () => {
    // An answer: a day from 40 days back to 2 ahead (a device clock can run ahead), at any ms of
    // it, including both ends of the UTC day.
    const answer = fc.tuple(fc.integer({ min: -40, max: 2 }), fc.oneof(fc.constant(0), fc.constant(DAY_MS - 1), fc.integer({ min: 0, max: DAY_MS - 1 })));
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { maxLength: 60 }), async (answers) => {
        const times = answers.map(([day, ms]) => (TODAY + day) * DAY_MS + ms);
        const expected = allDays(times);
        const { active_days: days } = await read(await studentWith(times));
        expect(streakDays(days, NOW)).toBe(streakDays(expected, NOW));
        // A prefix of all days, ending at the first day that does not directly precede the one before.
        const firstGap = expected.findIndex((d, i) => i > 0 && Date.parse(expected[i - 1]!) - Date.parse(d) !== DAY_MS);
        expect(days).toEqual(firstGap === -1 ? expected : expected.slice(0, firstGap + 1));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('stops at the limit on a run longer than it', async () => {
    const run = DASHBOARD_LIMITS.activeDays + 5;
    const times = Array.from({ length: run }, (_, i) => (TODAY - i) * DAY_MS + 3_600_000);
    const { active_days: days } = await read(await studentWith(times));
    expect(days).toHaveLength(DASHBOARD_LIMITS.activeDays);
    expect(days).toEqual(allDays(times).slice(0, DASHBOARD_LIMITS.activeDays));
  });

  it('gives an empty list to a student with no answers and ignores other students', async () => {
    await studentWith([NOW - 1000, NOW - DAY_MS]);
    const { active_days: days } = await read(await studentWith([]));
    expect(days).toEqual([]);
  });
});
