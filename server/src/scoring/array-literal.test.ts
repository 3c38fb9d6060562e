import { describe, expect, it } from 'vitest';
import { arrayColumns, numberArrayElement, textArrayElement, textElement } from './array-literal.ts';

// That Postgres reads back exactly the values, for any text a device can send, is
// tests/jobs/array-literal.pg.test.ts (and bulk-scoring.pg.test.ts for whole score rows).
describe('array literal elements', () => {
  it('writes plain values bare and quotes the rest, escaping quotes and backslashes', () => {
    expect(['A', '12', '-2.5', 'T_1:x+y'].map(textElement)).toEqual(['A', '12', '-2.5', 'T_1:x+y']);
    expect(['', 'NULL', 'null', 'a b', 'a,b', '{A}', 'a"b', 'a\\b', 'ऋ'].map(textElement)).toEqual([
      '""', '"NULL"', '"null"', '"a b"', '"a,b"', '"{A}"', '"a\\"b"', '"a\\\\b"', '"ऋ"',
    ]);
    expect(textElement(null)).toBe('NULL');
  });

  it('nests an array literal inside an element in one pass', () => {
    expect(textArrayElement(['A', null, 'a "b"', 'c\\d'])).toBe('"{A,NULL,\\"a \\\\\\"b\\\\\\"\\",\\"c\\\\\\\\d\\"}"');
    expect(numberArrayElement([4, -1, null, Number.NaN])).toBe('"{4,-1,NULL,NULL}"');
    expect(textArrayElement([])).toBe('"{}"');
    expect(arrayColumns([{ a: 'x' }, { a: null }], [(r) => textElement(r.a)])).toEqual(['{x,NULL}']);
  });
});
