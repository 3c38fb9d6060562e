-- Reminders and notifications (server/src/notifications/, docs/notifications.md).

-- server: a person's notification settings; no row means the defaults in
-- shared/src/notifications/kinds.ts. Times are local minutes of day in time_zone; the kind lists
-- say which kinds each channel carries.
CREATE TABLE notification_preferences (
  user_id          uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  time_zone        text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
  reminder_minute  smallint NOT NULL CHECK (reminder_minute BETWEEN 0 AND 1439),
  quiet_start      smallint NOT NULL CHECK (quiet_start BETWEEN 0 AND 1439),
  quiet_end        smallint NOT NULL CHECK (quiet_end BETWEEN 0 AND 1439),
  email_kinds      jsonb NOT NULL CHECK (jsonb_typeof(email_kinds) = 'array'),
  push_kinds       jsonb NOT NULL CHECK (jsonb_typeof(push_kinds) = 'array'),
  in_app_kinds     jsonb NOT NULL CHECK (jsonb_typeof(in_app_kinds) = 'array'),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

-- server: Web Push subscriptions of a person's browsers. Removed when the push service answers
-- 404/410 (the browser dropped it) or the person turns push off on that device.
CREATE TABLE push_subscriptions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  endpoint      text NOT NULL UNIQUE CHECK (length(endpoint) <= 2000),
  p256dh        text NOT NULL,
  auth          text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_sent_at  timestamptz
);
CREATE INDEX push_subscriptions_user_idx ON push_subscriptions (user_id);

-- derived (server-written, synced to its recipient): one row per notification. UNIQUE (user_id,
-- kind, occasion) makes creating a notification idempotent: a planner that runs twice, or on two
-- workers, creates it once. in_app = false keeps the row (the record that it happened) out of the
-- in-app list when the person turned that kind off there. read_at is a set-once register written
-- by the recipient's device (server time of the first receipt).
CREATE TABLE notifications (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  occasion    text NOT NULL CHECK (length(occasion) BETWEEN 1 AND 200),
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body        text NOT NULL CHECK (length(body) <= 4000),
  url         text NOT NULL CHECK (url LIKE '/%' AND length(url) <= 300),
  in_app      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz,
  UNIQUE (user_id, kind, occasion)
);
CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC);

-- server: one row per (notification, channel) that a job delivers (email, push). The claim
-- (pending -> sending with a lease) is a single UPDATE, so two workers holding a job each for the
-- same delivery send it once; a crashed sender's lease expires and the delivery is retried.
CREATE TABLE notification_deliveries (
  notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
  channel         text NOT NULL CHECK (channel IN ('email', 'push')),
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'failed')),
  attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  lease_until     timestamptz,
  sent_at         timestamptz,
  detail          text CHECK (length(detail) <= 1000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (notification_id, channel)
);
CREATE INDEX notification_deliveries_open_idx ON notification_deliveries (status) WHERE status IN ('pending', 'sending');

SELECT sync_capture_table('notifications');

DO $$
BEGIN
  ALTER PUBLICATION powersync ADD TABLE notifications;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'publication powersync not extended: %', SQLERRM;
END $$;

-- Defense in depth on the write path (as for the student tables in 008): a device upload, running
-- as cr_device_writer, sees and marks read only its own notifications.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_own ON notifications TO cr_device_writer
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
