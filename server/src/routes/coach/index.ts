import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError, envelopeSchema, userIdParamsSchema } from '@cr/shared';
import { coachCohortListSchema } from '@cr/shared/schemas/api-coach';
import { studentDashboardSchema } from '@cr/shared/schemas/api-user';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createCohortRepository } from '../../repositories/cohorts.ts';
import { createUserRepository } from '../../repositories/users.ts';
import { buildDashboard } from '../user/dashboard.ts';
import { coachDetailRoutes } from './detail.ts';

/** A coach's view of the cohorts they coach; admins may look at any student. */
export const coachRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const cohorts = createCohortRepository(pool);
  const users = createUserRepository(pool);
  // Cohort dashboard and student drill-down.
  await app.register(coachDetailRoutes, { pool });

  app.get(
    '/cohorts',
    {
      config: { access: ['coach'] },
      schema: {
        tags: ['coach'],
        security: [{ bearer: [] }],
        response: { 200: envelopeSchema(coachCohortListSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await cohorts.forCoach(principalOf(request).sub)),
  );

  app.get(
    '/students/:id/summary',
    {
      config: { access: ['coach', 'admin'] },
      schema: {
        tags: ['coach'],
        security: [{ bearer: [] }],
        params: userIdParamsSchema,
        response: { 200: envelopeSchema(studentDashboardSchema) },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const studentId = request.params.id;
      // Security: a coach sees only students of cohorts they coach; the answer for a student
      // outside them is the same 404 as for no student, so ids cannot be probed.
      if (me.role === 'coach' && !(await cohorts.coachesStudent(me.sub, studentId))) {
        throw new DomainError('NOT_FOUND', 'no such student in your cohorts', 'id');
      }
      if (!(await users.isStudent(studentId))) throw new DomainError('NOT_FOUND', 'no such student in your cohorts', 'id');
      return ok(request, reply, await buildDashboard(pool, studentId, Date.now()));
    },
  );
};
