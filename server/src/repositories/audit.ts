import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** Never passwords or tokens; emails only where the action is about the account itself. */
  changes?: Record<string, unknown>;
  ip?: string | null;
}

export function createAuditRepository(db: Queryable) {
  return {
    async record(e: AuditEntry, q: Queryable = db): Promise<void> {
      await q.query(
        `INSERT INTO audit_log (actor_id, action, resource_type, resource_id, changes, ip_address)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [e.actorId, e.action, e.resourceType, e.resourceId ?? null, JSON.stringify(e.changes ?? {}), e.ip ?? null],
      );
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
