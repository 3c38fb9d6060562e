import { z } from 'zod';

/** The three JEE subjects. */
export const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
export const subjectSchema = z.enum(SUBJECTS);
export type Subject = z.infer<typeof subjectSchema>;

/** Concept ids are short, stable, URL-safe: e.g. `M.CAL.DERIV`, `P.KIN.1D`. */
export const conceptIdSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[A-Z][A-Z0-9_.-]*$/, 'concept id: upper-case letters, digits, _ . -');

export const conceptSchema = z
  .object({
    id: conceptIdSchema,
    name: z.string().min(1).max(200),
    subject: subjectSchema,
    /** Syllabus unit id, e.g. `M.U08` (JEE Main: Maths 14, Physics 20, Chemistry 20 units). */
    unit: z.string().min(1).max(40),
    /** 1 = foundation … 4 = advanced. */
    layer: z.number().int().min(1).max(4),
    /** 1 (easy) … 5 (hard). */
    difficulty: z.number().int().min(1).max(5),
    /** Share of the subject's marks carried by this concept, 0–1; a subject's concepts sum to ≈ 1. */
    exam_weight: z.number().min(0).max(1),
    description: z.string().max(500),
  })
  .strict();
export type Concept = z.infer<typeof conceptSchema>;

export const CRITICALITIES = ['HARD', 'SOFT'] as const;
export const prerequisiteSchema = z
  .object({
    concept_id: conceptIdSchema,
    prerequisite_id: conceptIdSchema,
    /** Strength of the dependency, 0–1. */
    weight: z.number().min(0).max(1),
    criticality: z.enum(CRITICALITIES),
    /** Share of evidence that transfers along the edge, 0–1. */
    transfer: z.number().min(0).max(1),
  })
  .strict();
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

/**
 * Question types and their answer-key formats:
 * - SINGLE: one option key, `"B"`
 * - MULTI: the correct option keys sorted, `"ABD"`
 * - INTEGER: an integer as a string, `"9"`
 * - NUMERIC: a decimal as a string, `"4.47"`; checked against `tolerance` (absolute)
 */
export const QUESTION_TYPES = ['SINGLE', 'MULTI', 'INTEGER', 'NUMERIC'] as const;
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const optionKeySchema = z.enum(['A', 'B', 'C', 'D']);
export type OptionKey = z.infer<typeof optionKeySchema>;

export const questionOptionSchema = z.object({ key: optionKeySchema, text: z.string().max(5000) }).strict();

/**
 * The Hindi rendering of a question (NTA's "View in" हिन्दी). Numbers, symbols, LaTeX and SI units
 * are the same as in English; `options` is null when the option texts are language-neutral (numbers
 * with units), else the same keys in the same order as the English options. Answer, tolerance and
 * scoring never depend on the language.
 */
export const questionHindiSchema = z
  .object({
    text: z.string().min(1).max(20000),
    options: z.array(questionOptionSchema).max(4).nullable(),
    explanation: z.string().max(20000),
  })
  .strict();
export type QuestionHindi = z.infer<typeof questionHindiSchema>;

export const questionSchema = z
  .object({
    // 67 leaves room for a version suffix ("~" + 12 hex, server/src/repositories/content.ts)
    // within the 80 characters a question id may have everywhere else.
    id: z.string().min(1).max(67),
    subject: subjectSchema,
    primary_concept_id: conceptIdSchema,
    secondary_concept_ids: z.array(conceptIdSchema).max(10),
    type: questionTypeSchema,
    /** Markdown with LaTeX between `$…$` / `$$…$$`. */
    text: z.string().min(1).max(20000),
    options: z.array(questionOptionSchema).max(4).nullable(),
    answer: z.string().min(1).max(40),
    /** Absolute tolerance for NUMERIC answers (JEE Advanced checks two decimals: 0.01). */
    tolerance: z.number().min(0).nullable(),
    explanation: z.string().max(20000),
    /** 1 (easy) … 5 (hard). */
    difficulty: z.number().int().min(1).max(5),
    source: z.string().min(1).max(100),
    year: z.number().int().min(1950).max(2100).nullable(),
    image_urls: z.array(z.string().url()).max(10),
    /** For generated questions: the generator id and seed that reproduce the instance exactly. */
    generator: z.object({ id: z.string(), seed: z.number().int() }).strict().nullable(),
    /** Hindi rendering; absent or null = English only (JEEBench items, imported papers). */
    hi: questionHindiSchema.nullable().optional(),
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;
