import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export type RotateOutcome =
  | { kind: 'ok'; userId: string; familyId: string }
  | { kind: 'unknown' }
  | { kind: 'expired' }
  /** An already-used token came back: the whole family has been revoked. */
  | { kind: 'reused'; userId: string; familyId: string };

/**
 * Refresh tokens rotate: each use consumes the token and issues its successor in the same family.
 * Presenting a consumed token means it was stolen or replayed, so the family is revoked.
 */
export function createRefreshTokenRepository(db: Queryable) {
  return {
    async issue(userId: string, familyId: string, tokenHash: string, ttlDays: number, q: Queryable = db): Promise<void> {
      await q.query(
        `INSERT INTO refresh_tokens (family_id, user_id, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
        [familyId, userId, tokenHash, ttlDays],
      );
    },

    /** Consumes `tokenHash` (row-locked, so two concurrent uses cannot both succeed). */
    async consume(tokenHash: string, q: Queryable = db): Promise<RotateOutcome> {
      const { rows } = await q.query(
        `SELECT id, user_id, family_id, used_at, revoked_at, expires_at <= now() AS expired
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) return { kind: 'unknown' };
      if (row.used_at !== null || row.revoked_at !== null) {
        await q.query('UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE family_id = $1', [row.family_id]);
        return { kind: 'reused', userId: row.user_id, familyId: row.family_id };
      }
      if (row.expired) return { kind: 'expired' };
      await q.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [row.id]);
      return { kind: 'ok', userId: row.user_id, familyId: row.family_id };
    },

    /** Revokes every live refresh token of `userId`; returns how many were live. */
    async revokeAllOf(userId: string, q: Queryable = db): Promise<number> {
      const r = await q.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
      return r.rowCount ?? 0;
    },

    /** Revokes the family `tokenHash` belongs to if it is `userId`'s (sign-out); false otherwise. */
    async revokeFamilyOf(tokenHash: string, userId: string, q: Queryable = db): Promise<boolean> {
      const { rows } = await q.query(
        `UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now())
         WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND user_id = $2)
         RETURNING id`,
        [tokenHash, userId],
      );
      return rows.length > 0;
    },
  };
}
export type RefreshTokenRepository = ReturnType<typeof createRefreshTokenRepository>;
