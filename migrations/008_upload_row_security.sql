-- Row-level security on the write path (server/src/sync/upload/, docs/sync-upload.md).
--
-- Every device upload runs in a transaction that switches to the role cr_device_writer
-- (SET LOCAL ROLE: neither superuser nor table owner, so policies apply even on PGlite, which
-- runs as a superuser) with the caller's id in the transaction-local setting app.user_id. The
-- policies below then refuse any row of another student whatever the upload code does: a missed
-- check in code still cannot cross students. Jobs, admin routes and migrations run as the
-- owner and are not affected (owners and superusers bypass RLS; nothing here FORCEs it).

-- Roles are cluster-wide: several databases (and concurrent test databases) share this one.
DO $$
BEGIN
  CREATE ROLE cr_device_writer NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

-- The owner must be a member to SET ROLE to it (superusers always may). A deployment whose
-- database user may not grant roles logs a notice here; the server then refuses to start
-- uploads without the role (server/src/sync/upload/row-security.ts says why).
DO $$
BEGIN
  EXECUTE format('GRANT cr_device_writer TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'cr_device_writer not granted to %: %', current_user, SQLERRM;
END $$;

-- The caller's id, or NULL outside an upload (no policy matches NULL: nothing is visible).
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('app.user_id', true), '')::uuid
$$;

-- Privileges: the upload code and the triggers it fires (change capture, submission receipt,
-- stale scores, coach names) touch many tables, and later migrations add triggers of their own,
-- so the role gets ordinary DML on tables (now and later, through default privileges); the
-- policies below are what restricts it. The sealed bank and its keys are withheld entirely:
-- only which items exist and who used them is readable (the upload refuses sealed papers).
GRANT USAGE ON SCHEMA public TO cr_device_writer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cr_device_writer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cr_device_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cr_device_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO cr_device_writer;
REVOKE ALL ON benchmark_bank, benchmark_answer_keys, refresh_tokens FROM cr_device_writer;
GRANT SELECT (id, used_by) ON benchmark_bank TO cr_device_writer;

-- An answer belongs to a sitting of the same student, whoever writes it: a composite foreign key
-- (an index probe per insert, far cheaper than a subquery in a policy). NOT VALID: rows from
-- before this migration are not re-checked; every new or changed row is.
CREATE UNIQUE INDEX test_sittings_id_student_key ON test_sittings (id, student_id);
ALTER TABLE attempts ADD CONSTRAINT attempts_sitting_owner_fkey FOREIGN KEY (sitting_id, student_id)
  REFERENCES test_sittings (id, student_id) ON DELETE CASCADE NOT VALID;

-- Student tables: a writer sees and writes only the caller's rows.
ALTER TABLE attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY attempts_own ON attempts TO cr_device_writer
  USING (student_id = app_user_id()) WITH CHECK (student_id = app_user_id());

ALTER TABLE test_sittings ENABLE ROW LEVEL SECURITY;
CREATE POLICY test_sittings_own ON test_sittings TO cr_device_writer
  USING (student_id = app_user_id()) WITH CHECK (student_id = app_user_id());

ALTER TABLE telemetry ENABLE ROW LEVEL SECURITY;
CREATE POLICY telemetry_own ON telemetry TO cr_device_writer
  USING (student_id = app_user_id()) WITH CHECK (student_id = app_user_id());

ALTER TABLE sync_upload_errors ENABLE ROW LEVEL SECURITY;
CREATE POLICY sync_upload_errors_own ON sync_upload_errors TO cr_device_writer
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());

-- Users: other accounts stay readable (chat checks a coach's role), only the caller's row writable.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT TO cr_device_writer USING (true);
CREATE POLICY users_write_own ON users FOR UPDATE TO cr_device_writer
  USING (id = app_user_id()) WITH CHECK (id = app_user_id());

-- Chat: a participant reads; only the sender inserts; only a participant updates (read receipt).
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY chat_messages_read ON chat_messages FOR SELECT TO cr_device_writer
  USING (app_user_id() IN (student_id, coach_id));
CREATE POLICY chat_messages_send ON chat_messages FOR INSERT TO cr_device_writer
  WITH CHECK (sender_id = app_user_id() AND app_user_id() IN (student_id, coach_id));
CREATE POLICY chat_messages_receipt ON chat_messages FOR UPDATE TO cr_device_writer
  USING (app_user_id() IN (student_id, coach_id)) WITH CHECK (app_user_id() IN (student_id, coach_id));

-- Server-side scores a trigger marks stale when an own attempt arrives.
ALTER TABLE sitting_scores ENABLE ROW LEVEL SECURITY;
CREATE POLICY sitting_scores_own ON sitting_scores TO cr_device_writer
  USING (student_id = app_user_id()) WITH CHECK (student_id = app_user_id());
