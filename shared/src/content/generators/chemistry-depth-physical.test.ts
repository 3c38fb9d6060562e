import { describe, expect, it } from 'vitest';
import { realismProblems } from './chem-checks.test-util.ts';
import { chemDepthPhysicalGenerators } from './chemistry-depth-physical.ts';
import { bisect, rk4 } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
/** Van der Waals a (L² atm mol⁻²), b (L/mol) of CO₂, CH₄, N₂, O₂, H₂ (handbook). */
const AB = [[3.59, 0.0427], [2.25, 0.0428], [1.39, 0.0391], [1.36, 0.0318], [0.244, 0.0266]] as const;
/** Moles of gas per mole of reactant for the decompositions, counted from their equations. */
const GAS_MOLES = [1 + 1, 2 + 0.5, 2 + 1, 1 + 1];
const ELECTRONS = [2, 2, 1, 2];

const checks: Record<string, AnswerCheck> = {
  // Solve Kp = α²P/(1 − α²) for α by bisection.
  'c.eq.pcl5-dissociation': ({ Kp, P }) => 100 * bisect((a) => (a * a * P!) / (1 - a * a) - Kp!, 1e-9, 1 - 1e-12),
  // Integrate d[A]/dt = −k[A] over n half-lives and add up the moles of gas.
  'c.kin.gas-pressure': ({ r, P0, n, half }) => {
    const k = Math.LN2 / half!;
    const left = rk4((_, a) => -k * a, 0, 1, n! * half!, 4000);
    return P0! * (left + GAS_MOLES[r!]! * (1 - left));
  },
  // SI route: π in Pa, V in m³, R = 8.3 J/(mol K) gives moles; M = mass / moles.
  'c.sol.osmotic-molar-mass': ({ M, w, V }) => {
    const piBar = Number(((w! * 24.9) / (M! * V!)).toPrecision(6));
    const moles = (piBar * 1e5 * (V! * 1e-3)) / (8.3 * 300);
    return w! / moles;
  },
  // Find the P that satisfies (P + an²/V²)(V − nb) = nRT.
  'c.gas.van-der-waals': ({ g, n, V, T }) => {
    const [a, b] = AB[g!]!;
    return bisect((P) => (P + (a * n! * n!) / (V! * V!)) * (V! - n! * b) - n! * 0.0821 * T!, 0, 500);
  },
  'c.elec.concentration-cell': ({ e, k }) => (1000 * 0.059 * (Math.log(k!) / Math.LN10)) / ELECTRONS[e!]!,
  // [H⁺] = Ka·n(acid)/n(salt) after the added acid or base has reacted completely.
  'c.eq.buffer-added-base': ({ a, s, b, w }) => {
    const acid = w === 0 ? a! - b! : a! + b!;
    const salt = w === 0 ? s! + b! : s! - b!;
    return -Math.log10(10 ** -4.76 * (acid / salt));
  },
  'c.td.spontaneity-statements': ({ H, S, T }) => {
    const G = (t: number) => H! - (t * S!) / 1000;
    const temps = Array.from({ length: 20000 }, (_, i) => (i + 1) * 0.5);
    const out: string[] = [];
    if (G(T!) < 0) out.push(`The reaction is spontaneous at ${T} K.`, `The equilibrium constant at ${T} K is greater than 1.`);
    if (temps.every((t) => G(t) < 0) && H! < 0) out.push('The reaction is spontaneous at all temperatures.');
    const signChange = Math.sign(G(1e-6)) !== Math.sign(G(1e7));
    if (signChange) out.push(`$\\Delta G = 0$ at about ${Math.round(((H! * 1000) / S!) * 10) / 10} K.`);
    if (out.length === 0) out.push('$\\Delta G$ is positive at every temperature.');
    return out;
  },
};

describe('chemistry depth: equilibria, kinetics, solutions, real gases, electrochemistry', () => {
  it('has a check for every generator', () => {
    expect(chemDepthPhysicalGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  for (const gen of chemDepthPhysicalGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi and realistic on every seed`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
