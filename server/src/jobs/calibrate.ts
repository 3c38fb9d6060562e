import { calibrateFromAttempts, NEW_STUDENT_ANSWERS, type AttemptEvent, type ModelParams } from '@cr/shared/engine/index';
import type pg from 'pg';
import { engineContextCache } from '../scoring/content.ts';
import { loadAttemptEvents } from '../scoring/mastery.ts';
import type { JobDefinition } from './queue.ts';

/**
 * Population calibration: fits the mastery model's population parameters (question and concept
 * easiness, count and recency coefficients, the new-student prior) on students' answers as the
 * server marks them (`loadAttemptEvents`: correctness from the keys, the final answer of each
 * sitting question), and stores them in `model_params` (migration 019). The row syncs to every
 * device in the content bucket; devices and the server's mastery fold then start every student
 * from the same parameters (`engineContextCache`, the client's `loadEngineContext`).
 *
 * Until `MIN_STUDENTS` students have answered at least `NEW_STUDENT_ANSWERS` questions, no row is
 * written: the engine's built-in priors stay, rather than parameters fitted to a handful of people.
 */

export const CALIBRATE_JOB = 'engine.calibrate';
/** Students with a new student's worth of answers before population parameters are fitted. */
export const MIN_STUDENTS = 20;
/** Students whose whole history is replayed per run (the most recently active): bounds time and memory. */
export const MAX_STUDENTS = 2_000;
/** Students loaded per query. */
const CHUNK = 200;

export interface CalibrationResult {
  /** Whether the stored parameters changed. */
  readonly written: boolean;
  readonly students: number;
  readonly answers: number;
}

/** Fits the population parameters now (see the module comment); returns what it used. */
export async function calibratePopulation(pool: pg.Pool, options: { maxStudents?: number } = {}): Promise<CalibrationResult> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT a.student_id AS id FROM attempts a JOIN users u ON u.id = a.student_id
      WHERE u.role = 'student' AND u.status = 'active' AND u.consent_status IN ('not_required', 'granted')
      GROUP BY a.student_id HAVING count(*) >= $1
      ORDER BY max(a.received_at) DESC, a.student_id LIMIT $2`,
    [NEW_STUDENT_ANSWERS, options.maxStudents ?? MAX_STUDENTS],
  );
  if (rows.length < MIN_STUDENTS) return { written: false, students: rows.length, answers: 0 };
  // Fitted from the engine's priors, never from the previous night's parameters.
  const ctx = await engineContextCache({ populationParams: false })(pool);
  const events: AttemptEvent[] = [];
  const ids = rows.map((r) => r.id).sort();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const list of (await loadAttemptEvents(pool, ctx, ids.slice(i, i + CHUNK))).values()) events.push(...list);
  }
  const params: ModelParams = calibrateFromAttempts(ctx, events);
  const written = await pool.query(
    `INSERT INTO model_params (id, params, answers, students) VALUES ('population', $1::jsonb, $2, $3)
     ON CONFLICT (id) DO UPDATE SET params = excluded.params, answers = excluded.answers, students = excluded.students,
       fitted_at = now(), updated_at = now()
     WHERE model_params.params IS DISTINCT FROM excluded.params`,
    [JSON.stringify(params), events.length, ids.length],
  );
  return { written: (written.rowCount ?? 0) > 0, students: ids.length, answers: events.length };
}

/** Nightly at 21:30 UTC (03:00 IST), before the personal FSRS fit and the next morning's plans. */
export function calibrateJobs(pool: pg.Pool): JobDefinition<never>[] {
  const job: JobDefinition = {
    name: CALIBRATE_JOB,
    cron: '30 21 * * *',
    policy: 'stately',
    expireInSeconds: 3600,
    handler: async () => {
      await calibratePopulation(pool);
    },
  };
  return [job] as JobDefinition<never>[];
}
