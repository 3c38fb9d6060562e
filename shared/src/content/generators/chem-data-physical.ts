/**
 * Measured data for the physical-chemistry depth generators (handbook values, rounded as
 * textbooks print them).
 */

/** Two-isotope elements: symbol, lighter and heavier isotope masses (u), standard atomic mass (u). */
export const ISOTOPES = [
  ['Li', 6.015, 7.016, 6.941], ['B', 10.013, 11.009, 10.811], ['Cl', 34.969, 36.966, 35.453], ['Cu', 62.93, 64.928, 63.546],
  ['Ga', 68.926, 70.925, 69.723], ['Br', 78.918, 80.916, 79.904], ['Rb', 84.912, 86.909, 85.468], ['Ag', 106.905, 108.905, 107.868],
  ['Sb', 120.904, 122.904, 121.76], ['Eu', 150.92, 152.921, 151.964], ['Ir', 190.961, 192.963, 192.217], ['Tl', 202.972, 204.974, 204.383],
] as const;

/** Liquids at 20–25 °C: name, Hindi name, formula, molar mass (g/mol), density (g/mL). */
export const LIQUIDS = [
  ['water', 'जल', 'H_2O', 18, 1.0], ['ethanol', 'एथेनॉल', 'C_2H_5OH', 46, 0.789], ['benzene', 'बेन्ज़ीन', 'C_6H_6', 78, 0.877],
  ['carbon tetrachloride', 'कार्बन टेट्राक्लोराइड', 'CCl_4', 154, 1.594], ['methanol', 'मेथेनॉल', 'CH_3OH', 32, 0.792],
  ['acetone', 'ऐसीटोन', '(CH_3)_2CO', 58, 0.784], ['chloroform', 'क्लोरोफ़ॉर्म', 'CHCl_3', 119.5, 1.489],
  ['acetic acid', 'ऐसीटिक अम्ल', 'CH_3COOH', 60, 1.049], ['glycerol', 'ग्लिसरॉल', 'C_3H_8O_3', 92, 1.261],
] as const;

/** C, H, O compounds: name, Hindi name, C, H, O atoms per molecule. */
export const CHO_COMPOUNDS = [
  ['glucose', 'ग्लूकोस', 6, 12, 6], ['acetic acid', 'ऐसीटिक अम्ल', 2, 4, 2], ['benzene', 'बेन्ज़ीन', 6, 6, 0], ['ethylene glycol', 'एथिलीन ग्लाइकॉल', 2, 6, 2],
  ['lactic acid', 'लैक्टिक अम्ल', 3, 6, 3], ['butanoic acid', 'ब्यूटेनॉइक अम्ल', 4, 8, 2], ['naphthalene', 'नैफ़्थलीन', 10, 8, 0], ['styrene', 'स्टाइरीन', 8, 8, 0],
  ['oxalic acid', 'ऑक्सैलिक अम्ल', 2, 2, 4], ['succinic acid', 'सक्सिनिक अम्ल', 4, 6, 4], ['vanillin', 'वैनिलिन', 8, 8, 3], ['ascorbic acid', 'ऐस्कॉर्बिक अम्ल', 6, 8, 6],
  ['citric acid', 'सिट्रिक अम्ल', 6, 8, 7], ['adipic acid', 'ऐडिपिक अम्ल', 6, 10, 4], ['phenol', 'फ़ीनॉल', 6, 6, 1], ['cyclohexane', 'साइक्लोहेक्सेन', 6, 12, 0],
] as const;

/** Hydrates: anhydrous salt (TeX), its molar mass (g/mol), waters of crystallisation. */
export const HYDRATES = [
  ['CuSO_4', 159.5, 5], ['MgSO_4', 120, 7], ['Na_2CO_3', 106, 10], ['BaCl_2', 208, 2], ['CaSO_4', 136, 2], ['FeSO_4', 152, 7],
  ['ZnSO_4', 161, 7], ['Na_2SO_4', 142, 10], ['CoCl_2', 130, 6], ['Na_2B_4O_7', 202, 10], ['MgCl_2', 95, 6],
] as const;

/**
 * Oxygen sources on heating: formula, molar mass, O₂ per formula unit, equation. Oxides formed by
 * burning in that O₂: formula, molar mass, oxide formula units per O₂, equation.
 */
export const O2_SOURCES = [
  ['KClO_3', 122.5, 1.5, '2KClO_3 \\to 2KCl + 3O_2'], ['KMnO_4', 158, 0.5, '2KMnO_4 \\to K_2MnO_4 + MnO_2 + O_2'],
  ['HgO', 216.6, 0.5, '2HgO \\to 2Hg + O_2'], ['NaNO_3', 85, 0.5, '2NaNO_3 \\to 2NaNO_2 + O_2'],
] as const;
export const OXIDES = [
  ['MgO', 40, 2, '2Mg + O_2 \\to 2MgO'], ['CO_2', 44, 1, 'C + O_2 \\to CO_2'], ['Al_2O_3', 102, 2 / 3, '4Al + 3O_2 \\to 2Al_2O_3'], ['P_4O_{10}', 284, 0.2, 'P_4 + 5O_2 \\to P_4O_{10}'],
] as const;

/** Solutions of known molarity with their measured density: solute (TeX), molar mass, molarity (M), density (g/mL). */
export const DENSE_SOLUTIONS = [
  ['NaCl', 58.5, 1, 1.04], ['NaCl', 58.5, 2, 1.08], ['NaOH', 40, 3, 1.12], ['NaOH', 40, 4, 1.16], ['H_2SO_4', 98, 1, 1.06], ['H_2SO_4', 98, 2, 1.12],
  ['HCl', 36.5, 1, 1.016], ['HCl', 36.5, 6, 1.1], ['HNO_3', 63, 2, 1.065], ['KOH', 56, 2, 1.09], ['KOH', 56, 4, 1.18], ['C_6H_{12}O_6', 180, 1, 1.07],
  ['CO(NH_2)_2', 60, 3, 1.04],
] as const;

/** Metals burnt to one oxide: symbol, molar mass (g/mol), valency in the oxide, oxide formula. */
export const OXIDE_METALS = [
  ['Mg', 24.3, 2, 'MgO'], ['Al', 27, 3, 'Al_2O_3'], ['Zn', 65.4, 2, 'ZnO'], ['Cu', 63.5, 2, 'CuO'], ['Ca', 40.1, 2, 'CaO'], ['Fe', 55.8, 3, 'Fe_2O_3'], ['Sn', 118.7, 4, 'SnO_2'],
] as const;

/** Gases: formula, molar mass (g/mol). */
export const GASES = [
  ['N_2', 28], ['O_2', 32], ['CO_2', 44], ['CH_4', 16], ['NH_3', 17], ['SO_2', 64], ['Cl_2', 71], ['He', 4], ['Ar', 40], ['C_3H_8', 44], ['C_4H_{10}', 58],
] as const;

/** Aqueous tension of water (mm Hg) at °C. */
export const AQUEOUS_TENSION = [[15, 12.8], [20, 17.5], [25, 23.8], [27, 26.7], [30, 31.8], [35, 42.2]] as const;

/** van der Waals constants: gas, a (L² bar mol⁻²), b (L mol⁻¹), normal boiling (or sublimation) point (K). */
export const VDW = [
  ['He', 0.0346, 0.0238, 4], ['H_2', 0.2476, 0.02661, 20], ['N_2', 1.37, 0.0387, 77], ['O_2', 1.382, 0.0319, 90], ['CO_2', 3.64, 0.04267, 195], ['NH_3', 4.225, 0.0371, 240],
  ['CH_4', 2.283, 0.04278, 112], ['Cl_2', 6.579, 0.05622, 239], ['Ar', 1.355, 0.032, 87], ['H_2O', 5.536, 0.03049, 373], ['SO_2', 6.803, 0.05636, 263], ['C_2H_6', 5.562, 0.0638, 184],
] as const;

/** Particles for de Broglie / uncertainty: name, Hindi name, mass (kg), charge (in e). */
export const PARTICLES = [['an electron', 'एक इलेक्ट्रॉन', 9.109e-31, 1], ['a proton', 'एक प्रोटॉन', 1.673e-27, 1], ['an α-particle', 'एक α-कण', 6.645e-27, 2]] as const;

/** Hydrogen-like species, index = Z − 1. */
export const H_LIKE = ['H', 'He^+', 'Li^{2+}', 'Be^{3+}'] as const;

/** Spectral series: name, Hindi name, lower level. */
export const SERIES = [['Lyman', 'लाइमन', 1], ['Balmer', 'बामर', 2], ['Paschen', 'पाशन', 3], ['Brackett', 'ब्रैकेट', 4]] as const;

/** Emission transitions (upper, lower) whose photon (Z ≥ 1) can eject electrons from caesium at least. */
export const TRANSITIONS = [[2, 1], [3, 1], [4, 1], [4, 2], [5, 2], [6, 2]] as const;
/** Photoelectric work functions (eV). */
export const WORK_FUNCTIONS = [['Cs', 2.14], ['K', 2.3], ['Na', 2.36], ['Ca', 2.87], ['Li', 2.93], ['Mg', 3.66], ['Ag', 4.26], ['Zn', 4.33], ['Cu', 4.65], ['Pt', 5.65]] as const;

/** First-row transition species for spin-only moments: TeX, Z, charge (0 = neutral atom). */
export const D_SPECIES = [
  ['Ti^{3+}', 22, 3], ['Ti^{2+}', 22, 2], ['V^{3+}', 23, 3], ['V^{2+}', 23, 2], ['V^{4+}', 23, 4], ['Cr^{3+}', 24, 3], ['Cr^{2+}', 24, 2], ['Mn^{2+}', 25, 2],
  ['Mn^{3+}', 25, 3], ['Mn^{4+}', 25, 4], ['Fe^{2+}', 26, 2], ['Fe^{3+}', 26, 3], ['Co^{2+}', 27, 2], ['Co^{3+}', 27, 3], ['Ni^{2+}', 28, 2], ['Cu^{2+}', 29, 2],
  ['Sc', 21, 0], ['Ti', 22, 0], ['V', 23, 0], ['Cr', 24, 0], ['Mn', 25, 0], ['Fe', 26, 0], ['Co', 27, 0], ['Ni', 28, 0], ['Cu', 29, 0],
] as const;

/** Atoms, ions and molecules with their electron counts (for isoelectronic series and near misses). */
export const ELECTRON_SPECIES = [
  ['He', 2], ['Li^+', 2], ['Be^{2+}', 2], ['H^-', 2],
  ['Ne', 10], ['Na^+', 10], ['Mg^{2+}', 10], ['Al^{3+}', 10], ['F^-', 10], ['O^{2-}', 10], ['N^{3-}', 10], ['H_2O', 10], ['NH_3', 10], ['CH_4', 10], ['HF', 10], ['NH_4^+', 10], ['H_3O^+', 10],
  ['N_2', 14], ['CO', 14], ['CN^-', 14], ['NO^+', 14], ['C_2^{2-}', 14],
  ['Ar', 18], ['K^+', 18], ['Ca^{2+}', 18], ['Cl^-', 18], ['S^{2-}', 18], ['P^{3-}', 18], ['HCl', 18], ['H_2S', 18], ['PH_3', 18], ['SiH_4', 18],
  ['Kr', 36], ['Rb^+', 36], ['Sr^{2+}', 36], ['Br^-', 36], ['Se^{2-}', 36],
  ['Xe', 54], ['Cs^+', 54], ['Ba^{2+}', 54], ['I^-', 54],
  ['Na', 11], ['Mg^+', 11], ['F', 9], ['O^-', 9], ['OH', 9], ['NO', 15], ['O_2^+', 15], ['CO^+', 13], ['K', 19], ['Cl', 17], ['S^-', 17], ['Ca^+', 19], ['Li', 3], ['H', 1], ['Kr^+', 35], ['Br', 35], ['Rb', 37], ['I', 53], ['Cs', 55],
] as const;

/** Metals with their cubic lattice and measured edge (pm). */
export const CUBIC_METALS = [
  ['Po', 'sc', 335], ['Na', 'bcc', 429], ['K', 'bcc', 533], ['Fe', 'bcc', 287], ['Cr', 'bcc', 288], ['W', 'bcc', 316], ['Mo', 'bcc', 315], ['Li', 'bcc', 351],
  ['Cu', 'fcc', 361], ['Ag', 'fcc', 409], ['Au', 'fcc', 408], ['Al', 'fcc', 405], ['Ni', 'fcc', 352], ['Pt', 'fcc', 392], ['Pb', 'fcc', 495], ['Ca', 'fcc', 559],
] as const;

/** AB ionic solids: formula, cation, anion, Shannon radii r₊, r₋ (pm; CN 8 for Cs⁺, Tl⁺), molar mass (g/mol). */
export const AB_SOLIDS = [
  ['NaCl', 'Na^+', 'Cl^-', 102, 181, 58.44], ['KBr', 'K^+', 'Br^-', 138, 196, 119.0], ['LiF', 'Li^+', 'F^-', 76, 133, 25.94], ['MgO', 'Mg^{2+}', 'O^{2-}', 72, 140, 40.3],
  ['CaO', 'Ca^{2+}', 'O^{2-}', 100, 140, 56.08], ['NaBr', 'Na^+', 'Br^-', 102, 196, 102.9], ['AgCl', 'Ag^+', 'Cl^-', 115, 181, 143.3], ['LiCl', 'Li^+', 'Cl^-', 76, 181, 42.39],
  ['CsCl', 'Cs^+', 'Cl^-', 174, 181, 168.4], ['CsBr', 'Cs^+', 'Br^-', 174, 196, 212.8], ['CsI', 'Cs^+', 'I^-', 174, 220, 259.8], ['TlCl', 'Tl^+', 'Cl^-', 159, 181, 239.8],
] as const;

/**
 * Bomb-calorimeter fuels: name, Hindi name, formula, molar mass, standard ΔcH (kJ/mol at 298 K),
 * Δn(gas) of the combustion (water liquid).
 */
export const FUELS = [
  ['benzoic acid', 'बेन्ज़ोइक अम्ल', 'C_6H_5COOH(s)', 122, -3227, -0.5], ['naphthalene', 'नैफ़्थलीन', 'C_{10}H_8(s)', 128, -5157, -2],
  ['glucose', 'ग्लूकोस', 'C_6H_{12}O_6(s)', 180, -2808, 0], ['sucrose', 'सुक्रोस', 'C_{12}H_{22}O_{11}(s)', 342, -5644, 0],
  ['ethanol', 'एथेनॉल', 'C_2H_5OH(l)', 46, -1367, -1], ['benzene', 'बेन्ज़ीन', 'C_6H_6(l)', 78, -3268, -1.5],
  ['methanol', 'मेथेनॉल', 'CH_3OH(l)', 32, -726, -0.5], ['acetic acid', 'ऐसीटिक अम्ल', 'CH_3COOH(l)', 60, -874, 0],
] as const;

/**
 * Born–Haber data (kJ/mol): salt, metal, halogen, ΔfH, ΔsubH(M), IE₁(M), ½ × atomisation of X₂
 * (from its standard state), electron gain enthalpy of X.
 */
export const BORN_HABER = [
  ['NaCl', 'Na', 'Cl', -411, 107, 496, 121, -349], ['KCl', 'K', 'Cl', -437, 89, 419, 121, -349], ['NaF', 'Na', 'F', -574, 107, 496, 79, -328],
  ['KF', 'K', 'F', -568, 89, 419, 79, -328], ['LiF', 'Li', 'F', -616, 159, 520, 79, -328], ['LiCl', 'Li', 'Cl', -409, 159, 520, 121, -349],
  ['NaBr', 'Na', 'Br', -361, 107, 496, 112, -325], ['KBr', 'K', 'Br', -394, 89, 419, 112, -325], ['NaI', 'Na', 'I', -288, 107, 496, 107, -295],
  ['KI', 'K', 'I', -328, 89, 419, 107, -295], ['RbCl', 'Rb', 'Cl', -435, 81, 403, 121, -349], ['CsCl', 'Cs', 'Cl', -443, 76, 376, 121, -349],
] as const;

/**
 * Hess's law sets: target equation, given equations with ΔH (kJ/mol) and the multipliers that
 * combine them into the target (handbook values).
 */
export const HESS_SETS = [
  { target: 'C(s) + \\tfrac12O_2(g) \\to CO(g)', given: [['C(s) + O_2(g) \\to CO_2(g)', -393.5, 1], ['CO(g) + \\tfrac12O_2(g) \\to CO_2(g)', -283.0, -1]] },
  { target: 'S(s) + \\tfrac32O_2(g) \\to SO_3(g)', given: [['S(s) + O_2(g) \\to SO_2(g)', -296.8, 1], ['SO_2(g) + \\tfrac12O_2(g) \\to SO_3(g)', -98.9, 1]] },
  { target: 'C(graphite) \\to C(diamond)', given: [['C(graphite) + O_2(g) \\to CO_2(g)', -393.5, 1], ['C(diamond) + O_2(g) \\to CO_2(g)', -395.4, -1]] },
  { target: 'N_2(g) + 2O_2(g) \\to 2NO_2(g)', given: [['N_2(g) + O_2(g) \\to 2NO(g)', 180.5, 1], ['2NO(g) + O_2(g) \\to 2NO_2(g)', -114.1, 1]] },
  { target: 'H_2O(l) \\to H_2O(g)', given: [['H_2(g) + \\tfrac12O_2(g) \\to H_2O(l)', -285.8, -1], ['H_2(g) + \\tfrac12O_2(g) \\to H_2O(g)', -241.8, 1]] },
  { target: 'C_2H_4(g) + H_2(g) \\to C_2H_6(g)', given: [['C_2H_4(g) + 3O_2(g) \\to 2CO_2(g) + 2H_2O(l)', -1411, 1], ['H_2(g) + \\tfrac12O_2(g) \\to H_2O(l)', -285.8, 1], ['C_2H_6(g) + \\tfrac72O_2(g) \\to 2CO_2(g) + 3H_2O(l)', -1560, -1]] },
  { target: '2Fe(s) + \\tfrac32O_2(g) \\to Fe_2O_3(s)', given: [['2Al(s) + \\tfrac32O_2(g) \\to Al_2O_3(s)', -1676, 1], ['2Al(s) + Fe_2O_3(s) \\to Al_2O_3(s) + 2Fe(s)', -852, -1]] },
  { target: 'CH_4(g) + 2O_2(g) \\to CO_2(g) + 2H_2O(l)', given: [['C(s) + 2H_2(g) \\to CH_4(g)', -74.8, -1], ['C(s) + O_2(g) \\to CO_2(g)', -393.5, 1], ['H_2(g) + \\tfrac12O_2(g) \\to H_2O(l)', -285.8, 2]] },
] as const;

/**
 * Hydrides for mean bond enthalpies: formula, central atom, bonds per molecule, ΔfH of the gas
 * (kJ/mol), atomisation enthalpy of the central element from its standard state (kJ/mol).
 */
export const HYDRIDES = [
  ['CH_4', 'C', 4, -74.8, 716.7], ['NH_3', 'N', 3, -46.1, 472.7], ['H_2O', 'O', 2, -241.8, 249.2], ['SiH_4', 'Si', 4, 34.3, 450],
  ['PH_3', 'P', 3, 5.4, 316.5], ['H_2S', 'S', 2, -20.6, 277.2], ['HCl', 'Cl', 1, -92.3, 121.7], ['HF', 'F', 1, -273.3, 79.4],
] as const;

/**
 * Reactions with standard molar entropies (J K⁻¹ mol⁻¹) and ΔrH° (kJ/mol): equation, species as
 * [coefficient (negative = reactant), S°].
 */
export const ENTROPY_REACTIONS = [
  ['N_2(g) + 3H_2(g) \\to 2NH_3(g)', [[-1, 191.6], [-3, 130.7], [2, 192.5]], -92.2],
  ['CaCO_3(s) \\to CaO(s) + CO_2(g)', [[-1, 92.9], [1, 38.1], [1, 213.8]], 178.3],
  ['2H_2(g) + O_2(g) \\to 2H_2O(l)', [[-2, 130.7], [-1, 205.2], [2, 69.9]], -571.6],
  ['H_2(g) + Cl_2(g) \\to 2HCl(g)', [[-1, 130.7], [-1, 223.1], [2, 186.9]], -184.6],
  ['2SO_2(g) + O_2(g) \\to 2SO_3(g)', [[-2, 248.2], [-1, 205.2], [2, 256.8]], -197.8],
  ['N_2O_4(g) \\to 2NO_2(g)', [[-1, 304.3], [2, 240.1]], 57.2],
  ['CH_4(g) + 2O_2(g) \\to CO_2(g) + 2H_2O(l)', [[-1, 186.3], [-2, 205.2], [1, 213.8], [2, 69.9]], -890.3],
  ['2NO(g) + O_2(g) \\to 2NO_2(g)', [[-2, 210.8], [-1, 205.2], [2, 240.1]], -114.1],
  ['PCl_5(g) \\to PCl_3(g) + Cl_2(g)', [[-1, 364.6], [1, 311.8], [1, 223.1]], 87.9],
] as const;

/** Henry's law constants K_H (kbar) in water at 298 K. */
export const HENRY_GASES = [['He', 144.97], ['H_2', 69.16], ['N_2', 76.48], ['O_2', 34.86], ['Ar', 40.3], ['CO_2', 1.67]] as const;

/** Freezing-point solvents: name, Hindi, freezing point (K), ΔfusH (kJ/mol), molar mass (g/mol). */
export const FREEZING_SOLVENTS = [
  ['water', 'जल', 273.15, 6.01, 18], ['benzene', 'बेन्ज़ीन', 278.7, 9.87, 78], ['cyclohexane', 'साइक्लोहेक्सेन', 279.7, 2.68, 84],
  ['camphor', 'कपूर', 452, 6.84, 152], ['acetic acid', 'ऐसीटिक अम्ल', 289.8, 11.7, 60], ['naphthalene', 'नैफ़्थलीन', 353.4, 19.1, 128],
] as const;

/** Salts and the ions one formula unit gives: TeX, ions. */
export const SALT_IONS = [['NaCl', 2], ['KCl', 2], ['KNO_3', 2], ['MgCl_2', 3], ['K_2SO_4', 3], ['CaCl_2', 3], ['AlCl_3', 4], ['K_3[Fe(CN)_6]', 4], ['K_4[Fe(CN)_6]', 5]] as const;
/** Non-electrolytes: TeX. */
export const NON_ELECTROLYTES = ['urea', 'glucose', 'sucrose'] as const;
