import type { FastifyRequest } from 'fastify';

/**
 * Rate limiting applies to the API and sync endpoints, per client. The app's own files (the
 * shell, its assets and the service worker's precache: ~80 requests on a first visit) are never
 * limited: a classroom of students behind one NAT address must all be able to install the app.
 */
const LIMITED_PREFIXES = ['/api/', '/sync/', '/write-checkpoint', '/metrics', '/docs', '/health', '/ready', '/.well-known/'];

export function isRateLimited(url: string): boolean {
  return LIMITED_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** The `sub` claim of a bearer JWT, read without verifying it (only to pick a bucket). */
function bearerSubject(header: string | undefined): string | null {
  const match = /^(?:Bearer|Token) ([\w-]+)\.([\w-]+)\.[\w-]+$/.exec(header ?? '');
  if (!match?.[2]) return null;
  try {
    const claims = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8')) as { sub?: unknown };
    return typeof claims.sub === 'string' && claims.sub.length <= 64 ? claims.sub : null;
  } catch {
    return null;
  }
}

/**
 * The limiter's bucket: the client address, and the account when the request names one, so
 * students sharing a school's address do not share one budget. The subject is not verified here
 * (authentication runs later and refuses a forged token); because the address is part of the
 * key, a forged subject only spends a budget at the forger's own address.
 */
export function rateLimitKey(request: Pick<FastifyRequest, 'ip' | 'headers'>): string {
  const sub = bearerSubject(request.headers.authorization);
  return sub ? `${request.ip}|${sub}` : request.ip;
}
