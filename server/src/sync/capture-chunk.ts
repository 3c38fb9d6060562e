import type pg from 'pg';
import { JSONBig } from '@powersync/service-jsonbig';
import { isEvaluatedParameters, isEvaluatedRow } from '@powersync/service-sync-rules';
import { opChecksum } from './checksum.ts';
import type { LoadedRules } from './rules.ts';
import { updateParameterIndex } from './parameter-index.ts';
import { syncRowTypes, toSqliteRow } from './row-values.ts';

/** A change row: one changed row (`single_row_id`) or up to 1,000 of one statement (`row_ids`, migration 028). */
export interface ChangeRow {
  seq: string;
  source_table: string;
  single_row_id: string | null;
  row_ids: string[] | null;
}

export interface ChunkResult {
  ops: number;
  /** The last op id handed out (unchanged when the chunk produced no op). */
  lastOpId: bigint;
  paramsChanged: boolean;
}

/**
 * One output row of a source row, already in the form its PUT op takes: the row's JSON text and
 * checksum are computed at evaluation, so a chunk waiting to be written holds strings, not the
 * source rows and their evaluated copies (which then die young instead of filling the old heap).
 */
interface OutputRow {
  bucket: string;
  table: string;
  id: string;
  subkey: string | null;
  data: string;
  checksum: number;
}

interface Evaluated {
  table: string;
  id: string;
  rows: OutputRow[];
  params: Map<string, unknown[]> | null;
}

export interface CaptureOptions {
  /**
   * Run the per-piece statements as named prepared statements (parsed and planned once per
   * connection; a chunk runs each once per piece). Not on PGlite: its connections share one
   * session, so a name prepared through one connection collides with the next connection's.
   */
  prepared?: boolean;
}

/** Some of a chunk's changed rows of one table, read and evaluated; what writeChunk turns into ops. */
export interface EvaluatedChunk {
  evaluated: Map<string, Evaluated>;
  keyTables: string[];
  keyIds: string[];
  paramTables: string[];
  paramIds: string[];
}

/** Distinct changed rows of one table, at most PIECE_ROWS of them: read and evaluated together. */
export interface ChunkPiece {
  table: string;
  ids: string[];
}

/**
 * The distinct rows a chunk's change rows name, in pieces of at most PIECE_ROWS rows of one
 * table each (tables the rules ignore are dropped).
 */
export function chunkPieces(loaded: LoadedRules, changes: readonly ChangeRow[]): ChunkPiece[] {
  const byTable = new Map<string, Set<string>>();
  for (const c of changes) {
    let ids = byTable.get(c.source_table);
    if (!ids) byTable.set(c.source_table, (ids = new Set()));
    if (c.row_ids) for (const id of c.row_ids) ids.add(id);
    else if (c.single_row_id !== null) ids.add(c.single_row_id);
  }
  const pieces: ChunkPiece[] = [];
  for (const [table, idSet] of byTable) {
    const ref = loaded.table(table);
    if (!loaded.rules.tableSyncsData(ref) && !loaded.rules.tableSyncsParameters(ref)) continue;
    const all = [...idSet];
    for (let from = 0; from < all.length; from += PIECE_ROWS) pieces.push({ table, ids: all.slice(from, from + PIECE_ROWS) });
  }
  return pieces;
}

/**
 * Reads the current state of a piece's rows (absent = deleted) and evaluates them against the
 * rules. Reads only source tables, so it may run on any connection, outside the processor's
 * transaction, while the previous piece is written: a row is always read after the change that
 * named it committed, and a later change to it is captured again, so the latest state wins.
 */
export async function evaluatePiece(
  db: pg.Pool | pg.PoolClient,
  loaded: LoadedRules,
  idTypes: Map<string, string>,
  piece: ChunkPiece,
): Promise<EvaluatedChunk> {
  const { rules } = loaded;
  const { table, ids } = piece;
  const evaluated = new Map<string, Evaluated>();
  const keyTables: string[] = [];
  const keyIds: string[] = [];
  const paramTables: string[] = [];
  const paramIds: string[] = [];
  const bucketNames = new Map<string, string>();
  const ref = loaded.table(table);
  const syncsData = rules.tableSyncsData(ref);
  const syncsParams = rules.tableSyncsParameters(ref);
  const idType = idTypes.get(table) ?? 'text';
  // Not prepared: `SELECT *` of a source table changes its result type with a migration, which a
  // prepared statement would fail on for as long as its connection lives.
  // One primary-key probe per id (OFFSET 0 keeps the subquery a parameterized nested loop), so a
  // piece costs the same whatever the table's size. As `id = ANY($1)` with 1,000 ids, the
  // planner prices 1,000 random page reads above a sequential scan of a table of 100,000 rows,
  // and scanned all of it once per piece (the bulk capture of bench:sync: 99,000 rows read and
  // dropped for every 1,000 kept, 100 times); the probes take 3.2-3.6 ms against 8.5-10 ms for
  // the scan (docs/sync-protocol.md, bulk capture, session 18).
  const current = await db.query({
    text: `SELECT r.* FROM unnest($1::${idType}[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM ${quoteIdent(table)} s WHERE s.id = k.id OFFSET 0) r`,
    values: [ids],
    types: syncRowTypes,
  });
  const found = new Map<string, Record<string, unknown>>();
  for (const row of current.rows as Record<string, unknown>[]) found.set(String(row.id), row);
  current.rows.length = 0;
  for (const id of ids) {
    const row = found.get(id);
    found.delete(id);
    const record = row ? toSqliteRow(table, row, current.fields) : null;
    const rows: OutputRow[] = [];
    if (syncsData && record) {
      const seen = new Set<string>();
      for (const r of rules.evaluateRowWithErrors({ sourceTable: ref, record }).results) {
        if (!isEvaluatedRow(r)) continue;
        // A source row evaluated into the same bucket and output row twice is one op.
        const rowKey = `${r.bucket}\u0000${r.table}\u0000${r.id}`;
        if (seen.has(rowKey)) continue;
        seen.add(rowKey);
        const subkey = r.table === table && r.id === id ? null : `${table}/${id}`;
        const data = rowJson(r.data);
        // Each row's bucket name is a new string; the piece keeps one per bucket.
        let bucket = bucketNames.get(r.bucket);
        if (bucket === undefined) bucketNames.set(r.bucket, (bucket = r.bucket));
        rows.push({ bucket, table: r.table, id: r.id, subkey, data, checksum: opChecksum('PUT', r.table, r.id, subkey, data) });
      }
    }
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
  return { evaluated, keyTables, keyIds, paramTables, paramIds };
}

/**
 * Turns a chunk into bucket ops inside the processor's transaction, piece by piece: each piece is
 * compared with where its rows are now (sync_rows), its PUT/REMOVE ops appended with op ids after
 * `opId`, sync_rows and the parameter index updated, while the next piece is read and evaluated
 * (by `evaluate`, on another connection where the database has more than one session). Each bucket's checksum/count delta over the whole chunk
 * is then staged in sync_pending_buckets in one statement. Memory is proportional to two pieces,
 * never to the chunk or the source transaction: a piece's rows are garbage once written, before
 * the collections the next pieces trigger would promote them to the old heap. A row changed again
 * in a later chunk is re-read then; if its synced state is the same, the sync_rows checksum makes
 * that a no-op, so a row appears once per state however its changes fall into chunks.
 */
export async function writeChunk(
  client: pg.PoolClient,
  loaded: LoadedRules,
  pieces: readonly ChunkPiece[],
  opId: bigint,
  evaluate: (piece: ChunkPiece) => Promise<EvaluatedChunk>,
  opts: CaptureOptions = {},
): Promise<ChunkResult> {
  const deltas = new Map<string, { checksum: number; count: number; last: bigint }>();
  let ops = 0;
  let paramsChanged = false;
  const start = (i: number) => {
    const piece = pieces[i];
    if (!piece) return null;
    const p = evaluate(piece);
    void p.catch(() => undefined); // awaited below, unless an earlier piece fails
    return p;
  };
  let next = start(0);
  for (let i = 0; next; i += 1) {
    const current = await next;
    next = start(i + 1);
    const written = await writePiece(client, loaded, current, opId, deltas, opts);
    ops += written.ops;
    opId = written.lastOpId;
    paramsChanged ||= written.paramsChanged;
  }
  if (deltas.size > 0) {
    const buckets = [...deltas.keys()];
    const values = [...deltas.values()];
    await client.query(
      `INSERT INTO sync_pending_buckets (bucket, definition, checksum, op_count, last_op_id)
       SELECT b, split_part(b, '[', 1), c, n, o FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[]) AS d(b, c, n, o)
       ON CONFLICT (bucket) DO UPDATE SET
         checksum = (sync_pending_buckets.checksum + EXCLUDED.checksum) % 4294967296,
         op_count = sync_pending_buckets.op_count + EXCLUDED.op_count,
         last_op_id = EXCLUDED.last_op_id`,
      [buckets, values.map((d) => d.checksum), values.map((d) => d.count), values.map((d) => d.last.toString())],
    );
  }
  return { ops, lastOpId: opId, paramsChanged };
}

/** Writes one evaluated piece (see writeChunk); adds its ops to `deltas`. Consumes `chunk`. */
async function writePiece(
  client: pg.PoolClient,
  loaded: LoadedRules,
  chunk: EvaluatedChunk,
  opId: bigint,
  deltas: Map<string, { checksum: number; count: number; last: bigint }>,
  opts: CaptureOptions,
): Promise<ChunkResult> {
  const { rules } = loaded;
  const { evaluated, keyTables, keyIds, paramTables, paramIds } = chunk;
  // Where those rows are now: (table, id) -> "bucket\0type\0id" -> checksum.
  const existing = new Map<string, Map<string, { bucket: string; objectType: string; objectId: string; checksum: number }>>();
  if (keyTables.length > 0) {
    // One index probe per changed row (OFFSET 0 keeps the subquery a parameterized nested loop):
    // as a plain join the planner hashes or sorts all of sync_rows for a chunk of a few thousand
    // keys, a cost that grows with the whole log instead of with the chunk.
    const { rows } = await client.query<{ source_table: string; source_id: string; bucket: string; object_type: string; object_id: string; checksum: string }>({
      name: opts.prepared ? 'capture-placed' : undefined,
      text: `SELECT r.source_table, r.source_id, r.bucket, r.object_type, r.object_id, r.checksum::text
         FROM unnest($1::text[], $2::text[]) AS k(t, i)
         CROSS JOIN LATERAL (SELECT * FROM sync_rows r WHERE r.source_table = k.t AND r.source_id = k.i OFFSET 0) r`,
      values: [keyTables, keyIds],
    });
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
    const delta = deltas.get(b);
    if (delta) {
      delta.checksum = (delta.checksum + c) % 0x1_0000_0000;
      delta.count += 1;
      delta.last = opId;
    } else {
      deltas.set(b, { checksum: c, count: 1, last: opId });
    }
  };
  for (const [key, ev] of evaluated) {
    if (!rules.tableSyncsData(loaded.table(ev.table))) continue;
    const before = existing.get(key);
    const seen = new Set<string>();
    for (const r of ev.rows) {
      const rowKey = `${r.bucket}\u0000${r.table}\u0000${r.id}`;
      seen.add(rowKey);
      if (before?.get(rowKey)?.checksum === r.checksum) continue;
      append(ev, r.bucket, 'PUT', r.table, r.id, r.subkey, r.data, r.checksum);
    }
    for (const [rowKey, prior] of before ?? []) {
      if (seen.has(rowKey)) continue;
      const subkey = prior.objectType === ev.table && prior.objectId === ev.id ? null : `${ev.table}/${ev.id}`;
      append(ev, prior.bucket, 'REMOVE', prior.objectType, prior.objectId, subkey, null, opChecksum('REMOVE', prior.objectType, prior.objectId, subkey, null));
    }
  }

  const paramsChanged = paramTables.length > 0 && (await updateParameterIndex(client, paramTables, paramIds, evaluated));
  // The piece is consumed: nothing of it need outlive the statement below.
  evaluated.clear();
  existing.clear();
  const count = ops.length;
  const removes = ops.some((o) => o.k === 'REMOVE');
  const payload = count > 0 ? JSON.stringify(ops) : '';
  ops.length = 0;

  // All of the piece's writes in one statement over one JSON document: cheaper to send and parse
  // than one array per column, and one round trip.
  if (count > 0) {
    await client.query({
      name: opts.prepared ? (removes ? 'capture-ops-removes' : 'capture-ops') : undefined,
      text: `WITH o AS (
         SELECT * FROM json_to_recordset($1::json)
           AS x(b text, o bigint, k text, t text, i text, s text, d text, c bigint, st text, si text)
       ), log AS (
         INSERT INTO sync_ops (bucket, op_id, op, object_type, object_id, subkey, data, checksum)
         SELECT b, o, k, t, i, s, d, c FROM o
       ), placed AS (
         INSERT INTO sync_rows (source_table, source_id, bucket, object_type, object_id, checksum)
         SELECT st, si, b, t, i, c FROM o WHERE k = 'PUT'
         ON CONFLICT (source_table, source_id, bucket, object_type, object_id) DO UPDATE SET checksum = EXCLUDED.checksum
       )
       ${
         removes
           ? `DELETE FROM sync_rows r USING o
               WHERE o.k = 'REMOVE' AND r.source_table = o.st AND r.source_id = o.si AND r.bucket = o.b AND r.object_type = o.t AND r.object_id = o.i`
           : 'SELECT 1'
       }`,
      values: [payload],
    });
  }
  return { ops: count, lastOpId: opId, paramsChanged };
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
/**
 * Changed rows read, evaluated and written at a time (see writeChunk): few enough that a piece's
 * objects die young, enough that a piece costs a handful of round trips for hundreds of rows.
 */
const PIECE_ROWS = 1_000;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
