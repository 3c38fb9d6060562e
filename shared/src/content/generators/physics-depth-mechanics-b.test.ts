import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthMechanicsBGenerators } from './physics-depth-mechanics-b.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const TRI = [[3, 4, 5], [4, 3, 5], [6, 8, 10], [8, 6, 10], [5, 12, 13], [12, 5, 13], [8, 15, 17], [15, 8, 17]];
const trig = { 37: [0.6, 0.8], 53: [0.8, 0.6] } as Record<number, [number, number]>;

/** Cramer's rule for [a b; c d][x; y] = [e; f]. */
function solve2(a: number, b: number, c: number, d: number, e: number, f: number): [number, number] {
  const det = a * d - b * c;
  return [(e * d - b * f) / det, (a * f - e * c) / det];
}
/** Minimum of a unimodal f on [a, b] by golden-section search. */
function goldenMin(f: (x: number) => number, a: number, b: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let lo = a, hi = b;
  for (let i = 0; i < 200; i++) {
    const x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
    if (f(x1) < f(x2)) hi = x2; else lo = x1;
  }
  return f((lo + hi) / 2);
}

/** Independent answers: integration of v(t) and F(t), search, linear systems, finite differences. */
const checks: Record<string, AnswerCheck> = {
  'p.kin.parallelogram-area': ({ a1, a2, b1, b2 }) => {
    const angle = Math.atan2(b2!, b1!) - Math.atan2(a2!, a1!);
    return snap(Math.hypot(a1!, a2!) * Math.hypot(b1!, b2!) * Math.abs(Math.sin(angle)), 9);
  },
  'p.kin.nth-second': ({ u, a, n }) => snap(simpson((t) => u! + a! * t, n! - 1, n!), 9),
  'p.kin.stopping-distance': ({ v, tr, a }) => {
    const stop = tr! + v! / a!;
    return snap(simpson(() => v!, 0, tr!) + simpson((t) => v! - a! * (t - tr!), tr!, stop), 9);
  },
  'p.kin.graph-trapezium': ({ vm, t1, t2, t3 }) => {
    const e1 = t1!, e2 = t1! + t2!, e3 = e2 + t3!;
    return snap(simpson((t) => (vm! * t) / t1!, 0, e1) + simpson(() => vm!, e1, e2) + simpson((t) => vm! * (1 - (t - e2) / t3!), e2, e3), 9);
  },
  'p.kin.horizontal-throw': ({ k, u }) => {
    const h = 5 * k! * k!;
    const tFlight = bisect((t) => h - 0.5 * 10 * t * t, 0, 100);
    return snap(u! * tFlight, 9);
  },
  'p.kin.closest-approach': ({ t, k }) => {
    const [a, b, c] = TRI[t!]!;
    const uA = 10 * a!, vB = 10 * b!, d = c! * k!;
    // A at the origin heading north, B at (d, 0) heading west; minimise the separation over time.
    const sep = (time: number) => Math.hypot(d - vB * time, -uA * time);
    return snap(goldenMin(sep, 0, 10), 8);
  },
  'p.nlm.rope-tension': ({ M, m, f, a }) => {
    // The rope as 400 beads; the tension at a cut pulls every bead behind it and the block.
    const F = (M! + m!) * a!, N = 400, acc = F / (M! + m!);
    let behind = m!;
    for (let i = 0; i < N; i++) if ((i + 0.5) / N > f!) behind += M! / N;
    return snap(behind * acc, 9);
  },
  'p.nlm.lift-scale': ({ m, a, c }) => {
    // Motion as (direction of travel, speeding up?); the acceleration is the rate of change of the up-velocity.
    const [dir, speeding] = [[1, true], [-1, true], [-1, false], [1, false]][c!] as [number, boolean];
    const vUp = (t: number) => dir * (5 + (speeding ? a! : -a!) * t);
    const accel = (vUp(0.1) - vUp(0)) / 0.1;
    return snap(m! * (10 + accel), 9);
  },
  'p.nlm.incline-horizontal-push': ({ th, m, w }) => {
    const [s, c] = trig[th!]!;
    // Unknowns F, N: horizontal F − N sin θ = 0, vertical N cos θ = mg.
    const [F, N] = solve2(1, -s, 0, c, 0, m! * 10);
    return snap(w === 0 ? F : N, 9);
  },
  'p.nlm.block-on-block': ({ mu, m, M, F, w }) => {
    // Friction on the upper block: the value that equalises accelerations, if within ±μmg.
    const cap = mu! * m! * 10;
    const gap = (f: number) => f / m! - (F! - f) / M!;
    const f = gap(cap) < 0 ? cap : bisect(gap, -cap, cap);
    return snap(w === 0 ? f / m! : (F! - f) / M!, 9);
  },
  'p.nlm.incline-pulley-friction': ({ m1, m2, mu, w }) => {
    // Unknowns a, T: m₂a + T = m₂g; m₁a − T = −m₁g(sin θ + μ cos θ).
    const [a, T] = solve2(m2!, 1, m1!, -1, m2! * 10, -m1! * 10 * (0.6 + mu! * 0.8));
    return snap(w === 0 ? a : T, 9);
  },
  'p.nlm.banked-friction': ({ r, mu, w }) => {
    // For a trial speed, solve the contact forces (N, f up-slope positive) and find where |f| = μN.
    const forces = (v: number) => solve2(0.8, 0.6, 0.6, -0.8, 10, (v * v) / r!); // N cos + f sin = g; N sin − f cos = v²/r
    const ratio = (v: number) => { const [N, f] = forces(v); return f / N; };
    const v = w === 0 ? bisect((x) => ratio(x) + mu!, 1, 200) : bisect((x) => ratio(x) - mu!, 0.01, 200);
    return snap(v, 9);
  },
  'p.kin.circ-net-acceleration': ({ t, k, s }) => {
    const [a, b] = TRI[t!]!;
    const r = a! * s! * k! * k!, v = a! * s! * k!, at = b! * s!;
    const pos = (time: number) => { const arc = v * time + 0.5 * at * time * time; return [r * Math.cos(arc / r), r * Math.sin(arc / r)] as const; };
    const h = 1e-3;
    const second = (i: 0 | 1) => (-pos(2 * h)[i] + 16 * pos(h)[i] - 30 * pos(0)[i] + 16 * pos(-h)[i] - pos(-2 * h)[i]) / (12 * h * h);
    return snap(Math.hypot(second(0), second(1)), 6);
  },
  'p.nlm.impulse-pulse': ({ F0, T, m, u }) => {
    const half = T! / 2000;
    const impulse = simpson((t) => (F0! * t) / half, 0, half) + simpson((t) => F0! * (2 - t / half), half, 2 * half);
    return snap(u! + impulse / m!, 9);
  },
};

const all = physicsDepthMechanicsBGenerators;

describe('physics mechanics depth generators (b)', () => {
  depthTemplateTests(all, checks, SEEDS, 12);
});
