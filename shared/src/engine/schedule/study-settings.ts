/**
 * Ranges of the student's study settings (kept import-free so settings screens can use them
 * without pulling in the engine). The database and the upload schema enforce the same bounds.
 */

/** Range a student may choose for desired retention (recall probability at review time). */
export const DESIRED_RETENTION_RANGE = { min: 0.75, max: 0.97 } as const;
/** Range a student may choose for the daily budget, minutes. */
export const STUDY_MINUTES_RANGE = { min: 15, max: 600 } as const;
