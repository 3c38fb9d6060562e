import type pg from 'pg';
import { assembleBenchmark, JEE_MAIN_BLUEPRINT, maxMarksOf, type BankQuestion } from '@cr/shared/engine/index';
import { DomainError, type Question } from '@cr/shared';
import type { AdminBenchmark } from '@cr/shared/schemas/api';
import type { KeyedQuestion, Queryable } from '../scoring/content.ts';
import type { Scoring } from '../scoring/scoring.ts';
import { CLASS_11_UNIT_IDS } from '../seed/unit-classes.ts';

/**
 * Benchmarks: the sealed bank and scheduling. A paper is assembled by the engine (JEE Main
 * blueprint) from bank items never used before; scheduling copies it into benchmark_questions
 * (what devices get, without keys) and benchmark_answer_keys (released after the window).
 */

export interface ScheduleInput {
  standard: 11 | 12;
  /** First day of the month, YYYY-MM-01. */
  month: string;
  title?: string;
  opensAt: string;
  closesAt: string;
  graceS: number;
  durationS?: number;
  /** Seed of the paper's assembly (32-bit); defaults to one derived from class and month. */
  seed?: number;
  actorId: string | null;
}

/** The API's view of a benchmark (shared/src/schemas/api.ts). */
export type ScheduledBenchmark = AdminBenchmark;

const BENCHMARK_COLUMNS = `id, standard, to_char(month, 'YYYY-MM-DD') AS month, title, question_ids, max_marks, duration_s,
  to_char(opens_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS opens_at,
  to_char(closes_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS closes_at, grace_s, status`;

/** SQL for the class of an item from its primary concept's unit (11 or 12), as unit-classes.ts decides. */
const CLASS_OF = (conceptColumn: string) =>
  `(SELECT CASE WHEN c.unit = ANY($CLASS11::text[]) THEN 11 ELSE 12 END FROM concepts c WHERE c.id = ${conceptColumn})`;

/** Adds (or replaces, while unused) sealed items, each classified by its unit. Returns how many were written. */
export async function addToBank(db: Queryable, questions: readonly Question[]): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO benchmark_bank (id, subject, primary_concept_id, secondary_concept_ids, type, text, options, answer, tolerance, explanation,
                                 difficulty, source, year, image_urls, standard)
     SELECT r.id, r.subject, r.primary_concept_id, ARRAY(SELECT jsonb_array_elements_text(r.secondary_concept_ids)), r.type, r.text, r.options,
            r.answer, r.tolerance, r.explanation, r.difficulty, r.source, r.year, ARRAY(SELECT jsonb_array_elements_text(r.image_urls)),
            ${CLASS_OF('r.primary_concept_id').replace('$CLASS11', '$2')}
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, subject text, primary_concept_id text, secondary_concept_ids jsonb, type text, text text,
            options jsonb, answer text, tolerance float8, explanation text, difficulty smallint, source text, year smallint, image_urls jsonb)
     ON CONFLICT (id) DO UPDATE SET subject = EXCLUDED.subject, primary_concept_id = EXCLUDED.primary_concept_id,
       secondary_concept_ids = EXCLUDED.secondary_concept_ids, type = EXCLUDED.type, text = EXCLUDED.text, options = EXCLUDED.options,
       answer = EXCLUDED.answer, tolerance = EXCLUDED.tolerance, explanation = EXCLUDED.explanation, difficulty = EXCLUDED.difficulty,
       source = EXCLUDED.source, year = EXCLUDED.year, image_urls = EXCLUDED.image_urls, standard = EXCLUDED.standard
     WHERE benchmark_bank.used_by IS NULL`,
    [JSON.stringify(questions), CLASS_11_UNIT_IDS],
  );
  return rowCount ?? 0;
}

/** Classifies items written before the bank knew classes (standard NULL). Returns how many changed. */
export async function classifyBank(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE benchmark_bank b SET standard = ${CLASS_OF('b.primary_concept_id').replace('$CLASS11', '$1')} WHERE b.standard IS NULL`,
    [CLASS_11_UNIT_IDS],
  );
  return rowCount ?? 0;
}

/** SQL condition: a bank item may appear in a paper for class `$n` (class 11: class 11 items only; NULL counts as 12). */
export const ELIGIBLE_FOR_CLASS = (param: string) => `(${param}::int = 12 OR standard = 11)`;

const SUBJECT_NAMES: Record<string, string> = { MATH: 'Mathematics', PHYSICS: 'Physics', CHEMISTRY: 'Chemistry' };
const TYPE_NAMES: Record<string, string> = { SINGLE: 'single-correct', MULTI: 'multi-correct', INTEGER: 'numerical', NUMERIC: 'numerical' };

/** "Mathematics single-correct: 20 more" per short section of a JEE Main paper. */
export function describeShortfalls(shortfalls: readonly { section: number; missing: number }[]): string[] {
  return shortfalls.map((s) => {
    const section = JEE_MAIN_BLUEPRINT.sections[s.section];
    const subject = SUBJECT_NAMES[section?.subject ?? ''] ?? section?.subject ?? '?';
    return `${subject} ${TYPE_NAMES[section?.types[0] ?? ''] ?? '?'}: ${s.missing} more`;
  });
}

function defaultSeed(standard: number, month: string): number {
  let h = 2166136261;
  for (const ch of `${standard}|${month}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Schedules a benchmark inside the caller's transaction. Throws CONFLICT when the bank cannot fill the paper or the month is taken. */
export async function scheduleBenchmark(db: Queryable, input: ScheduleInput): Promise<ScheduledBenchmark> {
  const opens = Date.parse(input.opensAt);
  const closes = Date.parse(input.closesAt);
  if (!(closes > opens)) throw new DomainError('VALIDATION_ERROR', 'closes_at must be after opens_at', 'closes_at');
  const taken = await db.query(`SELECT 1 FROM benchmarks WHERE standard = $1 AND month = $2::date AND status <> 'cancelled'`, [input.standard, input.month]);
  if (taken.rows.length > 0) throw new DomainError('CONFLICT', `class ${input.standard} already has a benchmark in ${input.month.slice(0, 7)}`, 'month');

  // Items written straight into the table (not through addToBank) get their class first.
  await classifyBank(db);
  // Lock the unused bank so two schedules cannot pick the same items.
  const bank = await db.query<BankQuestion & KeyedQuestion>(
    `SELECT id, subject, primary_concept_id, secondary_concept_ids, difficulty, type, answer, tolerance FROM benchmark_bank
      WHERE used_by IS NULL AND ${ELIGIBLE_FOR_CLASS('$1')} ORDER BY id FOR UPDATE`,
    [input.standard],
  );
  const weights = await db.query<{ id: string; exam_weight: number }>('SELECT id, exam_weight FROM concepts');
  const paper = assembleBenchmark(
    JEE_MAIN_BLUEPRINT,
    bank.rows,
    new Map(weights.rows.map((c) => [c.id, c.exam_weight])),
    input.seed ?? defaultSeed(input.standard, input.month),
  );
  if (paper.shortfalls.length > 0) {
    const missing = describeShortfalls(paper.shortfalls);
    throw new DomainError(
      'CONFLICT',
      `the sealed bank cannot fill a class ${input.standard} JEE Main paper: too few unused items (${missing.join('; ')}); add items under Sealed bank`,
      'bank',
    );
  }
  const questionIds = paper.sections.flatMap((s) => s.questionIds);
  const byId = new Map(bank.rows.map((q) => [q.id, q]));
  const maxMarks = maxMarksOf('JEE_MAIN', questionIds.map((id) => byId.get(id) as KeyedQuestion));

  const base = `BM-${input.standard}-${input.month.slice(0, 7)}`;
  const existing = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM benchmarks WHERE id = $1 OR id LIKE $1 || '-%'`, [base]);
  const id = (existing.rows[0]?.n ?? 0) === 0 ? base : `${base}-${(existing.rows[0]?.n ?? 0) + 1}`;
  const monthLabel = new Date(`${input.month}T00:00:00Z`).toLocaleDateString('en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const title = input.title ?? `Monthly benchmark, ${monthLabel} · class ${input.standard}`;

  const { rows } = await db.query<ScheduledBenchmark>(
    `INSERT INTO benchmarks (id, standard, month, title, pattern, question_ids, max_marks, duration_s, opens_at, closes_at, grace_s, created_by)
     VALUES ($1, $2, $3, $4, 'JEE_MAIN', $5, $6, $7, $8, $9, $10, $11)
     RETURNING ${BENCHMARK_COLUMNS}`,
    [id, input.standard, input.month, title, questionIds, maxMarks, input.durationS ?? 10_800, input.opensAt, input.closesAt, input.graceS, input.actorId],
  );
  await db.query(
    `INSERT INTO benchmark_questions (benchmark_id, standard, position, question_id, subject, type, text, options, difficulty, primary_concept_id, image_urls)
     SELECT $1, $2, p.pos, q.id, q.subject, q.type, q.text, q.options, q.difficulty, q.primary_concept_id, q.image_urls
       FROM unnest($3::text[]) WITH ORDINALITY AS p(id, pos) JOIN benchmark_bank q ON q.id = p.id`,
    [id, input.standard, questionIds],
  );
  await db.query(
    `INSERT INTO benchmark_answer_keys (benchmark_id, question_id, answer, explanation, window_closes_at)
     SELECT $1, q.id, q.answer, q.explanation, $3::timestamptz + make_interval(secs => $4)
       FROM benchmark_bank q WHERE q.id = ANY($2::text[])`,
    [id, questionIds, input.closesAt, input.graceS],
  );
  await db.query('UPDATE benchmark_bank SET used_by = $1 WHERE id = ANY($2::text[])', [id, questionIds]);
  return rows[0] as ScheduledBenchmark;
}

export async function listBenchmarks(db: Queryable, standard?: number): Promise<ScheduledBenchmark[]> {
  const { rows } = await db.query<ScheduledBenchmark>(
    `SELECT ${BENCHMARK_COLUMNS} FROM benchmarks WHERE ($1::smallint IS NULL OR standard = $1) ORDER BY month DESC, standard`,
    [standard ?? null],
  );
  return rows;
}

/** Seconds from now until a benchmark's ranking is due (window close + grace). */
export async function secondsUntilDue(db: Queryable | pg.Pool, id: string): Promise<number> {
  const { rows } = await db.query<{ s: number }>(
    `SELECT greatest(0, extract(epoch FROM closes_at + make_interval(secs => grace_s) - now()))::float8 AS s FROM benchmarks WHERE id = $1`,
    [id],
  );
  return rows[0]?.s ?? 0;
}

export interface CancelOutcome {
  benchmark: ScheduledBenchmark;
  /** False when it was already cancelled (nothing written). */
  changed: boolean;
  /** Submitted sittings re-judged (each now refused with CANCELLED). */
  sittings: number;
}

/**
 * Cancels a scheduled benchmark inside the caller's transaction: the schedule (synced to the
 * class) says `cancelled`, and every submitted sitting is re-judged by the scoring code, so its
 * status becomes refused `CANCELLED` with the sentence the student sees. The work itself
 * (sittings, attempts) is kept. Refused once released: results and keys are out and final.
 * The items stay used (their text already reached devices); the class may get a new benchmark
 * for that month. Cancelling twice changes nothing.
 */
export async function cancelBenchmark(db: Queryable, scoring: Pick<Scoring, 'scoreSittingsIn'>, id: string): Promise<CancelOutcome> {
  const { rows } = await db.query<{ status: string; released_at: string | null }>(
    `SELECT status, to_char(released_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS released_at FROM benchmarks WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const found = rows[0];
  if (!found) throw new DomainError('NOT_FOUND', `no benchmark ${id}`, 'id');
  if (found.status === 'released') {
    throw new DomainError('CONFLICT', `benchmark ${id} was released at ${found.released_at ?? '?'}: its results and answer keys are final, so it cannot be cancelled`, 'id');
  }
  let changed = false;
  let sittings = 0;
  if (found.status !== 'cancelled') {
    changed = true;
    await db.query(`UPDATE benchmarks SET status = 'cancelled', updated_at = now() WHERE id = $1`, [id]);
    const submitted = await db.query<{ id: string }>(
      `SELECT id FROM test_sittings WHERE test_id = $1 AND test_type = 'MONTHLY' AND status = 'submitted' ORDER BY id`,
      [id],
    );
    const ids = submitted.rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 2000) await scoring.scoreSittingsIn(db, ids.slice(i, i + 2000));
    sittings = ids.length;
  }
  const after = await db.query<ScheduledBenchmark>(`SELECT ${BENCHMARK_COLUMNS} FROM benchmarks WHERE id = $1`, [id]);
  return { benchmark: after.rows[0] as ScheduledBenchmark, changed, sittings };
}
