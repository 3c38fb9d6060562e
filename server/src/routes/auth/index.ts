import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { envelopeSchema, loginBodySchema, logoutBodySchema, refreshBodySchema, sessionSchema, signupBodySchema } from '@cr/shared';
import { signedOutSchema } from '@cr/shared/schemas/api-user';
import { LoginDelayedError, type AuthService } from '../../auth/auth-service.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';

export const authRoutes: FastifyPluginAsync<{ auth: AuthService; loginRateLimit: number }> = async (base, { auth, loginRateLimit }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const session = envelopeSchema(sessionSchema);
  const ctx = (request: { ip: string }) => ({ ip: request.ip });

  app.post(
    '/signup',
    { config: { access: 'public' }, schema: { tags: ['auth'], body: signupBodySchema, response: { 201: session } } },
    async (request, reply) => {
      const result = await auth.signup(request.body, ctx(request));
      return reply.status(201).send(ok(request, reply, result));
    },
  );

  app.post(
    '/login',
    {
      // Security: per client address only. A bearer header on a sign-in proves nothing, so it
      // never picks the bucket (forged subjects would each get a fresh budget).
      config: { access: 'public', rateLimit: { max: loginRateLimit, timeWindow: 60_000, keyGenerator: (request) => `login|${request.ip}` } },
      schema: { tags: ['auth'], body: loginBodySchema, response: { 200: session } },
    },
    async (request, reply) => {
      try {
        return ok(request, reply, await auth.login(request.body, ctx(request)));
      } catch (error) {
        if (error instanceof LoginDelayedError) void reply.header('retry-after', String(error.retryAfterS));
        throw error;
      }
    },
  );

  app.post(
    '/refresh',
    { config: { access: 'public' }, schema: { tags: ['auth'], body: refreshBodySchema, response: { 200: session } } },
    async (request, reply) => ok(request, reply, await auth.refresh(request.body.refresh_token, ctx(request))),
  );

  app.post(
    '/logout',
    {
      config: { access: ['student', 'coach', 'admin'] },
      schema: { tags: ['auth'], security: [{ bearer: [] }], body: logoutBodySchema, response: { 200: envelopeSchema(signedOutSchema) } },
    },
    async (request, reply) => {
      await auth.logout(request.body.refresh_token, principalOf(request).sub, ctx(request));
      return ok(request, reply, { signed_out: true });
    },
  );
};
