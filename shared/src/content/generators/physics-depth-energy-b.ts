import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
const G = 10; // m s⁻², stated in the texts
/** Hole in a disc as (hole radius, hole-centre offset) in units of the disc radius R; d + r ≤ R. */
const HOLES = [[1 / 2, 1 / 2], [1 / 3, 2 / 3], [1 / 2, 1 / 4], [1 / 3, 1 / 3]] as const;
const HOLE_TEXT = ['R/2', 'R/3', 'R/2', 'R/3'] as const;
const HOLE_OFF = ['R/2', '2R/3', 'R/4', 'R/3'] as const;
const hole = (c: number) => HOLES[c] as readonly [number, number];
/** Moment of inertia about a tangent, in units of MR²: disc in-plane, disc ⟂ plane, ring in-plane, ring ⟂ plane. */
const TANGENT = [1.25, 1.5, 1.5, 2] as const;
const TANGENT_EN = ['a uniform disc', 'a uniform disc', 'a uniform ring', 'a uniform ring'] as const;
const TANGENT_HI = ['एकसमान चकती', 'एकसमान चकती', 'एकसमान वलय', 'एकसमान वलय'] as const;
const tangentIn = (c: number) => c === 0 || c === 2;
/** Bubble radii (mm) whose merged radius √(r₁² + r₂²) is whole. */
const BUBBLES = [[3, 4], [6, 8], [5, 12], [9, 12], [8, 15], [12, 16], [7, 24], [15, 20], [10, 24], [20, 21], [12, 35], [9, 40], [18, 24], [16, 30], [21, 28], [24, 32]] as const;
const bub = (i: number) => BUBBLES[i] as readonly [number, number];
const RHO_WIRE = { 7800: 'steel', 8900: 'copper', 2700: 'aluminium' } as Record<number, string>;
const RHO_WIRE_HI = { 7800: 'इस्पात', 8900: 'ताँबे', 2700: 'ऐलुमिनियम' } as Record<number, string>;
const Y_WIRE = { 7800: 2e11, 8900: 1.2e11, 2700: 7e10 } as Record<number, number>;
const Y_TEX = { 7800: '2 \\times 10^{11}', 8900: '1.2 \\times 10^{11}', 2700: '7 \\times 10^{10}' } as Record<number, string>;

/** Work–energy, rotation, gravitation, elasticity and fluids in depth: new shapes. */
export const physicsDepthEnergyBGenerators: GeneratorDef[] = physicalDistractors([
  // Pulling a block up a rough 37° incline at constant speed: W = mgs(sin θ + μ cos θ).
  formula({ id: 'p.wep.incline-work', subject: P, concepts: ['P.WEP.WORK', 'P.NLM.FRICTION'], difficulty: 3,
    vars: { m: [2, 5, 10], s: [2, 4, 5, 10], mu: [0.25, 0.5] },
    text: (v) => `A block of mass ${v.m} kg is pulled ${v.s} m up a rough incline of 37° ($\\sin 37° = 0.6$, coefficient of kinetic friction ${v.mu}) at constant speed by a force parallel to the incline ($g = 10$ m/s²). Find the work done (in J) by this force.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान के एक गुटके को 37° के खुरदरे नत समतल ($\\sin 37° = 0.6$, गतिज घर्षण गुणांक ${v.mu}) पर नत समतल के समान्तर बल द्वारा नियत चाल से ${v.s} m ऊपर खींचा जाता है ($g = 10$ m/s²)। इस बल द्वारा किया गया कार्य (J में) ज्ञात कीजिए।`,
      solution: () => `नियत चाल पर गतिज ऊर्जा नहीं बदलती, अतः लगाए गए बल का कार्य = गुरुत्व तथा घर्षण के विरुद्ध कार्य $= mgs(\\sin\\theta + \\mu\\cos\\theta)$।`,
    },
    unit: 'J', result: [30, 1000],
    answer: (v) => v.m * G * v.s * (v.mu === 0.25 ? 0.8 : 1),
    // Friction forgotten; friction taken as μmg; the full weight times the distance.
    mistakes: (v) => [v.m * G * v.s * 0.6, v.m * G * v.s * (0.6 + v.mu), v.m * G * v.s],
    solution: () => `At constant speed the kinetic energy does not change, so the applied force's work cancels that of gravity ($-mgs\\sin\\theta$) and friction ($-\\mu mg\\cos\\theta\\, s$): $W = mgs(\\sin\\theta + \\mu\\cos\\theta)$.` }),

  // Smooth track into a vertical loop: N_top = mg(2h/R − 5), N_bottom = mg(1 + 2h/R).
  formula({ id: 'p.wep.loop-normal', subject: P, concepts: ['P.WEP.ENERGY', 'P.NLM.CIRC'], difficulty: 3,
    vars: { m: [0.2, 0.5, 1, 2], R: [0.5, 1, 2], k: [3, 3.5, 4, 5], w: range(0, 1) },
    text: (v) => `A bead of mass ${v.m} kg is released from rest at a height of ${v.k * v.R} m on a smooth track that ends in a vertical loop of radius ${v.R} m (heights measured from the lowest point of the loop; $g = 10$ m/s²). Find the normal force (in N) of the track on the bead at the ${v.w === 0 ? 'top' : 'bottom'} of the loop.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान के एक मनके को एक चिकने पथ पर ${v.k * v.R} m ऊँचाई से विराम से छोड़ा जाता है; पथ ${v.R} m त्रिज्या के ऊर्ध्वाधर लूप में समाप्त होता है (ऊँचाइयाँ लूप के निम्नतम बिन्दु से; $g = 10$ m/s²)। लूप के ${v.w === 0 ? 'शीर्ष' : 'निम्नतम बिन्दु'} पर पथ द्वारा मनके पर अभिलम्ब बल (N में) ज्ञात कीजिए।`,
      solution: () => `ऊर्जा संरक्षण से $v^2 = 2g(h - y)$; शीर्ष पर $N + mg = \\frac{mv^2}{R}$, तली पर $N - mg = \\frac{mv^2}{R}$।`,
    },
    unit: 'N', result: [2, 220],
    answer: (v) => (v.w === 0 ? v.m * G * (2 * v.k - 5) : v.m * G * (1 + 2 * v.k)),
    // Weight forgotten in the radial equation; the weight's sign reversed; (top) the drop to the top taken as h,
    // (bottom) the weight alone, circular motion ignored.
    mistakes: (v) => (v.w === 0 ? [v.m * G * (2 * v.k - 4), v.m * G * (2 * v.k - 3), v.m * G * (2 * v.k - 1)] : [v.m * G * 2 * v.k, v.m * G * (2 * v.k - 1), v.m * G]),
    solution: () => `Energy: $v^2 = 2g(h - y)$, with $y = 2R$ at the top and $0$ at the bottom. Radially, at the top $N + mg = \\frac{mv^2}{R}$, so $N = mg\\left(\\frac{2h}{R} - 5\\right)$; at the bottom $N - mg = \\frac{mv^2}{R}$, so $N = mg\\left(1 + \\frac{2h}{R}\\right)$.` }),

  // Block dropped on a spring: mg(h + x) = ½kx², the larger root.
  formula({ id: 'p.wep.spring-drop', subject: P, concepts: ['P.WEP.SPRING', 'P.WEP.ENERGY'], difficulty: 4,
    vars: { m: [0.5, 1, 2], k: [500, 800, 1000, 2000], h: [0.2, 0.5, 1, 1.5] },
    text: (v) => `A block of mass ${v.m} kg is dropped from rest from a height of ${v.h} m onto the top of a light vertical spring of force constant ${v.k} N/m ($g = 10$ m/s²). Find the maximum compression of the spring in cm.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान का एक गुटका ${v.h} m की ऊँचाई से विराम से ${v.k} N/m बल-नियतांक वाली एक हल्की ऊर्ध्वाधर स्प्रिंग के शीर्ष पर गिराया जाता है ($g = 10$ m/s²)। स्प्रिंग का अधिकतम संपीडन cm में ज्ञात कीजिए।`,
      solution: () => `अधिकतम संपीडन $x$ पर गुटका क्षणिक विराम में: $mg(h + x) = \\frac12kx^2$, अतः $x = \\frac{mg + \\sqrt{m^2g^2 + 2kmgh}}{k}$।`,
    },
    unit: 'cm', result: [3, 40],
    answer: (v) => (100 * (v.m * G + Math.sqrt((v.m * G) ** 2 + 2 * v.k * v.m * G * v.h))) / v.k,
    // The fall through x itself ignored; the ½ dropped; the static compression mg/k.
    mistakes: (v) => [100 * Math.sqrt((2 * v.m * G * v.h) / v.k), (100 * (v.m * G + Math.sqrt((v.m * G) ** 2 + 4 * v.k * v.m * G * v.h))) / (2 * v.k), (100 * v.m * G) / v.k],
    solution: () => `The block falls $h + x$ before stopping, so $mg(h + x) = \\frac12kx^2$. The positive root is $x = \\frac{mg + \\sqrt{m^2g^2 + 2kmgh}}{k}$. Dropping the $mgx$ term gives only an approximation.` }),

  // Pump: power = (mass per second)(gh + v²/2).
  formula({ id: 'p.wep.pump-power', subject: P, concepts: ['P.WEP.POWER', 'P.WEP.ENERGY'], difficulty: 3,
    vars: { q: [2, 5, 10, 20], h: [10, 15, 20, 30], u: [2, 4, 6, 10] },
    text: (v) => `A pump raises water through ${v.h} m at a rate of ${v.q * 60} litres per minute and delivers it at ${v.u} m/s from the top of the pipe (density of water 1000 kg/m³, $g = 10$ m/s²). Find the power (in W) the pump delivers to the water.`,
    hi: {
      text: (v) => `एक पम्प ${v.q * 60} लीटर प्रति मिनट की दर से पानी को ${v.h} m ऊपर उठाता है और पाइप के ऊपरी सिरे से ${v.u} m/s के वेग से निकालता है (पानी का घनत्व 1000 kg/m³, $g = 10$ m/s²)। पम्प द्वारा पानी को दी गई शक्ति (W में) ज्ञात कीजिए।`,
      solution: () => `प्रति सेकण्ड द्रव्यमान $\\dot m$; शक्ति $= \\dot m\\left(gh + \\frac{v^2}{2}\\right)$ (स्थितिज + गतिज ऊर्जा प्रति सेकण्ड)।`,
    },
    unit: 'W', result: [200, 7000],
    answer: (v) => v.q * (G * v.h + (v.u * v.u) / 2),
    // Kinetic energy forgotten; the ½ of the kinetic energy dropped; litres per minute used per second.
    mistakes: (v) => [v.q * G * v.h, v.q * (G * v.h + v.u * v.u), 60 * v.q * (G * v.h + (v.u * v.u) / 2)],
    solution: () => `Mass per second $\\dot m$ = litres per minute ÷ 60 (kg/s). Each kilogram gains $gh$ of potential and $\\frac{v^2}{2}$ of kinetic energy: $P = \\dot m\\left(gh + \\frac{v^2}{2}\\right)$.` }),

  // Bouncing ball, restitution e: distance h(1 + e²)/(1 − e²), time √(2h/g)(1 + e)/(1 − e).
  formula({ id: 'p.wep.bounce-total', subject: P, concepts: ['P.WEP.COLLISION', 'P.KIN.1D'], difficulty: 4,
    vars: { h: [5, 10, 20, 45, 80], e: [0.5, 0.6, 0.75, 0.8], w: range(0, 1) },
    text: (v) => `A ball is dropped from a height of ${v.h} m onto a hard floor. The coefficient of restitution between ball and floor is ${v.e} ($g = 10$ m/s², no air resistance). Find the total ${v.w === 0 ? 'distance (in m)' : 'time (in s)'} it travels before coming to rest.`,
    hi: {
      text: (v) => `एक गेंद ${v.h} m की ऊँचाई से कठोर फर्श पर गिराई जाती है। गेंद तथा फर्श के बीच प्रत्यानयन गुणांक ${v.e} है ($g = 10$ m/s², वायु प्रतिरोध नहीं)। विराम में आने से पहले इसके द्वारा तय कुल ${v.w === 0 ? 'दूरी (m में)' : 'समय (s में)'} ज्ञात कीजिए।`,
      solution: () => `प्रत्येक टक्कर के बाद चाल $e$ गुना, ऊँचाई $e^2$ गुना: कुल दूरी $h\\frac{1 + e^2}{1 - e^2}$, कुल समय $\\sqrt{\\frac{2h}{g}}\\cdot\\frac{1 + e}{1 - e}$ (गुणोत्तर श्रेणी)।`,
    },
    unit: '', result: [1, 400],
    answer: (v) => (v.w === 0 ? (v.h * (1 + v.e * v.e)) / (1 - v.e * v.e) : (Math.sqrt((2 * v.h) / G) * (1 + v.e)) / (1 - v.e)),
    // Height ratio taken as e (not e²); each bounce counted once (no descent); the first fall alone doubled.
    mistakes: (v) => (v.w === 0 ? [(v.h * (1 + v.e)) / (1 - v.e), v.h / (1 - v.e * v.e), 2 * v.h] : [Math.sqrt((2 * v.h) / G) / (1 - v.e), (Math.sqrt((2 * v.h) / G) * (1 + v.e * v.e)) / (1 - v.e * v.e), 2 * Math.sqrt((2 * v.h) / G)]),
    solution: () => `After each impact the speed is multiplied by $e$, so each rebound height by $e^2$ and each flight time by $e$. Distance: $h + 2he^2(1 + e^2 + \\dots) = h\\frac{1 + e^2}{1 - e^2}$. Time: $t_0 + 2t_0e(1 + e + \\dots) = t_0\\frac{1 + e}{1 - e}$ with $t_0 = \\sqrt{2h/g}$.` }),

  // Disc with a circular hole: centre of mass shifts by r²d/(R² − r²) away from the hole.
  formula({ id: 'p.rot.com-hole', subject: P, concepts: ['P.ROT.COM'], difficulty: 3,
    vars: { c: range(0, 3), R: [24, 48, 72, 96] },
    text: (v) => `From a uniform circular plate of radius $R = ${v.R}$ cm, a circular disc of radius ${HOLE_TEXT[v.c]} is cut out, its centre at ${HOLE_OFF[v.c]} from the centre of the plate. Find the distance (in cm) of the centre of mass of the remaining plate from the centre of the original plate.`,
    hi: {
      text: (v) => `$R = ${v.R}$ cm त्रिज्या की एक एकसमान वृत्ताकार प्लेट से ${HOLE_TEXT[v.c]} त्रिज्या की एक वृत्ताकार चकती काटी जाती है, जिसका केन्द्र प्लेट के केन्द्र से ${HOLE_OFF[v.c]} दूरी पर है। शेष प्लेट के द्रव्यमान केन्द्र की मूल प्लेट के केन्द्र से दूरी (cm में) ज्ञात कीजिए।`,
      solution: () => `द्रव्यमान क्षेत्रफल के अनुपाती: $x = \\frac{r^2d}{R^2 - r^2}$, छेद से विपरीत दिशा में।`,
    },
    unit: 'cm', result: [1, 16],
    answer: (v) => { const [r, d] = hole(v.c); return Math.round(((r * r * d) / (1 - r * r)) * v.R * 1e9) / 1e9; },
    // Masses taken proportional to radii; divided by R² instead of R² − r²; the offset d itself.
    mistakes: (v) => { const [r, d] = hole(v.c); return [((r * d) / (1 - r)) * v.R, r * r * d * v.R, d * v.R]; },
    solution: () => `Treat the hole as a negative mass proportional to its area: $x = -\\frac{\\pi r^2 d}{\\pi R^2 - \\pi r^2} = -\\frac{r^2d}{R^2 - r^2}$, i.e. away from the hole.` }),

  // Fan switched off: uniform deceleration, stops after n turns; time 2θ/ω₀, turns in the first half 3n/4.
  formula({ id: 'p.rot.fan-stop', subject: P, concepts: ['P.ROT.KINEMATICS'], difficulty: 3,
    vars: { N: [600, 1200, 1800, 2400], n: [60, 120, 180, 240, 300], w: range(0, 1) },
    text: (v) => `A fan turning at ${v.N} rpm is switched off and comes to rest with uniform angular retardation after making ${v.n} revolutions. Find ${v.w === 0 ? 'the time (in s) it takes to stop' : 'the number of revolutions it makes in the first half of that time'}.`,
    hi: {
      text: (v) => `${v.N} rpm से घूम रहा एक पंखा बन्द करने पर एकसमान कोणीय मन्दन से ${v.n} चक्कर लगाकर रुक जाता है। ${v.w === 0 ? 'रुकने में लगा समय (s में)' : 'उस समय के पहले आधे भाग में लगाए गए चक्करों की संख्या'} ज्ञात कीजिए।`,
      solution: () => `$\\theta = \\frac{\\omega_0 + 0}{2}t$, अतः $t = \\frac{2\\theta}{\\omega_0}$। पहले आधे समय में औसत कोणीय वेग $\\frac{3\\omega_0}{4}$, अतः $\\frac34$ चक्कर।`,
    },
    unit: '', result: [3, 225],
    answer: (v) => (v.w === 0 ? (120 * v.n) / v.N : (3 * v.n) / 4),
    // The average speed taken as ω₀ (t = θ/ω₀); rpm used as rev/s; half the turns in half the time.
    mistakes: (v) => (v.w === 0 ? [(60 * v.n) / v.N, (2 * v.n) / v.N, (240 * v.n) / v.N] : [v.n / 2, v.n / 4, (2 * v.n) / 3]),
    solution: () => `With uniform retardation the average angular speed is $\\frac{\\omega_0}{2}$, so $t = \\frac{2\\theta}{\\omega_0}$ ($\\omega_0$ in rev/s = rpm/60). In the first half of the time the speed falls from $\\omega_0$ to $\\frac{\\omega_0}{2}$, average $\\frac{3\\omega_0}{4}$: three quarters of the turns.` }),

  // Moment of inertia about a tangent: disc 5/4 or 3/2, ring 3/2 or 2 (× MR²).
  formula({ id: 'p.rot.tangent-moi', subject: P, concepts: ['P.ROT.MOI'], difficulty: 3, freeResponse: false,
    vars: { c: range(0, 3), M: [2, 3, 5, 8], R: [0.2, 0.3, 0.5, 1] },
    text: (v) => `Find the moment of inertia (in kg m²) of ${TANGENT_EN[v.c]} of mass ${v.M} kg and radius ${v.R} m about a tangent ${tangentIn(v.c) ? 'lying in its plane' : 'perpendicular to its plane'}.`,
    hi: {
      text: (v) => `${v.M} kg द्रव्यमान तथा ${v.R} m त्रिज्या की ${TANGENT_HI[v.c]} का ${tangentIn(v.c) ? 'उसके तल में स्थित' : 'उसके तल के लम्बवत'} स्पर्शरेखा के परितः जड़त्व आघूर्ण (kg m² में) ज्ञात कीजिए।`,
      solution: () => `लम्बवत अक्ष प्रमेय से व्यास के परितः $I_d = \\frac12I_c$; समान्तर अक्ष प्रमेय: $I = I_{cm} + MR^2$। चकती: $\\frac54MR^2$ (तल में), $\\frac32MR^2$ (लम्बवत); वलय: $\\frac32MR^2$, $2MR^2$।`,
    },
    unit: 'kg m²', result: [0.08, 16],
    answer: (v) => TANGENT[v.c]! * v.M * v.R * v.R,
    // Parallel-axis term forgotten; the other tangent's coefficient; the axis through the centre.
    mistakes: (v) => { const I = v.M * v.R * v.R; const cm = v.c < 2 ? (tangentIn(v.c) ? 0.25 : 0.5) : (tangentIn(v.c) ? 0.5 : 1); return [cm * I, TANGENT[v.c ^ 1]! * I, (cm + 0.5) * I]; },
    solution: () => `About a diameter $I_d = \\frac12 I_{axis}$ (perpendicular-axis theorem): disc $\\frac14MR^2$, ring $\\frac12MR^2$. Shift to the parallel tangent: add $MR^2$. So disc $\\frac54MR^2$ in its plane and $\\frac32MR^2$ perpendicular to it; ring $\\frac32MR^2$ and $2MR^2$.` }),

  // Null point between two masses M and k²M, d apart: x = d/(1 + k) from the smaller.
  formula({ id: 'p.grav.null-point', subject: P, concepts: ['P.GRAV.LAW'], difficulty: 2,
    vars: { M: [10, 20, 50, 100], k: [2, 3, 4], j: [2, 4, 5, 10, 20] },
    text: (v) => `Point masses of ${v.M} kg and ${v.k * v.k * v.M} kg are fixed ${(1 + v.k) * v.j} cm apart. At what distance (in cm) from the ${v.M} kg mass, on the line joining them, is the net gravitational force on a small mass zero?`,
    hi: {
      text: (v) => `${v.M} kg तथा ${v.k * v.k * v.M} kg के बिन्दु द्रव्यमान ${(1 + v.k) * v.j} cm दूरी पर स्थिर हैं। इन्हें मिलाने वाली रेखा पर ${v.M} kg द्रव्यमान से कितनी दूरी (cm में) पर किसी छोटे द्रव्यमान पर नेट गुरुत्वीय बल शून्य होगा?`,
      solution: () => `$\\frac{GM_1m}{x^2} = \\frac{GM_2m}{(d - x)^2}$, अतः $\\frac{d - x}{x} = \\sqrt{M_2/M_1}$ तथा $x = \\frac{d}{1 + \\sqrt{M_2/M_1}}$।`,
    },
    unit: 'cm', result: [0.5, 20],
    answer: (v) => v.j,
    // Midpoint; the distance from the other mass; mass ratio used without the square root.
    mistakes: (v) => [((1 + v.k) * v.j) / 2, v.k * v.j, ((1 + v.k) * v.j) / (1 + v.k * v.k)],
    solution: () => `Equal pulls: $\\frac{GM_1m}{x^2} = \\frac{GM_2m}{(d - x)^2}$, so $\\frac{d - x}{x} = \\sqrt{\\frac{M_2}{M_1}}$ and $x = \\frac{d}{1 + \\sqrt{M_2/M_1}}$, nearer the smaller mass.` }),

  // Depth with the same g as at height R/n: d = R(2n + 1)/(n + 1)²; (n + 1)² divides R for these radii.
  formula({ id: 'p.grav.depth-height', subject: P, concepts: ['P.GRAV.G_VAR'], difficulty: 3,
    vars: { R: [6400, 3200, 1600], n: [1, 3, 4, 7, 9] },
    text: (v) => `At what depth (in km) below the surface of a planet is the acceleration due to gravity the same as at a height of ${v.n === 1 ? 'R' : `R/${v.n}`} above it? Take the planet as a uniform sphere of radius $R = ${v.R}$ km.`,
    hi: {
      text: (v) => `किसी ग्रह की सतह से कितनी गहराई (km में) पर गुरुत्वीय त्वरण उतना ही है जितना सतह से ${v.n === 1 ? 'R' : `R/${v.n}`} ऊँचाई पर? ग्रह को $R = ${v.R}$ km त्रिज्या का एकसमान गोला मानिए।`,
      solution: () => `गहराई $d$ पर $g\\left(1 - \\frac{d}{R}\\right)$, ऊँचाई $h$ पर $g\\frac{R^2}{(R + h)^2}$। बराबर रखने पर $d = R\\left(1 - \\frac{R^2}{(R + h)^2}\\right)$।`,
    },
    unit: 'km', result: [300, 4800],
    answer: (v) => (v.R * (2 * v.n + 1)) / ((v.n + 1) * (v.n + 1)),
    // Small-height rule d = 2h outside its range; d = h; g taken to fall as 1/r (not 1/r²) above the surface.
    mistakes: (v) => [(2 * v.R) / v.n, v.R / v.n, v.R * (1 - v.n / (v.n + 1))],
    solution: () => `Inside a uniform planet $g_d = g\\left(1 - \\frac{d}{R}\\right)$; above it $g_h = g\\frac{R^2}{(R + h)^2}$. Setting them equal: $d = R\\left(1 - \\frac{R^2}{(R + h)^2}\\right)$. The rule $d = 2h$ holds only for $h \\ll R$.` }),

  // Energy to free a satellite from a circular orbit of radius r: GMm/(2r) = mgR²/(2r).
  formula({ id: 'p.grav.orbit-escape-energy', subject: P, concepts: ['P.GRAV.PE', 'P.GRAV.ORBIT'], difficulty: 3,
    vars: { m: [100, 200, 500, 1000], n: [1, 3, 4, 7, 9] },
    text: (v) => `A satellite of mass ${v.m} kg moves in a circular orbit at a height of ${v.n === 1 ? 'R' : `${v.n}R`} above the Earth's surface ($R = 6400$ km, $g = 10$ m/s² at the surface). Find the minimum energy (in MJ) that must be given to it to escape the Earth's gravity.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान का एक उपग्रह पृथ्वी की सतह से ${v.n === 1 ? 'R' : `${v.n}R`} ऊँचाई पर वृत्तीय कक्षा में घूम रहा है ($R = 6400$ km, सतह पर $g = 10$ m/s²)। पृथ्वी के गुरुत्व से पलायन के लिए इसे दी जाने वाली न्यूनतम ऊर्जा (MJ में) ज्ञात कीजिए।`,
      solution: () => `कक्षा में कुल ऊर्जा $-\\frac{GMm}{2r}$; पलायन के लिए कुल ऊर्जा शून्य चाहिए, अतः आवश्यक ऊर्जा $\\frac{GMm}{2r} = \\frac{mgR^2}{2r}$, $r = R + h$।`,
    },
    unit: 'MJ', result: [300, 35000],
    answer: (v) => (32 * v.m) / (v.n + 1),
    // The full potential energy GMm/r (orbital kinetic energy forgotten); r taken as h; escape from the surface.
    mistakes: (v) => [(64 * v.m) / (v.n + 1), (32 * v.m) / v.n, 64 * v.m],
    solution: () => `In orbit the total energy is $-\\frac{GMm}{2r}$ (kinetic $\\frac{GMm}{2r}$, potential $-\\frac{GMm}{r}$). To escape the total must reach zero: supply $\\frac{GMm}{2r} = \\frac{mgR^2}{2(R + h)}$.` }),

  // Wire stretched by its own weight: δ = ρgL²/(2Y).
  formula({ id: 'p.sol.own-weight', subject: P, concepts: ['P.SOL.ELASTIC'], difficulty: 4,
    vars: { rho: [7800, 8900, 2700], L: [50, 100, 150, 200] },
    text: (v) => `A uniform ${RHO_WIRE[v.rho]} wire ${v.L} m long hangs vertically from a fixed support (density ${v.rho} kg/m³, Young's modulus $${Y_TEX[v.rho]}$ Pa, $g = 10$ m/s²). Find the extension (in mm) produced by its own weight.`,
    hi: {
      text: (v) => `${v.L} m लम्बा ${RHO_WIRE_HI[v.rho]} का एक एकसमान तार एक स्थिर आधार से ऊर्ध्वाधर लटका है (घनत्व ${v.rho} kg/m³, यंग गुणांक $${Y_TEX[v.rho]}$ Pa, $g = 10$ m/s²)। इसके अपने भार से उत्पन्न विस्तार (mm में) ज्ञात कीजिए।`,
      solution: () => `नीचे से $x$ दूरी पर तनाव $\\rho Agx$; अल्पांश $dx$ का विस्तार $\\frac{\\rho g x\\,dx}{Y}$; समाकलन से $\\delta = \\frac{\\rho gL^2}{2Y}$।`,
    },
    unit: 'mm', result: [0.1, 15],
    answer: (v) => (1000 * v.rho * G * v.L * v.L) / (2 * Y_WIRE[v.rho]!),
    // The whole weight at every section (½ missing); ¼ from averaging twice; L not squared (length slip).
    mistakes: (v) => [(1000 * v.rho * G * v.L * v.L) / Y_WIRE[v.rho]!, (1000 * v.rho * G * v.L * v.L) / (4 * Y_WIRE[v.rho]!), (1000 * v.rho * G * v.L) / (2 * Y_WIRE[v.rho]!)],
    solution: () => `A section at height $x$ above the lower end carries the weight below it, $\\rho Agx$. Its element stretches by $\\frac{\\rho g x\\,dx}{Y}$; integrating from $0$ to $L$ gives $\\delta = \\frac{\\rho gL^2}{2Y}$: half the extension the whole weight would produce hung at the end.` }),

  // U-tube: oil column h balances water ρ_o h/ρ_w; free surfaces differ by h(1 − ρ_o/ρ_w).
  formula({ id: 'p.flu.u-tube-oil', subject: P, concepts: ['P.FLU.PRESSURE'], difficulty: 3,
    vars: { h: [10, 20, 30, 40, 50], rho: [600, 700, 800, 900], w: range(0, 1) },
    text: (v) => `A U-tube contains water (density 1000 kg/m³). Oil of density ${v.rho} kg/m³ is poured into one arm until the oil column is ${v.h} cm long. Find ${v.w === 0 ? 'the height (in cm) of the water column in the other arm above the oil–water interface' : 'the difference (in cm) between the levels of the free surfaces in the two arms'}.`,
    hi: {
      text: (v) => `एक U-नली में पानी (घनत्व 1000 kg/m³) है। एक भुजा में ${v.rho} kg/m³ घनत्व का तेल तब तक डाला जाता है जब तक तेल का स्तम्भ ${v.h} cm लम्बा न हो जाए। ${v.w === 0 ? 'तेल–पानी अन्तरापृष्ठ से ऊपर दूसरी भुजा में पानी के स्तम्भ की ऊँचाई (cm में)' : 'दोनों भुजाओं में मुक्त पृष्ठों के तलों का अन्तर (cm में)'} ज्ञात कीजिए।`,
      solution: () => `अन्तरापृष्ठ के स्तर पर दोनों भुजाओं में दाब समान: $\\rho_o g h_o = \\rho_w g h_w$, अतः $h_w = \\frac{\\rho_o}{\\rho_w}h_o$ तथा तलों का अन्तर $h_o - h_w$।`,
    },
    unit: 'cm', result: [1, 45],
    answer: (v) => (v.w === 0 ? (v.h * v.rho) / 1000 : (v.h * (1000 - v.rho)) / 1000),
    // Densities inverted; the oil column length itself; the other of the two quantities.
    mistakes: (v) => (v.w === 0 ? [(v.h * 1000) / v.rho, v.h, (v.h * (1000 - v.rho)) / 1000] : [(v.h * v.rho) / 1000, v.h, (v.h * 1000) / v.rho - v.h]),
    solution: () => `Pressures are equal at the level of the interface in both arms: $\\rho_o g h_o = \\rho_w g h_w$, so the water stands $h_w = \\frac{\\rho_o}{\\rho_w}h_o$ above it, and the free surfaces differ by $h_o - h_w$.` }),

  // Plate dragged between two fixed plates through liquid layers d₁, d₂: F = ηAv(1/d₁ + 1/d₂).
  formula({ id: 'p.flu.plate-between-layers', subject: P, concepts: ['P.FLU.VISCOSITY'], difficulty: 3, freeResponse: false,
    vars: { eta: [0.5, 1, 1.5], A: [0.1, 0.2, 0.5], u: [2, 4, 5], d1: [1, 2, 4], d2: [2, 3, 5] },
    text: (v) => `A thin plate of area ${v.A} m² is pulled at a steady ${v.u} cm/s parallel to itself between two fixed parallel plates, with liquid of viscosity ${v.eta} Pa s filling gaps of ${v.d1} mm above it and ${v.d2} mm below it. Find the force (in N) needed.`,
    hi: {
      text: (v) => `${v.A} m² क्षेत्रफल की एक पतली प्लेट को दो स्थिर समान्तर प्लेटों के बीच अपने समान्तर ${v.u} cm/s की नियत चाल से खींचा जाता है; इसके ऊपर ${v.d1} mm तथा नीचे ${v.d2} mm के अन्तराल ${v.eta} Pa s श्यानता गुणांक वाले द्रव से भरे हैं। आवश्यक बल (N में) ज्ञात कीजिए।`,
      solution: () => `प्रत्येक परत में वेग प्रवणता $v/d$; श्यान बल $\\eta A\\frac{v}{d}$ दोनों परतों से: $F = \\eta Av\\left(\\frac1{d_1} + \\frac1{d_2}\\right)$।`,
    },
    unit: 'N', result: [0.05, 160],
    answer: (v) => v.eta * v.A * (v.u / 100) * (1000 / v.d1 + 1000 / v.d2),
    // One layer only; the gaps added as one layer (d₁ + d₂); cm/s used as m/s ÷ 10.
    mistakes: (v) => [v.eta * v.A * (v.u / 100) * (1000 / v.d1), (v.eta * v.A * (v.u / 100) * 1000) / (v.d1 + v.d2), v.eta * v.A * (v.u / 10) * (1000 / v.d1 + 1000 / v.d2)],
    solution: () => `Each layer has a linear velocity profile, gradient $v/d$, and drags with $\\eta A\\frac{v}{d}$. Both layers drag the plate: $F = \\eta Av\\left(\\frac1{d_1} + \\frac1{d_2}\\right)$.` }),

  // Soap bubbles merging isothermally in vacuum: (4T/r)(4πr³/3) summed ⇒ r² = r₁² + r₂².
  formula({ id: 'p.flu.bubble-merge', subject: P, concepts: ['P.FLU.SURFACE', 'P.KTG.IDEAL'], difficulty: 3,
    vars: { i: range(0, 15) },
    text: (v) => `Two soap bubbles of radii ${bub(v.i)[0]} mm and ${bub(v.i)[1]} mm in vacuum coalesce isothermally into a single bubble. Find the radius (in mm) of the new bubble.`,
    hi: {
      text: (v) => `निर्वात में ${bub(v.i)[0]} mm तथा ${bub(v.i)[1]} mm त्रिज्या के दो साबुन के बुलबुले समतापी रूप से मिलकर एक बुलबुला बनाते हैं। नए बुलबुले की त्रिज्या (mm में) ज्ञात कीजिए।`,
      solution: () => `निर्वात में बुलबुले के भीतर दाब $4T/r$; समतापी: $P_1V_1 + P_2V_2 = PV$, अतः $r_1^2 + r_2^2 = r^2$।`,
    },
    unit: 'mm', result: [5, 41],
    answer: (v) => Math.round(Math.hypot(bub(v.i)[0], bub(v.i)[1])),
    // Volumes added (cube root of the sum of cubes); radii added; the larger radius.
    mistakes: (v) => [Math.cbrt(bub(v.i)[0] ** 3 + bub(v.i)[1] ** 3), bub(v.i)[0] + bub(v.i)[1], bub(v.i)[1]],
    solution: () => `In vacuum the air inside is at $P = \\frac{4T}{r}$. Isothermal, amount conserved: $P_1V_1 + P_2V_2 = PV$, i.e. $\\frac{4T}{r_1}\\cdot\\frac43\\pi r_1^3 + \\frac{4T}{r_2}\\cdot\\frac43\\pi r_2^3 = \\frac{4T}{r}\\cdot\\frac43\\pi r^3$, so $r^2 = r_1^2 + r_2^2$.` }),
]);
