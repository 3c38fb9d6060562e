import type pg from 'pg';
import { runNightlyAnalytics, type AnalyticsOptions } from '../scoring/analytics.ts';
import type { JobDefinition } from './queue.ts';

export const ANALYTICS_JOB = 'analytics.nightly';

/** Nightly at 02:00 IST (20:30 UTC): every student's performance metrics, burnout crossings alert coaches. */
export function analyticsJobs(pool: pg.Pool, opts: AnalyticsOptions = {}): JobDefinition<never>[] {
  const nightly: JobDefinition = {
    name: ANALYTICS_JOB,
    cron: '30 20 * * *',
    policy: 'stately',
    expireInSeconds: 3600,
    handler: async () => {
      await runNightlyAnalytics(pool, Date.now(), 200, opts);
    },
  };
  return [nightly] as JobDefinition<never>[];
}
