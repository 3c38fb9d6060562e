import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError, envelopeSchema, userIdParamsSchema, userSchema } from '@cr/shared';
import {
  accountStatusChangeSchema,
  adminUserPageSchema,
  adminUsersQuerySchema,
  auditLogSchema,
  auditQuerySchema,
  roleChangeBodySchema,
  statusChangeBodySchema,
} from '@cr/shared/schemas/admin';
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
        querystring: adminUsersQuerySchema,
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
        params: userIdParamsSchema,
        body: roleChangeBodySchema,
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
        params: userIdParamsSchema,
        body: statusChangeBodySchema,
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
        querystring: auditQuerySchema,
        response: { 200: envelopeSchema(auditLogSchema) },
      },
    },
    async (request, reply) => {
      const { action, actor_id, actor, limit } = request.query;
      return ok(request, reply, await createAuditRepository(pool).list({ action, actorId: actor_id, actor, limit }));
    },
  );
};
