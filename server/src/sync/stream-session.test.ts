import { describe, expect, it } from 'vitest';
import { Admission } from './admission.ts';
import { SyncHub } from './hub.ts';
import { encodeLine } from './line-encoding.ts';
import { loadRules } from './rules.ts';
import type { BucketReader, BucketState, CheckpointState } from './storage.ts';
import { StreamSession, type LineSink, type SessionDeps } from './stream-session.ts';

/**
 * A fan-out's streams share the lines that are the same for all of them (one object, encoded
 * once), and a stream whose buckets changed differently still gets its own, exact lines.
 */
const CONTENT = 'content[]';
const userBucket = (sub: string) => `user_data["${sub}"]`;

class CapturingSink implements LineSink {
  readonly lines: Array<Record<string, unknown>> = [];
  closed = false;
  private waiter: { n: number; resolve: () => void } | null = null;
  async write(line: Record<string, unknown>): Promise<void> {
    this.lines.push(line);
    if (this.waiter && this.lines.length >= this.waiter.n) this.waiter.resolve();
  }
  async flush(): Promise<void> {}
  /** Resolves once a line matching `pred` arrived after the first `from` lines. */
  async next(from: number, pred: (l: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    for (;;) {
      const found = this.lines.slice(from).find(pred);
      if (found) return found;
      await new Promise<void>((resolve) => (this.waiter = { n: this.lines.length + 1, resolve }));
    }
  }
}

describe('fan-out lines', () => {
  it('are one shared object per checkpoint where streams changed alike, and per-stream where not', async () => {
    const subs = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
    const state = new Map<string, BucketState>([[CONTENT, { checksum: 10, count: 1, lastOpId: 1n }]]);
    let lastOpId = 3n;
    const reader = {
      readCheckpoint: async (names: readonly string[]): Promise<CheckpointState> => ({
        lastOpId,
        paramsOpId: 0n,
        buckets: new Map(names.flatMap((n) => (state.has(n) ? [[n, state.get(n)!] as const] : []))),
      }),
      dataBatch: async (bucket: string, after: bigint, upTo: bigint) => ({
        line: { data: { bucket, after: after.toString(), next_after: upTo.toString(), has_more: false, data: [] } },
        last: upTo,
        hasMore: false,
        bytes: 0,
      }),
      getParameterSets: async () => [],
    } as unknown as BucketReader;
    const hub = new SyncHub();
    const deps: SessionDeps = {
      pool: null as never,
      rules: loadRules(),
      hub,
      reader,
      keepaliveMs: 60_000,
      stillAllowed: async () => true,
      liveness: { watch: () => () => undefined } as never,
      admission: new Admission(4),
    };
    const sinks = subs.map(() => new CapturingSink());
    const sessions = subs.map(
      (sub) => new StreamSession(deps, { sub, role: 'student', exp: Date.now() / 1000 + 3600 }, { buckets: [{ name: CONTENT, after: '1' }] }),
    );
    const runs = sessions.map((s, i) => s.run(sinks[i]!));
    await Promise.all(sinks.map((s) => s.next(0, (l) => 'checkpoint_complete' in l)));
    const seen = sinks.map((s) => s.lines.length);

    // One batch: the content changes for everyone, and the third student's own bucket too.
    lastOpId = 5n;
    state.set(CONTENT, { checksum: 30, count: 2, lastOpId: 4n });
    state.set(userBucket(subs[2]!), { checksum: 7, count: 1, lastOpId: 5n });
    hub.publish({ lastOpId, buckets: new Set([CONTENT, userBucket(subs[2]!)]), paramsChanged: false, users: new Set() });

    const diffs = await Promise.all(sinks.map((s, i) => s.next(seen[i]!, (l) => 'checkpoint_diff' in l)));
    const completes = await Promise.all(sinks.map((s, i) => s.next(seen[i]!, (l) => 'checkpoint_complete' in l)));
    for (const s of sessions) s.end();
    await Promise.all(runs);

    const content = { bucket: CONTENT, checksum: 30, count: 2, priority: 1 };
    expect(diffs[0]).toEqual({ checkpoint_diff: { last_op_id: '5', write_checkpoint: '5', updated_buckets: [content], removed_buckets: [] } });
    // The streams that changed alike send the very same line, so it is encoded once.
    expect(diffs[1]).toBe(diffs[0]);
    expect(encodeLine(diffs[1]!, false)).toBe(encodeLine(diffs[0]!, false));
    expect(completes[1]).toBe(completes[0]);
    expect(completes[2]).toBe(completes[0]);
    expect(completes[0]).toEqual({ checkpoint_complete: { last_op_id: '5' } });
    // The third stream's own bucket changed too: its own diff, exact.
    expect(diffs[2]).not.toBe(diffs[0]);
    expect(diffs[2]).toEqual({
      checkpoint_diff: {
        last_op_id: '5',
        write_checkpoint: '5',
        updated_buckets: expect.arrayContaining([content, { bucket: userBucket(subs[2]!), checksum: 7, count: 1, priority: 3 }]) as unknown,
        removed_buckets: [],
      },
    });
    expect((diffs[2]!.checkpoint_diff as { updated_buckets: unknown[] }).updated_buckets).toHaveLength(2);
  });
});
