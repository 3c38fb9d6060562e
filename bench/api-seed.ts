// Realistic data behind `npm run bench:api`: the repository's real content (concepts, units,
// questions) and `students` students of both classes, each with a practice history of `attempts`
// answers over the last 180 days (denser lately, so streaks exist), mastery rows for about 70 %
// of the concepts with review dates around now, and published results: a diagnostic, 20 weekly
// tests and six released monthly benchmarks of their class (ranked, with candidates).
// The students' rows are bulk-loaded as a restore would load them, with triggers off (so without
// change capture: the API reads none of the sync tables), so the server starts in a steady state
// instead of capturing hundreds of thousands of rows while it is measured.
import type pg from 'pg';
import { hashPassword } from '../server/src/auth/passwords.ts';
import { seedContent } from '../server/src/seed/content.ts';

export interface SeededStudents {
  emails: string[];
  password: string;
}

const PASSWORD = 'bench-student-pass';

export async function seedApiData(pool: pg.Pool, opts: { students: number; attempts: number; nowMs: number }): Promise<SeededStudents> {
  await seedContent(pool);
  const now = new Date(opts.nowMs).toISOString();
  const hash = await hashPassword(PASSWORD);
  const load = await pool.connect();
  try {
    await load.query('SET session_replication_role = replica');
    return await seedStudents(load, { ...opts, now, hash });
  } finally {
    // PGlite is one session for every connection: the setting must not outlive the load.
    await load.query('RESET session_replication_role');
    load.release();
  }
}

async function seedStudents(pool: pg.PoolClient, opts: { students: number; attempts: number; now: string; hash: string }): Promise<SeededStudents> {
  const { now, hash } = opts;
  const { rows: ids } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, password_hash, role, standard, full_name, exam_target)
     SELECT 'bench' || g || '@api.cr', $2, 'student', 11 + g % 2, 'Bench student ' || g, ($3::timestamptz + interval '200 days')::date
       FROM generate_series(1, $1) g RETURNING id`,
    [opts.students, hash, now],
  );
  const students = ids.map((r) => r.id);
  // Practice answers: day offset skewed towards today (sqrt of a uniform), so recent days are
  // dense and older ones sparse, as a student who keeps going looks.
  for (let i = 0; i < students.length; i += 50) {
    await pool.query(
      `WITH bank AS (SELECT row_number() OVER (ORDER BY id)::int AS i, id, primary_concept_id FROM questions WHERE retired_at IS NULL),
            n AS (SELECT count(*)::int AS n FROM bank)
       INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc, received_at)
       SELECT gen_random_uuid(), s.id, bank.id, bank.primary_concept_id, 'A', random() < 0.6, 5000 + (random() * 120000)::int, t.at,
              lpad((extract(epoch FROM t.at) * 1000)::bigint::text, 15, '0') || ':' || lpad(a::text, 5, '0') || ':' || left(s.id::text, 8), t.at
         FROM unnest($1::uuid[]) AS s(id)
        CROSS JOIN generate_series(1, $2) a
        CROSS JOIN n
        CROSS JOIN LATERAL (SELECT $3::timestamptz - make_interval(secs => 180 * 86400 * power(random(), 2) + a % 7) AS at) t
        JOIN bank ON bank.i = 1 + (hashtext(s.id::text || a) & 2147483647) % n.n`,
      [students.slice(i, i + 50), opts.attempts, now],
    );
  }
  await pool.query(
    `INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct, accuracy, first_attempted, last_reviewed,
                                  next_review_date, review_count, stability, updated_at)
     SELECT s, c.id, m.level, 6, 3, 0.5, $2::timestamptz - interval '120 days', $2::timestamptz - interval '3 days',
            $2::timestamptz + make_interval(hours => (hashtext(c.id || s::text) & 1023) - 600), 3, 4.5, $2::timestamptz
       FROM unnest($1::uuid[]) AS t(s) CROSS JOIN concepts c
      CROSS JOIN LATERAL (SELECT (hashtext(s::text || c.id) & 1023) / 1023.0 AS level) m
      WHERE hashtext(c.id || ':' || s::text) % 10 BETWEEN -6 AND 6`,
    [students, now],
  );
  await pool.query(
    `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at, status, released_at, ranked_at, candidates)
     SELECT 'bench-' || std || '-' || m, std, date_trunc('month', $1::timestamptz - make_interval(months => m))::date, 'Monthly benchmark',
            ARRAY['Q1'], 300, $1::timestamptz - make_interval(months => m, days => 2), $1::timestamptz - make_interval(months => m, days => 1),
            'released', $1::timestamptz - make_interval(months => m), $1::timestamptz - make_interval(months => m), $2
       FROM generate_series(1, 6) m, (VALUES (11), (12)) AS c(std)`,
    [now, Math.ceil(opts.students / 2)],
  );
  await pool.query(
    `INSERT INTO test_results (student_id, test_id, test_type, total_score, total_marks, accuracy, percentile, global_rank, standard, test_date, submitted_at)
     SELECT u.id, t.test_id, t.test_type, (hashtext(u.id::text || t.test_id) & 255) - 30, t.marks, 0.55,
            CASE WHEN t.test_type = 'MONTHLY' THEN (hashtext(t.test_id || u.id::text) & 1023) / 10.24 END,
            CASE WHEN t.test_type = 'MONTHLY' THEN 1 + (hashtext(u.id::text) & 1023) % $3 END,
            u.standard, t.at::date, t.at
       FROM users u
      CROSS JOIN LATERAL (
        SELECT 'diagnostic' AS test_id, 'DIAGNOSTIC' AS test_type, 120 AS marks, $2::timestamptz - interval '170 days' AS at
        UNION ALL SELECT 'weekly-' || w, 'WEEKLY', 180, $2::timestamptz - make_interval(days => 7 * w) FROM generate_series(1, 20) w
        UNION ALL SELECT 'bench-' || u.standard || '-' || m, 'MONTHLY', 300, $2::timestamptz - make_interval(months => m, days => 1) FROM generate_series(1, 6) m
      ) t
      WHERE u.id = ANY($1::uuid[])`,
    [students, now, Math.max(1, Math.ceil(opts.students / 2))],
  );
  await pool.query('ANALYZE');
  const { rows: emails } = await pool.query<{ email: string }>('SELECT email FROM users WHERE id = ANY($1::uuid[]) ORDER BY email', [students]);
  return { emails: emails.map((r) => r.email), password: PASSWORD };
}
