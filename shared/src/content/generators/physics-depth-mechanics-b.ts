import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
const G = 10; // m s⁻², stated in the texts
const ord = (n: number) => `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
/** Right triangles (a, b, c), a² + b² = c²: whole-number resultants. */
const TRI = [[3, 4, 5], [4, 3, 5], [6, 8, 10], [8, 6, 10], [5, 12, 13], [12, 5, 13], [8, 15, 17], [15, 8, 17]] as const;
const tri = (i: number) => TRI[i] as readonly [number, number, number];
// 37° and 53° with their textbook values (stated in the texts).
const SIN = { 37: 0.6, 53: 0.8 } as Record<number, number>;
const COS = { 37: 0.8, 53: 0.6 } as Record<number, number>;
const LIFT = ['accelerating upwards', 'accelerating downwards', 'moving down and slowing down', 'moving up and slowing down'] as const;
const LIFT_HI = ['ऊपर की ओर त्वरित हो रही है', 'नीचे की ओर त्वरित हो रही है', 'नीचे जाते हुए मन्दित हो रही है', 'ऊपर जाते हुए मन्दित हो रही है'] as const;
/** +1 when the lift's acceleration points up: speeding up going up, or slowing down going down. */
const liftSign = (c: number) => (c === 0 || c === 2 ? 1 : -1);

/** Kinematics and Newton's laws in depth: shapes the first templates do not pose. */
export const physicsDepthMechanicsBGenerators: GeneratorDef[] = physicalDistractors([
  // Area of the parallelogram on two plane vectors: |A × B| = |a₁b₂ − a₂b₁|; b₁ < 0 < a₂ keeps it positive.
  formula({ id: 'p.kin.parallelogram-area', subject: P, concepts: ['P.KIN.VECTORS'], difficulty: 2,
    vars: { a1: range(1, 6), a2: range(1, 4), b1: range(-4, -1), b2: range(1, 5) },
    text: (v) => `Two displacement vectors are $\\vec A = (${v.a1}\\hat i + ${v.a2}\\hat j)$ m and $\\vec B = (${v.b1}\\hat i + ${v.b2}\\hat j)$ m. Find the area (in m²) of the parallelogram having $\\vec A$ and $\\vec B$ as adjacent sides.`,
    hi: {
      text: (v) => `दो विस्थापन सदिश $\\vec A = (${v.a1}\\hat i + ${v.a2}\\hat j)$ m तथा $\\vec B = (${v.b1}\\hat i + ${v.b2}\\hat j)$ m हैं। $\\vec A$ तथा $\\vec B$ को आसन्न भुजाएँ मानकर बने समान्तर चतुर्भुज का क्षेत्रफल (m² में) ज्ञात कीजिए।`,
      solution: () => `क्षेत्रफल $= |\\vec A \\times \\vec B| = |a_xb_y - a_yb_x|$।`,
    },
    unit: 'm²', result: [3, 46],
    answer: (v) => v.a1 * v.b2 - v.a2 * v.b1,
    // Dot product for cross product; the minus sign of the cross product lost; half (a triangle's area).
    mistakes: (v) => [Math.abs(v.a1 * v.b1 + v.a2 * v.b2), v.a1 * v.b2 + v.a2 * v.b1, (v.a1 * v.b2 - v.a2 * v.b1) / 2],
    solution: () => `The area is $|\\vec A \\times \\vec B| = |a_xb_y - a_yb_x|$ (the $\\hat k$ component of the cross product). Half of it would be the triangle's area.` }),

  // Distance in the n-th second: s_n = u + a(n − ½).
  formula({ id: 'p.kin.nth-second', subject: P, concepts: ['P.KIN.1D'], difficulty: 2,
    vars: { u: range(0, 20, 4), a: [2, 4, 6, 8, 10], n: range(2, 8) },
    text: (v) => `A particle moves along a straight line with uniform acceleration ${v.a} m/s², ${v.u === 0 ? 'starting from rest' : `its initial velocity being ${v.u} m/s`}. Find the distance (in m) it covers in the ${ord(v.n)} second.`,
    hi: {
      text: (v) => `एक कण ${v.a} m/s² के एकसमान त्वरण से सरल रेखा में चलता है, ${v.u === 0 ? 'विराम से प्रारम्भ करके' : `इसका प्रारम्भिक वेग ${v.u} m/s है`}। ${v.n}वें सेकण्ड में इसके द्वारा तय दूरी (m में) ज्ञात कीजिए।`,
      solution: () => `$n$वें सेकण्ड में दूरी $s_n = s(n) - s(n - 1) = u + \\frac{a}{2}(2n - 1)$।`,
    },
    unit: 'm', result: [3, 95],
    answer: (v) => v.u + (v.a * (2 * v.n - 1)) / 2,
    // The ½ dropped; the distance in n seconds; the distance in n − 1 seconds.
    mistakes: (v) => [v.u + v.a * v.n, v.u * v.n + (v.a * v.n * v.n) / 2, v.u * (v.n - 1) + (v.a * (v.n - 1) ** 2) / 2],
    solution: () => `$s_n = s(n) - s(n - 1) = \\left(un + \\tfrac12an^2\\right) - \\left(u(n-1) + \\tfrac12a(n-1)^2\\right) = u + \\frac{a}{2}(2n - 1)$.` }),

  // Stopping distance: reaction distance v·t_r plus braking distance v²/(2a).
  formula({ id: 'p.kin.stopping-distance', subject: P, concepts: ['P.KIN.1D', 'P.UNITS.SI'], difficulty: 3,
    vars: { v: [10, 20, 30], tr: [0.5, 1, 1.5, 2], a: [5, 10] },
    text: (v) => `A driver moving at ${v.v * 3.6} km/h sees an obstacle, reacts after ${v.tr} s and then brakes with a uniform retardation of ${v.a} m/s². Find the total distance (in m) covered from the moment the obstacle is seen until the car stops.`,
    hi: {
      text: (v) => `${v.v * 3.6} km/h से चल रहा एक चालक एक अवरोध देखता है, ${v.tr} s बाद प्रतिक्रिया करता है और फिर ${v.a} m/s² के एकसमान मन्दन से ब्रेक लगाता है। अवरोध देखने के क्षण से कार के रुकने तक तय कुल दूरी (m में) ज्ञात कीजिए।`,
      solution: () => `km/h को m/s में बदलिए ($\\times 5/18$)। प्रतिक्रिया काल में दूरी $vt_r$, ब्रेक लगने के बाद $\\frac{v^2}{2a}$; कुल दूरी इनका योग।`,
    },
    unit: 'm', result: [10, 150],
    answer: (v) => v.v * v.tr + (v.v * v.v) / (2 * v.a),
    // Reaction distance forgotten; the 2 of v²/2a dropped; km/h used as m/s in the reaction distance.
    mistakes: (v) => [(v.v * v.v) / (2 * v.a), v.v * v.tr + (v.v * v.v) / v.a, 3.6 * v.v * v.tr + (v.v * v.v) / (2 * v.a)],
    solution: () => `Convert: $v$ (m/s) $= $ km/h $\\times \\frac{5}{18}$. During the reaction time the car keeps its speed: $vt_r$. Braking from $v$ to rest: $\\frac{v^2}{2a}$. Total $= vt_r + \\frac{v^2}{2a}$.` }),

  // Trapezium v–t graph: distance = area = v_max(t₁/2 + t₂ + t₃/2).
  formula({ id: 'p.kin.graph-trapezium', subject: P, concepts: ['P.KIN.GRAPHS', 'P.KIN.1D'], difficulty: 2,
    vars: { vm: [4, 6, 8, 10, 12, 20], t1: range(2, 6), t2: range(4, 10), t3: range(2, 6) },
    text: (v) => `The velocity–time graph of a car is a trapezium: starting from rest it accelerates uniformly to ${v.vm} m/s in ${v.t1} s, moves at that speed for ${v.t2} s, and then retards uniformly to rest in ${v.t3} s. Find the total distance (in m) it covers.`,
    hi: {
      text: (v) => `एक कार का वेग–समय आलेख एक समलम्ब है: विराम से प्रारम्भ करके यह ${v.t1} s में एकसमान रूप से ${v.vm} m/s तक त्वरित होती है, ${v.t2} s तक इसी चाल से चलती है, फिर ${v.t3} s में एकसमान मन्दन से रुक जाती है। इसके द्वारा तय कुल दूरी (m में) ज्ञात कीजिए।`,
      solution: () => `दूरी = वेग–समय आलेख के नीचे का क्षेत्रफल $= v_{max}\\left(\\frac{t_1}{2} + t_2 + \\frac{t_3}{2}\\right)$।`,
    },
    unit: 'm', result: [24, 320],
    answer: (v) => v.vm * (v.t1 / 2 + v.t2 + v.t3 / 2),
    // Whole time at top speed (rectangle); only the uniform part; half the rectangle (a triangle).
    mistakes: (v) => [v.vm * (v.t1 + v.t2 + v.t3), v.vm * v.t2, (v.vm * (v.t1 + v.t2 + v.t3)) / 2],
    solution: () => `Distance is the area under the $v$–$t$ graph: two triangles and a rectangle, $v_{max}\\left(\\frac{t_1}{2} + t_2 + \\frac{t_3}{2}\\right)$.` }),

  // Horizontal throw from a height h = 5k² m: time of flight k s, range u·k.
  formula({ id: 'p.kin.horizontal-throw', subject: P, concepts: ['P.KIN.PROJ'], difficulty: 2,
    vars: { k: range(1, 5), u: range(2, 20, 2) },
    text: (v) => `A ball is thrown horizontally at ${v.u} m/s from the top of a tower ${5 * v.k * v.k} m high ($g = 10$ m/s², no air resistance). How far (in m) from the foot of the tower does it land?`,
    hi: {
      text: (v) => `${5 * v.k * v.k} m ऊँची मीनार के शीर्ष से एक गेंद ${v.u} m/s से क्षैतिजतः फेंकी जाती है ($g = 10$ m/s², वायु प्रतिरोध नहीं)। यह मीनार के आधार से कितनी दूरी (m में) पर गिरती है?`,
      solution: () => `ऊर्ध्वाधर गति: $h = \\frac12gt^2$, अतः $t = \\sqrt{2h/g}$; क्षैतिज वेग नियत है, अतः परास $x = ut$।`,
    },
    unit: 'm', result: [2, 100],
    answer: (v) => v.u * v.k,
    // Time from t = √(h/g); twice the time (as for a projectile returning to its level); t = h/g.
    mistakes: (v) => [v.u * Math.sqrt((5 * v.k * v.k) / G), 2 * v.u * v.k, (v.u * 5 * v.k * v.k) / G],
    solution: () => `Vertically it falls from rest: $h = \\frac12gt^2$, $t = \\sqrt{2h/g}$. Horizontally the speed stays $u$: $x = ut$.` }),

  // Closest approach: A north at u, B starting d east of A heading west at v; d_min = d·u/√(u² + v²).
  formula({ id: 'p.kin.closest-approach', subject: P, concepts: ['P.KIN.REL', 'P.KIN.VECTORS'], difficulty: 3,
    vars: { t: range(0, 7), k: range(1, 5) },
    text: (v) => `Ship A sails due north at ${10 * tri(v.t)[0]} km/h. At noon ship B is ${tri(v.t)[2] * v.k} km due east of A and sails due west at ${10 * tri(v.t)[1]} km/h. Find the least distance (in km) between the ships.`,
    hi: {
      text: (v) => `जहाज A ${10 * tri(v.t)[0]} km/h से ठीक उत्तर की ओर चलता है। दोपहर में जहाज B, A से ${tri(v.t)[2] * v.k} km ठीक पूर्व में है और ${10 * tri(v.t)[1]} km/h से ठीक पश्चिम की ओर चलता है। जहाजों के बीच न्यूनतम दूरी (km में) ज्ञात कीजिए।`,
      solution: () => `A के सापेक्ष B का वेग $\\vec v_B - \\vec v_A$ (पश्चिम $v$, दक्षिण $u$); न्यूनतम दूरी = प्रारम्भिक दूरी $d$ का इस आपेक्षिक वेग के लम्बवत घटक $= \\frac{du}{\\sqrt{u^2 + v^2}}$।`,
    },
    unit: 'km', result: [3, 75],
    answer: (v) => tri(v.t)[0] * v.k,
    // The two speeds swapped; relative speed taken as u + v; the separation at noon.
    mistakes: (v) => [tri(v.t)[1] * v.k, (tri(v.t)[2] * v.k * tri(v.t)[0]) / (tri(v.t)[0] + tri(v.t)[1]), tri(v.t)[2] * v.k],
    solution: () => `Relative to A, B moves with $\\vec v_B - \\vec v_A$: $v$ west and $u$ south, along a line at angle $\\theta$ to AB with $\\sin\\theta = \\frac{u}{\\sqrt{u^2 + v^2}}$. The least distance is the perpendicular from A to that line: $d\\sin\\theta = \\frac{du}{\\sqrt{u^2 + v^2}}$.` }),

  // Heavy rope pulling a block: T(x) = a·(m + M(1 − x/L)) with a = F/(M + m).
  formula({ id: 'p.nlm.rope-tension', subject: P, concepts: ['P.NLM.LAWS'], difficulty: 3,
    vars: { M: [4, 8], m: [1, 2, 4, 6], L: [2, 4, 8], f: [0.25, 0.5, 0.75], a: range(2, 5) },
    text: (v) => `A uniform rope of mass ${v.M} kg and length ${v.L} m is tied to a block of mass ${v.m} kg on a smooth horizontal floor. The free end of the rope is pulled horizontally with a force of ${(v.M + v.m) * v.a} N. Find the tension (in N) in the rope at ${v.f * v.L} m from its free end.`,
    hi: {
      text: (v) => `${v.M} kg द्रव्यमान तथा ${v.L} m लम्बाई की एक एकसमान रस्सी चिकने क्षैतिज फर्श पर रखे ${v.m} kg के गुटके से बँधी है। रस्सी के मुक्त सिरे को ${(v.M + v.m) * v.a} N के क्षैतिज बल से खींचा जाता है। मुक्त सिरे से ${v.f * v.L} m पर रस्सी में तनाव (N में) ज्ञात कीजिए।`,
      solution: () => `निकाय का त्वरण $a = \\frac{F}{M + m}$। बिन्दु के पीछे का भाग (गुटका तथा रस्सी का शेष भाग) इसी त्वरण से चलता है: $T = a\\left(m + M\\left(1 - \\frac{x}{L}\\right)\\right)$।`,
    },
    unit: 'N', result: [4, 60],
    answer: (v) => v.a * (v.m + v.M * (1 - v.f)),
    // Rope taken as massless (T = F); the block forgotten; the tension at the block's end.
    mistakes: (v) => [(v.M + v.m) * v.a, v.a * v.M * (1 - v.f), v.a * v.m],
    solution: () => `Whole system: $a = \\frac{F}{M + m}$. The part behind the point (block plus rope of mass $M(1 - x/L)$) is pulled only by the tension there: $T = a\\left(m + M\\left(1 - \\frac{x}{L}\\right)\\right)$. A massive rope's tension falls along its length.` }),

  // Scale in a lift reads N = m(g + a_up); the sense of a follows from "speeding up" or "slowing down".
  formula({ id: 'p.nlm.lift-scale', subject: P, concepts: ['P.NLM.LAWS'], difficulty: 2,
    vars: { m: [40, 50, 60, 70, 80], a: [1, 2, 2.5, 3, 4, 5], c: range(0, 3) },
    text: (v) => `A person of mass ${v.m} kg stands on a weighing machine in a lift that is ${LIFT[v.c]} at ${v.a} m/s² ($g = 10$ m/s²). What does the machine read, in newtons?`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान का एक व्यक्ति एक लिफ्ट में तौलने की मशीन पर खड़ा है; लिफ्ट ${v.a} m/s² से ${LIFT_HI[v.c]} ($g = 10$ m/s²)। मशीन का पाठ्यांक न्यूटन में क्या है?`,
      solution: () => `$N - mg = ma$, जहाँ $a$ ऊपर की ओर धनात्मक। नीचे जाते हुए मन्दित होने पर त्वरण ऊपर की ओर होता है, ऊपर जाते हुए मन्दित होने पर नीचे की ओर।`,
    },
    unit: 'N', result: [200, 1200],
    answer: (v) => v.m * (G + liftSign(v.c) * v.a),
    // Weight only; the sense of a reversed (slowing down read as accelerating the other way); m·a alone.
    mistakes: (v) => [v.m * G, v.m * (G - liftSign(v.c) * v.a), v.m * v.a],
    solution: () => `Newton's second law with up positive: $N - mg = ma$, so $N = m(g + a)$. Moving down and slowing down means the acceleration points up; moving up and slowing down means it points down.` }),

  // Smooth incline, block held by a horizontal push: F = mg tan θ, N = mg / cos θ.
  formula({ id: 'p.nlm.incline-horizontal-push', subject: P, concepts: ['P.NLM.EQUILIBRIUM', 'P.KIN.VECTORS'], difficulty: 3,
    vars: { th: [37, 53], m: [6, 12, 18, 24, 30], w: range(0, 1) },
    text: (v) => `A block of mass ${v.m} kg is held at rest on a smooth incline of ${v.th}° ($\\sin ${v.th}° = ${SIN[v.th]}$, $\\cos ${v.th}° = ${COS[v.th]}$) by a horizontal force ($g = 10$ m/s²). Find ${v.w === 0 ? 'the horizontal force' : 'the normal reaction of the incline'} in N.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान का एक गुटका ${v.th}° के चिकने नत समतल पर एक क्षैतिज बल द्वारा विराम में रखा गया है ($\\sin ${v.th}° = ${SIN[v.th]}$, $\\cos ${v.th}° = ${COS[v.th]}$, $g = 10$ m/s²)। ${v.w === 0 ? 'क्षैतिज बल' : 'नत समतल की अभिलम्ब प्रतिक्रिया'} N में ज्ञात कीजिए।`,
      solution: () => `ऊर्ध्वाधर: $N\\cos\\theta = mg$; क्षैतिज: $F = N\\sin\\theta$। अतः $N = \\frac{mg}{\\cos\\theta}$ तथा $F = mg\\tan\\theta$।`,
    },
    unit: 'N', result: [45, 500],
    answer: (v) => (v.w === 0 ? (v.m * G * SIN[v.th]!) / COS[v.th]! : (v.m * G) / COS[v.th]!),
    // Force along the incline (mg sin θ); the normal reaction as on a free incline (mg cos θ); the weight.
    mistakes: (v) => (v.w === 0 ? [v.m * G * SIN[v.th]!, v.m * G * COS[v.th]!, v.m * G] : [v.m * G * COS[v.th]!, v.m * G, v.m * G * SIN[v.th]!]),
    solution: () => `Resolve horizontally and vertically: $N\\cos\\theta = mg$ and $F = N\\sin\\theta$. So $N = \\frac{mg}{\\cos\\theta}$ (more than $mg\\cos\\theta$: the push presses the block in) and $F = mg\\tan\\theta$.` }),

  // Block on a block, force on the lower one: common a = F/(M + m) until friction μmg saturates.
  formula({ id: 'p.nlm.block-on-block', subject: P, concepts: ['P.NLM.FRICTION', 'P.NLM.CONNECTED'], difficulty: 4,
    vars: { mu: [0.2, 0.3, 0.4, 0.5], m: [1, 2, 3], M: [2, 3, 4, 5], F: [6, 10, 15, 20, 30, 40], w: range(0, 1) },
    text: (v) => `A block of mass ${v.m} kg rests on a block of mass ${v.M} kg, which lies on a smooth horizontal floor. The coefficient of friction between the blocks is ${v.mu} (static and kinetic alike). A horizontal force of ${v.F} N is applied to the lower block ($g = 10$ m/s²). Find the acceleration (in m/s²) of the ${v.w === 0 ? 'upper' : 'lower'} block.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान का एक गुटका ${v.M} kg के गुटके पर रखा है, जो चिकने क्षैतिज फर्श पर है। गुटकों के बीच घर्षण गुणांक ${v.mu} है (स्थैतिक तथा गतिज समान)। निचले गुटके पर ${v.F} N का क्षैतिज बल लगाया जाता है ($g = 10$ m/s²)। ${v.w === 0 ? 'ऊपरी' : 'निचले'} गुटके का त्वरण (m/s² में) ज्ञात कीजिए।`,
      solution: () => `ऊपरी गुटके का अधिकतम त्वरण $\\mu g$ (घर्षण से)। यदि $\\frac{F}{M + m} \\le \\mu g$ तो दोनों साथ चलते हैं; अन्यथा ऊपरी का त्वरण $\\mu g$ तथा निचले का $\\frac{F - \\mu mg}{M}$।`,
    },
    unit: 'm/s²', result: [0.5, 20],
    answer: (v) => { const together = v.F / (v.M + v.m); const slip = together > v.mu * G; return v.w === 0 ? (slip ? v.mu * G : together) : (slip ? (v.F - v.mu * v.m * G) / v.M : together); },
    // Always moving together; always slipping; the upper block ignored (F/M).
    mistakes: (v) => (v.w === 0 ? [v.F / (v.M + v.m), v.mu * G, v.F / v.M] : [v.F / (v.M + v.m), (v.F - v.mu * v.m * G) / v.M, v.F / v.M]),
    solution: () => `Friction can give the upper block at most $\\mu g$. Test the blocks moving together: $a = \\frac{F}{M + m}$. If this is at most $\\mu g$ they do; otherwise they slip, the upper block accelerates at $\\mu g$ and the lower at $\\frac{F - \\mu mg}{M}$.` }),

  // Rough 37° incline, block pulled up by a hanging mass over a pulley at the top.
  formula({ id: 'p.nlm.incline-pulley-friction', subject: P, concepts: ['P.NLM.CONNECTED', 'P.NLM.FRICTION'], difficulty: 4,
    vars: { m1: [1, 2, 3], m2: [4, 5, 6, 8], mu: [0.1, 0.2, 0.25, 0.5], w: range(0, 1) },
    text: (v) => `A block of mass ${v.m1} kg on a rough incline of 37° ($\\sin 37° = 0.6$, coefficient of kinetic friction ${v.mu}) is tied by a light string, running parallel to the incline over a smooth pulley at its top, to a hanging mass of ${v.m2} kg. The system is released and the hanging mass descends ($g = 10$ m/s²). Find ${v.w === 0 ? 'the acceleration in m/s²' : 'the tension in the string in N'}.`,
    hi: {
      text: (v) => `37° के खुरदरे नत समतल ($\\sin 37° = 0.6$, गतिज घर्षण गुणांक ${v.mu}) पर रखा ${v.m1} kg का गुटका, नत समतल के समान्तर तथा शीर्ष पर लगी चिकनी घिरनी के ऊपर से जाती हल्की डोरी द्वारा ${v.m2} kg के लटके द्रव्यमान से बँधा है। निकाय छोड़ने पर लटका द्रव्यमान नीचे आता है ($g = 10$ m/s²)। ${v.w === 0 ? 'त्वरण m/s² में' : 'डोरी में तनाव N में'} ज्ञात कीजिए।`,
      solution: () => `लटका द्रव्यमान: $m_2g - T = m_2a$; गुटका: $T - m_1g\\sin\\theta - \\mu m_1g\\cos\\theta = m_1a$। जोड़ने पर $a = \\frac{m_2g - m_1g(\\sin\\theta + \\mu\\cos\\theta)}{m_1 + m_2}$, तथा $T = m_2(g - a)$।`,
    },
    unit: '', result: [1, 50],
    answer: (v) => { const a = (G * (v.m2 - v.m1 * (0.6 + 0.8 * v.mu))) / (v.m1 + v.m2); return v.w === 0 ? a : v.m2 * (G - a); },
    // Friction ignored; friction taken as μmg (normal reaction = weight); the tension taken as m₂g.
    mistakes: (v) => { const a0 = (G * (v.m2 - 0.6 * v.m1)) / (v.m1 + v.m2); const a1 = (G * (v.m2 - v.m1 * (0.6 + v.mu))) / (v.m1 + v.m2); return v.w === 0 ? [a0, a1, (G * v.m2) / (v.m1 + v.m2)] : [v.m2 * (G - a0), v.m2 * (G - a1), v.m2 * G]; },
    solution: () => `Hanging mass: $m_2g - T = m_2a$. Block (friction opposes its motion up the slope, $N = m_1g\\cos\\theta$): $T - m_1g\\sin\\theta - \\mu m_1g\\cos\\theta = m_1a$. Adding: $a = \\frac{m_2g - m_1g(\\sin\\theta + \\mu\\cos\\theta)}{m_1 + m_2}$; then $T = m_2(g - a)$.` }),

  // Banked road with friction: v² = rg(sin θ ± μ cos θ)/(cos θ ∓ μ sin θ).
  formula({ id: 'p.nlm.banked-friction', subject: P, concepts: ['P.NLM.CIRC', 'P.NLM.FRICTION', 'P.KIN.CIRC'], difficulty: 4,
    vars: { r: [40, 50, 80, 100, 120, 150], mu: [0.1, 0.2, 0.25, 0.3], w: range(0, 1) },
    text: (v) => `A curve of radius ${v.r} m is banked at 37° ($\\sin 37° = 0.6$). The coefficient of static friction between tyres and road is ${v.mu} ($g = 10$ m/s²). Find the ${v.w === 0 ? 'greatest' : 'least'} speed (in m/s) at which a car can take the curve without skidding.`,
    hi: {
      text: (v) => `${v.r} m त्रिज्या का एक मोड़ 37° पर ढलवाँ (banked) है ($\\sin 37° = 0.6$)। टायरों तथा सड़क के बीच स्थैतिक घर्षण गुणांक ${v.mu} है ($g = 10$ m/s²)। वह ${v.w === 0 ? 'अधिकतम' : 'न्यूनतम'} चाल (m/s में) ज्ञात कीजिए जिससे कार बिना फिसले मोड़ पार कर सके।`,
      solution: () => `अधिकतम चाल पर घर्षण ढलान के नीचे की ओर, न्यूनतम पर ऊपर की ओर: $v^2 = rg\\frac{\\sin\\theta \\pm \\mu\\cos\\theta}{\\cos\\theta \\mp \\mu\\sin\\theta}$।`,
    },
    unit: 'm/s', result: [10, 50],
    answer: (v) => Math.sqrt((v.r * G * (v.w === 0 ? 0.6 + 0.8 * v.mu : 0.6 - 0.8 * v.mu)) / (v.w === 0 ? 0.8 - 0.6 * v.mu : 0.8 + 0.6 * v.mu)),
    // Friction ignored (√(rg tan θ)); the other limit; a flat road (√(μrg)).
    mistakes: (v) => [Math.sqrt(v.r * G * 0.75), Math.sqrt((v.r * G * (v.w === 1 ? 0.6 + 0.8 * v.mu : 0.6 - 0.8 * v.mu)) / (v.w === 1 ? 0.8 - 0.6 * v.mu : 0.8 + 0.6 * v.mu)), Math.sqrt(v.mu * v.r * G)],
    solution: () => `At the greatest speed friction acts down the slope: $N\\cos\\theta - f\\sin\\theta = mg$, $N\\sin\\theta + f\\cos\\theta = \\frac{mv^2}{r}$ with $f = \\mu N$, giving $v^2 = rg\\frac{\\sin\\theta + \\mu\\cos\\theta}{\\cos\\theta - \\mu\\sin\\theta}$. At the least speed friction acts up the slope and the signs of $\\mu$ reverse.` }),

  // Speeding up on a circle: |a| = √((v²/r)² + a_t²); radius and speed chosen so that v²/r = s·a.
  formula({ id: 'p.kin.circ-net-acceleration', subject: P, concepts: ['P.KIN.CIRC', 'P.KIN.VECTORS'], difficulty: 3,
    vars: { t: range(0, 7), k: range(1, 3), s: [1, 2] },
    text: (v) => `A particle moves on a circle of radius ${tri(v.t)[0] * v.s * v.k * v.k} m. At an instant its speed is ${tri(v.t)[0] * v.s * v.k} m/s and is increasing at ${tri(v.t)[1] * v.s} m/s². Find the magnitude of its acceleration (in m/s²) at that instant.`,
    hi: {
      text: (v) => `एक कण ${tri(v.t)[0] * v.s * v.k * v.k} m त्रिज्या के वृत्त पर चलता है। किसी क्षण इसकी चाल ${tri(v.t)[0] * v.s * v.k} m/s है जो ${tri(v.t)[1] * v.s} m/s² की दर से बढ़ रही है। उस क्षण इसके त्वरण का परिमाण (m/s² में) ज्ञात कीजिए।`,
      solution: () => `अभिकेन्द्र त्वरण $a_c = v^2/r$ तथा स्पर्शरेखीय त्वरण $a_t$ परस्पर लम्बवत हैं: $a = \\sqrt{a_c^2 + a_t^2}$।`,
    },
    unit: 'm/s²', result: [5, 34],
    answer: (v) => tri(v.t)[2] * v.s,
    // Components added as scalars; centripetal part alone; tangential part alone.
    mistakes: (v) => [(tri(v.t)[0] + tri(v.t)[1]) * v.s, tri(v.t)[0] * v.s, tri(v.t)[1] * v.s],
    solution: () => `Centripetal $a_c = \\frac{v^2}{r}$ (towards the centre) and tangential $a_t = \\frac{dv}{dt}$ are perpendicular, so $a = \\sqrt{a_c^2 + a_t^2}$.` }),

  // Triangular force pulse on a moving body: Δv = area/m = F₀T/(2m); T in ms keeps the arithmetic exact.
  formula({ id: 'p.nlm.impulse-pulse', subject: P, concepts: ['P.NLM.MOMENTUM', 'P.KIN.GRAPHS'], difficulty: 2,
    vars: { F0: [100, 200, 300, 400], T: [100, 200], m: [0.5, 1, 5], u: [0, 2, 5, 10] },
    text: (v) => `A body of mass ${v.m} kg moves at ${v.u} m/s along a straight line. A force along its motion rises uniformly from zero to ${v.F0} N and falls uniformly back to zero, lasting ${v.T} ms in all (a triangular force–time graph). Find the speed of the body (in m/s) after the force stops.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान की एक वस्तु ${v.u} m/s से सरल रेखा में चल रही है। गति की दिशा में एक बल शून्य से एकसमान रूप से ${v.F0} N तक बढ़ता है और फिर एकसमान रूप से शून्य हो जाता है; कुल अवधि ${v.T} ms है (त्रिभुजाकार बल–समय आलेख)। बल हटने के बाद वस्तु की चाल (m/s में) ज्ञात कीजिए।`,
      solution: () => `आवेग = बल–समय आलेख का क्षेत्रफल $= \\frac12F_0T$ = संवेग में परिवर्तन; $v = u + \\frac{F_0T}{2m}$।`,
    },
    unit: 'm/s', result: [1, 90],
    answer: (v) => v.u + (v.F0 * v.T) / (2000 * v.m),
    // Area taken as a rectangle; the initial velocity forgotten; the ½ kept but u subtracted.
    mistakes: (v) => [v.u + (v.F0 * v.T) / (1000 * v.m), (v.F0 * v.T) / (2000 * v.m), Math.abs((v.F0 * v.T) / (2000 * v.m) - v.u)],
    solution: () => `Impulse = area under the $F$–$t$ graph $= \\frac12F_0T$ = change in momentum, so $v = u + \\frac{F_0T}{2m}$.` }),
]);
