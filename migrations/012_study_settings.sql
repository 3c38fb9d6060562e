-- The student's study settings, on their own users row beside the other profile fields (written
-- from the device as last-writer-wins fields stamped in field_hlc, synced in user_data):
-- study_minutes = daily study budget in minutes (null: the preparation phase's default);
-- desired_retention = recall probability (0-1) at which a review falls due (null: 0.9).
ALTER TABLE users ADD COLUMN study_minutes integer CHECK (study_minutes BETWEEN 15 AND 600);
ALTER TABLE users ADD COLUMN desired_retention double precision CHECK (desired_retention BETWEEN 0.75 AND 0.97);
