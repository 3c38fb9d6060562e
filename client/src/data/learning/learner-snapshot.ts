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
 * structured clone without a custom encoding. It is kept as two records written together:
 * - `paint`: the state, the dashboard's rows and the context without its per-question indexes
 *   (concepts and graph: all the dashboard's views read). About a hundredth of the whole context,
 *   so the first screen waits only for this one;
 * - `context`: the whole context (tens of thousands of question entries), read after the paint
 *   for the catch-up, which then neither reads the content nor rebuilds the context.
 */

/** Bumped when the stored records' shape changes. */
const FORMAT = 3;
const STORE = 'learner';
const PAINT_KEY = 'paint';
const CONTEXT_KEY = 'context';

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

/**
 * What the first screen paints from. `ctx` has no questions (`questions` and `foldIndex` are
 * empty): good for the views, never for folding an attempt.
 */
export type SnapshotPaint = Omit<LearnerSnapshot, 'signature'>;

/** The whole context of a snapshot, for the catch-up. */
export interface SnapshotContext {
  readonly signature: string;
  readonly ctx: EngineContext;
}

interface Stamp {
  readonly format: number;
  readonly build: string;
  readonly studentId: string;
  /** Pairs the two records of one write. */
  readonly nowMs: number;
}
type StoredPaint = SnapshotPaint & Stamp;
type StoredContext = SnapshotContext & Stamp;

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

/** One stored record, or undefined (no database support, none stored, or a failed read). */
async function get(studentId: string, key: string): Promise<unknown> {
  if (typeof indexedDB === 'undefined') return undefined;
  try {
    const db = await open(studentId);
    try {
      return await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key));
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

const usable = (stored: Stamp | undefined, studentId: string, build: string): boolean =>
  stored !== undefined && stored.format === FORMAT && stored.build === build && stored.studentId === studentId;

/** A paint read started before the engine's code was loaded (`prefetchSnapshot`), used once. */
let prefetched: { studentId: string; read: Promise<unknown> } | null = null;

/**
 * Starts reading the profile's paint record now (the signed-in screen knows the student before
 * the dashboard's code has loaded), so `readSnapshot` finds it read or under way.
 */
export function prefetchSnapshot(studentId: string): void {
  if (prefetched?.studentId !== studentId) prefetched = { studentId, read: get(studentId, PAINT_KEY) };
}

/** The profile's paint record if one usable by this build exists; null otherwise (never throws). */
export async function readSnapshot(studentId: string, build: string): Promise<SnapshotPaint | null> {
  const read = prefetched?.studentId === studentId ? prefetched.read : get(studentId, PAINT_KEY);
  prefetched = null;
  const stored = (await read) as StoredPaint | undefined;
  if (!stored || !usable(stored, studentId, build)) return null;
  return { studentId: stored.studentId, ctx: stored.ctx, state: stored.state, nowMs: stored.nowMs, rows: stored.rows };
}

/** The whole context stored with the paint record of `nowMs`; null if absent or of another write. */
export async function readSnapshotContext(studentId: string, build: string, nowMs: number): Promise<SnapshotContext | null> {
  const stored = (await get(studentId, CONTEXT_KEY)) as StoredContext | undefined;
  if (!stored || !usable(stored, studentId, build) || stored.nowMs !== nowMs) return null;
  return { signature: stored.signature, ctx: stored.ctx };
}

/** The context without its per-question parts, which only a fold reads. */
const paintContext = (ctx: EngineContext): EngineContext => ({ ...ctx, questions: new Map(), foldIndex: new Map() });

/**
 * Stores the snapshot (replacing the previous one) as its two records in one transaction. The
 * structured clone happens synchronously inside `put`, so the caller passes a state that no fold
 * is advancing at that moment.
 */
export async function writeSnapshot(snapshot: LearnerSnapshot, build: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const db = await open(snapshot.studentId);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const stamp: Stamp = { format: FORMAT, build, studentId: snapshot.studentId, nowMs: snapshot.nowMs };
    const paint: StoredPaint = { ...stamp, ctx: paintContext(snapshot.ctx), state: snapshot.state, rows: snapshot.rows };
    const context: StoredContext = { ...stamp, signature: snapshot.signature, ctx: snapshot.ctx };
    tx.objectStore(STORE).put(paint, PAINT_KEY);
    tx.objectStore(STORE).put(context, CONTEXT_KEY);
    // Records of an earlier format would only be ignored: drop them.
    tx.objectStore(STORE).delete('latest');
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
