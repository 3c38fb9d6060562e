import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  { method: 'GET', url: '/api/admin/audit-log', path: () => '/api/admin/audit-log' },
  { method: 'GET', url: '/api/admin/jobs', path: () => '/api/admin/jobs' },
  { method: 'GET', url: '/api/content/search', path: () => '/api/content/search?q=motion' },
  { method: 'GET', url: '/api/content/concepts', path: () => '/api/content/concepts' },
  { method: 'POST', url: '/api/admin/content/import', path: () => '/api/admin/content/import', body: () => ({ format: 'json', source: 'Matrix', content: '{"questions":[]}' }) },
  { method: 'POST', url: '/api/admin/jobs/:name/:id/retry', path: () => `/api/admin/jobs/matrix-probe/${failedJobId}/retry`, body: () => ({}) },
  // Benchmarks and test results (issue 7).
  { method: 'GET', url: '/api/admin/benchmarks', path: () => '/api/admin/benchmarks' },
  { method: 'POST', url: '/api/admin/benchmarks', path: () => '/api/admin/benchmarks', body: () => ({ standard: 12, month: '2031-01', opens_at: '2031-01-10T04:00:00Z', closes_at: '2031-01-10T07:00:00Z', grace_s: 3600 }) },
  { method: 'POST', url: '/api/admin/benchmarks/bank', path: () => '/api/admin/benchmarks/bank', body: () => ({ questions: [{ id: 'x' }] }) },
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
  // Coaching and the admin console (issue 8). Unknown cohort ids answer 404 for everyone let through.
  { method: 'GET', url: '/api/admin/cohorts', path: () => '/api/admin/cohorts' },
  { method: 'GET', url: '/api/admin/cohorts/:id', path: () => '/api/admin/cohorts/00000000-0000-4000-8000-000000000001' },
  { method: 'POST', url: '/api/admin/cohorts', path: () => '/api/admin/cohorts', body: () => ({ name: 'Matrix new cohort', standard: 12 }) },
  { method: 'PATCH', url: '/api/admin/cohorts/:id', path: () => '/api/admin/cohorts/00000000-0000-4000-8000-000000000001', body: () => ({ name: 'Renamed' }) },
  { method: 'DELETE', url: '/api/admin/cohorts/:id', path: () => '/api/admin/cohorts/00000000-0000-4000-8000-000000000001' },
  { method: 'PUT', url: '/api/admin/cohorts/:id/:kind/:user_id', path: (ids) => `/api/admin/cohorts/00000000-0000-4000-8000-000000000001/students/${ids.target}`, resource: true },
  { method: 'DELETE', url: '/api/admin/cohorts/:id/:kind/:user_id', path: (ids) => `/api/admin/cohorts/00000000-0000-4000-8000-000000000001/students/${ids.target}`, resource: true },
  { method: 'GET', url: '/api/coach/cohorts/:id/dashboard', path: () => '/api/coach/cohorts/00000000-0000-4000-8000-000000000001/dashboard' },
  { method: 'GET', url: '/api/coach/students/:id/detail', path: (ids) => `/api/coach/students/${ids.target}/detail`, resource: true },
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

  it('a student can never read another student through any route', async () => {
    const secret = 'Other Student Secret Name';
    await t.db.pool.query('UPDATE users SET full_name = $2 WHERE id = $1', [otherStudent.id, secret]);
    for (const sample of SAMPLES.filter((s) => s.method === 'GET')) {
      const res = await call(sample, 'student', otherStudent.id);
      expect(res.body, `${sample.url}`).not.toContain(secret);
      expect(res.body).not.toContain(otherStudent.email);
    }
  });
});
