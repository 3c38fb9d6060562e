import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
const G = 10; // m s⁻², stated in the texts
const BODIES = ['solid sphere', 'solid cylinder', 'ring'] as const;
const BODIES_HI = ['ठोस गोला', 'ठोस बेलन', 'वलय'] as const;
const BETA = [0.4, 0.5, 1] as const; // k²/R² of the bodies above
const beta = (i: number) => BETA[i] as number;
const trim = (x: number) => String(Number(x.toFixed(3)));

/** Rotation, gravitation, heat, oscillations, magnetism and nuclei in depth: new shapes. */
export const physicsDepthMotionGenerators: GeneratorDef[] = physicalDistractors([
  // Rolling from rest down height h: v² = 2gh/(1 + β); h is chosen from v so that v is whole.
  formula({ id: 'p.rot.rolling-speed', subject: P, concepts: ['P.ROT.ROLLING', 'P.WEP.ENERGY'], difficulty: 3,
    vars: { b: range(0, 2), v: [2, 4, 6, 8, 10] },
    text: (v) => `A ${BODIES[v.b]} starts from rest and rolls without slipping down a slope, descending a vertical height of ${trim((v.v * v.v * (1 + beta(v.b))) / (2 * G))} m ($g = 10$ m/s²). Find its speed at the bottom in m/s.`,
    hi: {
      text: (v) => `एक ${BODIES_HI[v.b]} विराम से प्रारम्भ होकर एक ढलान पर बिना फिसले लुढ़कता है और ${trim((v.v * v.v * (1 + beta(v.b))) / (2 * G))} m की ऊर्ध्वाधर ऊँचाई नीचे आता है ($g = 10$ m/s²)। तली पर इसकी चाल m/s में ज्ञात कीजिए।`,
      solution: () => `$mgh = \\frac12mv^2\\left(1 + \\frac{k^2}{R^2}\\right)$, अतः $v = \\sqrt{\\frac{2gh}{1 + k^2/R^2}}$; गोला, बेलन, वलय के लिए $k^2/R^2 = 2/5, 1/2, 1$।`,
    },
    unit: 'm/s', result: [2, 10],
    answer: (v) => v.v,
    // Sliding without rotation; √(gh); the β of another body.
    mistakes: (v) => { const h = (v.v * v.v * (1 + beta(v.b))) / (2 * G); return [Math.sqrt(2 * G * h), Math.sqrt(G * h), Math.sqrt((2 * G * h) / (1 + beta((v.b + 1) % 3)))]; },
    solution: () => `Energy: $mgh = \\frac12mv^2\\left(1 + \\frac{k^2}{R^2}\\right)$, so $v = \\sqrt{\\frac{2gh}{1 + k^2/R^2}}$ with $k^2/R^2 = 2/5, 1/2, 1$ for sphere, cylinder, ring. Static friction does no work.` }),

  // Block on a string wound round a disc pulley: mg − T = ma, TR = ½MR²(a/R) ⇒ a = mg/(m + M/2).
  formula({ id: 'p.rot.pulley-disc', subject: P, concepts: ['P.ROT.TORQUE', 'P.ROT.MOI', 'P.NLM.CONNECTED'], difficulty: 4,
    vars: { m: [0.5, 1, 2, 3], M: [1, 2, 4, 6], w: range(0, 1) },
    text: (v) => `A light string is wound round a uniform disc pulley of mass ${v.M} kg that turns freely about its fixed horizontal axis. A block of ${v.m} kg hangs from the free end and is released ($g = 10$ m/s²). Find ${v.w === 0 ? 'the acceleration of the block in m/s²' : 'the tension in the string in N'}.`,
    hi: {
      text: (v) => `${v.M} kg द्रव्यमान की एकसमान चकती-घिरनी, जो अपनी स्थिर क्षैतिज अक्ष के परितः स्वतन्त्र रूप से घूमती है, पर एक हल्की डोरी लिपटी है। डोरी के मुक्त सिरे से ${v.m} kg का गुटका लटकाकर छोड़ा जाता है ($g = 10$ m/s²)। ${v.w === 0 ? 'गुटके का त्वरण m/s² में' : 'डोरी में तनाव N में'} ज्ञात कीजिए।`,
      solution: () => `$mg - T = ma$ तथा $TR = \\frac12MR^2\\cdot\\frac{a}{R}$, अतः $a = \\frac{mg}{m + M/2}$ तथा $T = \\frac{M}{2}a$।`,
    },
    unit: '', result: [0.5, 20],
    answer: (v) => { const a = (v.m * G) / (v.m + v.M / 2); return v.w === 0 ? a : (v.M / 2) * a; },
    // Pulley treated as massless; disc taken as a ring (I = MR²); tension taken as the weight.
    mistakes: (v) => { const a = (v.m * G) / (v.m + v.M / 2); const ring = (v.m * G) / (v.m + v.M); return v.w === 0 ? [G, ring, (v.m * G) / (v.m + v.M / 4)] : [v.m * G, v.M * ring, v.m * (G + a)]; },
    solution: () => `Block: $mg - T = ma$. Pulley: $TR = I\\alpha = \\frac12MR^2\\cdot\\frac{a}{R}$, so $T = \\frac{M}{2}a$. Together $a = \\frac{mg}{m + M/2}$.` }),

  // Uniform ladder (mass m), smooth wall, rough floor, person of mass M a fraction f up the ladder.
  formula({ id: 'p.rot.ladder', subject: P, concepts: ['P.ROT.EQUILIBRIUM', 'P.NLM.FRICTION', 'P.ROT.TORQUE'], difficulty: 4,
    vars: { th: [45, 53, 60], m: [10, 20], M: [40, 50, 60], f: [0.25, 0.5, 0.75, 1] },
    text: (v) => `A uniform ladder of mass ${v.m} kg rests against a smooth vertical wall, making ${v.th}° with the rough floor${v.th === 53 ? ' (take $\\tan 53° = 4/3$)' : ''}. A person of mass ${v.M} kg stands ${v.f === 1 ? 'at the top of the ladder' : `${v.f * 100}% of the way up`}. Find the least coefficient of friction at the floor for the ladder not to slip.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान की एकसमान सीढ़ी एक चिकनी ऊर्ध्वाधर दीवार के सहारे खड़ी है और खुरदरे फर्श से ${v.th}° का कोण बनाती है${v.th === 53 ? ' ($\\tan 53° = 4/3$ लीजिए)' : ''}। ${v.M} kg द्रव्यमान का एक व्यक्ति ${v.f === 1 ? 'सीढ़ी के शीर्ष पर' : `सीढ़ी पर ${v.f * 100}% ऊँचाई तक चढ़कर`} खड़ा है। सीढ़ी न फिसले, इसके लिए फर्श पर न्यूनतम घर्षण गुणांक ज्ञात कीजिए।`,
      solution: () => `फर्श की अभिलम्ब प्रतिक्रिया $(m + M)g$; दीवार की प्रतिक्रिया $N_w$ घर्षण के बराबर। फर्श के सम्पर्क बिन्दु के परितः आघूर्ण: $N_wL\\sin\\theta = mg\\frac{L}{2}\\cos\\theta + Mg fL\\cos\\theta$, अतः $\\mu_{min} = \\frac{m/2 + fM}{(m + M)\\tan\\theta}$।`,
    },
    unit: '', result: [0.1, 1],
    answer: (v) => (v.m / 2 + v.f * v.M) / ((v.m + v.M) * ladderTan(v.th)),
    // Person ignored; the ladder's weight taken at its top; cot θ for tan θ.
    mistakes: (v) => [1 / (2 * ladderTan(v.th)), (v.m + v.f * v.M) / ((v.m + v.M) * ladderTan(v.th)), ((v.m / 2 + v.f * v.M) * ladderTan(v.th)) / (v.m + v.M)],
    solution: () => `Floor: normal $(m + M)g$ and friction $F$; smooth wall: horizontal push $N_w = F$. Torques about the foot: $N_wL\\sin\\theta = mg\\frac{L}{2}\\cos\\theta + MgfL\\cos\\theta$. So $\\mu_{min} = \\frac{F}{(m + M)g} = \\frac{m/2 + fM}{(m + M)\\tan\\theta}$.` }),

  // Linear expansion of a steel rail (α = 1.2e-5 /°C): ΔL = LαΔT, a whole number of mm for these L, ΔT.
  formula({ id: 'p.heat.rail-gap', subject: P, concepts: ['P.HEAT.CALORIMETRY'], difficulty: 2,
    vars: { L: [12.5, 25, 50], dT: [20, 40, 60] },
    text: (v) => `Steel rails ${v.L} m long are laid end to end. What gap (in mm) must be left between neighbouring rails if the temperature can rise by ${v.dT} °C? ($\\alpha_{steel} = 1.2 \\times 10^{-5}$ °C⁻¹)`,
    hi: {
      text: (v) => `${v.L} m लम्बी इस्पात की पटरियाँ सिरे से सिरा मिलाकर बिछाई गई हैं। यदि ताप ${v.dT} °C तक बढ़ सकता है, तो पड़ोसी पटरियों के बीच कितना अन्तराल (mm में) छोड़ना चाहिए? ($\\alpha_{steel} = 1.2 \\times 10^{-5}$ °C⁻¹)`,
      solution: () => `रैखिक प्रसार: $\\Delta L = L\\alpha\\Delta T$ (m में), फिर mm में बदलिए।`,
    },
    unit: 'mm', result: [3, 36],
    answer: (v) => Math.round(12 * v.L * v.dT) / 1000,
    // Area (2α) or volume (3α) coefficient; result left in cm.
    mistakes: (v) => [(2 * 12 * v.L * v.dT) / 1000, (3 * 12 * v.L * v.dT) / 1000, (12 * v.L * v.dT) / 10000],
    solution: () => `Each rail grows by $\\Delta L = L\\alpha\\Delta T$; the gap must take up that growth. Linear, not areal or volume, expansion applies to a rail's length.` }),

  // Pendulum in a lift: the effective g is g + a going up (accelerating) and g − a going down.
  formula({ id: 'p.osc.pendulum-lift', subject: P, concepts: ['P.OSC.SPRING_PEND', 'P.NLM.LAWS'], difficulty: 4,
    vars: { L: [0.4, 0.9, 1.6, 2.5], a: [2, 2.5, 4, 5], up: range(0, 1) },
    text: (v) => `A simple pendulum of length ${v.L} m hangs in a lift that accelerates ${v.up === 1 ? 'upwards' : 'downwards'} at ${v.a} m/s² ($g = 10$ m/s²). Find its period of small oscillations in seconds.`,
    hi: {
      text: (v) => `${v.L} m लम्बाई का एक सरल लोलक एक लिफ्ट में लटका है जो ${v.up === 1 ? 'ऊपर की ओर' : 'नीचे की ओर'} ${v.a} m/s² से त्वरित है ($g = 10$ m/s²)। छोटे दोलनों का आवर्तकाल सेकण्ड में ज्ञात कीजिए।`,
      solution: () => `लिफ्ट के फ्रेम में प्रभावी गुरुत्व $g_{eff} = g \\pm a$ (ऊपर त्वरण पर +); $T = 2\\pi\\sqrt{L/g_{eff}}$।`,
    },
    unit: 's', result: [1, 5],
    answer: (v) => 2 * Math.PI * Math.sqrt(v.L / (G + (v.up === 1 ? v.a : -v.a))),
    // Lift ignored; the sign of a reversed; a used in place of g.
    mistakes: (v) => [2 * Math.PI * Math.sqrt(v.L / G), 2 * Math.PI * Math.sqrt(v.L / (G + (v.up === 1 ? -v.a : v.a))), 2 * Math.PI * Math.sqrt(v.L / v.a)],
    solution: () => `In the lift's frame a pseudo-force $-ma$ adds to gravity: $g_{eff} = g + a$ when accelerating up, $g - a$ when accelerating down. Then $T = 2\\pi\\sqrt{L/g_{eff}}$.` }),

  // Force per length between long parallel wires: μ₀I₁I₂/(2πd) = 20·I₁I₂/d µN/m with d in cm.
  formula({ id: 'p.mag.parallel-wires', subject: P, concepts: ['P.MAG.AMPERE', 'P.MAG.FORCE', 'P.MAG.BIOT'], difficulty: 2,
    vars: { I1: [5, 10, 15, 20], I2: [5, 10, 15, 20], d: [1, 2, 5, 10], same: range(0, 1) },
    text: (v) => `Two long straight parallel wires ${v.d} cm apart carry currents of ${v.I1} A and ${v.I2} A in ${v.same === 1 ? 'the same direction' : 'opposite directions'}. Find the magnitude of the force per metre on each wire in µN/m ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `${v.d} cm दूर स्थित दो लम्बे सीधे समान्तर तारों में ${v.I1} A तथा ${v.I2} A की धाराएँ ${v.same === 1 ? 'एक ही दिशा में' : 'विपरीत दिशाओं में'} बह रही हैं। प्रत्येक तार पर प्रति मीटर बल का परिमाण µN/m में ज्ञात कीजिए ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A)।`,
      solution: (v) => `एक तार का क्षेत्र $B = \\frac{\\mu_0 I_1}{2\\pi d}$; दूसरे पर प्रति मीटर बल $\\frac{F}{l} = BI_2 = \\frac{\\mu_0I_1I_2}{2\\pi d}$; ${v.same === 1 ? 'समान दिशा की धाराएँ आकर्षित करती हैं' : 'विपरीत दिशा की धाराएँ प्रतिकर्षित करती हैं'}।`,
    },
    unit: 'µN/m', result: [50, 8000],
    answer: (v) => (20 * v.I1 * v.I2) / v.d,
    // A 4π where 2π belongs; d left in cm (×100); the field of one wire taken as the force.
    mistakes: (v) => [(10 * v.I1 * v.I2) / v.d, (2000 * v.I1 * v.I2) / v.d, (20 * v.I1) / v.d, (40 * v.I1 * v.I2) / v.d],
    solution: (v) => `The field of one wire at the other is $B = \\frac{\\mu_0 I_1}{2\\pi d}$, so the force per metre is $BI_2 = \\frac{\\mu_0I_1I_2}{2\\pi d}$; ${v.same === 1 ? 'currents in the same direction attract' : 'opposite currents repel'}.` }),

  // Activity falls by a factor r in time t: T½ = t ln2 / ln r, τ = t / ln r.
  formula({ id: 'p.nuc.activity-ratio', subject: P, concepts: ['P.NUC.DECAY', 'M.FUNC.EXPLOG'], difficulty: 4,
    vars: { t: [2, 4, 6, 8, 12], r: [3, 5, 10], w: range(0, 1) },
    text: (v) => `The activity of a radioactive sample falls to $\\frac{1}{${v.r}}$ of its initial value in ${v.t} h. Find its ${v.w === 0 ? 'half-life' : 'mean life'} in hours ($\\ln 2 = 0.693$, $\\ln 3 = 1.099$, $\\ln 5 = 1.609$, $\\ln 10 = 2.303$).`,
    hi: {
      text: (v) => `एक रेडियोऐक्टिव नमूने की सक्रियता ${v.t} h में अपने प्रारम्भिक मान की $\\frac{1}{${v.r}}$ रह जाती है। इसकी ${v.w === 0 ? 'अर्ध-आयु' : 'माध्य आयु'} घण्टों में ज्ञात कीजिए ($\\ln 2 = 0.693$, $\\ln 3 = 1.099$, $\\ln 5 = 1.609$, $\\ln 10 = 2.303$)।`,
      solution: () => `$A = A_0e^{-\\lambda t}$, अतः $\\lambda = \\frac{\\ln r}{t}$; अर्ध-आयु $T_{1/2} = \\frac{0.693}{\\lambda}$, माध्य आयु $\\tau = \\frac1\\lambda$।`,
    },
    unit: 'h', result: [0.5, 12],
    answer: (v) => (v.w === 0 ? (v.t * Math.LN2) / Math.log(v.r) : v.t / Math.log(v.r)),
    // Half-life and mean life confused; "1/r means r/2 half-lives"; the logarithm ratio inverted.
    mistakes: (v) => (v.w === 0
      ? [v.t / Math.log(v.r), (2 * v.t) / v.r, (v.t * Math.log(v.r)) / Math.LN2]
      : [(v.t * Math.LN2) / Math.log(v.r), (2 * v.t) / v.r / Math.LN2, v.t * Math.log(v.r)]),
    solution: () => `$A = A_0e^{-\\lambda t}$ gives $\\lambda = \\frac{\\ln r}{t}$. Then $T_{1/2} = \\frac{\\ln 2}{\\lambda}$ and the mean life $\\tau = \\frac{1}{\\lambda} = 1.44\\,T_{1/2}$.` }),

  // Lines in a downward cascade from level n₂ to level n₁: every pair of levels in [n₁, n₂].
  formula({ id: 'p.atom.line-count', subject: P, concepts: ['P.ATOM.BOHR'], difficulty: 2,
    vars: { n2: range(3, 7), n1: range(1, 3) },
    text: (v) => `Hydrogen atoms are excited to the level $n = ${v.n2}$. How many different spectral lines can they emit in returning to the level $n = ${Math.min(v.n1, v.n2 - 2)}$ (no lower level is reached)?`,
    hi: {
      text: (v) => `हाइड्रोजन परमाणु $n = ${v.n2}$ स्तर तक उत्तेजित किए जाते हैं। $n = ${Math.min(v.n1, v.n2 - 2)}$ स्तर पर लौटने में (इससे निचला कोई स्तर नहीं) वे कितनी भिन्न स्पेक्ट्रमी रेखाएँ उत्सर्जित कर सकते हैं?`,
      solution: () => `$n_1$ से $n_2$ तक के किन्हीं दो स्तरों के बीच एक रेखा: $\\binom{n_2 - n_1 + 1}{2} = \\frac{(n_2 - n_1)(n_2 - n_1 + 1)}{2}$।`,
    },
    unit: '', result: [3, 21],
    answer: (v) => { const k = v.n2 - Math.min(v.n1, v.n2 - 2); return (k * (k + 1)) / 2; },
    // One line per step only; lines counted to the ground state; k² lines.
    mistakes: (v) => { const k = v.n2 - Math.min(v.n1, v.n2 - 2); return [k, (v.n2 * (v.n2 - 1)) / 2, k * k, k * (k + 1)]; },
    solution: () => `Any two levels between $n_1$ and $n_2$ give one line, so the count is $\\binom{n_2 - n_1 + 1}{2} = \\frac{(n_2 - n_1)(n_2 - n_1 + 1)}{2}$.` }),
]);

function ladderTan(th: number): number {
  // 53° is used with its textbook value tan 53° = 4/3 (as stated in the question).
  return th === 45 ? 1 : th === 53 ? 4 / 3 : Math.sqrt(3);
}
