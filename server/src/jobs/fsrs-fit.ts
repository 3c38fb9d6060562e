import { countLoggedReviews, dayReviewLog, foldStudent, trainingItems, type LoggedReview } from '@cr/shared/engine/index';
import { HLC_WALL_DIGITS } from '@cr/shared/engine/hlc';
import { fsrsWeightsSchema } from '@cr/shared/schemas/sync';
import { DAY_MS } from '@cr/shared/time';
import type pg from 'pg';
import { engineContextCache } from '../scoring/content.ts';
import { loadAttemptEvents } from '../scoring/mastery.ts';
import type { JobDefinition } from './queue.ts';

/**
 * Personal memory: fits each student's own FSRS parameters to their review history (one review
 * per concept per study day, graded as the device's fold grades it) with fsrs-rs's optimiser
 * (`@open-spaced-repetition/binding`), and writes them to the student's users row, which syncs
 * to their devices; the device's engine then schedules with them (`personalSchedule`).
 *
 * A student is fitted once they have `MIN_REVIEWS` reviews after a gap, and again whenever that
 * count has grown by `REFIT_GROWTH` since the last fit, so a fit runs on a few students a night
 * rather than on everyone. The reviews are re-derived from the server's own fold (correctness
 * from the keys), never from anything the device reports about its schedule.
 */

export const FSRS_FIT_JOB = 'engine.fsrs-fit';
/** Reviews after a gap before a student's own parameters replace the population defaults. */
export const MIN_REVIEWS = 200;
/** Growth of the review count (×) that triggers a refit. */
export const REFIT_GROWTH = 1.25;
/** Students fitted per run (each fit takes seconds of CPU). */
export const STUDENTS_PER_RUN = 25;

export interface FitResult {
  /** Students whose parameters were written. */
  readonly fitted: number;
  /** Students examined whose exact review count was still below `MIN_REVIEWS`. */
  readonly tooFew: number;
}

/** FSRS parameters for a review log (null when it has too few reviews to fit). */
export async function fitParameters(log: ReadonlyMap<string, readonly LoggedReview[]>): Promise<number[] | null> {
  if (countLoggedReviews(log) < MIN_REVIEWS) return null;
  // Loaded on first use: a platform without the optimiser's native build still boots the server.
  const { computeParameters, FSRSBindingItem, FSRSBindingReview } = await import('@open-spaced-repetition/binding');
  const items = trainingItems(log).map((reviews) => new FSRSBindingItem(reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaDays))));
  // One review per study day: there are no same-day (short-term) reviews to learn from.
  const weights = await computeParameters(items, { enableShortTerm: false });
  const parsed = fsrsWeightsSchema.safeParse(weights);
  return parsed.success ? parsed.data : null;
}

/**
 * One pass: students whose review count (estimated in SQL as concept-days minus concepts, the
 * exact count comes from the fold) reached `MIN_REVIEWS` and grew by `REFIT_GROWTH` since their
 * last fit, most reviews first, at most `limit`.
 */
export async function fitPersonalFsrs(pool: pg.Pool, options: { limit?: number } = {}): Promise<FitResult> {
  const ctx = await engineContextCache()(pool);
  const { utcOffsetMinutes, dayStartHour } = ctx.studyDay;
  const candidates = await pool.query<{ id: string; reviews: number }>(
    `SELECT u.id, x.reviews FROM users u
       JOIN LATERAL (
         SELECT count(DISTINCT (a.concept_id, floor((left(a.hlc, ${HLC_WALL_DIGITS})::bigint + $1::bigint) / $2::bigint)))::int
                - count(DISTINCT a.concept_id)::int AS reviews
           FROM attempts a WHERE a.student_id = u.id
       ) x ON true
      WHERE u.role = 'student' AND u.status = 'active' AND u.consent_status IN ('not_required', 'granted') AND x.reviews >= $3
        AND (u.fsrs_review_count IS NULL OR x.reviews >= u.fsrs_review_count * $4::float8)
      ORDER BY x.reviews DESC, u.id
      LIMIT $5`,
    [utcOffsetMinutes * 60_000 - dayStartHour * 3_600_000, DAY_MS, MIN_REVIEWS, REFIT_GROWTH, options.limit ?? STUDENTS_PER_RUN],
  );
  let fitted = 0;
  let tooFew = 0;
  for (const { id, reviews: estimate } of candidates.rows) {
    const events = (await loadAttemptEvents(pool, ctx, [id])).get(id) ?? [];
    const log = dayReviewLog(ctx, foldStudent(ctx, id, events));
    // The count the next selection compares against: at least the SQL estimate that picked the
    // student, so one whose estimate runs ahead of the fold's exact count (answers the fold does
    // not count: superseded, cleared, unreleased) is not picked again every night, ahead of others.
    const reviews = Math.max(countLoggedReviews(log), estimate);
    const weights = await fitParameters(log);
    if (weights === null) {
      // Remember the count so the estimate does not pick the student again before it grows.
      tooFew += 1;
      await pool.query('UPDATE users SET fsrs_review_count = $2 WHERE id = $1', [id, reviews]);
      continue;
    }
    await pool.query('UPDATE users SET fsrs_weights = $2::jsonb, fsrs_review_count = $3, fsrs_fitted_at = now() WHERE id = $1', [id, JSON.stringify(weights), reviews]);
    fitted += 1;
  }
  return { fitted, tooFew };
}

/** Nightly (22:00 UTC, 03:30 IST: after the day's study, before the next morning's plan). */
export function fsrsFitJobs(pool: pg.Pool): JobDefinition<never>[] {
  const job: JobDefinition = {
    name: FSRS_FIT_JOB,
    cron: '0 22 * * *',
    policy: 'stately',
    expireInSeconds: 3600,
    handler: async () => {
      await fitPersonalFsrs(pool);
    },
  };
  return [job] as JobDefinition<never>[];
}
