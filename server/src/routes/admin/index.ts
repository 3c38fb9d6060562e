import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { DomainError, envelopeSchema, roleSchema, userSchema } from '@cr/shared';
import { auditEntrySchema } from '@cr/shared/schemas/admin';
import { withTransaction } from '../../db/database.ts';
import { principalOf } from '../../plugins/auth.ts';
import { ok } from '../../plugins/envelope.ts';
import { createAuditRepository } from '../../repositories/audit.ts';
import { createUserRepository } from '../../repositories/users.ts';
import { adminCohortRoutes } from './cohorts.ts';

const admin = ['admin'] as const;

export const adminRoutes: FastifyPluginAsync<{ pool: pg.Pool }> = async (base, { pool }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // Cohorts and coach/student assignments.
  await app.register(adminCohortRoutes, { pool });

  app.get(
    '/users',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: z
          .object({
            role: roleSchema.optional(),
            q: z.string().max(100).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          })
          .strict(),
        response: { 200: envelopeSchema(z.object({ users: z.array(userSchema), total: z.number() })) },
      },
    },
    async (request, reply) => {
      const { role, q, limit, offset } = request.query;
      const filter = `($1::text IS NULL OR role = $1) AND ($2::text IS NULL OR email LIKE '%' || $2 || '%' OR full_name ILIKE '%' || $2 || '%')`;
      const [{ rows }, count] = await Promise.all([
        pool.query(`SELECT id FROM users WHERE ${filter} ORDER BY created_at DESC LIMIT $3 OFFSET $4`, [role ?? null, q ?? null, limit, offset]),
        pool.query(`SELECT count(*)::int AS n FROM users WHERE ${filter}`, [role ?? null, q ?? null]),
      ]);
      const users = createUserRepository(pool);
      const list = (await Promise.all(rows.map((r) => users.findById(r.id as string)))).filter((u) => u !== null);
      return ok(request, reply, { users: list, total: count.rows[0]?.n ?? 0 });
    },
  );

  app.patch(
    '/users/:id/role',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: z.object({ id: z.uuid({ message: 'must be a user id (UUID)' }) }).strict(),
        body: z.object({ role: roleSchema }).strict(),
        response: { 200: envelopeSchema(userSchema) },
      },
    },
    async (request, reply) => {
      const actor = principalOf(request).sub;
      if (request.params.id === actor) throw new DomainError('FORBIDDEN', 'admins cannot change their own role', 'id');
      const user = await withTransaction(pool, async (q) => {
        const users = createUserRepository(q);
        const before = await users.findById(request.params.id, q);
        if (!before) throw new DomainError('NOT_FOUND', 'no such user', 'id');
        if (request.body.role === 'student' && before.standard === null) {
          throw new DomainError('VALIDATION_ERROR', 'a student needs a class; set it on the profile first', 'role');
        }
        // Cohort links follow the role (trigger users_role_unlink, migration 009): recorded here.
        const links = await q.query<{ cohort_id: string; kind: string }>(
          `SELECT cohort_id, 'coach' AS kind FROM cohort_coaches WHERE coach_id = $1
           UNION ALL SELECT cohort_id, 'student' FROM cohort_members WHERE student_id = $1`,
          [before.id],
        );
        const after = await users.setRole(before.id, request.body.role, q);
        const removed = before.role === request.body.role ? [] : links.rows.filter((l) => l.kind === before.role).map((l) => l.cohort_id);
        await createAuditRepository(q).record(
          {
            actorId: actor,
            action: 'role_changed',
            resourceType: 'user',
            resourceId: before.id,
            changes: { from: before.role, to: request.body.role, cohorts_left: removed },
            ip: request.ip,
          },
          q,
        );
        return after;
      });
      if (!user) throw new DomainError('NOT_FOUND', 'no such user', 'id');
      // Open streams of this user re-check their account now (not at the next keepalive).
      request.server.sync.recheck(user.id);
      return ok(request, reply, user);
    },
  );

  app.patch(
    '/users/:id/status',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: z.object({ id: z.uuid({ message: 'must be a user id (UUID)' }) }).strict(),
        // deletion_pending is set and cleared only by the account's owner (deletion flow).
        body: z.object({ status: z.enum(['active', 'disabled']) }).strict(),
        response: { 200: envelopeSchema(z.object({ id: z.string(), status: z.enum(['active', 'disabled']), sessions_revoked: z.number() })) },
      },
    },
    async (request, reply) => {
      const actor = principalOf(request).sub;
      const { id } = request.params;
      const { status } = request.body;
      if (id === actor) throw new DomainError('FORBIDDEN', 'admins cannot change their own account status', 'id');
      const revoked = await withTransaction(pool, async (q) => {
        const { rows } = await q.query<{ status: string }>('SELECT status FROM users WHERE id = $1 FOR UPDATE', [id]);
        const before = rows[0]?.status;
        if (!before) throw new DomainError('NOT_FOUND', 'no such user', 'id');
        if (before === 'deletion_pending') throw new DomainError('CONFLICT', 'this account is being deleted; only its owner can cancel that', 'id');
        await q.query('UPDATE users SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
        // A disabled account keeps no way to mint new access tokens.
        const sessions = status === 'disabled'
          ? (await q.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [id])).rowCount ?? 0
          : 0;
        await createAuditRepository(q).record(
          { actorId: actor, action: 'status_changed', resourceType: 'user', resourceId: id, changes: { from: before, to: status, sessions_revoked: sessions }, ip: request.ip },
          q,
        );
        return sessions;
      });
      request.server.sync.recheck(id);
      return ok(request, reply, { id, status, sessions_revoked: revoked });
    },
  );

  app.get(
    '/audit-log',
    {
      config: { access: admin },
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: z
          .object({
            action: z.string().max(100).optional(),
            actor_id: z.uuid().optional(),
            /** Part of the actor's name or e-mail (case-insensitive). */
            actor: z.string().trim().min(1).max(100).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          })
          .strict(),
        response: {
          200: envelopeSchema(z.array(auditEntrySchema)),
        },
      },
    },
    async (request, reply) => {
      const { action, actor_id, actor, limit } = request.query;
      const { rows } = await pool.query(
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
        [action ?? null, actor_id ?? null, limit, actor ?? null],
      );
      return ok(request, reply, rows.map((r) => ({ ...r, timestamp: new Date(r.timestamp).toISOString() })));
    },
  );
};
