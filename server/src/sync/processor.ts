import pg from 'pg';
import { chunkPieces, evaluatePiece, writeChunk, type ChangeRow, type ChunkPiece } from './capture-chunk.ts';
import type { ChangeNotice, SyncHub } from './hub.ts';
import type { LoadedRules } from './rules.ts';

/** Advisory lock key: at most one processor appends to the bucket log, across processes. */
/** The advisory lock a chunk of change capture holds for its transaction (also taken by account deletion). */
export const PROCESSOR_LOCK = 727_275;
/** Rows named by the oldest change rows that pick a batch's transactions (taken whole, so a batch may exceed it). */
const BATCH_ROWS = 20_000;
/**
 * Rows named per chunk (a chunk takes whole change rows and ends at the one that reaches it, so it
 * may name up to 999 more): bounds the processor's memory and the work a kill can roll back.
 */
const CHUNK_ROWS = 5_000;

export interface ProcessorOptions {
  pool: pg.Pool;
  rules: LoadedRules;
  hub: SyncHub;
  /** Poll interval for changes written by other processes/connections, in ms. */
  pollMs?: number;
  /**
   * Poll interval while a LISTEN connection is up (default 1000 ms): commits from any connection
   * notify it, so polling then only covers a notification lost with a dropped listener, and an
   * idle server does not query the change queue 40 times a second.
   */
  listeningPollMs?: number;
  /** Rows named per chunk (default CHUNK_ROWS); tests make it small to split a transaction. */
  chunkRows?: number;
  onError?: (error: unknown) => void;
}

export interface BatchResult {
  changes: number;
  ops: number;
  lastOpId: bigint;
}

/**
 * The single appender of the bucket log. A batch takes the change rows of whole committed
 * transactions and works through them in bounded chunks (see runBatch): each chunk re-reads its
 * rows, so the latest state of a row wins whatever order its writers committed in, evaluates
 * them against the sync rules, appends PUT/REMOVE ops with fresh op ids, updates the parameter
 * index, and deletes its change rows. Invariants: op ids are assigned only here, in increasing
 * order, and only to committed changes, so a client at op id N never misses a change that commits
 * after N; a checkpoint (last_op_id) never ends inside a captured transaction.
 */
export class ChangeProcessor {
  private readonly pool: pg.Pool;
  private readonly rules: LoadedRules;
  private readonly hub: SyncHub;
  private readonly pollMs: number;
  private readonly listeningPollMs: number;
  private readonly chunkRows: number;
  private readonly onError: (error: unknown) => void;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private idTypes: Map<string, string> | null = null;
  private prepared: boolean | null = null;
  private wakeRequested = false;
  private listener: pg.Client | null = null;

  constructor(opts: ProcessorOptions) {
    this.pool = opts.pool;
    this.rules = opts.rules;
    this.hub = opts.hub;
    this.pollMs = opts.pollMs ?? 25;
    this.listeningPollMs = opts.listeningPollMs ?? 1000;
    this.chunkRows = opts.chunkRows ?? CHUNK_ROWS;
    this.onError = opts.onError ?? (() => undefined);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
    void this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.chain.catch(() => undefined);
  }

  /**
   * On Postgres, LISTEN for the capture triggers' notifications so writes from other connections
   * and processes are processed within milliseconds. Not on PGlite: its connections share one
   * session, so notifications cannot be routed; polling covers it (and covers lost listeners).
   */
  private async listen(): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ v: string }>('SELECT version() AS v');
      if (this.stopped || (rows[0]?.v ?? '').includes('PGlite')) return;
      const client = new pg.Client(this.pool.options);
      client.on('notification', () => this.kick());
      client.on('error', () => {
        if (this.listener === client) this.listener = null;
        setTimeout(() => !this.stopped && !this.listener && void this.listen(), 1000).unref();
      });
      await client.connect();
      await client.query('LISTEN sync_changes');
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      if (!this.stopped) this.onError(error);
    }
  }

  /** Processes soon (after our own commits), without waiting for the next poll. */
  kick(): void {
    if (this.stopped) return;
    this.wakeRequested = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.schedule(0);
    }
  }

  /**
   * Resolves once every change committed before the call is in the bucket log; returns the last
   * op id then. Used by write checkpoints so a client's own upload is in the checkpoint it waits for.
   */
  async flush(): Promise<bigint> {
    const { rows } = await this.pool.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM sync_changes');
    const target = rows[0]?.seq ?? null;
    for (let i = 0; i < 1000; i += 1) {
      const result = await this.serialized(() => this.runBatch());
      // Drained is not published: a chunk deletes its change rows when it commits, but its ops
      // become visible only when the batch's last chunk publishes them (possibly in another
      // process holding the batch), so wait for nothing to be staged as well.
      const { rows: state } = await this.pool.query<{ drained: boolean; published: boolean; last_op_id: string }>(
        `SELECT ($1::bigint IS NULL OR NOT EXISTS (SELECT 1 FROM sync_changes WHERE seq <= $1::bigint)) AS drained,
                written_op_id <= last_op_id AND NOT pending_params AS published, last_op_id::text
           FROM sync_state`,
        [target],
      );
      if (state[0]?.drained && state[0].published) return BigInt(state[0].last_op_id);
      if (!result) await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('sync processor could not drain the change queue');
  }

  async lastOpId(): Promise<bigint> {
    const { rows } = await this.pool.query<{ last_op_id: string }>('SELECT last_op_id::text FROM sync_state');
    return BigInt(rows[0]?.last_op_id ?? '0');
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    this.wakeRequested = false;
    let again = false;
    try {
      const { rows } = await this.pool.query<{ pending: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM sync_changes) OR (SELECT written_op_id > last_op_id OR pending_params FROM sync_state) AS pending',
      );
      if (rows[0]?.pending) {
        const result = await this.serialized(() => this.runBatch());
        again = result !== null;
      }
    } catch (error) {
      if (!this.stopped) this.onError(error);
    }
    this.schedule(again || this.wakeRequested ? 0 : this.listener ? this.listeningPollMs : this.pollMs);
  }

  /** Whether named prepared statements are safe: not on PGlite (one session shared by all connections). */
  private async preparable(): Promise<boolean> {
    if (this.prepared === null) {
      const { rows } = await this.pool.query<{ v: string }>('SELECT version() AS v');
      this.prepared = !(rows[0]?.v ?? '').includes('PGlite');
    }
    return this.prepared;
  }

  private async loadIdTypes(): Promise<Map<string, string>> {
    if (this.idTypes) return this.idTypes;
    const { rows } = await this.pool.query<{ table_name: string; id_type: string }>(
      `SELECT c.relname AS table_name, format_type(a.atttypid, a.atttypmod) AS id_type
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND a.attname = 'id' AND c.relkind = 'r'`,
    );
    this.idTypes = new Map(rows.map((r) => [r.table_name, r.id_type]));
    return this.idTypes;
  }

  /**
   * One batch: the transactions of the oldest change rows naming BATCH_ROWS rows, taken whole,
   * processed in chunks of whole change rows naming chunkRows rows by seq, each chunk written in its own
   * transaction (piece by piece, each piece read and evaluated on another connection while the
   * previous one is written; see writeChunk) while the next chunk's change rows are read. The
   * transaction of the last chunk also folds the staged bucket deltas into sync_buckets and moves
   * last_op_id, so the batch's source transactions become visible to devices together. A kill
   * between chunks leaves committed chunks in place (their change rows gone, their ops beyond
   * last_op_id, their deltas staged); the next batch continues from there and publishes them.
   */
  private async runBatch(): Promise<BatchResult | null> {
    // Counted in rows named, as the chunks are: a change row may name up to 1,000 (migration 028).
    const { rows: head } = await this.pool.query<{ xid: string }>(
      `SELECT DISTINCT xid::text
         FROM (SELECT xid, n, sum(n) OVER (ORDER BY seq) AS upto FROM (SELECT seq, xid, n FROM sync_changes ORDER BY seq LIMIT $1) h) counted
        WHERE upto - n < $1`,
      [BATCH_ROWS],
    );
    const xids = head.map((r) => r.xid);
    const idTypes = await this.loadIdTypes();
    const read = async (after: string) => {
      if (xids.length === 0) return { count: 0, done: true, first: after, last: after, pieces: [] };
      // Whole change rows in seq order until they name chunkRows rows (a change row names one
      // row, or up to 1,000 of one statement: migration 028), counted by `n` so that the arrays
      // of the rows left out are never read.
      const { rows: changes } = await this.pool.query<ChangeRow>(
        `SELECT seq::text, source_table, single_row_id, row_ids
           FROM (SELECT seq, source_table, single_row_id, row_ids, n, sum(n) OVER (ORDER BY seq) AS upto
                   FROM (SELECT seq, source_table, single_row_id, row_ids, n FROM sync_changes
                          WHERE xid = ANY($1::xid8[]) AND seq > $2 ORDER BY seq LIMIT $3) head) counted
          WHERE upto - n < $3 ORDER BY counted.seq`,
        [xids, after, this.chunkRows],
      );
      // Only the range and count of the change rows, and the rows they name, are kept. Fewer
      // than chunkRows named means the transactions' change rows are all read.
      const named = changes.reduce((k, c) => k + (c.row_ids?.length ?? 1), 0);
      return {
        count: changes.length,
        done: named < this.chunkRows,
        first: changes[0]?.seq ?? after,
        last: changes[changes.length - 1]?.seq ?? after,
        pieces: chunkPieces(this.rules, changes),
      };
    };
    // On PGlite every connection is the one session, in which the chunk's transaction is open:
    // another connection's read would wait for it to end, so pieces are read on its own client.
    // So are they on a pool of one connection, which the chunk's transaction holds (a second
    // connection would never come).
    const pgliteSession = !(await this.preparable());
    const ownSession = pgliteSession || (this.pool.options.max ?? 10) < 2;
    const opts = { prepared: !pgliteSession };
    let changes = 0;
    let ops = 0;
    let next = read('0');
    void next.catch(() => undefined); // awaited below; a batch that fails first must not leave it unhandled
    for (;;) {
      const current = await next;
      const { done, first, last } = current;
      if (!done) {
        next = read(last);
        void next.catch(() => undefined);
      }
      const step = await this.inLockedTransaction(async (client) => {
        // A chunk that publishes nothing need not wait for its WAL flush: its ops are in no
        // checkpoint until the last chunk commits, and that commit flushes the WAL up to itself,
        // earlier chunks included. If the database crashes first, the unflushed chunks vanish
        // whole (ops and the deletion of their change rows together) and are captured again.
        if (!done) await client.query('SET LOCAL synchronous_commit = off');
        let result = { ops: 0, paramsChanged: false };
        if (current.count > 0) {
          // Invariant: a change row is consumed once; another processor (another process) may
          // have taken these while this chunk was being read.
          const taken = await client.query('DELETE FROM sync_changes WHERE xid = ANY($1::xid8[]) AND seq >= $2 AND seq <= $3', [xids, first, last]);
          if (taken.rowCount !== current.count) throw new ChunkTaken();
          const state = await client.query<{ written_op_id: string }>('SELECT written_op_id::text FROM sync_state');
          const chunk = await writeChunk(
            client,
            this.rules,
            current.pieces,
            BigInt(state.rows[0]?.written_op_id ?? '0'),
            (piece: ChunkPiece) => evaluatePiece(ownSession ? client : this.pool, this.rules, idTypes, piece),
            opts,
          );
          await client.query('UPDATE sync_state SET written_op_id = $1, pending_params = pending_params OR $2', [chunk.lastOpId.toString(), chunk.paramsChanged]);
          result = chunk;
        }
        return { ops: result.ops, notice: done ? await publishPending(client) : null };
      }).catch((error: unknown) => {
        if (error instanceof ChunkTaken) return null;
        throw error;
      });
      if (step === null) {
        // Another processor holds the lock or took these rows: it publishes them. Let the
        // prefetch settle so no read outlives the batch.
        if (!done) await next.catch(() => undefined);
        return null;
      }
      changes += current.count;
      ops += step.ops;
      if (!done) continue;
      if (step.notice) this.hub.publish(step.notice);
      if (changes === 0 && !step.notice) return null;
      return { changes, ops, lastOpId: step.notice?.lastOpId ?? (await this.lastOpId()) };
    }
  }

  /** Runs `fn` in a REPEATABLE READ transaction holding the processor lock; null if another holds it. */
  private async inLockedTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T | null> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const locked = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [PROCESSOR_LOCK]);
      if (!locked.rows[0]?.ok) {
        await client.query('ROLLBACK');
        return null;
      }
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Makes every written op visible: adds the staged deltas to their buckets and moves last_op_id
 * (and params_op_id, if the parameter index changed) to the last op written. Null when nothing
 * was pending.
 */
async function publishPending(client: pg.PoolClient): Promise<ChangeNotice | null> {
  const { rows } = await client.query<{ last_op_id: string; params: boolean }>(
    `UPDATE sync_state s SET last_op_id = s.written_op_id,
            params_op_id = CASE WHEN s.pending_params THEN s.written_op_id ELSE s.params_op_id END,
            pending_params = false
       FROM (SELECT last_op_id, pending_params FROM sync_state) old
      WHERE old.last_op_id < s.written_op_id OR old.pending_params
      RETURNING s.last_op_id::text, old.pending_params AS params`,
  );
  const state = rows[0];
  if (!state) return null;
  const buckets = await client.query<{ bucket: string }>(
    `WITH pending AS (DELETE FROM sync_pending_buckets RETURNING *)
     INSERT INTO sync_buckets (bucket, definition, checksum, op_count, last_op_id)
     SELECT bucket, definition, checksum, op_count, last_op_id FROM pending
     ON CONFLICT (bucket) DO UPDATE SET
       checksum = (sync_buckets.checksum + EXCLUDED.checksum) % 4294967296,
       op_count = sync_buckets.op_count + EXCLUDED.op_count,
       last_op_id = EXCLUDED.last_op_id
     RETURNING bucket`,
  );
  return { lastOpId: BigInt(state.last_op_id), buckets: new Set(buckets.rows.map((r) => r.bucket)), paramsChanged: state.params, users: new Set<string>() };
}

/** The chunk's change rows were consumed by another processor between read and write. */
class ChunkTaken extends Error {}
