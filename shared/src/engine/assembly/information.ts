import type { QuestionType } from '../../schemas/content.ts';

/**
 * Fisher information of a question at the student's current estimate, under a 3PL view with
 * discrimination 1: I = ((p − c) / (1 − c))² · (1 − p) / p, where p is the predicted probability
 * of a right answer and c the chance of guessing right. Highest near p ≈ (1 + c) / 2: the most
 * informative questions are those the student is about as likely to get right as wrong.
 */

/** Chance of a blind guess being right, by question type (0–1). */
export const GUESS_CHANCE: Readonly<Record<QuestionType, number>> = {
  SINGLE: 0.25,
  MULTI: 1 / 15,
  INTEGER: 0,
  NUMERIC: 0,
};

/** Information (≥ 0, unitless) of a question with predicted P(correct) `p` (0–1). */
export function fisherInformation(p: number, type: QuestionType): number {
  const c = GUESS_CHANCE[type];
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  if (q <= c) return 0;
  const r = (q - c) / (1 - c);
  return (r * r * (1 - q)) / q;
}
