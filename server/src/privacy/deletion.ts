import type pg from 'pg';
import { DomainError } from '@cr/shared';
import { LoginDelayedError } from '../auth/auth-service.ts';
import { createLoginThrottle, type ThrottlePolicy } from '../auth/login-throttle.ts';
import { dummyHash, verifyPassword } from '../auth/passwords.ts';
import { refreshCohortSummaries } from '../coaching/summary.ts';
import { withTransaction } from '../db/database.ts';
import { createAuditRepository } from '../repositories/audit.ts';
import { countUserData } from './user-data.ts';

export interface DeletionStatus {
  status: 'deletion_pending';
  requested_at: string;
  /** When the data_cleanup job deletes the account (requested_at + grace). */
  deletion_due_at: string;
  /** The id of the receipt the deletion will write; the person keeps it as proof. */
  receipt_id: string;
  /** Rows per table that will be deleted. */
  will_delete: Record<string, number>;
}

interface Ctx {
  ip: string | null;
}

/**
 * Account deletion with a grace period. Requesting locks the account at once (status
 * deletion_pending: every token and route refuses it, refresh tokens are revoked); signing in with
 * the password during the grace offers only "Cancel deletion".
 */
export function createDeletionService(pool: pg.Pool, opts: { graceDays: number; throttle: ThrottlePolicy }) {
  const throttle = createLoginThrottle(pool, opts.throttle);
  const audit = createAuditRepository(pool);

  async function start(q: pg.PoolClient, userId: string, by: 'self' | 'admin' | 'guardian'): Promise<DeletionStatus> {
    const { rows } = await q.query<{ requested_at: Date; due: Date; receipt: string }>(
      `UPDATE users SET status = 'deletion_pending', deletion_requested_at = now(), deletion_requested_by = $2,
              deletion_receipt_id = gen_random_uuid(), updated_at = now()
        WHERE id = $1 AND status = 'active'
        RETURNING deletion_requested_at AS requested_at, deletion_requested_at + make_interval(days => $3) AS due, deletion_receipt_id AS receipt`,
      [userId, by, opts.graceDays],
    );
    const row = rows[0];
    if (!row) throw new DomainError('CONFLICT', 'this account is not active (already scheduled for deletion, or disabled)');
    // Security: every sign-in of the account ends now, on every device.
    await q.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
    // Their coaches see them as leaving (flag LEAVING on the cohort summary) from now on.
    await refreshCohortSummaries(q, { studentIds: [userId] });
    return {
      status: 'deletion_pending',
      requested_at: row.requested_at.toISOString(),
      deletion_due_at: row.due.toISOString(),
      receipt_id: row.receipt,
      will_delete: await countUserData(q, userId),
    };
  }

  async function checkPassword(userId: string, password: string): Promise<void> {
    const { rows } = await pool.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId]);
    const hash = rows[0]?.password_hash;
    if (!hash || !(await verifyPassword(hash, password))) {
      throw new DomainError('INVALID_CREDENTIALS', 'the password is not correct', 'password');
    }
  }

  return {
    /** What a deletion of the caller's account would remove. */
    preview: async (userId: string) => ({ grace_days: opts.graceDays, will_delete: await countUserData(pool, userId) }),

    /** The person asks for their own account to be deleted (password confirms it is them). */
    async request(userId: string, password: string, ctx: Ctx): Promise<DeletionStatus> {
      await checkPassword(userId, password);
      return withTransaction(pool, async (q) => {
        const status = await start(q, userId, 'self');
        await audit.record({ actorId: userId, action: 'account_deletion_requested', resourceType: 'user', resourceId: userId, changes: { due: status.deletion_due_at, receipt_id: status.receipt_id }, ip: ctx.ip }, q);
        return status;
      });
    },

    /** An admin deletes an account on the person's request (e.g. a coach who left); audited with the reason. */
    async requestByAdmin(adminId: string, userId: string, reason: string, ctx: Ctx): Promise<DeletionStatus> {
      if (adminId === userId) throw new DomainError('VALIDATION_ERROR', 'delete your own account from your settings', 'id');
      return withTransaction(pool, async (q) => {
        const { rowCount } = await q.query('SELECT 1 FROM users WHERE id = $1', [userId]);
        if (!rowCount) throw new DomainError('NOT_FOUND', 'no such user', 'id');
        const status = await start(q, userId, 'admin');
        await audit.record({ actorId: adminId, action: 'account_deletion_requested', resourceType: 'user', resourceId: userId, changes: { by: 'admin', reason, due: status.deletion_due_at, receipt_id: status.receipt_id }, ip: ctx.ip }, q);
        return status;
      });
    },

    /** A guardian who withdrew consent asks for the account's deletion through their link. */
    async requestByGuardian(userId: string, ctx: Ctx): Promise<DeletionStatus> {
      return withTransaction(pool, async (q) => {
        const status = await start(q, userId, 'guardian');
        await audit.record({ actorId: null, action: 'account_deletion_requested', resourceType: 'user', resourceId: userId, changes: { by: 'guardian', due: status.deletion_due_at, receipt_id: status.receipt_id }, ip: ctx.ip }, q);
        return status;
      });
    },

    /**
     * Cancels a pending deletion for the person who proves it is them (email and password; their
     * tokens were revoked when they asked). Returns the user id; the caller signs them in.
     */
    async cancel(email: string, password: string, ctx: Ctx): Promise<string> {
      // Security: this checks a password, so it shares sign-in's per-address delays and its
      // dummy-hash path: it is no better an oracle for guessing passwords or probing accounts.
      const nowMs = Date.now();
      const waitS = await throttle.claim(email, nowMs);
      if (waitS > 0) throw new LoginDelayedError(waitS);
      const { rows } = await pool.query<{ id: string; password_hash: string; status: string; deletion_requested_by: string | null }>(
        'SELECT id, password_hash, status, deletion_requested_by FROM users WHERE email = $1',
        [email],
      );
      const row = rows[0];
      const passwordOk = await verifyPassword(row?.password_hash ?? (await dummyHash()), password);
      if (!row || !passwordOk) {
        await throttle.recordFailure(email, nowMs);
        throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
      }
      await throttle.clear(email);
      if (row.status !== 'deletion_pending') throw new DomainError('CONFLICT', 'this account is not scheduled for deletion');
      // Security: a deletion a guardian (consent withdrawn) or an admin requested is not the
      // student's to undo with their own password.
      if (row.deletion_requested_by !== 'self') {
        throw new DomainError('FORBIDDEN', `this deletion was requested by ${row.deletion_requested_by === 'guardian' ? 'your guardian' : 'an administrator'}; only they can cancel it`);
      }
      await withTransaction(pool, async (q) => {
        await q.query(
          `UPDATE users SET status = 'active', deletion_requested_at = NULL, deletion_requested_by = NULL, deletion_receipt_id = NULL, updated_at = now()
            WHERE id = $1 AND status = 'deletion_pending'`,
          [row.id],
        );
        await refreshCohortSummaries(q, { studentIds: [row.id] });
        await audit.record({ actorId: row.id, action: 'account_deletion_cancelled', resourceType: 'user', resourceId: row.id, ip: ctx.ip }, q);
      });
      return row.id;
    },
  };
}
export type DeletionService = ReturnType<typeof createDeletionService>;
