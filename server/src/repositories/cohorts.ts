import type pg from 'pg';

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
