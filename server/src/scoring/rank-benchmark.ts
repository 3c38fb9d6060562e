import { JEE_MAIN_CANDIDATES, rankSubmissions, type Submission } from '@cr/shared/engine/index';
import { SUBJECTS, type Subject } from '@cr/shared';
import type { Queryable } from './content.ts';
import { scoreSittings } from './score-sittings.ts';

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
  /** Counted sittings whose per-question responses still need publishing. */
  unpublished?: number;
}

interface Entry {
  sitting_id: string;
  student_id: string;
  test_id: string;
  total_score: number;
  max_marks: number;
  standard: number | null;
  started_at: string;
  submitted_at: string | null;
  received_at: string;
  started_ms: number;
  submitted_ms: number | null;
  tally: Record<'total' | Subject, { marks: number; right: number; wrong: number; unanswered: number }>;
  full_name: string | null;
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** Short public name for the class leaderboard: first name and last initial. */
export function displayName(fullName: string | null, rank: number): string {
  const parts = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return `Student #${rank}`;
  const first = parts[0] as string;
  return parts.length > 1 ? `${first} ${(parts[parts.length - 1] as string).charAt(0)}.` : first;
}

export async function rankBenchmark(db: Queryable, cacheKey: object, benchmarkId: string, opts: RankOptions = {}): Promise<RankResult> {
  const { rows: found } = await db.query<{ status: string; due: boolean; standard: number; month: string }>(
    `SELECT status, now() >= closes_at + make_interval(secs => grace_s) AS due, standard, month FROM benchmarks WHERE id = $1 FOR UPDATE`,
    [benchmarkId],
  );
  const b = found[0];
  if (!b) return { ranked: false, reason: 'unknown benchmark' };
  if (b.status === 'cancelled') return { ranked: false, reason: 'cancelled' };
  // Security: nothing (scores, keys, standings) leaves before the window and grace are over.
  if (!b.due) return { ranked: false, reason: 'window still open' };

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
    const { rows } = await db.query<{ id: string }>(
      `SELECT s.id FROM test_sittings s LEFT JOIN sitting_scores sc ON sc.sitting_id = s.id
        WHERE s.test_id = $1 AND s.test_type = 'MONTHLY' AND s.status = 'submitted' AND (sc.sitting_id IS NULL OR sc.stale)
        LIMIT 2000`,
      [benchmarkId],
    );
    if (rows.length === 0) break;
    const batch = rows.map((r) => r.id).join();
    if (batch === previous) throw new Error(`benchmark ${benchmarkId}: scoring made no progress`);
    previous = batch;
    await scoreSittings(db, cacheKey, rows.map((r) => r.id), { publishResponses: false });
  }

  const { rows: entries } = await db.query<Entry>(
    `SELECT sc.sitting_id, sc.student_id, sc.test_id, sc.total_score, sc.max_marks, sc.tally, u.full_name, u.standard,
            s.started_at, s.submitted_at, coalesce(sub.received_at, s.received_at) AS received_at,
            (extract(epoch FROM s.started_at) * 1000)::float8 AS started_ms, (extract(epoch FROM s.submitted_at) * 1000)::float8 AS submitted_ms
       FROM sitting_scores sc
       JOIN users u ON u.id = sc.student_id
       JOIN test_sittings s ON s.id = sc.sitting_id
       LEFT JOIN sitting_submissions sub ON sub.sitting_id = sc.sitting_id
      WHERE sc.benchmark_id = $1 AND sc.state = 'counted'
      ORDER BY sc.sitting_id`,
    [benchmarkId],
  );
  const submissions: Submission[] = entries.map((e) => ({
    id: e.sitting_id,
    total: e.tally.total,
    bySubject: { MATH: e.tally.MATH, PHYSICS: e.tally.PHYSICS, CHEMISTRY: e.tally.CHEMISTRY },
  }));
  const standings = rankSubmissions(submissions, opts.candidates ?? JEE_MAIN_CANDIDATES);

  // One upsert per result with score and standing together (the same score columns the
  // scoring job writes), touching only rows whose values change.
  const rows = standings.map((st, i) => {
    const e = entries[i] as Entry;
    const answered = e.tally.total.right + e.tally.total.wrong;
    return {
      student_id: e.student_id,
      sitting_id: st.id,
      test_id: e.test_id,
      total_score: e.total_score,
      total_marks: e.max_marks,
      accuracy: answered > 0 ? e.tally.total.right / answered : null,
      start_time: e.started_at,
      end_time: e.submitted_at,
      duration_seconds: e.submitted_ms !== null ? Math.max(0, Math.round((e.submitted_ms - e.started_ms) / 1000)) : null,
      standard: e.standard,
      received_at: e.received_at,
      percentile: round7(st.percentile),
      global_rank: st.rank,
      estimated_rank: st.predictedAllIndiaRank,
      subject_scores: Object.fromEntries(SUBJECTS.map((s) => [s, { ...e.tally[s], percentile: round7(st.subjectPercentile[s]) }])),
    };
  });
  for (let i = 0; i < rows.length; i += 20_000) {
    await db.query(
      `INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, accuracy, subject_scores, start_time, end_time,
                                 duration_seconds, standard, test_date, submitted_at, percentile, global_rank, estimated_rank)
       SELECT r.student_id, r.sitting_id, r.test_id, 'MONTHLY', r.total_score, r.total_marks, r.accuracy, r.subject_scores, r.start_time, r.end_time,
              r.duration_seconds, r.standard, (r.received_at AT TIME ZONE 'Asia/Kolkata')::date, r.received_at, r.percentile, r.global_rank, r.estimated_rank
         FROM jsonb_to_recordset($1::jsonb) AS r(student_id uuid, sitting_id uuid, test_id text, total_score int, total_marks int, accuracy float8,
              subject_scores jsonb, start_time timestamptz, end_time timestamptz, duration_seconds int, standard smallint, received_at timestamptz,
              percentile numeric, global_rank int, estimated_rank int)
       ON CONFLICT (sitting_id) DO UPDATE SET total_score = EXCLUDED.total_score, total_marks = EXCLUDED.total_marks, accuracy = EXCLUDED.accuracy,
         subject_scores = EXCLUDED.subject_scores, start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time,
         duration_seconds = EXCLUDED.duration_seconds, standard = EXCLUDED.standard, test_date = EXCLUDED.test_date, submitted_at = EXCLUDED.submitted_at,
         percentile = EXCLUDED.percentile, global_rank = EXCLUDED.global_rank, estimated_rank = EXCLUDED.estimated_rank, updated_at = now()
       WHERE (test_results.total_score, test_results.total_marks, test_results.accuracy, test_results.subject_scores, test_results.start_time,
              test_results.end_time, test_results.duration_seconds, test_results.standard, test_results.test_date, test_results.submitted_at,
              test_results.percentile, test_results.global_rank, test_results.estimated_rank)
         IS DISTINCT FROM (EXCLUDED.total_score, EXCLUDED.total_marks, EXCLUDED.accuracy, EXCLUDED.subject_scores, EXCLUDED.start_time,
              EXCLUDED.end_time, EXCLUDED.duration_seconds, EXCLUDED.standard, EXCLUDED.test_date, EXCLUDED.submitted_at,
              EXCLUDED.percentile, EXCLUDED.global_rank, EXCLUDED.estimated_rank)`,
      [JSON.stringify(rows.slice(i, i + 20_000))],
    );
  }
  // ranked_at moves only when some counted sitting was scored after the last ranking (the sweep
  // re-queues ranking while that holds), so a rerun with nothing new changes no row.
  await db.query(
    `UPDATE benchmarks b SET ranked_at = now(), candidates = $2, updated_at = now()
      WHERE b.id = $1 AND (b.ranked_at IS NULL OR b.candidates IS DISTINCT FROM $2
            OR EXISTS (SELECT 1 FROM sitting_scores sc WHERE sc.benchmark_id = b.id AND sc.state = 'counted' AND sc.scored_at > b.ranked_at))`,
    [benchmarkId, standings.length],
  );
  await writeLeaderboard(db, benchmarkId, b.standard, entries, standings, opts.topN ?? DEFAULT_TOP_N);
  await writeRankAlerts(db, benchmarkId, entries, standings, opts.alertPercentile ?? DEFAULT_ALERT_PERCENTILE);

  const pending = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM sitting_scores WHERE benchmark_id = $1 AND state = 'counted' AND NOT responses_published`,
    [benchmarkId],
  );
  return { ranked: true, candidates: standings.length, unpublished: pending.rows[0]?.n ?? 0 };
}

async function writeLeaderboard(
  db: Queryable,
  benchmarkId: string,
  standard: number,
  entries: Entry[],
  standings: ReturnType<typeof rankSubmissions>,
  topN: number,
): Promise<void> {
  const order = standings.map((s, i) => ({ s, e: entries[i] as Entry })).sort((a, b) => a.s.rank - b.s.rank || (a.e.sitting_id < b.e.sitting_id ? -1 : 1));
  const top = order.slice(0, topN).map(({ s, e }, i) => ({
    position: i + 1,
    rank: s.rank,
    display_name: displayName(e.full_name, s.rank),
    total_score: e.total_score,
    percentile: round7(s.percentile),
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

async function writeRankAlerts(db: Queryable, benchmarkId: string, entries: Entry[], standings: ReturnType<typeof rankSubmissions>, threshold: number): Promise<void> {
  const poor = standings
    .map((s, i) => ({ s, e: entries[i] as Entry }))
    .filter(({ s }) => s.percentile < threshold)
    .map(({ s, e }) => ({
      student_id: e.student_id,
      severity: s.percentile < threshold / 2 ? 'critical' : 'warning',
      message: `Ranked ${s.rank} of ${standings.length} in benchmark ${benchmarkId} (percentile ${round7(s.percentile).toFixed(7)}).`,
      details: { benchmark_id: benchmarkId, rank: s.rank, candidates: standings.length, percentile: round7(s.percentile), score: e.total_score, threshold },
    }));
  // One alert per cohort the student belongs to, so every coach of theirs sees it.
  await db.query(
    `INSERT INTO coach_alerts (cohort_id, student_id, kind, ref, severity, message, details)
     SELECT m.cohort_id, r.student_id, 'LOW_BENCHMARK_RANK', $1, r.severity, r.message, r.details
       FROM jsonb_to_recordset($2::jsonb) AS r(student_id uuid, severity text, message text, details jsonb)
       JOIN cohort_members m ON m.student_id = r.student_id
     ON CONFLICT (cohort_id, student_id, kind, ref) DO UPDATE SET severity = EXCLUDED.severity, message = EXCLUDED.message, details = EXCLUDED.details
     WHERE (coach_alerts.severity, coach_alerts.message, coach_alerts.details) IS DISTINCT FROM (EXCLUDED.severity, EXCLUDED.message, EXCLUDED.details)`,
    [benchmarkId, JSON.stringify(poor)],
  );
  // A re-rank that lifts a student above the threshold withdraws the alert.
  await db.query(
    `DELETE FROM coach_alerts WHERE kind = 'LOW_BENCHMARK_RANK' AND ref = $1 AND NOT (student_id = ANY($2::uuid[]))`,
    [benchmarkId, poor.map((p) => p.student_id)],
  );
}

/**
 * Publishes per-question responses of up to `limit` ranked sittings (set-based from the stored
 * per-position arrays) and refreshes those students' mastery now that the benchmark's answers
 * may count. Returns how many sittings it published; call again until 0.
 */
export async function publishBenchmarkResponses(
  db: Queryable,
  cacheKey: object,
  benchmarkId: string,
  limit: number,
  refresh: (db: Queryable, cacheKey: object, students: string[]) => Promise<unknown>,
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
            CASE WHEN p.answer IS NULL OR btrim(p.answer) = '' THEN NULL ELSE p.marks = full_marks.m END,
            p.marks, p.time_ms, k.primary_concept_id, k.difficulty, k.subject
       FROM sitting_scores sc
       JOIN test_results t ON t.sitting_id = sc.sitting_id
       JOIN benchmarks b ON b.id = sc.benchmark_id
       CROSS JOIN LATERAL unnest(sc.question_ids, sc.answers, sc.marks, sc.times_ms) AS p(question_id, answer, marks, time_ms)
       JOIN benchmark_bank k ON k.id = p.question_id
       CROSS JOIN LATERAL (SELECT CASE WHEN b.pattern = 'JEE_MAIN' THEN 4
                                       WHEN k.type = 'SINGLE' THEN 3 WHEN k.type = 'NUMERIC' THEN 3 ELSE 4 END AS m) full_marks
      WHERE sc.sitting_id = ANY($1::uuid[])
     ON CONFLICT (test_result_id, question_id) DO UPDATE SET student_answer = EXCLUDED.student_answer, correct_answer = EXCLUDED.correct_answer,
       is_correct = EXCLUDED.is_correct, marks_awarded = EXCLUDED.marks_awarded, response_time_ms = EXCLUDED.response_time_ms
     WHERE (question_responses.student_answer, question_responses.correct_answer, question_responses.is_correct,
            question_responses.marks_awarded, question_responses.response_time_ms)
       IS DISTINCT FROM (EXCLUDED.student_answer, EXCLUDED.correct_answer, EXCLUDED.is_correct, EXCLUDED.marks_awarded, EXCLUDED.response_time_ms)`,
    [ids],
  );
  await db.query('UPDATE sitting_scores SET responses_published = true WHERE sitting_id = ANY($1::uuid[])', [ids]);
  await refresh(db, cacheKey, [...new Set(rows.map((r) => r.student_id))]);
  return rows.length;
}
