import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { withTransaction } from '../db/database.ts';
import { displayName } from '../scoring/rank-benchmark.ts';
import { countUserData, USER_COLUMNS } from './user-data.ts';
import { PROCESSOR_LOCK } from '../sync/processor.ts';
import { DAY_MS } from '@cr/shared/time';

export interface CleanupOptions {
  now: Date;
  /** Days between a deletion request and the deletion. */
  graceDays: number;
  /** Telemetry received longer ago than this (days) is pruned. */
  telemetryRetentionDays: number;
  /**
   * Days a deleted account's refresh-token hashes are kept after the token's own expiry, so a
   * device offline through the deletion still learns the account is gone when it reconnects.
   */
  tombstoneDays?: number;
}

export interface CleanupReport {
  accounts_deleted: number;
  /** Rows deleted per table across the deleted accounts. */
  rows_deleted: Record<string, number>;
  telemetry_pruned: number;
  refresh_tokens_pruned: number;
  guardian_links_pruned: number;
  tombstones_pruned: number;
}

/** Shown on a released leaderboard instead of a deleted student's name; the numbers stay. */
export const FORMER_STUDENT = 'Former student';
const DEFAULT_TOMBSTONE_DAYS = 365;

/**
 * The data_cleanup job: deletes accounts whose grace period is over (each in its own transaction,
 * so one failure never blocks the rest or leaves half an account), then applies retention.
 * Idempotent: a rerun finds nothing due.
 */
export async function runDataCleanup(pool: pg.Pool, opts: CleanupOptions): Promise<CleanupReport> {
  const report: CleanupReport = {
    accounts_deleted: 0,
    rows_deleted: {},
    telemetry_pruned: 0,
    refresh_tokens_pruned: 0,
    guardian_links_pruned: 0,
    tombstones_pruned: 0,
  };
  const { rows: due } = await pool.query<{ id: string }>(
    `SELECT id FROM users WHERE status = 'deletion_pending' AND deletion_requested_at + make_interval(days => $2) <= $1 ORDER BY deletion_requested_at`,
    [opts.now, opts.graceDays],
  );
  for (const { id } of due) {
    const counts = await withTransaction(pool, (client) => deleteAccount(client, id, opts));
    if (!counts) continue;
    report.accounts_deleted += 1;
    for (const [table, n] of Object.entries(counts)) report.rows_deleted[table] = (report.rows_deleted[table] ?? 0) + n;
  }
  const cutoff = new Date(opts.now.getTime() - opts.telemetryRetentionDays * DAY_MS);
  // Device clocks are not trusted: age is measured from when the server received the event.
  report.telemetry_pruned = (await pool.query('DELETE FROM telemetry WHERE received_at < $1', [cutoff])).rowCount ?? 0;
  report.refresh_tokens_pruned = (await pool.query('DELETE FROM refresh_tokens WHERE expires_at < $1', [opts.now])).rowCount ?? 0;
  report.guardian_links_pruned =
    (await pool.query('DELETE FROM guardian_consents WHERE confirmed_at IS NULL AND withdrawn_at IS NULL AND expires_at < $1', [opts.now])).rowCount ?? 0;
  report.tombstones_pruned = (await pool.query('DELETE FROM deleted_account_tokens WHERE expires_at < $1', [opts.now])).rowCount ?? 0;
  return report;
}

/**
 * Deletes one account whose grace is over; null when it is no longer due (cancelled meanwhile).
 * Returns the rows deleted per table.
 */
async function deleteAccount(client: pg.PoolClient, userId: string, opts: CleanupOptions): Promise<Record<string, number> | null> {
  // No chunk of change capture runs while the account goes: one that had read the account's rows
  // before this commits could otherwise write their PUTs (with their data) after the scrub below
  // listed what to erase. Chunks committed before are scrubbed; later ones see the rows deleted.
  await client.query('SELECT pg_advisory_xact_lock($1)', [PROCESSOR_LOCK]);
  const { rows } = await client.query<{ email: string; role: string; full_name: string | null; deletion_requested_at: Date; deletion_requested_by: string | null; deletion_receipt_id: string }>(
    `SELECT email, role, full_name, deletion_requested_at, deletion_requested_by, deletion_receipt_id FROM users
      WHERE id = $1 AND status = 'deletion_pending' AND deletion_requested_at + make_interval(days => $3) <= $2 FOR UPDATE`,
    [userId, opts.now, opts.graceDays],
  );
  const user = rows[0];
  if (!user) return null;
  const pseudonym = randomUUID();
  const counts = await countUserData(client, userId);
  const receiptId = user.deletion_receipt_id;
  await client.query(
    `INSERT INTO deletion_receipts (id, pseudonym, role, requested_by, requested_at, deleted_at, rows_deleted) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [receiptId, pseudonym, user.role, user.deletion_requested_by ?? 'self', user.deletion_requested_at, opts.now, JSON.stringify(counts)],
  );
  await client.query(
    `INSERT INTO deleted_account_tokens (token_hash, receipt_id, expires_at)
     SELECT token_hash, $2, greatest(expires_at, $3) + make_interval(days => $4) FROM refresh_tokens WHERE user_id = $1
     ON CONFLICT (token_hash) DO NOTHING`,
    [userId, receiptId, opts.now, opts.tombstoneDays ?? DEFAULT_TOMBSTONE_DAYS],
  );
  await scrubSyncLog(client, userId);
  await anonymiseLeaderboards(client, userId, user.full_name);
  // Audit rows stay (who did what to the system), with the person replaced by the pseudonym; the
  // IP addresses of their own actions go. Emails in the details of those rows are masked.
  await client.query('UPDATE audit_log SET actor_id = $2, ip_address = NULL WHERE actor_id = $1', [userId, pseudonym]);
  await client.query('UPDATE audit_log SET resource_id = $2 WHERE resource_id = $1', [userId, pseudonym]);
  await client.query(
    `UPDATE audit_log SET changes = replace(replace(changes::text, $1::text, $2::text), $3::text, '[deleted]')::jsonb
      WHERE (actor_id = $2::uuid OR resource_id = $2::text) AND (strpos(changes::text, $1::text) > 0 OR strpos(changes::text, $3::text) > 0)`,
    [userId, pseudonym, user.email],
  );
  for (const c of USER_COLUMNS) {
    // Security: names come from the constant registry, never from input.
    if (c.cleanup === 'delete') await client.query(`DELETE FROM ${c.table} WHERE ${c.column} = $1`, [userId]);
    else if (c.cleanup === 'nullify') await client.query(`UPDATE ${c.table} SET ${c.column} = NULL WHERE ${c.column} = $1`, [userId]);
  }
  return counts;
}

/**
 * The bucket log keeps the data of every PUT until compaction. The user's own buckets (their
 * names carry the user id) are dropped whole; in shared buckets (a coach's cohort) each PUT of a
 * row being deleted becomes a MOVE now (same op id and checksum, no data), and the change
 * processor appends the REMOVE for every device that holds the row once this commits.
 */
async function scrubSyncLog(client: pg.PoolClient, userId: string): Promise<void> {
  // Tables under change capture (sync_capture_table installs <table>_sync_del), i.e. in the log.
  const { rows: captured } = await client.query<{ t: string }>(
    `SELECT DISTINCT event_object_table AS t FROM information_schema.triggers WHERE trigger_name = event_object_table || '_sync_del'`,
  );
  const synced = new Set(captured.map((r) => r.t));
  const sources: string[] = [];
  const tables = new Map<string, string[]>();
  for (const c of USER_COLUMNS) if (c.cleanup === 'delete' && synced.has(c.table)) tables.set(c.table, [...(tables.get(c.table) ?? []), c.column]);
  for (const [table, columns] of tables) {
    sources.push(`SELECT '${table}'::text AS t, id::text AS i FROM ${table} WHERE ${columns.map((c) => `${c} = $1`).join(' OR ')}`);
  }
  const { rows: own } = await client.query<{ bucket: string }>('SELECT bucket FROM sync_buckets WHERE strpos(bucket, $1) > 0', [`"${userId}"`]);
  const ownBuckets = own.map((r) => r.bucket);
  await client.query(
    `WITH src AS (${sources.join(' UNION ALL ')})
     UPDATE sync_ops o SET op = 'MOVE', object_type = NULL, object_id = NULL, subkey = NULL, data = NULL
       FROM sync_rows r JOIN src ON r.source_table = src.t AND r.source_id = src.i
      WHERE o.bucket = r.bucket AND o.object_type = r.object_type AND o.object_id = r.object_id AND o.op = 'PUT'
        AND NOT (r.bucket = ANY($2::text[]))`,
    [userId, ownBuckets],
  );
  await client.query('DELETE FROM sync_rows WHERE bucket = ANY($1::text[])', [ownBuckets]);
  await client.query('DELETE FROM sync_ops WHERE bucket = ANY($1::text[])', [ownBuckets]);
  await client.query('DELETE FROM sync_buckets WHERE bucket = ANY($1::text[])', [ownBuckets]);
}

/** A released leaderboard keeps its ranks and scores; a deleted student's name is replaced. */
async function anonymiseLeaderboards(client: pg.PoolClient, userId: string, fullName: string | null): Promise<void> {
  const { rows } = await client.query<{ id: string; rank: number; display_name: string }>(
    `SELECT l.id, l.rank, l.display_name FROM benchmark_leaderboard l
       JOIN test_results r ON r.test_id = l.benchmark_id AND r.student_id = $1 AND r.published
                          AND r.global_rank = l.rank AND r.total_score = l.total_score`,
    [userId],
  );
  const mine = rows.filter((r) => r.display_name === displayName(fullName, r.rank)).map((r) => r.id);
  if (mine.length === 0) return;
  await client.query('UPDATE benchmark_leaderboard SET display_name = $2 WHERE id = ANY($1::uuid[])', [mine, FORMER_STUDENT]);
  // Earlier PUTs of those rows carry the name: superseded now, they become MOVEs.
  await client.query(
    `UPDATE sync_ops o SET op = 'MOVE', object_type = NULL, object_id = NULL, subkey = NULL, data = NULL
      WHERE o.op = 'PUT' AND o.object_type = 'benchmark_leaderboard' AND o.object_id = ANY($1::text[])
        AND o.bucket IN (SELECT bucket FROM sync_rows WHERE source_table = 'benchmark_leaderboard' AND source_id = ANY($1::text[]))`,
    [mine],
  );
}
