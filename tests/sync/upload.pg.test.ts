import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptRow, hlc, uuidv7 } from './helpers/rows.ts';
import { seedContent, SyncTestServer } from './helpers/server.ts';

let s: SyncTestServer;
let a: { id: string; token: string };
let b: { id: string; token: string };

async function signIn(role: 'student' | 'coach' = 'student') {
  const u = await s.user(role);
  return { id: u.id, token: await s.token(u.email, u.password) };
}

function upload(token: string, ops: unknown[]) {
  return s.app.inject({ method: 'POST', url: '/sync/upload', headers: { authorization: `Bearer ${token}` }, payload: { client_id: 'test', ops } });
}

const put = (type: string, data: Record<string, unknown>) => ({ op: 'PUT', type, id: String(data.id), data });

function sitting(studentId: string, extra: Record<string, unknown> = {}) {
  return { id: uuidv7(), student_id: studentId, test_id: 'T1', test_type: 'PRACTICE', question_ids: JSON.stringify(['Q-C0']), started_at: new Date().toISOString(), status: 'in_progress', ...extra };
}

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 2);
  a = await signIn();
  b = await signIn();
}, 240_000);
afterAll(() => s.close(), 60_000);

// Generous timeouts: CI machines running several suites at once are slow; nothing here asserts on time.
describe('POST /sync/upload', { timeout: 180_000 }, () => {
  it('needs a valid token', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/sync/upload', payload: { ops: [] } });
    expect(res.statusCode).toBe(401);
  });

  it('applies events once: replays are no-ops', async () => {
    const row = attemptRow(a.id, 'devA');
    for (let i = 0; i < 3; i += 1) {
      const res = await upload(a.token, [put('attempts', row)]);
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toEqual({ applied: 1, rejected: [] });
    }
    const { rows } = await s.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE id = $1', [row.id]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses, records and completes: other students rows, derived/content tables, deletes, bad fields', async () => {
    const before = (await s.db.pool.query('SELECT count(*)::int AS n FROM sync_upload_errors WHERE user_id = $1', [a.id])).rows[0].n;
    const res = await upload(a.token, [
      put('attempts', attemptRow(b.id, 'devA')),
      put('student_mastery', { id: uuidv7(), student_id: a.id, concept_id: 'C0', mastery_level: 1 }),
      put('questions', { id: 'Q-X', text: 'x' }),
      { op: 'DELETE', type: 'attempts', id: uuidv7() },
      put('attempts', { ...attemptRow(a.id, 'devA'), response_time_ms: -5 }),
      put('attempts', { ...attemptRow(a.id, 'devA'), hlc: hlc('devA', Date.now() + 10 * 86_400_000) }),
      { op: 'PATCH', type: 'users', id: b.id, data: { full_name: 'hacked', field_hlc: JSON.stringify({ full_name: hlc('x') }) } },
      { op: 'PATCH', type: 'users', id: a.id, data: { role: 'admin' } },
      put('attempts', attemptRow(a.id, 'devA')),
    ]);
    expect(res.statusCode).toBe(200);
    const { applied, rejected } = res.json().data;
    expect(applied).toBe(1);
    expect(rejected.map((r: { code: string }) => r.code)).toEqual([
      'FORBIDDEN', 'TABLE_NOT_WRITABLE', 'TABLE_NOT_WRITABLE', 'OP_NOT_ALLOWED', 'VALIDATION', 'HLC_FROM_FUTURE', 'FORBIDDEN', 'VALIDATION',
    ]);
    const after = (await s.db.pool.query('SELECT count(*)::int AS n FROM sync_upload_errors WHERE user_id = $1', [a.id])).rows[0].n;
    expect(after - before).toBe(8);
    expect((await s.db.pool.query('SELECT full_name, role FROM users WHERE id = $1', [b.id])).rows[0].full_name).toBeNull();
    expect((await s.db.pool.query('SELECT role FROM users WHERE id = $1', [a.id])).rows[0].role).toBe('student');
  });

  it('test sittings: LWW per field by HLC, status only forward', async () => {
    const row = sitting(a.id);
    expect((await upload(a.token, [put('test_sittings', row)])).json().data.applied).toBe(1);
    const submittedAt = new Date().toISOString();
    const t1 = hlc('devA');
    const t2 = hlc('devB');
    const submit = { op: 'PATCH', type: 'test_sittings', id: row.id, data: { status: 'submitted', submitted_at: submittedAt, field_hlc: JSON.stringify({ status: t1, submitted_at: t1 }) } };
    const reopen = { op: 'PATCH', type: 'test_sittings', id: row.id, data: { status: 'in_progress', field_hlc: JSON.stringify({ status: t2 }) } };
    expect((await upload(a.token, [submit])).json().data.rejected).toEqual([]);
    expect((await upload(a.token, [reopen])).json().data.rejected).toEqual([]);
    const { rows } = await s.db.pool.query('SELECT status, field_hlc FROM test_sittings WHERE id = $1', [row.id]);
    expect(rows[0].status).toBe('submitted');
    expect(rows[0].field_hlc.status).toBe(t1);
    // Immutable columns cannot be patched; another student cannot touch the sitting.
    const bad = await upload(a.token, [{ op: 'PATCH', type: 'test_sittings', id: row.id, data: { test_id: 'other' } }]);
    expect(bad.json().data.rejected[0].code).toBe('VALIDATION');
    const foreign = await upload(b.token, [{ op: 'PATCH', type: 'test_sittings', id: row.id, data: { status: 'submitted', submitted_at: submittedAt, field_hlc: JSON.stringify({ status: hlc('b') }) } }]);
    // Row-level security hides another student's sitting from the upload altogether.
    expect(foreign.json().data.rejected[0].code).toBe('NOT_FOUND');
  });

  it('property: whatever a student uploads, no row of another student changes and every accepted row is theirs', async () => {
    const snapshot = async () =>
      JSON.stringify(
        (await s.db.pool.query(
          `SELECT (SELECT json_agg(t ORDER BY id) FROM attempts t WHERE student_id = $1) a,
                  (SELECT json_agg(t ORDER BY id) FROM test_sittings t WHERE student_id = $1) s,
                  (SELECT row_to_json(u) FROM (SELECT full_name, phone, standard, language, field_hlc FROM users WHERE id = $1) u) u`,
          [b.id],
        )).rows[0],
      );
    const bSitting = sitting(b.id);
    await upload(b.token, [put('test_sittings', bSitting)]);
    const base = await snapshot();
    const op = fc.record({
      op: fc.constantFrom('PUT', 'PATCH', 'DELETE'),
      type: fc.constantFrom('attempts', 'test_sittings', 'users', 'telemetry', 'student_mastery', 'cohort_members'),
      owner: fc.constantFrom('a', 'b'),
      target: fc.constantFrom('new', 'bSitting', 'bUser', 'aUser'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const crud = ops.map((o) => {
          const owner = o.owner === 'a' ? a.id : b.id;
          const id = o.target === 'bSitting' ? bSitting.id : o.target === 'bUser' ? b.id : o.target === 'aUser' ? a.id : uuidv7();
          const data =
            o.type === 'attempts' ? { ...attemptRow(owner, 'p'), id }
            : o.type === 'test_sittings' ? { ...sitting(owner), id, status: 'submitted', submitted_at: new Date().toISOString(), field_hlc: JSON.stringify({ status: hlc('p'), submitted_at: hlc('p') }) }
            : o.type === 'users' ? { full_name: 'X', field_hlc: JSON.stringify({ full_name: hlc('p') }) }
            : { id, student_id: owner };
          return { op: o.op, type: o.type, id, data };
        });
        const res = await upload(a.token, crud);
        expect(res.statusCode).toBe(200);
        expect(await snapshot()).toBe(base);
      }),
      { numRuns: 15 },
    );
  });
});
