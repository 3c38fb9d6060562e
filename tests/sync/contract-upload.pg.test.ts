import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptSchema, sittingCreateSchema } from '../../shared/src/schemas/sync.ts';
import { SYNC_TABLES } from '../../shared/src/schemas/sync-tables.ts';
import { hlc, uuidv7 } from './helpers/rows.ts';
import { seedContent, SyncTestServer } from './helpers/server.ts';

/**
 * The upload side of the sync contract, through the real endpoint: every column the contract lets
 * a device write reaches the Postgres column of the same name. A field added to the contract (an
 * LWW field, a sitting or answer column) that the upload code does not store fails here; a field
 * with no sample value below fails too, asking for one.
 */

/** A value per writable column, unlike what sign-up or defaults would leave there. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  users: {
    full_name: 'Asha Rao',
    phone: '+919800000001',
    standard: 11,
    coaching_center: 'Kota Centre',
    exam_target: '2027-04-03',
    language: 'hi',
    study_minutes: 95,
    desired_retention: 0.85,
  },
  test_sittings: {
    test_id: 'WEEKLY-CONTRACT',
    test_type: 'WEEKLY',
    pattern: 'JEE_ADVANCED',
    question_ids: JSON.stringify(['Q-C0', 'Q-C1']),
    started_at: '2026-11-30T10:00:00.000Z',
    duration_limit_s: 1800,
    status: 'submitted',
    submitted_at: '2026-11-30T10:20:00.000Z',
  },
  attempts: {
    question_id: 'Q-C1',
    concept_id: 'C1',
    answer: '4',
    is_correct: 1,
    response_time_ms: 4321,
    device_time: '2026-11-30T10:05:00.000Z',
  },
};

let s: SyncTestServer;
let me: { id: string; token: string };

function upload(ops: unknown[]) {
  return s.app.inject({ method: 'POST', url: '/sync/upload', headers: { authorization: `Bearer ${me.token}` }, payload: { client_id: 'contract', ops } });
}

/** The stored row as JSON (Postgres' own rendering of every type). */
async function stored(table: string, id: string): Promise<Record<string, unknown>> {
  const { rows } = await s.db.pool.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE id = $1`, [id]);
  expect(rows[0], `${table} row ${id} stored`).toBeDefined();
  return rows[0]?.row ?? {};
}

/** Compares a sent value with the stored one: instants as instants, JSON text as JSON. */
function expectStored(table: string, column: string, sent: unknown, got: unknown): void {
  const what = `${table}.${column}`;
  if (typeof sent === 'string' && /^\d{4}-\d\d-\d\dT/.test(sent)) expect(Date.parse(String(got)), what).toBe(Date.parse(sent));
  else if (typeof sent === 'string' && /^[[{]/.test(sent)) expect(got, what).toEqual(JSON.parse(sent));
  else if (typeof sent === 'number' && table === 'attempts' && column === 'is_correct') expect(got, what).toBe(sent === 1);
  else expect(got, what).toEqual(sent);
}

/** The sample for each of `columns`; a column without one fails the test by name. */
function samplesFor(table: string, columns: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    expect(Object.hasOwn(SAMPLES[table] ?? {}, column), `a sample value for ${table}.${column} in this test`).toBe(true);
    out[column] = SAMPLES[table]?.[column];
  }
  return out;
}

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 2);
  const u = await s.user('student');
  me = { id: u.id, token: await s.token(u.email, u.password) };
}, 240_000);
afterAll(() => s?.close(), 60_000);

describe('sync contract: what a device may write is what the server stores', { timeout: 180_000 }, () => {
  it('every LWW field of the profile, sent in one PATCH, is stored', async () => {
    const fields = SYNC_TABLES.users.upload.lww;
    const values = samplesFor('users', fields);
    const stamp = hlc('contract-u');
    const res = await upload([{ op: 'PATCH', type: 'users', id: me.id, data: { ...values, field_hlc: JSON.stringify(Object.fromEntries(fields.map((f) => [f, stamp]))) } }]);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.rejected).toEqual([]);
    const row = await stored('users', me.id);
    for (const f of fields) expectStored('users', f, values[f], row[f]);
    expect(row.field_hlc).toEqual(Object.fromEntries(fields.map((f) => [f, stamp])));
  });

  it('a sitting created with every column a device may send, then its LWW fields patched, is stored', async () => {
    const id = uuidv7();
    const createColumns = Object.keys(sittingCreateSchema.shape).filter((k) => !['id', 'student_id', 'field_hlc', ...SYNC_TABLES.test_sittings.upload.lww].includes(k));
    const created = samplesFor('test_sittings', createColumns);
    const put = await upload([{ op: 'PUT', type: 'test_sittings', id, data: { ...created, student_id: me.id, status: 'in_progress', field_hlc: '{}' } }]);
    expect(put.json().data.rejected).toEqual([]);
    const lww = SYNC_TABLES.test_sittings.upload.lww;
    const patched = samplesFor('test_sittings', lww);
    const stamp = hlc('contract-s');
    const patch = await upload([{ op: 'PATCH', type: 'test_sittings', id, data: { ...patched, field_hlc: JSON.stringify(Object.fromEntries(lww.map((f) => [f, stamp]))) } }]);
    expect(patch.json().data.rejected).toEqual([]);
    const row = await stored('test_sittings', id);
    for (const c of [...createColumns, ...lww]) expectStored('test_sittings', c, { ...created, ...patched }[c], row[c]);
    expect(row.student_id).toBe(me.id);
  });

  it('an answer with every column a device may send is stored', async () => {
    const id = uuidv7();
    const columns = Object.keys(attemptSchema.shape).filter((k) => !['id', 'student_id', 'sitting_id', 'hlc'].includes(k));
    const values = samplesFor('attempts', columns);
    const stamp = hlc('contract-a');
    const res = await upload([{ op: 'PUT', type: 'attempts', id, data: { ...values, student_id: me.id, sitting_id: null, hlc: stamp } }]);
    expect(res.json().data.rejected).toEqual([]);
    const row = await stored('attempts', id);
    for (const c of columns) expectStored('attempts', c, values[c], row[c]);
    expect(row.hlc).toBe(stamp);
    expect(row.student_id).toBe(me.id);
  });
});
