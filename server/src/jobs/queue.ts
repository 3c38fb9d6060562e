import PgBoss from 'pg-boss';
import type pg from 'pg';

/**
 * A job: a named, idempotent handler. Running it twice with the same data changes nothing the
 * second time, and it writes in one transaction, so a job killed mid-run leaves no partial result.
 */
export interface JobDefinition<T extends object = Record<string, unknown>> {
  name: string;
  /** Retries after the first failure (seed: 3), with exponential backoff from `retryDelayS`. */
  retryLimit?: number;
  retryDelayS?: number;
  /** Parallel jobs of this kind per worker process. */
  concurrency?: number;
  /**
   * Jobs fetched per poll and run in parallel (default 1). pg-boss fails or completes a fetched
   * batch as a whole, so only handlers that are idempotent per job may use more than 1: one
   * failure retries the batch's other jobs too.
   */
  batchSize?: number;
  /** Cron expression (UTC) for scheduled jobs. */
  cron?: string;
  /** Seconds after which a running job counts as lost and is retried. */
  expireInSeconds?: number;
  /**
   * pg-boss queue policy. `stately` keeps at most one waiting and one running job per
   * singletonKey (a duplicate `send` returns null), which is what per-entity jobs want; the
   * default `standard` ignores singletonKey unless a throttle is given.
   */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  /** `ctx.queue` sends follow-up jobs (call it after the handler's transaction committed). */
  handler: (data: T, ctx: { jobId: string; attempt: number; queue: Pick<JobQueue, 'send' | 'insert'> }) => Promise<void>;
}

export interface JobQueue {
  /** Enqueues a job; `singletonKey` collapses duplicates waiting in the queue. Returns its id. */
  send(name: string, data: object, opts?: { priority?: number; singletonKey?: string; startAfterS?: number }): Promise<string | null>;
  /** Enqueues many jobs of one kind in one statement (the queue's retry and dead-letter policy applies). */
  insert(name: string, data: object[]): Promise<void>;
  /** Starts polling and working the given definitions in this process. */
  work(): Promise<void>;
  stop(): Promise<void>;
  boss: PgBoss;
}

export const DEAD_LETTER_SUFFIX = '__dead';

/**
 * The Postgres-backed queue (pg-boss 10, which runs on Node 20; its tables live in schema
 * `pgboss`). It shares the app's pool, so it works unchanged on PGlite and on Postgres.
 */
export async function createJobQueue(pool: pg.Pool, definitions: JobDefinition<never>[], opts: { pollingIntervalS?: number } = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    db: {
      // pg-boss can still complete or fail an in-flight job after stop() returned. Once our pool
      // has ended that bookkeeping is moot (an unfinished job expires and is retried by the next
      // process), and a rejection here would surface inside pg-boss as an unhandled one; an
      // answer of any shape would be misread as data. So such a call never settles.
      executeSql: (text: string, values: unknown[]) =>
        pool.ending || pool.ended ? new Promise<never>(() => undefined) : pool.query(text, values),
    },
    schema: 'pgboss',
    // Maintenance and cron monitoring stay on; intervals are pg-boss's defaults.
    supervise: true,
    schedule: definitions.some((d) => d.cron !== undefined),
  });
  boss.on('error', (error: Error) => console.error(`job queue: ${error.message}`));
  await boss.start();
  for (const d of definitions) {
    const dead = `${d.name}${DEAD_LETTER_SUFFIX}`;
    await ensureQueue(boss, dead, {});
    await ensureQueue(boss, d.name, {
      ...(d.policy !== undefined ? { policy: d.policy } : {}),
      retryLimit: d.retryLimit ?? 3,
      retryDelay: d.retryDelayS ?? 2,
      retryBackoff: true,
      expireInSeconds: d.expireInSeconds ?? 300,
      deadLetter: dead,
    });
    if (d.cron) await boss.schedule(d.name, d.cron, {}, { tz: 'UTC' });
  }
  const send: JobQueue['send'] = (name, data, o = {}) =>
    boss.send(name, data, {
      ...(o.priority !== undefined ? { priority: o.priority } : {}),
      ...(o.singletonKey !== undefined ? { singletonKey: o.singletonKey } : {}),
      ...(o.startAfterS !== undefined ? { startAfter: o.startAfterS } : {}),
    });
  const insert: JobQueue['insert'] = async (name, data) => {
    if (data.length > 0) await boss.insert(data.map((d) => ({ name, data: d })));
  };
  return {
    boss,
    send,
    insert,
    async work() {
      for (const d of definitions) {
        for (let i = 0; i < (d.concurrency ?? 1); i++) {
          await boss.work<object>(d.name, { batchSize: d.batchSize ?? 1, pollingIntervalSeconds: opts.pollingIntervalS ?? 2, includeMetadata: true }, async (jobs) => {
            const run = (job: (typeof jobs)[number]) => d.handler(job.data as never, { jobId: job.id, attempt: job.retryCount, queue: { send, insert } });
            if (jobs.length === 1) return run(jobs[0]!);
            // Every job of the batch finishes before the batch is failed, so none is cut off mid-send.
            const settled = await Promise.allSettled(jobs.map(run));
            const failed = settled.find((r) => r.status === 'rejected');
            if (failed) throw failed.reason;
          });
        }
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  const existing = await boss.getQueue(name);
  if (existing) await boss.updateQueue(name, { name, ...options });
  else await boss.createQueue(name, { name, ...options });
}
