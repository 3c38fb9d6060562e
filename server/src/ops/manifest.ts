import { z } from 'zod';

/** Anything that runs SQL and returns rows: a `pg` client or pool, or a PGlite instance. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export const MANIFEST_FORMAT = 1;

const bucketStateSchema = z.object({ checksum: z.number().int(), count: z.number().int(), last_op_id: z.string() });

/** What a backup claims to hold; a restore is only reported good when the restored database matches it. */
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  kind: z.enum(['pglite', 'postgres']),
  created_at: z.string(),
  /** Applied migrations, `NNN_name`, in order: a restore into an older or newer code base is visible. */
  migrations: z.array(z.string()),
  /** Rows per table of schema public at the snapshot. */
  tables: z.record(z.string(), z.number().int().min(0)),
  /** Every sync bucket's checksum (uint32 sum of its ops), op count and last op id at the snapshot. */
  buckets: z.record(z.string(), bucketStateSchema),
  /** sha256 (hex) and size in bytes of each file in the archive besides the manifest. */
  files: z.record(z.string(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) })),
  /** Whether the JWT signing key is in the archive (false when it comes from JWT_PRIVATE_KEY). */
  signing_key: z.boolean(),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type DatabaseState = Pick<Manifest, 'migrations' | 'tables' | 'buckets'>;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Row counts of every table in schema public and the state of every sync bucket, read through
 * `db`. Callers make the reads consistent with the copy they describe (one snapshot for
 * pg_dump, exclusive access for PGlite).
 */
export async function readDatabaseState(db: Queryable): Promise<DatabaseState> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE "C"`,
  );
  const counts: Record<string, number> = {};
  if (tables.length > 0) {
    const union = tables.map((t, i) => `SELECT ${i} AS i, count(*)::bigint::text AS n FROM ${quoteIdent(t.name)}`).join(' UNION ALL ');
    const { rows } = await db.query<{ i: number; n: string }>(union);
    for (const r of rows) counts[tables[Number(r.i)]!.name] = Number(r.n);
  }
  const { rows: migrations } = await db.query<{ m: string }>(
    `SELECT lpad(version::text, 3, '0') || '_' || name AS m FROM schema_migrations ORDER BY version`,
  );
  const buckets: DatabaseState['buckets'] = {};
  const { rows: bucketRows } = await db.query<{ bucket: string; checksum: string; op_count: string; last_op_id: string }>(
    'SELECT bucket, checksum::text, op_count::text, last_op_id::text FROM sync_buckets ORDER BY bucket COLLATE "C"',
  );
  for (const b of bucketRows) buckets[b.bucket] = { checksum: Number(b.checksum), count: Number(b.op_count), last_op_id: b.last_op_id };
  return { migrations: migrations.map((r) => r.m), tables: counts, buckets };
}

/** Every difference between what a manifest promised and a restored database, one line each; empty when they match. */
export function compareState(expected: DatabaseState, actual: DatabaseState): string[] {
  const problems: string[] = [];
  if (expected.migrations.join(',') !== actual.migrations.join(',')) {
    problems.push(`migrations differ: backup ${expected.migrations.at(-1) ?? 'none'}, restored ${actual.migrations.at(-1) ?? 'none'}`);
  }
  for (const name of new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])) {
    const e = expected.tables[name];
    const a = actual.tables[name];
    if (e !== a) problems.push(`table ${name}: backup has ${e ?? 'no table'} rows, restored ${a ?? 'no table'}`);
  }
  for (const name of new Set([...Object.keys(expected.buckets), ...Object.keys(actual.buckets)])) {
    const e = expected.buckets[name];
    const a = actual.buckets[name];
    if (!e || !a) problems.push(`bucket ${name}: ${e ? 'missing after restore' : 'not in the backup'}`);
    else if (e.checksum !== a.checksum || e.count !== a.count || e.last_op_id !== a.last_op_id) {
      problems.push(`bucket ${name}: checksum/ops/last op ${e.checksum}/${e.count}/${e.last_op_id} in the backup, ${a.checksum}/${a.count}/${a.last_op_id} restored`);
    }
  }
  return problems;
}
