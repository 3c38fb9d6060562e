import { CARBONYLS, ETHERS, HYDRATION_K, METHOXY } from './chem-data-organic.ts';
import { C, powerTex, rankGenerator, tableMulti, tex } from './chem-organic-builders.ts';
import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef, NumericSpec } from './types.ts';

// Carbonyl tests, distinguishing reagents, ethers and Zeisel's method.

const cb = (i: number) => CARBONYLS[i]!;
const cbShow = (i: number) => `${cb(i)[0]} (${tex(cb(i)[2])})`;
const cbShowHi = (i: number) => `${cb(i)[1]} (${tex(cb(i)[2])})`;
/** Aldehydes and ketones only (rows of CARBONYLS). */
export const CARBONYL_ONLY = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 19, 21] as const;
const ck = (j: number) => CARBONYL_ONLY[j]!;
/** The chemical tests asked about: column of CARBONYLS, name, Hindi name. */
export const CB_TESTS = [
  [4, 'a positive iodoform test (yellow CHI₃ with I₂/NaOH)', 'धनात्मक आयोडोफ़ॉर्म परीक्षण (I₂/NaOH के साथ पीला CHI₃)'],
  [5, "a silver mirror with Tollens' reagent", 'टॉलेन अभिकर्मक के साथ सिल्वर दर्पण'],
  [6, "a red precipitate with Fehling's solution", 'फ़ेलिंग विलयन के साथ लाल अवक्षेप'],
  [9, 'brisk effervescence with aqueous NaHCO₃', 'जलीय NaHCO₃ के साथ तीव्र बुदबुदाहट'],
] as const;
const CB_WHY = 'Iodoform: CH₃CO– bonded to H or C, or CH₃CH(OH)– (oxidised to it first); not acids, esters or amides. Tollens\': aldehydes, aliphatic and aromatic, and HCOOH. Fehling\'s: aliphatic aldehydes and HCOOH, not benzaldehyde. NaHCO₃: carboxylic acids only.';
const CB_WHY_HI = 'आयोडोफ़ॉर्म: H या C से जुड़ा CH₃CO– या CH₃CH(OH)– (पहले उसी में ऑक्सीकृत); अम्ल, एस्टर या ऐमाइड नहीं। टॉलेन: ऐलिफ़ैटिक और ऐरोमैटिक ऐल्डिहाइड तथा HCOOH। फ़ेलिंग: ऐलिफ़ैटिक ऐल्डिहाइड और HCOOH, बेन्ज़ैल्डिहाइड नहीं। NaHCO₃: केवल कार्बोक्सिलिक अम्ल।';
const cbTest = (t: number, i: number) => cb(i)[CB_TESTS[t]![0]];

/**
 * Pairs told apart by one reagent: the two compounds (indices of CARBONYLS or extra entries), the
 * reagent that distinguishes them and three that do not (indices into REAGENTS).
 */
export const REAGENTS = [
  ['I₂ and NaOH (iodoform test)', 'I₂ और NaOH (आयोडोफ़ॉर्म परीक्षण)'], ["Tollens' reagent", 'टॉलेन अभिकर्मक'], ['aqueous NaHCO₃', 'जलीय NaHCO₃'], ['neutral FeCl₃', 'उदासीन FeCl₃'],
  ['bromine water', 'ब्रोमीन जल'], ['sodium metal', 'सोडियम धातु'], ['Lucas reagent', 'लूकस अभिकर्मक'],
] as const;
/** Compounds used only in the pair questions: name, Hindi name, formula (TeX), SMILES. */
export const PAIR_EXTRA = [
  ['phenol', 'फ़ीनॉल', 'C_6H_5OH', 'OC1=CC=CC=C1'], ['benzoic acid', 'बेन्ज़ोइक अम्ल', 'C_6H_5COOH', 'OC(=O)C1=CC=CC=C1'], ['propene', 'प्रोपीन', 'CH_3CH{=}CH_2', 'CC=C'],
  ['propane', 'प्रोपेन', 'CH_3CH_2CH_3', 'CCC'], ['2-methylpropan-2-ol', '2-मेथिलप्रोपेन-2-ऑल', '(CH_3)_3COH', 'CC(C)(C)O'], ['butan-1-ol', 'ब्यूटेन-1-ऑल', 'CH_3(CH_2)_3OH', 'CCCCO'],
  ['benzyl alcohol', 'बेन्ज़िल ऐल्कोहॉल', 'C_6H_5CH_2OH', 'OCC1=CC=CC=C1'],
] as const;
/** A compound of the pair questions: CARBONYLS row k, or PAIR_EXTRA row k − 100. */
export const pairCompound = (k: number) => (k >= 100 ? PAIR_EXTRA[k - 100]! : cb(k));
export const PAIRS = [
  [10, 13, 0, [5, 2, 1]], [1, 3, 1, [0, 5, 2]], [100, 10, 3, [5, 1, 2]], [101, 100, 2, [5, 1, 0]], [21, 5, 0, [1, 2, 5]], [2, 3, 1, [5, 2, 3]],
  [14, 10, 2, [5, 1, 6]], [102, 103, 4, [2, 1, 5]], [6, 7, 1, [5, 2, 3]], [104, 105, 6, [5, 0, 2]], [20, 14, 1, [2, 5, 0]], [11, 12, 0, [5, 2, 1]], [100, 106, 3, [5, 2, 1]],
] as const;

/** Ether cleavage by HI: the products for one mole (cold) or excess HI (hot). */
const ether = (i: number) => ETHERS[i]!;
/** A group as written to the right of O (attached through its first carbon). */
const RIGHT: Record<string, string> = { '(CH_3)_3C': 'C(CH_3)_3', '(CH_3)_2CH': 'CH(CH_3)_2', 'CH_3CH_2CH(CH_3)': 'CH(CH_3)CH_2CH_3', 'CH_3CH_2CH_2': 'CH_2CH_2CH_3' };
const etherTex = (i: number) => `${ether(i)[0]}{-}O{-}${RIGHT[ether(i)[1]] ?? ether(i)[1]}`;
const isAryl = (g: string) => g === 'C_6H_5';
export function cleavage(i: number, excess: boolean): [string, string] {
  const [a, b, , iodideSide] = ether(i);
  const groups = [a, b];
  const rI = groups[iodideSide]!;
  const other = groups[1 - iodideSide]!;
  return [`${rI}I`, excess && !isAryl(other) ? `${other}I` : `${other}OH`];
}
const pairText = (p: [string, string]) => tex(`${p[0]} + ${p[1]}`);

/** Williamson targets: index into ETHERS where one side is aryl, tertiary or secondary; the side that must come as the alkoxide. */
export const WILLIAMSON = [[1, 1], [2, 1], [3, 0], [4, 1], [5, 0], [9, 1], [10, 1], [11, 1], [12, 0], [13, 1]] as const;
const wText = (alkoxide: string, halide: string, x: string) => tex(`${alkoxide}ONa + ${halide}${x}`);

/** Zeisel: AgI from n mmol of compound; the stem prints it to the mg. */
export const zeiselAgI = (v: { i: number; n: number }) => Number(((v.n / 1000) * METHOXY[v.i]![5] * 235).toFixed(3));
export const zeiselMass = (v: { i: number; n: number }) => Number(((v.n / 1000) * METHOXY[v.i]![4]).toFixed(3));

const countSpec = (o: Omit<NumericSpec, 'kind' | 'unit'> & { unit?: string }): NumericSpec => ({ kind: 'numeric', unit: '', ...o, mistakes: o.mistakes.filter((x) => Number.isInteger(x) && x >= 0) });

/** Compounds for the 2,4-DNP and sodium tests: CARBONYLS rows then PAIR_EXTRA rows (index ≥ CARBONYLS.length). */
const TEST_ROWS = CARBONYLS.length + PAIR_EXTRA.length;
const testRow = (i: number) => (i < CARBONYLS.length ? cb(i) : PAIR_EXTRA[i - CARBONYLS.length]!);
/** Rows with an aldehyde or ketone C=O (orange 2,4-DNP derivative), and rows with an O–H (H₂ with Na), by hand. */
export const DNP_ROWS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 19, 21] as const;
export const OH_ROWS = [10, 11, 12, 13, 14, 16, 17, 20, 23, 24, 27, 28, 29] as const;

export const carbonylTestsEthers: GeneratorDef[] = [
  tableMulti({ id: 'c.prac.dnp-sodium-multi', concepts: ['C.PRAC.ORGTEST'], difficulty: 3, n: TEST_ROWS, show: (i) => `${testRow(i)[0]} (${tex(testRow(i)[2])})`, showHi: (i) => `${testRow(i)[1]} (${tex(testRow(i)[2])})`,
    asks: [
      { text: 'Which of the following give an orange-red precipitate with 2,4-dinitrophenylhydrazine (Brady\'s reagent)?', textHi: 'निम्नलिखित में से कौन 2,4-डाइनाइट्रोफ़ेनिलहाइड्रैज़ीन (ब्रैडी अभिकर्मक) के साथ नारंगी-लाल अवक्षेप देते हैं?', truth: (i) => (DNP_ROWS as readonly number[]).includes(i) },
      { text: 'Which of the following liberate hydrogen gas with sodium metal?', textHi: 'निम्नलिखित में से कौन सोडियम धातु के साथ हाइड्रोजन गैस मुक्त करते हैं?', truth: (i) => (OH_ROWS as readonly number[]).includes(i) },
    ],
    why: () => '2,4-DNP condenses with the C=O of aldehydes and ketones to an orange-red hydrazone; the C=O of acids, esters and amides is too weakly electrophilic (resonance with O or N). Sodium reacts with an acidic O–H (alcohols, phenols, carboxylic acids) to give H₂; aldehydes, ketones, esters and hydrocarbons have none.',
    whyHi: () => '2,4-DNP ऐल्डिहाइडों और कीटोनों के C=O से संघनित होकर नारंगी-लाल हाइड्रैज़ोन बनाता है; अम्लों, एस्टरों और ऐमाइडों का C=O (O या N के साथ अनुनाद के कारण) पर्याप्त इलेक्ट्रॉनरागी नहीं है। सोडियम अम्लीय O–H (ऐल्कोहॉल, फ़ीनॉल, कार्बोक्सिलिक अम्ल) से H₂ देता है; ऐल्डिहाइड, कीटोन, एस्टर और हाइड्रोकार्बन में यह नहीं होता।' }),
  tableMulti({ id: 'c.oxy.carbonyl-tests-multi', concepts: ['C.OXY.CARBONYL', 'C.PRAC.ORGTEST'], difficulty: 3, n: CARBONYLS.length, show: cbShow, showHi: cbShowHi,
    asks: CB_TESTS.slice(0, 3).map(([, en, hi], t) => ({ text: `Which of the following give ${en}?`, textHi: `निम्नलिखित में से कौन ${hi} देते हैं?`, truth: (i: number) => cbTest(t, i) })),
    why: () => CB_WHY, whyHi: () => CB_WHY_HI }),
  rankGenerator({ id: 'c.oxy.carbonyl-addition-order', concepts: ['C.OXY.CARBONYL', 'C.ORG.EFFECTS'], difficulty: 4, data: HYDRATION_K, gap: (a, b) => Math.abs(Math.log10(a / b)) >= 0.5,
    asks: [{ en: 'reactivity towards nucleophilic addition (judged by the extent of hydration in water)', hi: 'नाभिकरागी योगज के प्रति अभिक्रियाशीलता (जल में जलयोजन की सीमा से)', ascending: true }], fmt: (v) => `$K_{hyd} = ${v >= 1e4 ? powerTex(v) : v}$`,
    label: ['Hydration constants at 25 °C', '25 °C पर जलयोजन स्थिरांक'],
    why: 'Nucleophiles add to the carbonyl carbon: electron-withdrawing groups (CCl₃, CF₃) make it more positive and favour addition; alkyl groups (+I) and aryl groups (conjugation) reduce its positive character, and bulky groups crowd the tetrahedral product, so aldehydes react more than ketones and HCHO most of the simple ones.',
    whyHi: 'नाभिकरागी कार्बोनिल कार्बन पर जुड़ते हैं: इलेक्ट्रॉन-आकर्षी समूह (CCl₃, CF₃) इसे अधिक धनात्मक बनाकर योगज को बढ़ाते हैं; ऐल्किल (+I) और ऐरिल (संयुग्मन) समूह इसका धन लक्षण घटाते हैं, और बड़े समूह चतुष्फलकीय उत्पाद को भीड़भाड़ वाला बनाते हैं, अतः ऐल्डिहाइड कीटोन से अधिक और सरल यौगिकों में HCHO सबसे अधिक अभिक्रियाशील है।' }),
  tableMulti({ id: 'c.oxy.aldol-cannizzaro', concepts: ['C.OXY.CARBONYL'], difficulty: 3, n: CARBONYL_ONLY.length, show: (j) => cbShow(ck(j)), showHi: (j) => cbShowHi(ck(j)),
    asks: [
      { text: 'Which of the following undergo aldol condensation with dilute NaOH?', textHi: 'निम्नलिखित में से कौन तनु NaOH के साथ ऐल्डोल संघनन करते हैं?', truth: (j) => cb(ck(j))[7] },
      { text: 'Which of the following undergo the Cannizzaro reaction with concentrated NaOH?', textHi: 'निम्नलिखित में से कौन सांद्र NaOH के साथ कैनिज़ारो अभिक्रिया करते हैं?', truth: (j) => cb(ck(j))[8] },
    ],
    why: () => 'Aldol condensation needs an α-hydrogen (a C–H on the carbon next to C=O) to form the enolate; aldehydes with no α-hydrogen (HCHO, C₆H₅CHO, (CH₃)₃CCHO) instead disproportionate in concentrated alkali (Cannizzaro); ketones without α-H do neither.',
    whyHi: () => 'ऐल्डोल संघनन के लिए एनोलेट बनाने हेतु α-हाइड्रोजन (C=O के पास वाले कार्बन पर C–H) चाहिए; जिन ऐल्डिहाइडों में α-हाइड्रोजन नहीं (HCHO, C₆H₅CHO, (CH₃)₃CCHO) वे सांद्र क्षार में असमानुपातन करते हैं (कैनिज़ारो); α-H रहित कीटोन दोनों में से कुछ नहीं करते।' }),
  {
    id: 'c.prac.distinguishing-reagent', subject: C, concepts: ['C.PRAC.ORGTEST', 'C.OXY.CARBONYL'], difficulty: 3,
    build(rng) {
      const k = rng.int(0, PAIRS.length - 1);
      const swap = rng.int(0, 1);
      const [a, b, right, wrong] = PAIRS[k]!;
      const [x, y] = swap === 0 ? [a, b] : [b, a];
      const name = (c: number) => `${pairCompound(c)[0]} (${tex(pairCompound(c)[2])})`;
      const nameHi = (c: number) => `${pairCompound(c)[1]} (${tex(pairCompound(c)[2])})`;
      return choice({
        params: { k, swap },
        text: `Which reagent distinguishes ${name(x)} from ${name(y)}?`,
        correct: REAGENTS[right][0], distractors: wrong.map((r) => REAGENTS[r][0]),
        solution: `${REAGENTS[right][0]} gives a visible result with one of the two only; each of the other reagents responds to both or to neither. ${CB_WHY} FeCl₃ gives a violet colour with phenols; bromine water is decolourised by C=C and by phenols; sodium liberates H₂ with any O–H; Lucas reagent clouds at once only with 3° alcohols.`,
        hi: { text: `कौन-सा अभिकर्मक ${nameHi(x)} को ${nameHi(y)} से विभेदित करता है?`, solution: `${REAGENTS[right][1]} दोनों में से केवल एक के साथ दृश्य परिणाम देता है; अन्य अभिकर्मक दोनों या किसी के साथ नहीं। ${CB_WHY_HI} FeCl₃ फ़ीनॉलों के साथ बैंगनी रंग देता है; ब्रोमीन जल C=C और फ़ीनॉलों से रंगहीन होता है; सोडियम किसी भी O–H से H₂ मुक्त करता है; लूकस अभिकर्मक केवल 3° ऐल्कोहॉल के साथ तुरंत आविलता देता है।`, correct: REAGENTS[right][1], distractors: wrong.map((r) => REAGENTS[r][1]) },
      });
    },
  },
  {
    id: 'c.prac.count-positive-tests', subject: C, concepts: ['C.PRAC.ORGTEST', 'C.OXY.CARBONYL'], difficulty: 4,
    build(rng) {
      const t = rng.int(0, CB_TESTS.length - 1);
      const six = rng.shuffle(CARBONYLS.map((_, i) => i)).slice(0, 6).sort((p, q) => p - q);
      const n = six.filter((i) => cbTest(t, i)).length;
      const list = six.map(cbShow).join(', ');
      const listHi = six.map(cbShowHi).join(', ');
      return countSpec({
        params: { t, c0: six[0]!, c1: six[1]!, c2: six[2]!, c3: six[3]!, c4: six[4]!, c5: six[5]! }, value: n, result: [0, 6],
        text: `How many of the following give ${CB_TESTS[t]![1]}: ${list}?`,
        mistakes: [n + 1, n - 1, n + 2, 6 - n, n - 2],
        solution: `${CB_WHY} Positive here: ${six.filter((i) => cbTest(t, i)).map(cbShow).join(', ') || 'none'}.`,
        hi: { text: `निम्नलिखित में से कितने ${CB_TESTS[t]![2]} देते हैं: ${listHi}?`, solution: `${CB_WHY_HI} यहाँ धनात्मक: ${six.filter((i) => cbTest(t, i)).map(cbShowHi).join(', ') || 'कोई नहीं'}।` },
      });
    },
  },
  {
    id: 'c.oxy.ether-hi-cleavage', subject: C, concepts: ['C.OXY.ETHER'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, ETHERS.length - 1);
      const excess = rng.int(0, 1);
      const [a, b] = ether(i);
      const correct = cleavage(i, excess === 1);
      const options = [[`${a}I`, `${b}OH`], [`${b}I`, `${a}OH`], [`${a}I`, `${b}I`], [`${a}OH`, `${b}OH`]] as [string, string][];
      const key = pairText(correct);
      const distractors = options.map(pairText).filter((t) => t !== key);
      const cond = excess === 1 ? 'excess hot concentrated HI' : 'one mole of cold concentrated HI';
      const condHi = excess === 1 ? 'आधिक्य गर्म सांद्र HI' : 'ठंडे सांद्र HI के एक मोल'; 
      return choice({
        params: { i, excess },
        text: `The ether ${tex(etherTex(i))} is heated with ${cond}. The products are`,
        correct: key, distractors,
        solution: 'HI protonates the oxygen and I⁻ attacks: by SN2 at the less hindered carbon (methyl before primary before secondary), but by SN1 when one group is tertiary or benzylic (that carbon takes the iodide). The O–aryl bond is never broken (sp² carbon, partial double bond), so an aryl ether always gives the phenol. Excess HI then converts the alcohol formed into its iodide (not a phenol).',
        hi: { text: `ईथर ${tex(etherTex(i))} को ${condHi} के साथ गर्म किया जाता है। उत्पाद हैं`, solution: 'HI ऑक्सीजन को प्रोटॉनित करता है और I⁻ आक्रमण करता है: कम बाधित कार्बन पर SN2 द्वारा (मेथिल, फिर प्राथमिक, फिर द्वितीयक), परंतु एक समूह तृतीयक या बेन्ज़िलिक हो तो SN1 द्वारा (वही कार्बन आयोडाइड लेता है)। O–ऐरिल आबंध कभी नहीं टूटता (sp² कार्बन, आंशिक द्विआबंध), अतः ऐरिल ईथर सदैव फ़ीनॉल देता है। आधिक्य HI बने ऐल्कोहॉल को उसके आयोडाइड में बदल देता है (फ़ीनॉल को नहीं)।' },
      });
    },
  },
  {
    id: 'c.oxy.williamson-route', subject: C, concepts: ['C.OXY.ETHER', 'C.HAL.SN'], difficulty: 3,
    build(rng) {
      const k = rng.int(0, WILLIAMSON.length - 1);
      const xi = rng.int(0, 2);
      const x = ['Br', 'I', 'Cl'][xi]!;
      const [i, side] = WILLIAMSON[k]!;
      const [a, b] = ether(i);
      const alk = side === 0 ? a : b;
      const hal = side === 0 ? b : a;
      const correct = wText(alk, hal, x);
      const distractors = [wText(hal, alk, x), tex(`${alk}${x} + ${hal}${x} + Na`), tex(`${alk}OH + ${hal}OH,\\ conc.\\ H_2SO_4`)];
      return choice({
        params: { k, x: xi },
        text: `The best way to prepare ${tex(etherTex(i))} by the Williamson synthesis is`,
        correct, distractors,
        solution: 'The alkoxide (or phenoxide) attacks the alkyl halide by SN2, so the halide must be methyl or primary: a tertiary or secondary halide with a strong base gives mainly the alkene (E2), and an aryl halide does not undergo SN2 at all. Hence the bulky or aryl group comes as the alkoxide/phenoxide. Na with two halides is the Wurtz reaction; heating two alcohols with acid gives a mixture or an alkene.',
        hi: { text: `विलियमसन संश्लेषण द्वारा ${tex(etherTex(i))} बनाने का सर्वोत्तम तरीका है`, solution: 'ऐल्कॉक्साइड (या फ़ीनॉक्साइड) ऐल्किल हैलाइड पर SN2 आक्रमण करता है, अतः हैलाइड मेथिल या प्राथमिक होना चाहिए: प्रबल क्षारक के साथ तृतीयक या द्वितीयक हैलाइड मुख्यतः ऐल्कीन (E2) देता है, और ऐरिल हैलाइड SN2 नहीं करता। इसलिए बड़ा या ऐरिल समूह ऐल्कॉक्साइड/फ़ीनॉक्साइड के रूप में लिया जाता है। दो हैलाइडों के साथ Na वुर्ट्ज़ अभिक्रिया है; दो ऐल्कोहॉलों को अम्ल के साथ गर्म करने पर मिश्रण या ऐल्कीन बनती है।' },
      });
    },
  },
  formula({ id: 'c.oxy.zeisel-methoxy', subject: C, concepts: ['C.OXY.ETHER', 'C.ORG.QUANT'], difficulty: 4,
    vars: { i: range(0, METHOXY.length - 1), n: [2, 3, 4, 5] },
    text: (v) => `In Zeisel's method, ${zeiselMass(v)} g of ${METHOXY[v.i]![0]} ($\\mathrm{${METHOXY[v.i]![2]}}$) is boiled with HI and the $\\mathrm{CH_3I}$ formed is absorbed in alcoholic $\\mathrm{AgNO_3}$, giving ${zeiselAgI(v)} g of AgI. How many methoxy groups does one molecule contain? (C = 12, H = 1, O = 16, Ag = 108, I = 127)`,
    unit: '',
    answer: (v) => METHOXY[v.i]![5],
    mistakes: (v) => { const k = METHOXY[v.i]![5]; return [k + 1, k === 1 ? 2 * k + 1 : k - 1, 2 * k, k + 2]; },
    solution: (v) => `Each OCH₃ gives one CH₃I and so one AgI (235 g/mol): moles AgI $= ${zeiselAgI(v)}/235$, moles of compound $= ${zeiselMass(v)}/${METHOXY[v.i]![4]}$; their ratio is the number of methoxy groups.`,
    hi: {
      text: (v) => `ज़ाइसल विधि में ${METHOXY[v.i]![1]} ($\\mathrm{${METHOXY[v.i]![2]}}$) के ${zeiselMass(v)} g को HI के साथ उबाला जाता है और बने $\\mathrm{CH_3I}$ को ऐल्कोहॉलीय $\\mathrm{AgNO_3}$ में अवशोषित करने पर ${zeiselAgI(v)} g AgI प्राप्त होता है। एक अणु में कितने मेथॉक्सी समूह हैं? (C = 12, H = 1, O = 16, Ag = 108, I = 127)`,
      solution: (v) => `प्रत्येक OCH₃ एक CH₃I और इस प्रकार एक AgI (235 g/mol) देता है: AgI के मोल $= ${zeiselAgI(v)}/235$, यौगिक के मोल $= ${zeiselMass(v)}/${METHOXY[v.i]![4]}$; इनका अनुपात मेथॉक्सी समूहों की संख्या है।`,
    },
    result: [1, 3] }),
];
