import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** Body densities (×1000 kg/m³ as a loss ratio) and liquids for weighing in air, water and a liquid. */
const BODY_RATIO = [2.5, 3, 4, 8] as const;
/** Curved surfaces with excess pressure 4T/r (soap bubble) or 2T/r (drop, air bubble in liquid). */
const SURFACES = ['a soap bubble', 'a liquid drop', 'an air bubble just inside the liquid'] as const;
const SURFACES_HI = ['एक साबुन के बुलबुले', 'एक द्रव की बूँद', 'द्रव के ठीक भीतर एक वायु बुलबुले'] as const;
/** Planets: radius (km) and surface g (m/s²). */
const PLANETS = [[6400, 10], [3200, 4], [1600, 1.6], [800, 2], [2400, 6]] as const;
/** g reduced to 1/k at height h = R(√k − 1). */
const REDUCE = [[4, 1], [9, 2], [16, 3], [2.25, 0.5], [6.25, 1.5]] as const;
/** Malus fractions cos²θ and the angle. */
const MALUS = [[0.75, 30], [0.25, 60], [0.5, 45]] as const;
const MU = [1.33, 1.5, 1.6, 1.73] as const;

/** Fourth templates for fluid pressure, surface tension, variation of g and polarisation. */
export const physicsDepthFourthGGenerators: GeneratorDef[] = physicalDistractors([
  // Hydraulic lift: equal pressure, F₂ = F₁(d₂/d₁)².
  formula({ id: 'p.flu.hydraulic-lift', subject: P, concepts: ['P.FLU.PRESSURE'], difficulty: 2,
    vars: { F: [40, 80, 120, 200], d1: [2, 4, 5], k: [5, 10, 20] },
    text: (v) => `In a hydraulic lift the small piston has diameter ${v.d1} cm and the large piston ${v.d1 * v.k} cm. What load (in kN) can the large piston support when a force of ${v.F} N is applied to the small one?`,
    hi: {
      text: (v) => `एक द्रवचालित उत्थापक में छोटे पिस्टन का व्यास ${v.d1} cm तथा बड़े पिस्टन का ${v.d1 * v.k} cm है। छोटे पिस्टन पर ${v.F} N बल लगाने पर बड़ा पिस्टन कितना भार (kN में) सँभाल सकता है?`,
      solution: () => `पास्कल नियम: दाब समान, $\\frac{F_1}{A_1} = \\frac{F_2}{A_2}$, अतः $F_2 = F_1\\left(\\frac{d_2}{d_1}\\right)^2$।`,
    },
    unit: 'kN', result: [1, 100],
    answer: (v) => (v.F * v.k * v.k) / 1000,
    // Diameters used linearly; the ratio inverted; the load in N reported as kN.
    mistakes: (v) => [(v.F * v.k) / 1000, v.F / (v.k * v.k) / 1000, v.F * v.k * v.k],
    solution: () => `Pascal's law: the pressure is the same on both pistons, $\\frac{F_1}{A_1} = \\frac{F_2}{A_2}$, and areas go as the diameter squared: $F_2 = F_1\\left(\\frac{d_2}{d_1}\\right)^2$.` }),

  // Weighing in air, water and a liquid: ρ_body = W/(W − W_w); ρ_liquid = (W − W_l)/(W − W_w).
  formula({ id: 'p.flu.weighing-densities', subject: P, concepts: ['P.FLU.PRESSURE', 'P.FLU.BERNOULLI'], difficulty: 3,
    vars: { L: [10, 20, 40], b: range(0, 3), rl: [800, 1200, 1250], w: range(0, 1) },
    text: (v) => `A solid weighs ${v.L * BODY_RATIO[v.b]!} N in air, ${v.L * BODY_RATIO[v.b]! - v.L} N when fully immersed in water (density 1000 kg/m³) and ${v.L * BODY_RATIO[v.b]! - (v.rl * v.L) / 1000} N when fully immersed in a liquid. Find the density (in kg/m³) of ${v.w === 0 ? 'the solid' : 'the liquid'}.`,
    hi: {
      text: (v) => `एक ठोस का भार वायु में ${v.L * BODY_RATIO[v.b]!} N, पानी (घनत्व 1000 kg/m³) में पूर्णतः डूबे होने पर ${v.L * BODY_RATIO[v.b]! - v.L} N तथा एक द्रव में पूर्णतः डूबे होने पर ${v.L * BODY_RATIO[v.b]! - (v.rl * v.L) / 1000} N है। ${v.w === 0 ? 'ठोस' : 'द्रव'} का घनत्व (kg/m³ में) ज्ञात कीजिए।`,
      solution: () => `भार में कमी = उत्प्लावन बल $= \\rho_{liquid}Vg$; $\\rho_{solid} = \\rho_w\\frac{W}{W - W_w}$, $\\rho_{liquid} = \\rho_w\\frac{W - W_l}{W - W_w}$।`,
    },
    unit: 'kg/m³', result: [800, 8000],
    answer: (v) => (v.w === 0 ? 1000 * BODY_RATIO[v.b]! : v.rl),
    // Ratio to the weight in water (W/W_w); the losses' ratio inverted; the liquid's loss used for the solid.
    mistakes: (v) => { const W = v.L * BODY_RATIO[v.b]!; const Ww = W - v.L, Ll = (v.rl * v.L) / 1000; return v.w === 0 ? [(1000 * W) / Ww, (1000 * Ww) / W, (1000 * W) / Ll] : [(1000 * v.L) / Ll, (1000 * (W - Ll)) / W, (1000 * Ll) / W]; },
    solution: () => `The loss of weight is the buoyancy $\\rho Vg$ of the displaced fluid. In water it gives $Vg = \\frac{W - W_w}{\\rho_w}$, so $\\rho_{solid} = \\rho_w\\frac{W}{W - W_w}$ and $\\rho_{liquid} = \\rho_w\\frac{W - W_l}{W - W_w}$.` }),

  // n drops of radius r merge: energy released T·4πr²(n − n^{2/3}).
  formula({ id: 'p.flu.drops-merge-energy', subject: P, concepts: ['P.FLU.SURFACE', 'P.WEP.ENERGY'], difficulty: 4,
    vars: { n: [8, 27, 64, 125, 1000], r: [0.5, 1, 2] },
    text: (v) => `${v.n} identical water drops, each of radius ${v.r} mm, coalesce into one drop (surface tension 0.072 N/m). Find the surface energy released, in µJ.`,
    hi: {
      text: (v) => `${v.r} mm त्रिज्या की ${v.n} सर्वसम पानी की बूँदें मिलकर एक बूँद बनाती हैं (पृष्ठ तनाव 0.072 N/m)। मुक्त पृष्ठ ऊर्जा µJ में ज्ञात कीजिए।`,
      solution: () => `आयतन संरक्षण: $R = rn^{1/3}$; ऊर्जा $= T\\cdot4\\pi(nr^2 - R^2) = 4\\pi r^2T(n - n^{2/3})$।`,
    },
    unit: 'µJ', result: [0.1, 5000],
    answer: (v) => 4 * Math.PI * (v.r / 1000) ** 2 * 0.072 * (v.n - Math.round(Math.cbrt(v.n)) ** 2) * 1e6,
    // n^{1/3} in place of n^{2/3}; twice the surface (a soap film); the final surface energy instead of the change.
    mistakes: (v) => { const a = 4 * Math.PI * (v.r / 1000) ** 2 * 0.072 * 1e6; const c = Math.round(Math.cbrt(v.n)); return [a * (v.n - c), 2 * a * (v.n - c * c), a * c * c]; },
    solution: () => `Volume is conserved: $R = rn^{1/3}$. The surface area falls from $4\\pi r^2n$ to $4\\pi R^2 = 4\\pi r^2n^{2/3}$; the energy released is $T$ times the lost area, $4\\pi r^2T(n - n^{2/3})$.` }),

  // Excess pressure: 4T/r for a soap bubble (two surfaces), 2T/r for a drop or an air bubble in liquid.
  formula({ id: 'p.flu.excess-pressure', subject: P, concepts: ['P.FLU.SURFACE'], difficulty: 2,
    vars: { s: range(0, 2), T: [25, 30, 40, 50], r: [5, 10, 20] },
    text: (v) => `Find the excess pressure (in Pa) inside ${SURFACES[v.s]} of radius ${v.r / 10} mm, the surface tension being ${v.T / 1000} N/m.`,
    hi: {
      text: (v) => `${v.r / 10} mm त्रिज्या वाले ${SURFACES_HI[v.s]} के भीतर अतिरिक्त दाब (Pa में) ज्ञात कीजिए, पृष्ठ तनाव ${v.T / 1000} N/m है।`,
      solution: () => `एक पृष्ठ वाले वक्र तल (बूँद, द्रव के भीतर वायु बुलबुला) के लिए $\\frac{2T}{r}$; साबुन के बुलबुले के दो पृष्ठ, अतः $\\frac{4T}{r}$।`,
    },
    unit: 'Pa', result: [20, 400],
    answer: (v) => ((v.s === 0 ? 4 : 2) * v.T * 10) / v.r,
    // The number of surfaces confused; T/r; r taken as the diameter.
    mistakes: (v) => [((v.s === 0 ? 2 : 4) * v.T * 10) / v.r, (v.T * 10) / v.r, ((v.s === 0 ? 4 : 2) * v.T * 10) / (2 * v.r)],
    solution: () => `A curved surface with one liquid–air boundary has excess pressure $\\frac{2T}{r}$ (a drop, or an air bubble inside the liquid). A soap bubble has two boundaries, so $\\frac{4T}{r}$.` }),

  // Spin at which bodies at the equator float: ω = √(g/R); day length 2π√(R/g).
  formula({ id: 'p.grav.weightless-equator', subject: P, concepts: ['P.GRAV.G_VAR', 'P.KIN.CIRC'], difficulty: 4,
    vars: { p: range(0, 4), w: range(0, 1) },
    text: (v) => `A planet of radius ${PLANETS[v.p]![0]} km has surface gravity ${PLANETS[v.p]![1]} m/s² and a day of 24 h. Find ${v.w === 0 ? 'the length of the day (in minutes)' : 'by what factor its spin rate must increase'} for bodies at its equator to feel weightless.`,
    hi: {
      text: (v) => `${PLANETS[v.p]![0]} km त्रिज्या वाले एक ग्रह का पृष्ठीय गुरुत्व ${PLANETS[v.p]![1]} m/s² तथा दिन 24 h का है। भूमध्य रेखा पर वस्तुएँ भारहीन अनुभव करें, इसके लिए ${v.w === 0 ? 'दिन की लम्बाई (मिनट में)' : 'घूर्णन दर कितने गुना बढ़नी चाहिए'} ज्ञात कीजिए।`,
      solution: () => `भारहीनता: $\\omega^2R = g$, $\\omega = \\sqrt{g/R}$; दिन $= 2\\pi\\sqrt{R/g}$; गुणक $= \\frac{24\\text{ h}}{2\\pi\\sqrt{R/g}}$।`,
    },
    unit: '', result: [5, 120],
    answer: (v) => { const [R, g] = PLANETS[v.p]!; const day = 2 * Math.PI * Math.sqrt((R * 1000) / g); return v.w === 0 ? day / 60 : 86400 / day; },
    // √(2R/g) (escape-speed confusion); R/g without the root; the factor squared.
    mistakes: (v) => { const [R, g] = PLANETS[v.p]!; const day = 2 * Math.PI * Math.sqrt((R * 1000) / g); const esc = 2 * Math.PI * Math.sqrt((2 * R * 1000) / g); return v.w === 0 ? [esc / 60, Math.sqrt((R * 1000) / g) / 60, day / 3600] : [86400 / esc, Math.sqrt(86400 / day), 86400 / day / 2]; },
    solution: () => `At the equator the needed centripetal acceleration $\\omega^2R$ would use up all of $g$: $\\omega = \\sqrt{g/R}$, a day of $2\\pi\\sqrt{R/g}$, and the spin must rise by the ratio of the present day to that.` }),

  // g falls to g/k at height R(√k − 1).
  formula({ id: 'p.grav.height-fraction', subject: P, concepts: ['P.GRAV.G_VAR'], difficulty: 2,
    vars: { i: range(0, 4), R: [6400, 3200] },
    text: (v) => `At what height (in km) above the surface of a planet of radius $R = ${v.R}$ km does the acceleration due to gravity become $\\frac{1}{${REDUCE[v.i]![0]}}$ of its value at the surface?`,
    hi: {
      text: (v) => `$R = ${v.R}$ km त्रिज्या वाले ग्रह की सतह से कितनी ऊँचाई (km में) पर गुरुत्वीय त्वरण सतह के मान का $\\frac{1}{${REDUCE[v.i]![0]}}$ हो जाता है?`,
      solution: () => `$g_h = g\\frac{R^2}{(R + h)^2}$; $\\frac{R + h}{R} = \\sqrt k$, अतः $h = R(\\sqrt k - 1)$।`,
    },
    unit: 'km', result: [1500, 20000],
    answer: (v) => v.R * REDUCE[v.i]![1],
    // g ∝ 1/r (no square); the small-height formula g(1 − 2h/R) forced; the distance from the centre.
    mistakes: (v) => { const k = REDUCE[v.i]![0]; return [v.R * (k - 1), (v.R * (1 - 1 / k)) / 2, v.R * Math.sqrt(k)]; },
    solution: () => `$g_h = g\\frac{R^2}{(R + h)^2}$; setting this to $\\frac gk$ gives $R + h = R\\sqrt k$, so $h = R(\\sqrt k - 1)$. The approximation $g(1 - \\frac{2h}{R})$ fails at such heights.` }),

  // Brewster's angle tan θ_B = μ; the refracted ray is then at 90° − θ_B.
  formula({ id: 'p.opt.brewster', subject: P, concepts: ['P.OPT.POLAR', 'P.OPT.REFRACT'], difficulty: 3, freeResponse: false,
    vars: { m: range(0, 3), w: range(0, 1) },
    text: (v) => `Unpolarised light falls from air on a flat surface of a medium of refractive index ${MU[v.m]}. Find ${v.w === 0 ? 'the angle of incidence (in degrees) at which the reflected light is completely plane-polarised' : 'the angle of refraction (in degrees) when the reflected light is completely plane-polarised'}.`,
    hi: {
      text: (v) => `अध्रुवित प्रकाश वायु से ${MU[v.m]} अपवर्तनांक वाले माध्यम के समतल पृष्ठ पर पड़ता है। ${v.w === 0 ? 'वह आपतन कोण (अंशों में) जिस पर परावर्तित प्रकाश पूर्णतः समतल-ध्रुवित हो' : 'परावर्तित प्रकाश पूर्णतः समतल-ध्रुवित होने पर अपवर्तन कोण (अंशों में)'} ज्ञात कीजिए।`,
      solution: () => `ब्रूस्टर नियम: $\\tan\\theta_B = \\mu$; तब परावर्तित तथा अपवर्तित किरणें लम्बवत, अपवर्तन कोण $90° - \\theta_B$।`,
    },
    unit: '', result: [30, 60],
    answer: (v) => { const b = (Math.atan(MU[v.m]!) * 180) / Math.PI; return v.w === 0 ? b : 90 - b; },
    // sin θ = 1/μ (critical angle); the other of the two angles; tan θ = 1/μ.
    mistakes: (v) => { const b = (Math.atan(MU[v.m]!) * 180) / Math.PI, c = (Math.asin(1 / MU[v.m]!) * 180) / Math.PI; return v.w === 0 ? [c, 90 - b, 90 - c] : [c, b, 90 - c]; },
    solution: () => `At Brewster's angle the reflected and refracted rays are perpendicular, so $\\mu = \\frac{\\sin\\theta_B}{\\sin(90° - \\theta_B)} = \\tan\\theta_B$; the refraction angle is $90° - \\theta_B$.` }),

  // Malus's law backwards: the analyser angle from the transmitted fraction, cos²θ = I/I₀.
  formula({ id: 'p.opt.malus-angle', subject: P, concepts: ['P.OPT.POLAR'], difficulty: 2,
    vars: { I0: [40, 80, 120, 200], i: range(0, 2) },
    text: (v) => `Plane-polarised light of intensity ${v.I0} W/m² falls on an analyser, which passes ${v.I0 * MALUS[v.i]![0]} W/m². Find the angle (in degrees) between the light's plane of polarisation and the analyser's axis.`,
    hi: {
      text: (v) => `${v.I0} W/m² तीव्रता का समतल-ध्रुवित प्रकाश एक विश्लेषक पर पड़ता है, जो ${v.I0 * MALUS[v.i]![0]} W/m² पार होने देता है। प्रकाश के ध्रुवण तल तथा विश्लेषक के अक्ष के बीच कोण (अंशों में) ज्ञात कीजिए।`,
      solution: () => `मैलस नियम: $I = I_0\\cos^2\\theta$, अतः $\\cos\\theta = \\sqrt{I/I_0}$।`,
    },
    unit: '', result: [30, 60],
    answer: (v) => MALUS[v.i]![1],
    // cos θ = I/I₀ (square forgotten); sin² used; the unpolarised ½ applied.
    mistakes: (v) => { const f = MALUS[v.i]![0]; const d = (x: number) => Math.round((Math.acos(x) * 180) / Math.PI); return [d(f), 90 - MALUS[v.i]![1], d(Math.min(1, Math.sqrt(2 * f)))]; },
    solution: () => `Malus's law for polarised light: $I = I_0\\cos^2\\theta$, so $\\theta = \\cos^{-1}\\sqrt{I/I_0}$.` }),
]);
