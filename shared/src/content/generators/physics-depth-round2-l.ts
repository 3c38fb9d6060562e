import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
const ORD = ['first', 'second', 'third'] as const;
const ORD_HI = ['प्रथम', 'द्वितीय', 'तृतीय'] as const;

/** Further shapes for the first law, radiation, pipes and the screw gauge. */
export const physicsDepthRound2LGenerators: GeneratorDef[] = physicalDistractors([
  // Monatomic gas along a straight line on the P–V diagram: Q = (3/2)(P₂V₂ − P₁V₁) + ½(P₁ + P₂)(V₂ − V₁).
  formula({ id: 'p.td.linear-path-heat', subject: P, concepts: ['P.TD.FIRST', 'P.TD.PROCESSES'], difficulty: 4,
    vars: { p1: [1, 2], v1: [1, 2], p2: [1, 2, 3], v2: [5, 6, 8] },
    text: (v) => `A monatomic ideal gas is taken from ($${v.p1} \\times 10^5$ Pa, ${v.v1} L) to ($${v.p2} \\times 10^5$ Pa, ${v.v2} L) along a straight line on the P–V diagram. Find the heat (in J) it absorbs.`,
    hi: {
      text: (v) => `एक एकपरमाणुक आदर्श गैस को P–V आरेख पर एक सरल रेखा के अनुदिश ($${v.p1} \\times 10^5$ Pa, ${v.v1} L) से ($${v.p2} \\times 10^5$ Pa, ${v.v2} L) तक ले जाया जाता है। इसके द्वारा अवशोषित ऊष्मा (J में) ज्ञात कीजिए।`,
      solution: () => `$W$ = रेखा के नीचे समलम्ब का क्षेत्रफल $= \\frac{P_1 + P_2}{2}(V_2 - V_1)$; $\\Delta U = \\frac32nR\\Delta T = \\frac32(P_2V_2 - P_1V_1)$; $Q = \\Delta U + W$।`,
    },
    unit: 'J', result: [100, 6000],
    answer: (v) => 100 * (1.5 * (v.p2 * v.v2 - v.p1 * v.v1) + ((v.p1 + v.p2) * (v.v2 - v.v1)) / 2),
    // The work alone; the internal-energy change alone; C_v of a diatomic gas (5/2).
    mistakes: (v) => [50 * (v.p1 + v.p2) * (v.v2 - v.v1), 150 * (v.p2 * v.v2 - v.p1 * v.v1), 100 * (2.5 * (v.p2 * v.v2 - v.p1 * v.v1) + ((v.p1 + v.p2) * (v.v2 - v.v1)) / 2)],
    solution: () => `The work is the area under the line, a trapezium: $W = \\frac{P_1 + P_2}{2}(V_2 - V_1)$. For a monatomic gas $\\Delta U = \\frac32nR\\Delta T = \\frac32(P_2V_2 - P_1V_1)$. The first law gives $Q = \\Delta U + W$ (1 L × $10^5$ Pa = 100 J).` }),

  // Net radiation to surroundings at T₀: P ∝ T⁴ − T₀⁴.
  formula({ id: 'p.heat.net-radiation-scale', subject: P, concepts: ['P.HEAT.TRANSFER'], difficulty: 3, freeResponse: false,
    vars: { T1: [400, 500, 600], T2: [450, 700, 800, 900, 1000], P1: [10, 20, 50, 80] },
    text: (v) => `A small black body at ${v.T1} K in an enclosure kept at 300 K loses energy by radiation at a net rate of ${v.P1} W. Find the net rate (in W) when the body is at ${v.T2} K.`,
    hi: {
      text: (v) => `300 K पर रखे एक आवरण में ${v.T1} K पर स्थित एक छोटा कृष्णिका विकिरण द्वारा ${v.P1} W की नेट दर से ऊर्जा खोता है। पिण्ड के ${v.T2} K पर होने पर नेट दर (W में) ज्ञात कीजिए।`,
      solution: () => `स्टीफ़न–बोल्ट्ज़मान: नेट दर $\\sigma A(T^4 - T_0^4)$, अतः $P_2 = P_1\\frac{T_2^4 - T_0^4}{T_1^4 - T_0^4}$।`,
    },
    unit: 'W', result: [2, 5000],
    answer: (v) => (v.P1 * (v.T2 ** 4 - 300 ** 4)) / (v.T1 ** 4 - 300 ** 4),
    // Surroundings ignored ((T₂/T₁)⁴); Newton's law of cooling (linear in the excess); the fourth power applied to the excess temperature.
    mistakes: (v) => [v.P1 * (v.T2 / v.T1) ** 4, (v.P1 * (v.T2 - 300)) / (v.T1 - 300), v.P1 * ((v.T2 - 300) / (v.T1 - 300)) ** 4],
    solution: () => `The body emits $\\sigma AT^4$ and absorbs $\\sigma AT_0^4$ from the enclosure, so the net loss is $\\sigma A(T^4 - T_0^4)$ and $P_2 = P_1\\frac{T_2^4 - T_0^4}{T_1^4 - T_0^4}$. Newton's law (linear) holds only for small excesses.` }),

  // Closed pipe's k-th overtone in unison with an open pipe's n-th harmonic: L_c = (2k + 1)L_o/(2n).
  formula({ id: 'p.wave.closed-open-unison', subject: P, concepts: ['P.WAVE.PIPES'], difficulty: 3, freeResponse: false,
    vars: { k: [1, 2, 3], n: [1, 2, 3, 4], L: [30, 40, 60, 80, 90] },
    text: (v) => `The ${ORD[v.k - 1]} overtone of a pipe closed at one end is in unison with the ${['fundamental', 'second harmonic', 'third harmonic', 'fourth harmonic'][v.n - 1]} of an open pipe ${v.L} cm long. Find the length (in cm) of the closed pipe (neglect end corrections).`,
    hi: {
      text: (v) => `एक सिरे पर बन्द पाइप का ${ORD_HI[v.k - 1]} अधिस्वरक ${v.L} cm लम्बे खुले पाइप के ${['मूल स्वर', 'द्वितीय गुणावृत्ति', 'तृतीय गुणावृत्ति', 'चतुर्थ गुणावृत्ति'][v.n - 1]} के साथ एकस्वरता में है। बन्द पाइप की लम्बाई (cm में) ज्ञात कीजिए (सिरा संशोधन नगण्य)।`,
      solution: () => `बन्द पाइप का $k$वाँ अधिस्वरक $\\frac{(2k + 1)v}{4L_c}$; खुले पाइप की $n$वीं गुणावृत्ति $\\frac{nv}{2L_o}$; बराबर रखने पर $L_c = \\frac{(2k + 1)L_o}{2n}$।`,
    },
    unit: 'cm', result: [5, 700],
    answer: (v) => ((2 * v.k + 1) * v.L) / (2 * v.n),
    // The k-th overtone taken as the (2k − 1)-th harmonic; the closed pipe given the open-pipe series ((k + 1)v/(2L)); v/(4L) read as v/(2L).
    mistakes: (v) => [((2 * v.k - 1) * v.L) / (2 * v.n), ((v.k + 1) * v.L) / v.n, ((2 * v.k + 1) * v.L) / v.n],
    solution: () => `A closed pipe has only odd harmonics: its $k$-th overtone is the $(2k + 1)$-th harmonic, $\\frac{(2k + 1)v}{4L_c}$. The open pipe's $n$-th harmonic is $\\frac{nv}{2L_o}$. Equating, $L_c = \\frac{(2k + 1)L_o}{2n}$.` }),

  // Screw gauge with a positive zero error: A = πd²/4 with d = MSR + (CSR − z)·LC.
  formula({ id: 'p.exp.screw-zero-area', subject: P, concepts: ['P.EXP.SCREWGAUGE'], difficulty: 3, freeResponse: false,
    vars: { z: [2, 3, 4, 5], M: [0.5, 1, 1.5, 2], C: range(10, 45, 5) },
    text: (v) => `A screw gauge has pitch 0.5 mm and 50 circular divisions. With the jaws closed, the zero of the circular scale is ${v.z} divisions below the reference line (a positive zero error). For a wire the main scale reads ${v.M} mm and the circular scale ${v.C} divisions. Find the wire's cross-sectional area (in mm²).`,
    hi: {
      text: (v) => `एक स्क्रूगेज का चूड़ी अन्तराल 0.5 mm तथा वृत्तीय पैमाने पर 50 खाने हैं। जबड़े बन्द करने पर वृत्तीय पैमाने का शून्य निर्देश रेखा से ${v.z} खाने नीचे है (धनात्मक शून्यांक त्रुटि)। एक तार के लिए मुख्य पैमाना ${v.M} mm तथा वृत्तीय पैमाना ${v.C} खाने पढ़ता है। तार के अनुप्रस्थ काट का क्षेत्रफल (mm² में) ज्ञात कीजिए।`,
      solution: () => `अल्पतमांक 0.01 mm; शून्यांक त्रुटि $+z \\times 0.01$ mm घटाएँ: $d = $ मुख्य $+ (C - z) \\times 0.01$ mm; $A = \\frac{\\pi d^2}{4}$।`,
    },
    unit: 'mm²', result: [0.15, 5], sig: 3,
    answer: (v) => (Math.PI * (v.M + (v.C - v.z) * 0.01) ** 2) / 4,
    // Zero error added instead of subtracted; zero error ignored; the diameter used as the radius.
    mistakes: (v) => [(Math.PI * (v.M + (v.C + v.z) * 0.01) ** 2) / 4, (Math.PI * (v.M + v.C * 0.01) ** 2) / 4, Math.PI * (v.M + (v.C - v.z) * 0.01) ** 2],
    solution: () => `Least count $= \\frac{0.5}{50} = 0.01$ mm. A positive zero error reads too much, so subtract it: $d = \\text{MSR} + (\\text{CSR} - z) \\times 0.01$ mm, and $A = \\frac{\\pi d^2}{4}$.` }),
]);
