import { describe, expect, it } from 'vitest';
import { instantiate } from './framework.ts';
import { polyTex } from './format.ts';
import { ARRANGE_WORDS as WORDS, mathDepthAGenerators } from './math-depth-a.ts';
import { bisect, derivative, rk4, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;

/** Pascal's triangle, built by addition (independent of the generators' product formula). */
const PASCAL: number[][] = [[1]];
for (let i = 1; i <= 30; i++) PASCAL.push(Array.from({ length: i + 1 }, (_, j) => (PASCAL[i - 1]![j - 1] ?? 0) + (PASCAL[i - 1]![j] ?? 0)));
const binom = (a: number, b: number): number => (b < 0 || b > a ? 0 : PASCAL[a]![b]!);

function polyMul(p: number[], q: number[]): number[] {
  const out = new Array<number>(p.length + q.length - 1).fill(0);
  p.forEach((x, i) => q.forEach((y, j) => (out[i + j]! += x * y)));
  return out;
}
const polyPow = (p: number[], e: number): number[] => Array.from({ length: e }).reduce<number[]>((acc) => polyMul(acc, p), [1]);

function det3(m: number[][]): number {
  const [[a, b, c], [d, e, f], [g, h, i]] = m as [[number, number, number], [number, number, number], [number, number, number]];
  return a * e * i + b * f * g + c * d * h - c * e * g - b * d * i - a * f * h;
}
function adjugate(m: number[][]): number[][] {
  const minor = (r: number, c: number) => {
    const rows = m.filter((_, i) => i !== r).map((row) => row.filter((_, j) => j !== c));
    return rows[0]![0]! * rows[1]![1]! - rows[0]![1]! * rows[1]![0]!;
  };
  // adj = transpose of the cofactor matrix
  return [0, 1, 2].map((i) => [0, 1, 2].map((j) => ((i + j) % 2 === 0 ? 1 : -1) * minor(j, i)));
}
function rank(rows: number[][]): number {
  const m = rows.map((r) => r.slice());
  let rk = 0;
  for (let col = 0; col < m[0]!.length && rk < m.length; col++) {
    const pivot = m.findIndex((r, i) => i >= rk && Math.abs(r[col]!) > 1e-9);
    if (pivot < 0) continue;
    [m[rk], m[pivot]] = [m[pivot]!, m[rk]!];
    for (let i = 0; i < m.length; i++) {
      if (i === rk) continue;
      const f = m[i]![col]! / m[rk]![col]!;
      m[i] = m[i]!.map((v, j) => v - f * m[rk]![j]!);
    }
    rk++;
  }
  return rk;
}
const permCache = new Map<string, string[]>();
function distinctPermutations(word: string): string[] {
  const hit = permCache.get(word);
  if (hit) return hit;
  const out = new Set<string>();
  const go = (prefix: string, rest: string) => {
    if (rest.length === 0) out.add(prefix);
    const used = new Set<string>();
    for (let i = 0; i < rest.length; i++) {
      if (used.has(rest[i]!)) continue;
      used.add(rest[i]!);
      go(prefix + rest[i], rest.slice(0, i) + rest.slice(i + 1));
    }
  };
  go('', word);
  const list = [...out];
  permCache.set(word, list);
  return list;
}

/** Real roots of x² + bx + c found numerically around the vertex (double root when it touches). */
function realRoots(b: number, c: number): number[] {
  const f = (x: number) => x * x + b * x + c;
  const v = -b / 2;
  if (f(v) > 0) return [];
  if (f(v) === 0) return [v, v];
  return [bisect(f, v - 40, v), bisect(f, v, v + 40)];
}

const checks: Record<string, AnswerCheck> = {
  'm.sets.three-set-none': (p) => n(p, 'none'),
  'm.quad.cube-sum-of-roots': (p) => n(p, 'r1') ** 3 + n(p, 'r2') ** 3,
  'm.quad.root-facts-multi': (p) => {
    const b = n(p, 'b');
    const c = n(p, 'c');
    const roots = realRoots(b, c);
    let least = Infinity;
    for (let x = -40; x <= 40; x += 0.5) least = Math.min(least, x * x + b * x + c);
    const inUnit = roots.filter((r) => r > 1e-9 && r < 1 - 1e-9).length;
    // Statement texts as the stem words them (the fourth names the polynomial).
    const statements = [
      'The roots are real and distinct.',
      'Both roots are positive.',
      'Exactly one root lies in the interval $(0, 1)$.',
      `The least value of $${polyTex([c, b, 1])}$ over real $x$ is less than $-1$.`,
    ];
    const distinct = roots.length === 2 && Math.abs(roots[0]! - roots[1]!) > 1e-9;
    const truth = [distinct, roots.length === 2 && roots.every((r) => r > 1e-9), distinct && inUnit === 1, least < -1];
    return statements.filter((_, i) => truth[i]);
  },
  'm.seq.ap-multiples-sum': (p) => {
    let s = 0;
    for (let x = n(p, 'a'); x <= n(p, 'b'); x++) if (x % n(p, 'd') === 0) s += x;
    return s;
  },
  'm.seq.gp-sum-of-squares': (p) => {
    const r = n(p, 'p') / n(p, 'q');
    let s = 0;
    let t = n(p, 'a');
    for (let i = 0; i < 4000; i++, t *= r) s += t * t;
    return s;
  },
  'm.bin.coefficient-of-product': (p) => polyMul(polyPow([1, 1], n(p, 'n')), polyPow([1, -1], n(p, 'm')))[n(p, 'k')]!,
  'm.bin.weighted-coefficient-sums': (p) => {
    const N = n(p, 'n');
    let s = 0;
    for (let k = 0; k <= N; k++) s += [k * binom(N, k), binom(N, k) ** 2, (k + 1) * binom(N, k)][n(p, 'v')]!;
    return s;
  },
  'm.pc.committee-at-least': (p) => {
    const w = n(p, 'w');
    const people = w + n(p, 'm');
    let count = 0;
    for (let mask = 0; mask < 1 << people; mask++) {
      let size = 0;
      let women = 0;
      for (let i = 0; i < people; i++) {
        if (!((mask >> i) & 1)) continue;
        size++;
        if (i < w) women++;
      }
      if (size === n(p, 'r') && women >= n(p, 't')) count++;
    }
    return count;
  },
  'm.pc.vowels-together': (p) => {
    const word = WORDS[n(p, 'w')]!;
    const all = distinctPermutations(word);
    const together = all.filter((s) => {
      const idx = [...s].flatMap((ch, i) => ('AEIOU'.includes(ch) ? [i] : []));
      return idx[idx.length - 1]! - idx[0]! === idx.length - 1;
    }).length;
    return n(p, 'apart') === 1 ? all.length - together : together;
  },
  'm.prob.bayes-two-urns': (p) => {
    // Every (die face, ball) outcome with its probability; keep the red ones.
    let redI = 0;
    let red = 0;
    for (let face = 1; face <= 6; face++) {
      const fromI = face <= n(p, 'faces');
      const reds = fromI ? n(p, 'r1') : n(p, 'r2');
      const total = reds + (fromI ? n(p, 'b1') : n(p, 'b2'));
      for (let ball = 0; ball < total; ball++) {
        if (ball >= reds) continue;
        const pr = 1 / 6 / total;
        red += pr;
        if (fromI) redI += pr;
      }
    }
    return redI / red;
  },
  'm.prob.binomial-at-least-two': (p) => {
    const N = n(p, 'n');
    const hit = 1 / n(p, 'k');
    let total = 0;
    for (let mask = 0; mask < 1 << N; mask++) {
      let hits = 0;
      let pr = 1;
      for (let i = 0; i < N; i++) {
        const isHit = ((mask >> i) & 1) === 1;
        if (isHit) hits++;
        pr *= isHit ? hit : 1 - hit;
      }
      if (hits >= 2) total += pr;
    }
    return total;
  },
  'm.mat.adjoint-determinants': (p) => {
    const A = [[n(p, 'd'), n(p, 'x'), n(p, 'y')], [0, 1, n(p, 'z')], [0, 0, 1]];
    expect(det3(A)).toBe(n(p, 'd'));
    const adj = adjugate(A);
    return [det3(adj), det3(adjugate(adj)), det3(adj.map((r) => r.map((v) => n(p, 'k') * v)))][n(p, 'v')]!;
  },
  'm.mat.infinitely-many-solutions': (p) => {
    for (let lambda = -30; lambda <= 30; lambda++) {
      const A = [[1, 1, 1], [1, 2, n(p, 'q')], [1, 3, lambda]];
      if (det3(A) !== 0) continue;
      for (let mu = -60; mu <= 60; mu++) {
        const aug = [[1, 1, 1, n(p, 'a')], [1, 2, n(p, 'q'), n(p, 'b')], [1, 3, lambda, mu]];
        if (rank(aug) === rank(A)) return lambda + mu;
      }
    }
    return NaN;
  },
  'm.int.area-parabola-chord': (p) => {
    const x1 = n(p, 'x1');
    const x2 = n(p, 'x2');
    return simpson((x) => (x1 + x2) * x - x1 * x2 - x * x, x1, x2);
  },
  'm.app.open-box-volume': (p) => {
    const V = (x: number) => x * (n(p, 'a') - 2 * x) * (n(p, 'b') - 2 * x);
    let lo = 0;
    let hi = Math.min(n(p, 'a'), n(p, 'b')) / 2;
    for (let i = 0; i < 300; i++) {
      const m1 = lo + (hi - lo) / 3;
      const m2 = hi - (hi - lo) / 3;
      if (V(m1) < V(m2)) lo = m1;
      else hi = m2;
    }
    return V((lo + hi) / 2);
  },
  'm.de.linear-initial-value': (p) => rk4((_x, y) => n(p, 'b') - n(p, 'k') * y, 0, n(p, 'y0'), n(p, 't'), 20000),
  'm.cg.circle-tangent-length': (p) => {
    const px = n(p, 'h') + (n(p, 'axis') === 0 ? n(p, 'dist') : 0);
    const py = n(p, 'k') + (n(p, 'axis') === 1 ? -n(p, 'dist') : 0);
    return Math.sqrt((px - n(p, 'h')) ** 2 + (py - n(p, 'k')) ** 2 - n(p, 'r') ** 2);
  },
  'm.vec.tetrahedron-volume': (p) =>
    Math.abs(det3([[n(p, 'a1'), n(p, 'a2'), n(p, 'a3')], [n(p, 'b1'), n(p, 'b2'), n(p, 'b3')], [n(p, 'c1'), n(p, 'c2'), n(p, 'c3')]])) / 6,
  'm.3d.distance-parallel-planes': (p) => {
    const [a, b, c, k] = [n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'k')];
    const z0 = -n(p, 'd1') / c; // (0, 0, z0) lies on the first plane
    return Math.abs(k * c * z0 + n(p, 'd2')) / Math.hypot(k * a, k * b, k * c);
  },
  'm.trig.solution-count': (p) => {
    const s = n(p, 'sp') / n(p, 'sq');
    const f = (x: number) => Math.sin(n(p, 'k') * x) - s;
    const end = n(p, 'm') * Math.PI;
    const steps = 200000;
    let count = 0;
    for (let i = 0; i < steps; i++) if (Math.sign(f((i * end) / steps)) !== Math.sign(f(((i + 1) * end) / steps))) count++;
    return count;
  },
  'm.stat.corrected-variance': (p) => {
    const xs = Array.from({ length: 10 }, (_, i) => n(p, `x${i}`));
    const mean = xs.reduce((s, x) => s + x, 0) / 10;
    return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / 10;
  },
  'm.lim.rationalise-root': (p) => derivative((x) => Math.sqrt(n(p, 'r') ** 2 + n(p, 'b') * x), 0, 1e-3),
  'm.int.king-property': (p) => {
    const s = n(p, 'a') + n(p, 'b');
    const N = n(p, 'n');
    return simpson((x) => x ** N / (x ** N + (s - x) ** N), n(p, 'a'), n(p, 'b'), 4000);
  },
};

describe('Maths depth templates', () => {
  it('every template has an independent check', () => {
    expect(mathDepthAGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(mathDepthAGenerators.map((g) => [g.id, g] as const))('%s agrees with its independent check over 250 seeds', (_id, def) => {
    expect(verifyGenerator(def, checks[def.id]!, SEEDS)).toEqual([]);
  });

  it.each(mathDepthAGenerators.map((g) => [g.id, g] as const))('%s gives at least 20 distinct questions from at least 12 distinct stems', (_id, def) => {
    expect(distinctInstances(def, 250)).toBeGreaterThanOrEqual(20);
    expect(new Set(SEEDS.map((seed) => instantiate(def, seed).question.text.split('\n\n')[0])).size).toBeGreaterThanOrEqual(12);
  });

  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthAGenerators, SEEDS)).toEqual([]);
  });
});
