import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { arrayColumns, numberArrayElement, textArrayElement, textElement } from '../../server/src/scoring/array-literal.ts';

/**
 * The literals scoring writes its rows with (server/src/scoring/array-literal.ts), read back by
 * the database: any text a device can send (every character Postgres text can hold, the words
 * NULL and null, separators, quotes and backslashes at both levels of nesting) and any mark,
 * through the same casts as the upsert (`$n::text[]`, then each element `::text[]`/`::int[]`).
 */

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

// Postgres text cannot hold NUL; everything else can come from a device.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/\0/g, '')),
  fc.constantFrom('NULL', 'null', ' 7 ', '{A,C}', 'a, "b"', '4\\5"', '\\', '"', ',', '', 'ऋ 4.47', 'A'),
);
const cell = fc.option(text, { nil: null });

describe('array literals, read back by the database', () => {
  it('text values and text arrays nested in a text[] parameter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ value: cell, list: fc.array(cell, { maxLength: 6 }) }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const [values, lists] = arrayColumns(rows, [(r) => textElement(r.value), (r) => textArrayElement(r.list)]);
        const { rows: back } = await db.pool.query<{ value: string | null; list: (string | null)[] }>(
          'SELECT r.value, r.list::text[] AS list FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS r(value, list, n) ORDER BY n',
          [values, lists],
        );
        expect(back).toEqual(rows);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });

  it('number arrays nested in a text[] parameter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.option(fc.integer({ min: -32768, max: 32767 }), { nil: null }), { maxLength: 8 }), { minLength: 1, maxLength: 6 }), async (lists) => {
        const [column] = arrayColumns(lists, [(l) => numberArrayElement(l)]);
        const { rows: back } = await db.pool.query<{ list: (number | null)[] }>(
          'SELECT r.list::smallint[] AS list FROM unnest($1::text[]) WITH ORDINALITY AS r(list, n) ORDER BY n',
          [column],
        );
        expect(back.map((r) => r.list)).toEqual(lists);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});
