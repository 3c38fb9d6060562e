import { z } from 'zod';
import { subjectSchema } from './content.ts';

/**
 * Responses and requests of the content API (server/src/routes/content) for clients that do not
 * sync: the route validates with these; clients infer their types from them.
 */

export const questionSearchHitSchema = z.object({
  id: z.string(),
  subject: z.string(),
  primary_concept_id: z.string(),
  secondary_concept_ids: z.array(z.string()),
  type: z.string(),
  /** The level students' answers set once 30+ students answered it, else the author's. */
  difficulty: z.number(),
  /** Students whose answers set `difficulty` (0: the author's estimate). */
  calibrated_answers: z.number(),
  source: z.string(),
  year: z.number().nullable(),
  snippet: z.string(),
  rank: z.number(),
});
export type QuestionSearchHit = z.infer<typeof questionSearchHitSchema>;

export const questionSearchPageSchema = z.object({ total: z.number(), results: z.array(questionSearchHitSchema) });
export type QuestionSearchPage = z.infer<typeof questionSearchPageSchema>;

export const conceptGraphSchema = z.object({
  units: z.array(z.object({ id: z.string(), subject: z.string(), title: z.string(), ordinal: z.number(), exam_weight: z.number() })),
  concepts: z.array(
    z.object({ id: z.string(), name: z.string(), subject: z.string(), unit: z.string(), layer: z.number(), difficulty: z.number(), exam_weight: z.number(), description: z.string() }),
  ),
  prerequisites: z.array(z.object({ concept_id: z.string(), prerequisite_id: z.string(), weight: z.number(), criticality: z.string(), transfer: z.number() })),
});
export type ConceptGraph = z.infer<typeof conceptGraphSchema>;

/** What a question-bank import did: rows read, questions written, rows already identical. */
/** `versioned`: rows whose marking changed, written as new versions (the old ones kept for history, retired). */
export const contentImportSummarySchema = z.object({ rows: z.number(), written: z.number(), unchanged: z.number(), versioned: z.number() });
export type ContentImportSummary = z.infer<typeof contentImportSummarySchema>;

// Requests.

/** `GET /api/content/search`. */
export const questionSearchQuerySchema = z
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
  .strict();
/** `GET /api/content/concepts`. */
export const conceptGraphQuerySchema = z.object({ subject: subjectSchema.optional() }).strict();
/** Largest question bank one import may carry, in characters (the route's body limit is the same in bytes). */
export const CONTENT_IMPORT_MAX_CHARS = 10 * 1024 * 1024;
/** `POST /api/admin/content/import`: a coaching centre's bank, all rows or none. */
export const contentImportBodySchema = z
  .object({
    format: z.enum(['csv', 'json']),
    source: z.string().trim().min(1).max(80),
    content: z.string().min(1).max(CONTENT_IMPORT_MAX_CHARS),
  })
  .strict();
export type ContentImportBody = z.infer<typeof contentImportBodySchema>;
