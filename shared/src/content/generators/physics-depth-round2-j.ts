import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** Direction vectors with whole-number length (Pythagorean quadruples). */
const DIRS = [[1, 2, 2], [2, 3, 6], [1, 4, 8], [2, 6, 9], [4, 4, 7], [6, 2, 3], [2, 1, 2], [3, 6, 2], [8, 4, 1], [6, 6, 7]] as const;
const vec = (a: readonly number[]) => `${a[0]}\\hat i + ${a[1]}\\hat j + ${a[2]}\\hat k`;
/** LC pairs [L in H, C in μF] with ω₀ = 1/√(LC) a round number. */
const LC = [[0.1, 10], [0.4, 10], [0.2, 5], [0.5, 2], [1, 1], [0.25, 16], [0.1, 40], [0.4, 2.5]] as const;

/** Fourth question shapes for Physics concepts left at three templates. */
export const physicsDepthRound2JGenerators: GeneratorDef[] = physicalDistractors([
  // Scalar projection of A on B: A·B/|B|.
  formula({ id: 'p.kin.vector-projection', subject: P, concepts: ['P.KIN.VECTORS'], difficulty: 2, freeResponse: false,
    vars: { b: range(0, 9), x: range(1, 6), y: range(1, 6), z: range(1, 6) },
    text: (v) => `Find the component of $\\vec A = ${vec([v.x, v.y, v.z])}$ along the direction of $\\vec B = ${vec(DIRS[v.b]!)}$.`,
    hi: {
      text: (v) => `$\\vec B = ${vec(DIRS[v.b]!)}$ की दिशा में $\\vec A = ${vec([v.x, v.y, v.z])}$ का घटक ज्ञात कीजिए।`,
      solution: () => `$\\vec B$ की दिशा में घटक $= \\vec A\\cdot\\hat B = \\frac{\\vec A\\cdot\\vec B}{|\\vec B|}$।`,
    },
    unit: '', result: [0.3, 20],
    answer: (v) => { const [p, q, r] = DIRS[v.b]!; return (v.x * p + v.y * q + v.z * r) / Math.hypot(p, q, r); },
    // A·B not divided by |B|; divided by |A| (B's component along A); divided by |B|² (the coefficient of B).
    mistakes: (v) => { const [p, q, r] = DIRS[v.b]!; const dot = v.x * p + v.y * q + v.z * r; return [dot, dot / Math.hypot(v.x, v.y, v.z), dot / (p * p + q * q + r * r)]; },
    solution: () => `The component along $\\vec B$ is $\\vec A\\cdot\\hat B = \\frac{\\vec A\\cdot\\vec B}{|\\vec B|}$; here $|\\vec B|$ is a whole number.` }),

  // a–t graph rising linearly from 0 to a₀ in T s, from rest: x(T) = a₀T²/6.
  formula({ id: 'p.kin.at-graph-ramp', subject: P, concepts: ['P.KIN.GRAPHS', 'P.KIN.1D'], difficulty: 3, freeResponse: false,
    vars: { a: [2, 3, 4, 6, 8, 9, 12], T: [2, 3, 4, 5, 6, 8] },
    text: (v) => `A body starts from rest. Its acceleration–time graph is a straight line rising from 0 at $t = 0$ to ${v.a} m/s² at $t = ${v.T}$ s. Find its displacement (in m) at $t = ${v.T}$ s.`,
    hi: {
      text: (v) => `एक पिण्ड विराम से चलना आरम्भ करता है। इसका त्वरण–समय ग्राफ $t = 0$ पर 0 से $t = ${v.T}$ s पर ${v.a} m/s² तक उठती एक सरल रेखा है। $t = ${v.T}$ s पर इसका विस्थापन (m में) ज्ञात कीजिए।`,
      solution: () => `$a = \\frac{a_0t}{T}$; $v = \\frac{a_0t^2}{2T}$; $x = \\frac{a_0t^3}{6T}$, अतः $x(T) = \\frac{a_0T^2}{6}$।`,
    },
    unit: 'm', result: [1, 150],
    answer: (v) => (v.a * v.T * v.T) / 6,
    // Constant acceleration a₀ (½a₀T²); the mean acceleration in ½aT²; the velocity's area taken as a triangle.
    mistakes: (v) => [(v.a * v.T * v.T) / 2, (v.a * v.T * v.T) / 4, (v.a * v.T * v.T) / 3],
    solution: () => `The area under the a–t graph is the velocity: $v = \\frac{a_0t^2}{2T}$, a parabola, not a line. Integrating again, $x = \\frac{a_0t^3}{6T}$, so $x(T) = \\frac{a_0T^2}{6}$.` }),

  // Rigid dipole of two charged beads oscillating in a uniform field: T = 2π√(md/(2qE)).
  formula({ id: 'p.es.dipole-oscillation', subject: P, concepts: ['P.ES.DIPOLE', 'P.OSC.SHM', 'P.ROT.MOI'], difficulty: 4,
    vars: { m: [1, 2, 5], d: [2, 4, 5, 10], q: [1, 2, 5], E: [1, 2, 5] },
    text: (v) => `Two small beads, each of mass ${v.m} g, carry charges +${v.q} μC and −${v.q} μC and are fixed to the ends of a light rigid rod ${v.d} cm long, free to turn about its centre. In a uniform field of ${v.E} × $10^4$ N/C the rod is turned slightly from the field direction and released. Find the period (in s) of its small oscillations.`,
    hi: {
      text: (v) => `${v.m} g द्रव्यमान के दो छोटे मनकों पर +${v.q} μC तथा −${v.q} μC आवेश हैं और वे ${v.d} cm लम्बी एक हल्की दृढ़ छड़ के सिरों पर लगे हैं जो अपने केन्द्र के परितः घूम सकती है। ${v.E} × $10^4$ N/C के एकसमान क्षेत्र में छड़ को क्षेत्र की दिशा से थोड़ा घुमाकर छोड़ा जाता है। इसके लघु दोलनों का आवर्तकाल (s में) ज्ञात कीजिए।`,
      solution: () => `$p = qd$, $I = 2m\\left(\\frac d2\\right)^2 = \\frac{md^2}{2}$; प्रत्यानयन बलाघूर्ण $pE\\theta$; $T = 2\\pi\\sqrt{\\frac{I}{pE}} = 2\\pi\\sqrt{\\frac{md}{2qE}}$।`,
    },
    unit: 's', result: [0.02, 2],
    answer: (v) => 2 * Math.PI * Math.sqrt(((v.m / 1000) * (v.d / 100)) / (2 * v.q * 1e-6 * v.E * 1e4)),
    // Beads taken a distance d from the centre (I = 2md²); one bead's inertia only; the 2π dropped.
    mistakes: (v) => { const T = 2 * Math.PI * Math.sqrt(((v.m / 1000) * (v.d / 100)) / (2 * v.q * 1e-6 * v.E * 1e4)); return [2 * T, T / Math.SQRT2, T / (2 * Math.PI)]; },
    solution: () => `The dipole moment is $p = qd$ and the moment of inertia about the centre $I = 2m\\left(\\frac d2\\right)^2 = \\frac{md^2}{2}$. For a small angle the torque is $pE\\theta$, so the motion is simple harmonic with $T = 2\\pi\\sqrt{\\frac{I}{pE}} = 2\\pi\\sqrt{\\frac{md}{2qE}}$.` }),

  // Toroid: B = μ₀NI/(2πr) at radius r inside the winding.
  formula({ id: 'p.mag.toroid-field', subject: P, concepts: ['P.MAG.AMPERE'], difficulty: 2, freeResponse: false,
    vars: { N: [500, 600, 800, 1000, 1500, 2000], I: [1, 2, 3, 5], r: [10, 15, 20, 25] },
    text: (v) => `A toroid has ${v.N} turns carrying ${v.I} A. Find the magnetic field (in mT) inside its core at ${v.r} cm from the centre of the toroid ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `एक टोरॉइड में ${v.N} फेरे हैं जिनमें ${v.I} A धारा है। टोरॉइड के केन्द्र से ${v.r} cm दूरी पर इसके क्रोड के भीतर चुम्बकीय क्षेत्र (mT में) ज्ञात कीजिए ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A)।`,
      solution: () => `त्रिज्या $r$ के वृत्त पर ऐम्पियर का नियम: $B\\cdot2\\pi r = \\mu_0NI$, अतः $B = \\frac{\\mu_0NI}{2\\pi r}$।`,
    },
    unit: 'mT', result: [0.3, 25],
    answer: (v) => (0.02 * v.N * v.I) / v.r,
    // The circular-coil centre formula μ₀NI/(2r); μ₀/4π in place of μ₀/2π; the loop's length taken as πr.
    mistakes: (v) => [(0.02 * Math.PI * v.N * v.I) / v.r, (0.01 * v.N * v.I) / v.r, (0.04 * v.N * v.I) / v.r],
    solution: () => `On a circle of radius $r$ inside the core, the field is tangential and constant, and the circle threads the current $NI$. Ampère's law: $B\\cdot2\\pi r = \\mu_0NI$, so $B = \\frac{\\mu_0NI}{2\\pi r}$.` }),

  // Small loop at the centre of a large coil: e = (μ₀N₁/(2R))·πr²·(di/dt).
  formula({ id: 'p.emi.coaxial-loops-emf', subject: P, concepts: ['P.EMI.INDUCTANCE', 'P.MAG.BIOT'], difficulty: 3, freeResponse: false,
    vars: { N: [50, 100, 200, 500], R: [10, 20, 25], r: [1, 2], k: [10, 20, 50, 100] },
    text: (v) => `A small single-turn loop of radius ${v.r} cm lies coaxially at the centre of a coil of ${v.N} turns and radius ${v.R} cm. The current in the large coil changes at ${v.k} A/s. Find the emf (in μV) induced in the small loop ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `${v.r} cm त्रिज्या का एक छोटा एकल-फेरे वाला लूप ${v.N} फेरों तथा ${v.R} cm त्रिज्या की कुण्डली के केन्द्र पर समाक्ष रखा है। बड़ी कुण्डली में धारा ${v.k} A/s की दर से बदलती है। छोटे लूप में प्रेरित emf (μV में) ज्ञात कीजिए ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A)।`,
      solution: () => `केन्द्र पर $B = \\frac{\\mu_0N_1I}{2R}$ (छोटे लूप पर लगभग एकसमान); $M = \\frac{\\mu_0N_1\\pi r^2}{2R}$; $e = M\\frac{di}{dt}$।`,
    },
    unit: 'μV', result: [0.05, 500],
    answer: (v) => ((4 * Math.PI * 1e-7 * v.N) / (2 * (v.R / 100))) * Math.PI * (v.r / 100) ** 2 * v.k * 1e6,
    // Field at the centre taken as μ₀NI/R; the area taken as r²; the small loop's diameter used as its radius.
    mistakes: (v) => { const e = ((4 * Math.PI * 1e-7 * v.N) / (2 * (v.R / 100))) * Math.PI * (v.r / 100) ** 2 * v.k * 1e6; return [2 * e, e / Math.PI, 4 * e]; },
    solution: () => `The large coil's field at its centre is $\\frac{\\mu_0N_1I}{2R}$, nearly uniform over the small loop, so $M = \\frac{\\mu_0N_1\\pi r^2}{2R}$ and $e = M\\frac{di}{dt}$.` }),

  // Series LCR at resonance: V_L = (V/R)·ω₀L.
  formula({ id: 'p.ac.resonance-inductor-voltage', subject: P, concepts: ['P.AC.LCR', 'P.AC.BASICS'], difficulty: 4, freeResponse: false,
    vars: { c: range(0, 7), R: [10, 20, 25, 40], V: [5, 10, 20] },
    text: (v) => `A series circuit of an inductor ${LC[v.c]![0]} H, a capacitor ${LC[v.c]![1]} μF and a resistor ${v.R} Ω is driven by a ${v.V} V (rms) source whose frequency is tuned to resonance. Find the rms voltage (in V) across the inductor.`,
    hi: {
      text: (v) => `${LC[v.c]![0]} H के प्रेरक, ${LC[v.c]![1]} μF के संधारित्र तथा ${v.R} Ω के प्रतिरोधक का श्रेणी परिपथ ${v.V} V (rms) के स्रोत से चलाया जाता है जिसकी आवृत्ति अनुनाद पर समस्वरित है। प्रेरक के सिरों पर rms वोल्टता (V में) ज्ञात कीजिए।`,
      solution: () => `अनुनाद पर $\\omega_0 = \\frac{1}{\\sqrt{LC}}$, $Z = R$, $I = \\frac VR$; $V_L = I\\omega_0L = \\frac VR\\sqrt{\\frac LC}$।`,
    },
    unit: 'V', result: [1, 2500],
    answer: (v) => { const [L, C] = LC[v.c]!; return (v.V / v.R) * Math.sqrt(L / (C * 1e-6)); },
    // The source voltage (as if nothing is magnified); f₀ used in place of ω₀; the quality factor inverted.
    mistakes: (v) => { const [L, C] = LC[v.c]!; const Q = Math.sqrt(L / (C * 1e-6)) / v.R; return [v.V, (v.V * Q) / (2 * Math.PI), v.V / Q]; },
    solution: () => `At resonance $\\omega_0 = \\frac{1}{\\sqrt{LC}}$, the reactances cancel and $I = \\frac VR$. The inductor's voltage is $I\\omega_0L = \\frac VR\\sqrt{\\frac LC}$, the source voltage magnified by the quality factor.` }),

  // Thin film in air, k-th thinnest for strong reflection: t = (2k − 1)λ/(4μ).
  formula({ id: 'p.opt.film-reflection-thickness', subject: P, concepts: ['P.OPT.INTERFERENCE'], difficulty: 3, freeResponse: false,
    vars: { l: [480, 520, 560, 600, 640], mu: [1.25, 1.3, 1.45, 1.5, 1.6], k: [1, 2, 3] },
    text: (v) => `White light falls normally on a thin transparent film ($\\mu = ${v.mu}$) in air. Find the ${['smallest', 'second smallest', 'third smallest'][v.k - 1]} thickness (in nm) for which light of wavelength ${v.l} nm is strongly reflected.`,
    hi: {
      text: (v) => `वायु में स्थित एक पतली पारदर्शी फिल्म ($\\mu = ${v.mu}$) पर श्वेत प्रकाश अभिलम्बवत् पड़ता है। वह ${['न्यूनतम', 'दूसरी न्यूनतम', 'तीसरी न्यूनतम'][v.k - 1]} मोटाई (nm में) ज्ञात कीजिए जिसके लिए ${v.l} nm तरंगदैर्ध्य का प्रकाश प्रबलता से परावर्तित होता है।`,
      solution: () => `ऊपरी सतह पर परावर्तन में $\\pi$ कला परिवर्तन, अतः प्रबल परावर्तन के लिए $2\\mu t = \\left(m - \\frac12\\right)\\lambda$: $t = \\frac{(2m - 1)\\lambda}{4\\mu}$।`,
    },
    unit: 'nm', result: [50, 700],
    answer: (v) => ((2 * v.k - 1) * v.l) / (4 * v.mu),
    // The phase change on reflection forgotten (2μt = kλ); μ ignored (wavelength in air); the orders counted from the next one ((2k + 1)λ/(4μ)).
    mistakes: (v) => [(v.k * v.l) / (2 * v.mu), ((2 * v.k - 1) * v.l) / 4, ((2 * v.k + 1) * v.l) / (4 * v.mu)],
    solution: () => `The ray reflected at the top (air → film) gains a phase of $\\pi$; the one from the bottom does not. Strong reflection needs $2\\mu t = \\left(m - \\frac12\\right)\\lambda$, so $t = \\frac{(2m - 1)\\lambda}{4\\mu}$.` }),

  // n identical cells in series with one reversed: I = (n − 2)E/(nr + R).
  formula({ id: 'p.ce.reversed-cell', subject: P, concepts: ['P.CE.KIRCHHOFF', 'P.CE.CELLS'], difficulty: 2, freeResponse: false,
    vars: { n: [4, 5, 6, 8, 10], E: [1.5, 2], r: [0.5, 1], R: [3, 4, 6, 10] },
    text: (v) => `${v.n} identical cells, each of emf ${v.E} V and internal resistance ${v.r} Ω, are meant to be joined in series, but one is connected the wrong way round. The battery is joined to a ${v.R} Ω resistor. Find the current (in A).`,
    hi: {
      text: (v) => `${v.n} सर्वसम सेल, प्रत्येक का emf ${v.E} V तथा आन्तरिक प्रतिरोध ${v.r} Ω, श्रेणी में जोड़े जाने हैं, परन्तु एक सेल उलटा जुड़ जाता है। यह बैटरी ${v.R} Ω के प्रतिरोधक से जोड़ी जाती है। धारा (A में) ज्ञात कीजिए।`,
      solution: () => `उलटा सेल अपना emf घटाता है और एक सही सेल का emf भी निरस्त करता है: कुल emf $(n - 2)E$; आन्तरिक प्रतिरोध सभी का जुड़ता है: $I = \\frac{(n - 2)E}{nr + R}$।`,
    },
    unit: 'A', result: [0.05, 3],
    answer: (v) => ((v.n - 2) * v.E) / (v.n * v.r + v.R),
    // The reversed cell simply left out ((n − 1)E); its internal resistance left out too; internal resistances ignored.
    mistakes: (v) => [((v.n - 1) * v.E) / (v.n * v.r + v.R), ((v.n - 2) * v.E) / ((v.n - 1) * v.r + v.R), ((v.n - 2) * v.E) / v.R],
    solution: () => `Going round the loop, the reversed cell's emf is subtracted: net emf $(n - 1)E - E = (n - 2)E$. Its internal resistance is still in series, so $I = \\frac{(n - 2)E}{nr + R}$.` }),
]);
