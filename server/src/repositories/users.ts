import type pg from 'pg';
import type { ProfilePatch, Role, User } from '@cr/shared';
import type { AccountStatus, AdminUser } from '@cr/shared/schemas/admin';

type Queryable = pg.Pool | pg.PoolClient;

export interface UserRow extends User {
  password_hash: string;
  status: AccountStatus;
}

const PUBLIC_COLUMNS = `id, email, role, full_name, phone, standard, to_char(exam_target, 'YYYY-MM-DD') AS exam_target,
  coaching_center, language, join_date, last_login`;

const PROFILE_FIELDS = new Set<string>(['full_name', 'phone', 'standard', 'exam_target', 'coaching_center', 'language']);

function toUser(row: Record<string, unknown>): User {
  return {
    id: row.id as string,
    email: row.email as string,
    role: row.role as Role,
    full_name: (row.full_name as string | null) ?? null,
    phone: (row.phone as string | null) ?? null,
    standard: (row.standard as number | null) ?? null,
    exam_target: (row.exam_target as string | null) ?? null,
    coaching_center: (row.coaching_center as string | null) ?? null,
    language: row.language as 'en' | 'hi',
    join_date: new Date(row.join_date as string).toISOString(),
    last_login: row.last_login ? new Date(row.last_login as string).toISOString() : null,
  };
}

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  standard: number | null;
  examTarget: string | null;
  fullName?: string | null;
  phone?: string | null;
  coachingCenter?: string | null;
}

/** Users: identity, credentials state and the profile (LWW fields stamped in field_hlc). */
export function createUserRepository(db: Queryable) {
  return {
    /** Inserts a user; returns null when the email is taken. */
    async insert(u: NewUser, q: Queryable = db): Promise<User | null> {
      const { rows } = await q.query(
        `INSERT INTO users (email, password_hash, role, standard, exam_target, full_name, phone, coaching_center)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (email) DO NOTHING
         RETURNING ${PUBLIC_COLUMNS}`,
        [u.email, u.passwordHash, u.role, u.standard, u.examTarget, u.fullName ?? null, u.phone ?? null, u.coachingCenter ?? null],
      );
      return rows[0] ? toUser(rows[0]) : null;
    },

    async findById(id: string, q: Queryable = db): Promise<User | null> {
      const { rows } = await q.query(`SELECT ${PUBLIC_COLUMNS} FROM users WHERE id = $1 AND status = 'active'`, [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    /** The user with credentials state, for sign-in. */
    async findForLogin(email: string, q: Queryable = db): Promise<UserRow | null> {
      const { rows } = await q.query(
        `SELECT ${PUBLIC_COLUMNS}, password_hash, status FROM users WHERE email = $1`,
        [email],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        ...toUser(row),
        password_hash: row.password_hash,
        status: row.status,
      };
    },

    async recordLogin(id: string, q: Queryable = db): Promise<void> {
      await q.query('UPDATE users SET last_login = now() WHERE id = $1', [id]);
    },

    /**
     * Applies a profile patch as LWW registers: each field is written only if `hlc` is newer than
     * the stamp that field carries, so a late-arriving older edit never overwrites a newer one.
     */
    async patchProfile(id: string, patch: ProfilePatch, hlc: string, q: Queryable = db): Promise<User | null> {
      // Security: column names are interpolated, so only the whitelisted profile fields pass.
      const fields = (Object.keys(patch) as Array<keyof ProfilePatch>).filter((f) => PROFILE_FIELDS.has(f));
      if (fields.length === 0) return this.findById(id, q);
      const sets = fields.map(
        (f, i) => `${f} = CASE WHEN coalesce(field_hlc->>'${f}', '') COLLATE "C" < $2 COLLATE "C" THEN $${i + 3} ELSE ${f} END`,
      );
      const stamps = fields.map((f) => `'${f}', greatest(coalesce(field_hlc->>'${f}', '') COLLATE "C", $2 COLLATE "C")`);
      const { rows } = await q.query(
        `UPDATE users SET ${sets.join(', ')},
           field_hlc = field_hlc || jsonb_build_object(${stamps.join(', ')}),
           updated_at = now()
         WHERE id = $1 AND status = 'active' RETURNING ${PUBLIC_COLUMNS}`,
        [id, hlc, ...fields.map((f) => patch[f] ?? null)],
      );
      return rows[0] ? toUser(rows[0]) : null;
    },

    /**
     * One page of the admin's user list, newest first: role and a text filter (e-mail substring,
     * name case-insensitively), every status (a disabled account stays listed so it can be
     * enabled again), in one query; `total` counts every matching account.
     */
    async page(filter: { role?: Role | undefined; q?: string | undefined; limit: number; offset: number }): Promise<{ users: AdminUser[]; total: number }> {
      const where = `($1::text IS NULL OR role = $1) AND ($2::text IS NULL OR email LIKE '%' || $2 || '%' OR full_name ILIKE '%' || $2 || '%')`;
      const args = [filter.role ?? null, filter.q ?? null];
      const [{ rows }, count] = await Promise.all([
        db.query(`SELECT ${PUBLIC_COLUMNS}, status FROM users WHERE ${where} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`, [...args, filter.limit, filter.offset]),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE ${where}`, args),
      ]);
      return { users: rows.map((row) => ({ ...toUser(row), status: row.status as AccountStatus })), total: count.rows[0]?.n ?? 0 };
    },

    /** Whether `id` is a student's account (any status): coach views answer 404 otherwise. */
    async isStudent(id: string, q: Queryable = db): Promise<boolean> {
      const { rows } = await q.query(`SELECT 1 FROM users WHERE id = $1 AND role = 'student'`, [id]);
      return rows.length > 0;
    },

    /** The account's e-mail and language whatever its status; null when there is no such account. */
    async contactOf(id: string, q: Queryable = db): Promise<{ email: string; language: 'en' | 'hi' } | null> {
      const { rows } = await q.query<{ email: string; language: 'en' | 'hi' }>('SELECT email, language FROM users WHERE id = $1', [id]);
      return rows[0] ?? null;
    },

    /** The account's status, row-locked until the transaction `q` ends; null when there is none. */
    async lockStatus(id: string, q: Queryable = db): Promise<AccountStatus | null> {
      const { rows } = await q.query<{ status: AccountStatus }>('SELECT status FROM users WHERE id = $1 FOR UPDATE', [id]);
      return rows[0]?.status ?? null;
    },

    async setStatus(id: string, status: AccountStatus, q: Queryable = db): Promise<void> {
      await q.query('UPDATE users SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
    },

    async setRole(id: string, role: Role, q: Queryable = db): Promise<User | null> {
      const { rows } = await q.query(`UPDATE users SET role = $2, updated_at = now() WHERE id = $1 RETURNING ${PUBLIC_COLUMNS}`, [id, role]);
      return rows[0] ? toUser(rows[0]) : null;
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
