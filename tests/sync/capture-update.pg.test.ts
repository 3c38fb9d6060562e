import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { loadRules, sourceTable } from '../../server/src/sync/rules.ts';

// The update capture trigger (migration 022) runs its query through EXECUTE, planned per run.
// What it captures must be what the static query captured: every new id, and an old id only when
// the update changed a key. Its speed (a plan fitted to each statement's row counts instead of
// the session's first run) is measured by bench:ranking's worst-case rank, not asserted here.
// No server runs, so no processor consumes sync_changes while the test reads it.
let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
}, 240_000);
afterAll(() => db?.close(), 60_000);

describe('update capture', () => {
  it('captures every updated row, and the old id of a changed key, in a session whose first update touched nothing', async () => {
    const c = await db.pool.connect();
    try {
      const ids = Array.from({ length: 300 }, (_, i) => `CAPUPD.${String(i).padStart(3, '0')}`);
      await c.query(
        `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight)
         SELECT id, id, 'MATH', 'U', 1, 1, 0.5 FROM unnest($1::text[]) id`,
        [ids],
      );
      await c.query('DELETE FROM sync_changes');
      // First update of the table in this session: no row.
      await c.query(`UPDATE concepts SET difficulty = 2 WHERE id = 'CAPUPD.none'`);
      expect((await c.query('SELECT count(*)::int AS n FROM sync_changes')).rows[0].n).toBe(0);
      await c.query(`UPDATE concepts SET difficulty = 3 WHERE id LIKE 'CAPUPD.%'`);
      await c.query(`UPDATE concepts SET id = 'CAPUPD.RENAMED' WHERE id = 'CAPUPD.000'`);
      const { rows } = await c.query<{ source_table: string; row_id: string }>(`SELECT c.source_table, u.row_id FROM sync_changes c CROSS JOIN LATERAL unnest(coalesce(c.row_ids, ARRAY[c.single_row_id])) WITH ORDINALITY AS u(row_id, k) ORDER BY c.seq, u.k`);
      expect(new Set(rows.map((r) => r.source_table))).toEqual(new Set(['concepts']));
      const updates = rows.slice(0, 300).map((r) => r.row_id).sort();
      expect(updates).toEqual(ids);
      expect(rows.slice(300).map((r) => r.row_id).sort()).toEqual(['CAPUPD.000', 'CAPUPD.RENAMED']);
      expect(rows).toHaveLength(302);
      // A statement of more than 64 rows in sets (migration 028), a smaller one a change row per row.
      const sets = await c.query<{ n: number }>('SELECT n FROM sync_changes ORDER BY seq');
      expect(sets.rows.map((r) => r.n)).toEqual([300, 1, 1]);
      // A statement of more than 1,000 rows: sets of at most 1,000, every row once.
      await c.query('DELETE FROM sync_changes');
      const many = Array.from({ length: 2_500 }, (_, i) => `CAPSET.${String(i).padStart(4, '0')}`);
      await c.query(
        `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight)
         SELECT id, id, 'MATH', 'U', 1, 1, 0.5 FROM unnest($1::text[]) id`,
        [many],
      );
      const inserted = await c.query<{ n: number; ids: string[] }>('SELECT n, row_ids AS ids FROM sync_changes ORDER BY seq');
      expect(inserted.rows.map((r) => r.n)).toEqual([1_000, 1_000, 500]);
      expect(inserted.rows.flatMap((r) => r.ids).sort()).toEqual(many);
    } finally {
      c.release();
    }
  });
});

// Migration 025: test_results is captured only where a device can see the row (published), or
// could before the statement. Sealed results (a benchmark before its release) are in no bucket,
// so capturing them only gave the processor rows to evaluate into nothing.
describe('result capture (published rows only)', () => {
  it('holds only while no sync rule puts a sealed result in a bucket', () => {
    // Migration 025 skips sealed rows because no bucket holds them; a rule that selected them
    // would need the capture of every row back (and would hand sealed results to devices).
    const { rules } = loadRules();
    const result = (published: bigint) =>
      rules.evaluateRow({ sourceTable: sourceTable('test_results'), record: { id: 'r1', student_id: 'u1', sitting_id: 's1', test_id: 'BM', published } }).filter((r) => 'bucket' in r);
    expect(result(0n)).toEqual([]);
    expect(result(1n).map((r) => r.bucket)).toEqual(['user_data["u1"]']);
  });

  it('skips sealed rows and captures every row that is published, or was, after each statement', async () => {
    const c = await db.pool.connect();
    try {
      const n = 40;
      const students = Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      const sittings = Array.from({ length: n }, (_, i) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`);
      await c.query(
        `INSERT INTO users (id, email, password_hash, role, standard, full_name)
         SELECT id, 'cap' || i || '@capture.test', 'x', 'student', 12, 'Cap ' || i FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, i)`,
        [students],
      );
      await c.query(
        `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, duration_limit_s, field_hlc, received_at)
         SELECT s, u, 'CAP-BM', 'MONTHLY', 'JEE_MAIN', ARRAY['q1'], 'submitted', now(), now(), 10800, '{}'::jsonb, now()
           FROM unnest($1::uuid[], $2::uuid[]) AS k(s, u)`,
        [sittings, students],
      );
      const changes = async () => {
        const { rows } = await c.query<{ row_id: string }>(`SELECT u.row_id FROM sync_changes c CROSS JOIN LATERAL unnest(coalesce(c.row_ids, ARRAY[c.single_row_id])) WITH ORDINALITY AS u(row_id, k) WHERE c.source_table = 'test_results' ORDER BY c.seq, u.k`);
        await c.query('DELETE FROM sync_changes');
        return rows.map((r) => r.row_id).sort();
      };
      const idsOf = async (where: string) =>
        (await c.query<{ id: string }>(`SELECT id::text FROM test_results WHERE test_id = 'CAP-BM' AND ${where} ORDER BY id`)).rows.map((r) => r.id);
      await c.query('DELETE FROM sync_changes');

      // Scoring before the release: every row sealed, nothing captured.
      await c.query(
        `INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, subject_scores, test_date, published)
         SELECT u, s, 'CAP-BM', 'MONTHLY', 10, 300, '{}'::jsonb, current_date, false FROM unnest($1::uuid[], $2::uuid[]) AS k(s, u)`,
        [sittings, students],
      );
      expect(await changes()).toEqual([]);
      // A rescore of sealed rows: still nothing.
      await c.query(`UPDATE test_results SET total_score = 11 WHERE test_id = 'CAP-BM'`);
      expect(await changes()).toEqual([]);
      // The release publishes the first 30: each captured once.
      const released = (await idsOf('true')).slice(0, 30);
      await c.query(`UPDATE test_results SET published = true, percentile = 50 WHERE id = ANY($1::uuid[])`, [released]);
      expect(await changes()).toEqual(released);
      // An update of every row: the 30 published are captured, the 10 still sealed are not.
      await c.query(`UPDATE test_results SET total_score = 12 WHERE test_id = 'CAP-BM'`);
      expect(await changes()).toEqual(released);
      // A published row sealed again leaves its bucket: captured (its old id).
      const resealed = released.slice(0, 3);
      await c.query(`UPDATE test_results SET published = false WHERE id = ANY($1::uuid[])`, [resealed]);
      expect(await changes()).toEqual(resealed);
      // A published row whose key changes: the old id (gone) and the new one.
      const moved = released[3]!;
      const renamed = '00000000-0000-4000-a000-000000000001';
      await c.query(`UPDATE test_results SET id = $2 WHERE id = $1`, [moved, renamed]);
      expect(await changes()).toEqual([moved, renamed].sort());
      // A sealed row whose key changes: in no bucket before or after, nothing.
      const sealedOne = (await idsOf('NOT published'))[0]!;
      await c.query(`UPDATE test_results SET id = '00000000-0000-4000-a000-000000000002' WHERE id = $1`, [sealedOne]);
      expect(await changes()).toEqual([]);
      // Deletes: published rows captured, sealed ones not.
      const published = await idsOf('published');
      await c.query(`DELETE FROM test_results WHERE test_id = 'CAP-BM'`);
      expect(await changes()).toEqual(published);
      expect(published).toHaveLength(27);
    } finally {
      c.release();
    }
  });
});
