import { describe, expect, it } from 'vitest';
import { pgArray } from './decide.ts';

// The database side of these literals (that Postgres reads back exactly the values, for every
// character a device can send) is tests/jobs/bulk-scoring.pg.test.ts.
describe('pgArray', () => {
  it('quotes every string, escapes quotes and backslashes, writes null as NULL', () => {
    expect(pgArray(['A', 'a, "b"', '4\\5"', '', 'NULL', '{A,C}', null])).toBe('{"A","a, \\"b\\"","4\\\\5\\"","","NULL","{A,C}",NULL}');
  });

  it('writes numbers bare and an empty list as {}', () => {
    expect(pgArray([4, -1, 0, null, 30000])).toBe('{4,-1,0,NULL,30000}');
    expect(pgArray([])).toBe('{}');
  });
});
