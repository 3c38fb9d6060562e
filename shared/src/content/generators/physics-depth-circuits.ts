import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { multi } from './spec.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef, Params } from './types.ts';
import type { Rng } from '../random.ts';

const P = 'PHYSICS' as const;

/** A decimal for question text: at most `dp` decimals, no float noise, no trailing zeros. */
const d = (x: number, dp = 2): string => String(Number(x.toFixed(dp)));

/**
 * A multi-correct generator whose statements are numeric claims. `statements(p)` renders the
 * English texts from the params alone, so a test can decide independently which claims are true.
 */
export interface ClaimGenerator extends GeneratorDef {
  statements(p: Params): string[];
}

/**
 * For each claim, shows either the true value or the value of its named mistake, with at least
 * one claim true. A mistake within 2 % of the truth is shown as the truth (and so is true): a
 * statement must never look right while keyed wrong.
 */
function shownValues(rng: Rng, truths: readonly number[], wrongs: readonly number[]): number[] {
  const flags = truths.map(() => rng.int(0, 1));
  if (!flags.includes(1)) flags[rng.int(0, truths.length - 1)] = 1;
  return truths.map((t, i) => {
    const w = wrongs[i] as number;
    return flags[i] === 1 || Math.abs(w - t) <= 0.02 * Math.abs(t) ? t : w;
  });
}

/** Boiling times (min) of two coils whose series and parallel times are both whole minutes. */
const COIL_PAIRS: readonly (readonly [number, number])[] = [
  [10, 15], [12, 24], [20, 30], [6, 12], [15, 30], [10, 40], [4, 12], [12, 36], [20, 60], [30, 60], [18, 36], [24, 40],
];
function coil(i: number): readonly [number, number] {
  return COIL_PAIRS[i] as readonly [number, number];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

// Two bulbs rated P1, P2 at the mains voltage V run in series across V. Named mistakes: the
// current from the rated powers added as if in parallel, the rated power taken as the power in
// series, the brighter bulb taken as the one of higher rating, the powers simply added.
const BULBS = [25, 40, 60, 100, 200] as const;
const bulbText = (p: Params): string[] => [
  `The current in the circuit is $${formatNumber(p.s0 as number)}$ A.`,
  `The ${p.P1} W bulb dissipates $${formatNumber(p.s1 as number)}$ W.`,
  `The ${p.s2} W bulb glows brighter.`,
  `The total power drawn from the mains is $${formatNumber(p.s3 as number)}$ W.`,
];
const bulbHindi = (p: Params): string[] => [
  `परिपथ में विद्युत धारा $${formatNumber(p.s0 as number)}$ A है।`,
  `${p.P1} W का बल्ब $${formatNumber(p.s1 as number)}$ W शक्ति व्यय करता है।`,
  `${p.s2} W का बल्ब अधिक चमकता है।`,
  `मेन्स से ली गई कुल शक्ति $${formatNumber(p.s3 as number)}$ W है।`,
];

const seriesBulbs: ClaimGenerator = {
  id: 'p.ce.series-bulbs-claims', subject: P, concepts: ['P.CE.POWER', 'P.CE.OHM', 'P.CE.COMBO'], difficulty: 4,
  statements: bulbText,
  build(rng) {
    const P1 = rng.pick(BULBS);
    const P2 = rng.pick(BULBS.filter((b) => b !== P1));
    const V = rng.pick([110, 220] as const);
    const sum = P1 + P2;
    const current = (P1 * P2) / (V * sum);
    const power1 = (P1 * P2 * P2) / (sum * sum);
    const total = (P1 * P2) / sum;
    const [s0, s1, s3] = shownValues(rng, [current, power1, total], [sum / V, P1, sum]) as [number, number, number];
    const s2 = rng.int(0, 1) === 1 ? Math.min(P1, P2) : Math.max(P1, P2);
    const params = { P1, P2, V, s0, s1, s2, s3 };
    const en = bulbText(params);
    const hi = bulbHindi(params);
    const truth = [close(s0, current), close(s1, power1), s2 === Math.min(P1, P2), close(s3, total)];
    return multi({
      params,
      text: `Two bulbs rated ${P1} W, ${V} V and ${P2} W, ${V} V are connected in series across a ${V} V supply. Treat each filament's resistance as constant. Which of the following statements is/are correct?`,
      options: en.map((text, i) => ({ text, correct: truth[i] as boolean })),
      solution: `$R_i = V^2/P_i$, so the lower-rated bulb has the larger resistance. In series the current $I = \\frac{V}{R_1 + R_2} = \\frac{P_1P_2}{V(P_1 + P_2)}$ is common; power $I^2R$ is larger in the larger resistance, so the lower-rated bulb glows brighter. $P_1' = I^2R_1 = \\frac{P_1P_2^2}{(P_1 + P_2)^2}$ and the total is $\\frac{P_1P_2}{P_1 + P_2}$, less than either rating.`,
      hi: {
        text: `${P1} W, ${V} V तथा ${P2} W, ${V} V अनुमतांक वाले दो बल्ब ${V} V की आपूर्ति से श्रेणीक्रम में जोड़े गए हैं। प्रत्येक तन्तु का प्रतिरोध नियत मानिए। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `$R_i = V^2/P_i$, अतः कम अनुमतांक वाले बल्ब का प्रतिरोध अधिक है। श्रेणीक्रम में धारा $I = \\frac{V}{R_1 + R_2} = \\frac{P_1P_2}{V(P_1 + P_2)}$ उभयनिष्ठ है; शक्ति $I^2R$ अधिक प्रतिरोध में अधिक है, अतः कम अनुमतांक वाला बल्ब अधिक चमकता है। $P_1' = I^2R_1 = \\frac{P_1P_2^2}{(P_1 + P_2)^2}$ तथा कुल शक्ति $\\frac{P_1P_2}{P_1 + P_2}$ है, जो प्रत्येक अनुमतांक से कम है।`,
        options: hi,
      },
    });
  },
};

/** Current electricity in depth (unit 12): distinct question shapes, Main to Advanced level. */
export const physicsDepthCircuitGenerators: GeneratorDef[] = physicalDistractors([
  // Copper: n e = 8.5e28 × 1.6e-19 = 1.36e10 C/m³; I = 1.36k A through a mm² gives v = 100k/a µm/s.
  formula({ id: 'p.ce.drift-velocity', subject: P, concepts: ['P.CE.OHM'], difficulty: 2,
    vars: { k: range(1, 10), a: [1, 2, 4, 5] },
    text: (v) => `A copper wire of cross-section ${v.a} mm² carries a current of ${d(1.36 * v.k)} A. Copper has $8.5 \\times 10^{28}$ free electrons per m³ ($e = 1.6 \\times 10^{-19}$ C). Find the drift speed of the electrons in µm/s.`,
    hi: {
      text: (v) => `${v.a} mm² अनुप्रस्थ काट वाले ताँबे के तार में ${d(1.36 * v.k)} A विद्युत धारा प्रवाहित है। ताँबे में प्रति m³ $8.5 \\times 10^{28}$ मुक्त इलेक्ट्रॉन हैं ($e = 1.6 \\times 10^{-19}$ C)। इलेक्ट्रॉनों का अनुगमन वेग µm/s में ज्ञात कीजिए।`,
      solution: (v) => `$I = neAv_d \\Rightarrow v_d = \\frac{I}{neA}$, जहाँ $A = ${v.a} \\times 10^{-6}$ m²; $v_d = ${(100 * v.k) / v.a} \\times 10^{-6}$ m/s।`,
    },
    unit: 'µm/s', result: [10, 1000],
    answer: (v) => (100 * v.k) / v.a,
    // Powers-of-ten slips converting mm² to m² (10⁻³, 10⁻⁴) and m/s to µm/s.
    mistakes: (v) => [(100 * v.k) / v.a / 1000, (100 * v.k) / v.a / 100, (1000 * v.k) / v.a],
    solution: (v) => `$I = neAv_d \\Rightarrow v_d = \\frac{I}{neA}$ with $A = ${v.a} \\times 10^{-6}$ m², giving $v_d = ${(100 * v.k) / v.a} \\times 10^{-6}$ m/s. Drift is slow; the signal travels at near light speed.` }),

  // R_T = R₂₀[1 + α(T − 20)] with α = 4e-3 /°C; R₂₀ a multiple of 10 Ω and ΔT of 25 °C keep R_T whole.
  formula({ id: 'p.ce.resistance-temperature', subject: P, concepts: ['P.CE.OHM'], difficulty: 2,
    vars: { R0: [10, 20, 40, 50, 100], dT: range(25, 250, 25) },
    text: (v) => `A copper coil has a resistance of ${v.R0} Ω at 20 °C. Its temperature coefficient of resistance is $4 \\times 10^{-3}$ °C⁻¹ (take $R = R_{20}[1 + \\alpha(T - 20)]$). At what temperature (in °C) is its resistance ${v.R0 + (v.R0 * v.dT) / 250} Ω?`,
    hi: {
      text: (v) => `ताँबे की एक कुण्डली का 20 °C पर प्रतिरोध ${v.R0} Ω है। इसका प्रतिरोध ताप गुणांक $4 \\times 10^{-3}$ °C⁻¹ है ($R = R_{20}[1 + \\alpha(T - 20)]$ लीजिए)। किस ताप (°C में) पर इसका प्रतिरोध ${v.R0 + (v.R0 * v.dT) / 250} Ω होगा?`,
      solution: (v) => `$T - 20 = \\frac{R_T/R_{20} - 1}{\\alpha} = ${v.dT}$ °C, अतः $T = ${20 + v.dT}$ °C।`,
    },
    unit: '°C', result: [45, 270],
    answer: (v) => 20 + v.dT,
    // Reference temperature forgotten; the hot resistance used as the base; answer given in kelvin.
    mistakes: (v) => [v.dT, 20 + (v.dT * v.R0) / (v.R0 + (v.R0 * v.dT) / 250), 293 + v.dT],
    solution: (v) => `$T - 20 = \\frac{R_T/R_{20} - 1}{\\alpha} = ${v.dT}$ °C, so $T = ${20 + v.dT}$ °C.` }),

  // R1 = r, R2 = RL = 2rm, E = (1 + m)j: the loaded output is exactly m·j volts.
  formula({ id: 'p.ce.loaded-divider', subject: P, concepts: ['P.CE.COMBO', 'P.CE.KIRCHHOFF'], difficulty: 3,
    vars: { r: [1, 2, 5, 10], m: range(1, 4), j: range(2, 6) },
    text: (v) => `An ideal ${(1 + v.m) * v.j} V battery drives resistors of ${v.r} kΩ and ${2 * v.r * v.m} kΩ in series. A load of ${2 * v.r * v.m} kΩ is connected across the ${2 * v.r * v.m} kΩ resistor. Find the potential difference across the load in volts.`,
    hi: {
      text: (v) => `एक आदर्श ${(1 + v.m) * v.j} V बैटरी से ${v.r} kΩ तथा ${2 * v.r * v.m} kΩ के प्रतिरोध श्रेणीक्रम में जुड़े हैं। ${2 * v.r * v.m} kΩ के प्रतिरोध के सिरों पर ${2 * v.r * v.m} kΩ का भार जोड़ा जाता है। भार के सिरों पर विभवान्तर (वोल्ट में) ज्ञात कीजिए।`,
      solution: (v) => `समान्तर संयोजन $${2 * v.r * v.m} \\parallel ${2 * v.r * v.m} = ${v.r * v.m}$ kΩ; विभाजक से $V = E\\frac{${v.r * v.m}}{${v.r} + ${v.r * v.m}} = ${v.m * v.j}$ V।`,
    },
    unit: 'V', result: [2, 24],
    answer: (v) => v.m * v.j,
    // The load ignored; the drop across the series resistor; all three in series; an even split.
    mistakes: (v) => [((1 + v.m) * v.j * 2 * v.m) / (1 + 2 * v.m), v.j, ((1 + v.m) * v.j * 2 * v.m) / (1 + 4 * v.m), ((1 + v.m) * v.j) / 2],
    solution: (v) => `The load in parallel with the lower resistor gives $${2 * v.r * v.m} \\parallel ${2 * v.r * v.m} = ${v.r * v.m}$ kΩ. Divider: $V = E\\frac{${v.r * v.m}}{${v.r} + ${v.r * v.m}} = ${v.m * v.j}$ V. Loading lowers the output below the open-circuit value.` }),

  // P_max = E²/4r; r ∈ {¼, ½, 1} Ω and even E make (E/2)²/r whole.
  formula({ id: 'p.ce.max-power-transfer', subject: P, concepts: ['P.CE.CELLS', 'P.CE.POWER'], difficulty: 3,
    vars: { E: range(2, 24, 2), r: [0.25, 0.5, 1] },
    text: (v) => `A battery of emf ${v.E} V and internal resistance ${v.r} Ω is connected to a variable external resistor. Find the maximum power (in W) that can be delivered to the external resistor.`,
    hi: {
      text: (v) => `${v.E} V विद्युत वाहक बल तथा ${v.r} Ω आन्तरिक प्रतिरोध वाली बैटरी एक परिवर्ती बाह्य प्रतिरोध से जुड़ी है। बाह्य प्रतिरोध को दी जा सकने वाली अधिकतम शक्ति (W में) ज्ञात कीजिए।`,
      solution: (v) => `$P = \\frac{E^2R}{(R + r)^2}$ अधिकतम होती है जब $R = r$; तब $P_{max} = \\frac{E^2}{4r} = ${(v.E * v.E) / (4 * v.r)}$ W।`,
    },
    unit: 'W', result: [1, 600],
    answer: (v) => (v.E * v.E) / (4 * v.r),
    // Short-circuit power E²/r; the factor 4 taken as 2; load matched to 2r.
    mistakes: (v) => [(v.E * v.E) / v.r, (v.E * v.E) / (2 * v.r), (2 * v.E * v.E) / (9 * v.r)],
    solution: (v) => `$P = \\frac{E^2R}{(R + r)^2}$ is greatest when $R = r$, giving $P_{max} = \\frac{E^2}{4r} = ${(v.E * v.E) / (4 * v.r)}$ W.` }),

  formula({ id: 'p.ce.mixed-grouping', subject: P, concepts: ['P.CE.CELLS', 'P.CE.COMBO', 'P.CE.KIRCHHOFF'], difficulty: 4,
    vars: { e: [1.5, 2], r: [0.5, 1, 1.5], n: range(2, 6), m: range(2, 4), R: [1, 2, 3, 5, 8] },
    text: (v) => `${v.m * v.n} identical cells, each of emf ${v.e} V and internal resistance ${v.r} Ω, are arranged in ${v.m} parallel rows of ${v.n} cells in series and connected to an external resistance of ${v.R} Ω. Find the current through the external resistance in amperes.`,
    hi: {
      text: (v) => `${v.m * v.n} सर्वसम सेल, प्रत्येक का विद्युत वाहक बल ${v.e} V तथा आन्तरिक प्रतिरोध ${v.r} Ω, ${v.m} समान्तर पंक्तियों में व्यवस्थित हैं जिनमें प्रत्येक में ${v.n} सेल श्रेणीक्रम में हैं; यह संयोजन ${v.R} Ω के बाह्य प्रतिरोध से जुड़ा है। बाह्य प्रतिरोध में धारा (ऐम्पियर में) ज्ञात कीजिए।`,
      solution: () => `प्रत्येक पंक्ति: emf $n\\varepsilon$, प्रतिरोध $nr$; $m$ समान्तर पंक्तियाँ: emf $n\\varepsilon$, प्रतिरोध $nr/m$। अतः $I = \\frac{n\\varepsilon}{R + nr/m}$।`,
    },
    unit: 'A', result: [0.2, 10],
    answer: (v) => (v.n * v.e) / (v.R + (v.n * v.r) / v.m),
    // All internal resistances in series; every cell's emf added; the parallel rows ignored.
    mistakes: (v) => [(v.n * v.e) / (v.R + v.n * v.m * v.r), (v.m * v.n * v.e) / (v.R + (v.n * v.r) / v.m), (v.n * v.e) / (v.R + v.n * v.r)],
    solution: () => `Each row: emf $n\\varepsilon$, resistance $nr$. $m$ equal rows in parallel keep the emf $n\\varepsilon$ and give resistance $nr/m$. So $I = \\frac{n\\varepsilon}{R + nr/m}$.` }),

  // Thevenin across the galvanometer: V_th = E(Q/(P+Q) − S/(R+S)), R_th = P‖Q + R‖S.
  formula({ id: 'p.ce.unbalanced-bridge', subject: P, concepts: ['P.CE.KIRCHHOFF', 'P.CE.COMBO'], difficulty: 4,
    vars: { p: [10, 20, 30, 40], q: [10, 20, 30, 40], r: [10, 20, 30, 40], s: [10, 20, 30, 40], G: [10, 20, 50], E: [2, 4, 6] },
    text: (v) => `In a Wheatstone bridge ABCD, AB = ${v.p} Ω, BC = ${v.q} Ω, AD = ${v.r} Ω and DC = ${bridgeS(v)} Ω. An ideal ${v.E} V battery is connected across A and C, and a galvanometer of resistance ${v.G} Ω across B and D. Find the current through the galvanometer in mA.`,
    hi: {
      text: (v) => `एक व्हीटस्टोन सेतु ABCD में AB = ${v.p} Ω, BC = ${v.q} Ω, AD = ${v.r} Ω तथा DC = ${bridgeS(v)} Ω है। A और C के बीच एक आदर्श ${v.E} V बैटरी तथा B और D के बीच ${v.G} Ω प्रतिरोध का गैल्वेनोमीटर जुड़ा है। गैल्वेनोमीटर में धारा mA में ज्ञात कीजिए।`,
      solution: () => `B और D के बीच थेवेनिन तुल्य: $V_{th} = E\\left|\\frac{Q}{P + Q} - \\frac{S}{R + S}\\right|$, $R_{th} = \\frac{PQ}{P + Q} + \\frac{RS}{R + S}$; $I_g = \\frac{V_{th}}{R_{th} + G}$।`,
    },
    unit: 'mA', result: [0.3, 200],
    answer: (v) => bridgeCurrent(v) * 1000,
    // The galvanometer's own resistance ignored; the arms ignored; the whole emf across B–D.
    mistakes: (v) => { const b = bridgeParts(v); return [(b.vth / b.rth) * 1000, (b.vth / v.G) * 1000, (v.E / (b.rth + v.G)) * 1000]; },
    solution: () => `Thevenin equivalent across B–D: $V_{th} = E\\left|\\frac{Q}{P + Q} - \\frac{S}{R + S}\\right|$, $R_{th} = \\frac{PQ}{P + Q} + \\frac{RS}{R + S}$. Then $I_g = \\frac{V_{th}}{R_{th} + G}$.` }),

  // Potentiometer: l₁ ∝ E (open), l₂ ∝ V (shunted by R); r = R(l₁ − l₂)/l₂ = R·f with l₁ = l₂(1 + f).
  formula({ id: 'p.ce.potentiometer-internal', subject: P, concepts: ['P.CE.METERBRIDGE', 'P.CE.CELLS'], difficulty: 3,
    vars: { R: [4, 8, 12], f: [0.25, 0.5], l2: [40, 48, 60] },
    text: (v) => `With a potentiometer, the balancing length for a cell on open circuit is ${v.l2 * (1 + v.f)} cm. When the cell is shunted by a ${v.R} Ω resistor, the balancing length becomes ${v.l2} cm. Find the internal resistance of the cell in Ω.`,
    hi: {
      text: (v) => `एक विभवमापी में खुले परिपथ पर सेल की संतुलन लम्बाई ${v.l2 * (1 + v.f)} cm है। जब सेल को ${v.R} Ω के प्रतिरोध से शंटित किया जाता है, तो संतुलन लम्बाई ${v.l2} cm हो जाती है। सेल का आन्तरिक प्रतिरोध Ω में ज्ञात कीजिए।`,
      solution: (v) => `$E \\propto l_1$, $V \\propto l_2$ तथा $V = \\frac{ER}{R + r}$, अतः $r = R\\frac{l_1 - l_2}{l_2} = ${v.R * v.f}$ Ω।`,
    },
    unit: 'Ω', result: [0.5, 8],
    // Ratio inverted; divided by l₁ instead of l₂; l₁/l₂ taken without subtracting 1.
    answer: (v) => v.R * v.f,
    mistakes: (v) => [v.R / v.f, (v.R * v.f) / (1 + v.f), v.R * (1 + v.f)],
    solution: (v) => `$E \\propto l_1$ and the terminal voltage $V \\propto l_2$, with $V = \\frac{ER}{R + r}$. So $r = R\\frac{l_1 - l_2}{l_2} = ${v.R * v.f}$ Ω.` }),

  formula({ id: 'p.ce.heater-coils', subject: P, concepts: ['P.CE.POWER', 'P.CE.COMBO'], difficulty: 3,
    vars: { p: range(0, COIL_PAIRS.length - 1), w: range(0, 1) },
    text: (v) => `A kettle boils a fixed quantity of water in ${coil(v.p)[0]} min with coil A alone and in ${coil(v.p)[1]} min with coil B alone, on the same mains supply. How long (in min) does it take with the two coils connected in ${v.w === 0 ? 'series' : 'parallel'}? Neglect heat losses.`,
    hi: {
      text: (v) => `एक केतली उसी मेन्स आपूर्ति पर केवल कुण्डली A से निश्चित मात्रा का पानी ${coil(v.p)[0]} min में तथा केवल कुण्डली B से ${coil(v.p)[1]} min में उबालती है। दोनों कुण्डलियों को ${v.w === 0 ? 'श्रेणीक्रम' : 'समान्तर क्रम'} में जोड़ने पर कितना समय (min में) लगेगा? ऊष्मा हानि नगण्य मानिए।`,
      solution: () => `$t = \\frac{QR}{V^2}$, अतः $t \\propto R$। श्रेणीक्रम: $t = t_1 + t_2$; समान्तर क्रम: $t = \\frac{t_1t_2}{t_1 + t_2}$।`,
    },
    unit: 'min', result: [3, 100],
    answer: (v) => { const [a, b] = coil(v.p); return v.w === 0 ? a + b : (a * b) / (a + b); },
    // Series and parallel swapped; the times averaged; the slower coil's time.
    mistakes: (v) => { const [a, b] = coil(v.p); return [v.w === 0 ? (a * b) / (a + b) : a + b, (a + b) / 2, Math.max(a, b)]; },
    solution: () => `Heat $Q = \\frac{V^2}{R}t$ is fixed, so $t \\propto R$. Series: $R = R_1 + R_2$ gives $t = t_1 + t_2$; parallel: $\\frac1R = \\frac1{R_1} + \\frac1{R_2}$ gives $t = \\frac{t_1t_2}{t_1 + t_2}$.` }),

  // RC in ms (kΩ × µF); heat in R up to t is U₀(1 − e^{−2t/RC}).
  formula({ id: 'p.ce.rc-discharge-heat', subject: P, concepts: ['P.CE.RC', 'P.ES.CAPACITOR'], difficulty: 4,
    vars: { C: [10, 20, 50, 100], V: [10, 20, 50, 100], R: [1, 2, 5, 10], f: [0.5, 1, 1.5, 2] },
    text: (v) => `A ${v.C} µF capacitor charged to ${v.V} V is discharged through a ${v.R} kΩ resistor. Find the heat produced in the resistor during the first ${d(v.f * v.R * v.C, 1)} ms, in mJ.`,
    hi: {
      text: (v) => `${v.V} V तक आवेशित ${v.C} µF के संधारित्र को ${v.R} kΩ के प्रतिरोध से निरावेशित किया जाता है। प्रथम ${d(v.f * v.R * v.C, 1)} ms में प्रतिरोध में उत्पन्न ऊष्मा mJ में ज्ञात कीजिए।`,
      solution: (v) => `समय नियतांक $\\tau = RC = ${v.R * v.C}$ ms। $i = \\frac{V}{R}e^{-t/\\tau}$, अतः $H = \\int_0^t i^2R\\,dt = \\frac12CV^2\\left(1 - e^{-2t/\\tau}\\right)$।`,
    },
    unit: 'mJ', result: [0.1, 600],
    answer: (v) => 0.5 * v.C * 1e-6 * v.V ** 2 * (1 - Math.exp(-2 * v.f)) * 1000,
    // Charge decay used for energy; the energy still stored; the ½ of CV²/2 dropped.
    mistakes: (v) => { const u = 0.5 * v.C * 1e-6 * v.V ** 2 * 1000; return [u * (1 - Math.exp(-v.f)), u * Math.exp(-2 * v.f), 2 * u * (1 - Math.exp(-2 * v.f))]; },
    solution: (v) => `$\\tau = RC = ${v.R * v.C}$ ms. $i = \\frac{V}{R}e^{-t/\\tau}$, so $H = \\int_0^t i^2R\\,dt = \\frac12CV^2\\left(1 - e^{-2t/\\tau}\\right)$ — the stored energy decays twice as fast as the charge.` }),

  // Steady state: no current through the capacitor; it takes the voltage across R2 = b·u, i.e. b·j volts.
  formula({ id: 'p.ce.rc-steady-charge', subject: P, concepts: ['P.CE.RC', 'P.CE.KIRCHHOFF', 'P.ES.CAPACITOR'], difficulty: 3,
    vars: { C: [2, 5, 10], a: range(1, 4), b: range(1, 4), u: [1, 2, 5], j: range(1, 3) },
    text: (v) => `An ideal ${(v.a + v.b) * v.j} V battery is connected across ${v.a * v.u} kΩ and ${v.b * v.u} kΩ resistors in series. A ${v.C} µF capacitor is connected across the ${v.b * v.u} kΩ resistor. Find the charge on the capacitor in the steady state, in µC.`,
    hi: {
      text: (v) => `एक आदर्श ${(v.a + v.b) * v.j} V बैटरी ${v.a * v.u} kΩ तथा ${v.b * v.u} kΩ के श्रेणीक्रम प्रतिरोधों से जुड़ी है। ${v.b * v.u} kΩ के प्रतिरोध के सिरों पर ${v.C} µF का संधारित्र जुड़ा है। स्थायी अवस्था में संधारित्र पर आवेश µC में ज्ञात कीजिए।`,
      solution: (v) => `स्थायी अवस्था में संधारित्र से धारा नहीं बहती; $I = \\frac{E}{R_1 + R_2}$, $V_C = IR_2 = ${v.b * v.j}$ V, $Q = CV_C = ${v.C * v.b * v.j}$ µC।`,
    },
    unit: 'µC', result: [2, 120],
    answer: (v) => v.C * v.b * v.j,
    // Full emf across C; the voltage of the other resistor; ½CV from the energy formula; the emf
    // split evenly; factor slips of 2 and 1.5 (needed when a = b makes the others coincide).
    mistakes: (v) => [v.C * (v.a + v.b) * v.j, v.C * v.a * v.j, (v.C * v.b * v.j) / 2, 2 * v.C * v.b * v.j, (v.C * (v.a + v.b) * v.j) / 2, 1.5 * v.C * v.b * v.j],
    solution: (v) => `In the steady state no current enters the capacitor, so $I = \\frac{E}{R_1 + R_2}$ and $V_C = IR_2 = ${v.b * v.j}$ V. $Q = CV_C = ${v.C * v.b * v.j}$ µC.` }),

  seriesBulbs,

  // Voltmeter across R, ammeter in the main line: the meters read V and I_R + I_V, so R_m = R‖R_V.
  formula({ id: 'p.ce.meter-loading', subject: P, concepts: ['P.CE.OHM', 'P.CE.COMBO', 'P.MAG.TORQUE'], difficulty: 4,
    vars: { R: [10, 20, 50, 100, 200, 500], RV: [1, 2, 5, 10], RA: [0.5, 1, 2] },
    text: (v) => `A resistor of true resistance ${v.R} Ω is measured with a voltmeter of resistance ${v.RV} kΩ connected directly across it and an ammeter of resistance ${v.RA} Ω in the main line. What resistance (in Ω) is obtained as (voltmeter reading)/(ammeter reading)?`,
    hi: {
      text: (v) => `${v.R} Ω वास्तविक प्रतिरोध वाले प्रतिरोधक को मापने के लिए ${v.RV} kΩ प्रतिरोध का वोल्टमीटर सीधे उसके सिरों पर तथा ${v.RA} Ω प्रतिरोध का अमीटर मुख्य लाइन में जोड़ा गया है। (वोल्टमीटर पाठ्यांक)/(अमीटर पाठ्यांक) से कितना प्रतिरोध (Ω में) प्राप्त होता है?`,
      solution: () => `अमीटर प्रतिरोधक तथा वोल्टमीटर दोनों की धारा पढ़ता है, वोल्टमीटर केवल प्रतिरोधक का विभवान्तर; अतः $R_m = \\frac{RR_V}{R + R_V}$ (अमीटर का प्रतिरोध प्रभावी नहीं)।`,
    },
    unit: 'Ω', sig: 4, result: [9, 500],
    answer: (v) => (v.R * v.RV * 1000) / (v.R + v.RV * 1000),
    // Meters taken as ideal; the ammeter's resistance added; the correction applied with the wrong sign.
    mistakes: (v) => [v.R, v.R + v.RA, (v.R * v.RV * 1000) / (v.RV * 1000 - v.R)],
    solution: () => `The ammeter carries the current of both the resistor and the voltmeter, while the voltmeter reads the resistor's voltage, so $R_m = \\frac{RR_V}{R + R_V}$ — always below the true value. The ammeter's resistance does not enter this connection.` }),

  // Sharing charge through R: heat = ½·C₁C₂/(C₁ + C₂)·V₀², whatever R is.
  formula({ id: 'p.ce.capacitor-sharing-heat', subject: P, concepts: ['P.CE.RC', 'P.ES.CAPACITOR', 'P.WEP.ENERGY'], difficulty: 5,
    vars: { C1: [1, 2, 3, 4, 5, 6, 8, 10], C2: [1, 2, 3, 4, 5, 6, 8, 10], V: range(10, 100, 10), R: [1, 10, 100] },
    text: (v) => `A ${v.C1} µF capacitor charged to ${v.V} V is connected through a ${v.R} kΩ resistor to an uncharged ${v.C2} µF capacitor. Find the total heat produced in the resistor by the time the charges stop flowing, in µJ.`,
    hi: {
      text: (v) => `${v.V} V तक आवेशित ${v.C1} µF के संधारित्र को ${v.R} kΩ के प्रतिरोध द्वारा ${v.C2} µF के अनावेशित संधारित्र से जोड़ा जाता है। आवेश प्रवाह रुकने तक प्रतिरोध में उत्पन्न कुल ऊष्मा µJ में ज्ञात कीजिए।`,
      solution: () => `आवेश संरक्षण: $V_f = \\frac{C_1V_0}{C_1 + C_2}$। ऊष्मा = प्रारम्भिक ऊर्जा − अन्तिम ऊर्जा $= \\frac12\\frac{C_1C_2}{C_1 + C_2}V_0^2$, जो $R$ पर निर्भर नहीं करती।`,
    },
    unit: 'µJ', result: [10, 30000],
    answer: (v) => (0.5 * v.C1 * v.C2 * v.V * v.V) / (v.C1 + v.C2),
    // All the stored energy taken as lost; the final stored energy; "half is always lost"; ½ dropped;
    // both capacitors at V₀; the final voltage used in place of V₀.
    mistakes: (v) => {
      const Vf = (v.C1 * v.V) / (v.C1 + v.C2);
      const series = (v.C1 * v.C2) / (v.C1 + v.C2);
      return [0.5 * v.C1 * v.V * v.V, 0.5 * (v.C1 + v.C2) * Vf * Vf, 0.25 * v.C1 * v.V * v.V, v.C1 * v.V * v.V, 0.5 * (v.C1 + v.C2) * v.V * v.V, 0.5 * series * Vf * Vf];
    },
    solution: () => `Charge is conserved: $V_f = \\frac{C_1V_0}{C_1 + C_2}$. Heat = initial − final stored energy $= \\frac12C_1V_0^2 - \\frac12(C_1 + C_2)V_f^2 = \\frac12\\frac{C_1C_2}{C_1 + C_2}V_0^2$, independent of $R$ (a larger $R$ only slows the flow).` }),
]);

function bridgeS(v: Record<string, number>): number {
  // A balanced bridge (PS = QR) passes no galvanometer current; nudge S off balance.
  const p = v.p as number, q = v.q as number, r = v.r as number, s = v.s as number;
  return p * s === q * r ? s + 5 : s;
}
function bridgeParts(v: Record<string, number>): { vth: number; rth: number } {
  const p = v.p as number, q = v.q as number, r = v.r as number, E = v.E as number;
  const s = bridgeS(v);
  return { vth: E * Math.abs(q / (p + q) - s / (r + s)), rth: (p * q) / (p + q) + (r * s) / (r + s) };
}
function bridgeCurrent(v: Record<string, number>): number {
  const b = bridgeParts(v);
  return b.vth / (b.rth + (v.G as number));
}
