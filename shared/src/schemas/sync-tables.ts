/**
 * The synced tables, written once: every table the sync rules (sync-rules/sync-rules.yaml) send to
 * a device, with the columns a device sees and their SQLite types, and what a device may upload
 * to it. The client builds its PowerSync schema from this (client/src/data/sync/synced-table.ts), the
 * server's upload code takes its list of writable tables and merged fields from it, and
 * tests/sync/contract.pg.test.ts fails when the sync rules, the upload code or the Postgres
 * tables drift from it (on PGlite and Postgres).
 *
 * Plain data, no PowerSync import: shared/ also runs on the server.
 *
 * SQLite types are what the device stores: booleans as 0/1 (`integer`), JSON and arrays as JSON
 * text, timestamps as text (Postgres' text form, docs/sync-protocol.md). `id` is implicit (every
 * synced row has a text `id`).
 */

export type SyncColumnType = 'text' | 'integer' | 'real';

/** What a device may upload to a table (everything not declared is refused: TABLE_NOT_WRITABLE). */
export interface SyncUpload {
  /**
   * What a PUT does: `insert` creates the row (an event is inserted once, a replay is a no-op; an
   * LWW row that exists already is merged); `merge` only merges into a row the server created
   * (the profile exists from sign-up); false: PUT refused.
   */
  readonly put: 'insert' | 'merge' | false;
  /** Columns a PATCH may carry; absent = PATCH refused. */
  readonly patch?: readonly string[];
  /**
   * Fields merged last-writer-wins per field by the HLC stamp the row keeps in `field_hlc`
   * (docs/sync-upload.md). The connector sends a PATCH of such a table as the row's whole
   * register state; the server merges exactly these fields.
   */
  readonly lww?: readonly string[];
}

export interface SyncTable {
  /** Columns a device receives (besides `id`), with the type the device stores. */
  readonly columns: Readonly<Record<string, SyncColumnType>>;
  /** False for upload-only tables that no bucket sends back (telemetry). */
  readonly download: boolean;
  /** Absent: written by the server only. */
  readonly upload?: SyncUpload;
}

const t = 'text';
const i = 'integer';
const r = 'real';

export const SYNC_TABLES = {
  // Content (bucket `content`, priority 1).
  concepts: {
    download: true,
    columns: { name: t, subject: t, unit: t, layer: i, difficulty: i, exam_weight: r, description: t, updated_at: t },
  },
  prerequisites: {
    download: true,
    columns: { concept_id: t, prerequisite_id: t, weight: r, criticality: t, transfer: r },
  },
  questions: {
    download: true,
    columns: {
      subject: t,
      primary_concept_id: t,
      /** JSON array of concept ids. */
      secondary_concept_ids: t,
      type: t,
      text: t,
      /** JSON array of option texts, or null. */
      options: t,
      answer: t,
      tolerance: r,
      explanation: t,
      difficulty: i,
      source: t,
      year: i,
      image_urls: t,
      /** JSON {text, options, explanation} in Hindi, or null (English only). */
      hi: t,
      /** Set when a newer version replaced this question or the bank dropped it: kept for history, never offered. */
      retired_at: t,
      /** Level 1–5 from how the population answered it (null until 30 students have), and from how many. */
      calibrated_difficulty: i,
      calibrated_answers: i,
      updated_at: t,
    },
  },
  // The mastery model's population parameters, fitted weekly by the server (bucket `content`).
  model_params: {
    download: true,
    columns: {
      /** JSON, the compact stored form of the engine's ModelParams (storeModelParams in schemas/sync.ts). */
      params: t,
      answers: i,
      students: i,
      fitted_at: t,
      updated_at: t,
    },
  },
  // Syllabus units (bucket `units`): titles and order for the coach's heatmap.
  units: { download: true, columns: { subject: t, title: t, ordinal: i } },

  // The student's own rows (bucket `user_data`).
  users: {
    download: true,
    columns: {
      full_name: t,
      phone: t,
      standard: i,
      coaching_center: t,
      exam_target: t,
      language: t,
      /** Daily study budget, minutes (null = the phase's default). */
      study_minutes: i,
      /** Desired recall at review time, 0–1 (null = 0.9). */
      desired_retention: r,
      /** JSON array of the student's fitted FSRS parameters (server-written; null = defaults). */
      fsrs_weights: t,
      role: t,
      /** JSON object: field → HLC stamp of its last write (LWW register). */
      field_hlc: t,
    },
    upload: {
      // Own row only.
      put: 'merge',
      patch: ['full_name', 'phone', 'standard', 'coaching_center', 'exam_target', 'language', 'study_minutes', 'desired_retention', 'field_hlc'],
      lww: ['full_name', 'phone', 'standard', 'coaching_center', 'exam_target', 'language', 'study_minutes', 'desired_retention'],
    },
  },
  attempts: {
    download: true,
    columns: {
      student_id: t,
      sitting_id: t,
      question_id: t,
      concept_id: t,
      answer: t,
      /** 0/1, null when unanswered. */
      is_correct: i,
      response_time_ms: i,
      device_time: t,
      hlc: t,
      /** Server receipt time (server-written). */
      received_at: t,
    },
    upload: { put: 'insert' },
  },
  test_sittings: {
    download: true,
    columns: {
      student_id: t,
      test_id: t,
      test_type: t,
      pattern: t,
      /** JSON array of question ids, fixed at creation. */
      question_ids: t,
      status: t,
      started_at: t,
      submitted_at: t,
      duration_limit_s: i,
      field_hlc: t,
      received_at: t,
    },
    upload: { put: 'insert', patch: ['status', 'submitted_at', 'field_hlc'], lww: ['status', 'submitted_at'] },
  },
  /** Upload only: no bucket sends telemetry back, and devices keep no copy. */
  telemetry: {
    download: false,
    columns: { student_id: t, time: t, event_type: t, data: t },
    upload: { put: 'insert' },
  },
  student_mastery: {
    download: true,
    columns: {
      student_id: t,
      concept_id: t,
      mastery_level: r,
      times_attempted: i,
      times_correct: i,
      accuracy: r,
      first_attempted: t,
      last_reviewed: t,
      next_review_date: t,
      review_count: i,
      stability: r,
      fsrs_difficulty: r,
      created_at: t,
      updated_at: t,
    },
  },
  test_results: {
    download: true,
    columns: {
      student_id: t,
      sitting_id: t,
      test_id: t,
      test_type: t,
      total_score: i,
      total_marks: i,
      accuracy: r,
      subject_scores: t,
      start_time: t,
      end_time: t,
      duration_seconds: i,
      estimated_rank: i,
      percentile: r,
      /** A benchmark's NTA percentile per subject (set at release, like `percentile`; null otherwise). */
      math_percentile: r,
      physics_percentile: r,
      chemistry_percentile: r,
      global_rank: i,
      standard: i,
      test_date: t,
      submitted_at: t,
      created_at: t,
      updated_at: t,
      /** 1 on every row a device holds: a benchmark result is written sealed and enters the bucket at release. */
      published: i,
    },
  },
  question_responses: {
    download: true,
    columns: {
      test_result_id: t,
      student_id: t,
      question_id: t,
      student_answer: t,
      correct_answer: t,
      is_correct: i,
      marks_awarded: i,
      response_time_ms: i,
      is_first_attempt: i,
      concept_id: t,
      difficulty: i,
      subject: t,
      created_at: t,
    },
  },
  student_performance_metrics: {
    download: true,
    columns: {
      student_id: t,
      math_mastery: r,
      physics_mastery: r,
      chemistry_mastery: r,
      overall_mastery: r,
      accuracy_trend: r,
      consistency_score: r,
      fatigue_score: r,
      stress_score: r,
      burnout_risk: r,
      burnout_reasons: t,
      confidence_level: r,
      motivation_score: r,
      predicted_rank: i,
      rank_improvement: i,
      measured_at: t,
    },
  },
  /** Uploads the server refused, with the rejected data, so nothing is ever dropped silently. */
  sync_upload_errors: {
    download: true,
    columns: { user_id: t, client_id: t, op: t, table_name: t, row_id: t, data: t, error_code: t, message: t, created_at: t },
  },

  // Benchmarks (buckets benchmark_class, benchmark_student, benchmark_keys).
  benchmarks: {
    download: true,
    columns: {
      standard: i,
      month: t,
      title: t,
      pattern: t,
      question_ids: t,
      max_marks: i,
      duration_s: i,
      opens_at: t,
      closes_at: t,
      grace_s: i,
      status: t,
      released_at: t,
      candidates: i,
      updated_at: t,
    },
  },
  /** The paper without keys: no answer, explanation or tolerance. */
  benchmark_questions: {
    download: true,
    columns: {
      benchmark_id: t,
      position: i,
      question_id: t,
      subject: t,
      type: t,
      text: t,
      options: t,
      difficulty: i,
      primary_concept_id: t,
      image_urls: t,
    },
  },
  /** Released leaderboards; rows carry no student id. */
  benchmark_leaderboard: {
    download: true,
    columns: { benchmark_id: t, position: i, rank: i, display_name: t, total_score: r, percentile: r },
  },
  benchmark_submission_status: {
    download: true,
    columns: {
      benchmark_id: t,
      student_id: t,
      sitting_id: t,
      status: t,
      reason_code: t,
      reason: t,
      flags: t,
      received_at: t,
      device_submitted_at: t,
      updated_at: t,
    },
  },
  /** Keys enter the bucket only once released after the window closes. */
  benchmark_answer_keys: {
    download: true,
    columns: { benchmark_id: t, question_id: t, answer: t, explanation: t, released_at: t },
  },

  // Coaching (cohort, summary, chat and alert buckets).
  cohorts: { download: true, columns: { name: t, standard: i, created_at: t } },
  cohort_members: { download: true, columns: { cohort_id: t, student_id: t, joined_at: t } },
  /** A student's own coaches (bucket student_coaches), to open a chat with one. */
  cohort_coaches: { download: true, columns: { cohort_id: t, coach_id: t, coach_name: t } },
  cohort_student_summary: {
    download: true,
    columns: {
      cohort_id: t,
      student_id: t,
      display_name: t,
      unit_mastery: t,
      overall_mastery: r,
      attempts_7d: i,
      last_active_at: t,
      latest_result: t,
      burnout_risk: r,
      burnout_reasons: t,
      flags: t,
      computed_at: t,
    },
  },
  coach_alerts: {
    download: true,
    columns: { cohort_id: t, student_id: t, kind: t, ref: t, severity: t, message: t, details: t, created_at: t },
  },
  /** Messages are events; the only later write is the recipient's read receipt (server time). */
  chat_messages: {
    download: true,
    columns: {
      cohort_id: t,
      student_id: t,
      coach_id: t,
      sender_id: t,
      body: t,
      hlc: t,
      sent_at: t,
      received_at: t,
      read_at: t,
    },
    upload: { put: 'insert', patch: ['read_at'] },
  },

  /** The in-app notification list (bucket user_notifications); `read_at` syncs back as a read receipt. */
  notifications: {
    download: true,
    columns: { user_id: t, kind: t, occasion: t, title: t, body: t, url: t, created_at: t, read_at: t },
    upload: { put: false, patch: ['read_at'] },
  },
} as const satisfies Readonly<Record<string, SyncTable>>;

export type SyncTableName = keyof typeof SYNC_TABLES;
type Tables = typeof SYNC_TABLES;

/** Tables a device may write to, in the contract's order. */
export type DeviceWritableTable = { [K in SyncTableName]: Tables[K] extends { upload: SyncUpload } ? K : never }[SyncTableName];
/** Tables some bucket sends to devices. */
export type DownloadedTable = { [K in SyncTableName]: Tables[K] extends { download: true } ? K : never }[SyncTableName];

const names = Object.keys(SYNC_TABLES) as SyncTableName[];
const spec = (name: SyncTableName): SyncTable => SYNC_TABLES[name];

export const DEVICE_WRITABLE_TABLES = names.filter((n) => spec(n).upload !== undefined) as DeviceWritableTable[];
export const DOWNLOADED_TABLES = names.filter((n) => spec(n).download) as DownloadedTable[];

/** The contract entry of `name`, or null when no such table is synced. */
export function syncTableOf(name: string): SyncTable | null {
  return Object.hasOwn(SYNC_TABLES, name) ? spec(name as SyncTableName) : null;
}

type LwwTables = { [K in SyncTableName]: Tables[K] extends { upload: { lww: readonly string[] } } ? K : never }[SyncTableName];

/**
 * Device-writable tables merged per field by HLC stamp, and their stamped fields (the `lww` of
 * each table above, collected). Each row carries its stamps in `field_hlc`.
 */
export const LWW_FIELDS = {
  users: SYNC_TABLES.users.upload.lww,
  test_sittings: SYNC_TABLES.test_sittings.upload.lww,
} as const satisfies { readonly [K in LwwTables]: readonly string[] };
