import pg from 'pg';
import { JSONBig } from '@powersync/service-jsonbig';
import { isEvaluatedParameters, isEvaluatedRow, type EvaluatedRow } from '@powersync/service-sync-rules';
import { addChecksums, opChecksum } from './checksum.ts';
import type { SyncHub } from './hub.ts';
import { bucketDefinition, type LoadedRules } from './rules.ts';
import { updateParameterIndex } from './parameter-index.ts';
import { syncRowTypes, toSqliteRow } from './row-values.ts';

/** Advisory lock key: at most one processor appends to the bucket log, across processes. */
const PROCESSOR_LOCK = 727_275;
/** Change rows per batch (whole transactions are always taken, so a batch may exceed it). */
const BATCH_ROWS = 20_000;

export interface ProcessorOptions {
  pool: pg.Pool;
  rules: LoadedRules;
  hub: SyncHub;
  /** Poll interval for changes written by other processes/connections, in ms. */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

export interface BatchResult {
  changes: number;
  ops: number;
  lastOpId: bigint;
}

interface RowState {
  bucket: string;
  objectType: string;
  objectId: string;
  checksum: number;
}

interface PendingOp {
  bucket: string;
  op: 'PUT' | 'REMOVE';
  objectType: string;
  objectId: string;
  subkey: string | null;
  data: string | null;
  checksum: number;
}

/**
 * The single appender of the bucket log. Each batch runs in one REPEATABLE READ transaction:
 * it takes every visible change row of whole transactions, re-reads those rows in the same
 * snapshot (so a batch reflects exactly a set of committed transactions, and the latest state of
 * a row wins whatever order its writers committed in), evaluates them against the sync rules,
 * appends PUT/REMOVE ops with fresh op ids, updates the parameter index, and deletes the
 * consumed change rows. Invariant: op ids are assigned only here, in increasing order, and only
 * to committed changes, so a client at op id N never misses a change that commits after N.
 */
export class ChangeProcessor {
  private readonly pool: pg.Pool;
  private readonly rules: LoadedRules;
  private readonly hub: SyncHub;
  private readonly pollMs: number;
  private readonly onError: (error: unknown) => void;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private idTypes: Map<string, string> | null = null;
  private wakeRequested = false;
  private listener: pg.Client | null = null;

  constructor(opts: ProcessorOptions) {
    this.pool = opts.pool;
    this.rules = opts.rules;
    this.hub = opts.hub;
    this.pollMs = opts.pollMs ?? 25;
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
      if (target === null) return result?.lastOpId ?? (await this.lastOpId());
      const pending = await this.pool.query('SELECT 1 FROM sync_changes WHERE seq <= $1 LIMIT 1', [target]);
      if (pending.rowCount === 0) return result?.lastOpId ?? (await this.lastOpId());
      if (!result) await new Promise((r) => setTimeout(r, 5));
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
      const { rows } = await this.pool.query<{ pending: boolean }>('SELECT EXISTS (SELECT 1 FROM sync_changes) AS pending');
      if (rows[0]?.pending) {
        const result = await this.serialized(() => this.runBatch());
        again = result !== null;
      }
    } catch (error) {
      if (!this.stopped) this.onError(error);
    }
    this.schedule(again || this.wakeRequested ? 0 : this.pollMs);
  }

  private async loadIdTypes(client: pg.PoolClient): Promise<Map<string, string>> {
    if (this.idTypes) return this.idTypes;
    const { rows } = await client.query<{ table_name: string; id_type: string }>(
      `SELECT c.relname AS table_name, format_type(a.atttypid, a.atttypmod) AS id_type
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND a.attname = 'id' AND c.relkind = 'r'`,
    );
    this.idTypes = new Map(rows.map((r) => [r.table_name, r.id_type]));
    return this.idTypes;
  }

  private async runBatch(): Promise<BatchResult | null> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const locked = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [PROCESSOR_LOCK]);
      if (!locked.rows[0]?.ok) {
        await client.query('ROLLBACK');
        return null;
      }
      const result = await this.processInTransaction(client);
      await client.query('COMMIT');
      if (result) this.hub.publish(result.notice);
      return result ? { changes: result.changes, ops: result.ops, lastOpId: result.notice.lastOpId } : null;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async processInTransaction(client: pg.PoolClient) {
    const changes = await client.query<{ seq: string; source_table: string; row_id: string }>(
      `WITH head AS (SELECT xid FROM sync_changes ORDER BY seq LIMIT $1)
       SELECT seq::text, source_table, row_id FROM sync_changes WHERE xid IN (SELECT DISTINCT xid FROM head)`,
      [BATCH_ROWS],
    );
    if (changes.rows.length === 0) return null;
    const idTypes = await this.loadIdTypes(client);
    const { rules } = this.rules;

    const byTable = new Map<string, Set<string>>();
    for (const c of changes.rows) {
      let ids = byTable.get(c.source_table);
      if (!ids) byTable.set(c.source_table, (ids = new Set()));
      ids.add(c.row_id);
    }

    // Current state of every changed row (absent = deleted), evaluated against the rules.
    const evaluated = new Map<string, { table: string; id: string; rows: EvaluatedRow[]; params: Map<string, unknown[]> | null }>();
    const keyTables: string[] = [];
    const keyIds: string[] = [];
    const paramTables: string[] = [];
    const paramIds: string[] = [];
    for (const [table, idSet] of byTable) {
      const ref = this.rules.table(table);
      const syncsData = rules.tableSyncsData(ref);
      const syncsParams = rules.tableSyncsParameters(ref);
      if (!syncsData && !syncsParams) continue;
      const ids = [...idSet];
      const idType = idTypes.get(table) ?? 'text';
      const current = await client.query({ text: `SELECT * FROM ${quoteIdent(table)} WHERE id = ANY($1::${idType}[])`, values: [ids], types: syncRowTypes });
      const found = new Map<string, Record<string, unknown>>();
      for (const row of current.rows as Record<string, unknown>[]) found.set(String(row.id), row);
      for (const id of ids) {
        const row = found.get(id);
        const record = row ? toSqliteRow(table, row, current.fields) : null;
        let rows: EvaluatedRow[] = [];
        if (syncsData && record) rows = rules.evaluateRowWithErrors({ sourceTable: ref, record }).results.filter(isEvaluatedRow);
        let params: Map<string, unknown[]> | null = null;
        if (syncsParams) {
          params = new Map();
          if (record) {
            for (const p of rules.evaluateParameterRowWithErrors(ref, record).results) {
              if (!isEvaluatedParameters(p)) continue;
              const key = p.lookup.serializedRepresentation;
              params.set(key, [...(params.get(key) ?? []), ...p.bucketParameters]);
            }
          }
          paramTables.push(table);
          paramIds.push(id);
        }
        evaluated.set(`${table}\u0000${id}`, { table, id, rows, params });
        if (syncsData) {
          keyTables.push(table);
          keyIds.push(id);
        }
      }
    }

    // Where those rows are now.
    const existing = new Map<string, RowState[]>();
    if (keyTables.length > 0) {
      const { rows } = await client.query<{ source_table: string; source_id: string; bucket: string; object_type: string; object_id: string; checksum: string }>(
        `SELECT r.source_table, r.source_id, r.bucket, r.object_type, r.object_id, r.checksum::text
           FROM sync_rows r JOIN unnest($1::text[], $2::text[]) AS k(t, i) ON r.source_table = k.t AND r.source_id = k.i`,
        [keyTables, keyIds],
      );
      for (const r of rows) {
        const key = `${r.source_table}\u0000${r.source_id}`;
        const list = existing.get(key) ?? [];
        list.push({ bucket: r.bucket, objectType: r.object_type, objectId: r.object_id, checksum: Number(r.checksum) });
        existing.set(key, list);
      }
    }

    const ops: PendingOp[] = [];
    const upserts: Array<[string, string, string, string, string, number]> = [];
    const deletes: Array<[string, string, string, string, string]> = [];
    for (const [key, ev] of evaluated) {
      if (!keyTables.length || !this.rules.rules.tableSyncsData(this.rules.table(ev.table))) continue;
      const before = new Map((existing.get(key) ?? []).map((s) => [`${s.bucket}\u0000${s.objectType}\u0000${s.objectId}`, s]));
      const seen = new Set<string>();
      for (const r of ev.rows) {
        const rowKey = `${r.bucket}\u0000${r.table}\u0000${r.id}`;
        if (seen.has(rowKey)) continue;
        seen.add(rowKey);
        const subkey = r.table === ev.table && r.id === ev.id ? null : `${ev.table}/${ev.id}`;
        const data = rowJson(r.data);
        const checksum = opChecksum('PUT', r.table, r.id, subkey, data);
        const prior = before.get(rowKey);
        if (prior && prior.checksum === checksum) continue;
        ops.push({ bucket: r.bucket, op: 'PUT', objectType: r.table, objectId: r.id, subkey, data, checksum });
        upserts.push([ev.table, ev.id, r.bucket, r.table, r.id, checksum]);
      }
      for (const [rowKey, prior] of before) {
        if (seen.has(rowKey)) continue;
        const subkey = prior.objectType === ev.table && prior.objectId === ev.id ? null : `${ev.table}/${ev.id}`;
        const checksum = opChecksum('REMOVE', prior.objectType, prior.objectId, subkey, null);
        ops.push({ bucket: prior.bucket, op: 'REMOVE', objectType: prior.objectType, objectId: prior.objectId, subkey, data: null, checksum });
        deletes.push([ev.table, ev.id, prior.bucket, prior.objectType, prior.objectId]);
      }
    }

    const paramsChanged = paramTables.length > 0 && (await updateParameterIndex(client, paramTables, paramIds, evaluated));

    const state = await client.query<{ last_op_id: string }>('SELECT last_op_id::text FROM sync_state');
    let opId = BigInt(state.rows[0]?.last_op_id ?? '0');
    const bucketDelta = new Map<string, { checksum: number; count: number; last: bigint }>();
    const cols = { bucket: [] as string[], opId: [] as string[], op: [] as string[], type: [] as string[], id: [] as string[], subkey: [] as (string | null)[], data: [] as (string | null)[], checksum: [] as number[] };
    for (const op of ops) {
      opId += 1n;
      cols.bucket.push(op.bucket);
      cols.opId.push(opId.toString());
      cols.op.push(op.op);
      cols.type.push(op.objectType);
      cols.id.push(op.objectId);
      cols.subkey.push(op.subkey);
      cols.data.push(op.data);
      cols.checksum.push(op.checksum);
      const d = bucketDelta.get(op.bucket) ?? { checksum: 0, count: 0, last: 0n };
      d.checksum = addChecksums(d.checksum, op.checksum);
      d.count += 1;
      d.last = opId;
      bucketDelta.set(op.bucket, d);
    }
    if (ops.length > 0) {
      await client.query(
        `INSERT INTO sync_ops (bucket, op_id, op, object_type, object_id, subkey, data, checksum)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[])`,
        [cols.bucket, cols.opId, cols.op, cols.type, cols.id, cols.subkey, cols.data, cols.checksum],
      );
      const b = [...bucketDelta];
      await client.query(
        `INSERT INTO sync_buckets (bucket, definition, checksum, op_count, last_op_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[])
         ON CONFLICT (bucket) DO UPDATE SET
           checksum = (sync_buckets.checksum + EXCLUDED.checksum) % 4294967296,
           op_count = sync_buckets.op_count + EXCLUDED.op_count,
           last_op_id = EXCLUDED.last_op_id`,
        [b.map(([k]) => k), b.map(([k]) => bucketDefinition(k)), b.map(([, d]) => d.checksum), b.map(([, d]) => d.count), b.map(([, d]) => d.last.toString())],
      );
    }
    if (upserts.length > 0) {
      await client.query(
        `INSERT INTO sync_rows (source_table, source_id, bucket, object_type, object_id, checksum)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
         ON CONFLICT (source_table, source_id, bucket, object_type, object_id) DO UPDATE SET checksum = EXCLUDED.checksum`,
        [0, 1, 2, 3, 4, 5].map((i) => upserts.map((u) => u[i])),
      );
    }
    if (deletes.length > 0) {
      await client.query(
        `DELETE FROM sync_rows r USING unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS d(t, i, b, ot, oi)
          WHERE r.source_table = d.t AND r.source_id = d.i AND r.bucket = d.b AND r.object_type = d.ot AND r.object_id = d.oi`,
        [0, 1, 2, 3, 4].map((i) => deletes.map((u) => u[i])),
      );
    }
    await client.query('DELETE FROM sync_changes WHERE seq = ANY($1::bigint[])', [changes.rows.map((c) => c.seq)]);
    await client.query('UPDATE sync_state SET last_op_id = $1, params_op_id = CASE WHEN $2 THEN $1 ELSE params_op_id END', [opId.toString(), paramsChanged]);
    return {
      changes: changes.rows.length,
      ops: ops.length,
      notice: { lastOpId: opId, buckets: new Set(bucketDelta.keys()), paramsChanged, users: new Set<string>() },
    };
  }
}

/** JSON text of an evaluated row; bigints as plain numbers (JSONBig only when one exceeds 2^53). */
function rowJson(data: Record<string, unknown>): string {
  let unsafe = false;
  const text = JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value !== 'bigint') return value;
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) unsafe = true;
    return Number(value);
  });
  return unsafe ? JSONBig.stringify(data) : text;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
