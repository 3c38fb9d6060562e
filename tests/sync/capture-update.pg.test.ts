import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';

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
      const { rows } = await c.query<{ source_table: string; row_id: string }>('SELECT source_table, row_id FROM sync_changes ORDER BY seq');
      expect(new Set(rows.map((r) => r.source_table))).toEqual(new Set(['concepts']));
      const updates = rows.slice(0, 300).map((r) => r.row_id).sort();
      expect(updates).toEqual(ids);
      expect(rows.slice(300).map((r) => r.row_id).sort()).toEqual(['CAPUPD.000', 'CAPUPD.RENAMED']);
      expect(rows).toHaveLength(302);
    } finally {
      c.release();
    }
  });
});
