import { usePowerSync } from '@powersync/react';
import { appSchema } from '../sync/schema.ts';

/**
 * Tables everyone receives the same (syllabus, question bank, benchmark papers and keys); not
 * personal data. Every other table of the device schema is the profile's own and is exported, so
 * a table added to the schema is exported without a change here.
 */
const SHARED_CONTENT = new Set(['concepts', 'prerequisites', 'questions', 'units', 'benchmarks', 'benchmark_questions', 'benchmark_answer_keys', 'benchmark_leaderboard']);

/** Must match the server export's EXPORT_SCHEMA_VERSION (server/src/privacy/user-data.ts). */
export const LOCAL_EXPORT_SCHEMA_VERSION = 2;

export interface LocalExport {
  schema_version: number;
  source: 'device';
  exported_at: string;
  tables: Record<string, Array<Record<string, unknown>>>;
  /** Local writes not yet accepted by the server, oldest first, each marked pending. */
  pending_uploads: Array<{ pending: true; op: string; table: string; id: string; data: unknown }>;
}

/** Reads every row of the profile's own tables from its local replica, as plain JSON (works offline). */
export function useExportLocalData() {
  const db = usePowerSync();
  return async (): Promise<LocalExport> => {
    const tables: LocalExport['tables'] = {};
    for (const table of appSchema.tables) {
      if (SHARED_CONTENT.has(table.name)) continue;
      tables[table.name] = await db.getAll<Record<string, unknown>>(`SELECT * FROM "${table.name}"`);
    }
    const crud = await db.getAll<{ data: string }>('SELECT data FROM ps_crud ORDER BY id');
    const pending = crud.map((row) => {
      const op = JSON.parse(row.data) as { op: string; type: string; id: string; data?: unknown };
      return { pending: true as const, op: op.op, table: op.type, id: op.id, data: op.data ?? null };
    });
    return { schema_version: LOCAL_EXPORT_SCHEMA_VERSION, source: 'device', exported_at: new Date().toISOString(), tables, pending_uploads: pending };
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
