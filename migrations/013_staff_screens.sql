-- The class a sealed benchmark item is for: 11 when its primary concept's unit is taught in class
-- 11, else 12 (server/src/seed/unit-classes.ts). A class 11 paper draws only class 11 items; a
-- class 12 paper draws from the whole syllabus, as the exam does. Rows written before this column
-- existed are classified by the seed step at the next start (NULL until then counts as class 12).
ALTER TABLE benchmark_bank ADD COLUMN standard smallint CHECK (standard IN (11, 12));
CREATE INDEX benchmark_bank_unused_class_idx ON benchmark_bank (standard, subject, type) WHERE used_by IS NULL;
