import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBJECTS } from '../../schemas/content.ts';
import { determinePhase } from './phase.ts';
import { SUBJECT_FLOOR_SHARE, splitStudyTime } from './strategy.ts';

describe('determinePhase', () => {
  it.each([
    [400, 0.1, 0.5, 'FOUNDATION'],
    [400, 0.5, 0.5, 'EXPANSION'],
    [200, 0.9, 0.6, 'CONSOLIDATION'],
    [45, 0.95, 0.7, 'REVISION'],
    [45, 0.2, 0.3, 'REVISION'],
    [10, 0.5, 0.5, 'FINAL_SPRINT'],
    [-3, 1, 1, 'FINAL_SPRINT'],
  ])('%d days, coverage %d, mastery %d → %s', (daysToExam, coverage, mastery, phase) => {
    expect(determinePhase({ daysToExam, coverage, mastery }).phase).toBe(phase);
  });

  it('flags being behind when the uncovered syllabus needs more days than remain', () => {
    expect(determinePhase({ daysToExam: 120, coverage: 0.5, mastery: 0.5 }).behind).toBe(true);
    expect(determinePhase({ daysToExam: 400, coverage: 0.5, mastery: 0.5 }).behind).toBe(false);
  });

  it('property: the mix is a distribution and no new learning in the final sprint', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 800 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (d, c, m) => {
        const p = determinePhase({ daysToExam: d, coverage: c, mastery: m });
        const { learnNew, review, tests } = p.mix;
        expect(learnNew + review + tests).toBeCloseTo(1, 9);
        for (const x of [learnNew, review, tests]) expect(x).toBeGreaterThanOrEqual(0);
        if (d <= 14) expect(learnNew).toBe(0);
        expect(p.reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('splitStudyTime', () => {
  it('leans towards the weakest subject', () => {
    const split = splitStudyTime(
      { MATH: { mastery: 0.3, coverage: 0.5 }, PHYSICS: { mastery: 0.7, coverage: 0.8 }, CHEMISTRY: { mastery: 0.9, coverage: 1 } },
      240,
    );
    expect(split.map((s) => s.subject)).toEqual(['MATH', 'PHYSICS', 'CHEMISTRY']);
    expect(split[0]!.focus).toBe('STRENGTHEN');
    expect(split[2]!.focus).toBe('MAINTAIN');
    expect(split[0]!.minutes).toBeGreaterThan(split[1]!.minutes);
    expect(split[1]!.minutes).toBeGreaterThan(split[2]!.minutes);
  });

  it('property: minutes sum exactly to the total and every subject keeps its floor', () => {
    const st = fc.record({ mastery: fc.double({ min: 0, max: 1, noNaN: true }), coverage: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(st, st, st, fc.integer({ min: 0, max: 1000 }), (a, b, c, total) => {
        const split = splitStudyTime({ MATH: a, PHYSICS: b, CHEMISTRY: c }, total);
        expect(split.reduce((s, x) => s + x.minutes, 0)).toBe(total);
        expect(split.map((s) => s.subject)).toEqual([...SUBJECTS]);
        for (const s of split) expect(s.share).toBeGreaterThanOrEqual(SUBJECT_FLOOR_SHARE - 1e-12);
      }),
    );
  });
});
