/** Milliseconds in one day (a UTC day: no calendar arithmetic, no daylight saving). */
export const DAY_MS = 86_400_000;
