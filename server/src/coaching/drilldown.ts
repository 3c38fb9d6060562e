import type pg from 'pg';
import { compareHlcStrings, markResponse } from '@cr/shared/engine/index';
import { COHORT_PAGE, type CohortStudentSummary } from '@cr/shared/schemas/api-coach';
import { loadKeys } from '../scoring/content.ts';
import { loadCountedAttempts } from '../scoring/mastery.ts';

type Queryable = pg.Pool | pg.PoolClient;

/** How many of the latest answers the drill-down lists with their server verdict. */
export const RECENT_ANSWERS = 30;

/** One answer of the student, judged by the server from the key (null: the key is unknown here). */
interface JudgedAnswer {
  question_id: string;
  concept_id: string;
  concept_name: string;
  subject: string;
  correct: boolean | null;
  response_time_ms: number;
  answered_at: string;
  test_type: string | null;
}

/**
 * The student's answers with correctness judged from the keys (public bank, or the sealed bank
 * once its benchmark is released), oldest first by HLC: the answers that count, by the same rule
 * as scoring and mastery (`loadCountedAttempts`: a sitting's final answer per question at or
 * before its submission, never a late one, none of a benchmark not yet released — its
 * correctness would leak the keys before the close). The device's is_correct flag is never
 * read: a device that claims every answer was right must not make the coach see a perfect student.
 */
async function judgedAnswers(db: Queryable, studentId: string): Promise<JudgedAnswer[]> {
  const answers = (await loadCountedAttempts(db, [studentId])).sort((a, b) => compareHlcStrings(a.hlc, b.hlc) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { rows: concepts } = await db.query<{ id: string; name: string; subject: string }>('SELECT id, name, subject FROM concepts WHERE id = ANY($1::text[])', [
    [...new Set(answers.map((a) => a.concept_id))],
  ]);
  const conceptOf = new Map(concepts.map((c) => [c.id, c]));
  const keys = await loadKeys(db, [...new Set(answers.map((a) => a.question_id))]);
  const judged: JudgedAnswer[] = [];
  for (const a of answers) {
    const concept = conceptOf.get(a.concept_id);
    if (!concept || a.answer === null) continue;
    const key = keys.get(a.question_id);
    // Practice is judged strictly, as the server's mastery fold does (no partial credit is "right").
    const correct = key ? markResponse('JEE_ADVANCED', key, a.answer).status === 'CORRECT' : null;
    judged.push({
      question_id: a.question_id,
      concept_id: a.concept_id,
      concept_name: concept.name,
      subject: concept.subject,
      correct,
      response_time_ms: Number(a.response_time_ms),
      answered_at: new Date(a.device_ms).toISOString(),
      test_type: a.test_type,
    });
  }
  return judged;
}

/**
 * Time per question and server-judged accuracy per subject. `rushed`: answered in under
 * RUSHED_MS and not right. Accuracy is over answers whose key is known (0 when none is).
 */
function timingBySubject(answers: readonly JudgedAnswer[]) {
  const by = new Map<string, JudgedAnswer[]>();
  for (const a of answers) {
    const list = by.get(a.subject);
    if (list) list.push(a);
    else by.set(a.subject, [a]);
  }
  return [...by.keys()].sort().map((subject) => {
    const list = by.get(subject) as JudgedAnswer[];
    const times = list.map((a) => a.response_time_ms).sort((x, y) => x - y);
    const mid = times.length / 2;
    const median = times.length % 2 === 1 ? (times[Math.floor(mid)] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
    const judged = list.filter((a) => a.correct !== null);
    const correct = judged.filter((a) => a.correct === true).length;
    return {
      subject,
      attempts: list.length,
      judged: judged.length,
      correct,
      avg_ms: Math.round(times.reduce((s, x) => s + x, 0) / times.length),
      median_ms: Math.round(median),
      accuracy: judged.length === 0 ? 0 : Math.round((correct / judged.length) * 1000) / 1000,
      rushed: list.filter((a) => a.response_time_ms < RUSHED_MS && a.correct !== true).length,
    };
  });
}

/** A response under this many ms that is wrong counts as rushed (guessing under time pressure). */
export const RUSHED_MS = 5_000;

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
const num = (v: unknown) => (v == null ? null : Number(v));

/**
 * One student's detail for their coach, loaded on demand (never synced to every coach):
 * results over time, metric trend, weakest concepts and time-per-question by subject.
 * The caller has already checked that the coach coaches this student.
 */
export async function buildDrilldown(db: Queryable, studentId: string) {
  const [who, results, metrics, weak, timing] = await Promise.all([
    db.query(`SELECT id, coalesce(nullif(full_name, ''), 'Student ' || left(id::text, 8)) AS name, standard, exam_target FROM users WHERE id = $1`, [studentId]),
    db.query(
      `SELECT r.test_id, r.test_type, b.title, r.total_score, r.total_marks, r.accuracy, r.percentile, r.estimated_rank, r.test_date, r.duration_seconds
         FROM test_results r LEFT JOIN benchmarks b ON r.test_type = 'MONTHLY' AND b.id = r.test_id
        WHERE r.student_id = $1 AND r.published ORDER BY r.test_date DESC, r.submitted_at DESC LIMIT 50`,
      [studentId],
    ),
    db.query(
      `SELECT measured_at, overall_mastery, math_mastery, physics_mastery, chemistry_mastery, burnout_risk, burnout_reasons
         FROM student_performance_metrics WHERE student_id = $1 ORDER BY measured_at DESC LIMIT 60`,
      [studentId],
    ),
    db.query(
      `SELECT sm.concept_id, c.name, c.subject, c.unit, sm.mastery_level, sm.times_attempted, sm.times_correct, sm.accuracy
         FROM student_mastery sm JOIN concepts c ON c.id = sm.concept_id
        WHERE sm.student_id = $1 AND sm.times_attempted > 0
        ORDER BY sm.mastery_level, c.exam_weight DESC LIMIT 10`,
      [studentId],
    ),
    judgedAnswers(db, studentId),
  ]);
  const w = who.rows[0];
  return {
    student: { id: w.id as string, name: w.name as string, standard: num(w.standard), exam_target: w.exam_target ? iso(w.exam_target)!.slice(0, 10) : null },
    results: results.rows
      .map((r) => ({
        test_id: r.test_id as string,
        test_type: r.test_type as string,
        title: (r.title as string | null) ?? null,
        total_score: Number(r.total_score),
        total_marks: Number(r.total_marks),
        accuracy: num(r.accuracy),
        percentile: num(r.percentile),
        estimated_rank: num(r.estimated_rank),
        test_date: iso(r.test_date)!.slice(0, 10),
        duration_seconds: num(r.duration_seconds),
      }))
      .reverse(),
    metrics: metrics.rows
      .map((r) => ({
        measured_at: iso(r.measured_at)!,
        overall_mastery: num(r.overall_mastery),
        math_mastery: num(r.math_mastery),
        physics_mastery: num(r.physics_mastery),
        chemistry_mastery: num(r.chemistry_mastery),
        burnout_risk: num(r.burnout_risk),
        burnout_reasons: (r.burnout_reasons ?? []) as unknown[],
      }))
      .reverse(),
    weak_concepts: weak.rows.map((r) => ({
      concept_id: r.concept_id as string,
      name: r.name as string,
      subject: r.subject as string,
      unit: r.unit as string,
      mastery: Number(r.mastery_level),
      attempts: Number(r.times_attempted),
      /** Right by the server's keys (student_mastery is folded from server-judged answers). */
      correct: Number(r.times_correct),
      accuracy: num(r.accuracy),
    })),
    timing: timingBySubject(timing),
    recent_answers: timing.slice(-RECENT_ANSWERS).reverse().map((a) => ({
      question_id: a.question_id,
      concept_id: a.concept_id,
      concept_name: a.concept_name,
      subject: a.subject,
      correct: a.correct,
      response_time_ms: a.response_time_ms,
      answered_at: a.answered_at,
      test_type: a.test_type,
    })),
    computed_at: new Date().toISOString(),
  };
}
export type Drilldown = Awaited<ReturnType<typeof buildDrilldown>>;


/** Where a page of the cohort dashboard ends: the last row's sort key (display name, student id). */
interface CohortCursor {
  name: string;
  id: string;
}

/** An opaque cursor for the row after which the next page starts (base64url JSON). */
export function encodeCohortCursor(c: CohortCursor): string {
  return Buffer.from(JSON.stringify([c.name, c.id]), 'utf8').toString('base64url');
}

/** The cursor, or null when it is not one this server issued (the route answers 400). */
export function decodeCohortCursor(value: string): CohortCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [name, id] = parsed as unknown[];
    if (typeof name !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { name, id };
  } catch {
    return null;
  }
}

/**
 * A page of the cohort's summary rows, with the units for the heatmap (the online twin of the
 * synced data). Pages follow (display name, student id), a unique key, so a cursor stays valid
 * while rows change: every student present for the whole walk appears exactly once, whatever is
 * added, renamed or removed in between. `next` is null on the last page.
 */
export async function cohortDashboard(db: Queryable, cohortId: string, page: { limit?: number; after?: CohortCursor | null } = {}) {
  const limit = Math.min(COHORT_PAGE.max, Math.max(1, page.limit ?? COHORT_PAGE.default));
  const after = page.after ?? null;
  const [cohort, rows, units] = await Promise.all([
    db.query('SELECT id, name, standard FROM cohorts WHERE id = $1', [cohortId]),
    db.query(
      `SELECT student_id, display_name, unit_mastery, overall_mastery, attempts_7d, last_active_at, latest_result, burnout_risk, burnout_reasons, flags
         FROM cohort_student_summary
        WHERE cohort_id = $1 AND ($2::text IS NULL OR (display_name, student_id) > ($2::text, $3::uuid))
        ORDER BY display_name, student_id LIMIT $4`,
      [cohortId, after?.name ?? null, after?.id ?? null, limit + 1],
    ),
    db.query('SELECT id, subject, title, ordinal FROM units ORDER BY subject, ordinal'),
  ]);
  const students = rows.rows.slice(0, limit);
  const last = students[students.length - 1] as { display_name: string; student_id: string } | undefined;
  return {
    cohort: cohort.rows[0] as { id: string; name: string; standard: number | null },
    units: units.rows as Array<{ id: string; subject: string; title: string; ordinal: number }>,
    students: students.map((r) => ({ ...r, last_active_at: iso(r.last_active_at) })) as CohortStudentSummary[],
    next: rows.rows.length > limit && last ? encodeCohortCursor({ name: last.display_name, id: last.student_id }) : null,
  };
}
