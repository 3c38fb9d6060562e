import { countedSittingAttempts, foldStudent, markResponse, masteryMap, personalSchedule, type AttemptEvent, type EngineContext, type ExamPattern } from '@cr/shared/engine/index';
import { HLC_WALL_DIGITS, hlcWallMs } from '@cr/shared/engine/hlc';
import { fsrsWeightsSchema } from '@cr/shared/schemas/sync';
import { loadKeys, type EngineContextSource, type Queryable } from './content.ts';

/**
 * The server's mastery for students: the engine's fold over their attempts, with correctness
 * judged by the server from the keys (the device's is_correct is never read). Excluded from the
 * fold: answers stamped after their sitting's submission, superseded answers within a sitting
 * (only the final answer per question counts), cleared answers, and every attempt of a
 * benchmark not yet released (its effect on mastery would leak correctness before the close).
 */

export interface AttemptRow {
  id: string;
  student_id: string;
  sitting_id: string | null;
  /** The sitting's submission stamp, when it is submitted. */
  cutoff: string | null;
  question_id: string;
  concept_id: string;
  answer: string | null;
  response_time_ms: number;
  hlc: string;
  device_ms: number;
  pattern: ExamPattern | null;
  /** The sitting's test type (null: practice). */
  test_type: string | null;
  late: boolean;
}

const ATTEMPTS_SQL = `
  SELECT a.id, a.student_id, a.sitting_id, a.question_id, a.concept_id, a.answer, a.response_time_ms, a.hlc,
         (extract(epoch FROM a.device_time) * 1000)::float8 AS device_ms, s.pattern, s.test_type,
         CASE WHEN s.status = 'submitted' THEN s.field_hlc->>'status' END AS cutoff,
         coalesce(a.received_at > b.closes_at + make_interval(secs => b.grace_s), false) AS late
    FROM attempts a
    LEFT JOIN test_sittings s ON s.id = a.sitting_id AND s.student_id = a.student_id
    LEFT JOIN benchmarks b ON s.test_type = 'MONTHLY' AND b.id = s.test_id
   WHERE a.student_id = ANY($1::uuid[])
     AND (b.id IS NULL OR b.status = 'released')
     AND ($2::float8 IS NULL OR left(a.hlc, ${HLC_WALL_DIGITS})::float8 >= $2)`;

/**
 * The attempts that feed mastery: every practice answer; of a sitting only the final answer per
 * question (the shared final-answer rule, so mastery and the score read the same answers); never
 * a cleared one.
 */
function countedAttempts(rows: readonly AttemptRow[]): AttemptRow[] {
  return countedSittingAttempts(rows).filter((r) => r.answer !== null && r.answer.trim() !== '');
}

/**
 * The answers of `studentIds` that count (see `countedAttempts`), unreleased benchmarks left
 * out. `sinceMs` keeps only events whose HLC wall time is at or after it: the final-answer rule
 * picks the latest event at or before a cutoff, so cutting a suffix of HLC time off first gives
 * the same answers within the window as selecting over the whole history and filtering after.
 */
export async function loadCountedAttempts(db: Queryable, studentIds: readonly string[], sinceMs: number | null = null): Promise<AttemptRow[]> {
  return countedAttempts((await db.query<AttemptRow>(ATTEMPTS_SQL, [studentIds, sinceMs])).rows);
}

/**
 * The attempt events of `studentIds` as the server folds them (correctness from the keys, the
 * counted attempts above), grouped by student.
 */
export async function loadAttemptEvents(db: Queryable, ctx: EngineContext, studentIds: readonly string[]): Promise<Map<string, AttemptEvent[]>> {
  const rows = await loadCountedAttempts(db, studentIds);
  const keys = await loadKeys(db, [...new Set(rows.map((r) => r.question_id))]);
  const byStudent = new Map<string, AttemptEvent[]>();
  for (const r of rows) {
    const q = keys.get(r.question_id);
    if (!q) continue;
    // Practice answers are judged strictly (two decimals, no partial credit counts as right).
    const correct = markResponse(r.pattern ?? 'JEE_ADVANCED', q, r.answer).status === 'CORRECT';
    const conceptId = ctx.concepts.has(q.primary_concept_id) ? q.primary_concept_id : r.concept_id;
    if (!ctx.concepts.has(conceptId)) continue;
    const e: AttemptEvent = {
      id: r.id,
      hlc: r.hlc,
      student_id: r.student_id,
      question_id: r.question_id,
      concept_id: conceptId,
      secondary_concept_ids: q.secondary_concept_ids.filter((c) => ctx.concepts.has(c)),
      correct,
      response_time_ms: r.response_time_ms,
      device_time_ms: Math.max(0, Math.round(r.device_ms)),
    };
    const list = byStudent.get(r.student_id);
    if (list) list.push(e);
    else byStudent.set(r.student_id, [e]);
  }
  return byStudent;
}

/** Recomputes and writes student_mastery for `studentIds`, inside the caller's transaction. Rows change only where values do. */
export async function refreshMastery(db: Queryable, contextOf: EngineContextSource, studentIds: readonly string[]): Promise<number> {
  if (studentIds.length === 0) return 0;
  const ctx = await contextOf(db);
  const byStudent = await loadAttemptEvents(db, ctx, studentIds);
  // Each student's fold schedules with their own fitted FSRS parameters, as their device does.
  const weights = await db.query<{ id: string; fsrs_weights: unknown }>('SELECT id, fsrs_weights FROM users WHERE id = ANY($1::uuid[]) AND fsrs_weights IS NOT NULL', [
    studentIds,
  ]);
  const scheduleOf = new Map(weights.rows.map((w) => [w.id, personalSchedule(ctx.schedule, parsedWeights(w.fsrs_weights))]));
  const out: Record<string, unknown>[] = [];
  for (const [studentId, events] of byStudent) {
    const schedule = scheduleOf.get(studentId);
    const own = schedule === undefined || schedule === ctx.schedule ? ctx : { ...ctx, schedule };
    const state = foldStudent(own, studentId, events);
    const mastery = masteryMap(own, state);
    const counts = new Map<string, { n: number; right: number; firstMs: number }>();
    for (const e of state.events) {
      const c = counts.get(e.concept_id) ?? { n: 0, right: 0, firstMs: Number.POSITIVE_INFINITY };
      c.n += 1;
      if (e.correct) c.right += 1;
      c.firstMs = Math.min(c.firstMs, hlcWallMs(e.hlc));
      counts.set(e.concept_id, c);
    }
    const concepts = new Set([...counts.keys(), ...state.cards.keys()]);
    for (const conceptId of concepts) {
      const c = counts.get(conceptId);
      const card = state.cards.get(conceptId);
      out.push({
        student_id: studentId,
        concept_id: conceptId,
        mastery_level: Math.min(1, Math.max(0, mastery.get(conceptId) ?? 0)),
        times_attempted: c?.n ?? 0,
        times_correct: c?.right ?? 0,
        accuracy: c && c.n > 0 ? c.right / c.n : null,
        first_attempted: c ? new Date(c.firstMs).toISOString() : null,
        last_reviewed: card ? new Date(card.lastReviewMs).toISOString() : null,
        next_review_date: card ? new Date(card.dueMs).toISOString() : null,
        review_count: card?.reps ?? 0,
        stability: card?.stability ?? null,
        fsrs_difficulty: card?.difficulty ?? null,
      });
    }
  }
  // Rows in one global order (student, concept), so two transactions refreshing the same student
  // (two drains whose batches share a student, or a drain and a publish) lock that student's rows
  // in the same order: in the order they were folded, each could hold a row the other waited for
  // (deadlock detected in tests/jobs/bulk-scoring.pg.test.ts, 1 run in ~5 at 30 cases).
  out.sort((a, b) => compareKeys(a.student_id as string, b.student_id as string) || compareKeys(a.concept_id as string, b.concept_id as string));
  for (let i = 0; i < out.length; i += 5000) {
    await db.query(
      `INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct, accuracy, first_attempted,
                                    last_reviewed, next_review_date, review_count, stability, fsrs_difficulty)
       SELECT r.student_id, r.concept_id, r.mastery_level, r.times_attempted, r.times_correct, r.accuracy, r.first_attempted,
              r.last_reviewed, r.next_review_date, r.review_count, r.stability, r.fsrs_difficulty
         FROM jsonb_to_recordset($1::jsonb) AS r(student_id uuid, concept_id text, mastery_level float8, times_attempted int, times_correct int,
              accuracy float8, first_attempted timestamptz, last_reviewed timestamptz, next_review_date timestamptz, review_count int,
              stability float8, fsrs_difficulty float8)
       ON CONFLICT (student_id, concept_id) DO UPDATE SET
         mastery_level = EXCLUDED.mastery_level, times_attempted = EXCLUDED.times_attempted, times_correct = EXCLUDED.times_correct,
         accuracy = EXCLUDED.accuracy, first_attempted = EXCLUDED.first_attempted, last_reviewed = EXCLUDED.last_reviewed,
         next_review_date = EXCLUDED.next_review_date, review_count = EXCLUDED.review_count, stability = EXCLUDED.stability,
         fsrs_difficulty = EXCLUDED.fsrs_difficulty, updated_at = now()
       WHERE (student_mastery.mastery_level, student_mastery.times_attempted, student_mastery.times_correct, student_mastery.accuracy,
              student_mastery.first_attempted, student_mastery.last_reviewed, student_mastery.next_review_date, student_mastery.review_count,
              student_mastery.stability, student_mastery.fsrs_difficulty)
         IS DISTINCT FROM (EXCLUDED.mastery_level, EXCLUDED.times_attempted, EXCLUDED.times_correct, EXCLUDED.accuracy, EXCLUDED.first_attempted,
              EXCLUDED.last_reviewed, EXCLUDED.next_review_date, EXCLUDED.review_count, EXCLUDED.stability, EXCLUDED.fsrs_difficulty)`,
      [JSON.stringify(out.slice(i, i + 5000))],
    );
  }
  return out.length;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A stored parameter vector, or null when it is not a valid FSRS vector (defaults then). */
function parsedWeights(value: unknown): number[] | null {
  const parsed = fsrsWeightsSchema.safeParse(typeof value === 'string' ? JSON.parse(value) : value);
  return parsed.success ? parsed.data : null;
}
