import { request, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncTestServer, sleep, waitFor } from './helpers/server.ts';

/**
 * A shutdown (SIGTERM on deploy, a restart) must not wait on a client that stopped reading: a
 * phone on a dead link or a suspended tab leaves the server's writes to its stream waiting for a
 * 'drain' that never comes. The sync plugin ends every stream, waits a grace for their writes,
 * then cuts what is left, as a crash would (the client resumes from its last checkpoint).
 */
let s: SyncTestServer;
let token: string;
/** Enough content (about 30 MB of protocol lines) to fill every buffer between server and client. */
const QUESTIONS = 24_000;

beforeAll(async () => {
  s = await SyncTestServer.start({ SYNC_SHUTDOWN_GRACE_MS: '1000' });
  await s.db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ('SD1', 'Shutdown', 'MATH', 'U1', 1, 2, 0.5)`);
  await s.db.pool.query(
    `INSERT INTO questions (id, subject, primary_concept_id, type, text, answer, difficulty, source)
     SELECT 'Q-SD' || i, 'MATH', 'SD1', 'INTEGER', repeat('A long stem, ' || i || '. ', 80), '1', 2, 'test' FROM generate_series(1, $1::int) AS i`,
    [QUESTIONS],
  );
  const u = await s.user();
  token = await s.token(u.email, u.password);
  await s.app.sync.processor.flush();
}, 240_000);
afterAll(() => s.close(), 60_000);

describe('shutdown with a client that stopped reading', () => {
  it('cuts the stream after the grace instead of waiting for it forever', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${s.url}/sync/stream`, {
        method: 'POST',
        headers: { authorization: `Token ${token}`, 'content-type': 'application/json', accept: 'application/x-ndjson', 'accept-encoding': 'identity' },
      });
      req.once('error', reject);
      req.once('response', resolve);
      req.end(JSON.stringify({ buckets: [], include_checksum: true, raw_data: true }));
    });
    expect(response.statusCode).toBe(200);
    let cut = false;
    response.once('close', () => {
      cut = true;
    });
    response.once('error', () => undefined);
    // Read the first bytes, then stop reading, as a client whose link died.
    await new Promise((resolve) => response.once('data', resolve));
    response.pause();
    // Wait until nothing more arrives: the buffers on both sides are full and the server's
    // write waits for a drain.
    const socket = response.socket;
    let last = -1;
    await waitFor(async () => {
      const now = socket.bytesRead;
      const still = now === last;
      last = now;
      await sleep(300);
      return still && socket.bytesRead === now;
    }, 60_000, 'the client socket to stop receiving');
    expect(cut).toBe(false);
    expect(s.app.sync.streams).toBe(1);

    // The close resolves (without the grace it never did: this test timed out), and the stream
    // was cut, not finished: what the buffers held arrives, then the connection ends without the
    // end of the chunked body that a finished response writes (a stream ended normally by the
    // close is complete).
    await s.app.close();
    expect(s.app.sync.streams).toBe(0);
    response.on('data', () => undefined);
    response.resume();
    await waitFor(() => cut, 20_000, 'the stream to be cut');
    expect(response.complete).toBe(false);
  }, 120_000);
});
