import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import { multi } from './spec.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import type { GeneratorDef, Params } from './types.ts';

const P = 'PHYSICS' as const;
/** Oxygen cylinder states (P₁ atm, T₁ K, P₂ atm, T₂ K) whose remaining fraction P₂T₁/(P₁T₂) is k/8. */
const LEAKS = [[10, 300, 4, 240], [8, 400, 3, 300], [12, 300, 6, 400], [6, 360, 5, 400], [8, 300, 7, 350], [20, 300, 7, 280], [5, 400, 2, 320], [4, 300, 3, 450], [10, 300, 2, 480]] as const;
const leak = (i: number) => LEAKS[i] as readonly [number, number, number, number];
/** SHM from x₁ to x₂ by the shortest way, and n with the time T/n. */
const SHM_PATHS = [['A/2', 'A', 6], ['0', 'A/2', 12], ['-A/2', 'A/2', 6], ['A/\\sqrt2', 'A', 8], ['0', 'A/\\sqrt2', 8], ['-A/2', 'A', 3]] as const;
const shm = (i: number) => SHM_PATHS[i] as readonly [string, string, number];
/** KE = n·PE, shown as text; x/A = 1/√(n + 1). */
const KE_PE = [['3', 3], ['15', 15], ['24', 24], ['99', 99], ['\\frac{9}{16}', 9 / 16], ['\\frac{16}{9}', 16 / 9]] as const;
const kePe = (i: number) => KE_PE[i] as readonly [string, number];
/** (speed of sound m/s, frequency Hz) giving wavelengths in whole cm divisible by 24 or 12. */
const WAVES = [[360, 300], [240, 200], [330, 275], [360, 150], [336, 140], [240, 500], [336, 700], [360, 500]] as const;
const lamCm = (i: number) => { const [v, f] = WAVES[i] as readonly [number, number]; return Math.round((100 * v) / f); };
/** Loop counts on a sonometer wire at one frequency: p loops under the load c·p² g become q loops under c·q² g. */
const LOOPS = [[2, 3], [3, 2], [3, 4], [4, 3], [2, 5], [5, 2], [3, 5], [5, 3], [4, 5], [5, 4], [1, 2], [2, 1]] as const;
const loops = (i: number) => LOOPS[i] as readonly [number, number];
/** Resonance-column forks: (speed of sound m/s, frequency Hz) with wavelengths of whole cm. */
const FORKS = [[320, 320], [340, 340], [330, 500], [340, 500], [320, 400], [350, 500], [336, 480], [340, 425], [330, 550]] as const;
const fork = (i: number) => FORKS[i] as readonly [number, number];
const colLam = (i: number) => Math.round((100 * fork(i)[0]) / fork(i)[1]);
const cm2 = (x: number) => Number(x.toFixed(2));
const WIEN = 2.9e6; // nm K

// A black sphere A (peak λ₁, power P₁) and a sphere B of radius s times A's at r times A's temperature.
const bbText = (p: Params): string[] => [
  `The peak of B's spectrum is at $${formatNumber(p.s0 as number)}$ nm.`,
  `B radiates a power of $${formatNumber(p.s1 as number)}$ W.`,
  `The power radiated per unit area by B is $${formatNumber(p.s2 as number)}$ times that by A.`,
  `The temperature of A is $${formatNumber(p.s3 as number)}$ K.`,
];
const bbHindi = (p: Params): string[] => [
  `B के स्पेक्ट्रम का शिखर $${formatNumber(p.s0 as number)}$ nm पर है।`,
  `B द्वारा विकिरित शक्ति $${formatNumber(p.s1 as number)}$ W है।`,
  `B द्वारा प्रति एकांक क्षेत्रफल विकिरित शक्ति A की $${formatNumber(p.s2 as number)}$ गुनी है।`,
  `A का ताप $${formatNumber(p.s3 as number)}$ K है।`,
];

const blackbodyClaims: ClaimGenerator = {
  id: 'p.heat.blackbody-claims', subject: P, concepts: ['P.HEAT.RADIATION'], difficulty: 4,
  statements: bbText,
  build(rng) {
    const lam = rng.pick([725, 1450, 2900] as const);
    const r = rng.pick([1.5, 2, 3] as const);
    const s = rng.pick([0.5, 2, 3] as const);
    const P1 = rng.pick([10, 20, 50, 100] as const);
    const T1 = WIEN / lam;
    // Named mistakes: Wien's law applied the wrong way (λ ∝ T); power ∝ T² (or area forgotten);
    // the area factor put into the per-area ratio; the temperature quoted in °C.
    const truths = [lam / r, P1 * r ** 4 * s * s, r ** 4, T1];
    const wrongs = [lam * r, P1 * r ** 4 * s, r ** 4 * s * s, T1 - 273];
    const flags = truths.map(() => rng.int(0, 1));
    if (!flags.includes(1)) flags[rng.int(0, 3)] = 1;
    const shown = truths.map((t, i) => (flags[i] === 1 ? t : (wrongs[i] as number)));
    const params: Params = { lam, r, s, P1, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! };
    return multi({
      params,
      text: `A black sphere A radiates ${P1} W with the peak of its spectrum at ${lam} nm. A second black sphere B has ${s} times A's radius and is kept at ${r} times A's absolute temperature (Wien's constant $2.9 \\times 10^{-3}$ m K). Which of the following statements is/are correct?`,
      options: bbText(params).map((text, i) => ({ text, correct: shown[i] === truths[i] })),
      solution: `Wien: $\\lambda_mT = b$, so $T_A = \\frac{b}{\\lambda_A} = ${formatNumber(T1)}$ K and B's peak is at $\\frac{\\lambda_A}{${r}} = ${formatNumber(lam / r)}$ nm. Stefan: power per area $\\propto T^4$, a factor $${formatNumber(r ** 4)}$; total power also scales with area ($\\propto R^2$): $P_B = ${P1} \\times ${formatNumber(r ** 4)} \\times ${formatNumber(s * s)} = ${formatNumber(P1 * r ** 4 * s * s)}$ W.`,
      hi: {
        text: `एक कृष्ण गोला A ${P1} W विकिरित करता है तथा इसके स्पेक्ट्रम का शिखर ${lam} nm पर है। दूसरे कृष्ण गोले B की त्रिज्या A की ${s} गुनी है तथा इसे A के परम ताप के ${r} गुने ताप पर रखा गया है (वीन नियतांक $2.9 \\times 10^{-3}$ m K)। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `वीन नियम: $\\lambda_mT = b$, अतः $T_A = \\frac{b}{\\lambda_A} = ${formatNumber(T1)}$ K तथा B का शिखर $\\frac{\\lambda_A}{${r}} = ${formatNumber(lam / r)}$ nm पर। स्टेफ़न नियम: प्रति एकांक क्षेत्रफल शक्ति $\\propto T^4$, गुणक $${formatNumber(r ** 4)}$; कुल शक्ति क्षेत्रफल ($\\propto R^2$) के साथ भी बढ़ती है: $P_B = ${P1} \\times ${formatNumber(r ** 4)} \\times ${formatNumber(s * s)} = ${formatNumber(P1 * r ** 4 * s * s)}$ W।`,
        options: bbHindi(params),
      },
    });
  },
};

/** Heat, thermodynamics, kinetic theory, oscillations and waves in depth: new shapes. */
export const physicsDepthThermalWavesBGenerators: GeneratorDef[] = physicalDistractors([
  // Two slabs in series: the interface temperature where the heat currents match.
  formula({ id: 'p.heat.composite-wall', subject: P, concepts: ['P.HEAT.TRANSFER'], difficulty: 4,
    vars: { k1: [0.5, 0.8, 1.2, 50, 200], k2: [0.04, 0.1, 0.5, 1], L1: [2, 5, 10], L2: [1, 2, 5], T1: [100, 80, 60], w: range(0, 1) },
    text: (v) => `A wall is made of two slabs in contact: ${v.L1} cm thick of thermal conductivity ${v.k1} W/(m K) and ${v.L2} cm thick of conductivity ${v.k2} W/(m K). The outer face of the first slab is at ${v.T1} °C and that of the second at 0 °C. Find ${v.w === 0 ? 'the temperature (in °C) of the interface' : 'the heat flowing through each square metre of the wall per second (in W)'} in the steady state.`,
    hi: {
      text: (v) => `एक दीवार सम्पर्क में रखी दो पट्टियों से बनी है: ${v.L1} cm मोटी, ऊष्मा चालकता ${v.k1} W/(m K), तथा ${v.L2} cm मोटी, चालकता ${v.k2} W/(m K)। पहली पट्टी का बाहरी पृष्ठ ${v.T1} °C तथा दूसरी का 0 °C पर है। स्थायी अवस्था में ${v.w === 0 ? 'अन्तरापृष्ठ का ताप (°C में)' : 'दीवार के प्रत्येक वर्ग मीटर से प्रति सेकण्ड प्रवाहित ऊष्मा (W में)'} ज्ञात कीजिए।`,
      solution: () => `श्रेणी में ऊष्मीय प्रतिरोध $\\frac{L}{kA}$ जुड़ते हैं; दोनों पट्टियों में ऊष्मा धारा समान: $\\frac{k_1(T_1 - T)}{L_1} = \\frac{k_2(T - T_2)}{L_2}$।`,
    },
    unit: '', result: [0.01, 10000],
    answer: (v) => { const g1 = v.k1 / (v.L1 / 100), g2 = v.k2 / (v.L2 / 100); const T = (g1 * v.T1) / (g1 + g2); return v.w === 0 ? T : g2 * T; },
    // Thicknesses ignored (conductivities alone weight the temperatures); resistances added as in parallel; the mean temperature.
    mistakes: (v) => { const g1 = v.k1 / (v.L1 / 100), g2 = v.k2 / (v.L2 / 100); return v.w === 0 ? [(v.k1 * v.T1) / (v.k1 + v.k2), (g2 * v.T1) / (g1 + g2), v.T1 / 2] : [(g1 + g2) * v.T1, (v.k2 * v.k1 * v.T1) / (v.k1 + v.k2), (g2 * v.T1) / 2]; },
    solution: () => `In the steady state the same heat current crosses both slabs: $\\frac{k_1(T_1 - T)}{L_1} = \\frac{k_2(T - 0)}{L_2}$, so $T = \\frac{(k_1/L_1)T_1}{k_1/L_1 + k_2/L_2}$ and the flux per square metre is $\\frac{k_2T}{L_2}$. Thermal resistances $L/k$ add in series.` }),

  // Newton's law of cooling, exponential form: equal ratios of excess temperature take equal times.
  formula({ id: 'p.heat.newton-cooling', subject: P, concepts: ['P.HEAT.RADIATION', 'P.HEAT.TRANSFER'], difficulty: 3,
    vars: { Ts: [20, 25, 30], x: [5, 10], p: [1, 2], q: [1, 2], t1: [4, 6, 8, 10] },
    text: (v) => `A body in a room at ${v.Ts} °C cools from ${v.Ts + v.x * 2 ** (v.p + v.q)} °C to ${v.Ts + v.x * 2 ** v.q} °C in ${v.t1} min. Assuming Newton's law of cooling (rate of cooling proportional to the excess temperature) holds exactly, how many more minutes does it take to cool to ${v.Ts + v.x} °C?`,
    hi: {
      text: (v) => `${v.Ts} °C के कमरे में एक वस्तु ${v.t1} min में ${v.Ts + v.x * 2 ** (v.p + v.q)} °C से ${v.Ts + v.x * 2 ** v.q} °C तक ठण्डी होती है। न्यूटन का शीतलन नियम (शीतलन की दर आधिक्य ताप के अनुक्रमानुपाती) यथार्थतः मानते हुए, ${v.Ts + v.x} °C तक ठण्डी होने में इसे कितने मिनट और लगेंगे?`,
      solution: () => `$\\theta - \\theta_s = (\\theta_0 - \\theta_s)e^{-kt}$; आधिक्य ताप हर समान समय में समान अनुपात से घटता है, अतः $t_2 = t_1\\frac{\\ln(\\text{दूसरा अनुपात})}{\\ln(\\text{पहला अनुपात})}$।`,
    },
    unit: 'min', result: [2, 20],
    answer: (v) => (v.t1 * v.q) / v.p,
    // Linear cooling in temperature; the average-temperature approximation; the first interval repeated.
    mistakes: (v) => { const a = v.x * 2 ** (v.p + v.q), b = v.x * 2 ** v.q, c = v.x; const k = (a - b) / v.t1 / ((a + b) / 2); return [(v.t1 * (b - c)) / (a - b), (b - c) / (k * ((b + c) / 2)), v.t1]; },
    solution: () => `With $\\frac{d\\theta}{dt} = -k(\\theta - \\theta_s)$ the excess temperature decays exponentially, so the time depends only on the ratio of excess temperatures: $t = \\frac1k\\ln\\frac{\\theta_1 - \\theta_s}{\\theta_2 - \\theta_s}$. Halving the excess $q$ times takes $q/p$ of the time that halving it $p$ times took.` }),

  blackbodyClaims,

  // Isobaric expansion of an ideal gas: Q = (f/2 + 1)PΔV.
  formula({ id: 'p.td.isobaric-heat', subject: P, concepts: ['P.TD.FIRST', 'P.KTG.DOF'], difficulty: 3,
    vars: { f: [3, 5], Pk: [100, 150, 200, 300], V1: [2, 4, 5, 10], dV: [2, 4, 6] },
    text: (v) => `An ideal ${v.f === 3 ? 'monatomic' : 'diatomic (rigid)'} gas expands at a constant pressure of ${v.Pk} kPa from ${v.V1} L to ${v.V1 + v.dV} L. Find the heat (in J) supplied to it.`,
    hi: {
      text: (v) => `एक आदर्श ${v.f === 3 ? 'एकपरमाणुक' : 'द्विपरमाणुक (दृढ़)'} गैस ${v.Pk} kPa के नियत दाब पर ${v.V1} L से ${v.V1 + v.dV} L तक प्रसारित होती है। इसे दी गई ऊष्मा (J में) ज्ञात कीजिए।`,
      solution: () => `$W = P\\Delta V$, $\\Delta U = nC_v\\Delta T = \\frac{f}{2}P\\Delta V$; अतः $Q = \\left(\\frac f2 + 1\\right)P\\Delta V$।`,
    },
    unit: 'J', result: [500, 7000],
    answer: (v) => ((v.f + 2) / 2) * v.Pk * v.dV,
    // Work alone; internal energy alone; the other kind of gas.
    mistakes: (v) => [v.Pk * v.dV, (v.f / 2) * v.Pk * v.dV, ((v.f === 3 ? 7 : 5) / 2) * v.Pk * v.dV],
    solution: () => `First law: $Q = \\Delta U + W$. At constant pressure $W = P\\Delta V$ and $\\Delta U = nC_v\\Delta T = \\frac f2 nR\\Delta T = \\frac f2 P\\Delta V$. So $Q = \\left(\\frac f2 + 1\\right)P\\Delta V$ (kPa × L = J).` }),

  // Gas leaking from a cylinder: mass escaped = m₁(1 − P₂T₁/(P₁T₂)).
  formula({ id: 'p.ktg.cylinder-leak', subject: P, concepts: ['P.KTG.IDEAL'], difficulty: 3,
    vars: { i: range(0, 8), m: [16, 32, 48, 64, 80] },
    text: (v) => `A cylinder holds ${v.m} g of oxygen at ${leak(v.i)[0]} atm and ${leak(v.i)[1]} K. After some gas leaks out, the pressure is ${leak(v.i)[2]} atm at ${leak(v.i)[3]} K. Find the mass (in g) of oxygen that leaked out.`,
    hi: {
      text: (v) => `एक सिलिण्डर में ${leak(v.i)[0]} atm तथा ${leak(v.i)[1]} K पर ${v.m} g ऑक्सीजन है। कुछ गैस रिसने के बाद ${leak(v.i)[3]} K पर दाब ${leak(v.i)[2]} atm है। रिसी हुई ऑक्सीजन का द्रव्यमान (g में) ज्ञात कीजिए।`,
      solution: () => `आयतन नियत: $m \\propto \\frac{P}{T}$, अतः शेष द्रव्यमान $m_1\\frac{P_2T_1}{P_1T_2}$ तथा रिसा द्रव्यमान इसका अन्तर।`,
    },
    unit: 'g', result: [2, 75],
    answer: (v) => { const [P1, T1, P2, T2] = leak(v.i); return v.m - (v.m * P2 * T1) / (P1 * T2); },
    // Temperature change ignored; the mass remaining given instead; temperatures inverted.
    mistakes: (v) => { const [P1, T1, P2, T2] = leak(v.i); return [v.m * (1 - P2 / P1), (v.m * P2 * T1) / (P1 * T2), v.m * (1 - (P2 * T2) / (P1 * T1))]; },
    solution: () => `At fixed volume $PV = \\frac{m}{M}RT$ gives $m \\propto \\frac{P}{T}$. Remaining mass $m_2 = m_1\\frac{P_2T_1}{P_1T_2}$; the leaked mass is $m_1 - m_2$.` }),

  // Mixture heated at constant pressure: the share of the heat stored as internal energy, ΣnC_v/ΣnC_p.
  formula({ id: 'p.ktg.mixture-heat-share', subject: P, concepts: ['P.KTG.DOF', 'P.TD.FIRST'], difficulty: 4,
    vars: { n1: range(1, 5), n2: range(1, 5), w: range(0, 1) },
    text: (v) => `A mixture of ${v.n1} mol of helium and ${v.n2} mol of nitrogen (rigid diatomic) is heated at constant pressure. What percentage of the heat supplied ${v.w === 0 ? 'goes into increasing the internal energy' : 'is converted into work done by the gas'}?`,
    hi: {
      text: (v) => `${v.n1} mol हीलियम तथा ${v.n2} mol नाइट्रोजन (दृढ़ द्विपरमाणुक) के मिश्रण को नियत दाब पर गर्म किया जाता है। दी गई ऊष्मा का कितना प्रतिशत ${v.w === 0 ? 'आन्तरिक ऊर्जा बढ़ाने में' : 'गैस द्वारा किए गए कार्य में'} जाता है?`,
      solution: () => `$\\Delta U = (n_1\\cdot\\frac32 + n_2\\cdot\\frac52)R\\Delta T$, $W = (n_1 + n_2)R\\Delta T$, $Q = \\Delta U + W$।`,
    },
    unit: '%', result: [20, 80],
    answer: (v) => { const U = 1.5 * v.n1 + 2.5 * v.n2, W = v.n1 + v.n2; return (100 * (v.w === 0 ? U : W)) / (U + W); },
    // Helium alone (3/5, 2/5); nitrogen alone (5/7, 2/7); mole numbers ignored (one mole of each).
    mistakes: (v) => (v.w === 0 ? [60, 100 * (5 / 7), (100 * (1.5 + 2.5)) / (1.5 + 2.5 + 2)] : [40, 100 * (2 / 7), (100 * 2) / (1.5 + 2.5 + 2)]),
    solution: () => `For the mixture $\\Delta U = \\left(\\frac32n_1 + \\frac52n_2\\right)R\\Delta T$ and $W = P\\Delta V = (n_1 + n_2)R\\Delta T$. The share is $\\frac{\\Delta U}{\\Delta U + W}$ (or $\\frac{W}{\\Delta U + W}$).` }),

  // Shortest time between two positions in SHM, a fixed fraction of T (phasor angles).
  formula({ id: 'p.osc.shm-time', subject: P, concepts: ['P.OSC.SHM'], difficulty: 3,
    vars: { i: range(0, 5), T: [1200, 2400, 3600, 4800] },
    text: (v) => `A particle executes SHM of amplitude $A$ and period ${v.T / 1000} s. Find the shortest time (in ms) it takes to go from $x = ${shm(v.i)[0]}$ to $x = ${shm(v.i)[1]}$.`,
    hi: {
      text: (v) => `एक कण $A$ आयाम तथा ${v.T / 1000} s आवर्तकाल की सरल आवर्त गति करता है। $x = ${shm(v.i)[0]}$ से $x = ${shm(v.i)[1]}$ तक जाने में लगा न्यूनतम समय (ms में) ज्ञात कीजिए।`,
      solution: () => `$x = A\\sin\\omega t$; दोनों स्थितियों के कला कोणों का अन्तर $\\Delta\\phi$, तथा $t = \\frac{\\Delta\\phi}{2\\pi}T$।`,
    },
    unit: 'ms', result: [100, 1600],
    answer: (v) => v.T / shm(v.i)[2],
    // Uniform speed assumed (distance/(4A/T)); a quarter period always; half the correct phase.
    mistakes: (v) => { const pos = (s: string) => ({ '0': 0, 'A/2': 0.5, '-A/2': -0.5, 'A': 1, 'A/\\sqrt2': Math.SQRT1_2 } as Record<string, number>)[s]!; return [(v.T * (pos(shm(v.i)[1]) - pos(shm(v.i)[0]))) / 4, v.T / 4, v.T / shm(v.i)[2] / 2]; },
    solution: () => `Write $x = A\\sin\\phi$ with $\\phi = \\omega t$. The phases of the two positions are $\\sin^{-1}(x/A)$: $0$, $\\pm\\frac{\\pi}{6}$ for $\\pm\\frac A2$, $\\frac{\\pi}{4}$ for $\\frac{A}{\\sqrt2}$, $\\frac{\\pi}{2}$ for $A$. The time is $\\frac{\\Delta\\phi}{2\\pi}T$; the motion is fastest near the centre, so equal distances do not take equal times.` }),

  // KE = n·PE in SHM: x = A/√(n + 1).
  formula({ id: 'p.osc.energy-ratio-position', subject: P, concepts: ['P.OSC.ENERGY'], difficulty: 3,
    vars: { i: range(0, 5), A: [20, 40, 60, 80] },
    text: (v) => `A particle performs SHM of amplitude ${v.A} cm. At what distance (in cm) from the mean position is its kinetic energy $${kePe(v.i)[0]}$ times its potential energy?`,
    hi: {
      text: (v) => `एक कण ${v.A} cm आयाम की सरल आवर्त गति करता है। माध्य स्थिति से कितनी दूरी (cm में) पर इसकी गतिज ऊर्जा इसकी स्थितिज ऊर्जा की $${kePe(v.i)[0]}$ गुनी है?`,
      solution: () => `$K = \\frac12k(A^2 - x^2)$, $U = \\frac12kx^2$; $K = nU$ से $A^2 = (n + 1)x^2$, अतः $x = \\frac{A}{\\sqrt{n + 1}}$।`,
    },
    unit: 'cm', result: [2, 64],
    answer: (v) => Math.round((v.A / Math.sqrt(kePe(v.i)[1] + 1)) * 1e9) / 1e9,
    // Energies taken linear in x; KE and PE swapped; √n in place of √(n + 1).
    mistakes: (v) => { const n = kePe(v.i)[1]; return [v.A / (n + 1), v.A * Math.sqrt(n / (n + 1)), v.A / Math.sqrt(n)]; },
    solution: () => `$K = \\frac12k(A^2 - x^2)$ and $U = \\frac12kx^2$, so $K = nU$ gives $A^2 = (n + 1)x^2$ and $x = \\frac{A}{\\sqrt{n + 1}}$.` }),

  // Separation of two points with a given phase difference: Δx = λφ/360°.
  formula({ id: 'p.wave.phase-separation', subject: P, concepts: ['P.WAVE.BASICS'], difficulty: 2,
    vars: { i: range(0, 7), phi: [30, 45, 60, 90, 120, 150] },
    text: (v) => `A sound wave of frequency ${WAVES[v.i]![1]} Hz travels at ${WAVES[v.i]![0]} m/s. Find the distance (in cm) between two nearest points on its line of travel whose oscillations differ in phase by ${v.phi}°.`,
    hi: {
      text: (v) => `${WAVES[v.i]![1]} Hz आवृत्ति की एक ध्वनि तरंग ${WAVES[v.i]![0]} m/s से चलती है। इसकी गति-रेखा पर उन दो निकटतम बिन्दुओं के बीच की दूरी (cm में) ज्ञात कीजिए जिनके दोलनों में ${v.phi}° का कला अन्तर है।`,
      solution: () => `$\\lambda = v/f$; कला अन्तर $\\Delta\\phi = \\frac{2\\pi}{\\lambda}\\Delta x$, अतः $\\Delta x = \\frac{\\Delta\\phi}{360°}\\lambda$।`,
    },
    unit: 'cm', result: [4, 100],
    answer: (v) => (lamCm(v.i) * v.phi) / 360,
    // 2π read as 180° (twice the distance) or as 720° (half); the whole wavelength.
    mistakes: (v) => [(lamCm(v.i) * v.phi) / 180, lamCm(v.i), (lamCm(v.i) * v.phi) / 720],
    solution: () => `$\\lambda = \\frac{v}{f}$. A path $\\Delta x$ adds phase $\\frac{2\\pi}{\\lambda}\\Delta x$, so $\\Delta x = \\frac{\\Delta\\phi}{2\\pi}\\lambda = \\frac{\\Delta\\phi}{360°}\\lambda$.` }),

  // Sonometer at a fixed frequency: n√T is constant, so q loops under load m become p loops under m q²/p².
  formula({ id: 'p.wave.loops-mass', subject: P, concepts: ['P.WAVE.STRING'], difficulty: 3,
    vars: { i: range(0, 11), c: [10, 20, 50, 100] },
    text: (v) => `A wire stretched by a hanging load of ${(v.c * loops(v.i)[0] ** 2) / 1000} kg vibrates in ${loops(v.i)[1]} loops when driven at a fixed frequency. What load (in g) must replace it for the wire to vibrate in ${loops(v.i)[0]} loops at the same frequency?`,
    hi: {
      text: (v) => `${(v.c * loops(v.i)[0] ** 2) / 1000} kg के लटके भार से तना एक तार नियत आवृत्ति पर चलाने पर ${loops(v.i)[1]} लूपों में कम्पन करता है। उसी आवृत्ति पर तार ${loops(v.i)[0]} लूपों में कम्पन करे, इसके लिए कितना भार (g में) लगाना होगा?`,
      solution: () => `$f = \\frac{p}{2L}\\sqrt{\\frac{T}{\\mu}}$ नियत, अतः $p\\sqrt{T}$ नियत: $M = m\\frac{q^2}{p^2}$ (जहाँ $q$ पुराने लूप)।`,
    },
    unit: 'g', result: [10, 2500],
    answer: (v) => v.c * loops(v.i)[1] ** 2,
    // Tension taken as ∝ loops (not squared); that ratio inverted; the ratio of squares inverted.
    mistakes: (v) => { const [p, q] = loops(v.i); const m = v.c * p * p; return [(m * q) / p, (m * p) / q, (m * p * p) / (q * q)]; },
    solution: () => `$f = \\frac{n}{2L}\\sqrt{\\frac{T}{\\mu}}$ with $n$ loops. At fixed $f$, $L$, $\\mu$: $n\\sqrt{T}$ is constant, so $M = m\\left(\\frac{n_{old}}{n_{new}}\\right)^2$.` }),

  // Resonance column: l₂ − l₁ = λ/2, end correction e = (l₂ − 3l₁)/2, e = 0.3 d.
  formula({ id: 'p.wave.resonance-column', subject: P, concepts: ['P.WAVE.PIPES', 'P.EXP.VERNIER'], difficulty: 4,
    vars: { i: range(0, 8), e: [0.6, 0.9, 1.2, 1.5], w: range(0, 2) },
    text: (v) => `In a resonance-tube experiment with a tuning fork of ${fork(v.i)[1]} Hz, the first and second resonances occur at air-column lengths of ${cm2(colLam(v.i) / 4 - v.e)} cm and ${cm2((3 * colLam(v.i)) / 4 - v.e)} cm. Find ${v.w === 0 ? 'the speed of sound (in m/s)' : v.w === 1 ? 'the end correction (in cm)' : 'the inner diameter of the tube (in cm), taking the end correction as 0.3 times the diameter'}.`,
    hi: {
      text: (v) => `${fork(v.i)[1]} Hz के स्वरित्र द्विभुज से अनुनाद नली प्रयोग में पहला तथा दूसरा अनुनाद ${cm2(colLam(v.i) / 4 - v.e)} cm तथा ${cm2((3 * colLam(v.i)) / 4 - v.e)} cm लम्बे वायु स्तम्भ पर होते हैं। ${v.w === 0 ? 'ध्वनि की चाल (m/s में)' : v.w === 1 ? 'अन्त्य संशोधन (cm में)' : 'नली का आन्तरिक व्यास (cm में), अन्त्य संशोधन को व्यास का 0.3 गुना मानकर,'} ज्ञात कीजिए।`,
      solution: () => `$l_1 + e = \\frac\\lambda4$, $l_2 + e = \\frac{3\\lambda}4$; अतः $\\lambda = 2(l_2 - l_1)$, $v = f\\lambda$, $e = \\frac{l_2 - 3l_1}{2}$, $d = e/0.3$।`,
    },
    unit: '', result: [0.5, 400],
    // The lengths were built from the speed and end correction, so these are exact (the test re-derives them from the printed lengths).
    answer: (v) => (v.w === 0 ? fork(v.i)[0] : v.w === 1 ? v.e : v.e / 0.3),
    // (speed) end correction ignored, v = 4fl₁ or v = 4fl₂/3; λ taken as l₂ − l₁. (end correction) the ½ dropped;
    // λ taken as l₂ − l₁. (diameter) 0.3 multiplied instead of divided; the ½ dropped; e = 0.6 × radius read as diameter.
    mistakes: (v) => { const l1 = cm2(colLam(v.i) / 4 - v.e), l2 = cm2((3 * colLam(v.i)) / 4 - v.e); const f = fork(v.i)[1]; return v.w === 0 ? [(4 * f * l1) / 100, (f * (l2 - l1)) / 100, (4 * f * l2) / 300] : v.w === 1 ? [l2 - 3 * l1, (l2 - l1) / 4 - l1] : [0.3 * v.e, (l2 - 3 * l1) / 0.3, v.e / 0.6]; },
    solution: () => `With end correction $e$: $l_1 + e = \\frac\\lambda4$ and $l_2 + e = \\frac{3\\lambda}4$. Subtracting, $\\lambda = 2(l_2 - l_1)$ and $v = f\\lambda$; eliminating $\\lambda$, $e = \\frac{l_2 - 3l_1}{2}$; with $e = 0.3d$, $d = \\frac{e}{0.3}$.` }),
]);
