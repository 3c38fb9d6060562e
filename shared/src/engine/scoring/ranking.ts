import type { Subject } from '../../schemas/content.ts';
import { JEE_MAIN_CANDIDATES, ntaPercentiles, predictAllIndiaRank } from './percentile.ts';

/**
 * Cohort ranking with the NTA tie-break order: total score (equivalently total percentile), then
 * Maths, Physics, Chemistry percentile, then the lower ratio of wrong to right answers overall,
 * then in Maths, Physics, Chemistry; candidates still level share a rank ("1, 2, 2, 4").
 */

/** Counts for one subject or the total. */
export interface SubjectResult {
  /** Raw marks. */
  readonly marks: number;
  /** Answers given credit. */
  readonly right: number;
  /** Answers penalised or given nothing. */
  readonly wrong: number;
}

/** One candidate's scored benchmark. */
export interface Submission {
  readonly id: string;
  readonly total: SubjectResult;
  readonly bySubject: Readonly<Record<Subject, SubjectResult>>;
}

/** A candidate's standing. Percentiles are 0–100 with 7 decimals; ranks start at 1. */
export interface Standing {
  readonly id: string;
  readonly percentile: number;
  readonly subjectPercentile: Readonly<Record<Subject, number>>;
  readonly rank: number;
  /** Predicted all-India rank from the total percentile. */
  readonly predictedAllIndiaRank: number;
}

const TIE_SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;

/** Wrong-to-right ratio; 0 wrong counts as 0 whatever the rights, any wrong with no right as +∞. */
export function wrongRightRatio(r: SubjectResult): number {
  if (r.wrong === 0) return 0;
  return r.right === 0 ? Number.POSITIVE_INFINITY : r.wrong / r.right;
}

/**
 * Rank a cohort. Returns standings in input order. O(n log n): 100k submissions rank in well
 * under a second. `candidates` is the national count used for the all-India prediction.
 */
export function rankSubmissions(submissions: readonly Submission[], candidates: number = JEE_MAIN_CANDIDATES): Standing[] {
  const n = submissions.length;
  const total = ntaPercentiles(submissions.map((s) => s.total.marks));
  const bySubject = TIE_SUBJECTS.map((subj) => ntaPercentiles(submissions.map((s) => s.bySubject[subj].marks)));
  // Sort keys as columns, smaller = better: −percentiles, then wrong/right ratios.
  const columns: Float64Array[] = [total, ...bySubject].map((p) => p.map((x) => -x));
  columns.push(Float64Array.from(submissions, (s) => wrongRightRatio(s.total)));
  for (const subj of TIE_SUBJECTS) columns.push(Float64Array.from(submissions, (s) => wrongRightRatio(s.bySubject[subj])));
  // LSD radix sort on dense ranks, least significant key first: O(n · keys) after one native
  // numeric sort per key, and stable, so full ties keep input order (their rank is shared anyway).
  const keys = columns.map(denseRanks);
  let order: Int32Array = Int32Array.from({ length: n }, (_, i) => i);
  for (let c = keys.length - 1; c >= 0; c--) order = countingSort(order, keys[c] as Int32Array);
  const compare = (a: number, b: number): number => {
    for (const k of keys) if (k[a] !== k[b]) return (k[a] as number) - (k[b] as number);
    return 0;
  };
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const prev = order[k - 1];
    rank[i] = prev !== undefined && compare(prev, i) === 0 ? (rank[prev] as number) : k + 1;
  }
  return submissions.map((s, i) => ({
    id: s.id,
    percentile: total[i] as number,
    subjectPercentile: {
      MATH: bySubject[0]?.[i] as number,
      PHYSICS: bySubject[1]?.[i] as number,
      CHEMISTRY: bySubject[2]?.[i] as number,
    },
    rank: rank[i] as number,
    predictedAllIndiaRank: predictAllIndiaRank(total[i] as number, candidates),
  }));
}

/** Dense rank (0 = smallest) of every value in a column. */
function denseRanks(col: Float64Array): Int32Array {
  const sorted = col.slice().sort();
  let m = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i] as number;
  const ranks = new Int32Array(col.length);
  for (let i = 0; i < col.length; i++) {
    let lo = 0;
    let hi = m - 1;
    const x = col[i] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return ranks;
}

/** Stable counting sort of `order` by `key[order[i]]` (keys are dense ranks ≥ 0). */
function countingSort(order: Int32Array, key: Int32Array): Int32Array {
  let max = 0;
  for (let i = 0; i < key.length; i++) if ((key[i] as number) > max) max = key[i] as number;
  const count = new Int32Array(max + 2);
  for (let i = 0; i < order.length; i++) count[(key[order[i] as number] as number) + 1]!++;
  for (let v = 1; v < count.length; v++) count[v] = (count[v] as number) + (count[v - 1] as number);
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const o = order[i] as number;
    out[count[key[o] as number]!++] = o;
  }
  return out;
}
