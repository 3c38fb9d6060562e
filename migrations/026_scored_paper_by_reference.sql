-- A benchmark sitting's score row named its paper's question ids in full (`question_ids`, 75
-- texts, about 920 bytes before compression), the same array in every score row of the
-- benchmark: with it the row (about 2,500 bytes) went over Postgres's inline limit (about 2 KB),
-- so every insert compressed it (stored: the ids 280 bytes, the row 1,850), and the scoring of a
-- deadline burst did that, and wrote and WAL-logged the ids, 100,000 times. Now NULL means "the
-- benchmark's own paper" (`benchmarks.question_ids`, in its order), which is what it held whenever
-- every question of the paper had its key. The scoring job writes NULL only then, and always
-- explicitly (server/src/scoring/decide.ts); any other paper (a key missing, a sitting of no
-- benchmark) is written out as its keyed ids, and a row inserted without the column still gets
-- the empty array. Readers take `coalesce(sc.question_ids, b.question_ids)` (the release's
-- per-question responses in rank-benchmark.ts, the user's data export in privacy/user-data.ts).
-- Rows written before keep their arrays; a rescore writes them in the new form (their digest
-- covers the column).
ALTER TABLE sitting_scores ALTER COLUMN question_ids DROP NOT NULL;
-- The check scans the existing rows (every one names its paper) with sitting_scores locked until
-- this migration commits: run it before serving, as migrations are (they run in one transaction).
ALTER TABLE sitting_scores ADD CONSTRAINT sitting_scores_paper_named CHECK (question_ids IS NOT NULL OR benchmark_id IS NOT NULL);

-- The reference is only sound while a benchmark's paper cannot change under the scores that
-- point at it. Nothing in the application updates it (a benchmark is created with its paper and
-- only its status and times change after); this makes it a rule of the database. (A benchmark
-- is never deleted by the application either: cancelling keeps the row. Deleting one removes
-- its scores with it, by their benchmark_id key.)
CREATE FUNCTION benchmarks_paper_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the paper of benchmark % cannot change once created (question_ids)', OLD.id
    USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER benchmarks_paper_fixed BEFORE UPDATE OF question_ids ON benchmarks
  FOR EACH ROW WHEN (NEW.question_ids IS DISTINCT FROM OLD.question_ids) EXECUTE FUNCTION benchmarks_paper_fixed();
