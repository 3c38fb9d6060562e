import { PowerSyncDatabase } from '@powersync/web';
import { session } from '../account/current-session.ts';
import { deleteSnapshot } from '../learning/learner-snapshot.ts';
import { SyncConnector } from './connector.ts';
import { releasePushUnlessOwner } from '../notifications/notifications.ts';
import { appSchema } from './schema.ts';
import { readTrash, writeTrash } from './trash.ts';

/**
 * One local database per profile (`cr-<userId>.db`, its own IndexedDB database), and at most one
 * open at a time: switching profile closes the open one before the next opens, so no query, cache
 * or sync stream ever mixes two students' data.
 */

export type LocalDb = PowerSyncDatabase;

let current: { userId: string; db: PowerSyncDatabase; ready: Promise<void> } | null = null;
/** Serializes open/close so a fast switch never leaves two databases connected. */
let queue: Promise<unknown> = Promise.resolve();

export function dbFilename(userId: string): string {
  return `cr-${userId}.db`;
}

function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

/** Opens (or returns) the profile's database and starts syncing it. */
export function openProfileDatabase(userId: string): Promise<PowerSyncDatabase> {
  return serialized(async () => {
    if (current?.userId === userId) {
      await current.ready;
      return current.db;
    }
    await closeCurrent();
    // A profile removed earlier in this page and signed in again: its file is in use again.
    writeTrash(readTrash().filter((id) => id !== userId));
    void releasePushUnlessOwner(userId).catch(() => undefined);
    const db = new PowerSyncDatabase({ schema: appSchema, database: { dbFilename: dbFilename(userId) } });
    const ready = db.init();
    current = { userId, db, ready };
    await ready;
    // connect() resolves once the sync worker took the connection over; it retries on its own
    // while the server is unreachable, so an offline start never blocks here.
    void db.connect(new SyncConnector(session), { retryDelayMs: 3_000, crudUploadThrottleMs: 300 }).catch((error: unknown) => {
      console.warn('sync connect failed', error);
    });
    return db;
  });
}

async function closeCurrent(): Promise<void> {
  if (!current) return;
  const { db } = current;
  current = null;
  await db.disconnect().catch(() => undefined);
  await db.close().catch(() => undefined);
}

/** Closes the open profile database (sign-out, profile switch). */
export function closeProfileDatabase(): Promise<void> {
  return serialized(closeCurrent);
}

/** How long start-up waits for IndexedDB to delete one database before moving on (ms). */
const DELETE_WAIT_MS = 3_000;

/**
 * Marks the profile's file for deletion at the next start, synchronously, so a page closed while
 * an erasure is under way still deletes it.
 */
export function markForDeletion(userId: string): void {
  const trash = readTrash();
  if (!trash.includes(userId)) writeTrash([...trash, userId]);
}

/** Closes the profile's database if open and marks its file for deletion at the next start. */
export function deleteProfileDatabase(userId: string): Promise<void> {
  return serialized(async () => {
    if (current?.userId === userId) await closeCurrent();
    const trash = readTrash();
    if (!trash.includes(userId)) writeTrash([...trash, userId]);
    // The learner snapshot is derived from this database: it goes now (and again at the purge).
    await deleteSnapshot(userId, DELETE_WAIT_MS);
  });
}

/**
 * The account was deleted on the server: empties the profile's database now if it is open (rows
 * and pending uploads), closes it, and deletes its file (now, or at the next start if blocked).
 */
export async function eraseProfileDatabase(userId: string): Promise<void> {
  markForDeletion(userId);
  await serialized(async () => {
    if (current?.userId !== userId) {
      // Closed already (the session ended first): open it once more just to empty it, so the rows
      // are gone even if deleting the file has to wait for the next start.
      await closeCurrent();
      const db = new PowerSyncDatabase({ schema: appSchema, database: { dbFilename: dbFilename(userId) } });
      current = { userId, db, ready: db.init() };
      await current.ready.catch(() => undefined);
    }
    await current?.db.disconnectAndClear().catch((error: unknown) => console.warn('could not clear the local database', error));
    await closeCurrent();
    const trash = readTrash();
    if (!trash.includes(userId)) writeTrash([...trash, userId]);
  });
  await purgeRemovedDatabases(new Set());
}

/**
 * Start-up: deletes the files of removed profiles, except any profile that came back (`keep`).
 * Runs before any database opens; a delete that is blocked (another tab) is retried next time.
 */
export function purgeRemovedDatabases(keep: ReadonlySet<string>): Promise<void> {
  return serialized(async () => {
    const remaining: string[] = [];
    for (const userId of readTrash()) {
      if (keep.has(userId) || current?.userId === userId) continue;
      const deleted = await new Promise<boolean>((resolve) => {
        const timeout = setTimeout(() => resolve(false), DELETE_WAIT_MS);
        const request = indexedDB.deleteDatabase(dbFilename(userId));
        request.onsuccess = () => {
          clearTimeout(timeout);
          resolve(true);
        };
        request.onerror = () => {
          clearTimeout(timeout);
          resolve(false);
        };
      });
      // The profile's learner snapshot (derived from its database) goes with it.
      const snapshotDeleted = await deleteSnapshot(userId, DELETE_WAIT_MS);
      if (!deleted || !snapshotDeleted) remaining.push(userId);
    }
    writeTrash(remaining);
  });
}
