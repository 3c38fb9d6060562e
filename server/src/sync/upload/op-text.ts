import { UPLOAD_LIMITS, utf8Length } from '@cr/shared/sync/upload-batches';

/**
 * Text checks of one upload op before anything touches the database. Postgres cannot store
 * U+0000 in text or jsonb and rejects lone UTF-16 surrogates; deep nesting exhausts its stack.
 * Left to the database, such a value fails the op and then fails again when the refusal is
 * recorded with the same data, so the whole upload answered 503 and the device retried it
 * forever. Here the op is refused alone with a reason, and the refusal is recorded with a
 * sanitised copy of its data (safeForRecord), which always stores.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or null when it can. */
export function badText(text: string): string | null {
  if (text.includes('\u0000')) return 'contains U+0000 (NUL), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

/**
 * The first problem of a value sent by a device: a bad string or key (with its path), nesting
 * deeper than maxDepth. Walks at most maxDepth levels, so a hostile depth costs nothing.
 */
export function findTextProblem(value: unknown, maxDepth: number = UPLOAD_LIMITS.maxDepth, path = 'data', depth = 0): string | null {
  if (typeof value === 'string') {
    const bad = badText(value);
    return bad ? `${path}: ${bad}` : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= maxDepth) return `${path}: nested deeper than ${maxDepth} levels`;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const badKey = Array.isArray(value) ? null : badText(key);
    if (badKey) return `${path}: a key ${badKey}`;
    const problem = findTextProblem(child, maxDepth, `${path}.${key.slice(0, 40)}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** A string that always stores: NUL and lone surrogates become U+FFFD. */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what is being replaced.
  return text.replace(/\u0000/g, '\uFFFD').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

const RECORD_MAX_BYTES = 16 * 1024;

/**
 * A copy of refused data that Postgres always accepts, for sync_upload_errors: strings and keys
 * made safe, depth capped (deeper values become the string "[nested too deep]"), and data over
 * 16 KiB kept as a text preview, so the student still sees what was refused.
 */
export function safeForRecord(value: unknown, depth = 0): unknown {
  const safe = capped(value, depth);
  const json = JSON.stringify(safe) ?? 'null';
  if (utf8Length(json) <= RECORD_MAX_BYTES) return safe;
  return { truncated: true, bytes: utf8Length(json), preview: safeText(json.slice(0, 4096)) };
}

function capped(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return safeText(value);
  if (value === null || typeof value !== 'object') return value ?? null;
  if (depth >= UPLOAD_LIMITS.maxDepth) return '[nested too deep]';
  if (Array.isArray(value)) return value.slice(0, 1000).map((v) => capped(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .slice(0, 1000)
      .map(([k, v]) => [safeText(k), capped(v, depth + 1)]),
  );
}
