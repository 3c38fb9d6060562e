import { serialize } from 'bson';

/**
 * Encodes protocol lines for the wire (NDJSON or BSON), once per line object: a data line shared
 * by many streams (a batch of the content bucket every device downloads, see BucketReader) is
 * stringified or serialized (to bytes) by the first stream that sends it and the bytes reused by
 * the rest.
 * Lines are never mutated after they are first encoded.
 */
const encoded = new WeakMap<object, { json?: Buffer; bson?: Uint8Array }>();

/** BSON has no uint32: checksums go as int32 (the client accepts negative int32). Copies; never mutates `line`. */
function int32Checksums(line: Record<string, unknown>): Record<string, unknown> {
  const fix = (items: unknown) =>
    Array.isArray(items) ? (items as Array<{ checksum?: number }>).map((item) => (typeof item.checksum === 'number' ? { ...item, checksum: item.checksum | 0 } : item)) : items;
  const out: Record<string, unknown> = { ...line };
  for (const key of ['checkpoint', 'checkpoint_diff'] as const) {
    const cp = line[key] as { buckets?: unknown; updated_buckets?: unknown } | undefined;
    if (cp) out[key] = { ...cp, ...(cp.buckets ? { buckets: fix(cp.buckets) } : {}), ...(cp.updated_buckets ? { updated_buckets: fix(cp.updated_buckets) } : {}) };
  }
  const data = line.data as { data?: unknown } | undefined;
  if (data?.data) out.data = { ...data, data: fix(data.data) };
  return out;
}

/** The line's bytes (UTF-8 NDJSON with its newline, or one BSON document). */
export function encodeLine(line: Record<string, unknown>, bson: boolean): Uint8Array {
  let forms = encoded.get(line);
  if (!forms) {
    forms = {};
    encoded.set(line, forms);
  }
  if (bson) return (forms.bson ??= serialize(int32Checksums(line)));
  return (forms.json ??= Buffer.from(`${JSON.stringify(line)}\n`));
}
