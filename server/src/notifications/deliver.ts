import type { Agent } from 'node:https';
import type pg from 'pg';
import webpush, { WebPushError } from 'web-push';
import { MAIL_FRAME, type Language, type NotificationKind } from '@cr/shared/notifications/index';
import type { Mailer } from '../mail/mailer.ts';
import type { Delivery } from './create.ts';
import type { NotifyKeys } from './keys.ts';
import { signUnsubscribe } from './unsubscribe-token.ts';

export interface DeliverDeps {
  pool: pg.Pool;
  mailer: Mailer;
  keys: NotifyKeys;
  /** Public origin for links in e-mails (PUBLIC_URL). */
  publicUrl: string;
  /** Seconds a push service keeps an undelivered message for an offline browser. */
  pushTtlS?: number;
  /** How long a claimed delivery is held before another worker may take it over (s). */
  leaseS?: number;
  /** HTTPS agent for push services (tests trust their local push service's certificate). */
  pushAgent?: Agent;
}

export type DeliverOutcome = 'sent' | 'skipped' | 'already';

interface Claimed {
  user_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  url: string;
  email: string;
  language: Language;
  status: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail for one notification: plain text and HTML, with one-click unsubscribe (RFC 8058). */
export function composeEmail(n: Pick<Claimed, 'user_id' | 'kind' | 'title' | 'body' | 'url' | 'language' | 'email'>, deps: Pick<DeliverDeps, 'keys' | 'publicUrl'>) {
  const base = deps.publicUrl.replace(/\/$/, '');
  const frame = MAIL_FRAME[n.language];
  const unsubKind = `${base}/api/notifications/unsubscribe?token=${signUnsubscribe(deps.keys.unsubscribe, { userId: n.user_id, kind: n.kind })}`;
  const unsubAll = `${base}/api/notifications/unsubscribe?token=${signUnsubscribe(deps.keys.unsubscribe, { userId: n.user_id, kind: 'all' })}`;
  const open = `${base}${n.url}`;
  const text = [n.body, '', `${frame.open}: ${open}`, '', '—', frame.why, `${frame.unsubscribeKind}: ${unsubKind}`, `${frame.unsubscribeAll}: ${unsubAll}`, `${frame.settings}: ${base}/settings`].join('\n');
  const html = `<!doctype html><html lang="${n.language}"><body style="font-family:sans-serif;line-height:1.5">
<h1 style="font-size:1.2em">${escapeHtml(n.title)}</h1>
${n.body.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(open)}">${escapeHtml(frame.open)}</a></p>
<hr><p style="font-size:.85em;color:#555">${escapeHtml(frame.why)}<br>
<a href="${escapeHtml(unsubKind)}">${escapeHtml(frame.unsubscribeKind)}</a> · <a href="${escapeHtml(unsubAll)}">${escapeHtml(frame.unsubscribeAll)}</a> · <a href="${escapeHtml(`${base}/settings`)}">${escapeHtml(frame.settings)}</a></p>
</body></html>`;
  return {
    to: n.email,
    subject: n.title,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${unsubKind}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/**
 * Delivers one (notification, channel). The claim is one UPDATE from `pending` (or a `sending`
 * whose lease expired) to `sending`, so of two workers holding jobs for the same delivery only
 * one sends; `sent` is final. A failure puts the delivery back to `pending` and throws, so the
 * job is retried with backoff and, after its last try, lands in the dead-letter queue. A sender
 * that dies between the send and marking it sent is the one case that can send twice (after the
 * lease); SMTP offers no way to make that atomic.
 */
export async function deliver(deps: DeliverDeps, d: Delivery): Promise<DeliverOutcome> {
  const leaseS = deps.leaseS ?? 300;
  const { rows } = await deps.pool.query<Claimed>(
    `UPDATE notification_deliveries d SET status = 'sending', attempts = attempts + 1, lease_until = now() + make_interval(secs => $3)
       FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE d.notification_id = $1 AND d.channel = $2 AND n.id = d.notification_id
        AND (d.status = 'pending' OR (d.status = 'sending' AND d.lease_until < now()))
      RETURNING n.user_id, n.kind, n.title, n.body, n.url, u.email, u.language, u.status`,
    [d.notificationId, d.channel, leaseS],
  );
  const n = rows[0];
  if (!n) return 'already';
  const finish = (status: 'sent' | 'skipped', detail: string | null) =>
    deps.pool.query(`UPDATE notification_deliveries SET status = $3, sent_at = CASE WHEN $3 = 'sent' THEN now() END, lease_until = NULL, detail = $4 WHERE notification_id = $1 AND channel = $2`, [
      d.notificationId,
      d.channel,
      status,
      detail,
    ]);
  try {
    if (n.status !== 'active') {
      await finish('skipped', `account ${n.status}`);
      return 'skipped';
    }
    if (d.channel === 'email') {
      // Preferences may have changed since the notification was created (an unsubscribe click).
      const pref = await deps.pool.query<{ on: boolean }>(`SELECT email_kinds ? $2 AS on FROM notification_preferences WHERE user_id = $1`, [n.user_id, n.kind]);
      if (pref.rows[0] && !pref.rows[0].on) {
        await finish('skipped', 'e-mail turned off');
        return 'skipped';
      }
      const { messageId } = await deps.mailer.send(composeEmail(n, deps));
      await finish('sent', messageId.slice(0, 200));
      return 'sent';
    }
    const outcome = await sendPush(deps, n, d.notificationId);
    await finish(outcome === 'sent' ? 'sent' : 'skipped', outcome === 'sent' ? null : 'no push subscription');
    return outcome;
  } catch (error) {
    await deps.pool.query(`UPDATE notification_deliveries SET status = 'pending', lease_until = NULL, detail = $3 WHERE notification_id = $1 AND channel = $2 AND status = 'sending'`, [
      d.notificationId,
      d.channel,
      String((error as Error).message ?? error).slice(0, 1000),
    ]);
    throw error;
  }
}

async function sendPush(deps: DeliverDeps, n: Claimed, notificationId: string): Promise<'sent' | 'skipped'> {
  const subs = await deps.pool.query<{ id: string; endpoint: string; p256dh: string; auth: string }>('SELECT id, endpoint, p256dh, auth FROM push_subscriptions WHERE user_id = $1', [n.user_id]);
  if (subs.rows.length === 0) return 'skipped';
  const payload = JSON.stringify({ id: notificationId, kind: n.kind, title: n.title, body: n.body, url: n.url });
  let delivered = 0;
  let lastError: Error | null = null;
  for (const s of subs.rows) {
    try {
      await webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, payload, {
        vapidDetails: deps.keys.vapid,
        TTL: deps.pushTtlS ?? 86_400,
        contentEncoding: 'aes128gcm',
        urgency: 'normal',
        ...(deps.pushAgent ? { agent: deps.pushAgent } : {}),
      });
      delivered += 1;
      await deps.pool.query('UPDATE push_subscriptions SET last_sent_at = now() WHERE id = $1', [s.id]);
    } catch (error) {
      // 404/410: the browser unsubscribed or the subscription expired; it will never work again.
      if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) {
        await deps.pool.query('DELETE FROM push_subscriptions WHERE id = $1', [s.id]);
        continue;
      }
      lastError = error instanceof Error ? error : new Error(String(error));
    }
  }
  // Retry only when no browser got it: retrying would repeat it on those that did.
  if (delivered === 0 && lastError) throw lastError;
  return delivered > 0 ? 'sent' : 'skipped';
}
