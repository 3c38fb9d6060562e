-- Change capture of test_results names only rows a device can see: a sealed result
-- (published = false: a counted benchmark sitting before its release, migration 006) is in no
-- sync bucket (sync-rules.yaml reads test_results WHERE published = 1), so capturing it made the
-- processor read and evaluate a row only to find it in no bucket. Every counted sitting of a
-- benchmark was captured so when it was scored, during the deadline burst, and again when the
-- release published it.
--
-- What is still captured is everything that can change a bucket: a row that is published after
-- the statement (its id), and a row that was published before it and is not after (the old id:
-- it leaves its bucket, or its key changed). A row sealed both before and after is in no bucket
-- before or after, and has no sync_rows entry (those exist per bucket), so skipping it changes
-- no op. The release's update of 100,000 sealed rows still captures each of them (they are
-- published after it); its anti-join of old and new rows finds no published old row.
--
-- This couples capture to the sync rule's `published = 1` filter: a rule that showed sealed
-- results would need these triggers back on sync_capture_insert/update/delete (migration 003; the update function as migration 022 rewrote it).
-- Sealed rows must never reach a device before release, so no such rule is meant to exist.
-- The PowerSync Service (docs/scale-out.md) replicates from WAL and is not affected.
CREATE FUNCTION sync_capture_published_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sync_changes (source_table, row_id) SELECT TG_TABLE_NAME, n.id::text FROM new_rows n WHERE n.published;
  IF FOUND THEN
    PERFORM pg_notify('sync_changes', '');
  END IF;
  RETURN NULL;
END $$;

-- Planned on every run (EXECUTE), as migration 022 does for sync_capture_update: it joins the
-- old and new transition tables.
CREATE FUNCTION sync_capture_published_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  EXECUTE 'INSERT INTO sync_changes (source_table, row_id)
             SELECT $1, n.id::text FROM new_rows n WHERE n.published
             UNION ALL
             SELECT $1, o.id::text FROM old_rows o
              WHERE o.published AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND n.published)'
    USING TG_TABLE_NAME;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n > 0 THEN
    PERFORM pg_notify('sync_changes', '');
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION sync_capture_published_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sync_changes (source_table, row_id) SELECT TG_TABLE_NAME, o.id::text FROM old_rows o WHERE o.published;
  IF FOUND THEN
    PERFORM pg_notify('sync_changes', '');
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER test_results_sync_ins ON test_results;
DROP TRIGGER test_results_sync_upd ON test_results;
DROP TRIGGER test_results_sync_del ON test_results;
CREATE TRIGGER test_results_sync_ins AFTER INSERT ON test_results
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_published_insert();
CREATE TRIGGER test_results_sync_upd AFTER UPDATE ON test_results
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_published_update();
CREATE TRIGGER test_results_sync_del AFTER DELETE ON test_results
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_published_delete();
