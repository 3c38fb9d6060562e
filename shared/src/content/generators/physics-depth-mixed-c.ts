import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** Infinite ladder (series r, shunt s) with a whole-number input resistance (r + √(r² + 4rs))/2. */
const LADDERS = [[1, 2], [2, 4], [1, 6], [1, 12], [2, 12], [3, 6], [1, 20], [2, 24], [4, 8], [3, 18]] as const;
const ladder = (i: number) => LADDERS[i] as readonly [number, number];
/** Three parallel branches (E V, R Ω) between two nodes. */
const BRANCH_R = [[1, 2, 2], [2, 3, 6], [1, 1, 2], [2, 4, 4], [3, 6, 2]] as const;
/** Metre-bridge null points l₁ → l₂ (cm) before and after adding r in series with X. */
const NULLS = [[40, 50], [20, 50], [25, 50], [20, 60], [40, 60], [50, 75], [25, 60]] as const;
const nulls = (i: number) => NULLS[i] as readonly [number, number];
/** Rotating rod: pivot at an end, emf end to end; pivot at the centre, emf centre to end; pivot at L/4, emf end to end. */
const ROD_EN = ['about one end; find the emf between its ends', 'about its midpoint; find the emf between the midpoint and one end', 'about a point one quarter of its length from one end; find the emf between its ends'] as const;
const ROD_HI = ['अपने एक सिरे के परितः घूमती है; इसके सिरों के बीच विद्युत वाहक बल', 'अपने मध्य-बिन्दु के परितः घूमती है; मध्य-बिन्दु तथा एक सिरे के बीच विद्युत वाहक बल', 'एक सिरे से लम्बाई के एक-चौथाई पर स्थित बिन्दु के परितः घूमती है; इसके सिरों के बीच विद्युत वाहक बल'] as const;
const ROD_K = [0.5, 0.125, 0.25] as const;
/** Finite line charge seen from its perpendicular bisector: (half-length, distance, hypotenuse) in cm. */
const SEG = [[3, 4, 5], [4, 3, 5], [5, 12, 13], [12, 5, 13], [6, 8, 10], [8, 6, 10], [8, 15, 17], [15, 8, 17]] as const;
const seg = (i: number) => SEG[i] as readonly [number, number, number];
/** Tank depth H and hole depth h (m) with h(H − h) a perfect square. */
const TANKS = [[5, 1], [5, 4], [10, 2], [10, 8], [4, 2], [13, 4], [2, 1], [8, 4], [10, 5], [20, 4], [20, 10], [13, 9]] as const;
const tank = (i: number) => TANKS[i] as readonly [number, number];
/** Binary stars: separation (AU) and the two masses (solar masses) with √(d³/M) whole. */
const BINARIES = [[2, 1, 1], [2, 3, 5], [4, 0.5, 0.5], [4, 1, 3], [4, 6, 10], [1, 0.4, 0.6], [9, 4, 5], [9, 0.3, 0.7], [8, 0.8, 1.2], [8, 3, 5], [16, 1.5, 2.5], [16, 6, 10]] as const;
const binary = (i: number) => BINARIES[i] as readonly [number, number, number];
/** Gas pairs (A, M_A, B, M_B) with M_B/M_A whole. */
const GASES = [['hydrogen', 2, 'helium', 4], ['helium', 4, 'oxygen', 32], ['helium', 4, 'argon', 40], ['helium', 4, 'neon', 20], ['neon', 20, 'argon', 40], ['helium', 4, 'nitrogen', 28], ['hydrogen', 2, 'neon', 20]] as const;
const GASES_HI: Record<string, string> = { hydrogen: 'हाइड्रोजन', helium: 'हीलियम', oxygen: 'ऑक्सीजन', argon: 'आर्गन', neon: 'नियॉन', nitrogen: 'नाइट्रोजन' };
const gas = (i: number) => GASES[i] as readonly [string, number, string, number];
/** L-shaped wires: arm lengths (cm) from right triangles. */
const ARMS = [[3, 4], [6, 8], [5, 12], [8, 15], [9, 12], [12, 16]] as const;
/** Polytropic exponents n (PVⁿ = const) shown as text. */
const POLY = [['2', 2], ['3', 3], ['\\frac12', 0.5], ['-1', -1]] as const;

/** Circuits, induction, fields, fluids, orbits, heat, gases, optics, thermodynamics and sound: further shapes. */
export const physicsDepthMixedCGenerators: GeneratorDef[] = physicalDistractors([
  // Infinite ladder: R = r + (s ∥ R) ⇒ R = (r + √(r² + 4rs))/2.
  formula({ id: 'p.ce.infinite-ladder', subject: P, concepts: ['P.CE.COMBO'], difficulty: 4,
    vars: { i: range(0, 9), E: [6, 12, 24], w: range(0, 1) },
    text: (v) => `An infinite ladder network has a ${ladder(v.i)[0]} Ω resistor in each series arm and a ${ladder(v.i)[1]} Ω resistor in each rung. ${v.w === 0 ? 'Find the resistance (in Ω) between its input terminals.' : `An ideal ${v.E} V battery is connected across the input terminals. Find the current (in A) it delivers.`}`,
    hi: {
      text: (v) => `एक अनन्त सीढ़ी परिपथ की प्रत्येक श्रेणी भुजा में ${ladder(v.i)[0]} Ω तथा प्रत्येक डण्डे में ${ladder(v.i)[1]} Ω का प्रतिरोधक है। ${v.w === 0 ? 'इसके निवेश टर्मिनलों के बीच प्रतिरोध (Ω में) ज्ञात कीजिए।' : `निवेश टर्मिनलों पर ${v.E} V की आदर्श बैटरी जोड़ी जाती है। इससे निकलने वाली धारा (A में) ज्ञात कीजिए।`}`,
      solution: () => `एक खण्ड हटाने पर शेष जाल वही रहता है: $R = r + \\frac{sR}{s + R}$, अतः $R^2 - rR - rs = 0$ तथा $R = \\frac{r + \\sqrt{r^2 + 4rs}}{2}$।`,
    },
    unit: '', result: [0.5, 24],
    answer: (v) => { const [r, s] = ladder(v.i); const R = Math.round((r + Math.sqrt(r * r + 4 * r * s)) / 2); return v.w === 0 ? R : v.E / R; },
    // One section only (r + s); r ∥ s + r taken as r + rs/(r + s); the other root's magnitude.
    mistakes: (v) => { const [r, s] = ladder(v.i); const R = Math.round((r + Math.sqrt(r * r + 4 * r * s)) / 2); const wrong = [r + s, r + (r * s) / (r + s), R - r]; return v.w === 0 ? wrong : wrong.map((x) => v.E / x); },
    solution: () => `Removing the first section leaves the same infinite network, so $R = r + \\frac{sR}{s + R}$, i.e. $R^2 - rR - rs = 0$, whose positive root is $R = \\frac{r + \\sqrt{r^2 + 4rs}}{2}$.` }),

  // Three batteries in parallel between two nodes: V = Σ(E/R)/Σ(1/R) (Millman).
  formula({ id: 'p.ce.three-branches', subject: P, concepts: ['P.CE.KIRCHHOFF', 'P.CE.CELLS'], difficulty: 4,
    vars: { b: range(0, 4), E1: [2, 4, 6], E2: [3, 6, 9], E3: [1, 5, 10], w: range(0, 1) },
    text: (v) => `Three branches join the same two points A and B. Each has a cell (positive terminal towards A) in series with a resistor: ${v.E1} V with ${BRANCH_R[v.b]![0]} Ω, ${v.E2} V with ${BRANCH_R[v.b]![1]} Ω, and ${v.E3} V with ${BRANCH_R[v.b]![2]} Ω. Find ${v.w === 0 ? 'the potential difference (in V) between A and B' : 'the magnitude of the current (in A) in the third branch'}.`,
    hi: {
      text: (v) => `तीन शाखाएँ उन्हीं दो बिन्दुओं A तथा B को जोड़ती हैं। प्रत्येक में एक सेल (धन टर्मिनल A की ओर) एक प्रतिरोधक के श्रेणीक्रम में है: ${v.E1} V के साथ ${BRANCH_R[v.b]![0]} Ω, ${v.E2} V के साथ ${BRANCH_R[v.b]![1]} Ω, तथा ${v.E3} V के साथ ${BRANCH_R[v.b]![2]} Ω। ${v.w === 0 ? 'A तथा B के बीच विभवान्तर (V में)' : 'तीसरी शाखा में धारा का परिमाण (A में)'} ज्ञात कीजिए।`,
      solution: () => `A पर किरचॉफ का धारा नियम: $\\sum\\frac{E_i - V}{R_i} = 0$, अतः $V = \\frac{\\sum E_i/R_i}{\\sum 1/R_i}$; तीसरी शाखा में धारा $\\frac{|E_3 - V|}{R_3}$।`,
    },
    unit: '', result: [0, 10],
    answer: (v) => { const [a, b, c] = BRANCH_R[v.b]!; const V = (v.E1 / a + v.E2 / b + v.E3 / c) / (1 / a + 1 / b + 1 / c); return v.w === 0 ? V : Math.abs(v.E3 - V) / c; },
    // Mean of the emfs; resistances ignored for the sum of emfs over the sum of resistances; (current) E₃/R₃ alone.
    mistakes: (v) => { const [a, b, c] = BRANCH_R[v.b]!; const V = (v.E1 / a + v.E2 / b + v.E3 / c) / (1 / a + 1 / b + 1 / c); const mean = (v.E1 + v.E2 + v.E3) / 3; return v.w === 0 ? [mean, (v.E1 + v.E2 + v.E3) / (a + b + c), (v.E1 * a + v.E2 * b + v.E3 * c) / (a + b + c)] : [v.E3 / c, Math.abs(v.E3 - mean) / c, (v.E3 + V) / c]; },
    solution: () => `Let $V = V_A - V_B$. Each branch carries $\\frac{E_i - V}{R_i}$ from B to A; these add to zero at A, so $V = \\frac{\\sum E_i/R_i}{\\sum 1/R_i}$. The third branch then carries $\\frac{|E_3 - V|}{R_3}$.` }),

  // Metre bridge, null l₁ then l₂ after r is added in series with X: two equations for X and S.
  formula({ id: 'p.ce.bridge-two-nulls', subject: P, concepts: ['P.CE.METERBRIDGE'], difficulty: 4,
    vars: { i: range(0, 6), r: [5, 10, 15, 20, 30], w: range(0, 1) },
    text: (v) => `In a metre bridge with an unknown resistance X in the left gap and a resistance S in the right gap, the null point is ${nulls(v.i)[0]} cm from the left end. When a ${v.r} Ω resistor is put in series with X, the null point moves to ${nulls(v.i)[1]} cm. Find ${v.w === 0 ? 'X' : 'S'} (in Ω).`,
    hi: {
      text: (v) => `एक मीटर सेतु के बाएँ अन्तराल में अज्ञात प्रतिरोध X तथा दाएँ अन्तराल में प्रतिरोध S है; शून्य-विक्षेप बिन्दु बाएँ सिरे से ${nulls(v.i)[0]} cm पर है। X के श्रेणीक्रम में ${v.r} Ω का प्रतिरोधक लगाने पर शून्य-विक्षेप बिन्दु ${nulls(v.i)[1]} cm पर चला जाता है। ${v.w === 0 ? 'X' : 'S'} (Ω में) ज्ञात कीजिए।`,
      solution: () => `$\\frac{X}{S} = \\frac{l_1}{100 - l_1}$ तथा $\\frac{X + r}{S} = \\frac{l_2}{100 - l_2}$; घटाने पर $S = \\frac{r}{\\frac{l_2}{100 - l_2} - \\frac{l_1}{100 - l_1}}$।`,
    },
    unit: 'Ω', result: [0.5, 100],
    answer: (v) => { const [l1, l2] = nulls(v.i); const S = v.r / (l2 / (100 - l2) - l1 / (100 - l1)); return v.w === 0 ? (S * l1) / (100 - l1) : S; },
    // Ratios taken as l/100 (not l/(100 − l)); X and S swapped; r itself.
    mistakes: (v) => { const [l1, l2] = nulls(v.i); const S1 = v.r / (l2 / 100 - l1 / 100); const S = v.r / (l2 / (100 - l2) - l1 / (100 - l1)); return v.w === 0 ? [(S1 * l1) / 100, S, v.r] : [S1, (S * l1) / (100 - l1), v.r]; },
    solution: () => `Balance: $\\frac{X}{S} = \\frac{l_1}{100 - l_1}$ and $\\frac{X + r}{S} = \\frac{l_2}{100 - l_2}$. Subtracting, $\\frac{r}{S} = \\frac{l_2}{100 - l_2} - \\frac{l_1}{100 - l_1}$, which gives $S$ and then $X = S\\frac{l_1}{100 - l_1}$.` }),

  // Rotating rod in a perpendicular field: emf between points at r₁, r₂ from the pivot = ½Bω|r₂² − r₁²|.
  formula({ id: 'p.emi.rotating-rod', subject: P, concepts: ['P.EMI.FARADAY'], difficulty: 3,
    vars: { c: range(0, 2), B: [0.2, 0.4, 0.5, 1], om: [4, 10, 20], L: [1, 2] },
    text: (v) => `A metal rod of length ${v.L} m rotates at ${v.om} rad/s in a plane perpendicular to a uniform magnetic field of ${v.B} T, ${ROD_EN[v.c]} in mV.`,
    hi: {
      text: (v) => `${v.L} m लम्बी एक धातु की छड़ ${v.B} T के एकसमान चुम्बकीय क्षेत्र के लम्बवत तल में ${v.om} rad/s से ${ROD_HI[v.c]} mV में ज्ञात कीजिए।`,
      solution: () => `घूर्णन अक्ष से $r$ पर वेग $\\omega r$; $d\\varepsilon = B\\omega r\\,dr$, अतः दो बिन्दुओं के बीच $\\frac12B\\omega|r_2^2 - r_1^2|$।`,
    },
    unit: 'mV', result: [100, 40000],
    answer: (v) => Math.round(ROD_K[v.c]! * v.B * v.om * v.L * v.L * 1000 * 1e6) / 1e6,
    // The ½ dropped; the end-pivot ½BωL² used whatever the pivot; (pivot at L/4) only the longer part counted,
    // (other pivots) the length halved.
    mistakes: (v) => { const base = v.B * v.om * v.L * v.L * 1000; return [base, 0.5 * base, v.c === 2 ? 0.5 * base * (9 / 16) : 0.125 * base * (v.c === 0 ? 1 : 0.25)]; },
    solution: () => `A point at distance $r$ from the axis moves at $\\omega r$, so $d\\varepsilon = B\\omega r\\,dr$ and the emf between $r_1$ and $r_2$ is $\\frac12B\\omega|r_2^2 - r_1^2|$: $\\frac12B\\omega L^2$ about an end, $\\frac18B\\omega L^2$ from the centre to an end, and $\\frac12B\\omega\\left(\\frac{9L^2}{16} - \\frac{L^2}{16}\\right) = \\frac14B\\omega L^2$ for a pivot at $L/4$.` }),

  // Concentric shells: V_a − V_b = kq₁(1/a − 1/b); V_a = k(q₁/a + q₂/b).
  formula({ id: 'p.es.concentric-shells', subject: P, concepts: ['P.ES.POTENTIAL', 'P.ES.GAUSS'], difficulty: 4,
    vars: { q1: [1, 2, 3, 5], q2: [1, 2, 4], a: [5, 10], b: [15, 20, 30], w: range(0, 1) },
    text: (v) => `Two thin concentric conducting shells have radii ${v.a} cm and ${v.b} cm and carry charges of ${v.q1} µC (inner) and ${v.q2} µC (outer). Find ${v.w === 0 ? 'the potential difference (in kV) between the inner and the outer shell' : 'the potential (in kV) of the inner shell'} ($k = 9 \\times 10^9$ N m²/C²).`,
    hi: {
      text: (v) => `दो पतले संकेन्द्री चालक कोशों की त्रिज्याएँ ${v.a} cm तथा ${v.b} cm हैं और इन पर ${v.q1} µC (भीतरी) तथा ${v.q2} µC (बाहरी) आवेश हैं। ${v.w === 0 ? 'भीतरी तथा बाहरी कोश के बीच विभवान्तर (kV में)' : 'भीतरी कोश का विभव (kV में)'} ज्ञात कीजिए ($k = 9 \\times 10^9$ N m²/C²)।`,
      solution: () => `कोश के भीतर उसका विभव नियत $kq/R$; अतः $V_a = k\\left(\\frac{q_1}{a} + \\frac{q_2}{b}\\right)$, $V_b = \\frac{k(q_1 + q_2)}{b}$, $V_a - V_b = kq_1\\left(\\frac1a - \\frac1b\\right)$।`,
    },
    unit: 'kV', result: [25, 1200],
    answer: (v) => { const k = 9e9 * 1e-6 / 1000; return v.w === 0 ? k * v.q1 * (100 / v.a - 100 / v.b) : k * (v.q1 * (100 / v.a) + v.q2 * (100 / v.b)); },
    // The outer charge counted in the difference; the outer shell's potential taken as kq₂/b; charges added at radius a.
    mistakes: (v) => { const k = 9e9 * 1e-6 / 1000; return v.w === 0 ? [k * (v.q1 + v.q2) * (100 / v.a - 100 / v.b), k * v.q1 * (100 / v.a), k * (v.q1 * (100 / v.a) - v.q2 * (100 / v.b))] : [k * (v.q1 + v.q2) * (100 / v.a), k * v.q1 * (100 / v.a), k * (v.q1 + v.q2) * (100 / v.b)]; },
    solution: () => `Inside a charged shell its own potential is constant, $\\frac{kq}{R}$. So $V_a = k\\left(\\frac{q_1}{a} + \\frac{q_2}{b}\\right)$, $V_b = \\frac{k(q_1 + q_2)}{b}$ and $V_a - V_b = kq_1\\left(\\frac1a - \\frac1b\\right)$, independent of $q_2$.` }),

  // Finite line charge, field on its perpendicular bisector: E = 2kλ sin θ/d with sin θ = (L/2)/√(d² + L²/4).
  formula({ id: 'p.es.finite-line-field', subject: P, concepts: ['P.ES.FIELD'], difficulty: 4,
    vars: { i: range(0, 7), s: [1, 2], lam: [1, 2, 5] },
    text: (v) => `A thin straight rod of length ${2 * seg(v.i)[0] * v.s} cm carries a uniform charge of ${v.lam} µC per metre. Find the electric field (in kN/C) at a point ${seg(v.i)[1] * v.s} cm from the rod's midpoint on its perpendicular bisector ($k = 9 \\times 10^9$ N m²/C²).`,
    hi: {
      text: (v) => `${2 * seg(v.i)[0] * v.s} cm लम्बी एक पतली सीधी छड़ पर ${v.lam} µC प्रति मीटर का एकसमान आवेश है। छड़ के मध्य-बिन्दु से उसके लम्बार्धक पर ${seg(v.i)[1] * v.s} cm दूर बिन्दु पर विद्युत क्षेत्र (kN/C में) ज्ञात कीजिए ($k = 9 \\times 10^9$ N m²/C²)।`,
      solution: () => `समाकलन से $E = \\frac{k\\lambda}{d}(\\sin\\theta_1 + \\sin\\theta_2) = \\frac{2k\\lambda}{d}\\sin\\theta$, जहाँ $\\sin\\theta = \\frac{L/2}{\\sqrt{d^2 + L^2/4}}$।`,
    },
    unit: 'kN/C', result: [20, 3000],
    answer: (v) => { const [h, d, c] = seg(v.i); return ((2 * 9e9 * v.lam * 1e-6) / ((d * v.s) / 100)) * (h / c) / 1000; },
    // Infinite-line formula 2kλ/d; a point charge λL at distance d; cos θ used for sin θ.
    mistakes: (v) => { const [h, d, c] = seg(v.i); const dm = (d * v.s) / 100; return [(2 * 9e9 * v.lam * 1e-6) / dm / 1000, (9e9 * v.lam * 1e-6 * ((2 * h * v.s) / 100)) / (dm * dm) / 1000, ((2 * 9e9 * v.lam * 1e-6) / dm) * (d / c) / 1000]; },
    solution: () => `Adding the perpendicular components of $dE = \\frac{k\\lambda\\,dx}{r^2}$ along the rod gives $E = \\frac{k\\lambda}{d}(\\sin\\theta_1 + \\sin\\theta_2)$; on the bisector $E = \\frac{2k\\lambda}{d}\\sin\\theta$ with $\\sin\\theta = \\frac{L/2}{\\sqrt{d^2 + L^2/4}}$. The infinite-line value $\\frac{2k\\lambda}{d}$ is the limit $\\theta \\to 90°$.` }),

  // Jet from a hole at depth h in a tank of depth H (open, on the ground): range 2√(h(H − h)).
  formula({ id: 'p.flu.tank-jet-range', subject: P, concepts: ['P.FLU.BERNOULLI', 'P.KIN.PROJ'], difficulty: 3,
    vars: { i: range(0, 11) },
    text: (v) => `A large open tank standing on level ground is filled with water to a depth of ${tank(v.i)[0]} m. A small hole is made in its side ${tank(v.i)[1]} m below the water surface. How far (in m) from the tank's side does the jet strike the ground?`,
    hi: {
      text: (v) => `समतल भूमि पर रखी एक बड़ी खुली टंकी में ${tank(v.i)[0]} m गहराई तक पानी भरा है। इसकी दीवार में पानी की सतह से ${tank(v.i)[1]} m नीचे एक छोटा छिद्र किया जाता है। धार टंकी की दीवार से कितनी दूरी (m में) पर भूमि से टकराती है?`,
      solution: () => `टॉरिसेली: $v = \\sqrt{2gh}$; छिद्र की भूमि से ऊँचाई $H - h$, गिरने का समय $\\sqrt{2(H - h)/g}$; परास $x = 2\\sqrt{h(H - h)}$।`,
    },
    unit: 'm', result: [2, 20],
    answer: (v) => { const [H, h] = tank(v.i); return Math.round(2 * Math.sqrt(h * (H - h))); },
    // The 2 dropped; the hole's height taken as h (fall through H); √(2h(H − h)).
    mistakes: (v) => { const [H, h] = tank(v.i); return [Math.sqrt(h * (H - h)), 2 * Math.sqrt(h * H), Math.sqrt(2 * h * (H - h))]; },
    solution: () => `Bernoulli (Torricelli): the jet leaves horizontally at $v = \\sqrt{2gh}$. It falls from height $H - h$ in $t = \\sqrt{\\frac{2(H - h)}{g}}$, so $x = vt = 2\\sqrt{h(H - h)}$, largest for a hole at mid-depth.` }),

  // Binary star: T² = d³/(m₁ + m₂) in years, AU and solar masses.
  formula({ id: 'p.grav.binary-period', subject: P, concepts: ['P.GRAV.ORBIT', 'P.ROT.COM'], difficulty: 3,
    vars: { i: range(0, 11) },
    text: (v) => `Two stars of ${binary(v.i)[1]} and ${binary(v.i)[2]} solar masses, ${binary(v.i)[0]} AU apart, move in circles about their common centre of mass. Find their orbital period in years (for the Earth–Sun system, 1 AU, 1 solar mass and 1 year; the Earth's mass is negligible).`,
    hi: {
      text: (v) => `${binary(v.i)[1]} तथा ${binary(v.i)[2]} सौर द्रव्यमान के दो तारे, ${binary(v.i)[0]} AU दूर, अपने उभयनिष्ठ द्रव्यमान केन्द्र के परितः वृत्तों में घूमते हैं। इनका कक्षीय आवर्तकाल वर्षों में ज्ञात कीजिए (पृथ्वी–सूर्य निकाय के लिए 1 AU, 1 सौर द्रव्यमान तथा 1 वर्ष; पृथ्वी का द्रव्यमान नगण्य)।`,
      solution: () => `आपेक्षिक गति: $\\frac{G(m_1 + m_2)}{d^2} = \\omega^2d$, अतः $T^2 = \\frac{4\\pi^2d^3}{G(m_1 + m_2)}$; सौर इकाइयों में $T = \\sqrt{\\frac{d^3}{m_1 + m_2}}$।`,
    },
    unit: 'years', result: [1, 32],
    answer: (v) => { const [d, a, b] = binary(v.i); return Math.round(Math.sqrt((d * d * d) / (a + b))); },
    // Only the heavier star's mass; d/2 used as the orbit radius; the masses ignored.
    mistakes: (v) => { const [d, a, b] = binary(v.i); return [Math.sqrt((d * d * d) / Math.max(a, b)), Math.sqrt(((d / 2) ** 3) / (a + b)), Math.sqrt(d * d * d)]; },
    solution: () => `The separation obeys $\\ddot{\\vec d} = -\\frac{G(m_1 + m_2)}{d^3}\\vec d$, so Kepler's third law holds with the total mass: $T^2 = \\frac{4\\pi^2d^3}{G(m_1 + m_2)}$. Scaling by the Earth–Sun system, $T(\\text{yr}) = \\sqrt{\\frac{d(\\text{AU})^3}{M(\\text{solar masses})}}$.` }),

  // Ice at 0 °C dropped into warm water: it all melts only if the water can give 80 cal/g.
  formula({ id: 'p.heat.ice-melted', subject: P, concepts: ['P.HEAT.CALORIMETRY'], difficulty: 3,
    vars: { mi: [20, 40, 50, 100, 150], mw: [100, 200, 300, 400], Tw: [20, 40, 60, 80] },
    text: (v) => `${v.mi} g of ice at 0 °C is dropped into ${v.mw} g of water at ${v.Tw} °C in a vessel of negligible heat capacity (latent heat of fusion 80 cal/g, specific heat of water 1 cal/(g °C)). How much ice (in g) melts?`,
    hi: {
      text: (v) => `0 °C की ${v.mi} g बर्फ को नगण्य ऊष्मा धारिता वाले पात्र में ${v.Tw} °C के ${v.mw} g पानी में डाला जाता है (गलन की गुप्त ऊष्मा 80 cal/g, पानी की विशिष्ट ऊष्मा 1 cal/(g °C))। कितनी बर्फ (g में) पिघलती है?`,
      solution: () => `पानी के 0 °C तक ठण्डा होने में उपलब्ध ऊष्मा $m_wT_w$; सारी बर्फ पिघलाने के लिए $80m_i$ चाहिए। यदि $m_wT_w < 80m_i$ तो केवल $\\frac{m_wT_w}{80}$ g पिघलती है।`,
    },
    unit: 'g', result: [20, 150],
    answer: (v) => Math.min(v.mi, (v.mw * v.Tw) / 80),
    // Melted mass taken as m_wT_w/80 even beyond the ice present (or all the ice always); heat shared with the melt water.
    mistakes: (v) => [(v.mw * v.Tw) / 80, v.mi, Math.min(v.mi, (v.mw * v.Tw) / (80 + v.Tw))],
    solution: () => `The water can give at most $m_wcT_w$ in cooling to 0 °C. Melting all the ice needs $m_iL$. If $m_wT_w \\ge 80m_i$ all of it melts (and the mixture ends above 0 °C); otherwise the mixture stays at 0 °C with $\\frac{m_wT_w}{80}$ g melted.` }),

  // Same rms speed: T_B = T_A·M_B/M_A.
  formula({ id: 'p.ktg.equal-rms-temperature', subject: P, concepts: ['P.KTG.RMS'], difficulty: 2,
    vars: { i: range(0, 6), tc: [-73, -23, 27, 127] },
    text: (v) => `At what temperature (in K) will the rms speed of ${gas(v.i)[2]} molecules (molar mass ${gas(v.i)[3]} g/mol) equal that of ${gas(v.i)[0]} molecules (molar mass ${gas(v.i)[1]} g/mol) at ${v.tc} °C?`,
    hi: {
      text: (v) => `किस ताप (K में) पर ${GASES_HI[gas(v.i)[2]]} अणुओं (मोलर द्रव्यमान ${gas(v.i)[3]} g/mol) की rms चाल ${v.tc} °C पर ${GASES_HI[gas(v.i)[0]]} अणुओं (मोलर द्रव्यमान ${gas(v.i)[1]} g/mol) की rms चाल के बराबर होगी?`,
      solution: () => `$v_{rms} = \\sqrt{\\frac{3RT}{M}}$; बराबर होने पर $\\frac{T_B}{M_B} = \\frac{T_A}{M_A}$, $T$ केल्विन में।`,
    },
    unit: 'K', result: [200, 4000],
    answer: (v) => ((v.tc + 273) * gas(v.i)[3]) / gas(v.i)[1],
    // Celsius used without conversion (result read as K); the mass ratio inverted; √ of the mass ratio.
    mistakes: (v) => { const T = v.tc + 273, r = gas(v.i)[3] / gas(v.i)[1]; return [Math.abs(v.tc) * r, T / r, T * Math.sqrt(r)]; },
    solution: () => `$v_{rms} = \\sqrt{\\frac{3RT}{M}}$ depends on $T/M$. Equal speeds need $\\frac{T_B}{M_B} = \\frac{T_A}{M_A}$, with temperatures in kelvin.` }),

  // Force on a bent wire in a uniform field ⟂ its plane: that on the straight segment joining its ends.
  formula({ id: 'p.mag.bent-wire-force', subject: P, concepts: ['P.MAG.FORCE'], difficulty: 3,
    vars: { c: range(0, 6), B: [0.2, 0.5, 1], I: [2, 4, 5, 10] },
    text: (v) => `A wire carrying ${v.I} A lies in a plane perpendicular to a uniform magnetic field of ${v.B} T. It is ${v.c === 6 ? 'a semicircle of radius 10 cm' : `bent into an L with arms of ${ARMS[v.c]![0]} cm and ${ARMS[v.c]![1]} cm at right angles`}. Find the magnitude of the total magnetic force on it in mN.`,
    hi: {
      text: (v) => `${v.I} A धारा वाला एक तार ${v.B} T के एकसमान चुम्बकीय क्षेत्र के लम्बवत तल में स्थित है। यह ${v.c === 6 ? '10 cm त्रिज्या का एक अर्धवृत्त है' : `${ARMS[v.c]![0]} cm तथा ${ARMS[v.c]![1]} cm की परस्पर लम्बवत भुजाओं वाले L आकार में मुड़ा है`}। इस पर कुल चुम्बकीय बल का परिमाण mN में ज्ञात कीजिए।`,
      solution: () => `$\\vec F = I\\left(\\int d\\vec l\\right) \\times \\vec B = I\\vec L_{eff} \\times \\vec B$, जहाँ $\\vec L_{eff}$ सिरों को मिलाने वाला सदिश; $F = BIL_{eff}$।`,
    },
    unit: 'mN', result: [20, 2000],
    answer: (v) => { const L = v.c === 6 ? 20 : Math.round(Math.hypot(ARMS[v.c]![0], ARMS[v.c]![1])); return Math.round(v.B * v.I * L * 10 * 1e6) / 1e6; },
    // Arm forces added as scalars (or the arc length used); one arm only; the force per cm read as per m.
    mistakes: (v) => { const len = v.c === 6 ? 10 * Math.PI : ARMS[v.c]![0] + ARMS[v.c]![1]; const one = v.c === 6 ? 10 : ARMS[v.c]![1]; const L = v.c === 6 ? 20 : Math.hypot(ARMS[v.c]![0], ARMS[v.c]![1]); return [v.B * v.I * len * 10, v.B * v.I * one * 10, v.B * v.I * L * 1000]; },
    solution: () => `In a uniform field $\\vec F = I\\left(\\int d\\vec l\\right) \\times \\vec B$, and $\\int d\\vec l$ is the straight vector from one end to the other. With $\\vec B$ perpendicular to the plane, $F = BIL_{eff}$: the hypotenuse for the L, the diameter for the semicircle.` }),

  // Plano-convex lens silvered: on the plane face f = R/(2(μ − 1)); on the curved face f = R/(2μ).
  formula({ id: 'p.opt.silvered-lens', subject: P, concepts: ['P.OPT.LENS', 'P.OPT.REFLECT'], difficulty: 4,
    vars: { R: [20, 30, 40, 60], mu: [1.5, 1.6], w: range(0, 1) },
    text: (v) => `A thin plano-convex lens of refractive index ${v.mu} has a curved surface of radius ${v.R} cm. Its ${v.w === 0 ? 'plane' : 'curved'} face is silvered. Find the focal length (in cm, magnitude) of the resulting mirror system.`,
    hi: {
      text: (v) => `${v.mu} अपवर्तनांक वाले एक पतले समतलोत्तल लेंस के वक्र पृष्ठ की त्रिज्या ${v.R} cm है। इसके ${v.w === 0 ? 'समतल' : 'वक्र'} फलक पर रजतन किया गया है। प्राप्त दर्पण निकाय की फोकस दूरी (cm में, परिमाण) ज्ञात कीजिए।`,
      solution: () => `$\\frac1F = \\frac{2}{f_l} + \\frac{1}{f_m}$: समतल रजतन ($f_m = \\infty$) से $F = \\frac{f_l}{2} = \\frac{R}{2(\\mu - 1)}$; वक्र रजतन ($f_m = R/2$) से $F = \\frac{R}{2\\mu}$।`,
    },
    unit: 'cm', result: [5, 60],
    answer: (v) => (v.w === 0 ? v.R / (2 * (v.mu - 1)) : v.R / (2 * v.mu)),
    // Lens focal length alone; the silvered surface's mirror alone (R/2); the light passed through the lens once.
    mistakes: (v) => (v.w === 0 ? [v.R / (v.mu - 1), v.R / 2, v.R / (2 * v.mu)] : [v.R / (v.mu - 1), v.R / 2, 1 / (1 / (v.R / (v.mu - 1)) + 2 / v.R)]),
    solution: () => `Light crosses the lens twice and reflects once: $\\frac1F = \\frac{2}{f_l} + \\frac{1}{f_m}$ with $f_l = \\frac{R}{\\mu - 1}$. Plane face silvered ($f_m \\to \\infty$): $F = \\frac{R}{2(\\mu - 1)}$. Curved face silvered ($f_m = \\frac R2$): $\\frac1F = \\frac{2(\\mu - 1)}{R} + \\frac2R$, $F = \\frac{R}{2\\mu}$.` }),

  // Polytropic process PVⁿ = const: C = C_v + R/(1 − n); heat for n mol through ΔT.
  formula({ id: 'p.td.polytropic-heat', subject: P, concepts: ['P.TD.PROCESSES', 'P.TD.FIRST'], difficulty: 4,
    vars: { f: [3, 5], p: range(0, 3), mol: [1, 2, 3], dT: [10, 20, 50] },
    text: (v) => `${v.mol} mol of an ideal ${v.f === 3 ? 'monatomic' : 'diatomic (rigid)'} gas is taken through the process $PV^{${POLY[v.p]![0]}} = $ constant, its temperature rising by ${v.dT} K. Find the heat (in J) given to the gas ($R = 8.314$ J/(mol K)).`,
    hi: {
      text: (v) => `एक आदर्श ${v.f === 3 ? 'एकपरमाणुक' : 'द्विपरमाणुक (दृढ़)'} गैस के ${v.mol} mol को प्रक्रम $PV^{${POLY[v.p]![0]}} = $ नियतांक से ले जाया जाता है और इसका ताप ${v.dT} K बढ़ता है। गैस को दी गई ऊष्मा (J में) ज्ञात कीजिए ($R = 8.314$ J/(mol K))।`,
      solution: () => `$W = \\frac{nR\\Delta T}{1 - n'}$ ($n'$ = बहुदैशिक घातांक), $\\Delta U = nC_v\\Delta T$; $Q = n\\left(C_v + \\frac{R}{1 - n'}\\right)\\Delta T$।`,
    },
    unit: 'J', result: [40, 6000],
    answer: (v) => { const n = POLY[v.p]![1]; return v.mol * 8.314 * (v.f / 2 + 1 / (1 - n)) * v.dT; },
    // Work sign reversed (R/(n − 1)); the work left out (ΔU only); C_p used.
    mistakes: (v) => { const n = POLY[v.p]![1]; return [v.mol * 8.314 * (v.f / 2 - 1 / (1 - n)) * v.dT, v.mol * 8.314 * (v.f / 2) * v.dT, v.mol * 8.314 * (v.f / 2 + 1) * v.dT]; },
    solution: () => `For $PV^{n} = $ const, $W = \\frac{P_1V_1 - P_2V_2}{n - 1} = \\frac{nR\\Delta T}{1 - n}$ (per the moles present) and $\\Delta U = C_v\\Delta T$ per mole. So the molar heat capacity is $C = C_v + \\frac{R}{1 - n}$, negative only for $1 < n < \\gamma$ (not among these processes).` }),

  // Approaching and receding pitches f₁, f₂: u = v(f₁ − f₂)/(f₁ + f₂).
  formula({ id: 'p.wave.doppler-pass-by', subject: P, concepts: ['P.WAVE.DOPPLER'], difficulty: 3,
    vars: { u: [10, 20, 30, 40], k: [1, 1.5, 2, 3] },
    text: (v) => `A train's whistle is heard at ${v.k * (340 + v.u)} Hz as the train approaches a stationary listener and at ${v.k * (340 - v.u)} Hz as it recedes (speed of sound 340 m/s, still air). Find the speed of the train (in m/s).`,
    hi: {
      text: (v) => `एक स्थिर श्रोता को पास आती रेलगाड़ी की सीटी ${v.k * (340 + v.u)} Hz तथा दूर जाती हुई ${v.k * (340 - v.u)} Hz सुनाई देती है (ध्वनि की चाल 340 m/s, स्थिर वायु)। रेलगाड़ी की चाल (m/s में) ज्ञात कीजिए।`,
      solution: () => `$f_1 = f\\frac{v}{v - u}$, $f_2 = f\\frac{v}{v + u}$; भाग देने पर $\\frac{f_1}{f_2} = \\frac{v + u}{v - u}$, अतः $u = v\\frac{f_1 - f_2}{f_1 + f_2}$।`,
    },
    unit: 'm/s', result: [10, 40],
    answer: (v) => v.u,
    // Each pitch compared with the other as if it were the true frequency (÷f₂, ÷f₁); the difference shared out twice (÷4f₂).
    mistakes: (v) => { const f1 = v.k * (340 + v.u), f2 = v.k * (340 - v.u); return [(340 * (f1 - f2)) / f2, (340 * (f1 - f2)) / f1, (340 * (f1 - f2)) / (4 * f2)]; },
    solution: () => `Approaching $f_1 = f\\frac{v}{v - u}$, receding $f_2 = f\\frac{v}{v + u}$. Their ratio removes the unknown $f$: $\\frac{f_1}{f_2} = \\frac{v + u}{v - u}$, so $u = v\\frac{f_1 - f_2}{f_1 + f_2}$.` }),
]);
