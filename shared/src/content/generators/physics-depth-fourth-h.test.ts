import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthFourthHGenerators } from './physics-depth-fourth-h.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

const checks: Record<string, AnswerCheck> = {
  // Reversible cycle: total entropy change zero, −Q_c/T_c + (Q_c + W)/T_h = 0.
  'p.td.refrigerator-work': ({ Tc, Q }) => snap(bisect((W) => -Q! / Tc! + (Q! + W) / 300, 0, 1e5), 9),
  'p.td.carnot-raise-source': ({ Tc, e1, e2 }) => {
    const source = (eta: number) => bisect((Th) => 1 - Tc! / Th - eta, Tc! + 1e-9, 1e5);
    return snap(source(e2! / 100) - source(e1! / 100), 9);
  },
  'p.sol.thermal-stress': ({ dT, A }) => {
    // The force that squeezes the freely expanded rod back to its length: FL/(AY) = LαΔT, with L = 1.
    return snap(bisect((F) => F / (A! * 1e-4 * 2e11) - 1.2e-5 * dT!, 0, 1e7), 9);
  },
  'p.sol.wire-energy': ({ F, L }) => {
    const k = (1e-6 * 2e11) / L!, delta = F! / k; // spring constant AY/L
    return snap(simpson((x) => k * x, 0, delta, 20) * 1000, 9);
  },
  'p.wep.inelastic-loss': ({ m1, m2, u }) => {
    const v = bisect((x) => m1! * u! - (m1! + m2!) * x, 0, u!); // common velocity from momentum
    return snap(0.5 * m1! * u! * u! - 0.5 * (m1! + m2!) * v * v, 9);
  },
  'p.wep.ballistic-pendulum': ({ p, h }) => {
    const [m, M] = [[10, 990], [20, 980], [50, 950], [10, 490], [20, 1980]][p!]!;
    const V = bisect((x) => 0.5 * x * x - 10 * (h! / 100), 0, 100); // swing-up energy
    return snap(bisect((v) => (m! / 1000) * v - ((m! + M!) / 1000) * V, 0, 1e4), 9);
  },
  'p.ktg.internal-energy': ({ g, n, T }) => {
    // Sum ½kT over molecules and quadratic terms: translation 3, rotation 0/2/3.
    const NA = 6.022e23, k = 8.314 / NA, terms = 3 + [0, 2, 3][g!]!;
    return snap((n! * NA * terms * 0.5 * k * T!) / 1000, 9);
  },
  'p.ktg.molecule-energy': ({ g, T, w }) => {
    const terms = w === 0 ? 3 : 3 + [0, 2, 3][g!]!;
    return snap(terms * 0.5 * 1.38e-23 * T! * 1e21, 9);
  },
};

const all = physicsDepthFourthHGenerators;

describe('physics fourth-template depth generators (h)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
