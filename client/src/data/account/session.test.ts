import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Session as SessionPayload, User } from '@cr/shared';
import { ApiError, type RequestOptions } from './api.ts';
import { openRegistry } from '../profiles/device-registry.ts';
import { createProfiles, MAX_PIN_TRIES } from '../profiles/profiles.ts';
import { createSession, PIN_CHANGED, REFRESH_KEY, type SessionDeps } from './session.ts';

/**
 * The session state machine over the real device registry (Dexie on fake-indexeddb, real
 * WebCrypto) and a fake server with rotating refresh tokens, a manual clock and timer queue.
 */

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
const admin: User = { ...user, id: '0190a0b0-0000-7000-8000-0000000000ad', email: 'admin@example.com', role: 'admin', full_name: 'Admin' };
const PIN = '4821';

let registries = 0;

function harness(options: { lifetimeS?: number } = {}) {
  const lifetimeS = options.lifetimeS ?? 900;
  let now = 1_000_000;
  let issued = 0;
  const valid = new Set<string>();
  const revoked: string[] = [];
  const calls: Array<{ path: string; options: RequestOptions }> = [];
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  const legacy = new Map<string, string>();
  let offline = false;
  let nextId = 1;
  let serverUser = user;
  /** An answer the server gives every refresh (an account pending deletion or deleted). */
  let refusal: ApiError | null = null;
  const gone: string[] = [];
  const registry = openRegistry(`cr-device-session-test-${++registries}`);
  const profiles = createProfiles({ registry, now: () => now });
  /** Named locks shared by every "tab" of this device, like Web Locks. */
  const locks = new Map<string, Promise<unknown>>();

  const issue = (who: User = serverUser): SessionPayload => {
    issued += 1;
    const refresh = `refresh-token-number-${issued}-padding`;
    valid.add(refresh);
    return { token: `access-${issued}`, refresh_token: refresh, expires_in: lifetimeS, user: who };
  };

  const deps: SessionDeps = {
    profiles,
    legacy: {
      getItem: (k) => legacy.get(k) ?? null,
      removeItem: (k) => void legacy.delete(k),
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
    withLock: (name, fn) => {
      const run = (locks.get(name) ?? Promise.resolve()).then(fn, fn);
      locks.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
    onAccountGone: (userId) => void gone.push(userId),
    request: (async (path: string, opts: RequestOptions = {}) => {
      calls.push({ path, options: opts });
      if (offline) throw new ApiError(0, 'NETWORK', 'offline', null);
      const body = opts.body as { email?: string; refresh_token?: string };
      if (path === '/api/auth/login' || path === '/api/auth/signup') return issue(body.email === admin.email ? admin : serverUser);
      if (path === '/api/auth/refresh') {
        if (refusal) throw refusal;
        if (!valid.delete(body.refresh_token!)) throw new ApiError(401, 'TOKEN_REUSED', 'reused', null);
        return issue();
      }
      if (path === '/api/auth/logout') {
        revoked.push(body.refresh_token!);
        valid.delete(body.refresh_token!);
        return { signed_out: true };
      }
      if (opts.token !== `access-${issued}`) throw new ApiError(401, 'TOKEN_EXPIRED', 'expired', null);
      return { ok: true };
    }) as SessionDeps['request'],
  };

  return {
    session: createSession(deps),
    /** Another tab, or another start of the app, over the same registry, storage and server. */
    fresh: () => createSession(deps),
    profiles,
    legacy,
    calls,
    timers,
    revoked,
    valid,
    setOffline: (v: boolean) => void (offline = v),
    clock: () => now,
    setServerUser: (u: User) => void (serverUser = u),
    setRefusal: (e: ApiError | null) => void (refusal = e),
    gone,
    refreshCalls: () => calls.filter((c) => c.path === '/api/auth/refresh').length,
    /** Everything the registry holds, as IndexedDB stores it. */
    raw: async () => JSON.stringify(await registry.profiles.toArray()),
    /** Moves the clock and fires due timers. */
    async advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.fn();
      }
      await settle();
    },
  };
}

/** Lets pending promise chains (IndexedDB, WebCrypto) run. */
async function settle() {
  for (let i = 0; i < 20; i += 1) await new Promise((r) => setTimeout(r, 0));
}

/** Signs in with the password and chooses the PIN: the first start on this device. */
async function firstSignIn(h: ReturnType<typeof harness>) {
  await h.session.signIn({ email: user.email, password: 'x' });
  await h.session.choosePin(PIN);
}

describe('session', () => {
  it('starts signed out with nothing stored', async () => {
    const h = harness();
    await h.session.restore();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
  });

  it('asks a student for a PIN after the password, then seals the refresh token under it', async () => {
    const h = harness();
    await h.session.signIn({ email: user.email, password: 'x' });
    expect(h.session.getState()).toEqual({ status: 'needs-pin', user });
    // Nothing is on the device until the PIN exists.
    expect(await h.profiles.list()).toEqual([]);
    await expect(h.session.choosePin('12')).rejects.toThrow();
    await h.session.choosePin(PIN);
    expect(h.session.getState()).toEqual({ status: 'signed-in', user, offline: false });
    const raw = await h.raw();
    expect(raw).not.toContain('refresh-token-number-1');
    expect(raw).not.toContain(PIN);
    expect(h.legacy.size).toBe(0);
  });

  it('refreshes a minute before expiry and re-seals each rotated token', async () => {
    const h = harness();
    await firstSignIn(h);
    expect(h.timers[0]?.at).toBe(1_000_000 + 900_000 - 60_000);
    await h.advance(840_000);
    expect(h.calls.at(-1)?.path).toBe('/api/auth/refresh');
    expect(h.valid).toEqual(new Set(['refresh-token-number-2-padding']));
    const check = await h.profiles.checkPin(user.id, PIN);
    expect(check.ok && (await h.profiles.readToken(user.id, check.key))).toBe('refresh-token-number-2-padding');
    expect(await h.raw()).not.toContain('refresh-token-number-2');
  });

  it('refreshes at most a fifth of the lifetime early for short tokens', async () => {
    const h = harness({ lifetimeS: 100 });
    await firstSignIn(h);
    expect(h.timers[0]?.at).toBe(1_000_000 + 80_000);
  });

  it('shares one refresh between concurrent requests (a rotated token is never spent twice)', async () => {
    const h = harness();
    await firstSignIn(h);
    // Expire the access token without letting the timer fire first.
    h.timers.length = 0;
    await h.advance(900_000);
    await Promise.all([h.session.authed('/api/user/profile'), h.session.authed('/api/user/dashboard'), h.session.authed('/api/user/phase')]);
    expect(h.refreshCalls()).toBe(1);
    expect(h.session.getState()).toMatchObject({ status: 'signed-in', offline: false });
  });

  it('keeps two tabs of one profile on the newest token: neither spends a rotated one', async () => {
    const h = harness();
    await firstSignIn(h);
    const tab2 = h.fresh();
    expect((await tab2.unlock(user.id, PIN)).ok).toBe(true);
    h.timers.length = 0;
    await h.advance(900_000);
    // Both tabs need a fresh token at once; the second reads what the first sealed.
    await Promise.all([h.session.authed('/api/user/profile'), tab2.authed('/api/user/profile')]);
    expect(h.session.getState().status).toBe('signed-in');
    expect(tab2.getState().status).toBe('signed-in');
    // One rotation each, in turn, and the family is intact (a reuse would have emptied it).
    expect(h.refreshCalls()).toBe(3);
    expect(h.valid.size).toBe(1);
  });

  it('opens a remembered profile with its PIN on a new start, online', async () => {
    const h = harness();
    await firstSignIn(h);
    const later = h.fresh();
    await later.restore();
    expect(later.getState()).toEqual({ status: 'signed-out', reason: null });
    const result = await later.unlock(user.id, PIN);
    expect(result.ok).toBe(true);
    expect(later.getState()).toEqual({ status: 'signed-in', user, offline: false });
    // One rotation: the token sealed at sign-in was spent and the new one sealed.
    expect(h.valid).toEqual(new Set(['refresh-token-number-2-padding']));
    const check = await h.profiles.checkPin(user.id, PIN);
    expect(check.ok && (await h.profiles.readToken(user.id, check.key))).toBe('refresh-token-number-2-padding');
  });

  it('refuses a wrong PIN and stays signed out', async () => {
    const h = harness();
    await firstSignIn(h);
    const later = h.fresh();
    await later.restore();
    expect(await later.unlock(user.id, '0000')).toMatchObject({ ok: false, reason: 'wrong-pin', triesLeft: MAX_PIN_TRIES - 1 });
    expect(later.getState()).toEqual({ status: 'signed-out', reason: null });
    expect(h.refreshCalls()).toBe(0);
  });

  it('opens offline with the cached user when the server is unreachable, then goes online when it is back', async () => {
    const h = harness();
    await firstSignIn(h);
    h.setOffline(true);
    const later = h.fresh();
    await later.restore();
    expect((await later.unlock(user.id, PIN)).ok).toBe(true);
    expect(later.getState()).toEqual({ status: 'signed-in', user, offline: true });
    await expect(later.accessToken()).rejects.toThrow(ApiError);
    // The token is kept for later.
    expect(h.valid).toEqual(new Set(['refresh-token-number-1-padding']));

    h.setOffline(false);
    h.setServerUser({ ...user, full_name: 'Kavya S.' });
    await h.advance(30_000);
    expect(later.getState()).toEqual({ status: 'signed-in', user: { ...user, full_name: 'Kavya S.' }, offline: false });
    expect(await later.accessToken()).toBe('access-2');
    // The newer user is cached for the next offline start.
    expect((await h.profiles.get(user.id))?.displayName).toBe('Kavya S.');
  });

  it('signs out when the refresh token was reused, says why, and keeps the profile for a password sign-in', async () => {
    const h = harness();
    await firstSignIn(h);
    h.valid.clear(); // the family was revoked elsewhere
    const later = h.fresh();
    await later.restore();
    await later.unlock(user.id, PIN);
    expect(later.getState()).toEqual({ status: 'signed-out', reason: 'TOKEN_REUSED' });
    expect((await h.profiles.get(user.id))?.refresh).toBeNull();
    expect(await later.unlock(user.id, PIN)).toEqual({ ok: false, reason: 'password-needed' });
  });

  it('locks a profile whose account is pending deletion, keeping its sealed token so a later deletion is learned', async () => {
    const h = harness();
    await firstSignIn(h);
    h.setRefusal(new ApiError(403, 'ACCOUNT_DELETION_PENDING', 'pending', null));
    const later = h.fresh();
    await later.restore();
    await later.unlock(user.id, PIN);
    expect(later.getState()).toEqual({ status: 'signed-out', reason: 'ACCOUNT_DELETION_PENDING' });
    expect((await h.profiles.get(user.id))?.refresh).not.toBeNull();
    expect(h.gone).toEqual([]);
  });

  it('asks for the profile to be erased when the server says the account was deleted', async () => {
    const h = harness();
    await firstSignIn(h);
    h.setRefusal(new ApiError(410, 'ACCOUNT_DELETED', 'deleted', null));
    const later = h.fresh();
    await later.restore();
    // Opened offline earlier, the deletion is learned on the next refresh.
    await later.unlock(user.id, PIN);
    expect(later.getState()).toEqual({ status: 'signed-out', reason: 'ACCOUNT_DELETED' });
    expect(h.gone).toEqual([user.id]);
  });

  it('never remembers an admin: signed in at once, nothing on the device', async () => {
    const h = harness();
    await h.session.signIn({ email: admin.email, password: 'x' });
    expect(h.session.getState()).toEqual({ status: 'signed-in', user: admin, offline: false });
    expect(await h.profiles.list()).toEqual([]);
    expect(await h.session.accessToken()).toBe('access-1');
    await h.session.signOut();
    expect(h.revoked).toEqual(['refresh-token-number-1-padding']);
  });

  it('migrates a plaintext token from an earlier version: deleted at once, PIN asked, then sealed', async () => {
    const h = harness();
    h.valid.add('legacy-refresh-token-padding');
    h.legacy.set(REFRESH_KEY, 'legacy-refresh-token-padding');
    await h.session.restore();
    expect(h.session.getState()).toEqual({ status: 'needs-pin', user });
    expect(h.legacy.has(REFRESH_KEY)).toBe(false);
    await h.session.choosePin(PIN);
    expect(h.session.getState()).toMatchObject({ status: 'signed-in' });
    const profile = await h.profiles.get(user.id);
    expect(profile?.refresh).not.toBeNull();
    expect(await h.raw()).not.toContain('refresh-token-number-1');
  });

  it('keeps a plaintext token while the server is unreachable, and migrates once back online', async () => {
    const h = harness();
    h.valid.add('legacy-refresh-token-padding');
    h.legacy.set(REFRESH_KEY, 'legacy-refresh-token-padding');
    h.setOffline(true);
    await h.session.restore();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
    expect(h.legacy.get(REFRESH_KEY)).toBe('legacy-refresh-token-padding');
    h.setOffline(false);
    h.session.onOnline();
    await settle();
    expect(h.session.getState()).toEqual({ status: 'needs-pin', user });
    expect(h.legacy.has(REFRESH_KEY)).toBe(false);
  });

  it('drops a dead plaintext token and says why', async () => {
    const h = harness();
    h.legacy.set(REFRESH_KEY, 'legacy-refresh-token-spent-padding');
    await h.session.restore();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: 'TOKEN_REUSED' });
    expect(h.legacy.has(REFRESH_KEY)).toBe(false);
  });

  it('signs out: revokes on the server and removes the profile from the device', async () => {
    const h = harness();
    await firstSignIn(h);
    await h.session.signOut();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
    expect(h.revoked).toEqual(['refresh-token-number-1-padding']);
    expect(await h.profiles.list()).toEqual([]);
    expect(h.timers).toHaveLength(0);
  });

  it('signs out locally even when the server cannot be reached', async () => {
    const h = harness();
    await firstSignIn(h);
    h.setOffline(true);
    await h.session.signOut();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
    expect(await h.profiles.list()).toEqual([]);
    expect(h.timers).toHaveLength(0);
  });

  it('switches profile without signing out: the profile stays and opens again with its PIN', async () => {
    const h = harness();
    await firstSignIn(h);
    h.session.leave();
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
    expect(h.timers).toHaveLength(0);
    await expect(h.session.accessToken()).rejects.toThrow(ApiError);
    expect((await h.session.unlock(user.id, PIN)).ok).toBe(true);
    expect(h.session.getState()).toMatchObject({ status: 'signed-in', offline: false });
  });

  it('checks the PIN on the idle lock; too many wrong tries end the session', async () => {
    const h = harness();
    await firstSignIn(h);
    expect((await h.session.verifyPin(PIN)).ok).toBe(true);
    for (let i = 1; i < MAX_PIN_TRIES; i += 1) {
      const result = await h.session.verifyPin('0000');
      expect(result).toMatchObject({ ok: false, reason: 'wrong-pin' });
      // Wait out the growing delay (the access token is refreshed on the way).
      if (!result.ok && result.reason === 'wrong-pin') await h.advance(result.retryAfter - h.clock());
    }
    expect(h.session.getState().status).toBe('signed-in');
    expect(await h.session.verifyPin('0000')).toEqual({ ok: false, reason: 'password-needed' });
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
  });

  it('changes the PIN; a second tab still on the old key stops instead of spending the token', async () => {
    const h = harness();
    await firstSignIn(h);
    const tab2 = h.fresh();
    await tab2.unlock(user.id, PIN);
    expect(await h.session.changePin('9999', '2468')).toMatchObject({ ok: false, reason: 'wrong-pin' });
    expect((await h.session.changePin(PIN, '2468')).ok).toBe(true);
    // This tab goes on rotating under the new key.
    h.timers.length = 0;
    await h.advance(900_000);
    await h.session.authed('/api/user/profile');
    expect(h.session.getState().status).toBe('signed-in');
    await expect(tab2.accessToken()).rejects.toThrow(ApiError);
    expect(tab2.getState()).toEqual({ status: 'signed-out', reason: PIN_CHANGED });
    expect(h.revoked).toEqual([]);
    expect((await h.fresh().unlock(user.id, '2468')).ok).toBe(true);
  });

  it('ends the session when another tab removed the profile', async () => {
    const h = harness();
    await firstSignIn(h);
    h.session.onProfileRemoved('0190a0b0-0000-7000-8000-000000000999');
    expect(h.session.getState().status).toBe('signed-in');
    h.session.onProfileRemoved(user.id);
    expect(h.session.getState()).toEqual({ status: 'signed-out', reason: null });
  });
});
