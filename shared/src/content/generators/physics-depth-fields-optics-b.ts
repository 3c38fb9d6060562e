import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import { multi } from './spec.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import type { GeneratorDef, Params } from './types.ts';

const P = 'PHYSICS' as const;
const G = 10; // m s⁻², stated in the texts
const K = 9e9; // N m² C⁻², stated in the texts
const SIN = { 37: 0.6, 53: 0.8 } as Record<number, number>;
const COS = { 37: 0.8, 53: 0.6 } as Record<number, number>;
const COS_DEG = { 0: 1, 60: 0.5, 90: 0, 120: -0.5, 180: -1 } as Record<number, number>;
/** Dipole turned from θ₁ to θ₂ (degrees, from the field). */
const TURNS = [[0, 90], [0, 180], [60, 180], [0, 60], [60, 120], [90, 180]] as const;
const turn = (i: number) => TURNS[i] as readonly [number, number];
/** Field fraction f of the surface value inside/outside a uniformly charged sphere, shown as text. */
const FRAC = [['1/4', 0.25], ['1/9', 1 / 9], ['1/16', 0.0625], ['4/9', 4 / 9], ['9/16', 0.5625]] as const;
const frac = (i: number) => FRAC[i] as readonly [string, number];
const HAIRPIN = ['a semicircle of radius $R$ whose ends continue as two long straight parallel wires (a hairpin)', 'a quarter circle of radius $R$ with two straight radial leads', 'a semicircle of radius $R$ with straight leads along its diameter line'] as const;
const HAIRPIN_HI = ['$R$ त्रिज्या का एक अर्धवृत्त जिसके सिरे दो लम्बे सीधे समान्तर तारों के रूप में आगे बढ़ते हैं (हेयरपिन)', '$R$ त्रिज्या का एक चौथाई वृत्त जिसके दो सीधे त्रिज्य सिरे हैं', '$R$ त्रिज्या का एक अर्धवृत्त जिसके सीधे सिरे उसके व्यास की रेखा पर हैं'] as const;
/** Bar-magnet changes: I′/I and m′/m for no cut, a cut across its length, a cut along it. */
const CUTS = [[1, 1], [1 / 8, 1 / 2], [1 / 2, 1 / 2]] as const;
const CUT_EN = ['', ' and the magnet is replaced by one of the two halves obtained by cutting it across its length', ' and the magnet is replaced by one of the two halves obtained by cutting it along its length'] as const;
const CUT_HI = ['', ' तथा चुम्बक के स्थान पर उसकी लम्बाई के लम्बवत काटकर बने दो भागों में से एक रखा जाता है', ' तथा चुम्बक के स्थान पर उसकी लम्बाई के अनुदिश काटकर बने दो भागों में से एक रखा जाता है'] as const;
const FIELD = [['4', 4], ['9', 9], ['\\frac14', 0.25], ['\\frac19', 1 / 9]] as const;
const cutPeriod = (T: number, c: number, b: number) => { const [i, m] = CUTS[c]!; return T * Math.sqrt(i / m / FIELD[b]![1]); };
/** Object positions before a concave mirror, as multiples of F, and m² there. */
const MIRROR = [[1.5, 4], [3, 0.25], [0.5, 4], [0.75, 16], [1.25, 16]] as const;
/** Objective (f_o, u_o) in cm with lateral magnification f_o/(u_o − f_o) whole. */
const OBJECTIVES = [[1, 1.25], [1, 1.2], [2, 2.5], [1.5, 2], [0.5, 0.6], [2, 2.2]] as const;
const objective = (i: number) => OBJECTIVES[i] as readonly [number, number];
const objMag = (i: number) => Math.round(objective(i)[0] / (objective(i)[1] - objective(i)[0]));
/** Minimum orders (m₁, m₂) made to coincide. */
const ORDERS = [[2, 3], [3, 4], [4, 5], [5, 6]] as const;
/** sin² 2θ for a middle polariser at θ. */
const MIDDLE = [[22.5, 0.5], [30, 0.75], [45, 1], [60, 0.75], [67.5, 0.5]] as const;
const middle = (i: number) => MIDDLE[i] as readonly [number, number];
const slabT = (n: number, lam: number, mu: number) => Number(((n * lam) / ((mu - 1) * 1000)).toFixed(3));

// Battery-connected capacitor whose plate gap is made k times larger. Named mistakes: the isolated-
// capacitor results (charge or energy growing ×k), the battery's share taken as the agent's work,
// the field taken as unchanged.
const capText = (p: Params): string[] => [
  `A charge of $${formatNumber(p.s0 as number)}$ µC flows back into the battery.`,
  `The energy stored in the capacitor decreases by $${formatNumber(p.s1 as number)}$ µJ.`,
  `The external agent does $${formatNumber(p.s2 as number)}$ µJ of work.`,
  `The electric field between the plates becomes $${formatNumber(p.s3 as number)}$ times its initial value.`,
];
const capHindi = (p: Params): string[] => [
  `$${formatNumber(p.s0 as number)}$ µC आवेश बैटरी में वापस प्रवाहित होता है।`,
  `संधारित्र में संचित ऊर्जा $${formatNumber(p.s1 as number)}$ µJ घटती है।`,
  `बाह्य कारक $${formatNumber(p.s2 as number)}$ µJ कार्य करता है।`,
  `प्लेटों के बीच विद्युत क्षेत्र अपने प्रारम्भिक मान का $${formatNumber(p.s3 as number)}$ गुना हो जाता है।`,
];

const capacitorClaims: ClaimGenerator = {
  id: 'p.es.capacitor-gap-claims', subject: P, concepts: ['P.ES.CAPACITOR', 'P.WEP.WORK'], difficulty: 4,
  statements: capText,
  build(rng) {
    const C = rng.pick([2, 5, 10, 20] as const);
    const V = rng.pick([10, 20, 50, 100] as const);
    const k = rng.pick([2, 3, 4] as const);
    const U = 0.5 * C * V * V; // µJ
    const truths = [C * V * (1 - 1 / k), U * (1 - 1 / k), U * (1 - 1 / k), 1 / k];
    const wrongs = [C * V * (k - 1), U * (k - 1), 2 * U * (1 - 1 / k), 1];
    const flags = truths.map(() => rng.int(0, 1));
    if (!flags.includes(1)) flags[rng.int(0, 3)] = 1;
    const shown = truths.map((t, i) => (flags[i] === 1 ? t : (wrongs[i] as number)));
    const params: Params = { C, V, k, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! };
    return multi({
      params,
      text: `A ${C} µF air-filled parallel-plate capacitor stays connected to a ${V} V battery while its plates are slowly pulled apart until the gap is ${k} times the original. Which of the following statements is/are correct?`,
      options: capText(params).map((text, i) => ({ text, correct: shown[i] === truths[i] })),
      solution: `With the battery connected $V$ is fixed and $C \\to C/${k}$. Charge: $Q = CV$ falls by $CV(1 - \\frac1{${k}})$, which flows back into the battery. Field $E = V/d$ becomes $\\frac1{${k}}$ of its value. Energy $\\frac12CV^2$ falls by $\\frac12CV^2(1 - \\frac1{${k}})$. The battery receives $V\\Delta Q = CV^2(1 - \\frac1{${k}})$, so the agent supplies $W = \\Delta U + V\\Delta Q = \\frac12CV^2(1 - \\frac1{${k}})$, which equals $\\int F\\,dx$ with $F = \\frac{\\varepsilon_0AV^2}{2x^2}$.`,
      hi: {
        text: `एक ${C} µF का वायु-भरा समान्तर प्लेट संधारित्र ${V} V की बैटरी से जुड़ा रहता है और इसकी प्लेटों को धीरे-धीरे तब तक दूर किया जाता है जब तक अन्तराल मूल का ${k} गुना न हो जाए। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `बैटरी जुड़ी होने से $V$ नियत तथा $C \\to C/${k}$। आवेश $Q = CV$ में $CV(1 - \\frac1{${k}})$ की कमी, जो बैटरी में लौटता है। क्षेत्र $E = V/d$ पहले का $\\frac1{${k}}$ गुना। ऊर्जा $\\frac12CV^2$ में $\\frac12CV^2(1 - \\frac1{${k}})$ की कमी। बैटरी को $V\\Delta Q = CV^2(1 - \\frac1{${k}})$ मिलता है, अतः बाह्य कारक का कार्य $W = \\Delta U + V\\Delta Q = \\frac12CV^2(1 - \\frac1{${k}})$।`,
        options: capHindi(params),
      },
    });
  },
};

/** Electrostatics, magnetism, induction, AC and optics in depth: new shapes. */
export const physicsDepthFieldsOpticsBGenerators: GeneratorDef[] = physicalDistractors([
  // Two equal charged balls hung from one point: tan θ = kq²/(r²mg), r = 2L sin θ.
  formula({ id: 'p.es.hanging-charges', subject: P, concepts: ['P.ES.COULOMB', 'P.NLM.EQUILIBRIUM'], difficulty: 4,
    vars: { m: [10, 20, 30], L: [0.5, 1], th: [37, 53], w: range(0, 1) },
    text: (v) => `Two identical small balls, each of mass ${v.m} g and carrying equal charges, hang from the same point by insulating threads ${v.L} m long. In equilibrium each thread makes ${v.th}° with the vertical ($\\sin ${v.th}° = ${SIN[v.th]}$, $g = 10$ m/s², $k = 9 \\times 10^9$ N m²/C²). Find ${v.w === 0 ? 'the charge on each ball in µC' : 'the tension in each thread in mN'}.`,
    hi: {
      text: (v) => `${v.m} g द्रव्यमान की दो सर्वसम छोटी गेंदें, जिन पर समान आवेश हैं, एक ही बिन्दु से ${v.L} m लम्बे विद्युतरोधी धागों से लटकी हैं। साम्यावस्था में प्रत्येक धागा ऊर्ध्वाधर से ${v.th}° बनाता है ($\\sin ${v.th}° = ${SIN[v.th]}$, $g = 10$ m/s², $k = 9 \\times 10^9$ N m²/C²)। ${v.w === 0 ? 'प्रत्येक गेंद पर आवेश µC में' : 'प्रत्येक धागे में तनाव mN में'} ज्ञात कीजिए।`,
      solution: () => `$T\\cos\\theta = mg$, $T\\sin\\theta = \\frac{kq^2}{r^2}$ जहाँ $r = 2L\\sin\\theta$; अतः $q = r\\sqrt{\\frac{mg\\tan\\theta}{k}}$ तथा $T = \\frac{mg}{\\cos\\theta}$।`,
    },
    unit: '', result: [1, 600],
    answer: (v) => { const mg = (v.m / 1000) * G, r = 2 * v.L * SIN[v.th]!; return v.w === 0 ? r * Math.sqrt((mg * SIN[v.th]!) / COS[v.th]! / K) * 1e6 : (mg / COS[v.th]!) * 1000; },
    // Separation taken as L sin θ; sin θ used for tan θ; (tension) the weight, or mg cos θ.
    mistakes: (v) => { const mg = (v.m / 1000) * G, r = 2 * v.L * SIN[v.th]!; return v.w === 0 ? [(r / 2) * Math.sqrt((mg * SIN[v.th]!) / COS[v.th]! / K) * 1e6, r * Math.sqrt((mg * SIN[v.th]!) / K) * 1e6, r * Math.sqrt(mg / K) * 1e6] : [mg * 1000, mg * COS[v.th]! * 1000, (mg / SIN[v.th]!) * 1000]; },
    solution: () => `Each ball: $T\\cos\\theta = mg$ and $T\\sin\\theta = \\frac{kq^2}{r^2}$ with $r = 2L\\sin\\theta$. So $T = \\frac{mg}{\\cos\\theta}$ and $q = r\\sqrt{\\frac{mg\\tan\\theta}{k}}$.` }),

  // Work to turn a dipole in a uniform field: W = pE(cos θ₁ − cos θ₂).
  formula({ id: 'p.es.dipole-rotation-work', subject: P, concepts: ['P.ES.DIPOLE'], difficulty: 2,
    vars: { q: [2, 4, 6], d: [2, 4, 5], E: [1, 2, 5], t: range(0, 5) },
    text: (v) => `An electric dipole consists of charges ±${v.q} µC ${v.d} cm apart in a uniform field of $${v.E} \\times 10^{5}$ N/C. Find the work (in mJ) needed to turn it slowly from ${turn(v.t)[0]}° to ${turn(v.t)[1]}° with the field.`,
    hi: {
      text: (v) => `एक विद्युत द्विध्रुव ${v.d} cm दूर स्थित ±${v.q} µC आवेशों से बना है और $${v.E} \\times 10^{5}$ N/C के एकसमान क्षेत्र में है। इसे क्षेत्र से ${turn(v.t)[0]}° से ${turn(v.t)[1]}° तक धीरे-धीरे घुमाने में आवश्यक कार्य (mJ में) ज्ञात कीजिए।`,
      solution: () => `बल-आघूर्ण $pE\\sin\\theta$; कार्य $W = \\int_{\\theta_1}^{\\theta_2}pE\\sin\\theta\\,d\\theta = pE(\\cos\\theta_1 - \\cos\\theta_2)$, $p = q \\cdot 2a$।`,
    },
    unit: 'mJ', result: [2, 300],
    answer: (v) => v.q * v.d * v.E * (COS_DEG[turn(v.t)[0]]! - COS_DEG[turn(v.t)[1]]!),
    // Sines for cosines; the angle turned used alone, pE(1 − cos Δθ); p taken as q·(2 × separation).
    mistakes: (v) => { const pE = v.q * v.d * v.E, [a, b] = turn(v.t); const s = (x: number) => Math.sin((x * Math.PI) / 180); return [pE * Math.abs(s(b) - s(a)), pE * (1 - COS_DEG[b - a]!), 2 * pE * (COS_DEG[a]! - COS_DEG[b]!)]; },
    solution: () => `The torque is $pE\\sin\\theta$, so $W = \\int_{\\theta_1}^{\\theta_2}pE\\sin\\theta\\,d\\theta = pE(\\cos\\theta_1 - \\cos\\theta_2)$, with $p = q \\times$ separation (µC × cm × $10^5$ N/C gives mJ).` }),

  // Uniformly charged sphere: E = E_s·r/R inside, E_s·R²/r² outside.
  formula({ id: 'p.es.sphere-field-points', subject: P, concepts: ['P.ES.GAUSS', 'P.ES.FIELD'], difficulty: 4,
    vars: { R: [5, 10, 15, 20, 30], f: range(0, 4), w: range(0, 1) },
    text: (v) => `A solid non-conducting sphere of radius ${v.R} cm carries charge spread uniformly through its volume. Find the distance (in cm) from its centre, ${v.w === 0 ? 'inside' : 'outside'} the sphere, at which the electric field is $${frac(v.f)[0]}$ of its value at the surface.`,
    hi: {
      text: (v) => `${v.R} cm त्रिज्या के एक ठोस अचालक गोले में आवेश उसके आयतन में एकसमान वितरित है। गोले के ${v.w === 0 ? 'भीतर' : 'बाहर'} केन्द्र से वह दूरी (cm में) ज्ञात कीजिए जहाँ विद्युत क्षेत्र सतह पर के मान का $${frac(v.f)[0]}$ है।`,
      solution: () => `गाउस नियम: भीतर $E = E_s\\frac rR$, बाहर $E = E_s\\frac{R^2}{r^2}$। अतः भीतर $r = fR$, बाहर $r = \\frac{R}{\\sqrt f}$।`,
    },
    unit: 'cm', result: [0.3, 120],
    answer: (v) => (v.w === 0 ? frac(v.f)[1] * v.R : v.R / Math.sqrt(frac(v.f)[1])),
    // Inside taken as 1/r² (R/√f); outside taken as 1/r (R/f); the inside and outside rules swapped.
    mistakes: (v) => { const f = frac(v.f)[1]; return v.w === 0 ? [v.R * Math.sqrt(f), v.R / Math.sqrt(f), v.R * f * f] : [v.R / f, v.R * f, v.R / (f * f)]; },
    solution: () => `Gauss's law with the enclosed charge $Q\\frac{r^3}{R^3}$ gives $E = E_s\\frac{r}{R}$ inside; outside the whole charge acts from the centre, $E = E_s\\frac{R^2}{r^2}$. So inside $r = fR$ and outside $r = \\frac{R}{\\sqrt f}$.` }),

  capacitorClaims,

  // Field at the centre of a hairpin / arc with leads: arcs give μ₀Iθ/(4πR), a semi-infinite tangent line μ₀I/(4πR).
  formula({ id: 'p.mag.arc-leads-field', subject: P, concepts: ['P.MAG.BIOT'], difficulty: 4,
    vars: { s: range(0, 2), I: [2, 5, 10], R: [2, 5, 10] },
    text: (v) => `A long wire carrying ${v.I} A is bent into ${HAIRPIN[v.s]}, with $R = ${v.R}$ cm. Find the magnetic field (in µT) at the centre of the arc ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `${v.I} A धारा वाले एक लम्बे तार को ${HAIRPIN_HI[v.s]} के आकार में मोड़ा गया है, $R = ${v.R}$ cm। चाप के केन्द्र पर चुम्बकीय क्षेत्र (µT में) ज्ञात कीजिए ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A)।`,
      solution: () => `$\\theta$ कोण के चाप से $\\frac{\\mu_0I\\theta}{4\\pi R}$; केन्द्र से गुजरने वाली रेखा पर के सीधे सिरे शून्य; अर्ध-अनन्त स्पर्शी तार (लम्ब-पाद सिरे पर) $\\frac{\\mu_0I}{4\\pi R}$, सभी एक ही दिशा में।`,
    },
    unit: 'µT', result: [3, 300],
    answer: (v) => { const unit = (4 * Math.PI * 1e-7 * v.I) / (4 * Math.PI * (v.R / 100)) * 1e6; return v.s === 0 ? unit * (Math.PI + 2) : v.s === 1 ? (unit * Math.PI) / 2 : unit * Math.PI; },
    // Leads ignored; each straight lead counted as a full infinite wire (μ₀I/2πR); the full-circle value μ₀I/2R.
    mistakes: (v) => { const unit = (1e-7 * v.I) / (v.R / 100) * 1e6; const arc = v.s === 1 ? Math.PI / 2 : Math.PI; return v.s === 0 ? [unit * Math.PI, unit * (Math.PI + 4), unit * 2 * Math.PI] : [unit * (arc + 2), unit * (arc + 4), unit * 2 * Math.PI]; },
    solution: () => `Biot–Savart: an arc of angle $\\theta$ gives $\\frac{\\mu_0I\\theta}{4\\pi R}$ at its centre. A straight lead along a line through the centre gives nothing ($d\\vec l \\parallel \\vec r$). A semi-infinite wire whose end is the foot of the perpendicular from the centre, at distance $R$, gives $\\frac{\\mu_0I}{4\\pi R}$. In the hairpin all three add: $\\frac{\\mu_0I}{4\\pi R}(\\pi + 2)$.` }),

  // Galvanometer to voltmeter: series resistance V/I_g − G.
  formula({ id: 'p.mag.galvanometer-voltmeter', subject: P, concepts: ['P.MAG.TORQUE', 'P.CE.OHM'], difficulty: 2,
    vars: { G: [20, 40, 50, 100], Ig: [1, 2, 5, 10], V: [3, 5, 10, 15, 30] },
    text: (v) => `A galvanometer of resistance ${v.G} Ω gives full-scale deflection for ${v.Ig} mA. What resistance (in Ω) must be connected in series with it to make a voltmeter of range 0–${v.V} V?`,
    hi: {
      text: (v) => `${v.G} Ω प्रतिरोध का एक गैल्वेनोमीटर ${v.Ig} mA पर पूर्ण-स्केल विक्षेप देता है। 0–${v.V} V परास का वोल्टमीटर बनाने के लिए इसके श्रेणीक्रम में कितना प्रतिरोध (Ω में) जोड़ना होगा?`,
      solution: () => `पूर्ण परास पर धारा $I_g$: $V = I_g(G + R)$, अतः $R = \\frac{V}{I_g} - G$।`,
    },
    unit: 'Ω', result: [100, 30000],
    answer: (v) => (1000 * v.V) / v.Ig - v.G,
    // G forgotten; G added instead of subtracted; mA taken as A.
    mistakes: (v) => [(1000 * v.V) / v.Ig, (1000 * v.V) / v.Ig + v.G, v.V / v.Ig],
    solution: () => `At full scale the whole of $V$ drives $I_g$ through $G + R$: $V = I_g(G + R)$, so $R = \\frac{V}{I_g} - G$ (a large series resistance).` }),

  // Vibration magnetometer: T = 2π√(I/(mB)); halves of a bar magnet and a changed field.
  formula({ id: 'p.mag.magnet-period', subject: P, concepts: ['P.MAG.MATTER', 'P.OSC.SHM'], difficulty: 3,
    vars: { T: [12, 24], c: range(0, 2), b: range(0, 3) },
    text: (v) => `A bar magnet oscillating in a uniform horizontal magnetic field has a period of ${v.T} s. The field is changed to $${FIELD[v.b]![0]}$ times its value${CUT_EN[v.c]}. Find the new period (in s).`,
    hi: {
      text: (v) => `एकसमान क्षैतिज चुम्बकीय क्षेत्र में दोलन करते एक छड़ चुम्बक का आवर्तकाल ${v.T} s है। क्षेत्र को उसके मान का $${FIELD[v.b]![0]}$ गुना कर दिया जाता है${CUT_HI[v.c]}। नया आवर्तकाल (s में) ज्ञात कीजिए।`,
      solution: () => `$T = 2\\pi\\sqrt{\\frac{I}{mB}}$। लम्बाई के लम्बवत काटने पर प्रत्येक भाग: $m/2$, $I/8$; लम्बाई के अनुदिश: $m/2$, $I/2$।`,
    },
    unit: 's', result: [1, 80],
    answer: (v) => Math.round(cutPeriod(v.T, v.c, v.b) * 1e9) / 1e9,
    // T ∝ √B (inverted); T ∝ 1/B (square root forgotten); the cut ignored.
    mistakes: (v) => { const bf = FIELD[v.b]![1]; const [i, m] = CUTS[v.c]!; return [v.T * Math.sqrt((i / m) * bf), (v.T * (i / m)) / bf, v.T / Math.sqrt(bf)]; },
    solution: () => `$T = 2\\pi\\sqrt{\\frac{I}{mB}}$. A half cut across the length has $m/2$ and $I = \\frac{(M/2)(L/2)^2}{12} = \\frac{I_0}{8}$; a half cut along the length has $m/2$ and $I_0/2$. Combine the ratios with $B' = bB$.` }),

  // RL growth: i = I₀(1 − e^{−Rt/L}); time to reach f·I₀ and the energy stored then.
  formula({ id: 'p.emi.rl-growth', subject: P, concepts: ['P.EMI.INDUCTANCE', 'M.FUNC.EXPLOG'], difficulty: 4,
    vars: { L: [0.1, 0.2, 0.5, 1], R: [10, 20, 50, 100], E: [5, 10, 12, 20], f: [0.5, 0.75, 0.875, 0.9], w: range(0, 1) },
    text: (v) => `A coil of inductance ${v.L} H and resistance ${v.R} Ω is connected at $t = 0$ to an ideal ${v.E} V battery. Find ${v.w === 0 ? `the time (in ms) at which the current reaches ${v.f * 100}% of its final value` : `the magnetic energy stored (in mJ) when the current has reached ${v.f * 100}% of its final value`} ($\\ln 2 = 0.693$, $\\ln 10 = 2.303$).`,
    hi: {
      text: (v) => `${v.L} H प्रेरकत्व तथा ${v.R} Ω प्रतिरोध की एक कुण्डली $t = 0$ पर ${v.E} V की आदर्श बैटरी से जोड़ी जाती है। ${v.w === 0 ? `वह समय (ms में) ज्ञात कीजिए जब धारा अपने अन्तिम मान की ${v.f * 100}% हो जाती है` : `जब धारा अपने अन्तिम मान की ${v.f * 100}% हो जाए तब संचित चुम्बकीय ऊर्जा (mJ में) ज्ञात कीजिए`} ($\\ln 2 = 0.693$, $\\ln 10 = 2.303$)।`,
      solution: () => `$i = I_0(1 - e^{-t/\\tau})$, $\\tau = L/R$, $I_0 = E/R$; $t = \\tau\\ln\\frac{1}{1 - f}$; ऊर्जा $\\frac12L(fI_0)^2$।`,
    },
    unit: '', result: [0.01, 2000],
    answer: (v) => (v.w === 0 ? (v.L / v.R) * Math.log(1 / (1 - v.f)) * 1000 : 0.5 * v.L * ((v.f * v.E) / v.R) ** 2 * 1000),
    // τ taken as R/L; the time constant alone; (energy) the final energy, or f not squared.
    mistakes: (v) => (v.w === 0 ? [(v.R / v.L) * Math.log(1 / (1 - v.f)), (v.L / v.R) * 1000, (v.L / v.R) * Math.log(1 / v.f) * 1000] : [0.5 * v.L * (v.E / v.R) ** 2 * 1000, 0.5 * v.L * v.f * (v.E / v.R) ** 2 * 1000, v.L * ((v.f * v.E) / v.R) ** 2 * 1000]),
    solution: () => `$L\\frac{di}{dt} + iR = E$ gives $i = I_0(1 - e^{-t/\\tau})$ with $I_0 = \\frac ER$, $\\tau = \\frac LR$. Reaching $fI_0$ takes $t = \\tau\\ln\\frac{1}{1 - f}$ (e.g. $\\tau\\ln 2$ for half). The energy then is $\\frac12L(fI_0)^2$.` }),

  // DC plus AC: i = I₁ + I₂ sin ωt, I_rms = √(I₁² + I₂²/2).
  formula({ id: 'p.ac.dc-plus-ac-rms', subject: P, concepts: ['P.AC.BASICS', 'P.CE.POWER'], difficulty: 4,
    vars: { I1: [1, 2, 3, 4], I2: [2, 3, 4, 5, 6], R: [10, 20, 50], w: range(0, 1) },
    text: (v) => `The current in a resistor of ${v.R} Ω is $i = (${v.I1} + ${v.I2}\\sin\\omega t)$ A. Find ${v.w === 0 ? 'the rms value of the current (in A)' : 'the average power dissipated (in W)'}.`,
    hi: {
      text: (v) => `${v.R} Ω के एक प्रतिरोधक में धारा $i = (${v.I1} + ${v.I2}\\sin\\omega t)$ A है। ${v.w === 0 ? 'धारा का वर्ग-माध्य-मूल (rms) मान (A में)' : 'औसत क्षयित शक्ति (W में)'} ज्ञात कीजिए।`,
      solution: () => `$\\langle i^2\\rangle = I_1^2 + 2I_1I_2\\langle\\sin\\omega t\\rangle + I_2^2\\langle\\sin^2\\omega t\\rangle = I_1^2 + \\frac{I_2^2}{2}$; $P = \\langle i^2\\rangle R$।`,
    },
    unit: '', result: [1, 2000],
    answer: (v) => { const ms = v.I1 * v.I1 + (v.I2 * v.I2) / 2; return v.w === 0 ? Math.sqrt(ms) : ms * v.R; },
    // rms values added linearly; the AC amplitude used as its rms; the DC part ignored.
    mistakes: (v) => { const lin = v.I1 + v.I2 / Math.SQRT2, peak = Math.sqrt(v.I1 * v.I1 + v.I2 * v.I2), ac = v.I2 / Math.SQRT2; return v.w === 0 ? [lin, peak, ac] : [lin * lin * v.R, peak * peak * v.R, ac * ac * v.R]; },
    solution: () => `Average $i^2$ over a period: $I_1^2 + 2I_1I_2\\langle\\sin\\omega t\\rangle + I_2^2\\langle\\sin^2\\omega t\\rangle = I_1^2 + \\frac{I_2^2}{2}$. So $I_{rms} = \\sqrt{I_1^2 + \\frac{I_2^2}{2}}$ (not the sum of the two rms values) and $P = I_{rms}^2R$.` }),

  // Transformer with efficiency η: I_p = P_s/(ηV_p).
  formula({ id: 'p.ac.transformer-efficiency', subject: P, concepts: ['P.AC.TRANSFORMER'], difficulty: 2,
    vars: { eta: [80, 90, 95], Vp: [220, 440, 2200], Ip: [2, 4, 5, 10, 20], Vs: [11, 22, 110] },
    text: (v) => `A step-down transformer of efficiency ${v.eta}% works from ${v.Vp} V mains and delivers ${(v.eta * v.Vp * v.Ip) / 100} W at ${v.Vs} V. Find the current (in A) in its primary coil.`,
    hi: {
      text: (v) => `${v.eta}% दक्षता वाला एक अपचायी ट्रान्सफॉर्मर ${v.Vp} V की मेन्स से चलता है और ${v.Vs} V पर ${(v.eta * v.Vp * v.Ip) / 100} W देता है। इसकी प्राथमिक कुण्डली में धारा (A में) ज्ञात कीजिए।`,
      solution: () => `निवेश शक्ति $= \\frac{P_s}{\\eta}$, अतः $I_p = \\frac{P_s}{\\eta V_p}$।`,
    },
    unit: 'A', result: [2, 20],
    answer: (v) => v.Ip,
    // Efficiency ignored; η multiplied instead of divided; the secondary voltage used.
    mistakes: (v) => { const Ps = (v.eta * v.Vp * v.Ip) / 100; return [Ps / v.Vp, (Ps * v.eta) / 100 / v.Vp, Ps / v.Vs]; },
    solution: () => `Output $P_s = \\eta P_p$, so the input power is $\\frac{P_s}{\\eta}$ and $I_p = \\frac{P_s}{\\eta V_p}$.` }),

  // Object moving along the axis of a concave mirror: image speed = m²·(object speed).
  formula({ id: 'p.opt.mirror-image-speed', subject: P, concepts: ['P.OPT.REFLECT', 'P.KIN.1D'], difficulty: 4,
    vars: { F: [20, 40, 60, 80], x: range(0, 4), s: [4, 8, 12] },
    text: (v) => `An object moves along the principal axis of a concave mirror of focal length ${v.F} cm at ${v.s} cm/s. Find the speed (in cm/s) of its image at the instant the object is ${MIRROR[v.x]![0] * v.F} cm from the mirror.`,
    hi: {
      text: (v) => `एक वस्तु ${v.F} cm फोकस दूरी के अवतल दर्पण के मुख्य अक्ष के अनुदिश ${v.s} cm/s से चलती है। जिस क्षण वस्तु दर्पण से ${MIRROR[v.x]![0] * v.F} cm पर है, उस क्षण प्रतिबिम्ब की चाल (cm/s में) ज्ञात कीजिए।`,
      solution: () => `$\\frac1v + \\frac1u = \\frac1f$ का अवकलन: $\\frac{dv}{dt} = -\\frac{v^2}{u^2}\\frac{du}{dt} = -m^2\\frac{du}{dt}$।`,
    },
    unit: 'cm/s', result: [1, 200],
    answer: (v) => MIRROR[v.x]![1] * v.s,
    // |m| instead of m²; the object's speed; 1/m².
    mistakes: (v) => { const m2 = MIRROR[v.x]![1]; return [Math.sqrt(m2) * v.s, v.s, v.s / m2]; },
    solution: () => `Differentiate the mirror equation $\\frac1v + \\frac1u = \\frac1f$: $-\\frac{1}{v^2}\\frac{dv}{dt} - \\frac{1}{u^2}\\frac{du}{dt} = 0$, so $|\\frac{dv}{dt}| = \\frac{v^2}{u^2}|\\frac{du}{dt}| = m^2|\\frac{du}{dt}|$, with $m$ the lateral magnification at that position.` }),

  // Compound microscope, final image at infinity: M = m_o·D/f_e.
  formula({ id: 'p.opt.microscope', subject: P, concepts: ['P.OPT.INSTRUMENTS', 'P.OPT.LENS'], difficulty: 3,
    vars: { o: range(0, 5), fe: [1.25, 2.5, 5, 6.25] },
    text: (v) => `In a compound microscope the objective has focal length ${objective(v.o)[0]} cm and the object is ${objective(v.o)[1]} cm from it. The eyepiece has focal length ${v.fe} cm and the final image is at infinity (least distance of distinct vision 25 cm). Find the magnitude of the magnifying power.`,
    hi: {
      text: (v) => `एक संयुक्त सूक्ष्मदर्शी के अभिदृश्यक की फोकस दूरी ${objective(v.o)[0]} cm है और वस्तु उससे ${objective(v.o)[1]} cm पर है। नेत्रिका की फोकस दूरी ${v.fe} cm है और अन्तिम प्रतिबिम्ब अनन्त पर है (स्पष्ट दृष्टि की न्यूनतम दूरी 25 cm)। आवर्धन क्षमता का परिमाण ज्ञात कीजिए।`,
      solution: () => `अभिदृश्यक का आवर्धन $m_o = \\frac{v_o}{u_o} = \\frac{f_o}{u_o - f_o}$; नेत्रिका (अनन्त पर प्रतिबिम्ब) $\\frac{D}{f_e}$; $M = m_o\\frac{D}{f_e}$।`,
    },
    unit: '', result: [10, 200],
    answer: (v) => Math.round(objMag(v.o) * (25 / v.fe) * 1e9) / 1e9,
    // Near-point formula 1 + D/f_e used; the eyepiece alone; D/f_o for the objective.
    mistakes: (v) => [objMag(v.o) * (1 + 25 / v.fe), 25 / v.fe, (25 / objective(v.o)[0]) * (25 / v.fe)],
    solution: () => `The objective forms a real image with $m_o = \\frac{v_o}{u_o} = \\frac{f_o}{u_o - f_o}$. For a final image at infinity that image sits at the eyepiece's focus, which then magnifies angularly by $\\frac{D}{f_e}$: $M = m_o\\frac{D}{f_e}$.` }),

  // Thin slab over one slit: fringes shift by (μ − 1)t/λ, a distance (μ − 1)tD/d.
  formula({ id: 'p.opt.ydse-slab', subject: P, concepts: ['P.OPT.INTERFERENCE'], difficulty: 4,
    vars: { mu: [1.4, 1.5], lam: [480, 500, 600], n: range(2, 10), D: [1, 1.5, 2], d: [0.5, 1, 2], w: range(0, 1) },
    text: (v) => `In Young's double-slit experiment (slits ${v.d} mm apart, screen ${v.D} m away, light of wavelength ${v.lam} nm), one slit is covered by a thin transparent sheet of refractive index ${v.mu} and thickness ${slabT(v.n, v.lam, v.mu)} µm. Find ${v.w === 0 ? 'the number of fringes by which the pattern shifts' : 'the shift (in mm) of the central bright fringe'}.`,
    hi: {
      text: (v) => `यंग के द्वि-झिरी प्रयोग में (झिरियों के बीच ${v.d} mm, पर्दा ${v.D} m दूर, ${v.lam} nm तरंगदैर्ध्य का प्रकाश) एक झिरी को ${v.mu} अपवर्तनांक तथा ${slabT(v.n, v.lam, v.mu)} µm मोटाई की एक पतली पारदर्शी शीट से ढका जाता है। ${v.w === 0 ? 'पैटर्न कितनी फ्रिन्जों से विस्थापित होता है' : 'केन्द्रीय दीप्त फ्रिन्ज का विस्थापन (mm में)'} ज्ञात कीजिए।`,
      solution: () => `शीट अतिरिक्त प्रकाशिक पथ $(\\mu - 1)t$ जोड़ती है; फ्रिन्जों की संख्या $\\frac{(\\mu - 1)t}{\\lambda}$, विस्थापन $\\frac{(\\mu - 1)tD}{d}$, ढकी झिरी की ओर।`,
    },
    unit: '', result: [0.4, 30],
    answer: (v) => (v.w === 0 ? v.n : (v.n * v.lam * v.D) / (v.d * 1000)),
    // μ used for μ − 1; half the path difference; (shift) the fringe width alone.
    mistakes: (v) => { const t = slabT(v.n, v.lam, v.mu); return v.w === 0 ? [(v.mu * t * 1000) / v.lam, v.n / 2, 2 * v.n] : [(v.mu * t * v.D) / v.d, (v.n * v.lam * v.D) / (2 * v.d * 1000), (v.lam * v.D) / (v.d * 1000)]; },
    solution: () => `The sheet adds optical path $(\\mu - 1)t$ to its slit's ray, so the zero-path-difference point moves to where $\\frac{yd}{D} = (\\mu - 1)t$: a shift $\\frac{(\\mu - 1)tD}{d}$ towards the covered slit, i.e. $\\frac{(\\mu - 1)t}{\\lambda}$ fringe widths.` }),

  // Single slit: the m₁-th minimum of λ₁ falls on the m₂-th minimum of λ₂ when m₁λ₁ = m₂λ₂.
  formula({ id: 'p.opt.slit-minima-coincide', subject: P, concepts: ['P.OPT.DIFFRACTION'], difficulty: 3,
    vars: { lam: [600, 660, 720], o: range(0, 3) },
    text: (v) => `Light containing two wavelengths falls normally on a single slit. The ${ORDERS[v.o]![0] === 2 ? 'second' : ORDERS[v.o]![0] === 3 ? 'third' : ORDERS[v.o]![0] === 4 ? 'fourth' : 'fifth'} diffraction minimum of the ${v.lam} nm light coincides with the ${ORDERS[v.o]![1] === 3 ? 'third' : ORDERS[v.o]![1] === 4 ? 'fourth' : ORDERS[v.o]![1] === 5 ? 'fifth' : 'sixth'} minimum of the other. Find the other wavelength (in nm).`,
    hi: {
      text: (v) => `दो तरंगदैर्ध्य वाला प्रकाश एक एकल झिरी पर अभिलम्बवत पड़ता है। ${v.lam} nm प्रकाश का ${ORDERS[v.o]![0]}वाँ विवर्तन निम्निष्ठ दूसरे प्रकाश के ${ORDERS[v.o]![1]}वें निम्निष्ठ से सम्पाती है। दूसरी तरंगदैर्ध्य (nm में) ज्ञात कीजिए।`,
      solution: () => `एकल झिरी के निम्निष्ठ: $a\\sin\\theta = m\\lambda$; सम्पाती होने पर $m_1\\lambda_1 = m_2\\lambda_2$।`,
    },
    unit: 'nm', result: [400, 700],
    answer: (v) => (ORDERS[v.o]![0] * v.lam) / ORDERS[v.o]![1],
    // Orders inverted; the maxima condition (m + ½) used; the same wavelength.
    mistakes: (v) => { const [a, b] = ORDERS[v.o]!; return [(b * v.lam) / a, ((a + 0.5) * v.lam) / (b + 0.5), v.lam]; },
    solution: () => `Single-slit minima satisfy $a\\sin\\theta = m\\lambda$. At a common angle $m_1\\lambda_1 = m_2\\lambda_2$, so $\\lambda_2 = \\frac{m_1}{m_2}\\lambda_1$.` }),

  // Three polarisers, outer two crossed, middle at θ: I = (I₀/8) sin² 2θ.
  formula({ id: 'p.opt.three-polarisers', subject: P, concepts: ['P.OPT.POLAR'], difficulty: 3,
    vars: { I0: [64, 128, 256, 320], t: range(0, 4) },
    text: (v) => `Unpolarised light of intensity ${v.I0} W/m² passes through three polarisers in turn. The first and third have their axes crossed (at 90°); the middle one's axis is at ${middle(v.t)[0]}° to the first. Find the intensity (in W/m²) of the emerging light.`,
    hi: {
      text: (v) => `${v.I0} W/m² तीव्रता का अध्रुवित प्रकाश क्रम से तीन ध्रुवकों से गुजरता है। पहले तथा तीसरे के अक्ष परस्पर लम्बवत (90°) हैं; बीच वाले का अक्ष पहले से ${middle(v.t)[0]}° पर है। निर्गत प्रकाश की तीव्रता (W/m² में) ज्ञात कीजिए।`,
      solution: () => `पहला ध्रुवक $I_0/2$ देता है; फिर मैलस नियम दो बार: $\\frac{I_0}{2}\\cos^2\\theta\\cos^2(90° - \\theta) = \\frac{I_0}{8}\\sin^22\\theta$।`,
    },
    unit: 'W/m²', result: [4, 40],
    answer: (v) => (v.I0 * middle(v.t)[1]) / 8,
    // The ½ of the first polariser forgotten; the third polariser ignored; cos² used twice.
    mistakes: (v) => { const c2 = Math.cos((middle(v.t)[0] * Math.PI) / 180) ** 2; return [(v.I0 * middle(v.t)[1]) / 4, (v.I0 / 2) * c2, (v.I0 / 2) * c2 * c2]; },
    solution: () => `The first polariser passes $\\frac{I_0}{2}$. Malus's law at the middle one ($\\cos^2\\theta$) and the last ($\\cos^2(90° - \\theta) = \\sin^2\\theta$): $I = \\frac{I_0}{2}\\cos^2\\theta\\sin^2\\theta = \\frac{I_0}{8}\\sin^22\\theta$, though the crossed pair alone would pass nothing.` }),
]);
