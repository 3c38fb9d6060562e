import { column, Table, type TableOptions } from '@powersync/common';
import { SYNC_TABLES, type SyncColumnType, type SyncTableName } from '@cr/shared/schemas/sync-tables';

const COLUMN = { text: column.text, integer: column.integer, real: column.real } as const;
type PowerSyncColumns<C extends Readonly<Record<string, SyncColumnType>>> = { -readonly [K in keyof C]: (typeof COLUMN)[C[K]] };

/**
 * The device's PowerSync table for a synced table, with exactly the columns and types of the sync
 * contract (shared/src/schemas/sync-tables.ts). Options are the device's own business: indexes,
 * `insertOnly`.
 */
export function syncedTable<N extends SyncTableName>(name: N, options?: TableOptions): Table<PowerSyncColumns<(typeof SYNC_TABLES)[N]['columns']>> {
  const columns = Object.fromEntries(
    Object.entries(SYNC_TABLES[name].columns as Readonly<Record<string, SyncColumnType>>).map(([key, type]) => [key, COLUMN[type]]),
  ) as PowerSyncColumns<(typeof SYNC_TABLES)[N]['columns']>;
  return new Table(columns, options);
}
