import type pg from 'pg';
import type { AuditEntry as AuditLogEntry } from '@cr/shared/schemas/admin';

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

/** Who made a change, as the audit log records it. */
export interface Actor {
  id: string;
  ip: string | null;
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

    /**
     * The newest entries first, filtered by action, actor id and a case-insensitive part of the
     * actor's name or e-mail; each with the names of its actor, resource and subject user where
     * those still exist (a deleted account leaves its entries nameless, never missing).
     */
    async list(filter: { action?: string | undefined; actorId?: string | undefined; actor?: string | undefined; limit: number }): Promise<AuditLogEntry[]> {
      const { rows } = await db.query(
        `SELECT a.id, a.actor_id, nullif(u.full_name, '') AS actor_name, u.email AS actor_email, a.action, a.resource_type, a.resource_id, a.changes,
                host(a.ip_address) AS ip_address, a."timestamp",
                CASE a.resource_type
                  WHEN 'user' THEN (SELECT coalesce(nullif(r.full_name, ''), r.email) FROM users r WHERE r.id::text = a.resource_id)
                  WHEN 'cohort' THEN (SELECT c.name FROM cohorts c WHERE c.id::text = a.resource_id)
                END AS resource_name,
                (SELECT coalesce(nullif(x.full_name, ''), x.email) FROM users x WHERE x.id::text = a.changes->>'user_id') AS subject_name
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
         WHERE ($1::text IS NULL OR a.action = $1) AND ($2::uuid IS NULL OR a.actor_id = $2)
           AND ($4::text IS NULL OR strpos(lower(coalesce(u.full_name, '') || ' ' || coalesce(u.email, '')), lower($4)) > 0)
         ORDER BY a.id DESC LIMIT $3`,
        [filter.action ?? null, filter.actorId ?? null, filter.limit, filter.actor ?? null],
      );
      return rows.map((r) => ({ ...r, timestamp: new Date(r.timestamp).toISOString() }));
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
