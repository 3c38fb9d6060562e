import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef, Params } from './types.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';

const P = 'PHYSICS' as const;
const EPS0 = 8.85e-12; // F/m, stated in the texts
const K = 9e9; // N m² C⁻², stated in the texts

/**
 * Physical quantities written as combinations of symbols (SI meanings stated in the question).
 * `dim` is the generator's own reference table [M, L, T, A]; the tests derive every entry again
 * from the symbols' SI units.
 */
export const DIMENSION_QUANTITIES = [
  { tex: 'GM/R', dim: [0, 2, -2, 0] },
  { tex: '\\tfrac12 CV^2', dim: [1, 2, -2, 0] },
  { tex: 'L/R', dim: [0, 0, 1, 0] },
  { tex: '\\sqrt{LC}', dim: [0, 0, 1, 0] },
  { tex: '\\varepsilon_0 E^2', dim: [1, -1, -2, 0] },
  { tex: 'B^2/\\mu_0', dim: [1, -1, -2, 0] },
  { tex: 'h/\\lambda', dim: [1, 1, -1, 0] },
  { tex: 'RC', dim: [0, 0, 1, 0] },
  { tex: '1/\\sqrt{\\mu_0\\varepsilon_0}', dim: [0, 1, -1, 0] },
  { tex: 'E/B', dim: [0, 1, -1, 0] },
  { tex: 'qvB', dim: [1, 1, -2, 0] },
  { tex: 'hc/\\lambda', dim: [1, 2, -2, 0] },
  { tex: 'mv', dim: [1, 1, -1, 0] },
  { tex: 'ma', dim: [1, 1, -2, 0] },
] as const;
const sameDim = (a: readonly number[], b: readonly number[]) => a.every((x, i) => x === b[i]);
const SYMBOLS = '$G$ gravitational constant, $M$ mass, $R$ radius or resistance, $C$ capacitance, $V$ potential difference, $L$ inductance, $\\varepsilon_0$ permittivity, $\\mu_0$ permeability, $E$ electric field, $B$ magnetic field, $h$ Planck constant, $\\lambda$ wavelength, $c$ speed of light, $q$ charge, $v$ speed, $m$ mass, $a$ acceleration';
const SYMBOLS_HI = '$G$ गुरुत्वीय नियतांक, $M$ द्रव्यमान, $R$ त्रिज्या या प्रतिरोध, $C$ धारिता, $V$ विभवान्तर, $L$ प्रेरकत्व, $\\varepsilon_0$ परावैद्युतता, $\\mu_0$ चुम्बकशीलता, $E$ विद्युत क्षेत्र, $B$ चुम्बकीय क्षेत्र, $h$ प्लांक नियतांक, $\\lambda$ तरंगदैर्ध्य, $c$ प्रकाश की चाल, $q$ आवेश, $v$ चाल, $m$ द्रव्यमान, $a$ त्वरण';

const sameDimensions: GeneratorDef = {
  id: 'p.units.same-dimensions', subject: P, concepts: ['P.UNITS.DIM', 'P.UNITS.SI'], difficulty: 3,
  build(rng) {
    const all = DIMENSION_QUANTITIES.map((_, i) => i);
    const withTwin = all.filter((i) => all.some((j) => j !== i && sameDim(DIMENSION_QUANTITIES[i]!.dim, DIMENSION_QUANTITIES[j]!.dim)));
    const x = rng.pick(withTwin);
    const xd = DIMENSION_QUANTITIES[x]!.dim;
    const c = rng.pick(all.filter((j) => j !== x && sameDim(DIMENSION_QUANTITIES[j]!.dim, xd)));
    const [d1, d2, d3] = rng.shuffle(all.filter((j) => !sameDim(DIMENSION_QUANTITIES[j]!.dim, xd))).slice(0, 3) as [number, number, number];
    const opt = (i: number) => `$${DIMENSION_QUANTITIES[i]!.tex}$`;
    const distractors = [opt(d1), opt(d2), opt(d3)];
    return choice({
      params: { x, c, d1, d2, d3 },
      text: `Which of the following has the same dimensions as $${DIMENSION_QUANTITIES[x]!.tex}$? (Symbols: ${SYMBOLS}.)`,
      correct: opt(c),
      distractors,
      solution: `Write each symbol in base units (M, L, T, A) and combine the powers. $${DIMENSION_QUANTITIES[x]!.tex}$ has dimensions $[M^{${xd[0]}}L^{${xd[1]}}T^{${xd[2]}}A^{${xd[3]}}]$, and so has ${opt(c)}.`,
      hi: {
        text: `निम्नलिखित में से किसकी विमाएँ $${DIMENSION_QUANTITIES[x]!.tex}$ की विमाओं के समान हैं? (संकेत: ${SYMBOLS_HI}।)`,
        solution: `प्रत्येक संकेत को मूल मात्रकों (M, L, T, A) में लिखकर घातें जोड़िए। $${DIMENSION_QUANTITIES[x]!.tex}$ की विमाएँ $[M^{${xd[0]}}L^{${xd[1]}}T^{${xd[2]}}A^{${xd[3]}}]$ हैं, और ${opt(c)} की भी।`,
        correct: opt(c),
        distractors,
      },
    });
  },
};

// A charged, isolated capacitor (battery removed) filled with a dielectric of constant K.
const slabText = (p: Params): string[] => [
  `The charge on the capacitor becomes $${formatNumber(p.s0 as number)}$ µC.`,
  `The potential difference across it becomes $${formatNumber(p.s1 as number)}$ V.`,
  `The energy stored becomes $${formatNumber(p.s2 as number)}$ mJ.`,
  `The electric field between the plates becomes $${formatNumber(p.s3 as number)}$ times its earlier value.`,
];
const slabHindi = (p: Params): string[] => [
  `संधारित्र पर आवेश $${formatNumber(p.s0 as number)}$ µC हो जाता है।`,
  `इसके सिरों पर विभवान्तर $${formatNumber(p.s1 as number)}$ V हो जाता है।`,
  `संचित ऊर्जा $${formatNumber(p.s2 as number)}$ mJ हो जाती है।`,
  `प्लेटों के बीच विद्युत क्षेत्र पहले के मान का $${formatNumber(p.s3 as number)}$ गुना हो जाता है।`,
];
const isolatedDielectric: ClaimGenerator = {
  id: 'p.es.isolated-dielectric-claims', subject: P, concepts: ['P.ES.DIELECTRIC', 'P.ES.CAPACITOR'], difficulty: 4,
  statements: slabText,
  build(rng) {
    const C = rng.pick([2, 5, 10] as const); // µF
    const V = rng.pick([50, 100, 200] as const);
    const k = rng.pick([2, 3, 4, 5] as const);
    const Q = C * V; // µC
    const U = (0.5 * C * V * V) / 1000; // mJ
    // Named mistakes: the battery treated as still connected (Q and U grow by K), V multiplied by K, field unchanged-or-grown.
    const truths = [Q, V / k, U / k, 1 / k];
    const wrongs = [k * Q, V * k, U * k, k];
    const flags = truths.map(() => rng.int(0, 1));
    if (!flags.includes(1)) flags[rng.int(0, 3)] = 1;
    const shown = truths.map((t, i) => (flags[i] === 1 ? t : (wrongs[i] as number)));
    const params: Params = { C, V, k, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! };
    return multi({
      params,
      text: `A ${C} µF parallel-plate capacitor is charged to ${V} V and the battery is then disconnected. A dielectric slab of dielectric constant ${k} is now inserted to fill the space between the plates completely. Which of the following statements is/are correct?`,
      options: slabText(params).map((text, i) => ({ text, correct: flags[i] === 1 })),
      solution: `Isolated, the charge stays $Q = CV = ${Q}$ µC. The capacitance becomes $KC$, so $V' = Q/KC = V/K$, $U' = Q^2/2KC = U/K$ (work is done pulling the slab in), and $E' = V'/d = E/K$.`,
      hi: {
        text: `${C} µF के एक समान्तर-पट्ट संधारित्र को ${V} V तक आवेशित करके बैटरी हटा दी जाती है। अब ${k} परावैद्युतांक की एक परावैद्युत पट्टिका प्लेटों के बीच के स्थान को पूर्णतः भरते हुए डाली जाती है। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `विलगित संधारित्र पर आवेश $Q = CV = ${Q}$ µC नियत रहता है। धारिता $KC$ हो जाती है, अतः $V' = Q/KC = V/K$, $U' = Q^2/2KC = U/K$ (पट्टिका भीतर खिंचती है) तथा $E' = V'/d = E/K$।`,
        options: slabHindi(params),
      },
    });
  },
};

/** Lens positions (u, v) in cm whose focal length uv/(u + v) is a whole number. */
const LENS_PAIRS: readonly (readonly [number, number])[] = [
  [30, 60], [20, 30], [15, 30], [40, 60], [30, 70], [20, 80], [36, 45], [24, 40], [60, 90], [45, 90], [28, 70], [35, 140],
];
const lensPair = (i: number) => LENS_PAIRS[i] as readonly [number, number];
const REFRACTIVE = [
  { tex: '1.25', n: 1.25, ratio: 4 / 3 },
  { tex: '$\\frac{5}{3}$', n: 5 / 3, ratio: 3 / 4 },
  { tex: '$\\sqrt{2}$', n: Math.SQRT2, ratio: 1 },
] as const;
const refr = (i: number) => REFRACTIVE[i] as (typeof REFRACTIVE)[number];

/** From the stopping potentials as printed (2 decimals): hc/e (V nm) and φ (eV) through both points. */
function photoFit(v: Record<string, number>): { hc: number; phi: number; V1: number; V2: number } {
  const V1 = Number((1240 / v.l1! - v.phi!).toFixed(2));
  const V2 = Number((1240 / v.l2! - v.phi!).toFixed(2));
  const hc = (V1 - V2) / (1 / v.l1! - 1 / v.l2!);
  return { hc, phi: hc / v.l1! - V1, V1, V2 };
}

/** Electrostatics, optics, photons and fluids in depth: new shapes for thin concepts. */
export const physicsDepthFieldGenerators: GeneratorDef[] = physicalDistractors([
  sameDimensions,

  // Slab of thickness t in a gap d: air gap and slab in series, C = ε₀A/(d − t + t/K).
  formula({ id: 'p.es.partial-dielectric', subject: P, concepts: ['P.ES.DIELECTRIC', 'P.ES.CAPACITOR'], difficulty: 4,
    vars: { A: [0.01, 0.02, 0.05], d: [2, 4, 5], t: range(1, 3), Kd: [2, 4, 5, 6] },
    text: (v) => `A parallel-plate capacitor has plates of area ${v.A} m² separated by ${v.d} mm. A dielectric slab of thickness ${Math.min(v.t, v.d - 1)} mm and dielectric constant ${v.Kd} is placed between the plates, parallel to them. Find the capacitance in pF ($\\varepsilon_0 = 8.85 \\times 10^{-12}$ F/m).`,
    hi: {
      text: (v) => `एक समान्तर-पट्ट संधारित्र की प्लेटों का क्षेत्रफल ${v.A} m² तथा उनके बीच की दूरी ${v.d} mm है। ${Math.min(v.t, v.d - 1)} mm मोटाई तथा ${v.Kd} परावैद्युतांक की एक परावैद्युत पट्टिका प्लेटों के बीच उनके समान्तर रखी है। धारिता pF में ज्ञात कीजिए ($\\varepsilon_0 = 8.85 \\times 10^{-12}$ F/m)।`,
      solution: () => `वायु अन्तराल तथा पट्टिका श्रेणीक्रम में दो संधारित्र हैं: $C = \\frac{\\varepsilon_0 A}{d - t + t/K}$।`,
    },
    unit: 'pF', result: [15, 400],
    answer: (v) => { const t = Math.min(v.t, v.d - 1); return ((EPS0 * v.A) / ((v.d - t + t / v.Kd) * 1e-3)) * 1e12; },
    // Slab taken as filling the gap; a conducting slab; t/K added without removing t.
    mistakes: (v) => { const t = Math.min(v.t, v.d - 1); return [((v.Kd * EPS0 * v.A) / (v.d * 1e-3)) * 1e12, ((EPS0 * v.A) / ((v.d - t) * 1e-3)) * 1e12, ((EPS0 * v.A) / ((v.d + t / v.Kd) * 1e-3)) * 1e12]; },
    solution: () => `The air gap $(d - t)$ and the slab $t$ act as capacitors in series: $\\frac{1}{C} = \\frac{d - t}{\\varepsilon_0A} + \\frac{t}{K\\varepsilon_0A}$, i.e. $C = \\frac{\\varepsilon_0 A}{d - t + t/K}$. The slab acts like a reduced air gap of thickness $t/K$.` }),

  isolatedDielectric,

  // W = kQq/r in mJ is 9·Q·q/r with charges in µC; r ∈ {0.1, 0.3, 0.45, 0.9} m keeps it whole.
  formula({ id: 'p.es.work-from-infinity', subject: P, concepts: ['P.ES.POTENTIAL', 'P.ES.COULOMB'], difficulty: 2,
    vars: { Q: range(1, 5), q: range(1, 5), r: [0.1, 0.3, 0.45, 0.9] },
    text: (v) => `A charge of ${v.Q} µC is fixed in vacuum. How much work (in mJ) must be done to bring a charge of ${v.q} µC slowly from infinity to a point ${v.r} m from it ($k = 9 \\times 10^9$ N m²/C²)?`,
    hi: {
      text: (v) => `निर्वात में ${v.Q} µC का एक आवेश स्थिर है। ${v.q} µC के आवेश को अनन्त से धीरे-धीरे उससे ${v.r} m दूर के बिन्दु तक लाने में कितना कार्य (mJ में) करना होगा ($k = 9 \\times 10^9$ N m²/C²)?`,
      solution: () => `$W = qV = \\frac{kQq}{r}$ (स्थितिज ऊर्जा में वृद्धि)।`,
    },
    unit: 'mJ', result: [10, 2250],
    answer: (v) => Math.round((9 * v.Q * v.q) / v.r),
    // Force formula (1/r²) used for work; a spurious ½; charges left in µC.
    mistakes: (v) => [(9 * v.Q * v.q) / (v.r * v.r), (4.5 * v.Q * v.q) / v.r, (9e9 * v.Q * v.q) / v.r],
    solution: () => `$W = qV = \\frac{kQq}{r}$, the rise in potential energy; with charges in coulombs the result is in joules.` }),

  // Field on the axis of a ring: kQx/(R² + x²)^{3/2}, in kN/C.
  formula({ id: 'p.es.ring-axis-field', subject: P, concepts: ['P.ES.FIELD', 'P.ES.COULOMB'], difficulty: 4,
    vars: { Q: range(1, 5), R: [0.1, 0.2, 0.3], x: [0.1, 0.2, 0.3, 0.4] },
    text: (v) => `A thin ring of radius ${v.R} m carries a charge of ${v.Q} µC spread uniformly. Find the magnitude of the electric field on its axis at ${v.x} m from the centre, in kN/C ($k = 9 \\times 10^9$ N m²/C²).`,
    hi: {
      text: (v) => `${v.R} m त्रिज्या की एक पतली वलय पर ${v.Q} µC आवेश एकसमान रूप से फैला है। इसकी अक्ष पर केन्द्र से ${v.x} m दूरी पर विद्युत क्षेत्र का परिमाण kN/C में ज्ञात कीजिए ($k = 9 \\times 10^9$ N m²/C²)।`,
      solution: () => `प्रत्येक आवेश-अवयव की लम्बवत घटकें निरस्त हो जाती हैं; अक्षीय घटक जुड़कर $E = \\frac{kQx}{(R^2 + x^2)^{3/2}}$ देते हैं।`,
    },
    unit: 'kN/C', result: [5, 2000],
    answer: (v) => (K * v.Q * 1e-6 * v.x) / (v.R * v.R + v.x * v.x) ** 1.5 / 1000,
    // Whole charge at the ring's rim distance; whole charge at the centre; the power 3/2 dropped.
    mistakes: (v) => [(K * v.Q * 1e-6) / (v.R * v.R + v.x * v.x) / 1000, (K * v.Q * 1e-6) / (v.x * v.x) / 1000, (K * v.Q * 1e-6 * v.x) / (v.R * v.R + v.x * v.x) / 1000],
    solution: () => `Components perpendicular to the axis cancel in pairs; the axial components add: $E = \\frac{kQ}{R^2 + x^2}\\cdot\\frac{x}{\\sqrt{R^2 + x^2}} = \\frac{kQx}{(R^2 + x^2)^{3/2}}$.` }),

  // Displacement method: object–screen distance D = u + v, lens positions x = v − u apart, f = (D² − x²)/4D.
  formula({ id: 'p.opt.lens-displacement', subject: P, concepts: ['P.OPT.LENS', 'P.OPT.INSTRUMENTS'], difficulty: 3,
    vars: { p: range(0, LENS_PAIRS.length - 1) },
    text: (v) => `An object and a screen are fixed ${lensPair(v.p)[0] + lensPair(v.p)[1]} cm apart. A convex lens placed between them gives a sharp image on the screen at two positions ${lensPair(v.p)[1] - lensPair(v.p)[0]} cm apart. Find the focal length of the lens in cm.`,
    hi: {
      text: (v) => `एक वस्तु तथा पर्दा ${lensPair(v.p)[0] + lensPair(v.p)[1]} cm की दूरी पर स्थिर हैं। उनके बीच रखा एक उत्तल लेंस दो स्थितियों पर, जो ${lensPair(v.p)[1] - lensPair(v.p)[0]} cm दूर हैं, पर्दे पर स्पष्ट प्रतिबिम्ब बनाता है। लेंस की फोकस दूरी cm में ज्ञात कीजिए।`,
      solution: () => `दोनों स्थितियों में $u$ तथा $v$ आपस में बदल जाते हैं: $u + v = D$, $v - u = x$, अतः $f = \\frac{uv}{u + v} = \\frac{D^2 - x^2}{4D}$।`,
    },
    unit: 'cm', result: [10, 36],
    answer: (v) => { const [u, w] = lensPair(v.p); return (u * w) / (u + w); },
    // (D − x)/4 and (D + x)/4 from halving; 2D for 4D; D/4, the largest possible f.
    mistakes: (v) => { const [u, w] = lensPair(v.p); const D = u + w, x = w - u; return [(D - x) / 4, (D + x) / 4, (D * D - x * x) / (2 * D), D / 4]; },
    solution: () => `The two positions interchange object and image distances: $u + v = D$ and $v - u = x$, so $u = \\frac{D - x}{2}$, $v = \\frac{D + x}{2}$ and $f = \\frac{uv}{u + v} = \\frac{D^2 - x^2}{4D}$.` }),

  // Light escapes only inside the critical cone: r = h tan C with sin C = 1/n.
  formula({ id: 'p.opt.escape-circle', subject: P, concepts: ['P.OPT.REFRACT'], difficulty: 3,
    vars: { i: range(0, 2), h: [12, 24, 36, 48, 60] },
    text: (v) => `A small bulb is ${v.h} cm below the surface of a large tank of a transparent liquid of refractive index ${refr(v.i).tex}. Find the radius (in cm) of the circle on the surface through which light emerges.`,
    hi: {
      text: (v) => `${refr(v.i).tex} अपवर्तनांक वाले पारदर्शी द्रव की एक बड़ी टंकी में एक छोटा बल्ब सतह से ${v.h} cm नीचे है। सतह पर उस वृत्त की त्रिज्या (cm में) ज्ञात कीजिए जिससे प्रकाश बाहर निकलता है।`,
      solution: () => `क्रान्तिक कोण से अधिक कोण पर आपतित किरणें पूर्ण आन्तरिक परावर्तित होती हैं: $\\sin C = 1/n$, $r = h\\tan C = \\frac{h}{\\sqrt{n^2 - 1}}$।`,
    },
    unit: 'cm', result: [9, 80],
    answer: (v) => Math.round(v.h * refr(v.i).ratio),
    // sin C, cot C and cos C in place of tan C.
    mistakes: (v) => { const n = refr(v.i).n; const s = 1 / n, c = Math.sqrt(1 - s * s); return [v.h * s, (v.h * c) / s, v.h * c]; },
    solution: () => `Rays meeting the surface beyond the critical angle are totally reflected: $\\sin C = 1/n$, so the bright circle has $r = h\\tan C = \\frac{h}{\\sqrt{n^2 - 1}}$.` }),

  // Two (λ, V₀) readings fix hc/e and φ; stopping potentials printed to 2 decimals, answer from them.
  formula({ id: 'p.dual.two-wavelengths', subject: P, concepts: ['P.DUAL.PHOTO', 'M.MAT.LINSYS'], difficulty: 4,
    vars: { phi: [2, 2.3, 2.5, 2.75], l1: [200, 250, 300], l2: [350, 400], w: range(0, 1) },
    text: (v) => { const f = photoFit(v); return `In a photoelectric experiment the stopping potential is ${f.V1} V for light of wavelength ${v.l1} nm and ${f.V2} V for ${v.l2} nm. Without using a value of $h$, find ${v.w === 0 ? 'the work function of the metal in eV' : 'the threshold wavelength of the metal in nm'}.`; },
    hi: {
      text: (v) => { const f = photoFit(v); return `एक प्रकाश-विद्युत प्रयोग में ${v.l1} nm तरंगदैर्ध्य के प्रकाश के लिए निरोधी विभव ${f.V1} V तथा ${v.l2} nm के लिए ${f.V2} V है। $h$ का कोई मान लिए बिना ${v.w === 0 ? 'धातु का कार्य फलन eV में' : 'धातु की देहली तरंगदैर्ध्य nm में'} ज्ञात कीजिए।`; },
      solution: () => `$eV_0 = \\frac{hc}{\\lambda} - \\phi$ दोनों पाठ्यांकों के लिए: घटाने पर $\\frac{hc}{e} = \\frac{V_1 - V_2}{1/\\lambda_1 - 1/\\lambda_2}$, फिर $\\phi = \\frac{hc}{\\lambda_1} - eV_1$ तथा $\\lambda_0 = hc/\\phi$।`,
    },
    unit: '', result: [1.5, 700],
    answer: (v) => { const f = photoFit(v); return v.w === 0 ? f.phi : f.hc / f.phi; },
    // φ: the stopping potential itself, the photon energy, φ with the sign of V₁ flipped. λ₀: hc/eV at each reading, the mean wavelength.
    mistakes: (v) => { const f = photoFit(v); return v.w === 0 ? [f.V1, f.hc / v.l1, f.hc / v.l1 + f.V1] : [f.hc / f.V1, f.hc / f.V2, (v.l1 + v.l2) / 2]; },
    solution: () => `Write $eV_0 = \\frac{hc}{\\lambda} - \\phi$ for both readings. Subtracting: $\\frac{hc}{e} = \\frac{V_1 - V_2}{1/\\lambda_1 - 1/\\lambda_2}$ (in V nm); then $\\phi = \\frac{hc}{\\lambda_1} - eV_1$ and the threshold $\\lambda_0 = hc/\\phi$.` }),

  // Venturi: continuity v₂ = r v₁ and Bernoulli ΔP = ½ρ(v₂² − v₁²).
  formula({ id: 'p.flu.venturi', subject: P, concepts: ['P.FLU.BERNOULLI', 'P.FLU.PRESSURE'], difficulty: 4,
    vars: { r: [2, 3, 4], dP: [1.5, 3, 6, 12, 24], w: range(0, 1) },
    text: (v) => `Water (density 1000 kg/m³) flows steadily through a horizontal venturi tube whose main cross-section is ${v.r} times its throat cross-section. The pressure in the main pipe exceeds that in the throat by ${v.dP} kPa. Find the speed of the water ${v.w === 0 ? 'in the main pipe' : 'in the throat'}, in m/s.`,
    hi: {
      text: (v) => `जल (घनत्व 1000 kg/m³) एक क्षैतिज वेंचुरी नली में स्थायी रूप से बहता है जिसका मुख्य अनुप्रस्थ काट उसके कण्ठ (throat) के अनुप्रस्थ काट का ${v.r} गुना है। मुख्य पाइप में दाब कण्ठ की तुलना में ${v.dP} kPa अधिक है। ${v.w === 0 ? 'मुख्य पाइप में' : 'कण्ठ में'} जल की चाल m/s में ज्ञात कीजिए।`,
      solution: () => `सांतत्य: $v_2 = rv_1$; बर्नूली: $\\Delta P = \\frac12\\rho(v_2^2 - v_1^2) = \\frac12\\rho v_1^2(r^2 - 1)$, अतः $v_1 = \\sqrt{\\frac{2\\Delta P}{\\rho(r^2 - 1)}}$।`,
    },
    unit: 'm/s', result: [0.4, 20],
    answer: (v) => { const v1 = Math.sqrt((2 * v.dP * 1000) / (1000 * (v.r * v.r - 1))); return v.w === 0 ? v1 : v.r * v1; },
    // Continuity ignored (√(2ΔP/ρ)); area ratio not squared; main-pipe and throat speeds swapped.
    mistakes: (v) => {
      const v1 = Math.sqrt((2 * v.dP * 1000) / (1000 * (v.r * v.r - 1)));
      return [Math.sqrt((2 * v.dP * 1000) / 1000), Math.sqrt((2 * v.dP * 1000) / (1000 * (v.r - 1))) * (v.w === 0 ? 1 : v.r), v.w === 0 ? v.r * v1 : v1];
    },
    solution: () => `Continuity: $v_2 = rv_1$. Bernoulli on the horizontal axis: $\\Delta P = \\frac12\\rho(v_2^2 - v_1^2) = \\frac12\\rho v_1^2(r^2 - 1)$, so $v_1 = \\sqrt{\\frac{2\\Delta P}{\\rho(r^2 - 1)}}$ and $v_2 = rv_1$.` }),
]);
