-- Accounts and data rights: deletion with a grace period, deletion receipts, guardian consent for
-- minors, retention (docs/data-rights.md).
--
-- Deletion: a request sets users.status = 'deletion_pending' and deletion_requested_at; after the
-- grace period the data_cleanup job deletes every row naming the user and writes a receipt. The
-- receipt and the token tombstones name nobody: a receipt carries only a random id (given to the
-- person when they asked) and a pseudonym that replaces the user's id in audit rows.

ALTER TABLE users
  -- Date of birth (sign-up asks it): under 18 on the server's date means a guardian must consent.
  ADD COLUMN date_of_birth date CHECK (date_of_birth >= DATE '1900-01-01'),
  -- not_required: an adult (or an account from before consent existed); pending: a minor whose
  -- guardian has not confirmed yet; granted; withdrawn: the guardian withdrew consent.
  ADD COLUMN consent_status text NOT NULL DEFAULT 'not_required'
    CHECK (consent_status IN ('not_required', 'pending', 'granted', 'withdrawn')),
  ADD COLUMN deletion_requested_by text CHECK (deletion_requested_by IN ('self', 'admin', 'guardian')),
  -- Handed to the person when they ask; the receipt written at deletion carries the same id.
  ADD COLUMN deletion_receipt_id uuid,
  ADD CONSTRAINT users_deletion_pending_check
    CHECK ((status = 'deletion_pending') = (deletion_requested_at IS NOT NULL AND deletion_receipt_id IS NOT NULL));
CREATE INDEX users_deletion_due_idx ON users (deletion_requested_at) WHERE status = 'deletion_pending';

-- server: proof that an account was deleted, without naming it.
CREATE TABLE deletion_receipts (
  id            uuid PRIMARY KEY,
  -- Replaces the user's id in audit rows (actor and resource), so an audit trail stays readable.
  pseudonym     uuid NOT NULL UNIQUE,
  role          text NOT NULL CHECK (role IN ('student', 'coach', 'admin')),
  requested_by  text NOT NULL CHECK (requested_by IN ('self', 'admin', 'guardian')),
  requested_at  timestamptz NOT NULL,
  deleted_at    timestamptz NOT NULL DEFAULT now(),
  -- {"<table>": rows deleted}
  rows_deleted  jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- server: sha256 of refresh tokens of deleted accounts. A device that was offline through the
-- deletion presents one on its next refresh and learns the account is gone (it then erases the
-- profile). A hash of a random token names nobody. Pruned after expires_at.
CREATE TABLE deleted_account_tokens (
  token_hash  text PRIMARY KEY,
  receipt_id  uuid NOT NULL REFERENCES deletion_receipts (id) ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX deleted_account_tokens_expiry_idx ON deleted_account_tokens (expires_at);

-- server: one e-mailed confirmation link per request to a guardian (stored as sha256 only).
CREATE TABLE guardian_consents (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  guardian_email  text NOT NULL CHECK (guardian_email = lower(guardian_email) AND length(guardian_email) BETWEEN 3 AND 254),
  token_hash      text NOT NULL UNIQUE,
  notice_version  text NOT NULL,
  sent_at         timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  confirmed_at    timestamptz,
  withdrawn_at    timestamptz,
  CHECK (expires_at > sent_at)
);
CREATE INDEX guardian_consents_user_idx ON guardian_consents (user_id, sent_at DESC);

-- server: every consent event (who, when, which version of the privacy notice).
CREATE TABLE consent_events (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  event           text NOT NULL CHECK (event IN ('requested', 'granted', 'withdrawn')),
  actor           text NOT NULL CHECK (actor IN ('student', 'guardian', 'admin')),
  guardian_email  text,
  notice_version  text NOT NULL,
  ip_address      inet,
  at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_events_user_idx ON consent_events (user_id, at);
