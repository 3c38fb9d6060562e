import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { assembleDiagnostic } from '@cr/shared/engine/assembly/diagnostic';
import { assembleWeeklyTest, type WeeklyPattern } from '@cr/shared/engine/assembly/weekly';
import { daysToExam } from '../learning/learning-views.ts';
import { uuidv7 } from '../sync/device.ts';
import { loadLearner } from '../learning/learner.ts';
import { durationForQuestions } from './tests-timer.ts';
import { bySection, createSitting, findSitting, loadBank, recentQuestionIds, retiredQuestionIds, type TestType } from './tests.ts';
import { DAY_MS } from '@cr/shared/time';

/**
 * Starting (or resuming) a test on the device, offline: the paper is assembled here by the shared
 * engine from the local bank and the student's state folded from local attempts.
 */

export type StartOutcome = { kind: 'resume' | 'started'; sittingId: string } | { kind: 'taken'; sittingId: string } | { kind: 'empty' };

/** Questions in a diagnostic and a weekly test (the engine's defaults). */
export const DIAGNOSTIC_SIZE = 30;
export const WEEKLY_SIZE = 25;

/** ISO-8601 week of a date, e.g. "2026-W49" (the weekly test's id). */
export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 4)) / (7 * DAY_MS) + ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A 32-bit seed from a string (FNV-1a), so a sitting's paper is reproducible from its id. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// One start per kind at a time (a double click or React's double effects must not start two).
const inflight = new Map<string, Promise<StartOutcome>>();

/** `pattern` applies to a new weekly test: JEE Main unless the student chose the Advanced pattern. */
export function startTest(db: AbstractPowerSyncDatabase, studentId: string, testType: Exclude<TestType, 'MONTHLY'>, pattern: WeeklyPattern = 'JEE_MAIN'): Promise<StartOutcome> {
  const key = `${studentId}|${testType}`;
  const running = inflight.get(key);
  if (running) return running;
  const promise = (testType === 'DIAGNOSTIC' ? startDiagnostic(db, studentId) : startWeekly(db, studentId, pattern)).finally(() => inflight.delete(key));
  inflight.set(key, promise);
  return promise;
}

async function startDiagnostic(db: AbstractPowerSyncDatabase, studentId: string): Promise<StartOutcome> {
  const open = await findSitting(db, studentId, 'DIAGNOSTIC', 'in_progress');
  if (open) return { kind: 'resume', sittingId: open };
  const done = await findSitting(db, studentId, 'DIAGNOSTIC', 'submitted');
  if (done) return { kind: 'taken', sittingId: done };
  const [{ ctx }, retired] = await Promise.all([loadLearner(db, studentId), retiredQuestionIds(db)]);
  // Offered from the active bank only: the context also holds retired questions (for history).
  const ids = assembleDiagnostic([...ctx.concepts.values()], [...ctx.questions.values()].filter((q) => !retired.has(q.id)), { size: DIAGNOSTIC_SIZE });
  if (ids.length === 0) return { kind: 'empty' };
  const ordered = bySection(ids.map((id) => ctx.questions.get(id)).filter((q) => q !== undefined)).map((q) => q.id);
  const sittingId = await createSitting(db, {
    studentId,
    testId: 'diagnostic',
    testType: 'DIAGNOSTIC',
    pattern: 'JEE_MAIN',
    questionIds: ordered,
    durationLimitS: durationForQuestions(ordered.length),
  });
  return { kind: 'started', sittingId };
}

async function startWeekly(db: AbstractPowerSyncDatabase, studentId: string, pattern: WeeklyPattern): Promise<StartOutcome> {
  const open = await findSitting(db, studentId, 'WEEKLY', 'in_progress');
  if (open) return { kind: 'resume', sittingId: open };
  const now = Date.now();
  const [learner, bank, recent, settings] = await Promise.all([
    loadLearner(db, studentId, now),
    loadBank(db),
    recentQuestionIds(db, studentId, now),
    db.getOptional<{ exam_target: string | null; study_minutes: number | null; desired_retention: number | null }>(
      'SELECT exam_target, study_minutes, desired_retention FROM users WHERE id = ?',
      [studentId],
    ),
  ]);
  const id = uuidv7(now);
  // The same plan inputs as the dashboard's "Today", so the test practises today's plan.
  const items = assembleWeeklyTest(learner.ctx, learner.state, bank, {
    nowMs: now,
    seed: seedOf(id),
    size: WEEKLY_SIZE,
    recentQuestionIds: recent,
    pattern,
    daysToExam: daysToExam(settings?.exam_target, now),
    budgetMinutes: settings?.study_minutes ?? null,
    desiredRetention: settings?.desired_retention ?? null,
  });
  if (items.length === 0) return { kind: 'empty' };
  const ordered = bySection(items).map((q) => q.questionId);
  const sittingId = await createSitting(db, {
    id,
    studentId,
    testId: `weekly-${isoWeek(now)}`,
    testType: 'WEEKLY',
    pattern,
    questionIds: ordered,
    durationLimitS: durationForQuestions(ordered.length),
    nowMs: now,
  });
  return { kind: 'started', sittingId };
}

/** Starts (or resumes) an open benchmark: its paper and duration, as the server's rules expect. */
/** Whether the student has a sitting of this benchmark on the device, in progress or submitted. */
export async function hasBenchmarkSitting(db: AbstractPowerSyncDatabase, studentId: string, benchmarkId: string): Promise<boolean> {
  const row = await db.getOptional<{ id: string }>(`SELECT id FROM test_sittings WHERE test_type = 'MONTHLY' AND test_id = ? AND student_id = ? LIMIT 1`, [benchmarkId, studentId]);
  return row !== null;
}

export async function startBenchmark(
  db: AbstractPowerSyncDatabase,
  studentId: string,
  benchmark: { id: string; pattern: string; question_ids: string; duration_s: number },
): Promise<StartOutcome> {
  const key = `${studentId}|MONTHLY|${benchmark.id}`;
  const running = inflight.get(key);
  if (running) return running;
  const promise = (async (): Promise<StartOutcome> => {
    const open = await findSitting(db, studentId, 'MONTHLY', 'in_progress', benchmark.id);
    if (open) return { kind: 'resume', sittingId: open };
    const done = await findSitting(db, studentId, 'MONTHLY', 'submitted', benchmark.id);
    if (done) return { kind: 'taken', sittingId: done };
    const ids = JSON.parse(benchmark.question_ids) as string[];
    if (!Array.isArray(ids) || ids.length === 0) return { kind: 'empty' };
    const sittingId = await createSitting(db, {
      studentId,
      // The server scores a MONTHLY sitting against the benchmark whose id is the test id, with
      // the benchmark's own paper (a different question list is flagged PAPER_MISMATCH).
      testId: benchmark.id,
      testType: 'MONTHLY',
      pattern: benchmark.pattern === 'JEE_ADVANCED' ? 'JEE_ADVANCED' : 'JEE_MAIN',
      questionIds: ids,
      durationLimitS: benchmark.duration_s,
    });
    return { kind: 'started', sittingId };
  })().finally(() => inflight.delete(key));
  inflight.set(key, promise);
  return promise;
}
