import { column, Schema, Table } from '@powersync/common';
import { coachTables } from '../coach/coach-tables.ts';
import { notificationTables } from '../notifications/notification-tables.ts';
import { syncedTable } from './synced-table.ts';

/**
 * The device's replica: one table per table the sync rules send (sync-rules/sync-rules.yaml), its
 * columns and types taken from the sync contract (shared/src/schemas/sync-tables.ts, which also
 * says what a device may write). Rows of tables missing here would land in `ps_untyped`;
 * tests/sync/contract.pg.test.ts fails when a synced table is missing or its columns drift.
 * Only local-only tables are defined here.
 */

const concepts = syncedTable('concepts');
const prerequisites = syncedTable('prerequisites', { indexes: { by_concept: ['concept_id'] } });
const questions = syncedTable('questions', { indexes: { by_concept: ['primary_concept_id'] } });
const model_params = syncedTable('model_params');
const users = syncedTable('users');
const attempts = syncedTable('attempts', { indexes: { by_sitting: ['sitting_id'], by_hlc: ['hlc'] } });
const test_sittings = syncedTable('test_sittings');
const student_mastery = syncedTable('student_mastery', { indexes: { by_concept: ['concept_id'] } });
const test_results = syncedTable('test_results', { indexes: { by_sitting: ['sitting_id'] } });
const question_responses = syncedTable('question_responses');
const student_performance_metrics = syncedTable('student_performance_metrics');
const sync_upload_errors = syncedTable('sync_upload_errors');
const benchmarks = syncedTable('benchmarks');
const benchmark_questions = syncedTable('benchmark_questions');
const benchmark_leaderboard = syncedTable('benchmark_leaderboard');
const benchmark_submission_status = syncedTable('benchmark_submission_status');
const benchmark_answer_keys = syncedTable('benchmark_answer_keys');

/**
 * Local-only (never synced, never uploaded): the test player's screen state per sitting (id =
 * sitting id), so a reload, a killed tab or a dead battery resumes the test where it was. Answers
 * are not here: each saved answer is an `attempts` row the moment it is saved.
 */
const test_player_state = new Table(
  {
    /** Index into the sitting's question_ids of the question on screen. */
    current_index: column.integer,
    /** JSON arrays of question ids. */
    visited: column.text,
    marked: column.text,
    /** JSON object: question id → ms spent on it while the page was visible. */
    time_ms: column.text,
    /** Countdown left when last persisted (ms). */
    remaining_ms: column.integer,
    /** ISO time of the last persist (device clock; informational). */
    saved_at: column.text,
  },
  { localOnly: true },
);

export const appSchema = new Schema({
  concepts,
  prerequisites,
  questions,
  model_params,
  users,
  attempts,
  test_sittings,
  student_mastery,
  test_results,
  question_responses,
  student_performance_metrics,
  sync_upload_errors,
  benchmarks,
  benchmark_questions,
  benchmark_leaderboard,
  benchmark_submission_status,
  benchmark_answer_keys,
  test_player_state,
  // Coaching: units (everyone), cohort summaries and chat (coach and student buckets).
  ...coachTables,
  ...notificationTables,
});

/** Row types, derived from the schema (every column nullable, as SQLite returns them, plus `id`). */
export type LocalDatabase = (typeof appSchema)['types'];
export type ConceptRow = LocalDatabase['concepts'];
export type QuestionRow = LocalDatabase['questions'];
export type AttemptRow = LocalDatabase['attempts'];
export type TestSittingRow = LocalDatabase['test_sittings'];
export type MasteryRow = LocalDatabase['student_mastery'];
export type TestResultRow = LocalDatabase['test_results'];
export type UploadErrorRow = LocalDatabase['sync_upload_errors'];
export type PlayerStateRow = LocalDatabase['test_player_state'];
export type BenchmarkRow = LocalDatabase['benchmarks'];
