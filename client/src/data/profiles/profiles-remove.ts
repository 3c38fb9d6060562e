import type { PowerSyncDatabase } from '@powersync/web';
import { announce, session } from '../account/current-session.ts';
import { deleteProfileDatabase } from '../sync/database.ts';

/**
 * Removing a profile from this device (also what "Sign out" does on a shared device): upload what
 * is waiting first; whatever cannot be uploaded is counted per kind so the student sees exactly
 * what would be lost before agreeing. Nothing is deleted without that.
 */

/** Local writes not yet accepted by the server, per kind (rows of `ps_crud`). */
export interface PendingWork {
  answers: number;
  sittings: number;
  profileEdits: number;
  /** Writes to any other table (none are device-writable today; counted so nothing hides). */
  other: number;
  total: number;
}

const KIND_BY_TABLE: Record<string, keyof Omit<PendingWork, 'total'>> = {
  attempts: 'answers',
  test_sittings: 'sittings',
  users: 'profileEdits',
};

/** Counts `ps_crud` by table (its `data` is the op as JSON: `{op, type, id, data}`). */
export async function pendingWork(db: PowerSyncDatabase): Promise<PendingWork> {
  const rows = await db.getAll<{ type: string | null; n: number }>(`SELECT json_extract(data, '$.type') AS type, count(*) AS n FROM ps_crud GROUP BY 1`);
  const work: PendingWork = { answers: 0, sittings: 0, profileEdits: 0, other: 0, total: 0 };
  for (const row of rows) {
    work[KIND_BY_TABLE[row.type ?? ''] ?? 'other'] += row.n;
    work.total += row.n;
  }
  return work;
}

/** How long to wait for the upload queue to drain while connected (ms). */
const UPLOAD_WAIT_MS = 20_000;
/** Give up sooner when the sync stream is not connected at all (ms): nothing can upload. */
const DISCONNECTED_WAIT_MS = 4_000;
const POLL_MS = 250;

/**
 * Waits until everything pending is uploaded, or until it is clear it cannot be (timeout, or no
 * connection for a while); returns what is still pending.
 */
export async function uploadPending(db: PowerSyncDatabase, signal?: AbortSignal): Promise<PendingWork> {
  const started = Date.now();
  let connectedAt = db.currentStatus.connected ? started : null;
  for (;;) {
    const stats = await db.getUploadQueueStats();
    if (stats.count === 0 || signal?.aborted) return pendingWork(db);
    const now = Date.now();
    if (db.currentStatus.connected) connectedAt = now;
    const waited = now - started;
    if (waited >= UPLOAD_WAIT_MS || (connectedAt === null && waited >= DISCONNECTED_WAIT_MS)) return pendingWork(db);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Removes the open profile from this device: revokes its refresh token on the server if it can
 * be reached, clears and deletes its local database, deletes its registry entry, and tells other
 * tabs. `db` is the profile's open database (null for admins, who have none).
 */
export async function removeFromDevice(db: PowerSyncDatabase | null, userId: string): Promise<void> {
  await session.revoke();
  if (db) await db.disconnectAndClear().catch((error: unknown) => console.warn('could not clear the local database', error));
  // Ends the session: the app tree unmounts and closes the database before it is deleted.
  await session.signOut();
  if (db) await deleteProfileDatabase(userId);
  announce({ kind: 'removed', userId });
}
