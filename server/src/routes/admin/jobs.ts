import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError, envelopeSchema } from '@cr/shared';
import { adminJobListSchema, jobParamsSchema, jobRetriedSchema, jobsQuerySchema } from '@cr/shared/schemas/admin';
import type { JobQueue } from '../../jobs/queue.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createAuditRepository } from '../../repositories/audit.ts';
import { createJobRepository } from '../../repositories/jobs.ts';

/** Admins see jobs by state (failed ones with their error) and retry them. */
export const adminJobRoutes: FastifyPluginAsync<{ pool: pg.Pool; jobs: JobQueue | null }> = async (base, { pool, jobs }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/jobs',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: jobsQuerySchema,
        response: { 200: envelopeSchema(adminJobListSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await createJobRepository(pool).list(request.query)),
  );

  app.post(
    '/jobs/:name/:id/retry',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: jobParamsSchema,
        response: { 200: envelopeSchema(jobRetriedSchema) },
      },
    },
    async (request, reply) => {
      if (!jobs) throw new DomainError('UNAVAILABLE', 'the job queue is not running in this process');
      const { name, id } = request.params;
      if (!(await jobs.boss.getQueue(name))) throw new DomainError('NOT_FOUND', `no job queue named ${name}`, 'name');
      const job = await jobs.boss.getJobById(name, id);
      if (!job) throw new DomainError('NOT_FOUND', 'no such job', 'id');
      if (job.state !== 'failed') throw new DomainError('CONFLICT', `only failed jobs can be retried (this one is ${job.state})`, 'id');
      await jobs.boss.retry(name, id);
      await createAuditRepository(pool).record({ actorId: principalOf(request).sub, action: 'job_retried', resourceType: 'job', resourceId: `${name}/${id}`, ip: request.ip });
      return ok(request, reply, { retried: true });
    },
  );
};
