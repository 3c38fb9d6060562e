-- Authoritative scoring, monthly benchmarks, cohort ranking, coach alerts (issue 7; docs/benchmarks.md).
--
-- Answer-key secrecy: the public `questions` table is synced whole (content bucket, answers
-- included), so a benchmark can never draw from it. Benchmark items live in the sealed bank
-- `benchmark_bank` (server-only, never synced). Scheduling copies the paper into
-- `benchmark_questions` (synced to the class, no answer, no explanation) and the keys into
-- `benchmark_answer_keys` (002; synced only once released after the window and grace are over).
-- Scores of benchmark sittings stay in server-only `sitting_scores` until release, so no
-- correctness signal (marks, mastery, per-question results) reaches any device earlier.

-- server: the sealed bank benchmark papers are assembled from (never synced).
CREATE TABLE benchmark_bank (
  id                    text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 80),
  subject               text NOT NULL CHECK (subject IN ('MATH', 'PHYSICS', 'CHEMISTRY')),
  primary_concept_id    text NOT NULL REFERENCES concepts (id),
  secondary_concept_ids text[] NOT NULL DEFAULT '{}',
  type                  text NOT NULL CHECK (type IN ('SINGLE', 'MULTI', 'INTEGER', 'NUMERIC')),
  text                  text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  options               jsonb CHECK (options IS NULL OR jsonb_typeof(options) = 'array'),
  answer                text NOT NULL CHECK (length(answer) BETWEEN 1 AND 40),
  tolerance             double precision CHECK (tolerance >= 0),
  explanation           text NOT NULL DEFAULT '',
  difficulty            smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
  source                text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  year                  smallint CHECK (year BETWEEN 1950 AND 2100),
  image_urls            text[] NOT NULL DEFAULT '{}',
  -- The benchmark that used the item (an item is used once; after release it joins `questions`).
  used_by               text,
  created_at            timestamptz NOT NULL DEFAULT now(),
  CHECK ((type IN ('SINGLE', 'MULTI')) = (options IS NOT NULL))
);
CREATE INDEX benchmark_bank_unused_idx ON benchmark_bank (subject, type) WHERE used_by IS NULL;

-- content: one benchmark per class and month. `id` is the test_id of its sittings.
-- Times: opens_at/closes_at are server instants; grace_s (seconds) extends acceptance of
-- sittings started inside the window; duration_s is the paper's time limit.
CREATE TABLE benchmarks (
  id            text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.-]{1,80}$'),
  standard      smallint NOT NULL CHECK (standard IN (11, 12)),
  month         date NOT NULL CHECK (extract(day FROM month) = 1),
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  pattern       text NOT NULL DEFAULT 'JEE_MAIN' CHECK (pattern IN ('JEE_MAIN', 'JEE_ADVANCED')),
  question_ids  text[] NOT NULL CHECK (cardinality(question_ids) BETWEEN 1 AND 200),
  max_marks     integer NOT NULL CHECK (max_marks > 0),
  duration_s    integer NOT NULL DEFAULT 10800 CHECK (duration_s > 0),
  opens_at      timestamptz NOT NULL,
  closes_at     timestamptz NOT NULL,
  grace_s       integer NOT NULL DEFAULT 0 CHECK (grace_s BETWEEN 0 AND 604800),
  status        text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'released', 'cancelled')),
  released_at   timestamptz,
  ranked_at     timestamptz,
  candidates    integer NOT NULL DEFAULT 0 CHECK (candidates >= 0),
  created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_at > opens_at),
  -- Security: nothing is released before the window and its grace period are over.
  CHECK (status <> 'released' OR released_at >= closes_at + make_interval(secs => grace_s))
);
CREATE UNIQUE INDEX benchmarks_class_month_key ON benchmarks (standard, month) WHERE status <> 'cancelled';

-- content: the paper as devices see it before release: no answer, no explanation, no tolerance.
CREATE TABLE benchmark_questions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  benchmark_id       text NOT NULL REFERENCES benchmarks (id) ON DELETE CASCADE,
  standard           smallint NOT NULL CHECK (standard IN (11, 12)),
  position           smallint NOT NULL CHECK (position >= 1),
  question_id        text NOT NULL,
  subject            text NOT NULL CHECK (subject IN ('MATH', 'PHYSICS', 'CHEMISTRY')),
  type               text NOT NULL CHECK (type IN ('SINGLE', 'MULTI', 'INTEGER', 'NUMERIC')),
  text               text NOT NULL,
  options            jsonb,
  difficulty         smallint NOT NULL,
  primary_concept_id text NOT NULL,
  image_urls         text[] NOT NULL DEFAULT '{}',
  UNIQUE (benchmark_id, question_id),
  UNIQUE (benchmark_id, position)
);

-- server: when the server first received each submission (the trusted clock for windows).
-- Filled by trigger whatever path wrote the sitting; device submitted_at is kept beside it.
CREATE TABLE sitting_submissions (
  sitting_id   uuid PRIMARY KEY REFERENCES test_sittings (id) ON DELETE CASCADE,
  received_at  timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION record_sitting_submission() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sitting_submissions (sitting_id) VALUES (NEW.id) ON CONFLICT (sitting_id) DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER test_sittings_submission_ins AFTER INSERT ON test_sittings
  FOR EACH ROW WHEN (NEW.status = 'submitted') EXECUTE FUNCTION record_sitting_submission();
CREATE TRIGGER test_sittings_submission_upd AFTER UPDATE OF status ON test_sittings
  FOR EACH ROW WHEN (NEW.status = 'submitted' AND OLD.status IS DISTINCT FROM 'submitted') EXECUTE FUNCTION record_sitting_submission();
INSERT INTO sitting_submissions (sitting_id, received_at)
  SELECT id, received_at FROM test_sittings WHERE status = 'submitted';

-- server: the scoring job's record per submitted sitting (never synced: for a benchmark it holds
-- the score before release). state: scored = an ordinary sitting (published to test_results at
-- once); counted = a benchmark sitting that counts (published by the ranking once the benchmark
-- is released; state does not change then, so release rewrites none of these wide rows);
-- refused = a benchmark sitting that does not count (reason_code).
-- answers/marks/times are per paper position (paper order), so release publishes
-- question_responses set-based. stale is set by trigger when attempts arrive after scoring.
CREATE TABLE sitting_scores (
  sitting_id    uuid PRIMARY KEY REFERENCES test_sittings (id) ON DELETE CASCADE,
  student_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  test_id       text NOT NULL,
  benchmark_id  text REFERENCES benchmarks (id) ON DELETE CASCADE,
  state         text NOT NULL CHECK (state IN ('scored', 'counted', 'refused')),
  reason_code   text,
  flags         text[] NOT NULL DEFAULT '{}',
  total_score   integer NOT NULL DEFAULT 0,
  max_marks     integer NOT NULL DEFAULT 0,
  tally         jsonb NOT NULL DEFAULT '{}'::jsonb,
  question_ids  text[] NOT NULL DEFAULT '{}',
  answers       text[] NOT NULL DEFAULT '{}',
  marks         smallint[] NOT NULL DEFAULT '{}',
  times_ms      integer[] NOT NULL DEFAULT '{}',
  ignored_attempts integer NOT NULL DEFAULT 0,
  digest        text NOT NULL,
  stale         boolean NOT NULL DEFAULT false,
  responses_published boolean NOT NULL DEFAULT false,
  scored_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sitting_scores_stale_idx ON sitting_scores (sitting_id) WHERE stale;
CREATE INDEX sitting_scores_benchmark_idx ON sitting_scores (benchmark_id, state) WHERE benchmark_id IS NOT NULL;
CREATE INDEX sitting_scores_unpublished_idx ON sitting_scores (benchmark_id, sitting_id) WHERE benchmark_id IS NOT NULL AND state = 'counted' AND NOT responses_published;
CREATE INDEX test_sittings_test_idx ON test_sittings (test_id, student_id);

-- Attempts that arrive after a sitting was scored make its score stale (the sweep rescoring it
-- is what makes a device's provisional score converge). Statement-level: one UPDATE per upload.
CREATE FUNCTION mark_sitting_scores_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sitting_scores s SET stale = true
    FROM (SELECT DISTINCT sitting_id FROM new_rows WHERE sitting_id IS NOT NULL) n
   WHERE s.sitting_id = n.sitting_id AND NOT s.stale;
  RETURN NULL;
END $$;
CREATE TRIGGER attempts_scores_stale AFTER INSERT ON attempts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_sitting_scores_stale();

-- derived (synced to the student): whether a benchmark submission counts, and why not.
CREATE TABLE benchmark_submission_status (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  benchmark_id        text NOT NULL REFERENCES benchmarks (id) ON DELETE CASCADE,
  student_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  sitting_id          uuid NOT NULL UNIQUE REFERENCES test_sittings (id) ON DELETE CASCADE,
  status              text NOT NULL CHECK (status IN ('counted', 'refused')),
  reason_code         text,
  reason              text,
  flags               text[] NOT NULL DEFAULT '{}',
  received_at         timestamptz NOT NULL,
  device_submitted_at timestamptz,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX benchmark_submission_status_student_idx ON benchmark_submission_status (student_id);

-- derived (synced to the class): top N of a released benchmark. No student ids; a short
-- display name only. A student's own position is their test_results row.
CREATE TABLE benchmark_leaderboard (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  benchmark_id  text NOT NULL REFERENCES benchmarks (id) ON DELETE CASCADE,
  standard      smallint NOT NULL CHECK (standard IN (11, 12)),
  position      smallint NOT NULL CHECK (position >= 1),
  rank          integer NOT NULL CHECK (rank >= 1),
  display_name  text NOT NULL,
  total_score   integer NOT NULL,
  percentile    numeric(10, 7) NOT NULL,
  UNIQUE (benchmark_id, position)
);

-- derived (synced to the coaches of the cohort): students a coach should look at.
CREATE TABLE coach_alerts (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id   uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  student_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('LOW_BENCHMARK_RANK', 'BURNOUT_RISK')),
  -- What the alert is about: a benchmark id, or the metrics date (YYYY-MM-DD).
  ref         text NOT NULL,
  severity    text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  message     text NOT NULL,
  details     jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cohort_id, student_id, kind, ref)
);
CREATE INDEX coach_alerts_student_idx ON coach_alerts (student_id);

-- Nightly metrics: one row per student and measurement day, so a rerun replaces, never adds.
CREATE UNIQUE INDEX student_performance_metrics_day_key ON student_performance_metrics (student_id, measured_at);

SELECT sync_capture_table(t) FROM unnest(ARRAY[
  'benchmarks', 'benchmark_questions', 'benchmark_submission_status', 'benchmark_leaderboard', 'coach_alerts'
]) AS t;

DO $$
BEGIN
  ALTER PUBLICATION powersync ADD TABLE benchmarks, benchmark_questions, benchmark_submission_status, benchmark_leaderboard, coach_alerts;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'publication powersync not extended: %', SQLERRM;
END $$;
