import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { CFT_COMPLEXES, chemDepthInorganicGenerators, DD_BANDS, ORES } from './chemistry-depth-inorganic.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { instantiate } from './framework.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** ΔH° (kJ) and ΔS° (J/K) per mol O₂ of FeO, ZnO, NiO, Cu₂O, SnO₂, PbO, MnO, Cr₂O₃ formation, as the stem states them. */
const OXIDE_LINES = [[-544, -138], [-701, -201], [-480, -189], [-337, -152], [-578, -207], [-438, -202], [-770, -150], [-760, -183]] as const;

const ATOMIC: Record<string, number> = { Fe: 56, Cu: 63.5, Zn: 65, Pb: 207, Sn: 119, Al: 27, S: 32, O: 16, C: 12 };
/** Element counts of a LaTeX formula such as `Fe_2O_3` or `CuFeS_2`. */
function counts(f: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of f.matchAll(/([A-Z][a-z]?)(?:_(\d+))?/g)) out.set(m[1]!, (out.get(m[1]!) ?? 0) + Number(m[2] ?? 1));
  return out;
}
const molarMass = (f: string) => [...counts(f)].reduce((s, [el, k]) => s + k * ATOMIC[el]!, 0);

/**
 * Ground state of d^n in an octahedral field by brute force over every occupation of the five
 * d orbitals (three t2g at −0.4Δ, two eg at +0.6Δ; each pair costs P).
 */
function groundState(n: number, D: number, P: number): { unpaired: number; cfse: number } {
  let best = { energy: Infinity, unpaired: 0, cfse: 0 };
  const occ = [0, 0, 0, 0, 0];
  const walk = (k: number, left: number) => {
    if (k === 5) {
      if (left !== 0) return;
      const orbital = occ.reduce((s, x, i) => s + x * (i < 3 ? -0.4 : 0.6), 0);
      const pairs = occ.filter((x) => x === 2).length;
      const energy = orbital * D + pairs * P;
      if (energy < best.energy - 1e-9) best = { energy, unpaired: occ.filter((x) => x === 1).length, cfse: Math.round(orbital * 10) / 10 + 0 };
      return;
    }
    for (let x = 0; x <= Math.min(2, left); x++) {
      occ[k] = x;
      walk(k + 1, left - x);
    }
    occ[k] = 0;
  };
  walk(0, n);
  return best;
}

/** Complexes by formula: metal Z, oxidation state from the ligand charges, strong-field ligand set for that ion. */
const COMPLEX_FACTS: Record<string, [number, number, boolean]> = {
  '[Ti(H_2O)_6]^{3+}': [22, 3, false], '[V(H_2O)_6]^{3+}': [23, 3, false], '[Cr(H_2O)_6]^{3+}': [24, 3, false], '[Cr(H_2O)_6]^{2+}': [24, 2, false],
  '[Mn(CN)_6]^{3-}': [25, 6 - 3, true], '[Mn(H_2O)_6]^{2+}': [25, 2, false], '[Fe(CN)_6]^{3-}': [26, 6 - 3, true], '[Fe(H_2O)_6]^{2+}': [26, 2, false],
  '[Fe(CN)_6]^{4-}': [26, 6 - 4, true], '[Co(NH_3)_6]^{3+}': [27, 3, true], '[CoF_6]^{3-}': [27, 6 - 3, false], '[Co(H_2O)_6]^{2+}': [27, 2, false],
  '[Ni(NH_3)_6]^{2+}': [28, 2, false], '[Cu(H_2O)_6]^{2+}': [29, 2, false], '[Co(en)_3]^{3+}': [27, 3, true],
};

/** Method → what it is used for, as a textbook summary table. */
const METALLURGY_TABLE: [RegExp, string][] = [
  [/Mond/, 'nickel'], [/van Arkel/, 'zirconium'], [/Zone refining/, 'germanium'], [/^Froth flotation/, 'sulphide ores'], [/NaCN acts/, 'a depressant for ZnS'],
  [/Bauxite/, 'hot concentrated NaOH'], [/Silver and gold/, 'aqueous NaCN in the presence of air'], [/Cryolite/, 'lower the melting point and raise the conductivity'],
  [/silica is added/, 'remove iron as FeSiO₃ slag'], [/Blister/, 'escaping SO₂ leaves blisters on the solidified metal'], [/carbonate ore/, 'calcination'], [/limestone/, 'remove silica as CaSiO₃ slag'],
];
const itemText = (i: number) => (chemDepthInorganicGenerators.find((g) => g.id === 'c.met.refining-methods') as unknown as { items: { q: string }[] }).items[i]!.q;

const checks: Record<string, AnswerCheck> = {
  // Root of ΔG°(C → CO line) − ΔG°(oxide line) by bisection over 250–5000 K.
  'c.met.ellingham-crossover': ({ i }) => {
    const [h, s] = OXIDE_LINES[i!]!;
    return bisect((T) => -221 - (T * 179) / 1000 - (h - (T * s) / 1000), 250, 5000);
  },
  // Metal mass fraction from the formula's atom counts and atomic masses.
  'c.met.ore-yield': ({ i, p, r }) => {
    const [, , f, M, metal] = ORES[i!]!;
    expect(Math.abs(molarMass(f) - M)).toBeLessThan(1e-9);
    return 1000 * (p! / 100) * ((counts(f).get(metal)! * ATOMIC[metal]!) / molarMass(f)) * (r! / 100);
  },
  // Electrochemical equivalent Z = M/(nF) in g per coulomb times the useful charge.
  'c.met.hall-heroult': ({ I, t, eta, w }) => {
    const Z = w === 0 ? 27 / (3 * 96500) : 12 / (4 * 96500);
    const coulombs = I! * 1e3 * t! * 3600 * (eta! / 100);
    return (Z * coulombs) / 1e3;
  },
  'c.met.refining-methods': ({ item }) => METALLURGY_TABLE.find(([re]) => re.test(itemText(item!)))![1],
  'c.co.cft-spin-moment': ({ n, D, P }) => {
    const u = groundState(n!, D!, P!).unpaired;
    return `$${Math.sqrt(u * (u + 2)).toFixed(2)}$ BM`;
  },
  'c.co.cfse-named': ({ i }) => {
    const [Z, oxState, strong] = COMPLEX_FACTS[CFT_COMPLEXES[i!]![0]]!;
    // Strong field: Δo well above P; weak field: well below.
    return `$${groundState(Z - 18 - oxState, strong ? 10 : 0.1, 1).cfse.toFixed(1)}\\,\\Delta_o$`;
  },
  // Wavenumber route: ν̃ = 10⁷/λ cm⁻¹, one cm⁻¹ is hc·100 J per ion.
  'c.co.cft-absorption': ({ i }) => {
    const wavenumber = 1e7 / DD_BANDS[i!]![1];
    return (wavenumber * 100 * 6.626e-34 * 3e8 * 6.022e23) / 1000;
  },
  'c.co.cft-statements': ({ n, D, P, trueCfse, trueMu }) => {
    const g = groundState(n!, D!, P!);
    const out: string[] = [];
    if (D! > P!) out.push('The complex is low spin.');
    if (g.unpaired > 0) out.push('The complex is paramagnetic.');
    if (trueCfse === 1) out.push(`Its CFSE, ignoring pairing energy, is $${g.cfse}\\,\\Delta_o$.`);
    if (trueMu === 1) out.push(`Its spin-only magnetic moment is $${Math.sqrt(g.unpaired * (g.unpaired + 2)).toFixed(2)}$ BM.`);
    return out;
  },
};

describe('chemistry depth: metallurgy and crystal field theory', () => {
  it('has a check for every generator', () => {
    expect(chemDepthInorganicGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthInorganicGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthInorganicGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
  it('no option shows a CFSE or spin-only moment an octahedral d^n ion cannot have', () => {
    const bounds: Record<string, [number, number]> = { 'c.co.cfse-named': [-2.4, 0], 'c.co.cft-spin-moment': [0, 5.92] };
    for (const [id, [lo, hi]] of Object.entries(bounds)) {
      const gen = chemDepthInorganicGenerators.find((g) => g.id === id)!;
      for (const seed of SEEDS) {
        for (const o of instantiate(gen, seed).question.options ?? []) {
          const v = Number(/^\$(-?[\d.]+)/.exec(o.text)?.[1]);
          expect(v >= lo - 1e-9 && v <= hi + 1e-9, `${id}#${seed} ${o.text}`).toBe(true);
        }
      }
    }
  });
});
