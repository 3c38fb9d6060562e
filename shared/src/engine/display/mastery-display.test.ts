import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceByConcept, groupShare, masteryDisplay } from './mastery-display.ts';

const NOW = 1_767_225_600_000;
const DAY = 86_400_000;

describe('mastery display contract', () => {
  it('0 of 3 correct never looks "getting there", whatever the prior says', () => {
    const d = masteryDisplay(0.57, { answered: 3, correct: 0, lastAtMs: NOW - DAY }, false, NOW);
    expect(d).toEqual({ band: 'noCorrect', answered: 3, daysAgo: 1 });
  });

  it('locked concepts show no mastery; unanswered ones are not started', () => {
    expect(masteryDisplay(0.9, { answered: 5, correct: 5, lastAtMs: NOW }, true, NOW)).toEqual({ band: 'locked' });
    expect(masteryDisplay(0.6, { answered: 0, correct: 0, lastAtMs: null }, false, NOW)).toEqual({ band: 'none' });
  });

  it('shows the evidence: 2 of 7 correct, last 3 days ago, capped by it', () => {
    const d = masteryDisplay(0.8, { answered: 7, correct: 2, lastAtMs: NOW - 3 * DAY - 5 }, false, NOW);
    expect(d).toEqual({ band: 'low', share: 3 / 9, answered: 7, correct: 2, daysAgo: 3 });
  });

  it('property: the shown share never exceeds the engine estimate nor the smoothed accuracy', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), (m, answered, c) => {
        const correct = Math.min(answered, c);
        const d = masteryDisplay(m, { answered, correct, lastAtMs: NOW }, false, NOW);
        if (correct === 0) expect(d.band).toBe('noCorrect');
        else if (d.band === 'low' || d.band === 'mid' || d.band === 'high') {
          expect(d.share).toBeLessThanOrEqual(m + 1e-12);
          expect(d.share).toBeLessThanOrEqual((correct + 1) / (answered + 2) + 1e-12);
        } else expect.unreachable(`band ${d.band}`);
      }),
    );
  });

  it('a student at 27 % accuracy cannot show 62 % overall', () => {
    const ev = evidenceByConcept(
      Array.from({ length: 30 }, (_, i) => ({ concept_id: `c${i % 6}`, correct: i % 11 < 3, device_time_ms: NOW - i * 1000 })),
    );
    const displays = [...ev.values()].map((e) => masteryDisplay(0.62, e, false, NOW));
    const { share, measured } = groupShare(displays);
    expect(measured).toBe(6);
    expect(share!).toBeLessThan(0.4);
    expect(groupShare([{ band: 'none' }, { band: 'locked' }])).toEqual({ share: null, measured: 0 });
  });
});
