import { choice } from './spec.ts';
import type { ChoiceSpec } from './types.ts';
import type { Rng } from '../random.ts';

/**
 * Reviewed data and small builders shared by the inorganic / kinetics depth generators.
 * Energies in kJ/mol, lengths in pm, angles in degrees; every value is a measured one.
 */

/** Stoichiometric equations for rates: TeX of each species, its coefficient, −1 reactant / +1 product. */
export const RATE_REACTIONS: readonly (readonly (readonly [string, number, number])[])[] = [
  [['N_2O_5', 2, -1], ['NO_2', 4, 1], ['O_2', 1, 1]],
  [['N_2', 1, -1], ['H_2', 3, -1], ['NH_3', 2, 1]],
  [['SO_2', 2, -1], ['O_2', 1, -1], ['SO_3', 2, 1]],
  [['NH_3', 4, -1], ['O_2', 5, -1], ['NO', 4, 1], ['H_2O', 6, 1]],
  [['NO', 2, -1], ['O_2', 1, -1], ['NO_2', 2, 1]],
  [['PH_3', 4, -1], ['P_4', 1, 1], ['H_2', 6, 1]],
  [['Br^-', 5, -1], ['BrO_3^-', 1, -1], ['H^+', 6, -1], ['Br_2', 3, 1], ['H_2O', 3, 1]],
  [['C_3H_8', 1, -1], ['O_2', 5, -1], ['CO_2', 3, 1], ['H_2O', 4, 1]],
];

/** The equation as TeX, coefficient 1 left out. */
export function equationTex(r: readonly (readonly [string, number, number])[]): string {
  const side = (s: number) => r.filter((x) => x[2] === s).map(([f, n]) => `${n === 1 ? '' : n}\\mathrm{${f}}`).join(' + ');
  return `${side(-1)} \\to ${side(1)}`;
}

/**
 * Four items of distinct value ordered "a < b < c < d" (increasing `value`), with the wrong orders
 * a student writes: fully reversed, the two ends swapped, the middle pair swapped, the first pair
 * swapped. The stem is built by the caller. Items are [label (TeX or plain), value]; values closer
 * than `gap` are never asked together (a measured difference a student could not know).
 */
export function orderChoice(
  rng: Rng,
  pool: readonly (readonly [string, number])[],
  o: { params: Record<string, number>; text: string; solution: string; hi: { text: string; solution: string } },
  gap = 1e-9,
): ChoiceSpec {
  const chosen: (readonly [string, number])[] = [];
  for (const i of rng.shuffle(pool.map((_, k) => k))) {
    const it = pool[i]!;
    if (chosen.every((c) => Math.abs(c[1] - it[1]) >= gap)) chosen.push(it);
    if (chosen.length === 4) break;
  }
  const s = [...chosen].sort((a, b) => a[1] - b[1]).map((x) => x[0]);
  const fmt = (xs: string[]) => xs.join(' < ');
  const [a, b, c, d] = s as [string, string, string, string];
  const shown = rng.shuffle(s).join(', ');
  return choice({
    params: { ...o.params, ...Object.fromEntries(chosen.map((x, k) => [`p${k}`, pool.indexOf(x)])) },
    text: o.text.replace('{items}', shown),
    correct: fmt(s),
    distractors: [fmt([d, c, b, a]), fmt([d, b, c, a]), fmt([a, c, b, d]), fmt([b, a, c, d]), fmt([a, b, d, c])],
    solution: o.solution,
    hi: { text: o.hi.text.replace('{items}', shown), solution: o.hi.solution },
  });
}

/** The unit of a rate constant of overall order n = 0–4 (concentration in mol L⁻¹, time in s). */
export const RATE_UNITS = ['mol L⁻¹ s⁻¹', 's⁻¹', 'L mol⁻¹ s⁻¹', 'L² mol⁻² s⁻¹', 'L³ mol⁻³ s⁻¹'] as const;

/**
 * Lewis structures for formal charges: species (TeX), net charge, and per kind of atom
 * [description, Hindi description, valence electrons V, non-bonding electrons, bonds, how many such atoms].
 * H atoms (formal charge 0) are not listed.
 */
export const LEWIS: readonly (readonly [string, number, readonly (readonly [string, string, number, number, number, number])[]])[] = [
  ['O_3', 0, [['the central O', 'केंद्रीय O', 6, 2, 3, 1], ['the singly bonded terminal O', 'एकल आबंधित सिरे का O', 6, 6, 1, 1], ['the doubly bonded terminal O', 'द्वि-आबंधित सिरे का O', 6, 4, 2, 1]]],
  ['NO_3^-', -1, [['N', 'N', 5, 0, 4, 1], ['a singly bonded O', 'एक एकल आबंधित O', 6, 6, 1, 2], ['the doubly bonded O', 'द्वि-आबंधित O', 6, 4, 2, 1]]],
  ['CO', 0, [['C', 'C', 4, 2, 3, 1], ['O', 'O', 6, 2, 3, 1]]],
  ['CN^-', -1, [['C', 'C', 4, 2, 3, 1], ['N', 'N', 5, 2, 3, 1]]],
  ['N_2O\\ (N{=}N{=}O)', 0, [['the terminal N', 'सिरे का N', 5, 4, 2, 1], ['the central N', 'केंद्रीय N', 5, 0, 4, 1], ['O', 'O', 6, 4, 2, 1]]],
  ['NH_4^+', 1, [['N', 'N', 5, 0, 4, 1]]],
  ['BF_4^-', -1, [['B', 'B', 3, 0, 4, 1], ['each F', 'प्रत्येक F', 7, 6, 1, 4]]],
  ['H_3O^+', 1, [['O', 'O', 6, 2, 3, 1]]],
  ['SO_4^{2-}\\ (four\\ S{-}O\\ single\\ bonds)', -2, [['S', 'S', 6, 0, 4, 1], ['each O', 'प्रत्येक O', 6, 6, 1, 4]]],
  ['CO_3^{2-}', -2, [['C', 'C', 4, 0, 4, 1], ['a singly bonded O', 'एक एकल आबंधित O', 6, 6, 1, 2], ['the doubly bonded O', 'द्वि-आबंधित O', 6, 4, 2, 1]]],
  ['NO_2^-', -1, [['N', 'N', 5, 2, 3, 1], ['the singly bonded O', 'एकल आबंधित O', 6, 6, 1, 1], ['the doubly bonded O', 'द्वि-आबंधित O', 6, 4, 2, 1]]],
  ['SCN^-\\ (S{=}C{=}N)', -1, [['S', 'S', 6, 4, 2, 1], ['C', 'C', 4, 0, 4, 1], ['N', 'N', 5, 4, 2, 1]]],
  ['NO_2^+', 1, [['N', 'N', 5, 0, 4, 1], ['each O', 'प्रत्येक O', 6, 4, 2, 2]]],
  ['HNO_3', 0, [['N', 'N', 5, 0, 4, 1], ['the O bonded only to N by a single bond', 'केवल N से एकल आबंध द्वारा जुड़ा O', 6, 6, 1, 1], ['the OH oxygen', 'OH का ऑक्सीजन', 6, 4, 2, 1], ['the doubly bonded O', 'द्वि-आबंधित O', 6, 4, 2, 1]]],
  ['N_3^-\\ (N{=}N{=}N)', -1, [['the central N', 'केंद्रीय N', 5, 0, 4, 1], ['a terminal N', 'सिरे का एक N', 5, 4, 2, 2]]],
  ['CH_3^-', -1, [['C', 'C', 4, 2, 3, 1]]],
  ['CH_3^+', 1, [['C', 'C', 4, 0, 3, 1]]],
  ['ClO_4^-\\ (four\\ Cl{-}O\\ single\\ bonds)', -1, [['Cl', 'Cl', 7, 0, 4, 1], ['each O', 'प्रत्येक O', 6, 6, 1, 4]]],
];

/**
 * Born–Haber data (kJ/mol, handbook values): salt, ΔfH°, ΔsubH° of the metal, IE₁, bond enthalpy
 * of X₂, electron gain enthalpy of X. The lattice enthalpy follows from the cycle.
 */
export const BORN_HABER = [
  ['NaCl', -411, 107, 496, 242, -349], ['KCl', -437, 89, 419, 242, -349], ['LiCl', -409, 159, 520, 242, -349], ['RbCl', -435, 81, 403, 242, -349],
  ['CsCl', -443, 76, 376, 242, -349], ['NaF', -576, 107, 496, 158, -328], ['KF', -567, 89, 419, 158, -328], ['LiF', -616, 159, 520, 158, -328],
] as const;

/**
 * Resonance-delocalised bonds: species, bond (TeX), number of equivalent bonds, their total bond
 * order (σ + π) in one formal-charge-minimised structure.
 */
export const RESONANCE = [
  ['CO_3^{2-}', 'C-O', 3, 4], ['NO_3^-', 'N-O', 3, 4], ['NO_2^-', 'N-O', 2, 3], ['O_3', 'O-O', 2, 3], ['HCOO^-', 'C-O', 2, 3], ['CH_3COO^-', 'C-O', 2, 3],
  ['SO_4^{2-}', 'S-O', 4, 6], ['PO_4^{3-}', 'P-O', 4, 5], ['ClO_4^-', 'Cl-O', 4, 7], ['SO_3^{2-}', 'S-O', 3, 4], ['ClO_3^-', 'Cl-O', 3, 5], ['SO_3', 'S-O', 3, 6],
  ['C_6H_6', 'C-C', 6, 9], ['C_2O_4^{2-}', 'C-O', 4, 6], ['CrO_4^{2-}', 'Cr-O', 4, 6], ['MnO_4^-', 'Mn-O', 4, 7], ['IO_3^-', 'I-O', 3, 5], ['BrO_4^-', 'Br-O', 4, 7],
] as const;

/** Measured bond angles (°) of gas-phase molecules. */
export const BOND_ANGLES = [
  ['CO_2', 180], ['BF_3', 120], ['CH_4', 109.5], ['NH_3', 106.7], ['H_2O', 104.5], ['PH_3', 93.5], ['H_2S', 92.1], ['NF_3', 102.2], ['OF_2', 103.1],
  ['Cl_2O', 110.9], ['SO_2', 119.5], ['NO_2^-', 115.4], ['NO_2', 134.1], ['O_3', 116.8], ['PCl_3', 100.3], ['SF_2', 98.0], ['H_2Se', 91.0],
] as const;

/** Molecules whose two bonding hybrids on the central atom are equivalent: measured angle (°). */
export const HYBRID_ANGLES = [
  ['H_2O', 104.5], ['NH_3', 106.7], ['OF_2', 103.1], ['H_2S', 92.1], ['PH_3', 93.5], ['Cl_2O', 110.9], ['NF_3', 102.2], ['SF_2', 98.0], ['H_2Se', 91.0],
  ['PCl_3', 100.3], ['NCl_3', 107.1], ['AsH_3', 91.8], ['PF_3', 97.8],
] as const;

/**
 * Polar molecules: formula, shape (2 = bent AB₂, 3 = pyramidal AB₃), bond angle B–A–B (°), measured
 * molecular dipole moment (D).
 */
export const DIPOLE_SHAPES = [
  ['H_2O', 2, 104.5, 1.85], ['H_2S', 2, 92.1, 0.97], ['SO_2', 2, 119.5, 1.63], ['OF_2', 2, 103.1, 0.3], ['Cl_2O', 2, 110.9, 0.78], ['NO_2', 2, 134.1, 0.32], ['SCl_2', 2, 102.7, 0.36],
  ['NH_3', 3, 106.7, 1.47], ['PH_3', 3, 93.5, 0.57], ['NF_3', 3, 102.2, 0.23], ['PCl_3', 3, 100.3, 0.78], ['AsH_3', 3, 91.8, 0.2],
] as const;

/**
 * Bond enthalpies (kJ/mol) for Pauling electronegativity differences: A (less electronegative), B,
 * D(A–B), D(A–A), D(B–B), Pauling χ of A.
 */
export const PAULING = [
  ['H', 'F', 565, 436, 155, 2.2], ['H', 'Cl', 431, 436, 242, 2.2], ['H', 'Br', 366, 436, 193, 2.2], ['H', 'I', 299, 436, 151, 2.2], ['C', 'F', 485, 347, 155, 2.55],
  ['H', 'N', 391, 436, 163, 2.2], ['H', 'O', 463, 436, 146, 2.2], ['Cl', 'F', 253, 242, 155, 3.16], ['I', 'Cl', 208, 151, 242, 2.66], ['Si', 'O', 452, 222, 146, 1.9],
] as const;

/**
 * Reactions that may change the central atom's hybridisation: equation (TeX), central atom, and the
 * VSEPR inputs [V, monovalent neighbours, divalent neighbours, charge] before and after.
 */
export const HYBRID_REACTIONS: readonly (readonly [string, string, readonly [number, number, number, number], readonly [number, number, number, number]])[] = [
  ['BF_3 + F^- \\to BF_4^-', 'B', [3, 3, 0, 0], [3, 4, 0, -1]], ['NH_3 + H^+ \\to NH_4^+', 'N', [5, 3, 0, 0], [5, 4, 0, 1]],
  ['H_2O + H^+ \\to H_3O^+', 'O', [6, 2, 0, 0], [6, 3, 0, 1]], ['SO_3 + H_2O \\to H_2SO_4', 'S', [6, 0, 3, 0], [6, 2, 2, 0]],
  ['PCl_3 + Cl_2 \\to PCl_5', 'P', [5, 3, 0, 0], [5, 5, 0, 0]], ['XeF_2 + F_2 \\to XeF_4', 'Xe', [8, 2, 0, 0], [8, 4, 0, 0]],
  ['XeF_4 + F_2 \\to XeF_6', 'Xe', [8, 4, 0, 0], [8, 6, 0, 0]], ['XeF_6 + 3H_2O \\to XeO_3 + 6HF', 'Xe', [8, 6, 0, 0], [8, 0, 3, 0]],
  ['AlCl_3 + Cl^- \\to AlCl_4^-', 'Al', [3, 3, 0, 0], [3, 4, 0, -1]], ['SiF_4 + 2F^- \\to SiF_6^{2-}', 'Si', [4, 4, 0, 0], [4, 6, 0, -2]],
  ['CO_2 + O^{2-} \\to CO_3^{2-}', 'C', [4, 0, 2, 0], [4, 0, 3, -2]], ['SnCl_2 + Cl_2 \\to SnCl_4', 'Sn', [4, 2, 0, 0], [4, 4, 0, 0]],
  ['ClF_3 + F^- \\to ClF_4^-', 'Cl', [7, 3, 0, 0], [7, 4, 0, -1]], ['PCl_5 + Cl^- \\to PCl_6^-', 'P', [5, 5, 0, 0], [5, 6, 0, -1]],
  ['2PCl_5 \\to PCl_4^+ + PCl_6^-\\ (P\\ in\\ PCl_4^+)', 'P', [5, 5, 0, 0], [5, 4, 0, 1]],
];
