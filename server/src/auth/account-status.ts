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
 * Statement names are numbered per process, not per reader: an app rebuilt on the same pool (a
 * restart in one process, as the resilience tests do) gets a new reader while the PGlite session
 * still holds the first reader's statements, and a per-reader count began again at 1 and collided
 * ("prepared statement … already exists": every request's account read failed with a 500).
 */
let serial = 0;

/**
 * `accountState` over a pool as a named (prepared) statement: parsed and planned once per pool
 * connection instead of on every request (on PGlite 0.13–0.17 ms of CPU per call against
 * 0.39–0.58 ms unnamed). PGlite serves every pool connection from one session, so a name is
 * unique per connection and text, and deallocated (through the pool) when its connection leaves
 * the pool; on Postgres the statement ends with its session and that DEALLOCATE fails, ignored.
 * `settled()`: the deallocations under way (tests).
 */
export function preparedAccountReader(pool: pg.Pool): {
  read(userId: string, also?: string): Promise<(AccountState & { also?: unknown }) | null>;
  settled(): Promise<void>;
} {
  const names = new WeakMap<object, Map<string, string>>();
  const pending = new Set<Promise<unknown>>();
  pool.on('remove', (client) => {
    const mine = names.get(client);
    if (!mine) return;
    for (const name of mine.values()) {
      const done: Promise<unknown> = Promise.resolve()
        .then(() => pool.query(`DEALLOCATE ${name}`))
        .catch(() => undefined)
        .finally(() => pending.delete(done));
      pending.add(done);
    }
  });
  return {
    async read(userId, also) {
      const text = also ? `SELECT status, role, ${also} AS also FROM users WHERE id = $1` : 'SELECT status, role FROM users WHERE id = $1';
      const client = await pool.connect();
      try {
        let mine = names.get(client);
        if (!mine) names.set(client, (mine = new Map()));
        let name = mine.get(text);
        if (!name) mine.set(text, (name = `cr_account_${process.pid}_${++serial}`));
        const { rows } = await client.query<AccountState & { also?: unknown }>({ name, text, values: [userId] });
        return rows[0] ?? null;
      } finally {
        client.release();
      }
    },
    async settled() {
      await Promise.all([...pending]);
    },
  };
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
