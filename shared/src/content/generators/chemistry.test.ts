import { describe, expect, it } from 'vitest';
import { createRng } from '../random.ts';
import { chemInorganicGenerators } from './chem-inorganic.ts';
import { chemOrganicGenerators } from './chem-organic.ts';
import { chemPhysicalAGenerators } from './chem-physical-a.ts';
import { chemPhysicalBGenerators } from './chem-physical-b.ts';
import { COMPOUNDS, SPECIES, SYMBOLS } from './chem-data.ts';
import type { Fact } from './formula.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { rk4, snap } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const s6 = (x: number) => snap(x, 9);
const MASS: Record<string, number> = { H: 1.0, C: 12.0, N: 14.0, O: 16.0, Na: 23.0, Mg: 24.0, Al: 27.0, S: 32.0, Cl: 35.5, K: 39.0, Ca: 40.0 };
/** Molar mass by parsing the formula text: independent of the tabulated masses. */
function molarMass(f: string): number {
  return [...f.matchAll(/([A-Z][a-z]?)(\d*)/g)].reduce((m, [, el, n]) => m + MASS[el!]! * Number(n || 1), 0);
}
/** Known unpaired electron counts for Z = 1…36 (textbook values). */
const UNPAIRED = [0, 1, 0, 1, 0, 1, 2, 3, 2, 1, 0, 1, 0, 1, 2, 3, 2, 1, 0, 1, 0, 1, 2, 3, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 2, 1, 0];
/** Known hybridisation / lone pairs / oxidation state for every species in the table. */
const KNOWN: Record<string, [string, number, number]> = {
  'BF_3': ['sp^2', 0, 3], 'BF_4^-': ['sp^3', 0, 3], AlCl_3: ['sp^2', 0, 3], 'BH_4^-': ['sp^3', 0, 3], CH_4: ['sp^3', 0, -4], CO_2: ['sp', 0, 4],
  'SiF_6^{2-}': ['sp^3d^2', 0, 4], SnCl_2: ['sp^2', 1, 2], NH_3: ['sp^3', 1, -3], 'NH_4^+': ['sp^3', 0, -3], PCl_5: ['sp^3d', 0, 5], PCl_3: ['sp^3', 1, 3],
  'NO_3^-': ['sp^2', 0, 5], 'NO_2^+': ['sp', 0, 5], H_2O: ['sp^3', 2, -2], SO_2: ['sp^2', 1, 4], SO_3: ['sp^2', 0, 6], 'SO_4^{2-}': ['sp^3', 0, 6],
  SF_4: ['sp^3d', 1, 4], SF_6: ['sp^3d^2', 0, 6], 'H_3O^+': ['sp^3', 1, -2], ClF_3: ['sp^3d', 2, 3], BrF_5: ['sp^3d^2', 1, 5], IF_7: ['sp^3d^3', 0, 7],
  'ClO_3^-': ['sp^3', 1, 5], 'ClO_4^-': ['sp^3', 0, 7], 'ICl_4^-': ['sp^3d^2', 2, 3], XeF_2: ['sp^3d', 3, 2], XeF_4: ['sp^3d^2', 2, 4], XeF_6: ['sp^3d^3', 1, 6],
  XeO_3: ['sp^3', 1, 6], XeOF_4: ['sp^3d^2', 1, 6], XeO_4: ['sp^3', 0, 8],
};
/** Metals of the density generator: name, lattice (0 sc, 1 bcc, 2 fcc), M, edge pm, handbook density g/cm³. */
const CRYSTAL_TABLE = [
  ['Polonium', 0, 209, 335, 9.2], ['Sodium', 1, 23, 429, 0.97], ['Potassium', 1, 39, 533, 0.86], ['Lithium', 1, 7, 351, 0.53], ['Iron', 1, 56, 287, 7.87], ['Chromium', 1, 52, 291, 7.19], ['Tungsten', 1, 184, 316, 19.3],
  ['Copper', 2, 63.5, 361, 8.96], ['Aluminium', 2, 27, 405, 2.70], ['Silver', 2, 108, 409, 10.5], ['Gold', 2, 197, 408, 19.3], ['Nickel', 2, 58.7, 352, 8.91], ['Lead', 2, 207, 495, 11.3], ['Calcium', 2, 40, 558, 1.55],
] as const;
const BOND_ORDER: Record<number, number> = { 10: 1, 11: 1.5, 12: 2, 13: 2.5, 14: 3, 15: 2.5, 16: 2, 17: 1.5, 18: 1, 19: 0.5, 20: 0 };
const fmtOx = (x: number) => (x > 0 ? `+${x}` : String(x));
const bondSpecies = SPECIES.filter((s) => s.group >= 15);
const PERIOD_ENDS = [2, 10, 18, 36];
const groupOf = (z: number) => {
  const p = PERIOD_ENDS.findIndex((e) => z <= e);
  const start = p === 0 ? 0 : PERIOD_ENDS[p - 1]!;
  const width = p === 0 ? 2 : p <= 2 ? 8 : 18;
  const pos = z - start;
  return width === 8 ? (pos <= 2 ? pos : pos + 10) : pos;
};
const ION_3D = [[21, 3], [22, 3], [22, 2], [23, 3], [23, 2], [24, 3], [24, 2], [25, 2], [25, 3], [26, 2], [26, 3], [27, 2], [27, 3], [28, 2], [29, 2], [29, 1], [30, 2]];
/** Known d-electron counts of the ions above (e.g. Fe³⁺ d⁵, Cu²⁺ d⁹). */
const D_KNOWN = [0, 1, 2, 2, 3, 3, 4, 5, 4, 6, 5, 7, 6, 8, 9, 10, 10];
const factAnswer = (gens: { id: string; items?: readonly Fact[] }[], id: string): AnswerCheck => ({ item }) => gens.find((g) => g.id === id)!.items![item!]!.a;

const all = [...chemPhysicalAGenerators, ...chemPhysicalBGenerators, ...chemInorganicGenerators, ...chemOrganicGenerators];
const BILINGUAL = all;
const F = all as { id: string; items?: readonly Fact[] }[];

const checks: Record<string, AnswerCheck> = {
  'c.basic.moles-particles': ({ i, m }) => s6((((m! * COMPOUNDS[i!]![1]) / 4 / molarMass(COMPOUNDS[i!]![0])) * 6.022e23) / 1e23),
  'c.basic.percent-composition': ({ i }) => {
    const f = COMPOUNDS[i!]![0];
    const [, el, n] = /^([A-Z][a-z]?)(\d*)/.exec(f)!;
    return s6((100 * MASS[el!]! * Number(n || 1)) / molarMass(f));
  },
  'c.basic.limiting-reagent': ({ h, o }) => {
    const nH2 = h! / molarMass('H2');
    const nO2 = o! / molarMass('O2');
    return s6(molarMass('H2O') * (nH2 <= 2 * nO2 ? nH2 : 2 * nO2));
  },
  'c.basic.molarity-molality': ({ m, V }) => s6(((m! / molarMass('NaOH')) * 1000) / V!),
  'c.basic.equivalent-mass': ({ w }) => snap([molarMass('H2SO4') / 2, 158 / 5, 158 / 3, 294 / 6][w!]!, 4),
  'c.gas.partial-pressure': ({ a, b, P }) => s6(P! - (P! * a!) / (a! + b!)),
  'c.gas.compressibility': ({ P, T, z }) => {
    // The stem shows V_m to 3 significant figures; Z is the measured V_m over the ideal-gas V_m.
    const shown = Number(((z! * 0.0821 * T!) / P!).toPrecision(3));
    return s6(shown / ((0.0821 * T!) / P!));
  },
  'c.atom.photon-energy': ({ lam }) => s6(1240 / lam!),
  'c.atom.bohr-energy': ({ Z, n, w }) => s6(w === 0 ? -13.6 * (Z! / n!) ** 2 : 52.9 * (n! ** 2 / Z!)),
  'c.atom.spectral-lines': ({ n, w, n1 }) => {
    if (w === 0) {
      let lines = 0;
      for (let hi = 2; hi <= n!; hi++) for (let lo = 1; lo < hi; lo++) lines++;
      return lines;
    }
    return s6(109678 / n1! ** 2 - 109678 / (n1! + n!) ** 2);
  },
  'c.atom.nodes': ({ n, l, w }) => {
    const ll = Math.min(l!, n! - 1);
    return [n! - 1 - ll, ll + (n! - 1 - ll), ll + 2 * (2 * ll + 1)][w!]!;
  },
  'c.atom.unpaired': ({ z }) => UNPAIRED[z!]!,
  'c.bond.sigma-pi': ({ n, d, t, w }) => {
    const dd = Math.min(d!, n! - 1 - t!);
    const h = 2 * n! + 2 - 2 * dd - 4 * t!;
    // Count bonds from valences: total bond order = (4C + H)/2; sigma = atoms − 1 for an acyclic molecule.
    const totalOrder = (4 * n! + h) / 2;
    const sigma = n! + h - 1;
    return w === 0 ? sigma : totalOrder - sigma;
  },
  'c.bond.lone-pairs': ({ i }) => KNOWN[bondSpecies[i! % bondSpecies.length]!.formula]![1],
  'c.bond.hybridisation': ({ i }) => `$${KNOWN[SPECIES[i!]!.formula]![0]}$`,
  'c.bond.bond-order': ({ e }) => BOND_ORDER[e!]!,
  'c.bond.ionic-character': ({ mu, d }) => s6(((mu! * 3.336e-30) / (1.6e-19 * d! * 1e-12)) * 100),
  'c.solid.density': ({ i }) => {
    const [, lattice, M, a] = CRYSTAL_TABLE[i!]!;
    const atomsPerCell = [8 / 8, 8 / 8 + 1, 8 / 8 + 6 / 2][lattice]!;
    const cellVolumeCm3 = (a * 1e-12 * 100) ** 3;
    return s6(((atomsPerCell * M) / 6.022e23) / cellVolumeCm3);
  },
  'c.td.dh-du': ({ dU, dn, T }) => s6(dU! + dn! * 0.008314 * T!),
  'c.td.hess': ({ a, b, c }) => -(a! + 2 * b! - c!),
  'c.td.bond-enthalpy': ({ hh, xx, hx }) => -(2 * hx! - hh! - xx!),
  'c.td.phase-entropy': ({ S }) => S!,
  'c.td.gibbs': ({ dH, dS, T, w, Tx }) => {
    const s = dS === 0 ? 20 : dS!;
    return w === 0 ? s6((dH! * 1000 - T! * s) / 1000) : Tx!;
  },
  'c.sol.henry': ({ KH, p }) => s6(p! / (KH! * 1e4) * 1e4),
  'c.sol.raoult': ({ pa, pb, xa }) => s6(pb! + xa! * (pa! - pb!)),
  'c.sol.freezing-point': ({ w, M, kg, Kf }) => s6(Kf! * (w! / M! / kg!)),
  'c.sol.vant-hoff': ({ n, a, m }) => s6(0.52 * m! * (1 - a! + n! * a!)),
  'c.surface.freundlich': ({ k, n, p }) => s6(Math.exp(Math.log(k!) + Math.log(p!) / n!)),
  'c.eq.kp-kc': ({ Kc, dn, T }) => s6(Kc! * Math.exp(dn! * Math.log(0.0821 * T!))),
  'c.eq.reaction-quotient': ({ K, a, b, c }) => {
    const Q = (c! * c!) / (a! * b!);
    return Q < K! ? 'In the forward direction' : Q > K! ? 'In the backward direction' : 'In the no net direction (at equilibrium)';
  },
  'c.eq.ph-strong': ({ m, e, w }) => {
    const conc = m! * 10 ** -e!;
    return s6(w === 0 ? -Math.log(conc) / Math.LN10 : 14 - -Math.log(conc) / Math.LN10);
  },
  'c.eq.weak-acid': ({ Ka, c }) => s6(-0.5 * Math.log10(Ka!) - 0.5 * Math.log10(c!)),
  'c.eq.buffer': ({ pKa, salt, acid }) => s6(pKa! + Math.log10(salt!) - Math.log10(acid!)),
  'c.eq.ksp': ({ s, w }) => s6(w === 0 ? s! * s! : s! * (2 * s!) ** 2),
  'c.redox.oxidation-state': ({ i }) => fmtOx(KNOWN[SPECIES[i!]!.formula]![2]),
  'c.redox.mole-ratio': ({ o, r, n }) => s6((n! * [5, 6, 3, 5][o!]!) / [1, 2, 2, 2, 1][r!]!),
  'c.elec.cell-emf': ({ c, a }) => s6(c! / 100 - a! / 100),
  'c.elec.nernst': ({ E0, n, q }) => s6(E0! - (0.059 * Math.log(q!)) / (n! * Math.LN10)),
  'c.elec.molar-conductivity': ({ L, c }) => {
    // In SI: κ (S/m) over c (mol/m³) gives S m² mol⁻¹; 1 m² = 10⁴ cm².
    const kappaSI = ((L! * c!) / 1000) * 100;
    return s6((kappaSI / (c! * 1000)) * 1e4);
  },
  'c.elec.faraday': ({ I, t, m }) => s6(((I! * t! * 60) / 96500 / [1, 2, 2, 3][m!]!) * [108, 63.5, 65, 27][m!]!),
  'c.kin.rate-law': ({ a, b, fa, fb }) => (fa! ** a! * fb! ** b!),
  'c.kin.order-from-data': ({ order, f }) => snap(Math.log(f! ** order!) / Math.log(f!), 6),
  'c.kin.first-order': ({ k, frac, w }) => {
    // Integrate d[A]/dt = -k[A] numerically and bisect for the time the target fraction is reached.
    const target = w === 0 ? 0.5 : 1 / frac!;
    let lo = 0;
    let hi = 10 / k!;
    for (let it = 0; it < 60; it++) {
      const mid = (lo + hi) / 2;
      if (rk4((_, c) => -k! * c, 0, 1, mid, 400) > target) lo = mid;
      else hi = mid;
    }
    return snap((lo + hi) / 2, 7);
  },
  'c.kin.arrhenius': ({ T1, dT, ratio }) => s6((8.314 * Math.log(ratio!) * T1! * (T1! + dT!)) / dT! / 1000),
  'c.per.position': ({ z, w }) => (w === 0 ? PERIOD_ENDS.findIndex((e) => z! <= e) + 1 : groupOf(z!)),
  'c.per.trends': factAnswer(F, 'c.per.trends'),
  'c.per.binary-formula': ({ m, x }) => {
    for (let a = 1; a <= 10; a++) for (let b = 1; b <= 10; b++) if (a * m! === b * (18 - (x! + 10))) return a + b;
    return NaN;
  },
  'c.sblock.facts': factAnswer(F, 'c.sblock.facts'),
  ...Object.fromEntries([13, 14, 15, 16, 17, 18].map((g) => [`c.pb.group-${g}-species`, (({ i, w }: Record<string, number>) => {
    const s = SPECIES.filter((x) => x.group === g)[i!]!;
    const [h, lp, ox] = KNOWN[s.formula]!;
    return [fmtOx(ox), String(lp), `$${h}$`][w!]!;
  })])),
  'c.db.d-electrons': ({ i }) => D_KNOWN[i!]!,
  'c.db.spin-only': ({ i }) => {
    const d = D_KNOWN[i!]!;
    let unpaired = 0;
    const orbitals = [0, 0, 0, 0, 0];
    for (let e = 0; e < d; e++) orbitals[e % 5]!++;
    for (const o of orbitals) if (o === 1) unpaired++;
    return s6(Math.sqrt(unpaired * (unpaired + 2)));
  },
  'c.db.permanganate-titre': ({ m, V, w }) => s6((m! * V!) * (w === 0 ? 7 - 2 : 2 * (6 - 3))),
  'c.fb.lanthanoid-f': ({ i, w }) => {
    const f = i!;
    return w === 0 ? f : Math.min(f, 14 - f);
  },
  'c.co.oxidation-cn': ({ w, ox, cn }) => String(w === 0 ? ox : cn),
  'c.co.isomer-count': factAnswer(F, 'c.co.isomer-count'),
  'c.org.rf-value': ({ s, f }) => s6(s! / f!),
  'c.org.lassaigne': factAnswer(F, 'c.org.lassaigne'),
  'c.org.kjeldahl': ({ k, p, w }) => {
    if (k === 0) {
      // The titre shown (one decimal) of the acid strength that fits a 50 mL burette; N × V mmol of NH₃.
      const N = [0.1, 0.2, 0.5, 1].find((n) => (p! * w!) / (1.4 * n) <= 50)!;
      const V = Math.round(((p! * w!) / (1.4 * N)) * 10) / 10;
      const gramsN = ((N * V) / 1000) * 14;
      return s6((gramsN / w!) * 100);
    }
    const agcl = Math.round(((w! * 2 * p!) / 100) * (143.5 / 35.5) * 1000) / 1000;
    return s6(((agcl / (108 + 35.5)) * 35.5 * 100) / w!);
  },
  'c.org.iupac-name': ({ n, k }) => ['meth', 'eth', 'prop', 'but', 'pent', 'hex', 'hept', 'oct', 'non', 'dec'][n! - 1] + ['ane', 'an-1-ol', 'anal', 'anoic acid'][k!]!,
  'c.org.unsaturation': ({ c, u, n, x }) => {
    const h = 2 * c! + 2 + n! - x! - 2 * Math.min(u!, c!);
    return (2 * c! + 2 + n! - h - x!) / 2;
  },
  'c.org.isomer-count': ({ n, c, w }) => (w === 0 ? [0, 1, 1, 1, 2, 3, 5, 9, 18, 35][n!]! : 2 ** c!),
  'c.org.hyperconjugation': ({ a, b, c }) => [a!, b!, c!].reduce((s, i) => s + [0, 3, 2, 1, 0][i]!, 0),
  'c.hc.combustion': ({ n, m }) => s6(m! * (n! + (2 * n! + 2) / 4)),
  'c.hc.bromine-addition': ({ n, m }) => s6((((m! * 14 * n!) / 10) / molarMass(`C${n}H${2 * n!}`)) * 160),
  'c.hc.acetylene': ({ m }) => s6((m! / molarMass('CaC2')) * 22.4),
  'c.hc.aromaticity': factAnswer(F, 'c.hc.aromaticity'),
  'c.hal.wurtz': ({ n }) => molarMass(`C${2 * n!}H${4 * n! + 2}`),
  'c.hal.sn-kinetics': ({ t, fr, fn }) => (t === 0 ? fr! * fn! : fr!),
  'c.hal.haloarenes': factAnswer(F, 'c.hal.haloarenes'),
  'c.oxy.alcohol-sodium': ({ n, m }) => s6(((((m! * (14 * n! + 18)) / 10) / molarMass(`C${n}H${2 * n! + 2}O`)) / 2) * 22.4),
  'c.oxy.phenol-acidity': factAnswer(F, 'c.oxy.phenol-acidity'),
  'c.oxy.williamson': ({ n, m }) => molarMass(`C${n! + m!}H${2 * (n! + m!) + 2}O`),
  'c.oxy.carbonyl-reactions': factAnswer(F, 'c.oxy.carbonyl-reactions'),
  'c.oxy.acid-neutralisation': ({ n, m }) => s6((((m! * (14 * n! + 46)) / 10) / molarMass(`C${n! + 1}H${2 * n! + 2}O2`)) * molarMass('NaOH')),
  'c.nit.hofmann': ({ n, m }) => s6((((m! * (14 * n! + 45)) / 10) / molarMass(`C${n! + 1}H${2 * n! + 3}NO`)) * molarMass(`C${n}H${2 * n! + 3}N`)),
  'c.nit.diazonium-n2': ({ m }) => s6((m! / molarMass('C6H5N2Cl')) * 22.4),
  'c.bio.aldose-stereoisomers': ({ n }) => 2 ** (n! - 2),
  'c.bio.peptide-mass': ({ g, a, w }) => (w === 0 ? 75 * g! + 89 * a! - 18 * (g! + a! - 1) : g! + a! - 1),
  'c.bio.chargaff': ({ g, w }) => (w === 0 ? (100 - 2 * g!) / 2 : g!),
  'c.polymer.degree': ({ n }) => n!,
  'c.prac.titration': ({ Ma, Va, Mb }) => s6((Ma! * Va! * 2) / Mb!),
  'c.prac.salt-analysis': factAnswer(F, 'c.prac.salt-analysis'),
  'c.prac.functional-tests': factAnswer(F, 'c.prac.functional-tests'),
};

describe('chemistry generators', () => {
  it('has a check for every generator', () => {
    expect(all.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every fact has at least three distinct wrong answers, none equal to the answer', () => {
    for (const g of F) for (const f of g.items ?? []) expect(new Set(f.wrong.filter((w) => w !== f.a)).size).toBeGreaterThanOrEqual(3);
  });
  it('the chemistry tables agree with independently known values', () => {
    expect(SYMBOLS[26]).toBe('Fe');
    expect(Object.keys(KNOWN).sort()).toEqual(SPECIES.map((s) => s.formula).sort());
    expect(ION_3D.length).toBe(D_KNOWN.length);
  });
  it('the density generator reproduces handbook densities of its metals within 4 %', () => {
    const gen = all.find((g) => g.id === 'c.solid.density')!;
    const seen = new Set<number>();
    for (const seed of SEEDS) {
      const spec = gen.build(createRng(gen.id, seed));
      if (spec.kind !== 'numeric') throw new Error('numeric expected');
      const known = CRYSTAL_TABLE[spec.params.i!]![4];
      seen.add(spec.params.i!);
      expect(Math.abs(spec.value - known) / known).toBeLessThan(0.04);
    }
    expect(seen.size).toBe(CRYSTAL_TABLE.length);
  });
  for (const gen of all) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
    });
  }
  for (const gen of BILINGUAL) {
    it(`${gen.id}: Hindi on every instance, answers inside the plausible range, no impossible options`, () => {
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
