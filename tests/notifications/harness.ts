import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app.ts';
import { loadSigningKeys } from '../../server/src/auth/keys.ts';
import { loadConfig, type Config } from '../../server/src/config.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { deliverJob } from '../../server/src/jobs/notifications.ts';
import { createJobQueue, type JobQueue } from '../../server/src/jobs/queue.ts';
import { createMailer, type Mailer } from '../../server/src/mail/mailer.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../../server/src/mail/test-smtp-receiver.ts';
import type { DeliverDeps } from '../../server/src/notifications/deliver.ts';
import { loadNotifyKeys } from '../../server/src/notifications/keys.ts';
import { startPushService } from './push-receiver.ts';

export interface NotifyHarness {
  db: Database;
  app: FastifyInstance;
  config: Config;
  smtp: SmtpReceiver;
  push: Awaited<ReturnType<typeof startPushService>>;
  deps: DeliverDeps;
  /** Queues working `notifications.deliver`, one per simulated worker. */
  workers: JobQueue[];
  close(): Promise<void>;
}

/**
 * The real app on a fresh database with a real SMTP receiver and a local push service, and
 * `workers` job queues working notifications.deliver (fast retries). The planner's cron is not
 * registered: tests drive the planners with explicit instants.
 */
export async function startNotifyHarness(opts: { workers?: number } = {}): Promise<NotifyHarness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-notify-'));
  const db = await createTestDatabase();
  const smtp = await startSmtpReceiver();
  const push = await startPushService();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MIN: '100000',
    LOGIN_RATE_LIMIT_PER_MIN: '100000',
    CLIENT_DIST: '/nonexistent',
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Cognitive Resonance <notify@cr.test>',
    PUBLIC_URL: 'https://cr.test',
  });
  const mailers: Mailer[] = [];
  const notifyKeys = await loadNotifyKeys(config);
  const makeDeps = (): DeliverDeps => {
    const mailer = createMailer(config);
    mailers.push(mailer);
    return { pool: db.pool, mailer, keys: notifyKeys, publicUrl: config.PUBLIC_URL, pushAgent: push.agent };
  };
  const deps = makeDeps();
  const workers: JobQueue[] = [];
  for (let i = 0; i < (opts.workers ?? 1); i++) {
    // Each worker has its own SMTP connection pool, as separate processes would.
    const own = i === 0 ? deps : makeDeps();
    const q = await createJobQueue(db.pool, [deliverJob(() => own, { retryLimit: 2, retryDelayS: 1, concurrency: 4 })], { pollingIntervalS: 0.5 });
    await q.work();
    workers.push(q);
  }
  const app = await buildApp({ config, pool: db.pool, keys: await loadSigningKeys(undefined, null), jobs: workers[0] ?? null });
  await app.ready();
  return {
    db,
    app,
    config,
    smtp,
    push,
    deps,
    workers,
    async close() {
      await app.close();
      for (const w of workers) await w.stop();
      for (const m of mailers) await m.close();
      await smtp.close();
      await push.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
