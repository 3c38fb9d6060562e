import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError, envelopeSchema, profilePatchSchema, userSchema } from '@cr/shared';
import { studentDashboardSchema, studyPhaseSchema } from '@cr/shared/schemas/api-user';
import { serverHlc } from '../../lib/server-hlc.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createUserRepository } from '../../repositories/users.ts';
import { DASHBOARD_VERSION_SQL } from '../../repositories/dashboard.ts';
import { buildDashboard, buildPhase } from './dashboard.ts';

const everyone = ['student', 'coach', 'admin'] as const;

/** The caller's own account. No route here takes a user id: nobody can address another's data. */
export const userRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const users = createUserRepository(pool);
  const profile = envelopeSchema(userSchema);

  app.get('/profile', { config: { access: everyone }, schema: { tags: ['user'], security: [{ bearer: [] }], response: { 200: profile } } }, async (request, reply) => {
    const user = await users.findById(principalOf(request).sub);
    if (!user) throw new DomainError('NOT_FOUND', 'account not found');
    return ok(request, reply, user);
  });

  app.patch(
    '/profile',
    { config: { access: everyone }, schema: { tags: ['user'], security: [{ bearer: [] }], body: profilePatchSchema, response: { 200: profile } } },
    async (request, reply) => {
      const { sub, role } = principalOf(request);
      const patch = request.body;
      if (role !== 'student' && patch.standard !== undefined) {
        throw new DomainError('VALIDATION_ERROR', 'only students have a class', 'standard');
      }
      if (patch.exam_target !== undefined && patch.exam_target <= new Date().toISOString().slice(0, 10)) {
        throw new DomainError('VALIDATION_ERROR', 'exam target must be a future date', 'exam_target');
      }
      const user = await users.patchProfile(sub, patch, serverHlc());
      if (!user) throw new DomainError('NOT_FOUND', 'account not found');
      return ok(request, reply, user);
    },
  );

  app.get(
    '/dashboard',
    {
      // The cached part's validity is read with the account check: one statement per request.
      config: { access: ['student'], accountAlso: DASHBOARD_VERSION_SQL },
      schema: { tags: ['user'], security: [{ bearer: [] }], response: { 200: envelopeSchema(studentDashboardSchema) } },
    },
    async (request, reply) => ok(request, reply, await buildDashboard(pool, principalOf(request).sub, Date.now(), request.accountAlso as string)),
  );

  app.get(
    '/phase',
    { config: { access: ['student'] }, schema: { tags: ['user'], security: [{ bearer: [] }], response: { 200: envelopeSchema(studyPhaseSchema) } } },
    async (request, reply) => ok(request, reply, await buildPhase(pool, principalOf(request).sub, Date.now())),
  );
};
