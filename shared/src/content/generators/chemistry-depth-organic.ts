import { formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;

/** Alkanes with the number of structurally distinct monochlorination products (stereoisomers not counted). */
export const ALKANES = [
  ['ethane', 'CH_3CH_3', 1], ['propane', 'CH_3CH_2CH_3', 2], ['butane', 'CH_3(CH_2)_2CH_3', 2], ['2-methylpropane', '(CH_3)_3CH', 2],
  ['pentane', 'CH_3(CH_2)_3CH_3', 3], ['2-methylbutane', '(CH_3)_2CHCH_2CH_3', 4], ['2,2-dimethylpropane', 'C(CH_3)_4', 1],
  ['hexane', 'CH_3(CH_2)_4CH_3', 3], ['2-methylpentane', '(CH_3)_2CH(CH_2)_2CH_3', 5], ['3-methylpentane', '(CH_3CH_2)_2CHCH_3', 4],
  ['2,2-dimethylbutane', '(CH_3)_3CCH_2CH_3', 3], ['2,3-dimethylbutane', '(CH_3)_2CHCH(CH_3)_2', 2], ['heptane', 'CH_3(CH_2)_5CH_3', 4],
  ['2,2,4-trimethylpentane', '(CH_3)_3CCH_2CH(CH_3)_2', 4], ['2,2,3,3-tetramethylbutane', '(CH_3)_3CC(CH_3)_3', 1],
] as const;

/** Gaseous hydrocarbons C_xH_y for eudiometry. */
const GAS_HC = [[1, 4], [2, 6], [2, 4], [2, 2], [3, 8], [3, 6], [3, 4], [4, 10], [4, 8], [4, 6]] as const;

/**
 * One side of an alkene R¹R²C= by its two substituents' carbon counts (0 = H), in the order the
 * carbonyl compounds are listed; left/right condensed forms and the carbonyl compound it becomes.
 */
export const ALKENE_SIDES = [
  { left: 'CH_2', right: 'CH_2', carbonyl: 'HCHO', acid: 'HCOOH' },
  { left: 'CH_3CH', right: 'CHCH_3', carbonyl: 'CH_3CHO', acid: 'CH_3COOH' },
  { left: 'CH_3CH_2CH', right: 'CHCH_2CH_3', carbonyl: 'CH_3CH_2CHO', acid: 'CH_3CH_2COOH' },
  { left: '(CH_3)_2C', right: 'C(CH_3)_2', carbonyl: 'CH_3COCH_3', acid: 'CH_3COCH_3' },
  { left: 'CH_3CH_2C(CH_3)', right: 'C(CH_3)CH_2CH_3', carbonyl: 'CH_3COCH_2CH_3', acid: 'CH_3COCH_2CH_3' },
  { left: '(CH_3CH_2)_2C', right: 'C(CH_2CH_3)_2', carbonyl: 'CH_3CH_2COCH_2CH_3', acid: 'CH_3CH_2COCH_2CH_3' },
] as const;
const products = (a: number, b: number, key: 'carbonyl' | 'acid') => {
  const x = ALKENE_SIDES[Math.min(a, b)]![key];
  const y = ALKENE_SIDES[Math.max(a, b)]![key];
  return x === y ? `$\\mathrm{2\\,${x}}$` : `$\\mathrm{${x}}$ + $\\mathrm{${y}}$`;
};

/**
 * Alkenes for HX addition: formula, then the products with X as a placeholder: Markovnikov (ionic,
 * after any carbocation rearrangement), anti-Markovnikov (Kharasch, HBr + peroxide only), and two
 * wrong products a student writes (the unrearranged or the dihalide).
 */
export const HX_ALKENES = [
  ['CH_3CH=CH_2', 'CH_3CHXCH_3', 'CH_3CH_2CH_2X', 'CH_3CHXCH_2X', 'CH_3CH_2CHX_2'],
  ['CH_3CH_2CH=CH_2', 'CH_3CH_2CHXCH_3', 'CH_3CH_2CH_2CH_2X', 'CH_3CH_2CHXCH_2X', 'CH_3CH_2CH_2CHX_2'],
  ['(CH_3)_2C=CH_2', '(CH_3)_3CX', '(CH_3)_2CHCH_2X', '(CH_3)_2CXCH_2X', 'CH_3CH_2CH_2CH_2X'],
  ['(CH_3)_2C=CHCH_3', '(CH_3)_2CXCH_2CH_3', '(CH_3)_2CHCHXCH_3', '(CH_3)_2CXCHXCH_3', '(CH_3)_2CHCH_2CH_2X'],
  ['C_6H_5CH=CH_2', 'C_6H_5CHXCH_3', 'C_6H_5CH_2CH_2X', 'C_6H_5CHXCH_2X', 'XC_6H_4CH_2CH_3'],
  ['(CH_3)_3CCH=CH_2', '(CH_3)_2CXCH(CH_3)_2', '(CH_3)_3CCH_2CH_2X', '(CH_3)_3CCHXCH_3', '(CH_3)_3CCHXCH_2X'],
] as const;
const REAGENTS = ['HBr', 'HBr in the presence of a peroxide', 'HCl in the presence of a peroxide'] as const;
const REAGENTS_HI = ['HBr', 'परॉक्साइड की उपस्थिति में HBr', 'परॉक्साइड की उपस्थिति में HCl'] as const;

/** Cyclic species for Hückel questions: name, Hindi name, ring atoms, π electrons, planar & fully conjugated. */
export const RINGS = [
  ['benzene', 'बेंज़ीन', 6, 6, true], ['the cyclopentadienyl anion', 'साइक्लोपेन्टाडाइनिल ऋणायन', 5, 6, true], ['the tropylium cation', 'ट्रोपिलियम धनायन', 7, 6, true],
  ['the cyclopropenyl cation', 'साइक्लोप्रोपेनिल धनायन', 3, 2, true], ['cyclobutadiene', 'साइक्लोब्यूटाडाईन', 4, 4, true], ['the cyclopentadienyl cation', 'साइक्लोपेन्टाडाइनिल धनायन', 5, 4, true],
  ['the cyclopropenyl anion', 'साइक्लोप्रोपेनिल ऋणायन', 3, 4, true], ['cyclooctatetraene (tub-shaped)', 'साइक्लोऑक्टाटेट्राईन (टब आकृति)', 8, 8, false], ['cyclopentadiene', 'साइक्लोपेन्टाडाईन', 5, 4, false],
  ['cycloheptatriene', 'साइक्लोहेप्टाट्राईन', 7, 6, false], ['pyridine', 'पिरिडीन', 6, 6, true], ['furan', 'फ्यूरैन', 5, 6, true],
  ['pyrrole', 'पिरोल', 5, 6, true], ['thiophene', 'थायोफीन', 5, 6, true], ['the cyclooctatetraenyl dianion', 'साइक्लोऑक्टाटेट्राइनिल द्विऋणायन', 8, 10, true],
] as const;
type Ring = (typeof RINGS)[number];
/** Hückel: planar, cyclic, fully conjugated with 4n + 2 π electrons is aromatic; with 4n, antiaromatic. */
const ringClass = (r: Ring) => (!r[4] ? 'non' : r[3] % 4 === 2 ? 'aromatic' : 'anti');

/** Alkyl halides by class for SN1/SN2 orderings: condensed formula and class (0 methyl … 3 tertiary, 4 benzylic). */
export const HALIDE_SETS = [
  ['CH_3X', 'CH_3CH_2X', '(CH_3)_2CHX', '(CH_3)_3CX'],
  ['CH_3X', 'CH_3CH_2CH_2X', 'CH_3CH_2CH(CH_3)X', '(CH_3)_2C(X)CH_2CH_3'],
  ['CH_3X', '(CH_3)_2CHCH_2X', '(CH_3CH_2)_2CHX', '(CH_3CH_2)_3CX'],
] as const;

/** Secondary/tertiary halides for E2 with alcoholic KOH: formula, Saytzeff alkene, Hofmann alkene, two wrong. */
export const E2_HALIDES = [
  ['CH_3CH_2CHBrCH_3', 'CH_3CH=CHCH_3', 'CH_3CH_2CH=CH_2', 'CH_3CH_2CH(OH)CH_3', 'CH_2=CHCH=CH_2'],
  ['(CH_3)_2CBrCH_2CH_3', '(CH_3)_2C=CHCH_3', 'CH_2=C(CH_3)CH_2CH_3', '(CH_3)_2C(OH)CH_2CH_3', '(CH_3)_2CHCH=CH_2'],
  ['CH_3CH_2CH_2CHBrCH_3', 'CH_3CH_2CH=CHCH_3', 'CH_3CH_2CH_2CH=CH_2', 'CH_3CH_2CH_2CH(OH)CH_3', 'CH_3CH_2CH_2CH_2CH_3'],
  ['(CH_3)_2CHCHBrCH_3', '(CH_3)_2C=CHCH_3', '(CH_3)_2CHCH=CH_2', '(CH_3)_2CHCH(OH)CH_3', '(CH_3)_3CCH_3'],
  ['C_6H_5CH_2CHBrCH_3', 'C_6H_5CH=CHCH_3', 'C_6H_5CH_2CH=CH_2', 'C_6H_5CH_2CH(OH)CH_3', 'C_6H_5CH_2CH_2CH_3'],
  ['(CH_3CH_2)_2CBrCH_3', 'CH_3CH=C(CH_3)CH_2CH_3', 'CH_2=C(CH_2CH_3)_2', '(CH_3CH_2)_2C(OH)CH_3', '(CH_3CH_2)_2CHCH_3'],
] as const;

/** Internal alkynes: name, (Z)-alkene, (E)-alkene, alkane, and an alkene with the double bond moved (never formed). */
export const INTERNAL_ALKYNES = [
  ['but-2-yne', '(Z)-but-2-ene', '(E)-but-2-ene', 'butane', 'but-1-ene'],
  ['pent-2-yne', '(Z)-pent-2-ene', '(E)-pent-2-ene', 'pentane', 'pent-1-ene'],
  ['hex-2-yne', '(Z)-hex-2-ene', '(E)-hex-2-ene', 'hexane', 'hex-1-ene'],
  ['hex-3-yne', '(Z)-hex-3-ene', '(E)-hex-3-ene', 'hexane', 'hex-2-ene'],
] as const;
const ALKYNE_REAGENTS = [['H₂ over Lindlar’s catalyst', 'लिंडलार उत्प्रेरक पर H₂'], ['Na in liquid NH₃', 'द्रव NH₃ में Na'], ['excess H₂ over Pt', 'Pt पर आधिक्य H₂']] as const;

/** Structural isomers of C_nH_{2n+1}X: [total, primary, secondary, tertiary] for n = 3…6. */
export const HALIDE_ISOMERS: Readonly<Record<number, readonly [number, number, number, number]>> = {
  3: [2, 1, 1, 0], 4: [4, 2, 1, 1], 5: [8, 4, 3, 1], 6: [17, 8, 6, 3],
};
const CLASS_EN = ['structural isomers in all', 'primary (1°) halides', 'secondary (2°) halides', 'tertiary (3°) halides'] as const;
const CLASS_HI = ['कुल संरचनात्मक समावयवी', 'प्राथमिक (1°) हैलाइड', 'द्वितीयक (2°) हैलाइड', 'तृतीयक (3°) हैलाइड'] as const;
const HALOGENS = ['Cl', 'Br', 'I'] as const;
const X = (s: string, x: string) => s.replace(/X/g, x);

/** Substrates for the SN1/SN2 statements: formula, class (1 primary, 2 secondary chiral, 3 tertiary). */
const SN_SUBSTRATES = [
  ['CH_3CH_2CH_2Br', 1], ['(R)\\text{-}CH_3CH_2CH(Br)CH_3', 2], ['(CH_3)_3CBr', 3], ['CH_3(CH_2)_3Br', 1], ['(S)\\text{-}CH_3CH(Br)CH_2CH_2CH_3', 2], ['(CH_3)_2C(Br)CH_2CH_3', 3],
] as const;

/** Hydrocarbons and haloalkanes in several question shapes, up to JEE Advanced level. */
export const chemDepthOrganicGenerators: GeneratorDef[] = [
  formula({ id: 'c.hc.monochlorination-isomers', subject: C, concepts: ['C.HC.ALKANE', 'C.ORG.ISOMERISM'], difficulty: 3,
    vars: { i: range(0, ALKANES.length - 1) },
    text: (v) => `How many structurally distinct monochloro products can form on free-radical chlorination of ${ALKANES[v.i]![0]}, $\\mathrm{${ALKANES[v.i]![1]}}$ (ignore stereoisomers)?`, unit: '',
    answer: (v) => ALKANES[v.i]![2], mistakes: (v) => [ALKANES[v.i]![2] + 1, ALKANES[v.i]![2] + 2, ALKANES[v.i]![2] === 1 ? 3 : ALKANES[v.i]![2] - 1, 2 * ALKANES[v.i]![2]],
    solution: () => `Count the sets of equivalent hydrogens: carbons related by the molecule's symmetry give the same product; carbons without H (quaternary) give none.`,
    hi: { text: (v) => `${ALKANES[v.i]![0]}, $\\mathrm{${ALKANES[v.i]![1]}}$ के मुक्त-मूलक क्लोरीनन से संरचनात्मक रूप से भिन्न कितने मोनोक्लोरो उत्पाद बन सकते हैं (त्रिविम समावयवों को छोड़कर)?`, solution: () => `तुल्य हाइड्रोजनों के समूह गिनिए: अणु की सममिति से संबंधित कार्बन एक ही उत्पाद देते हैं; बिना H वाले (चतुष्क) कार्बन कोई उत्पाद नहीं देते।` },
    result: [1, 5] }),
  formula({ id: 'c.hc.eudiometry', subject: C, concepts: ['C.HC.ALKANE', 'C.BASIC.STOICH', 'C.GAS.LAWS'], difficulty: 4,
    vars: { g: range(0, GAS_HC.length - 1), V: range(10, 40, 5) },
    text: (v) => `${v.V} mL of a gaseous hydrocarbon is exploded with excess oxygen. On cooling to room temperature the volume contracts by ${v.V * (1 + GAS_HC[v.g]![1] / 4)} mL, and a further contraction of ${v.V * GAS_HC[v.g]![0]} mL occurs on passing the gas through KOH solution (all volumes at the same T and P). Find the molar mass of the hydrocarbon in g/mol.`, unit: 'g/mol',
    answer: (v) => 12 * GAS_HC[v.g]![0] + GAS_HC[v.g]![1],
    mistakes: (v) => [12 * GAS_HC[v.g]![0] + 2 * GAS_HC[v.g]![1], 12 * GAS_HC[v.g]![0] + GAS_HC[v.g]![1] / 2 + 2, 12 * GAS_HC[v.g]![0] + 4 * (1 + GAS_HC[v.g]![1] / 4), 12 * GAS_HC[v.g]![0] + GAS_HC[v.g]![1] + 12],
    solution: (v) => `$\\mathrm{C_xH_y} + (x + \\tfrac{y}{4})\\mathrm{O_2} \\to x\\mathrm{CO_2} + \\tfrac{y}{2}\\mathrm{H_2O(l)}$. KOH absorbs CO₂: $xV = ${v.V * GAS_HC[v.g]![0]}$, so $x = ${GAS_HC[v.g]![0]}$. Contraction on cooling $= V(1 + y/4) = ${v.V * (1 + GAS_HC[v.g]![1] / 4)}$, so $y = ${GAS_HC[v.g]![1]}$. $M = 12x + y$.`,
    hi: { text: (v) => `${v.V} mL एक गैसीय हाइड्रोकार्बन को आधिक्य ऑक्सीजन के साथ विस्फोटित किया जाता है। कमरे के ताप तक ठंडा करने पर आयतन में ${v.V * (1 + GAS_HC[v.g]![1] / 4)} mL की कमी होती है, और गैस को KOH विलयन में से प्रवाहित करने पर ${v.V * GAS_HC[v.g]![0]} mL की और कमी होती है (सभी आयतन समान T और P पर)। हाइड्रोकार्बन का मोलर द्रव्यमान g/mol में ज्ञात कीजिए।`, solution: (v) => `$\\mathrm{C_xH_y} + (x + \\tfrac{y}{4})\\mathrm{O_2} \\to x\\mathrm{CO_2} + \\tfrac{y}{2}\\mathrm{H_2O(l)}$। KOH, CO₂ को अवशोषित करता है: $xV = ${v.V * GAS_HC[v.g]![0]}$, अतः $x = ${GAS_HC[v.g]![0]}$। ठंडा करने पर कमी $= V(1 + y/4) = ${v.V * (1 + GAS_HC[v.g]![1] / 4)}$, अतः $y = ${GAS_HC[v.g]![1]}$। $M = 12x + y$।` },
    result: [16, 58] }),
  {
    id: 'c.hc.ozonolysis', subject: C, concepts: ['C.HC.ALKENE'], difficulty: 3,
    build(rng) {
      const a = rng.int(0, ALKENE_SIDES.length - 1);
      const b = rng.int(0, ALKENE_SIDES.length - 1);
      const alkene = `${ALKENE_SIDES[a]!.left}=${ALKENE_SIDES[b]!.right}`;
      const correct = products(a, b, 'carbonyl');
      const candidates = [products(a, b, 'acid'), products((a + 1) % 6, b, 'carbonyl'), products(a, (b + 1) % 6, 'carbonyl'), products((a + 2) % 6, (b + 5) % 6, 'carbonyl'), products((a + 5) % 6, (b + 2) % 6, 'carbonyl'), products((a + 3) % 6, b, 'carbonyl'), products(a, (b + 3) % 6, 'carbonyl'), products((a + 1) % 6, (b + 1) % 6, 'carbonyl')];
      const distractors = [...new Set(candidates.filter((c) => c !== correct))].slice(0, 3);
      return choice({
        params: { a, b },
        text: `$\\mathrm{${alkene}}$ is treated with ozone and the ozonide is decomposed with Zn and water. The products are`,
        correct, distractors,
        solution: `Reductive ozonolysis cuts the C=C and puts =O on each carbon: a carbon bearing H gives an aldehyde, one bearing two alkyl groups a ketone (Zn stops the aldehyde being oxidised to the acid).`,
        hi: {
          text: `$\\mathrm{${alkene}}$ की ओज़ोन से अभिक्रिया कराकर ओज़ोनाइड को Zn और जल से विघटित किया जाता है। उत्पाद हैं`,
          solution: `अपचायक ओज़ोनोअपघटन C=C को तोड़कर प्रत्येक कार्बन पर =O लगाता है: H युक्त कार्बन ऐल्डिहाइड और दो ऐल्किल समूहों वाला कार्बन कीटोन देता है (Zn ऐल्डिहाइड को अम्ल में ऑक्सीकृत नहीं होने देता)।`,
        },
      });
    },
  },
  {
    id: 'c.hc.hx-addition', subject: C, concepts: ['C.HC.ALKENE', 'C.ORG.EFFECTS'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, HX_ALKENES.length - 1);
      // 3,3-Dimethylbut-1-ene with HCl gives rearranged and unrearranged chlorides in similar amounts: no single major product.
      const r = i === 5 ? rng.int(0, 1) : rng.int(0, REAGENTS.length - 1);
      const [alkene, markov, anti, wrong1, wrong2] = HX_ALKENES[i]!;
      const x = r === 2 ? 'Cl' : 'Br';
      // Only HBr adds by the radical (Kharasch) route; with HCl the peroxide changes nothing.
      const right = r === 1 ? anti : markov;
      const others = [r === 1 ? markov : anti, wrong1, wrong2];
      const tex = (s: string) => `$\\mathrm{${X(s, x)}}$`;
      return choice({
        params: { i, r },
        text: `What is the major product when $\\mathrm{${alkene}}$ reacts with ${REAGENTS[r]}?`,
        correct: tex(right), distractors: others.map(tex),
        solution: `Ionic addition goes through the more stable carbocation (Markovnikov; a 1,2-shift follows if it gives a more stable cation). Peroxides reverse the orientation only for HBr (the Br• radical adds to the less substituted carbon); for HCl the H–Cl homolysis is too endothermic.`,
        hi: {
          text: `$\\mathrm{${alkene}}$ की ${REAGENTS_HI[r]} के साथ अभिक्रिया का मुख्य उत्पाद क्या है?`,
          solution: `आयनिक योगज अधिक स्थायी कार्बधनायन से होकर होता है (मार्कोनिकॉफ नियम; यदि 1,2-विस्थापन से अधिक स्थायी धनायन बने तो पुनर्विन्यास होता है)। परॉक्साइड केवल HBr के लिए योग की दिशा उलटता है (Br• मूलक कम प्रतिस्थापित कार्बन पर जुड़ता है); HCl के लिए H–Cl का समांश विखंडन अत्यधिक ऊष्माशोषी है।`,
        },
      });
    },
  },
  formula({ id: 'c.hc.silver-acetylide', subject: C, concepts: ['C.HC.ALKYNE', 'C.BASIC.STOICH'], difficulty: 2,
    vars: { k: range(1, 20) },
    text: (v) => `${(26 * v.k) / 10} g of ethyne is passed into excess ammoniacal silver nitrate. Find the mass of silver acetylide ($\\mathrm{Ag_2C_2}$) precipitated (Ag = 108, C = 12, H = 1).`, unit: 'g',
    answer: (v) => (v.k / 10) * 240, mistakes: (v) => [(v.k / 10) * 120, (v.k / 10) * 132, (v.k / 10) * 241, (v.k / 10) * 480],
    solution: () => `Both acidic H of $\\mathrm{HC{\\equiv}CH}$ are replaced: $\\mathrm{HC{\\equiv}CH + 2[Ag(NH_3)_2]^+ \\to AgC{\\equiv}CAg\\downarrow}$. 1 mol ethyne (26 g) gives 1 mol $\\mathrm{Ag_2C_2}$ (240 g).`,
    hi: { text: (v) => `${(26 * v.k) / 10} g एथाइन को आधिक्य अमोनियामय सिल्वर नाइट्रेट में प्रवाहित किया जाता है। अवक्षेपित सिल्वर ऐसीटिलाइड ($\\mathrm{Ag_2C_2}$) का द्रव्यमान ज्ञात कीजिए (Ag = 108, C = 12, H = 1)।`, solution: () => `$\\mathrm{HC{\\equiv}CH}$ के दोनों अम्लीय H प्रतिस्थापित होते हैं: $\\mathrm{HC{\\equiv}CH + 2[Ag(NH_3)_2]^+ \\to AgC{\\equiv}CAg\\downarrow}$। 1 मोल एथाइन (26 g) से 1 मोल $\\mathrm{Ag_2C_2}$ (240 g) बनता है।` },
    result: [24, 480] }),
  {
    id: 'c.hc.huckel-multi', subject: C, concepts: ['C.HC.AROMATIC'], difficulty: 4,
    build(rng) {
      const picks = rng.shuffle(RINGS.map((_, i) => i)).slice(0, 4);
      // At least one statement must be true: if no pick is aromatic, swap the last for benzene.
      if (!picks.some((i) => ringClass(RINGS[i]!) === 'aromatic')) picks[3] = 0;
      const [p0, p1, p2, p3] = picks as [number, number, number, number];
      const opts = [p0, p1, p2, p3].map((i) => ({ text: `$\\text{${RINGS[i]![0]}}$`, correct: ringClass(RINGS[i]!) === 'aromatic' }));
      return multi({
        params: { p0, p1, p2, p3 },
        text: `Which of the following species are aromatic?`,
        options: opts,
        solution: `Aromatic: cyclic, planar, every ring atom conjugated and $4n + 2$ π electrons. $4n$ π electrons in such a ring is antiaromatic; an sp³ ring carbon or a non-planar ring (tub-shaped COT) makes it non-aromatic. A heteroatom lone pair counts only if it lies in the p orbital (pyrrole, furan, thiophene: yes; pyridine: no, its π sextet comes from three C=C/C=N).`,
        hi: {
          text: `निम्नलिखित में से कौन-सी स्पीशीज़ ऐरोमैटिक हैं?`,
          solution: `ऐरोमैटिक: चक्रीय, समतलीय, वलय का प्रत्येक परमाणु संयुग्मित और $4n + 2$ π इलेक्ट्रॉन। ऐसी वलय में $4n$ π इलेक्ट्रॉन हों तो प्रतिऐरोमैटिक; sp³ वलय कार्बन या असमतलीय वलय (टब आकृति COT) हो तो अनऐरोमैटिक। विषमपरमाणु का एकाकी युग्म तभी गिना जाता है जब वह p कक्षक में हो (पिरोल, फ्यूरैन, थायोफीन: हाँ; पिरिडीन: नहीं)।`,
          options: [p0, p1, p2, p3].map((i) => `$\\text{${RINGS[i]![0]}}$ (${RINGS[i]![1]})`),
        },
      });
    },
  },
  {
    id: 'c.hc.alkyne-reduction', subject: C, concepts: ['C.HC.ALKYNE', 'C.HC.ALKENE', 'C.ORG.ISOMERISM'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, INTERNAL_ALKYNES.length - 1);
      const r = rng.int(0, ALKYNE_REAGENTS.length - 1);
      const [alkyne, z, e, alkane, shifted] = INTERNAL_ALKYNES[i]!;
      const name = (x: string) => `$\\text{${x}}$`;
      const right = [z, e, alkane][r]!;
      return choice({
        params: { i, r },
        text: `${name(alkyne)} is treated with ${ALKYNE_REAGENTS[r]![0]}. The main product is`,
        correct: name(right), distractors: [z, e, alkane, shifted].filter((x) => x !== right).map(name),
        solution: `Lindlar's catalyst (Pd/CaCO₃ poisoned with quinoline) adds H₂ once, syn, from the metal surface: the cis (Z) alkene. Na in liquid NH₃ adds electrons and protons in turn through a trans vinyl radical/anion: the trans (E) alkene. Excess H₂ over Pt reduces both π bonds to the alkane. None of them moves the multiple bond.`,
        hi: {
          text: `${name(alkyne)} की ${ALKYNE_REAGENTS[r]![1]} से अभिक्रिया कराई जाती है। मुख्य उत्पाद है`,
          solution: `लिंडलार उत्प्रेरक (क्विनोलीन से विषाक्त Pd/CaCO₃) धातु सतह से H₂ को एक बार, सिन रूप में जोड़ता है: सिस (Z) ऐल्कीन। द्रव NH₃ में Na क्रम से इलेक्ट्रॉन और प्रोटॉन जोड़ता है, ट्रांस विनाइल मूलक/ऋणायन से होकर: ट्रांस (E) ऐल्कीन। Pt पर आधिक्य H₂ दोनों π आबंधों को अपचयित कर ऐल्केन देता है। कोई भी बहुआबंध का स्थान नहीं बदलता।`,
        },
      });
    },
  },
  formula({ id: 'c.hal.isomer-count', subject: C, concepts: ['C.HAL.PREP', 'C.ORG.ISOMERISM'], difficulty: 3,
    vars: { n: range(3, 6), w: range(0, 3), x: range(0, 2) },
    text: (v) => `Among the structural isomers of $\\mathrm{C_{${v.n}}H_{${2 * v.n + 1}}${HALOGENS[v.x]}}$, how many are ${CLASS_EN[v.w]}?`, unit: '',
    answer: (v) => HALIDE_ISOMERS[v.n]![v.w]!,
    mistakes: (v) => [(HALIDE_ISOMERS[v.n - 1] ?? [1, 1, 0, 0])[v.w]!, HALIDE_ISOMERS[v.n]![(v.w + 1) % 4]!, HALIDE_ISOMERS[v.n]![v.w]! + 1, HALIDE_ISOMERS[v.n]![v.w]! + 2, HALIDE_ISOMERS[v.n]![0] * 2].filter((m) => m >= 0),
    solution: (v) => `Draw every carbon skeleton of $\\mathrm{C_{${v.n}}}$ and put the halogen on each non-equivalent carbon; classify by how many carbons are bonded to the C–X carbon (1: primary, 2: secondary, 3: tertiary). For $n = ${v.n}$: ${HALIDE_ISOMERS[v.n]![0]} isomers = ${HALIDE_ISOMERS[v.n]![1]} (1°) + ${HALIDE_ISOMERS[v.n]![2]} (2°) + ${HALIDE_ISOMERS[v.n]![3]} (3°).`,
    hi: { text: (v) => `$\\mathrm{C_{${v.n}}H_{${2 * v.n + 1}}${HALOGENS[v.x]}}$ के संरचनात्मक समावयवों में से कितने ${CLASS_HI[v.w]} हैं?`, solution: (v) => `$\\mathrm{C_{${v.n}}}$ के सभी कार्बन कंकाल बनाइए और हैलोजन को प्रत्येक अतुल्य कार्बन पर लगाइए; C–X कार्बन से जुड़े कार्बनों की संख्या से वर्गीकरण कीजिए (1: प्राथमिक, 2: द्वितीयक, 3: तृतीयक)। $n = ${v.n}$ के लिए: ${HALIDE_ISOMERS[v.n]![0]} समावयव = ${HALIDE_ISOMERS[v.n]![1]} (1°) + ${HALIDE_ISOMERS[v.n]![2]} (2°) + ${HALIDE_ISOMERS[v.n]![3]} (3°)।` },
    result: [0, 17] }),
  {
    id: 'c.hal.sn-order', subject: C, concepts: ['C.HAL.SN', 'C.ORG.EFFECTS'], difficulty: 3,
    build(rng) {
      const set = rng.int(0, HALIDE_SETS.length - 1);
      const mech = rng.int(1, 2);
      const xi = rng.int(0, HALOGENS.length - 1);
      const x = HALOGENS[xi]!;
      const h = HALIDE_SETS[set]!.map((s) => `\\mathrm{${X(s, x)}}`);
      // Indices 0–3 are methyl, 1°, 2°, 3°: SN2 falls with crowding at carbon, SN1 rises with cation stability.
      const sn2 = [0, 1, 2, 3];
      const order = (idx: number[]) => `$${idx.map((i) => h[i]).join(' > ')}$`;
      const correct = order(mech === 2 ? sn2 : [...sn2].reverse());
      const wrong = [order(mech === 2 ? [3, 2, 1, 0] : [0, 1, 2, 3]), order([1, 0, 2, 3]), order([2, 3, 1, 0]), order([3, 2, 0, 1])].filter((o) => o !== correct);
      return choice({
        params: { set, mech, xi },
        text: `Arrange in decreasing order of reactivity by the S$_\\mathrm{N}${mech}$ mechanism:`,
        correct, distractors: wrong.slice(0, 3),
        solution: mech === 2
          ? `S$_\\mathrm{N}$2 is a one-step backside attack: crowding at the carbon slows it, so methyl > 1° > 2° > 3°.`
          : `S$_\\mathrm{N}$1 goes through a carbocation: the more stable the cation (3° > 2° > 1° > methyl, by hyperconjugation and +I), the faster.`,
        hi: {
          text: `S$_\\mathrm{N}${mech}$ क्रियाविधि द्वारा अभिक्रियाशीलता के घटते क्रम में व्यवस्थित कीजिए:`,
          solution: mech === 2
            ? `S$_\\mathrm{N}$2 एक-पदीय पृष्ठ आक्रमण है: कार्बन पर भीड़ (त्रिविम बाधा) इसे धीमा करती है, अतः मेथिल > 1° > 2° > 3°।`
            : `S$_\\mathrm{N}$1 कार्बधनायन से होकर होती है: धनायन जितना स्थायी (3° > 2° > 1° > मेथिल, अतिसंयुग्मन और +I प्रभाव से), अभिक्रिया उतनी तेज़।`,
        },
      });
    },
  },
  {
    id: 'c.hal.saytzeff', subject: C, concepts: ['C.HAL.PREP', 'C.HC.ALKENE'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, E2_HALIDES.length - 1);
      // With the benzylic substrate even a bulky base gives mostly the conjugated alkene, so it is asked only with KOH.
      const base = i === 4 ? 0 : rng.int(0, 1);
      const [halide, saytzeff, hofmann, alcohol, other] = E2_HALIDES[i]!;
      const tex = (s: string) => `$\\mathrm{${s}}$`;
      const right = base === 0 ? saytzeff : hofmann;
      return choice({
        params: { i, base },
        text: `What is the major product when $\\mathrm{${halide}}$ is heated with ${base === 0 ? 'alcoholic KOH' : 'potassium tert-butoxide (a bulky base)'}?`,
        correct: tex(right), distractors: [base === 0 ? hofmann : saytzeff, alcohol, other].map(tex),
        solution: base === 0
          ? `β-Elimination (E2) with a small base gives the more substituted, more stable alkene (Saytzeff rule).`
          : `A bulky base removes the least hindered β-hydrogen, so the less substituted alkene (Hofmann product) dominates.`,
        hi: {
          text: `$\\mathrm{${halide}}$ को ${base === 0 ? 'ऐल्कोहॉलीय KOH' : 'पोटैशियम tert-ब्यूटॉक्साइड (एक भारी क्षार)'} के साथ गर्म करने पर मुख्य उत्पाद क्या है?`,
          solution: base === 0
            ? `छोटे क्षार के साथ β-विलोपन (E2) अधिक प्रतिस्थापित, अधिक स्थायी ऐल्कीन देता है (सेटज़ेफ नियम)।`
            : `भारी क्षार सबसे कम बाधित β-हाइड्रोजन हटाता है, अतः कम प्रतिस्थापित ऐल्कीन (हॉफमान उत्पाद) मुख्य होता है।`,
        },
      });
    },
  },
  {
    id: 'c.hal.sn-statements', subject: C, concepts: ['C.HAL.SN', 'C.KIN.RATE', 'C.ORG.ISOMERISM'], difficulty: 5,
    build(rng) {
      const s = rng.int(0, SN_SUBSTRATES.length - 1);
      const [f, cls] = SN_SUBSTRATES[s]!;
      const drawn = rng.int(0, 1);
      // Only unambiguous pairings are posed: primary halides with iodide in acetone (SN2), tertiary ones in
      // solvolysis (SN1); a secondary halide takes either and follows the conditions.
      const cond = cls === 1 ? 0 : cls === 3 ? 1 : drawn;
      const sn1 = cond === 1;
      const chiral = cls === 2;
      const en = cond === 0 ? 'NaI in dry acetone' : 'water–ethanol (solvolysis, no added nucleophile)';
      const hiCond = cond === 0 ? 'शुष्क ऐसीटोन में NaI' : 'जल–एथेनॉल (विलायक अपघटन, कोई नाभिकस्नेही नहीं मिलाया गया)';
      const options = [
        { text: 'The rate depends on the concentration of the nucleophile.', hi: 'वेग नाभिकस्नेही की सांद्रता पर निर्भर करता है।', correct: !sn1 },
        { text: 'A carbocation intermediate is formed.', hi: 'एक कार्बधनायन मध्यवर्ती बनता है।', correct: sn1 },
        { text: chiral ? 'The product is formed with complete inversion of configuration.' : 'Doubling the substrate concentration doubles the rate.', hi: chiral ? 'उत्पाद विन्यास के पूर्ण प्रतीपन के साथ बनता है।' : 'क्रियाधार की सांद्रता दुगुनी करने पर वेग दुगुना हो जाता है।', correct: chiral ? !sn1 : true },
        { text: 'The reaction is faster with the corresponding alkyl chloride.', hi: 'संगत ऐल्किल क्लोराइड के साथ अभिक्रिया अधिक तेज़ होती है।', correct: false },
      ];
      return multi({
        params: { s, cond },
        text: `$\\mathrm{${f}}$ reacts in ${en}. Which statements are correct?`,
        options: options.map((o) => ({ text: o.text, correct: o.correct })),
        solution: `${cls === 3 ? 'A tertiary halide' : cls === 2 ? 'A secondary halide' : 'A primary halide'} in ${en} reacts by S$_\\mathrm{N}${sn1 ? 1 : 2}$. ${sn1 ? 'Rate $= k[\\mathrm{RBr}]$ through a planar carbocation (racemisation of a chiral centre).' : 'Rate $= k[\\mathrm{RBr}][\\mathrm{I^-}]$, one step with backside attack (Walden inversion).'} Either way the rate is first order in the substrate, and bromide is a better leaving group than chloride (weaker C–Br bond), so the chloride is slower.`,
        hi: {
          text: `$\\mathrm{${f}}$ की अभिक्रिया ${hiCond} में होती है। कौन-से कथन सही हैं?`,
          solution: `${cls === 3 ? 'तृतीयक हैलाइड' : cls === 2 ? 'द्वितीयक हैलाइड' : 'प्राथमिक हैलाइड'} ${hiCond} में S$_\\mathrm{N}${sn1 ? 1 : 2}$ द्वारा अभिक्रिया करता है। ${sn1 ? 'वेग $= k[\\mathrm{RBr}]$, समतलीय कार्बधनायन से होकर (काइरल केंद्र का रेसिमीकरण)।' : 'वेग $= k[\\mathrm{RBr}][\\mathrm{I^-}]$, पृष्ठ आक्रमण द्वारा एक पद (वाल्डेन प्रतीपन)।'} दोनों में वेग क्रियाधार के सापेक्ष प्रथम कोटि का है, और ब्रोमाइड, क्लोराइड से अच्छा अवशिष्ट समूह है (C–Br आबंध दुर्बल), अतः क्लोराइड धीमा है।`,
          options: options.map((o) => o.hi),
        },
      });
    },
  },
];
