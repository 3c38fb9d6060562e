import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** Vector pairs with a whole-degree angle between them (scaling either vector keeps the angle). */
const PAIRS = [[[1, 1, 0], [0, 1, 1], 60], [[1, 1, 0], [1, -1, 0], 90], [[1, 0, 1], [0, -1, -1], 120], [[1, 2, 2], [2, 1, -2], 90], [[1, 1, 1], [1, 1, -2], 90], [[1, 0, 0], [1, 1, 0], 45], [[1, 0, 0], [-1, 1, 0], 135], [[0, 1, 1], [0, -1, 0], 135], [[1, 1, 0], [-1, 0, -1], 120], [[2, 0, 0], [1, 0, 1], 45]] as const;
const pair = (i: number) => PAIRS[i] as unknown as readonly [readonly [number, number, number], readonly [number, number, number], number];
const vec = (v: readonly number[], s: number) => {
  const parts = v.map((c, k) => ({ c: c * s, u: ['\\hat i', '\\hat j', '\\hat k'][k]! })).filter((p) => p.c !== 0);
  return parts.map((p, k) => `${p.c < 0 ? (k === 0 ? '-' : ' - ') : k === 0 ? '' : ' + '}${Math.abs(p.c) === 1 ? '' : Math.abs(p.c)}${p.u}`).join('');
};
/** Superposed SHM x = a sin ωt + b cos ωt with a whole amplitude (right triangles). */
const TRI = [[3, 4, 5], [4, 3, 5], [6, 8, 10], [8, 6, 10], [5, 12, 13], [12, 5, 13]] as const;
const tri = (i: number) => TRI[i] as readonly [number, number, number];
/** k/m giving ω = 5, 10 or 20 rad/s. */
const SPRINGS = [[100, 4, 5], [400, 4, 10], [400, 1, 20], [250, 2.5, 10], [50, 2, 5], [800, 2, 20]] as const;
const spring = (i: number) => SPRINGS[i] as readonly [number, number, number];
/** Tension factor (as text) and its square root, for a string. */
const TENSION = [['2.25', 1.5], ['1.44', 1.2], ['4', 2], ['0.64', 0.8]] as const;

/** Fourth templates for power, SHM, rotational kinematics, vectors and strings. */
export const physicsDepthFourthFGenerators: GeneratorDef[] = physicalDistractors([
  // Car climbing at constant speed against a resistance: P = (mg sin θ + f)v.
  formula({ id: 'p.wep.climb-power', subject: P, concepts: ['P.WEP.POWER', 'P.NLM.EQUILIBRIUM'], difficulty: 3,
    vars: { m: [1000, 1200, 1500], n: [20, 50], f: [500, 1000], v: [10, 15, 20] },
    text: (v) => `A car of mass ${v.m} kg climbs a road rising 1 m for every ${v.n} m along it, at a steady ${v.v} m/s against a resistance of ${v.f} N ($g = 10$ m/s²). Find the power (in W) its engine delivers.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान की एक कार ऐसी सड़क पर चढ़ती है जो सड़क के अनुदिश प्रत्येक ${v.n} m पर 1 m उठती है; इसकी नियत चाल ${v.v} m/s है तथा प्रतिरोध ${v.f} N है ($g = 10$ m/s²)। इसके इंजन द्वारा दी गई शक्ति (W में) ज्ञात कीजिए।`,
      solution: () => `नियत चाल पर कर्षण बल $= mg\\sin\\theta + f$, $\\sin\\theta = 1/n$; शक्ति $= Fv$।`,
    },
    unit: 'W', result: [7000, 60000],
    answer: (v) => ((v.m * 10) / v.n + v.f) * v.v,
    // Resistance forgotten; the slope forgotten; the full weight taken along the slope.
    mistakes: (v) => [((v.m * 10) / v.n) * v.v, v.f * v.v, (v.m * 10 + v.f) * v.v],
    solution: () => `At constant speed the driving force balances the weight's component down the slope, $mg\\sin\\theta$ with $\\sin\\theta = \\frac1n$, and the resistance: $F = mg\\sin\\theta + f$. Power $P = Fv$.` }),

  // Constant engine power: at speed v the pull is P/v, so a = (P/v − f)/m.
  formula({ id: 'p.wep.power-acceleration', subject: P, concepts: ['P.WEP.POWER', 'P.NLM.LAWS'], difficulty: 4,
    vars: { Pk: [20, 30, 40, 60], f: [500, 1000], m: [1000, 1500, 2000], v: [5, 10] },
    text: (v) => `A car of mass ${v.m} kg has an engine delivering a constant ${v.Pk} kW. The resistance to its motion is a constant ${v.f} N. Find its acceleration (in m/s²) at the instant its speed is ${v.v} m/s.`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान की एक कार का इंजन नियत ${v.Pk} kW शक्ति देता है। इसकी गति का प्रतिरोध नियत ${v.f} N है। जिस क्षण इसकी चाल ${v.v} m/s है, उस क्षण इसका त्वरण (m/s² में) ज्ञात कीजिए।`,
      solution: () => `कर्षण बल $F = \\frac{P}{v}$; $ma = \\frac Pv - f$।`,
    },
    unit: 'm/s²', result: [0.5, 12],
    answer: (v) => ((v.Pk * 1000) / v.v - v.f) / v.m,
    // Resistance forgotten; resistance added to the pull; the pull taken as P·v/1000 (power times speed).
    mistakes: (v) => [(v.Pk * 1000) / v.v / v.m, ((v.Pk * 1000) / v.v + v.f) / v.m, (v.Pk * v.v - v.f) / v.m],
    solution: () => `At power $P$ and speed $v$ the driving force is $F = \\frac Pv$ (from $P = Fv$), so $a = \\frac{P/v - f}{m}$; the acceleration falls as the car speeds up, vanishing at $v = P/f$.` }),

  // x = a sin ωt + b cos ωt: amplitude √(a² + b²), maximum speed ω√(a² + b²).
  formula({ id: 'p.osc.superposed-amplitude', subject: P, concepts: ['P.OSC.SHM'], difficulty: 2,
    vars: { t: range(0, 5), om: [2, 5, 10], w: range(0, 1) },
    text: (v) => `A particle moves as $x = (${tri(v.t)[0]}\\sin ${v.om}t + ${tri(v.t)[1]}\\cos ${v.om}t)$ cm, with $t$ in s. Find ${v.w === 0 ? 'its amplitude (in cm)' : 'its maximum speed (in cm/s)'}.`,
    hi: {
      text: (v) => `एक कण $x = (${tri(v.t)[0]}\\sin ${v.om}t + ${tri(v.t)[1]}\\cos ${v.om}t)$ cm के अनुसार चलता है, $t$ सेकण्ड में। इसका ${v.w === 0 ? 'आयाम (cm में)' : 'अधिकतम वेग (cm/s में)'} ज्ञात कीजिए।`,
      solution: () => `$a\\sin\\omega t + b\\cos\\omega t = \\sqrt{a^2 + b^2}\\sin(\\omega t + \\phi)$: आयाम $\\sqrt{a^2 + b^2}$, अधिकतम वेग $\\omega\\sqrt{a^2 + b^2}$।`,
    },
    unit: '', result: [5, 130],
    answer: (v) => tri(v.t)[2] * (v.w === 0 ? 1 : v.om),
    // Amplitudes added; the larger amplitude alone; (speed) ω² for ω.
    mistakes: (v) => { const [a, b, c] = tri(v.t); return v.w === 0 ? [a + b, Math.max(a, b), Math.abs(a - b)] : [(a + b) * v.om, Math.max(a, b) * v.om, c * v.om * v.om]; },
    solution: () => `Write $a\\sin\\omega t + b\\cos\\omega t = A\\sin(\\omega t + \\phi)$ with $A = \\sqrt{a^2 + b^2}$: still SHM. Its maximum speed is $A\\omega$.` }),

  // Spring–block released with both displacement and speed: A = √(x₀² + (v₀/ω)²).
  formula({ id: 'p.osc.initial-amplitude', subject: P, concepts: ['P.OSC.SHM', 'P.OSC.ENERGY'], difficulty: 3,
    vars: { k: range(0, 5), t: range(0, 5), s: [1, 2] },
    text: (v) => `A block of mass ${spring(v.k)[1]} kg on a smooth floor is attached to a spring of constant ${spring(v.k)[0]} N/m. It is pulled ${tri(v.t)[0] * v.s} cm from equilibrium and given a speed of ${tri(v.t)[1] * v.s * spring(v.k)[2]} cm/s along the spring. Find the amplitude (in cm) of its oscillation.`,
    hi: {
      text: (v) => `चिकने फर्श पर ${spring(v.k)[1]} kg का एक गुटका ${spring(v.k)[0]} N/m नियतांक वाली स्प्रिंग से जुड़ा है। इसे साम्य से ${tri(v.t)[0] * v.s} cm खींचकर स्प्रिंग के अनुदिश ${tri(v.t)[1] * v.s * spring(v.k)[2]} cm/s की चाल दी जाती है। इसके दोलन का आयाम (cm में) ज्ञात कीजिए।`,
      solution: () => `$\\omega = \\sqrt{k/m}$; ऊर्जा: $\\frac12kA^2 = \\frac12kx_0^2 + \\frac12mv_0^2$, अतः $A = \\sqrt{x_0^2 + (v_0/\\omega)^2}$।`,
    },
    unit: 'cm', result: [5, 26],
    answer: (v) => tri(v.t)[2] * v.s,
    // The displacement alone; x₀ + v₀/ω; v₀/ω alone.
    mistakes: (v) => { const [a, b] = tri(v.t); return [a * v.s, (a + b) * v.s, b * v.s]; },
    solution: () => `$\\omega = \\sqrt{k/m}$. Energy is conserved: $\\frac12kA^2 = \\frac12kx_0^2 + \\frac12mv_0^2$, so $A = \\sqrt{x_0^2 + \\left(\\frac{v_0}{\\omega}\\right)^2}$.` }),

  // Belt-driven pulleys: equal rim speeds, N₂ = N₁r₁/r₂.
  formula({ id: 'p.rot.belt-pulleys', subject: P, concepts: ['P.ROT.KINEMATICS'], difficulty: 2,
    vars: { N1: [300, 600, 900, 1200, 1500], r1: [10, 15, 20, 30], r2: [5, 10, 25, 50] },
    text: (v) => `A motor pulley of radius ${v.r1} cm turning at ${v.N1} rpm drives, by a belt that does not slip, a pulley of radius ${v.r2} cm. Find the rotation rate (in rpm) of the driven pulley.`,
    hi: {
      text: (v) => `${v.N1} rpm से घूमती ${v.r1} cm त्रिज्या की मोटर-घिरनी, न फिसलने वाले पट्टे द्वारा, ${v.r2} cm त्रिज्या की घिरनी चलाती है। चालित घिरनी की घूर्णन दर (rpm में) ज्ञात कीजिए।`,
      solution: () => `पट्टे की चाल दोनों परिधियों पर समान: $\\omega_1r_1 = \\omega_2r_2$, अतः $N_2 = N_1\\frac{r_1}{r_2}$।`,
    },
    unit: 'rpm', result: [60, 9000],
    answer: (v) => (v.N1 * v.r1) / v.r2,
    // The radii ratio inverted; equal rates; areas (r²) used.
    mistakes: (v) => [(v.N1 * v.r2) / v.r1, v.N1, (v.N1 * v.r1 * v.r1) / (v.r2 * v.r2)],
    solution: () => `A non-slipping belt moves the two rims at the same linear speed: $\\omega_1r_1 = \\omega_2r_2$, so $N_2 = N_1\\frac{r_1}{r_2}$.` }),

  // Wheel speeding up uniformly from rest to N rpm in t s: turns = N t/120.
  formula({ id: 'p.rot.spin-up-turns', subject: P, concepts: ['P.ROT.KINEMATICS'], difficulty: 2,
    vars: { N: [600, 1200, 1800, 2400, 3000], t: [4, 6, 10, 12, 20] },
    text: (v) => `A wheel starts from rest and reaches ${v.N} rpm in ${v.t} s with uniform angular acceleration. How many revolutions does it make in this time?`,
    hi: {
      text: (v) => `एक पहिया विराम से प्रारम्भ होकर एकसमान कोणीय त्वरण से ${v.t} s में ${v.N} rpm तक पहुँचता है। इस समय में यह कितने चक्कर लगाता है?`,
      solution: () => `औसत कोणीय वेग $\\frac{\\omega}{2}$; चक्कर $= \\frac{N}{60}\\cdot\\frac{t}{2}$।`,
    },
    unit: '', result: [20, 500],
    answer: (v) => (v.N * v.t) / 120,
    // Final rate used throughout; rpm taken per second; ω in rad/s counted as turns (×2π).
    mistakes: (v) => [(v.N * v.t) / 60, (v.N * v.t) / 2, (v.N * v.t * 2 * Math.PI) / 120],
    solution: () => `With uniform acceleration from rest the average rate is half the final: turns $= \\frac{N}{60}\\cdot\\frac{t}{2}$ (rpm → rev/s).` }),

  // Angle between two vectors: cos θ = A·B/(|A||B|).
  formula({ id: 'p.kin.vector-angle', subject: P, concepts: ['P.KIN.VECTORS'], difficulty: 2,
    vars: { i: range(0, 9), s: [1, 2, 3], u: [1, 2] },
    text: (v) => `Find the angle (in degrees) between the vectors $\\vec A = ${vec(pair(v.i)[0], v.s)}$ and $\\vec B = ${vec(pair(v.i)[1], v.u)}$.`,
    hi: {
      text: (v) => `सदिशों $\\vec A = ${vec(pair(v.i)[0], v.s)}$ तथा $\\vec B = ${vec(pair(v.i)[1], v.u)}$ के बीच का कोण (अंशों में) ज्ञात कीजिए।`,
      solution: () => `$\\cos\\theta = \\frac{\\vec A \\cdot \\vec B}{|\\vec A||\\vec B|}$।`,
    },
    unit: '', result: [45, 135],
    answer: (v) => pair(v.i)[2],
    // The supplement (sign of the dot product lost); the angle's difference from 90° (sine read for cosine); the common angles 90° and 60°.
    mistakes: (v) => { const a = pair(v.i)[2]; return [180 - a, Math.abs(90 - a) || 30, a === 90 ? 60 : 90, a === 60 ? 30 : 60]; },
    solution: () => `$\\cos\\theta = \\frac{\\vec A \\cdot \\vec B}{|\\vec A||\\vec B|}$; a negative dot product means an obtuse angle. Scaling a vector does not change the angle.` }),

  // Transverse wave in a stretched wire: v = √(T/(ρA)).
  formula({ id: 'p.wave.wire-speed', subject: P, concepts: ['P.WAVE.STRING', 'P.SOL.ELASTIC'], difficulty: 3,
    vars: { A: [1, 2], T: [80, 180, 320, 500] },
    text: (v) => `A steel wire (density 8000 kg/m³) of cross-sectional area ${v.A} mm² is stretched with a tension of ${v.T * v.A} N. Find the speed (in m/s) of transverse waves on it.`,
    hi: {
      text: (v) => `${v.A} mm² अनुप्रस्थ काट क्षेत्रफल वाला इस्पात का एक तार (घनत्व 8000 kg/m³) ${v.T * v.A} N के तनाव से ताना गया है। इस पर अनुप्रस्थ तरंगों की चाल (m/s में) ज्ञात कीजिए।`,
      solution: () => `रैखिक घनत्व $\\mu = \\rho A$; $v = \\sqrt{\\frac{T}{\\mu}} = \\sqrt{\\frac{\\text{प्रतिबल}}{\\rho}}$।`,
    },
    unit: 'm/s', result: [100, 250],
    answer: (v) => Math.round(Math.sqrt((v.T * 1e6) / 8000) * 1e9) / 1e9,
    // Area left in mm² (√ of 10⁶ lost → ÷1000); μ taken as ρ (area forgotten); T/μ without the root.
    mistakes: (v) => [Math.sqrt((v.T * v.A) / (8000 * v.A)), Math.sqrt((v.T * v.A) / 8000), Math.sqrt((v.T * 1e6) / 8000) * 2],
    solution: () => `Mass per unit length $\\mu = \\rho A$ (area in m²), so $v = \\sqrt{\\frac{T}{\\rho A}} = \\sqrt{\\frac{\\sigma}{\\rho}}$ with $\\sigma$ the stress.` }),

  // String frequency with tension ×k² and length ×L: f′ = f·k/L.
  formula({ id: 'p.wave.string-retune', subject: P, concepts: ['P.WAVE.STRING'], difficulty: 2,
    vars: { f: [200, 240, 300, 400, 500], t: range(0, 3), L: [0.5, 1, 2] },
    text: (v) => `A stretched string vibrates at ${v.f} Hz in its fundamental mode. Its tension is made ${TENSION[v.t]![0]} times${v.L === 1 ? '' : ` and its vibrating length ${v.L} times`} the original. Find its new fundamental frequency (in Hz).`,
    hi: {
      text: (v) => `एक तनी हुई डोरी मूल विधा में ${v.f} Hz पर कम्पन करती है। इसका तनाव मूल का ${TENSION[v.t]![0]} गुना${v.L === 1 ? '' : ` तथा कम्पन करती लम्बाई ${v.L} गुनी`} कर दी जाती है। इसकी नई मूल आवृत्ति (Hz में) ज्ञात कीजिए।`,
      solution: () => `$f = \\frac{1}{2L}\\sqrt{\\frac{T}{\\mu}}$, अतः $f' = f\\frac{\\sqrt{T'/T}}{L'/L}$।`,
    },
    unit: 'Hz', result: [80, 2000],
    answer: (v) => Math.round(((v.f * TENSION[v.t]![1]) / v.L) * 1e9) / 1e9,
    // f ∝ T (no root); the length's effect inverted; the length change ignored.
    mistakes: (v) => [(v.f * Number(TENSION[v.t]![0])) / v.L, v.f * TENSION[v.t]![1] * v.L, v.f * TENSION[v.t]![1]],
    solution: () => `$f = \\frac{1}{2L}\\sqrt{\\frac{T}{\\mu}}$: frequency grows as the square root of tension and falls inversely with length, so $f' = f\\frac{\\sqrt{T'/T}}{L'/L}$.` }),
]);
