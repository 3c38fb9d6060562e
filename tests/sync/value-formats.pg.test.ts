import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupStudent, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The data of the newest op for one object, as devices receive it. */
async function opData(objectType: string, objectId: string): Promise<Record<string, unknown>> {
  await t.app.sync.processor.flush();
  const { rows } = await t.db.pool.query<{ data: string }>(
    'SELECT data FROM sync_ops WHERE object_type = $1 AND object_id = $2 ORDER BY op_id DESC LIMIT 1',
    [objectType, objectId],
  );
  return JSON.parse(rows[0]!.data) as Record<string, unknown>;
}

describe('sync values are Postgres text, as the PowerSync Service sends them', () => {
  it('timestamptz keeps microseconds, in UTC with a space and Z, whatever the session time zone', async () => {
    await t.db.pool.query(
      `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight, updated_at)
       VALUES ('FMT1', 'Formats', 'MATH', 'U1', 1, 2, 0.5, '2026-12-06 05:47:42.891041+05:30'),
              ('FMT2', 'Formats', 'MATH', 'U1', 1, 2, 0.5, '2026-12-06 00:17:42+00')`,
    );
    expect((await opData('concepts', 'FMT1')).updated_at).toBe('2026-12-06 00:17:42.891041Z');
    expect((await opData('concepts', 'FMT2')).updated_at).toBe('2026-12-06 00:17:42Z');
  });

  it('jsonb is Postgres text (its spacing), not a re-serialisation', async () => {
    const s = await signupStudent(t.app);
    await t.db.pool.query(`UPDATE users SET field_hlc = '{"full_name":"0001-a","language":"0002-b"}'::jsonb WHERE id = $1`, [s.id]);
    const expected = (await t.db.pool.query<{ v: string }>('SELECT field_hlc::text AS v FROM users WHERE id = $1', [s.id])).rows[0]!.v;
    expect(expected).toBe('{"language": "0002-b", "full_name": "0001-a"}');
    expect((await opData('users', s.id)).field_hlc).toBe(expected);
  });
});
