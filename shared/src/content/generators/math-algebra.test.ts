import { describe, expect, it } from 'vitest';
import { mathAlgebraGenerators as algebra } from './math-algebra.ts';
import { mathSeriesGenerators } from './math-series.ts';

const mathAlgebraGenerators = [...algebra, ...mathSeriesGenerators];
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);

/** Brute-force counters and direct evaluation, written independently of the generators. */
function countSubsets(n: number, keep: (pairs: [number, number][]) => boolean): number {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) pairs.push([i, j]);
  let count = 0;
  for (let mask = 0; mask < 2 ** pairs.length; mask++) {
    if (keep(pairs.filter((_, k) => (mask >> k) & 1))) count++;
  }
  return count;
}
const relCache = new Map<string, number>();
function relations(n: number, v: number): number {
  const key = `${n}:${v}`;
  const hit = relCache.get(key);
  if (hit !== undefined) return hit;
  const has = (r: [number, number][], a: number, b: number) => r.some(([x, y]) => x === a && y === b);
  const value = countSubsets(n, (r) => {
    if (v === 1) return Array.from({ length: n }, (_, i) => has(r, i, i)).every(Boolean);
    if (v === 2) return r.every(([x, y]) => has(r, y, x));
    return true;
  });
  relCache.set(key, value);
  return value;
}
function countFunctions(m: number, n: number, injective: boolean): number {
  let count = 0;
  const total = n ** m;
  for (let code = 0; code < total; code++) {
    const images = Array.from({ length: m }, (_, i) => Math.floor(code / n ** i) % n);
    if (!injective || new Set(images).size === m) count++;
  }
  return count;
}
function expandPoly(a: number, b: number, n: number): number[] {
  let poly = [1];
  for (let i = 0; i < n; i++) {
    const next = new Array<number>(poly.length + 1).fill(0);
    poly.forEach((c, k) => {
      next[k] = (next[k] ?? 0) + c * b;
      next[k + 1] = (next[k + 1] ?? 0) + c * a;
    });
    poly = next;
  }
  return poly;
}
function cpow(re: number, im: number, n: number): [number, number] {
  let r = 1;
  let i = 0;
  for (let k = 0; k < n; k++) [r, i] = [r * re - i * im, r * im + i * re];
  return [r, i];
}

const checks: Record<string, AnswerCheck> = {
  'm.sets.inclusion-exclusion': ({ a, b, c }) => {
    const A = new Set(Array.from({ length: a! }, (_, i) => i));
    const B = new Set(Array.from({ length: b! }, (_, i) => a! - c! + i));
    return new Set([...A, ...B]).size;
  },
  'm.rel.count': ({ n, v }) => relations(n!, v!),
  'm.func.count': ({ m, n, v }) => countFunctions(m!, n!, v === 1),
  'm.func.compose': ({ a, b, c, d, k, v }) => {
    if (v === 0) return a! * (c! * k! + d!) + b!;
    const y = a! * k! + b!;
    for (let x = -50; x <= 50; x++) if (a! * x + b! === y) return x;
    return NaN;
  },
  'm.func.log-eval': ({ b, s, t }) => Math.log(b! ** t!) / Math.log(b! ** s!),
  'm.cplx.product': ({ a, b, c, d, v }) => cpow(a!, b!, 1).map((_, i) => (i === 0 ? a! * c! - b! * d! : a! * d! + b! * c!))[v!]!,
  'm.cplx.modulus-power': ({ a, b, n }) => Math.hypot(...cpow(a!, b!, n!)),
  'm.cplx.de-moivre': ({ n, m }) => cpow(2 * Math.cos((m! * Math.PI) / 6), 2 * Math.sin((m! * Math.PI) / 6), n!)[0],
  'm.quad.roots': ({ p, q, v, a }) => {
    if (v === 0) {
      const b = -(p! + q!);
      const c = p! * q!;
      return (-b + Math.sqrt(b * b - 4 * c)) / 2;
    }
    const b = -(p! + q!);
    return b * b - 4 * a! * p! * q!;
  },
  'm.quad.sum-of-squares': ({ a, b, c }) => {
    const d = b! * b! - 4 * a! * c!;
    if (d >= 0) {
      const r1 = (-b! + Math.sqrt(d)) / (2 * a!);
      const r2 = (-b! - Math.sqrt(d)) / (2 * a!);
      return r1 * r1 + r2 * r2;
    }
    const re = -b! / (2 * a!);
    const im = Math.sqrt(-d) / (2 * a!);
    return 2 * (re * re - im * im);
  },
  'm.quad.shifted-roots': ({ s, p, k }) => {
    // The shifted polynomial is f(x - k); its constant term is f(-k).
    const x = -k!;
    return x * x - s! * x + p!;
  },
  'm.bin.coefficient': ({ n, k, a, b }) => expandPoly(a!, b!, n!)[k!]!,
  'm.bin.sums': ({ n, v, a, b }) => {
    const coefs = expandPoly(1, 1, n!);
    if (v === 0) return expandPoly(a!, b!, n!).reduce((x, y) => x + y, 0);
    if (v === 1) return coefs.reduce((acc, c, r) => acc + r * c, 0);
    return coefs.reduce((acc, c, r) => acc + (r % 2 === 0 ? c : 0), 0);
  },
  'm.seq.ap-sum': ({ a, d, n }) => Array.from({ length: n! }, (_, i) => a! + i * d!).reduce((x, y) => x + y, 0),
  'm.seq.gp-sum': ({ a, r, n, v, k, s }) => {
    if (v === 0) return Array.from({ length: n! }, (_, i) => a! * r! ** i).reduce((x, y) => x + y, 0);
    let sum = 0;
    for (let i = 0; i < 200; i++) sum += a! * (s! / k!) ** i;
    return sum;
  },
  'm.seq.means': ({ a, b, v, p, q }) => {
    if (v === 0) return 1 / ((1 / a! + 1 / b!) / 2);
    let best = Infinity;
    const x0 = Math.sqrt(q! / p!);
    for (let x = x0 * 0.5; x <= x0 * 1.5; x += x0 / 10000) best = Math.min(best, p! * x + q! / x);
    return Math.abs(best - 2 * Math.sqrt(p! * q!)) < 1e-4 ? 2 * Math.sqrt(p! * q!) : best;
  },
  'm.seq.special-sums': ({ n, v }) => {
    let sum = 0;
    for (let k = 1; k <= n!; k++) sum += v === 0 ? k * k : v === 1 ? k ** 3 : k * (k + 1);
    return sum;
  },
};

describe('maths algebra generators', () => {
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathAlgebraGenerators, SEEDS)).toEqual([]);
  });
  it('has a check for every generator', () => {
    expect(mathAlgebraGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  for (const gen of mathAlgebraGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
