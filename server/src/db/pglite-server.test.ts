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
});
