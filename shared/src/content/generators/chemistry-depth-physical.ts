import { formula, range } from './formula.ts';
import { multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const log10 = (x: number) => Math.log10(x);

/** Van der Waals constants of real gases: a in L² atm mol⁻², b in L mol⁻¹ (handbook values). */
export const VDW_GASES = [['CO_2', 3.59, 0.0427], ['CH_4', 2.25, 0.0428], ['N_2', 1.39, 0.0391], ['O_2', 1.36, 0.0318], ['H_2', 0.244, 0.0266]] as const;
const vdw = (i: number) => VDW_GASES[i] as readonly [string, number, number];

/** First-order gas decompositions: equation, moles of gas formed per mole of A. */
export const GAS_DECOMPOSITIONS = [['A(g) \\to B(g) + C(g)', 2], ['N_2O_5(g) \\to 2NO_2(g) + \\tfrac12 O_2(g)', 2.5], ['A(g) \\to 2B(g) + C(g)', 3], ['SO_2Cl_2(g) \\to SO_2(g) + Cl_2(g)', 2]] as const;
const dec = (i: number) => GAS_DECOMPOSITIONS[i] as readonly [string, number];

/** Electrodes for concentration cells: metal, ion, electrons per ion. */
const CONC_ELECTRODES = [['Cu', 'Cu^{2+}', 2], ['Zn', 'Zn^{2+}', 2], ['Ag', 'Ag^{+}', 1], ['Ni', 'Ni^{2+}', 2]] as const;
const ce = (i: number) => CONC_ELECTRODES[i] as readonly [string, string, number];

/** Fraction of A decomposed after n half-lives. */
const decomposed = (n: number) => 1 - 2 ** -n;

/** Equilibria, kinetics, solutions, real gases and electrochemistry at JEE Advanced depth. */
export const chemDepthPhysicalGenerators: GeneratorDef[] = [
  formula({ id: 'c.eq.pcl5-dissociation', subject: C, concepts: ['C.EQ.KC', 'C.EQ.LECHATELIER'], difficulty: 4,
    // Kp of PCl₅ ⇌ PCl₃ + Cl₂ is about 1.8 atm at 523 K and grows with temperature.
    vars: { Kp: [0.5, 1, 1.78, 2, 4], P: [0.5, 1, 2, 5, 10] },
    text: (v) => `For $\\mathrm{PCl_5(g) \\rightleftharpoons PCl_3(g) + Cl_2(g)}$, $K_p = ${v.Kp}$ atm. Pure PCl₅ is allowed to reach equilibrium at a total pressure of ${v.P} atm. Find the percentage of PCl₅ dissociated.`, unit: '%',
    answer: (v) => 100 * Math.sqrt(v.Kp / (v.Kp + v.P)),
    mistakes: (v) => [(100 * v.Kp) / (v.Kp + v.P), 100 * Math.sqrt(v.P / (v.Kp + v.P)), 100 * (1 - Math.sqrt(v.Kp / (v.Kp + v.P))), (100 * v.Kp) / (v.Kp + v.P + Math.sqrt(v.Kp * v.P))],
    solution: (v) => `Per mole of PCl₅: $1 - \\alpha$, $\\alpha$, $\\alpha$; total $1 + \\alpha$. $K_p = \\frac{\\alpha^2}{1 - \\alpha^2}P$, so $\\alpha = \\sqrt{\\frac{K_p}{K_p + P}} = \\sqrt{\\frac{${v.Kp}}{${v.Kp + v.P}}}$. Raising $P$ lowers $\\alpha$ (Le Chatelier).`,
    hi: { text: (v) => `$\\mathrm{PCl_5(g) \\rightleftharpoons PCl_3(g) + Cl_2(g)}$ के लिए $K_p = ${v.Kp}$ atm है। शुद्ध PCl₅ को ${v.P} atm के कुल दाब पर साम्यावस्था में आने दिया जाता है। PCl₅ के वियोजन का प्रतिशत ज्ञात कीजिए।`, solution: (v) => `प्रति मोल PCl₅: $1 - \\alpha$, $\\alpha$, $\\alpha$; कुल $1 + \\alpha$। $K_p = \\frac{\\alpha^2}{1 - \\alpha^2}P$, अतः $\\alpha = \\sqrt{\\frac{K_p}{K_p + P}} = \\sqrt{\\frac{${v.Kp}}{${v.Kp + v.P}}}$। $P$ बढ़ाने पर $\\alpha$ घटता है (ला-शातेलिए सिद्धांत)।` },
    result: [20, 95] }),
  formula({ id: 'c.kin.gas-pressure', subject: C, concepts: ['C.KIN.FIRST', 'C.GAS.LAWS'], difficulty: 4,
    vars: { r: range(0, GAS_DECOMPOSITIONS.length - 1), P0: [80, 100, 120, 160, 200, 240], n: range(1, 4), half: [10, 20, 25, 30, 40] },
    text: (v) => `The first-order gas-phase reaction $\\mathrm{${dec(v.r)[0]}}$ has a half-life of ${v.half} min. Starting with pure reactant at ${v.P0} mm Hg in a closed vessel at constant temperature, find the total pressure after ${v.n * v.half} min.`, unit: 'mm Hg',
    answer: (v) => v.P0 * (1 + (dec(v.r)[1] - 1) * decomposed(v.n)),
    mistakes: (v) => [v.P0 * (1 + (dec(v.r)[1] - 1) * 2 ** -v.n), v.P0 * dec(v.r)[1] * decomposed(v.n), v.P0 * (1 + (dec(v.r)[1] - 1) * decomposed(1))],
    solution: (v) => `After ${v.n} half-lives the fraction decomposed is $x = 1 - 2^{-${v.n}}$. Each mole of reactant becomes ${dec(v.r)[1]} mol of gas, so $P = P_0[1 + (${dec(v.r)[1]} - 1)x]$.`,
    hi: { text: (v) => `प्रथम कोटि की गैस-प्रावस्था अभिक्रिया $\\mathrm{${dec(v.r)[0]}}$ की अर्धायु ${v.half} min है। एक बंद पात्र में स्थिर ताप पर ${v.P0} mm Hg के शुद्ध अभिकारक से आरंभ करके ${v.n * v.half} min बाद कुल दाब ज्ञात कीजिए।`, solution: (v) => `${v.n} अर्धायु के बाद विघटित अंश $x = 1 - 2^{-${v.n}}$। अभिकारक का प्रत्येक मोल ${dec(v.r)[1]} मोल गैस बनाता है, अतः $P = P_0[1 + (${dec(v.r)[1]} - 1)x]$।` },
    result: [120, 720] }),
  formula({ id: 'c.sol.osmotic-molar-mass', subject: C, concepts: ['C.SOL.COLLIG', 'C.POLYMER'], difficulty: 3,
    vars: { M: [6225, 8300, 12450, 24900, 49800], w: [0.5, 1, 2], V: [0.1, 0.25] },
    text: (v) => `${v.w} g of a polymer dissolved in water to make ${v.V * 1000} mL of solution has an osmotic pressure of ${Number(((v.w * 24.9) / (v.M * v.V)).toPrecision(6))} bar at 300 K. Find the molar mass of the polymer in g/mol ($R = 0.083$ L bar mol⁻¹ K⁻¹).`, unit: 'g/mol',
    answer: (v) => (v.w * 0.083 * 300) / (Number(((v.w * 24.9) / (v.M * v.V)).toPrecision(6)) * v.V),
    mistakes: (v) => [(v.w * 0.083 * 300) / (((v.w * 24.9) / (v.M * v.V)) * v.V * 1000), (v.w * 0.083 * 300) / ((v.w * 24.9) / (v.M * v.V)), (v.w * 0.083 * 27) / (((v.w * 24.9) / (v.M * v.V)) * v.V)],
    solution: () => `$\\pi = \\frac{w}{M}\\frac{RT}{V}$, so $M = \\frac{wRT}{\\pi V}$ with $V$ in litres. Osmometry suits polymers because π is measurable at room temperature even for tiny molar concentrations.`,
    hi: { text: (v) => `${v.w} g एक बहुलक को जल में घोलकर ${v.V * 1000} mL विलयन बनाया गया, जिसका 300 K पर परासरण दाब ${Number(((v.w * 24.9) / (v.M * v.V)).toPrecision(6))} bar है। बहुलक का मोलर द्रव्यमान g/mol में ज्ञात कीजिए ($R = 0.083$ L bar mol⁻¹ K⁻¹)।`, solution: () => `$\\pi = \\frac{w}{M}\\frac{RT}{V}$, अतः $M = \\frac{wRT}{\\pi V}$ ($V$ लीटर में)। बहुलकों के लिए परासरण दाब उपयुक्त है क्योंकि बहुत कम मोलर सांद्रता पर भी कमरे के ताप पर π मापा जा सकता है।` },
    result: [6000, 50000] }),
  formula({ id: 'c.gas.van-der-waals', subject: C, concepts: ['C.GAS.REAL', 'C.GAS.LAWS'], difficulty: 4,
    // At or above 300 K none of these gases can condense at the pressures reached (CO₂: T_c 304 K, vapour pressure 67 atm at 300 K).
    vars: { g: range(0, VDW_GASES.length - 1), n: [1, 2], V: [1, 2, 4, 5], T: [300, 350, 400, 500] },
    text: (v) => `Using the van der Waals equation ($a = ${vdw(v.g)[1]}$ L² atm mol⁻², $b = ${vdw(v.g)[2]}$ L mol⁻¹), find the pressure exerted by ${v.n} mol of $\\mathrm{${vdw(v.g)[0]}}$ in ${v.V} L at ${v.T} K ($R = 0.0821$ L atm mol⁻¹ K⁻¹).`, unit: 'atm',
    answer: (v) => (v.n * 0.0821 * v.T) / (v.V - v.n * vdw(v.g)[2]) - (vdw(v.g)[1] * v.n ** 2) / v.V ** 2,
    mistakes: (v) => [(v.n * 0.0821 * v.T) / v.V, (v.n * 0.0821 * v.T) / (v.V - v.n * vdw(v.g)[2]) - vdw(v.g)[1] / v.V ** 2, (v.n * 0.0821 * v.T) / (v.V - v.n * vdw(v.g)[2]) + (vdw(v.g)[1] * v.n ** 2) / v.V ** 2], sig: 4,
    solution: (v) => `$P = \\frac{nRT}{V - nb} - \\frac{an^2}{V^2} = \\frac{${v.n} \\times 0.0821 \\times ${v.T}}{${v.V} - ${v.n} \\times ${vdw(v.g)[2]}} - \\frac{${vdw(v.g)[1]} \\times ${v.n ** 2}}{${v.V ** 2}}$. The $b$ term (excluded volume) raises P; the $a$ term (attraction) lowers it.`,
    hi: { text: (v) => `वान्डरवाल्स समीकरण ($a = ${vdw(v.g)[1]}$ L² atm mol⁻², $b = ${vdw(v.g)[2]}$ L mol⁻¹) का उपयोग करके ${v.T} K पर ${v.V} L में ${v.n} mol $\\mathrm{${vdw(v.g)[0]}}$ द्वारा लगाया गया दाब ज्ञात कीजिए ($R = 0.0821$ L atm mol⁻¹ K⁻¹)।`, solution: (v) => `$P = \\frac{nRT}{V - nb} - \\frac{an^2}{V^2} = \\frac{${v.n} \\times 0.0821 \\times ${v.T}}{${v.V} - ${v.n} \\times ${vdw(v.g)[2]}} - \\frac{${vdw(v.g)[1]} \\times ${v.n ** 2}}{${v.V ** 2}}$। $b$ पद (अपवर्जित आयतन) P बढ़ाता है; $a$ पद (आकर्षण) उसे घटाता है।` },
    result: [4.5, 87] }),
  formula({ id: 'c.elec.concentration-cell', subject: C, concepts: ['C.ELEC.NERNST', 'C.ELEC.CELLS'], difficulty: 4,
    vars: { e: range(0, CONC_ELECTRODES.length - 1), c1: [0.001, 0.01, 0.05], k: [2, 5, 10, 20, 50, 100] },
    text: (v) => `Find the EMF (in mV) at 298 K of the concentration cell $\\mathrm{${ce(v.e)[0]} | ${ce(v.e)[1]}(${v.c1}\\ M) \\| ${ce(v.e)[1]}(${Number((v.c1 * v.k).toPrecision(6))}\\ M) | ${ce(v.e)[0]}}$ (take $\\frac{2.303RT}{F} = 0.059$ V).`, unit: 'mV',
    answer: (v) => (1000 * 0.059 * log10(v.k)) / ce(v.e)[2],
    mistakes: (v) => [1000 * 0.059 * log10(v.k), (1000 * 0.059 * Math.log(v.k)) / ce(v.e)[2], (1000 * 0.059 * log10(v.k)) / (2 * ce(v.e)[2])],
    solution: (v) => `$E^\\circ = 0$ for identical electrodes. $E = \\frac{0.059}{n}\\log\\frac{c_{cathode}}{c_{anode}} = \\frac{0.059}{${ce(v.e)[2]}}\\log ${v.k}$ V; the more concentrated side is the cathode, so E is positive.`,
    hi: { text: (v) => `298 K पर सांद्रता सेल $\\mathrm{${ce(v.e)[0]} | ${ce(v.e)[1]}(${v.c1}\\ M) \\| ${ce(v.e)[1]}(${Number((v.c1 * v.k).toPrecision(6))}\\ M) | ${ce(v.e)[0]}}$ का विद्युत वाहक बल (mV में) ज्ञात कीजिए ($\\frac{2.303RT}{F} = 0.059$ V लीजिए)।`, solution: (v) => `समान इलेक्ट्रोडों के लिए $E^\\circ = 0$। $E = \\frac{0.059}{n}\\log\\frac{c_{cathode}}{c_{anode}} = \\frac{0.059}{${ce(v.e)[2]}}\\log ${v.k}$ V; अधिक सांद्र विलयन वाला पक्ष कैथोड है, अतः E धनात्मक है।` },
    result: [8, 120] }),
  formula({ id: 'c.eq.buffer-added-base', subject: C, concepts: ['C.EQ.BUFFER', 'C.EQ.ACIDBASE', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { a: [0.1, 0.2, 0.3, 0.5], s: [0.1, 0.2, 0.3, 0.5], b: [0.01, 0.02, 0.05], w: range(0, 1) },
    text: (v) => `1 L of a buffer contains ${v.a} mol CH₃COOH and ${v.s} mol CH₃COONa (p$K_a$ = 4.76). Find the pH after adding ${v.b} mol of ${v.w === 0 ? 'solid NaOH' : 'HCl gas'} (no volume change).`, unit: '',
    answer: (v) => (v.w === 0 ? 4.76 + log10((v.s + v.b) / (v.a - v.b)) : 4.76 + log10((v.s - v.b) / (v.a + v.b))),
    mistakes: (v) => [4.76 + log10(v.s / v.a), v.w === 0 ? 4.76 + log10((v.s - v.b) / (v.a + v.b)) : 4.76 + log10((v.s + v.b) / (v.a - v.b)), v.w === 0 ? 4.76 - log10((v.s + v.b) / (v.a - v.b)) : 4.76 - log10((v.s - v.b) / (v.a + v.b))],
    solution: (v) => `${v.w === 0 ? 'OH⁻ converts acid to salt: acid $' + `${v.a} - ${v.b}` + '$, salt $' + `${v.s} + ${v.b}` + '$' : 'H⁺ converts salt to acid: salt $' + `${v.s} - ${v.b}` + '$, acid $' + `${v.a} + ${v.b}` + '$'} mol. Then pH $= \\mathrm{p}K_a + \\log\\frac{n_{salt}}{n_{acid}}$: the buffer changes pH only slightly.`,
    hi: { text: (v) => `1 L बफर में ${v.a} mol CH₃COOH और ${v.s} mol CH₃COONa (p$K_a$ = 4.76) हैं। ${v.b} mol ${v.w === 0 ? 'ठोस NaOH' : 'HCl गैस'} मिलाने के बाद pH ज्ञात कीजिए (आयतन में कोई परिवर्तन नहीं)।`, solution: (v) => `${v.w === 0 ? 'OH⁻ अम्ल को लवण में बदलता है: अम्ल $' + `${v.a} - ${v.b}` + '$, लवण $' + `${v.s} + ${v.b}` + '$' : 'H⁺ लवण को अम्ल में बदलता है: लवण $' + `${v.s} - ${v.b}` + '$, अम्ल $' + `${v.a} + ${v.b}` + '$'} mol। फिर pH $= \\mathrm{p}K_a + \\log\\frac{n_{salt}}{n_{acid}}$: बफर का pH केवल थोड़ा बदलता है।` },
    result: [3.7, 5.85] }),
  {
    id: 'c.td.spontaneity-statements', subject: C, concepts: ['C.TD.GIBBS', 'C.TD.ENTROPY', 'C.EQ.KC'], difficulty: 4,
    build(rng) {
      const sh = rng.pick([1, -1] as const);
      const ss = rng.pick([1, -1] as const);
      const H = sh * rng.int(2, 30) * 10;
      const S = ss * rng.int(4, 30) * 10;
      const T = rng.pick([298, 400, 500, 800, 1000] as const);
      const G = H - (T * S) / 1000;
      const cross = (H * 1000) / S;
      const f = (x: number) => Math.round(x * 10) / 10;
      const options = [
        { text: `The reaction is spontaneous at ${T} K.`, hi: `अभिक्रिया ${T} K पर स्वतः प्रवर्तित है।`, correct: G < 0 },
        { text: `The equilibrium constant at ${T} K is greater than 1.`, hi: `${T} K पर साम्य स्थिरांक 1 से अधिक है।`, correct: G < 0 },
        { text: `The reaction is spontaneous at all temperatures.`, hi: `अभिक्रिया सभी तापों पर स्वतः प्रवर्तित है।`, correct: H < 0 && S > 0 },
        { text: `$\\Delta G = 0$ at about ${f(Math.abs(cross))} K.`, hi: `लगभग ${f(Math.abs(cross))} K पर $\\Delta G = 0$ होता है।`, correct: cross > 0 },
      ];
      // Guarantee a true statement: when none holds, the crossover statement is rephrased as its negation.
      if (!options.some((o) => o.correct)) {
        options[3] = { text: `$\\Delta G$ is positive at every temperature.`, hi: `प्रत्येक ताप पर $\\Delta G$ धनात्मक है।`, correct: true };
      }
      return multi({
        params: { H, S, T },
        text: `For a reaction, $\\Delta H = ${H}$ kJ mol⁻¹ and $\\Delta S = ${S}$ J K⁻¹ mol⁻¹ (both independent of temperature). Which statements are correct?`,
        options: options.map((o) => ({ text: o.text, correct: o.correct })),
        solution: `$\\Delta G = \\Delta H - T\\Delta S = ${H} - ${T} \\times ${S}/1000 = ${f(G)}$ kJ mol⁻¹ at ${T} K; $K = e^{-\\Delta G/RT} > 1$ exactly when $\\Delta G < 0$. $\\Delta G$ changes sign at $T = \\Delta H/\\Delta S$ only if $\\Delta H$ and $\\Delta S$ have the same sign; $\\Delta H < 0, \\Delta S > 0$ is spontaneous at every T, $\\Delta H > 0, \\Delta S < 0$ at none.`,
        hi: {
          text: `एक अभिक्रिया के लिए $\\Delta H = ${H}$ kJ mol⁻¹ और $\\Delta S = ${S}$ J K⁻¹ mol⁻¹ हैं (दोनों ताप पर निर्भर नहीं)। कौन-से कथन सही हैं?`,
          solution: `${T} K पर $\\Delta G = \\Delta H - T\\Delta S = ${H} - ${T} \\times ${S}/1000 = ${f(G)}$ kJ mol⁻¹; $K = e^{-\\Delta G/RT} > 1$ ठीक तब जब $\\Delta G < 0$। $\\Delta G$ का चिह्न $T = \\Delta H/\\Delta S$ पर तभी बदलता है जब $\\Delta H$ और $\\Delta S$ का चिह्न समान हो; $\\Delta H < 0, \\Delta S > 0$ हर ताप पर स्वतः प्रवर्तित, $\\Delta H > 0, \\Delta S < 0$ किसी पर नहीं।`,
          options: options.map((o) => o.hi),
        },
      });
    },
  },
];
