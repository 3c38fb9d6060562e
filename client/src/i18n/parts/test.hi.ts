import type { testEn } from './test.en.ts';

/** Hindi strings of the `test` namespace (merged into hi.ts); same keys as test.en.ts. */
export const testHi: typeof testEn = {
  title: 'टेस्ट',
  navTests: 'टेस्ट',
};
