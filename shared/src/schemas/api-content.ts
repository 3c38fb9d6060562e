import { z } from 'zod';

/**
 * Responses of the content API (server/src/routes/content) for clients that do not sync: the
 * route validates what it sends with these; clients infer their types from them.
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
