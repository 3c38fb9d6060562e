import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { envelopeSchema } from '@cr/shared';
import { adminCohortDetailSchema, adminCohortListSchema, adminCohortSchema, assignmentChangedSchema, cohortDeletedSchema } from '@cr/shared/schemas/admin';
import { createCohortAdmin } from '../../coaching/cohort-admin.ts';
import { withTransaction } from '../../db/database.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';

const admin = ['admin'] as const;
const standard = z.union([z.literal(11), z.literal(12)]).nullable();
const idParams = z.object({ id: z.uuid({ message: 'must be a cohort id (UUID)' }) }).strict();
const assignParams = z
  .object({ id: z.uuid({ message: 'must be a cohort id (UUID)' }), kind: z.enum(['coaches', 'students']), user_id: z.uuid({ message: 'must be a user id (UUID)' }) })
  .strict();
const doc = { tags: ['admin'], security: [{ bearer: [] }] };

/** Cohorts and their coach and student assignments; every change audited in its transaction. */
export const adminCohortRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const actorOf = (request: Parameters<typeof principalOf>[0] & { ip: string }) => ({ id: principalOf(request).sub, ip: request.ip });

  app.get('/cohorts', { config: { access: admin }, schema: { ...doc, response: { 200: envelopeSchema(adminCohortListSchema) } } }, async (request, reply) =>
    ok(request, reply, await createCohortAdmin(pool).list()),
  );

  app.get(
    '/cohorts/:id',
    { config: { access: admin }, schema: { ...doc, params: idParams, response: { 200: envelopeSchema(adminCohortDetailSchema) } } },
    async (request, reply) => ok(request, reply, await createCohortAdmin(pool).get(request.params.id)),
  );

  app.post(
    '/cohorts',
    {
      config: { access: admin },
      schema: { ...doc, body: z.object({ name: z.string().trim().min(1).max(120), standard: standard.default(null) }).strict(), response: { 201: envelopeSchema(adminCohortSchema) } },
    },
    async (request, reply) => {
      const cohort = await withTransaction(pool, (q) => createCohortAdmin(q).create(actorOf(request), request.body));
      reply.code(201);
      return ok(request, reply, cohort);
    },
  );

  app.patch(
    '/cohorts/:id',
    {
      config: { access: admin },
      schema: {
        ...doc,
        params: idParams,
        body: z.object({ name: z.string().trim().min(1).max(120), standard }).partial().strict(),
        response: { 200: envelopeSchema(adminCohortSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await withTransaction(pool, (q) => createCohortAdmin(q).update(actorOf(request), request.params.id, request.body))),
  );

  app.delete(
    '/cohorts/:id',
    { config: { access: admin }, schema: { ...doc, params: idParams, response: { 200: envelopeSchema(cohortDeletedSchema) } } },
    async (request, reply) => {
      await withTransaction(pool, (q) => createCohortAdmin(q).remove(actorOf(request), request.params.id));
      return ok(request, reply, { deleted: true });
    },
  );

  app.put(
    '/cohorts/:id/:kind/:user_id',
    { config: { access: admin }, schema: { ...doc, params: assignParams, response: { 200: envelopeSchema(assignmentChangedSchema) } } },
    async (request, reply) => {
      const { id, kind, user_id } = request.params;
      const changed = await withTransaction(pool, (q) => createCohortAdmin(q).assign(actorOf(request), id, kind === 'coaches' ? 'coach' : 'student', user_id));
      return ok(request, reply, { changed });
    },
  );

  app.delete(
    '/cohorts/:id/:kind/:user_id',
    { config: { access: admin }, schema: { ...doc, params: assignParams, response: { 200: envelopeSchema(assignmentChangedSchema) } } },
    async (request, reply) => {
      const { id, kind, user_id } = request.params;
      const changed = await withTransaction(pool, (q) => createCohortAdmin(q).unassign(actorOf(request), id, kind === 'coaches' ? 'coach' : 'student', user_id));
      return ok(request, reply, { changed });
    },
  );
};
