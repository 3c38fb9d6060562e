import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import { choice } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;

/**
 * Bands of the electromagnetic spectrum (NCERT boundaries) with sample wavelengths well inside
 * each band, as LaTeX in metres.
 */
export const EM_BANDS = [
  { en: 'radio waves', hi: 'रेडियो तरंगें', samples: ['500', '1500', '3'] },
  { en: 'microwaves', hi: 'सूक्ष्म तरंगें', samples: ['0.03', '0.012', '5 \\times 10^{-3}'] },
  { en: 'infrared', hi: 'अवरक्त', samples: ['10^{-5}', '3 \\times 10^{-6}', '5 \\times 10^{-5}'] },
  { en: 'visible light', hi: 'दृश्य प्रकाश', samples: ['5 \\times 10^{-7}', '6 \\times 10^{-7}', '4.5 \\times 10^{-7}'] },
  { en: 'ultraviolet', hi: 'पराबैंगनी', samples: ['10^{-7}', '2 \\times 10^{-7}', '3 \\times 10^{-8}'] },
  { en: 'X-rays', hi: 'X-किरणें', samples: ['10^{-10}', '5 \\times 10^{-11}', '2 \\times 10^{-10}'] },
  { en: 'gamma rays', hi: 'गामा किरणें', samples: ['10^{-13}', '5 \\times 10^{-14}', '2 \\times 10^{-14}'] },
] as const;

const bandOf: GeneratorDef = {
  id: 'p.emw.band-of-wavelength', subject: P, concepts: ['P.EMW.SPECTRUM'], difficulty: 2,
  build(rng) {
    const b = rng.int(0, EM_BANDS.length - 1);
    const s = rng.int(0, 2);
    const band = EM_BANDS[b]!;
    const others = rng.shuffle(EM_BANDS.map((_, i) => i).filter((i) => i !== b)).slice(0, 3);
    const lam = band.samples[s]!;
    return choice({
      params: { b, s },
      text: `An electromagnetic wave has a wavelength of $${lam}$ m in vacuum. To which part of the spectrum does it belong?`,
      correct: band.en,
      distractors: others.map((i) => EM_BANDS[i]!.en),
      solution: `In order of decreasing wavelength: radio (> 0.1 m), microwaves (0.1 m – 1 mm), infrared (1 mm – 700 nm), visible (700 – 400 nm), ultraviolet (400 nm – 1 nm), X-rays (1 nm – $10^{-3}$ nm), gamma rays (< $10^{-3}$ nm). $${lam}$ m lies in the ${band.en} range.`,
      hi: {
        text: `निर्वात में एक विद्युतचुम्बकीय तरंग की तरंगदैर्ध्य $${lam}$ m है। यह स्पेक्ट्रम के किस भाग की है?`,
        solution: `घटती तरंगदैर्ध्य के क्रम में: रेडियो (> 0.1 m), सूक्ष्म तरंगें (0.1 m – 1 mm), अवरक्त (1 mm – 700 nm), दृश्य (700 – 400 nm), पराबैंगनी (400 nm – 1 nm), X-किरणें (1 nm – $10^{-3}$ nm), गामा किरणें (< $10^{-3}$ nm)। $${lam}$ m ${band.hi} के परास में है।`,
        correct: band.hi,
        distractors: others.map((i) => EM_BANDS[i]!.hi),
      },
    });
  },
};

/** EM waves, matter waves, kinetic theory, adiabatic processes and lab instruments in depth. */
export const physicsDepthWavesLabGenerators: GeneratorDef[] = physicalDistractors([
  // Radiation force: IA/c absorbed, 2IA/c reflected; I a multiple of 300 W/m² makes it whole µN.
  formula({ id: 'p.emw.radiation-force', subject: P, concepts: ['P.EMW.ENERGY', 'P.NLM.MOMENTUM'], difficulty: 3,
    vars: { I: [300, 600, 900, 1200, 1500], A: [1, 2, 5], refl: range(0, 1) },
    text: (v) => `Light of intensity ${v.I} W/m² falls normally on a ${v.refl === 1 ? 'perfectly reflecting' : 'perfectly absorbing'} surface of area ${v.A} m² ($c = 3 \\times 10^8$ m/s). Find the force on the surface in µN.`,
    hi: {
      text: (v) => `${v.I} W/m² तीव्रता का प्रकाश ${v.A} m² क्षेत्रफल के एक ${v.refl === 1 ? 'पूर्ण परावर्तक' : 'पूर्ण अवशोषक'} पृष्ठ पर अभिलम्बवत पड़ता है ($c = 3 \\times 10^8$ m/s)। पृष्ठ पर बल µN में ज्ञात कीजिए।`,
      solution: () => `प्रति सेकण्ड आने वाला संवेग $IA/c$ है; अवशोषण पर बल $IA/c$, पूर्ण परावर्तन पर संवेग उलटता है अतः $2IA/c$।`,
    },
    unit: 'µN', result: [1, 50],
    answer: (v) => ((v.refl === 1 ? 2 : 1) * v.I * v.A) / 300, // µN: 1e6/3e8 = 1/300, exact for I a multiple of 300
    // Reflection factor forgotten or applied to absorption; power/c² instead of power/c; result in mN read as µN.
    mistakes: (v) => [(((v.refl === 1 ? 1 : 2) * v.I * v.A) / 3e8) * 1e6, (v.I * v.A) / 9e16 * 1e6, ((v.I * v.A) / 3e8) * 1e9],
    solution: () => `Light carries momentum $E/c$, so the momentum arriving per second is $IA/c$. Absorbed, that is the force; reflected, the momentum reverses and the force doubles to $2IA/c$.` }),

  bandOf,

  // λ = h/√(2mqV) (same V) or h/√(2mK) (same K), masses in units of the proton's.
  formula({ id: 'p.dual.wavelength-ratio', subject: P, concepts: ['P.DUAL.DEBROGLIE'], difficulty: 3, freeResponse: false,
    vars: { c: range(0, 3) },
    text: (v) => `${['A proton and an alpha particle are accelerated from rest through the same potential difference.', 'A proton and a deuteron are accelerated from rest through the same potential difference.', 'An electron and a proton have the same kinetic energy ($m_p = 1836\\,m_e$).', 'An alpha particle and a proton have the same kinetic energy.'][v.c]} Find the ratio of their de Broglie wavelengths, ${['$\\lambda_p/\\lambda_\\alpha$', '$\\lambda_p/\\lambda_d$', '$\\lambda_e/\\lambda_p$', '$\\lambda_\\alpha/\\lambda_p$'][v.c]}.`,
    hi: {
      text: (v) => `${['एक प्रोटॉन तथा एक ऐल्फा कण विराम से समान विभवान्तर द्वारा त्वरित किए जाते हैं।', 'एक प्रोटॉन तथा एक ड्यूट्रॉन विराम से समान विभवान्तर द्वारा त्वरित किए जाते हैं।', 'एक इलेक्ट्रॉन तथा एक प्रोटॉन की गतिज ऊर्जा समान है ($m_p = 1836\\,m_e$)।', 'एक ऐल्फा कण तथा एक प्रोटॉन की गतिज ऊर्जा समान है।'][v.c]} उनकी दे ब्रॉग्ली तरंगदैर्ध्यों का अनुपात ${['$\\lambda_p/\\lambda_\\alpha$', '$\\lambda_p/\\lambda_d$', '$\\lambda_e/\\lambda_p$', '$\\lambda_\\alpha/\\lambda_p$'][v.c]} ज्ञात कीजिए।`,
      solution: () => `$\\lambda = \\frac{h}{p} = \\frac{h}{\\sqrt{2mK}}$; समान विभवान्तर $V$ पर $K = qV$। ऐल्फा: $4m_p$, $2e$; ड्यूट्रॉन: $2m_p$, $e$।`,
    },
    unit: '', result: [0.4, 50],
    answer: (v) => [Math.sqrt(8), Math.SQRT2, Math.sqrt(1836), 0.5][v.c]!,
    // Charge ignored, ratio inverted, square root forgotten (the ones that differ for each pair).
    mistakes: (v) => [[2, 1 / Math.sqrt(8), 8], [1 / Math.SQRT2, 2, 1], [1 / Math.sqrt(1836), 1836, Math.sqrt(918)], [2, 0.25, 1 / Math.sqrt(8)]][v.c]!,
    solution: () => `$\\lambda = \\frac{h}{p} = \\frac{h}{\\sqrt{2mK}}$; through a potential difference $V$, $K = qV$. Alpha: $4m_p$, $2e$; deuteron: $2m_p$, $e$.` }),

  // Vernier: N vernier divisions span N − 1 main-scale divisions of s mm; LC = s/N.
  formula({ id: 'p.exp.vernier-least-count', subject: P, concepts: ['P.EXP.VERNIER', 'P.UNITS.ERR'], difficulty: 2,
    vars: { s: [0.5, 1], N: [10, 20, 25, 50] },
    text: (v) => `The main scale of a vernier calliper is graduated in divisions of ${v.s} mm, and ${v.N} divisions of its vernier scale coincide with ${v.N - 1} main-scale divisions. Find the least count in µm.`,
    hi: {
      text: (v) => `एक वर्नियर कैलिपर्स के मुख्य पैमाने के भाग ${v.s} mm के हैं, तथा वर्नियर पैमाने के ${v.N} भाग मुख्य पैमाने के ${v.N - 1} भागों के सम्पाती हैं। अल्पतमांक µm में ज्ञात कीजिए।`,
      solution: () => `अल्पतमांक = 1 MSD − 1 VSD $= s - \\frac{(N - 1)s}{N} = \\frac{s}{N}$।`,
    },
    unit: 'µm', result: [10, 100],
    answer: (v) => Math.round((v.s * 1000) / v.N),
    // Divided by N − 1; one vernier division taken as the least count; mm read as µm ×10.
    mistakes: (v) => [(v.s * 1000) / (v.N - 1), (v.s * 1000 * (v.N - 1)) / v.N, (v.s * 100) / v.N],
    solution: () => `Least count $=$ 1 MSD $-$ 1 VSD $= s - \\frac{(N - 1)s}{N} = \\frac{s}{N}$.` }),

  // Screw gauge, pitch 0.5 mm and 50 divisions (LC 0.01 mm); zero error +z or −z divisions.
  formula({ id: 'p.exp.screw-zero-error', subject: P, concepts: ['P.EXP.SCREWGAUGE', 'P.UNITS.ERR'], difficulty: 3, freeResponse: false,
    vars: { ms: range(1, 6), half: range(0, 1), cs: range(3, 45), z: range(1, 6), below: range(0, 1) },
    text: (v) => `A screw gauge has a pitch of 0.5 mm and 50 circular-scale divisions. With the jaws closed, the zero of the circular scale is ${v.z} division${v.z > 1 ? 's' : ''} ${v.below === 1 ? 'below' : 'above'} the reference line. Measuring a wire, the main scale reads ${v.ms + v.half / 2} mm and circular division ${v.cs} is on the reference line. Find the corrected diameter in mm.`,
    hi: {
      text: (v) => `एक स्क्रू गेज का चूड़ी अन्तराल 0.5 mm है तथा वृत्तीय पैमाने पर 50 भाग हैं। जबड़े बन्द होने पर वृत्तीय पैमाने का शून्य सन्दर्भ रेखा से ${v.z} भाग ${v.below === 1 ? 'नीचे' : 'ऊपर'} है। एक तार को मापने पर मुख्य पैमाना ${v.ms + v.half / 2} mm पढ़ता है तथा वृत्तीय पैमाने का भाग ${v.cs} सन्दर्भ रेखा पर है। संशोधित व्यास mm में ज्ञात कीजिए।`,
      solution: () => `अल्पतमांक $= 0.5/50 = 0.01$ mm। शून्य रेखा से नीचे हो तो शून्यांक त्रुटि धनात्मक, ऊपर हो तो ऋणात्मक; संशोधित पाठ्यांक = पाठ्यांक − शून्यांक त्रुटि।`,
    },
    unit: 'mm', sig: 4, result: [0.9, 7.1],
    answer: (v) => Math.round((v.ms + v.half / 2) * 100 + v.cs - (v.below === 1 ? v.z : -v.z)) / 100,
    // Zero error added instead of subtracted; zero error ignored; least count taken as 0.5/100.
    mistakes: (v) => {
      const reading = (v.ms + v.half / 2) * 100 + v.cs;
      const e = v.below === 1 ? v.z : -v.z;
      return [Math.round(reading + e) / 100, reading / 100, (v.ms + v.half / 2) + (v.cs - e) * 0.005];
    },
    solution: () => `Least count $= 0.5/50 = 0.01$ mm. A circular zero below the line means a positive zero error, above it a negative one. Corrected reading $=$ observed reading $-$ zero error.` }),

  // Kinetic theory: P = ⅓ρv²_rms, so v_rms = √(3P/ρ); ρ is chosen from v so the answer is whole.
  formula({ id: 'p.ktg.rms-from-density', subject: P, concepts: ['P.KTG.RMS', 'P.KTG.IDEAL'], difficulty: 3,
    vars: { v: [500, 1000, 1500], P: [0.75, 1.5, 3] },
    text: (v) => `A gas at a pressure of ${v.P} × $10^{5}$ Pa has a density of ${Number(((3 * v.P * 1e5) / (v.v * v.v)).toFixed(4))} kg/m³. Find the rms speed of its molecules in m/s.`,
    hi: {
      text: (v) => `${v.P} × $10^{5}$ Pa दाब पर एक गैस का घनत्व ${Number(((3 * v.P * 1e5) / (v.v * v.v)).toFixed(4))} kg/m³ है। इसके अणुओं की वर्ग-माध्य-मूल चाल m/s में ज्ञात कीजिए।`,
      solution: () => `गतिज सिद्धान्त: $P = \\frac13\\rho v_{rms}^2$, अतः $v_{rms} = \\sqrt{3P/\\rho}$।`,
    },
    unit: 'm/s', result: [300, 2000],
    answer: (v) => v.v,
    // The factor 3 dropped; 2 for 3; the mean-speed formula √(8P/πρ).
    mistakes: (v) => { const rho = (3 * v.P * 1e5) / (v.v * v.v); return [Math.sqrt((v.P * 1e5) / rho), Math.sqrt((2 * v.P * 1e5) / rho), Math.sqrt((8 * v.P * 1e5) / (Math.PI * rho))]; },
    solution: () => `Kinetic theory: $P = \\frac13\\rho v_{rms}^2$, so $v_{rms} = \\sqrt{3P/\\rho}$. The rms speed exceeds the mean speed $\\sqrt{8P/\\pi\\rho}$.` }),

  // Adiabatic compression of a diatomic gas (γ = 1.4): TV^{γ−1} constant.
  formula({ id: 'p.td.adiabatic-compression', subject: P, concepts: ['P.TD.PROCESSES', 'P.KTG.DOF'], difficulty: 4,
    vars: { T1: [250, 300, 350], r: [2, 4, 8, 10, 16, 20] },
    text: (v) => `Air (a rigid diatomic ideal gas, $\\gamma = 1.4$) at ${v.T1} K is compressed adiabatically and reversibly to $\\frac{1}{${v.r}}$ of its volume. Find its final temperature in kelvin.`,
    hi: {
      text: (v) => `${v.T1} K पर वायु (दृढ़ द्विपरमाणुक आदर्श गैस, $\\gamma = 1.4$) को रुद्धोष्म तथा उत्क्रमणीय रूप से उसके आयतन के $\\frac{1}{${v.r}}$ तक संपीडित किया जाता है। अन्तिम ताप केल्विन में ज्ञात कीजिए।`,
      solution: () => `रुद्धोष्म प्रक्रम में $TV^{\\gamma - 1}$ नियत रहता है, अतः $T_2 = T_1 r^{\\gamma - 1}$।`,
    },
    unit: 'K', result: [300, 1200],
    answer: (v) => v.T1 * v.r ** 0.4,
    // γ used as the exponent; the pressure form's (γ − 1)/γ used with a volume ratio; no heating (isothermal).
    mistakes: (v) => [v.T1 * v.r ** 1.4, v.T1 * v.r ** (0.4 / 1.4), v.T1, v.T1 * v.r],
    solution: () => `For a reversible adiabatic process $TV^{\\gamma - 1}$ is constant, so $T_2 = T_1\\left(\\frac{V_1}{V_2}\\right)^{\\gamma - 1} = T_1 r^{0.4}$. All the work done on the gas raises its internal energy.` }),
]);
