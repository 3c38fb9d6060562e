import type pg from 'pg';
import type { Config } from '../config.ts';
import { analyticsJobs } from './analytics.ts';
import { cohortSummaryJobs } from './cohort-summary.ts';
import { notificationJobs, type NotifySettings } from './notifications.ts';
import type { JobDefinition } from './queue.ts';
import { scoringJobs } from './scoring.ts';

/** The configured thresholds the jobs read (server/src/config.ts); absent keys take their defaults. */
export type JobSettings = Partial<Pick<Config, 'BENCHMARK_LEADERBOARD_TOP_N' | 'BENCHMARK_ALERT_PERCENTILE' | 'BURNOUT_ALERT_THRESHOLD'> & NotifySettings>;

/** Every job the platform runs. Handlers are plain factories over the pool. */
export function jobDefinitions(pool: pg.Pool, settings: JobSettings = {}): JobDefinition<never>[] {
  return [
    ...scoringJobs(pool, {
      ...(settings.BENCHMARK_LEADERBOARD_TOP_N !== undefined ? { topN: settings.BENCHMARK_LEADERBOARD_TOP_N } : {}),
      ...(settings.BENCHMARK_ALERT_PERCENTILE !== undefined ? { alertPercentile: settings.BENCHMARK_ALERT_PERCENTILE } : {}),
    }),
    ...analyticsJobs(pool, settings.BURNOUT_ALERT_THRESHOLD !== undefined ? { burnoutAlertThreshold: settings.BURNOUT_ALERT_THRESHOLD } : {}),
    ...cohortSummaryJobs(pool),
    ...notificationJobs(pool, settings),
  ];
}
