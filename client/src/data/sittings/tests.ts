import { useQuery } from '@powersync/react';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { useMemo } from 'react';
import type { ExamPattern } from '@cr/shared/engine/scoring/marking';
import { scoreSitting, type SittingAttempt } from '@cr/shared/engine/scoring/sitting';
import { SUBJECTS, type QuestionType, type Subject } from '@cr/shared/schemas/content';
import type { QuestionHindi } from '@cr/shared/schemas/content';
import { nextHlc, uuidv7 } from '../sync/device.ts';
import { parseQuestionHindi } from '../learning/question-language.ts';
import type { TestSittingRow } from '../sync/schema.ts';
import { MAX_ANSWER_LENGTH } from './tests-answer.ts';
import { DAY_MS } from '@cr/shared/time';
import { MAX_RESPONSE_TIME_MS } from '@cr/shared/schemas/sync';

/**
 * Tests on the device: named reads and writes of sittings, their answers (attempt events) and the
 * player's local-only screen state. The screens hold no SQL. Upload contract: docs/sync-upload.md
 * (a sitting is created by one PUT and submitted by a PATCH of `status` + `submitted_at` with fresh
 * HLC stamps in `field_hlc`; answers are insert-only `attempts` with the sitting id).
 */

export type TestType = 'DIAGNOSTIC' | 'WEEKLY' | 'MONTHLY';

export interface Sitting {
  id: string;
  studentId: string;
  testId: string;
  testType: TestType;
  pattern: ExamPattern;
  questionIds: string[];
  status: 'in_progress' | 'submitted';
  startedAt: string;
  submittedAt: string | null;
  durationLimitS: number | null;
  /** HLC stamp of the submission: attempts stamped later do not count. */
  submissionHlc: string | null;
}

export interface PlayerQuestion {
  id: string;
  subject: Subject;
  type: QuestionType;
  text: string;
  options: { key: string; text: string }[];
  conceptId: string;
  difficulty: number;
  /** The answer key; null where the device has none (a benchmark before release). */
  answer: string | null;
  tolerance: number | null;
  explanation: string | null;
  /** Hindi rendering, or null (English only: JEEBench, imported papers, benchmark papers). */
  hi: QuestionHindi | null;
}

export interface PlayerSnapshot {
  currentIndex: number;
  visited: string[];
  marked: string[];
  timeMs: Record<string, number>;
  remainingMs: number;
}

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const stringArray = (text: string | null | undefined): string[] => {
  const v = parseJson<unknown>(text, []);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

export function toSitting(row: TestSittingRow): Sitting {
  const stamps = parseJson<Record<string, string>>(row.field_hlc, {});
  return {
    id: row.id,
    studentId: row.student_id ?? '',
    testId: row.test_id ?? '',
    testType: (row.test_type ?? 'WEEKLY') as TestType,
    pattern: (row.pattern ?? 'JEE_MAIN') as ExamPattern,
    questionIds: stringArray(row.question_ids),
    status: row.status === 'submitted' ? 'submitted' : 'in_progress',
    startedAt: row.started_at ?? '',
    submittedAt: row.submitted_at ?? null,
    durationLimitS: row.duration_limit_s ?? null,
    submissionHlc: row.status === 'submitted' ? (stamps.status ?? null) : null,
  };
}

/** Orders a paper by section (Maths, Physics, Chemistry), keeping the order within a section. */
export function bySection<T extends { subject: string }>(items: readonly T[]): T[] {
  const rank = (s: string) => {
    const i = (SUBJECTS as readonly string[]).indexOf(s);
    return i < 0 ? SUBJECTS.length : i;
  };
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item.subject) - rank(b.item.subject) || a.i - b.i).map((x) => x.item);
}

// ---------------------------------------------------------------------------------------------
// Writes

export interface NewSitting {
  studentId: string;
  testId: string;
  testType: TestType;
  pattern: ExamPattern;
  questionIds: readonly string[];
  durationLimitS: number;
  /** Sitting id (UUIDv7) chosen by the caller, e.g. to seed assembly with it. */
  id?: string;
  nowMs?: number;
}

/** Creates an in-progress sitting and its player state (one local transaction; one PUT upload). */
export async function createSitting(db: AbstractPowerSyncDatabase, input: NewSitting): Promise<string> {
  if (input.questionIds.length === 0) throw new Error('a test needs at least one question');
  const now = input.nowMs ?? Date.now();
  const id = input.id ?? uuidv7(now);
  const startedAt = new Date(now).toISOString();
  await db.writeTransaction(async (tx) => {
    await tx.execute(
      `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, duration_limit_s, field_hlc)
       VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?, NULL, ?, ?)`,
      [id, input.studentId, input.testId, input.testType, input.pattern, JSON.stringify(input.questionIds), startedAt, input.durationLimitS, JSON.stringify({ status: nextHlc(now) })],
    );
    await tx.execute(
      `INSERT INTO test_player_state (id, current_index, visited, marked, time_ms, remaining_ms, saved_at) VALUES (?, 0, ?, '[]', '{}', ?, ?)`,
      [id, JSON.stringify(input.questionIds.slice(0, 1)), input.durationLimitS * 1000, startedAt],
    );
  });
  return id;
}

export interface AnswerInput {
  studentId: string;
  sittingId: string;
  questionId: string;
  conceptId: string;
  /** Engine answer text; null = Clear Response. */
  answer: string | null;
  /** Provisional mark (null: unanswered, or no key on the device). */
  isCorrect: boolean | null;
  responseTimeMs: number;
}

/** Saves one answer as an attempt event, at once (insert-only; UUIDv7 id, this device's HLC). */
export async function saveAnswer(db: AbstractPowerSyncDatabase, input: AnswerInput): Promise<SittingAttempt & { id: string }> {
  if (input.answer !== null && input.answer.length > MAX_ANSWER_LENGTH) throw new Error('answer longer than 40 characters');
  const now = Date.now();
  const id = uuidv7(now);
  const hlc = nextHlc(now);
  const time = Math.max(0, Math.min(MAX_RESPONSE_TIME_MS, Math.round(input.responseTimeMs)));
  await db.execute(
    `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, input.studentId, input.sittingId, input.questionId, input.conceptId, input.answer, input.isCorrect === null ? null : input.isCorrect ? 1 : 0, time, new Date(now).toISOString(), hlc],
  );
  return { id, question_id: input.questionId, answer: input.answer, hlc, response_time_ms: time };
}

/** Persists the player's screen state (local-only table; never uploaded). */
export async function savePlayerState(db: AbstractPowerSyncDatabase, sittingId: string, s: PlayerSnapshot): Promise<void> {
  const values = [s.currentIndex, JSON.stringify(s.visited), JSON.stringify(s.marked), JSON.stringify(s.timeMs), Math.round(s.remainingMs), new Date().toISOString()];
  await db.writeTransaction(async (tx) => {
    const row = await tx.getOptional<{ id: string }>('SELECT id FROM test_player_state WHERE id = ?', [sittingId]);
    if (row) {
      await tx.execute('UPDATE test_player_state SET current_index = ?, visited = ?, marked = ?, time_ms = ?, remaining_ms = ?, saved_at = ? WHERE id = ?', [...values, sittingId]);
    } else {
      await tx.execute('INSERT INTO test_player_state (current_index, visited, marked, time_ms, remaining_ms, saved_at, id) VALUES (?, ?, ?, ?, ?, ?, ?)', [...values, sittingId]);
    }
  });
}

/**
 * Submits: status `submitted` and `submitted_at`, stamped with one fresh HLC that is greater than
 * every answer this device saved before (stamps are strictly increasing), so the server counts
 * exactly the answers saved up to now. Idempotent: a submitted sitting is left as it is.
 */
export async function submitSitting(db: AbstractPowerSyncDatabase, sittingId: string, nowMs = Date.now()): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const row = await tx.getOptional<{ status: string; field_hlc: string | null }>('SELECT status, field_hlc FROM test_sittings WHERE id = ?', [sittingId]);
    if (!row) throw new Error('no such test on this device');
    if (row.status === 'submitted') return;
    const stamp = nextHlc(nowMs);
    const stamps = { ...parseJson<Record<string, string>>(row.field_hlc, {}), status: stamp, submitted_at: stamp };
    await tx.execute(`UPDATE test_sittings SET status = 'submitted', submitted_at = ?, field_hlc = ? WHERE id = ?`, [new Date(nowMs).toISOString(), JSON.stringify(stamps), sittingId]);
  });
}

// ---------------------------------------------------------------------------------------------
// Reads

interface QuestionSqlRow {
  id: string;
  subject: string;
  type: string;
  text: string;
  options: string | null;
  primary_concept_id: string;
  difficulty: number;
  answer: string | null;
  tolerance: number | null;
  explanation: string | null;
  hi: string | null;
}

function toQuestion(r: QuestionSqlRow): PlayerQuestion {
  const options = parseJson<unknown>(r.options, []);
  return {
    id: r.id,
    subject: r.subject as Subject,
    type: (r.type ?? 'SINGLE') as QuestionType,
    text: r.text ?? '',
    options: Array.isArray(options) ? (options as { key: string; text: string }[]) : [],
    conceptId: r.primary_concept_id ?? '',
    difficulty: r.difficulty ?? 3,
    answer: r.answer ?? null,
    tolerance: r.tolerance ?? null,
    explanation: r.explanation ?? null,
    hi: parseQuestionHindi(r.hi),
  };
}

const BANK_QUESTIONS_SQL = `SELECT id, subject, type, text, options, primary_concept_id, difficulty, answer, tolerance, explanation, hi
  FROM questions WHERE id IN (SELECT value FROM json_each(?))`;
const BENCHMARK_QUESTIONS_SQL = `SELECT bq.question_id AS id, bq.subject, bq.type, bq.text, bq.options, bq.primary_concept_id, bq.difficulty,
       k.answer, NULL AS tolerance, k.explanation, NULL AS hi
  FROM benchmark_questions bq LEFT JOIN benchmark_answer_keys k ON k.benchmark_id = bq.benchmark_id AND k.question_id = bq.question_id
 WHERE bq.benchmark_id = ? ORDER BY bq.position`;

/**
 * The sitting's questions in paper order. A benchmark's paper comes from `benchmark_questions`
 * (no keys) with the keys from `benchmark_answer_keys` once released; other tests from the bank.
 */
export async function loadSittingQuestions(db: AbstractPowerSyncDatabase, sitting: Sitting): Promise<PlayerQuestion[]> {
  const rows =
    sitting.testType === 'MONTHLY'
      ? await db.getAll<QuestionSqlRow>(BENCHMARK_QUESTIONS_SQL, [sitting.testId])
      : await db.getAll<QuestionSqlRow>(BANK_QUESTIONS_SQL, [JSON.stringify(sitting.questionIds)]);
  const byId = new Map(rows.map((r) => [r.id, toQuestion(r)]));
  return sitting.questionIds.map((id) => byId.get(id)).filter((q): q is PlayerQuestion => q !== undefined);
}

export async function loadSitting(db: AbstractPowerSyncDatabase, sittingId: string): Promise<Sitting | null> {
  const row = await db.getOptional<TestSittingRow>('SELECT * FROM test_sittings WHERE id = ?', [sittingId]);
  return row ? toSitting(row) : null;
}

export async function loadSittingAttempts(db: AbstractPowerSyncDatabase, sittingId: string): Promise<SittingAttempt[]> {
  return db.getAll<SittingAttempt>('SELECT question_id, answer, hlc, response_time_ms FROM attempts WHERE sitting_id = ? ORDER BY hlc', [sittingId]);
}

export async function loadPlayerState(db: AbstractPowerSyncDatabase, sittingId: string): Promise<PlayerSnapshot | null> {
  const row = await db.getOptional<{ current_index: number | null; visited: string | null; marked: string | null; time_ms: string | null; remaining_ms: number | null }>(
    'SELECT current_index, visited, marked, time_ms, remaining_ms FROM test_player_state WHERE id = ?',
    [sittingId],
  );
  if (!row) return null;
  const times = parseJson<Record<string, unknown>>(row.time_ms, {});
  return {
    currentIndex: row.current_index ?? 0,
    visited: stringArray(row.visited),
    marked: stringArray(row.marked),
    timeMs: Object.fromEntries(Object.entries(times).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))),
    remainingMs: row.remaining_ms ?? 0,
  };
}

/** The in-progress sitting of a kind (the newest), if any. For MONTHLY pass the benchmark id. */
export async function findSitting(db: AbstractPowerSyncDatabase, studentId: string, testType: TestType, status: 'in_progress' | 'submitted', testId?: string): Promise<string | null> {
  const row = await db.getOptional<{ id: string }>(
    `SELECT id FROM test_sittings WHERE student_id = ? AND test_type = ? AND status = ? AND (? IS NULL OR test_id = ?) ORDER BY julianday(started_at) DESC LIMIT 1`,
    [studentId, testType, status, testId ?? null, testId ?? null],
  );
  return row?.id ?? null;
}

/** Question ids the student met in the last `days` days (not repeated in a weekly test). */
export async function recentQuestionIds(db: AbstractPowerSyncDatabase, studentId: string, nowMs: number, days = 28): Promise<string[]> {
  const since = new Date(nowMs - days * DAY_MS).toISOString();
  // Compared as instants, not text: synced rows carry Postgres' format ("2026-12-06 00:17:42.891041Z"),
  // rows written here ISO 8601 ("2026-12-06T00:17:42.891Z"); as text ' ' sorts before 'T'.
  const rows = await db.getAll<{ question_id: string }>('SELECT DISTINCT question_id FROM attempts WHERE student_id = ? AND julianday(device_time) >= julianday(?)', [studentId, since]);
  return rows.map((r) => r.question_id);
}

/** Ids of the retired questions on the device (usually none): kept for history, never offered. */
export async function retiredQuestionIds(db: AbstractPowerSyncDatabase): Promise<Set<string>> {
  const rows = await db.getAll<{ id: string }>('SELECT id FROM questions WHERE retired_at IS NOT NULL');
  return new Set(rows.map((r) => r.id));
}

/** The bank as weekly assembly reads it (a question's level from students' answers once it has one). */
export async function loadBank(db: AbstractPowerSyncDatabase) {
  // The key is read only to tell whole-number numericals (allowed in a JEE Main paper) apart.
  const rows = await db.getAll<{ id: string; subject: Subject; primary_concept_id: string; secondary_concept_ids: string | null; difficulty: number; type: QuestionType; answer: string | null }>(
    'SELECT id, subject, primary_concept_id, secondary_concept_ids, coalesce(calibrated_difficulty, difficulty) AS difficulty, type, answer FROM questions WHERE retired_at IS NULL',
  );
  return rows.map(({ answer, ...r }) => ({ ...r, secondary_concept_ids: stringArray(r.secondary_concept_ids), ...(answer === null ? {} : { answer }) }));
}

// ---------------------------------------------------------------------------------------------
// Live queries for the screens

export interface SittingListRow {
  id: string;
  test_id: string;
  test_type: TestType;
  status: string;
  started_at: string;
  submitted_at: string | null;
  question_count: number;
  result_score: number | null;
  result_marks: number | null;
  percentile: number | null;
  benchmark_title: string | null;
  benchmark_status: string | null;
}

export function useSittings(studentId: string) {
  return useQuery<SittingListRow>(
    `SELECT s.id, s.test_id, s.test_type, s.status, s.started_at, s.submitted_at, json_array_length(s.question_ids) AS question_count,
            r.total_score AS result_score, r.total_marks AS result_marks, r.percentile, b.title AS benchmark_title, bs.status AS benchmark_status
       FROM test_sittings s
       LEFT JOIN test_results r ON r.sitting_id = s.id
       LEFT JOIN benchmarks b ON s.test_type = 'MONTHLY' AND b.id = s.test_id
       LEFT JOIN benchmark_submission_status bs ON bs.sitting_id = s.id
      WHERE s.student_id = ? ORDER BY julianday(s.started_at) DESC`,
    [studentId],
  );
}

/** The sitting row, live (status changes, the server's copy replacing the local one). */
export function useSittingRow(sittingId: string) {
  return useQuery<TestSittingRow>('SELECT * FROM test_sittings WHERE id = ?', [sittingId]);
}

export function useSittingAttempts(sittingId: string) {
  return useQuery<SittingAttempt>('SELECT question_id, answer, hlc, response_time_ms FROM attempts WHERE sitting_id = ? ORDER BY hlc', [sittingId]);
}

export interface ResultRow {
  id: string;
  total_score: number;
  total_marks: number;
  accuracy: number | null;
  subject_scores: string | null;
  percentile: number | null;
  global_rank: number | null;
  estimated_rank: number | null;
  updated_at: string | null;
}

/** The server's authoritative result of a sitting, once it has synced down. */
export function useAuthoritativeResult(sittingId: string) {
  return useQuery<ResultRow>(
    'SELECT id, total_score, total_marks, accuracy, subject_scores, percentile, global_rank, estimated_rank, updated_at FROM test_results WHERE sitting_id = ?',
    [sittingId],
  );
}

export interface ResponseRow {
  question_id: string;
  student_answer: string | null;
  correct_answer: string | null;
  is_correct: number | null;
  marks_awarded: number | null;
}

export function useAuthoritativeResponses(resultId: string | null) {
  return useQuery<ResponseRow>(
    'SELECT question_id, student_answer, correct_answer, is_correct, marks_awarded FROM question_responses WHERE test_result_id = ?',
    [resultId ?? ''],
  );
}

/** Uploads the server refused for this sitting or its answers (never silent). */
export function useSittingUploadErrors(sittingId: string) {
  return useQuery<{ id: string; table_name: string; error_code: string; message: string }>(
    `SELECT e.id, e.table_name, e.error_code, e.message FROM sync_upload_errors e
      WHERE e.row_id = ? OR (e.table_name = 'attempts' AND e.row_id IN (SELECT id FROM attempts WHERE sitting_id = ?))
         OR (e.table_name = 'attempts' AND json_extract(e.data, '$.sitting_id') = ?)`,
    [sittingId, sittingId, sittingId],
  );
}

export interface ProvisionalTotalRow {
  sitting_id: string;
  score: number;
  /** Full marks of the paper's questions known on the device. */
  max_marks: number;
  answered: number;
}

const PROVISIONAL_SITTINGS_SQL = `SELECT s.id, s.pattern, s.question_ids, json_extract(s.field_hlc, '$.status') AS cutoff
  FROM test_sittings s WHERE s.student_id = ? AND s.status = 'submitted' AND s.test_type <> 'MONTHLY'`;
const PROVISIONAL_ATTEMPTS_SQL = `SELECT a.sitting_id, a.question_id, a.answer, a.hlc, a.response_time_ms
  FROM attempts a JOIN test_sittings s ON s.id = a.sitting_id
 WHERE s.student_id = ? AND s.status = 'submitted' AND s.test_type <> 'MONTHLY'`;
const PROVISIONAL_KEYS_SQL = `SELECT q.id, q.subject, q.type, q.answer, q.tolerance FROM questions q
 WHERE q.answer IS NOT NULL AND q.id IN (SELECT j.value FROM test_sittings s, json_each(s.question_ids) j
                                          WHERE s.student_id = ? AND s.status = 'submitted' AND s.test_type <> 'MONTHLY')`;

/**
 * Provisional totals of the student's submitted practice sittings (benchmarks have no keys on the
 * device before release): the shared sitting scorer over the device's own answer events and
 * keys, exactly as the server will score them. Live: a synced answer or key re-scores.
 */
export function useProvisionalTotals(studentId: string): { data: ProvisionalTotalRow[]; isLoading: boolean } {
  const sittings = useQuery<{ id: string; pattern: string | null; question_ids: string | null; cutoff: string | null }>(PROVISIONAL_SITTINGS_SQL, [studentId]);
  const attempts = useQuery<SittingAttempt & { sitting_id: string }>(PROVISIONAL_ATTEMPTS_SQL, [studentId]);
  const keys = useQuery<{ id: string; subject: Subject; type: QuestionType; answer: string; tolerance: number | null }>(PROVISIONAL_KEYS_SQL, [studentId]);
  const data = useMemo(() => {
    const byId = new Map(keys.data.map((k) => [k.id, k]));
    const bySitting = new Map<string, SittingAttempt[]>();
    for (const a of attempts.data) {
      const list = bySitting.get(a.sitting_id);
      if (list) list.push(a);
      else bySitting.set(a.sitting_id, [a]);
    }
    return sittings.data.map((s): ProvisionalTotalRow => {
      const paper = stringArray(s.question_ids).map((id) => byId.get(id)).filter((q) => q !== undefined);
      const scored = scoreSitting((s.pattern ?? 'JEE_MAIN') as ExamPattern, paper, bySitting.get(s.id) ?? [], s.cutoff);
      return { sitting_id: s.id, score: scored.paper.total.marks, max_marks: scored.maxMarks, answered: scored.paper.total.right + scored.paper.total.wrong };
    });
  }, [sittings.data, attempts.data, keys.data]);
  return { data, isLoading: sittings.isLoading || attempts.isLoading || keys.isLoading };
}

/** The sitting's questions in paper order, live (a benchmark's keys arrive after release). */
export function useSittingQuestions(sitting: Sitting | null): PlayerQuestion[] {
  const monthly = sitting?.testType === 'MONTHLY';
  const { data } = useQuery<QuestionSqlRow>(monthly ? BENCHMARK_QUESTIONS_SQL : BANK_QUESTIONS_SQL, [
    monthly ? (sitting?.testId ?? '') : JSON.stringify(sitting?.questionIds ?? []),
  ]);
  if (!sitting) return [];
  const byId = new Map(data.map((r) => [r.id, toQuestion(r)]));
  return sitting.questionIds.map((id) => byId.get(id)).filter((q): q is PlayerQuestion => q !== undefined);
}

/**
 * Local writes of this sitting (the sitting row, its answers) still waiting to upload. While any
 * wait, an official result that has already synced down may not include all of them yet.
 */
export function useSittingPendingUploads(sittingId: string): number {
  const { data } = useQuery<{ n: number }>(`SELECT count(*) AS n FROM ps_crud WHERE data LIKE '%' || ? || '%'`, [sittingId]);
  return data[0]?.n ?? 0;
}
