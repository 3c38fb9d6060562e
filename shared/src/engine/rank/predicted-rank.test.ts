import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JEE_MAIN_DISTINCT_CANDIDATES, JEE_MAIN_MARKS_PERCENTILE } from './jee-main-data.ts';
import { cohortStanding, MIN_RANK_EVIDENCE_QUESTIONS, percentileForMarks, predictRank, predictRankFromResults, rankForPercentile } from './predicted-rank.ts';

describe('percentile and rank model', () => {
  it('reproduces the published marks–percentile pairs and is monotone between them', () => {
    for (const [m, p] of JEE_MAIN_MARKS_PERCENTILE) expect(percentileForMarks(m)).toBeCloseTo(p, 9);
    for (let i = 1; i < JEE_MAIN_MARKS_PERCENTILE.length; i++) expect(JEE_MAIN_MARKS_PERCENTILE[i]![1]).toBeGreaterThan(JEE_MAIN_MARKS_PERCENTILE[i - 1]![1]);
    fc.assert(fc.property(fc.double({ min: -100, max: 320, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (m, d) => {
      expect(percentileForMarks(m + d)).toBeGreaterThanOrEqual(percentileForMarks(m));
    }));
  });

  it('percentile → rank follows the published pairs: 99 ≈ 14,152, 90 ≈ 1,41,512, 100 = 1', () => {
    expect(rankForPercentile(99)).toBe(Math.floor(0.01 * JEE_MAIN_DISTINCT_CANDIDATES) + 1);
    expect(rankForPercentile(90)).toBe(Math.floor(0.1 * JEE_MAIN_DISTINCT_CANDIDATES) + 1);
    expect(rankForPercentile(100)).toBe(1);
    expect(rankForPercentile(0)).toBe(JEE_MAIN_DISTINCT_CANDIDATES);
  });

  it('a benchmark of −5/300 is not rank 1, whatever the cohort: it is near the bottom', () => {
    const p = predictRank({ basis: 'BENCHMARK', marks: -5, maxMarks: 300, questions: 75 })!;
    expect(p.rank.best).toBeGreaterThan(500_000);
    expect(p.percentile.likely).toBeLessThan(5);
  });

  it('property: a range, not a point — best ≤ likely ≤ worst, percentiles ordered, higher marks never a worse rank', () => {
    fc.assert(
      fc.property(fc.integer({ min: -75, max: 300 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: MIN_RANK_EVIDENCE_QUESTIONS, max: 200 }), fc.constantFrom('BENCHMARK', 'TESTS' as const), (marks, more, questions, basis) => {
        const a = predictRank({ basis, marks, maxMarks: 300, questions })!;
        const b = predictRank({ basis, marks: Math.min(300, marks + more), maxMarks: 300, questions })!;
        expect(a.rank.best).toBeLessThanOrEqual(a.rank.likely);
        expect(a.rank.likely).toBeLessThanOrEqual(a.rank.worst);
        expect(a.percentile.low).toBeLessThanOrEqual(a.percentile.likely);
        expect(a.percentile.likely).toBeLessThanOrEqual(a.percentile.high);
        expect(b.rank.likely).toBeLessThanOrEqual(a.rank.likely);
        if (marks > -60 && marks < 260) expect(a.rank.worst).toBeGreaterThan(a.rank.best);
      }),
    );
  });

  it('more evidence narrows the range; an estimate from tests is wider than a benchmark', () => {
    const width = (p: ReturnType<typeof predictRank>) => p!.marks300.high - p!.marks300.low;
    expect(width(predictRank({ basis: 'BENCHMARK', marks: 120, maxMarks: 300, questions: 150 }))).toBeLessThan(width(predictRank({ basis: 'BENCHMARK', marks: 120, maxMarks: 300, questions: 30 })));
    expect(width(predictRank({ basis: 'TESTS', marks: 120, maxMarks: 300, questions: 75 }))).toBeGreaterThan(width(predictRank({ basis: 'BENCHMARK', marks: 120, maxMarks: 300, questions: 75 })));
    expect(predictRank({ basis: 'TESTS', marks: 10, maxMarks: 40, questions: 10 })).toBeUndefined();
  });

  it('the dashboards: the latest benchmark wins; before one, an estimate from weekly and diagnostic tests; else nothing', () => {
    const weekly = { testType: 'WEEKLY', totalScore: 40, totalMarks: 100, at: '2026-12-01T10:00:00Z' };
    const diag = { testType: 'DIAGNOSTIC', totalScore: 20, totalMarks: 120, at: '2026-11-20T10:00:00Z' };
    const bench = { testType: 'MONTHLY', totalScore: 150, totalMarks: 300, at: '2026-11-25T10:00:00Z' };
    expect(predictRankFromResults([])).toBeUndefined();
    const est = predictRankFromResults([weekly, diag])!;
    expect(est.basis).toBe('TESTS');
    expect(est.marks300.likely).toBeCloseTo((60 / 220) * 300, 9);
    const b = predictRankFromResults([weekly, diag, bench])!;
    expect(b.basis).toBe('BENCHMARK');
    expect(b.marks300.likely).toBe(150);
  });

  it('cohort standing is shown only with the cohort size and withheld below the minimum', () => {
    expect(cohortStanding(1, 100, 2, 30)).toEqual({ shown: false, reason: 'SMALL_COHORT', cohortSize: 2, minimum: 30 });
    expect(cohortStanding(3, 97.5, 120, 30)).toEqual({ shown: true, rank: 3, percentile: 97.5, cohortSize: 120 });
    expect(cohortStanding(null, null, 120, 30)).toMatchObject({ shown: false, reason: 'NOT_RANKED' });
  });
});
