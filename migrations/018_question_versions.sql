-- A question a student may have answered never changes under its id: marks, mastery and the
-- coach's drill-down re-derive correctness from the stored key, so a key changed in place would
-- silently re-mark answers given to the earlier wording. When the content load or a coaching
-- centre's import brings a question whose marking-relevant fields (type, text, options, answer,
-- tolerance) differ from the stored row, the new version is written under a new id and the old
-- row is retired: kept for the history that refers to it, no longer offered for practice, tests
-- or search. Wording-only fields (explanation, Hindi, difficulty) still update in place.
ALTER TABLE questions ADD COLUMN retired_at timestamptz;
