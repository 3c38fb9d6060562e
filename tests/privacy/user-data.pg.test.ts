import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_VERSION, USER_COLUMNS } from '../../server/src/privacy/user-data.ts';
import { bearer, createTestApp, createUser, type TestApp } from '../helpers/test-app.ts';
import { seedStudentData } from './fixtures.ts';

// Every column of the schema that names a user must be covered by the export and by deletion
// (server/src/privacy/user-data.ts). A new table with such a column and no entry fails here.

/** Column names that hold a user id even without a foreign key (e.g. audit actors). */
const USER_ID_NAMES = ['user_id', 'student_id', 'coach_id', 'sender_id', 'actor_id', 'created_by', 'recipient_id', 'owner_id', 'guardian_of'];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function columnsNamingUsers(): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ c: string }>(
    `SELECT DISTINCT kcu.table_name || '.' || kcu.column_name AS c
       FROM information_schema.referential_constraints rc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
      WHERE kcu.table_schema = 'public' AND ccu.table_name = 'users' AND ccu.column_name = 'id'
     UNION
     SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND (c.column_name = ANY($1) OR c.column_name LIKE '%\\_user\\_id')`,
    [USER_ID_NAMES],
  );
  return [...rows.map((r) => r.c), 'users.id'].sort();
}

describe('user data coverage', () => {
  it('every column naming a user is covered by export and deletion, and no entry is stale', async () => {
    const inSchema = await columnsNamingUsers();
    const covered = USER_COLUMNS.map((c) => `${c.table}.${c.column}`).sort();
    expect(inSchema.length).toBeGreaterThan(15);
    expect(inSchema.filter((c) => !covered.includes(c)), 'columns naming a user with no export/cleanup rule').toEqual([]);
    expect(covered.filter((c) => !inSchema.includes(c)), 'rules for columns that no longer exist').toEqual([]);
    for (const c of USER_COLUMNS) {
      if (!c.exported) expect(c.why, `${c.table}.${c.column} is left out of the export without a reason`).toBeTruthy();
    }
  });

  it('the export holds every user-data table with the caller’s rows only, secrets left out', async () => {
    const student = await createUser(t, 'student');
    const other = await createUser(t, 'student');
    const coach = await createUser(t, 'coach');
    await seedStudentData(t.db.pool, student.id, coach.id);
    await seedStudentData(t.db.pool, other.id, coach.id);
    await t.db.pool.query(
      `INSERT INTO guardian_consents (user_id, guardian_email, token_hash, notice_version, expires_at) VALUES ($1, 'parent@x.cr', 'secret-hash-export', 'v1', now() + interval '1 day')`,
      [student.id],
    );
    for (const [id, month, status] of [['BM-EXPORT-OPEN', '2026-01-01', 'released'], ['BM-EXPORT-SEALED', '2026-02-01', 'scheduled']] as const) {
      await t.db.pool.query(
        `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at, status, released_at)
         VALUES ($1, 12, $2, 'Paper', '{Q-EX1,Q-EX2}', 8, now() - interval '3 days', now() - interval '2 days', $3, CASE WHEN $3 = 'released' THEN now() END)`,
        [id, month, status],
      );
      const sitting = await t.db.pool.query<{ id: string }>(
        `INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, status, started_at, submitted_at)
         VALUES (gen_random_uuid(), $1, $2, 'MONTHLY', '{Q-EX1,Q-EX2}', 'submitted', now() - interval '3 days', now() - interval '3 days') RETURNING id`,
        [student.id, id],
      );
      await t.db.pool.query(
        `INSERT INTO sitting_scores (sitting_id, student_id, test_id, benchmark_id, state, total_score, max_marks, question_ids, answers, marks, times_ms, digest)
         VALUES ($1, $2, $3, $3, 'counted', 4, 8, NULL, '{A,NULL}', '{4,0}', '{1000,NULL}', 'd')`,
        [sitting.rows[0]!.id, student.id, id],
      );
    }
    const res = await t.app.inject({ method: 'GET', url: '/api/user/data-export', headers: bearer(student.token) });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data.schema_version).toBe(EXPORT_SCHEMA_VERSION);
    const exported = new Set(USER_COLUMNS.filter((c) => c.exported).map((c) => c.table));
    expect(Object.keys(data.tables).sort()).toEqual([...exported].sort());
    for (const table of ['attempts', 'test_sittings', 'student_mastery', 'test_results', 'question_responses', 'student_performance_metrics', 'telemetry', 'sync_upload_errors', 'coach_alerts', 'cohort_members', 'guardian_consents', 'audit_log', 'users']) {
      expect(data.tables[table].length, table).toBeGreaterThanOrEqual(1);
    }
    expect(data.tables.chat_messages).toHaveLength(2);
    // A released benchmark's score names its paper by reference (question_ids NULL, migration
    // 026): the export gives the paper's ids; a sealed benchmark's score is not exported at all.
    expect(data.tables.sitting_scores.map((r: { test_id: string; question_ids: string[] }) => [r.test_id, r.question_ids])).toEqual([
      ['BM-EXPORT-OPEN', ['Q-EX1', 'Q-EX2']],
    ]);
    expect(res.body).not.toContain(other.id);
    expect(res.body).not.toContain('secret-hash-export');
    expect(res.body).not.toContain('password_hash');
  });
});
