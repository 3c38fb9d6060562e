-- Coaching (issue 8): per-cohort coach summaries, mentoring chat, and syllabus units for the
-- coach's heatmap. Synced tables are attached to change capture like 002/003 do.

-- derived (server-maintained, synced per cohort to its coaches): one row per (cohort, student).
-- Recomputed by server/src/coaching/summary.ts (job after scoring sweeps, nightly, and after
-- admin cohort changes); a recompute writes only rows whose content changed, so the bucket log
-- does not grow when nothing moved.
CREATE TABLE cohort_student_summary (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id       uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  student_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  display_name    text NOT NULL,
  -- {"<unit id>": {"m": mastery 0..1, "n": concepts attempted}}
  unit_mastery    jsonb NOT NULL DEFAULT '{}'::jsonb,
  overall_mastery double precision CHECK (overall_mastery BETWEEN 0 AND 1),
  attempts_7d     integer NOT NULL DEFAULT 0,
  last_active_at  timestamptz,
  -- {"test_id", "test_type", "total_score", "total_marks", "percentile", "estimated_rank", "test_date"}
  latest_result   jsonb,
  burnout_risk    double precision CHECK (burnout_risk BETWEEN 0 AND 1),
  burnout_reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- coach_alerts kinds currently open for this student in this cohort, e.g. ["LOW_BENCHMARK_RANK"]
  flags           jsonb NOT NULL DEFAULT '[]'::jsonb,
  computed_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cohort_id, student_id)
);
CREATE INDEX cohort_student_summary_student_idx ON cohort_student_summary (student_id);

-- events (grow-only): mentoring messages between a student and one of their coaches. Ids are
-- client-generated UUIDv7; a replayed upload is a no-op. cohort_id is set by the server on
-- insert (a cohort the coach coaches that holds the student) and keys the coach's bucket, so a
-- coach removed from the cohort loses the thread on next sync. read_at is a set-once register
-- written by the recipient (server time of the first read receipt); later receipts are no-ops.
CREATE TABLE chat_messages (
  id           uuid PRIMARY KEY,
  cohort_id    uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  student_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  coach_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  sender_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  hlc          text NOT NULL CHECK (length(hlc) BETWEEN 20 AND 80),
  sent_at      timestamptz NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  read_at      timestamptz,
  CHECK (sender_id = student_id OR sender_id = coach_id)
);
CREATE INDEX chat_messages_student_idx ON chat_messages (student_id, hlc);
CREATE INDEX chat_messages_cohort_coach_idx ON chat_messages (cohort_id, coach_id);

SELECT sync_capture_table(t) FROM unnest(ARRAY['cohort_student_summary', 'chat_messages', 'units']) AS t;
-- Units existed before capture: they enter the log on the processor's next run.
INSERT INTO sync_changes (source_table, row_id) SELECT 'units', id FROM units;

DO $$
BEGIN
  ALTER PUBLICATION powersync ADD TABLE cohort_student_summary, chat_messages, units;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'publication powersync not extended: %', SQLERRM;
END $$;
