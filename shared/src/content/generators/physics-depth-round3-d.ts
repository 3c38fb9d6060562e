import { percentMistakes } from './chem-data.ts';
import { formatNumber } from './format.ts';
import { facts, formula, range, type Fact } from './formula.ts';
import { claimValues, claims } from './physics-depth-round3-c.ts';
import { physicalDistractors } from './physics-distractors.ts';
import type { GeneratorDef } from './types.ts';

const P = 'PHYSICS' as const;
const f = (x: number) => formatNumber(x);

/** Electromagnetic bands, English and Hindi. */
const BANDS = ['radio waves', 'microwaves', 'infrared', 'visible light', 'ultraviolet', 'X-rays', 'gamma rays'] as const;
const BANDS_HI = ['रेडियो तरंगें', 'सूक्ष्म तरंगें', 'अवरक्त', 'दृश्य प्रकाश', 'पराबैंगनी', 'X-किरणें', 'गामा किरणें'] as const;
/** Wavelengths well inside a band: shown value, unit, metres per unit, band. */
const WAVES = [[3, 'm', 1, 0], [10, 'm', 1, 0], [3, 'cm', 1e-2, 1], [5, 'mm', 1e-3, 1], [10, 'µm', 1e-6, 2], [2, 'µm', 1e-6, 2], [500, 'nm', 1e-9, 3], [600, 'nm', 1e-9, 3], [200, 'nm', 1e-9, 4], [100, 'nm', 1e-9, 4], [0.1, 'nm', 1e-9, 5], [0.5, 'nm', 1e-9, 5], [0.5, 'pm', 1e-12, 6]] as const;
const wave = (i: number) => WAVES[i] as readonly [number, string, number, number];

const bandTruths = (i: number) => {
  const [x, , u] = wave(i);
  const m = x * u;
  return [3e8 / m, 1240e-9 / m, x / 1.5];
};
const bandClaims = claims({
  id: 'p.emw.wavelength-claims', concepts: ['P.EMW.SPECTRUM'], difficulty: 3,
  en: (p) => [
    `The radiation belongs to the ${BANDS[p.b!]} region of the spectrum.`,
    `Its frequency is $${f(p.s1!)}$ Hz.`,
    `Each of its photons carries $${f(p.s2!)}$ eV.`,
    `In glass of refractive index 1.5 its wavelength is $${f(p.s3!)}$ ${wave(p.i!)[1]}.`,
  ],
  hi: (p) => [
    `यह विकिरण स्पेक्ट्रम के ${BANDS_HI[p.b!]} क्षेत्र का है।`,
    `इसकी आवृत्ति $${f(p.s1!)}$ Hz है।`,
    `इसका प्रत्येक फ़ोटॉन $${f(p.s2!)}$ eV ऊर्जा रखता है।`,
    `1.5 अपवर्तनांक के काँच में इसकी तरंगदैर्ध्य $${f(p.s3!)}$ ${wave(p.i!)[1]} है।`,
  ],
  build(rng) {
    const i = rng.int(0, WAVES.length - 1);
    const [x, unit, , band] = wave(i);
    const truths = bandTruths(i);
    // A prefix slip of 10³ in the frequency; hc = 12400 eV Å read with λ in nm; the wavelength multiplied by μ.
    const s = claimValues(rng, truths, [truths[0]! / 1000, truths[1]! * 10, x * 1.5]);
    const neighbour = band === 0 ? 1 : band === 6 ? 5 : band + rng.pick([-1, 1]);
    const b = rng.int(0, 1) === 1 ? band : neighbour;
    const flags = [b === band, s[0] === truths[0], s[1] === truths[1], s[2] === truths[2]];
    return {
      params: { i, b, s1: s[0]!, s2: s[1]!, s3: s[2]! }, truths: flags,
      text: `An electromagnetic wave has a wavelength of ${x} ${unit} in vacuum. Which of the following statements is/are correct? ($c = 3 \\times 10^8$ m/s, $hc = 1240$ eV nm)`,
      solution: `$f = c/\\lambda$; photon energy $E = \\frac{hc}{\\lambda} = \\frac{1240}{\\lambda\\,(\\text{nm})}$ eV; in a medium the frequency stays and $\\lambda' = \\lambda/\\mu$. Bands by wavelength: radio > 0.1 m, microwaves 0.1 m – 1 mm, infrared 1 mm – 700 nm, visible 700 – 400 nm, ultraviolet 400 nm – 1 nm, X-rays 1 nm – $10^{-3}$ nm, gamma rays below about $10^{-3}$ nm.`,
      hiText: `निर्वात में एक विद्युतचुम्बकीय तरंग की तरंगदैर्ध्य ${x} ${unit} है। निम्नलिखित में से कौन सा/से कथन सही है/हैं? ($c = 3 \\times 10^8$ m/s, $hc = 1240$ eV nm)`,
      hiSolution: `$f = c/\\lambda$; फ़ोटॉन ऊर्जा $E = \\frac{1240}{\\lambda\\,(\\text{nm})}$ eV; माध्यम में आवृत्ति वही रहती है तथा $\\lambda' = \\lambda/\\mu$। तरंगदैर्ध्य के अनुसार: रेडियो > 0.1 m, सूक्ष्म तरंगें 0.1 m – 1 mm, अवरक्त 1 mm – 700 nm, दृश्य 700 – 400 nm, पराबैंगनी 400 nm – 1 nm, X-किरणें 1 nm – $10^{-3}$ nm, गामा किरणें लगभग $10^{-3}$ nm से कम।`,
    };
  },
});

// Astronomical telescope: normal adjustment and final image at 25 cm.
const scopeTruths = (fo: number, fe: number) => [fo + fe, fo / fe, (fo / fe) * (1 + fe / 25), fo + (25 * fe) / (25 + fe)];
const telescope = claims({
  id: 'p.opt.telescope-claims', concepts: ['P.OPT.INSTRUMENTS', 'P.OPT.LENS'], difficulty: 4,
  en: (p) => [
    `In normal adjustment the lenses are $${f(p.s0!)}$ cm apart.`,
    `In normal adjustment the magnifying power is $${f(p.s1!)}$.`,
    `With the final image at 25 cm from the eye, the magnifying power is $${f(p.s2!)}$.`,
    `With the final image at 25 cm from the eye, the lenses are $${f(p.s3!)}$ cm apart.`,
  ],
  hi: (p) => [
    `सामान्य समायोजन में लेंसों के बीच दूरी $${f(p.s0!)}$ cm है।`,
    `सामान्य समायोजन में आवर्धन क्षमता $${f(p.s1!)}$ है।`,
    `अन्तिम प्रतिबिम्ब आँख से 25 cm पर होने पर आवर्धन क्षमता $${f(p.s2!)}$ है।`,
    `अन्तिम प्रतिबिम्ब आँख से 25 cm पर होने पर लेंसों के बीच दूरी $${f(p.s3!)}$ cm है।`,
  ],
  build(rng) {
    const fo = rng.pick([50, 75, 100, 150]), fe = rng.pick([2.5, 5]);
    const truths = scopeTruths(fo, fe);
    // Focal lengths subtracted; the simple-magnifier "1 +"; the sign of fe/D slipped; the eyepiece taken 25 cm beyond the focus.
    const s = claimValues(rng, truths, [fo - fe, fo / fe + 1, (fo / fe) * (1 - fe / 25), fo + 25]);
    return {
      params: { fo, fe, s0: s[0]!, s1: s[1]!, s2: s[2]!, s3: s[3]! }, truths: s.map((x, k) => x === truths[k]),
      text: `An astronomical telescope has an objective of focal length ${fo} cm and an eyepiece of focal length ${fe} cm; the eye is close to the eyepiece. Which of the following statements is/are correct?`,
      solution: `Normal adjustment (final image at infinity): the objective's image lies at the eyepiece's focus, $L = f_o + f_e$, $M = \\frac{f_o}{f_e}$. Final image at $D = 25$ cm: the eyepiece forms a virtual image at $D$, so its object is at $u_e = \\frac{Df_e}{D + f_e}$, $L = f_o + u_e$ and $M = \\frac{f_o}{u_e} = \\frac{f_o}{f_e}\\left(1 + \\frac{f_e}{D}\\right)$.`,
      hiText: `एक खगोलीय दूरदर्शी के अभिदृश्यक की फोकस दूरी ${fo} cm तथा नेत्रिका की फोकस दूरी ${fe} cm है; आँख नेत्रिका के समीप है। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
      hiSolution: `सामान्य समायोजन (अन्तिम प्रतिबिम्ब अनन्त पर): $L = f_o + f_e$, $M = \\frac{f_o}{f_e}$। अन्तिम प्रतिबिम्ब $D = 25$ cm पर: नेत्रिका के लिए वस्तु दूरी $u_e = \\frac{Df_e}{D + f_e}$, $L = f_o + u_e$ तथा $M = \\frac{f_o}{u_e} = \\frac{f_o}{f_e}\\left(1 + \\frac{f_e}{D}\\right)$।`,
    };
  },
});

// Silicon doped with a named element: majority carriers, minority density, conductivity, valence.
const DOPANTS = [['phosphorus', 'फॉस्फोरस', 5], ['arsenic', 'आर्सेनिक', 5], ['antimony', 'ऐन्टिमनी', 5], ['boron', 'बोरॉन', 3], ['aluminium', 'ऐलुमिनियम', 3], ['gallium', 'गैलियम', 3], ['indium', 'इंडियम', 3]] as const;
const dopant = (i: number) => DOPANTS[i] as readonly [string, string, number];
const doped = claims({
  id: 'p.semi.doped-claims', concepts: ['P.SEMI.BASICS'], difficulty: 4,
  en: (p) => [
    `The majority charge carriers are ${p.e === 1 ? 'electrons' : 'holes'}.`,
    `The minority-carrier density is about $${f(p.s1!)}$ m⁻³.`,
    `The conductivity is about $${f(p.s2!)}$ S/m.`,
    `The dopant atoms are ${p.v === 1 ? 'pentavalent' : 'trivalent'}.`,
  ],
  hi: (p) => [
    `बहुसंख्यक आवेश वाहक ${p.e === 1 ? 'इलेक्ट्रॉन' : 'होल'} हैं।`,
    `अल्पसंख्यक वाहक घनत्व लगभग $${f(p.s1!)}$ m⁻³ है।`,
    `चालकता लगभग $${f(p.s2!)}$ S/m है।`,
    `अपमिश्रक परमाणु ${p.v === 1 ? 'पंचसंयोजी' : 'त्रिसंयोजी'} हैं।`,
  ],
  build(rng) {
    const d = rng.int(0, DOPANTS.length - 1), c = rng.pick([1, 2, 5]), x = rng.pick([21, 22]);
    const N = c * 10 ** x, nType = dopant(d)[2] === 5;
    const truths = [1.5e16 ** 2 / N, N * 1.6e-19 * (nType ? 0.135 : 0.048)];
    // The minority density left at n_i; the minority carriers' mobility used.
    const s = claimValues(rng, truths, [1.5e16, N * 1.6e-19 * (nType ? 0.048 : 0.135)]);
    const e = rng.int(0, 1), v = rng.int(0, 1);
    const flags = [(e === 1) === nType, s[0] === truths[0], s[1] === truths[1], (v === 1) === nType];
    const [name, nameHi] = dopant(d);
    return {
      params: { d, c, x, e, v, s1: s[0]!, s2: s[1]! }, truths: flags,
      text: `Silicon ($n_i = 1.5 \\times 10^{16}$ m⁻³) is doped with $${c} \\times 10^{${x}}$ atoms of ${name} per m³, all ionised. The electron and hole mobilities are 0.135 and 0.048 m²/(V s) ($e = 1.6 \\times 10^{-19}$ C). Which of the following statements is/are correct?`,
      solution: `${name[0]!.toUpperCase()}${name.slice(1)} is in group ${nType ? 15 : 13}: it is ${nType ? 'pentavalent (a donor), so the silicon is n-type and electrons are the majority carriers' : 'trivalent (an acceptor), so the silicon is p-type and holes are the majority carriers'}. Majority density $\\approx N$; the law of mass action $np = n_i^2$ gives the minority density $n_i^2/N$. Conductivity $\\sigma \\approx Ne\\mu_{\\text{majority}}$ (the minority term is negligible).`,
      hiText: `सिलिकॉन ($n_i = 1.5 \\times 10^{16}$ m⁻³) को प्रति m³ ${nameHi} के $${c} \\times 10^{${x}}$ परमाणुओं से अपमिश्रित किया गया है, सभी आयनित। इलेक्ट्रॉन तथा होल की गतिशीलताएँ 0.135 तथा 0.048 m²/(V s) हैं ($e = 1.6 \\times 10^{-19}$ C)। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
      hiSolution: `${nameHi} वर्ग ${nType ? 15 : 13} का तत्व है: ${nType ? 'पंचसंयोजी (दाता), अतः n-प्रकार, बहुसंख्यक वाहक इलेक्ट्रॉन' : 'त्रिसंयोजी (ग्राही), अतः p-प्रकार, बहुसंख्यक वाहक होल'}। बहुसंख्यक घनत्व $\\approx N$; द्रव्य-अनुपाती क्रिया नियम $np = n_i^2$ से अल्पसंख्यक घनत्व $n_i^2/N$। चालकता $\\sigma \\approx Ne\\mu_{\\text{बहुसंख्यक}}$।`,
    };
  },
});

/** A band fact: the answer and wrong bands by index into BAND_OPTIONS / BANDS_HI, so both languages name the same bands. */
const BAND_OPTIONS = ['Radio waves', 'Microwaves', 'Infrared', 'Visible light', 'Ultraviolet', 'X-rays', 'Gamma rays'] as const;
const bandFact = (a: number, wrong: readonly [number, number, number, number], q: string, why: string, hq: string, hwhy: string): Fact => ({
  q, why, a: BAND_OPTIONS[a]!, wrong: [BAND_OPTIONS[wrong[0]]!, BAND_OPTIONS[wrong[1]]!, BAND_OPTIONS[wrong[2]]!, BAND_OPTIONS[wrong[3]]!],
  hi: { q: hq, why: hwhy, a: BANDS_HI[a]!, wrong: wrong.map((i) => BANDS_HI[i]!) },
});

const emwFacts = facts({
  id: 'p.emw.band-sources', subject: P, concepts: ['P.EMW.SPECTRUM'], difficulty: 2,
  items: [
    bandFact(1, [0, 2, 5, 4],
      'Which radiation is produced by klystron or magnetron valves and used in radar and microwave ovens?', 'Klystrons and magnetrons generate microwaves (wavelengths of about 1 mm to 0.1 m), used in radar, satellite links and ovens, where they set water molecules oscillating.',
      'क्लाइस्ट्रॉन या मैग्नेट्रॉन वाल्व द्वारा उत्पन्न तथा रडार एवं माइक्रोवेव ओवन में प्रयुक्त विकिरण कौन सा है?', 'क्लाइस्ट्रॉन तथा मैग्नेट्रॉन सूक्ष्म तरंगें (लगभग 1 mm से 0.1 m) उत्पन्न करते हैं, जो रडार, उपग्रह संचार तथा ओवन में प्रयुक्त होती हैं।'),
    bandFact(2, [1, 4, 3, 0],
      'Which radiation is emitted by hot bodies, is felt as heat, and is used in TV remote controls?', 'Infrared (about 700 nm to 1 mm) is emitted by warm bodies through molecular vibrations; absorbed by skin it is felt as heat. LEDs in remote controls emit near infrared.',
      'कौन सा विकिरण गर्म पिण्डों से उत्सर्जित होता है, ऊष्मा के रूप में अनुभव होता है तथा टीवी के रिमोट कंट्रोल में प्रयुक्त होता है?', 'अवरक्त विकिरण (लगभग 700 nm से 1 mm) गर्म पिण्डों से उत्सर्जित होता है तथा त्वचा द्वारा अवशोषित होकर ऊष्मा के रूप में अनुभव होता है।'),
    bandFact(5, [6, 4, 1, 2],
      'Which radiation is produced when high-energy electrons strike a metal target, and is used to image bones?', 'Fast electrons decelerated in a metal target (and inner-shell transitions) emit X-rays, wavelengths about 1 nm to $10^{-3}$ nm; bone absorbs them more than soft tissue.',
      'उच्च ऊर्जा इलेक्ट्रॉनों के धातु लक्ष्य से टकराने पर उत्पन्न होने वाला तथा हड्डियों के चित्रण में प्रयुक्त विकिरण कौन सा है?', 'धातु लक्ष्य में मन्दित तीव्र इलेक्ट्रॉन X-किरणें (लगभग 1 nm से $10^{-3}$ nm) उत्सर्जित करते हैं; हड्डियाँ इन्हें कोमल ऊतकों से अधिक अवशोषित करती हैं।'),
    bandFact(6, [5, 4, 2, 1],
      'Which radiation is emitted by radioactive nuclei and is used to destroy cancer cells?', 'Gamma rays come from transitions between nuclear energy levels after radioactive decay; their high photon energy kills cancer cells (radiotherapy).',
      'कौन सा विकिरण रेडियोऐक्टिव नाभिकों से उत्सर्जित होता है तथा कैंसर कोशिकाओं को नष्ट करने में प्रयुक्त होता है?', 'रेडियोऐक्टिव क्षय के बाद नाभिकीय ऊर्जा स्तरों के बीच संक्रमण से गामा किरणें निकलती हैं; इनकी उच्च फ़ोटॉन ऊर्जा कैंसर कोशिकाओं को नष्ट करती है।'),
    bandFact(4, [2, 5, 3, 1],
      'Which radiation is largely absorbed by the ozone layer and is used in water purifiers to kill germs?', 'Ultraviolet (about 400 nm to 1 nm) from the Sun is mostly absorbed by stratospheric ozone; UV lamps sterilise water by damaging the DNA of microbes.',
      'कौन सा विकिरण ओज़ोन परत द्वारा अधिकांशतः अवशोषित होता है तथा जल शोधक में कीटाणु नष्ट करने में प्रयुक्त होता है?', 'सूर्य का पराबैंगनी विकिरण (लगभग 400 nm से 1 nm) अधिकांशतः ओज़ोन द्वारा अवशोषित होता है; पराबैंगनी लैम्प सूक्ष्मजीवों के DNA को क्षति पहुँचाकर जल को जीवाणुरहित करते हैं।'),
    bandFact(0, [1, 2, 6, 5],
      'Which radiation is produced by charges accelerating in an antenna circuit and used in AM and FM broadcasting?', 'Oscillating currents in antennas radiate radio waves (wavelengths above about 0.1 m); AM (0.53–1.71 MHz) and FM (88–108 MHz) bands are radio waves.',
      'ऐन्टेना परिपथ में त्वरित आवेशों द्वारा उत्पन्न तथा AM एवं FM प्रसारण में प्रयुक्त विकिरण कौन सा है?', 'ऐन्टेना में दोलनी धाराएँ रेडियो तरंगें (लगभग 0.1 m से अधिक तरंगदैर्ध्य) विकिरित करती हैं; AM (0.53–1.71 MHz) तथा FM (88–108 MHz) रेडियो तरंगें हैं।'),
    bandFact(3, [2, 4, 1, 5],
      'To which radiation are the rods and cones of the human retina sensitive?', 'The retina responds to wavelengths of about 400 nm to 700 nm: visible light.',
      'मानव दृष्टिपटल की शलाकाएँ तथा शंकु किस विकिरण के प्रति संवेदनशील हैं?', 'दृष्टिपटल लगभग 400 nm से 700 nm तरंगदैर्ध्य के प्रति संवेदनशील है: दृश्य प्रकाश।'),
    bandFact(6, [5, 4, 0, 1],
      'Which part of the electromagnetic spectrum has the highest frequency?', 'Frequency rises as wavelength falls; gamma rays have the shortest wavelengths (below about $10^{-3}$ nm) and so the highest frequencies.',
      'विद्युतचुम्बकीय स्पेक्ट्रम के किस भाग की आवृत्ति सबसे अधिक है?', 'तरंगदैर्ध्य घटने पर आवृत्ति बढ़ती है; गामा किरणों की तरंगदैर्ध्य सबसे कम (लगभग $10^{-3}$ nm से कम) है, अतः आवृत्ति सबसे अधिक।'),
  ],
});

/** (near point D cm, focal length f cm) with D/f whole. */
const LOUPES = [[25, 2.5], [25, 5], [25, 12.5], [25, 6.25], [20, 2.5], [20, 4], [20, 5], [20, 10], [30, 2.5], [30, 3], [30, 5], [30, 6], [30, 10], [30, 7.5]] as const;
const loupe = (i: number) => LOUPES[i] as readonly [number, number];
const MIRROR_ANGLES = [30, 36, 45, 60, 72, 90, 120] as const;
const images = (th: number, w: number) => { const n = 360 / th; return n % 2 === 1 && w === 1 ? n : n - 1; };
/** Concave-mirror image distance (real-is-positive) for an object u cm in front, focal length F. */
const img = (u: number, F: number) => (u * F) / (u - F);
const rodImage = (F: number, a: number, L: number) => Math.abs(img(a, F) - img(a + L, F));
/** Bright fringes inside the central diffraction maximum (w = 0) or one first-order maximum (w = 1), r = d/a. */
const fringes = (r: number, w: number) => (w === 0 ? (Number.isInteger(r) ? 2 * r - 1 : 2 * Math.floor(r) + 1) : Math.ceil(2 * r) - Math.floor(r) - 1);
const NUCLEI = [['^{4}_{2}\\text{He}', 4], ['^{12}_{6}\\text{C}', 12], ['^{16}_{8}\\text{O}', 16], ['^{27}_{13}\\text{Al}', 27], ['^{56}_{26}\\text{Fe}', 56], ['^{107}_{47}\\text{Ag}', 107], ['^{197}_{79}\\text{Au}', 197], ['^{238}_{92}\\text{U}', 238]] as const;
const nucleus = (i: number) => NUCLEI[i] as readonly [string, number];
/** Nuclear density in units of 10¹⁷ kg/m³. */
const density = (R0: number) => (3 * 1.67e-27) / (4 * Math.PI * (R0 * 1e-15) ** 3) / 1e17;
const TARGETS = [['gold', 'सोने', 79], ['silver', 'चाँदी', 47], ['copper', 'ताँबे', 29], ['aluminium', 'ऐलुमिनियम', 13], ['lead', 'सीसे', 82], ['tin', 'टिन', 50]] as const;
const target = (i: number) => TARGETS[i] as readonly [string, string, number];
const MN = 1.008665, MH = 1.007825, MP = 1.007276;
/** Nucleon removal: parent, its atomic mass, Z, A, removed nucleon (1 = neutron), daughter and its atomic mass. */
const REMOVALS = [
  ['^{4}\\text{He}', 4.002603, 2, 4, 1, '^{3}\\text{He}', 3.016029], ['^{4}\\text{He}', 4.002603, 2, 4, 0, '^{3}\\text{H}', 3.016049],
  ['^{7}\\text{Li}', 7.016004, 3, 7, 1, '^{6}\\text{Li}', 6.015123], ['^{12}\\text{C}', 12, 6, 12, 1, '^{11}\\text{C}', 11.011434],
  ['^{12}\\text{C}', 12, 6, 12, 0, '^{11}\\text{B}', 11.009305], ['^{13}\\text{C}', 13.003355, 6, 13, 1, '^{12}\\text{C}', 12],
  ['^{14}\\text{N}', 14.003074, 7, 14, 1, '^{13}\\text{N}', 13.005739], ['^{14}\\text{N}', 14.003074, 7, 14, 0, '^{13}\\text{C}', 13.003355],
  ['^{16}\\text{O}', 15.994915, 8, 16, 1, '^{15}\\text{O}', 15.003066], ['^{16}\\text{O}', 15.994915, 8, 16, 0, '^{15}\\text{N}', 15.000109],
  ['^{17}\\text{O}', 16.999132, 8, 17, 1, '^{16}\\text{O}', 15.994915], ['^{40}\\text{Ca}', 39.962591, 20, 40, 0, '^{39}\\text{K}', 38.963707],
  ['^{56}\\text{Fe}', 55.934936, 26, 56, 1, '^{55}\\text{Fe}', 54.938293], ['^{56}\\text{Fe}', 55.934936, 26, 56, 0, '^{55}\\text{Mn}', 54.938044],
  ['^{57}\\text{Fe}', 56.935392, 26, 57, 1, '^{56}\\text{Fe}', 55.934936], ['^{208}\\text{Pb}', 207.976652, 82, 208, 1, '^{207}\\text{Pb}', 206.975897],
] as const;
const removal = (i: number) => REMOVALS[i] as readonly [string, number, number, number, number, string, number];
const separation = (i: number, nucleon = removal(i)[4] === 1 ? MN : MH) => { const [, Mp, , , , , Md] = removal(i); return (Md + nucleon - Mp) * 931.5; };
const ENERGY_GAP = [['silicon', 'सिलिकॉन', 1.12], ['germanium', 'जर्मेनियम', 0.67]] as const;
const gap = (i: number) => ENERGY_GAP[i] as readonly [string, string, number];
const niRatio = (Eg: number, T1: number, T2: number, power = 1.5, two = 2) => (T2 / T1) ** power * Math.exp((Eg / (two * 8.62e-5)) * (1 / T1 - 1 / T2));
const WHEN = ['its rms value', 'half its peak value', '$\\frac{\\sqrt3}{2}$ of its peak value'] as const;
const WHEN_HI = ['अपने वर्ग-माध्य-मूल मान', 'अपने शिखर मान के आधे', 'अपने शिखर मान के $\\frac{\\sqrt3}{2}$ गुने'] as const;
const PHASE_FRACTION = [1 / 8, 1 / 12, 1 / 6] as const;
const pendT = (L: number, r: number) => Number((2 * Math.PI * Math.sqrt((L + r) / 100 / 9.8)).toFixed(3));
const gTwo = (L1: number, dL: number, r: number) => (4 * Math.PI ** 2 * (dL / 100)) / (pendT(L1 + dL, r) ** 2 - pendT(L1, r) ** 2);
const oscNeeded = (lc: number, T: number, p: number, w: number) => Math.ceil(Number(((100 * lc * (w + 1)) / (p * T)).toFixed(9)));

/** Mirror nuclei: lower-Z member (TeX, atomic mass, Z), higher-Z member (TeX, atomic mass), A. */
const MIRRORS = [
  ['^{7}_{3}\\text{Li}', 7.016004, 3, '^{7}_{4}\\text{Be}', 7.016929, 7], ['^{11}_{5}\\text{B}', 11.009305, 5, '^{11}_{6}\\text{C}', 11.011434, 11],
  ['^{13}_{6}\\text{C}', 13.003355, 6, '^{13}_{7}\\text{N}', 13.005739, 13], ['^{15}_{7}\\text{N}', 15.000109, 7, '^{15}_{8}\\text{O}', 15.003065, 15],
  ['^{17}_{8}\\text{O}', 16.999132, 8, '^{17}_{9}\\text{F}', 17.002095, 17],
] as const;
const mirror = (i: number) => MIRRORS[i] as readonly [string, number, number, string, number, number];
/** Radius (fm) from the binding-energy difference of mirror nuclei, (3/5)·1.44·ΔZ(Z − 1)/ΔB; `w` = 1 gives R/A^{1/3}. */
const mirrorRadius = (i: number, w: number, coulomb = (Z: number) => 0.6 * 1.44 * 2 * Z, dB = (M1: number, M2: number) => (M2 - M1 + MN - MH) * 931.5) => {
  const [, M1, Z, , M2, A] = mirror(i);
  return coulomb(Z) / dB(M1, M2) / (w === 1 ? Math.cbrt(A) : 1);
};
/** Neutral point (cm) of a short magnet of moment m (A m²) in B_H (10⁻⁵ T): equatorial (w = 0) or axial (w = 1). */
const neutral = (m: number, BH: number, w: number, power = 1 / 3) => ((1e-7 * (w + 1) * m) / (BH * 1e-5)) ** power * 100;

/** Transmitted share (%) of a beam of unpolarised plus plane-polarised light whose I_max/I_min is k, polaroid at θ to the polarisation. */
const COS2 = { 30: 0.75, 45: 0.5, 60: 0.25 } as Record<number, number>;
const partialShare = (k: number, th: number, ratio = (k - 1) / 2) => (100 * (0.5 + ratio * COS2[th]!)) / (1 + ratio);

/** Magnetism in matter, AC, EM spectrum, optics, nuclei, semiconductors and experiments: round 3 shapes. */
export const physicsDepthRound3DGenerators: GeneratorDef[] = physicalDistractors([
  // Curie's law: M = C·B/T.
  formula({ id: 'p.mag.curie-magnetisation', subject: P, concepts: ['P.MAG.MATTER'], difficulty: 3, freeResponse: false,
    vars: { M1: [6, 8, 10, 12, 15], B1: [0.4, 0.6, 0.8], T1: [200, 300, 400], B2: [0.3, 0.5, 0.9, 1.2], T2: [150, 250, 600] },
    text: (v) => `A paramagnetic salt has a magnetisation of ${v.M1} A/m in a magnetic field of ${v.B1} T at ${v.T1} K. Assuming Curie's law, find its magnetisation (in A/m) in a field of ${v.B2} T at ${v.T2} K.`,
    hi: {
      text: (v) => `एक अनुचुम्बकीय लवण का ${v.T1} K पर ${v.B1} T चुम्बकीय क्षेत्र में चुम्बकन ${v.M1} A/m है। क्यूरी नियम मानते हुए ${v.T2} K पर ${v.B2} T क्षेत्र में इसका चुम्बकन (A/m में) ज्ञात कीजिए।`,
      solution: () => `क्यूरी नियम: $\\chi \\propto \\frac1T$, अतः $M = \\chi H \\propto \\frac BT$; $M_2 = M_1\\frac{B_2}{B_1}\\cdot\\frac{T_1}{T_2}$।`,
    },
    unit: 'A/m', result: [0.5, 150],
    answer: (v) => v.M1 * (v.B2 / v.B1) * (v.T1 / v.T2),
    // Temperature ignored; field ignored; susceptibility taken to grow with T.
    mistakes: (v) => [v.M1 * (v.B2 / v.B1), v.M1 * (v.T1 / v.T2), v.M1 * (v.B2 / v.B1) * (v.T2 / v.T1)],
    solution: () => `Curie's law: the susceptibility of a paramagnet varies as $\\frac1T$, so $M = \\chi H \\propto \\frac{B}{T}$ (in the weak-field regime) and $M_2 = M_1\\frac{B_2}{B_1}\\cdot\\frac{T_1}{T_2}$.` }),

  // Rowland ring: H = NI/ℓ, M = (μ_r − 1)H.
  formula({ id: 'p.mag.ring-magnetisation', subject: P, concepts: ['P.MAG.MATTER', 'P.MAG.AMPERE'], difficulty: 3,
    vars: { mu: [400, 800, 1000, 1500], n: [500, 1000, 2000], C: [50, 100], I: [0.5, 1, 2] },
    text: (v) => `A Rowland ring of mean circumference ${v.C} cm has an iron core of relative permeability ${v.mu} and is wound with ${(v.n * v.C) / 100} turns carrying ${v.I} A. Find the magnetisation (in A/m) of the core.`,
    hi: {
      text: (v) => `${v.C} cm माध्य परिधि वाले एक रोलैण्ड वलय में ${v.mu} आपेक्षिक चुम्बकशीलता का लोह क्रोड है तथा उस पर ${(v.n * v.C) / 100} फेरे लिपटे हैं जिनमें ${v.I} A धारा है। क्रोड का चुम्बकन (A/m में) ज्ञात कीजिए।`,
      solution: () => `ऐम्पियर नियम: $H = \\frac{NI}{\\ell}$; $B = \\mu_0\\mu_rH = \\mu_0(H + M)$, अतः $M = (\\mu_r - 1)H$।`,
    },
    unit: 'A/m', result: [5e4, 7e6],
    answer: (v) => (v.mu - 1) * v.n * v.I,
    // B/μ₀ taken as M; H taken as M; χ = μ_r + 1.
    mistakes: (v) => [v.mu * v.n * v.I, v.n * v.I, (v.mu + 1) * v.n * v.I],
    solution: () => `Ampère's law round the ring: $H = \\frac{NI}{\\ell}$. In the core $B = \\mu_0\\mu_rH = \\mu_0(H + M)$, so $M = (\\mu_r - 1)H = \\chi H$.` }),

  // i = I₀ sin ωt reaches a fraction of I₀ first at t = arcsin(fraction)/ω.
  formula({ id: 'p.ac.time-to-reach', subject: P, concepts: ['P.AC.BASICS'], difficulty: 2, freeResponse: false,
    vars: { fr: [50, 60, 100, 200, 250, 400], w: [0, 1, 2] },
    text: (v) => `An alternating current $i = I_0\\sin(2\\pi ft)$ has frequency ${v.fr} Hz. Find the least time (in ms) after $t = 0$ at which the current reaches ${WHEN[v.w]}.`,
    hi: {
      text: (v) => `एक प्रत्यावर्ती धारा $i = I_0\\sin(2\\pi ft)$ की आवृत्ति ${v.fr} Hz है। $t = 0$ के बाद वह न्यूनतम समय (ms में) ज्ञात कीजिए जब धारा ${WHEN_HI[v.w]} तक पहुँचती है।`,
      solution: () => `$\\sin(2\\pi ft) = \\frac{1}{\\sqrt2}, \\frac12, \\frac{\\sqrt3}{2}$ पर कोण क्रमशः $\\frac\\pi4, \\frac\\pi6, \\frac\\pi3$, अर्थात $t = \\frac T8, \\frac T{12}, \\frac T6$।`,
    },
    unit: 'ms', result: [0.1, 5],
    answer: (v) => (1000 * PHASE_FRACTION[v.w]!) / v.fr,
    // The peak (T/4); the other phase fractions.
    mistakes: (v) => [1000 / (4 * v.fr), ...PHASE_FRACTION.filter((_, k) => k !== v.w).map((x) => (1000 * x) / v.fr)],
    solution: () => `The current reaches $I_0\\sin\\phi$ first when $2\\pi ft = \\phi$: for the rms value $\\phi = \\frac\\pi4$ ($t = \\frac T8$), for half the peak $\\phi = \\frac\\pi6$ ($t = \\frac T{12}$), for $\\frac{\\sqrt3}{2}I_0$, $\\phi = \\frac\\pi3$ ($t = \\frac T6$), with $T = \\frac1f$.` }),

  // Step-up before transmission: line current P/(250N), loss I²R.
  formula({ id: 'p.ac.line-loss-stepup', subject: P, concepts: ['P.AC.TRANSFORMER', 'P.CE.POWER'], difficulty: 4,
    vars: { Pk: [100, 200, 500], R: [2, 4, 5, 10], N: [20, 40, 80, 100] },
    text: (v) => `A generator supplies ${v.Pk} kW at 250 V. An ideal step-up transformer of turns ratio 1 : ${v.N} feeds a transmission line of total resistance ${v.R} Ω. What percentage of the power is lost as heat in the line?`,
    hi: {
      text: (v) => `एक जनित्र 250 V पर ${v.Pk} kW शक्ति देता है। 1 : ${v.N} फेरों के अनुपात वाला एक आदर्श उच्चायी ट्रांसफ़ॉर्मर ${v.R} Ω कुल प्रतिरोध की संचरण लाइन को शक्ति देता है। लाइन में ऊष्मा के रूप में कितने प्रतिशत शक्ति का क्षय होता है?`,
      solution: () => `लाइन वोल्टता $V = 250N$, धारा $I = \\frac PV$, क्षय $I^2R$; प्रतिशत $= \\frac{PR}{V^2} \\times 100$।`,
    },
    unit: '%', result: [0.01, 25],
    answer: (v) => (100 * v.Pk * 1000 * v.R) / (250 * v.N) ** 2,
    // Loss taken to fall only as 1/N (a percentage over 100 is never offered); the line's resistance counted twice (two conductors).
    mistakes: (v) => percentMistakes((100 * v.Pk * 1000 * v.R) / (250 * v.N) ** 2, [(100 * v.Pk * 1000 * v.R) / (250 ** 2 * v.N), (200 * v.Pk * 1000 * v.R) / (250 * v.N) ** 2]),
    solution: () => `The line carries $I = \\frac{P}{V}$ with $V = 250N$ (an ideal transformer conserves power). The heat is $I^2R$, so the fraction lost is $\\frac{PR}{V^2}$: stepping up by $N$ cuts the loss by $N^2$.` }),

  emwFacts,
  bandClaims,

  // Images in two inclined mirrors.
  formula({ id: 'p.opt.inclined-mirror-images', subject: P, concepts: ['P.OPT.REFLECT'], difficulty: 2,
    vars: { th: [...MIRROR_ANGLES], w: [0, 1] },
    text: (v) => `Two plane mirrors are inclined at ${v.th}° to each other. A point object is placed between them ${v.w === 0 ? 'on the bisector of the angle' : `at ${v.th / 3}° from one mirror`}. How many images are formed?`,
    hi: {
      text: (v) => `दो समतल दर्पण एक-दूसरे से ${v.th}° पर झुके हैं। एक बिन्दु वस्तु उनके बीच ${v.w === 0 ? 'कोण के समद्विभाजक पर' : `एक दर्पण से ${v.th / 3}° पर`} रखी है। कितने प्रतिबिम्ब बनते हैं?`,
      solution: () => `$n = \\frac{360°}{\\theta}$ सम हो तो $n - 1$ प्रतिबिम्ब; विषम हो तो वस्तु समद्विभाजक पर होने पर $n - 1$, अन्यथा $n$।`,
    },
    unit: '', result: [2, 12],
    answer: (v) => images(v.th, v.w),
    // 360/θ itself; one more; the odd/even rule swapped.
    mistakes: (v) => { const n = 360 / v.th, a = images(v.th, v.w); return [n, n - 1, n + 1, n - 2].filter((x) => x !== a); },
    solution: () => `Each image in one mirror acts as an object for the other until an image falls behind both mirrors. With $n = \\frac{360°}{\\theta}$: if $n$ is even there are $n - 1$ images wherever the object is; if $n$ is odd there are $n - 1$ for an object on the bisector (two images coincide) and $n$ otherwise.` }),

  // A rod along the axis of a concave mirror: each end imaged separately.
  formula({ id: 'p.opt.rod-on-axis', subject: P, concepts: ['P.OPT.REFLECT'], difficulty: 4,
    vars: { F: [10, 15, 20], p: [1.5, 2, 3], L: [5, 10] },
    text: (v) => `A thin rod ${v.L} cm long lies along the principal axis of a concave mirror of focal length ${v.F} cm, its nearer end ${v.p * v.F} cm from the mirror. Find the length (in cm) of its image.`,
    hi: {
      text: (v) => `${v.L} cm लम्बी एक पतली छड़ ${v.F} cm फोकस दूरी वाले अवतल दर्पण की मुख्य अक्ष के अनुदिश रखी है; इसका निकटतम सिरा दर्पण से ${v.p * v.F} cm पर है। इसके प्रतिबिम्ब की लम्बाई (cm में) ज्ञात कीजिए।`,
      solution: () => `प्रत्येक सिरे का प्रतिबिम्ब $\\frac1v + \\frac1u = \\frac1f$ से अलग-अलग ज्ञात करें; लम्बाई $|v_1 - v_2|$। (अनुदैर्ध्य आवर्धन $m^2$ केवल छोटी छड़ के लिए लगभग सही है।)`,
    },
    unit: 'cm', result: [0.5, 30],
    answer: (v) => rodImage(v.F, v.p * v.F, v.L),
    // Lateral magnification of the near end times L; m² of the near end times L; the rod length unchanged.
    mistakes: (v) => { const m = v.F / (v.p * v.F - v.F); return [m * v.L, m * m * v.L, v.L]; },
    solution: () => `Image each end with the mirror formula: for an object at distance $u$ in front of a concave mirror the real image is at $v = \\frac{uf}{u - f}$. The image length is $|v_1 - v_2|$; $m^2L$ is only the limit for a very short rod.` }),

  // Simple magnifier: M = D/f (image at infinity) or 1 + D/f (image at the near point).
  formula({ id: 'p.opt.magnifier', subject: P, concepts: ['P.OPT.INSTRUMENTS', 'P.OPT.LENS'], difficulty: 2,
    vars: { i: range(0, 13), w: [0, 1] },
    text: (v) => `A person whose near point is ${loupe(v.i)[0]} cm uses a convex lens of focal length ${loupe(v.i)[1]} cm as a simple microscope, held close to the eye. Find its magnifying power when the final image is ${v.w === 0 ? 'at the near point' : 'at infinity'}.`,
    hi: {
      text: (v) => `एक व्यक्ति, जिसका निकट बिन्दु ${loupe(v.i)[0]} cm है, ${loupe(v.i)[1]} cm फोकस दूरी के उत्तल लेंस को आँख के समीप रखकर सरल सूक्ष्मदर्शी की तरह प्रयोग करता है। अन्तिम प्रतिबिम्ब ${v.w === 0 ? 'निकट बिन्दु पर' : 'अनन्त पर'} होने पर आवर्धन क्षमता ज्ञात कीजिए।`,
      solution: () => `प्रतिबिम्ब निकट बिन्दु पर: $M = 1 + \\frac Df$; अनन्त पर (वस्तु फोकस पर): $M = \\frac Df$।`,
    },
    unit: '', result: [2, 14],
    answer: (v) => { const [D, fl] = loupe(v.i); return Math.round(v.w === 0 ? 1 + D / fl : D / fl); },
    // The other setting; "1 +" dropped or added the wrong way; f/D inverted as D/f − 1.
    mistakes: (v) => { const [D, fl] = loupe(v.i), r = Math.round(D / fl); return v.w === 0 ? [r, r - 1, r + 2] : [r + 1, r - 1, 2 * r]; },
    solution: () => `The lens lets the object be brought to distance $u$ instead of $D$, so $M = \\frac Du$. For the image at the near point, $\\frac1{-D} - \\frac1{-u} = \\frac1f$ gives $\\frac Du = 1 + \\frac Df$; for the image at infinity the object is at the focus, $M = \\frac Df$.` }),

  telescope,

  // Rayleigh criterion for the eye: θ = 1.22λ/D = s/x.
  formula({ id: 'p.opt.headlights-rayleigh', subject: P, concepts: ['P.OPT.DIFFRACTION'], difficulty: 3, freeResponse: false,
    vars: { s: [1.2, 1.4, 1.5], D: [2, 3, 4], lam: [500, 550, 600] },
    text: (v) => `The headlights of a car are ${v.s} m apart. Taking the pupil of the eye to be ${v.D} mm in diameter and the light to be of wavelength ${v.lam} nm, find the greatest distance (in km) at which the eye can resolve the two lights (diffraction limit only).`,
    hi: {
      text: (v) => `एक कार की हेडलाइटें ${v.s} m दूर हैं। आँख की पुतली का व्यास ${v.D} mm तथा प्रकाश की तरंगदैर्ध्य ${v.lam} nm मानकर वह अधिकतम दूरी (km में) ज्ञात कीजिए जिस पर आँख दोनों प्रकाशों का विभेदन कर सके (केवल विवर्तन सीमा)।`,
      solution: () => `रैले कसौटी: न्यूनतम विभेद्य कोण $\\theta = \\frac{1.22\\lambda}{D}$; $\\frac sx = \\theta$ से $x = \\frac{sD}{1.22\\lambda}$।`,
    },
    unit: 'km', result: [2, 12],
    answer: (v) => (v.s * v.D * 1e-3) / (1.22 * v.lam * 1e-9) / 1000,
    // The factor 1.22 dropped; the pupil's radius used; the angle to the first minimum doubled (Airy disc width).
    mistakes: (v) => [(v.s * v.D * 1e-3) / (v.lam * 1e-9) / 1000, (v.s * v.D * 0.5e-3) / (1.22 * v.lam * 1e-9) / 1000, (v.s * v.D * 1e-3) / (2.44 * v.lam * 1e-9) / 1000],
    solution: () => `Two point sources are just resolved when their angular separation equals the angle to the first dark ring of the circular aperture: $\\theta = \\frac{1.22\\lambda}{D}$. The lights subtend $\\frac sx$, so $x = \\frac{sD}{1.22\\lambda}$.` }),

  // Double slit of finite width: orders m with |m| < d/a inside the envelope, m = d/a missing.
  formula({ id: 'p.opt.fringes-in-envelope', subject: P, concepts: ['P.OPT.DIFFRACTION', 'P.OPT.INTERFERENCE'], difficulty: 4,
    vars: { a: [0.05, 0.1, 0.2], r: [2.5, 3, 3.5, 4, 4.5, 5], w: [0, 1] },
    text: (v) => `In a Young's double-slit experiment with light of wavelength 600 nm, each slit is ${v.a} mm wide and the slit centres are ${f(v.a * v.r)} mm apart. How many bright interference fringes lie ${v.w === 0 ? 'within the central diffraction maximum' : 'within one of the two first-order diffraction maxima (between the first and second diffraction minima on one side)'}?`,
    hi: {
      text: (v) => `600 nm तरंगदैर्ध्य के प्रकाश से यंग के द्वि-झिरी प्रयोग में प्रत्येक झिरी ${v.a} mm चौड़ी है तथा झिरियों के केन्द्रों के बीच दूरी ${f(v.a * v.r)} mm है। ${v.w === 0 ? 'केन्द्रीय विवर्तन उच्चिष्ठ के भीतर' : 'दो प्रथम कोटि विवर्तन उच्चिष्ठों में से एक के भीतर (एक ओर के प्रथम तथा द्वितीय विवर्तन निम्निष्ठों के बीच)'} कितनी दीप्त व्यतिकरण फ्रिंजें हैं?`,
      solution: () => `दीप्त फ्रिंज $d\\sin\\theta = m\\lambda$, विवर्तन निम्निष्ठ $a\\sin\\theta = p\\lambda$; अतः $m = p\\frac da$ पर फ्रिंज लुप्त। केन्द्रीय उच्चिष्ठ: $|m| < \\frac da$; प्रथम कोटि: $\\frac da < m < \\frac{2d}{a}$।`,
    },
    unit: '', result: [2, 9],
    answer: (v) => fringes(v.r, v.w),
    // The missing order at a diffraction minimum still counted; d/a fringes; twice d/a.
    mistakes: (v) => { const c = fringes(v.r, v.w); return v.w === 0 ? [Number.isInteger(v.r) ? 2 * v.r + 1 : c + 2, Math.floor(v.r), 2 * Math.ceil(v.r)] : [c + 1, Math.floor(v.r), 2 * c]; },
    solution: () => `Bright fringes are at $d\\sin\\theta = m\\lambda$; the single-slit envelope has zeros at $a\\sin\\theta = p\\lambda$. So order $m$ falls at $\\frac{m}{d/a}$ of the way to the first envelope zero. The central maximum holds orders $|m| < \\frac da$; the first-order maximum holds $\\frac da < m < \\frac{2d}{a}$; an order with $m$ exactly a multiple of $\\frac da$ sits on a diffraction zero and is missing.` }),

  // Nuclear density is independent of A: ρ = 3m/(4πR₀³).
  formula({ id: 'p.nuc.density', subject: P, concepts: ['P.NUC.NUCLEUS'], difficulty: 3, freeResponse: false,
    vars: { i: range(0, 7), R0: [1.1, 1.2, 1.25, 1.3] },
    text: (v) => `Taking the nuclear radius as $R = R_0A^{1/3}$ with $R_0 = ${v.R0}$ fm and the mass of a nucleon as $1.67 \\times 10^{-27}$ kg, find the density of the nucleus $${nucleus(v.i)[0]}$ in units of $10^{17}$ kg/m³.`,
    hi: {
      text: (v) => `नाभिकीय त्रिज्या $R = R_0A^{1/3}$, $R_0 = ${v.R0}$ fm तथा एक न्यूक्लिऑन का द्रव्यमान $1.67 \\times 10^{-27}$ kg लेकर नाभिक $${nucleus(v.i)[0]}$ का घनत्व $10^{17}$ kg/m³ के मात्रक में ज्ञात कीजिए।`,
      solution: () => `$\\rho = \\frac{Am}{\\frac43\\pi R_0^3A} = \\frac{3m}{4\\pi R_0^3}$, जो $A$ पर निर्भर नहीं करता।`,
    },
    unit: '', result: [1, 4],
    answer: (v) => density(v.R0),
    // A left out of the volume (ρ × A); the radius formula read as a diameter (× 8); the volume taken as 4πR³.
    mistakes: (v) => [density(v.R0) * nucleus(v.i)[1], density(v.R0) * 8, density(v.R0) / 3],
    solution: () => `Mass $\\approx Am$ and volume $\\frac43\\pi R_0^3A$, so $\\rho = \\frac{3m}{4\\pi R_0^3}$, the same for every nucleus (about $2 \\times 10^{17}$ kg/m³).` }),

  // Head-on α particle: r₀ = 2Z·(ke²)/K with ke² = 1.44 MeV fm.
  formula({ id: 'p.nuc.closest-approach', subject: P, concepts: ['P.NUC.NUCLEUS', 'P.ES.POTENTIAL'], difficulty: 3, freeResponse: false,
    vars: { t: range(0, 5), K: [4, 5, 6, 7.7, 8] },
    text: (v) => `An α particle of kinetic energy ${v.K} MeV moves head-on towards a ${target(v.t)[0]} nucleus ($Z = ${target(v.t)[2]}$). Find the distance of closest approach (in fm), an upper bound on the nuclear radius ($\\frac{e^2}{4\\pi\\varepsilon_0} = 1.44$ MeV fm; neglect recoil).`,
    hi: {
      text: (v) => `${v.K} MeV गतिज ऊर्जा का एक α कण ${target(v.t)[1]} के नाभिक ($Z = ${target(v.t)[2]}$) की ओर सीधे बढ़ता है। निकटतम पहुँच की दूरी (fm में) ज्ञात कीजिए, जो नाभिकीय त्रिज्या की ऊपरी सीमा है ($\\frac{e^2}{4\\pi\\varepsilon_0} = 1.44$ MeV fm; प्रतिक्षेप नगण्य)।`,
      solution: () => `निकटतम बिन्दु पर गतिज ऊर्जा पूर्णतः स्थितिज ऊर्जा में: $K = \\frac{(2e)(Ze)}{4\\pi\\varepsilon_0r_0}$, अतः $r_0 = \\frac{2Z \\times 1.44}{K}$ fm।`,
    },
    unit: 'fm', result: [2, 60],
    answer: (v) => (2 * target(v.t)[2] * 1.44) / v.K,
    // The α charge taken as e; the kinetic energy equated to half the potential energy.
    mistakes: (v) => [(target(v.t)[2] * 1.44) / v.K, (4 * target(v.t)[2] * 1.44) / v.K, (2 * target(v.t)[2] * 1.44) / v.K / 1.5],
    solution: () => `At closest approach the α particle is momentarily at rest: $K = \\frac{1}{4\\pi\\varepsilon_0}\\frac{(2e)(Ze)}{r_0}$, so $r_0 = \\frac{2Z(1.44\\ \\text{MeV fm})}{K}$.` }),

  // Separation energy from atomic masses: S = [M(daughter) + m(nucleon) − M(parent)]·931.5 MeV.
  formula({ id: 'p.nuc.separation-energy', subject: P, concepts: ['P.NUC.BINDING', 'P.NUC.NUCLEUS'], difficulty: 4,
    vars: { i: range(0, 15) },
    text: (v) => { const [X, Mx, , , n, Y, My] = removal(v.i); return `Find the energy (in MeV) needed to remove one ${n === 1 ? 'neutron' : 'proton'} from $${X}$. Atomic masses: $${X}$ = ${Mx} u, $${Y}$ = ${My} u, ${n === 1 ? `neutron ${MN} u` : `$^{1}\\text{H}$ ${MH} u`}; 1 u = 931.5 MeV/c².`; },
    hi: {
      text: (v) => { const [X, Mx, , , n, Y, My] = removal(v.i); return `$${X}$ से एक ${n === 1 ? 'न्यूट्रॉन' : 'प्रोटॉन'} को पृथक करने के लिए आवश्यक ऊर्जा (MeV में) ज्ञात कीजिए। परमाणु द्रव्यमान: $${X}$ = ${Mx} u, $${Y}$ = ${My} u, ${n === 1 ? `न्यूट्रॉन ${MN} u` : `$^{1}\\text{H}$ ${MH} u`}; 1 u = 931.5 MeV/c²।`; },
      solution: () => `पृथक्करण ऊर्जा = उत्पादों तथा मूल नाभिक के द्रव्यमानों का अन्तर × 931.5 MeV; प्रोटॉन के लिए $^{1}$H का परमाणु द्रव्यमान लेने से इलेक्ट्रॉन द्रव्यमान संतुलित हो जाते हैं।`,
    },
    unit: 'MeV', result: [3, 22], sig: 4,
    answer: (v) => separation(v.i),
    // The other nucleon's mass; the bare proton mass with atomic masses (electron not balanced); divided by A as if per nucleon.
    mistakes: (v) => [separation(v.i, removal(v.i)[4] === 1 ? MH : MN), separation(v.i, MP), separation(v.i) / removal(v.i)[3]],
    solution: () => `Removing the nucleon turns the parent into the daughter plus a free nucleon; the energy needed is the mass gained times $c^2$: $S = [M(\\text{daughter}) + m - M(\\text{parent})] \\times 931.5$ MeV. With atomic masses a proton is removed as a $^{1}$H atom, so the electron count balances. It equals the difference of the two nuclei's binding energies.` }),

  // Reactor fuel: mass of U-235 fissioned per day.
  formula({ id: 'p.nuc.reactor-fuel', subject: P, concepts: ['P.NUC.BINDING'], difficulty: 3, freeResponse: false,
    vars: { Pe: [100, 300, 500, 1000], eta: [25, 30, 40] },
    text: (v) => `A nuclear power station delivers ${v.Pe} MW of electric power at an overall efficiency of ${v.eta}%. Each fission of $^{235}$U releases 200 MeV. Find the mass (in kg) of $^{235}$U that undergoes fission per day ($N_A = 6.0 \\times 10^{23}$ mol⁻¹, 1 MeV = $1.6 \\times 10^{-13}$ J).`,
    hi: {
      text: (v) => `एक नाभिकीय विद्युत संयन्त्र ${v.eta}% कुल दक्षता पर ${v.Pe} MW विद्युत शक्ति देता है। $^{235}$U का प्रत्येक विखण्डन 200 MeV मुक्त करता है। प्रतिदिन विखण्डित होने वाले $^{235}$U का द्रव्यमान (kg में) ज्ञात कीजिए ($N_A = 6.0 \\times 10^{23}$ mol⁻¹, 1 MeV = $1.6 \\times 10^{-13}$ J)।`,
      solution: () => `तापीय शक्ति $= P_e/\\eta$; प्रतिदिन ऊर्जा $\\times 86400$ s; विखण्डनों की संख्या $= E/(200 \\times 1.6 \\times 10^{-13})$; द्रव्यमान $= \\frac{n}{N_A} \\times 235$ g।`,
    },
    unit: 'kg', result: [0.1, 5],
    answer: (v) => ((((v.Pe * 1e6) / (v.eta / 100)) * 86400) / (200 * 1.6e-13) / 6e23) * 0.235,
    // The efficiency ignored; efficiency multiplied instead of divided; the energy of one day taken as per hour.
    mistakes: (v) => { const e = (v.Pe * 1e6 * 86400) / (200 * 1.6e-13) / 6e23 * 0.235; return [e, e * (v.eta / 100), (e / (v.eta / 100)) / 24]; },
    solution: () => `Thermal power $= \\frac{P_e}{\\eta}$. Energy per day $= \\frac{P_e}{\\eta} \\times 86400$ s. Number of fissions $= \\frac{E}{200 \\times 1.6 \\times 10^{-13}\\ \\text{J}}$, and their mass is $\\frac{n}{N_A} \\times 0.235$ kg.` }),

  // Intrinsic carrier density n_i ∝ T^{3/2} exp(−E_g/2kT).
  formula({ id: 'p.semi.intrinsic-temperature', subject: P, concepts: ['P.SEMI.BASICS'], difficulty: 5,
    vars: { m: [0, 1], T1: [280, 300], T2: [320, 330, 350, 360, 400] },
    text: (v) => `For pure ${gap(v.m)[0]} (band gap ${gap(v.m)[2]} eV) the intrinsic carrier density varies as $n_i \\propto T^{3/2}e^{-E_g/2kT}$. By what factor does $n_i$ increase when the temperature rises from ${v.T1} K to ${v.T2} K? ($k = 8.62 \\times 10^{-5}$ eV/K)`,
    hi: {
      text: (v) => `शुद्ध ${gap(v.m)[1]} (ऊर्जा अन्तराल ${gap(v.m)[2]} eV) के लिए नैज वाहक घनत्व $n_i \\propto T^{3/2}e^{-E_g/2kT}$ के अनुसार बदलता है। ताप ${v.T1} K से ${v.T2} K होने पर $n_i$ कितने गुना बढ़ता है? ($k = 8.62 \\times 10^{-5}$ eV/K)`,
      solution: () => `$\\frac{n_2}{n_1} = \\left(\\frac{T_2}{T_1}\\right)^{3/2}\\exp\\left[\\frac{E_g}{2k}\\left(\\frac1{T_1} - \\frac1{T_2}\\right)\\right]$।`,
    },
    unit: '', result: [1.5, 2500],
    answer: (v) => niRatio(gap(v.m)[2], v.T1, v.T2),
    // The T^{3/2} factor dropped; E_g/kT for E_g/2kT; the exponential dropped.
    mistakes: (v) => [niRatio(gap(v.m)[2], v.T1, v.T2, 0), niRatio(gap(v.m)[2], v.T1, v.T2, 1.5, 1), (v.T2 / v.T1) ** 1.5],
    solution: () => `Take the ratio: $\\frac{n_2}{n_1} = \\left(\\frac{T_2}{T_1}\\right)^{3/2}\\exp\\left[\\frac{E_g}{2k}\\left(\\frac1{T_1} - \\frac1{T_2}\\right)\\right]$. The exponential dominates: a few tens of kelvin multiply the carrier density several times, more so for the wider gap.` }),

  doped,

  // Vernier with a negative zero error: true = reading + |e|.
  formula({ id: 'p.exp.vernier-negative-zero', subject: P, concepts: ['P.EXP.VERNIER'], difficulty: 3, freeResponse: false,
    vars: { N: [10, 20, 50], e: [1, 2, 3, 4], M: [12, 25, 31, 44], v: [2, 3, 5, 6, 7, 8] },
    text: (p) => `In a vernier callipers ${p.N} vernier divisions equal ${p.N - 1} main-scale divisions of 1 mm. With the jaws closed, the vernier zero lies to the left of the main-scale zero and vernier division ${p.N - p.e} coincides with a main-scale line. Measuring a rod, the main-scale reading is ${p.M} mm and vernier division ${p.v} coincides. Find the true length (in mm) of the rod.`,
    hi: {
      text: (p) => `एक वर्नियर कैलिपर्स में वर्नियर के ${p.N} भाग मुख्य पैमाने के 1 mm वाले ${p.N - 1} भागों के बराबर हैं। जबड़े बन्द करने पर वर्नियर का शून्य मुख्य पैमाने के शून्य के बाईं ओर है तथा वर्नियर का ${p.N - p.e}वाँ भाग मुख्य पैमाने की एक रेखा से सम्पाती है। एक छड़ मापने पर मुख्य पैमाना पाठ्यांक ${p.M} mm है तथा वर्नियर का ${p.v}वाँ भाग सम्पाती है। छड़ की वास्तविक लम्बाई (mm में) ज्ञात कीजिए।`,
      solution: () => `अल्पतमांक $= \\frac1N$ mm। ऋणात्मक शून्यांक त्रुटि $= -(N - k) \\times$ अल्पतमांक; वास्तविक मान = पाठ्यांक − त्रुटि = पाठ्यांक + $(N - k) \\times$ अल्पतमांक।`,
    },
    unit: 'mm', result: [12, 46], sig: 4,
    answer: (p) => Number((p.M + (p.v + p.e) / p.N).toFixed(4)),
    // Zero error added with the wrong sign; zero error ignored; the coinciding division taken as the error.
    mistakes: (p) => [Number((p.M + (p.v - p.e) / p.N).toFixed(4)), Number((p.M + p.v / p.N).toFixed(4)), Number((p.M + (p.v + p.N - p.e) / p.N).toFixed(4))],
    solution: () => `Least count $= 1 - \\frac{N - 1}{N} = \\frac1N$ mm. With the vernier zero left of the main zero and division $k$ coinciding, the zero error is $-(N - k)$ least counts (negative). True length = reading − zero error = $M + \\frac{v}{N} + \\frac{N - k}{N}$ mm.` }),

  // Largest percentage error of a volume from vernier readings.
  formula({ id: 'p.exp.vernier-volume-error', subject: P, concepts: ['P.EXP.VERNIER', 'P.UNITS.ERR'], difficulty: 4,
    vars: { M: [10, 12, 15, 20, 25], v: [2, 4, 6, 8], w: [0, 1], l: [30, 40, 50] },
    text: (p) => `A vernier callipers of least count 0.1 mm (no zero error) measures ${p.w === 0 ? 'the diameter of a sphere: the main-scale reading is' : `a cylinder: its length reads ${p.l}.0 mm, and for its diameter the main-scale reading is`} ${p.M} mm with vernier division ${p.v} coinciding. Find the maximum percentage error in the ${p.w === 0 ? 'volume of the sphere' : 'volume of the cylinder'}.`,
    hi: {
      text: (p) => `0.1 mm अल्पतमांक वाले वर्नियर कैलिपर्स (शून्यांक त्रुटि नहीं) से ${p.w === 0 ? 'एक गोले का व्यास मापा जाता है: मुख्य पैमाना पाठ्यांक' : `एक बेलन मापा जाता है: इसकी लम्बाई ${p.l}.0 mm पढ़ी जाती है तथा व्यास के लिए मुख्य पैमाना पाठ्यांक`} ${p.M} mm है तथा वर्नियर का ${p.v}वाँ भाग सम्पाती है। ${p.w === 0 ? 'गोले के आयतन' : 'बेलन के आयतन'} में अधिकतम प्रतिशत त्रुटि ज्ञात कीजिए।`,
      solution: () => `$d = $ मुख्य $+ v \\times 0.1$ mm। गोला: $V \\propto d^3$, $\\frac{\\Delta V}{V} = 3\\frac{\\Delta d}{d}$; बेलन: $V \\propto d^2\\ell$, $\\frac{\\Delta V}{V} = 2\\frac{\\Delta d}{d} + \\frac{\\Delta\\ell}{\\ell}$, $\\Delta = 0.1$ mm।`,
    },
    unit: '%', result: [0.5, 5],
    answer: (p) => { const d = p.M + p.v / 10; return p.w === 0 ? 30 / d : 20 / d + 10 / p.l; },
    // The power of d dropped; the radius error taken as the full least count; (cylinder) the length term dropped.
    mistakes: (p) => { const d = p.M + p.v / 10, value = p.w === 0 ? 30 / d : 20 / d + 10 / p.l; return percentMistakes(value, p.w === 0 ? [10 / d, 60 / d, 15 / d] : [10 / d + 10 / p.l, 40 / d + 10 / p.l, 20 / d]); },
    solution: () => `The diameter is $d = M + v \\times 0.1$ mm, each reading uncertain by the least count. For $V \\propto d^3$ (sphere) the relative errors add three times: $\\frac{\\Delta V}{V} = 3\\frac{\\Delta d}{d}$; for a cylinder $V \\propto d^2\\ell$: $\\frac{\\Delta V}{V} = 2\\frac{\\Delta d}{d} + \\frac{\\Delta\\ell}{\\ell}$.` }),

  // Two string lengths cancel the unknown bob radius: g = 4π²ΔL/Δ(T²).
  formula({ id: 'p.exp.pendulum-two-lengths', subject: P, concepts: ['P.EXP.PENDULUM', 'P.OSC.SPRING_PEND'], difficulty: 4,
    vars: { r: [1, 1.5, 2], L1: [50, 60, 70], dL: [30, 40, 50] },
    text: (p) => `In a simple-pendulum experiment the radius of the bob is not known. With a string length (suspension point to the top of the bob) of ${p.L1} cm the period is ${pendT(p.L1, p.r).toFixed(3)} s, and with ${p.L1 + p.dL} cm it is ${pendT(p.L1 + p.dL, p.r).toFixed(3)} s. Find $g$ (in m/s²).`,
    hi: {
      text: (p) => `एक सरल लोलक प्रयोग में गोलक की त्रिज्या ज्ञात नहीं है। धागे की लम्बाई (निलम्बन बिन्दु से गोलक के शीर्ष तक) ${p.L1} cm होने पर आवर्तकाल ${pendT(p.L1, p.r).toFixed(3)} s है तथा ${p.L1 + p.dL} cm होने पर ${pendT(p.L1 + p.dL, p.r).toFixed(3)} s है। $g$ (m/s² में) ज्ञात कीजिए।`,
      solution: () => `$T^2 = \\frac{4\\pi^2}{g}(\\ell + r)$; दोनों पाठ्यांकों का अन्तर लेने पर $r$ हट जाता है: $g = \\frac{4\\pi^2(\\ell_2 - \\ell_1)}{T_2^2 - T_1^2}$।`,
    },
    unit: 'm/s²', result: [9.3, 10.3],
    answer: (p) => gTwo(p.L1, p.dL, p.r),
    // The first reading alone (bob radius ignored); the second alone; 2π² for 4π².
    mistakes: (p) => [(4 * Math.PI ** 2 * p.L1) / 100 / pendT(p.L1, p.r) ** 2, (4 * Math.PI ** 2 * (p.L1 + p.dL)) / 100 / pendT(p.L1 + p.dL, p.r) ** 2, gTwo(p.L1, p.dL, p.r) / 2],
    solution: () => `The effective length is $\\ell + r$: $T^2 = \\frac{4\\pi^2}{g}(\\ell + r)$. Subtracting the two readings removes the unknown $r$: $g = \\frac{4\\pi^2(\\ell_2 - \\ell_1)}{T_2^2 - T_1^2}$ (the slope of the $\\ell$–$T^2$ line). Using one reading alone underestimates $g$.` }),

  // Number of oscillations so that the timing error stays below p %.
  formula({ id: 'p.exp.oscillations-needed', subject: P, concepts: ['P.EXP.PENDULUM', 'P.UNITS.ERR'], difficulty: 2,
    vars: { lc: [0.1, 0.2, 0.5], T: [1.6, 2, 2.5], p: [0.5, 1, 2], w: [0, 1] },
    text: (v) => `The period of a simple pendulum, about ${v.T} s, is found by timing a number of oscillations with a stopwatch of least count ${v.lc} s. What is the least number of oscillations that must be timed for the maximum percentage error in ${v.w === 0 ? 'the period' : '$g$ (the length being measured exactly)'} not to exceed ${v.p}%?`,
    hi: {
      text: (v) => `एक सरल लोलक का आवर्तकाल, लगभग ${v.T} s, ${v.lc} s अल्पतमांक की विराम घड़ी से कुछ दोलनों का समय मापकर ज्ञात किया जाता है। ${v.w === 0 ? 'आवर्तकाल' : '$g$ (लम्बाई यथार्थ मापी गई है)'} में अधिकतम प्रतिशत त्रुटि ${v.p}% से अधिक न होने के लिए कम से कम कितने दोलनों का समय मापना होगा?`,
      solution: () => `$n$ दोलनों के समय $nT$ में त्रुटि अल्पतमांक; $\\frac{\\Delta T}{T} = \\frac{\\text{अल्पतमांक}}{nT}$। $g \\propto T^{-2}$ होने से $g$ में त्रुटि दोगुनी।`,
    },
    unit: '', result: [1, 200],
    answer: (v) => oscNeeded(v.lc, v.T, v.p, v.w),
    // Rounded down; the factor 2 for g missed or applied to the period; one extra.
    mistakes: (v) => { const n = oscNeeded(v.lc, v.T, v.p, v.w); return [n - 1, v.w === 0 ? oscNeeded(v.lc, v.T, v.p, 1) : oscNeeded(v.lc, v.T, v.p, 0), n + 1].filter((x) => x >= 1); },
    solution: () => `Timing $n$ oscillations, the total time $nT$ carries the stopwatch's least count as its error, so $\\frac{\\Delta T}{T} = \\frac{\\text{LC}}{nT}$. Since $g \\propto T^{-2}$, the error in $g$ is twice that. Take the smallest whole $n$ meeting the limit.` }),
  // Mirror nuclei: their binding energies differ by the Coulomb energy (3/5)Z(Z − 1)e²/(4πε₀R).
  formula({ id: 'p.nuc.mirror-nuclei-radius', subject: P, concepts: ['P.NUC.NUCLEUS', 'P.NUC.BINDING', 'P.ES.POTENTIAL'], difficulty: 5,
    vars: { i: range(0, 4), w: [0, 1] },
    text: (v) => { const [X, M1, , Y, M2] = mirror(v.i); return `The mirror nuclei $${X}$ and $${Y}$ (protons and neutrons interchanged) have the same radius $R$. Assume that the difference of their binding energies is due entirely to electrostatic energy, which for $Z$ protons spread uniformly through a sphere of radius $R$ is $E = \\frac35\\frac{Z(Z - 1)e^2}{4\\pi\\varepsilon_0R}$. Find ${v.w === 0 ? '$R$' : '$R_0 = R/A^{1/3}$'} (in fm). Atomic masses: $${X}$ = ${M1} u, $${Y}$ = ${M2} u, neutron ${MN} u, $^{1}\\text{H}$ ${MH} u; 1 u = 931.5 MeV/c², $\\frac{e^2}{4\\pi\\varepsilon_0} = 1.44$ MeV fm.`; },
    hi: {
      text: (v) => { const [X, M1, , Y, M2] = mirror(v.i); return `दर्पण नाभिकों $${X}$ तथा $${Y}$ (प्रोटॉन तथा न्यूट्रॉन परस्पर बदले हुए) की त्रिज्या $R$ समान है। मान लीजिए कि इनकी बन्धन ऊर्जाओं का अन्तर पूर्णतः स्थिरवैद्युत ऊर्जा के कारण है, जो $R$ त्रिज्या के गोले में एकसमान फैले $Z$ प्रोटॉनों के लिए $E = \\frac35\\frac{Z(Z - 1)e^2}{4\\pi\\varepsilon_0R}$ है। ${v.w === 0 ? '$R$' : '$R_0 = R/A^{1/3}$'} (fm में) ज्ञात कीजिए। परमाणु द्रव्यमान: $${X}$ = ${M1} u, $${Y}$ = ${M2} u, न्यूट्रॉन ${MN} u, $^{1}\\text{H}$ ${MH} u; 1 u = 931.5 MeV/c², $\\frac{e^2}{4\\pi\\varepsilon_0} = 1.44$ MeV fm।`; },
      solution: () => `बन्धन ऊर्जाओं का अन्तर $\\Delta B = [M(Y) - M(X) + m_n - m_H] \\times 931.5$ MeV; यह $\\frac35\\frac{1.44}{R}[Z(Z + 1) - Z(Z - 1)] = \\frac35\\frac{1.44 \\times 2Z}{R}$ के बराबर, अतः $R$।`,
    },
    unit: 'fm', result: [1, 5],
    answer: (v) => mirrorRadius(v.i, v.w),
    // The 3/5 left out; Z² for Z(Z − 1); the nuclide mass difference alone taken as ΔB (m_n − m_H forgotten).
    mistakes: (v) => [mirrorRadius(v.i, v.w, (Z) => 1.44 * 2 * Z), mirrorRadius(v.i, v.w, (Z) => 0.6 * 1.44 * (2 * Z + 1)), mirrorRadius(v.i, v.w, undefined, (M1, M2) => (M2 - M1) * 931.5)],
    solution: () => `With atomic masses, $B = [Zm_H + Nm_n - M]c^2$, so for the pair (the higher-$Z$ member has one more proton and one less neutron) $\\Delta B = [M(Y) - M(X) + m_n - m_H] \\times 931.5$ MeV. This equals the difference of Coulomb energies $\\frac35\\frac{e^2}{4\\pi\\varepsilon_0R}[(Z + 1)Z - Z(Z - 1)] = \\frac35\\frac{1.44 \\times 2Z}{R}$ MeV fm, which gives $R$ (and $R_0 = R/A^{1/3}$).` }),

  // Neutral points of a short magnet in the Earth's field: kM/d³ = B_H (equatorial) or 2kM/d³ = B_H (axial).
  formula({ id: 'p.mag.neutral-point', subject: P, concepts: ['P.MAG.MATTER'], difficulty: 4,
    vars: { m: [0.4, 0.8, 1.35, 2, 3.2], BH: [3.6, 4], w: [0, 1] },
    text: (v) => `A short bar magnet of magnetic moment ${v.m} A m² lies in the magnetic meridian with its north pole pointing ${v.w === 0 ? 'north' : 'south'}. The horizontal component of the Earth's magnetic field is $${v.BH} \\times 10^{-5}$ T. Find the distance (in cm) of the neutral points from the centre of the magnet ($\\frac{\\mu_0}{4\\pi} = 10^{-7}$ T m/A).`,
    hi: {
      text: (v) => `${v.m} A m² चुम्बकीय आघूर्ण का एक छोटा छड़ चुम्बक चुम्बकीय याम्योत्तर में इस प्रकार रखा है कि उसका उत्तरी ध्रुव ${v.w === 0 ? 'उत्तर' : 'दक्षिण'} की ओर है। पृथ्वी के चुम्बकीय क्षेत्र का क्षैतिज घटक $${v.BH} \\times 10^{-5}$ T है। चुम्बक के केन्द्र से उदासीन बिन्दुओं की दूरी (cm में) ज्ञात कीजिए ($\\frac{\\mu_0}{4\\pi} = 10^{-7}$ T m/A)।`,
      solution: () => `उत्तरी ध्रुव उत्तर की ओर: उदासीन बिन्दु निरक्षीय रेखा पर, $\\frac{\\mu_0}{4\\pi}\\frac{m}{d^3} = B_H$; दक्षिण की ओर: अक्षीय रेखा पर, $\\frac{\\mu_0}{4\\pi}\\frac{2m}{d^3} = B_H$।`,
    },
    unit: 'cm', result: [5, 40],
    answer: (v) => neutral(v.m, v.BH, v.w),
    // The other line's field (factor 2 slipped); an inverse-square field.
    mistakes: (v) => [neutral(v.m, v.BH, 1 - v.w), neutral(v.m, v.BH, v.w, 1 / 2)],
    solution: () => `At a neutral point the magnet's field cancels $B_H$. With the north pole pointing north, the magnet's field opposes $B_H$ on the equatorial line: $\\frac{\\mu_0}{4\\pi}\\frac{m}{d^3} = B_H$. With it pointing south, it opposes $B_H$ on the axial line: $\\frac{\\mu_0}{4\\pi}\\frac{2m}{d^3} = B_H$. Solve for $d$.` }),
  // Partially polarised beam: I_max = I_u/2 + I_p, I_min = I_u/2, so I_p/I_u = (k − 1)/2.
  formula({ id: 'p.opt.partial-polarisation', subject: P, concepts: ['P.OPT.POLAR'], difficulty: 4,
    vars: { k: [2, 3, 5, 7, 9], th: [30, 45, 60] },
    text: (v) => `A beam is a mixture of unpolarised light and plane-polarised light. When it is viewed through a rotating polaroid, the maximum transmitted intensity is ${v.k} times the minimum. What percentage of the beam's intensity does the polaroid transmit when its axis makes ${v.th}° with the plane of polarisation of the polarised part?`,
    hi: {
      text: (v) => `एक किरण-पुंज अध्रुवित प्रकाश तथा समतल-ध्रुवित प्रकाश का मिश्रण है। घूमते पोलेरॉइड से देखने पर अधिकतम पारगमित तीव्रता न्यूनतम की ${v.k} गुनी है। जब पोलेरॉइड की अक्ष ध्रुवित भाग के ध्रुवण तल से ${v.th}° बनाती है, तब पोलेरॉइड पुंज की तीव्रता का कितना प्रतिशत पारगमित करता है?`,
      solution: () => `$I_{max} = \\frac{I_u}{2} + I_p$, $I_{min} = \\frac{I_u}{2}$, अतः $\\frac{I_p}{I_u} = \\frac{k - 1}{2}$। कोण $\\theta$ पर $I = \\frac{I_u}{2} + I_p\\cos^2\\theta$ (मालस नियम); प्रतिशत $= \\frac{I}{I_u + I_p} \\times 100$।`,
    },
    unit: '%', result: [5, 100],
    answer: (v) => partialShare(v.k, v.th),
    // I_p/I_u taken as k − 1 (the ½ for the unpolarised part forgotten); the whole beam treated as polarised; as unpolarised.
    mistakes: (v) => percentMistakes(partialShare(v.k, v.th), [partialShare(v.k, v.th, v.k - 1), 100 * COS2[v.th]!, 50]),
    solution: () => `A polaroid passes half of unpolarised light at every angle and $\\cos^2\\theta$ of polarised light (Malus). So $I_{max} = \\frac{I_u}{2} + I_p$ and $I_{min} = \\frac{I_u}{2}$, giving $\\frac{I_p}{I_u} = \\frac{k - 1}{2}$. At angle $\\theta$: $I = \\frac{I_u}{2} + I_p\\cos^2\\theta$, a share $\\frac{\\frac12 + r\\cos^2\\theta}{1 + r}$ of the beam with $r = \\frac{I_p}{I_u}$.` }),
]);
