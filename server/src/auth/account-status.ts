import type pg from 'pg';
import { DomainError, type Role } from '@cr/shared';
import type { AccountStatus } from '@cr/shared/schemas/admin';

type Queryable = pg.Pool | pg.PoolClient;

/** users.status (migration 001), defined in the admin schema. Only `active` accounts may act. */
export type { AccountStatus };

/**
 * What an account may do in each status, by default. A route that must stay open to another
 * status says so with `config.accountStatuses` (server/src/plugins/auth.ts); none does today:
 * cancelling a deletion is a public route that checks the password itself.
 */
export const DEFAULT_ALLOWED_STATUSES: readonly AccountStatus[] = ['active'];

/** The account as it is now: authority comes from here, never from a token's claims. */
export interface AccountState {
  status: AccountStatus;
  role: Role;
}

/**
 * One primary-key lookup; null when the account no longer exists. `also`: an SQL expression of
 * $1 (the account id), a constant of the calling code and never input, read in the same
 * statement as the account (a route's per-request read without a round trip of its own: the
 * auth plugin's `accountAlso`).
 */
export async function accountState(db: Queryable, userId: string, also?: string): Promise<(AccountState & { also?: unknown }) | null> {
  const { rows } = await db.query<AccountState & { also?: unknown }>(also ? `SELECT status, role, ${also} AS also FROM users WHERE id = $1` : 'SELECT status, role FROM users WHERE id = $1', [
    userId,
  ]);
  return rows[0] ?? null;
}

/**
 * The refusal for an account that is not allowed to act: 401, so a device keeps its queued
 * uploads (a 401 is retried), tries a refresh (refused with the same code) and then shows why.
 */
export function inactiveAccountError(status: AccountStatus | null): DomainError {
  if (status === null) return new DomainError('UNAUTHENTICATED', 'this account no longer exists');
  if (status === 'deletion_pending') {
    return new DomainError('ACCOUNT_DISABLED', 'this account is scheduled for deletion; only cancelling the deletion is possible');
  }
  return new DomainError('ACCOUNT_DISABLED', 'this account is disabled; ask your coaching centre to enable it');
}
