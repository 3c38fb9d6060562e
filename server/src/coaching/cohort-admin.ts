import type pg from 'pg';
import { DomainError } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import { createAuditRepository, type Actor } from '../repositories/audit.ts';
import { refreshCohortSummaries } from './summary.ts';

type Queryable = pg.Pool | pg.PoolClient;

export interface CohortRow {
  id: string;
  name: string;
  standard: number | null;
  created_at: string;
  students: number;
  coaches: Array<{ id: string; name: string | null; email: string }>;
}

const iso = (v: unknown) => new Date(v as string).toISOString();

/**
 * Cohorts and assignments for admins. Every change runs in its own transaction with its audit
 * entry, and membership changes refresh that cohort's coach summaries in the same transaction
 * (one connection: safe on PGlite).
 */
export function createCohortAdmin(pool: pg.Pool) {
  const reads = cohortStore(pool);
  const inTransaction = <T>(change: (store: CohortStore) => Promise<T>) => withTransaction(pool, (client) => change(cohortStore(client)));
  return {
    list: () => reads.list(),
    get: (cohortId: string) => reads.get(cohortId),
    create: (actor: Actor, input: { name: string; standard: number | null }) => inTransaction((s) => s.create(actor, input)),
    update: (actor: Actor, cohortId: string, input: { name?: string; standard?: number | null }) => inTransaction((s) => s.update(actor, cohortId, input)),
    remove: (actor: Actor, cohortId: string) => inTransaction((s) => s.remove(actor, cohortId)),
    /** Idempotent: assigning twice changes nothing and audits once. Returns whether it changed. */
    assign: (actor: Actor, cohortId: string, kind: 'coach' | 'student', userId: string) => inTransaction((s) => s.assign(actor, cohortId, kind, userId)),
    unassign: (actor: Actor, cohortId: string, kind: 'coach' | 'student', userId: string) => inTransaction((s) => s.unassign(actor, cohortId, kind, userId)),
  };
}

type CohortStore = ReturnType<typeof cohortStore>;

/** The cohort tables' SQL; the writes expect to run inside the caller's transaction. */
function cohortStore(db: Queryable) {
  const audit = createAuditRepository(db);

  async function list(cohortId: string | null = null): Promise<CohortRow[]> {
    const { rows } = await db.query(
      `SELECT c.id, c.name, c.standard, c.created_at,
              (SELECT count(*)::int FROM cohort_members m WHERE m.cohort_id = c.id) AS students,
              coalesce((SELECT jsonb_agg(jsonb_build_object('id', u.id, 'name', u.full_name, 'email', u.email) ORDER BY u.email)
                          FROM cohort_coaches cc JOIN users u ON u.id = cc.coach_id WHERE cc.cohort_id = c.id), '[]'::jsonb) AS coaches
         FROM cohorts c WHERE ($1::uuid IS NULL OR c.id = $1) ORDER BY c.name, c.id`,
      [cohortId],
    );
    return rows.map((r) => ({ ...r, created_at: iso(r.created_at) })) as CohortRow[];
  }

  async function mustExist(cohortId: string): Promise<void> {
    const { rows } = await db.query('SELECT 1 FROM cohorts WHERE id = $1 FOR UPDATE', [cohortId]);
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'no such cohort', 'id');
  }

  async function userWithRole(userId: string, role: 'coach' | 'student'): Promise<void> {
    const { rows } = await db.query<{ role: string }>('SELECT role FROM users WHERE id = $1', [userId]);
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'no such user', 'user_id');
    if (rows[0].role !== role) throw new DomainError('VALIDATION_ERROR', `user is a ${rows[0].role}, not a ${role}`, 'user_id');
  }

  return {
    list,

    async get(cohortId: string) {
      const [cohort] = await list(cohortId);
      if (!cohort) throw new DomainError('NOT_FOUND', 'no such cohort', 'id');
      const { rows } = await db.query(
        `SELECT u.id, u.full_name AS name, u.email, u.standard, m.joined_at FROM cohort_members m JOIN users u ON u.id = m.student_id
          WHERE m.cohort_id = $1 ORDER BY u.full_name NULLS LAST, u.email`,
        [cohortId],
      );
      return { ...cohort, members: rows.map((r) => ({ ...r, joined_at: iso(r.joined_at) })) };
    },

    async create(actor: Actor, input: { name: string; standard: number | null }) {
      const { rows } = await db.query<{ id: string }>('INSERT INTO cohorts (name, standard) VALUES ($1, $2) RETURNING id', [input.name, input.standard]);
      const id = rows[0]!.id;
      await audit.record({ actorId: actor.id, action: 'cohort_created', resourceType: 'cohort', resourceId: id, changes: input, ip: actor.ip });
      return (await list(id))[0]!;
    },

    async update(actor: Actor, cohortId: string, input: { name?: string; standard?: number | null }) {
      const before = (await list(cohortId))[0];
      if (!before) throw new DomainError('NOT_FOUND', 'no such cohort', 'id');
      await db.query('UPDATE cohorts SET name = coalesce($2, name), standard = CASE WHEN $4 THEN $3 ELSE standard END WHERE id = $1', [
        cohortId,
        input.name ?? null,
        input.standard ?? null,
        'standard' in input,
      ]);
      await audit.record({
        actorId: actor.id,
        action: 'cohort_updated',
        resourceType: 'cohort',
        resourceId: cohortId,
        changes: { from: { name: before.name, standard: before.standard }, to: input },
        ip: actor.ip,
      });
      return (await list(cohortId))[0]!;
    },

    async remove(actor: Actor, cohortId: string) {
      const before = (await list(cohortId))[0];
      if (!before) throw new DomainError('NOT_FOUND', 'no such cohort', 'id');
      await db.query('DELETE FROM cohorts WHERE id = $1', [cohortId]);
      await audit.record({
        actorId: actor.id,
        action: 'cohort_deleted',
        resourceType: 'cohort',
        resourceId: cohortId,
        changes: { name: before.name, students: before.students, coaches: before.coaches.map((c) => c.id) },
        ip: actor.ip,
      });
    },

    async assign(actor: Actor, cohortId: string, kind: 'coach' | 'student', userId: string): Promise<boolean> {
      await mustExist(cohortId);
      await userWithRole(userId, kind);
      const sql =
        kind === 'coach'
          ? 'INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2) ON CONFLICT DO NOTHING'
          : 'INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2) ON CONFLICT DO NOTHING';
      const res = await db.query(sql, [cohortId, userId]);
      if ((res.rowCount ?? 0) === 0) return false;
      await audit.record({ actorId: actor.id, action: `cohort_${kind}_assigned`, resourceType: 'cohort', resourceId: cohortId, changes: { user_id: userId }, ip: actor.ip });
      if (kind === 'student') await refreshCohortSummaries(db, { cohortIds: [cohortId], studentIds: [userId] });
      return true;
    },

    async unassign(actor: Actor, cohortId: string, kind: 'coach' | 'student', userId: string): Promise<boolean> {
      await mustExist(cohortId);
      const sql =
        kind === 'coach'
          ? 'DELETE FROM cohort_coaches WHERE cohort_id = $1 AND coach_id = $2'
          : 'DELETE FROM cohort_members WHERE cohort_id = $1 AND student_id = $2';
      const res = await db.query(sql, [cohortId, userId]);
      if ((res.rowCount ?? 0) === 0) throw new DomainError('NOT_FOUND', `that ${kind} is not assigned to this cohort`, 'user_id');
      await audit.record({ actorId: actor.id, action: `cohort_${kind}_unassigned`, resourceType: 'cohort', resourceId: cohortId, changes: { user_id: userId }, ip: actor.ip });
      if (kind === 'student') await refreshCohortSummaries(db, { cohortIds: [cohortId], studentIds: [userId] });
      return true;
    },
  };
}
