/**
 * Seeded pseudo-random numbers. The engine never calls `Math.random()`: every function that
 * needs randomness takes a `Prng` (or a seed) so results are reproducible on every replica.
 */

/** A source of uniform floats in [0, 1). Stateful: each call advances the stream. */
export type Prng = () => number;

/**
 * sfc32 generator seeded from a 32-bit integer (splitmix32 expands the seed). Period ≈ 2^128;
 * fast and well distributed, which is all test assembly and simulation need (not cryptographic).
 */
export function createPrng(seed: number): Prng {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** Stable 32-bit FNV-1a hash of a string; used to derive per-entity seeds and tie-breaks. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Uniform integer in [0, n). `n` must be a positive integer. */
export function randomInt(rng: Prng, n: number): number {
  return Math.floor(rng() * n);
}

/** Standard normal deviate (Box–Muller), mean 0, sd 1. */
export function randomNormal(rng: Prng): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Fisher–Yates shuffle of a copy; the input is not modified. */
export function shuffled<T>(items: readonly T[], rng: Prng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
