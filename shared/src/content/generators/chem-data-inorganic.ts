import { choice } from './spec.ts';
import type { ChoiceSpec, GeneratorDef } from './types.ts';
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

/**
 * Keeps a numeric generator's named mistakes apart: a mistake within `gap` (relative) of the answer
 * or of a mistake already kept is dropped, so no option sits a rounding away from another
 * (3.99 beside 4.00). Choice and multi-correct generators pass through unchanged.
 */
export function spreadMistakes(defs: GeneratorDef[], gap = 0.025): GeneratorDef[] {
  return defs.map((d) => ({
    ...d,
    build(rng: Rng) {
      const spec = d.build(rng);
      if (spec.kind !== 'numeric') return spec;
      const kept: number[] = [];
      const far = (a: number, b: number) => Math.abs(a - b) > gap * Math.max(Math.abs(a), Math.abs(b));
      for (const m of spec.mistakes) if (far(m, spec.value) && kept.every((k) => far(m, k))) kept.push(m);
      return { ...spec, mistakes: kept };
    },
  }));
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

/**
 * Successive ionisation enthalpies (kJ/mol, NIST) up to the first one from the noble-gas core: element,
 * group, IEs. Ga and later p-block elements are left out: their core is a d¹⁰ shell and the jump is blurred.
 */
export const SUCCESSIVE_IE = [
  ['Li', 1, [520, 7298, 11815]], ['Na', 1, [496, 4562, 6910, 9543]], ['K', 1, [419, 3052, 4420, 5877]],
  ['Be', 2, [899, 1757, 14849, 21007]], ['Mg', 2, [738, 1451, 7733, 10543]], ['Ca', 2, [590, 1145, 4912, 6491]],
  ['B', 13, [801, 2427, 3660, 25026, 32827]], ['Al', 13, [578, 1817, 2745, 11577, 14842]],
  ['C', 14, [1086, 2353, 4621, 6223, 37831]], ['Si', 14, [787, 1577, 3232, 4356, 16091]],
  ['N', 15, [1402, 2856, 4578, 7475, 9445, 53267]], ['P', 15, [1012, 1907, 2914, 4964, 6274, 21267]],
  ['S', 16, [1000, 2252, 3357, 4556, 7004, 8496, 27107]],
] as const;

/** First ionisation enthalpies (kJ/mol) and magnitudes of electron gain enthalpies (kJ/mol, more negative = larger). */
export const FIRST_IE = [
  ['H', 1312], ['He', 2372], ['Li', 520], ['Be', 899], ['B', 801], ['C', 1086], ['N', 1402], ['O', 1314], ['F', 1681], ['Ne', 2081],
  ['Na', 496], ['Mg', 738], ['Al', 578], ['Si', 787], ['P', 1012], ['S', 1000], ['Cl', 1251], ['Ar', 1521], ['K', 419], ['Ca', 590],
] as const;
export const ELECTRON_GAIN = [
  ['F', 328], ['Cl', 349], ['Br', 325], ['I', 295], ['O', 141], ['S', 200], ['Se', 195], ['C', 122], ['Si', 134], ['P', 72], ['H', 73], ['Li', 60], ['Na', 53], ['K', 48],
] as const;

/** Mulliken electronegativity data: element, IE₁ and magnitude of the electron gain enthalpy (kJ/mol, NIST). */
export const MULLIKEN = [
  ['F', 1681, 328], ['Cl', 1251, 349], ['Br', 1140, 325], ['I', 1008, 295], ['O', 1314, 141], ['S', 1000, 200], ['C', 1086, 122], ['H', 1312, 73], ['Li', 520, 60], ['Na', 496, 53], ['K', 419, 48],
  ['Si', 787, 134], ['P', 1012, 72], ['Se', 941, 195],
] as const;

/** Main-group elements for highest-oxide and hydride formulae: symbol, Z. */
export const MAIN_GROUP = [
  ['Li', 3], ['Na', 11], ['K', 19], ['Be', 4], ['Mg', 12], ['Ca', 20], ['B', 5], ['Al', 13], ['Ga', 31], ['C', 6], ['Si', 14], ['Ge', 32],
  ['N', 7], ['P', 15], ['As', 33], ['S', 16], ['Se', 34], ['Cl', 17],
] as const;

/** Metals for Dulong–Petit: symbol, specific heat (J g⁻¹ K⁻¹), oxide M_aO_b as [a, b], atomic mass. */
export const DULONG_PETIT = [
  ['Mg', 1.02, [1, 1], 24.31], ['Al', 0.897, [2, 3], 26.98], ['Ca', 0.647, [1, 1], 40.08], ['Cr', 0.449, [2, 3], 52.0], ['Fe', 0.449, [2, 3], 55.85], ['Ni', 0.444, [1, 1], 58.69],
  ['Cu', 0.385, [1, 1], 63.55], ['Zn', 0.388, [1, 1], 65.38], ['Ag', 0.235, [2, 1], 107.87], ['Sn', 0.228, [1, 2], 118.71], ['Pb', 0.129, [1, 1], 207.2],
] as const;

/** Ions for formula units: TeX, charge, atoms per ion. */
export const CATIONS = [['Na^+', 1, 1], ['K^+', 1, 1], ['NH_4^+', 1, 5], ['Mg^{2+}', 2, 1], ['Ca^{2+}', 2, 1], ['Ba^{2+}', 2, 1], ['Al^{3+}', 3, 1], ['Fe^{3+}', 3, 1]] as const;
export const ANIONS = [['Cl^-', -1, 1], ['NO_3^-', -1, 4], ['OH^-', -1, 2], ['SO_4^{2-}', -2, 5], ['CO_3^{2-}', -2, 4], ['PO_4^{3-}', -3, 5], ['Cr_2O_7^{2-}', -2, 9]] as const;

/** Protective colloids: name, Hindi name, gold number (mg, middle of the measured range). */
export const GOLD_NUMBERS = [
  ['gelatin', 'जिलेटिन', 0.0075], ['haemoglobin', 'हीमोग्लोबिन', 0.05], ['egg albumin', 'अंडा ऐल्बुमिन', 0.09], ['gum arabic', 'गोंद अरबी', 0.2], ['sodium oleate', 'सोडियम ओलिएट', 0.7], ['potato starch', 'आलू स्टार्च', 22.5],
] as const;

/** Sols (name, Hindi, charge sign) and electrolytes (formula, the charge of its cation and of its anion). */
export const SOLS = [['arsenious sulphide ($\\mathrm{As_2S_3}$)', 'आर्सेनियस सल्फ़ाइड ($\\mathrm{As_2S_3}$)', -1], ['gold', 'स्वर्ण', -1], ['antimony sulphide ($\\mathrm{Sb_2S_3}$)', 'ऐन्टिमनी सल्फ़ाइड ($\\mathrm{Sb_2S_3}$)', -1], ['ferric hydroxide ($\\mathrm{Fe(OH)_3}$)', 'फ़ेरिक हाइड्रॉक्साइड ($\\mathrm{Fe(OH)_3}$)', 1], ['aluminium hydroxide ($\\mathrm{Al(OH)_3}$)', 'ऐलुमिनियम हाइड्रॉक्साइड ($\\mathrm{Al(OH)_3}$)', 1]] as const;
export const ELECTROLYTES = [
  ['NaCl', 1, 1], ['KNO_3', 1, 1], ['KCl', 1, 1], ['BaCl_2', 2, 1], ['MgSO_4', 2, 2], ['CaCl_2', 2, 1], ['AlCl_3', 3, 1], ['Al_2(SO_4)_3', 3, 2],
  ['Na_2SO_4', 1, 2], ['K_2CrO_4', 1, 2], ['Na_3PO_4', 1, 3], ['K_3[Fe(CN)_6]', 1, 3], ['K_4[Fe(CN)_6]', 1, 4], ['Th(NO_3)_4', 4, 1],
] as const;

// s-, p-, d-block and coordination data for chemistry-depth-inorganic-d.ts.

/** Pairs of metals that both give H₂ with cold water: [symbol, molar mass, valency] each. */
export const ALLOYS = [[['Na', 23, 1], ['K', 39, 1]], [['Li', 7, 1], ['Na', 23, 1]], [['Na', 23, 1], ['Ca', 40, 2]], [['K', 39, 1], ['Ca', 40, 2]], [['Li', 7, 1], ['K', 39, 1]]] as const;

/** Hydrated s-block salts: formula of the anhydrous salt, its molar mass, water of crystallisation. */
export const HYDRATES = [['Na_2CO_3', 106, 10], ['MgSO_4', 120, 7], ['CaCl_2', 111, 6], ['BaCl_2', 208, 2], ['Na_2SO_4', 142, 10], ['CaSO_4', 136, 2], ['SrCl_2', 158.5, 6], ['Ba(OH)_2', 171, 8], ['Na_2S_2O_3', 158, 5]] as const;

/**
 * Silicate anions: name, Hindi, Si atoms per formula, average shared corners per tetrahedron, the
 * formula as written (TeX).
 */
export const SILICATES = [
  ['orthosilicate', 'ऑर्थोसिलिकेट', 1, 0, 'SiO_4^{4-}'], ['pyrosilicate', 'पायरोसिलिकेट', 2, 1, 'Si_2O_7^{6-}'], ['cyclic silicate with a three-membered ring', 'त्रि-सदस्यी वलय वाला चक्रीय सिलिकेट', 3, 2, 'Si_3O_9^{6-}'],
  ['cyclic silicate with a six-membered ring (as in beryl)', 'छह-सदस्यी वलय वाला चक्रीय सिलिकेट (बेरिल में)', 6, 2, 'Si_6O_{18}^{12-}'], ['single-chain silicate (pyroxene), per $\\mathrm{Si_2}$ unit', 'एकल-शृंखला सिलिकेट (पाइरॉक्सीन), प्रति $\\mathrm{Si_2}$ इकाई', 2, 2, 'Si_2O_6^{4-}'],
  ['double-chain silicate (amphibole), per $\\mathrm{Si_4}$ unit', 'द्वि-शृंखला सिलिकेट (ऐम्फ़िबोल), प्रति $\\mathrm{Si_4}$ इकाई', 4, 2.5, 'Si_4O_{11}^{6-}'], ['sheet silicate, per $\\mathrm{Si_2}$ unit', 'परत सिलिकेट, प्रति $\\mathrm{Si_2}$ इकाई', 2, 3, 'Si_2O_5^{2-}'],
  ['cyclic silicate with a four-membered ring', 'चार-सदस्यी वलय वाला चक्रीय सिलिकेट', 4, 2, 'Si_4O_{12}^{8-}'],
] as const;

/** Xenon fluorides: n, molar mass, HF per XeFₙ on complete hydrolysis, O₂ per XeFₙ. */
export const XENON_FLUORIDES = [[2, 169.3, 2, 0.5], [4, 207.3, 4, 0.5], [6, 245.3, 6, 0]] as const;

export const XE_EQ = ['2XeF_2 + 2H_2O \\to 2Xe + 4HF + O_2', '6XeF_4 + 12H_2O \\to 4Xe + 2XeO_3 + 24HF + 3O_2', 'XeF_6 + 3H_2O \\to XeO_3 + 6HF'] as const;

/** Oxides of nitrogen: formula, N atoms, O atoms, neutral (not an acid anhydride). */
export const N_OXIDES = [['N_2O', 2, 1, true], ['NO', 1, 1, true], ['N_2O_3', 2, 3, false], ['NO_2', 1, 2, false], ['N_2O_4', 2, 4, false], ['N_2O_5', 2, 5, false]] as const;

/** Halogen properties in increasing order, each with four members: measured values. */
export const HALOGEN_ORDERS = [
  ['bond dissociation enthalpy', 'आबंध वियोजन एन्थैल्पी', [['F_2', 158], ['Cl_2', 242], ['Br_2', 193], ['I_2', 151]]],
  ['acid strength in water', 'जल में अम्ल सामर्थ्य', [['HF', -3.2], ['HCl', 7], ['HBr', 9], ['HI', 10]]],
  ['boiling point', 'क्वथनांक', [['HF', 293], ['HCl', 188], ['HBr', 206], ['HI', 238]]],
  ['H–X bond length', 'H–X आबंध लंबाई', [['HF', 92], ['HCl', 127], ['HBr', 141], ['HI', 161]]],
  ['thermal stability', 'तापीय स्थायित्व', [['HF', 565], ['HCl', 431], ['HBr', 366], ['HI', 299]]],
  ['oxidising power (standard reduction potential)', 'ऑक्सीकरण क्षमता (मानक अपचयन विभव)', [['F_2', 2.87], ['Cl_2', 1.36], ['Br_2', 1.09], ['I_2', 0.54]]],
  ['magnitude of electron gain enthalpy', 'इलेक्ट्रॉन लब्धि एन्थैल्पी के परिमाण', [['F', 328], ['Cl', 349], ['Br', 325], ['I', 295]]],
  ['acid strength', 'अम्ल सामर्थ्य', [['HOCl', -7.5], ['HClO_2', -2], ['HClO_3', 1], ['HClO_4', 10]]],
] as const;

/** Transition elements with their highest oxidation state and the oxide that shows it (Fe stops at +6, in ferrate). */
export const HIGHEST_OX = [
  ['Sc', 21, 3, 'Sc_2O_3'], ['Ti', 22, 4, 'TiO_2'], ['V', 23, 5, 'V_2O_5'], ['Cr', 24, 6, 'CrO_3'], ['Mn', 25, 7, 'Mn_2O_7'], ['Fe', 26, 6, 'K_2FeO_4'], ['Zn', 30, 2, 'ZnO'],
  ['Y', 39, 3, 'Y_2O_3'], ['Zr', 40, 4, 'ZrO_2'], ['Nb', 41, 5, 'Nb_2O_5'], ['Mo', 42, 6, 'MoO_3'], ['Tc', 43, 7, 'Tc_2O_7'], ['Ru', 44, 8, 'RuO_4'],
  ['Hf', 72, 4, 'HfO_2'], ['Ta', 73, 5, 'Ta_2O_5'], ['W', 74, 6, 'WO_3'], ['Re', 75, 7, 'Re_2O_7'], ['Os', 76, 8, 'OsO_4'],
] as const;

/** 3d ions: symbol, Z, charge. d count = Z − 18 − charge (the 4s electrons leave first). */
export const TM_IONS = [
  ['Sc', 21, 3], ['Ti', 22, 2], ['Ti', 22, 3], ['Ti', 22, 4], ['V', 23, 2], ['V', 23, 3], ['V', 23, 4], ['Cr', 24, 2], ['Cr', 24, 3], ['Mn', 25, 2], ['Mn', 25, 3], ['Mn', 25, 4],
  ['Fe', 26, 2], ['Fe', 26, 3], ['Co', 27, 2], ['Co', 27, 3], ['Ni', 28, 2], ['Cu', 29, 1], ['Cu', 29, 2], ['Zn', 30, 2],
] as const;

/** Lanthanoid ions: symbol, Z, charge. Neutral atoms are [Xe]4fⁿ6s² except La, Ce, Gd, Lu (one 5d electron). */
export const LN_IONS = [
  ['La', 57, 3], ['Ce', 58, 3], ['Ce', 58, 4], ['Pr', 59, 3], ['Nd', 60, 3], ['Pm', 61, 3], ['Sm', 62, 3], ['Sm', 62, 2], ['Eu', 63, 3], ['Eu', 63, 2], ['Gd', 64, 3],
  ['Tb', 65, 3], ['Tb', 65, 4], ['Dy', 66, 3], ['Ho', 67, 3], ['Er', 68, 3], ['Tm', 69, 3], ['Yb', 70, 3], ['Yb', 70, 2], ['Lu', 71, 3],
] as const;

/** Oxidation states of one 3d element whose spin-only moments (high spin) all differ. */
export const MOMENT_STATES = [['Ti', 22, [2, 3, 4]], ['V', 23, [2, 3, 4]], ['Cr', 24, [2, 3]], ['Mn', 25, [2, 3, 4]], ['Fe', 26, [2, 3]], ['Co', 27, [2, 3]], ['Cu', 29, [1, 2]]] as const;

/** Reductants: formula, medium of the oxidant (0 acid, 1 neutral), electrons lost per formula unit, what each part becomes. */
export const REDUCTANTS_DB = [
  ['FeSO_4', 0, 1, 'Fe²⁺ → Fe³⁺'], ['FeC_2O_4', 0, 3, 'Fe²⁺ → Fe³⁺ and C₂O₄²⁻ → 2CO₂'], ['H_2C_2O_4', 0, 2, 'C₂O₄²⁻ → 2CO₂'], ['H_2O_2', 0, 2, 'H₂O₂ → O₂'],
  ['KI', 0, 1, 'I⁻ → ½I₂'], ['H_2S', 0, 2, 'S²⁻ → S'], ['Na_2SO_3', 0, 2, 'SO₃²⁻ → SO₄²⁻'], ['NaNO_2', 0, 2, 'NO₂⁻ → NO₃⁻'],
  ['KI', 1, 6, 'I⁻ → IO₃⁻'], ['Na_2S_2O_3', 1, 8, 'S₂O₃²⁻ → 2SO₄²⁻'], ['MnSO_4', 1, 2, 'Mn²⁺ → MnO₂'],
] as const;

/** Oxidants: formula, Hindi medium, electrons gained per formula unit, allowed medium. */
export const OXIDANTS_DB = [['KMnO_4', 'acidified', 'अम्लीकृत', 5, 0], ['K_2Cr_2O_7', 'acidified', 'अम्लीकृत', 6, 0], ['KMnO_4', 'neutral or faintly alkaline', 'उदासीन या क्षीण क्षारीय', 3, 1]] as const;

/** Ligands: name, charge, whether the name takes bis/tris (a name with locants). */
export const LIG: Record<string, readonly [string, number, boolean]> = {
  NH_3: ['ammine', 0, false], H_2O: ['aqua', 0, false], CO: ['carbonyl', 0, false], Cl: ['chlorido', -1, false], CN: ['cyanido', -1, false], NO_2: ['nitrito-N', -1, false],
  OH: ['hydroxido', -1, false], C_2O_4: ['oxalato', -2, false], en: ['ethane-1,2-diamine', 0, true],
};

export const OLD_NAMES: Record<string, string> = { chlorido: 'chloro', cyanido: 'cyano', hydroxido: 'hydroxo', 'nitrito-N': 'nitro' };

export const METALS: Record<string, readonly [string, string]> = { Co: ['cobalt', 'cobaltate'], Fe: ['iron', 'ferrate'], Pt: ['platinum', 'platinate'], Cu: ['copper', 'cuprate'], Ag: ['silver', 'argentate'], Ni: ['nickel', 'nickelate'], Al: ['aluminium', 'aluminate'], Cr: ['chromium', 'chromate'], Zn: ['zinc', 'zincate'] };

/** Complexes: formula (TeX), metal, ligands in formula order, counter-ion name and its charge (null for a neutral complex). */
export const NAMED_COMPLEXES: readonly (readonly [string, string, readonly (readonly [string, number])[], readonly [string, string, number] | null])[] = [
  ['[Co(NH_3)_6]Cl_3', 'Co', [['NH_3', 6]], ['chloride', 'क्लोराइड', -1]], ['[Co(NH_3)_5Cl]Cl_2', 'Co', [['NH_3', 5], ['Cl', 1]], ['chloride', 'क्लोराइड', -1]],
  ['[Co(NH_3)_4Cl_2]Cl', 'Co', [['NH_3', 4], ['Cl', 2]], ['chloride', 'क्लोराइड', -1]], ['K_4[Fe(CN)_6]', 'Fe', [['CN', 6]], ['potassium', 'पोटैशियम', 1]],
  ['K_3[Fe(CN)_6]', 'Fe', [['CN', 6]], ['potassium', 'पोटैशियम', 1]], ['[Pt(NH_3)_2Cl_2]', 'Pt', [['NH_3', 2], ['Cl', 2]], null],
  ['K_2[PtCl_6]', 'Pt', [['Cl', 6]], ['potassium', 'पोटैशियम', 1]], ['[Cu(NH_3)_4]SO_4', 'Cu', [['NH_3', 4]], ['sulphate', 'सल्फ़ेट', -2]],
  ['Na[Ag(CN)_2]', 'Ag', [['CN', 2]], ['sodium', 'सोडियम', 1]], ['[Ni(CO)_4]', 'Ni', [['CO', 4]], null], ['[Co(en)_3]Cl_3', 'Co', [['en', 3]], ['chloride', 'क्लोराइड', -1]],
  ['K_3[Al(C_2O_4)_3]', 'Al', [['C_2O_4', 3]], ['potassium', 'पोटैशियम', 1]], ['[Cr(H_2O)_6]Cl_3', 'Cr', [['H_2O', 6]], ['chloride', 'क्लोराइड', -1]],
  ['[Co(NH_3)_5(NO_2)]Cl_2', 'Co', [['NH_3', 5], ['NO_2', 1]], ['chloride', 'क्लोराइड', -1]], ['K_2[Zn(OH)_4]', 'Zn', [['OH', 4]], ['potassium', 'पोटैशियम', 1]],
  ['[Co(en)_2Cl_2]Cl', 'Co', [['en', 2], ['Cl', 2]], ['chloride', 'क्लोराइड', -1]], ['Na_2[Ni(CN)_4]', 'Ni', [['CN', 4]], ['sodium', 'सोडियम', 1]],
  ['[Cr(NH_3)_3(H_2O)_3]Cl_3', 'Cr', [['NH_3', 3], ['H_2O', 3]], ['chloride', 'क्लोराइड', -1]],
];

/** Werner complexes MClₓ·yNH₃ (CN 6): metal, oxidation state, molar mass of the bare chloride, NH₃ counts. */
export const WERNER = [['Co', 3, 165.4, [6, 5, 4]], ['Cr', 3, 158.5, [6, 5, 4]], ['Pt', 4, 337.1, [6, 5, 4, 3]]] as const;

/** Pairs of isomers: formulae (TeX) and the type of isomerism. */
export const ISOMER_TYPES = [['ionisation', 'आयनन'], ['linkage', 'बंधनी'], ['coordination', 'उपसहसंयोजन'], ['hydrate (solvate)', 'हाइड्रेट (विलायकयोजन)'], ['geometrical', 'ज्यामितीय'], ['optical', 'प्रकाशिक']] as const;

export const ISOMER_PAIRS = [
  ['[Co(NH_3)_5Br]SO_4', '[Co(NH_3)_5(SO_4)]Br', 0], ['[Pt(NH_3)_4Cl_2]Br_2', '[Pt(NH_3)_4Br_2]Cl_2', 0], ['[Co(NH_3)_5(NO_2)]Cl_2', '[Co(NH_3)_5(ONO)]Cl_2', 1],
  ['[Mn(CO)_5(SCN)]', '[Mn(CO)_5(NCS)]', 1], ['[Co(NH_3)_6][Cr(CN)_6]', '[Cr(NH_3)_6][Co(CN)_6]', 2], ['[Cu(NH_3)_4][PtCl_4]', '[Pt(NH_3)_4][CuCl_4]', 2],
  ['[Cr(H_2O)_6]Cl_3', '[Cr(H_2O)_5Cl]Cl_2\\cdot H_2O', 3], ['[Cr(H_2O)_5Cl]Cl_2\\cdot H_2O', '[Cr(H_2O)_4Cl_2]Cl\\cdot 2H_2O', 3],
  ['cis\\text{-}[Pt(NH_3)_2Cl_2]', 'trans\\text{-}[Pt(NH_3)_2Cl_2]', 4], ['fac\\text{-}[Co(NH_3)_3(NO_2)_3]', 'mer\\text{-}[Co(NH_3)_3(NO_2)_3]', 4],
  ['\\Delta\\text{-}[Co(en)_3]^{3+}', '\\Lambda\\text{-}[Co(en)_3]^{3+}', 5], ['\\Delta\\text{-}cis\\text{-}[Co(en)_2Cl_2]^+', '\\Lambda\\text{-}cis\\text{-}[Co(en)_2Cl_2]^+', 5],
] as const;

/**
 * Complex types for isomer statements: formula (TeX), geometry (0 octahedral, 1 square planar,
 * 2 tetrahedral), geometrical isomers, stereoisomers (optical counted).
 */
export const CHELATE_TYPES = [
  ['M(AA)_3', 0, 1, 2], ['M(AA)_2a_2', 0, 2, 3], ['M(AA)_2ab', 0, 2, 3], ['M(AA)a_4', 0, 1, 1], ['M(AA)a_2b_2', 0, 3, 4], ['Ma_4b_2', 0, 2, 2], ['Ma_3b_3', 0, 2, 2],
  ['Ma_2b_2c_2', 0, 5, 6], ['Ma_2b_2', 1, 2, 2], ['Mabcd', 1, 3, 3], ['Mabcd', 2, 1, 2], ['Ma_2b_2', 2, 1, 1],
] as const;

export const GEOM = [['octahedral', 'अष्टफलकीय'], ['square planar', 'वर्ग समतलीय'], ['tetrahedral', 'चतुष्फलकीय']] as const;
