import { formula, range } from './formula.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;

/** Compounds for counting atoms: formula (TeX), molar mass (g/mol, 1 decimal atomic masses), atoms per formula unit. */
export const MOLE_COMPOUNDS = [
  ['H_2O', 18, 3], ['CO_2', 44, 3], ['NH_3', 17, 4], ['CH_4', 16, 5], ['C_2H_6', 30, 8], ['H_2SO_4', 98, 7],
  ['C_6H_{12}O_6', 180, 24], ['CaCO_3', 100, 5], ['NaOH', 40, 3], ['HNO_3', 63, 5], ['C_2H_5OH', 46, 9], ['SO_2', 64, 3],
] as const;
const comp = (i: number) => MOLE_COMPOUNDS[i] as readonly [string, number, number];
const NA = 6.022;
const atoms = (v: { i: number; m: number }) => (v.m / comp(v.i)[1]) * comp(v.i)[2] * NA;

/**
 * Redox titrant (n-factor) and reductant (formula, molar mass, n-factor). KMnO₄ in acid gains 5 e⁻,
 * K₂Cr₂O₇ 6 e⁻; Fe²⁺ loses 1 e⁻ and C₂O₄²⁻ 2 e⁻.
 */
export const OXIDANTS = [['KMnO_4', 'acidified', 'अम्लीकृत', 5], ['K_2Cr_2O_7', 'acidified', 'अम्लीकृत', 6]] as const;
export const REDUCTANTS = [
  ['FeSO_4\\cdot 7H_2O', 278, 1], ['FeSO_4(NH_4)_2SO_4\\cdot 6H_2O', 392, 1], ['H_2C_2O_4\\cdot 2H_2O', 126, 2], ['Na_2C_2O_4', 134, 2],
] as const;
const ox = (i: number) => OXIDANTS[i] as readonly [string, string, string, number];
const red = (i: number) => REDUCTANTS[i] as readonly [string, number, number];
/** mL of oxidant: equivalents of reductant = equivalents of oxidant (N = M × n-factor). */
const titreMl = (v: { o: number; r: number; m: number; c: number }) => ((v.m / red(v.r)[1]) * red(v.r)[2] * 1000) / (v.c * ox(v.o)[3]);

/**
 * Gas-phase reactions for bond enthalpies: equation, bonds broken and formed as [bond, count]
 * (net change only: bonds that survive unchanged cancel).
 */
export const BOND_REACTIONS = [
  ['C_2H_4 + H_2 \\to C_2H_6', [['C=C', 1], ['H-H', 1]], [['C-C', 1], ['C-H', 2]]],
  ['C_2H_2 + 2H_2 \\to C_2H_6', [['C≡C', 1], ['H-H', 2]], [['C-C', 1], ['C-H', 4]]],
  ['CH_4 + Cl_2 \\to CH_3Cl + HCl', [['C-H', 1], ['Cl-Cl', 1]], [['C-Cl', 1], ['H-Cl', 1]]],
  ['H_2 + Cl_2 \\to 2HCl', [['H-H', 1], ['Cl-Cl', 1]], [['H-Cl', 2]]],
  ['N_2 + 3H_2 \\to 2NH_3', [['N≡N', 1], ['H-H', 3]], [['N-H', 6]]],
  ['C_2H_4 + Cl_2 \\to C_2H_4Cl_2', [['C=C', 1], ['Cl-Cl', 1]], [['C-C', 1], ['C-Cl', 2]]],
  ['C_2H_4 + HCl \\to C_2H_5Cl', [['C=C', 1], ['H-Cl', 1]], [['C-C', 1], ['C-H', 1], ['C-Cl', 1]]],
] as const;
type Bond = 'C-H' | 'C-C' | 'C=C' | 'C≡C' | 'H-H' | 'Cl-Cl' | 'C-Cl' | 'H-Cl' | 'N≡N' | 'N-H';
/** Sets of tabulated mean bond enthalpies (kJ/mol), as different textbooks print them. */
export const BOND_TABLES: readonly Record<Bond, number>[] = [
  { 'C-H': 414, 'C-C': 347, 'C=C': 614, 'C≡C': 839, 'H-H': 436, 'Cl-Cl': 243, 'C-Cl': 339, 'H-Cl': 431, 'N≡N': 941, 'N-H': 391 },
  { 'C-H': 412, 'C-C': 348, 'C=C': 612, 'C≡C': 837, 'H-H': 436, 'Cl-Cl': 242, 'C-Cl': 338, 'H-Cl': 432, 'N≡N': 945, 'N-H': 388 },
  { 'C-H': 415, 'C-C': 345, 'C=C': 610, 'C≡C': 835, 'H-H': 435, 'Cl-Cl': 244, 'C-Cl': 330, 'H-Cl': 430, 'N≡N': 946, 'N-H': 390 },
  { 'C-H': 413, 'C-C': 346, 'C=C': 602, 'C≡C': 835, 'H-H': 436, 'Cl-Cl': 242, 'C-Cl': 327, 'H-Cl': 431, 'N≡N': 945, 'N-H': 391 },
  { 'C-H': 416, 'C-C': 356, 'C=C': 598, 'C≡C': 813, 'H-H': 436, 'Cl-Cl': 242, 'C-Cl': 338, 'H-Cl': 432, 'N≡N': 944, 'N-H': 388 },
];
const rx = (i: number) => BOND_REACTIONS[i]!;
const sumBonds = (list: readonly (readonly [string, number])[], t: number) => list.reduce((s, [b, n]) => s + n * BOND_TABLES[t]![b as Bond], 0);
const bondDH = (v: { i: number; t: number }) => sumBonds(rx(v.i)[1], v.t) - sumBonds(rx(v.i)[2], v.t);
const once = (list: readonly (readonly [string, number])[]) => list.map(([b]) => [b, 1] as const);
const noCoeff = (v: { i: number; t: number }) => sumBonds(once(rx(v.i)[1]), v.t) - sumBonds(once(rx(v.i)[2]), v.t);
const usedBonds = (i: number) => [...new Set([...rx(i)[1], ...rx(i)[2]].map(([b]) => b))];
const bondList = (v: { i: number; t: number }) => usedBonds(v.i).map((b) => `${b} ${BOND_TABLES[v.t]![b]}`).join(', ');

/** Gas-phase diatomics: formula, dipole moment (D), bond length (pm), measured values. */
export const DIPOLES = [
  ['HF', 1.83, 91.7], ['HCl', 1.08, 127.4], ['HBr', 0.82, 141.4], ['HI', 0.44, 160.9], ['LiH', 5.88, 159.5], ['NaCl', 9.0, 236.1], ['KF', 8.6, 217.2],
  ['CO', 0.11, 112.8], ['LiF', 6.33, 156.4], ['NaF', 8.16, 192.6], ['KCl', 10.27, 266.7], ['LiCl', 7.13, 202.1], ['CsF', 7.88, 234.5], ['ClF', 0.89, 162.8],
] as const;
const dip = (i: number) => DIPOLES[i] as readonly [string, number, number];
/** e × 1 pm in debye with the constants the stem gives (1.602e-19 C, 1 D = 3.336e-30 C m). */
const E_PM_DEBYE = (1.602e-19 * 1e-12) / 3.336e-30;
/** The bond length as the stem prints it: pm, or Å (u = 1). */
const bondLen = (v: { i: number; u: number }) => (v.u === 0 ? `${dip(v.i)[2]} pm` : `${Number((dip(v.i)[2] / 100).toFixed(4))} Å`);
const ionic = (i: number) => (100 * dip(i)[1]) / (E_PM_DEBYE * dip(i)[2]);

/**
 * Ground-state configurations written as [n, l, electrons] subshells (Cr and Cu keep the
 * half-filled / filled 3d exceptions): symbol, Z, Hindi-neutral.
 */
export const CONFIG_ATOMS = [
  ['N', 7], ['O', 8], ['Na', 11], ['P', 15], ['S', 16], ['Cl', 17], ['K', 19], ['Ca', 20], ['Sc', 21], ['Cr', 24],
  ['Mn', 25], ['Fe', 26], ['Cu', 29], ['Zn', 30], ['Ga', 31], ['Br', 35], ['Kr', 36], ['Rb', 37], ['Sr', 38],
] as const;
const SUBSHELLS: readonly (readonly [number, number, number])[] = [[1, 0, 2], [2, 0, 2], [2, 1, 6], [3, 0, 2], [3, 1, 6], [4, 0, 2], [3, 2, 10], [4, 1, 6], [5, 0, 2]];
/** Subshell occupation of atom Z from the stored filling order with its exceptions. */
export function configOf(Z: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let left = Z;
  for (const [n, l, cap] of SUBSHELLS) {
    if (left <= 0) break;
    const e = Math.min(cap, left);
    out.push([n, l, e]);
    left -= e;
  }
  // Cr 3d⁵4s¹ and Cu 3d¹⁰4s¹: one 4s electron moves to 3d.
  if (Z === 24 || Z === 29) {
    out.find(([n, l]) => n === 4 && l === 0)![2] -= 1;
    out.find(([n, l]) => n === 3 && l === 2)![2] += 1;
  }
  return out;
}
const L_NAME = ['s', 'p', 'd'] as const;
const atomCfg = (a: number) => configOf(CONFIG_ATOMS[a]![1]);
/** Electrons with the asked property: w = 0 → l = k; w = 1 → n + l = k; w = 2 → m_s = +½ with l = k (Hund). */
function countElectrons(a: number, w: number, k: number): number {
  const cfg = atomCfg(a);
  if (w === 0) return cfg.filter(([, l]) => l === k).reduce((s, [, , e]) => s + e, 0);
  if (w === 1) return cfg.filter(([n, l]) => n + l === k).reduce((s, [, , e]) => s + e, 0);
  return cfg.filter(([, l]) => l === k).reduce((s, [, l, e]) => s + Math.min(e, 2 * l + 1), 0);
}
/** Orbitals (not electrons) holding at least one electron, with the same selector. */
function countOrbitals(a: number, w: number, k: number): number {
  const cfg = atomCfg(a).filter(([n, l]) => (w === 1 ? n + l === k : l === k));
  return cfg.reduce((s, [, l, e]) => s + Math.min(e, 2 * l + 1), 0);
}

/**
 * The selector the stem asks about: l = k (w = 0, 2) or n + l = k + 3 (w = 1); when the atom has
 * no such electron the question falls back to l = 1 / n + l = 3 (2p exists for every atom listed).
 */
function sel(v: { a: number; w: number; k: number }): number {
  const want = v.w === 1 ? v.k + 3 : v.k;
  if (countElectrons(v.a, v.w, want) > 0) return want;
  return v.w === 1 ? 3 : 1;
}
function asked(v: { a: number; w: number; k: number }, hi: boolean): string {
  const s = sel(v);
  if (v.w === 1) return hi ? `कितने इलेक्ट्रॉनों के लिए $n + l = ${s}$ है` : `How many electrons in a ground-state ${atomName(v.a)} atom have $n + l = ${s}$`;
  if (v.w === 0) return hi ? `कितने इलेक्ट्रॉनों के लिए $l = ${s}$ है` : `How many electrons in a ground-state ${atomName(v.a)} atom have $l = ${s}$`;
  return hi ? `$l = ${s}$ वाले अधिकतम कितने इलेक्ट्रॉनों का $m_s = +\\frac12$ हो सकता है` : `At most how many of the $l = ${s}$ electrons in a ground-state ${atomName(v.a)} atom can have $m_s = +\\frac12$`;
}
const atomName = (a: number) => `${CONFIG_ATOMS[a]![0]} ($Z = ${CONFIG_ATOMS[a]![1]}$)`;
const cfgText = (a: number) => atomCfg(a).map(([n, l, e]) => `${n}${L_NAME[l]!}$^{${e}}$`).join(' ');
/**
 * Named slips: orbitals counted instead of electrons, "≤" read for "=" (all subshells up to that
 * l or n + l), only the outermost shell counted, a neighbouring value counted, and for m_s every
 * electron of that l counted or every electron taken as paired.
 */
function configMistakes(v: { a: number; w: number; k: number }): number[] {
  const s = sel(v);
  const cfg = atomCfg(v.a);
  const sum = (keep: (n: number, l: number) => boolean) => cfg.filter(([n, l]) => keep(n, l)).reduce((t, [, , e]) => t + e, 0);
  const outer = Math.max(...cfg.map(([n]) => n));
  const all = countElectrons(v.a, 0, s);
  if (v.w === 2) return [all, Math.floor(all / 2), Math.min(sum((n, l) => l === s && n === outer), 2 * s + 1), sum((_, l) => l <= s)];
  if (v.w === 1) return [countOrbitals(v.a, 1, s), sum((n, l) => n + l <= s), sum((n, l) => n + l === s + 1), sum((n, l) => n + l === s - 1)];
  return [countOrbitals(v.a, 0, s), sum((_, l) => l <= s), sum((n, l) => l === s && n === outer), sum((_, l) => l === (s + 1) % 3)];
}

/** Impure carbonates for the back titration: formula, molar mass (g/mol). */
export const CARBONATES = [['Li_2CO_3', 74], ['MgCO_3', 84], ['Na_2CO_3', 106], ['BaCO_3', 197]] as const;
const carb = (i: number) => CARBONATES[i] as readonly [string, number];
/** NaOH (mL) that the stem shows for a sample of the given purity, to 0.1 mL. */
export function backTitreMl(v: { i: number; m: number; p: number; V1: number; c1: number; c2: number }): number {
  const used = (2 * (v.m * v.p) / 100) / carb(v.i)[1];
  return Number((((v.c1 * v.V1) / 1000 - used) / v.c2 * 1000).toFixed(1));
}
const purity = (v: { i: number; m: number; p: number; V1: number; c1: number; c2: number }) =>
  ((((v.c1 * v.V1) / 1000 - (v.c2 * backTitreMl(v)) / 1000) / 2) * carb(v.i)[1] * 100) / v.m;

/** First atomic number of each period 1–6. */
const PERIOD_START = [1, 3, 11, 19, 37, 55] as const;
/**
 * Atomic number at (period, group) in the long form (IUPAC groups 1–18), or 0 where the table
 * has no element there; period 6 group 3 (La or Lu) and the f block are left out.
 */
export function zAt(p: number, g: number): number {
  const start = PERIOD_START[p - 1]!;
  if (p === 1) return g === 1 ? 1 : g === 18 ? 2 : 0;
  if (p <= 3) return g <= 2 ? start + g - 1 : g >= 13 ? start + g - 11 : 0;
  if (p <= 5) return start + g - 1;
  return g <= 2 ? start + g - 1 : g >= 4 ? 72 + g - 4 : 0;
}
/** Every (period, group) cell that holds an element, as 10p + … index pairs. */
export const TABLE_CELLS: readonly (readonly [number, number])[] = range(1, 6).flatMap((p) => range(1, 18).filter((g) => zAt(p, g) > 0).map((g) => [p, g] as const));
const cell = (c: number) => TABLE_CELLS[c]!;
/**
 * Named slips: a neighbour counted (group numbering off by one either way), the element one period
 * up or down read instead, the ten d-block (and fourteen 4f) elements left out of the count.
 */
function cellMistakes(c: number): number[] {
  const [p, g] = cell(c);
  const z = zAt(p, g);
  const out = [z + 1, z - 1];
  if (p > 1) out.push(zAt(p - 1, g));
  if (g >= 13 && p >= 4) out.push(z - 10);
  if (p === 6 && g >= 4) out.push(z - 14);
  if (p < 6) out.push(zAt(p + 1, g));
  return out.filter((x) => x > 0 && x <= 118);
}

/**
 * Salts that lose mass on strong heating, mixed with a carbonate that does not (Na₂CO₃ and K₂CO₃
 * are stable; Li₂CO₃ decomposes, the diagonal-relationship anomaly): salt, molar mass, mass lost
 * per mole of salt (g), inert partner, equation.
 */
export const HEATED = [
  ['NaHCO_3', 84, 31, 'Na_2CO_3', '2NaHCO_3 \\to Na_2CO_3 + H_2O + CO_2'],
  ['NaHCO_3', 84, 31, 'K_2CO_3', '2NaHCO_3 \\to Na_2CO_3 + H_2O + CO_2'],
  ['Li_2CO_3', 74, 44, 'Na_2CO_3', 'Li_2CO_3 \\to Li_2O + CO_2'],
  ['MgCO_3', 84, 44, 'Na_2CO_3', 'MgCO_3 \\to MgO + CO_2'],
  ['BaCO_3', 197, 44, 'K_2CO_3', 'BaCO_3 \\to BaO + CO_2'],
] as const;
const heated = (i: number) => HEATED[i] as readonly [string, number, number, string, string];
/** Mass loss (g, to 3 decimals) the stem shows for a mixture with p % of the decomposing salt. */
export function heatLoss(v: { i: number; m: number; p: number }): number {
  return Number((((v.m * v.p) / 100 / heated(v.i)[1]) * heated(v.i)[2]).toFixed(3));
}
const heatPct = (v: { i: number; m: number; p: number }) => ((heatLoss(v) / heated(v.i)[2]) * heated(v.i)[1] * 100) / v.m;

/** Mole counting, redox equivalents, bond enthalpies, ionic character, configurations, back titration. */
export const chemDepthRound2Generators: GeneratorDef[] = [
  formula({ id: 'c.basic.mole-atoms-in-mass', subject: C, concepts: ['C.BASIC.MOLE'], difficulty: 2,
    vars: { i: range(0, MOLE_COMPOUNDS.length - 1), m: [4.5, 9, 10, 18, 20, 25, 36, 50] },
    text: (v) => `How many atoms in total (in units of $10^{23}$) are present in ${v.m} g of $\\mathrm{${comp(v.i)[0]}}$? (Molar mass ${comp(v.i)[1]} g mol⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹.)`, unit: '',
    answer: atoms,
    // Formula units counted instead of atoms, and N_A's power of ten slipped either way.
    mistakes: (v) => [atoms(v) / comp(v.i)[2], atoms(v) / 10, atoms(v) * 10],
    solution: (v) => `$n = \\frac{${v.m}}{${comp(v.i)[1]}}$ mol of formula units, each with ${comp(v.i)[2]} atoms: $N = n \\times ${comp(v.i)[2]} \\times 6.022 \\times 10^{23}$.`,
    hi: { text: (v) => `${v.m} g $\\mathrm{${comp(v.i)[0]}}$ में कुल कितने परमाणु ($10^{23}$ के मात्रकों में) उपस्थित हैं? (मोलर द्रव्यमान ${comp(v.i)[1]} g mol⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹।)`, solution: (v) => `$n = \\frac{${v.m}}{${comp(v.i)[1]}}$ मोल सूत्र इकाइयाँ, प्रत्येक में ${comp(v.i)[2]} परमाणु: $N = n \\times ${comp(v.i)[2]} \\times 6.022 \\times 10^{23}$।` },
    result: [0.1, 200] }),
  formula({ id: 'c.basic.equiv-redox-titre', subject: C, concepts: ['C.BASIC.EQUIV', 'C.REDOX.BALANCE'], difficulty: 3,
    vars: { o: range(0, 1), r: range(0, REDUCTANTS.length - 1), m: [0.5, 0.63, 0.8, 1, 1.26, 1.5, 2], c: [0.05, 0.1, 0.2] },
    text: (v) => `What volume (in mL) of ${v.c} M ${ox(v.o)[1]} $\\mathrm{${ox(v.o)[0]}}$ is needed to oxidise ${v.m} g of $\\mathrm{${red(v.r)[0]}}$ (M = ${red(v.r)[1]} g mol⁻¹) completely?`, unit: 'mL',
    answer: titreMl,
    // Molarity used as normality (n-factor of the oxidant ignored), reductant n-factor ignored, oxidant n-factor taken as 1 for both, both n-factors inverted.
    mistakes: (v) => [titreMl(v) * ox(v.o)[3], titreMl(v) / red(v.r)[2], titreMl(v) * ox(v.o)[3] / red(v.r)[2], titreMl(v) * (ox(v.o)[3] === 5 ? 5 / 6 : 6 / 5)],
    solution: (v) => `Equivalents of reductant = equivalents of oxidant. $\\mathrm{${ox(v.o)[0]}}$ gains ${ox(v.o)[3]} e⁻ per formula unit, the reductant loses ${red(v.r)[2]}: $\\frac{${v.m}}{${red(v.r)[1]}} \\times ${red(v.r)[2]} = ${v.c} \\times ${ox(v.o)[3]} \\times \\frac{V}{1000}$.`,
    hi: { text: (v) => `${v.m} g $\\mathrm{${red(v.r)[0]}}$ (M = ${red(v.r)[1]} g mol⁻¹) को पूर्णतः ऑक्सीकृत करने के लिए ${v.c} M ${ox(v.o)[2]} $\\mathrm{${ox(v.o)[0]}}$ का कितना आयतन (mL में) आवश्यक है?`, solution: (v) => `अपचायक के तुल्यांक = ऑक्सीकारक के तुल्यांक। $\\mathrm{${ox(v.o)[0]}}$ प्रति सूत्र इकाई ${ox(v.o)[3]} e⁻ ग्रहण करता है, अपचायक ${red(v.r)[2]} खोता है: $\\frac{${v.m}}{${red(v.r)[1]}} \\times ${red(v.r)[2]} = ${v.c} \\times ${ox(v.o)[3]} \\times \\frac{V}{1000}$।` },
    result: [1, 200] }),
  formula({ id: 'c.td.bond-enthalpy-reaction', subject: C, concepts: ['C.TD.BOND_ENTHALPY', 'C.TD.HESS'], difficulty: 3,
    vars: { i: range(0, BOND_REACTIONS.length - 1), t: range(0, BOND_TABLES.length - 1) },
    text: (v) => `Using mean bond enthalpies (kJ mol⁻¹): ${bondList(v)}, estimate $\\Delta_rH$ (in kJ mol⁻¹) for the gas-phase reaction $\\mathrm{${rx(v.i)[0]}}$.`, unit: 'kJ/mol',
    answer: bondDH,
    // Formed − broken (sign reversed), each bond counted once (coefficients ignored), and both slips together.
    mistakes: (v) => [-bondDH(v), noCoeff(v), -noCoeff(v)],
    solution: (v) => `$\\Delta_rH = \\sum(\\text{bonds broken}) - \\sum(\\text{bonds formed})$; broken: ${rx(v.i)[1].map(([b, n]) => `${n} × ${b}`).join(' + ')}; formed: ${rx(v.i)[2].map(([b, n]) => `${n} × ${b}`).join(' + ')} (bonds unchanged on both sides cancel).`,
    hi: { text: (v) => `औसत आबंध एन्थैल्पी (kJ mol⁻¹): ${bondList(v)} का उपयोग करके गैस-प्रावस्था अभिक्रिया $\\mathrm{${rx(v.i)[0]}}$ के लिए $\\Delta_rH$ (kJ mol⁻¹ में) का आकलन कीजिए।`, solution: (v) => `$\\Delta_rH = \\sum(\\text{टूटे आबंध}) - \\sum(\\text{बने आबंध})$; टूटे: ${rx(v.i)[1].map(([b, n]) => `${n} × ${b}`).join(' + ')}; बने: ${rx(v.i)[2].map(([b, n]) => `${n} × ${b}`).join(' + ')} (दोनों ओर अपरिवर्तित आबंध निरस्त हो जाते हैं)।` },
    result: [-400, 400] }),
  formula({ id: 'c.bond.percent-ionic-character', subject: C, concepts: ['C.BOND.POLAR'], difficulty: 2,
    vars: { i: range(0, DIPOLES.length - 1), u: range(0, 1), w: range(0, 1) },
    text: (v) => `Gaseous $\\mathrm{${dip(v.i)[0]}}$ has a dipole moment of ${dip(v.i)[1]} D and a bond length of ${bondLen(v)}. Find ${v.w === 0 ? 'its percentage ionic character (in %)' : 'the partial charge $\\delta$ on each atom, in units of $e$'} ($e = 1.602 \\times 10^{-19}$ C, 1 D $= 3.336 \\times 10^{-30}$ C m).`, unit: '',
    answer: (v) => ionic(v.i) / (v.w === 0 ? 1 : 100),
    // Fraction and percentage confused, covalent share reported, the debye taken as 10⁻²⁹ C m, the length read as 100× too long.
    mistakes: (v) => (v.w === 0 ? [ionic(v.i) / 100, 100 - ionic(v.i), ionic(v.i) / 10] : [ionic(v.i) / 1000, 1 - ionic(v.i) / 100, ionic(v.i) / 10000]).filter((x) => x > 0 && x < (v.w === 0 ? 100 : 1)),
    solution: (v) => `$d$ = ${bondLen(v)}${v.u === 1 ? ` = ${dip(v.i)[2]} pm` : ''}. A full charge transfer would give $\\mu_{ionic} = e \\times d = 1.602 \\times 10^{-19} \\times ${dip(v.i)[2]} \\times 10^{-12}$ C m $= ${(E_PM_DEBYE * dip(v.i)[2]).toFixed(2)}$ D; ${v.w === 0 ? 'percentage ionic character' : '$\\delta$ (in $e$)'} $= \\frac{${dip(v.i)[1]}}{${(E_PM_DEBYE * dip(v.i)[2]).toFixed(2)}}${v.w === 0 ? ' \\times 100' : ''}$.`,
    hi: { text: (v) => `गैसीय $\\mathrm{${dip(v.i)[0]}}$ का द्विध्रुव आघूर्ण ${dip(v.i)[1]} D और आबंध लंबाई ${bondLen(v)} है। ${v.w === 0 ? 'इसका प्रतिशत आयनिक लक्षण (% में)' : 'प्रत्येक परमाणु पर आंशिक आवेश $\\delta$ ($e$ के मात्रकों में)'} ज्ञात कीजिए ($e = 1.602 \\times 10^{-19}$ C, 1 D $= 3.336 \\times 10^{-30}$ C m)।`, solution: (v) => `$d$ = ${bondLen(v)}${v.u === 1 ? ` = ${dip(v.i)[2]} pm` : ''}। पूर्ण आवेश स्थानांतरण पर $\\mu_{ionic} = e \\times d = 1.602 \\times 10^{-19} \\times ${dip(v.i)[2]} \\times 10^{-12}$ C m $= ${(E_PM_DEBYE * dip(v.i)[2]).toFixed(2)}$ D; ${v.w === 0 ? 'प्रतिशत आयनिक लक्षण' : '$\\delta$ ($e$ में)'} $= \\frac{${dip(v.i)[1]}}{${(E_PM_DEBYE * dip(v.i)[2]).toFixed(2)}}${v.w === 0 ? ' \\times 100' : ''}$।` },
    result: [0.02, 90] }),
  formula({ id: 'c.atom.config-electron-count', subject: C, concepts: ['C.ATOM.CONFIG', 'C.ATOM.QUANTUM'], difficulty: 3,
    vars: { a: range(0, CONFIG_ATOMS.length - 1), w: range(0, 2), k: range(0, 2) },
    text: (v) => `${asked(v, false)}?`, unit: '',
    answer: (v) => countElectrons(v.a, v.w, sel(v)),
    mistakes: (v) => configMistakes(v).filter((x) => x > 0 && x <= CONFIG_ATOMS[v.a]![1]),
    solution: (v) => `Ground state: ${cfgText(v.a)}. ${v.w === 1 ? `$n + l = ${sel(v)}$ picks the subshells with that sum.` : `$l = ${sel(v)}$ means the ${L_NAME[sel(v)]} subshells${v.w === 2 ? "; each orbital can hold one electron of $m_s = +\\frac12$ (Pauli), so the maximum is min(electrons, orbitals) per subshell" : ''}.`}`,
    hi: { text: (v) => `मूल अवस्था के ${atomName(v.a)} परमाणु में ${asked(v, true)}?`, solution: (v) => `मूल अवस्था: ${cfgText(v.a)}। ${v.w === 1 ? `$n + l = ${sel(v)}$ उस योग वाले उपकोशों को चुनता है।` : `$l = ${sel(v)}$ अर्थात ${L_NAME[sel(v)]} उपकोश${v.w === 2 ? '; प्रत्येक कक्षक में $m_s = +\\frac12$ का अधिकतम एक इलेक्ट्रॉन हो सकता है (पाउली), अतः अधिकतम = प्रति उपकोश min(इलेक्ट्रॉन, कक्षक)' : ''}।`}` },
    result: [1, 30] }),
  formula({ id: 'c.basic.back-titration-purity', subject: C, concepts: ['C.BASIC.EQUIV', 'C.BASIC.STOICH', 'C.PRAC.TITRATION'], difficulty: 4,
    // 40–50 mmol of acid always exceeds the ≤ 31.2 mmol the largest sample can take (1.2 g at 96 % Li₂CO₃), and the
    // back titre with 1 M NaOH stays within a 50 mL burette (9–46 mL).
    vars: { i: range(0, CARBONATES.length - 1), m: [0.5, 0.6, 0.8, 1, 1.2], p: [72, 75, 80, 84, 85, 88, 90, 92, 96], V1: [40, 50], c1: [1], c2: [1] },
    text: (v) => `A ${v.m} g sample of impure $\\mathrm{${carb(v.i)[0]}}$ (M = ${carb(v.i)[1]} g mol⁻¹) is dissolved in ${v.V1} mL of ${v.c1} M HCl; the impurities do not react. The excess acid needs ${backTitreMl(v)} mL of ${v.c2} M NaOH. Find the percentage purity of the sample (to two decimals).`, unit: '%',
    answer: purity,
    // The oxide's molar mass used (CO₂ lost), the ratio inverted (2 carbonate per H⁺), the impurity reported,
    // the 1 : 2 ratio ignored and the NaOH titre taken as the acid that reacted (both usually > 100 %, then dropped).
    mistakes: (v) => [(purity(v) * (carb(v.i)[1] - 44)) / carb(v.i)[1], purity(v) / 2, 100 - purity(v), purity(v) * 2, (((v.c2 * backTitreMl(v)) / 2) * carb(v.i)[1] * 100) / 1000 / v.m].filter((x) => x > 0 && x <= 100),
    sig: 4,
    solution: (v) => `HCl taken $= ${v.c1} \\times ${v.V1} = ${v.c1 * v.V1}$ mmol; excess $= ${v.c2} \\times ${backTitreMl(v)}$ mmol; the carbonate used the difference, and $\\mathrm{CO_3^{2-}} + 2\\mathrm{H^+} \\to \\mathrm{CO_2} + \\mathrm{H_2O}$ gives mmol carbonate = half of it. Purity $= \\frac{\\text{mmol} \\times ${carb(v.i)[1]} \\times 10^{-3}}{${v.m}} \\times 100$.`,
    hi: { text: (v) => `अशुद्ध $\\mathrm{${carb(v.i)[0]}}$ (M = ${carb(v.i)[1]} g mol⁻¹) का ${v.m} g नमूना ${v.c1} M HCl के ${v.V1} mL में घोला जाता है; अशुद्धियाँ अभिक्रिया नहीं करतीं। आधिक्य अम्ल के लिए ${v.c2} M NaOH के ${backTitreMl(v)} mL लगते हैं। नमूने की प्रतिशत शुद्धता (दो दशमलव तक) ज्ञात कीजिए।`, solution: (v) => `लिया गया HCl $= ${v.c1} \\times ${v.V1} = ${v.c1 * v.V1}$ mmol; आधिक्य $= ${v.c2} \\times ${backTitreMl(v)}$ mmol; कार्बोनेट ने अंतर का उपयोग किया, और $\\mathrm{CO_3^{2-}} + 2\\mathrm{H^+} \\to \\mathrm{CO_2} + \\mathrm{H_2O}$ से कार्बोनेट के mmol = उसका आधा। शुद्धता $= \\frac{\\text{mmol} \\times ${carb(v.i)[1]} \\times 10^{-3}}{${v.m}} \\times 100$।` },
    result: [70, 100] }),
  formula({ id: 'c.per.z-from-position', subject: C, concepts: ['C.PER.TABLE', 'C.ATOM.CONFIG'], difficulty: 2,
    vars: { c: range(0, TABLE_CELLS.length - 1) },
    text: (v) => `What is the atomic number of the element in period ${cell(v.c)[0]}, group ${cell(v.c)[1]} of the long-form periodic table?`, unit: '',
    answer: (v) => zAt(cell(v.c)[0], cell(v.c)[1]),
    mistakes: (v) => cellMistakes(v.c),
    solution: (v) => `Period ${cell(v.c)[0]} starts at $Z = ${PERIOD_START[cell(v.c)[0] - 1]!}$ (periods hold 2, 8, 8, 18, 18, 32 elements). ${cell(v.c)[1] >= 13 && cell(v.c)[0] >= 4 ? 'Groups 3–12 (the d block, ten elements) come before group 13' : cell(v.c)[1] >= 13 ? 'Periods 2 and 3 have no d block, so group 13 follows group 2' : 'Count along the period group by group'}${cell(v.c)[0] === 6 && cell(v.c)[1] >= 4 ? ', and the fourteen lanthanides (Z = 58–71) sit between La and Hf' : ''}: $Z = ${zAt(cell(v.c)[0], cell(v.c)[1])}$.`,
    hi: { text: (v) => `दीर्घ आवर्त सारणी के आवर्त ${cell(v.c)[0]}, वर्ग ${cell(v.c)[1]} के तत्व का परमाणु क्रमांक क्या है?`, solution: (v) => `आवर्त ${cell(v.c)[0]} $Z = ${PERIOD_START[cell(v.c)[0] - 1]!}$ से आरंभ होता है (आवर्तों में 2, 8, 8, 18, 18, 32 तत्व)। ${cell(v.c)[1] >= 13 && cell(v.c)[0] >= 4 ? 'वर्ग 13 से पहले वर्ग 3–12 (d-ब्लॉक, दस तत्व) आते हैं' : cell(v.c)[1] >= 13 ? 'आवर्त 2 और 3 में d-ब्लॉक नहीं है, अतः वर्ग 2 के बाद वर्ग 13 आता है' : 'आवर्त में वर्ग-दर-वर्ग गिनें'}${cell(v.c)[0] === 6 && cell(v.c)[1] >= 4 ? ', और चौदह लैन्थेनाइड (Z = 58–71) La और Hf के बीच हैं' : ''}: $Z = ${zAt(cell(v.c)[0], cell(v.c)[1])}$।` },
    result: [1, 86] }),
  formula({ id: 'c.sblock.heating-mixture', subject: C, concepts: ['C.SBLOCK', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { i: range(0, HEATED.length - 1), m: [1, 2, 2.5, 3, 4, 5], p: [20, 25, 30, 40, 50, 60, 70, 75, 80] },
    text: (v) => `A ${v.m} g mixture of $\\mathrm{${heated(v.i)[0]}}$ and $\\mathrm{${heated(v.i)[3]}}$ is heated strongly to constant mass and loses ${heatLoss(v)} g. Find the mass percentage of $\\mathrm{${heated(v.i)[0]}}$ in the mixture (to two decimals; H = 1, Li = 7, C = 12, O = 16, Na = 23, Mg = 24, K = 39, Ba = 137).`, unit: '%',
    answer: heatPct,
    // The other salt's share reported, the 2 : 1 (or 1 : 1) ratio doubled, the wrong gas set counted lost
    // (water forgotten for a bicarbonate, water added for a carbonate), and the doubled ratio with the other salt's
    // share reported (an integer, so an integer answer still gets three in-range integer options).
    mistakes: (v) => [100 - heatPct(v), heatPct(v) / 2, heatPct(v) * (heated(v.i)[2] === 31 ? 31 / 44 : 44 / 62), heatPct(v) * (heated(v.i)[2] === 31 ? 31 / 22 : 44 / 53), 100 - heatPct(v) / 2].filter((x) => x > 0 && x <= 100),
    sig: 4,
    solution: (v) => `Only $\\mathrm{${heated(v.i)[0]}}$ loses mass: $\\mathrm{${heated(v.i)[4]}}$, i.e. ${heated(v.i)[2]} g lost per mole (${heated(v.i)[1]} g) of it; $\\mathrm{${heated(v.i)[3]}}$ is stable to heat. Mass of $\\mathrm{${heated(v.i)[0]}}$ $= \\frac{${heatLoss(v)}}{${heated(v.i)[2]}} \\times ${heated(v.i)[1]}$ g, and percentage $= \\frac{\\text{that}}{${v.m}} \\times 100$.`,
    hi: { text: (v) => `$\\mathrm{${heated(v.i)[0]}}$ और $\\mathrm{${heated(v.i)[3]}}$ के ${v.m} g मिश्रण को नियत द्रव्यमान तक प्रबल रूप से गर्म करने पर ${heatLoss(v)} g द्रव्यमान की हानि होती है। मिश्रण में $\\mathrm{${heated(v.i)[0]}}$ का द्रव्यमान प्रतिशत (दो दशमलव तक) ज्ञात कीजिए (H = 1, Li = 7, C = 12, O = 16, Na = 23, Mg = 24, K = 39, Ba = 137)।`, solution: (v) => `केवल $\\mathrm{${heated(v.i)[0]}}$ का द्रव्यमान घटता है: $\\mathrm{${heated(v.i)[4]}}$, अर्थात उसके प्रति मोल (${heated(v.i)[1]} g) ${heated(v.i)[2]} g की हानि; $\\mathrm{${heated(v.i)[3]}}$ ऊष्मा-स्थायी है। $\\mathrm{${heated(v.i)[0]}}$ का द्रव्यमान $= \\frac{${heatLoss(v)}}{${heated(v.i)[2]}} \\times ${heated(v.i)[1]}$ g, और प्रतिशत $= \\frac{\\text{वह}}{${v.m}} \\times 100$।` },
    result: [15, 85] }),
];
