import { percentMistakes } from './chem-data.ts';
import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { Rng } from '../random.ts';
import { multi } from './spec.ts';
import type { GeneratorDef, Params } from './types.ts';

const P = 'PHYSICS' as const;
const f = (x: number) => formatNumber(x);

/**
 * For each claim the true value or the value of its named mistake, at least one claim true. A
 * mistake within 2 % of the truth is shown as the truth: a statement never looks right while
 * keyed wrong.
 */
export function claimValues(rng: Rng, truths: readonly number[], wrongs: readonly number[]): number[] {
  const flags = truths.map(() => rng.int(0, 1));
  if (!flags.includes(1)) flags[rng.int(0, truths.length - 1)] = 1;
  return truths.map((t, i) => {
    const w = wrongs[i] as number;
    return flags[i] === 1 || Math.abs(w - t) <= 0.02 * Math.abs(t) ? t : w;
  });
}

/** A multi-correct template: its four statements in English and Hindi rendered from the params. */
export function claims(d: {
  id: string;
  concepts: readonly [string, ...string[]];
  difficulty: 1 | 2 | 3 | 4 | 5;
  en: (p: Params) => string[];
  hi: (p: Params) => string[];
  build: (rng: Rng) => { params: Params; truths: readonly boolean[]; text: string; solution: string; hiText: string; hiSolution: string };
}): ClaimGenerator {
  return {
    id: d.id, subject: P, concepts: d.concepts, difficulty: d.difficulty, statements: d.en,
    build(rng) {
      const b = d.build(rng);
      return multi({
        params: b.params, text: b.text, solution: b.solution,
        options: d.en(b.params).map((text, i) => ({ text, correct: b.truths[i] === true })),
        hi: { text: b.hiText, solution: b.hiSolution, options: d.hi(b.params) },
      });
    },
  };
}

// ---- Thermodynamics: a rectangular cycle of a monatomic gas (pressures in 10⁵ Pa, volumes in L, so PV in units of 100 J).
const cycleTruths = (p1: number, p2: number, v1: number, v2: number) => [100 * (p2 - p1) * (v2 - v1), 150 * v1 * (p2 - p1), 250 * p2 * (v2 - v1), 150 * v2 * (p2 - p1)];
const rectangularCycle = claims({
  id: 'p.td.rectangular-cycle-claims', concepts: ['P.TD.FIRST', 'P.TD.PROCESSES'], difficulty: 4,
  en: (p) => [
    `The net work done by the gas in one cycle is $${f(p.s0!)}$ J.`,
    `The heat absorbed by the gas from A to B is $${f(p.s1!)}$ J.`,
    `The heat absorbed by the gas from B to C is $${f(p.s2!)}$ J.`,
    `The heat rejected by the gas from C to D is $${f(p.s3!)}$ J.`,
  ],
  hi: (p) => [
    `एक चक्र में गैस द्वारा किया गया नेट कार्य $${f(p.s0!)}$ J है।`,
    `A से B तक गैस द्वारा अवशोषित ऊष्मा $${f(p.s1!)}$ J है।`,
    `B से C तक गैस द्वारा अवशोषित ऊष्मा $${f(p.s2!)}$ J है।`,
    `C से D तक गैस द्वारा त्यागी गई ऊष्मा $${f(p.s3!)}$ J है।`,
  ],
  build(rng) {
    const p1 = rng.pick([1, 2]), p2 = p1 + rng.pick([1, 2, 3]), v1 = rng.pick([1, 2, 3]), v2 = v1 + rng.pick([2, 4]);
    const base = { p1, p2, v1, v2 };
    const truths = cycleTruths(p1, p2, v1, v2);
    // Compression work forgotten; C_p used at constant volume; C_v used at constant pressure; the C→D drop taken at V₁.
    const wrongs = [100 * p2 * (v2 - v1), 250 * v1 * (p2 - p1), 150 * p2 * (v2 - v1), 150 * v1 * (p2 - p1)];
    const s = claimValues(rng, truths, wrongs);
    const params = { ...base, s0: s[0]!, s1: s[1]!, s2: s[2]!, s3: s[3]! };
    const states = `A ($${p1} \\times 10^5$ Pa, ${v1} L) → B ($${p2} \\times 10^5$ Pa, ${v1} L) → C ($${p2} \\times 10^5$ Pa, ${v2} L) → D ($${p1} \\times 10^5$ Pa, ${v2} L) → A`;
    return {
      params, truths: s.map((x, i) => x === truths[i]),
      text: `One mole of a monatomic ideal gas is taken round the rectangular cycle ${states} on the P–V diagram. Which of the following statements is/are correct?`,
      solution: `Net work = area of the rectangle $= (P_2 - P_1)(V_2 - V_1)$. At constant volume $Q = \\frac32V\\Delta P$; at constant pressure $Q = \\frac52P\\Delta V$ ($C_p = \\frac52R$). C→D is at $V_2$: heat rejected $\\frac32V_2(P_2 - P_1)$. (1 L × $10^5$ Pa = 100 J.)`,
      hiText: `एक मोल एकपरमाणुक आदर्श गैस को P–V आरेख पर आयताकार चक्र ${states} में ले जाया जाता है। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
      hiSolution: `नेट कार्य = आयत का क्षेत्रफल $= (P_2 - P_1)(V_2 - V_1)$। नियत आयतन पर $Q = \\frac32V\\Delta P$; नियत दाब पर $Q = \\frac52P\\Delta V$। C→D, $V_2$ पर है: त्यागी गई ऊष्मा $\\frac32V_2(P_2 - P_1)$।`,
    };
  },
});

// ---- Waves: a wave meeting the junction of two strings; n = √(μ₂/μ₁) = v₁/v₂.
const JUNCTION = [[4, 2], [9, 3], [0.25, 0.5]] as const;
const JUNCTION_TEXT = ['4 times', '9 times', 'one quarter of'] as const;
const JUNCTION_HI = ['4 गुना', '9 गुना', 'एक-चौथाई'] as const;
const junctionTruths = (A: number, n: number, lam: number, fr: number) => [(2 * A) / (1 + n), (Math.abs(n - 1) * A) / (n + 1), lam / n, fr];
const junction = claims({
  id: 'p.wave.junction-claims', concepts: ['P.WAVE.BASICS', 'P.WAVE.STRING'], difficulty: 4,
  en: (p) => [
    `The transmitted wave has amplitude $${f(p.s0!)}$ mm.`,
    `The reflected wave has amplitude $${f(p.s1!)}$ mm and is ${p.inv === 1 ? 'inverted (phase change of π)' : 'not inverted'}.`,
    `The wavelength on the second string is $${f(p.s2!)}$ cm.`,
    `The frequency on the second string is $${f(p.s3!)}$ Hz.`,
  ],
  hi: (p) => [
    `पारगमित तरंग का आयाम $${f(p.s0!)}$ mm है।`,
    `परावर्तित तरंग का आयाम $${f(p.s1!)}$ mm है तथा यह ${p.inv === 1 ? 'उलटी है (π का कलान्तर)' : 'उलटी नहीं है'}।`,
    `दूसरी डोरी पर तरंगदैर्ध्य $${f(p.s2!)}$ cm है।`,
    `दूसरी डोरी पर आवृत्ति $${f(p.s3!)}$ Hz है।`,
  ],
  build(rng) {
    const j = rng.int(0, 2), A = rng.pick([3, 6, 9]), lam = rng.pick([24, 30, 60]), fr = rng.pick([50, 100, 200]);
    const n = JUNCTION[j]![1];
    const truths = junctionTruths(A, n, lam, fr);
    // Impedance ratio inverted (2nA/(1+n)); same amplitude, wrong phase; wavelength scaled the wrong way; frequency taken to change with speed.
    const wrongs = [(2 * n * A) / (1 + n), truths[1]!, lam * n, fr / n];
    const s = claimValues(rng, truths, wrongs);
    const flipPhase = rng.int(0, 1) === 1;
    const trueInv = n > 1 ? 1 : 0;
    const inv = flipPhase ? 1 - trueInv : trueInv;
    const params = { j, A, lam, fr, s0: s[0]!, s1: s[1]!, s2: s[2]!, s3: s[3]!, inv };
    const truthFlags = [s[0] === truths[0], inv === trueInv, s[2] === truths[2], s[3] === truths[3]];
    if (!truthFlags.includes(true)) {
      truthFlags[3] = true;
      params.s3 = fr;
    }
    return {
      params, truths: truthFlags,
      text: `A sinusoidal wave of amplitude ${A} mm, frequency ${fr} Hz and wavelength ${lam} cm travels along a string and meets its junction with a second string under the same tension whose mass per unit length is ${JUNCTION_TEXT[j]} that of the first. Which of the following statements is/are correct?`,
      solution: `With the same tension, $v \\propto 1/\\sqrt{\\mu}$, so $v_2 = v_1/n$ with $n = \\sqrt{\\mu_2/\\mu_1} = ${n}$. Continuity of displacement and slope at the junction give $A_t = \\frac{2}{1 + n}A$ and $A_r = \\frac{1 - n}{1 + n}A$ (negative, i.e. inverted, when the second string is heavier). The frequency is set by the source and does not change; $\\lambda_2 = v_2/f = \\lambda_1/n$.`,
      hiText: `${A} mm आयाम, ${fr} Hz आवृत्ति तथा ${lam} cm तरंगदैर्ध्य की एक ज्यावक्रीय तरंग एक डोरी पर चलकर समान तनाव वाली दूसरी डोरी के संधि-बिन्दु पर पहुँचती है, जिसका प्रति एकांक लम्बाई द्रव्यमान पहली डोरी का ${JUNCTION_HI[j]} है। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
      hiSolution: `समान तनाव पर $v \\propto 1/\\sqrt{\\mu}$, अतः $v_2 = v_1/n$, $n = ${n}$। संधि पर विस्थापन तथा ढाल की सततता से $A_t = \\frac{2}{1 + n}A$, $A_r = \\frac{1 - n}{1 + n}A$ (भारी डोरी होने पर ऋणात्मक, अर्थात उलटी)। आवृत्ति अपरिवर्तित रहती है; $\\lambda_2 = \\lambda_1/n$।`,
    };
  },
});

// ---- Moving-coil galvanometer (radial field): torque NIAB, deflection NIAB/k, voltage sensitivity NAB/(kG).
const galvanometer = claims({
  id: 'p.mag.galvanometer-claims', concepts: ['P.MAG.TORQUE'], difficulty: 4,
  en: (p) => [
    `The deflecting torque on the coil is $${f(p.s0!)}$ N m.`,
    `The coil turns through $${f(p.s1!)}$ rad.`,
    `The voltage sensitivity is $${f(p.s2!)}$ rad/V.`,
    `Doubling the number of turns (which doubles the coil's resistance) ${p.dbl === 1 ? 'leaves the voltage sensitivity unchanged' : 'doubles the voltage sensitivity'}.`,
  ],
  hi: (p) => [
    `कुण्डली पर विक्षेपक बल-आघूर्ण $${f(p.s0!)}$ N m है।`,
    `कुण्डली $${f(p.s1!)}$ rad घूमती है।`,
    `वोल्टता सुग्राहिता $${f(p.s2!)}$ rad/V है।`,
    `फेरों की संख्या दोगुनी करने पर (जिससे कुण्डली का प्रतिरोध भी दोगुना होता है) वोल्टता सुग्राहिता ${p.dbl === 1 ? 'अपरिवर्तित रहती है' : 'दोगुनी हो जाती है'}।`,
  ],
  build(rng) {
    const N = rng.pick([50, 100, 200]), A = rng.pick([2, 4]), B = rng.pick([0.1, 0.2]), k = rng.pick([2, 5, 10]), G = rng.pick([20, 50, 100]), I = rng.pick([10, 20]);
    const nab = N * A * 1e-4 * B;
    const truths = [nab * I * 1e-6, (nab * I * 1e-6) / (k * 1e-6), nab / (k * 1e-6 * G)];
    // Turns left out of the torque; turns left out of the deflection; G multiplied instead of divided.
    const wrongs = [A * 1e-4 * B * I * 1e-6, (A * 1e-4 * B * I * 1e-6) / (k * 1e-6), (nab * G) / (k * 1e-6)];
    const s = claimValues(rng, truths, wrongs);
    const dbl = rng.int(0, 1);
    const flags = [s[0] === truths[0], s[1] === truths[1], s[2] === truths[2], dbl === 1];
    const params = { N, A, B, k, G, I, s0: s[0]!, s1: s[1]!, s2: s[2]!, dbl: flags.includes(true) ? dbl : 1 };
    if (!flags.includes(true)) flags[3] = true;
    const data = `${N} turns, each of area ${A} cm², in a radial magnetic field of ${B} T; the suspension's torsional constant is $${k} \\times 10^{-6}$ N m/rad and the coil's resistance is ${G} Ω`;
    const dataHi = `${N} फेरे, प्रत्येक का क्षेत्रफल ${A} cm², ${B} T के त्रिज्य चुम्बकीय क्षेत्र में; निलम्बन का ऐंठन नियतांक $${k} \\times 10^{-6}$ N m/rad तथा कुण्डली का प्रतिरोध ${G} Ω`;
    return {
      params, truths: flags,
      text: `A moving-coil galvanometer has ${data}. A current of ${I} µA passes through it. Which of the following statements is/are correct?`,
      solution: `In a radial field the plane of the coil always contains $B$, so $\\tau = NIAB$ at every deflection. Equilibrium $NIAB = k\\phi$ gives $\\phi = \\frac{NAB}{k}I$. Voltage sensitivity $\\frac{\\phi}{V} = \\frac{NAB}{kG}$: doubling $N$ doubles both $NAB$ and $G$, so it is unchanged (the current sensitivity doubles).`,
      hiText: `एक चल कुण्डली धारामापी में ${dataHi} है। इसमें ${I} µA धारा प्रवाहित होती है। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
      hiSolution: `त्रिज्य क्षेत्र में कुण्डली का तल सदैव $B$ के समान्तर रहता है, अतः $\\tau = NIAB$। साम्य $NIAB = k\\phi$ से $\\phi = \\frac{NAB}{k}I$। वोल्टता सुग्राहिता $\\frac{NAB}{kG}$: $N$ दोगुना करने पर $NAB$ तथा $G$ दोनों दोगुने, अतः यह अपरिवर्तित (धारा सुग्राहिता दोगुनी)।`,
    };
  },
});

/** Spring pieces a : b of one spring; T′/T = √(ab)/(a + b) when the mass sits between them. */
const CUTS = [[1, 1], [1, 4], [1, 9], [4, 9], [9, 16], [1, 2], [1, 3]] as const;
const cut = (i: number) => CUTS[i] as readonly [number, number];
/** (mass kg, spring N/m) with √(m/k) a whole number of hundredths. */
const SPRING_PAIRS = [[0.1, 10], [0.4, 10], [0.9, 40], [1.6, 40], [0.5, 50], [2, 50], [1, 25], [0.25, 25], [0.2, 20], [0.8, 20], [1.2, 30], [2.25, 100], [0.64, 16], [1.6, 160]] as const;
const pair = (i: number) => SPRING_PAIRS[i] as readonly [number, number];
/** Rod pendulum pivots: distance from one end as a fraction of the length. */
const PIVOT = [[0, 'one end', 'एक सिरे'], [1 / 3, 'one third of its length from one end', 'एक सिरे से लम्बाई के एक-तिहाई'], [1 / 4, 'one quarter of its length from one end', 'एक सिरे से लम्बाई के एक-चौथाई'], [1 / 6, 'one sixth of its length from one end', 'एक सिरे से लम्बाई के छठे भाग']] as const;
const pivot = (i: number) => PIVOT[i] as readonly [number, string, string];
const rodPeriod = (L: number, e: number, extra = 0) => { const d = L / 2 - e * L; return 2 * Math.sqrt(((L * L) / 12 + d * d + extra) / d); };
/** Dielectric slab (K, slab thickness mm, gap mm) giving C/C₀ with a small denominator. */
const SLABS = [[2, 2, 4], [4, 3, 6], [3, 3, 4], [5, 4, 8], [6, 3, 5], [3, 5, 10]] as const;
const slab = (i: number) => SLABS[i] as readonly [number, number, number];
const slabFactor = (i: number) => { const [K, t, d] = slab(i); return d / (d - t + t / K); };
/** Spherical capacitor radii (a, c, b) in cm: K₁ fills a–c, K₂ fills c–b. */
const SHELLS = [[2, 3, 6], [3, 4, 6], [4, 6, 12], [5, 10, 20], [2, 4, 8]] as const;
const shell = (i: number) => SHELLS[i] as readonly [number, number, number];
const sphC = (a: number, b: number, K: number) => (K * (a * b) / (b - a)) / 9e9 * 1e10; // pF from cm radii (1/(4πε₀) = 9e9)
const sph2 = (i: number, K1: number, K2: number) => { const [a, c, b] = shell(i); return 1 / (1 / sphC(a, c, K1) + 1 / sphC(c, b, K2)); };
/** Loop radius and axial distance (cm) from Pythagorean triples. */
const AXIS = [[3, 4], [4, 3], [6, 8], [8, 6], [9, 12], [12, 9], [5, 12], [12, 5]] as const;
const axis = (i: number) => AXIS[i] as readonly [number, number];
/** Regular polygons: sides, English and Hindi names. */
const POLY = [[3, 'an equilateral triangle', 'एक समबाहु त्रिभुज'], [4, 'a square', 'एक वर्ग'], [6, 'a regular hexagon', 'एक समषट्भुज']] as const;
const poly = (i: number) => POLY[i] as readonly [number, string, string];
const polyB = (n: number, I: number, a: number) => { const d = a / (2 * Math.tan(Math.PI / n)); return n * 1e-7 * I * 2 * Math.sin(Math.PI / n) / d * 1e6; }; // µT, a in m
const TAN = { 37: 0.75, 45: 1, 53: 4 / 3 } as Record<number, number>;
const TRIG_TEXT = { 37: '$\\tan 37° = 0.75$', 45: '$\\tan 45° = 1$', 53: '$\\tan 53° = \\frac43$' } as Record<number, string>;
/** Successive resonances: Δf (Hz, v = 340 m/s gives L = 340/(2Δf) whole cm). */
const DF = [68, 100, 170, 200] as const;
const resonance = (c: number, d: number, j: number) => { const df = DF[d]!; const f1 = c === 0 ? ((2 * j - 1) * df) / 2 : j * df; return [f1, f1 + df, df] as const; };
/** Charge ratio q₂/q₁ (q₁ the smaller) and √ of it. */
const ROOTS = [[4, 2], [9, 3], [16, 4]] as const;

/** (steam g, ice g) with all the ice melted and all the steam condensed. */
const STEAM_ICE = [[15, 100], [20, 100], [25, 100], [30, 100], [30, 150], [40, 150], [30, 200], [40, 200], [50, 200], [60, 200]] as const;
const steamIce = (i: number) => STEAM_ICE[i] as readonly [number, number];
/** Final temperature (°C) of steam at 100 °C passed into ice at −T₀ °C (cal, g, °C); `lv`, `lf` let a mistake drop a latent heat. */
const steamFinal = (i: number, T0: number, lv = 540, lf = 80, shareMass = true) => { const [ms, M] = steamIce(i); return (ms * (lv + 100) - M * (lf + 0.5 * T0)) / (shareMass ? ms + M : M); };
/** Planets: name, Hindi name, radius (km), g (m/s²). */
const PLANETS = [['the Earth', 'पृथ्वी', 6400, 9.8], ['the Moon', 'चन्द्रमा', 1740, 1.62], ['Mars', 'मंगल', 3390, 3.72], ['Mercury', 'बुध', 2440, 3.7]] as const;
const planet = (i: number) => PLANETS[i] as readonly [string, string, number, number];
const GASES = [['hydrogen', 'हाइड्रोजन', 2], ['helium', 'हीलियम', 4], ['nitrogen', 'नाइट्रोजन', 28], ['oxygen', 'ऑक्सीजन', 32]] as const;
const gas = (i: number) => GASES[i] as readonly [string, string, number];
/** Temperature (K) at which a gas's speed measure √(k·RT/M) equals the escape speed √(2gR). */
const escapeT = (g: number, p: number, k = 3, ve2 = (gg: number, R: number) => 2 * gg * R) => { const [, , R, gg] = planet(p); return ((gas(g)[2] / 1000) * ve2(gg, R * 1000)) / (k * 8.314); };
/** SHM through two points: amplitude A (cm), ω (rad/s), and x₁, x₂ with whole-cm speeds. */
const SHM_POINTS = [[5, 3, 4], [10, 6, 8], [13, 5, 12], [25, 7, 24], [25, 15, 20], [25, 7, 15], [25, 20, 24], [13, 12, 5]] as const;
const shmPoint = (i: number) => SHM_POINTS[i] as readonly [number, number, number];
const speedAt = (i: number, om: number, x: number) => om * Math.sqrt(shmPoint(i)[0] ** 2 - x * x);
/** Sonometer loads: material, Hindi, density (kg/m³); liquids: name, Hindi, density. */
const LOADS = [['aluminium', 'ऐलुमिनियम', 2700], ['iron', 'लोहे', 7800], ['copper', 'ताँबे', 8900], ['brass', 'पीतल', 8500]] as const;
const LIQUIDS = [['water', 'जल', 1000], ['kerosene', 'मिट्टी के तेल', 800]] as const;
const sonometer = (f: number, l: number, q: number) => f * Math.sqrt(1 - LIQUIDS[q]![2] / LOADS[l]![2]);
/** Hollow conductor radii (a, b) in cm and the field point r. */
const HOLLOW = [[1, 3, 2], [2, 4, 3], [1, 2, 1.5], [2, 5, 3], [1, 3, 4], [2, 4, 6], [1, 2, 3]] as const;
const hollow = (i: number) => HOLLOW[i] as readonly [number, number, number];
const hollowB = (i: number, I: number) => { const [a, b, r] = hollow(i); const inside = r < b ? (r * r - a * a) / (b * b - a * a) : 1; return (2e-7 * I * inside) / (r / 100) * 1e6; };

/** Oscillations, waves, heat, gases, electrostatics and magnetism: round 3 shapes. */
export const physicsDepthRound3CGenerators: GeneratorDef[] = physicalDistractors([
  // Ice growing on a pond: latent heat released at the ice–water boundary is conducted through the ice, ρL dx/dt = kΔT/x.
  formula({ id: 'p.heat.ice-layer-growth', subject: P, concepts: ['P.HEAT.TRANSFER', 'P.HEAT.CALORIMETRY'], difficulty: 5,
    vars: { T: [5, 10, 15, 20], x1: [1, 2, 4], x2: [5, 6, 8, 10] },
    text: (v) => `The air above a pond is at −${v.T} °C and the water below the ice stays at 0 °C. How long (in hours) does the ice take to thicken from ${v.x1} cm to ${v.x2} cm? (For ice: $k = 2.2$ W/(m K), $\\rho = 900$ kg/m³, latent heat of fusion $L = 3.36 \\times 10^5$ J/kg.)`,
    hi: {
      text: (v) => `एक तालाब के ऊपर वायु −${v.T} °C पर है तथा बर्फ के नीचे जल 0 °C पर रहता है। बर्फ की मोटाई ${v.x1} cm से ${v.x2} cm होने में कितना समय (घण्टों में) लगेगा? (बर्फ के लिए: $k = 2.2$ W/(m K), $\\rho = 900$ kg/m³, गलन की गुप्त ऊष्मा $L = 3.36 \\times 10^5$ J/kg।)`,
      solution: () => `मोटाई $x$ होने पर चालन दर $\\frac{kA\\theta}{x}$ उतनी बर्फ जमाती है: $\\rho AL\\frac{dx}{dt} = \\frac{kA\\theta}{x}$, अतः $t = \\frac{\\rho L}{2k\\theta}(x_2^2 - x_1^2)$।`,
    },
    unit: 'h', result: [0.5, 40],
    answer: (v) => (900 * 3.36e5 * ((v.x2 / 100) ** 2 - (v.x1 / 100) ** 2)) / (2 * 2.2 * v.T) / 3600,
    // The ½ of the integral dropped; the thickness difference squared; only the final thickness.
    mistakes: (v) => [(900 * 3.36e5 * ((v.x2 / 100) ** 2 - (v.x1 / 100) ** 2)) / (2.2 * v.T) / 3600, (900 * 3.36e5 * ((v.x2 - v.x1) / 100) ** 2) / (2 * 2.2 * v.T) / 3600, (900 * 3.36e5 * (v.x2 / 100) ** 2) / (2 * 2.2 * v.T) / 3600],
    solution: () => `When the ice is $x$ thick, heat conducted through it, $\\frac{kA\\theta}{x}$, freezes a layer $dx$ in $dt$: $\\rho AL\\,dx = \\frac{kA\\theta}{x}dt$. Integrating, $t = \\frac{\\rho L}{2k\\theta}(x_2^2 - x_1^2)$; divide by 3600 for hours.` }),

  rectangularCycle,

  // Two equal bulbs joined by a thin tube, one heated: n conserved, P(1/T₀ + 1/T) = 2P₀/T₀.
  formula({ id: 'p.ktg.connected-bulbs', subject: P, concepts: ['P.KTG.IDEAL'], difficulty: 4,
    vars: { P0: [100, 120, 150, 200], T: [400, 450, 500, 600, 900] },
    text: (v) => `Two glass bulbs of equal volume, joined by a narrow tube, contain air at ${v.P0} kPa and 300 K. One bulb is then heated to ${v.T} K while the other is kept at 300 K. Find the final pressure (in kPa).`,
    hi: {
      text: (v) => `समान आयतन के दो काँच के बल्ब, जो एक पतली नली से जुड़े हैं, ${v.P0} kPa तथा 300 K पर वायु रखते हैं। फिर एक बल्ब को ${v.T} K तक गर्म किया जाता है जबकि दूसरा 300 K पर रखा जाता है। अन्तिम दाब (kPa में) ज्ञात कीजिए।`,
      solution: () => `कुल मोल संख्या संरक्षित और दाब दोनों में समान: $\\frac{2P_0V}{RT_0} = \\frac{PV}{RT_0} + \\frac{PV}{RT}$, अतः $P = \\frac{2P_0T}{T_0 + T}$।`,
    },
    unit: 'kPa', result: [100, 320],
    answer: (v) => (2 * v.P0 * v.T) / (300 + v.T),
    // Heated bulb treated as sealed; the pressures averaged; the mean temperature used.
    mistakes: (v) => [(v.P0 * v.T) / 300, (v.P0 + (v.P0 * v.T) / 300) / 2, (v.P0 * (300 + v.T)) / 600],
    solution: () => `Gas flows until the pressure is the same in both bulbs, and the total amount is conserved: $\\frac{2P_0V}{RT_0} = \\frac{PV}{RT_0} + \\frac{PV}{RT}$, so $P = \\frac{2P_0T}{T_0 + T}$.` }),

  // A bubble rising through a lake: P₁V₁/T₁ = P₂V₂/T₂ with P₁ = P₀ + ρgh.
  formula({ id: 'p.ktg.rising-bubble', subject: P, concepts: ['P.KTG.IDEAL', 'P.FLU.PRESSURE'], difficulty: 3, freeResponse: false,
    vars: { V1: [1, 2, 5], h: [10, 20, 30, 40], T1: [4, 7, 10], T2: [17, 27, 30] },
    text: (v) => `An air bubble of volume ${v.V1} mm³ is released at the bottom of a lake ${v.h} m deep, where the temperature is ${v.T1} °C. Find its volume (in mm³) just below the surface, where the temperature is ${v.T2} °C. (Atmospheric pressure $10^5$ Pa, $\\rho_{\\text{water}} = 1000$ kg/m³, $g = 10$ m/s².)`,
    hi: {
      text: (v) => `${v.V1} mm³ आयतन का एक वायु का बुलबुला ${v.h} m गहरी झील की तली से छोड़ा जाता है, जहाँ ताप ${v.T1} °C है। सतह के ठीक नीचे, जहाँ ताप ${v.T2} °C है, इसका आयतन (mm³ में) ज्ञात कीजिए। (वायुमण्डलीय दाब $10^5$ Pa, $\\rho_{\\text{water}} = 1000$ kg/m³, $g = 10$ m/s²।)`,
      solution: () => `$\\frac{P_1V_1}{T_1} = \\frac{P_2V_2}{T_2}$, जहाँ $P_1 = P_0 + \\rho gh$, $P_2 = P_0$ तथा ताप केल्विन में।`,
    },
    unit: 'mm³', result: [1, 60],
    answer: (v) => v.V1 * (1 + v.h / 10) * ((v.T2 + 273) / (v.T1 + 273)),
    // Temperature change ignored; depth pressure ignored; the water's pressure alone (no atmosphere) at the bottom.
    mistakes: (v) => [v.V1 * (1 + v.h / 10), v.V1 * ((v.T2 + 273) / (v.T1 + 273)), v.V1 * (v.h / 10) * ((v.T2 + 273) / (v.T1 + 273))],
    solution: () => `At the bottom $P_1 = P_0 + \\rho gh$; at the top $P_2 = P_0$. For the trapped air $\\frac{P_1V_1}{T_1} = \\frac{P_2V_2}{T_2}$ with temperatures in kelvin, so $V_2 = V_1\\frac{P_0 + \\rho gh}{P_0}\\cdot\\frac{T_2}{T_1}$.` }),

  // SHM: in a cycle KE > n·PE (or PE > n·KE) for a time fixed by x = A sin ωt.
  formula({ id: 'p.osc.energy-time-fraction', subject: P, concepts: ['P.OSC.ENERGY', 'P.OSC.SHM'], difficulty: 4,
    vars: { T: [0.6, 1.2, 1.8, 2.4, 3], n: [0, 1, 2], w: [0, 1] },
    text: (v) => `A particle executes SHM of period ${v.T} s. For how long (in ms) in each cycle is its ${v.w === 0 ? 'kinetic energy greater' : 'potential energy greater'} than ${['$\\frac13$', '1', '3'][v.n]} times its ${v.w === 0 ? 'potential' : 'kinetic'} energy?`,
    hi: {
      text: (v) => `एक कण ${v.T} s आवर्तकाल की सरल आवर्त गति करता है। प्रत्येक चक्र में कितने समय (ms में) तक इसकी ${v.w === 0 ? 'गतिज ऊर्जा, स्थितिज' : 'स्थितिज ऊर्जा, गतिज'} ऊर्जा के ${['$\\frac13$', '1', '3'][v.n]} गुने से अधिक रहती है?`,
      solution: () => `$K = \\frac12k(A^2 - x^2)$, $U = \\frac12kx^2$; शर्त $|x|$ पर एक सीमा देती है; $x = A\\sin\\omega t$ से एक चौथाई चक्र में वह समय ज्ञात कर 4 से गुणा करें।`,
    },
    unit: 'ms', result: [100, 2000],
    answer: (v) => Math.round(v.T * 1000 * [2 / 3, 1 / 2, 1 / 3][v.n]!),
    // The amplitude fraction taken as the time fraction; one pass per cycle counted; the energy fraction taken as the time fraction.
    mistakes: (v) => { const r = [1 / 3, 1, 3][v.n]!, b = v.w === 0 ? 1 / Math.sqrt(r + 1) : 1 - Math.sqrt(r / (r + 1)); return [v.T * 1000 * b, v.T * 500 * [2 / 3, 1 / 2, 1 / 3][v.n]!, v.T * 1000 * (v.w === 0 ? 1 / (r + 1) : r / (r + 1))]; },
    solution: (v) => `${v.w === 0 ? '$K > nU$ means $A^2 - x^2 > nx^2$, i.e. $|x| < \\frac{A}{\\sqrt{n + 1}}$' : '$U > nK$ means $x^2 > n(A^2 - x^2)$, i.e. $|x| > A\\sqrt{\\frac{n}{n + 1}}$'}. With $x = A\\sin\\frac{2\\pi t}{T}$, find the time $t_1$ in the first quarter period when the equality holds; by symmetry the condition holds for ${v.w === 0 ? '$4t_1$' : '$4(\\frac{T}{4} - t_1)$'} per cycle.` }),

  // Block hung on an unstretched vertical spring and released: v_max = g√(m/k) at x = mg/k; x_max = 2mg/k.
  formula({ id: 'p.osc.vertical-spring-release', subject: P, concepts: ['P.OSC.ENERGY', 'P.WEP.SPRING'], difficulty: 3,
    vars: { i: range(0, 13), w: [0, 1] },
    text: (v) => `A block of mass ${pair(v.i)[0]} kg is attached to the lower end of a light vertical spring of force constant ${pair(v.i)[1]} N/m and released from rest with the spring unstretched. Find ${v.w === 0 ? 'the maximum speed of the block (in cm/s)' : 'the maximum extension of the spring (in cm)'} ($g = 10$ m/s²).`,
    hi: {
      text: (v) => `${pair(v.i)[0]} kg द्रव्यमान का एक गुटका ${pair(v.i)[1]} N/m बल नियतांक की एक हल्की ऊर्ध्वाधर स्प्रिंग के निचले सिरे से जोड़कर, स्प्रिंग के अविस्तारित रहते हुए, विराम से छोड़ा जाता है। ${v.w === 0 ? 'गुटके की अधिकतम चाल (cm/s में)' : 'स्प्रिंग का अधिकतम प्रसार (cm में)'} ज्ञात कीजिए ($g = 10$ m/s²)।`,
      solution: () => `ऊर्जा संरक्षण: $\\frac12mv^2 = mgx - \\frac12kx^2$। चाल अधिकतम $x = \\frac{mg}{k}$ पर, $v_{max} = g\\sqrt{\\frac mk}$; प्रसार अधिकतम जब $v = 0$: $x_{max} = \\frac{2mg}{k}$।`,
    },
    unit: '', result: [20, 400],
    answer: (v) => { const [m, k] = pair(v.i); return Math.round(v.w === 0 ? 1000 * Math.sqrt(m / k) : (2000 * m) / k); },
    // Spring energy ignored (v = √(2g·mg/k)); free fall through the full extension; the equilibrium extension mg/k; 4mg/k.
    mistakes: (v) => { const [m, k] = pair(v.i); return v.w === 0 ? [1000 * Math.sqrt((2 * m) / k), 2000 * Math.sqrt(m / k), 500 * Math.sqrt(m / k)] : [(1000 * m) / k, (4000 * m) / k, (1500 * m) / k]; },
    solution: () => `Energy: $\\frac12mv^2 = mgx - \\frac12kx^2$. The speed is greatest where the net force vanishes, $x = \\frac{mg}{k}$, giving $v_{max} = g\\sqrt{\\frac mk}$. The block stops again when $mgx = \\frac12kx^2$, so $x_{max} = \\frac{2mg}{k}$ (twice the equilibrium extension).` }),

  // A spring cut a : b; the mass between the two pieces (fixed at their far ends) feels k₁ + k₂ = k(a + b)²/(ab).
  formula({ id: 'p.osc.cut-spring-between', subject: P, concepts: ['P.OSC.SPRING_PEND', 'P.WEP.SPRING'], difficulty: 4,
    vars: { i: range(0, 6), T: [0.5, 1, 1.5, 2, 3] },
    text: (v) => `A block hung from a spring oscillates with period ${v.T} s. The spring is cut into two pieces whose lengths are in the ratio ${cut(v.i)[0]} : ${cut(v.i)[1]}. The block is placed on a smooth horizontal table and attached between the two pieces, whose far ends are fixed to walls so that both pieces are just unstretched. Find the new period (in s).`,
    hi: {
      text: (v) => `एक स्प्रिंग से लटका गुटका ${v.T} s आवर्तकाल से दोलन करता है। स्प्रिंग को दो टुकड़ों में काटा जाता है जिनकी लम्बाइयों का अनुपात ${cut(v.i)[0]} : ${cut(v.i)[1]} है। गुटके को एक चिकनी क्षैतिज मेज़ पर रखकर दोनों टुकड़ों के बीच जोड़ा जाता है, जिनके दूर के सिरे दीवारों से इस प्रकार बँधे हैं कि दोनों टुकड़े ठीक अविस्तारित हैं। नया आवर्तकाल (s में) ज्ञात कीजिए।`,
      solution: () => `स्प्रिंग नियतांक लम्बाई के व्युत्क्रमानुपाती: $k_1 = k\\frac{a + b}{a}$, $k_2 = k\\frac{a + b}{b}$। गुटका दोनों से समान्तर क्रम में: $k' = k\\frac{(a + b)^2}{ab}$, अतः $T' = T\\frac{\\sqrt{ab}}{a + b}$।`,
    },
    unit: 's', result: [0.1, 1.6],
    answer: (v) => { const [a, b] = cut(v.i); return (v.T * Math.sqrt(a * b)) / (a + b); },
    // Each piece taken to keep k (2k in all); constants taken proportional to length (k in all); only the shorter piece.
    mistakes: (v) => { const [a, b] = cut(v.i); return [v.T / Math.SQRT2, v.T, v.T * Math.sqrt(Math.min(a, b) / (a + b))]; },
    solution: () => `A piece of a spring is stiffer in inverse proportion to its length: $k_1 = k\\frac{a + b}{a}$, $k_2 = k\\frac{a + b}{b}$. Displaced, the block stretches one piece and compresses the other, so the forces add: $k' = k_1 + k_2 = k\\frac{(a + b)^2}{ab}$ and $T' = T\\frac{\\sqrt{ab}}{a + b}$.` }),

  // Uniform rod pivoted off-centre: T = 2π√(I/(mgd)), I = mL²/12 + md²; with g = π², T = 2√(I/(md)).
  formula({ id: 'p.osc.rod-pendulum', subject: P, concepts: ['P.OSC.SPRING_PEND', 'P.ROT.MOI'], difficulty: 4,
    vars: { i: range(0, 3), L: [0.6, 0.9, 1.2, 1.5, 1.8] },
    text: (v) => `A uniform rod of length ${v.L} m swings in a vertical plane about a horizontal axis through a point at ${pivot(v.i)[1]}. Find the period (in s) of small oscillations ($g = \\pi^2$ m/s²).`,
    hi: {
      text: (v) => `${v.L} m लम्बी एक एकसमान छड़ ${pivot(v.i)[2]} पर स्थित बिन्दु से गुजरने वाली क्षैतिज अक्ष के परितः ऊर्ध्वाधर तल में दोलन करती है। लघु दोलनों का आवर्तकाल (s में) ज्ञात कीजिए ($g = \\pi^2$ m/s²)।`,
      solution: () => `भौतिक लोलक: $T = 2\\pi\\sqrt{\\frac{I}{mgd}}$, जहाँ $d$ धुरी से द्रव्यमान केन्द्र की दूरी तथा समान्तर अक्ष प्रमेय से $I = \\frac{mL^2}{12} + md^2$। $g = \\pi^2$ रखने पर $T = 2\\sqrt{\\frac{I}{md}}$।`,
    },
    unit: 's', result: [0.8, 2.5],
    answer: (v) => rodPeriod(v.L, pivot(v.i)[0]),
    // Simple pendulum of length d; parallel-axis term forgotten; simple pendulum of length L.
    mistakes: (v) => { const d = v.L / 2 - pivot(v.i)[0] * v.L; return [2 * Math.sqrt(d), 2 * Math.sqrt((v.L * v.L) / 12 / d), 2 * Math.sqrt(v.L)]; },
    solution: () => `For a compound pendulum $T = 2\\pi\\sqrt{\\frac{I}{mgd}}$, $d$ being the distance of the centre of mass from the axis. By the parallel-axis theorem $I = \\frac{mL^2}{12} + md^2$. With $g = \\pi^2$, $T = 2\\sqrt{\\frac{L^2/12 + d^2}{d}}$ (the axis at one end and at $L/3$ from it give the same period: they are conjugate points).` }),

  // Tension from a wave on a wire: v = fλ = √(T/μ).
  formula({ id: 'p.wave.tension-from-wave', subject: P, concepts: ['P.WAVE.BASICS', 'P.WAVE.STRING'], difficulty: 2, freeResponse: false,
    vars: { m: [5, 10, 20], L: [1, 2, 5], fr: [100, 200, 250], lam: [20, 40, 50, 80] },
    text: (v) => `A wire of mass ${v.m} g and length ${v.L} m is stretched between two supports. A transverse wave of frequency ${v.fr} Hz on it has a wavelength of ${v.lam} cm. Find the tension (in N) in the wire.`,
    hi: {
      text: (v) => `${v.m} g द्रव्यमान तथा ${v.L} m लम्बाई का एक तार दो आधारों के बीच ताना गया है। इस पर ${v.fr} Hz आवृत्ति की एक अनुप्रस्थ तरंग की तरंगदैर्ध्य ${v.lam} cm है। तार में तनाव (N में) ज्ञात कीजिए।`,
      solution: () => `$v = f\\lambda$ तथा $v = \\sqrt{T/\\mu}$, $\\mu = m/L$; अतः $T = \\mu(f\\lambda)^2$।`,
    },
    unit: 'N', result: [0.1, 1000], sig: 3,
    answer: (v) => (v.m / 1000 / v.L) * ((v.fr * v.lam) / 100) ** 2,
    // Total mass used for μ; v instead of v².
    mistakes: (v) => [(v.m / 1000) * ((v.fr * v.lam) / 100) ** 2, (v.m / 1000 / v.L) * ((v.fr * v.lam) / 100)],
    solution: () => `The wave speed is $v = f\\lambda$ and on a string $v = \\sqrt{T/\\mu}$ with $\\mu = m/L$ in kg/m. So $T = \\mu v^2 = \\frac mL(f\\lambda)^2$.` }),

  junction,

  // Two successive resonances fix Δf = v/(2L) for either pipe; their ratio tells which pipe it is.
  formula({ id: 'p.wave.successive-resonances', subject: P, concepts: ['P.WAVE.PIPES'], difficulty: 3,
    vars: { c: [0, 1], d: [0, 1, 2, 3], j: [2, 3, 4], w: [0, 1] },
    text: (v) => `Two successive resonance frequencies of an air column are ${resonance(v.c, v.d, v.j)[0]} Hz and ${resonance(v.c, v.d, v.j)[1]} Hz (speed of sound 340 m/s, end corrections negligible). Find ${v.w === 0 ? 'the length of the column (in cm)' : 'its fundamental frequency (in Hz)'}.`,
    hi: {
      text: (v) => `एक वायु स्तम्भ की दो क्रमागत अनुनाद आवृत्तियाँ ${resonance(v.c, v.d, v.j)[0]} Hz तथा ${resonance(v.c, v.d, v.j)[1]} Hz हैं (ध्वनि की चाल 340 m/s, सिरा संशोधन नगण्य)। ${v.w === 0 ? 'स्तम्भ की लम्बाई (cm में)' : 'इसकी मूल आवृत्ति (Hz में)'} ज्ञात कीजिए।`,
      solution: () => `आवृत्तियों का अनुपात विषम संख्याओं का (3 : 5, 5 : 7 …) हो तो पाइप एक सिरे पर बन्द है, अन्यथा खुला। दोनों में क्रमागत अनुनादों का अन्तर $\\frac{v}{2L}$; मूल आवृत्ति बन्द पाइप में $\\frac{\\Delta f}{2}$, खुले में $\\Delta f$।`,
    },
    unit: '', result: [30, 300],
    answer: (v) => { const [, , df] = resonance(v.c, v.d, v.j); return v.w === 0 ? 34000 / (2 * df) : v.c === 0 ? df / 2 : df; },
    // Δf taken as v/(4L); the lower frequency taken as an open pipe's fundamental; the other pipe's fundamental.
    mistakes: (v) => { const [f1, , df] = resonance(v.c, v.d, v.j); return v.w === 0 ? [34000 / (4 * df), 34000 / (2 * f1), 34000 / (4 * f1)] : [v.c === 0 ? df : df / 2, f1, 2 * df]; },
    solution: () => `Closed pipe: $f_n = \\frac{(2n - 1)v}{4L}$ (odd harmonics; successive ones in a ratio of odd numbers). Open pipe: $f_n = \\frac{nv}{2L}$ (consecutive integers). In both, successive resonances differ by $\\Delta f = \\frac{v}{2L}$, so $L = \\frac{v}{2\\Delta f}$. The fundamental is $\\frac{\\Delta f}{2}$ for the closed pipe and $\\Delta f$ for the open one.` }),

  // Null point of two fixed charges: between like charges, outside (beyond the smaller) for unlike ones.
  formula({ id: 'p.es.null-point', subject: P, concepts: ['P.ES.COULOMB', 'P.ES.FIELD'], difficulty: 3,
    vars: { r: [0, 1, 2], q: [1, 2, 5], d: [60, 120, 240], s: [0, 1] },
    text: (v) => `Point charges $+${v.q}$ µC and $${v.s === 0 ? '+' : '-'}${v.q * ROOTS[v.r]![0]}$ µC are fixed ${v.d} cm apart. At what distance (in cm) from the $+${v.q}$ µC charge must a third charge be placed on the line joining them so that the net electrostatic force on it is zero?`,
    hi: {
      text: (v) => `बिन्दु आवेश $+${v.q}$ µC तथा $${v.s === 0 ? '+' : '-'}${v.q * ROOTS[v.r]![0]}$ µC एक-दूसरे से ${v.d} cm दूरी पर स्थिर हैं। $+${v.q}$ µC आवेश से कितनी दूरी (cm में) पर, इन्हें मिलाने वाली रेखा पर, एक तीसरा आवेश रखा जाए कि उस पर नेट स्थिरवैद्युत बल शून्य हो?`,
      solution: () => `बल शून्य जहाँ $\\frac{q_1}{x^2} = \\frac{q_2}{(d \\mp x)^2}$। सजातीय आवेशों के लिए बिन्दु बीच में: $x = \\frac{d}{1 + \\sqrt{q_2/q_1}}$; विजातीय के लिए छोटे आवेश के बाहर की ओर: $x = \\frac{d}{\\sqrt{q_2/q_1} - 1}$।`,
    },
    unit: 'cm', result: [10, 250],
    answer: (v) => { const k = ROOTS[v.r]![1]; return v.s === 0 ? v.d / (1 + k) : v.d / (k - 1); },
    // Charge ratio without the square root; measured from the other charge; (unlike) the point placed between them.
    mistakes: (v) => { const [q2, k] = ROOTS[v.r]!; return v.s === 0 ? [v.d / (1 + q2), (v.d * k) / (1 + k), v.d / 2] : [v.d / (q2 - 1), (v.d * k) / (k - 1), v.d / (1 + k)]; },
    solution: () => `The third charge feels no force where the two fields cancel: $\\frac{q_1}{x^2} = \\frac{q_2}{r_2^2}$. For like charges this is between them, $x = \\frac{d}{1 + \\sqrt{q_2/q_1}}$. For unlike charges the fields cancel only outside, on the side of the smaller charge: $x = \\frac{d}{\\sqrt{q_2/q_1} - 1}$. (The sign and size of the third charge do not matter.)` }),

  // Sphere with ρ = ρ₀r/R: Q(r) = πρ₀r⁴/R, E_in = ρ₀r²/(4ε₀R), E_out = ρ₀R³/(4ε₀d²); ρ₀ = n × 8.85 µC/m³ makes ρ₀/ε₀ = n × 10⁶ V/m².
  formula({ id: 'p.es.nonuniform-sphere', subject: P, concepts: ['P.ES.GAUSS'], difficulty: 4,
    vars: { n: [1, 2, 4, 5], R: [10, 20], k: [1, 2, 3], w: [0, 1] },
    text: (v) => `A sphere of radius ${v.R} cm carries charge with volume density $\\rho = \\rho_0\\frac rR$, where $\\rho_0 = ${formatNumber(8.85 * v.n, 4)}$ µC/m³ and $r$ is the distance from the centre. Find the electric field (in kV/m) at a distance of ${v.w === 0 ? (v.R * v.k) / 4 : v.R * (v.k + 1)} cm from the centre ($\\varepsilon_0 = 8.85 \\times 10^{-12}$ C²/(N m²)).`,
    hi: {
      text: (v) => `${v.R} cm त्रिज्या के एक गोले पर आयतन आवेश घनत्व $\\rho = \\rho_0\\frac rR$ है, जहाँ $\\rho_0 = ${formatNumber(8.85 * v.n, 4)}$ µC/m³ तथा $r$ केन्द्र से दूरी है। केन्द्र से ${v.w === 0 ? (v.R * v.k) / 4 : v.R * (v.k + 1)} cm दूरी पर विद्युत क्षेत्र (kV/m में) ज्ञात कीजिए ($\\varepsilon_0 = 8.85 \\times 10^{-12}$ C²/(N m²))।`,
      solution: () => `$r$ तक परिबद्ध आवेश $q = \\int_0^r \\rho_0\\frac sR 4\\pi s^2ds = \\frac{\\pi\\rho_0r^4}{R}$। गाउस नियम: भीतर $E = \\frac{\\rho_0r^2}{4\\varepsilon_0R}$, बाहर $E = \\frac{\\rho_0R^3}{4\\varepsilon_0r^2}$।`,
    },
    unit: 'kV/m', result: [1, 200],
    answer: (v) => { const R = v.R / 100; return v.w === 0 ? (v.n * 1e6 * ((R * v.k) / 4) ** 2) / (4 * R) / 1000 : (v.n * 1e6 * R ** 3) / (4 * (R * (v.k + 1)) ** 2) / 1000; },
    // The uniform-sphere result with ρ₀; the field taken linear in r; the surface field.
    mistakes: (v) => { const R = v.R / 100, r = v.w === 0 ? (R * v.k) / 4 : R * (v.k + 1); return v.w === 0 ? [(v.n * 1e6 * r) / 3 / 1000, (v.n * 1e6 * r) / 4 / 1000, (v.n * 1e6 * R) / 4 / 1000] : [(v.n * 1e6 * R ** 3) / (3 * r * r) / 1000, (v.n * 1e6 * R) / 4 / 1000, (v.n * 1e6 * R ** 2) / (4 * r) / 1000]; },
    solution: () => `Charge within radius $r$: $q = \\int_0^r \\rho_0\\frac sR\\,4\\pi s^2\\,ds = \\frac{\\pi\\rho_0r^4}{R}$ (total $\\pi\\rho_0R^3$). Gauss's law $E\\cdot4\\pi r^2 = q/\\varepsilon_0$ gives $E = \\frac{\\rho_0r^2}{4\\varepsilon_0R}$ inside and $E = \\frac{\\rho_0R^3}{4\\varepsilon_0r^2}$ outside; here $\\rho_0/\\varepsilon_0 = $ (number) $\\times 10^6$ V/m².` }),

  // A slab of thickness t and constant K in a gap d: C = C₀d/(d − t + t/K).
  formula({ id: 'p.es.partial-slab', subject: P, concepts: ['P.ES.CAPACITOR', 'P.ES.DIELECTRIC'], difficulty: 3,
    vars: { i: range(0, 5), C0: [30, 60, 90, 120, 150] },
    text: (v) => `A parallel-plate air capacitor with plates ${slab(v.i)[2]} mm apart has capacitance ${v.C0} pF. A slab of dielectric constant ${slab(v.i)[0]} and thickness ${slab(v.i)[1]} mm, of the same area as the plates, is placed between them parallel to the plates. Find the new capacitance (in pF).`,
    hi: {
      text: (v) => `${slab(v.i)[2]} mm दूरी पर प्लेटों वाले एक वायु समान्तर प्लेट संधारित्र की धारिता ${v.C0} pF है। प्लेटों के समान क्षेत्रफल की ${slab(v.i)[0]} परावैद्युतांक तथा ${slab(v.i)[1]} mm मोटाई की एक पट्टिका प्लेटों के बीच, उनके समान्तर, रखी जाती है। नई धारिता (pF में) ज्ञात कीजिए।`,
      solution: () => `वायु तथा परावैद्युत परतें श्रेणीक्रम में: $C = \\frac{\\varepsilon_0A}{d - t + t/K} = C_0\\frac{d}{d - t + t/K}$।`,
    },
    unit: 'pF', result: [30, 400],
    answer: (v) => Math.round(v.C0 * slabFactor(v.i)),
    // The whole gap filled (KC₀); a metal slab (C₀d/(d − t)); the layers taken side by side (parallel).
    mistakes: (v) => { const [K, t, d] = slab(v.i); return [K * v.C0, (v.C0 * d) / (d - t), v.C0 * (1 + ((K - 1) * t) / d)]; },
    solution: () => `The air layer and the slab are capacitors in series (the same charge crosses both): $V = E_0(d - t) + \\frac{E_0}{K}t$, so $C = \\frac{\\varepsilon_0A}{d - t + t/K} = C_0\\frac{d}{d - t + t/K}$.` }),

  // Spherical capacitor with two dielectric shells: 1/C = (1/a − 1/c)/(4πε₀K₁) + (1/c − 1/b)/(4πε₀K₂).
  formula({ id: 'p.es.spherical-two-dielectrics', subject: P, concepts: ['P.ES.CAPACITOR', 'P.ES.GAUSS', 'P.ES.DIELECTRIC'], difficulty: 5,
    vars: { i: range(0, 4), K1: [2, 3, 4, 5], K2: [2, 3, 4, 6] },
    text: (v) => `A spherical capacitor has an inner sphere of radius ${shell(v.i)[0]} cm and an outer shell of radius ${shell(v.i)[2]} cm. The region from ${shell(v.i)[0]} cm to ${shell(v.i)[1]} cm is filled with a dielectric of constant ${v.K1} and the region from ${shell(v.i)[1]} cm to ${shell(v.i)[2]} cm with one of constant ${v.K2}. Find its capacitance (in pF) ($\\frac{1}{4\\pi\\varepsilon_0} = 9 \\times 10^9$ N m²/C²).`,
    hi: {
      text: (v) => `एक गोलीय संधारित्र के भीतरी गोले की त्रिज्या ${shell(v.i)[0]} cm तथा बाहरी कोश की त्रिज्या ${shell(v.i)[2]} cm है। ${shell(v.i)[0]} cm से ${shell(v.i)[1]} cm तक का क्षेत्र ${v.K1} परावैद्युतांक के तथा ${shell(v.i)[1]} cm से ${shell(v.i)[2]} cm तक का क्षेत्र ${v.K2} परावैद्युतांक के परावैद्युत से भरा है। इसकी धारिता (pF में) ज्ञात कीजिए ($\\frac{1}{4\\pi\\varepsilon_0} = 9 \\times 10^9$ N m²/C²)।`,
      solution: () => `गाउस नियम: $E = \\frac{Q}{4\\pi\\varepsilon_0Kr^2}$; $V = \\int_a^b E\\,dr$ दो गोलीय संधारित्रों $C_i = 4\\pi\\varepsilon_0K_i\\frac{r_1r_2}{r_2 - r_1}$ को श्रेणीक्रम में देता है।`,
    },
    unit: 'pF', result: [3, 120],
    answer: (v) => sph2(v.i, v.K1, v.K2),
    // The shells added in parallel; the mean constant over the whole gap; the dielectrics swapped.
    mistakes: (v) => { const [a, c, b] = shell(v.i); return [sphC(a, c, v.K1) + sphC(c, b, v.K2), sphC(a, b, (v.K1 + v.K2) / 2), sph2(v.i, v.K2, v.K1)]; },
    solution: () => `With charge $Q$, Gauss's law in a dielectric gives $E = \\frac{Q}{4\\pi\\varepsilon_0Kr^2}$. Integrating from $a$ to $b$: $V = \\frac{Q}{4\\pi\\varepsilon_0}\\left[\\frac{1}{K_1}\\left(\\frac1a - \\frac1c\\right) + \\frac{1}{K_2}\\left(\\frac1c - \\frac1b\\right)\\right]$, i.e. two spherical capacitors $4\\pi\\varepsilon_0K\\frac{r_1r_2}{r_2 - r_1}$ in series. $C = Q/V$.` }),

  // Axial field of a loop relative to its centre field: B/B₀ = R³/(R² + x²)^{3/2}.
  formula({ id: 'p.mag.axis-field-ratio', subject: P, concepts: ['P.MAG.BIOT'], difficulty: 3, freeResponse: false,
    vars: { i: range(0, 7), B0: [100, 200, 250, 500, 1000] },
    text: (v) => `The magnetic field at the centre of a circular loop of radius ${axis(v.i)[0]} cm carrying a steady current is ${v.B0} µT. Find the field (in µT) at a point on its axis ${axis(v.i)[1]} cm from the centre.`,
    hi: {
      text: (v) => `स्थायी धारावाही ${axis(v.i)[0]} cm त्रिज्या के एक वृत्ताकार लूप के केन्द्र पर चुम्बकीय क्षेत्र ${v.B0} µT है। केन्द्र से ${axis(v.i)[1]} cm दूर इसकी अक्ष पर स्थित बिन्दु पर क्षेत्र (µT में) ज्ञात कीजिए।`,
      solution: () => `अक्ष पर $B = \\frac{\\mu_0IR^2}{2(R^2 + x^2)^{3/2}}$ तथा केन्द्र पर $B_0 = \\frac{\\mu_0I}{2R}$; अतः $B = B_0\\frac{R^3}{(R^2 + x^2)^{3/2}}$।`,
    },
    unit: 'µT', result: [1, 900],
    answer: (v) => { const [R, x] = axis(v.i); return (v.B0 * R ** 3) / (R * R + x * x) ** 1.5; },
    // Power 1 instead of 3/2; power 1/2; the far-field dipole form R³/x³.
    mistakes: (v) => { const [R, x] = axis(v.i); return [(v.B0 * R * R) / (R * R + x * x), (v.B0 * R) / Math.sqrt(R * R + x * x), (v.B0 * R ** 3) / x ** 3]; },
    solution: () => `On the axis $B = \\frac{\\mu_0IR^2}{2(R^2 + x^2)^{3/2}}$ and at the centre $B_0 = \\frac{\\mu_0I}{2R}$, so $B = B_0\\frac{R^3}{(R^2 + x^2)^{3/2}}$ (the current need not be known).` }),

  // Regular polygon loop: each side gives µ₀I/(4πd)·2 sin(π/n) at the centre, d = a/(2 tan(π/n)).
  formula({ id: 'p.mag.polygon-centre', subject: P, concepts: ['P.MAG.BIOT'], difficulty: 4,
    vars: { s: [0, 1, 2], I: [1, 2, 5, 10], a: [5, 10, 20] },
    text: (v) => `A wire bent into ${poly(v.s)[1]} of side ${v.a} cm carries a current of ${v.I} A. Find the magnetic field (in µT) at its centre ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `${v.a} cm भुजा के ${poly(v.s)[2]} के आकार में मोड़े गए एक तार में ${v.I} A धारा है। इसके केन्द्र पर चुम्बकीय क्षेत्र (µT में) ज्ञात कीजिए ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A)।`,
      solution: () => `प्रत्येक भुजा (परिमित तार) से केन्द्र पर $B_1 = \\frac{\\mu_0I}{4\\pi d}(\\sin\\alpha + \\sin\\alpha)$, $\\alpha = \\frac{\\pi}{n}$, $d = \\frac{a}{2\\tan(\\pi/n)}$; सभी भुजाओं के क्षेत्र एक ही दिशा में, अतः $B = nB_1$।`,
    },
    unit: 'µT', result: [1, 500],
    answer: (v) => polyB(poly(v.s)[0], v.I, v.a / 100),
    // A circle of the same perimeter; each side taken as an infinite wire; one side only.
    mistakes: (v) => { const n = poly(v.s)[0], a = v.a / 100, d = a / (2 * Math.tan(Math.PI / n)); return [((4e-7 * Math.PI * v.I) / (2 * ((n * a) / (2 * Math.PI)))) * 1e6, ((n * 2e-7 * v.I) / d) * 1e6, polyB(n, v.I, a) / n]; },
    solution: () => `A finite straight wire at perpendicular distance $d$ whose ends subtend angles $\\alpha$ on either side gives $\\frac{\\mu_0I}{4\\pi d}(\\sin\\alpha + \\sin\\alpha)$. For a regular $n$-gon of side $a$: $\\alpha = \\frac{\\pi}{n}$, $d = \\frac{a}{2\\tan(\\pi/n)}$, and all $n$ sides add: $B = \\frac{n\\mu_0I\\sin(\\pi/n)}{2\\pi d}$.` }),

  // Square loop hinged on a horizontal side in a vertical field: IaB·a cos θ = mg(a/2) sin θ.
  formula({ id: 'p.mag.hinged-loop', subject: P, concepts: ['P.MAG.TORQUE', 'P.ROT.EQUILIBRIUM'], difficulty: 4,
    vars: { m: [20, 40, 50, 100], a: [10, 20], B: [0.2, 0.5, 1], th: [37, 45, 53] },
    text: (v) => `A square loop of side ${v.a} cm and mass ${v.m} g is free to turn about one of its horizontal sides, which is fixed as a hinge. A uniform magnetic field of ${v.B} T acts vertically. When a current flows in the loop it rests with its plane at ${v.th}° to the vertical. Find the current (in A) (${TRIG_TEXT[v.th]}, $g = 10$ m/s²).`,
    hi: {
      text: (v) => `${v.a} cm भुजा तथा ${v.m} g द्रव्यमान का एक वर्गाकार लूप अपनी एक क्षैतिज भुजा के परितः, जो कब्ज़े के रूप में स्थिर है, घूम सकता है। ${v.B} T का एकसमान चुम्बकीय क्षेत्र ऊर्ध्वाधर दिशा में है। लूप में धारा प्रवाहित होने पर यह ऊर्ध्वाधर से ${v.th}° पर अपने तल के साथ साम्यावस्था में रहता है। धारा (A में) ज्ञात कीजिए (${TRIG_TEXT[v.th]}, $g = 10$ m/s²)।`,
      solution: () => `नीचे की भुजा पर बल $IaB$ (क्षैतिज), कब्ज़े से ऊर्ध्वाधर दूरी $a\\cos\\theta$; भार का आघूर्ण $mg\\frac a2\\sin\\theta$; पार्श्व भुजाओं के बल कब्ज़े की अक्ष के अनुदिश। $I = \\frac{mg\\tan\\theta}{2aB}$।`,
    },
    unit: 'A', result: [0.1, 50],
    answer: (v) => ((v.m / 1000) * 10 * TAN[v.th]!) / ((2 * v.a) / 100 * v.B),
    // The weight taken to act at the free side; cot θ for tan θ; sin θ for tan θ.
    mistakes: (v) => { const mg = (v.m / 1000) * 10, aB = (v.a / 100) * v.B, t = TAN[v.th]!; return [(mg * t) / aB, mg / (t * 2 * aB), (mg * (t / Math.sqrt(1 + t * t))) / (2 * aB)]; },
    solution: () => `Only the free side (opposite the hinge) gives a torque about the hinge: force $IaB$, horizontal, with lever arm $a\\cos\\theta$. The forces on the two other sides lie along the hinge axis. The weight acts at the centre, lever arm $\\frac a2\\sin\\theta$. Balance: $IaB\\cdot a\\cos\\theta = mg\\frac a2\\sin\\theta$, so $I = \\frac{mg\\tan\\theta}{2aB}$.` }),

  galvanometer,
  // Steam into ice: condensation and cooling of the steam pay for warming, melting and heating the ice.
  formula({ id: 'p.heat.steam-into-ice', subject: P, concepts: ['P.HEAT.CALORIMETRY'], difficulty: 4,
    vars: { i: range(0, 9), T0: [0, 10] },
    text: (v) => `${steamIce(v.i)[0]} g of steam at 100 °C is passed into a well-insulated vessel of negligible heat capacity containing ${steamIce(v.i)[1]} g of ice at ${v.T0 === 0 ? '0' : `−${v.T0}`} °C. Find the final temperature (in °C). (Latent heats: vaporisation 540 cal/g, fusion 80 cal/g; specific heats: water 1 cal/(g °C), ice 0.5 cal/(g °C).)`,
    hi: {
      text: (v) => `100 °C की ${steamIce(v.i)[0]} g भाप को नगण्य ऊष्माधारिता वाले एक भली-भाँति ऊष्मारोधी पात्र में भेजा जाता है, जिसमें ${v.T0 === 0 ? '0' : `−${v.T0}`} °C पर ${steamIce(v.i)[1]} g बर्फ है। अन्तिम ताप (°C में) ज्ञात कीजिए। (गुप्त ऊष्मा: वाष्पन 540 cal/g, गलन 80 cal/g; विशिष्ट ऊष्मा: जल 1 cal/(g °C), बर्फ 0.5 cal/(g °C)।)`,
      solution: () => `भाप द्वारा दी गई ऊष्मा $m_s(540 + 100 - T)$ = बर्फ द्वारा ली गई ऊष्मा $M(0.5T_0 + 80 + T)$; पहले जाँचें कि सारी बर्फ पिघलती है तथा सारी भाप संघनित होती है (दोनों पद धनात्मक)।`,
    },
    unit: '°C', result: [0.5, 100],
    answer: (v) => steamFinal(v.i, v.T0),
    // The ice's latent heat left out; the final water taken as the ice's mass alone; the ice's warming from −T₀ left out.
    // Liquid water at 1 atm lies in (0, 100] °C, so the options are kept there as percentages are.
    mistakes: (v) => percentMistakes(steamFinal(v.i, v.T0), [steamFinal(v.i, v.T0, 540, 0), steamFinal(v.i, v.T0, 540, 80, false), steamFinal(v.i, 0)]),
    solution: () => `Heat given by the steam condensing and cooling to $T$: $m_s(540 + 100 - T)$ cal. Heat taken by the ice warming to 0 °C, melting and warming to $T$: $M(0.5T_0 + 80 + T)$ cal. Equating, $T = \\frac{640m_s - M(80 + 0.5T_0)}{m_s + M}$; it lies between 0 and 100 °C, so all the ice melts and all the steam condenses, as assumed.` }),

  // Escape of a planet's atmosphere: √(3RT/M) = √(2gR).
  formula({ id: 'p.ktg.escape-temperature', subject: P, concepts: ['P.KTG.RMS', 'P.GRAV.ORBIT'], difficulty: 4,
    vars: { g: [0, 1, 2, 3], p: [0, 1, 2, 3] },
    text: (v) => `At what temperature (in K) would the rms speed of ${gas(v.g)[0]} molecules equal the escape speed from ${planet(v.p)[0]} (radius ${planet(v.p)[2]} km, surface gravity ${planet(v.p)[3]} m/s²)? ($R = 8.314$ J/(mol K), molar mass ${gas(v.g)[2]} g/mol)`,
    hi: {
      text: (v) => `किस ताप (K में) पर ${gas(v.g)[1]} अणुओं की वर्ग-माध्य-मूल चाल ${planet(v.p)[1]} (त्रिज्या ${planet(v.p)[2]} km, पृष्ठीय गुरुत्व ${planet(v.p)[3]} m/s²) से पलायन चाल के बराबर होगी? ($R = 8.314$ J/(mol K), मोलर द्रव्यमान ${gas(v.g)[2]} g/mol)`,
      solution: () => `पलायन चाल $v_e = \\sqrt{2gR}$; $v_{rms} = \\sqrt{\\frac{3RT}{M}}$ (M kg/mol में); बराबर रखने पर $T = \\frac{M \\cdot 2gR}{3R_{gas}}$।`,
    },
    unit: 'K', result: [200, 2e5],
    answer: (v) => escapeT(v.g, v.p),
    // The 3 dropped (√(RT/M)); the mean speed √(8RT/(πM)); the orbital speed √(gR) for the escape speed.
    mistakes: (v) => [escapeT(v.g, v.p, 1), escapeT(v.g, v.p, 8 / Math.PI), escapeT(v.g, v.p, 3, (gg, R) => gg * R)],
    solution: () => `The escape speed is $v_e = \\sqrt{2gR}$ (kinetic energy equal to the work $\\int_R^\\infty \\frac{GMm}{r^2}dr = mgR$). Setting $\\sqrt{\\frac{3RT}{M}} = v_e$ with $M$ in kg/mol gives $T = \\frac{2gRM}{3R_{gas}}$. Light gases reach it at far lower temperatures, which is why the Moon has no atmosphere.` }),

  // SHM known at two points: v² = ω²(A² − x²) at both.
  formula({ id: 'p.osc.two-point-shm', subject: P, concepts: ['P.OSC.SHM'], difficulty: 4,
    vars: { i: range(0, 7), om: [2, 4, 5], w: [0, 1] },
    text: (v) => { const [, x1, x2] = shmPoint(v.i); return `A particle in SHM along a line has speed ${speedAt(v.i, v.om, x1)} cm/s when ${x1} cm from the mean position and ${speedAt(v.i, v.om, x2)} cm/s when ${x2} cm from it. Find ${v.w === 0 ? 'the amplitude (in cm)' : 'the period (in s)'}.`; },
    hi: {
      text: (v) => { const [, x1, x2] = shmPoint(v.i); return `सरल आवर्त गति करते एक कण की चाल माध्य स्थिति से ${x1} cm दूर ${speedAt(v.i, v.om, x1)} cm/s तथा ${x2} cm दूर ${speedAt(v.i, v.om, x2)} cm/s है। ${v.w === 0 ? 'आयाम (cm में)' : 'आवर्तकाल (s में)'} ज्ञात कीजिए।`; },
      solution: () => `$v^2 = \\omega^2(A^2 - x^2)$ दोनों बिन्दुओं पर: $\\omega^2 = \\frac{v_1^2 - v_2^2}{x_2^2 - x_1^2}$, $A^2 = \\frac{v_1^2x_2^2 - v_2^2x_1^2}{v_1^2 - v_2^2}$, $T = \\frac{2\\pi}{\\omega}$।`,
    },
    unit: '', result: [1, 30],
    answer: (v) => (v.w === 0 ? shmPoint(v.i)[0] : (2 * Math.PI) / v.om),
    // ω from the linear ratio |v₁ − v₂|/|x₂ − x₁|, then A or T from it; (amplitude) the two positions added; (period) the 2π left out, or π for 2π.
    mistakes: (v) => {
      const [, x1, x2] = shmPoint(v.i), v1 = speedAt(v.i, v.om, x1), v2 = speedAt(v.i, v.om, x2), om = Math.abs(v1 - v2) / Math.abs(x2 - x1);
      return v.w === 0 ? [Math.sqrt(x1 * x1 + (v1 / om) ** 2), x1 + x2] : [(2 * Math.PI) / om, 1 / v.om, Math.PI / v.om];
    },
    solution: () => `At each point $v^2 = \\omega^2(A^2 - x^2)$. Subtracting, $\\omega^2 = \\frac{v_1^2 - v_2^2}{x_2^2 - x_1^2}$; substituting back, $A^2 = x_1^2 + \\frac{v_1^2}{\\omega^2}$; the period is $\\frac{2\\pi}{\\omega}$.` }),

  // Sonometer load immersed in a liquid: the tension falls by the buoyancy, f ∝ √T.
  formula({ id: 'p.wave.sonometer-immersed', subject: P, concepts: ['P.WAVE.STRING', 'P.FLU.PRESSURE'], difficulty: 4,
    vars: { f: [256, 300, 384, 440, 512], l: [0, 1, 2, 3], q: [0, 1] },
    text: (v) => `A sonometer wire stretched by a hanging block of ${LOADS[v.l]![0]} (density ${LOADS[v.l]![2]} kg/m³) vibrates in its fundamental at ${v.f} Hz. The block is then completely immersed in ${LIQUIDS[v.q]![0]} (density ${LIQUIDS[v.q]![2]} kg/m³), the vibrating length being unchanged. Find the new fundamental frequency (in Hz).`,
    hi: {
      text: (v) => `${LOADS[v.l]![1]} (घनत्व ${LOADS[v.l]![2]} kg/m³) के लटकते गुटके से तना एक स्वरमापी तार अपनी मूल आवृत्ति ${v.f} Hz में कम्पन करता है। फिर गुटके को ${LIQUIDS[v.q]![1]} (घनत्व ${LIQUIDS[v.q]![2]} kg/m³) में पूर्णतः डुबो दिया जाता है, कम्पित लम्बाई अपरिवर्तित रहती है। नई मूल आवृत्ति (Hz में) ज्ञात कीजिए।`,
      solution: () => `उत्प्लावन बल से तनाव $T' = Vg(\\rho - \\sigma) = T(1 - \\sigma/\\rho)$; $f \\propto \\sqrt T$, अतः $f' = f\\sqrt{1 - \\sigma/\\rho}$।`,
    },
    unit: 'Hz', result: [100, 520],
    answer: (v) => sonometer(v.f, v.l, v.q),
    // f ∝ T instead of √T; the densities' ratio itself; the square root of the ratio.
    mistakes: (v) => { const r = LIQUIDS[v.q]![2] / LOADS[v.l]![2]; return [v.f * (1 - r), v.f * Math.sqrt(r), v.f * (1 - Math.sqrt(r))]; },
    solution: () => `Immersed, the block's apparent weight is $Vg(\\rho - \\sigma)$, so the tension becomes $T(1 - \\frac{\\sigma}{\\rho})$. Since $f = \\frac{1}{2\\ell}\\sqrt{\\frac{T}{\\mu}}$, $f' = f\\sqrt{1 - \\frac{\\sigma}{\\rho}}$.` }),

  // Long hollow conductor: Ampère's law with the enclosed fraction (r² − a²)/(b² − a²).
  formula({ id: 'p.mag.hollow-conductor', subject: P, concepts: ['P.MAG.AMPERE'], difficulty: 4,
    vars: { i: range(0, 6), I: [5, 10, 20, 50] },
    text: (v) => `A long straight hollow cylindrical conductor of inner radius ${hollow(v.i)[0]} cm and outer radius ${hollow(v.i)[1]} cm carries a current of ${v.I} A distributed uniformly over its cross-section. Find the magnetic field (in µT) at a distance of ${hollow(v.i)[2]} cm from its axis ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `${hollow(v.i)[0]} cm आन्तरिक त्रिज्या तथा ${hollow(v.i)[1]} cm बाह्य त्रिज्या वाले एक लम्बे सीधे खोखले बेलनाकार चालक में ${v.I} A धारा इसके अनुप्रस्थ काट पर एकसमान वितरित है। अक्ष से ${hollow(v.i)[2]} cm दूरी पर चुम्बकीय क्षेत्र (µT में) ज्ञात कीजिए ($\\mu_0 = 4\\pi \\times 10^{-7}$ T m/A)।`,
      solution: () => `ऐम्पियर नियम: $B \\cdot 2\\pi r = \\mu_0I_{enc}$; चालक के भीतर $I_{enc} = I\\frac{r^2 - a^2}{b^2 - a^2}$, बाहर $I_{enc} = I$।`,
    },
    unit: 'µT', result: [5, 1000],
    answer: (v) => hollowB(v.i, v.I),
    // The whole current enclosed; the hole ignored (solid-wire fraction r²/b²); the field of a thin wire at the outer radius.
    mistakes: (v) => { const [, b, r] = hollow(v.i); return [(2e-7 * v.I) / (r / 100) * 1e6, (2e-7 * v.I * Math.min(1, (r * r) / (b * b))) / (r / 100) * 1e6, (2e-7 * v.I) / (b / 100) * 1e6]; },
    solution: () => `By symmetry the field lines are circles about the axis, so Ampère's law gives $B \\cdot 2\\pi r = \\mu_0I_{enc}$. Inside the metal ($a < r < b$) the enclosed current is $I\\frac{r^2 - a^2}{b^2 - a^2}$; outside ($r > b$) it is all of $I$. So $B = \\frac{\\mu_0I}{2\\pi r}\\cdot\\frac{r^2 - a^2}{b^2 - a^2}$ inside the metal and $\\frac{\\mu_0I}{2\\pi r}$ outside.` }),
]);
