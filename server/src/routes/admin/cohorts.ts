import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { cohortIdParamsSchema as idParams, envelopeSchema } from '@cr/shared';
import {
  adminCohortDetailSchema,
  adminCohortListSchema,
  adminCohortSchema,
  assignmentChangedSchema,
  cohortAssignParamsSchema as assignParams,
  cohortCreateBodySchema,
  cohortDeletedSchema,
  cohortPatchBodySchema,
} from '@cr/shared/schemas/admin';
import { createCohortAdmin } from '../../coaching/cohort-admin.ts';
import { actorOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';

const admin = ['admin'] as const;
const doc = { tags: ['admin'], security: [{ bearer: [] }] };

/** Cohorts and their coach and student assignments; every change audited in its transaction. */
export const adminCohortRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const cohorts = createCohortAdmin(pool);

  app.get('/cohorts', { config: { access: admin }, schema: { ...doc, response: { 200: envelopeSchema(adminCohortListSchema) } } }, async (request, reply) =>
    ok(request, reply, await cohorts.list()),
  );

  app.get(
    '/cohorts/:id',
    { config: { access: admin }, schema: { ...doc, params: idParams, response: { 200: envelopeSchema(adminCohortDetailSchema) } } },
    async (request, reply) => ok(request, reply, await cohorts.get(request.params.id)),
  );

  app.post(
    '/cohorts',
    {
      config: { access: admin },
      schema: { ...doc, body: cohortCreateBodySchema, response: { 201: envelopeSchema(adminCohortSchema) } },
    },
    async (request, reply) => {
      const cohort = await cohorts.create(actorOf(request), request.body);
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
        body: cohortPatchBodySchema,
        response: { 200: envelopeSchema(adminCohortSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await cohorts.update(actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/cohorts/:id',
    { config: { access: admin }, schema: { ...doc, params: idParams, response: { 200: envelopeSchema(cohortDeletedSchema) } } },
    async (request, reply) => {
      await cohorts.remove(actorOf(request), request.params.id);
      return ok(request, reply, { deleted: true });
    },
  );

  app.put(
    '/cohorts/:id/:kind/:user_id',
    { config: { access: admin }, schema: { ...doc, params: assignParams, response: { 200: envelopeSchema(assignmentChangedSchema) } } },
    async (request, reply) => {
      const { id, kind, user_id } = request.params;
      const changed = await cohorts.assign(actorOf(request), id, kind === 'coaches' ? 'coach' : 'student', user_id);
      return ok(request, reply, { changed });
    },
  );

  app.delete(
    '/cohorts/:id/:kind/:user_id',
    { config: { access: admin }, schema: { ...doc, params: assignParams, response: { 200: envelopeSchema(assignmentChangedSchema) } } },
    async (request, reply) => {
      const { id, kind, user_id } = request.params;
      const changed = await cohorts.unassign(actorOf(request), id, kind === 'coaches' ? 'coach' : 'student', user_id);
      return ok(request, reply, { changed });
    },
  );
};
