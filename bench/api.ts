// `npm run bench:api`: the real app on embedded PGlite (or BENCH_DATABASE_URL's Postgres with
// --postgres) listening on loopback; autocannon drives login, profile and dashboard at 50
// concurrent connections and prints p50/p95/p99 latency and throughput, one line per route.
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildApp } from '../server/src/app.ts';
import { loadSigningKeys } from '../server/src/auth/keys.ts';
import { loadConfig } from '../server/src/config.ts';
import { openPglite, openPostgres, type Database } from '../server/src/db/database.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from '../server/src/seed/demo-accounts.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, postgres: { type: 'boolean', default: false } } });
const duration = Number(values.seconds);

async function openDb(): Promise<Database> {
  if (!values.postgres) return openPglite(null);
  const { default: pg } = await import('pg');
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `cr_bench_api_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), 20);
  return {
    ...db,
    async close() {
      await db.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

const db = await openDb();
await migrate(db.pool);
await seedDemoAccounts(db.pool, Date.now());
const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MIN: '100000000', LOGIN_RATE_LIMIT_PER_MIN: '100000000', CLIENT_DIST: '/nonexistent' });
const app = await buildApp({ config, pool: db.pool, keys: await loadSigningKeys(undefined, null) });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const student = DEMO_ACCOUNTS.find((a) => a.role === 'student');
if (!student) throw new Error('no demo student');
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: student.email, password: student.password }),
});
const token = ((await login.json()) as { data: { token: string } }).data.token;

function pct(sorted: number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(1);
}

async function run(label: string, opts: autocannon.Options): Promise<void> {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ connections: 50, duration, ...opts }, (error: Error | null, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  samples.sort((a, b) => a - b);
  const errors = result.non2xx + result.errors;
  console.log(
    `${label} (${values.postgres ? 'postgres' : 'pglite'}, 50 conns): p50 ${pct(samples, 50)} ms, p95 ${pct(samples, 95)} ms, p99 ${pct(samples, 99)} ms, ${Math.round(samples.length / duration)} req/s, ${errors} errors`,
  );
}

try {
  await run('login', {
    url: `${base}/api/auth/login`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: student.email, password: student.password }),
  });
  await run('profile', { url: `${base}/api/user/profile`, headers: { authorization: `Bearer ${token}` } });
  await run('dashboard', { url: `${base}/api/user/dashboard`, headers: { authorization: `Bearer ${token}` } });
} finally {
  await app.close();
  await db.close();
}
