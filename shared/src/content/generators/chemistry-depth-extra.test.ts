import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { chemDepthExtraGenerators, EFFUSION_GASES, LE_CHATELIER } from './chemistry-depth-extra.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

const STATEMENTS = [
  'Increasing the total pressure (by compression) shifts the equilibrium forward.',
  'Raising the temperature increases the equilibrium constant.',
  'Adding an inert gas at constant volume leaves the equilibrium composition unchanged.',
  'Adding an inert gas at constant pressure shifts the equilibrium forward.',
  'A catalyst increases the equilibrium yield of products.',
  '$K_p = K_c$ for this reaction.',
];
/**
 * Each statement decided by computing the reaction quotient after the change: partial pressures
 * scale by the compression factor (or by the dilution at constant pressure) and Q ∝ factor^Δn.
 */
function leChatelierTruth(k: number, dn: number, h: number): boolean {
  const Q = (factor: number) => factor ** dn; // Q/K after all partial pressures are multiplied by `factor`
  if (k === 0) return Q(2) < 1 - 1e-12; // compression doubles every partial pressure; Q < K means forward
  if (k === 1) return Math.exp(-(h * 50000) / 8.314 * (1 / 400 - 1 / 300)) > 1; // K(400)/K(300) with ΔH = h × 50 kJ
  if (k === 2) return Math.abs(Q(1) - 1) < 1e-12; // partial pressures unchanged
  if (k === 3) return Q(0.5) < 1 - 1e-12; // inert gas at constant P halves each partial pressure
  if (k === 4) return false; // a catalyst changes neither K nor Q
  return Math.abs((0.0821 * 500) ** dn - 1) < 1e-12; // Kp/Kc = (RT)^Δn at 500 K
}

/** Effusion time shown in the stem (0.1 s) for the unknown gas (index a + b, wrapping). */
const shownTime = (a: number, b: number, t: number) => Number((t * Math.sqrt(EFFUSION_GASES[(a + b) % EFFUSION_GASES.length]![1] / EFFUSION_GASES[a]![1])).toFixed(1));

const checks: Record<string, AnswerCheck> = {
  // Rates are volume/time; solve r₁/r₂ = √(M₂/M₁) for M₂ by bisection.
  'c.gas.effusion-molar-mass': ({ a, b, V, t }) => {
    const r1 = V! / t!;
    const r2 = V! / shownTime(a!, b!, t!);
    return bisect((M) => r1 / r2 - Math.sqrt(M / EFFUSION_GASES[a!]![1]), 0.1, 500);
  },
  'c.eq.le-chatelier-statements': ({ i, s0, s1, s2, s3 }) => {
    const [, dn, h] = LE_CHATELIER[i!]!;
    return [s0!, s1!, s2!, s3!].filter((k) => leChatelierTruth(k, dn, h)).map((k) => STATEMENTS[k]!);
  },
  // Find the orders (0–2) that reproduce the shown table, then k from experiment 1.
  'c.kin.predict-rate': ({ o, k, a0, b0, fa, fb, qa, qb }) => {
    const [m, n] = [[1, 1], [2, 0], [1, 2], [0, 1], [2, 1], [1, 0]][o!]!;
    const rate = (a: number, b: number) => Number(((k! * a ** m! * b ** n!) / 1e-3).toPrecision(4));
    const r1 = rate(a0!, b0!);
    const found: [number, number][] = [];
    for (let x = 0; x <= 2; x++) for (let y = 0; y <= 2; y++) {
      if (Math.abs(r1 * fa! ** x - rate(a0! * fa!, b0!)) < 1e-9 * r1 * 10 && Math.abs(r1 * fb! ** y - rate(a0!, b0! * fb!)) < 1e-9 * r1 * 10) found.push([x, y]);
    }
    expect(found).toHaveLength(1);
    const [x, y] = found[0]!;
    const kFit = r1 / (a0! ** x * b0! ** y);
    return kFit * qa! ** x * qb! ** y;
  },
  // Bisection on the charge balance [H⁺] = c_s + [A⁻], [A⁻] = c_a·Ka/(Ka + [H⁺]) (water's ions negligible).
  'c.eq.common-ion-ionisation': ({ i, ca, cs }) => {
    const Ka = [1.8e-5, 1.8e-4, 6.3e-5, 6.8e-4][i!]!;
    const h = bisect((H) => H - cs! - (ca! * Ka) / (Ka + H), cs!, cs! + ca!);
    return (100 * (h - cs!)) / ca!;
  },
  // Bisection on n/(n + 55.5) = p/K_H, in mmol.
  'c.sol.henry-dissolved-gas': ({ i, p }) => {
    const KH = [34.86, 76.48, 69.16, 1.67, 0.413, 40.3][i!]! * 1000;
    return 1000 * bisect((n) => n / (n + 55.5) - p! / KH, 0, 10);
  },
  // Bisection on θ(P) = KP/(1 + KP).
  'c.surface.langmuir-pressure': ({ K, theta }) => bisect((P) => (K! * P) / (1 + K! * P) - theta! / 100, 0, 1000),
  // Force balance with the stated r₁, v₁: mv²/r = Ze²/(4πε₀r²) and mvr = nħ give r ∝ n²/Z, v ∝ Z/n.
  'c.atom.bohr-orbit': ({ Z, n, w }) => {
    const hbar = 1.054571817e-34;
    const me = 9.1093837e-31;
    const k = 8.9875517923e9;
    const e = 1.602176634e-19;
    const r = (nn: number, zz: number) => (nn * nn * hbar * hbar) / (me * k * zz * e * e);
    const v = (nn: number, zz: number) => (zz * k * e * e) / (nn * hbar);
    return w === 0 ? (52.9 * r(n!, Z!)) / r(1, 1) : ((2.18e6 * v(n!, Z!)) / v(1, 1)) / 1e5;
  },
};

describe('chemistry depth: gas laws, Le Chatelier, initial rates, common ion, Bohr orbits', () => {
  it('has a check for every generator', () => {
    expect(chemDepthExtraGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthExtraGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthExtraGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
