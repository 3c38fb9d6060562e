import type pg from 'pg';
import type { RankOptions, RankResult } from '../scoring/rank-benchmark.ts';
import { SCORE_BATCH, scoringFor, type BacklogClaim } from '../scoring/scoring.ts';
import type { BacklogScorer } from '../scoring/threads.ts';
import type { CommitHook } from '../sync/upload/hooks.ts';
import type { JobDefinition, JobQueue } from './queue.ts';

/**
 * Scoring and benchmark jobs. Every handler does its writes in one transaction per unit of work
 * (a sitting, a batch, a benchmark, a publish chunk) and is idempotent; follow-up jobs are sent
 * only after the transaction committed (never while it is open: PGlite is one session).
 */

export const JOB = {
  scoreSitting: 'scoring.sitting',
  drain: 'scoring.backlog',
  sweep: 'scoring.sweep',
  rank: 'benchmark.rank',
  publish: 'benchmark.publish',
} as const;

/** Sittings scored per transaction by the sweep. */
export const SWEEP_BATCH = 500;
/** Sittings whose responses one publish transaction writes. */
export const PUBLISH_BATCH = 1000;

/**
 * Queues the scoring of one sitting (e.g. a rescore someone asked for). Duplicates while one is
 * waiting collapse (stately queue). Uploads do not need it: their hook queues the backlog drains.
 */
export async function enqueueSittingScoring(queue: Pick<JobQueue, 'send'>, sittingId: string): Promise<void> {
  await queue.send(JOB.scoreSitting, { sittingId }, { singletonKey: sittingId, priority: 10 });
}

/**
 * Parallel drains of the scoring backlog: the drain job with these keys claims batches of pending
 * sittings until the backlog is empty. Two per process (the job's concurrency); any number of
 * processes share the backlog through SKIP LOCKED claims.
 */
export const DRAIN_KEYS = ['backlog:0', 'backlog:1'] as const;

/**
 * Scoring's subscription to uploads: once an upload committed, the backlog drains are queued
 * (stately: while one waits per key, further sends collapse into it, so a class submitting at
 * once costs a few sends, not one job per sitting). The drain finds everything the upload made
 * pending: a new submission, a scored sitting an answer arrived for, or whose submission was
 * edited (both mark its score stale by trigger). The scoring sweep catches any that a failed
 * enqueue missed.
 */
export function scoreOnUpload(queue: Pick<JobQueue, 'send'>): CommitHook {
  return {
    name: 'scoring',
    tables: ['test_sittings', 'attempts'],
    async run(rows) {
      const touches = rows.some((row) => row.table === 'test_sittings' || (row.table === 'attempts' && typeof row.data.sitting_id === 'string'));
      if (!touches) return;
      for (const key of DRAIN_KEYS) await queue.send(JOB.drain, {}, { singletonKey: key, priority: 10 });
    },
  };
}

/**
 * Drains the scoring backlog: batches of `batch` claimed sittings, one transaction each, until a
 * claim comes back short (the backlog was empty when it ran; what arrives later queues another
 * drain). Returns how many sittings it scored and the benchmarks to re-rank. `scoring`: where the
 * claims are scored (scoring threads, see scoring/threads.ts); by default in this process.
 */
export async function drainBacklog(
  pool: pg.Pool,
  batch = SCORE_BATCH,
  scoring: BacklogScorer = scoringFor(pool),
  onBatch?: (committed: BacklogClaim) => Promise<void>,
): Promise<{ scored: number; changed: number; rerank: string[] }> {
  const out = { scored: 0, changed: 0, rerank: new Set<string>() };
  for (;;) {
    const r = await scoring.scoreBacklog(batch);
    // What this batch committed is followed up at once (re-rankings, summaries), so a later
    // batch that fails does not take its follow-ups with it.
    if (onBatch) await onBatch(r);
    out.scored += r.scored;
    out.changed += r.changed.length;
    for (const id of r.rerank) out.rerank.add(id);
    if (r.claimed < batch) return { scored: out.scored, changed: out.changed, rerank: [...out.rerank] };
  }
}

/** Schedules the ranking of a benchmark for `afterS` seconds from now (0: at once). */
export async function enqueueBenchmarkRanking(queue: Pick<JobQueue, 'send'>, benchmarkId: string, afterS = 0): Promise<void> {
  await queue.send(JOB.rank, { benchmarkId }, { singletonKey: benchmarkId, ...(afterS > 0 ? { startAfterS: Math.ceil(afterS) } : {}) });
}

type Sender = Pick<JobQueue, 'send'> | null;

/** Scores one batch in its own transaction and queues the re-rankings it calls for. */
export async function scoreBatch(pool: pg.Pool, ids: readonly string[], queue: Sender): Promise<{ changed: number; rerank: string[] }> {
  const outcome = await scoringFor(pool).scoreSittings(ids);
  for (const id of outcome.rerank) if (queue) await enqueueBenchmarkRanking(queue, id);
  return { changed: outcome.changed.length, rerank: outcome.rerank };
}

/**
 * One sweep: sittings never scored or made stale by late attempts, claimed in batches (SKIP
 * LOCKED, so sweeps on several workers share a backlog instead of colliding); and benchmarks past
 * their deadline that are not released, or have unpublished responses.
 */
export async function sweep(pool: pg.Pool, queue: Sender, maxBatches = 20, scoring: BacklogScorer = scoringFor(pool)): Promise<{ scored: number }> {
  let scored = 0;
  for (let i = 0; i < maxBatches; i++) {
    const r = await scoring.scoreBacklog(SWEEP_BATCH);
    if (r.claimed === 0) break;
    scored += r.scored;
    for (const id of r.rerank) if (queue) await enqueueBenchmarkRanking(queue, id);
    if (r.changed.length === 0 && r.claimed < SWEEP_BATCH) break;
  }
  const q = queue;
  if (q) {
    const due = await pool.query<{ id: string; released: boolean }>(
      `SELECT id, status = 'released' AND NOT EXISTS (SELECT 1 FROM sitting_scores sc WHERE sc.benchmark_id = b.id AND sc.state = 'counted' AND sc.scored_at > b.ranked_at) AS released
         FROM benchmarks b
        WHERE (status = 'scheduled' AND now() >= closes_at + make_interval(secs => grace_s))
           OR (status = 'released' AND EXISTS (SELECT 1 FROM sitting_scores sc WHERE sc.benchmark_id = b.id AND sc.state = 'counted'
                                                 AND (sc.scored_at > b.ranked_at OR NOT sc.responses_published)))`,
    );
    for (const b of due.rows) {
      if (b.released) await q.send(JOB.publish, { benchmarkId: b.id }, { singletonKey: b.id });
      else await enqueueBenchmarkRanking(q, b.id);
    }
  }
  return { scored };
}

/** Ranks a benchmark (one transaction), then queues publication of per-question responses. */
export async function rankJob(pool: pg.Pool, benchmarkId: string, queue: Sender, opts: RankOptions = {}): Promise<RankResult> {
  const result = await scoringFor(pool).rankBenchmark(benchmarkId, opts);
  const q = queue;
  if (result.ranked && result.responsesPending && q) await q.send(JOB.publish, { benchmarkId }, { singletonKey: benchmarkId });
  return result;
}

/** Publishes all pending per-question responses of a benchmark, one transaction per chunk. */
export async function publishJob(pool: pg.Pool, benchmarkId: string, chunk = PUBLISH_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await scoringFor(pool).publishResponses(benchmarkId, chunk);
    if (n === 0) return total;
    total += n;
  }
}

/**
 * The scoring jobs. `afterScoring`: a job sent (without data) whenever scoring changed a result,
 * e.g. the cohort summary refresh, so coaches see a sitting within seconds; it must be registered
 * on the same queue. `backlog`: where the drain and the sweep score their claims (the process's
 * scoring threads on Postgres); by default on the event loop.
 */
export function scoringJobs(pool: pg.Pool, opts: RankOptions = {}, afterScoring?: string, backlog?: BacklogScorer): JobDefinition<never>[] {
  const scoreSitting: JobDefinition<{ sittingId: string }> = {
    name: JOB.scoreSitting,
    policy: 'stately',
    concurrency: 2,
    retryDelayS: 2,
    handler: async ({ sittingId }, { queue }) => {
      const r = await scoreBatch(pool, [sittingId], queue);
      if (r.changed > 0 && queue && afterScoring) await queue.send(afterScoring, {});
    },
  };
  const drain: JobDefinition = {
    name: JOB.drain,
    policy: 'stately',
    concurrency: DRAIN_KEYS.length,
    retryDelayS: 2,
    expireInSeconds: 900,
    handler: async (_data, { queue }) => {
      await drainBacklog(pool, SCORE_BATCH, backlog, async (r) => {
        for (const id of r.rerank) if (queue) await enqueueBenchmarkRanking(queue, id);
        if (r.changed.length > 0 && queue && afterScoring) await queue.send(afterScoring, {});
      });
    },
  };
  const sweepJob: JobDefinition = {
    name: JOB.sweep,
    cron: '* * * * *',
    policy: 'stately',
    expireInSeconds: 600,
    handler: async (_data, { queue }) => {
      const r = await sweep(pool, queue, 20, backlog);
      if (r.scored > 0 && queue && afterScoring) await queue.send(afterScoring, {});
    },
  };
  const rank: JobDefinition<{ benchmarkId: string }> = {
    name: JOB.rank,
    policy: 'stately',
    expireInSeconds: 900,
    handler: async ({ benchmarkId }, { queue }) => {
      await rankJob(pool, benchmarkId, queue, opts);
    },
  };
  const publish: JobDefinition<{ benchmarkId: string }> = {
    name: JOB.publish,
    policy: 'stately',
    expireInSeconds: 3600,
    handler: async ({ benchmarkId }) => {
      await publishJob(pool, benchmarkId);
    },
  };
  return [scoreSitting, drain, sweepJob, rank, publish] as JobDefinition<never>[];
}
