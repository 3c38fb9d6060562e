import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { AMINE_PKAH, BENZOIC_PKA, BOILING_POINTS, CARBOXYLIC_PKA, chemDepthOrganicBGenerators, PHENOL_PKA } from './chemistry-depth-organic-b.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** Handbook values keyed by formula (pKa, pKa of the conjugate acid, boiling point °C). */
const MEASURED: Record<string, Record<string, number>> = {
  acid: { CH_3COOH: 4.76, FCH_2COOH: 2.59, ClCH_2COOH: 2.86, BrCH_2COOH: 2.9, ICH_2COOH: 3.18, Cl_2CHCOOH: 1.29, Cl_3CCOOH: 0.65, HCOOH: 3.75, 'CH_3CH_2CH(Cl)COOH': 2.86, 'CH_3CH(Cl)CH_2COOH': 4.05, ClCH_2CH_2CH_2COOH: 4.52, CH_3CH_2CH_2COOH: 4.82, NCCH_2COOH: 2.47, O_2NCH_2COOH: 1.68 },
  phenol: { C_6H_5OH: 9.95, 'p\\text{-}O_2NC_6H_4OH': 7.15, 'o\\text{-}O_2NC_6H_4OH': 7.23, 'm\\text{-}O_2NC_6H_4OH': 8.36, 'p\\text{-}CH_3C_6H_4OH': 10.26, 'm\\text{-}CH_3C_6H_4OH': 10.09, 'p\\text{-}ClC_6H_4OH': 9.38, '2,4\\text{-}(O_2N)_2C_6H_3OH': 4.09, '2,4,6\\text{-}(O_2N)_3C_6H_2OH': 0.38, 'm\\text{-}CH_3OC_6H_4OH': 9.65, 'p\\text{-}CH_3OC_6H_4OH': 10.21 },
  benzoic: { C_6H_5COOH: 4.2, 'p\\text{-}O_2NC_6H_4COOH': 3.44, 'o\\text{-}O_2NC_6H_4COOH': 2.17, 'p\\text{-}CH_3OC_6H_4COOH': 4.47, 'p\\text{-}CH_3C_6H_4COOH': 4.37, 'p\\text{-}ClC_6H_4COOH': 3.98, '3,5\\text{-}(O_2N)_2C_6H_3COOH': 2.82, 'p\\text{-}HOC_6H_4COOH': 4.58, 'm\\text{-}O_2NC_6H_4COOH': 3.45 },
  amine: { NH_3: 9.25, CH_3NH_2: 10.64, '(CH_3)_2NH': 10.73, '(CH_3)_3N': 9.8, '(C_2H_5)_2NH': 11.09, C_6H_5NH_2: 4.6, 'p\\text{-}CH_3C_6H_4NH_2': 5.08, 'p\\text{-}O_2NC_6H_4NH_2': 1.0, C_6H_5CH_2NH_2: 9.34, 'p\\text{-}CH_3OC_6H_4NH_2': 5.34, C_6H_5NHCH_3: 4.85, '(C_2H_5)_3N': 10.75 },
  bp: { CH_3OH: 64.7, C_2H_5OH: 78.4, CH_3CH_2CH_2OH: 97.2, 'CH_3(CH_2)_3OH': 117.7, '(CH_3)_3COH': 82.4, 'CH_3CH(OH)CH_2CH_3': 99.5, C_2H_5OC_2H_5: 34.6, 'CH_3(CH_2)_3CH_3': 36.1, CH_3CH_2CH_2Cl: 46.6, CH_3CH_2CHO: 48, CH_3COCH_3: 56.1, HOCH_2CH_2OH: 197.3 },
};
/** Order check: sort the four picked formulas by the measured value; `strength` sorts by decreasing pKa. */
function ordered(list: readonly (readonly [string, number])[], table: Record<string, number>, strengthAsk: (a: number) => boolean) {
  return ({ a, p0, p1, p2, p3 }: Record<string, number>) => {
    const names = [p0!, p1!, p2!, p3!].map((k) => list[k]![0]);
    const sign = strengthAsk(a!) ? -1 : 1;
    return names.sort((x, y) => sign * (table[x]! - table[y]!)).map((f) => `$\\mathrm{${f}}$`).join(' < ');
  };
}
const AQ: Record<number, number> = { 288: 12.8, 293: 17.5, 298: 23.8, 303: 31.8 };
const N_PERCENT = [46.67, 23.7, 15.05, 11.38, 18.66];

const checks: Record<string, AnswerCheck> = {
  'c.org.acid-strength-order': ordered(CARBOXYLIC_PKA, MEASURED.acid!, (a) => a === 0),
  'c.oxy.phenol-acidity-order': ordered(PHENOL_PKA, MEASURED.phenol!, (a) => a === 0),
  'c.oxy.benzoic-acidity-order': ordered(BENZOIC_PKA, MEASURED.benzoic!, (a) => a === 0),
  'c.nit.amine-basicity-order': ordered(AMINE_PKAH, MEASURED.amine!, () => false),
  'c.oxy.boiling-point-order': ordered(BOILING_POINTS, MEASURED.bp!, () => false),
  // SI route: dry-gas pressure in Pa, volume in m³, R = 0.0821 L atm = 8.3188 J per mol K.
  'c.org.dumas-nitrogen': ({ c, w, T }) => {
    const molesTrue = (w! * (N_PERCENT[c!]! / 100)) / 28;
    const shownMl = Number(((molesTrue * 0.0821 * T! * 1000) / ((760 - AQ[T!]!) / 760)).toFixed(1));
    const pPa = ((760 - AQ[T!]!) / 760) * 101325;
    const n = (pPa * shownMl * 1e-6) / (0.0821 * 101.325 * T!);
    return (100 * n * 28) / w!;
  },
  // Moles of precipitate equal moles of the element.
  'c.org.carius-estimation': ({ i, w, pct }) => {
    const [Mp, Me] = ([[143.5, 35.5], [188, 80], [235, 127], [233, 32]] as const)[i!]!;
    const shown = Number(((w! * pct!) / 100 * (Mp / Me)).toFixed(3));
    return (100 * (shown / Mp) * Me) / w!;
  },
  // Dalton: the vapour's mole fraction of the organic is p_org/760; moles of water from its mass.
  'c.org.steam-distillation': ({ i, m }) => {
    const [M, pw] = ([[123, 733], [93, 717], [157, 640], [112.5, 549]] as const)[i!]!;
    const y = (760 - pw) / 760;
    const nWater = m! / 18;
    return ((nWater * y) / (1 - y)) * M;
  },
  // Moles per mL of each sugar, then α = l Σ [α] × (mass concentration).
  'c.bio.invert-sugar-rotation': ({ c, l, f }) => {
    const sucroseMol = c! / 342;
    const inverted = sucroseMol * (f! / 100);
    return l! * (66.5 * (sucroseMol - inverted) * 342 + 52.7 * inverted * 180 - 92.4 * inverted * 180);
  },
  // Enumerate every sequence.
  'c.bio.peptide-count': ({ n, k, distinct }) => {
    let count = 0;
    const walk = (used: number[]) => {
      if (used.length === k) { count++; return; }
      for (let a = 0; a < n!; a++) if (!distinct || !used.includes(a)) walk([...used, a]);
    };
    walk([]);
    return count;
  },
  // Explicit list of chains (moles × 10 each), then the two averages.
  'c.polymer.average-molar-mass': ({ s, n1, n2, w }) => {
    const [M1, M2] = ([[10000, 20000], [20000, 50000], [10000, 40000], [30000, 60000], [15000, 45000]] as const)[s!]!;
    const chains = [...new Array<number>(n1! * 10).fill(M1), ...new Array<number>(n2! * 10).fill(M2)];
    const sum = chains.reduce((a, b) => a + b, 0);
    return w === 0 ? sum / chains.length : chains.reduce((a, b) => a + b * b, 0) / sum;
  },
  // mmol ledger: HCl in, NaOH back, half the difference is CaCO₃.
  'c.prac.back-titration': ({ m, p }) => {
    const hcl = m! <= 1 ? 25 : 50;
    const titre = Number((hcl - 2 * ((m! * p!) / 100 / 100) * 1000).toFixed(2));
    const caco3Grams = ((hcl - titre) / 2) * 0.1;
    return (100 * caco3Grams) / m!;
  },
};

describe('chemistry depth: organic effects, analysis, biomolecules, polymers, practical', () => {
  it('has a check for every generator', () => {
    expect(chemDepthOrganicBGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthOrganicBGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthOrganicBGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
