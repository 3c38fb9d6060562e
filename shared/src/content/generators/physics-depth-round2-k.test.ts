import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthRound2KGenerators } from './physics-depth-round2-k.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const CHARGE = [0.885, 1.77, 4.425, 8.85, 17.7, 26.55];
const G = 6.67e-11;

/** Flux of a unit q/ε₀ through a square face, by 2-D Simpson: (1/4π)∬ (E·n) dA for a charge at `src`. */
function faceFlux(src: number[], axis: number, at: number, lo: number, hi: number): number {
  const [u, w] = [0, 1, 2].filter((i) => i !== axis) as [number, number];
  const inner = (a: number) => simpson((b) => {
    const p = [0, 0, 0];
    p[axis] = at; p[u] = a; p[w] = b;
    const d = p.map((x, i) => x - src[i]!), r = Math.hypot(d[0]!, d[1]!, d[2]!);
    return d[axis]! / r ** 3;
  }, lo, hi, 120);
  return Math.abs(simpson(inner, lo, hi, 120)) / (4 * Math.PI);
}
const fractionCache = new Map<number, number>();
function cubeFraction(w: number): number {
  if (!fractionCache.has(w)) {
    let f = 0;
    if (w === 0) f = faceFlux([0.5, 0.5, 0.5], 2, 1, 0, 1); // charge at the centre of the unit cube, top face
    if (w === 1) for (const axis of [0, 1, 2]) f += faceFlux([0, 0, 0], axis, 1, 0, 1); // corner at the origin: the three far faces
    if (w === 2) { // centre of the bottom face: top face and the four sides (the bottom face carries no normal field)
      f += faceFlux([0.5, 0.5, 0], 2, 1, 0, 1);
      for (const axis of [0, 1]) for (const at of [0, 1]) f += faceFlux([0.5, 0.5, 0], axis, at, 0, 1);
    }
    fractionCache.set(w, f);
  }
  return fractionCache.get(w)!;
}

const checks: Record<string, AnswerCheck> = {
  // Mean of i² over one period, each half integrated separately.
  'p.ac.square-wave-rms': ({ a, d }) => {
    const T = 1, hi = a!, lo = -(a! + d!);
    const meanSquare = (simpson(() => hi * hi, 0, T / 2, 10) + simpson(() => lo * lo, T / 2, T, 10)) / T;
    return snap(Math.sqrt(meanSquare), 9);
  },
  // Coulomb forces from the three other corners added as vectors.
  'p.es.square-charges-force': ({ q, a }) => {
    const s = a! / 100, Q = q! * 1e-6, corners = [[s, 0], [0, s], [s, s]];
    let fx = 0, fy = 0;
    for (const [x, y] of corners) {
      const r = Math.hypot(x!, y!), F = (9e9 * Q * Q) / (r * r);
      fx -= (F * x!) / r; fy -= (F * y!) / r;
    }
    return snap(Math.hypot(fx, fy), 9);
  },
  'p.es.cube-flux-placement': ({ c, w }) => snap(cubeFraction(w!) * (CHARGE[c!]! * 1e-9) / 8.85e-12, 8),
  // Equal volume flow through both tubes, solved for the pressure split by bisection.
  'p.flu.series-tubes-pressure': ({ l1, l2, r, p }) => {
    const eta = 1e-3, flow = (P: number, l: number, rad: number) => (Math.PI * P * rad ** 4) / (8 * eta * l);
    const r1 = r! / 1000, r2 = r1 / 2;
    return snap(bisect((P1) => flow(P1, l1! / 100, r1) - flow(p! - P1, l2! / 100, r2), 0, p!), 9);
  },
  // Pairwise sum of −Gm²/d over the six pairs of corners.
  'p.grav.square-binding': ({ m, a }) => {
    const pts = [[0, 0], [a!, 0], [a!, a!], [0, a!]];
    let U = 0;
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) U -= (G * m! * m!) / Math.hypot(pts[i]![0]! - pts[j]![0]!, pts[i]![1]! - pts[j]![1]!);
    return snap(-U * 1e9, 9);
  },
  // The angle between the total acceleration and the velocity as a function of time, solved by bisection.
  'p.kin.circ-acceleration-angle': ({ R, at, th }) => {
    const angle = (t: number) => Math.atan2((at! * t) ** 2 / R!, at!);
    return snap(bisect((t) => angle(t) - (th! * Math.PI) / 180, 0, 100), 9);
  },
  // Moment of inertia built by integrating mass elements, then ½Iω² with ω = v/R.
  'p.rot.rolling-rotational-ke': ({ b, m, v }) => {
    const R = 0.1, M = m!;
    const I = [
      M * R * R,
      simpson((r) => r * r * ((2 * M * r) / (R * R)), 0, R, 200),
      simpson((z) => 0.5 * (R * R - z * z) * ((3 * M) / (4 * R ** 3)) * (R * R - z * z), -R, R, 200),
      simpson((z) => (R * R - z * z) * (M / (2 * R)), -R, R, 200),
    ][b!]!;
    return snap(0.5 * I * (v! / R) ** 2, 9);
  },
};

const all = physicsDepthRound2KGenerators;

describe('physics third-template depth generators (round 2, k)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
