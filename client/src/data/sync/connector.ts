import { UpdateType, type AbstractPowerSyncDatabase, type CrudEntry, type PowerSyncBackendConnector, type PowerSyncCredentials } from '@powersync/common';
import { lwwFieldsOf, type UploadResult } from '@cr/shared/schemas/sync';
import { splitIntoBatches } from '@cr/shared/sync/upload-batches';
import type { SessionStore } from '../account/session.ts';
import { isRetryable } from './upload-policy.ts';

export interface ConnectorOptions {
  /** Origin of the sync endpoint, without a trailing slash; default: this page's origin. */
  endpoint?: string;
  /** Called with each upload's 200 body (per-op refusals are in `rejected`). */
  onUpload?: (result: UploadResult) => void;
}

/**
 * The device's connector: the sync token is the session's access JWT (refreshed before expiry by
 * the session); uploads go one CRUD transaction at a time to POST /sync/upload, in batches under
 * the server's limits (docs/sync-upload.md). It imports nothing browser-only, so the Node sync
 * tests run this same class against a real server.
 */
export class SyncConnector implements PowerSyncBackendConnector {
  constructor(
    private readonly session: Pick<SessionStore, 'accessToken' | 'authed'>,
    private readonly options: ConnectorOptions = {},
  ) {}

  async fetchCredentials(): Promise<PowerSyncCredentials> {
    // Endpoint without a trailing slash (docs/sync-protocol.md); same origin as the app by default.
    return { endpoint: this.options.endpoint ?? window.location.origin, token: await this.session.accessToken() };
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
          this.options.onUpload?.(result);
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
  const columns = lwwFieldsOf(table);
  if (!columns || !data) return data ?? null;
  const row = await database.getOptional<Record<string, unknown>>(`SELECT ${columns.join(', ')}, field_hlc FROM ${table} WHERE id = ?`, [id]);
  if (!row) return data;
  const stamps = (typeof row.field_hlc === 'string' ? JSON.parse(row.field_hlc) : {}) as Record<string, string>;
  const state: Record<string, unknown> = { ...data, field_hlc: row.field_hlc };
  for (const column of columns) if (stamps[column]) state[column] = row[column];
  return state;
}
