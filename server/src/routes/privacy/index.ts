import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import {
  adminDeletionBodySchema,
  adminDeletionParamsSchema,
  cancelDeletionBodySchema,
  consentInfoSchema,
  deletionPreviewSchema,
  deletionRequestBodySchema,
  deletionStatusSchema,
  DomainError,
  envelopeSchema,
  guardianLinkSchema,
  guardianRequestBodySchema,
  guardianTokenBodySchema,
  sessionSchema,
} from '@cr/shared';
import { dataExportSchema } from '@cr/shared/schemas/api-user';
import type { AuthService } from '../../auth/auth-service.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import type { ConsentService } from '../../privacy/consent.ts';
import type { DeletionService } from '../../privacy/deletion.ts';
import { exportUserData } from '../../privacy/user-data.ts';
import { createUserRepository } from '../../repositories/users.ts';

const everyone = ['student', 'coach', 'admin'] as const;
const ctx = (request: { ip: string }) => ({ ip: request.ip });
const bearer = [{ bearer: [] }];

export interface PrivacyRouteOptions {
  pool: pg.Pool;
  auth: AuthService;
  deletion: DeletionService;
  consent: ConsentService;
  /** Sign-in rate (per minute per client) also applied to the password-checking routes here. */
  loginRateLimit: number;
}

/** Account deletion, export and guardian consent (docs/data-rights.md). Mounted at /api. */
export const privacyRoutes: FastifyPluginAsync<PrivacyRouteOptions> = async (base, { pool, auth, deletion, consent, loginRateLimit }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const limited = { rateLimit: { max: loginRateLimit, timeWindow: 60_000 } };

  app.get(
    '/user/data-export',
    { config: { access: everyone }, schema: { tags: ['privacy'], security: bearer, response: { 200: envelopeSchema(dataExportSchema) } } },
    async (request, reply) => {
      const data = await exportUserData(pool, principalOf(request).sub, new Date());
      reply.header('content-disposition', 'attachment; filename="cognitive-resonance-export.json"');
      return ok(request, reply, { ...data });
    },
  );

  app.get(
    '/user/account/deletion-preview',
    { config: { access: everyone }, schema: { tags: ['privacy'], security: bearer, response: { 200: envelopeSchema(deletionPreviewSchema) } } },
    async (request, reply) => ok(request, reply, await deletion.preview(principalOf(request).sub)),
  );

  app.delete(
    '/user/account',
    { config: { access: everyone, ...limited }, schema: { tags: ['privacy'], security: bearer, body: deletionRequestBodySchema, response: { 202: envelopeSchema(deletionStatusSchema) } } },
    async (request, reply) => {
      const status = await deletion.request(principalOf(request).sub, request.body.password, ctx(request));
      return reply.status(202).send(ok(request, reply, status));
    },
  );

  app.post(
    '/auth/cancel-deletion',
    { config: { access: 'public', ...limited }, schema: { tags: ['privacy'], body: cancelDeletionBodySchema, response: { 200: envelopeSchema(sessionSchema) } } },
    async (request, reply) => {
      const userId = await deletion.cancel(request.body.email, request.body.password, ctx(request));
      return ok(request, reply, await auth.sessionFor(userId, ctx(request)));
    },
  );

  app.post(
    '/admin/users/:id/deletion',
    {
      config: { access: ['admin'] },
      schema: { tags: ['privacy'], security: bearer, params: adminDeletionParamsSchema, body: adminDeletionBodySchema, response: { 202: envelopeSchema(deletionStatusSchema) } },
    },
    async (request, reply) => {
      const status = await deletion.requestByAdmin(principalOf(request).sub, request.params.id, request.body.reason, ctx(request));
      return reply.status(202).send(ok(request, reply, status));
    },
  );

  app.get(
    '/user/consent',
    { config: { access: ['student'] }, schema: { tags: ['privacy'], security: bearer, response: { 200: envelopeSchema(consentInfoSchema) } } },
    async (request, reply) => ok(request, reply, await consent.info(principalOf(request).sub)),
  );

  app.post(
    '/user/consent/guardian',
    { config: { access: ['student'], rateLimit: { max: 5, timeWindow: 3_600_000 } }, schema: { tags: ['privacy'], security: bearer, body: guardianRequestBodySchema, response: { 200: envelopeSchema(consentInfoSchema) } } },
    async (request, reply) => {
      const { sub } = principalOf(request);
      const own = await createUserRepository(pool).contactOf(sub);
      if (own?.email === request.body.guardian_email) {
        throw new DomainError('VALIDATION_ERROR', "the guardian's e-mail must be their own, not the student's", 'guardian_email');
      }
      return ok(request, reply, await consent.resend(sub, request.body.guardian_email, request.ip));
    },
  );

  // The guardian's side: no account, the e-mailed token is the credential (POST, so it is never
  // in a URL that proxies log).
  const guardianRoute = { config: { access: 'public' as const, ...limited }, schema: { tags: ['privacy'], body: guardianTokenBodySchema, response: { 200: envelopeSchema(guardianLinkSchema) } } };
  app.post('/consent/guardian/describe', guardianRoute, async (request, reply) => ok(request, reply, await consent.describe(request.body.token)));
  app.post('/consent/guardian/confirm', guardianRoute, async (request, reply) => ok(request, reply, await consent.confirm(request.body.token, request.ip)));
  app.post('/consent/guardian/withdraw', guardianRoute, async (request, reply) => ok(request, reply, await consent.withdraw(request.body.token, request.ip)));
  app.post(
    '/consent/guardian/delete-account',
    { config: { access: 'public', ...limited }, schema: { tags: ['privacy'], body: guardianTokenBodySchema, response: { 202: envelopeSchema(deletionStatusSchema) } } },
    async (request, reply) => {
      const link = await consent.describe(request.body.token);
      // A guardian who consented must withdraw first: deletion follows a withdrawal or a refusal.
      if (link.consent_status === 'granted') throw new DomainError('CONFLICT', 'withdraw consent first, then the account can be deleted');
      const status = await deletion.requestByGuardian(await consent.userOfLink(request.body.token), ctx(request));
      return reply.status(202).send(ok(request, reply, status));
    },
  );
};
