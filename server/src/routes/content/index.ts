import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { envelopeSchema } from '@cr/shared';
import {
  CONTENT_IMPORT_MAX_CHARS,
  conceptGraphQuerySchema,
  conceptGraphSchema,
  contentImportBodySchema,
  contentImportSummarySchema,
  questionSearchPageSchema,
  questionSearchQuerySchema,
} from '@cr/shared/schemas/api-content';
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
        querystring: questionSearchQuerySchema,
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
        querystring: conceptGraphQuerySchema,
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
      bodyLimit: CONTENT_IMPORT_MAX_CHARS,
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        body: contentImportBodySchema,
        response: { 200: envelopeSchema(contentImportSummarySchema) },
      },
    },
    async (request, reply) => ok(request, reply, await importQuestionBank(pool, { ...request.body, actorId: principalOf(request).sub, ip: request.ip })),
  );
};
