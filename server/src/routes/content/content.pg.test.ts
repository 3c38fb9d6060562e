import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { seedContent } from '../../seed/content.ts';

let t: TestApp;
let admin: SignedIn;
let student: SignedIn;
const count = async (table: string) => (await t.db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'admin');
  student = await createUser(t, 'student');
  await seedContent(t.db.pool);
});
afterAll(async () => t.close());

describe('content seed', () => {
  it('loads the whole syllabus and bank, and a second start changes nothing', async () => {
    expect(await count('units')).toBe(54);
    expect(await count('concepts')).toBeGreaterThanOrEqual(250);
    expect(await count('questions')).toBeGreaterThanOrEqual(3000);
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM concepts c WHERE (SELECT count(*) FROM questions q WHERE q.primary_concept_id = c.id) < 8`);
    expect(rows[0].n).toBe(0);
    const before = (await t.db.pool.query(`SELECT max(updated_at) AS m FROM questions`)).rows[0].m;
    expect(await seedContent(t.db.pool)).toBeNull();
    expect((await t.db.pool.query(`SELECT max(updated_at) AS m FROM questions`)).rows[0].m).toEqual(before);
  });
});

describe('coaching-centre import', () => {
  it('imports a CSV file once; re-importing it creates no duplicates', async () => {
    const content = await readFile('content/import/example.csv', 'utf8');
    const before = await count('questions');
    const first = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(admin.token), payload: { format: 'csv', source: 'Test Centre', content } });
    expect(first.statusCode, first.body).toBe(200);
    const rows = first.json().data.rows as number;
    expect(first.json().data).toEqual({ rows, written: rows, unchanged: 0, versioned: 0 });
    expect(await count('questions')).toBe(before + rows);
    const again = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(admin.token), payload: { format: 'csv', source: 'Test Centre', content } });
    expect(again.json().data).toEqual({ rows, written: 0, unchanged: rows, versioned: 0 });
    expect(await count('questions')).toBe(before + rows);
    // A corrected key is a new version: the old row stays (retired) for the answers given to it.
    const corrected = content.replace(/(VMC-P-0001,.*),B,,/, '$1,C,,');
    expect(corrected).not.toBe(content);
    const fixed = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(admin.token), payload: { format: 'csv', source: 'Test Centre', content: corrected } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().data).toEqual({ rows, written: 1, unchanged: rows - 1, versioned: 1 });
    expect(await count('questions')).toBe(before + rows + 1);
    const versions = await t.db.pool.query<{ answer: string; retired: boolean }>(
      `SELECT answer, retired_at IS NOT NULL AS retired FROM questions
        WHERE split_part(id, '~', 1) = (SELECT split_part(id, '~', 1) FROM questions WHERE import_key LIKE '%VMC-P-0001%')
        ORDER BY retired DESC`,
    );
    expect(versions.rows).toEqual([{ answer: 'B', retired: true }, { answer: 'C', retired: false }]);
    // A second correction of the same row retires the first correction too (one active version).
    const again2 = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(admin.token), payload: { format: 'csv', source: 'Test Centre', content: content.replace(/(VMC-P-0001,.*),B,,/, '$1,D,,') } });
    expect(again2.json().data).toMatchObject({ written: 1, versioned: 1 });
    const active = await t.db.pool.query(`SELECT answer FROM questions WHERE import_key LIKE '%VMC-P-0001%' AND retired_at IS NULL`);
    expect(active.rows).toEqual([{ answer: 'D' }]);
    const audit = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'content_imported' AND actor_id = $1`, [admin.id]);
    expect(audit.rows[0].n).toBe(4);
  });

  it('imports JSON with image URLs kept on the question', async () => {
    const content = await readFile('content/import/example.json', 'utf8');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(admin.token), payload: { format: 'json', source: 'JSON Centre', content } });
    expect(res.statusCode, res.body).toBe(200);
    const withImages = await t.db.pool.query(`SELECT count(*)::int AS n FROM questions WHERE import_key IS NOT NULL AND cardinality(image_urls) > 0`);
    expect(withImages.rows[0].n).toBeGreaterThan(0);
  });

  it('a file with one bad row imports nothing and names row, field and reason for each error', async () => {
    const good = await readFile('content/import/example.csv', 'utf8');
    const lines = good.split('\n');
    const header = lines[0];
    const bad = `${header}\nBAD-1,PHYSICS,SINGLE,NO.SUCH.CONCEPT,,Text,a,b,c,d,B,,,2,,\nBAD-2,BIOLOGY,INTEGER,P.KIN.PROJ,,Text,,,,,x,,,9,,\n`;
    const before = await count('questions');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(admin.token), payload: { format: 'csv', source: 'Bad Centre', content: `${good.trimEnd()}\n${bad.split('\n').slice(1).join('\n')}` } });
    expect(res.statusCode).toBe(422);
    const errors = res.json().errors as Array<{ code: string; field: string; message: string }>;
    expect(errors.every((e) => e.code === 'IMPORT_INVALID')).toBe(true);
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining([expect.stringMatching(/^row \d+\.primary_concept_id$/), expect.stringMatching(/^row \d+\.subject$/)]));
    expect(await count('questions')).toBe(before);
  });

  it('is for admins only', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(student.token), payload: { format: 'csv', source: 'X', content: 'a' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('question search', () => {
  it('finds questions by words, ranked, without answer keys', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/content/search?q=projectile&limit=5', headers: bearer(student.token) });
    expect(res.statusCode).toBe(200);
    const { total, results } = res.json().data;
    expect(total).toBeGreaterThan(0);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]).not.toHaveProperty('answer');
    expect(results[0]).not.toHaveProperty('explanation');
    const ranks = results.map((r: { rank: number }) => r.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('filters by subject, concept (primary or secondary), difficulty, source and year', async () => {
    const { rows } = await t.db.pool.query(`SELECT primary_concept_id, source, year FROM questions WHERE year IS NOT NULL LIMIT 1`);
    const sample = rows[0];
    const byConcept = (await t.app.inject({ method: 'GET', url: `/api/content/search?concept=${sample.primary_concept_id}&limit=100`, headers: bearer(student.token) })).json().data;
    expect(byConcept.results.length).toBeGreaterThanOrEqual(8);
    for (const r of byConcept.results) expect([r.primary_concept_id, ...r.secondary_concept_ids]).toContain(sample.primary_concept_id);
    const byYear = (await t.app.inject({ method: 'GET', url: `/api/content/search?year=${sample.year}&subject=MATH&difficulty=3&limit=50`, headers: bearer(student.token) })).json().data;
    for (const r of byYear.results) expect(r).toMatchObject({ year: sample.year, subject: 'MATH', difficulty: 3 });
    const bySource = (await t.app.inject({ method: 'GET', url: `/api/content/search?source=${encodeURIComponent('JEE Advanced')}&limit=5`, headers: bearer(student.token) })).json().data;
    expect(bySource.total).toBe(515);
  });

  it('treats hostile query text as words, never as syntax', async () => {
    for (const q of ["'; DROP TABLE questions; --", '!!! & | <->', '"unterminated', '-']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/content/search?q=${encodeURIComponent(q)}`, headers: bearer(student.token) });
      expect(res.statusCode, q).toBe(200);
    }
  });
});

describe('concept graph', () => {
  it('lists units, concepts and prerequisites by subject', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/content/concepts?subject=PHYSICS', headers: bearer(student.token) });
    const data = res.json().data;
    expect(data.units).toHaveLength(20);
    expect(data.concepts.every((c: { subject: string }) => c.subject === 'PHYSICS')).toBe(true);
    expect(data.prerequisites.length).toBeGreaterThan(0);
  });
});

describe('import edge cases', () => {
  it('refuses NUL characters in a row, naming the field', async () => {
    const content = JSON.stringify({
      questions: [{ external_id: 'N-1', subject: 'PHYSICS', type: 'INTEGER', primary_concept_id: 'P.KIN.PROJ', text: 'bad\u0000text', answer: '3' }],
    });
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/content/import', headers: bearer(admin.token), payload: { format: 'json', source: 'Nul Centre', content } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('row 1.text');
  });
});
