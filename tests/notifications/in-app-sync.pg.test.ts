import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PowerSyncDatabase } from '@powersync/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema } from '../../client/src/data/sync/schema.ts';
import { createNotifications } from '../../server/src/notifications/create.ts';
import type { UploadResult } from '@cr/shared/schemas/sync';
import { deviceConnector } from '../sync/helpers/client.ts';
import { SyncTestServer, waitFor } from '../sync/helpers/server.ts';

// The in-app list on a real @powersync/node client: notifications arrive through their own
// bucket (only the caller's), stay readable offline, and a read receipt written offline syncs
// back; a device cannot mark someone else's notification or create one.

// The app's own replica schema (the notifications table as the PWA declares it).
const schema = appSchema;

type U = { id: string; email: string; password: string };
let s: SyncTestServer;
let A: U;
let B: U;
const dirs: string[] = [];
const devices: PowerSyncDatabase[] = [];
const uploads: UploadResult[] = [];

async function device(u: U) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-notif-'));
  dirs.push(dir);
  const db = new PowerSyncDatabase({ schema, database: { dbFilename: `${path.basename(dir)}.db`, dbLocation: dir } });
  await db.init();
  devices.push(db);
  const connector = deviceConnector({ endpoint: s.url, email: u.email, password: u.password, onUpload: (r) => uploads.push(r) });
  await db.connect(connector, { retryDelayMs: 250, crudUploadThrottleMs: 0 });
  await db.waitForFirstSync();
  return db;
}

beforeAll(async () => {
  s = await SyncTestServer.start({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'cr-notif-data-')) });
  A = await s.user();
  B = await s.user();
  await s.db.pool.query(`UPDATE users SET language = 'hi' WHERE id = $1`, [B.id]);
}, 120_000);
afterAll(async () => {
  for (const d of devices) {
    await d.disconnect().catch(() => undefined);
    await d.close();
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await s?.close();
}, 60_000);

describe('in-app notifications over a real client', () => {
  it('arrive in the recipient’s language, only their own; a read receipt made offline syncs back', async () => {
    const devA = await device(A);
    const devB = await device(B);
    await createNotifications(s.db.pool, [
      { userId: A.id, kind: 'reviews_due', occasion: '2026-12-06', params: { due: 4 } },
      { userId: A.id, kind: 'benchmark_result', occasion: 'benchmark:BM-1', params: { title: 'December Main' } },
      { userId: B.id, kind: 'reviews_due', occasion: '2026-12-06', params: { due: 2 } },
    ]);
    const listA = () => devA.getAll<{ id: string; kind: string; title: string; read_at: string | null; user_id: string }>('SELECT * FROM notifications ORDER BY kind');
    await waitFor(async () => (await listA()).length === 2 || null, 20_000, 'A’s notifications');
    await waitFor(async () => (await devB.getAll('SELECT 1 FROM notifications')).length === 1 || null, 20_000, 'B’s notification');
    const a = await listA();
    expect(a.map((n) => [n.kind, n.title, n.read_at])).toEqual([
      ['benchmark_result', 'Your result is out: December Main', null],
      ['reviews_due', '4 reviews are due today', null],
    ]);
    expect(a.every((n) => n.user_id === A.id)).toBe(true);
    const [b] = await devB.getAll<{ id: string; title: string }>('SELECT id, title FROM notifications');
    expect(b!.title).toBe('आज 2 पुनरावृत्ति बाकी हैं');

    // Offline: the list is still there and marking one read works locally.
    await devA.disconnect();
    expect((await listA()).length).toBe(2);
    const target = a[1]!.id;
    await devA.execute('UPDATE notifications SET read_at = ? WHERE id = ?', [new Date().toISOString(), target]);
    // A malicious device: marks B's notification and invents one of its own.
    await devA.execute('INSERT INTO notifications (id, user_id, kind, occasion, title, body, url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      b!.id,
      A.id,
      'reviews_due',
      'forged',
      'forged',
      '',
      '/',
      new Date().toISOString(),
    ]);
    await devA.execute('UPDATE notifications SET read_at = ? WHERE id = ?', [new Date().toISOString(), b!.id]);
    await devA.connect(deviceConnector({ endpoint: s.url, email: A.email, password: A.password, onUpload: (r) => uploads.push(r) }), { retryDelayMs: 250, crudUploadThrottleMs: 0 });
    await waitFor(async () => (await s.db.pool.query('SELECT read_at FROM notifications WHERE id = $1', [target])).rows[0]?.read_at ?? null, 20_000, 'read receipt on the server');
    await waitFor(async () => (await devA.getAll('SELECT 1 FROM ps_crud')).length === 0 || null, 20_000, 'upload queue drained');
    // B's row is untouched and A's forged insert did not create anything.
    expect((await s.db.pool.query('SELECT read_at, title FROM notifications WHERE id = $1', [b!.id])).rows[0]).toEqual({ read_at: null, title: 'आज 2 पुनरावृत्ति बाकी हैं' });
    expect((await s.db.pool.query(`SELECT count(*)::int AS n FROM notifications WHERE occasion = 'forged'`)).rows[0].n).toBe(0);
    const refused = await s.db.pool.query<{ error_code: string }>(`SELECT error_code FROM sync_upload_errors WHERE user_id = $1 AND table_name = 'notifications' ORDER BY error_code`, [A.id]);
    expect(refused.rows.map((r) => r.error_code)).toEqual(['NOT_FOUND', 'OP_NOT_ALLOWED']);
    // The server's read time comes back to the device and to B nothing changes.
    await waitFor(async () => (await devA.getAll<{ id: string }>('SELECT id FROM notifications WHERE read_at IS NOT NULL')).length === 1 || null, 20_000, 'read state settled');
    expect((await devB.getAll<{ read_at: string | null }>('SELECT read_at FROM notifications'))[0]!.read_at).toBeNull();
  }, 180_000);
});
