/**
 * Limits of one POST /sync/upload request (docs/sync-upload.md) and the split of a local CRUD
 * transaction into requests under them. The server enforces the same numbers, so a batch the
 * connector builds is never refused for its size: no amount of offline work is dropped.
 */
export interface UploadLimits {
  maxOps: number;
  maxBatchBytes: number;
  maxOpBytes: number;
  bodyLimitBytes: number;
  maxDepth: number;
}

export const UPLOAD_LIMITS: Readonly<UploadLimits> = {
  /** Ops per request, at most. */
  maxOps: 1000,
  /** UTF-8 bytes of a request body the connector builds, at most (ops plus the envelope). */
  maxBatchBytes: 512 * 1024,
  /** UTF-8 bytes of one op's JSON; a larger op travels as a stub and is refused alone. */
  maxOpBytes: 64 * 1024,
  /** The endpoint's body limit: twice a full batch, so a batch is always accepted. */
  bodyLimitBytes: 1024 * 1024,
  /** Nesting depth of an op's data (objects and arrays); deeper values are refused. */
  maxDepth: 8,
};

/** Bytes reserved in a batch for the envelope around the ops (client id, transaction id). */
const ENVELOPE_BYTES = 1024;

/** UTF-8 length of a string, counted per code unit (a surrogate pair counts 4, a lone surrogate 3). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

export interface UploadOp {
  op_id?: number | null;
  op: string;
  type: string;
  id: string;
  data?: Record<string, unknown> | null;
  /** Set instead of `data` when the op alone is over maxOpBytes (the server refuses and records it). */
  oversize_bytes?: number;
}

/**
 * Replaces an op too large to send with a stub naming its size, so the server records the
 * refusal with its reason (the student sees it) instead of the whole request failing with 413.
 */
export function capOp(op: UploadOp, limits: Readonly<UploadLimits> = UPLOAD_LIMITS): { op: UploadOp; bytes: number } {
  const bytes = utf8Length(JSON.stringify(op));
  if (bytes <= limits.maxOpBytes) return { op, bytes };
  const stub: UploadOp = { op_id: op.op_id ?? null, op: op.op, type: op.type.slice(0, 100), id: op.id.slice(0, 200), data: null, oversize_bytes: bytes };
  return { op: stub, bytes: utf8Length(JSON.stringify(stub)) };
}

/**
 * Splits ops, in order, into consecutive batches of at most maxOps ops and maxBatchBytes bytes.
 * Every op lands in exactly one batch; concatenating the batches gives the input back (after
 * capping). Invariant: each batch is non-empty and within both limits.
 */
export function splitIntoBatches(ops: readonly UploadOp[], limits: Readonly<UploadLimits> = UPLOAD_LIMITS): UploadOp[][] {
  const batches: UploadOp[][] = [];
  let current: UploadOp[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const original of ops) {
    const { op, bytes: size } = capOp(original, limits);
    // +1 for the comma between ops.
    if (current.length > 0 && (current.length >= limits.maxOps || bytes + size + 1 > limits.maxBatchBytes)) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(op);
    bytes += size + 1;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
