import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DomainError, type LoginBody, type Session, type SignupBody, type User } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import { createAuditRepository } from '../repositories/audit.ts';
import { createRefreshTokenRepository } from '../repositories/refresh-tokens.ts';
import { createUserRepository } from '../repositories/users.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';
import { hashRefreshToken, newRefreshToken, type TokenService } from './tokens.ts';

export interface AuthServiceOptions {
  refreshTtlDays: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Today's date (YYYY-MM-DD, UTC) — a parameter so tests control it. */
  today?: () => string;
}

export interface RequestContext {
  ip: string | null;
}

/** Sign-up, sign-in, rotation and sign-out; every step that matters lands in audit_log. */
export function createAuthService(pool: pg.Pool, tokens: TokenService, opts: AuthServiceOptions) {
  const users = createUserRepository(pool);
  const refresh = createRefreshTokenRepository(pool);
  const audit = createAuditRepository(pool);
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));

  async function issueSession(user: User, familyId: string, q: pg.PoolClient): Promise<Session> {
    const refreshToken = newRefreshToken();
    await refresh.issue(user.id, familyId, hashRefreshToken(refreshToken), opts.refreshTtlDays, q);
    const token = await tokens.signAccess({ sub: user.id, role: user.role });
    return { token, refresh_token: refreshToken, expires_in: tokens.accessTtlS, user };
  }

  return {
    async signup(body: SignupBody, ctx: RequestContext): Promise<Session> {
      if (body.exam_target <= today()) {
        throw new DomainError('VALIDATION_ERROR', 'exam target must be a future date', 'exam_target');
      }
      const passwordHash = await hashPassword(body.password);
      return withTransaction(pool, async (q) => {
        const user = await users.insert(
          {
            email: body.email,
            passwordHash,
            role: 'student',
            standard: body.standard,
            examTarget: body.exam_target,
            fullName: body.full_name ?? null,
            phone: body.phone ?? null,
            coachingCenter: body.coaching_center ?? null,
          },
          q,
        );
        if (!user) throw new DomainError('EMAIL_TAKEN', 'an account with this email already exists', 'email');
        await audit.record({ actorId: user.id, action: 'signup', resourceType: 'user', resourceId: user.id, ip: ctx.ip }, q);
        return issueSession(user, randomUUID(), q);
      });
    },

    async login(body: LoginBody, ctx: RequestContext): Promise<Session> {
      const row = await users.findForLogin(body.email);
      if (!row || row.status !== 'active') {
        await verifyPassword(await dummyHash(), body.password);
        await audit.record({ actorId: row?.id ?? null, action: 'login_failed', resourceType: 'user', resourceId: row?.id ?? null, changes: { reason: row ? 'inactive' : 'unknown_email' }, ip: ctx.ip });
        throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
      }
      if (row.locked_until && new Date(row.locked_until) > new Date()) {
        await audit.record({ actorId: row.id, action: 'login_failed', resourceType: 'user', resourceId: row.id, changes: { reason: 'locked' }, ip: ctx.ip });
        throw new DomainError('ACCOUNT_LOCKED', 'too many failed sign-ins; try again later');
      }
      if (!(await verifyPassword(row.password_hash, body.password))) {
        const { locked } = await users.recordFailedLogin(row.id, opts.lockoutThreshold, opts.lockoutMinutes);
        await audit.record({ actorId: row.id, action: locked ? 'account_locked' : 'login_failed', resourceType: 'user', resourceId: row.id, changes: { reason: 'bad_password' }, ip: ctx.ip });
        throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
      }
      return withTransaction(pool, async (q) => {
        await users.recordLogin(row.id, q);
        await audit.record({ actorId: row.id, action: 'login', resourceType: 'user', resourceId: row.id, ip: ctx.ip }, q);
        const user = await users.findById(row.id, q);
        if (!user) throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
        return issueSession(user, randomUUID(), q);
      });
    },

    /** Rotates a refresh token. Reuse of a consumed token revokes its family and is audited. */
    async refresh(refreshToken: string, ctx: RequestContext): Promise<Session> {
      const outcome = await withTransaction(pool, async (q) => {
        const result = await refresh.consume(hashRefreshToken(refreshToken), q);
        if (result.kind !== 'ok') return { result, session: null };
        const user = await users.findById(result.userId, q);
        if (!user) return { result: { kind: 'unknown' as const }, session: null };
        return { result, session: await issueSession(user, result.familyId, q) };
      });
      const { result, session } = outcome;
      if (session) return session;
      if (result.kind === 'reused') {
        await audit.record({ actorId: result.userId, action: 'refresh_token_reused', resourceType: 'refresh_token_family', resourceId: result.familyId, ip: ctx.ip });
        throw new DomainError('TOKEN_REUSED', 'refresh token was already used; all sessions of this sign-in are revoked');
      }
      if (result.kind === 'expired') throw new DomainError('TOKEN_EXPIRED', 'refresh token expired; sign in again');
      throw new DomainError('INVALID_REFRESH_TOKEN', 'unknown or revoked refresh token; sign in again');
    },

    async logout(refreshToken: string, actorId: string, ctx: RequestContext): Promise<void> {
      // Security: a user may only sign out their own sessions.
      const revoked = await refresh.revokeFamilyOf(hashRefreshToken(refreshToken), actorId);
      if (!revoked) throw new DomainError('NOT_FOUND', 'unknown refresh token', 'refresh_token');
      await audit.record({ actorId, action: 'logout', resourceType: 'user', resourceId: actorId, ip: ctx.ip });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
