import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteWireServer } from './pglite-server.ts';

let db: PGlite;
let server: PgliteWireServer;
let pool: pg.Pool;

beforeAll(async () => {
  db = await PGlite.create();
  server = new PgliteWireServer(db);
  const { host, port } = await server.listen(0);
  pool = new pg.Pool({ host, port, user: 'postgres', database: 'postgres', max: 8 });
  await pool.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
});
afterAll(async () => {
  await pool.end();
  await server.close();
  await db.close();
});

describe('PgliteWireServer', () => {
  it('never interleaves extended-protocol messages of concurrent connections', async () => {
    // With a per-message multiplexer, a Parse from one connection and a Bind from another
    // collide ("bind message supplies 2 parameters, but prepared statement requires 3").
    const results = await Promise.all(
      Array.from({ length: 600 }, async (_, i) => {
        const r = i % 2 === 0 ? await pool.query('SELECT $1::int AS a, $2::text AS b', [i, `x${i}`]) : await pool.query('SELECT $1::text || $2::text AS s, $3::int AS n', [`a${i}`, 'b', i]);
        return i % 2 === 0 ? r.rows[0].a === i && r.rows[0].b === `x${i}` : r.rows[0].s === `a${i}b` && r.rows[0].n === i;
      }),
    );
    expect(results.every(Boolean)).toBe(true);
  });

  it('isolates transactions: another connection waits until COMMIT and never sees uncommitted rows', async () => {
    const a = await pool.connect();
    const seen: number[] = [];
    try {
      await a.query('BEGIN');
      await a.query('INSERT INTO t VALUES (1, $1)', ['one']);
      const other = pool.query('SELECT count(*)::int AS n FROM t').then((r) => seen.push(r.rows[0].n));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual([]);
      await a.query('INSERT INTO t VALUES (2, $1)', ['two']);
      await a.query('COMMIT');
      await other;
    } finally {
      a.release();
    }
    expect(seen).toEqual([2]);
  });

  it('rolls back the open transaction of a client that disconnects', async () => {
    const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${(pool.options as { port: number }).port}/postgres` });
    await client.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO t VALUES (99, $1)', ['lost']);
    await client.end();
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM t WHERE id = 99');
    expect(rows[0].n).toBe(0);
  });

  it('delivers large results intact while other connections query (output is copied off the wasm heap)', async () => {
    // PGlite hands out views of its heap, which it reuses: a write the socket had not flushed yet
    // used to send overwritten bytes ("offset out of range" in the client's parser).
    const big = pool.query<{ s: string; n: number }>(`SELECT string_agg(md5(g::text), '') AS s, count(*)::int AS n FROM generate_series(1, 200000) g`);
    const rows = pool.query<{ g: number; h: string }>(`SELECT g, md5(g::text) AS h FROM generate_series(1, 50000) g`);
    const small = Promise.all(Array.from({ length: 50 }, (_, i) => pool.query<{ i: number }>('SELECT $1::int AS i', [i])));
    const [a, b, c] = await Promise.all([big, rows, small]);
    expect(a.rows[0]!.n).toBe(200000);
    expect(a.rows[0]!.s).toHaveLength(200000 * 32);
    expect(b.rows).toHaveLength(50000);
    const md5 = (n: number) => createHash('md5').update(String(n)).digest('hex');
    expect(a.rows[0]!.s.slice(-32)).toBe(md5(200000));
    expect(b.rows.every((r, i) => r.g === i + 1 && r.h === md5(i + 1))).toBe(true);
    expect(c.map((r) => r.rows[0]!.i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
