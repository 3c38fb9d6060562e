-- Least privilege for device uploads (the role and its policies: 008_upload_row_security.sql).
--
-- 008 gave cr_device_writer ordinary DML on every table, present and future, and let the
-- row-level policies restrict it. That left tables with no policy (memberships, results, mastery,
-- consent records, push subscriptions, sign-in throttling) and every column of `users` (role,
-- status, password hash) writable by an upload transaction should the code ever be tricked into
-- it. Here the role keeps SELECT, and may write only what an upload and the triggers it fires
-- write. A new table is not writable by uploads until a migration says so.
--
-- The grants live in one function so a restore can put them back: `pg_restore --no-privileges`
-- (server/src/ops/restore.ts, needed because role names differ between clusters) restores the
-- policies but not the grants, and calls device_writer_grants() afterwards.
CREATE FUNCTION device_writer_grants() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    CREATE ROLE cr_device_writer NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
  END;
  BEGIN
    EXECUTE format('GRANT cr_device_writer TO %I', current_user);
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'cr_device_writer not granted to %: %', current_user, SQLERRM;
  END;
  GRANT USAGE ON SCHEMA public TO cr_device_writer;
  GRANT SELECT ON ALL TABLES IN SCHEMA public TO cr_device_writer;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cr_device_writer;
  REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM cr_device_writer;
  -- The sealed bank and its keys stay unreadable; only which items exist and who used them.
  REVOKE ALL ON benchmark_bank, benchmark_answer_keys, refresh_tokens FROM cr_device_writer;
  GRANT SELECT (id, used_by) ON benchmark_bank TO cr_device_writer;
  -- Device-written rows (events, LWW registers) and refused ops recorded for the device.
  GRANT INSERT, UPDATE ON attempts, test_sittings, telemetry, chat_messages, sync_upload_errors TO cr_device_writer;
  -- The profile fields a device may change (server/src/sync/upload/apply.ts patchProfile).
  GRANT UPDATE (full_name, phone, standard, coaching_center, exam_target, language, field_hlc, study_minutes, desired_retention, updated_at)
    ON users TO cr_device_writer;
  -- Read receipts of in-app notifications.
  GRANT UPDATE (read_at) ON notifications TO cr_device_writer;
  -- Triggers fired by those writes: change capture, submission receipts, stale scores, coach names.
  GRANT INSERT ON sync_changes, sitting_submissions TO cr_device_writer;
  GRANT UPDATE (stale) ON sitting_scores TO cr_device_writer;
  GRANT UPDATE (coach_name) ON cohort_coaches TO cr_device_writer;
END $$;

SELECT device_writer_grants();
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE INSERT, UPDATE, DELETE ON TABLES FROM cr_device_writer;
