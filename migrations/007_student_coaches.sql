-- A student's coaches, so a student can open a mentoring chat before the coach has written
-- (sync bucket student_coaches, issue 8). The coach's display name travels with the assignment:
-- set when the coach is assigned, kept current when the coach renames. Only the name; the
-- coach's email and phone never reach students.
ALTER TABLE cohort_coaches ADD COLUMN coach_name text NOT NULL DEFAULT '';
UPDATE cohort_coaches cc SET coach_name = coalesce(u.full_name, '') FROM users u WHERE u.id = cc.coach_id;

CREATE FUNCTION cohort_coaches_set_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.coach_name := coalesce((SELECT full_name FROM users WHERE id = NEW.coach_id), '');
  RETURN NEW;
END $$;
CREATE TRIGGER cohort_coaches_name BEFORE INSERT OR UPDATE OF coach_id ON cohort_coaches
  FOR EACH ROW EXECUTE FUNCTION cohort_coaches_set_name();

CREATE FUNCTION users_rename_coach() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cohort_coaches SET coach_name = coalesce(NEW.full_name, '') WHERE coach_id = NEW.id AND coach_name <> coalesce(NEW.full_name, '');
  RETURN NULL;
END $$;
CREATE TRIGGER users_coach_name AFTER UPDATE OF full_name ON users
  FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) EXECUTE FUNCTION users_rename_coach();
