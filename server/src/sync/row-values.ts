import pg from 'pg';
import type { SqliteRow, SqliteValue } from '@powersync/service-sync-rules';

const INTEGER_OIDS = new Set([20, 21, 23]);
const TIMESTAMPTZ = 1184;
/** timestamp, timestamptz, json, jsonb: read as Postgres prints them, never through JS values. */
const RAW_TEXT_OIDS = new Set([1114, TIMESTAMPTZ, 114, 3802]);

/**
 * Type parsers for the rows sync evaluates: timestamps and JSON stay in Postgres' own text form
 * (a JS Date would drop the microseconds; JSON.stringify would drop Postgres' spacing), so the
 * values devices receive equal what the PowerSync Service sends for the same row.
 */
export const syncRowTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    RAW_TEXT_OIDS.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format ?? 'text'),
} as const;

/**
 * Columns that never enter sync evaluation, whatever the rules say. Security: secrets stay on
 * the server even if a rule is later widened to `SELECT *`.
 */
export const SERVER_ONLY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ['password_hash', 'last_login', 'deletion_requested_at'],
};

/**
 * Converts a row (read with `syncRowTypes`) into SQLite values exactly as the PowerSync Service
 * does for Postgres: integers become bigint, booleans 1/0, timestamptz Postgres' text in UTC with
 * `Z` (`2026-12-06 00:17:42.891041Z`), timestamp and json/jsonb Postgres' text unchanged,
 * arrays JSON text.
 */
export function toSqliteRow(table: string, row: Record<string, unknown>, fields: readonly pg.FieldDef[]): SqliteRow {
  const hidden = SERVER_ONLY_COLUMNS[table] ?? [];
  const out: Record<string, SqliteValue> = {};
  for (const field of fields) {
    if (hidden.includes(field.name)) continue;
    const value = row[field.name];
    out[field.name] = field.dataTypeID === TIMESTAMPTZ && typeof value === 'string' ? timestamptzText(value) : toSqliteValue(value, INTEGER_OIDS.has(field.dataTypeID));
  }
  return out;
}

/** Postgres' text of a timestamptz in a UTC session, years 0100–9999: only the zone suffix changes. */
const PG_TIMESTAMPTZ_UTC = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?\+00$/;
const PG_TIMESTAMPTZ = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(\.\d{1,6})?([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?$/;

/**
 * Postgres' timestamptz text in any session TimeZone (`2026-12-06 05:47:42.891041+05:30`) as the
 * same instant in UTC with `Z`, keeping Postgres' fractional digits (trailing zeros already
 * trimmed by Postgres). Values it cannot represent (infinity, BC, years past 9999) pass unchanged.
 */
export function timestamptzText(text: string): string {
  // The common case (the server's sessions run in UTC) without date arithmetic: bulk capture
  // converts two of these per row.
  if (PG_TIMESTAMPTZ_UTC.test(text) && text >= '0100') return `${text.slice(0, -3)}Z`;
  const m = PG_TIMESTAMPTZ.exec(text);
  if (!m) return text;
  const [, y, mo, d, h, mi, s, frac = '', sign, oh, om = '00', os = '00'] = m;
  const offsetS = (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60 + Number(os));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number(y) < 100) return text; // Date.UTC maps years 0–99 to 1900–1999
  const utc = new Date(local - offsetS * 1000);
  if (utc.getUTCFullYear() > 9999 || utc.getUTCFullYear() < 1) return text;
  const iso = utc.toISOString(); // YYYY-MM-DDTHH:MM:SS.000Z, whole seconds
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac}Z`;
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
