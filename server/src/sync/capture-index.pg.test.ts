import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(() => db.close());

describe('captured tables', () => {
  // The change processor reads a piece's rows by one probe of `id` per row (capture-chunk.ts,
  // evaluatePiece): on a table without a unique index on `id` each probe would scan the table.
  it('every table with a change-capture trigger has a valid, unique, non-partial index on id alone', async () => {
    const { rows } = await db.pool.query<{ relname: string; indexed: boolean }>(
      `SELECT c.relname,
              EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                       WHERE i.indrelid = c.oid AND i.indisunique AND i.indisvalid AND i.indpred IS NULL
                         AND i.indnatts = 1 AND a.attname = 'id') AS indexed
         FROM pg_class c
        WHERE EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = c.oid AND p.proname LIKE 'sync\\_capture%')
        ORDER BY 1`,
    );
    // The tables the sync rules read, among them the ones devices write and the content.
    expect(rows.map((r) => r.relname)).toEqual(expect.arrayContaining(['attempts', 'concepts', 'questions', 'test_results', 'users']));
    expect(rows.filter((r) => !r.indexed).map((r) => r.relname)).toEqual([]);
  });
});
