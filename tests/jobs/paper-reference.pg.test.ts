import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { scoringFor } from '../../server/src/scoring/scoring.ts';
import { loadBatch } from '../../server/src/scoring/sittings-store.ts';
import { openBenchmark } from '../helpers/sealed-benchmark.ts';
import { createTestApp, createUser, type TestApp } from '../helpers/test-app.ts';

// A benchmark sitting's paper travels by reference when it is the benchmark's (sittings-store.ts
// reads it NULL and takes the benchmark's array; migration 026 stores a score's paper NULL when
// it is the benchmark's whole). A sitting on another paper, or whose benchmark went between the
// reads of one batch, is read and scored with its own.

let t: TestApp;
let bm: { id: string; paper: string[] };
let student: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await createUser(t, 'admin');
  bm = await openBenchmark(t, admin.token, '2031-03', 'PR');
  student = (await createUser(t, 'student')).id;
});
afterAll(async () => t.close());

/** A submitted sitting of the benchmark on `paper`, with one answer (to its first question). */
async function sitting(paper: readonly string[]): Promise<string> {
  const { rows } = await t.db.pool.query<{ id: string }>(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, status, started_at, submitted_at)
     VALUES (gen_random_uuid(), $1, $2, 'MONTHLY', $3, 'submitted', now() - interval '30 minutes', now()) RETURNING id`,
    [student, bm.id, paper],
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, response_time_ms, device_time, hlc)
     VALUES (gen_random_uuid(), $1, $2, $3, 'M.0', 'A', 30000, now(), '0001796646992179:0001:dev')`,
    [student, id, paper[0]],
  );
  return id;
}

describe('a benchmark paper by reference', () => {
  it('reads and scores a batch of sittings on the benchmark’s paper and on another order of it', async () => {
    const same = await sitting(bm.paper);
    const reordered = await sitting([...bm.paper].reverse());
    await scoringFor(t.db.pool).scoreSittings([same, reordered]);
    const { rows } = await t.db.pool.query(
      `SELECT sc.sitting_id, sc.question_ids, cardinality(sc.answers) AS answers, st.flags
         FROM sitting_scores sc JOIN benchmark_submission_status st ON st.sitting_id = sc.sitting_id
        WHERE sc.sitting_id = ANY($1::uuid[])`,
      [[same, reordered]],
    );
    const byId = new Map(rows.map((r) => [r.sitting_id, r]));
    // Both are scored on the benchmark's paper, whole: stored by reference.
    expect(byId.get(same)).toMatchObject({ question_ids: null, answers: 75 });
    expect(byId.get(reordered)).toMatchObject({ question_ids: null, answers: 75 });
    // The reordered sitting's own paper was read in full, and differs from the benchmark's.
    expect(byId.get(same)!.flags).not.toContain('PAPER_MISMATCH');
    expect(byId.get(reordered)!.flags).toContain('PAPER_MISMATCH');
  });

  it('reads a sitting’s own paper when its benchmark is gone by the time the batch reads benchmarks', async () => {
    const id = await sitting(bm.paper);
    const c = await t.db.pool.connect();
    try {
      await c.query('BEGIN');
      // The benchmark is deleted (in the batch's own transaction, so on every database) right
      // after the sittings were read with their paper by reference; rolled back after.
      let deleted = false;
      const db = {
        query: async (...args: Parameters<pg.PoolClient['query']>) => {
          const result = await (c.query as (...a: unknown[]) => Promise<unknown>)(...args);
          if (!deleted && typeof args[0] === 'string' && args[0].includes('FROM test_sittings s')) {
            deleted = true;
            await c.query('DELETE FROM benchmarks WHERE id = $1', [bm.id]);
          }
          return result;
        },
      } as Pick<pg.PoolClient, 'query'>;
      const batch = await loadBatch(db, [id]);
      expect(deleted).toBe(true);
      expect(batch.benchmarks.size).toBe(0);
      expect(batch.sittings.map((s) => s.question_ids)).toEqual([bm.paper]);
    } finally {
      await c.query('ROLLBACK');
      c.release();
    }
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM benchmarks WHERE id = $1', [bm.id])).rows[0].n).toBe(1);
  });
});
