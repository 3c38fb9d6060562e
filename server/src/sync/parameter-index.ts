import type pg from 'pg';
import { JSONBig } from '@powersync/service-jsonbig';

/** Replaces the index entries of changed parameter rows; true when any entry changed. */
export async function updateParameterIndex(
  client: pg.PoolClient,
  tables: string[],
  ids: string[],
  evaluated: Map<string, { params: Map<string, unknown[]> | null }>,
): Promise<boolean> {
  const { rows } = await client.query<{ source_table: string; source_id: string; lookup: string; params: unknown[] }>(
    `SELECT p.source_table, p.source_id, p.lookup, p.params
       FROM sync_params p JOIN unnest($1::text[], $2::text[]) AS k(t, i) ON p.source_table = k.t AND p.source_id = k.i`,
    [tables, ids],
  );
  const before = new Map<string, string>();
  for (const r of rows) before.set(`${r.source_table}\u0000${r.source_id}\u0000${r.lookup}`, JSON.stringify(r.params));
  const after = new Map<string, string>();
  const ins: Array<[string, string, string, string]> = [];
  tables.forEach((table, i) => {
    const id = ids[i] ?? '';
    for (const [lookup, params] of evaluated.get(`${table}\u0000${id}`)?.params ?? []) {
      const json = JSONBig.stringify(params);
      after.set(`${table}\u0000${id}\u0000${lookup}`, json);
      ins.push([table, id, lookup, json]);
    }
  });
  const same = before.size === after.size && [...after].every(([k, v]) => before.get(k) === JSON.stringify(JSON.parse(v)));
  if (same) return false;
  await client.query(
    `DELETE FROM sync_params p USING unnest($1::text[], $2::text[]) AS k(t, i) WHERE p.source_table = k.t AND p.source_id = k.i`,
    [tables, ids],
  );
  if (ins.length > 0) {
    await client.query(
      `INSERT INTO sync_params (source_table, source_id, lookup, params)
       SELECT t, i, l, p::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(t, i, l, p)`,
      [0, 1, 2, 3].map((j) => ins.map((r) => r[j])),
    );
  }
  return true;
}
