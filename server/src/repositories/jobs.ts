import type pg from 'pg';
import type { AdminJob } from '@cr/shared/schemas/admin';

/** pg-boss's job table, read for the admin console (pg-boss itself writes it). */
export function createJobRepository(db: pg.Pool) {
  return {
    /**
     * Jobs in `state`, newest first, optionally of one queue. Empty when pg-boss has not created
     * its schema yet (a process that never started the queue), rather than an error.
     */
    async list(filter: { state: string; name?: string | undefined; limit: number }): Promise<AdminJob[]> {
      const installed = await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`);
      if (installed.rows.length === 0) return [];
      const { rows } = await db.query(
        `SELECT id::text, name, state::text, retry_count, data, output, created_on, completed_on
         FROM pgboss.job WHERE state::text = $1 AND ($2::text IS NULL OR name = $2)
         ORDER BY created_on DESC LIMIT $3`,
        [filter.state, filter.name ?? null, filter.limit],
      );
      return rows.map((r) => ({
        ...r,
        created_on: new Date(r.created_on).toISOString(),
        completed_on: r.completed_on ? new Date(r.completed_on).toISOString() : null,
      }));
    },
  };
}
