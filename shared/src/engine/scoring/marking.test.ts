import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markResponse, roundHalfAway, type MarkableQuestion } from './marking.ts';

const q = (type: MarkableQuestion['type'], answer: string, tolerance: number | null = null): MarkableQuestion => ({
  id: 'q',
  subject: 'MATH',
  type,
  answer,
  tolerance,
});

describe('JEE Main marking (+4 / −1 / 0)', () => {
  it.each([
    ['SINGLE', 'B', 'B', 4, 'CORRECT'],
    ['SINGLE', 'B', 'b', 4, 'CORRECT'],
    ['SINGLE', 'B', 'C', -1, 'WRONG'],
    ['SINGLE', 'B', 'E', -1, 'WRONG'],
    ['SINGLE', 'B', null, 0, 'UNANSWERED'],
    ['SINGLE', 'B', '  ', 0, 'UNANSWERED'],
    ['INTEGER', '9', '9', 4, 'CORRECT'],
    ['INTEGER', '9', '9.4', 4, 'CORRECT'],
    ['INTEGER', '9', '8.5', 4, 'CORRECT'],
    ['INTEGER', '9', '8.49', -1, 'WRONG'],
    ['NUMERIC', '4.47', '4', 4, 'CORRECT'],
    ['NUMERIC', '4.47', '4.6', -1, 'WRONG'],
    ['NUMERIC', '2.5', '3', 4, 'CORRECT'],
    ['NUMERIC', '-2.5', '-3', 4, 'CORRECT'],
    ['NUMERIC', '4.47', 'abc', -1, 'WRONG'],
  ] as const)('%s key %s response %j → %d', (type, key, response, marks, status) => {
    expect(markResponse('JEE_MAIN', q(type, key), response)).toEqual({ marks, status });
  });
});

describe('JEE Advanced marking', () => {
  it.each([
    ['SINGLE', 'B', 'B', 3, 'CORRECT'],
    ['SINGLE', 'B', 'A', -1, 'WRONG'],
    // multi-correct, exactly as docs/product.md writes it
    ['MULTI', 'ABCD', 'ABCD', 4, 'CORRECT'],
    ['MULTI', 'ABCD', 'DCBA', 4, 'CORRECT'],
    ['MULTI', 'ABCD', 'ABC', 3, 'PARTIAL'],
    ['MULTI', 'ABCD', 'AB', 2, 'PARTIAL'],
    ['MULTI', 'ABCD', 'A', 1, 'PARTIAL'],
    ['MULTI', 'ABD', 'ABD', 4, 'CORRECT'],
    ['MULTI', 'ABD', 'AB', 2, 'PARTIAL'],
    ['MULTI', 'ABD', 'D', 1, 'PARTIAL'],
    ['MULTI', 'ABD', 'ABC', -2, 'WRONG'],
    ['MULTI', 'ABD', 'ABCD', -2, 'WRONG'],
    ['MULTI', 'AB', 'AB', 4, 'CORRECT'],
    ['MULTI', 'AB', 'A', 1, 'PARTIAL'],
    ['MULTI', 'AB', 'AC', -2, 'WRONG'],
    ['MULTI', 'C', 'C', 4, 'CORRECT'],
    ['MULTI', 'C', 'A', -2, 'WRONG'],
    ['MULTI', 'C', 'AC', -2, 'WRONG'],
    ['MULTI', 'ABD', '', 0, 'UNANSWERED'],
    ['MULTI', 'ABD', 'AXB', -2, 'WRONG'],
    ['INTEGER', '9', '9', 4, 'CORRECT'],
    ['INTEGER', '9', '8', 0, 'WRONG'],
    ['INTEGER', '9', '9.4', 0, 'WRONG'],
    ['NUMERIC', '4.47', '4.47', 3, 'CORRECT'],
    ['NUMERIC', '4.47', '4.474', 3, 'CORRECT'],
    ['NUMERIC', '4.47', '4.466', 3, 'CORRECT'],
    ['NUMERIC', '4.47', '4.48', 0, 'WRONG'],
    ['NUMERIC', '2.68', '2.675', 3, 'CORRECT'],
  ] as const)('%s key %s response %j → %d', (type, key, response, marks, status) => {
    expect(markResponse('JEE_ADVANCED', q(type, key), response)).toEqual({ marks, status });
  });

  it('honours the question tolerance for numerical answers', () => {
    expect(markResponse('JEE_ADVANCED', q('NUMERIC', '4.47', 0.01), '4.48').marks).toBe(3);
    expect(markResponse('JEE_ADVANCED', q('NUMERIC', '4.47', 0.01), '4.49').marks).toBe(0);
  });

  it('accepts per-question mark overrides', () => {
    expect(markResponse('JEE_ADVANCED', { ...q('INTEGER', '5'), fullMarks: 3 }, '5').marks).toBe(3);
  });
});

describe('marking properties', () => {
  const subsets = ['A', 'B', 'C', 'D', 'AB', 'AC', 'AD', 'BC', 'BD', 'CD', 'ABC', 'ABD', 'ACD', 'BCD', 'ABCD'];

  it('advanced multi: marks ∈ {−2,0,1,2,3,4}; +4 iff exact; negative iff a wrong option chosen', () => {
    fc.assert(
      fc.property(fc.constantFrom(...subsets), fc.constantFrom(...subsets), (key, chosen) => {
        const m = markResponse('JEE_ADVANCED', q('MULTI', key), chosen).marks;
        expect([-2, 1, 2, 3, 4]).toContain(m);
        expect(m === 4).toBe(key === chosen);
        const hasWrong = [...chosen].some((x) => !key.includes(x));
        expect(m < 0).toBe(hasWrong);
        if (!hasWrong && chosen !== key) expect(m).toBe(chosen.length);
      }),
    );
  });

  it('option order and case never change the marks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...subsets), fc.constantFrom(...subsets), (key, chosen) => {
        const shuffled = [...chosen].reverse().join('').toLowerCase();
        expect(markResponse('JEE_ADVANCED', q('MULTI', key), shuffled)).toEqual(markResponse('JEE_ADVANCED', q('MULTI', key), chosen));
      }),
    );
  });

  it('main numerical: correct iff both round to the same integer', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: -1000, max: 1000 }), (r, k) => {
        const m = markResponse('JEE_MAIN', q('INTEGER', String(k)), String(r)).marks;
        expect(m).toBe(roundHalfAway(r, 0) === k ? 4 : -1);
      }),
    );
  });

  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.125, 2, 0.13],
    [4.4749, 2, 4.47],
  ])('roundHalfAway(%d, %d) = %d', (x, d, y) => {
    expect(roundHalfAway(x, d)).toBe(y);
  });
});
