import type pg from 'pg';
import { createEngineContext, type EngineContext, type MarkableQuestion } from '@cr/shared/engine/index';
import { parseModelParams } from '@cr/shared/schemas/sync';
import type { Subject } from '@cr/shared';

/** Anything that runs a query: a pool, or the client of the caller's transaction. */
export type Queryable = Pick<pg.PoolClient, 'query'>;

/** A question with its key, as marking and the per-question results need it. */
export type KeyedQuestion = MarkableQuestion & {
  readonly subject: Subject;
  readonly primary_concept_id: string;
  readonly secondary_concept_ids: readonly string[];
  readonly difficulty: number;
};

/**
 * Keys of the given questions that scoring may use. Keys are released, never looked up: always
 * the public bank (served to devices with its answers) and sealed-bank items of released
 * benchmarks; the sealed keys of a benchmark not yet released only when it is in `sealedFor`
 * (the caller scores that benchmark's own sittings). Any other sealed id has no key here, so a
 * paper naming it can never reveal it. Server only: the caller decides what reaches a device.
 */
export async function loadKeys(db: Queryable, ids: readonly string[], sealedFor: readonly string[] = []): Promise<Map<string, KeyedQuestion>> {
  const out = new Map<string, KeyedQuestion>();
  if (ids.length === 0) return out;
  const { rows } = await db.query<KeyedQuestion>(
    `SELECT id, subject, type, answer, tolerance, primary_concept_id, secondary_concept_ids, difficulty FROM benchmark_bank bb
      WHERE id = ANY($1::text[])
        AND EXISTS (SELECT 1 FROM benchmark_questions bq JOIN benchmarks b ON b.id = bq.benchmark_id
                     WHERE bq.question_id = bb.id AND (b.status = 'released' OR b.id = ANY($2::text[])))
     UNION ALL
     SELECT id, subject, type, answer, tolerance, primary_concept_id, secondary_concept_ids, difficulty FROM questions WHERE id = ANY($1::text[])`,
    [ids, sealedFor],
  );
  for (const r of rows) if (!out.has(r.id)) out.set(r.id, r);
  return out;
}

/** Loads the engine context (graph, question metadata) mastery folds need; see `engineContextCache`. */
export type EngineContextSource = (db: Queryable) => Promise<EngineContext>;

/**
 * An engine context source that rebuilds the context only when content or the population
 * parameters changed (a cheap signature query decides). One per scoring instance, i.e. per
 * database pool, so test databases never mix. The context carries the population parameters the
 * devices receive (`model_params`, fitted by `engine.calibrate`), unless `populationParams` is
 * false (the calibration itself fits from the engine's priors).
 */
export function engineContextCache(options: { populationParams?: boolean } = {}): EngineContextSource {
  const withParams = options.populationParams ?? true;
  let hit: { signature: string; ctx: EngineContext } | undefined;
  return async (db) => {
    const sig = await db.query<{ s: string }>(
      `SELECT concat_ws('|', (SELECT count(*) FROM concepts), (SELECT max(updated_at) FROM concepts), (SELECT count(*) FROM prerequisites),
              (SELECT sum(weight) || ':' || sum(transfer) || ':' || count(*) FILTER (WHERE criticality = 'HARD') FROM prerequisites),
              (SELECT count(*) FROM questions), (SELECT max(updated_at) FROM questions), (SELECT count(*) FROM benchmark_bank),
              (SELECT updated_at FROM model_params WHERE id = 'population')) AS s`,
    );
    const signature = sig.rows[0]?.s ?? '';
    if (hit && hit.signature === signature) return hit.ctx;
    const concepts = await db.query('SELECT id, subject, layer, exam_weight FROM concepts');
    const prerequisites = await db.query('SELECT concept_id, prerequisite_id, weight, criticality, transfer FROM prerequisites');
    const questions = await db.query(`SELECT id, subject, primary_concept_id, secondary_concept_ids, difficulty FROM questions
                UNION ALL SELECT id, subject, primary_concept_id, secondary_concept_ids, difficulty FROM benchmark_bank`);
    const params = withParams ? await db.query<{ params: unknown }>(`SELECT params FROM model_params WHERE id = 'population'`) : null;
    const population = parseModelParams(params?.rows[0]?.params);
    const ctx = createEngineContext({
      concepts: concepts.rows,
      prerequisites: prerequisites.rows,
      questions: questions.rows,
      ...(population ? { params: population } : {}),
    });
    hit = { signature, ctx };
    return ctx;
  };
}
