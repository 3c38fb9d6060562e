import type pg from 'pg';
import { DEFAULT_ALLOWED_STATUSES, type AccountState } from '../auth/account-status.ts';
import { isUserId } from './account-batch.ts';

interface Watcher {
  role: string;
  revoke(): void;
}

/**
 * Liveness of all idle streams checked in bulk: every `intervalMs` one statement reads the
 * accounts of every user with a live stream in this process, and the streams of an account that
 * is no longer active, or whose role changed, or that was deleted, are revoked. An idle stream
 * thus runs no query of its own (10,000 held streams cost one query per interval, not 500/s),
 * and a process with no streams runs no timer at all.
 */
export class Liveness {
  private readonly watched = new Map<string, Set<Watcher>>();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly intervalMs: number,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Streams watched now. */
  get size(): number {
    let n = 0;
    for (const set of this.watched.values()) n += set.size;
    return n;
  }

  /** Watches one stream of `principal`; `revoke` is called (once) when its account may no longer sync as it started. */
  watch(principal: { sub: string; role: string }, revoke: () => void): () => void {
    const watcher: Watcher = { role: principal.role, revoke };
    const set = this.watched.get(principal.sub) ?? new Set<Watcher>();
    set.add(watcher);
    this.watched.set(principal.sub, set);
    this.timer ??= setInterval(() => void this.tick().catch(this.onError), this.intervalMs).unref();
    return () => this.unwatch(principal.sub, watcher);
  }

  private unwatch(sub: string, watcher: Watcher): void {
    const set = this.watched.get(sub);
    if (!set?.delete(watcher)) return;
    if (set.size === 0) this.watched.delete(sub);
    if (this.watched.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** One check of every watched stream, by one statement; resolves with the number revoked. */
  async tick(): Promise<number> {
    if (this.ticking || this.watched.size === 0) return 0;
    this.ticking = true;
    try {
      const users = [...this.watched.keys()];
      const { rows } = await this.pool.query<AccountState & { id: string }>('SELECT id::text, status, role FROM users WHERE id = ANY($1::uuid[])', [
        users.filter(isUserId),
      ]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      let revoked = 0;
      for (const sub of users) {
        const account = byId.get(sub.toLowerCase());
        const active = account !== undefined && DEFAULT_ALLOWED_STATUSES.includes(account.status);
        for (const w of [...(this.watched.get(sub) ?? [])]) {
          // Security: a disabled, deleted or re-roled account loses every stream it holds here.
          if (active && account.role === w.role) continue;
          this.unwatch(sub, w);
          w.revoke();
          revoked += 1;
        }
      }
      return revoked;
    } finally {
      this.ticking = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.watched.clear();
  }
}
