import type pg from 'pg';
import type { Config } from '../config.ts';
import { analyticsJobs } from './analytics.ts';
import { calibrateJobs } from './calibrate.ts';
import { COHORT_SUMMARY_JOB, cohortSummaryJobs } from './cohort-summary.ts';
import { dataCleanupJobs } from './data-cleanup.ts';
import { fsrsFitJobs } from './fsrs-fit.ts';
import { notificationJobs, type NotifySettings } from './notifications.ts';
import type { JobDefinition } from './queue.ts';
import { scoringJobs } from './scoring.ts';
import type { BacklogScorer } from '../scoring/threads.ts';

/** The configured thresholds the jobs read (server/src/config.ts); absent keys take their defaults. */
export type JobSettings = Partial<Pick<Config, 'BENCHMARK_LEADERBOARD_TOP_N' | 'BENCHMARK_ALERT_PERCENTILE' | 'BURNOUT_ALERT_THRESHOLD' | 'ACCOUNT_DELETION_GRACE_DAYS' | 'TELEMETRY_RETENTION_DAYS'> & NotifySettings>;

/**
 * Every job the platform runs. Handlers are plain factories over the pool. `backlog`: where the
 * scoring drains score their claims (the process's scoring threads); by default in process.
 */
export function jobDefinitions(pool: pg.Pool, settings: JobSettings = {}, backlog?: BacklogScorer): JobDefinition<never>[] {
  return [
    ...scoringJobs(
      pool,
      {
        ...(settings.BENCHMARK_LEADERBOARD_TOP_N !== undefined ? { topN: settings.BENCHMARK_LEADERBOARD_TOP_N } : {}),
        ...(settings.BENCHMARK_ALERT_PERCENTILE !== undefined ? { alertPercentile: settings.BENCHMARK_ALERT_PERCENTILE } : {}),
      },
      // A scored sitting reaches coaches' heatmaps within seconds, not at the summary's next minute.
      COHORT_SUMMARY_JOB.frequent,
      backlog,
    ),
    ...analyticsJobs(pool, settings.BURNOUT_ALERT_THRESHOLD !== undefined ? { burnoutAlertThreshold: settings.BURNOUT_ALERT_THRESHOLD } : {}),
    ...cohortSummaryJobs(pool),
    ...dataCleanupJobs(pool, {
      ...(settings.ACCOUNT_DELETION_GRACE_DAYS !== undefined ? { graceDays: settings.ACCOUNT_DELETION_GRACE_DAYS } : {}),
      ...(settings.TELEMETRY_RETENTION_DAYS !== undefined ? { telemetryRetentionDays: settings.TELEMETRY_RETENTION_DAYS } : {}),
    }),
    ...notificationJobs(pool, settings),
    ...calibrateJobs(pool),
    ...fsrsFitJobs(pool),
  ];
}
