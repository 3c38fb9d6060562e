import { percentMistakes } from './chem-data.ts';
import { formula, range } from './formula.ts';
import { num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const R = 8.314;
const ln = Math.log;
/** LaTeX for m × 10^e with `digits` significant figures (inside $…$). */
export const sci = (x: number, digits = 2) => {
  const [m, e] = x.toExponential(digits - 1).split('e');
  return `${m as string} \\times 10^{${Number(e)}}`;
};
const minus = (x: number) => String(x).replace('-', '−');

/**
 * Standard enthalpies of combustion at 298 K (kJ/mol, handbook): name, Hindi name, formula,
 * carbon, hydrogen atoms. Graphite −393.5 and H₂ −285.8 (to liquid water).
 */
export const COMBUSTION = [
  ['methane', 'मेथेन', 'CH_4(g)', 1, 4, -890.3], ['ethane', 'एथेन', 'C_2H_6(g)', 2, 6, -1559.8], ['ethene', 'एथीन', 'C_2H_4(g)', 2, 4, -1411.0],
  ['ethyne', 'एथाइन', 'C_2H_2(g)', 2, 2, -1299.6], ['propane', 'प्रोपेन', 'C_3H_8(g)', 3, 8, -2219.9], ['butane', 'ब्यूटेन', 'C_4H_{10}(g)', 4, 10, -2877.6],
  ['benzene', 'बेन्ज़ीन', 'C_6H_6(l)', 6, 6, -3267.6], ['methanol', 'मेथेनॉल', 'CH_3OH(l)', 1, 4, -726.5], ['ethanol', 'एथेनॉल', 'C_2H_5OH(l)', 2, 6, -1366.8],
  ['acetone', 'ऐसीटोन', 'CH_3COCH_3(l)', 3, 6, -1789.9], ['acetic acid', 'ऐसीटिक अम्ल', 'CH_3COOH(l)', 2, 4, -874.2], ['glucose', 'ग्लूकोस', 'C_6H_{12}O_6(s)', 6, 12, -2808.0],
] as const;
const comb = (i: number) => COMBUSTION[i] as readonly [string, string, string, number, number, number];
const formationFromCombustion = (i: number, cC = -393.5, cH = -285.8) => comb(i)[3] * cC + (comb(i)[4] / 2) * cH - comb(i)[5];

/** Ice → water: Cp(ice) 37.6, Cp(water) 75.3 J K⁻¹ mol⁻¹, ΔfusH 6010 J/mol at 273 K. */
const iceToWater = (n: number, T1: number, T2: number, fusionAt = 273) => n * (37.6 * ln(273 / T1) + 6010 / fusionAt + 75.3 * ln(T2 / 273));

/** Ideal binary liquid pairs at 298 K: names (en, hi), molar masses (g/mol), vapour pressures (mm Hg). */
export const IDEAL_PAIRS = [
  ['benzene', 'toluene', 'बेन्ज़ीन', 'टॉलूईन', 78, 92, 95.1, 28.4], ['n-hexane', 'n-heptane', 'n-हेक्सेन', 'n-हेप्टेन', 86, 100, 151.3, 45.7],
  ['methanol', 'ethanol', 'मेथेनॉल', 'एथेनॉल', 32, 46, 127.0, 59.0],
] as const;
const pair = (i: number) => IDEAL_PAIRS[i] as readonly [string, string, string, string, number, number, number, number];
const vapourPercentA = (v: { p: number; wA: number; wB: number }) => {
  const [, , , , MA, MB, PA, PB] = pair(v.p);
  const nA = v.wA / MA;
  const nB = v.wB / MB;
  const xA = nA / (nA + nB);
  return (100 * xA * PA) / (xA * PA + (1 - xA) * PB);
};

/** Solvent, Hindi, molar mass, vapour pressure at 298 K (mm Hg); solutes with molar mass that dissolve in it. */
const RLVP_SOLVENTS = [['water', 'जल', 18, 23.76], ['benzene', 'बेन्ज़ीन', 78, 95.1]] as const;
const RLVP_SOLUTES = [[['urea', 'यूरिया', 60], ['glucose', 'ग्लूकोस', 180], ['sucrose', 'सुक्रोस', 342]], [['naphthalene', 'नैफ्थलीन', 128], ['anthracene', 'ऐन्थ्रासीन', 178], ['biphenyl', 'बाइफेनिल', 154]]] as const;
/** Vapour pressure over the solution as the stem shows it (3 decimals); the answer is computed from it. */
const rlvpP = (v: { s: number; k: number; w2: number }) => {
  const [, , M1, P0] = RLVP_SOLVENTS[v.s]!;
  const n1 = 100 / M1;
  const n2 = v.w2 / RLVP_SOLUTES[v.s]![v.k]![2];
  return Number(((P0 * n1) / (n1 + n2)).toFixed(3));
};
const rlvpM = (v: { s: number; k: number; w2: number }, approx = false) => {
  const [, , M1, P0] = RLVP_SOLVENTS[v.s]!;
  const P = rlvpP(v);
  return (v.w2 * M1 * (approx ? P0 : P)) / (100 * (P0 - P));
};

/** Carboxylic acids that dimerise in benzene (Kf 5.12 K kg mol⁻¹): name, Hindi, molar mass. */
const DIMERS = [['benzoic acid', 'बेन्ज़ोइक अम्ल', 122], ['acetic acid', 'ऐसीटिक अम्ल', 60]] as const;
/** ΔTf as the stem shows it (3 decimals), from the true degree of association α. */
const dimerDT = (v: { a: number; d: number; w: number }) => Number(((1 - v.a / 200) * 5.12 * ((v.w / DIMERS[v.d]![2]) / 0.1)).toFixed(3));
const dimerI = (v: { a: number; d: number; w: number }) => dimerDT(v) / (5.12 * ((v.w / DIMERS[v.d]![2]) / 0.1));

/**
 * Sparingly soluble salts A_pB_q (Ksp at 298 K) and the common ion added: LaTeX formula, Ksp,
 * p, q, which ion is common (0 = cation A, 1 = anion B), the added salt, and that salt's ions of the common kind per formula.
 */
export const KSP_SALTS = [
  ['AgCl', 1.8e-10, 1, 1, 1, 'NaCl', 1], ['BaSO_4', 1.1e-10, 1, 1, 1, 'Na_2SO_4', 1], ['CaF_2', 3.9e-11, 1, 2, 1, 'NaF', 1], ['PbI_2', 7.1e-9, 1, 2, 1, 'KI', 1],
  ['Mg(OH)_2', 1.8e-11, 1, 2, 1, 'NaOH', 1], ['Ag_2CrO_4', 1.1e-12, 2, 1, 1, 'K_2CrO_4', 1], ['Ag_2CrO_4', 1.1e-12, 2, 1, 0, 'AgNO_3', 1], ['CaF_2', 3.9e-11, 1, 2, 0, 'CaCl_2', 1],
] as const;
const salt = (i: number) => KSP_SALTS[i] as readonly [string, number, number, number, number, string, number];
/** Exact molar solubility: Newton's method on ln s for (p s + cA)^p (q s + cB)^q = Ksp, from the common-ion estimate. */
export function solubilityWithCommonIon(i: number, c: number): number {
  const [, K, p, q, common] = salt(i);
  const cA = common === 0 ? c : 0;
  const cB = common === 1 ? c : 0;
  const f = (s: number) => p * ln(p * s + cA) + q * ln(q * s + cB) - ln(K);
  const df = (s: number) => (p * p) / (p * s + cA) + (q * q) / (q * s + cB);
  let s = common === 1 ? (K / c ** q / p ** p) ** (1 / p) : (K / c ** p / q ** q) ** (1 / q);
  for (let k = 0; k < 60; k++) s = Math.max(s / 10, s - f(s) / df(s));
  return s;
}
const pureSolubility = (i: number) => { const [, K, p, q] = salt(i); return (K / (p ** p * q ** q)) ** (1 / (p + q)); };

/** Salts that hydrolyse: formula, Hindi-neutral, the conjugate's Ka (anion of a weak acid) or Kb (cation of a weak base), kind. */
export const HYDROLYSING = [
  ['CH_3COONa', 1.8e-5, 'anion'], ['HCOONa', 1.8e-4, 'anion'], ['NaCN', 6.2e-10, 'anion'], ['NaF', 6.8e-4, 'anion'],
  ['NH_4Cl', 1.8e-5, 'cation'], ['C_6H_5NH_3Cl', 4.3e-10, 'cation'],
] as const;
const hyd = (i: number) => HYDROLYSING[i] as readonly [string, number, 'anion' | 'cation'];
const KW = 1e-14;
/**
 * Exact pH of the salt solution: Newton's method on ln[OH⁻] (anion) or ln[H⁺] (cation) for the
 * charge balance with water's ions included, from the usual square-root estimate.
 */
export function hydrolysisPH(i: number, c: number): number {
  const [, K] = hyd(i);
  // y = concentration of the ion the hydrolysis makes (OH⁻ for an anion, H⁺ for a cation); K is the parent's Ka or Kb.
  const g = (y: number) => y - (c * (KW / y)) / (K + KW / y) - KW / y;
  let y = Math.sqrt((KW / K) * c);
  for (let k = 0; k < 60; k++) {
    const d = (g(y * (1 + 1e-7)) - g(y)) / (y * 1e-7);
    y = Math.max(y / 10, y - g(y) / d);
  }
  return hyd(i)[2] === 'anion' ? 14 + Math.log10(y) : -Math.log10(y);
}
const approxPH = (i: number, c: number) => { const pK = -Math.log10(hyd(i)[1]); return hyd(i)[2] === 'anion' ? 7 + (pK + Math.log10(c)) / 2 : 7 - (pK + Math.log10(c)) / 2; };

/** Thermodynamics, solutions and ionic equilibria: further question shapes per concept. */
export const chemDepthThermoGenerators: GeneratorDef[] = [
  formula({ id: 'c.td.reversible-extra-work', subject: C, concepts: ['C.TD.FIRST', 'C.GAS.LAWS'], difficulty: 4,
    vars: { n: [1, 2], T: [300, 350, 400], V1: [2, 5, 10], r: [2, 3, 4, 5, 10] },
    text: (v) => `${v.n} mol of an ideal gas at ${v.T} K expands isothermally from ${v.V1} L to ${v.V1 * v.r} L, once reversibly and once in a single step against a constant external pressure equal to the final pressure. How much more work (in J) does the gas do on the surroundings in the reversible expansion? ($R = 8.314$ J K⁻¹ mol⁻¹)`, unit: 'J',
    answer: (v) => v.n * R * v.T * (ln(v.r) - 1 + 1 / v.r),
    mistakes: (v) => [v.n * R * v.T * ln(v.r), v.n * R * v.T * (1 - 1 / v.r), v.n * R * v.T * (Math.log10(v.r) - 1 + 1 / v.r), v.n * 0.0821 * v.T * (ln(v.r) - 1 + 1 / v.r)],
    solution: (v) => `Reversible: $w_{by} = nRT\\ln\\frac{V_2}{V_1} = ${v.n} \\times 8.314 \\times ${v.T} \\times \\ln ${v.r}$. One step: $w_{by} = P_{ext}(V_2 - V_1) = \\frac{nRT}{V_2}(V_2 - V_1) = nRT(1 - \\frac{1}{${v.r}})$. Difference $= nRT(\\ln ${v.r} - 1 + \\frac{1}{${v.r}})$, positive: the reversible path does the most work.`,
    hi: { text: (v) => `${v.n} mol आदर्श गैस ${v.T} K पर ${v.V1} L से ${v.V1 * v.r} L तक समतापीय प्रसार करती है, एक बार उत्क्रमणीय रूप से और एक बार अंतिम दाब के बराबर नियत बाह्य दाब के विरुद्ध एक ही चरण में। उत्क्रमणीय प्रसार में गैस परिवेश पर कितना अधिक कार्य (J में) करती है? ($R = 8.314$ J K⁻¹ mol⁻¹)`, solution: (v) => `उत्क्रमणीय: $w_{by} = nRT\\ln\\frac{V_2}{V_1} = ${v.n} \\times 8.314 \\times ${v.T} \\times \\ln ${v.r}$। एक चरण: $w_{by} = P_{ext}(V_2 - V_1) = \\frac{nRT}{V_2}(V_2 - V_1) = nRT(1 - \\frac{1}{${v.r}})$। अंतर $= nRT(\\ln ${v.r} - 1 + \\frac{1}{${v.r}})$, धनात्मक: उत्क्रमणीय पथ सर्वाधिक कार्य करता है।` },
    result: [400, 9500] }),
  formula({ id: 'c.td.adiabatic-temperature', subject: C, concepts: ['C.TD.FIRST', 'C.GAS.LAWS'], difficulty: 4,
    vars: { g: range(0, 1), T1: [300, 400, 500, 600], r: [2, 4, 8] },
    text: (v) => `${v.g === 0 ? 'Helium (monoatomic, $C_{V,m} = \\frac32R$)' : 'Nitrogen (diatomic, $C_{V,m} = \\frac52R$)'} at ${v.T1} K expands reversibly and adiabatically to ${v.r} times its volume. Treating it as an ideal gas, find the final temperature in K.`, unit: 'K',
    answer: (v) => v.T1 * v.r ** -(v.g === 0 ? 2 / 3 : 2 / 5),
    mistakes: (v) => [v.T1 * v.r ** -(v.g === 0 ? 2 / 5 : 2 / 7), v.T1 * v.r ** -(v.g === 0 ? 2 / 5 : 2 / 3), v.T1 / v.r, v.T1 * v.r ** -(v.g === 0 ? 5 / 3 : 7 / 5)],
    solution: (v) => `Reversible adiabatic: $TV^{\\gamma - 1}$ = constant with $\\gamma - 1 = \\frac{R}{C_{V,m}} = ${v.g === 0 ? '\\frac23' : '\\frac25'}$, so $T_2 = ${v.T1} \\times ${v.r}^{-${v.g === 0 ? '2/3' : '2/5'}}$ K. The gas cools because it does work with no heat coming in.`,
    hi: { text: (v) => `${v.g === 0 ? 'हीलियम (एकपरमाणुक, $C_{V,m} = \\frac32R$)' : 'नाइट्रोजन (द्विपरमाणुक, $C_{V,m} = \\frac52R$)'} ${v.T1} K पर उत्क्रमणीय रुद्धोष्म प्रसार द्वारा अपने आयतन का ${v.r} गुना हो जाती है। इसे आदर्श गैस मानकर अंतिम ताप K में ज्ञात कीजिए।`, solution: (v) => `उत्क्रमणीय रुद्धोष्म: $TV^{\\gamma - 1}$ = स्थिरांक, जहाँ $\\gamma - 1 = \\frac{R}{C_{V,m}} = ${v.g === 0 ? '\\frac23' : '\\frac25'}$, अतः $T_2 = ${v.T1} \\times ${v.r}^{-${v.g === 0 ? '2/3' : '2/5'}}$ K। गैस ठंडी होती है क्योंकि वह बिना ऊष्मा लिए कार्य करती है।` },
    result: [70, 600] }),
  formula({ id: 'c.td.formation-from-combustion', subject: C, concepts: ['C.TD.HESS', 'C.TD.FIRST'], difficulty: 3,
    vars: { i: range(0, COMBUSTION.length - 1) },
    text: (v) => `The standard enthalpies of combustion at 298 K are: C(graphite) −393.5, H₂(g) −285.8 and ${comb(v.i)[0]}, $\\mathrm{${comb(v.i)[2]}}$, ${minus(comb(v.i)[5])} kJ mol⁻¹ (water formed as liquid). Find the standard enthalpy of formation of ${comb(v.i)[0]} in kJ mol⁻¹.`, unit: 'kJ/mol',
    answer: (v) => formationFromCombustion(v.i),
    mistakes: (v) => [-formationFromCombustion(v.i), -393.5 - 285.8 - comb(v.i)[5], comb(v.i)[3] * -393.5 + comb(v.i)[4] * -285.8 - comb(v.i)[5], formationFromCombustion(v.i) + 2 * comb(v.i)[5]],
    solution: (v) => `Combustion gives ${comb(v.i)[3]} CO₂ and ${comb(v.i)[4] / 2} H₂O, whose formation enthalpies are those of C and H₂ combustion. Hess's law: $\\Delta_fH = ${comb(v.i)[3]}(-393.5) + ${comb(v.i)[4] / 2}(-285.8) - (${comb(v.i)[5]})$ kJ mol⁻¹.`,
    hi: { text: (v) => `298 K पर मानक दहन एन्थैल्पी हैं: C(ग्रेफाइट) −393.5, H₂(g) −285.8 और ${comb(v.i)[1]}, $\\mathrm{${comb(v.i)[2]}}$, ${minus(comb(v.i)[5])} kJ mol⁻¹ (जल द्रव रूप में बनता है)। ${comb(v.i)[1]} की मानक विरचन एन्थैल्पी kJ mol⁻¹ में ज्ञात कीजिए।`, solution: (v) => `दहन से ${comb(v.i)[3]} CO₂ और ${comb(v.i)[4] / 2} H₂O बनते हैं, जिनकी विरचन एन्थैल्पी C और H₂ की दहन एन्थैल्पी के बराबर है। हेस का नियम: $\\Delta_fH = ${comb(v.i)[3]}(-393.5) + ${comb(v.i)[4] / 2}(-285.8) - (${comb(v.i)[5]})$ kJ mol⁻¹।` },
    result: [-1300, 250] }),
  formula({ id: 'c.td.ice-to-water-entropy', subject: C, concepts: ['C.TD.ENTROPY', 'C.TD.FIRST'], difficulty: 4,
    vars: { m: [9, 18, 36, 90], T1: [250, 255, 260, 263, 268], T2: [283, 298, 310, 323, 343] },
    text: (v) => `${v.m} g of ice at ${v.T1} K is heated at 1 atm to liquid water at ${v.T2} K. Find the entropy change of the water in J K⁻¹. ($C_{p,m}$: ice 37.6, liquid water 75.3 J K⁻¹ mol⁻¹; $\\Delta_{fus}H$ = 6.01 kJ mol⁻¹ at 273 K; H₂O = 18 g mol⁻¹)`, unit: 'J/K',
    answer: (v) => iceToWater(v.m / 18, v.T1, v.T2),
    mistakes: (v) => [iceToWater(v.m / 18, v.T1, v.T2) - (v.m / 18) * (6010 / 273), (v.m / 18) * (75.3 * ln(v.T2 / v.T1) + 6010 / 273), iceToWater(v.m / 18, v.T1, v.T2, v.T2), iceToWater(1, v.T1, v.T2)],
    solution: (v) => `Three reversible steps for $n = ${v.m}/18$ mol: heat ice $nC_p^{ice}\\ln\\frac{273}{${v.T1}}$, melt $\\frac{n\\Delta_{fus}H}{273}$, heat water $nC_p^{water}\\ln\\frac{${v.T2}}{273}$. Entropy is a state function, so the sum is ΔS for the real process.`,
    hi: { text: (v) => `${v.T1} K पर ${v.m} g बर्फ को 1 atm पर गर्म करके ${v.T2} K का द्रव जल बनाया जाता है। जल की एन्ट्रॉपी में परिवर्तन J K⁻¹ में ज्ञात कीजिए। ($C_{p,m}$: बर्फ 37.6, द्रव जल 75.3 J K⁻¹ mol⁻¹; 273 K पर $\\Delta_{fus}H$ = 6.01 kJ mol⁻¹; H₂O = 18 g mol⁻¹)`, solution: (v) => `$n = ${v.m}/18$ mol के लिए तीन उत्क्रमणीय चरण: बर्फ को गर्म करना $nC_p^{ice}\\ln\\frac{273}{${v.T1}}$, गलन $\\frac{n\\Delta_{fus}H}{273}$, जल को गर्म करना $nC_p^{water}\\ln\\frac{${v.T2}}{273}$। एन्ट्रॉपी अवस्था फलन है, अतः योग वास्तविक प्रक्रम का ΔS है।` },
    result: [10, 220] }),
  formula({ id: 'c.td.vant-hoff-equation', subject: C, concepts: ['C.TD.GIBBS', 'C.EQ.KC', 'C.EQ.LECHATELIER'], difficulty: 4,
    vars: { K1: [1.5, 4, 25, 60], H: [-50, -40, -20, 20, 40, 50], T2: [320, 350, 400] },
    text: (v) => `For a reaction, $\\Delta H^\\circ = ${v.H}$ kJ mol⁻¹ (independent of temperature) and $K = ${v.K1}$ at 300 K. Find $K$ at ${v.T2} K. ($R = 8.314$ J K⁻¹ mol⁻¹)`, unit: '',
    answer: (v) => v.K1 * Math.exp(((v.H * 1000) / R) * (1 / 300 - 1 / v.T2)),
    mistakes: (v) => [v.K1 * Math.exp(-((v.H * 1000) / R) * (1 / 300 - 1 / v.T2)), v.K1 * 10 ** (((v.H * 1000) / R) * (1 / 300 - 1 / v.T2)), v.K1 * Math.exp(((v.H * 1000) / R) * (1 / 300 - 1 / v.T2) / 2.303)],
    solution: (v) => `van 't Hoff: $\\ln\\frac{K_2}{K_1} = \\frac{\\Delta H^\\circ}{R}\\left(\\frac{1}{T_1} - \\frac{1}{T_2}\\right) = \\frac{${v.H * 1000}}{8.314}\\left(\\frac{1}{300} - \\frac{1}{${v.T2}}\\right)$. ${v.H < 0 ? 'Exothermic: K falls as T rises.' : 'Endothermic: K rises with T.'}`,
    hi: { text: (v) => `एक अभिक्रिया के लिए $\\Delta H^\\circ = ${v.H}$ kJ mol⁻¹ (ताप से स्वतंत्र) और 300 K पर $K = ${v.K1}$ है। ${v.T2} K पर $K$ ज्ञात कीजिए। ($R = 8.314$ J K⁻¹ mol⁻¹)`, solution: (v) => `वान्ट हॉफ समीकरण: $\\ln\\frac{K_2}{K_1} = \\frac{\\Delta H^\\circ}{R}\\left(\\frac{1}{T_1} - \\frac{1}{T_2}\\right) = \\frac{${v.H * 1000}}{8.314}\\left(\\frac{1}{300} - \\frac{1}{${v.T2}}\\right)$। ${v.H < 0 ? 'ऊष्माक्षेपी: ताप बढ़ने पर K घटता है।' : 'ऊष्माशोषी: ताप के साथ K बढ़ता है।'}` },
    result: [0.005, 10000] }),
  formula({ id: 'c.sol.vapour-composition', subject: C, concepts: ['C.SOL.RAOULT', 'C.GAS.LAWS'], difficulty: 3,
    vars: { p: range(0, IDEAL_PAIRS.length - 1), wA: [20, 40, 60, 80, 100], wB: [20, 40, 60, 80, 100] },
    text: (v) => `${v.wA} g of ${pair(v.p)[0]} and ${v.wB} g of ${pair(v.p)[1]} form an ideal solution at 298 K, where their vapour pressures are ${pair(v.p)[6]} and ${pair(v.p)[7]} mm Hg (molar masses ${pair(v.p)[4]} and ${pair(v.p)[5]} g mol⁻¹). Find the mole percent of ${pair(v.p)[0]} in the vapour in equilibrium with the solution.`, unit: '%',
    answer: (v) => vapourPercentA(v),
    mistakes: (v) => { const nA = v.wA / pair(v.p)[4]; const nB = v.wB / pair(v.p)[5]; const w = v.wA / (v.wA + v.wB); return [(100 * nA) / (nA + nB), (100 * w * pair(v.p)[6]) / (w * pair(v.p)[6] + (1 - w) * pair(v.p)[7]), (100 * pair(v.p)[6]) / (pair(v.p)[6] + pair(v.p)[7]), 100 - vapourPercentA(v), (100 * (nA / (nA + nB)) * pair(v.p)[6]) / 760]; },
    solution: (v) => `$x_A = \\frac{${v.wA}/${pair(v.p)[4]}}{${v.wA}/${pair(v.p)[4]} + ${v.wB}/${pair(v.p)[5]}}$; Raoult: $p_A = x_AP_A^\\circ$, $p_B = x_BP_B^\\circ$; Dalton: $y_A = \\frac{p_A}{p_A + p_B}$. The vapour is richer than the liquid in the more volatile ${pair(v.p)[0]}.`,
    hi: { text: (v) => `${v.wA} g ${pair(v.p)[2]} और ${v.wB} g ${pair(v.p)[3]} 298 K पर एक आदर्श विलयन बनाते हैं, जहाँ उनके वाष्प दाब ${pair(v.p)[6]} और ${pair(v.p)[7]} mm Hg हैं (मोलर द्रव्यमान ${pair(v.p)[4]} और ${pair(v.p)[5]} g mol⁻¹)। विलयन के साथ साम्य में वाष्प में ${pair(v.p)[2]} का मोल प्रतिशत ज्ञात कीजिए।`, solution: (v) => `$x_A = \\frac{${v.wA}/${pair(v.p)[4]}}{${v.wA}/${pair(v.p)[4]} + ${v.wB}/${pair(v.p)[5]}}$; राउल्ट: $p_A = x_AP_A^\\circ$, $p_B = x_BP_B^\\circ$; डाल्टन: $y_A = \\frac{p_A}{p_A + p_B}$। वाष्प में अधिक वाष्पशील ${pair(v.p)[2]} द्रव की अपेक्षा अधिक होता है।` },
    result: [30, 98] }),
  formula({ id: 'c.sol.rlvp-molar-mass', subject: C, concepts: ['C.SOL.RAOULT', 'C.SOL.COLLIG'], difficulty: 3,
    vars: { s: range(0, 1), k: range(0, 2), w2: [5, 10, 15, 20] },
    text: (v) => `${v.w2} g of non-volatile ${RLVP_SOLUTES[v.s]![v.k]![0]} dissolved in 100 g of ${RLVP_SOLVENTS[v.s]![0]} (${RLVP_SOLVENTS[v.s]![2]} g mol⁻¹) lowers its vapour pressure at 298 K from ${RLVP_SOLVENTS[v.s]![3]} to ${rlvpP(v).toFixed(3)} mm Hg. Find the molar mass of the solute in g mol⁻¹ (use Raoult's law without the dilute-solution approximation).`, unit: 'g/mol',
    answer: (v) => rlvpM(v),
    mistakes: (v) => [rlvpM(v, true), 2 * rlvpM(v), (v.w2 * RLVP_SOLVENTS[v.s]![2] * (RLVP_SOLVENTS[v.s]![3] - rlvpP(v))) / (100 * rlvpP(v))],
    solution: (v) => `$\\frac{P^\\circ - P}{P^\\circ} = x_2$ gives $\\frac{n_2}{n_1} = \\frac{P^\\circ - P}{P}$, so $M_2 = \\frac{w_2 M_1 P}{w_1(P^\\circ - P)} = \\frac{${v.w2} \\times ${RLVP_SOLVENTS[v.s]![2]} \\times ${rlvpP(v).toFixed(3)}}{100 \\times (${RLVP_SOLVENTS[v.s]![3]} - ${rlvpP(v).toFixed(3)})}$.`,
    hi: { text: (v) => `${v.w2} g अवाष्पशील ${RLVP_SOLUTES[v.s]![v.k]![1]} को 100 g ${RLVP_SOLVENTS[v.s]![1]} (${RLVP_SOLVENTS[v.s]![2]} g mol⁻¹) में घोलने पर 298 K पर उसका वाष्प दाब ${RLVP_SOLVENTS[v.s]![3]} से घटकर ${rlvpP(v).toFixed(3)} mm Hg हो जाता है। विलेय का मोलर द्रव्यमान g mol⁻¹ में ज्ञात कीजिए (तनु विलयन सन्निकटन के बिना राउल्ट का नियम प्रयोग कीजिए)।`, solution: (v) => `$\\frac{P^\\circ - P}{P^\\circ} = x_2$ से $\\frac{n_2}{n_1} = \\frac{P^\\circ - P}{P}$, अतः $M_2 = \\frac{w_2 M_1 P}{w_1(P^\\circ - P)} = \\frac{${v.w2} \\times ${RLVP_SOLVENTS[v.s]![2]} \\times ${rlvpP(v).toFixed(3)}}{100 \\times (${RLVP_SOLVENTS[v.s]![3]} - ${rlvpP(v).toFixed(3)})}$।` },
    result: [40, 400] }),
  formula({ id: 'c.sol.dimer-association', subject: C, concepts: ['C.SOL.VANTHOFF', 'C.SOL.COLLIG'], difficulty: 4,
    vars: { d: range(0, 1), w: [1, 2, 3, 4], a: [50, 60, 70, 80, 90, 95] },
    text: (v) => `${v.w} g of ${DIMERS[v.d]![0]} (${DIMERS[v.d]![2]} g mol⁻¹) in 100 g of benzene lowers the freezing point by ${dimerDT(v).toFixed(3)} K ($K_f$ = 5.12 K kg mol⁻¹). The acid dimerises in benzene. Find the percentage of acid molecules associated into dimers.`, unit: '%',
    answer: (v) => 200 * (1 - dimerI(v)),
    // i − 1 style slips for association, the unassociated share, i itself as a percentage; none above 100.
    mistakes: (v) => percentMistakes(200 * (1 - dimerI(v)), [100 * (1 - dimerI(v)), 100 * (1 / dimerI(v) - 1), 200 * (1 / dimerI(v) - 1), 100 - 200 * (1 - dimerI(v)), 100 * dimerI(v)].filter((x) => x > 0 && x <= 100)),
    solution: (v) => `Expected $\\Delta T_f = K_f m = 5.12 \\times \\frac{${v.w}/${DIMERS[v.d]![2]}}{0.1}$ K; $i = \\frac{\\Delta T_{obs}}{\\Delta T_{calc}}$. For $2A \\rightleftharpoons A_2$, $i = 1 - \\frac{\\alpha}{2}$, so $\\alpha = 2(1 - i)$.`,
    hi: { text: (v) => `${v.w} g ${DIMERS[v.d]![1]} (${DIMERS[v.d]![2]} g mol⁻¹) को 100 g बेन्ज़ीन में घोलने पर हिमांक ${dimerDT(v).toFixed(3)} K अवनमित होता है ($K_f$ = 5.12 K kg mol⁻¹)। अम्ल बेन्ज़ीन में द्वितयन करता है। द्वितयी में संगुणित अम्ल अणुओं का प्रतिशत ज्ञात कीजिए।`, solution: (v) => `अपेक्षित $\\Delta T_f = K_f m = 5.12 \\times \\frac{${v.w}/${DIMERS[v.d]![2]}}{0.1}$ K; $i = \\frac{\\Delta T_{obs}}{\\Delta T_{calc}}$। $2A \\rightleftharpoons A_2$ के लिए $i = 1 - \\frac{\\alpha}{2}$, अतः $\\alpha = 2(1 - i)$।` },
    result: [45, 100] }),
  {
    id: 'c.eq.ksp-common-ion', subject: C, concepts: ['C.EQ.KSP', 'C.EQ.LECHATELIER'], difficulty: 4,
    build(rng) {
      const i = rng.int(0, KSP_SALTS.length - 1);
      const c = rng.pick([0.01, 0.05, 0.1] as const);
      const [f, K, p, q, common, added] = salt(i);
      const s = solubilityWithCommonIon(i, c);
      const k = common === 1 ? q : p;
      // Named mistakes: no common ion; the common ion's power ignored; its stoichiometric factor ignored.
      const mistakes = [pureSolubility(i), common === 1 ? (K / c / p ** p) ** (1 / p) : (K / c / q ** q) ** (1 / q), common === 1 ? K / c ** q : K / c ** p, (K / c ** k) ** (1 / (p + q - k))];
      const text = `$K_{sp}$ of $\\mathrm{${f}}$ at 298 K is $${sci(K)}$. Find its molar solubility (mol L⁻¹) in ${c} M $\\mathrm{${added}}$ solution.`;
      const hiText = `298 K पर $\\mathrm{${f}}$ का $K_{sp}$ $${sci(K)}$ है। ${c} M $\\mathrm{${added}}$ विलयन में इसकी मोलर विलेयता (mol L⁻¹) ज्ञात कीजिए।`;
      const work = `$K_{sp} = (${p === 1 ? '' : p}s${common === 0 ? ` + ${c}` : ''})^{${p}}(${q === 1 ? '' : q}s${common === 1 ? ` + ${c}` : ''})^{${q}}$; since $s \\ll ${c}$, $s \\approx ${sci(s, 3)}$ mol L⁻¹`;
      return num({
        params: { i, c }, text, value: s, unit: 'mol/L', mistakes,
        solution: `${work}, far below the solubility in pure water ($${sci(pureSolubility(i), 3)}$): the common ion suppresses dissolution (Le Chatelier).`,
        hi: { text: hiText, solution: `${work}, जो शुद्ध जल में विलेयता ($${sci(pureSolubility(i), 3)}$) से बहुत कम है: सम-आयन विलयन को दबाता है (ला-शातेलिए सिद्धांत)।` },
        result: [1e-12, 1e-4],
      });
    },
  },
  formula({ id: 'c.eq.salt-hydrolysis-ph', subject: C, concepts: ['C.EQ.PH', 'C.EQ.ACIDBASE'], difficulty: 3,
    vars: { i: range(0, HYDROLYSING.length - 1), c: [0.01, 0.05, 0.1, 0.2, 0.5] },
    text: (v) => `Find the pH of ${v.c} M $\\mathrm{${hyd(v.i)[0]}}$ at 298 K (${hyd(v.i)[2] === 'anion' ? '$K_a$ of the parent acid' : '$K_b$ of the parent base'} $= ${sci(hyd(v.i)[1])}$, $K_w = 10^{-14}$).`, unit: '',
    answer: (v) => hydrolysisPH(v.i, v.c),
    mistakes: (v) => { const a = approxPH(v.i, v.c); const pK = -Math.log10(hyd(v.i)[1]); return [14 - a, hyd(v.i)[2] === 'anion' ? 7 + pK + Math.log10(v.c) : 7 - pK - Math.log10(v.c), hyd(v.i)[2] === 'anion' ? 7 + (pK - Math.log10(v.c)) / 2 : 7 - (pK - Math.log10(v.c)) / 2].filter((x) => x > 0 && x < 14); },
    solution: (v) => `${hyd(v.i)[2] === 'anion' ? 'The anion hydrolyses: $K_h = K_w/K_a$, $[OH^-] = \\sqrt{K_hc}$, so pH $= 7 + \\frac12(\\mathrm{p}K_a + \\log c)$' : 'The cation hydrolyses: $K_h = K_w/K_b$, $[H^+] = \\sqrt{K_hc}$, so pH $= 7 - \\frac12(\\mathrm{p}K_b + \\log c)$'} $\\approx ${approxPH(v.i, v.c).toFixed(2)}$; the full charge balance (water's own ions included) gives ${hydrolysisPH(v.i, v.c).toFixed(2)}.`,
    hi: { text: (v) => `298 K पर ${v.c} M $\\mathrm{${hyd(v.i)[0]}}$ का pH ज्ञात कीजिए (${hyd(v.i)[2] === 'anion' ? 'जनक अम्ल का $K_a$' : 'जनक क्षार का $K_b$'} $= ${sci(hyd(v.i)[1])}$, $K_w = 10^{-14}$)।`, solution: (v) => `${hyd(v.i)[2] === 'anion' ? 'ऋणायन का जल-अपघटन होता है: $K_h = K_w/K_a$, $[OH^-] = \\sqrt{K_hc}$, अतः pH $= 7 + \\frac12(\\mathrm{p}K_a + \\log c)$' : 'धनायन का जल-अपघटन होता है: $K_h = K_w/K_b$, $[H^+] = \\sqrt{K_hc}$, अतः pH $= 7 - \\frac12(\\mathrm{p}K_b + \\log c)$'} $\\approx ${approxPH(v.i, v.c).toFixed(2)}$; पूर्ण आवेश संतुलन (जल के अपने आयन सहित) ${hydrolysisPH(v.i, v.c).toFixed(2)} देता है।` },
    result: [2.3, 11.8] }),
];
