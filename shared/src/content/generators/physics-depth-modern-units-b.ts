import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import { choice, multi } from './spec.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import type { GeneratorDef, Params } from './types.ts';

const P = 'PHYSICS' as const;
const HC = 1240; // eV nm, stated in the texts

/** Real binding energies per nucleon (MeV): ²H, ³H, ³He, ⁴He, ⁶Li, ⁷Li, ⁹Be, ¹²C, ¹⁴N, ¹⁷O. */
export const BA: Record<string, readonly [number, number]> = {
  '^{2}H': [2, 1.112], '^{3}H': [3, 2.827], '^{3}He': [3, 2.573], '^{4}He': [4, 7.074], '^{6}Li': [6, 5.332],
  '^{7}Li': [7, 5.606], '^{9}Be': [9, 6.463], '^{12}C': [12, 7.68], '^{14}N': [14, 7.476], '^{17}O': [17, 7.751],
};
/** Reactions as [reactants, products]; free nucleons (n, p) carry no binding energy. */
export const REACTIONS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['^{2}H', '^{2}H'], ['^{4}He']], [['^{2}H', '^{3}H'], ['^{4}He', 'n']], [['^{2}H', '^{2}H'], ['^{3}He', 'n']],
  [['^{2}H', '^{2}H'], ['^{3}H', 'p']], [['^{6}Li', 'n'], ['^{3}H', '^{4}He']], [['^{7}Li', 'p'], ['^{4}He', '^{4}He']],
  [['^{2}H', '^{3}He'], ['^{4}He', 'p']], [['^{3}He', '^{3}He'], ['^{4}He', 'p', 'p']], [['^{3}H', '^{3}H'], ['^{4}He', 'n', 'n']],
  [['^{6}Li', '^{2}H'], ['^{4}He', '^{4}He']], [['^{7}Li', '^{2}H'], ['^{4}He', '^{4}He', 'n']], [['^{9}Be', '^{4}He'], ['^{12}C', 'n']],
  [['^{14}N', '^{4}He'], ['^{17}O', 'p']],
];
const bind = (s: string) => { const e = BA[s]; return e ? e[0] * e[1] : 0; };
/** `^{4}He` → `{}^{4}\mathrm{He}` (KaTeX); n and p upright. */
const nuclide = (x: string) => x.replace(/^\^\{(\d+)\}(\w+)$/, '{}^{$1}\\mathrm{$2}').replace(/^([np])$/, '\\mathrm{$1}');
const side = (xs: readonly string[]) => xs.map(nuclide).join(' + ');
const qValue = (i: number) => { const [r, p] = REACTIONS[i]!; return p.reduce((a, x) => a + bind(x), 0) - r.reduce((a, x) => a + bind(x), 0); };
const usedNuclei = (i: number) => [...new Set([...REACTIONS[i]![0], ...REACTIONS[i]![1]].filter((x) => BA[x]))];

/** SI quantities with their base-unit exponents [kg, m, s, A]. */
export const SI_QUANTITIES: readonly (readonly [string, string, readonly [number, number, number, number]])[] = [
  ['pressure', 'दाब', [1, -1, -2, 0]], ['energy', 'ऊर्जा', [1, 2, -2, 0]], ['power', 'शक्ति', [1, 2, -3, 0]],
  ['electric charge', 'विद्युत आवेश', [0, 0, 1, 1]], ['potential difference', 'विभवान्तर', [1, 2, -3, -1]],
  ['electrical resistance', 'विद्युत प्रतिरोध', [1, 2, -3, -2]], ['capacitance', 'धारिता', [-1, -2, 4, 2]],
  ['magnetic field (B)', 'चुम्बकीय क्षेत्र (B)', [1, 0, -2, -1]], ['inductance', 'प्रेरकत्व', [1, 2, -2, -2]],
  ['magnetic flux', 'चुम्बकीय फ्लक्स', [1, 2, -2, -1]], ['the gravitational constant G', 'गुरुत्वाकर्षण नियतांक G', [-1, 3, -2, 0]],
  ["Planck's constant", 'प्लांक नियतांक', [1, 2, -1, 0]], ['coefficient of viscosity', 'श्यानता गुणांक', [1, -1, -1, 0]],
  ['surface tension', 'पृष्ठ तनाव', [1, 0, -2, 0]], ['the permittivity of free space', 'निर्वात की विद्युतशीलता', [-1, -3, 4, 2]],
  ['momentum', 'संवेग', [1, 1, -1, 0]],
];
const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵' };
/** "kg m² s⁻²": base units in the order kg, m, s, A with Unicode exponents. */
export function baseUnits(v: readonly number[]): string {
  return ['kg', 'm', 's', 'A'].map((u, i) => { const e = v[i] as number; return e === 0 ? '' : e === 1 ? u : u + [...String(e)].map((c) => SUP[c]).join(''); }).filter(Boolean).join(' ');
}
/** Wrong expressions from named slips: a length power lost, a time power off by one, the reciprocal, an ampere power lost. */
function siDistractors(v: readonly [number, number, number, number]): string[] {
  const cands = [[v[0], v[1] - 1, v[2], v[3]], [v[0], v[1], v[2] + 1, v[3]], v.map((x) => -x), [v[0], v[1], v[2], v[3] === 0 ? 1 : v[3] + (v[3] > 0 ? -1 : 1)], [v[0] + 1, v[1], v[2], v[3]], [v[0], v[1] + 1, v[2] - 1, v[3]]];
  const right = baseUnits(v);
  const out: string[] = [];
  for (const c of cands) { const s = baseUnits(c); if (s && s !== right && !out.includes(s)) out.push(s); }
  return out.slice(0, 3);
}

const siUnits: GeneratorDef = {
  id: 'p.units.si-base-units', subject: P, concepts: ['P.UNITS.SI', 'P.UNITS.DIM'], difficulty: 2,
  build(rng) {
    const item = rng.int(0, SI_QUANTITIES.length - 1);
    const [en, hi, v] = SI_QUANTITIES[item]!;
    const wrong = siDistractors(v);
    return choice({
      params: { item },
      text: `Which of the following expresses the SI unit of ${en} in terms of the base units kg, m, s and A?`,
      correct: baseUnits(v), distractors: wrong,
      solution: `Build it from a defining relation (force = kg m s⁻², energy = force × length, charge = A s, V = W/A, Ω = V/A, F = C/V, T = N/(A m), Wb = T m², H = Wb/A …): ${en} = ${baseUnits(v)}.`,
      hi: {
        text: `${hi} का SI मात्रक मूल मात्रकों kg, m, s तथा A में निम्नलिखित में से किसके द्वारा व्यक्त होता है?`,
        solution: `किसी परिभाषित सम्बन्ध से बनाइए (बल = kg m s⁻², ऊर्जा = बल × लम्बाई, आवेश = A s, V = W/A, Ω = V/A, F = C/V, T = N/(A m), Wb = T m², H = Wb/A …): ${hi} = ${baseUnits(v)}।`,
        correct: baseUnits(v), distractors: wrong,
      },
    });
  },
};

/** Measured lengths as printed; no pair's product ends in an exact 5 at the rounding place (a tie the rounding conventions disagree on). */
const SIG_A = ['2.36', '1.26', '3.04', '1.48', '2.07', '1.92', '2.57', '1.63'] as const;
const SIG_B = ['1.4', '2.1', '1.6', '3.0', '2.4', '1.8'] as const;
const sigString = (x: number, sig: number) => x.toPrecision(sig);

const sigFigProduct: GeneratorDef = {
  id: 'p.units.sigfig-product', subject: P, concepts: ['P.UNITS.SIGFIG'], difficulty: 2,
  build(rng) {
    const a = rng.int(0, SIG_A.length - 1), b = rng.int(0, SIG_B.length - 1);
    const area = Number(SIG_A[a]) * Number(SIG_B[b]);
    const right = `${sigString(area, 2)} cm²`;
    // Every digit of the calculator kept; the precision of the more precise factor; one figure only.
    const wrong = [`${sigString(area, 4)} cm²`, `${sigString(area, 3)} cm²`, `${sigString(area, 1)} cm²`].filter((w) => w !== right);
    if (wrong.length < 3) wrong.push(`${sigString(area, 5)} cm²`);
    return choice({
      params: { a, b },
      text: `The sides of a rectangular plate are measured as ${SIG_A[a]} cm and ${SIG_B[b]} cm. Its area, written to the correct number of significant figures, is`,
      correct: right, distractors: wrong,
      solution: `A product keeps as many significant figures as the least precise factor: ${SIG_B[b]} cm has 2, so ${SIG_A[a]} × ${SIG_B[b]} = ${Number(area.toFixed(6))} is written ${right}.`,
      hi: {
        text: `एक आयताकार प्लेट की भुजाएँ ${SIG_A[a]} cm तथा ${SIG_B[b]} cm मापी गई हैं। सार्थक अंकों की सही संख्या तक लिखा गया इसका क्षेत्रफल है`,
        solution: `गुणनफल में उतने ही सार्थक अंक रखे जाते हैं जितने सबसे कम परिशुद्ध गुणक में: ${SIG_B[b]} cm में 2 हैं, अतः ${SIG_A[a]} × ${SIG_B[b]} = ${Number(area.toFixed(6))} को ${right} लिखा जाता है।`,
        correct: right, distractors: wrong,
      },
    });
  },
};

// Photoelectric statements. Named mistakes: the work function not subtracted; φ added to the
// stopping potential; threshold from the electron energy; KE doubled when λ is halved.
const photoText = (p: Params): string[] => [
  `The maximum kinetic energy of the photoelectrons is $${formatNumber(p.s0 as number)}$ eV.`,
  `The stopping potential is $${formatNumber(p.s1 as number)}$ V.`,
  `The threshold wavelength of the metal is $${formatNumber(p.s2 as number)}$ nm.`,
  `If the wavelength is halved, the maximum kinetic energy becomes $${formatNumber(p.s3 as number)}$ eV.`,
];
const photoHindi = (p: Params): string[] => [
  `प्रकाशइलेक्ट्रॉनों की अधिकतम गतिज ऊर्जा $${formatNumber(p.s0 as number)}$ eV है।`,
  `निरोधी विभव $${formatNumber(p.s1 as number)}$ V है।`,
  `धातु की देहली तरंगदैर्ध्य $${formatNumber(p.s2 as number)}$ nm है।`,
  `तरंगदैर्ध्य आधी करने पर अधिकतम गतिज ऊर्जा $${formatNumber(p.s3 as number)}$ eV हो जाती है।`,
];

const photoClaims: ClaimGenerator = {
  id: 'p.dual.photo-claims', subject: P, concepts: ['P.DUAL.PHOTO'], difficulty: 4,
  statements: photoText,
  build(rng) {
    const lam = rng.pick([200, 248, 310, 400] as const);
    const phi = rng.pick([1.9, 2.3, 2.75] as const); // caesium, sodium, potassium-like work functions
    const E = HC / lam;
    const K = E - phi;
    const truths = [K, K, HC / phi, 2 * E - phi];
    const wrongs = [E, K + phi, HC / K, 2 * K];
    const flags = truths.map(() => rng.int(0, 1));
    if (!flags.includes(1)) flags[rng.int(0, 3)] = 1;
    const shown = truths.map((t, i) => (flags[i] === 1 ? t : (wrongs[i] as number)));
    const params: Params = { lam, phi, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! };
    return multi({
      params,
      text: `Light of wavelength ${lam} nm falls on a metal surface of work function ${phi} eV ($hc = 1240$ eV nm). Which of the following statements is/are correct?`,
      options: photoText(params).map((text, i) => ({ text, correct: shown[i] === truths[i] })),
      solution: `Photon energy $E = \\frac{hc}{\\lambda} = ${formatNumber(E)}$ eV, so $K_{max} = E - \\phi = ${formatNumber(K)}$ eV and $V_0 = ${formatNumber(K)}$ V. Threshold $\\lambda_0 = \\frac{hc}{\\phi} = ${formatNumber(HC / phi)}$ nm. Halving $\\lambda$ doubles $E$ (not $K_{max}$): $K' = 2E - \\phi = ${formatNumber(2 * E - phi)}$ eV.`,
      hi: {
        text: `${lam} nm तरंगदैर्ध्य का प्रकाश ${phi} eV कार्य-फलन वाली धातु की सतह पर पड़ता है ($hc = 1240$ eV nm)। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `फोटॉन ऊर्जा $E = \\frac{hc}{\\lambda} = ${formatNumber(E)}$ eV, अतः $K_{max} = E - \\phi = ${formatNumber(K)}$ eV तथा $V_0 = ${formatNumber(K)}$ V। देहली तरंगदैर्ध्य $\\lambda_0 = \\frac{hc}{\\phi} = ${formatNumber(HC / phi)}$ nm। $\\lambda$ आधी करने पर $E$ दोगुनी होती है ($K_{max}$ नहीं): $K' = 2E - \\phi = ${formatNumber(2 * E - phi)}$ eV।`,
        options: photoHindi(params),
      },
    });
  },
};

/** Nuclei for radius ratios: mass number and symbol. */
const NUCLEI = [[27, '^{27}Al'], [64, '^{64}Zn'], [125, '^{125}Te'], [216, '^{216}Po']] as const;
/** (known nucleus index, radius ratio p/q) with A₂ = A₁(p/q)³ one of the table's nuclei. */
const RADII = [[0, 4, 3], [0, 5, 3], [1, 5, 4], [2, 6, 5], [1, 3, 4], [2, 3, 5], [3, 5, 6], [2, 4, 5], [3, 2, 3], [0, 2, 1], [3, 1, 2], [1, 3, 2]] as const;
const radius = (i: number) => RADII[i] as readonly [number, number, number];
/** Hydrogen transitions (upper, lower) for recoil. */
const LINES = [[2, 1], [3, 1], [4, 1], [3, 2], [4, 2], [5, 1]] as const;
/** Kα lines: atomic numbers for Moseley's law. */
const MOSELEY_Z = [20, 22, 24, 26, 27, 28, 29, 30, 38, 40, 42, 47] as const;
const kalpha = (Z: number) => Number((4 / (3 * 1.097e7 * (Z - 1) ** 2) * 1e12).toPrecision(4)); // pm, as printed

/** Units and errors, photons, atoms and nuclei in depth: new shapes. */
export const physicsDepthModernUnitsBGenerators: GeneratorDef[] = physicalDistractors([
  siUnits,
  sigFigProduct,

  // Parallel resistors with errors: ΔR/R² = ΔR₁/R₁² + ΔR₂/R₂².
  formula({ id: 'p.units.parallel-error', subject: P, concepts: ['P.UNITS.ERR', 'P.CE.COMBO'], difficulty: 4,
    vars: { R1: [10, 20, 30, 60], R2: [20, 30, 40, 60], d1: [0.1, 0.2, 0.5], d2: [0.1, 0.3, 0.5] },
    text: (v) => `Resistances $R_1 = (${v.R1} \\pm ${v.d1})$ Ω and $R_2 = (${v.R2} \\pm ${v.d2})$ Ω are connected in parallel. Find the maximum absolute error (in Ω) in the equivalent resistance.`,
    hi: {
      text: (v) => `प्रतिरोध $R_1 = (${v.R1} \\pm ${v.d1})$ Ω तथा $R_2 = (${v.R2} \\pm ${v.d2})$ Ω पार्श्वक्रम में जोड़े गए हैं। तुल्य प्रतिरोध में अधिकतम निरपेक्ष त्रुटि (Ω में) ज्ञात कीजिए।`,
      solution: () => `$\\frac1R = \\frac1{R_1} + \\frac1{R_2}$ का अवकलन: $\\frac{\\Delta R}{R^2} = \\frac{\\Delta R_1}{R_1^2} + \\frac{\\Delta R_2}{R_2^2}$।`,
    },
    unit: 'Ω', result: [0.02, 0.5],
    answer: (v) => { const R = (v.R1 * v.R2) / (v.R1 + v.R2); return R * R * (v.d1 / (v.R1 * v.R1) + v.d2 / (v.R2 * v.R2)); },
    // Errors simply added; relative errors added (as for a product); the error of the sum R₁ + R₂ scaled by R/(R₁ + R₂).
    mistakes: (v) => { const R = (v.R1 * v.R2) / (v.R1 + v.R2); return [v.d1 + v.d2, R * (v.d1 / v.R1 + v.d2 / v.R2), (R * (v.d1 + v.d2)) / (v.R1 + v.R2)]; },
    solution: () => `Differentiate $\\frac1R = \\frac1{R_1} + \\frac1{R_2}$: $\\frac{dR}{R^2} = \\frac{dR_1}{R_1^2} + \\frac{dR_2}{R_2^2}$; taking the worst case, $\\Delta R = R^2\\left(\\frac{\\Delta R_1}{R_1^2} + \\frac{\\Delta R_2}{R_2^2}\\right)$.` }),

  // Pendulum data with least counts: Δg = g(ΔL/L + 2Δt/t), g = 4π²L n²/t².
  formula({ id: 'p.exp.pendulum-g-error', subject: P, concepts: ['P.EXP.PENDULUM', 'P.UNITS.ERR'], difficulty: 4,
    vars: { L: [80, 90, 100, 110, 120], dt: [0.1, 0.2, 0.5], n: [20, 25, 40] },
    text: (v) => `In a simple-pendulum experiment the effective length is measured as ${v.L}.0 cm with a scale of least count 1 mm, and the time for ${v.n} oscillations as ${pendT(v.L, v.n)} s with a watch of least count ${v.dt} s. Find the maximum absolute error (in m/s²) in the value of $g$ obtained.`,
    hi: {
      text: (v) => `सरल लोलक प्रयोग में प्रभावी लम्बाई 1 mm अल्पतमांक वाले पैमाने से ${v.L}.0 cm मापी जाती है तथा ${v.n} दोलनों का समय ${v.dt} s अल्पतमांक वाली घड़ी से ${pendT(v.L, v.n)} s मापा जाता है। प्राप्त $g$ के मान में अधिकतम निरपेक्ष त्रुटि (m/s² में) ज्ञात कीजिए।`,
      solution: () => `$g = \\frac{4\\pi^2Ln^2}{t^2}$; $\\frac{\\Delta g}{g} = \\frac{\\Delta L}{L} + 2\\frac{\\Delta t}{t}$; $\\Delta g$ = इसका $g$ गुना।`,
    },
    unit: 'm/s²', result: [0.02, 0.6],
    answer: (v) => { const t = pendT(v.L, v.n), g = (4 * Math.PI ** 2 * (v.L / 100) * v.n * v.n) / (t * t); return g * (0.1 / v.L + (2 * v.dt) / t); },
    // The factor 2 on the time error dropped; the period's error taken as Δt for one oscillation; relative error given as absolute.
    mistakes: (v) => { const t = pendT(v.L, v.n), g = (4 * Math.PI ** 2 * (v.L / 100) * v.n * v.n) / (t * t); return [g * (0.1 / v.L + v.dt / t), g * (0.1 / v.L + (2 * v.dt * v.n) / t), 0.1 / v.L + (2 * v.dt) / t]; },
    solution: () => `$T = t/n$ and $g = \\frac{4\\pi^2L}{T^2} = \\frac{4\\pi^2Ln^2}{t^2}$. The relative errors combine as $\\frac{\\Delta g}{g} = \\frac{\\Delta L}{L} + 2\\frac{\\Delta t}{t}$ (timing many oscillations makes the second term small), and $\\Delta g$ is that times $g$.` }),

  // X-ray cut-off: λ_min = hc/(eV) = 1240/V(kV) pm.
  formula({ id: 'p.atom.xray-cutoff', subject: P, concepts: ['P.ATOM.XRAY'], difficulty: 2,
    vars: { V: [10, 12.4, 20, 24.8, 31, 40, 62, 124] },
    text: (v) => `An X-ray tube is operated at ${v.V} kV. Find the shortest wavelength (in pm) in the X-rays it emits ($hc = 1240$ eV nm).`,
    hi: {
      text: (v) => `एक X-किरण नली ${v.V} kV पर चलाई जाती है। इससे उत्सर्जित X-किरणों की न्यूनतम तरंगदैर्ध्य (pm में) ज्ञात कीजिए ($hc = 1240$ eV nm)।`,
      solution: () => `एक इलेक्ट्रॉन की पूरी गतिज ऊर्जा $eV$ एक फोटॉन में: $\\lambda_{min} = \\frac{hc}{eV}$।`,
    },
    unit: 'pm', result: [10, 124],
    answer: (v) => Math.round((HC / v.V) * 1e9) / 1e9,
    // Unit slips between Å, nm and pm (×10, ÷10); the electron's energy taken as eV/2.
    mistakes: (v) => [(HC * 10) / v.V, HC / v.V / 10, (2 * HC) / v.V],
    solution: () => `The shortest wavelength comes from an electron giving all of its energy $eV$ to one photon: $\\lambda_{min} = \\frac{hc}{eV} = \\frac{1240\\text{ eV nm}}{V\\text{ (in eV)}}$, i.e. $\\frac{1240}{V(\\text{kV})}$ pm; it does not depend on the target.` }),

  // Moseley: identify Z from a Kα wavelength, 1/λ = R(Z − 1)²·¾.
  formula({ id: 'p.atom.moseley-z', subject: P, concepts: ['P.ATOM.XRAY', 'P.ATOM.BOHR'], difficulty: 3,
    vars: { i: range(0, 11) },
    text: (v) => `The $K_\\alpha$ X-ray line of an element has wavelength ${kalpha(MOSELEY_Z[v.i]!)} pm. Using Moseley's law with screening constant 1, $\\frac1\\lambda = R(Z - 1)^2\\left(1 - \\frac14\\right)$ with $R = 1.097 \\times 10^{7}$ m⁻¹, find the atomic number $Z$.`,
    hi: {
      text: (v) => `किसी तत्व की $K_\\alpha$ X-किरण रेखा की तरंगदैर्ध्य ${kalpha(MOSELEY_Z[v.i]!)} pm है। परिरक्षण नियतांक 1 के साथ मोसले नियम $\\frac1\\lambda = R(Z - 1)^2\\left(1 - \\frac14\\right)$, $R = 1.097 \\times 10^{7}$ m⁻¹, से परमाणु क्रमांक $Z$ ज्ञात कीजिए।`,
      solution: () => `$(Z - 1)^2 = \\frac{4}{3R\\lambda}$, अतः $Z = 1 + \\sqrt{\\frac{4}{3R\\lambda}}$ (निकटतम पूर्णांक)।`,
    },
    unit: '', result: [20, 47],
    answer: (v) => MOSELEY_Z[v.i]!,
    // Screening forgotten (Z² law, gives Z − 1); the ¾ factor dropped; screening added (Z + 1).
    mistakes: (v) => [MOSELEY_Z[v.i]! - 1, Math.round(1 + Math.sqrt(1 / (1.097e7 * kalpha(MOSELEY_Z[v.i]!) * 1e-12))), MOSELEY_Z[v.i]! + 1],
    solution: () => `$(Z - 1)^2 = \\frac{4}{3R\\lambda}$; with $\\lambda$ in metres this gives $Z - 1$, and $Z$ is the nearest whole number.` }),

  // Q-value from binding energies per nucleon (real data).
  formula({ id: 'p.nuc.q-from-binding', subject: P, concepts: ['P.NUC.BINDING', 'P.NUC.NUCLEUS'], difficulty: 4,
    vars: { i: range(0, 12) },
    text: (v) => `Find the $Q$-value (in MeV) of the reaction $${side(REACTIONS[v.i]![0])} \\to ${side(REACTIONS[v.i]![1])}$, given the binding energies per nucleon: ${usedNuclei(v.i).map((x) => `$${nuclide(x)}$: ${BA[x]![1]} MeV`).join(', ')}. (A negative value means energy must be supplied.)`,
    hi: {
      text: (v) => `अभिक्रिया $${side(REACTIONS[v.i]![0])} \\to ${side(REACTIONS[v.i]![1])}$ का $Q$-मान (MeV में) ज्ञात कीजिए; प्रति न्यूक्लिऑन बन्धन ऊर्जाएँ: ${usedNuclei(v.i).map((x) => `$${nuclide(x)}$: ${BA[x]![1]} MeV`).join(', ')}। (ऋणात्मक मान का अर्थ है कि ऊर्जा देनी होगी।)`,
      solution: () => `कुल बन्धन ऊर्जा $= A \\times (B/A)$; $Q$ = उत्पादों की कुल बन्धन ऊर्जा − अभिकारकों की कुल बन्धन ऊर्जा (मुक्त न्यूक्लिऑनों की शून्य)।`,
    },
    unit: 'MeV', result: [-2, 25],
    answer: (v) => qValue(v.i),
    // Per-nucleon values added without ×A; the sign reversed; a repeated product counted once.
    mistakes: (v) => { const [r, p] = REACTIONS[v.i]!; const per = (xs: readonly string[]) => xs.reduce((a, x) => a + (BA[x]?.[1] ?? 0), 0); const once = [...new Set(p)].reduce((a, x) => a + bind(x), 0) - r.reduce((a, x) => a + bind(x), 0); return [per(p) - per(r), -qValue(v.i), once]; },
    solution: () => `Total binding energy of a nucleus is $A \\times (B/A)$; free neutrons and protons have none. Energy released $Q = \\sum B_{products} - \\sum B_{reactants}$, since the nucleons end up more tightly bound.` }),

  // Radius ratio to mass number: R ∝ A^{1/3}.
  formula({ id: 'p.nuc.radius-mass-number', subject: P, concepts: ['P.NUC.NUCLEUS'], difficulty: 2,
    vars: { i: range(0, 11) },
    text: (v) => `The radius of a nucleus X is $\\frac{${radius(v.i)[1]}}{${radius(v.i)[2]}}$ times the radius of $${nuclide(NUCLEI[radius(v.i)[0]]![1])}$. Find the mass number of X.`,
    hi: {
      text: (v) => `नाभिक X की त्रिज्या $${nuclide(NUCLEI[radius(v.i)[0]]![1])}$ की त्रिज्या की $\\frac{${radius(v.i)[1]}}{${radius(v.i)[2]}}$ गुनी है। X की द्रव्यमान संख्या ज्ञात कीजिए।`,
      solution: () => `$R = R_0A^{1/3}$, अतः $A_X = A\\left(\\frac{R_X}{R}\\right)^3$।`,
    },
    unit: '', result: [27, 216],
    answer: (v) => { const [k, p, q] = radius(v.i); return Math.round((NUCLEI[k]![0] * p ** 3) / q ** 3); },
    // A ∝ R; A ∝ R²; the ratio inverted.
    mistakes: (v) => { const [k, p, q] = radius(v.i); const A = NUCLEI[k]![0]; return [(A * p) / q, (A * p * p) / (q * q), (A * q ** 3) / p ** 3]; },
    solution: () => `$R = R_0A^{1/3}$: nuclear density is the same for all nuclei, so volume $\\propto A$ and $A_X = A\\left(\\frac{R_X}{R}\\right)^3$.` }),

  photoClaims,

  // Thermal neutron: λ = h/√(3mkT) (rms momentum).
  formula({ id: 'p.dual.thermal-neutron', subject: P, concepts: ['P.DUAL.DEBROGLIE', 'P.KTG.RMS'], difficulty: 4,
    vars: { T: [200, 300, 400, 600, 900, 1200] },
    text: (v) => `Find the de Broglie wavelength (in pm) of neutrons in thermal equilibrium at ${v.T} K, taking their momentum as $m v_{rms}$ ($h = 6.63 \\times 10^{-34}$ J s, $m_n = 1.675 \\times 10^{-27}$ kg, $k_B = 1.38 \\times 10^{-23}$ J/K).`,
    hi: {
      text: (v) => `${v.T} K पर तापीय साम्य में न्यूट्रॉनों की दे ब्रॉग्ली तरंगदैर्ध्य (pm में) ज्ञात कीजिए, उनका संवेग $m v_{rms}$ मानकर ($h = 6.63 \\times 10^{-34}$ J s, $m_n = 1.675 \\times 10^{-27}$ kg, $k_B = 1.38 \\times 10^{-23}$ J/K)।`,
      solution: () => `$\\frac12mv_{rms}^2 = \\frac32k_BT$, अतः $p = \\sqrt{3mk_BT}$ तथा $\\lambda = \\frac{h}{\\sqrt{3mk_BT}}$।`,
    },
    unit: 'pm', result: [50, 250],
    answer: (v) => (6.63e-34 / Math.sqrt(3 * 1.675e-27 * 1.38e-23 * v.T)) * 1e12,
    // Kinetic energy taken as k_BT, as ½k_BT, or as 3k_BT (instead of 3/2 k_BT).
    mistakes: (v) => [(6.63e-34 / Math.sqrt(2 * 1.675e-27 * 1.38e-23 * v.T)) * 1e12, (6.63e-34 / Math.sqrt(1.675e-27 * 1.38e-23 * v.T)) * 1e12, (6.63e-34 / Math.sqrt(6 * 1.675e-27 * 1.38e-23 * v.T)) * 1e12],
    solution: () => `Equipartition: $\\frac12mv_{rms}^2 = \\frac32k_BT$, so $p = mv_{rms} = \\sqrt{3mk_BT}$ and $\\lambda = \\frac{h}{\\sqrt{3mk_BT}}$: about 145 pm at room temperature, comparable to atomic spacings (neutron diffraction).` }),

  // Recoil of a hydrogen atom emitting a photon: v = E/(Mc).
  formula({ id: 'p.atom.recoil', subject: P, concepts: ['P.ATOM.BOHR', 'P.NLM.MOMENTUM', 'P.DUAL.PHOTO'], difficulty: 4,
    vars: { i: range(0, 5) },
    text: (v) => `A hydrogen atom at rest makes a transition from $n = ${LINES[v.i]![0]}$ to $n = ${LINES[v.i]![1]}$ and emits a photon. Find the recoil speed (in m/s) of the atom ($E_n = -13.6/n^2$ eV, $m_H = 1.67 \\times 10^{-27}$ kg, $e = 1.6 \\times 10^{-19}$ C, $c = 3 \\times 10^8$ m/s).`,
    hi: {
      text: (v) => `विराम में स्थित एक हाइड्रोजन परमाणु $n = ${LINES[v.i]![0]}$ से $n = ${LINES[v.i]![1]}$ में संक्रमण करके एक फोटॉन उत्सर्जित करता है। परमाणु की प्रतिक्षेप चाल (m/s में) ज्ञात कीजिए ($E_n = -13.6/n^2$ eV, $m_H = 1.67 \\times 10^{-27}$ kg, $e = 1.6 \\times 10^{-19}$ C, $c = 3 \\times 10^8$ m/s)।`,
      solution: () => `संवेग संरक्षण: $m_Hv = \\frac{E}{c}$, जहाँ $E = 13.6\\left(\\frac1{n_1^2} - \\frac1{n_2^2}\\right)$ eV; अतः $v = \\frac{E}{m_Hc}$।`,
    },
    unit: 'm/s', result: [0.5, 5],
    answer: (v) => { const [u, l] = LINES[v.i]!; const E = 13.6 * (1 / (l * l) - 1 / (u * u)) * 1.6e-19; return E / (1.67e-27 * 3e8); },
    // The upper level's energy alone; the ionisation energy 13.6 eV; the photon momentum taken as E/(2c).
    mistakes: (v) => { const [u, l] = LINES[v.i]!; const k = 1.6e-19 / (1.67e-27 * 3e8); return [(13.6 / (u * u)) * k, 13.6 * k, (13.6 * (1 / (l * l) - 1 / (u * u)) * k) / 2]; },
    solution: () => `The photon carries momentum $\\frac Ec$ with $E = 13.6\\left(\\frac1{n_1^2} - \\frac1{n_2^2}\\right)$ eV; the atom recoils with equal and opposite momentum: $v = \\frac{E}{m_Hc}$ (a few m/s; the recoil energy is negligible).` }),

  // Two species decaying from N_A = 2^m N_B: equal numbers after t = m/(1/T_A − 1/T_B) half-life units.
  formula({ id: 'p.nuc.two-species-equal', subject: P, concepts: ['P.NUC.DECAY'], difficulty: 3,
    vars: { TA: [2, 4, 6], j: [2, 3], m: range(1, 4) },
    text: (v) => `Initially a sample contains ${2 ** v.m} times as many nuclei of A (half-life ${v.TA} h) as of B (half-life ${v.j * v.TA} h). After how many hours will the numbers of A and B nuclei be equal?`,
    hi: {
      text: (v) => `प्रारम्भ में एक नमूने में A (अर्ध-आयु ${v.TA} h) के नाभिक B (अर्ध-आयु ${v.j * v.TA} h) के नाभिकों के ${2 ** v.m} गुने हैं। कितने घण्टे बाद A तथा B के नाभिकों की संख्याएँ बराबर होंगी?`,
      solution: () => `$2^m N_B 2^{-t/T_A} = N_B 2^{-t/T_B}$, अतः $m = t\\left(\\frac1{T_A} - \\frac1{T_B}\\right)$।`,
    },
    unit: 'h', result: [2, 50],
    answer: (v) => (v.m * v.TA * v.j) / (v.j - 1),
    // B's decay ignored (t = mT_A); half-lives added; the half-lives' difference used.
    mistakes: (v) => [v.m * v.TA, (v.m * (v.TA + v.j * v.TA)) / 2, v.m * (v.j * v.TA - v.TA)],
    solution: () => `$N_A = 2^mN_B\\,2^{-t/T_A}$ and $N_B\\,2^{-t/T_B}$ are equal when $m = t\\left(\\frac1{T_A} - \\frac1{T_B}\\right)$: $t = \\frac{mT_AT_B}{T_B - T_A}$.` }),

  // Stable daughter: N_D/N_P = 2^{t/T} − 1, so t = T log₂(1 + r).
  formula({ id: 'p.nuc.daughter-ratio', subject: P, concepts: ['P.NUC.DECAY'], difficulty: 2,
    vars: { T: [2, 5, 8, 12, 30], r: [1, 3, 7, 15, 31] },
    text: (v) => `A radioactive nuclide of half-life ${v.T} days decays to a stable nuclide. A sample initially free of the daughter is found to contain ${v.r} daughter ${v.r === 1 ? 'nucleus' : 'nuclei'} for every parent nucleus. How old (in days) is the sample?`,
    hi: {
      text: (v) => `${v.T} दिन अर्ध-आयु वाला एक रेडियोऐक्टिव नाभिक एक स्थायी नाभिक में क्षयित होता है। प्रारम्भ में संतति-रहित एक नमूने में प्रत्येक जनक नाभिक के लिए ${v.r} संतति नाभिक पाए जाते हैं। नमूने की आयु (दिनों में) ज्ञात कीजिए।`,
      solution: () => `$N_P = N_02^{-t/T}$, $N_D = N_0 - N_P$; $\\frac{N_D}{N_P} = 2^{t/T} - 1 = r$, अतः $t = T\\log_2(1 + r)$।`,
    },
    unit: 'days', result: [2, 150],
    answer: (v) => v.T * Math.round(Math.log2(1 + v.r)),
    // r half-lives; log₂ r half-lives (the parent fraction taken as 1/r); half the time.
    mistakes: (v) => [v.T * v.r, v.T * Math.log2(v.r), (v.T * Math.round(Math.log2(1 + v.r))) / 2],
    solution: () => `Parent left: $N_02^{-t/T}$; daughters: the rest. $\\frac{N_D}{N_P} = 2^{t/T} - 1 = r$ gives $t = T\\log_2(1 + r)$.` }),

  // Field of light from a lamp: I = ηP/(4πr²) = ½cε₀E₀².
  formula({ id: 'p.emw.lamp-field', subject: P, concepts: ['P.EMW.ENERGY'], difficulty: 4,
    vars: { Pw: [60, 100, 200], eta: [5, 10, 20], r: [1, 2, 3, 5] },
    text: (v) => `A ${v.Pw} W lamp converts ${v.eta}% of its power into visible light, radiated uniformly in all directions. Treating the light as a plane wave, find the amplitude of its electric field (in V/m) at ${v.r} m from the lamp ($\\varepsilon_0 = 8.85 \\times 10^{-12}$ F/m, $c = 3 \\times 10^8$ m/s).`,
    hi: {
      text: (v) => `एक ${v.Pw} W का लैम्प अपनी शक्ति का ${v.eta}% दृश्य प्रकाश में बदलता है, जो सभी दिशाओं में एकसमान विकिरित होता है। प्रकाश को समतल तरंग मानकर लैम्प से ${v.r} m पर इसके विद्युत क्षेत्र का आयाम (V/m में) ज्ञात कीजिए ($\\varepsilon_0 = 8.85 \\times 10^{-12}$ F/m, $c = 3 \\times 10^8$ m/s)।`,
      solution: () => `तीव्रता $I = \\frac{\\eta P}{4\\pi r^2} = \\frac12c\\varepsilon_0E_0^2$, अतः $E_0 = \\sqrt{\\frac{2I}{c\\varepsilon_0}}$।`,
    },
    unit: 'V/m', result: [1, 100],
    answer: (v) => Math.sqrt((2 * ((v.eta / 100) * v.Pw) / (4 * Math.PI * v.r * v.r)) / (3e8 * 8.85e-12)),
    // The ½ dropped (rms value found); the efficiency ignored; the area taken as πr².
    mistakes: (v) => { const I = ((v.eta / 100) * v.Pw) / (4 * Math.PI * v.r * v.r); return [Math.sqrt(I / (3e8 * 8.85e-12)), Math.sqrt((2 * v.Pw) / (4 * Math.PI * v.r * v.r) / (3e8 * 8.85e-12)), Math.sqrt((8 * I) / (3e8 * 8.85e-12))]; },
    solution: () => `Intensity $I = \\frac{\\eta P}{4\\pi r^2}$; for a plane wave $I = \\langle u\\rangle c = \\frac12\\varepsilon_0E_0^2c$, so $E_0 = \\sqrt{\\frac{2I}{c\\varepsilon_0}}$.` }),
]);

/** Time (s) for n oscillations of a pendulum of L cm with g = 9.8, rounded to 0.1 s as a watch shows it. */
function pendT(L: number, n: number): number {
  return Number((n * 2 * Math.PI * Math.sqrt(L / 100 / 9.8)).toFixed(1));
}
