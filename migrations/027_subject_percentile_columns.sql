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
-- is all the scoring job ever writes into it. Existing percentiles are moved where they are what
-- the ranking wrote (a number from 0 to 100 with at most 7 decimals); anything else (never
-- written by this code: imported or hand-edited rows) stays where it is, in `subject_scores`,
-- rather than fail the migration or be rounded. The update is change-captured like any other, so
-- devices holding a released result receive it in the new shape.
CREATE FUNCTION pg_temp.stored_percentile(v jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(v) = 'number' AND (v #>> '{}')::numeric BETWEEN 0 AND 100
                   AND (v #>> '{}')::numeric = round((v #>> '{}')::numeric, 7)
              THEN (v #>> '{}')::numeric END
$$;
ALTER TABLE test_results
  ADD COLUMN math_percentile numeric(10, 7) CHECK (math_percentile BETWEEN 0 AND 100),
  ADD COLUMN physics_percentile numeric(10, 7) CHECK (physics_percentile BETWEEN 0 AND 100),
  ADD COLUMN chemistry_percentile numeric(10, 7) CHECK (chemistry_percentile BETWEEN 0 AND 100);

UPDATE test_results
   SET math_percentile = pg_temp.stored_percentile(subject_scores #> '{MATH,percentile}'),
       physics_percentile = pg_temp.stored_percentile(subject_scores #> '{PHYSICS,percentile}'),
       chemistry_percentile = pg_temp.stored_percentile(subject_scores #> '{CHEMISTRY,percentile}'),
       subject_scores = subject_scores
         #- CASE WHEN pg_temp.stored_percentile(subject_scores #> '{MATH,percentile}') IS NOT NULL THEN '{MATH,percentile}' ELSE '{}' END::text[]
         #- CASE WHEN pg_temp.stored_percentile(subject_scores #> '{PHYSICS,percentile}') IS NOT NULL THEN '{PHYSICS,percentile}' ELSE '{}' END::text[]
         #- CASE WHEN pg_temp.stored_percentile(subject_scores #> '{CHEMISTRY,percentile}') IS NOT NULL THEN '{CHEMISTRY,percentile}' ELSE '{}' END::text[],
       updated_at = now()
 WHERE pg_temp.stored_percentile(subject_scores #> '{MATH,percentile}') IS NOT NULL
    OR pg_temp.stored_percentile(subject_scores #> '{PHYSICS,percentile}') IS NOT NULL
    OR pg_temp.stored_percentile(subject_scores #> '{CHEMISTRY,percentile}') IS NOT NULL;
DROP FUNCTION pg_temp.stored_percentile(jsonb);
