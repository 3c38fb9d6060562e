import type { profilesEn } from './profiles.en.ts';

/** Hindi strings of the `profiles` namespace (merged into hi.ts); same keys as profiles.en.ts. */
export const profilesHi: typeof profilesEn = {
  placeholder: 'प्लेसहोल्डर',
};
