import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { cohortIdParamsSchema, DomainError, envelopeSchema, userIdParamsSchema } from '@cr/shared';
import { cohortDashboardPageSchema, cohortPageQuerySchema, studentDrilldownSchema } from '@cr/shared/schemas/api-coach';
import { buildDrilldown, cohortDashboard, decodeCohortCursor } from '../../coaching/drilldown.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createCohortRepository } from '../../repositories/cohorts.ts';
import { createUserRepository } from '../../repositories/users.ts';

const doc = { tags: ['coach'], security: [{ bearer: [] }] };

/** On-demand coach views: a cohort's dashboard (online twin of the synced rows) and a student's drill-down. */
export const coachDetailRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const cohorts = createCohortRepository(pool);
  const users = createUserRepository(pool);

  app.get(
    '/cohorts/:id/dashboard',
    {
      config: { access: ['coach', 'admin'] },
      schema: {
        ...doc,
        params: cohortIdParamsSchema,
        querystring: cohortPageQuerySchema,
        response: { 200: envelopeSchema(cohortDashboardPageSchema) },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const id = request.params.id;
      const after = request.query.after === undefined ? null : decodeCohortCursor(request.query.after);
      if (request.query.after !== undefined && after === null) throw new DomainError('VALIDATION_ERROR', 'must be the `next` cursor of the previous page', 'after');
      // Security: a coach sees only cohorts they coach; others get the same 404 as a missing cohort.
      if (!(await cohorts.visibleTo(me, id))) throw new DomainError('NOT_FOUND', 'no such cohort among yours', 'id');
      return ok(request, reply, await cohortDashboard(pool, id, { limit: request.query.limit, after }));
    },
  );

  app.get(
    '/students/:id/detail',
    {
      config: { access: ['coach', 'admin'] },
      schema: { ...doc, params: userIdParamsSchema, response: { 200: envelopeSchema(studentDrilldownSchema) } },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const studentId = request.params.id;
      // Security: same rule and same 404 as /students/:id/summary, so ids cannot be probed.
      if (me.role === 'coach' && !(await cohorts.coachesStudent(me.sub, studentId))) {
        throw new DomainError('NOT_FOUND', 'no such student in your cohorts', 'id');
      }
      if (!(await users.isStudent(studentId))) throw new DomainError('NOT_FOUND', 'no such student in your cohorts', 'id');
      return ok(request, reply, await buildDrilldown(pool, studentId));
    },
  );
};
