import fp from 'fastify-plugin';
import type pg from 'pg';
import { DomainError, type Role } from '@cr/shared';
import type { AccessClaims, TokenService } from '../auth/tokens.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route: 'public', or the roles allowed. Every route must declare it; the
     * app refuses to start with a route that does not (so no route is open by accident).
     */
    access?: 'public' | readonly Role[];
  }
  interface FastifyInstance {
    /** Every route with its access rule, as registered (the authorization matrix test walks it). */
    accessRules: AccessRule[];
  }
  interface FastifyRequest {
    /** The authenticated caller; set on every non-public route before its handler runs. */
    principal: AccessClaims | null;
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

// --- data rights: accounts scheduled for deletion (or deleted) ----------------------------------
/**
 * Whether the account may use its tokens. An account scheduled for deletion is locked to
 * everything at once (its access tokens stop working before they expire); only the public
 * "cancel deletion" route, which checks the password, opens it again.
 */
export function accountIsActive(pool: pg.Pool) {
  return async (userId: string): Promise<boolean> => {
    const { rows } = await pool.query<{ status: string }>('SELECT status FROM users WHERE id = $1', [userId]);
    return rows[0]?.status === 'active';
  };
}
// --- end data rights ------------------------------------------------------------------------

export const authPlugin = fp<{ tokens: TokenService; isActive?: (userId: string) => Promise<boolean> }>(
  async (app, { tokens, isActive }) => {
    app.decorateRequest('principal', null);
    const rules: AccessRule[] = [];
    app.decorate('accessRules', rules);

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
    });

    app.addHook('onRequest', async (request) => {
      if (request.is404) return;
      const access = request.routeOptions.config.access;
      if (access === 'public' || (access === undefined && !isProtectedPath(request.url))) return;
      if (access === undefined) throw new DomainError('FORBIDDEN', 'route has no access rule');
      const token = bearerToken(request.headers.authorization);
      if (!token) throw new DomainError('UNAUTHENTICATED', 'sign in first: missing bearer token');
      const claims = await tokens.verifyAccess(token);
      // data rights: a token of an account pending deletion, deleted or disabled fails everywhere.
      if (isActive && !(await isActive(claims.sub))) throw new DomainError('UNAUTHENTICATED', 'this account is not active');
      if (!access.includes(claims.role)) {
        throw new DomainError('FORBIDDEN', `this route is for ${access.join(', ')} accounts`);
      }
      request.principal = { sub: claims.sub, role: claims.role };
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);

/** The caller of a non-public route (the auth hook guarantees it is set). */
export function principalOf(request: { principal: AccessClaims | null }): AccessClaims {
  if (!request.principal) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return request.principal;
}
