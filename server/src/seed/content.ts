import { createHash } from 'node:crypto';
import type pg from 'pg';
import { buildQuestionBank, loadContentGraph, type Question } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import { createContentRepository } from '../repositories/content.ts';

export interface ContentLoad {
  units: number;
  concepts: number;
  prerequisites: number;
  questions: number;
  /** Stored questions whose marking changed: each now has a new version and the old row is retired. */
  versioned: number;
  /** Generated questions the bank no longer holds, retired (kept for the answers that refer to them). */
  retired: number;
}

/**
 * Loads the repository's versioned content (graph, JEEBench, generated bank) when it differs
 * from what the database holds: upserts by id in one transaction, so a start after a content
 * change updates the database and an unchanged start does nothing. Returns null when unchanged.
 * A question whose marking changed gets a new version and a generated question the bank no longer
 * holds is retired, never rewritten or deleted (`upsertQuestions`): answers keep their marks.
 */
export async function seedContent(pool: pg.Pool): Promise<ContentLoad | null> {
  const graph = loadContentGraph();
  const questions: Question[] = buildQuestionBank();
  const version = createHash('sha256').update(JSON.stringify([graph, questions])).digest('hex');
  const { rows } = await pool.query(`SELECT version FROM content_state WHERE key = 'repository'`);
  if (rows[0]?.version === version) return null;
  return withTransaction(pool, async (q) => {
    const content = createContentRepository(q);
    await content.upsertUnits(graph.units);
    await content.upsertConcepts(graph.concepts);
    await content.replacePrerequisites(graph.prerequisites);
    const upsert = await content.upsertQuestions(questions);
    const retired = await content.retireGeneratedExcept(upsert.ids);
    await q.query(
      `INSERT INTO content_state (key, version) VALUES ('repository', $1)
       ON CONFLICT (key) DO UPDATE SET version = excluded.version, loaded_at = now()`,
      [version],
    );
    return {
      units: graph.units.length,
      concepts: graph.concepts.length,
      prerequisites: graph.prerequisites.length,
      questions: questions.length,
      versioned: upsert.versioned.length,
      retired,
    };
  });
}
