import type pg from 'pg';
import { hashPassword } from '../auth/passwords.ts';
import { withTransaction } from '../db/database.ts';
import { DAY_MS } from '@cr/shared/time';

export interface DemoAccount {
  email: string;
  password: string;
  role: 'student' | 'coach' | 'admin';
  standard: 11 | 12 | null;
  fullName: string;
}

/** One student per class, a coach of both, an admin. Passwords are for local demos only. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'student11@demo.cr', password: 'demo-student-11', role: 'student', standard: 11, fullName: 'Aarav (class 11)' },
  { email: 'student12@demo.cr', password: 'demo-student-12', role: 'student', standard: 12, fullName: 'Diya (class 12)' },
  { email: 'coach@demo.cr', password: 'demo-coach-pass', role: 'coach', standard: null, fullName: 'Coach Meera' },
  { email: 'admin@demo.cr', password: 'demo-admin-pass', role: 'admin', standard: null, fullName: 'Admin Ravi' },
];

/**
 * Creates the demo accounts and a demo cohort per class coached by the demo coach. Idempotent:
 * existing accounts are left as they are. Returns true when anything was created.
 */
export async function seedDemoAccounts(pool: pg.Pool, nowMs: number): Promise<boolean> {
  const examTarget = new Date(nowMs + 200 * DAY_MS).toISOString().slice(0, 10);
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  return withTransaction(pool, async (q) => {
    let created = false;
    const ids = new Map<string, string>();
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      const inserted = await q.query(
        `INSERT INTO users (email, password_hash, role, standard, exam_target, full_name)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [a.email, hashes[i], a.role, a.standard, a.standard ? examTarget : null, a.fullName],
      );
      created ||= inserted.rows.length > 0;
      const { rows } = await q.query('SELECT id FROM users WHERE email = $1', [a.email]);
      ids.set(a.email, rows[0]?.id as string);
    }
    for (const standard of [11, 12] as const) {
      const name = `Demo class ${standard}`;
      const existing = await q.query('SELECT id FROM cohorts WHERE name = $1', [name]);
      const cohortId =
        (existing.rows[0]?.id as string | undefined) ??
        ((await q.query('INSERT INTO cohorts (name, standard) VALUES ($1, $2) RETURNING id', [name, standard])).rows[0]?.id as string);
      await q.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [cohortId, ids.get('coach@demo.cr')]);
      await q.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        cohortId,
        ids.get(`student${standard}@demo.cr`),
      ]);
    }
    return created;
  });
}
