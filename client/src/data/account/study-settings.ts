import { useMemo } from 'react';
import { useQuery } from '@powersync/react';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { DESIRED_RETENTION_RANGE, STUDY_MINUTES_RANGE } from '@cr/shared/engine/schedule/study-settings';
import { nextHlc } from '../sync/device.ts';
import type { StudySettings } from '../learning/learning-views.ts';

/**
 * The student's study settings (daily minutes, desired retention), kept on their own `users`
 * row like the other profile fields: written on the device as a last-writer-wins field (stamped
 * in `field_hlc`), uploaded when online, and synced to the student's other devices.
 */

interface SettingsRow {
  study_minutes: number | null;
  desired_retention: number | null;
}

/** Settings of `userId` from the local replica; defaults (nulls) until the row arrives. */
export function useStudySettings(userId: string): StudySettings {
  const rows = useQuery<SettingsRow>('SELECT study_minutes, desired_retention FROM users WHERE id = ?', [userId]).data;
  const row = rows[0];
  const minutes = row?.study_minutes ?? null;
  const retention = row?.desired_retention ?? null;
  return useMemo(() => ({ studyMinutes: minutes, desiredRetention: retention }), [minutes, retention]);
}

/** A settings value problem, named by field, for the form to show. */
export type SettingsProblem = 'study_minutes' | 'desired_retention';

/** Checks the values a student typed; null when they are acceptable. */
export function checkStudySettings(s: StudySettings): SettingsProblem | null {
  const m = s.studyMinutes;
  if (m !== null && m !== undefined && (!Number.isInteger(m) || m < STUDY_MINUTES_RANGE.min || m > STUDY_MINUTES_RANGE.max)) return 'study_minutes';
  const r = s.desiredRetention;
  if (r !== null && r !== undefined && !(r >= DESIRED_RETENTION_RANGE.min && r <= DESIRED_RETENTION_RANGE.max)) return 'desired_retention';
  return null;
}

/** Save the settings on this device (uploaded later); throws on values `checkStudySettings` refuses. */
export async function saveStudySettings(db: AbstractPowerSyncDatabase, userId: string, s: StudySettings, nowMs = Date.now()): Promise<void> {
  const problem = checkStudySettings(s);
  if (problem) throw new Error(`${problem}: out of range`);
  const stamp = nextHlc(nowMs);
  await db.execute(
    `UPDATE users SET study_minutes = ?, desired_retention = ?,
            field_hlc = json_set(COALESCE(field_hlc, '{}'), '$.study_minutes', ?, '$.desired_retention', ?)
      WHERE id = ?`,
    [s.studyMinutes ?? null, s.desiredRetention ?? null, stamp, stamp, userId],
  );
}
