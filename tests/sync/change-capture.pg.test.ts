import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../server/src/db/test-database.ts';
import { LightStream, type Line } from './helpers/light-client.ts';
import { sleep, SyncTestServer, waitFor } from './helpers/server.ts';

let s: SyncTestServer;
let token: string;

beforeAll(async () => {
  s = await SyncTestServer.start();
  const u = await s.user();
  token = await s.token(u.email, u.password);
}, 240_000);
afterAll(() => s.close(), 60_000);

const contentPuts = (lines: Line[]) =>
  lines
    .filter((l) => l.data?.bucket === 'content[]')
    .flatMap((l) => l.data.data as Array<{ op: string; object_id: string; op_id: string; checksum: number }>);

async function insertConcept(client: { query: (q: string, v: unknown[]) => Promise<unknown> }, id: string): Promise<void> {
  await client.query(
    `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, 'MATH', 'U', 1, 1, 0.5)`,
    [id],
  );
}

// Writers that must overlap write prerequisite edges, not concepts: a concept write moves the
// dashboard cache's epoch (migration 024), whose row is locked until the writing transaction
// ends, so two transactions writing concepts run one after the other. Each edge joins a concept
// created beforehand to BASE; its id is remembered by name, so lines are matched by name.
const edgeIds = new Map<string, string>();
const edgeName = (objectId: string) => [...edgeIds].find(([, id]) => id === objectId)?.[0] ?? objectId;
async function prepareEdges(names: string[]): Promise<void> {
  await insertConcept(s.db.pool, 'BASE').catch(() => undefined);
  for (const name of names) {
    await insertConcept(s.db.pool, name);
    edgeIds.set(name, randomUUID());
  }
}
async function insertEdge(client: { query: (q: string, v: unknown[]) => Promise<unknown> }, name: string): Promise<void> {
  await client.query(
    `INSERT INTO prerequisites (id, concept_id, prerequisite_id, weight, criticality, transfer) VALUES ($1, $2, 'BASE', 0.5, 'SOFT', 0.5)`,
    [edgeIds.get(name), name],
  );
}
/** The names of the edges among a stream's content PUTs, in order. */
const edgePuts = (lines: Line[]) =>
  contentPuts(lines)
    .filter((o) => edgeIds.has(edgeName(o.object_id)) && edgeIds.get(edgeName(o.object_id)) === o.object_id)
    .map((o) => ({ ...o, object_id: edgeName(o.object_id) }));

// Generous timeouts: CI machines running several suites at once are slow; nothing here asserts on time.
describe('change capture in commit order', { timeout: 180_000 }, () => {
  // Out-of-order commits need two open transactions at once. Postgres has them and the test
  // below proves capture copes; PGlite is one session, so there the counterpart proves that a
  // second transaction cannot even begin before the first commits (commit order = begin order).
  if (testDatabaseKind() === 'pglite') {
    it('PGlite: a second transaction cannot begin before the first commits, so commit order is begin order', async () => {
      const a = await s.db.pool.connect();
      const b = await s.db.pool.connect();
      const events: string[] = [];
      try {
        await a.query('BEGIN');
        await insertConcept(a, 'SER.A');
        const second = b.query('BEGIN').then(() => events.push('b began'));
        await sleep(200);
        events.push('a commits');
        await a.query('COMMIT');
        await second;
        await insertConcept(b, 'SER.B');
        await b.query('COMMIT');
      } finally {
        a.release();
        b.release();
      }
      expect(events).toEqual(['a commits', 'b began']);
    });
  } else {
  it('a transaction that commits after a later one is still delivered, once, with a later op id', async () => {
    await prepareEdges(['OOO.A', 'OOO.B']);
    const stream = new LightStream(s.url, token);
    await stream.waitFor((l) => 'checkpoint_complete' in l);
    const a = await s.db.pool.connect();
    const b = await s.db.pool.connect();
    try {
      await a.query('BEGIN');
      await insertEdge(a, 'OOO.A'); // inserted first: lower change seq and xid
      await b.query('BEGIN');
      await insertEdge(b, 'OOO.B');
      await b.query('COMMIT'); // commits first
      await s.app.sync.processor.flush();
      await waitFor(() => edgePuts(stream.lines).some((o) => o.object_id === 'OOO.B'), 10_000, 'B delivered');
      expect(edgePuts(stream.lines).some((o) => o.object_id === 'OOO.A')).toBe(false);
      await a.query('COMMIT');
    } finally {
      a.release();
      b.release();
    }
    await s.app.sync.processor.flush();
    await waitFor(() => edgePuts(stream.lines).some((o) => o.object_id === 'OOO.A'), 10_000, 'A delivered');
    const ops = edgePuts(stream.lines).filter((o) => o.object_id.startsWith('OOO.'));
    expect(ops.map((o) => o.object_id)).toEqual(['OOO.B', 'OOO.A']);
    expect(BigInt(ops[1]!.op_id)).toBeGreaterThan(BigInt(ops[0]!.op_id));
    stream.close();
  });
  }

  it('concurrent writers committing in random order: every client gets every change exactly once, checksums add up', async () => {
    const writers = 6;
    const perWriter = 5;
    await prepareEdges(Array.from({ length: writers * perWriter }, (_, k) => `CC.${Math.floor(k / perWriter)}.${k % perWriter}`));
    const streams = [new LightStream(s.url, token), new LightStream(s.url, token, {}, { bson: true })];
    await Promise.all(streams.map((st) => st.waitFor((l) => 'checkpoint_complete' in l)));
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        const c = await s.db.pool.connect();
        try {
          await c.query('BEGIN');
          for (let i = 0; i < perWriter; i += 1) await insertEdge(c, `CC.${w}.${i}`);
          await sleep(Math.floor(Math.random() * 80));
          await c.query('COMMIT');
        } finally {
          c.release();
        }
      }),
    );
    const last = await s.app.sync.processor.flush();
    for (const st of streams) {
      await st.waitFor((l) => l.checkpoint_complete && BigInt(l.checkpoint_complete.last_op_id) >= last, 15_000);
      const ids = edgePuts(st.lines).filter((o) => o.object_id.startsWith('CC.')).map((o) => o.object_id);
      expect(ids.length).toBe(writers * perWriter);
      expect(new Set(ids).size).toBe(writers * perWriter);
      // The client's own sum of op checksums equals the server's bucket checksum.
      const cps = st.lines.filter((l) => l.checkpoint || l.checkpoint_diff);
      const lastCp = cps[cps.length - 1]!;
      const entry = (lastCp.checkpoint?.buckets ?? lastCp.checkpoint_diff.updated_buckets).find((b: { bucket: string }) => b.bucket === 'content[]');
      const sum = contentPuts(st.lines).reduce((acc, o) => (acc + (o.checksum >>> 0)) % 2 ** 32, 0);
      expect(sum).toBe(entry.checksum >>> 0);
      st.close();
    }
  });

  it('admin SQL, updates and deletes are captured; a row that leaves a bucket is REMOVEd', async () => {
    const stream = new LightStream(s.url, token);
    await stream.waitFor((l) => 'checkpoint_complete' in l);
    await insertConcept(s.db.pool, 'DEL.1');
    await waitFor(() => contentPuts(stream.lines).some((o) => o.object_id === 'DEL.1'), 10_000, 'PUT');
    await s.db.pool.query(`UPDATE concepts SET name = 'renamed' WHERE id = 'DEL.1'`);
    await waitFor(() => contentPuts(stream.lines).filter((o) => o.object_id === 'DEL.1').length === 2, 10_000, 'second PUT');
    await s.db.pool.query(`DELETE FROM concepts WHERE id = 'DEL.1'`);
    await waitFor(() => contentPuts(stream.lines).some((o) => o.object_id === 'DEL.1' && o.op === 'REMOVE'), 10_000, 'REMOVE');
    // No-op updates (same synced columns) produce no op.
    const before = contentPuts(stream.lines).length;
    await insertConcept(s.db.pool, 'NOOP.1');
    await waitFor(() => contentPuts(stream.lines).some((o) => o.object_id === 'NOOP.1'));
    await s.db.pool.query(`UPDATE concepts SET created_at = created_at WHERE id = 'NOOP.1'`);
    await s.app.sync.processor.flush();
    await sleep(100);
    expect(contentPuts(stream.lines).length).toBe(before + 1);
    stream.close();
  });
});
