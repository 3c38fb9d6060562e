import { column, Table } from '@powersync/common';

/** Coaching tables of the local replica (units for the heatmap, cohort summaries, chat). */
export const coachTables = {
  units: new Table({ subject: column.text, title: column.text, ordinal: column.integer }),
  cohorts: new Table({ name: column.text, standard: column.integer, created_at: column.text }),
  cohort_members: new Table({ cohort_id: column.text, student_id: column.text, joined_at: column.text }),
  // A student's own coaches (bucket student_coaches), to open a chat with one.
  cohort_coaches: new Table({ cohort_id: column.text, coach_id: column.text, coach_name: column.text }),
  cohort_student_summary: new Table({
    cohort_id: column.text,
    student_id: column.text,
    display_name: column.text,
    unit_mastery: column.text,
    overall_mastery: column.real,
    attempts_7d: column.integer,
    last_active_at: column.text,
    latest_result: column.text,
    burnout_risk: column.real,
    burnout_reasons: column.text,
    flags: column.text,
    computed_at: column.text,
  }),
  // The coach's copy of each own student's drill-down (never uploaded), so it reads offline.
  // Rows of a student who left the coach's cohorts are hidden and purged (coach-detail.ts).
  coach_detail_cache: new Table({ student_id: column.text, body: column.text, fetched_at: column.text }, { localOnly: true }),
  chat_messages: new Table({
    cohort_id: column.text,
    student_id: column.text,
    coach_id: column.text,
    sender_id: column.text,
    body: column.text,
    hlc: column.text,
    sent_at: column.text,
    received_at: column.text,
    read_at: column.text,
  }),
};
