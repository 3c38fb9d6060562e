import { hash } from 'node:crypto';
import { scoreSitting, subjectTallies, tallyJson, type ExamPattern, type ScoredSitting, type SittingAttempt } from '@cr/shared/engine/index';
import { jsonElement, numberArrayElement, numberElement, textArrayElement, textElement } from './array-literal.ts';
import { judgeSubmission, REFUSAL_REASONS, type Verdict } from './benchmark-rules.ts';
import type { KeyedQuestion } from './content.ts';

/**
 * The decide step of authoritative scoring: pure, over one batch loaded by `sittings-store.ts`.
 * Each sitting is scored by the shared sitting scorer (the device runs the same one for its
 * provisional result); benchmark sittings are judged by the benchmark rules; the result is a
 * list of rows to write. A sitting whose result digest equals the stored one is left alone, so
 * scoring twice changes no row.
 */

export interface SittingRow {
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

export interface BenchmarkRow {
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

export interface PriorScore {
  digest: string;
  stale: boolean;
  state: string;
}

/** Everything the decision needs, loaded in bulk for one batch. */
export interface LoadedBatch {
  sittings: readonly SittingRow[];
  benchmarks: ReadonlyMap<string, BenchmarkRow>;
  /** `${student_id}|${benchmark_id}` → the sitting the server received first (the one that counts). */
  firstSitting: ReadonlyMap<string, string>;
  /**
   * A sitting's answer events (only the owner's; `late` when received after a benchmark's
   * deadline). Decoded on each call, so only the sitting being decided holds its events: a
   * batch's 150,000 event objects then die young instead of surviving into the old generation.
   */
  attemptsOf(sittingId: string): readonly SittingAttempt[];
  /** Keys a benchmark's own sittings may use (its sealed keys, released ones, the public bank). */
  sealedKeys: ReadonlyMap<string, KeyedQuestion>;
  /** Keys any other paper may use (public and released only). */
  publicKeys: ReadonlyMap<string, KeyedQuestion>;
  prior: ReadonlyMap<string, PriorScore>;
}

export interface DecideOptions {
  /**
   * Publish per-question responses (and refresh mastery) of released benchmark sittings now.
   * Ranking passes false and leaves them to the chunked publish job, so ranking 100k sittings
   * stays one short transaction.
   */
  publishResponses: boolean;
}

/** A row of `sitting_scores`. */
export interface ScoreRow {
  sitting_id: string;
  student_id: string;
  test_id: string;
  benchmark_id: string | null;
  state: 'scored' | 'counted' | 'refused';
  reason_code: string | null;
  flags: string[];
  total_score: number;
  max_marks: number;
  tally: Record<string, unknown>;
  ignored_attempts: number;
  /**
   * Every column but the digest and the flags below, as the array-literal elements the upsert
   * sends (`SCORE_ELEMENTS` order: the fields above, then the per-question columns
   * question_ids, answers, marks and times_ms as literals of their own arrays).
   */
  elements: readonly string[];
  /** sha256 of `elements` joined by commas: the row's whole content, compared before writing. */
  digest: string;
  responses_published: boolean;
}

/** The order of `ScoreRow.elements`. */
export const SCORE_ELEMENTS = [
  'sitting_id', 'student_id', 'test_id', 'benchmark_id', 'state', 'reason_code', 'flags', 'total_score', 'max_marks', 'tally',
  'question_ids', 'answers', 'marks', 'times_ms', 'ignored_attempts',
] as const;

/** A row of `benchmark_submission_status`. */
export interface StatusRow {
  benchmark_id: string;
  student_id: string;
  sitting_id: string;
  status: 'counted' | 'refused';
  reason_code: string | null;
  reason: string | null;
  flags: string[];
  received_at: string;
  device_submitted_at: string | null;
}

/** A row of `test_results` as the scoring job writes it (score columns; standings belong to the ranking). */
export interface ResultRow {
  student_id: string;
  sitting_id: string;
  test_id: string;
  test_type: string;
  total_score: number;
  total_marks: number;
  accuracy: number | null;
  subject_scores: Record<string, unknown>;
  start_time: string | Date;
  end_time: string | Date | null;
  duration_seconds: number | null;
  standard: number | null;
  received_at: string | Date;
  published: boolean;
}

/** A result to write into `test_results` (and, unless deferred, its `question_responses`). */
export interface ResultWrite {
  sitting_id: string;
  student_id: string;
  row: ResultRow;
  /**
   * The scored paper, for the per-question responses; null when deferred (result row only:
   * responses and mastery wait for the publish job), so nothing keeps the paper alive.
   */
  responses: { questions: readonly KeyedQuestion[]; scored: ScoredSitting } | null;
}

export interface Decisions {
  /** Sittings whose stored result changed. */
  changed: string[];
  /** Released benchmarks whose standings must be recomputed. */
  rerank: string[];
  clearStale: string[];
  /** Score rows that changed (their digest is of the JSON text of every other field). */
  scores: ScoreRow[];
  statuses: StatusRow[];
  results: ResultWrite[];
  /** Sittings whose result must leave test_results (it no longer counts). */
  unpublish: string[];
}

/**
 * The question ids element of a paper, encoded once per batch and paper: NULL for a benchmark's
 * own paper whole (every question keyed, in its order; migration 026), which the score row names
 * by its benchmark instead of repeating the ids.
 */
interface Paper {
  questions: KeyedQuestion[];
  ids: string;
}

/**
 * The keyed questions of a paper, in paper order, and their id element. A benchmark's own paper
 * with every question keyed is named by reference: NULL (migration 026).
 */
function paperOf(ids: readonly string[], keys: ReadonlyMap<string, KeyedQuestion>, benchmarkPaper: boolean): Paper {
  const questions: KeyedQuestion[] = [];
  for (const id of ids) {
    const q = keys.get(id);
    if (q) questions.push(q);
  }
  const whole = benchmarkPaper && questions.length === ids.length;
  return { questions, ids: whole ? textElement(null) : textArrayElement(questions.map((q) => q.id)) };
}

/** Decides the writes for one loaded batch. Pure. */
export function decideBatch(batch: LoadedBatch, opts: DecideOptions): Decisions {
  const out: Decisions = { changed: [], rerank: [], clearStale: [], scores: [], statuses: [], results: [], unpublish: [] };
  // A class sits one paper: its keyed questions and their id column are built once per batch,
  // per benchmark for benchmark sittings (their paper and keys are the benchmark's) and per
  // paper for the others (the loader hands out one id array per distinct paper).
  const benchmarkPapers = new Map<BenchmarkRow, Paper>();
  const papers = new Map<readonly string[], Paper>();
  for (const s of batch.sittings) {
    const b = s.test_type === 'MONTHLY' ? batch.benchmarks.get(s.test_id) : undefined;
    const pattern = b ? b.pattern : s.pattern;
    // Keys are released, never looked up: a benchmark's own sittings may use its sealed keys; any
    // other paper only public and released ones (a sealed id on it scores as no question at all).
    let paper: Paper | undefined;
    if (b) {
      paper = benchmarkPapers.get(b);
      if (!paper) benchmarkPapers.set(b, (paper = paperOf(b.question_ids, batch.sealedKeys, true)));
    } else {
      paper = papers.get(s.question_ids);
      if (!paper) papers.set(s.question_ids, (paper = paperOf(s.question_ids, batch.publicKeys, false)));
    }
    const { questions } = paper;
    const scored = scoreSitting(pattern, questions, batch.attemptsOf(s.id), s.status_hlc);
    let verdict: Verdict | null = null;
    if (b) {
      verdict = judgeSubmission(
        {
          standard: b.standard,
          status: b.status,
          opensAtMs: b.opens_ms,
          closesAtMs: b.closes_ms,
          graceS: b.grace_s,
          durationS: b.duration_s,
          questionIds: b.question_ids,
        },
        {
          studentStandard: s.standard,
          receivedAtMs: s.received_ms,
          startedAtMs: s.started_ms,
          submittedAtMs: s.submitted_ms,
          sittingQuestionIds: s.question_ids,
          postSubmissionAttempts: scored.ignored,
          hasEarlierSubmission: (batch.firstSitting.get(`${s.student_id}|${s.test_id}`) ?? s.id) !== s.id,
        },
      );
    }
    const state = !b ? 'scored' : verdict?.counted ? 'counted' : 'refused';
    // Published = visible in test_results: ordinary sittings at once, benchmark ones after release.
    // A counted sitting of a benchmark not yet released is written sealed (published = false:
    // no sync bucket, API or coach view reads it) so that release only flips rows in place.
    const released = b?.status === 'released';
    const publish = !b || (state === 'counted' && released);
    const sealed = b !== undefined && state === 'counted' && !released;
    const bySubject = subjectTallies(scored.paper);
    const flags = verdict?.flags ?? (scored.ignored > 0 ? ['POST_SUBMISSION_ANSWERS'] : []);
    const tally = { total: tallyJson(scored.paper.total), ...bySubject };
    const reason = verdict?.reason ?? null;
    const benchmarkId = b?.id ?? null;
    const elements = [
      s.id,
      s.student_id,
      textElement(s.test_id),
      textElement(benchmarkId),
      state,
      textElement(reason),
      textArrayElement(flags),
      numberElement(scored.paper.total.marks),
      numberElement(scored.maxMarks),
      jsonElement(tally),
      paper.ids,
      textArrayElement(scored.finalAnswers),
      numberArrayElement(scored.marks),
      numberArrayElement(scored.timesMs),
      numberElement(scored.ignored),
    ];
    // The digest covers every element the row is written from (elements are unambiguous once
    // joined: each is a well-formed array-literal element). Rows scored before 2026-12-07 carry
    // a digest of their JSON text instead: such a row is written again, with the same values,
    // the first time its sitting is rescored.
    const digest = hash('sha256', elements.join(','), 'hex');
    const before = batch.prior.get(s.id);
    if (before && before.digest === digest) {
      if (before.stale) out.clearStale.push(s.id);
      continue;
    }
    out.changed.push(s.id);
    const deferred = b !== undefined && (!opts.publishResponses || sealed);
    out.scores.push({
      sitting_id: s.id,
      student_id: s.student_id,
      test_id: s.test_id,
      benchmark_id: benchmarkId,
      state,
      reason_code: reason,
      flags,
      total_score: scored.paper.total.marks,
      max_marks: scored.maxMarks,
      tally,
      ignored_attempts: scored.ignored,
      elements,
      digest,
      responses_published: publish && !deferred,
    });
    if (b && verdict) {
      out.statuses.push({
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
      out.results.push({
        sitting_id: s.id,
        student_id: s.student_id,
        responses: deferred ? null : { questions, scored },
        row: {
          student_id: s.student_id,
          sitting_id: s.id,
          test_id: s.test_id,
          test_type: s.test_type,
          total_score: scored.paper.total.marks,
          total_marks: scored.maxMarks,
          accuracy: scored.accuracy,
          subject_scores: bySubject,
          start_time: s.started_at,
          end_time: s.submitted_at,
          duration_seconds: s.submitted_ms !== null ? Math.max(0, Math.round((s.submitted_ms - s.started_ms) / 1000)) : null,
          standard: s.standard,
          received_at: s.received_at,
          published: publish,
        },
      });
      if (b && released) out.rerank.push(b.id);
    } else if (before && (before.state === 'scored' || before.state === 'counted')) {
      out.unpublish.push(s.id);
    }
  }
  return out;
}
