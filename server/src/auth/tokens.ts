import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, createLocalJWKSet, errors as joseErrors } from 'jose';
import { DomainError, type Role } from '@cr/shared';
import type { SigningKeys } from './keys.ts';

export interface AccessClaims {
  /** User id. */
  sub: string;
  role: Role;
}

/** Access claims as verified: with `exp`, the token's expiry (Unix seconds). */
export type VerifiedClaims = AccessClaims & { exp: number };

export interface TokenService {
  /** Lifetime of access tokens in seconds. */
  readonly accessTtlS: number;
  signAccess(claims: AccessClaims): Promise<string>;
  verifyAccess(token: string): Promise<VerifiedClaims>;
}

/** Verified access tokens a token service remembers (about 1 KB each). */
export const VERIFIED_TOKENS_MAX = 10_000;

/**
 * RS256 access tokens carrying `sub` (user id), `role`, `iss`, `aud`, `iat`, `exp` and the key's
 * `kid`, verifiable by anyone holding our JWKS (the PowerSync Service included).
 */
export function createTokenService(keys: SigningKeys, opts: { issuer: string; audience: string; accessTtlS: number }): TokenService {
  const jwks = createLocalJWKSet(keys.jwks);
  // Tokens whose signature, issuer, audience and claims verified, by their exact text: a device
  // sends the same token on every request until it refreshes, and the RSA check was a fifth of
  // the server's CPU per API request. Only the expiry depends on the time; it is checked on every
  // use as jose checks it. The keys are fixed for the service's life, so a signature that
  // verified still does. Oldest first, bounded.
  const verified = new Map<string, VerifiedClaims>();
  return {
    accessTtlS: opts.accessTtlS,
    signAccess: (claims) =>
      new SignJWT({ role: claims.role })
        .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuer(opts.issuer)
        .setAudience(opts.audience)
        .setIssuedAt()
        .setExpirationTime(`${opts.accessTtlS}s`)
        .sign(keys.privateKey),
    async verifyAccess(token) {
      const known = verified.get(token);
      if (known) {
        if (known.exp > Math.floor(Date.now() / 1000)) return { ...known };
        verified.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: opts.issuer,
          audience: opts.audience,
          algorithms: ['RS256'],
        });
        const role = payload.role;
        if (typeof payload.sub !== 'string' || (role !== 'student' && role !== 'coach' && role !== 'admin')) {
          throw new DomainError('UNAUTHENTICATED', 'token lacks subject or role');
        }
        const claims: VerifiedClaims = { sub: payload.sub, role, exp: payload.exp ?? 0 };
        verified.set(token, claims);
        if (verified.size > VERIFIED_TOKENS_MAX) verified.delete(verified.keys().next().value as string);
        return { ...claims };
      } catch (error) {
        if (error instanceof DomainError) throw error;
        if (error instanceof joseErrors.JWTExpired) throw new DomainError('TOKEN_EXPIRED', 'access token expired');
        throw new DomainError('UNAUTHENTICATED', 'invalid access token');
      }
    },
  };
}

/** A new opaque refresh token (256 bits, base64url). */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Refresh tokens are stored only as their sha256, so a database leak yields no usable tokens. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
