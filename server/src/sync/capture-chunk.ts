import type pg from 'pg';
import { JSONBig } from '@powersync/service-jsonbig';
import { isEvaluatedParameters, isEvaluatedRow, type EvaluatedRow } from '@powersync/service-sync-rules';
import { opChecksum } from './checksum.ts';
import type { LoadedRules } from './rules.ts';
import { updateParameterIndex } from './parameter-index.ts';
import { syncRowTypes, toSqliteRow } from './row-values.ts';

export interface ChangeRow {
  seq: string;
  source_table: string;
  row_id: string;
}

export interface ChunkResult {
  ops: number;
  /** The last op id handed out (unchanged when the chunk produced no op). */
  lastOpId: bigint;
  paramsChanged: boolean;
}

interface Evaluated {
  table: string;
  id: string;
  rows: EvaluatedRow[];
  params: Map<string, unknown[]> | null;
}

/** A chunk's changed rows, read and evaluated; what writeChunk needs to turn them into ops. */
export interface EvaluatedChunk {
  evaluated: Map<string, Evaluated>;
  keyTables: string[];
  keyIds: string[];
  paramTables: string[];
  paramIds: string[];
}

/**
 * Reads the current state of a chunk's changed rows (absent = deleted) and evaluates them against
 * the rules. Reads only source tables, so it may run on any connection, outside the processor's
 * transaction, while the previous chunk is written: a row is always read after the change that
 * named it committed, and a later change to it is captured again, so the latest state wins.
 */
export async function evaluateChunk(
  db: pg.Pool | pg.PoolClient,
  loaded: LoadedRules,
  idTypes: Map<string, string>,
  changes: readonly ChangeRow[],
): Promise<EvaluatedChunk> {
  const { rules } = loaded;
  const byTable = new Map<string, Set<string>>();
  for (const c of changes) {
    let ids = byTable.get(c.source_table);
    if (!ids) byTable.set(c.source_table, (ids = new Set()));
    ids.add(c.row_id);
  }

  // Current state of every changed row (absent = deleted), evaluated against the rules.
  const evaluated = new Map<string, Evaluated>();
  const keyTables: string[] = [];
  const keyIds: string[] = [];
  const paramTables: string[] = [];
  const paramIds: string[] = [];
  for (const [table, idSet] of byTable) {
    const ref = loaded.table(table);
    const syncsData = rules.tableSyncsData(ref);
    const syncsParams = rules.tableSyncsParameters(ref);
    if (!syncsData && !syncsParams) continue;
    const ids = [...idSet];
    const idType = idTypes.get(table) ?? 'text';
    const current = await db.query({ text: `SELECT * FROM ${quoteIdent(table)} WHERE id = ANY($1::${idType}[])`, values: [ids], types: syncRowTypes });
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
      if (syncsData) {
        evaluated.set(`${table}\u0000${id}`, { table, id, rows, params });
        keyTables.push(table);
        keyIds.push(id);
      } else {
        evaluated.set(`${table}\u0000${id}`, { table, id, rows: [], params });
      }
    }
  }

  return { evaluated, keyTables, keyIds, paramTables, paramIds };
}

/**
 * Turns an evaluated chunk into bucket ops inside the processor's transaction: compares with
 * where the rows are now (sync_rows), appends PUT/REMOVE ops with op ids after `opId`, stages each
 * bucket's checksum/count delta in sync_pending_buckets and updates sync_rows and the parameter
 * index. Memory is proportional to the chunk, never to the source transaction. A row changed
 * again in a later chunk is re-read then; if its synced state is the same, the sync_rows checksum
 * makes that a no-op, so a row appears once per state however its changes fall into chunks.
 */
export async function writeChunk(client: pg.PoolClient, loaded: LoadedRules, chunk: EvaluatedChunk, opId: bigint): Promise<ChunkResult> {
  const { rules } = loaded;
  const { evaluated, keyTables, keyIds, paramTables, paramIds } = chunk;
  // Where those rows are now: (table, id) -> "bucket\0type\0id" -> checksum.
  const existing = new Map<string, Map<string, { bucket: string; objectType: string; objectId: string; checksum: number }>>();
  if (keyTables.length > 0) {
    // One index probe per changed row (OFFSET 0 keeps the subquery a parameterized nested loop):
    // as a plain join the planner hashes or sorts all of sync_rows for a chunk of a few thousand
    // keys, a cost that grows with the whole log instead of with the chunk.
    const { rows } = await client.query<{ source_table: string; source_id: string; bucket: string; object_type: string; object_id: string; checksum: string }>(
      `SELECT r.source_table, r.source_id, r.bucket, r.object_type, r.object_id, r.checksum::text
         FROM unnest($1::text[], $2::text[]) AS k(t, i)
         CROSS JOIN LATERAL (SELECT * FROM sync_rows r WHERE r.source_table = k.t AND r.source_id = k.i OFFSET 0) r`,
      [keyTables, keyIds],
    );
    for (const r of rows) {
      const key = `${r.source_table}\u0000${r.source_id}`;
      let states = existing.get(key);
      if (!states) existing.set(key, (states = new Map()));
      states.set(`${r.bucket}\u0000${r.object_type}\u0000${r.object_id}`, { bucket: r.bucket, objectType: r.object_type, objectId: r.object_id, checksum: Number(r.checksum) });
    }
  }

  // One op per element; st/si name the source row, whose sync_rows entry the op sets (PUT) or
  // drops (REMOVE).
  const ops: Array<{ b: string; o: string; k: 'PUT' | 'REMOVE'; t: string; i: string; s: string | null; d: string | null; c: number; st: string; si: string }> = [];
  const append = (ev: Evaluated, b: string, k: 'PUT' | 'REMOVE', t: string, i: string, s: string | null, d: string | null, c: number) => {
    opId += 1n;
    ops.push({ b, o: opId.toString(), k, t, i, s, d, c, st: ev.table, si: ev.id });
  };
  for (const [key, ev] of evaluated) {
    if (!rules.tableSyncsData(loaded.table(ev.table))) continue;
    const before = existing.get(key);
    const seen = new Set<string>();
    for (const r of ev.rows) {
      const rowKey = `${r.bucket}\u0000${r.table}\u0000${r.id}`;
      if (seen.has(rowKey)) continue;
      seen.add(rowKey);
      const subkey = r.table === ev.table && r.id === ev.id ? null : `${ev.table}/${ev.id}`;
      const data = rowJson(r.data);
      const checksum = opChecksum('PUT', r.table, r.id, subkey, data);
      if (before?.get(rowKey)?.checksum === checksum) continue;
      append(ev, r.bucket, 'PUT', r.table, r.id, subkey, data, checksum);
    }
    for (const [rowKey, prior] of before ?? []) {
      if (seen.has(rowKey)) continue;
      const subkey = prior.objectType === ev.table && prior.objectId === ev.id ? null : `${ev.table}/${ev.id}`;
      append(ev, prior.bucket, 'REMOVE', prior.objectType, prior.objectId, subkey, null, opChecksum('REMOVE', prior.objectType, prior.objectId, subkey, null));
    }
  }

  const paramsChanged = paramTables.length > 0 && (await updateParameterIndex(client, paramTables, paramIds, evaluated));

  // All of the chunk's writes in one statement over one JSON document (a few MB at most):
  // cheaper to send and parse than one array per column, and one round trip.
  if (ops.length > 0) {
    await client.query(
      `WITH o AS (
         SELECT * FROM json_to_recordset($1::json)
           AS x(b text, o bigint, k text, t text, i text, s text, d text, c bigint, st text, si text)
       ), log AS (
         INSERT INTO sync_ops (bucket, op_id, op, object_type, object_id, subkey, data, checksum)
         SELECT b, o, k, t, i, s, d, c FROM o
       ), pending AS (
         INSERT INTO sync_pending_buckets (bucket, definition, checksum, op_count, last_op_id)
         SELECT b, split_part(b, '[', 1), sum(c) % 4294967296, count(*), max(o) FROM o GROUP BY b
         ON CONFLICT (bucket) DO UPDATE SET
           checksum = (sync_pending_buckets.checksum + EXCLUDED.checksum) % 4294967296,
           op_count = sync_pending_buckets.op_count + EXCLUDED.op_count,
           last_op_id = EXCLUDED.last_op_id
       ), placed AS (
         INSERT INTO sync_rows (source_table, source_id, bucket, object_type, object_id, checksum)
         SELECT st, si, b, t, i, c FROM o WHERE k = 'PUT'
         ON CONFLICT (source_table, source_id, bucket, object_type, object_id) DO UPDATE SET checksum = EXCLUDED.checksum
       )
       ${
         ops.some((o) => o.k === 'REMOVE')
           ? `DELETE FROM sync_rows r USING o
               WHERE o.k = 'REMOVE' AND r.source_table = o.st AND r.source_id = o.si AND r.bucket = o.b AND r.object_type = o.t AND r.object_id = o.i`
           : 'SELECT 1'
       }`,
      [JSON.stringify(ops)],
    );
  }
  return { ops: ops.length, lastOpId: opId, paramsChanged };
}

/**
 * JSON text of an evaluated row (flat: SQLite values only); bigints as plain numbers, JSONBig
 * only when one exceeds 2^53. Copies the row only when it holds a bigint, so the common row goes
 * through JSON.stringify without a replacer.
 */
export function rowJson(data: Record<string, unknown>): string {
  let copy: Record<string, unknown> | null = null;
  for (const key in data) {
    const value = data[key];
    if (typeof value !== 'bigint') continue;
    if (value > MAX_SAFE || value < MIN_SAFE) return JSONBig.stringify(data);
    copy ??= { ...data };
    copy[key] = Number(value);
  }
  return JSON.stringify(copy ?? data);
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
