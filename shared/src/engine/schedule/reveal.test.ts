import { describe, expect, it } from 'vitest';
import { DEFAULT_REVEAL_THRESHOLD, MIN_REVEAL_THRESHOLD, revealThresholdFor } from './reveal.ts';

const levels = (xs: number[]) => new Map(xs.map((m, i) => [`c${i}`, m]));

describe('revealThresholdFor', () => {
  it('keeps the default until enough concepts have evidence', () => {
    expect(revealThresholdFor(levels([0.5, 0.5, 0.5, 0.5]))).toBe(DEFAULT_REVEAL_THRESHOLD);
    // Concepts without evidence (demonstrated 0) are not a level.
    expect(revealThresholdFor(levels([0.5, 0.5, 0.5, 0.5, 0, 0, 0]))).toBe(DEFAULT_REVEAL_THRESHOLD);
  });

  it("comes down to the student's median demonstrated mastery, never below the floor or above the default", () => {
    expect(revealThresholdFor(levels([0.5, 0.55, 0.6, 0.62, 0.9]))).toBeCloseTo(0.6, 12);
    expect(revealThresholdFor(levels([0.5, 0.55, 0.6, 0.64]))).toBe(DEFAULT_REVEAL_THRESHOLD);
    expect(revealThresholdFor(levels([0.5, 0.56, 0.6, 0.64, 0.7, 0.9]))).toBeCloseTo(0.62, 12);
    expect(revealThresholdFor(levels([0.2, 0.3, 0.3, 0.35, 0.4]))).toBe(MIN_REVEAL_THRESHOLD);
    expect(revealThresholdFor(levels([0.8, 0.85, 0.9, 0.9, 0.95]))).toBe(DEFAULT_REVEAL_THRESHOLD);
  });
});
