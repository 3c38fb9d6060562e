import type pg from 'pg';
import type { Role } from '@cr/shared';

type Queryable = pg.Pool | pg.PoolClient;

/** Cohorts and who coaches them: the basis of every coach-visibility check. */
export function createCohortRepository(db: Queryable) {
  return {
    async forCoach(coachId: string) {
      const { rows } = await db.query(
        `SELECT c.id, c.name, c.standard, count(m.id)::int AS students
         FROM cohorts c JOIN cohort_coaches cc ON cc.cohort_id = c.id AND cc.coach_id = $1
         LEFT JOIN cohort_members m ON m.cohort_id = c.id
         GROUP BY c.id ORDER BY c.name`,
        [coachId],
      );
      return rows as Array<{ id: string; name: string; standard: number | null; students: number }>;
    },

    /** Security: true when the cohort exists and `viewer` may see it (an admin any, a coach only those they coach). */
    async visibleTo(viewer: { sub: string; role: Role }, cohortId: string): Promise<boolean> {
      const { rows } =
        viewer.role === 'admin'
          ? await db.query('SELECT 1 FROM cohorts WHERE id = $1', [cohortId])
          : await db.query('SELECT 1 FROM cohort_coaches WHERE cohort_id = $1 AND coach_id = $2', [cohortId, viewer.sub]);
      return rows.length > 0;
    },

    /** The cohorts `userId` belongs to, as coach or as student (both lists, whatever their role now). */
    async linksOf(userId: string): Promise<Array<{ cohort_id: string; kind: 'coach' | 'student' }>> {
      const { rows } = await db.query<{ cohort_id: string; kind: 'coach' | 'student' }>(
        `SELECT cohort_id, 'coach' AS kind FROM cohort_coaches WHERE coach_id = $1
         UNION ALL SELECT cohort_id, 'student' FROM cohort_members WHERE student_id = $1`,
        [userId],
      );
      return rows;
    },

    /** Security: true only when `studentId` is in a cohort that `coachId` coaches. */
    async coachesStudent(coachId: string, studentId: string): Promise<boolean> {
      const { rows } = await db.query(
        `SELECT 1 FROM cohort_members m JOIN cohort_coaches cc ON cc.cohort_id = m.cohort_id
         WHERE cc.coach_id = $1 AND m.student_id = $2 LIMIT 1`,
        [coachId, studentId],
      );
      return rows.length > 0;
    },
  };
}
