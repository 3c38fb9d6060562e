import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, hashSeed, randomInt, randomNormal, shuffled } from './prng.ts';

describe('prng', () => {
  it('is reproducible for a seed and differs across seeds', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('property: floats in [0, 1), integers in [0, n)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = createPrng(seed);
        for (let i = 0; i < 50; i++) {
          const x = r();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
          const k = randomInt(r, n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        }
      }),
    );
  });

  it('is roughly uniform and normal deviates are roughly standard', () => {
    const r = createPrng(7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) bins[Math.floor(r() * 10)]!++;
    for (const b of bins) expect(Math.abs(b - 2000)).toBeLessThan(200);
    const zs = Array.from({ length: 20_000 }, () => randomNormal(r));
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    const sd = Math.sqrt(zs.reduce((a, b) => a + (b - mean) ** 2, 0) / zs.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(sd - 1)).toBeLessThan(0.05);
  });

  it('property: shuffled is a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (xs, seed) => {
        const copy = [...xs];
        const out = shuffled(xs, createPrng(seed));
        expect(xs).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
      }),
    );
  });

  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
  ])('hashSeed(%j) = %d (FNV-1a)', (text, h) => {
    expect(hashSeed(text)).toBe(h);
  });
});
