import { describe, expect, it } from 'vitest';
import { ftsQuery } from './search.ts';

describe('ftsQuery', () => {
  it('quotes and prefix-matches every word, so input is never FTS5 syntax', () => {
    expect(ftsQuery('Planck constant')).toBe('"planck"* "constant"*');
    expect(ftsQuery('a" OR b) NEAR(c* -d')).toBe('"a"* "or"* "b"* "near"* "c"* "d"*');
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('$\\frac{1}{2}$')).toBe('"frac"* "1"* "2"*');
  });

  it('keeps non-Latin letters and caps the number of words', () => {
    expect(ftsQuery('आव्यूह matrix')).toBe('"आव्यूह"* "matrix"*');
    expect(ftsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))?.split(' ')).toHaveLength(12);
  });
});
