import { UpdateType, type AbstractPowerSyncDatabase, type PowerSyncBackendConnector, type PowerSyncCredentials } from '@powersync/node';
import { splitIntoBatches } from '@cr/shared/sync/upload-batches';

export interface ConnectorOptions {
  /** The server's origin, e.g. http://127.0.0.1:8080 (no trailing slash). */
  endpoint: string;
  email: string;
  password: string;
  /** Called with each upload response (tests observe rejections). */
  onUpload?: (result: UploadResult) => void;
}

export interface UploadResult {
  applied: number;
  rejected: Array<{ op_id: number | null; table: string; id: string; code: string; message: string }>;
}

/**
 * LWW tables: a PATCH carries only the columns whose value changed, so a write that sets a field
 * to the value it already had (with a newer stamp) would be lost. PATCH uploads therefore carry
 * the row's whole register state: every stamped field with its current local value and stamp. A
 * PUT goes as written, so later state never travels ahead of the ops queued before it.
 */
const LWW_COLUMNS: Record<string, readonly string[]> = {
  users: ['full_name', 'phone', 'standard', 'coaching_center', 'exam_target', 'language'],
  test_sittings: ['status', 'submitted_at'],
};

/** Thrown for responses that retrying will not fix; the transaction is completed (see docs/sync-upload.md). */
class FatalUpload extends Error {}

/**
 * The Node connector: signs in with /api/auth/login once, then rotates with /api/auth/refresh;
 * uploads one CRUD transaction at a time to POST /sync/upload, in batches under the server's limits. The web connector follows the
 * same contract (docs/sync-upload.md).
 */
export class NodeConnector implements PowerSyncBackendConnector {
  private refreshToken: string | null = null;
  private token: string | null = null;
  /** While false, every request fails as if the network were down (tests go "offline"). */
  online = true;

  constructor(private readonly opts: ConnectorOptions) {}

  async fetchCredentials(): Promise<PowerSyncCredentials> {
    this.assertOnline();
    const session = this.refreshToken
      ? await this.post('/api/auth/refresh', { refresh_token: this.refreshToken }).catch(() => null)
      : null;
    const next = session ?? (await this.post('/api/auth/login', { email: this.opts.email, password: this.opts.password }));
    this.refreshToken = next.refresh_token;
    this.token = next.token;
    return { endpoint: this.opts.endpoint, token: next.token };
  }

  async uploadData(database: AbstractPowerSyncDatabase): Promise<void> {
    for (;;) {
      const tx = await database.getNextCrudTransaction();
      if (!tx) return;
      this.assertOnline();
      const token = this.token ?? (await this.fetchCredentials()).token;
      const clientId = await database.getClientId();
      const ops = await Promise.all(tx.crud.map(async (c) => ({ op_id: c.clientId, op: c.op, type: c.table, id: c.id, data: c.op === UpdateType.PATCH ? await lwwState(database, c.table, c.id, c.opData) : (c.opData ?? null) })));
      // Batches under the server's limits; complete only after all of them (docs/sync-upload.md).
      for (const batch of splitIntoBatches(ops)) {
        this.assertOnline();
        const res = await fetch(`${this.opts.endpoint}/sync/upload`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ client_id: clientId, transaction_id: tx.transactionId ?? null, ops: batch }),
        });
        if (res.status === 401) {
          this.token = null;
          throw new Error('upload unauthorized; credentials refreshed on retry');
        }
        if (res.status >= 500 || res.status === 429 || res.status === 408) throw new Error(`upload failed with ${res.status}; will retry`);
        if (!res.ok) {
          // A malformed request as a whole cannot succeed later: drop it so the queue moves on.
          console.warn(new FatalUpload(`upload refused with ${res.status}: ${await res.text()}`).message);
          continue;
        }
        const body = (await res.json()) as { data: UploadResult };
        this.opts.onUpload?.(body.data);
      }
      await tx.complete();
    }
  }

  private assertOnline(): void {
    if (!this.online) throw new Error('offline');
  }

  private async post(path: string, body: unknown): Promise<{ token: string; refresh_token: string }> {
    const res = await fetch(`${this.opts.endpoint}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} failed with ${res.status}`);
    return ((await res.json()) as { data: { token: string; refresh_token: string } }).data;
  }
}

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
