import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { Rng } from '../random.ts';
import { choice, multi, num } from './spec.ts';
import type { GeneratorDef, Params } from './types.ts';

const P = 'PHYSICS' as const;
const G = 10; // m/s², stated in every stem that uses it

/** A multi-correct generator whose statement texts the test can rebuild from the parameters. */
export interface StatementGenerator extends GeneratorDef {
  statements(p: Params): string[];
}

/**
 * For each claim, the true value or its named mistake, at least one true. A mistake within 2 % of
 * the truth is shown as the truth (and keyed true): a statement never looks right while keyed wrong.
 */
export function claimValues(rng: Rng, truths: readonly number[], wrongs: readonly number[]): number[] {
  const flags = truths.map(() => rng.int(0, 1));
  if (!flags.includes(1)) flags[rng.int(0, truths.length - 1)] = 1;
  return truths.map((t, i) => (flags[i] === 1 || Math.abs(wrongs[i]! - t) <= 0.02 * Math.abs(t) ? t : wrongs[i]!));
}

/** Three distinct wrong texts from candidates, none equal to the right one. */
export function threeWrong(right: string, candidates: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of candidates) if (c !== right && !out.includes(c) && out.length < 3) out.push(c);
  if (out.length < 3) throw new Error(`fewer than three distinct wrong options for ${right}`);
  return out;
}

// ---- Units and dimensions ----

/** Quantities with their SI unit and [M, L, T] dimensions. */
export const QUANTITIES = [
  { en: 'force', hi: 'बल', unit: 'N', dim: [1, 1, -2] },
  { en: 'energy', hi: 'ऊर्जा', unit: 'J', dim: [1, 2, -2] },
  { en: 'power', hi: 'शक्ति', unit: 'W', dim: [1, 2, -3] },
  { en: 'pressure', hi: 'दाब', unit: 'Pa', dim: [1, -1, -2] },
  { en: 'momentum', hi: 'संवेग', unit: 'kg m/s', dim: [1, 1, -1] },
] as const;
const quantity = (q: number) => QUANTITIES[q]!;
/** Value of Q (SI) in units of a kg, b m, c s: Q / (a^M b^L c^T). */
const newSystem = (v: Readonly<Record<'q' | 'Q' | 'a' | 'b' | 'c', number>>) => { const [m, l, t] = quantity(v.q).dim; return v.Q / (v.a ** m * v.b ** l * v.c ** t); };

const newSystemValue = formula({ id: 'p.units.new-system-value', subject: P, concepts: ['P.UNITS.SI', 'P.UNITS.DIM'], difficulty: 3, freeResponse: false,
  vars: { q: range(0, 4), Q: [10, 20, 50, 100], a: [2, 5, 10], b: [2, 5, 10], c: [2, 5, 10] },
  text: (v) => `In a new system of units the unit of mass is ${v.a} kg, the unit of length ${v.b} m and the unit of time ${v.c} s. What is the numerical value, in this system, of ${/^[aeiou]/.test(quantity(v.q).en) ? 'an' : 'a'} ${quantity(v.q).en} of ${v.Q} ${quantity(v.q).unit}?`,
  hi: {
    text: (v) => `मात्रकों की एक नई पद्धति में द्रव्यमान का मात्रक ${v.a} kg, लम्बाई का मात्रक ${v.b} m तथा समय का मात्रक ${v.c} s है। ${v.Q} ${quantity(v.q).unit} के ${quantity(v.q).hi} का इस पद्धति में आंकिक मान क्या है?`,
    solution: (v) => `विमीय सूत्र $[M^{${quantity(v.q).dim[0]}}L^{${quantity(v.q).dim[1]}}T^{${quantity(v.q).dim[2]}}]$; $n_2 = n_1\\left(\\frac{M_1}{M_2}\\right)^{a}\\left(\\frac{L_1}{L_2}\\right)^{b}\\left(\\frac{T_1}{T_2}\\right)^{c}$ = ${formatNumber(newSystem(v))}।`,
  },
  unit: '', result: [1e-3, 1e5],
  answer: newSystem,
  // The conversion inverted (multiplied by the new units); the time exponent's sign slipped; length taken to the first power.
  mistakes: (v) => { const [m, l, t] = quantity(v.q).dim; return [v.Q * v.a ** m * v.b ** l * v.c ** t, v.Q / (v.a ** m * v.b ** l * v.c ** -t), v.Q / (v.a ** m * v.b * v.c ** t)]; },
  solution: (v) => `The dimensions of ${quantity(v.q).en} are $[M^{${quantity(v.q).dim[0]}}L^{${quantity(v.q).dim[1]}}T^{${quantity(v.q).dim[2]}}]$. The number times the unit is fixed: $n_2 = n_1\\left(\\frac{M_1}{M_2}\\right)^{a}\\left(\\frac{L_1}{L_2}\\right)^{b}\\left(\\frac{T_1}{T_2}\\right)^{c}$ with $M_1/M_2 = 1/${v.a}$, $L_1/L_2 = 1/${v.b}$, $T_1/T_2 = 1/${v.c}$, giving ${formatNumber(newSystem(v))}.` });

/** Pairs of quantities for "same SI base units" claims; the test derives each dimension itself. */
export const UNIT_PAIRS = [
  ['work', 'torque', 'कार्य', 'बल आघूर्ण'],
  ['pressure', 'energy density', 'दाब', 'ऊर्जा घनत्व'],
  ['impulse', 'momentum', 'आवेग', 'संवेग'],
  ['surface tension', 'spring constant', 'पृष्ठ तनाव', 'स्प्रिंग नियतांक'],
  ['angular momentum', "Planck's constant", 'कोणीय संवेग', 'प्लांक नियतांक'],
  ['angular velocity', 'velocity gradient', 'कोणीय वेग', 'वेग प्रवणता'],
  ['latent heat', 'gravitational potential', 'गुप्त ऊष्मा', 'गुरुत्वीय विभव'],
  ['stress', "Young's modulus", 'प्रतिबल', 'यंग प्रत्यास्थता गुणांक'],
  ['force', 'impulse', 'बल', 'आवेग'],
  ['power', 'energy', 'शक्ति', 'ऊर्जा'],
  ['momentum', 'angular momentum', 'संवेग', 'कोणीय संवेग'],
  ['torque', 'angular momentum', 'बल आघूर्ण', 'कोणीय संवेग'],
  ['surface tension', 'pressure', 'पृष्ठ तनाव', 'दाब'],
  ['coefficient of viscosity', 'pressure', 'श्यानता गुणांक', 'दाब'],
  ['strain', 'stress', 'विकृति', 'प्रतिबल'],
] as const;
/** Which pairs share units (the generator's key; the test recomputes it from defining relations). */
const PAIR_SAME = [true, true, true, true, true, true, true, true, false, false, false, false, false, false, false] as const;
const pairText = (p: Params) => [0, 1, 2, 3].map((k) => { const r = UNIT_PAIRS[p[`p${k}`]!]!; return `${r[0][0]!.toUpperCase()}${r[0].slice(1)} and ${r[1]} can be expressed in the same SI base units.`; });
const pairHindi = (p: Params) => [0, 1, 2, 3].map((k) => { const r = UNIT_PAIRS[p[`p${k}`]!]!; return `${r[2]} तथा ${r[3]} को समान SI मूल मात्रकों में व्यक्त किया जा सकता है।`; });

// Same-units claims. Named confusions: a rate and its total (power, energy), linear and angular
// quantities (momentum, angular momentum), a force per length taken for a force per area.
const sameUnitPairs: StatementGenerator = {
  id: 'p.units.same-unit-pairs', subject: P, concepts: ['P.UNITS.SI', 'P.UNITS.DIM'], difficulty: 2,
  statements: pairText,
  build(rng) {
    const picked = rng.shuffle(range(0, UNIT_PAIRS.length - 1)).slice(0, 4);
    if (!picked.some((i) => PAIR_SAME[i])) picked[rng.int(0, 3)] = rng.int(0, 7);
    const params: Params = { p0: picked[0]!, p1: picked[1]!, p2: picked[2]!, p3: picked[3]! };
    return multi({
      params,
      text: 'Which of the following statements is/are correct?',
      options: pairText(params).map((text, k) => ({ text, correct: PAIR_SAME[picked[k]!]! })),
      solution: 'Write each quantity from its defining relation: work and torque are force × length ($[ML^2T^{-2}]$), pressure and energy density are $[ML^{-1}T^{-2}]$, impulse and momentum $[MLT^{-1}]$, surface tension and spring constant force per length $[MT^{-2}]$, angular momentum and $h = E/\\nu$ are $[ML^2T^{-1}]$, angular velocity and velocity gradient $[T^{-1}]$, latent heat and gravitational potential energy per mass $[L^2T^{-2}]$, stress and Young\'s modulus $[ML^{-1}T^{-2}]$. Power is energy per time, viscosity is stress × time, and strain has no dimensions.',
      hi: {
        text: 'निम्नलिखित में से कौन सा/से कथन सही है/हैं?',
        solution: 'प्रत्येक राशि को उसकी परिभाषा से लिखिए: कार्य तथा बल आघूर्ण बल × लम्बाई ($[ML^2T^{-2}]$), दाब तथा ऊर्जा घनत्व $[ML^{-1}T^{-2}]$, आवेग तथा संवेग $[MLT^{-1}]$, पृष्ठ तनाव तथा स्प्रिंग नियतांक प्रति लम्बाई बल $[MT^{-2}]$, कोणीय संवेग तथा $h = E/\\nu$ $[ML^2T^{-1}]$, कोणीय वेग तथा वेग प्रवणता $[T^{-1}]$, गुप्त ऊष्मा तथा गुरुत्वीय विभव $[L^2T^{-2}]$, प्रतिबल तथा यंग गुणांक $[ML^{-1}T^{-2}]$। शक्ति = ऊर्जा/समय, श्यानता = प्रतिबल × समय, विकृति विमाहीन है।',
        options: pairHindi(params),
      },
    });
  },
};

/** New base sets (symbol, name, Hindi name, [M, L, T]) in which a quantity's exponents are integers. */
export const BASES = [
  [['F', 'force', 'बल', [1, 1, -2]], ['V', 'velocity', 'वेग', [0, 1, -1]], ['T', 'time', 'समय', [0, 0, 1]]],
  [['E', 'energy', 'ऊर्जा', [1, 2, -2]], ['V', 'velocity', 'वेग', [0, 1, -1]], ['T', 'time', 'समय', [0, 0, 1]]],
  [['P', 'momentum', 'संवेग', [1, 1, -1]], ['L', 'length', 'लम्बाई', [0, 1, 0]], ['T', 'time', 'समय', [0, 0, 1]]],
  [['F', 'force', 'बल', [1, 1, -2]], ['L', 'length', 'लम्बाई', [0, 1, 0]], ['V', 'velocity', 'वेग', [0, 1, -1]]],
  [['S', 'surface tension', 'पृष्ठ तनाव', [1, 0, -2]], ['V', 'velocity', 'वेग', [0, 1, -1]], ['T', 'time', 'समय', [0, 0, 1]]],
] as const;
/** Quantities to express: name, Hindi name, [M, L, T]. */
export const TARGETS = [
  ['mass', 'द्रव्यमान', [1, 0, 0]], ['energy', 'ऊर्जा', [1, 2, -2]], ['pressure', 'दाब', [1, -1, -2]], ['power', 'शक्ति', [1, 2, -3]],
  ['density', 'घनत्व', [1, -3, 0]], ['angular momentum', 'कोणीय संवेग', [1, 2, -1]], ['acceleration', 'त्वरण', [0, 1, -2]],
] as const;
/** Exponents x with Σ xᵢ·baseᵢ = target, by Cramer's rule on the 3 × 3 dimension matrix. */
export function baseExponents(s: number, t: number): number[] {
  const cols = BASES[s]!.map((b) => b[3]);
  const det = (a: readonly (readonly number[])[]) => a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) - a[1]![0]! * (a[0]![1]! * a[2]![2]! - a[0]![2]! * a[2]![1]!) + a[2]![0]! * (a[0]![1]! * a[1]![2]! - a[0]![2]! * a[1]![1]!);
  const d = det(cols);
  return [0, 1, 2].map((k) => Math.round((1e9 * det(cols.map((c, j) => (j === k ? TARGETS[t]![2] : c)))) / d) / 1e9 + 0);
}
const dimString = (s: number, x: readonly number[]) => `$[${BASES[s]!.map((b, k) => (x[k] === 0 ? '' : x[k] === 1 ? b[0] : `${b[0]}^{${x[k]}}`)).join(' ').trim()}]$`;
/** (base set, target) pairs with integer exponents and a target that is not itself a base. */
const BASE_CASES = BASES.flatMap((_, s) => TARGETS.map((_t, t) => [s, t] as const)).filter(([s, t]) => {
  const x = baseExponents(s, t);
  return x.every(Number.isInteger) && x.filter((e) => e !== 0).length >= 2;
});

// Exponents in a new base set. Named mistakes: the whole inverse (signs of all exponents), the time
// (third) exponent's sign slipped, the first two exponents swapped, the second's sign slipped.
const newBaseExponents: GeneratorDef = {
  id: 'p.units.new-base-exponents', subject: P, concepts: ['P.UNITS.DIM', 'P.UNITS.SI'], difficulty: 4,
  build(rng) {
    const [s, t] = rng.pick(BASE_CASES);
    const x = baseExponents(s, t);
    const right = dimString(s, x);
    const variants = [x.map((e) => -e), [x[0]!, x[1]!, -x[2]!], [x[1]!, x[0]!, x[2]!], [x[0]!, -x[1]!, x[2]!], [x[0]! + 1, x[1]!, x[2]!], [x[0]!, x[1]!, x[2]! + 1], [x[0]!, x[1]! - 1, x[2]!]];
    const wrong = threeWrong(right, variants.filter((w) => w.some((e) => e !== 0)).map((w) => dimString(s, w)));
    const b = BASES[s]!, tg = TARGETS[t]!;
    const names = b.map((q) => `${q[1]} ($${q[0]}$)`).join(', ');
    const namesHi = b.map((q) => `${q[2]} ($${q[0]}$)`).join(', ');
    return choice({
      params: { s, t },
      text: `If ${names} are taken as the fundamental quantities, the dimensional formula of ${tg[0]} is`,
      correct: right, distractors: wrong,
      solution: `Write $[${tg[0]}] = [${b[0][0]}]^x[${b[1][0]}]^y[${b[2][0]}]^z$ in $M, L, T$ and match the exponents of $M$, $L$ and $T$: three linear equations give $x = ${x[0]}$, $y = ${x[1]}$, $z = ${x[2]}$, i.e. ${right}.`,
      hi: {
        text: `यदि ${namesHi} को मूल राशियाँ माना जाए, तो ${tg[1]} का विमीय सूत्र है`,
        solution: `$[${tg[0]}] = [${b[0][0]}]^x[${b[1][0]}]^y[${b[2][0]}]^z$ को $M, L, T$ में लिखकर घातांक मिलाइए: तीन रैखिक समीकरणों से $x = ${x[0]}$, $y = ${x[1]}$, $z = ${x[2]}$, अर्थात् ${right}।`,
        correct: right, distractors: wrong,
      },
    });
  },
};

/**
 * Equations for the dimensional check: LaTeX and its terms, each term as symbol powers. Correct
 * ones first; the wrong ones are named mistakes (a square dropped, a factor missing, a ratio inverted).
 */
export const EQUATIONS: readonly { tex: string; terms: readonly string[]; ok: boolean; why?: string; whyHi?: string }[] = [
  { tex: 's = ut + \\frac{1}{2}at^2', terms: ['s', 'u t', 'a t^2'], ok: true },
  { tex: 'v^2 = u^2 + 2as', terms: ['v^2', 'u^2', 'a s'], ok: true },
  { tex: 'T = 2\\pi\\sqrt{l/g}', terms: ['t', 'l^0.5 g^-0.5'], ok: true },
  { tex: 'F = \\frac{mv^2}{r}', terms: ['F', 'm v^2 r^-1'], ok: true },
  { tex: 'P = Fv', terms: ['P', 'F v'], ok: true },
  { tex: 'v = \\sqrt{F/\\mu}', terms: ['v', 'F^0.5 mu^-0.5'], ok: true },
  { tex: 'h = \\frac{2S\\cos\\theta}{\\rho g r}', terms: ['h', 'S rho^-1 g^-1 r^-1'], ok: true },
  { tex: 'F = 6\\pi\\eta r v', terms: ['F', 'eta r v'], ok: true },
  { tex: 'E = \\frac{1}{2}I\\omega^2', terms: ['E', 'I w^2'], ok: true },
  { tex: 'T = 2\\pi\\sqrt{m/k}', terms: ['t', 'm^0.5 k^-0.5'], ok: true },
  { tex: 's = ut + \\frac{1}{2}at', terms: ['s', 'u t', 'a t'], ok: false, why: '$at$ is a speed, not a length', whyHi: '$at$ चाल है, लम्बाई नहीं' },
  { tex: 'v^2 = u^2 + 2a', terms: ['v^2', 'u^2', 'a'], ok: false, why: '$a$ is an acceleration, not a squared speed', whyHi: '$a$ त्वरण है, चाल का वर्ग नहीं' },
  { tex: 'T = 2\\pi\\sqrt{lg}', terms: ['t', 'l^0.5 g^0.5'], ok: false, why: '$\\sqrt{lg}$ is a speed, not a time', whyHi: '$\\sqrt{lg}$ चाल है, समय नहीं' },
  { tex: 'F = \\frac{mv}{r}', terms: ['F', 'm v r^-1'], ok: false, why: '$\\frac{mv}{r}$ is momentum per length, $[MT^{-1}]$, not a force', whyHi: '$\\frac{mv}{r}$ की विमा $[MT^{-1}]$ है, बल की नहीं' },
  { tex: 'P = Fv^2', terms: ['P', 'F v^2'], ok: false, why: '$Fv^2$ is $[ML^3T^{-4}]$, not a power $[ML^2T^{-3}]$', whyHi: '$Fv^2$ की विमा $[ML^3T^{-4}]$ है, शक्ति $[ML^2T^{-3}]$ नहीं' },
  { tex: 'v = \\sqrt{F\\mu}', terms: ['v', 'F^0.5 mu^0.5'], ok: false, why: '$\\sqrt{F\\mu}$ is $[MT^{-1}]$, not a speed', whyHi: '$\\sqrt{F\\mu}$ की विमा $[MT^{-1}]$ है, चाल की नहीं' },
  { tex: 'h = \\frac{2S\\rho}{g r}', terms: ['h', 'S rho g^-1 r^-1'], ok: false, why: '$\\frac{S\\rho}{gr}$ is $[M^2L^{-5}]$, not a length', whyHi: '$\\frac{S\\rho}{gr}$ की विमा $[M^2L^{-5}]$ है, लम्बाई की नहीं' },
  { tex: 'F = 6\\pi\\eta r^2 v', terms: ['F', 'eta r^2 v'], ok: false, why: '$\\eta r^2v$ is $[ML^2T^{-2}]$, an energy, not a force', whyHi: '$\\eta r^2v$ की विमा $[ML^2T^{-2}]$ (ऊर्जा) है, बल नहीं' },
  { tex: 'E = \\frac{1}{2}I\\omega', terms: ['E', 'I w'], ok: false, why: '$I\\omega$ is an angular momentum, $[ML^2T^{-1}]$, not an energy', whyHi: '$I\\omega$ कोणीय संवेग $[ML^2T^{-1}]$ है, ऊर्जा नहीं' },
  { tex: 'T = 2\\pi\\sqrt{k/m}', terms: ['t', 'k^0.5 m^-0.5'], ok: false, why: '$\\sqrt{k/m}$ is a frequency, $[T^{-1}]$, not a time', whyHi: '$\\sqrt{k/m}$ की विमा $[T^{-1}]$ है, समय की नहीं' },
];
const SYMBOLS = '$s, l, h, r$ lengths; $u, v$ speeds; $a, g$ accelerations; $t, T$ times; $m$ mass; $F$ force; $P$ power; $E$ energy; $I$ moment of inertia; $\\omega$ angular speed; $k$ spring constant; $\\mu$ mass per length; $\\rho$ density; $S$ surface tension; $\\eta$ coefficient of viscosity';
const SYMBOLS_HI = '$s, l, h, r$ लम्बाइयाँ; $u, v$ चाल; $a, g$ त्वरण; $t, T$ समय; $m$ द्रव्यमान; $F$ बल; $P$ शक्ति; $E$ ऊर्जा; $I$ जड़त्व आघूर्ण; $\\omega$ कोणीय चाल; $k$ स्प्रिंग नियतांक; $\\mu$ प्रति लम्बाई द्रव्यमान; $\\rho$ घनत्व; $S$ पृष्ठ तनाव; $\\eta$ श्यानता गुणांक';

const wrongEquation: GeneratorDef = {
  id: 'p.units.dimension-wrong-equation', subject: P, concepts: ['P.UNITS.DIM'], difficulty: 2,
  build(rng) {
    const w = rng.int(10, 19);
    const [c1, c2, c3] = rng.shuffle(range(0, 9).filter((i) => i !== w - 10)).slice(0, 3) as [number, number, number];
    const show = (i: number) => `$${EQUATIONS[i]!.tex}$`;
    const okTexts = [c1, c2, c3].map(show);
    return choice({
      params: { w, c1, c2, c3 },
      text: `Which of the following equations is dimensionally incorrect? (${SYMBOLS}.)`,
      correct: show(w), distractors: okTexts,
      solution: `Every term of a correct equation has the same dimensions. In ${show(w)} they differ: ${EQUATIONS[w]!.why ?? ''}. ${okTexts.join(', ')} are consistent term by term.`,
      hi: {
        text: `निम्नलिखित में से कौन सा समीकरण विमीय रूप से गलत है? (${SYMBOLS_HI}।)`,
        solution: `सही समीकरण के प्रत्येक पद की विमाएँ समान होती हैं। ${show(w)} में ये भिन्न हैं: ${EQUATIONS[w]!.whyHi ?? ''}। ${okTexts.join(', ')} के सभी पद संगत हैं।`,
        correct: show(w), distractors: okTexts,
      },
    });
  },
};

// Density of a sphere from its mass and a screw-gauge diameter: Δρ/ρ = Δm/m + 3Δd/d.
const densityError = formula({ id: 'p.units.density-error', subject: P, concepts: ['P.UNITS.ERR', 'P.EXP.SCREWGAUGE'], difficulty: 4,
  vars: { m: [8.4, 12.5, 20.2, 25.6, 40.8], dm: [0.1, 0.2], d: [2.5, 3.2, 4.25, 5.6, 6.4, 8] },
  text: (v) => `The mass of a small steel ball is measured as (${v.m} ± ${v.dm}) g on a balance and its diameter as ${v.d} mm with a screw gauge of least count 0.01 mm. Find the maximum percentage error in its density.`,
  hi: {
    text: (v) => `एक छोटी स्टील की गेंद का द्रव्यमान तुला पर (${v.m} ± ${v.dm}) g तथा उसका व्यास 0.01 mm अल्पतमांक वाले स्क्रूगेज से ${v.d} mm मापा जाता है। उसके घनत्व में अधिकतम प्रतिशत त्रुटि ज्ञात कीजिए।`,
    solution: () => `$\\rho = \\frac{6m}{\\pi d^3}$, अतः $\\frac{\\Delta\\rho}{\\rho} = \\frac{\\Delta m}{m} + 3\\frac{\\Delta d}{d}$ (अधिकतम त्रुटियाँ जुड़ती हैं), $\\Delta d = 0.01$ mm।`,
  },
  unit: '%', result: [0.2, 20],
  answer: (v) => 100 * (v.dm / v.m + (3 * 0.01) / v.d),
  // The power 3 on the diameter missed; the errors subtracted; the radius's half least count with power 3.
  mistakes: (v) => [100 * (v.dm / v.m + 0.01 / v.d), Math.abs(100 * (v.dm / v.m - (3 * 0.01) / v.d)), 100 * (v.dm / v.m + (3 * 0.005) / v.d)],
  solution: () => `$\\rho = \\frac{m}{\\frac{\\pi}{6}d^3}$. Maximum relative errors add, each multiplied by its power: $\\frac{\\Delta\\rho}{\\rho} = \\frac{\\Delta m}{m} + 3\\frac{\\Delta d}{d}$ with $\\Delta d$ equal to the least count, 0.01 mm.` });

// Mean absolute error of five timings: mean of |tᵢ − t̄|.
const meanAbsError: GeneratorDef = {
  id: 'p.units.mean-absolute-error', subject: P, concepts: ['P.UNITS.ERR', 'P.EXP.PENDULUM'], difficulty: 2, freeResponse: false,
  build(rng) {
    const base = rng.pick(range(150, 280, 10));
    const draw = () => Array.from({ length: 5 }, () => base + rng.int(-12, 12)); // hundredths of a second
    let t = draw();
    while (new Set(t).size < 3) t = draw();
    const mean = t.reduce((a, x) => a + x, 0) / 5;
    const dev = t.map((x) => Math.abs(x - mean));
    const value = dev.reduce((a, x) => a + x, 0) / 5 / 100;
    const params: Params = { t0: t[0]!, t1: t[1]!, t2: t[2]!, t3: t[3]!, t4: t[4]! };
    const shown = t.map((x) => (x / 100).toFixed(2)).join(' s, ');
    const largest = Math.max(...dev) / 100, spread = (Math.max(...t) - Math.min(...t)) / 200;
    return num({
      params,
      text: `In an experiment the time period of a pendulum is measured five times: ${shown} s. Find the mean absolute error (in s) of the measurement.`,
      value, unit: 's', result: [0.001, 0.2],
      // Sum of the deviations not divided by n; divided by n − 1; the largest deviation; half the range.
      mistakes: [value * 5, (value * 5) / 4, largest, spread],
      solution: `Mean $\\bar t = ${formatNumber(mean / 100, 4)}$ s. Absolute errors $|t_i - \\bar t|$ are ${dev.map((d) => formatNumber(d / 100, 3)).join(', ')} s; their mean is the mean absolute error, ${formatNumber(value, 3)} s.`,
      hi: {
        text: `एक प्रयोग में एक लोलक का आवर्तकाल पाँच बार मापा जाता है: ${shown} s। मापन की माध्य निरपेक्ष त्रुटि (s में) ज्ञात कीजिए।`,
        solution: `माध्य $\\bar t = ${formatNumber(mean / 100, 4)}$ s। निरपेक्ष त्रुटियाँ $|t_i - \\bar t|$: ${dev.map((d) => formatNumber(d / 100, 3)).join(', ')} s; इनका माध्य = माध्य निरपेक्ष त्रुटि = ${formatNumber(value, 3)} s।`,
      },
    });
  },
};

/** A decimal written from an integer count of 10^-d units: (12345, 3) → "12.345". */
const decimal = (n: number, d: number) => (d === 0 ? String(n) : `${Math.trunc(n / 10 ** d)}.${String(n % 10 ** d).padStart(d, '0')}`);

/** Three lengths (counts of their last decimal place, 1–500 cm, no trailing zero) whose sum has no rounding tie. */
function drawSum(rng: Rng) {
  for (;;) {
    const [da, db, dc] = [rng.pick([1, 2, 3]), rng.pick([1, 2, 3]), rng.pick([1, 2, 3])];
    const [a, b, c] = [rng.int(10 ** da, 5 * 10 ** (da + 2)), rng.int(10 ** db, 5 * 10 ** (db + 2)), rng.int(10 ** dc, 5 * 10 ** (dc + 2))];
    const keep = Math.min(da, db, dc);
    const total = a * 10 ** (3 - da) + b * 10 ** (3 - db) + c * 10 ** (3 - dc); // thousandths
    const cut = 10 ** (3 - keep);
    if (2 * (total % cut) !== cut && a % 10 !== 0 && b % 10 !== 0 && c % 10 !== 0) return { a, da, b, db, c, dc, keep, total };
  }
}

// Sum of measured lengths: keep the least number of decimal places. Named mistakes: every digit
// kept; the product rule (fewest significant figures); rounded to whole units; one place too many.
const sigfigSum: GeneratorDef = {
  id: 'p.units.sigfig-sum', subject: P, concepts: ['P.UNITS.SIGFIG'], difficulty: 2,
  build(rng) {
    const { a, da, b, db, c, dc, keep, total } = drawSum(rng);
    const cut = 10 ** (3 - keep);
    const rounded = Math.round(total / cut);
    const right = `${decimal(rounded, keep)} cm`;
    const full = `${decimal(total, 3).replace(/0+$/, '').replace(/\.$/, '')} cm`;
    const fewest = Math.min(String(a).length, String(b).length, String(c).length); // every digit significant (values ≥ 1)
    const bySig = `${Number((total / 1000).toPrecision(fewest))} cm`;
    const whole = `${Math.round(total / 1000)} cm`;
    const extra = keep < 3 ? `${decimal(Math.round(total / (cut / 10)), keep + 1)} cm` : `${decimal(rounded + 1, keep)} cm`;
    const wrong = threeWrong(right, [full, extra, bySig, whole, `${decimal(rounded + 1, keep)} cm`, `${decimal(rounded - 1, keep)} cm`]);
    const xs = [decimal(a, da), decimal(b, db), decimal(c, dc)];
    return choice({
      params: { a, da, b, db, c, dc },
      text: `Three lengths measured with different instruments are ${xs[0]} cm, ${xs[1]} cm and ${xs[2]} cm. Their sum, written to the correct number of significant figures, is`,
      correct: right, distractors: wrong,
      solution: `In a sum the result keeps as many decimal places as the least precise term: ${keep} here. ${xs.join(' + ')} = ${full}, which rounds to ${right}.`,
      hi: {
        text: `भिन्न उपकरणों से मापी गई तीन लम्बाइयाँ ${xs[0]} cm, ${xs[1]} cm तथा ${xs[2]} cm हैं। सार्थक अंकों की सही संख्या तक लिखा गया इनका योग है`,
        solution: `योग में परिणाम उतने ही दशमलव स्थान रखता है जितने सबसे कम परिशुद्ध पद में हैं: यहाँ ${keep}। ${xs.join(' + ')} = ${full}, जो ${right} होता है।`,
        correct: right, distractors: wrong,
      },
    });
  },
};

/**
 * Rounding off by the rule NCERT states: drop digits; if the dropped part is more than half a unit of
 * the last kept digit raise it, less leave it, exactly half raise only an odd last digit.
 */
function roundEven(n: number, drop: number): number {
  const unit = 10 ** drop, q = Math.floor(n / unit), rem = n % unit;
  if (2 * rem > unit) return q + 1;
  if (2 * rem < unit) return q;
  return q % 2 === 0 ? q : q + 1;
}
/** Mantissa digits n shown with `point` digits before the decimal point. */
const digits = (n: number, point: number) => { const s = String(n); return point >= s.length ? s : `${s.slice(0, point)}.${s.slice(point)}`; };

// Rounding off. Named mistakes: rounding a final 5 always up; truncating; one digit too many or too few.
const sigfigRound: GeneratorDef = {
  id: 'p.units.sigfig-round', subject: P, concepts: ['P.UNITS.SIGFIG'], difficulty: 2,
  build(rng) {
    const keep = rng.pick([2, 3, 4]);
    const drop = rng.pick([1, 2]);
    const tie = rng.int(0, 2) === 0;
    const head = rng.int(10 ** (keep - 1) + 1, 9 * 10 ** (keep - 1) - 1); // no carry into a new digit
    const tail = tie ? 5 * 10 ** (drop - 1) : rng.pick(range(1, 10 ** drop - 1).filter((x) => 2 * x !== 10 ** drop));
    const n = head * 10 ** drop + tail;
    const point = rng.int(1, keep - 1);
    const right = digits(roundEven(n, drop), point);
    const halfUp = digits(Math.floor((2 * n + 10 ** drop) / (2 * 10 ** drop)), point);
    const wrong = threeWrong(right, [halfUp, digits(Math.floor(n / 10 ** drop), point), digits(roundEven(n, drop - 1 < 1 ? 0 : drop - 1), point), digits(roundEven(n, drop + 1), point), digits(roundEven(n, drop) + 1, point)]);
    const shown = digits(n, point);
    return choice({
      params: { n, keep, point },
      text: `The result of a calculation is ${shown}. Rounded off to ${keep} significant figures (by the rule: a dropped digit of exactly 5 raises the preceding digit only if that digit is odd), it is`,
      correct: right, distractors: wrong,
      solution: `Keep ${keep} digits and look at the part dropped: more than half a unit of the last kept digit raises it, less leaves it, and exactly 5 leaves an even digit and raises an odd one. ${shown} → ${right}.`,
      hi: {
        text: `किसी गणना का परिणाम ${shown} है। ${keep} सार्थक अंकों तक पूर्णांकित करने पर (नियम: ठीक 5 हटाने पर पिछला अंक केवल विषम होने पर ही बढ़ाया जाता है) यह होगा`,
        solution: `${keep} अंक रखिए और हटाए गए भाग को देखिए: अन्तिम रखे अंक की आधी इकाई से अधिक हो तो अंक बढ़ाइए, कम हो तो वैसा ही रखिए, ठीक 5 हो तो सम अंक वैसा ही और विषम अंक बढ़ाइए। ${shown} → ${right}।`,
        correct: right, distractors: wrong,
      },
    });
  },
};

// ---- Kinematics ----

/** Pythagorean triples for the rain's horizontal and vertical components and speed (km/h). */
export const RAIN = [[3, 4, 5], [4, 3, 5], [6, 8, 10], [8, 6, 10], [5, 12, 13], [12, 5, 13], [9, 12, 15], [12, 9, 15]] as const;
const rainCase = (i: number) => RAIN[i]!;
const rainV2 = (v: Record<string, number>) => rainCase(v.r!)[0] + rainCase(v.r!)[1] * v.t!;

// Rain seen vertical at one walking speed and at an angle at another: its horizontal component is
// the first speed, its vertical one follows from the angle.
const rainApparent = formula({ id: 'p.kin.rain-apparent', subject: P, concepts: ['P.KIN.REL', 'P.KIN.VECTORS'], difficulty: 4,
  vars: { r: range(0, 7), t: [0.5, 0.75, 1, 1.5, 2] },
  text: (v) => `A man walking east at ${rainCase(v.r)[0]} km/h finds the rain falling vertically. When he walks east at ${rainV2(v)} km/h, the rain appears to fall at an angle $\\theta$ with the vertical, where $\\tan\\theta = ${v.t}$. Find the actual speed (in km/h) of the rain.`,
  hi: {
    text: (v) => `पूर्व दिशा में ${rainCase(v.r)[0]} km/h से चलता एक व्यक्ति वर्षा को ऊर्ध्वाधर गिरता पाता है। पूर्व में ${rainV2(v)} km/h से चलने पर वर्षा ऊर्ध्वाधर से कोण $\\theta$ पर गिरती प्रतीत होती है, जहाँ $\\tan\\theta = ${v.t}$। वर्षा की वास्तविक चाल (km/h में) ज्ञात कीजिए।`,
    solution: () => `पहली स्थिति: वर्षा का क्षैतिज घटक $= v_1$। दूसरी स्थिति में आपेक्षिक क्षैतिज घटक $v_2 - v_1$, अतः ऊर्ध्वाधर घटक $w = \\frac{v_2 - v_1}{\\tan\\theta}$; चाल $= \\sqrt{v_1^2 + w^2}$।`,
  },
  unit: 'km/h', result: [4, 20],
  answer: (v) => rainCase(v.r)[2],
  // The second walking speed taken as the rain's horizontal component; the vertical component alone; the apparent speed in the second case.
  mistakes: (v) => { const [a, b] = rainCase(v.r); return [Math.hypot(rainV2(v), b), b, Math.hypot(rainV2(v) - a, b), a + b]; },
  solution: () => `Rain relative to the man is $\\vec v_r - \\vec v_m$. Seen vertical at $v_1$: the rain's horizontal component is $v_1$ (east). At $v_2$ the relative horizontal component is $v_2 - v_1$, so the vertical component is $w = \\frac{v_2 - v_1}{\\tan\\theta}$ and the speed is $\\sqrt{v_1^2 + w^2}$.` });

/** Train speeds (km/h, multiples of 18 so m/s are whole). */
const TRAIN_KMH = [36, 54, 72, 90, 108] as const;

// Two trains crossing: relative speed, combined length.
const trainsCrossing: GeneratorDef = {
  id: 'p.kin.trains-crossing', subject: P, concepts: ['P.KIN.REL', 'P.UNITS.SI'], difficulty: 2,
  build(rng) {
    const same = rng.int(0, 1);
    const [k1, k2] = same ? (rng.shuffle([0, 1, 2, 3, 4]).slice(0, 2).sort((x, y) => y - x) as [number, number]) : [rng.int(0, 4), rng.int(0, 4)];
    const v1 = TRAIN_KMH[k1]!, v2 = TRAIN_KMH[k2]!;
    const rel = ((same ? v1 - v2 : v1 + v2) * 5) / 18; // m/s, whole
    const times = range(4, 80).filter((t) => rel * t >= 200 && rel * t <= 600);
    const t = rng.pick(times);
    const L1 = 10 * rng.int(8, Math.floor((rel * t - 80) / 10));
    const L2 = rel * t - L1;
    const dir = same ? 'in the same direction on parallel tracks' : 'in opposite directions on parallel tracks';
    return num({
      params: { v1, v2, same, L1, L2 },
      text: `Trains ${L1} m and ${L2} m long run ${dir} at ${v1} km/h and ${v2} km/h. Find the time (in s) they take to cross each other completely.`,
      value: t, unit: 's', result: [2, 200],
      // Speeds combined the other way (same and opposite swapped); one train's length only; km/h not converted.
      mistakes: [(L1 + L2) / (((same ? v1 + v2 : Math.max(18, Math.abs(v1 - v2))) * 5) / 18), L1 / rel, (L1 + L2) / (same ? v1 - v2 : v1 + v2)],
      solution: `Relative speed ${same ? `$${v1} - ${v2}$` : `$${v1} + ${v2}$`} km/h $= ${formatNumber(rel)}$ m/s. To cross completely one train moves past the other by the sum of the lengths, ${L1 + L2} m: $t = \\frac{${L1 + L2}}{${formatNumber(rel)}} = ${t}$ s.`,
      hi: {
        text: `${L1} m तथा ${L2} m लम्बी दो रेलगाड़ियाँ समान्तर पटरियों पर ${same ? 'एक ही दिशा में' : 'विपरीत दिशाओं में'} ${v1} km/h तथा ${v2} km/h से चल रही हैं। एक-दूसरे को पूर्णतः पार करने में इन्हें लगा समय (s में) ज्ञात कीजिए।`,
        solution: `आपेक्षिक चाल ${same ? `$${v1} - ${v2}$` : `$${v1} + ${v2}$`} km/h $= ${formatNumber(rel)}$ m/s। पूर्णतः पार करने में आपेक्षिक दूरी = लम्बाइयों का योग ${L1 + L2} m: $t = ${t}$ s।`,
      },
    });
  },
};

/** Arcs: angle (degrees), its name and Hindi name. */
export const ARCS = [[60, 'one-sixth of a revolution', 'एक-छठा चक्कर'], [90, 'a quarter revolution', 'चौथाई चक्कर'], [120, 'one-third of a revolution', 'एक-तिहाई चक्कर'], [180, 'half a revolution', 'आधा चक्कर']] as const;
const arc = (i: number) => ARCS[i]!;
const arcRad = (i: number) => (arc(i)[0] * Math.PI) / 180;

// Average acceleration over an arc at constant speed: |Δv|/Δt = 2v sin(θ/2)/(Rθ/v).
const circAverageAcceleration = formula({ id: 'p.kin.circ-average-acceleration', subject: P, concepts: ['P.KIN.CIRC', 'P.KIN.VECTORS'], difficulty: 4,
  vars: { v: [2, 3, 4, 5, 6, 8, 10], R: [0.5, 1, 2, 2.5, 4, 5], k: range(0, 3) },
  text: (v) => `A particle moves at a constant speed of ${v.v} m/s on a circle of radius ${v.R} m. Find the magnitude of its average acceleration (in m/s²) while it goes through ${arc(v.k)[1]}.`,
  hi: {
    text: (v) => `एक कण ${v.R} m त्रिज्या के वृत्त पर ${v.v} m/s की नियत चाल से गति करता है। ${arc(v.k)[2]} पूरा करने में उसके औसत त्वरण का परिमाण (m/s² में) ज्ञात कीजिए।`,
    solution: () => `औसत त्वरण $= \\frac{|\\Delta\\vec v|}{\\Delta t}$; $|\\Delta\\vec v| = 2v\\sin\\frac{\\theta}{2}$, $\\Delta t = \\frac{R\\theta}{v}$।`,
  },
  unit: 'm/s²', result: [0.1, 500],
  answer: (v) => (2 * v.v * v.v * Math.sin(arcRad(v.k) / 2)) / (v.R * arcRad(v.k)),
  // The instantaneous centripetal acceleration; |Δv| not divided by the time; the speed change (zero) replaced by Δv = v.
  mistakes: (v) => [(v.v * v.v) / v.R, 2 * v.v * Math.sin(arcRad(v.k) / 2), (v.v * v.v) / (v.R * arcRad(v.k))],
  solution: () => `Average acceleration is $\\frac{|\\Delta\\vec v|}{\\Delta t}$, not $\\frac{v^2}{R}$. The velocity turns through $\\theta$ at constant magnitude, so $|\\Delta\\vec v| = 2v\\sin\\frac{\\theta}{2}$; the time is $\\frac{R\\theta}{v}$. Hence $a_{av} = \\frac{2v^2\\sin(\\theta/2)}{R\\theta}$.` });

// ---- Laws of motion ----

/** String angles with the ceiling (degrees) and which string is asked. */
export const STRING_CASES = [[37, 53, 0], [37, 53, 1], [53, 37, 0], [53, 37, 1], [30, 60, 0], [60, 30, 1]] as const;
const sc = (i: number) => STRING_CASES[i]!;
const COS: Record<number, number> = { 30: Math.sqrt(3) / 2, 37: 0.8, 53: 0.6, 60: 0.5 };
/** Lami: the tension in the string at α is W cos β / sin(α + β) (here α + β = 90°). */
const tensionAt = (W: number, _a: number, b: number) => Math.round(W * COS[b]! * 1e9) / 1e9;

const unequalStrings = formula({ id: 'p.nlm.unequal-strings', subject: P, concepts: ['P.NLM.EQUILIBRIUM', 'P.KIN.VECTORS'], difficulty: 2,
  vars: { m: [2, 3, 4, 5, 6, 8, 10, 12, 15, 20], c: range(0, 5) },
  text: (v) => `A block of mass ${v.m} kg hangs at rest from two light strings tied to a horizontal ceiling: one string makes ${sc(v.c)[0]}° and the other ${sc(v.c)[1]}° with the ceiling ($\\sin 37° = 0.6$, $g = 10$ m/s²). Find the tension (in N) in the string that makes ${sc(v.c)[sc(v.c)[2]]}° with the ceiling.`,
  hi: {
    text: (v) => `${v.m} kg द्रव्यमान का एक गुटका एक क्षैतिज छत से बँधी दो हल्की डोरियों से विराम में लटका है: एक डोरी छत से ${sc(v.c)[0]}° तथा दूसरी ${sc(v.c)[1]}° का कोण बनाती है ($\\sin 37° = 0.6$, $g = 10$ m/s²)। छत से ${sc(v.c)[sc(v.c)[2]]}° बनाने वाली डोरी में तनाव (N में) ज्ञात कीजिए।`,
    solution: () => `क्षैतिज: $T_1\\cos\\alpha = T_2\\cos\\beta$; ऊर्ध्वाधर: $T_1\\sin\\alpha + T_2\\sin\\beta = mg$; अतः $T_1 = \\frac{mg\\cos\\beta}{\\sin(\\alpha + \\beta)}$ (लामी प्रमेय)।`,
  },
  unit: 'N', result: [5, 200],
  answer: (v) => { const own = sc(v.c)[sc(v.c)[2]], other = sc(v.c)[1 - sc(v.c)[2]]!; return tensionAt(v.m * G, own, other); },
  // The other string's tension; the weight shared equally; the symmetric formula W/(2 sin α) for the string's own angle.
  mistakes: (v) => { const own = sc(v.c)[sc(v.c)[2]], other = sc(v.c)[1 - sc(v.c)[2]]!, W = v.m * G; return [tensionAt(W, other, own), W / 2, W / (2 * COS[90 - own]!)]; },
  solution: () => `Horizontal balance $T_1\\cos\\alpha = T_2\\cos\\beta$ and vertical balance $T_1\\sin\\alpha + T_2\\sin\\beta = mg$ give $T_1 = \\frac{mg\\cos\\beta}{\\sin(\\alpha + \\beta)}$; here $\\alpha + \\beta = 90°$, so $T_1 = mg\\cos\\beta$. The steeper string carries more.` });

/** End angles of a hanging chain with the horizontal: [degrees, tan, stated value]. */
export const CHAIN = [[37, 0.75, '\\tan 37° = 3/4'], [45, 1, '\\tan 45° = 1'], [53, 4 / 3, '\\tan 53° = 4/3'], [30, 1 / Math.sqrt(3), '\\tan 30° = 1/\\sqrt{3}'], [60, Math.sqrt(3), '\\tan 60° = \\sqrt{3}']] as const;
const chain = (i: number) => CHAIN[i]!;
const chainT0 = (v: Record<string, number>) => (v.m! * G) / (2 * chain(v.e!)[1]);
const chainEnd = (v: Record<string, number>) => chainT0(v) * Math.hypot(1, chain(v.e!)[1]);

const chainSag = formula({ id: 'p.nlm.chain-sag', subject: P, concepts: ['P.NLM.EQUILIBRIUM'], difficulty: 3, freeResponse: false,
  vars: { m: [0.6, 1.2, 1.5, 2.4, 3, 4.8, 6], e: range(0, 4), w: [0, 1] },
  text: (v) => `A uniform flexible chain of mass ${v.m} kg hangs between two hooks at the same height. At each hook the chain makes ${chain(v.e)[0]}° with the horizontal ($${chain(v.e)[2]}$, $g = 10$ m/s²). Find the tension (in N) ${v.w === 0 ? 'at the lowest point of the chain' : 'at either hook'}.`,
  hi: {
    text: (v) => `${v.m} kg द्रव्यमान की एक एकसमान लचीली जंजीर समान ऊँचाई पर लगे दो हुकों के बीच लटकी है। प्रत्येक हुक पर जंजीर क्षैतिज से ${chain(v.e)[0]}° बनाती है ($${chain(v.e)[2]}$, $g = 10$ m/s²)। ${v.w === 0 ? 'जंजीर के निम्नतम बिन्दु पर' : 'किसी भी हुक पर'} तनाव (N में) ज्ञात कीजिए।`,
    solution: () => `आधी जंजीर का साम्य: $T\\sin\\theta = \\frac{mg}{2}$, $T\\cos\\theta = T_0$; अतः $T_0 = \\frac{mg}{2\\tan\\theta}$ तथा $T = \\frac{mg}{2\\sin\\theta}$।`,
  },
  unit: 'N', result: [1, 200], sig: 3,
  answer: (v) => (v.w === 0 ? chainT0(v) : chainEnd(v)),
  // The other tension; the whole weight on one hook (factor 2 missing); tan used the wrong way up.
  mistakes: (v) => [v.w === 0 ? chainEnd(v) : chainT0(v), 2 * (v.w === 0 ? chainT0(v) : chainEnd(v)), (v.m * G * chain(v.e)[1]) / 2],
  solution: () => `Take half the chain: it is held by the hook tension $T$ along the chain at $\\theta$ and the horizontal tension $T_0$ at the lowest point, and weighs $\\frac{mg}{2}$. Vertically $T\\sin\\theta = \\frac{mg}{2}$, horizontally $T\\cos\\theta = T_0$: $T_0 = \\frac{mg}{2\\tan\\theta}$, $T = \\frac{mg}{2\\sin\\theta}$.` });

// Static or kinetic friction: a push below limiting friction is matched exactly.
const frictionRegime: GeneratorDef = {
  id: 'p.nlm.friction-regime', subject: P, concepts: ['P.NLM.FRICTION', 'P.NLM.LAWS'], difficulty: 2,
  build(rng) {
    const m = rng.pick([2, 4, 5, 8, 10]);
    const ms = rng.pick([0.4, 0.5, 0.6]);
    const mk = rng.pick([0.2, 0.3]);
    const limit = Math.round(ms * m * G), kinetic = Math.round(mk * m * G);
    const F = rng.pick(range(5, 2 * limit, 5).filter((f) => f !== limit));
    const value = F < limit ? F : kinetic;
    return num({
      params: { m, ms, mk, F },
      text: `A block of mass ${m} kg rests on a horizontal floor; the coefficients of static and kinetic friction are ${ms} and ${mk} ($g = 10$ m/s²). A horizontal force of ${F} N is applied to it. Find the frictional force (in N) on the block.`,
      value, unit: 'N', result: [1, 100],
      // Limiting static friction always; kinetic friction always; the net force on a moving block.
      mistakes: [limit, kinetic, F, Math.abs(F - kinetic)],
      solution: `Limiting static friction is $\\mu_s mg = ${limit}$ N. ${F < limit ? `The push, ${F} N, is less, so the block stays at rest and static friction just balances it: ${F} N.` : `The push, ${F} N, exceeds it, so the block slides and friction is kinetic: $\\mu_k mg = ${kinetic}$ N.`}`,
      hi: {
        text: `${m} kg द्रव्यमान का एक गुटका क्षैतिज फर्श पर रखा है; स्थैतिक तथा गतिक घर्षण गुणांक ${ms} तथा ${mk} हैं ($g = 10$ m/s²)। इस पर ${F} N का क्षैतिज बल लगाया जाता है। गुटके पर घर्षण बल (N में) ज्ञात कीजिए।`,
        solution: `सीमान्त स्थैतिक घर्षण $\\mu_s mg = ${limit}$ N। ${F < limit ? `बल ${F} N इससे कम है, अतः गुटका विराम में रहता है और स्थैतिक घर्षण ठीक ${F} N है।` : `बल ${F} N इससे अधिक है, अतः गुटका फिसलता है और घर्षण गतिक है: $\\mu_k mg = ${kinetic}$ N।`}`,
      },
    });
  },
};

// Least pull to drag a block: at tan θ = μ, F_min = μmg/√(1 + μ²).
const leastPull = formula({ id: 'p.nlm.least-pull-angle', subject: P, concepts: ['P.NLM.FRICTION', 'P.NLM.EQUILIBRIUM', 'P.KIN.VECTORS'], difficulty: 4,
  vars: { m: [2, 3, 5, 8, 10, 12, 15, 20], mu: [0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75] },
  text: (v) => `A crate of mass ${v.m} kg rests on a rough horizontal floor (coefficient of friction ${v.mu}, $g = 10$ m/s²). It is pulled by a rope whose angle above the horizontal can be chosen. Find the least tension (in N) in the rope that can just start it moving.`,
  hi: {
    text: (v) => `${v.m} kg द्रव्यमान का एक बक्सा खुरदरे क्षैतिज फर्श पर रखा है (घर्षण गुणांक ${v.mu}, $g = 10$ m/s²)। इसे एक रस्सी से खींचा जाता है जिसका क्षैतिज से कोण चुना जा सकता है। बक्से को ठीक गति में लाने वाला रस्सी का न्यूनतम तनाव (N में) ज्ञात कीजिए।`,
    solution: () => `कोण $\\theta$ पर: $F\\cos\\theta = \\mu(mg - F\\sin\\theta)$, $F = \\frac{\\mu mg}{\\cos\\theta + \\mu\\sin\\theta}$; हर का अधिकतम मान $\\sqrt{1 + \\mu^2}$ ($\\tan\\theta = \\mu$ पर), अतः $F_{min} = \\frac{\\mu mg}{\\sqrt{1 + \\mu^2}}$।`,
  },
  unit: 'N', result: [3, 150],
  answer: (v) => (v.mu * v.m * G) / Math.sqrt(1 + v.mu * v.mu),
  // A horizontal pull; the rope at 45°; the normal force taken as mg + F sin θ (pushing down).
  mistakes: (v) => [v.mu * v.m * G, (v.mu * v.m * G) / ((1 + v.mu) / Math.SQRT2), (v.mu * v.m * G) / Math.sqrt(1 - v.mu * v.mu)],
  solution: () => `At angle $\\theta$ the pull lifts part of the weight: $N = mg - F\\sin\\theta$, and sliding starts when $F\\cos\\theta = \\mu N$, so $F = \\frac{\\mu mg}{\\cos\\theta + \\mu\\sin\\theta}$. The denominator is largest, $\\sqrt{1 + \\mu^2}$, at $\\tan\\theta = \\mu$: $F_{min} = \\frac{\\mu mg}{\\sqrt{1 + \\mu^2}}$.` });

// Three blocks tied in a row on a smooth floor, pulled at the front.
const threeBlocks = formula({ id: 'p.nlm.three-blocks-string', subject: P, concepts: ['P.NLM.CONNECTED', 'P.NLM.LAWS'], difficulty: 2,
  vars: { m1: range(1, 6), m2: range(1, 6), m3: range(1, 6), a: [1, 2, 3, 4], s: [0, 1] },
  text: (v) => `Blocks A (${v.m1} kg), B (${v.m2} kg) and C (${v.m3} kg) lie in a row on a smooth horizontal floor, A tied to B and B to C by light strings. C is pulled horizontally away from the others with a force of ${(v.m1 + v.m2 + v.m3) * v.a} N. Find the tension (in N) in the string between ${v.s === 0 ? 'A and B' : 'B and C'}.`,
  hi: {
    text: (v) => `गुटके A (${v.m1} kg), B (${v.m2} kg) तथा C (${v.m3} kg) एक चिकने क्षैतिज फर्श पर एक पंक्ति में रखे हैं; A, B से तथा B, C से हल्की डोरियों द्वारा बँधा है। C को ${(v.m1 + v.m2 + v.m3) * v.a} N बल से अन्य गुटकों से दूर क्षैतिजतः खींचा जाता है। ${v.s === 0 ? 'A तथा B' : 'B तथा C'} के बीच की डोरी में तनाव (N में) ज्ञात कीजिए।`,
    solution: () => `सभी का त्वरण $a = \\frac{F}{m_1 + m_2 + m_3}$; डोरी का तनाव उसके पीछे के गुटकों को यही त्वरण देता है: $T = (\\text{पीछे का द्रव्यमान}) \\times a$।`,
  },
  unit: 'N', result: [1, 100],
  answer: (v) => (v.s === 0 ? v.m1 : v.m1 + v.m2) * v.a,
  // The mass ahead of the string used; the force shared equally by three blocks; the full force.
  mistakes: (v) => [(v.s === 0 ? v.m2 + v.m3 : v.m3) * v.a, ((v.m1 + v.m2 + v.m3) * v.a) / 3, (v.s === 0 ? v.m1 + v.m2 : v.m1) * v.a],
  solution: () => `All three move together with $a = \\frac{F}{m_1 + m_2 + m_3}$. A string's tension is the only horizontal force on the blocks behind it, so $T = (\\text{mass behind}) \\times a$.` });

/** Block on a smooth table over a fixed pulley to a movable pulley carrying a hanging block. */
const pulleyState = (v: Record<string, number>) => { const a2 = (v.m2! * G) / (4 * v.m1! + v.m2!); return { a1: 2 * a2, a2, T: 2 * v.m1! * a2 }; };
const ASKED = ['the acceleration (in m/s²) of the block on the table', 'the acceleration (in m/s²) of the hanging block', 'the tension (in N) in the string'] as const;
const ASKED_HI = ['मेज पर रखे गुटके का त्वरण (m/s² में)', 'लटकते गुटके का त्वरण (m/s² में)', 'डोरी में तनाव (N में)'] as const;

const movablePulley: GeneratorDef = {
  id: 'p.nlm.movable-pulley', subject: P, concepts: ['P.NLM.CONNECTED', 'P.NLM.LAWS'], difficulty: 4,
  build(rng) {
    const m1 = rng.pick([1, 2, 3, 4, 5, 6, 8]), m2 = rng.pick([1, 2, 3, 4, 5, 6, 8]), k = rng.int(0, 2);
    const s = pulleyState({ m1, m2 });
    const value = [s.a1, s.a2, s.T][k]!;
    // Constraint ignored (both accelerate alike, 2T on the hanging block); accelerations swapped; tension taken as half the hanging weight.
    const same = (m2 * G) / (2 * m1 + m2);
    const mistakes = k === 2 ? [(m2 * G) / 2, m1 * same, m1 * s.a2] : [k === 0 ? s.a2 : s.a1, (m2 * G) / (m1 + m2), same];
    return num({
      params: { m1, m2, k },
      text: `A block of mass ${m1} kg on a smooth horizontal table is tied to a light string that runs over a light pulley fixed at the table's edge, down and round a light movable pulley, and up to a fixed hook. A block of mass ${m2} kg hangs from the movable pulley. The system is released from rest ($g = 10$ m/s²). Find ${ASKED[k]}.`,
      value, unit: k === 2 ? 'N' : 'm/s²', result: k === 2 ? [0.5, 50] : [0.2, 20],
      mistakes,
      solution: `If the table block moves $x$, the movable pulley (and the hanging block) moves $x/2$: $a_1 = 2a_2$. Then $T = m_1a_1$ and $m_2g - 2T = m_2a_2$ give $a_2 = \\frac{m_2g}{4m_1 + m_2} = ${formatNumber(s.a2)}$ m/s², $a_1 = ${formatNumber(s.a1)}$ m/s², $T = ${formatNumber(s.T)}$ N.`,
      hi: {
        text: `एक चिकनी क्षैतिज मेज पर रखा ${m1} kg द्रव्यमान का गुटका एक हल्की डोरी से बँधा है जो मेज के किनारे पर लगी एक हल्की घिरनी के ऊपर से नीचे जाकर एक हल्की चल घिरनी के चारों ओर घूमकर एक स्थिर हुक तक ऊपर जाती है। चल घिरनी से ${m2} kg द्रव्यमान का गुटका लटका है। निकाय को विराम से छोड़ा जाता है ($g = 10$ m/s²)। ${ASKED_HI[k]} ज्ञात कीजिए।`,
        solution: `मेज वाला गुटका $x$ चले तो चल घिरनी $x/2$ चलती है: $a_1 = 2a_2$। $T = m_1a_1$ तथा $m_2g - 2T = m_2a_2$ से $a_2 = \\frac{m_2g}{4m_1 + m_2} = ${formatNumber(s.a2)}$ m/s², $a_1 = ${formatNumber(s.a1)}$ m/s², $T = ${formatNumber(s.T)}$ N।`,
      },
    });
  },
};

/** Rocket mass, exhaust speed and lift-off acceleration whose ejection rate M(a + g)/u is whole. */
function drawRocket(rng: Rng) {
  for (;;) {
    const M = rng.pick([500, 1000, 2000, 4000, 5000, 6000]);
    const u = rng.pick([500, 800, 1000, 1200, 1500, 2000, 2500]);
    const a = rng.int(2, 30);
    const rate = (M * (a + G)) / u;
    if (Number.isInteger(rate)) return { M, u, a, rate };
  }
}

// Rocket lift-off: initial acceleration (uμ − Mg)/M.
const rocketLiftOff: GeneratorDef = {
  id: 'p.nlm.rocket-lift-off', subject: P, concepts: ['P.NLM.MOMENTUM', 'P.NLM.LAWS'], difficulty: 3,
  build(rng) {
    const { M, u, a, rate } = drawRocket(rng);
    return num({
      params: { M, u, rate },
      text: `A rocket of mass ${M} kg on its launch pad starts ejecting gas vertically downwards at ${rate} kg/s with a speed of ${u} m/s relative to the rocket ($g = 10$ m/s²). Find its initial upward acceleration (in m/s²).`,
      value: a, unit: 'm/s²', result: [1, 40],
      // Gravity forgotten; gravity added instead of subtracted; the thrust divided by the ejection rate.
      mistakes: [(u * rate) / M, (u * rate) / M + G, Math.abs((u * rate) / M - 2 * G)],
      solution: `The thrust is the rate of momentum given to the gas, $u\\frac{dm}{dt} = ${u} \\times ${rate} = ${u * rate}$ N. Newton's second law: $Ma = u\\frac{dm}{dt} - Mg$, so $a = \\frac{${u * rate}}{${M}} - 10 = ${a}$ m/s².`,
      hi: {
        text: `प्रक्षेपण मंच पर रखा ${M} kg द्रव्यमान का एक रॉकेट रॉकेट के सापेक्ष ${u} m/s की चाल से ${rate} kg/s की दर से गैस ऊर्ध्वाधर नीचे की ओर निकालना आरम्भ करता है ($g = 10$ m/s²)। इसका प्रारम्भिक ऊपरी त्वरण (m/s² में) ज्ञात कीजिए।`,
        solution: `प्रणोद $= u\\frac{dm}{dt} = ${u * rate}$ N। $Ma = u\\frac{dm}{dt} - Mg$, अतः $a = ${a}$ m/s²।`,
      },
    });
  },
};

/** Launch angles: degrees and sin 2θ. */
export const LAUNCH = [[30, Math.sqrt(3) / 2], [45, 1], [60, Math.sqrt(3) / 2]] as const;
/** Fragment masses (kg): [the one that drops vertically, the other]. */
export const FRAGMENTS = [[1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 3], [3, 2]] as const;
const shellRange = (v: Record<string, number>) => (v.u! * v.u! * LAUNCH[v.l!]![1]) / G;
const frag = (v: Record<string, number>) => FRAGMENTS[v.f!]!;

// A shell bursts at the top of its path; one fragment drops vertically. Where does the other land?
const shellExplosion = formula({ id: 'p.nlm.shell-explosion', subject: P, concepts: ['P.NLM.MOMENTUM', 'P.KIN.PROJ', 'P.ROT.COM'], difficulty: 5,
  vars: { u: [20, 30, 40, 50, 60, 80, 100], l: range(0, 2), f: range(0, 6) },
  text: (v) => `A shell is fired from level ground at ${v.u} m/s at ${LAUNCH[v.l]![0]}° above the horizontal. At the top of its path it bursts into two fragments of ${frag(v)[0]} kg and ${frag(v)[1]} kg; the ${frag(v)[0]} kg fragment falls vertically from rest ($g = 10$ m/s², no air resistance). Find the distance (in m) from the gun at which the other fragment lands.`,
  hi: {
    text: (v) => `समतल भूमि से एक गोला ${v.u} m/s से क्षैतिज से ${LAUNCH[v.l]![0]}° ऊपर दागा जाता है। अपने पथ के उच्चतम बिन्दु पर यह ${frag(v)[0]} kg तथा ${frag(v)[1]} kg के दो खण्डों में फट जाता है; ${frag(v)[0]} kg का खण्ड विराम से ऊर्ध्वाधर गिरता है ($g = 10$ m/s², वायु प्रतिरोध नगण्य)। दूसरा खण्ड तोप से कितनी दूरी (m में) पर गिरता है?`,
    solution: () => `उच्चतम बिन्दु पर क्षैतिज संवेग संरक्षण: $(m_1 + m_2)u\\cos\\theta = m_2v_2$। दोनों खण्ड एक साथ भूमि पर पहुँचते हैं, अतः द्रव्यमान केन्द्र परास $R$ पर गिरता है: $m_1\\frac{R}{2} + m_2x_2 = (m_1 + m_2)R$।`,
  },
  unit: 'm', result: [20, 5000],
  answer: (v) => { const R = shellRange(v), [a, b] = frag(v); return R / 2 + ((R / 2) * (a + b)) / b; },
  // The explosion ignored (lands at R); the other fragment's mass in the momentum ratio; the ratio inverted.
  mistakes: (v) => { const R = shellRange(v), [a, b] = frag(v); return [R, R / 2 + ((R / 2) * (a + b)) / a, R / 2 + (R / 2) * (b / (a + b))]; },
  solution: () => `At the top the velocity is horizontal, $u\\cos\\theta$, at $x = R/2$. Momentum along the horizontal is conserved in the burst: $(m_1 + m_2)u\\cos\\theta = m_2v_2$. Both fragments then take the same time to fall as the shell would have taken to come down, so the second travels $\\frac{R}{2}\\cdot\\frac{m_1 + m_2}{m_2}$ further: $x_2 = \\frac{R}{2} + \\frac{R}{2}\\cdot\\frac{m_1 + m_2}{m_2}$ with $R = \\frac{u^2\\sin2\\theta}{g}$. (Equivalently the centre of mass still lands at $R$.)` });

/** Vertical circles: [n, L (m), u (m/s)] with u² = n g L. */
export const LOOPS = [[6, 0.6, 6], [7, 0.7, 7], [8, 0.8, 8], [9, 0.9, 9], [8, 1.8, 12], [6, 2.4, 12], [9, 1.6, 12], [10, 1, 10], [8, 3.2, 16], [9, 0.4, 6], [7, 2.8, 14], [9, 2.5, 15], [6, 3.75, 15]] as const;
const loop = (i: number) => LOOPS[i]!;
/** Angles from the lowest point (degrees), their cosines and descriptions. */
export const SPOTS = [[0, 1, 'at the lowest point', 'निम्नतम बिन्दु पर'], [60, 0.5, 'when the string makes 60° with the downward vertical', 'जब डोरी अधोमुखी ऊर्ध्वाधर से 60° बनाती है'], [90, 0, 'when the string is horizontal', 'जब डोरी क्षैतिज है'], [120, -0.5, 'when the string makes 60° with the upward vertical', 'जब डोरी ऊर्ध्वमुखी ऊर्ध्वाधर से 60° बनाती है'], [180, -1, 'at the highest point', 'उच्चतम बिन्दु पर']] as const;
const spot = (i: number) => SPOTS[i]!;

// Tension in a vertical circle: T = m v²/L + mg cos θ with v² = u² − 2gL(1 − cos θ).
const verticalCircle = formula({ id: 'p.nlm.vertical-circle-tension', subject: P, concepts: ['P.NLM.CIRC', 'P.WEP.ENERGY'], difficulty: 3,
  vars: { m: [0.2, 0.4, 0.6, 1, 2], c: range(0, 12), s: range(0, 4) },
  text: (v) => `A stone of mass ${v.m} kg tied to a light string ${loop(v.c)[1]} m long is whirled in a vertical circle. Its speed at the lowest point is ${loop(v.c)[2]} m/s ($g = 10$ m/s²). Find the tension (in N) in the string ${spot(v.s)[2]}.`,
  hi: {
    text: (v) => `${loop(v.c)[1]} m लम्बी हल्की डोरी से बँधे ${v.m} kg द्रव्यमान के एक पत्थर को ऊर्ध्वाधर वृत्त में घुमाया जाता है। निम्नतम बिन्दु पर इसकी चाल ${loop(v.c)[2]} m/s है ($g = 10$ m/s²)। ${spot(v.s)[3]} डोरी में तनाव (N में) ज्ञात कीजिए।`,
    solution: () => `ऊर्जा संरक्षण: $v^2 = u^2 - 2gL(1 - \\cos\\theta)$; त्रिज्य दिशा में: $T - mg\\cos\\theta = \\frac{mv^2}{L}$, अतः $T = \\frac{mv^2}{L} + mg\\cos\\theta$।`,
  },
  unit: 'N', result: [0.5, 300],
  answer: (v) => Math.round(v.m * G * (loop(v.c)[0] - 2 + 3 * spot(v.s)[1]) * 1e9) / 1e9,
  // The weight's component left out; the lowest-point speed used everywhere; the weight's component subtracted.
  mistakes: (v) => { const [, L, u] = loop(v.c), c = spot(v.s)[1], v2 = u * u - 2 * G * L * (1 - c); return [(v.m * v2) / L, (v.m * u * u) / L + v.m * G * c, (v.m * v2) / L - v.m * G * c]; },
  solution: () => `Energy from the lowest point: $v^2 = u^2 - 2gL(1 - \\cos\\theta)$ ($\\theta$ from the downward vertical). Along the string towards the centre: $T - mg\\cos\\theta = \\frac{mv^2}{L}$, so $T = \\frac{mv^2}{L} + mg\\cos\\theta$.` });

/** Conical pendulum angles with the vertical: degrees, cos, sin. */
export const CONE = [[37, 0.8, 0.6], [53, 0.6, 0.8], [60, 0.5, Math.sqrt(3) / 2]] as const;
const coneText = (p: Params): string[] => [
  `The tension in the string is $${formatNumber(p.s0!)}$ N.`,
  `The speed of the bob is $${formatNumber(p.s1!)}$ m/s.`,
  `The period of revolution is $${formatNumber(p.s2!)}$ s.`,
  `The radius of the circle is $${formatNumber(p.s3!)}$ m.`,
];
const coneHindi = (p: Params): string[] => [
  `डोरी में तनाव $${formatNumber(p.s0!)}$ N है।`,
  `गोलक की चाल $${formatNumber(p.s1!)}$ m/s है।`,
  `परिक्रमण का आवर्तकाल $${formatNumber(p.s2!)}$ s है।`,
  `वृत्त की त्रिज्या $${formatNumber(p.s3!)}$ m है।`,
];

// Conical pendulum claims. Named mistakes: tension mg cos θ; speed √(gL sin θ); the simple
// pendulum's period 2π√(L/g); radius L cos θ.
const conicalPendulum: StatementGenerator = {
  id: 'p.nlm.conical-pendulum-claims', subject: P, concepts: ['P.NLM.CIRC', 'P.KIN.CIRC', 'P.NLM.EQUILIBRIUM'], difficulty: 4,
  statements: coneText,
  build(rng) {
    const m = rng.pick([0.2, 0.5, 1, 2]), L = rng.pick([0.5, 1, 1.25, 2, 2.5]), a = rng.int(0, 2);
    const [deg, c, s] = CONE[a]!;
    const truths = [(m * G) / c, Math.sqrt((G * L * s * s) / c), 2 * Math.PI * Math.sqrt((L * c) / G), L * s];
    const wrongs = [m * G * c, Math.sqrt(G * L * s), 2 * Math.PI * Math.sqrt(L / G), L * c];
    const shown = claimValues(rng, truths, wrongs);
    const params: Params = { m, L, a, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! };
    const given = deg === 60 ? '' : `, $\\sin 37° = 0.6$, $\\cos 37° = 0.8$`;
    return multi({
      params,
      text: `A bob of mass ${m} kg on a light string ${L} m long moves in a horizontal circle as a conical pendulum, the string making ${deg}° with the vertical ($g = 10$ m/s²${given}). Which of the following statements is/are correct?`,
      options: coneText(params).map((text, i) => ({ text, correct: shown[i] === truths[i] })),
      solution: `Vertically $T\\cos\\theta = mg$, so $T = ${formatNumber(truths[0]!)}$ N. Horizontally $T\\sin\\theta = \\frac{mv^2}{r}$ with $r = L\\sin\\theta = ${formatNumber(truths[3]!)}$ m, so $v = \\sqrt{gr\\tan\\theta} = ${formatNumber(truths[1]!)}$ m/s, and the period is $2\\pi\\sqrt{\\frac{L\\cos\\theta}{g}} = ${formatNumber(truths[2]!)}$ s.`,
      hi: {
        text: `${L} m लम्बी हल्की डोरी पर ${m} kg द्रव्यमान का गोलक शंक्वाकार लोलक के रूप में क्षैतिज वृत्त में घूमता है; डोरी ऊर्ध्वाधर से ${deg}° बनाती है ($g = 10$ m/s²${given})। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `ऊर्ध्वाधर: $T\\cos\\theta = mg$, अतः $T = ${formatNumber(truths[0]!)}$ N। क्षैतिज: $T\\sin\\theta = \\frac{mv^2}{r}$, $r = L\\sin\\theta = ${formatNumber(truths[3]!)}$ m, अतः $v = \\sqrt{gr\\tan\\theta} = ${formatNumber(truths[1]!)}$ m/s तथा आवर्तकाल $2\\pi\\sqrt{\\frac{L\\cos\\theta}{g}} = ${formatNumber(truths[2]!)}$ s।`,
        options: coneHindi(params),
      },
    });
  },
};

/** Units, kinematics and laws of motion: shapes new to their concepts. */
export const physicsDepthRound3AGenerators: GeneratorDef[] = physicalDistractors([
  newSystemValue, sameUnitPairs, newBaseExponents, wrongEquation, densityError, meanAbsError, sigfigSum, sigfigRound,
  rainApparent, trainsCrossing, circAverageAcceleration,
  unequalStrings, chainSag, frictionRegime, leastPull, threeBlocks, movablePulley, rocketLiftOff, shellExplosion, verticalCircle, conicalPendulum,
]);
