import { SUBJECTS, type Subject } from '../../schemas/content.ts';
import { compareHlcStrings, hlcAfter } from '../hlc.ts';
import { DEFAULT_MARKS, type ExamPattern, type MarkableQuestion } from './marking.ts';
import { scorePaperBy, type ScoredPaper, type ScoreTally } from './paper.ts';

/**
 * The one scorer of a test sitting, run by the device (provisional result, the moment the student
 * submits) and by the server (authoritative result, the only one that counts). Both give it the
 * same inputs, so both compute the same paper (docs/scoring.md):
 *
 *  - the final answer to a question is the sitting's answer event with the greatest HLC at or
 *    before the submission's HLC stamp (`field_hlc.status`); events stamped later are ignored and
 *    counted, as are events the server flags `late` (received after a benchmark's deadline);
 *  - a null or blank final answer is a clear: unanswered, 0 marks;
 *  - marks are the JEE rules of `markResponse` under the sitting's pattern, over the paper's
 *    questions in paper order (a question without a key is not on the paper);
 *  - max marks are the full marks of every question; accuracy is right / answered.
 *
 * The device's own `is_correct` is never an input.
 */

/** One saved answer (or clear: `answer` null) of a sitting, as stored in `attempts`. */
export interface SittingAttempt {
  readonly question_id: string;
  readonly answer: string | null;
  readonly hlc: string;
  readonly response_time_ms: number;
  /** Received by the server after the benchmark's deadline: never counts. Devices leave it unset. */
  readonly late?: boolean;
}

/** The answer that counts for one question. */
export interface FinalAnswer {
  readonly answer: string | null;
  readonly timeMs: number;
  readonly hlc: string;
}

/** The final answers of a sitting and how many events were ignored on the way. */
export interface SelectedAnswers {
  /** Question id → final answer. */
  readonly answers: Map<string, FinalAnswer>;
  /** Events stamped after the submission or received late. */
  readonly ignored: number;
}

/**
 * Whether `a` supersedes `b` for the same question. Equal stamps are one event uploaded twice
 * (the same device and counter); the tie-break on the answer text keeps the choice independent
 * of the order rows arrive in all the same.
 */
function supersedes(a: Pick<SittingAttempt, 'hlc' | 'answer'>, b: Pick<SittingAttempt, 'hlc' | 'answer'>): boolean {
  const c = compareHlcStrings(a.hlc, b.hlc);
  if (c !== 0) return c > 0;
  return (a.answer ?? '') > (b.answer ?? '');
}

/** The answer events that count, per question, and how many were ignored. */
export interface SelectedAttempts<A> {
  /** Question id → the event that counts. */
  readonly final: Map<string, A>;
  /** Events stamped after the submission or received late. */
  readonly ignored: number;
}

/**
 * The final-answer rule: per question, the event with the greatest HLC at or before `cutoffHlc`
 * (the submission stamp; null while the sitting is in progress), never a `late` one. Order of
 * `attempts` does not matter. Generic so callers keep their own row shape (ids, concepts).
 */
export function selectFinalAttempts<A extends Pick<SittingAttempt, 'question_id' | 'answer' | 'hlc' | 'late'>>(
  attempts: readonly A[],
  cutoffHlc: string | null,
): SelectedAttempts<A> {
  const final = new Map<string, A>();
  let ignored = 0;
  for (const a of attempts) {
    if (a.late === true || (cutoffHlc !== null && hlcAfter(a.hlc, cutoffHlc))) {
      ignored++;
      continue;
    }
    const prev = final.get(a.question_id);
    if (prev === undefined || supersedes(a, prev)) final.set(a.question_id, a);
  }
  return { final, ignored };
}

/**
 * The answers of a student's log that count as evidence: every practice answer (no sitting) and,
 * of each sitting, the final answer per question by `selectFinalAttempts` with the sitting's
 * submission stamp (`cutoff`, null while in progress) as the cutoff. Used by the device's and
 * the server's mastery input alike.
 */
export function countedSittingAttempts<A extends Pick<SittingAttempt, 'question_id' | 'answer' | 'hlc' | 'late'> & { readonly sitting_id: string | null; readonly cutoff: string | null }>(
  rows: readonly A[],
): A[] {
  const out: A[] = [];
  const bySitting = new Map<string, A[]>();
  for (const r of rows) {
    if (r.sitting_id === null) out.push(r);
    else {
      const list = bySitting.get(r.sitting_id);
      if (list) list.push(r);
      else bySitting.set(r.sitting_id, [r]);
    }
  }
  for (const list of bySitting.values()) out.push(...selectFinalAttempts(list, list[0]?.cutoff ?? null).final.values());
  return out;
}

/** Final answers of a sitting (see `selectFinalAttempts`). */
export function selectFinalAnswers(attempts: readonly SittingAttempt[], cutoffHlc: string | null): SelectedAnswers {
  const { final, ignored } = selectFinalAttempts(attempts, cutoffHlc);
  const answers = new Map<string, FinalAnswer>();
  for (const [q, a] of final) answers.set(q, { answer: a.answer, timeMs: a.response_time_ms, hlc: a.hlc });
  return { answers, ignored };
}

/** Question id → final answer, ignoring events stamped after `cutoffHlc`. */
export function finalAnswers(attempts: readonly SittingAttempt[], cutoffHlc: string | null): Map<string, FinalAnswer> {
  return selectFinalAnswers(attempts, cutoffHlc).answers;
}

/** Marks for a fully correct answer to `q` under `pattern`. */
export function fullMarksOf(pattern: ExamPattern, q: Pick<MarkableQuestion, 'type' | 'fullMarks'>): number {
  return q.fullMarks ?? DEFAULT_MARKS[pattern][q.type][0];
}

/** The most a paper can score: full marks of every question, summed. */
export function maxMarksOf(pattern: ExamPattern, questions: readonly Pick<MarkableQuestion, 'type' | 'fullMarks'>[]): number {
  let sum = 0;
  for (const q of questions) sum += fullMarksOf(pattern, q);
  return sum;
}

/**
 * Full marks per pattern and question type as one JSON object (`{"JEE_MAIN":{"SINGLE":4,…},…}`),
 * for SQL that needs them (`($n::jsonb -> pattern ->> type)::int`): the constants then come from
 * `DEFAULT_MARKS` at run time and cannot drift from it.
 */
export function fullMarksTable(): Record<ExamPattern, Record<MarkableQuestion['type'], number>> {
  const out = {} as Record<ExamPattern, Record<MarkableQuestion['type'], number>>;
  for (const [pattern, types] of Object.entries(DEFAULT_MARKS) as [ExamPattern, Record<MarkableQuestion['type'], readonly [number, number]>][]) {
    out[pattern] = Object.fromEntries(Object.entries(types).map(([t, [full]]) => [t, full])) as Record<MarkableQuestion['type'], number>;
  }
  return out;
}

/** A scored sitting: the paper plus the per-question columns both sides store or show. */
export interface ScoredSitting {
  readonly paper: ScoredPaper;
  readonly maxMarks: number;
  /** right / answered; null when nothing was answered. */
  readonly accuracy: number | null;
  readonly answers: ReadonlyMap<string, FinalAnswer>;
  /** Events that did not count (stamped after the submission, or late). */
  readonly ignored: number;
  /** Per question of the paper, in paper order. */
  readonly questionIds: readonly string[];
  readonly finalAnswers: readonly (string | null)[];
  readonly marks: readonly number[];
  readonly timesMs: readonly (number | null)[];
  /** Full credit only (partial marks are not "correct"); null when unanswered. */
  readonly correct: readonly (boolean | null)[];
}

/** Scores one sitting. `questions` are the keyed questions of the paper in paper order. */
export function scoreSitting(
  pattern: ExamPattern,
  questions: readonly MarkableQuestion[],
  attempts: readonly SittingAttempt[],
  cutoffHlc: string | null,
): ScoredSitting {
  const { answers, ignored } = selectFinalAnswers(attempts, cutoffHlc);
  const paper = scorePaperBy(pattern, questions, (id) => answers.get(id)?.answer);
  const answered = paper.total.right + paper.total.wrong;
  const n = questions.length;
  const questionIds = new Array<string>(n);
  const finalAnswers = new Array<string | null>(n);
  const timesMs = new Array<number | null>(n);
  const marks = new Array<number>(n);
  const correct = new Array<boolean | null>(n);
  for (let i = 0; i < n; i++) {
    const id = questions[i]!.id;
    const a = answers.get(id);
    const r = paper.responses[i]!;
    questionIds[i] = id;
    finalAnswers[i] = a?.answer ?? null;
    timesMs[i] = a?.timeMs ?? null;
    marks[i] = r.marks;
    correct[i] = r.status === 'UNANSWERED' ? null : r.status === 'CORRECT';
  }
  return {
    paper,
    maxMarks: maxMarksOf(pattern, questions),
    accuracy: answered > 0 ? paper.total.right / answered : null,
    answers,
    ignored,
    questionIds,
    finalAnswers,
    marks,
    timesMs,
    correct,
  };
}

/** A tally as stored in JSON (a fresh plain object with the four counts). */
export function tallyJson(t: ScoreTally): ScoreTally {
  return { marks: t.marks, right: t.right, wrong: t.wrong, unanswered: t.unanswered };
}

/** Per-subject tallies as stored in `test_results.subject_scores`. */
export function subjectTallies(paper: ScoredPaper): Record<Subject, ScoreTally> {
  return Object.fromEntries(SUBJECTS.map((s) => [s, tallyJson(paper.bySubject[s])])) as Record<Subject, ScoreTally>;
}
