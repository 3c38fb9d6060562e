import type pg from 'pg';
import type { BucketPriority, ResolvedBucket } from '@powersync/service-sync-rules';
import type { ChangeNotice, SyncHub } from './hub.ts';
import { requestParameters, type LoadedRules } from './rules.ts';
import type { Admission, AdmissionTicket } from './admission.ts';
import type { Liveness } from './liveness.ts';
import type { BucketReader, BucketState, CheckpointState } from './storage.ts';

/** Ops per `data` line. */
const DATA_BATCH = 1000;
/** PowerSync Service's published limit; a request resolving to more is refused. */
export const MAX_BUCKETS_PER_USER = 1000;

export interface StreamRequest {
  buckets?: Array<{ name: string; after: string }>;
  parameters?: Record<string, unknown>;
  streams?: { include_defaults?: boolean };
  client_id?: string;
}

export interface SessionDeps {
  pool: pg.Pool;
  rules: LoadedRules;
  hub: SyncHub;
  reader: BucketReader;
  keepaliveMs: number;
  /**
   * True while the caller may still sync as they started: account active and role unchanged.
   * Checked before every checkpoint after the first, so a disabled account or a changed role
   * ends the stream (the device reconnects and is refused, or is served its new role).
   */
  stillAllowed(principal: { sub: string; role: string }): Promise<boolean>;
  /** Checks idle streams in bulk (every keepalive interval) and revokes those of accounts cut off. */
  liveness: Liveness;
  /** Bounds concurrent heavy first syncs; the rest wait (with keepalives) in arrival order. */
  admission: Admission;
}

export interface LineSink {
  /**
   * Writes one protocol line; resolves when the transport can take more (backpressure). A small
   * line may be held until `flush`.
   */
  write(line: Record<string, unknown>): Promise<void>;
  /** Writes every held line; the session calls it before it waits. */
  flush(): Promise<void>;
  readonly closed: boolean;
}

interface Sent {
  checksum: number;
  count: number;
  priority: BucketPriority;
}

/**
 * One client's sync stream: checkpoint, then data in priority order with partial completes,
 * then checkpoint_diff + data whenever the processor touches one of its buckets, keepalives with
 * token_expires_in, and an end when the token expires, the user is disabled, or the client or
 * the server goes away.
 */
export class StreamSession {
  private pending = true;
  private force = false;
  private reresolve = true;
  private wake: (() => void) | null = null;
  /** A wake-up requested while the loop was not waiting (writing, flushing): the next wait returns at once. */
  private woken = false;
  private buckets = new Map<string, BucketPriority>();
  private hasDynamic = false;
  private ended = false;
  private readonly positions = new Map<string, bigint>();
  private sent: Map<string, Sent> | null = null;
  private stopped: 'expired' | 'revoked' | null = null;
  private nextKeepalive = 0;

  constructor(
    private readonly deps: SessionDeps,
    private readonly principal: { sub: string; role: string; exp: number },
    private readonly request: StreamRequest,
  ) {
    for (const b of request.buckets ?? []) {
      if (/^\d{1,19}$/.test(b.after)) this.positions.set(b.name, BigInt(b.after));
    }
  }

  /** Ends the session at its next step (server shutdown, client gone). */
  end(): void {
    this.ended = true;
    this.wakeUp();
  }

  /** Runs until the client leaves, the token expires or the user is cut off. */
  async run(sink: LineSink): Promise<'closed' | 'expired' | 'revoked'> {
    const unsubscribe = this.deps.hub.subscribe((n) => this.onNotice(n));
    const unwatch = this.deps.liveness.watch(this.principal, () => {
      this.stopped = 'revoked';
      this.wakeUp();
    });
    try {
      for (;;) {
        if (this.stopped) return this.stopped;
        if (this.ended || sink.closed) return 'closed';
        if (Date.now() >= this.nextKeepalive && !(await this.keepalive(sink))) return 'expired';
        if (this.pending) {
          this.pending = false;
          if (this.sent !== null && !(await this.deps.stillAllowed(this.principal))) return 'revoked';
          await this.sync(sink);
          continue;
        }
        await sink.flush();
        await this.waitForWake(Math.max(0, this.nextKeepalive - Date.now()));
      }
    } finally {
      unwatch();
      unsubscribe();
    }
  }

  /**
   * Writes token_expires_in; false when the token has expired. Liveness of the account is not
   * checked here but by `deps.liveness`, for all streams at once.
   */
  private async keepalive(sink: LineSink): Promise<boolean> {
    const now = Date.now();
    const secs = Math.floor(this.principal.exp - now / 1000);
    await sink.write({ token_expires_in: Math.max(secs, 0) });
    this.nextKeepalive = now + this.deps.keepaliveMs;
    if (secs > 0) return true;
    this.stopped = 'expired';
    return false;
  }

  private onNotice(n: ChangeNotice): void {
    let relevant = n.users.has(this.principal.sub);
    if (relevant) this.force = true;
    if (n.paramsChanged && this.hasDynamic) {
      this.reresolve = true;
      relevant = true;
    }
    if (!relevant) {
      for (const b of n.buckets) {
        if (this.buckets.has(b)) {
          relevant = true;
          break;
        }
      }
    }
    if (relevant) {
      this.pending = true;
      this.wakeUp();
    }
  }

  /** Wakes the run loop now, or, if it is busy (writing, flushing to a slow client), at its next wait. */
  private wakeUp(): void {
    this.woken = true;
    this.wake?.();
  }

  private waitForWake(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async resolveBuckets(): Promise<void> {
    const { querier, errors } = this.deps.rules.rules.getBucketParameterQuerier({
      globalParameters: requestParameters(this.principal, this.request.parameters ?? {}),
      hasDefaultStreams: this.request.streams?.include_defaults ?? true,
      streams: {},
    });
    if (errors.length > 0) throw new Error(`sync rules could not resolve buckets: ${errors.map((e) => e.message).join('; ')}`);
    const resolved: ResolvedBucket[] = [...querier.staticBuckets];
    this.hasDynamic = querier.hasDynamicBuckets;
    if (querier.hasDynamicBuckets) {
      resolved.push(...(await querier.queryDynamicBucketDescriptions({ getParameterSets: (lookups) => this.deps.reader.getParameterSets(lookups) })));
    }
    if (resolved.length > MAX_BUCKETS_PER_USER) throw new Error(`too many buckets for one user: ${resolved.length}`);
    this.buckets = new Map(resolved.map((b) => [b.bucket, b.priority]));
  }

  private async sync(sink: LineSink): Promise<void> {
    if (this.reresolve) {
      this.reresolve = false;
      await this.resolveBuckets();
    }
    const names = [...this.buckets.keys()];
    let cp = await this.deps.reader.readCheckpoint(names);
    let ticket: AdmissionTicket | null = null;
    if (this.sent === null && this.fromScratchOps(cp) >= DATA_BATCH) {
      ticket = this.deps.admission.enter();
      try {
        if (!(await this.waitAdmitted(ticket, sink))) {
          ticket.leave();
          // Not sent: the next step of the run loop ends the stream or tries again.
          this.pending = true;
          return;
        }
        // The wait may have been long: the account may no longer sync as it started (the bulk
        // liveness check would end it later; nothing is sent before it is checked now), and the
        // checkpoint is served as it is now.
        if (!(await this.deps.stillAllowed(this.principal))) {
          ticket.leave();
          this.stopped = 'revoked';
          return;
        }
        cp = await this.deps.reader.readCheckpoint(names);
      } catch (error) {
        ticket.leave();
        throw error;
      }
    }
    try {
      await this.send(sink, names, cp);
    } finally {
      ticket?.leave();
    }
  }

  /** Ops this stream would send from scratch (buckets it holds no position in): its first sync's weight. */
  private fromScratchOps(cp: CheckpointState): number {
    let n = 0;
    for (const [b, s] of cp.buckets) if (!this.positions.has(b)) n += s.count;
    return n;
  }

  /** Waits for an admission slot, writing keepalives meanwhile; false when the stream ended first. */
  private async waitAdmitted(ticket: AdmissionTicket, sink: LineSink): Promise<boolean> {
    let admitted = false;
    void ticket.admitted.then(() => {
      admitted = true;
      this.wakeUp();
    });
    for (;;) {
      // A settled `admitted` has run its callback by the time this microtask-later check runs.
      await Promise.resolve();
      if (admitted) return true;
      if (this.stopped || this.ended || sink.closed) return false;
      if (Date.now() >= this.nextKeepalive && !(await this.keepalive(sink))) return false;
      await sink.flush();
      await this.waitForWake(Math.max(0, this.nextKeepalive - Date.now()));
    }
  }

  private async send(sink: LineSink, names: string[], cp: CheckpointState): Promise<void> {
    const state = (b: string): BucketState => cp.buckets.get(b) ?? { checksum: 0, count: 0, lastOpId: 0n };
    const entry = (b: string) => ({ bucket: b, checksum: state(b).checksum, count: state(b).count, priority: this.buckets.get(b) ?? 3 });
    const lastOpId = cp.lastOpId.toString();

    const forced = this.force;
    this.force = false;
    if (this.sent === null) {
      await sink.write({ checkpoint: { last_op_id: lastOpId, write_checkpoint: lastOpId, buckets: names.map(entry) } });
    } else {
      const updated = names.filter((b) => {
        const prev = this.sent?.get(b);
        const s = state(b);
        return !prev || prev.checksum !== s.checksum || prev.count !== s.count || prev.priority !== this.buckets.get(b);
      });
      const removed = [...this.sent.keys()].filter((b) => !this.buckets.has(b));
      if (updated.length === 0 && removed.length === 0 && !forced) return;
      for (const b of removed) this.positions.delete(b);
      await sink.write({ checkpoint_diff: { last_op_id: lastOpId, write_checkpoint: lastOpId, updated_buckets: updated.map(entry), removed_buckets: removed } });
    }
    this.sent = new Map(names.map((b) => [b, { checksum: state(b).checksum, count: state(b).count, priority: this.buckets.get(b) ?? 3 }]));

    // Data in ascending priority (0 first); a partial complete after each group but the last.
    const byPriority = new Map<number, string[]>();
    for (const b of names) {
      const p = this.buckets.get(b) ?? 3;
      byPriority.set(p, [...(byPriority.get(p) ?? []), b]);
    }
    const priorities = [...byPriority.keys()].sort((a, b) => a - b);
    for (const [i, priority] of priorities.entries()) {
      for (const bucket of byPriority.get(priority) ?? []) {
        await this.sendBucket(sink, bucket, state(bucket).lastOpId);
        if (sink.closed || this.ended || this.stopped) return;
      }
      if (i < priorities.length - 1) await sink.write({ partial_checkpoint_complete: { last_op_id: lastOpId, priority } });
    }
    await sink.write({ checkpoint_complete: { last_op_id: lastOpId } });
  }

  private async sendBucket(sink: LineSink, bucket: string, bucketLast: bigint): Promise<void> {
    let after = this.positions.get(bucket) ?? 0n;
    // Security: a stream revoked mid-download (account disabled, role changed) stops here.
    while (after < bucketLast && !sink.closed && !this.ended && !this.stopped) {
      const batch = await this.deps.reader.dataBatch(bucket, after, bucketLast, DATA_BATCH);
      if (!batch) break;
      await sink.write(batch.line);
      after = batch.last;
      this.positions.set(bucket, after);
      if (!batch.hasMore) break;
    }
  }
}
