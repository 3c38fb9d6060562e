-- The mastery model's population parameters (question and concept easiness, count and recency
-- coefficients, the new-student prior), fitted weekly by the server on every student's answers
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

-- Difficulty as the population answered it: the same job sets a question's level 1–5 from the
-- fitted model's chance that a new student answers it right, once at least 30 students' answers
-- back it, and how many answers that was. The author's `difficulty` stays (the model reads it
-- as a feature, and it is what a question without answers is labelled by).
ALTER TABLE questions
  ADD COLUMN calibrated_difficulty smallint CHECK (calibrated_difficulty BETWEEN 1 AND 5),
  ADD COLUMN calibrated_answers integer NOT NULL DEFAULT 0 CHECK (calibrated_answers >= 0);

-- The PowerSync Service (scale-out) replicates through this publication, as for the other synced tables.
DO $$
BEGIN
  ALTER PUBLICATION powersync ADD TABLE model_params;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'publication powersync not extended: %', SQLERRM;
END $$;
