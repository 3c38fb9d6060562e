// `npm run bench:login`: does the time of a failed sign-in tell whether the e-mail has an
// account? The real app on embedded PGlite (or BENCH_DATABASE_URL's Postgres with --postgres),
// over loopback HTTP, one request at a time: wrong passwords for existing accounts, interleaved
// with the same number of never-registered addresses. Prints p50/p95 of each and the ratio.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/src/app.ts';
import { hashPassword } from '../server/src/auth/passwords.ts';
import { loadSigningKeys } from '../server/src/auth/keys.ts';
import { loadConfig } from '../server/src/config.ts';
import { openPglite, type Database } from '../server/src/db/database.ts';
import { openScratchPostgres } from './scratch-postgres.ts';
import { migrate } from '../server/src/db/migrate.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '60' }, postgres: { type: 'boolean', default: false } } });
const n = Number(values.n);


const db: Database = values.postgres ? await openScratchPostgres('cr_bench_login', 10) : await openPglite(null);
await migrate(db.pool);
const hash = await hashPassword('the-right-password');
const known = Array.from({ length: n }, (_, i) => `known${i}@bench.cr`);
for (const email of known) {
  await db.pool.query(`INSERT INTO users (email, password_hash, role, standard) VALUES ($1, $2, 'student', 12)`, [email, hash]);
}
const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MIN: '100000000', LOGIN_RATE_LIMIT_PER_MIN: '100000000', CLIENT_DIST: '/nonexistent' });
const app = await buildApp({ config, pool: db.pool, keys: await loadSigningKeys(undefined, null) });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function attempt(email: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'a-wrong-password' }) });
  await res.arrayBuffer();
  return { ms: performance.now() - start, status: res.status };
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

try {
  // Warm-up (argon2 and the dummy hash), not measured.
  await attempt(`warm-${randomUUID()}@bench.cr`);
  const times = { known: [] as number[], unknown: [] as number[] };
  const statuses = new Set<number>();
  for (let i = 0; i < n; i++) {
    const a = await attempt(known[i] ?? '');
    const b = await attempt(`nobody-${randomUUID()}@bench.cr`);
    times.known.push(a.ms);
    times.unknown.push(b.ms);
    statuses.add(a.status).add(b.status);
  }
  const dbName = values.postgres ? 'postgres' : 'pglite';
  console.log(`failed sign-in, existing e-mail (${dbName}, n=${n}): p50 ${pct(times.known, 50).toFixed(1)} ms, p95 ${pct(times.known, 95).toFixed(1)} ms`);
  console.log(`failed sign-in, unknown e-mail (${dbName}, n=${n}): p50 ${pct(times.unknown, 50).toFixed(1)} ms, p95 ${pct(times.unknown, 95).toFixed(1)} ms`);
  console.log(`statuses seen: ${[...statuses].sort().join(', ')}`);
  console.log(`login timing: unknown/existing p50 ratio ${(pct(times.unknown, 50) / pct(times.known, 50)).toFixed(2)}`);
} finally {
  await app.close();
  await db.close();
}
