import { UpdateType, type AbstractPowerSyncDatabase, type CrudEntry, type PowerSyncBackendConnector, type PowerSyncCredentials } from '@powersync/web';
import type { SessionStore } from './session.ts';
import { LWW_COLUMNS } from './schema.ts';
import { isRetryable } from './upload-policy.ts';
import { splitIntoBatches } from '@cr/shared/sync/upload-batches';

/** The 200 body of POST /sync/upload (docs/sync-upload.md). */
export interface UploadResult {
  applied: number;
  rejected: Array<{ op_id: number | null; table: string; id: string; code: string; message: string }>;
}

/**
 * The web connector: the sync token is the session's access JWT (refreshed before expiry by the
 * session); uploads go one CRUD transaction at a time to POST /sync/upload, in batches under the
 * server's limits, same contract as tests/sync/helpers/connector.ts.
 */
export class WebConnector implements PowerSyncBackendConnector {
  constructor(
    private readonly session: Pick<SessionStore, 'accessToken' | 'authed'>,
    private readonly onUpload?: (result: UploadResult) => void,
  ) {}

  async fetchCredentials(): Promise<PowerSyncCredentials> {
    // Endpoint without a trailing slash (docs/sync-protocol.md); same origin as the app.
    return { endpoint: window.location.origin, token: await this.session.accessToken() };
  }

  async uploadData(database: AbstractPowerSyncDatabase): Promise<void> {
    for (;;) {
      const tx = await database.getNextCrudTransaction();
      if (!tx) return;
      const clientId = await database.getClientId();
      const ops = await Promise.all(tx.crud.map(async (entry) => toOp(database, entry)));
      // A transaction of any size goes in batches under the server's limits (a 413 would lose
      // it). The transaction completes only after every batch was answered: a retry resends
      // all of them, and the server applies each op idempotently (events by id, LWW by stamp).
      for (const batch of splitIntoBatches(ops)) {
        const body = { client_id: clientId, transaction_id: tx.transactionId ?? null, ops: batch };
        try {
          // `authed` refreshes once on a 401 and retries; a second 401 surfaces here.
          const result = await this.session.authed<UploadResult>('/sync/upload', { method: 'POST', body });
          this.onUpload?.(result);
        } catch (error) {
          if (isRetryable(error)) throw error;
          console.warn('sync upload refused as a whole; dropping this batch', error);
        }
      }
      await tx.complete();
    }
  }
}

async function toOp(database: AbstractPowerSyncDatabase, entry: CrudEntry) {
  // A PUT carries the row as it was created (its own values and stamps); only a PATCH is widened
  // to the row's current register state. Widening a PUT would send later state ahead of the
  // writes queued between (a sitting created and submitted offline would arrive submitted before
  // its answers).
  const data = entry.op === UpdateType.PATCH ? await lwwState(database, entry.table, entry.id, entry.opData) : (entry.opData ?? null);
  return { op_id: entry.clientId, op: entry.op, type: entry.table, id: entry.id, data };
}

/**
 * LWW tables: a PATCH carries only the changed columns, so a write that re-sets a field to its
 * value with a newer stamp would be lost. Send the row's whole register state instead: every
 * stamped field with its current local value, plus `field_hlc` (docs/sync-upload.md).
 */
async function lwwState(database: AbstractPowerSyncDatabase, table: string, id: string, data: Record<string, unknown> | undefined): Promise<Record<string, unknown> | null> {
  const columns = LWW_COLUMNS[table];
  if (!columns || !data) return data ?? null;
  const row = await database.getOptional<Record<string, unknown>>(`SELECT ${columns.join(', ')}, field_hlc FROM ${table} WHERE id = ?`, [id]);
  if (!row) return data;
  const stamps = (typeof row.field_hlc === 'string' ? JSON.parse(row.field_hlc) : {}) as Record<string, string>;
  const state: Record<string, unknown> = { ...data, field_hlc: row.field_hlc };
  for (const column of columns) if (stamps[column]) state[column] = row[column];
  return state;
}
