import type { coachxEn } from './coachx.en.ts';

/** Hindi strings of the `coachx` namespace (merged into hi.ts); same keys as coachx.en.ts. */
export const coachxHi: typeof coachxEn = {
  placeholder: 'प्लेसहोल्डर',
};
