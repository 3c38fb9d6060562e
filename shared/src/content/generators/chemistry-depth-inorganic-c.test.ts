import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { optionSpreadProblems, realismProblems } from './chem-checks.test-util.ts';
import { SPECIES } from './chem-data.ts';
import { ANIONS, BORN_HABER, CATIONS, DIPOLE_SHAPES, DULONG_PETIT, ELECTROLYTES, ELECTRON_GAIN, FIRST_IE, HYBRID_ANGLES, HYBRID_REACTIONS, LEWIS, MAIN_GROUP, MULLIKEN, PAULING, RATE_REACTIONS, RESONANCE, SOLS, SUCCESSIVE_IE } from './chem-data-inorganic.ts';
import { DIATOMICS } from './chemistry-depth-bonding.ts';
import { chemDepthInorganicCGenerators, elementStatements, freundlichReading, langmuirReading, hybridStatement, metalPct, rate4, rateSpecies, shownBondMoment, tableStatements } from './chemistry-depth-inorganic-c.ts';
import { aufbau } from './chem-config.test-util.ts';
import { bisect, rk4, simpson } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** Atom counts (and charge) of a simple TeX formula such as `N_2O_5`, `BrO_3^-`, `H^+`. */
function atomsOf(tex: string): Record<string, number> {
  const out: Record<string, number> = {};
  const [body, charge] = tex.split('^');
  for (const m of body!.matchAll(/([A-Z][a-z]?)(?:_(\d+|\{\d+\}))?/g)) out[m[1]!] = (out[m[1]!] ?? 0) + Number((m[2] ?? '1').replace(/[{}]/g, ''));
  if (charge) out.charge = charge.includes('-') ? -1 : 1;
  return out;
}

/** The extent of reaction ξ̇ from the given species, after checking the equation conserves atoms and charge. */
function stoichRate(i: number, given: string, asked: string, r: number): number {
  const eq = RATE_REACTIONS[i]!;
  const tally: Record<string, number> = {};
  for (const [f, n, s] of eq) for (const [el, k] of Object.entries(atomsOf(f))) tally[el] = (tally[el] ?? 0) + s * n * k;
  expect(Object.values(tally).every((x) => x === 0)).toBe(true);
  const nu = (f: string) => eq.find((x) => x[0] === f)![1];
  const extent = r / nu(given);
  return extent * nu(asked);
}

/** Orders read back from the table: log₂ of the rate ratios when a concentration doubles. */
const orderOf = (r1: number, r2: number) => Math.round(Math.log2(r2 / r1));

type Vec = [number, number, number];
const norm = (v: Vec) => Math.hypot(...v);
const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const deg = (d: number) => (d * Math.PI) / 180;

/** Lone pairs from the electrons left on the central atom after one per monovalent and two per divalent neighbour. */
const lp = (V: number, M: number, D: number, q: number) => (V - q - M - 2 * D) / 2;
/** VSEPR positions of n electron domains, lone pairs first where they sit (equatorial in a trigonal bipyramid, trans in an octahedron). */
function domains(n: number): Vec[] {
  const ring = (k: number, z = 0): Vec[] => Array.from({ length: k }, (_, j) => [Math.cos((2 * Math.PI * j) / k), Math.sin((2 * Math.PI * j) / k), z]);
  if (n === 2) return [[0, 0, 1], [0, 0, -1]];
  if (n === 3) return ring(3);
  if (n === 4) return [[1, 1, 1], [1, -1, -1], [-1, 1, -1], [-1, -1, 1]];
  if (n === 5) return [...ring(3), [0, 0, 1], [0, 0, -1]];
  if (n === 6) return [[0, 0, 1], [0, 0, -1], [1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0]];
  return [[0, 0, 1], [0, 0, -1], ...ring(5)];
}
/** Bond vectors of a SPECIES entry: divalent ligands first, weighted apart from monovalent ones. */
function bondVectors(k: number): { atoms: Vec[]; weighted: Vec } {
  const s = SPECIES[k]!;
  const pairs = lp(s.V, s.M, s.D, s.charge);
  const pos = domains(pairs + s.M + s.D);
  const atoms = pos.slice(pairs);
  const weighted = atoms.reduce<Vec>((acc, r, j) => add(acc, r.map((x) => x * (j < s.D ? 1.7 : 1)) as Vec), [0, 0, 0]);
  return { atoms, weighted };
}
/** All bonded atoms and the centre in one plane: the atom vectors span at most two dimensions. */
function planar(atoms: Vec[]): boolean {
  for (let a = 0; a < atoms.length; a++) for (let b = a + 1; b < atoms.length; b++) for (let c = b + 1; c < atoms.length; c++) {
    const [u, v, w] = [atoms[a]!, atoms[b]!, atoms[c]!];
    const det = u[0] * (v[1] * w[2] - v[2] * w[1]) - u[1] * (v[0] * w[2] - v[2] * w[0]) + u[2] * (v[0] * w[1] - v[1] * w[0]);
    if (Math.abs(det) > 1e-9) return false;
  }
  return true;
}
function speciesHas(k: number, w: number): boolean {
  const s = SPECIES[k]!;
  if (w === 0) return lp(s.V, s.M, s.D, s.charge) > 0;
  const { atoms, weighted } = bondVectors(k);
  return w === 1 ? norm(weighted) < 1e-9 : planar(atoms);
}
const picked = (p: Record<string, number>) => [0, 1, 2, 3, 4].map((j) => p[`k${j}`]!);

/** MO filling orbital by orbital (Hund within a degenerate set): bond order and unpaired electrons. */
function moFill(N: number): { order: number; unpaired: number } {
  const sets: [number, 1 | -1][] = [[1, 1], [1, -1], [1, 1], [1, -1], ...(N <= 14 ? [[2, 1], [1, 1]] as [number, 1 | -1][] : [[1, 1], [2, 1]] as [number, 1 | -1][]), [2, -1], [1, -1]];
  let left = N;
  let net = 0;
  let unpaired = 0;
  for (const [orbitals, sign] of sets) {
    const occ = Array.from({ length: orbitals }, () => 0);
    for (let pass = 0; pass < 2; pass++) for (let o = 0; o < orbitals && left > 0; o++) { occ[o]!++; left--; }
    net += sign * occ.reduce((a, b) => a + b, 0);
    unpaired += occ.filter((x) => x === 1).length;
  }
  return { order: net / 2, unpaired };
}

/**
 * Total bond order of the delocalised bonds from electron bookkeeping, written apart from the data:
 * [valence electrons of the central atom, ionic charge, equivalent bonds per centre, centres, other
 * single bonds per centre, second-period centre]. A second-period centre keeps its octet (4 − lone
 * pairs − other bonds); a heavier one uses all valence electrons not in lone pairs.
 */
const RESONANCE_ELECTRONS: Record<string, [number, number, number, number, number, boolean]> = {
  'CO_3^{2-}': [4, 2, 3, 1, 0, true], 'NO_3^-': [5, 1, 3, 1, 0, true], 'NO_2^-': [5, 1, 2, 1, 0, true], O_3: [6, 0, 2, 1, 0, true], 'HCOO^-': [4, 1, 2, 1, 1, true],
  'CH_3COO^-': [4, 1, 2, 1, 1, true], 'SO_4^{2-}': [6, 2, 4, 1, 0, false], 'PO_4^{3-}': [5, 3, 4, 1, 0, false], 'ClO_4^-': [7, 1, 4, 1, 0, false], 'SO_3^{2-}': [6, 2, 3, 1, 0, false],
  'ClO_3^-': [7, 1, 3, 1, 0, false], SO_3: [6, 0, 3, 1, 0, false], C_6H_6: [4, 0, 2, 6, 1, true], 'C_2O_4^{2-}': [4, 2, 2, 2, 1, true], 'CrO_4^{2-}': [6, 2, 4, 1, 0, false],
  'MnO_4^-': [7, 1, 4, 1, 0, false], 'IO_3^-': [7, 1, 3, 1, 0, false], 'BrO_4^-': [7, 1, 4, 1, 0, false],
};
function resonanceOrder(f: string): number {
  const [V, q, n, centres, other, second] = RESONANCE_ELECTRONS[f]!;
  const lone = Math.max(0, Math.floor((V + other + q / centres) / 2 - n - other));
  const perCentre = second ? 4 - lone - other : V - 2 * lone - other;
  // In benzene each ring bond is shared by two centres.
  const ring = f === 'C_6H_6';
  return (perCentre * centres) / (ring ? 2 : 1) / (ring ? 6 : n * centres);
}

/** Angle bookkeeping: the orthogonality of two s–p hybrids built as explicit vectors in the plane. */
function coulsonS(theta: number): number {
  const u: Vec = [1, 0, 0];
  const w: Vec = [Math.cos(deg(theta)), Math.sin(deg(theta)), 0];
  const overlap = (s: number) => Math.sqrt(s) * Math.sqrt(s) + Math.sqrt(1 - s) * Math.sqrt(1 - s) * (u[0] * w[0] + u[1] * w[1] + u[2] * w[2]);
  return 100 * bisect(overlap, 1e-9, 0.5);
}

/** Bond vectors of an AB₂ / AB₃ molecule with the given B–A–B angle; the AB₃ tilt from the axis found by bisection. */
function momentFactor(shape: number, angle: number): number {
  if (shape === 2) return norm(add([Math.cos(deg(angle / 2)), Math.sin(deg(angle / 2)), 0], [Math.cos(deg(angle / 2)), -Math.sin(deg(angle / 2)), 0]));
  const bond = (beta: number, phi: number): Vec => [Math.sin(beta) * Math.cos(phi), Math.sin(beta) * Math.sin(phi), Math.cos(beta)];
  const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const beta = bisect((b) => dot(bond(b, 0), bond(b, (2 * Math.PI) / 3)) - Math.cos(deg(angle)), 1e-6, Math.PI / 2);
  return norm([0, 1, 2].map((k) => bond(beta, (2 * Math.PI * k) / 3)).reduce(add, [0, 0, 0] as Vec));
}

/** Official IUPAC temporary names and symbols of elements 101–118. */
const TEMPORARY = ['Unnilunium Unu', 'Unnilbium Unb', 'Unniltrium Unt', 'Unnilquadium Unq', 'Unnilpentium Unp', 'Unnilhexium Unh', 'Unnilseptium Uns', 'Unniloctium Uno', 'Unnilennium Une',
  'Ununnilium Uun', 'Unununium Uuu', 'Ununbium Uub', 'Ununtrium Uut', 'Ununquadium Uuq', 'Ununpentium Uup', 'Ununhexium Uuh', 'Ununseptium Uus', 'Ununoctium Uuo'];

/** Period, group, block and unpaired electrons read off the configuration, Hund within each subshell. */
function position(Z: number): { period: number; group: number; block: number; unpaired: number } {
  const cfg = aufbau(Z);
  const period = Math.max(...cfg.map((s) => s.n));
  const block = cfg[cfg.length - 1]!.l;
  const outer = cfg.filter((s) => s.n === period).reduce((t, s) => t + s.e, 0);
  const d = cfg.filter((s) => s.l === 2 && s.n === period - 1).reduce((t, s) => t + s.e, 0);
  const group = block === 1 ? outer + 10 : block === 2 ? outer + d : outer;
  const unpaired = cfg.reduce((t, s) => t + Math.min(s.e, 4 * s.l + 2 - s.e), 0);
  return { period, group, block, unpaired };
}

/** First ionisation energies and electron affinities in eV (NIST), converted with 96.485 kJ mol⁻¹ per eV. */
const IE_EV: Record<string, number> = { H: 13.598, He: 24.587, Li: 5.392, Be: 9.323, B: 8.298, C: 11.26, N: 14.534, O: 13.618, F: 17.423, Ne: 21.565, Na: 5.139, Mg: 7.646, Al: 5.986, Si: 8.152, P: 10.487, S: 10.36, Cl: 12.968, Ar: 15.76, K: 4.341, Ca: 6.113 };
const EA_EV: Record<string, number> = { F: 3.401, Cl: 3.613, Br: 3.364, I: 3.059, O: 1.461, S: 2.077, Se: 2.021, C: 1.262, Si: 1.39, P: 0.746, H: 0.754, Li: 0.618, Na: 0.548, K: 0.501 };

/** Charges of the simple cations, for reading an electrolyte's anion charge off its formula. */
const CATION_CHARGE: Record<string, number> = { Na: 1, K: 1, Ba: 2, Mg: 2, Ca: 2, Al: 3, Th: 4 };
function ionCharges(f: string): [number, number] {
  const m = /^(Na|K|Ba|Mg|Ca|Al|Th)(?:_(\d))?(.*)$/.exec(f)!;
  const cq = CATION_CHARGE[m[1]!]!;
  const nc = Number(m[2] ?? 1);
  const tail = /[)\]]_(\d)$/.exec(m[3]!) ?? /^Cl_(\d)$/.exec(m[3]!);
  const na = Number(tail?.[1] ?? 1);
  return [cq, (cq * nc) / na];
}

const checks: Record<string, AnswerCheck> = {
  'c.per.iupac-temporary-name': ({ z, w }) => TEMPORARY[z! - 101]!.split(' ')[w!]!,
  'c.per.element-statements': (p) => {
    const f = position(p.z!);
    const truth = [p.sp === f.period, p.sg === f.group, p.sb === f.block, p.su === f.unpaired];
    return elementStatements(p).filter((_, k) => truth[k]).map((s) => s.en);
  },
  // The electron count before the largest logarithmic step, and the group it implies.
  'c.per.successive-ionisation': ({ i, w }) => {
    const ies = SUCCESSIVE_IE[i!]![2];
    const steps = ies.slice(1).map((x, k) => Math.log(x) - Math.log(ies[k]!));
    const k = steps.indexOf(Math.max(...steps)) + 1;
    return w === 0 ? k : k <= 2 ? k : k + 10;
  },
  'c.per.ionisation-gain-order': (p) => {
    const pool = p.w === 0 ? FIRST_IE : ELECTRON_GAIN;
    const ref = p.w === 0 ? IE_EV : EA_EV;
    const names = [0, 1, 2, 3].map((k) => pool[p[`p${k}`]!]![0] as string);
    for (const n of names) expect(Math.abs(ref[n]! * 96.485 - pool.find((x) => x[0] === n)![1])).toBeLessThan(3);
    return names.sort((a, b) => ref[a]! - ref[b]!).join(' < ');
  },
  // The data agree with NIST energies in eV (IE and EA), then the mean of the two energies, the affinity taken as positive.
  'c.per.mulliken-electronegativity': ({ i }) => {
    const [e, ie, eg] = MULLIKEN[i!]!;
    const ieEv: Record<string, number> = { ...IE_EV, Br: 11.814, I: 10.451, Se: 9.752 };
    if (EA_EV[e] !== undefined) expect(Math.abs(EA_EV[e] * 96.49 - eg)).toBeLessThan(3);
    expect(Math.abs(ieEv[e]! * 96.49 - ie)).toBeLessThan(3);
    // Electron affinity is the energy released: the magnitude of the (negative) electron gain enthalpy.
    return (ie / 96.49 + eg / 96.49) / 2;
  },
  'c.per.oxide-hydride-formula': ({ i, w }) => {
    const [sym, z] = MAIN_GROUP[i!]!;
    const { group } = position(z);
    const val = group <= 2 ? group : group - 10;
    if (w === 0) {
      const [a, b] = val % 2 === 0 ? [1, val / 2] : [2, val];
      return `$\\mathrm{${sym}${a === 2 ? '_2' : ''}O${b === 1 ? '' : `_{${b}}`}}$`;
    }
    const h = Math.min(val, 8 - val);
    const hs = `H${h === 1 ? '' : `_{${h}}`}`;
    return `$\\mathrm{${group >= 16 ? `${hs}${sym}` : `${sym}${hs}`}}$`;
  },
  // The oxide formula MₐO_b (a, b ≤ 3) whose atomic mass from the composition is nearest the Dulong–Petit estimate.
  'c.per.dulong-petit-valency': ({ i, w }) => {
    const pct = metalPct(i!);
    const estimate = 26.8 / DULONG_PETIT[i!]![1];
    let best = { A: 0, v: 0 };
    for (let a = 1; a <= 3; a++) for (let b = 1; b <= 3; b++) {
      const A = (pct / (100 - pct)) * (16 * b) / a;
      if (Math.abs(A - estimate) < Math.abs(best.A - estimate)) best = { A, v: (2 * b) / a };
    }
    return w === 0 ? best.A : best.v;
  },
  // The smallest whole numbers of each ion with zero net charge; atoms counted from the ion formulas.
  'c.per.formula-unit-atoms': ({ c, a }) => {
    const [ct, cq] = CATIONS[c!]!;
    const [at, aq] = ANIONS[a!]!;
    for (let n = 2; n <= 12; n++) for (let x = 1; x < n; x++) {
      const y = n - x;
      if (x * cq + y * aq === 0) {
        const count = (t: string) => Object.entries(atomsOf(t)).filter(([k]) => k !== 'charge').reduce((s, [, k]) => s + k, 0);
        return x * count(ct) + y * count(at);
      }
    }
    return Number.NaN;
  },
  // Measured gold-number ranges (mg): they do not overlap, so the order of protective power (smallest number strongest) is fixed.
  'c.surface.gold-number-order': (p) => {
    const ranges: Record<string, [number, number]> = { gelatin: [0.005, 0.01], haemoglobin: [0.03, 0.07], 'egg albumin': [0.08, 0.1], 'gum arabic': [0.15, 0.25], 'sodium oleate': [0.4, 1], 'potato starch': [20, 25] };
    const names = [0, 1, 2, 3].map((k) => Object.keys(ranges)[p[`p${k}`]!]!);
    return names.sort((a, b) => ranges[b]![0] - ranges[a]![0]).join(' < ');
  },
  'c.surface.hardy-schulze': (p) => {
    const neg = SOLS[p.sol!]![2] < 0;
    const es = [0, 1, 2, 3].map((k) => p[`e${k}`]).filter((e): e is number => e !== undefined);
    const power = (e: number) => ionCharges(ELECTROLYTES[e]![0])[neg ? 0 : 1];
    const pick = es.reduce((b, e) => ((p.w === 0 ? power(e) > power(b) : power(e) < power(b)) ? e : b));
    return `$\\mathrm{${ELECTROLYTES[pick]![0]}}$`;
  },
  // Bisection on 1/n from the two printed readings, then the isotherm through the first reading.
  // Bisection on b: the isotherm through both printed readings (a eliminated with the first), then a/b.
  'c.surface.langmuir-monolayer': ({ a, b, P1, P2 }) => {
    const r1 = langmuirReading({ a: a!, b: b! }, P1!);
    const r2 = langmuirReading({ a: a!, b: b! }, P2!);
    const aOf = (bb: number) => (r1 * (1 + bb * P1!)) / P1!;
    const bb = bisect((x) => (aOf(x) * P2!) / (1 + x * P2!) - r2, 1e-6, 50);
    return aOf(bb) / bb;
  },
  'c.surface.freundlich-two-readings': ({ w, k, inv, P1, P2, P3 }) => {
    const r1 = freundlichReading({ k: k!, inv: inv! }, P1!);
    const r2 = freundlichReading({ k: k!, inv: inv! }, P2!);
    const x = bisect((t) => (P2! / P1!) ** t - r2 / r1, 0, 2);
    return w === 0 ? x : r1 * (P3! / P1!) ** x;
  },

  // The Lewis data are consistent (formal charges add up to the ionic charge); then V − lone electrons − bonds.
  'c.bond.formal-charge': ({ i, j }) => {
    const [, q, atoms] = LEWIS[i!]!;
    expect(atoms.reduce((t, [, , V, n, b, c]) => t + c * (V - n - b), 0)).toBe(q);
    const [, , V, n, b] = atoms[j! % atoms.length]!;
    return V - n - (2 * b) / 2;
  },
  // Bisection on the unknown so that both routes from the elements to the salt carry the same enthalpy.
  'c.bond.born-haber': ({ i, w }) => {
    const [, f, sub, ie, d, eg] = BORN_HABER[i!]!;
    const U0 = -f + sub + ie + d / 2 + eg;
    const loop = (x: number) => { const u = w === 0 ? x : U0; const s = w === 2 ? x : sub; const e = w === 1 ? x : ie; const dd = w === 3 ? x : d; return s + e + dd / 2 + eg - u - f; };
    return Math.round(bisect(loop, 0, 3000) * 1e6) / 1e6;
  },
  'c.bond.resonance-bond-order': ({ i }) => resonanceOrder(RESONANCE[i!]![0]),
  // Measured angles (°, a separate reference table) sorted ascending.
  'c.bond.bond-angle-order': (p) => {
    const ref: Record<string, number> = { CO_2: 180, BF_3: 120, CH_4: 109.47, NH_3: 106.67, H_2O: 104.48, PH_3: 93.3, H_2S: 92.1, NF_3: 102.2, OF_2: 103.07, Cl_2O: 110.9, SO_2: 119.3, 'NO_2^-': 115, NO_2: 134.1, O_3: 116.8, PCl_3: 100.3, SF_2: 98.0, H_2Se: 91.0 };
    const names = [0, 1, 2, 3].map((k) => Object.keys(ref)[p[`p${k}`]!]!);
    return names.sort((a, b) => ref[a]! - ref[b]!).map((f) => `$\\mathrm{${f}}$`).join(' < ');
  },
  'c.bond.count-lone-pair-species': (p) => picked(p).filter((k) => speciesHas(k, 0)).length,
  'c.bond.count-nonpolar-species': (p) => picked(p).filter((k) => speciesHas(k, 1)).length,
  'c.bond.count-planar-species': (p) => picked(p).filter((k) => speciesHas(k, 2)).length,
  'c.bond.count-hybridisation': (p) => picked(p).filter((k) => { const s = SPECIES[k]!; return lp(s.V, s.M, s.D, s.charge) + s.M + s.D === p.h; }).length,
  'c.bond.hybridisation-change': (p) => [0, 1, 2, 3].filter((j) => {
    const [, , , after] = HYBRID_REACTIONS[p[`r${j}`]!]!;
    return lp(after[0], after[1], after[2], after[3]) + after[1] + after[2] === p[`b${j}`];
  }).map((j) => hybridStatement(p[`r${j}`]!, p[`a${j}`]!, p[`b${j}`]!).en),
  'c.bond.coulson-s-character': ({ i, w }) => (w === 0 ? coulsonS(HYBRID_ANGLES[i!]![1]) : 100 - coulsonS(HYBRID_ANGLES[i!]![1])),
  'c.bond.mo-magnetic-count': (p) => { const para = picked(p).filter((k) => moFill(DIATOMICS[k]![1]).unpaired > 0).length; return p.w === 0 ? para : 5 - para; },
  'c.bond.mo-bond-order-sequence': (p) => [0, 1, 2, 3].map((k) => DIATOMICS[p[`p${k}`]!]!).sort((a, b) => moFill(a[1]).order - moFill(b[1]).order).map(([f]) => `$\\mathrm{${f}}$`).join(' < '),
  'c.bond.dipole-vector-sum': ({ i, w }) => { const [, sh, ang, mu] = DIPOLE_SHAPES[i!]!; return w === 0 ? shownBondMoment(i!) * momentFactor(sh, ang) : mu / momentFactor(sh, ang); },
  // Bisection on Δχ: the ionic excess (Δχ/0.102)² added to the geometric mean (via logarithms) rebuilds D(A–B).
  'c.bond.pauling-electronegativity': ({ i, w }) => {
    const [, , ab, aa, bb, xa] = PAULING[i!]!;
    const mean = Math.exp((Math.log(aa) + Math.log(bb)) / 2);
    const d = bisect((x) => mean + (x / 0.102) ** 2 - ab, 0, 5);
    return w === 0 ? d : xa + d;
  },

  'c.kin.stoichiometric-rates': (p) => { const [a, b] = rateSpecies(p as { i: number; a: number; b: number }); return stoichRate(p.i!, a[0], b[0], p.r!); },
  // Rate law evaluated on concentrations = moles / volume for arbitrary starting amounts.
  'c.kin.rate-law-scaling': ({ w, n, m, x, y }) => {
    const rate = (nA: number, nB: number, V: number) => (nA / V) ** x! * (nB / V) ** y!;
    return w === 0 ? rate(0.3, 0.7, 2 / n!) / rate(0.3, 0.7, 2) : rate(0.3 * n!, 0.7 * m!, 2) / rate(0.3, 0.7, 2);
  },
  'c.kin.missing-concentration': ({ x, y, A0, B0, r0, s, c }) => {
    const ox = orderOf(r0!, r0! * 2 ** x!);
    const oy = orderOf(r0!, r0! * 2 ** y!);
    const k = r0! / (A0! ** ox * B0! ** oy);
    const shown = rate4({ r0: r0!, s: s!, c: c!, x: x!, y: y! });
    return bisect((a) => k * a ** ox * (c! * B0!) ** oy - shown, 1e-6, 5);
  },
  'c.kin.rate-table-statements': (p) => {
    const ox = orderOf(p.r0!, p.r0! * 2 ** p.x!);
    const oy = orderOf(p.r0!, p.r0! * 2 ** p.y!);
    const units = ['mol L⁻¹ s⁻¹', 's⁻¹', 'L mol⁻¹ s⁻¹', 'L² mol⁻² s⁻¹', 'L³ mol⁻³ s⁻¹'];
    const nums = (t: string) => Number(/(-?\d+)\.$/.exec(t)?.[1]);
    return tableStatements(p).filter((s, k) => {
      if (k === 0) return nums(s.text) === ox;
      if (k === 1) return nums(s.text) === ox + oy;
      if (k === 2) return s.text.endsWith(`the unit ${units[ox + oy]}.`);
      return nums(s.text) === 2 ** ox * 2 ** oy;
    }).map((s) => s.text);
  },
  // Stepping d[A]/dt = −k until the asked amount has reacted (exact for a linear fall).
  'c.kin.zero-order-surface': ({ w, A0, k, f, A1 }) => {
    const start = w === 2 ? A1! : A0!;
    const target = w === 2 ? start / 2 : start * (1 - f! / 100);
    return bisect((t) => rk4(() => -k!, 0, start, t, 50) - target, 0, 1000);
  },
  // RK4 on dA/dt = −(k₁ + k₂)A, dP/dt = kᵢA via P(t) = kᵢ∫A dt.
  // RK4 on dA/dt = −kA with k fitted to the first reading by bisection.
  'c.kin.first-order-completion': ({ p1, t1, r }) => {
    const left = (k: number, t: number) => rk4((_, a) => -k * a, 0, 1, t, 400);
    const k = bisect((x) => left(x, t1!) - (1 - p1! / 100), 1e-6, 1);
    return 100 * (1 - left(k, r! * t1!));
  },
  'c.kin.parallel-first-order': ({ w, A0, k1, k2, t }) => {
    const A = (s: number) => rk4((_, a) => -(k1! + k2!) * a, 0, A0!, s, 400);
    return rk4((s) => (w === 0 ? k1! : k2!) * A(s), 0, 0, t!, 200);
  },
  // Fraction above Eₐ by Simpson's rule on the Boltzmann energy distribution (1/RT)e^{−E/RT}, ratio at the two temperatures.
  'c.kin.activated-fraction': ({ Ea, T1, dT }) => {
    const above = (T: number) => { const RT = 8.314 * T; return simpson((E) => Math.exp(-E / RT) / RT, Ea! * 1000, Ea! * 1000 + 60 * RT, 4000); };
    return above(T1! + dT!) / above(T1!);
  },
  'c.kin.arrhenius-half-life-temperature': ({ a, b, t }) => bisect((T) => 0.693 / 10 ** (a! - b! / T) - 60 * t!, 200, 3000),
};

describe('chemistry inorganic depth c: kinetics, bonding, periodicity, s-block, surface', () => {
  it('has a check for every generator', () => {
    expect(chemDepthInorganicCGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthInorganicCGenerators, SEEDS)).toEqual([]);
  });
  it('no option shown in % leaves (0, 100] on 2000 seeds, and no two numeric options lie within 2 % of each other on 220', () => {
    expect(optionSpreadProblems(chemDepthInorganicCGenerators, 2000, 220)).toEqual([]);
  });
  for (const gen of chemDepthInorganicCGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
