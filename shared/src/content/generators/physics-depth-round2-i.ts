import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** Series LCR rows [R, X_L, X_C] in Ω with R and X_L − X_C legs of a whole-number triangle. */
const LCR = [[30, 90, 50], [60, 100, 20], [40, 50, 80], [80, 120, 180], [120, 200, 40], [90, 60, 180], [50, 150, 30], [160, 100, 220]] as const;
/** Slit-width (intensity) ratios a : b with both perfect squares, a > b. */
const SLITS = [[9, 4], [4, 1], [16, 9], [25, 16], [25, 9], [9, 1], [16, 1], [49, 9], [36, 25], [49, 16], [64, 9], [81, 16], [100, 9], [64, 25], [81, 49], [100, 49], [36, 1], [49, 4]] as const;
/** Self-inductances [L₁, L₂] in mH with √(L₁L₂) whole. */
const COILS = [[4, 9], [4, 16], [9, 16], [1, 4], [16, 25], [9, 25], [4, 25], [1, 9]] as const;
/** Transformer turns ratios [N_p, N_s]. */
const TURNS = [[10, 1], [20, 1], [5, 1], [4, 1], [11, 1], [1, 2]] as const;
const aidHi = (a: number) => (a === 1 ? 'सहायक (फ्लक्स एक ही दिशा में)' : 'विरोधी (फ्लक्स विपरीत दिशा में)');

/** Further question shapes for the thinnest Physics concepts (AC, fields, optics, instruments, kinematics). */
export const physicsDepthRound2IGenerators: GeneratorDef[] = physicalDistractors([
  // Series LCR: average power P = V²R/Z².
  formula({ id: 'p.ac.lcr-average-power', subject: P, concepts: ['P.AC.LCR', 'P.AC.BASICS'], difficulty: 4,
    vars: { c: range(0, 7), V: [100, 200, 220, 250] },
    text: (v) => `A series LCR circuit has $R = ${LCR[v.c]![0]}$ Ω, $X_L = ${LCR[v.c]![1]}$ Ω and $X_C = ${LCR[v.c]![2]}$ Ω and is connected to an AC source of ${v.V} V (rms). Find the average power (in W) drawn from the source.`,
    hi: {
      text: (v) => `एक श्रेणी LCR परिपथ में $R = ${LCR[v.c]![0]}$ Ω, $X_L = ${LCR[v.c]![1]}$ Ω तथा $X_C = ${LCR[v.c]![2]}$ Ω हैं और यह ${v.V} V (rms) के AC स्रोत से जुड़ा है। स्रोत से ली गई औसत शक्ति (W में) ज्ञात कीजिए।`,
      solution: () => `$Z = \\sqrt{R^2 + (X_L - X_C)^2}$, $I_{rms} = \\frac{V}{Z}$, शक्ति गुणांक $\\cos\\phi = \\frac RZ$; $P = V I\\cos\\phi = \\frac{V^2R}{Z^2}$ (केवल प्रतिरोध में क्षय)।`,
    },
    unit: 'W', result: [20, 2500],
    answer: (v) => { const [R, L, C] = LCR[v.c]!; return (v.V * v.V * R) / (R * R + (L - C) ** 2); },
    // Reactances ignored (V²/R); apparent power V²/Z; the reactances added instead of subtracted.
    mistakes: (v) => { const [R, L, C] = LCR[v.c]!; return [(v.V * v.V) / R, (v.V * v.V) / Math.hypot(R, L - C), (v.V * v.V * R) / (R * R + (L + C) ** 2)]; },
    solution: () => `The reactances oppose each other: $Z = \\sqrt{R^2 + (X_L - X_C)^2}$. With $I_{rms} = \\frac VZ$ and power factor $\\cos\\phi = \\frac RZ$, $P = VI\\cos\\phi = \\frac{V^2R}{Z^2}$: only the resistor dissipates.` }),

  // v–t graph a straight line from +u to −w in T s: distance = T(u² + w²)/(2(u + w)).
  formula({ id: 'p.kin.graph-reversal-distance', subject: P, concepts: ['P.KIN.GRAPHS', 'P.KIN.1D'], difficulty: 3, freeResponse: false,
    vars: { u: [10, 12, 15, 20, 30], w: [4, 5, 6, 10, 15], T: [4, 6, 8, 10, 12] },
    text: (v) => `The velocity–time graph of a particle moving along a line is a straight line falling from +${v.u} m/s at $t = 0$ to −${v.w} m/s at $t = ${v.T}$ s. Find the distance (in m) it travels in these ${v.T} s.`,
    hi: {
      text: (v) => `एक सरल रेखा में गतिमान कण का वेग–समय ग्राफ $t = 0$ पर +${v.u} m/s से $t = ${v.T}$ s पर −${v.w} m/s तक गिरती एक सरल रेखा है। इन ${v.T} s में कण द्वारा चली गई दूरी (m में) ज्ञात कीजिए।`,
      solution: () => `वेग $t_0 = \\frac{uT}{u + w}$ पर शून्य होता है। दूरी = दोनों त्रिभुजों के क्षेत्रफलों का योग $= \\frac{ut_0}{2} + \\frac{w(T - t_0)}{2} = \\frac{T(u^2 + w^2)}{2(u + w)}$।`,
    },
    unit: 'm', result: [10, 200],
    answer: (v) => (v.T * (v.u * v.u + v.w * v.w)) / (2 * (v.u + v.w)),
    // The displacement (signed areas); the mean of the two speeds times T; the first triangle only.
    mistakes: (v) => [((v.u - v.w) * v.T) / 2, ((v.u + v.w) * v.T) / 2, (v.u * v.u * v.T) / (2 * (v.u + v.w))],
    solution: () => `The velocity is zero at $t_0 = \\frac{uT}{u + w}$, where the particle turns back. Distance adds the magnitudes of both triangle areas: $\\frac{ut_0}{2} + \\frac{w(T - t_0)}{2} = \\frac{T(u^2 + w^2)}{2(u + w)}$.` }),

  // Short dipole, general point: E = (kp/r³)√(1 + 3cos²θ).
  formula({ id: 'p.es.dipole-oblique-field', subject: P, concepts: ['P.ES.DIPOLE', 'P.ES.FIELD'], difficulty: 4,
    vars: { p: [1, 2, 3, 4, 5], r: [10, 20, 30], th: [30, 60, 120, 150] },
    text: (v) => `A short electric dipole has moment ${v.p} × $10^{-9}$ C m. Find the magnitude of its electric field (in kN/C) at a point ${v.r} cm from its centre, on a line making ${v.th}° with the dipole axis ($\\frac{1}{4\\pi\\varepsilon_0} = 9 \\times 10^9$ N m²/C²).`,
    hi: {
      text: (v) => `एक लघु विद्युत द्विध्रुव का आघूर्ण ${v.p} × $10^{-9}$ C m है। इसके केन्द्र से ${v.r} cm दूर, द्विध्रुव अक्ष से ${v.th}° का कोण बनाती रेखा पर स्थित बिन्दु पर विद्युत क्षेत्र का परिमाण (kN/C में) ज्ञात कीजिए ($\\frac{1}{4\\pi\\varepsilon_0} = 9 \\times 10^9$ N m²/C²)।`,
      solution: () => `$E_r = \\frac{2kp\\cos\\theta}{r^3}$, $E_\\theta = \\frac{kp\\sin\\theta}{r^3}$; $E = \\frac{kp}{r^3}\\sqrt{1 + 3\\cos^2\\theta}$।`,
    },
    unit: 'kN/C', result: [0.3, 100],
    answer: (v) => ((9 * v.p) / (v.r / 100) ** 3 / 1000) * Math.sqrt(1 + 3 * Math.cos((v.th * Math.PI) / 180) ** 2),
    // The axial value 2kp/r³; the equatorial value kp/r³; sine and cosine swapped.
    mistakes: (v) => { const base = (9 * v.p) / (v.r / 100) ** 3 / 1000; return [2 * base, base, base * Math.sqrt(1 + 3 * Math.sin((v.th * Math.PI) / 180) ** 2)]; },
    solution: () => `Resolve the moment along and across the line to the point: $p\\cos\\theta$ gives an axial field $\\frac{2kp\\cos\\theta}{r^3}$ and $p\\sin\\theta$ an equatorial field $\\frac{kp\\sin\\theta}{r^3}$, at right angles. $E = \\frac{kp}{r^3}\\sqrt{4\\cos^2\\theta + \\sin^2\\theta} = \\frac{kp}{r^3}\\sqrt{1 + 3\\cos^2\\theta}$.` }),

  // Screw gauge reading → percentage error in the wire's cross-section: 2·LC/d × 100.
  formula({ id: 'p.exp.screw-area-error', subject: P, concepts: ['P.EXP.SCREWGAUGE', 'P.UNITS.ERR'], difficulty: 3, freeResponse: false,
    vars: { n: [50, 100], M: [0.5, 1, 1.5, 2, 2.5], C: range(12, 46, 3) },
    text: (v) => `A screw gauge of pitch 0.5 mm has ${v.n} divisions on its circular scale and no zero error. For a wire, the main scale reads ${v.M} mm and the circular scale reads ${v.C} divisions. Taking the least count as the error in the diameter, find the percentage error in the wire's cross-sectional area.`,
    hi: {
      text: (v) => `0.5 mm चूड़ी अन्तराल वाले एक स्क्रूगेज के वृत्तीय पैमाने पर ${v.n} खाने हैं तथा शून्यांक त्रुटि नहीं है। एक तार के लिए मुख्य पैमाना ${v.M} mm तथा वृत्तीय पैमाना ${v.C} खाने पढ़ता है। अल्पतमांक को व्यास की त्रुटि मानकर तार के अनुप्रस्थ काट के क्षेत्रफल में प्रतिशत त्रुटि ज्ञात कीजिए।`,
      solution: () => `अल्पतमांक $= \\frac{0.5}{N}$ mm; $d = $ मुख्य पाठ्यांक $+$ वृत्तीय पाठ्यांक $\\times$ अल्पतमांक; $A \\propto d^2$ अतः $\\frac{\\Delta A}{A} = 2\\frac{\\Delta d}{d}$।`,
    },
    unit: '%', result: [0.2, 5], sig: 3,
    answer: (v) => { const lc = 0.5 / v.n; return (200 * lc) / (v.M + v.C * lc); },
    // The factor 2 of the square dropped; the pitch misread as 1 mm (least count and diameter both wrong); the circular-scale reading ignored.
    mistakes: (v) => { const lc = 0.5 / v.n, d = v.M + v.C * lc; return [(100 * lc) / d, (200 / v.n) / (v.M + v.C / v.n), (200 * lc) / v.M]; },
    solution: () => `Least count $= \\frac{\\text{pitch}}{N}$; $d = \\text{MSR} + \\text{CSR} \\times \\text{LC}$. Since $A = \\frac{\\pi d^2}{4}$, the relative error doubles: $\\frac{\\Delta A}{A} \\times 100 = \\frac{2\\,\\text{LC}}{d} \\times 100$.` }),

  // Slit widths (intensities) a : b → I_max/I_min = ((√a + √b)/(√a − √b))².
  formula({ id: 'p.opt.slit-intensity-ratio', subject: P, concepts: ['P.OPT.INTERFERENCE'], difficulty: 2, freeResponse: false,
    vars: { s: range(0, 17) },
    text: (v) => `In a Young's double-slit experiment the widths of the two slits are in the ratio ${SLITS[v.s]![0]} : ${SLITS[v.s]![1]}, and the intensity through each is proportional to its width. Find the ratio of the maximum to the minimum intensity on the screen.`,
    hi: {
      text: (v) => `यंग के द्वि-झिरी प्रयोग में दोनों झिरियों की चौड़ाइयों का अनुपात ${SLITS[v.s]![0]} : ${SLITS[v.s]![1]} है और प्रत्येक से निकली तीव्रता उसकी चौड़ाई के अनुक्रमानुपाती है। पर्दे पर अधिकतम तथा न्यूनतम तीव्रता का अनुपात ज्ञात कीजिए।`,
      solution: () => `आयाम $\\propto \\sqrt I$: $\\frac{I_{max}}{I_{min}} = \\left(\\frac{\\sqrt{I_1} + \\sqrt{I_2}}{\\sqrt{I_1} - \\sqrt{I_2}}\\right)^2$।`,
    },
    unit: '', result: [1.5, 150],
    answer: (v) => { const [a, b] = SLITS[v.s]!; return ((Math.sqrt(a) + Math.sqrt(b)) / (Math.sqrt(a) - Math.sqrt(b))) ** 2; },
    // The intensity ratio itself; intensities added as if they were amplitudes; the amplitude ratio not squared.
    mistakes: (v) => { const [a, b] = SLITS[v.s]!; return [a / b, ((a + b) / (a - b)) ** 2, (Math.sqrt(a) + Math.sqrt(b)) / (Math.sqrt(a) - Math.sqrt(b))]; },
    solution: () => `Amplitudes go as $\\sqrt I$. Maxima have amplitude $\\sqrt{I_1} + \\sqrt{I_2}$, minima $\\sqrt{I_1} - \\sqrt{I_2}$, so $\\frac{I_{max}}{I_{min}} = \\left(\\frac{\\sqrt{I_1} + \\sqrt{I_2}}{\\sqrt{I_1} - \\sqrt{I_2}}\\right)^2$.` }),

  // Coupled coils in series: L = L₁ + L₂ ± 2k√(L₁L₂).
  formula({ id: 'p.emi.coupled-series', subject: P, concepts: ['P.EMI.INDUCTANCE'], difficulty: 3, freeResponse: false,
    vars: { c: range(0, 7), k: [0.25, 0.5, 0.75], a: [1, -1] },
    text: (v) => `Two coils of self-inductance ${COILS[v.c]![0]} mH and ${COILS[v.c]![1]} mH with coupling coefficient ${v.k} are joined in series so that their fluxes ${v.a === 1 ? 'aid' : 'oppose'} each other. Find the equivalent inductance (in mH).`,
    hi: {
      text: (v) => `${COILS[v.c]![0]} mH तथा ${COILS[v.c]![1]} mH स्वप्रेरकत्व वाली दो कुण्डलियाँ, जिनका युग्मन गुणांक ${v.k} है, श्रेणी में इस प्रकार जोड़ी गई हैं कि उनके फ्लक्स ${aidHi(v.a)} हैं। तुल्य प्रेरकत्व (mH में) ज्ञात कीजिए।`,
      solution: () => `$M = k\\sqrt{L_1L_2}$; प्रत्येक कुण्डली में emf $L\\frac{di}{dt} \\pm M\\frac{di}{dt}$, अतः $L_{eq} = L_1 + L_2 \\pm 2M$।`,
    },
    unit: 'mH', result: [1, 80],
    answer: (v) => { const [a, b] = COILS[v.c]!; return a + b + 2 * v.a * v.k * Math.sqrt(a * b); },
    // Mutual inductance ignored; the sign of the coupling reversed; M counted once instead of twice.
    mistakes: (v) => { const [a, b] = COILS[v.c]!; const M = v.k * Math.sqrt(a * b); return [a + b, a + b - 2 * v.a * M, a + b + v.a * M]; },
    solution: () => `$M = k\\sqrt{L_1L_2}$. The same current flows in both coils, and each has an emf $L\\frac{di}{dt}$ from itself plus $\\pm M\\frac{di}{dt}$ from the other, so $L_{eq} = L_1 + L_2 \\pm 2M$ (+ when the fluxes aid).` }),

  // Long solid wire with uniform current: B = μ₀Ir/(2πR²) inside, μ₀I/(2πr) outside.
  formula({ id: 'p.mag.thick-wire-field', subject: P, concepts: ['P.MAG.AMPERE'], difficulty: 3, freeResponse: false,
    vars: { R: [4, 5, 8], r: [1, 2, 3, 6, 10, 12], I: [5, 10, 20, 25] },
    text: (v) => `A long straight solid copper wire of radius ${v.R} mm carries a current of ${v.I} A spread uniformly over its cross-section. Find the magnetic field (in μT) at ${v.r} mm from its axis ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `${v.R} mm त्रिज्या के एक लम्बे सीधे ठोस ताँबे के तार में ${v.I} A धारा उसके अनुप्रस्थ काट पर एकसमान फैली है। इसके अक्ष से ${v.r} mm दूरी पर चुम्बकीय क्षेत्र (μT में) ज्ञात कीजिए ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A)।`,
      solution: () => `ऐम्पियर का नियम: $B\\cdot2\\pi r = \\mu_0I_{enc}$; भीतर $I_{enc} = I\\frac{r^2}{R^2}$ अतः $B = \\frac{\\mu_0Ir}{2\\pi R^2}$; बाहर $B = \\frac{\\mu_0I}{2\\pi r}$।`,
    },
    unit: 'μT', result: [10, 5000],
    answer: (v) => (v.r < v.R ? (0.2 * v.I * v.r * 1000) / (v.R * v.R) : (0.2 * v.I * 1000) / v.r),
    // The other region's formula; the surface value μ₀I/(2πR); inside, the enclosed current taken ∝ r³; outside, r measured from the surface.
    mistakes: (v) => [
      v.r < v.R ? (0.2 * v.I * 1000) / v.r : (0.2 * v.I * v.r * 1000) / (v.R * v.R),
      (0.2 * v.I * 1000) / v.R,
      v.r < v.R ? (0.2 * v.I * v.r * v.r * 1000) / v.R ** 3 : (0.2 * v.I * 1000) / (v.r - v.R),
    ],
    solution: () => `Take a circle of radius $r$ about the axis: $B\\cdot2\\pi r = \\mu_0I_{enc}$. Inside, the enclosed current is $I\\frac{r^2}{R^2}$, so $B = \\frac{\\mu_0Ir}{2\\pi R^2}$ (growing with $r$); outside, all of $I$ is enclosed and $B = \\frac{\\mu_0I}{2\\pi r}$.` }),

  // Real transformer: I_p = (V_s²/R)/(ηV_p) with V_s = V_pN_s/N_p.
  formula({ id: 'p.ac.transformer-primary-current', subject: P, concepts: ['P.AC.TRANSFORMER', 'P.CE.POWER'], difficulty: 4,
    vars: { t: range(0, 5), Vp: [110, 220, 240], R: [2, 5, 10, 20, 50], eta: [80, 90, 95] },
    text: (v) => `A transformer with ${TURNS[v.t]![0]} : ${TURNS[v.t]![1]} primary-to-secondary turns runs from ${v.Vp} V (rms) and feeds a ${v.R * (TURNS[v.t]![1] > 1 ? 50 : 1)} Ω resistive load. Its efficiency is ${v.eta}%. Find the current (in A) in the primary.`,
    hi: {
      text: (v) => `प्राथमिक से द्वितीयक फेरों का अनुपात ${TURNS[v.t]![0]} : ${TURNS[v.t]![1]} वाला एक ट्रांसफॉर्मर ${v.Vp} V (rms) पर चलता है और ${v.R * (TURNS[v.t]![1] > 1 ? 50 : 1)} Ω के प्रतिरोधी लोड को शक्ति देता है। इसकी दक्षता ${v.eta}% है। प्राथमिक में धारा (A में) ज्ञात कीजिए।`,
      solution: () => `$V_s = V_p\\frac{N_s}{N_p}$, निर्गत शक्ति $\\frac{V_s^2}{R}$, निवेशी शक्ति $= \\frac{\\text{निर्गत}}{\\eta}$, $I_p = \\frac{\\text{निवेशी शक्ति}}{V_p}$।`,
    },
    unit: 'A', result: [0.01, 40],
    answer: (v) => { const [np, ns] = TURNS[v.t]!; const R = v.R * (ns > 1 ? 50 : 1), Vs = (v.Vp * ns) / np; return ((Vs * Vs) / R / (v.eta / 100)) / v.Vp; },
    // Efficiency multiplied instead of divided; an ideal transformer; the secondary current.
    mistakes: (v) => { const [np, ns] = TURNS[v.t]!; const R = v.R * (ns > 1 ? 50 : 1), Vs = (v.Vp * ns) / np; const out = (Vs * Vs) / R; return [(out * v.eta) / 100 / v.Vp, out / v.Vp, Vs / R]; },
    solution: () => `The secondary voltage is $V_s = V_p\\frac{N_s}{N_p}$ and the load takes $\\frac{V_s^2}{R}$. The primary must supply that divided by the efficiency, so $I_p = \\frac{V_s^2}{R\\,\\eta V_p}$.` }),
]);
