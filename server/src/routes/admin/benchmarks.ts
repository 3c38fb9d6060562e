import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { adminBenchmarkSchema as benchmarkSchema, envelopeSchema, scheduleBenchmarkBodySchema as scheduleBody } from '@cr/shared';
import {
  adminBenchmarkListSchema,
  bankAddBodySchema,
  bankGenerateBodySchema,
  bankImportBodySchema,
  bankImportSummarySchema,
  bankSummarySchema,
  bankWrittenSchema,
  benchmarkIdParamsSchema,
  cancelBenchmarkBodySchema,
  cancelledBenchmarkSchema,
} from '@cr/shared/schemas/admin';
import { classQuerySchema } from '@cr/shared/schemas/api-tests';
import { enqueueBenchmarkRanking } from '../../jobs/scoring.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { actorOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createBenchmarkAdmin } from '../../services/benchmark-admin.ts';
import { listBenchmarks, secondsUntilDue } from '../../services/benchmarks.ts';
import { bankSummary } from '../../services/benchmark-bank.ts';

const admin = ['admin'] as const;
const doc = { tags: ['admin'], security: [{ bearer: [] }] };

/** Admins fill the sealed bank and schedule one benchmark per class and month. */
export const adminBenchmarkRoutes: FastifyPluginAsync<{ pool: pg.Pool; jobs: JobQueue | null; graceDefaultS?: number }> = async (base, { pool, jobs, graceDefaultS = 3600 }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const benchmarks = createBenchmarkAdmin(pool, { graceDefaultS });

  app.post(
    '/benchmarks',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        body: scheduleBody,
        response: { 201: envelopeSchema(benchmarkSchema) },
      },
    },
    async (request, reply) => {
      const scheduled = await benchmarks.schedule(actorOf(request), request.body);
      // Ranking at close + grace; the sweep is the safety net if this job is ever lost.
      if (jobs) await enqueueBenchmarkRanking(jobs, scheduled.id, await secondsUntilDue(pool, scheduled.id));
      return reply.status(201).send(ok(request, reply, scheduled));
    },
  );

  app.get(
    '/benchmarks',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: classQuerySchema,
        response: { 200: envelopeSchema(adminBenchmarkListSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await listBenchmarks(pool, request.query.standard)),
  );

  app.post(
    '/benchmarks/:id/cancel',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: benchmarkIdParamsSchema,
        body: cancelBenchmarkBodySchema,
        response: { 200: envelopeSchema(cancelledBenchmarkSchema) },
      },
    },
    async (request, reply) => {
      const outcome = await benchmarks.cancel(actorOf(request), request.params.id, request.body?.reason ?? null);
      return ok(request, reply, { ...outcome.benchmark, refused_sittings: outcome.sittings });
    },
  );

  app.post(
    '/benchmarks/bank',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        body: bankAddBodySchema,
        response: { 200: envelopeSchema(bankWrittenSchema) },
      },
    },
    async (request, reply) => {
      const written = await benchmarks.addToBank(actorOf(request), request.body.questions);
      return ok(request, reply, { written });
    },
  );

  app.get(
    '/benchmarks/bank',
    { config: { access: admin }, schema: { ...doc, response: { 200: envelopeSchema(bankSummarySchema) } } },
    async (request, reply) => ok(request, reply, await bankSummary(pool)),
  );

  app.post(
    '/benchmarks/bank/generate',
    {
      config: { access: admin },
      schema: {
        ...doc,
        body: bankGenerateBodySchema,
        response: { 200: envelopeSchema(bankWrittenSchema) },
      },
    },
    async (request, reply) => {
      const written = await benchmarks.generate(actorOf(request), request.body.papers);
      return ok(request, reply, { written });
    },
  );

  app.post(
    '/benchmarks/bank/import',
    {
      config: { access: admin },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        ...doc,
        body: bankImportBodySchema,
        response: { 200: envelopeSchema(bankImportSummarySchema) },
      },
    },
    async (request, reply) => {
      const result = await benchmarks.importBank(actorOf(request), request.body);
      return ok(request, reply, result);
    },
  );
};
