import path from 'node:path';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { JobDefinition } from '../jobs/queue.ts';
import { createBackup, pruneBackups, type BackupResult } from './backup.ts';

export const BACKUP_JOB = 'ops.backup';

export type BackupSettings = Pick<Config, 'BACKUP_DIR' | 'BACKUP_CRON' | 'BACKUP_RETENTION_DAYS' | 'DATA_DIR' | 'JWT_PRIVATE_KEY'>;

/** The generated signing key's file, or null when the key is configured (then it is not ours to copy). */
export const signingKeyFile = (s: Pick<Config, 'DATA_DIR' | 'JWT_PRIVATE_KEY'>): string | null =>
  s.JWT_PRIVATE_KEY ? null : path.join(s.DATA_DIR, 'keys', 'jwt-private.pem');

/** One backup into BACKUP_DIR, then retention. Used by the schedule and by `npm run backup`. */
export async function backupNow(db: Database, settings: BackupSettings, now = new Date()): Promise<BackupResult & { pruned: string[] }> {
  const result = await createBackup({ db, outDir: settings.BACKUP_DIR, keyFile: signingKeyFile(settings), now });
  const pruned = await pruneBackups(settings.BACKUP_DIR, settings.BACKUP_RETENTION_DAYS, now);
  return { ...result, pruned };
}

/**
 * The scheduled backup (pg-boss cron, UTC). `singleton` keeps two workers from dumping at once;
 * a failed run is retried and then dead-lettered, which the backup-age alert notices.
 */
export function backupJobs(db: Database, settings: BackupSettings): JobDefinition<never>[] {
  if (settings.BACKUP_CRON === 'off') return [];
  return [
    {
      name: BACKUP_JOB,
      cron: settings.BACKUP_CRON,
      policy: 'singleton',
      retryLimit: 2,
      retryDelayS: 60,
      expireInSeconds: 3600,
      handler: async () => {
        const r = await backupNow(db, settings);
        console.log(`backup: ${r.file} (${(r.bytes / 1e6).toFixed(1)} MB, ${(r.durationMs / 1000).toFixed(1)} s${r.pruned.length ? `, pruned ${r.pruned.length}` : ''})`);
      },
    },
  ];
}
