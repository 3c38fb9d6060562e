import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, renderNotification, type NotificationKind } from '../../shared/src/notifications/index.ts';
import { SAMPLE_PARAMS } from '../../shared/src/notifications/sample-params.ts';
import { createNotifications, enqueueDeliveries, type NotificationRequest } from '../../server/src/notifications/create.ts';
import { waitFor } from '../sync/helpers/server.ts';
import { bearer, createUser, signupStudent, type SignedIn } from '../helpers/test-app.ts';
import { startNotifyHarness, type NotifyHarness } from './harness.ts';

// Every kind of notification by e-mail to a real SMTP receiver, in English and Hindi, with a
// working unsubscribe link; Web Push to a local push service that decrypts it; 410 removes the
// subscription.

let h: NotifyHarness;
let en: SignedIn;
let hi: SignedIn;

const request = <K extends NotificationKind>(userId: string, kind: K, occasion: string): NotificationRequest => ({ userId, kind, occasion, params: SAMPLE_PARAMS[kind] });
const notify = async (requests: NotificationRequest[]) => {
  const deliveries = await createNotifications(h.db.pool, requests);
  await enqueueDeliveries(h.workers[0]!, deliveries);
  return deliveries;
};
const mailsTo = (email: string) => h.smtp.received.filter((m) => m.envelope.to.includes(email));
/**
 * Delivery rows once none is in flight: a delivery is recorded as sent after the SMTP server's
 * 250, so the receiver can hold a mail while its row still says `sending` (a loaded CI machine
 * showed 15 sent and 1 sending right after the last mail arrived).
 */
const settledDeliveries = (sql: string, params: unknown[] = []) =>
  waitFor(async () => {
    const { rows } = await h.db.pool.query(sql, params);
    return rows.some((r) => r.status === 'sending') ? null : rows;
  }, 30_000, 'deliveries recorded');
const linkFrom = (text: string, label: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${label}: `));
  if (!line) throw new Error(`no "${label}" line in:\n${text}`);
  const url = new URL(line.slice(label.length + 2));
  return `${url.pathname}${url.search}`;
};

beforeAll(async () => {
  h = await startNotifyHarness();
  en = await signupStudent(h.app);
  hi = await signupStudent(h.app);
  await h.db.pool.query(`UPDATE users SET language = 'hi' WHERE id = $1`, [hi.id]);
}, 120_000);
afterAll(async () => h?.close(), 60_000);

describe('e-mail', () => {
  it('every kind arrives in the recipient’s language with one-click unsubscribe headers and links', async () => {
    const deliveries = await notify(NOTIFICATION_KINDS.flatMap((k) => [request(en.id, k, 'first'), request(hi.id, k, 'first')]));
    expect(deliveries).toHaveLength(NOTIFICATION_KINDS.length * 2);
    expect(deliveries.every((d) => d.channel === 'email')).toBe(true);
    await h.smtp.waitFor(NOTIFICATION_KINDS.length * 2, 60_000);
    for (const [user, lang] of [[en, 'en'], [hi, 'hi']] as const) {
      const mails = mailsTo(user.email);
      expect(mails).toHaveLength(NOTIFICATION_KINDS.length);
      for (const kind of NOTIFICATION_KINDS) {
        const expected = renderNotification(kind, SAMPLE_PARAMS[kind], lang, 'Asia/Kolkata');
        const mail = mails.find((m) => m.parsed.subject === expected.title);
        expect(mail, `${lang} ${kind}`).toBeDefined();
        const text = mail!.parsed.text ?? '';
        expect(text).toContain(expected.body.split('\n')[0]);
        expect(text).toContain(`https://cr.test${expected.url}`);
        expect(mail!.parsed.html || '').toContain(`lang="${lang}"`);
        expect(mail!.parsed.from?.text).toContain('notify@cr.test');
        const header = mail!.parsed.headerLines.find((l) => l.key === 'list-unsubscribe')?.line ?? '';
        expect(header).toMatch(/<https:\/\/cr\.test\/api\/notifications\/unsubscribe\?token=[^>]+>/);
        expect(mail!.parsed.headerLines.find((l) => l.key === 'list-unsubscribe-post')?.line).toContain('List-Unsubscribe=One-Click');
        if (lang === 'hi') expect(`${mail!.parsed.subject} ${text}`).toMatch(/[\u0900-\u097F]/);
      }
    }
    // Every delivery is recorded as sent, once.
    const rows = await settledDeliveries(`SELECT status, count(*)::int AS n FROM notification_deliveries GROUP BY status`);
    expect(rows).toEqual([{ status: 'sent', n: NOTIFICATION_KINDS.length * 2 }]);
  });

  it('the same (user, kind, occasion) again creates and sends nothing', async () => {
    const before = h.smtp.received.length;
    expect(await notify([request(en.id, 'reviews_due', 'first'), request(hi.id, 'benchmark_result', 'first')])).toEqual([]);
    expect(h.smtp.received.length).toBe(before);
  });

  it('the unsubscribe link in the body works without signing in, in the person’s language, and stops that kind only', async () => {
    const mail = mailsTo(hi.email).find((m) => m.parsed.subject === renderNotification('reviews_due', SAMPLE_PARAMS.reviews_due, 'hi', 'Asia/Kolkata').title)!;
    const res = await h.app.inject({ method: 'GET', url: linkFrom(mail.parsed.text ?? '', 'इस तरह के ई-मेल बंद करें') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('lang="hi"');
    expect(res.body).toContain('रोज़ की पुनरावृत्ति याद दिलाना');
    const prefs = await h.app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: bearer(hi.token) });
    expect(prefs.json().data.email_kinds).not.toContain('reviews_due');
    expect(prefs.json().data.email_kinds).toContain('benchmark_result');
    // The next reminder of that kind goes to the app only; another kind still e-mails.
    const deliveries = await notify([request(hi.id, 'reviews_due', 'second'), request(hi.id, 'benchmark_result', 'second')]);
    expect(deliveries).toHaveLength(1);
    const { rows } = await h.db.pool.query(`SELECT kind FROM notifications WHERE user_id = $1 AND occasion = 'second' ORDER BY kind`, [hi.id]);
    expect(rows.map((r) => r.kind)).toEqual(['benchmark_result', 'reviews_due']);
  });

  it('RFC 8058 one-click POST from the header turns every e-mail off; forged tokens are refused', async () => {
    const mail = mailsTo(en.email)[0]!;
    const all = linkFrom(mail.parsed.text ?? '', 'Stop all e-mails from Cognitive Resonance');
    const res = await h.app.inject({ method: 'POST', url: all, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('You will no longer get any e-mails');
    const prefs = await h.app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: bearer(en.token) });
    expect(prefs.json().data.email_kinds).toEqual([]);
    expect(await notify([request(en.id, 'benchmark_opens', 'second')])).toEqual([]);
    // A token for another person, a changed kind, or garbage: 400, nothing changes.
    const token = new URL(`https://x${all}`).searchParams.get('token')!;
    const [, , sig] = token.split('.');
    for (const forged of [`${hi.id}.all.${sig}`, `${en.id}.reviews_due.${sig}`, 'nonsense']) {
      const r = await h.app.inject({ method: 'GET', url: `/api/notifications/unsubscribe?token=${encodeURIComponent(forged)}` });
      expect(r.statusCode).toBe(400);
    }
    const hiPrefs = await h.app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: bearer(hi.token) });
    expect(hiPrefs.json().data.email_kinds).toContain('benchmark_result');
  });

  it('a temporary SMTP failure is retried with backoff and sent once', async () => {
    const fresh = await signupStudent(h.app);
    h.smtp.failNext(1, fresh.email);
    await notify([request(fresh.id, 'streak_at_risk', 'retry')]);
    await waitFor(() => mailsTo(fresh.email).length === 1 || null, 30_000, 'retried e-mail');
    const rows = await settledDeliveries(
      `SELECT d.status, d.attempts FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.user_id = $1`,
      [fresh.id],
    );
    expect(rows).toEqual([{ status: 'sent', attempts: 2 }]);
  });

  it('a delivery that fails every try is dead-lettered, shown to the admin with its error, and an admin retry sends it once', async () => {
    const admin = await createUser(h, 'admin');
    const fresh = await signupStudent(h.app);
    // retryLimit 2 in the harness: three tries in all, each refused by the SMTP server.
    h.smtp.failNext(3, fresh.email);
    const [delivery] = await notify([request(fresh.id, 'streak_at_risk', 'dead-letter')]);
    const failedJob = async () => {
      const r = await h.app.inject({ method: 'GET', url: '/api/admin/jobs?state=failed&name=notifications.deliver', headers: bearer(admin.token) });
      expect(r.statusCode).toBe(200);
      return (r.json().data as { id: string; data: { notificationId?: string }; output: unknown; retry_count: number }[]).find((j) => j.data.notificationId === delivery!.notificationId) ?? null;
    };
    const job = await waitFor(failedJob, 60_000, 'failed delivery job');
    expect(job.retry_count).toBe(2);
    expect(JSON.stringify(job.output)).toMatch(/temporar|4\d\d/i);
    expect(mailsTo(fresh.email)).toHaveLength(0);
    const dead = await h.db.pool.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notifications.deliver__dead' AND data->>'notificationId' = $1`, [delivery!.notificationId]);
    expect(dead.rows[0].n).toBe(1);
    const before = await h.db.pool.query(`SELECT status, attempts, detail FROM notification_deliveries WHERE notification_id = $1 AND channel = 'email'`, [delivery!.notificationId]);
    expect(before.rows[0]).toMatchObject({ status: 'pending', attempts: 3 });
    expect(before.rows[0].detail).toBeTruthy();

    const retry = await h.app.inject({ method: 'POST', url: `/api/admin/jobs/notifications.deliver/${job.id}/retry`, headers: bearer(admin.token) });
    expect(retry.statusCode).toBe(200);
    await waitFor(() => mailsTo(fresh.email).length === 1 || null, 30_000, 'e-mail after the admin retry');
    const after = await settledDeliveries(`SELECT status, attempts FROM notification_deliveries WHERE notification_id = $1 AND channel = 'email'`, [delivery!.notificationId]);
    expect(after[0]).toEqual({ status: 'sent', attempts: 4 });
  });
});

describe('web push', () => {
  it('a subscribed browser receives and decrypts the notification; 410 removes the subscription', async () => {
    const student = await signupStudent(h.app);
    const phone = h.push.subscribe();
    const laptop = h.push.subscribe();
    for (const b of [phone, laptop]) {
      const res = await h.app.inject({ method: 'POST', url: '/api/notifications/push-subscriptions', headers: bearer(student.token), payload: b.subscription });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data.vapid_public_key).toMatch(/^[A-Za-z0-9_-]{87}$/);
    }
    const bad = await h.app.inject({ method: 'POST', url: '/api/notifications/push-subscriptions', headers: bearer(student.token), payload: { endpoint: 'ftp://x', keys: { p256dh: 'x', auth: 'y' } } });
    expect(bad.statusCode).toBe(400);

    const deliveries = await notify([request(student.id, 'benchmark_opens', 'push-1')]);
    expect(deliveries.map((d) => d.channel).sort()).toEqual(['email', 'push']);
    await waitFor(() => h.push.received.filter((r) => r.payload && (r.payload as { kind: string }).kind === 'benchmark_opens').length === 2 || null, 30_000, 'two pushes');
    expect(h.push.errors).toEqual([]);
    const expected = renderNotification('benchmark_opens', SAMPLE_PARAMS.benchmark_opens, 'en', 'Asia/Kolkata');
    for (const r of h.push.received) {
      expect(r.payload).toMatchObject({ kind: 'benchmark_opens', title: expected.title, body: expected.body, url: '/tests' });
      expect(r.vapidAudience).toBe(h.push.origin);
      expect(Number(r.ttl)).toBeGreaterThan(0);
    }

    h.push.expire(phone.endpointId);
    await notify([request(student.id, 'benchmark_closing', 'push-2')]);
    await waitFor(
      async () => (await h.db.pool.query('SELECT endpoint FROM push_subscriptions WHERE user_id = $1', [student.id])).rows.length === 1 || null,
      30_000,
      'expired subscription removed',
    );
    const left = await h.db.pool.query('SELECT endpoint FROM push_subscriptions WHERE user_id = $1', [student.id]);
    expect(left.rows[0].endpoint).toBe(laptop.subscription.endpoint);
    await waitFor(() => h.push.received.some((r) => r.endpointId === laptop.endpointId && (r.payload as { kind: string }).kind === 'benchmark_closing') || null, 30_000, 'push to the live browser');
    expect(h.push.received.some((r) => r.endpointId === phone.endpointId && (r.payload as { kind: string }).kind === 'benchmark_closing')).toBe(false);
  });
});
