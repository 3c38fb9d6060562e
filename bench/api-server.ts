// The server side of `npm run bench:api`: the real app over embedded PGlite or a fresh Postgres
// database, migrated and seeded with realistic data (bench/api-seed.ts), listening on loopback.
// bench/api.ts runs it in a child process (as in production, the server's event loop serves
// only the server; the load generator runs in another process) or, with --same-process, in its own.
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/src/app.ts';
import { loadSigningKeys } from '../server/src/auth/keys.ts';
import { loadConfig } from '../server/src/config.ts';
import { openPglite, type Database } from '../server/src/db/database.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { createDashboardRepository } from '../server/src/repositories/dashboard.ts';
import { forgetDashboardCache } from '../server/src/routes/user/dashboard.ts';
import { seedDemoAccounts } from '../server/src/seed/demo-accounts.ts';
import { seedApiData } from './api-seed.ts';
import { openScratchPostgres } from './scratch-postgres.ts';

export interface ApiServerOptions {
  kind: 'postgres' | 'pglite';
  students: number;
  attempts: number;
}

export interface ApiServerReady {
  base: string;
  /** Seeded students (realistic data) and their shared password. */
  emails: string[];
  password: string;
  poolMax: number;
  /** Migration, seed, and change capture of the content caught up (ms). */
  seedMs: number;
  rows: { attempts: number; mastery: number; results: number; concepts: number };
  /** The dashboard statement alone, one connection, sequential over the seeded students (ms). */
  statement: { p50: number; p95: number; runs: number; load: number };
}

/** CPU time used so far (ms): this server process's, and its database backends' (Postgres on this machine only). */
export interface CpuSample {
  serverMs: number;
  /** Summed over the backends of the bench's database alive now (null on PGlite, which runs in the server's process, or a remote Postgres). */
  dbMs: number | null;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function openDb(kind: 'postgres' | 'pglite', poolMax: number): Promise<Database> {
  return kind === 'pglite' ? openPglite(null, poolMax) : openScratchPostgres('cr_bench_api', poolMax);
}

async function backendCpuMs(db: Database): Promise<number | null> {
  const { rows } = await db.pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command): utime, stime.
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}
// USER_HZ: 100 on Linux for every architecture this runs on.
const CLOCK_TICKS = 100;

export async function startApiServer(opts: ApiServerOptions): Promise<{ ready: ApiServerReady; close: () => Promise<void>; cpu: () => Promise<CpuSample> }> {
  // The pool size the server runs with (config default unless DATABASE_POOL_MAX is set).
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MIN: '100000000',
    LOGIN_RATE_LIMIT_PER_MIN: '100000000',
    CLIENT_DIST: '/nonexistent',
    ...(process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX } : {}),
  });
  const poolMax = opts.kind === 'pglite' ? 4 : config.DATABASE_POOL_MAX;
  const db = await openDb(opts.kind, poolMax);
  const t0 = performance.now();
  await migrate(db.pool);
  const nowMs = Date.now();
  await seedDemoAccounts(db.pool, nowMs);
  const seeded = await seedApiData(db.pool, { students: opts.students, attempts: opts.attempts, nowMs });
  const { rows } = await db.pool.query(
    `SELECT (SELECT count(*) FROM attempts)::int AS attempts, (SELECT count(*) FROM student_mastery)::int AS mastery,
            (SELECT count(*) FROM test_results)::int AS results, (SELECT count(*) FROM concepts)::int AS concepts`,
  );
  const ids = (await db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = ANY($1) ORDER BY email', [seeded.emails])).rows.map((r) => r.id);
  const statement = await timeStatement(db, ids);
  const app = await buildApp({ config, pool: db.pool, keys: await loadSigningKeys(undefined, null) });
  // bench:api's cache-cold run: a request carrying this header finds the dashboard cache empty.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.headers['x-bench-cold-cache'] !== undefined) forgetDashboardCache(db.pool);
    done();
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // The content load went through change capture; measure once the server has caught up.
  while ((await db.pool.query('SELECT EXISTS (SELECT 1 FROM sync_changes) AS pending')).rows[0].pending) await new Promise((r) => setTimeout(r, 200));
  const seedMs = performance.now() - t0;
  return {
    ready: { base, emails: seeded.emails, password: seeded.password, poolMax, seedMs, rows: rows[0] as ApiServerReady['rows'], statement },
    close: async () => {
      await app.close();
      await db.close();
    },
    cpu: async () => {
      const usage = process.cpuUsage();
      return { serverMs: (usage.user + usage.system) / 1000, dbMs: opts.kind === 'postgres' ? await backendCpuMs(db) : null };
    },
  };
}

/** The repository's one statement, sequentially on one connection, warm. */
async function timeStatement(db: Database, ids: string[]): Promise<ApiServerReady['statement']> {
  const client = await db.pool.connect();
  try {
    const repo = createDashboardRepository(client);
    const runs = Math.max(300, ids.length);
    for (let i = 0; i < 50; i++) await repo.dashboard(ids[i % ids.length]!, new Date().toISOString());
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await repo.dashboard(ids[i % ids.length]!, new Date().toISOString());
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs, load: loadavg()[0]! };
  } finally {
    client.release();
  }
}

// As a child of bench/api.ts: start, report, and stop when the parent says so or goes away.
if (process.argv.includes('--child') && process.send) {
  const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
  const server = await startApiServer({ kind: arg('--kind') === 'postgres' ? 'postgres' : 'pglite', students: Number(arg('--students')), attempts: Number(arg('--attempts')) });
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void stop();
    if (m === 'cpu') void server.cpu().then((cpu) => process.send?.({ cpu }));
  });
  process.on('disconnect', () => void stop());
  process.send({ ready: server.ready });
}
