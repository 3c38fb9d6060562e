import { createHash } from 'node:crypto';
import { scorePaper, type ExamPattern, type ScoreTally } from '@cr/shared/engine/index';
import { SUBJECTS } from '@cr/shared';
import { judgeSubmission, REFUSAL_REASONS, type BenchmarkWindow, type Verdict } from './benchmark-rules.ts';
import { loadKeys, maxMarksOf, type KeyedQuestion, type Queryable } from './content.ts';
import { refreshMastery } from './mastery.ts';

/**
 * Authoritative scoring of submitted sittings, set-based: one batch of sittings costs a fixed
 * number of queries whatever its size. Runs inside the caller's transaction, so a crash leaves
 * nothing half-written. Idempotent: a sitting whose inputs did not change is not rewritten
 * (the digest of its result decides), so running twice changes no row.
 *
 * The sitting's answer to a question is its attempt with the greatest HLC at or before the
 * submission's HLC stamp (field_hlc.status); later ones are ignored and flagged. For a benchmark,
 * attempts the server received after the deadline (close + grace, when keys are released) are
 * ignored too: HLC stamps are device-made, receipt time is not. The device's is_correct is
 * never read.
 */

interface SittingRow {
  id: string;
  student_id: string;
  test_id: string;
  test_type: string;
  pattern: ExamPattern;
  question_ids: string[];
  started_ms: number;
  submitted_ms: number | null;
  received_ms: number;
  received_at: string;
  submitted_at: string | null;
  started_at: string;
  standard: number | null;
  /** HLC stamp of the submission (field_hlc.status); attempts stamped after it are ignored. */
  status_hlc: string | null;
}

interface BenchmarkRow {
  id: string;
  standard: number;
  status: 'scheduled' | 'released' | 'cancelled';
  pattern: ExamPattern;
  question_ids: string[];
  opens_ms: number;
  closes_ms: number;
  grace_s: number;
  duration_s: number;
}

export interface ScoreOutcome {
  /** Sittings whose stored result changed. */
  changed: string[];
  /** Released benchmarks whose standings must be recomputed. */
  rerank: string[];
}

interface Published {
  /** Result row only; responses and mastery wait for the publish job. */
  deferred: boolean;
  sitting: SittingRow;
  questions: KeyedQuestion[];
  marked: Marked;
  row: Record<string, unknown>;
}

type Marked = { answers: (string | null)[]; marks: number[]; times: (number | null)[]; correct: (boolean | null)[] };

const tallyJson = (t: ScoreTally) => ({ marks: t.marks, right: t.right, wrong: t.wrong, unanswered: t.unanswered });

export interface ScoreOptions {
  /**
   * Publish per-question responses (and refresh mastery) of released benchmark sittings now.
   * The ranking job passes false and leaves them to the chunked publish job, so ranking 100k
   * sittings stays one short transaction.
   */
  publishResponses?: boolean;
}

/** Scores the given sittings (ignores ids that are not submitted). `cacheKey` scopes the engine-context cache (pass the pool). */
export async function scoreSittings(db: Queryable, cacheKey: object, ids: readonly string[], opts: ScoreOptions = {}): Promise<ScoreOutcome> {
  const publishNow = opts.publishResponses ?? true;
  const outcome: ScoreOutcome = { changed: [], rerank: [] };
  if (ids.length === 0) return outcome;
  // Security: FOR UPDATE conflicts with the FOR KEY SHARE an attempt insert takes on its
  // sitting, so an attempt either commits before we read attempts or marks our result stale.
  const { rows: sittings } = await db.query<SittingRow>(
    `SELECT s.id, s.student_id, s.test_id, s.test_type, s.pattern, s.question_ids,
            (extract(epoch FROM s.started_at) * 1000)::float8 AS started_ms,
            (extract(epoch FROM s.submitted_at) * 1000)::float8 AS submitted_ms,
            (extract(epoch FROM coalesce(sub.received_at, s.received_at)) * 1000)::float8 AS received_ms,
            coalesce(sub.received_at, s.received_at) AS received_at, s.submitted_at, s.started_at, u.standard,
            s.field_hlc->>'status' AS status_hlc
       FROM test_sittings s
       JOIN users u ON u.id = s.student_id
       LEFT JOIN sitting_submissions sub ON sub.sitting_id = s.id
      WHERE s.id = ANY($1::uuid[]) AND s.status = 'submitted'
      ORDER BY s.id
        FOR UPDATE OF s`,
    [ids],
  );
  if (sittings.length === 0) return outcome;
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
    // FOR SHARE waits for a ranking transaction (FOR UPDATE) on the same benchmark, so a sitting
    // is never held back after its benchmark was released.
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

  // Every attempt of the batch, unsorted; the latest per question is picked here (JS string
  // order is code-unit order, i.e. HLC order), cheaper than a collated sort in SQL. Equal HLC
  // strings mean the same device and counter, i.e. the same event. `late`: received after the
  // benchmark's deadline (server clock). Security: only the sitting owner's own attempts count,
  // whatever reached the table.
  const attempts = await db.query<{ sitting_id: string; question_id: string; answer: string | null; response_time_ms: number; hlc: string; late: boolean }>(
    `SELECT a.sitting_id, a.question_id, a.answer, a.response_time_ms, a.hlc,
            coalesce(a.received_at > b.closes_at + make_interval(secs => b.grace_s), false) AS late
       FROM attempts a JOIN test_sittings s ON s.id = a.sitting_id AND s.student_id = a.student_id
       LEFT JOIN benchmarks b ON s.test_type = 'MONTHLY' AND b.id = s.test_id
      WHERE a.sitting_id = ANY($1::uuid[])`,
    [sittingIds],
  );
  const cutoff = new Map(sittings.map((x) => [x.id, x.status_hlc]));
  const latest = new Map<string, Map<string, { answer: string | null; time: number; hlc: string }>>();
  const ignoredBy = new Map<string, number>();
  for (const r of attempts.rows) {
    const stamp = cutoff.get(r.sitting_id);
    if (r.late || (stamp != null && r.hlc > stamp)) {
      ignoredBy.set(r.sitting_id, (ignoredBy.get(r.sitting_id) ?? 0) + 1);
      continue;
    }
    let m = latest.get(r.sitting_id);
    if (!m) latest.set(r.sitting_id, (m = new Map()));
    const prev = m.get(r.question_id);
    if (!prev || r.hlc > prev.hlc) m.set(r.question_id, { answer: r.answer, time: r.response_time_ms, hlc: r.hlc });
  }
  const responses = latest;

  const paperOf = (s: SittingRow): string[] => {
    const b = s.test_type === 'MONTHLY' ? benchmarks.get(s.test_id) : undefined;
    return b ? b.question_ids : s.question_ids;
  };
  // Keys are released, never looked up: a benchmark's own sittings may use its sealed keys; any
  // other paper only public and released ones (a sealed id on it scores as no question at all).
  const benchmarkSittings = sittings.filter((s) => s.test_type === 'MONTHLY' && benchmarks.has(s.test_id));
  const benchmarkPapers = new Set(benchmarkSittings.map((s) => s.id));
  const otherPapers = sittings.filter((s) => !benchmarkPapers.has(s.id));
  const sealedKeys = await loadKeys(db, [...new Set(benchmarkSittings.flatMap(paperOf))], [...new Set(benchmarkSittings.map((s) => s.test_id))]);
  const publicKeys = await loadKeys(db, [...new Set(otherPapers.flatMap(paperOf))]);
  const keysOf = (s: SittingRow) => (benchmarkPapers.has(s.id) ? sealedKeys : publicKeys);

  const existing = await db.query<{ sitting_id: string; digest: string; stale: boolean; state: string }>(
    'SELECT sitting_id, digest, stale, state FROM sitting_scores WHERE sitting_id = ANY($1::uuid[])',
    [sittingIds],
  );
  const prior = new Map(existing.rows.map((r) => [r.sitting_id, r]));

  const scoreRows: Record<string, unknown>[] = [];
  const statusRows: Record<string, unknown>[] = [];
  const published: Published[] = [];
  const unpublished: string[] = [];
  const clearStale: string[] = [];

  for (const s of sittings) {
    const b = s.test_type === 'MONTHLY' ? benchmarks.get(s.test_id) : undefined;
    const pattern = b ? b.pattern : s.pattern;
    const keys = keysOf(s);
    const questions = paperOf(s).map((id) => keys.get(id)).filter((q): q is KeyedQuestion => q !== undefined);
    const given = responses.get(s.id) ?? new Map<string, { answer: string | null; time: number }>();
    const paper = scorePaper(pattern, questions, new Map([...given].map(([q, v]) => [q, v.answer])));
    const marked: Marked = {
      answers: questions.map((q) => given.get(q.id)?.answer ?? null),
      marks: paper.responses.map((r) => r.marks),
      times: questions.map((q) => given.get(q.id)?.time ?? null),
      // Full credit only: partial marks (JEE Advanced multi-correct) are not "correct".
      correct: paper.responses.map((r) => (r.status === 'UNANSWERED' ? null : r.status === 'CORRECT')),
    };
    const ignoredN = ignoredBy.get(s.id) ?? 0;
    let verdict: Verdict | null = null;
    if (b) {
      const window: BenchmarkWindow = {
        standard: b.standard,
        status: b.status,
        opensAtMs: b.opens_ms,
        closesAtMs: b.closes_ms,
        graceS: b.grace_s,
        durationS: b.duration_s,
        questionIds: b.question_ids,
      };
      verdict = judgeSubmission(window, {
        studentStandard: s.standard,
        receivedAtMs: s.received_ms,
        startedAtMs: s.started_ms,
        submittedAtMs: s.submitted_ms,
        sittingQuestionIds: s.question_ids,
        postSubmissionAttempts: ignoredN,
        hasEarlierSubmission: (firstSitting.get(`${s.student_id}|${s.test_id}`) ?? s.id) !== s.id,
      });
    }
    const state = !b ? 'scored' : verdict?.counted ? 'counted' : 'refused';
    // Published = visible in test_results: ordinary sittings at once, benchmark ones after release.
    // A counted sitting of a benchmark not yet released is written sealed (published = false:
    // no sync bucket, API or coach view reads it) so that release only flips rows in place.
    const released = b?.status === 'released';
    const publish = !b || (state === 'counted' && released);
    const sealed = b !== undefined && state === 'counted' && !released;
    const flags = verdict?.flags ?? (ignoredN > 0 ? ['POST_SUBMISSION_ANSWERS'] : []);
    const tally = { total: tallyJson(paper.total), ...Object.fromEntries(SUBJECTS.map((subj) => [subj, tallyJson(paper.bySubject[subj])])) };
    const maxMarks = maxMarksOf(pattern, questions);
    const result = {
      sitting_id: s.id,
      student_id: s.student_id,
      test_id: s.test_id,
      benchmark_id: b?.id ?? null,
      state,
      reason_code: verdict?.reason ?? null,
      flags,
      total_score: paper.total.marks,
      max_marks: maxMarks,
      tally,
      question_ids: questions.map((q) => q.id),
      answers: marked.answers,
      marks: marked.marks,
      times_ms: marked.times,
      ignored_attempts: ignoredN,
    };
    const digest = createHash('sha256').update(JSON.stringify(result)).digest('hex');
    const before = prior.get(s.id);
    if (before && before.digest === digest) {
      if (before.stale) clearStale.push(s.id);
      continue;
    }
    outcome.changed.push(s.id);
    const deferred = b !== undefined && (!publishNow || sealed);
    scoreRows.push({ ...result, digest, responses_published: publish && !deferred });
    if (b && verdict) {
      statusRows.push({
        benchmark_id: b.id,
        student_id: s.student_id,
        sitting_id: s.id,
        status: verdict.counted ? 'counted' : 'refused',
        reason_code: verdict.reason,
        reason: verdict.reason ? REFUSAL_REASONS[verdict.reason] : null,
        flags: verdict.flags,
        received_at: s.received_at,
        device_submitted_at: s.submitted_at,
      });
    }
    if (publish || sealed) {
      const answered = paper.total.right + paper.total.wrong;
      published.push({
        deferred,
        sitting: s,
        questions,
        marked,
        row: {
          student_id: s.student_id,
          sitting_id: s.id,
          test_id: s.test_id,
          test_type: s.test_type,
          total_score: paper.total.marks,
          total_marks: maxMarks,
          accuracy: answered > 0 ? paper.total.right / answered : null,
          subject_scores: Object.fromEntries(SUBJECTS.map((subj) => [subj, tallyJson(paper.bySubject[subj])])),
          start_time: s.started_at,
          end_time: s.submitted_at,
          duration_seconds: s.submitted_ms !== null ? Math.max(0, Math.round((s.submitted_ms - s.started_ms) / 1000)) : null,
          standard: s.standard,
          received_at: s.received_at,
          published: publish,
        },
      });
      if (b && released) outcome.rerank.push(b.id);
    } else if (before && (before.state === 'scored' || before.state === 'counted')) {
      unpublished.push(s.id);
    }
  }

  if (clearStale.length > 0) await db.query('UPDATE sitting_scores SET stale = false WHERE sitting_id = ANY($1::uuid[])', [clearStale]);
  if (scoreRows.length > 0) await upsertScores(db, scoreRows);
  if (statusRows.length > 0) await upsertStatus(db, statusRows);
  if (unpublished.length > 0) {
    const gone = await db.query<{ test_id: string }>('DELETE FROM test_results WHERE sitting_id = ANY($1::uuid[]) RETURNING test_id', [unpublished]);
    for (const r of gone.rows) if (benchmarks.get(r.test_id)?.status === 'released') outcome.rerank.push(r.test_id);
  }
  if (published.length > 0) {
    await publishResults(db, published);
    const students = [...new Set(published.filter((p) => !p.deferred).map((p) => p.sitting.student_id))];
    await refreshMastery(db, cacheKey, students);
  }
  outcome.rerank = [...new Set(outcome.rerank)];
  return outcome;
}

async function upsertScores(db: Queryable, rows: Record<string, unknown>[]): Promise<void> {
  // JSON arrays map straight onto the array columns (jsonb_to_recordset converts them, in order).
  await db.query(
    `INSERT INTO sitting_scores (sitting_id, student_id, test_id, benchmark_id, state, reason_code, flags, total_score, max_marks, tally,
                                 question_ids, answers, marks, times_ms, ignored_attempts, digest, stale, responses_published, scored_at)
     SELECT r.sitting_id, r.student_id, r.test_id, r.benchmark_id, r.state, r.reason_code, r.flags, r.total_score, r.max_marks, r.tally,
            r.question_ids, r.answers, r.marks, r.times_ms, r.ignored_attempts, r.digest, false, r.responses_published, now()
       FROM jsonb_to_recordset($1::jsonb) AS r(sitting_id uuid, student_id uuid, test_id text, benchmark_id text, state text, reason_code text,
            flags text[], total_score int, max_marks int, tally jsonb, question_ids text[], answers text[], marks smallint[], times_ms int[],
            ignored_attempts int, digest text, responses_published boolean)
     ON CONFLICT (sitting_id) DO UPDATE SET
       benchmark_id = EXCLUDED.benchmark_id, state = EXCLUDED.state, reason_code = EXCLUDED.reason_code, flags = EXCLUDED.flags,
       total_score = EXCLUDED.total_score, max_marks = EXCLUDED.max_marks, tally = EXCLUDED.tally, question_ids = EXCLUDED.question_ids,
       answers = EXCLUDED.answers, marks = EXCLUDED.marks, times_ms = EXCLUDED.times_ms, ignored_attempts = EXCLUDED.ignored_attempts,
       digest = EXCLUDED.digest, stale = false, responses_published = EXCLUDED.responses_published, scored_at = now()`,
    [JSON.stringify(rows)],
  );
}

async function upsertStatus(db: Queryable, rows: Record<string, unknown>[]): Promise<void> {
  await db.query(
    `INSERT INTO benchmark_submission_status (benchmark_id, student_id, sitting_id, status, reason_code, reason, flags, received_at, device_submitted_at)
     SELECT r.benchmark_id, r.student_id, r.sitting_id, r.status, r.reason_code, r.reason, ARRAY(SELECT jsonb_array_elements_text(r.flags)),
            r.received_at, r.device_submitted_at
       FROM jsonb_to_recordset($1::jsonb) AS r(benchmark_id text, student_id uuid, sitting_id uuid, status text, reason_code text, reason text,
            flags jsonb, received_at timestamptz, device_submitted_at timestamptz)
     ON CONFLICT (sitting_id) DO UPDATE SET status = EXCLUDED.status, reason_code = EXCLUDED.reason_code, reason = EXCLUDED.reason,
       flags = EXCLUDED.flags, received_at = EXCLUDED.received_at, device_submitted_at = EXCLUDED.device_submitted_at, updated_at = now()
     WHERE (benchmark_submission_status.status, benchmark_submission_status.reason_code, benchmark_submission_status.flags,
            benchmark_submission_status.received_at, benchmark_submission_status.device_submitted_at)
       IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.reason_code, EXCLUDED.flags, EXCLUDED.received_at, EXCLUDED.device_submitted_at)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Writes test_results (published ones, and sealed ones of a benchmark before its release) and
 * question_responses for published results that are not deferred. Score columns only:
 * percentile and ranks belong to the ranking job. Unchanged rows are not touched, so ids stay
 * stable and sync sees no churn; questions that left a paper lose their response rows.
 */
async function publishResults(db: Queryable, items: Published[]): Promise<void> {
  await db.query(
    `INSERT INTO test_results (student_id, sitting_id, test_id, test_type, total_score, total_marks, accuracy, subject_scores,
                               start_time, end_time, duration_seconds, standard, test_date, submitted_at, published)
     SELECT r.student_id, r.sitting_id, r.test_id, r.test_type, r.total_score, r.total_marks, r.accuracy, r.subject_scores,
            r.start_time, r.end_time, r.duration_seconds, r.standard, (r.received_at AT TIME ZONE 'Asia/Kolkata')::date, r.received_at, r.published
       FROM jsonb_to_recordset($1::jsonb) AS r(student_id uuid, sitting_id uuid, test_id text, test_type text, total_score int, total_marks int,
            accuracy float8, subject_scores jsonb, start_time timestamptz, end_time timestamptz, duration_seconds int, standard smallint,
            received_at timestamptz, published boolean)
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
    [JSON.stringify(items.map((i) => i.row))],
  );
  const ids = await db.query<{ id: string; sitting_id: string }>('SELECT id, sitting_id FROM test_results WHERE sitting_id = ANY($1::uuid[])', [
    items.map((i) => i.sitting.id),
  ]);
  const resultOf = new Map(ids.rows.map((r) => [r.sitting_id, r.id]));
  const rows: Record<string, unknown>[] = [];
  for (const { sitting, questions, marked, deferred } of items) {
    if (deferred) continue;
    const resultId = resultOf.get(sitting.id);
    questions.forEach((q, i) => {
      const answer = marked.answers[i] ?? null;
      const marks = marked.marks[i] ?? 0;
      rows.push({
        test_result_id: resultId,
        student_id: sitting.student_id,
        question_id: q.id,
        student_answer: answer,
        correct_answer: q.answer,
        is_correct: marked.correct[i] ?? null,
        marks_awarded: marks,
        response_time_ms: marked.times[i] ?? null,
        concept_id: q.primary_concept_id,
        difficulty: q.difficulty,
        subject: q.subject,
      });
    });
  }
  const written = items.filter((i) => !i.deferred).map((i) => resultOf.get(i.sitting.id)).filter((id): id is string => id !== undefined);
  if (written.length > 0) await writeResponses(db, rows, written);
}

export async function writeResponses(db: Queryable, rows: Record<string, unknown>[], resultIds: string[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await db.query(
      `INSERT INTO question_responses (test_result_id, student_id, question_id, student_answer, correct_answer, is_correct, marks_awarded,
                                       response_time_ms, concept_id, difficulty, subject)
       SELECT r.test_result_id, r.student_id, r.question_id, r.student_answer, r.correct_answer, r.is_correct, r.marks_awarded,
              r.response_time_ms, r.concept_id, r.difficulty, r.subject
         FROM jsonb_to_recordset($1::jsonb) AS r(test_result_id uuid, student_id uuid, question_id text, student_answer text, correct_answer text,
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
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS r(test_result_id uuid, question_id text)
                         WHERE r.test_result_id = q.test_result_id AND r.question_id = q.question_id)`,
    [resultIds, JSON.stringify(rows.map((r) => ({ test_result_id: r.test_result_id, question_id: r.question_id })))],
  );
}
