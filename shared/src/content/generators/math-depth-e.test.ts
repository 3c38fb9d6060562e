import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { mathDepthEGenerators, RANK_WORDS, SHOT_P } from './math-depth-e.ts';
import { bisect, goldenMax, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;

function permutations(items: string[]): string[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}
const rankCache = new Map<number, number>();

/** The turn events by direct enumeration of die outcomes (same order as TURN_EVENTS). */
const DIE = [1, 2, 3, 4, 5, 6];
const twoDice = (ok: (a: number, b: number) => boolean) => DIE.flatMap((a) => DIE.map((b) => (ok(a, b) ? 1 : 0) as number)).reduce((s, x) => s + x, 0) / 36;
const oneDie = (ok: (a: number) => boolean) => DIE.filter(ok).length / 6;
const EVENT_P = [
  oneDie((a) => a === 6),
  oneDie((a) => a % 2 === 0),
  oneDie((a) => a > 4),
  twoDice((a, b) => a + b === 9),
  twoDice((a, b) => a === b),
  twoDice((a, b) => a + b >= 10),
  twoDice((a, b) => a + b === 5),
  oneDie((a) => [2, 3, 5].includes(a)),
];


/** Richardson extrapolation of g(h) → L for g(h) = L + c₁h + c₂h² + … (halving h, five levels). */
function richardson(g: (h: number) => number, h: number): number {
  let row = [0, 1, 2, 3, 4].map((i) => g(h / 2 ** i));
  for (let k = 1; row.length > 1; k++) row = row.slice(1).map((x, i) => (2 ** k * x - row[i]!) / (2 ** k - 1));
  return row[0]!;
}

const checks: Record<string, AnswerCheck> = {
  'm.pc.digit-numbers-condition': (p) => {
    const allowed = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => Math.floor(n(p, 'mask') / 2 ** d) % 2 === 1));
    let count = 0;
    for (let x = 10 ** (n(p, 'n') - 1); x < 10 ** n(p, 'n'); x++) {
      const ds = String(x).split('').map(Number);
      if (!ds.every((d) => allowed.has(d))) continue;
      if (n(p, 'rep') === 0 && new Set(ds).size !== ds.length) continue;
      if (n(p, 'cond') === 0 ? x % 2 !== 0 : x % 5 !== 0) continue;
      count++;
    }
    return count;
  },
  'm.pc.dictionary-rank': (p) => {
    const i = n(p, 'i');
    const hit = rankCache.get(i);
    if (hit !== undefined) return hit;
    const w = RANK_WORDS[i]!;
    const all = permutations(w.split('')).map((x) => x.join('')).sort();
    const rank = all.indexOf(w) + 1;
    rankCache.set(i, rank);
    return rank;
  },
  'm.stat.missing-frequency': (p) => {
    const xs = [0, 1, 2, 3, 4].map((k) => n(p, 'x0') + k * n(p, 'h'));
    const fs = [0, 1, 2, 3, 4].map((k) => n(p, `f${k}`));
    const found: number[] = [];
    for (let f = 1; f <= 100; f++) {
      const F = fs.map((x, k) => (k === n(p, 'j') ? f : x));
      const S = F.reduce((a, b) => a + b, 0);
      const SX = F.reduce((a, g, k) => a + g * xs[k]!, 0);
      if (10 * SX === n(p, 'm10') * S) found.push(f);
    }
    return found.length === 1 ? found[0]! : Number.NaN;
  },
  'm.stat.grouped-median': (p) => {
    // The ogive (cumulative frequency against upper class boundary) is piecewise linear; the
    // median is where it reaches N/2.
    const fs = [0, 1, 2, 3, 4].map((k) => n(p, `f${k}`));
    const bounds = [0, 1, 2, 3, 4, 5].map((k) => n(p, 's') + k * n(p, 'h'));
    const cum = [0];
    for (const f of fs) cum.push(cum[cum.length - 1]! + f);
    const ogive = (x: number) => {
      for (let k = 0; k < 5; k++) if (x <= bounds[k + 1]!) return cum[k]! + ((x - bounds[k]!) / (bounds[k + 1]! - bounds[k]!)) * fs[k]!;
      return cum[5]!;
    };
    return bisect((x) => ogive(x) - cum[5]! / 2, bounds[0]!, bounds[5]!);
  },
  'm.prob.three-shooters': (p) => {
    const ps = [0, 1, 2].map((k) => SHOT_P[n(p, `i${k}`)]!).map(([a, b]) => a / b);
    let total = 0;
    for (let mask = 0; mask < 8; mask++) {
      const hits = [0, 1, 2].filter((k) => (mask >> k) & 1).length;
      const pr = [0, 1, 2].reduce((acc, k) => acc * ((mask >> k) & 1 ? ps[k]! : 1 - ps[k]!), 1);
      if ([hits === 1, hits >= 1, hits === 2][n(p, 'v')]) total += pr;
    }
    return total;
  },
  'm.prob.alternate-turns': (p) => {
    // Play out the rounds: probability mass still in play after each pair of turns.
    const [pa, pb] = [EVENT_P[n(p, 'ia')]!, EVENT_P[n(p, 'ib')]!];
    let alive = 1;
    let win = 0;
    for (let round = 0; round < 5000 && alive > 1e-18; round++) {
      win += alive * pa;
      alive *= (1 - pa) * (1 - pb);
    }
    return win;
  },
  'm.seq.ap-to-gp-paragraph': (p) => {
    const [m, x, y, z] = [n(p, 'm'), n(p, 'x'), n(p, 'y'), n(p, 'z')];
    const gap = (d: number) => (m + y) ** 2 - (m - d + x) * (m + d + z);
    const ok = (d: number) => d > 0 && m - d > 0;
    const roots: number[] = [];
    const step = 0.01;
    for (let d = step; d < m; d += step) {
      if (Math.abs(gap(d)) < 1e-12) roots.push(d);
      else if (gap(d) * gap(d + step) < 0) roots.push(bisect(gap, d, d + step));
    }
    const good = roots.filter(ok).filter((d, i, all) => i === 0 || d - all[i - 1]! > 1e-6);
    return good.length === 1 ? m + good[0]! : Number.NaN;
  },
  'm.bin.greatest-term': (p) => {
    const [N, a, b, x] = [n(p, 'n'), n(p, 'a'), Math.abs(n(p, 'b')), n(p, 'p') / n(p, 'q')];
    const logs: number[] = [];
    for (let r = 0; r <= N; r++) {
      let lc = 0;
      for (let i = 1; i <= r; i++) lc += Math.log(N - r + i) - Math.log(i);
      logs.push(lc + (N - r) * Math.log(a) + r * Math.log(b * x));
    }
    const best = logs.indexOf(Math.max(...logs));
    const second = Math.max(...logs.filter((_, i) => i !== best));
    expect(logs[best]! - second).toBeGreaterThan(1e-9);
    return best + 1;
  },
  'm.lim.series-order-three': (p) => {
    const [a, b] = [n(p, 'a'), n(p, 'b')];
    const g = [
      (x: number) => (Math.exp(a * x) - 1 - a * x) / (x * Math.sin(b * x)),
      (x: number) => (Math.tan(a * x) - Math.sin(a * x)) / (x * x * Math.sin(b * x)),
      (x: number) => (a * x - Math.sin(a * x)) / (x * x * Math.tan(b * x)),
    ][n(p, 'v')]!;
    return richardson(g, 1e-2);
  },
  'm.app.inscribed-solid-max': (p) => {
    const [R, h] = [n(p, 'R'), n(p, 'h')];
    const volumes = [
      (H: number) => Math.PI * (R * R - (H * H) / 4) * H, // cylinder of height H in the sphere
      (H: number) => (Math.PI / 3) * H * (2 * R - H) * H, // cone of height H in the sphere
      (rho: number) => Math.PI * rho * rho * h * (1 - rho / R), // cylinder of radius rho in the cone
    ];
    const hi = [2 * R, 2 * R, R][n(p, 'v')]!;
    return goldenMax(volumes[n(p, 'v')]!, 0, hi) / Math.PI;
  },
  'm.int.area-tangent-parabola': (p) => {
    const [k, a] = [n(p, 'k'), n(p, 'a')];
    const parab = (x: number) => k * x * x;
    const tangent = (x: number) => 2 * k * a * x - k * a * a;
    if (n(p, 'v') === 1) return simpson((x) => parab(x) - tangent(x), 0, a);
    // Below the parabola and above both the x-axis and the tangent: the tangent is below the
    // x-axis until its root, so the lower boundary is max(0, tangent).
    const root = bisect(tangent, 0, a);
    return simpson(parab, 0, root) + simpson((x) => parab(x) - tangent(x), root, a);
  },
  'm.prob.hypergeometric-variance': (p) => {
    const [r, b, k] = [n(p, 'r'), n(p, 'b'), n(p, 'k')];
    const N = r + b;
    let count = 0;
    let s1 = 0;
    let s2 = 0;
    for (let mask = 0; mask < 2 ** N; mask++) {
      let size = 0;
      let red = 0;
      for (let i = 0; i < N; i++) if ((mask >> i) & 1) { size++; if (i < r) red++; }
      if (size !== k) continue;
      count++;
      s1 += red;
      s2 += red * red;
    }
    return s2 / count - (s1 / count) ** 2;
  },
};

describe('maths depth templates E', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthEGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthEGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthEGenerators) {
    it(`${gen.id}: answers agree with the independent check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
