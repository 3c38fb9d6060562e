import { useQuery } from '@powersync/react';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import type { AnalyticsAttempt } from './analytics.ts';
import type { StudySettings } from './learning-views.ts';

/**
 * Named local reads for the dashboard, knowledge map and analytics (the screens hold no SQL).
 * Every read is the student's own replica, so they all work offline.
 */

export interface UnitRow {
  id: string;
  subject: string;
  title: string;
  ordinal: number;
}

export interface ConceptMeta {
  id: string;
  name: string;
  subject: string;
  unit: string | null;
  layer: number | null;
  description: string | null;
  questions: number;
}

/** Syllabus units in NTA order within each subject. */
export function useUnits() {
  return useQuery<UnitRow>('SELECT id, subject, title, ordinal FROM units ORDER BY subject, ordinal, id');
}

/** Every concept's name, unit and how many questions it has on the device. */
export function useConceptMeta() {
  return useQuery<ConceptMeta>(CONCEPT_META_SQL);
}

const CONCEPT_META_SQL = `SELECT c.id, c.name, c.subject, c.unit, c.layer, c.description,
            (SELECT count(*) FROM questions q WHERE q.primary_concept_id = c.id AND q.retired_at IS NULL) AS questions
       FROM concepts c ORDER BY c.subject, c.unit, c.layer, c.name`;

/** The student's marked attempts with the subject and unit of their concept, oldest first. */
export function useAnalyticsAttempts(studentId: string) {
  return useQuery<AnalyticsAttempt>(
    `SELECT a.is_correct, a.response_time_ms, a.device_time, c.subject, c.unit
       FROM attempts a LEFT JOIN concepts c ON c.id = a.concept_id
      WHERE a.student_id = ? AND a.is_correct IS NOT NULL
      ORDER BY a.hlc, a.id`,
    [studentId],
  );
}

/** Distinct UTC days with an attempt, newest first (the streak; the server's `activeDays`). */
export function useActiveDays(studentId: string) {
  return useQuery<{ day: string }>(ACTIVE_DAYS_SQL, [studentId]);
}

// strftime normalises an offset to UTC; a form it cannot parse falls back to its date part.
const ACTIVE_DAYS_SQL = `SELECT DISTINCT coalesce(strftime('%Y-%m-%d', device_time), substr(device_time, 1, 10)) AS day
       FROM attempts WHERE student_id = ? AND device_time IS NOT NULL ORDER BY day DESC LIMIT 400`;

/** Sittings of the diagnostic by status, so the dashboard knows whether to offer it. */
export function useDiagnosticStatus(studentId: string) {
  return useQuery<DiagnosticStatusRow>(DIAGNOSTIC_STATUS_SQL, [studentId]);
}

export interface DiagnosticStatusRow {
  submitted: number;
  in_progress: number;
}

const DIAGNOSTIC_STATUS_SQL = `SELECT coalesce(sum(status = 'submitted'), 0) AS submitted, coalesce(sum(status = 'in_progress'), 0) AS in_progress
       FROM test_sittings WHERE student_id = ? AND test_type = 'DIAGNOSTIC'`;

export interface RecentResultRow {
  id: string;
  sitting_id: string | null;
  test_type: string;
  total_score: number;
  total_marks: number;
  test_date: string | null;
  submitted_at: string | null;
}

/** The server's authoritative results, newest first. */
export function useRecentResults(studentId: string, limit = RECENT_RESULTS) {
  return useQuery<RecentResultRow>(RECENT_RESULTS_SQL, [studentId, limit]);
}

/** How many results the dashboard lists. */
const RECENT_RESULTS = 5;
const RECENT_RESULTS_SQL = `SELECT id, sitting_id, test_type, total_score, total_marks, test_date, submitted_at
       FROM test_results WHERE student_id = ? ORDER BY coalesce(submitted_at, test_date) DESC LIMIT ?`;

/**
 * The rows the dashboard's cards show beside the learner (streak days, diagnostic status,
 * results, concept names, the plan's settings). Kept in the learner snapshot, so a start paints
 * from it without waiting for the local database, which answers its first query only once it is
 * open and PowerSync has started (seconds on a slow phone).
 */
export interface DashboardRows {
  activeDays: { day: string }[];
  diagnostic: DiagnosticStatusRow[];
  results: RecentResultRow[];
  conceptMeta: ConceptMeta[];
  /** The plan's settings, from the same `users` columns as data/account/study-settings.ts. */
  settings: StudySettings;
}

/** The dashboard's rows now, read with the same SQL as its live queries. */
export async function readDashboardRows(db: AbstractPowerSyncDatabase, studentId: string): Promise<DashboardRows> {
  const [activeDays, diagnostic, results, conceptMeta, settings] = await Promise.all([
    db.getAll<{ day: string }>(ACTIVE_DAYS_SQL, [studentId]),
    db.getAll<DiagnosticStatusRow>(DIAGNOSTIC_STATUS_SQL, [studentId]),
    db.getAll<RecentResultRow>(RECENT_RESULTS_SQL, [studentId, RECENT_RESULTS]),
    db.getAll<ConceptMeta>(CONCEPT_META_SQL),
    db.getOptional<{ study_minutes: number | null; desired_retention: number | null }>('SELECT study_minutes, desired_retention FROM users WHERE id = ?', [studentId]),
  ]);
  return { activeDays, diagnostic, results, conceptMeta, settings: { studyMinutes: settings?.study_minutes ?? null, desiredRetention: settings?.desired_retention ?? null } };
}

/** The latest metrics row the server computed (predicted rank). */
export function useLatestMetrics(studentId: string) {
  return useQuery<{ predicted_rank: number | null; measured_at: string | null }>(
    `SELECT predicted_rank, measured_at FROM student_performance_metrics WHERE student_id = ? ORDER BY measured_at DESC LIMIT 1`,
    [studentId],
  );
}
