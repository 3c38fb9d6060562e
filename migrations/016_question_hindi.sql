-- The Hindi rendering of a question ("View in" हिन्दी): {text, options, explanation}, options null
-- when they are language-neutral. NULL = English only (JEEBench and imported papers). Scoring
-- never reads it: answer and tolerance are the same in both languages.
ALTER TABLE questions ADD COLUMN hi jsonb CHECK (hi IS NULL OR jsonb_typeof(hi) = 'object');
