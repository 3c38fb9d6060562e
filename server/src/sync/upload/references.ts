import type pg from 'pg';

/**
 * What an upload op references, read inside the upload transaction (under the device role when
 * row-level security is on, so rows of other students are simply not visible).
 */

export interface SittingRef {
  owner: string;
  testType: string;
  testId: string;
}

/** The sitting `id` as the caller's transaction sees it, cached per upload (a sitting's owner and test never change). */
export async function sittingRef(client: pg.PoolClient, cache: Map<string, SittingRef | null>, id: string): Promise<SittingRef | null> {
  if (cache.has(id)) return cache.get(id) ?? null;
  const { rows } = await client.query<{ student_id: string; test_type: string; test_id: string }>(
    'SELECT student_id, test_type, test_id FROM test_sittings WHERE id = $1',
    [id],
  );
  const r = rows[0];
  const ref = r ? { owner: r.student_id, testType: r.test_type, testId: r.test_id } : null;
  // A missing sitting is not cached: the same upload may create it in a later op.
  if (ref) cache.set(id, ref);
  return ref;
}

/**
 * The ids among `questionIds` that are sealed for a paper of benchmark `benchmarkId` (null: not a
 * benchmark paper): items of the sealed bank that no released benchmark used and that are not
 * on that benchmark's own paper. Security: a sitting naming any of them is refused, so a device
 * can never have a sealed key scored (and so revealed) through a practice paper.
 */
export async function sealedQuestions(client: pg.PoolClient, questionIds: readonly string[], benchmarkId: string | null): Promise<string[]> {
  if (questionIds.length === 0) return [];
  const { rows } = await client.query<{ id: string }>(
    `SELECT bb.id FROM benchmark_bank bb
      WHERE bb.id = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM benchmark_questions bq JOIN benchmarks b ON b.id = bq.benchmark_id
                         WHERE bq.question_id = bb.id AND (b.status = 'released' OR b.id = $2))
      ORDER BY bb.id`,
    [questionIds, benchmarkId],
  );
  return rows.map((r) => r.id);
}
