/** English strings of the `learn` namespace (merged into en.ts): knowledge map, analytics, search. */
export const learnEn = {
  title: 'Learning',
  navMap: 'Map',
  navAnalytics: 'Analytics',
};
