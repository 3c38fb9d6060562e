-- Validity of the student dashboard's cached database part (server/src/repositories/dashboard.ts).
--
-- The server keeps each student's DashboardData in memory with the version it was read at, and
-- before using it reads the current version (two primary-key reads). A version changes, in the
-- writing transaction, with every write that can change what the dashboard statement reads:
-- the student's attempts, mastery rows and published results, their exam date or status; and
-- content (concepts) or a benchmark's cohort size (benchmarks), which change the epoch instead
-- (every student's version). A cached part is used only while both are what they were when it
-- was read, so a write is on the dashboard from the moment it commits.
--
-- Versions come from one sequence, so a value never repeats. A statement of more than 2,000 rows
-- (a benchmark release, a bulk import) moves the epoch instead of a version per student.
-- A moved version's row stays locked until the writing transaction ends: two transactions that
-- write the same student's rows wait for each other there (as they would on most of those rows).
-- The trigger functions are SECURITY DEFINER so uploads (cr_device_writer, which may not write
-- this table: 014_device_writer_least_privilege.sql) move the version of what they write.
CREATE SEQUENCE dashboard_version_seq;

CREATE TABLE dashboard_versions (
  student_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  version    bigint NOT NULL
);

CREATE TABLE dashboard_epoch (
  one     boolean PRIMARY KEY DEFAULT true CHECK (one),
  version bigint NOT NULL
);
INSERT INTO dashboard_epoch (version) VALUES (nextval('dashboard_version_seq'));

CREATE FUNCTION dashboard_touch_epoch() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE dashboard_epoch SET version = nextval('dashboard_version_seq');
$$;

-- New versions for these students (existing accounts only: a cascade from a deleted account
-- has nothing left to show), in id order so concurrent writers lock the rows in one order.
CREATE FUNCTION dashboard_touch(ids uuid[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO dashboard_versions AS d (student_id, version)
  SELECT u.id, nextval('dashboard_version_seq') FROM (SELECT id FROM users WHERE id = ANY (ids) ORDER BY id) u
  ON CONFLICT (student_id) DO UPDATE SET version = EXCLUDED.version;
END $$;

-- Statement-level, over the transition tables (captured for change capture anyway): one call per
-- statement. A statement of more than 2,000 rows (on results: published rows) moves the epoch,
-- reading no more than 2,001 of them; a smaller one moves the version of every student it
-- touched, before and after (an update that moves a row to another student, or unpublishes a
-- result, changes the old one's dashboard too). TG_ARGV[0] = 'published': results, of which only
-- published rows are on the dashboard (sealed benchmark results are not).
CREATE FUNCTION dashboard_touch_inserted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n int;
BEGIN
  IF TG_ARGV[0] = 'published' THEN
    SELECT count(*) INTO n FROM (SELECT 1 FROM new_rows WHERE published LIMIT 2001) r;
  ELSE
    SELECT count(*) INTO n FROM (SELECT 1 FROM new_rows LIMIT 2001) r;
  END IF;
  IF n > 2000 THEN
    PERFORM dashboard_touch_epoch();
  ELSIF n > 0 AND TG_ARGV[0] = 'published' THEN
    PERFORM dashboard_touch((SELECT array_agg(DISTINCT student_id) FROM new_rows WHERE published));
  ELSIF n > 0 THEN
    PERFORM dashboard_touch((SELECT array_agg(DISTINCT student_id) FROM new_rows));
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION dashboard_touch_deleted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n int;
BEGIN
  IF TG_ARGV[0] = 'published' THEN
    SELECT count(*) INTO n FROM (SELECT 1 FROM old_rows WHERE published LIMIT 2001) r;
  ELSE
    SELECT count(*) INTO n FROM (SELECT 1 FROM old_rows LIMIT 2001) r;
  END IF;
  IF n > 2000 THEN
    PERFORM dashboard_touch_epoch();
  ELSIF n > 0 AND TG_ARGV[0] = 'published' THEN
    PERFORM dashboard_touch((SELECT array_agg(DISTINCT student_id) FROM old_rows WHERE published));
  ELSIF n > 0 THEN
    PERFORM dashboard_touch((SELECT array_agg(DISTINCT student_id) FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION dashboard_touch_updated() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n int;
BEGIN
  IF TG_ARGV[0] = 'published' THEN
    SELECT count(*) INTO n FROM (SELECT 1 FROM new_rows WHERE published LIMIT 2001) r;
    IF n <= 2000 THEN
      SELECT n + count(*) INTO n FROM (SELECT 1 FROM old_rows WHERE published LIMIT 2001) r;
    END IF;
  ELSE
    SELECT count(*) INTO n FROM (SELECT 1 FROM new_rows LIMIT 2001) r;
  END IF;
  IF n > 2000 THEN
    PERFORM dashboard_touch_epoch();
  ELSIF n > 0 AND TG_ARGV[0] = 'published' THEN
    PERFORM dashboard_touch((SELECT array_agg(DISTINCT student_id)
                               FROM (SELECT student_id FROM new_rows WHERE published UNION ALL SELECT student_id FROM old_rows WHERE published) r));
  ELSIF n > 0 THEN
    PERFORM dashboard_touch((SELECT array_agg(DISTINCT student_id)
                               FROM (SELECT student_id FROM new_rows UNION ALL SELECT student_id FROM old_rows) r));
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION dashboard_touch_user() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM dashboard_touch(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE FUNCTION dashboard_touch_all() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM dashboard_touch_epoch();
  RETURN NULL;
END $$;

CREATE TRIGGER attempts_dashboard_ins AFTER INSERT ON attempts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_inserted();
CREATE TRIGGER attempts_dashboard_upd AFTER UPDATE ON attempts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_updated();
CREATE TRIGGER attempts_dashboard_del AFTER DELETE ON attempts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_deleted();
CREATE TRIGGER attempts_dashboard_trunc AFTER TRUNCATE ON attempts FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_all();

CREATE TRIGGER student_mastery_dashboard_ins AFTER INSERT ON student_mastery
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_inserted();
CREATE TRIGGER student_mastery_dashboard_upd AFTER UPDATE ON student_mastery
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_updated();
CREATE TRIGGER student_mastery_dashboard_del AFTER DELETE ON student_mastery
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_deleted();
CREATE TRIGGER student_mastery_dashboard_trunc AFTER TRUNCATE ON student_mastery FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_all();

CREATE TRIGGER test_results_dashboard_ins AFTER INSERT ON test_results
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_inserted('published');
CREATE TRIGGER test_results_dashboard_upd AFTER UPDATE ON test_results
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_updated('published');
CREATE TRIGGER test_results_dashboard_del AFTER DELETE ON test_results
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_deleted('published');
CREATE TRIGGER test_results_dashboard_trunc AFTER TRUNCATE ON test_results FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_all();

CREATE TRIGGER users_dashboard AFTER UPDATE ON users
  FOR EACH ROW WHEN (OLD.exam_target IS DISTINCT FROM NEW.exam_target OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION dashboard_touch_user();

CREATE TRIGGER concepts_dashboard AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON concepts
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_all();

CREATE TRIGGER benchmarks_dashboard AFTER INSERT OR DELETE OR TRUNCATE ON benchmarks
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touch_all();
CREATE TRIGGER benchmarks_dashboard_upd AFTER UPDATE ON benchmarks
  FOR EACH ROW WHEN (OLD.candidates IS DISTINCT FROM NEW.candidates OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION dashboard_touch_all();
