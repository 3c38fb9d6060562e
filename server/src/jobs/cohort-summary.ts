import type pg from 'pg';
import { refreshCohortSummaries, summaryRunner } from '../coaching/summary.ts';
import type { JobDefinition } from './queue.ts';

export const COHORT_SUMMARY_JOB = {
  /**
   * Every minute, and at once after a sitting is scored (scoring.ts sends it): incremental
   * (students with new inputs since the last run), full every 6 h. Stately: a burst of sends
   * collapses into one waiting run.
   */
  frequent: 'coaching.summary',
  /** Nightly after analytics (21:15 UTC): a full pass, so burnout reasons, alerts and the activity windows of the night reach coaches. */
  nightly: 'coaching.summary-nightly',
} as const;

/** Keeps `cohort_student_summary` current; both runs are idempotent and write only changed rows. */
export function cohortSummaryJobs(pool: pg.Pool): JobDefinition<never>[] {
  const run = summaryRunner();
  const frequent: JobDefinition = {
    name: COHORT_SUMMARY_JOB.frequent,
    cron: '* * * * *',
    policy: 'stately',
    expireInSeconds: 600,
    handler: async () => {
      await run(pool);
    },
  };
  const nightly: JobDefinition = {
    name: COHORT_SUMMARY_JOB.nightly,
    cron: '15 21 * * *',
    policy: 'stately',
    expireInSeconds: 1800,
    handler: async () => {
      await refreshCohortSummaries(pool);
    },
  };
  return [frequent, nightly] as JobDefinition<never>[];
}
