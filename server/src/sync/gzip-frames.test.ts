import { randomBytes } from 'node:crypto';
import { constants, createGunzip, crc32, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, COMPRESS_FROM_BYTES, compressedBlock, crc32Combine, frameChunk, GzipMember, markShared, storedBlocks } from './gzip-frames.ts';
import { ResponseSink, type ResponseOut } from './response-sink.ts';

/** Text that compresses like the content bucket (JSON with repeated keys), `n` bytes or more. */
function jsonText(n: number, seed: number): Buffer {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < n; i += 1) {
    const s = JSON.stringify({ op_id: String(seed * 100000 + i), op: 'PUT', object_type: 'questions', data: `{"text":"Q${(i * 7919 + seed) % 9973} of ${seed}","x":${i}}` });
    parts.push(s);
    size += s.length + 1;
  }
  return Buffer.from(`${parts.join('\n')}\n`);
}

async function member(chunks: Uint8Array[]): Promise<Buffer> {
  const m = new GzipMember();
  const out: Uint8Array[] = [];
  for (const chunk of chunks) {
    let framed = frameChunk(chunk, true);
    if (framed instanceof Promise) framed = await framed;
    out.push(m.take(framed));
  }
  out.push(m.end());
  return Buffer.concat(out);
}

describe('crc32Combine', () => {
  it('equals the CRC-32 of the concatenation, for lengths across bit boundaries', () => {
    for (const [a, b] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [5, 3],
      [1000, 65535],
      [65536, 70000],
      [3, 1 << 20],
    ] as const) {
      const x = randomBytes(a);
      const y = randomBytes(b);
      expect(crc32Combine(crc32(x), crc32(y), y.length)).toBe(crc32(Buffer.concat([x, y])));
    }
  });
});

describe('gzip member of spliced blocks', () => {
  it('decodes to exactly the chunks, in order, with compressed blocks reused across members', async () => {
    const big1 = jsonText(COMPRESS_FROM_BYTES * 5, 1);
    const big2 = jsonText(200_000, 2);
    const small = [Buffer.from('{"token_expires_in":3600}\n'), Buffer.from(''), randomBytes(70_000).subarray(0, COMPRESS_FROM_BYTES - 1)];
    const a = [small[0]!, big1, small[1]!, big2, small[2]!];
    const b = [big2, small[0]!, big1];
    const [ga, gb] = await Promise.all([member(a), member(b)]);
    expect(gunzipSync(ga).equals(Buffer.concat(a))).toBe(true);
    expect(gunzipSync(gb).equals(Buffer.concat(b))).toBe(true);
    // The same large bytes are compressed once and the block shared.
    expect(await compressedBlock(big1)).toBe(await compressedBlock(big1));
    // Compression pays: both members together are far smaller than what they carry.
    expect(ga.length + gb.length).toBeLessThan((Buffer.concat(a).length + Buffer.concat(b).length) / 3);
  });

  it('compresses only shared chunks: a stream\'s own large line is stored, costing no compressor', () => {
    const own = jsonText(COMPRESS_FROM_BYTES * 2, 4);
    const framed = frameChunk(own, false);
    expect(framed instanceof Promise).toBe(false);
    expect('stored' in (framed as object)).toBe(true);
  });

  it('an empty member is valid gzip of nothing', async () => {
    expect(gunzipSync(await member([])).length).toBe(0);
  });

  it('stored blocks split at 65,535 bytes', () => {
    const data = randomBytes(65_535 * 2 + 7);
    const framed = storedBlocks(data);
    expect(framed.length).toBe(data.length + 15);
    const m = new GzipMember();
    const bytes = Buffer.concat([m.take({ chunk: data, stored: framed }), m.end()]);
    expect(gunzipSync(bytes).equals(data)).toBe(true);
  });

  it('every chunk is readable by a streaming decoder before the member ends (what a live stream needs)', async () => {
    const chunks = [Buffer.from('{"checkpoint":1}\n'), jsonText(50_000, 3), Buffer.from('{"checkpoint_complete":1}\n')];
    const m = new GzipMember();
    const gunzip = createGunzip({ flush: constants.Z_SYNC_FLUSH });
    let decoded = Buffer.alloc(0);
    gunzip.on('data', (d: Buffer) => (decoded = Buffer.concat([decoded, d])));
    let expected = Buffer.alloc(0);
    for (const chunk of chunks) {
      let framed = frameChunk(chunk, true);
      if (framed instanceof Promise) framed = await framed;
      gunzip.write(m.take(framed));
      expected = Buffer.concat([expected, chunk]);
      // Polled until the decoder has run (no time asserted: the timeout only bounds a hang).
      await expect.poll(() => decoded.length, { timeout: 60_000 }).toBe(expected.length);
      expect(decoded.equals(expected)).toBe(true);
    }
    gunzip.end(m.end());
    await new Promise((r) => gunzip.on('end', r));
    expect(decoded.equals(expected)).toBe(true);
  });
});

describe('ResponseSink with gzip', () => {
  it('writes a gzip body whose lines are what an identity sink writes', async () => {
    const lines = [{ checkpoint: { last_op_id: '3', buckets: [] } }, { data: { bucket: 'b', data: [{ op_id: '1', data: 'x'.repeat(40_000) }] } }, { checkpoint_complete: { last_op_id: '3' } }];
    const capture = () => {
      const parts: Uint8Array[] = [];
      const out: ResponseOut = { write: (c) => (parts.push(c), true), on: () => undefined, off: () => undefined, destroy: () => undefined };
      return { out, parts };
    };
    const plain = capture();
    const zipped = capture();
    // The large line as BucketReader gives a content batch: shared, so compressed.
    markShared(lines[1]!);
    const sinks = [new ResponseSink(plain.out, false), new ResponseSink(zipped.out, false, { gzip: true })];
    for (const sink of sinks) {
      for (const line of lines) await sink.write(line);
      await sink.finish();
    }
    const identity = Buffer.concat(plain.parts);
    expect(identity.toString().trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(lines);
    expect(gunzipSync(Buffer.concat(zipped.parts)).equals(identity)).toBe(true);
    expect(Buffer.concat(zipped.parts).length).toBeLessThan(identity.length / 10);
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and fetch send it, honouring q=0', () => {
    expect(acceptsGzip('gzip, deflate')).toBe(true);
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0.5, gzip;q=0')).toBe(false);
    expect(acceptsGzip(['deflate', 'GZIP'])).toBe(true);
    expect(acceptsGzip('gzip;Q=0')).toBe(false);
  });
});
