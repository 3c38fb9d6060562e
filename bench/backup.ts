// `npm run bench:backup [-- --students 10000 --attempts 60 --mastery 40]`
// Backup and restore (RTO) of N students' data on each database: embedded PGlite (on disk) and
// Postgres (BENCH_DATABASE_URL, default the local server). Per student: a profile, `attempts`
// answers, `mastery` concept mastery rows and a metrics row, plus the real content bank, and a
// bucket log with one PUT op per synced row (as the processor leaves it after a full sync; the
// ops are generated in SQL here because this measures backups, not change capture).
// Times: `npm run backup`'s work (consistent snapshot + manifest + archive) and `npm run restore`'s
// (unpack, checksum parts, restore into an empty target, verify counts and every bucket checksum).
// Last line: `backup: pglite N s / N MB, restore N s; postgres N s / N MB, restore N s`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../server/src/db/database.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { createBackup } from '../server/src/ops/backup.ts';
import { openBackup, restoreDatabase, verifyRestore, type RestoreTarget } from '../server/src/ops/restore.ts';
import { seedContent } from '../server/src/seed/content.ts';

const { values } = parseArgs({
  options: { students: { type: 'string', default: '10000' }, attempts: { type: 'string', default: '60' }, mastery: { type: 'string', default: '40' }, only: { type: 'string' } },
});
const STUDENTS = Number(values.students);
const ATTEMPTS = Number(values.attempts);
const MASTERY = Number(values.mastery);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const work = mkdtempSync(path.join(tmpdir(), 'cr-bench-backup-'));
const s = (ms: number) => (ms / 1000).toFixed(1);

/** Deterministic student data loaded in bulk (triggers off: nothing here measures capture). */
async function seed(db: Database): Promise<number> {
  await migrate(db.pool);
  await seedContent(db.pool);
  const c = await db.pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL session_replication_role = replica');
    const uid = (i: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${i}), 12, '0'))::uuid`;
    await c.query(
      `INSERT INTO users (id, email, password_hash, standard, full_name, exam_target, coaching_center)
       SELECT ${uid('i')}, 'bench' || i || '@bench.cr', '$argon2id$v=19$m=19456,t=2,p=1$' || md5(i::text) || '$' || md5((i * 7)::text),
              11 + i % 2, 'Student ' || i, date '2027-04-04', 'Centre ' || (i % 40)
         FROM generate_series(1, $1::int) i`,
      [STUDENTS],
    );
    await c.query(`CREATE TEMP TABLE qs ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY id) AS n, id, primary_concept_id FROM questions`);
    await c.query(`CREATE TEMP TABLE cs ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM concepts`);
    await c.query(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
       SELECT gen_random_uuid(), ${uid('i')}, q.id, q.primary_concept_id, chr(65 + (i + k) % 4), (i + k) % 5 < 3,
              5000 + (i * 31 + k * 17) % 85000, timestamptz '2026-09-01 00:00:00Z' + ((i * 13 + k * 7919) % 7776000) * interval '1 second',
              lpad((1780000000000 + i * 1000 + k)::text, 16, '0') || '-0000-' || lpad(to_hex(i), 8, '0')
         FROM generate_series(1, $1::int) i, generate_series(1, $2::int) k, qs q
        WHERE q.n = 1 + (i * 7919 + k * 104729) % (SELECT count(*) FROM qs)`,
      [STUDENTS, ATTEMPTS],
    );
    await c.query(
      `INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct, accuracy, last_reviewed, stability)
       SELECT ${uid('i')}, cs.id, ((i * 37 + k * 11) % 100) / 100.0, 3 + k % 5, k % 3, (k % 3)::float / (3 + k % 5), timestamptz '2026-11-01 00:00:00Z', 1 + k % 9
         FROM generate_series(1, $1::int) i, generate_series(1, $2::int) k, cs
        WHERE cs.n = (i * 37 + k) % (SELECT count(*) FROM cs)`,
      [STUDENTS, MASTERY],
    );
    await c.query(
      `INSERT INTO student_performance_metrics (student_id, overall_mastery, math_mastery, physics_mastery, chemistry_mastery, burnout_risk)
       SELECT ${uid('i')}, 0.5, 0.4, 0.5, 0.6, 0.1 FROM generate_series(1, $1::int) i`,
      [STUDENTS],
    );
    // The bucket log a full sync leaves: one PUT per synced row in the student's bucket.
    await c.query(
      `INSERT INTO sync_ops (bucket, op_id, op, object_type, object_id, data, checksum)
       SELECT 'user_data["' || student_id || '"]', row_number() OVER (), 'PUT', t, id::text, data, ('x' || substr(md5(data), 1, 8))::bit(32)::bigint
         FROM (SELECT 'attempts' AS t, id, student_id, row_to_json(a)::text AS data FROM attempts a
               UNION ALL SELECT 'student_mastery', id, student_id, row_to_json(m)::text FROM student_mastery m
               UNION ALL SELECT 'student_performance_metrics', id, student_id, row_to_json(p)::text FROM student_performance_metrics p) x`,
    );
    await c.query(
      `INSERT INTO sync_buckets (bucket, definition, checksum, op_count, last_op_id)
       SELECT bucket, 'user_data', sum(checksum) % 4294967296, count(*), max(op_id) FROM sync_ops GROUP BY bucket`,
    );
    await c.query(`UPDATE sync_state SET last_op_id = (SELECT max(op_id) FROM sync_ops)`);
    await c.query('COMMIT');
  } finally {
    c.release();
  }
  await db.pool.query('ANALYZE');
  const { rows } = await db.pool.query<{ n: string }>(`SELECT (SELECT count(*) FROM attempts) + (SELECT count(*) FROM student_mastery) + (SELECT count(*) FROM sync_ops) AS n`);
  return Number(rows[0]!.n);
}

async function measure(kind: 'pglite' | 'postgres'): Promise<{ backupS: string; mb: string; restoreS: string }> {
  const names: string[] = [];
  const newDatabase = async (): Promise<string> => {
    const name = `cr_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    names.push(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  try {
    const db = kind === 'pglite' ? await openPglite(path.join(work, 'source')) : openPostgres(await newDatabase(), 4);
    let backup;
    try {
      const t0 = performance.now();
      const rows = await seed(db);
      console.log(`${kind}: seeded ${STUDENTS} students (${rows} answer, mastery and op rows) in ${s(performance.now() - t0)} s`);
      backup = await createBackup({ db, outDir: path.join(work, 'backups'), keyFile: null });
    } finally {
      await db.close();
    }
    const mb = (backup.bytes / 1e6).toFixed(1);
    console.log(`${kind}: backup ${s(backup.durationMs)} s (database held for ${s(backup.blockedMs)} s), archive ${mb} MB (${Object.keys(backup.manifest.buckets).length} buckets in the manifest)`);
    const t1 = performance.now();
    const opened = await openBackup(backup.file);
    const target: RestoreTarget = kind === 'pglite' ? { kind, dataDir: path.join(work, 'restored') } : { kind, url: await newDatabase() };
    const restored = await restoreDatabase(opened, target);
    const problems = await verifyRestore(opened.manifest, restored.pool);
    await restored.close();
    await opened.close();
    const restoreMs = performance.now() - t1;
    if (problems.length > 0) throw new Error(`${kind}: restore did not verify: ${problems.slice(0, 3).join('; ')}`);
    console.log(`${kind}: restore + verification ${s(restoreMs)} s (RTO of the data; counts and every bucket checksum match)`);
    return { backupS: s(backup.durationMs), mb, restoreS: s(restoreMs) };
  } finally {
    if (names.length > 0) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await admin.end();
    }
  }
}

try {
  const p = values.only === 'postgres' ? null : await measure('pglite');
  const q = values.only === 'pglite' ? null : await measure('postgres');
  const f = (r: typeof p) => (r ? `${r.backupS} s / ${r.mb} MB, restore ${r.restoreS} s` : 'not run');
  console.log(`backup: pglite ${f(p)}; postgres ${f(q)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
