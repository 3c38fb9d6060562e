import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { optionSpreadProblems, realismProblems } from './chem-checks.test-util.ts';
import { composition, inRing, parseSmiles, type Atom } from './chem-smiles.test-util.ts';
import { chemDepthPolymerGenerators, CLASSES, monomerText, MONOMERS, POLYMERS, STEP_PAIRS, type PolymerClass } from './chemistry-depth-polymer.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** Textbook monomers of each polymer (NCERT XII), written out apart from the generator's table. */
const TEXTBOOK: Record<string, string[]> = {
  polythene: ['ethene'], polypropene: ['propene'], polystyrene: ['styrene'], 'PVC (polyvinyl chloride)': ['vinyl chloride'],
  Teflon: ['tetrafluoroethene'], 'PAN (Orlon)': ['acrylonitrile'], 'PMMA (Perspex)': ['methyl methacrylate'],
  'natural rubber': ['isoprene (2-methylbuta-1,3-diene)'], neoprene: ['chloroprene (2-chlorobuta-1,3-diene)'],
  'Buna-S': ['buta-1,3-diene', 'styrene'], 'Buna-N': ['buta-1,3-diene', 'acrylonitrile'],
  'Nylon-6,6': ['hexamethylenediamine', 'adipic acid'], 'Nylon-6': ['caprolactam'], 'Terylene (Dacron)': ['ethylene glycol', 'terephthalic acid'],
  Glyptal: ['ethylene glycol', 'phthalic acid'], Bakelite: ['phenol', 'formaldehyde'], 'melamine–formaldehyde polymer': ['melamine', 'formaldehyde'],
  PHBV: ['3-hydroxybutanoic acid', '3-hydroxypentanoic acid'], 'Nylon-2–nylon-6': ['glycine', '6-aminohexanoic acid'],
};
const ELASTOMERS = new Set(['natural rubber', 'neoprene', 'Buna-S', 'Buna-N']);
const BIODEGRADABLE = new Set(['PHBV', 'Nylon-2–nylon-6']);
/** Molecular formulas of the monomers, written by hand, to check the SMILES the generator carries. */
const FORMULAS: Record<string, string> = {
  ethene: 'C2H4', propene: 'C3H6', styrene: 'C8H8', vinylChloride: 'C2H3Cl', tfe: 'C2F4', acrylonitrile: 'C3H3N', mma: 'C5H8O2',
  isoprene: 'C5H8', chloroprene: 'C4H5Cl', butadiene: 'C4H6', hmda: 'C6H16N2', adipic: 'C6H10O4', caprolactam: 'C6H11NO',
  glycol: 'C2H6O2', terephthalic: 'C8H6O4', phthalic: 'C8H6O4', phenol: 'C6H6O', formaldehyde: 'CH2O', melamine: 'C3H6N6',
  hydroxybutanoic: 'C4H8O3', hydroxypentanoic: 'C5H10O3', glycine: 'C2H5NO2', aminocaproic: 'C6H13NO2',
};
const MASS: Record<string, number> = { H: 1, C: 12, N: 14, O: 16, F: 19, Cl: 35.5 };

const smilesOf = (name: string) => Object.values(MONOMERS).find((m) => m.en === name)!.smiles;
const carbonyl = (a: Atom[], k: number) => a[k]!.el === 'C' && a[k]!.bonds.some((b) => b.order === 2 && a[b.to]!.el === 'O');

/** Reacting groups of a monomer, read from its atom graph. */
function groups(smiles: string) {
  const a = parseSmiles(smiles);
  const idx = a.map((_, k) => k);
  const acid = idx.filter((k) => carbonyl(a, k) && a[k]!.bonds.some((b) => b.order === 1 && a[b.to]!.el === 'O' && a[b.to]!.h === 1)).length;
  const hydroxyl = idx.filter((k) => a[k]!.el === 'O' && a[k]!.h === 1 && a[k]!.bonds.every((b) => !carbonyl(a, b.to))).length;
  const amine = idx.filter((k) => a[k]!.el === 'N' && a[k]!.h >= 1 && a[k]!.bonds.every((b) => b.order === 1 && !carbonyl(a, b.to))).length;
  const aldehyde = idx.filter((k) => carbonyl(a, k) && a[k]!.h >= 1).length;
  const lactam = idx.filter((k) => a[k]!.el === 'N' && a[k]!.bonds.some((b) => carbonyl(a, b.to) && inRing(a, k, b.to))).length;
  const alkene = idx.some((k) => a[k]!.el === 'C' && a[k]!.bonds.some((b) => b.order === 2 && a[b.to]!.el === 'C' && !inRing(a, k, b.to)));
  return { acid, hydroxyl, amine, aldehyde, lactam, alkene };
}

/** Addition or condensation, from the monomers' structures alone. */
function growthOf(names: readonly string[]): 'addition' | 'condensation' {
  const g = names.map((n) => groups(smilesOf(n)));
  const has = (key: 'acid' | 'hydroxyl' | 'amine' | 'aldehyde' | 'lactam') => g.some((x) => x[key] > 0);
  if ((has('acid') && (has('amine') || has('hydroxyl'))) || (has('aldehyde') && (has('hydroxyl') || has('amine'))) || has('lactam')) return 'condensation';
  if (g.every((x) => x.alkene)) return 'addition';
  throw new Error(`no polymerisation route for ${names.join(' + ')}`);
}

function classOf(name: string, c: PolymerClass): boolean {
  const ms = TEXTBOOK[name]!;
  if (c === 'condensation' || c === 'addition') return growthOf(ms) === c;
  if (c === 'copolymer') return new Set(ms).size > 1;
  return (c === 'elastomer' ? ELASTOMERS : BIODEGRADABLE).has(name);
}

const molarMass = (name: string) => Object.entries(composition(parseSmiles(smilesOf(name)))).reduce((s, [el, n]) => s + n * MASS[el]!, 0);

const checks: Record<string, AnswerCheck> = {
  'c.polymer.monomer-of': ({ p, dir }) => {
    const name = POLYMERS[p!]!.en;
    if (dir === 0) return TEXTBOOK[name]!.join(' and ');
    // The polymer whose textbook monomer set is the set the stem names.
    const matches = Object.keys(TEXTBOOK).filter((n) => TEXTBOOK[n]!.join(' and ') === monomerText(p!));
    expect(matches).toHaveLength(1);
    return matches[0]!;
  },
  'c.polymer.classify': (v) => {
    const cls = CLASSES[v.c!]!;
    return [0, 1, 2, 3].map((k) => POLYMERS[v[`p${k}`]!]!.en).filter((n) => classOf(n, cls));
  },
  'c.polymer.condensation-mass': ({ i, a, b }) => {
    const [P, A, B] = STEP_PAIRS[i!]!;
    const [nameA, nameB] = [MONOMERS[A].en, MONOMERS[B].en];
    expect(TEXTBOOK[POLYMERS[P]!.en]).toEqual([nameA, nameB]);
    // Each bifunctional monomer forms two linkages; one H₂O per linkage, two per repeat unit.
    const reacting = (n: string) => { const g = groups(smilesOf(n)); return g.acid + g.amine + g.hydroxyl; };
    const linkages = (reacting(nameA) + reacting(nameB)) / 2;
    const [Ma, Mb] = [molarMass(nameA), molarMass(nameB)];
    return Math.min(a! / Ma, b! / Mb) * (Ma + Mb - linkages * 18);
  },
};

describe('chemistry polymer depth: monomers, classification, condensation mass balance', () => {
  it('has a check for every generator', () => {
    expect(chemDepthPolymerGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('monomer SMILES match their hand-written formulas; the table agrees with the structural classification', () => {
    for (const [key, m] of Object.entries(MONOMERS)) {
      const c = composition(parseSmiles(m.smiles));
      const written = Object.fromEntries([...FORMULAS[key]!.matchAll(/([A-Z][a-z]?)(\d*)/g)].map((x) => [x[1]!, Number(x[2] || 1)]));
      expect(c, key).toEqual(written);
    }
    expect(POLYMERS.map((p) => p.en).sort()).toEqual(Object.keys(TEXTBOOK).sort());
    POLYMERS.forEach((p, k) => {
      expect(p.sister, p.en).not.toBe(k);
      expect(monomerText(p.sister), p.en).not.toBe(monomerText(k));
      expect(growthOf(TEXTBOOK[p.en]!), p.en).toBe(p.growth);
    });
    // Both classes occur, and copolymers of each kind exist, so every question has true and false statements.
    for (const c of CLASSES) expect(Object.keys(TEXTBOOK).filter((n) => classOf(n, c)).length, c).toBeGreaterThan(1);
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthPolymerGenerators, SEEDS)).toEqual([]);
  });
  it('no option shown in % leaves (0, 100] on 2000 seeds, and no two numeric options lie within 2 % of each other on 220', () => {
    expect(optionSpreadProblems(chemDepthPolymerGenerators, 2000, 220)).toEqual([]);
  });
  for (const gen of chemDepthPolymerGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
