import path from 'node:path';
import { loadConfig } from './config.ts';
import { openPglite, openPostgres } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createJobQueue } from './jobs/queue.ts';
import { jobDefinitions } from './jobs/registry.ts';
import { backupJobs } from './ops/backup-job.ts';
import { scoringThreadsFor } from './scoring/threads.ts';

// `npm run worker`: a process that only works jobs, for when the server runs with JOBS=off.
// Against the embedded database this is pointless (PGlite belongs to one process), so it needs
// DATABASE_URL.
const config = loadConfig();
if (!config.DATABASE_URL) {
  console.error('npm run worker needs DATABASE_URL (the embedded database belongs to the server process; there jobs run inline)');
  process.exit(1);
}
const db = config.DATABASE_URL ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX) : await openPglite(path.join(config.DATA_DIR, 'pglite'));
await migrate(db.pool);
const scoringThreads = scoringThreadsFor(db, config.SCORING_THREADS);
const queue = await createJobQueue(db.pool, [...jobDefinitions(db.pool, config, scoringThreads ?? undefined), ...backupJobs(db, config)]);
await queue.work();
console.log('worker: working jobs');
const stop = async () => {
  await queue.stop();
  await scoringThreads?.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
