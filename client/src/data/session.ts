import type { LoginBody, ProfilePatch, Session as SessionPayload, SignupBody, User } from '@cr/shared';
import { ApiError, type apiRequest, type RequestOptions } from './api.ts';

/**
 * The signed-in session: a short-lived access token in memory, a rotating refresh token kept on
 * the device, and the user. Every authenticated request goes through `authed`, which refreshes
 * the access token before it expires and once more on a 401.
 *
 * Storage: the refresh token sits in localStorage for now. The student-app issue replaces this
 * with the device registry (Dexie), where each profile's refresh token is encrypted with a key
 * derived from that profile's PIN (WebCrypto), so siblings on a shared device cannot use each
 * other's session and a student can unlock offline. Nothing else may read this key.
 */

export const REFRESH_KEY = 'cr.refresh';

export type SessionState =
  | { status: 'restoring' }
  /** `reason` says why a session ended on its own (e.g. TOKEN_REUSED), for a message on sign-in. */
  | { status: 'signed-out'; reason: string | null }
  | { status: 'signed-in'; user: User }
  /** A refresh token exists but the server is unreachable, so the account cannot be opened yet. */
  | { status: 'offline' };

export interface SessionDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  request: typeof apiRequest;
  /** Epoch ms. */
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Serializes refreshes across tabs (Web Locks); a second tab must never spend a rotated token. */
  withLock: <T>(fn: () => Promise<T>) => Promise<T>;
}

export interface SessionStore {
  getState: () => SessionState;
  subscribe: (listener: () => void) => () => void;
  /** Opens the stored session, if any. Call once at start-up. */
  restore: () => Promise<void>;
  signIn: (body: LoginBody) => Promise<User>;
  signUp: (body: SignupBody) => Promise<User>;
  signOut: () => Promise<void>;
  /** A request with the current access token; refreshes first when it is about to expire. */
  authed: <T>(path: string, options?: Omit<RequestOptions, 'token'>) => Promise<T>;
  /** The current access JWT, refreshed first when it is about to expire (the sync token). */
  accessToken: () => Promise<string>;
  updateProfile: (patch: ProfilePatch) => Promise<User>;
  /** Another tab signed out (the stored refresh token vanished): end this tab's session too. */
  onStorageCleared: () => void;
}

/** Refresh this long before the access token expires (ms), at most a fifth of its lifetime. */
const REFRESH_MARGIN_MS = 60_000;
/** Treat a token as expired this close to its expiry, to cover clock skew and slow requests (ms). */
const EXPIRY_SLACK_MS = 15_000;
/** After a failed background refresh (no network), try again after this long (ms). */
const RETRY_MS = 30_000;
/** Codes after which the refresh token is dead and the student must sign in again. */
const FATAL_REFRESH = new Set(['TOKEN_REUSED', 'TOKEN_EXPIRED', 'UNAUTHENTICATED', 'VALIDATION_ERROR', 'NOT_FOUND', 'FORBIDDEN']);

export function createSession(deps: SessionDeps): SessionStore {
  let state: SessionState = { status: 'restoring' };
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

  function accept(payload: SessionPayload) {
    const lifetimeMs = payload.expires_in * 1000;
    access = { token: payload.token, expiresAt: deps.now() + lifetimeMs };
    deps.storage.setItem(REFRESH_KEY, payload.refresh_token);
    schedule(lifetimeMs - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 5));
    setState({ status: 'signed-in', user: payload.user });
  }

  function clear(reason: string | null) {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    access = null;
    deps.storage.removeItem(REFRESH_KEY);
    setState({ status: 'signed-out', reason });
  }

  /** Single-flight: concurrent callers share one rotation. */
  function refresh(): Promise<void> {
    inflight ??= deps
      .withLock(async () => {
        // Read inside the lock: another tab may have rotated the token while we waited.
        const refreshToken = deps.storage.getItem(REFRESH_KEY);
        if (!refreshToken) {
          clear(null);
          return;
        }
        try {
          accept(await deps.request<SessionPayload>('/api/auth/refresh', { method: 'POST', body: { refresh_token: refreshToken } }));
        } catch (error) {
          if (error instanceof ApiError && FATAL_REFRESH.has(error.code)) {
            clear(error.code);
          } else {
            // No network or a server hiccup: keep the refresh token and try again later.
            if (state.status === 'restoring') setState({ status: 'offline' });
            schedule(RETRY_MS);
          }
          throw error;
        }
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
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

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async restore() {
      if (!deps.storage.getItem(REFRESH_KEY)) {
        setState({ status: 'signed-out', reason: null });
        return;
      }
      setState({ status: 'restoring' });
      await refresh().catch(() => undefined);
    },
    async signIn(body) {
      const payload = await deps.request<SessionPayload>('/api/auth/login', { method: 'POST', body });
      accept(payload);
      return payload.user;
    },
    async signUp(body) {
      const payload = await deps.request<SessionPayload>('/api/auth/signup', { method: 'POST', body });
      accept(payload);
      return payload.user;
    },
    async signOut() {
      // Security: the refresh token is revoked on the server and removed here even when the
      // server cannot be reached, so a shared device never keeps a usable session. (Once local
      // study data exists, sign-out syncs it first or says what would be lost: student-app issue.)
      const refreshToken = deps.storage.getItem(REFRESH_KEY);
      try {
        if (refreshToken && access) {
          await deps.request('/api/auth/logout', { method: 'POST', body: { refresh_token: refreshToken }, token: access.token });
        }
      } catch {
        // Unreachable server or an expired access token: the local session still ends.
      } finally {
        clear(null);
      }
    },
    authed,
    accessToken: freshToken,
    async updateProfile(patch) {
      const user = await authed<User>('/api/user/profile', { method: 'PATCH', body: patch });
      if (state.status === 'signed-in') setState({ status: 'signed-in', user });
      return user;
    },
    onStorageCleared() {
      if (state.status !== 'signed-out') {
        if (timer !== null) deps.clearTimer(timer);
        timer = null;
        access = null;
        setState({ status: 'signed-out', reason: null });
      }
    },
  };
}
