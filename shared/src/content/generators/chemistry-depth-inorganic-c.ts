import { configuration, HYBRIDS, percentMistakes, SPECIES, stericNumber, SYMBOLS, unpairedElectrons, type Species } from './chem-data.ts';
import {
  ANIONS, BOND_ANGLES, BORN_HABER, CATIONS, DIPOLE_SHAPES, DULONG_PETIT, ELECTROLYTES, ELECTRON_GAIN, equationTex, FIRST_IE, HYBRID_ANGLES, HYBRID_REACTIONS, LEWIS, MAIN_GROUP, orderChoice, PAULING,
  RATE_REACTIONS, RATE_UNITS, RESONANCE, SOLS, spreadMistakes, SUCCESSIVE_IE, GOLD_NUMBERS, MULLIKEN,
} from './chem-data-inorganic.ts';
import { DIATOMICS, molecularOrbitals } from './chemistry-depth-bonding.ts';
import { formula, range } from './formula.ts';
import { choice, multi, num } from './spec.ts';
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
export const ZERO_ORDER = ['$\\mathrm{NH_3}$ on a hot platinum surface', '$\\mathrm{HI}$ on a gold surface', '$\\mathrm{PH_3}$ on hot tungsten at high pressure'] as const;
export const ZERO_ORDER_HI = ['गर्म प्लैटिनम सतह पर $\\mathrm{NH_3}$', 'स्वर्ण सतह पर $\\mathrm{HI}$', 'उच्च दाब पर गर्म टंगस्टन पर $\\mathrm{PH_3}$'] as const;
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
    text: (v) => `Initial rates of $\\mathrm{A + B \\to P}$ at a fixed temperature:\n\n${tableText(v, '?')}\n\nFind the missing concentration of A in experiment 4 (mol L⁻¹).`, unit: 'mol L⁻¹',
    answer: missingA,
    // B's change ignored, orders of A and B swapped, rate taken proportional to [A] whatever the order, the ratio inverted.
    mistakes: (v) => [v.A0 * (rate4(v) / v.r0) ** (1 / v.x), v.y > 0 ? v.A0 * (rate4(v) / (v.r0 * v.c ** v.x)) ** (1 / v.y) : v.A0 * v.s * v.c, (v.A0 * rate4(v)) / (v.r0 * v.c ** v.y), v.A0 / v.s],
    sig: 3,
    solution: (v) => `Exp. 1 → 2: doubling [A] multiplies the rate by $2^{${v.x}}$, so order in A is ${v.x}; exp. 1 → 3 gives order ${v.y} in B. Then $\\frac{r_4}{r_1} = \\left(\\frac{[A]_4}{${v.A0}}\\right)^{${v.x}}(${v.c})^{${v.y}}$.`,
    hi: { text: (v) => `एक नियत ताप पर $\\mathrm{A + B \\to P}$ के प्रारंभिक वेग:\n\n${tableText(v, '?')}\n\nप्रयोग 4 में A की लुप्त सांद्रता (mol L⁻¹ में) ज्ञात कीजिए।`,
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
  formula({ id: 'c.kin.first-order-completion', subject: C, concepts: ['C.KIN.FIRST'], difficulty: 3,
    vars: { p1: [20, 25, 30, 40, 50, 60], t1: [10, 15, 20, 30], r: [0.5, 1.5, 2, 2.5, 3] },
    text: (v) => `A first-order reaction is ${v.p1} % complete in ${v.t1} min. What percentage of it is complete after ${(v.r * v.t1)} min?`, unit: '%',
    answer: (v) => 100 * (1 - (1 - v.p1 / 100) ** v.r),
    // Completion taken as proportional to time (capped), the remaining fraction reported, the exponent inverted.
    mistakes: (v) => { const ans = 100 * (1 - (1 - v.p1 / 100) ** (v.r)); return percentMistakes(ans, [(v.p1 * (v.r * v.t1)) / v.t1, 100 - ans, 100 * (1 - (1 - v.p1 / 100) ** (1 / v.r))]); },
    sig: 4,
    solution: (v) => `$k = \\frac{1}{${v.t1}}\\ln\\frac{100}{${100 - v.p1}}$ min⁻¹; the fraction left after ${(v.r * v.t1)} min is $e^{-k \\times ${(v.r * v.t1)}} = (${sig(1 - v.p1 / 100)})^{${(v.r * v.t1)}/${v.t1}}$, so the completion is 100 % minus that.`,
    hi: { text: (v) => `एक प्रथम कोटि अभिक्रिया ${v.t1} min में ${v.p1} % पूर्ण होती है। ${(v.r * v.t1)} min बाद इसका कितना प्रतिशत पूर्ण होगा?`, solution: (v) => `$k = \\frac{1}{${v.t1}}\\ln\\frac{100}{${100 - v.p1}}$ min⁻¹; ${(v.r * v.t1)} min बाद शेष अंश $e^{-k \\times ${(v.r * v.t1)}} = (${sig(1 - v.p1 / 100)})^{${(v.r * v.t1)}/${v.t1}}$, अतः पूर्णता 100 % में से वह घटाकर।` },
    result: [5, 95] }),
  formula({ id: 'c.kin.parallel-first-order', subject: C, concepts: ['C.KIN.FIRST', 'C.KIN.RATE'], difficulty: 5,
    vars: { w: range(0, 1), A0: [50, 80, 100, 120], k1: [0.02, 0.03, 0.05], k2: [0.01, 0.02, 0.04], t: [10, 15, 20, 30] },
    text: (v) => `A decomposes by two parallel first-order paths, $\\mathrm{A \\xrightarrow{k_1} B}$ with $k_1 = ${v.k1}$ min⁻¹ and $\\mathrm{A \\xrightarrow{k_2} C}$ with $k_2 = ${v.k2}$ min⁻¹. Starting from $[\\mathrm{A}]_0 = ${v.A0}$ mmol L⁻¹ (no B or C), find $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}]$ after ${v.t} min (mmol L⁻¹).`, unit: 'mmol L⁻¹',
    answer: parallelProduct,
    // Own rate constant used alone in the exponent, the branching fraction dropped, the A remaining reported, the complete-reaction yield.
    mistakes: (v) => { const kk = v.w === 0 ? v.k1 : v.k2; const k = v.k1 + v.k2; return [v.A0 * (1 - Math.exp(-kk * v.t)), (kk / k) * v.A0 * (1 - Math.exp(-kk * v.t)), v.A0 * (1 - Math.exp(-k * v.t)), v.A0 * Math.exp(-k * v.t), (kk / k) * v.A0]; },
    sig: 4,
    solution: (v) => `A falls with the sum of the constants: $[A] = [A]_0e^{-(k_1 + k_2)t}$, $k_1 + k_2 = ${sig(v.k1 + v.k2)}$ min⁻¹. Each product takes its share $\\frac{k_i}{k_1 + k_2}$ of what has reacted: $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}] = \\frac{${v.w === 0 ? v.k1 : v.k2}}{${sig(v.k1 + v.k2)}} \\times ${v.A0}\\,(1 - e^{-${sig(v.k1 + v.k2)} \\times ${v.t}})$.`,
    hi: { text: (v) => `A दो समांतर प्रथम कोटि पथों से विघटित होता है: $\\mathrm{A \\xrightarrow{k_1} B}$, $k_1 = ${v.k1}$ min⁻¹ तथा $\\mathrm{A \\xrightarrow{k_2} C}$, $k_2 = ${v.k2}$ min⁻¹। $[\\mathrm{A}]_0 = ${v.A0}$ mmol L⁻¹ से आरंभ करके (B या C नहीं) ${v.t} min बाद $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}]$ (mmol L⁻¹ में) ज्ञात कीजिए।`,
      solution: (v) => `A स्थिरांकों के योग से घटता है: $[A] = [A]_0e^{-(k_1 + k_2)t}$। प्रत्येक उत्पाद अभिकृत भाग का $\\frac{k_i}{k_1 + k_2}$ अंश लेता है: $[\\mathrm{${v.w === 0 ? 'B' : 'C'}}] = \\frac{${v.w === 0 ? v.k1 : v.k2}}{${sig(v.k1 + v.k2)}} \\times ${v.A0}\\,(1 - e^{-${sig(v.k1 + v.k2)} \\times ${v.t}})$।` },
    result: [1, 120] }),
  formula({ id: 'c.kin.activated-fraction', subject: C, concepts: ['C.KIN.ARRHENIUS'], difficulty: 4,
    vars: { Ea: [50, 60, 75, 80, 100], T1: [300, 310], dT: [10, 20, 25] },
    text: (v) => `For a reaction with $E_a = ${v.Ea}$ kJ mol⁻¹, the fraction of molecules with energy at least $E_a$ is $e^{-E_a/RT}$. By what factor does this fraction grow when the temperature rises from ${v.T1} K to ${v.T1 + v.dT} K? ($R = 8.314$ J mol⁻¹ K⁻¹)`, unit: '',
    answer: (v) => Math.exp(((v.Ea * 1000) / 8.314) * (1 / v.T1 - 1 / (v.T1 + v.dT))),
    // log₁₀ read for ln, kJ not converted (factor ≈ 1), the linear temperature ratio, the exponent left without the difference of reciprocals.
    mistakes: (v) => [10 ** (((v.Ea * 1000) / 8.314) * (1 / v.T1 - 1 / (v.T1 + v.dT))), Math.exp((v.Ea / 8.314) * (1 / v.T1 - 1 / (v.T1 + v.dT))), (v.T1 + v.dT) / v.T1, Math.exp(((v.Ea * 1000) / 8.314) * (1 / v.T1 - 1 / (v.T1 + v.dT)) / 2.303)],
    sig: 3,
    solution: (v) => `$\\frac{f_2}{f_1} = \\exp\\left[\\frac{E_a}{R}\\left(\\frac1{T_1} - \\frac1{T_2}\\right)\\right] = \\exp\\left[\\frac{${v.Ea * 1000}}{8.314}\\left(\\frac1{${v.T1}} - \\frac1{${v.T1 + v.dT}}\\right)\\right]$ — a few kelvin multiply the number of molecules that can react, which is why rates rise so steeply with temperature.`,
    hi: { text: (v) => `$E_a = ${v.Ea}$ kJ mol⁻¹ वाली अभिक्रिया में कम-से-कम $E_a$ ऊर्जा वाले अणुओं का अंश $e^{-E_a/RT}$ है। ताप ${v.T1} K से ${v.T1 + v.dT} K होने पर यह अंश कितने गुना बढ़ता है? ($R = 8.314$ J mol⁻¹ K⁻¹)`,
      solution: (v) => `$\\frac{f_2}{f_1} = \\exp\\left[\\frac{E_a}{R}\\left(\\frac1{T_1} - \\frac1{T_2}\\right)\\right] = \\exp\\left[\\frac{${v.Ea * 1000}}{8.314}\\left(\\frac1{${v.T1}} - \\frac1{${v.T1 + v.dT}}\\right)\\right]$ — कुछ केल्विन अभिक्रिया कर सकने वाले अणुओं की संख्या कई गुना कर देते हैं।` },
    result: [1.5, 30] }),
  formula({ id: 'c.kin.arrhenius-half-life-temperature', subject: C, concepts: ['C.KIN.ARRHENIUS', 'C.KIN.FIRST'], difficulty: 4,
    vars: { a: [12, 13, 14, 14.34, 15], b: [10000, 11000, 12000, 12500], t: [10, 30, 60, 200, 256] },
    text: (v) => `The rate constant of a first-order decomposition varies as $\\log_{10}(k/\\mathrm{s^{-1}}) = ${v.a} - \\frac{${v.b}\\ \\mathrm{K}}{T}$. At what temperature (in K) is its half-life ${v.t} min? (Take $t_{1/2} = 0.693/k$.)`, unit: 'K',
    answer: arrheniusT,
    // Half-life left in minutes, the natural log read for log₁₀, 0.693 dropped.
    mistakes: (v) => [v.b / (v.a - Math.log10(0.693 / v.t)), v.b / (v.a - Math.log(0.693 / (60 * v.t))), v.b / (v.a - Math.log10(1 / (60 * v.t)))],
    sig: 5,
    solution: (v) => `$k = \\frac{0.693}{${v.t} \\times 60}$ s⁻¹ $= ${sig(0.693 / (60 * v.t), 4)}$ s⁻¹; $\\log_{10}k = ${sig(Math.log10(0.693 / (60 * v.t)), 5)}$, so $T = \\frac{${v.b}}{${v.a} - \\log_{10}k}$.`,
    hi: { text: (v) => `एक प्रथम कोटि विघटन का वेग स्थिरांक $\\log_{10}(k/\\mathrm{s^{-1}}) = ${v.a} - \\frac{${v.b}\\ \\mathrm{K}}{T}$ के अनुसार बदलता है। किस ताप (K में) पर इसकी अर्धायु ${v.t} min है? ($t_{1/2} = 0.693/k$ लीजिए।)`,
      solution: (v) => `$k = \\frac{0.693}{${v.t} \\times 60}$ s⁻¹ $= ${sig(0.693 / (60 * v.t), 4)}$ s⁻¹; $\\log_{10}k = ${sig(Math.log10(0.693 / (60 * v.t)), 5)}$, अतः $T = \\frac{${v.b}}{${v.a} - \\log_{10}k}$।` },
    result: [450, 1000] }),
];


const lewisAtom = (v: { i: number; j: number }) => { const s = LEWIS[v.i]!; return s[2][v.j % s[2].length]!; };
const formalCharge = (v: { i: number; j: number }) => { const [, , V, n, b] = lewisAtom(v); return V - n - b; };
const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

/** Lattice enthalpy (kJ/mol, MX(s) → M⁺(g) + X⁻(g)) from the cycle; the unknown w: 0 lattice, 1 IE₁, 2 ΔsubH, 3 D(X₂). */
export const latticeEnthalpy = (i: number) => { const [, f, sub, ie, d, eg] = BORN_HABER[i]!; return -f + sub + ie + d / 2 + eg; };
const BH_NAMES = [['lattice enthalpy of', 'की जालक एन्थैल्पी'], ['first ionisation enthalpy of the metal in', 'में धातु की प्रथम आयनन एन्थैल्पी'], ['enthalpy of sublimation of the metal in', 'में धातु की ऊर्ध्वपातन एन्थैल्पी'], ['bond dissociation enthalpy of the halogen in', 'में हैलोजन की आबंध वियोजन एन्थैल्पी']] as const;
const bhValue = (v: { i: number; w: number }) => { const b = BORN_HABER[v.i]!; return [latticeEnthalpy(v.i), b[3], b[2], b[4]][v.w]!; };
function bhGiven(v: { i: number; w: number }, hi: boolean): string {
  const [salt, f, sub, ie, d, eg] = BORN_HABER[v.i]!;
  const x = salt.replace(/^(Li|Na|K|Rb|Cs)/, '');
  const items = [
    [hi ? `$\\Delta_f H^\\circ(\\mathrm{${salt}})$` : `$\\Delta_f H^\\circ(\\mathrm{${salt}})$`, f],
    [hi ? 'धातु की ऊर्ध्वपातन एन्थैल्पी' : 'sublimation enthalpy of the metal', sub],
    [hi ? 'धातु की प्रथम आयनन एन्थैल्पी' : 'first ionisation enthalpy of the metal', ie],
    [hi ? `$\\mathrm{${x}_2}$ की आबंध वियोजन एन्थैल्पी` : `bond dissociation enthalpy of $\\mathrm{${x}_2}$`, d],
    [hi ? `$\\mathrm{${x}}$ की इलेक्ट्रॉन लब्धि एन्थैल्पी` : `electron gain enthalpy of $\\mathrm{${x}}$`, eg],
    [hi ? 'जालक एन्थैल्पी' : 'lattice enthalpy', latticeEnthalpy(v.i)],
  ] as const;
  const skip = [5, 2, 1, 3][v.w]!;
  return items.filter((_, k) => k !== skip).map(([n, val]) => `${n} $${val}$`).join(', ');
}
/** The Hess-cycle slips for the unknown: ½ dropped on D(X₂), electron gain enthalpy sign flipped, ΔfH sign flipped. */
function bhMistakes(v: { i: number; w: number }): number[] {
  const [, f, , , d, eg] = BORN_HABER[v.i]!;
  const val = bhValue(v);
  const s = v.w === 0 ? 1 : -1;
  return [v.w === 3 ? d / 2 : val + (s * d) / 2, val - s * 2 * eg, val + s * 2 * f, v.w === 3 ? 2 * d : val - (s * d) / 2];
}

const resonanceBO = (i: number) => RESONANCE[i]![3] / RESONANCE[i]![2];

/** Lone pairs and hybridisation from the SPECIES table; the predicate w picks the property counted. */
const lonePairs = (s: Species) => stericNumber(s) - s.M - s.D;
const COUNT_PROPS = [
  ['have at least one lone pair on the central atom', 'केंद्रीय परमाणु पर कम-से-कम एक एकाकी युग्म रखते हैं'],
  ['are non-polar (zero dipole moment)', 'अध्रुवीय (शून्य द्विध्रुव आघूर्ण) हैं'],
  ['have all their atoms in one plane', 'के सभी परमाणु एक ही तल में हैं'],
] as const;
const PLANAR = new Set(['2,0', '3,0', '3,1', '4,2', '5,2', '5,3', '6,2']);
const SYMMETRIC = new Set(['2,0', '3,0', '4,0', '5,0', '6,0', '7,0', '5,3', '6,2']);
export function hasProperty(s: Species, w: number): boolean {
  const key = `${stericNumber(s)},${lonePairs(s)}`;
  if (w === 0) return lonePairs(s) > 0;
  if (w === 1) return SYMMETRIC.has(key) && (s.M === 0 || s.D === 0);
  return PLANAR.has(key);
}
/** Five species for a counting question: neutral molecules only when polarity is asked. */
export function pickSpecies(rng: { shuffle<T>(x: readonly T[]): T[] }, w: number): number[] {
  // Polarity is asked of neutral molecules only, and not of the fluxional XeF₆ (SN 7 with a lone pair).
  const pool = SPECIES.map((_, k) => k).filter((k) => { const s = SPECIES[k]!; return w !== 1 || (s.charge === 0 && !(stericNumber(s) === 7 && lonePairs(s) > 0)); });
  return rng.shuffle(pool).slice(0, 5).sort((a, b) => a - b);
}
const speciesList = (ks: readonly number[]) => ks.map((k) => `$\\mathrm{${SPECIES[k]!.formula}}$`).join(', ');
/** Integer options for a count out of five: the neighbours and the complement, kept in 0–5. */
const countMistakes = (n: number) => [n + 1, n - 1, 5 - n, n + 2, n - 2, 0, 5].filter((x) => x >= 0 && x <= 5 && x !== n);

const snOf = (x: readonly [number, number, number, number]) => (x[0] + x[1] - x[3]) / 2;
export const hybridStatement = (r: number, a: number, b: number) => {
  const [eq, at] = HYBRID_REACTIONS[r]!;
  return a === b ? { en: `In $\\mathrm{${eq}}$, ${at} stays $${HYBRIDS[a]}$.`, hi: `$\\mathrm{${eq}}$ में ${at} $${HYBRIDS[a]}$ ही रहता है।` } : { en: `In $\\mathrm{${eq}}$, ${at} changes from $${HYBRIDS[a]}$ to $${HYBRIDS[b]}$.`, hi: `$\\mathrm{${eq}}$ में ${at} $${HYBRIDS[a]}$ से $${HYBRIDS[b]}$ में बदलता है।` };
};

/** Coulson: two equivalent spⁿ hybrids at angle θ satisfy s + (1 − s)cos θ = 0. */
const sCharacter = (theta: number) => { const c = Math.cos((theta * Math.PI) / 180); return (100 * c) / (c - 1); };

const dipoleFactor = (shape: number, angle: number) => {
  const c = Math.cos((angle * Math.PI) / 180);
  return shape === 2 ? 2 * Math.cos((angle * Math.PI) / 360) : 3 * Math.sqrt((1 + 2 * c) / 3);
};
/** w = 0: molecular moment from the bond moment (shown to 2 decimals); w = 1: bond moment from the measured molecular moment. */
export const shownBondMoment = (i: number) => Number((DIPOLE_SHAPES[i]![3] / dipoleFactor(DIPOLE_SHAPES[i]![1], DIPOLE_SHAPES[i]![2])).toFixed(2));
const dipoleAnswer = (v: { i: number; w: number }) => { const [, sh, ang, mu] = DIPOLE_SHAPES[v.i]!; return v.w === 0 ? shownBondMoment(v.i) * dipoleFactor(sh, ang) : mu / dipoleFactor(sh, ang); };

const paulingDelta = (i: number) => { const [, , ab, aa, bb] = PAULING[i]!; return 0.102 * Math.sqrt(ab - Math.sqrt(aa * bb)); };
const paulingAnswer = (v: { i: number; w: number }) => (v.w === 0 ? paulingDelta(v.i) : PAULING[v.i]![5] + paulingDelta(v.i));

/** Covalent and ionic bonding, shapes, hybridisation, MOT, polarity: further shapes. */
const bondingGenerators: GeneratorDef[] = [
  formula({ id: 'c.bond.formal-charge', subject: C, concepts: ['C.BOND.COVALENT'], difficulty: 3,
    vars: { i: range(0, LEWIS.length - 1), j: range(0, 3) },
    text: (v) => `In the Lewis structure of $\\mathrm{${LEWIS[v.i]![0]}}$ with the fewest formal charges, what is the formal charge on ${lewisAtom(v)[0]}?`, unit: '',
    answer: formalCharge,
    // All bonding electrons counted as the atom's own, bonds forgotten, lone electrons forgotten, sign flipped.
    mistakes: (v) => { const [, , V, n, b] = lewisAtom(v); const fc = formalCharge(v); return [V - n - 2 * b, V - n, V - b, -fc, fc + 1, fc - 1].filter((x) => x !== fc && Math.abs(x) <= 3); },
    solution: (v) => { const [, , V, n, b] = lewisAtom(v); return `Formal charge $= V - N - \\frac{B}{2}$ with $V = ${V}$ valence electrons, $N = ${n}$ non-bonding electrons and ${b} bond(s) ($B = ${2 * b}$ shared electrons): $${V} - ${n} - ${b} = ${signed(formalCharge(v))}$.`; },
    hi: { text: (v) => `न्यूनतम औपचारिक आवेशों वाली $\\mathrm{${LEWIS[v.i]![0]}}$ की लूइस संरचना में ${lewisAtom(v)[1]} पर औपचारिक आवेश क्या है?`,
      solution: (v) => { const [, , V, n, b] = lewisAtom(v); return `औपचारिक आवेश $= V - N - \\frac{B}{2}$, जहाँ $V = ${V}$ संयोजी इलेक्ट्रॉन, $N = ${n}$ अनाबंधी इलेक्ट्रॉन और ${b} आबंध ($B = ${2 * b}$ साझा इलेक्ट्रॉन): $${V} - ${n} - ${b} = ${signed(formalCharge(v))}$।`; } },
    result: [-2, 3] }),
  formula({ id: 'c.bond.born-haber', subject: C, concepts: ['C.BOND.COVALENT', 'C.TD.HESS'], difficulty: 4,
    vars: { i: range(0, BORN_HABER.length - 1), w: range(0, 3) },
    text: (v) => `From the Born–Haber cycle of $\\mathrm{${BORN_HABER[v.i]![0]}}$ (all in kJ mol⁻¹: ${bhGiven(v, false)}), find the ${BH_NAMES[v.w]![0]} $\\mathrm{${BORN_HABER[v.i]![0]}}$ (kJ mol⁻¹). The lattice enthalpy refers to $\\mathrm{MX(s) \\to M^+(g) + X^-(g)}$.`, unit: 'kJ mol⁻¹',
    answer: bhValue,
    mistakes: bhMistakes,
    solution: (v) => `Hess's law around the cycle: $\\Delta_fH = \\Delta_{sub}H + IE_1 + \\tfrac12 D(\\mathrm{X_2}) + \\Delta_{eg}H - \\Delta_{lattice}H$. Only half a mole of $\\mathrm{X_2}$ is atomised per mole of salt, and the electron gain enthalpy enters with its (negative) sign; solve for the unknown: ${bhValue(v)} kJ mol⁻¹.`,
    hi: { text: (v) => `$\\mathrm{${BORN_HABER[v.i]![0]}}$ के बॉर्न–हाबर चक्र से (सभी kJ mol⁻¹ में: ${bhGiven(v, true)}) $\\mathrm{${BORN_HABER[v.i]![0]}}$ ${BH_NAMES[v.w]![1]} (kJ mol⁻¹ में) ज्ञात कीजिए। जालक एन्थैल्पी $\\mathrm{MX(s) \\to M^+(g) + X^-(g)}$ के लिए है।`,
      solution: (v) => `चक्र पर हेस का नियम: $\\Delta_fH = \\Delta_{sub}H + IE_1 + \\tfrac12 D(\\mathrm{X_2}) + \\Delta_{eg}H - \\Delta_{lattice}H$। प्रति मोल लवण केवल आधा मोल $\\mathrm{X_2}$ परमाण्वीकृत होता है, और इलेक्ट्रॉन लब्धि एन्थैल्पी अपने (ऋणात्मक) चिह्न के साथ आती है; अज्ञात का मान: ${bhValue(v)} kJ mol⁻¹।` },
    result: [70, 1100] }),
  formula({ id: 'c.bond.resonance-bond-order', subject: C, concepts: ['C.BOND.COVALENT', 'C.BOND.MOT'], difficulty: 3,
    vars: { i: range(0, RESONANCE.length - 1) },
    text: (v) => `What is the average $\\mathrm{${RESONANCE[v.i]![1]}}$ bond order in $\\mathrm{${RESONANCE[v.i]![0]}}$?`, unit: '',
    answer: (v) => resonanceBO(v.i),
    // π bonds alone shared out, one resonance structure read as it is (a double bond), σ bonds only, total bonds not shared out.
    mistakes: (v) => [(RESONANCE[v.i]![3] - RESONANCE[v.i]![2]) / RESONANCE[v.i]![2] + (resonanceBO(v.i) >= 2 ? 0.5 : 0), resonanceBO(v.i) === 2 ? 1.5 : 2, 1, RESONANCE[v.i]![3] / (RESONANCE[v.i]![2] + 1)].filter((x) => Math.abs(x - resonanceBO(v.i)) > 0.005),
    sig: 3,
    solution: (v) => `In one formal-charge-minimised structure the ${RESONANCE[v.i]![2]} equivalent $\\mathrm{${RESONANCE[v.i]![1]}}$ bonds hold ${RESONANCE[v.i]![3]} bonds in all (σ + π); resonance spreads them equally: $\\frac{${RESONANCE[v.i]![3]}}{${RESONANCE[v.i]![2]}}$.`,
    hi: { text: (v) => `$\\mathrm{${RESONANCE[v.i]![0]}}$ में औसत $\\mathrm{${RESONANCE[v.i]![1]}}$ आबंध कोटि क्या है?`,
      solution: (v) => `न्यूनतम औपचारिक आवेश वाली एक संरचना में ${RESONANCE[v.i]![2]} तुल्य $\\mathrm{${RESONANCE[v.i]![1]}}$ आबंधों में कुल ${RESONANCE[v.i]![3]} आबंध (σ + π) हैं; अनुनाद इन्हें बराबर बाँटता है: $\\frac{${RESONANCE[v.i]![3]}}{${RESONANCE[v.i]![2]}}$।` },
    result: [1, 2] }),
  {
    id: 'c.bond.bond-angle-order', subject: C, concepts: ['C.BOND.VSEPR'], difficulty: 3,
    build(rng) {
      const pool = BOND_ANGLES.map(([f, a]) => [`$\\mathrm{${f}}$`, a] as const);
      return orderChoice(rng, pool, {
        params: {}, text: 'Arrange in increasing order of bond angle at the central atom: {items}.',
        solution: 'More lone pairs on the central atom squeeze the bond pairs (lp–lp > lp–bp > bp–bp repulsion); down a group the larger, less electronegative central atom lets bond pairs drift apart less, so hydrides of P, S, Se approach 90°; electronegative ligands (F) pull bond pairs away and narrow the angle, bulky ligands (Cl) widen it.',
        hi: { text: 'केंद्रीय परमाणु पर आबंध कोण के बढ़ते क्रम में व्यवस्थित कीजिए: {items}।', solution: 'केंद्रीय परमाणु पर अधिक एकाकी युग्म आबंध युग्मों को दबाते हैं (lp–lp > lp–bp > bp–bp प्रतिकर्षण); वर्ग में नीचे बड़े, कम विद्युत ऋणात्मक केंद्रीय परमाणु के हाइड्राइड (P, S, Se) 90° के निकट पहुँचते हैं; विद्युत ऋणात्मक लिगैंड (F) कोण घटाते हैं, बड़े लिगैंड (Cl) बढ़ाते हैं।' },
      }, 1);
    },
  },
  ...[0, 1, 2].map((w): GeneratorDef => ({
    id: ['c.bond.count-lone-pair-species', 'c.bond.count-nonpolar-species', 'c.bond.count-planar-species'][w]!, subject: C, concepts: ['C.BOND.VSEPR', 'C.BOND.POLAR'].slice(0, w === 1 ? 2 : 1) as [string, ...string[]], difficulty: 4,
    build(rng) {
      const ks = pickSpecies(rng, w);
      const n = ks.filter((k) => hasProperty(SPECIES[k]!, w)).length;
      const detail = ks.map((k) => `$\\mathrm{${SPECIES[k]!.formula}}$: SN ${stericNumber(SPECIES[k]!)}, ${lonePairs(SPECIES[k]!)} lp`).join('; ');
      return num({
        params: Object.fromEntries(ks.map((k, j) => [`k${j}`, k])), text: `How many of the following ${COUNT_PROPS[w]![0]}: ${speciesList(ks)}?`, value: n, unit: '', mistakes: countMistakes(n),
        solution: `Steric number $= \\frac12(V + M - \\text{charge})$ (O and S count 0 in M), lone pairs = SN − bonded atoms. ${detail}. Shape follows from (SN, lone pairs): linear, trigonal planar, bent, T-shaped and square planar species are planar; a molecule is non-polar only when the shape is symmetric and all ligands are alike.`,
        hi: { text: `निम्नलिखित में से कितने ${COUNT_PROPS[w]![1]}: ${speciesList(ks)}?`, solution: `त्रिविम संख्या $= \\frac12(V + M - \\text{आवेश})$ (M में O और S शून्य गिने जाते हैं), एकाकी युग्म = SN − आबंधित परमाणु। ${detail}। आकृति (SN, एकाकी युग्म) से: रैखिक, त्रिकोणीय समतलीय, बंकित, T-आकार और वर्ग समतलीय स्पीशीज़ समतलीय हैं; अणु तभी अध्रुवीय है जब आकृति सममित हो और सभी लिगैंड समान हों।` },
        result: [0, 5],
      });
    },
  })),
  {
    id: 'c.bond.count-hybridisation', subject: C, concepts: ['C.BOND.HYBRID', 'C.BOND.VSEPR'], difficulty: 3,
    build(rng) {
      const h = rng.pick([3, 4, 5, 6] as const);
      const ks = rng.shuffle(SPECIES.map((_, k) => k)).slice(0, 5).sort((a, b) => a - b);
      const n = ks.filter((k) => stericNumber(SPECIES[k]!) === h).length;
      const detail = ks.map((k) => `$\\mathrm{${SPECIES[k]!.formula}}$ $${HYBRIDS[stericNumber(SPECIES[k]!)]}$`).join(', ');
      return num({
        params: { h, ...Object.fromEntries(ks.map((k, j) => [`k${j}`, k])) }, text: `How many of these species have an $${HYBRIDS[h]}$-hybridised central atom: ${speciesList(ks)}?`, value: n, unit: '', mistakes: countMistakes(n),
        solution: `Hybridisation follows the steric number $\\frac12(V + M - \\text{charge})$ (bonded atoms + lone pairs; doubly bonded O counts as one domain): ${detail}.`,
        hi: { text: `इनमें से कितनी स्पीशीज़ में केंद्रीय परमाणु $${HYBRIDS[h]}$ संकरित है: ${speciesList(ks)}?`, solution: `संकरण त्रिविम संख्या $\\frac12(V + M - \\text{आवेश})$ (आबंधित परमाणु + एकाकी युग्म; द्वि-आबंधित O एक डोमेन) से: ${detail}।` },
        result: [0, 5],
      });
    },
  },
  {
    id: 'c.bond.hybridisation-change', subject: C, concepts: ['C.BOND.HYBRID', 'C.BOND.VSEPR'], difficulty: 4,
    build(rng) {
      const rs = rng.shuffle(HYBRID_REACTIONS.map((_, k) => k)).slice(0, 4);
      const claims = rs.map((r) => {
        const a = snOf(HYBRID_REACTIONS[r]![2]);
        const b = snOf(HYBRID_REACTIONS[r]![3]);
        const ok = rng.int(0, 1) === 0;
        // A false claim names the product's neighbouring hybridisation (or "no change" when it changes).
        const wrongB = a !== b && rng.int(0, 1) === 0 ? a : b === 7 ? 6 : b + (b === 3 || rng.int(0, 1) === 0 ? 1 : -1);
        return [r, a, ok ? b : wrongB] as const;
      });
      if (!claims.some(([r, , b]) => b === snOf(HYBRID_REACTIONS[r]![3]))) { const [r, a] = claims[0]!; claims[0] = [r, a, snOf(HYBRID_REACTIONS[r]![3])]; }
      const st = claims.map(([r, a, b]) => ({ ...hybridStatement(r, a, b), correct: b === snOf(HYBRID_REACTIONS[r]![3]) }));
      const detail = rs.map((r) => `${HYBRID_REACTIONS[r]![1]}: $${HYBRIDS[snOf(HYBRID_REACTIONS[r]![2])]}$ → $${HYBRIDS[snOf(HYBRID_REACTIONS[r]![3])]}$`).join('; ');
      return multi({
        params: Object.fromEntries(claims.flatMap(([r, a, b], j) => [[`r${j}`, r], [`a${j}`, a], [`b${j}`, b]])),
        text: 'Which of the following statements about the hybridisation of the named atom are correct?',
        options: st.map((s) => ({ text: s.en, correct: s.correct })),
        solution: `Count electron domains (bonded atoms + lone pairs) before and after: ${detail}. Adding a ligand or a lone-pair acceptor raises the count; hydrolysis of $\\mathrm{XeF_6}$ to $\\mathrm{XeO_3}$ lowers it.`,
        hi: { text: 'नामित परमाणु के संकरण के बारे में निम्नलिखित में से कौन-से कथन सही हैं?', options: st.map((s) => s.hi), solution: `पहले और बाद के इलेक्ट्रॉन डोमेन (आबंधित परमाणु + एकाकी युग्म) गिनिए: ${detail}। लिगैंड जुड़ने पर संख्या बढ़ती है; $\\mathrm{XeF_6}$ के जल-अपघटन से $\\mathrm{XeO_3}$ बनने पर घटती है।` },
      });
    },
  },
  formula({ id: 'c.bond.coulson-s-character', subject: C, concepts: ['C.BOND.HYBRID', 'C.BOND.VSEPR'], difficulty: 4,
    vars: { i: range(0, HYBRID_ANGLES.length - 1), w: range(0, 1) },
    text: (v) => `The measured bond angle in $\\mathrm{${HYBRID_ANGLES[v.i]![0]}}$ is ${HYBRID_ANGLES[v.i]![1]}°. Treating the two bonding orbitals of the central atom as equivalent orthogonal hybrids (Coulson: $\\cos\\theta = -\\frac{s}{1 - s}$), find their percentage ${v.w === 0 ? 's' : 'p'} character.`, unit: '%',
    answer: (v) => (v.w === 0 ? sCharacter(HYBRID_ANGLES[v.i]![1]) : 100 - sCharacter(HYBRID_ANGLES[v.i]![1])),
    // The other character reported, sp³ assumed from the electron-pair count, cos θ taken as the fraction itself.
    mistakes: (v) => { const s = sCharacter(HYBRID_ANGLES[v.i]![1]); const c = -Math.cos((HYBRID_ANGLES[v.i]![1] * Math.PI) / 180); const ans = v.w === 0 ? s : 100 - s; return percentMistakes(ans, v.w === 0 ? [100 - s, 25, 100 * c, s / 2] : [s, 75, 100 - 100 * c, 100 - s / 2]); },
    sig: 4,
    solution: (v) => `Orthogonal hybrids $\\sqrt{s}\\,\\phi_s + \\sqrt{1 - s}\\,\\phi_p$ give $s + (1 - s)\\cos\\theta = 0$, so $s = \\frac{\\cos\\theta}{\\cos\\theta - 1}$ with $\\cos ${HYBRID_ANGLES[v.i]![1]}° = ${Math.cos((HYBRID_ANGLES[v.i]![1] * Math.PI) / 180).toFixed(4)}$: s character ${sCharacter(HYBRID_ANGLES[v.i]![1]).toFixed(2)} %, p character the rest. The angle well below 109.5° means the lone pairs take more s character.`,
    hi: { text: (v) => `$\\mathrm{${HYBRID_ANGLES[v.i]![0]}}$ में मापा गया आबंध कोण ${HYBRID_ANGLES[v.i]![1]}° है। केंद्रीय परमाणु के दो आबंधी कक्षकों को तुल्य लांबिक संकर मानकर (कूल्सन: $\\cos\\theta = -\\frac{s}{1 - s}$) उनका प्रतिशत ${v.w === 0 ? 's' : 'p'} लक्षण ज्ञात कीजिए।`,
      solution: (v) => `लांबिक संकर $\\sqrt{s}\\,\\phi_s + \\sqrt{1 - s}\\,\\phi_p$ से $s + (1 - s)\\cos\\theta = 0$, अतः $s = \\frac{\\cos\\theta}{\\cos\\theta - 1}$, $\\cos ${HYBRID_ANGLES[v.i]![1]}° = ${Math.cos((HYBRID_ANGLES[v.i]![1] * Math.PI) / 180).toFixed(4)}$: s लक्षण ${sCharacter(HYBRID_ANGLES[v.i]![1]).toFixed(2)} %, शेष p लक्षण।` },
    result: [1, 99] }),
  {
    id: 'c.bond.mo-magnetic-count', subject: C, concepts: ['C.BOND.MOT'], difficulty: 3,
    build(rng) {
      const w = rng.int(0, 1);
      const ks = rng.shuffle(DIATOMICS.map((_, k) => k)).slice(0, 5).sort((a, b) => a - b);
      const para = ks.filter((k) => molecularOrbitals(DIATOMICS[k]![1]).unpaired > 0).length;
      const n = w === 0 ? para : 5 - para;
      const detail = ks.map((k) => `$\\mathrm{${DIATOMICS[k]![0]}}$ (${DIATOMICS[k]![1]} e⁻, ${molecularOrbitals(DIATOMICS[k]![1]).unpaired} unpaired)`).join(', ');
      const list = ks.map((k) => `$\\mathrm{${DIATOMICS[k]![0]}}$`).join(', ');
      return num({
        params: { w, ...Object.fromEntries(ks.map((k, j) => [`k${j}`, k])) }, text: `How many of the following are ${w === 0 ? 'paramagnetic' : 'diamagnetic'}: ${list}?`, value: n, unit: '', mistakes: countMistakes(n),
        solution: `Fill the MOs (π2p below σ2p up to 14 electrons): ${detail}.`,
        hi: { text: `निम्नलिखित में से कितने ${w === 0 ? 'अनुचुंबकीय' : 'प्रतिचुंबकीय'} हैं: ${list}?`, solution: `आण्विक कक्षक भरिए (14 इलेक्ट्रॉनों तक π2p, σ2p से नीचे): ${detail}।` },
        result: [0, 5],
      });
    },
  },
  {
    id: 'c.bond.mo-bond-order-sequence', subject: C, concepts: ['C.BOND.MOT'], difficulty: 3,
    build(rng) {
      const pool = DIATOMICS.map(([f, n]) => [`$\\mathrm{${f}}$`, molecularOrbitals(n).bondOrder] as const);
      return orderChoice(rng, pool, {
        params: {}, text: 'According to molecular orbital theory, arrange in increasing order of bond order: {items}.',
        solution: 'Bond order $= \\frac{N_b - N_a}{2}$ from the MO filling (π2p below σ2p up to 14 electrons, σ2p first beyond); adding electrons to antibonding orbitals lowers it, removing them raises it.',
        hi: { text: 'आण्विक कक्षक सिद्धांत के अनुसार आबंध कोटि के बढ़ते क्रम में व्यवस्थित कीजिए: {items}।', solution: 'आबंध कोटि $= \\frac{N_b - N_a}{2}$ (14 इलेक्ट्रॉनों तक π2p, σ2p से नीचे); प्रतिआबंधी कक्षकों में इलेक्ट्रॉन जुड़ने पर यह घटती है, हटने पर बढ़ती है।' },
      });
    },
  },
  formula({ id: 'c.bond.dipole-vector-sum', subject: C, concepts: ['C.BOND.POLAR', 'C.BOND.VSEPR'], difficulty: 4,
    vars: { i: range(0, DIPOLE_SHAPES.length - 1), w: range(0, 1) },
    text: (v) => { const [f, sh, ang, mu] = DIPOLE_SHAPES[v.i]!; const shape = sh === 2 ? 'bent' : 'pyramidal'; return v.w === 0 ? `$\\mathrm{${f}}$ is ${shape} with bond angle ${ang}° and each bond moment ${shownBondMoment(v.i)} D. Find its molecular dipole moment (D).` : `$\\mathrm{${f}}$ is ${shape} with bond angle ${ang}° and dipole moment ${mu} D. Treating the molecular moment as the vector sum of equal bond moments, find one bond moment (D).`; }, unit: 'D',
    answer: dipoleAnswer,
    // Bond moments added as scalars, the half-angle missed (cos θ for cos θ/2), sin for cos, a right angle assumed, the moment per bond left undivided.
    mistakes: (v) => { const [, sh, ang, mu] = DIPOLE_SHAPES[v.i]!; const b = shownBondMoment(v.i); const sinHalf = Math.sin((ang * Math.PI) / 360); return v.w === 0 ? [sh * b, sh * b * Math.abs(Math.cos((ang * Math.PI) / 180)), b * Math.cos((ang * Math.PI) / 360), b, 2 * b * sinHalf, b * Math.SQRT2] : [mu / sh, mu, mu / (2 * Math.cos((ang * Math.PI) / 180)) > 0 ? mu / (2 * Math.cos((ang * Math.PI) / 180)) : mu / 4, 2 * mu, mu / (2 * sinHalf), mu / Math.SQRT2]; },
    sig: 3,
    solution: (v) => { const [, sh, ang] = DIPOLE_SHAPES[v.i]!; return sh === 2 ? `Two equal moments at ${ang}°: resultant $= 2\\mu_b\\cos\\frac{\\theta}{2} = ${dipoleFactor(2, ang).toFixed(4)}\\,\\mu_b$.` : `Three equal moments at ${ang}° to one another each make angle β with the threefold axis, $\\cos\\beta = \\sqrt{\\frac{1 + 2\\cos\\theta}{3}}$; the sideways parts cancel: resultant $= 3\\mu_b\\cos\\beta = ${dipoleFactor(3, ang).toFixed(4)}\\,\\mu_b$.`; },
    hi: { text: (v) => { const [f, sh, ang, mu] = DIPOLE_SHAPES[v.i]!; const shape = sh === 2 ? 'बंकित' : 'पिरामिडी'; return v.w === 0 ? `$\\mathrm{${f}}$ ${shape} है, आबंध कोण ${ang}° और प्रत्येक आबंध आघूर्ण ${shownBondMoment(v.i)} D। इसका आण्विक द्विध्रुव आघूर्ण (D में) ज्ञात कीजिए।` : `$\\mathrm{${f}}$ ${shape} है, आबंध कोण ${ang}° और द्विध्रुव आघूर्ण ${mu} D। आण्विक आघूर्ण को समान आबंध आघूर्णों का सदिश योग मानकर एक आबंध आघूर्ण (D में) ज्ञात कीजिए।`; },
      solution: (v) => { const [, sh, ang] = DIPOLE_SHAPES[v.i]!; return sh === 2 ? `${ang}° पर दो समान आघूर्ण: परिणामी $= 2\\mu_b\\cos\\frac{\\theta}{2} = ${dipoleFactor(2, ang).toFixed(4)}\\,\\mu_b$।` : `परस्पर ${ang}° पर तीन समान आघूर्ण त्रिक अक्ष से कोण β बनाते हैं, $\\cos\\beta = \\sqrt{\\frac{1 + 2\\cos\\theta}{3}}$; पार्श्व घटक निरस्त: परिणामी $= 3\\mu_b\\cos\\beta = ${dipoleFactor(3, ang).toFixed(4)}\\,\\mu_b$।`; } },
    result: [0.05, 3] }),
  formula({ id: 'c.bond.pauling-electronegativity', subject: C, concepts: ['C.BOND.POLAR', 'C.PER.TRENDS'], difficulty: 4,
    vars: { i: range(0, PAULING.length - 1), w: range(0, 1) },
    text: (v) => { const [a, b, ab, aa, bb, xa] = PAULING[v.i]!; return `Bond enthalpies (kJ mol⁻¹): ${a}–${b} ${ab}, ${a}–${a} ${aa}, ${b}–${b} ${bb}. Using Pauling's relation $|\\chi_A - \\chi_B| = 0.102\\sqrt{\\Delta}$ with $\\Delta = D_{AB} - \\sqrt{D_{AA}D_{BB}}$ (kJ mol⁻¹), find ${v.w === 0 ? `$|\\chi_{${a}} - \\chi_{${b}}|$` : `$\\chi_{${b}}$, given $\\chi_{${a}} = ${xa}$`}.`; }, unit: '',
    answer: paulingAnswer,
    // Arithmetic mean in place of the geometric one, the square root forgotten (scaled back), the kcal constant 0.208 used with kJ.
    mistakes: (v) => { const [, , ab, aa, bb, xa] = PAULING[v.i]!; const base = v.w === 0 ? 0 : xa; const arith = ab - (aa + bb) / 2; return [base + (arith > 0 ? 0.102 * Math.sqrt(arith) : 0.05), base + 0.208 * Math.sqrt(ab - Math.sqrt(aa * bb)), base + paulingDelta(v.i) / 2, v.w === 0 ? paulingDelta(v.i) * 1.5 : xa - paulingDelta(v.i)].filter((x) => x > 0); },
    sig: 3,
    solution: (v) => { const [a, b, ab, aa, bb] = PAULING[v.i]!; return `$\\Delta = ${ab} - \\sqrt{${aa} \\times ${bb}} = ${(ab - Math.sqrt(aa * bb)).toFixed(1)}$ kJ mol⁻¹ (the extra, ionic stabilisation of the ${a}–${b} bond); $|\\Delta\\chi| = 0.102\\sqrt{\\Delta} = ${paulingDelta(v.i).toFixed(2)}$${v.w === 1 ? `, and ${b} is the more electronegative atom` : ''}.`; },
    hi: { text: (v) => { const [a, b, ab, aa, bb, xa] = PAULING[v.i]!; return `आबंध एन्थैल्पी (kJ mol⁻¹): ${a}–${b} ${ab}, ${a}–${a} ${aa}, ${b}–${b} ${bb}। पॉलिंग संबंध $|\\chi_A - \\chi_B| = 0.102\\sqrt{\\Delta}$, $\\Delta = D_{AB} - \\sqrt{D_{AA}D_{BB}}$ (kJ mol⁻¹) से ${v.w === 0 ? `$|\\chi_{${a}} - \\chi_{${b}}|$` : `$\\chi_{${b}}$ ($\\chi_{${a}} = ${xa}$ दिया है)`} ज्ञात कीजिए।`; },
      solution: (v) => { const [a, b, ab, aa, bb] = PAULING[v.i]!; return `$\\Delta = ${ab} - \\sqrt{${aa} \\times ${bb}} = ${(ab - Math.sqrt(aa * bb)).toFixed(1)}$ kJ mol⁻¹ (${a}–${b} आबंध का अतिरिक्त आयनिक स्थायित्व); $|\\Delta\\chi| = 0.102\\sqrt{\\Delta} = ${paulingDelta(v.i).toFixed(2)}$${v.w === 1 ? `, और ${b} अधिक विद्युत ऋणात्मक है` : ''}।`; } },
    result: [0.1, 4.5] }),
];

const ROOTS = ['nil', 'un', 'bi', 'tri', 'quad', 'pent', 'hex', 'sept', 'oct', 'enn'] as const;
/** IUPAC temporary name from the digit roots: "enn" + "nil" drops an n, "bi"/"tri" + "ium" drops an i. */
export function iupacName(z: number, roots: readonly string[] = ROOTS, elide = true): string {
  let name = String(z).split('').map((d) => roots[Number(d)]!).join('');
  if (elide) name = name.replace(/nnn/g, 'nn');
  name += elide && /(bi|tri)$/.test(name) ? 'um' : 'ium';
  return name[0]!.toUpperCase() + name.slice(1);
}
const iupacSymbol = (z: number) => { const t = String(z).split('').map((d) => ROOTS[Number(d)]![0]!).join(''); return t[0]!.toUpperCase() + t.slice(1); };
/** Slips: roots read from the wrong digit order, no elision, Greek-for-Latin roots, a neighbouring element. */
function iupacWrong(z: number, w: number): string[] {
  const rev = Number(String(z).split('').reverse().join(''));
  const greek = ['nil', 'un', 'bi', 'tri', 'tetr', 'quint', 'sex', 'hept', 'oct', 'non'];
  if (w === 1) return [iupacSymbol(z + 1), iupacSymbol(z - 1), `U${String(z).slice(1).split('').map((d) => ROOTS[Number(d)]![0]!).join('')}`, iupacSymbol(rev).replace(/^./, (c) => c.toUpperCase()), iupacSymbol(z + 10 > 118 ? z - 10 : z + 10)];
  return [iupacName(z, ROOTS, false), iupacName(z, greek), iupacName(rev), iupacName(z + 1), iupacName(z - 1), iupacName(z + 2), iupacName(z - 2)];
}

/** Period, group, block and unpaired electrons of element z (1–36) from its ground-state configuration. */
export function elementFacts(z: number): { period: number; group: number; block: number; unpaired: number } {
  const cfg = [...configuration(z).entries()];
  const period = Math.max(...cfg.map(([k]) => Number(k[0])));
  const last = cfg[cfg.length - 1]![0];
  const block = 'spd'.indexOf(last[1]!);
  const ns = configuration(z).get(`${period}s`) ?? 0;
  const group = block === 0 ? (z === 2 ? 18 : ns) : block === 1 ? 12 + (configuration(z).get(`${period}p`) ?? 0) : ns + (configuration(z).get(`${period - 1}d`) ?? 0);
  return { period, group, block, unpaired: unpairedElectrons(z) };
}
const BLOCKS = [['s', 's'], ['p', 'p'], ['d', 'd']] as const;
export function elementStatements(v: Record<string, number>): { en: string; hi: string }[] {
  return [
    { en: `It lies in period ${v.sp}.`, hi: `यह आवर्त ${v.sp} में है।` },
    { en: `It belongs to group ${v.sg}.`, hi: `यह वर्ग ${v.sg} का सदस्य है।` },
    { en: `It is a ${BLOCKS[v.sb!]![0]}-block element.`, hi: `यह ${BLOCKS[v.sb!]![1]}-ब्लॉक तत्व है।` },
    { en: `Its ground-state atom has ${v.su} unpaired electron(s).`, hi: `इसके मूल अवस्था परमाणु में ${v.su} अयुग्मित इलेक्ट्रॉन हैं।` },
  ];
}

const jumpAfter = (ies: readonly number[]) => { let best = 1; for (let k = 1; k < ies.length; k++) if (ies[k]! / ies[k - 1]! > ies[best]! / ies[best - 1]!) best = k; return best; };

const groupValency = (g: number) => (g <= 2 ? g : g - 10);
const oxideFormula = (sym: string, v: number) => (v % 2 === 0 ? `${sym}O${v === 2 ? '' : `_{${v / 2}}`}` : `${sym}_2O${v === 1 ? '' : `_{${v}}`}`);
const hydrideFormula = (sym: string, v: number, g: number) => (g >= 16 ? `H${v === 1 ? '' : `_{${v}}`}${sym}` : `${sym}H${v === 1 ? '' : `_{${v}}`}`);
const mgGroup = (i: number) => elementFacts(MAIN_GROUP[i]![1]).group;
/** Highest oxide (w = 0) uses the group valency; the hydride (w = 1) the lower of group valency and 8 − it. */
const formulaValency = (i: number, w: number) => { const v = groupValency(mgGroup(i)); return w === 0 ? v : Math.min(v, 8 - v); };

/** Mass % of metal in its oxide as the stem prints it (2 decimals). */
export const metalPct = (i: number) => { const [, , [a, b], A] = DULONG_PETIT[i]!; return Number(((100 * a * A) / (a * A + 16 * b)).toFixed(2)); };
const eqMass = (i: number) => (8 * metalPct(i)) / (100 - metalPct(i));
const dpValency = (i: number) => Math.round(26.8 / DULONG_PETIT[i]![1] / eqMass(i));

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** Formula unit of cation c and anion a: subscripts and total atoms. */
function ionFormula(c: number, a: number): { nc: number; na: number; atoms: number; tex: string } {
  const [ct, cq, cAt] = CATIONS[c]!;
  const [at, aq, aAt] = ANIONS[a]!;
  const g = gcd(cq, -aq);
  const nc = -aq / g;
  const na = cq / g;
  const bare = (t: string) => t.replace(/\^.*$/, '');
  const part = (t: string, n: number, poly: boolean) => (n === 1 ? bare(t) : poly ? `(${bare(t)})_{${n}}` : `${bare(t)}_{${n}}`);
  return { nc, na, atoms: nc * cAt + na * aAt, tex: `${part(ct, nc, cAt > 1)}${part(at, na, aAt > 1)}` };
}

/** Hardy–Schulze: the coagulating ion is the one opposite in charge to the sol; its charge decides. */
const coagCharge = (sol: number, e: number) => (SOLS[sol]![2] < 0 ? ELECTROLYTES[e]![1] : ELECTROLYTES[e]![2]);
export function pickElectrolytes(rng: { shuffle<T>(x: readonly T[]): T[] }, sol: number): number[] {
  const out: number[] = [];
  for (const e of rng.shuffle(ELECTROLYTES.map((_, k) => k))) if (!out.some((o) => coagCharge(sol, o) === coagCharge(sol, e))) out.push(e);
  return out.slice(0, 4);
}

/** Freundlich x/m = kP^{1/n}: the two readings as the stem prints them (3 significant figures). */
export const freundlichReading = (v: { k: number; inv: number }, P: number) => sig(v.k * P ** v.inv, 3);
const freundlichInv = (v: { k: number; inv: number; P1: number; P2: number }) => Math.log(freundlichReading(v, v.P2) / freundlichReading(v, v.P1)) / Math.log(v.P2 / v.P1);
const freundlichAt = (v: { k: number; inv: number; P1: number; P2: number; P3: number }) => freundlichReading(v, v.P1) * (v.P3 / v.P1) ** freundlichInv(v);

/** Langmuir x/m = aP/(1 + bP): the readings as the stem prints them (4 significant figures) and the limit a/b from them. */
export const langmuirReading = (v: { a: number; b: number }, P: number) => sig((v.a * P) / (1 + v.b * P), 4);
const langmuirLimit = (v: { a: number; b: number; P1: number; P2: number }) => (v.P2 - v.P1) / (v.P2 / langmuirReading(v, v.P2) - v.P1 / langmuirReading(v, v.P1));

const periodicGenerators: GeneratorDef[] = [
  {
    id: 'c.per.iupac-temporary-name', subject: C, concepts: ['C.PER.TABLE'], difficulty: 2,
    build(rng) {
      const z = rng.int(101, 118);
      const w = rng.int(0, 1);
      const correct = w === 0 ? iupacName(z) : iupacSymbol(z);
      const wrong = [...new Set(iupacWrong(z, w).filter((x) => x !== correct))];
      const how = `Digits ${String(z).split('').join(', ')} → roots ${String(z).split('').map((d) => ROOTS[Number(d)]).join(' + ')}, then "ium" (an "i" is dropped after bi / tri, an "n" before nil after enn); the symbol takes the roots' first letters.`;
      return choice({
        params: { z, w }, text: `What is the IUPAC ${w === 0 ? 'temporary name' : 'temporary symbol'} of the element with $Z = ${z}$?`, correct, distractors: wrong,
        solution: `${how} ${iupacName(z)} (${iupacSymbol(z)}).`,
        hi: { text: `$Z = ${z}$ वाले तत्व का IUPAC ${w === 0 ? 'अस्थायी नाम' : 'अस्थायी प्रतीक'} क्या है?`, solution: `अंक ${String(z).split('').join(', ')} → मूल ${String(z).split('').map((d) => ROOTS[Number(d)]).join(' + ')}, फिर "ium" (bi / tri के बाद "i" और enn के बाद nil से पहले एक "n" हटता है); प्रतीक मूलों के पहले अक्षरों से: ${iupacName(z)} (${iupacSymbol(z)})।` },
      });
    },
  },
  {
    id: 'c.per.element-statements', subject: C, concepts: ['C.PER.TABLE', 'C.ATOM.CONFIG'], difficulty: 4,
    build(rng) {
      const z = rng.int(3, 36);
      const f = elementFacts(z);
      const flip = [0, 1, 2, 3].map(() => rng.int(0, 1));
      if (!flip.includes(0)) flip[rng.int(0, 3)] = 0;
      const v = {
        z, sp: flip[0] ? f.period + (f.period === 4 ? -1 : 1) : f.period, sg: flip[1] ? (f.group === 18 ? 17 : f.group + 1) : f.group,
        sb: flip[2] ? (f.block + 1 + rng.int(0, 1)) % 3 : f.block, su: flip[3] ? (f.unpaired === 0 ? 1 : f.unpaired - 1) : f.unpaired,
      };
      const st = elementStatements(v);
      const cfg = [...configuration(z).entries()].map(([k, e]) => `${k}$^{${e}}$`).join(' ');
      return multi({
        params: v, text: `For the element with $Z = ${z}$, which of the following statements is/are correct?`,
        options: st.map((s, k) => ({ text: s.en, correct: flip[k] === 0 })),
        solution: `${SYMBOLS[z]}: ${cfg}. Highest n = period ${f.period}; the last electron enters the ${'spd'[f.block]} subshell; group ${f.group}; ${f.unpaired} unpaired electron(s) by Hund's rule.`,
        hi: { text: `$Z = ${z}$ वाले तत्व के लिए निम्नलिखित में से कौन-सा/से कथन सही है/हैं?`, options: st.map((s) => s.hi), solution: `${SYMBOLS[z]}: ${cfg}। सबसे बड़ा n = आवर्त ${f.period}; अंतिम इलेक्ट्रॉन ${'spd'[f.block]} उपकोश में; वर्ग ${f.group}; हुंड नियम से ${f.unpaired} अयुग्मित इलेक्ट्रॉन।` },
      });
    },
  },
  formula({ id: 'c.per.successive-ionisation', subject: C, concepts: ['C.PER.TRENDS', 'C.PER.TABLE'], difficulty: 3,
    vars: { i: range(0, SUCCESSIVE_IE.length - 1), w: range(0, 1) },
    text: (v) => `The successive ionisation enthalpies of a main-group element X are ${SUCCESSIVE_IE[v.i]![2].join(', ')} kJ mol⁻¹. ${v.w === 0 ? 'How many valence electrons does X have?' : 'To which group (1–18) does X belong?'}`, unit: '',
    answer: (v) => (v.w === 0 ? jumpAfter(SUCCESSIVE_IE[v.i]![2]) : SUCCESSIVE_IE[v.i]![1]),
    // The electron after the jump counted, every enthalpy shown counted, old (A/B) group numbering, the valence count given as the group.
    mistakes: (v) => { const k = jumpAfter(SUCCESSIVE_IE[v.i]![2]); const g = SUCCESSIVE_IE[v.i]![1]; return v.w === 0 ? [k + 1, SUCCESSIVE_IE[v.i]![2].length, k - 1, k + 2].filter((x) => x > 0) : [g + 1, g > 2 ? g - 10 : g + 1 + 1, g > 2 ? g - 1 : g + 10, k + 1 === g ? k + 2 : k + 1].filter((x) => x > 0 && x <= 18 && x !== g); },
    solution: (v) => { const ies = SUCCESSIVE_IE[v.i]![2]; const k = jumpAfter(ies); return `The largest jump is from IE${k} (${ies[k - 1]}) to IE${k + 1} (${ies[k]}), a ${(ies[k]! / ies[k - 1]!).toFixed(1)}-fold rise: the ${k + 1}th electron comes from the noble-gas core. So X has ${k} valence electron(s) — group ${SUCCESSIVE_IE[v.i]![1]}.`; },
    hi: { text: (v) => `एक मुख्य वर्ग तत्व X की क्रमिक आयनन एन्थैल्पी ${SUCCESSIVE_IE[v.i]![2].join(', ')} kJ mol⁻¹ हैं। ${v.w === 0 ? 'X में कितने संयोजी इलेक्ट्रॉन हैं?' : 'X किस वर्ग (1–18) का सदस्य है?'}`,
      solution: (v) => { const ies = SUCCESSIVE_IE[v.i]![2]; const k = jumpAfter(ies); return `सबसे बड़ी छलांग IE${k} (${ies[k - 1]}) से IE${k + 1} (${ies[k]}) तक है (${(ies[k]! / ies[k - 1]!).toFixed(1)} गुना): ${k + 1}वाँ इलेक्ट्रॉन उत्कृष्ट गैस क्रोड से आता है। अतः X में ${k} संयोजी इलेक्ट्रॉन — वर्ग ${SUCCESSIVE_IE[v.i]![1]}।`; } },
    result: [1, 16] }),
  {
    id: 'c.per.ionisation-gain-order', subject: C, concepts: ['C.PER.TRENDS'], difficulty: 3,
    build(rng) {
      const w = rng.int(0, 1);
      const pool = (w === 0 ? FIRST_IE : ELECTRON_GAIN).map(([e, x]) => [e, x] as const);
      const prop = w === 0 ? ['first ionisation enthalpy', 'प्रथम आयनन एन्थैल्पी'] : ['magnitude of electron gain enthalpy (more negative = larger)', 'इलेक्ट्रॉन लब्धि एन्थैल्पी के परिमाण (अधिक ऋणात्मक = बड़ा)'];
      const spec = orderChoice(rng, pool, {
        params: { w }, text: `Arrange in increasing order of ${prop[0]}: {items}.`,
        solution: w === 0 ? 'IE₁ rises across a period and falls down a group, with two breaks: a filled ns² (Be, Mg) beats the following np¹ (B, Al), and a half-filled np³ (N, P) beats the following np⁴ (O, S).' : 'Electron gain becomes more exothermic across a period; the 2p elements (F, O) gain less than the 3p ones (Cl, S) because the small 2p shell repels the incoming electron; N and the alkaline earths gain least.',
        hi: { text: `${prop[1]} के बढ़ते क्रम में व्यवस्थित कीजिए: {items}।`, solution: w === 0 ? 'IE₁ आवर्त में बढ़ती और वर्ग में घटती है, दो अपवाद: पूर्ण ns² (Be, Mg) अगले np¹ (B, Al) से अधिक, और अर्धपूर्ण np³ (N, P) अगले np⁴ (O, S) से अधिक।' : 'आवर्त में इलेक्ट्रॉन लब्धि अधिक ऊष्माक्षेपी होती है; 2p तत्व (F, O) 3p तत्वों (Cl, S) से कम, क्योंकि छोटा 2p कोश आने वाले इलेक्ट्रॉन को प्रतिकर्षित करता है।' },
      }, 10);
      return spec;
    },
  },
  formula({ id: 'c.per.mulliken-electronegativity', subject: C, concepts: ['C.PER.TRENDS', 'C.BOND.POLAR'], difficulty: 3,
    vars: { i: range(0, MULLIKEN.length - 1) },
    text: (v) => { const [e, ie, eg] = MULLIKEN[v.i]!; return `For ${e}, the first ionisation enthalpy is ${ie} kJ mol⁻¹ and the electron gain enthalpy is −${eg} kJ mol⁻¹. Find its Mulliken electronegativity, the mean of ionisation energy and electron affinity, in eV (1 eV = 96.49 kJ mol⁻¹).`; }, unit: 'eV',
    answer: (v) => (MULLIKEN[v.i]![1] + MULLIKEN[v.i]![2]) / 2 / 96.49,
    // The electron gain enthalpy's sign carried into the affinity, the mean not halved, the kJ value left unconverted ÷ 100.
    mistakes: (v) => { const [, ie, eg] = MULLIKEN[v.i]!; return [(ie - eg) / 2 / 96.49, (ie + eg) / 96.49, ie / 2 / 96.49, (ie + eg) / 2 / 100 * 1.5]; },
    sig: 3,
    solution: (v) => { const [, ie, eg] = MULLIKEN[v.i]!; return `Electron affinity is the energy released, $+${eg}$ kJ mol⁻¹ (the negative of the electron gain enthalpy). $\\chi_M = \\frac{IE + EA}{2} = \\frac{${ie} + ${eg}}{2 \\times 96.49}$ eV.`; },
    hi: { text: (v) => { const [e, ie, eg] = MULLIKEN[v.i]!; return `${e} की प्रथम आयनन एन्थैल्पी ${ie} kJ mol⁻¹ और इलेक्ट्रॉन लब्धि एन्थैल्पी −${eg} kJ mol⁻¹ है। इसकी मुलिकेन विद्युत ऋणात्मकता, अर्थात आयनन ऊर्जा और इलेक्ट्रॉन बंधुता का माध्य, eV में ज्ञात कीजिए (1 eV = 96.49 kJ mol⁻¹)।`; },
      solution: (v) => { const [, ie, eg] = MULLIKEN[v.i]!; return `इलेक्ट्रॉन बंधुता मुक्त ऊर्जा है, $+${eg}$ kJ mol⁻¹ (इलेक्ट्रॉन लब्धि एन्थैल्पी का ऋणात्मक)। $\\chi_M = \\frac{IE + EA}{2} = \\frac{${ie} + ${eg}}{2 \\times 96.49}$ eV।`; } },
    result: [2, 11] }),
  {
    id: 'c.per.oxide-hydride-formula', subject: C, concepts: ['C.PER.VALENCE', 'C.PER.TABLE'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, MAIN_GROUP.length - 1);
      const w = rng.int(0, 1);
      const [sym, z] = MAIN_GROUP[i]!;
      const g = mgGroup(i);
      const v = formulaValency(i, w);
      const make = (x: number) => `$\\mathrm{${w === 0 ? oxideFormula(sym, x) : hydrideFormula(sym, x, g)}}$`;
      const wrong = [v + 1, v - 1, w === 0 ? 8 - v : groupValency(g), v + 2, v - 2, v + 3].filter((x) => x >= 1 && x <= 7 && x !== v);
      return choice({
        params: { i, w }, text: `Element ${sym} ($Z = ${z}$): what is the formula of its ${w === 0 ? 'highest oxide' : 'simple hydride'}?`, correct: make(v), distractors: [...new Set(wrong.map(make))],
        solution: `${sym} is in group ${g}: ${w === 0 ? `its highest valency towards oxygen equals the group valency ${v}` : `its valency towards hydrogen is ${v} (group valency for groups 1, 2, 13, 14; 8 minus it for 15–17)`}, giving ${make(v)}.`,
        hi: { text: `तत्व ${sym} ($Z = ${z}$): इसके ${w === 0 ? 'उच्चतम ऑक्साइड' : 'सरल हाइड्राइड'} का सूत्र क्या है?`, solution: `${sym} वर्ग ${g} में है: ${w === 0 ? `ऑक्सीजन के प्रति इसकी उच्चतम संयोजकता वर्ग संयोजकता ${v} है` : `हाइड्रोजन के प्रति संयोजकता ${v} (वर्ग 1, 2, 13, 14 में वर्ग संयोजकता; 15–17 में 8 घटा वह)`}, अतः ${make(v)}।` },
      });
    },
  },
  formula({ id: 'c.per.dulong-petit-valency', subject: C, concepts: ['C.PER.VALENCE', 'C.BASIC.EQUIV'], difficulty: 4,
    vars: { i: range(0, DULONG_PETIT.length - 1), w: range(0, 1) },
    text: (v) => `A metal forms an oxide containing ${metalPct(v.i)} % metal by mass; the metal's specific heat is ${DULONG_PETIT[v.i]![1]} J g⁻¹ K⁻¹. Using Dulong and Petit's law (atomic mass × specific heat ≈ 26.8 J mol⁻¹ K⁻¹), find ${v.w === 0 ? 'the exact atomic mass of the metal (g mol⁻¹)' : 'the valency of the metal'}.`, unit: '',
    answer: (v) => (v.w === 0 ? eqMass(v.i) * dpValency(v.i) : dpValency(v.i)),
    // The approximate Dulong–Petit mass reported, the equivalent mass reported, a neighbouring valency.
    mistakes: (v) => (v.w === 0 ? [26.8 / DULONG_PETIT[v.i]![1], eqMass(v.i), eqMass(v.i) * (dpValency(v.i) + 1), eqMass(v.i) * Math.max(1, dpValency(v.i) - 1) * (dpValency(v.i) === 1 ? 3 : 1)] : [dpValency(v.i) + 1, Math.max(1, dpValency(v.i) - 1) === dpValency(v.i) ? dpValency(v.i) + 2 : dpValency(v.i) - 1, dpValency(v.i) + 2, 8 - dpValency(v.i)]),
    sig: 4,
    solution: (v) => `Equivalent mass $E = \\frac{${metalPct(v.i)}}{${sig(100 - metalPct(v.i))}} \\times 8 = ${eqMass(v.i).toFixed(2)}$; approximate atomic mass $\\approx \\frac{26.8}{${DULONG_PETIT[v.i]![1]}} = ${(26.8 / DULONG_PETIT[v.i]![1]).toFixed(1)}$; valency $= \\frac{${(26.8 / DULONG_PETIT[v.i]![1]).toFixed(1)}}{${eqMass(v.i).toFixed(2)}} \\approx ${dpValency(v.i)}$ (a whole number); exact atomic mass $= E \\times ${dpValency(v.i)} = ${(eqMass(v.i) * dpValency(v.i)).toFixed(2)}$.`,
    hi: { text: (v) => `एक धातु का ऑक्साइड द्रव्यमान से ${metalPct(v.i)} % धातु रखता है; धातु की विशिष्ट ऊष्मा ${DULONG_PETIT[v.i]![1]} J g⁻¹ K⁻¹ है। ड्यूलॉन्ग-पेटिट नियम (परमाणु द्रव्यमान × विशिष्ट ऊष्मा ≈ 26.8 J mol⁻¹ K⁻¹) से ${v.w === 0 ? 'धातु का यथार्थ परमाणु द्रव्यमान (g mol⁻¹) ज्ञात कीजिए' : 'धातु की संयोजकता ज्ञात कीजिए'}।`,
      solution: (v) => `तुल्यांकी द्रव्यमान $E = \\frac{${metalPct(v.i)}}{${sig(100 - metalPct(v.i))}} \\times 8 = ${eqMass(v.i).toFixed(2)}$; सन्निकट परमाणु द्रव्यमान $\\approx \\frac{26.8}{${DULONG_PETIT[v.i]![1]}} = ${(26.8 / DULONG_PETIT[v.i]![1]).toFixed(1)}$; संयोजकता $\\approx ${dpValency(v.i)}$ (पूर्ण संख्या); यथार्थ परमाणु द्रव्यमान $= E \\times ${dpValency(v.i)} = ${(eqMass(v.i) * dpValency(v.i)).toFixed(2)}$।` },
    result: [1, 210] }),
  formula({ id: 'c.per.formula-unit-atoms', subject: C, concepts: ['C.PER.VALENCE'], difficulty: 2,
    vars: { c: range(0, CATIONS.length - 1), a: range(0, ANIONS.length - 1) },
    text: (v) => `How many atoms in all are there in one formula unit of the compound formed by $\\mathrm{${CATIONS[v.c]![0]}}$ and $\\mathrm{${ANIONS[v.a]![0]}}$?`, unit: '',
    answer: (v) => ionFormula(v.c, v.a).atoms,
    // One of each ion, the subscripts swapped, the polyatomic ion's atoms counted once, the subscripts not reduced.
    mistakes: (v) => { const f = ionFormula(v.c, v.a); const cAt = CATIONS[v.c]![2]; const aAt = ANIONS[v.a]![2]; return [cAt + aAt, f.na * cAt + f.nc * aAt, f.nc * (cAt > 1 ? 1 : cAt) + f.na * (aAt > 1 ? 1 : aAt) + (cAt > 1 ? cAt - 1 : 0) + (aAt > 1 ? aAt - 1 : 0), -ANIONS[v.a]![1] * cAt + CATIONS[v.c]![1] * aAt, f.atoms + 1].filter((x) => x !== f.atoms); },
    solution: (v) => { const f = ionFormula(v.c, v.a); return `Cross the charges and reduce: $\\mathrm{${f.tex}}$ (${f.nc} × ${CATIONS[v.c]![2]} + ${f.na} × ${ANIONS[v.a]![2]} atoms).`; },
    hi: { text: (v) => `$\\mathrm{${CATIONS[v.c]![0]}}$ और $\\mathrm{${ANIONS[v.a]![0]}}$ से बने यौगिक की एक सूत्र इकाई में कुल कितने परमाणु हैं?`, solution: (v) => { const f = ionFormula(v.c, v.a); return `आवेशों का आदान-प्रदान कर न्यूनतम करें: $\\mathrm{${f.tex}}$ (${f.nc} × ${CATIONS[v.c]![2]} + ${f.na} × ${ANIONS[v.a]![2]} परमाणु)।`; } },
    result: [2, 40] }),
  {
    id: 'c.surface.hardy-schulze', subject: C, concepts: ['C.SURFACE'], difficulty: 3,
    build(rng) {
      const sol = rng.int(0, SOLS.length - 1);
      const w = rng.int(0, 1);
      const es = pickElectrolytes(rng, sol);
      const sorted = [...es].sort((x, y) => coagCharge(sol, y) - coagCharge(sol, x));
      const best = w === 0 ? sorted[0]! : sorted[sorted.length - 1]!;
      const neg = SOLS[sol]![2] < 0;
      const f = (e: number) => `$\\mathrm{${ELECTROLYTES[e]![0]}}$`;
      return choice({
        params: { sol, w, ...Object.fromEntries(es.map((e, k) => [`e${k}`, e])) },
        text: `Which electrolyte ${w === 0 ? 'coagulates' : 'is least effective in coagulating'} a ${SOLS[sol]![0]} sol ${w === 0 ? 'most effectively (lowest flocculation value)' : '(highest flocculation value)'}?`, correct: f(best), distractors: es.filter((e) => e !== best).map(f),
        solution: `The ${SOLS[sol]![0]} sol is ${neg ? 'negatively' : 'positively'} charged, so the ${neg ? 'cations' : 'anions'} of the electrolyte coagulate it; by the Hardy–Schulze rule the power rises steeply with the charge of that ion: ${sorted.map((e) => `${f(e)} (${coagCharge(sol, e)})`).join(' > ')}.`,
        hi: { text: `कौन-सा विद्युत अपघट्य ${SOLS[sol]![1]} सॉल का ${w === 0 ? 'स्कंदन सबसे प्रभावी ढंग से (न्यूनतम ऊर्णन मान) करता है' : 'स्कंदन करने में सबसे कम प्रभावी (अधिकतम ऊर्णन मान) है'}?`, solution: `${SOLS[sol]![1]} सॉल ${neg ? 'ऋणावेशित' : 'धनावेशित'} है, अतः विद्युत अपघट्य के ${neg ? 'धनायन' : 'ऋणायन'} इसका स्कंदन करते हैं; हार्डी–शुल्ज़े नियम से स्कंदन क्षमता उस आयन के आवेश के साथ तेज़ी से बढ़ती है: ${sorted.map((e) => `${f(e)} (${coagCharge(sol, e)})`).join(' > ')}।` },
      });
    },
  },
  {
    id: 'c.surface.gold-number-order', subject: C, concepts: ['C.SURFACE'], difficulty: 2,
    build(rng) {
      const pool = GOLD_NUMBERS.map(([n, , g]) => [n, 1 / g] as const);
      const spec = orderChoice(rng, pool, {
        params: {}, text: 'Arrange these protective colloids in increasing order of protective power: {items}.',
        solution: `The gold number is the mass (mg) of protective colloid that just prevents 10 mL of a gold sol from coagulating on adding 1 mL of 10 % NaCl; the smaller the gold number, the greater the protective power. Gold numbers: ${GOLD_NUMBERS.map(([n, , g]) => `${n} ≈ ${g}`).join(', ')}.`,
        hi: { text: 'इन रक्षी कोलॉइडों को रक्षण क्षमता के बढ़ते क्रम में व्यवस्थित कीजिए: {items}।', solution: `स्वर्ण संख्या रक्षी कोलॉइड का वह द्रव्यमान (mg) है जो 1 mL 10 % NaCl मिलाने पर 10 mL स्वर्ण सॉल का स्कंदन ठीक रोक दे; स्वर्ण संख्या जितनी कम, रक्षण क्षमता उतनी अधिक। स्वर्ण संख्याएँ: ${GOLD_NUMBERS.map(([, h, g]) => `${h} ≈ ${g}`).join(', ')}।` },
      });
      // Stem and options name the colloids in English; the Hindi rendering swaps in their Hindi names.
      const toHi = (t: string) => GOLD_NUMBERS.reduce((x, [e, h]) => x.split(e).join(h), t);
      return { ...spec, hi: { text: toHi(spec.hi!.text), solution: spec.hi!.solution, correct: toHi(spec.correct), distractors: spec.distractors.map(toHi) } };
    },
  },
  formula({ id: 'c.surface.langmuir-monolayer', subject: C, concepts: ['C.SURFACE'], difficulty: 4,
    vars: { a: [1, 1.5, 2, 2.5, 4], b: [0.5, 1, 2], P1: [0.5, 1], P2: [4, 5, 10] },
    text: (v) => `A gas is adsorbed on a solid according to the Langmuir isotherm $\\frac{x}{m} = \\frac{aP}{1 + bP}$. At ${v.P1} bar $\\frac{x}{m} = ${langmuirReading(v, v.P1)}$ mmol g⁻¹ and at ${v.P2} bar $\\frac{x}{m} = ${langmuirReading(v, v.P2)}$ mmol g⁻¹. What is the limiting (monolayer) uptake $\\frac{a}{b}$ reached at high pressure, in mmol g⁻¹?`, unit: 'mmol g⁻¹',
    answer: langmuirLimit,
    // The higher reading taken as the limit, a alone reported, the reciprocal slope read from x/m against P.
    // Mistakes within 3 % of the answer are dropped: with b = 1, a alone equals the limit.
    mistakes: (v) => [langmuirReading(v, v.P2), v.a, (langmuirReading(v, v.P2) - langmuirReading(v, v.P1)) / (v.P2 - v.P1) * v.P2, langmuirLimit(v) / 2, langmuirLimit(v) * 2].filter((x) => Math.abs(x - langmuirLimit(v)) > 0.03 * langmuirLimit(v)),
    sig: 3,
    solution: (v) => `Linear form: $\\frac{P}{x/m} = \\frac{1}{a} + \\frac{b}{a}P$. The two readings give $\\frac{P}{x/m}$ = ${sig(v.P1 / langmuirReading(v, v.P1), 4)} and ${sig(v.P2 / langmuirReading(v, v.P2), 4)} g bar mmol⁻¹; the slope $\\frac{b}{a}$ is their difference over ${sig(v.P2 - v.P1)} bar, and the limit is $\\frac{a}{b} = \\frac{1}{\\text{slope}}$.`,
    hi: { text: (v) => `एक गैस ठोस पर लैंगम्यूर समतापी $\\frac{x}{m} = \\frac{aP}{1 + bP}$ के अनुसार अधिशोषित होती है। ${v.P1} bar पर $\\frac{x}{m} = ${langmuirReading(v, v.P1)}$ mmol g⁻¹ और ${v.P2} bar पर $\\frac{x}{m} = ${langmuirReading(v, v.P2)}$ mmol g⁻¹ है। उच्च दाब पर प्राप्त सीमांत (एकलपरत) अधिशोषण $\\frac{a}{b}$, mmol g⁻¹ में, क्या है?`,
      solution: (v) => `रैखिक रूप: $\\frac{P}{x/m} = \\frac{1}{a} + \\frac{b}{a}P$। दोनों पाठ्यांकों से $\\frac{P}{x/m}$ = ${sig(v.P1 / langmuirReading(v, v.P1), 4)} और ${sig(v.P2 / langmuirReading(v, v.P2), 4)} g bar mmol⁻¹; ढाल $\\frac{b}{a}$ = इनका अंतर ÷ ${sig(v.P2 - v.P1)} bar, और सीमा $\\frac{a}{b} = \\frac{1}{\\text{ढाल}}$।` },
    result: [0.3, 10] }),
  formula({ id: 'c.surface.freundlich-two-readings', subject: C, concepts: ['C.SURFACE'], difficulty: 4,
    vars: { w: range(0, 1), k: [0.2, 0.35, 0.5, 0.8, 1.2], inv: [0.2, 0.25, 0.4, 0.5, 0.6], P1: [0.5, 1, 2], P2: [4, 8, 10], P3: [3, 5, 6, 12, 20] },
    text: (v) => `Charcoal adsorbs a gas following the Freundlich isotherm. At ${v.P1} atm $x/m = ${freundlichReading(v, v.P1)}$ and at ${v.P2} atm $x/m = ${freundlichReading(v, v.P2)}$ (same temperature, g of gas per g of charcoal). Find ${v.w === 0 ? '$1/n$' : `$x/m$ at ${v.P3} atm (g per g)`}.`, unit: '',
    answer: (v) => (v.w === 0 ? freundlichInv(v) : freundlichAt(v)),
    // Ratio of x/m read as linear in P, the reciprocal n reported, the lower reading scaled linearly.
    mistakes: (v) => (v.w === 0 ? [1 / freundlichInv(v), (freundlichReading(v, v.P2) - freundlichReading(v, v.P1)) / (v.P2 - v.P1), freundlichInv(v) * Math.log(10), freundlichInv(v) / 2] : [freundlichReading(v, v.P1) * (v.P3 / v.P1), freundlichReading(v, v.P1) * (v.P3 / v.P1) ** (1 / freundlichInv(v) / 4), freundlichReading(v, v.P2) * (v.P3 / v.P2) ** (freundlichInv(v) / 2), freundlichReading(v, v.P1) * (v.P3 / v.P1) ** (freundlichInv(v) / 2)]),
    sig: 3,
    solution: (v) => `$\\log\\frac{x}{m} = \\log k + \\frac1n\\log P$: the slope between the two readings is $\\frac1n = \\frac{\\log(${freundlichReading(v, v.P2)}/${freundlichReading(v, v.P1)})}{\\log(${v.P2}/${v.P1})} = ${freundlichInv(v).toFixed(3)}$${v.w === 1 ? `; then $\\frac{x}{m} = ${freundlichReading(v, v.P1)} \\times (${v.P3}/${v.P1})^{1/n}$` : ''}.`,
    hi: { text: (v) => `चारकोल एक गैस का अधिशोषण फ्रॉयन्डलिक समतापी के अनुसार करता है। ${v.P1} atm पर $x/m = ${freundlichReading(v, v.P1)}$ और ${v.P2} atm पर $x/m = ${freundlichReading(v, v.P2)}$ (समान ताप, g गैस प्रति g चारकोल)। ${v.w === 0 ? '$1/n$' : `${v.P3} atm पर $x/m$ (g प्रति g)`} ज्ञात कीजिए।`,
      solution: (v) => `$\\log\\frac{x}{m} = \\log k + \\frac1n\\log P$: दोनों पाठ्यांकों के बीच ढाल $\\frac1n = \\frac{\\log(${freundlichReading(v, v.P2)}/${freundlichReading(v, v.P1)})}{\\log(${v.P2}/${v.P1})} = ${freundlichInv(v).toFixed(3)}$${v.w === 1 ? `; फिर $\\frac{x}{m} = ${freundlichReading(v, v.P1)} \\times (${v.P3}/${v.P1})^{1/n}$` : ''}।` },
    result: [0.05, 10] }),
];

/** Kinetics, bonding, periodicity and surface chemistry: further question shapes. */
export const chemDepthInorganicCGenerators: GeneratorDef[] = spreadMistakes([...chemDepthInorganicCKinetics, ...bondingGenerators, ...periodicGenerators]);
