import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { DomainError, envelopeSchema, roleSchema, userSchema } from '@cr/shared';
import { accountStatusChangeSchema, adminUserPageSchema, auditLogSchema } from '@cr/shared/schemas/admin';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createAuditRepository } from '../../repositories/audit.ts';
import { createUserRepository } from '../../repositories/users.ts';
import { changeRole, changeStatus } from '../../services/user-admin.ts';
import { adminCohortRoutes } from './cohorts.ts';

const admin = ['admin'] as const;

export const adminRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // Cohorts and coach/student assignments.
  await app.register(adminCohortRoutes, { pool });

  app.get(
    '/users',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: z
          .object({
            role: roleSchema.optional(),
            q: z.string().max(100).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          })
          .strict(),
        response: { 200: envelopeSchema(adminUserPageSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await createUserRepository(pool).page(request.query)),
  );

  app.patch(
    '/users/:id/role',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: z.object({ id: z.uuid({ message: 'must be a user id (UUID)' }) }).strict(),
        body: z.object({ role: roleSchema }).strict(),
        response: { 200: envelopeSchema(userSchema) },
      },
    },
    async (request, reply) => {
      const actorId = principalOf(request).sub;
      if (request.params.id === actorId) throw new DomainError('FORBIDDEN', 'admins cannot change their own role', 'id');
      const user = await changeRole(pool, { actorId, ip: request.ip }, request.params.id, request.body.role);
      // Open streams of this user re-check their account now (not at the next keepalive).
      request.server.sync.recheck(user.id);
      return ok(request, reply, user);
    },
  );

  app.patch(
    '/users/:id/status',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: z.object({ id: z.uuid({ message: 'must be a user id (UUID)' }) }).strict(),
        // deletion_pending is set and cleared only by the account's owner (deletion flow).
        body: z.object({ status: z.enum(['active', 'disabled']) }).strict(),
        response: { 200: envelopeSchema(accountStatusChangeSchema) },
      },
    },
    async (request, reply) => {
      const actor = principalOf(request).sub;
      const { id } = request.params;
      const { status } = request.body;
      if (id === actor) throw new DomainError('FORBIDDEN', 'admins cannot change their own account status', 'id');
      const revoked = await changeStatus(pool, { actorId: actor, ip: request.ip }, id, status);
      request.server.sync.recheck(id);
      return ok(request, reply, { id, status, sessions_revoked: revoked });
    },
  );

  app.get(
    '/audit-log',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: z
          .object({
            action: z.string().max(100).optional(),
            actor_id: z.uuid().optional(),
            /** Part of the actor's name or e-mail (case-insensitive). */
            actor: z.string().trim().min(1).max(100).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          })
          .strict(),
        response: { 200: envelopeSchema(auditLogSchema) },
      },
    },
    async (request, reply) => {
      const { action, actor_id, actor, limit } = request.query;
      return ok(request, reply, await createAuditRepository(pool).list({ action, actorId: actor_id, actor, limit }));
    },
  );
};
