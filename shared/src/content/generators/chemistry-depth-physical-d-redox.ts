import { formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const F = 96500;
const lg = Math.log10;
const r3 = (x: number) => Number(x.toFixed(3));
const pos = (xs: number[]) => xs.filter((x) => Number.isFinite(x) && x > 0);
const sci = (m: number, e: number) => (m === 1 ? `10^{${e}}` : `${m} \\times 10^{${e}}`);

/** Compounds of one element with that element's oxidation state: element, [TeX, state]. */
export const OX_FAMILIES = [
  ['Mn', [['KMnO_4', 7], ['K_2MnO_4', 6], ['MnO_2', 4], ['Mn_2O_3', 3], ['MnSO_4', 2], ['Mn_3O_4', 8 / 3]]],
  ['Cr', [['K_2Cr_2O_7', 6], ['CrO_5', 6], ['Cr_2O_3', 3], ['CrO_2', 4], ['CrCl_2', 2]]],
  ['S', [['H_2SO_4', 6], ['H_2S_2O_8', 6], ['Na_2S_2O_3', 2], ['Na_2S_4O_6', 2.5], ['H_2SO_3', 4], ['H_2S', -2], ['SCl_2', 2]]],
  ['N', [['HNO_3', 5], ['N_2O_4', 4], ['HNO_2', 3], ['NO', 2], ['N_2O', 1], ['NH_2OH', -1], ['N_2H_4', -2], ['NH_3', -3], ['NaN_3', -1 / 3]]],
  ['Cl', [['HClO_4', 7], ['HClO_3', 5], ['HClO_2', 3], ['HOCl', 1], ['ClO_2', 4], ['HCl', -1]]],
  ['P', [['H_3PO_4', 5], ['H_3PO_3', 3], ['H_3PO_2', 1], ['PH_3', -3], ['H_4P_2O_7', 5]]],
] as const;
const stateText = (x: number) => (Number.isInteger(x) ? `${x > 0 ? '+' : ''}${x}` : `${x > 0 ? '+' : '−'}${Math.abs(x * 3) % 1 === 0 && Math.abs(x * 2) % 1 !== 0 ? `${Math.abs(x * 3)}/3` : `${Math.abs(x * 2)}/2`}`);

/** Reactions by kind: 0 disproportionation, 1 comproportionation, 2 other redox, 3 not redox. */
export const REACTION_KINDS = [
  ['2H_2O_2 \\to 2H_2O + O_2', 0], ['Cl_2 + 2OH^- \\to Cl^- + ClO^- + H_2O', 0], ['3HNO_2 \\to HNO_3 + 2NO + H_2O', 0], ['2Cu^+ \\to Cu^{2+} + Cu', 0],
  ['4H_3PO_3 \\to 3H_3PO_4 + PH_3', 0], ['3MnO_4^{2-} + 4H^+ \\to 2MnO_4^- + MnO_2 + 2H_2O', 0], ['4KClO_3 \\to 3KClO_4 + KCl', 0], ['P_4 + 3OH^- + 3H_2O \\to PH_3 + 3H_2PO_2^-', 0],
  ['2H_2S + SO_2 \\to 3S + 2H_2O', 1], ['NH_4NO_2 \\to N_2 + 2H_2O', 1], ['IO_3^- + 5I^- + 6H^+ \\to 3I_2 + 3H_2O', 1], ['Ag^{2+} + Ag \\to 2Ag^+', 1],
  ['Zn + Cu^{2+} \\to Zn^{2+} + Cu', 2], ['2KClO_3 \\to 2KCl + 3O_2', 2], ['2Na + 2H_2O \\to 2NaOH + H_2', 2], ['(NH_4)_2Cr_2O_7 \\to N_2 + Cr_2O_3 + 4H_2O', 2],
  ['CaCO_3 \\to CaO + CO_2', 3], ['AgNO_3 + NaCl \\to AgCl + NaNO_3', 3], ['2NO_2 \\to N_2O_4', 3], ['Cr_2O_7^{2-} + 2OH^- \\to 2CrO_4^{2-} + H_2O', 3], ['BaCl_2 + H_2SO_4 \\to BaSO_4 + 2HCl', 3],
] as const;
const KIND_NAME = [['a disproportionation', 'असमानुपातन'], ['a comproportionation', 'समानुपातन (कम्प्रोपोर्शनेशन)']] as const;

/**
 * Species that disproportionate with an n-factor other than 1: TeX, medium (English, Hindi), molar
 * mass, balanced equation, electrons per formula unit if all of it were oxidised (n_ox) or all
 * reduced (n_red).
 */
export const DISPROPORTIONATING = [
  ['Cl_2', 'hot aqueous NaOH', 'गर्म जलीय NaOH', 71, '3Cl_2 + 6OH^- \\to 5Cl^- + ClO_3^- + 3H_2O', 10, 2],
  ['Br_2', 'hot aqueous NaOH', 'गर्म जलीय NaOH', 160, '3Br_2 + 6OH^- \\to 5Br^- + BrO_3^- + 3H_2O', 10, 2],
  ['P_4', 'hot aqueous NaOH', 'गर्म जलीय NaOH', 124, 'P_4 + 3OH^- + 3H_2O \\to PH_3 + 3H_2PO_2^-', 4, 12],
  ['HNO_2', 'warm solution', 'गर्म विलयन', 47, '3HNO_2 \\to HNO_3 + 2NO + H_2O', 2, 1],
  ['K_2MnO_4', 'acid solution', 'अम्लीय विलयन', 197, '3MnO_4^{2-} + 4H^+ \\to 2MnO_4^- + MnO_2 + 2H_2O', 1, 2],
  ['KClO_3', 'gentle heating without catalyst', 'उत्प्रेरक के बिना मंद तापन', 122.5, '4KClO_3 \\to 3KClO_4 + KCl', 2, 6],
] as const;
type Dp = { s: number; w: number; m: number };
const dp = (s: number) => DISPROPORTIONATING[s]!;
const nFactor = (s: number) => (dp(s)[5] * dp(s)[6]) / (dp(s)[5] + dp(s)[6]);
const dpAnswer = (v: Dp, n = nFactor(v.s)) => (v.w === 0 ? dp(v.s)[3] / n : ((v.m / dp(v.s)[3]) * n) * 1000);

type Vs = { w: number; x: number; M: number };
const vsAnswer = (v: Vs, perO2 = 11.2) => [v.x / perO2, (v.x / perO2) * 3.4, v.M * perO2, (v.x / perO2) * 2][v.w]!;
const VS_ASK = [['its molarity (in M)', 'इसकी मोलरता (M में)'], ['its strength in % (w/v)', 'इसकी सामर्थ्य % (w/v) में'], ['', ''], ['its normality (in N) as an oxidant', 'ऑक्सीकारक के रूप में इसकी नॉर्मलता (N में)']] as const;

/** Cell reactions with the standard reduction potentials of the cathode and anode couples (V) and electrons transferred. */
export const CELL_REACTIONS = [
  ['Zn + Cu^{2+} \\to Zn^{2+} + Cu', 0.34, -0.76, 2], ['Fe + Cu^{2+} \\to Fe^{2+} + Cu', 0.34, -0.44, 2], ['Cu + 2Ag^+ \\to Cu^{2+} + 2Ag', 0.8, 0.34, 2],
  ['Zn + 2Ag^+ \\to Zn^{2+} + 2Ag', 0.8, -0.76, 2], ['Ni + 2Ag^+ \\to Ni^{2+} + 2Ag', 0.8, -0.25, 2], ['Mg + Cu^{2+} \\to Mg^{2+} + Cu', 0.34, -2.37, 2],
  ['2Fe^{3+} + 2I^- \\to 2Fe^{2+} + I_2', 0.77, 0.54, 2], ['Ce^{4+} + Fe^{2+} \\to Ce^{3+} + Fe^{3+}', 1.61, 0.77, 1], ['Cl_2 + 2Br^- \\to 2Cl^- + Br_2', 1.36, 1.09, 2],
  ['Sn + Pb^{2+} \\to Sn^{2+} + Pb', -0.13, -0.14, 2], ['2Al + 3Cu^{2+} \\to 2Al^{3+} + 3Cu', 0.34, -1.66, 6], ['Fe + 2Fe^{3+} \\to 3Fe^{2+}', 0.77, -0.44, 2],
] as const;
type Lk = { i: number; w: number };
const cr = (i: number) => CELL_REACTIONS[i]!;
const logK = (i: number, n: number = cr(i)[3], e = cr(i)[1] - cr(i)[2]) => (n * e) / 0.059;
/** K as the stem shows it (w = 1): mantissa to 2 decimals. */
export const kShown = (i: number) => {
  const L = logK(i);
  const e = Math.floor(L);
  return [Number((10 ** (L - e)).toFixed(2)), e] as const;
};
const cathodeFromK = (i: number, n: number = cr(i)[3], sign = 1) => cr(i)[2] + (sign * 0.059 * lg(kShown(i)[0] * 10 ** kShown(i)[1])) / n;
const lkAnswer = (v: Lk) => (v.w === 0 ? logK(v.i) : cathodeFromK(v.i));

/** Metals with ion charge and E°(Mⁿ⁺/M) in V. */
export const GALVANIC_METALS = [['Zn', 2, -0.76], ['Fe', 2, -0.44], ['Ni', 2, -0.25], ['Sn', 2, -0.14], ['Cu', 2, 0.34], ['Ag', 1, 0.8], ['Mg', 2, -2.37], ['Al', 3, -1.66], ['Cd', 2, -0.4], ['Co', 2, -0.28], ['Cr', 3, -0.74]] as const;
const gm = (i: number) => GALVANIC_METALS[i]!;
const ionTex = (i: number) => `\\mathrm{${gm(i)[0]}^{${gm(i)[1] === 1 ? '' : gm(i)[1]}+}}`;
/** Statement k about the pair (P first): 0 anode, 1 electron flow P → Q, 2 E°cell value, 3 P displaces Q. */
export function galvanicStatement(k: number, P: number, Q: number, val: number, hi: boolean): string {
  if (k === 0) return hi ? `${gm(P)[0]} इलेक्ट्रोड ऐनोड है।` : `The ${gm(P)[0]} electrode is the anode.`;
  if (k === 1) return hi ? `बाह्य परिपथ में इलेक्ट्रॉन ${gm(P)[0]} से ${gm(Q)[0]} की ओर बहते हैं।` : `Electrons flow in the external circuit from ${gm(P)[0]} to ${gm(Q)[0]}.`;
  if (k === 2) return `$E^\\circ_{cell} = ${val.toFixed(2)}$ V${hi ? ' है।' : '.'}`;
  return hi ? `${gm(P)[0]} की छड़ को 1 M $${ionTex(Q)}$ विलयन में डुबोने पर उस पर ${gm(Q)[0]} जमता है।` : `A ${gm(P)[0]} rod dipped in 1 M $${ionTex(Q)}$ solution gets coated with ${gm(Q)[0]}.`;
}

type Hp = { p: number; ph: number };
/** Potential (mV, integer) the stem shows for a hydrogen electrode at that pH and H₂ pressure. */
export const hydrogenMv = (v: Hp) => Math.round(1000 * (-0.059 * v.ph - 0.0295 * lg(v.p)));
const phFromMv = (v: Hp, pTerm = 1, perPh = 0.059) => -(hydrogenMv(v) / 1000 + pTerm * 0.0295 * lg(v.p)) / perPh;

export const SILVER_HALIDES = [['AgCl', 'KCl', 1.8, -10], ['AgBr', 'KBr', 5.0, -13], ['AgI', 'KI', 8.3, -17], ['AgSCN', 'KSCN', 1.0, -12]] as const;
type Kc = { x: number; c1: number; c2: number };
const sh = (x: number) => SILVER_HALIDES[x]!;
/** EMF (V, to 3 decimals) of Ag | AgX(s), KX(c₁) || AgNO₃(c₂) | Ag. */
export const concCellEmf = (v: Kc) => r3(0.059 * lg((v.c2 * v.c1) / (sh(v.x)[2] * 10 ** sh(v.x)[3])));
const emfText = (v: Kc) => concCellEmf(v).toFixed(3);
const kspFromEmf = (v: Kc, withC1 = true) => (withC1 ? v.c1 : 1) * v.c2 * 10 ** (-concCellEmf(v) / 0.059);

/** Strong electrolytes with measured molar conductivity (S cm² mol⁻¹) at the concentration given. */
export const MEASURED_SOLUTIONS = [['NaCl', 0.01, 118.5], ['NaCl', 0.05, 111.1], ['KCl', 0.02, 138.3], ['HCl', 0.01, 412.0], ['AgNO_3', 0.01, 124.8], ['KNO_3', 0.01, 132.8], ['NaOH', 0.01, 238.0], ['CH_3COONa', 0.01, 83.8]] as const;
/** KCl standards: molarity, conductivity (S cm⁻¹) at 298 K. */
export const KCL_STANDARDS = [[0.1, 0.01289], [0.01, 0.001411]] as const;
type Cc = { k: number; R1: number; s: number };
const cellConst = (v: Cc) => KCL_STANDARDS[v.k]![1] * v.R1 * (v.k === 0 ? 1 : 10);
const ms = (s: number) => MEASURED_SOLUTIONS[s]!;
/** Resistance (Ω, integer) the stem shows for the solution in the same cell. */
export const solutionOhm = (v: Cc) => Math.round(cellConst(v) / ((ms(v.s)[2] * ms(v.s)[1]) / 1000));
const molarCond = (v: Cc, g = cellConst(v), thousand = 1000) => (thousand * g) / (solutionOhm(v) * ms(v.s)[1]);

/** Strong electrolytes: Λ°m and the Debye–Hückel–Onsager slope A (S cm² mol⁻¹ per √(mol L⁻¹)). */
export const DHO = [['KCl', 149.9, 94.6], ['NaCl', 126.5, 89.0], ['HCl', 426.2, 156], ['KNO_3', 145.0, 93], ['AgNO_3', 133.4, 90], ['LiCl', 115.0, 85]] as const;
export const ROOT_C = [0.01, 0.02, 0.03, 0.05, 0.07, 0.1] as const;
type Dh = { e: number; i: number; j: number; w: number };
const dho = (e: number) => DHO[e]!;
/** Λm (to 0.1) shown at √c. */
export const lambdaShown = (e: number, s: number) => Number((dho(e)[1] - dho(e)[2] * s).toFixed(1));
function extrapolate(v: Dh, x: (s: number) => number = (s) => s): [number, number] {
  const s1 = ROOT_C[v.i]!;
  const s2 = ROOT_C[v.j]!;
  const slope = (lambdaShown(v.e, s1) - lambdaShown(v.e, s2)) / (x(s2) - x(s1));
  return [lambdaShown(v.e, s1) + slope * x(s1), slope];
}
const cText = (s: number) => Number((s * s).toFixed(6));

type Eg = { I: number; t: number; w: number };
/** mL at STP (22 400 mL/mol) of H₂ (w = 0), O₂ (w = 1) or both (w = 2); `eH2`, `eO2` electrons per molecule. */
const gasMl = (v: Eg, eH2 = 2, eO2 = 4, seconds = 60) => {
  const mol = (v.I * v.t * seconds) / F;
  const h = (mol / eH2) * 22400;
  const o = (mol / eO2) * 22400;
  return v.w === 0 ? h : v.w === 1 ? o : h + o;
};
const GAS_ASK = [['hydrogen at the cathode', 'कैथोड पर हाइड्रोजन'], ['oxygen at the anode', 'ऐनोड पर ऑक्सीजन'], ['the two gases together', 'दोनों गैसों'] ] as const;

/** Plating baths: metal, bath, molar mass, electrons per atom, density (g cm⁻³), current efficiencies (%). */
export const PLATING = [
  ['Ag', '[Ag(CN)_2]^-', 108, 1, 10.5, [95, 98, 100]], ['Cu', 'CuSO_4', 63.5, 2, 8.96, [90, 95, 100]], ['Ni', 'NiSO_4', 58.7, 2, 8.9, [90, 95, 98]], ['Zn', 'ZnSO_4', 65.4, 2, 7.14, [85, 90, 95]],
  ['Au', '[Au(CN)_2]^-', 197, 1, 19.3, [90, 95, 100]], ['Sn', 'SnSO_4', 118.7, 2, 7.29, [85, 90, 95]], ['Cr', 'CrO_3', 52, 6, 7.19, [15, 18, 20]],
] as const;
type Pl = { p: number; j: number; A: number; t: number; e: number };
const pl = (p: number) => PLATING[p]!;
const eff = (v: Pl) => pl(v.p)[5][v.e]!;
const currentA = (v: Pl) => Number(((v.j * v.A) / 1000).toFixed(3));
const thicknessUm = (v: Pl, n: number = pl(v.p)[3], eta = eff(v) / 100, seconds = 60) => (((currentA(v) * v.t * seconds * eta) / (n * F)) * pl(v.p)[2]) / (pl(v.p)[4] * v.A) * 1e4;

export const redoxElecGenerators: GeneratorDef[] = [
  {
    id: 'c.redox.extreme-oxidation-state', subject: C, concepts: ['C.REDOX.OXSTATE'], difficulty: 2,
    build(rng) {
      const f = rng.int(0, OX_FAMILIES.length - 1);
      const [el, list] = OX_FAMILIES[f]!;
      const w = rng.int(0, 1);
      // Four compounds whose oxidation states of the element all differ.
      const idx: number[] = [];
      for (const i of rng.shuffle(list.map((_, k) => k))) if (idx.length < 4 && !idx.some((j) => list[j]![1] === list[i]![1])) idx.push(i);
      const best = [...idx].sort((a, b) => (w === 0 ? list[b]![1] - list[a]![1] : list[a]![1] - list[b]![1]))[0]!;
      const tex = (i: number) => `$\\mathrm{${list[i]![0]}}$`;
      const why = idx.map((i) => `${tex(i)}: ${stateText(list[i]![1])}`).join(', ');
      return choice({
        params: { f, w, a: idx[0]!, b: idx[1]!, c: idx[2]!, d: idx[3]! },
        text: `In which of the following does ${el} have the ${w === 0 ? 'highest' : 'lowest'} oxidation state?`,
        correct: tex(best),
        distractors: idx.filter((i) => i !== best).map(tex),
        solution: `Taking H = +1, O = −2 (−1 in a peroxide link, as in $\\mathrm{CrO_5}$ and $\\mathrm{H_2S_2O_8}$), alkali metals +1 and the formula's charge: ${why}.`,
        hi: { text: `निम्नलिखित में से किसमें ${el} की ऑक्सीकरण अवस्था ${w === 0 ? 'सबसे अधिक' : 'सबसे कम'} है?`, solution: `H = +1, O = −2 (परॉक्साइड बंध में −1, जैसे $\\mathrm{CrO_5}$ और $\\mathrm{H_2S_2O_8}$ में), क्षार धातु +1 और सूत्र का आवेश लेकर: ${why}।` },
      });
    },
  },
  {
    id: 'c.redox.reaction-type', subject: C, concepts: ['C.REDOX.OXSTATE', 'C.REDOX.BALANCE'], difficulty: 3,
    build(rng) {
      const w = rng.int(0, 1);
      const right = REACTION_KINDS.map((_, i) => i).filter((i) => REACTION_KINDS[i]![1] === w);
      const c = rng.pick(right);
      const wrong = rng.shuffle(REACTION_KINDS.map((_, i) => i).filter((i) => REACTION_KINDS[i]![1] !== w)).slice(0, 3);
      const tex = (i: number) => `$\\mathrm{${REACTION_KINDS[i]![0]}}$`;
      return choice({
        params: { w, c, d1: wrong[0]!, d2: wrong[1]!, d3: wrong[2]! },
        text: `Which of the following is ${KIND_NAME[w]![0]} reaction?`,
        correct: tex(c),
        distractors: wrong.map(tex),
        solution: `${w === 0 ? 'In a disproportionation one element in a single oxidation state is both oxidised and reduced' : 'In a comproportionation one element in two oxidation states ends in a single intermediate state'}; ${tex(c)} is one. The others are ${wrong.map((i) => `${tex(i)} (${['disproportionation', 'comproportionation', 'redox between different elements', 'not redox'][REACTION_KINDS[i]![1]]})`).join(', ')}.`,
        hi: { text: `निम्नलिखित में से कौन-सी ${KIND_NAME[w]![1]} अभिक्रिया है?`, solution: `${w === 0 ? 'असमानुपातन में एक ही ऑक्सीकरण अवस्था का एक तत्व ऑक्सीकृत और अपचयित दोनों होता है' : 'समानुपातन में दो ऑक्सीकरण अवस्थाओं वाला एक तत्व एक ही मध्यवर्ती अवस्था में पहुँचता है'}; ${tex(c)} ऐसी है। अन्य: ${wrong.map((i) => `${tex(i)} (${['असमानुपातन', 'समानुपातन', 'भिन्न तत्वों के बीच रेडॉक्स', 'रेडॉक्स नहीं'][REACTION_KINDS[i]![1]]})`).join(', ')}।` },
      });
    },
  },
  formula({ id: 'c.redox.disproportionation-equivalent', subject: C, concepts: ['C.REDOX.BALANCE', 'C.BASIC.EQUIV'], difficulty: 4,
    vars: { s: range(0, DISPROPORTIONATING.length - 1), w: range(0, 1), m: [0.71, 1, 1.42, 2, 3.55, 5] },
    text: (v) => `$\\mathrm{${dp(v.s)[0]}}$ (M = ${dp(v.s)[3]} g mol⁻¹) disproportionates in ${dp(v.s)[1]}: $\\mathrm{${dp(v.s)[4]}}$. ${v.w === 0 ? `Find the equivalent mass of $\\mathrm{${dp(v.s)[0]}}$ in this reaction (g per equivalent).` : `How many millimoles of electrons are transferred when ${v.m} g of $\\mathrm{${dp(v.s)[0]}}$ reacts this way?`}`, unit: '',
    answer: (v) => dpAnswer(v),
    // Only the oxidation half counted, only the reduction half, and n-factor taken as 1 (or their sum).
    mistakes: (v) => pos([dpAnswer(v, dp(v.s)[5]), dpAnswer(v, dp(v.s)[6]), dpAnswer(v, 1), dpAnswer(v, dp(v.s)[5] + dp(v.s)[6])]).filter((x) => Math.abs(x - dpAnswer(v)) > 1e-9),
    solution: (v) => `Per formula unit, all of it oxidised would lose ${dp(v.s)[5]} e⁻ and all of it reduced would gain ${dp(v.s)[6]} e⁻; in the disproportionation the n-factor is $\\frac{${dp(v.s)[5]} \\times ${dp(v.s)[6]}}{${dp(v.s)[5]} + ${dp(v.s)[6]}} = ${Number(nFactor(v.s).toFixed(4))}$. ${v.w === 0 ? `$E = \\frac{${dp(v.s)[3]}}{n}$.` : `Electrons $= \\frac{${v.m}}{${dp(v.s)[3]}} \\times n$ mol.`}`,
    hi: { text: (v) => `$\\mathrm{${dp(v.s)[0]}}$ (M = ${dp(v.s)[3]} g mol⁻¹) ${dp(v.s)[2]} में असमानुपातित होता है: $\\mathrm{${dp(v.s)[4]}}$। ${v.w === 0 ? `इस अभिक्रिया में $\\mathrm{${dp(v.s)[0]}}$ का तुल्यांकी द्रव्यमान (g प्रति तुल्यांक) ज्ञात कीजिए।` : `इस प्रकार ${v.m} g $\\mathrm{${dp(v.s)[0]}}$ की अभिक्रिया में कितने मिलीमोल इलेक्ट्रॉन स्थानांतरित होते हैं?`}`, solution: (v) => `प्रति सूत्र इकाई, पूर्णतः ऑक्सीकृत होने पर ${dp(v.s)[5]} e⁻ की हानि और पूर्णतः अपचयित होने पर ${dp(v.s)[6]} e⁻ की प्राप्ति होती; असमानुपातन में n-गुणांक $\\frac{${dp(v.s)[5]} \\times ${dp(v.s)[6]}}{${dp(v.s)[5]} + ${dp(v.s)[6]}} = ${Number(nFactor(v.s).toFixed(4))}$। ${v.w === 0 ? `$E = \\frac{${dp(v.s)[3]}}{n}$।` : `इलेक्ट्रॉन $= \\frac{${v.m}}{${dp(v.s)[3]}} \\times n$ मोल।`}` },
    result: [1, 300] }),
  formula({ id: 'c.redox.h2o2-volume-strength', subject: C, concepts: ['C.REDOX.BALANCE', 'C.BASIC.CONC'], difficulty: 3,
    vars: { w: range(0, 3), x: [5, 10, 11.2, 15, 20, 22.4, 28, 30, 50, 100], M: [0.5, 1, 1.5, 2, 2.5, 3] },
    text: (v) => (v.w === 2 ? `An aqueous solution of $\\mathrm{H_2O_2}$ is ${v.M} M. What is its volume strength (volumes of $\\mathrm{O_2}$ at STP per volume of solution, 22.4 L mol⁻¹)?` : `A sample of hydrogen peroxide is labelled "${v.x} volume" (1 L gives ${v.x} L of $\\mathrm{O_2}$ at STP, 22.4 L mol⁻¹, by $\\mathrm{2H_2O_2 \\to 2H_2O + O_2}$). Find ${VS_ASK[v.w]![0]}.`), unit: '',
    answer: (v) => vsAnswer(v),
    // One H₂O₂ per O₂ (22.4), the equivalent volume (5.6) used, and molarity and normality confused.
    mistakes: (v) => pos([vsAnswer(v, 22.4), vsAnswer(v, 5.6), v.w === 3 ? v.x / 11.2 : v.w === 0 ? (v.x / 11.2) * 2 : vsAnswer(v) * 2]).filter((x) => Math.abs(x - vsAnswer(v)) > 1e-9),
    solution: (v) => (v.w === 2 ? `1 L holds ${v.M} mol $\\mathrm{H_2O_2}$, giving $\\frac{${v.M}}{2}$ mol $\\mathrm{O_2} = \\frac{${v.M}}{2} \\times 22.4$ L: volume strength $= 11.2 \\times ${v.M}$.` : `${v.x} L $\\mathrm{O_2}$ $= \\frac{${v.x}}{22.4}$ mol, from twice as many moles of $\\mathrm{H_2O_2}$: molarity $= \\frac{${v.x}}{11.2}$${v.w === 1 ? '; grams per 100 mL $= \\frac{M \\times 34}{10}$' : v.w === 3 ? '; n-factor 2 (O from −1 to 0 or −2), so N = 2M' : ''}.`),
    hi: { text: (v) => (v.w === 2 ? `$\\mathrm{H_2O_2}$ का एक जलीय विलयन ${v.M} M है। इसकी आयतन सामर्थ्य (प्रति आयतन विलयन STP पर $\\mathrm{O_2}$ के आयतन, 22.4 L mol⁻¹) क्या है?` : `हाइड्रोजन परॉक्साइड के एक नमूने पर "${v.x} आयतन" लिखा है (1 L से STP पर ${v.x} L $\\mathrm{O_2}$, 22.4 L mol⁻¹, $\\mathrm{2H_2O_2 \\to 2H_2O + O_2}$ द्वारा)। ${VS_ASK[v.w]![1]} ज्ञात कीजिए।`), solution: (v) => (v.w === 2 ? `1 L में $\\mathrm{H_2O_2}$ के ${v.M} मोल, जो $\\frac{${v.M}}{2}$ मोल $\\mathrm{O_2} = \\frac{${v.M}}{2} \\times 22.4$ L देते हैं: आयतन सामर्थ्य $= 11.2 \\times ${v.M}$।` : `${v.x} L $\\mathrm{O_2}$ $= \\frac{${v.x}}{22.4}$ मोल, जो दुगुने मोल $\\mathrm{H_2O_2}$ से बनती है: मोलरता $= \\frac{${v.x}}{11.2}$${v.w === 1 ? '; प्रति 100 mL ग्राम $= \\frac{M \\times 34}{10}$' : v.w === 3 ? '; n-गुणांक 2 (O −1 से 0 या −2), अतः N = 2M' : ''}।`) },
    result: [0.4, 40] }),
  formula({ id: 'c.elec.equilibrium-constant-from-cell', subject: C, concepts: ['C.ELEC.CELLS', 'C.EQ.KC'], difficulty: 3,
    vars: { i: range(0, CELL_REACTIONS.length - 1), w: range(0, 1) },
    text: (v) => (v.w === 0 ? `For $\\mathrm{${cr(v.i)[0]}}$ at 298 K, the standard reduction potential is ${cr(v.i)[1]} V for the couple of the species reduced and ${cr(v.i)[2]} V for the couple of the species oxidised. Find $\\log_{10}K$ for the reaction ($\\frac{2.303RT}{F} = 0.059$ V).` : `At 298 K, $\\mathrm{${cr(v.i)[0]}}$ has $K = ${sci(kShown(v.i)[0], kShown(v.i)[1])}$, and the anode couple's standard reduction potential is ${cr(v.i)[2]} V. Find the standard reduction potential (in V) of the cathode couple ($\\frac{2.303RT}{F} = 0.059$ V).`), unit: '',
    answer: lkAnswer,
    // n left out, the two potentials added, and (reverse) the anode potential's sign handled wrongly.
    mistakes: (v) => (v.w === 0 ? [logK(v.i, 1), logK(v.i, cr(v.i)[3], cr(v.i)[1] + cr(v.i)[2]), logK(v.i) * 2.303] : [cathodeFromK(v.i, 1), cathodeFromK(v.i, cr(v.i)[3], -1), cathodeFromK(v.i) - 2 * cr(v.i)[2]]).filter((x) => Math.abs(x - lkAnswer(v)) > 1e-9),
    solution: (v) => `$E^\\circ_{cell} = E^\\circ_{cathode} - E^\\circ_{anode}$, $n = ${cr(v.i)[3]}$, and $\\log K = \\frac{nE^\\circ_{cell}}{0.059}$${v.w === 1 ? `, so $E^\\circ_{cathode} = ${cr(v.i)[2]} + \\frac{0.059}{${cr(v.i)[3]}}\\log(${sci(kShown(v.i)[0], kShown(v.i)[1])})$` : ` $= \\frac{${cr(v.i)[3]} \\times ${Number((cr(v.i)[1] - cr(v.i)[2]).toFixed(2))}}{0.059}$`}.`,
    hi: { text: (v) => (v.w === 0 ? `298 K पर $\\mathrm{${cr(v.i)[0]}}$ के लिए अपचयित होने वाली स्पीशीज़ के युग्म का मानक अपचयन विभव ${cr(v.i)[1]} V और ऑक्सीकृत होने वाली स्पीशीज़ के युग्म का ${cr(v.i)[2]} V है। अभिक्रिया के लिए $\\log_{10}K$ ज्ञात कीजिए ($\\frac{2.303RT}{F} = 0.059$ V)।` : `298 K पर $\\mathrm{${cr(v.i)[0]}}$ का $K = ${sci(kShown(v.i)[0], kShown(v.i)[1])}$ है, और ऐनोड युग्म का मानक अपचयन विभव ${cr(v.i)[2]} V है। कैथोड युग्म का मानक अपचयन विभव (V में) ज्ञात कीजिए ($\\frac{2.303RT}{F} = 0.059$ V)।`), solution: (v) => `$E^\\circ_{cell} = E^\\circ_{cathode} - E^\\circ_{anode}$, $n = ${cr(v.i)[3]}$, और $\\log K = \\frac{nE^\\circ_{cell}}{0.059}$${v.w === 1 ? `, अतः $E^\\circ_{cathode} = ${cr(v.i)[2]} + \\frac{0.059}{${cr(v.i)[3]}}\\log(${sci(kShown(v.i)[0], kShown(v.i)[1])})$` : ` $= \\frac{${cr(v.i)[3]} \\times ${Number((cr(v.i)[1] - cr(v.i)[2]).toFixed(2))}}{0.059}$`}।` },
    result: [-1, 210] }),
  {
    id: 'c.elec.galvanic-cell-statements', subject: C, concepts: ['C.ELEC.CELLS', 'C.REDOX.OXSTATE'], difficulty: 3,
    build(rng) {
      let a = 0;
      let b = 0;
      while (a === b || Math.abs(gm(a)[2] - gm(b)[2]) < 0.05) {
        a = rng.int(0, GALVANIC_METALS.length - 1);
        b = rng.int(0, GALVANIC_METALS.length - 1);
      }
      const anode = gm(a)[2] < gm(b)[2] ? a : b;
      const picks = [0, 1, 2, 3].map(() => rng.int(0, 1));
      const s = rng.int(0, 1);
      const val = s === 0 ? Math.abs(gm(a)[2] - gm(b)[2]) : Math.abs(gm(a)[2] + gm(b)[2]);
      const pq = (k: number): [number, number] => (picks[k] === 0 ? [a, b] : [b, a]);
      const truth = [pq(0)[0] === anode, pq(1)[0] === anode, s === 0, pq(3)[0] === anode];
      let s2 = s;
      let v2 = val;
      if (!truth.some(Boolean)) {
        s2 = 0;
        v2 = Math.abs(gm(a)[2] - gm(b)[2]);
        truth[2] = true;
      }
      const texts = (hi: boolean) => [0, 1, 2, 3].map((k) => galvanicStatement(k, pq(k)[0], pq(k)[1], v2, hi));
      const half = (i: number) => `$\\mathrm{${gm(i)[0]}}|${ionTex(i)}$ (1 M), $E^\\circ = ${gm(i)[2]}$ V`;
      return multi({
        params: { a, b, p0: picks[0]!, p1: picks[1]!, p3: picks[3]!, s: s2 },
        text: `A galvanic cell is built at 298 K from the half-cells ${half(a)} and ${half(b)}. Which statements are correct?`,
        options: texts(false).map((text, k) => ({ text, correct: truth[k]! })),
        solution: `The couple with the lower reduction potential, ${gm(anode)[0]}, is oxidised: it is the anode, electrons leave it through the wire, it displaces the other metal's ions, and $E^\\circ_{cell} = E^\\circ_{cathode} - E^\\circ_{anode} = ${Math.abs(gm(a)[2] - gm(b)[2]).toFixed(2)}$ V.`,
        hi: { text: `298 K पर अर्ध-सेलों ${half(a)} और ${half(b)} से एक गैल्वेनी सेल बनाया जाता है। कौन-से कथन सही हैं?`, solution: `कम अपचयन विभव वाला युग्म, ${gm(anode)[0]}, ऑक्सीकृत होता है: वही ऐनोड है, इलेक्ट्रॉन तार द्वारा उससे निकलते हैं, वह दूसरी धातु के आयनों को विस्थापित करता है, और $E^\\circ_{cell} = E^\\circ_{cathode} - E^\\circ_{anode} = ${Math.abs(gm(a)[2] - gm(b)[2]).toFixed(2)}$ V।`, options: texts(true) },
      });
    },
  },
  formula({ id: 'c.elec.hydrogen-electrode-ph', subject: C, concepts: ['C.ELEC.NERNST', 'C.EQ.PH'], difficulty: 3,
    vars: { p: [0.25, 0.5, 2, 4], ph: [1.2, 2.2, 2.5, 3.4, 4.7, 5.6, 6.8, 8.3, 9.25, 10.5, 11.8, 12.6] },
    text: (v) => `A hydrogen electrode ($p_{\\mathrm{H_2}} = ${v.p}$ bar) dipped in a solution at 298 K shows a reduction potential of ${hydrogenMv(v)} mV against the standard hydrogen electrode. Find the pH of the solution ($\\frac{2.303RT}{F} = 0.059$ V).`, unit: '',
    answer: (v) => phFromMv(v),
    // The H₂ pressure term ignored, reversed or not halved, 0.059/2 used for the pH term, and pOH reported.
    mistakes: (v) => [phFromMv(v, 0), phFromMv(v, -1), phFromMv(v, 1, 0.0295), 14 - phFromMv(v), phFromMv(v, 2), phFromMv(v, 0, 0.0295)].filter((x) => x > 0 && x < 14 && Math.abs(x - phFromMv(v)) > 1e-9),
    solution: (v) => `$\\mathrm{2H^+ + 2e^- \\to H_2}$: $E = -\\frac{0.059}{2}\\log\\frac{p_{\\mathrm{H_2}}}{[\\mathrm{H^+}]^2} = -0.059\\,\\text{pH} - 0.0295\\log ${v.p}$, so pH $= -\\frac{${hydrogenMv(v) / 1000} + 0.0295\\log ${v.p}}{0.059}$.`,
    hi: { text: (v) => `298 K पर एक विलयन में डुबोया गया हाइड्रोजन इलेक्ट्रोड ($p_{\\mathrm{H_2}} = ${v.p}$ bar) मानक हाइड्रोजन इलेक्ट्रोड के सापेक्ष ${hydrogenMv(v)} mV का अपचयन विभव दर्शाता है। विलयन का pH ज्ञात कीजिए ($\\frac{2.303RT}{F} = 0.059$ V)।`, solution: (v) => `$\\mathrm{2H^+ + 2e^- \\to H_2}$: $E = -\\frac{0.059}{2}\\log\\frac{p_{\\mathrm{H_2}}}{[\\mathrm{H^+}]^2} = -0.059\\,\\text{pH} - 0.0295\\log ${v.p}$, अतः pH $= -\\frac{${hydrogenMv(v) / 1000} + 0.0295\\log ${v.p}}{0.059}$।` },
    result: [0.5, 13.5] }),
  formula({ id: 'c.elec.ksp-from-emf', subject: C, concepts: ['C.ELEC.NERNST', 'C.EQ.KSP', 'C.ELEC.CELLS'], difficulty: 5,
    vars: { x: range(0, SILVER_HALIDES.length - 1), c1: [0.01, 0.1, 1], c2: [0.01, 0.1, 1] },
    text: (v) => `The cell $\\mathrm{Ag(s) | ${sh(v.x)[0]}(s), ${sh(v.x)[1]}(${v.c1}\\ M) \\| AgNO_3(${v.c2}\\ M) | Ag(s)}$ has an EMF of ${emfText(v)} V at 298 K. Find $K_{sp}$ of $\\mathrm{${sh(v.x)[0]}}$ ($\\frac{2.303RT}{F} = 0.059$ V).`, unit: '',
    answer: (v) => kspFromEmf(v),
    // The halide concentration left out, [Ag⁺] squared as if the salt were in pure water, ln used for log.
    mistakes: (v) => pos([kspFromEmf(v, false), (v.c2 * 10 ** (-concCellEmf(v) / 0.059)) ** 2, v.c1 * v.c2 * Math.exp(-concCellEmf(v) / 0.059)]),
    solution: (v) => `A concentration cell of silver: $E = 0.059\\log\\frac{${v.c2}}{[\\mathrm{Ag^+}]_{anode}}$, so $[\\mathrm{Ag^+}]_{anode} = ${v.c2} \\times 10^{-${emfText(v)}/0.059}$; in the anode compartment $K_{sp} = [\\mathrm{Ag^+}] \\times ${v.c1}$.`,
    hi: { text: (v) => `सेल $\\mathrm{Ag(s) | ${sh(v.x)[0]}(s), ${sh(v.x)[1]}(${v.c1}\\ M) \\| AgNO_3(${v.c2}\\ M) | Ag(s)}$ का 298 K पर विद्युत वाहक बल ${emfText(v)} V है। $\\mathrm{${sh(v.x)[0]}}$ का $K_{sp}$ ज्ञात कीजिए ($\\frac{2.303RT}{F} = 0.059$ V)।`, solution: (v) => `चाँदी का सांद्रता सेल: $E = 0.059\\log\\frac{${v.c2}}{[\\mathrm{Ag^+}]_{anode}}$, अतः $[\\mathrm{Ag^+}]_{anode} = ${v.c2} \\times 10^{-${emfText(v)}/0.059}$; ऐनोड कक्ष में $K_{sp} = [\\mathrm{Ag^+}] \\times ${v.c1}$।` },
    result: [1e-18, 1e-8] }),
  formula({ id: 'c.elec.cell-constant-conductivity', subject: C, concepts: ['C.ELEC.CONDUCT'], difficulty: 3,
    vars: { k: range(0, 1), R1: [60, 80, 100, 120, 150], s: range(0, MEASURED_SOLUTIONS.length - 1) },
    text: (v) => `A conductivity cell filled with ${KCL_STANDARDS[v.k]![0]} M KCl ($\\kappa = ${KCL_STANDARDS[v.k]![1]}$ S cm⁻¹ at 298 K) has a resistance of ${v.R1 * (v.k === 0 ? 1 : 10)} Ω. Filled with ${ms(v.s)[1]} M $\\mathrm{${ms(v.s)[0]}}$ its resistance is ${solutionOhm(v)} Ω. Find the molar conductivity of the $\\mathrm{${ms(v.s)[0]}}$ solution in S cm² mol⁻¹.`, unit: 'S cm²/mol',
    answer: (v) => molarCond(v),
    // Cell constant inverted (R/κ), the 1000 cm³ L⁻¹ factor dropped, and conductance taken as conductivity.
    mistakes: (v) => [molarCond(v, (v.R1 * (v.k === 0 ? 1 : 10)) / KCL_STANDARDS[v.k]![1]), molarCond(v, cellConst(v), 1), (1000 / (solutionOhm(v) * ms(v.s)[1]))],
    solution: (v) => `Cell constant $G^* = \\kappa R = ${KCL_STANDARDS[v.k]![1]} \\times ${v.R1 * (v.k === 0 ? 1 : 10)} = ${Number(cellConst(v).toFixed(4))}$ cm⁻¹; $\\kappa = \\frac{G^*}{${solutionOhm(v)}}$; $\\Lambda_m = \\frac{1000\\kappa}{${ms(v.s)[1]}}$.`,
    hi: { text: (v) => `${KCL_STANDARDS[v.k]![0]} M KCl (298 K पर $\\kappa = ${KCL_STANDARDS[v.k]![1]}$ S cm⁻¹) से भरे चालकता सेल का प्रतिरोध ${v.R1 * (v.k === 0 ? 1 : 10)} Ω है। ${ms(v.s)[1]} M $\\mathrm{${ms(v.s)[0]}}$ से भरने पर उसका प्रतिरोध ${solutionOhm(v)} Ω है। $\\mathrm{${ms(v.s)[0]}}$ विलयन की मोलर चालकता S cm² mol⁻¹ में ज्ञात कीजिए।`, solution: (v) => `सेल स्थिरांक $G^* = \\kappa R = ${KCL_STANDARDS[v.k]![1]} \\times ${v.R1 * (v.k === 0 ? 1 : 10)} = ${Number(cellConst(v).toFixed(4))}$ cm⁻¹; $\\kappa = \\frac{G^*}{${solutionOhm(v)}}$; $\\Lambda_m = \\frac{1000\\kappa}{${ms(v.s)[1]}}$।` },
    result: [60, 450] }),
  formula({ id: 'c.elec.limiting-conductivity-extrapolation', subject: C, concepts: ['C.ELEC.CONDUCT', 'C.EQ.ACIDBASE'], difficulty: 4,
    vars: { e: range(0, DHO.length - 1), i: range(0, 2), j: range(3, 5), w: range(0, 1) },
    text: (v) => `The molar conductivity of aqueous $\\mathrm{${dho(v.e)[0]}}$ at 298 K is ${lambdaShown(v.e, ROOT_C[v.i]!).toFixed(1)} S cm² mol⁻¹ at ${cText(ROOT_C[v.i]!)} M and ${lambdaShown(v.e, ROOT_C[v.j]!).toFixed(1)} S cm² mol⁻¹ at ${cText(ROOT_C[v.j]!)} M. Using $\\Lambda_m = \\Lambda_m^\\circ - A\\sqrt{c}$, find ${v.w === 0 ? '$\\Lambda_m^\\circ$ (in S cm² mol⁻¹)' : 'the constant $A$ (in S cm² mol⁻¹ L$^{1/2}$ mol$^{-1/2}$)'}.`, unit: '',
    answer: (v) => extrapolate(v)[v.w]!,
    // Λ plotted against c instead of √c, and the lower-concentration value taken as the limit (or the slope per c).
    mistakes: (v) => pos(v.w === 0 ? [extrapolate(v, (s) => s * s)[0], lambdaShown(v.e, ROOT_C[v.i]!), (lambdaShown(v.e, ROOT_C[v.i]!) + lambdaShown(v.e, ROOT_C[v.j]!)) / 2] : [extrapolate(v, (s) => s * s)[1], extrapolate(v)[1] / 10, extrapolate(v)[1] * 2]).filter((x) => Math.abs(x - extrapolate(v)[v.w]!) > 1e-9),
    solution: (v) => `$\\sqrt{c}$ = ${ROOT_C[v.i]} and ${ROOT_C[v.j]}; slope $A = \\frac{${lambdaShown(v.e, ROOT_C[v.i]!)} - ${lambdaShown(v.e, ROOT_C[v.j]!)}}{${ROOT_C[v.j]} - ${ROOT_C[v.i]}}$, and $\\Lambda_m^\\circ = ${lambdaShown(v.e, ROOT_C[v.i]!)} + A \\times ${ROOT_C[v.i]}$.`,
    hi: { text: (v) => `298 K पर जलीय $\\mathrm{${dho(v.e)[0]}}$ की मोलर चालकता ${cText(ROOT_C[v.i]!)} M पर ${lambdaShown(v.e, ROOT_C[v.i]!).toFixed(1)} S cm² mol⁻¹ और ${cText(ROOT_C[v.j]!)} M पर ${lambdaShown(v.e, ROOT_C[v.j]!).toFixed(1)} S cm² mol⁻¹ है। $\\Lambda_m = \\Lambda_m^\\circ - A\\sqrt{c}$ का उपयोग करके ${v.w === 0 ? '$\\Lambda_m^\\circ$ (S cm² mol⁻¹ में)' : 'स्थिरांक $A$ (S cm² mol⁻¹ L$^{1/2}$ mol$^{-1/2}$ में)'} ज्ञात कीजिए।`, solution: (v) => `$\\sqrt{c}$ = ${ROOT_C[v.i]} और ${ROOT_C[v.j]}; ढाल $A = \\frac{${lambdaShown(v.e, ROOT_C[v.i]!)} - ${lambdaShown(v.e, ROOT_C[v.j]!)}}{${ROOT_C[v.j]} - ${ROOT_C[v.i]}}$, और $\\Lambda_m^\\circ = ${lambdaShown(v.e, ROOT_C[v.i]!)} + A \\times ${ROOT_C[v.i]}$।` },
    result: [50, 450] }),
  formula({ id: 'c.elec.electrolysis-gas-volume', subject: C, concepts: ['C.ELEC.FARADAY', 'C.GAS.LAWS'], difficulty: 3,
    vars: { I: [0.5, 1, 1.5, 2, 2.5, 5], t: [10, 16, 20, 30, 45, 60, 96.5], w: range(0, 2) },
    text: (v) => `Dilute aqueous $\\mathrm{H_2SO_4}$ is electrolysed between platinum electrodes with a current of ${v.I} A for ${v.t} min. Find the volume (in mL at STP, 22.4 L mol⁻¹) of ${GAS_ASK[v.w]![0]} ($F = 96500$ C mol⁻¹).`, unit: 'mL',
    answer: (v) => gasMl(v),
    // O₂ taken as a 2-electron product, H₂ as 1-electron, and the time left in minutes.
    mistakes: (v) => [gasMl(v, 2, 2), gasMl(v, 1, 4), gasMl(v, 2, 4, 1)].filter((x) => Math.abs(x - gasMl(v)) > 1e-9),
    solution: (v) => `$Q = ${v.I} \\times ${v.t} \\times 60$ C $= \\frac{Q}{96500}$ mol e⁻. Cathode: $\\mathrm{2H^+ + 2e^- \\to H_2}$ (2 e⁻ per $\\mathrm{H_2}$); anode: $\\mathrm{2H_2O \\to O_2 + 4H^+ + 4e^-}$ (4 e⁻ per $\\mathrm{O_2}$); each mole of gas is 22 400 mL at STP.`,
    hi: { text: (v) => `तनु जलीय $\\mathrm{H_2SO_4}$ का प्लैटिनम इलेक्ट्रोडों के बीच ${v.I} A धारा से ${v.t} min तक विद्युत-अपघटन किया जाता है। ${GAS_ASK[v.w]![1]} का आयतन (STP पर mL में, 22.4 L mol⁻¹) ज्ञात कीजिए ($F = 96500$ C mol⁻¹)।`, solution: (v) => `$Q = ${v.I} \\times ${v.t} \\times 60$ C $= \\frac{Q}{96500}$ मोल e⁻। कैथोड: $\\mathrm{2H^+ + 2e^- \\to H_2}$ (प्रति $\\mathrm{H_2}$ 2 e⁻); ऐनोड: $\\mathrm{2H_2O \\to O_2 + 4H^+ + 4e^-}$ (प्रति $\\mathrm{O_2}$ 4 e⁻); STP पर प्रत्येक मोल गैस 22 400 mL।` },
    result: [10, 6000] }),
  formula({ id: 'c.elec.electroplating-thickness', subject: C, concepts: ['C.ELEC.FARADAY', 'C.SOLID.STATE'], difficulty: 4,
    vars: { p: range(0, PLATING.length - 1), j: [5, 10, 20, 30, 40], A: [10, 20, 25, 50, 100], t: [10, 15, 20, 30, 60], e: range(0, 2) },
    text: (v) => `An object of surface area ${v.A} cm² is plated with ${pl(v.p)[0]} from a $\\mathrm{${pl(v.p)[1]}}$ bath at ${currentA(v)} A for ${v.t} min; the current efficiency is ${eff(v)} %. Find the thickness of the uniform deposit in µm (${pl(v.p)[0]}: M = ${pl(v.p)[2]} g mol⁻¹, density ${pl(v.p)[4]} g cm⁻³, ${pl(v.p)[3]} electrons per atom deposited; $F = 96500$ C mol⁻¹).`, unit: 'µm',
    answer: (v) => thicknessUm(v),
    // Current efficiency ignored, one electron per atom, and the time left in minutes.
    mistakes: (v) => [thicknessUm(v, pl(v.p)[3], 1), thicknessUm(v, pl(v.p)[3] === 1 ? 2 : 1), thicknessUm(v, pl(v.p)[3], eff(v) / 100, 1)].filter((x) => Math.abs(x - thicknessUm(v)) > 1e-9),
    solution: (v) => `Charge used for plating $= ${currentA(v)} \\times ${v.t} \\times 60 \\times ${eff(v) / 100}$ C; moles of ${pl(v.p)[0]} $= \\frac{\\text{that}}{${pl(v.p)[3]} \\times 96500}$; volume $= \\frac{\\text{moles} \\times ${pl(v.p)[2]}}{${pl(v.p)[4]}}$ cm³; thickness $= \\frac{\\text{volume}}{${v.A}}$ cm $\\times 10^{4}$ µm cm⁻¹.`,
    hi: { text: (v) => `${v.A} cm² पृष्ठ क्षेत्रफल वाली एक वस्तु पर $\\mathrm{${pl(v.p)[1]}}$ कुंड से ${currentA(v)} A पर ${v.t} min तक ${pl(v.p)[0]} की परत चढ़ाई जाती है; धारा दक्षता ${eff(v)} % है। एकसमान परत की मोटाई µm में ज्ञात कीजिए (${pl(v.p)[0]}: M = ${pl(v.p)[2]} g mol⁻¹, घनत्व ${pl(v.p)[4]} g cm⁻³, प्रति निक्षेपित परमाणु ${pl(v.p)[3]} इलेक्ट्रॉन; $F = 96500$ C mol⁻¹)।`, solution: (v) => `लेपन में प्रयुक्त आवेश $= ${currentA(v)} \\times ${v.t} \\times 60 \\times ${eff(v) / 100}$ C; ${pl(v.p)[0]} के मोल $= \\frac{\\text{वह}}{${pl(v.p)[3]} \\times 96500}$; आयतन $= \\frac{\\text{मोल} \\times ${pl(v.p)[2]}}{${pl(v.p)[4]}}$ cm³; मोटाई $= \\frac{\\text{आयतन}}{${v.A}}$ cm $\\times 10^{4}$ µm cm⁻¹।` },
    result: [0.05, 200] }),
];
