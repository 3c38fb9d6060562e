import type pg from 'pg';
import { JSONBig } from '@powersync/service-jsonbig';
import type { ParameterLookupRows, ScopedParameterLookup, SqliteJsonRow } from '@powersync/service-sync-rules';

export interface BucketState {
  checksum: number;
  count: number;
  lastOpId: bigint;
}

export interface CheckpointState {
  lastOpId: bigint;
  paramsOpId: bigint;
  buckets: Map<string, BucketState>;
}

export interface StoredOp {
  op_id: string;
  op: 'PUT' | 'REMOVE' | 'MOVE' | 'CLEAR';
  object_type: string | null;
  object_id: string | null;
  subkey: string | null;
  data: string | null;
  checksum: number;
}

/**
 * The global checkpoint and the state of `buckets` at it, read in one statement so the
 * checksums are exactly those of every op up to `lastOpId` (the processor updates both in the
 * transaction that appends ops).
 */
export async function readCheckpoint(pool: pg.Pool, buckets: readonly string[]): Promise<CheckpointState> {
  const { rows } = await pool.query<{ last_op_id: string; params_op_id: string; bucket: string | null; checksum: string | null; op_count: string | null; b_last: string | null }>(
    `SELECT s.last_op_id::text, s.params_op_id::text, b.bucket, b.checksum::text, b.op_count::text, b.last_op_id::text AS b_last
       FROM sync_state s LEFT JOIN sync_buckets b ON b.bucket = ANY($1::text[])`,
    [buckets],
  );
  const first = rows[0];
  const states = new Map<string, BucketState>();
  for (const r of rows) {
    if (r.bucket === null) continue;
    states.set(r.bucket, { checksum: Number(r.checksum), count: Number(r.op_count), lastOpId: BigInt(r.b_last ?? '0') });
  }
  return { lastOpId: BigInt(first?.last_op_id ?? '0'), paramsOpId: BigInt(first?.params_op_id ?? '0'), buckets: states };
}

/** Ops of one bucket in (after, upTo], oldest first. */
export async function readOps(pool: pg.Pool, bucket: string, after: bigint, upTo: bigint, limit: number): Promise<StoredOp[]> {
  const { rows } = await pool.query<StoredOp & { checksum: string }>(
    `SELECT op_id::text, op, object_type, object_id, subkey, data, checksum::text
       FROM sync_ops WHERE bucket = $1 AND op_id > $2 AND op_id <= $3 ORDER BY sync_ops.op_id LIMIT $4`,
    [bucket, after.toString(), upTo.toString(), limit],
  );
  return rows.map((r) => ({ ...r, checksum: Number(r.checksum) }));
}

/** Answers the rules' parameter lookups from the parameter index. */
export async function getParameterSets(pool: pg.Pool, lookups: ScopedParameterLookup[]): Promise<ParameterLookupRows[]> {
  if (lookups.length === 0) return [];
  const keys = lookups.map((l) => l.serializedRepresentation);
  const { rows } = await pool.query<{ lookup: string; params: string }>(
    'SELECT lookup, params::text FROM sync_params WHERE lookup = ANY($1::text[])',
    [keys],
  );
  const byKey = new Map<string, SqliteJsonRow[]>();
  for (const r of rows) {
    const list = byKey.get(r.lookup) ?? [];
    list.push(...(JSONBig.parse(r.params) as SqliteJsonRow[]));
    byKey.set(r.lookup, list);
  }
  return lookups.map((lookup) => ({ lookup, rows: byKey.get(lookup.serializedRepresentation) ?? [] }));
}

/**
 * Shares reads among the live streams of this process: checkpoint reads requested in the same
 * tick are answered by one statement over the union of their buckets, and identical op-range
 * reads (every stream fetching the same new content ops) by one query. A content change pushed
 * to N streams thus costs a handful of queries instead of 2N.
 */
export class BucketReader {
  private pending: Array<{ buckets: readonly string[]; resolve: (s: CheckpointState) => void; reject: (e: unknown) => void }> = [];
  private scheduled = false;
  private readonly opsCache = new Map<string, Promise<StoredOp[]>>();
  private lookupBatch: Array<{ lookups: ScopedParameterLookup[]; resolve: (r: ParameterLookupRows[]) => void; reject: (e: unknown) => void }> = [];
  private lookupScheduled = false;

  constructor(private readonly pool: pg.Pool) {}

  /** Parameter lookups of all streams resolving in the same tick, answered by one query. */
  getParameterSets(lookups: ScopedParameterLookup[]): Promise<ParameterLookupRows[]> {
    return new Promise((resolve, reject) => {
      this.lookupBatch.push({ lookups, resolve, reject });
      if (!this.lookupScheduled) {
        this.lookupScheduled = true;
        setImmediate(() => void this.flushLookups());
      }
    });
  }

  private async flushLookups(): Promise<void> {
    const batch = this.lookupBatch;
    this.lookupBatch = [];
    this.lookupScheduled = false;
    try {
      const all = await getParameterSets(this.pool, batch.flatMap((b) => b.lookups));
      const byKey = new Map(all.map((r) => [r.lookup.serializedRepresentation, r.rows]));
      for (const b of batch) b.resolve(b.lookups.map((lookup) => ({ lookup, rows: byKey.get(lookup.serializedRepresentation) ?? [] })));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }

  readCheckpoint(buckets: readonly string[]): Promise<CheckpointState> {
    return new Promise((resolve, reject) => {
      this.pending.push({ buckets, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flushCheckpoints());
      }
    });
  }

  private async flushCheckpoints(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.scheduled = false;
    try {
      const union = [...new Set(batch.flatMap((b) => b.buckets))];
      const all = await readCheckpoint(this.pool, union);
      for (const b of batch) {
        const mine = new Map<string, BucketState>();
        for (const name of b.buckets) {
          const st = all.buckets.get(name);
          if (st) mine.set(name, st);
        }
        b.resolve({ lastOpId: all.lastOpId, paramsOpId: all.paramsOpId, buckets: mine });
      }
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }

  /** Op ranges at or below a committed checkpoint never change except by compaction, which
   *  keeps checksums valid, so a short-lived shared cache is safe. */
  readOps(bucket: string, after: bigint, upTo: bigint, limit: number): Promise<StoredOp[]> {
    const key = `${bucket}\u0000${after}\u0000${upTo}\u0000${limit}`;
    let hit = this.opsCache.get(key);
    if (!hit) {
      hit = readOps(this.pool, bucket, after, upTo, limit);
      this.opsCache.set(key, hit);
      hit.catch(() => undefined).finally(() => setTimeout(() => this.opsCache.delete(key), 2000).unref());
    }
    return hit;
  }
}
