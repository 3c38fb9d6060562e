import type pg from 'pg';
import type { BucketPriority, ResolvedBucket } from '@powersync/service-sync-rules';
import type { ChangeNotice, SyncHub } from './hub.ts';
import { requestParameters, type LoadedRules } from './rules.ts';
import type { Admission, AdmissionTicket } from './admission.ts';
import type { Liveness } from './liveness.ts';
import type { BucketReader, BucketState, CheckpointState, ReadSince } from './storage.ts';

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
  bucket: string;
  checksum: number;
  count: number;
  priority: BucketPriority;
}

/**
 * Lines that many streams send identically at one checkpoint (checkpoint_complete, the
 * checkpoint_diff of a shared bucket's change, partial completes): built once per checkpoint and,
 * as the same object, encoded once (see encodeLine) for every stream of a fan-out. Keyed by their
 * whole content; never mutated. The oldest are dropped past SHARED_LINES.
 */
const sharedLines = new Map<string, Record<string, unknown>>();
const SHARED_LINES = 1024;
/**
 * Most characters of keys kept (a line's key lists its content, so its encodings are of the same
 * order): per-user diffs, which no other stream sends, churn through the map, and a coach's diff
 * can name a thousand buckets. A line whose key alone is over LINE_KEY_MAX is not kept at all.
 */
const SHARED_KEY_CHARS = 2 * 1024 * 1024;
const LINE_KEY_MAX = 16 * 1024;
let sharedKeyChars = 0;

function remember(key: string, line: Record<string, unknown>): Record<string, unknown> {
  if (key.length > LINE_KEY_MAX) return line;
  while (sharedLines.size > 0 && (sharedLines.size >= SHARED_LINES || sharedKeyChars + key.length > SHARED_KEY_CHARS)) {
    const oldest = sharedLines.keys().next().value as string;
    sharedLines.delete(oldest);
    sharedKeyChars -= oldest.length;
  }
  sharedLines.set(key, line);
  sharedKeyChars += key.length;
  return line;
}

function completeLine(lastOpId: string): Record<string, unknown> {
  return sharedLines.get(`c\u0000${lastOpId}`) ?? remember(`c\u0000${lastOpId}`, { checkpoint_complete: { last_op_id: lastOpId } });
}

function partialLine(lastOpId: string, priority: number): Record<string, unknown> {
  const key = `p\u0000${lastOpId}\u0000${priority}`;
  return sharedLines.get(key) ?? remember(key, { partial_checkpoint_complete: { last_op_id: lastOpId, priority } });
}

function diffLine(lastOpId: string, updated: readonly Sent[], removed: readonly string[]): Record<string, unknown> {
  let key = `d\u0000${lastOpId}`;
  for (const e of updated) key += `\u0000${e.bucket}\u0000${e.checksum}\u0000${e.count}\u0000${e.priority}`;
  key += '\u0001';
  for (const b of removed) key += `\u0000${b}`;
  return (
    sharedLines.get(key) ??
    remember(key, { checkpoint_diff: { last_op_id: lastOpId, write_checkpoint: lastOpId, updated_buckets: updated, removed_buckets: removed } })
  );
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
  /** The keys of `buckets`, and the buckets by ascending priority (set by resolveBuckets). */
  private names: string[] = [];
  private groups: Array<{ priority: BucketPriority; buckets: string[] }> = [];
  private hasDynamic = false;
  private ended = false;
  private readonly positions = new Map<string, bigint>();
  private sent: Map<string, Sent> | null = null;
  /**
   * The states of this stream's buckets at its last checkpoint read, and what that read was: the
   * next read asks only for the buckets changed since (see BucketReader.readCheckpoint) and
   * merges them in. Null until the first read, and again when the buckets are resolved anew.
   */
  private states: Map<string, BucketState> | null = null;
  private since: ReadSince | null = null;
  private stopped: 'expired' | 'revoked' | null = null;
  private nextKeepalive = 0;
  /**
   * Wakes the loop when the next keepalive is due: armed once per keepalive interval, not per
   * wait, so a stream woken by a fan-out sets no timer of its own. Null once it has fired.
   */
  private keepaliveTimer: NodeJS.Timeout | null = null;
  private readonly onKeepaliveTimer = (): void => {
    const left = this.nextKeepalive - Date.now();
    // Timers run on the loop's clock and may fire a little early by Date.now().
    if (left > 0) {
      this.keepaliveTimer = setTimeout(this.onKeepaliveTimer, left);
      return;
    }
    this.keepaliveTimer = null;
    this.wakeUp();
  };

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
        await this.waitForWake();
      }
    } finally {
      if (this.keepaliveTimer) clearTimeout(this.keepaliveTimer);
      this.keepaliveTimer = null;
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
    if (this.keepaliveTimer) clearTimeout(this.keepaliveTimer);
    this.keepaliveTimer = setTimeout(this.onKeepaliveTimer, this.deps.keepaliveMs);
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

  /** Until wakeUp (a change, the keepalive timer, revocation, end), or at once if one came meanwhile. */
  private waitForWake(): Promise<void> {
    // Never wait without the keepalive armed.
    this.keepaliveTimer ??= setTimeout(this.onKeepaliveTimer, Math.max(0, this.nextKeepalive - Date.now()));
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null;
        this.woken = false;
        resolve();
      };
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
    // Other buckets: the next read is a full one.
    this.states = null;
    this.since = null;
    this.names = [...this.buckets.keys()];
    const byPriority = new Map<BucketPriority, string[]>();
    for (const [b, p] of this.buckets) {
      const list = byPriority.get(p);
      if (list) list.push(b);
      else byPriority.set(p, [b]);
    }
    this.groups = [...byPriority].sort((a, b) => a[0] - b[0]).map(([priority, buckets]) => ({ priority, buckets }));
  }

  private async sync(sink: LineSink): Promise<void> {
    if (this.reresolve) {
      this.reresolve = false;
      await this.resolveBuckets();
    }
    const names = this.names;
    let cp = await this.readCheckpoint(names);
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
        cp = await this.readCheckpoint(names);
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

  /**
   * The checkpoint and the state of every bucket of `names` at it: a read of the buckets changed
   * since this stream's previous read, merged into the states it read then (a full read the first
   * time, after new buckets were resolved, or when the reader says so).
   */
  private async readCheckpoint(names: readonly string[]): Promise<CheckpointState> {
    const cp = await this.deps.reader.readCheckpoint(names, this.states ? this.since : null);
    let states: Map<string, BucketState>;
    if (cp.changedSince === undefined) states = cp.buckets;
    else if (this.states) {
      states = this.states;
      for (const [bucket, state] of cp.buckets) states.set(bucket, state);
    } else states = new Map(cp.buckets);
    this.states = states;
    this.since = { opId: cp.lastOpId, generation: cp.generation ?? -1 };
    // The reader's answer is this stream's own object (its map may be shared: not mutated).
    cp.buckets = states;
    return cp;
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
      await this.waitForWake();
    }
  }

  private async send(sink: LineSink, names: readonly string[], cp: CheckpointState): Promise<void> {
    const lastOpId = cp.lastOpId.toString();
    const forced = this.force;
    this.force = false;
    if (this.sent === null) {
      const entries = names.map((bucket) => {
        const s = cp.buckets.get(bucket);
        return { bucket, checksum: s?.checksum ?? 0, count: s?.count ?? 0, priority: this.buckets.get(bucket) ?? 3 };
      });
      await sink.write({ checkpoint: { last_op_id: lastOpId, write_checkpoint: lastOpId, buckets: entries } });
      this.sent = new Map(entries.map((e) => [e.bucket, e]));
    } else {
      // A fan-out's step: most streams have nothing or only shared buckets changed, so this
      // allocates only for changed buckets and sends lines shared with the other streams.
      const sent = this.sent;
      let updated: Sent[] | null = null;
      for (const [bucket, priority] of this.buckets) {
        const s = cp.buckets.get(bucket);
        const checksum = s?.checksum ?? 0;
        const count = s?.count ?? 0;
        const prev = sent.get(bucket);
        if (prev && prev.checksum === checksum && prev.count === count && prev.priority === priority) continue;
        (updated ??= []).push({ bucket, checksum, count, priority });
      }
      let removed: string[] | null = null;
      for (const b of sent.keys()) if (!this.buckets.has(b)) (removed ??= []).push(b);
      if (!updated && !removed && !forced) return;
      for (const b of removed ?? []) {
        sent.delete(b);
        this.positions.delete(b);
      }
      for (const e of updated ?? []) sent.set(e.bucket, e);
      await sink.write(diffLine(lastOpId, updated ?? [], removed ?? []));
    }

    // Data in ascending priority (0 first); a partial complete after each group but the last.
    const groups = this.groups;
    for (let i = 0; i < groups.length; i += 1) {
      const group = groups[i]!;
      for (const bucket of group.buckets) {
        const bucketLast = cp.buckets.get(bucket)?.lastOpId ?? 0n;
        if ((this.positions.get(bucket) ?? 0n) >= bucketLast) continue;
        await this.sendBucket(sink, bucket, bucketLast);
        if (sink.closed || this.ended || this.stopped) return;
      }
      if (i < groups.length - 1) await sink.write(partialLine(lastOpId, group.priority));
    }
    await sink.write(completeLine(lastOpId));
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
