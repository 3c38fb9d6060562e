import { column, Schema, Table } from '@powersync/common';
import { coachTables } from './coach-tables.ts';
import { notificationTables } from './notification-tables.ts';

/**
 * The device's replica: one table per synced table in sync-rules/sync-rules.yaml, with the columns
 * its SELECTs emit (migrations/001–003 give the types). SQLite stores booleans as 0/1, JSON and
 * arrays as JSON text, timestamps as ISO-8601 text. Rows of tables missing here would land in
 * `ps_untyped`, so a synced table is added here in the same change as its sync rule.
 *
 * Device-writable: attempts (insert-only events), test_sittings and users (LWW per field via
 * `field_hlc`). Everything else is written by the server only (docs/sync-upload.md).
 */

// Content (bucket `content`, priority 1).
const concepts = new Table({
  name: column.text,
  subject: column.text,
  unit: column.text,
  layer: column.integer,
  difficulty: column.integer,
  exam_weight: column.real,
  description: column.text,
  updated_at: column.text,
});

const prerequisites = new Table(
  { concept_id: column.text, prerequisite_id: column.text, weight: column.real, criticality: column.text, transfer: column.real },
  { indexes: { by_concept: ['concept_id'] } },
);

const questions = new Table(
  {
    subject: column.text,
    primary_concept_id: column.text,
    /** JSON array of concept ids. */
    secondary_concept_ids: column.text,
    type: column.text,
    text: column.text,
    /** JSON array of option texts, or null. */
    options: column.text,
    answer: column.text,
    tolerance: column.real,
    explanation: column.text,
    difficulty: column.integer,
    source: column.text,
    year: column.integer,
    image_urls: column.text,
    /** JSON {text, options, explanation} in Hindi, or null (English only). */
    hi: column.text,
    updated_at: column.text,
  },
  { indexes: { by_concept: ['primary_concept_id'] } },
);

// The student's own rows (bucket `user_data`).
const users = new Table({
  full_name: column.text,
  phone: column.text,
  standard: column.integer,
  coaching_center: column.text,
  exam_target: column.text,
  language: column.text,
  /** Daily study budget, minutes (null = the phase's default). */
  study_minutes: column.integer,
  /** Desired recall at review time, 0–1 (null = 0.9). */
  desired_retention: column.real,
  /** JSON array of the student's fitted FSRS parameters (server-written; null = defaults). */
  fsrs_weights: column.text,
  role: column.text,
  /** JSON object: field → HLC stamp of its last write (LWW register). */
  field_hlc: column.text,
});

const attempts = new Table(
  {
    student_id: column.text,
    sitting_id: column.text,
    question_id: column.text,
    concept_id: column.text,
    answer: column.text,
    /** 0/1, null when unanswered. */
    is_correct: column.integer,
    response_time_ms: column.integer,
    device_time: column.text,
    hlc: column.text,
    received_at: column.text,
  },
  { indexes: { by_sitting: ['sitting_id'], by_hlc: ['hlc'] } },
);

const test_sittings = new Table({
  student_id: column.text,
  test_id: column.text,
  test_type: column.text,
  pattern: column.text,
  /** JSON array of question ids, fixed at creation. */
  question_ids: column.text,
  status: column.text,
  started_at: column.text,
  submitted_at: column.text,
  duration_limit_s: column.integer,
  field_hlc: column.text,
  received_at: column.text,
});

const student_mastery = new Table(
  {
    student_id: column.text,
    concept_id: column.text,
    mastery_level: column.real,
    times_attempted: column.integer,
    times_correct: column.integer,
    accuracy: column.real,
    first_attempted: column.text,
    last_reviewed: column.text,
    next_review_date: column.text,
    review_count: column.integer,
    stability: column.real,
    fsrs_difficulty: column.real,
    created_at: column.text,
    updated_at: column.text,
  },
  { indexes: { by_concept: ['concept_id'] } },
);

const test_results = new Table(
  {
    student_id: column.text,
    sitting_id: column.text,
    test_id: column.text,
    test_type: column.text,
    total_score: column.integer,
    total_marks: column.integer,
    accuracy: column.real,
    subject_scores: column.text,
    start_time: column.text,
    end_time: column.text,
    duration_seconds: column.integer,
    estimated_rank: column.integer,
    percentile: column.real,
    global_rank: column.integer,
    standard: column.integer,
    test_date: column.text,
    submitted_at: column.text,
    created_at: column.text,
    updated_at: column.text,
  },
  { indexes: { by_sitting: ['sitting_id'] } },
);

const question_responses = new Table({
  test_result_id: column.text,
  student_id: column.text,
  question_id: column.text,
  student_answer: column.text,
  correct_answer: column.text,
  is_correct: column.integer,
  marks_awarded: column.integer,
  response_time_ms: column.integer,
  is_first_attempt: column.integer,
  concept_id: column.text,
  difficulty: column.integer,
  subject: column.text,
  created_at: column.text,
});

const student_performance_metrics = new Table({
  student_id: column.text,
  math_mastery: column.real,
  physics_mastery: column.real,
  chemistry_mastery: column.real,
  overall_mastery: column.real,
  accuracy_trend: column.real,
  consistency_score: column.real,
  fatigue_score: column.real,
  stress_score: column.real,
  burnout_risk: column.real,
  burnout_reasons: column.text,
  confidence_level: column.real,
  motivation_score: column.real,
  predicted_rank: column.integer,
  rank_improvement: column.integer,
  measured_at: column.text,
});

/** Uploads the server refused, with the rejected data, so nothing is ever dropped silently. */
const sync_upload_errors = new Table({
  user_id: column.text,
  client_id: column.text,
  op: column.text,
  table_name: column.text,
  row_id: column.text,
  data: column.text,
  error_code: column.text,
  message: column.text,
  created_at: column.text,
});

// Benchmarks (buckets benchmark_class, benchmark_student, benchmark_keys).
const benchmarks = new Table({
  standard: column.integer,
  month: column.text,
  title: column.text,
  pattern: column.text,
  question_ids: column.text,
  max_marks: column.integer,
  duration_s: column.integer,
  opens_at: column.text,
  closes_at: column.text,
  grace_s: column.integer,
  status: column.text,
  released_at: column.text,
  candidates: column.integer,
  updated_at: column.text,
});

const benchmark_questions = new Table({
  benchmark_id: column.text,
  position: column.integer,
  question_id: column.text,
  subject: column.text,
  type: column.text,
  text: column.text,
  options: column.text,
  difficulty: column.integer,
  primary_concept_id: column.text,
  image_urls: column.text,
});

const benchmark_leaderboard = new Table({
  benchmark_id: column.text,
  position: column.integer,
  rank: column.integer,
  display_name: column.text,
  total_score: column.real,
  percentile: column.real,
});

const benchmark_submission_status = new Table({
  benchmark_id: column.text,
  student_id: column.text,
  sitting_id: column.text,
  status: column.text,
  reason_code: column.text,
  reason: column.text,
  flags: column.text,
  received_at: column.text,
  device_submitted_at: column.text,
  updated_at: column.text,
});

const benchmark_answer_keys = new Table({
  benchmark_id: column.text,
  question_id: column.text,
  answer: column.text,
  explanation: column.text,
  released_at: column.text,
});

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
