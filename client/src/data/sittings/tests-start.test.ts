import { describe, expect, it } from 'vitest';
import { isoWeek, seedOf } from './tests-start.ts';

describe('weekly test ids and seeds', () => {
  it('names the ISO-8601 week, across year boundaries', () => {
    expect(isoWeek(Date.UTC(2026, 11, 2))).toBe('2026-W49');
    expect(isoWeek(Date.UTC(2021, 0, 1))).toBe('2020-W53');
    expect(isoWeek(Date.UTC(2024, 11, 30))).toBe('2025-W01');
    expect(isoWeek(Date.UTC(2026, 0, 4))).toBe('2026-W01');
    expect(isoWeek(Date.UTC(2026, 0, 5))).toBe('2026-W02');
  });

  it('derives a stable 32-bit seed from the sitting id', () => {
    const id = '0193a8f2-1c2d-7e3f-8a9b-0c1d2e3f4a5b';
    expect(seedOf(id)).toBe(seedOf(id));
    expect(seedOf(id)).not.toBe(seedOf(`${id}x`));
    expect(Number.isInteger(seedOf(id)) && seedOf(id) >= 0 && seedOf(id) < 2 ** 32).toBe(true);
  });
});
