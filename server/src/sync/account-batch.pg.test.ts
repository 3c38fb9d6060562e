import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { AccountBatch } from './account-batch.ts';

let db: Database;
const ids = { active: randomUUID(), disabled: randomUUID(), coach: randomUUID() };

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(
    `INSERT INTO users (id, email, password_hash, standard, role, status) VALUES
       ($1, 'a@batch.cr', 'x', 12, 'student', 'active'),
       ($2, 'd@batch.cr', 'x', 12, 'student', 'disabled'),
       ($3, 'c@batch.cr', 'x', NULL, 'coach', 'active')`,
    [ids.active, ids.disabled, ids.coach],
  );
}, 120_000);
afterAll(() => db.close());

describe('AccountBatch', () => {
  it('answers every account asked for in one tick with one query, each with its own current state', async () => {
    const batch = new AccountBatch(db.pool);
    const query = vi.spyOn(db.pool, 'query');
    const asked = [...Array.from({ length: 50 }, () => ids.active), ids.disabled, ids.coach, ids.coach.toUpperCase(), randomUUID(), 'not-a-uuid'];
    const states = await Promise.all(asked.map((id) => batch.state(id)));
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    expect(states.slice(0, 50).every((s) => s?.status === 'active' && s.role === 'student')).toBe(true);
    expect(states.slice(50)).toEqual([
      { status: 'disabled', role: 'student' },
      { status: 'active', role: 'coach' },
      { status: 'active', role: 'coach' },
      null,
      null,
    ]);
  });

  it('a later tick reads the account again: a change between two checks is seen', async () => {
    const batch = new AccountBatch(db.pool);
    expect((await batch.state(ids.active))?.status).toBe('active');
    await db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [ids.active]);
    expect((await batch.state(ids.active))?.status).toBe('disabled');
  });
});
