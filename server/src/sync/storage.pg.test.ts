import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { BucketReader, type CheckpointState } from './storage.ts';

/**
 * Checkpoint reads of a stream after its first: only the buckets changed since its previous read
 * (whether asked by probing the buckets or by scanning the table), and in full across a compaction.
 */
let db: Database;
const names = Array.from({ length: 30 }, (_, i) => `user_data["${String(i).padStart(2, '0')}"]`);

/** What a publish does to sync_state and sync_buckets: the changed buckets' last op above the old global one. */
async function publish(lastOpId: number, changed: Array<{ bucket: string; checksum: number; count: number }>): Promise<void> {
  for (const c of changed) {
    await db.pool.query(
      `INSERT INTO sync_buckets (bucket, definition, checksum, op_count, last_op_id) VALUES ($1, 'user_data', $2, $3, $4)
       ON CONFLICT (bucket) DO UPDATE SET checksum = $2, op_count = $3, last_op_id = $4`,
      [c.bucket, c.checksum, c.count, lastOpId],
    );
  }
  await db.pool.query('UPDATE sync_state SET last_op_id = $1', [lastOpId]);
}

const since = (cp: CheckpointState) => ({ opId: cp.lastOpId, generation: cp.generation! });

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query('DELETE FROM sync_buckets');
  await publish(100, names.map((bucket, i) => ({ bucket, checksum: i, count: 1 })));
}, 120_000);
afterAll(() => db.close());

describe('BucketReader.readCheckpoint after a stream first read', () => {
  it('answers only the buckets changed since, by probe (few streams) and by scan (streams asking most of the table)', async () => {
    const reader = new BucketReader(db.pool);
    const mine = names.slice(0, 3);
    const first = await reader.readCheckpoint(mine);
    expect(first.changedSince).toBeUndefined();
    expect([...first.buckets.keys()].sort()).toEqual(mine);

    await publish(110, [
      { bucket: mine[1]!, checksum: 99, count: 2 },
      { bucket: names[10]!, checksum: 77, count: 5 },
    ]);
    // One stream alone: a probe of its own buckets.
    const next = await reader.readCheckpoint(mine, since(first));
    expect(next.lastOpId).toBe(110n);
    expect(next.changedSince).toBe(100n);
    expect([...next.buckets]).toEqual([[mine[1], { checksum: 99, count: 2, lastOpId: 110n }]]);

    // 2,000 streams asking for every bucket at once (a fan-out): the table is scanned, and each
    // stream gets exactly its own changed buckets; one whose previous read came after the change
    // gets none of them.
    await db.pool.query('ANALYZE sync_buckets');
    const streams = Array.from({ length: 2000 }, (_, i) => [names[i % names.length]!, names[(i + 1) % names.length]!]);
    const answers = await Promise.all(streams.map((buckets) => reader.readCheckpoint(buckets, { opId: 100n, generation: first.generation! })));
    const late = await reader.readCheckpoint([mine[1]!], since(next));
    for (const [i, buckets] of streams.entries()) {
      const expected = buckets.filter((b) => b === mine[1] || b === names[10]).sort();
      expect([...answers[i]!.buckets.keys()].sort()).toEqual(expected);
      expect(answers[i]!.lastOpId).toBe(110n);
    }
    expect(answers[10]!.buckets.get(names[10]!)).toEqual({ checksum: 77, count: 5, lastOpId: 110n });
    expect(late.buckets.size).toBe(0);
  });

  it('reads in full during and after a compaction (which lowers counts without a new op)', async () => {
    const reader = new BucketReader(db.pool);
    const mine = names.slice(3, 6);
    const first = await reader.readCheckpoint(mine);
    const done = reader.compacting();
    await db.pool.query('UPDATE sync_buckets SET op_count = 1 WHERE bucket = $1', [mine[0]]);
    const during = await reader.readCheckpoint(mine, since(first));
    expect(during.changedSince).toBeUndefined();
    expect([...during.buckets.keys()].sort()).toEqual(mine);
    done();
    // A read that began before the compaction ended is not a base for a partial one.
    const after = await reader.readCheckpoint(mine, since(during));
    expect(after.changedSince).toBeUndefined();
    const settled = await reader.readCheckpoint(mine, since(after));
    expect(settled.changedSince).toBe(after.lastOpId);
    expect(settled.buckets.size).toBe(0);
  });
});
