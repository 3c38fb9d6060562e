import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, signupStudent, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_FREE_FAILURES: '3', LOGIN_DELAY_BASE_S: '2', LOGIN_DELAY_MAX_S: '60' });
});
afterAll(async () => t.close());

const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
const hashOf = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
/** Lets the delay of `email` pass (moving the stored time, not waiting). */
const expireDelay = async (email: string) => {
  await t.db.pool.query(`UPDATE login_throttle SET next_attempt_at = now() - interval '1 second' WHERE key = $1`, [hashOf(email)]);
};
/** The delay (s) the last failure of `email` imposed. */
const delayOf = async (email: string) => {
  const { rows } = await t.db.pool.query('SELECT extract(epoch FROM next_attempt_at - last_failure_at)::float8 AS s FROM login_throttle WHERE key = $1', [hashOf(email)]);
  return Math.round(rows[0]?.s ?? -1);
};
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

describe('login and delays', () => {
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

  it('wrong passwords delay but never stop the owner signing in with the right password', async () => {
    const s = await signupStudent(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      if (i > 0) await expireDelay(s.email);
      statuses.push((await login(s.email, 'wrong password')).statusCode);
    }
    // Every wrong password was checked (no lock): 12 × 401, never 423.
    expect(statuses).toEqual(Array(12).fill(401));
    // The 12th failure set a delay (capped at LOGIN_DELAY_MAX_S): the right password waits for it…
    const early = await login(s.email, 'correct horse battery');
    expect(early.statusCode).toBe(429);
    expect(early.json().errors[0].code).toBe('LOGIN_DELAYED');
    const retryAfter = Number(early.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // …and once it has passed, the owner is in.
    await expireDelay(s.email);
    const res = await login(s.email, 'correct horse battery');
    expect(res.statusCode).toBe(200);
    expect(await audit('login', s.id)).toBe(1);
    // Success clears the streak: the next typo costs no delay.
    expect((await login(s.email, 'typo password')).statusCode).toBe(401);
    expect((await login(s.email, 'correct horse battery')).statusCode).toBe(200);
  });

  it('the delays grow with each failure past the free ones, up to the ceiling', async () => {
    const s = await signupStudent(t.app);
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      await login(s.email, 'wrong password');
      delays.push(await delayOf(s.email));
      await expireDelay(s.email);
    }
    // Three free failures (typos), then 2, 4, 8, … seconds, capped at 60.
    expect(delays).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 60]);
  });

  it('parallel guesses inside a delay window get one attempt, not one each', async () => {
    const s = await signupStudent(t.app);
    for (let i = 0; i < 3; i++) await login(s.email, 'wrong password');
    await expireDelay(s.email);
    const before = await audit('login_failed', s.id);
    const burst = await Promise.all(Array.from({ length: 8 }, () => login(s.email, 'guess password')));
    expect(burst.filter((r) => r.statusCode === 401)).toHaveLength(1);
    expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(7);
    expect((await audit('login_failed', s.id)) - before).toBe(1);
  });

  it('answers known and unknown emails alike, step by step through the delays', async () => {
    const s = await signupStudent(t.app);
    const unknown = `nobody-${Date.now()}@nowhere.cr`;
    const shape = (r: Awaited<ReturnType<typeof login>>) => ({
      status: r.statusCode,
      errors: r.json().errors.map((e: { code: string; message: string; field: string | null }) => ({ ...e, message: e.message.replace(/\d+ s$/, 'N s') })),
      data: r.json().data,
      retryAfter: r.headers['retry-after'] !== undefined,
    });
    for (let i = 0; i < 6; i++) {
      const known = await login(s.email, 'wrong password');
      const other = await login(unknown, 'wrong password');
      expect(shape(other), `attempt ${i + 1}`).toEqual(shape(known));
      expect(Math.abs(Number(other.headers['retry-after'] ?? 0) - Number(known.headers['retry-after'] ?? 0))).toBeLessThanOrEqual(1);
    }
    // Unknown addresses are throttled under a hash, never stored in clear.
    const { rows } = await t.db.pool.query('SELECT key FROM login_throttle');
    expect(JSON.stringify(rows)).not.toContain('nowhere.cr');
  });

  it('a disabled account: wrong password as for anyone, right password says disabled, refresh refused', async () => {
    const s = await signupStudent(t.app);
    await t.db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [s.id]);
    const wrong = await login(s.email, 'wrong password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].code).toBe('INVALID_CREDENTIALS');
    const right = await login(s.email, 'correct horse battery');
    expect(right.statusCode).toBe(401);
    expect(right.json().errors[0].code).toBe('ACCOUNT_DISABLED');
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: s.refreshToken } });
    expect(refreshed.statusCode).toBe(401);
    expect(refreshed.json().errors[0].code).toBe('ACCOUNT_DISABLED');
    const profile = await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(s.token) });
    expect(profile.statusCode).toBe(401);
    expect(profile.json().errors[0].code).toBe('ACCOUNT_DISABLED');
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
