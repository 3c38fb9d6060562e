import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { adminBenchmarkSchema as benchmarkSchema, DomainError, envelopeSchema, questionSchema, scheduleBenchmarkBodySchema as scheduleBody } from '@cr/shared';
import { adminBenchmarkListSchema, bankImportSummarySchema, bankSummarySchema, bankWrittenSchema, cancelledBenchmarkSchema } from '@cr/shared/schemas/admin';
import { withTransaction } from '../../db/database.ts';
import { enqueueBenchmarkRanking } from '../../jobs/scoring.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createAuditRepository } from '../../repositories/audit.ts';
import { createContentRepository } from '../../repositories/content.ts';
import { scoringFor } from '../../scoring/scoring.ts';
import { addToBank, cancelBenchmark, listBenchmarks, scheduleBenchmark, secondsUntilDue } from '../../services/benchmarks.ts';
import { bankSummary, importIntoBank } from '../../services/benchmark-bank.ts';
import { generateIntoBank } from '../../seed/benchmark-bank.ts';

const admin = ['admin'] as const;
const doc = { tags: ['admin'], security: [{ bearer: [] }] };

/** Admins fill the sealed bank and schedule one benchmark per class and month. */
export const adminBenchmarkRoutes: FastifyPluginAsync<{ pool: pg.Pool; jobs: JobQueue | null; graceDefaultS?: number }> = async (base, { pool, jobs, graceDefaultS = 3600 }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const audit = createAuditRepository(pool);

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
      const b = request.body;
      const actorId = principalOf(request).sub;
      const scheduled = await withTransaction(pool, async (client) => {
        const s = await scheduleBenchmark(client, {
          standard: b.standard,
          month: `${b.month}-01`,
          opensAt: b.opens_at,
          closesAt: b.closes_at,
          graceS: b.grace_s ?? graceDefaultS,
          actorId,
          ...(b.title !== undefined ? { title: b.title } : {}),
          ...(b.duration_s !== undefined ? { durationS: b.duration_s } : {}),
          ...(b.seed !== undefined ? { seed: b.seed } : {}),
        });
        await audit.record({ actorId, action: 'benchmark_scheduled', resourceType: 'benchmark', resourceId: s.id, changes: { standard: s.standard, month: s.month }, ip: request.ip }, client);
        return s;
      });
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
        querystring: z.object({ standard: z.coerce.number().int().min(11).max(12).optional() }).strict(),
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
        params: z.object({ id: z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'a benchmark id') }).strict(),
        body: z.object({ reason: z.string().min(1).max(500).optional() }).strict().optional(),
        response: { 200: envelopeSchema(cancelledBenchmarkSchema) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const actorId = principalOf(request).sub;
      const outcome = await withTransaction(pool, async (client) => {
        const o = await cancelBenchmark(client, scoringFor(pool), id);
        if (o.changed) {
          await audit.record(
            { actorId, action: 'benchmark_cancelled', resourceType: 'benchmark', resourceId: id, changes: { sittings: o.sittings, reason: request.body?.reason ?? null }, ip: request.ip },
            client,
          );
        }
        return o;
      });
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
        body: z.object({ questions: z.array(questionSchema).min(1).max(500) }).strict(),
        response: { 200: envelopeSchema(bankWrittenSchema) },
      },
    },
    async (request, reply) => {
      const { questions } = request.body;
      const concepts = new Set(questions.flatMap((q) => [q.primary_concept_id, ...q.secondary_concept_ids]));
      const missing = await createContentRepository(pool).unknownConcepts([...concepts]);
      if (missing.length > 0) throw new DomainError('VALIDATION_ERROR', `unknown concepts: ${missing.slice(0, 5).join(', ')}`, 'questions');
      const written = await withTransaction(pool, async (client) => {
        const n = await addToBank(client, questions);
        await audit.record({ actorId: principalOf(request).sub, action: 'benchmark_bank_added', resourceType: 'benchmark_bank', changes: { count: n }, ip: request.ip }, client);
        return n;
      });
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
        body: z.object({ papers: z.number({ message: 'papers must be a whole number from 1 to 12' }).int().min(1).max(12) }).strict(),
        response: { 200: envelopeSchema(bankWrittenSchema) },
      },
    },
    async (request, reply) => {
      const written = await withTransaction(pool, async (client) => {
        const n = await generateIntoBank(client, request.body.papers);
        await audit.record(
          { actorId: principalOf(request).sub, action: 'benchmark_bank_generated', resourceType: 'benchmark_bank', changes: { papers: request.body.papers, count: n }, ip: request.ip },
          client,
        );
        return n;
      });
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
        body: z.object({ format: z.enum(['csv', 'json']), source: z.string().trim().min(1).max(100), content: z.string().min(1).max(10_000_000) }).strict(),
        response: { 200: envelopeSchema(bankImportSummarySchema) },
      },
    },
    async (request, reply) => {
      const result = await withTransaction(pool, async (client) => {
        const r = await importIntoBank(client, request.body);
        await audit.record(
          { actorId: principalOf(request).sub, action: 'benchmark_bank_imported', resourceType: 'benchmark_bank', resourceId: request.body.source, changes: { rows: r.rows, written: r.written }, ip: request.ip },
          client,
        );
        return r;
      });
      return ok(request, reply, result);
    },
  );
};
