import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { ACIDS, ALCOHOLS, AMINES, AMINO_ACIDS, CARBONYLS, ETHERS, HYDRATION_K, METHOXY, PHENOLS, SUGAR_FORMS, SUGARS, WEAK_ACIDS, WEAK_BASES } from './chem-data-organic.ts';
import { condensedCounts } from './chem-formula.test-util.ts';
import { chiralCentres, composition, inRing, parseSmiles, type Atom } from './chem-smiles.test-util.ts';
import { tex } from './chem-organic-builders.ts';
import { AA_FORMS, ACID_REAGENTS, acidProduct, amineMass, chemDepthOrganicDGenerators, HINSBERG, NEUTRAL_AA, NITROUS, OXIDISED, PHENOL_REACTIONS, phenolMass } from './chemistry-depth-organic-d.ts';
import { CARBONYL_ONLY, CB_TESTS, PAIR_EXTRA, pairCompound, PAIRS, REAGENTS, WILLIAMSON, zeiselAgI, zeiselMass } from './chemistry-depth-organic-d-carbonyl.ts';
import { ANION_SALTS, ARYLS, arylProduct, COUPLING, DIAZO_REAGENTS, GAS_TESTS, GRAVIMETRIC } from './chemistry-depth-organic-d-diazo.ts';
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


/** Carbonyl carbons and their surroundings, read from the structure. */
function carbonylFacts(smiles: string) {
  const atoms = parseSmiles(smiles);
  const isAromatic = (k: number) => atoms[k]!.el === 'C' && atoms[k]!.bonds.some((b) => b.order === 2 && atoms[b.to]!.el === 'C' && inRing(atoms, k, b.to));
  const carbonyls = atoms.map((a, k) => k).filter((k) => atoms[k]!.el === 'C' && atoms[k]!.bonds.some((b) => b.order === 2 && atoms[b.to]!.el === 'O'));
  const singleHetero = (k: number) => atoms[k]!.bonds.filter((b) => b.order === 1 && ['O', 'N'].includes(atoms[b.to]!.el));
  const carbonNbrs = (k: number) => atoms[k]!.bonds.filter((b) => atoms[b.to]!.el === 'C').map((b) => b.to);
  const methyl = (k: number) => carbonNbrs(k).some((n) => atoms[n]!.h === 3 && atoms[n]!.bonds.length === 1);
  const aldehyde = carbonyls.filter((k) => atoms[k]!.h >= 1 && singleHetero(k).length === 0);
  const acid = carbonyls.filter((k) => singleHetero(k).some((b) => atoms[b.to]!.el === 'O' && atoms[b.to]!.h === 1));
  const formic = acid.filter((k) => atoms[k]!.h === 1);
  const ketoneOrAldehyde = carbonyls.filter((k) => singleHetero(k).length === 0);
  const methylCarbonyl = ketoneOrAldehyde.some(methyl);
  const methylCarbinol = atoms.some((a, k) => a.el === 'C' && a.h >= 1 && carbonylsFree(k) && a.bonds.some((b) => atoms[b.to]!.el === 'O' && atoms[b.to]!.h === 1) && methyl(k));
  function carbonylsFree(k: number) { return !atoms[k]!.bonds.some((b) => b.order === 2); }
  return {
    carbonyl: ketoneOrAldehyde.length > 0,
    iodoform: methylCarbonyl || methylCarbinol,
    tollens: aldehyde.length > 0 || formic.length > 0,
    fehling: aldehyde.some((k) => !carbonNbrs(k).some(isAromatic)) || formic.length > 0,
    bicarbonate: acid.length > 0,
    alphaH: ketoneOrAldehyde.some((k) => carbonNbrs(k).some((n) => atoms[n]!.h > 0)),
    cannizzaro: aldehyde.some((k) => !carbonNbrs(k).some((n) => atoms[n]!.h > 0)),
    phenol: atoms.some((a) => a.el === 'O' && a.h === 1 && a.bonds.some((b) => isAromatic(b.to))),
    unsaturated: atoms.some((a, k) => a.el === 'C' && a.bonds.some((b) => b.order >= 2 && atoms[b.to]!.el === 'C' && !inRing(atoms, k, b.to))),
    oh: atoms.some((a) => a.el === 'O' && a.h === 1),
    tertiaryAlcohol: atoms.some((a) => a.el === 'C' && a.bonds.length === 4 && a.bonds.some((b) => atoms[b.to]!.el === 'O' && atoms[b.to]!.h === 1)),
  };
}
const cbFacts = (i: number) => carbonylFacts(CARBONYLS[i]![3]);
const cbTestCheck = (t: number, i: number) => { const f = cbFacts(i); return [f.iodoform, f.tollens, f.fehling, f.bicarbonate][t]!; };
const cbShowT = (i: number) => `${CARBONYLS[i]![0]} (${tex(CARBONYLS[i]![2])})`;
/** Which reagents respond to a compound (indices of REAGENTS). */
function responds(smiles: string, r: number): boolean {
  const f = carbonylFacts(smiles);
  return [f.iodoform, f.tollens, f.bicarbonate, f.phenol, f.unsaturated || f.phenol, f.oh, f.tertiaryAlcohol][r]!;
}

/** Ether oxygen's two groups classified from the structure; which one HI turns into the iodide. */
function iodideSide(smiles: string): number {
  const atoms = parseSmiles(smiles);
  const o = atoms.findIndex((a) => a.el === 'O');
  const sides = atoms[o]!.bonds.map((b) => b.to).sort((a, b) => a - b);
  const aromatic = (k: number) => atoms[k]!.bonds.some((b) => b.order === 2 && inRing(atoms, k, b.to));
  const degree = (k: number) => atoms[k]!.bonds.filter((b) => atoms[b.to]!.el === 'C').length;
  const benzylic = (k: number) => atoms[k]!.bonds.some((b) => atoms[b.to]!.el === 'C' && aromatic(b.to));
  const size = (k: number) => { const seen = new Set([o, k]); const q = [k]; while (q.length) { const x = q.pop()!; for (const b of atoms[x]!.bonds) if (!seen.has(b.to)) { seen.add(b.to); q.push(b.to); } } return seen.size - 1; };
  const [a, b] = sides as [number, number];
  if (aromatic(a)) return 1;
  if (aromatic(b)) return 0;
  for (const [x, side] of [[a, 0], [b, 1]] as const) if (degree(x) === 3 || benzylic(x)) return side;
  if (degree(a) !== degree(b)) return degree(a) < degree(b) ? 0 : 1;
  return size(a) <= size(b) ? 0 : 1;
}
/** For the Williamson route: the side that can be the halide (methyl or primary alkyl, not aryl). */
function halideSide(smiles: string): number {
  const atoms = parseSmiles(smiles);
  const o = atoms.findIndex((a) => a.el === 'O');
  const sides = atoms[o]!.bonds.map((b) => b.to).sort((a, b) => a - b);
  const ok = sides.map((k) => !atoms[k]!.bonds.some((b) => b.order === 2) && atoms[k]!.bonds.filter((b) => atoms[b.to]!.el === 'C').length <= 1);
  expect(ok.filter(Boolean).length).toBe(1);
  return ok.indexOf(true);
}
/** Methoxy groups: O bonded to a CH₃ and to another carbon. */
const methoxyCount = (smiles: string) => { const atoms = parseSmiles(smiles); return atoms.filter((a) => a.el === 'O' && a.bonds.length === 2 && a.bonds.some((b) => atoms[b.to]!.h === 3)).length; };

/** Coupling position from the structure: para to OH/NR₂ if free, else ortho; none for a deactivated ring. */
function couplingPosition(smiles: string): number {
  const atoms = parseSmiles(smiles);
  const ringC = (k: number) => atoms[k]!.el === 'C' && atoms[k]!.bonds.some((b) => inRing(atoms, k, b.to));
  const donor = atoms.findIndex((a, k) => ((a.el === 'O' && a.h === 1) || (a.el === 'N' && a.charge === 0)) && a.bonds.some((b) => ringC(b.to)) && k >= 0);
  if (donor < 0) return 0;
  const start = atoms[donor]!.bonds.find((b) => ringC(b.to))!.to;
  const d = new Map([[start, 0]]);
  const q = [start];
  while (q.length) { const k = q.shift()!; for (const b of atoms[k]!.bonds) if (ringC(b.to) && !d.has(b.to)) { d.set(b.to, d.get(k)! + 1); q.push(b.to); } }
  const free = (dist: number) => [...d].some(([k, x]) => x === dist && atoms[k]!.h > 0);
  return free(3) ? 4 : free(1) ? 2 : 0;
}

const seqOf = (p: Record<string, number>) => Array.from({ length: p.len! }, (_, k) => 'ATGC'[p[`b${k}`]!]!).join('');
const PAIR_BONDS: Record<string, number> = { AT: 2, TA: 2, GC: 3, CG: 3 };
const partner: Record<string, string> = { A: 'T', T: 'A', G: 'C', C: 'G' };
/** Composition with a hydrate written as `\cdot nH_2O`. */
const saltCounts = (f: string) => { const [main, water] = f.split('\\cdot'); const c = condensedCounts(main!); const w = water ? condensedCounts(water.trim().replace(/^(\d+)(.*)$/, '($2)_$1')) : {}; return add(c, w); };

const checks: Record<string, AnswerCheck> = {
  'c.oxy.lucas-test': ({ i }) => {
    const { carbons, activated } = carbinol(parseSmiles(ALCOHOLS[i!]![1]));
    const k = carbons === 3 || activated ? 0 : carbons === 2 ? 1 : 2;
    return ['turbidity appears at once', 'turbidity appears in about five minutes', 'no turbidity at room temperature'][k]!;
  },
  // Electrons from the carbinol carbon's oxidation state (−1 or 0) to that of the acid (+3) or ketone (+2).
  'c.oxy.dichromate-oxidation': ({ i, m, c }) => {
    const atoms = parseSmiles(ALCOHOLS[OXIDISED[i!]![0]][1]);
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
    return NITROUS[cls === 1 ? (aryl ? 1 : 0) : cls === 2 ? 2 : aryl ? 4 : 3][0];
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
    const [, , p1, p2] = AMINO_ACIDS[a];
    const h = 10 ** -pH!;
    const fr = [h * h, h * 10 ** -p1, 10 ** -p1 * 10 ** -p2];
    return AA_FORMS(R)[fr.indexOf(Math.max(...fr))]!;
  },
  'c.prac.equivalence-ph': (p) => titration(p, (25 * p.c0!) / p.c!),
  'c.prac.titration-curve-ph': (p) => titration(p, FRACTIONS[p.f!]! * ((25 * p.c0!) / p.c!)),
  'c.prac.dnp-sodium-multi': (p) => {
    const rows = [...CARBONYLS.map((r) => [r[0], r[2], r[3]] as const), ...PAIR_EXTRA.map((r) => [r[0], r[2], r[3]] as const)];
    return picked(p).filter((i) => (p.a === 0 ? carbonylFacts(rows[i]![2]).carbonyl : carbonylFacts(rows[i]![2]).oh)).map((i) => `${rows[i]![0]} (${tex(rows[i]![1])})`);
  },
  'c.oxy.carbonyl-tests-multi': (p) => picked(p).filter((i) => cbTestCheck(p.a!, i)).map(cbShowT),
  'c.oxy.carbonyl-addition-order': (p) => picked(p).sort((a, b) => HYDRATION_K[a]![1] - HYDRATION_K[b]![1]).map((k) => tex(HYDRATION_K[k]![0])).join(' < '),
  'c.oxy.aldol-cannizzaro': (p) => picked(p).filter((j) => (p.a === 0 ? cbFacts(CARBONYL_ONLY[j]!).alphaH : cbFacts(CARBONYL_ONLY[j]!).cannizzaro)).map((j) => cbShowT(CARBONYL_ONLY[j]!)),
  'c.prac.distinguishing-reagent': ({ k }) => {
    const [a, b, right, wrong] = PAIRS[k!]!;
    const [sa, sb] = [pairCompound(a)[3], pairCompound(b)[3]];
    expect(responds(sa, right)).not.toBe(responds(sb, right));
    for (const r of wrong) expect([REAGENTS[r][0], responds(sa, r)]).toEqual([REAGENTS[r][0], responds(sb, r)]);
    return REAGENTS[right][0];
  },
  'c.prac.count-positive-tests': (p) => [p.c0, p.c1, p.c2, p.c3, p.c4, p.c5].filter((i) => cbTestCheck(p.t!, i!)).length,
  'c.oxy.ether-hi-cleavage': ({ i, excess }) => {
    const [a, b, smiles] = ETHERS[i!]!;
    const side = iodideSide(smiles);
    const rI = [a, b][side]!;
    const other = [a, b][1 - side]!;
    const otherAryl = parseSmiles(smiles).some((x) => x.el === 'C' && x.bonds.some((y) => y.order === 2)) && other === 'C_6H_5';
    return tex(`${rI}I + ${other}${excess === 1 && !otherAryl ? 'I' : 'OH'}`);
  },
  'c.oxy.williamson-route': ({ k, x }) => {
    const [i] = WILLIAMSON[k!]!;
    const [a, b, smiles] = ETHERS[i];
    const h = halideSide(smiles);
    return tex(`${[a, b][1 - h]}ONa + ${[a, b][h]}${['Br', 'I', 'Cl'][x!]}`);
  },
  'c.oxy.zeisel-methoxy': ({ i, n }) => {
    expect(Math.round((zeiselAgI({ i: i!, n: n! }) / 235) / (zeiselMass({ i: i!, n: n! }) / METHOXY[i!]![4]))).toBe(methoxyCount(METHOXY[i!]![3]));
    return methoxyCount(METHOXY[i!]![3]);
  },
  'c.nit.diazonium-reagents': ({ a, r }) => {
    const x = DIAZO_REAGENTS[r!]![1];
    const product = arylProduct(a!, x);
    expect(condensedCounts(product)).toEqual(add(add(condensedCounts(ARYLS[a!]![0]), { H: -1 }), condensedCounts(x)));
    return tex(product);
  },
  'c.nit.diazo-sequence-yield': ({ m, r, y1, y2 }) => {
    const x = DIAZO_REAGENTS[[0, 1, 2, 4, 6][r!]!]![1];
    const mass = massOf(condensedCounts(arylProduct(0, x)));
    return (m! / massOf({ C: 6, H: 7, N: 1 })) * (y1! / 100) * (y2! / 100) * mass;
  },
  'c.nit.azo-coupling': ({ c }) => { const pos = couplingPosition(COUPLING[c!]![2]); return pos === 0 ? 'no azo compound forms' : `${pos}-(phenylazo)${COUPLING[c!]![0]}`; },
  'c.bio.dna-hydrogen-bonds': (p) => { const s = seqOf(p); return [...s].reduce((t, b) => t + PAIR_BONDS[b + partner[b]!]!, 0); },
  'c.bio.complementary-strand': (p) => {
    const s = seqOf(p);
    // Read the given strand from its 3′ end: each base's partner, in that order, is the new strand 5′ → 3′.
    const out = [...s].reverse().map((b) => partner[b]!).join('');
    return `5′-${p.w === 1 ? out.replace(/T/g, 'U') : out}-3′`;
  },
  'c.bio.dna-composition': ({ N, a, w }) => {
    const total = 2 * N!;
    const A = (total * a!) / 100;
    const gcPairs = (total - 2 * A) / 2;
    return [A * 2 + gcPairs * 3, gcPairs, total - 2][w!]!;
  },
  'c.prac.gravimetric-precipitate': ({ i, m }) => {
    const [f, M, , kind] = GRAVIMETRIC[i!]!;
    const c = saltCounts(f);
    const MM: Record<string, number> = { ...MASS, Ca: 40, Ba: 137, K: 39, Mg: 24, Fe: 56, Cu: 63.5, Al: 27 };
    expect(Object.entries(c).reduce((s, [el, n]) => s + n * MM[el]!, 0)).toBeCloseTo(M, 6);
    const mol = m! / M;
    if (kind === 1) return mol * (c.S ?? 0) * (137 + 32 + 64);
    const X = c.Cl ? 'Cl' : c.Br ? 'Br' : 'I';
    return mol * (c[X] ?? 0) * (108 + MM[X]!);
  },
  'c.prac.group-two-acidity': ({ c, k }) => { const ksp = [1.6e-24, 1e-22, 2.5e-22, 2e-23][k!]!; return bisect((h) => (c! * 1e-21 * 0.1) / (h * h) - ksp, 1e-4, 100); },
  'c.prac.anion-gas-test': ({ i, w }) => {
    const [, anion] = ANION_SALTS[i!]!;
    const ion = anion.replace(/\^\{?\d?[+-]\}?$/, '');
    const charge = Number(/\^\{?(\d?)-/.exec(anion)![1] || 1);
    const acid = add(condensedCounts(ion), { H: charge });
    const dehydrated = add(acid, { H: -2, O: -1 });
    const gas = acid.C === 1 && acid.O === 3 ? 'CO_2' : acid.S && acid.O === 3 ? 'SO_2' : acid.N ? 'NO_2' : acid.S ? 'H_2S' : 'CH_3COOH';
    if (gas === 'CO_2' || gas === 'SO_2') expect(condensedCounts(gas)).toEqual(dehydrated);
    const test = { CO_2: 0, SO_2: 1, H_2S: 2, NO_2: 3, CH_3COOH: 4 }[gas];
    return w === 0 ? tex(gas) : GAS_TESTS[test]![0];
  },
};

describe('organic depth D: alcohols, phenols, acids, amines, carbohydrates, amino acids, titration curves', () => {
  it('has a check for every generator', () => {
    expect(chemDepthOrganicDGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthOrganicDGenerators, SEEDS)).toEqual([]);
  });
  it('tabulated counts agree with the structures (free o/p positions, chiral carbons, amine classes, carbonyl tests, ethers, coupling)', () => {
    CARBONYLS.forEach((r, i) => expect([r[0], ...[0, 1, 2, 3].map((t) => cbTestCheck(t, i))]).toEqual([r[0], ...CB_TESTS.map(([col]) => r[col])]));
    ETHERS.forEach((r) => expect([r[2], iodideSide(r[2])]).toEqual([r[2], r[3]]));
    COUPLING.forEach((r, c) => expect([r[0], couplingPosition(r[2])]).toEqual([r[0], [4, 4, 4, 2, 2, 4, 0, 0, 4][c]]));
    PHENOLS.forEach((r) => expect([r[0], freeOrthoPara(r[3])]).toEqual([r[0], r[5]]));
    SUGAR_FORMS.forEach((r) => expect([r[0], r[2], chiralCentres(parseSmiles(r[3])).length]).toEqual([r[0], r[2], r[4]]));
    AMINES.forEach((r) => expect([r[0], amineFacts(r[1]).cls, massOf(composition(parseSmiles(r[1])))]).toEqual([r[0], r[3], r[2]]));
  });
  it('equivalence-point analytes: the textbook hydrolysis formula is within 0.005 pH of the exact balance (a two-decimal key is fair)', () => {
    const off: string[] = [];
    for (const acid of [0, 1]) for (let s0 = 0; s0 <= 3; s0++) for (const c0 of [0.05, 0.1, 0.2]) for (const c of [0.05, 0.1, 0.2]) {
      const V = (25 * c0) / c;
      const C = (c0 * 25) / (25 + V);
      const pK = acid === 1 ? WEAK_ACIDS[s0]![1] : WEAK_BASES[s0]![1];
      const approx = acid === 1 ? 7 + pK / 2 + Math.log10(C) / 2 : 7 - pK / 2 - Math.log10(C) / 2;
      const exact = titration({ acid, s: s0, c0, c }, V);
      if (Math.abs(exact - approx) >= 0.005) off.push(`${acid} ${s0} ${c0} ${c}: ${exact} vs ${approx}`);
    }
    expect(off).toEqual([]);
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
