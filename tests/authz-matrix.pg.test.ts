import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBenchmark } from './helpers/sealed-benchmark.ts';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from './helpers/test-app.ts';

// Every API route × every role × own/other resource. A new /api route without a sample here
// fails the coverage check, so no route escapes the matrix.

type Caller = 'anonymous' | 'student' | 'coach' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'student', 'coach', 'admin'];

let t: TestApp;
let users: Record<Exclude<Caller, 'anonymous'>, SignedIn>;
let otherStudent: SignedIn;
let cohortStudent: SignedIn;

interface Sample {
  method: string;
  url: string;
  /** The URL as sent; :id is filled per resource. */
  path: (ids: { own: string; other: string; target: string }) => string;
  body?: (who: Caller) => unknown;
  /** Which resource to address for the "own" and "other" cases (routes with an :id). */
  resource?: boolean;
}

const future = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
const SAMPLES: Sample[] = [
  { method: 'POST', url: '/api/auth/signup', path: () => '/api/auth/signup', body: () => ({ email: `m${Math.random()}@x.cr`, password: 'longenough', standard: 11, exam_target: future }) },
  { method: 'POST', url: '/api/auth/login', path: () => '/api/auth/login', body: () => ({ email: 'nobody@x.cr', password: 'whatever1' }) },
  { method: 'POST', url: '/api/auth/refresh', path: () => '/api/auth/refresh', body: () => ({ refresh_token: 'x'.repeat(43) }) },
  { method: 'POST', url: '/api/auth/logout', path: () => '/api/auth/logout', body: (who) => ({ refresh_token: who === 'anonymous' ? 'x'.repeat(43) : users[who].refreshToken }) },
  { method: 'GET', url: '/api/user/profile', path: () => '/api/user/profile' },
  { method: 'PATCH', url: '/api/user/profile', path: () => '/api/user/profile', body: () => ({ full_name: 'Renamed' }) },
  { method: 'GET', url: '/api/user/dashboard', path: () => '/api/user/dashboard' },
  { method: 'GET', url: '/api/user/phase', path: () => '/api/user/phase' },
  { method: 'GET', url: '/api/user/data-export', path: () => '/api/user/data-export' },
  { method: 'GET', url: '/api/coach/cohorts', path: () => '/api/coach/cohorts' },
  { method: 'GET', url: '/api/coach/students/:id/summary', path: (ids) => `/api/coach/students/${ids.target}/summary`, resource: true },
  { method: 'GET', url: '/api/admin/users', path: () => '/api/admin/users' },
  { method: 'PATCH', url: '/api/admin/users/:id/role', path: (ids) => `/api/admin/users/${ids.target}/role`, body: () => ({ role: 'student' }), resource: true },
  { method: 'PATCH', url: '/api/admin/users/:id/status', path: (ids) => `/api/admin/users/${ids.target}/status`, body: () => ({ status: 'active' }), resource: true },
  { method: 'GET', url: '/api/admin/audit-log', path: () => '/api/admin/audit-log' },
  { method: 'GET', url: '/api/admin/jobs', path: () => '/api/admin/jobs' },
  { method: 'GET', url: '/api/content/search', path: () => '/api/content/search?q=motion' },
  { method: 'GET', url: '/api/content/concepts', path: () => '/api/content/concepts' },
  { method: 'POST', url: '/api/admin/content/import', path: () => '/api/admin/content/import', body: () => ({ format: 'json', source: 'Matrix', content: '{"questions":[]}' }) },
  { method: 'POST', url: '/api/admin/jobs/:name/:id/retry', path: () => `/api/admin/jobs/matrix-probe/${failedJobId}/retry`, body: () => ({}) },
  // Benchmarks and test results.
  { method: 'GET', url: '/api/admin/benchmarks', path: () => '/api/admin/benchmarks' },
  { method: 'POST', url: '/api/admin/benchmarks', path: () => '/api/admin/benchmarks', body: () => ({ standard: 12, month: '2031-01', opens_at: '2031-01-10T04:00:00Z', closes_at: '2031-01-10T07:00:00Z', grace_s: 3600 }) },
  { method: 'POST', url: '/api/admin/benchmarks/bank', path: () => '/api/admin/benchmarks/bank', body: () => ({ questions: [{ id: 'x' }] }) },
  { method: 'GET', url: '/api/admin/benchmarks/bank', path: () => '/api/admin/benchmarks/bank' },
  { method: 'POST', url: '/api/admin/benchmarks/bank/generate', path: () => '/api/admin/benchmarks/bank/generate', body: () => ({ papers: 1 }) },
  { method: 'POST', url: '/api/admin/benchmarks/bank/import', path: () => '/api/admin/benchmarks/bank/import', body: () => ({ format: 'json', source: 'Matrix', content: '{"questions":[]}' }) },
  { method: 'POST', url: '/api/admin/benchmarks/:id/cancel', path: () => '/api/admin/benchmarks/BM-matrix-none/cancel', body: () => ({}) },
  { method: 'GET', url: '/api/test/results/:test_id', path: () => '/api/test/results/WEEKLY-1' },
  { method: 'GET', url: '/api/test/ranking/:month', path: () => '/api/test/ranking/2031-01' },
  { method: 'GET', url: '/api/test/monthly/:month', path: () => '/api/test/monthly/2031-01' },
  { method: 'GET', url: '/api/test/weekly/:date', path: () => '/api/test/weekly/2031-01-15' },
  // Notifications: settings and push subscriptions of the caller; unsubscribe is public (signed token, here missing: 400).
  { method: 'GET', url: '/api/notifications/preferences', path: () => '/api/notifications/preferences' },
  { method: 'PUT', url: '/api/notifications/preferences', path: () => '/api/notifications/preferences', body: () => ({ reminder_minute: 1200 }) },
  { method: 'POST', url: '/api/notifications/push-subscriptions', path: () => '/api/notifications/push-subscriptions', body: () => ({ endpoint: 'https://push.example.test/matrix', keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) } }) },
  { method: 'DELETE', url: '/api/notifications/push-subscriptions', path: () => '/api/notifications/push-subscriptions', body: () => ({ endpoint: 'https://push.example.test/matrix' }) },
  { method: 'GET', url: '/api/notifications/unsubscribe', path: () => '/api/notifications/unsubscribe' },
  { method: 'POST', url: '/api/notifications/unsubscribe', path: () => '/api/notifications/unsubscribe', body: () => ({}) },
  // Coaching and the admin console. Unknown cohort ids answer 404 for everyone let through.
  { method: 'GET', url: '/api/admin/cohorts', path: () => '/api/admin/cohorts' },
  { method: 'GET', url: '/api/admin/cohorts/:id', path: () => '/api/admin/cohorts/00000000-0000-4000-8000-000000000001' },
  { method: 'POST', url: '/api/admin/cohorts', path: () => '/api/admin/cohorts', body: () => ({ name: 'Matrix new cohort', standard: 12 }) },
  { method: 'PATCH', url: '/api/admin/cohorts/:id', path: () => '/api/admin/cohorts/00000000-0000-4000-8000-000000000001', body: () => ({ name: 'Renamed' }) },
  { method: 'DELETE', url: '/api/admin/cohorts/:id', path: () => '/api/admin/cohorts/00000000-0000-4000-8000-000000000001' },
  { method: 'PUT', url: '/api/admin/cohorts/:id/:kind/:user_id', path: (ids) => `/api/admin/cohorts/00000000-0000-4000-8000-000000000001/students/${ids.target}`, resource: true },
  { method: 'DELETE', url: '/api/admin/cohorts/:id/:kind/:user_id', path: (ids) => `/api/admin/cohorts/00000000-0000-4000-8000-000000000001/students/${ids.target}`, resource: true },
  { method: 'GET', url: '/api/coach/cohorts/:id/dashboard', path: () => '/api/coach/cohorts/00000000-0000-4000-8000-000000000001/dashboard' },
  { method: 'GET', url: '/api/coach/students/:id/detail', path: (ids) => `/api/coach/students/${ids.target}/detail`, resource: true },
  // Accounts and data rights. Samples never succeed destructively: a wrong password, an
  // unknown user, an unknown guardian token; the deletion itself is covered in tests/privacy/.
  { method: 'GET', url: '/api/user/account/deletion-preview', path: () => '/api/user/account/deletion-preview' },
  { method: 'DELETE', url: '/api/user/account', path: () => '/api/user/account', body: () => ({ password: 'not the password' }) },
  { method: 'POST', url: '/api/auth/cancel-deletion', path: () => '/api/auth/cancel-deletion', body: () => ({ email: 'nobody@x.cr', password: 'whatever1' }) },
  { method: 'POST', url: '/api/admin/users/:id/deletion', path: () => '/api/admin/users/00000000-0000-4000-8000-000000000002/deletion', body: () => ({ reason: 'matrix probe' }) },
  { method: 'GET', url: '/api/user/consent', path: () => '/api/user/consent' },
  { method: 'POST', url: '/api/user/consent/guardian', path: () => '/api/user/consent/guardian', body: () => ({ guardian_email: 'parent@x.cr' }) },
  { method: 'POST', url: '/api/consent/guardian/describe', path: () => '/api/consent/guardian/describe', body: () => ({ token: 'x'.repeat(43) }) },
  { method: 'POST', url: '/api/consent/guardian/confirm', path: () => '/api/consent/guardian/confirm', body: () => ({ token: 'x'.repeat(43) }) },
  { method: 'POST', url: '/api/consent/guardian/withdraw', path: () => '/api/consent/guardian/withdraw', body: () => ({ token: 'x'.repeat(43) }) },
  { method: 'POST', url: '/api/consent/guardian/delete-account', path: () => '/api/consent/guardian/delete-account', body: () => ({ token: 'x'.repeat(43) }) },
];
let failedJobId = '';

beforeAll(async () => {
  t = await createTestApp({}, { jobs: [{ name: 'matrix-probe', retryLimit: 0, handler: async () => { throw new Error('probe fails'); } }] });
  users = { student: await createUser(t, 'student'), coach: await createUser(t, 'coach'), admin: await createUser(t, 'admin') };
  otherStudent = await createUser(t, 'student');
  cohortStudent = await createUser(t, 'student');
  const { rows } = await t.db.pool.query(`INSERT INTO cohorts (name, standard) VALUES ('Matrix cohort', 12) RETURNING id`);
  await t.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [rows[0].id, users.coach.id]);
  await t.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [rows[0].id, cohortStudent.id]);
  failedJobId = (await t.jobs?.send('matrix-probe', {})) ?? '';
  for (let i = 0; i < 100 && (await t.jobs?.boss.getJobById('matrix-probe', failedJobId))?.state !== 'failed'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(async () => t.close());

async function call(sample: Sample, who: Caller, target: string) {
  const headers = who === 'anonymous' ? {} : bearer(users[who].token);
  const ids = { own: who === 'anonymous' ? otherStudent.id : users[who].id, other: otherStudent.id, target };
  const body = sample.body?.(who);
  return t.app.inject({ method: sample.method as 'GET', url: sample.path(ids), headers, ...(body === undefined ? {} : { payload: body as object }) });
}

describe('authorization matrix', () => {
  it('has a sample for every /api route', () => {
    const routes = t.app.accessRules.filter((r) => r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
    expect(routes.sort()).toEqual(SAMPLES.map((s) => `${s.method} ${s.url}`).sort());
  });

  it('every /api route declares who may call it', () => {
    for (const rule of t.app.accessRules.filter((r) => r.url.startsWith('/api/'))) {
      expect(rule.access, `${rule.method} ${rule.url}`).toBeDefined();
    }
  });

  for (const sample of SAMPLES) {
    for (const who of CALLERS) {
      it(`${sample.method} ${sample.url} as ${who}`, async () => {
        const rule = t.app.accessRules.find((r) => r.method === sample.method && r.url === sample.url);
        const access = rule?.access;
        const allowed = access === 'public' || (who !== 'anonymous' && Array.isArray(access) && access.includes(who));
        const targets = sample.resource ? [cohortStudent.id, otherStudent.id] : [otherStudent.id];
        for (const target of targets) {
          const res = await call(sample, who, target);
          if (!allowed) {
            expect(res.statusCode, res.body).toBe(who === 'anonymous' ? 401 : 403);
            expect(res.json().errors[0].code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
            continue;
          }
          const codes = (res.json().errors ?? []).map((e: { code: string }) => e.code);
          expect(codes, `${who} must be let through: ${res.body}`).not.toContain('UNAUTHENTICATED');
          expect(codes, `${who} must be let through: ${res.body}`).not.toContain('FORBIDDEN');
          expect(res.statusCode, res.body).toBeLessThan(500);
          if (sample.url === '/api/coach/students/:id/summary') {
            // Security: a coach sees their cohort's student, never another; an admin sees any.
            const visible = who === 'admin' || target === cohortStudent.id;
            expect(res.statusCode, `${who} → ${target === cohortStudent.id ? 'cohort' : 'other'} student`).toBe(visible ? 200 : 404);
          }
        }
      });
    }
  }

  it('an account scheduled for deletion is refused on every non-public route, its token still unexpired', async () => {
    const leaving = await createUser(t, 'student');
    const del = await t.app.inject({ method: 'DELETE', url: '/api/user/account', headers: bearer(leaving.token), payload: { password: 'correct horse battery' } });
    expect(del.statusCode).toBe(202);
    for (const sample of SAMPLES) {
      const rule = t.app.accessRules.find((r) => r.method === sample.method && r.url === sample.url);
      if (rule?.access === 'public') continue;
      const body = sample.body?.('student');
      const res = await t.app.inject({ method: sample.method as 'GET', url: sample.path({ own: leaving.id, other: otherStudent.id, target: otherStudent.id }), headers: bearer(leaving.token), ...(body === undefined ? {} : { payload: body as object }) });
      expect(res.statusCode, `${sample.method} ${sample.url}`).toBe(401);
    }
  });

  it('a student can never read another student through any route', async () => {
    const secret = 'Other Student Secret Name';
    await t.db.pool.query('UPDATE users SET full_name = $2 WHERE id = $1', [otherStudent.id, secret]);
    for (const sample of SAMPLES.filter((s) => s.method === 'GET')) {
      const res = await call(sample, 'student', otherStudent.id);
      expect(res.body, `${sample.url}`).not.toContain(secret);
      expect(res.body).not.toContain(otherStudent.email);
    }
  });

  it('a disabled account is refused on every route and sync endpoint while its token is still valid', async () => {
    const disabled = { student: await createUser(t, 'student'), coach: await createUser(t, 'coach'), admin: await createUser(t, 'admin') };
    for (const who of Object.values(disabled)) {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${who.id}/status`, headers: bearer(users.admin.token), payload: { status: 'disabled' } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const guarded = t.app.accessRules.filter((r) => Array.isArray(r.access));
    expect(guarded.map((r) => r.url)).toEqual(expect.arrayContaining(['/sync/upload', '/sync/stream', '/write-checkpoint2.json']));
    for (const rule of guarded) {
      for (const [role, who] of Object.entries(disabled)) {
        const sample = SAMPLES.find((x) => x.method === rule.method && x.url === rule.url);
        const url = sample ? sample.path({ own: who.id, other: otherStudent.id, target: otherStudent.id }) : rule.url;
        const payload = sample?.body ? (sample.body(role as Caller) as object) : rule.url === '/sync/upload' ? { client_id: 'c1', ops: [] } : rule.method === 'GET' ? undefined : {};
        const res = await t.app.inject({ method: rule.method as 'GET', url, headers: bearer(who.token), ...(payload ? { payload } : {}) });
        expect(res.statusCode, `${role} ${rule.method} ${rule.url}: ${res.body}`).toBe(401);
        expect(res.json().errors[0].code).toBe('ACCOUNT_DISABLED');
      }
    }
    // Disabling revoked every sign-in: no new access token either.
    const refresh = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: disabled.coach.refreshToken } });
    expect(refresh.statusCode).toBe(401);
    // Enabled again, the same token works (the token was never the authority).
    await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${disabled.student.id}/status`, headers: bearer(users.admin.token), payload: { status: 'active' } });
    expect((await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(disabled.student.token) })).statusCode).toBe(200);
  });

  it('a role change takes effect on every route at once, whatever role the old token carries', async () => {
    const demoted = await createUser(t, 'coach');
    const { rows } = await t.db.pool.query(`INSERT INTO cohorts (name, standard) VALUES ('Demotion cohort', 12) RETURNING id`);
    await t.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [rows[0].id, demoted.id]);
    await t.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [rows[0].id, cohortStudent.id]);
    const summary = () => t.app.inject({ method: 'GET', url: `/api/coach/students/${cohortStudent.id}/summary`, headers: bearer(demoted.token) });
    expect((await summary()).statusCode).toBe(200);
    await t.db.pool.query('UPDATE users SET standard = 12 WHERE id = $1', [demoted.id]);
    const change = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${demoted.id}/role`, headers: bearer(users.admin.token), payload: { role: 'student' } });
    expect(change.statusCode, change.body).toBe(200);
    // The cohort links went with the role, in the same transaction (audited).
    expect((await t.db.pool.query('SELECT 1 FROM cohort_coaches WHERE coach_id = $1', [demoted.id])).rows).toHaveLength(0);
    const audit = await t.db.pool.query(`SELECT changes FROM audit_log WHERE action = 'role_changed' AND resource_id = $1`, [demoted.id]);
    expect(audit.rows[0].changes).toMatchObject({ from: 'coach', to: 'student', cohorts_left: [rows[0].id] });
    // The still-valid token says `coach`; every route now treats the caller as the student they are.
    for (const sample of SAMPLES) {
      const rule = t.app.accessRules.find((r) => r.method === sample.method && r.url === sample.url);
      if (!Array.isArray(rule?.access)) continue;
      const payload = sample.body?.('student') as object | undefined;
      const res = await t.app.inject({
        method: sample.method as 'GET',
        url: sample.path({ own: demoted.id, other: otherStudent.id, target: cohortStudent.id }),
        headers: bearer(demoted.token),
        ...(payload ? { payload } : {}),
      });
      const codes = (res.json().errors ?? []).map((e: { code: string }) => e.code);
      if (rule.access.includes('student')) expect(codes, `${sample.method} ${sample.url}`).not.toContain('FORBIDDEN');
      else expect(res.statusCode, `${sample.method} ${sample.url}: ${res.body}`).toBe(403);
    }
    expect((await summary()).json().errors[0].code).toBe('FORBIDDEN');
  });

  it('admin path parameters are validated: the job-retry route names the bad parameter, never 500', async () => {
    const retry = (name: string, id: string) => t.app.inject({ method: 'POST', url: `/api/admin/jobs/${name}/${id}/retry`, headers: bearer(users.admin.token), payload: {} });
    const goodId = '00000000-0000-4000-8000-000000000009';
    for (const name of ['%25%25', 'a%20b', '.hidden', encodeURIComponent("x'; DROP TABLE users; --"), 'x'.repeat(60), '%E2%9C%93', '-leading']) {
      const res = await retry(name, goodId);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'name' });
    }
    const unknownQueue = await retry('no-such-queue', goodId);
    expect(unknownQueue.statusCode, unknownQueue.body).toBe(404);
    expect(unknownQueue.json().errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'name' });
    const badId = await retry('matrix-probe', 'not-a-uuid');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0]).toMatchObject({ field: 'id' });
    const unknownJob = await retry('matrix-probe', goodId);
    expect(unknownJob.statusCode).toBe(404);
    expect(unknownJob.json().errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

// The write path: POST /sync/upload by every role, with ops naming another student's rows or the
// sealed questions of an open benchmark. Every such op is refused and nothing of theirs changes.
describe('uploads referencing other students’ rows and sealed questions', () => {
  let otherSitting = '';
  let sealed: string[] = [];
  const stamp = (node: string) => `${Date.now()}:0001:${node}`;
  const otherRows = async () =>
    (
      await t.db.pool.query(
        `SELECT (SELECT json_agg(s ORDER BY s.id) FROM test_sittings s WHERE s.student_id = $1) AS sittings,
                (SELECT json_agg(a ORDER BY a.id) FROM attempts a WHERE a.student_id = $1 OR a.sitting_id IN (SELECT id FROM test_sittings WHERE student_id = $1)) AS attempts,
                (SELECT count(*) FROM telemetry WHERE student_id = $1) AS telemetry,
                (SELECT full_name FROM users WHERE id = $1) AS name`,
        [otherStudent.id],
      )
    ).rows[0];
  const upload = (headers: Record<string, string>, ops: unknown[]) => t.app.inject({ method: 'POST', url: '/sync/upload', headers, payload: { client_id: 'matrix', ops } });

  beforeAll(async () => {
    otherSitting = randomUUID();
    const res = await upload(bearer(otherStudent.token), [
      {
        op: 'PUT',
        type: 'test_sittings',
        id: otherSitting,
        data: { test_id: 'WEEKLY-other', test_type: 'WEEKLY', question_ids: '["Q-1"]', started_at: new Date().toISOString(), status: 'in_progress', field_hlc: JSON.stringify({ status: stamp('other') }) },
      },
    ]);
    expect(res.json().data.applied, res.body).toBe(1);
    sealed = (await openBenchmark(t, users.admin.token, '2031-04', 'AZ')).paper;
  }, 240_000);

  const attempt = (sittingId: string | null, studentId?: string) => ({
    op: 'PUT',
    type: 'attempts',
    id: randomUUID(),
    data: { ...(studentId ? { student_id: studentId } : {}), sitting_id: sittingId, question_id: 'Q-1', concept_id: 'M.BASE', answer: 'A', response_time_ms: 1000, device_time: new Date().toISOString(), hlc: stamp('matrix') },
  });

  for (const who of ['student', 'coach', 'admin'] as const) {
    it(`as ${who}: each op is refused with its reason`, async () => {
      const before = await otherRows();
      const res = await upload(bearer(users[who].token), [
        attempt(otherSitting),
        attempt(null, otherStudent.id),
        { op: 'PATCH', type: 'test_sittings', id: otherSitting, data: { status: 'submitted', submitted_at: new Date().toISOString(), field_hlc: JSON.stringify({ status: stamp('matrix'), submitted_at: stamp('matrix') }) } },
        { op: 'PUT', type: 'test_sittings', id: otherSitting, data: { test_id: 'X', test_type: 'WEEKLY', question_ids: '["Q-2"]', started_at: new Date().toISOString(), status: 'submitted', submitted_at: new Date().toISOString() } },
        { op: 'PATCH', type: 'users', id: otherStudent.id, data: { full_name: 'Matrix hacked', field_hlc: JSON.stringify({ full_name: stamp('matrix') }) } },
        { op: 'PUT', type: 'telemetry', id: randomUUID(), data: { student_id: otherStudent.id, time: new Date().toISOString(), event_type: 'forged' } },
        { op: 'PUT', type: 'test_sittings', id: randomUUID(), data: { test_id: 'PRACTICE-sealed', test_type: 'PRACTICE', question_ids: JSON.stringify(sealed), started_at: new Date().toISOString() } },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      const { applied, rejected } = res.json().data as { applied: number; rejected: Array<{ code: string }> };
      expect(applied).toBe(0);
      // Row-level security hides the other student's sitting from the code itself: NOT_FOUND, and a
      // second sitting under its id collides with a row the caller cannot see (CONSTRAINT).
      expect(rejected.map((r) => r.code)).toEqual(['NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'CONSTRAINT', 'FORBIDDEN', 'FORBIDDEN', 'SEALED_QUESTIONS']);
      expect(await otherRows()).toEqual(before);
    });
  }

  it('anonymous: refused as a whole', async () => {
    const res = await upload({}, [attempt(otherSitting)]);
    expect(res.statusCode).toBe(401);
  });
});
