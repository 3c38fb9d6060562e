-- A benchmark sitting's score row named its paper's question ids in full (`question_ids`, 75
-- texts, about 920 of the row's 1,930 bytes), the same array for every sitting of the benchmark:
-- the scoring of a deadline burst parsed, wrote and WAL-logged it 100,000 times, and the rank read
-- it back with every counted row. Now NULL means "the benchmark's own paper"
-- (`benchmarks.question_ids`, in its order), which is what it held whenever every question of the
-- paper had its key. The scoring job writes NULL only then (server/src/scoring/decide.ts); any
-- other paper (a key missing, a sitting that is not a benchmark's) is still written in full.
-- Readers take `coalesce(sc.question_ids, b.question_ids)` (the release's per-question responses
-- in rank-benchmark.ts, the user's data export in privacy/user-data.ts). Rows written before keep
-- their arrays; a rescore writes them in the new form (their digest covers the column).
ALTER TABLE sitting_scores ALTER COLUMN question_ids DROP NOT NULL, ALTER COLUMN question_ids DROP DEFAULT;
ALTER TABLE sitting_scores ADD CONSTRAINT sitting_scores_paper_named CHECK (question_ids IS NOT NULL OR benchmark_id IS NOT NULL);

-- The reference is only sound while a benchmark's paper cannot change under the scores that
-- point at it. Nothing in the application updates it (a benchmark is created with its paper and
-- only its status and times change after); this makes it a rule of the database.
CREATE FUNCTION benchmarks_paper_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the paper of benchmark % cannot change once created (question_ids)', OLD.id
    USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER benchmarks_paper_fixed BEFORE UPDATE OF question_ids ON benchmarks
  FOR EACH ROW WHEN (NEW.question_ids IS DISTINCT FROM OLD.question_ids) EXECUTE FUNCTION benchmarks_paper_fixed();
