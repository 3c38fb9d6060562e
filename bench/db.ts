// `npm run bench:db [-- --students 100000 --runs 300]`
// Loads 100k students × 250 concepts (plus results and diagnostic responses) into a fresh
// database on real Postgres (BENCH_DATABASE_URL, default the local `postgres` server) and prints
// p50/p95 of the seed's three queries. Seed target: < 100 ms each.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../server/src/db/migrate.ts';

const { values } = parseArgs({
  options: { students: { type: 'string', default: '100000' }, concepts: { type: 'string', default: '250' }, runs: { type: 'string', default: '300' }, keep: { type: 'boolean', default: false } },
});
const STUDENTS = Number(values.students);
const CONCEPTS = Number(values.concepts);
const RUNS = Number(values.runs);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `cr_bench_${randomBytes(4).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });

function pct(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(label: string, sql: string, params: () => unknown[]): Promise<void> {
  for (let i = 0; i < 20; i++) await pool.query(sql, params()); // warm the cache
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p = params();
    const t0 = performance.now();
    await pool.query(sql, p);
    samples.push(performance.now() - t0);
  }
  const p95 = pct(samples, 95);
  const versus = p95 <= 100 ? `${(100 / p95).toFixed(0)}x under` : `${(p95 / 100).toFixed(1)}x over`;
  console.log(`${label}: p50 ${pct(samples, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (seed target < 100 ms; ${versus} at p95)`);
}

try {
  await migrate(pool);
  const t0 = performance.now();
  // Bulk load on one connection with triggers (change capture, FK checks) off: this measures
  // queries, not the loader. Indexes are built after the load, as a restore would.
  const load = await pool.connect();
  await load.query(`SET session_replication_role = replica`);
  // Drop the big tables' indexes and key constraints and rebuild them after the load (sorted
  // builds instead of 25M random B-tree inserts), exactly as pg_restore does.
  const BIG = ['student_mastery', 'test_results', 'question_responses'];
  const { rows: constraints } = await load.query(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid::regclass::text = ANY($1) AND contype IN ('p', 'u', 'f') ORDER BY contype = 'f', contype = 'u'`,
    [BIG],
  );
  const { rows: indexes } = await load.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY($1)
     AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    [BIG],
  );
  for (const c of [...constraints].reverse()) await load.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.conname}`);
  for (const ix of indexes) await load.query(`DROP INDEX ${ix.indexname}`);
  await load.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight)
    SELECT 'C' || lpad(g::text, 4, '0'), 'Concept ' || g, (ARRAY['MATH','PHYSICS','CHEMISTRY'])[1 + g % 3], 'U' || (g % 54), 1 + g % 4, 1 + g % 5, 0.004
    FROM generate_series(1, $1) g`, [CONCEPTS]);
  await load.query(`INSERT INTO users (id, email, password_hash, role, standard, exam_target)
    SELECT md5('s' || g)::uuid, 's' || g || '@bench.cr', 'x', 'student', 11 + g % 2, DATE '2027-04-01'
    FROM generate_series(1, $1) g`, [STUDENTS]);
  await load.query(`INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct, next_review_date)
    SELECT md5('s' || s)::uuid, 'C' || lpad(c::text, 4, '0'), (hashtext(s || ':' || c) & 1023) / 1023.0, 4, 2,
           now() + make_interval(hours => (hashtext(c || ':' || s) & 1023) - 600)
    FROM generate_series(1, $1) s, generate_series(1, $2) c ORDER BY 1, 2`, [STUDENTS, CONCEPTS]);
  // Results: a diagnostic, four weekly tests and two monthly benchmarks per student.
  await load.query(`INSERT INTO test_results (student_id, test_id, test_type, total_score, total_marks, accuracy, standard, test_date, percentile)
    SELECT md5('s' || s)::uuid, t.test_id, t.test_type, (hashtext(s || t.test_id) & 511) - 75, 300, 0.5, 11 + s % 2, DATE '2026-10-01', 50
    FROM generate_series(1, $1) s,
         (VALUES ('diag', 'DIAGNOSTIC'), ('w1', 'WEEKLY'), ('w2', 'WEEKLY'), ('w3', 'WEEKLY'), ('w4', 'WEEKLY'), ('bm-2026-10', 'MONTHLY'), ('bm-2026-11', 'MONTHLY')) AS t(test_id, test_type)`, [STUDENTS]);
  await load.query(`INSERT INTO question_responses (test_result_id, student_id, question_id, is_correct, marks_awarded, subject)
    SELECT r.id, r.student_id, 'q' || q, (hashtext(r.id::text || q) & 1) = 1, 4, (ARRAY['MATH','PHYSICS','CHEMISTRY'])[1 + q % 3]
    FROM test_results r, generate_series(1, 30) q WHERE r.test_type = 'DIAGNOSTIC'`);
  await load.query(`SET maintenance_work_mem = '1GB'`);
  for (const c of constraints) await load.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.conname} ${c.def}`);
  for (const ix of indexes) await load.query(ix.indexdef);
  load.release();
  // As after any bulk load (autovacuum would do it later): statistics and the visibility map,
  // so index-only scans can skip the heap.
  await pool.query('VACUUM ANALYZE');
  const { rows } = await pool.query(`SELECT (SELECT count(*) FROM student_mastery) AS mastery, (SELECT count(*) FROM test_results) AS results, (SELECT count(*) FROM question_responses) AS responses`);
  console.log(`loaded: ${STUDENTS} students × ${CONCEPTS} concepts = ${rows[0].mastery} mastery rows, ${rows[0].results} results, ${rows[0].responses} responses in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const student = () => [`${md5ish()}`];
  const ids = (await pool.query(`SELECT id FROM users ORDER BY random() LIMIT 2000`)).rows.map((r) => r.id as string);
  let i = 0;
  function md5ish(): string {
    i = (i + 1) % ids.length;
    return ids[i] ?? '';
  }
  await time(
    'query 1 next topics',
    `SELECT concept_id, mastery_level, next_review_date FROM student_mastery
     WHERE student_id = $1 AND next_review_date <= now() AND mastery_level < 0.85 ORDER BY mastery_level ASC LIMIT 10`,
    student,
  );
  await time(
    `query 2 monthly ranking (all ~${Math.round(STUDENTS / 2)} rows of one class)`,
    `SELECT student_id, total_score, percentile FROM test_results WHERE test_id = $1 AND standard = $2 ORDER BY total_score DESC`,
    () => ['bm-2026-11', 11 + (i++ % 2)],
  );
  await time(
    'query 2 as the app pages it (top 100 of one class)',
    `SELECT student_id, total_score, percentile FROM test_results WHERE test_id = $1 AND standard = $2 ORDER BY total_score DESC LIMIT 100`,
    () => ['bm-2026-11', 11 + (i++ % 2)],
  );
  await time(
    'query 3 diagnostic summary',
    `SELECT subject, AVG(CASE WHEN is_correct THEN 1.0 ELSE 0.0 END) AS avg_accuracy FROM question_responses
     WHERE student_id = $1 AND test_result_id IN (SELECT id FROM test_results WHERE student_id = $1 AND test_type = 'DIAGNOSTIC')
     GROUP BY subject`,
    student,
  );
} finally {
  await pool.end();
  if (!values.keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
