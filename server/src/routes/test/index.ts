import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError, envelopeSchema } from '@cr/shared';
import {
  benchmarkRankingSchema,
  classQuerySchema as classQuery,
  monthlyBenchmarkSchema,
  monthParamsSchema,
  testIdParamsSchema,
  testResultsPageSchema,
  weekDateParamsSchema,
  weeklyResultsSchema,
} from '@cr/shared/schemas/api-tests';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createTestQueries } from '../../services/test-queries.ts';
import { DAY_MS } from '@cr/shared/time';

/**
 * The seed's test endpoints for clients that do not sync. Same rules as the sync buckets: a
 * student reads only their own results and their class's benchmark; answer keys and scores of a
 * benchmark appear only once it is released (after the window and grace period).
 */

const anyRole = ['student', 'coach', 'admin'] as const;

export const testRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const q = createTestQueries(pool);

  /** The class a caller asks about: a student's own; coaches and admins name one (default 12). */
  async function classOf(request: FastifyRequest, standard: number | undefined): Promise<number> {
    const p = principalOf(request);
    if (p.role !== 'student') return standard ?? 12;
    const own = await q.studentStandard(p.sub);
    if (own === null) throw new DomainError('NOT_FOUND', 'no class on your profile', 'standard');
    // Security: a student sees only their own class, whatever they ask for.
    if (standard !== undefined && standard !== own) throw new DomainError('FORBIDDEN', 'you can only see your own class', 'standard');
    return own;
  }

  app.get(
    '/results/:test_id',
    {
      config: { access: ['student'] },
      schema: {
        tags: ['test'],
        security: [{ bearer: [] }],
        params: testIdParamsSchema,
        response: { 200: envelopeSchema(testResultsPageSchema) },
      },
    },
    async (request, reply) => {
      const me = principalOf(request).sub;
      const { test_id } = request.params;
      const [results, submissions] = await Promise.all([q.results(me, test_id), q.submissions(me, test_id)]);
      return ok(request, reply, { test_id, results, submissions });
    },
  );

  app.get(
    '/ranking/:month',
    {
      config: { access: anyRole },
      schema: {
        tags: ['test'],
        security: [{ bearer: [] }],
        params: monthParamsSchema,
        querystring: classQuery,
        response: { 200: envelopeSchema(benchmarkRankingSchema) },
      },
    },
    async (request, reply) => {
      const standard = await classOf(request, request.query.standard);
      const benchmark = await q.benchmarkFor(standard, `${request.params.month}-01`);
      const released = benchmark?.status === 'released';
      const p = principalOf(request);
      const top = benchmark && released ? await q.leaderboard(benchmark.id) : [];
      const own = benchmark && released && p.role === 'student' ? await q.ownStanding(p.sub, benchmark.id) : null;
      return ok(request, reply, { benchmark, released, top, own });
    },
  );

  app.get(
    '/monthly/:month',
    {
      config: { access: anyRole },
      schema: {
        tags: ['test'],
        security: [{ bearer: [] }],
        params: monthParamsSchema,
        querystring: classQuery,
        response: { 200: envelopeSchema(monthlyBenchmarkSchema) },
      },
    },
    async (request, reply) => {
      const standard = await classOf(request, request.query.standard);
      const benchmark = await q.benchmarkFor(standard, `${request.params.month}-01`);
      if (!benchmark) return ok(request, reply, { benchmark: null, paper: [], submissions: [] });
      // Security: keys only after release, for everyone (admins manage keys through the bank).
      const paper = await q.paper(benchmark.id, benchmark.status === 'released');
      const p = principalOf(request);
      const submissions = p.role === 'student' ? await q.submissions(p.sub, benchmark.id) : [];
      return ok(request, reply, { benchmark, paper, submissions });
    },
  );

  app.get(
    '/weekly/:date',
    {
      config: { access: ['student'] },
      schema: {
        tags: ['test'],
        security: [{ bearer: [] }],
        params: weekDateParamsSchema,
        response: { 200: envelopeSchema(weeklyResultsSchema) },
      },
    },
    async (request, reply) => {
      const d = new Date(`${request.params.date}T00:00:00Z`);
      const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);
      const sunday = new Date(monday.getTime() + 6 * DAY_MS);
      const [weekStart, weekEnd] = [monday, sunday].map((x) => x.toISOString().slice(0, 10)) as [string, string];
      const results = await q.weekly(principalOf(request).sub, weekStart, weekEnd);
      return ok(request, reply, { week_start: weekStart, week_end: weekEnd, results });
    },
  );
};
