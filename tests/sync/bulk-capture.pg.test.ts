import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeProcessor } from '../../server/src/sync/processor.ts';
import { LightStream } from './helpers/light-client.ts';
import { SyncTestServer, waitFor } from './helpers/server.ts';

// The app's own processor is off; this one splits every transaction into chunks of CHUNK rows.
const CHUNK = 250;
const STUDENTS = 4;
const PER_STUDENT = 600;
/** Rows a change row names at most (migration 028: one change row per statement and thousand rows). */
const SET = 1000;

let s: SyncTestServer;
let processor: ChangeProcessor;
const students = Array.from({ length: STUDENTS }, () => randomUUID());

beforeAll(async () => {
  s = await SyncTestServer.start({ SYNC_PROCESSOR: 'off' });
  processor = new ChangeProcessor({ pool: s.db.pool, rules: s.app.sync.rules, hub: s.app.sync.hub, chunkRows: CHUNK });
  processor.start();
  await s.db.pool.query(
    `INSERT INTO users (id, email, password_hash, standard) SELECT id, id::text || '@bulk.cr', 'x', 12 FROM unnest($1::uuid[]) AS t(id)`,
    [students],
  );
  await processor.flush();
}, 240_000);
afterAll(async () => {
  await processor.stop();
  await s.close();
}, 60_000);

type Op = { op: string; object_type: string; object_id: string; checksum: number; data: string | null };

/** Inserts `perStudent` attempts for each student in one transaction; returns the ids per student. */
async function bulkInsert(perStudent: number): Promise<Map<string, string[]>> {
  const ids = new Map(students.map((st) => [st, Array.from({ length: perStudent }, () => randomUUID())]));
  const client = await s.db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc)
       SELECT id, st, 'Q-C0', 'C0', 500, now(), '1765033200000:0001:bulk' FROM unnest($1::uuid[], $2::uuid[]) AS t(id, st)`,
      [[...ids.values()].flat(), [...ids].flatMap(([st, list]) => list.map(() => st))],
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return ids;
}

/**
 * The pool as one server process sees it, and that process killed right after its `commits`-th
 * COMMIT: from then on every connect and query of the process fails, and it holds no open
 * transaction (the commit just ended it), which is what kill -9 between two capture chunks leaves
 * in the database. Works on Postgres and PGlite alike.
 */
function killedAfterCommits(pool: pg.Pool, commits: number): { pool: pg.Pool; killed: Promise<void> } {
  let left = commits;
  let dead = false;
  let onKilled: () => void = () => undefined;
  const killed = new Promise<void>((resolve) => (onKilled = resolve));
  const refuse = () => new Error('the process was killed');
  const forward = <T extends object>(target: T, prop: string | symbol): unknown => {
    const value = Reflect.get(target, prop, target) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  };
  const client = (real: pg.PoolClient): pg.PoolClient =>
    new Proxy(real, {
      get(target, prop) {
        if (prop !== 'query') return forward(target, prop);
        return async (...args: unknown[]) => {
          if (dead) throw refuse();
          const result: unknown = await (target.query as (...a: unknown[]) => Promise<unknown>)(...args);
          if (typeof args[0] === 'string' && args[0].trim().toUpperCase() === 'COMMIT' && (left -= 1) === 0) {
            dead = true;
            onKilled();
          }
          return result;
        };
      },
    });
  const proxy = new Proxy(pool, {
    get(target, prop) {
      if (prop === 'connect') {
        return async () => {
          if (dead) throw refuse();
          return client(await target.connect());
        };
      }
      if (prop === 'query') {
        return async (...args: unknown[]) => {
          if (dead) throw refuse();
          return (target.query as (...a: unknown[]) => Promise<unknown>)(...args);
        };
      }
      return forward(target, prop);
    },
  });
  return { pool: proxy, killed };
}

/**
 * The bucket log's state: everything written is published, nothing staged or queued, and the
 * user buckets whose checksum, count or last op differ from the sum, number and last of their ops.
 */
async function logState(): Promise<{ published: boolean; staged: number; changes: number; badBuckets: string[] }> {
  const { rows: state } = await s.db.pool.query<{ published: boolean; staged: number; changes: number }>(
    `SELECT s.last_op_id = s.written_op_id AND NOT s.pending_params AS published,
            (SELECT count(*)::int FROM sync_pending_buckets) AS staged, (SELECT coalesce(sum(n), 0)::int FROM sync_changes) AS changes
       FROM sync_state s`,
  );
  const { rows: buckets } = await s.db.pool.query<{ bucket: string; ok: boolean }>(
    `SELECT b.bucket, b.checksum = coalesce(sum(o.checksum) % 4294967296, 0) AND b.op_count = count(o.op_id) AND b.last_op_id = coalesce(max(o.op_id), 0) AS ok
       FROM sync_buckets b LEFT JOIN sync_ops o ON o.bucket = b.bucket WHERE b.bucket LIKE 'user_data%' GROUP BY b.bucket, b.checksum, b.op_count, b.last_op_id`,
  );
  return { ...state[0]!, badBuckets: buckets.filter((b) => !b.ok).map((b) => b.bucket) };
}

/** How many user buckets the log holds. */
async function userBuckets(): Promise<number> {
  const { rows } = await s.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM sync_buckets WHERE bucket LIKE 'user_data%'`);
  return rows[0]!.n;
}

describe('bulk change capture in chunks', { timeout: 180_000 }, () => {
  it('a transaction larger than a chunk reaches a device whole, once, with matching checksums, and never half', async () => {
    const watched = students[0]!;
    const stream = new LightStream(s.url, await s.sign({ sub: watched, role: 'student' }));
    await stream.waitFor((l) => 'checkpoint_complete' in l, 60_000);
    const seenAtCheckpoints: number[] = [];
    const puts: Op[] = [];
    stream.onLine((l) => {
      if (l.data?.bucket?.startsWith('user_data')) puts.push(...(l.data.data as Op[]).filter((o) => o.object_type === 'attempts'));
      if (l.checkpoint_complete) seenAtCheckpoints.push(puts.length);
    });
    const before = await processor.lastOpId();

    const ids = await bulkInsert(PER_STUDENT);
    await waitFor(() => puts.length >= PER_STUDENT && seenAtCheckpoints.at(-1) === puts.length, 120_000, 'the whole transaction at the device');

    // Every checkpoint the device completed held none of the transaction or all of it.
    expect(seenAtCheckpoints.every((n) => n === 0 || n === PER_STUDENT)).toBe(true);
    // Exactly the watched student's rows, each once.
    expect(new Set(puts.map((o) => o.object_id))).toEqual(new Set(ids.get(watched)));
    expect(puts.length).toBe(PER_STUDENT);

    // The bucket log holds every row of every student once, and nothing is left staged.
    const { rows: log } = await s.db.pool.query<{ n: number; distinct_ids: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT object_id)::int AS distinct_ids FROM sync_ops WHERE op_id > $1 AND object_type = 'attempts'`,
      [before.toString()],
    );
    expect(log[0]).toEqual({ n: STUDENTS * PER_STUDENT, distinct_ids: STUDENTS * PER_STUDENT });
    expect(await logState()).toEqual({ published: true, staged: 0, changes: 0, badBuckets: [] });
    expect(await userBuckets()).toBeGreaterThanOrEqual(STUDENTS);

    // The device's own sum of the op checksums equals the bucket checksum it was sent.
    const cps = stream.lines.filter((l) => l.checkpoint || l.checkpoint_diff);
    const last = cps[cps.length - 1]!;
    const entry = (last.checkpoint?.buckets ?? last.checkpoint_diff.updated_buckets).find((b: { bucket: string }) => b.bucket.startsWith('user_data'));
    const { rows: own } = await s.db.pool.query<{ checksum: string }>(
      `SELECT checksum::text FROM sync_buckets WHERE bucket = $1`,
      [entry.bucket],
    );
    expect(entry.checksum >>> 0).toBe(Number(own[0]!.checksum));
    stream.close();
  });

  it('an update and a delete of rows spread over several chunks: one PUT per changed row, one REMOVE per deleted row', async () => {
    const before = await processor.lastOpId();
    const ids = await bulkInsert(200);
    await processor.flush();
    const all = [...ids.values()].flat();
    const mid = await processor.lastOpId();
    const client = await s.db.pool.connect();
    try {
      await client.query('BEGIN');
      // Each updated row is captured twice in this transaction (two statements): still one op.
      await client.query(`UPDATE attempts SET response_time_ms = 900 WHERE id = ANY($1::uuid[])`, [all]);
      await client.query(`UPDATE attempts SET answer = '7' WHERE id = ANY($1::uuid[])`, [all]);
      await client.query(`DELETE FROM attempts WHERE id = ANY($1::uuid[])`, [all.slice(0, 100)]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await processor.flush();
    const { rows } = await s.db.pool.query<{ op: string; n: number }>(
      `SELECT op, count(*)::int AS n FROM sync_ops WHERE op_id > $1 AND object_type = 'attempts' GROUP BY op ORDER BY op`,
      [mid.toString()],
    );
    expect(rows).toEqual([
      { op: 'PUT', n: all.length - 100 },
      { op: 'REMOVE', n: 100 },
    ]);
    const { rows: data } = await s.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sync_ops WHERE op_id > $1 AND op = 'PUT' AND data::jsonb ->> 'answer' = '7' AND (data::jsonb ->> 'response_time_ms')::int = 900`,
      [mid.toString()],
    );
    expect(data[0]?.n).toBe(all.length - 100);
    expect(BigInt(mid)).toBeGreaterThan(before);
  });

  it('a capture killed between chunks: devices see none of the transaction, the next processor publishes it whole, once', async () => {
    await processor.flush();
    await processor.stop();
    const watched = students[1]!;
    const stream = new LightStream(s.url, await s.sign({ sub: watched, role: 'student' }));
    await stream.waitFor((l) => 'checkpoint_complete' in l, 60_000);
    const puts: string[] = [];
    const atCheckpoints: number[] = [];
    stream.onLine((l) => {
      if (l.data?.bucket?.startsWith('user_data')) puts.push(...(l.data.data as Op[]).filter((o) => o.object_type === 'attempts').map((o) => o.object_id));
      if (l.checkpoint_complete) atCheckpoints.push(puts.length);
    });
    const { rows: start } = await s.db.pool.query<{ last: string }>('SELECT last_op_id::text AS last FROM sync_state');

    // 4 × 600 rows in one statement, captured as change rows of SET rows each (the last one
    // smaller); chunks of 250 take whole change rows: the victim commits two chunks (one
    // transaction each) and dies.
    const ids = await bulkInsert(PER_STUDENT);
    const victim = killedAfterCommits(s.db.pool, 2);
    const dying = new ChangeProcessor({ pool: victim.pool, rules: s.app.sync.rules, hub: s.app.sync.hub, chunkRows: CHUNK });
    dying.start();
    await victim.killed;
    await dying.stop();

    // What the kill left: two chunks' ops written and staged, none published, the rest still queued.
    const { rows: left } = await s.db.pool.query<{ published: boolean; written: boolean; staged: number; changes: number }>(
      `SELECT last_op_id = $1::bigint AS published, written_op_id > last_op_id AS written,
              (SELECT count(*)::int FROM sync_pending_buckets) AS staged, (SELECT coalesce(sum(n), 0)::int FROM sync_changes) AS changes
         FROM sync_state`,
      [start[0]!.last],
    );
    expect(left[0]).toEqual({ published: true, written: true, staged: expect.any(Number) as number, changes: STUDENTS * PER_STUDENT - 2 * SET });
    expect(left[0]!.staged).toBeGreaterThan(0);

    // The server restarts: a new processor continues from the committed chunks.
    processor = new ChangeProcessor({ pool: s.db.pool, rules: s.app.sync.rules, hub: s.app.sync.hub, chunkRows: CHUNK });
    processor.start();
    await processor.flush();
    await waitFor(() => puts.length >= PER_STUDENT && atCheckpoints.at(-1) === puts.length, 120_000, 'the whole transaction at the device');
    expect(atCheckpoints.every((n) => n === 0 || n === PER_STUDENT)).toBe(true);
    expect(puts.length).toBe(PER_STUDENT);
    expect(new Set(puts)).toEqual(new Set(ids.get(watched)));

    // Every row once in the log; nothing staged or queued; bucket checksums are their ops' sums.
    const all = [...ids.values()].flat();
    const { rows: log } = await s.db.pool.query<{ n: number; distinct_ids: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT object_id)::int AS distinct_ids FROM sync_ops WHERE op_id > $1 AND object_id = ANY($2::text[])`,
      [start[0]!.last, all],
    );
    expect(log[0]).toEqual({ n: all.length, distinct_ids: all.length });
    expect(await logState()).toEqual({ published: true, staged: 0, changes: 0, badBuckets: [] });
    stream.close();
  });
});

describe('change rows of both forms', { timeout: 180_000 }, () => {
  it('rows queued one per change row (as before migration 028, or by hand) and sets of rows are all published, once', async () => {
    await processor.flush();
    const { rows: start } = await s.db.pool.query<{ last: string }>('SELECT last_op_id::text AS last FROM sync_state');
    const single = Array.from({ length: 3 }, () => randomUUID());
    const c = await s.db.pool.connect();
    try {
      await c.query('BEGIN');
      // Triggers off for this transaction: its rows are queued by hand, one change row each.
      await c.query('SET LOCAL session_replication_role = replica');
      await c.query(
        `INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc)
         SELECT id, $2, 'Q-C0', 'C0', 500, now(), '1765033200000:0002:bulk' FROM unnest($1::uuid[]) AS t(id)`,
        [single, students[2]],
      );
      await c.query(`INSERT INTO sync_changes (source_table, single_row_id) SELECT 'attempts', id::text FROM unnest($1::uuid[]) AS t(id)`, [single]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    // More than 64 rows in one statement: one change row naming them all.
    const sets = [...(await bulkInsert(20)).values()].flat();
    const queued = await s.db.pool.query<{ single_row_id: string | null; n: number }>(`SELECT single_row_id, n FROM sync_changes ORDER BY seq`);
    expect(queued.rows.map((r) => r.n)).toEqual([1, 1, 1, STUDENTS * 20]);
    await processor.flush();
    const { rows } = await s.db.pool.query<{ object_id: string }>(
      `SELECT object_id FROM sync_ops WHERE op_id > $1 AND op = 'PUT' AND object_type = 'attempts'`,
      [start[0]!.last],
    );
    expect(rows.map((r) => r.object_id).sort()).toEqual([...single, ...sets].sort());
    expect(await logState()).toEqual({ published: true, staged: 0, changes: 0, badBuckets: [] });
  });
});
