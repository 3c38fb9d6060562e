/** Reviewed chemical data shared by the chemistry generators. Masses in g/mol. */
export const ATOMIC_MASS: Readonly<Record<string, number>> = {
  H: 1, He: 4, C: 12, N: 14, O: 16, F: 19, Na: 23, Mg: 24, Al: 27, Si: 28, P: 31, S: 32, Cl: 35.5, K: 39, Ca: 40, Cr: 52, Mn: 55, Fe: 56, Cu: 63.5, Zn: 65, Br: 80, Ag: 108, I: 127,
};

/** Compounds for mole and stoichiometry questions: formula (plain text) and molar mass. */
export const COMPOUNDS = [
  ['H2O', 18], ['CO2', 44], ['NH3', 17], ['CH4', 16], ['NaCl', 58.5], ['CaCO3', 100], ['H2SO4', 98], ['NaOH', 40],
  ['C6H12O6', 180], ['HCl', 36.5], ['O2', 32], ['N2', 28], ['C2H6', 30], ['KClO3', 122.5], ['MgO', 40], ['Al2O3', 102],
] as const;

/** Element symbols by atomic number 1–36. */
export const SYMBOLS = ['', 'H', 'He', 'Li', 'Be', 'B', 'C', 'N', 'O', 'F', 'Ne', 'Na', 'Mg', 'Al', 'Si', 'P', 'S', 'Cl', 'Ar', 'K', 'Ca', 'Sc', 'Ti', 'V', 'Cr', 'Mn', 'Fe', 'Co', 'Ni', 'Cu', 'Zn', 'Ga', 'Ge', 'As', 'Se', 'Br', 'Kr'] as const;

/** Aufbau order of subshells as [n, l]. */
const AUFBAU: readonly (readonly [number, number])[] = [[1, 0], [2, 0], [2, 1], [3, 0], [3, 1], [4, 0], [3, 2], [4, 1], [5, 0], [4, 2], [5, 1], [6, 0]];

/** Ground-state occupancy per subshell by the Aufbau principle, with the Cr and Cu exceptions. */
export function configuration(z: number): Map<string, number> {
  const occ = new Map<string, number>();
  let left = z;
  for (const [n, l] of AUFBAU) {
    if (left <= 0) break;
    const take = Math.min(left, 2 * (2 * l + 1));
    occ.set(`${n}${'spdf'[l]}`, take);
    left -= take;
  }
  if (z === 24 || z === 29) {
    occ.set('4s', 1);
    occ.set('3d', (occ.get('3d') ?? 0) + 1);
  }
  return occ;
}

/** Unpaired electrons by Hund's rule summed over subshells. */
export function unpairedElectrons(z: number): number {
  let total = 0;
  for (const [name, e] of configuration(z)) {
    const orbitals = 2 * 'spdf'.indexOf(name[1] as string) + 1;
    total += e <= orbitals ? e : 2 * orbitals - e;
  }
  return total;
}

/**
 * Main-group species for VSEPR, hybridisation and oxidation-state questions: central atom and
 * its group, valence electrons V, monovalent neighbours M, divalent (O, S) neighbours D, charge.
 */
export interface Species {
  formula: string;
  central: string;
  group: number;
  V: number;
  M: number;
  D: number;
  charge: number;
}
export const SPECIES: readonly Species[] = [
  { formula: 'BF_3', central: 'B', group: 13, V: 3, M: 3, D: 0, charge: 0 },
  { formula: 'BF_4^-', central: 'B', group: 13, V: 3, M: 4, D: 0, charge: -1 },
  { formula: 'AlCl_3', central: 'Al', group: 13, V: 3, M: 3, D: 0, charge: 0 },
  { formula: 'BH_4^-', central: 'B', group: 13, V: 3, M: 4, D: 0, charge: -1 },
  { formula: 'CH_4', central: 'C', group: 14, V: 4, M: 4, D: 0, charge: 0 },
  { formula: 'CO_2', central: 'C', group: 14, V: 4, M: 0, D: 2, charge: 0 },
  { formula: 'SiF_6^{2-}', central: 'Si', group: 14, V: 4, M: 6, D: 0, charge: -2 },
  { formula: 'SnCl_2', central: 'Sn', group: 14, V: 4, M: 2, D: 0, charge: 0 },
  { formula: 'NH_3', central: 'N', group: 15, V: 5, M: 3, D: 0, charge: 0 },
  { formula: 'NH_4^+', central: 'N', group: 15, V: 5, M: 4, D: 0, charge: 1 },
  { formula: 'PCl_5', central: 'P', group: 15, V: 5, M: 5, D: 0, charge: 0 },
  { formula: 'PCl_3', central: 'P', group: 15, V: 5, M: 3, D: 0, charge: 0 },
  { formula: 'NO_3^-', central: 'N', group: 15, V: 5, M: 0, D: 3, charge: -1 },
  { formula: 'NO_2^+', central: 'N', group: 15, V: 5, M: 0, D: 2, charge: 1 },
  { formula: 'H_2O', central: 'O', group: 16, V: 6, M: 2, D: 0, charge: 0 },
  { formula: 'SO_2', central: 'S', group: 16, V: 6, M: 0, D: 2, charge: 0 },
  { formula: 'SO_3', central: 'S', group: 16, V: 6, M: 0, D: 3, charge: 0 },
  { formula: 'SO_4^{2-}', central: 'S', group: 16, V: 6, M: 0, D: 4, charge: -2 },
  { formula: 'SF_4', central: 'S', group: 16, V: 6, M: 4, D: 0, charge: 0 },
  { formula: 'SF_6', central: 'S', group: 16, V: 6, M: 6, D: 0, charge: 0 },
  { formula: 'H_3O^+', central: 'O', group: 16, V: 6, M: 3, D: 0, charge: 1 },
  { formula: 'ClF_3', central: 'Cl', group: 17, V: 7, M: 3, D: 0, charge: 0 },
  { formula: 'BrF_5', central: 'Br', group: 17, V: 7, M: 5, D: 0, charge: 0 },
  { formula: 'IF_7', central: 'I', group: 17, V: 7, M: 7, D: 0, charge: 0 },
  { formula: 'ClO_3^-', central: 'Cl', group: 17, V: 7, M: 0, D: 3, charge: -1 },
  { formula: 'ClO_4^-', central: 'Cl', group: 17, V: 7, M: 0, D: 4, charge: -1 },
  { formula: 'ICl_4^-', central: 'I', group: 17, V: 7, M: 4, D: 0, charge: -1 },
  { formula: 'XeF_2', central: 'Xe', group: 18, V: 8, M: 2, D: 0, charge: 0 },
  { formula: 'XeF_4', central: 'Xe', group: 18, V: 8, M: 4, D: 0, charge: 0 },
  { formula: 'XeF_6', central: 'Xe', group: 18, V: 8, M: 6, D: 0, charge: 0 },
  { formula: 'XeO_3', central: 'Xe', group: 18, V: 8, M: 0, D: 3, charge: 0 },
  { formula: 'XeOF_4', central: 'Xe', group: 18, V: 8, M: 4, D: 1, charge: 0 },
  { formula: 'XeO_4', central: 'Xe', group: 18, V: 8, M: 0, D: 4, charge: 0 },
];

/** Steric number ½(V + M − charge) (the charge enters with its sign: anions add electrons). */
export function stericNumber(s: Species): number {
  return (s.V + s.M - s.charge) / 2;
}
export const HYBRIDS = ['', '', 'sp', 'sp^2', 'sp^3', 'sp^3d', 'sp^3d^2', 'sp^3d^3'] as const;
/** Oxidation state of the central atom: monovalent neighbours −1 (H as +1 when bonded to N, O, C, B, Si), O −2. */
export function oxidationState(s: Species): number {
  const hydride = s.formula.startsWith('NH') || s.formula.startsWith('H_') || s.formula.startsWith('CH') || s.formula.startsWith('BH');
  const mono = hydride ? (s.central === 'B' ? -1 : 1) * s.M : -s.M;
  return s.charge - mono + 2 * s.D;
}

/**
 * Distractors for an answer in percent: named mistakes kept to values a percentage can take (0–100],
 * then the complement (100 − value) and the framework's own scaling slips (½, 0.8, ¼, 1.2) that stay
 * in range, so it never falls back to ×2 or ×10 and shows 160 %. An integer answer is shown among
 * integers, so the mistakes are rounded too.
 */
export function percentMistakes(value: number, mistakes: readonly number[]): number[] {
  const keep = [...mistakes, 100 - value, value / 2, value * 0.8, value / 4, value * 1.2].filter((x) => x > 0 && x <= 100);
  return Number.isInteger(value) ? keep.map((x) => Math.round(x)) : keep;
}
