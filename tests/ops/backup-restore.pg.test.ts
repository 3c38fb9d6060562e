import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.ts';
import type { Database } from '../../server/src/db/database.ts';
import { testDatabaseKind, TEST_POSTGRES_URL } from '../../server/src/db/test-database.ts';
import { createBackup, type BackupResult } from '../../server/src/ops/backup.ts';
import { readDatabaseState } from '../../server/src/ops/manifest.ts';
import { openBackup, restoreDatabase, verifyRestore, type RestoreTarget } from '../../server/src/ops/restore.ts';
import { openDevice, type Device } from '../sync/helpers/client.ts';
import { attemptRow } from '../sync/helpers/rows.ts';
import { seedContent, SyncTestServer, waitFor } from '../sync/helpers/server.ts';
import { deviceWrites } from '../sync/helpers/student-state.ts';

let s: SyncTestServer;
let device: Device;
let student: { id: string; email: string; password: string };
let backupDir: string;
let backup: BackupResult;
const extraDatabases: string[] = [];
const cleanups: Array<() => Promise<void>> = [];

/** An empty restore target of the kind under test. */
async function emptyTarget(): Promise<RestoreTarget> {
  if (testDatabaseKind() === 'pglite') return { kind: 'pglite', dataDir: null };
  const name = `cr_restore_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  extraDatabases.push(name);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString() };
}

async function serverAttempts(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>('SELECT id::text FROM attempts WHERE student_id = $1 ORDER BY id::text COLLATE "C"', [student.id]);
  return rows.map((r) => r.id);
}

/** The upload queue is empty and the device's user bucket checksum equals the server's. */
async function settled(d: Device, pool: pg.Pool, what: string): Promise<void> {
  await waitFor(async () => (await d.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud'))[0]?.n === 0, 60_000, `${what}: uploads`);
  await waitFor(() => checksumsAgree(d, pool), 60_000, `${what}: checksums`);
}

async function checksumsAgree(d: Device, pool: pg.Pool): Promise<boolean> {
  const bucket = `user_data["${student.id}"]`;
  const local = await d.db.getAll<{ c: number }>('SELECT (add_checksum + op_checksum) & 4294967295 AS c FROM ps_buckets WHERE name = ?', [bucket]);
  const server = await pool.query('SELECT checksum FROM sync_buckets WHERE bucket = $1', [bucket]);
  return local[0] !== undefined && Number(local[0].c) === Number(server.rows[0]?.checksum);
}

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 3);
  student = await s.user();
  device = await openDevice({ endpoint: s.url, email: student.email, password: student.password, retryDelayMs: 200 });
  await device.connect();
  await device.db.waitForFirstSync();
  backupDir = mkdtempSync(path.join(tmpdir(), 'cr-backup-test-'));
}, 240_000);

afterAll(async () => {
  await device?.close();
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await s?.close();
  if (extraDatabases.length > 0) {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    for (const name of extraDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  if (backupDir) rmSync(backupDir, { recursive: true, force: true });
}, 120_000);

describe(`backup and restore (${testDatabaseKind()})`, { timeout: 240_000 }, () => {
  it('backs up a live server consistently: the manifest counts every table and checksums every bucket', async () => {
    for (let i = 0; i < 5; i += 1) await deviceWrites.attempt(device, student.id, 'dev1');
    await settled(device, s.db.pool, 'answers before the backup');
    await s.app.sync.processor.flush();
    const key = path.join(backupDir, 'key.pem');
    writeFileSync(key, 'test signing key\n');
    backup = await createBackup({ db: s.db, outDir: backupDir, keyFile: key });
    const state = await readDatabaseState(s.db.pool);
    expect(backup.manifest.tables).toEqual(state.tables);
    expect(backup.manifest.buckets).toEqual(state.buckets);
    expect(backup.manifest.tables.attempts).toBe(5);
    expect(backup.manifest.buckets[`user_data["${student.id}"]`]?.count).toBeGreaterThan(0);
    expect(backup.manifest.signing_key).toBe(true);
    expect(path.basename(backup.file)).toMatch(new RegExp(`^cr-backup-${testDatabaseKind()}-\\d{8}T\\d{6}Z\\.tar$`));
    expect(readFileSync(`${backup.file}.sha256`, 'utf8')).toContain(backup.sha256);
  });

  it('restores into a fresh target that matches the manifest; a synced-ahead device heals and its unsynced answers reach the server', async () => {
    // After the backup: server-side writes and device answers that sync, so the device is ahead.
    const later = Array.from({ length: 10 }, () => attemptRow(student.id, 'srv'));
    await s.db.pool.query(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc)
       SELECT id, $1, 'Q-C0', 'C0', 100, now(), hlc FROM unnest($2::uuid[], $3::text[]) AS t(id, hlc)`,
      [student.id, later.map((r) => r.id), later.map((r) => r.hlc)],
    );
    for (let i = 0; i < 3; i += 1) await deviceWrites.attempt(device, student.id, 'dev1');
    await settled(device, s.db.pool, 'device synced past the backup');
    // Then the device goes offline and answers more; meanwhile the server is lost.
    await device.disconnect();
    const offline: string[] = [];
    for (let i = 0; i < 4; i += 1) offline.push(await deviceWrites.attempt(device, student.id, 'dev1'));
    await s.stop();

    const opened = await openBackup(backup.file);
    cleanups.push(() => opened.close());
    const restored: Database = await restoreDatabase(opened, await emptyTarget());
    cleanups.push(() => restored.close());
    expect(await verifyRestore(opened.manifest, restored.pool)).toEqual([]);
    const atBackup = await serverAttempts(restored.pool);
    expect(atBackup).toHaveLength(5);

    const app: FastifyInstance = await buildApp({ config: s.config, pool: restored.pool, keys: s.keys });
    cleanups.push(async () => {
      app.server.closeAllConnections();
      await app.close();
    });
    await app.listen({ port: s.port, host: '127.0.0.1' });
    expect((app.server.address() as AddressInfo).port).toBe(s.port);

    await device.connect();
    await waitFor(async () => (await device.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud'))[0]?.n === 0, 60_000, 'offline answers uploaded');
    const onServer = await serverAttempts(restored.pool);
    for (const id of offline) expect(onServer).toContain(id);
    await app.sync.processor.flush();
    await waitFor(() => checksumsAgree(device, restored.pool), 60_000, 'device healed to the restored checksums');
    // The healed bucket is applied to the device's tables once the checkpoint is complete.
    const localIds = async () => (await device.db.getAll<{ id: string }>('SELECT id FROM attempts ORDER BY id')).map((r) => r.id);
    const expected = await serverAttempts(restored.pool);
    await waitFor(async () => JSON.stringify(await localIds()) === JSON.stringify(expected), 60_000, 'device rows equal the restored server');
    expect(await localIds()).toEqual(expected);
  });

  it('refuses a damaged archive and a target that is not empty', async () => {
    const copy = path.join(backupDir, 'damaged.tar');
    const bytes = readFileSync(backup.file);
    bytes[bytes.length - 2048] = (bytes[bytes.length - 2048]! + 1) % 256;
    writeFileSync(copy, bytes);
    writeFileSync(`${copy}.sha256`, readFileSync(`${backup.file}.sha256`, 'utf8'));
    await expect(openBackup(copy)).rejects.toThrow(/damaged/);

    const opened = await openBackup(backup.file);
    try {
      if (testDatabaseKind() === 'pglite') {
        const dir = mkdtempSync(path.join(tmpdir(), 'cr-nonempty-'));
        writeFileSync(path.join(dir, 'PG_VERSION'), '17');
        await expect(restoreDatabase(opened, { kind: 'pglite', dataDir: dir })).rejects.toThrow(/not empty/);
        rmSync(dir, { recursive: true, force: true });
      } else {
        await expect(restoreDatabase(opened, { kind: 'postgres', url: s.db.url })).rejects.toThrow(/empty database/);
      }
      await expect(restoreDatabase(opened, testDatabaseKind() === 'pglite' ? { kind: 'postgres', url: TEST_POSTGRES_URL } : { kind: 'pglite', dataDir: null })).rejects.toThrow(/backup; restore it with/);
    } finally {
      await opened.close();
    }
  });
});
