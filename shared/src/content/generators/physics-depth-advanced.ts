import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { multi } from './spec.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef, Params } from './types.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';

const P = 'PHYSICS' as const;
const G = 10; // m s⁻², stated in the texts
const RE = 6.4e6; // Earth's radius in m, stated in the texts
const MP = 1.67e-27; // proton mass, kg
const QE = 1.6e-19; // C
const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

// Series LCR at resonance. Named mistakes: f quoted as ω (the 2π dropped the wrong way), the
// reactance added to R at resonance, Q inverted, the inductor's voltage taken as the supply's.
const lcrText = (p: Params): string[] => [
  `The resonant angular frequency is $${formatNumber(p.s0 as number)}$ rad/s.`,
  `The rms current at resonance is $${formatNumber(p.s1 as number)}$ A.`,
  `The quality factor of the circuit is $${formatNumber(p.s2 as number)}$.`,
  `At resonance the rms voltage across the inductor is $${formatNumber(p.s3 as number)}$ V.`,
];
const lcrHindi = (p: Params): string[] => [
  `अनुनादी कोणीय आवृत्ति $${formatNumber(p.s0 as number)}$ rad/s है।`,
  `अनुनाद पर वर्ग-माध्य-मूल (rms) धारा $${formatNumber(p.s1 as number)}$ A है।`,
  `परिपथ का विशेषता गुणांक (Q) $${formatNumber(p.s2 as number)}$ है।`,
  `अनुनाद पर प्रेरक के सिरों पर rms वोल्टता $${formatNumber(p.s3 as number)}$ V है।`,
];

const lcrClaims: ClaimGenerator = {
  id: 'p.ac.lcr-resonance-claims', subject: P, concepts: ['P.AC.LCR', 'P.AC.BASICS'], difficulty: 4,
  statements: lcrText,
  build(rng) {
    const L = rng.pick([10, 40, 100, 250] as const); // mH
    const C = rng.pick([1, 4, 10, 25] as const); // µF
    const R = rng.pick([10, 20, 50] as const);
    const V = rng.pick([100, 200, 220] as const);
    const w0 = 1 / Math.sqrt(L * 1e-3 * C * 1e-6);
    const XL = w0 * L * 1e-3;
    const Q = XL / R;
    const truths = [w0, V / R, Q, Q * V];
    const wrongs = [w0 / (2 * Math.PI), V / (R + XL), 1 / Q, V];
    const flags = truths.map(() => rng.int(0, 1));
    if (!flags.includes(1)) flags[rng.int(0, 3)] = 1;
    const shown = truths.map((t, i) => (flags[i] === 1 || Math.abs((wrongs[i] as number) - t) <= 0.02 * t ? t : (wrongs[i] as number)));
    const params: Params = { L, C, R, V, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! };
    return multi({
      params,
      text: `A series LCR circuit has $L = ${L}$ mH, $C = ${C}$ µF and $R = ${R}$ Ω, and is driven by an AC source of rms voltage ${V} V whose frequency can be varied. Which of the following statements is/are correct?`,
      options: lcrText(params).map((text, i) => ({ text, correct: shown[i] === truths[i] })),
      solution: `$\\omega_0 = \\frac{1}{\\sqrt{LC}} = ${formatNumber(w0)}$ rad/s. At resonance $X_L = X_C$, so $Z = R$ and $I = V/R = ${formatNumber(V / R)}$ A. $Q = \\frac{\\omega_0L}{R} = ${formatNumber(Q)}$ and $V_L = IX_L = QV = ${formatNumber(Q * V)}$ V, which can far exceed the supply voltage.`,
      hi: {
        text: `एक श्रेणी LCR परिपथ में $L = ${L}$ mH, $C = ${C}$ µF तथा $R = ${R}$ Ω है, तथा इसे ${V} V rms वोल्टता के परिवर्ती आवृत्ति वाले प्रत्यावर्ती स्रोत से चलाया जाता है। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `$\\omega_0 = \\frac{1}{\\sqrt{LC}} = ${formatNumber(w0)}$ rad/s। अनुनाद पर $X_L = X_C$, अतः $Z = R$ तथा $I = V/R = ${formatNumber(V / R)}$ A। $Q = \\frac{\\omega_0L}{R} = ${formatNumber(Q)}$ तथा $V_L = IX_L = QV = ${formatNumber(Q * V)}$ V, जो आपूर्ति वोल्टता से बहुत अधिक हो सकती है।`,
        options: lcrHindi(params),
      },
    });
  },
};

/** Multi-step, multi-concept problems in the style of JEE Advanced across mechanics, fields and waves. */
export const physicsDepthAdvancedGenerators: GeneratorDef[] = physicalDistractors([
  // Proton: m/q = 1.04375e-8 kg/C; pitch = 2π(m/q)v cosθ/B, radius = (m/q)v sinθ/B, both in cm.
  formula({ id: 'p.mag.helix', subject: P, concepts: ['P.MAG.FORCE', 'P.KIN.CIRC', 'P.KIN.VECTORS'], difficulty: 4,
    vars: { V: range(1, 5), B: [0.1, 0.2, 0.5, 1], th: [30, 45, 60], w: range(0, 1) },
    text: (v) => `A proton ($m = 1.67 \\times 10^{-27}$ kg, $q = 1.6 \\times 10^{-19}$ C) enters a uniform magnetic field of ${v.B} T with speed ${v.V} × $10^{6}$ m/s at ${v.th}° to the field. Find the ${v.w === 0 ? 'pitch of its helical path' : 'radius of its helical path'} in cm.`,
    hi: {
      text: (v) => `एक प्रोटॉन ($m = 1.67 \\times 10^{-27}$ kg, $q = 1.6 \\times 10^{-19}$ C) ${v.B} T के एकसमान चुम्बकीय क्षेत्र में ${v.V} × $10^{6}$ m/s वेग से क्षेत्र से ${v.th}° के कोण पर प्रवेश करता है। इसके कुण्डलिनी (हेलिकल) पथ ${v.w === 0 ? 'का चूड़ी अन्तराल (pitch)' : 'की त्रिज्या'} cm में ज्ञात कीजिए।`,
      solution: () => `क्षेत्र के लम्बवत वेग $v\\sin\\theta$ वृत्तीय गति देता है: $r = \\frac{mv\\sin\\theta}{qB}$, $T = \\frac{2\\pi m}{qB}$; क्षेत्र के अनुदिश वेग $v\\cos\\theta$ नियत रहता है, अतः चूड़ी अन्तराल $p = v\\cos\\theta\\,T$।`,
    },
    unit: 'cm', result: [0.4, 300],
    answer: (v) => helix(v, v.w === 0 ? 'pitch' : 'radius'),
    // Sine and cosine swapped; the 2π of the period dropped (or added to the radius); the full speed used.
    mistakes: (v) => (v.w === 0
      ? [helix(v, 'pitch') * Math.tan(rad(v.th)), helix(v, 'pitch') / (2 * Math.PI), helix(v, 'pitch') / Math.cos(rad(v.th))]
      : [helix(v, 'radius') / Math.tan(rad(v.th)), helix(v, 'radius') * 2 * Math.PI, helix(v, 'radius') / Math.sin(rad(v.th))]),
    solution: () => `The velocity component $v\\sin\\theta$ across the field gives circular motion of radius $r = \\frac{mv\\sin\\theta}{qB}$ and period $T = \\frac{2\\pi m}{qB}$ (independent of speed); the component $v\\cos\\theta$ along the field is unchanged, so the pitch is $p = v\\cos\\theta\\,T$.` }),

  // Vertical rails: mg = B²l²v/R at terminal speed; the power mg·v_t then all goes into Joule heat.
  formula({ id: 'p.emi.falling-rod', subject: P, concepts: ['P.EMI.FARADAY', 'P.NLM.LAWS', 'P.CE.POWER'], difficulty: 5,
    vars: { m: [20, 50, 100], B: [0.5, 1], l: [0.5, 1], R: [0.5, 1, 2], w: range(0, 1) },
    text: (v) => `A conducting rod of mass ${v.m} g and length ${v.l} m slides without friction down a pair of long vertical conducting rails joined at the top by a ${v.R} Ω resistor. A horizontal magnetic field of ${v.B} T is perpendicular to the plane of the rails. Neglecting other resistances ($g = 10$ m/s²), find ${v.w === 0 ? 'the terminal speed of the rod in m/s' : 'the rate of heat production in the resistor once the rod moves at terminal speed, in W'}.`,
    hi: {
      text: (v) => `${v.m} g द्रव्यमान तथा ${v.l} m लम्बाई की एक चालक छड़ दो लम्बी ऊर्ध्वाधर चालक पटरियों पर बिना घर्षण के नीचे फिसलती है; पटरियाँ ऊपर ${v.R} Ω के प्रतिरोध से जुड़ी हैं। पटरियों के तल के लम्बवत ${v.B} T का क्षैतिज चुम्बकीय क्षेत्र है। अन्य प्रतिरोध नगण्य मानते हुए ($g = 10$ m/s²) ${v.w === 0 ? 'छड़ का सीमान्त वेग m/s में' : 'सीमान्त वेग पर गति करते समय प्रतिरोध में ऊष्मा उत्पादन की दर W में'} ज्ञात कीजिए।`,
      solution: () => `प्रेरित विद्युत वाहक बल $Blv$, धारा $I = \\frac{Blv}{R}$, चुम्बकीय बल $BIl = \\frac{B^2l^2v}{R}$ ऊपर की ओर। सीमान्त वेग पर $mg = \\frac{B^2l^2v_t}{R}$, अतः $v_t = \\frac{mgR}{B^2l^2}$; ऊर्जा संरक्षण से ऊष्मा की दर $= mgv_t$।`,
    },
    unit: '', result: [0.02, 40],
    answer: (v) => { const vt = (v.m / 1000) * G * v.R / (v.B * v.l) ** 2; return v.w === 0 ? vt : (v.m / 1000) * G * vt; },
    // A factor of B or l missing; factor-2 slips; mass left in grams; kinetic energy taken for power.
    mistakes: (v) => {
      const vt = (v.m / 1000) * G * v.R / (v.B * v.l) ** 2;
      return v.w === 0 ? [(v.m / 1000) * G * v.R / (v.B * v.l), (v.m / 1000) * G * v.R / (v.B * v.B * v.l), 2 * vt, vt / 2, 1000 * vt] : [0.5 * (v.m / 1000) * vt * vt, 0.5 * (v.m / 1000) * G * vt, (v.m / 1000) * G * vt * 2, (v.m / 1000) * vt * vt];
    },
    solution: () => `Induced emf $Blv$ drives $I = \\frac{Blv}{R}$; the magnetic force $BIl = \\frac{B^2l^2v}{R}$ opposes the fall. At terminal speed it balances the weight: $v_t = \\frac{mgR}{B^2l^2}$. Then gravity's power $mgv_t$ all becomes Joule heat $I^2R$.` }),

  lcrClaims,

  // Minimum deviation: r = A/2 inside, i = asin(n sin(A/2)), δ = 2i − A.
  formula({ id: 'p.opt.prism-min-deviation', subject: P, concepts: ['P.OPT.REFRACT', 'M.TRIG.INV'], difficulty: 4,
    vars: { A: [30, 45, 60], n: [1.33, 1.5, 1.52, 1.6], w: range(0, 1) },
    text: (v) => `A prism of refracting angle ${v.A}° is made of glass of refractive index ${v.n}. Find ${v.w === 0 ? 'the angle of minimum deviation' : 'the angle of incidence for minimum deviation'} in degrees.`,
    hi: {
      text: (v) => `${v.A}° अपवर्तक कोण का एक प्रिज्म ${v.n} अपवर्तनांक के काँच का बना है। ${v.w === 0 ? 'न्यूनतम विचलन कोण' : 'न्यूनतम विचलन के लिए आपतन कोण'} डिग्री में ज्ञात कीजिए।`,
      solution: () => `न्यूनतम विचलन पर किरण प्रिज्म में सममित चलती है: $r = A/2$, $\\sin i = n\\sin(A/2)$ तथा $\\delta_m = 2i - A$।`,
    },
    unit: '°', result: [5, 60],
    answer: (v) => { const i = deg(Math.asin(v.n * Math.sin(rad(v.A / 2)))); return v.w === 0 ? 2 * i - v.A : i; },
    // Thin-prism formula (n − 1)A; the angle of refraction A/2 given; δ = 2i without subtracting A.
    mistakes: (v) => { const i = deg(Math.asin(v.n * Math.sin(rad(v.A / 2)))); return v.w === 0 ? [(v.n - 1) * v.A, 2 * i, i - v.A / 2] : [v.A / 2, (v.A + (v.n - 1) * v.A) / 2, v.A]; },
    solution: () => `At minimum deviation the ray passes symmetrically: $r_1 = r_2 = A/2$, so $\\sin i = n\\sin(A/2)$ and $\\delta_m = 2i - A$. The thin-prism result $(n - 1)A$ holds only for small $A$.` }),

  // Circular orbits: E = −GMm/2r with GM = gR²; raising r₁ = aR to r₂ = bR needs (gRm/2)(1/a − 1/b).
  formula({ id: 'p.grav.orbit-raise', subject: P, concepts: ['P.GRAV.ORBIT', 'P.GRAV.PE', 'P.WEP.ENERGY'], difficulty: 4,
    vars: { m: [100, 200, 500, 1000], a: [2, 3, 4], db: range(1, 4) },
    text: (v) => `A satellite of mass ${v.m} kg circles the Earth at radius ${v.a}R. Find the minimum energy needed to shift it to a circular orbit of radius ${v.a + v.db}R, in MJ ($R = 6400$ km, $g = 10$ m/s² at the surface).`,
    hi: {
      text: (v) => `${v.m} kg द्रव्यमान का एक उपग्रह ${v.a}R त्रिज्या की कक्षा में पृथ्वी की परिक्रमा करता है। इसे ${v.a + v.db}R त्रिज्या की वृत्तीय कक्षा में ले जाने के लिए आवश्यक न्यूनतम ऊर्जा MJ में ज्ञात कीजिए ($R = 6400$ km, पृष्ठ पर $g = 10$ m/s²)।`,
      solution: () => `वृत्तीय कक्षा में कुल ऊर्जा $E = -\\frac{GMm}{2r}$, $GM = gR^2$। अतः $\\Delta E = \\frac{gR^2m}{2}\\left(\\frac{1}{r_1} - \\frac{1}{r_2}\\right)$।`,
    },
    unit: 'MJ', result: [100, 30000],
    answer: (v) => ((G * RE * v.m) / 2) * (1 / v.a - 1 / (v.a + v.db)) / 1e6,
    // Only the potential-energy change; uniform g (mgh); the energy to escape from the lower orbit.
    mistakes: (v) => [G * RE * v.m * (1 / v.a - 1 / (v.a + v.db)) / 1e6, (v.m * G * RE * v.db) / 1e6, (G * RE * v.m) / (2 * v.a) / 1e6],
    solution: () => `In a circular orbit $\\frac12mv^2 = \\frac{GMm}{2r}$, so $E = -\\frac{GMm}{2r}$ with $GM = gR^2$. $\\Delta E = \\frac{gR^2m}{2}\\left(\\frac1{r_1} - \\frac1{r_2}\\right)$: half the gain in potential energy, since the satellite slows down.` }),

  // Rectangle on the PV diagram: (P₀,V₀) → (αP₀,V₀) → (αP₀,βV₀) → (P₀,βV₀) → back; heat enters on the first two legs.
  formula({ id: 'p.td.cycle-efficiency', subject: P, concepts: ['P.TD.SECOND', 'P.TD.PROCESSES', 'P.KTG.DOF'], difficulty: 5,
    vars: { al: [2, 3], be: [2, 3], f: [3, 5] },
    text: (v) => `One mole of a ${v.f === 3 ? 'monatomic' : 'rigid diatomic'} ideal gas is taken round the cycle $(P_0, V_0) \\to (${v.al}P_0, V_0) \\to (${v.al}P_0, ${v.be}V_0) \\to (P_0, ${v.be}V_0) \\to (P_0, V_0)$ along straight lines on the $P$–$V$ diagram. Find the efficiency of the cycle in percent.`,
    hi: {
      text: (v) => `एक मोल ${v.f === 3 ? 'एकपरमाणुक' : 'दृढ़ द्विपरमाणुक'} आदर्श गैस को $P$–$V$ आरेख पर सरल रेखाओं के अनुदिश चक्र $(P_0, V_0) \\to (${v.al}P_0, V_0) \\to (${v.al}P_0, ${v.be}V_0) \\to (P_0, ${v.be}V_0) \\to (P_0, V_0)$ पर ले जाया जाता है। चक्र की दक्षता प्रतिशत में ज्ञात कीजिए।`,
      solution: () => `कार्य = आयत का क्षेत्रफल $(\\alpha - 1)(\\beta - 1)P_0V_0$। ऊष्मा केवल पहले दो चरणों में ली जाती है: $Q_{in} = C_v\\Delta T_1 + C_p\\Delta T_2$ जहाँ $R\\Delta T_1 = (\\alpha - 1)P_0V_0$, $R\\Delta T_2 = \\alpha(\\beta - 1)P_0V_0$। दक्षता $= W/Q_{in}$।`,
    },
    unit: '%', result: [5, 40],
    answer: (v) => cycleEfficiency(v.al, v.be, v.f),
    // Carnot efficiency between the extreme temperatures; heat of the isobaric leg only; Cv used on both legs.
    mistakes: (v) => {
      const w = (v.al - 1) * (v.be - 1);
      return [100 * (1 - 1 / (v.al * v.be)), (100 * w) / (((v.f + 2) / 2) * v.al * (v.be - 1)), (100 * w) / ((v.f / 2) * ((v.al - 1) + v.al * (v.be - 1)))];
    },
    solution: () => `Work = area $(\\alpha - 1)(\\beta - 1)P_0V_0$. Heat enters only on the isochoric heating ($C_v\\Delta T$, with $R\\Delta T = (\\alpha - 1)P_0V_0$) and the isobaric expansion ($C_p\\Delta T$, with $R\\Delta T = \\alpha(\\beta - 1)P_0V_0$). Efficiency $= W/Q_{in}$, well below the Carnot value between the same extreme temperatures.` }),

  // Echo from a wall the car approaches: the wall hears f(v)/(v − u) and re-emits it to a moving observer.
  formula({ id: 'p.wave.echo-doppler', subject: P, concepts: ['P.WAVE.DOPPLER'], difficulty: 4,
    vars: { f: range(400, 1000, 50), u: [10, 15, 20, 25, 30], w: range(0, 1) },
    text: (v) => `A car moving at ${v.u} m/s towards a large wall sounds a horn of frequency ${v.f} Hz (speed of sound 340 m/s, still air). Find ${v.w === 0 ? 'the frequency of the echo heard by the driver' : 'the beat frequency the driver hears between the horn and its echo'}, in Hz.`,
    hi: {
      text: (v) => `एक कार ${v.u} m/s से एक बड़ी दीवार की ओर चलते हुए ${v.f} Hz आवृत्ति का हॉर्न बजाती है (ध्वनि की चाल 340 m/s, स्थिर वायु)। ${v.w === 0 ? 'चालक द्वारा सुनी गई प्रतिध्वनि की आवृत्ति' : 'चालक द्वारा हॉर्न तथा उसकी प्रतिध्वनि के बीच सुनी गई विस्पन्द आवृत्ति'} Hz में ज्ञात कीजिए।`,
      solution: () => `दीवार गतिमान स्रोत से $f_1 = f\\frac{v}{v - u}$ सुनती है और उसे स्थिर स्रोत की तरह परावर्तित करती है; गतिमान प्रेक्षक (चालक) $f_2 = f_1\\frac{v + u}{v} = f\\frac{v + u}{v - u}$ सुनता है। विस्पन्द $= f_2 - f$।`,
    },
    unit: 'Hz', sig: 4, result: [20, 1300],
    answer: (v) => (v.w === 0 ? (v.f * (340 + v.u)) / (340 - v.u) : (2 * v.f * v.u) / (340 - v.u)),
    // One Doppler shift only; approach and recession signs swapped; a shift of 2u/v about the source.
    mistakes: (v) => (v.w === 0
      ? [(v.f * 340) / (340 - v.u), (v.f * (340 - v.u)) / (340 + v.u), (v.f * (340 + v.u)) / 340]
      : [(v.f * v.u) / (340 - v.u), (2 * v.f * v.u) / 340, (v.f * (340 + v.u)) / (340 - v.u)]),
    solution: () => `The wall receives from a moving source: $f_1 = f\\frac{v}{v - u}$. It re-emits $f_1$ as a stationary source, and the driver is an observer moving towards it: $f_2 = f_1\\frac{v + u}{v} = f\\frac{v + u}{v - u}$. The beats are $f_2 - f = \\frac{2uf}{v - u}$.` }),

  // Up an incline of angle α with launch angle θ above the horizontal: R = 2u² sin(θ − α) cos θ / (g cos²α).
  formula({ id: 'p.kin.incline-range', subject: P, concepts: ['P.KIN.PROJ', 'P.KIN.VECTORS', 'M.TRIG.COMPOUND'], difficulty: 4,
    vars: { u: [10, 15, 20, 25, 30], al: [15, 30], th: [45, 60, 75] },
    text: (v) => `A ball is thrown at ${v.u} m/s from the foot of an incline of angle ${v.al}°, at ${v.th}° above the horizontal, in the vertical plane containing the line of greatest slope ($g = 10$ m/s²). Find how far up the incline (along its surface) it lands, in m.`,
    hi: {
      text: (v) => `${v.al}° कोण वाले आनत तल के आधार से एक गेंद को ${v.u} m/s वेग से क्षैतिज से ${v.th}° ऊपर, अधिकतम ढाल की रेखा वाले ऊर्ध्वाधर तल में फेंका जाता है ($g = 10$ m/s²)। आनत तल के अनुदिश (उसकी सतह पर) गेंद कितनी दूर गिरती है, m में ज्ञात कीजिए।`,
      solution: () => `आनत तल के अनुदिश तथा लम्बवत अक्ष लीजिए: लम्बवत त्वरण $g\\cos\\alpha$, उड्डयन काल $T = \\frac{2u\\sin(\\theta - \\alpha)}{g\\cos\\alpha}$; परास $R = \\frac{2u^2\\sin(\\theta - \\alpha)\\cos\\theta}{g\\cos^2\\alpha}$।`,
    },
    unit: 'm', result: [3, 100],
    answer: (v) => (2 * v.u * v.u * Math.sin(rad(v.th - v.al)) * Math.cos(rad(v.th))) / (G * Math.cos(rad(v.al)) ** 2),
    // Level-ground range; the horizontal distance instead of the distance along the slope; one cos α missing.
    mistakes: (v) => {
      const Rr = (2 * v.u * v.u * Math.sin(rad(v.th - v.al)) * Math.cos(rad(v.th))) / (G * Math.cos(rad(v.al)) ** 2);
      return [(v.u * v.u * Math.sin(rad(2 * v.th))) / G, Rr * Math.cos(rad(v.al)), Rr * Math.cos(rad(v.al)) ** 2];
    },
    solution: () => `Take axes along and across the incline: the perpendicular acceleration is $g\\cos\\alpha$, so the flight time is $T = \\frac{2u\\sin(\\theta - \\alpha)}{g\\cos\\alpha}$. The horizontal distance $u\\cos\\theta\\,T$ divided by $\\cos\\alpha$ gives $R = \\frac{2u^2\\sin(\\theta - \\alpha)\\cos\\theta}{g\\cos^2\\alpha}$.` }),
]);

function helix(v: Record<string, number>, what: 'pitch' | 'radius'): number {
  const speed = (v.V as number) * 1e6, B = v.B as number, th = rad(v.th as number);
  const mq = MP / QE;
  return (what === 'pitch' ? 2 * Math.PI * mq * speed * Math.cos(th) : mq * speed * Math.sin(th)) / B * 100;
}

function cycleEfficiency(al: number, be: number, f: number): number {
  const work = (al - 1) * (be - 1);
  const heatIn = (f / 2) * (al - 1) + ((f + 2) / 2) * al * (be - 1);
  return (100 * work) / heatIn;
}
