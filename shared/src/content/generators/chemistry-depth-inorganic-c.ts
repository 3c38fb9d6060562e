import { equationTex, RATE_REACTIONS, RATE_UNITS } from './chem-data-inorganic.ts';
import { formula, range } from './formula.ts';
import { multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const sig = (x: number, d = 6) => Number(x.toPrecision(d));

/** The given (a) and asked (b) species of reaction i: b is never a. */
export function rateSpecies(v: { i: number; a: number; b: number }): [readonly [string, number, number], readonly [string, number, number]] {
  const r = RATE_REACTIONS[v.i]!;
  const a = v.a % r.length;
  return [r[a]!, r[(a + 1 + (v.b % (r.length - 1))) % r.length]!];
}
const rateWord = (s: readonly [string, number, number], hi: boolean) => (s[2] < 0 ? (hi ? 'विलोपन' : 'disappearance') : (hi ? 'निर्माण' : 'formation'));
const relRate = (v: { i: number; a: number; b: number; r: number }) => { const [x, y] = rateSpecies(v); return (v.r * y[1]) / x[1]; };

/** Volume change (w = 0: volume cut to 1/n) or amounts multiplied at fixed volume (w = 1: A × n, B × m). */
const rateFactor = (v: { w: number; n: number; m: number; x: number; y: number }) => (v.w === 0 ? v.n ** (v.x + v.y) : v.n ** v.x * v.m ** v.y);

/** Initial-rate table: [A]₀, [B]₀, rate₀ (10⁻³ mol L⁻¹ s⁻¹); exp 2 doubles A, exp 3 doubles B, exp 4 has [B] = c·[B]₀ and unknown [A] = s·[A]₀. */
export const rate4 = (v: { r0: number; s: number; c: number; x: number; y: number }) => sig(v.r0 * v.s ** v.x * v.c ** v.y);
const missingA = (v: { A0: number; r0: number; s: number; c: number; x: number; y: number }) => v.A0 * (rate4(v) / (v.r0 * v.c ** v.y)) ** (1 / v.x);
const tableText = (v: { A0: number; B0: number; r0: number; c: number; x: number; y: number; s: number }, unknown: string) =>
  `| Exp. | [A] (mol L⁻¹) | [B] (mol L⁻¹) | rate ($10^{-3}$ mol L⁻¹ s⁻¹) |\n|---|---|---|---|\n| 1 | ${v.A0} | ${v.B0} | ${v.r0} |\n| 2 | ${sig(2 * v.A0)} | ${v.B0} | ${sig(v.r0 * 2 ** v.x)} |\n| 3 | ${v.A0} | ${sig(2 * v.B0)} | ${sig(v.r0 * 2 ** v.y)} |${unknown ? `\n| 4 | ${unknown} | ${sig(v.c * v.B0)} | ${rate4(v)} |` : ''}`;

/** Zero-order decomposition on a surface: time (min) for the asked fraction f (%) to react, or t½ at a new [A]₀ (w = 2). */
export const ZERO_ORDER = ['$\\mathrm{NH_3}$ on a hot platinum surface', '$\\mathrm{HI}$ on a gold surface', '$\\mathrm{N_2O}$ on a hot platinum wire', '$\\mathrm{PH_3}$ on hot tungsten'] as const;
export const ZERO_ORDER_HI = ['गर्म प्लैटिनम सतह पर $\\mathrm{NH_3}$', 'स्वर्ण सतह पर $\\mathrm{HI}$', 'गर्म प्लैटिनम तार पर $\\mathrm{N_2O}$', 'गर्म टंगस्टन पर $\\mathrm{PH_3}$'] as const;
const zeroTime = (v: { A0: number; k: number; f: number; w: number; A1: number }) => (v.w === 2 ? v.A1 / (2 * v.k) : (v.A0 * v.f) / 100 / v.k);

/** Parallel first-order branches A → B (k₁), A → C (k₂): product (mmol L⁻¹) formed by time t. */
const parallelProduct = (v: { A0: number; k1: number; k2: number; t: number; w: number }) => {
  const k = v.k1 + v.k2;
  return ((v.w === 0 ? v.k1 : v.k2) / k) * v.A0 * (1 - Math.exp(-k * v.t));
};

/** log₁₀ k (s⁻¹) = a − b/T: temperature (K) at which the first-order half-life is t minutes. */
const arrheniusT = (v: { a: number; b: number; t: number }) => v.b / (v.a - Math.log10(0.693 / (60 * v.t)));

/** Orders shown in a rate-table statement set: the true value or a neighbouring slip. */
export function tableStatements(v: Record<string, number>): { text: string; hi: string; correct: boolean }[] {
  const n = v.x! + v.y!;
  const sx = v.x! + (v.f0 === 0 ? 0 : v.x === 0 ? 1 : -1);
  const sn = n + (v.f1 === 0 ? 0 : n >= 4 ? -1 : 1);
  const su = n + (v.f2 === 0 ? 0 : n === 0 ? 1 : -1);
  const sf = 2 ** (n + (v.f3 === 0 ? 0 : 1));
  return [
    { text: `The order with respect to A is ${sx}.`, hi: `A के सापेक्ष कोटि ${sx} है।`, correct: v.f0 === 0 },
    { text: `The overall order of the reaction is ${sn}.`, hi: `अभिक्रिया की समग्र कोटि ${sn} है।`, correct: v.f1 === 0 },
    { text: `The rate constant has the unit ${RATE_UNITS[su]}.`, hi: `वेग स्थिरांक का मात्रक ${RATE_UNITS[su]} है।`, correct: v.f2 === 0 },
    { text: `Doubling both [A] and [B] multiplies the rate by ${sf}.`, hi: `[A] और [B] दोनों को दोगुना करने पर वेग ${sf} गुना हो जाता है।`, correct: v.f3 === 0 },
  ];
}

/** Kinetics: stoichiometric rates, rate-law scaling, initial-rate tables, zero order, parallel paths, Arrhenius. */
export const chemDepthInorganicCKinetics: GeneratorDef[] = [
  formula({ id: 'c.kin.stoichiometric-rates', subject: C, concepts: ['C.KIN.RATE'], difficulty: 2,
    vars: { i: range(0, RATE_REACTIONS.length - 1), a: range(0, 4), b: range(0, 3), r: [0.012, 0.024, 0.03, 0.036, 0.048, 0.06, 0.072, 0.09, 0.12] },
    text: (v) => `For $${equationTex(RATE_REACTIONS[v.i]!)}$, the rate of ${rateWord(rateSpecies(v)[0], false)} of $\\mathrm{${rateSpecies(v)[0][0]}}$ is ${v.r} mol L⁻¹ s⁻¹. Find the rate of ${rateWord(rateSpecies(v)[1], false)} of $\\mathrm{${rateSpecies(v)[1][0]}}$ (in mol L⁻¹ s⁻¹).`, unit: 'mol L⁻¹ s⁻¹',
    answer: relRate,
    // Coefficient ratio inverted, coefficients ignored, the rate of reaction (÷ own coefficient) reported.
    mistakes: (v) => { const [x, y] = rateSpecies(v); return [(v.r * x[1]) / y[1], v.r, v.r / x[1], v.r * x[1] * y[1]]; },
    solution: (v) => { const [x, y] = rateSpecies(v); return `Rate of reaction $= \\frac{1}{\\nu_i}\\left|\\frac{d[i]}{dt}\\right|$ is the same for every species: $\\frac{${v.r}}{${x[1]}} \\times ${y[1]}$.`; },
    hi: { text: (v) => `$${equationTex(RATE_REACTIONS[v.i]!)}$ के लिए $\\mathrm{${rateSpecies(v)[0][0]}}$ के ${rateWord(rateSpecies(v)[0], true)} की दर ${v.r} mol L⁻¹ s⁻¹ है। $\\mathrm{${rateSpecies(v)[1][0]}}$ के ${rateWord(rateSpecies(v)[1], true)} की दर (mol L⁻¹ s⁻¹ में) ज्ञात कीजिए।`,
      solution: (v) => { const [x, y] = rateSpecies(v); return `अभिक्रिया वेग $= \\frac{1}{\\nu_i}\\left|\\frac{d[i]}{dt}\\right|$ प्रत्येक स्पीशीज़ के लिए समान है: $\\frac{${v.r}}{${x[1]}} \\times ${y[1]}$।`; } },
    result: [0.002, 0.8] }),
  formula({ id: 'c.kin.rate-law-scaling', subject: C, concepts: ['C.KIN.RATE'], difficulty: 3,
    vars: { w: range(0, 1), n: range(2, 4), m: range(2, 3), x: range(1, 2), y: range(0, 2) },
    text: (v) => `The gas-phase reaction $\\mathrm{A + B \\to products}$ follows rate $= k[\\mathrm{A}]^{${v.x}}[\\mathrm{B}]^{${v.y}}$. ${v.w === 0 ? `The volume of the vessel is reduced to $\\frac{1}{${v.n}}$ of its value at constant temperature.` : `At constant volume and temperature the amount of A is made ${v.n} times and that of B ${v.m} times.`} By what factor does the rate increase?`, unit: '',
    answer: rateFactor,
    // Only A's order used, orders added instead of used as powers, the factor raised to the product of the orders.
    mistakes: (v) => [v.n ** v.x, v.w === 0 ? v.n * (v.x + v.y) : v.n * v.x + v.m * v.y, v.w === 0 ? v.n ** (v.x * Math.max(v.y, 1)) : v.n * v.m, v.w === 0 ? v.n ** (v.x + v.y + 1) : v.n ** v.y * v.m ** v.x].filter((z) => z > 1),
    solution: (v) => (v.w === 0 ? `Concentrations are amount/volume, so both rise ${v.n}-fold: rate factor $= ${v.n}^{${v.x}} \\times ${v.n}^{${v.y}} = ${v.n}^{${v.x + v.y}}$.` : `At fixed volume concentration ∝ amount: rate factor $= ${v.n}^{${v.x}} \\times ${v.m}^{${v.y}}$.`),
    hi: { text: (v) => `गैस-प्रावस्था अभिक्रिया $\\mathrm{A + B \\to products}$ का वेग $= k[\\mathrm{A}]^{${v.x}}[\\mathrm{B}]^{${v.y}}$ है। ${v.w === 0 ? `स्थिर ताप पर पात्र का आयतन घटाकर $\\frac{1}{${v.n}}$ कर दिया जाता है।` : `स्थिर आयतन और ताप पर A की मात्रा ${v.n} गुना और B की ${v.m} गुना कर दी जाती है।`} वेग कितने गुना बढ़ जाता है?`,
      solution: (v) => (v.w === 0 ? `सांद्रता = मात्रा/आयतन, अतः दोनों ${v.n} गुना: वेग गुणक $= ${v.n}^{${v.x + v.y}}$।` : `स्थिर आयतन पर सांद्रता ∝ मात्रा: वेग गुणक $= ${v.n}^{${v.x}} \\times ${v.m}^{${v.y}}$।`) },
    result: [2, 256] }),
  formula({ id: 'c.kin.missing-concentration', subject: C, concepts: ['C.KIN.INITIAL_RATES', 'C.KIN.RATE'], difficulty: 4,
    vars: { x: range(1, 2), y: range(0, 2), A0: [0.1, 0.2], B0: [0.1, 0.2, 0.3], r0: [1.5, 2.4, 3.2, 4, 6], s: [0.5, 1.5, 2.5, 3], c: [1.5, 3] },
    text: (v) => `Initial rates of $\\mathrm{A + B \\to P}$ at a fixed temperature:\n\n${tableText(v, '?')}\n\nFind the missing concentration of A in experiment 4 (mol L⁻¹, to two decimals).`, unit: 'mol L⁻¹',
    answer: missingA,
    // B's change ignored, orders of A and B swapped, rate taken proportional to [A] whatever the order, the ratio inverted.
    mistakes: (v) => [v.A0 * (rate4(v) / v.r0) ** (1 / v.x), v.y > 0 ? v.A0 * (rate4(v) / (v.r0 * v.c ** v.x)) ** (1 / v.y) : v.A0 * v.s * v.c, (v.A0 * rate4(v)) / (v.r0 * v.c ** v.y), v.A0 / v.s],
    sig: 3,
    solution: (v) => `Exp. 1 → 2: doubling [A] multiplies the rate by $2^{${v.x}}$, so order in A is ${v.x}; exp. 1 → 3 gives order ${v.y} in B. Then $\\frac{r_4}{r_1} = \\left(\\frac{[A]_4}{${v.A0}}\\right)^{${v.x}}(${v.c})^{${v.y}}$.`,
    hi: { text: (v) => `एक नियत ताप पर $\\mathrm{A + B \\to P}$ के प्रारंभिक वेग:\n\n${tableText(v, '?')}\n\nप्रयोग 4 में A की लुप्त सांद्रता (mol L⁻¹ में, दो दशमलव तक) ज्ञात कीजिए।`,
      solution: (v) => `प्रयोग 1 → 2: [A] दोगुना करने पर वेग $2^{${v.x}}$ गुना, अतः A के सापेक्ष कोटि ${v.x}; प्रयोग 1 → 3 से B के सापेक्ष कोटि ${v.y}। फिर $\\frac{r_4}{r_1} = \\left(\\frac{[A]_4}{${v.A0}}\\right)^{${v.x}}(${v.c})^{${v.y}}$।` },
    result: [0.04, 0.7] }),
  {
    id: 'c.kin.rate-table-statements', subject: C, concepts: ['C.KIN.INITIAL_RATES', 'C.KIN.RATE'], difficulty: 5,
    build(rng) {
      const v: Record<string, number> = { x: rng.int(0, 2), y: rng.int(0, 2), A0: rng.pick([0.1, 0.2]), B0: rng.pick([0.1, 0.2, 0.3]), r0: rng.pick([1.5, 2.4, 3.2, 4, 6]), f0: rng.int(0, 1), f1: rng.int(0, 1), f2: rng.int(0, 1), f3: rng.int(0, 1) };
      if (v.x === 0 && v.y === 0) v.x = 1;
      if (v.f0 && v.f1 && v.f2 && v.f3) v.f3 = 0;
      const t = { A0: v.A0!, B0: v.B0!, r0: v.r0!, c: 1, x: v.x!, y: v.y!, s: 1 };
      const st = tableStatements(v);
      return multi({
        params: v,
        text: `Initial rates of $\\mathrm{A + B \\to P}$ (concentrations in mol L⁻¹, time in s):\n\n${tableText(t, '')}\n\nWhich of the following statements is/are correct?`,
        options: st.map((s) => ({ text: s.text, correct: s.correct })),
        solution: `Exp. 1 → 2 doubles [A] and multiplies the rate by $2^{${v.x}}$: order ${v.x} in A. Exp. 1 → 3 gives order ${v.y} in B. Overall order ${v.x! + v.y!}, unit of k ${RATE_UNITS[v.x! + v.y!]}, and doubling both multiplies the rate by $2^{${v.x! + v.y!}}$.`,
        hi: { text: `$\\mathrm{A + B \\to P}$ के प्रारंभिक वेग (सांद्रता mol L⁻¹ में, समय s में):\n\n${tableText(t, '')}\n\nनिम्नलिखित में से कौन-सा/से कथन सही है/हैं?`, options: st.map((s) => s.hi),
          solution: `प्रयोग 1 → 2 में [A] दोगुना होता है और वेग $2^{${v.x}}$ गुना: A के सापेक्ष कोटि ${v.x}। प्रयोग 1 → 3 से B के सापेक्ष कोटि ${v.y}। समग्र कोटि ${v.x! + v.y!}, k का मात्रक ${RATE_UNITS[v.x! + v.y!]}, और दोनों को दोगुना करने पर वेग $2^{${v.x! + v.y!}}$ गुना।` },
      });
    },
  },
  formula({ id: 'c.kin.zero-order-surface', subject: C, concepts: ['C.KIN.FIRST', 'C.KIN.RATE'], difficulty: 3,
    vars: { i: range(0, ZERO_ORDER.length - 1), w: range(0, 2), A0: [0.1, 0.2, 0.25, 0.4, 0.5], k: [0.002, 0.0025, 0.004, 0.005], f: [25, 40, 60, 75, 80, 90], A1: [0.15, 0.3, 0.6] },
    text: (v) => `The decomposition of ${ZERO_ORDER[v.i]} is zero order with $k = ${v.k}$ mol L⁻¹ min⁻¹ for a starting concentration of ${v.A0} mol L⁻¹. ${v.w === 2 ? `What is its half-life (in min) when the starting concentration is ${v.A1} mol L⁻¹?` : `How long (in min) does it take for ${v.f} % of it to decompose?`}`, unit: 'min',
    answer: zeroTime,
    // First-order formula used, the remaining fraction used instead of the reacted one, the old concentration kept.
    mistakes: (v) => (v.w === 2 ? [0.693 / v.k, v.A0 / (2 * v.k), v.A1 / v.k, (2 * v.A1) / v.k] : [(2.303 / v.k) * Math.log10(100 / (100 - v.f)), (v.A0 * (100 - v.f)) / 100 / v.k, v.A0 / v.k, (v.f / 100) / v.k]),
    solution: (v) => (v.w === 2 ? `Zero order: $[A] = [A]_0 - kt$, so $t_{1/2} = \\frac{[A]_0}{2k} = \\frac{${v.A1}}{2 \\times ${v.k}}$ — it grows with the starting concentration.` : `Zero order: $[A]_0 - [A] = kt$, so $t = \\frac{${v.f / 100} \\times ${v.A0}}{${v.k}}$.`),
    hi: { text: (v) => `${ZERO_ORDER_HI[v.i]} का विघटन शून्य कोटि का है, $k = ${v.k}$ mol L⁻¹ min⁻¹, प्रारंभिक सांद्रता ${v.A0} mol L⁻¹। ${v.w === 2 ? `प्रारंभिक सांद्रता ${v.A1} mol L⁻¹ होने पर इसकी अर्धायु (min में) क्या है?` : `इसके ${v.f} % के विघटन में कितना समय (min में) लगेगा?`}`,
      solution: (v) => (v.w === 2 ? `शून्य कोटि: $[A] = [A]_0 - kt$, अतः $t_{1/2} = \\frac{[A]_0}{2k} = \\frac{${v.A1}}{2 \\times ${v.k}}$ — यह प्रारंभिक सांद्रता के साथ बढ़ती है।` : `शून्य कोटि: $[A]_0 - [A] = kt$, अतः $t = \\frac{${v.f / 100} \\times ${v.A0}}{${v.k}}$।`) },
    result: [4, 250] }),
  formula({ id: 'c.kin.parallel-first-order', subject: C, concepts: ['C.KIN.FIRST', 'C.KIN.RATE'], difficulty: 5,
    vars: { w: range(0, 1), A0: [50, 80, 100, 120], k1: [0.02, 0.03, 0.05], k2: [0.01, 0.02, 0.04], t: [10, 15, 20, 30] },
    text: (v) => `A decomposes by two parallel first-order paths, $\\mathrm{A \\xrightarrow{k_1} B}$ with $k_1 = ${v.k1}$ min⁻¹ and $\\mathrm{A \\xrightarrow{k_2} C}$ with $k_2 = ${v.k2}$ min⁻¹. Starting from $[\\mathrm{A}]_0 = ${v.A0}$ mmol L⁻¹ (no B or C), find $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}]$ after ${v.t} min (mmol L⁻¹, to two decimals; $e^{-x}$ may be evaluated with a calculator).`, unit: 'mmol L⁻¹',
    answer: parallelProduct,
    // Own rate constant used alone in the exponent, the branching fraction dropped, the A remaining reported, the complete-reaction yield.
    mistakes: (v) => { const kk = v.w === 0 ? v.k1 : v.k2; const k = v.k1 + v.k2; return [v.A0 * (1 - Math.exp(-kk * v.t)), (kk / k) * v.A0 * (1 - Math.exp(-kk * v.t)), v.A0 * (1 - Math.exp(-k * v.t)), v.A0 * Math.exp(-k * v.t), (kk / k) * v.A0]; },
    sig: 4,
    solution: (v) => `A falls with the sum of the constants: $[A] = [A]_0e^{-(k_1 + k_2)t}$, $k_1 + k_2 = ${sig(v.k1 + v.k2)}$ min⁻¹. Each product takes its share $\\frac{k_i}{k_1 + k_2}$ of what has reacted: $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}] = \\frac{${v.w === 0 ? v.k1 : v.k2}}{${sig(v.k1 + v.k2)}} \\times ${v.A0}\\,(1 - e^{-${sig(v.k1 + v.k2)} \\times ${v.t}})$.`,
    hi: { text: (v) => `A दो समांतर प्रथम कोटि पथों से विघटित होता है: $\\mathrm{A \\xrightarrow{k_1} B}$, $k_1 = ${v.k1}$ min⁻¹ तथा $\\mathrm{A \\xrightarrow{k_2} C}$, $k_2 = ${v.k2}$ min⁻¹। $[\\mathrm{A}]_0 = ${v.A0}$ mmol L⁻¹ से आरंभ करके (B या C नहीं) ${v.t} min बाद $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}]$ (mmol L⁻¹ में, दो दशमलव तक) ज्ञात कीजिए।`,
      solution: (v) => `A स्थिरांकों के योग से घटता है: $[A] = [A]_0e^{-(k_1 + k_2)t}$। प्रत्येक उत्पाद अभिकृत भाग का $\\frac{k_i}{k_1 + k_2}$ अंश लेता है: $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}] = \\frac{${v.w === 0 ? v.k1 : v.k2}}{${sig(v.k1 + v.k2)}} \\times ${v.A0}\\,(1 - e^{-${sig(v.k1 + v.k2)} \\times ${v.t}})$।` },
    result: [1, 120] }),
  formula({ id: 'c.kin.arrhenius-half-life-temperature', subject: C, concepts: ['C.KIN.ARRHENIUS', 'C.KIN.FIRST'], difficulty: 4,
    vars: { a: [12, 13, 14, 14.34, 15], b: [10000, 11000, 12000, 12500], t: [10, 30, 60, 200, 256] },
    text: (v) => `The rate constant of a first-order decomposition varies as $\\log_{10}(k/\\mathrm{s^{-1}}) = ${v.a} - \\frac{${v.b}\\ \\mathrm{K}}{T}$. At what temperature (in K, to two decimals) is its half-life ${v.t} min? (Take $t_{1/2} = 0.693/k$.)`, unit: 'K',
    answer: arrheniusT,
    // Half-life left in minutes, the natural log read for log₁₀, 0.693 dropped.
    mistakes: (v) => [v.b / (v.a - Math.log10(0.693 / v.t)), v.b / (v.a - Math.log(0.693 / (60 * v.t))), v.b / (v.a - Math.log10(1 / (60 * v.t)))],
    sig: 5,
    solution: (v) => `$k = \\frac{0.693}{${v.t} \\times 60}$ s⁻¹ $= ${sig(0.693 / (60 * v.t), 4)}$ s⁻¹; $\\log_{10}k = ${sig(Math.log10(0.693 / (60 * v.t)), 5)}$, so $T = \\frac{${v.b}}{${v.a} - \\log_{10}k}$.`,
    hi: { text: (v) => `एक प्रथम कोटि विघटन का वेग स्थिरांक $\\log_{10}(k/\\mathrm{s^{-1}}) = ${v.a} - \\frac{${v.b}\\ \\mathrm{K}}{T}$ के अनुसार बदलता है। किस ताप (K में, दो दशमलव तक) पर इसकी अर्धायु ${v.t} min है? ($t_{1/2} = 0.693/k$ लीजिए।)`,
      solution: (v) => `$k = \\frac{0.693}{${v.t} \\times 60}$ s⁻¹ $= ${sig(0.693 / (60 * v.t), 4)}$ s⁻¹; $\\log_{10}k = ${sig(Math.log10(0.693 / (60 * v.t)), 5)}$, अतः $T = \\frac{${v.b}}{${v.a} - \\log_{10}k}$।` },
    result: [450, 1000] }),
];

export const chemDepthInorganicCGenerators: GeneratorDef[] = [...chemDepthInorganicCKinetics];
