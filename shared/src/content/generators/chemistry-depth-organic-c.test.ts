import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { ALCOHOLS, ALKANE_BP, ALKYNES, GROUPS, HALIDE_DIPOLE, HYDROGENATION_HEAT, NITRATION_RATE } from './chem-data-organic.ts';
import { condensedCounts } from './chem-formula.test-util.ts';
import { parseSmiles } from './chem-smiles.test-util.ts';
import { analysisData, ANALYSED, chemDepthOrganicCGenerators, HALIDE_REAGENTS, METHODS, MIXTURES, observedRotation, SN_SUBSTRATES, tex, withGroup } from './chemistry-depth-organic-c.ts';
import { instantiate } from './framework.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { distinctInstances, optionNumber, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const picked = (p: Record<string, number>) => [p.p0!, p.p1!, p.p2!, p.p3!];

/** The four picked species sorted by the measured value (the order a lab table gives). */
function measuredOrder(data: readonly (readonly [string, number])[], ascending: boolean): AnswerCheck {
  return (p) => picked(p).sort((a, b) => (ascending ? 1 : -1) * (data[a]![1] - data[b]![1])).map((k) => tex(data[k]![0])).join(' < ');
}

/**
 * Electronic effects of a ring substituent read from its structure: the first atom's element,
 * lone pairs, charge and multiple bonds decide (not the table's columns).
 */
function effectsFromStructure(smiles: string): { I: number; R: number; activating: boolean; orthoPara: boolean } {
  const atoms = parseSmiles(smiles);
  const a = atoms[0]!;
  const multiple = a.bonds.some((b) => b.order > 1 && ['O', 'N'].includes(atoms[b.to]!.el));
  const valenceUsed = a.bonds.reduce((s, b) => s + b.order, 0) + a.h;
  const loneElectrons = ({ C: 4, N: 5, O: 6, S: 6, F: 7, Cl: 7, Br: 7, I: 7 }[a.el] ?? 0) - a.charge - valenceUsed;
  const halogen = ['F', 'Cl', 'Br', 'I'].includes(a.el);
  const lonePairOnly = !multiple && a.charge === 0 && loneElectrons >= 2;
  const halogenated = a.bonds.some((b) => ['F', 'Cl', 'Br', 'I'].includes(atoms[b.to]!.el));
  if (a.el === 'C' && !multiple && !halogenated) return { I: 1, R: 0, activating: true, orthoPara: true };
  const R = lonePairOnly ? 1 : multiple ? -1 : 0;
  return { I: -1, R, activating: R === 1 && !halogen, orthoPara: R === 1 };
}
const asked = (a: number, i: number) => { const e = effectsFromStructure(GROUPS[i]![1]); return a === 0 ? e.I === -1 && e.R === 1 : a === 1 ? e.R === -1 : e.activating; };

/** An alkyne with a hydrogen on a triply bonded carbon. */
const terminal = (smiles: string) => { const atoms = parseSmiles(smiles); return atoms.some((x) => x.h > 0 && x.bonds.some((b) => b.order === 3)); };

/** The halogen a reagent delivers, read from its formula: the last halogen symbol written. */
function halogenOf(reagent: string): string {
  const found = [...reagent.replace(/\\ \(pyridine\)|ZnCl_2/g, '').matchAll(/Cl|Br|F|I/g)].map((m) => m[0]);
  return found[found.length - 1]!;
}

/** Method from the mixture's properties: liquids by boiling-point gap, otherwise the decisive property. */
function methodFor(i: number): string {
  const m = MIXTURES[i]!;
  const byKind: Record<string, number> = { steam: 2, decomposes: 3, sublimes: 4, 'soluble-solid': 5, extract: 6, pigments: 7 };
  const k = m.kind === 'liquids' ? (Math.abs(m.bp![1] - m.bp![0]) >= 40 ? 0 : 1) : byKind[m.kind]!;
  return METHODS[k]![0];
}

const checks: Record<string, AnswerCheck> = {
  'c.hc.alkane-boiling-order': measuredOrder(ALKANE_BP, true),
  'c.hc.alkene-stability-order': measuredOrder(HYDROGENATION_HEAT.filter(([f]) => f !== 'CH_2{=}CHCH{=}CH_2'), false),
  'c.org.dipole-moment-order': measuredOrder(HALIDE_DIPOLE, true),
  'c.hc.nitration-rate-order': measuredOrder(NITRATION_RATE, true),
  'c.org.substituent-effects': (p) => picked(p).filter((i) => asked(p.a!, i)).map((i) => tex(GROUPS[i]![0])),
  'c.hc.directing-groups': (p) => picked(p).filter((i) => effectsFromStructure(GROUPS[i]![1]).orthoPara === (p.a === 0)).map((i) => `$\\mathrm{C_6H_5${GROUPS[i]![0].slice(1)}}$`),
  'c.hc.terminal-alkyne-tests': (p) => picked(p).filter((i) => terminal(ALKYNES[i]![1])).map((i) => tex(ALKYNES[i]![0])),
  // The product keeps the alcohol's carbon skeleton: its formula is the alcohol's minus OH plus X.
  'c.hal.alcohol-to-halide': ({ a, r }) => {
    const x = halogenOf(HALIDE_REAGENTS[r!]![0]);
    const alcohol = parseSmiles(ALCOHOLS[a!]![1]);
    const want: Record<string, number> = {};
    for (const at of alcohol) { if (at.el !== 'O') want[at.el] = (want[at.el] ?? 0) + 1; want.H = (want.H ?? 0) + (at.el === 'O' ? 0 : at.h); }
    want[x] = (want[x] ?? 0) + 1;
    const product = withGroup(ALCOHOLS[a!]![0], x);
    expect(condensedCounts(product)).toEqual(want);
    return tex(product);
  },
  // Rotation is linear in composition: α(inverted − retained) = observed, solved by bisection.
  'c.hal.sn-optical-purity': ({ s, f, w }) => {
    const pure = SN_SUBSTRATES[s!]![4];
    const obs = observedRotation({ s: s!, f: f! });
    const sn2 = bisect((x) => pure * (x + (1 - x) / 2 - (1 - x) / 2) - obs, 0, 1);
    return 100 * (w === 0 ? sn2 : sn2 + (1 - sn2) / 2);
  },
  // Brute force over CxHyXz: the formula whose mass fractions and molar mass fit the printed data.
  'c.org.formula-from-analysis': ({ i, w, w2 }) => {
    const d = analysisData({ i: i!, w: w!, w2: w2! });
    const el = ANALYSED[i!]![4];
    const [X, AgX] = el === 'Cl' ? [35.5, 143.5] : [80, 188];
    const fC = (12 * d.co2) / 44 / w!;
    const fH = (2 * d.h2o) / 18 / w!;
    const fX = (X * d.agx) / AgX / w2!;
    const hits: number[] = [];
    for (let c = 1; c <= 10; c++) for (let h = 0; h <= 22; h++) for (let z = 1; z <= 4; z++) {
      const M = 12 * c + h + X * z;
      if (Math.abs(M - 2 * d.vd) < 0.6 && Math.abs((12 * c) / M - fC) < 0.005 && Math.abs(h / M - fH) < 0.005 && Math.abs((X * z) / M - fX) < 0.005) hits.push(c + h + z);
    }
    expect(hits.length).toBe(1);
    return hits[0]!;
  },
  // Each portion: equilibrium x_org / v = K x_aq / V_aq with mass balance, solved by bisection.
  'c.org.solvent-extraction': ({ m, Vaq, V, n, K }) => {
    let left = m!;
    for (let k = 0; k < n!; k++) {
      const v = V! / n!;
      const inWater = bisect((x) => (left - x) / v - (K! * x) / Vaq!, 0, left);
      left = inWater;
    }
    return m! - left;
  },
  'c.org.purification-method': ({ i }) => methodFor(i!),
};

describe('organic depth C: hydrocarbons, halides, effects, purification, analysis', () => {
  it('has a check for every generator', () => {
    expect(chemDepthOrganicCGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthOrganicCGenerators, SEEDS)).toEqual([]);
  });
  it('the substituent table agrees with the structure rules, and the terminal-alkyne column with the SMILES', () => {
    GROUPS.forEach(([, smiles, I, R]) => expect([smiles, effectsFromStructure(smiles).I, effectsFromStructure(smiles).R]).toEqual([smiles, I, R]));
    ALKYNES.forEach(([, smiles, t]) => expect([smiles, terminal(smiles)]).toEqual([smiles, t]));
  });
  it('no option shown in % leaves (0, 100] on 2000 seeds', () => {
    const bad: string[] = [];
    for (const gen of chemDepthOrganicCGenerators) for (let seed = 1; seed <= 2000; seed++) {
      for (const o of instantiate(gen, seed).question.options ?? []) {
        if (o.text.endsWith(' %') && !(optionNumber(o.text) > 0 && optionNumber(o.text) <= 100)) bad.push(`${gen.id}#${seed} ${o.text}`);
      }
    }
    expect(bad).toEqual([]);
  });
  for (const gen of chemDepthOrganicCGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
