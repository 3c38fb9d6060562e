import type pg from 'pg';
import { DomainError, type Role, type User } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import { createAuditRepository } from '../repositories/audit.ts';
import { createCohortRepository } from '../repositories/cohorts.ts';
import { createRefreshTokenRepository } from '../repositories/refresh-tokens.ts';
import { createUserRepository } from '../repositories/users.ts';

/**
 * An admin changing another account's role or status: each change, its consequences and its
 * audit entry commit in one transaction or not at all. The caller has already checked that the
 * actor is an admin acting on someone else.
 */

export interface AdminAction {
  actorId: string;
  ip: string;
}

/** Sets `userId`'s role; the cohort links the old role held are dropped by the database and recorded. */
export async function changeRole(pool: pg.Pool, actor: AdminAction, userId: string, role: Role): Promise<User> {
  const user = await withTransaction(pool, async (q) => {
    const users = createUserRepository(q);
    const before = await users.findById(userId, q);
    if (!before) throw new DomainError('NOT_FOUND', 'no such user', 'id');
    if (role === 'student' && before.standard === null) {
      throw new DomainError('VALIDATION_ERROR', 'a student needs a class; set it on the profile first', 'role');
    }
    // Cohort links follow the role (trigger users_role_unlink, migration 009): recorded here.
    const links = await createCohortRepository(q).linksOf(before.id);
    const after = await users.setRole(before.id, role, q);
    const removed = before.role === role ? [] : links.filter((l) => l.kind === before.role).map((l) => l.cohort_id);
    await createAuditRepository(q).record(
      { actorId: actor.actorId, action: 'role_changed', resourceType: 'user', resourceId: before.id, changes: { from: before.role, to: role, cohorts_left: removed }, ip: actor.ip },
      q,
    );
    return after;
  });
  if (!user) throw new DomainError('NOT_FOUND', 'no such user', 'id');
  return user;
}

/**
 * Enables or disables `userId`; returns how many sessions were revoked. A disabled account keeps
 * no way to mint new access tokens. `deletion_pending` is set and cleared only by the owner.
 */
export async function changeStatus(pool: pg.Pool, actor: AdminAction, userId: string, status: 'active' | 'disabled'): Promise<number> {
  return withTransaction(pool, async (q) => {
    const users = createUserRepository(q);
    const before = await users.lockStatus(userId, q);
    if (!before) throw new DomainError('NOT_FOUND', 'no such user', 'id');
    if (before === 'deletion_pending') throw new DomainError('CONFLICT', 'this account is being deleted; only its owner can cancel that', 'id');
    await users.setStatus(userId, status, q);
    const sessions = status === 'disabled' ? await createRefreshTokenRepository(q).revokeAllOf(userId, q) : 0;
    await createAuditRepository(q).record(
      { actorId: actor.actorId, action: 'status_changed', resourceType: 'user', resourceId: userId, changes: { from: before, to: status, sessions_revoked: sessions }, ip: actor.ip },
      q,
    );
    return sessions;
  });
}
