import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { chemDepthThermoGenerators, COMBUSTION, HYDROLYSING, IDEAL_PAIRS, KSP_SALTS } from './chemistry-depth-thermo.ts';
import { bisect, rk4, simpson } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const R = 8.314;

/** Atom counts of a condensed formula such as `CH_3COCH_3(l)` or `C_6H_{12}O_6(s)`. */
function atoms(f: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of f.replace(/\(.*\)$/, '').matchAll(/([A-Z][a-z]?)(?:_\{?(\d+)\}?)?/g)) out[m[1]!] = (out[m[1]!] ?? 0) + Number(m[2] ?? 1);
  return out;
}

/** Solvent molar mass and P° (mm Hg), solute molar masses, as stated in the stems. */
const SOLVENTS = [[18, 23.76], [78, 95.1]] as const;
const SOLUTE_M = [[60, 180, 342], [128, 178, 154]] as const;
const DIMER_M = [122, 60];

const checks: Record<string, AnswerCheck> = {
  // Simpson's rule for ∫P dV along the isotherm, minus the one-step work P₂(V₂ − V₁).
  'c.td.reversible-extra-work': ({ n, T, V1, r }) => {
    const V2 = V1! * r!;
    const rev = simpson((V) => (n! * R * T!) / V, V1!, V2, 20000);
    return rev - ((n! * R * T!) / V2) * (V2 - V1!);
  },
  // Integrate the adiabatic condition dT/dV = −(R/C_V)·T/V.
  'c.td.adiabatic-temperature': ({ g, T1, r }) => {
    const Cv = g === 0 ? 1.5 * R : 2.5 * R;
    return rk4((V, T) => (-(R / Cv) * T) / V, 1, T1!, r!, 4000);
  },
  // Combustion products from the formula's atom count; ΔcH = ΣΔfH(products) − ΔfH(compound).
  'c.td.formation-from-combustion': ({ i }) => {
    const [, , f, , , dcH] = COMBUSTION[i!]!;
    const a = atoms(f);
    const products = (a.C ?? 0) * -393.5 + ((a.H ?? 0) / 2) * -285.8;
    return products - dcH;
  },
  // ∫Cp/T dT by Simpson's rule on each phase, plus the fusion step at 273 K.
  'c.td.ice-to-water-entropy': ({ m, T1, T2 }) => {
    const n = m! / 18;
    return n * (simpson((T) => 37.6 / T, T1!, 273) + 6010 / 273 + simpson((T) => 75.3 / T, 273, T2!));
  },
  // RK4 on d ln K / dT = ΔH°/(RT²).
  'c.td.vant-hoff-equation': ({ K1, H, T2 }) => K1! * Math.exp(rk4((T) => (H! * 1000) / (R * T * T), 300, 0, T2!, 4000)),
  // Relative volatility route: y = αx / (1 + (α − 1)x), α = P°A / P°B.
  'c.sol.vapour-composition': ({ p, wA, wB }) => {
    const [, , , , MA, MB, PA, PB] = IDEAL_PAIRS[p!]!;
    const x = wA! / MA / (wA! / MA + wB! / MB);
    const alpha = PA / PB;
    return (100 * alpha * x) / (1 + (alpha - 1) * x);
  },
  // Solve P = P°·n₁/(n₁ + w₂/M) for M by bisection, with P as the stem prints it.
  'c.sol.rlvp-molar-mass': ({ s, k, w2 }) => {
    const [M1, P0] = SOLVENTS[s!]!;
    const n1 = 100 / M1;
    const Pshown = Number(((P0 * n1) / (n1 + w2! / SOLUTE_M[s!]![k!]!)).toFixed(3));
    return bisect((M) => (P0 * n1) / (n1 + w2! / M) - Pshown, 1, 5000);
  },
  // Solve ΔT = (1 − α/2)·Kf·m for α by bisection, with ΔT as the stem prints it.
  'c.sol.dimer-association': ({ d, w, a }) => {
    const m = w! / DIMER_M[d!]! / 0.1;
    const shown = Number(((1 - a! / 200) * 5.12 * m).toFixed(3));
    return 100 * bisect((alpha) => (1 - alpha / 2) * 5.12 * m - shown, 0, 1.5);
  },
  // Bisection on log s of (p s + c_A)^p (q s + c_B)^q = Ksp.
  'c.eq.ksp-common-ion': ({ i, c }) => {
    const [, K, p, q, common] = KSP_SALTS[i!]!;
    const cA = common === 0 ? c! : 0;
    const cB = common === 1 ? c! : 0;
    const e = bisect((L) => p * Math.log(p * 10 ** L + cA) + q * Math.log(q * 10 ** L + cB) - Math.log(K), -20, -1);
    return 10 ** e;
  },
  // Bisection on pH of the full charge balance (salt ions, conjugate, H⁺, OH⁻).
  'c.eq.salt-hydrolysis-ph': ({ i, c }) => {
    const [, K, kind] = HYDROLYSING[i!]!;
    const balance = (pH: number) => {
      const h = 10 ** -pH;
      const oh = 1e-14 / h;
      // Anion A⁻ of a weak acid (Ka = K): Na⁺ + H⁺ = A⁻ + OH⁻. Cation BH⁺ of a weak base (Kb = K): BH⁺ + H⁺ = Cl⁻ + OH⁻.
      return kind === 'anion' ? c! + h - (c! * K) / (K + h) - oh : (c! * K) / (K + oh) + h - c! - oh;
    };
    return bisect(balance, 0, 14);
  },
};

describe('chemistry depth: thermodynamics, solutions, ionic equilibria', () => {
  it('has a check for every generator', () => {
    expect(chemDepthThermoGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthThermoGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthThermoGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
