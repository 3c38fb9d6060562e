/** English strings of the `test` namespace (merged into en.ts): diagnostic, weekly test, results. */
export const testEn = {
  title: 'Tests',
  navTests: 'Tests',
};
