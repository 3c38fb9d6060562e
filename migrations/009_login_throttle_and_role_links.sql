-- Sign-in protection without a lockout weapon (docs/auth-security.md).
--
-- Failed sign-ins are counted per e-mail address, whether or not an account has it, so the
-- answers for known and unknown addresses are the same. The key is the sha256 (hex) of the
-- normalised address: unknown addresses typed by an attacker are not stored in clear.
-- `next_attempt_at` is when the next attempt for this address is accepted (growing delays,
-- never a hard lock); a successful sign-in deletes the row.
CREATE TABLE login_throttle (
  key              text PRIMARY KEY CHECK (key ~ '^[0-9a-f]{64}$'),
  failures         integer NOT NULL CHECK (failures >= 1),
  next_attempt_at  timestamptz NOT NULL,
  last_failure_at  timestamptz NOT NULL
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);

-- The per-account lockout these columns implemented is replaced by login_throttle.
ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until;

-- Invariant: cohort links follow the role. A coach who stops being a coach stops coaching every
-- cohort, and a student who stops being a student leaves every cohort, in the same transaction
-- as the role change, whatever wrote it (admin route, script, SQL). The sync buckets keyed by
-- cohort_coaches / cohort_members then drop at the user's next checkpoint.
CREATE FUNCTION users_role_unlink() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.role = 'coach' THEN
    DELETE FROM cohort_coaches WHERE coach_id = NEW.id;
  END IF;
  IF OLD.role = 'student' THEN
    DELETE FROM cohort_members WHERE student_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER users_role_unlink AFTER UPDATE OF role ON users
  FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role) EXECUTE FUNCTION users_role_unlink();
