import { describe, expect, it } from 'vitest';
import { phaseFor, streakFrom } from './dashboard.ts';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('streakFrom', () => {
  it.each([
    [[], 0],
    [['2026-11-26'], 1],
    [['2026-11-26', '2026-11-25', '2026-11-24'], 3],
    [['2026-11-25', '2026-11-24'], 2], // today not yet studied: yesterday's streak still stands
    [['2026-11-24', '2026-11-23'], 0], // a missed day breaks it
    [['2026-11-26', '2026-11-24'], 1],
  ])('%o → %i', (days, expected) => {
    expect(streakFrom(days, day('2026-11-26'))).toBe(expected);
  });
});

describe('phaseFor', () => {
  it.each([
    [5, 0.9, 0.8, 'FINAL_SPRINT'],
    [45, 0.2, 0.1, 'REVISION'],
    [300, 0.1, 0.1, 'FOUNDATION'],
    [300, 0.5, 0.4, 'EXPANSION'],
    [300, 0.9, 0.5, 'CONSOLIDATION'],
    [null, 0.5, 0.4, 'EXPANSION'],
  ])('%s days, coverage %s, mastery %s → %s', (days, coverage, mastery, phase) => {
    expect(phaseFor(days, coverage, mastery).phase).toBe(phase);
  });
});
