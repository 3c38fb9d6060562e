-- Change capture of an update plans its query on every run (EXECUTE), for the row counts of the
-- statement that fired it. As static PL/pgSQL the query's plan was cached for the session at the
-- trigger's first run there: a pooled session whose first update of a table touched no row or one
-- kept a nested-loop anti-join of the old and new transition tables, and reused it for the next
-- update of 100,000 rows, comparing every old row with every new one (the rank step's release of
-- a benchmark took 160 s instead of ~1 s in bench:ranking; a 5,000-row update 402 ms instead of
-- 27 ms in a reproduction). Planning costs well under a millisecond per statement.
-- The query is the one migration 006 installed: the new ids, and old ids only where a key changed.
-- Of the other triggers over transition tables, only migration 017's (below) joins one with the
-- other; the rest read them alone or probe an index per row, which no cached plan makes quadratic.
CREATE OR REPLACE FUNCTION sync_capture_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'INSERT INTO sync_changes (source_table, row_id)
             SELECT $1, n.id::text FROM new_rows n
             UNION ALL
             SELECT $1, o.id::text FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)'
    USING TG_TABLE_NAME;
  PERFORM pg_notify('sync_changes', '');
  RETURN NULL;
END $$;

-- The same for the trigger that marks a scored sitting stale when its scoring inputs change
-- (migration 017): its join of the new and old transition tables had the same exposure (a
-- session that first updated one sitting would compare every old row with every new one on its
-- next large update of test_sittings).
CREATE OR REPLACE FUNCTION mark_edited_sitting_scores_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'UPDATE sitting_scores s SET stale = true
             FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE s.sitting_id = n.id AND NOT s.stale
              AND (n.status, n.submitted_at, n.field_hlc->>''status'', n.question_ids, n.pattern, n.test_id, n.test_type, n.started_at, n.student_id)
                  IS DISTINCT FROM (o.status, o.submitted_at, o.field_hlc->>''status'', o.question_ids, o.pattern, o.test_id, o.test_type, o.started_at, o.student_id)';
  RETURN NULL;
END $$;
