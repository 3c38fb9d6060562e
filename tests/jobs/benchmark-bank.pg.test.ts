import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRESH_INSTALL_PAPERS, seedBenchmarkBank } from '../../server/src/seed/benchmark-bank.ts';
import { seedContent } from '../../server/src/seed/content.ts';
import { CLASS_11_UNIT_IDS } from '../../server/src/seed/unit-classes.ts';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from '../helpers/test-app.ts';

/**
 * The sealed bank out of the box: a fresh install (content + seed step, as `npm start` runs
 * them) lets an admin schedule a JEE Main benchmark for each class at once; the console's
 * summary tells what the bank holds without a text or key; adding to it works by generation and
 * by import, and an import of a public question is refused.
 */

let t: TestApp;
let admin: SignedIn;
let coach: SignedIn;
let seeded = 0;
const q = (sql: string, v: unknown[] = []) => t.db.pool.query(sql, v);
const now = Date.now();
const schedule = (standard: 11 | 12, month: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/admin/benchmarks',
    headers: bearer(admin.token),
    payload: { standard, month, opens_at: new Date(now + 86_400_000).toISOString(), closes_at: new Date(now + 86_400_000 + 3 * 3600_000).toISOString(), grace_s: 900 },
  });
const summary = async () => (await t.app.inject({ method: 'GET', url: '/api/admin/benchmarks/bank', headers: bearer(admin.token) })).json().data as {
  counts: Array<{ standard: number; subject: string; type: string; unused: number; used: number }>;
  classes: Array<{ standard: number; papers: number; next_shortfall: Array<{ subject: string; type: string; missing: number }> }>;
};

beforeAll(async () => {
  t = await createTestApp();
  [admin, coach] = await Promise.all([createUser(t, 'admin'), createUser(t, 'coach')]);
  await seedContent(t.db.pool);
  seeded = await seedBenchmarkBank(t.db.pool);
}, 600_000);
afterAll(async () => t.close());

describe('sealed bank on a fresh install', () => {
  it('is seeded once, with no item that repeats a public question', async () => {
    expect(seeded).toBeGreaterThan(0);
    expect(await seedBenchmarkBank(t.db.pool)).toBe(0);
    const { rows } = await q(`SELECT count(*)::int AS n FROM benchmark_bank b WHERE EXISTS (SELECT 1 FROM questions p WHERE p.text = b.text OR p.id = b.id)`);
    expect(rows[0].n).toBe(0);
    // Ids do not carry the generator seed (it would let anyone rebuild the item and its key).
    const ids = await q(`SELECT id FROM benchmark_bank WHERE id !~ '^sb-[0-9a-f]{24}$'`);
    expect(ids.rows).toEqual([]);
    // Numerical items are integers only, as in JEE Main.
    const types = await q(`SELECT DISTINCT type FROM benchmark_bank ORDER BY type`);
    expect(types.rows.map((r) => r.type)).toEqual(['INTEGER', 'SINGLE']);
    // Every item knows its class.
    expect((await q(`SELECT count(*)::int AS n FROM benchmark_bank WHERE standard IS NULL`)).rows[0].n).toBe(0);
  });

  it('tells the admin what it holds and how many papers each class can get, without texts or keys', async () => {
    const s = await summary();
    for (const c of s.classes) expect(c.papers, `class ${c.standard}`).toBeGreaterThanOrEqual(FRESH_INSTALL_PAPERS);
    expect(s.counts.length).toBeGreaterThan(0);
    expect(s.counts.reduce((n, r) => n + r.unused, 0)).toBe(seeded);
    const body = JSON.stringify(s);
    expect(body).not.toMatch(/"(text|answer|explanation|options)"/);
    const refused = await t.app.inject({ method: 'GET', url: '/api/admin/benchmarks/bank', headers: bearer(coach.token) });
    expect(refused.statusCode).toBe(403);
  });

  it('schedules a class 11 paper from class 11 units only, and a class 12 paper, at once', async () => {
    const eleven = await schedule(11, '2031-03');
    expect(eleven.statusCode, eleven.body).toBe(201);
    const paper11 = eleven.json().data as { id: string; question_ids: string[]; title: string };
    expect(paper11.question_ids).toHaveLength(75);
    expect(paper11.title).toBe('Monthly benchmark, March 2031 · class 11');
    const units = await q(
      `SELECT DISTINCT c.unit FROM benchmark_bank b JOIN concepts c ON c.id = b.primary_concept_id WHERE b.id = ANY($1::text[])`,
      [paper11.question_ids],
    );
    for (const r of units.rows) expect(CLASS_11_UNIT_IDS).toContain(r.unit);
    const twelve = await schedule(12, '2031-03');
    expect(twelve.statusCode, twelve.body).toBe(201);
    const types = await q(`SELECT type, count(*)::int AS n FROM benchmark_questions WHERE benchmark_id = $1 GROUP BY type ORDER BY type`, [twelve.json().data.id]);
    expect(types.rows).toEqual([
      { type: 'INTEGER', n: 15 },
      { type: 'SINGLE', n: 60 },
    ]);
    const after = await summary();
    expect(after.counts.reduce((n, r) => n + r.used, 0)).toBe(150);
  });

  it('names the class and the missing sections when the bank runs short', async () => {
    await q(`UPDATE benchmark_bank SET used_by = 'elsewhere' WHERE used_by IS NULL AND subject = 'PHYSICS' AND type = 'INTEGER'`);
    const res = await schedule(11, '2031-04');
    expect(res.statusCode).toBe(409);
    const err = res.json().errors[0];
    expect(err.field).toBe('bank');
    expect(err.message).toContain('the sealed bank cannot fill a class 11 JEE Main paper');
    expect(err.message).toContain('Physics numerical: 5 more');
    expect((await q(`SELECT count(*)::int AS n FROM benchmarks WHERE month = '2031-04-01'`)).rows[0].n).toBe(0);
    const s = await summary();
    expect(s.classes.find((c) => c.standard === 11)).toMatchObject({ papers: 0, next_shortfall: [{ subject: 'PHYSICS', type: 'INTEGER', missing: 5 }] });
  });

  it('adds generated items on request (audited), after which the class can be scheduled again', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/benchmarks/bank/generate', headers: bearer(admin.token), payload: { papers: 2 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.written).toBeGreaterThan(0);
    expect((await q(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'benchmark_bank_generated' AND actor_id = $1`, [admin.id])).rows[0].n).toBe(1);
    // The audit log finds it by part of the actor's e-mail and names the actor.
    const log = await t.app.inject({ method: 'GET', url: `/api/admin/audit-log?action=benchmark_bank_generated&actor=${encodeURIComponent(admin.email.slice(0, 12).toUpperCase())}`, headers: bearer(admin.token) });
    expect(log.statusCode, log.body).toBe(200);
    expect(log.json().data).toHaveLength(1);
    expect(log.json().data[0]).toMatchObject({ actor_id: admin.id, actor_email: admin.email });
    const none = await t.app.inject({ method: 'GET', url: '/api/admin/audit-log?actor=nobody-by-this-name', headers: bearer(admin.token) });
    expect(none.json().data).toEqual([]);
    const bad = await t.app.inject({ method: 'POST', url: '/api/admin/benchmarks/bank/generate', headers: bearer(admin.token), payload: { papers: 0 } });
    expect(bad.statusCode).toBe(400);
    expect((await schedule(11, '2031-04')).statusCode).toBe(201);
  });

  it('imports a centre’s own questions into the sealed bank, refusing any public question and writing nothing then', async () => {
    const pub = (await q(`SELECT text, primary_concept_id FROM questions WHERE type = 'SINGLE' ORDER BY id LIMIT 1`)).rows[0];
    const concept = pub.primary_concept_id as string;
    const row = (id: string, text: string) => ({
      external_id: id,
      subject: 'MATH',
      type: 'INTEGER',
      primary_concept_id: concept,
      text,
      answer: '4',
      explanation: 'Because.',
      difficulty: 3,
    });
    const subject = (await q(`SELECT subject FROM concepts WHERE id = $1`, [concept])).rows[0].subject as string;
    const rows = [row('c1', 'Sealed centre question one'), row('c2', pub.text as string)].map((r) => ({ ...r, subject }));
    const before = (await q(`SELECT count(*)::int AS n FROM benchmark_bank`)).rows[0].n;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/admin/benchmarks/bank/import',
      headers: bearer(admin.token),
      payload: { format: 'json', source: 'Centre', content: JSON.stringify({ questions: rows }) },
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().errors.some((e: { field: string }) => e.field === 'row 2.text')).toBe(true);
    expect((await q(`SELECT count(*)::int AS n FROM benchmark_bank`)).rows[0].n).toBe(before);
    const okRes = await t.app.inject({
      method: 'POST',
      url: '/api/admin/benchmarks/bank/import',
      headers: bearer(admin.token),
      payload: { format: 'json', source: 'Centre', content: JSON.stringify({ questions: rows.slice(0, 1) }) },
    });
    expect(okRes.statusCode, okRes.body).toBe(200);
    expect(okRes.json().data).toMatchObject({ rows: 1, written: 1 });
    const stored = await q(`SELECT id, standard FROM benchmark_bank WHERE text = 'Sealed centre question one'`);
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].id).toMatch(/^sb-/);
    expect([11, 12]).toContain(stored.rows[0].standard);
    // Nothing of it is public.
    expect((await q(`SELECT count(*)::int AS n FROM questions WHERE text = 'Sealed centre question one'`)).rows[0].n).toBe(0);
  });
});
