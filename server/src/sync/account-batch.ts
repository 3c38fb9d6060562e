import type pg from 'pg';
import { DEFAULT_ALLOWED_STATUSES, type AccountState } from '../auth/account-status.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a string that can be a users.id (a token's `sub` is not trusted to be one). */
export const isUserId = (id: string): boolean => UUID.test(id);

/**
 * Account states asked for in the same tick, answered by one statement. A write fanned out to N
 * live streams makes each re-check its account before its checkpoint (a disabled account or a
 * changed role must end the stream); one query for all of them instead of N through a pool of ten.
 * Each answer is read after the request was made, so it is as fresh as a query of its own.
 */
export class AccountBatch {
  private waiting = new Map<string, Array<{ resolve: (s: AccountState | null) => void; reject: (e: unknown) => void }>>();
  private scheduled = false;

  constructor(private readonly pool: pg.Pool) {}

  /** The account as it is now; null when it does not exist (or the id is not a user id). */
  state(userId: string): Promise<AccountState | null> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(userId) ?? [];
      list.push({ resolve, reject });
      this.waiting.set(userId, list);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Whether `principal`'s account may still sync as it started: it exists, is active, and has the same role. */
  async stillAllowed(principal: { sub: string; role: string }): Promise<boolean> {
    const account = await this.state(principal.sub);
    return account !== null && DEFAULT_ALLOWED_STATUSES.includes(account.status) && account.role === principal.role;
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    this.scheduled = false;
    try {
      const ids = [...batch.keys()].filter(isUserId);
      const { rows } = await this.pool.query<AccountState & { id: string }>('SELECT id::text, status, role FROM users WHERE id = ANY($1::uuid[])', [ids]);
      const byId = new Map(rows.map((r) => [r.id, { status: r.status, role: r.role }]));
      for (const [id, list] of batch) for (const w of list) w.resolve(byId.get(id.toLowerCase()) ?? null);
    } catch (error) {
      for (const list of batch.values()) for (const w of list) w.reject(error);
    }
  }
}
