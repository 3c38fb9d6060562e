import type { EngineContext, StudentState } from '@cr/shared/engine/index';
import type { DashboardRows } from './learn-queries.ts';

/**
 * The last learner computed on this device, kept in IndexedDB (one database per profile,
 * `cr-learner-<userId>`) so the next app start paints the dashboard from it at once instead of
 * rebuilding the engine context and refolding every attempt first.
 *
 * What a snapshot is good for, and when it is dropped:
 * - it is the exact state the device computed at `nowMs` from the attempts it held then, so every
 *   number painted from it is true as of that instant (the screen says "as of");
 * - it is only reused by the same engine build (`build`: the caller passes the URL of the module
 *   that imports the engine, content-hashed in a production build, so it changes whenever the
 *   engine code changes) and for the same student; anything else reads as no snapshot;
 * - its context is reused for catching up only while the local content's signature is the one it
 *   was built from; a content change rebuilds the context and refolds from the attempts;
 * - the attempts stay the source of truth: a snapshot is never written back to them, so losing or
 *   discarding it loses nothing a student did.
 *
 * The engine state is plain data (maps, sets, typed arrays, records), which IndexedDB stores by
 * structured clone without a custom encoding.
 */

/** Bumped when the stored record's shape changes. */
const FORMAT = 2;
const STORE = 'learner';
const KEY = 'latest';

export interface LearnerSnapshot {
  readonly studentId: string;
  /** The signature the context was built from: content and the student's FSRS parameters (learner.ts `loadEngineContext`). */
  readonly signature: string;
  readonly ctx: EngineContext;
  readonly state: StudentState;
  /** Epoch ms the state was computed at. */
  readonly nowMs: number;
  /**
   * The dashboard's other local rows, read right after the state was computed: painting from the
   * snapshot then waits for no query on the local database (not open yet at app start).
   */
  readonly rows: DashboardRows;
}

interface StoredSnapshot extends LearnerSnapshot {
  readonly format: number;
  readonly build: string;
}

export const snapshotDatabaseName = (userId: string) => `cr-learner-${userId}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(userId: string): Promise<IDBDatabase> {
  const req = indexedDB.open(snapshotDatabaseName(userId), 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** The profile's snapshot if one usable by this build exists; null otherwise (never throws). */
export async function readSnapshot(studentId: string, build: string): Promise<LearnerSnapshot | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const db = await open(studentId);
    try {
      const stored = (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY))) as StoredSnapshot | undefined;
      if (!stored || stored.format !== FORMAT || stored.build !== build || stored.studentId !== studentId) return null;
      return { studentId: stored.studentId, signature: stored.signature, ctx: stored.ctx, state: stored.state, nowMs: stored.nowMs, rows: stored.rows };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Stores the snapshot (replacing the previous one). The structured clone happens synchronously
 * inside `put`, so the caller passes a state that no fold is advancing at that moment.
 */
export async function writeSnapshot(snapshot: LearnerSnapshot, build: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const db = await open(snapshot.studentId);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const stored: StoredSnapshot = { ...snapshot, format: FORMAT, build };
    tx.objectStore(STORE).put(stored, KEY);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('could not store the learner snapshot'));
      tx.onabort = () => reject(tx.error ?? new Error('storing the learner snapshot was aborted'));
    });
  } finally {
    db.close();
  }
}

/** Deletes the profile's snapshot database (profile removed or erased); resolves false if blocked. */
export function deleteSnapshot(userId: string, waitMs = 5_000): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timeout = setTimeout(() => resolve(false), waitMs);
    const req = indexedDB.deleteDatabase(snapshotDatabaseName(userId));
    req.onsuccess = () => {
      clearTimeout(timeout);
      resolve(true);
    };
    req.onerror = () => {
      clearTimeout(timeout);
      resolve(false);
    };
  });
}
