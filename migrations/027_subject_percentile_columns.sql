-- A benchmark result's subject percentiles move out of `subject_scores` into three columns of
-- their own, beside the total's `percentile`. They were JSON numbers inside each subject's tally
-- (`subject_scores.MATH.percentile` …), so the ranking's publishing update rebuilt the whole
-- `subject_scores` value of every counted result (three nested `jsonb_set`s, 100,000 times at a
-- deadline) and wrote the rebuilt value again: it is two thirds of the row (about 420 of 620
-- bytes), and a changed middle column also keeps the WAL record of an update on the same page
-- from sharing the unchanged part with the old row version. With columns the update sets six
-- scalars and leaves `subject_scores` alone. Measured on a 100,000-sitting bench database (rank
-- in a rolled-back transaction after a checkpoint, both codes producing the same standings):
-- publishing update 3.23-3.31 -> 2.23-2.25 s, WAL 134 -> 96 MB (docs/benchmarks.md, session 16).
--
-- `subject_scores` keeps the tallies only (marks, right, wrong, unanswered per subject), which
-- is all the scoring job ever writes into it. Existing percentiles are moved (numbers only: the
-- ranking never wrote anything else there); the update is change-captured like any other, so
-- devices holding a released result receive it in the new shape.
ALTER TABLE test_results
  ADD COLUMN math_percentile numeric(10, 7) CHECK (math_percentile BETWEEN 0 AND 100),
  ADD COLUMN physics_percentile numeric(10, 7) CHECK (physics_percentile BETWEEN 0 AND 100),
  ADD COLUMN chemistry_percentile numeric(10, 7) CHECK (chemistry_percentile BETWEEN 0 AND 100);

UPDATE test_results
   SET math_percentile = CASE WHEN jsonb_typeof(subject_scores #> '{MATH,percentile}') = 'number' THEN (subject_scores #>> '{MATH,percentile}')::numeric END,
       physics_percentile = CASE WHEN jsonb_typeof(subject_scores #> '{PHYSICS,percentile}') = 'number' THEN (subject_scores #>> '{PHYSICS,percentile}')::numeric END,
       chemistry_percentile = CASE WHEN jsonb_typeof(subject_scores #> '{CHEMISTRY,percentile}') = 'number' THEN (subject_scores #>> '{CHEMISTRY,percentile}')::numeric END,
       subject_scores = subject_scores
         #- CASE WHEN jsonb_typeof(subject_scores #> '{MATH,percentile}') = 'number' THEN '{MATH,percentile}' ELSE '{}' END::text[]
         #- CASE WHEN jsonb_typeof(subject_scores #> '{PHYSICS,percentile}') = 'number' THEN '{PHYSICS,percentile}' ELSE '{}' END::text[]
         #- CASE WHEN jsonb_typeof(subject_scores #> '{CHEMISTRY,percentile}') = 'number' THEN '{CHEMISTRY,percentile}' ELSE '{}' END::text[],
       updated_at = now()
 WHERE jsonb_typeof(subject_scores #> '{MATH,percentile}') = 'number'
    OR jsonb_typeof(subject_scores #> '{PHYSICS,percentile}') = 'number'
    OR jsonb_typeof(subject_scores #> '{CHEMISTRY,percentile}') = 'number';
