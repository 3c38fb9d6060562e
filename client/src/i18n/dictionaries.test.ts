import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { hi } from './hi.ts';

/** Every string (or message function, called with sample arguments) by dotted key. */
function leaves(dict: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, (value as (...a: unknown[]) => string)('X', 7, 9));
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

/** Keys whose text is the same in both languages on purpose. */
const SAME = new Set(['lang.en', 'lang.hi', 'dashboard.rankValue', 'dashboard.resultScore', 'coachx.namedCoach']);

describe('dictionaries', () => {
  const english = leaves(en);
  const hindi = leaves(hi);

  it('have the same keys', () => {
    expect([...hindi.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('translate every string into Hindi', () => {
    const untranslated = [...english].filter(([key, text]) => !SAME.has(key) && hindi.get(key) === text).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('write Hindi in Devanagari', () => {
    const latinOnly = [...hindi]
      .filter(([key]) => !SAME.has(key))
      .filter(([, text]) => !/[\u0900-\u097F]/.test(text))
      .map(([key]) => key);
    expect(latinOnly).toEqual([]);
  });
});
