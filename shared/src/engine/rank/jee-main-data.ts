/**
 * The real exam the predicted all-India rank is modelled on: JEE Main (paper 1, B.E./B.Tech),
 * 300 marks. Sources (also in docs/student-screens.md):
 * - Candidates: NTA press notes on the JEE Main 2024 results — session 1 (January 2024)
 *   11,70,036 candidates appeared, session 2 (April 2024) 10,67,959; 14,15,110 distinct candidates
 *   over both sessions, who are the pool the all-India rank (AIR) is counted over.
 * - Marks → percentile: the marks-vs-percentile tables that Shiksha and Careers360 compiled from
 *   NTA's JEE Main 2024 session scorecards (NTA publishes percentiles, not this table). Percentiles
 *   here are the lower end of each published 10-mark band; shifts differ by up to about a
 *   percentile at 100 marks, which the model's range covers.
 * - Percentile → rank: NTA ranks on the best percentile of the two sessions; the published
 *   percentile–rank pairs follow rank ≈ (100 − percentile) / 100 × distinct candidates + 1 (e.g.
 *   99 percentile ≈ rank 14,150 and 90 ≈ 1,41,500 for 2024).
 * The figures are approximate; they are data, not fitted to any student of ours.
 */

/** Distinct candidates of JEE Main 2024 over both sessions (the AIR pool). */
export const JEE_MAIN_DISTINCT_CANDIDATES = 1_415_110;

/** Candidates who appeared in each 2024 session. */
export const JEE_MAIN_SESSION_CANDIDATES = { january: 1_170_036, april: 1_067_959 } as const;

/** Maximum marks of JEE Main paper 1. */
export const JEE_MAIN_MAX_MARKS = 300;

/** [marks out of 300, NTA percentile] pairs, ascending in marks. */
export const JEE_MAIN_MARKS_PERCENTILE: readonly (readonly [number, number])[] = [
  [-75, 0],
  [0, 0.8435],
  [10, 9.6954],
  [20, 33.2299],
  [30, 56.5693],
  [40, 71.302],
  [50, 80.9821],
  [60, 86.9079],
  [70, 90.7022],
  [80, 93.1529],
  [90, 94.7494],
  [100, 96.0648],
  [110, 96.9782],
  [120, 97.6856],
  [130, 98.2545],
  [140, 98.6669],
  [150, 98.9902],
  [160, 99.2397],
  [170, 99.4312],
  [180, 99.5731],
  [190, 99.6885],
  [200, 99.7824],
  [210, 99.8452],
  [220, 99.8937],
  [230, 99.9289],
  [240, 99.9563],
  [250, 99.975],
  [260, 99.9888],
  [270, 99.994],
  [280, 99.9973],
  [300, 100],
];
