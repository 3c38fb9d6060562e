import type pg from 'pg';
import { withTransaction } from '../db/database.ts';
import { addChecksums } from './checksum.ts';

export interface CompactionResult {
  buckets: number;
  moved: number;
  cleared: number;
}

/**
 * Compacts the bucket log without changing any bucket's checksum:
 * 1. MOVE: every PUT/REMOVE superseded by a later op for the same row becomes a MOVE (same op id,
 *    same checksum, no data), so a client syncing from scratch downloads only live rows.
 * 2. CLEAR: the leading run of MOVE/REMOVE/CLEAR ops of a bucket (nothing a new client needs)
 *    collapses into one CLEAR at the run's last op id whose checksum is the run's sum.
 * A client already past the run is unaffected; a client inside it receives the CLEAR, which
 * resets its bucket to that checksum, then the rest. Runs bucket by bucket, each in its own
 * short transaction, under the processor's ordering (compaction never touches ops above a
 * bucket's published last op id, so it can run beside the processor, even mid-batch).
 */
export async function compactBuckets(pool: pg.Pool, opts: { buckets?: string[] } = {}): Promise<CompactionResult> {
  const names =
    opts.buckets ??
    (await pool.query<{ bucket: string }>('SELECT bucket FROM sync_buckets ORDER BY bucket')).rows.map((r) => r.bucket);
  const result: CompactionResult = { buckets: 0, moved: 0, cleared: 0 };
  for (const bucket of names) {
    const one = await withTransaction(pool, (client) => compactOne(client, bucket));
    result.buckets += 1;
    result.moved += one.moved;
    result.cleared += one.cleared;
  }
  return result;
}

async function compactOne(client: pg.PoolClient, bucket: string): Promise<{ moved: number; cleared: number }> {
  // Serializes with the processor's publishing of this bucket. Ops above the bucket's
  // last_op_id are written but in no checkpoint yet: a later PUT there must not turn the
  // published one into a MOVE before devices can receive it, so compaction stops at last_op_id.
  const head = await client.query<{ last: string }>('SELECT last_op_id::text AS last FROM sync_buckets WHERE bucket = $1 FOR UPDATE', [bucket]);
  const upTo = head.rows[0]?.last ?? '0';
  const moved = await client.query(
    `UPDATE sync_ops o SET op = 'MOVE', object_type = NULL, object_id = NULL, subkey = NULL, data = NULL
       FROM (SELECT op_id, row_number() OVER (PARTITION BY object_type, object_id, subkey ORDER BY op_id DESC) AS rn
               FROM sync_ops WHERE bucket = $1 AND op_id <= $2 AND op IN ('PUT', 'REMOVE')) s
      WHERE o.bucket = $1 AND o.op_id = s.op_id AND s.rn > 1`,
    [bucket, upTo],
  );
  const { rows } = await client.query<{ op_id: string; op: string; checksum: string }>(
    'SELECT op_id::text, op, checksum::text FROM sync_ops WHERE bucket = $1 AND op_id <= $2 ORDER BY sync_ops.op_id',
    [bucket, upTo],
  );
  let runEnd = -1;
  let sum = 0;
  for (const [i, r] of rows.entries()) {
    if (r.op === 'PUT') break;
    runEnd = i;
    sum = addChecksums(sum, Number(r.checksum));
  }
  const run = rows.slice(0, runEnd + 1);
  let cleared = 0;
  if (run.length > 1 || (run.length === 1 && run[0]?.op !== 'CLEAR')) {
    const last = run[run.length - 1]?.op_id ?? '0';
    await client.query('DELETE FROM sync_ops WHERE bucket = $1 AND op_id <= $2', [bucket, last]);
    await client.query(`INSERT INTO sync_ops (bucket, op_id, op, checksum) VALUES ($1, $2, 'CLEAR', $3)`, [bucket, last, sum]);
    await client.query('UPDATE sync_buckets SET compacted_op_id = $2, op_count = op_count - $3 + 1 WHERE bucket = $1', [bucket, last, run.length]);
    cleared = run.length;
  }
  return { moved: moved.rowCount ?? 0, cleared };
}
