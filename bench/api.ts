// `npm run bench:api [-- --postgres | --pglite] [--seconds 10] [--students 200] [--attempts 2000] [--same-process] [--cpu-prof DIR]`:
// the real app over embedded PGlite and over a fresh Postgres database (BENCH_DATABASE_URL, default
// the local server), both by default, seeded with realistic data (bench/api-seed.ts: the real
// content; each student with 2,000 answers over 180 days, mastery rows, 27 results). The server
// runs in a child process (--same-process: in this one, sharing its event loop with the load
// generator, as this bench did before). autocannon drives login, profile and dashboard at 50
// concurrent connections (profile and dashboard: one seeded student per connection; the dashboard
// once as served, mostly from the server's per-student cache, and once with that cache emptied at
// every request) and prints p50/p95/p99 latency, throughput and CPU per request of the server
// and of Postgres, one line per route, each with the load average it ran at,
// then the dashboard statement alone, and ends with the summary line. --cpu-prof DIR writes the
// server process's V8 CPU profile (seed included) to DIR when it stops.
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEMO_ACCOUNTS } from '../server/src/seed/demo-accounts.ts';
import { percentile, startApiServer, type ApiServerReady, type CpuSample } from './api-server.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    postgres: { type: 'boolean', default: false },
    pglite: { type: 'boolean', default: false },
    students: { type: 'string', default: '200' },
    attempts: { type: 'string', default: '2000' },
    'same-process': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const duration = Number(values.seconds);
const CONNECTIONS = 50;
const kinds: Array<'pglite' | 'postgres'> = values.postgres && !values.pglite ? ['postgres'] : values.pglite && !values.postgres ? ['pglite'] : ['pglite', 'postgres'];
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

interface Running extends ApiServerReady {
  stop(): Promise<void>;
  cpu(): Promise<CpuSample>;
}

async function start(kind: 'pglite' | 'postgres'): Promise<Running> {
  const opts = { kind, students: Number(values.students), attempts: Number(values.attempts) };
  if (values['same-process']) {
    const server = await startApiServer(opts);
    return { ...server.ready, stop: server.close, cpu: server.cpu };
  }
  const child = fork(fileURLToPath(new URL('./api-server.ts', import.meta.url)), ['--child', '--kind', kind, '--students', String(opts.students), '--attempts', String(opts.attempts)], {
    execArgv: ['--import', 'tsx', ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [])],
    stdio: 'inherit',
  });
  const ready = await new Promise<ApiServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { ready: ApiServerReady }).ready));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
  });
  return {
    ...ready,
    cpu: () =>
      new Promise<CpuSample>((resolve) => {
        const answer = (m: unknown) => {
          if (typeof m === 'object' && m !== null && 'cpu' in m) {
            child.off('message', answer);
            resolve((m as { cpu: CpuSample }).cpu);
          }
        };
        child.on('message', answer);
        child.send('cpu');
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/**
 * Runs one route at 50 connections; prints its line and returns the p95 (ms). The line ends with
 * the CPU time per request of the server process and of the database's backends over the run.
 */
async function run(label: string, kind: string, server: Running, opts: autocannon.Options): Promise<number> {
  // A 2-second warm-up (JIT, caches, pool connections) is left out of the figures.
  await new Promise((resolve, reject) => autocannon({ connections: CONNECTIONS, duration: 2, ...opts }, (error: Error | null, r) => (error ? reject(error) : resolve(r))));
  const samples: number[] = [];
  const cpu0 = await server.cpu();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, duration, ...opts }, (error: Error | null, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  const cpu1 = await server.cpu();
  samples.sort((a, b) => a - b);
  const errors = result.non2xx + result.errors;
  const p95 = percentile(samples, 95);
  const perRequest = (a: number | null, b: number | null) => (a === null || b === null || samples.length === 0 ? 'n/a' : `${((b - a) / samples.length).toFixed(3)} ms`);
  const dbCpu = cpu0.dbMs === null ? '' : `, Postgres ${perRequest(cpu0.dbMs, cpu1.dbMs)}`;
  console.log(
    `${label} (${kind}, ${CONNECTIONS} conns): p50 ${ms(percentile(samples, 50))}, p95 ${ms(p95)}, p99 ${ms(percentile(samples, 99))}, ${Math.round(samples.length / duration)} req/s, ${errors} errors (${load()}); CPU per request: server ${perRequest(cpu0.serverMs, cpu1.serverMs)}${dbCpu}`,
  );
  return errors > 0 ? NaN : p95;
}

const dashboardP95 = new Map<string, number>();
for (const kind of kinds) {
  const server = await start(kind);
  try {
    const where = values['same-process'] ? "the load generator's process" : 'its own process';
    console.log(
      `seed (${kind}): ${server.emails.length} students, ${server.rows.attempts} attempts, ${server.rows.mastery} mastery rows, ${server.rows.results} results, ${server.rows.concepts} concepts in ${(server.seedMs / 1000).toFixed(1)} s; server in ${where}, pool ${server.poolMax}`,
    );
    const demo = DEMO_ACCOUNTS.find((a) => a.role === 'student');
    if (!demo) throw new Error('no demo student');
    const tokens: string[] = [];
    for (const email of server.emails.slice(0, CONNECTIONS)) tokens.push(await signIn(server.base, email, server.password));
    let next = 0;
    const perStudent = (client: autocannon.Client) => client.setHeaders({ authorization: `Bearer ${tokens[next++ % tokens.length]}` });
    // Sign-in last: its password hashing queues work in the server that would otherwise spill
    // into the next route's figures.
    await run('profile', kind, server, { url: `${server.base}/api/user/profile`, setupClient: perStudent });
    dashboardP95.set(kind, await run('dashboard', kind, server, { url: `${server.base}/api/user/dashboard`, setupClient: perStudent }));
    // Every request misses the server's dashboard cache (emptied as each arrives): the cost of a
    // first read, or of the first read after a write.
    await run('dashboard, cache cold', kind, server, {
      url: `${server.base}/api/user/dashboard`,
      setupClient: (client) => client.setHeaders({ authorization: `Bearer ${tokens[next++ % tokens.length]}`, 'x-bench-cold-cache': '1' }),
    });
    await run('login', kind, server, {
      url: `${server.base}/api/auth/login`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demo.email, password: demo.password }),
    });
    console.log(
      `dashboard statement alone (${kind}, 1 connection, sequential, ${server.statement.runs} runs over the seeded students): p50 ${ms(server.statement.p50)}, p95 ${ms(server.statement.p95)} (measured before the load, load ${server.statement.load.toFixed(1)})`,
    );
  } finally {
    await server.stop();
  }
}
const figure = (kind: string) => (dashboardP95.has(kind) ? `${(dashboardP95.get(kind) ?? NaN).toFixed(1)} ms` : 'not run');
console.log(`api: dashboard p95 ${figure('postgres')} Postgres, ${figure('pglite')} PGlite at ${CONNECTIONS} connections`);
