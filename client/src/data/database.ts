import { PowerSyncDatabase } from '@powersync/web';
import { session } from './current-session.ts';
import { WebConnector } from './connector.ts';
import { appSchema } from './schema.ts';

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
    const db = new PowerSyncDatabase({ schema: appSchema, database: { dbFilename: dbFilename(userId) } });
    const ready = db.init();
    current = { userId, db, ready };
    await ready;
    // connect() resolves once the sync worker took the connection over; it retries on its own
    // while the server is unreachable, so an offline start never blocks here.
    void db.connect(new WebConnector(session), { retryDelayMs: 3_000, crudUploadThrottleMs: 300 }).catch((error: unknown) => {
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
