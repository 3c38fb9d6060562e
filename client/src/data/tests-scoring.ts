import { DEFAULT_MARKS, type ExamPattern, type MarkableQuestion } from '@cr/shared/engine/scoring/marking';
import { scorePaper, type ScoredPaper } from '@cr/shared/engine/scoring/paper';

/**
 * The device's provisional score of a sitting, computed exactly as the server's authoritative
 * scoring does (server/src/scoring/score-sittings.ts) from the same inputs:
 *  - per question, the attempt with the greatest HLC at or before the submission's HLC stamp
 *    (`field_hlc.status`); attempts stamped later are ignored; equal stamps are the same event;
 *  - answer null = cleared = unanswered; the device's `is_correct` is not read;
 *  - the engine's `scorePaper` under the sitting's pattern, over the paper's questions in order;
 *  - max marks = full marks of every question; accuracy = right / answered.
 * Pure; the parity with the server is tested in tests/provisional-scoring.pg.test.ts.
 */

export interface SittingAttempt {
  readonly question_id: string;
  readonly answer: string | null;
  readonly hlc: string;
  readonly response_time_ms: number;
}

export interface FinalAnswer {
  readonly answer: string | null;
  readonly timeMs: number;
  readonly hlc: string;
}

/** Question id → final answer of the sitting, ignoring attempts stamped after `cutoffHlc`. */
export function finalAnswers(attempts: readonly SittingAttempt[], cutoffHlc: string | null): Map<string, FinalAnswer> {
  const latest = new Map<string, FinalAnswer>();
  for (const a of attempts) {
    if (cutoffHlc !== null && a.hlc > cutoffHlc) continue;
    const prev = latest.get(a.question_id);
    if (!prev || a.hlc > prev.hlc) latest.set(a.question_id, { answer: a.answer, timeMs: a.response_time_ms, hlc: a.hlc });
  }
  return latest;
}

export interface ProvisionalScore {
  readonly paper: ScoredPaper;
  readonly maxMarks: number;
  /** right / answered; null when nothing was answered. */
  readonly accuracy: number | null;
  readonly answers: ReadonlyMap<string, FinalAnswer>;
}

export function maxMarksOf(pattern: ExamPattern, questions: readonly MarkableQuestion[]): number {
  return questions.reduce((sum, q) => sum + (q.fullMarks ?? DEFAULT_MARKS[pattern][q.type][0]), 0);
}

export function provisionalScore(
  pattern: ExamPattern,
  questions: readonly MarkableQuestion[],
  attempts: readonly SittingAttempt[],
  cutoffHlc: string | null,
): ProvisionalScore {
  const answers = finalAnswers(attempts, cutoffHlc);
  const paper = scorePaper(pattern, questions, new Map([...answers].map(([q, a]) => [q, a.answer])));
  const answered = paper.total.right + paper.total.wrong;
  return { paper, maxMarks: maxMarksOf(pattern, questions), accuracy: answered > 0 ? paper.total.right / answered : null, answers };
}

/** Why a question's authoritative mark differs from the device's provisional one. */
export type DifferenceReason = 'ANSWER' | 'KEY' | 'NOT_ON_PAPER' | 'MARKS';

export interface QuestionDifference {
  readonly questionId: string;
  readonly reason: DifferenceReason;
  readonly deviceMarks: number;
  readonly serverMarks: number | null;
}

export interface ServerResponse {
  readonly question_id: string;
  readonly student_answer: string | null;
  readonly correct_answer: string | null;
  readonly marks_awarded: number | null;
}

/**
 * Questions whose marks differ between the provisional and the authoritative result, with the
 * likeliest reason: the server took a different final answer (answers from another device, or
 * received after the deadline), the answer key changed, or the question left the paper.
 */
export function explainDifferences(
  provisional: ProvisionalScore,
  localKeys: ReadonlyMap<string, string>,
  server: readonly ServerResponse[],
): QuestionDifference[] {
  const byId = new Map(server.map((r) => [r.question_id, r]));
  const out: QuestionDifference[] = [];
  for (const r of provisional.paper.responses) {
    const s = byId.get(r.questionId);
    if (!s) {
      if (server.length > 0) out.push({ questionId: r.questionId, reason: 'NOT_ON_PAPER', deviceMarks: r.marks, serverMarks: null });
      continue;
    }
    const serverMarks = s.marks_awarded ?? 0;
    if (serverMarks === r.marks) continue;
    const mine = provisional.answers.get(r.questionId)?.answer ?? null;
    const reason: DifferenceReason =
      (s.student_answer ?? null) !== mine ? 'ANSWER' : s.correct_answer !== null && s.correct_answer !== localKeys.get(r.questionId) ? 'KEY' : 'MARKS';
    out.push({ questionId: r.questionId, reason, deviceMarks: r.marks, serverMarks });
  }
  return out;
}
