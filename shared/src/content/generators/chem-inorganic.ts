import { HYBRIDS, oxidationState, SPECIES, stericNumber, SYMBOLS } from './chem-data.ts';
import { facts, formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const GROUP_CONCEPT: Record<number, string> = { 13: 'C.PB.G13', 14: 'C.PB.G14', 15: 'C.PB.G15', 16: 'C.PB.G16', 17: 'C.PB.G17', 18: 'C.PB.G18' };
const ION_3D = [['Sc', 21, 3], ['Ti', 22, 3], ['Ti', 22, 2], ['V', 23, 3], ['V', 23, 2], ['Cr', 24, 3], ['Cr', 24, 2], ['Mn', 25, 2], ['Mn', 25, 3], ['Fe', 26, 2], ['Fe', 26, 3], ['Co', 27, 2], ['Co', 27, 3], ['Ni', 28, 2], ['Cu', 29, 2], ['Cu', 29, 1], ['Zn', 30, 2]] as const;
const dCount = (i: number) => ION_3D[i]![1] - 18 - ION_3D[i]![2];
const unpairedHighSpin = (d: number) => (d <= 5 ? d : 10 - d);
const LANTHANOIDS = ['La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu'] as const;
const LIGANDS = [['NH_3', 0], ['H_2O', 0], ['CO', 0], ['en', 0], ['Cl^-', -1], ['CN^-', -1], ['OH^-', -1], ['NO_2^-', -1], ['C_2O_4^{2-}', -2]] as const;
const DENTICITY: Record<string, number> = { en: 2, 'C_2O_4^{2-}': 2 };

/** One generator per p-block group: oxidation state, lone pairs or hybridisation of its species. */
function groupGenerator(group: number): GeneratorDef {
  const list = SPECIES.filter((s) => s.group === group);
  return {
    id: `c.pb.group-${group}-species`, subject: C, concepts: [GROUP_CONCEPT[group]!, 'C.BOND.VSEPR'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, list.length - 1);
      const w = rng.int(0, 2);
      const s = list[i]!;
      const sn = stericNumber(s);
      const lp = sn - s.M - s.D;
      const ox = oxidationState(s);
      const fmt = (x: number) => (x > 0 ? `+${x}` : String(x));
      const asks = [
        [`the oxidation state of ${s.central}`, fmt(ox), [ox + 1, ox - 1, ox + 2, -ox, ox - 2].filter((x) => x !== ox).map(fmt)],
        [`the number of lone pairs on ${s.central}`, String(lp), [lp + 1, lp + 2, lp === 0 ? 3 : lp - 1, 4].filter((x) => x !== lp).map(String)],
        [`the hybridisation of ${s.central}`, `$${HYBRIDS[sn]}$`, HYBRIDS.filter((h) => h && h !== HYBRIDS[sn]).map((h) => `$${h}$`)],
      ] as const;
      const [what, correct, wrong] = asks[w]!;
      return choice({ params: { i, w, group }, text: `In $\\mathrm{${s.formula}}$, what is ${what}?`, correct, distractors: rng.shuffle(wrong), solution: `Steric number $\\frac12(V + M - \\text{charge}) = ${sn}$ (${HYBRIDS[sn]}), ${lp} lone pair(s); oxidation state ${fmt(ox)} from the charge balance.`, hi: { text: `$\\mathrm{${s.formula}}$ में ${[`${s.central} की ऑक्सीकरण अवस्था`, `${s.central} पर एकाकी युग्मों की संख्या`, `${s.central} का संकरण`][w]} क्या है?`, solution: `स्टेरिक संख्या $\\frac12(V + M - \\text{आवेश}) = ${sn}$ (${HYBRIDS[sn]}), ${lp} एकाकी युग्म; आवेश संतुलन से ऑक्सीकरण अवस्था ${fmt(ox)}।` } });
    },
  };
}

/** Periodicity, s- and p-block, d- and f-block, coordination compounds (Chemistry units 9–12). */
export const chemInorganicGenerators: GeneratorDef[] = [
  formula({ id: 'c.per.position', subject: C, concepts: ['C.PER.TABLE', 'C.ATOM.CONFIG'], difficulty: 1,
    vars: { z: range(3, 36), w: range(0, 1) },
    text: (v) => `Element $Z = ${v.z}$ (${SYMBOLS[v.z]}): find its ${v.w === 0 ? 'period' : 'group number (1–18)'}.`, unit: '',
    answer: (v) => (v.w === 0 ? periodOf(v.z) : groupOf(v.z)), mistakes: (v) => (v.w === 0 ? [periodOf(v.z) + 1, periodOf(v.z) - 1, groupOf(v.z)] : [groupOf(v.z) + 1, groupOf(v.z) - 10 > 0 ? groupOf(v.z) - 10 : groupOf(v.z) + 10, periodOf(v.z)]),
    solution: () => `Write the configuration: the highest shell number is the period; the group follows from the valence s, p (and d) electrons.`,
    hi: { text: (v) => `तत्व $Z = ${v.z}$ (${SYMBOLS[v.z]}): इसका ${v.w === 0 ? 'आवर्त' : 'वर्ग क्रमांक (1–18)'} ज्ञात कीजिए।`, solution: () => `इलेक्ट्रॉनिक विन्यास लिखिए: सबसे बड़ी कोश संख्या आवर्त है; वर्ग संयोजी s, p (और d) इलेक्ट्रॉनों से निकलता है।` },
    result: [1, 18] }),
  facts({ id: 'c.per.trends', subject: C, concepts: ['C.PER.TRENDS'], difficulty: 2, items: [
    { q: 'Which has the highest first ionisation enthalpy?', a: 'N', wrong: ['O', 'C', 'B'], why: 'N has a stable half-filled 2p³ configuration, so its IE₁ exceeds that of O.', hi: { q: 'किसकी प्रथम आयनन एन्थैल्पी सबसे अधिक है?', a: 'N', wrong: ['O', 'C', 'B'], why: 'N का अर्धपूरित 2p³ विन्यास स्थायी है, अतः इसकी IE₁, O से अधिक है।' } },
    { q: 'Which has the most negative electron gain enthalpy?', a: 'Cl', wrong: ['F', 'Br', 'I'], why: 'F is small and its compact 2p shell repels the incoming electron; Cl is the most negative.', hi: { q: 'किसकी इलेक्ट्रॉन लब्धि एन्थैल्पी सबसे अधिक ऋणात्मक है?', a: 'Cl', wrong: ['F', 'Br', 'I'], why: 'F छोटा है और इसका सघन 2p कोश आने वाले इलेक्ट्रॉन को प्रतिकर्षित करता है; Cl की सबसे अधिक ऋणात्मक है।' } },
    { q: 'Which is the largest atom?', a: 'Cs', wrong: ['Na', 'K', 'Rb'], why: 'Atomic radius increases down a group.', hi: { q: 'कौन-सा परमाणु सबसे बड़ा है?', a: 'Cs', wrong: ['Na', 'K', 'Rb'], why: 'वर्ग में नीचे जाने पर परमाणु त्रिज्या बढ़ती है।' } },
    { q: 'Which is the most electronegative element?', a: 'F', wrong: ['O', 'Cl', 'N'], why: 'F has the highest Pauling electronegativity (4.0).', hi: { q: 'सबसे अधिक विद्युत ऋणात्मक तत्व कौन-सा है?', a: 'F', wrong: ['O', 'Cl', 'N'], why: 'F की पॉलिंग विद्युत ऋणात्मकता सबसे अधिक (4.0) है।' } },
    { q: 'Which ion is the smallest?', a: 'Al³⁺', wrong: ['Mg²⁺', 'Na⁺', 'F⁻'], why: 'Isoelectronic ions shrink as nuclear charge rises.', hi: { q: 'कौन-सा आयन सबसे छोटा है?', a: 'Al³⁺', wrong: ['Mg²⁺', 'Na⁺', 'F⁻'], why: 'समइलेक्ट्रॉनी आयनों में नाभिकीय आवेश बढ़ने पर आकार घटता है।' } },
    { q: 'Which has the higher first ionisation enthalpy: Be or B?', a: 'Be', wrong: ['B', 'They are equal', 'Cannot be compared'], why: 'B loses a 2p electron, which is shielded by 2s and easier to remove.', hi: { q: 'किसकी प्रथम आयनन एन्थैल्पी अधिक है: Be या B?', a: 'Be', wrong: ['B', 'दोनों बराबर हैं', 'तुलना नहीं की जा सकती'], why: 'B एक 2p इलेक्ट्रॉन खोता है, जो 2s द्वारा परिरक्षित है और आसानी से निकलता है।' } },
    { q: 'Across period 3 from Na to Cl, the atomic radius generally', a: 'decreases', wrong: ['increases', 'stays constant', 'first increases then decreases'], why: 'Effective nuclear charge rises across a period.', hi: { q: 'आवर्त 3 में Na से Cl तक परमाणु त्रिज्या सामान्यतः', a: 'घटती है', wrong: ['बढ़ती है', 'स्थिर रहती है', 'पहले बढ़ती फिर घटती है'], why: 'आवर्त में प्रभावी नाभिकीय आवेश बढ़ता है।' } },
    { q: 'Which oxide is amphoteric?', a: 'Al₂O₃', wrong: ['Na₂O', 'SO₃', 'P₄O₁₀'], why: 'Al₂O₃ reacts with both acids and bases.', hi: { q: 'कौन-सा ऑक्साइड उभयधर्मी है?', a: 'Al₂O₃', wrong: ['Na₂O', 'SO₃', 'P₄O₁₀'], why: 'Al₂O₃ अम्ल और क्षार दोनों से अभिक्रिया करता है।' } },
    { q: 'Which has the lowest first ionisation enthalpy?', a: 'K', wrong: ['Na', 'Mg', 'Ca'], why: 'Larger atoms with one valence electron lose it most easily.', hi: { q: 'किसकी प्रथम आयनन एन्थैल्पी सबसे कम है?', a: 'K', wrong: ['Na', 'Mg', 'Ca'], why: 'एक संयोजी इलेक्ट्रॉन वाले बड़े परमाणु उसे सबसे आसानी से खोते हैं।' } },
  ] }),
  formula({ id: 'c.per.binary-formula', subject: C, concepts: ['C.PER.VALENCE'], difficulty: 2,
    vars: { m: range(1, 3), x: range(5, 7) },
    text: (v) => `A metal M of group ${v.m} combines with a non-metal X of group ${v.x + 10}. In the formula $\\mathrm{M_aX_b}$ (lowest terms), find $a + b$.`, unit: '',
    answer: (v) => { const vx = 8 - v.x; const g = gcdInt(v.m, vx); return (vx + v.m) / g; }, mistakes: (v) => [v.m + (8 - v.x), 2, v.m * (8 - v.x) + 1, 3, 4, 5, 7],
    solution: () => `Valencies: metal = group number (1–3), non-metal = 18 − group; cross over and reduce.`,
    hi: { text: (v) => `वर्ग ${v.m} की एक धातु M, वर्ग ${v.x + 10} की एक अधातु X से संयोग करती है। सूत्र $\\mathrm{M_aX_b}$ (न्यूनतम पदों में) में $a + b$ ज्ञात कीजिए।`, solution: () => `संयोजकता: धातु = वर्ग संख्या (1–3), अधातु = 18 − वर्ग संख्या; संयोजकताओं का आदान-प्रदान करके सरल कीजिए।` },
    result: [2, 5] }),
  facts({ id: 'c.sblock.facts', subject: C, concepts: ['C.SBLOCK'], difficulty: 2, items: [
    { q: 'Which alkali metal forms a normal oxide (M₂O) on burning in excess air?', a: 'Li', wrong: ['Na', 'K', 'Rb'], why: 'Li forms Li₂O; Na forms the peroxide; K, Rb, Cs form superoxides.', hi: { q: 'आधिक्य वायु में जलाने पर कौन-सी क्षार धातु सामान्य ऑक्साइड (M₂O) बनाती है?', a: 'Li', wrong: ['Na', 'K', 'Rb'], why: 'Li, Li₂O बनाता है; Na परॉक्साइड; K, Rb, Cs सुपरऑक्साइड बनाते हैं।' } },
    { q: 'Which compound is used as plaster of Paris?', a: 'CaSO₄·½H₂O', wrong: ['CaSO₄·2H₂O', 'CaCO₃', 'Ca(OH)₂'], why: 'Plaster of Paris is the hemihydrate of calcium sulphate.', hi: { q: 'प्लास्टर ऑफ पेरिस के रूप में कौन-सा यौगिक प्रयुक्त होता है?', a: 'CaSO₄·½H₂O', wrong: ['CaSO₄·2H₂O', 'CaCO₃', 'Ca(OH)₂'], why: 'प्लास्टर ऑफ पेरिस कैल्सियम सल्फेट का हेमिहाइड्रेट है।' } },
    { q: 'Which alkaline earth hydroxide is the most soluble in water?', a: 'Ba(OH)₂', wrong: ['Mg(OH)₂', 'Ca(OH)₂', 'Be(OH)₂'], why: 'Hydroxide solubility increases down group 2.', hi: { q: 'कौन-सा क्षारीय मृदा हाइड्रॉक्साइड जल में सबसे अधिक विलेय है?', a: 'Ba(OH)₂', wrong: ['Mg(OH)₂', 'Ca(OH)₂', 'Be(OH)₂'], why: 'वर्ग 2 में नीचे जाने पर हाइड्रॉक्साइडों की विलेयता बढ़ती है।' } },
    { q: 'KO₂ is used in breathing apparatus because it', a: 'absorbs CO₂ and releases O₂', wrong: ['absorbs O₂', 'releases H₂', 'absorbs N₂'], why: '4KO₂ + 2CO₂ → 2K₂CO₃ + 3O₂.', hi: { q: 'KO₂ श्वसन उपकरणों में प्रयुक्त होता है क्योंकि यह', a: 'CO₂ अवशोषित करके O₂ मुक्त करता है', wrong: ['O₂ अवशोषित करता है', 'H₂ मुक्त करता है', 'N₂ अवशोषित करता है'], why: '4KO₂ + 2CO₂ → 2K₂CO₃ + 3O₂।' } },
    { q: 'Which element shows a diagonal relationship with Mg?', a: 'Li', wrong: ['Na', 'Be', 'Al'], why: 'Li and Mg have similar charge/radius ratios.', hi: { q: 'कौन-सा तत्व Mg के साथ विकर्ण संबंध दर्शाता है?', a: 'Li', wrong: ['Na', 'Be', 'Al'], why: 'Li और Mg के आवेश/त्रिज्या अनुपात समान हैं।' } },
    { q: 'Which carbonate decomposes at the lowest temperature?', a: 'BeCO₃', wrong: ['MgCO₃', 'CaCO₃', 'BaCO₃'], why: 'Thermal stability of group 2 carbonates increases down the group.', hi: { q: 'कौन-सा कार्बोनेट सबसे कम ताप पर विघटित होता है?', a: 'BeCO₃', wrong: ['MgCO₃', 'CaCO₃', 'BaCO₃'], why: 'वर्ग 2 के कार्बोनेटों का तापीय स्थायित्व वर्ग में नीचे बढ़ता है।' } },
    { q: 'The Solvay process manufactures', a: 'Na₂CO₃', wrong: ['NaOH', 'NaHCO₃ only', 'Na₂SO₄'], why: 'NaHCO₃ formed is heated to give washing soda precursor Na₂CO₃.', hi: { q: 'सॉल्वे प्रक्रम से बनाया जाता है', a: 'Na₂CO₃', wrong: ['NaOH', 'केवल NaHCO₃', 'Na₂SO₄'], why: 'बने NaHCO₃ को गर्म करके Na₂CO₃ प्राप्त किया जाता है।' } },
    { q: 'Which alkali metal ion has the highest hydration enthalpy?', a: 'Li⁺', wrong: ['Na⁺', 'K⁺', 'Cs⁺'], why: 'The smallest ion is hydrated most strongly.', hi: { q: 'किस क्षार धातु आयन की जलयोजन एन्थैल्पी सबसे अधिक है?', a: 'Li⁺', wrong: ['Na⁺', 'K⁺', 'Cs⁺'], why: 'सबसे छोटा आयन सबसे प्रबलता से जलयोजित होता है।' } },
  ] }),
  ...[13, 14, 15, 16, 17, 18].map(groupGenerator),
  formula({ id: 'c.db.d-electrons', subject: C, concepts: ['C.DB.CONFIG'], difficulty: 2,
    vars: { i: range(0, ION_3D.length - 1) },
    text: (v) => `How many 3d electrons does $\\mathrm{${ION_3D[v.i]![0]}^{${ION_3D[v.i]![2]}+}}$ have?`, unit: '',
    answer: (v) => dCount(v.i), mistakes: (v) => [dCount(v.i) + 2, ION_3D[v.i]![1] - 18, dCount(v.i) + 1],
    solution: () => `Remove the 4s electrons first: $d^n$ with $n = Z - 18 - \\text{charge}$.`,
    hi: { text: (v) => `$\\mathrm{${ION_3D[v.i]![0]}^{${ION_3D[v.i]![2]}+}}$ में कितने 3d इलेक्ट्रॉन हैं?`, solution: () => `पहले 4s इलेक्ट्रॉन हटाइए: $d^n$, जहाँ $n = Z - 18 - \\text{आवेश}$।` },
    result: [0, 10] }),
  formula({ id: 'c.db.spin-only', subject: C, concepts: ['C.DB.MAGNETIC', 'C.DB.CONFIG'], difficulty: 3,
    vars: { i: range(0, ION_3D.length - 1) },
    text: (v) => `Find the spin-only magnetic moment (BM) of the free $\\mathrm{${ION_3D[v.i]![0]}^{${ION_3D[v.i]![2]}+}}$ ion.`, unit: 'BM',
    answer: (v) => Math.sqrt(unpairedHighSpin(dCount(v.i)) * (unpairedHighSpin(dCount(v.i)) + 2)), mistakes: (v) => [unpairedHighSpin(dCount(v.i)), Math.sqrt(dCount(v.i) * (dCount(v.i) + 2)), Math.sqrt((unpairedHighSpin(dCount(v.i)) + 1) * (unpairedHighSpin(dCount(v.i)) + 3))],
    solution: () => `$\\mu = \\sqrt{n(n+2)}$ BM with $n$ unpaired electrons (Hund's rule).`,
    hi: { text: (v) => `मुक्त $\\mathrm{${ION_3D[v.i]![0]}^{${ION_3D[v.i]![2]}+}}$ आयन का प्रचक्रण-मात्र चुंबकीय आघूर्ण (BM) ज्ञात कीजिए।`, solution: () => `$\\mu = \\sqrt{n(n+2)}$ BM, जहाँ $n$ अयुग्मित इलेक्ट्रॉन (हुंड का नियम)।` },
    result: [0, 5.92] }),
  formula({ id: 'c.db.permanganate-titre', subject: C, concepts: ['C.DB.COMPOUNDS', 'C.REDOX.BALANCE'], difficulty: 3,
    vars: { m: range(0.02, 0.2, 0.02), V: range(10, 50, 5), w: range(0, 1) },
    text: (v) => `${v.V} mL of ${v.m.toFixed(2)} M ${v.w === 0 ? 'KMnO₄' : 'K₂Cr₂O₇'} oxidises Fe²⁺ completely in acid. How many millimoles of Fe²⁺ were present?`, unit: 'mmol',
    answer: (v) => v.V * v.m * (v.w === 0 ? 5 : 6), mistakes: (v) => [v.V * v.m, v.V * v.m * (v.w === 0 ? 6 : 5), v.V * v.m * (v.w === 0 ? 3 : 2)],
    solution: () => `MnO₄⁻ gains 5 e⁻; Cr₂O₇²⁻ gains 6 e⁻; each Fe²⁺ loses 1 e⁻.`,
    hi: { text: (v) => `${v.V} mL ${v.m.toFixed(2)} M ${v.w === 0 ? 'KMnO₄' : 'K₂Cr₂O₇'} अम्लीय माध्यम में Fe²⁺ को पूर्णतः ऑक्सीकृत करता है। Fe²⁺ के कितने मिलीमोल उपस्थित थे?`, solution: () => `MnO₄⁻ 5 e⁻ ग्रहण करता है; Cr₂O₇²⁻ 6 e⁻ ग्रहण करता है; प्रत्येक Fe²⁺ 1 e⁻ त्यागता है।` },
    result: [1, 60] }),
  formula({ id: 'c.fb.lanthanoid-f', subject: C, concepts: ['C.FB.LANTH'], difficulty: 2,
    vars: { i: range(0, LANTHANOIDS.length - 1), w: range(0, 1) },
    text: (v) => `For $\\mathrm{${LANTHANOIDS[v.i]}^{3+}}$ ($Z = ${57 + v.i}$), find the number of ${v.w === 0 ? '4f electrons' : 'unpaired 4f electrons'}.`, unit: '',
    answer: (v) => (v.w === 0 ? v.i : v.i <= 7 ? v.i : 14 - v.i), mistakes: (v) => [v.i + 1, 14 - v.i === v.i ? v.i + 2 : 14 - v.i, v.i + 3],
    solution: () => `Ln³⁺ is [Xe]4fⁿ with $n = Z - 57$; seven 4f orbitals fill singly first.`,
    hi: { text: (v) => `$\\mathrm{${LANTHANOIDS[v.i]}^{3+}}$ ($Z = ${57 + v.i}$) के लिए ${v.w === 0 ? '4f इलेक्ट्रॉनों' : 'अयुग्मित 4f इलेक्ट्रॉनों'} की संख्या ज्ञात कीजिए।`, solution: () => `Ln³⁺ का विन्यास [Xe]4fⁿ है, जहाँ $n = Z - 57$; सात 4f कक्षक पहले एकल रूप से भरते हैं।` },
    result: [0, 14] }),
  {
    id: 'c.co.oxidation-cn', subject: C, concepts: ['C.CO.NOMENCLATURE'], difficulty: 2,
    build(rng) {
      const metal = rng.pick(['Co', 'Fe', 'Cr', 'Ni', 'Pt', 'Cu'] as const);
      const ox = rng.int(1, 3);
      const target = rng.pick([4, 6] as const);
      const a = rng.int(0, LIGANDS.length - 1);
      const la = LIGANDS[a]!;
      const dentA = DENTICITY[la[0]] ?? 1;
      const monodentate = LIGANDS.filter((l) => !DENTICITY[l[0]] && l[0] !== la[0]);
      const lb = monodentate[rng.int(0, monodentate.length - 1)]!;
      const dentB = 1;
      const na = rng.int(1, target / dentA - 1);
      const nb = target - na * dentA;
      const charge = ox + na * la[1] + nb * lb[1];
      const cn = na * dentA + nb * dentB;
      const w = rng.int(0, 1);
      const sign = charge === 0 ? '' : charge > 0 ? `^{${charge === 1 ? '' : charge}+}` : `^{${charge === -1 ? '' : -charge}-}`;
      const ion = `[${metal}(${la[0].replace(/\^.*$/, '')})_{${na}}(${lb[0].replace(/\^.*$/, '')})_{${nb}}]${sign}`;
      const right = w === 0 ? ox : cn;
      const wrong = (w === 0 ? [ox + 1, ox - 1, charge, ox + 2, ox + 3] : [na + nb, 2, 4, 6, 8, cn + 1]).filter((x) => x !== right);
      return choice({ params: { w, ox, cn }, text: `In $\\mathrm{${ion}}$, what is the ${w === 0 ? 'oxidation state' : 'coordination number'} of ${metal}?`, correct: String(right), distractors: rng.shuffle([...new Set(wrong.map(String))]), solution: `Ligand charges: neutral for NH₃, H₂O, CO, en; −1 for Cl⁻, CN⁻, OH⁻, NO₂⁻; −2 for oxalate. en and oxalate are bidentate.`, hi: { text: `$\\mathrm{${ion}}$ में ${metal} की ${w === 0 ? 'ऑक्सीकरण अवस्था' : 'उपसहसंयोजन संख्या'} क्या है?`, solution: `लिगन्ड आवेश: NH₃, H₂O, CO, en उदासीन; Cl⁻, CN⁻, OH⁻, NO₂⁻ के लिए −1; ऑक्सेलेट के लिए −2। en और ऑक्सेलेट द्विदंतुर हैं।` } });
    },
  },
  facts({ id: 'c.co.isomer-count', subject: C, concepts: ['C.CO.ISOMERISM'], difficulty: 4, items: [
    { q: 'How many geometrical isomers does octahedral [MA₄B₂] have?', a: '2', wrong: ['1', '3', '4'], why: 'cis and trans.', hi: { q: 'अष्टफलकीय [MA₄B₂] के कितने ज्यामितीय समावयवी होते हैं?', a: '2', wrong: ['1', '3', '4'], why: 'सिस और ट्रांस।' } },
    { q: 'How many geometrical isomers does octahedral [MA₃B₃] have?', a: '2', wrong: ['1', '3', '4'], why: 'fac and mer.', hi: { q: 'अष्टफलकीय [MA₃B₃] के कितने ज्यामितीय समावयवी होते हैं?', a: '2', wrong: ['1', '3', '4'], why: 'फैक और मेर।' } },
    { q: 'How many geometrical isomers does square planar [MA₂B₂] have?', a: '2', wrong: ['0', '1', '3'], why: 'cis and trans.', hi: { q: 'वर्ग समतलीय [MA₂B₂] के कितने ज्यामितीय समावयवी होते हैं?', a: '2', wrong: ['0', '1', '3'], why: 'सिस और ट्रांस।' } },
    { q: 'How many geometrical isomers does tetrahedral [MA₂B₂] have?', a: '0', wrong: ['1', '2', '3'], why: 'All positions in a tetrahedron are adjacent.', hi: { q: 'चतुष्फलकीय [MA₂B₂] के कितने ज्यामितीय समावयवी होते हैं?', a: '0', wrong: ['1', '2', '3'], why: 'चतुष्फलक में सभी स्थितियाँ परस्पर संलग्न हैं।' } },
    { q: 'How many stereoisomers does [M(AA)₂B₂] (octahedral) have?', a: '3', wrong: ['2', '4', '1'], why: 'trans (achiral) and a pair of cis enantiomers.', hi: { q: '[M(AA)₂B₂] (अष्टफलकीय) के कितने त्रिविम समावयवी होते हैं?', a: '3', wrong: ['2', '4', '1'], why: 'ट्रांस (अकाइरल) और सिस प्रतिबिंबरूपी युग्म।' } },
    { q: 'How many stereoisomers does [M(AA)₃] have?', a: '2', wrong: ['1', '3', '4'], why: 'Δ and Λ enantiomers.', hi: { q: '[M(AA)₃] के कितने त्रिविम समावयवी होते हैं?', a: '2', wrong: ['1', '3', '4'], why: 'Δ और Λ प्रतिबिंबरूप।' } },
    { q: 'How many geometrical isomers does square planar [MABCD] have?', a: '3', wrong: ['2', '4', '6'], why: 'Three distinct arrangements of four different ligands.', hi: { q: 'वर्ग समतलीय [MABCD] के कितने ज्यामितीय समावयवी होते हैं?', a: '3', wrong: ['2', '4', '6'], why: 'चार भिन्न लिगन्डों की तीन भिन्न व्यवस्थाएँ।' } },
    { q: '[Co(NH₃)₅Br]SO₄ and [Co(NH₃)₅SO₄]Br are examples of', a: 'ionisation isomerism', wrong: ['linkage isomerism', 'coordination isomerism', 'hydrate isomerism'], why: 'They give different ions in solution.', hi: { q: '[Co(NH₃)₅Br]SO₄ और [Co(NH₃)₅SO₄]Br उदाहरण हैं', a: 'आयनन समावयवता के', wrong: ['बंधनी समावयवता के', 'उपसहसंयोजन समावयवता के', 'हाइड्रेट समावयवता के'], why: 'ये विलयन में भिन्न आयन देते हैं।' } },
    { q: '[Co(NH₃)₅(NO₂)]²⁺ and [Co(NH₃)₅(ONO)]²⁺ are examples of', a: 'linkage isomerism', wrong: ['ionisation isomerism', 'optical isomerism', 'coordination isomerism'], why: 'NO₂⁻ binds through N or through O.', hi: { q: '[Co(NH₃)₅(NO₂)]²⁺ और [Co(NH₃)₅(ONO)]²⁺ उदाहरण हैं', a: 'बंधनी समावयवता के', wrong: ['आयनन समावयवता के', 'प्रकाशिक समावयवता के', 'उपसहसंयोजन समावयवता के'], why: 'NO₂⁻, N या O के माध्यम से जुड़ता है।' } },
  ] }),
];

function periodOf(z: number): number {
  return z <= 2 ? 1 : z <= 10 ? 2 : z <= 18 ? 3 : z <= 36 ? 4 : 5;
}
function groupOf(z: number): number {
  const starts = [0, 0, 2, 10, 18, 36];
  const p = periodOf(z);
  const pos = z - (starts[p] ?? 0);
  if (p <= 3) return pos <= 2 ? pos : pos + 10;
  return pos;
}
function gcdInt(a: number, b: number): number {
  return b === 0 ? a : gcdInt(b, a % b);
}
