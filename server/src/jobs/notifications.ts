import type pg from 'pg';
import { loadConfig, type Config } from '../config.ts';
import { createMailer, type Mailer } from '../mail/mailer.ts';
import { createNotifications, DELIVER_JOB, enqueueDeliveries, type Delivery, type NotificationRequest } from '../notifications/create.ts';
import { deliver, type DeliverDeps } from '../notifications/deliver.ts';
import { loadNotifyKeys, type NotifyKeys } from '../notifications/keys.ts';
import { planBenchmarkNotices, planCoachDigests, planReviewReminders, planStreakReminders, planUnreadMessages } from '../notifications/planner.ts';
import type { JobDefinition, JobQueue } from './queue.ts';

export const PLAN_JOB = 'notifications.plan';

export type NotifySettings = Pick<
  Config,
  'DATA_DIR' | 'PUBLIC_URL' | 'SMTP_URL' | 'SMTP_MAX_CONNECTIONS' | 'MAIL_FROM' | 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY' | 'VAPID_SUBJECT' | 'UNSUBSCRIBE_SECRET' | 'NOTIFY_UNREAD_MINUTES' | 'BURNOUT_ALERT_THRESHOLD'
>;

/** Every planner at `nowMs`: create what is due (idempotently) and enqueue its deliveries. Returns how many deliveries were enqueued. */
export async function runPlanners(pool: pg.Pool, queue: Pick<JobQueue, 'insert'>, nowMs: number, settings: Pick<NotifySettings, 'NOTIFY_UNREAD_MINUTES' | 'BURNOUT_ALERT_THRESHOLD'>): Promise<number> {
  const requests: NotificationRequest[] = [
    ...(await planReviewReminders(pool, nowMs)),
    ...(await planStreakReminders(pool, nowMs)),
    ...(await planBenchmarkNotices(pool, nowMs)),
    ...(await planUnreadMessages(pool, nowMs, settings.NOTIFY_UNREAD_MINUTES)),
    ...(await planCoachDigests(pool, nowMs, settings.BURNOUT_ALERT_THRESHOLD)),
  ];
  const deliveries = await createNotifications(pool, requests);
  // Deliveries whose job was lost (the process died between commit and enqueue) are sent again;
  // the claim in deliver() makes a duplicate job harmless.
  const { rows: lost } = await pool.query<{ notificationId: string; channel: 'email' | 'push' }>(
    `SELECT notification_id AS "notificationId", channel FROM notification_deliveries
      WHERE status = 'pending' AND attempts = 0 AND created_at < now() - interval '1 hour' LIMIT 10000`,
  );
  const all: Delivery[] = [...deliveries, ...lost];
  await enqueueDeliveries(queue, all);
  return all.length;
}

/**
 * The notification jobs: `notifications.plan` every minute (cron, UTC) and
 * `notifications.deliver` per (notification, channel), retried 5 times with exponential backoff
 * from 30 s; after that the job waits in `notifications.deliver__dead` for an admin.
 */
export function notificationJobs(pool: pg.Pool, partial: Partial<NotifySettings> = {}): JobDefinition<never>[] {
  const settings: NotifySettings = { ...loadConfig({}), ...partial };
  let mailer: Mailer | null = null;
  let keys: Promise<NotifyKeys> | null = null;
  const deps = async () => {
    mailer ??= createMailer({ ...loadConfig({}), ...settings });
    keys ??= loadNotifyKeys(settings);
    return { pool, mailer, keys: await keys, publicUrl: settings.PUBLIC_URL };
  };
  const plan: JobDefinition<Record<string, never>> = {
    name: PLAN_JOB,
    cron: '* * * * *',
    retryLimit: 0,
    expireInSeconds: 600,
    policy: 'singleton',
    async handler(_data, ctx) {
      await runPlanners(pool, ctx.queue, Date.now(), settings);
    },
  };
  return [plan, deliverJob(deps)];
}

/** `notifications.deliver` over the given senders; retried 5 times, backoff from 30 s unless `retry` says otherwise. */
export function deliverJob(deps: () => Promise<DeliverDeps> | DeliverDeps, retry: { retryLimit?: number; retryDelayS?: number; concurrency?: number; batchSize?: number } = {}): JobDefinition<never> {
  const job: JobDefinition<Delivery> = {
    name: DELIVER_JOB,
    retryLimit: retry.retryLimit ?? 5,
    retryDelayS: retry.retryDelayS ?? 30,
    concurrency: retry.concurrency ?? 2,
    // deliver() claims each delivery, so re-running a batch after one failure re-sends nothing.
    batchSize: retry.batchSize ?? 20,
    expireInSeconds: 300,
    async handler(data) {
      await deliver(await deps(), data);
    },
  };
  return job;
}
