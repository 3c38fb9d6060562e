import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type Device } from './helpers/client.ts';
import { LightStream, type Line } from './helpers/light-client.ts';
import { attemptRow } from './helpers/rows.ts';
import { seedContent, sleep, SyncTestServer, waitFor } from './helpers/server.ts';
import { deviceWrites } from './helpers/student-state.ts';

let s: SyncTestServer;
let student: { id: string; email: string; password: string };
let device: Device;

async function insertServerAttempts(n: number): Promise<void> {
  const rows = Array.from({ length: n }, () => attemptRow(student.id, 'srv'));
  await s.db.pool.query(
    `INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc)
     SELECT id, $1, 'Q-C0', 'C0', 100, now(), hlc FROM unnest($2::uuid[], $3::text[]) AS t(id, hlc)`,
    [student.id, rows.map((r) => r.id), rows.map((r) => r.hlc)],
  );
}

async function attemptsMatch(d: Device): Promise<boolean> {
  const local = await d.db.getAll<{ id: string }>('SELECT id FROM attempts ORDER BY id');
  const server = await s.db.pool.query<{ id: string }>('SELECT id::text FROM attempts WHERE student_id = $1 ORDER BY id::text COLLATE "C"', [student.id]);
  return JSON.stringify(local.map((r) => r.id)) === JSON.stringify(server.rows.map((r) => r.id));
}

/** The device's own checksum of its user bucket equals the server's. */
async function checksumsAgree(d: Device): Promise<boolean> {
  const bucket = `user_data["${student.id}"]`;
  const local = await d.db.getAll<{ c: number }>('SELECT (add_checksum + op_checksum) & 4294967295 AS c FROM ps_buckets WHERE name = ?', [bucket]);
  const server = await s.db.pool.query('SELECT checksum FROM sync_buckets WHERE bucket = $1', [bucket]);
  return local[0] !== undefined && Number(local[0].c) === Number(server.rows[0]?.checksum);
}

beforeAll(async () => {
  // Short keepalives so revocation is observable within the test.
  s = await SyncTestServer.start({ SYNC_KEEPALIVE_MS: '300' });
  await seedContent(s.db, 3);
  student = await s.user();
  device = await openDevice({ endpoint: s.url, email: student.email, password: student.password, retryDelayMs: 200 });
  await device.connect();
  await device.db.waitForFirstSync();
}, 240_000);
afterAll(async () => {
  await device?.close();
  await s?.close();
}, 60_000);

// Generous timeouts: CI machines running several suites at once are slow; nothing here asserts on time.
describe('kill and restart, checksums, compaction, revocation', { timeout: 180_000 }, () => {
  it('server killed mid-stream and restarted on the same database: the client resumes, nothing lost or duplicated', async () => {
    await insertServerAttempts(3000);
    // Stop as soon as the device has started receiving the batch.
    await waitFor(async () => (await device.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_oplog'))[0]!.n > 10, 30_000, 'download started');
    await s.stop();
    await insertServerAttempts(50); // written while the sync server is down (a job, admin SQL)
    await sleep(300);
    await s.boot();
    await waitFor(() => attemptsMatch(device), 60_000, 'device caught up');
    await waitFor(() => checksumsAgree(device), 10_000, 'checksums agree');
  });

  it('server killed mid-upload: replays are no-ops, every offline write arrives exactly once', async () => {
    await device.disconnect();
    const ids: string[] = [];
    for (let i = 0; i < 60; i += 1) ids.push(await deviceWrites.attempt(device, student.id, 'dev1'));
    await device.connect();
    // Kill the server while uploads are in flight (some committed, some not acknowledged).
    await waitFor(async () => (await s.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE id = ANY($1::uuid[])', [ids])).rows[0].n >= 10, 30_000, 'uploads started');
    await s.stop();
    await sleep(300);
    await s.boot();
    await waitFor(async () => (await device.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud'))[0]?.n === 0, 60_000, 'queue drained');
    const { rows } = await s.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE id = ANY($1::uuid[])', [ids]);
    expect(rows[0].n).toBe(60);
    await waitFor(() => attemptsMatch(device), 30_000, 'device matches server');
  });

  it('a corrupted local checksum makes the client re-fetch the bucket and heal', async () => {
    const bucket = `user_data["${student.id}"]`;
    await device.db.execute('UPDATE ps_oplog SET hash = hash + 1 WHERE rowid = (SELECT min(rowid) FROM ps_oplog WHERE bucket = (SELECT id FROM ps_buckets WHERE name = ?))', [bucket]);
    await device.db.execute('UPDATE ps_buckets SET op_checksum = op_checksum + 1 WHERE name = ?', [bucket]);
    expect(await checksumsAgree(device)).toBe(false);
    await insertServerAttempts(5); // a new checkpoint for that bucket
    await waitFor(() => checksumsAgree(device), 30_000, 'healed checksum');
    await waitFor(() => attemptsMatch(device), 30_000, 'healed data');
  });

  it('compaction (MOVE + CLEAR) keeps every checksum valid for live, resuming and new clients', async () => {
    const token = await s.token(student.email, student.password);
    // Churn: one row updated many times leaves superseded ops behind.
    const churn = attemptRow(student.id, 'srv');
    await s.db.pool.query(`INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc) VALUES ($1, $2, 'Q-C0', 'C0', 1, now(), $3)`, [churn.id, student.id, churn.hlc]);
    for (let i = 2; i < 30; i += 1) {
      await s.db.pool.query('UPDATE attempts SET response_time_ms = $2 WHERE id = $1', [churn.id, i]);
      await s.app.sync.processor.flush();
    }
    await s.db.pool.query(`DELETE FROM questions WHERE id = 'Q-C2'`);
    await s.db.pool.query(`DELETE FROM concepts WHERE id = 'C2'`);
    // A bucket whose oldest ops are all superseded or removed: compaction folds them into a CLEAR.
    const keys = `INSERT INTO benchmark_answer_keys (benchmark_id, question_id, answer, window_closes_at, released, released_at)
                  VALUES ($1, 'Q-C0', $2, now() - interval '1 hour', true, now()) RETURNING id`;
    const k1 = (await s.db.pool.query(keys, ['BM-A', 'A1'])).rows[0].id;
    const firstKeyOp = await s.app.sync.processor.flush();
    for (const answer of ['A2', 'A3', 'A4']) {
      await s.db.pool.query('UPDATE benchmark_answer_keys SET answer = $2 WHERE id = $1', [k1, answer]);
      await s.app.sync.processor.flush();
    }
    await s.db.pool.query('DELETE FROM benchmark_answer_keys WHERE id = $1', [k1]);
    await s.app.sync.processor.flush();
    await s.db.pool.query(keys, ['BM-B', 'B1']);
    await s.app.sync.processor.flush();
    const bucket = `user_data["${student.id}"]`;
    const stateOf = async (b: string) =>
      (await s.db.pool.query(`SELECT count(*) FILTER (WHERE op IN ('PUT', 'REMOVE'))::int AS n, (SELECT checksum FROM sync_buckets WHERE bucket = $1) AS c FROM sync_ops WHERE bucket = $1`, [b])).rows[0];
    const before = await Promise.all([bucket, 'content[]', 'benchmark_keys[]'].map(stateOf));
    const result = await s.app.sync.compact();
    expect(result.moved).toBeGreaterThan(0);
    expect(result.cleared).toBeGreaterThan(0);
    const after = await Promise.all([bucket, 'content[]', 'benchmark_keys[]'].map(stateOf));
    expect(after.map((a) => a.c)).toEqual(before.map((b) => b.c));
    expect(after[0].n).toBeLessThan(before[0].n);
    const keyOps = await s.db.pool.query(`SELECT op FROM sync_ops WHERE bucket = 'benchmark_keys[]' ORDER BY sync_ops.op_id`);
    expect(keyOps.rows.map((r) => r.op)).toEqual(['CLEAR', 'PUT']);

    // A client resuming from the middle of the compacted range, and one from scratch.
    const sumOf = (lines: Line[], b: string) =>
      lines.filter((l) => l.data?.bucket === b).flatMap((l) => l.data.data).reduce((acc: number, o: { op: string; checksum: number }) => (o.op === 'CLEAR' ? o.checksum >>> 0 : (acc + (o.checksum >>> 0)) % 2 ** 32), 0);
    for (const after of ['0', String(firstKeyOp)]) {
      const light = new LightStream(s.url, token, { buckets: [{ name: 'benchmark_keys[]', after }] });
      const cp = await light.waitFor((l) => 'checkpoint' in l);
      await light.waitFor((l) => 'checkpoint_complete' in l);
      for (const b of ['content[]', 'benchmark_keys[]']) {
        const expected = cp.checkpoint.buckets.find((x: { bucket: string }) => x.bucket === b).checksum >>> 0;
        expect(sumOf(light.lines, b), `${b} from ${after}`).toBe(expected);
      }
      light.close();
    }
    // The live device keeps validating checkpoints after compaction, and a new device syncs it all.
    await insertServerAttempts(3);
    await waitFor(() => attemptsMatch(device), 30_000, 'live device after compaction');
    await waitFor(() => checksumsAgree(device), 10_000, 'live checksum after compaction');
    const fresh = await openDevice({ endpoint: s.url, email: student.email, password: student.password });
    try {
      await fresh.connect();
      await fresh.db.waitForFirstSync();
      await waitFor(() => attemptsMatch(fresh), 30_000, 'fresh device');
      expect(await fresh.db.getAll(`SELECT 1 FROM concepts WHERE id = 'C2'`)).toEqual([]);
      expect((await fresh.db.getAll<{ response_time_ms: number }>('SELECT response_time_ms FROM attempts WHERE id = ?', [churn.id]))[0]?.response_time_ms).toBe(29);
    } finally {
      await fresh.close();
    }
  });

  it('keepalives carry token_expires_in; a disabled account is cut off at the next one and refused after', async () => {
    const other = await s.user();
    const token = await s.token(other.email, other.password);
    const light = new LightStream(s.url, token, {}, { bson: true });
    const first = await light.waitFor((l) => 'token_expires_in' in l);
    expect(light.contentType).toBe('application/vnd.powersync.bson-stream');
    expect(first.token_expires_in).toBeGreaterThan(0);
    expect(first.token_expires_in).toBeLessThanOrEqual(s.app.sync ? 900 : 0);
    await light.waitFor((l) => 'checkpoint_complete' in l);
    await s.db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [other.id]);
    await light.done;
    const again = new LightStream(s.url, token);
    await again.done;
    expect(again.status).toBe(401);
  });
});
