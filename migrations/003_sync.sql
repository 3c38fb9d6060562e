-- Sync: change capture, the bucket log, and what the sync endpoint needs (server/src/sync/).
--
-- Change capture: statement-level triggers on every synced table record (table, row id) into
-- sync_changes inside the writing transaction, whatever wrote it (upload, job, admin SQL,
-- migration). One serialized processor consumes the queue: in one REPEATABLE READ transaction
-- it takes the committed change rows (whole transactions), re-reads those rows, evaluates them
-- against sync-rules/, appends ops with op ids from sync_state, and deletes the change rows. No
-- cursor over an insert-time sequence exists, so a transaction that commits late is simply
-- consumed by a later batch and gets later op ids: nothing is skipped, nothing applied twice.

CREATE TABLE sync_changes (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
  source_table text NOT NULL,
  row_id       text NOT NULL
);

-- Singleton: the last op id handed out, and the op id at which a parameter row last changed
-- (streams re-resolve their dynamic buckets when it moves).
CREATE TABLE sync_state (
  id            boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_op_id    bigint NOT NULL DEFAULT 0,
  params_op_id  bigint NOT NULL DEFAULT 0
);
INSERT INTO sync_state DEFAULT VALUES;

-- The bucket log. op: PUT | REMOVE | MOVE | CLEAR. data is the JSON text the client stores.
-- checksum is a uint32; a bucket's checksum is the wrapping sum of its ops' checksums.
CREATE TABLE sync_ops (
  bucket      text NOT NULL,
  op_id       bigint NOT NULL,
  op          text NOT NULL CHECK (op IN ('PUT', 'REMOVE', 'MOVE', 'CLEAR')),
  object_type text,
  object_id   text,
  subkey      text,
  data        text,
  checksum    bigint NOT NULL CHECK (checksum BETWEEN 0 AND 4294967295),
  PRIMARY KEY (bucket, op_id)
);

-- Per bucket: checksum and count of every op up to last_op_id (compaction keeps both valid).
CREATE TABLE sync_buckets (
  bucket        text PRIMARY KEY,
  definition    text NOT NULL,
  checksum      bigint NOT NULL DEFAULT 0 CHECK (checksum BETWEEN 0 AND 4294967295),
  op_count      bigint NOT NULL DEFAULT 0,
  last_op_id    bigint NOT NULL DEFAULT 0,
  compacted_op_id bigint NOT NULL DEFAULT 0
);

-- Where each source row currently is: one row per (bucket, output row). A row that leaves a
-- bucket gets a REMOVE there; an unchanged re-evaluation (same checksum) emits nothing.
CREATE TABLE sync_rows (
  source_table text NOT NULL,
  source_id    text NOT NULL,
  bucket       text NOT NULL,
  object_type  text NOT NULL,
  object_id    text NOT NULL,
  checksum     bigint NOT NULL,
  PRIMARY KEY (source_table, source_id, bucket, object_type, object_id)
);

-- The parameter index: outputs of evaluateParameterRow, keyed by the lookup's serialized form.
CREATE TABLE sync_params (
  source_table text NOT NULL,
  source_id    text NOT NULL,
  lookup       text NOT NULL,
  params       jsonb NOT NULL,
  PRIMARY KEY (source_table, source_id, lookup)
);
CREATE INDEX sync_params_lookup_idx ON sync_params (lookup);

-- Uploads the server refused for good (fatal errors). Synced back to the student with the
-- rejected data so nothing is dropped silently; the upload transaction still completes.
CREATE TABLE sync_upload_errors (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  client_id   text,
  op          text NOT NULL,
  table_name  text NOT NULL,
  row_id      text,
  data        jsonb,
  error_code  text NOT NULL,
  message     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_upload_errors_user_idx ON sync_upload_errors (user_id, created_at);

-- Benchmark answer keys (minimal; the benchmark feature extends it). A key is synced only after
-- the release job sets released once the window has closed: sync rules cannot read the clock.
CREATE TABLE benchmark_answer_keys (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  benchmark_id     text NOT NULL CHECK (length(benchmark_id) BETWEEN 1 AND 80),
  question_id      text NOT NULL,
  answer           text NOT NULL CHECK (length(answer) BETWEEN 1 AND 40),
  explanation      text NOT NULL DEFAULT '',
  window_closes_at timestamptz NOT NULL,
  released         boolean NOT NULL DEFAULT false,
  released_at      timestamptz,
  UNIQUE (benchmark_id, question_id),
  -- Security: a key can never be marked released before its window closes.
  CHECK (NOT released OR (released_at IS NOT NULL AND released_at >= window_closes_at))
);

CREATE FUNCTION sync_capture_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sync_changes (source_table, row_id) SELECT TG_TABLE_NAME, n.id::text FROM new_rows n;
  PERFORM pg_notify('sync_changes', '');
  RETURN NULL;
END $$;

CREATE FUNCTION sync_capture_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Old ids too: a primary-key change removes the old row and puts the new one.
  INSERT INTO sync_changes (source_table, row_id)
    SELECT TG_TABLE_NAME, n.id::text FROM new_rows n
    UNION SELECT TG_TABLE_NAME, o.id::text FROM old_rows o;
  PERFORM pg_notify('sync_changes', '');
  RETURN NULL;
END $$;

CREATE FUNCTION sync_capture_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sync_changes (source_table, row_id) SELECT TG_TABLE_NAME, o.id::text FROM old_rows o;
  PERFORM pg_notify('sync_changes', '');
  RETURN NULL;
END $$;

-- pg_notify (delivered at commit, one per transaction) wakes the processor at once on Postgres;
-- on PGlite, where every connection shares one session, the processor polls instead.

-- Installs the three capture triggers on a table (used here and by later migrations that add a
-- synced table: SELECT sync_capture_table('new_table');).
CREATE FUNCTION sync_capture_table(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_insert()', tbl || '_sync_ins', tbl);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_update()', tbl || '_sync_upd', tbl);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_delete()', tbl || '_sync_del', tbl);
END $$;

SELECT sync_capture_table(t) FROM unnest(ARRAY[
  'concepts', 'prerequisites', 'questions', 'users', 'cohorts', 'cohort_members', 'cohort_coaches',
  'test_sittings', 'attempts', 'student_mastery', 'test_results', 'question_responses',
  'student_performance_metrics', 'sync_upload_errors', 'benchmark_answer_keys'
]) AS t;

-- Rows that existed before capture was installed enter the log on the processor's first run.
INSERT INTO sync_changes (source_table, row_id)
  SELECT 'concepts', id FROM concepts
  UNION ALL SELECT 'prerequisites', id::text FROM prerequisites
  UNION ALL SELECT 'questions', id FROM questions
  UNION ALL SELECT 'users', id::text FROM users
  UNION ALL SELECT 'cohorts', id::text FROM cohorts
  UNION ALL SELECT 'cohort_members', id::text FROM cohort_members
  UNION ALL SELECT 'cohort_coaches', id::text FROM cohort_coaches
  UNION ALL SELECT 'test_sittings', id::text FROM test_sittings
  UNION ALL SELECT 'attempts', id::text FROM attempts
  UNION ALL SELECT 'student_mastery', id::text FROM student_mastery
  UNION ALL SELECT 'test_results', id::text FROM test_results
  UNION ALL SELECT 'question_responses', id::text FROM question_responses
  UNION ALL SELECT 'student_performance_metrics', id::text FROM student_performance_metrics;

-- Scale-out: the real PowerSync Service replicates through a publication named `powersync`
-- (docs/scale-out.md). PGlite has no logical replication, so the block is skipped there.
DO $$
BEGIN
  CREATE PUBLICATION powersync FOR TABLE
    concepts, prerequisites, questions, users, cohorts, cohort_members, cohort_coaches,
    test_sittings, attempts, student_mastery, test_results, question_responses,
    student_performance_metrics, sync_upload_errors, benchmark_answer_keys;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'publication powersync not created: %', SQLERRM;
END $$;
