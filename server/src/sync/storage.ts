import type pg from 'pg';
import { JSONBig } from '@powersync/service-jsonbig';
import type { ParameterLookupRows, ScopedParameterLookup, SqliteJsonRow } from '@powersync/service-sync-rules';
import { markShared } from './gzip-frames.ts';

export interface BucketState {
  checksum: number;
  count: number;
  lastOpId: bigint;
}

export interface CheckpointState {
  lastOpId: bigint;
  paramsOpId: bigint;
  /**
   * The asked buckets' states; only those changed after `changedSince` when that is set (the
   * others are as they were at that checkpoint), else every asked bucket that exists.
   */
  buckets: Map<string, BucketState>;
  /** Set when `buckets` holds only the buckets changed after this op id (see BucketReader.readCheckpoint). */
  changedSince?: bigint;
  /** The reader's compaction generation when the read began (see BucketReader.compacting). */
  generation?: number;
}

/** What a stream read at its previous checkpoint: its global op id and the reader's generation then. */
export interface ReadSince {
  opId: bigint;
  generation: number;
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

/**
 * The global checkpoint and the buckets whose state changed after op id `since`: of `buckets`
 * (one index probe each), or, with `buckets` null, of the whole table (one sequential scan,
 * cheaper than probing when the buckets asked are a large part of it). A publish sets the
 * last_op_id of every bucket it changes above the global last_op_id before it (in the same
 * transaction that moves the global one), so `last_op_id > since` finds exactly the buckets
 * changed since a checkpoint read at `since`. Compaction lowers op counts without moving
 * last_op_id: readers read in full across one (see BucketReader.compacting).
 */
export async function readChangedBuckets(pool: pg.Pool, buckets: readonly string[] | null, since: bigint): Promise<CheckpointState> {
  const { rows } = await pool.query<{ last_op_id: string; params_op_id: string; bucket: string | null; checksum: string | null; op_count: string | null; b_last: string | null }>(
    buckets === null
      ? `SELECT s.last_op_id::text, s.params_op_id::text, b.bucket, b.checksum::text, b.op_count::text, b.last_op_id::text AS b_last
           FROM sync_state s LEFT JOIN sync_buckets b ON b.last_op_id > $1::bigint`
      : `SELECT s.last_op_id::text, s.params_op_id::text, b.bucket, b.checksum::text, b.op_count::text, b.last_op_id::text AS b_last
           FROM sync_state s LEFT JOIN sync_buckets b ON b.bucket = ANY($2::text[]) AND b.last_op_id > $1::bigint`,
    buckets === null ? [since.toString()] : [since.toString(), buckets],
  );
  const first = rows[0];
  const states = new Map<string, BucketState>();
  for (const r of rows) {
    if (r.bucket === null) continue;
    states.set(r.bucket, { checksum: Number(r.checksum), count: Number(r.op_count), lastOpId: BigInt(r.b_last ?? '0') });
  }
  return { lastOpId: BigInt(first?.last_op_id ?? '0'), paramsOpId: BigInt(first?.params_op_id ?? '0'), buckets: states, changedSince: since };
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
 * reads (every stream fetching the same new content ops) by one query and one encoding. A content change pushed
 * to N streams thus costs a handful of queries instead of 2N.
 */
export class BucketReader {
  private pending: CheckpointRequest[] = [];
  /** Moves when a compaction begins and when it ends: a read across one is done in full. */
  private generation = 0;
  private compactions = 0;
  /** Estimated rows of sync_buckets (pg_class.reltuples), for choosing a scan over probes. */
  private bucketRows: { rows: number; expires: number } | null = null;
  private scheduled = false;
  private lookupBatch: Array<{ lookups: ScopedParameterLookup[]; resolve: (r: ParameterLookupRows[]) => void; reject: (e: unknown) => void }> = [];
  private lookupScheduled = false;
  private readonly batches = new Map<string, { batch: Promise<DataBatch | null>; expires: number; bytes: number }>();
  private cachedBytes = 0;

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

  /**
   * Marks a compaction of the bucket log (which lowers op counts without moving last_op_id):
   * until the returned function is called, and for every stream's next read after it, reads
   * are done in full. Compaction in another process is not seen here: a stream then sends a
   * compacted bucket's lower count with that bucket's next change (checksums are unaffected).
   */
  compacting(): () => void {
    this.generation += 1;
    this.compactions += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.compactions -= 1;
      this.generation += 1;
    };
  }

  /**
   * The global checkpoint and the state of `buckets` at it. With `since` (what the stream read at
   * its previous checkpoint, from a CheckpointState of this reader), only the buckets changed
   * after it (`changedSince` is set); without it, or across a compaction, all of them. The reads
   * requested in the same tick are answered together: the full ones by one statement over the
   * union of their buckets, the others by one statement over the buckets changed since the
   * oldest of their checkpoints, so a fan-out to 10,000 streams (40,000 buckets, one changed)
   * reads and returns one row per changed bucket instead of 40,000.
   */
  readCheckpoint(buckets: readonly string[], since: ReadSince | null = null): Promise<CheckpointState> {
    const incremental = since !== null && since.generation === this.generation && this.compactions === 0;
    return new Promise((resolve, reject) => {
      this.pending.push({ buckets, since: incremental ? since.opId : null, resolve, reject });
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
    const generation = this.generation;
    const full = batch.filter((b) => b.since === null);
    const changed = batch.filter((b) => b.since !== null);
    await Promise.all([full.length > 0 ? this.readFull(full, generation) : null, changed.length > 0 ? this.readChanged(changed, generation) : null]);
  }

  private async readFull(batch: CheckpointRequest[], generation: number): Promise<void> {
    let resolved = 0;
    try {
      const union = [...new Set(batch.flatMap((b) => b.buckets))];
      const all = await readCheckpoint(this.pool, union);
      for (const b of batch) {
        const mine = new Map<string, BucketState>();
        for (const name of b.buckets) {
          const st = all.buckets.get(name);
          if (st) mine.set(name, st);
        }
        b.resolve({ lastOpId: all.lastOpId, paramsOpId: all.paramsOpId, buckets: mine, generation });
        if (++resolved % RESOLVE_SLICE === 0) await yieldToLoop();
      }
    } catch (error) {
      for (const b of batch.slice(resolved)) b.reject(error);
    }
  }

  private async readChanged(batch: CheckpointRequest[], generation: number): Promise<void> {
    let resolved = 0;
    try {
      let oldest = batch[0]!.since!;
      let asked = 0;
      for (const b of batch) {
        if (b.since! < oldest) oldest = b.since!;
        asked += b.buckets.length;
      }
      // Probing costs an index lookup per bucket asked; a scan, a cheap filter per row of the
      // table: scan when the buckets asked are more than an eighth of it (a fan-out to many streams).
      const scan = asked >= SCAN_MIN_BUCKETS && asked * 8 >= (await this.estimatedBucketRows());
      const all = await readChangedBuckets(this.pool, scan ? null : [...new Set(batch.flatMap((b) => b.buckets))], oldest);
      const singles = new Map<string, Map<string, BucketState>>();
      for (const b of batch) {
        // The streams of a fan-out mostly have one bucket changed, the shared one: they share one
        // answer map per changed bucket (sessions never mutate it), and no map when none changed.
        let mine: Map<string, BucketState> = NOTHING_CHANGED;
        let only: string | null = null;
        if (all.buckets.size > 0) {
          for (const name of b.buckets) {
            const st = all.buckets.get(name);
            if (!st || st.lastOpId <= b.since!) continue;
            if (mine === NOTHING_CHANGED && only === null) only = name;
            else {
              if (mine === NOTHING_CHANGED) mine = new Map([[only!, all.buckets.get(only!)!]]);
              mine.set(name, st);
            }
          }
        }
        if (only !== null && mine === NOTHING_CHANGED) {
          mine = singles.get(only) ?? new Map([[only, all.buckets.get(only)!]]);
          singles.set(only, mine);
        }
        b.resolve({ lastOpId: all.lastOpId, paramsOpId: all.paramsOpId, buckets: mine, changedSince: b.since!, generation });
        if (++resolved % RESOLVE_SLICE === 0) await yieldToLoop();
      }
    } catch (error) {
      for (const b of batch.slice(resolved)) b.reject(error);
    }
  }

  /**
   * pg_class's estimate of sync_buckets' rows, refreshed every minute; counted when the table was
   * never analyzed (no estimate yet: a new or freshly loaded table, until autovacuum analyzes it).
   */
  private async estimatedBucketRows(): Promise<number> {
    const now = Date.now();
    if (this.bucketRows && this.bucketRows.expires > now) return this.bucketRows.rows;
    const { rows } = await this.pool.query<{ n: number | null }>(`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'sync_buckets'::regclass`);
    let n = Number(rows[0]?.n ?? -1);
    if (!(n >= 0)) {
      const counted = await this.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM sync_buckets');
      n = Number(counted.rows[0]?.n ?? 0);
    }
    this.bucketRows = { rows: n, expires: now + 60_000 };
    return this.bucketRows.rows;
  }

  /**
   * The `data` line of up to `limit` ops of `bucket` after `after`, as of the checkpoint at which
   * the bucket's last op was `bucketLast`. The ops in (after, checkpoint] of a bucket are exactly
   * those in (after, bucketLast], so the key names the bucket's own state, not the global op id
   * that every write anywhere moves: a bucket every user shares (no parameters, `name[]`: the
   * content) is served to every device from the same line object, whose encoded bytes
   * `encodeLine` keeps, until the bucket changes (a new `bucketLast`, a new key) or the entry
   * expires (a compaction's smaller form is picked up within SHARED_TTL_MS). Other buckets are
   * cached briefly, for streams reading the same new ops at once.
   */
  dataBatch(bucket: string, after: bigint, bucketLast: bigint, limit: number): Promise<DataBatch | null> {
    const key = `${bucket}\u0000${after}\u0000${bucketLast}\u0000${limit}`;
    const hit = this.batches.get(key);
    if (hit && hit.expires > Date.now()) return hit.batch;
    if (hit) this.drop(key, hit);
    const ttl = isSharedBucket(bucket) ? SHARED_TTL_MS : 2000;
    const batch = readOps(this.pool, bucket, after, bucketLast, limit).then((ops) => toBatch(bucket, after, bucketLast, limit, ops));
    const entry = { batch, expires: Date.now() + ttl, bytes: 0 };
    this.batches.set(key, entry);
    batch.then(
      (b) => {
        // An entry dropped while its read was in flight (expired, evicted) is no longer counted.
        if (this.batches.get(key) !== entry) return;
        entry.bytes = b?.bytes ?? 0;
        this.cachedBytes += entry.bytes;
        this.evict();
        // Idle streams must not keep the last rush's batches alive.
        setTimeout(() => this.drop(key, entry), ttl).unref();
      },
      () => this.drop(key, entry),
    );
    return batch;
  }

  private drop(key: string, entry: { bytes: number }): void {
    if (this.batches.get(key) !== entry) return;
    this.batches.delete(key);
    this.cachedBytes -= entry.bytes;
  }

  /** Drops the oldest entries while over the byte budget (expiry has its own timer). */
  private evict(): void {
    for (const [key, entry] of this.batches) {
      if (this.cachedBytes <= BATCH_CACHE_BYTES) break;
      this.drop(key, entry);
    }
  }
}

interface CheckpointRequest {
  buckets: readonly string[];
  /** Only the buckets changed after this op id are read; null: all. */
  since: bigint | null;
  resolve: (s: CheckpointState) => void;
  reject: (e: unknown) => void;
}

/**
 * Requests answered per turn of the event loop. Each stream answered goes on to write its lines
 * (all in microtasks and next ticks) before the next slice is answered, so a fan-out's first
 * streams are written at once, other requests (health, sign-in) get the loop between slices,
 * and the garbage of one slice dies young instead of 10,000 streams' state surviving scavenges
 * together until the last of them is answered.
 */
const RESOLVE_SLICE = 256;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The answer of a read that found none of a stream's buckets changed; never mutated. */
const NOTHING_CHANGED: Map<string, BucketState> = new Map();

/** Below this many buckets asked at once, probing them is never slower than a scan. */
const SCAN_MIN_BUCKETS = 2000;

export interface DataBatch {
  line: Record<string, unknown>;
  /** Op id of the batch's last op (the next `after`). */
  last: bigint;
  hasMore: boolean;
  /** Approximate size, for the cache's budget. */
  bytes: number;
}

/** How long a batch of a shared bucket is reused; bounds how stale a compaction leaves it. */
const SHARED_TTL_MS = 60_000;
/** Byte budget of cached data batches (about twice the shipped content bucket). */
const BATCH_CACHE_BYTES = 64 * 1024 * 1024;

/** A bucket every user holds alike: no parameters, `name[]` (the content). */
function isSharedBucket(bucket: string): boolean {
  return bucket.endsWith('[]');
}

function toBatch(bucket: string, after: bigint, bucketLast: bigint, limit: number, ops: StoredOp[]): DataBatch | null {
  if (ops.length === 0) return null;
  const last = BigInt(ops[ops.length - 1]?.op_id ?? after.toString());
  const hasMore = ops.length === limit && last < bucketLast;
  let bytes = 0;
  const data = ops.map((o) => {
    bytes += 160 + (o.data?.length ?? 0);
    return { op_id: o.op_id, op: o.op, object_type: o.object_type, object_id: o.object_id, subkey: o.subkey, data: o.data, checksum: o.checksum };
  });
  const line = { data: { bucket, after: after.toString(), next_after: last.toString(), has_more: hasMore, data } };
  // A shared bucket's batch is the same line for every device: gzip streams compress it once and
  // splice it into each (gzip-frames.ts).
  if (isSharedBucket(bucket)) markShared(line);
  return { line, last, hasMore, bytes };
}
