import { column, Table } from '@powersync/common';
import { syncedTable } from '../sync/synced-table.ts';

/** Coaching tables of the local replica (units for the heatmap, cohort summaries, alerts, chat). */
export const coachTables = {
  units: syncedTable('units'),
  cohorts: syncedTable('cohorts'),
  cohort_members: syncedTable('cohort_members'),
  cohort_coaches: syncedTable('cohort_coaches'),
  cohort_student_summary: syncedTable('cohort_student_summary'),
  coach_alerts: syncedTable('coach_alerts'),
  // The coach's copy of each own student's drill-down (never uploaded), so it reads offline.
  // Rows of a student who left the coach's cohorts are hidden and purged (coach-detail.ts).
  coach_detail_cache: new Table({ student_id: column.text, body: column.text, fetched_at: column.text }, { localOnly: true }),
  chat_messages: syncedTable('chat_messages'),
};
