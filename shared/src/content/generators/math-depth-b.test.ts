import { describe, expect, it } from 'vitest';
import { instantiate } from './framework.ts';
import { mathDepthBGenerators } from './math-depth-b.ts';
import { bisect, derivative, simpson } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;

type C = [number, number];
const cmul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const cdiv = (a: C, b: C): C => {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
};
const FORMS: C[] = [[1, 1], [1, -1], [-1, 1], [1, Math.sqrt(3)], [Math.sqrt(3), 1], [-Math.sqrt(3), 1], [1, -Math.sqrt(3)], [-1, -Math.sqrt(3)]];

function permutationsOf(k: number): number[][] {
  if (k === 0) return [[]];
  return permutationsOf(k - 1).flatMap((p) => Array.from({ length: k }, (_, i) => [...p.slice(0, i), k - 1, ...p.slice(i)]));
}

const matrixCounts = new Map<string, number>();
const tableCounts = new Map<string, number>();

const checks: Record<string, AnswerCheck> = {
  'm.rel.congruence-pairs': (p) => {
    let count = 0;
    for (let a = 1; a <= n(p, 'n'); a++) for (let b = 1; b <= n(p, 'n'); b++) if ((a - b) % n(p, 'm') === 0) count++;
    return count;
  },
  'm.func.onto-count': (p) => {
    const N = n(p, 'n');
    const m = n(p, 'm');
    let count = 0;
    for (let code = 0; code < m ** N; code++) {
      const images = new Set(Array.from({ length: N }, (_, i) => Math.floor(code / m ** i) % m));
      if ((images.size === m) !== (n(p, 'not') === 1)) count++;
    }
    return count;
  },
  'm.func.inverse-of-composite': (p) => {
    const h = (x: number) => n(p, 'a') * (n(p, 'c') * x + n(p, 'd')) + n(p, 'b');
    const y0 = h(n(p, 'x0'));
    return bisect((x) => h(x) - y0, -1000, 1000);
  },
  'm.log.equation-valid-root': (p) => {
    const a = n(p, 'x0') - 2 ** n(p, 'i');
    const b = n(p, 'x0') - 2 ** n(p, 'j');
    const k = n(p, 'i') + n(p, 'j');
    return bisect((x) => Math.log2(x - a) + Math.log2(x - b) - k, Math.max(a, b) + 1e-12, 1e4);
  },
  'm.cplx.modulus-of-quotient': (p) => {
    const z = cdiv(cmul([n(p, 'p1'), -n(p, 'q1')], [n(p, 'p2'), n(p, 'q2')]), [n(p, 'p3'), n(p, 'q3')]);
    return Math.hypot(z[0], z[1]);
  },
  'm.cplx.least-power-real': (p) => {
    const z = FORMS[n(p, 'f')]!;
    let w: C = [1, 0];
    for (let k = 1; k <= 50; k++) {
      w = cmul(w, z);
      const r = Math.hypot(w[0], w[1]);
      if (Math.abs(w[1]) < 1e-9 * r && (n(p, 'positive') === 0 || w[0] > 0)) return k;
    }
    return NaN;
  },
  'm.cplx.unity-root-chords': (p) => {
    const N = n(p, 'n');
    let sum = 0;
    let prod: C = [1, 0];
    for (let k = 1; k < N; k++) {
      const w: C = [Math.cos((2 * Math.PI * k) / N), Math.sin((2 * Math.PI * k) / N)];
      sum += (1 - w[0]) ** 2 + w[1] ** 2;
      prod = cmul(prod, [1 - w[0], -w[1]]);
    }
    return n(p, 'v') === 0 ? sum : prod[0];
  },
  'm.mat.cayley-hamilton': (p) => {
    const [a, b, c, d] = [n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'd')];
    const sq = [a * a + b * c, a * b + b * d, c * a + d * c, c * b + d * d];
    // A² = αA + βI entrywise; solve from the off-diagonal (or diagonal) entries.
    let alpha: number;
    if (b !== 0) alpha = sq[1]! / b;
    else if (c !== 0) alpha = sq[2]! / c;
    else if (a !== d) alpha = (sq[0]! - sq[3]!) / (a - d);
    else alpha = 2 * a; // A = aI (b = c = 0, a = d): the characteristic polynomial's coefficients
    const beta = sq[0]! - alpha * a;
    expect(sq[3]).toBeCloseTo(alpha * d + beta, 9);
    return alpha + beta;
  },
  'm.mat.count-symmetric': (p) => {
    const N = n(p, 'n');
    const values = [[0, 1], [-1, 0, 1], [0, 1, 2]][n(p, 'set')]!;
    const key = `${N}:${n(p, 'set')}:${n(p, 'kind')}`;
    const cached = matrixCounts.get(key);
    if (cached !== undefined) return cached;
    let count = 0;
    const cells = N * N;
    for (let code = 0; code < values.length ** cells; code++) {
      const m = Array.from({ length: cells }, (_, i) => values[Math.floor(code / values.length ** i) % values.length]!);
      const at = (i: number, j: number) => m[i * N + j]!;
      let ok = true;
      const kind = n(p, 'kind');
      for (let i = 0; i < N && ok; i++) {
        for (let j = 0; j < N && ok; j++) {
          if (kind === 0) ok = at(i, j) === at(j, i);
          else if (kind === 1) ok = at(i, j) === -at(j, i);
          else if (kind === 2) ok = i <= j || at(i, j) === 0;
          else ok = i === j || at(i, j) === 0;
        }
      }
      if (ok) count++;
    }
    matrixCounts.set(key, count);
    return count;
  },
  'm.pc.round-table-apart': (p) => {
    // Seat person 0 in a fixed chair (rotations are the same seating), permute the rest.
    const N = n(p, 'n');
    const key = `${N}:${n(p, 'v')}`;
    const cached = tableCounts.get(key);
    if (cached !== undefined) return cached;
    const adjacent = (seats: number[], x: number, y: number) => {
      const gap = Math.abs(seats.indexOf(x) - seats.indexOf(y));
      return gap === 1 || gap === N - 1;
    };
    const count = permutationsOf(N - 1).filter((rest) => {
      const seats = [0, ...rest.map((x) => x + 1)];
      if (n(p, 'v') === 0) return !adjacent(seats, 1, 2);
      if (n(p, 'v') === 1) return adjacent(seats, 1, 2);
      // People 1, 2, 3 in three consecutive seats: two of the three pairs are adjacent.
      return [adjacent(seats, 1, 2), adjacent(seats, 2, 3), adjacent(seats, 1, 3)].filter(Boolean).length === 2;
    }).length;
    tableCounts.set(key, count);
    return count;
  },
  'm.seq.numbers-from-means': (p) => n(p, 'q') ** 2 * n(p, 't'),
  'm.seq.product-and-cube-sums': (p) => {
    let s = 0;
    for (let k = 1; k <= n(p, 'n'); k++) s += n(p, 'v') === 0 ? k * (k + 1) : k * k * k;
    return s;
  },
  'm.deriv.implicit-slope': (p) => {
    const [x0, y0, k] = [n(p, 'x0'), n(p, 'y0'), n(p, 'k')];
    const c = x0 * x0 + k * x0 * y0 + y0 * y0;
    // y(x) on the branch through (x0, y0), found by bisection near y0.
    const y = (x: number) => bisect((t) => x * x + k * x * t + t * t - c, y0 - 0.5, y0 + 0.5);
    return derivative(y, x0, 1e-3);
  },
  'm.app.tangent-x-intercept': (p) => {
    const f = (x: number) => x ** 3 - n(p, 'a') * x;
    const t = n(p, 't');
    const m = derivative(f, t);
    return bisect((x) => f(t) + m * (x - t), -1e4, 1e4);
  },
  'm.app.mvt-point': (p) => {
    const k = n(p, 'k');
    const f = (x: number) => x ** 3 + n(p, 'p') * x;
    const chord = (f(k) - f(0)) / k;
    return bisect((c) => derivative(f, c) - chord, 1e-9, k);
  },
  'm.int.by-parts-exp': (p) => simpson((x) => x * Math.exp(n(p, 'neg') === 1 ? -x : x), 0, n(p, 'a'), 4000),
  'm.int.antiderivative-value': (p) => n(p, 'd') + simpson((x) => 3 * n(p, 'a') * x * x + 2 * n(p, 'b') * x + n(p, 'c'), 0, n(p, 't')),
  'm.de.growth-multiple': (p) => bisect((t) => 2 ** (t / n(p, 'T')) - n(p, 'm'), 0, 1000),
  'm.cg.foot-of-perpendicular': (p) => {
    const [a, b, s] = [n(p, 'a'), n(p, 'b'), n(p, 's')];
    const c = -(a * n(p, 'fx') + b * n(p, 'fy'));
    const P = [n(p, 'fx') + s * a, n(p, 'fy') + s * b] as const;
    // Closest point of the line to P, by minimising the distance along the line's direction.
    const onLine = (t: number): [number, number] => (b !== 0 ? [t, (-c - a * t) / b] : [-c / a, t]);
    const dist = (t: number) => Math.hypot(onLine(t)[0] - P[0], onLine(t)[1] - P[1]);
    let lo = -100;
    let hi = 100;
    for (let i = 0; i < 300; i++) {
      const m1 = lo + (hi - lo) / 3;
      const m2 = hi - (hi - lo) / 3;
      if (dist(m1) > dist(m2)) lo = m1;
      else hi = m2;
    }
    const foot = onLine((lo + hi) / 2);
    return Math.round((foot[0] + foot[1]) * 1e6) / 1e6;
  },
  'm.cg.tan-angle-between-lines': (p) => {
    const angle = Math.abs(Math.atan2(n(p, 'm1'), 1) - Math.atan2(n(p, 'm2'), 1));
    const acute = angle > Math.PI / 2 ? Math.PI - angle : angle;
    return Math.tan(acute);
  },
  'm.cg.focal-chord-length': (p) => {
    const a = n(p, 'a');
    const t = n(p, 't');
    const P = [a * t * t, 2 * a * t];
    // The line through P and the focus (a, 0) meets the parabola again: scan its parameter.
    const dir = [a - P[0]!, -P[1]!];
    const g = (s: number) => (P[1]! + s * dir[1]!) ** 2 - 4 * a * (P[0]! + s * dir[0]!);
    const s = bisect(g, 1 + 1e-9, 1e4);
    return Math.hypot(s * dir[0]!, s * dir[1]!);
  },
  'm.cg.ellipse-latus-rectum': (p) => {
    const [A, B] = [n(p, 'aa'), n(p, 'bb')];
    const c = Math.sqrt(A * A - B * B);
    if (n(p, 'v') === 1) return 2 * c;
    const y = bisect((t) => (c * c) / (A * A) + (t * t) / (B * B) - 1, 0, B);
    return 2 * y;
  },
  'm.cg.hyperbola-foci': (p) => {
    const [A, B] = [n(p, 'aa'), n(p, 'bb')];
    // The foci (±c, 0) are where |PF₁ − PF₂| = 2a for a point P on the curve.
    const P = [A * Math.cosh(1.3), B * Math.sinh(1.3)] as const;
    const gap = (c: number) => Math.abs(Math.hypot(P[0] + c, P[1]) - Math.hypot(P[0] - c, P[1])) - 2 * A;
    return 2 * bisect(gap, A, 10 * (A + B));
  },
  'm.3d.skew-lines-distance': (p) => {
    const a = [n(p, 'a1'), n(p, 'a2'), n(p, 'a3')];
    const b = [n(p, 'b1'), n(p, 'b2'), n(p, 'b3')];
    const c = [n(p, 'c1'), n(p, 'c2'), n(p, 'c3')];
    const d = [n(p, 'd1'), n(p, 'd2'), n(p, 'd3')];
    const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * v[i]!, 0);
    const w = a.map((x, i) => x - c[i]!);
    // Normal equations of min |w + λb − μd|².
    const [bb, bd, dd, wb, wd] = [dot(b, b), dot(b, d), dot(d, d), dot(w, b), dot(w, d)];
    const det = bb * dd - bd * bd;
    const lambda = (bd * wd - dd * wb) / det;
    const mu = (bb * wd - bd * wb) / det;
    return Math.hypot(...w.map((x, i) => x + lambda * b[i]! - mu * d[i]!));
  },
  'm.vec.projection-length': (p) => {
    const a = [n(p, 'a1'), n(p, 'a2'), n(p, 'a3')];
    const b = [n(p, 'p'), n(p, 'q'), n(p, 'r')];
    const la = Math.hypot(...a);
    const lb = Math.hypot(...b);
    const lab = Math.hypot(...a.map((x, i) => x - b[i]!));
    return la === 0 ? 0 : (la * la + lb * lb - lab * lab) / (2 * lb);
  },
  'm.prob.dice-sum-divisible': (p) => {
    let hits = 0;
    const k = n(p, 'k');
    for (let i = 1; i <= 6; i++) for (let j = 1; j <= 6; j++) if ([(i + j) % k === 0, i + j > k, i + j === k][n(p, 'event')]) hits++;
    return hits / 36;
  },
  'm.trig.max-of-combination': (p) => {
    const f = (x: number) => n(p, 'a') * Math.sin(x) + n(p, 'b') * Math.cos(x) + n(p, 'c');
    const sign = n(p, 'v') === 0 ? 1 : -1;
    let best = -Infinity;
    let at = 0;
    for (let i = 0; i < 3600; i++) {
      const x = (i / 3600) * 2 * Math.PI;
      if (sign * f(x) > best) [best, at] = [sign * f(x), x];
    }
    let lo = at - 0.01;
    let hi = at + 0.01;
    for (let i = 0; i < 200; i++) {
      const m1 = lo + (hi - lo) / 3;
      const m2 = hi - (hi - lo) / 3;
      if (sign * f(m1) < sign * f(m2)) lo = m1;
      else hi = m2;
    }
    return Math.round(f((lo + hi) / 2) * 1e6) / 1e6;
  },
  'm.trig.inverse-tan-sum': (p) => Math.tan(Math.atan(n(p, 'x6') / 6) + Math.atan(n(p, 'y6') / 6)),
};

describe('Maths depth templates, second set', () => {
  it('every template has an independent check', () => {
    expect(mathDepthBGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(mathDepthBGenerators.map((g) => [g.id, g] as const))('%s agrees with its independent check over 250 seeds', (_id, def) => {
    expect(verifyGenerator(def, checks[def.id]!, SEEDS)).toEqual([]);
  });

  it.each(mathDepthBGenerators.map((g) => [g.id, g] as const))('%s gives at least 20 distinct questions from at least 12 distinct stems', (_id, def) => {
    expect(distinctInstances(def, 250)).toBeGreaterThanOrEqual(20);
    expect(new Set(SEEDS.map((seed) => instantiate(def, seed).question.text.split('\n\n')[0])).size).toBeGreaterThanOrEqual(12);
  });

  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthBGenerators, SEEDS)).toEqual([]);
  });
});
