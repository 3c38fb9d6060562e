import type { ChoiceSpec, MultiSpec, NumericSpec } from './types.ts';

export const num = (o: Omit<NumericSpec, 'kind'>): NumericSpec => ({ kind: 'numeric', ...o });
export const choice = (o: Omit<ChoiceSpec, 'kind'>): ChoiceSpec => ({ kind: 'choice', ...o });
export const multi = (o: Omit<MultiSpec, 'kind'>): MultiSpec => ({ kind: 'multi', ...o });

export function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

export function nCr(n: number, r: number): number {
  if (r < 0 || r > n) return 0;
  let c = 1;
  for (let i = 1; i <= r; i++) c = (c * (n - r + i)) / i;
  return Math.round(c);
}

export function nPr(n: number, r: number): number {
  return r > n ? 0 : factorial(n) / factorial(n - r);
}

/** A random non-zero integer in [lo, hi]. */
export function nonZero(rng: { int(lo: number, hi: number): number }, lo: number, hi: number): number {
  let v = 0;
  while (v === 0) v = rng.int(lo, hi);
  return v;
}

/** Pythagorean triples (a, b, c) with a² + b² = c²: integer lengths for clean answers. */
export const TRIPLES = [
  [3, 4, 5],
  [4, 3, 5],
  [5, 12, 13],
  [12, 5, 13],
  [6, 8, 10],
  [8, 6, 10],
  [8, 15, 17],
  [15, 8, 17],
  [7, 24, 25],
  [24, 7, 25],
  [9, 12, 15],
  [20, 21, 29],
] as const;

/** Quadruples (a, b, c, d) with a² + b² + c² = d². */
export const QUADRUPLES = [
  [1, 2, 2, 3],
  [2, 3, 6, 7],
  [1, 4, 8, 9],
  [4, 4, 7, 9],
  [2, 6, 9, 11],
  [6, 6, 7, 11],
  [2, 10, 11, 15],
  [3, 4, 12, 13],
] as const;

/** cos(30°·k) exactly-rounded without transcendental calls (engine-independent). */
export function cos30(k: number): number {
  const table = [1, Math.sqrt(3) / 2, 0.5, 0, -0.5, -Math.sqrt(3) / 2, -1, -Math.sqrt(3) / 2, -0.5, 0, 0.5, Math.sqrt(3) / 2];
  return table[((k % 12) + 12) % 12] as number;
}

export function sin30(k: number): number {
  return cos30(k - 3);
}
