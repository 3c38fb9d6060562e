-- Foundation schema. Table classes (ARCHITECTURE.md):
--   events   : grow-only, client-generated UUIDv7 ids, replays are no-ops
--   lww      : per-field last-writer-wins by HLC (field_hlc holds the stamp of each field)
--   derived  : written only by the server from events
--   content  : written only by admins / the server
--   server   : never synced (auth, audit)
-- HLC stamps are fixed-width strings, so text ordering is HLC ordering.

-- server: identity and profile (profile fields are lww; secrets never leave the server)
CREATE TABLE users (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email           text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  password_hash   text NOT NULL,
  role            text NOT NULL DEFAULT 'student' CHECK (role IN ('student', 'coach', 'admin')),
  full_name       text CHECK (length(full_name) <= 120),
  phone           text CHECK (length(phone) <= 20),
  standard        smallint CHECK (standard IN (11, 12)),
  coaching_center text CHECK (length(coaching_center) <= 120),
  exam_target     date,
  language        text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'hi')),
  field_hlc       jsonb NOT NULL DEFAULT '{}'::jsonb,
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'deletion_pending')),
  failed_logins   integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until    timestamptz,
  last_login      timestamptz,
  is_premium      boolean NOT NULL DEFAULT false,
  is_dropped      boolean NOT NULL DEFAULT false,
  join_date       timestamptz NOT NULL DEFAULT now(),
  deletion_requested_at timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  -- A student always has a class; coaches and admins have none.
  CHECK (role <> 'student' OR standard IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_standard_idx ON users (standard) WHERE role = 'student';
CREATE INDEX users_last_login_idx ON users (last_login);

-- server: rotating refresh tokens, stored as sha256 hashes; a family is one sign-in.
CREATE TABLE refresh_tokens (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id   uuid NOT NULL,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash  text NOT NULL UNIQUE,
  issued_at   timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  revoked_at  timestamptz,
  CHECK (expires_at > issued_at)
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- content: the syllabus graph and the question bank
CREATE TABLE concepts (
  id          text PRIMARY KEY CHECK (id ~ '^[A-Z][A-Z0-9_.-]*$' AND length(id) <= 40),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  subject     text NOT NULL CHECK (subject IN ('MATH', 'PHYSICS', 'CHEMISTRY')),
  unit        text NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
  layer       smallint NOT NULL CHECK (layer BETWEEN 1 AND 4),
  difficulty  smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
  exam_weight double precision NOT NULL CHECK (exam_weight BETWEEN 0 AND 1),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX concepts_subject_idx ON concepts (subject, unit);
CREATE INDEX concepts_layer_idx ON concepts (layer);

CREATE TABLE prerequisites (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  concept_id      text NOT NULL REFERENCES concepts (id) ON DELETE CASCADE,
  prerequisite_id text NOT NULL REFERENCES concepts (id) ON DELETE CASCADE,
  weight          double precision NOT NULL CHECK (weight BETWEEN 0 AND 1),
  criticality     text NOT NULL CHECK (criticality IN ('HARD', 'SOFT')),
  transfer        double precision NOT NULL CHECK (transfer BETWEEN 0 AND 1),
  UNIQUE (concept_id, prerequisite_id),
  CHECK (concept_id <> prerequisite_id)
);
CREATE INDEX prerequisites_prerequisite_idx ON prerequisites (prerequisite_id);

CREATE TABLE questions (
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
  generator             jsonb,
  -- Import key: re-importing the same external row updates instead of duplicating.
  import_key            text UNIQUE,
  usage_count           integer NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
  search                tsvector GENERATED ALWAYS AS (
                          to_tsvector('english', coalesce(text, '') || ' ' || coalesce(explanation, ''))
                        ) STORED,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK ((type IN ('SINGLE', 'MULTI')) = (options IS NOT NULL))
);
CREATE INDEX questions_concept_idx ON questions (primary_concept_id, difficulty);
CREATE INDEX questions_subject_idx ON questions (subject, difficulty);
CREATE INDEX questions_source_idx ON questions (source, year);
CREATE INDEX questions_search_idx ON questions USING gin (search);

-- coaching structure: which students a coach may see
CREATE TABLE cohorts (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  standard    smallint CHECK (standard IN (11, 12)),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE cohort_members (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id   uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  student_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  joined_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cohort_id, student_id)
);
CREATE INDEX cohort_members_student_idx ON cohort_members (student_id);
CREATE TABLE cohort_coaches (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id   uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  coach_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cohort_id, coach_id)
);
CREATE INDEX cohort_coaches_coach_idx ON cohort_coaches (coach_id);

-- lww: one sitting of a test on a device; status only moves forward
CREATE TABLE test_sittings (
  id             uuid PRIMARY KEY,
  student_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  test_id        text NOT NULL CHECK (length(test_id) BETWEEN 1 AND 80),
  test_type      text NOT NULL CHECK (test_type IN ('DIAGNOSTIC', 'WEEKLY', 'MONTHLY', 'PRACTICE')),
  pattern        text NOT NULL DEFAULT 'JEE_MAIN' CHECK (pattern IN ('JEE_MAIN', 'JEE_ADVANCED')),
  question_ids   text[] NOT NULL,
  status         text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted')),
  started_at     timestamptz NOT NULL,
  submitted_at   timestamptz,
  duration_limit_s integer CHECK (duration_limit_s > 0),
  field_hlc      jsonb NOT NULL DEFAULT '{}'::jsonb,
  received_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'submitted' OR submitted_at IS NOT NULL)
);
CREATE INDEX test_sittings_student_idx ON test_sittings (student_id, started_at);

-- events: every answer saved on a device (practice or test); the latest per (sitting, question)
-- by HLC is the sitting's answer. Device time is kept beside server receipt time.
CREATE TABLE attempts (
  id               uuid PRIMARY KEY,
  student_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  sitting_id       uuid REFERENCES test_sittings (id) ON DELETE CASCADE,
  question_id      text NOT NULL,
  concept_id       text NOT NULL,
  answer           text CHECK (length(answer) <= 40),
  is_correct       boolean,
  response_time_ms integer NOT NULL CHECK (response_time_ms BETWEEN 0 AND 86400000),
  device_time      timestamptz NOT NULL,
  hlc              text NOT NULL CHECK (length(hlc) BETWEEN 20 AND 80),
  received_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attempts_student_idx ON attempts (student_id, hlc);
CREATE INDEX attempts_sitting_idx ON attempts (sitting_id, question_id, hlc) WHERE sitting_id IS NOT NULL;

-- derived: the server's mastery and review schedule per student and concept
CREATE TABLE student_mastery (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  student_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  concept_id       text NOT NULL REFERENCES concepts (id) ON DELETE CASCADE,
  mastery_level    double precision NOT NULL DEFAULT 0 CHECK (mastery_level BETWEEN 0 AND 1),
  times_attempted  integer NOT NULL DEFAULT 0 CHECK (times_attempted >= 0),
  times_correct    integer NOT NULL DEFAULT 0 CHECK (times_correct BETWEEN 0 AND times_attempted),
  accuracy         double precision CHECK (accuracy BETWEEN 0 AND 1),
  first_attempted  timestamptz,
  last_reviewed    timestamptz,
  next_review_date timestamptz,
  review_count     integer NOT NULL DEFAULT 0 CHECK (review_count >= 0),
  stability        double precision CHECK (stability >= 0),
  fsrs_difficulty  double precision,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (student_id, concept_id)
);
-- Query 1 (next topics): one student's due concepts, weakest first.
CREATE INDEX student_mastery_next_topics_idx
  ON student_mastery (student_id, mastery_level) INCLUDE (next_review_date, concept_id);
CREATE INDEX student_mastery_concept_idx ON student_mastery (concept_id);

-- derived: the authoritative result of a sitting
CREATE TABLE test_results (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  student_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  sitting_id      uuid UNIQUE REFERENCES test_sittings (id) ON DELETE CASCADE,
  test_id         text NOT NULL,
  test_type       text NOT NULL CHECK (test_type IN ('DIAGNOSTIC', 'WEEKLY', 'MONTHLY', 'PRACTICE')),
  total_score     integer NOT NULL,
  total_marks     integer NOT NULL CHECK (total_marks >= 0),
  accuracy        double precision CHECK (accuracy BETWEEN 0 AND 1),
  subject_scores  jsonb NOT NULL DEFAULT '{}'::jsonb,
  start_time      timestamptz,
  end_time        timestamptz,
  duration_seconds integer CHECK (duration_seconds >= 0),
  estimated_rank  integer CHECK (estimated_rank > 0),
  percentile      numeric(10, 7) CHECK (percentile BETWEEN 0 AND 100),
  global_rank     integer CHECK (global_rank > 0),
  standard        smallint CHECK (standard IN (11, 12)),
  test_date       date NOT NULL,
  submitted_at    timestamptz NOT NULL DEFAULT now(),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- Query 2 (monthly ranking): one test and class, best first.
CREATE INDEX test_results_ranking_idx ON test_results (test_id, standard, total_score DESC) INCLUDE (student_id, percentile);
-- Query 3 (diagnostic summary): a student's results of one type.
CREATE INDEX test_results_student_type_idx ON test_results (student_id, test_type, test_date);

-- derived: per-question marking of a result
CREATE TABLE question_responses (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  test_result_id   uuid NOT NULL REFERENCES test_results (id) ON DELETE CASCADE,
  student_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  question_id      text NOT NULL,
  student_answer   text,
  correct_answer   text,
  is_correct       boolean,
  marks_awarded    integer NOT NULL,
  response_time_ms integer CHECK (response_time_ms >= 0),
  is_first_attempt boolean NOT NULL DEFAULT true,
  concept_id       text,
  difficulty       smallint CHECK (difficulty BETWEEN 1 AND 5),
  subject          text CHECK (subject IN ('MATH', 'PHYSICS', 'CHEMISTRY')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (test_result_id, question_id)
);
CREATE INDEX question_responses_student_idx ON question_responses (student_id, test_result_id) INCLUDE (subject, is_correct);
CREATE INDEX question_responses_question_idx ON question_responses (question_id);

-- derived: nightly metrics
CREATE TABLE student_performance_metrics (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  student_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  math_mastery      double precision CHECK (math_mastery BETWEEN 0 AND 1),
  physics_mastery   double precision CHECK (physics_mastery BETWEEN 0 AND 1),
  chemistry_mastery double precision CHECK (chemistry_mastery BETWEEN 0 AND 1),
  overall_mastery   double precision CHECK (overall_mastery BETWEEN 0 AND 1),
  accuracy_trend    double precision CHECK (accuracy_trend BETWEEN -1 AND 1),
  consistency_score double precision CHECK (consistency_score BETWEEN 0 AND 1),
  fatigue_score     double precision CHECK (fatigue_score BETWEEN 0 AND 1),
  stress_score      double precision CHECK (stress_score BETWEEN 0 AND 1),
  burnout_risk      double precision CHECK (burnout_risk BETWEEN 0 AND 1),
  burnout_reasons   jsonb NOT NULL DEFAULT '[]'::jsonb,
  confidence_level  double precision CHECK (confidence_level BETWEEN 0 AND 1),
  motivation_score  double precision CHECK (motivation_score BETWEEN 0 AND 1),
  predicted_rank    integer CHECK (predicted_rank > 0),
  rank_improvement  integer,
  measured_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX student_performance_metrics_student_idx ON student_performance_metrics (student_id, measured_at DESC);

-- server: who did what, for admins
CREATE TABLE audit_log (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id      uuid,
  action        text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  resource_type text NOT NULL CHECK (length(resource_type) BETWEEN 1 AND 50),
  resource_id   text,
  changes       jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip_address    inet,
  "timestamp"   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, "timestamp" DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, "timestamp" DESC);

-- events (device telemetry, append-only); plain table with BRIN on time instead of TimescaleDB
CREATE TABLE telemetry (
  id          uuid PRIMARY KEY,
  "time"      timestamptz NOT NULL,
  student_id  uuid REFERENCES users (id) ON DELETE CASCADE,
  event_type  text NOT NULL CHECK (length(event_type) BETWEEN 1 AND 50),
  data        jsonb NOT NULL DEFAULT '{}'::jsonb,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX telemetry_student_idx ON telemetry (student_id, "time");
CREATE INDEX telemetry_time_brin ON telemetry USING brin ("time");
