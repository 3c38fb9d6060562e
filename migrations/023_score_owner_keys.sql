-- A sitting's score and its benchmark submission status name the sitting and its owner. Each was
-- checked by two foreign keys per row (the sitting, then the student in users), so scoring a
-- batch of 2,000 sittings ran 4,000 key checks whose second half proved nothing the first did
-- not, once the owner is the sitting's: measured ~25 ms of database CPU per batch of 2,000
-- sittings (inserts of the two tables 215-227 -> 191-195 ms).
-- Dropping and adding the keys locks users and test_sittings until this migration commits
-- (including the scans that validate the new keys): run it before serving, as migrations are.
-- One key on the pair replaces both: the row's student must be its sitting's owner (stronger
-- than before, when any existing user passed), a deleted sitting or user still removes the rows
-- (users -> test_sittings -> these, all ON DELETE CASCADE), and each row costs one check.
-- test_results keeps its own keys: a result may have no sitting (seeded or imported rows), and
-- then its student key is the only one it has.
--
-- Rows whose student is not the sitting's owner cannot be produced by the scoring job (it copies
-- the sitting's owner); should any exist, they take the owner's id, as the job would write them.
UPDATE sitting_scores sc SET student_id = s.student_id
  FROM test_sittings s WHERE s.id = sc.sitting_id AND sc.student_id <> s.student_id;
UPDATE benchmark_submission_status b SET student_id = s.student_id
  FROM test_sittings s WHERE s.id = b.sitting_id AND b.student_id <> s.student_id;

ALTER TABLE sitting_scores
  DROP CONSTRAINT sitting_scores_sitting_id_fkey,
  DROP CONSTRAINT sitting_scores_student_id_fkey,
  ADD CONSTRAINT sitting_scores_sitting_owner_fkey FOREIGN KEY (sitting_id, student_id)
    REFERENCES test_sittings (id, student_id) ON DELETE CASCADE;

ALTER TABLE benchmark_submission_status
  DROP CONSTRAINT benchmark_submission_status_sitting_id_fkey,
  DROP CONSTRAINT benchmark_submission_status_student_id_fkey,
  ADD CONSTRAINT benchmark_submission_status_sitting_owner_fkey FOREIGN KEY (sitting_id, student_id)
    REFERENCES test_sittings (id, student_id) ON DELETE CASCADE;
