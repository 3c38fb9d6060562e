import { Rating, type Grade } from 'ts-fsrs';
import { DAY_MS } from './review.ts';

/**
 * One FSRS review per concept per study day. FSRS models memory at day granularity: several
 * answers on a concept within one sitting or one day are one retrieval episode, not several
 * reviews. Treating each answer as its own review made a single slip reset the interval to one
 * day and count a lapse even when the student got the rest of the day right.
 *
 * The grade is a pure function of the day's answers (their outcomes, rapid-guess and speed
 * flags), never of arrival order, so every replica computes the same card.
 */

/** One answer on a concept, as the day grade sees it. */
export interface DayAnswer {
  readonly correct: boolean;
  /** Faster than a plausible read of the question: counts half as evidence. */
  readonly rapid: boolean;
  /** Much slower than the question's typical time (a struggle even when right). */
  readonly slow: boolean;
  /** Clearly quicker than the typical time without being a rapid guess (fluent recall). */
  readonly fast: boolean;
}

/** Running summary of a day's answers on one concept (enough to grade; order-free). */
export interface DayTally {
  /** Evidence weight of all answers (rapid guesses count `RAPID_DAY_WEIGHT`). */
  weight: number;
  /** Evidence weight of the right answers. */
  rightWeight: number;
  /** Answers, right answers that were slow, right answers that were fast (not rapid). */
  answers: number;
  slowRight: number;
  fastRight: number;
  rapidRight: number;
  wrong: number;
}

/** Evidence weight of a rapid guess in the day grade. */
export const RAPID_DAY_WEIGHT = 0.5;
/** Weighted accuracy (0–1) at or above which the day is a successful recall (Good or better). */
export const DAY_GOOD_ACCURACY = 0.8;
/** Weighted accuracy (0–1) at or above which a day with slips still counts as recalled (Hard). */
export const DAY_HARD_ACCURACY = 0.5;
/** Right answers needed, all fluent and none wrong, before a day is graded Easy. */
export const DAY_EASY_MIN_ANSWERS = 3;

export function emptyTally(): DayTally {
  return { weight: 0, rightWeight: 0, answers: 0, slowRight: 0, fastRight: 0, rapidRight: 0, wrong: 0 };
}

/** Add one answer to a tally (in place); commutative, so the result is order-free. */
export function addToTally(t: DayTally, a: DayAnswer): DayTally {
  const w = a.rapid ? RAPID_DAY_WEIGHT : 1;
  t.weight += w;
  t.answers += 1;
  if (a.correct) {
    t.rightWeight += w;
    if (a.slow) t.slowRight += 1;
    if (a.rapid) t.rapidRight += 1;
    else if (a.fast) t.fastRight += 1;
  } else t.wrong += 1;
  return t;
}

/**
 * FSRS grade of a study day on a concept:
 * - weighted accuracy < 0.5 → Again (forgotten);
 * - 0.5 ≤ accuracy < 0.8, or every right answer slow, or only rapid guesses right → Hard
 *   (recalled with effort: one slip among several answers lands here, and FSRS still grows
 *   the interval after Hard);
 * - ≥ 3 answers, none wrong, all right answers fluent → Easy;
 * - otherwise Good.
 */
export function gradeDay(t: DayTally): Grade {
  if (t.weight <= 0) return Rating.Again;
  const accuracy = t.rightWeight / t.weight;
  if (accuracy < DAY_HARD_ACCURACY) return Rating.Again;
  const rightAnswers = t.answers - t.wrong;
  if (accuracy < DAY_GOOD_ACCURACY || t.slowRight >= rightAnswers || t.rapidRight >= rightAnswers) return Rating.Hard;
  if (t.wrong === 0 && rightAnswers >= DAY_EASY_MIN_ANSWERS && t.fastRight === rightAnswers) return Rating.Easy;
  return Rating.Good;
}

/**
 * Study-day number of an instant: whole days since the epoch in the student's local time,
 * shifted so a day starts at `dayStartHour` local (late-night study belongs to the evening
 * before). `utcOffsetMinutes` is the student's offset from UTC (IST = +330).
 */
export function studyDay(atMs: number, utcOffsetMinutes: number, dayStartHour: number): number {
  return Math.floor((atMs + utcOffsetMinutes * 60_000 - dayStartHour * 3_600_000) / DAY_MS);
}

/** Default offset: India Standard Time, UTC+05:30 (the exam's and most students' zone). */
export const DEFAULT_UTC_OFFSET_MINUTES = 330;
/** A study day runs from 04:00 to 04:00 local. */
export const DEFAULT_DAY_START_HOUR = 4;
