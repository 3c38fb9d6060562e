import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PowerSyncDatabase, Schema, type SyncStatus } from '@powersync/node';
import type { UploadResult } from '@cr/shared/schemas/sync';
import { sendMessage } from '../../../client/src/data/coach/chat.ts';
import { SyncConnector } from '../../../client/src/data/sync/connector.ts';
import { appSchema } from '../../../client/src/data/sync/schema.ts';
import { syncedTable } from '../../../client/src/data/sync/synced-table.ts';
import { passwordSession, type Credentials } from './session.ts';

/**
 * The app's own replica schema, plus `telemetry` (an upload-only table of the sync contract): the
 * server accepts telemetry events from devices, which the PWA does not queue through the SDK, so
 * the tests upload them this way.
 */
export const testSchema = new Schema([...appSchema.tables, syncedTable('telemetry', { insertOnly: true }).copyWithName('telemetry')]);

export interface DeviceOptions extends Credentials {
  /** Called with each upload's 200 body (tests observe rejections). */
  onUpload?: (result: UploadResult) => void;
  retryDelayMs?: number;
}

export interface Device {
  db: PowerSyncDatabase;
  connector: SyncConnector;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  close(): Promise<void>;
  /** Writes a chat message through the app's own code (works offline); returns its UUIDv7. */
  send(msg: { studentId: string; coachId: string; senderId: string; body: string }): Promise<string>;
  /** Resolves when connected, a full checkpoint is applied and nothing is left to upload. */
  settled(timeoutMs?: number): Promise<void>;
}

/** The app's connector, signed in with the password of `opts`. */
export function deviceConnector(opts: DeviceOptions): SyncConnector {
  return new SyncConnector(passwordSession(opts), { endpoint: opts.endpoint, onUpload: opts.onUpload });
}

/** A device: its own SQLite file, the real SDK, the app's schema and connector. */
export async function openDevice(opts: DeviceOptions): Promise<Device> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-sync-'));
  const db = new PowerSyncDatabase({ schema: testSchema, database: { dbFilename: `${path.basename(dir)}.db`, dbLocation: dir } });
  await db.init();
  const connector = deviceConnector(opts);
  const connectOptions = { retryDelayMs: opts.retryDelayMs ?? 250, crudUploadThrottleMs: 0 };
  return {
    db,
    connector,
    connect: () => db.connect(connector, connectOptions),
    disconnect: () => db.disconnect(),
    async close() {
      await db.disconnect().catch(() => undefined);
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
    send: (msg) => sendMessage(db, { ...msg, nowMs: Date.now() }),
    async settled(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const status: SyncStatus = db.currentStatus;
        const pending = await db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud');
        // ps_crud empties only after the server answered 2xx to the upload (complete()).
        if (status.connected && status.hasSynced && !status.dataFlowStatus.downloading && !status.dataFlowStatus.uploading && pending[0]?.n === 0) return;
        if (Date.now() > deadline) throw new Error(`device did not settle: ${JSON.stringify({ connected: status.connected, hasSynced: status.hasSynced, downloading: status.dataFlowStatus.downloading, uploading: status.dataFlowStatus.uploading })} pending=${pending[0]?.n}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}
