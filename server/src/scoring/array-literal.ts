/**
 * Elements of Postgres array literals, for writes whose rows travel as one `text[]` (or `int[]`,
 * `uuid[]` …) parameter per column, read with a multi-argument `unnest` (sittings-store.ts).
 * Postgres's array parser reads them several times faster than `json_to_recordset` reads the
 * same rows from one JSON document. Per-question columns are arrays themselves: each travels as
 * the literal of its own array, as one element of the column's `text[]`, and the statement casts
 * it (`r.answers::text[]`).
 *
 * Quoting (Postgres's `array_in`): an element may be written bare unless it is empty, contains
 * `{ } , " \` or white space, or reads NULL in any case; otherwise it is double-quoted with `"`
 * and `\` escaped. Bare elements are only used for a conservative character set, so most answers
 * ("B", "12", "4.47") and every mark need no quoting at either level.
 */

/** Characters an element may hold unquoted (a subset of what `array_in` accepts bare). */
const BARE = /^[A-Za-z0-9_.:+-]+$/;
const NULL_WORD = /^null$/i;
const ESCAPED = /["\\]/g;

/** An element of a text value: bare when it cannot be misread, else quoted and escaped; null as NULL. */
export function textElement(v: string | null | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  if (BARE.test(v) && !NULL_WORD.test(v)) return v;
  return `"${v.replace(ESCAPED, '\\$&')}"`;
}

/** An element of a number (as JSON writes it: a non-finite number is null). */
export function numberElement(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? 'NULL' : String(v);
}

/** An element of a JSON value, as its text (the statement casts it). */
export function jsonElement(v: unknown): string {
  return textElement(JSON.stringify(v));
}

/** An element of an instant: its ISO text. */
export function instantElement(v: string | Date | null | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  return textElement(v instanceof Date ? v.toISOString() : v);
}

/**
 * The literal of a text array, as one element of an outer array literal: the inner literal
 * quoted for the outer level in one pass (an inner element that needs quotes gets them escaped
 * for the outer level: `"` → `\"`, and its own escapes `\"`, `\\` → `\\\"`, `\\\\`).
 */
export function textArrayElement(values: readonly (string | null)[]): string {
  // Parts joined once: a string grown by `+=` is a rope that every later read must flatten.
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === null) parts[i] = 'NULL';
    else if (BARE.test(v) && !NULL_WORD.test(v)) parts[i] = v;
    else parts[i] = `\\"${v.replace(ESCAPED, (c) => (c === '"' ? '\\\\\\"' : '\\\\\\\\'))}\\"`;
  }
  return `"{${parts.join(',')}}"`;
}

/** The literal of a number array (non-finite as NULL), as one element of an outer array literal. */
export function numberArrayElement(values: readonly (number | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) parts[i] = numberElement(values[i]);
  return `"{${parts.join(',')}}"`;
}

/** One array literal per column: `columns[i]` gives the element of column i of a row. */
export function arrayColumns<R>(rows: readonly R[], columns: readonly ((row: R) => string)[]): string[] {
  return columns.map((element) => {
    const out = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = element(rows[i]!);
    return `{${out.join(',')}}`;
  });
}
