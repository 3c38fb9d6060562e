import { mkdtemp, readdir, readFile, rm, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/database.ts';
import { run, sha256File, unpackTar } from './archive.ts';
import { ARCHIVE } from './backup.ts';
import { compareState, manifestSchema, readDatabaseState, type Manifest, type Queryable } from './manifest.ts';

export interface OpenedBackup {
  manifest: Manifest;
  /** Path of a part inside the unpacked archive. */
  part(name: string): string;
  close(): Promise<void>;
}

/**
 * Unpacks an archive into a private temporary directory and checks it: the sidecar `FILE.sha256`
 * when present, the manifest's shape, and every part's sha256 and size. Throws naming the first
 * problem; nothing is restored from a damaged archive.
 */
export async function openBackup(file: string): Promise<OpenedBackup> {
  try {
    const expected = (await readFile(`${file}.sha256`, 'utf8')).split(/\s+/)[0];
    const actual = await sha256File(file);
    if (expected !== actual) throw new Error(`${file}: sha256 ${actual} does not match ${file}.sha256 (${expected}); the archive is damaged`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'cr-restore-'));
  const close = () => rm(dir, { recursive: true, force: true });
  try {
    await unpackTar(file, dir);
    const raw = JSON.parse(await readFile(path.join(dir, ARCHIVE.manifest), 'utf8')) as unknown;
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: not a Cognitive Resonance backup (manifest: ${parsed.error.issues[0]?.message ?? 'invalid'})`);
    const manifest = parsed.data;
    for (const [name, meta] of Object.entries(manifest.files)) {
      const sha = await sha256File(path.join(dir, name)).catch(() => null);
      if (sha !== meta.sha256) throw new Error(`${file}: part ${name} is ${sha === null ? 'missing' : 'damaged (sha256 mismatch)'}`);
    }
    return { manifest, part: (name) => path.join(dir, name), close };
  } catch (error) {
    await close();
    throw error;
  }
}

export type RestoreTarget = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

/**
 * Restores the database of `backup` into an empty target and returns it open (the caller closes
 * it). Refuses a target that holds anything: a restore never merges into or overwrites data.
 *   - PGlite: a new data directory seeded from the archived tarball (null: in memory);
 *   - Postgres: `pg_restore` into an empty database (tables, then data, then indexes, constraints
 *     and the capture triggers, so loading the data records no sync changes).
 */
export async function restoreDatabase(backup: OpenedBackup, target: RestoreTarget): Promise<Database> {
  if (target.kind !== backup.manifest.kind) {
    throw new Error(`this is a ${backup.manifest.kind} backup; restore it with ${backup.manifest.kind === 'postgres' ? 'DATABASE_URL set' : 'DATABASE_URL unset (embedded)'}`);
  }
  if (target.kind === 'pglite') {
    if (target.dataDir) {
      const existing = await readdir(target.dataDir).catch(() => []);
      if (existing.length > 0) throw new Error(`${target.dataDir} is not empty; restore needs an empty DATA_DIR (move the old one aside)`);
    }
    const blob = new Blob([await readFile(backup.part(ARCHIVE.pglite))]);
    return openPglite(target.dataDir, 4, blob);
  }
  const check = new pg.Client({ connectionString: target.url });
  await check.connect();
  try {
    const { rows } = await check.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    if (rows[0]!.n > 0) throw new Error(`the target database already has ${rows[0]!.n} tables; restore needs an empty database (createdb a new one)`);
  } finally {
    await check.end();
  }
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', backup.part(ARCHIVE.postgres)], { secretArgs: [`--dbname=${target.url}`] });
  const db = openPostgres(target.url);
  // Grants are not in the archive (role names differ between clusters): the device-upload role's
  // are put back from the function the migrations define, or every upload would be refused.
  await db.pool.query('SELECT device_writer_grants()');
  return db;
}

/** Differences between the manifest and the restored database (empty: verified). */
export async function verifyRestore(manifest: Manifest, db: Queryable): Promise<string[]> {
  return compareState(manifest, await readDatabaseState(db));
}

/**
 * Puts the archived signing key at `keyFile` so tokens devices hold stay valid. An existing,
 * different key is never overwritten (that would be a different deployment's identity).
 */
export async function restoreSigningKey(backup: OpenedBackup, keyFile: string): Promise<'restored' | 'same' | 'absent'> {
  if (!backup.manifest.signing_key) return 'absent';
  const archived = await readFile(backup.part(ARCHIVE.key), 'utf8');
  const current = await readFile(keyFile, 'utf8').catch(() => null);
  if (current !== null) {
    if (current === archived) return 'same';
    throw new Error(`${keyFile} exists and differs from the backup's key; move it aside to restore`);
  }
  await mkdir(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  await copyFile(backup.part(ARCHIVE.key), keyFile);
  return 'restored';
}
