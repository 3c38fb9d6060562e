import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openPglite, openPostgres } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
const config = loadConfig();
const db = config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : await openPglite(path.join(config.DATA_DIR, 'pglite'));
try {
  const applied = await migrate(db.pool);
  console.log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database is up to date');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
