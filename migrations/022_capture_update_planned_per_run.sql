-- Change capture of an update plans its query on every run (EXECUTE), for the row counts of the
-- statement that fired it. As static PL/pgSQL the query's plan was cached for the session at the
-- trigger's first run there: a pooled session whose first update of a table touched no row or one
-- kept a nested-loop anti-join of the old and new transition tables, and reused it for the next
-- update of 100,000 rows, comparing every old row with every new one (the rank step's release of
-- a benchmark took 160 s instead of ~1 s in bench:ranking; a 5,000-row update 402 ms instead of
-- 27 ms in a reproduction). Planning costs well under a millisecond per statement.
-- The query is the one migration 006 installed: the new ids, and old ids only where a key changed.
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
