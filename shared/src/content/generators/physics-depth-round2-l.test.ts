import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthRound2LGenerators } from './physics-depth-round2-l.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

const checks: Record<string, AnswerCheck> = {
  // Work by integrating P(V) along the line; ΔU from the end temperatures of one mole.
  'p.td.linear-path-heat': ({ p1, v1, p2, v2 }) => {
    const P1 = p1! * 1e5, P2 = p2! * 1e5, V1 = v1! * 1e-3, V2 = v2! * 1e-3, R = 8.314;
    const W = simpson((V) => P1 + ((P2 - P1) * (V - V1)) / (V2 - V1), V1, V2, 10);
    const dU = 1.5 * R * ((P2 * V2) / R - (P1 * V1) / R);
    return snap(W + dU, 9);
  },
  // Fit σA from the first reading by bisection, then evaluate the net loss at the new temperature.
  'p.heat.net-radiation-scale': ({ T1, T2, P1 }) => {
    const sigma = 5.67e-8, net = (A: number, T: number) => sigma * A * (T ** 4 - 300 ** 4);
    const A = bisect((a) => net(a, T1!) - P1!, 0, 10);
    return snap(net(A, T2!), 9);
  },
  // Enumerate the closed pipe's odd harmonics; the k-th overtone is the (k + 1)-th of them. Solve for its length.
  'p.wave.closed-open-unison': ({ k, n, L }) => {
    const v = 340, odd = Array.from({ length: 6 }, (_, i) => 2 * i + 1);
    const target = (n! * v) / (2 * (L! / 100));
    return snap(bisect((Lc) => (odd[k!]! * v) / (4 * Lc) - target, 0.001, 20) * 100, 9);
  },
  // True diameter = reading − zero error; the area by integrating rings of the cross-section.
  'p.exp.screw-zero-area': ({ z, M, C }) => {
    const lc = 0.5 / 50, reading = M! + C! * lc, error = z! * lc, d = reading - error;
    return snap(simpson((r) => 2 * Math.PI * r, 0, d / 2, 10), 9);
  },
};

const all = physicsDepthRound2LGenerators;

describe('physics depth generators (round 2, l)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
