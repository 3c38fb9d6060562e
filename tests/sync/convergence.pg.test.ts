import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type Device } from './helpers/client.ts';
import { uuidv7 } from './helpers/rows.ts';
import { seedContent, SyncTestServer, waitFor } from './helpers/server.ts';
import { deviceState, deviceWrites, serverState } from './helpers/student-state.ts';

let s: SyncTestServer;
let student: { id: string; email: string; password: string };
let devices: Device[] = [];
let sittingId: string;
const NODES = ['dev1', 'dev2'];

/** Waits until both devices and the server hold the same state; returns it. */
async function converged(timeoutMs = 60_000) {
  let last = '';
  try {
    return await waitFor(async () => {
      const server = await serverState(s.db.pool, student.id);
      const local = await Promise.all(devices.map((d) => deviceState(d, student.id)));
      last = JSON.stringify({ server, local });
      return local.every((l) => JSON.stringify(l) === JSON.stringify(server)) ? server : null;
    }, timeoutMs, 'convergence');
  } catch (error) {
    throw new Error(`${String(error)}\nlast: ${last}`, { cause: error });
  }
}

beforeAll(async () => {
  s = await SyncTestServer.start();
  await seedContent(s.db, 2);
  student = await s.user();
  devices = await Promise.all(NODES.map(() => openDevice({ endpoint: s.url, email: student.email, password: student.password })));
  await Promise.all(devices.map((d) => d.connect()));
  await Promise.all(devices.map((d) => d.db.waitForFirstSync()));
  // One sitting, created on device 1 and seen by both.
  sittingId = uuidv7();
  await devices[0]!.db.execute(
    `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, field_hlc) VALUES (?, ?, 'T1', 'PRACTICE', 'JEE_MAIN', '["Q-C0"]', 'in_progress', ?, '{}')`,
    [sittingId, student.id, new Date().toISOString()],
  );
  await converged();
}, 240_000);
afterAll(async () => {
  for (const d of devices) await d.close();
  await s?.close();
}, 60_000);

// Generous timeouts: CI machines running several suites at once are slow; nothing here asserts on time.
describe('two devices of one student', { timeout: 180_000 }, () => {
  for (const order of [[0, 1], [1, 0]] as const) {
    it(`offline writes to events and the same LWW fields converge (reconnect order ${order.join(' then ')})`, async () => {
      await Promise.all(devices.map((d) => d.disconnect()));
      const [d1, d2] = devices as [Device, Device];
      const written = [
        await deviceWrites.attempt(d1, student.id, 'dev1'),
        await deviceWrites.attempt(d2, student.id, 'dev2'),
        await deviceWrites.attempt(d1, student.id, 'dev1'),
      ];
      await deviceWrites.profile(d1, student.id, 'dev1', 'full_name', `one-${order[0]}`);
      await deviceWrites.profile(d2, student.id, 'dev2', 'full_name', `two-${order[0]}`); // later stamp: wins
      await deviceWrites.profile(d2, student.id, 'dev2', 'language', 'hi');
      await deviceWrites.profile(d1, student.id, 'dev1', 'language', 'en'); // later stamp: wins
      await deviceWrites.sittingStatus(d1, sittingId, 'dev1', 'submitted');
      await deviceWrites.sittingStatus(d2, sittingId, 'dev2', 'in_progress'); // later, but status only moves forward
      for (const i of order) {
        await devices[i]!.connect();
        await waitFor(async () => (await devices[i]!.db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud'))[0]?.n === 0, 30_000, 'uploads drained');
      }
      const state = await converged();
      for (const id of written) expect(state.attempts).toContain(id);
      expect(state.profile.full_name).toBe(`two-${order[0]}`);
      expect(state.profile.language).toBe('en');
      expect(state.sittings.find((x) => x.id === sittingId)?.status).toBe('submitted');
    });
  }

  it('property: random interleavings of writes, disconnects and reconnects converge everywhere', async () => {
    const action = fc.record({
      device: fc.integer({ min: 0, max: 1 }),
      kind: fc.constantFrom('attempt', 'attempt', 'name', 'language', 'status', 'disconnect', 'reconnect'),
      value: fc.constantFrom('a', 'b', 'c'),
    });
    const runs = process.env.SOAK === '1' ? 100 : 12;
    const connected = [true, true];
    // The latest write of each LWW field across all runs: the value every replica must end with.
    const latest = new Map<string, { stamp: string; value: string }>();
    const record = (field: string, stamp: string, value: string) => {
      const prev = latest.get(field);
      if (!prev || stamp > prev.stamp) latest.set(field, { stamp, value });
    };
    let everSubmitted = (await serverState(s.db.pool, student.id)).sittings.some((x) => x.status === 'submitted');
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
        const mine: string[] = [];
        for (const a of actions) {
          const d = devices[a.device]!;
          const node = NODES[a.device]!;
          switch (a.kind) {
            case 'attempt':
              mine.push(await deviceWrites.attempt(d, student.id, node));
              break;
            case 'name': {
              const value = `${node}-${a.value}`;
              record('full_name', await deviceWrites.profile(d, student.id, node, 'full_name', value), value);
              break;
            }
            case 'language': {
              const value = a.value === 'a' ? 'hi' : 'en';
              record('language', await deviceWrites.profile(d, student.id, node, 'language', value), value);
              break;
            }
            case 'status':
              await deviceWrites.sittingStatus(d, sittingId, node, a.value === 'a' ? 'submitted' : 'in_progress');
              everSubmitted ||= a.value === 'a';
              break;
            case 'disconnect':
              if (connected[a.device]) await d.disconnect();
              connected[a.device] = false;
              break;
            case 'reconnect':
              if (!connected[a.device]) await d.connect();
              connected[a.device] = true;
              break;
          }
        }
        for (const [i, d] of devices.entries()) {
          if (!connected[i]) await d.connect();
          connected[i] = true;
        }
        const state = await converged();
        for (const id of mine) expect(state.attempts).toContain(id);
        // LWW: each field holds the value of its latest write, whichever device made it and
        // whatever order they reconnected in; status only ever moved forward.
        for (const [field, w] of latest) {
          expect(state.profile.stamps[field]).toBe(w.stamp);
          expect(state.profile[field as 'full_name' | 'language']).toBe(w.value);
        }
        expect(state.sittings.find((x) => x.id === sittingId)?.status).toBe(everSubmitted ? 'submitted' : 'in_progress');
      }),
      { numRuns: runs, endOnFailure: true },
    );
  }, 600_000);
});
