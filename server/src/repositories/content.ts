import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Concept, Prerequisite, Question, Unit } from '@cr/shared';
import type { ConceptGraph } from '@cr/shared/schemas/api-content';

type Queryable = pg.Pool | pg.PoolClient;

/** What `upsertQuestions` did: rows written, ids retired now because their marking changed, the ids written under. */
export interface QuestionUpsert {
  written: number;
  versioned: string[];
  ids: string[];
}

/**
 * The id a question's new version is stored under when its marking changed: the original id and
 * a digest of what marks it, so every content load derives the same id for the same version.
 */
export function versionedQuestionId(q: Pick<Question, 'id' | 'type' | 'text' | 'options' | 'answer' | 'tolerance'>): string {
  const digest = createHash('sha256').update(JSON.stringify([q.type, q.text, q.options ?? null, q.answer, q.tolerance ?? null])).digest('hex');
  return `${q.id}~${digest.slice(0, 12)}`;
}

// Bulk writes go through jsonb_to_recordset: one statement per batch, no per-row round trips.
const BATCH = 1000;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Content tables (units, concepts, prerequisites, questions): admin and seed writes only. */
export function createContentRepository(db: Queryable) {
  return {
    /** Which of `ids` name no concept, in the order given. */
    async unknownConcepts(ids: readonly string[]): Promise<string[]> {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM concepts WHERE id = ANY($1::text[])', [[...ids]]);
      const known = new Set(rows.map((r) => r.id));
      return ids.filter((id) => !known.has(id));
    },

    /** The concept graph of one subject (all when null): units, concepts and prerequisite edges, in a stable order. */
    async graph(subject: string | null): Promise<ConceptGraph> {
      const [units, concepts, prerequisites] = await Promise.all([
        db.query(`SELECT id, subject, title, ordinal, exam_weight FROM units WHERE $1::text IS NULL OR subject = $1 ORDER BY subject, ordinal`, [subject]),
        db.query(`SELECT id, name, subject, unit, layer, difficulty, exam_weight, description FROM concepts WHERE $1::text IS NULL OR subject = $1 ORDER BY id`, [subject]),
        db.query(
          `SELECT p.concept_id, p.prerequisite_id, p.weight, p.criticality, p.transfer FROM prerequisites p JOIN concepts c ON c.id = p.concept_id
           WHERE $1::text IS NULL OR c.subject = $1 ORDER BY p.concept_id, p.prerequisite_id`,
          [subject],
        ),
      ]);
      return { units: units.rows, concepts: concepts.rows, prerequisites: prerequisites.rows };
    },

    async upsertUnits(units: readonly Unit[]): Promise<void> {
      await db.query(
        `INSERT INTO units (id, subject, title, ordinal, exam_weight)
         SELECT id, subject, title, "order", exam_weight FROM jsonb_to_recordset($1::jsonb)
           AS x(id text, subject text, title text, "order" smallint, exam_weight double precision)
         ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, title = excluded.title,
           ordinal = excluded.ordinal, exam_weight = excluded.exam_weight`,
        [JSON.stringify(units)],
      );
    },

    async upsertConcepts(concepts: readonly Concept[]): Promise<void> {
      await db.query(
        `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight, description)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, subject text, unit text,
           layer smallint, difficulty smallint, exam_weight double precision, description text)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, subject = excluded.subject, unit = excluded.unit,
           layer = excluded.layer, difficulty = excluded.difficulty, exam_weight = excluded.exam_weight,
           description = excluded.description, updated_at = now()
         WHERE (concepts.name, concepts.subject, concepts.unit, concepts.layer, concepts.difficulty, concepts.exam_weight, concepts.description)
           IS DISTINCT FROM (excluded.name, excluded.subject, excluded.unit, excluded.layer, excluded.difficulty, excluded.exam_weight, excluded.description)`,
        [JSON.stringify(concepts)],
      );
    },

    /** The graph's edges are exactly the given set afterwards (unchanged edges are not rewritten). */
    async replacePrerequisites(edges: readonly Prerequisite[]): Promise<void> {
      const json = JSON.stringify(edges);
      await db.query(
        `DELETE FROM prerequisites p WHERE NOT EXISTS (
           SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(concept_id text, prerequisite_id text)
           WHERE x.concept_id = p.concept_id AND x.prerequisite_id = p.prerequisite_id)`,
        [json],
      );
      await db.query(
        `INSERT INTO prerequisites (concept_id, prerequisite_id, weight, criticality, transfer)
         SELECT concept_id, prerequisite_id, weight, criticality, transfer FROM jsonb_to_recordset($1::jsonb)
           AS x(concept_id text, prerequisite_id text, weight double precision, criticality text, transfer double precision)
         ON CONFLICT (concept_id, prerequisite_id) DO UPDATE SET weight = excluded.weight,
           criticality = excluded.criticality, transfer = excluded.transfer
         WHERE (prerequisites.weight, prerequisites.criticality, prerequisites.transfer)
           IS DISTINCT FROM (excluded.weight, excluded.criticality, excluded.transfer)`,
        [json],
      );
    },

    /**
     * Upserts questions by id; `importKeys` (parallel to `questions`) marks imported rows so a
     * re-import updates them instead of duplicating. Unchanged rows are not rewritten.
     */
    /**
     * Writes questions by id in batches. A stored question never changes how it is marked: when
     * an incoming question's type, text, options, answer or tolerance differ from every stored
     * version of it, it is written under a versioned id (`versionedQuestionId`) and the active
     * version is retired (migration 018), so answers given to the old wording keep their marks.
     * Content that marks like a stored version goes to that version (active again if it was
     * retired); the other fields update in place.
     */
    async upsertQuestions(questions: readonly Question[], importKeys?: readonly string[]): Promise<QuestionUpsert> {
      let written = 0;
      const versioned: string[] = [];
      const ids: string[] = [];
      for (const [b, batch] of batches(questions).entries()) {
        // Every stored version of each incoming question (its id, or its id + "~" + digest), and
        // whether it marks the same way as the incoming content.
        const stored = await db.query<{ incoming: string; id: string; active: boolean; same: boolean }>(
          `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, type text, text text, options jsonb, answer text, tolerance double precision)),
                v AS (SELECT x.id AS incoming, q.* FROM x JOIN questions q ON q.id = x.id
                      UNION ALL
                      SELECT x.id, q.* FROM x JOIN questions q ON strpos(q.id, '~') > 0 AND split_part(q.id, '~', 1) = x.id)
           SELECT v.incoming, v.id, v.retired_at IS NULL AS active,
                  (v.type, v.text, v.options, v.answer, v.tolerance) IS NOT DISTINCT FROM (x.type, x.text, x.options, x.answer, x.tolerance) AS same
             FROM v JOIN x ON x.id = v.incoming`,
          [JSON.stringify(batch.map((q) => ({ id: q.id, type: q.type, text: q.text, options: q.options, answer: q.answer, tolerance: q.tolerance })))],
        );
        const versions = new Map<string, typeof stored.rows>();
        for (const r of stored.rows) versions.set(r.incoming, [...(versions.get(r.incoming) ?? []), r]);
        const retire: string[] = [];
        const rows = batch.map((q, i) => {
          const mine = versions.get(q.id) ?? [];
          // The version that marks like the incoming content, else the plain id while it is free.
          const id = mine.find((v) => v.same)?.id ?? (mine.some((v) => v.id === q.id) ? versionedQuestionId(q) : q.id);
          for (const v of mine) if (v.active && v.id !== id) retire.push(v.id);
          return { ...q, id, options: q.options, hi: q.hi ?? null, import_key: importKeys?.[b * BATCH + i] ?? null };
        });
        if (retire.length > 0) {
          // Retired first: the new version takes over the import key (unique); the old row keeps
          // its id, content and the answers that refer to it.
          const retired = await db.query<{ id: string }>(
            `UPDATE questions SET retired_at = now(), import_key = NULL, updated_at = now()
              WHERE id = ANY($1::text[]) AND retired_at IS NULL RETURNING id`,
            [retire],
          );
          versioned.push(...retired.rows.map((r) => r.id));
        }
        const result = await db.query(
          `INSERT INTO questions (id, subject, primary_concept_id, secondary_concept_ids, type, text, options, answer,
             tolerance, explanation, difficulty, source, year, image_urls, generator, import_key, keywords, hi)
           SELECT x.id, x.subject, x.primary_concept_id, ARRAY(SELECT jsonb_array_elements_text(x.secondary_concept_ids)), x.type, x.text,
             x.options, x.answer, x.tolerance, x.explanation, x.difficulty, x.source, x.year,
             ARRAY(SELECT jsonb_array_elements_text(x.image_urls)), x.generator, x.import_key,
             concat_ws(' ', c.name, u.title, c.description), x.hi
           FROM jsonb_to_recordset($1::jsonb) AS x(id text, subject text, primary_concept_id text, secondary_concept_ids jsonb,
             type text, text text, options jsonb, answer text, tolerance double precision, explanation text, difficulty smallint,
             source text, year smallint, image_urls jsonb, generator jsonb, import_key text, hi jsonb)
           LEFT JOIN concepts c ON c.id = x.primary_concept_id LEFT JOIN units u ON u.id = c.unit
           ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, primary_concept_id = excluded.primary_concept_id,
             secondary_concept_ids = excluded.secondary_concept_ids, type = excluded.type, text = excluded.text,
             options = excluded.options, answer = excluded.answer, tolerance = excluded.tolerance,
             explanation = excluded.explanation, difficulty = excluded.difficulty, source = excluded.source,
             year = excluded.year, image_urls = excluded.image_urls, generator = excluded.generator,
             import_key = coalesce(excluded.import_key, questions.import_key), keywords = excluded.keywords, hi = excluded.hi,
             retired_at = NULL, updated_at = now()
           WHERE questions.retired_at IS NOT NULL
              OR (questions.subject, questions.primary_concept_id, questions.secondary_concept_ids, questions.type, questions.text,
                  questions.options, questions.answer, questions.tolerance, questions.explanation, questions.difficulty,
                  questions.source, questions.year, questions.image_urls, questions.generator, questions.keywords, questions.hi)
             IS DISTINCT FROM (excluded.subject, excluded.primary_concept_id, excluded.secondary_concept_ids, excluded.type,
                  excluded.text, excluded.options, excluded.answer, excluded.tolerance, excluded.explanation,
                  excluded.difficulty, excluded.source, excluded.year, excluded.image_urls, excluded.generator, excluded.keywords, excluded.hi)`,
          [JSON.stringify(rows)],
        );
        written += result.rowCount ?? 0;
        ids.push(...rows.map((r) => r.id));
      }
      return { written, versioned, ids };
    },

    /**
     * Retires the generated questions the repository's bank no longer holds (a generator removed,
     * or its seeds now give other instances): kept for the answers that refer to them, no longer
     * offered. Imported and hand-written rows are left to their own source. Returns how many.
     */
    async retireGeneratedExcept(ids: readonly string[]): Promise<number> {
      const { rowCount } = await db.query(
        `UPDATE questions SET retired_at = now(), updated_at = now()
          WHERE generator IS NOT NULL AND import_key IS NULL AND retired_at IS NULL AND NOT (id = ANY($1::text[]))`,
        [[...ids]],
      );
      return rowCount ?? 0;
    },
  };
}
