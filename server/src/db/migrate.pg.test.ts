import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { migrate, MIGRATIONS_DIR, readMigrations } from './migrate.ts';
import { createTestDatabase } from './test-database.ts';

let db: Database;
beforeAll(async () => {
  // From an empty database: every migration applied here, not restored from the template.
  db = await createTestDatabase({ fromScratch: true });
});
afterAll(async () => db.close());

describe('migrations', () => {
  it('are applied once; a second run applies nothing', async () => {
    const all = await readMigrations();
    const { rows } = await db.pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
    expect(await migrate(db.pool)).toEqual([]);
  });

  it('leave the same schema whether applied from nothing or started from the migrated template', async () => {
    const schemaOf = async (target: Database) =>
      (
        await target.pool.query(`
          SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
           WHERE table_schema = 'public'
          UNION ALL
          SELECT tc.table_name, tc.constraint_name, tc.constraint_type, '', '' FROM information_schema.table_constraints tc
           WHERE tc.table_schema = 'public' AND tc.constraint_name !~ '^[0-9]+_[0-9]+_[0-9]+_not_null$' -- named by OID; nullability is compared per column
          UNION ALL
          SELECT tablename, indexname, indexdef, '', '' FROM pg_indexes WHERE schemaname = 'public'
          ORDER BY 1, 2, 3`)
      ).rows;
    const templated = await createTestDatabase();
    try {
      const fromTemplate = await schemaOf(templated);
      expect(fromTemplate.length).toBeGreaterThan(100);
      expect(fromTemplate).toEqual(await schemaOf(db));
    } finally {
      await templated.close();
    }
  });

  it('refuse an applied migration whose file changed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cr-mig-'));
    await writeFile(path.join(dir, '001_a.sql'), 'CREATE TABLE mig_probe (id int);');
    const fresh = await createTestDatabase();
    try {
      await fresh.pool.query('DELETE FROM schema_migrations');
      expect(await migrate(fresh.pool, dir)).toEqual([1]);
      await writeFile(path.join(dir, '001_a.sql'), 'CREATE TABLE mig_probe (id bigint);');
      await expect(migrate(fresh.pool, dir)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await fresh.close();
    }
  });

  it('refuse gaps in numbering', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cr-mig-'));
    await writeFile(path.join(dir, '001_a.sql'), 'SELECT 1;');
    await writeFile(path.join(dir, '003_c.sql'), 'SELECT 1;');
    await expect(readMigrations(dir)).rejects.toThrow(/out of sequence/);
  });

  it('027 moves the subject percentiles out of subject_scores into their columns, and captures the rows it changed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cr-mig-'));
    for (const m of (await readMigrations()).filter((x) => x.version <= 26)) {
      const file = `${String(m.version).padStart(3, '0')}_${m.name}.sql`;
      await copyFile(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
    }
    const before = await createTestDatabase({ migrationsDir: dir });
    try {
      const q = before.pool.query.bind(before.pool);
      const student = (await q(`INSERT INTO users (email, password_hash, role, standard) VALUES ('p@b.c', 'x', 'student', 12) RETURNING id`)).rows[0].id;
      const insert = async (subjects: object, percentile: number | null) =>
        (
          await q(
            `INSERT INTO test_results (student_id, test_id, test_type, total_score, total_marks, subject_scores, test_date, percentile, updated_at)
             VALUES ($1, gen_random_uuid()::text, 'MONTHLY', 10, 300, $2, '2026-11-30', $3, '2026-11-30T10:00:00Z') RETURNING id`,
            [student, JSON.stringify(subjects), percentile],
          )
        ).rows[0].id as string;
      const tally = { marks: 4, right: 1, wrong: 0, unanswered: 74 };
      const ranked = await insert({ MATH: { ...tally, percentile: 84.367 }, PHYSICS: { ...tally, percentile: 0 }, CHEMISTRY: { ...tally, percentile: 99.9999999 } }, 91.25);
      const unranked = await insert({ MATH: tally, PHYSICS: tally, CHEMISTRY: tally }, null);
      // Never written by the ranking: anything but a number from 0 to 100 with at most 7 decimals stays where it is.
      const odd = await insert({ MATH: { ...tally, percentile: 'n/a' }, PHYSICS: { ...tally, percentile: 12.5 }, CHEMISTRY: { ...tally, percentile: 150 } }, null);
      const fine = await insert({ MATH: { ...tally, percentile: 1e-8 }, PHYSICS: { ...tally, percentile: null }, CHEMISTRY: tally }, null);
      await q('DELETE FROM sync_changes');

      expect(await migrate(before.pool)).toEqual((await readMigrations()).filter((m) => m.version > 26).map((m) => m.version));
      const { rows } = await q(
        `SELECT id, subject_scores, math_percentile::text AS m, physics_percentile::text AS p, chemistry_percentile::text AS c,
                updated_at > '2026-11-30T10:00:00Z' AS touched
           FROM test_results`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(ranked)).toEqual({
        id: ranked, subject_scores: { MATH: tally, PHYSICS: tally, CHEMISTRY: tally }, m: '84.3670000', p: '0.0000000', c: '99.9999999', touched: true,
      });
      expect(byId.get(unranked)).toEqual({ id: unranked, subject_scores: { MATH: tally, PHYSICS: tally, CHEMISTRY: tally }, m: null, p: null, c: null, touched: false });
      expect(byId.get(odd)).toEqual({
        id: odd, subject_scores: { MATH: { ...tally, percentile: 'n/a' }, PHYSICS: tally, CHEMISTRY: { ...tally, percentile: 150 } }, m: null, p: '12.5000000', c: null, touched: true,
      });
      expect(byId.get(fine)).toEqual({
        id: fine, subject_scores: { MATH: { ...tally, percentile: 1e-8 }, PHYSICS: { ...tally, percentile: null }, CHEMISTRY: tally }, m: null, p: null, c: null, touched: false,
      });
      // Devices holding the changed rows receive them again; the untouched one is not captured.
      const captured = await q(`SELECT u.row_id FROM sync_changes c CROSS JOIN LATERAL unnest(coalesce(c.row_ids, ARRAY[c.single_row_id])) WITH ORDINALITY AS u(row_id, k) WHERE c.source_table = 'test_results' ORDER BY u.row_id`);
      expect(captured.rows.map((r) => r.row_id)).toEqual([ranked, odd].sort());
    } finally {
      await before.close();
    }
  });

  it('enforce the CHECK constraints of the model', async () => {
    await expect(db.pool.query(`INSERT INTO users (email, password_hash, role, standard) VALUES ('a@b.c', 'x', 'student', 10)`)).rejects.toThrow(/check/i);
    await expect(db.pool.query(`INSERT INTO users (email, password_hash, role) VALUES ('b@b.c', 'x', 'student')`)).rejects.toThrow(/check/i);
    await expect(db.pool.query(`INSERT INTO users (email, password_hash, role) VALUES ('Upper@B.c', 'x', 'coach')`)).rejects.toThrow(/check/i);
    await expect(
      db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ('bad id', 'x', 'MATH', 'u', 1, 1, 0.1)`),
    ).rejects.toThrow(/check/i);
  });
});
