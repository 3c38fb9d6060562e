import { readFileSync } from 'node:fs';
import { DEFAULT_TAG, type ExpressionType, SqlSyncRules, StaticSchema, TYPE_INTEGER, TYPE_REAL, TYPE_TEXT, type SourceTableDefinition } from '@powersync/service-sync-rules';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema, type AttemptRow } from '../../client/src/data/sync/schema.ts';
import {
  attemptSchema,
  chatMessageSchema,
  lwwFieldsOf,
  profileSchema,
  readReceiptSchema,
  sittingCreateSchema,
  sittingPatchSchema,
  telemetrySchema,
} from '../../shared/src/schemas/sync.ts';
import { DEVICE_WRITABLE_TABLES, DOWNLOADED_TABLES, SYNC_TABLES, syncTableOf, type SyncColumnType, type SyncTable, type SyncTableName } from '../../shared/src/schemas/sync-tables.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { SERVER_ONLY_COLUMNS } from '../../server/src/sync/row-values.ts';
import { SYNC_RULES_PATH } from '../../server/src/sync/rules.ts';
import { isWritable, PROFILE_LWW, SITTING_LWW } from '../../server/src/sync/upload/tables.ts';

/**
 * The sync contract (shared/src/schemas/sync-tables.ts) against everything that restates it: the
 * sync rules' selected columns, the server's upload allow-lists and row schemas, the Postgres
 * tables the migrations create, and the client's PowerSync schema. Any drift fails here.
 */

/** Client row types stay exact when built from the contract (checked by the typecheck). */
export function contractRowTypeProbe(row: AttemptRow): string | null {
  // @ts-expect-error not a column of attempts
  void row.no_such_column;
  return row.hlc;
}

const spec = (name: SyncTableName): SyncTable => SYNC_TABLES[name];
const contractColumns = (name: SyncTableName) => ['id', ...Object.keys(spec(name).columns)].sort();
const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape).sort();

/** Postgres type names (udt_name) a column of each contract type may have. */
const PG_TYPES: Record<SyncColumnType, (udt: string) => boolean> = {
  integer: (udt) => ['int2', 'int4', 'int8', 'bool'].includes(udt),
  // Whole numbers are stored losslessly in a REAL column.
  real: (udt) => ['float4', 'float8', 'numeric', 'int2', 'int4', 'int8'].includes(udt),
  text: (udt) => !['int2', 'int4', 'int8', 'bool', 'float4', 'float8', 'numeric', 'bytea'].includes(udt),
};

/** The upload row schema the server parses a PUT with, per device-writable table. */
const PUT_SCHEMAS: Partial<Record<SyncTableName, z.ZodObject>> = {
  attempts: attemptSchema,
  telemetry: telemetrySchema,
  test_sittings: sittingCreateSchema,
  users: profileSchema,
  chat_messages: chatMessageSchema,
};
/** The schema a PATCH is parsed with, per table that accepts one. */
const PATCH_SCHEMAS: Partial<Record<SyncTableName, z.ZodObject>> = {
  test_sittings: sittingPatchSchema,
  users: profileSchema,
  chat_messages: readReceiptSchema,
  notifications: readReceiptSchema,
};

let db: Database;
/** table → column → udt_name, as the migrations left them. */
const pgColumns = new Map<string, Map<string, string>>();

beforeAll(async () => {
  db = await createTestDatabase();
  const { rows } = await db.pool.query<{ table_name: string; column_name: string; udt_name: string }>(
    `SELECT c.table_name, c.column_name, c.udt_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
  );
  for (const r of rows) {
    if (!pgColumns.has(r.table_name)) pgColumns.set(r.table_name, new Map());
    pgColumns.get(r.table_name)?.set(r.column_name, r.udt_name);
  }
});

afterAll(async () => {
  await db?.close();
});

/** What every data query of the sync rules emits, per output table: column → SQLite type flags. */
function ruleOutputs(): Map<string, Map<string, { flags: number; original?: string }>[]> {
  // The source schema the sync endpoint evaluates: every table column but the server-only ones.
  const tables: SourceTableDefinition[] = [...pgColumns].map(([name, columns]) => ({
    name,
    columns: [...columns]
      .filter(([column]) => !(SERVER_ONLY_COLUMNS[name] ?? []).includes(column))
      .map(([column, udt]) => ({ name: column, pg_type: udt.startsWith('_') ? `${udt.slice(1)}[]` : udt, internal_type: udt })),
  }));
  const schema = new StaticSchema([{ tag: DEFAULT_TAG, schemas: [{ name: 'public', tables }] }]);
  const { config, errors } = SqlSyncRules.fromYaml(readFileSync(SYNC_RULES_PATH, 'utf8'), { defaultSchema: 'public', schema, throwOnError: false });
  expect(errors.filter((e) => e.type !== 'warning').map((e) => e.message)).toEqual([]);
  const out = new Map<string, Map<string, { flags: number; original?: string }>[]>();
  for (const source of config.bucketDataSources) {
    const queries = (source as unknown as { descriptor: { dataQueries: { getColumnOutputs: (s: StaticSchema) => { name: string; columns: { name: string; type: ExpressionType; originalType?: string }[] }[] }[] } }).descriptor.dataQueries;
    for (const query of queries) {
      for (const table of query.getColumnOutputs(schema)) {
        const columns = new Map(table.columns.map((c) => [c.name, { flags: c.type.typeFlags, original: c.originalType }]));
        out.set(table.name, [...(out.get(table.name) ?? []), columns]);
      }
    }
  }
  return out;
}

describe('sync contract', () => {
  it('the sync rules send exactly the contract tables, each query exactly the contract columns with compatible types', () => {
    const outputs = ruleOutputs();
    expect([...outputs.keys()].sort(), 'tables the sync rules send').toEqual([...DOWNLOADED_TABLES].sort());
    // Every drift at once, so one run names all that must change.
    const drift: string[] = [];
    for (const name of DOWNLOADED_TABLES) {
      for (const columns of outputs.get(name) ?? []) {
        const sent = [...columns.keys()].sort();
        const declared = contractColumns(name);
        for (const c of sent) if (!declared.includes(c)) drift.push(`${name}.${c}: sent by the sync rules, not in the contract`);
        for (const c of declared) if (!sent.includes(c)) drift.push(`${name}.${c}: in the contract, not sent by the sync rules`);
        for (const [column, type] of Object.entries(spec(name).columns)) {
          if (!columns.has(column)) continue;
          const { flags = 0, original } = columns.get(column) ?? {};
          const ok =
            type === 'text' ? flags === TYPE_TEXT && !PG_TYPES.real(original ?? '') : type === 'integer' ? flags === TYPE_INTEGER : flags === TYPE_REAL || flags === TYPE_INTEGER || original === 'numeric';
          if (!ok) drift.push(`${name}.${column}: contract says ${type}, the rules send ${original} (flags ${flags})`);
        }
      }
    }
    expect(drift).toEqual([]);
  });

  it('every contract column exists in Postgres with a compatible type', () => {
    const drift: string[] = [];
    for (const name of Object.keys(SYNC_TABLES) as SyncTableName[]) {
      const table = pgColumns.get(name);
      if (!table?.has('id')) {
        drift.push(`${name}: no Postgres table with an id column`);
        continue;
      }
      for (const [column, type] of Object.entries(spec(name).columns)) {
        const udt = table.get(column);
        if (udt === undefined) drift.push(`${name}.${column}: no such Postgres column`);
        else if (!PG_TYPES[type](udt)) drift.push(`${name}.${column}: contract says ${type}, Postgres has ${udt}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it('the server accepts uploads to exactly the contract tables, with row schemas inside the contract columns', () => {
    for (const name of Object.keys(SYNC_TABLES) as SyncTableName[]) {
      expect(isWritable(name), `server writes ${name}`).toBe(spec(name).upload !== undefined);
    }
    for (const name of ['questions', 'test_results', 'benchmark_answer_keys', 'sync_upload_errors', 'password_resets', 'no_such_table']) expect(isWritable(name)).toBe(false);
    for (const name of DEVICE_WRITABLE_TABLES) {
      const upload = spec(name).upload;
      const columns = contractColumns(name);
      const put = PUT_SCHEMAS[name];
      expect(put !== undefined, `${name}: PUT accepted`).toBe((upload?.put ?? false) !== false);
      if (put) for (const key of keysOf(put)) expect(columns, `${name}: PUT column ${key}`).toContain(key);
      const patch = PATCH_SCHEMAS[name];
      expect(patch !== undefined, `${name}: PATCH accepted`).toBe(upload?.patch !== undefined);
      if (patch) {
        const keys = keysOf(patch).filter((k) => k !== 'id');
        expect(keys, `${name}: PATCH columns`).toEqual([...(upload?.patch ?? [])].sort());
      }
      // Upload columns land in Postgres columns of the same name.
      for (const key of [...(put ? keysOf(put) : []), ...(upload?.patch ?? [])]) expect(pgColumns.get(name)?.has(key), `Postgres column ${name}.${key}`).toBe(true);
    }
  });

  it("the database's device role may write exactly what the contract lets a device write", async () => {
    const can = async (table: string, column: string, privilege: 'INSERT' | 'UPDATE') =>
      (await db.pool.query<{ ok: boolean }>(`SELECT has_column_privilege('cr_device_writer', $1, $2, $3) AS ok`, [table, column, privilege])).rows[0]?.ok;
    for (const name of DEVICE_WRITABLE_TABLES) {
      const upload = spec(name).upload;
      const put = PUT_SCHEMAS[name];
      if (put) {
        const privilege = upload?.put === 'merge' ? 'UPDATE' : 'INSERT';
        for (const key of keysOf(put).filter((k) => privilege === 'INSERT' || k !== 'id')) expect(await can(name, key, privilege), `cr_device_writer ${privilege} ${name}.${key}`).toBe(true);
      }
      for (const key of upload?.patch ?? []) expect(await can(name, key, 'UPDATE'), `cr_device_writer UPDATE ${name}.${key}`).toBe(true);
    }
    // Rows that exist before any upload (the profile, notifications): only the patchable columns,
    // plus the server-stamped `updated_at` of the profile. Security: never role, FSRS weights, status.
    for (const [name, extra] of [['users', ['updated_at']], ['notifications', []]] as const) {
      const writable: string[] = [];
      for (const column of pgColumns.get(name)?.keys() ?? []) if (await can(name, column, 'UPDATE')) writable.push(column);
      expect(writable.sort(), `columns of ${name} the device role may update`).toEqual([...(spec(name).upload?.patch ?? []), ...extra].sort());
      expect(await can(name, 'id', 'INSERT'), `cr_device_writer INSERT ${name}`).toBe(false);
    }
  });

  it('LWW fields are stamped columns a PATCH may carry, merged by the server and widened by the connector', () => {
    const lwwTables = DEVICE_WRITABLE_TABLES.filter((n) => spec(n).upload?.lww);
    expect([...lwwTables].sort()).toEqual(['test_sittings', 'users']);
    for (const name of lwwTables) {
      const { lww = [], patch = [] } = spec(name).upload ?? {};
      expect(spec(name).columns).toHaveProperty('field_hlc');
      expect(patch).toContain('field_hlc');
      for (const field of lww) {
        expect(patch, `${name}.${field} patchable`).toContain(field);
        expect(spec(name).columns, `${name}.${field} synced`).toHaveProperty(field);
      }
      // The connector's register state and the server's merge use the same list.
      expect(lwwFieldsOf(name)).toEqual(lww);
    }
    expect(SITTING_LWW.fields).toEqual(spec('test_sittings').upload?.lww);
    expect(PROFILE_LWW.fields).toEqual(spec('users').upload?.lww);
    expect(lwwFieldsOf('attempts')).toBeNull();
  });

  it("the client's PowerSync schema has every downloaded table with the contract's columns and types, and nothing else synced", () => {
    const local = new Map(appSchema.tables.map((t) => [t.name, t]));
    for (const name of DOWNLOADED_TABLES) {
      const table = local.get(name);
      expect(table, `client table ${name}`).toBeDefined();
      expect(table?.localOnly, `${name} synced`).toBe(false);
      const columns = Object.fromEntries((table?.columns ?? []).map((c) => [c.name, String(c.type).toLowerCase()]));
      expect(columns, `client columns of ${name}`).toEqual(spec(name).columns);
    }
    for (const table of appSchema.tables) {
      if (table.localOnly) continue;
      expect(syncTableOf(table.name)?.download, `client table ${table.name} is in the contract`).toBe(true);
    }
  });
});
