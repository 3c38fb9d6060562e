import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LightStream, type Line } from './helpers/light-client.ts';
import { SyncTestServer, waitFor } from './helpers/server.ts';

/**
 * Admission control of first syncs (server/src/sync/admission.ts) and the bulk liveness check of
 * idle streams (server/src/sync/liveness.ts), end to end over HTTP. The test takes the server's
 * only first-sync slot itself, so which stream waits is decided by the test, not by timing.
 */
let s: SyncTestServer;
/** More than one data batch (1,000 ops) of content: a first sync of it is heavy. */
const CONCEPTS = 700;

type Op = { op_id: string; object_id: string | null; data: string | null };

beforeAll(async () => {
  s = await SyncTestServer.start({ SYNC_MAX_INITIAL_SYNCS: '1', SYNC_KEEPALIVE_MS: '300' });
  await s.db.pool.query(
    `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight)
     SELECT 'AD' || i, 'Concept ' || i, 'MATH', 'U1', 1, 2, 0.5 FROM generate_series(1, $1::int) AS i`,
    [CONCEPTS],
  );
  await s.db.pool.query(
    `INSERT INTO questions (id, subject, primary_concept_id, type, text, answer, difficulty, source)
     SELECT 'Q-AD' || i, 'MATH', 'AD' || i, 'INTEGER', 'What is ' || i || '+2?', (i + 2)::text, 2, 'test' FROM generate_series(1, $1::int) AS i`,
    [CONCEPTS],
  );
  await s.app.sync.processor.flush();
}, 240_000);
afterAll(() => s.close(), 60_000);

async function student(): Promise<{ id: string; token: string }> {
  const u = await s.user();
  return { id: u.id, token: await s.token(u.email, u.password) };
}

const contentOps = (lines: Line[]): Op[] => lines.filter((l) => l.data?.bucket === 'content[]').flatMap((l) => l.data.data as Op[]).map(({ op_id, object_id, data }) => ({ op_id, object_id, data }));

async function stored(after: bigint, upTo: bigint): Promise<Op[]> {
  const { rows } = await s.db.pool.query<Op>(
    `SELECT op_id::text, object_id, data FROM sync_ops WHERE bucket = 'content[]' AND op_id > $1 AND op_id <= $2 ORDER BY sync_ops.op_id`,
    [after.toString(), upTo.toString()],
  );
  return rows;
}

describe('first syncs under admission control', { timeout: 180_000 }, () => {
  it('a first sync waits for a slot with keepalives, a reconnecting device does not wait, and the queued one completes exactly', async () => {
    const admission = s.app.sync.admission;
    const held = admission.enter();
    await held.admitted;
    const [a, b, c] = [await student(), await student(), await student()];

    const queued = new LightStream(s.url, a.token);
    await waitFor(() => admission.waiting === 1, 20_000, 'the first sync to queue');
    // Keepalives go on while it waits (the SDK's connection stays alive), but no checkpoint or data yet.
    await queued.waitFor((l) => 'token_expires_in' in l && queued.lines.indexOf(l) > 0, 20_000);
    expect(queued.lines.every((l) => 'token_expires_in' in l)).toBe(true);

    // A device that already holds the content resumes from its position: a diff, no slot needed.
    const { rows } = await s.db.pool.query<{ last: string }>(`SELECT last_op_id::text AS last FROM sync_buckets WHERE bucket = 'content[]'`);
    const resumed = new LightStream(s.url, b.token, { buckets: [{ name: 'content[]', after: rows[0]!.last }] });
    await resumed.waitFor((l) => 'checkpoint_complete' in l, 20_000);
    expect(contentOps(resumed.lines)).toEqual([]);

    // A queued stream that goes away leaves the queue.
    const abandoned = new LightStream(s.url, c.token);
    await waitFor(() => admission.waiting === 2, 20_000, 'a second first sync to queue');
    abandoned.close();
    await waitFor(() => admission.waiting === 1, 20_000, 'the abandoned stream to leave the queue');

    held.leave();
    const done = await queued.waitFor((l) => 'checkpoint_complete' in l, 60_000);
    expect(contentOps(queued.lines)).toEqual(await stored(0n, BigInt(done.checkpoint_complete.last_op_id)));
    expect(contentOps(queued.lines)).toHaveLength(2 * CONCEPTS);
    await waitFor(() => admission.running === 0, 20_000, 'the slot to be given back');
    for (const x of [queued, resumed]) x.close();
  });

  it('several first syncs at once through one slot all complete with the same content', async () => {
    const admission = s.app.sync.admission;
    const devices = await Promise.all([student(), student(), student(), student()]);
    // The slot is held while all four arrive, so every one of them queues and is let through in turn.
    const held = admission.enter();
    const before = admission.admittedAfterWait;
    const streams = devices.map((d) => new LightStream(s.url, d.token));
    await waitFor(() => admission.waiting === 4, 20_000, 'all four first syncs to queue');
    expect(admission.peakWaiting).toBeGreaterThanOrEqual(4);
    held.leave();
    const done = await Promise.all(streams.map((x) => x.waitFor((l) => 'checkpoint_complete' in l, 120_000)));
    const expected = await stored(0n, BigInt(done[0]!.checkpoint_complete.last_op_id));
    for (const [i, x] of streams.entries()) {
      expect(contentOps(x.lines)).toEqual(await stored(0n, BigInt(done[i]!.checkpoint_complete.last_op_id)));
      x.close();
    }
    expect(expected).toHaveLength(2 * CONCEPTS);
    expect(admission.admittedAfterWait - before).toBe(4);
    expect(admission.running).toBe(0);
  });
});

describe('bulk liveness of idle streams', { timeout: 120_000 }, () => {
  it('a user disabled behind the server\'s back loses their stream at the next bulk check; others keep theirs', async () => {
    const [cut, kept] = [await student(), await student()];
    const { rows } = await s.db.pool.query<{ last: string }>(`SELECT last_op_id::text AS last FROM sync_buckets WHERE bucket = 'content[]'`);
    const resume = { buckets: [{ name: 'content[]', after: rows[0]!.last }] };
    const gone = new LightStream(s.url, cut.token, resume);
    const stays = new LightStream(s.url, kept.token, resume);
    await Promise.all([gone, stays].map((x) => x.waitFor((l) => 'checkpoint_complete' in l, 20_000)));
    await waitFor(() => s.app.sync.liveness.size >= 2, 20_000, 'both streams watched');
    // Not through the admin route (which re-checks at once): as another process would change it.
    await s.db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [cut.id]);
    await gone.done;
    expect(gone.error).toBeNull();
    const keepalives = stays.lines.filter((l) => 'token_expires_in' in l).length;
    // The other stream is still served: it receives its next keepalive after the cut.
    await stays.waitFor((l) => 'token_expires_in' in l && stays.lines.filter((x) => 'token_expires_in' in x).length > keepalives + 1, 20_000);
    expect(s.app.sync.streams).toBeGreaterThanOrEqual(1);
    stays.close();
  });
});
