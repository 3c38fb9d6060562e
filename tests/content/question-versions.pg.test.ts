import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentGraph, type Question } from '@cr/shared';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { createContentRepository, versionedQuestionId } from '../../server/src/repositories/content.ts';
import { loadKeys } from '../../server/src/scoring/content.ts';

// A stored question never changes how it is marked: a changed key, option list or wording makes a
// new version under a new id, the old row is retired and keeps marking the answers given to it.

let db: Database;
const graph = loadContentGraph();
const concept = graph.concepts[0]!;

const options = (...texts: string[]) => texts.map((text, i) => ({ key: (['A', 'B', 'C', 'D'] as const)[i]!, text }));

function question(id: string, over: Partial<Question> = {}): Question {
  return {
    id,
    subject: concept.subject,
    primary_concept_id: concept.id,
    secondary_concept_ids: [],
    type: 'SINGLE',
    text: 'Which value is right?',
    options: options('1', '2', '3', '4'),
    answer: 'A',
    tolerance: null,
    explanation: 'Because.',
    difficulty: 2,
    source: 'Generated',
    year: null,
    image_urls: [],
    generator: { id: 'test.gen', seed: 1 },
    hi: null,
    ...over,
  };
}

const row = async (id: string) =>
  (await db.pool.query<{ answer: string; explanation: string; retired_at: Date | null }>('SELECT answer, explanation, retired_at FROM questions WHERE id = $1', [id])).rows[0];

beforeAll(async () => {
  db = await createTestDatabase();
  const content = createContentRepository(db.pool);
  await content.upsertUnits(graph.units);
  await content.upsertConcepts(graph.concepts);
}, 240_000);
afterAll(async () => db.close());

describe('question versions', () => {
  it('a changed key becomes a new version; the old row keeps its key for the answers given to it', async () => {
    const content = createContentRepository(db.pool);
    const v1 = question('gen-test.gen-1');
    expect(await content.upsertQuestions([v1])).toEqual({ written: 1, versioned: [], ids: [v1.id] });

    const v2 = question('gen-test.gen-1', { answer: 'C' });
    const moved = await content.upsertQuestions([v2]);
    const v2id = versionedQuestionId(v2);
    expect(moved).toEqual({ written: 1, versioned: [v1.id], ids: [v2id] });
    expect(await row(v1.id)).toMatchObject({ answer: 'A' });
    expect((await row(v1.id))!.retired_at).not.toBeNull();
    expect(await row(v2id)).toMatchObject({ answer: 'C', retired_at: null });
    // Scoring reads the key the student answered against.
    const keys = await loadKeys(db.pool, [v1.id, v2id]);
    expect(keys.get(v1.id)?.answer).toBe('A');
    expect(keys.get(v2id)?.answer).toBe('C');

    // The same content again: nothing written, nothing newly retired, same id.
    expect(await content.upsertQuestions([v2])).toEqual({ written: 0, versioned: [], ids: [v2id] });
    // Options count as marking too (a letter names an option).
    const v3 = question('gen-test.gen-1', {
      answer: 'C',
      options: options('1', '2', '4', '3'),
    });
    const third = await content.upsertQuestions([v3]);
    expect(third.ids).toEqual([versionedQuestionId(v3)]);
    expect(third.ids[0]).not.toBe(v2id);
    expect(third.versioned).toEqual([v2id]);
    // Back to the first key: the first row serves again, the others are retired.
    const back = await content.upsertQuestions([v1]);
    expect(back.ids).toEqual([v1.id]);
    expect(back.versioned).toEqual(third.ids);
    const active = await db.pool.query<{ id: string }>(`SELECT id FROM questions WHERE split_part(id, '~', 1) = $1 AND retired_at IS NULL`, [v1.id]);
    expect(active.rows.map((r) => r.id)).toEqual([v1.id]);
  });

  it('wording that does not mark (explanation, Hindi, difficulty) updates in place', async () => {
    const content = createContentRepository(db.pool);
    const q = question('gen-test.gen-2');
    await content.upsertQuestions([q]);
    const edited = await content.upsertQuestions([{ ...q, explanation: 'A clearer reason.', difficulty: 3 }]);
    expect(edited).toEqual({ written: 1, versioned: [], ids: [q.id] });
    expect(await row(q.id)).toMatchObject({ explanation: 'A clearer reason.', retired_at: null });
  });

  it('generated questions the bank no longer holds are retired, and come back when it holds them again', async () => {
    const content = createContentRepository(db.pool);
    const kept = question('gen-test.gen-3');
    const dropped = question('gen-test.gen-4', { generator: { id: 'test.gen', seed: 4 } });
    const imported = question('imp-centre-1', { generator: null, source: 'Centre' });
    await content.upsertQuestions([kept, dropped]);
    await content.upsertQuestions([imported], ['centre:1']);
    const active = (await db.pool.query<{ id: string }>('SELECT id FROM questions WHERE retired_at IS NULL')).rows.map((r) => r.id);
    const retired = await content.retireGeneratedExcept([kept.id]);
    // Every other generated row is retired; the imported row belongs to its centre and stays.
    expect(retired).toBe(active.filter((id) => id !== kept.id && id !== imported.id).length);
    expect((await row(dropped.id))!.retired_at).not.toBeNull();
    expect((await row(kept.id))!.retired_at).toBeNull();
    expect((await row(imported.id))!.retired_at).toBeNull();

    expect(await content.upsertQuestions([dropped])).toEqual({ written: 1, versioned: [], ids: [dropped.id] });
    expect((await row(dropped.id))!.retired_at).toBeNull();
  });
});
