import type { SittingAttempt } from '@cr/shared/engine/index';
import { loadKeys, type Queryable } from './content.ts';
import { arrayColumns, instantElement, jsonElement, numberElement, textArrayElement, textElement } from './array-literal.ts';
import { SCORE_ELEMENTS } from './decide.ts';
import type { BenchmarkRow, Decisions, LoadedBatch, PriorScore, ResultWrite, ScoreRow, SittingRow, StatusRow } from './decide.ts';

/**
 * The SQL of authoritative scoring: `loadBatch` reads everything one batch of sittings needs in
 * a fixed number of queries whatever its size, `writeDecisions` writes what `decideBatch`
 * decided. Both run inside the caller's transaction, so a crash leaves nothing half-written.
 */

/** Stands for "the benchmark's paper" between the sittings read and the benchmarks read (compared by identity). */
const BENCHMARK_PAPER = Object.freeze([]) as unknown as string[];

/** A sitting's answer events as the loader receives them: one array per column (null: no events). */
type EventColumns = [string[], (string | null)[], string[], number[], boolean[]] | [null, null, null, null, null];

/** An instant as ISO 8601 text in UTC, truncated to the millisecond (`Date.prototype.toISOString`'s form). */
const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Loads a batch. Ids that are not submitted sittings are dropped. Locks the sittings (FOR UPDATE
 * conflicts with the FOR KEY SHARE an attempt insert takes on its sitting, so an attempt either
 * commits before we read attempts or marks our result stale) and shares the benchmarks (FOR SHARE
 * waits for a ranking transaction, so a sitting is never held back after its release).
 */
export async function loadBatch(db: Queryable, ids: readonly string[]): Promise<LoadedBatch> {
  // Papers travel as JSON text and are decoded once per distinct paper: a class sits the same
  // paper, and the driver's text-array parser (in JS) would otherwise decode every copy. The
  // instants only pass through to the rows written, so they travel as the database's own text
  // (ISO 8601 in UTC at the millisecond, what a Date printed, whatever the session's DateStyle and
  // TimeZone), not as Dates parsed and printed again.
  // A benchmark sitting's paper comes back NULL when it equals its benchmark's (compared here, in
  // the database) and is then taken from the benchmark row read below: one array per benchmark
  // instead of 75 ids per sitting to send, hash and compare. The two reads see the same paper: a
  // benchmark's paper never changes (migration 026's trigger), and the application never deletes
  // a benchmark (one deleted between the reads is handled below; one deleted and created again
  // under the same id in that instant would lend its new paper).
  const { rows: loaded } = await db.query<Omit<SittingRow, 'question_ids'> & { paper: string | null }>(
    `SELECT s.id, s.student_id, s.test_id, s.test_type, s.pattern,
            CASE WHEN s.question_ids = b.question_ids THEN NULL ELSE array_to_json(s.question_ids)::text END AS paper,
            (extract(epoch FROM s.started_at) * 1000)::float8 AS started_ms,
            (extract(epoch FROM s.submitted_at) * 1000)::float8 AS submitted_ms,
            (extract(epoch FROM coalesce(sub.received_at, s.received_at)) * 1000)::float8 AS received_ms,
            to_char(coalesce(sub.received_at, s.received_at) AT TIME ZONE 'UTC', ${ISO_MS}) AS received_at,
            to_char(s.submitted_at AT TIME ZONE 'UTC', ${ISO_MS}) AS submitted_at, to_char(s.started_at AT TIME ZONE 'UTC', ${ISO_MS}) AS started_at, u.standard,
            s.field_hlc->>'status' AS status_hlc
       FROM test_sittings s
       JOIN users u ON u.id = s.student_id
       LEFT JOIN sitting_submissions sub ON sub.sitting_id = s.id
       LEFT JOIN benchmarks b ON s.test_type = 'MONTHLY' AND b.id = s.test_id
      WHERE s.id = ANY($1::uuid[]) AND s.status = 'submitted'
      ORDER BY s.id
        FOR UPDATE OF s`,
    [ids],
  );
  const papers = new Map<string, string[]>();
  const sittings: SittingRow[] = loaded.map((r) => {
    let questionIds: string[] = BENCHMARK_PAPER;
    if (r.paper !== null) {
      const known = papers.get(r.paper);
      if (known) questionIds = known;
      else papers.set(r.paper, (questionIds = JSON.parse(r.paper) as string[]));
    }
    return {
      id: r.id,
      student_id: r.student_id,
      test_id: r.test_id,
      test_type: r.test_type,
      pattern: r.pattern,
      question_ids: questionIds,
      started_ms: r.started_ms,
      submitted_ms: r.submitted_ms,
      received_ms: r.received_ms,
      received_at: r.received_at,
      submitted_at: r.submitted_at,
      started_at: r.started_at,
      standard: r.standard,
      status_hlc: r.status_hlc,
    };
  });
  const prior = new Map<string, PriorScore>();
  // Each sitting's events as the JSON text the database sent, decoded when the sitting is decided.
  const events = new Map<string, string>();
  const attemptsOf = (sittingId: string): SittingAttempt[] => {
    const text = events.get(sittingId);
    if (text === undefined) return [];
    // Columns of equal length; all null when the sitting has no events.
    const [questions, answers, hlcs, times, late] = JSON.parse(text) as EventColumns;
    if (questions === null) return [];
    const out = new Array<SittingAttempt>(questions.length);
    for (let i = 0; i < questions.length; i++) {
      out[i] = { question_id: questions[i]!, answer: answers[i] ?? null, hlc: hlcs[i]!, response_time_ms: times[i]!, late: late[i]! };
    }
    return out;
  };
  const batch: LoadedBatch = {
    sittings,
    benchmarks: new Map(),
    firstSitting: new Map(),
    attemptsOf,
    sealedKeys: new Map(),
    publicKeys: new Map(),
    prior,
  };
  if (sittings.length === 0) return batch;
  const sittingIds = sittings.map((s) => s.id);

  const monthly = sittings.filter((s) => s.test_type === 'MONTHLY');
  const benchmarks = new Map<string, BenchmarkRow>();
  const firstSitting = new Map<string, string>();
  if (monthly.length > 0) {
    const { rows } = await db.query<BenchmarkRow>(
      `SELECT id, standard, status, pattern, question_ids, grace_s, duration_s,
              (extract(epoch FROM opens_at) * 1000)::float8 AS opens_ms, (extract(epoch FROM closes_at) * 1000)::float8 AS closes_ms
         FROM benchmarks WHERE id = ANY($1::text[]) ORDER BY id FOR SHARE`,
      [[...new Set(monthly.map((s) => s.test_id))]],
    );
    for (const b of rows) benchmarks.set(b.id, b);
    // The first submission the server received per student and benchmark is the one that counts.
    const first = await db.query<{ student_id: string; test_id: string; id: string }>(
      `SELECT DISTINCT ON (s.student_id, s.test_id) s.student_id, s.test_id, s.id
         FROM test_sittings s
         JOIN unnest($1::uuid[], $2::text[]) AS k(student_id, test_id) ON k.student_id = s.student_id AND k.test_id = s.test_id
         LEFT JOIN sitting_submissions sub ON sub.sitting_id = s.id
        WHERE s.test_type = 'MONTHLY' AND s.status = 'submitted'
        ORDER BY s.student_id, s.test_id, coalesce(sub.received_at, s.received_at), s.id`,
      [monthly.map((s) => s.student_id), monthly.map((s) => s.test_id)],
    );
    for (const r of first.rows) firstSitting.set(`${r.student_id}|${r.test_id}`, r.id);
  }
  // The sittings whose paper is their benchmark's take its array (one per benchmark, so decide
  // builds that paper once). Should a benchmark have gone since the read above, its sittings'
  // papers are read again.
  const orphans: SittingRow[] = [];
  for (const s of sittings) {
    if (s.question_ids !== BENCHMARK_PAPER) continue;
    const b = benchmarks.get(s.test_id);
    if (b) s.question_ids = b.question_ids;
    else orphans.push(s);
  }
  if (orphans.length > 0) {
    const { rows } = await db.query<{ id: string; question_ids: string[] }>('SELECT id, question_ids FROM test_sittings WHERE id = ANY($1::uuid[])', [
      orphans.map((s) => s.id),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r.question_ids]));
    for (const s of orphans) s.question_ids = byId.get(s.id) ?? [];
  }

  // Every answer event of the batch, one row per sitting with its events as one JSON text of
  // five columns ([questions], [answers], [hlcs], [time ms], [late]): decoded by the native JSON
  // parser, far cheaper than a row, an array element or a small array per event. Each column is
  // a `json_agg`, not an `array_agg` converted to JSON (a sixth less database CPU for the read).
  // One index probe per sitting (a correlated aggregate): no sort or hash of the batch's events,
  // which at 2,000 sittings × 75 answers would spill to disk. `late`: received after the
  // benchmark's deadline (server clock; HLC stamps are device-made, receipt time is not).
  // Security: only the sitting owner's own attempts count, whatever reached the table.
  // The stored result comes along (read after the lock above, so a scorer that held it and
  // committed is seen). A plain index scan per sitting: the planner's bitmap scans build and
  // sort a bitmap for each sitting's 75 rows, a third more database CPU for the same reads.
  await db.query('SET LOCAL enable_bitmapscan = off');
  const { rows: eventRows } = await db.query<{ sitting_id: string; e: string | null; digest: string | null; stale: boolean | null; state: string | null }>(
    `SELECT k.id AS sitting_id, sc.digest, sc.stale, sc.state,
            (SELECT json_build_array(json_agg(a.question_id), json_agg(a.answer), json_agg(a.hlc), json_agg(a.response_time_ms),
                                     json_agg(coalesce(a.received_at > b.deadline, false)))
               FROM attempts a WHERE a.sitting_id = k.id AND a.student_id = k.owner)::text AS e
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS k(id, owner, benchmark_id)
       LEFT JOIN (SELECT id, closes_at + make_interval(secs => grace_s) AS deadline FROM benchmarks) b ON b.id = k.benchmark_id
       LEFT JOIN sitting_scores sc ON sc.sitting_id = k.id`,
    [sittingIds, sittings.map((s) => s.student_id), sittings.map((s) => (s.test_type === 'MONTHLY' ? s.test_id : null))],
  );
  await db.query('SET LOCAL enable_bitmapscan = DEFAULT');
  for (const r of eventRows) {
    if (r.digest !== null) prior.set(r.sitting_id, { digest: r.digest, stale: r.stale === true, state: r.state ?? '' });
    if (r.e !== null) events.set(r.sitting_id, r.e);
  }

  const benchmarkSittings = sittings.filter((s) => s.test_type === 'MONTHLY' && benchmarks.has(s.test_id));
  const benchmarkPaper = new Set(benchmarkSittings.map((s) => s.id));
  const others = sittings.filter((s) => !benchmarkPaper.has(s.id));
  // The ids of each distinct paper once (a class shares one array per paper): a batch of 2,000
  // sittings of one benchmark names 75 ids, not 150,000 to deduplicate.
  const benchmarkIds = [...new Set(benchmarkSittings.map((s) => s.test_id))];
  const sealedKeys = await loadKeys(db, distinctIds(benchmarkIds.map((id) => benchmarks.get(id)!.question_ids)), benchmarkIds);
  const publicKeys = await loadKeys(db, distinctIds(others.map((s) => s.question_ids)));

  return {
    sittings,
    benchmarks,
    firstSitting,
    attemptsOf,
    sealedKeys,
    publicKeys,
    prior,
  };
}

/** The distinct ids of some papers, each distinct paper array read once. */
function distinctIds(papers: readonly (readonly string[])[]): string[] {
  const ids = new Set<string>();
  for (const paper of new Set(papers)) for (const id of paper) ids.add(id);
  return [...ids];
}

/**
 * Writes one batch's decisions. Returns the benchmarks a removed result belonged to (their
 * standings must be recomputed when released).
 */
export async function writeDecisions(db: Queryable, d: Decisions, benchmarks: LoadedBatch['benchmarks']): Promise<string[]> {
  const rerank: string[] = [];
  if (d.clearStale.length > 0) await db.query('UPDATE sitting_scores SET stale = false WHERE sitting_id = ANY($1::uuid[])', [d.clearStale]);
  if (d.scores.length > 0) await upsertScores(db, d.scores);
  if (d.statuses.length > 0) await upsertStatus(db, d.statuses);
  if (d.unpublish.length > 0) {
    const gone = await db.query<{ test_id: string }>('DELETE FROM test_results WHERE sitting_id = ANY($1::uuid[]) RETURNING test_id', [d.unpublish]);
    for (const r of gone.rows) if (benchmarks.get(r.test_id)?.status === 'released') rerank.push(r.test_id);
  }
  if (d.results.length > 0) await writeResults(db, d.results);
  return rerank;
}

/*
 * The rows of a write travel as one array parameter per column, read with a multi-argument
 * `unnest` (array-literal.ts): a batch of 2,000 score rows cost 300-360 ms of database CPU as a
 * JSON document read by `json_to_recordset`, 200-230 ms this way.
 */

/** Score rows: decide encoded every column but the digest and the flags (`SCORE_ELEMENTS`). */
const SCORE_COLUMNS: readonly ((r: ScoreRow) => string)[] = [
  ...SCORE_ELEMENTS.map((_, i) => (r: ScoreRow) => r.elements[i]!),
  (r) => r.digest,
  (r) => (r.responses_published ? 't' : 'f'),
];

export async function upsertScores(db: Queryable, rows: readonly ScoreRow[]): Promise<void> {
  // The per-question columns arrive as array literals (array-literal.ts), cast by the array parser.
  await db.query(
    `INSERT INTO sitting_scores (sitting_id, student_id, test_id, benchmark_id, state, reason_code, flags, total_score, max_marks, tally,
                                 question_ids, answers, marks, times_ms, ignored_attempts, digest, stale, responses_published, scored_at)
     SELECT r.sitting_id, r.student_id, r.test_id, r.benchmark_id, r.state, r.reason_code, r.flags::text[], r.total_score, r.max_marks, r.tally::jsonb,
            r.question_ids::text[], r.answers::text[], r.marks::smallint[], r.times_ms::int[], r.ignored_attempts, r.digest, false,
            r.responses_published, now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[],
                   $11::text[], $12::text[], $13::text[], $14::text[], $15::int[], $16::text[], $17::boolean[])
            AS r(sitting_id, student_id, test_id, benchmark_id, state, reason_code, flags, total_score, max_marks, tally,
                 question_ids, answers, marks, times_ms, ignored_attempts, digest, responses_published)
     ON CONFLICT (sitting_id) DO UPDATE SET
       benchmark_id = EXCLUDED.benchmark_id, state = EXCLUDED.state, reason_code = EXCLUDED.reason_code, flags = EXCLUDED.flags,
       total_score = EXCLUDED.total_score, max_marks = EXCLUDED.max_marks, tally = EXCLUDED.tally, question_ids = EXCLUDED.question_ids,
       answers = EXCLUDED.answers, marks = EXCLUDED.marks, times_ms = EXCLUDED.times_ms, ignored_attempts = EXCLUDED.ignored_attempts,
       digest = EXCLUDED.digest, stale = false, responses_published = EXCLUDED.responses_published, scored_at = now()`,
    arrayColumns(rows, SCORE_COLUMNS),
  );
}

const STATUS_COLUMNS: readonly ((r: StatusRow) => string)[] = [
  (r) => textElement(r.benchmark_id),
  (r) => r.student_id,
  (r) => r.sitting_id,
  (r) => textElement(r.status),
  (r) => textElement(r.reason_code),
  (r) => textElement(r.reason),
  (r) => textArrayElement(r.flags),
  (r) => instantElement(r.received_at),
  (r) => instantElement(r.device_submitted_at),
];

export async function upsertStatus(db: Queryable, rows: readonly StatusRow[]): Promise<void> {
  await db.query(
    `INSERT INTO benchmark_submission_status (benchmark_id, student_id, sitting_id, status, reason_code, reason, flags, received_at, device_submitted_at)
     SELECT r.benchmark_id, r.student_id, r.sitting_id, r.status, r.reason_code, r.reason, r.flags::text[], r.received_at, r.device_submitted_at
       FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[])
            AS r(benchmark_id, student_id, sitting_id, status, reason_code, reason, flags, received_at, device_submitted_at)
     ON CONFLICT (sitting_id) DO UPDATE SET status = EXCLUDED.status, reason_code = EXCLUDED.reason_code, reason = EXCLUDED.reason,
       flags = EXCLUDED.flags, received_at = EXCLUDED.received_at, device_submitted_at = EXCLUDED.device_submitted_at, updated_at = now()
     WHERE (benchmark_submission_status.status, benchmark_submission_status.reason_code, benchmark_submission_status.flags,
            benchmark_submission_status.received_at, benchmark_submission_status.device_submitted_at)
       IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.reason_code, EXCLUDED.flags, EXCLUDED.received_at, EXCLUDED.device_submitted_at)`,
    arrayColumns(rows, STATUS_COLUMNS),
  );
}

const RESULT_COLUMNS: readonly ((w: ResultWrite) => string)[] = [
  (w) => w.row.student_id,
  (w) => w.row.sitting_id,
  (w) => textElement(w.row.test_id),
  (w) => textElement(w.row.test_type),
  (w) => numberElement(w.row.total_score),
  (w) => numberElement(w.row.total_marks),
  (w) => numberElement(w.row.accuracy),
  (w) => jsonElement(w.row.subject_scores),
  (w) => instantElement(w.row.start_time),
  (w) => instantElement(w.row.end_time),
  (w) => numberElement(w.row.duration_seconds),
  (w) => numberElement(w.row.standard),
  (w) => instantElement(w.row.received_at),
  (w) => (w.row.published ? 't' : 'f'),
];

/**
 * Writes test_results (published ones, and sealed ones of a benchmark before its release) and
 * question_responses for published results that are not deferred. Score columns only:
 * percentile and ranks belong to the ranking job. Unchanged rows are not touched, so ids stay
 * stable and sync sees no churn; questions that left a paper lose their response rows.
 */
export async function writeResults(db: Queryable, items: readonly ResultWrite[]): Promise<void> {
  await db.query(
    `INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, accuracy, subject_scores,
                               start_time, end_time, duration_seconds, standard, test_date, submitted_at, published)
     SELECT r.student_id, r.sitting_id, r.test_id, r.test_type, r.total_score, r.total_marks, r.accuracy, r.subject_scores::jsonb,
            r.start_time, r.end_time, r.duration_seconds, r.standard, (r.received_at AT TIME ZONE 'Asia/Kolkata')::date, r.received_at, r.published
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::float8[], $8::text[], $9::timestamptz[], $10::timestamptz[],
                   $11::int[], $12::smallint[], $13::timestamptz[], $14::boolean[])
            AS r(student_id, sitting_id, test_id, test_type, total_score, total_marks, accuracy, subject_scores, start_time, end_time,
                 duration_seconds, standard, received_at, published)
     ON CONFLICT (sitting_id) DO UPDATE SET total_score = EXCLUDED.total_score, total_marks = EXCLUDED.total_marks, accuracy = EXCLUDED.accuracy,
       subject_scores = test_results.subject_scores || EXCLUDED.subject_scores, start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time,
       duration_seconds = EXCLUDED.duration_seconds, standard = EXCLUDED.standard, test_date = EXCLUDED.test_date,
       submitted_at = EXCLUDED.submitted_at, published = test_results.published OR EXCLUDED.published, updated_at = now()
     WHERE (test_results.total_score, test_results.total_marks, test_results.accuracy, test_results.start_time, test_results.end_time,
            test_results.duration_seconds, test_results.standard, test_results.test_date, test_results.submitted_at)
       IS DISTINCT FROM (EXCLUDED.total_score, EXCLUDED.total_marks, EXCLUDED.accuracy, EXCLUDED.start_time, EXCLUDED.end_time,
            EXCLUDED.duration_seconds, EXCLUDED.standard, EXCLUDED.test_date, EXCLUDED.submitted_at)
        OR (EXCLUDED.published AND NOT test_results.published)
        OR NOT (test_results.subject_scores @> EXCLUDED.subject_scores)`,
    arrayColumns(items, RESULT_COLUMNS),
  );
  // Sealed results (deferred) have no responses yet: nothing more to write.
  const published = items.filter((i) => i.responses !== null);
  if (published.length === 0) return;
  const ids = await db.query<{ id: string; sitting_id: string }>('SELECT id, sitting_id FROM test_results WHERE sitting_id = ANY($1::uuid[])', [
    published.map((i) => i.sitting_id),
  ]);
  const resultOf = new Map(ids.rows.map((r) => [r.sitting_id, r.id]));
  const rows: Record<string, unknown>[] = [];
  for (const { sitting_id, student_id, responses } of published) {
    if (responses === null) continue;
    const { questions, scored } = responses;
    const resultId = resultOf.get(sitting_id);
    questions.forEach((q, i) => {
      const answer = scored.finalAnswers[i] ?? null;
      const marks = scored.marks[i] ?? 0;
      rows.push({
        test_result_id: resultId,
        student_id,
        question_id: q.id,
        student_answer: answer,
        correct_answer: q.answer,
        is_correct: scored.correct[i] ?? null,
        marks_awarded: marks,
        response_time_ms: scored.timesMs[i] ?? null,
        concept_id: q.primary_concept_id,
        difficulty: q.difficulty,
        subject: q.subject,
      });
    });
  }
  const written = published.map((i) => resultOf.get(i.sitting_id)).filter((id): id is string => id !== undefined);
  if (written.length > 0) await writeResponses(db, rows, written);
}

export async function writeResponses(db: Queryable, rows: Record<string, unknown>[], resultIds: string[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await db.query(
      `INSERT INTO question_responses (test_result_id, student_id, question_id, student_answer, correct_answer, is_correct, marks_awarded,
                                       response_time_ms, concept_id, difficulty, subject)
       SELECT r.test_result_id, r.student_id, r.question_id, r.student_answer, r.correct_answer, r.is_correct, r.marks_awarded,
              r.response_time_ms, r.concept_id, r.difficulty, r.subject
         FROM json_to_recordset($1::json) AS r(test_result_id uuid, student_id uuid, question_id text, student_answer text, correct_answer text,
              is_correct boolean, marks_awarded int, response_time_ms int, concept_id text, difficulty smallint, subject text)
       ON CONFLICT (test_result_id, question_id) DO UPDATE SET student_answer = EXCLUDED.student_answer, correct_answer = EXCLUDED.correct_answer,
         is_correct = EXCLUDED.is_correct, marks_awarded = EXCLUDED.marks_awarded, response_time_ms = EXCLUDED.response_time_ms,
         concept_id = EXCLUDED.concept_id, difficulty = EXCLUDED.difficulty, subject = EXCLUDED.subject
       WHERE (question_responses.student_answer, question_responses.correct_answer, question_responses.is_correct, question_responses.marks_awarded,
              question_responses.response_time_ms, question_responses.concept_id, question_responses.difficulty, question_responses.subject)
         IS DISTINCT FROM (EXCLUDED.student_answer, EXCLUDED.correct_answer, EXCLUDED.is_correct, EXCLUDED.marks_awarded,
              EXCLUDED.response_time_ms, EXCLUDED.concept_id, EXCLUDED.difficulty, EXCLUDED.subject)`,
      [JSON.stringify(rows.slice(i, i + 10_000))],
    );
  }
  await db.query(
    `DELETE FROM question_responses q
      WHERE q.test_result_id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM json_to_recordset($2::json) AS r(test_result_id uuid, question_id text)
                         WHERE r.test_result_id = q.test_result_id AND r.question_id = q.question_id)`,
    [resultIds, JSON.stringify(rows.map((r) => ({ test_result_id: r.test_result_id, question_id: r.question_id })))],
  );
}
