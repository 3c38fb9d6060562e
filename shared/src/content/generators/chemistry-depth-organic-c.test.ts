import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { ALCOHOLS, ALKANE_BP, ALKENES_GI, ALKYNES, CHIRAL_MOLS, FUSION_COMPOUNDS, GROUPS, HALIDE_DIPOLE, HYDROGENATION_HEAT, LN_ATOMS, LN_IONS, LN_RADII, MOLECULES, NITRATION_RATE, STEREO_MOLS } from './chem-data-organic.ts';
import { condensedCounts } from './chem-formula.test-util.ts';
import { bondCounts, carbonHybrid, chiralCentres, inRing, parseSmiles, stereoDoubleBonds, type Atom } from './chem-smiles.test-util.ts';
import { chemDepthOrganicCGenerators, analysisData, ANALYSED, HALIDE_REAGENTS, METHODS, MIXTURES, observedRotation, SN_SUBSTRATES, withGroup } from './chemistry-depth-organic-c.ts';
import { AG_TEST, BENZENE_PATTERNS, FE_TEST, FUSION_SIGNS, HALOARENE_REACTIONS, RING_GROUPS, SNAR } from './chemistry-depth-organic-c-analysis.ts';
import { BIFUNCTIONAL, chainFormula, RING_PREFIXES, SUFFIXES } from './chemistry-depth-organic-c-structure.ts';
import { tex } from './chem-organic-builders.ts';
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


const molAtoms = (i: number) => parseSmiles(MOLECULES[i]![3]);
const hybridTally = (atoms: Atom[]) => [1, 2, 3].map((h) => atoms.filter((a, k) => a.el === 'C' && carbonHybrid(atoms, k) === h).length);

/** Benzene isomers by brute force: every placement of the groups on six positions, up to the 12 symmetries of the hexagon. */
function benzeneIsomers(mult: readonly number[]): number {
  const items = mult.flatMap((m, j) => Array.from({ length: m }, () => String(j)));
  while (items.length < 6) items.push('H');
  const perms = new Set<string>();
  const permute = (rest: string[], acc: string[]) => { if (!rest.length) { perms.add(acc.join('')); return; } rest.forEach((x, k) => permute([...rest.slice(0, k), ...rest.slice(k + 1)], [...acc, x])); };
  permute(items, []);
  const canon = (s: string) => { const out: string[] = []; for (let r = 0; r < 6; r++) { out.push(Array.from({ length: 6 }, (_, i) => s[(i + r) % 6]).join('')); out.push(Array.from({ length: 6 }, (_, i) => s[(r - i + 6) % 6]).join('')); } return out.sort()[0]!; };
  return new Set([...perms].map(canon)).size;
}

/** Ring positions of each atom of a single benzene ring, by walking the ring bonds. */
function ringDistance(atoms: Atom[], from: number, to: number): number {
  const ring = (k: number) => atoms[k]!.el === 'C' && atoms[k]!.bonds.some((b) => inRing(atoms, k, b.to));
  const d = new Map([[from, 0]]);
  const q = [from];
  while (q.length) { const k = q.shift()!; for (const b of atoms[k]!.bonds) if (ring(b.to) && !d.has(b.to)) { d.set(b.to, d.get(k)! + 1); q.push(b.to); } }
  return d.get(to) ?? -1;
}
/** Nitro groups ortho or para to the carbon bearing chlorine. */
function activatingNitro(smiles: string): number {
  const atoms = parseSmiles(smiles);
  const cCl = atoms[0]!.bonds[0]!.to;
  const nitroCarbons = atoms.flatMap((a) => (a.el === 'N' && a.charge === 1 ? [a.bonds.find((b) => atoms[b.to]!.el === 'C')!.to] : []));
  return nitroCarbons.filter((c) => [1, 3].includes(ringDistance(atoms, cCl, c))).length;
}

/** 4f electrons of a lanthanoid ion from Z and charge ([Xe] = 54 electrons), and unpaired by Hund's rule. */
const fOf = (k: number) => { const [a, q] = LN_IONS[k]!; return LN_ATOMS[a][1] - 54 - q; };
const hund = (f: number) => { const orb = Array.from({ length: 7 }, () => 0); for (let e = 0; e < f; e++) orb[e % 7]! += 1; return orb.filter((x) => x === 1).length; };

/** Name of a chain compound found by numbering the chain from both ends. */
function chainNameCheck(n: number, g: number, p: number): string {
  const roots = ['', 'meth', 'eth', 'prop', 'but', 'pent', 'hex', 'hept', 'oct'];
  const locant = [p, n + 1 - p].sort((a, b) => a - b)[0]!;
  const named: Record<number, (L: number) => string> = { 0: (L) => `${roots[n]}an-${L}-ol`, 1: (L) => `${roots[n]}an-${L}-amine`, 2: (L) => `${L}-chloro${roots[n]}ane`, 3: (L) => `${L}-bromo${roots[n]}ane`, 4: (L) => `${roots[n]}an-${L}-one` };
  return named[g]!(locant);
}

/** Functional groups found in a structure, as indices of the suffix seniority list. */
function groupsIn(smiles: string): number[] {
  const atoms = parseSmiles(smiles);
  const found: number[] = [];
  atoms.forEach((a) => {
    if (a.el !== 'C') return;
    const nb = a.bonds.map((b) => ({ ...b, el: atoms[b.to]!.el, at: atoms[b.to]! }));
    const dO = nb.find((b) => b.el === 'O' && b.order === 2);
    const sO = nb.find((b) => b.el === 'O' && b.order === 1);
    const N1 = nb.find((b) => b.el === 'N' && b.order === 1);
    if (nb.some((b) => b.el === 'N' && b.order === 3)) found.push(4);
    else if (dO && sO) found.push(sO.at.h === 1 ? 0 : 1);
    else if (dO && nb.some((b) => b.el === 'Cl')) found.push(2);
    else if (dO && N1) found.push(3);
    else if (dO) found.push(a.h === 1 || a.h === 2 ? 5 : 6);
    else {
      if (sO && sO.at.h === 1) found.push(7);
      if (N1 && N1.at.h === 2) found.push(8);
    }
  });
  return found;
}

/** Change of formula each haloarene reaction makes on C₆H₅X (written from the reactions). */
const ARENE_DELTA: Record<number, (x: string) => Record<string, number>> = {
  0: () => ({ H: -1, Cl: 1 }), 1: () => ({ H: -1, N: 1, O: 2 }), 2: () => ({ S: 1, O: 3 }), 3: () => ({ C: 1, H: 2 }), 4: () => ({ C: 2, H: 2, O: 1 }),
  5: (x) => ({ C: 6, H: 5, [x]: -1 }), 6: (x) => ({ C: 1, H: 3, [x]: -1 }), 7: (x) => ({ O: 1, H: 1, [x]: -1 }), 8: () => ({ Mg: 1 }),
};
const plus = (a: Record<string, number>, d: Record<string, number>) => { const o = { ...a }; for (const [k, v] of Object.entries(d)) o[k] = (o[k] ?? 0) + v; for (const k of Object.keys(o)) if (o[k] === 0) delete o[k]; return o; };

/** Elements of a Lassaigne compound from its formula; a diazonium group's N leaves as N₂. */
const elementsOf = (i: number) => { const f = FUSION_COMPOUNDS[i]![2]; const c = condensedCounts(f.replace(/N_2\^\+/, '').replace(/\^[+-]/g, '')); return { C: !!c.C, N: !!c.N, S: !!c.S, X: c.Cl ? 'Cl' : c.Br ? 'Br' : c.I ? 'I' : '' }; };
const feCheck = (i: number) => { const e = elementsOf(i); return e.C && e.N ? (e.S ? 1 : 0) : 2; };
const agCheck = (i: number) => ({ Cl: 0, Br: 1, I: 2, '': 3 })[elementsOf(i).X]!;
const signCheck = (s: number, i: number) => [elementsOf(i).S, feCheck(i) === 0, feCheck(i) === 1, agCheck(i) === 2, agCheck(i) === 0][s]!;
const fusionShow = (k: number) => `${FUSION_COMPOUNDS[k]![0]} (${tex(FUSION_COMPOUNDS[k]![2])})`;

/** Name of a disubstituted benzene by trying all 12 numberings of the ring: lowest locants, then alphabetical priority. */
function ringName(g1: number, g2: number, rel: number): string {
  const at = [[0, g1], [rel + 1, g2]] as const;
  let best: { loc: number[]; key: string; name: string } | null = null;
  for (let s0 = 0; s0 < 6; s0++) for (const d of [1, -1]) {
    const named = at.map(([pos, g]) => ({ loc: (((pos - s0) * d) % 6 + 6) % 6 + 1, name: RING_PREFIXES[g]![1] })).sort((x, y) => x.name.localeCompare(y.name));
    const loc = named.map((x) => x.loc).sort((x, y) => x - y);
    const key = named.map((x) => String(x.loc)).join(',');
    const name = `${named.map((x) => `${x.loc}-${x.name}`).join('-')}benzene`;
    const better = !best || loc.join() < best.loc.join() || (loc.join() === best.loc.join() && key < best.key);
    if (better) best = { loc, key, name };
  }
  return best!.name;
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
  'c.org.benzene-locants': ({ g1, g2, rel }) => ringName(g1!, g2!, rel!),
  'c.org.sigma-pi-count': ({ i, w }) => { const b = bondCounts(molAtoms(i!)); return w === 0 ? b.sigma : b.pi; },
  'c.org.hybridisation-count': ({ i, h }) => hybridTally(molAtoms(i!))[h!]!,
  'c.org.structure-statements': ({ i, s0, s1, s2, s3 }) => {
    const atoms = molAtoms(i!);
    const b = bondCounts(atoms);
    const t = hybridTally(atoms);
    const truth = [b.sigma, b.pi, t[1]!, t[0]! + t[2]!];
    const en = [`It has ${s0} σ bonds.`, `It has ${s1} π bonds.`, `It has ${s2} $sp^2$ hybridised carbon atoms.`, `It has ${s3} carbon atoms that are $sp$ or $sp^3$ hybridised.`];
    return en.filter((_, k) => [s0, s1, s2, s3][k] === truth[k]);
  },
  'c.org.chiral-centre-count': ({ i }) => chiralCentres(parseSmiles(CHIRAL_MOLS[i!]![3])).length,
  'c.org.geometrical-isomerism': (p) => picked(p).filter((i) => stereoDoubleBonds(parseSmiles(ALKENES_GI[i]![1])) > 0).map((i) => tex(ALKENES_GI[i]![0])),
  'c.org.stereoisomer-count': ({ i, w }) => {
    const atoms = parseSmiles(STEREO_MOLS[i!]![3]);
    const c = chiralCentres(atoms).length;
    const d = stereoDoubleBonds(atoms);
    return [2 ** (c + d), 2 ** (c + d) / 2, 2 ** d][w!]!;
  },
  'c.org.chain-locant-name': ({ n, g, p }) => {
    expect(chainFormula(n!, p!, g!)).toMatch(/^CH/);
    return chainNameCheck(n!, g!, p!);
  },
  'c.org.principal-group': ({ i }) => SUFFIXES[Math.min(...groupsIn(BIFUNCTIONAL[i!]![1]))]![0],
  'c.org.lassaigne-nitrogen': (p) => picked(p).filter((i) => (p.a === 0 ? feCheck(i) !== 2 : elementsOf(i).S)).map(fusionShow),
  'c.org.fusion-extract-tests': ({ i, t }) => (t === 0 ? FE_TEST[feCheck(i!)][0] : AG_TEST[agCheck(i!)]![0]),
  'c.org.fusion-which-compound': ({ s, yes, n0, n1, n2 }) => {
    expect([n0, n1, n2].map((k) => signCheck(s!, k!))).toEqual([false, false, false]);
    expect(FUSION_SIGNS[s!]).toBeDefined();
    return signCheck(s!, yes!) ? fusionShow(yes!) : 'none';
  },
  'c.hal.benzene-isomer-count': ({ k, g0, g1, g2, g3 }) => {
    expect(new Set([g0, g1, g2, g3].filter((g) => g! >= 0).map((g) => RING_GROUPS[g!])).size).toBe(BENZENE_PATTERNS[k!]![0].length);
    return benzeneIsomers(BENZENE_PATTERNS[k!]![0]);
  },
  'c.hal.haloarene-reagents': ({ x, r }) => {
    const X = x === 0 ? 'Cl' : 'Br';
    const product = HALOARENE_REACTIONS[r!]![1](X);
    expect(condensedCounts(product)).toEqual(plus({ C: 6, H: 5, [X]: 1 }, ARENE_DELTA[r!]!(X)));
    return tex(product);
  },
  'c.hal.snar-order': (p) => picked(p).sort((a, b) => activatingNitro(SNAR[a]![1]) - activatingNitro(SNAR[b]![1])).map((k) => tex(SNAR[k]![0])).join(' < '),
  'c.fb.lanthanoid-moment': ({ k }) => { const n = hund(fOf(k!)); return Math.sqrt(n * (n + 2)); },
  // Lanthanoid contraction: the radius falls as Z rises, so increasing radius is decreasing Z.
  'c.fb.lanthanoid-contraction': (p) => picked(p).sort((a, b) => LN_RADII[b]![1] - LN_RADII[a]![1]).map((k) => tex(`${LN_RADII[k]![0]}^{3+}`)).join(' < '),
  'c.fb.lanthanoid-ion-config': (p) => picked(p).filter((k) => (p.a === 0 ? [0, 7, 14].includes(fOf(k)) : p.a === 1 ? hund(fOf(k)) === 0 : fOf(k) === 7)).map((k) => { const [a, q] = LN_IONS[k]!; return `$\\mathrm{${LN_ATOMS[a][0]}^{${q}+}}$`; }),
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
