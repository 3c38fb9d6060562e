import { redoxElecGenerators } from './chemistry-depth-physical-d-redox.ts';
import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const pos = (xs: number[]) => xs.filter((x) => Number.isFinite(x) && x > 0);
const within = (lo: number, hi: number) => (xs: number[]) => xs.filter((x) => Number.isFinite(x) && x > lo && x < hi);
const sci = (m: number, e: number) => (m === 1 ? `10^{${e}}` : `${m} \\times 10^{${e}}`);
const lg = Math.log10;

/** ICE reactions: equation, kind (0 A + B ⇌ 2C, 1 A + B ⇌ C + D, 2 A ⇌ B + C), product that is measured. */
export const ICE_REACTIONS = [['H_2(g) + I_2(g) \\rightleftharpoons 2HI(g)', 0, 'HI'], ['CO(g) + H_2O(g) \\rightleftharpoons CO_2(g) + H_2(g)', 1, 'CO_2'], ['PCl_5(g) \\rightleftharpoons PCl_3(g) + Cl_2(g)', 2, 'Cl_2']] as const;
type Ice = { r: number; a: number; b: number; f: number; V: number };
const ice = (r: number) => ICE_REACTIONS[r]!;
/** Moles of the measured product at equilibrium. */
export const iceProduct = (v: Ice) => Number((ice(v.r)[1] === 0 ? 2 * v.f * Math.min(v.a, v.b) : ice(v.r)[1] === 1 ? v.f * Math.min(v.a, v.b) : v.f * v.a).toFixed(3));
function kcIce(v: Ice, slip = 0): number {
  const x = iceProduct(v);
  const kind = ice(v.r)[1];
  if (kind === 0) return slip === 1 ? x / ((v.a - x / 2) * (v.b - x / 2)) : slip === 2 ? x ** 2 / ((v.a - x) * (v.b - x)) : x ** 2 / ((v.a - x / 2) * (v.b - x / 2));
  if (kind === 1) return slip === 1 ? x / ((v.a - x) * (v.b - x)) : slip === 2 ? x ** 2 / (v.a * v.b) : x ** 2 / ((v.a - x) * (v.b - x));
  return slip === 1 ? x / v.V / ((v.a - x) / v.V) : slip === 2 ? x ** 2 / (v.a - x) : (x / v.V) ** 2 / ((v.a - x) / v.V);
}

/** Base equilibria as [coefficient, species] (negative = reactant). */
export const BASE_EQUILIBRIA = [
  [[-1, 'N_2'], [-3, 'H_2'], [2, 'NH_3']], [[-2, 'SO_2'], [-1, 'O_2'], [2, 'SO_3']], [[-1, 'H_2'], [-1, 'I_2'], [2, 'HI']], [[-1, 'N_2'], [-1, 'O_2'], [2, 'NO']], [[-2, 'NO_2'], [1, 'N_2O_4']],
] as const;
export const BASE_K = [4, 9, 16, 25, 64, 100, 0.25] as const;
const coefText = (c: number) => (c === 1 ? '' : Number.isInteger(c) ? String(c) : `\\tfrac{${c * 2}}{2}`);
/** The equation scaled by f (negative = reversed). */
export function scaledEquation(b: number, f: number): string {
  const terms = BASE_EQUILIBRIA[b]!.map(([c, s]) => [c * f, s] as const);
  const side = (sgn: number) => terms.filter(([c]) => Math.sign(c) === sgn).map(([c, s]) => `${coefText(Math.abs(c))}${s}(g)`).join(' + ');
  return `${side(-1)} \\rightleftharpoons ${side(1)}`;
}
type Comb = { b: number; f: number; k: number };
const kComb = (v: Comb) => BASE_K[v.k]! ** v.f;

/** Gas equilibria for qualitative shifts: equation, Δn(gas), ΔH (kJ/mol). */
export const SHIFT_REACTIONS = [
  ['N_2(g) + 3H_2(g) \\rightleftharpoons 2NH_3(g)', -2, -92], ['PCl_5(g) \\rightleftharpoons PCl_3(g) + Cl_2(g)', 1, 88], ['H_2(g) + I_2(g) \\rightleftharpoons 2HI(g)', 0, -9.5],
  ['N_2O_4(g) \\rightleftharpoons 2NO_2(g)', 1, 57], ['2SO_2(g) + O_2(g) \\rightleftharpoons 2SO_3(g)', -1, -198], ['N_2(g) + O_2(g) \\rightleftharpoons 2NO(g)', 0, 180],
  ['CaCO_3(s) \\rightleftharpoons CaO(s) + CO_2(g)', 1, 178], ['CO(g) + 2H_2(g) \\rightleftharpoons CH_3OH(g)', -2, -91],
] as const;
export const CHANGES = [
  ['the volume of the vessel is halved at constant temperature', 'स्थिर ताप पर पात्र का आयतन आधा किया जाता है'],
  ['the volume of the vessel is doubled at constant temperature', 'स्थिर ताप पर पात्र का आयतन दुगुना किया जाता है'],
  ['argon is added at constant volume', 'स्थिर आयतन पर आर्गन मिलाई जाती है'],
  ['argon is added at constant total pressure', 'स्थिर कुल दाब पर आर्गन मिलाई जाती है'],
  ['the temperature is raised', 'ताप बढ़ाया जाता है'],
  ['the temperature is lowered', 'ताप घटाया जाता है'],
  ['a catalyst is added', 'उत्प्रेरक मिलाया जाता है'],
] as const;
export const OUTCOMES = [
  ['Shifts forward; $K$ unchanged', 'अग्र दिशा में विस्थापित; $K$ अपरिवर्तित'], ['Shifts backward; $K$ unchanged', 'पश्च दिशा में विस्थापित; $K$ अपरिवर्तित'],
  ['No shift; $K$ unchanged', 'कोई विस्थापन नहीं; $K$ अपरिवर्तित'], ['Shifts forward; $K$ increases', 'अग्र दिशा में विस्थापित; $K$ बढ़ता है'], ['Shifts backward; $K$ decreases', 'पश्च दिशा में विस्थापित; $K$ घटता है'],
] as const;
/** Le Chatelier: the outcome index for reaction r under change p. */
function shiftOutcome(r: number, p: number): number {
  const [, dn, dh] = SHIFT_REACTIONS[r]!;
  if (p === 2 || p === 6) return 2;
  if (p === 4 || p === 5) return (dh > 0) === (p === 4) ? 3 : 4;
  // Compression (p = 0) favours fewer gas moles; expansion or dilution by inert gas at constant pressure the reverse.
  const towardFewer = p === 0;
  if (dn === 0) return 2;
  return (dn < 0) === towardFewer ? 0 : 1;
}

type Re = { a: number; k: number; d: number; w: number };
/** New [HI] after δ M of H₂ (w = 0) or of HI (w = 1) is added to H₂ + I₂ ⇌ 2HI at equilibrium ([H₂] = [I₂] = a, [HI] = ka). */
function readjustHI(v: Re): number {
  const K = v.k ** 2;
  if (v.w === 1) return v.k * v.a + (v.d * v.k) / (v.k + 2);
  // (ka + 2y)² = K(a + δ − y)(a − y): (4 − K)y² + (4ka + K(2a + δ))y − Kaδ = 0, root in (0, a).
  const A = 4 - K;
  const B = 4 * v.k * v.a + K * (2 * v.a + v.d);
  const Cc = -K * v.a * v.d;
  const y = (-B + Math.sqrt(B * B - 4 * A * Cc)) / (2 * A);
  return v.k * v.a + 2 * y;
}

type Mix = { V1: number; M1: number; V2: number; M2: number };
const excessH = (v: Mix, vol = v.V1 + v.V2) => (v.V1 * v.M1 - v.V2 * v.M2) / vol;
const phFromExcess = (x: number) => (x > 0 ? -lg(x) : x < 0 ? 14 + lg(-x) : 7);

export const DILUTE = [[1, -8], [2, -8], [5, -8], [1, -7], [2, -7], [3, -7], [5, -7], [1, -6]] as const;
export const KW_T = [[25, 1.0], [40, 2.92], [60, 9.55]] as const;
type Dil = { c: number; w: number; t: number };
const dilC = (c: number) => DILUTE[c]![0] * 10 ** DILUTE[c]![1];
const kw = (t: number) => KW_T[t]![1] * 1e-14;
function dilutePh(v: Dil, addWater = true): number {
  const c = dilC(v.c);
  const x = addWater ? c / 2 + Math.sqrt((c * c) / 4 + kw(v.t)) : c;
  return v.w === 0 ? -lg(x) : -lg(kw(v.t) / x);
}

export const WEAK_BASES = [['NH_3', 'ammonia', 'अमोनिया', 1.8, -5], ['CH_3NH_2', 'methylamine', 'मेथिलऐमीन', 4.4, -4], ['(CH_3)_2NH', 'dimethylamine', 'डाइमेथिलऐमीन', 5.4, -4], ['C_5H_5N', 'pyridine', 'पिरिडीन', 1.7, -9], ['C_6H_5NH_2', 'aniline', 'ऐनिलीन', 4.3, -10], ['N_2H_4', 'hydrazine', 'हाइड्राज़ीन', 1.3, -6], ['NH_2OH', 'hydroxylamine', 'हाइड्रॉक्सिलऐमीन', 1.1, -8]] as const;
type Wb = { b: number; c: number; w: number };
const kb = (b: number) => WEAK_BASES[b]![3] * 10 ** WEAK_BASES[b]![4];
const ohExact = (v: Wb) => (-kb(v.b) + Math.sqrt(kb(v.b) ** 2 + 4 * kb(v.b) * v.c)) / 2;
const wbAnswer = (v: Wb) => (v.w === 0 ? 14 + lg(ohExact(v)) : (100 * ohExact(v)) / v.c);

export const WW_SALTS = [['CH_3COONH_4', 4.76, 4.75], ['NH_4CN', 9.21, 4.75], ['NH_4F', 3.17, 4.75], ['HCOONH_4', 3.75, 4.75], ['NH_4NO_2', 3.35, 4.75], ['C_6H_5COONH_4', 4.2, 4.75], ['C_6H_5NH_3^+CH_3COO^-', 4.76, 9.38], ['C_5H_5NH^+CH_3COO^-', 4.76, 8.77]] as const;
type Ww = { s: number; c: number };
const ww = (s: number) => WW_SALTS[s]!;
const wwPh = (v: Ww) => 7 + (ww(v.s)[1] - ww(v.s)[2]) / 2;

/** Buffer pairs: weak partner, salt, pK (pKa, or pKb for the base), salt molar mass, 0 acid / 1 base. */
export const BUFFER_PAIRS = [['CH_3COOH', 'CH_3COONa', 4.76, 82, 0], ['HCOOH', 'HCOONa', 3.75, 68, 0], ['C_6H_5COOH', 'C_6H_5COONa', 4.2, 144, 0], ['NH_3', 'NH_4Cl', 4.75, 53.5, 1]] as const;
type Bm = { b: number; V: number; c: number; d: number };
const bp = (b: number) => BUFFER_PAIRS[b]!;
const targetPh = (v: Bm) => (bp(v.b)[4] === 0 ? bp(v.b)[2] + v.d : 14 - bp(v.b)[2] + v.d);
const saltMass = (v: Bm, ratio = bp(v.b)[4] === 0 ? 10 ** v.d : 10 ** -v.d) => ((v.c * v.V) / 1000) * ratio * bp(v.b)[3];

export const TITRATED = [['CH_3COOH', 'acetic acid', 'ऐसीटिक अम्ल', 4.76, 0], ['HCOOH', 'formic acid', 'फ़ॉर्मिक अम्ल', 3.75, 0], ['C_6H_5COOH', 'benzoic acid', 'बेन्ज़ोइक अम्ल', 4.2, 0], ['C_2H_5COOH', 'propanoic acid', 'प्रोपेनॉइक अम्ल', 4.87, 0], ['NH_3', 'ammonia', 'अमोनिया', 4.75, 1]] as const;
type Pn = { a: number; V1: number; c1: number; f: number; c2: number };
const tt = (a: number) => TITRATED[a]!;
const titrantMl = (v: Pn) => Number(((v.f * v.V1 * v.c1) / v.c2).toFixed(2));
/** Titrant mmol as the stem shows it, over the weak partner left. */
const pnRatio = (v: Pn) => (titrantMl(v) * v.c2) / (v.V1 * v.c1 - titrantMl(v) * v.c2);
const pnPh = (v: Pn, ratio = pnRatio(v)) => (tt(v.a)[4] === 0 ? tt(v.a)[3] + lg(ratio) : 14 - tt(v.a)[3] - lg(ratio));

export const HYDROXIDES = [['Mg(OH)_2', 2, 1.8, -11], ['Fe(OH)_2', 2, 8.0, -16], ['Cu(OH)_2', 2, 2.2, -20], ['Zn(OH)_2', 2, 1.2, -17], ['Ni(OH)_2', 2, 2.0, -15], ['Co(OH)_2', 2, 1.6, -15], ['Ca(OH)_2', 2, 5.5, -6], ['Fe(OH)_3', 3, 2.8, -39], ['Al(OH)_3', 3, 1.3, -33], ['Cr(OH)_3', 3, 6.3, -31]] as const;
type Hp = { h: number; c: number };
const hx = (h: number) => HYDROXIDES[h]!;
const kspH = (h: number) => hx(h)[2] * 10 ** hx(h)[3];
const metalIon = (h: number) => `${hx(h)[0].split('(')[0]}^{${hx(h)[1]}+}`;
const precipPh = (v: Hp, root = hx(v.h)[1], withC = true) => 14 + lg((kspH(v.h) / (withC ? v.c : 1)) ** (1 / root));

/** Silver salts: anion TeX, salt TeX, Ksp mantissa, exponent, Ag per formula (1 or 2). */
export const SILVER_SALTS = [['Cl^-', 'AgCl', 1.8, -10, 1], ['Br^-', 'AgBr', 5.0, -13, 1], ['I^-', 'AgI', 8.3, -17, 1], ['CrO_4^{2-}', 'Ag_2CrO_4', 1.1, -12, 2]] as const;
/** Pairs (first to precipitate, second). */
export const SILVER_PAIRS = [[2, 0], [1, 0], [2, 1], [0, 3], [1, 3]] as const;
type Sp = { p: number; c1: number; c2: number };
const ag = (i: number) => SILVER_SALTS[i]!;
const kAg = (i: number) => ag(i)[2] * 10 ** ag(i)[3];
const agStart = (i: number, c: number, sqrt = ag(i)[4] === 2) => (sqrt ? Math.sqrt(kAg(i) / c) : kAg(i) / c);
const firstLeft = (v: Sp) => kAg(SILVER_PAIRS[v.p]![0]) / agStart(SILVER_PAIRS[v.p]![1], v.c2);

const equilibriumGenerators: GeneratorDef[] = [
  formula({ id: 'c.eq.kc-from-equilibrium-amount', subject: C, concepts: ['C.EQ.KC', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { r: range(0, ICE_REACTIONS.length - 1), a: [1, 2, 3], b: [1, 2, 3], f: [0.4, 0.5, 0.6, 0.75, 0.8, 0.9], V: [1, 2, 5] },
    text: (v) => `${ice(v.r)[1] === 2 ? `${v.a} mol of $\\mathrm{PCl_5}$ is` : `${v.a} mol of $\\mathrm{${ice(v.r)[1] === 0 ? 'H_2' : 'CO'}}$ and ${v.b} mol of $\\mathrm{${ice(v.r)[1] === 0 ? 'I_2' : 'H_2O'}}$ are`} heated in a closed ${v.V} L vessel. At equilibrium, $\\mathrm{${ice(v.r)[0]}}$, the vessel contains ${iceProduct(v)} mol of $\\mathrm{${ice(v.r)[2]}}$. Find $K_c$${ice(v.r)[1] === 2 ? ' (in mol L⁻¹)' : ''}.`, unit: '',
    answer: (v) => kcIce(v),
    // The measured product not converted through the coefficients, the square dropped, and initial amounts (or moles instead of concentrations) used.
    mistakes: (v) => pos([kcIce(v, 1), kcIce(v, 2)]),
    solution: (v) => `ICE table: ${ice(v.r)[1] === 0 ? `$x = ${iceProduct(v)}$ mol HI uses $\\frac{x}{2}$ of each reactant, so $K_c = \\frac{x^2}{(${v.a} - \\frac{x}{2})(${v.b} - \\frac{x}{2})}$ (volumes cancel, $\\Delta n_g = 0$)` : ice(v.r)[1] === 1 ? `$y = ${iceProduct(v)}$ mol of each product uses $y$ of each reactant, so $K_c = \\frac{y^2}{(${v.a} - y)(${v.b} - y)}$ (volumes cancel)` : `$y = ${iceProduct(v)}$ mol each of $\\mathrm{PCl_3}$ and $\\mathrm{Cl_2}$, ${v.a} - y$ mol $\\mathrm{PCl_5}$; $K_c = \\frac{(y/${v.V})^2}{(${v.a} - y)/${v.V}}$`}.`,
    hi: { text: (v) => `${ice(v.r)[1] === 2 ? `$\\mathrm{PCl_5}$ के ${v.a} मोल` : `$\\mathrm{${ice(v.r)[1] === 0 ? 'H_2' : 'CO'}}$ के ${v.a} मोल और $\\mathrm{${ice(v.r)[1] === 0 ? 'I_2' : 'H_2O'}}$ के ${v.b} मोल`} एक बंद ${v.V} L पात्र में गर्म किए जाते हैं। साम्यावस्था $\\mathrm{${ice(v.r)[0]}}$ पर पात्र में $\\mathrm{${ice(v.r)[2]}}$ के ${iceProduct(v)} मोल हैं। $K_c$ ज्ञात कीजिए${ice(v.r)[1] === 2 ? ' (mol L⁻¹ में)' : ''}।`, solution: (v) => `ICE सारणी: ${ice(v.r)[1] === 0 ? `HI के $x = ${iceProduct(v)}$ मोल प्रत्येक अभिकारक के $\\frac{x}{2}$ मोल लेते हैं, अतः $K_c = \\frac{x^2}{(${v.a} - \\frac{x}{2})(${v.b} - \\frac{x}{2})}$ ($\\Delta n_g = 0$, आयतन निरस्त)` : ice(v.r)[1] === 1 ? `प्रत्येक उत्पाद के $y = ${iceProduct(v)}$ मोल प्रत्येक अभिकारक के $y$ मोल लेते हैं, अतः $K_c = \\frac{y^2}{(${v.a} - y)(${v.b} - y)}$ (आयतन निरस्त)` : `$\\mathrm{PCl_3}$ और $\\mathrm{Cl_2}$ प्रत्येक के $y = ${iceProduct(v)}$ मोल, $\\mathrm{PCl_5}$ के ${v.a} - y$ मोल; $K_c = \\frac{(y/${v.V})^2}{(${v.a} - y)/${v.V}}$`}।` },
    result: [0.01, 400] }),
  formula({ id: 'c.eq.k-of-scaled-equation', subject: C, concepts: ['C.EQ.KC'], difficulty: 2,
    vars: { b: range(0, BASE_EQUILIBRIA.length - 1), f: [-1, 2, 0.5, -0.5], k: range(0, BASE_K.length - 1) },
    text: (v) => `At a certain temperature $K_c = ${BASE_K[v.k]}$ for $\\mathrm{${scaledEquation(v.b, 1)}}$. Find $K_c$ at the same temperature for $\\mathrm{${scaledEquation(v.b, v.f)}}$.`, unit: '',
    answer: kComb,
    // K multiplied by the factor instead of raised to it, the exponent's sign flipped, the reciprocal exponent.
    mistakes: (v) => pos([BASE_K[v.k]! * v.f, BASE_K[v.k]! ** -v.f, BASE_K[v.k]! ** (1 / v.f), BASE_K[v.k]!]).filter((x) => Math.abs(x - kComb(v)) > 1e-12),
    solution: (v) => `Multiplying an equation by $n$ raises $K$ to the power $n$; reversing it inverts $K$. Here the equation is multiplied by ${v.f}: $K' = ${BASE_K[v.k]}^{${v.f}}$.`,
    hi: { text: (v) => `किसी ताप पर $\\mathrm{${scaledEquation(v.b, 1)}}$ के लिए $K_c = ${BASE_K[v.k]}$ है। उसी ताप पर $\\mathrm{${scaledEquation(v.b, v.f)}}$ के लिए $K_c$ ज्ञात कीजिए।`, solution: (v) => `समीकरण को $n$ से गुणा करने पर $K$ की घात $n$ हो जाती है; उलटने पर $K$ का व्युत्क्रम। यहाँ समीकरण ${v.f} से गुणित है: $K' = ${BASE_K[v.k]}^{${v.f}}$।` },
    result: [0.01, 1e4] }),
  {
    id: 'c.eq.le-chatelier-shift', subject: C, concepts: ['C.EQ.LECHATELIER', 'C.EQ.KC'], difficulty: 2,
    build(rng) {
      const r = rng.int(0, SHIFT_REACTIONS.length - 1);
      const p = rng.int(0, CHANGES.length - 1);
      const k = shiftOutcome(r, p);
      const others = rng.shuffle(OUTCOMES.map((_, i) => i).filter((i) => i !== k)).slice(0, 3);
      const [eq, dn, dh] = SHIFT_REACTIONS[r]!;
      return choice({
        params: { r, p },
        text: `The equilibrium $\\mathrm{${eq}}$ ($\\Delta H = ${dh}$ kJ mol⁻¹) is disturbed: ${CHANGES[p]![0]}. What happens?`,
        correct: OUTCOMES[k]![0],
        distractors: others.map((i) => OUTCOMES[i]![0]),
        solution: `$\\Delta n_g = ${dn}$ and the forward reaction is ${dh > 0 ? 'endothermic' : 'exothermic'}. Only a temperature change alters $K$ (van 't Hoff); a volume change alters $Q$ through $\\Delta n_g$; an inert gas at constant volume changes no partial pressure, at constant pressure it acts like an expansion; a catalyst changes neither. Outcome: ${OUTCOMES[k]![0]}.`,
        hi: { text: `साम्य $\\mathrm{${eq}}$ ($\\Delta H = ${dh}$ kJ mol⁻¹) विक्षुब्ध होता है: ${CHANGES[p]![1]}। क्या होता है?`, solution: `$\\Delta n_g = ${dn}$ और अग्र अभिक्रिया ${dh > 0 ? 'ऊष्माशोषी' : 'ऊष्माक्षेपी'} है। केवल ताप परिवर्तन $K$ बदलता है (वान्ट हॉफ़); आयतन परिवर्तन $\\Delta n_g$ द्वारा $Q$ बदलता है; स्थिर आयतन पर अक्रिय गैस कोई आंशिक दाब नहीं बदलती, स्थिर दाब पर यह प्रसार जैसा कार्य करती है; उत्प्रेरक कुछ नहीं बदलता। परिणाम: ${OUTCOMES[k]![1]}।`, correct: OUTCOMES[k]![1], distractors: others.map((i) => OUTCOMES[i]![1]) },
      });
    },
  },
  formula({ id: 'c.eq.readjust-after-addition', subject: C, concepts: ['C.EQ.LECHATELIER', 'C.EQ.KC'], difficulty: 4,
    vars: { a: [0.1, 0.2, 0.25, 0.4, 0.5], k: [6.8, 7, 7.5, 8], d: [0.1, 0.2, 0.5, 1], w: range(0, 1) },
    text: (v) => `At 700 K the equilibrium mixture $\\mathrm{H_2(g) + I_2(g) \\rightleftharpoons 2HI(g)}$ has $[\\mathrm{H_2}] = [\\mathrm{I_2}] = ${v.a}$ M and $[\\mathrm{HI}] = ${Number((v.k * v.a).toFixed(3))}$ M. Then ${v.d} mol L⁻¹ of ${v.w === 0 ? '$\\mathrm{H_2}$' : '$\\mathrm{HI}$'} is added at constant volume and temperature. Find $[\\mathrm{HI}]$ (in M) when equilibrium is re-established.`, unit: 'M',
    answer: readjustHI,
    // No readjustment, the whole addition converted (H₂ limited by I₂), and half of the readjustment.
    mistakes: (v) => pos(v.w === 0 ? [v.k * v.a, v.k * v.a + 2 * Math.min(v.d, v.a), (v.k * v.a + readjustHI(v)) / 2] : [v.k * v.a + v.d, v.k * v.a, v.k * v.a + v.d / 2]).filter((x) => Math.abs(x - readjustHI(v)) > 1e-9),
    solution: (v) => `$K_c = ${v.k}^2 = ${Number((v.k * v.k).toFixed(3))}$. ${v.w === 0 ? `With $y$ mol L⁻¹ of $\\mathrm{H_2}$ and $\\mathrm{I_2}$ reacting: $\\frac{(${Number((v.k * v.a).toFixed(3))} + 2y)^2}{(${Number((v.a + v.d).toFixed(3))} - y)(${v.a} - y)} = K_c$, a quadratic whose root in $(0, ${v.a})$ gives $[\\mathrm{HI}] = ${Number((v.k * v.a).toFixed(3))} + 2y$.` : `With $2y$ of the added HI decomposing: $\\frac{${Number((v.k * v.a + v.d).toFixed(3))} - 2y}{${v.a} + y} = ${v.k}$, so $y = \\frac{${v.d}}{${v.k} + 2}$.`}`,
    hi: { text: (v) => `700 K पर साम्य मिश्रण $\\mathrm{H_2(g) + I_2(g) \\rightleftharpoons 2HI(g)}$ में $[\\mathrm{H_2}] = [\\mathrm{I_2}] = ${v.a}$ M और $[\\mathrm{HI}] = ${Number((v.k * v.a).toFixed(3))}$ M है। फिर स्थिर आयतन और ताप पर ${v.w === 0 ? '$\\mathrm{H_2}$' : '$\\mathrm{HI}$'} के ${v.d} mol L⁻¹ मिलाए जाते हैं। साम्य पुनः स्थापित होने पर $[\\mathrm{HI}]$ (M में) ज्ञात कीजिए।`, solution: (v) => `$K_c = ${v.k}^2 = ${Number((v.k * v.k).toFixed(3))}$। ${v.w === 0 ? `$\\mathrm{H_2}$ और $\\mathrm{I_2}$ के $y$ mol L⁻¹ अभिक्रिया करें: $\\frac{(${Number((v.k * v.a).toFixed(3))} + 2y)^2}{(${Number((v.a + v.d).toFixed(3))} - y)(${v.a} - y)} = K_c$, द्विघात समीकरण का $(0, ${v.a})$ में मूल $[\\mathrm{HI}] = ${Number((v.k * v.a).toFixed(3))} + 2y$ देता है।` : `मिलाए गए HI का $2y$ विघटित हो: $\\frac{${Number((v.k * v.a + v.d).toFixed(3))} - 2y}{${v.a} + y} = ${v.k}$, अतः $y = \\frac{${v.d}}{${v.k} + 2}$।`}` },
    result: [0.5, 8] }),
  formula({ id: 'c.eq.ph-acid-base-mixture', subject: C, concepts: ['C.EQ.PH', 'C.BASIC.CONC'], difficulty: 2,
    vars: { V1: [10, 20, 25, 50], M1: [0.2, 0.25], V2: [10, 15, 20, 30, 40], M2: [0.12, 0.16, 0.32] },
    text: (v) => `${v.V1} mL of ${v.M1} M HCl is mixed with ${v.V2} mL of ${v.M2} M NaOH at 25 °C. Find the pH of the mixture.`, unit: '',
    answer: (v) => phFromExcess(excessH(v)),
    // The total volume ignored (excess over one solution's volume), pOH reported, the neutralisation forgotten (acid or
    // base alone, diluted or not).
    mistakes: (v) => within(0, 14)([phFromExcess(excessH(v, excessH(v) > 0 ? v.V1 : v.V2)), 14 - phFromExcess(excessH(v)), -lg((v.V1 * v.M1) / (v.V1 + v.V2)), 14 + lg((v.V2 * v.M2) / (v.V1 + v.V2)), -lg(v.M1), 14 + lg(v.M2)]).filter((x) => Math.abs(x - phFromExcess(excessH(v))) > 1e-9),
    solution: (v) => `mmol $\\mathrm{H^+} = ${v.V1} \\times ${v.M1}$, mmol $\\mathrm{OH^-} = ${v.V2} \\times ${v.M2}$; the excess ${excessH(v) === 0 ? 'is zero, so the solution is neutral' : `(${Number(Math.abs(v.V1 * v.M1 - v.V2 * v.M2).toFixed(3))} mmol of ${excessH(v) > 0 ? '$\\mathrm{H^+}$' : '$\\mathrm{OH^-}$'}) is spread over ${v.V1 + v.V2} mL${excessH(v) < 0 ? ', and pH = 14 − pOH' : ''}`}.`,
    hi: { text: (v) => `25 °C पर ${v.M1} M HCl के ${v.V1} mL को ${v.M2} M NaOH के ${v.V2} mL के साथ मिलाया जाता है। मिश्रण का pH ज्ञात कीजिए।`, solution: (v) => `$\\mathrm{H^+}$ के mmol $= ${v.V1} \\times ${v.M1}$, $\\mathrm{OH^-}$ के mmol $= ${v.V2} \\times ${v.M2}$; आधिक्य ${excessH(v) === 0 ? 'शून्य है, अतः विलयन उदासीन है' : `(${excessH(v) > 0 ? '$\\mathrm{H^+}$' : '$\\mathrm{OH^-}$'} के ${Number(Math.abs(v.V1 * v.M1 - v.V2 * v.M2).toFixed(3))} mmol) ${v.V1 + v.V2} mL में फैला है${excessH(v) < 0 ? ', और pH = 14 − pOH' : ''}`}।` },
    result: [0.5, 13.5] }),
  formula({ id: 'c.eq.ph-very-dilute', subject: C, concepts: ['C.EQ.PH', 'C.EQ.ACIDBASE'], difficulty: 4,
    vars: { c: range(0, DILUTE.length - 1), w: range(0, 1), t: range(0, KW_T.length - 1) },
    text: (v) => `Find the pH of a $${sci(DILUTE[v.c]![0], DILUTE[v.c]![1])}$ M aqueous solution of ${v.w === 0 ? 'HCl' : 'NaOH'} at ${KW_T[v.t]![0]} °C, where $K_w = ${sci(KW_T[v.t]![1], -14)}$ (take the water's own ionisation into account).`, unit: '',
    answer: (v) => dilutePh(v),
    // The water's ionisation ignored, the two sources simply added, pKw = 14 used at every temperature (or half the
    // gap to neutral), the pH of pure water, and pOH reported.
    mistakes: (v) => within(0, 14)([dilutePh(v, false), v.w === 0 ? -lg(dilC(v.c) + Math.sqrt(kw(v.t))) : -lg(kw(v.t) / (dilC(v.c) + Math.sqrt(kw(v.t)))), v.w === 1 ? dilutePh(v) + 14 + lg(kw(v.t)) : 7 - (7 - dilutePh(v)) / 2, -lg(kw(v.t)) / 2, -lg(kw(v.t)) - dilutePh(v)]).filter((x) => Math.abs(x - dilutePh(v)) > 1e-9),
    solution: (v) => `Charge balance: $[\\mathrm{${v.w === 0 ? 'H^+' : 'OH^-'}}] = c + \\frac{K_w}{[\\mathrm{${v.w === 0 ? 'H^+' : 'OH^-'}}]}$, so $[\\mathrm{${v.w === 0 ? 'H^+' : 'OH^-'}}] = \\frac{c}{2} + \\sqrt{\\frac{c^2}{4} + K_w}$${v.w === 1 ? ' and $[\\mathrm{H^+}] = K_w/[\\mathrm{OH^-}]$' : ''}; pH $= -\\log[\\mathrm{H^+}]$.`,
    hi: { text: (v) => `${KW_T[v.t]![0]} °C पर, जहाँ $K_w = ${sci(KW_T[v.t]![1], -14)}$, ${v.w === 0 ? 'HCl' : 'NaOH'} के $${sci(DILUTE[v.c]![0], DILUTE[v.c]![1])}$ M जलीय विलयन का pH ज्ञात कीजिए (जल का स्वयं का आयनन भी ध्यान में रखें)।`, solution: (v) => `आवेश संतुलन: $[\\mathrm{${v.w === 0 ? 'H^+' : 'OH^-'}}] = c + \\frac{K_w}{[\\mathrm{${v.w === 0 ? 'H^+' : 'OH^-'}}]}$, अतः $[\\mathrm{${v.w === 0 ? 'H^+' : 'OH^-'}}] = \\frac{c}{2} + \\sqrt{\\frac{c^2}{4} + K_w}$${v.w === 1 ? ' और $[\\mathrm{H^+}] = K_w/[\\mathrm{OH^-}]$' : ''}; pH $= -\\log[\\mathrm{H^+}]$।` },
    result: [5.5, 8.5] }),
  formula({ id: 'c.eq.weak-base-exact', subject: C, concepts: ['C.EQ.ACIDBASE', 'C.EQ.PH'], difficulty: 3,
    vars: { b: range(0, WEAK_BASES.length - 1), c: [0.01, 0.05, 0.1, 0.2, 0.5], w: range(0, 1) },
    text: (v) => `$K_b$ of ${WEAK_BASES[v.b]![1]}, $\\mathrm{${WEAK_BASES[v.b]![0]}}$, is $${sci(WEAK_BASES[v.b]![3], WEAK_BASES[v.b]![4])}$ at 25 °C. For its ${v.c} M aqueous solution find ${v.w === 0 ? 'the pH' : 'the percentage of the base protonated'} (solve the quadratic; $K_w = 10^{-14}$).`, unit: '',
    answer: wbAnswer,
    // The α ≪ 1 shortcut, pOH reported, the base taken as strong, the concentration left out; for α the fraction not
    // the percentage, the unprotonated share, and Ka = Kw/Kb used for Kb.
    mistakes: (v) => (v.w === 0 ? within(0, 14)([14 + 0.5 * lg(kb(v.b) * v.c), 14 - wbAnswer(v), 14 + lg(v.c), 14 + 0.5 * lg(kb(v.b))]) : within(0, 100)([100 * Math.sqrt(kb(v.b) / v.c), wbAnswer(v) / 100, 100 - wbAnswer(v), 100 * Math.sqrt(1e-14 / kb(v.b) / v.c)])).filter((x) => Math.abs(x - wbAnswer(v)) > 1e-9),
    solution: (v) => `$\\frac{x^2}{${v.c} - x} = K_b$ gives $x = [\\mathrm{OH^-}] = \\frac{-K_b + \\sqrt{K_b^2 + 4K_b(${v.c})}}{2}$; ${v.w === 0 ? 'pOH $= -\\log x$, pH $= 14 - $ pOH' : 'percentage protonated $= \\frac{x}{' + v.c + '} \\times 100$'}.`,
    hi: { text: (v) => `25 °C पर ${WEAK_BASES[v.b]![2]}, $\\mathrm{${WEAK_BASES[v.b]![0]}}$, का $K_b = ${sci(WEAK_BASES[v.b]![3], WEAK_BASES[v.b]![4])}$ है। इसके ${v.c} M जलीय विलयन के लिए ${v.w === 0 ? 'pH' : 'प्रोटॉनित क्षार का प्रतिशत'} ज्ञात कीजिए (द्विघात समीकरण हल करें; $K_w = 10^{-14}$)।`, solution: (v) => `$\\frac{x^2}{${v.c} - x} = K_b$ से $x = [\\mathrm{OH^-}] = \\frac{-K_b + \\sqrt{K_b^2 + 4K_b(${v.c})}}{2}$; ${v.w === 0 ? 'pOH $= -\\log x$, pH $= 14 - $ pOH' : 'प्रोटॉनित प्रतिशत $= \\frac{x}{' + v.c + '} \\times 100$'}।` },
    result: [0.001, 100] }),
  formula({ id: 'c.eq.weak-acid-weak-base-salt', subject: C, concepts: ['C.EQ.ACIDBASE', 'C.EQ.PH'], difficulty: 3,
    vars: { s: range(0, WW_SALTS.length - 1), c: [0.01, 0.05, 0.1, 0.5] },
    text: (v) => `Find the pH at 25 °C of a ${v.c} M aqueous solution of $\\mathrm{${ww(v.s)[0]}}$, given p$K_a$ of the acid $= ${ww(v.s)[1]}$ and p$K_b$ of the base $= ${ww(v.s)[2]}$ (p$K_w = 14$).`, unit: '',
    answer: wwPh,
    // The salt treated as a weak acid–strong base salt (concentration term), the two pK values swapped, and their sum used.
    mistakes: (v) => within(0, 14)([7 + ww(v.s)[1] / 2 + lg(v.c) / 2, 7 + (ww(v.s)[2] - ww(v.s)[1]) / 2, 7 - ww(v.s)[2] / 2 - lg(v.c) / 2, (ww(v.s)[1] + ww(v.s)[2]) / 2]).filter((x) => Math.abs(x - wwPh(v)) > 1e-9),
    solution: (v) => `Both ions hydrolyse: $K_h = \\frac{K_w}{K_aK_b}$, $\\frac{h}{1 - h} = \\sqrt{K_h}$ and $[\\mathrm{H^+}] = K_a\\frac{h}{1 - h} = \\sqrt{\\frac{K_wK_a}{K_b}}$, so pH $= 7 + \\frac12($p$K_a - $p$K_b) = 7 + \\frac12(${ww(v.s)[1]} - ${ww(v.s)[2]})$, independent of the concentration.`,
    hi: { text: (v) => `25 °C पर $\\mathrm{${ww(v.s)[0]}}$ के ${v.c} M जलीय विलयन का pH ज्ञात कीजिए; अम्ल का p$K_a = ${ww(v.s)[1]}$ और क्षार का p$K_b = ${ww(v.s)[2]}$ (p$K_w = 14$)।`, solution: (v) => `दोनों आयनों का जल-अपघटन होता है: $K_h = \\frac{K_w}{K_aK_b}$, $\\frac{h}{1 - h} = \\sqrt{K_h}$ और $[\\mathrm{H^+}] = K_a\\frac{h}{1 - h} = \\sqrt{\\frac{K_wK_a}{K_b}}$, अतः pH $= 7 + \\frac12($p$K_a - $p$K_b) = 7 + \\frac12(${ww(v.s)[1]} - ${ww(v.s)[2]})$, सांद्रता से स्वतंत्र।` },
    result: [3, 11] }),
  formula({ id: 'c.eq.buffer-salt-mass', subject: C, concepts: ['C.EQ.BUFFER', 'C.BASIC.MOLE'], difficulty: 3,
    vars: { b: range(0, BUFFER_PAIRS.length - 1), V: [100, 250, 500], c: [0.1, 0.2], d: [-0.5, -0.3, 0, 0.2, 0.3, 0.5] },
    text: (v) => `What mass (in g) of $\\mathrm{${bp(v.b)[1]}}$ (M = ${bp(v.b)[3]} g mol⁻¹) must be dissolved in ${v.V} mL of ${v.c} M $\\mathrm{${bp(v.b)[0]}}$ to make a buffer of pH ${Number(targetPh(v).toFixed(2))} at 25 °C (p$K_${bp(v.b)[4] === 0 ? 'a' : 'b'}$ of $\\mathrm{${bp(v.b)[0]}}$ = ${bp(v.b)[2]}; no volume change)?`, unit: 'g',
    answer: (v) => saltMass(v),
    // The ratio inverted, ln used for log, and (basic buffer) the acid-buffer equation applied to pH.
    mistakes: (v) => [saltMass(v, 1 / (bp(v.b)[4] === 0 ? 10 ** v.d : 10 ** -v.d)), saltMass(v, Math.exp(bp(v.b)[4] === 0 ? v.d : -v.d)), saltMass(v, bp(v.b)[4] === 0 ? 10 ** (2 * v.d) : 10 ** (targetPh(v) - bp(v.b)[2]))].filter((x) => Math.abs(x - saltMass(v)) > 1e-9),
    solution: (v) => (bp(v.b)[4] === 0 ? `pH $=$ p$K_a + \\log\\frac{[\\text{salt}]}{[\\text{acid}]}$: $\\frac{[\\text{salt}]}{[\\text{acid}]} = 10^{${Number(v.d.toFixed(2))}}$` : `pOH $=$ p$K_b + \\log\\frac{[\\text{salt}]}{[\\text{base}]}$ with pOH $= ${Number((14 - targetPh(v)).toFixed(2))}$: $\\frac{[\\text{salt}]}{[\\text{base}]} = 10^{${Number((-v.d).toFixed(2))}}$`) + `; mol salt $= ${Number(((v.c * v.V) / 1000).toFixed(4))} \\times$ ratio; mass $=$ mol $\\times ${bp(v.b)[3]}$.`,
    hi: { text: (v) => `25 °C पर pH ${Number(targetPh(v).toFixed(2))} का बफ़र बनाने के लिए ${v.c} M $\\mathrm{${bp(v.b)[0]}}$ के ${v.V} mL में $\\mathrm{${bp(v.b)[1]}}$ (M = ${bp(v.b)[3]} g mol⁻¹) का कितना द्रव्यमान (g में) घोलना होगा ($\\mathrm{${bp(v.b)[0]}}$ का p$K_${bp(v.b)[4] === 0 ? 'a' : 'b'}$ = ${bp(v.b)[2]}; आयतन अपरिवर्तित)?`, solution: (v) => (bp(v.b)[4] === 0 ? `pH $=$ p$K_a + \\log\\frac{[\\text{लवण}]}{[\\text{अम्ल}]}$: $\\frac{[\\text{लवण}]}{[\\text{अम्ल}]} = 10^{${Number(v.d.toFixed(2))}}$` : `pOH $=$ p$K_b + \\log\\frac{[\\text{लवण}]}{[\\text{क्षार}]}$, pOH $= ${Number((14 - targetPh(v)).toFixed(2))}$: $\\frac{[\\text{लवण}]}{[\\text{क्षार}]} = 10^{${Number((-v.d).toFixed(2))}}$`) + `; लवण के मोल $= ${Number(((v.c * v.V) / 1000).toFixed(4))} \\times$ अनुपात; द्रव्यमान $=$ मोल $\\times ${bp(v.b)[3]}$।` },
    result: [0.1, 50] }),
  formula({ id: 'c.eq.partial-neutralisation-buffer', subject: C, concepts: ['C.EQ.BUFFER', 'C.EQ.ACIDBASE', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { a: range(0, TITRATED.length - 1), V1: [20, 25, 50], c1: [0.1, 0.2], f: [0.2, 0.25, 0.4, 0.6, 0.75, 0.8], c2: [0.1, 0.2] },
    text: (v) => `${v.V1} mL of ${v.c1} M ${tt(v.a)[1]} (p$K_${tt(v.a)[4] === 0 ? 'a' : 'b'}$ = ${tt(v.a)[3]}) is titrated with ${v.c2} M ${tt(v.a)[4] === 0 ? 'NaOH' : 'HCl'}. Find the pH at 25 °C after ${titrantMl(v)} mL of the titrant has been added.`, unit: '',
    answer: (v) => pnPh(v),
    // The half-equivalence pH assumed, the ratio inverted, and the titrant compared with the initial (not remaining) weak partner.
    mistakes: (v) => within(0, 14)([pnPh(v, 1), pnPh(v, 1 / pnRatio(v)), pnPh(v, (titrantMl(v) * v.c2) / (v.V1 * v.c1))]).filter((x) => Math.abs(x - pnPh(v)) > 1e-9),
    solution: (v) => `mmol ${tt(v.a)[1]} $= ${v.V1} \\times ${v.c1} = ${Number((v.V1 * v.c1).toFixed(3))}$; titrant $= ${titrantMl(v)} \\times ${v.c2} = ${Number((titrantMl(v) * v.c2).toFixed(3))}$ mmol, which converts that much into its ${tt(v.a)[4] === 0 ? 'salt' : 'conjugate acid'}. ${tt(v.a)[4] === 0 ? 'pH $=$ p$K_a + \\log\\frac{\\text{salt}}{\\text{acid left}}$' : 'pOH $=$ p$K_b + \\log\\frac{\\mathrm{NH_4^+}}{\\mathrm{NH_3}\\text{ left}}$, pH $= 14 -$ pOH'}.`,
    hi: { text: (v) => `${v.c1} M ${tt(v.a)[2]} (p$K_${tt(v.a)[4] === 0 ? 'a' : 'b'}$ = ${tt(v.a)[3]}) के ${v.V1} mL का ${v.c2} M ${tt(v.a)[4] === 0 ? 'NaOH' : 'HCl'} से अनुमापन किया जाता है। अनुमापक के ${titrantMl(v)} mL मिलाने के बाद 25 °C पर pH ज्ञात कीजिए।`, solution: (v) => `${tt(v.a)[2]} के mmol $= ${v.V1} \\times ${v.c1} = ${Number((v.V1 * v.c1).toFixed(3))}$; अनुमापक $= ${titrantMl(v)} \\times ${v.c2} = ${Number((titrantMl(v) * v.c2).toFixed(3))}$ mmol, जो उतने को ${tt(v.a)[4] === 0 ? 'लवण' : 'संयुग्मी अम्ल'} में बदलता है। ${tt(v.a)[4] === 0 ? 'pH $=$ p$K_a + \\log\\frac{\\text{लवण}}{\\text{शेष अम्ल}}$' : 'pOH $=$ p$K_b + \\log\\frac{\\mathrm{NH_4^+}}{\\text{शेष }\\mathrm{NH_3}}$, pH $= 14 -$ pOH'}।` },
    result: [2.5, 11] }),
  formula({ id: 'c.eq.hydroxide-precipitation-ph', subject: C, concepts: ['C.EQ.KSP', 'C.EQ.PH'], difficulty: 4,
    vars: { h: range(0, HYDROXIDES.length - 1), c: [0.001, 0.01, 0.05, 0.1] },
    text: (v) => `A solution is ${v.c} M in $\\mathrm{${metalIon(v.h)}}$. Above what pH does $\\mathrm{${hx(v.h)[0]}}$ ($K_{sp} = ${sci(hx(v.h)[2], hx(v.h)[3])}$ at 25 °C) begin to precipitate?`, unit: '',
    answer: (v) => precipPh(v),
    // The root not taken, the wrong root (square vs cube), the metal concentration left out, pOH reported, the
    // concentration squared, and the pure-water solubility taken for [OH⁻].
    mistakes: (v) => within(0, 14)([14 + lg(kspH(v.h) / v.c), precipPh(v, hx(v.h)[1] === 2 ? 3 : 2), precipPh(v, hx(v.h)[1], false), 14 - precipPh(v), 14 + lg((kspH(v.h) / v.c ** 2) ** (1 / hx(v.h)[1])), 14 + lg(kspH(v.h) ** (1 / (hx(v.h)[1] + 1)))]).filter((x) => Math.abs(x - precipPh(v)) > 1e-9),
    solution: (v) => `Precipitation starts when $[\\mathrm{M^{${hx(v.h)[1]}+}}][\\mathrm{OH^-}]^{${hx(v.h)[1]}} = K_{sp}$: $[\\mathrm{OH^-}] = \\left(\\frac{${sci(hx(v.h)[2], hx(v.h)[3])}}{${v.c}}\\right)^{1/${hx(v.h)[1]}}$, pH $= 14 + \\log[\\mathrm{OH^-}]$.`,
    hi: { text: (v) => `एक विलयन $\\mathrm{${metalIon(v.h)}}$ में ${v.c} M है। किस pH से ऊपर $\\mathrm{${hx(v.h)[0]}}$ (25 °C पर $K_{sp} = ${sci(hx(v.h)[2], hx(v.h)[3])}$) अवक्षेपित होना आरंभ करता है?`, solution: (v) => `अवक्षेपण तब आरंभ होता है जब $[\\mathrm{M^{${hx(v.h)[1]}+}}][\\mathrm{OH^-}]^{${hx(v.h)[1]}} = K_{sp}$: $[\\mathrm{OH^-}] = \\left(\\frac{${sci(hx(v.h)[2], hx(v.h)[3])}}{${v.c}}\\right)^{1/${hx(v.h)[1]}}$, pH $= 14 + \\log[\\mathrm{OH^-}]$।` },
    result: [1, 13.5] }),
  formula({ id: 'c.eq.selective-precipitation', subject: C, concepts: ['C.EQ.KSP', 'C.EQ.LECHATELIER'], difficulty: 5,
    vars: { p: range(0, SILVER_PAIRS.length - 1), c1: [0.01, 0.05, 0.1], c2: [0.01, 0.05, 0.1] },
    text: (v) => `Solid $\\mathrm{AgNO_3}$ is added slowly to a solution ${v.c1} M in $\\mathrm{${ag(SILVER_PAIRS[v.p]![0])[0]}}$ and ${v.c2} M in $\\mathrm{${ag(SILVER_PAIRS[v.p]![1])[0]}}$ ($K_{sp}$: $\\mathrm{${ag(SILVER_PAIRS[v.p]![0])[1]}}$ $${sci(ag(SILVER_PAIRS[v.p]![0])[2], ag(SILVER_PAIRS[v.p]![0])[3])}$, $\\mathrm{${ag(SILVER_PAIRS[v.p]![1])[1]}}$ $${sci(ag(SILVER_PAIRS[v.p]![1])[2], ag(SILVER_PAIRS[v.p]![1])[3])}$; no volume change). What is the concentration (mol L⁻¹) of $\\mathrm{${ag(SILVER_PAIRS[v.p]![0])[0]}}$ left in solution when $\\mathrm{${ag(SILVER_PAIRS[v.p]![1])[1]}}$ just begins to precipitate?`, unit: 'mol/L',
    answer: firstLeft,
    // The square root for silver chromate forgotten (or the ratio rule of two 1 : 1 salts applied to it), the silver ion concentration reported, and the first salt's solubility in pure water.
    mistakes: (v) => {
      const [i1, i2] = SILVER_PAIRS[v.p]!;
      return pos([kAg(i1) / agStart(i2, v.c2, false), agStart(i2, v.c2), Math.sqrt(kAg(i1)), (kAg(i1) / kAg(i2)) * v.c2]).filter((x) => Math.abs(x / firstLeft(v) - 1) > 1e-6);
    },
    solution: (v) => {
      const [i1, i2] = SILVER_PAIRS[v.p]!;
      return `$\\mathrm{${ag(i1)[1]}}$ needs $[\\mathrm{Ag^+}] = \\frac{K_{sp}}{${v.c1}}$, far less than $\\mathrm{${ag(i2)[1]}}$ needs, so it precipitates first. $\\mathrm{${ag(i2)[1]}}$ starts at $[\\mathrm{Ag^+}] = ${ag(i2)[4] === 2 ? `\\sqrt{\\frac{${sci(ag(i2)[2], ag(i2)[3])}}{${v.c2}}}` : `\\frac{${sci(ag(i2)[2], ag(i2)[3])}}{${v.c2}}`}$; then $[\\mathrm{${ag(i1)[0]}}] = \\frac{${sci(ag(i1)[2], ag(i1)[3])}}{[\\mathrm{Ag^+}]}$.`;
    },
    hi: { text: (v) => `$\\mathrm{${ag(SILVER_PAIRS[v.p]![0])[0]}}$ में ${v.c1} M और $\\mathrm{${ag(SILVER_PAIRS[v.p]![1])[0]}}$ में ${v.c2} M विलयन में ठोस $\\mathrm{AgNO_3}$ धीरे-धीरे मिलाया जाता है ($K_{sp}$: $\\mathrm{${ag(SILVER_PAIRS[v.p]![0])[1]}}$ $${sci(ag(SILVER_PAIRS[v.p]![0])[2], ag(SILVER_PAIRS[v.p]![0])[3])}$, $\\mathrm{${ag(SILVER_PAIRS[v.p]![1])[1]}}$ $${sci(ag(SILVER_PAIRS[v.p]![1])[2], ag(SILVER_PAIRS[v.p]![1])[3])}$; आयतन अपरिवर्तित)। जब $\\mathrm{${ag(SILVER_PAIRS[v.p]![1])[1]}}$ अवक्षेपित होना आरंभ करता है, तब विलयन में शेष $\\mathrm{${ag(SILVER_PAIRS[v.p]![0])[0]}}$ की सांद्रता (mol L⁻¹) क्या है?`, solution: (v) => {
      const [i1, i2] = SILVER_PAIRS[v.p]!;
      return `$\\mathrm{${ag(i1)[1]}}$ को $[\\mathrm{Ag^+}] = \\frac{K_{sp}}{${v.c1}}$ चाहिए, जो $\\mathrm{${ag(i2)[1]}}$ की आवश्यकता से बहुत कम है, अतः यह पहले अवक्षेपित होता है। $\\mathrm{${ag(i2)[1]}}$ $[\\mathrm{Ag^+}] = ${ag(i2)[4] === 2 ? `\\sqrt{\\frac{${sci(ag(i2)[2], ag(i2)[3])}}{${v.c2}}}` : `\\frac{${sci(ag(i2)[2], ag(i2)[3])}}{${v.c2}}`}$ पर आरंभ होता है; तब $[\\mathrm{${ag(i1)[0]}}] = \\frac{${sci(ag(i1)[2], ag(i1)[3])}}{[\\mathrm{Ag^+}]}$।`;
    } },
    result: [1e-10, 1e-3] }),
];

/** Ionic and chemical equilibria, redox and electrochemistry: further question shapes. */
export const chemDepthPhysicalEqGenerators: GeneratorDef[] = [...equilibriumGenerators, ...redoxElecGenerators];
