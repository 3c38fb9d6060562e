-- A student's answers by device time. The dashboard's streak walks back one day at a time from
-- the newest answer (one index probe per day of the current run, however long the history), and
-- windows like "answers in the last 7 days" read a range instead of every answer of the student.
CREATE INDEX attempts_student_time_idx ON attempts (student_id, device_time);

-- The coach's cohort dashboard is read in pages by (display name, student id) after a cursor:
-- each page is a range of this index (page size + 1 entries), not a sort of the whole cohort.
CREATE INDEX cohort_student_summary_page_idx ON cohort_student_summary (cohort_id, display_name, student_id);
