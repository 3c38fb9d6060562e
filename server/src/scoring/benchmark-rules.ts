/**
 * Whether a benchmark submission counts (pure; the scoring job feeds it). The trusted clock is
 * the server's receipt of the submission; device times (started_at, submitted_at) are recorded
 * and checked for plausibility but never decide alone that a submission counts.
 */

/** Why a submission does not count; the student sees the message. */
export const REFUSAL_REASONS = {
  WRONG_CLASS: 'This benchmark is for another class.',
  CANCELLED: 'This benchmark was cancelled.',
  STARTED_BEFORE_OPEN: 'The test was started before the benchmark window opened.',
  STARTED_AFTER_CLOSE: 'The test was started after the benchmark window closed.',
  RECEIVED_AFTER_GRACE: 'The submission reached the server after the grace period for offline devices ended.',
  DUPLICATE_SITTING: 'You already submitted this benchmark; only your first submission counts.',
} as const;
export type RefusalCode = keyof typeof REFUSAL_REASONS;

/**
 * Plausibility flags (recorded, not refusing): a coach or admin may review them.
 * CLOCK_AHEAD: device submitted_at later than server receipt; SUBMITTED_BEFORE_START: device
 * times out of order; OVERTIME: longer than the paper's limit; LATE_WITHIN_GRACE: received after
 * close but inside grace; POST_SUBMISSION_ANSWERS: answers stamped after the submission (ignored);
 * PAPER_MISMATCH: the sitting's question list differs from the paper (scored on the paper).
 */
export type SubmissionFlag =
  | 'CLOCK_AHEAD'
  | 'SUBMITTED_BEFORE_START'
  | 'OVERTIME'
  | 'LATE_WITHIN_GRACE'
  | 'POST_SUBMISSION_ANSWERS'
  | 'PAPER_MISMATCH';

/** Device clocks may disagree with the server by this much before we call them implausible (ms). */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

export interface BenchmarkWindow {
  readonly standard: number;
  readonly status: 'scheduled' | 'released' | 'cancelled';
  /** Epoch ms. */
  readonly opensAtMs: number;
  readonly closesAtMs: number;
  /** Seconds. */
  readonly graceS: number;
  readonly durationS: number;
  readonly questionIds: readonly string[];
}

export interface SubmissionFacts {
  readonly studentStandard: number | null;
  /** Server receipt of the submission, epoch ms (trusted). */
  readonly receivedAtMs: number;
  /** Device claims, epoch ms (untrusted). */
  readonly startedAtMs: number;
  readonly submittedAtMs: number | null;
  readonly sittingQuestionIds: readonly string[];
  /** Attempts stamped after the submission's HLC (ignored for scoring). */
  readonly postSubmissionAttempts: number;
  /** True when an earlier-received submission of the same student and benchmark exists. */
  readonly hasEarlierSubmission: boolean;
}

export interface Verdict {
  readonly counted: boolean;
  readonly reason: RefusalCode | null;
  readonly flags: SubmissionFlag[];
}

/** The verdict on one submission. Deterministic in its inputs. */
export function judgeSubmission(b: BenchmarkWindow, s: SubmissionFacts): Verdict {
  const flags: SubmissionFlag[] = [];
  if (s.submittedAtMs !== null && s.submittedAtMs > s.receivedAtMs + CLOCK_TOLERANCE_MS) flags.push('CLOCK_AHEAD');
  if (s.submittedAtMs !== null && s.submittedAtMs < s.startedAtMs) flags.push('SUBMITTED_BEFORE_START');
  if (s.submittedAtMs !== null && s.submittedAtMs - s.startedAtMs > b.durationS * 1000 + CLOCK_TOLERANCE_MS) flags.push('OVERTIME');
  if (s.receivedAtMs > b.closesAtMs && s.receivedAtMs <= b.closesAtMs + b.graceS * 1000) flags.push('LATE_WITHIN_GRACE');
  if (s.postSubmissionAttempts > 0) flags.push('POST_SUBMISSION_ANSWERS');
  if (s.sittingQuestionIds.length !== b.questionIds.length || s.sittingQuestionIds.some((q, i) => q !== b.questionIds[i])) flags.push('PAPER_MISMATCH');

  const refuse = (reason: RefusalCode): Verdict => ({ counted: false, reason, flags });
  if (b.status === 'cancelled') return refuse('CANCELLED');
  if (s.studentStandard !== b.standard) return refuse('WRONG_CLASS');
  if (s.hasEarlierSubmission) return refuse('DUPLICATE_SITTING');
  // Security: receipt is the server's clock; no device claim can stretch the deadline.
  if (s.receivedAtMs > b.closesAtMs + b.graceS * 1000) return refuse('RECEIVED_AFTER_GRACE');
  // A submission the server held before the window opened was certainly started before it.
  if (s.receivedAtMs < b.opensAtMs || s.startedAtMs < b.opensAtMs - CLOCK_TOLERANCE_MS) return refuse('STARTED_BEFORE_OPEN');
  // Late within grace counts only for a sitting started inside the window (device claim, with
  // the clock flags above beside it).
  if (s.startedAtMs > b.closesAtMs) return refuse('STARTED_AFTER_CLOSE');
  return { counted: true, reason: null, flags };
}
