import { column, Table, type BaseColumnType, type ColumnsType, type TableOptions } from '@powersync/common';
import { SYNC_TABLES, type SyncColumnType, type SyncTableName } from '@cr/shared/schemas/sync-tables';

const COLUMN: Record<SyncColumnType, BaseColumnType<string | null> | BaseColumnType<number | null>> = { text: column.text, integer: column.integer, real: column.real };

type Tables = typeof SYNC_TABLES;
type ColumnOf<T> = T extends 'text' ? BaseColumnType<string | null> : BaseColumnType<number | null>;
/** Each synced table's PowerSync columns, typed from the contract (so row types stay exact). */
type SyncedColumns = { [N in SyncTableName]: { -readonly [K in keyof Tables[N]['columns']]: ColumnOf<Tables[N]['columns'][K]> } };

/**
 * The device's PowerSync table for a synced table, with exactly the columns and types of the sync
 * contract (shared/src/schemas/sync-tables.ts). Options are the device's own business: indexes,
 * `insertOnly`.
 */
export function syncedTable<N extends SyncTableName>(name: N, options?: TableOptions): Table<SyncedColumns[N]> {
  const columns: ColumnsType = {};
  for (const [key, type] of Object.entries(SYNC_TABLES[name].columns as Readonly<Record<string, SyncColumnType>>)) columns[key] = COLUMN[type];
  return new Table(columns, options) as Table<SyncedColumns[N]>;
}
