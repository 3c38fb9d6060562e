import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTextProblem, safeForRecord } from './op-text.ts';

const deep = (n: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i += 1) v = { a: v };
  return v;
};

describe('upload op text', () => {
  it('names NUL, lone surrogates, bad keys and depth, with the path', () => {
    expect(findTextProblem({ answer: 'A\u0000' })).toMatch(/^data\.answer: contains U\+0000/);
    expect(findTextProblem({ answer: 'A\uD800' })).toMatch(/lone UTF-16 surrogate/);
    expect(findTextProblem({ answer: '\uDC00B' })).toMatch(/lone UTF-16 surrogate/);
    expect(findTextProblem({ ['k\u0000']: 1 })).toMatch(/a key contains U\+0000/);
    expect(findTextProblem(deep(5000))).toMatch(/nested deeper than 8 levels/);
    expect(findTextProblem({ answer: 'A😀', list: [1, 'two', null, { ok: true }] })).toBeNull();
    expect(findTextProblem(deep(7))).toBeNull();
  });

  it('safeForRecord always yields storable, shallow, bounded JSON', () => {
    const anything = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small', maxDepth: 12 }, fc.string({ unit: 'binary', maxLength: 20 }), fc.integer(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ unit: 'binary', maxLength: 10 }), tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(anything, (value) => {
        const json = JSON.stringify(safeForRecord(value));
        expect(json).not.toContain('\\u0000');
        expect(findTextProblem(JSON.parse(json) as unknown, 9)).toBeNull();
        expect(new TextEncoder().encode(json).length).toBeLessThanOrEqual(16 * 1024 + 200);
      }),
      { numRuns: 100 },
    );
    expect(JSON.stringify(safeForRecord(deep(5000)))).toContain('[nested too deep]');
  });
});
