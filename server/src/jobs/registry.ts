import type pg from 'pg';
import { analyticsJobs } from './analytics.ts';
import { cohortSummaryJobs } from './cohort-summary.ts';
import type { JobDefinition } from './queue.ts';
import { scoringJobs } from './scoring.ts';

/** Every job the platform runs. Handlers are plain factories over the pool. */
export function jobDefinitions(pool: pg.Pool): JobDefinition<never>[] {
  return [...scoringJobs(pool), ...analyticsJobs(pool), ...cohortSummaryJobs(pool)];
}
