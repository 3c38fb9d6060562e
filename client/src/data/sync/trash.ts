/**
 * Databases of profiles removed from this device, to delete at the next start (database.ts
 * `purgeRemovedDatabases`). Deleting at once is not safe: the sync worker may still hold a
 * connection, and a blocked delete request would stall every later open of that name (the same
 * student signing in again) until the page closes. Their rows are already gone
 * (`disconnectAndClear`); only the emptied files wait here.
 *
 * Kept apart from database.ts so the first screen can ask whether there is anything to delete
 * without loading the database code (the local database, PowerSync): on almost every start there
 * is nothing, and that code then stays off the first screen's critical path.
 */
const TRASH_KEY = 'cr.db-trash';

export function readTrash(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(TRASH_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function writeTrash(list: string[]): void {
  if (list.length === 0) localStorage.removeItem(TRASH_KEY);
  else localStorage.setItem(TRASH_KEY, JSON.stringify(list));
}

/** Some removed profile's files still wait to be deleted. */
export const hasRemovedDatabases = (): boolean => readTrash().length > 0;
