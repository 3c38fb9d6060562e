/** Privacy rules without zod, so the first screens can use them without loading the validation chunk. */

/** The version of the privacy notice people agree to; consent events record it. */
export const PRIVACY_NOTICE_VERSION = '2026-12-06';

/** Full years between `dateOfBirth` and `today` (both YYYY-MM-DD, calendar dates). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Under 18: India's DPDP Act 2023 (s. 9) needs a parent's or guardian's verifiable consent. */
export const isMinor = (dateOfBirth: string, today: string): boolean => ageOn(dateOfBirth, today) < 18;
