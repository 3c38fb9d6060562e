import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { startScoringThreads, scoringThreadsFor } from '../../server/src/scoring/threads.ts';
import { waitFor } from '../sync/helpers/server.ts';

/**
 * The scoring threads themselves (what they score is held equal to the pure scorer by
 * bulk-scoring.pg.test.ts, which drains through them on Postgres): which databases get them, a
 * claim that fails in a thread fails its caller with the database's error and leaves the thread
 * working, claims beyond the thread count are all answered, a closed set refuses work, and a
 * shutdown lets a claim in flight finish but cuts one still running at its deadline.
 */

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

describe('scoring threads', () => {
  it('run on Postgres only, and only when configured', async () => {
    expect(scoringThreadsFor(db, 0)).toBeNull();
    if (db.kind === 'pglite') {
      // The embedded database is one session of the server process: no thread may use it.
      expect(scoringThreadsFor(db, 2)).toBeNull();
      expect(() => startScoringThreads(db, 2)).toThrow(/need Postgres/);
      return;
    }
    const threads = scoringThreadsFor(db, 2);
    expect(threads?.size).toBe(2);
    await threads?.close();
    expect(() => startScoringThreads(db, 0)).toThrow(/positive integer/);
  });

  it('pass a failed claim to its caller, keep working, queue extra claims and refuse work once closed', async () => {
    if (db.kind === 'pglite') {
      expect(() => startScoringThreads(db, 1)).toThrow(/PGlite/);
      return;
    }
    const threads = startScoringThreads(db, 1);
    try {
      // A negative claim size reaches Postgres, which refuses it: the error comes back as it was.
      await expect(threads.scoreBacklog(-1)).rejects.toThrow(/LIMIT must not be negative/);
      // The same thread then claims normally (nothing is pending in this database).
      expect(await threads.scoreBacklog(10)).toEqual({ changed: [], rerank: [], claimed: 0, scored: 0 });
      // Three claims on one thread: served one after another, all answered.
      const answers = await Promise.all([threads.scoreBacklog(5), threads.scoreBacklog(5), threads.scoreBacklog(5)]);
      expect(answers.map((a) => a.claimed)).toEqual([0, 0, 0]);
    } finally {
      await threads.close();
    }
    await expect(threads.scoreBacklog(10)).rejects.toThrow(/closed/);
  });

  it('on close, let a claim in flight finish, and cut one that outlives the deadline', async () => {
    if (db.kind === 'pglite') {
      expect(scoringThreadsFor(db, 1)).toBeNull();
      return;
    }
    // Another session holds the backlog table, so a claim waits inside its transaction.
    const hold = async () => {
      const c = await db.pool.connect();
      await c.query('BEGIN');
      await c.query('LOCK TABLE sitting_submissions IN ACCESS EXCLUSIVE MODE');
      return c;
    };

    // Released while the shutdown waits: the claim completes and is answered, then the thread ends.
    const finishing = startScoringThreads(db, 1);
    let blocker = await hold();
    const claim = finishing.scoreBacklog(5);
    const closing = finishing.close(60_000);
    await blocker.query('ROLLBACK');
    blocker.release();
    expect(await claim).toEqual({ changed: [], rerank: [], claimed: 0, scored: 0 });
    await closing;

    // Still held at the deadline: the thread is terminated, the claim fails, and its connection
    // is dropped, so its backend (found waiting for the lock) ends and its transaction with it.
    const cut = startScoringThreads(db, 1);
    blocker = await hold();
    const stuck = cut.scoreBacklog(5).then(
      () => 'answered',
      (e: Error) => e.message,
    );
    const waiting = await waitFor(async () => {
      const { rows } = await db.pool.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%sitting_submissions%'`,
      );
      return rows[0]?.pid;
    }, 20_000, 'the claim waiting for the lock');
    await cut.close(200);
    expect(await stuck).toMatch(/scoring thread exited/);
    await blocker.query('ROLLBACK');
    blocker.release();
    // A claim left running on a live connection would finish here and its backend stay (idle).
    await waitFor(async () => {
      const { rows } = await db.pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [waiting]);
      return rows.length === 0;
    }, 20_000, 'the cut claim’s backend to end');
  });
});
