import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from './database.ts';
import { migrate, readMigrations } from './migrate.ts';

/** Which database the `*.pg.test.ts` suites run on: TEST_DB=pglite (default) or postgres. */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The data directory of a PGlite on which every migration has just been applied, as a
 * `dumpDataDir` tarball. Starting PGlite from it skips initdb and the migrations, which cost
 * most of a test file's set-up on PGlite. It is built by running the migrations on an empty
 * PGlite and kept in the temporary directory (shared by later runs on this machine) under a
 * name derived from the migration files, the migration runner's source and the PGlite version:
 * a change to any of them builds a new one. `migrate.pg.test.ts` applies every migration from
 * nothing on each run and checks the template's schema equals it. Parallel test processes may
 * build it at the same time; each writes its own file and renames it into place, so a reader
 * never sees half of one.
 */
async function migratedTemplate(): Promise<Blob> {
  // The package's exports hide its package.json; its version is read beside the entry point.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json');
  const pgliteVersion = (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(pgliteVersion);
  hash.update(await readFile(new URL('./migrate.ts', import.meta.url)));
  for (const m of await readMigrations()) hash.update(`${m.version}:${m.name}:${m.checksum}\n`);
  const file = path.join(tmpdir(), `cr-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const db = await openPglite(null);
    try {
      await migrate(db.pool);
      const tarball = await db.exclusive!((pglite) => pglite.dumpDataDir('none'));
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      await writeFile(partial, Buffer.from(await tarball.arrayBuffer()));
      await rename(partial, file);
      return tarball;
    } finally {
      await db.close();
    }
  }
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database created
 * on the Postgres server at TEST_POSTGRES_URL and dropped again by `close()`. On PGlite it
 * starts from the migrated template (see `migratedTemplate`) unless `fromScratch` asks for an
 * empty PGlite migrated in place; either way `migrate` runs and must find nothing left to apply
 * on the template. `migrationsDir` (a test of one migration's effect on existing rows) applies
 * the migrations of that directory only, from nothing.
 */
export async function createTestDatabase(options: { fromScratch?: boolean; migrationsDir?: string } = {}): Promise<Database> {
  if (testDatabaseKind() === 'pglite') {
    const fromScratch = options.fromScratch || options.migrationsDir !== undefined;
    const db = await openPglite(null, 4, fromScratch ? undefined : await migratedTemplate());
    await migrate(db.pool, options.migrationsDir);
    return db;
  }
  const name = `cr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), 10);
  await migrate(db.pool, options.migrationsDir);
  return {
    ...db,
    async close() {
      await db.close();
      const drop = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
