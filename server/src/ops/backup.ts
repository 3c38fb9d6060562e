import { randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import pg from 'pg';
import type { Database } from '../db/database.ts';
import { packTar, run, sha256File } from './archive.ts';
import { MANIFEST_FORMAT, readDatabaseState, type DatabaseState, type Manifest } from './manifest.ts';
import { DAY_MS } from '@cr/shared/time';

/** Names inside a backup archive. */
export const ARCHIVE = {
  manifest: 'manifest.json',
  pglite: 'pgdata.tar.gz',
  postgres: 'database.dump',
  key: 'jwt-private.pem',
} as const;

const FILE_PATTERN = /^cr-backup-(pglite|postgres)-(\d{8}T\d{6}Z)\.tar$/;

export interface BackupOptions {
  db: Database;
  /** Directory the archive is written to (created if missing). */
  outDir: string;
  /** The generated signing key's file (DATA_DIR/keys/jwt-private.pem); null when the key comes from JWT_PRIVATE_KEY. */
  keyFile: string | null;
  now?: Date;
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** sha256 (hex) of the archive, also written beside it as `FILE.sha256`. */
  sha256: string;
  manifest: Manifest;
  durationMs: number;
  /** How long the embedded database answered nothing else (the copy); 0 for Postgres, which never blocks. */
  blockedMs: number;
}

const gzipAsync = promisify(gzip);
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * Writes one archive `cr-backup-<kind>-<UTC time>.tar` holding a consistent copy of the database,
 * the signing key and a manifest (row counts per table, every sync bucket's checksum, each part's
 * sha256), taken while the server keeps serving:
 *   - PGlite: its own tarball of the data directory (`dumpDataDir`), taken while no connection
 *     can reach the single backend and no transaction is open, after a CHECKPOINT;
 *   - Postgres: `pg_dump --format=custom` of a snapshot exported by a REPEATABLE READ
 *     transaction that also reads the manifest's counts, so both describe the same instant.
 * The archive appears under its final name only when complete (written aside, then renamed).
 */
export async function createBackup({ db, outDir, keyFile, now = new Date() }: BackupOptions): Promise<BackupResult> {
  const started = performance.now();
  // Security: archives hold the signing key and every student's data; owner-only.
  await mkdir(outDir, { recursive: true, mode: 0o700 });
  const staging = path.join(outDir, `.staging-${randomBytes(6).toString('hex')}`);
  await mkdir(staging, { mode: 0o700 });
  try {
    let state: DatabaseState;
    let blockedMs = 0;
    const parts: string[] = [];
    if (db.kind === 'pglite') {
      if (!db.exclusive) throw new Error('this embedded database cannot be snapshotted');
      // Only the copy holds the database; compression happens after, off the event loop, so
      // requests wait for the copy alone.
      const dump = await db.exclusive(async (pglite) => {
        const t0 = performance.now();
        await pglite.exec('CHECKPOINT');
        const s = await readDatabaseState(pglite);
        const blob = await pglite.dumpDataDir('none');
        return { s, tar: Buffer.from(await blob.arrayBuffer()), ms: performance.now() - t0 };
      });
      state = dump.s;
      blockedMs = dump.ms;
      await writeFile(path.join(staging, ARCHIVE.pglite), await gzipAsync(dump.tar));
      parts.push(ARCHIVE.pglite);
    } else {
      state = await dumpPostgres(db.url, path.join(staging, ARCHIVE.postgres));
      parts.push(ARCHIVE.postgres);
    }
    let signingKey = false;
    if (keyFile) {
      try {
        await copyFile(keyFile, path.join(staging, ARCHIVE.key));
        parts.push(ARCHIVE.key);
        signingKey = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    const files: Manifest['files'] = {};
    for (const name of parts) {
      const full = path.join(staging, name);
      files[name] = { sha256: await sha256File(full), bytes: (await stat(full)).size };
    }
    const manifest: Manifest = { format: MANIFEST_FORMAT, kind: db.kind, created_at: now.toISOString(), ...state, files, signing_key: signingKey };
    await writeFile(path.join(staging, ARCHIVE.manifest), JSON.stringify(manifest, null, 1));
    const name = `cr-backup-${db.kind}-${stamp(now)}.tar`;
    const partial = path.join(staging, name);
    await packTar(staging, [ARCHIVE.manifest, ...parts], partial);
    const sha256 = await sha256File(partial);
    const file = path.join(outDir, name);
    await writeFile(`${file}.sha256`, `${sha256}  ${name}\n`);
    await chmod(partial, 0o600);
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, sha256, manifest, durationMs: performance.now() - started, blockedMs };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function dumpPostgres(url: string, out: string): Promise<DatabaseState> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    const state = await readDatabaseState(client);
    // The exported snapshot stays valid while this transaction is open.
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0]!.id}`, `--file=${out}`], { secretArgs: [`--dbname=${url}`] });
    await client.query('COMMIT');
    return state;
  } finally {
    await client.end();
  }
}

export interface StoredBackup {
  file: string;
  kind: 'pglite' | 'postgres';
  createdAt: Date;
}

/** The archives in `dir`, newest first (by the UTC time in their names). */
export async function listBackups(dir: string): Promise<StoredBackup[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: StoredBackup[] = [];
  for (const name of names) {
    const m = FILE_PATTERN.exec(name);
    if (!m) continue;
    const t = m[2]!;
    const iso = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}Z`;
    out.push({ file: path.join(dir, name), kind: m[1] as 'pglite' | 'postgres', createdAt: new Date(iso) });
  }
  return out.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/**
 * Deletes archives older than `retentionDays`, never the newest one (a stalled schedule must
 * not leave the deployment with no backup at all). Returns the deleted files.
 */
export async function pruneBackups(dir: string, retentionDays: number, now: Date): Promise<string[]> {
  const all = await listBackups(dir);
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const doomed = all.slice(1).filter((b) => b.createdAt.getTime() < cutoff);
  for (const b of doomed) {
    await rm(b.file, { force: true });
    await rm(`${b.file}.sha256`, { force: true });
  }
  return doomed.map((b) => b.file);
}
