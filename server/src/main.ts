import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildApp } from './app.ts';
import { loadSigningKeys } from './auth/keys.ts';
import { loadConfig } from './config.ts';
import { openPglite, openPostgres, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createJobQueue } from './jobs/queue.ts';
import { createMailer } from './mail/mailer.ts';
import { jobDefinitions } from './jobs/registry.ts';
import { scoringThreadsFor } from './scoring/threads.ts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './seed/demo-accounts.ts';
import { seedContent } from './seed/content.ts';
import { seedBenchmarkBank } from './seed/benchmark-bank.ts';
import { backupJobs, backupNow } from './ops/backup-job.ts';
import { removeControlFile, writeControlFile } from './ops/control.ts';

/** Starts the server: database (Postgres or embedded PGlite), migrations, seed, HTTP. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const embedded = !config.DATABASE_URL;
  const db: Database = config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX)
    : await openPglite(path.join(config.DATA_DIR, 'pglite'));
  let ready = false;

  const applied = await migrate(db.pool);
  if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);
  if (config.SEED_DEMO) {
    const content = await seedContent(db.pool);
    if (content) console.log(`content: ${content.concepts} concepts, ${content.questions} questions (${content.versioned} new versions of changed questions, ${content.retired} retired)`);
    const sealed = await seedBenchmarkBank(db.pool);
    if (sealed > 0) console.log(`sealed benchmark bank: ${sealed} items`);
    await seedDemoAccounts(db.pool, Date.now());
  }

  const keys = await loadSigningKeys(config.JWT_PRIVATE_KEY, config.DATA_DIR);
  // Scoring threads only where this process works the jobs (and on Postgres).
  const scoringThreads = config.JOBS === 'inline' ? scoringThreadsFor(db, config.SCORING_THREADS) : null;
  const jobs = await createJobQueue(db.pool, [...jobDefinitions(db.pool, config, scoringThreads ?? undefined), ...backupJobs(db, config)]);
  if (config.JOBS === 'inline') await jobs.work();
  // Embedded: only this process can copy PGlite, so `npm run backup` asks it (server/src/ops/control.ts).
  const ops = embedded ? { token: randomBytes(24).toString('base64url'), backup: () => backupNow(db, config) } : null;
  const mailer = createMailer(config);
  const app = await buildApp({ config, pool: db.pool, keys, isReady: () => ready, jobs, ops, mailer });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ready = false;
    app.log.info({ signal }, 'shutting down');
    // The last resort: sync streams get SYNC_SHUTDOWN_GRACE_MS to finish before they are cut,
    // then the job queue, the mailer and the database get 20 s to stop cleanly.
    const force = setTimeout(() => process.exit(1), config.SYNC_SHUTDOWN_GRACE_MS + 20_000);
    force.unref();
    try {
      if (ops) await removeControlFile(config.DATA_DIR);
      await app.close();
      await jobs.stop();
      await scoringThreads?.close();
      await mailer.close();
      await db.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.HOST, port: config.PORT });
  const port = (app.server.address() as AddressInfo).port;
  if (ops) await writeControlFile(config.DATA_DIR, { url: `http://127.0.0.1:${port}`, token: ops.token, pid: process.pid });
  ready = true;
  const url = `http://localhost:${port}`;
  console.log(`\nCognitive Resonance is running at ${url}  (database: ${embedded ? `embedded PGlite in ${path.resolve(config.DATA_DIR, 'pglite')}` : 'Postgres'})`);
  console.log(`API docs: ${url}/docs`);
  if (config.SEED_DEMO) {
    console.log('Sign in with a demo account:');
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(7)} ${a.email.padEnd(20)} password: ${a.password}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
