// `npm run bench:ranking [-- --students 100000 --burst 60 --concurrency 2 --threads 2 --batch 2000 --latency 200 --publish --processor --keep]`
// On real Postgres (BENCH_DATABASE_URL, default the local `postgres` server; a temporary
// database is created and dropped): one monthly benchmark, N students × 75 answers each.
//
// 1. Deadline burst, scored as it arrives. The answers were uploaded while the students sat the
//    paper (bulk-loaded before, not measured); then every submission arrives within the last
//    10 minutes of the window, the close coming at the peak of the burst. The 10 minutes are
//    replayed COMPRESSED into `--burst` seconds (default 60 s, 10× the real arrival rate, so a
//    pessimistic load): each tick flips the sittings due by then to submitted with the upload's
//    own statement and triggers (receipt time recorded by the server, change capture).
//    Meanwhile `concurrency` workers run the backlog drain of the scoring job (claims of
//    `batch` sittings, SKIP LOCKED), idling 2 s between empty claims as the job queue's polling
//    does; their claims are scored on `threads` scoring threads as a server's are (the
//    SCORING_THREADS default, 2; 0 scores on the event loop, as before 2026-12-07). After the close: the time until every submission is scored; then, once due (close +
//    grace, which is not counted), the rank job (one transaction: release, percentiles, ranks,
//    leaderboard, coach alerts). Printed: every result authoritative N s after the close.
// 2. Worst case for throughput: the scores are wiped and the benchmark unreleased, as if nothing
//    had been scored during the burst; the workers drain all N sittings, then rank again.
// `--processor`: the sync change processor runs in the bench process throughout, as it does in a
// server that also works the jobs, turning captured rows into bucket ops on the same cores as
// the drains; printed: when the release's results were in the bucket log (devices can fetch
// them) after the rank committed. Its CPU is in the bench process's and the database's figures.
// Optionally the chunked publication of per-question responses with mastery refresh; then the
// per-student result latency of a single sitting scored by the scoring job. Goals: every result
// ≤ 60 s after the close, rank ≤ 2 s, scoring ≥ 5,000 sittings/s.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../server/src/db/migrate.ts';
import { withTransaction } from '../server/src/db/database.ts';
import { drainBacklog, publishJob, rankJob, scoreBatch } from '../server/src/jobs/scoring.ts';
import { scoringFor } from '../server/src/scoring/scoring.ts';
import { startScoringThreads, type BacklogScorer, type ScoringThreads } from '../server/src/scoring/threads.ts';
import { addToBank, scheduleBenchmark } from '../server/src/services/benchmarks.ts';
import { SyncHub } from '../server/src/sync/hub.ts';
import { ChangeProcessor } from '../server/src/sync/processor.ts';
import { loadRules } from '../server/src/sync/rules.ts';
import type { Question } from '../shared/src/index.ts';
import { DAY_MS } from '../shared/src/time.ts';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '100000' },
    burst: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '2' },
    threads: { type: 'string', default: '2' },
    batch: { type: 'string', default: '2000' },
    latency: { type: 'string', default: '200' },
    publish: { type: 'boolean', default: false },
    processor: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const STUDENTS = Number(values.students);
const CONCURRENCY = Number(values.concurrency);
const THREADS = Number(values.threads);
const BURST_MS = Number(values.burst) * 1000;
const WINDOW_MS = 600_000;
const BATCH = Number(values.batch);
const LATENCY_RUNS = Number(values.latency);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `cr_bench_ranking_${randomBytes(4).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: CONCURRENCY + 2 });
// DROP DATABASE … WITH (FORCE) at the end terminates sessions the pool may still be closing.
pool.on('error', () => undefined);
// The change processor's own connections (as the sync plugin's share the server's pool, but the
// drains here must not wait for a connection the processor holds).
const syncPool = new pg.Pool({ connectionString: url.toString(), max: 3 });
syncPool.on('error', () => undefined);
// The scoring threads' connections are their own (two each at most), as in a server.
const threads: ScoringThreads | null = THREADS > 0 ? startScoringThreads({ url: url.toString(), kind: 'postgres' }, THREADS) : null;
const processor = values.processor ? new ChangeProcessor({ pool: syncPool, rules: loadRules(), hub: new SyncHub() }) : null;
/** Time until every change committed so far is in the bucket log (null without --processor). */
const synced = async (): Promise<number | null> => {
  if (!processor) return null;
  const t0 = performance.now();
  await processor.flush();
  return performance.now() - t0;
};

const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
let summary = '';
/**
 * CPU time (ms) of each server process of the bench database, from /proc (Postgres on this
 * machine; empty when it is elsewhere). CPU per sitting depends far less on other load on the
 * machine than wall time does.
 */
async function databaseCpu(): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      out.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
    } catch {
      // Not on this machine (or the process just ended): not counted.
    }
  }
  return out;
}
const cpuSince = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

function pct(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Items for the sealed bank (benchmark) or the public bank (weekly tests): 22 single + 6 numerical per subject. */
function items(prefix: string): Question[] {
  return SUBJECTS.flatMap((subject) =>
    Array.from({ length: 28 }, (_, i) => ({
      id: `${prefix}-${subject[0]}${String(i).padStart(3, '0')}`,
      subject,
      primary_concept_id: `${subject[0]}.${i % 4}`,
      secondary_concept_ids: [],
      type: i < 22 ? ('SINGLE' as const) : i % 2 === 0 ? ('INTEGER' as const) : ('NUMERIC' as const),
      text: `Question ${i}`,
      options: i < 22 ? ['A', 'B', 'C', 'D'].map((key) => ({ key: key as 'A', text: key })) : null,
      answer: i < 22 ? 'ABCD'.charAt(i % 4) : String(10 + i),
      tolerance: null,
      explanation: '',
      difficulty: 1 + (i % 5),
      source: 'bench',
      year: null,
      image_urls: [],
      generator: null,
    })),
  );
}

try {
  await migrate(pool);
  const load0 = performance.now();
  for (const subject of SUBJECTS) {
    for (let c = 0; c < 4; c++) {
      await pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, $2, 'U', 1 + $3 % 2, 2, 0.25)`, [`${subject[0]}.${c}`, subject, c]);
    }
    await pool.query(`INSERT INTO prerequisites (concept_id, prerequisite_id, weight, criticality, transfer) VALUES ($1, $2, 0.8, 'HARD', 0.5)`, [`${subject[0]}.1`, `${subject[0]}.0`]);
  }
  await withTransaction(pool, (c) => addToBank(c, items('BM')));
  const weekly = items('PUB').slice(0, 75);
  for (const q of weekly) {
    await pool.query(`INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, difficulty, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'bench')`, [
      q.id, q.subject, q.primary_concept_id, q.type, q.text, q.options ? JSON.stringify(q.options) : null, q.answer, q.difficulty,
    ]);
  }
  const now = Date.now();
  // The window's close is set once the load is done (the burst ends at the close).
  const GRACE_S = 30;
  const bm = await withTransaction(pool, (c) =>
    scheduleBenchmark(c, {
      standard: 12,
      month: '2030-01-01',
      opensAt: new Date(now - 5 * 3600_000).toISOString(),
      closesAt: new Date(now + DAY_MS).toISOString(),
      graceS: GRACE_S,
      actorId: null,
    }),
  );

  // Bulk load (not measured): students, their sittings still in progress, and 75 answers each
  // with a spread of abilities, uploaded while they sat the paper; triggers off as a restore
  // would have them. Student g submits `offset(g)` before the close (uniform over 10 minutes).
  const load = await pool.connect();
  await load.query(`SET session_replication_role = replica`);
  await load.query(
    `INSERT INTO users (id, email, password_hash, role, standard, full_name)
     SELECT md5('s' || g)::uuid, 's' || g || '@bench.cr', 'x', 'student', 12, 'Student ' || g FROM generate_series(1, $1) g`,
    [STUDENTS],
  );
  await load.query(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, duration_limit_s, field_hlc, received_at)
     SELECT md5('t' || g)::uuid, md5('s' || g)::uuid, $2, 'MONTHLY', 'JEE_MAIN', $3, 'in_progress', to_timestamp($4 / 1000.0) - interval '1 hour',
            10800, '{}'::jsonb, to_timestamp($4 / 1000.0) - interval '1 hour'
       FROM generate_series(1, $1) g`,
    [STUDENTS, bm.id, bm.question_ids, now],
  );
  for (let from = 1; from <= STUDENTS; from += 10_000) {
    await load.query(
      `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, response_time_ms, device_time, hlc, received_at)
       SELECT md5('a' || g || ':' || p.j)::uuid, md5('s' || g)::uuid, md5('t' || g)::uuid, k.id, k.primary_concept_id,
              CASE WHEN h.r < h.ability THEN k.answer
                   WHEN h.r < h.ability + (1 - h.ability) / 2 THEN CASE WHEN k.type = 'SINGLE' THEN CASE WHEN k.answer = 'A' THEN 'B' ELSE 'A' END ELSE (k.answer::int + 7)::text END
                   ELSE NULL END,
              30000 + p.j * 10, to_timestamp((r.ms - (80 - p.j) * 1000) / 1000.0),
              lpad((r.ms - (80 - p.j) * 1000)::text, 13, '0') || ':' || lpad(p.j::text, 4, '0') || ':bench', to_timestamp(r.ms / 1000.0)
         FROM generate_series($1::int, $2::int) g
        CROSS JOIN LATERAL (SELECT $3::bigint - (g::bigint * 7919) % 600000 AS ms) r
        CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS p(qid, j)
         JOIN benchmark_bank k ON k.id = p.qid
        CROSS JOIN LATERAL (SELECT (abs(hashtext(g || ':' || p.j)) % 1000) / 1000.0 AS r, 0.1 + (abs(hashtext('a' || g)) % 800) / 1000.0 AS ability) h`,
      [from, Math.min(STUDENTS, from + 9_999), now - 1000, bm.question_ids],
    );
  }
  await load.query('ANALYZE');
  // Closed, not returned to the pool: a pooled session with triggers off would silently skip the
  // submission and change-capture triggers of whatever ran on it next.
  load.release(true);
  console.log(`load: ${STUDENTS} students × 75 responses in ${s(performance.now() - load0)} (not part of the figures)`);

  // Submission order: student g submits offset(g) = (g × 7919) mod 600,000 ms before the close.
  const offsetOf = (g: number) => (g * 7919) % WINDOW_MS;
  const order = Array.from({ length: STUDENTS }, (_, i) => i + 1).sort((x, y) => offsetOf(y) - offsetOf(x));
  const idsOf = async (gs: number[]) =>
    (await pool.query<{ id: string }>(`SELECT md5('t' || g)::uuid::text AS id FROM unnest($1::int[]) g`, [gs])).rows.map((r) => r.id);

  // The rows loaded above were not captured (triggers off): the processor only sees what the
  // burst and the rank write.
  processor?.start();
  // 1. The burst. The close is the end of the compressed replay.
  const burst0 = Date.now() + 2000;
  const closesMs = burst0 + BURST_MS;
  await pool.query(`UPDATE benchmarks SET closes_at = to_timestamp($2 / 1000.0) WHERE id = $1`, [bm.id, closesMs]);
  await pool.query(`UPDATE benchmark_answer_keys SET window_closes_at = to_timestamp($2 / 1000.0) WHERE benchmark_id = $1`, [bm.id, closesMs]);
  let arriving = true;
  let scoredDuring = 0;
  let scoredAfter = 0;
  let lastScoredAt = 0;
  // The drain job's loop (drainBacklog), one claim at a time so that each batch is counted on
  // its side of the close.
  const scoring: BacklogScorer = threads ?? scoringFor(pool);
  const drains = Array.from({ length: CONCURRENCY }, async () => {
    for (;;) {
      // A drain stops at a short claim only if that claim began after the last submission had
      // committed: a claim that began before it may have missed it (on a loaded machine that
      // left the last tick's submissions unscored).
      const arrivingAtClaim = arriving;
      const r = await scoring.scoreBacklog(BATCH);
      if (Date.now() < closesMs) scoredDuring += r.scored;
      else scoredAfter += r.scored;
      if (r.scored > 0) lastScoredAt = Date.now();
      if (r.claimed < BATCH && !arrivingAtClaim) return;
      if (r.claimed < BATCH) await new Promise((resolve) => setTimeout(resolve, r.claimed === 0 ? 2000 : 0));
    }
  });
  const loadBurst = loadavg()[0]!.toFixed(2);
  const cpuBurst = process.cpuUsage();
  let next = 0;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, burst0 - Date.now())));
  while (next < order.length) {
    // Everyone whose (compressed) submission time has come, in one upload-shaped statement.
    const at = Date.now();
    const due: number[] = [];
    while (next < order.length && closesMs - (offsetOf(order[next]!) * BURST_MS) / WINDOW_MS <= at) due.push(order[next++]!);
    if (due.length > 0) {
      await pool.query(
        `UPDATE test_sittings SET status = 'submitted', submitted_at = now(),
                field_hlc = jsonb_build_object('status', lpad($2::text, 13, '0') || ':zzzz:bench', 'submitted_at', lpad($2::text, 13, '0') || ':zzzz:bench')
          WHERE id = ANY($1::uuid[])`,
        [await idsOf(due), at],
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  arriving = false;
  // On a loaded machine the replay can fall behind: the last submissions then reach the server
  // after the scheduled close (within grace they still count; after it they are refused).
  const lastArrivalMs = Date.now();
  const backlogAtClose = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM sitting_submissions WHERE pending`,
  );
  await Promise.all(drains);
  const left = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM sitting_submissions WHERE pending`);
  if (left.rows[0]!.n > 0) throw new Error(`${left.rows[0]!.n} submissions left unscored by the drains`);
  const burstCpu = process.cpuUsage(cpuBurst);
  const verdicts = await pool.query<{ counted: number; refused: number }>(
    `SELECT count(*) FILTER (WHERE state = 'counted')::int AS counted, count(*) FILTER (WHERE state = 'refused')::int AS refused FROM sitting_scores WHERE benchmark_id = $1`,
    [bm.id],
  );
  const scoredAfterCloseMs = Math.max(0, lastScoredAt - closesMs);
  console.log(
    `burst: ${STUDENTS} submissions over the last 10 min replayed in ${s(BURST_MS)} (${(WINDOW_MS / BURST_MS).toFixed(0)}× compressed, ${(STUDENTS / (BURST_MS / 1000)).toFixed(0)} submissions/s); ` +
      `last one received ${s(Math.max(0, lastArrivalMs - closesMs))} after the scheduled close; ${scoredDuring} scored before the close, ${backlogAtClose.rows[0]!.n} waiting when the last arrived, ${scoredAfter} scored after the close ` +
      `(${verdicts.rows[0]!.counted} counted, ${verdicts.rows[0]!.refused} refused); last scored ${s(scoredAfterCloseMs)} after the close ` +
      `(${CONCURRENCY} drains on ${threads ? `${THREADS} scoring threads` : 'the event loop'}, batches of ${BATCH}${processor ? ', change processor running' : ''}; bench process CPU ${s((burstCpu.user + burstCpu.system) / 1000)}; load average ${loadBurst} before, ${loadavg()[0]!.toFixed(2)} after)`,
  );
  // Ranking is due once the grace period is over (not counted).
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesMs + GRACE_S * 1000 + 500 - Date.now())));
  const readUpdates = async () => {
    const { rows } = await pool.query<{ upd: string; hot: string }>(`SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'test_results'`);
    return { upd: Number(rows[0]!.upd), hot: Number(rows[0]!.hot) };
  };
  // Cumulative statistics reach the view only once the writing backend flushes them: at most
  // once a second, and a backend that flushed less than a second before going idle holds them
  // up to 10 s more (Postgres 15), so a fixed short wait could read nothing and print
  // "0 updated". After the rank, wait until the count moves (or 12 s: nothing was updated).
  const updates = async (since?: { upd: number; hot: number }) => {
    const until = Date.now() + 12_000;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = await readUpdates();
      if (!since || now.upd !== since.upd || Date.now() >= until) return now;
    }
  };
  const rank = async (label: string) => {
    const sealed = await pool.query(`SELECT count(*)::int AS n FROM test_results WHERE test_id = $1 AND NOT published`, [bm.id]);
    const before = await updates();
    const loadRank = loadavg()[0]!.toFixed(2);
    const dbCpuRank0 = await databaseCpu();
    const rank0 = performance.now();
    const rankResult = await rankJob(pool, bm.id, null);
    const rankMs = performance.now() - rank0;
    const dbCpuRank = cpuSince(dbCpuRank0, await databaseCpu());
    const syncMs = await synced();
    if (syncMs !== null) console.log(`sync (${label}): every change of the release in the bucket log ${s(syncMs)} after the rank committed (change processor running)`);
    const phases = rankResult.phases;
    const after = await updates(before);
    const ranked = await pool.query(`SELECT count(*)::int AS n, count(percentile)::int AS p, count(*) FILTER (WHERE published)::int AS published FROM test_results WHERE test_id = $1`, [bm.id]);
    console.log(
      `rank (${label}): ${s(rankMs)} for ${ranked.rows[0].p} of ${ranked.rows[0].n} results (load average ${loadRank}; ` +
        `Postgres CPU ${dbCpuRank > 0 ? s(dbCpuRank) : 'not measured (database not on this machine)'})`,
    );
    if (phases) {
      console.log(`rank phases: release keys + score pending ${s(phases.releaseAndScore)}, standings computed ${s(phases.compute)}, standings written into the results = published ${s(phases.publish)}, leaderboard + alerts ${s(phases.rest)}`);
    }
    console.log(
      `release: ${sealed.rows[0].n} sealed results before, ${ranked.rows[0].published} published after; ${after.upd - before.upd} updated, ${after.hot - before.hot} of them HOT (${(((after.hot - before.hot) / Math.max(1, after.upd - before.upd)) * 100).toFixed(1)} %)`,
    );
    return rankMs;
  };
  const burstRankMs = await rank('after the burst');
  const authoritativeMs = scoredAfterCloseMs + burstRankMs;
  console.log(`deadline burst: every result authoritative ${s(authoritativeMs)} after the close, grace excluded (last scored ${s(scoredAfterCloseMs)} after the close + rank ${s(burstRankMs)})`);

  // 2. Worst case: nothing scored before the close. Scores wiped, benchmark unreleased.
  await pool.query(`UPDATE benchmarks SET status = 'scheduled', released_at = NULL, ranked_at = NULL WHERE id = $1`, [bm.id]);
  await pool.query(`UPDATE benchmark_answer_keys SET released = false, released_at = NULL WHERE benchmark_id = $1`, [bm.id]);
  await pool.query(`DELETE FROM benchmark_leaderboard WHERE benchmark_id = $1`, [bm.id]);
  await pool.query(`DELETE FROM test_results WHERE test_id = $1`, [bm.id]);
  await pool.query(`DELETE FROM benchmark_submission_status WHERE benchmark_id = $1`, [bm.id]);
  await pool.query(`DELETE FROM sitting_scores WHERE benchmark_id = $1`, [bm.id]);
  await pool.query(`UPDATE sitting_submissions SET pending = true WHERE sitting_id IN (SELECT id FROM test_sittings WHERE test_id = $1)`, [bm.id]);
  // The wipe's deletions of published results are processed before the measurement starts.
  await synced();
  await pool.query('VACUUM ANALYZE');
  const load1 = loadavg()[0]!.toFixed(2);
  const dbCpu0 = await databaseCpu();
  const cpu0 = process.cpuUsage();
  const score0 = performance.now();
  const claims = await Promise.all(Array.from({ length: CONCURRENCY }, async () => (await drainBacklog(pool, BATCH, threads ?? undefined)).scored));
  const scoreMs = performance.now() - score0;
  const cpu = process.cpuUsage(cpu0);
  const dbCpu1 = await databaseCpu();
  const claimed = claims.reduce((a, b) => a + b, 0);
  const counted = await pool.query(`SELECT count(*)::int AS n FROM sitting_scores WHERE benchmark_id = $1 AND state = 'counted'`, [bm.id]);
  const throughput = (claimed / scoreMs) * 1000;
  console.log(
    `score all (worst case, nothing scored before the close): ${s(scoreMs)} for ${claimed} sittings, ${counted.rows[0].n} counted (${throughput.toFixed(0)} sittings/s, batches of ${BATCH}, ${CONCURRENCY} workers on ${threads ? `${THREADS} scoring threads` : 'the event loop'}${processor ? ', change processor running' : ''}; ` +
      `bench process CPU ${s((cpu.user + cpu.system) / 1000)} = ${((claimed / (cpu.user + cpu.system)) * 1e6).toFixed(0)} sittings per CPU-second of Node; load average ${load1} before, ${loadavg()[0]!.toFixed(2)} after)`,
  );
  const dbMs = cpuSince(dbCpu0, dbCpu1);
  const nodeMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `score all, CPU per 1,000 sittings: Node ${(nodeMs / (claimed / 1000)).toFixed(0)} ms, Postgres ${dbMs > 0 ? `${(dbMs / (claimed / 1000)).toFixed(0)} ms` : 'not measured (database not on this machine)'} ` +
      `(CPU time is inflated less than wall time by other load on the machine)`,
  );
  // What scoring captured is in the bucket log before the rank (the grace period's part).
  const scoredSyncMs = await synced();
  if (scoredSyncMs !== null) console.log(`sync: the scoring's changes in the bucket log ${s(scoredSyncMs)} after the last sitting was scored`);
  const worstRankMs = await rank('worst case');
  console.log(`worst case: every result authoritative ${s(scoreMs + worstRankMs)} after the close (scoring ${s(scoreMs)} + rank ${s(worstRankMs)})`);
  summary = `ranking: ${STUDENTS} sittings authoritative ${s(authoritativeMs)} after the close (goal 60 s), rank ${s(burstRankMs)} (goal 2 s), scoring ${throughput.toFixed(0)} sittings/s (goal 5000), load average ${loadavg()[0]!.toFixed(2)}`;

  if (values.publish) {
    const pub0 = performance.now();
    const n = await publishJob(pool, bm.id);
    console.log(`publish per-question responses + mastery refresh: ${s(performance.now() - pub0)} for ${n} sittings (${n * 75} question_responses)`);
  }

  // 3. Per-student result latency: one submitted weekly sitting scored by the job code (result,
  //    responses, mastery fold over the student's whole history, in one transaction).
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_RUNS; i++) {
    const student = `md5('s' || ${1 + ((i * 7919) % STUDENTS)})::uuid`;
    const sid = (await pool.query<{ id: string }>(
      `INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, status, started_at, submitted_at, field_hlc)
       VALUES (gen_random_uuid(), ${student}, 'WEEKLY-' || $1, 'WEEKLY', $2, 'submitted', now() - interval '1 hour', now(), jsonb_build_object('status', lpad(($3)::bigint::text, 13, '0') || ':zzzz:w'))
       RETURNING id`,
      [i, weekly.map((q) => q.id), Date.now()],
    )).rows[0]!.id;
    await pool.query(
      `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, response_time_ms, device_time, hlc)
       SELECT gen_random_uuid(), ${student}, $1, q, 'M.0', CASE WHEN j % 3 = 0 THEN 'A' ELSE '12' END, 40000, now(),
              lpad(($2::bigint - 100000 + j)::text, 13, '0') || ':' || lpad(j::text, 4, '0') || ':w'
         FROM unnest($3::text[]) WITH ORDINALITY AS u(q, j)`,
      [sid, Date.now(), weekly.map((q) => q.id)],
    );
    const t0 = performance.now();
    await scoreBatch(pool, [sid], null);
    samples.push(performance.now() - t0);
  }
  console.log(
    samples.length === 0
      ? 'per-student result latency: not measured (--latency 0)'
      : `per-student result latency (scoring job, 75 responses + mastery): p50 ${pct(samples, 50).toFixed(1)} ms, p95 ${pct(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (seed target 5 s: ${(5000 / pct(samples, 95)).toFixed(0)}x under at p95)`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await processor?.stop();
  await threads?.close();
  await syncPool.end();
  await pool.end();
  if (!values.keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  else console.log(`kept database ${name}`);
  await admin.end();
}
if (summary) console.log(summary);
