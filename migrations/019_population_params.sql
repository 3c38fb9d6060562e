-- The mastery model's population parameters (question and concept easiness, count and recency
-- coefficients, the new-student prior), fitted nightly by the server on every student's answers
-- as the server marks them (`engine.calibrate`), one row per model. Synced in the content bucket:
-- devices and the server's own mastery fold start every student from the same parameters.
CREATE TABLE model_params (
  id          text PRIMARY KEY CHECK (id = 'population'),
  params      jsonb NOT NULL,
  answers     integer NOT NULL CHECK (answers >= 0),
  students    integer NOT NULL CHECK (students >= 0),
  fitted_at   timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
SELECT sync_capture_table('model_params');
