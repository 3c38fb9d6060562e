import { usePowerSync, useQuery, useStatus } from '@powersync/react';
import { useEffect, useState } from 'react';
import { useOnline } from '../../lib/use-online.ts';

/** What the header shows about sync: reachability, work waiting to upload, last full sync. */
export interface SyncSummary {
  /** The browser reports a network and the sync stream is connected. */
  online: boolean;
  connected: boolean;
  /** Local writes not yet accepted by the server (rows of `ps_crud`). */
  pending: number;
  lastSyncedAt: Date | null;
  uploading: boolean;
  /** Writes the server refused (synced back in `sync_upload_errors`). */
  refused: number;
}

/** Tables the device writes (each write queues an upload). */
const DEVICE_WRITTEN = ['attempts', 'test_sittings', 'users', 'chat_messages'];

/** How often the pending count is re-read while nothing else changes (ms). */
const PENDING_POLL_MS = 2_000;

export function useSyncSummary(): SyncSummary {
  const db = usePowerSync();
  const status = useStatus();
  const browserOnline = useOnline();
  const [pending, setPending] = useState(0);
  const refused = useQuery<{ n: number }>('SELECT count(*) AS n FROM sync_upload_errors');

  useEffect(() => {
    let live = true;
    const read = () => {
      db.getUploadQueueStats().then(
        (stats) => {
          if (live) setPending(stats.count);
        },
        () => undefined,
      );
    };
    read();
    const timer = window.setInterval(read, PENDING_POLL_MS);
    const off = db.registerListener({ statusChanged: read });
    // A local write queues an upload: count it at once (offline, no status change would come).
    const controller = new AbortController();
    db.onChange({ onChange: read }, { tables: DEVICE_WRITTEN, signal: controller.signal });
    return () => {
      live = false;
      window.clearInterval(timer);
      controller.abort();
      off();
    };
  }, [db]);

  return {
    online: browserOnline && status.connected,
    connected: status.connected,
    pending,
    lastSyncedAt: status.lastSyncedAt ?? null,
    uploading: status.dataFlowStatus.uploading ?? false,
    refused: refused.data[0]?.n ?? 0,
  };
}
