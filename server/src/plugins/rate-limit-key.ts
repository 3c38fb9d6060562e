import type { FastifyRequest } from 'fastify';
import type { TokenService } from '../auth/tokens.ts';
import { claimsOf } from './auth.ts';

/**
 * Rate limiting applies to the API and sync endpoints, per client. The app's own files (the
 * shell, its assets and the service worker's precache: ~80 requests on a first visit) are never
 * limited: a classroom of students behind one NAT address must all be able to install the app.
 */
const LIMITED_PREFIXES = ['/api/', '/sync/', '/write-checkpoint', '/metrics', '/docs', '/health', '/ready', '/.well-known/'];

export function isRateLimited(url: string): boolean {
  return LIMITED_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/**
 * The limiter's bucket. Security: an account only when its token verifies (signature, issuer,
 * audience, expiry), so students sharing a school's address do not share one budget; every other
 * request — no token, a forged or expired one — is counted against its client address. An
 * unverified claim never picks the bucket: forged subjects would each get a fresh budget.
 */
export async function rateLimitKey(request: Pick<FastifyRequest, 'ip' | 'headers'>, tokens: TokenService): Promise<string> {
  const claims = await claimsOf(request, tokens);
  return claims ? `user|${claims.sub}` : `ip|${request.ip}`;
}
