import { usePowerSync } from '@powersync/react';
import { appSchema } from './schema.ts';

/** The student's own synced tables (content is the same for everyone and left out). */
const OWN_TABLES = ['users', 'attempts', 'test_sittings', 'student_mastery', 'test_results', 'question_responses', 'student_performance_metrics', 'sync_upload_errors'] as const;

export interface LocalExport {
  exported_at: string;
  tables: Record<string, unknown[]>;
  /** Local writes not yet accepted by the server. */
  pending_uploads: number;
}

/** Reads every row of the profile's own tables from its local replica, as plain JSON. */
export function useExportLocalData() {
  const db = usePowerSync();
  return async (): Promise<LocalExport> => {
    const known = new Set(appSchema.tables.map((t) => t.name));
    const tables: Record<string, unknown[]> = {};
    for (const name of OWN_TABLES) if (known.has(name)) tables[name] = await db.getAll(`SELECT * FROM ${name}`);
    const stats = await db.getUploadQueueStats();
    return { exported_at: new Date().toISOString(), tables, pending_uploads: stats.count };
  };
}

/**
 * Asks the browser not to evict this origin's storage under pressure (the replica holds answers
 * that may not have synced yet). Resolves to whether storage is persistent.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
