-- Chunked change capture (server/src/sync/processor.ts). A batch of captured transactions is
-- turned into bucket ops in bounded chunks, each committed on its own, so a 100,000-row
-- transaction never sits whole in the processor's memory and a kill loses at most one chunk's
-- work (rolled back, redone). Devices must still see a source transaction whole or not at all:
--   * written_op_id: the last op id handed out. Ops in (last_op_id, written_op_id] are in
--     sync_ops but in no checkpoint yet; readers stop at a bucket's last_op_id in sync_buckets.
--   * sync_pending_buckets: the checksum, count and last op id those ops add to each bucket,
--     folded into sync_buckets (and last_op_id moved to written_op_id) in the transaction that
--     commits the batch's last chunk.
--   * pending_params: a chunk changed the parameter index; params_op_id moves at that commit.
ALTER TABLE sync_state
  ADD COLUMN written_op_id bigint NOT NULL DEFAULT 0,
  ADD COLUMN pending_params boolean NOT NULL DEFAULT false;
UPDATE sync_state SET written_op_id = last_op_id;

CREATE TABLE sync_pending_buckets (
  bucket      text PRIMARY KEY,
  definition  text NOT NULL,
  checksum    bigint NOT NULL CHECK (checksum BETWEEN 0 AND 4294967295),
  op_count    bigint NOT NULL,
  last_op_id  bigint NOT NULL
);
