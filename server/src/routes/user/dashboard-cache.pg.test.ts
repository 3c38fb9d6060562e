import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '@cr/shared/time';
import { createTestDatabase } from '../../db/test-database.ts';
import type { Database } from '../../db/database.ts';
import { accountState } from '../../auth/account-status.ts';
import { createDashboardRepository, DASHBOARD_VERSION_SQL } from '../../repositories/dashboard.ts';
import { canUseDeviceRole, enterDeviceRole } from '../../sync/upload/row-security.ts';
import { dashboardData } from './dashboard.ts';

let db: Database;
const NOW = Date.parse('2026-12-06T10:30:00.000Z');

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES
    ('DC.A', 'a', 'MATH', 'u', 1, 1, 0.5), ('DC.B', 'b', 'PHYSICS', 'u', 1, 1, 0.5) ON CONFLICT DO NOTHING`);
}, 240_000);
afterAll(async () => db.close());

let seq = 0;
async function student(): Promise<string> {
  const { rows } = await db.pool.query(`INSERT INTO users (email, password_hash, role, standard) VALUES ($1, 'x', 'student', 12) RETURNING id`, [`cache-${++seq}@test.cr`]);
  return rows[0].id as string;
}

/** The statement's answer now, read around the cache. */
const uncached = (id: string, nowMs = NOW) => createDashboardRepository(db.pool).dashboard(id, new Date(nowMs).toISOString());

/**
 * Reads through the cache (filling it), applies `write`, and checks that the write changed the
 * statement's answer and that the cached read gives the new answer at once.
 */
async function expectSeen(id: string, write: () => Promise<unknown>, nowMs = NOW): Promise<void> {
  const before = await dashboardData(db.pool, id, NOW);
  expect(await dashboardData(db.pool, id, NOW, await versionWithAccount(id))).toEqual(before);
  await write();
  const after = await uncached(id, nowMs);
  expect(after, 'the write changes the dashboard').not.toEqual(before);
  // As the route reads it (the version with the account check), and as the coach's view does.
  expect(await dashboardData(db.pool, id, nowMs, await versionWithAccount(id))).toEqual(after);
  expect(await dashboardData(db.pool, id, nowMs)).toEqual(after);
}

const versionWithAccount = async (id: string) => (await accountState(db.pool, id, DASHBOARD_VERSION_SQL))!.also as string;

const attempt = (id: string, at: number) =>
  db.pool.query(
    `INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc)
     VALUES (gen_random_uuid(), $1, 'Q', 'DC.A', true, 1000, to_timestamp($2 / 1000.0), lpad(($2)::text, 20, '0'))`,
    [id, at],
  );
const mastery = (id: string, concept: string, level: number, due: number) =>
  db.pool.query(
    `INSERT INTO student_mastery (student_id, concept_id, mastery_level, next_review_date) VALUES ($1, $2, $3, to_timestamp($4 / 1000.0))
     ON CONFLICT (student_id, concept_id) DO UPDATE SET mastery_level = EXCLUDED.mastery_level, next_review_date = EXCLUDED.next_review_date`,
    [id, concept, level, due],
  );
const result = (id: string, testId: string, type: string, published: boolean) =>
  db.pool.query(
    `INSERT INTO test_results (student_id, test_id, test_type, total_score, total_marks, test_date, percentile, global_rank, published)
     VALUES ($1, $2, $3, 50, 100, '2026-12-01', 90, 3, $4) RETURNING id`,
    [id, testId, type, published],
  );

describe('dashboard cache', () => {
  it('shows every write that changes the dashboard as soon as it commits', async () => {
    const id = await student();
    await mastery(id, 'DC.A', 0.2, NOW - DAY_MS);
    await attempt(id, NOW - DAY_MS);
    // Answers (the streak), as the server writes them and as an upload does (device role).
    await expectSeen(id, () => attempt(id, NOW - 1000));
    if (await canUseDeviceRole(db.pool)) {
      await expectSeen(id, async () => {
        const client = await db.pool.connect();
        try {
          await client.query('BEGIN');
          await enterDeviceRole(client, id);
          await client.query(
            `INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc)
             VALUES (gen_random_uuid(), $1, 'Q', 'DC.A', true, 1000, to_timestamp($2 / 1000.0), lpad('7', 20, '0'))`,
            [id, NOW - 2 * DAY_MS],
          );
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
    }
    await expectSeen(id, () => db.pool.query('DELETE FROM attempts WHERE student_id = $1 AND device_time > $2', [id, new Date(NOW - DAY_MS / 2)]));
    // A statement of over 2,000 rows moves every student's version at once (the epoch).
    await expectSeen(id, () =>
      db.pool.query(
        `INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc)
         SELECT gen_random_uuid(), $1, 'Q', 'DC.A', true, 1000, to_timestamp($2 / 1000.0) - g * interval '1 minute', lpad((100 + g)::text, 20, '0')
           FROM generate_series(1, 2001) g`,
        [id, NOW],
      ),
    );
    // Mastery (subjects, due list): a new row, a changed one, a deleted one.
    await expectSeen(id, () => mastery(id, 'DC.B', 0.4, NOW - DAY_MS));
    await expectSeen(id, () => db.pool.query('UPDATE student_mastery SET mastery_level = 0.3 WHERE student_id = $1 AND concept_id = $2', [id, 'DC.A']));
    await expectSeen(id, () => db.pool.query('DELETE FROM student_mastery WHERE student_id = $1 AND concept_id = $2', [id, 'DC.B']));
    // Results: a sealed one is not shown; publishing it, unpublishing it and a new published one are.
    const sealed = (await result(id, 'DC-W1', 'WEEKLY', false)).rows[0].id as string;
    expect(await dashboardData(db.pool, id, NOW)).toEqual(await uncached(id));
    await expectSeen(id, () => db.pool.query('UPDATE test_results SET published = true WHERE id = $1', [sealed]));
    await expectSeen(id, () => db.pool.query('UPDATE test_results SET published = false WHERE id = $1', [sealed]));
    await expectSeen(id, () => result(id, 'DC-W2', 'WEEKLY', true));
    // The exam date (phase) and the account's status.
    await expectSeen(id, () => db.pool.query(`UPDATE users SET exam_target = '2027-04-01' WHERE id = $1`, [id]));
    await expectSeen(id, () => db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [id]));
    await db.pool.query(`UPDATE users SET status = 'active' WHERE id = $1`, [id]);
    // Content: a concept added to a subject changes its mastery and concept count.
    await expectSeen(id, () =>
      db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, 'c', 'MATH', 'u', 1, 1, 0.2)`, [`DC.C${seq}`]),
    );
  });

  it('shows a benchmark cohort size change and a concept that falls due while cached', async () => {
    const id = await student();
    await db.pool.query(
      `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at, status, candidates)
       VALUES ('DC-B1', 12, '2026-11-01', 't', ARRAY['Q'], 100, '2026-11-01', '2026-11-02', 'released', 40)`,
    );
    await result(id, 'DC-B1', 'MONTHLY', true);
    await expectSeen(id, () => db.pool.query(`UPDATE benchmarks SET candidates = 10 WHERE id = 'DC-B1'`));
    // Not yet due at NOW; due an hour later with no write at all.
    await mastery(id, 'DC.A', 0.2, NOW + 30 * 60_000);
    await expectSeen(id, async () => undefined, NOW + 60 * 60_000);
  });
});
