import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { ageOn, DomainError, isMinor, type LoginBody, type Session, type SignupBody, type User } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import type { ConsentService } from '../privacy/consent.ts';
import { createAuditRepository } from '../repositories/audit.ts';
import { createRefreshTokenRepository } from '../repositories/refresh-tokens.ts';
import { createUserRepository } from '../repositories/users.ts';
import { DEFAULT_ALLOWED_STATUSES, accountState, inactiveAccountError } from './account-status.ts';
import { createLoginThrottle, type ThrottlePolicy } from './login-throttle.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';
import { hashRefreshToken, newRefreshToken, type TokenService } from './tokens.ts';

export interface AuthServiceOptions {
  refreshTtlDays: number;
  /** Growing delays per e-mail address after failed sign-ins (never a hard lock). */
  throttle: ThrottlePolicy;
  /** Today's date (YYYY-MM-DD, UTC) — a parameter so tests control it. */
  today?: () => string;
  /** Guardian consent for minors (sign-up with a date of birth under 18). */
  consent?: ConsentService;
}

/** A sign-in refused because the address is in its delay; `retryAfterS` goes in Retry-After. */
export class LoginDelayedError extends DomainError {
  constructor(readonly retryAfterS: number) {
    super('LOGIN_DELAYED', `too many failed sign-ins for this email; try again in ${retryAfterS} s`);
  }
}

export interface RequestContext {
  ip: string | null;
}

/** Sign-up, sign-in, rotation and sign-out; every step that matters lands in audit_log. */
export function createAuthService(pool: pg.Pool, tokens: TokenService, opts: AuthServiceOptions) {
  const users = createUserRepository(pool);
  const refresh = createRefreshTokenRepository(pool);
  const audit = createAuditRepository(pool);
  const throttle = createLoginThrottle(pool, opts.throttle);
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
      const dob = body.date_of_birth;
      const minor = dob !== undefined && isMinor(dob, today());
      if (dob !== undefined && (dob > today() || ageOn(dob, today()) < 8 || ageOn(dob, today()) > 100)) {
        throw new DomainError('VALIDATION_ERROR', 'date of birth must be a real date (age 8 to 100)', 'date_of_birth');
      }
      if (minor && !body.guardian_email) {
        throw new DomainError('VALIDATION_ERROR', 'under 18: a parent or guardian e-mail is needed for their consent', 'guardian_email');
      }
      if (minor && body.guardian_email === body.email) {
        throw new DomainError('VALIDATION_ERROR', "the guardian's e-mail must be their own, not the student's", 'guardian_email');
      }
      const passwordHash = await hashPassword(body.password);
      let guardianToken: string | null = null;
      const session = await withTransaction(pool, async (q) => {
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
        if (dob !== undefined && opts.consent) {
          if (minor && body.guardian_email) guardianToken = await opts.consent.startForMinor(q, user.id, dob, body.guardian_email, ctx.ip);
          else await opts.consent.recordAdultBirthDate(q, user.id, dob);
        }
        return issueSession(user, randomUUID(), q);
      });
      if (guardianToken && body.guardian_email && opts.consent) {
        await opts.consent.mail(body.guardian_email, body.full_name?.trim() || body.email.split('@')[0] || body.email, guardianToken);
      }
      return session;
    },

    /**
     * Security: known and unknown addresses take the same path (a throttle lookup, one argon2
     * verification — against a dummy hash when there is no account — a failure count and an audit
     * row) and get the same answers, so neither the status, the body nor the time tells whether an
     * account exists. Failures delay further attempts for that address; they never lock it.
     */
    async login(body: LoginBody, ctx: RequestContext): Promise<Session> {
      const nowMs = Date.now();
      const waitS = await throttle.claim(body.email, nowMs);
      if (waitS > 0) throw new LoginDelayedError(waitS);
      const row = await users.findForLogin(body.email);
      const passwordOk = await verifyPassword(row?.password_hash ?? (await dummyHash()), body.password);
      if (!row || !passwordOk) {
        const delayS = await throttle.recordFailure(body.email, nowMs);
        await audit.record({ actorId: row?.id ?? null, action: 'login_failed', resourceType: 'user', resourceId: row?.id ?? null, changes: { reason: row ? 'bad_password' : 'unknown_email', delay_s: delayS }, ip: ctx.ip });
        throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
      }
      // Only the person (password) learns the account is pending deletion, and is offered to cancel.
      if (row.status === 'deletion_pending') {
        await audit.record({ actorId: row.id, action: 'login_failed', resourceType: 'user', resourceId: row.id, changes: { reason: row.status }, ip: ctx.ip });
        throw new DomainError('ACCOUNT_DELETION_PENDING', 'this account is scheduled for deletion; cancel the deletion to sign in');
      }
      // Only someone who knows the password learns that the account is disabled.
      if (!DEFAULT_ALLOWED_STATUSES.includes(row.status)) {
        await audit.record({ actorId: row.id, action: 'login_failed', resourceType: 'user', resourceId: row.id, changes: { reason: row.status }, ip: ctx.ip });
        throw inactiveAccountError(row.status);
      }
      return withTransaction(pool, async (q) => {
        await users.recordLogin(row.id, q);
        await throttle.clear(body.email, q);
        await audit.record({ actorId: row.id, action: 'login', resourceType: 'user', resourceId: row.id, ip: ctx.ip }, q);
        const user = await users.findById(row.id, q);
        if (!user) throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
        return issueSession(user, randomUUID(), q);
      });
    },

    /** A new sign-in for a user who proved who they are some other way (cancelling a deletion). */
    async sessionFor(userId: string, ctx: RequestContext): Promise<Session> {
      return withTransaction(pool, async (q) => {
        await users.recordLogin(userId, q);
        await audit.record({ actorId: userId, action: 'login', resourceType: 'user', resourceId: userId, ip: ctx.ip }, q);
        const user = await users.findById(userId, q);
        if (!user) throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
        return issueSession(user, randomUUID(), q);
      });
    },

    /** Rotates a refresh token. Reuse of a consumed token revokes its family and is audited. */
    async refresh(refreshToken: string, ctx: RequestContext): Promise<Session> {
      await refusePendingOrDeleted(pool, hashRefreshToken(refreshToken));
      const outcome = await withTransaction(pool, async (q) => {
        const result = await refresh.consume(hashRefreshToken(refreshToken), q);
        if (result.kind !== 'ok') return { result, session: null };
        // Security: a disabled account gets no new access token (this rolls the rotation back).
        const state = await accountState(q, result.userId);
        if (!state || !DEFAULT_ALLOWED_STATUSES.includes(state.status)) throw inactiveAccountError(state?.status ?? null);
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

/**
 * A refresh token of an account scheduled for deletion or already deleted gets its own answer:
 * the device keeps the profile locked (pending) or erases it (deleted). Checked before rotation,
 * so presenting the (revoked) token is not mistaken for token theft.
 */
async function refusePendingOrDeleted(pool: pg.Pool, tokenHash: string): Promise<void> {
  const { rows } = await pool.query<{ gone: boolean; pending: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM deleted_account_tokens WHERE token_hash = $1) AS gone,
            EXISTS (SELECT 1 FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND u.status = 'deletion_pending') AS pending`,
    [tokenHash],
  );
  if (rows[0]?.gone) throw new DomainError('ACCOUNT_DELETED', 'this account was deleted');
  if (rows[0]?.pending) throw new DomainError('ACCOUNT_DELETION_PENDING', 'this account is scheduled for deletion; cancel the deletion to sign in');
}
