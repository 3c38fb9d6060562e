import { expect } from 'vitest';
import { bankItems, question, seedConcepts } from '../jobs/fixtures.ts';
import { bearer, type TestApp } from './test-app.ts';

/**
 * An open monthly benchmark for class 12 drawn from a freshly filled sealed bank (admin API),
 * for tests of answer-key secrecy. Returns its id (the test_id of its sittings) and its paper.
 */
export async function openBenchmark(t: TestApp, adminToken: string, month: string, prefix = 'SB'): Promise<{ id: string; paper: string[] }> {
  await seedConcepts(t.db.pool);
  const items = bankItems(prefix, 22, 6);
  const added = await t.app.inject({ method: 'POST', url: '/api/admin/benchmarks/bank', headers: bearer(adminToken), payload: { questions: items.map(question) } });
  expect(added.statusCode, added.body).toBe(200);
  const now = Date.now();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/benchmarks',
    headers: bearer(adminToken),
    payload: { standard: 12, month, opens_at: new Date(now - 60_000).toISOString(), closes_at: new Date(now + 3 * 3_600_000).toISOString(), grace_s: 3600 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().data.id, paper: res.json().data.question_ids };
}
