import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
const TAN = { 37: 0.75, 45: 1, 53: 4 / 3 } as Record<number, number>;
/** Wedge and block masses (kg) totalling 12 or 24, so (M + m)g tan θ is whole for 37°, 45°, 53°. */
const WEDGES = [[10, 2], [8, 4], [6, 6], [20, 4], [18, 6], [16, 8]] as const;
/** Orbit periods n × that of a grazing orbit, shown as text, and (R + h)/R = n^{2/3}. */
const PERIODS = [['2\\sqrt2', 2], ['3\\sqrt3', 3], ['8', 4], ['27', 9], ['64', 16], ['125', 25]] as const;
/** Liquids for a glass lens (μ = 1.5): name, refractive index text, factor f_liquid / f_air. */
const LIQUIDS = [['water', 'पानी', '4/3', 4], ['a liquid', 'एक द्रव', '1.25', 2.5], ['a liquid', 'एक द्रव', '1.2', 2], ['carbon disulphide', 'कार्बन डाइसल्फ़ाइड', '1.6', -8]] as const;
/** Slabs: thickness (cm) and refractive index text / value. */
const MU = [['1.5', 1.5], ['4/3', 4 / 3]] as const;
/** Three-input logic circuits: text and Hindi-neutral form (gate names stay in Latin script). */
const CIRCUITS = [
  'Y = (A \\cdot B) + \\overline{C}', 'Y = \\overline{A \\cdot B} \\cdot C', 'Y = (A \\oplus B) \\cdot C', 'Y = \\overline{A + B} + C',
  'Y = (A + B) \\cdot (B + C)', 'Y = \\overline{A \\cdot B \\cdot C}', 'Y = A \\cdot \\overline{B} + B \\cdot C', 'Y = (A \\oplus B) \\oplus C',
  'Y = A \\cdot B + B \\cdot C + C \\cdot A', 'Y = \\overline{A} \\cdot \\overline{B} \\cdot \\overline{C}',
] as const;
/** The same circuits as functions (generator side). */
const CIRCUIT_FN: readonly ((a: number, b: number, c: number) => number)[] = [
  (a, b, c) => (a & b) | (1 - c), (a, b, c) => (1 - (a & b)) & c, (a, b, c) => (a ^ b) & c, (a, b, c) => (1 - (a | b)) | c,
  (a, b, c) => (a | b) & (b | c), (a, b, c) => 1 - (a & b & c), (a, b, c) => (a & (1 - b)) | (b & c), (a, b, c) => a ^ b ^ c,
  (a, b, c) => (a & b) | (b & c) | (c & a), (a, b, c) => (1 - a) & (1 - b) & (1 - c),
];
const onesOf = (i: number) => { let n = 0; for (let k = 0; k < 8; k++) n += CIRCUIT_FN[i]!((k >> 2) & 1, (k >> 1) & 1, k & 1); return n; };
/** Reflector speed u (m/s) and source frequency f (Hz) with a whole beat frequency 2uf/(340 − u). */
const ECHO = [[10, 165], [10, 330], [10, 660], [20, 160], [20, 320], [20, 640], [40, 150], [40, 300], [40, 600]] as const;

/** Fourth templates for concepts that had three (second set). */
export const physicsDepthFourthEGenerators: GeneratorDef[] = physicalDistractors([
  // n cells in series, m of them reversed: I = (n − 2m)E/(nr + R).
  formula({ id: 'p.ce.cells-reversed', subject: P, concepts: ['P.CE.CELLS'], difficulty: 3, freeResponse: false,
    vars: { n: [6, 8, 10, 12], m: [1, 2], R: [2, 4, 6, 8] },
    text: (v) => `${v.n} identical cells, each of emf 2 V and internal resistance 1 Ω, are joined in series, but ${v.m === 1 ? 'one of them is' : `${v.m} of them are`} connected the wrong way round. The battery drives a ${v.R} Ω resistor. Find the current (in A).`,
    hi: {
      text: (v) => `${v.n} सर्वसम सेल, प्रत्येक का विद्युत वाहक बल 2 V तथा आन्तरिक प्रतिरोध 1 Ω, श्रेणीक्रम में जोड़े गए हैं, पर उनमें से ${v.m} उल्टे जुड़े हैं। यह बैटरी ${v.R} Ω के प्रतिरोधक में धारा भेजती है। धारा (A में) ज्ञात कीजिए।`,
      solution: () => `प्रत्येक उल्टा सेल एक सीधे सेल का प्रभाव भी समाप्त करता है: नेट विद्युत वाहक बल $(n - 2m)E$; आन्तरिक प्रतिरोध सभी का $nr$। $I = \\frac{(n - 2m)E}{nr + R}$।`,
    },
    unit: 'A', result: [0.2, 2],
    answer: (v) => ((v.n - 2 * v.m) * 2) / (v.n + v.R),
    // Reversed cells merely left out (n − m); internal resistance of reversed cells left out; all cells taken as aiding.
    mistakes: (v) => [((v.n - v.m) * 2) / (v.n + v.R), ((v.n - 2 * v.m) * 2) / (v.n - v.m + v.R), (v.n * 2) / (v.n + v.R)],
    solution: () => `A reversed cell subtracts its emf, cancelling one correct cell as well: net emf $(n - 2m)E$. Every cell still adds its internal resistance: $I = \\frac{(n - 2m)E}{nr + R}$.` }),

  // Siphon: outflow √(2gh); pressure at the crest P₀ − ρg(H + h) (velocity head included).
  formula({ id: 'p.flu.siphon', subject: P, concepts: ['P.FLU.BERNOULLI', 'P.FLU.PRESSURE'], difficulty: 3,
    vars: { h: [0.2, 0.8, 1.8, 3.2, 5], H: [1, 2, 3], w: range(0, 1) },
    text: (v) => `A siphon draws water from a large open tank; its outlet is ${v.h} m below the water surface and its highest point is ${v.H} m above the surface (atmospheric pressure $1.0 \\times 10^5$ Pa, density 1000 kg/m³, $g = 10$ m/s², ideal flow). Find ${v.w === 0 ? 'the speed (in m/s) of the water leaving the outlet' : 'the pressure (in kPa) at the highest point of the tube'}.`,
    hi: {
      text: (v) => `एक साइफ़न बड़ी खुली टंकी से पानी खींचता है; इसका निकास पानी की सतह से ${v.h} m नीचे तथा उच्चतम बिन्दु सतह से ${v.H} m ऊपर है (वायुमण्डलीय दाब $1.0 \\times 10^5$ Pa, घनत्व 1000 kg/m³, $g = 10$ m/s², आदर्श प्रवाह)। ${v.w === 0 ? 'निकास से निकलते पानी की चाल (m/s में)' : 'नली के उच्चतम बिन्दु पर दाब (kPa में)'} ज्ञात कीजिए।`,
      solution: () => `सतह से निकास तक बर्नूली: $v = \\sqrt{2gh}$; नली में चाल सर्वत्र $v$, अतः शीर्ष पर $P = P_0 - \\rho gH - \\frac12\\rho v^2 = P_0 - \\rho g(H + h)$।`,
    },
    unit: '', result: [2, 100],
    answer: (v) => Math.round((v.w === 0 ? Math.sqrt(20 * v.h) : 100 - 10 * (v.H + v.h)) * 1e9) / 1e9,
    // (speed) √(gh); √(2g(h + H)). (pressure) the velocity head forgotten; the outlet depth subtracted as if below; P₀ itself.
    mistakes: (v) => (v.w === 0 ? [Math.sqrt(10 * v.h), Math.sqrt(20 * (v.h + v.H)), 2 * Math.sqrt(20 * v.h)] : [100 - 10 * v.H, 100 - 10 * (v.H - v.h), 100]),
    solution: () => `Bernoulli from the free surface (at rest, $P_0$) to the outlet (also $P_0$): $v = \\sqrt{2gh}$. The tube has one cross-section, so the speed is $v$ everywhere in it; at the crest $P = P_0 - \\rho gH - \\frac12\\rho v^2 = P_0 - \\rho g(H + h)$.` }),

  // Orbit whose period is n times a grazing orbit's: R + h = R·n^{2/3}.
  formula({ id: 'p.grav.orbit-period-height', subject: P, concepts: ['P.GRAV.ORBIT'], difficulty: 3,
    vars: { i: range(0, 5) },
    text: (v) => `A satellite orbiting just above the Earth's surface has period $T_0$. At what height (in km) above the surface must a satellite orbit to have period $${PERIODS[v.i]![0]}\\,T_0$? ($R = 6400$ km)`,
    hi: {
      text: (v) => `पृथ्वी की सतह के ठीक ऊपर घूमने वाले उपग्रह का आवर्तकाल $T_0$ है। $${PERIODS[v.i]![0]}\\,T_0$ आवर्तकाल के लिए उपग्रह को सतह से कितनी ऊँचाई (km में) पर घूमना चाहिए? ($R = 6400$ km)`,
      solution: () => `केप्लर का तृतीय नियम: $T^2 \\propto r^3$, अतः $r = R\\left(\\frac{T}{T_0}\\right)^{2/3}$ तथा $h = r - R$।`,
    },
    unit: 'km', result: [6000, 160000],
    answer: (v) => 6400 * (PERIODS[v.i]![1] - 1),
    // The orbit radius given as the height; T ∝ r (linear); T ∝ r² (r ∝ √T).
    mistakes: (v) => { const n = PERIODS[v.i]![1] ** 1.5; return [6400 * PERIODS[v.i]![1], 6400 * (n - 1), 6400 * (Math.sqrt(n) - 1)]; },
    solution: () => `Kepler's third law: $T^2 \\propto r^3$ for circular orbits, so $r = R\\left(\\frac{T}{T_0}\\right)^{2/3}$ and the height is $r - R$.` }),

  // Specific heat of a metal by mixtures with a calorimeter of known water equivalent.
  formula({ id: 'p.heat.specific-heat-metal', subject: P, concepts: ['P.HEAT.CALORIMETRY'], difficulty: 3, freeResponse: false,
    vars: { c: [390, 450, 900, 130], mm: [100, 200, 300], Tm: [90, 100], mw: [200, 300], W: [20, 40] },
    text: (v) => `A ${v.mm} g metal block at ${v.Tm} °C is dropped into ${v.mw} g of water at 20 °C in a calorimeter of water equivalent ${v.W} g. The final temperature is ${finalT(v)} °C. Find the specific heat of the metal in J/(kg K) (specific heat of water 4200 J/(kg K), no heat loss).`,
    hi: {
      text: (v) => `${v.Tm} °C पर ${v.mm} g का एक धातु गुटका ${v.W} g जल-तुल्यांक वाले कैलोरीमीटर में 20 °C के ${v.mw} g पानी में डाला जाता है। अन्तिम ताप ${finalT(v)} °C है। धातु की विशिष्ट ऊष्मा J/(kg K) में ज्ञात कीजिए (पानी की विशिष्ट ऊष्मा 4200 J/(kg K), कोई ऊष्मा हानि नहीं)।`,
      solution: () => `धातु द्वारा दी गई ऊष्मा = पानी तथा कैलोरीमीटर द्वारा ली गई ऊष्मा: $m_mc(T_m - T) = (m_w + W)\\cdot 4200\\,(T - 20)$।`,
    },
    unit: 'J/(kg K)', result: [100, 1000],
    answer: (v) => { const T = finalT(v); return ((v.mw + v.W) * 4200 * (T - 20)) / (v.mm * (v.Tm - T)); },
    // Water equivalent forgotten; the metal's drop taken from 20 °C; the metal's mass counted with the water's (m_w + W + m_m).
    mistakes: (v) => { const T = finalT(v); return [(v.mw * 4200 * (T - 20)) / (v.mm * (v.Tm - T)), ((v.mw + v.W) * 4200 * (T - 20)) / (v.mm * (v.Tm - 20)), ((v.mw + v.W + v.mm) * 4200 * (T - 20)) / (v.mm * (v.Tm - T))]; },
    solution: () => `Heat lost by the metal equals heat gained by the water and the calorimeter (its water equivalent behaves as extra water): $m_mc(T_m - T) = (m_w + W)c_w(T - 20)$.` }),

  // Net radiative loss ∝ T⁴ − T₀⁴: ratio at two body temperatures.
  formula({ id: 'p.heat.net-radiation-ratio', subject: P, concepts: ['P.HEAT.RADIATION'], difficulty: 4,
    vars: { T0: [300], T1: [400, 500, 600], T2: [700, 800, 900] },
    text: (v) => `A black body in surroundings at ${v.T0} K loses heat only by radiation. Find the ratio of its net rate of heat loss when it is at ${v.T2} K to that when it is at ${v.T1} K.`,
    hi: {
      text: (v) => `${v.T0} K के परिवेश में एक कृष्णिका केवल विकिरण से ऊष्मा खोती है। ${v.T2} K पर इसकी ऊष्मा हानि की नेट दर तथा ${v.T1} K पर नेट दर का अनुपात ज्ञात कीजिए।`,
      solution: () => `स्टेफ़न: नेट दर $\\propto T^4 - T_0^4$; अनुपात $\\frac{T_2^4 - T_0^4}{T_1^4 - T_0^4}$।`,
    },
    unit: '', result: [1.5, 60],
    answer: (v) => (v.T2 ** 4 - v.T0 ** 4) / (v.T1 ** 4 - v.T0 ** 4),
    // Surroundings ignored (T₂⁴/T₁⁴); Newton's law (linear excess); T³ law.
    mistakes: (v) => [(v.T2 / v.T1) ** 4, (v.T2 - v.T0) / (v.T1 - v.T0), (v.T2 ** 3 - v.T0 ** 3) / (v.T1 ** 3 - v.T0 ** 3)],
    solution: () => `The body emits $\\sigma AT^4$ and absorbs $\\sigma AT_0^4$ from the surroundings, so the net loss is $\\sigma A(T^4 - T_0^4)$; the ratio is $\\frac{T_2^4 - T_0^4}{T_1^4 - T_0^4}$. Newton's linear law holds only for small excesses.` }),

  // Car from rest (a) chasing a truck passing it at constant u: catches up at t = 2u/a, x = 2u²/a.
  formula({ id: 'p.kin.chase', subject: P, concepts: ['P.KIN.1D', 'P.KIN.REL'], difficulty: 2,
    vars: { u: [10, 15, 20, 25], a: [1, 2, 2.5, 5], w: range(0, 1) },
    text: (v) => `A car starts from rest with uniform acceleration ${v.a} m/s² at the instant a truck moving at a steady ${v.u} m/s passes it. Find ${v.w === 0 ? 'the time (in s) after which the car overtakes the truck' : 'the distance (in m) covered by the car until it overtakes the truck'}.`,
    hi: {
      text: (v) => `जिस क्षण ${v.u} m/s की नियत चाल से चलता एक ट्रक एक कार के पास से गुजरता है, उसी क्षण कार ${v.a} m/s² के एकसमान त्वरण से विराम से चलना शुरू करती है। ${v.w === 0 ? 'कितने समय (s में) बाद कार ट्रक से आगे निकलती है' : 'ट्रक से आगे निकलने तक कार द्वारा तय दूरी (m में)'} ज्ञात कीजिए।`,
      solution: () => `बराबर दूरी: $\\frac12at^2 = ut$, अतः $t = \\frac{2u}{a}$ तथा $x = ut = \\frac{2u^2}{a}$।`,
    },
    unit: '', result: [4, 1250],
    answer: (v) => (v.w === 0 ? (2 * v.u) / v.a : (2 * v.u * v.u) / v.a),
    // Equal speeds taken as the meeting (t = u/a); the ½ dropped; the truck's distance at t = u/a.
    mistakes: (v) => (v.w === 0 ? [v.u / v.a, (4 * v.u) / v.a, (3 * v.u) / v.a] : [(v.u * v.u) / (2 * v.a), (v.u * v.u) / v.a, (4 * v.u * v.u) / v.a]),
    solution: () => `They meet when their distances are equal: $\\frac12at^2 = ut$, so $t = \\frac{2u}{a}$ (twice the time at which their speeds are equal, when the gap is largest) and $x = \\frac{2u^2}{a}$.` }),

  // Speed at the top is k times the launch speed (k = cos θ): H = u²(1 − k²)/(2g), R = 2u²k√(1 − k²)/g.
  formula({ id: 'p.kin.proj-top-speed', subject: P, concepts: ['P.KIN.PROJ'], difficulty: 3, freeResponse: false,
    vars: { u: [10, 20, 25, 30, 40, 50], k: [0.6, 0.8, 0.5], w: range(0, 1) },
    text: (v) => `A ball is projected at ${v.u} m/s. At the highest point of its path its speed is ${v.k} times its launch speed ($g = 10$ m/s²). Find ${v.w === 0 ? 'the maximum height (in m)' : 'the horizontal range (in m)'}.`,
    hi: {
      text: (v) => `एक गेंद ${v.u} m/s से प्रक्षेपित की जाती है। पथ के उच्चतम बिन्दु पर इसकी चाल प्रक्षेपण चाल की ${v.k} गुनी है ($g = 10$ m/s²)। ${v.w === 0 ? 'अधिकतम ऊँचाई (m में)' : 'क्षैतिज परास (m में)'} ज्ञात कीजिए।`,
      solution: () => `शीर्ष पर केवल क्षैतिज वेग $u\\cos\\theta$, अतः $\\cos\\theta = k$; $H = \\frac{u^2\\sin^2\\theta}{2g}$, $R = \\frac{u^2\\sin2\\theta}{g}$।`,
    },
    unit: 'm', result: [1, 260],
    answer: (v) => { const s = Math.sqrt(1 - v.k * v.k); return v.w === 0 ? (v.u * v.u * s * s) / 20 : (2 * v.u * v.u * s * v.k) / 10; },
    // k taken as sin θ; the speed at the top taken as zero vertical and k as the angle's tangent; H with g not 2g.
    mistakes: (v) => { const s = Math.sqrt(1 - v.k * v.k); return v.w === 0 ? [(v.u * v.u * v.k * v.k) / 20, (v.u * v.u * s * s) / 10, (v.u * v.u) / 20] : [(2 * v.u * v.u * s * v.k) / 20, (v.u * v.u) / 10, (2 * v.u * v.u * v.k * v.k) / 10]; },
    solution: () => `At the top only the horizontal component $u\\cos\\theta$ remains, so $\\cos\\theta = k$ and $\\sin\\theta = \\sqrt{1 - k^2}$. Then $H = \\frac{u^2\\sin^2\\theta}{2g}$ and $R = \\frac{2u^2\\sin\\theta\\cos\\theta}{g}$.` }),

  // Most probable, mean and rms speeds: v_mp = √(2/3) v_rms, v_avg = √(8/(3π)) v_rms.
  formula({ id: 'p.ktg.three-speeds', subject: P, concepts: ['P.KTG.RMS'], difficulty: 3, freeResponse: false,
    vars: { vr: [300, 450, 600, 900, 1200, 1500], w: range(0, 1) },
    text: (v) => `The rms speed of the molecules of a gas is ${v.vr} m/s. Find ${v.w === 0 ? 'their most probable speed' : 'their mean (average) speed'} in m/s.`,
    hi: {
      text: (v) => `किसी गैस के अणुओं की rms चाल ${v.vr} m/s है। उनकी ${v.w === 0 ? 'प्रायिकतम चाल' : 'माध्य (औसत) चाल'} m/s में ज्ञात कीजिए।`,
      solution: () => `$v_{mp} = \\sqrt{\\frac{2RT}{M}}$, $\\bar v = \\sqrt{\\frac{8RT}{\\pi M}}$, $v_{rms} = \\sqrt{\\frac{3RT}{M}}$।`,
    },
    unit: 'm/s', result: [200, 1500],
    answer: (v) => v.vr * (v.w === 0 ? Math.sqrt(2 / 3) : Math.sqrt(8 / (3 * Math.PI))),
    // The other of the two speeds; the ratio without the square root; equal to v_rms.
    mistakes: (v) => [v.vr * (v.w === 1 ? Math.sqrt(2 / 3) : Math.sqrt(8 / (3 * Math.PI))), v.vr * (v.w === 0 ? 2 / 3 : 8 / (3 * Math.PI)), v.vr * Math.sqrt(3 / 2)],
    solution: () => `From the Maxwell distribution: $v_{mp} = \\sqrt{\\frac{2RT}{M}}$, $\\bar v = \\sqrt{\\frac{8RT}{\\pi M}}$ and $v_{rms} = \\sqrt{\\frac{3RT}{M}}$, in the ratio $1 : 1.128 : 1.225$.` }),

  // Velocity selector then the magnetic field alone: v = E/B, r = mE/(qB²).
  formula({ id: 'p.mag.selector-radius', subject: P, concepts: ['P.MAG.FORCE', 'P.ES.FIELD'], difficulty: 4,
    vars: { E: [1, 2, 5], B: [0.1, 0.2, 0.5], w: range(0, 1) },
    text: (v) => `Protons pass undeflected through crossed fields $E = ${v.E} \\times 10^{4}$ V/m and $B = ${v.B}$ T. The electric field is then switched off. Find ${v.w === 0 ? 'the speed of the protons (in km/s)' : 'the radius (in cm) of their circular path'} ($m_p = 1.67 \\times 10^{-27}$ kg, $e = 1.6 \\times 10^{-19}$ C).`,
    hi: {
      text: (v) => `प्रोटॉन परस्पर लम्बवत क्षेत्रों $E = ${v.E} \\times 10^{4}$ V/m तथा $B = ${v.B}$ T से बिना विचलित हुए गुजरते हैं। फिर विद्युत क्षेत्र हटा दिया जाता है। ${v.w === 0 ? 'प्रोटॉनों की चाल (km/s में)' : 'उनके वृत्तीय पथ की त्रिज्या (cm में)'} ज्ञात कीजिए ($m_p = 1.67 \\times 10^{-27}$ kg, $e = 1.6 \\times 10^{-19}$ C)।`,
      solution: () => `अविचलित: $qE = qvB$, $v = E/B$; केवल $B$ में $r = \\frac{mv}{qB} = \\frac{mE}{qB^2}$।`,
    },
    unit: '', result: [0.02, 600],
    answer: (v) => { const vel = (v.E * 1e4) / v.B; return v.w === 0 ? vel / 1000 : ((1.67e-27 * vel) / (1.6e-19 * v.B)) * 100; },
    // (speed) v = EB; v = E (V/m read as m/s); a slip of ten in km/s. (radius) B not squared; the diameter; E used in place of B.
    mistakes: (v) => { const vel = (v.E * 1e4) / v.B; const r = (x: number) => ((1.67e-27 * x) / (1.6e-19 * v.B)) * 100; return v.w === 0 ? [(v.E * 1e4 * v.B) / 1000, v.E * 10, vel / 100] : [r(v.E * 1e4), 2 * r(vel), ((1.67e-27 * vel) / (1.6e-19 * v.E * 1e4)) * 100]; },
    solution: () => `Undeflected means $qE = qvB$, so $v = \\frac EB$. In $B$ alone the proton circles with $r = \\frac{mv}{qB} = \\frac{mE}{qB^2}$.` }),

  // Block at rest on a smooth wedge pushed horizontally: a = g tan θ, F = (M + m)g tan θ.
  formula({ id: 'p.nlm.wedge-push', subject: P, concepts: ['P.NLM.LAWS', 'P.NLM.EQUILIBRIUM'], difficulty: 3,
    vars: { th: [37, 45, 53], p: range(0, 5) },
    text: (v) => `A block of mass ${WEDGES[v.p]![1]} kg rests on the smooth inclined face (angle ${v.th}°${v.th === 45 ? '' : `, $\\tan ${v.th}° = ${v.th === 37 ? '3/4' : '4/3'}$`}) of a wedge of mass ${WEDGES[v.p]![0]} kg on a smooth floor. What horizontal force (in N) on the wedge keeps the block at rest relative to the wedge? ($g = 10$ m/s²)`,
    hi: {
      text: (v) => `${WEDGES[v.p]![1]} kg द्रव्यमान का एक गुटका, चिकने फर्श पर रखे ${WEDGES[v.p]![0]} kg के फन्नी (wedge) के चिकने नत फलक (कोण ${v.th}°${v.th === 45 ? '' : `, $\\tan ${v.th}° = ${v.th === 37 ? '3/4' : '4/3'}$`}) पर है। फन्नी पर कितना क्षैतिज बल (N में) गुटके को फन्नी के सापेक्ष विराम में रखेगा? ($g = 10$ m/s²)`,
      solution: () => `गुटके के लिए: $N\\cos\\theta = mg$, $N\\sin\\theta = ma$, अतः $a = g\\tan\\theta$; पूरा निकाय: $F = (M + m)g\\tan\\theta$।`,
    },
    unit: 'N', result: [50, 400],
    answer: (v) => { const [M, m] = WEDGES[v.p]!; return Math.round((M + m) * 10 * TAN[v.th]! * 1e9) / 1e9; },
    // Only the block's mass; sin θ for tan θ (a = g sin θ); the wedge alone.
    mistakes: (v) => { const [M, m] = WEDGES[v.p]!; return [m * 10 * TAN[v.th]!, (M + m) * 10 * (TAN[v.th]! / Math.sqrt(1 + TAN[v.th]! ** 2)), M * 10 * TAN[v.th]!]; },
    solution: () => `The block moves with the wedge at $a$. On it: $N\\cos\\theta = mg$ and $N\\sin\\theta = ma$, so $a = g\\tan\\theta$. The whole system needs $F = (M + m)a = (M + m)g\\tan\\theta$.` }),

  // Glass lens (μ = 1.5) in a liquid: f_l/f_a = (μ − 1)/(μ/μ_l − 1); may turn diverging.
  formula({ id: 'p.opt.lens-in-liquid', subject: P, concepts: ['P.OPT.LENS'], difficulty: 3,
    vars: { i: range(0, 3), f: [10, 20, 30, 40] },
    text: (v) => `A thin convex glass lens (refractive index 1.5) has a focal length of ${v.f} cm in air. Find its focal length (in cm; negative if it diverges) when immersed in ${LIQUIDS[v.i]![0]} of refractive index ${LIQUIDS[v.i]![2]}.`,
    hi: {
      text: (v) => `काँच (अपवर्तनांक 1.5) के एक पतले उत्तल लेंस की वायु में फोकस दूरी ${v.f} cm है। ${LIQUIDS[v.i]![2]} अपवर्तनांक वाले ${LIQUIDS[v.i]![1]} में डुबोने पर इसकी फोकस दूरी (cm में; अपसारी हो तो ऋणात्मक) ज्ञात कीजिए।`,
      solution: () => `लेंस-निर्माता सूत्र: $\\frac1f \\propto \\left(\\frac{\\mu}{\\mu_l} - 1\\right)$; अतः $\\frac{f_l}{f_a} = \\frac{\\mu - 1}{\\mu/\\mu_l - 1}$। $\\mu_l > \\mu$ पर लेंस अपसारी।`,
    },
    unit: 'cm', result: [-320, 160],
    answer: (v) => LIQUIDS[v.i]![3] * v.f,
    // Focal length scaled by μ_l; the ratio inverted; the sign lost (magnitude only).
    mistakes: (v) => [v.f * eval1(LIQUIDS[v.i]![2]), v.f / LIQUIDS[v.i]![3], Math.abs(LIQUIDS[v.i]![3] * v.f)],
    solution: () => `By the lens-maker's formula $\\frac1f = \\left(\\frac{\\mu}{\\mu_l} - 1\\right)\\left(\\frac1{R_1} - \\frac1{R_2}\\right)$; the radii do not change, so $\\frac{f_l}{f_a} = \\frac{\\mu - 1}{\\mu/\\mu_l - 1}$. In a denser liquid the factor is negative: the convex lens diverges.` }),

  // Two stacked slabs over a mark: apparent rise Σt(1 − 1/μ).
  formula({ id: 'p.opt.stacked-slabs', subject: P, concepts: ['P.OPT.REFRACT'], difficulty: 3,
    vars: { t1: [12, 24, 36], a: range(0, 1), t2: [12, 24], b: range(0, 1) },
    text: (v) => `A mark on a table is covered by a transparent slab ${v.t1} cm thick (refractive index ${MU[v.a]![0]}) with a second slab ${v.t2} cm thick (refractive index ${MU[v.b]![0]}) on top. Viewed from directly above, by how much (in cm) does the mark appear raised?`,
    hi: {
      text: (v) => `मेज़ पर एक निशान ${v.t1} cm मोटी पारदर्शी पट्टी (अपवर्तनांक ${MU[v.a]![0]}) से ढका है, जिसके ऊपर ${v.t2} cm मोटी दूसरी पट्टी (अपवर्तनांक ${MU[v.b]![0]}) रखी है। ठीक ऊपर से देखने पर निशान कितना (cm में) ऊपर उठा दिखता है?`,
      solution: () => `प्रत्येक पट्टी का आभासी विस्थापन $t\\left(1 - \\frac1\\mu\\right)$; विस्थापन जुड़ते हैं।`,
    },
    unit: 'cm', result: [5, 20],
    answer: (v) => Math.round((v.t1 * (1 - 1 / MU[v.a]![1]) + v.t2 * (1 - 1 / MU[v.b]![1])) * 1e9) / 1e9,
    // The apparent depth given instead of the shift; t(μ − 1) for each slab; the top slab alone.
    mistakes: (v) => [v.t1 / MU[v.a]![1] + v.t2 / MU[v.b]![1], v.t1 * (MU[v.a]![1] - 1) + v.t2 * (MU[v.b]![1] - 1), v.t2 * (1 - 1 / MU[v.b]![1])],
    solution: () => `Near-normal viewing: a slab of thickness $t$ makes an object appear raised by $t\\left(1 - \\frac1\\mu\\right)$, independent of where the object is below it. The shifts of stacked slabs add.` }),

  // Three-input logic circuit: count the input combinations giving Y = 1.
  formula({ id: 'p.semi.logic-count-ones', subject: P, concepts: ['P.SEMI.LOGIC'], difficulty: 2,
    vars: { i: range(0, 9) },
    text: (v) => `For the logic circuit $${CIRCUITS[v.i]}$ (· AND, + OR, ⊕ XOR, overbar NOT), for how many of the 8 combinations of the inputs $A$, $B$, $C$ is the output $Y = 1$?`,
    hi: {
      text: (v) => `तर्क परिपथ $${CIRCUITS[v.i]}$ (· AND, + OR, ⊕ XOR, ऊपरी रेखा NOT) के लिए निवेशों $A$, $B$, $C$ के 8 संयोजनों में से कितनों के लिए निर्गत $Y = 1$ है?`,
      solution: () => `सत्यता सारणी की सभी 8 पंक्तियाँ लिखकर $Y = 1$ वाली पंक्तियाँ गिनिए।`,
    },
    unit: '', result: [1, 8],
    answer: (v) => onesOf(v.i),
    // The complement (rows with Y = 0); one row fewer or more from a missed row.
    mistakes: (v) => [8 - onesOf(v.i), onesOf(v.i) + 1, Math.max(1, onesOf(v.i) - 1)],
    solution: () => `Write the truth table: all 8 rows of $A$, $B$, $C$, evaluate the gates in order, and count the rows with $Y = 1$.` }),

  // Isothermal expansion: Q = W = nRT ln(V₂/V₁).
  formula({ id: 'p.td.isothermal-heat', subject: P, concepts: ['P.TD.PROCESSES', 'P.TD.FIRST'], difficulty: 3, freeResponse: false,
    vars: { n: [1, 2, 3], T: [300, 400, 500], k: [2, 4, 8] },
    text: (v) => `${v.n} mol of an ideal gas expands isothermally and reversibly at ${v.T} K to ${v.k} times its volume. Find the heat (in kJ) it absorbs ($R = 8.314$ J/(mol K), $\\ln 2 = 0.693$).`,
    hi: {
      text: (v) => `किसी आदर्श गैस के ${v.n} mol ${v.T} K पर समतापी तथा उत्क्रमणीय रूप से अपने आयतन के ${v.k} गुने तक प्रसारित होते हैं। इसके द्वारा अवशोषित ऊष्मा (kJ में) ज्ञात कीजिए ($R = 8.314$ J/(mol K), $\\ln 2 = 0.693$)।`,
      solution: () => `समतापी: $\\Delta U = 0$, अतः $Q = W = nRT\\ln\\frac{V_2}{V_1}$।`,
    },
    unit: 'kJ', result: [1, 30],
    answer: (v) => (v.n * 8.314 * v.T * Math.log(v.k)) / 1000,
    // log₁₀ for ln; W = nRT(k − 1) (as for constant pressure); ΔU taken as the heat (zero is not offered, so nRT).
    mistakes: (v) => [(v.n * 8.314 * v.T * Math.log10(v.k)) / 1000, (v.n * 8.314 * v.T * (v.k - 1)) / 1000, (v.n * 8.314 * v.T) / 1000],
    solution: () => `Temperature fixed means $\\Delta U = 0$, so the heat absorbed equals the work $\\int P\\,dV = nRT\\int\\frac{dV}{V} = nRT\\ln\\frac{V_2}{V_1}$.` }),

  // Stationary source, approaching reflector at u: beats between direct and echo, 2uf/(v − u).
  formula({ id: 'p.wave.reflector-beats', subject: P, concepts: ['P.WAVE.DOPPLER', 'P.WAVE.PIPES'], difficulty: 4,
    vars: { i: range(0, 8) },
    text: (v) => `A stationary source emits sound of ${ECHO[v.i]![1]} Hz. A large flat reflector moves straight towards it at ${ECHO[v.i]![0]} m/s. A listener beside the source hears the direct sound and the echo together. Find the beat frequency (in Hz) (speed of sound 340 m/s).`,
    hi: {
      text: (v) => `एक स्थिर स्रोत ${ECHO[v.i]![1]} Hz की ध्वनि उत्सर्जित करता है। एक बड़ा समतल परावर्तक ${ECHO[v.i]![0]} m/s से सीधा उसकी ओर आता है। स्रोत के पास खड़ा श्रोता सीधी ध्वनि तथा प्रतिध्वनि साथ-साथ सुनता है। विस्पन्द आवृत्ति (Hz में) ज्ञात कीजिए (ध्वनि की चाल 340 m/s)।`,
      solution: () => `परावर्तक (गतिमान श्रोता) ग्रहण करता है $f\\frac{v + u}{v}$, फिर गतिमान स्रोत के रूप में लौटाता है: $f' = f\\frac{v + u}{v - u}$; विस्पन्द $f' - f = \\frac{2uf}{v - u}$।`,
    },
    unit: 'Hz', result: [10, 200],
    answer: (v) => (2 * ECHO[v.i]![0] * ECHO[v.i]![1]) / (340 - ECHO[v.i]![0]),
    // Only one Doppler shift (uf/(v − u)); the shift 2uf/v (small-speed form); (v + u)/(v − u) applied to the beat as f'.
    mistakes: (v) => { const [u, f] = ECHO[v.i]!; return [(u * f) / (340 - u), (2 * u * f) / 340, (u * f) / 340]; },
    solution: () => `The reflector receives $f_1 = f\\frac{v + u}{v}$ (moving observer) and re-emits it as a moving source: $f' = f_1\\frac{v}{v - u} = f\\frac{v + u}{v - u}$. Beats: $f' - f = \\frac{2uf}{v - u}$.` }),
]);

/** Final temperature (°C, one decimal as printed) of a metal–water mixture, for the specific-heat template. */
function finalT(v: Record<string, number>): number {
  const hot = (v.mm! / 1000) * v.c!, cold = ((v.mw! + v.W!) / 1000) * 4200;
  return Number(((hot * v.Tm! + cold * 20) / (hot + cold)).toFixed(1));
}

/** "4/3" → 1.333…, "1.25" → 1.25. */
function eval1(s: string): number {
  const m = /^(\d+)\/(\d+)$/.exec(s);
  return m ? Number(m[1]) / Number(m[2]) : Number(s);
}
