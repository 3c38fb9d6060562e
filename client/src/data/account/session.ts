import type { LoginBody, ProfilePatch, Session as SessionPayload, SignupBody, User } from '@cr/shared';
import { ApiError, type apiRequest, type RequestOptions } from './api.ts';
import type { PinCheck, PinFailure, Profiles } from '../profiles/profiles.ts';
import { memoryVault, refreshLockName, registryVault, type Vault } from '../profiles/profiles-vault.ts';

/**
 * The session of the profile open in this tab: a short-lived access token in memory, a rotating
 * refresh token, and the user. Every authenticated request goes through `authed`, which refreshes
 * the access token before it expires and once more on a 401.
 *
 * Where the refresh token lives (docs/architecture.md, "Shared family devices"):
 * * students and coaches: sealed in the device registry under a key derived from their PIN
 *   (profiles.ts); the key stays in memory while the profile is open, so each rotated token is
 *   sealed again and another tab of the same profile reads the newest one;
 * * between a password sign-in and choosing the PIN, and for admins (never remembered on a
 *   device): in memory only; a reload means signing in again.
 *
 * A profile opened with its PIN while the server is unreachable is `signed-in` with
 * `offline: true` and the cached user: the local replica works, and the next successful refresh
 * (the sync connector keeps asking for a token) turns it online.
 */

/** The plaintext refresh token of app versions before the device registry; migrated, then deleted. */
export const REFRESH_KEY = 'cr.refresh';

export type SessionState =
  | { status: 'restoring' }
  /** `reason` says why a session ended on its own (e.g. TOKEN_REUSED), for a message on sign-in. */
  | { status: 'signed-out'; reason: string | null }
  /** Signed in with the password on this device: a PIN must be chosen before the app opens. */
  | { status: 'needs-pin'; user: User }
  /** `offline`: the server could not be reached on the last try (opened from the local replica). */
  | { status: 'signed-in'; user: User; offline: boolean };

export interface SessionDeps {
  request: typeof apiRequest;
  profiles: Profiles;
  /** Where earlier versions kept the plaintext refresh token. */
  legacy: Pick<Storage, 'getItem' | 'removeItem'>;
  /** Epoch ms. */
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Serializes refreshes of one profile across tabs (Web Locks): a rotated token is never spent twice. */
  withLock: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  /**
   * The server says the account was deleted (after its grace period): erase the profile from this
   * device (registry entry with PIN and sealed token, local database, pending uploads). Called
   * after the session ended; not awaited (it runs while the sync worker is asking for a token).
   */
  onAccountGone?: (userId: string) => void;
}

export interface SessionStore {
  getState: () => SessionState;
  subscribe: (listener: () => void) => () => void;
  /** Start-up: migrates a plaintext token of an earlier version, if any. Call once. */
  restore: () => Promise<void>;
  /** Password sign-in; students and coaches go on to `needs-pin`, admins straight in. */
  signIn: (body: LoginBody) => Promise<User>;
  signUp: (body: SignupBody) => Promise<User>;
  /** Cancels a pending deletion (email and password) and signs in, like `signIn`. */
  cancelDeletion: (body: LoginBody) => Promise<User>;
  /** In `needs-pin`: remembers the profile on this device under `pin` and opens the app. */
  choosePin: (pin: string) => Promise<void>;
  /** Opens a remembered profile with its PIN, online if the server answers, else offline. */
  unlock: (userId: string, pin: string) => Promise<PinCheck>;
  /** Checks the open profile's PIN (idle lock), with the same rate limit; too many wrong tries end the session. */
  verifyPin: (pin: string) => Promise<PinCheck>;
  /** Changes the open profile's PIN; the key for later rotations changes with it. */
  changePin: (currentPin: string, nextPin: string) => Promise<PinCheck>;
  /** Closes the profile in this tab without signing out ("Switch profile"); it stays on the device. */
  leave: () => void;
  /** Revokes the refresh token on the server if it can be reached; the session stays open. */
  revoke: () => Promise<void>;
  /** Revokes, deletes the profile from the device registry, and ends the session. */
  signOut: () => Promise<void>;
  /** A request with the current access token; refreshes first when it is about to expire. */
  authed: <T>(path: string, options?: Omit<RequestOptions, 'token'>) => Promise<T>;
  /** The current access JWT, refreshed first when it is about to expire (the sync token). */
  accessToken: () => Promise<string>;
  updateProfile: (patch: ProfilePatch) => Promise<User>;
  /** Another tab removed this profile from the device: end this tab's session too. */
  onProfileRemoved: (userId: string) => void;
  /** Back online: refresh now rather than at the next retry. */
  onOnline: () => void;
}

/** Refresh this long before the access token expires (ms), at most a fifth of its lifetime. */
const REFRESH_MARGIN_MS = 60_000;
/** Treat a token as expired this close to its expiry, to cover clock skew and slow requests (ms). */
const EXPIRY_SLACK_MS = 15_000;
/** After a failed background refresh (no network), try again after this long (ms). */
const RETRY_MS = 30_000;
/** Codes after which the refresh token is dead and the student must sign in again. */
const FATAL_REFRESH = new Set(['ACCOUNT_DISABLED', 'TOKEN_REUSED', 'TOKEN_EXPIRED', 'UNAUTHENTICATED', 'VALIDATION_ERROR', 'NOT_FOUND', 'FORBIDDEN']);
/** The account was deleted on the server: the profile is erased from this device. */
export const ACCOUNT_DELETED = 'ACCOUNT_DELETED';
/** The account is scheduled for deletion: signing in with the password offers "Cancel deletion". */
export const DELETION_PENDING = 'ACCOUNT_DELETION_PENDING';
/** The registry's sealed token no longer opens with this tab's key: the PIN was changed elsewhere. */
export const PIN_CHANGED = 'PIN_CHANGED';

/** Thrown by `refresh` when the session ended while it ran. */
class SessionEnded extends ApiError {
  constructor(readonly reason: string | null) {
    super(401, 'UNAUTHENTICATED', 'the session ended', null);
  }
}

interface OpenProfile {
  user: User;
  vault: Vault;
  /** The PIN's sealing key; null before a PIN is chosen and for admins. */
  key: CryptoKey | null;
  /** The server already revoked its refresh token (sign-out in progress). */
  revoked?: boolean;
}

export function createSession(deps: SessionDeps): SessionStore {
  let state: SessionState = { status: 'restoring' };
  let open: OpenProfile | null = null;
  /** Bumped whenever the open profile ends or changes, so async work that outlived it does nothing. */
  let generation = 0;
  let access: { token: string; expiresAt: number } | null = null;
  let timer: unknown = null;
  let inflight: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  function setState(next: SessionState) {
    state = next;
    for (const l of listeners) l();
  }

  function schedule(delayMs: number) {
    if (timer !== null) deps.clearTimer(timer);
    timer = deps.setTimer(() => {
      timer = null;
      refresh().catch(() => undefined);
    }, Math.max(0, delayMs));
  }

  function end(reason: string | null) {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    access = null;
    open = null;
    inflight = null;
    generation += 1;
    setState({ status: 'signed-out', reason });
  }

  function begin(profile: OpenProfile): number {
    end(null);
    open = profile;
    return generation;
  }

  function acceptAccess(payload: SessionPayload) {
    const lifetimeMs = payload.expires_in * 1000;
    access = { token: payload.token, expiresAt: deps.now() + lifetimeMs };
    schedule(lifetimeMs - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 5));
  }

  /**
   * Every read-rotate-write of the refresh token runs here: one at a time in this tab, and under
   * the profile's Web Lock across tabs. The lock name is looked up when the turn comes, since
   * choosing a PIN moves the token from memory into the shared registry.
   */
  let tokenQueue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(lockName: () => string | null, fn: () => Promise<T>): Promise<T> {
    const run = () => {
      const name = lockName();
      return name ? deps.withLock(name, fn) : fn();
    };
    const next = tokenQueue.then(run, run);
    tokenQueue = next.catch(() => undefined);
    return next;
  }

  async function rotate(gen: number, profile: OpenProfile): Promise<void> {
    // Read inside the lock: another tab of this profile may have rotated the token meanwhile.
    let refreshToken: string | null;
    try {
      refreshToken = await profile.vault.read();
    } catch {
      if (gen === generation) end(PIN_CHANGED);
      throw new SessionEnded(PIN_CHANGED);
    }
    if (gen !== generation) throw new SessionEnded(null);
    if (!refreshToken) {
      end(null);
      throw new SessionEnded(null);
    }
    let payload: SessionPayload;
    try {
      payload = await deps.request<SessionPayload>('/api/auth/refresh', { method: 'POST', body: { refresh_token: refreshToken } });
    } catch (error) {
      if (gen !== generation) throw error;
      if (error instanceof ApiError && error.code === ACCOUNT_DELETED) {
        end(ACCOUNT_DELETED);
        deps.onAccountGone?.(profile.user.id);
        throw error;
      }
      if (error instanceof ApiError && error.code === DELETION_PENDING) {
        // Locked until the person cancels with the password. The sealed token stays: if the
        // deletion goes through, this device learns it on a later try and erases the profile.
        end(DELETION_PENDING);
        throw error;
      }
      if (error instanceof ApiError && FATAL_REFRESH.has(error.code)) {
        // Keep the profile and its unsynced data on the device; only the password can open it now.
        await profile.vault.forget().catch(() => undefined);
        end(error.code);
      } else {
        // No network or a server hiccup: keep the token, work from the local replica, retry later.
        if (state.status === 'signed-in' && !state.offline) setState({ ...state, offline: true });
        schedule(RETRY_MS);
      }
      throw error;
    }
    // Sealed before the lock is released, so no tab ever reads the spent token.
    await profile.vault.write(payload.refresh_token);
    if (gen !== generation) return;
    acceptAccess(payload);
    profile.user = payload.user;
    if (profile.vault.lockName) await deps.profiles.cacheUser(payload.user).catch(() => undefined);
    if (gen !== generation) return;
    if (state.status === 'signed-in') setState({ status: 'signed-in', user: payload.user, offline: false });
    else if (state.status === 'needs-pin') setState({ status: 'needs-pin', user: payload.user });
  }

  /** Single-flight: concurrent callers share one rotation. */
  function refresh(): Promise<void> {
    if (inflight) return inflight;
    const profile = open;
    if (!profile) return Promise.reject(new SessionEnded(null));
    const gen = generation;
    const flight: Promise<void> = exclusive(() => profile.vault.lockName, () => rotate(gen, profile)).finally(() => {
      if (inflight === flight) inflight = null;
    });
    inflight = flight;
    return flight;
  }

  async function freshToken(): Promise<string> {
    if (!access || deps.now() >= access.expiresAt - EXPIRY_SLACK_MS) await refresh();
    if (!access) throw new ApiError(401, 'UNAUTHENTICATED', 'not signed in', null);
    return access.token;
  }

  async function authed<T>(path: string, options: Omit<RequestOptions, 'token'> = {}): Promise<T> {
    const token = await freshToken();
    try {
      return await deps.request<T>(path, { ...options, token });
    } catch (error) {
      // An access token the server no longer accepts (keys rotated, clock skew): refresh once.
      if (error instanceof ApiError && error.status === 401) {
        await refresh();
        if (!access) throw error;
        return deps.request<T>(path, { ...options, token: access.token });
      }
      throw error;
    }
  }

  /** After a password sign-in or sign-up (or a migrated token). */
  function acceptPassword(payload: SessionPayload) {
    begin({ user: payload.user, vault: memoryVault(payload.refresh_token), key: null });
    acceptAccess(payload);
    // Security: admins are never remembered on a shared device (no PIN, nothing stored).
    setState(payload.user.role === 'admin' ? { status: 'signed-in', user: payload.user, offline: false } : { status: 'needs-pin', user: payload.user });
  }

  async function migrateLegacy(): Promise<void> {
    await deps.withLock('cr.session-refresh:legacy', async () => {
      // Inside the lock: another tab may have migrated it already.
      const legacy = deps.legacy.getItem(REFRESH_KEY);
      if (!legacy) {
        end(null);
        return;
      }
      try {
        const payload = await deps.request<SessionPayload>('/api/auth/refresh', { method: 'POST', body: { refresh_token: legacy } });
        // Security: the plaintext copy goes at once; until a PIN is chosen the token is in memory only.
        deps.legacy.removeItem(REFRESH_KEY);
        acceptPassword(payload);
      } catch (error) {
        if (error instanceof ApiError && FATAL_REFRESH.has(error.code)) {
          deps.legacy.removeItem(REFRESH_KEY);
          end(error.code);
        } else {
          // Unreachable: keep the old token until it can be exchanged (`onOnline` retries).
          end(null);
        }
      }
    });
  }

  /** Checks the open profile's PIN; too many wrong tries wipe its token, which ends the session. */
  async function checkOpenPin(check: (profile: OpenProfile, gen: number) => Promise<PinCheck>): Promise<PinCheck> {
    const profile = open;
    if (!profile?.key || state.status !== 'signed-in') return { ok: false, reason: 'unknown-profile' };
    const gen = generation;
    const result = await check(profile, gen);
    if (gen === generation && !result.ok && result.reason === 'password-needed') end(null);
    return result;
  }

  async function revoke(): Promise<void> {
    const profile = open;
    if (!profile || profile.revoked) return;
    try {
      const token = await freshToken();
      const refreshToken = await profile.vault.read();
      if (refreshToken) await deps.request('/api/auth/logout', { method: 'POST', body: { refresh_token: refreshToken }, token });
      profile.revoked = true;
    } catch {
      // Unreachable server or a dead session: the local session still ends.
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async restore() {
      if (deps.legacy.getItem(REFRESH_KEY)) {
        setState({ status: 'restoring' });
        await migrateLegacy();
      } else {
        end(null);
      }
    },
    async signIn(body) {
      const payload = await deps.request<SessionPayload>('/api/auth/login', { method: 'POST', body });
      acceptPassword(payload);
      return payload.user;
    },
    async cancelDeletion(body) {
      const payload = await deps.request<SessionPayload>('/api/auth/cancel-deletion', { method: 'POST', body });
      acceptPassword(payload);
      return payload.user;
    },
    async signUp(body) {
      const payload = await deps.request<SessionPayload>('/api/auth/signup', { method: 'POST', body });
      acceptPassword(payload);
      return payload.user;
    },
    async choosePin(pin) {
      const profile = open;
      if (!profile || state.status !== 'needs-pin') throw new Error('no sign-in is waiting for a PIN');
      const gen = generation;
      // Under the profile's lock: another tab of the same profile must not rotate meanwhile.
      await exclusive(() => refreshLockName(profile.user.id), async () => {
        const token = await profile.vault.read();
        if (!token || gen !== generation) throw new SessionEnded(null);
        const key = await deps.profiles.remember(profile.user, pin, token);
        if (gen !== generation) return;
        profile.vault = registryVault(deps.profiles, profile.user.id, key);
        profile.key = key;
        setState({ status: 'signed-in', user: profile.user, offline: false });
      });
    },
    async unlock(userId, pin) {
      const result = await deps.profiles.checkPin(userId, pin);
      if (!result.ok) return result;
      const gen = begin({ user: result.profile.user, vault: registryVault(deps.profiles, userId, result.key), key: result.key });
      await deps.profiles.touch(userId);
      try {
        await refresh();
        if (gen === generation && open) setState({ status: 'signed-in', user: open.user, offline: false });
      } catch {
        // Unreachable server: open from the local replica (a dead token already ended the session).
        if (gen === generation) setState({ status: 'signed-in', user: result.profile.user, offline: true });
      }
      return result;
    },
    verifyPin(pin) {
      return checkOpenPin((profile) => deps.profiles.checkPin(profile.user.id, pin));
    },
    changePin(currentPin, nextPin) {
      return checkOpenPin((profile, gen) =>
        // Under the profile's lock, so no refresh seals a token under the old key meanwhile.
        exclusive(() => profile.vault.lockName, async () => {
          const result = await deps.profiles.changePin(profile.user.id, currentPin, nextPin);
          if (result.ok && gen === generation) {
            profile.vault = registryVault(deps.profiles, profile.user.id, result.key);
            profile.key = result.key;
          }
          return result;
        }),
      );
    },
    leave() {
      end(null);
    },
    revoke,
    async signOut() {
      // Security: the refresh token is revoked on the server when reachable, and its sealed copy
      // deleted here either way, so a shared device never keeps a usable session.
      const profile = open;
      await revoke();
      if (profile?.vault.lockName) await deps.profiles.remove(profile.user.id);
      end(null);
    },
    authed,
    accessToken: freshToken,
    async updateProfile(patch) {
      const user = await authed<User>('/api/user/profile', { method: 'PATCH', body: patch });
      if (open && open.user.id === user.id) {
        open.user = user;
        if (open.vault.lockName) await deps.profiles.cacheUser(user).catch(() => undefined);
        if (state.status === 'signed-in' && state.user.id === user.id) setState({ ...state, user });
      }
      return user;
    },
    onProfileRemoved(userId) {
      if (open?.user.id === userId) end(null);
    },
    onOnline() {
      if (state.status === 'signed-in' && state.offline) {
        refresh().catch(() => undefined);
      } else if (state.status === 'signed-out' && deps.legacy.getItem(REFRESH_KEY)) {
        void migrateLegacy();
      }
    },
  };
}

export type { PinCheck, PinFailure };
