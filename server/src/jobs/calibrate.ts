import { calibrateFromAttempts, createStudentState, NEW_STUDENT_ANSWERS, predictAnswer, type AttemptEvent, type EngineContext, type ModelParams } from '@cr/shared/engine/index';
import { storeModelParams } from '@cr/shared/schemas/sync';
import type pg from 'pg';
import { engineContextCache } from '../scoring/content.ts';
import { withTransaction } from '../db/database.ts';
import { loadAttemptEvents, refreshMastery } from '../scoring/mastery.ts';
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
 * The same run labels questions' difficulty from how the population answered them (`relabel`).
 */

export const CALIBRATE_JOB = 'engine.calibrate';
/** Students with a new student's worth of answers before population parameters are fitted. */
export const MIN_STUDENTS = 20;
/** Students whose whole history is replayed per run (the most recently active): bounds time and memory. */
export const MAX_STUDENTS = 2_000;
/** Students loaded per query. */
const CHUNK = 200;
/** Answers (distinct students) a question needs before its level is set from them. */
export const MIN_ITEM_ANSWERS = 30;

/**
 * The level 1 (easy) … 5 (hard) of a question a new student answers right with probability `p`
 * (the fitted model's prediction): at least 80 % right is 1, 65 % 2, 50 % 3, 35 % 4, below 5.
 */
export function levelOf(p: number): number {
  return p >= 0.8 ? 1 : p >= 0.65 ? 2 : p >= 0.5 ? 3 : p >= 0.35 ? 4 : 5;
}

export interface CalibrationResult {
  /** Whether the stored parameters changed. */
  readonly written: boolean;
  readonly students: number;
  readonly answers: number;
  /** Questions whose calibrated level was set, changed, or re-counted. */
  readonly relabelled: number;
  /** Students whose stored mastery was recomputed with the new parameters. */
  readonly refreshed: number;
  /** Size of the stored parameters (JSON), which every device downloads when they change. */
  readonly bytes: number;
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
  if (rows.length < MIN_STUDENTS) return { written: false, students: rows.length, answers: 0, relabelled: 0, refreshed: 0, bytes: 0 };
  // Fitted from the engine's priors, never from the previous night's parameters.
  const ctx = await engineContextCache({ populationParams: false })(pool);
  const events: AttemptEvent[] = [];
  const ids = rows.map((r) => r.id).sort();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const list of (await loadAttemptEvents(pool, ctx, ids.slice(i, i + CHUNK))).values()) events.push(...list);
  }
  const params = compact(calibrateFromAttempts(ctx, events));
  const json = JSON.stringify(storeModelParams(params));
  const written = await pool.query(
    `INSERT INTO model_params (id, params, answers, students) VALUES ('population', $1::jsonb, $2, $3)
     ON CONFLICT (id) DO UPDATE SET params = excluded.params, answers = excluded.answers, students = excluded.students,
       fitted_at = now(), updated_at = now()
     WHERE model_params.params IS DISTINCT FROM excluded.params`,
    [json, events.length, ids.length],
  );
  const changed = (written.rowCount ?? 0) > 0;
  const relabelled = await relabel(pool, { ...ctx, params }, events);
  // The devices refold with the new parameters as soon as the row arrives; the server's stored
  // mastery (coach views, dashboard API, reminders) is recomputed with them now, not at the
  // student's next scored test.
  const refreshed = changed ? await refreshAll(pool) : 0;
  return { written: changed, students: ids.length, answers: events.length, relabelled, refreshed, bytes: Buffer.byteLength(json) };
}

/** Weights and accumulators to 6 significant digits (what is stored is what both sides read). */
function compact(params: ModelParams): ModelParams {
  const round = (r: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v.toPrecision(6))]));
  return { weights: round(params.weights), accumulators: round(params.accumulators) };
}

/** Recomputes `student_mastery` of every student with answers, `CHUNK` students per transaction. */
async function refreshAll(pool: pg.Pool): Promise<number> {
  const contextOf = engineContextCache();
  const { rows } = await pool.query<{ id: string }>(
    `SELECT u.id FROM users u WHERE u.role = 'student' AND EXISTS (SELECT 1 FROM attempts a WHERE a.student_id = u.id) ORDER BY u.id`,
  );
  for (let i = 0; i < rows.length; i += CHUNK) {
    const batch = rows.slice(i, i + CHUNK).map((r) => r.id);
    await withTransaction(pool, (q) => refreshMastery(q, contextOf, batch));
  }
  return rows.length;
}

/**
 * Sets `calibrated_difficulty` of the public questions at least `MIN_ITEM_ANSWERS` students
 * answered, from the fitted model's chance that a new student answers each right; a row is
 * written only when its level changes or the count behind it grew by a quarter, so devices
 * download little in a quiet week and "from N students' answers" stays within 25 % of the truth.
 */
async function relabel(pool: pg.Pool, fitted: EngineContext, events: readonly AttemptEvent[]): Promise<number> {
  const students = new Map<string, Set<string>>();
  for (const e of events) {
    const set = students.get(e.question_id) ?? new Set<string>();
    set.add(e.student_id);
    students.set(e.question_id, set);
  }
  const fresh = createStudentState(fitted, 'population');
  const at = events.reduce((latest, e) => Math.max(latest, e.device_time_ms), 0);
  const labels = [...students]
    .filter(([id, who]) => who.size >= MIN_ITEM_ANSWERS && fitted.questions.has(id))
    .map(([id, who]) => ({ id, level: levelOf(predictAnswer(fitted, fresh, id, at)), answers: who.size }));
  if (labels.length === 0) return 0;
  const { rowCount } = await pool.query(
    `UPDATE questions q SET calibrated_difficulty = x.level, calibrated_answers = x.answers, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, level smallint, answers integer)
      WHERE q.id = x.id AND (q.calibrated_difficulty IS DISTINCT FROM x.level OR x.answers >= q.calibrated_answers * 1.25)`,
    [JSON.stringify(labels)],
  );
  return rowCount ?? 0;
}

/**
 * Weekly, Sundays 21:30 UTC (Monday 03:00 IST), before the personal FSRS fit and the week's plans.
 * Weekly because every device downloads the row when it changes (about 180 bytes per answered
 * question in the compact stored form: some 2.3 MB at 13,000 questions), and a population's
 * parameters move slowly.
 */
export function calibrateJobs(pool: pg.Pool): JobDefinition<never>[] {
  const job: JobDefinition = {
    name: CALIBRATE_JOB,
    cron: '30 21 * * 0',
    policy: 'stately',
    expireInSeconds: 3600,
    handler: async () => {
      await calibratePopulation(pool);
    },
  };
  return [job] as JobDefinition<never>[];
}
