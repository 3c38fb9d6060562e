import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** Bullet and block masses (g) with (m + M)/m whole. */
const PENDULUM = [[10, 990], [20, 980], [50, 950], [10, 490], [20, 1980]] as const;
const GAS = ['monatomic', 'diatomic (rigid)', 'polyatomic (rigid, non-linear)'] as const;
const GAS_HI = ['एकपरमाणुक', 'द्विपरमाणुक (दृढ़)', 'बहुपरमाणुक (दृढ़, अरैखिक)'] as const;
const DOF = [3, 5, 6] as const;

/** Fourth templates for the second law, elasticity, collisions and degrees of freedom. */
export const physicsDepthFourthHGenerators: GeneratorDef[] = physicalDistractors([
  // Carnot refrigerator: W = Q_c(T_h − T_c)/T_c.
  formula({ id: 'p.td.refrigerator-work', subject: P, concepts: ['P.TD.SECOND'], difficulty: 2,
    vars: { Tc: [250, 270, 240], Q: [900, 1800, 3600, 7200] },
    text: (v) => `An ideal (Carnot) refrigerator keeps its inside at ${v.Tc} K in a room at 300 K. How much work (in J) must be done to remove ${v.Q} J of heat from the inside?`,
    hi: {
      text: (v) => `एक आदर्श (कार्नो) प्रशीतित्र 300 K के कमरे में अपने भीतरी भाग को ${v.Tc} K पर रखता है। भीतर से ${v.Q} J ऊष्मा निकालने के लिए कितना कार्य (J में) करना होगा?`,
      solution: () => `निष्पादन गुणांक $\\frac{Q_c}{W} = \\frac{T_c}{T_h - T_c}$, अतः $W = Q_c\\frac{T_h - T_c}{T_c}$।`,
    },
    unit: 'J', result: [100, 2000],
    answer: (v) => (v.Q * (300 - v.Tc)) / v.Tc,
    // Engine efficiency used (Q(T_h − T_c)/T_h); Q multiplied by the COP instead of divided; the heat rejected.
    mistakes: (v) => [(v.Q * (300 - v.Tc)) / 300, (v.Q * v.Tc) / (300 - v.Tc), (v.Q * 300) / v.Tc],
    solution: () => `For a reversible refrigerator $\\frac{Q_c}{T_c} = \\frac{Q_h}{T_h}$ and $W = Q_h - Q_c$, so the coefficient of performance is $\\frac{Q_c}{W} = \\frac{T_c}{T_h - T_c}$ and $W = Q_c\\frac{T_h - T_c}{T_c}$.` }),

  // Carnot engine: raising the source to lift efficiency η₁ → η₂ with the sink fixed.
  formula({ id: 'p.td.carnot-raise-source', subject: P, concepts: ['P.TD.SECOND'], difficulty: 3,
    vars: { Tc: [300, 270, 240], e1: [25, 40], e2: [50, 60] },
    text: (v) => `A Carnot engine with its sink at ${v.Tc} K has an efficiency of ${v.e1}%. By how many kelvin must the source temperature be raised to make its efficiency ${v.e2}%?`,
    hi: {
      text: (v) => `${v.Tc} K सिंक वाले एक कार्नो इंजन की दक्षता ${v.e1}% है। दक्षता ${v.e2}% करने के लिए स्रोत का ताप कितने केल्विन बढ़ाना होगा?`,
      solution: () => `$\\eta = 1 - \\frac{T_c}{T_h}$, अतः $T_h = \\frac{T_c}{1 - \\eta}$; वृद्धि $= \\frac{T_c}{1 - \\eta_2} - \\frac{T_c}{1 - \\eta_1}$।`,
    },
    unit: 'K', result: [50, 500],
    answer: (v) => Math.round(((v.Tc * 100) / (100 - v.e2) - (v.Tc * 100) / (100 - v.e1)) * 1e9) / 1e9,
    // The new source temperature itself; ΔT = T_c·Δη; ΔT = T_h·Δη.
    mistakes: (v) => [(v.Tc * 100) / (100 - v.e2), (v.Tc * (v.e2 - v.e1)) / 100, ((v.Tc * 100) / (100 - v.e1)) * ((v.e2 - v.e1) / 100)],
    solution: () => `$\\eta = 1 - \\frac{T_c}{T_h}$ gives $T_h = \\frac{T_c}{1 - \\eta}$. With the sink fixed, the source must go from $\\frac{T_c}{1 - \\eta_1}$ to $\\frac{T_c}{1 - \\eta_2}$.` }),

  // Rod clamped between rigid walls and heated: F = YAαΔT.
  formula({ id: 'p.sol.thermal-stress', subject: P, concepts: ['P.SOL.ELASTIC', 'P.HEAT.CALORIMETRY'], difficulty: 3,
    vars: { dT: [10, 20, 50], A: [1, 2, 5] },
    text: (v) => `A steel rod of cross-section ${v.A} cm² is clamped between two rigid walls and heated through ${v.dT} °C ($Y = 2 \\times 10^{11}$ Pa, $\\alpha = 1.2 \\times 10^{-5}$ °C⁻¹). Find the force (in N) it exerts on each wall.`,
    hi: {
      text: (v) => `${v.A} cm² अनुप्रस्थ काट की इस्पात की एक छड़ दो दृढ़ दीवारों के बीच कसी है और इसे ${v.dT} °C गर्म किया जाता है ($Y = 2 \\times 10^{11}$ Pa, $\\alpha = 1.2 \\times 10^{-5}$ °C⁻¹)। प्रत्येक दीवार पर इसके द्वारा लगाया गया बल (N में) ज्ञात कीजिए।`,
      solution: () => `रुका हुआ प्रसार $\\alpha\\Delta T$ के बराबर संपीडन विकृति: प्रतिबल $Y\\alpha\\Delta T$, बल $YA\\alpha\\Delta T$ (लम्बाई पर निर्भर नहीं)।`,
    },
    unit: 'N', result: [2000, 60000],
    answer: (v) => 240 * v.dT * v.A,
    // cm² converted to m² with 10⁻⁶ (a slip of 100); the expansion counted at both ends (×2); α read ten times too small.
    mistakes: (v) => [2.4 * v.dT * v.A, 480 * v.dT * v.A, 24 * v.dT * v.A],
    solution: () => `Held at fixed length, the rod carries a compressive strain equal to the expansion it was denied, $\\alpha\\Delta T$. Stress $Y\\alpha\\Delta T$, force $YA\\alpha\\Delta T$ (area in m²), whatever the rod's length.` }),

  // Elastic energy in a stretched wire: U = F²L/(2AY).
  formula({ id: 'p.sol.wire-energy', subject: P, concepts: ['P.SOL.ELASTIC', 'P.WEP.SPRING'], difficulty: 2,
    vars: { F: [100, 200, 400], L: [1, 2, 3] },
    text: (v) => `A steel wire ${v.L} m long and 1 mm² in cross-section ($Y = 2 \\times 10^{11}$ Pa) is stretched by a force of ${v.F} N. Find the elastic energy (in mJ) stored in it.`,
    hi: {
      text: (v) => `${v.L} m लम्बा तथा 1 mm² अनुप्रस्थ काट का इस्पात का तार ($Y = 2 \\times 10^{11}$ Pa) ${v.F} N बल से ताना जाता है। इसमें संचित प्रत्यास्थ ऊर्जा (mJ में) ज्ञात कीजिए।`,
      solution: () => `विस्तार $\\delta = \\frac{FL}{AY}$; ऊर्जा $U = \\frac12F\\delta = \\frac{F^2L}{2AY}$।`,
    },
    unit: 'mJ', result: [20, 1500],
    answer: (v) => (v.F * v.F * v.L) / 400,
    // The ½ dropped (Fδ); a slip of ten either way in converting mm² to m².
    mistakes: (v) => [(v.F * v.F * v.L) / 200, (v.F * v.F * v.L) / 4000, (v.F * v.F * v.L) / 40],
    solution: () => `The extension is $\\delta = \\frac{FL}{AY}$ and the force grows linearly from 0 to $F$ as the wire stretches, so $U = \\frac12F\\delta = \\frac{F^2L}{2AY}$.` }),

  // Perfectly inelastic collision with a body at rest: KE lost = ½·m₁m₂v²/(m₁ + m₂).
  formula({ id: 'p.wep.inelastic-loss', subject: P, concepts: ['P.WEP.COLLISION', 'P.NLM.MOMENTUM'], difficulty: 3, freeResponse: false,
    vars: { m1: [1, 2, 3, 4], m2: [1, 2, 3, 6], u: [2, 4, 6, 10] },
    text: (v) => `A ${v.m1} kg ball moving at ${v.u} m/s strikes and sticks to a ${v.m2} kg ball at rest. Find the kinetic energy (in J) lost in the collision.`,
    hi: {
      text: (v) => `${v.u} m/s से चलती ${v.m1} kg की गेंद विराम में स्थित ${v.m2} kg की गेंद से टकराकर चिपक जाती है। टक्कर में गतिज ऊर्जा की हानि (J में) ज्ञात कीजिए।`,
      solution: () => `संवेग संरक्षण: $v = \\frac{m_1u}{m_1 + m_2}$; हानि $= \\frac12m_1u^2 - \\frac12(m_1 + m_2)v^2 = \\frac{m_1m_2u^2}{2(m_1 + m_2)}$।`,
    },
    unit: 'J', result: [0.5, 200],
    answer: (v) => (v.m1 * v.m2 * v.u * v.u) / (2 * (v.m1 + v.m2)),
    // The final kinetic energy given; all the kinetic energy lost; the reduced mass without the ½.
    mistakes: (v) => [(v.m1 * v.m1 * v.u * v.u) / (2 * (v.m1 + v.m2)), (v.m1 * v.u * v.u) / 2, (v.m1 * v.m2 * v.u * v.u) / (v.m1 + v.m2)],
    solution: () => `Momentum is conserved: the pair moves off at $v = \\frac{m_1u}{m_1 + m_2}$. The loss is $\\frac12m_1u^2 - \\frac12(m_1 + m_2)v^2 = \\frac{m_1m_2}{m_1 + m_2}\\cdot\\frac{u^2}{2}$.` }),

  // Ballistic pendulum: v = ((m + M)/m)·√(2gh).
  formula({ id: 'p.wep.ballistic-pendulum', subject: P, concepts: ['P.WEP.COLLISION', 'P.WEP.ENERGY'], difficulty: 3,
    vars: { p: range(0, 4), h: [5, 20, 45, 80] },
    text: (v) => `A bullet of mass ${PENDULUM[v.p]![0]} g is fired into a wooden block of mass ${PENDULUM[v.p]![1]} g hanging from a long string and stays embedded. The block rises through ${v.h} cm ($g = 10$ m/s²). Find the bullet's speed (in m/s).`,
    hi: {
      text: (v) => `${PENDULUM[v.p]![0]} g द्रव्यमान की एक गोली लम्बी डोरी से लटके ${PENDULUM[v.p]![1]} g के लकड़ी के गुटके में दागी जाती है और उसी में धँस जाती है। गुटका ${v.h} cm ऊपर उठता है ($g = 10$ m/s²)। गोली की चाल (m/s में) ज्ञात कीजिए।`,
      solution: () => `टक्कर के ठीक बाद $V = \\sqrt{2gh}$ (ऊर्जा), टक्कर में संवेग संरक्षण: $mv = (m + M)V$, अतः $v = \\frac{m + M}{m}\\sqrt{2gh}$।`,
    },
    unit: 'm/s', result: [20, 400],
    answer: (v) => { const [m, M] = PENDULUM[v.p]!; return Math.round(((m + M) / m) * Math.sqrt((2 * 10 * v.h) / 100) * 1e9) / 1e9; },
    // Energy conserved through the collision (½mv² = (m + M)gh); the block's speed itself; M/m in place of (m + M)/m.
    mistakes: (v) => { const [m, M] = PENDULUM[v.p]!; const V = Math.sqrt((2 * 10 * v.h) / 100); return [Math.sqrt(((m + M) / m)) * V, V, (M / m) * V]; },
    solution: () => `The collision is perfectly inelastic: only momentum is conserved, $mv = (m + M)V$. After it, energy is conserved as the block swings up: $V = \\sqrt{2gh}$. So $v = \\frac{m + M}{m}\\sqrt{2gh}$.` }),

  // Internal energy of an ideal gas: U = (f/2)nRT.
  formula({ id: 'p.ktg.internal-energy', subject: P, concepts: ['P.KTG.DOF', 'P.KTG.IDEAL'], difficulty: 2, freeResponse: false,
    vars: { g: range(0, 2), n: [1, 2, 3, 5], T: [300, 400, 500] },
    text: (v) => `Find the internal energy (in kJ) of ${v.n} mol of an ideal ${GAS[v.g]} gas at ${v.T} K ($R = 8.314$ J/(mol K)).`,
    hi: {
      text: (v) => `${v.T} K पर किसी आदर्श ${GAS_HI[v.g]} गैस के ${v.n} mol की आन्तरिक ऊर्जा (kJ में) ज्ञात कीजिए ($R = 8.314$ J/(mol K))।`,
      solution: () => `समविभाजन: प्रति mol प्रति स्वातंत्र्य कोटि $\\frac12RT$; $U = \\frac f2nRT$ ($f$ = 3, 5, 6)।`,
    },
    unit: 'kJ', result: [3, 70],
    answer: (v) => (DOF[v.g]! / 2) * v.n * 8.314 * v.T / 1000,
    // Translational energy only (3/2); C_p used (f/2 + 1); the temperature taken in °C.
    mistakes: (v) => [1.5 * v.n * 8.314 * v.T / 1000, (DOF[v.g]! / 2 + 1) * v.n * 8.314 * v.T / 1000, (DOF[v.g]! / 2) * v.n * 8.314 * (v.T - 273) / 1000],
    solution: () => `Each quadratic degree of freedom carries $\\frac12RT$ per mole: 3 for a monatomic gas, 5 for a rigid diatomic, 6 for a rigid non-linear molecule. $U = \\frac f2nRT$.` }),

  // Mean energy per molecule: translational (3/2)kT or total (f/2)kT.
  formula({ id: 'p.ktg.molecule-energy', subject: P, concepts: ['P.KTG.DOF'], difficulty: 2, freeResponse: false,
    vars: { g: range(0, 2), T: [200, 300, 400, 600], w: range(0, 1) },
    text: (v) => `Find the average ${v.w === 0 ? 'translational kinetic' : 'total (translational + rotational)'} energy of a molecule of an ideal ${GAS[v.g]} gas at ${v.T} K, in units of $10^{-21}$ J ($k_B = 1.38 \\times 10^{-23}$ J/K).`,
    hi: {
      text: (v) => `${v.T} K पर किसी आदर्श ${GAS_HI[v.g]} गैस के एक अणु की औसत ${v.w === 0 ? 'स्थानान्तरीय गतिज' : 'कुल (स्थानान्तरीय + घूर्णी)'} ऊर्जा $10^{-21}$ J की इकाई में ज्ञात कीजिए ($k_B = 1.38 \\times 10^{-23}$ J/K)।`,
      solution: () => `प्रति स्वातंत्र्य कोटि $\\frac12k_BT$: स्थानान्तरीय $\\frac32k_BT$ (सभी गैसों के लिए), कुल $\\frac f2k_BT$।`,
    },
    unit: '', result: [4, 25],
    answer: (v) => ((v.w === 0 ? 3 : DOF[v.g]!) / 2) * 1.38e-23 * v.T * 1e21,
    // The other of the two energies; k_BT per molecule; ½k_BT per molecule.
    mistakes: (v) => [((v.w === 1 ? 3 : DOF[v.g]!) / 2) * 1.38e-23 * v.T * 1e21, 1.38e-23 * v.T * 1e21, 0.5 * 1.38e-23 * v.T * 1e21],
    solution: () => `Equipartition gives $\\frac12k_BT$ per quadratic degree of freedom. Translation always has 3 ($\\frac32k_BT$, the same for every gas at a given temperature); the total adds 2 (diatomic) or 3 (non-linear) rotational terms.` }),
]);
