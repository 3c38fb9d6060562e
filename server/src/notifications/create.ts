import type pg from 'pg';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  renderNotification,
  type NotificationKind,
  type NotificationParams,
} from '@cr/shared/notifications/index';
import type { JobQueue } from '../jobs/queue.ts';

export const DELIVER_JOB = 'notifications.deliver';

/** One notification to create: idempotent per (userId, kind, occasion). */
export interface NotificationRequest<K extends NotificationKind = NotificationKind> {
  userId: string;
  kind: K;
  occasion: string;
  params: NotificationParams[K];
}

export interface Delivery {
  notificationId: string;
  channel: 'email' | 'push';
}

interface Recipient {
  id: string;
  language: 'en' | 'hi';
  time_zone: string | null;
  email_kinds: string[] | null;
  push_kinds: string[] | null;
  in_app_kinds: string[] | null;
  has_push: boolean;
}

/** Rows per INSERT statement: keeps each statement's parameter count far below Postgres' 65,535. */
const CHUNK = 2000;

/**
 * Creates notifications (in the recipient's language and time zone) and their pending
 * deliveries, skipping any that already exist, disabled or deleted accounts, and channels the
 * recipient turned off. Returns the deliveries to enqueue; callers enqueue them after this
 * transaction committed (`enqueueDeliveries`). A notification that already existed yields
 * nothing, so running a planner twice (or on two workers at once) creates and sends it once.
 */
export async function createNotifications(db: pg.Pool | pg.PoolClient, requests: NotificationRequest[]): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  for (let i = 0; i < requests.length; i += CHUNK) {
    const chunk = requests.slice(i, i + CHUNK);
    const ids = [...new Set(chunk.map((r) => r.userId))];
    // A minor whose guardian has not consented (or withdrew) is not processed: no notifications.
    const { rows } = await db.query<Recipient>(
      `SELECT u.id, u.language, p.time_zone, p.email_kinds, p.push_kinds, p.in_app_kinds,
              EXISTS (SELECT 1 FROM push_subscriptions s WHERE s.user_id = u.id) AS has_push
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
        WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND u.consent_status IN ('not_required', 'granted')`,
      [ids],
    );
    const recipients = new Map(rows.map((r) => [r.id, r]));
    const values: unknown[][] = [];
    for (const req of chunk) {
      const r = recipients.get(req.userId);
      if (!r) continue;
      const tz = r.time_zone ?? DEFAULT_NOTIFICATION_PREFERENCES.time_zone;
      const text = renderNotification(req.kind, req.params, r.language, tz);
      const inApp = (r.in_app_kinds ?? DEFAULT_NOTIFICATION_PREFERENCES.in_app_kinds).includes(req.kind);
      const email = (r.email_kinds ?? DEFAULT_NOTIFICATION_PREFERENCES.email_kinds).includes(req.kind);
      const push = r.has_push && (r.push_kinds ?? DEFAULT_NOTIFICATION_PREFERENCES.push_kinds).includes(req.kind);
      values.push([req.userId, req.kind, req.occasion, text.title, text.body, text.url, inApp, email, push]);
    }
    if (values.length === 0) continue;
    const col = (j: number) => values.map((v) => v[j]);
    const inserted = await db.query<{ id: string; email: boolean; push: boolean }>(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::boolean[], $9::boolean[])
           AS t(user_id, kind, occasion, title, body, url, in_app, email, push)
       ), ins AS (
         INSERT INTO notifications (user_id, kind, occasion, title, body, url, in_app)
         SELECT user_id, kind, occasion, title, body, url, in_app FROM input
         ON CONFLICT (user_id, kind, occasion) DO NOTHING
         RETURNING id, user_id, kind, occasion
       ), dl AS (
         INSERT INTO notification_deliveries (notification_id, channel)
         SELECT ins.id, c.channel FROM ins JOIN input i USING (user_id, kind, occasion)
           CROSS JOIN LATERAL (VALUES ('email', i.email), ('push', i.push)) AS c(channel, wanted)
          WHERE c.wanted
         RETURNING notification_id, channel
       )
       SELECT notification_id AS id, channel = 'email' AS email, channel = 'push' AS push FROM dl`,
      [col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), col(8)],
    );
    for (const d of inserted.rows) deliveries.push({ notificationId: d.id, channel: d.email ? 'email' : 'push' });
  }
  return deliveries;
}

/** Enqueues one `notifications.deliver` job per delivery, in batches. */
export async function enqueueDeliveries(queue: Pick<JobQueue, 'insert'>, deliveries: Delivery[]): Promise<void> {
  for (let i = 0; i < deliveries.length; i += CHUNK) await queue.insert(DELIVER_JOB, deliveries.slice(i, i + CHUNK));
}
