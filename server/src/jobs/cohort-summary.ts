import type pg from 'pg';
import { refreshCohortSummaries } from '../coaching/summary.ts';
import type { JobDefinition } from './queue.ts';

export const COHORT_SUMMARY_JOB = {
  /** Every 2 minutes: follows scoring sweeps; writes only rows that changed. */
  frequent: 'coaching.summary',
  /** Nightly after analytics (20:30 UTC): burnout reasons and alerts of the night reach coaches. */
  nightly: 'coaching.summary-nightly',
} as const;

/** Keeps `cohort_student_summary` current; both runs are idempotent full recomputes. */
export function cohortSummaryJobs(pool: pg.Pool): JobDefinition<never>[] {
  const frequent: JobDefinition = {
    name: COHORT_SUMMARY_JOB.frequent,
    cron: '*/2 * * * *',
    policy: 'stately',
    expireInSeconds: 600,
    handler: async () => {
      await refreshCohortSummaries(pool);
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
