import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { AQUEOUS_TENSION, CHO_COMPOUNDS, DENSE_SOLUTIONS, GASES, HYDRATES, ISOTOPES, LIQUIDS, O2_SOURCES, OXIDE_METALS, OXIDES, VDW } from './chem-data-physical.ts';
import { chemDepthPhysicalCGenerators, hydrateResidue, oxideMass } from './chemistry-depth-physical-c.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const R = 8.314;

/** Oxygen atoms each source loses per formula unit and each oxide holds, read from the formulas. */
const O_LOST: Record<string, number> = { KClO_3: 3, KMnO_4: 1, HgO: 1, NaNO_3: 1 };
const O_HELD: Record<string, number> = { MgO: 1, CO_2: 2, Al_2O_3: 3, 'P_4O_{10}': 10 };
const ATOMIC: Record<string, number> = { Mg: 24, C: 12, Al: 27, P: 31, O: 16 };
const OXIDE_MASS: Record<string, number> = { MgO: ATOMIC.Mg! + 16, CO_2: 12 + 32, Al_2O_3: 54 + 48, 'P_4O_{10}': 124 + 160 };
/** Ionisable protons per formula unit. */
const BASICITY: Record<string, number> = { HCl: 1, H2SO4: 2 };

/** The molar volume of a van der Waals gas at P (bar), T: the largest root, by bisection. */
function vdwVolume(a: number, b: number, P: number, T: number): number {
  const f = (V: number) => (0.08314 * T) / (V - b) - a / V ** 2 - P;
  return bisect(f, (0.08314 * T) / P / 2 + b, (0.08314 * T) / P * 2 + b);
}
/** Whether the isotherm rises anywhere (a van der Waals loop): liquefaction is possible. */
function hasLoop(a: number, b: number, T: number): boolean {
  const P = (V: number) => (0.08314 * T) / (V - b) - a / V ** 2;
  let prev = P(1.2 * b);
  for (let k = 1; k <= 40000; k++) {
    const V = 1.2 * b * Math.exp((k / 40000) * Math.log(50));
    const p = P(V);
    if (p > prev) return true;
    prev = p;
  }
  return false;
}

const checks: Record<string, AnswerCheck> = {
  // Bisection on the heavier fraction of the two-isotope mean.
  'c.basic.isotope-abundance': ({ e, w }) => {
    const [, m1, m2, avg] = ISOTOPES[e!]!;
    const x = bisect((f) => f * m2 + (1 - f) * m1 - avg, 0, 1);
    return 100 * (w === 0 ? x : 1 - x);
  },
  // SI units: kg from m³ and kg m⁻³, moles from kg mol⁻¹.
  'c.basic.liquid-molecules': ({ l, V }) => {
    const [, , , M, d] = LIQUIDS[l!]!;
    const kg = V! * 1e-6 * d * 1000;
    return ((kg / (M / 1000)) * 6.022e23) / 1e22;
  },
  // Brute force over CₓHᵧO_z with that molar mass and those percentages.
  'c.basic.molecular-formula-atoms': ({ i, w }) => {
    const [, , c, h, o] = CHO_COMPOUNDS[i!]!;
    const M = 12 * c + h + 16 * o;
    const cPct = Number(((1200 * c) / M).toFixed(2));
    const hPct = Number(((100 * h) / M).toFixed(2));
    const hits: number[][] = [];
    for (let x = 1; x <= 30; x++) for (let y = 0; y <= 40; y++) for (let z = 0; z <= 12; z++) {
      if (12 * x + y + 16 * z === M && Math.abs((1200 * x) / M - cPct) < 0.01 && Math.abs((100 * y) / M - hPct) < 0.01) hits.push([x, y, z]);
    }
    expect(hits).toHaveLength(1);
    const [x, y, z] = hits[0]!;
    return w === 0 ? x! : w === 1 ? y! : x! + y! + z!;
  },
  // Search: the x whose hydrate leaves the residue shown.
  'c.basic.hydrate-water': ({ s, m }) => {
    const [, M] = HYDRATES[s!]!;
    const shown = hydrateResidue({ s: s!, m: m! });
    let best = 0;
    for (let x = 1; x <= 15; x++) if (Math.abs((m! * M) / (M + 18 * x) - shown) < Math.abs((m! * M) / (M + 18 * best) - shown)) best = x;
    return best;
  },
  // Oxygen-atom balance: O atoms released, then oxide formula units that hold them.
  'c.basic.sequential-yield': ({ s, o, m, y }) => {
    const [src, M] = O2_SOURCES[s!]!;
    const [ox] = OXIDES[o!]!;
    expect(OXIDES[o!]![1]).toBe(OXIDE_MASS[ox]);
    const oAtoms = (m! / M) * (y! / 100) * O_LOST[src]!;
    return (oAtoms / O_HELD[ox]!) * OXIDE_MASS[ox]!;
  },
  // One litre of solution split into solute and water.
  'c.basic.molarity-to-molality': ({ i, w }) => {
    const [, M, c, d] = DENSE_SOLUTIONS[i!]!;
    const solution = 1000 * d;
    const solute = c * M;
    return w === 0 ? c / ((solution - solute) / 1000) : (100 * solute) / solution;
  },
  // Millimoles of H⁺ counted acid by acid.
  'c.basic.acid-mixture-h': ({ V1, M1, V2, M2, Vt }) => ((V1! * M1! * BASICITY.HCl! + V2! * M2! * BASICITY.H2SO4!) / (Vt! / 1000)),
  // Bisection on E: equivalents of metal = equivalents of oxygen (8 g each).
  'c.basic.metal-oxide-equivalent': ({ i, m }) => {
    expect(OXIDE_METALS[i!]).toBeDefined();
    const shown = oxideMass({ i: i!, m: m! });
    return bisect((E) => m! / E - (shown - m!) / 8, 1, 100);
  },
  // SI: kg m⁻³ from Pa, kg mol⁻¹ and K.
  'c.gas.density-tp': ({ g, t, P }) => (P! * 1000 * (GASES[g!]![1] / 1000)) / (R * (t! + 273.0)),
  // Moles of dry gas in SI, then their volume at STP in SI.
  'c.gas.collected-over-water': ({ V, t, P }) => {
    const [tc, p] = AQUEOUS_TENSION[t!]!;
    const pa = ((P! - p) * 101325) / 760;
    const n = (pa * V! * 1e-6) / (R * (tc + 273));
    return ((n * R * 273) / 101325) * 1e6;
  },
  // The critical point as the triple root of V³ − (b + RT/P)V² + (a/P)V − ab/P: matching (V − V_c)³ coefficients.
  'c.gas.critical-constants': ({ g, w }) => {
    const [, a, b] = VDW[g!]!;
    // Vc³ = ab/Pc and 3Vc² = a/Pc give Vc = 3b; then Pc = a/(3Vc²); 3Vc = b + RTc/Pc gives Tc.
    const Vc = (3 * (a * b)) / a;
    const Pc = a / (3 * Vc ** 2);
    const Tc = ((3 * Vc - b) * Pc) / 0.08314;
    return w === 0 ? Tc : w === 1 ? Pc : Vc * 1000;
  },
  // Z from the van der Waals volume at 0.01 bar; a loop in the isotherm for liquefaction.
  'c.gas.real-gas-statements': ({ g, T, s, s2 }) => {
    const [, a, b] = VDW[g!]!;
    const out: string[] = [];
    const Z = (0.01 * vdwVolume(a, b, 0.01, T!)) / (0.08314 * T!);
    if (Z < 1) out.push(`At ${T} K and low pressure its compressibility factor $Z$ is less than 1.`);
    if (hasLoop(a, b, T!)) out.push(`At ${T} K it can be liquefied by compression alone.`);
    if (s === 0) out.push(`Its critical molar volume is $${Number((3 * b).toFixed(5))}$ L mol⁻¹.`);
    if (s2 === 0) out.push('Its Boyle temperature is $\\frac{27}{8}$ times its critical temperature.');
    return out;
  },
};

describe('chemistry physical depth C: moles, formulae, concentration, equivalents, gases', () => {
  it('has a check for every generator', () => {
    expect(chemDepthPhysicalCGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthPhysicalCGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthPhysicalCGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
