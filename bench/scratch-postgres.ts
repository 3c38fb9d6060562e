import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres, type Database } from '../server/src/db/database.ts';

/**
 * A throwaway Postgres database for one bench run, on the server at BENCH_DATABASE_URL (default the
 * local one); closing it drops the database, whatever connections are still open.
 */
export async function openScratchPostgres(prefix: string, poolMax: number): Promise<Database> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), poolMax);
  return {
    ...db,
    async close() {
      await db.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      try {
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    },
  };
}
