import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, signupStudent, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_LOCKOUT_THRESHOLD: '3' });
});
afterAll(async () => t.close());

const future = () => new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
const audit = async (action: string, actor: string) =>
  (await t.db.pool.query('SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND actor_id = $2', [action, actor])).rows[0].n as number;

describe('signup', () => {
  it('creates a student, answers a session in the envelope and audits it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'New.Student@Example.com', password: 'longenough', standard: 11, exam_target: future(), full_name: 'Asha' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.status).toBe('success');
    expect(body.errors).toEqual([]);
    expect(body.metadata.request_id).toMatch(/^req_/);
    expect(typeof body.metadata.response_time_ms).toBe('number');
    expect(body.data.user).toMatchObject({ email: 'new.student@example.com', role: 'student', standard: 11, full_name: 'Asha' });
    expect(body.data.expires_in).toBe(900);
    const header = JSON.parse(Buffer.from(body.data.token.split('.')[0], 'base64url').toString());
    expect(header).toMatchObject({ alg: 'RS256', kid: t.keys.kid });
    expect(await audit('signup', body.data.user.id)).toBe(1);
    const { rows } = await t.db.pool.query('SELECT password_hash FROM users WHERE id = $1', [body.data.user.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ password: 'short' }, 'password'],
    [{ standard: 10 }, 'standard'],
    [{ exam_target: '2020-01-01' }, 'exam_target'],
    [{ exam_target: '15/01/2027' }, 'exam_target'],
  ])('rejects %o naming the field %s and writes nothing', async (override, field) => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'ok@example.com', password: 'longenough', standard: 12, exam_target: future(), ...override },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(before);
  });

  it('refuses a taken email with 409 EMAIL_TAKEN', async () => {
    const s = await signupStudent(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: s.email.toUpperCase(), password: 'longenough', standard: 12, exam_target: future() } });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });
  });

  it('refuses unknown fields (nobody signs up as admin)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'r@example.com', password: 'longenough', standard: 12, exam_target: future(), role: 'admin' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ code: 'UNKNOWN_FIELD', field: 'role' });
  });
});

describe('login and lockout', () => {
  it('signs in with the right password and records last_login', async () => {
    const s = await signupStudent(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: s.email, password: 'correct horse battery' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.user.last_login).not.toBeNull();
    expect(await audit('login', s.id)).toBe(1);
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const s = await signupStudent(t.app);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: s.email, password: 'wrong password' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@nowhere.cr', password: 'wrong password' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().errors[0].message).toBe(unknown.json().errors[0].message);
    expect(await audit('login_failed', s.id)).toBe(1);
  });

  it('locks the account after the threshold of failures, even for the right password', async () => {
    const s = await signupStudent(t.app);
    for (let i = 0; i < 3; i++) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: s.email, password: 'wrong password' } });
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: s.email, password: 'correct horse battery' } });
    expect(res.statusCode).toBe(423);
    expect(res.json().errors[0].code).toBe('ACCOUNT_LOCKED');
    expect(await audit('account_locked', s.id)).toBe(1);
  });
});

describe('refresh tokens', () => {
  it('rotates: the new pair works, the old refresh token is refused and revokes the family', async () => {
    const s = await signupStudent(t.app);
    const first = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: s.refreshToken } });
    expect(first.statusCode).toBe(200);
    const next = first.json().data.refresh_token as string;
    expect(next).not.toBe(s.refreshToken);

    const reuse = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: s.refreshToken } });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().errors[0].code).toBe('TOKEN_REUSED');
    expect(await audit('refresh_token_reused', s.id)).toBe(1);

    // The thief's replay also killed the legitimate successor.
    const successor = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: next } });
    expect(successor.statusCode).toBe(401);
  });

  it('stores only hashes of refresh tokens', async () => {
    const s = await signupStudent(t.app);
    const { rows } = await t.db.pool.query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [s.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(s.refreshToken);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('logout revokes the family; another user cannot sign someone out', async () => {
    const a = await signupStudent(t.app);
    const b = await signupStudent(t.app);
    const foreign = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(b.token), payload: { refresh_token: a.refreshToken } });
    expect(foreign.statusCode).toBe(404);
    const stillValid = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: a.refreshToken } });
    expect(stillValid.statusCode).toBe(200);
    const fresh = stillValid.json().data;

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(fresh.token), payload: { refresh_token: fresh.refresh_token } });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: fresh.refresh_token } });
    expect(after.statusCode).toBe(401);
  });
});

describe('tokens', () => {
  it('publishes the signing key in the JWKS with its kid', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().keys).toEqual([expect.objectContaining({ kid: t.keys.kid, kty: 'RSA', alg: 'RS256', use: 'sig' })]);
  });

  it('rejects a tampered token and a token in the wrong scheme', async () => {
    const s = await signupStudent(t.app);
    const [h, p, sig] = s.token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${sig}`;
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: bearer(forged) });
    expect(res.statusCode).toBe(401);
    const basic = await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: { authorization: `Basic ${s.token}` } });
    expect(basic.statusCode).toBe(401);
    const powersync = await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: { authorization: `Token ${s.token}` } });
    expect(powersync.statusCode).toBe(200);
  });
});
