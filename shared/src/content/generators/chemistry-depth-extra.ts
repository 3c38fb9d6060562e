import { formula, range } from './formula.ts';
import { multi, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;

/** Gases for effusion: formula, molar mass (g/mol). */
export const EFFUSION_GASES = [['H_2', 2], ['He', 4], ['CH_4', 16], ['N_2', 28], ['O_2', 32], ['CO_2', 44], ['SO_2', 64], ['Cl_2', 71]] as const;
const gas = (i: number) => EFFUSION_GASES[i] as readonly [string, number];

/**
 * Gas-phase equilibria for Le Chatelier statements: equation, Δn(gas) (products − reactants),
 * sign of ΔH° (+1 endothermic, −1 exothermic).
 */
export const LE_CHATELIER = [
  ['N_2(g) + 3H_2(g) \\rightleftharpoons 2NH_3(g)', -2, -1], ['2SO_2(g) + O_2(g) \\rightleftharpoons 2SO_3(g)', -1, -1], ['N_2O_4(g) \\rightleftharpoons 2NO_2(g)', 1, 1],
  ['PCl_5(g) \\rightleftharpoons PCl_3(g) + Cl_2(g)', 1, 1], ['N_2(g) + O_2(g) \\rightleftharpoons 2NO(g)', 0, 1], ['H_2(g) + I_2(g) \\rightleftharpoons 2HI(g)', 0, -1],
  ['CO(g) + 2H_2(g) \\rightleftharpoons CH_3OH(g)', -2, -1], ['2NO_2(g) \\rightleftharpoons N_2O_4(g)', -1, -1],
] as const;
const lc = (i: number) => LE_CHATELIER[i] as readonly [string, number, number];

/** Rate-law table: orders in A and B (0–2), k, three experiments' concentrations (M). */
const ORDER_PAIRS = [[1, 1], [2, 0], [1, 2], [0, 1], [2, 1], [1, 0]] as const;

/** Weak acids for the common-ion question: name, Hindi, Ka. */
const WEAK_ACIDS = [['acetic acid', 'ऐसीटिक अम्ल', 1.8e-5], ['formic acid', 'फॉर्मिक अम्ल', 1.8e-4], ['benzoic acid', 'बेन्ज़ोइक अम्ल', 6.3e-5], ['hydrofluoric acid', 'हाइड्रोफ्लुओरिक अम्ल', 6.8e-4]] as const;
/** Exact [A⁻] (M) in c_a M weak acid + c_s M HCl: x(c_s + x)/(c_a − x) = Ka solved as a quadratic. */
const anionWithStrongAcid = (Ka: number, ca: number, cs: number) => (-(cs + Ka) + Math.sqrt((cs + Ka) ** 2 + 4 * Ka * ca)) / 2;
const pct = (Ka: number, ca: number, cs: number) => (100 * anionWithStrongAcid(Ka, ca, cs)) / ca;

/** Henry's law constants K_H (kbar, x = p/K_H) in water near room temperature: gas, Hindi, K_H, T (K). */
const HENRY = [['O_2', 34.86, 293], ['N_2', 76.48, 293], ['H_2', 69.16, 293], ['CO_2', 1.67, 298], ['CH_4', 0.413, 298], ['Ar', 40.3, 298]] as const;
const henry = (i: number) => HENRY[i] as readonly [string, number, number];
/** mmol of gas in 1 L (55.5 mol) of water: exact n/(n + 55.5) = p/K_H. */
const henryMmol = (i: number, p: number, exact = true) => { const x = p / (henry(i)[1] * 1000); return (1000 * 55.5 * x) / (exact ? 1 - x : 1); };

/** Bohr model constants as the stem gives them. */
const BOHR_V1 = 2.18e6;
const BOHR_R1 = 52.9;

/** Gas laws, equilibrium shifts, initial rates, common-ion effect, Bohr orbits: further shapes. */
export const chemDepthExtraGenerators: GeneratorDef[] = [
  formula({ id: 'c.gas.effusion-molar-mass', subject: C, concepts: ['C.GAS.LAWS'], difficulty: 2,
    // b is an offset so the unknown gas is never the reference gas itself.
    vars: { a: range(0, EFFUSION_GASES.length - 1), b: range(1, EFFUSION_GASES.length - 1), V: [50, 100, 200], t: [20, 30, 40, 60] },
    text: (v) => `Under identical conditions ${v.V} mL of $\\mathrm{${gas(v.a)[0]}}$ effuses through a pinhole in ${v.t} s, and the same volume of an unknown gas takes ${effusionTime(v).toFixed(1)} s. Find the molar mass of the unknown gas (${gas(v.a)[0].replace(/_/g, '')} = ${gas(v.a)[1]} g mol⁻¹).`, unit: 'g/mol',
    answer: (v) => gas(v.a)[1] * (effusionTime(v) / v.t) ** 2,
    // Rate taken proportional to M (not √M), the ratio inverted, the square root not undone.
    mistakes: (v) => [gas(v.a)[1] * (effusionTime(v) / v.t), gas(v.a)[1] * (v.t / effusionTime(v)) ** 2, gas(v.a)[1] * Math.sqrt(effusionTime(v) / v.t), gas(v.a)[1] * (v.t / effusionTime(v))],
    solution: (v) => `Graham: $\\frac{r_1}{r_2} = \\sqrt{\\frac{M_2}{M_1}}$ and for equal volumes $r \\propto \\frac1t$, so $M_2 = M_1\\left(\\frac{t_2}{t_1}\\right)^2 = ${gas(v.a)[1]} \\times \\left(\\frac{${effusionTime(v).toFixed(1)}}{${v.t}}\\right)^2$.`,
    hi: { text: (v) => `समान परिस्थितियों में $\\mathrm{${gas(v.a)[0]}}$ के ${v.V} mL एक सूक्ष्म छिद्र से ${v.t} s में निःसृत होते हैं, और एक अज्ञात गैस का उतना ही आयतन ${effusionTime(v).toFixed(1)} s लेता है। अज्ञात गैस का मोलर द्रव्यमान ज्ञात कीजिए (${gas(v.a)[0].replace(/_/g, '')} = ${gas(v.a)[1]} g mol⁻¹)।`, solution: (v) => `ग्राहम का नियम: $\\frac{r_1}{r_2} = \\sqrt{\\frac{M_2}{M_1}}$ और समान आयतनों के लिए $r \\propto \\frac1t$, अतः $M_2 = M_1\\left(\\frac{t_2}{t_1}\\right)^2 = ${gas(v.a)[1]} \\times \\left(\\frac{${effusionTime(v).toFixed(1)}}{${v.t}}\\right)^2$।` },
    result: [1.9, 73] }),
  {
    id: 'c.eq.le-chatelier-statements', subject: C, concepts: ['C.EQ.LECHATELIER', 'C.EQ.KC', 'C.TD.GIBBS'], difficulty: 4,
    build(rng) {
      const i = rng.int(0, LE_CHATELIER.length - 1);
      const [eq, dn, h] = lc(i);
      const pool = [
        { text: 'Increasing the total pressure (by compression) shifts the equilibrium forward.', hi: 'संपीडन द्वारा कुल दाब बढ़ाने पर साम्य अग्र दिशा में विस्थापित होता है।', correct: dn < 0 },
        { text: 'Raising the temperature increases the equilibrium constant.', hi: 'ताप बढ़ाने पर साम्य स्थिरांक बढ़ता है।', correct: h > 0 },
        { text: 'Adding an inert gas at constant volume leaves the equilibrium composition unchanged.', hi: 'नियत आयतन पर अक्रिय गैस मिलाने से साम्य संघटन अपरिवर्तित रहता है।', correct: true },
        { text: 'Adding an inert gas at constant pressure shifts the equilibrium forward.', hi: 'नियत दाब पर अक्रिय गैस मिलाने से साम्य अग्र दिशा में विस्थापित होता है।', correct: dn > 0 },
        { text: 'A catalyst increases the equilibrium yield of products.', hi: 'उत्प्रेरक उत्पादों की साम्य लब्धि बढ़ाता है।', correct: false },
        { text: '$K_p = K_c$ for this reaction.', hi: 'इस अभिक्रिया के लिए $K_p = K_c$ है।', correct: dn === 0 },
      ];
      const picked = rng.shuffle([0, 1, 3, 4, 5]).slice(0, 3).concat(rng.int(0, 1) === 1 ? [2] : []);
      while (picked.length < 4) picked.push([0, 1, 3, 4, 5].find((k) => !picked.includes(k))!);
      if (!picked.some((k) => pool[k]!.correct)) picked[3] = 2;
      const statements = picked.map((k) => pool[k]!);
      return multi({
        params: { i, s0: picked[0]!, s1: picked[1]!, s2: picked[2]!, s3: picked[3]! },
        text: `For $\\mathrm{${eq}}$, $\\Delta H^\\circ ${h > 0 ? '> 0' : '< 0'}$. Which statements are correct?`,
        options: statements.map((s) => ({ text: s.text, correct: s.correct })),
        solution: `$\\Delta n_g = ${dn}$. Compression favours the side with fewer gas moles${dn === 0 ? ' (none here)' : ''}; inert gas at constant volume changes no partial pressure, at constant pressure it dilutes the mixture like an expansion (favours more gas moles); $K$ changes only with temperature, rising with T for an endothermic reaction (van 't Hoff); a catalyst speeds both directions equally; $K_p = K_c(RT)^{\\Delta n_g}$.`,
        hi: { text: `$\\mathrm{${eq}}$ के लिए $\\Delta H^\\circ ${h > 0 ? '> 0' : '< 0'}$ है। कौन-से कथन सही हैं?`, solution: `$\\Delta n_g = ${dn}$। संपीडन कम गैस मोल वाले पक्ष का पक्ष लेता है${dn === 0 ? ' (यहाँ कोई नहीं)' : ''}; नियत आयतन पर अक्रिय गैस कोई आंशिक दाब नहीं बदलती, नियत दाब पर वह मिश्रण को प्रसार की तरह तनु करती है (अधिक गैस मोल का पक्ष); $K$ केवल ताप से बदलता है, ऊष्माशोषी अभिक्रिया के लिए ताप के साथ बढ़ता है (वान्ट हॉफ); उत्प्रेरक दोनों दिशाओं को समान रूप से तेज़ करता है; $K_p = K_c(RT)^{\\Delta n_g}$।`, options: statements.map((s) => s.hi) },
      });
    },
  },
  {
    id: 'c.kin.predict-rate', subject: C, concepts: ['C.KIN.INITIAL_RATES', 'C.KIN.RATE'], difficulty: 3,
    build(rng) {
      const o = rng.int(0, ORDER_PAIRS.length - 1);
      const [m, n] = ORDER_PAIRS[o]!;
      const k = rng.pick([0.02, 0.05, 0.1, 0.4] as const);
      const a0 = rng.pick([0.1, 0.2] as const);
      const b0 = rng.pick([0.1, 0.2] as const);
      const fa = rng.pick([2, 3] as const);
      const fb = rng.pick([2, 3] as const);
      const rate = (a: number, b: number) => k * a ** m * b ** n;
      const rows = [[a0, b0], [a0 * fa, b0], [a0, b0 * fb]] as const;
      const qa = rng.pick([0.3, 0.4, 0.5] as const);
      const qb = rng.pick([0.3, 0.4, 0.5] as const);
      const value = rate(qa, qb) / 1e-3;
      const f = (x: number) => Number(x.toPrecision(4));
      const table = rows.map(([a, b], r) => `(${r + 1}) $[A] = ${f(a)}$, $[B] = ${f(b)}$: rate $= ${f(rate(a, b) / 1e-3)} \\times 10^{-3}$ M s⁻¹`).join('; ');
      return num({
        params: { o, k, a0, b0, fa, fb, qa, qb },
        text: `Initial rates of $A + B \\to$ products: ${table}. Find the initial rate (in units of $10^{-3}$ M s⁻¹) when $[A] = ${qa}$ M and $[B] = ${qb}$ M.`,
        value, unit: '',
        // Orders swapped between A and B, both taken as first order, the rate of experiment 1 scaled linearly.
        mistakes: [(k * qa ** n * qb ** m) / 1e-3, (k * qa * qb) / 1e-3, ((rate(a0, b0) * (qa / a0) * (qb / b0)) / 1e-3) * 2, (k * qa ** m * qb ** n) / 1e-3 / 2],
        solution: `Experiments 1 and 2: rate × ${fa ** m} when [A] × ${fa}, so order in A is ${m}; experiments 1 and 3: rate × ${fb ** n} when [B] × ${fb}, so order in B is ${n}. Then $k = \\frac{\\text{rate}_1}{[A]^{${m}}[B]^{${n}}} = ${k}$ and rate $= k(${qa})^{${m}}(${qb})^{${n}}$.`,
        hi: { text: `$A + B \\to$ उत्पाद के प्रारंभिक वेग: ${table}। $[A] = ${qa}$ M और $[B] = ${qb}$ M होने पर प्रारंभिक वेग ($10^{-3}$ M s⁻¹ के मात्रकों में) ज्ञात कीजिए।`, solution: `प्रयोग 1 और 2: [A] × ${fa} होने पर वेग × ${fa ** m}, अतः A में कोटि ${m}; प्रयोग 1 और 3: [B] × ${fb} होने पर वेग × ${fb ** n}, अतः B में कोटि ${n}। तब $k = \\frac{\\text{वेग}_1}{[A]^{${m}}[B]^{${n}}} = ${k}$ और वेग $= k(${qa})^{${m}}(${qb})^{${n}}$।` },
        result: [0.5, 200],
      });
    },
  },
  formula({ id: 'c.eq.common-ion-ionisation', subject: C, concepts: ['C.EQ.ACIDBASE', 'C.EQ.LECHATELIER'], difficulty: 4,
    vars: { i: range(0, WEAK_ACIDS.length - 1), ca: [0.05, 0.1, 0.2], cs: [0.01, 0.05, 0.1] },
    text: (v) => `Find the percentage ionisation of ${v.ca} M ${WEAK_ACIDS[v.i]![0]} ($K_a = ${sci(WEAK_ACIDS[v.i]![2])}$) in a solution that is also ${v.cs} M in HCl (solve without approximation).`, unit: '%',
    answer: (v) => pct(WEAK_ACIDS[v.i]![2], v.ca, v.cs),
    // The HCl ignored (Ostwald's α), α taken as Ka/c, [A⁻] divided by the HCl concentration, α as a fraction.
    // (The common-ion shortcut Ka/[HCl] is not offered: it agrees with the exact answer to about 1 %.)
    mistakes: (v) => [100 * Math.sqrt(WEAK_ACIDS[v.i]![2] / v.ca), (100 * WEAK_ACIDS[v.i]![2]) / v.ca, (100 * anionWithStrongAcid(WEAK_ACIDS[v.i]![2], v.ca, v.cs)) / v.cs, pct(WEAK_ACIDS[v.i]![2], v.ca, v.cs) / 100].filter((x) => x > 0 && x <= 100),
    solution: (v) => `Let $x$ = [A⁻]: $K_a = \\frac{x(${v.cs} + x)}{${v.ca} - x}$, a quadratic in $x$. The H⁺ from HCl suppresses ionisation (common-ion effect), so $x \\approx \\frac{K_a \\times ${v.ca}}{${v.cs}}$ when $K_a \\ll ${v.cs}$; percentage $= \\frac{100x}{${v.ca}}$.`,
    hi: { text: (v) => `${v.ca} M ${WEAK_ACIDS[v.i]![1]} ($K_a = ${sci(WEAK_ACIDS[v.i]![2])}$) का उस विलयन में प्रतिशत आयनन ज्ञात कीजिए जो HCl में भी ${v.cs} M है (सन्निकटन के बिना हल कीजिए)।`, solution: (v) => `मान लीजिए $x$ = [A⁻]: $K_a = \\frac{x(${v.cs} + x)}{${v.ca} - x}$, $x$ में द्विघात। HCl से आए H⁺ आयनन को दबाते हैं (सम-आयन प्रभाव), अतः $K_a \\ll ${v.cs}$ होने पर $x \\approx \\frac{K_a \\times ${v.ca}}{${v.cs}}$; प्रतिशत $= \\frac{100x}{${v.ca}}$।` },
    result: [0.01, 8] }),
  formula({ id: 'c.atom.bohr-orbit', subject: C, concepts: ['C.ATOM.BOHR'], difficulty: 2,
    vars: { Z: [1, 2, 3], n: range(1, 4), w: range(0, 1) },
    text: (v) => `Using the Bohr model ($r_1 = 52.9$ pm and $v_1 = 2.18 \\times 10^{6}$ m s⁻¹ for hydrogen's first orbit), find the ${v.w === 0 ? 'radius (in pm)' : 'speed of the electron (in units of $10^{5}$ m s⁻¹)'} for $n = ${v.n}$ of $\\mathrm{${['H', 'He^+', 'Li^{2+}'][v.Z - 1]}}$ ($Z = ${v.Z}$).`, unit: '',
    answer: (v) => (v.w === 0 ? (BOHR_R1 * v.n ** 2) / v.Z : (BOHR_V1 * v.Z) / v.n / 1e5),
    // Z and n exponents confused (r ∝ n/Z², v ∝ Z/n² …), Z ignored.
    mistakes: (v) => (v.w === 0 ? [(BOHR_R1 * v.n) / v.Z ** 2, BOHR_R1 * v.n ** 2, (BOHR_R1 * v.n ** 2) / v.Z ** 2, BOHR_R1 * v.n * v.Z] : [(BOHR_V1 * v.Z) / v.n ** 2 / 1e5, BOHR_V1 / v.n / 1e5, (BOHR_V1 * v.Z ** 2) / v.n / 1e5, (BOHR_V1 * v.n) / v.Z / 1e5]),
    solution: (v) => (v.w === 0 ? `$r_n = r_1\\frac{n^2}{Z} = 52.9 \\times \\frac{${v.n ** 2}}{${v.Z}}$ pm: the orbit grows as $n^2$ and shrinks with nuclear charge.` : `$v_n = v_1\\frac{Z}{n} = 2.18 \\times 10^{6} \\times \\frac{${v.Z}}{${v.n}}$ m s⁻¹.`),
    hi: { text: (v) => `बोर मॉडल ($r_1 = 52.9$ pm और हाइड्रोजन की प्रथम कक्षा के लिए $v_1 = 2.18 \\times 10^{6}$ m s⁻¹) का उपयोग करके $\\mathrm{${['H', 'He^+', 'Li^{2+}'][v.Z - 1]}}$ ($Z = ${v.Z}$) की $n = ${v.n}$ कक्षा के लिए ${v.w === 0 ? 'त्रिज्या (pm में)' : 'इलेक्ट्रॉन की चाल ($10^{5}$ m s⁻¹ के मात्रकों में)'} ज्ञात कीजिए।`, solution: (v) => (v.w === 0 ? `$r_n = r_1\\frac{n^2}{Z} = 52.9 \\times \\frac{${v.n ** 2}}{${v.Z}}$ pm: कक्षा $n^2$ के साथ बढ़ती है और नाभिकीय आवेश से घटती है।` : `$v_n = v_1\\frac{Z}{n} = 2.18 \\times 10^{6} \\times \\frac{${v.Z}}{${v.n}}$ m s⁻¹।`) },
    result: [5, 850] }),
  formula({ id: 'c.sol.henry-dissolved-gas', subject: C, concepts: ['C.SOL.HENRY', 'C.BASIC.MOLE'], difficulty: 2,
    vars: { i: range(0, HENRY.length - 1), p: [0.2, 0.5, 1, 2, 5] },
    text: (v) => `Henry's law constant of $\\mathrm{${henry(v.i)[0]}}$ in water at ${henry(v.i)[2]} K is $K_H = ${henry(v.i)[1]}$ kbar ($p = K_Hx$). How many millimoles of $\\mathrm{${henry(v.i)[0]}}$ dissolve in 1 L of water (55.5 mol) at a partial pressure of ${v.p} bar?`, unit: 'mmol',
    answer: (v) => henryMmol(v.i, v.p),
    // Water counted per 100 g (5.55 mol), the mole fraction itself reported (×1000), 1 mol of water taken for 1 L,
    // the moles of water multiplied by 18 (grams) instead of 55.5 mol. (kbar read as bar would give tens of mol: not offered.)
    mistakes: (v) => [henryMmol(v.i, v.p) / 10, (1000 * v.p) / (henry(v.i)[1] * 1000), (henryMmol(v.i, v.p) / 55.5) * 18],
    solution: (v) => `$x = \\frac{p}{K_H} = \\frac{${v.p}}{${henry(v.i)[1]} \\times 10^{3}}$; with $n_{water} = 55.5$ mol, $n_{gas} = \\frac{55.5x}{1 - x} \\approx 55.5x$ mol. A larger $K_H$ means a less soluble gas.`,
    hi: { text: (v) => `${henry(v.i)[2]} K पर जल में $\\mathrm{${henry(v.i)[0]}}$ का हेनरी नियम स्थिरांक $K_H = ${henry(v.i)[1]}$ kbar है ($p = K_Hx$)। ${v.p} bar आंशिक दाब पर 1 L जल (55.5 mol) में $\\mathrm{${henry(v.i)[0]}}$ के कितने मिलीमोल घुलते हैं?`, solution: (v) => `$x = \\frac{p}{K_H} = \\frac{${v.p}}{${henry(v.i)[1]} \\times 10^{3}}$; $n_{water} = 55.5$ mol के साथ $n_{gas} = \\frac{55.5x}{1 - x} \\approx 55.5x$ mol। अधिक $K_H$ का अर्थ कम विलेय गैस है।` },
    result: [0.1, 700] }),
  formula({ id: 'c.surface.langmuir-pressure', subject: C, concepts: ['C.SURFACE'], difficulty: 3,
    vars: { K: [0.2, 0.5, 1, 2, 5], theta: [20, 40, 50, 60, 75, 80, 90] },
    text: (v) => `For adsorption following the Langmuir isotherm $\\theta = \\frac{KP}{1 + KP}$ with $K = ${v.K}$ bar⁻¹, find the pressure (in bar) at which ${v.theta} % of the surface is covered.`, unit: 'bar',
    answer: (v) => langmuirP(v),
    // The (1 − θ) factor dropped, the ratio inverted, K multiplied instead of divided.
    mistakes: (v) => [v.theta / 100 / v.K, (1 - v.theta / 100) / (v.K * (v.theta / 100)), (v.theta / 100) * v.K],
    solution: (v) => `$\\theta = \\frac{KP}{1 + KP}$ gives $P = \\frac{\\theta}{K(1 - \\theta)} = \\frac{${v.theta / 100}}{${v.K}(1 - ${v.theta / 100})}$ bar: coverage approaches 1 only slowly as the surface saturates.`,
    hi: { text: (v) => `लैंगम्यूर समतापी $\\theta = \\frac{KP}{1 + KP}$ का पालन करने वाले अधिशोषण के लिए $K = ${v.K}$ bar⁻¹ है। वह दाब (bar में) ज्ञात कीजिए जिस पर सतह का ${v.theta} % आच्छादित होता है।`, solution: (v) => `$\\theta = \\frac{KP}{1 + KP}$ से $P = \\frac{\\theta}{K(1 - \\theta)} = \\frac{${v.theta / 100}}{${v.K}(1 - ${v.theta / 100})}$ bar: सतह संतृप्त होने के कारण आच्छादन धीरे-धीरे ही 1 के निकट पहुँचता है।` },
    result: [0.04, 46] }),
];

function effusionTime(v: { a: number; b: number; t: number }): number {
  return Number((v.t * Math.sqrt(gas((v.a + v.b) % EFFUSION_GASES.length)[1] / gas(v.a)[1])).toFixed(1));
}
function langmuirP(v: { K: number; theta: number }): number {
  return v.theta / 100 / (v.K * (1 - v.theta / 100));
}
function sci(x: number): string {
  const [m, e] = x.toExponential(1).split('e');
  return `${m as string} \\times 10^{${Number(e)}}`;
}
