/** Whether the account of `principal` may still sync as it started (status and role); see plugin.ts. */
type StillAllowed = (principal: { sub: string; role: string }) => Promise<boolean>;

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

  /**
   * @param stillAllowed the stream's account check; the plugin's is backed by `AccountBatch`, so
   *   the checks of one tick are answered by one statement.
   */
  constructor(
    private readonly stillAllowed: StillAllowed,
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

  /** One check of every watched stream (one statement through AccountBatch); resolves with the number revoked. */
  async tick(): Promise<number> {
    if (this.ticking || this.watched.size === 0) return 0;
    this.ticking = true;
    try {
      const checks = [...this.watched].flatMap(([sub, set]) => [...set].map((w) => ({ sub, w })));
      // Asked in the same tick: one statement for all of them (AccountBatch).
      const allowed = await Promise.all(checks.map(({ sub, w }) => this.stillAllowed({ sub, role: w.role })));
      let revoked = 0;
      for (const [i, { sub, w }] of checks.entries()) {
        // Security: a disabled, deleted or re-roled account loses every stream it holds here.
        if (allowed[i] || !this.watched.get(sub)?.has(w)) continue;
        this.unwatch(sub, w);
        w.revoke();
        revoked += 1;
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
