import { JEE_MAIN_DISTINCT_CANDIDATES, JEE_MAIN_MARKS_PERCENTILE, JEE_MAIN_MAX_MARKS } from './jee-main-data.ts';

/**
 * Predicted all-India rank in JEE Main, as a range. A score (scaled to 300 marks) is mapped to
 * the national NTA percentile through the published marks–percentile pairs, and the percentile to
 * a rank over the distinct candidates. The range is the 95 % interval of the student's true score
 * given how many questions the evidence rests on (binomial error of the share answered right,
 * 5 marks per question swing), widened for an estimate that does not come from a full paper.
 * A cohort's own percentile is never used here: a cohort of 2 would put everyone near the top.
 */

/** What the prediction rests on. */
export type RankBasis = 'BENCHMARK' | 'TESTS';

/** Evidence: one scored paper, or several averaged. */
export interface RankEvidence {
  readonly basis: RankBasis;
  /** Marks scored (may be negative) and the paper's maximum, summed over the papers used. */
  readonly marks: number;
  readonly maxMarks: number;
  /** Questions the marks come from (≥ 1). */
  readonly questions: number;
}

/** A prediction: figures low/likely/high; a better rank is a smaller number. */
export interface RankPrediction {
  readonly basis: RankBasis;
  /** The score scaled to JEE Main's 300 marks. */
  readonly marks300: { readonly low: number; readonly likely: number; readonly high: number };
  /** National NTA percentile, 0–100. */
  readonly percentile: { readonly low: number; readonly likely: number; readonly high: number };
  readonly rank: { readonly best: number; readonly likely: number; readonly worst: number };
  /** Candidates ranked over. */
  readonly candidates: number;
  /** Questions the prediction rests on. */
  readonly questions: number;
}

/** Fewest questions a prediction may rest on; below it the screens say "not enough evidence yet". */
export const MIN_RANK_EVIDENCE_QUESTIONS = 20;

/** Extra marks (out of 300) either side for an estimate from tests other than a benchmark paper. */
const ESTIMATE_WIDENING = 15;

/** National percentile (0–100) of a score out of 300: linear between the published pairs. */
export function percentileForMarks(marks300: number): number {
  const table = JEE_MAIN_MARKS_PERCENTILE;
  const first = table[0] as readonly [number, number];
  const last = table[table.length - 1] as readonly [number, number];
  if (marks300 <= first[0]) return first[1];
  if (marks300 >= last[0]) return last[1];
  for (let i = 1; i < table.length; i++) {
    const [m1, p1] = table[i] as readonly [number, number];
    const [m0, p0] = table[i - 1] as readonly [number, number];
    if (marks300 <= m1) return p0 + ((p1 - p0) * (marks300 - m0)) / (m1 - m0);
  }
  return last[1];
}

/** All-India rank from a national percentile: candidates strictly above, plus one. */
export function rankForPercentile(percentile: number, candidates: number = JEE_MAIN_DISTINCT_CANDIDATES): number {
  const p = Math.min(100, Math.max(0, percentile));
  return Math.min(candidates, Math.max(1, Math.floor(((100 - p) * candidates) / 100 + 1e-9) + 1));
}

/** Predict, or undefined when the evidence is too thin to say anything true. */
export function predictRank(evidence: RankEvidence, candidates: number = JEE_MAIN_DISTINCT_CANDIDATES): RankPrediction | undefined {
  if (evidence.maxMarks <= 0 || evidence.questions < MIN_RANK_EVIDENCE_QUESTIONS) return undefined;
  const scale = JEE_MAIN_MAX_MARKS / evidence.maxMarks;
  const likely = Math.max(-JEE_MAIN_MAX_MARKS / 4, Math.min(JEE_MAIN_MAX_MARKS, evidence.marks * scale));
  // Share of marks earned, as a proxy for the share answered right, kept off 0 and 1 so even a
  // perfect or empty paper gets a range.
  const share = Math.min(0.95, Math.max(0.05, (likely + JEE_MAIN_MAX_MARKS / 4) / (JEE_MAIN_MAX_MARKS * 1.25)));
  const perQuestion = JEE_MAIN_MAX_MARKS / 75 + JEE_MAIN_MAX_MARKS / 300; // +4 right vs −1 wrong: a swing of 5
  const se = perQuestion * Math.sqrt(share * (1 - share) / evidence.questions) * 75;
  const half = 1.96 * se + (evidence.basis === 'TESTS' ? ESTIMATE_WIDENING : 0);
  const low = Math.max(-JEE_MAIN_MAX_MARKS / 4, likely - half);
  const high = Math.min(JEE_MAIN_MAX_MARKS, likely + half);
  const percentile = { low: percentileForMarks(low), likely: percentileForMarks(likely), high: percentileForMarks(high) };
  return {
    basis: evidence.basis,
    marks300: { low, likely, high },
    percentile,
    rank: {
      best: rankForPercentile(percentile.high, candidates),
      likely: rankForPercentile(percentile.likely, candidates),
      worst: rankForPercentile(percentile.low, candidates),
    },
    candidates,
    questions: evidence.questions,
  };
}

/** A result row as both the server and the device hold it. */
export interface ResultForRank {
  readonly testType: string;
  readonly totalScore: number;
  readonly totalMarks: number;
  /** ISO time; newest first wins. */
  readonly at: string;
}

/** Weekly and diagnostic papers averaged for an estimate (newest first). */
const ESTIMATE_PAPERS = 3;
/** Marks per question in the JEE Main pattern (to count questions from a paper's maximum). */
const MARKS_PER_QUESTION = 4;

/**
 * The prediction the dashboards show: from the latest released benchmark result if any; else an
 * estimate from the latest weekly and diagnostic tests; else undefined. Server and device call
 * this with the same rows, so /api/user/dashboard and the device's dashboard agree.
 */
export function predictRankFromResults(results: readonly ResultForRank[], candidates: number = JEE_MAIN_DISTINCT_CANDIDATES): RankPrediction | undefined {
  const newest = [...results].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const bench = newest.find((r) => r.testType === 'MONTHLY' && r.totalMarks > 0);
  if (bench !== undefined) {
    return predictRank({ basis: 'BENCHMARK', marks: bench.totalScore, maxMarks: bench.totalMarks, questions: Math.round(bench.totalMarks / MARKS_PER_QUESTION) }, candidates);
  }
  const tests = newest.filter((r) => (r.testType === 'WEEKLY' || r.testType === 'DIAGNOSTIC') && r.totalMarks > 0).slice(0, ESTIMATE_PAPERS);
  if (tests.length === 0) return undefined;
  const marks = tests.reduce((n, r) => n + r.totalScore, 0);
  const maxMarks = tests.reduce((n, r) => n + r.totalMarks, 0);
  return predictRank({ basis: 'TESTS', marks, maxMarks, questions: Math.round(maxMarks / MARKS_PER_QUESTION) }, candidates);
}

/** Smallest cohort whose rank and percentile are shown (a default; the server's config may raise it). */
export const MIN_COHORT_FOR_STANDING = 30;

/** A cohort standing to show, or why it is withheld. */
export type CohortStanding =
  | { readonly shown: true; readonly rank: number; readonly percentile: number; readonly cohortSize: number }
  | { readonly shown: false; readonly reason: 'SMALL_COHORT' | 'NOT_RANKED'; readonly cohortSize: number | null; readonly minimum: number };

/** Rank and percentile within the cohort only with its size, and only when the cohort is big enough to mean something. */
export function cohortStanding(rank: number | null, percentile: number | null, cohortSize: number | null, minimum: number = MIN_COHORT_FOR_STANDING): CohortStanding {
  if (rank === null || percentile === null) return { shown: false, reason: 'NOT_RANKED', cohortSize, minimum };
  if (cohortSize === null || cohortSize < minimum) return { shown: false, reason: 'SMALL_COHORT', cohortSize, minimum };
  return { shown: true, rank, percentile, cohortSize };
}
