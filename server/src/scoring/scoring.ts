import type pg from 'pg';
import { withTransaction } from '../db/database.ts';
import { engineContextCache, type EngineContextSource, type Queryable } from './content.ts';
import { decideBatch, type Decisions, type LoadedBatch } from './decide.ts';
import { refreshMastery } from './mastery.ts';
import { publishBenchmarkResponses, rankBenchmark, type RankOptions, type RankResult } from './rank-benchmark.ts';
import { loadBatch, writeDecisions } from './sittings-store.ts';

/**
 * Authoritative scoring of one database: load → decide (pure, the shared sitting scorer) →
 * write, per batch of sittings. The instance owns what would otherwise be threaded through
 * every call (the engine-context cache mastery folds need), so callers hold one per pool.
 */

export interface ScoreOutcome {
  /** Sittings whose stored result changed. */
  changed: string[];
  /** Released benchmarks whose standings must be recomputed. */
  rerank: string[];
}

/** One claim of the backlog: what it changed, how many sittings it claimed and how many of those it scored. */
export type BacklogClaim = ScoreOutcome & { claimed: number; scored: number };

export interface ScoreOptions {
  /**
   * Publish per-question responses (and refresh mastery) of released benchmark sittings now
   * (default). Ranking passes false and leaves them to the chunked publish job.
   */
  publishResponses?: boolean;
}

export interface Scoring {
  /**
   * Scores the given sittings (ids that are not submitted are ignored), in batches of
   * `SCORE_BATCH`, one transaction each: for callers that name sittings (the `scoring.sitting`
   * job). Uploads go through `scoreBacklog` (the drain job their commit hook queues).
   */
  scoreSittings(ids: readonly string[], opts?: ScoreOptions): Promise<ScoreOutcome>;
  /** The same inside the caller's transaction (one batch, whatever its size). */
  scoreSittingsIn(db: Queryable, ids: readonly string[], opts?: ScoreOptions): Promise<ScoreOutcome>;
  /**
   * Claims up to `limit` sittings that were submitted and never scored, or made stale, and
   * scores them in one transaction. Claims skip rows another worker holds (SKIP LOCKED), so any
   * number of workers can drain a backlog in parallel without scoring a sitting twice at once.
   * Returns how many it claimed (0: nothing left) and how many of those it scored. A claim that
   * fails with a deadlock or a serialization failure was rolled back whole (its sittings are
   * claimable again) and is claimed again, up to three times.
   */
  scoreBacklog(limit?: number): Promise<BacklogClaim>;
  /** Ranks a released-due benchmark in one transaction (see rank-benchmark.ts). */
  rankBenchmark(benchmarkId: string, opts?: RankOptions): Promise<RankResult>;
  /** Publishes up to `limit` ranked sittings' per-question responses in one transaction; returns how many. */
  publishResponses(benchmarkId: string, limit: number): Promise<number>;
  /** Recomputes the mastery of students inside the caller's transaction. */
  refreshMastery(db: Queryable, studentIds: readonly string[]): Promise<number>;
}

/** Sittings per scoring transaction: large enough that per-query costs vanish, small enough to keep locks short. */
export const SCORE_BATCH = 2000;

/**
 * A scoring (or ranking) transaction. Postgres's JIT is off inside it: a batch's statements are
 * estimated expensive enough to be compiled, and compiling them cost 0.25 s of CPU per batch of
 * 2,000 (over a third of the database's share) for statements that run in a fraction of that.
 */
export function withScoringTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withTransaction(pool, async (c) => {
    await c.query('SET LOCAL jit = off');
    return fn(c);
  });
}

export function createScoring(pool: pg.Pool): Scoring {
  const contextOf: EngineContextSource = engineContextCache();

  async function scoreSittingsIn(db: Queryable, ids: readonly string[], opts: ScoreOptions = {}): Promise<ScoreOutcome> {
    if (ids.length === 0) return { changed: [], rerank: [] };
    const batch = await loadBatch(db, ids);
    if (batch.sittings.length === 0) return { changed: [], rerank: [] };
    const decisions = decideBatch(batch, { publishResponses: opts.publishResponses ?? true });
    // The dashboard versions (migration 024) of every student whose dashboard this batch changes,
    // moved first and in one id order: each write below moves them again by trigger, one
    // statement at a time (results, then mastery), so two drains scoring sittings of the same
    // students locked their version rows in opposite orders and deadlocked (bulk-scoring test,
    // two parallel drains). Holding them all from the start, in order, leaves nothing to wait for later.
    await lockDashboards(db, batch, decisions);
    const removed = await writeDecisions(db, decisions, batch.benchmarks);
    // Scored now (or unchanged): no longer a pending submission.
    await db.query('UPDATE sitting_submissions SET pending = false WHERE sitting_id = ANY($1::uuid[]) AND pending', [batch.sittings.map((s) => s.id)]);
    const students = [...new Set(decisions.results.filter((r) => r.responses !== null).map((r) => r.student_id))];
    if (students.length > 0) await refreshMastery(db, contextOf, students);
    return { changed: decisions.changed, rerank: [...new Set([...decisions.rerank, ...removed])] };
  }

  /** One claim of the backlog and its scoring, in one transaction (see `Scoring.scoreBacklog`). */
  function claimAndScore(limit: number): Promise<BacklogClaim> {
    return withScoringTransaction(pool, async (c) => {
      // Never scored (pending) first, then stale: each claim is an ordered scan of its own
      // partial index that stops at the limit, so it costs what it claims. (One query joining
      // both sets let the planner probe the whole pending set once per submission.)
      const { rows } = await c.query<{ sitting_id: string }>(
        `SELECT sitting_id FROM sitting_submissions WHERE pending ORDER BY received_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length < limit) {
        const stale = await c.query<{ sitting_id: string }>(
          `SELECT sub.sitting_id FROM sitting_scores sc JOIN sitting_submissions sub ON sub.sitting_id = sc.sitting_id
            WHERE sc.stale AND NOT sub.pending
            ORDER BY sub.received_at
            LIMIT $1
              FOR UPDATE OF sub SKIP LOCKED`,
          [limit - rows.length],
        );
        rows.push(...stale.rows);
      }
      // A worker that committed while this claim was scanning may have scored some of these
      // already (the lock was free again, and the claim's snapshot predates that commit): a
      // fresh statement sees its commit, so only what still needs scoring goes on.
      const { rows: open } = await c.query<{ id: string }>(
        `SELECT k.id FROM unnest($1::uuid[]) AS k(id)
          WHERE NOT EXISTS (SELECT 1 FROM sitting_scores sc WHERE sc.sitting_id = k.id AND NOT sc.stale)`,
        [rows.map((x) => x.sitting_id)],
      );
      const r = await scoreSittingsIn(c, open.map((x) => x.id));
      return { ...r, claimed: rows.length, scored: open.length };
    });
  }

  const scoring: Scoring = {
    scoreSittingsIn,
    async scoreSittings(ids, opts) {
      const out: ScoreOutcome = { changed: [], rerank: [] };
      for (let i = 0; i < ids.length; i += SCORE_BATCH) {
        const r = await withScoringTransaction(pool, (c) => scoreSittingsIn(c, ids.slice(i, i + SCORE_BATCH), opts));
        out.changed.push(...r.changed);
        out.rerank.push(...r.rerank);
      }
      out.rerank = [...new Set(out.rerank)];
      return out;
    },
    async scoreBacklog(limit = SCORE_BATCH) {
      for (let retries = 0; ; retries++) {
        try {
          return await claimAndScore(limit);
        } catch (error) {
          const code = (error as { code?: string }).code;
          if ((code !== '40P01' && code !== '40001') || retries >= 3) throw error;
        }
      }
    },
    rankBenchmark(benchmarkId, opts = {}) {
      return withScoringTransaction(pool, (c) => rankBenchmark(c, scoring, benchmarkId, opts));
    },
    publishResponses(benchmarkId, limit) {
      return withScoringTransaction(pool, (c) => publishBenchmarkResponses(c, scoring, benchmarkId, limit));
    },
    refreshMastery(db, studentIds) {
      return refreshMastery(db, contextOf, studentIds);
    },
  };
  return scoring;
}

const instances = new WeakMap<pg.Pool, Scoring>();

/** The scoring instance of a pool (created on first use), for callers that hold only the pool. */
export function scoringFor(pool: pg.Pool): Scoring {
  let s = instances.get(pool);
  if (!s) instances.set(pool, (s = createScoring(pool)));
  return s;
}

/**
 * Moves, in one statement and in id order, the dashboard version of every student whose
 * published results this batch writes or removes (their mastery is refreshed too). Sealed
 * benchmark results are on no dashboard: a batch of those moves nothing.
 */
async function lockDashboards(db: Queryable, batch: LoadedBatch, decisions: Decisions): Promise<void> {
  const students = new Set<string>();
  for (const r of decisions.results) if (r.row.published) students.add(r.student_id);
  if (decisions.unpublish.length > 0) {
    const gone = new Set(decisions.unpublish);
    for (const s of batch.sittings) if (gone.has(s.id)) students.add(s.student_id);
  }
  if (students.size < 2) return;
  await db.query('SELECT dashboard_touch($1::uuid[])', [[...students].sort()]);
}
