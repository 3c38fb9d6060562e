import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { hi } from '../i18n/hi.ts';
import { subjectName, testName, timeAgo } from './staff-names.ts';

describe('staff names', () => {
  it('names weekly tests and benchmarks instead of showing their ids', () => {
    expect(testName(en, 'en', 'WEEKLY', 'weekly-2026-W49')).toBe('Weekly test, week 49');
    expect(testName(en, 'en', 'MONTHLY', 'BM-11-2026-12')).toBe('Monthly benchmark, December 2026 · class 11');
    expect(testName(en, 'en', 'MONTHLY', 'BM-12-2027-01-2')).toBe('Monthly benchmark, January 2027 · class 12');
    expect(testName(en, 'en', 'DIAGNOSTIC', 'diag-x')).toBe('Diagnostic test');
    expect(testName(hi, 'hi', 'WEEKLY', 'weekly-2026-W05')).toBe('साप्ताहिक टेस्ट, सप्ताह 5');
    expect(testName(hi, 'hi', 'MONTHLY', 'BM-11-2026-12')).toMatch(/^मासिक बेंचमार्क, .*2026 · कक्षा 11$/);
  });

  it('never shows an unknown id', () => {
    expect(testName(en, 'en', 'MONTHLY', 'something-else')).toBe('Monthly benchmark');
    expect(testName(en, 'en', 'OTHER', 'x-1')).toBe('Test');
    expect(testName(en, 'en', 'WEEKLY', 'odd')).not.toContain('odd');
  });

  it('names subjects', () => {
    expect(subjectName(en, 'MATH')).toBe('Mathematics');
    expect(subjectName(hi, 'CHEMISTRY')).toBe('रसायन विज्ञान');
  });
});

describe('timeAgo', () => {
  const now = Date.parse('2026-12-06T10:00:00Z');
  it('says how long ago in the largest whole unit', () => {
    expect(timeAgo('2026-12-06T09:58:00Z', now, 'en')).toBe('2 minutes ago');
    expect(timeAgo('2026-12-06T07:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(timeAgo('2026-12-04T10:00:00Z', now, 'en')).toBe('2 days ago');
    expect(timeAgo('2026-12-06T09:59:30Z', now, 'hi')).toMatch(/सेकंड/);
  });
});
