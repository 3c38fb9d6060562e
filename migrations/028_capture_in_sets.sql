-- Change capture of a large statement writes one `sync_changes` row per thousand rows changed,
-- naming them in `row_ids`, instead of one row per changed row. A benchmark's release publishes 100,000
-- results in one statement, and its capture inserted 100,000 change rows (each a heap tuple, an
-- index entry, a sequence value and two WAL records: 203,576 records, 19 MB): 618 of the
-- publishing update's 2,219 ms on a slow machine. The same holds for any large statement (a
-- content import, a nightly job, bench:sync's 100,000-row transaction).
--
-- `row_id` becomes `single_row_id` (one row, as written before this migration, by hand, and for
-- small statements): a change row names either one row or a set of up to 1,000, never both. The
-- rename is on purpose: a processor of the code before this migration (another instance not yet
-- upgraded when this one migrated) reads `row_id`, and would have taken a set row for a row with
-- no id, deleted it and published nothing for its thousand rows; it now fails on the missing
-- column, retries, and leaves the change rows to an upgraded processor. `n` is how many, stored so that the
-- processor (server/src/sync/processor.ts) can bound a chunk by rows named without reading the
-- arrays. The arrays are stored out of line without compression (random uuid texts give LZ little
-- to find, and trying would cost CPU on every large capture). The processor takes whole change rows, as before, so a chunk holds
-- at most 999 rows more than its size; what it does with the ids is unchanged.
ALTER TABLE sync_changes RENAME COLUMN row_id TO single_row_id;
ALTER TABLE sync_changes
  ALTER COLUMN single_row_id DROP NOT NULL,
  ADD COLUMN row_ids text[],
  ADD COLUMN n integer GENERATED ALWAYS AS (coalesce(cardinality(row_ids), 1)) STORED,
  ADD CONSTRAINT sync_changes_names_rows CHECK ((single_row_id IS NULL) <> (row_ids IS NULL) AND (row_ids IS NULL OR cardinality(row_ids) BETWEEN 1 AND 1000));
ALTER TABLE sync_changes ALTER COLUMN row_ids SET STORAGE EXTERNAL;

-- The functions keep their names, so every trigger that calls them (migrations 003, 004, 005 and
-- later, on every synced table) uses them from now on. What each captures is unchanged: insert
-- and delete every row; update every new row, and an old row only where a key changed (planned
-- per run, migration 022); test_results only rows published after the statement or before it
-- (migration 025). A statement of up to 64 rows is captured one change row per row, exactly as
-- before: the grouping costs a small statement more than it saves (an upload's single-row update
-- went from 0.52 to 0.70 ms with every statement grouped, most of it planning the grouped query
-- per run). Larger ones are grouped in arrival order, a thousand rows to a change row; telling the
-- two apart is a count of the transition table (its static query's plan is cached).
CREATE OR REPLACE FUNCTION sync_capture_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM new_rows) <= 64 THEN
    INSERT INTO sync_changes (source_table, single_row_id) SELECT TG_TABLE_NAME, n.id::text FROM new_rows n;
  ELSE
    INSERT INTO sync_changes (source_table, row_ids)
      SELECT TG_TABLE_NAME, array_agg(id) FROM (SELECT n.id::text AS id, (row_number() OVER () - 1) / 1000 AS g FROM new_rows n) s GROUP BY g ORDER BY g;
  END IF;
  PERFORM pg_notify('sync_changes', '');
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sync_capture_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM new_rows) <= 64 THEN
    EXECUTE 'INSERT INTO sync_changes (source_table, single_row_id)
               SELECT $1, n.id::text FROM new_rows n
               UNION ALL
               SELECT $1, o.id::text FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)'
      USING TG_TABLE_NAME;
  ELSE
    EXECUTE 'INSERT INTO sync_changes (source_table, row_ids)
               SELECT $1, array_agg(id) FROM (
                 SELECT id, (row_number() OVER () - 1) / 1000 AS g FROM (
                   SELECT n.id::text AS id FROM new_rows n
                   UNION ALL
                   SELECT o.id::text FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)) u) s
                GROUP BY g ORDER BY g'
      USING TG_TABLE_NAME;
  END IF;
  PERFORM pg_notify('sync_changes', '');
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sync_capture_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM old_rows) <= 64 THEN
    INSERT INTO sync_changes (source_table, single_row_id) SELECT TG_TABLE_NAME, o.id::text FROM old_rows o;
  ELSE
    INSERT INTO sync_changes (source_table, row_ids)
      SELECT TG_TABLE_NAME, array_agg(id) FROM (SELECT o.id::text AS id, (row_number() OVER () - 1) / 1000 AS g FROM old_rows o) s GROUP BY g ORDER BY g;
  END IF;
  PERFORM pg_notify('sync_changes', '');
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sync_capture_published_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM new_rows) <= 64 THEN
    INSERT INTO sync_changes (source_table, single_row_id) SELECT TG_TABLE_NAME, n.id::text FROM new_rows n WHERE n.published;
  ELSE
    INSERT INTO sync_changes (source_table, row_ids)
      SELECT TG_TABLE_NAME, array_agg(id) FROM (SELECT n.id::text AS id, (row_number() OVER () - 1) / 1000 AS g FROM new_rows n WHERE n.published) s GROUP BY g ORDER BY g;
  END IF;
  IF FOUND THEN
    PERFORM pg_notify('sync_changes', '');
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sync_capture_published_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  IF (SELECT count(*) FROM new_rows) <= 64 THEN
    EXECUTE 'INSERT INTO sync_changes (source_table, single_row_id)
               SELECT $1, n.id::text FROM new_rows n WHERE n.published
               UNION ALL
               SELECT $1, o.id::text FROM old_rows o
                WHERE o.published AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND n.published)'
      USING TG_TABLE_NAME;
  ELSE
    EXECUTE 'INSERT INTO sync_changes (source_table, row_ids)
               SELECT $1, array_agg(id) FROM (
                 SELECT id, (row_number() OVER () - 1) / 1000 AS g FROM (
                   SELECT n.id::text AS id FROM new_rows n WHERE n.published
                   UNION ALL
                   SELECT o.id::text FROM old_rows o
                    WHERE o.published AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND n.published)) u) s
                GROUP BY g ORDER BY g'
      USING TG_TABLE_NAME;
  END IF;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n > 0 THEN
    PERFORM pg_notify('sync_changes', '');
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sync_capture_published_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM old_rows) <= 64 THEN
    INSERT INTO sync_changes (source_table, single_row_id) SELECT TG_TABLE_NAME, o.id::text FROM old_rows o WHERE o.published;
  ELSE
    INSERT INTO sync_changes (source_table, row_ids)
      SELECT TG_TABLE_NAME, array_agg(id) FROM (SELECT o.id::text AS id, (row_number() OVER () - 1) / 1000 AS g FROM old_rows o WHERE o.published) s GROUP BY g ORDER BY g;
  END IF;
  IF FOUND THEN
    PERFORM pg_notify('sync_changes', '');
  END IF;
  RETURN NULL;
END $$;
