import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { AccountBatch } from './account-batch.ts';
import { Liveness } from './liveness.ts';

let db: Database;
const ids = { active: randomUUID(), disabled: randomUUID(), coach: randomUUID(), gone: randomUUID() };

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(
    `INSERT INTO users (id, email, password_hash, standard, role, status) VALUES
       ($1, 'a@live.cr', 'x', 12, 'student', 'active'),
       ($2, 'd@live.cr', 'x', 12, 'student', 'disabled'),
       ($3, 'c@live.cr', 'x', NULL, 'coach', 'active')`,
    [ids.active, ids.disabled, ids.coach],
  );
}, 120_000);
afterAll(() => db.close());

/** The plugin's account check behind it (one statement per tick). */
const liveness = () => {
  const accounts = new AccountBatch(db.pool);
  return new Liveness((p) => accounts.stillAllowed(p), 3_600_000);
};

describe('Liveness', () => {
  it('one statement per tick checks every watched stream and revokes exactly those cut off, once', async () => {
    // An interval no test waits for: ticks are driven by hand.
    const live = liveness();
    const revoked: string[] = [];
    const watch = (sub: string, role: string, name: string) => live.watch({ sub, role }, () => revoked.push(name));
    for (let i = 0; i < 40; i += 1) watch(ids.active, 'student', 'active');
    watch(ids.disabled, 'student', 'disabled');
    watch(ids.coach, 'student', 'coach-as-student');
    watch(ids.coach.toUpperCase(), 'coach', 'coach');
    watch(ids.gone, 'student', 'deleted');
    watch('not-a-uuid', 'student', 'forged');
    const unwatch = watch(ids.disabled, 'student', 'left-before-tick');
    unwatch();
    expect(live.size).toBe(45);

    const query = vi.spyOn(db.pool, 'query');
    expect(await live.tick()).toBe(4);
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    expect(revoked.sort()).toEqual(['coach-as-student', 'deleted', 'disabled', 'forged']);
    expect(live.size).toBe(41);

    expect(await live.tick()).toBe(0);
    expect(revoked).toHaveLength(4);
    live.stop();
  });

  it('a change between two ticks is seen by the next one', async () => {
    const live = liveness();
    let revoked = 0;
    live.watch({ sub: ids.active, role: 'student' }, () => (revoked += 1));
    expect(await live.tick()).toBe(0);
    await db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [ids.active]);
    expect(await live.tick()).toBe(1);
    expect(revoked).toBe(1);
    expect(live.size).toBe(0);
    live.stop();
  });
});
