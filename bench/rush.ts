// `npm run bench:rush [-- --devices 1000 --sdk 20 --streams 10000 --spread 10 --history 20 --uploads 2000 --idle 20]`
// Needs open files for every socket: `ulimit -n 65536` before 10,000 streams.
// On real Postgres (BENCH_DATABASE_URL, default the local `postgres` server; a temporary
// database is created and dropped): the shipped content (seedContent) and one student per device.
// The server is the real app (`server/src/main.ts`) in a child process of its own; its RSS is read
// from /proc/<pid>/status, so the figures are the server's alone.
// 1. Morning rush: `devices` raw protocol clients (streamed NDJSON, parsed until the first
//    checkpoint_complete) plus `sdk` real @powersync/node clients start their first sync at
//    random moments within `spread` seconds. Meanwhile a process of its own probes /health every 50 ms
//    and `probers` accounts sign in and read their profile back to back.
// 2. Fan-out, on the server restarted (so its RSS growth is the streams' own): its idle CPU with
//    no stream, then `streams` live raw streams held by the one server process (each a student who
//    already holds the content: it reconnects at the current position), its idle CPU with them held
//    (`idle` seconds), then a content row update that reaches every stream: delivery p95, server
//    CPU per fan-out and RSS growth per stream.
// 3. Uploads: `uploads` single-attempt uploads, 50 at once, by students whose streams are held:
//    throughput and uploads per CPU-second of the server.
import { randomUUID } from 'node:crypto';
import { execSync, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../server/src/db/migrate.ts';
import { seedContent } from '../server/src/seed/content.ts';
import { SyncHub } from '../server/src/sync/hub.ts';
import { ChangeProcessor } from '../server/src/sync/processor.ts';
import { loadRules } from '../server/src/sync/rules.ts';
import { openDevice, type Device } from '../tests/sync/helpers/client.ts';
import { hlc, uuidv7 } from '../tests/sync/helpers/rows.ts';
import { RawDevice } from './rush/raw-device.ts';
import { benchServerSetup, ServerProcess } from './rush/server-process.ts';
import type { ProbeConfig, ProbeResult } from './rush/probes.ts';

const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '1000' },
    sdk: { type: 'string', default: '20' },
    streams: { type: 'string', default: '10000' },
    spread: { type: 'string', default: '10' },
    history: { type: 'string', default: '20' },
    probers: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '900' },
    uploads: { type: 'string', default: '2000' },
    idle: { type: 'string', default: '20' },
    gzip: { type: 'string', default: 'on' },
  },
});
const DEVICES = Number(values.devices);
const SDK = Math.min(Number(values.sdk), DEVICES);
const RAW = DEVICES - SDK;
const STREAMS = Number(values.streams);
const SPREAD_MS = Number(values.spread) * 1000;
const HISTORY = Number(values.history);
const PROBERS = Number(values.probers);
const ROUNDS = Number(values.rounds);
const TIMEOUT_MS = Number(values.timeout) * 1000;
const UPLOADS = Number(values.uploads);
const IDLE_MS = Number(values.idle) * 1000;
/** Raw devices send Accept-Encoding: gzip as phones' browsers do (the SDK clients' fetch does anyway). */
if (values.gzip !== 'on' && values.gzip !== 'off') throw new Error(`--gzip must be on or off, got ${values.gzip}`);
const GZIP = values.gzip === 'on';
/** Uploads in flight at once in the upload phase. */
const UPLOAD_CONCURRENCY = 50;
const WAVE = 250;
const PASSWORD = 'correct horse battery';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
/** A latency, or `n/a` for a percentile of no samples (e.g. `--probers 0`). */
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const line = (name: string, value: string) => console.log(`${name.padEnd(48)} ${value}`);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `cr_bench_rush_${randomUUID().slice(0, 8)}`;
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;

/** Students with a few answered questions each (their own bucket), inserted set-based. */
async function createStudents(pool: pg.Pool, n: number, withHistory: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  for (let i = 0; i < n; i += 5000) {
    await pool.query(
      `INSERT INTO users (id, email, password_hash, standard) SELECT id, id::text || '@rush.cr', 'x', 12 FROM unnest($1::uuid[]) AS t(id)`,
      [ids.slice(i, i + 5000)],
    );
  }
  const { rows: questions } = await pool.query<{ id: string; concept: string }>(
    `SELECT id, primary_concept_id AS concept FROM questions ORDER BY id LIMIT $1`,
    [HISTORY],
  );
  const owners = ids.slice(0, withHistory).flatMap((id) => questions.map((q) => ({ id, q })));
  for (let i = 0; i < owners.length; i += 5000) {
    const chunk = owners.slice(i, i + 5000);
    await pool.query(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc)
       SELECT id, student, question, concept, 30000, now(), hlc FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS t(id, student, question, concept, hlc)`,
      [chunk.map(() => uuidv7()), chunk.map((o) => o.id), chunk.map((o) => o.q.id), chunk.map((o) => o.q.concept), chunk.map(() => hlc('rush'))],
    );
  }
  return ids;
}

async function signup(url: string, email: string): Promise<void> {
  const res = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, standard: 12, exam_target: new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10) }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
}

function startProbes(config: ProbeConfig): { stop(): Promise<ProbeResult> } {
  const child = fork(new URL('./rush/probes.ts', import.meta.url), { execArgv: ['--import', 'tsx'], env: { ...process.env, RUSH_PROBES: JSON.stringify(config) } });
  const result = new Promise<ProbeResult>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ProbeResult));
    child.once('exit', (code) => reject(new Error(`the probe process exited with code ${code}`)));
  });
  // Surfaced by stop(); not an unhandled rejection meanwhile.
  result.catch(() => undefined);
  return {
    async stop() {
      child.send('stop');
      return result;
    },
  };
}

async function main(): Promise<void> {
  const softLimit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
  const sockets = Math.max(DEVICES, STREAMS) + 200;
  console.log(`# rush bench on Postgres: ${DEVICES} first syncs (${RAW} raw + ${SDK} @powersync/node) within ${SPREAD_MS / 1000} s, ${STREAMS} live streams; raw devices accept gzip: ${GZIP ? 'yes' : 'no'}; load ${load()}; ulimit -n ${softLimit}`);
  if (softLimit < sockets) throw new Error(`open-file limit ${softLimit} < ${sockets} sockets needed: run \`ulimit -n 65536\` first`);

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 4 });
  pool.on('error', () => undefined);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-rush-'));
  let server: ServerProcess | null = null;
  const sdkDevices: Device[] = [];
  try {
    await migrate(pool);
    const content = await seedContent(pool);
    const students = await createStudents(pool, Math.max(RAW, STREAMS), RAW);
    const { rows: uploadQuestions } = await pool.query<{ id: string; concept: string }>(`SELECT id, primary_concept_id AS concept FROM questions ORDER BY id DESC LIMIT 50`);
    const tCapture = performance.now();
    const lastOp = await new ChangeProcessor({ pool, rules: loadRules(), hub: new SyncHub() }).flush();
    const { rows: contentOps } = await pool.query<{ n: string }>(`SELECT op_count::text AS n FROM sync_buckets WHERE bucket = 'content[]'`);
    console.log(`# content: ${content?.concepts} concepts, ${content?.questions} questions; content bucket ${contentOps[0]?.n} ops; ${students.length} students (${RAW} with ${HISTORY} attempts); bucket log at op ${lastOp} (captured in ${Math.round(performance.now() - tCapture)} ms)`);

    const { env, port, tokens } = await benchServerSetup(dbUrl.toString(), dataDir, { LOGIN_RATE_LIMIT_PER_MIN: '100000000' });
    server = await ServerProcess.start(env, port);
    const url = server.url;
    const accounts = Array.from({ length: SDK + PROBERS }, (_, i) => ({ email: `rush${i}-${randomUUID().slice(0, 8)}@rush.cr`, password: PASSWORD }));
    for (const a of accounts) await signup(url, a.email);
    const rawTokens = await Promise.all(students.slice(0, RAW).map((sub) => tokens.signAccess({ sub, role: 'student' })));
    for (const a of accounts.slice(0, SDK)) sdkDevices.push(await openDevice({ endpoint: url, ...a }));
    await sleep(2000);
    const idleKb = server.rssKb();

    // Phase 1: the morning rush (skipped with --devices 0: nothing to measure, no NaN printed).
    let rushSummary = `${DEVICES} first syncs skipped, /health not probed`;
    if (DEVICES === 0) console.log('# phase 1 (morning rush) skipped: --devices 0');
    else {
      const probes = startProbes({ url, healthEveryMs: 50, accounts: accounts.slice(SDK) });
      server.startPeak();
      const cpu0 = { server: server.cpuSplitMs(), bench: process.cpuUsage() };
      const durations: number[] = [];
      const failures: string[] = [];
      const raws: RawDevice[] = [];
      const tRush = performance.now();
      const at = () => Math.random() * SPREAD_MS;
      const rawRuns = rawTokens.map(async (token) => {
        await sleep(at());
        const d = new RawDevice({ url, token, gzip: GZIP });
        raws.push(d);
        await Promise.race([d.complete(), sleep(TIMEOUT_MS)]);
        if (d.completedAt === null) failures.push(`raw: ${d.failure()}`);
        else durations.push(d.completedAt - d.startedAt);
      });
      const sdkRuns = sdkDevices.map(async (device) => {
        await sleep(at());
        const start = performance.now();
        try {
          await device.connect();
          await Promise.race([device.db.waitForFirstSync(), sleep(TIMEOUT_MS).then(() => Promise.reject(new Error('timeout')))]);
          durations.push(performance.now() - start);
        } catch (error) {
          failures.push(`sdk: ${String(error)}`);
        }
      });
      await Promise.all([...rawRuns, ...sdkRuns]);
      const rushMs = performance.now() - tRush;
      const peakKb = server.stopPeak();
      const cpu1 = server.cpuSplitMs();
      const serverUserMs = cpu1.userMs - cpu0.server.userMs;
      const serverSysMs = cpu1.systemMs - cpu0.server.systemMs;
      const serverCpuMs = serverUserMs + serverSysMs;
      const benchCpu = process.cpuUsage(cpu0.bench);
      const probed = await probes.stop();
      const rawOps = raws.reduce((n, d) => n + d.ops, 0);
      line('first syncs complete', `${durations.length} of ${DEVICES} (${failures.length} failed${failures[0] ? `, first: ${failures[0]}` : ''}) in ${(rushMs / 1000).toFixed(1)} s`);
      line('time to first checkpoint_complete', `p50 ${(pct(durations, 50) / 1000).toFixed(2)} s, p95 ${(pct(durations, 95) / 1000).toFixed(2)} s, max ${(Math.max(...durations) / 1000).toFixed(2)} s`);
      // With gzip one bench process decodes every device's 24.5 MB on the cores the server uses, so
      // the devices queue for it: when the bytes holding checkpoint_complete arrived is the server's side.
      const onWire = raws.filter((d) => d.onWireAt !== null).map((d) => d.onWireAt! - d.startedAt);
      if (onWire.length > 0) line('first sync on the wire (raw devices)', `p50 ${(pct(onWire, 50) / 1000).toFixed(2)} s, p95 ${(pct(onWire, 95) / 1000).toFixed(2)} s, max ${(Math.max(...onWire) / 1000).toFixed(2)} s (the bytes holding checkpoint_complete arrived)`);
      const rawMb = raws.reduce((n, d) => n + d.bytes, 0) / 2 ** 20;
      const wireMb = raws.reduce((n, d) => n + d.wireBytes, 0) / 2 ** 20;
      const gzipped = raws.filter((d) => d.encoding === 'gzip').length;
      line('ops received by the raw devices', `${rawOps} (${Math.round(rawOps / Math.max(1, raws.length))} each), ${rawMb.toFixed(0)} MB (${(rawMb / Math.max(1, raws.length)).toFixed(1)} MB each)`);
      line('bytes on the wire (raw devices)', `${wireMb.toFixed(0)} MB (${(wireMb / Math.max(1, raws.length)).toFixed(1)} MB each; ${gzipped} of ${raws.length} gzip, ${(rawMb / Math.max(wireMb, 1e-9)).toFixed(1)}x)`);
      line('/health during the rush', `p50 ${ms(pct(probed.health, 50))}, p99 ${ms(pct(probed.health, 99))}, max ${ms(Math.max(...probed.health))} (${probed.health.length} probes)`);
      line('sign-in / profile during the rush', `p95 ${ms(pct(probed.signIn, 95))} / ${ms(pct(probed.profile, 95))} (${probed.signIn.length} / ${probed.profile.length} requests, ${probed.errors.length} errors${probed.errors[0] ? `: ${probed.errors[0]}` : ''})`);
      line('CPU during the rush (2 cores shared)', `server ${(serverCpuMs / 1000).toFixed(1)} s (user ${(serverUserMs / 1000).toFixed(1)}, system ${(serverSysMs / 1000).toFixed(1)}), bench clients ${((benchCpu.user + benchCpu.system) / 1e6).toFixed(1)} s`);
      line('server RSS (child process, /proc VmRSS)', `idle ${Math.round(idleKb / 1024)} MB, peak ${Math.round(peakKb / 1024)} MB during the rush`);
      for (const d of raws) d.close();
      for (const d of sdkDevices.splice(0)) await d.close();
      console.log(`# load after phase 1: ${load()}`);
      rushSummary = `${DEVICES} first syncs p95 ${(pct(durations, 95) / 1000).toFixed(1)} s, /health p99 ${Math.round(pct(probed.health, 99))} ms`;
    }

    // Phase 2: streams held by one process, one write fanned out to all. The server is restarted
    // first so that the RSS growth is the streams' own, not the rush's heap being given back.
    await server.stop();
    server = await ServerProcess.start(env, port);
    await sleep(3000);
    const idle0 = server.cpuMs();
    await sleep(IDLE_MS);
    const idleNoStreams = (server.cpuMs() - idle0) / IDLE_MS;
    line('server CPU idle, no streams', `${(idleNoStreams * 100).toFixed(1)} % of a core (over ${IDLE_MS / 1000} s)`);
    const { rows: state } = await pool.query<{ last: string }>(`SELECT last_op_id::text AS last FROM sync_state`);
    const position = state[0]?.last ?? '0';
    const streamTokens = await Promise.all(students.slice(0, STREAMS).map((sub) => tokens.signAccess({ sub, role: 'student' })));
    const beforeKb = server.rssKb();
    const streams: RawDevice[] = [];
    const tOpen = performance.now();
    for (let i = 0; i < STREAMS; i += WAVE) {
      const wave = streamTokens.slice(i, i + WAVE).map((token) => new RawDevice({ url, token, gzip: GZIP, buckets: [{ name: 'content[]', after: position }] }));
      await Promise.all(wave.map((d) => Promise.race([d.complete(), sleep(TIMEOUT_MS)])));
      const bad = wave.find((d) => d.completedAt === null);
      if (bad) throw new Error(`a stream did not open: ${bad.failure()}`);
      streams.push(...wave);
    }
    const openMs = performance.now() - tOpen;
    await sleep(3000);
    const heldKb = server.rssKb();
    const perStreamKb = (heldKb - beforeKb) / STREAMS;
    line('live streams held by the server process', `${streams.length} (opened in ${(openMs / 1000).toFixed(1)} s, waves of ${WAVE})`);
    line('server RSS with the streams held', `${Math.round(beforeKb / 1024)} MB (restarted, idle) -> ${Math.round(heldKb / 1024)} MB, ${perStreamKb.toFixed(1)} KB/stream`);
    // One keepalive interval (the default 20 s) covers every stream's keepalive and one bulk liveness check.
    const held0 = server.cpuMs();
    await sleep(IDLE_MS);
    const idleHeld = (server.cpuMs() - held0) / IDLE_MS;
    line(`server CPU idle, ${streams.length} streams held`, `${(idleHeld * 100).toFixed(1)} % of a core (over ${IDLE_MS / 1000} s: keepalives and liveness checks)`);
    const { rows: concepts } = await pool.query<{ id: string }>(`SELECT id FROM concepts ORDER BY id LIMIT 1`);
    const conceptId = concepts[0]!.id;
    const deliveries: number[] = [];
    const wireDeliveries: number[] = [];
    let fanOutCpuMs = 0;
    let fanOutSysMs = 0;
    let clientCpuUs = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const arrivals = streams.map((d) => d.waitForObject(conceptId));
      const cpuStart = server.cpuSplitMs();
      const clientStart = process.cpuUsage();
      const start = performance.now();
      await pool.query(`UPDATE concepts SET description = $2 WHERE id = $1`, [conceptId, `rush round ${round} ${randomUUID()}`]);
      const timed = await Promise.race([Promise.all(arrivals), sleep(TIMEOUT_MS).then(() => null)]);
      if (!timed) throw new Error(`round ${round}: the update did not reach every stream`);
      deliveries.push(...timed.map((t) => t.decodedAt - start));
      wireDeliveries.push(...timed.map((t) => t.onWireAt - start));
      const cpuEnd = server.cpuSplitMs();
      fanOutCpuMs += cpuEnd.userMs + cpuEnd.systemMs - cpuStart.userMs - cpuStart.systemMs;
      fanOutSysMs += cpuEnd.systemMs - cpuStart.systemMs;
      const client = process.cpuUsage(clientStart);
      clientCpuUs += client.user + client.system;
      await sleep(1000);
    }
    const lost = streams.filter((d) => d.error !== null).length;
    line(`content update -> ${streams.length} streams (${ROUNDS} rounds), decoded by the bench`, `p50 ${ms(pct(deliveries, 50))}, p95 ${ms(pct(deliveries, 95))}, max ${ms(Math.max(...deliveries))}; ${lost} streams lost`);
    if (GZIP) line(`content update -> ${streams.length} streams, on the wire`, `p50 ${ms(pct(wireDeliveries, 50))}, p95 ${ms(pct(wireDeliveries, 95))}, max ${ms(Math.max(...wireDeliveries))}`);
    const perFanOut = fanOutCpuMs / ROUNDS;
    line('server CPU per fan-out (10 ms ticks)', `${Math.round(perFanOut)} ms, ${((perFanOut * 1000) / streams.length).toFixed(0)} us/stream (user ${Math.round(perFanOut - fanOutSysMs / ROUNDS)} ms, system ${Math.round(fanOutSysMs / ROUNDS)} ms)`);
    // The clients share the machine with the server: their CPU delays the server's and their own reading.
    line('bench clients CPU per fan-out (receiving, parsing)', `${Math.round(clientCpuUs / 1000 / ROUNDS)} ms, ${(clientCpuUs / ROUNDS / streams.length).toFixed(0)} us/stream`);

    // Phase 3: uploads (one attempt each) by students whose streams are held, so each upload also
    // reaches its device: throughput and the server's CPU per upload.
    const uploaders = students.slice(0, Math.min(STREAMS, 500));
    const uploaderTokens = streamTokens.slice(0, uploaders.length);
    const uploadMs: number[] = [];
    let uploadErrors = 0;
    let next = 0;
    const cpuUploads = server.cpuMs();
    const tUploads = performance.now();
    await Promise.all(
      Array.from({ length: Math.min(UPLOAD_CONCURRENCY, UPLOADS) }, async () => {
        for (let i = next++; i < UPLOADS; i = next++) {
          const k = i % uploaders.length;
          const q = uploadQuestions[i % uploadQuestions.length]!;
          const op = { op: 'PUT', type: 'attempts', id: uuidv7(), data: { student_id: uploaders[k], question_id: q.id, concept_id: q.concept, answer: '1', is_correct: 0, response_time_ms: 30000, device_time: new Date().toISOString(), hlc: hlc(`up${k}`) } };
          const t0 = performance.now();
          const res = await fetch(`${url}/sync/upload`, { method: 'POST', headers: { authorization: `Bearer ${uploaderTokens[k]}`, 'content-type': 'application/json' }, body: JSON.stringify({ client_id: `rush${k}`, ops: [op] }) });
          const body = (await res.json()) as { data?: { applied: number } };
          uploadMs.push(performance.now() - t0);
          if (!res.ok || body.data?.applied !== 1) uploadErrors += 1;
        }
      }),
    );
    const uploadWallS = (performance.now() - tUploads) / 1000;
    const uploadCpuS = (server.cpuMs() - cpuUploads) / 1000;
    if (UPLOADS === 0) console.log('# phase 3 (uploads) skipped: --uploads 0');
    else line(`uploads (1 attempt each, ${UPLOAD_CONCURRENCY} at once)`, `${UPLOADS} in ${uploadWallS.toFixed(1)} s (${Math.round(UPLOADS / uploadWallS)}/s), p95 ${ms(pct(uploadMs, 95))}, ${uploadErrors} errors; server CPU ${uploadCpuS.toFixed(1)} s = ${Math.round(UPLOADS / Math.max(uploadCpuS, 0.01))} uploads per CPU-second`);
    for (const d of streams) d.close();
    console.log(`# load at the end: ${load()}`);
    console.log(
      `rush: ${rushSummary}, ${STREAMS} streams fan-out p95 ${Math.round(pct(deliveries, 95))} ms, ${Math.round(perStreamKb)} KB/stream`,
    );
  } finally {
    for (const d of sdkDevices) await d.close().catch(() => undefined);
    await server?.stop();
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
