/**
 * Test clocks, pure (times are parameters, in ms).
 *
 * The countdown runs while the test is open in the app, visible or not (switching to another app
 * mid-test costs time, as in the exam hall). Time while the app is not running (tab killed,
 * browser closed, battery dead, device asleep) does not count: the remaining time is persisted at
 * least every `PERSIST_EVERY_MS` and on visibilitychange/pagehide, and a resumed test continues
 * from the last persisted value. So a crash gives back at most `PERSIST_EVERY_MS` to the student.
 * A gap between two ticks longer than `MAX_TICK_GAP_MS` means the device was asleep or the page
 * frozen (browsers tick hidden tabs at least once a minute); such a gap counts as nothing.
 *
 * Time per question counts only while the page is visible and that question is on screen.
 */

/** How often the player persists its clocks (ms). */
export const PERSIST_EVERY_MS = 5_000;
/** A longer gap between ticks is a suspended device, not test time (ms). */
export const MAX_TICK_GAP_MS = 5 * 60_000;

/** Milliseconds of test time between two ticks: 0 for a clock going backwards or a suspension. */
export function tickElapsed(previousMs: number, nowMs: number): number {
  const gap = nowMs - previousMs;
  if (!Number.isFinite(gap) || gap <= 0 || gap > MAX_TICK_GAP_MS) return 0;
  return gap;
}

/** Remaining time after `elapsedMs` more test time, never below zero. */
export function remainingAfter(remainingMs: number, elapsedMs: number): number {
  return Math.max(0, remainingMs - Math.max(0, elapsedMs));
}

/** Remaining time of a sitting that has never persisted its clock: the whole limit. */
export function initialRemainingMs(durationLimitS: number | null): number {
  return Math.max(0, Math.round((durationLimitS ?? 0) * 1000));
}

/**
 * Per-question time: adds `elapsedMs` to the question on screen, only while the page is visible.
 * Returns the same object when nothing changes.
 */
export function addQuestionTime(
  times: Readonly<Record<string, number>>,
  questionId: string | undefined,
  elapsedMs: number,
  visible: boolean,
): Readonly<Record<string, number>> {
  if (questionId === undefined || !visible || elapsedMs <= 0) return times;
  return { ...times, [questionId]: (times[questionId] ?? 0) + elapsedMs };
}

/** "mm:ss", or "h:mm:ss" from an hour; rounds up so 0:00 shows only when time is really out. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** JEE Main allows 180 minutes for 75 questions: 144 s per question. */
export const SECONDS_PER_QUESTION = 144;

export function durationForQuestions(n: number): number {
  return Math.max(60, n * SECONDS_PER_QUESTION);
}
