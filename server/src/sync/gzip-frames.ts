import { constants, crc32, deflateRaw } from 'node:zlib';

/**
 * gzip for sync streams (Content-Encoding: gzip, RFC 1952) without a compressor per stream.
 *
 * A gzip member is a header, a DEFLATE stream (RFC 1951) and a trailer (CRC-32 and length of the
 * uncompressed bytes). A DEFLATE stream is a sequence of blocks, and a block that ends on a byte
 * boundary with no back-reference into earlier blocks can be followed by any other such block.
 * So a stream is written as:
 * * shared lines of 16 KB or more (the data batches of the content bucket every device downloads,
 *   marked by BucketReader) compressed once each, on libuv's thread pool, by a fresh raw deflate
 *   ended with a full flush (byte-aligned, history reset, not final), and the same compressed
 *   bytes spliced into every stream that sends the line;
 * * every other line (keepalives, checkpoints, a fan-out's changed rows, a student's own data) as
 *   stored blocks: no compression state, no CPU but a copy into the socket, and at once;
 * * at the end, a final empty block and the trailer.
 * Per stream this keeps two numbers (the running CRC-32 and length) where a zlib stream per
 * connection would hold ~256 KB, so 10,000 held streams cost nothing extra and a content download
 * shrinks several-fold (measured in docs/sync-protocol.md). The CRC of a reused compressed block
 * is combined into the stream's (crc32Combine: O(log n) in its length), not recomputed.
 */

/** Member header: ID1 ID2, CM = 8 (deflate), no flags, no mtime, XFL 0, OS 255 (unknown). */
export const GZIP_HEADER: Buffer = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** Largest payload of one stored block (LEN is 16 bits). */
const STORED_MAX = 0xffff;

/** `data` as stored (uncompressed) non-final DEFLATE blocks, starting and ending byte-aligned. */
export function storedBlocks(data: Uint8Array): Buffer {
  const blocks = Math.max(1, Math.ceil(data.byteLength / STORED_MAX));
  const out = Buffer.allocUnsafe(data.byteLength + 5 * blocks);
  let at = 0;
  for (let i = 0; i < blocks; i += 1) {
    const part = data.subarray(i * STORED_MAX, Math.min(data.byteLength, (i + 1) * STORED_MAX));
    // BFINAL = 0, BTYPE = 00 (stored), padded to the byte: one zero byte; then LEN and its complement.
    out[at] = 0;
    out.writeUInt16LE(part.byteLength, at + 1);
    out.writeUInt16LE(~part.byteLength & 0xffff, at + 3);
    out.set(part, at + 5);
    at += 5 + part.byteLength;
  }
  return out;
}

/** The end of the member: a final empty stored block, then CRC-32 and length mod 2³², little-endian. */
export function gzipTrailer(crc: number, length: number): Buffer {
  const out = Buffer.alloc(13);
  out[0] = 1; // BFINAL = 1, BTYPE = 00
  out.writeUInt16LE(0, 1);
  out.writeUInt16LE(0xffff, 3);
  out.writeUInt32LE(crc >>> 0, 5);
  out.writeUInt32LE(length % 2 ** 32, 9);
  return out;
}

// CRC-32 arithmetic in GF(2)[x] modulo the (reflected) gzip polynomial: the CRC of A‖B is the CRC
// of A multiplied by x^(8·|B|), plus the CRC of B (the pre- and post-conditioning cancel out).
const POLY = 0xedb88320;

/** a·b mod P, both in the reflected bit order CRC-32 uses (bit 31 is x⁰). */
function multModP(a: number, b: number): number {
  if (a === 0) return 0;
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) mod P for k = 0..31 (squares of x, by repeated squaring). */
const X2N: number[] = (() => {
  const table: number[] = [];
  let p = 0x40000000; // x¹
  for (let k = 0; k < 32; k += 1) {
    table.push(p);
    p = multModP(p, p);
  }
  return table;
})();

/** x^(n·2^k) mod P. */
function x2nModP(n: number, k: number): number {
  let p = 0x80000000; // x⁰
  while (n > 0) {
    if (n & 1) p = multModP(X2N[k & 31]!, p);
    n = Math.floor(n / 2);
    k += 1;
  }
  return p;
}

/** CRC-32 of A‖B from crcA, crcB and |B| in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB === 0) return crcA >>> 0;
  return (multModP(x2nModP(lengthB, 3), crcA >>> 0) ^ crcB) >>> 0;
}

/** A line compressed once: its raw DEFLATE blocks (byte-aligned, not final), CRC and length. */
export interface CompressedBlock {
  deflated: Buffer;
  crc: number;
  length: number;
}

/**
 * Lines every device of a bucket downloads alike (the data batches of a parameterless bucket,
 * `name[]`: the content), marked by BucketReader. Only their bytes are compressed: a stream's own
 * lines would cost a compressor (~270 KB, set up before the job even queues for the thread pool)
 * per stream, which a fan-out or a reconnect storm multiplies by the streams.
 */
const sharedLines = new WeakSet<object>();

/** Marks a protocol line object as shared by every stream that sends it (see sharedLines). */
export function markShared(line: object): void {
  sharedLines.add(line);
}

/** True when `line` was marked shared. */
export function isShared(line: object): boolean {
  return sharedLines.has(line);
}

/** Compressed forms by the encoded line's bytes (encodeLine returns the same bytes for a shared line). */
const compressedForms = new WeakMap<Uint8Array, Promise<CompressedBlock>>();

/** Level 6 (zlib's default): the content bucket compresses once per change, so ratio beats speed. */
const LEVEL = 6;

/** `bytes` as raw DEFLATE blocks ending in a full flush, computed on the thread pool, once per buffer. */
export function compressedBlock(bytes: Uint8Array): Promise<CompressedBlock> {
  let form = compressedForms.get(bytes);
  if (!form) {
    form = new Promise<CompressedBlock>((resolve, reject) => {
      deflateRaw(bytes, { level: LEVEL, finishFlush: constants.Z_FULL_FLUSH }, (error, deflated) => {
        if (error) reject(error);
        else resolve({ deflated, crc: crc32(bytes), length: bytes.byteLength });
      });
    });
    compressedForms.set(bytes, form);
    // A failed compression is not kept: the next stream tries again.
    form.catch(() => compressedForms.delete(bytes));
  }
  return form;
}

/** Stored framing by the (shared) chunk, so a fan-out's many streams frame one joined chunk once. */
const storedForms = new WeakMap<Uint8Array, Buffer>();

/** Shared chunks from this size up are compressed (smaller ones, and every unshared one, are stored). */
export const COMPRESS_FROM_BYTES = 16 * 1024;

/** A chunk ready to be counted into a member: its stored framing, or its compressed block. */
export type Framed = { chunk: Uint8Array; stored: Buffer } | { chunk: Uint8Array; compressed: CompressedBlock };

/**
 * `chunk` framed for a gzip stream: the cached compressed form of a large shared chunk (which may
 * have to wait for the thread pool, once per line), else stored as is (at once). Counted by
 * `GzipMember.take`.
 */
export function frameChunk(chunk: Uint8Array, shared: boolean): Framed | Promise<Framed> {
  if (shared && chunk.byteLength >= COMPRESS_FROM_BYTES) return compressedBlock(chunk).then((compressed) => ({ chunk, compressed }));
  let stored = storedForms.get(chunk);
  if (!stored) {
    stored = storedBlocks(chunk);
    storedForms.set(chunk, stored);
  }
  return { chunk, stored };
}

/**
 * One stream's gzip member: the running CRC-32 and length of what it carried. `take` counts a
 * framed chunk and returns the bytes to write, the first time with the header; write them at once,
 * in the order taken. `end` gives the last bytes.
 */
export class GzipMember {
  private crc = 0;
  private length = 0;
  private started = false;

  take(framed: Framed): Uint8Array {
    let body: Uint8Array;
    if ('stored' in framed) {
      // A small chunk's CRC continues the running one natively (cheaper than combining). Not for
      // an empty one: zlib's crc32 returns its initial value (0) when the data pointer is null.
      if (framed.chunk.byteLength > 0) this.crc = crc32(framed.chunk, this.crc);
      body = framed.stored;
    } else {
      this.crc = crc32Combine(this.crc, framed.compressed.crc, framed.compressed.length);
      body = framed.compressed.deflated;
    }
    this.length += framed.chunk.byteLength;
    return this.headed(body);
  }

  /** The member's last bytes (the header too when nothing was taken). */
  end(): Uint8Array {
    return this.headed(gzipTrailer(this.crc, this.length));
  }

  /** `bytes`, preceded by the member's header the first time. */
  private headed(bytes: Uint8Array): Uint8Array {
    if (this.started) return bytes;
    this.started = true;
    return Buffer.concat([GZIP_HEADER, bytes]);
  }
}

/** True when an Accept-Encoding header accepts gzip (listed, or `*`, with q > 0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let gzip: number | null = null;
  let any: number | null = null;
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    // Parameter names are case-insensitive (RFC 9110): Q=0 refuses as q=0 does.
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const coding = name.trim().toLowerCase();
    if (coding === 'gzip' || coding === 'x-gzip') gzip = Math.max(gzip ?? 0, Number.isFinite(q) ? q : 0);
    if (coding === '*') any = Number.isFinite(q) ? q : 0;
  }
  return (gzip ?? any ?? 0) > 0;
}
