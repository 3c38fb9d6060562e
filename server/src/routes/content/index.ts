import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { envelopeSchema, subjectSchema } from '@cr/shared';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createQuestionSearch } from '../../repositories/question-search.ts';
import { importQuestionBank } from '../../services/content-import.ts';

const everyone = ['student', 'coach', 'admin'] as const;

const searchResultSchema = z.object({
  id: z.string(),
  subject: z.string(),
  primary_concept_id: z.string(),
  secondary_concept_ids: z.array(z.string()),
  type: z.string(),
  difficulty: z.number(),
  source: z.string(),
  year: z.number().nullable(),
  snippet: z.string(),
  rank: z.number(),
});

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
        response: { 200: envelopeSchema(z.object({ total: z.number(), results: z.array(searchResultSchema) })) },
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
        response: {
          200: envelopeSchema(
            z.object({
              units: z.array(z.object({ id: z.string(), subject: z.string(), title: z.string(), ordinal: z.number(), exam_weight: z.number() })),
              concepts: z.array(
                z.object({ id: z.string(), name: z.string(), subject: z.string(), unit: z.string(), layer: z.number(), difficulty: z.number(), exam_weight: z.number(), description: z.string() }),
              ),
              prerequisites: z.array(z.object({ concept_id: z.string(), prerequisite_id: z.string(), weight: z.number(), criticality: z.string(), transfer: z.number() })),
            }),
          ),
        },
      },
    },
    async (request, reply) => {
      const subject = request.query.subject ?? null;
      const [units, concepts, prerequisites] = await Promise.all([
        pool.query(`SELECT id, subject, title, ordinal, exam_weight FROM units WHERE $1::text IS NULL OR subject = $1 ORDER BY subject, ordinal`, [subject]),
        pool.query(`SELECT id, name, subject, unit, layer, difficulty, exam_weight, description FROM concepts WHERE $1::text IS NULL OR subject = $1 ORDER BY id`, [subject]),
        pool.query(
          `SELECT p.concept_id, p.prerequisite_id, p.weight, p.criticality, p.transfer FROM prerequisites p JOIN concepts c ON c.id = p.concept_id
           WHERE $1::text IS NULL OR c.subject = $1 ORDER BY p.concept_id, p.prerequisite_id`,
          [subject],
        ),
      ]);
      return ok(request, reply, { units: units.rows, concepts: concepts.rows, prerequisites: prerequisites.rows });
    },
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
        response: { 200: envelopeSchema(z.object({ rows: z.number(), written: z.number(), unchanged: z.number() })) },
      },
    },
    async (request, reply) => ok(request, reply, await importQuestionBank(pool, { ...request.body, actorId: principalOf(request).sub, ip: request.ip })),
  );
};
