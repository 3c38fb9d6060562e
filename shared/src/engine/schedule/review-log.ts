import type { Grade } from 'ts-fsrs';
import type { EngineContext } from '../state/context.ts';
import { hlcWallMs } from '../hlc.ts';
import { dayAnswer, isRapidGuess, type StudentState } from '../state/student-state.ts';
import { addToTally, emptyTally, gradeDay, studyDay, type DayTally } from './day-review.ts';

/**
 * A student's review history in the form FSRS optimisers train on: per concept, one review per
 * study day with the day's grade (the same `gradeDay` the fold uses) and the whole study days
 * since the concept's previous review day (0 for the first). Pure: a function of the folded
 * events only, so the server's fit sees exactly the reviews the device scheduled from.
 */

export interface LoggedReview {
  /** FSRS grade 1–4 (Again, Hard, Good, Easy). */
  readonly rating: Grade;
  /** Whole study days since the previous review of the concept; 0 for its first. */
  readonly deltaDays: number;
}

/** Day reviews per concept in time order (concepts sorted by id). */
export function dayReviewLog(ctx: EngineContext, state: StudentState): Map<string, LoggedReview[]> {
  const { utcOffsetMinutes, dayStartHour } = ctx.studyDay;
  const days = new Map<string, Map<number, DayTally>>();
  for (const e of state.events) {
    const day = studyDay(hlcWallMs(e.hlc), utcOffsetMinutes, dayStartHour);
    let perDay = days.get(e.concept_id);
    if (perDay === undefined) days.set(e.concept_id, (perDay = new Map()));
    let tally = perDay.get(day);
    if (tally === undefined) perDay.set(day, (tally = emptyTally()));
    addToTally(tally, dayAnswer(ctx, e, isRapidGuess(ctx, e)));
  }
  const out = new Map<string, LoggedReview[]>();
  for (const id of [...days.keys()].sort()) {
    const perDay = [...days.get(id)!].sort((a, b) => a[0] - b[0]);
    out.set(
      id,
      perDay.map(([day, tally], i) => ({ rating: gradeDay(tally), deltaDays: i === 0 ? 0 : day - perDay[i - 1]![0] })),
    );
  }
  return out;
}

/**
 * Training items for an FSRS optimiser: every prefix of a concept's history that ends in a
 * review after a gap (the last review is the one predicted). Same-day repeats cannot occur
 * (one review per study day), so every item's last delta is ≥ 1.
 */
export function trainingItems(log: ReadonlyMap<string, readonly LoggedReview[]>): LoggedReview[][] {
  const items: LoggedReview[][] = [];
  for (const reviews of log.values()) for (let n = 2; n <= reviews.length; n++) items.push(reviews.slice(0, n));
  return items;
}

/** Reviews after a gap in the log (what the optimiser learns from). */
export function countLoggedReviews(log: ReadonlyMap<string, readonly LoggedReview[]>): number {
  let n = 0;
  for (const reviews of log.values()) n += Math.max(0, reviews.length - 1);
  return n;
}
