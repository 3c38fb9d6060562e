-- Placeholder: number 008 belongs to the trust-upload branch. Migrations must be contiguous, so this
-- empty file stands in for it on the trust-auth branch; delete it when trust-upload's 008 is merged.
SELECT 1;
