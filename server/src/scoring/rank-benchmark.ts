import { performance } from 'node:perf_hooks';
import { fullMarksTable, JEE_MAIN_CANDIDATES } from '@cr/shared/engine/index';
import type { Queryable } from './content.ts';
import type { Scoring } from './scoring.ts';

/**
 * Ranking of a benchmark once its window and grace period are over, in one transaction:
 * pending submissions are scored first, then every counted submission gets its NTA percentile
 * (total and per subject, 7 decimals), cohort rank with the NTA tie-breaks and predicted
 * all-India rank (engine), written to test_results; the answer keys are released, the
 * leaderboard rewritten and coaches alerted about students ranked poorly. Rerunning it with the
 * same submissions changes no row.
 */

export interface RankOptions {
  /** Leaderboard size. */
  topN?: number;
  /** Students below this total percentile are flagged for their coaches (0–100). */
  alertPercentile?: number;
  /** National candidate count for the all-India prediction. */
  candidates?: number;
}

export const DEFAULT_TOP_N = 10;
export const DEFAULT_ALERT_PERCENTILE = 10;

export interface RankResult {
  ranked: boolean;
  /** Why not ranked (window still open, cancelled, unknown). */
  reason?: string;
  candidates?: number;
  /** Some counted sitting's per-question responses still need publishing. */
  responsesPending?: boolean;
  /** Milliseconds per phase (printed by `bench:ranking`). */
  phases?: RankPhases;
}

export interface RankPhases {
  /** Release of keys and items; scoring of anything pending or stale. */
  releaseAndScore: number;
  /** Standings of every counted sitting (percentiles, ranks, predicted all-India rank). */
  compute: number;
  /** Standings written into the results, which publishes them (with change capture for sync). */
  publish: number;
  /** Leaderboard, coach alerts, bookkeeping. */
  rest: number;
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/**
 * Full marks per pattern and type from the shared marking rules, as a query parameter: a stored
 * mark equal to full marks is "correct" (partial credit is not), with no constant restated here.
 */
const FULL_MARKS = JSON.stringify(fullMarksTable());

/** Short public name for the class leaderboard: first name and last initial. */
export function displayName(fullName: string | null, rank: number): string {
  const parts = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return `Student #${rank}`;
  const first = parts[0] as string;
  return parts.length > 1 ? `${first} ${(parts[parts.length - 1] as string).charAt(0)}.` : first;
}

/** p7 (percentile × 10⁷, rounded half up) from the running count `<x>_c` at or below a mark and the cohort size n. */
const p7Sql = (x: string): string => `(${x}_c * 1000000000) / n + CASE WHEN 2 * ((${x}_c * 1000000000) % n) >= n THEN 1 ELSE 0 END`;

/** The mark columns of the standings (total, Maths, Physics, Chemistry), in the order of `marks`. */
const MARK_COLUMNS = ['t', 'm', 'p', 'c'] as const;
type MarkColumn = (typeof MARK_COLUMNS)[number];
const MARK_LIST = MARK_COLUMNS.map((x) => `${x}_m`).join(', ');

/**
 * Which rows of `marks` hold one column's histogram: the value of `GROUPING(<MARK_LIST>)` in that
 * column's grouping set. Each argument has a bit, the first the most significant, set when its
 * column is not grouped: every bit but the column's own (t 7, m 11, p 13, c 14).
 */
const groupingOf = (x: MarkColumn): number => {
  const bits = MARK_COLUMNS.length;
  return (2 ** bits - 1) ^ (2 ** (bits - 1 - MARK_COLUMNS.indexOf(x)));
};

/** The running count at or below each distinct mark `<x>_m`, from the one-pass histogram `marks`. */
const runningCount = (x: MarkColumn): string =>
  `SELECT ${x}_m, sum(k) OVER (ORDER BY ${x}_m)::bigint AS ${x}_c FROM marks WHERE g = ${groupingOf(x)}`;

/** Per distinct mark `<x>_m` of one subject: its p7 and the stored percentile p7 / 10⁷ (one CTE). */
const subjectHistogram = (x: 'm' | 'p' | 'c'): string => `${x}_h AS MATERIALIZED (
       SELECT ${x}_m, ${x}_p7, ${x}_p7::numeric / 10000000 AS ${x}_pct
         FROM (SELECT ${x}_m, ${p7Sql(x)} AS ${x}_p7
                 FROM (${runningCount(x)}) h CROSS JOIN cnt) q
     )`;

export async function rankBenchmark(db: Queryable, scoring: Pick<Scoring, 'scoreSittingsIn'>, benchmarkId: string, opts: RankOptions = {}): Promise<RankResult> {
  const { rows: found } = await db.query<{ status: string; due: boolean; standard: number; month: string }>(
    `SELECT status, now() >= closes_at + make_interval(secs => grace_s) AS due, standard, month FROM benchmarks WHERE id = $1 FOR UPDATE`,
    [benchmarkId],
  );
  const b = found[0];
  if (!b) return { ranked: false, reason: 'unknown benchmark' };
  if (b.status === 'cancelled') return { ranked: false, reason: 'cancelled' };
  // Security: nothing (scores, keys, standings) leaves before the window and grace are over.
  if (!b.due) return { ranked: false, reason: 'window still open' };

  const t0 = performance.now();
  // JIT compilation of the statements below costs more than it saves (see withScoringTransaction).
  await db.query('SET LOCAL jit = off');
  // Release first, so sittings scored below are published as final results.
  await db.query(
    `UPDATE benchmarks SET status = 'released', released_at = coalesce(released_at, now()), updated_at = now() WHERE id = $1 AND status <> 'released'`,
    [benchmarkId],
  );
  await db.query(
    `UPDATE benchmark_answer_keys SET released = true, released_at = greatest(now(), window_closes_at) WHERE benchmark_id = $1 AND NOT released`,
    [benchmarkId],
  );
  // After release the items join the public bank for practice.
  await db.query(
    `INSERT INTO questions (id, subject, primary_concept_id, secondary_concept_ids, type, text, options, answer, tolerance, explanation,
                            difficulty, source, year, image_urls)
     SELECT id, subject, primary_concept_id, secondary_concept_ids, type, text, options, answer, tolerance, explanation, difficulty, source, year, image_urls
       FROM benchmark_bank WHERE used_by = $1
     ON CONFLICT (id) DO NOTHING`,
    [benchmarkId],
  );

  // Score what is pending or stale, in batches (already released: their score columns are
  // published at once; responses wait for the publish job).
  let previous = '';
  for (;;) {
    // Never scored or stale, each found through a partial index that holds only what is left to
    // do, so right after a burst this costs next to nothing. A submission never scored is pending
    // (recorded so by trigger, cleared with its first result), so the never-scored are the
    // pending without a score. The pending ids are read first and passed as a list: joined in
    // one statement, the planner (whose statistics a burst has just made stale) scanned every
    // sitting of the cohort and hashed every score instead, 0.3-0.4 s for 100,000.
    const { rows: pending } = await db.query<{ sitting_id: string }>('SELECT sitting_id FROM sitting_submissions WHERE pending');
    const { rows } = await db.query<{ id: string }>(
      `(SELECT s.id FROM test_sittings s
         WHERE s.id = ANY($2::uuid[]) AND s.test_id = $1 AND s.test_type = 'MONTHLY' AND s.status = 'submitted'
           AND NOT EXISTS (SELECT 1 FROM sitting_scores sc WHERE sc.sitting_id = s.id)
         LIMIT 2000)
       UNION ALL
       (SELECT s.id FROM sitting_scores sc JOIN test_sittings s ON s.id = sc.sitting_id
         WHERE sc.stale AND sc.test_id = $1 AND s.test_type = 'MONTHLY' AND s.status = 'submitted'
         LIMIT 2000)`,
      [benchmarkId, pending.map((r) => r.sitting_id)],
    );
    if (rows.length === 0) break;
    const batch = rows.map((r) => r.id).join();
    if (batch === previous) throw new Error(`benchmark ${benchmarkId}: scoring made no progress`);
    previous = batch;
    await scoring.scoreSittingsIn(db, rows.map((r) => r.id), { publishResponses: false });
  }

  // Rank set-based in SQL (one pass over the counted sittings, no rows through JS): the engine's
  // rules (shared/src/engine/scoring/ranking.ts, percentile.ts) restated with window functions and
  // kept identical by tests/jobs/rank-fast.pg.test.ts (property test against rankSubmissions):
  // * NTA percentile = 100 × (count scoring ≤ you) / n, rounded half up to 7 decimals in integer
  //   arithmetic (percentileOf): p7 = ⌊c·10⁹ / n⌋ (+1 when the remainder is ≥ n/2).
  // * Order: total, Maths, Physics, Chemistry percentile descending (equal percentile ⇔ equal
  //   marks: c differs by ≥ 1 between distinct marks and 100/n > 10⁻⁷ for n < 10⁹), then the
  //   wrong/right ratios (0 when no wrong, +∞ when wrong and no right) ascending; rank() gives
  //   equal rank to a full tie and 1 + the number strictly ahead otherwise.
  // * Predicted all-India rank: min(C, max(1, ⌊(100 − p)·C / 100 + 10⁻⁹⌋ + 1)) in float8, the
  //   same IEEE operations as predictAllIndiaRank.
  const t1 = performance.now();
  const candidatesOf = opts.candidates ?? JEE_MAIN_CANDIDATES;
  // Sorts of 100k narrow rows stay in memory (the default 4MB would spill them to disk).
  await db.query(`SET LOCAL work_mem = '128MB'`);
  // Hash joins and hashed histograms only: right after a deadline burst sitting_scores has no
  // statistics yet, and the planner, expecting one counted row, nests loops over the histograms
  // (quadratic in the cohort: 50 s for 10,000 sittings where hash joins take well under one) or,
  // with nested loops off, sorts the whole cohort once per merge join and per histogram (four
  // times each, where hashing the few hundred distinct marks is enough). Sorting stays possible
  // where nothing else can do (the rank's order, each histogram's running sum over its marks):
  // turned off it is only priced out of the other choices. Backend CPU of this statement on stale
  // statistics, 20,000 sittings: 151-160 -> 121-126 ms; at 100,000 with fresh statistics the
  // planner already hashed (559-592 vs 570-603 ms; both measured before the grouping sets below).
  const planner = ['enable_nestloop', 'enable_mergejoin', 'enable_sort'];
  for (const setting of planner) await db.query(`SET LOCAL ${setting} = off`);
  await db.query('DROP TABLE IF EXISTS pg_temp.benchmark_rank_work');
  const created = await db.query(
    `CREATE TEMP TABLE benchmark_rank_work ON COMMIT DROP AS
     WITH c AS MATERIALIZED (
       SELECT sc.ctid AS tid, sc.sitting_id, sc.student_id, sc.total_score, sc.t_marks AS t_m, sc.m_marks AS m_m, sc.p_marks AS p_m, sc.c_marks AS c_m,
              sc.t_right AS t_r, sc.t_wrong AS t_w, sc.m_right AS m_r, sc.m_wrong AS m_w,
              sc.p_right AS p_r, sc.p_wrong AS p_w, sc.c_right AS c_r, sc.c_wrong AS c_w
         FROM sitting_scores sc
        WHERE sc.benchmark_id = $1 AND sc.state = 'counted'
     ),
     -- Marks take a few hundred values: per distinct mark of each of the four columns, how many
     -- sittings have it, in one pass over the cohort (hashed grouping sets, one hash table per
     -- column), where four histograms and a count(*) read the materialised cohort five times
     -- (docs/benchmarks.md, ranking, session 17).
     marks AS MATERIALIZED (
       SELECT ${MARK_LIST}, count(*) AS k, GROUPING(${MARK_LIST}) AS g
         FROM c GROUP BY GROUPING SETS (${MARK_COLUMNS.map((x) => `(${x}_m)`).join(', ')})
     ),
     -- The cohort size, summed over the total marks' histogram (a few hundred rows; its NULL
     -- group, if any, included, so it equals the cohort's count). It is a joined column: a scalar
     -- subquery would be planned once per use of n.
     cnt AS (SELECT sum(k)::bigint AS n FROM marks WHERE g = ${groupingOf('t')}),
     -- Per distinct mark, the count at or below it (a running sum over the histogram rather than
     -- a sort of every sitting) and everything that follows from it (p7, the stored decimals, the
     -- all-India rank), so the numeric work is done a few hundred times, not once per sitting.
     -- The histograms are MATERIALIZED: inlined, the planner pulled their subqueries up into the
     -- join and evaluated every one of those expressions once per sitting (100,000 times each for
     -- p7, the decimals and the all-India rank); materialised they run once per distinct mark
     -- (standings at 100,000: 705-716 -> 552-579 ms of backend CPU, same rows).
     t_h AS MATERIALIZED (
       SELECT t_m, t_p7, t_p7::numeric / 10000000 AS percentile,
              least($2::float8, greatest(1::float8, floor(((100 - t_p7::float8 / 1e7) * $2::float8) / 100 + 1e-9) + 1))::int AS all_india
         FROM (SELECT t_m, ${p7Sql('t')} AS t_p7
                 FROM (${runningCount('t')}) h CROSS JOIN cnt) q
     ),
     ${subjectHistogram('m')},
     ${subjectHistogram('p')},
     ${subjectHistogram('c')}
     -- The stored values: exact decimals p7 / 10⁷. Only what the statements below read. The
     -- rank is taken over the sittings alone and the histograms joined after it, so the rank's
     -- sort of the whole cohort carries the narrow sitting rows, not the joined decimals.
     -- The rows are written in the physical order of their sitting_scores rows, not in rank
     -- order: a benchmark's results are written by the same scoring batches as its scores, so
     -- the publishing update, which visits test_results in the order of this table (hash or
     -- index probe per row), then rewrites one page after another instead of the pages of
     -- 100,000 rows in random order, which shared buffers smaller than the table evict dirty and
     -- read back. Only speed depends on this order (docs/benchmarks.md, ranking session 6).
     SELECT w.sitting_id, w.student_id, w.total_score, w.t_r, w.t_w, t_h.t_p7, t_h.percentile, m_h.m_pct, p_h.p_pct, c_h.c_pct, w.rank, t_h.all_india
       FROM (SELECT c.*, rank() OVER (ORDER BY c.t_m DESC, c.m_m DESC, c.p_m DESC, c.c_m DESC,
                                  CASE WHEN c.t_w = 0 THEN 0::float8 WHEN c.t_r = 0 THEN 'Infinity'::float8 ELSE c.t_w::float8 / c.t_r END,
                                  CASE WHEN c.m_w = 0 THEN 0::float8 WHEN c.m_r = 0 THEN 'Infinity'::float8 ELSE c.m_w::float8 / c.m_r END,
                                  CASE WHEN c.p_w = 0 THEN 0::float8 WHEN c.p_r = 0 THEN 'Infinity'::float8 ELSE c.p_w::float8 / c.p_r END,
                                  CASE WHEN c.c_w = 0 THEN 0::float8 WHEN c.c_r = 0 THEN 'Infinity'::float8 ELSE c.c_w::float8 / c.c_r END)::int AS rank
               FROM c) w
       JOIN t_h USING (t_m) JOIN m_h USING (m_m) JOIN p_h USING (p_m) JOIN c_h USING (c_m)
      ORDER BY w.tid`,
    [benchmarkId, candidatesOf],
  );
  for (const setting of planner) await db.query(`SET LOCAL ${setting} = DEFAULT`);
  // Statistics for the joins below (a temporary table has none until analysed), on the join
  // columns only: the other thirteen cost four times as much to analyse and no plan reads them.
  await db.query('ANALYZE pg_temp.benchmark_rank_work (sitting_id, student_id)');
  // The cohort size is the row count of the statement that made the table.
  const candidates = created.rowCount ?? (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM benchmark_rank_work')).rows[0]?.n ?? 0;
  const t2 = performance.now();
  // Back to a small work_mem for the writes that publish. The update keeps a copy of every old and
  // new row it writes (the transition tables its change-capture and dashboard triggers read):
  // 2 × 100,000 rows of ~520 bytes for a full cohort. Allowed 128MB, Postgres holds them in
  // fresh memory (over 50,000 page faults); at 4MB it spills them to a temporary file at once
  // (the update's hash join may then work in batches on disk too; the timings include it).
  // Measured on 100,000 results, the update alone: 1,248-1,376 ms at 128MB against 752-759 ms
  // at 4MB (64MB 1,099 ms, 8MB 785 ms); in the whole rank, publishing 1,239-1,322 -> 872-980 ms
  // (docs/benchmarks.md, ranking, session 18).
  await db.query(`SET LOCAL work_mem = '4MB'`);

  // Standing into the result rows. Counted sittings were written sealed (published = false) when
  // they were scored, so release is an in-place update of the standing columns: none of them is
  // indexed, and the table's fillfactor leaves room on each page, so these are HOT updates (no
  // index entry, no foreign-key check). Rows whose standing is unchanged are not touched, so a
  // rerun changes no row. The subject percentiles are columns of their own (migration 027), so
  // `subject_scores`, two thirds of the row, is neither rebuilt nor written again.
  // The change-capture trigger this update fires plans its query for this update's own row counts
  // (migration 022); a plan cached for the session from a small first run made this write take
  // 160 s at 100,000 sittings before.
  const publish = () =>
    db.query(
      `UPDATE test_results t
          SET percentile = r.percentile, global_rank = r.rank, estimated_rank = r.all_india, published = true, updated_at = now(),
              math_percentile = r.m_pct, physics_percentile = r.p_pct, chemistry_percentile = r.c_pct
         FROM benchmark_rank_work r
        WHERE t.sitting_id = r.sitting_id
          AND (NOT t.published OR t.percentile IS DISTINCT FROM r.percentile OR t.global_rank IS DISTINCT FROM r.rank
               OR t.estimated_rank IS DISTINCT FROM r.all_india OR t.math_percentile IS DISTINCT FROM r.m_pct
               OR t.physics_percentile IS DISTINCT FROM r.p_pct OR t.chemistry_percentile IS DISTINCT FROM r.c_pct)`,
    );
  // A cohort small enough that the publishing statements move each student's dashboard version
  // (2,000 rows or fewer; larger statements move the epoch) has them all moved first, in one
  // statement in id order as the scoring drain does (lockDashboards): the update below and a
  // second one for missing rows then lock nothing new, so they cannot deadlock with a drain.
  if (candidates > 1 && candidates <= 2000) await db.query('SELECT dashboard_touch(ARRAY(SELECT student_id FROM benchmark_rank_work ORDER BY student_id))');
  const published = await publish();
  // Every counted sitting has its result row when the update wrote one row per standing (a
  // sitting has at most one result): the usual release, where every row was sealed. Otherwise
  // (a rerun that changed some standings, or results never written) the missing rows are
  // written and the update runs again for them; checking first cost a scan of every result of
  // the cohort on every release (an anti-join of 100,000 rows).
  if ((published.rowCount ?? 0) < candidates && (await insertMissingResults(db)) > 0) await publish();
  const t3 = performance.now();
  // ranked_at moves only when some counted sitting was scored after the last ranking (the sweep
  // re-queues ranking while that holds), so a rerun with nothing new changes no row.
  await db.query(
    `UPDATE benchmarks b SET ranked_at = now(), candidates = $2, updated_at = now()
      WHERE b.id = $1 AND (b.ranked_at IS NULL OR b.candidates IS DISTINCT FROM $2
            OR EXISTS (SELECT 1 FROM sitting_scores sc WHERE sc.benchmark_id = b.id AND sc.state = 'counted' AND sc.scored_at > b.ranked_at))`,
    [benchmarkId, candidates],
  );
  await writeLeaderboard(db, benchmarkId, b.standard, opts.topN ?? DEFAULT_TOP_N);
  await writeRankAlerts(db, benchmarkId, candidates, opts.alertPercentile ?? DEFAULT_ALERT_PERCENTILE);
  await db.query('DROP TABLE IF EXISTS pg_temp.benchmark_rank_work');

  const pending = await db.query<{ pending: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM sitting_scores WHERE benchmark_id = $1 AND state = 'counted' AND NOT responses_published) AS pending`,
    [benchmarkId],
  );
  const phases = { releaseAndScore: t1 - t0, compute: t2 - t1, publish: t3 - t2, rest: performance.now() - t3 };
  return { ranked: true, candidates, responsesPending: pending.rows[0]?.pending ?? false, phases };
}

/**
 * Result rows for counted sittings that have none (scored before results were written sealed at
 * scoring time, or by an older server): the score columns exactly as the scoring job writes them
 * (times at the millisecond), sealed until the standing update publishes them. Normally
 * writes nothing.
 */
async function insertMissingResults(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, accuracy, subject_scores, start_time, end_time,
                               duration_seconds, standard, test_date, submitted_at, published)
     SELECT r.student_id, r.sitting_id, sc.test_id, 'MONTHLY', r.total_score, sc.max_marks,
            CASE WHEN r.t_r + r.t_w > 0 THEN r.t_r::float8 / (r.t_r + r.t_w) END,
            jsonb_build_object('MATH', sc.tally -> 'MATH', 'PHYSICS', sc.tally -> 'PHYSICS', 'CHEMISTRY', sc.tally -> 'CHEMISTRY'),
            date_trunc('milliseconds', s.started_at), date_trunc('milliseconds', s.submitted_at),
            CASE WHEN s.submitted_at IS NOT NULL THEN greatest(0, floor(((extract(epoch FROM date_trunc('milliseconds', s.submitted_at)) * 1000)::float8
                      - (extract(epoch FROM date_trunc('milliseconds', s.started_at)) * 1000)::float8) / 1000 + 0.5))::int END,
            u.standard, (date_trunc('milliseconds', coalesce(sub.received_at, s.received_at)) AT TIME ZONE 'Asia/Kolkata')::date,
            date_trunc('milliseconds', coalesce(sub.received_at, s.received_at)), false
       FROM benchmark_rank_work r
       JOIN sitting_scores sc ON sc.sitting_id = r.sitting_id
       JOIN test_sittings s ON s.id = r.sitting_id
       JOIN users u ON u.id = r.student_id
       LEFT JOIN sitting_submissions sub ON sub.sitting_id = r.sitting_id
      WHERE NOT EXISTS (SELECT 1 FROM test_results t WHERE t.sitting_id = r.sitting_id)
      ON CONFLICT (sitting_id) DO NOTHING`,
  );
  return rowCount ?? 0;
}

/** Percentile from its integer form p7 = percentile × 10⁷ (the engine's value, a double). */
const fromP7 = (p7: string | number) => Number(p7) / 1e7;

async function writeLeaderboard(db: Queryable, benchmarkId: string, standard: number, topN: number): Promise<void> {
  const { rows } = await db.query<{ rank: number; total_score: number; t_p7: string; full_name: string | null }>(
    `SELECT r.rank, r.total_score, r.t_p7, u.full_name
       FROM (SELECT rank, total_score, t_p7, student_id, sitting_id FROM benchmark_rank_work ORDER BY rank, sitting_id LIMIT $1) r
       JOIN users u ON u.id = r.student_id
      ORDER BY r.rank, r.sitting_id`,
    [topN],
  );
  const top = rows.map((r, i) => ({
    position: i + 1,
    rank: r.rank,
    display_name: displayName(r.full_name, r.rank),
    total_score: r.total_score,
    percentile: round7(fromP7(r.t_p7)),
  }));
  await db.query(
    `INSERT INTO benchmark_leaderboard (benchmark_id, standard, position, rank, display_name, total_score, percentile)
     SELECT $1, $2, r.position, r.rank, r.display_name, r.total_score, r.percentile
       FROM jsonb_to_recordset($3::jsonb) AS r(position smallint, rank int, display_name text, total_score int, percentile numeric)
     ON CONFLICT (benchmark_id, position) DO UPDATE SET rank = EXCLUDED.rank, display_name = EXCLUDED.display_name,
       total_score = EXCLUDED.total_score, percentile = EXCLUDED.percentile
     WHERE (benchmark_leaderboard.rank, benchmark_leaderboard.display_name, benchmark_leaderboard.total_score, benchmark_leaderboard.percentile)
       IS DISTINCT FROM (EXCLUDED.rank, EXCLUDED.display_name, EXCLUDED.total_score, EXCLUDED.percentile)`,
    [benchmarkId, standard, JSON.stringify(top)],
  );
  await db.query('DELETE FROM benchmark_leaderboard WHERE benchmark_id = $1 AND position > $2', [benchmarkId, top.length]);
}

async function writeRankAlerts(db: Queryable, benchmarkId: string, candidates: number, threshold: number): Promise<void> {
  // Set-based from the standings (no rows through JS: at 100,000 a tenth of the cohort is below
  // the default cut, and reading those rows out and their alerts back in as JSON cost 200 ms of a
  // rank on a slow machine). Below the cut when p7 / 10⁷ < threshold, critical below half of it,
  // in float8 as the engine compares (percentile = p7 / 10⁷, a double; doubling it is exact, where
  // halving a tiny threshold is an underflow error in Postgres; a percentile is at least 100 / n,
  // so the two comparisons agree for every threshold); the message's percentile
  // is the exact decimal p7 / 10⁷ with 7 places, and the details' the same value as a JSON number.
  const poor = `SELECT r.student_id, r.rank, r.total_score, r.t_p7::numeric / 10000000 AS percentile,
                       CASE WHEN r.t_p7::float8 / 1e7 * 2 < $3::float8 THEN 'critical' ELSE 'warning' END AS severity
                  FROM benchmark_rank_work r
                 WHERE r.t_p7::float8 / 1e7 < $3::float8`;
  // One alert per cohort the student belongs to, so every coach of theirs sees it.
  await db.query(
    `INSERT INTO coach_alerts (cohort_id, student_id, kind, ref, severity, message, details)
     SELECT m.cohort_id, p.student_id, 'LOW_BENCHMARK_RANK', $1, p.severity,
            format('Ranked %s of %s in benchmark %s (percentile %s).', p.rank, $2::int, $1::text, p.percentile::numeric(10, 7)),
            jsonb_build_object('benchmark_id', $1::text, 'rank', p.rank, 'candidates', $2::int, 'percentile', trim_scale(p.percentile),
                               'score', p.total_score, 'threshold', $3::float8)
       FROM (${poor}) p
       JOIN cohort_members m ON m.student_id = p.student_id
     ON CONFLICT (cohort_id, student_id, kind, ref) DO UPDATE SET severity = EXCLUDED.severity, message = EXCLUDED.message, details = EXCLUDED.details
     WHERE (coach_alerts.severity, coach_alerts.message, coach_alerts.details) IS DISTINCT FROM (EXCLUDED.severity, EXCLUDED.message, EXCLUDED.details)`,
    [benchmarkId, candidates, threshold],
  );
  // A re-rank that lifts a student above the threshold withdraws the alert.
  await db.query(
    `DELETE FROM coach_alerts a WHERE a.kind = 'LOW_BENCHMARK_RANK' AND a.ref = $1
        AND NOT EXISTS (SELECT 1 FROM benchmark_rank_work r WHERE r.student_id = a.student_id AND r.t_p7::float8 / 1e7 < $2::float8)`,
    [benchmarkId, threshold],
  );
}

/**
 * Publishes per-question responses of up to `limit` ranked sittings (set-based from the stored
 * per-position arrays) and refreshes those students' mastery now that the benchmark's answers
 * may count. Returns how many sittings it published; call again until 0.
 */
export async function publishBenchmarkResponses(
  db: Queryable,
  scoring: Pick<Scoring, 'refreshMastery'>,
  benchmarkId: string,
  limit: number,
): Promise<number> {
  const { rows } = await db.query<{ sitting_id: string; student_id: string }>(
    `SELECT sitting_id, student_id FROM sitting_scores
      WHERE benchmark_id = $1 AND state = 'counted' AND NOT responses_published
      ORDER BY sitting_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [benchmarkId, limit],
  );
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.sitting_id);
  await db.query(
    `INSERT INTO question_responses (test_result_id, student_id, question_id, student_answer, correct_answer, is_correct, marks_awarded,
                                     response_time_ms, concept_id, difficulty, subject)
     SELECT t.id, sc.student_id, p.question_id, p.answer, k.answer,
            CASE WHEN p.answer IS NULL OR btrim(p.answer) = '' THEN NULL ELSE p.marks = ($2::jsonb -> b.pattern ->> k.type)::int END,
            p.marks, p.time_ms, k.primary_concept_id, k.difficulty, k.subject
       FROM sitting_scores sc
       JOIN test_results t ON t.sitting_id = sc.sitting_id
       JOIN benchmarks b ON b.id = sc.benchmark_id
       CROSS JOIN LATERAL unnest(coalesce(sc.question_ids, b.question_ids), sc.answers, sc.marks, sc.times_ms) AS p(question_id, answer, marks, time_ms)
       JOIN benchmark_bank k ON k.id = p.question_id
      WHERE sc.sitting_id = ANY($1::uuid[])
     ON CONFLICT (test_result_id, question_id) DO UPDATE SET student_answer = EXCLUDED.student_answer, correct_answer = EXCLUDED.correct_answer,
       is_correct = EXCLUDED.is_correct, marks_awarded = EXCLUDED.marks_awarded, response_time_ms = EXCLUDED.response_time_ms
     WHERE (question_responses.student_answer, question_responses.correct_answer, question_responses.is_correct,
            question_responses.marks_awarded, question_responses.response_time_ms)
       IS DISTINCT FROM (EXCLUDED.student_answer, EXCLUDED.correct_answer, EXCLUDED.is_correct, EXCLUDED.marks_awarded, EXCLUDED.response_time_ms)`,
    [ids, FULL_MARKS],
  );
  await db.query('UPDATE sitting_scores SET responses_published = true WHERE sitting_id = ANY($1::uuid[])', [ids]);
  await scoring.refreshMastery(db, [...new Set(rows.map((r) => r.student_id))]);
  return rows.length;
}
