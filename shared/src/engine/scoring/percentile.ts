/**
 * NTA percentile: 100 × (candidates with raw score ≤ yours) / (candidates), to 7 decimals.
 * Computed per session, for the total and for each subject separately.
 */

/** Default candidate count for all-India rank prediction (JEE Main 2026, ≈ 1.35 million). */
export const JEE_MAIN_CANDIDATES = 1_350_000;

/**
 * Round 100 × count / n to 7 decimals, half up, in integer arithmetic (count ≤ n ≤ 9e6 keeps
 * count × 1e9 exact in a double).
 */
export function percentileOf(countAtOrBelow: number, n: number): number {
  if (n <= 0) return 0;
  const scaled = countAtOrBelow * 1e9;
  const q = Math.floor(scaled / n);
  const r = scaled - q * n;
  return (2 * r >= n ? q + 1 : q) / 1e7;
}

/**
 * Percentile of every score in `scores` (raw marks), in input order. O(n log n). Equal scores get
 * equal percentiles; a higher score never gets a lower percentile; the top score gets 100.
 */
export function ntaPercentiles(scores: ArrayLike<number>): Float64Array {
  const n = scores.length;
  const sorted = Float64Array.from(scores).sort();
  const out = new Float64Array(n);
  const cache = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    let p = cache.get(s);
    if (p === undefined) {
      p = percentileOf(upperBound(sorted, s), n);
      cache.set(s, p);
    }
    out[i] = p;
  }
  return out;
}

/** Number of entries ≤ x in an ascending array. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Predicted all-India rank from an NTA percentile (0–100) and the national candidate count:
 * the candidates expected strictly above you, plus one. Always between 1 and `candidates`.
 */
export function predictAllIndiaRank(percentile: number, candidates: number = JEE_MAIN_CANDIDATES): number {
  const p = Math.min(100, Math.max(0, percentile));
  const above = Math.floor(((100 - p) * candidates) / 100 + 1e-9);
  return Math.min(candidates, Math.max(1, above + 1));
}
