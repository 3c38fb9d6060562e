-- The student's own FSRS parameters, fitted on the server from their review history (one review
-- per concept per study day) once there are enough reviews, synced to their device in user_data
-- and used by the engine's schedule there. Written only by the server's fit job (the upload
-- whitelist of users fields does not include them).
-- fsrs_weights: JSON array of the 21 FSRS-6 parameters (null: population defaults);
-- fsrs_review_count: reviews after a gap the fit used; fsrs_fitted_at: when it ran.
ALTER TABLE users ADD COLUMN fsrs_weights jsonb CHECK (fsrs_weights IS NULL OR jsonb_typeof(fsrs_weights) = 'array');
ALTER TABLE users ADD COLUMN fsrs_review_count integer;
ALTER TABLE users ADD COLUMN fsrs_fitted_at timestamptz;
