import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { migrate, readMigrations } from './migrate.ts';
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

  it('enforce the CHECK constraints of the model', async () => {
    await expect(db.pool.query(`INSERT INTO users (email, password_hash, role, standard) VALUES ('a@b.c', 'x', 'student', 10)`)).rejects.toThrow(/check/i);
    await expect(db.pool.query(`INSERT INTO users (email, password_hash, role) VALUES ('b@b.c', 'x', 'student')`)).rejects.toThrow(/check/i);
    await expect(db.pool.query(`INSERT INTO users (email, password_hash, role) VALUES ('Upper@B.c', 'x', 'coach')`)).rejects.toThrow(/check/i);
    await expect(
      db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ('bad id', 'x', 'MATH', 'u', 1, 1, 0.1)`),
    ).rejects.toThrow(/check/i);
  });
});
