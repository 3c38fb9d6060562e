import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { envelopeSchema, subjectSchema } from '@cr/shared';
import { conceptGraphSchema, contentImportSummarySchema, questionSearchPageSchema } from '@cr/shared/schemas/api-content';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createContentRepository } from '../../repositories/content.ts';
import { createQuestionSearch } from '../../repositories/question-search.ts';
import { importQuestionBank } from '../../services/content-import.ts';

const everyone = ['student', 'coach', 'admin'] as const;

/** Content for clients that do not sync (search, graph), and the admin's bank import. */
export const contentRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const search = createQuestionSearch(pool);

  app.get(
    '/content/search',
    {
      config: { access: everyone },
      schema: {
        tags: ['content'],
        security: [{ bearer: [] }],
        querystring: z
          .object({
            q: z.string().trim().max(200).optional(),
            subject: subjectSchema.optional(),
            concept: z.string().max(40).optional(),
            difficulty: z.coerce.number().int().min(1).max(5).optional(),
            source: z.string().trim().min(1).max(100).optional(),
            year: z.coerce.number().int().min(1950).max(2100).optional(),
            limit: z.coerce.number().int().min(1).max(100).default(20),
            offset: z.coerce.number().int().min(0).max(10_000).default(0),
          })
          .strict(),
        response: { 200: envelopeSchema(questionSearchPageSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await search.search(request.query)),
  );

  app.get(
    '/content/concepts',
    {
      config: { access: everyone },
      schema: {
        tags: ['content'],
        security: [{ bearer: [] }],
        querystring: z.object({ subject: subjectSchema.optional() }).strict(),
        response: { 200: envelopeSchema(conceptGraphSchema) },
      },
    },
    async (request, reply) => ok(request, reply, await createContentRepository(pool).graph(request.query.subject ?? null)),
  );

  app.post(
    '/admin/content/import',
    {
      config: { access: ['admin'] },
      // Question banks are bigger than ordinary requests.
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        body: z
          .object({
            format: z.enum(['csv', 'json']),
            source: z.string().trim().min(1).max(80),
            content: z.string().min(1).max(10 * 1024 * 1024),
          })
          .strict(),
        response: { 200: envelopeSchema(contentImportSummarySchema) },
      },
    },
    async (request, reply) => ok(request, reply, await importQuestionBank(pool, { ...request.body, actorId: principalOf(request).sub, ip: request.ip })),
  );
};
