import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { envelopeSchema } from '@cr/shared';
import { notificationSettingsSchema, pushUnsubscribeBodySchema, unsubscribeTokenQuerySchema } from '@cr/shared/schemas/api-notifications';
import {
  KIND_LABELS,
  MAIL_FRAME,
  notificationPreferencesPatchSchema,
  pushSubscriptionSchema,
  type Language,
} from '@cr/shared/notifications/index';
import type { NotifyKeys } from '../../notifications/keys.ts';
import { createNotificationPreferences } from '../../notifications/preferences.ts';
import { verifyUnsubscribe, type UnsubscribeScope } from '../../notifications/unsubscribe-token.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createUserRepository } from '../../repositories/users.ts';

const everyone = ['student', 'coach', 'admin'] as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(reply: FastifyReply, status: number, lang: Language, title: string, lines: string[]) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
        `<body style="font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${escapeHtml(title)}</h1>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><a href="/settings">${escapeHtml(MAIL_FRAME[lang].settings)}</a></p></body></html>`,
    );
}

/**
 * The caller's notification settings and browser push subscriptions, and the one-click
 * unsubscribe link from e-mails (public: it works without signing in, authorized by its signed
 * token alone, and can only turn e-mails off).
 */
export const notificationRoutes: FastifyPluginAsync<{ pool: pg.Pool; keys: () => Promise<NotifyKeys> }> = async (base, { pool, keys }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const prefs = createNotificationPreferences(pool);
  const users = createUserRepository(pool);
  const settingsOf = async (userId: string) => ({
    ...(await prefs.get(userId)),
    push_subscriptions: await prefs.pushSubscriptionCount(userId),
    vapid_public_key: (await keys()).vapid.publicKey,
  });

  app.get(
    '/preferences',
    { config: { access: everyone }, schema: { tags: ['notifications'], security: [{ bearer: [] }], response: { 200: envelopeSchema(notificationSettingsSchema) } } },
    async (request, reply) => ok(request, reply, await settingsOf(principalOf(request).sub)),
  );

  app.put(
    '/preferences',
    {
      config: { access: everyone },
      schema: { tags: ['notifications'], security: [{ bearer: [] }], body: notificationPreferencesPatchSchema, response: { 200: envelopeSchema(notificationSettingsSchema) } },
    },
    async (request, reply) => {
      const { sub } = principalOf(request);
      await prefs.patch(sub, request.body);
      return ok(request, reply, await settingsOf(sub));
    },
  );

  app.post(
    '/push-subscriptions',
    { config: { access: everyone }, schema: { tags: ['notifications'], security: [{ bearer: [] }], body: pushSubscriptionSchema, response: { 200: envelopeSchema(notificationSettingsSchema) } } },
    async (request, reply) => {
      const { sub } = principalOf(request);
      await prefs.addPushSubscription(sub, request.body);
      return ok(request, reply, await settingsOf(sub));
    },
  );

  app.delete(
    '/push-subscriptions',
    {
      config: { access: everyone },
      schema: { tags: ['notifications'], security: [{ bearer: [] }], body: pushUnsubscribeBodySchema, response: { 200: envelopeSchema(notificationSettingsSchema) } },
    },
    async (request, reply) => {
      const { sub } = principalOf(request);
      // Only the caller's own subscription: another account's endpoint is left alone.
      await prefs.removePushSubscription(sub, request.body.endpoint);
      return ok(request, reply, await settingsOf(sub));
    },
  );

  // Mail clients POST `List-Unsubscribe=One-Click` form-encoded; the token is in the URL.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => done(null, body));
  const unsubscribe = async (reply: FastifyReply, token: string) => {
    const scope: UnsubscribeScope | null = verifyUnsubscribe((await keys()).unsubscribe, token);
    const user = scope ? await users.contactOf(scope.userId) : null;
    if (!scope || !user) return page(reply, 400, 'en', MAIL_FRAME.en.badLink, [MAIL_FRAME.hi.badLink]);
    await prefs.unsubscribeEmail(scope.userId, scope.kind);
    const f = MAIL_FRAME[user.language];
    return page(reply, 200, user.language, f.unsubscribedTitle, scope.kind === 'all' ? [f.unsubscribedAll] : [f.unsubscribedKind, KIND_LABELS[user.language][scope.kind]]);
  };

  // GET is the link in the e-mail body; POST is RFC 8058 one-click from the List-Unsubscribe header.
  app.get('/unsubscribe', { config: { access: 'public' }, schema: { tags: ['notifications'], querystring: unsubscribeTokenQuerySchema } }, async (request, reply) => unsubscribe(reply, request.query.token));
  app.post('/unsubscribe', { config: { access: 'public' }, schema: { tags: ['notifications'], querystring: unsubscribeTokenQuerySchema } }, async (request, reply) => unsubscribe(reply, request.query.token));
};
