import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { ACIDS, ALCOHOLS, AMINES, AMINO_ACIDS, PHENOLS, SUGAR_FORMS, SUGARS, WEAK_ACIDS, WEAK_BASES } from './chem-data-organic.ts';
import { condensedCounts } from './chem-formula.test-util.ts';
import { chiralCentres, composition, inRing, parseSmiles, type Atom } from './chem-smiles.test-util.ts';
import { tex } from './chemistry-depth-organic-c.ts';
import { AA_FORMS, ACID_REAGENTS, acidProduct, amineMass, chemDepthOrganicDGenerators, HINSBERG, NEUTRAL_AA, NITROUS, OXIDISED, PHENOL_REACTIONS, phenolMass } from './chemistry-depth-organic-d.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const MASS: Record<string, number> = { C: 12, H: 1, O: 16, N: 14, Cl: 35.5, Br: 80, I: 127, S: 32, Na: 23 };
const massOf = (comp: Record<string, number>) => Object.entries(comp).reduce((s, [el, n]) => s + n * MASS[el]!, 0);
const picked = (p: Record<string, number>) => [p.p0!, p.p1!, p.p2!, p.p3!];
const add = (a: Record<string, number>, d: Record<string, number>) => { const out = { ...a }; for (const [k, v] of Object.entries(d)) out[k] = (out[k] ?? 0) + v; for (const k of Object.keys(out)) if (out[k] === 0) delete out[k]; return out; };

/** The carbon bearing the OH group, and whether a neighbour of it is doubly bonded (allylic/benzylic). */
function carbinol(atoms: Atom[]): { c: number; carbons: number; activated: boolean } {
  const o = atoms.findIndex((a) => a.el === 'O' && a.h === 1);
  const c = atoms[o]!.bonds[0]!.to;
  const nbrs = atoms[c]!.bonds.filter((b) => atoms[b.to]!.el === 'C').map((b) => b.to);
  const activated = nbrs.some((n) => atoms[n]!.bonds.some((b) => b.order === 2));
  return { c, carbons: nbrs.length, activated };
}
/** Oxidation state of a carbon: +1 per bond order to O, −1 per H (C–C bonds count 0). */
const carbonOx = (atoms: Atom[], c: number) => atoms[c]!.bonds.reduce((s, b) => s + (atoms[b.to]!.el === 'O' ? b.order : 0), 0) - atoms[c]!.h;

/** Free ring positions ortho or para (ring distance 1 or 3) to a ring carbon bearing OH. */
function freeOrthoPara(smiles: string): number {
  const atoms = parseSmiles(smiles);
  const ring = atoms.map((a, k) => k).filter((k) => atoms[k]!.el === 'C' && atoms[k]!.bonds.some((b) => atoms[b.to]!.el === 'C' && inRing(atoms, k, b.to)));
  const dist = (from: number) => { const d = new Map([[from, 0]]); const q = [from]; while (q.length) { const k = q.shift()!; for (const b of atoms[k]!.bonds) if (ring.includes(b.to) && !d.has(b.to)) { d.set(b.to, d.get(k)! + 1); q.push(b.to); } } return d; };
  const ohCarbons = ring.filter((k) => atoms[k]!.bonds.some((b) => atoms[b.to]!.el === 'O' && atoms[b.to]!.h === 1));
  return ring.filter((k) => atoms[k]!.h > 0 && ohCarbons.some((o) => [1, 3].includes(dist(o).get(k)!))).length;
}

/** Change of molecular formula that each phenol reaction makes (written from the named reactions). */
const PHENOL_DELTA: Record<string, Record<string, number>> = {
  'p\\text{-}BrC_6H_4OH': { H: -1, Br: 1 }, '2,4,6\\text{-}Br_3C_6H_2OH': { H: -3, Br: 3 }, 'o\\text{-}/p\\text{-}O_2NC_6H_4OH': { H: -1, N: 1, O: 2 },
  '2,4,6\\text{-}(O_2N)_3C_6H_2OH': { H: -3, N: 3, O: 6 }, C_6H_6: { O: -1 }, 'o\\text{-}HOC_6H_4CHO': { C: 1, O: 1 }, 'o\\text{-}HOC_6H_4COOH': { C: 1, O: 2 },
  'O{=}C_6H_4{=}O': { H: -2, O: 1 }, C_6H_5OCH_3: { C: 1, H: 2 }, C_6H_5OCOCH_3: { C: 2, H: 2, O: 1 }, 'p\\text{-}HOC_6H_4SO_3H': { S: 1, O: 3 },
};
const ACID_DELTA: Record<string, Record<string, number>> = {
  chloride: { O: -1, H: -1, Cl: 1 }, alcohol: { O: -1, H: 2 }, amide: { O: -1, H: 1, N: 1 }, alkane: { C: -1, O: -2 }, ester: { C: 2, H: 4 }, hvz: { H: -1, Cl: 1 }, salt: { H: -1, Na: 1 },
};

/** Amine class and aromaticity from the nitrogen's hydrogens and neighbours. */
function amineFacts(smiles: string): { cls: number; aryl: boolean } {
  const atoms = parseSmiles(smiles);
  const n = atoms.find((a) => a.el === 'N')!;
  return { cls: 3 - n.h, aryl: n.bonds.some((b) => atoms[b.to]!.bonds.some((x) => x.order === 2)) };
}

/** Average charge of an amino acid by enumerating the protonation states of its independent sites. */
function microCharge(a: number, pH: number): number {
  const [, , p1, p2, pr, kind] = AMINO_ACIDS[a]!;
  // Each site: pKa and the charges [deprotonated, protonated].
  const sites: [number, number, number][] = [[p1, -1, 0], [p2, 0, 1]];
  if (pr !== null) sites.push(kind === 'acid' ? [pr, -1, 0] : [pr, 0, 1]);
  let z = 0;
  let q = 0;
  for (let mask = 0; mask < 1 << sites.length; mask++) {
    let w = 1;
    let charge = 0;
    sites.forEach(([pk, dep, prot], k) => { const on = (mask >> k) & 1; w *= on ? 10 ** (pk - pH) : 1; charge += on ? prot : dep; });
    z += w;
    q += w * charge;
  }
  return q / z;
}

/** [H⁺] from the cubic the charge balance gives, by scanning for the sign change then bisecting on [H⁺]. */
function cubicPH(acid: boolean, pK: number, cA: number, cB: number): number {
  const Kw = 1e-14;
  const K = acid ? 10 ** -pK : Kw / 10 ** -pK;
  // acid: (cB + h)(K + h)h − Kw(K + h) − cA K h = 0; base (BH⁺ acid constant K): cA h² + (h − Kw/h − cB)(K + h) h... written as a polynomial:
  const g = acid ? (h: number) => (cB + h) * (K + h) * h - Kw * (K + h) - cA * K * h : (h: number) => cA * h * h + (h * h - Kw - cB * h) * (K + h);
  let prev = 0;
  for (let pH = 0; pH <= 14; pH += 0.01) {
    const h = 10 ** -pH;
    if (pH > 0 && Math.sign(g(h)) !== Math.sign(g(10 ** -prev))) return -Math.log10(bisect(g, h, 10 ** -prev));
    prev = pH;
  }
  throw new Error('no root');
}
const titration = (p: Record<string, number>, V: number) => {
  const [, pK] = p.acid === 1 ? WEAK_ACIDS[p.s! % WEAK_ACIDS.length]! : WEAK_BASES[p.s! % WEAK_BASES.length]!;
  const total = 25 + V;
  return cubicPH(p.acid === 1, pK, (p.c0! * 25) / total, (p.c! * V) / total);
};
const FRACTIONS = [0.1, 0.2, 0.25, 0.5, 0.75, 0.8, 0.9];

const checks: Record<string, AnswerCheck> = {
  'c.oxy.lucas-test': ({ i }) => {
    const { carbons, activated } = carbinol(parseSmiles(ALCOHOLS[i!]![1]));
    const k = carbons === 3 || activated ? 0 : carbons === 2 ? 1 : 2;
    return ['turbidity appears at once', 'turbidity appears in about five minutes', 'no turbidity at room temperature'][k]!;
  },
  // Electrons from the carbinol carbon's oxidation state (−1 or 0) to that of the acid (+3) or ketone (+2).
  'c.oxy.dichromate-oxidation': ({ i, m, c }) => {
    const atoms = parseSmiles(ALCOHOLS[OXIDISED[i!]![0]]![1]);
    const { c: k, carbons } = carbinol(atoms);
    const before = carbonOx(atoms, k);
    const after = carbons === 1 || carbons === 0 ? 3 : 2;
    const mol = m! / massOf(composition(atoms));
    return ((mol * (after - before)) / 6 / c!) * 1000;
  },
  'c.oxy.phenol-bromine-water': ({ i, n, w }) => {
    const atoms = parseSmiles(PHENOLS[i!]![3]);
    const k = freeOrthoPara(PHENOLS[i!]![3]);
    const comp = composition(atoms);
    const mol = phenolMass({ i: i!, n: n! }) / massOf(comp);
    return w === 0 ? mol * massOf(add(comp, { H: -k, Br: k })) : mol * k * 2 * MASS.Br!;
  },
  'c.oxy.phenol-reagents': ({ r }) => {
    const product = PHENOL_REACTIONS[r!]![1];
    expect(condensedCounts(product)).toEqual(add({ C: 6, H: 6, O: 1 }, PHENOL_DELTA[product]!));
    return tex(product);
  },
  // Bisection on the reaction quotient.
  'c.oxy.esterification-equilibrium': ({ a, b }) => bisect((x) => (x * x) / ((a! - x) * (b! - x)) - 4, 1e-9, Math.min(a!, b!) - 1e-9),
  'c.oxy.acid-reagents': ({ a, r }) => {
    const kind = ACID_REAGENTS[r!]![1];
    const product = acidProduct(a!, kind);
    const want = add(condensedCounts(ACIDS[a!]![1]), ACID_DELTA[kind]!);
    expect(condensedCounts(product)).toEqual(want);
    // No other product of this acid shares that formula (one defensible answer).
    for (const [, k] of ACID_REAGENTS) if (acidProduct(a!, k) !== product) expect(condensedCounts(acidProduct(a!, k))).not.toEqual(want);
    return tex(product);
  },
  'c.nit.hinsberg-nitrous': ({ i, t }) => {
    const { cls, aryl } = amineFacts(AMINES[i!]![1]);
    if (t === 0) return HINSBERG[cls - 1]![0];
    return NITROUS[cls === 1 ? (aryl ? 1 : 0) : cls === 2 ? 2 : aryl ? 4 : 3]![0];
  },
  'c.nit.exhaustive-methylation': ({ i, n, w }) => {
    const atoms = parseSmiles(AMINES[i!]![1]);
    const nH = atoms.find((x) => x.el === 'N')!.h;
    const comp = composition(atoms);
    const mol = amineMass({ i: i!, n: n! }) / massOf(comp);
    const salt = add(comp, { H: -nH + 3 * (nH + 1), C: nH + 1, I: 1 });
    return w === 0 ? mol * (nH + 1) * massOf({ C: 1, H: 3, I: 1 }) : mol * massOf(salt);
  },
  'c.bio.reducing-sugars': (p) => picked(p).filter((i) => (SUGARS[i]![3] as readonly (readonly [string, number, readonly number[]])[]).some(([, anomeric, linked]) => !linked.includes(anomeric))).map((i) => SUGARS[i]![0]),
  'c.bio.sugar-chiral-carbons': ({ i, w }) => { const n = chiralCentres(parseSmiles(SUGAR_FORMS[i!]![3])).length; return w === 0 ? n : 2 ** n; },
  // The pI is asked only where the textbook mean of two pKa values is within 0.005 of the true zero-charge pH.
  'c.bio.isoelectric-point': ({ a, w, p }) => {
    const pI = bisect((pH) => microCharge(a!, pH), 0, 14);
    const [, , p1, p2, pr, kind] = AMINO_ACIDS[a!]!;
    const sorted = [p1, p2, ...(pr === null ? [] : [pr])].sort((x, y) => x - y);
    const mean = kind === 'base' ? (sorted[1]! + sorted[2]!) / 2 : (sorted[0]! + sorted[1]!) / 2;
    return w === 0 && Math.abs(pI - mean) < 0.005 ? pI : microCharge(a!, p!);
  },
  'c.bio.amino-acid-form': ({ k, pH }) => {
    const [a, R] = NEUTRAL_AA[k!]!;
    const [, , p1, p2] = AMINO_ACIDS[a]!;
    const h = 10 ** -pH!;
    const fr = [h * h, h * 10 ** -p1, 10 ** -p1 * 10 ** -p2];
    return AA_FORMS(R)[fr.indexOf(Math.max(...fr))]!;
  },
  'c.prac.equivalence-ph': (p) => titration(p, (25 * p.c0!) / p.c!),
  'c.prac.titration-curve-ph': (p) => titration(p, FRACTIONS[p.f!]! * ((25 * p.c0!) / p.c!)),
};

describe('organic depth D: alcohols, phenols, acids, amines, carbohydrates, amino acids, titration curves', () => {
  it('has a check for every generator', () => {
    expect(chemDepthOrganicDGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthOrganicDGenerators, SEEDS)).toEqual([]);
  });
  it('tabulated counts agree with the structures (free o/p positions, chiral carbons, amine classes)', () => {
    PHENOLS.forEach((r) => expect([r[0], freeOrthoPara(r[3])]).toEqual([r[0], r[5]]));
    SUGAR_FORMS.forEach((r) => expect([r[0], r[2], chiralCentres(parseSmiles(r[3])).length]).toEqual([r[0], r[2], r[4]]));
    AMINES.forEach((r) => expect([r[0], amineFacts(r[1]).cls, massOf(composition(parseSmiles(r[1])))]).toEqual([r[0], r[3], r[2]]));
  });
  for (const gen of chemDepthOrganicDGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
