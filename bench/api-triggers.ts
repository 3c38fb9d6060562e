// `node --import tsx bench/api-triggers.ts [--rows 100000] [--students 100000] [--runs 3]`: what the
// dashboard's version triggers (migration 024) add to the bulk statements that fire them, on a
// fresh Postgres database (BENCH_DATABASE_URL, default the local server). Each statement runs
// alternately with the 022 triggers disabled and enabled (the other triggers, change capture
// included, always on), rolled back after each run; the lines give the median of each and the
// server CPU of the backend per run (from /proc, Postgres on this machine only); the table is
// vacuumed between runs.
//   publish: UPDATE of N unpublished results to published with a percentile (the rank step's shape)
//   publish 2000: the same for 2,000 results (versions moved per student, the most there are)
//   insert attempts: N answers of `students` students in one INSERT (a bulk import, a sync batch)
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { migrate } from '../server/src/db/migrate.ts';
import { openScratchPostgres } from './scratch-postgres.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, students: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } } });
const ROWS = Number(values.rows);
const STUDENTS = Number(values.students);
const RUNS = Number(values.runs);
const TRIGGERS: Record<string, string[]> = {
  test_results: ['test_results_dashboard_ins', 'test_results_dashboard_upd', 'test_results_dashboard_del'],
  attempts: ['attempts_dashboard_ins', 'attempts_dashboard_upd', 'attempts_dashboard_del'],
};

async function backendCpuMs(client: pg.PoolClient): Promise<number> {
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

const db = await openScratchPostgres('cr_bench_api_triggers', 2);
try {
  await migrate(db.pool);
  await db.pool.query(`INSERT INTO users (email, password_hash, role, standard) SELECT 'tr' || g || '@bench.cr', 'x', 'student', 12 FROM generate_series(1, $1) g`, [STUDENTS]);
  await db.pool.query(
    `INSERT INTO test_results (student_id, test_id, test_type, total_score, total_marks, test_date, published)
     SELECT id, 'BENCH-1', 'MONTHLY', (random() * 300)::int, 300, '2026-12-01', false FROM (SELECT id, row_number() OVER () AS n FROM users) u, generate_series(1, $1::int / $2::int + 1) r
      WHERE (u.n - 1) * ($1::int / $2::int + 1) + r <= $1`,
    [ROWS, STUDENTS],
  );
  await db.pool.query('ANALYZE');
  const statements: Array<{ label: string; table: string; sql: string }> = [
    { label: `publish ${ROWS} results of ${STUDENTS} students`, table: 'test_results', sql: `UPDATE test_results SET published = true, percentile = random() * 100, updated_at = now() WHERE NOT published` },
    {
      label: `publish 2000 results of 2000 students (the largest statement that moves versions per student)`,
      table: 'test_results',
      sql: `UPDATE test_results SET published = true, percentile = random() * 100, updated_at = now()
             WHERE NOT published AND id IN (SELECT id FROM test_results WHERE NOT published ORDER BY student_id LIMIT 2000)`,
    },
    {
      label: `insert ${ROWS} attempts of ${Math.min(STUDENTS, 1000)} students`,
      table: 'attempts',
      sql: `INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc)
            SELECT gen_random_uuid(), u.id, 'Q' || g, 'M.X', true, 1000, now() - g * interval '1 minute', lpad(g::text, 20, '0')
              FROM (SELECT id, row_number() OVER () - 1 AS n FROM users LIMIT ${Math.min(STUDENTS, 1000)}) u JOIN generate_series(1, ${ROWS}) g ON g % ${Math.min(STUDENTS, 1000)} = u.n`,
    },
  ];
  for (const s of statements) {
    const times: Record<'off' | 'on', number[]> = { off: [], on: [] };
    const cpu: Record<'off' | 'on', number[]> = { off: [], on: [] };
    for (let i = 0; i < RUNS * 2; i++) {
      const mode = i % 2 === 0 ? 'off' : 'on';
      const client = await db.pool.connect();
      try {
        await client.query('BEGIN');
        if (mode === 'off') for (const t of TRIGGERS[s.table]!) await client.query(`ALTER TABLE ${s.table} DISABLE TRIGGER ${t}`);
        const c0 = await backendCpuMs(client);
        const t0 = performance.now();
        await client.query(s.sql);
        times[mode].push(performance.now() - t0);
        cpu[mode].push((await backendCpuMs(client)) - c0);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
      // The rolled-back rows are dead: cleared here, so no run pays for the one before it.
      await db.pool.query(`VACUUM ${s.table}`);
    }
    const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
    console.log(
      `${s.label}: without the 022 triggers ${median(times.off).toFixed(0)} ms (backend CPU ${median(cpu.off)} ms), with ${median(times.on).toFixed(0)} ms (CPU ${median(cpu.on)} ms), median of ${RUNS} each (load ${loadavg()[0]!.toFixed(1)})`,
    );
  }
} finally {
  await db.close();
}
