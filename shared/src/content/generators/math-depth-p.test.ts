import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { footStatements, mathDepthPGenerators } from './math-depth-p.ts';
import { bisect, simpson, solve } from './numeric-methods.test-util.ts';
import type { Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const n = (p: Params, k: string): number => p[k] as number;
const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

/** Determinant by elimination with partial pivoting. */
function det(rows: number[][]): number {
  const a = rows.map((r) => [...r]);
  let d = 1;
  for (let c = 0; c < a.length; c++) {
    let p = c;
    for (let r = c + 1; r < a.length; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (a[p]![c] === 0) return 0;
    if (p !== c) [a[p], a[c], d] = [a[c]!, a[p]!, -d];
    d *= a[c]![c]!;
    for (let r = c + 1; r < a.length; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let j = c; j < a.length; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  return d;
}

const matMul = (x: number[][], y: number[][]) => x.map((r) => y[0]!.map((_, j) => r.reduce((s, v, k) => s + v * y[k]![j]!, 0)));

const checks: Record<string, AnswerCheck> = {
  'm.cplx.roots-polygon-area': (p) => {
    const [N, r, dir] = [n(p, 'n'), n(p, 'r'), n(p, 'dir')];
    const R = r ** N;
    const w = [[R, 0], [0, R], [-R, 0], [0, -R]][dir]!;
    const mod = Math.hypot(w[0]!, w[1]!) ** (1 / N);
    const phi = Math.atan2(w[1]!, w[0]!);
    const roots = Array.from({ length: N }, (_, k) => [mod * Math.cos((phi + 2 * Math.PI * k) / N), mod * Math.sin((phi + 2 * Math.PI * k) / N)]);
    // Each root really solves zⁿ = w (de Moivre applied numerically), then the shoelace area.
    for (const [x, y] of roots) {
      let [re, im] = [1, 0];
      for (let i = 0; i < N; i++) [re, im] = [re * x! - im * y!, re * y! + im * x!];
      expect(Math.hypot(re - w[0]!, im - w[1]!)).toBeLessThan(1e-6 * R);
    }
    let area = 0;
    roots.forEach(([x1, y1], i) => {
      const [x2, y2] = roots[(i + 1) % N]!;
      area += x1! * y2! - x2! * y1!;
    });
    return round(Math.abs(area) / 2, 7);
  },
  'm.quad.common-root-values': (p) => {
    const [alpha, beta, S] = [n(p, 'alpha'), n(p, 'beta'), n(p, 'S')];
    const [b1, c1, b2] = [-(alpha + beta), alpha * beta, -S];
    // Sylvester resultant of x² + b1x + c1 and x² + b2x + k: zero exactly when they share a root.
    // It is quadratic in k; the sum of its roots is −(coefficient of k)/(coefficient of k²).
    const res = (k: number) => det([[1, b1, c1, 0], [0, 1, b1, c1], [1, b2, k, 0], [0, 1, b2, k]]);
    const [r0, r1, rm] = [res(0), res(1), res(-1)];
    const A2 = (r1 + rm) / 2 - r0;
    const A1 = (r1 - rm) / 2;
    return round(-A1 / A2, 6);
  },
  'm.mat.special-power-sum': (p) => {
    const [kind, a, b, c, N] = [n(p, 'kind'), n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'n')];
    const d = kind === 0 ? 1 - a : -a;
    const IA = [[1 + a, b], [c, 1 + d]];
    let power = [[1, 0], [0, 1]];
    for (let i = 0; i < N; i++) power = matMul(power, IA);
    return power.flat().reduce((s, x) => s + x, 0);
  },
  'm.pc.divisor-count': (p) => {
    const [a, b, c, v] = [n(p, 'a'), n(p, 'b'), n(p, 'c'), n(p, 'v')];
    const N = 2 ** a * 3 ** b * 5 ** c;
    const wanted = [() => true, (d: number) => d % 2 === 0, (d: number) => d % 2 === 1, (d: number) => d % 6 === 0][v]!;
    let count = 0;
    for (let d = 1; d <= N; d++) if (N % d === 0 && wanted(d)) count++;
    return count;
  },
  'm.cont.floor-square-jumps': (p) => {
    const [k, m, N] = [n(p, 'k'), n(p, 'm'), n(p, 'n')];
    // Scan the open interval on a fine grid (jumps are at least 0.02 apart) and count the cells
    // across which [kx²] changes; the grid avoids hitting a jump point exactly.
    const steps = 400000;
    const lo = -m + 1e-9;
    const hi = N - 1e-9;
    let jumps = 0;
    let prev = Math.floor(k * lo * lo);
    for (let i = 1; i <= steps; i++) {
      const x = lo + ((hi - lo) * i) / steps;
      const f = Math.floor(k * x * x);
      if (f !== prev) jumps++;
      prev = f;
    }
    return jumps;
  },
  'm.int.exp-denominator-symmetry': (p) => {
    const [a, k, base] = [n(p, 'a'), n(p, 'k'), n(p, 'base')];
    const b = [Math.E, 2, 3, 5][base]!;
    return round(simpson((x) => (3 * x * x + 2 * k) / (1 + b ** x), -a, a, 4000), 6);
  },
  'm.de.second-order-ivp': (p) => {
    const [m, N, A, B] = [n(p, 'm'), n(p, 'n'), n(p, 'A'), n(p, 'B')];
    const [P, Q] = [-(m + N), m * N];
    // RK4 on (y, y') for y'' = −Py' − Qy from the stated initial values.
    let [y, z] = [A + B, m * A + N * B];
    const steps = 4000;
    const h = Math.LN2 / steps;
    const f = (yy: number, zz: number): [number, number] => [zz, -P * zz - Q * yy];
    for (let i = 0; i < steps; i++) {
      const k1 = f(y, z);
      const k2 = f(y + (h * k1[0]) / 2, z + (h * k1[1]) / 2);
      const k3 = f(y + (h * k2[0]) / 2, z + (h * k2[1]) / 2);
      const k4 = f(y + h * k3[0], z + h * k3[1]);
      y += (h * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0])) / 6;
      z += (h * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])) / 6;
    }
    return round(y, 6);
  },
  'm.cg.lines-at-angle-intercepts': (p) => {
    const [tp, tq, m, h, k] = [n(p, 'tp'), n(p, 'tq'), n(p, 'm'), n(p, 'h'), n(p, 'k')];
    // Rotate the given line's direction by ±θ and intersect each line through P with x = 0.
    const phi = Math.atan(m);
    const theta = Math.atan(tp / tq);
    const intercepts = [phi + theta, phi - theta].map((ang) => k - h * Math.tan(ang));
    return round(Math.abs(intercepts[0]! - intercepts[1]!), 7);
  },
  'm.3d.point-line-statements-multi': (p) => {
    const A = [n(p, 'a0'), n(p, 'a1'), n(p, 'a2')];
    const d = [n(p, 'd0'), n(p, 'd1'), n(p, 'd2')];
    const P = [n(p, 'p0'), n(p, 'p1'), n(p, 'p2')];
    const on = (l: number) => A.map((x, i) => x + l * d[i]!);
    const dist = (u: number[], v: number[]) => Math.hypot(...u.map((x, i) => x - v[i]!));
    // The foot: where d/dλ |P − (A + λd)|² changes sign (found by bisection, no formula).
    const slope = (l: number) => (dist(P, on(l + 1e-6)) ** 2 - dist(P, on(l - 1e-6)) ** 2) / 2e-6;
    const F = on(bisect(slope, -100, 100));
    const foot = [n(p, 'f0'), n(p, 'f1'), n(p, 'f2')];
    const image = [n(p, 'i0'), n(p, 'i1'), n(p, 'i2')];
    const claimedDistance = (n(p, 'twice') ? 2 : 1) * Math.sqrt(n(p, 'N'));
    const truth = [
      dist(foot, F) < 1e-6,
      Math.abs(claimedDistance - dist(P, F)) < 1e-6,
      // The image: the point whose midpoint with P is on the line with PQ ⟂ d, i.e. at F.
      dist(image.map((x, i) => (x + P[i]!) / 2), F) < 1e-6,
      Math.abs(d.reduce((s, x, i) => s + x * P[i]!, 0) - n(p, 'D')) < 1e-9,
    ];
    const texts = footStatements({ foot, N: n(p, 'N'), twice: n(p, 'twice'), image, d, D: n(p, 'D') }).en;
    return texts.filter((_, i) => truth[i]);
  },
  'm.vec.solve-cross-dot-system': (p) => {
    const a = [n(p, 'a0'), n(p, 'a1'), n(p, 'a2')];
    const b = [n(p, 'b0'), n(p, 'b1'), n(p, 'b2')];
    // a × x = [a]ₓ x: four linear equations in x with a · x = c; least squares via the normal
    // equations (the system is consistent, so this is the exact solution).
    const rows = [[0, -a[2]!, a[1]!], [a[2]!, 0, -a[0]!], [-a[1]!, a[0]!, 0], a];
    const rhs = [...b, n(p, 'c')];
    const MtM = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)));
    const Mty = [0, 1, 2].map((i) => rows.reduce((s, r, k) => s + r[i]! * rhs[k]!, 0));
    const x = solve(MtM, Mty);
    rows.forEach((r, k) => expect(Math.abs(r.reduce((s, v, i) => s + v * x[i]!, 0) - rhs[k]!)).toBeLessThan(1e-9));
    return round(n(p, 'v') === 0 ? x.reduce((s, t) => s + t * t, 0) : x[0]! + x[1]! + x[2]!, 8);
  },
};

describe('maths depth templates P', () => {
  it('has an independent check for every template', () => {
    expect(mathDepthPGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('answers stay inside each declared plausible range, options are possible quantities, and every template renders in Hindi', () => {
    expect(bilingualRealismProblems(mathDepthPGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of mathDepthPGenerators) {
    it(`${gen.id}: answers agree with the independent check on ${SEEDS.length} seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 20 distinct instances in 50 seeds`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
    });
  }
});
