import { formula, range } from './formula.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
/** Resistance between two corners of a cube of equal edges R: across the body, a face, an edge. */
const CUBE = [['the two ends of a body diagonal', 5 / 6], ['the two ends of a face diagonal', 3 / 4], ['the two ends of one edge', 7 / 12]] as const;
const CUBE_HI = ['काय विकर्ण के दोनों सिरों', 'फलक विकर्ण के दोनों सिरों', 'एक कोर के दोनों सिरों'] as const;
/** Moving bodies with momentum m·v = 0.33·k kg m/s, so λ = h/(mv) is whole in units of 10⁻³⁴ m (h = 6.6 × 10⁻³⁴ J s). */
const BODIES = [['a bullet', 'एक गोली', 0.01, 66], ['a bullet', 'एक गोली', 0.005, 66], ['a stone', 'एक पत्थर', 0.02, 55], ['a stone', 'एक पत्थर', 0.04, 55], ['a cricket ball', 'एक क्रिकेट गेंद', 0.15, 22], ['a cricket ball', 'एक क्रिकेट गेंद', 0.15, 44], ['a tennis ball', 'एक टेनिस गेंद', 0.06, 55], ['a bullet', 'एक गोली', 0.02, 330], ['an arrow', 'एक तीर', 0.025, 66], ['a hockey ball', 'एक हॉकी गेंद', 0.165, 40], ['a golf ball', 'एक गोल्फ गेंद', 0.044, 75]] as const;
const body = (i: number) => BODIES[i] as readonly [string, string, number, number];
/** Laser wavelengths (nm) whose photon energy is a whole multiple of 10⁻¹⁹ J with h = 6.6 × 10⁻³⁴ J s. */
const LASER = [[990, 2], [660, 3], [495, 4]] as const;
/** Ring on whose axis the distance to the rim is whole: (radius, axial distance, rim distance) in cm. */
const RING = [[3, 4, 5], [6, 8, 10], [9, 12, 15], [15, 20, 25], [18, 24, 30], [27, 36, 45], [30, 40, 50], [4, 3, 5], [8, 6, 10], [12, 9, 15]] as const;
const ring = (i: number) => RING[i] as readonly [number, number, number];

/** Fourth templates for concepts that had three: new shapes only. */
export const physicsDepthFourthDGenerators: GeneratorDef[] = physicalDistractors([
  // Hydrogen-like ion: E_n = −13.6 Z²/n² eV; identify Z from a level's energy.
  formula({ id: 'p.atom.identify-ion', subject: P, concepts: ['P.ATOM.BOHR'], difficulty: 3,
    vars: { Z: [2, 3, 4, 5], n: range(1, 4) },
    text: (v) => `In a hydrogen-like ion the total energy of the electron in the orbit $n = ${v.n}$ is $-${Number(((13.6 * v.Z * v.Z) / (v.n * v.n)).toFixed(2))}$ eV (for hydrogen $E_1 = -13.6$ eV). Find the atomic number $Z$ of the ion.`,
    hi: {
      text: (v) => `एक हाइड्रोजन-सम आयन में कक्षा $n = ${v.n}$ में इलेक्ट्रॉन की कुल ऊर्जा $-${Number(((13.6 * v.Z * v.Z) / (v.n * v.n)).toFixed(2))}$ eV है (हाइड्रोजन के लिए $E_1 = -13.6$ eV)। आयन का परमाणु क्रमांक $Z$ ज्ञात कीजिए।`,
      solution: () => `$E_n = -13.6\\frac{Z^2}{n^2}$ eV, अतः $Z = n\\sqrt{\\frac{|E_n|}{13.6}}$।`,
    },
    unit: '', result: [2, 5],
    answer: (v) => v.Z,
    // Z taken ∝ E (Z² forgotten); n² forgotten; n itself.
    mistakes: (v) => [Math.round((v.Z * v.Z) / (v.n * v.n)), Math.round(v.Z / v.n) || v.Z + 1, v.Z + v.n],
    solution: () => `$E_n = -13.6\\frac{Z^2}{n^2}$ eV, so $Z^2 = \\frac{n^2|E_n|}{13.6}$ and $Z = n\\sqrt{\\frac{|E_n|}{13.6}}$.` }),

  // Least tube voltage that excites K lines: ionise the K shell, ≈ 13.6(Z − 1)² V.
  formula({ id: 'p.atom.k-shell-voltage', subject: P, concepts: ['P.ATOM.XRAY', 'P.ATOM.BOHR'], difficulty: 3, freeResponse: false,
    vars: { Z: [13, 20, 26, 29, 30, 42, 47] },
    text: (v) => `Using the Bohr model with a screening constant of 1 for a K electron, estimate the least accelerating voltage (in kV) of an X-ray tube that can excite the K lines of a target of atomic number ${v.Z}.`,
    hi: {
      text: (v) => `K इलेक्ट्रॉन के लिए परिरक्षण नियतांक 1 लेकर बोर मॉडल से, परमाणु क्रमांक ${v.Z} वाले लक्ष्य की K रेखाएँ उत्तेजित कर सकने वाली X-किरण नली की न्यूनतम त्वरक वोल्टता (kV में) का अनुमान लगाइए।`,
      solution: () => `K रेखाओं के लिए K कोश से इलेक्ट्रॉन निकालना आवश्यक: ऊर्जा $13.6(Z - 1)^2$ eV, अतः $V = 13.6(Z - 1)^2$ V।`,
    },
    unit: 'kV', result: [1.5, 30],
    answer: (v) => (13.6 * (v.Z - 1) ** 2) / 1000,
    // The Kα photon energy (¾ of it); screening forgotten; the L-shell energy (÷4).
    mistakes: (v) => [(0.75 * 13.6 * (v.Z - 1) ** 2) / 1000, (13.6 * v.Z * v.Z) / 1000, (13.6 * (v.Z - 1) ** 2) / 4000],
    solution: () => `A K line follows the removal of a K electron. With screening 1 the K electron sees charge $(Z - 1)e$, so its binding energy is about $13.6(Z - 1)^2$ eV, and the electrons must be accelerated through at least that many volts. The $K_\\alpha$ photon carries only $\\frac34$ of it.` }),

  // Cube of twelve equal resistors.
  formula({ id: 'p.ce.resistor-cube', subject: P, concepts: ['P.CE.COMBO', 'P.CE.KIRCHHOFF'], difficulty: 4,
    vars: { c: range(0, 2), R: [12, 24, 36, 48] },
    text: (v) => `Twelve equal resistors of ${v.R} Ω each form the edges of a cube. Find the equivalent resistance (in Ω) between ${CUBE[v.c]![0]}.`,
    hi: {
      text: (v) => `${v.R} Ω के बारह समान प्रतिरोधक एक घन की कोरें बनाते हैं। ${CUBE_HI[v.c]} के बीच तुल्य प्रतिरोध (Ω में) ज्ञात कीजिए।`,
      solution: () => `सममिति से समान विभव के बिन्दु मिलाए जा सकते हैं: काय विकर्ण $\\frac56R$, फलक विकर्ण $\\frac34R$, कोर $\\frac{7}{12}R$।`,
    },
    unit: 'Ω', result: [7, 40],
    answer: (v) => Math.round(CUBE[v.c]![1] * v.R * 1e9) / 1e9,
    // The other two symmetric results; R/2 (two paths assumed).
    mistakes: (v) => [CUBE[(v.c + 1) % 3]![1] * v.R, CUBE[(v.c + 2) % 3]![1] * v.R, v.R / 2],
    solution: () => `Symmetry puts several corners at equal potential, which may be joined. Across a body diagonal: $\\frac R3 + \\frac R6 + \\frac R3 = \\frac56R$. Across a face diagonal $\\frac34R$ and across an edge $\\frac{7}{12}R$ follow the same way (or from node equations).` }),

  // Potentiometer: gradient E₀R_w/((R_w + R_s)L); balance at l = E/gradient.
  formula({ id: 'p.ce.potentiometer-series', subject: P, concepts: ['P.CE.METERBRIDGE', 'P.CE.OHM'], difficulty: 3,
    vars: { Rs: [0, 2, 5, 8], E: [0.5, 0.6, 0.8, 1] },
    text: (v) => `A potentiometer wire 400 cm long has a resistance of 10 Ω. It is driven by a 2 V cell of negligible internal resistance${v.Rs === 0 ? '' : ` through a ${v.Rs} Ω series resistor`}. At what length (in cm) is a cell of emf ${v.E} V balanced?`,
    hi: {
      text: (v) => `400 cm लम्बे विभवमापी तार का प्रतिरोध 10 Ω है। इसे नगण्य आन्तरिक प्रतिरोध वाले 2 V सेल से${v.Rs === 0 ? '' : ` ${v.Rs} Ω के श्रेणी प्रतिरोधक द्वारा`} चलाया जाता है। ${v.E} V विद्युत वाहक बल का सेल किस लम्बाई (cm में) पर सन्तुलित होता है?`,
      solution: () => `तार में धारा $\\frac{E_0}{R_w + R_s}$, विभव प्रवणता $\\frac{E_0R_w}{(R_w + R_s)L}$; सन्तुलन लम्बाई $l = \\frac{E}{\\text{प्रवणता}}$।`,
    },
    unit: 'cm', result: [50, 400],
    answer: (v) => Math.round(20 * v.E * (10 + v.Rs) * 1e9) / 1e9,
    // Series resistor ignored; whole-wire fraction E/E₀ of 100 cm; the series resistor's drop added instead of shared.
    mistakes: (v) => [200 * v.E, 50 * v.E, 20 * v.E * (10 + 2 * v.Rs)],
    solution: () => `Current in the wire $\\frac{E_0}{R_w + R_s}$, so the gradient is $\\frac{E_0R_w}{(R_w + R_s)L}$ V/cm. The cell balances where the wire's drop equals its emf: $l = \\frac{E(R_w + R_s)L}{E_0R_w}$. A series resistor lowers the gradient and lengthens $l$.` }),

  // Monthly electricity bill: Σ P t over 30 days, in kWh, times the rate.
  formula({ id: 'p.ce.energy-bill', subject: P, concepts: ['P.CE.POWER', 'P.UNITS.SI'], difficulty: 2,
    vars: { n: [2, 4, 5], P1: [40, 60, 100], h1: [4, 5, 6], P2: [1000, 1500, 2000], h2: [1, 2], rate: [5, 10] },
    text: (v) => `A house uses ${v.n} lamps of ${v.P1} W each for ${v.h1} hours a day and a ${v.P2} W heater for ${v.h2} hour${v.h2 === 1 ? '' : 's'} a day. At ₹${v.rate} per kWh, what is the bill (in ₹) for 30 days?`,
    hi: {
      text: (v) => `एक घर में ${v.P1} W के ${v.n} लैम्प प्रतिदिन ${v.h1} घण्टे तथा ${v.P2} W का एक हीटर प्रतिदिन ${v.h2} घण्टे चलता है। ₹${v.rate} प्रति kWh की दर से 30 दिन का बिल (₹ में) कितना होगा?`,
      solution: () => `ऊर्जा (kWh) = शक्ति (kW) × समय (h); 30 दिन की कुल ऊर्जा को दर से गुणा कीजिए।`,
    },
    unit: '', result: [150, 2500],
    answer: (v) => (v.rate * 30 * (v.n * v.P1 * v.h1 + v.P2 * v.h2)) / 1000,
    // One day only; a slip of ten in converting W to kW; the number of lamps forgotten.
    mistakes: (v) => [(v.rate * (v.n * v.P1 * v.h1 + v.P2 * v.h2)) / 1000, (v.rate * 30 * (v.n * v.P1 * v.h1 + v.P2 * v.h2)) / 100, (v.rate * 30 * (v.P1 * v.h1 + v.P2 * v.h2)) / 1000],
    solution: () => `Daily energy $= \\sum P_it_i$ (kW × h = kWh). Multiply by 30 days and by the rate per kWh (the "unit").` }),

  // Macroscopic de Broglie wavelength: λ = h/(mv).
  formula({ id: 'p.dual.macroscopic-wavelength', subject: P, concepts: ['P.DUAL.DEBROGLIE'], difficulty: 2,
    vars: { i: range(0, 10) },
    text: (v) => `Find the de Broglie wavelength of ${body(v.i)[0]} of mass ${body(v.i)[2] * 1000} g moving at ${body(v.i)[3]} m/s, in units of $10^{-34}$ m ($h = 6.6 \\times 10^{-34}$ J s).`,
    hi: {
      text: (v) => `${body(v.i)[3]} m/s से चल रही ${body(v.i)[2] * 1000} g द्रव्यमान की ${body(v.i)[1]} की दे ब्रॉग्ली तरंगदैर्ध्य $10^{-34}$ m की इकाई में ज्ञात कीजिए ($h = 6.6 \\times 10^{-34}$ J s)।`,
      solution: () => `$\\lambda = \\frac{h}{mv}$ (द्रव्यमान kg में); इतनी छोटी तरंगदैर्ध्य का कोई प्रेक्षण योग्य प्रभाव नहीं।`,
    },
    unit: '', result: [0.5, 40],
    answer: (v) => Math.round((6.6 / (body(v.i)[2] * body(v.i)[3])) * 1e9) / 1e9,
    // Mass in grams; h/(mv²); h·mv.
    mistakes: (v) => [6.6 / (body(v.i)[2] * 1000 * body(v.i)[3]), 6.6 / (body(v.i)[2] * body(v.i)[3] ** 2), 6.6 * body(v.i)[2] * body(v.i)[3]],
    solution: () => `$\\lambda = \\frac{h}{p} = \\frac{h}{mv}$ with $m$ in kg. The result, around $10^{-34}$ m, is far below any size that could diffract it: everyday bodies show no wave behaviour.` }),

  // Photons per second from a laser: n = P/(hc/λ).
  formula({ id: 'p.dual.laser-photons', subject: P, concepts: ['P.DUAL.PHOTO', 'P.EMW.ENERGY'], difficulty: 2,
    vars: { l: range(0, 2), Pm: [6, 12, 24, 36] },
    text: (v) => `A ${v.Pm} mW laser emits light of wavelength ${LASER[v.l]![0]} nm. How many photons does it emit per second, in units of $10^{15}$? ($h = 6.6 \\times 10^{-34}$ J s, $c = 3 \\times 10^8$ m/s)`,
    hi: {
      text: (v) => `एक ${v.Pm} mW लेज़र ${LASER[v.l]![0]} nm तरंगदैर्ध्य का प्रकाश उत्सर्जित करता है। यह प्रति सेकण्ड कितने फोटॉन उत्सर्जित करता है, $10^{15}$ की इकाई में? ($h = 6.6 \\times 10^{-34}$ J s, $c = 3 \\times 10^8$ m/s)`,
      solution: () => `प्रत्येक फोटॉन की ऊर्जा $\\frac{hc}{\\lambda}$; प्रति सेकण्ड फोटॉन $= \\frac{P}{hc/\\lambda}$।`,
    },
    unit: '', result: [15, 200],
    answer: (v) => (v.Pm * 10) / LASER[v.l]![1],
    // mW taken as W (×1000); a power of ten lost in the answer's unit (÷10); the photon energy halved (×2).
    mistakes: (v) => { const n = (v.Pm * 10) / LASER[v.l]![1]; return [1000 * n, n / 10, 2 * n]; },
    solution: () => `Each photon carries $E = \\frac{hc}{\\lambda}$ (a few $\\times 10^{-19}$ J). The number per second is the power divided by this energy.` }),

  // Coil flipped in a field: charge through the circuit = NΔΦ/R, independent of how fast.
  formula({ id: 'p.emi.flip-charge', subject: P, concepts: ['P.EMI.FARADAY', 'P.CE.OHM'], difficulty: 3, freeResponse: false,
    vars: { N: [50, 100, 200], A: [10, 20, 50], B: [0.1, 0.2, 0.5], R: [5, 10, 20], w: range(0, 1) },
    text: (v) => `A coil of ${v.N} turns and area ${v.A} cm² lies with its plane perpendicular to a uniform field of ${v.B} T; the circuit's total resistance is ${v.R} Ω. The coil is turned ${v.w === 0 ? 'through 180°' : 'through 90°'}. Find the charge (in mC) that flows.`,
    hi: {
      text: (v) => `${v.N} फेरों तथा ${v.A} cm² क्षेत्रफल की एक कुण्डली का तल ${v.B} T के एकसमान क्षेत्र के लम्बवत है; परिपथ का कुल प्रतिरोध ${v.R} Ω है। कुण्डली को ${v.w === 0 ? '180°' : '90°'} घुमाया जाता है। प्रवाहित आवेश (mC में) ज्ञात कीजिए।`,
      solution: () => `$q = \\int i\\,dt = \\frac{N\\Delta\\Phi}{R}$; 180° पर $\\Delta\\Phi = 2BA$, 90° पर $BA$।`,
    },
    unit: 'mC', result: [0.02, 250],
    answer: (v) => ((v.w === 0 ? 2 : 1) * v.N * v.B * v.A * 1e-4 * 1000) / v.R,
    // The flux change of a 180° turn taken as zero-to-BA (or BA as 2BA); turns forgotten; area left in cm².
    mistakes: (v) => [((v.w === 0 ? 1 : 2) * v.N * v.B * v.A * 1e-4 * 1000) / v.R, ((v.w === 0 ? 2 : 1) * v.B * v.A * 1e-4 * 1000) / v.R, ((v.w === 0 ? 2 : 1) * v.N * v.B * v.A * 1e-2 * 1000) / v.R],
    solution: () => `$i = \\frac{\\varepsilon}{R} = -\\frac{N}{R}\\frac{d\\Phi}{dt}$, so $q = \\int i\\,dt = \\frac{N|\\Delta\\Phi|}{R}$, whatever the speed of turning. Turning through 180° reverses the flux ($\\Delta\\Phi = 2BA$); through 90° it removes it ($BA$).` }),

  // Sunlight energy density: u = I/c.
  formula({ id: 'p.emw.energy-density', subject: P, concepts: ['P.EMW.ENERGY'], difficulty: 2,
    vars: { I: [300, 600, 900, 1200, 1500], w: range(0, 1), L: [1, 2, 5] },
    text: (v) => `Sunlight of intensity ${v.I} W/m² falls normally on a surface ($c = 3 \\times 10^8$ m/s). Find ${v.w === 0 ? 'the average electromagnetic energy density of the beam, in µJ/m³' : `the electromagnetic energy (in µJ) contained in a ${v.L} m long column of the beam of cross-section 1 m²`}.`,
    hi: {
      text: (v) => `${v.I} W/m² तीव्रता का सूर्य-प्रकाश एक पृष्ठ पर अभिलम्बवत पड़ता है ($c = 3 \\times 10^8$ m/s)। ${v.w === 0 ? 'किरण-पुंज का औसत विद्युतचुम्बकीय ऊर्जा घनत्व µJ/m³ में' : `1 m² अनुप्रस्थ काट तथा ${v.L} m लम्बे किरण-पुंज स्तम्भ में विद्युतचुम्बकीय ऊर्जा (µJ में)`} ज्ञात कीजिए।`,
      solution: () => `तीव्रता = ऊर्जा घनत्व × चाल: $I = uc$, अतः $u = \\frac{I}{c}$; आयतन $V$ में ऊर्जा $uV$।`,
    },
    unit: '', result: [1, 30],
    answer: (v) => (v.I / 300) * (v.w === 0 ? 1 : v.L),
    // I/(2c) (the electric half only); I·c; the column length ignored.
    mistakes: (v) => { const u = v.I / 300; return v.w === 0 ? [u / 2, 2 * u, u * 3] : [u, (u * v.L) / 2, 2 * u * v.L]; },
    solution: () => `In time $t$ a 1 m² beam delivers $It$, the energy held in a column of length $ct$: so $I = uc$ and $u = \\frac{I}{c}$, shared equally between the electric and magnetic fields.` }),

  // Battery-connected capacitor, slab of constant K slid fully in: ΔU = ½CV²(K − 1), battery work CV²(K − 1).
  formula({ id: 'p.es.slab-battery-energy', subject: P, concepts: ['P.ES.DIELECTRIC', 'P.ES.CAPACITOR'], difficulty: 3,
    vars: { C: [2, 5, 10], V: [10, 20, 50, 100], K: [2, 3, 4, 5], w: range(0, 1) },
    text: (v) => `A ${v.C} µF air capacitor stays connected to a ${v.V} V battery while a slab of dielectric constant ${v.K} is slid in to fill the gap completely. Find ${v.w === 0 ? 'the increase (in µJ) in the energy stored' : 'the work (in µJ) done by the battery'}.`,
    hi: {
      text: (v) => `एक ${v.C} µF का वायु संधारित्र ${v.V} V की बैटरी से जुड़ा रहता है जबकि ${v.K} परावैद्युतांक की एक पट्टी अन्तराल को पूरा भरने तक सरकाई जाती है। ${v.w === 0 ? 'संचित ऊर्जा में वृद्धि (µJ में)' : 'बैटरी द्वारा किया गया कार्य (µJ में)'} ज्ञात कीजिए।`,
      solution: () => `$V$ नियत, $C \\to KC$: $\\Delta U = \\frac12CV^2(K - 1)$; बैटरी $\\Delta Q = CV(K - 1)$ भेजती है, कार्य $V\\Delta Q = CV^2(K - 1)$ (शेष आधा पट्टी को खींचने में)।`,
    },
    unit: 'µJ', result: [100, 400000],
    answer: (v) => (v.w === 0 ? 0.5 : 1) * v.C * v.V * v.V * (v.K - 1),
    // The isolated-capacitor result (energy falls, ×1/K); K used for K − 1; the other of the two quantities.
    mistakes: (v) => [0.5 * v.C * v.V * v.V * (1 - 1 / v.K), (v.w === 0 ? 0.5 : 1) * v.C * v.V * v.V * v.K, (v.w === 0 ? 1 : 0.5) * v.C * v.V * v.V * (v.K - 1)],
    solution: () => `With $V$ fixed, $C \\to KC$. Stored energy rises by $\\frac12CV^2(K - 1)$. The battery pushes $\\Delta Q = CV(K - 1)$ at voltage $V$, doing $CV^2(K - 1)$: half is stored, half is the work the field does pulling the slab in.` }),

  // Unlike charges +q and −k²q: the field vanishes outside, beyond the smaller charge, at d/(k − 1).
  formula({ id: 'p.es.zero-field-unlike', subject: P, concepts: ['P.ES.FIELD', 'P.ES.COULOMB'], difficulty: 3,
    vars: { q: [1, 2, 3], k: [2, 3, 4], j: [5, 10, 20] },
    text: (v) => `Charges of $+${v.q}$ µC and $-${v.k * v.k * v.q}$ µC are fixed ${(v.k - 1) * v.j} cm apart. Find the distance (in cm) from the $+${v.q}$ µC charge of the point on the line through them where the electric field is zero.`,
    hi: {
      text: (v) => `$+${v.q}$ µC तथा $-${v.k * v.k * v.q}$ µC के आवेश ${(v.k - 1) * v.j} cm दूर स्थिर हैं। इनसे होकर जाने वाली रेखा पर उस बिन्दु की $+${v.q}$ µC आवेश से दूरी (cm में) ज्ञात कीजिए जहाँ विद्युत क्षेत्र शून्य है।`,
      solution: () => `विजातीय आवेशों के लिए शून्य क्षेत्र बिन्दु बाहर, छोटे आवेश की ओर: $\\frac{q}{x^2} = \\frac{k^2q}{(x + d)^2}$, अतः $x = \\frac{d}{k - 1}$।`,
    },
    unit: 'cm', result: [5, 20],
    answer: (v) => v.j,
    // The point taken between the charges (d/(k + 1)); on the far side of the larger charge; the ratio of charges without the root.
    mistakes: (v) => { const d = (v.k - 1) * v.j; return [d / (v.k + 1), d + d / (v.k - 1), d / (v.k * v.k - 1)]; },
    solution: () => `Between unlike charges both fields point the same way, so the null point is outside, nearer the smaller charge: $\\frac{kq}{x^2} = \\frac{k\\,k^2q}{(x + d)^2}$ gives $x + d = kx$, $x = \\frac{d}{k - 1}$.` }),

  // Potential on the axis of a charged ring: V = kQ/√(R² + x²).
  formula({ id: 'p.es.ring-axis-potential', subject: P, concepts: ['P.ES.POTENTIAL'], difficulty: 2,
    vars: { i: range(0, 9), Q: [1, 2, 3, 4] },
    text: (v) => `A thin ring of radius ${ring(v.i)[0]} cm carries a charge of ${v.Q} µC. Find the electric potential (in kV) at a point on its axis ${ring(v.i)[1]} cm from its centre ($k = 9 \\times 10^9$ N m²/C²).`,
    hi: {
      text: (v) => `${ring(v.i)[0]} cm त्रिज्या के एक पतले वलय पर ${v.Q} µC आवेश है। इसके केन्द्र से अक्ष पर ${ring(v.i)[1]} cm दूर बिन्दु पर विद्युत विभव (kV में) ज्ञात कीजिए ($k = 9 \\times 10^9$ N m²/C²)।`,
      solution: () => `वलय का प्रत्येक अंश बिन्दु से $\\sqrt{R^2 + x^2}$ दूर है, अतः $V = \\frac{kQ}{\\sqrt{R^2 + x^2}}$ (अदिश योग)।`,
    },
    unit: 'kV', result: [18, 1200],
    answer: (v) => (900 * v.Q) / ring(v.i)[2],
    // Distance taken as x (point charge at the centre); as R; as R + x.
    mistakes: (v) => { const [R, x] = ring(v.i); return [(900 * v.Q) / x, (900 * v.Q) / R, (900 * v.Q) / (R + x)]; },
    solution: () => `Potential is a scalar: every element of the ring is $\\sqrt{R^2 + x^2}$ from the point, so $V = \\frac{kQ}{\\sqrt{R^2 + x^2}}$.` }),
]);
