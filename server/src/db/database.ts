import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PgliteWireServer } from './pglite-server.ts';

export type Pool = pg.Pool;

export interface Database {
  pool: pg.Pool;
  /** A connection string other pg clients (job queue, scripts) can use. */
  url: string;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
  /**
   * Embedded only: runs `fn` with the PGlite instance while no pooled connection can touch it
   * and no transaction is open (a consistent point for copying the data directory).
   */
  exclusive?<T>(fn: (db: PGlite) => Promise<T>): Promise<T>;
}

// Dates come back as ISO strings, not JS Dates, so API and sync payloads never depend on the
// server's time zone; bigint counts come back as numbers (they stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** Connects to Postgres at `url`. */
/**
 * An idle pooled connection that the server closes (restart, failover, an admin terminating it)
 * emits an error on the pool; without a listener that would crash the process. The pool has
 * already dropped the client and opens a new one on the next checkout, so this only reports it.
 */
function reportIdleErrors(pool: pg.Pool): pg.Pool {
  pool.on('error', (error: Error & { code?: string }) => {
    console.warn(`postgres: idle connection closed (${error.code ?? 'no code'}): ${error.message}`);
  });
  return pool;
}

export function openPostgres(url: string, poolMax = 10): Database {
  const pool = reportIdleErrors(new pg.Pool({ connectionString: url, max: poolMax }));
  return { pool, url, kind: 'postgres', close: () => pool.end() };
}

/**
 * Starts an embedded PGlite (in `dataDir`, or in memory when null) served over the wire
 * protocol on a loopback port, and a pool against it. The same SQL and the same `pg` code run
 * on it as on Postgres. `loadDataDir` (a `dumpDataDir` tarball) seeds an empty data directory:
 * that is how a backup is restored.
 */
export async function openPglite(dataDir: string | null, poolMax = 4, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? path.resolve(dataDir) : undefined, loadDataDir ? { loadDataDir } : {});
  const server = new PgliteWireServer(db);
  const { host, port } = await server.listen(0);
  const url = `postgres://postgres@${host}:${port}/postgres`;
  const pool = reportIdleErrors(new pg.Pool({ connectionString: url, max: poolMax }));
  return {
    pool,
    url,
    kind: 'pglite',
    exclusive: (fn) => server.exclusive(() => fn(db)),
    async close() {
      await pool.end();
      await server.close();
      await db.close();
    },
  };
}

/** Runs `fn` in one transaction on one connection; rolls back on any error. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
