import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice } from './helpers/client.ts';
import { LightStream, type Line } from './helpers/light-client.ts';
import { SyncTestServer, waitFor } from './helpers/server.ts';

/**
 * The content bucket is served to every device from one cached, already-encoded batch per range
 * (BucketReader.dataBatch + encodeLine). These tests prove a device still receives exactly the
 * stored ops, in both wire formats, from scratch and from a position, and that a content change
 * replaces the cached form.
 */
let s: SyncTestServer;
const tokens: string[] = [];
let login: { email: string; password: string };
/** More than one data batch (1,000 ops) of content. */
const CONCEPTS = 700;

type Op = { op_id: string; op: string; object_type: string | null; object_id: string | null; data: string | null; checksum: number };

beforeAll(async () => {
  s = await SyncTestServer.start();
  await s.db.pool.query(
    `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight)
     SELECT 'SB' || i, 'Concept ' || i, 'MATH', 'U1', 1, 2, 0.5 FROM generate_series(1, $1::int) AS i`,
    [CONCEPTS],
  );
  await s.db.pool.query(
    `INSERT INTO questions (id, subject, primary_concept_id, type, text, answer, difficulty, source)
     SELECT 'Q-SB' || i, 'MATH', 'SB' || i, 'INTEGER', 'What is ' || i || '+2?', (i + 2)::text, 2, 'test' FROM generate_series(1, $1::int) AS i`,
    [CONCEPTS],
  );
  for (let i = 0; i < 2; i += 1) {
    const u = await s.user();
    login = u;
    tokens.push(await s.token(u.email, u.password));
  }
  await s.app.sync.processor.flush();
}, 240_000);
afterAll(() => s.close(), 60_000);

const contentLines = (lines: Line[]) => lines.filter((l) => l.data?.bucket === 'content[]').map((l) => l.data);
const contentOps = (lines: Line[]): Op[] =>
  contentLines(lines).flatMap((d) => (d.data as Op[]).map(({ op_id, op, object_type, object_id, data, checksum }) => ({ op_id, op, object_type, object_id, data, checksum })));

/** The stored ops of the content bucket in (after, upTo], as the protocol sends them (uint32 checksums). */
async function stored(after: bigint, upTo: bigint): Promise<Op[]> {
  const { rows } = await s.db.pool.query<Op & { checksum: string }>(
    `SELECT op_id::text, op, object_type, object_id, data, checksum::text FROM sync_ops
      WHERE bucket = 'content[]' AND op_id > $1 AND op_id <= $2 ORDER BY sync_ops.op_id`,
    [after.toString(), upTo.toString()],
  );
  return rows.map((r) => ({ ...r, checksum: Number(r.checksum) }));
}

async function firstSync(token: string, body: Record<string, unknown> = {}, bson = false, acceptEncoding?: string): Promise<{ stream: LightStream; upTo: bigint }> {
  const stream = new LightStream(s.url, token, body, { bson, acceptEncoding });
  const done = await stream.waitFor((l) => 'checkpoint_complete' in l, 60_000);
  return { stream, upTo: BigInt(done.checkpoint_complete.last_op_id) };
}

describe('shared content batches', { timeout: 180_000 }, () => {
  it('devices syncing at once from scratch each receive exactly the stored content ops, in NDJSON and BSON', async () => {
    const [bson, json1, json2] = await Promise.all([firstSync(tokens[0]!, {}, true), firstSync(tokens[0]!), firstSync(tokens[1]!)]);
    const expected = await stored(0n, json1.upTo);
    expect(expected.length).toBe(2 * CONCEPTS);
    expect(contentOps(json1.stream.lines)).toEqual(expected);
    expect(contentOps(json2.stream.lines)).toEqual(expected);
    // BSON carries checksums as int32; encoding it must not have changed the lines NDJSON streams share.
    expect(contentOps(bson.stream.lines)).toEqual(expected.map((o) => ({ ...o, checksum: o.checksum | 0 })));
    expect(expected.some((o) => o.checksum > 2 ** 31)).toBe(true);
    // Batches chain: each starts where the last ended, and only the last says it is the last.
    const batches = contentLines(json2.stream.lines);
    expect(batches.length).toBeGreaterThan(1);
    for (const [i, b] of batches.entries()) {
      expect(b.after).toBe(i === 0 ? '0' : batches[i - 1].next_after);
      expect(b.has_more).toBe(i < batches.length - 1);
    }
    for (const x of [bson, json1, json2]) x.stream.close();
  });

  it('gzip (what fetch and browsers accept) and identity streams carry the same lines, NDJSON and BSON', async () => {
    // Node's fetch sends Accept-Encoding: gzip, deflate, as browsers do, and decodes the body.
    const [gz, plain, gzBson, plainBson] = await Promise.all([
      firstSync(tokens[0]!),
      firstSync(tokens[0]!, {}, false, 'identity'),
      firstSync(tokens[1]!, {}, true, 'gzip'),
      firstSync(tokens[1]!, {}, true, 'br;q=1, gzip;q=0'),
    ]);
    expect([gz, plain, gzBson, plainBson].map((x) => x.stream.contentEncoding)).toEqual(['gzip', '', 'gzip', '']);
    const expected = await stored(0n, gz.upTo);
    expect(gz.upTo).toBe(plain.upTo);
    expect(contentOps(gz.stream.lines)).toEqual(expected);
    expect(contentOps(plain.stream.lines)).toEqual(expected);
    expect(contentOps(gzBson.stream.lines)).toEqual(contentOps(plainBson.stream.lines));
    // Line for line the same stream, keepalives aside.
    const shape = (lines: Line[]) => lines.filter((l) => !('token_expires_in' in l));
    expect(shape(gz.stream.lines)).toEqual(shape(plain.stream.lines));
    // A live gzip stream still gets a change (small lines go out as stored blocks, not held back).
    await s.db.pool.query(`UPDATE concepts SET name = 'Gzip live' WHERE id = 'SB7'`);
    await s.app.sync.processor.flush();
    await gz.stream.waitFor((l) => l.data?.data?.some((o: Op) => o.object_id === 'SB7' && o.data?.includes('Gzip live')), 20_000);
    await gzBson.stream.waitFor((l) => l.data?.data?.some((o: Op) => o.object_id === 'SB7' && o.data?.includes('Gzip live')), 20_000);
    for (const x of [gz, plain, gzBson, plainBson]) x.stream.close();
  });

  it('on the wire a gzip first sync is the content compressed several-fold, decoding to the identity stream', async () => {
    /** The raw body of a first sync up to its checkpoint_complete line (node:http decodes nothing). */
    const rawFirstSync = (acceptEncoding: string) =>
      new Promise<{ encoding: string; wire: Buffer }>((resolve, reject) => {
        const body = JSON.stringify({ buckets: [], include_checksum: true, raw_data: true });
        const req = request(`${s.url}/sync/stream`, {
          method: 'POST',
          headers: { authorization: `Token ${tokens[0]!}`, 'content-type': 'application/json', accept: 'application/x-ndjson', 'accept-encoding': acceptEncoding },
        });
        req.once('error', reject);
        req.once('response', (res) => {
          const parts: Buffer[] = [];
          const encoding = String(res.headers['content-encoding'] ?? '');
          res.on('data', (chunk: Buffer) => {
            parts.push(chunk);
            const wire = Buffer.concat(parts);
            // A gzip body without its trailer decodes with a sync flush (what a live stream is).
            const text = encoding === 'gzip' ? gunzipSync(wire, { finishFlush: 2 }).toString() : wire.toString();
            if (/"checkpoint_complete"[^\n]*\n/.test(text)) {
              req.destroy();
              resolve({ encoding, wire });
            }
          });
        });
        req.end(body);
      });
    const gz = await rawFirstSync('gzip');
    const plain = await rawFirstSync('identity');
    expect([gz.encoding, plain.encoding]).toEqual(['gzip', '']);
    const decoded = gunzipSync(gz.wire, { finishFlush: 2 });
    const lines = (b: Buffer) => b.toString().split('\n').filter((l) => l !== '' && !l.includes('token_expires_in'));
    expect(lines(decoded)).toEqual(lines(plain.wire));
    // The content batches went as compressed blocks (stored ones would be as large as the text).
    expect(gz.wire.length).toBeLessThan(plain.wire.length / 3);
  });

  it('a device resuming mid-bucket receives exactly the ops after its position', async () => {
    const all = await stored(0n, 2n ** 62n);
    const position = BigInt(all[Math.floor(all.length / 3)]!.op_id);
    const { stream, upTo } = await firstSync(tokens[1]!, { buckets: [{ name: 'content[]', after: position.toString() }] });
    expect(contentOps(stream.lines)).toEqual(await stored(position, upTo));
    stream.close();
  });

  it('a content change replaces the cached form: live streams get the diff, a new device the changed row', async () => {
    const warm = await firstSync(tokens[0]!);
    await s.db.pool.query(`UPDATE concepts SET name = 'Renamed' WHERE id = 'SB5'`);
    await s.app.sync.processor.flush();
    await warm.stream.waitFor((l) => l.data?.data?.some((o: Op) => o.object_id === 'SB5' && o.data?.includes('Renamed')), 20_000);
    const fresh = await firstSync(tokens[1]!);
    expect(contentOps(fresh.stream.lines)).toEqual(await stored(0n, fresh.upTo));
    const sb5 = contentOps(fresh.stream.lines).filter((o) => o.object_id === 'SB5');
    expect(JSON.parse(sb5[sb5.length - 1]!.data!).name).toBe('Renamed');
    warm.stream.close();
    fresh.stream.close();
  });

  it('a real @powersync/node device holds exactly the server content after its first sync', async () => {
    const device = await openDevice({ endpoint: s.url, ...login });
    try {
      await device.connect();
      await device.db.waitForFirstSync();
      const local = await device.db.getAll<{ id: string; name: string }>(`SELECT id, name FROM concepts ORDER BY id`);
      const { rows } = await s.db.pool.query<{ id: string; name: string }>(`SELECT id, name FROM concepts ORDER BY id COLLATE "C"`);
      expect(local).toEqual(rows);
      const questions = await waitFor(async () => (await device.db.getAll<{ n: number }>(`SELECT count(*) AS n FROM questions`))[0]?.n);
      expect(questions).toBe(CONCEPTS);
    } finally {
      await device.close();
    }
  });
});
