import fp from 'fastify-plugin';
import type { onRequestAsyncHookHandler } from 'fastify';
import type pg from 'pg';
import { DomainError, type Role } from '@cr/shared';
import { DEFAULT_ALLOWED_STATUSES, inactiveAccountError, preparedAccountReader, type AccountStatus } from '../auth/account-status.ts';
import type { TokenService, VerifiedClaims } from '../auth/tokens.ts';
import type { Actor } from '../repositories/audit.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route: 'public', or the roles allowed. Every route must declare it; the
     * app refuses to start with a route that does not (so no route is open by accident).
     */
    access?: 'public' | readonly Role[];
    /**
     * Account statuses that may call the route; default only `active`. The hook for a route that
     * an account in another status must still reach, e.g. `['active', 'deletion_pending']`
     * (none does today: cancelling a deletion is public and checks the password itself).
     */
    accountStatuses?: readonly AccountStatus[];
    /**
     * An SQL expression of $1 (the caller's account id) the route needs on every request, read
     * in the same statement as the account check (one round trip, not two); its value is
     * `request.accountAlso`. A constant of the route, never built from input. The check itself
     * is the same with or without it.
     */
    accountAlso?: string;
  }
  interface FastifyInstance {
    /** Every route with its access rule, as registered (the authorization matrix test walks it). */
    accessRules: AccessRule[];
  }
  interface FastifyRequest {
    /**
     * The authenticated caller; set on every non-public route before its handler runs. `role`
     * is the account's role now (read from the database), not the one in the token; `exp` is the
     * token's expiry (Unix seconds), so a sync stream can end with it without verifying again.
     */
    principal: VerifiedClaims | null;
    /** The value of the route's `config.accountAlso`, read with the account (undefined without one). */
    accountAlso: unknown;
  }
}

export interface AccessRule {
  method: string;
  url: string;
  access: 'public' | readonly Role[] | undefined;
}

const isProtectedPath = (url: string): boolean => url.startsWith('/api/') || url.startsWith('/sync');

/** Reads `Authorization: Bearer <jwt>` (or PowerSync's `Token <jwt>`). */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^(Bearer|Token)\s+(\S+)$/i.exec(header.trim());
  return match?.[2] ?? null;
}

// Verified claims per request, so the rate limiter (which runs first) and the auth hook verify
// a token once. Null when the request carries no valid token.
const verifiedClaims = new WeakMap<object, Promise<VerifiedClaims | null>>();

/** The verified claims of the request's bearer token, or null (never throws). */
export function claimsOf(request: { headers: { authorization?: string } }, tokens: TokenService): Promise<VerifiedClaims | null> {
  let claims = verifiedClaims.get(request);
  if (!claims) {
    const token = bearerToken(request.headers.authorization);
    claims = token ? tokens.verifyAccess(token).catch(() => null) : Promise.resolve(null);
    verifiedClaims.set(request, claims);
  }
  return claims;
}

/**
 * Authentication and authorization of every /api and /sync route. Security: the token proves
 * who is calling; what they may do comes from their account as it is now (one primary-key
 * read per request), so a role change or a disabled account takes effect on the next request
 * even while an old access token is still valid.
 */
export const authPlugin = fp<{ tokens: TokenService; pool: pg.Pool }>(
  async (app, { tokens, pool }) => {
    app.decorateRequest('principal', null);
    app.decorateRequest('accountAlso', undefined);
    const accounts = preparedAccountReader(pool);
    const rules: AccessRule[] = [];
    app.decorate('accessRules', rules);

    const authenticate: onRequestAsyncHookHandler = async (request) => {
      const access = request.routeOptions.config.access;
      if (access === 'public' || (access === undefined && !isProtectedPath(request.url))) return;
      if (access === undefined) throw new DomainError('FORBIDDEN', 'route has no access rule');
      const token = bearerToken(request.headers.authorization);
      if (!token) throw new DomainError('UNAUTHENTICATED', 'sign in first: missing bearer token');
      // Re-verified (not the memo) so the precise reason — expired or invalid — reaches the device.
      const claims = (await claimsOf(request, tokens)) ?? (await tokens.verifyAccess(token));
      const also = request.routeOptions.config.accountAlso;
      const account = await accounts.read(claims.sub, also);
      const allowed = request.routeOptions.config.accountStatuses ?? DEFAULT_ALLOWED_STATUSES;
      if (!account || !allowed.includes(account.status)) throw inactiveAccountError(account?.status ?? null);
      if (!access.includes(account.role)) {
        throw new DomainError('FORBIDDEN', `this route is for ${access.join(', ')} accounts`);
      }
      request.principal = { sub: claims.sub, role: account.role, exp: claims.exp };
      if (also) request.accountAlso = account.also;
    };

    app.addHook('onRoute', (route) => {
      const access = route.config?.access;
      // Security: deny by default. An API route without a declared access rule is a programming
      // error (static files and /docs are public by nature).
      if (access === undefined && isProtectedPath(route.url)) {
        throw new Error(`route ${String(route.method)} ${route.url} declares no config.access`);
      }
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD' && method !== 'OPTIONS') rules.push({ method, url: route.url, access });
      }
      // A route-level hook, added after the rate limiter's (registered earlier), so requests
      // with bad tokens are counted against their address before they are refused.
      const hooks = [route.onRequest ?? []].flat();
      if (!hooks.includes(authenticate)) route.onRequest = [...hooks, authenticate];
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);

/** The caller of a non-public route (the auth hook guarantees it is set). */
export function principalOf(request: { principal: VerifiedClaims | null }): VerifiedClaims {
  if (!request.principal) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return request.principal;
}

/** The signed-in caller as the audit log records them. */
export function actorOf(request: { principal: VerifiedClaims | null; ip: string }): Actor {
  return { id: principalOf(request).sub, ip: request.ip };
}
