// `npm run bench:ranking [-- --students 100000 --concurrency 4 --batch 2000 --latency 200 --publish --keep]`
// On real Postgres (BENCH_DATABASE_URL, default the local `postgres` server; a temporary
// database is created and dropped): one monthly benchmark, N students × 75 responses, every
// sitting received within the last 10 minutes before the close (a deadline burst), bulk-loaded
// (triggers off). Then the real job code from the moment the benchmark is due (close + grace):
// `concurrency` workers drain the backlog (each claims `batch` unscored sittings per transaction,
// SKIP LOCKED), then the rank job (one transaction: release, percentiles, ranks, leaderboard,
// coach alerts). Printed: scoring throughput, rank time, and the time from the close until every
// result is authoritative — the worst case, as if nothing had been scored during the burst.
// Optionally the chunked publication of per-question responses with mastery refresh; then the
// per-student result latency of a single sitting scored by the scoring job. Goals: every result
// ≤ 60 s after the close, rank ≤ 2 s, scoring ≥ 5,000 sittings/s.
import { loadavg } from 'node:os';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../server/src/db/migrate.ts';
import { withTransaction } from '../server/src/db/database.ts';
import { publishJob, rankJob, scoreBatch } from '../server/src/jobs/scoring.ts';
import { addToBank, scheduleBenchmark } from '../server/src/services/benchmarks.ts';
import { scoringFor } from '../server/src/scoring/scoring.ts';
import type { Question } from '../shared/src/index.ts';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '4' },
    batch: { type: 'string', default: '2000' },
    latency: { type: 'string', default: '200' },
    publish: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const STUDENTS = Number(values.students);
const CONCURRENCY = Number(values.concurrency);
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

const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
let summary = '';
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
  // Due (close + grace) before the load ends; the burst's receipts fill the last 10 minutes.
  const GRACE_S = 30;
  const closesMs = now - (GRACE_S + 5) * 1000;
  const bm = await withTransaction(pool, (c) =>
    scheduleBenchmark(c, {
      standard: 12,
      month: '2030-01-01',
      opensAt: new Date(now - 5 * 3600_000).toISOString(),
      closesAt: new Date(closesMs).toISOString(),
      graceS: GRACE_S,
      actorId: null,
    }),
  );

  // Bulk load (not measured): students, submitted sittings (received inside the window), and
  // 75 attempts each with a spread of abilities; triggers off as a restore would have them.
  const load = await pool.connect();
  await load.query(`SET session_replication_role = replica`);
  await load.query(
    `INSERT INTO users (id, email, password_hash, role, standard, full_name)
     SELECT md5('s' || g)::uuid, 's' || g || '@bench.cr', 'x', 'student', 12, 'Student ' || g FROM generate_series(1, $1) g`,
    [STUDENTS],
  );
  await load.query(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, duration_limit_s, field_hlc, received_at)
     SELECT md5('t' || g)::uuid, md5('s' || g)::uuid, $2, 'MONTHLY', 'JEE_MAIN', $3, 'submitted', to_timestamp(r.ms / 1000.0) - interval '1 hour',
            to_timestamp(r.ms / 1000.0), 10800, jsonb_build_object('status', lpad(r.ms::text, 13, '0') || ':zzzz:bench'), to_timestamp(r.ms / 1000.0)
       FROM generate_series(1, $1) g CROSS JOIN LATERAL (SELECT $4::bigint - (g::bigint * 7919) % 600000 AS ms) r`,
    [STUDENTS, bm.id, bm.question_ids, closesMs],
  );
  await load.query(`INSERT INTO sitting_submissions (sitting_id, received_at) SELECT id, received_at FROM test_sittings WHERE test_id = $1`, [bm.id]);
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
      [from, Math.min(STUDENTS, from + 9_999), closesMs, bm.question_ids],
    );
  }
  await load.query('ANALYZE');
  load.release();
  console.log(`load: ${STUDENTS} students × 75 responses in ${s(performance.now() - load0)} (not part of the figures)`);

  // 1. The close: every submission of the burst is waiting. `CONCURRENCY` workers drain the
  //    backlog, each claiming `BATCH` sittings per transaction (SKIP LOCKED, no sitting twice).
  const scoring = scoringFor(pool);
  const load1 = loadavg()[0]!.toFixed(2);
  const score0 = performance.now();
  const claims = await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      let n = 0;
      for (let r = await scoring.scoreBacklog(BATCH); r.claimed > 0; r = await scoring.scoreBacklog(BATCH)) n += r.scored;
      return n;
    }),
  );
  const scoreMs = performance.now() - score0;
  const claimed = claims.reduce((a, b) => a + b, 0);
  const counted = await pool.query(`SELECT count(*)::int AS n FROM sitting_scores WHERE benchmark_id = $1 AND state = 'counted'`, [bm.id]);
  const throughput = (claimed / scoreMs) * 1000;
  console.log(`score all: ${s(scoreMs)} for ${claimed} sittings, ${counted.rows[0].n} counted (${throughput.toFixed(0)} sittings/s, batches of ${BATCH}, ${CONCURRENCY} workers; load average ${load1} before)`);

  // 2. Rank at the deadline: one transaction.
  const updates = async () => {
    // Cumulative statistics reach the view once the writing backend flushes them (≤ 1 s idle).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { rows } = await pool.query<{ upd: string; hot: string }>(`SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'test_results'`);
    return { upd: Number(rows[0]!.upd), hot: Number(rows[0]!.hot) };
  };
  const sealed = await pool.query(`SELECT count(*)::int AS n FROM test_results WHERE test_id = $1 AND NOT published`, [bm.id]);
  const before = await updates();
  const rank0 = performance.now();
  const rankResult = await rankJob(pool, bm.id, null);
  const rankMs = performance.now() - rank0;
  const phases = rankResult.phases;
  const after = await updates();
  const ranked = await pool.query(`SELECT count(*)::int AS n, count(percentile)::int AS p, count(*) FILTER (WHERE published)::int AS published FROM test_results WHERE test_id = $1`, [bm.id]);
  console.log(`rank: ${s(rankMs)} for ${ranked.rows[0].p} of ${ranked.rows[0].n} results (seed target 20 s: ${(20_000 / rankMs).toFixed(1)}x under)`);
  if (phases) {
    console.log(`rank phases: release keys + score pending ${s(phases.releaseAndScore)}, standings computed ${s(phases.compute)} (the seed's "calculate rank" step, 20 s: ${(20_000 / phases.compute).toFixed(0)}x under), standings written into the results = published ${s(phases.publish)}, leaderboard + alerts ${s(phases.rest)}`);
  }
  console.log(
    `release: ${sealed.rows[0].n} sealed results before, ${ranked.rows[0].published} published after; ${after.upd - before.upd} updated, ${after.hot - before.hot} of them HOT (${(((after.hot - before.hot) / Math.max(1, after.upd - before.upd)) * 100).toFixed(1)} %)`,
  );
  const authoritativeMs = scoreMs + rankMs;
  console.log(`deadline burst: ${STUDENTS} sittings received in the last 10 min of the window; every result authoritative ${s(authoritativeMs)} after the close, grace excluded (scoring ${s(scoreMs)} + rank ${s(rankMs)}; nothing scored before the close)`);
  summary = `ranking: ${STUDENTS} sittings authoritative ${s(authoritativeMs)} after the close (goal 60 s), rank ${s(rankMs)} (goal 2 s), scoring ${throughput.toFixed(0)} sittings/s (goal 5000), load average ${loadavg()[0]!.toFixed(2)}`;

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
    `per-student result latency (scoring job, 75 responses + mastery): p50 ${pct(samples, 50).toFixed(1)} ms, p95 ${pct(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (seed target 5 s: ${(5000 / pct(samples, 95)).toFixed(0)}x under at p95)`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await pool.end();
  if (!values.keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  else console.log(`kept database ${name}`);
  await admin.end();
}
if (summary) console.log(summary);
