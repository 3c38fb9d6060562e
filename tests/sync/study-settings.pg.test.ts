import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptRow, hlc } from './helpers/rows.ts';
import { seedContent, SyncTestServer } from './helpers/server.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

/**
 * The student's study settings (daily minutes, desired retention) travel like the other profile
 * fields: last-writer-wins per field by HLC stamp, own row only, bad values refused with a reason
 * and without blocking the good work queued behind them.
 */
let s: SyncTestServer;
let a: { id: string; token: string };

function upload(token: string, ops: unknown[]) {
  return s.app.inject({ method: 'POST', url: '/sync/upload', headers: { authorization: `Bearer ${token}` }, payload: { client_id: 'test', ops } });
}
const patch = (id: string, data: Record<string, unknown>, stamp: string) => ({
  op: 'PATCH',
  type: 'users',
  id,
  data: { ...data, field_hlc: JSON.stringify(Object.fromEntries(Object.keys(data).map((k) => [k, stamp]))) },
});
const settingsOf = async (id: string) =>
  (await s.db.pool.query<{ study_minutes: number | null; desired_retention: number | null }>('SELECT study_minutes, desired_retention FROM users WHERE id = $1', [id])).rows[0];

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 2);
  const u = await s.user('student');
  a = { id: u.id, token: await s.token(u.email, u.password) };
}, 240_000);
afterAll(() => s.close(), 60_000);

describe('study settings upload', { timeout: 180_000 }, () => {
  it('stores the minutes and retention a student sets, the newer stamp winning per field', async () => {
    const res = await upload(a.token, [patch(a.id, { study_minutes: 75, desired_retention: 0.85 }, hlc('d1'))]);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.rejected).toEqual([]);
    expect(await settingsOf(a.id)).toEqual({ study_minutes: 75, desired_retention: 0.85 });
    // An older write from another device loses; clearing to the phase default with a newer stamp wins.
    const old = formatHlc({ wallMs: Date.now() - 60_000, counter: 0, node: 'd2' });
    await upload(a.token, [patch(a.id, { study_minutes: 30 }, old)]);
    expect((await settingsOf(a.id))?.study_minutes).toBe(75);
    await upload(a.token, [patch(a.id, { study_minutes: null }, hlc('d2'))]);
    expect(await settingsOf(a.id)).toEqual({ study_minutes: null, desired_retention: 0.85 });
  });

  it('refuses out-of-range values naming the field, and still applies the attempt queued behind', async () => {
    const row = attemptRow(a.id, 'd3');
    const res = await upload(a.token, [patch(a.id, { study_minutes: 5000 }, hlc('d3')), patch(a.id, { desired_retention: 0.2 }, hlc('d3')), { op: 'PUT', type: 'attempts', id: row.id, data: row }]);
    expect(res.statusCode).toBe(200);
    const body = res.json().data as { applied: number; rejected: { message: string }[] };
    expect(body.applied).toBe(1);
    expect(body.rejected).toHaveLength(2);
    expect(body.rejected[0]?.message).toMatch(/study_minutes/);
    expect(body.rejected[1]?.message).toMatch(/desired_retention/);
    expect(await settingsOf(a.id)).toEqual({ study_minutes: null, desired_retention: 0.85 });
    expect((await s.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE id = $1', [row.id])).rows[0].n).toBe(1);
  });
});
