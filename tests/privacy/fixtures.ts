import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hlc, uuidv7 } from '../sync/helpers/rows.ts';

/**
 * One row of every kind of data a student accumulates (answers, sittings, results, mastery,
 * metrics, telemetry, chat, refused uploads, cohort membership, a coach alert), written the way
 * the server stores them. Returns the cohort the student and coach share.
 */
export async function seedStudentData(pool: pg.Pool, studentId: string, coachId: string): Promise<{ cohortId: string }> {
  await pool.query(
    `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ('DR0', 'Concept DR0', 'MATH', 'U1', 1, 2, 0.5) ON CONFLICT DO NOTHING`,
  );
  await pool.query(
    `INSERT INTO questions (id, subject, primary_concept_id, type, text, answer, difficulty, source)
     VALUES ('Q-DR0', 'MATH', 'DR0', 'INTEGER', 'What is 2+2?', '4', 2, 'test') ON CONFLICT DO NOTHING`,
  );
  const sittingId = uuidv7();
  await pool.query(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, status, started_at, submitted_at)
     VALUES ($1, $2, 'WEEKLY-DR', 'WEEKLY', '{Q-DR0}', 'submitted', now() - interval '1 hour', now())`,
    [sittingId, studentId],
  );
  await pool.query(
    `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, response_time_ms, device_time, hlc)
     VALUES ($1, $2, $3, 'Q-DR0', 'DR0', '4', 1500, now(), $4)`,
    [uuidv7(), studentId, sittingId, hlc('dev1')],
  );
  await pool.query(`INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct) VALUES ($1, 'DR0', 0.6, 1, 1)`, [studentId]);
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, test_date) VALUES ($1, $2, 'WEEKLY-DR', 'WEEKLY', 4, 4, current_date) RETURNING id`,
    [studentId, sittingId],
  );
  await pool.query(`INSERT INTO question_responses (test_result_id, student_id, question_id, marks_awarded) VALUES ($1, $2, 'Q-DR0', 4)`, [rows[0]?.id, studentId]);
  await pool.query(`INSERT INTO student_performance_metrics (student_id, overall_mastery, burnout_risk) VALUES ($1, 0.6, 0.2)`, [studentId]);
  await pool.query(`INSERT INTO telemetry (id, "time", student_id, event_type, data) VALUES ($1, now(), $2, 'app_open', '{}')`, [uuidv7(), studentId]);
  await pool.query(
    `INSERT INTO sync_upload_errors (user_id, client_id, op, table_name, row_id, data, error_code, message) VALUES ($1, 'c1', 'PUT', 'attempts', $2, '{"answer": "x"}', 'VALIDATION_ERROR', 'bad answer')`,
    [studentId, randomUUID()],
  );
  const cohort = await pool.query<{ id: string }>(`INSERT INTO cohorts (name, standard) VALUES ('Deletion cohort', 12) RETURNING id`);
  const cohortId = cohort.rows[0]?.id as string;
  await pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohortId, coachId]);
  await pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohortId, studentId]);
  await pool.query(
    `INSERT INTO chat_messages (id, cohort_id, student_id, coach_id, sender_id, body, hlc, sent_at) VALUES ($1, $2, $3, $4, $3, 'Sir, I am stuck on limits', $5, now()),
            ($6, $2, $3, $4, $4, 'Let us look at it tomorrow', $7, now())`,
    [uuidv7(), cohortId, studentId, coachId, hlc('dev1'), uuidv7(), hlc('dev2')],
  );
  await pool.query(
    `INSERT INTO coach_alerts (cohort_id, student_id, kind, ref, severity, message) VALUES ($1, $2, 'BURNOUT_RISK', '2026-12-01', 'warning', 'risk rising')`,
    [cohortId, studentId],
  );
  return { cohortId };
}

/**
 * Rows anywhere in the database (every schema but the catalogs) whose text contains one of
 * `needles`: the "full-database scan" for a deleted user's id and e-mail.
 */
export async function rowsMentioning(pool: pg.Pool, needles: string[]): Promise<Record<string, number>> {
  const { rows: tables } = await pool.query<{ s: string; t: string }>(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const found: Record<string, number> = {};
  for (const { s, t } of tables) {
    const where = needles.map((_, i) => `strpos(x::text, $${i + 1}) > 0`).join(' OR ');
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${s}"."${t}" x WHERE ${where}`, needles);
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) found[`${s}.${t}`] = n;
  }
  return found;
}
