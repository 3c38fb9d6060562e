import type pg from 'pg';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  notificationPreferencesSchema,
  type NotificationKind,
  type NotificationPreferences,
  type PushSubscriptionInput,
} from '@cr/shared/notifications/index';

const COLUMNS = 'time_zone, reminder_minute, quiet_start, quiet_end, email_kinds, push_kinds, in_app_kinds';

/** Preferences and push subscriptions: a plain factory over the pool. */
export function createNotificationPreferences(pool: pg.Pool | pg.PoolClient) {
  async function get(userId: string): Promise<NotificationPreferences> {
    const { rows } = await pool.query<NotificationPreferences>(`SELECT ${COLUMNS} FROM notification_preferences WHERE user_id = $1`, [userId]);
    return rows[0] ?? DEFAULT_NOTIFICATION_PREFERENCES;
  }

  async function put(userId: string, prefs: NotificationPreferences): Promise<NotificationPreferences> {
    const p = notificationPreferencesSchema.parse(prefs);
    await pool.query(
      `INSERT INTO notification_preferences (user_id, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (user_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, reminder_minute = EXCLUDED.reminder_minute,
         quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, email_kinds = EXCLUDED.email_kinds,
         push_kinds = EXCLUDED.push_kinds, in_app_kinds = EXCLUDED.in_app_kinds, updated_at = now()`,
      [userId, p.time_zone, p.reminder_minute, p.quiet_start, p.quiet_end, JSON.stringify(p.email_kinds), JSON.stringify(p.push_kinds), JSON.stringify(p.in_app_kinds)],
    );
    return p;
  }

  return {
    get,
    put,
    async patch(userId: string, patch: Partial<NotificationPreferences>): Promise<NotificationPreferences> {
      return put(userId, { ...(await get(userId)), ...patch });
    },
    /** Turns e-mail off for one kind or all kinds (the unsubscribe link); idempotent. */
    async unsubscribeEmail(userId: string, kind: NotificationKind | 'all'): Promise<NotificationPreferences> {
      const current = await get(userId);
      return put(userId, { ...current, email_kinds: kind === 'all' ? [] : current.email_kinds.filter((k) => k !== kind) });
    },
    async addPushSubscription(userId: string, sub: PushSubscriptionInput): Promise<void> {
      // An endpoint belongs to one browser profile; re-subscribing it under another account moves it.
      await pool.query(
        `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
         ON CONFLICT (endpoint) DO UPDATE SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, created_at = now()`,
        [userId, sub.endpoint, sub.keys.p256dh, sub.keys.auth],
      );
    },
    async removePushSubscription(userId: string, endpoint: string): Promise<boolean> {
      const r = await pool.query('DELETE FROM push_subscriptions WHERE user_id = $1 AND endpoint = $2', [userId, endpoint]);
      return (r.rowCount ?? 0) > 0;
    },
    async pushSubscriptionCount(userId: string): Promise<number> {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM push_subscriptions WHERE user_id = $1', [userId]);
      return rows[0]?.n ?? 0;
    },
  };
}
