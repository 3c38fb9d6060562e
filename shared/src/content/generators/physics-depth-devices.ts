import { formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef, Params } from './types.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';

const P = 'PHYSICS' as const;
const d = (x: number, dp = 2): string => String(Number(x.toFixed(dp)));

const GATES = ['AND', 'OR', 'NAND', 'NOR', 'XOR', 'XNOR'] as const;
type Gate = (typeof GATES)[number];
const gateOut = (g: Gate, a: number, b: number): number =>
  ({ AND: a & b, OR: a | b, NAND: 1 - (a & b), NOR: 1 - (a | b), XOR: a ^ b, XNOR: 1 - (a ^ b) })[g];

/**
 * Gate equivalences by De Morgan's laws: NOT on both inputs of g, NOT on the output of g, and the
 * classic universal-gate constructions (g(g(A,B), g(A,B)) and g(g(A,A), g(B,B))).
 */
const INVERTED_INPUTS: Record<Gate, Gate> = { AND: 'NOR', OR: 'NAND', NAND: 'OR', NOR: 'AND', XOR: 'XOR', XNOR: 'XNOR' };
const INVERTED_OUTPUT: Record<Gate, Gate> = { AND: 'NAND', OR: 'NOR', NAND: 'AND', NOR: 'OR', XOR: 'XNOR', XNOR: 'XOR' };
const UNIVERSAL: Record<'NAND' | 'NOR', readonly [Gate, Gate]> = { NAND: ['AND', 'OR'], NOR: ['OR', 'AND'] };

const gateEquivalent: GeneratorDef = {
  id: 'p.semi.gate-equivalent', subject: P, concepts: ['P.SEMI.LOGIC'], difficulty: 2,
  build(rng) {
    const kind = rng.int(0, 2);
    let text: string;
    let hiText: string;
    let correct: Gate;
    let params: Params;
    if (kind < 2) {
      const g = rng.int(0, GATES.length - 1);
      const name = GATES[g] as Gate;
      params = { kind, g, s: 0 };
      correct = kind === 0 ? INVERTED_INPUTS[name] : INVERTED_OUTPUT[name];
      text = kind === 0
        ? `Inputs $A$ and $B$ are each passed through a NOT gate and then fed to a ${name} gate. The circuit is equivalent to a single`
        : `The output of a ${name} gate with inputs $A$ and $B$ is passed through a NOT gate. The circuit is equivalent to a single`;
      hiText = kind === 0
        ? `निवेश $A$ तथा $B$ प्रत्येक को NOT गेट से गुजारकर एक ${name} गेट में दिया जाता है। यह परिपथ किस एकल गेट के तुल्य है?`
        : `निवेश $A$ तथा $B$ वाले ${name} गेट के निर्गत को NOT गेट से गुजारा जाता है। यह परिपथ किस एकल गेट के तुल्य है?`;
    } else {
      const g = rng.int(2, 3);
      const s = rng.int(0, 1);
      const name = GATES[g] as 'NAND' | 'NOR';
      params = { kind, g, s };
      correct = UNIVERSAL[name][s] as Gate;
      const expr = s === 0 ? `${name}(${name}(A, B),\\ ${name}(A, B))` : `${name}(${name}(A, A),\\ ${name}(B, B))`;
      text = `A circuit built only of ${name} gates gives $Y = \\text{${expr}}$. The circuit is equivalent to a single`;
      hiText = `केवल ${name} गेटों से बना परिपथ $Y = \\text{${expr}}$ देता है। यह परिपथ किस एकल गेट के तुल्य है?`;
    }
    const distractors = rng.shuffle(GATES.filter((x) => x !== correct)).slice(0, 3);
    return choice({
      params,
      text: `${text} gate:`,
      correct,
      distractors,
      solution: `By De Morgan's laws $\\overline{A}\\cdot\\overline{B} = \\overline{A + B}$ and $\\overline{A} + \\overline{B} = \\overline{A\\cdot B}$; a NAND or NOR with both inputs joined is a NOT. Checking all four rows of the truth table confirms ${correct}.`,
      hi: {
        text: hiText,
        solution: `डी मॉर्गन के नियम: $\\overline{A}\\cdot\\overline{B} = \\overline{A + B}$ तथा $\\overline{A} + \\overline{B} = \\overline{A\\cdot B}$; दोनों निवेश जोड़ने पर NAND या NOR, NOT गेट बन जाता है। सत्य सारणी की चारों पंक्तियाँ जाँचने पर ${correct} प्राप्त होता है।`,
        correct,
        distractors,
      },
    });
  },
};

const bits = (t: number): [number, number, number] => [(t >> 2) & 1, (t >> 1) & 1, t & 1];
const claimTexts = (p: Params): string[] =>
  [p.t0, p.t1, p.t2, p.t3].map((t, i) => {
    const [a, b, c] = bits(t as number);
    return `For $A = ${a}$, $B = ${b}$, $C = ${c}$: $Y = ${p[`y${i}`]}$.`;
  });
const claimHindi = (p: Params): string[] =>
  [p.t0, p.t1, p.t2, p.t3].map((t, i) => {
    const [a, b, c] = bits(t as number);
    return `$A = ${a}$, $B = ${b}$, $C = ${c}$ के लिए $Y = ${p[`y${i}`]}$।`;
  });

const truthClaims: ClaimGenerator = {
  id: 'p.semi.truth-table-claims', subject: P, concepts: ['P.SEMI.LOGIC'], difficulty: 3,
  statements: claimTexts,
  build(rng) {
    const g1 = rng.int(0, GATES.length - 1);
    const g2 = rng.int(0, GATES.length - 1);
    const rows = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7]).slice(0, 4);
    const outs = rows.map((t) => { const [a, b, c] = bits(t); return gateOut(GATES[g2] as Gate, gateOut(GATES[g1] as Gate, a, b), c); });
    const flags = rows.map(() => rng.int(0, 1));
    if (!flags.includes(1)) flags[rng.int(0, 3)] = 1;
    const claimed = outs.map((y, i) => (flags[i] === 1 ? y : 1 - y));
    const params: Params = { g1, g2, t0: rows[0]!, t1: rows[1]!, t2: rows[2]!, t3: rows[3]!, y0: claimed[0]!, y1: claimed[1]!, y2: claimed[2]!, y3: claimed[3]! };
    const expr = `Y = \\text{${GATES[g2]}}(\\text{${GATES[g1]}}(A, B),\\ C)`;
    return multi({
      params,
      text: `In a logic circuit the output of a ${GATES[g1]} gate with inputs $A$, $B$ and a third input $C$ feed a ${GATES[g2]} gate, so $${expr}$. Which of the following statements is/are correct?`,
      options: claimTexts(params).map((text, i) => ({ text, correct: flags[i] === 1 })),
      solution: `Evaluate the inner gate first, then the outer gate, for each row: ${rows.map((t, i) => `$(${bits(t).join(',')}) \\to ${outs[i]}$`).join(', ')}.`,
      hi: {
        text: `एक तर्क परिपथ में निवेश $A$, $B$ वाले ${GATES[g1]} गेट का निर्गत तथा तीसरा निवेश $C$ एक ${GATES[g2]} गेट में जाते हैं, अतः $${expr}$। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `प्रत्येक पंक्ति के लिए पहले भीतरी गेट, फिर बाहरी गेट का मान निकालिए: ${rows.map((t, i) => `$(${bits(t).join(',')}) \\to ${outs[i]}$`).join(', ')}।`,
        options: claimHindi(params),
      },
    });
  },
};

/** Electronic devices in depth (unit 19): diodes in circuits, Zener regulation, doping, logic. */
export const physicsDepthDeviceGenerators: GeneratorDef[] = physicalDistractors([
  // I_R = (Vs − Vz)/R and I_L = Vz/RL in mA; even Vz, RL ∈ {1, 2} kΩ and Vs − Vz ≥ 8 V keep I_Z whole and positive.
  formula({ id: 'p.semi.zener-load', subject: P, concepts: ['P.SEMI.DIODE', 'P.CE.KIRCHHOFF'], difficulty: 3,
    vars: { Vz: [4, 6, 8, 10, 12], dV: range(8, 15), R: [100, 200, 250, 500], RL: [1, 2] },
    text: (v) => `A ${v.Vz} V Zener diode is connected in reverse bias across a ${v.RL} kΩ load; this combination is fed from a ${v.Vz + v.dV} V supply through a ${v.R} Ω series resistor. Find the current through the Zener diode in mA.`,
    hi: {
      text: (v) => `${v.Vz} V का एक जेनर डायोड पश्च अभिनति में ${v.RL} kΩ के भार के सिरों पर जुड़ा है; यह संयोजन ${v.Vz + v.dV} V की आपूर्ति से ${v.R} Ω के श्रेणी प्रतिरोध द्वारा जुड़ा है। जेनर डायोड में धारा mA में ज्ञात कीजिए।`,
      solution: (v) => `भार पर विभवान्तर $V_Z$ रहता है: $I_R = \\frac{${v.dV}}{${v.R}}$ A $= ${(v.dV * 1000) / v.R}$ mA, $I_L = ${v.Vz / v.RL}$ mA, $I_Z = I_R - I_L = ${(v.dV * 1000) / v.R - v.Vz / v.RL}$ mA।`,
    },
    unit: 'mA', result: [1, 150],
    answer: (v) => (v.dV * 1000) / v.R - v.Vz / v.RL,
    // The load current forgotten; load current added instead of subtracted; full supply across R.
    mistakes: (v) => [(v.dV * 1000) / v.R, (v.dV * 1000) / v.R + v.Vz / v.RL, ((v.Vz + v.dV) * 1000) / v.R - v.Vz / v.RL],
    solution: (v) => `The load is held at $V_Z$. Series current $I_R = \\frac{V_s - V_Z}{R} = ${(v.dV * 1000) / v.R}$ mA, load current $I_L = \\frac{V_Z}{R_L} = ${v.Vz / v.RL}$ mA, so $I_Z = I_R - I_L = ${(v.dV * 1000) / v.R - v.Vz / v.RL}$ mA.` }),

  formula({ id: 'p.semi.zener-min-load', subject: P, concepts: ['P.SEMI.DIODE', 'P.CE.OHM'], difficulty: 4,
    vars: { Vz: [5, 6, 8, 9, 10, 12], dV: range(6, 15), R: [100, 150, 200, 250, 300, 470], Izm: [2, 5, 10] },
    text: (v) => `A ${v.Vz} V Zener regulator is fed from ${v.Vz + v.dV} V through a ${v.R} Ω series resistor. The Zener needs at least ${v.Izm} mA to stay in breakdown. Find the smallest load resistance (in Ω) for which the output stays regulated.`,
    hi: {
      text: (v) => `${v.Vz} V का एक जेनर नियामक ${v.Vz + v.dV} V से ${v.R} Ω के श्रेणी प्रतिरोध द्वारा पोषित है। भंजन अवस्था में बने रहने के लिए जेनर को कम से कम ${v.Izm} mA धारा चाहिए। वह न्यूनतम भार प्रतिरोध (Ω में) ज्ञात कीजिए जिस पर निर्गत नियमित रहता है।`,
      solution: () => `$I_R = \\frac{V_s - V_Z}{R}$ नियत है; $I_{L,max} = I_R - I_{Z,min}$, अतः $R_{L,min} = \\frac{V_Z}{I_R - I_{Z,min}}$।`,
    },
    unit: 'Ω', result: [20, 5000],
    answer: (v) => v.Vz / (v.dV / v.R - v.Izm / 1000),
    // Minimum Zener current ignored; full supply voltage across the load; the currents added.
    mistakes: (v) => [v.Vz / (v.dV / v.R), (v.Vz + v.dV) / (v.dV / v.R - v.Izm / 1000), v.Vz / (v.dV / v.R + v.Izm / 1000)],
    solution: () => `The series current $I_R = \\frac{V_s - V_Z}{R}$ is fixed while regulating. The load may take at most $I_R - I_{Z,min}$, so $R_{L,min} = \\frac{V_Z}{I_R - I_{Z,min}}$; a smaller load starves the Zener and the output falls.` }),

  // Ideal diodes; Vm is the peak of the (half-)secondary feeding each conducting path.
  formula({ id: 'p.semi.rectifier-output', subject: P, concepts: ['P.SEMI.DIODE', 'P.AC.BASICS'], difficulty: 3, freeResponse: false,
    vars: { Vm: [10, 12, 15, 20, 24, 30], w: range(0, 2), q: range(0, 1) },
    text: (v) => `${[`A half-wave rectifier is fed with a sinusoidal voltage of peak ${v.Vm} V.`, `In a centre-tap full-wave rectifier, each half of the secondary has a peak voltage of ${v.Vm} V.`, `A bridge rectifier is fed with a sinusoidal voltage of peak ${v.Vm} V.`][v.w]} Taking the diodes as ideal, find ${v.q === 0 ? 'the peak inverse voltage across each diode' : 'the average (dc) output voltage'} in volts.`,
    hi: {
      text: (v) => `${[`एक अर्ध-तरंग दिष्टकारी को ${v.Vm} V शिखर वाली ज्यावक्रीय वोल्टता दी जाती है।`, `एक केन्द्र-निष्कासित (centre-tap) पूर्ण-तरंग दिष्टकारी में द्वितीयक के प्रत्येक अर्ध की शिखर वोल्टता ${v.Vm} V है।`, `एक सेतु दिष्टकारी को ${v.Vm} V शिखर वाली ज्यावक्रीय वोल्टता दी जाती है।`][v.w]} डायोडों को आदर्श मानकर ${v.q === 0 ? 'प्रत्येक डायोड पर शिखर व्युत्क्रम वोल्टता (PIV)' : 'औसत (dc) निर्गत वोल्टता'} वोल्ट में ज्ञात कीजिए।`,
      solution: () => `अर्ध-तरंग: PIV $= V_m$, $V_{dc} = V_m/\\pi$। केन्द्र-निष्कासित: PIV $= 2V_m$, $V_{dc} = 2V_m/\\pi$। सेतु: PIV $= V_m$, $V_{dc} = 2V_m/\\pi$।`,
    },
    unit: 'V', result: [3, 60],
    answer: (v) => (v.q === 0 ? [v.Vm, 2 * v.Vm, v.Vm][v.w]! : [v.Vm / Math.PI, (2 * v.Vm) / Math.PI, (2 * v.Vm) / Math.PI][v.w]!),
    // PIV of the other topology; rms taken for peak or average; half-wave and full-wave averages swapped.
    mistakes: (v) => (v.q === 0 ? [v.w === 1 ? v.Vm : 2 * v.Vm, v.Vm / Math.SQRT2, v.Vm / 2] : [v.w === 0 ? (2 * v.Vm) / Math.PI : v.Vm / Math.PI, v.Vm / Math.SQRT2, v.Vm / 2]),
    solution: () => `Half-wave: a blocked diode sees the full source, PIV $= V_m$; $V_{dc} = V_m/\\pi$. Centre-tap: a blocked diode sees both halves of the secondary, PIV $= 2V_m$; $V_{dc} = 2V_m/\\pi$. Bridge: two diodes share the reverse voltage, PIV $= V_m$; $V_{dc} = 2V_m/\\pi$.` }),

  // n ≈ N_D (ionised donors); ρ = 1/(N_D e µ_e). µ_e = 0.125 m²/V s makes N_D e µ_e = 2N S/m for N × 10²⁰ m⁻³.
  formula({ id: 'p.semi.doped-resistivity', subject: P, concepts: ['P.SEMI.BASICS'], difficulty: 3,
    vars: { N: [1, 2, 2.5, 5, 10], w: range(0, 1) },
    text: (v) => `Silicon is doped with ${v.N} × $10^{20}$ donor atoms per m³ (all ionised). The electron and hole mobilities are 0.125 and 0.05 m²/(V s), and $n_i = 1.5 \\times 10^{16}$ m⁻³ ($e = 1.6 \\times 10^{-19}$ C). Find its ${v.w === 0 ? 'resistivity in Ω cm' : 'conductivity in S/m'}.`,
    hi: {
      text: (v) => `सिलिकॉन को प्रति m³ ${v.N} × $10^{20}$ दाता परमाणुओं (सभी आयनित) से अपमिश्रित किया गया है। इलेक्ट्रॉन तथा होल की गतिशीलताएँ 0.125 तथा 0.05 m²/(V s) हैं, तथा $n_i = 1.5 \\times 10^{16}$ m⁻³ ($e = 1.6 \\times 10^{-19}$ C)। इसकी ${v.w === 0 ? 'प्रतिरोधकता Ω cm में' : 'चालकता S/m में'} ज्ञात कीजिए।`,
      solution: () => `$n_e \\approx N_D$ तथा $n_h = n_i^2/N_D$ नगण्य है; $\\sigma = e(n_e\\mu_e + n_h\\mu_h) \\approx N_De\\mu_e$ तथा $\\rho = 1/\\sigma$ (1 Ω m = 100 Ω cm)।`,
    },
    unit: '', result: [2, 50],
    answer: (v) => (v.w === 0 ? 50 / v.N : 2 * v.N),
    // Ω m reported as Ω cm; hole mobility used for the majority carriers; σ and ρ confused.
    mistakes: (v) => (v.w === 0 ? [0.5 / v.N, (50 / v.N) * 2.5, 2 * v.N] : [0.02 * v.N, 0.8 * v.N, 50 / v.N]),
    solution: () => `Majority electrons: $n_e \\approx N_D$; holes $n_h = n_i^2/N_D$ are negligible. $\\sigma = e(n_e\\mu_e + n_h\\mu_h) \\approx N_De\\mu_e$ (S/m) and $\\rho = 1/\\sigma$ (1 Ω m = 100 Ω cm).` }),

  gateEquivalent,
  truthClaims,

  // Constant-drop model: each forward-biased Si diode drops 0.7 V; E is chosen so I is whole mA.
  formula({ id: 'p.semi.diode-drop', subject: P, concepts: ['P.SEMI.DIODE', 'P.CE.OHM'], difficulty: 3,
    vars: { n: [1, 2], R: [100, 200, 500, 1000], I: range(5, 20) },
    text: (v) => `${v.n === 1 ? 'A silicon diode' : 'Two silicon diodes'} (0.7 V forward drop each) ${v.n === 1 ? 'is' : 'are'} connected in forward bias in series with a ${v.R} Ω resistor across a ${d(0.7 * v.n + (v.I * v.R) / 1000)} V battery. Find the current in mA.`,
    hi: {
      text: (v) => `${v.n === 1 ? 'एक सिलिकॉन डायोड' : 'दो सिलिकॉन डायोड'} (प्रत्येक पर 0.7 V अग्र वोल्टता पात) अग्र अभिनति में ${v.R} Ω के प्रतिरोध के साथ श्रेणीक्रम में ${d(0.7 * v.n + (v.I * v.R) / 1000)} V की बैटरी से जुड़े हैं। धारा mA में ज्ञात कीजिए।`,
      solution: (v) => `$I = \\frac{E - ${v.n} \\times 0.7}{R} = ${v.I}$ mA।`,
    },
    unit: 'mA', result: [5, 20],
    answer: (v) => v.I,
    // Drop ignored; drop added (sign error); germanium's 0.3 V used.
    mistakes: (v) => { const E = 0.7 * v.n + (v.I * v.R) / 1000; return [(E * 1000) / v.R, ((E + 0.7 * v.n) * 1000) / v.R, ((E - 0.3 * v.n) * 1000) / v.R]; },
    solution: (v) => `The diodes take $${v.n} \\times 0.7$ V; the rest drives the resistor: $I = \\frac{E - ${d(0.7 * v.n)}}{R} = ${v.I}$ mA.` }),
]);
