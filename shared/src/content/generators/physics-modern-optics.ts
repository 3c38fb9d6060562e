import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
const HC_EV_NM = 1240; // h c in eV nm, stated in the question texts

/** Mass defect in u, to 4 decimals, of a nucleus of mass number A binding b MeV per nucleon. */
const massDefect = (v: Record<string, number>): number => Number((((v.A as number) * (v.b as number)) / 931.5).toFixed(4));

const GATES = ['AND', 'OR', 'NAND', 'NOR', 'XOR'] as const;
const gate = (g: number, a: number, b: number): number => [a & b, a | b, 1 - (a & b), 1 - (a | b), a ^ b][g] as number;

/** EM waves, optics, modern physics, semiconductors and experimental skills (units 15–20). */
export const physicsModernOpticsGenerators: GeneratorDef[] = physicalDistractors([
  formula({ id: 'p.emw.wavelength', subject: P, concepts: ['P.EMW.SPECTRUM'], difficulty: 1,
    hi: { text: (v) => `निर्वात में ${v.f} × $10^{${v.e}}$ Hz आवृत्ति की विद्युतचुम्बकीय तरंग की तरंगदैर्ध्य (m में) ज्ञात कीजिए।`, solution: () => `$\\lambda = c/f$, जहाँ $c = 3 \\times 10^8$ m/s।` }, result: [4e-8, 300],
    vars: { f: [1, 2, 3, 5, 6], e: [6, 8, 9, 10, 14, 15] },
    text: (v) => `Find the wavelength (in m) of an electromagnetic wave of frequency ${v.f} × 10^${v.e} Hz in vacuum.`.replace(/10\^(\d+)/, '$$10^{$1}$$'), unit: 'm',
    answer: (v) => 3e8 / (v.f * 10 ** v.e), mistakes: (v) => [(v.f * 10 ** v.e) / 3e8, 3e8 / (v.f * 10 ** (v.e - 1)), 3e8 * v.f * 10 ** v.e],
    solution: () => `$\\lambda = c/f$ with $c = 3 \\times 10^8$ m/s.` }),
  formula({ id: 'p.emw.intensity', subject: P, concepts: ['P.EMW.ENERGY'], difficulty: 3,
    hi: { text: (v) => (v.w === 0 ? `निर्वात में एक विद्युतचुम्बकीय तरंग का विद्युत क्षेत्र आयाम ${v.E0} V/m है। चुम्बकीय क्षेत्र आयाम µT में ज्ञात कीजिए।` : `${v.E0} V/m विद्युत क्षेत्र आयाम वाली विद्युतचुम्बकीय तरंग की औसत तीव्रता (W/m²) ज्ञात कीजिए ($\\varepsilon_0 = 8.85 \\times 10^{-12}$, $c = 3\\times10^8$)।`), solution: () => `$B_0 = E_0/c$; $I = \\frac12\\varepsilon_0 c E_0^2$।` }, result: [0.03, 1350],
    vars: { E0: range(10, 1000, 10), w: range(0, 1) },
    text: (v) => (v.w === 0 ? `The electric field amplitude of an EM wave in vacuum is ${v.E0} V/m. Find the magnetic field amplitude in µT.` : `Find the average intensity (W/m²) of an EM wave with electric field amplitude ${v.E0} V/m ($\\varepsilon_0 = 8.85 \\times 10^{-12}$, $c = 3\\times10^8$).`), unit: '',
    answer: (v) => (v.w === 0 ? (v.E0 / 3e8) * 1e6 : 0.5 * 8.85e-12 * 3e8 * v.E0 * v.E0), mistakes: (v) => (v.w === 0 ? [v.E0 * 3e8 * 1e-6, (v.E0 / 3e8) * 1e3, (v.E0 / 3e8) * 1e6 * 2] : [8.85e-12 * 3e8 * v.E0 * v.E0, 0.5 * 8.85e-12 * v.E0 * v.E0, 0.5 * 8.85e-12 * 3e8 * v.E0]),
    solution: () => `$B_0 = E_0/c$; $I = \\frac12\\varepsilon_0 c E_0^2$.` }),
  formula({ id: 'p.opt.mirror', subject: P, concepts: ['P.OPT.REFLECT'], difficulty: 2,
    hi: { text: (v) => `एक वस्तु ${v.f} cm फोकस दूरी वाले अवतल दर्पण के सामने ${v.u === v.f ? v.u + 5 : v.u} cm पर है। दर्पण से प्रतिबिम्ब की दूरी (cm में, परिमाण) ज्ञात कीजिए।`, solution: () => `चिह्न परिपाटी के साथ दर्पण सूत्र $\\frac1v + \\frac1u = \\frac1f$ (वास्तविक वस्तु तथा फोकस दर्पण के सामने)।` }, result: [5, 210],
    vars: { f: range(5, 30, 5), u: range(10, 60, 5) },
    text: (v) => `An object is ${v.u === v.f ? v.u + 5 : v.u} cm in front of a concave mirror of focal length ${v.f} cm. Find the image distance from the mirror (in cm, magnitude).`, unit: 'cm',
    answer: (v) => { const u = v.u === v.f ? v.u + 5 : v.u; return Math.abs(1 / (1 / v.f - 1 / u)); },
    mistakes: (v) => { const u = v.u === v.f ? v.u + 5 : v.u; return [Math.abs(1 / (1 / v.f + 1 / u)), Math.abs(u - v.f), (u * v.f) / (u + v.f) + 1]; },
    solution: () => `Mirror formula $\\frac1v + \\frac1u = \\frac1f$ with the sign convention (real object and focus in front).` }),
  formula({ id: 'p.opt.critical-angle', subject: P, concepts: ['P.OPT.REFRACT'], difficulty: 3,
    hi: { text: (v) => (v.w === 0 ? `${v.d} cm गहरे द्रव (अपवर्तनांक ${v.n}) की टंकी की तली पर एक सिक्का रखा है। ऊपर से देखने पर इसकी आभासी गहराई ज्ञात कीजिए।` : `${v.n} अपवर्तनांक वाले माध्यम तथा वायु के अन्तरपृष्ठ पर क्रान्तिक कोण के लिए $\\sin C$ ज्ञात कीजिए।`), solution: () => `आभासी गहराई $= d/n$ (cm); $\\sin C = 1/n$।` }, result: [0.5, 80],
    vars: { d: range(10, 100, 10), n: [1.25, 1.33, 1.5, 1.6, 2], w: range(0, 1) },
    text: (v) => (v.w === 0 ? `A coin lies at the bottom of a tank of liquid (refractive index ${v.n}) ${v.d} cm deep. Find its apparent depth seen from above.` : `Find $\\sin C$ for the critical angle at a surface between a medium of refractive index ${v.n} and air.`), unit: '',
    answer: (v) => (v.w === 0 ? v.d / v.n : 1 / v.n), mistakes: (v) => (v.w === 0 ? [v.d * v.n, v.d - v.d / v.n, v.d / (v.n - 1)] : [v.n - 1, 1 / (v.n + 1), (v.n - 1) / v.n]),
    solution: () => `Apparent depth $= d/n$ (cm); $\\sin C = 1/n$.` }),
  formula({ id: 'p.opt.lens', subject: P, concepts: ['P.OPT.LENS'], difficulty: 3,
    hi: { text: (v) => `${v.f1} cm तथा ${v.f2} cm फोकस दूरी वाले पतले लेंस सम्पर्क में रखे हैं। संयोजन की क्षमता डायोप्टर में ज्ञात कीजिए।`, solution: () => `$P = \\frac{100}{f_1(\\text{cm})} + \\frac{100}{f_2(\\text{cm})}$।` }, result: [-2.5, 15],
    vars: { f1: [10, 20, 25, 40, 50], f2: [-50, -40, -25, 20, 25, 50, 100] },
    text: (v) => `Thin lenses of focal lengths ${v.f1} cm and ${v.f2} cm are placed in contact. Find the power of the combination in dioptres.`, unit: 'D',
    answer: (v) => 100 / v.f1 + 100 / v.f2, mistakes: (v) => [1 / v.f1 + 1 / v.f2, 100 / (v.f1 + v.f2), 100 / v.f1 - 100 / v.f2],
    solution: () => `$P = \\frac{100}{f_1(\\text{cm})} + \\frac{100}{f_2(\\text{cm})}$.` }),
  formula({ id: 'p.opt.telescope', subject: P, concepts: ['P.OPT.INSTRUMENTS', 'P.OPT.LENS'], difficulty: 3,
    hi: { text: (v) => `सामान्य समायोजन में एक खगोलीय दूरदर्शी के अभिदृश्यक की फोकस दूरी ${v.fo} cm तथा नेत्रिका की ${v.fe} cm है। इसकी आवर्धन क्षमता का परिमाण ज्ञात कीजिए।`, solution: () => `$m = f_o/f_e$; नली की लम्बाई $f_o + f_e$।` }, result: [5, 100],
    vars: { fo: range(50, 200, 10), fe: range(2, 10) },
    text: (v) => `An astronomical telescope in normal adjustment has an objective of focal length ${v.fo} cm and eyepiece of ${v.fe} cm. Find the magnitude of its magnifying power.`, unit: '',
    answer: (v) => v.fo / v.fe, mistakes: (v) => [v.fe / v.fo, v.fo + v.fe, v.fo * v.fe],
    solution: () => `$m = f_o/f_e$; tube length $f_o + f_e$.` }),
  formula({ id: 'p.opt.ydse', subject: P, concepts: ['P.OPT.INTERFERENCE'], difficulty: 3,
    hi: { text: (v) => `यंग के प्रयोग में $\\lambda = ${v.lam}$ nm, झिरियों के बीच की दूरी ${v.d} mm तथा पर्दे की दूरी ${v.D} m है। फ्रिंज चौड़ाई mm में ज्ञात कीजिए।`, solution: () => `$\\beta = \\lambda D/d$।` }, result: [0.2, 14],
    vars: { lam: range(400, 700, 50), D: range(0.5, 2, 0.5), d: range(0.1, 1, 0.1) },
    text: (v) => `In Young's experiment, $\\lambda = ${v.lam}$ nm, slit separation ${v.d} mm and screen distance ${v.D} m. Find the fringe width in mm.`, unit: 'mm',
    answer: (v) => ((v.lam * 1e-9 * v.D) / (v.d * 1e-3)) * 1000, mistakes: (v) => [((v.lam * 1e-9 * v.D) / (2 * v.d * 1e-3)) * 1000, ((v.lam * 1e-9 * v.d * 1e-3) / v.D) * 1000, (v.lam * 1e-9 * v.D) / (v.d * 1e-3)],
    solution: () => `$\\beta = \\lambda D/d$.` }),
  formula({ id: 'p.opt.single-slit', subject: P, concepts: ['P.OPT.DIFFRACTION'], difficulty: 4,
    hi: { text: (v) => `${v.lam} nm तरंगदैर्ध्य का प्रकाश ${v.a} mm चौड़ी झिरी पर पड़ता है; पर्दा ${v.D} m दूर है। केन्द्रीय उच्चिष्ठ की चौड़ाई mm में ज्ञात कीजिए।`, solution: () => `केन्द्रीय उच्चिष्ठ की चौड़ाई $2\\lambda D/a$ होती है।` }, result: [1.5, 45],
    vars: { lam: range(400, 700, 50), a: range(0.1, 0.5, 0.05), D: range(1, 3) },
    text: (v) => `Light of wavelength ${v.lam} nm falls on a slit ${v.a} mm wide; the screen is ${v.D} m away. Find the width of the central maximum in mm.`, unit: 'mm',
    answer: (v) => ((2 * v.lam * 1e-9 * v.D) / (v.a * 1e-3)) * 1000, mistakes: (v) => [((v.lam * 1e-9 * v.D) / (v.a * 1e-3)) * 1000, ((4 * v.lam * 1e-9 * v.D) / (v.a * 1e-3)) * 1000, ((2 * v.lam * 1e-9 * v.a * 1e-3) / v.D) * 1e6],
    solution: () => `Central maximum spans $2\\lambda D/a$.` }),
  formula({ id: 'p.opt.malus', subject: P, concepts: ['P.OPT.POLAR'], difficulty: 3,
    hi: { text: (v) => `${v.I0} W/m² तीव्रता का अध्रुवित प्रकाश दो ध्रुवकों से गुजरता है जिनके अक्षों के बीच ${30 * v.k}° का कोण है। पारगमित तीव्रता ज्ञात कीजिए।`, solution: () => `पहला ध्रुवक तीव्रता आधी करता है; मैलस: $I = I_1\\cos^2\\theta$।` }, result: [1, 75],
    vars: { I0: range(10, 200, 10), k: range(1, 2) },
    text: (v) => `Unpolarised light of intensity ${v.I0} W/m² passes through two polarisers whose axes are at ${30 * v.k}°. Find the transmitted intensity.`, unit: 'W/m²',
    answer: (v) => (v.I0 / 2) * [0.75, 0.25][v.k - 1]!, mistakes: (v) => [v.I0 * [0.75, 0.25][v.k - 1]!, (v.I0 / 2) * [0.25, 0.75][v.k - 1]!, v.I0 / 2],
    solution: () => `First polariser halves it; Malus: $I = I_1\\cos^2\\theta$.` }),
  formula({ id: 'p.dual.photoelectric', subject: P, concepts: ['P.DUAL.PHOTO'], difficulty: 3,
    hi: { text: (v) => `${v.lam} nm तरंगदैर्ध्य का प्रकाश ${v.phi} eV कार्य फलन वाली धातु पर पड़ता है। निरोधी विभव ज्ञात कीजिए ($hc = 1240$ eV nm)।`, solution: () => `$eV_0 = \\frac{hc}{\\lambda} - \\phi$।` }, result: [0.1, 6.5],
    vars: { lam: range(150, 400, 10), phi: [1.8, 2.0, 2.3, 2.5, 3.0] },
    text: (v) => `Light of wavelength ${v.lam} nm falls on a metal of work function ${v.phi} eV. Find the stopping potential ($hc = 1240$ eV nm).`, unit: 'V',
    answer: (v) => HC_EV_NM / v.lam - v.phi,
    // Named slips that stay physical (a stopping potential is never negative): φ forgotten, φ added
    // (sign error), the work function itself taken as the potential, hc in eV Å with λ in nm.
    mistakes: (v) => [HC_EV_NM / v.lam, HC_EV_NM / v.lam + v.phi, v.phi, (10 * HC_EV_NM) / v.lam - v.phi],
    solution: () => `$eV_0 = \\frac{hc}{\\lambda} - \\phi$.` }),
  formula({ id: 'p.dual.de-broglie', subject: P, concepts: ['P.DUAL.DEBROGLIE'], difficulty: 3,
    hi: { text: (v) => `विराम से ${v.V} V विभवान्तर द्वारा त्वरित इलेक्ट्रॉन की दे ब्रॉग्ली तरंगदैर्ध्य (Å में) ज्ञात कीजिए ($\\lambda = 12.27/\\sqrt{V}$ Å)।`, solution: () => `$\\lambda = \\frac{h}{\\sqrt{2meV}} = \\frac{12.27}{\\sqrt V}$ Å।` }, result: [0.6, 2.5],
    vars: { V: [25, 36, 49, 64, 81, 100, 144, 400] },
    text: (v) => `Find the de Broglie wavelength (in Å) of an electron accelerated from rest through ${v.V} V ($\\lambda = 12.27/\\sqrt{V}$ Å).`, unit: 'Å',
    answer: (v) => 12.27 / Math.sqrt(v.V), mistakes: (v) => [12.27 / v.V, 12.27 * Math.sqrt(v.V), 1.227 / Math.sqrt(v.V)],
    solution: () => `$\\lambda = \\frac{h}{\\sqrt{2meV}} = \\frac{12.27}{\\sqrt V}$ Å.` }),
  formula({ id: 'p.atom.transition', subject: P, concepts: ['P.ATOM.BOHR'], difficulty: 3,
    hi: { text: (v) => `$Z = ${v.Z}$ वाले हाइड्रोजन-सदृश आयन का इलेक्ट्रॉन $n = ${v.n1 + v.dn}$ से $n = ${v.n1}$ पर संक्रमण करता है। उत्सर्जित फोटॉन की ऊर्जा (eV) ज्ञात कीजिए।`, solution: () => `$E_n = -13.6Z^2/n^2$ eV; फोटॉन ऊर्जा इनका अन्तर है।` }, result: [0.6, 116],
    vars: { n1: range(1, 3), dn: range(1, 3), Z: range(1, 3) },
    text: (v) => `Find the energy (eV) of the photon emitted when the electron of a hydrogen-like ion with $Z = ${v.Z}$ drops from $n = ${v.n1 + v.dn}$ to $n = ${v.n1}$.`, unit: 'eV',
    answer: (v) => 13.6 * v.Z * v.Z * (1 / v.n1 ** 2 - 1 / (v.n1 + v.dn) ** 2), mistakes: (v) => [13.6 * (1 / v.n1 ** 2 - 1 / (v.n1 + v.dn) ** 2), 13.6 * v.Z * v.Z * (1 / v.n1 - 1 / (v.n1 + v.dn)), (13.6 * v.Z * v.Z) / (v.n1 + v.dn) ** 2],
    solution: () => `$E_n = -13.6Z^2/n^2$ eV; photon energy is the difference.` }),
  formula({ id: 'p.atom.moseley', subject: P, concepts: ['P.ATOM.XRAY', 'P.ATOM.BOHR'], difficulty: 4,
    hi: { text: (v) => `मोज़ले के नियम ($K_\\alpha$ के लिए $\\sqrt{\\nu} \\propto Z - 1$) से $Z = ${v.Z2}$ तथा $Z = ${v.Z1}$ वाले तत्वों की $K_\\alpha$ आवृत्तियों का अनुपात ज्ञात कीजिए।`, solution: () => `$\\nu \\propto (Z - 1)^2$।` }, result: [1, 10],
    vars: { Z1: range(20, 40), Z2: range(41, 60) },
    text: (v) => `By Moseley's law ($\\sqrt{\\nu} \\propto Z - 1$ for $K_\\alpha$), find the ratio of $K_\\alpha$ frequencies of elements with $Z = ${v.Z2}$ and $Z = ${v.Z1}$.`, unit: '',
    answer: (v) => ((v.Z2 - 1) / (v.Z1 - 1)) ** 2, mistakes: (v) => [(v.Z2 - 1) / (v.Z1 - 1), (v.Z2 / v.Z1) ** 2, Math.sqrt((v.Z2 - 1) / (v.Z1 - 1))], sig: 4,
    solution: () => `$\\nu \\propto (Z - 1)^2$.` }),
  formula({ id: 'p.nuc.radius', subject: P, concepts: ['P.NUC.NUCLEUS'], difficulty: 2,
    hi: { text: (v) => `${v.A1} तथा ${v.A2} द्रव्यमान संख्या वाले नाभिकों की त्रिज्याओं का अनुपात ज्ञात कीजिए।`, solution: () => `$R = R_0A^{1/3}$।` }, result: [0.5, 6],
    vars: { A1: [8, 27, 64, 125, 216], A2: [1, 8, 27, 64] },
    text: (v) => `Find the ratio of the nuclear radii of nuclei with mass numbers ${v.A1} and ${v.A2}.`, unit: '',
    answer: (v) => Math.cbrt(v.A1 / v.A2), mistakes: (v) => [v.A1 / v.A2, Math.sqrt(v.A1 / v.A2), (v.A1 / v.A2) ** 2],
    solution: () => `$R = R_0A^{1/3}$.` }),
  formula({ id: 'p.nuc.binding-energy', subject: P, concepts: ['P.NUC.BINDING', 'P.NUC.NUCLEUS'], difficulty: 3,
    hi: { text: (v) => `${v.A} द्रव्यमान संख्या वाले एक नाभिक की द्रव्यमान क्षति ${massDefect(v)} u है। प्रति न्यूक्लिऑन बन्धन ऊर्जा MeV में ज्ञात कीजिए (1 u = 931.5 MeV)।`, solution: () => `$BE = \\Delta m \\times 931.5$ MeV, फिर $A$ से भाग दीजिए।` }, result: [6.9, 8.6],
    // Real nuclei bind 7–8.8 MeV per nucleon: the mass defect is derived from A and that figure.
    vars: { A: range(4, 60, 4), b: [7, 7.5, 8, 8.5] },
    text: (v) => `A nucleus of mass number ${v.A} has a mass defect of ${massDefect(v)} u. Find its binding energy per nucleon in MeV (1 u = 931.5 MeV).`, unit: 'MeV',
    answer: (v) => (massDefect(v) * 931.5) / v.A, mistakes: (v) => [massDefect(v) * 931.5, (massDefect(v) * 931.5) / (v.A / 2), massDefect(v) / v.A], sig: 4,
    solution: () => `$BE = \\Delta m \\times 931.5$ MeV, then divide by $A$.` }),
  formula({ id: 'p.nuc.half-life', subject: P, concepts: ['P.NUC.DECAY', 'M.FUNC.EXPLOG'], difficulty: 2,
    hi: { text: (v) => `एक नमूने में ${v.N0} अविघटित नाभिक हैं तथा अर्ध-आयु ${v.T} दिन है। ${v.n * v.T} दिन बाद कितने नाभिक शेष रहेंगे?`, solution: () => `$N = N_0 (1/2)^{t/T}$।` }, result: [12, 3200],
    vars: { T: range(2, 20, 2), n: range(1, 6), N0: [800, 1600, 3200, 6400] },
    text: (v) => `A sample has ${v.N0} undecayed nuclei and a half-life of ${v.T} days. How many remain after ${v.n * v.T} days?`, unit: '',
    answer: (v) => v.N0 / 2 ** v.n, mistakes: (v) => [v.N0 / (2 * v.n), v.N0 - v.N0 / 2 ** v.n, v.N0 / 2 ** (v.n + 1)],
    solution: () => `$N = N_0 (1/2)^{t/T}$.` }),
  formula({ id: 'p.semi.mass-action', subject: P, concepts: ['P.SEMI.BASICS'], difficulty: 2,
    hi: { text: (v) => `${v.ni} × 10¹⁶ m⁻³ नैज वाहक घनत्व वाले सिलिकॉन को ${v.nd} × 10²² m⁻³ दाताओं से अपमिश्रित किया गया है। होल घनत्व 10¹⁰ m⁻³ के मात्रक में ज्ञात कीजिए।`, solution: () => `$n_e n_h = n_i^2$, जहाँ $n_e \\approx N_D$।` }, result: [0.1, 10],
    vars: { ni: [1, 1.5, 2, 3], nd: [1, 2, 4, 5, 8] },
    text: (v) => `Silicon with intrinsic carrier density ${v.ni} × 10¹⁶ m⁻³ is doped with ${v.nd} × 10²² m⁻³ donors. Find the hole density in units of 10¹⁰ m⁻³.`, unit: '× 10¹⁰ m⁻³',
    answer: (v) => ((v.ni * 1e16) ** 2 / (v.nd * 1e22)) / 1e10, mistakes: (v) => [(v.ni * 1e16) / (v.nd * 1e22) / 1e10 * 1e16, ((v.ni * 1e16) ** 2 / (v.nd * 1e22)) / 1e9, (v.nd * 1e22) / 1e10 / 1e12],
    solution: () => `$n_e n_h = n_i^2$ with $n_e \\approx N_D$.` }),
  formula({ id: 'p.semi.rectifier', subject: P, concepts: ['P.SEMI.DIODE'], difficulty: 2,
    hi: { text: (v) => [`${v.f} Hz AC से पोषित पूर्ण-तरंग दिष्टकारी के निर्गत की ऊर्मिका (ripple) आवृत्ति ज्ञात कीजिए।`, `${v.f} Hz AC से पोषित अर्ध-तरंग दिष्टकारी के निर्गत की ऊर्मिका (ripple) आवृत्ति ज्ञात कीजिए।`, `${v.Vz} V का एक जेनर डायोड ${v.Vs} V की आपूर्ति को ${v.R} Ω के श्रेणी प्रतिरोध द्वारा नियमित करता है (कोई भार नहीं)। जेनर धारा mA में ज्ञात कीजिए।`][v.w] as string, solution: () => `पूर्ण-तरंग दिष्टकारी आवृत्ति दोगुनी करता है (Hz); अर्ध-तरंग वही रखता है। जेनर धारा $= (V_s - V_z)/R$।` }, result: [3, 270],
    vars: { f: [50, 60, 100], w: range(0, 2), Vz: range(3, 12), Vs: range(15, 30), R: range(100, 1000, 100) },
    text: (v) => [`Find the output ripple frequency of a full-wave rectifier fed with ${v.f} Hz AC.`, `Find the output ripple frequency of a half-wave rectifier fed with ${v.f} Hz AC.`, `A ${v.Vz} V Zener diode regulates a ${v.Vs} V supply through a series resistor of ${v.R} Ω (no load). Find the Zener current in mA.`][v.w] as string, unit: '',
    answer: (v) => [2 * v.f, v.f, ((v.Vs - v.Vz) / v.R) * 1000][v.w] as number, mistakes: (v) => (v.w === 2 ? [(v.Vs / v.R) * 1000, (v.Vz / v.R) * 1000, (v.Vs - v.Vz) / v.R] : [v.f / 2, v.w === 0 ? v.f : 2 * v.f, 4 * v.f]),
    solution: () => `Full-wave doubles the frequency (Hz); half-wave keeps it. Zener current $= (V_s - V_z)/R$.` }),
  // A single output bit admits only two honest options, so the question asks for the outputs of
  // two input rows: the four options are exactly the four possible pairs.
  {
    id: 'p.semi.logic', subject: P, concepts: ['P.SEMI.LOGIC'], difficulty: 1,
    build(rng) {
      const g1 = rng.int(0, 4);
      const g2 = rng.int(0, 4);
      const [r1, r2] = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7]).slice(0, 2) as [number, number];
      const row = (r: number) => [(r >> 2) & 1, (r >> 1) & 1, r & 1] as const;
      const y = (r: number) => { const [a, b, c] = row(r); return gate(g2, gate(g1, a, b), c); };
      const pair = (p: number, q: number) => `$Y = ${p}, ${q}$`;
      const correct = pair(y(r1), y(r2));
      const distractors = [[0, 0], [0, 1], [1, 0], [1, 1]].map(([p, q]) => pair(p!, q!)).filter((t) => t !== correct);
      const expr = `$Y = ${GATES[g2]}(${GATES[g1]}(A, B), C)$`;
      const rows = `$(A, B, C) = (${row(r1).join(', ')})$ and $(${row(r2).join(', ')})$`;
      return choice({
        params: { g1, g2, r1, r2 },
        text: `${expr}. Find $Y$ for ${rows}, in that order.`,
        correct,
        distractors,
        solution: `Evaluate the inner gate first, then the outer one, from the truth tables.`,
        hi: {
          text: `${expr}। ${rows.replace(' and ', ' तथा ')} के लिए $Y$ इसी क्रम में ज्ञात कीजिए।`,
          solution: `सत्य सारणी से पहले भीतरी गेट, फिर बाहरी गेट का मान निकालिए।`,
          correct,
          distractors,
        },
      });
    },
  },
  formula({ id: 'p.exp.vernier', subject: P, concepts: ['P.EXP.VERNIER'], difficulty: 2,
    hi: { text: (v) => `एक वर्नियर कैलिपर्स (अल्पतमांक 0.1 mm) का मुख्य पैमाना पाठ्यांक ${v.ms} mm है तथा वर्नियर का भाग ${v.vc} सम्पाती है। इसकी शून्यांक त्रुटि ${v.z >= 0 ? '+' : ''}${(v.z / 10).toFixed(1)} mm है। संशोधित पाठ्यांक mm में ज्ञात कीजिए।`, solution: () => `पाठ्यांक $= MSR + VSR \\times LC$; संशोधित पाठ्यांक $=$ पाठ्यांक $-$ शून्यांक त्रुटि।` }, result: [9.5, 62],
    vars: { ms: range(10, 60), vc: range(0, 9), z: range(-3, 3) },
    text: (v) => `A vernier calliper (least count 0.1 mm) reads ${v.ms} mm on the main scale with vernier division ${v.vc} coinciding. Its zero error is ${v.z >= 0 ? '+' : ''}${(v.z / 10).toFixed(1)} mm. Find the corrected reading in mm.`, unit: 'mm',
    answer: (v) => v.ms + v.vc * 0.1 - v.z * 0.1, mistakes: (v) => [v.ms + v.vc * 0.1 + v.z * 0.1, v.ms + v.vc * 0.1, v.ms + v.vc], sig: 4,
    solution: () => `Reading $= MSR + VSR \\times LC$; corrected $=$ reading $-$ zero error.` }),
  formula({ id: 'p.exp.screw-gauge', subject: P, concepts: ['P.EXP.SCREWGAUGE'], difficulty: 2,
    hi: { text: (v) => `एक स्क्रू गेज का चूड़ी अन्तराल ${v.p} mm है तथा वृत्तीय पैमाने पर ${v.n} भाग हैं। मुख्य पैमाना ${v.ms} mm तथा वृत्तीय पैमाना ${v.cs} भाग पढ़ता है (कोई शून्यांक त्रुटि नहीं)। पाठ्यांक mm में ज्ञात कीजिए।`, solution: () => `अल्पतमांक $=$ चूड़ी अन्तराल / भागों की संख्या; पाठ्यांक $= MSR + CSR \\times LC$।` }, result: [1, 11],
    vars: { p: [0.5, 1], n: [50, 100], ms: range(1, 10), cs: range(0, 49) },
    text: (v) => `A screw gauge has pitch ${v.p} mm and ${v.n} circular divisions. The main scale reads ${v.ms} mm and the circular scale ${v.cs} divisions (no zero error). Find the reading in mm.`, unit: 'mm',
    answer: (v) => v.ms + (v.cs * v.p) / v.n, mistakes: (v) => [v.ms + v.cs / v.n, v.ms + v.cs * v.p, v.ms * v.p + (v.cs * v.p) / v.n], sig: 4,
    solution: () => `Least count $=$ pitch / divisions; reading $= MSR + CSR \\times LC$.` }),
  formula({ id: 'p.exp.pendulum-g', subject: P, concepts: ['P.EXP.PENDULUM', 'P.UNITS.ERR'], difficulty: 2,
    hi: { text: (v) => `एक लोलक प्रयोग में लम्बाई ${v.eL}% त्रुटि से तथा आवर्तकाल ${v.eT}% त्रुटि से मापा गया है। $g$ में अधिकतम प्रतिशत त्रुटि ज्ञात कीजिए (लम्बाई ${v.L} m, आवर्तकाल ${v.T} s)।`, solution: () => `$g = 4\\pi^2 L/T^2$, अतः $\\Delta g/g = \\Delta L/L + 2\\Delta T/T$।` }, result: [1, 5],
    vars: { L: range(0.5, 2, 0.1), T: range(1.4, 2.8, 0.1), eL: [0.1, 0.2, 0.5], eT: [0.5, 1, 2] },
    text: (v) => `In a pendulum experiment the length is measured with ${v.eL}% error and the period with ${v.eT}% error. Find the maximum percentage error in $g$ (length ${v.L} m, period ${v.T} s).`, unit: '%',
    answer: (v) => v.eL + 2 * v.eT, mistakes: (v) => [v.eL + v.eT, 2 * v.eL + v.eT, v.eL + 0.5 * v.eT],
    solution: () => `$g = 4\\pi^2 L/T^2$, so $\\Delta g/g = \\Delta L/L + 2\\Delta T/T$.` }),
]);

