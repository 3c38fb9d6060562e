import { COMPOUNDS, HYBRIDS, SPECIES, SYMBOLS, stericNumber, unpairedElectrons } from './chem-data.ts';
import { formula, range } from './formula.ts';
import { num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const R = 8.314;
const NA = 6.022e23;
const cmp = (i: number) => COMPOUNDS[i] as readonly [string, number];
const tex = (f: string) => `$\\mathrm{${f.replace(/(\d+)/g, '_{$1}')}}$`;
const N_CMP = COMPOUNDS.length - 1;
const BOND_SPECIES = SPECIES.filter((s) => s.group >= 15);
const sp = (i: number) => BOND_SPECIES[i % BOND_SPECIES.length]!;

/** Basic concepts, gases, atomic structure, bonding, thermodynamics (Chemistry units 1–4). */
export const chemPhysicalAGenerators: GeneratorDef[] = [
  formula({ id: 'c.basic.moles-particles', subject: C, concepts: ['C.BASIC.MOLE'], difficulty: 1,
    vars: { i: range(0, N_CMP), m: range(2, 40, 2) },
    text: (v) => `How many molecules (formula units) are in ${(v.m * cmp(v.i)[1]) / 4} g of ${tex(cmp(v.i)[0])}? Give the answer in units of $10^{23}$ ($N_A = 6.022 \\times 10^{23}$).`, unit: '× 10²³',
    answer: (v) => ((v.m / 4) * NA) / 1e23, mistakes: (v) => [v.m / 4, ((v.m / 4) * NA) / 1e22, (((v.m * cmp(v.i)[1]) / 4) * NA) / 1e23],
    solution: (v) => `$n = m/M = ${v.m / 4}$ mol; molecules $= nN_A$.` }),
  formula({ id: 'c.basic.percent-composition', subject: C, concepts: ['C.BASIC.FORMULA'], difficulty: 2,
    vars: { i: range(0, N_CMP) },
    text: (v) => `Find the mass percentage of the first element written in ${tex(cmp(v.i)[0])} (molar mass ${cmp(v.i)[1]} g/mol).`, unit: '%',
    answer: (v) => (100 * firstElementMass(cmp(v.i)[0])) / cmp(v.i)[1], mistakes: (v) => [100 - (100 * firstElementMass(cmp(v.i)[0])) / cmp(v.i)[1], 100 / elementCount(cmp(v.i)[0]), firstElementMass(cmp(v.i)[0])],
    solution: () => `% = (mass of the element in one mole / molar mass) × 100.` }),
  formula({ id: 'c.basic.limiting-reagent', subject: C, concepts: ['C.BASIC.STOICH'], difficulty: 2,
    vars: { h: range(1, 12), o: range(8, 96, 8) },
    text: (v) => `${v.h} g of H₂ reacts with ${v.o} g of O₂ to form water. Find the mass of water formed.`, unit: 'g',
    answer: (v) => 18 * Math.min(v.h / 2, (2 * v.o) / 32), mistakes: (v) => [v.h + v.o, 18 * Math.max(v.h / 2, (2 * v.o) / 32), 9 * Math.min(v.h / 2, (2 * v.o) / 32)],
    solution: () => `$2\\mathrm{H_2} + \\mathrm{O_2} \\to 2\\mathrm{H_2O}$: moles of water = the smaller of $n(\\mathrm{H_2})$ and $2n(\\mathrm{O_2})$.` }),
  formula({ id: 'c.basic.molarity-molality', subject: C, concepts: ['C.BASIC.CONC'], difficulty: 2,
    vars: { m: range(2, 40, 2), V: range(100, 1000, 100), w: range(0, 1) },
    text: (v) => (v.w === 0 ? `${v.m} g of NaOH is dissolved to make ${v.V} mL of solution. Find its molarity.` : `${v.m} g of NaOH is dissolved in ${v.V} g of water. Find the molality.`), unit: (''),
    answer: (v) => (v.m / 40) / (v.V / 1000), mistakes: (v) => [v.m / 40 / v.V, (v.m / 40) * (v.V / 1000), v.m / (v.V / 1000)],
    solution: () => `Molarity = mol / litres of solution; molality = mol / kg of solvent (mol/L or mol/kg).` }),
  formula({ id: 'c.basic.equivalent-mass', subject: C, concepts: ['C.BASIC.EQUIV'], difficulty: 3,
    vars: { w: range(0, 3) },
    text: (v) => `Find the equivalent mass of ${['H₂SO₄ (as a diprotic acid, M = 98)', 'KMnO₄ in acidic medium (M = 158)', 'KMnO₄ in neutral medium (M = 158)', 'K₂Cr₂O₇ in acidic medium (M = 294)'][v.w]}.`, unit: 'g/eq',
    answer: (v) => [49, 31.6, 52.67, 49][v.w] as number, mistakes: (v) => [[98, 158, 158, 294][v.w]!, [24.5, 52.67, 31.6, 98][v.w]!, [196, 79, 79, 147][v.w]!],
    solution: () => `Equivalent mass = M / n-factor: 2 for H₂SO₄; 5 for MnO₄⁻→Mn²⁺; 3 for MnO₄⁻→MnO₂; 6 for Cr₂O₇²⁻→2Cr³⁺.` }),
  formula({ id: 'c.gas.partial-pressure', subject: C, concepts: ['C.GAS.LAWS'], difficulty: 2,
    vars: { a: range(1, 10), b: range(1, 10), P: range(1, 10) },
    text: (v) => `A gas mixture contains ${v.a} mol N₂ and ${v.b} mol O₂ at a total pressure of ${v.P} atm. Find the partial pressure of O₂.`, unit: 'atm',
    answer: (v) => (v.P * v.b) / (v.a + v.b), mistakes: (v) => [(v.P * v.a) / (v.a + v.b), v.P / 2, (v.P * v.b) / v.a],
    solution: () => `Dalton: $p_i = x_i P$.` }),
  // Real gases up to 200 atm have Z roughly 0.3–1.8: the stem states a molar volume from a
  // drawn Z (3 significant figures), so P, T and Vm are never an impossible combination.
  {
    id: 'c.gas.compressibility', subject: C, concepts: ['C.GAS.REAL', 'C.GAS.LAWS'], difficulty: 3,
    build(rng) {
      const P = rng.pick(range(10, 200, 10));
      const T = rng.pick(range(200, 600, 50));
      const Z = rng.pick(range(0.4, 1.6, 0.05));
      const Vm = Number(((Z * 0.0821 * T) / P).toPrecision(3));
      return num({
        params: { P, Vm, T },
        text: `A real gas at ${P} atm and ${T} K has molar volume ${Vm} L/mol. Find its compressibility factor ($R = 0.0821$ L atm/mol K).`,
        value: (P * Vm) / (0.0821 * T), unit: '',
        mistakes: [(0.0821 * T) / (P * Vm), (P * Vm) / T, (P * Vm) / (8.314 * T)],
        solution: `$Z = \\frac{PV_m}{RT} = \\frac{${P} \\times ${Vm}}{0.0821 \\times ${T}}$.`,
        result: [0.3, 2],
      });
    },
  },
  formula({ id: 'c.atom.photon-energy', subject: C, concepts: ['C.ATOM.DUAL'], difficulty: 2,
    vars: { lam: range(200, 800, 20) },
    text: (v) => `Find the energy of a photon of wavelength ${v.lam} nm in eV ($hc = 1240$ eV nm).`, unit: 'eV',
    answer: (v) => 1240 / v.lam, mistakes: (v) => [v.lam / 1240, 1240 * v.lam, 124 / v.lam],
    solution: () => `$E = hc/\\lambda$.` }),
  formula({ id: 'c.atom.bohr-energy', subject: C, concepts: ['C.ATOM.BOHR'], difficulty: 2,
    vars: { Z: range(1, 3), n: range(1, 4), w: range(0, 1) },
    text: (v) => `For the hydrogen-like species with $Z = ${v.Z}$, find ${v.w === 0 ? `the energy (eV) of the level $n = ${v.n}$` : `the radius (pm) of orbit $n = ${v.n}$ ($a_0 = 52.9$ pm)`}.`, unit: '',
    answer: (v) => (v.w === 0 ? (-13.6 * v.Z * v.Z) / (v.n * v.n) : (52.9 * v.n * v.n) / v.Z), mistakes: (v) => (v.w === 0 ? [(-13.6 * v.Z) / (v.n * v.n), (13.6 * v.Z * v.Z) / (v.n * v.n), (-13.6 * v.Z * v.Z) / v.n] : [(52.9 * v.n * v.n) * v.Z, (52.9 * v.n) / v.Z, (52.9 * v.Z * v.Z) / v.n]),
    solution: () => `$E_n = -13.6 Z^2/n^2$ eV; $r_n = a_0 n^2/Z$.` }),
  formula({ id: 'c.atom.spectral-lines', subject: C, concepts: ['C.ATOM.SPECTRA'], difficulty: 3,
    vars: { n: range(2, 8), w: range(0, 1), n1: range(1, 3) },
    text: (v) => (v.w === 0 ? `How many spectral lines can be emitted when electrons in hydrogen atoms fall from $n = ${v.n}$ to the ground state?` : `Find the wavenumber (cm⁻¹) of the hydrogen line for $n = ${v.n1 + v.n}$ → $n = ${v.n1}$ ($R_H = 109678$ cm⁻¹).`), unit: '',
    answer: (v) => (v.w === 0 ? (v.n * (v.n - 1)) / 2 : 109678 * (1 / v.n1 ** 2 - 1 / (v.n1 + v.n) ** 2)), mistakes: (v) => (v.w === 0 ? [v.n - 1, v.n * (v.n - 1), v.n] : [109678 * (1 / v.n1 - 1 / (v.n1 + v.n)), 109678 / (v.n1 + v.n) ** 2, 109678 * (1 / v.n1 ** 2 + 1 / (v.n1 + v.n) ** 2)]), sig: 5,
    solution: () => `Lines from level $n$: $n(n-1)/2$. Rydberg: $\\bar\\nu = R_H(1/n_1^2 - 1/n_2^2)$.` }),
  formula({ id: 'c.atom.nodes', subject: C, concepts: ['C.ATOM.QUANTUM'], difficulty: 2,
    vars: { n: range(2, 6), l: range(0, 3), w: range(0, 2) },
    text: (v) => { const l = Math.min(v.l, v.n - 1); return `For a ${v.n}${'spdf'[l]} orbital, find ${['the number of radial nodes', 'the total number of nodes', 'the number of angular nodes plus the maximum number of electrons in that subshell'][v.w]}.`; }, unit: '',
    answer: (v) => { const l = Math.min(v.l, v.n - 1); return [v.n - l - 1, v.n - 1, l + 2 * (2 * l + 1)][v.w] as number; },
    mistakes: (v) => { const l = Math.min(v.l, v.n - 1); return [v.n - l, l, v.n, v.n - l - 2, 2 * l + 1]; },
    solution: () => `Radial nodes $= n - l - 1$, angular nodes $= l$, total $n - 1$; a subshell holds $2(2l+1)$ electrons.` }),
  formula({ id: 'c.atom.unpaired', subject: C, concepts: ['C.ATOM.CONFIG'], difficulty: 2,
    vars: { z: range(5, 36) },
    text: (v) => `How many unpaired electrons does a ground-state ${SYMBOLS[v.z]} atom ($Z = ${v.z}$) have?`, unit: '',
    answer: (v) => unpairedElectrons(v.z), mistakes: (v) => [unpairedElectrons(v.z) + 1, unpairedElectrons(v.z) + 2, Math.abs(unpairedElectrons(v.z) - 1) + (unpairedElectrons(v.z) === 1 ? 2 : 0), 0],
    solution: () => `Fill by Aufbau (with Cr: 3d⁵4s¹ and Cu: 3d¹⁰4s¹) and apply Hund's rule.` }),
  formula({ id: 'c.bond.sigma-pi', subject: C, concepts: ['C.BOND.COVALENT'], difficulty: 2,
    vars: { n: range(2, 8), d: range(0, 2), t: range(0, 1), w: range(0, 1) },
    text: (v) => { const d = Math.min(v.d, v.n - 1 - v.t); const h = 2 * v.n + 2 - 2 * d - 4 * v.t; return `An open-chain hydrocarbon $\\mathrm{C_{${v.n}}H_{${h}}}$ has ${d} C=C and ${v.t} C≡C bond(s). How many ${v.w === 0 ? 'σ' : 'π'} bonds does it contain?`; }, unit: '',
    answer: (v) => { const d = Math.min(v.d, v.n - 1 - v.t); const h = 2 * v.n + 2 - 2 * d - 4 * v.t; return v.w === 0 ? v.n + h - 1 : d + 2 * v.t; },
    mistakes: (v) => { const d = Math.min(v.d, v.n - 1 - v.t); const h = 2 * v.n + 2 - 2 * d - 4 * v.t; return [v.n + h, d + v.t, v.n + h - 1 + d + 2 * v.t, v.n - 1]; },
    solution: () => `Every bond has one σ; an acyclic molecule of $N$ atoms has $N - 1$ σ bonds. Each double bond adds one π, each triple two.` }),
  formula({ id: 'c.bond.lone-pairs', subject: C, concepts: ['C.BOND.VSEPR'], difficulty: 3,
    vars: { i: range(0, BOND_SPECIES.length - 1) },
    text: (v) => `How many lone pairs are on the central atom of $\\mathrm{${sp(v.i).formula}}$?`, unit: '',
    answer: (v) => stericNumber(sp(v.i)) - sp(v.i).M - sp(v.i).D, mistakes: (v) => [stericNumber(sp(v.i)), sp(v.i).V - sp(v.i).M, stericNumber(sp(v.i)) - sp(v.i).M - sp(v.i).D + 1, 4],
    solution: () => `Steric number $= \\frac12(V + M - \\text{charge})$; lone pairs = steric number − bonded atoms.` }),
  {
    id: 'c.bond.hybridisation', subject: C, concepts: ['C.BOND.HYBRID', 'C.BOND.VSEPR'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, SPECIES.length - 1);
      const s = SPECIES[i]!;
      const h = HYBRIDS[stericNumber(s)]!;
      return { kind: 'choice', params: { i }, text: `What is the hybridisation of the central atom in $\\mathrm{${s.formula}}$?`, correct: `$${h}$`, distractors: rng.shuffle(HYBRIDS.filter((x) => x && x !== h).map((x) => `$${x}$`)), solution: `Steric number $\\frac12(V + M - \\text{charge}) = ${stericNumber(s)}$ gives $${h}$.` };
    },
  },
  formula({ id: 'c.bond.bond-order', subject: C, concepts: ['C.BOND.MOT'], difficulty: 4,
    vars: { e: range(10, 20) },
    text: (v) => `Find the bond order of the homonuclear diatomic species (2nd period) with ${v.e} electrons, e.g. ${['', 'B₂', '', 'C₂', '', 'N₂', '', 'O₂', '', 'F₂', '', 'Ne₂'][v.e - 9] || 'an ion'}.`, unit: '',
    answer: (v) => bondOrder(v.e), mistakes: (v) => [bondOrder(v.e) + 0.5, bondOrder(v.e) - 0.5 >= 0 ? bondOrder(v.e) - 0.5 : 3.5, 2 * bondOrder(v.e) + 1],
    solution: () => `Fill σ1s, σ*1s, σ2s, σ*2s, (π2p, σ2p for ≤14 e; σ2p, π2p beyond), π*2p, σ*2p; bond order = (bonding − antibonding)/2.` }),
  formula({ id: 'c.bond.ionic-character', subject: C, concepts: ['C.BOND.POLAR'], difficulty: 3,
    vars: { mu: range(0.5, 3, 0.1), d: range(90, 200, 10) },
    text: (v) => `A diatomic molecule has dipole moment ${v.mu} D and bond length ${v.d} pm. Find its percentage ionic character (1 D = 3.336 × 10⁻³⁰ C m, $e = 1.6 \\times 10^{-19}$ C).`, unit: '%',
    answer: (v) => (100 * v.mu * 3.336e-30) / (1.6e-19 * v.d * 1e-12), mistakes: (v) => [(v.mu * 3.336e-30) / (1.6e-19 * v.d * 1e-12), (100 * v.mu * 3.336e-30) / (1.6e-19 * v.d * 1e-10), (100 * 1.6e-19 * v.d * 1e-12) / (v.mu * 3.336e-30)],
    solution: () => `% ionic $= \\mu_{obs}/(e\\,d) \\times 100$.` }),
  formula({ id: 'c.solid.density', subject: C, concepts: ['C.SOLID.STATE'], difficulty: 3,
    vars: { t: range(0, 2), M: range(20, 200, 10), a: range(300, 600, 25) },
    text: (v) => `An element of molar mass ${v.M} g/mol forms a ${['simple cubic', 'body-centred cubic', 'face-centred cubic'][v.t]} lattice with edge ${v.a} pm. Find its density in g/cm³ ($N_A = 6.022 \\times 10^{23}$).`, unit: 'g/cm³',
    answer: (v) => ([1, 2, 4][v.t]! * v.M) / ((v.a * 1e-10) ** 3 * NA), mistakes: (v) => [([2, 4, 1][v.t]! * v.M) / ((v.a * 1e-10) ** 3 * NA), v.M / ((v.a * 1e-10) ** 3 * NA) * 8, ([1, 2, 4][v.t]! * v.M) / ((v.a * 1e-8) ** 3 * NA)],
    solution: () => `$\\rho = \\frac{ZM}{a^3N_A}$ with $Z = 1, 2, 4$ and $a$ in cm.` }),
  formula({ id: 'c.td.dh-du', subject: C, concepts: ['C.TD.FIRST'], difficulty: 2,
    vars: { dU: range(-500, 500, 25), dn: range(-3, 3), T: [298, 300, 400, 500] },
    text: (v) => `For a gaseous reaction at ${v.T} K, $\\Delta U = ${v.dU}$ kJ/mol and $\\Delta n_g = ${v.dn}$. Find $\\Delta H$ in kJ/mol ($R = 8.314$ J/mol K).`, unit: 'kJ/mol',
    answer: (v) => v.dU + (v.dn * R * v.T) / 1000, mistakes: (v) => [v.dU - (v.dn * R * v.T) / 1000, v.dU + v.dn * R * v.T, v.dU], sig: 4,
    solution: () => `$\\Delta H = \\Delta U + \\Delta n_g RT$.` }),
  formula({ id: 'c.td.hess', subject: C, concepts: ['C.TD.HESS'], difficulty: 3,
    vars: { a: range(-400, -50, 10), b: range(-300, -50, 10), c: range(-900, -100, 10) },
    text: (v) => `For $\\mathrm{A + 2B \\to C}$, the enthalpies of formation are A: ${v.a}, B: ${v.b}, C: ${v.c} kJ/mol. Find $\\Delta_r H$.`, unit: 'kJ/mol',
    answer: (v) => v.c - v.a - 2 * v.b, mistakes: (v) => [v.c - v.a - v.b, v.a + 2 * v.b - v.c, v.c + v.a + 2 * v.b],
    solution: () => `$\\Delta_r H = \\sum \\Delta_f H(\\text{products}) - \\sum \\Delta_f H(\\text{reactants})$.` }),
  formula({ id: 'c.td.bond-enthalpy', subject: C, concepts: ['C.TD.BOND_ENTHALPY', 'C.TD.HESS'], difficulty: 3,
    vars: { hh: [432, 436], xx: [158, 242, 193, 151], hx: [568, 431, 366, 299] },
    text: (v) => `Using bond enthalpies H–H ${v.hh}, X–X ${v.xx} and H–X ${v.hx} kJ/mol, find $\\Delta H$ for $\\mathrm{H_2 + X_2 \\to 2HX}$.`, unit: 'kJ/mol',
    answer: (v) => v.hh + v.xx - 2 * v.hx, mistakes: (v) => [v.hh + v.xx - v.hx, 2 * v.hx - v.hh - v.xx, v.hh - v.xx - 2 * v.hx],
    solution: () => `$\\Delta H = \\sum$ (bonds broken) $- \\sum$ (bonds formed).` }),
  formula({ id: 'c.td.phase-entropy', subject: C, concepts: ['C.TD.ENTROPY'], difficulty: 3,
    vars: { dH: range(5, 45, 1), T: range(200, 400, 10) },
    text: (v) => `A substance has enthalpy of vaporisation ${v.dH} kJ/mol at its boiling point ${v.T} K. Find the entropy of vaporisation in J/(mol K).`, unit: 'J/(mol K)',
    answer: (v) => (v.dH * 1000) / v.T, mistakes: (v) => [v.dH / v.T, (v.T * 1000) / v.dH, (v.dH * 1000) / (v.T - 273)],
    solution: () => `At equilibrium $\\Delta S = \\Delta H / T$ (J, not kJ).` }),
  formula({ id: 'c.td.gibbs', subject: C, concepts: ['C.TD.GIBBS', 'C.TD.ENTROPY'], difficulty: 3,
    vars: { dH: range(-200, 200, 10), dS: range(-300, 300, 20), T: range(200, 1000, 100), w: range(0, 1) },
    text: (v) => { const dS = v.dS === 0 ? 20 : v.dS; return v.w === 0 ? `Find $\\Delta G$ (kJ/mol) at ${v.T} K if $\\Delta H = ${v.dH}$ kJ/mol and $\\Delta S = ${dS}$ J/(mol K).` : `$\\Delta H = ${v.dH === 0 ? 10 : v.dH}$ kJ/mol and $\\Delta S = ${dS}$ J/(mol K). At what temperature (K) is $\\Delta G = 0$?`; }, unit: '',
    answer: (v) => { const dS = v.dS === 0 ? 20 : v.dS; return v.w === 0 ? v.dH - (v.T * dS) / 1000 : ((v.dH === 0 ? 10 : v.dH) * 1000) / dS; },
    mistakes: (v) => { const dS = v.dS === 0 ? 20 : v.dS; return v.w === 0 ? [v.dH + (v.T * dS) / 1000, v.dH - v.T * dS, v.dH - (v.T * dS) / 100] : [(v.dH === 0 ? 10 : v.dH) / dS, -((v.dH === 0 ? 10 : v.dH) * 1000) / dS, ((v.dH === 0 ? 10 : v.dH) * 1000) / dS + 273]; },
    solution: () => `$\\Delta G = \\Delta H - T\\Delta S$ (convert J to kJ); $\\Delta G = 0$ at $T = \\Delta H/\\Delta S$.` }),
];

/** Grams of the first element symbol in a plain formula like `C6H12O6`. */
export function firstElementMass(f: string): number {
  const m = /^([A-Z][a-z]?)(\d*)/.exec(f)!;
  const mass: Record<string, number> = { H: 1, C: 12, N: 14, O: 16, Na: 23, Mg: 24, Al: 27, S: 32, Cl: 35.5, K: 39, Ca: 40 };
  return (mass[m[1]!] ?? 0) * Number(m[2] || 1);
}
function elementCount(f: string): number {
  return (f.match(/[A-Z]/g) ?? []).length;
}
/** Bond order of a second-period homonuclear diatomic with `e` electrons (10–20). */
export function bondOrder(e: number): number {
  const valence = e - 4; // σ1s² σ*1s²
  // Order (and capacity) of valence MOs; s-p mixing puts π2p below σ2p up to N₂ (14 e in total).
  const order = e <= 14 ? [['b', 2], ['a', 2], ['b', 4], ['b', 2], ['a', 4], ['a', 2]] : [['b', 2], ['a', 2], ['b', 2], ['b', 4], ['a', 4], ['a', 2]];
  let left = valence;
  let bonding = 0;
  let anti = 0;
  for (const [kind, cap] of order as [string, number][]) {
    const take = Math.min(left, cap);
    if (kind === 'b') bonding += take;
    else anti += take;
    left -= take;
  }
  return (bonding - anti) / 2;
}
