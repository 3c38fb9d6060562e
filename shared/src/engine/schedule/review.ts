import { fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { DAY_MS } from '../../time.ts';
import { plainFsrs, type MemoryState, type PlainFsrs } from './fsrs-plain.ts';

/** Elapsed time is counted in whole days (DAY_MS), as FSRS expects. */
export { DAY_MS };

/**
 * Per-concept spaced repetition on FSRS (ts-fsrs 5.4.2's memory model: `next_state`,
 * `next_interval`, `forgetting_curve`). All times are epoch ms passed in; no clock is read, fuzz is
 * off (it would seed from the clock), so every replica computes the same schedule.
 */

/** A concept's review state. */
export interface ReviewCard {
  readonly conceptId: string;
  /** FSRS stability, days (interval at which recall probability falls to 90 %). */
  readonly stability: number;
  /** FSRS difficulty, 1 (easy) … 10 (hard). */
  readonly difficulty: number;
  /** Last explicit review, epoch ms. */
  readonly lastReviewMs: number;
  /** Next review due, epoch ms. */
  readonly dueMs: number;
  /** Explicit reviews so far. */
  readonly reps: number;
  /** Reviews graded Again so far. */
  readonly lapses: number;
  /** Last implicit repetition credited, epoch ms (0 = never). */
  readonly lastCreditMs: number;
}

/** Scheduler settings. */
export interface ScheduleConfig {
  /** Target recall probability at the due date, 0–1. */
  readonly requestRetention: number;
  /** Longest interval, days (JEE preparation spans ≤ 2 years). */
  readonly maximumIntervalDays: number;
  /**
   * The student's own FSRS parameters (fitted on the server from their review history, see
   * `FSRS_PARAMETER_COUNT`); absent = FSRS's population defaults.
   */
  readonly weights?: readonly number[];
}

/** Length of an FSRS parameter vector in ts-fsrs 5 (FSRS-6). */
export const FSRS_PARAMETER_COUNT = 21;

/**
 * The schedule for a student: `base` with their fitted FSRS parameters when they are a valid
 * vector (right length, all finite), else `base` unchanged.
 */
export function personalSchedule(base: ScheduleConfig, weights: readonly number[] | null | undefined): ScheduleConfig {
  if (weights === null || weights === undefined || weights.length !== FSRS_PARAMETER_COUNT || !weights.every((w) => Number.isFinite(w))) return base;
  return { ...base, weights: [...weights] };
}

/** Defaults: FSRS's 0.9 retention; intervals capped at 180 days. */
export const DEFAULT_SCHEDULE_CONFIG: ScheduleConfig = { requestRetention: 0.9, maximumIntervalDays: 180 };

/**
 * The library resolves (clips, migrates) the parameters; the fold then runs on a plain-number
 * restatement of its formulas with bit-identical results (see fsrs-plain.ts).
 */
const schedulers = new WeakMap<ScheduleConfig, PlainFsrs>();
function schedulerFor(config: ScheduleConfig): PlainFsrs {
  let f = schedulers.get(config);
  if (f === undefined) {
    f = plainFsrs(fsrs(
      generatorParameters({
        request_retention: config.requestRetention,
        maximum_interval: config.maximumIntervalDays,
        enable_fuzz: false,
        ...(config.weights === undefined ? {} : { w: [...config.weights] }),
      }),
    ));
    schedulers.set(config, f);
  }
  return f;
}

/** FSRS grade for an answer: wrong → Again; right but a rapid guess or very slow → Hard; else Good. */
export function gradeAnswer(correct: boolean, doubtful: boolean): Grade {
  if (!correct) return Rating.Again;
  return doubtful ? Rating.Hard : Rating.Good;
}

/** Scratch for nextState: read at once by each caller, never held across calls. */
const scratch: MemoryState = { difficulty: 0, stability: 0 };

function elapsedDays(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor((toMs - fromMs) / DAY_MS));
}

/** Probability of recall, 0–1, at `atMs` (epoch ms). A card never reviewed has 0. */
export function retrievability(card: ReviewCard, atMs: number, config: ScheduleConfig = DEFAULT_SCHEDULE_CONFIG): number {
  const t = Math.max(0, (atMs - card.lastReviewMs) / DAY_MS);
  return schedulerFor(config).forgettingCurve(t, card.stability);
}

/**
 * Apply an explicit review graded `grade` at `atMs` (epoch ms). `card` undefined = first review.
 * `elapsed` = whole days since the last review (default: whole 24-hour periods; the fold passes
 * study days).
 */
export function reviewCard(
  card: ReviewCard | undefined,
  conceptId: string,
  grade: Grade,
  atMs: number,
  config: ScheduleConfig = DEFAULT_SCHEDULE_CONFIG,
  elapsed?: number,
): ReviewCard {
  const f = schedulerFor(config);
  const t = card === undefined ? 0 : (elapsed ?? elapsedDays(card.lastReviewMs, atMs));
  const state = f.nextState(card === undefined ? 0 : card.difficulty, card === undefined ? 0 : card.stability, t, grade, scratch);
  // A recalled review (Hard or better) after a gap of t days schedules the next one further out
  // than t: the student just showed recall across that gap, so a shorter or equal interval
  // would be a loop, not growth.
  const interval = grade === Rating.Again ? 1 : Math.max(f.nextInterval(state.stability), card === undefined ? 1 : t + 1);
  return {
    conceptId,
    stability: state.stability,
    difficulty: state.difficulty,
    lastReviewMs: atMs,
    dueMs: atMs + interval * DAY_MS,
    reps: (card?.reps ?? 0) + 1,
    lapses: (card?.lapses ?? 0) + (grade === Rating.Again ? 1 : 0),
    lastCreditMs: card?.lastCreditMs ?? 0,
  };
}

/**
 * Implicit repetition: a successful review of a concept that encompasses this one gives it
 * `credit` (0–1, weight × transfer along the path) of a Good review at `atMs`. Stability moves
 * that share of the way to what a Good review would give; the last-review time stays, so
 * recall keeps decaying from the real review and only the due date moves out. At most one
 * implicit repetition per card per day (FSRS's own granularity): a card reviewed or credited
 * less than a day before `atMs` is returned unchanged.
 */
export function creditCard(card: ReviewCard, credit: number, atMs: number, config: ScheduleConfig = DEFAULT_SCHEDULE_CONFIG): ReviewCard {
  if (credit <= 0 || atMs - Math.max(card.lastReviewMs, card.lastCreditMs) < DAY_MS) return card;
  const f = schedulerFor(config);
  const t = elapsedDays(card.lastReviewMs, atMs);
  const good = f.nextState(card.difficulty, card.stability, t, Rating.Good, scratch);
  const c = Math.min(1, credit);
  const stability = card.stability + c * Math.max(0, good.stability - card.stability);
  const interval = f.nextInterval(stability);
  // Spelled out rather than spread: same fields in the same order as reviewCard's result, so every
  // card shares one object shape and the fold's property reads stay monomorphic.
  return {
    conceptId: card.conceptId,
    stability,
    difficulty: card.difficulty,
    lastReviewMs: card.lastReviewMs,
    dueMs: Math.max(card.dueMs, card.lastReviewMs + interval * DAY_MS),
    reps: card.reps,
    lapses: card.lapses,
    lastCreditMs: atMs,
  };
}

/**
 * Expected explicit reviews a card needs within the next `horizonDays` days if the student keeps
 * to the scheduler: each review at its due date, recalled (Good) with the target retention's
 * probability, so every interval after the first grows as FSRS grows it. A lapse (probability
 * 1 − retention) costs about one extra review, hence the division by the retention. A constant
 * interval (stability now) would overstate the load of a young card several times over.
 * `stability` and `difficulty` null = a concept learned today (its first Good review).
 */
export function projectedReviews(
  stability: number | null,
  difficulty: number | null,
  daysSinceReview: number,
  horizonDays: number,
  config: ScheduleConfig = DEFAULT_SCHEDULE_CONFIG,
): number {
  const f = schedulerFor(config);
  let s = stability;
  let d = difficulty;
  if (s === null || d === null) {
    const first = f.nextState(0, 0, 0, Rating.Good, scratch);
    s = first.stability;
    d = first.difficulty;
  }
  let interval = Math.max(1, f.nextInterval(s));
  let day = Math.max(0, interval - daysSinceReview);
  let n = 0;
  // FSRS intervals grow geometrically, so a handful of steps covers any horizon; the bound only
  // guards against a degenerate parameter set that stops growth.
  while (day < horizonDays && n < 64) {
    n += 1;
    const next = f.nextState(d, s, interval, Rating.Good, scratch);
    s = next.stability;
    d = next.difficulty;
    interval = Math.max(interval + 1, f.nextInterval(s));
    day += interval;
  }
  return n / config.requestRetention;
}

/** True when the card is due at `nowMs` (epoch ms). */
export function isDue(card: ReviewCard, nowMs: number): boolean {
  return card.dueMs <= nowMs;
}
