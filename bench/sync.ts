/**
 * Sync benchmarks: `npm run bench:sync` (PGlite) or `TEST_DB=postgres npm run bench:sync`.
 * Prints one line per figure. BENCH_STREAMS sets the fan-out size (default 1000),
 * BENCH_ATTEMPTS the initial-sync history size (default 10000), BENCH_BULK_ROWS and
 * BENCH_BULK_STUDENTS the one-transaction bulk capture (default 100000 rows for 1000 students);
 * BENCH_ONLY=bulk runs the bulk capture alone. The bulk capture runs the real server
 * (`server/src/main.ts`) in a child process of its own, so its CPU and RSS figures are the
 * server's alone; RUSH_SERVER_NODE_ARGS passes node flags to it (bench/rush/server-process.ts) (e.g. `--cpu-prof`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../server/src/db/database.ts';
import { createTestDatabase } from '../server/src/db/test-database.ts';
import { benchServerSetup, ServerProcess } from './rush/server-process.ts';
import { openDevice } from '../tests/sync/helpers/client.ts';
import { LightStream } from '../tests/sync/helpers/light-client.ts';
import { attemptRow, uuidv7 } from '../tests/sync/helpers/rows.ts';
import { seedContent, sleep, SyncTestServer, waitFor } from '../tests/sync/helpers/server.ts';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 10_000);
const CONCEPTS = 300;
const BULK_ROWS = Number(process.env.BENCH_BULK_ROWS ?? 100_000);
const BULK_STUDENTS = Number(process.env.BENCH_BULK_STUDENTS ?? 1000);
const ONLY = process.env.BENCH_ONLY ?? '';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const line = (name: string, value: string) => console.log(`${name.padEnd(52)} ${value}`);

async function main(): Promise<void> {
  // The bulk capture runs first, on a database and a server process of its own.
  const bulk = await bulkCapture();
  if (ONLY === 'bulk') {
    console.log(bulk);
    return;
  }
  const s = await SyncTestServer.start({ RATE_LIMIT_PER_MIN: '100000000' });
  const db = s.db;
  console.log(`# sync bench on ${db.kind}; ${CONCEPTS} concepts + ${CONCEPTS} questions, ${ATTEMPTS} attempts, ${STREAMS} streams`);
  try {
    await seedContent(db, CONCEPTS);
    const student = await s.user();

    // 1. Change capture: bulk writes through triggers into the bucket log, in commit order.
    await s.app.sync.processor.flush();
    const startOps = await s.app.sync.processor.lastOpId();
    const t0 = performance.now();
    const batch = 1000;
    for (let i = 0; i < ATTEMPTS; i += batch) {
      const rows = Array.from({ length: Math.min(batch, ATTEMPTS - i) }, () => attemptRow(student.id, 'bench'));
      await db.pool.query(
        `INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc)
         SELECT id, $1, 'Q-C0', 'C0', 500, now(), hlc FROM unnest($2::uuid[], $3::text[]) AS t(id, hlc)`,
        [student.id, rows.map((r) => r.id), rows.map((r) => r.hlc)],
      );
    }
    const endOps = await s.app.sync.processor.flush();
    const captureMs = performance.now() - t0;
    const captured = Number(endOps - startOps);
    line('change capture (commit -> bucket log)', `${Math.round(captured / (captureMs / 1000))} ops/s (${captured} ops in ${Math.round(captureMs)} ms)`);

    // 2. Initial sync of one student to a real @powersync/node client.
    const device = await openDevice({ endpoint: s.url, email: student.email, password: student.password });
    const t1 = performance.now();
    await device.connect();
    await device.db.waitForFirstSync();
    const syncMs = performance.now() - t1;
    const ops = (await device.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_oplog'))[0]?.n ?? 0;
    line('initial sync, one student (content + history)', `${Math.round(syncMs)} ms, ${Math.round(ops / (syncMs / 1000))} ops/s (${ops} ops)`);

    // 3. Server write -> visible on the device.
    const latencies: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const id = uuidv7();
      const start = performance.now();
      await db.pool.query(
        `INSERT INTO student_mastery (id, student_id, concept_id, mastery_level) VALUES ($1, $2, $3, 0.5)`,
        [id, student.id, `C${i}`],
      );
      await waitFor(async () => (await device.db.getAll('SELECT 1 FROM student_mastery WHERE id = ?', [id])).length === 1, 20_000);
      latencies.push(performance.now() - start);
      await sleep(10);
    }
    line('server write -> client visible (real SDK)', `p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms`);
    await device.close();

    // 4. Fan-out: many live streams in one process, each its own user; a content change reaches all.
    const users = Array.from({ length: STREAMS }, () => randomUUID());
    await db.pool.query(
      `INSERT INTO users (id, email, password_hash, standard) SELECT id, id::text || '@bench.cr', 'x', 12 FROM unnest($1::uuid[]) AS t(id)`,
      [users],
    );
    await s.app.sync.processor.flush();
    const streamTokens = await Promise.all(users.map((sub) => s.sign({ sub, role: 'student' })));
    const position = String(await s.app.sync.processor.flush());
    const streams: LightStream[] = [];
    const tOpen = performance.now();
    // Open in waves (as devices reconnect after a deploy), each wave settled before the next,
    // so the measurement is of streams held, not of a listen-backlog storm.
    const open = (i: number) => new LightStream(s.url, streamTokens[i]!, { buckets: [{ name: 'content[]', after: position }] });
    for (let i = 0; i < STREAMS; i += 100) {
      const wave = Array.from({ length: Math.min(100, STREAMS - i) }, (_, j) => open(i + j));
      await Promise.all(
        wave.map((st) =>
          st.waitFor((l) => 'checkpoint_complete' in l, 180_000).catch((error: unknown) => {
            throw new Error(`stream failed to open: status ${st.status}, error ${String(st.error)}; ${String(error)}`);
          }),
        ),
      );
      streams.push(...wave);
    }
    line('live streams held by one process', `${s.app.sync.streams} streams (opened in ${Math.round(performance.now() - tOpen)} ms)`);
    const pushes: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const id = `FAN${round}`;
      const start = performance.now();
      const arrived = streams.map((st) =>
        st.waitFor((l) => l.data?.data?.some((o: { object_id: string }) => o.object_id === id), 120_000).then(() => performance.now() - start),
      );
      await db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, 'MATH', 'U', 1, 1, 0.1)`, [id]);
      pushes.push(...(await Promise.all(arrived)));
    }
    line(`push latency to ${STREAMS} streams (content change)`, `p50 ${pct(pushes, 50).toFixed(1)} ms, p95 ${pct(pushes, 95).toFixed(1)} ms`);
    for (const st of streams) st.close();
    console.log(bulk);
  } finally {
    await s.close();
  }
}

/** Peak resident memory (VmHWM) of process `pid` since its last reset, in KB. */
function peakRssKb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}
/** Resets the kernel's high-water mark of `pid` (`clear_refs` 5); false where not allowed. */
function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * CPU time (user + system, ms) used so far by the Postgres backends connected to this database,
 * from /proc/<pid>/stat: the database's share of the capture, when Postgres runs on this machine
 * (null on PGlite or when the backends cannot be read). Backends that ended are not counted.
 */
async function backendCpuMs(db: Database): Promise<Map<number, number> | null> {
  if (db.kind !== 'postgres') return null;
  const { rows } = await db.pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    } catch {
      return null;
    }
  }
  return out;
}
function cpuSince(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}

/** Waits until every committed change is in the bucket log and published; the last op id then. */
async function captured(db: Database): Promise<bigint> {
  const state = await waitFor(async () => {
    const { rows } = await db.pool.query<{ idle: boolean; last: string }>(
      `SELECT NOT EXISTS (SELECT 1 FROM sync_changes) AND written_op_id <= last_op_id AND NOT pending_params AS idle, last_op_id::text AS last FROM sync_state`,
    );
    return rows[0]?.idle ? rows[0] : null;
  }, 120_000, 'the server to capture the set-up');
  return BigInt(state.last);
}

/**
 * One transaction writes BULK_ROWS attempts spread over BULK_STUDENTS students (as a content
 * import or a nightly job would); a raw protocol stream of one of those students watches. The
 * server (`server/src/main.ts`, its processor included) runs in a process of its own on a fresh
 * database, as in production, so its CPU and peak RSS are its own: not the bench's, the watching
 * client's or the database's (Postgres is another process; on PGlite the database stays in this
 * process and the server reaches it over its wire protocol). The clock runs from COMMIT returning
 * until that stream has received all of its student's rows and a checkpoint_complete at or past
 * them; the whole transaction must then be in the bucket log. Returns the summary line.
 */
async function bulkCapture(): Promise<string> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-bench-sync-'));
  let server: ServerProcess | null = null;
  let stream: LightStream | null = null;
  try {
    await seedContent(db, CONCEPTS);
    const students = Array.from({ length: BULK_STUDENTS }, () => randomUUID());
    await db.pool.query(
      `INSERT INTO users (id, email, password_hash, standard) SELECT id, id::text || '@bulk.cr', 'x', 12 FROM unnest($1::uuid[]) AS t(id)`,
      [students],
    );
    const { env, port, tokens } = await benchServerSetup(db.url, dataDir);
    server = await ServerProcess.start(env, port);
    const pid = server.child.pid ?? 0;
    const before = await captured(db);
    const watched = students[0]!;
    const perStudent = Math.ceil(BULK_ROWS / BULK_STUDENTS);
    const watching = (stream = new LightStream(server.url, await tokens.signAccess({ sub: watched, role: 'student' })));
    await watching.waitFor((l) => 'checkpoint_complete' in l, 60_000);
    const seen = new Set<string>();
    let visible: number | null = null;
    let commitAt = 0;
    watching.onLine((l) => {
      for (const o of (l.data?.data ?? []) as Array<{ op: string; object_type: string; object_id: string }>) {
        if (o.op === 'PUT' && o.object_type === 'attempts') seen.add(o.object_id);
      }
      if (visible === null && commitAt > 0 && l.checkpoint_complete && seen.size >= perStudent) visible = performance.now();
    });

    const rssBefore = server.rssKb() / 1024;
    const reset = resetPeakRss(pid);
    if (!reset) server.startPeak(20);
    const client = await db.pool.connect();
    const tWrite = performance.now();
    try {
      await client.query('BEGIN');
      // Row g belongs to student g mod BULK_STUDENTS, so every student gets BULK_ROWS / BULK_STUDENTS.
      await client.query(
        `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
         SELECT gen_random_uuid(), ($1::uuid[])[1 + g % $3], 'Q-C0', 'C0', '4', g % 3 = 0, 500 + g % 1000, now(),
                lpad(((extract(epoch FROM now()) * 1000)::bigint)::text, 13, '0') || ':' || lpad(to_hex(g), 6, '0') || ':bulk'
           FROM generate_series(0, $2 - 1) AS g`,
        [students, BULK_ROWS, BULK_STUDENTS],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    commitAt = performance.now();
    const cpuAtCommit = server.cpuMs();
    const dbCpuAtCommit = await backendCpuMs(db);
    await waitFor(() => visible !== null, 600_000, 'the watching student to see the whole transaction');
    const ms = (visible ?? commitAt) - commitAt;
    const cpuMs = server.cpuMs() - cpuAtCommit;
    const dbCpuMs = cpuSince(dbCpuAtCommit, await backendCpuMs(db));
    const peakMb = (reset ? peakRssKb(pid) : server.stopPeak()) / 1024;
    const { rows } = await db.pool.query<{ n: number; students: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT bucket)::int AS students FROM sync_ops WHERE op_id > $1 AND object_type = 'attempts'`,
      [before.toString()],
    );
    const ops = rows[0]?.n ?? 0;
    if (ops !== BULK_ROWS || seen.size !== perStudent) {
      throw new Error(`bulk capture incomplete: ${ops} of ${BULK_ROWS} ops in the bucket log, ${seen.size} of ${perStudent} rows at the watching client`);
    }
    const opsPerS = Math.round(ops / (ms / 1000));
    const peakHow = reset ? 'kernel high-water mark, VmHWM' : 'VmRSS sampled every 20 ms';
    line(`bulk write, one transaction (${BULK_ROWS} rows, ${db.kind})`, `${Math.round(commitAt - tWrite)} ms to commit`);
    line('bulk capture, commit -> visible at a watching client', `${Math.round(ms)} ms, ${opsPerS} ops/s (${ops} ops in ${rows[0]?.students ?? 0} buckets)`);
    line('bulk capture, server CPU until visible', `${(cpuMs / 1000).toFixed(1)} s (server process only; the database not included)`);
    line('bulk capture, Postgres backends CPU until visible', dbCpuMs === null ? 'not measured (PGlite, or Postgres not on this machine)' : `${(dbCpuMs / 1000).toFixed(1)} s (backends of the bench database; not the WAL writer or checkpointer)`);
    line('bulk capture, server peak RSS', `${Math.round(peakMb)} MB (${peakHow}; ${Math.round(rssBefore)} MB before the write; the database not included)`);
    console.log(`# load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    return `sync: bulk capture ${opsPerS} ops/s, server peak RSS ${Math.round(peakMb)} MB (${BULK_ROWS} rows, ${BULK_STUDENTS} students, ${db.kind})`;
  } finally {
    stream?.close();
    await server?.stop();
    await db.close();
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
