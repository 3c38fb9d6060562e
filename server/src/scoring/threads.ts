import { Worker } from 'node:worker_threads';
import type { Database } from '../db/database.ts';
import type { BacklogClaim } from './scoring.ts';

/**
 * Scoring threads: backlog drains whose JavaScript runs off the event loop.
 *
 * A batch of 2,000 sittings costs about 0.3 s of JavaScript (decoding the answer events, the
 * shared scorer, encoding the rows to write) between its reads and its writes. Run on the
 * server's event loop, that is 0.3 s in which no request is answered, and two drains share one
 * core for it while the database's share waits. Each thread here has its own connection and
 * scoring instance and claims batches the way the in-process drain does (SKIP LOCKED), so the
 * threads of every process share one backlog; the event loop only passes messages.
 *
 * Postgres only: the embedded PGlite is one session inside the server process, which no other
 * thread can use (there, scoring runs in process as before).
 */

/** Something that claims and scores one batch of the backlog (in process, or on a thread). */
export interface BacklogScorer {
  scoreBacklog(limit?: number): Promise<BacklogClaim>;
}

export interface ScoringThreads extends BacklogScorer {
  readonly size: number;
  /**
   * Ends every thread once its claim in flight is done (each closes its connections); a claim
   * still running after `deadlineMs` (default 10 s) is cut: its thread is terminated, its
   * connection dropped, so Postgres rolls its transaction back and its sittings are claimable
   * again, and the claim fails.
   */
  close(deadlineMs?: number): Promise<void>;
}

export type ThreadRequest = { op: 'score'; id: number; limit?: number } | { op: 'close' };
/** An error as it crosses from a thread: its message, stack and the database's fields, if any. */
export interface ThreadError {
  message: string;
  stack?: string;
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
  schema?: string;
  where?: string;
}
export type ThreadReply = { id: number; result: BacklogClaim } | { id: number; error: ThreadError };

interface Slot {
  worker: Worker;
  pending: { id: number; resolve: (r: BacklogClaim) => void; reject: (e: Error) => void } | null;
  exited: Promise<void>;
}

const BOOT = new URL('./thread-boot.mjs', import.meta.url);
const ENTRY = new URL('./scoring-thread.ts', import.meta.url).href;

/**
 * The scoring threads a process that works jobs starts: `size` (SCORING_THREADS) on Postgres;
 * none (null: scoring on the event loop) when `size` is 0 or the database is the embedded PGlite.
 */
export function scoringThreadsFor(db: Pick<Database, 'url' | 'kind'>, size: number): ScoringThreads | null {
  return db.kind === 'postgres' && size > 0 ? startScoringThreads(db, size) : null;
}

/**
 * Starts `size` scoring threads against the database at `db.url`. A claim goes to an idle
 * thread, or waits for one; a thread that dies fails its claim (the job is retried, and what it
 * had not committed is claimable again) and is replaced on the next claim.
 */
export function startScoringThreads(db: Pick<Database, 'url' | 'kind'>, size: number): ScoringThreads {
  if (db.kind !== 'postgres') throw new Error('scoring threads need Postgres (DATABASE_URL): the embedded PGlite is one session of the server process');
  if (!Number.isInteger(size) || size < 1) throw new Error(`scoring threads: size must be a positive integer, got ${size}`);
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  const waiting: { limit: number | undefined; resolve: (r: BacklogClaim) => void; reject: (e: Error) => void }[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (index: number): Slot => {
    const worker = new Worker(BOOT, { workerData: { url: db.url, entry: ENTRY } });
    // An idle thread does not keep the process alive; one with a claim in flight does.
    worker.unref();
    const slot: Slot = {
      worker,
      pending: null,
      exited: new Promise((resolve) => worker.once('exit', () => resolve())),
    };
    const fail = (error: Error) => {
      const p = slot.pending;
      slot.pending = null;
      if (slots[index] === slot) slots[index] = null;
      p?.reject(error);
      dispatch();
    };
    worker.on('message', (reply: ThreadReply) => {
      const p = slot.pending;
      if (!p || p.id !== reply.id) return;
      slot.pending = null;
      worker.unref();
      if ('result' in reply) p.resolve(reply.result);
      else p.reject(Object.assign(new Error(reply.error.message), reply.error));
      dispatch();
    });
    worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => fail(new Error(`scoring thread exited (code ${code})`)));
    return slot;
  };

  const dispatch = () => {
    while (waiting.length > 0 && !closed) {
      let index = slots.findIndex((s) => s !== null && s.pending === null);
      if (index < 0) index = slots.indexOf(null);
      if (index < 0) return;
      const slot = slots[index] ?? (slots[index] = spawn(index));
      const next = waiting.shift()!;
      const id = nextId++;
      slot.pending = { id, resolve: next.resolve, reject: next.reject };
      slot.worker.ref();
      slot.worker.postMessage({ op: 'score', id, limit: next.limit } satisfies ThreadRequest);
    }
  };

  return {
    size,
    scoreBacklog(limit) {
      if (closed) return Promise.reject(new Error('scoring threads are closed'));
      return new Promise<BacklogClaim>((resolve, reject) => {
        waiting.push({ limit, resolve, reject });
        dispatch();
      });
    },
    async close(deadlineMs = 10_000) {
      closed = true;
      for (const w of waiting.splice(0)) w.reject(new Error('scoring threads are closed'));
      const until = Date.now() + deadlineMs;
      const live = slots.filter((s): s is Slot => s !== null);
      // A claim in flight finishes (its transaction commits or rolls back) before the thread
      // ends, unless the deadline passes first (a stalled claim must not hold up a shutdown).
      await Promise.all(
        live.map(async (slot) => {
          while (slot.pending && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
          if (!slot.pending) {
            slot.worker.postMessage({ op: 'close' } satisfies ThreadRequest);
            await Promise.race([slot.exited, new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now())).unref())]);
          }
          await slot.worker.terminate();
        }),
      );
    },
  };
}
