import type { Session } from '@cr/shared';
import { ApiError, apiRequest, type RequestOptions } from '../../../client/src/data/account/api.ts';
import type { SessionStore } from '../../../client/src/data/account/session.ts';

export interface Credentials {
  /** The server's origin, e.g. http://127.0.0.1:8080 (no trailing slash). */
  endpoint: string;
  email: string;
  password: string;
}

/**
 * What the app's connector needs of a session, for a device in Node: signs in with the password
 * once, then rotates with the refresh token each time the SDK asks for credentials (as a device
 * whose access token keeps expiring would). Requests go through the app's own `apiRequest`, so
 * refusals reach the connector as the same `ApiError`s and take the same retry decisions.
 */
export function passwordSession(creds: Credentials): Pick<SessionStore, 'accessToken' | 'authed'> {
  let refreshToken: string | null = null;
  let token: string | null = null;
  const request = <T>(path: string, options: RequestOptions = {}) => apiRequest<T>(path, { ...options, origin: creds.endpoint });

  async function rotate(): Promise<string> {
    const refreshed = refreshToken ? await request<Session>('/api/auth/refresh', { method: 'POST', body: { refresh_token: refreshToken } }).catch(() => null) : null;
    const next = refreshed ?? (await request<Session>('/api/auth/login', { method: 'POST', body: { email: creds.email, password: creds.password } }));
    refreshToken = next.refresh_token;
    token = next.token;
    return next.token;
  }

  return {
    accessToken: rotate,
    async authed<T>(path: string, options: Omit<RequestOptions, 'token'> = {}): Promise<T> {
      try {
        return await request<T>(path, { ...options, token: token ?? (await rotate()) });
      } catch (error) {
        // Like the app's session: an access token the server no longer accepts is refreshed once.
        if (!(error instanceof ApiError) || error.status !== 401) throw error;
        return request<T>(path, { ...options, token: await rotate() });
      }
    },
  };
}
