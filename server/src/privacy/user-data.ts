import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Every column that names a user, with what an export and a deletion do with it. The schema test
 * (tests/privacy/user-data.pg.test.ts) enumerates the database: a table with a column naming
 * a user that is missing here fails it, so new tables cannot escape export and deletion.
 *
 * `cleanup`:
 *  - delete: the row goes (children before parents, in this order);
 *  - pseudonymise: the column is set to the deletion's pseudonym (audit rows stay readable);
 *  - nullify: the column is set to NULL (content the person authored, e.g. a benchmark they scheduled).
 * `exported`: false only with a reason (a secret, or content that is not about the person).
 */
export interface UserColumn {
  table: string;
  column: string;
  exported: boolean;
  /** Extra SQL condition for the export over the row (`t`), e.g. sealed results stay sealed. */
  exportWhere?: string;
  /** Columns never exported (secrets). */
  omit?: readonly string[];
  /**
   * Columns exported as the value an SQL expression over the row (`t`) gives, where the stored
   * value is a reference (e.g. a score's paper stored as "the benchmark's own").
   */
  exportAs?: Readonly<Record<string, string>>;
  cleanup: 'delete' | 'pseudonymise' | 'nullify';
  why?: string;
}

export const USER_COLUMNS: readonly UserColumn[] = [
  { table: 'question_responses', column: 'student_id', exported: true, cleanup: 'delete' },
  // A benchmark result is written sealed and stays sealed until release, even from its owner.
  { table: 'test_results', column: 'student_id', exported: true, exportWhere: 'published', cleanup: 'delete' },
  { table: 'benchmark_submission_status', column: 'student_id', exported: true, cleanup: 'delete' },
  // Sealed benchmark scores (before release) would reveal correctness early: exported once released.
  {
    table: 'sitting_scores',
    column: 'student_id',
    exported: true,
    exportWhere: `(benchmark_id IS NULL OR EXISTS (SELECT 1 FROM benchmarks b WHERE b.id = t.benchmark_id AND b.status = 'released'))`,
    // NULL: the benchmark's own paper (migration 026); the export names its questions.
    exportAs: { question_ids: `coalesce(t.question_ids, (SELECT b.question_ids FROM benchmarks b WHERE b.id = t.benchmark_id))` },
    cleanup: 'delete',
  },
  { table: 'attempts', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'test_sittings', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'student_mastery', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'student_performance_metrics', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'telemetry', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'sync_upload_errors', column: 'user_id', exported: true, cleanup: 'delete' },
  { table: 'coach_alerts', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'cohort_student_summary', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'chat_messages', column: 'sender_id', exported: true, cleanup: 'delete' },
  { table: 'chat_messages', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'chat_messages', column: 'coach_id', exported: true, cleanup: 'delete' },
  { table: 'cohort_members', column: 'student_id', exported: true, cleanup: 'delete' },
  { table: 'cohort_coaches', column: 'coach_id', exported: true, cleanup: 'delete' },
  { table: 'guardian_consents', column: 'user_id', exported: true, omit: ['token_hash'], cleanup: 'delete' },
  { table: 'consent_events', column: 'user_id', exported: true, cleanup: 'delete' },
  { table: 'notifications', column: 'user_id', exported: true, cleanup: 'delete' },
  { table: 'notification_preferences', column: 'user_id', exported: true, cleanup: 'delete' },
  // The browser's push keys are secrets of that browser: the export says which endpoints exist.
  { table: 'push_subscriptions', column: 'user_id', exported: true, omit: ['p256dh', 'auth'], cleanup: 'delete' },
  { table: 'refresh_tokens', column: 'user_id', exported: false, cleanup: 'delete', why: 'secrets: hashes of sign-in tokens' },
  { table: 'audit_log', column: 'actor_id', exported: true, cleanup: 'pseudonymise' },
  { table: 'benchmarks', column: 'created_by', exported: false, cleanup: 'nullify', why: 'a paper an admin scheduled is content, not data about them' },
  // Only a counter the server's dashboard cache compares (migration 024); the account's cascade removes it too.
  { table: 'dashboard_versions', column: 'student_id', exported: false, cleanup: 'delete', why: 'a cache version number, nothing about the person' },
  { table: 'users', column: 'id', exported: true, omit: ['password_hash', 'field_hlc'], cleanup: 'delete' },
];

/** Bumped whenever the export's shape changes (a table added, a column renamed). */
export const EXPORT_SCHEMA_VERSION = 2;

export interface ServerExport {
  schema_version: number;
  source: 'server';
  exported_at: string;
  user_id: string;
  /** Table name -> rows naming the user (a row naming them twice, e.g. chat, appears once). */
  tables: Record<string, Array<Record<string, unknown>>>;
}

/** Everything the server holds about `userId`, per table. */
export async function exportUserData(db: Queryable, userId: string, now: Date): Promise<ServerExport> {
  const tables: ServerExport['tables'] = {};
  const byTable = new Map<string, UserColumn[]>();
  for (const c of USER_COLUMNS) if (c.exported) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const [table, columns] of byTable) {
    // Security: table and column names come from the constant registry above, never from input.
    const naming = columns.map((c) => `${c.column} = $1`).join(' OR ');
    const extra = columns[0]?.exportWhere ? ` AND ${columns[0].exportWhere}` : '';
    const derived = Object.entries(columns[0]?.exportAs ?? {});
    const select = ['t.*', ...derived.map(([, sql], i) => `${sql} AS cr_export_${i}`)].join(', ');
    const { rows } = await db.query<Record<string, unknown>>(`SELECT ${select} FROM ${table} t WHERE (${naming})${extra} ORDER BY 1`, [userId]);
    const omit = new Set(columns.flatMap((c) => c.omit ?? []));
    tables[table] = rows.map((row) => {
      derived.forEach(([column], i) => {
        row[column] = row[`cr_export_${i}`];
        delete row[`cr_export_${i}`];
      });
      return Object.fromEntries(Object.entries(row).filter(([k]) => !omit.has(k)));
    });
  }
  return { schema_version: EXPORT_SCHEMA_VERSION, source: 'server', exported_at: now.toISOString(), user_id: userId, tables };
}

/** Rows per table that a deletion of `userId` would remove (what the person is shown first). */
export async function countUserData(db: Queryable, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const byTable = new Map<string, string[]>();
  for (const c of USER_COLUMNS) if (c.cleanup === 'delete') byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.column]);
  for (const [table, columns] of byTable) {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table} WHERE ${columns.map((c) => `${c} = $1`).join(' OR ')}`, [userId]);
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) counts[table] = n;
  }
  return counts;
}
