import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../db/test-database.ts';
import type { Database } from '../db/database.ts';
import { preparedAccountReader } from './account-status.ts';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
}, 240_000);
afterAll(async () => db.close());

const prepared = async () => (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'cr_account_%'`)).rows[0]!.n;

describe('prepared account reads', () => {
  it('reads through every pool connection at once, and deallocates a connection’s statements when it leaves the pool', async () => {
    const { rows } = await db.pool.query(`INSERT INTO users (email, password_hash, role, status) VALUES ('acct@test.cr', 'x', 'coach', 'active') RETURNING id`);
    const id = rows[0].id as string;
    const reader = preparedAccountReader(db.pool);
    // Concurrent reads take several connections; on PGlite they share one session, so their
    // statement names must not collide.
    const reads = await Promise.all(Array.from({ length: 12 }, (_, i) => reader.read(id, i % 2 ? '(SELECT 7)' : undefined)));
    expect(reads.every((r) => r?.role === 'coach' && r.status === 'active')).toBe(true);
    expect(reads.filter((_, i) => i % 2).every((r) => r?.also === 7)).toBe(true);
    await db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [id]);
    expect((await reader.read(id))?.status).toBe('disabled');
    if (testDatabaseKind() !== 'pglite') return;
    // PGlite: one session holds every connection's statements; they go with their connection.
    expect(await prepared()).toBeGreaterThan(0);
    const clients = await Promise.all(Array.from({ length: db.pool.totalCount }, () => db.pool.connect()));
    // The pool announces a removal once the connection has closed.
    const removed = new Promise<void>((resolve) => {
      let left = clients.length;
      const onRemove = () => {
        if (--left === 0) {
          db.pool.off('remove', onRemove);
          resolve();
        }
      };
      db.pool.on('remove', onRemove);
    });
    for (const c of clients) c.release(true);
    await removed;
    await reader.settled();
    expect(await prepared()).toBe(0);
  });

  it('a second reader on the same pool (an app rebuilt in one process) names its statements apart from the first', async () => {
    const { rows } = await db.pool.query(`INSERT INTO users (email, password_hash, role, status) VALUES ('again@test.cr', 'x', 'coach', 'active') RETURNING id`);
    const id = rows[0].id as string;
    const first = preparedAccountReader(db.pool);
    const second = preparedAccountReader(db.pool);
    // Each reads through several connections at once; on PGlite every statement lands in one
    // session, where the per-reader numbering collided (this test failed there without the fix).
    // On Postgres each connection is its own session and pg parses a name once per connection,
    // so there the test shows only that two readers on one pool work.
    for (const reader of [first, second, first]) {
      const reads = await Promise.all(Array.from({ length: 8 }, () => reader.read(id)));
      expect(reads.map((r) => r?.role)).toEqual(Array(8).fill('coach'));
    }
  });
});
