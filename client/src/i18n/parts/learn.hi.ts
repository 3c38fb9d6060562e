import type { learnEn } from './learn.en.ts';

/** Hindi strings of the `learn` namespace (merged into hi.ts); same keys as learn.en.ts. */
export const learnHi: typeof learnEn = {
  title: 'अध्ययन',
  navMap: 'मानचित्र',
  navAnalytics: 'विश्लेषण',
};
