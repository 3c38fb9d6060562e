import type { ExamPattern, MarkableQuestion } from '@cr/shared/engine/scoring/marking';
import { scoreSitting, type ScoredSitting, type SittingAttempt } from '@cr/shared/engine/scoring/sitting';

/**
 * The device's provisional score of a sitting: the shared sitting scorer
 * (shared/src/engine/scoring/sitting.ts) that the server's authoritative scoring runs too, over
 * the same inputs (the sitting's answer events, its submission stamp, the paper's keys).
 * The parity with the server is tested in tests/provisional-scoring.pg.test.ts.
 */

export { finalAnswers, maxMarksOf, type FinalAnswer, type SittingAttempt } from '@cr/shared/engine/scoring/sitting';

export type ProvisionalScore = ScoredSitting;

export function provisionalScore(
  pattern: ExamPattern,
  questions: readonly MarkableQuestion[],
  attempts: readonly SittingAttempt[],
  cutoffHlc: string | null,
): ProvisionalScore {
  return scoreSitting(pattern, questions, attempts, cutoffHlc);
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
