import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loginBodySchema, logoutBodySchema, profilePatchSchema, refreshBodySchema, roleSchema, signupBodySchema } from '@cr/shared';
import { openBenchmark } from './helpers/sealed-benchmark.ts';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from './helpers/test-app.ts';

// Property: whatever garbage reaches a route — wrong types, unknown fields, hostile strings,
// broken JSON, wrong content types, oversize bodies — the answer is a 4xx envelope naming a code,
// never a 5xx, and the database is byte-for-byte unchanged.

let t: TestApp;
let student: SignedIn;
let admin: SignedIn;
const RUNS = Number(process.env.FC_RUNS ?? 40);

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '65536' });
  student = await createUser(t, 'student');
  admin = await createUser(t, 'admin');
});
afterAll(async () => t.close());

/**
 * A fingerprint of every table's full contents, taken once the change processor has settled:
 * the writes of `beforeAll` (sign-ups) reach the bucket log asynchronously, and a drain that
 * empties `sync_changes` between two fingerprints is not a write by the request under test.
 */
async function fingerprint(): Promise<string> {
  await t.app.sync.processor.flush();
  const { rows } = await t.db.pool.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const parts: string[] = [];
  for (const { tablename } of rows) {
    const r = await t.db.pool.query(`SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${tablename}" x`);
    parts.push(`${tablename}:${r.rows[0].h}`);
  }
  return parts.join('|');
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    "' OR 1=1; DROP TABLE users; --",
    '<script>alert(1)</script>',
    '\u0000\u0001\u001f',
    '../../etc/passwd',
    '{"$gt": ""}',
    '𝕁𝔼𝔼 ☃ \u202e',
    '9'.repeat(400),
  ),
  fc.string({ minLength: 300, maxLength: 2000 }),
);
const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }));

interface BodyRoute {
  method: 'POST' | 'PATCH';
  url: string;
  schema: z.ZodType;
  valid: Record<string, unknown>;
  auth?: () => string;
}

const future = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
const BODY_ROUTES: BodyRoute[] = [
  { method: 'POST', url: '/api/auth/signup', schema: signupBodySchema, valid: { email: 'fresh@x.cr', password: 'longenough', standard: 12, exam_target: future, full_name: 'A', phone: '+91 98765 43210', coaching_center: 'C' } },
  { method: 'POST', url: '/api/auth/login', schema: loginBodySchema, valid: { email: 'a@x.cr', password: 'p' } },
  { method: 'POST', url: '/api/auth/refresh', schema: refreshBodySchema, valid: { refresh_token: 'r'.repeat(43) } },
  { method: 'POST', url: '/api/auth/logout', schema: logoutBodySchema, valid: { refresh_token: 'r'.repeat(43) }, auth: () => student.token },
  { method: 'PATCH', url: '/api/user/profile', schema: profilePatchSchema, valid: { full_name: 'B', language: 'hi' }, auth: () => student.token },
  { method: 'PATCH', url: '/api/admin/users/00000000-0000-4000-8000-000000000000/role', schema: z.object({ role: roleSchema }).strict(), valid: { role: 'coach' }, auth: () => admin.token },
];

/** Bad bodies: whole random values, and the valid body with one field broken or one field added. */
function badBodies(route: BodyRoute) {
  const keys = Object.keys(route.valid);
  return fc.oneof(
    fc.anything(),
    fc.record({ key: fc.constantFrom(...keys), value: hostileValue }).map(({ key, value }) => ({ ...route.valid, [key]: value })),
    fc.record({ key: fc.string({ minLength: 1 }).filter((k) => !keys.includes(k) && k !== '__proto__'), value: hostileValue }).map(({ key, value }) => ({ ...route.valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(route.valid).filter(([k]) => k !== key))),
  );
}

function expectClientError(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  const body = JSON.parse(res.body);
  expect(body.status).toBe('error');
  expect(body.errors.length).toBeGreaterThan(0);
  expect(typeof body.errors[0].code).toBe('string');
}

describe('bad input never writes and never 500s', () => {
  for (const route of BODY_ROUTES) {
    it(`${route.method} ${route.url}: generated invalid bodies`, async () => {
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(badBodies(route), async (payload) => {
          // The shared zod schema is the oracle: only inputs it rejects are "bad".
          fc.pre(!route.schema.safeParse(payload).success);
          const res = await t.app.inject({
            method: route.method,
            url: route.url,
            headers: { 'content-type': 'application/json', ...(route.auth ? bearer(route.auth()) : {}) },
            payload: JSON.stringify(payload) ?? 'undefined',
          });
          expectClientError(res);
        }),
        { numRuns: RUNS },
      );
      expect(await fingerprint()).toBe(before);
    });

    it(`${route.method} ${route.url}: broken JSON, wrong content type, oversize body`, async () => {
      const before = await fingerprint();
      const headers = route.auth ? bearer(route.auth()) : {};
      await fc.assert(
        fc.asyncProperty(
          fc.string().filter((s) => {
            try {
              JSON.parse(s);
              return false;
            } catch {
              return true;
            }
          }),
          async (text) => {
            const res = await t.app.inject({ method: route.method, url: route.url, headers: { ...headers, 'content-type': 'application/json' }, payload: text });
            expectClientError(res);
          },
        ),
        { numRuns: RUNS },
      );
      const wrongType = await t.app.inject({ method: route.method, url: route.url, headers: { ...headers, 'content-type': 'application/xml' }, payload: '<a/>' });
      expectClientError(wrongType);
      expect(wrongType.statusCode).toBe(415);
      const huge = await t.app.inject({
        method: route.method,
        url: route.url,
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ ...route.valid, padding: 'x'.repeat(70_000) }),
      });
      expectClientError(huge);
      expect(huge.statusCode).toBe(413);
      expect(await fingerprint()).toBe(before);
    });
  }

  it('path parameters that are not ids are refused with the field named', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(hostileString.filter((s) => !z.uuid().safeParse(s).success && s.length > 0), async (id) => {
        const enc = encodeURIComponent(id);
        for (const req of [
          { method: 'GET' as const, url: `/api/coach/students/${enc}/summary`, token: admin.token },
          { method: 'PATCH' as const, url: `/api/admin/users/${enc}/role`, token: admin.token, payload: { role: 'coach' } },
        ]) {
          const res = await t.app.inject({ method: req.method, url: req.url, headers: bearer(req.token), ...(req.payload ? { payload: req.payload } : {}) });
          expectClientError(res);
        }
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint()).toBe(before);
  });

  it('query strings with wrong types or unknown keys are refused', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ limit: hostileString.filter((s) => !/^\s*\d+\s*$/.test(s)) }),
          fc.record({ role: hostileString.filter((s) => !['student', 'coach', 'admin'].includes(s)) }),
          fc.record({ unknown_key: hostileString }),
        ),
        async (query) => {
          const res = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: bearer(admin.token), query: query as Record<string, string> });
          expectClientError(res);
        },
      ),
      { numRuns: RUNS },
    );
    expect(await fingerprint()).toBe(before);
  });
});

// The write path: hostile ops reach POST /sync/upload among good ones. Each bad op is refused and
// recorded alone (never a 5xx the device would retry forever), the good op is applied whatever
// surrounds it, and nothing of another student changes.
describe('uploads: bad ops are refused one by one', () => {
  let other: SignedIn;
  let otherSitting = '';
  let sealed: string[] = [];
  const stamp = () => `${Date.now()}:0001:badinput`;
  const goodAttempt = () => ({
    op: 'PUT',
    type: 'attempts',
    id: randomUUID(),
    data: { question_id: 'Q-1', concept_id: 'M.BASE', answer: 'A', is_correct: 0, response_time_ms: 1000, device_time: new Date().toISOString(), hlc: stamp() },
  });
  const upload = (token: string, ops: unknown[]) => t.app.inject({ method: 'POST', url: '/sync/upload', headers: bearer(token), payload: { client_id: 'bad-input', ops } });
  const otherRows = async () =>
    (
      await t.db.pool.query(
        `SELECT (SELECT json_agg(s ORDER BY s.id) FROM test_sittings s WHERE s.student_id = $1) AS sittings,
                (SELECT count(*) FROM attempts a WHERE a.student_id = $1 OR a.sitting_id = $2) AS attempts,
                (SELECT count(*) FROM telemetry WHERE student_id = $1) AS telemetry,
                (SELECT full_name FROM users WHERE id = $1) AS name`,
        [other.id, otherSitting],
      )
    ).rows[0];

  beforeAll(async () => {
    other = await createUser(t, 'student');
    otherSitting = randomUUID();
    const res = await upload(other.token, [
      { op: 'PUT', type: 'test_sittings', id: otherSitting, data: { test_id: 'W-other', test_type: 'WEEKLY', question_ids: '["Q-1"]', started_at: new Date().toISOString(), field_hlc: JSON.stringify({ status: stamp() }) } },
    ]);
    expect(res.json().data.applied, res.body).toBe(1);
    sealed = (await openBenchmark(t, admin.token, '2031-05', 'BI')).paper;
  }, 240_000);

  const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const attemptKeys = Object.keys(goodAttempt().data);
  const badOp = fc.oneof(
    fc.record({ key: fc.constantFrom(...attemptKeys), value: hostileValue }).map(({ key, value }) => ({ ...goodAttempt(), data: { ...goodAttempt().data, [key]: value } })),
    fc.constantFrom('A\u0000', '\uD800', 'x\uDFFFy', '\u0000').map((answer) => ({ ...goodAttempt(), data: { ...goodAttempt().data, answer } })),
    fc.constantFrom('id\u0000', '\uDC00').map((id) => ({ ...goodAttempt(), id })),
    fc.integer({ min: 9, max: 5000 }).map((depth) => ({ op: 'PUT', type: 'telemetry', id: randomUUID(), data: { time: new Date().toISOString(), event_type: 'deep', data: deepJson(depth) } })),
    fc.integer({ min: 9, max: 200 }).map((depth) => ({ ...goodAttempt(), data: JSON.parse(`{"answer":${deepJson(depth)}}`) as Record<string, unknown> })),
    fc.constant(null).map(() => ({ ...goodAttempt(), data: { ...goodAttempt().data, sitting_id: otherSitting } })),
    fc.constant(null).map(() => ({ ...goodAttempt(), data: { ...goodAttempt().data, student_id: other.id } })),
    fc.constant(null).map(() => ({ op: 'PATCH', type: 'test_sittings', id: otherSitting, data: { status: 'submitted', submitted_at: new Date().toISOString(), field_hlc: JSON.stringify({ status: stamp(), submitted_at: stamp() }) } })),
    fc.constant(null).map(() => ({ op: 'PUT', type: 'test_sittings', id: randomUUID(), data: { test_id: 'P-sealed', test_type: 'PRACTICE', question_ids: JSON.stringify(sealed), started_at: new Date().toISOString() } })),
    fc.anything(),
  );

  it('POST /sync/upload: any mix of bad ops around a good one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(badOp, { minLength: 1, maxLength: 6 }), fc.nat(6), async (bad, at) => {
        const good = goodAttempt();
        const ops: unknown[] = [...bad];
        ops.splice(Math.min(at, bad.length), 0, good);
        const errorsBefore = (await t.db.pool.query('SELECT count(*)::int AS n FROM sync_upload_errors WHERE user_id = $1', [student.id])).rows[0].n;
        const before = await otherRows();
        const res = await upload(student.token, ops);
        expect(res.statusCode, res.body).toBe(200);
        const { applied, rejected } = res.json().data as { applied: number; rejected: Array<{ code: string; message: string }> };
        expect(applied + rejected.length).toBe(ops.length);
        for (const r of rejected) expect(r.message.length).toBeGreaterThan(0);
        expect((await t.db.pool.query('SELECT 1 FROM attempts WHERE id = $1', [good.id])).rowCount).toBe(1);
        const errorsAfter = (await t.db.pool.query('SELECT count(*)::int AS n FROM sync_upload_errors WHERE user_id = $1', [student.id])).rows[0].n;
        expect(errorsAfter - errorsBefore).toBe(rejected.length);
        expect(await otherRows()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
