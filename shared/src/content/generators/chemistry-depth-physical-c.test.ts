import { expect } from 'vitest';
import { AB_SOLIDS, AQUEOUS_TENSION, CUBIC_METALS, D_SPECIES, ELECTRON_SPECIES, PARTICLES, SERIES, TRANSITIONS, WORK_FUNCTIONS, CHO_COMPOUNDS, DENSE_SOLUTIONS, GASES, HYDRATES, ISOTOPES, LIQUIDS, O2_SOURCES, OXIDE_METALS, OXIDES, VDW } from './chem-data-physical.ts';
import { chemDepthPhysicalCGenerators, hydrateResidue, oxideMass } from './chemistry-depth-physical-c.ts';
import { physicalDepthSuite } from './chemistry-depth-physical.test-util.ts';
import { bisect, goldenArgMax, goldenMax } from './numeric-methods.test-util.ts';
import type { AnswerCheck } from './verify.ts';

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


const H = 6.626e-34;
/** Level energy (eV) of a hydrogen-like species. */
const level = (Z: number, n: number) => (-13.6 * Z * Z) / (n * n);
/** Photon energy of an emission line, summed gap by gap. */
function gapSum(Z: number, lo: number, hi: number): number {
  let s = 0;
  for (let k = lo; k < hi; k++) s += level(Z, k + 1) - level(Z, k);
  return s;
}
const qn = (n: number, l: number, m: number, s: number) => `$n = ${n},\\ l = ${l},\\ m_l = ${m},\\ m_s = ${s === 0 ? '0' : s > 0 ? '+\\frac12' : '-\\frac12'}$`;
const ALLOWED = new Set<string>();
for (let n = 1; n <= 6; n++) for (let l = 0; l < n; l++) for (let m = -l; m <= l; m++) for (const s of [-1, 1]) ALLOWED.add(`${n},${l},${m},${s}`);

/** Madelung filling with the Cr / Cu exceptions, then the ion's electrons removed from the highest shell first. */
function dShells(Z: number, charge: number): { s4: number; d3: number } {
  const beyondArgon = Z - 18;
  let s4 = Math.min(2, beyondArgon);
  let d3 = beyondArgon - s4;
  if (Z === 24 || Z === 29) { s4 = 1; d3 = beyondArgon - 1; }
  for (let k = 0; k < charge; k++) { if (s4 > 0) s4--; else d3--; }
  return { s4, d3 };
}
/** Hund: electrons placed one per orbital first; count the singly occupied orbitals. */
function hundUnpaired(e: number, orbitals: number): number {
  const occ = Array.from({ length: orbitals }, () => 0);
  for (let k = 0; k < e; k++) { const free = occ.findIndex((o) => o === 0); occ[free >= 0 ? free : occ.findIndex((o) => o === 1)]! += 1; }
  return occ.filter((o) => o === 1).length;
}
const Z_OF: Record<string, number> = { H: 1, He: 2, Li: 3, Be: 4, C: 6, N: 7, O: 8, F: 9, Ne: 10, Na: 11, Mg: 12, Al: 13, Si: 14, P: 15, S: 16, Cl: 17, Ar: 18, K: 19, Ca: 20, Se: 34, Br: 35, Kr: 36, Rb: 37, Sr: 38, I: 53, Xe: 54, Cs: 55, Ba: 56 };
/** Electrons of a species written as TeX: element symbols with subscripts, then a charge. */
function electronsOf(tex: string): number {
  const [body, charge = ''] = tex.split('^');
  let e = 0;
  for (const m of body!.matchAll(/([A-Z][a-z]?)(?:_(\d|\{\d+\}))?/g)) e += Z_OF[m[1]!]! * Number((m[2] ?? '1').replace(/[{}]/g, ''));
  const c = /\{?(\d*)([+-])\}?/.exec(charge);
  if (c) e -= (c[2] === '+' ? 1 : -1) * Number(c[1] || '1');
  return e;
}
/** Smallest distance between lattice points of a cubic cell (edge a) and its neighbours. */
function nearest(points: number[][], a: number): number {
  let best = Infinity;
  for (const p of points) for (const q of points) for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) for (const dz of [-1, 0, 1]) {
    const d = Math.hypot(q[0]! + dx - p[0]!, q[1]! + dy - p[1]!, q[2]! + dz - p[2]!) * a;
    if (d > 1e-9) best = Math.min(best, d);
  }
  return best;
}
const CELL: Record<string, number[][]> = { sc: [[0, 0, 0]], bcc: [[0, 0, 0], [0.5, 0.5, 0.5]], fcc: [[0, 0, 0], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]] };

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
  // Numerically: T_c is where the largest slope ∂P/∂V of the isotherm (golden section over
  // 1.05b–5b, where it is unimodal) reaches zero (bisection on T); V_c is where that slope peaks; P_c = P(V_c, T_c).
  'c.gas.critical-constants': ({ g, w }) => {
    const [, a, b] = VDW[g!]!;
    const slope = (T: number) => (V: number) => (-0.08314 * T) / (V - b) ** 2 + (2 * a) / V ** 3;
    const Tc = bisect((T) => goldenMax(slope(T), 1.05 * b, 5 * b), 1, 5000);
    const Vc = goldenArgMax(slope(Tc), 1.05 * b, 5 * b);
    const Pc = (0.08314 * Tc) / (Vc - b) - a / Vc ** 2;
    return w === 0 ? Tc : w === 1 ? Pc : Vc * 1000;
  },
  // Velocity from qV = ½mv², then λ = h / mv.
  'c.atom.de-broglie-accelerated': ({ p, V }) => {
    const [, , m, q] = PARTICLES[p!]!;
    const v = Math.sqrt((2 * q * 1.602e-19 * V!) / m);
    return (H / (m * v)) * 1e12;
  },
  // Δp from ħ / 2Δx, then Δv = Δp / m.
  'c.atom.uncertainty-velocity': ({ p, x }) => {
    const hbar = H / (2 * Math.PI);
    return hbar / (2 * x! * 1e-9) / PARTICLES[p!]![2];
  },
  'c.atom.bohr-excitation-energy': ({ Z, n1, d }) => (d === 0 ? 0 - level(Z!, n1!) : gapSum(Z!, n1!, n1! + d!)),
  // mvr = nh/2π gives the momentum; λ = h / mv.
  'c.atom.bohr-orbit-de-broglie': ({ Z, n, a }) => {
    const r = (a! * n! * n!) / Z!;
    const mv = (n! * H) / (2 * Math.PI * r);
    return H / mv;
  },
  // Wavenumbers in cm⁻¹ (R = 109700 cm⁻¹), then nm.
  'c.atom.series-extreme-wavelength': ({ Z, s, w }) => {
    const n1 = SERIES[s!]![2];
    const nu = 109700 * Z! * Z! * (1 / n1 ** 2 - (w === 1 ? 0 : 1 / (n1 + 1) ** 2));
    return 1e7 / nu;
  },
  'c.atom.emission-photoelectric': ({ Z, t, m, w }) => {
    const [hi, lo] = TRANSITIONS[t!]!;
    const E = gapSum(Z!, lo, hi);
    const metals = WORK_FUNCTIONS.filter(([, phi]) => phi <= E - 0.2);
    const ke = E - metals[m! % metals.length]![1];
    if (w === 0) return ke;
    const v = Math.sqrt((2 * ke * 1.602e-19) / 9.109e-31);
    return (H / (9.109e-31 * v)) * 1e12;
  },
  // Membership in the enumerated set of allowed (n, l, m_l, m_s).
  'c.atom.quantum-number-sets': (p) => [0, 1, 2, 3].filter((k) => ALLOWED.has(`${p[`n${k}`]},${p[`l${k}`]},${p[`m${k}`]},${p[`s${k}`]}`)).map((k) => qn(p[`n${k}`]!, p[`l${k}`]!, p[`m${k}`]!, p[`s${k}`]!)),
  // Search every orbital up to n = 7 for the node counts stated.
  'c.atom.orbital-from-nodes': ({ n, l, w }) => {
    const radial = n! - l! - 1;
    const hits: string[] = [];
    for (let nn = 1; nn <= 7; nn++) for (let ll = 0; ll <= Math.min(3, nn - 1); ll++) {
      const fits = w === 0 ? nn - ll - 1 === radial && ll === l : nn - 1 === n! - 1 && ll === l;
      if (fits) hits.push(`${nn}${'spdf'[ll]}`);
    }
    expect(hits).toHaveLength(1);
    return hits[0]!;
  },
  'c.atom.spin-only-moment': ({ i }) => {
    const [, Z, q] = D_SPECIES[i!]!;
    const { s4, d3 } = dShells(Z, q);
    const k = hundUnpaired(d3, 5) + hundUnpaired(s4, 1);
    return Math.sqrt(k * (k + 2));
  },
  'c.atom.isoelectronic-species': ({ t, c, d1, d2, d3 }) => {
    const e = electronsOf(ELECTRON_SPECIES[t!]![0]);
    for (const i of [t!, c!, d1!, d2!, d3!]) expect(electronsOf(ELECTRON_SPECIES[i]![0])).toBe(ELECTRON_SPECIES[i]![1]);
    const same = [c!, d1!, d2!, d3!].filter((i) => electronsOf(ELECTRON_SPECIES[i]![0]) === e);
    expect(same).toHaveLength(1);
    return `$\\mathrm{${ELECTRON_SPECIES[same[0]!]![0]}}$`;
  },
  // Nearest lattice points of the conventional cell touch: half that distance is r.
  'c.solid.radius-from-edge': ({ i, w }) => {
    const [, lat, a] = CUBIC_METALS[i!]!;
    const d = nearest(CELL[lat]!, a);
    return w === 0 ? d / 2 : d;
  },
  // Radius-ratio rule; cation–anion contact from the ion positions; mass of the ions counted in the cell.
  'c.solid.ionic-crystal-density': ({ i, w }) => {
    const [, , , rp, rm, M] = AB_SOLIDS[i!]!;
    const rock = rp / rm <= 0.732;
    const contact = rock ? 0.5 : Math.hypot(0.5, 0.5, 0.5);
    const a = (rp + rm) / contact;
    const perCell = rock ? 8 / 8 + 6 / 2 : 8 / 8;
    return w === 0 ? (perCell * M) / 6.022e23 / (a * 1e-10) ** 3 : a;
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

physicalDepthSuite('chemistry physical depth C: moles, formulae, concentration, equivalents, gases, atoms, solids', chemDepthPhysicalCGenerators, checks);
