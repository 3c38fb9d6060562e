import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** q/ε₀ in N m²/C for the charges offered (nC), with ε₀ = 8.85 × 10⁻¹² C²/(N m²). */
const CHARGE = [0.885, 1.77, 4.425, 8.85, 17.7, 26.55] as const;
const FLUX = [1 / 6, 1 / 8, 1 / 2] as const;
const PLACE = ['at the centre of a cube; find the flux through one face', 'at one corner of a cube; find the flux through the whole cube', 'at the centre of one face of a cube; find the flux through the whole cube'] as const;
const PLACE_HI = ['एक घन के केन्द्र पर है; एक फलक से गुजरने वाला फ्लक्स', 'एक घन के एक कोने पर है; पूरे घन से गुजरने वाला फ्लक्स', 'एक घन के एक फलक के केन्द्र पर है; पूरे घन से गुजरने वाला फ्लक्स'] as const;
/** Rolling bodies and k²/R². */
const BODY = ['ring', 'disc', 'solid sphere', 'hollow sphere'] as const;
const BODY_HI = ['वलय', 'चकती', 'ठोस गोला', 'खोखला गोला'] as const;
const K2 = [1, 1 / 2, 2 / 5, 2 / 3] as const;
const G = 6.67e-11;

/** Third question shapes for Physics concepts left at two templates. */
export const physicsDepthRound2KGenerators: GeneratorDef[] = physicalDistractors([
  // Square-wave current, +I₁ for half a cycle and −I₂ for the other half: I_rms = √((I₁² + I₂²)/2).
  formula({ id: 'p.ac.square-wave-rms', subject: P, concepts: ['P.AC.BASICS'], difficulty: 2, freeResponse: false,
    vars: { a: [1, 2, 3, 4, 5, 6], d: [1, 2, 3, 4, 5] },
    text: (v) => `A current is +${v.a} A for the first half of every cycle and −${v.a + v.d} A for the second half. Find its rms value (in A).`,
    hi: {
      text: (v) => `एक धारा प्रत्येक चक्र के पहले अर्ध भाग में +${v.a} A तथा दूसरे अर्ध भाग में −${v.a + v.d} A है। इसका वर्ग-माध्य-मूल (rms) मान (A में) ज्ञात कीजिए।`,
      solution: () => `$I_{rms} = \\sqrt{\\overline{i^2}} = \\sqrt{\\frac{I_1^2\\cdot\\frac T2 + I_2^2\\cdot\\frac T2}{T}} = \\sqrt{\\frac{I_1^2 + I_2^2}{2}}$।`,
    },
    unit: 'A', result: [1, 10],
    answer: (v) => Math.sqrt((v.a * v.a + (v.a + v.d) ** 2) / 2),
    // The mean of the magnitudes; the signed mean's size (the average current); the root of the sum without halving.
    mistakes: (v) => [v.a + v.d / 2, v.d / 2, Math.sqrt(v.a * v.a + (v.a + v.d) ** 2)],
    solution: () => `Square, average over a cycle, take the root: each level lasts half the period, so $I_{rms} = \\sqrt{\\frac{I_1^2 + I_2^2}{2}}$; the sign does not matter once squared.` }),

  // Four equal charges on a square: force on one = (kq²/a²)(√2 + ½).
  formula({ id: 'p.es.square-charges-force', subject: P, concepts: ['P.ES.COULOMB'], difficulty: 3, freeResponse: false,
    vars: { q: [1, 2, 3, 4, 5], a: [10, 15, 20, 30] },
    text: (v) => `Four equal charges of ${v.q} μC each sit at the corners of a square of side ${v.a} cm. Find the magnitude of the net electric force (in N) on any one of them ($\\frac{1}{4\\pi\\varepsilon_0} = 9 \\times 10^9$ N m²/C²).`,
    hi: {
      text: (v) => `${v.a} cm भुजा वाले एक वर्ग के कोनों पर ${v.q} μC के चार समान आवेश रखे हैं। इनमें से किसी एक पर कुल विद्युत बल का परिमाण (N में) ज्ञात कीजिए ($\\frac{1}{4\\pi\\varepsilon_0} = 9 \\times 10^9$ N m²/C²)।`,
      solution: () => `दो निकटवर्ती बल $F_0 = \\frac{kq^2}{a^2}$ परस्पर लम्बवत्: परिणामी $\\sqrt2F_0$ विकर्ण के अनुदिश; विकर्ण पर स्थित आवेश से $\\frac{kq^2}{2a^2}$ उसी दिशा में। कुल $F_0\\left(\\sqrt2 + \\frac12\\right)$।`,
    },
    unit: 'N', result: [0.1, 60],
    answer: (v) => ((9e9 * (v.q * 1e-6) ** 2) / (v.a / 100) ** 2) * (Math.SQRT2 + 0.5),
    // Adjacent forces added as scalars (2 + ½); the diagonal charge at distance a (√2 + 1); the diagonal charge left out (√2).
    mistakes: (v) => { const F0 = (9e9 * (v.q * 1e-6) ** 2) / (v.a / 100) ** 2; return [2.5 * F0, (Math.SQRT2 + 1) * F0, Math.SQRT2 * F0]; },
    solution: () => `With $F_0 = \\frac{kq^2}{a^2}$, the two neighbours push at right angles: $\\sqrt2F_0$ along the diagonal. The opposite corner, $a\\sqrt2$ away, adds $\\frac{F_0}{2}$ along the same line. Net $F_0\\left(\\sqrt2 + \\frac12\\right)$.` }),

  // Point charge and a cube: flux q/(6ε₀), q/(8ε₀) or q/(2ε₀) by symmetry.
  formula({ id: 'p.es.cube-flux-placement', subject: P, concepts: ['P.ES.GAUSS'], difficulty: 3, freeResponse: false,
    vars: { c: range(0, 5), w: range(0, 2) },
    text: (v) => `A point charge of ${CHARGE[v.c]} nC is placed ${PLACE[v.w]} (in N m²/C; $\\varepsilon_0 = 8.85 \\times 10^{-12}$ C²/(N m²)).`,
    hi: {
      text: (v) => `${CHARGE[v.c]} nC का एक बिन्दु आवेश ${PLACE_HI[v.w]} (N m²/C में) ज्ञात कीजिए ($\\varepsilon_0 = 8.85 \\times 10^{-12}$ C²/(N m²))।`,
      solution: () => `सममिति: केन्द्र पर आवेश का फ्लक्स छह फलकों में बराबर बँटता है ($\\frac{q}{6\\varepsilon_0}$); कोने पर आवेश को आठ घन घेरते हैं ($\\frac{q}{8\\varepsilon_0}$); फलक के केन्द्र पर आवेश का आधा फ्लक्स घन में जाता है ($\\frac{q}{2\\varepsilon_0}$)।`,
    },
    unit: 'N m²/C', result: [10, 15000],
    answer: (v) => (CHARGE[v.c]! / 8.85) * 1000 * FLUX[v.w]!,
    // Gauss's law applied as if the charge were fully enclosed (q/ε₀), and the two other placements' fractions.
    mistakes: (v) => { const total = (CHARGE[v.c]! / 8.85) * 1000; return [total, ...FLUX.filter((_, i) => i !== v.w).map((f) => total * f)]; },
    solution: () => `Imagine the closed surface completed by symmetry. A charge at the centre sends $\\frac{q}{\\varepsilon_0}$ equally through six faces; at a corner it is shared by eight cubes, so one cube gets $\\frac{q}{8\\varepsilon_0}$; at the centre of a face, half the flux enters the cube, $\\frac{q}{2\\varepsilon_0}$.` }),

  // Poiseuille tubes in series: pressure across the first = P·(l₁/r₁⁴)/(l₁/r₁⁴ + l₂/r₂⁴).
  formula({ id: 'p.flu.series-tubes-pressure', subject: P, concepts: ['P.FLU.VISCOSITY'], difficulty: 4, freeResponse: false,
    vars: { l1: [10, 20, 30, 40], l2: [10, 20, 30, 40], r: [1, 2, 3], p: [1000, 2000, 3400, 5000] },
    text: (v) => `Two horizontal capillary tubes are joined end to end: the first is ${v.l1} cm long with a radius of ${v.r} mm, the second ${v.l2} cm long with a radius of ${v.r / 2} mm. Liquid flows steadily through both under a total pressure difference of ${v.p} Pa. Find the pressure difference (in Pa) across the first tube.`,
    hi: {
      text: (v) => `दो क्षैतिज केशनलियाँ सिरे से सिरा जुड़ी हैं: पहली ${v.l1} cm लम्बी तथा ${v.r} mm त्रिज्या की, दूसरी ${v.l2} cm लम्बी तथा ${v.r / 2} mm त्रिज्या की। कुल ${v.p} Pa दाबान्तर पर द्रव दोनों से स्थायी रूप से बहता है। पहली नली के सिरों के बीच दाबान्तर (Pa में) ज्ञात कीजिए।`,
      solution: () => `प्वाज़ॉय: $Q = \\frac{\\pi Pr^4}{8\\eta l}$, प्रवाह प्रतिरोध $\\propto \\frac{l}{r^4}$; श्रेणी में समान $Q$, अतः दाब प्रतिरोधों के अनुपात में बँटता है।`,
    },
    unit: 'Pa', result: [10, 5000],
    answer: (v) => { const R1 = v.l1, R2 = v.l2 * 16; return (v.p * R1) / (R1 + R2); },
    // Resistance taken ∝ l/r² (area); ∝ l/r; the pressure across the second tube.
    mistakes: (v) => [(v.p * v.l1) / (v.l1 + 4 * v.l2), (v.p * v.l1) / (v.l1 + 2 * v.l2), (v.p * 16 * v.l2) / (v.l1 + 16 * v.l2)],
    solution: () => `By Poiseuille, $Q = \\frac{\\pi Pr^4}{8\\eta l}$: each tube has a flow resistance $\\frac{8\\eta l}{\\pi r^4}$. In series the same $Q$ passes both, so the pressure divides as the resistances; halving the radius multiplies the resistance per unit length by 16.` }),

  // Four equal masses on a square: work to separate them = (Gm²/a)(4 + √2).
  formula({ id: 'p.grav.square-binding', subject: P, concepts: ['P.GRAV.PE', 'P.GRAV.LAW'], difficulty: 3, freeResponse: false,
    vars: { m: [1, 2, 4, 5, 10], a: [0.5, 1, 2, 4] },
    text: (v) => `Four particles of ${v.m} kg each are held at the corners of a square of side ${v.a} m. How much work (in nJ) is needed to move them infinitely far apart ($G = 6.67 \\times 10^{-11}$ N m²/kg²)?`,
    hi: {
      text: (v) => `${v.m} kg के चार कण ${v.a} m भुजा वाले वर्ग के कोनों पर रखे हैं। इन्हें एक-दूसरे से अनन्त दूरी तक ले जाने में कितना कार्य (nJ में) करना होगा ($G = 6.67 \\times 10^{-11}$ N m²/kg²)?`,
      solution: () => `छह युग्म: चार भुजाएँ ($a$) तथा दो विकर्ण ($a\\sqrt2$)। $U = -\\frac{Gm^2}{a}\\left(4 + \\frac{2}{\\sqrt2}\\right) = -\\frac{Gm^2}{a}(4 + \\sqrt2)$; आवश्यक कार्य $= -U$।`,
    },
    unit: 'nJ', result: [0.05, 100],
    answer: (v) => ((G * v.m * v.m) / v.a) * (4 + Math.SQRT2) * 1e9,
    // Sides only (4 pairs); all six pairs taken at distance a; diagonals taken at half the diagonal.
    mistakes: (v) => { const u = ((G * v.m * v.m) / v.a) * 1e9; return [4 * u, 6 * u, (4 + 2 * Math.SQRT2) * u]; },
    solution: () => `Sum over all six pairs: four sides at $a$ and two diagonals at $a\\sqrt2$. $U = -\\frac{Gm^2}{a}(4 + \\sqrt2)$, and the work needed to separate them is $-U$.` }),

  // Speeding up on a circle from rest: total acceleration at θ to the velocity when (a_tt)²/R = a_t tan θ.
  formula({ id: 'p.kin.circ-acceleration-angle', subject: P, concepts: ['P.KIN.CIRC'], difficulty: 3, freeResponse: false,
    vars: { R: [1, 2, 4, 9, 16, 25], at: [1, 2, 4], th: [30, 60] },
    text: (v) => `A particle starts from rest on a circle of radius ${v.R} m and speeds up at a constant ${v.at} m/s² along the circle. After how long (in s) does its total acceleration make ${v.th}° with its velocity?`,
    hi: {
      text: (v) => `एक कण ${v.R} m त्रिज्या के वृत्त पर विराम से चलना आरम्भ करता है और वृत्त के अनुदिश ${v.at} m/s² की नियत दर से चाल बढ़ाता है। कितने समय (s में) बाद इसका कुल त्वरण इसके वेग से ${v.th}° का कोण बनाएगा?`,
      solution: () => `$\\tan\\theta = \\frac{a_c}{a_t} = \\frac{(a_tt)^2}{Ra_t}$, अतः $t = \\sqrt{\\frac{R\\tan\\theta}{a_t}}$।`,
    },
    unit: 's', result: [0.3, 8],
    answer: (v) => Math.sqrt((v.R * Math.tan((v.th * Math.PI) / 180)) / v.at),
    // The angle measured from the radius (cot θ); the 45° result √(R/a_t) whatever the angle; tan θ not under the root.
    mistakes: (v) => { const t = Math.tan((v.th * Math.PI) / 180); return [Math.sqrt(v.R / (t * v.at)), Math.sqrt(v.R / v.at), t * Math.sqrt(v.R / v.at)]; },
    solution: () => `The tangential part $a_t$ is along the velocity; the centripetal part $\\frac{v^2}{R} = \\frac{(a_tt)^2}{R}$ is across it. The angle with the velocity obeys $\\tan\\theta = \\frac{(a_tt)^2}{Ra_t}$, so $t = \\sqrt{\\frac{R\\tan\\theta}{a_t}}$.` }),

  // Rolling without slipping: rotational KE = ½mv²·(k²/R²).
  formula({ id: 'p.rot.rolling-rotational-ke', subject: P, concepts: ['P.ROT.ROLLING', 'P.ROT.MOI'], difficulty: 2, freeResponse: false,
    vars: { b: range(0, 3), m: [1, 2, 3, 5], v: [2, 3, 4, 6] },
    text: (v) => `A ${BODY[v.b]} of mass ${v.m} kg rolls without slipping at ${v.v} m/s. Find its rotational kinetic energy (in J).`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान का एक ${BODY_HI[v.b]} ${v.v} m/s से बिना फिसले लुढ़कता है। इसकी घूर्णी गतिज ऊर्जा (J में) ज्ञात कीजिए।`,
      solution: () => `$\\omega = \\frac vR$; $K_{rot} = \\frac12I\\omega^2 = \\frac12mv^2\\cdot\\frac{k^2}{R^2}$ (वलय 1, चकती $\\frac12$, ठोस गोला $\\frac25$, खोखला गोला $\\frac23$)।`,
    },
    unit: 'J', result: [0.5, 100],
    answer: (v) => 0.5 * v.m * v.v * v.v * K2[v.b]!,
    // The total kinetic energy; the translational part (for a ring, equal to the answer, so a hollow sphere's share instead); a confused body's k²/R² (ring → disc, disc → solid sphere, solid ↔ hollow sphere).
    mistakes: (v) => { const ke = 0.5 * v.m * v.v * v.v; return [ke * (1 + K2[v.b]!), v.b === 0 ? ke * K2[3] : ke, ke * K2[[1, 2, 3, 2][v.b]!]!]; },
    solution: () => `Rolling without slipping ties $\\omega = \\frac vR$, so $K_{rot} = \\frac12I\\omega^2 = \\frac12mv^2\\cdot\\frac{k^2}{R^2}$ with $\\frac{k^2}{R^2}$ = 1 (ring), $\\frac12$ (disc), $\\frac25$ (solid sphere), $\\frac23$ (hollow sphere).` }),
]);
