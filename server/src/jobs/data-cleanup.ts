import type pg from 'pg';
import { runDataCleanup, type CleanupReport } from '../privacy/cleanup.ts';
import type { JobDefinition } from './queue.ts';

export const DATA_CLEANUP_JOB = 'data_cleanup';

export interface DataCleanupSettings {
  graceDays?: number;
  telemetryRetentionDays?: number;
  /** Receives each run's counts (default: one JSON line on stdout for the log shipper). */
  log?: (report: CleanupReport) => void;
}

/**
 * Daily at 03:30 IST (22:00 UTC): deletes accounts whose grace period is over, prunes telemetry
 * past retention, expired refresh tokens, expired guardian links and old token tombstones.
 */
export function dataCleanupJobs(pool: pg.Pool, settings: DataCleanupSettings = {}): JobDefinition<never>[] {
  const log = settings.log ?? ((report: CleanupReport) => console.info(JSON.stringify({ job: DATA_CLEANUP_JOB, ...report })));
  const daily: JobDefinition = {
    name: DATA_CLEANUP_JOB,
    cron: '0 22 * * *',
    policy: 'stately',
    expireInSeconds: 3600,
    handler: async () => {
      log(await runDataCleanup(pool, { now: new Date(), graceDays: settings.graceDays ?? 30, telemetryRetentionDays: settings.telemetryRetentionDays ?? 180 }));
    },
  };
  return [daily] as JobDefinition<never>[];
}
