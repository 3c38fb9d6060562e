import type pg from 'pg';
import type { SqliteRow, SqliteValue } from '@powersync/service-sync-rules';

const INTEGER_OIDS = new Set([20, 21, 23]);

/**
 * Columns that never enter sync evaluation, whatever the rules say. Security: secrets stay on
 * the server even if a rule is later widened to `SELECT *`.
 */
export const SERVER_ONLY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ['password_hash', 'failed_logins', 'locked_until', 'last_login', 'deletion_requested_at'],
};

/**
 * Converts a row as `pg` returns it into SQLite values, as the PowerSync Service does for
 * Postgres: integers become bigint, booleans 1/0, timestamps ISO-8601 text, arrays and json
 * JSON text.
 */
export function toSqliteRow(table: string, row: Record<string, unknown>, fields: readonly pg.FieldDef[]): SqliteRow {
  const hidden = SERVER_ONLY_COLUMNS[table] ?? [];
  const out: Record<string, SqliteValue> = {};
  for (const field of fields) {
    if (hidden.includes(field.name)) continue;
    out[field.name] = toSqliteValue(row[field.name], INTEGER_OIDS.has(field.dataTypeID));
  }
  return out;
}

function toSqliteValue(value: unknown, integer: boolean): SqliteValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') return integer && Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === 'bigint' || typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return value;
  return JSON.stringify(value);
}
