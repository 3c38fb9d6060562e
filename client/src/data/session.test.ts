import { describe, expect, it } from 'vitest';
import type { Session as SessionPayload, User } from '@cr/shared';
import { ApiError, type RequestOptions } from './api.ts';
import { createSession, REFRESH_KEY, type SessionDeps } from './session.ts';

const user: User = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  email: 'kavya@example.com',
  role: 'student',
  full_name: 'Kavya',
  phone: null,
  standard: 12,
  exam_target: '2027-01-22',
  coaching_center: null,
  language: 'en',
  join_date: '2026-11-26',
  last_login: null,
};

/** A fake server with rotating refresh tokens and a manual clock and timer queue. */
function harness(options: { lifetimeS?: number } = {}) {
  const lifetimeS = options.lifetimeS ?? 900;
  let now = 1_000_000;
  let issued = 0;
  const valid = new Set<string>();
  const calls: Array<{ path: string; options: RequestOptions }> = [];
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  const store = new Map<string, string>();
  let offline = false;
  let nextId = 1;

  const issue = (): SessionPayload => {
    issued += 1;
    const refresh = `refresh-token-number-${issued}-padding`;
    valid.add(refresh);
    return { token: `access-${issued}`, refresh_token: refresh, expires_in: lifetimeS, user };
  };

  const deps: SessionDeps = {
    storage: {
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => void store.set(k, v),
      removeItem: (k) => void store.delete(k),
    },
    now: () => now,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    withLock: (fn) => fn(),
    request: (async (path: string, opts: RequestOptions = {}) => {
      calls.push({ path, options: opts });
      if (offline) throw new ApiError(0, 'NETWORK', 'offline', null);
      if (path === '/api/auth/login' || path === '/api/auth/signup') return issue();
      if (path === '/api/auth/refresh') {
        const token = (opts.body as { refresh_token: string }).refresh_token;
        if (!valid.delete(token)) throw new ApiError(401, 'TOKEN_REUSED', 'reused', null);
        return issue();
      }
      if (path === '/api/auth/logout') return { signed_out: true };
      if (opts.token !== `access-${issued}`) throw new ApiError(401, 'TOKEN_EXPIRED', 'expired', null);
      return { ok: true };
    }) as SessionDeps['request'],
  };

  return {
    session: createSession(deps),
    /** Another start of the app over the same storage and server. */
    fresh: () => createSession(deps),
    store,
    calls,
    timers,
    setOffline: (v: boolean) => void (offline = v),
    /** Moves the clock and fires due timers. */
    async advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.fn();
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('session', () => {
  it('starts signed out without a stored refresh token', async () => {
    const h = harness();
    await h.session.restore();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
  });

  it('signs in, keeps the refresh token, and refreshes a minute before expiry', async () => {
    const h = harness();
    await h.session.signIn({ email: user.email, password: 'x' });
    expect(h.session.getState()).toEqual({ status: 'signed-in', user });
    expect(h.store.get(REFRESH_KEY)).toBe('refresh-token-number-1-padding');
    expect(h.timers[0]?.at).toBe(1_000_000 + 900_000 - 60_000);

    await h.advance(840_000);
    expect(h.calls.at(-1)?.path).toBe('/api/auth/refresh');
    expect(h.store.get(REFRESH_KEY)).toBe('refresh-token-number-2-padding');
  });

  it('refreshes at most a fifth of the lifetime early for short tokens', async () => {
    const h = harness({ lifetimeS: 100 });
    await h.session.signIn({ email: user.email, password: 'x' });
    expect(h.timers[0]?.at).toBe(1_000_000 + 80_000);
  });

  it('shares one refresh between concurrent requests (a rotated token is never spent twice)', async () => {
    const h = harness();
    await h.session.signIn({ email: user.email, password: 'x' });
    await h.advance(0);
    // Expire the access token without letting the timer fire first.
    h.timers.length = 0;
    await h.advance(900_000);
    await Promise.all([h.session.authed('/api/user/profile'), h.session.authed('/api/user/dashboard'), h.session.authed('/api/user/phase')]);
    expect(h.calls.filter((c) => c.path === '/api/auth/refresh')).toHaveLength(1);
    expect(h.session.getState().status).toBe('signed-in');
  });

  it('restores a session from the stored refresh token', async () => {
    const h = harness();
    await h.session.signIn({ email: user.email, password: 'x' });
    const second = h.fresh();
    await second.restore();
    expect(second.getState()).toEqual({ status: 'signed-in', user });
  });

  it('signs out when the refresh token was reused, and says why', async () => {
    const h = harness();
    await h.session.signIn({ email: user.email, password: 'x' });
    h.store.set(REFRESH_KEY, 'refresh-token-number-0-stale-padding');
    await h.session.restore();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: 'TOKEN_REUSED' });
    expect(h.store.has(REFRESH_KEY)).toBe(false);
  });

  it('keeps the refresh token when offline at start and retries later', async () => {
    const h = harness();
    await h.session.signIn({ email: user.email, password: 'x' });
    const token = h.store.get(REFRESH_KEY);
    h.setOffline(true);
    const later = h.fresh();
    await later.restore();
    expect(later.getState()).toEqual({ status: 'offline' });
    expect(h.store.get(REFRESH_KEY)).toBe(token);
  });

  it('signs out locally even when the server cannot be reached', async () => {
    const h = harness();
    await h.session.signIn({ email: user.email, password: 'x' });
    h.setOffline(true);
    await h.session.signOut();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
    expect(h.store.has(REFRESH_KEY)).toBe(false);
    expect(h.timers).toHaveLength(0);
  });
});
