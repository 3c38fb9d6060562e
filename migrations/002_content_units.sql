-- content: syllabus units (the knowledge map groups concepts by them), and the version of the
-- repository content last loaded, so a start loads changed content and skips unchanged content.
CREATE TABLE units (
  id          text PRIMARY KEY CHECK (id ~ '^[MPC]\.U[0-9]{2}$'),
  subject     text NOT NULL CHECK (subject IN ('MATH', 'PHYSICS', 'CHEMISTRY')),
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  ordinal     smallint NOT NULL CHECK (ordinal >= 1),
  exam_weight double precision NOT NULL CHECK (exam_weight BETWEEN 0 AND 1),
  UNIQUE (subject, ordinal)
);

CREATE TABLE content_state (
  key        text PRIMARY KEY,
  version    text NOT NULL,
  loaded_at  timestamptz NOT NULL DEFAULT now()
);

-- Search covers the concept's and unit's names too, so "definite integral" finds questions whose
-- text is only a formula. `keywords` is filled from the graph when a question is written.
ALTER TABLE questions ADD COLUMN keywords text NOT NULL DEFAULT '';
ALTER TABLE questions DROP COLUMN search;
ALTER TABLE questions ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', keywords), 'A') ||
  setweight(to_tsvector('english', text), 'B') ||
  setweight(to_tsvector('english', explanation), 'C')
) STORED;
CREATE INDEX questions_search_idx ON questions USING gin (search);
CREATE INDEX questions_secondary_concepts_idx ON questions USING gin (secondary_concept_ids);

-- HLC stamps compare byte-wise everywhere (devices' SQLite does); a linguistic collation could
-- order two stamps differently on the server, so every HLC column uses the C collation.
ALTER TABLE attempts ALTER COLUMN hlc TYPE text COLLATE "C";
