-- A scored sitting whose scoring inputs change (a later submission stamp from another device,
-- its paper, pattern, times or owner) is stale, exactly as when an answer arrives after scoring:
-- the scoring backlog (unscored submissions and stale scores) is then the whole of the pending
-- work, so a job that drains the backlog needs no list of sitting ids from the upload.
-- Statement-level like attempts_scores_stale: one UPDATE per upload whatever its size.
CREATE FUNCTION mark_edited_sitting_scores_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sitting_scores s SET stale = true
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE s.sitting_id = n.id AND NOT s.stale
     AND (n.status, n.submitted_at, n.field_hlc->>'status', n.question_ids, n.pattern, n.test_id, n.test_type, n.started_at, n.student_id)
         IS DISTINCT FROM (o.status, o.submitted_at, o.field_hlc->>'status', o.question_ids, o.pattern, o.test_id, o.test_type, o.started_at, o.student_id);
  RETURN NULL;
END $$;
CREATE TRIGGER test_sittings_scores_stale AFTER UPDATE ON test_sittings
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_edited_sitting_scores_stale();

-- Submissions not scored yet, found through a partial index rather than an anti-join of every
-- submission ever received with every score (a full scan of both per backlog claim, however
-- small the backlog). Set when the submission is recorded, cleared when scoring wrote its result.
ALTER TABLE sitting_submissions ADD COLUMN pending boolean NOT NULL DEFAULT true;
UPDATE sitting_submissions sub SET pending = false WHERE EXISTS (SELECT 1 FROM sitting_scores sc WHERE sc.sitting_id = sub.sitting_id);
CREATE INDEX sitting_submissions_pending_idx ON sitting_submissions (received_at) WHERE pending;
