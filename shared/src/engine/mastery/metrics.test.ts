import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auc, logLoss, rmse } from './metrics.ts';

function bruteAuc(p: number[], y: number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < p.length; i++) {
    for (let j = 0; j < p.length; j++) {
      if (y[i] === 1 && y[j] === 0) {
        den++;
        num += p[i]! > p[j]! ? 1 : p[i] === p[j] ? 0.5 : 0;
      }
    }
  }
  return num / den;
}

describe('metrics', () => {
  it.each([
    [[0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0], 1],
    [[0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0], 0],
    [[0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0], 0.5],
    [[0.9, 0.3, 0.6, 0.2], [1, 0, 0, 1], 0.5],
  ])('auc(%j, %j) = %d', (p, y, expected) => {
    expect(auc(p, y)).toBeCloseTo(expected, 12);
  });

  it('auc is NaN with one class only', () => {
    expect(auc([0.2, 0.4], [1, 1])).toBeNaN();
  });

  it('property: auc equals the pairwise definition (ties count ½)', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 10 }).map((x) => x / 10), fc.constantFrom(0, 1));
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 60 }), (rows) => {
        const p = rows.map((r) => r[0]);
        const y = rows.map((r) => r[1]);
        fc.pre(y.includes(0) && y.includes(1));
        expect(auc(p, y)).toBeCloseTo(bruteAuc(p, y), 12);
      }),
    );
  });

  it('log loss and RMSE of known values', () => {
    expect(logLoss([0.5, 0.5], [1, 0])).toBeCloseTo(Math.LN2, 12);
    expect(logLoss([1, 0], [1, 0])).toBeLessThan(1e-8);
    expect(Number.isFinite(logLoss([0, 1], [1, 0]))).toBe(true);
    expect(rmse([0.5, 0.5], [1, 0])).toBeCloseTo(0.5, 12);
    expect(rmse([1, 0], [1, 0])).toBe(0);
  });
});
