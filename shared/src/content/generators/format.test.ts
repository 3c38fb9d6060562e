import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionFormatter, typesetPowers } from './format.ts';

describe('typesetPowers', () => {
  it('rewrites plain-text powers of ten as KaTeX and leaves math and units alone', () => {
    expect(typesetPowers('a 2 × 10⁻6 M solution')).toBe('a $2 \\times 10^{-6}$ M solution');
    expect(typesetPowers('1 D = 3.336 × 10⁻³⁰ C m, $e = 1.6 \\times 10^{-19}$ C')).toBe('1 D = $3.336 \\times 10^{-30}$ C m, $e = 1.6 \\times 10^{-19}$ C');
    expect(typesetPowers('constant 5 × 10⁴ bar')).toBe('constant $5 \\times 10^{4}$ bar');
    expect(typesetPowers('$2.5$ × 10⁻⁴')).toBe('$2.5$ $\\times 10^{-4}$');
    expect(typesetPowers('10 cm⁻¹ of 100 m')).toBe('10 cm⁻¹ of 100 m');
    expect(typesetPowers('$x^{10}$ and $$10^{-6}$$')).toBe('$x^{10}$ and $$10^{-6}$$');
  });
});

describe('optionFormatter', () => {
  it('gives every option the same decimals', () => {
    const f = optionFormatter(23, false);
    expect([23, 46.1, 11.5].map(f)).toEqual(['23.0', '46.1', '11.5']);
    expect([12, 24, 6].map(optionFormatter(12, true))).toEqual(['12', '24', '6']);
    const s = optionFormatter(2.45e-6, false);
    expect([2.45e-6, 2e-6].map(s)).toEqual(['2.45 \\times 10^{-6}', '2.00 \\times 10^{-6}']);
  });

  it('never prints "10⁻" or a mixed precision for any moderate value', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 99999, noNaN: true }), fc.array(fc.double({ min: 0.001, max: 99999, noNaN: true }), { minLength: 3, maxLength: 3 }), (v, others) => {
        const f = optionFormatter(v, false);
        const decimals = [v, ...others].map((x) => (f(x).split('.')[1] ?? '').length);
        return new Set(decimals).size === 1 && !f(v).includes('⁻');
      }),
    );
  });
});
