import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../server/src/db/database.ts';
import { TEST_POSTGRES_URL, testDatabaseKind } from '../../server/src/db/test-database.ts';
import { startNetProxy, type NetProxy } from '../e2e/net-proxy.ts';
import { openDevice, type Device } from './helpers/client.ts';
import { attemptRow } from './helpers/rows.ts';
import { sleep, waitFor } from './helpers/server.ts';

// The fault test: 10 real @powersync/node devices keep answering while the server process is
// killed with SIGKILL and restarted on the same database, and while every open connection is cut.
// One device also writes a poisoned answer ("A\u0000"). Every other answer must reach the server
// exactly once; the poisoned one is refused and recorded. Prints one line:
// written / on server / lost / duplicated. `npm run test:soak` (SOAK=1) runs it longer, with
// more kills; the ordinary suite runs a shorter schedule of the same faults.

const SOAK = process.env.SOAK === '1';
const DEVICES = 10;
const ROUNDS = SOAK ? 24 : 4;
const PER_ROUND = SOAK ? 4 : 3;
/** Rounds after which the server is killed (-9) and restarted, and after which connections are cut. */
const KILLS = new Set(SOAK ? [2, 5, 8, 11, 14, 17, 19, 22] : [1]);
const CUTS = new Set(SOAK ? [3, 9, 16] : [2]);
const ROOT = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** The real server as its own process (`node server/src/main.ts`), so it can be killed for real. */
class ServerProcess {
  child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    this.child = child;
    // Never outlive the test process, even when it is killed before afterAll runs.
    const reap = () => child.kill('SIGKILL');
    process.once('exit', reap);
    child.once('exit', () => process.off('exit', reap));
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
        const res = await fetch(`${this.url}/health`).catch(() => null);
        return res?.ok ?? false;
      },
      120_000,
      'server process up',
    );
  }

  /** SIGKILL: no shutdown hook runs, open transactions die with the process. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}

const kind = testDatabaseKind();
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-fault-'));
const dbName = `cr_fault_${randomBytes(5).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(TEST_POSTGRES_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
let server: ServerProcess | null = null;
let proxy: NetProxy | null = null;
const devices: Device[] = [];

afterAll(async () => {
  for (const d of devices) await d.close().catch(() => undefined);
  await proxy?.close();
  await server?.kill();
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

/** Runs `fn` with a pool on the server's database (for PGlite: after the server process stopped). */
async function withDatabase<T>(fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
  if (kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
    try {
      return await fn(pool);
    } finally {
      await pool.end();
    }
  }
  const db = await openPglite(path.join(dataDir, 'pglite'));
  try {
    return await fn(db.pool);
  } finally {
    await db.close();
  }
}

describe(`fault test on ${kind}: ${DEVICES} devices, kill -9 and connection kills`, () => {
  it('every answer but the poisoned one reaches the server exactly once', { timeout: SOAK ? 1_800_000 : 600_000 }, async () => {
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
    }
    server = new ServerProcess(await freePort(), {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      RATE_LIMIT_PER_MIN: '1000000',
      LOGIN_RATE_LIMIT_PER_MIN: '1000000',
      CLIENT_DIST: '/nonexistent',
      ...(kind === 'postgres' ? { DATABASE_URL: dbUrl } : {}),
    });
    await server.start();
    proxy = await startNetProxy(server.url);

    const students: Array<{ id: string; device: Device }> = [];
    for (let i = 0; i < DEVICES; i++) {
      const email = `fault${i}-${randomBytes(3).toString('hex')}@test.cr`;
      const password = 'correct horse battery';
      const res = await fetch(`${server.url}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password, standard: 12, exam_target: new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10) }),
      });
      expect(res.status).toBe(201);
      const id = ((await res.json()) as { data: { user: { id: string } } }).data.user.id;
      const device = await openDevice({ endpoint: proxy.url, email, password, retryDelayMs: 300 });
      devices.push(device);
      await device.connect();
      students.push({ id, device });
    }

    const written = new Map<string, string>();
    const poisoned = attemptRow(students[0]!.id, 'fault0');
    let kills = 0;
    let cuts = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        students.map(async ({ id, device }, i) => {
          for (let k = 0; k < PER_ROUND; k++) {
            const row = attemptRow(id, `fault${i}`, k % 2 === 0 ? 'Q-C0' : 'Q-C1');
            const answer = round === 1 && i === 0 && k === 0 ? 'A\u0000' : String((round + k) % 10);
            const id_ = round === 1 && i === 0 && k === 0 ? poisoned.id : row.id;
            await device.db.execute(
              'INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
              [id_, id, row.question_id, row.concept_id, answer, 0, row.response_time_ms, row.device_time, row.hlc],
            );
            if (id_ !== poisoned.id) written.set(id_, id);
          }
        }),
      );
      await sleep(150);
      if (KILLS.has(round)) {
        await server.kill();
        kills += 1;
        // Devices keep writing offline while the server is down.
        await sleep(300);
        await server.start();
      }
      if (CUTS.has(round)) {
        proxy.setOffline(true);
        cuts += 1;
        await sleep(500);
        proxy.setOffline(false);
      }
    }

    for (const { device } of students) {
      await waitFor(async () => (await device.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud'))[0]?.n === 0, 240_000, 'every device drained its upload queue');
    }
    if (kind === 'pglite') await server.kill();

    const counts = await withDatabase(async (pool) => {
      const ids = students.map((s) => s.id);
      const rows = await pool.query<{ id: string; student_id: string; hlc: string }>('SELECT id::text, student_id::text, hlc FROM attempts WHERE student_id = ANY($1::uuid[])', [ids]);
      const refused = await pool.query<{ error_code: string; message: string }>('SELECT error_code, message FROM sync_upload_errors WHERE row_id = $1', [poisoned.id]);
      return { rows: rows.rows, refused: refused.rows };
    });
    const onServer = new Set(counts.rows.map((r) => r.id));
    const lost = [...written.keys()].filter((id) => !onServer.has(id)).length;
    const events = new Set(counts.rows.map((r) => `${r.student_id}|${r.hlc}`));
    const duplicated = counts.rows.length - events.size + counts.rows.filter((r) => !written.has(r.id)).length;
    console.log(
      `fault test (${kind}, ${DEVICES} devices, ${kills} kill -9, ${cuts} connection kills): written ${written.size} / on server ${counts.rows.length} / lost ${lost} / duplicated ${duplicated} / poisoned refused ${counts.refused.length}`,
    );
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
    expect(counts.rows.length).toBe(written.size);
    expect(counts.refused.length).toBeGreaterThanOrEqual(1);
    expect(counts.refused[0]).toMatchObject({ error_code: 'BAD_TEXT' });
  });
});
