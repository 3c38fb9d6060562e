import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, signupStudent, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES
    ('M.ALG.QUAD', 'Quadratics', 'MATH', 'M.U02', 1, 2, 0.05),
    ('M.CAL.DERIV', 'Derivatives', 'MATH', 'M.U08', 2, 3, 0.06),
    ('P.KIN.1D', 'Kinematics 1D', 'PHYSICS', 'P.U02', 1, 2, 0.04),
    ('C.MOLE', 'Mole concept', 'CHEMISTRY', 'C.U01', 1, 2, 0.05)`);
});
afterAll(async () => t.close());

describe('profile', () => {
  it('reads and patches the own profile; fields are validated', async () => {
    const s = await signupStudent(t.app, { full_name: 'Before' });
    const get = await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(s.token) });
    expect(get.json().data).toMatchObject({ id: s.id, full_name: 'Before', role: 'student', language: 'en' });

    const patch = await t.app.inject({ method: 'PATCH', url: '/api/user/profile', headers: bearer(s.token), payload: { full_name: 'After', language: 'hi', standard: 11 } });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().data).toMatchObject({ full_name: 'After', language: 'hi', standard: 11 });

    const past = await t.app.inject({ method: 'PATCH', url: '/api/user/profile', headers: bearer(s.token), payload: { exam_target: '2001-01-01' } });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].field).toBe('exam_target');
    const empty = await t.app.inject({ method: 'PATCH', url: '/api/user/profile', headers: bearer(s.token), payload: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('merges profile writes as LWW registers: an older HLC never overwrites a newer one', async () => {
    const s = await signupStudent(t.app);
    const { createUserRepository } = await import('../../repositories/users.ts');
    const users = createUserRepository(t.db.pool);
    const newer = '1800000000000:0000:dev-b';
    const older = '1700000000000:0005:dev-a';
    await users.patchProfile(s.id, { full_name: 'Newer name' }, newer);
    const after = await users.patchProfile(s.id, { full_name: 'Older name', phone: '+91 12345 67890' }, older);
    expect(after?.full_name).toBe('Newer name');
    // A field the newer write never touched still takes the older write.
    expect(after?.phone).toBe('+91 12345 67890');
    const { rows } = await t.db.pool.query('SELECT field_hlc FROM users WHERE id = $1', [s.id]);
    expect(rows[0].field_hlc).toEqual({ full_name: newer, phone: older });
  });
});

describe('dashboard and phase', () => {
  it('gives a new student an empty plan, zero streak and the foundation phase', async () => {
    const s = await signupStudent(t.app);
    const res = await t.app.inject({ method: 'GET', url: '/api/user/dashboard', headers: bearer(s.token) });
    expect(res.statusCode).toBe(200);
    const d = res.json().data;
    expect(d.next_topics).toEqual([]);
    expect(d.streak_days).toBe(0);
    expect(d.phase.phase).toBe('FOUNDATION');
    expect(d.subject_mastery.map((x: { subject: string }) => x.subject)).toEqual(['CHEMISTRY', 'MATH', 'PHYSICS']);
  });

  it('lists due weak concepts weakest first, excluding mastered and not-yet-due ones', async () => {
    const s = await signupStudent(t.app);
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const later = new Date(Date.now() + 86_400_000).toISOString();
    await t.db.pool.query(
      `INSERT INTO student_mastery (student_id, concept_id, mastery_level, next_review_date) VALUES
       ($1, 'M.ALG.QUAD', 0.6, $2), ($1, 'M.CAL.DERIV', 0.3, $2), ($1, 'P.KIN.1D', 0.9, $2), ($1, 'C.MOLE', 0.1, $3)`,
      [s.id, past, later],
    );
    const now = Date.now();
    await t.db.pool.query(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, response_time_ms, device_time, hlc)
       VALUES (gen_random_uuid(), $1, 'q1', 'M.ALG.QUAD', 1000, $2, $4), (gen_random_uuid(), $1, 'q2', 'M.ALG.QUAD', 1000, $3, $5)`,
      [s.id, new Date(now).toISOString(), new Date(now - 86_400_000).toISOString(), formatHlc({ wallMs: now, counter: 0, node: 'dev' }), formatHlc({ wallMs: now - 86_400_000, counter: 0, node: 'dev' })],
    );
    const d = (await t.app.inject({ method: 'GET', url: '/api/user/dashboard', headers: bearer(s.token) })).json().data;
    expect(d.next_topics.map((x: { concept_id: string }) => x.concept_id)).toEqual(['M.CAL.DERIV', 'M.ALG.QUAD']);
    expect(d.streak_days).toBe(2);
    const phase = (await t.app.inject({ method: 'GET', url: '/api/user/phase', headers: bearer(s.token) })).json().data;
    expect(phase.coverage).toBe(1);
    expect(phase.days_to_exam).toBeGreaterThan(60);
  });

  it('exports the caller’s own data only', async () => {
    const a = await signupStudent(t.app);
    const b = await signupStudent(t.app);
    await t.db.pool.query(`INSERT INTO student_mastery (student_id, concept_id, mastery_level) VALUES ($1, 'C.MOLE', 0.5)`, [b.id]);
    const res = await t.app.inject({ method: 'GET', url: '/api/user/data-export', headers: bearer(a.token) });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.tables.users[0].id).toBe(a.id);
    expect(res.json().data.tables.users[0]).not.toHaveProperty('password_hash');
    expect(res.json().data.tables.student_mastery).toEqual([]);
    expect(res.body).not.toContain(b.id);
  });
});

describe('system routes', () => {
  it('health, readiness, OpenAPI and metrics answer', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json().data.status).toBe('ok');
    expect((await t.app.inject({ method: 'GET', url: '/ready' })).json().data.status).toBe('ready');
    const docs = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toContain('/api/auth/signup');
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('http_request_duration_seconds_bucket');
    expect(metrics.body).toContain('db_pool_connections{state="total"}');
  });

  it('an unknown route gets the 404 envelope', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().errors[0].code).toBe('NOT_FOUND');
  });

  it('sets a CSP that allows wasm and same-origin workers but no inline scripts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
  });
});

describe('the app shell', () => {
  it('sends the build\'s pre-compressed files by Accept-Encoding, with long caching only for hashed assets', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cr-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    const js = 'export const answer = 42;\n'.repeat(200);
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dist, 'assets', 'app-1a2b3c4d.js'), js);
    writeFileSync(path.join(dist, 'assets', 'app-1a2b3c4d.js.br'), brotliCompressSync(js));
    writeFileSync(path.join(dist, 'assets', 'app-1a2b3c4d.js.gz'), gzipSync(js));
    const served = await createTestApp({ CLIENT_DIST: dist });
    try {
      const get = (url: string, headers: Record<string, string> = {}) => served.app.inject({ method: 'GET', url, headers });
      const br = await get('/assets/app-1a2b3c4d.js', { 'accept-encoding': 'gzip, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(js);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(br.headers.vary)).toContain('Accept-Encoding');
      const gz = await get('/assets/app-1a2b3c4d.js', { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toBe(js);
      const plain = await get('/assets/app-1a2b3c4d.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(js);
      // The shell must be revalidated, or a deploy would never reach installed apps.
      expect((await get('/', { accept: 'text/html' })).headers['cache-control']).toBe('no-cache');
      expect((await get('/practice', { accept: 'text/html' })).headers['cache-control']).toBe('no-cache');
    } finally {
      await served.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('rate limits', () => {
  it('limits login attempts per client with a RATE_LIMITED envelope', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MIN: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x@y.cr', password: 'nope-nope' } });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().errors[0].code).toBe('RATE_LIMITED');
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('40 logins with forged bearer headers share the address budget (a forged sub buys nothing)', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MIN: '10' });
    try {
      const forged = (sub: string) => {
        const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        return `Bearer ${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub, role: 'admin' })}.${'A'.repeat(43)}`;
      };
      const codes: number[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { authorization: forged(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) },
          payload: { email: `victim${i}@example.cr`, password: 'guess-guess' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.filter((c) => c === 401)).toHaveLength(10);
      expect(codes.filter((c) => c === 429)).toHaveLength(30);
    } finally {
      await limited.close();
    }
  });

  it('requests with forged or invalid tokens are counted against their address, not a forged account', async () => {
    const limited = await createTestApp({ RATE_LIMIT_PER_MIN: '5' });
    try {
      const s = await signupStudent(limited.app);
      const [h, p] = s.token.split('.');
      const codes: number[] = [];
      for (let i = 0; i < 8; i++) {
        const claims = { ...JSON.parse(Buffer.from(p!, 'base64url').toString()), sub: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` };
        const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${'B'.repeat(43)}`;
        codes.push((await limited.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(forged) })).statusCode);
      }
      // The sign-up spent 1 of the address's 5; four forged calls are refused as 401, then 429.
      expect(codes).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
      // The real account has its own budget, untouched by the forgeries.
      expect((await limited.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(s.token) })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits the API per account and never the app shell or its assets', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cr-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    const limited = await createTestApp({ RATE_LIMIT_PER_MIN: '3', CLIENT_DIST: dist });
    try {
      // Two students behind one address (a school's NAT).
      const a = await signupStudent(limited.app);
      const b = await signupStudent(limited.app);
      const profile = (token: string) => limited.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(token) });
      const codesA: number[] = [];
      for (let i = 0; i < 4; i++) codesA.push((await profile(a.token)).statusCode);
      expect(codesA).toEqual([200, 200, 200, 429]);
      // The other account at the same address still has its own budget.
      expect((await profile(b.token)).statusCode).toBe(200);
      // The app's files and pages are never limited: a first visit precaches ~80 of them.
      for (let i = 0; i < 20; i++) {
        expect((await limited.app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
        expect((await limited.app.inject({ method: 'GET', url: '/practice', headers: { accept: 'text/html' } })).statusCode).toBe(200);
      }
      // …while anonymous calls from this address share one budget (the two sign-ups spent 2 of 3).
      const anon: number[] = [];
      for (let i = 0; i < 3; i++) anon.push((await limited.app.inject({ method: 'GET', url: '/health' })).statusCode);
      expect(anon).toEqual([200, 429, 429]);
    } finally {
      await limited.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
