import { FUSION_COMPOUNDS, LN_ATOMS, LN_IONS, LN_RADII } from './chem-data-organic.ts';
import { C, countSpec, rankGenerator, tableMulti, tex } from './chem-organic-builders.ts';
import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef } from './types.ts';

// Lassaigne's test, haloarenes and lanthanoids.

/** 4f electrons of a lanthanoid ion: 6s electrons leave first, then 5d, then 4f. */
export function ionF(k: number): number {
  const [a, q] = LN_IONS[k]!;
  const [, , f, d] = LN_ATOMS[a];
  return f - Math.max(0, q - 2 - d);
}
const ionTex = (k: number) => { const [a, q] = LN_IONS[k]!; return `$\\mathrm{${LN_ATOMS[a][0]}^{${q}+}}$`; };
const unpairedF = (f: number) => (f <= 7 ? f : 14 - f);

/** Substitution patterns of benzene: multiplicities of distinct groups, and the known isomer count. */
export const BENZENE_PATTERNS = [
  [[2], 3], [[1, 1], 3], [[3], 3], [[2, 1], 6], [[1, 1, 1], 10], [[4], 3], [[3, 1], 6], [[2, 2], 11], [[2, 1, 1], 16], [[4, 1], 3], [[3, 2], 6], [[1, 1, 1, 1], 30],
] as const;
export const RING_GROUPS = ['Cl', 'Br', 'NO_2', 'CH_3', 'OH', 'F', 'I'] as const;
/** The molecular formula of a substituted benzene: C₆H₆₋ₖ then the groups. */
export const benzeneFormula = (mult: readonly number[], groups: readonly string[]) => {
  const k = mult.reduce((s, m) => s + m, 0);
  const simple = (g: string) => /^[A-Z][a-z]?$/.test(g);
  const part = (g: string, m: number) => (simple(g) ? (m === 1 ? g : `${g}_${m}`) : m === 1 ? `(${g})` : `(${g})_${m}`);
  return `C_6H_${6 - k}${mult.map((m, j) => part(groups[j]!, m)).join('')}`.replace('H_1', 'H').replace('H_0', '');
};

/** Halobenzene reactions: reagent (TeX) and the product built for halogen X (TeX). */
export const HALOARENE_REACTIONS = [
  ['Cl_2/anhyd.\\ FeCl_3', (x: string) => `o\\text{-}/p\\text{-}ClC_6H_4${x}`], ['conc.\\ HNO_3/conc.\\ H_2SO_4', (x: string) => `o\\text{-}/p\\text{-}O_2NC_6H_4${x}`],
  ['conc.\\ H_2SO_4,\\ \\Delta', (x: string) => `p\\text{-}${x}C_6H_4SO_3H`], ['CH_3Cl/anhyd.\\ AlCl_3', (x: string) => `o\\text{-}/p\\text{-}CH_3C_6H_4${x}`],
  ['CH_3COCl/anhyd.\\ AlCl_3', (x: string) => `p\\text{-}${x}C_6H_4COCH_3`], ['Na,\\ dry\\ ether\\ (Fittig)', () => 'C_6H_5{-}C_6H_5'],
  ['CH_3Cl,\\ Na,\\ dry\\ ether', () => 'C_6H_5CH_3'], ['NaOH,\\ 623\\ K,\\ 300\\ atm;\\ then\\ H^+', () => 'C_6H_5OH'], ['Mg,\\ dry\\ ether', (x: string) => `C_6H_5Mg${x}`],
] as const;
const HALOARENE_WHY = 'The ring of a haloarene undergoes electrophilic substitution ortho/para to the halogen (deactivated but o/p-directing; bulky acyl and sulphonic groups go para); the C–X bond reacts with sodium (Fittig, Wurtz–Fittig), with magnesium (Grignard reagent) and with NaOH only under drastic conditions (Dow process).';
const HALOARENE_WHY_HI = 'हैलोऐरीन का वलय हैलोजेन के सापेक्ष ऑर्थो/पैरा पर इलेक्ट्रॉनरागी प्रतिस्थापन देता है (निष्क्रियित पर o/p-निर्देशक; बड़े ऐसिल और सल्फ़ोनिक समूह पैरा पर जाते हैं); C–X आबंध सोडियम (फ़िटिग, वुर्ट्ज़–फ़िटिग), मैग्नीशियम (ग्रिन्यार अभिकर्मक) और केवल कठोर परिस्थितियों में NaOH (डाउ प्रक्रम) से अभिक्रिया करता है।';

/** Haloarenes for SNAr: formula (TeX), SMILES, nitro groups ortho or para to the halogen (tabulated). */
export const SNAR = [
  ['C_6H_5Cl', 'ClC1=CC=CC=C1', 0], ['m\\text{-}O_2NC_6H_4Cl', 'ClC1=CC([N+](=O)[O-])=CC=C1', 0], ['3,5\\text{-}(O_2N)_2C_6H_3Cl', 'ClC1=CC([N+](=O)[O-])=CC([N+](=O)[O-])=C1', 0],
  ['p\\text{-}O_2NC_6H_4Cl', 'ClC1=CC=C([N+](=O)[O-])C=C1', 1], ['o\\text{-}O_2NC_6H_4Cl', 'ClC1=C([N+](=O)[O-])C=CC=C1', 1],
  ['2,4\\text{-}(O_2N)_2C_6H_3Cl', 'ClC1=C([N+](=O)[O-])C=C([N+](=O)[O-])C=C1', 2], ['2,6\\text{-}(O_2N)_2C_6H_3Cl', 'ClC1=C([N+](=O)[O-])C=CC=C1[N+](=O)[O-]', 2],
  ['2,4,6\\text{-}(O_2N)_3C_6H_2Cl', 'ClC1=C([N+](=O)[O-])C=C([N+](=O)[O-])C=C1[N+](=O)[O-]', 3],
] as const;
/** Nucleophiles that displace an activated aryl chloride (the order of the substrates is the same for each). */
const NUCLEOPHILES = [['aqueous NaOH', 'जलीय NaOH'], ['sodium methoxide in methanol', 'मेथेनॉल में सोडियम मेथॉक्साइड'], ['ammonia', 'अमोनिया'], ['sodium ethoxide in ethanol', 'एथेनॉल में सोडियम एथॉक्साइड']] as const;

/** Fusion-extract observations: what each test shows, for a compound's formula. */
const hasEl = (f: string, el: string) => new RegExp(`${el}(?![a-z])`).test(f.replace(/N_2\^\+/, ''));
const fusion = (i: number) => FUSION_COMPOUNDS[i]![2];
const carbonN = (i: number) => hasEl(fusion(i), 'C') && hasEl(fusion(i), 'N');
export const FE_TEST = [
  ['Prussian blue colour', 'प्रशियन नीला रंग'], ['blood-red colour', 'रक्त-लाल रंग'], ['no blue or red colour', 'कोई नीला या लाल रंग नहीं'], ['a violet colour', 'बैंगनी रंग'],
] as const;
export const AG_TEST = [
  ['a white precipitate soluble in aqueous ammonia', 'जलीय अमोनिया में विलेय श्वेत अवक्षेप'], ['a pale yellow precipitate sparingly soluble in ammonia', 'अमोनिया में अल्प विलेय हल्का पीला अवक्षेप'],
  ['a yellow precipitate insoluble in ammonia', 'अमोनिया में अविलेय पीला अवक्षेप'], ['no precipitate', 'कोई अवक्षेप नहीं'],
] as const;
const feResult = (i: number) => (carbonN(i) ? (hasEl(fusion(i), 'S') ? 1 : 0) : 2);
const agResult = (i: number) => (hasEl(fusion(i), 'Cl') ? 0 : hasEl(fusion(i), 'Br') ? 1 : hasEl(fusion(i), 'I') ? 2 : 3);
/** Reverse questions: a test result and which compounds show it. */
export const FUSION_SIGNS = [
  ['gives a violet colour with sodium nitroprusside', 'सोडियम नाइट्रोप्रुसाइड के साथ बैंगनी रंग देता है', (i: number) => hasEl(fusion(i), 'S')],
  ['gives Prussian blue with FeSO₄ followed by FeCl₃ and acid', 'FeSO₄ और फिर FeCl₃ तथा अम्ल के साथ प्रशियन नीला देता है', (i: number) => feResult(i) === 0],
  ['gives a blood-red colour with FeCl₃', 'FeCl₃ के साथ रक्त-लाल रंग देता है', (i: number) => feResult(i) === 1],
  ['after boiling with HNO₃ gives, with AgNO₃, a yellow precipitate insoluble in ammonia', 'HNO₃ के साथ उबालने के बाद AgNO₃ से अमोनिया में अविलेय पीला अवक्षेप देता है', (i: number) => agResult(i) === 2],
  ['after boiling with HNO₃ gives, with AgNO₃, a white precipitate soluble in ammonia', 'HNO₃ के साथ उबालने के बाद AgNO₃ से अमोनिया में विलेय श्वेत अवक्षेप देता है', (i: number) => agResult(i) === 0],
] as const;
const FUSION_WHY = 'Fusion with sodium turns C + N into NaCN, S into Na₂S, both together into NaSCN, and halogens into NaX. CN⁻ + FeSO₄ → ferrocyanide → Prussian blue with Fe³⁺; SCN⁻ + Fe³⁺ → blood red; S²⁻ + nitroprusside → violet; X⁻ + Ag⁺ → AgCl (white, dissolves in NH₃), AgBr (pale yellow), AgI (yellow). A compound without carbon (hydrazine, NH₂OH, NH₄Cl) forms no cyanide, and a diazonium salt loses its nitrogen as N₂ before it can.';
const FUSION_WHY_HI = 'सोडियम के साथ संगलन से C + N, NaCN में; S, Na₂S में; दोनों साथ हों तो NaSCN में और हैलोजेन NaX में बदलते हैं। CN⁻ + FeSO₄ → फ़ेरोसायनाइड → Fe³⁺ के साथ प्रशियन नीला; SCN⁻ + Fe³⁺ → रक्त-लाल; S²⁻ + नाइट्रोप्रुसाइड → बैंगनी; X⁻ + Ag⁺ → AgCl (श्वेत, NH₃ में विलेय), AgBr (हल्का पीला), AgI (पीला)। कार्बन रहित यौगिक (हाइड्रैज़ीन, NH₂OH, NH₄Cl) सायनाइड नहीं बनाते, और डाइऐज़ोनियम लवण अपनी नाइट्रोजन N₂ के रूप में पहले ही खो देता है।';

export const analysisArenesLanthanoids: GeneratorDef[] = [
  tableMulti({ id: 'c.org.lassaigne-nitrogen', concepts: ['C.ORG.QUAL', 'C.PRAC.ORGTEST'], difficulty: 3, n: FUSION_COMPOUNDS.length, show: (i) => `${FUSION_COMPOUNDS[i]![0]} (${tex(fusion(i))})`, showHi: (i) => `${FUSION_COMPOUNDS[i]![1]} (${tex(fusion(i))})`,
    asks: [
      { text: "Which of the following show nitrogen in Lassaigne's test (Prussian blue or, with sulphur also present, a blood-red colour)?", textHi: 'निम्नलिखित में से कौन लासे परीक्षण में नाइट्रोजन दर्शाते हैं (प्रशियन नीला या, सल्फ़र भी हो तो, रक्त-लाल रंग)?', truth: (i) => feResult(i) !== 2 },
      { text: "Which of the following give a positive Lassaigne's test for sulphur?", textHi: 'निम्नलिखित में से कौन सल्फ़र के लिए धनात्मक लासे परीक्षण देते हैं?', truth: (i) => hasEl(fusion(i), 'S') },
    ],
    why: () => FUSION_WHY, whyHi: () => FUSION_WHY_HI }),
  {
    id: 'c.org.fusion-extract-tests', subject: C, concepts: ['C.ORG.QUAL'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, FUSION_COMPOUNDS.length - 1);
      const t = rng.int(0, 1);
      const table = t === 0 ? FE_TEST : AG_TEST;
      const right = t === 0 ? feResult(i) : agResult(i);
      const wrong = table.map((_, k) => k).filter((k) => k !== right);
      const [name, nameHi] = FUSION_COMPOUNDS[i]!;
      return choice({
        params: { i, t },
        text: t === 0 ? `The sodium fusion extract of ${name} (${tex(fusion(i))}) is boiled with $\\mathrm{FeSO_4}$, then acidified and treated with $\\mathrm{FeCl_3}$. What is seen?` : `The sodium fusion extract of ${name} (${tex(fusion(i))}) is boiled with dilute $\\mathrm{HNO_3}$ and treated with $\\mathrm{AgNO_3}$. What is seen?`,
        correct: table[right][0], distractors: wrong.map((k) => table[k]![0]),
        solution: FUSION_WHY,
        hi: { text: t === 0 ? `${nameHi} (${tex(fusion(i))}) के सोडियम संगलन निष्कर्ष को $\\mathrm{FeSO_4}$ के साथ उबालकर अम्लीकृत किया जाता है और $\\mathrm{FeCl_3}$ मिलाया जाता है। क्या दिखता है?` : `${nameHi} (${tex(fusion(i))}) के सोडियम संगलन निष्कर्ष को तनु $\\mathrm{HNO_3}$ के साथ उबालकर $\\mathrm{AgNO_3}$ मिलाया जाता है। क्या दिखता है?`, solution: FUSION_WHY_HI, correct: table[right][1], distractors: wrong.map((k) => table[k]![1]) },
      });
    },
  },
  {
    id: 'c.org.fusion-which-compound', subject: C, concepts: ['C.ORG.QUAL'], difficulty: 3,
    build(rng) {
      const s = rng.int(0, FUSION_SIGNS.length - 1);
      const [sign, signHi, ok] = FUSION_SIGNS[s]!;
      const all = FUSION_COMPOUNDS.map((_, k) => k);
      const yes = rng.pick(all.filter((k) => ok(k)));
      const no = rng.shuffle(all.filter((k) => !ok(k))).slice(0, 3);
      const show = (k: number) => `${FUSION_COMPOUNDS[k]![0]} (${tex(fusion(k))})`;
      const showHi = (k: number) => `${FUSION_COMPOUNDS[k]![1]} (${tex(fusion(k))})`;
      return choice({
        params: { s, yes, n0: no[0]!, n1: no[1]!, n2: no[2]! },
        text: `The sodium fusion extract of an organic compound ${sign}. The compound could be`,
        correct: show(yes), distractors: no.map(show),
        solution: FUSION_WHY,
        hi: { text: `एक कार्बनिक यौगिक का सोडियम संगलन निष्कर्ष ${signHi}। यौगिक हो सकता है`, solution: FUSION_WHY_HI, correct: showHi(yes), distractors: no.map(showHi) },
      });
    },
  },
  {
    id: 'c.hal.benzene-isomer-count', subject: C, concepts: ['C.HAL.ARYL', 'C.ORG.ISOMERISM'], difficulty: 3,
    build(rng) {
      const k = rng.int(0, BENZENE_PATTERNS.length - 1);
      const [mult, count] = BENZENE_PATTERNS[k]!;
      const groups = rng.shuffle([0, 1, 2, 3, 4, 5, 6]).slice(0, mult.length);
      const f = benzeneFormula(mult, groups.map((g) => RING_GROUPS[g]!));
      return countSpec({
        params: { k, g0: groups[0]!, g1: groups[1] ?? -1, g2: groups[2] ?? -1, g3: groups[3] ?? -1 }, max: 30, value: count,
        text: `How many structural isomers are possible for the benzene derivative $\\mathrm{${f}}$?`,
        textHi: `बेन्ज़ीन व्युत्पन्न $\\mathrm{${f}}$ के कितने संरचनात्मक समावयव संभव हैं?`,
        mistakes: [count + 1, count - 1, count * 2, mult.length === 1 ? 3 : count + 3, 6],
        solution: `Place the groups on the six ring positions and count arrangements that differ after any rotation or reflection of the hexagon (for two groups: ortho, meta, para). For this pattern there are ${count}.`,
        solutionHi: `समूहों को वलय की छह स्थितियों पर रखिए और षट्भुज के किसी घूर्णन या परावर्तन के बाद भिन्न रहने वाली व्यवस्थाएँ गिनिए (दो समूहों के लिए: ऑर्थो, मेटा, पैरा)। इस प्रतिरूप के लिए ${count}।`,
      });
    },
  },
  {
    id: 'c.hal.haloarene-reagents', subject: C, concepts: ['C.HAL.ARYL', 'C.HC.AROMATIC'], difficulty: 3,
    build(rng) {
      const x = rng.pick(['Cl', 'Br']);
      const r = rng.int(0, HALOARENE_REACTIONS.length - 1);
      const [reagent, make] = HALOARENE_REACTIONS[r]!;
      const correct = tex(make(x));
      const pool = [...new Set(HALOARENE_REACTIONS.map(([, m]) => tex(m(x))).filter((t) => t !== correct))];
      return choice({
        params: { x: x === 'Cl' ? 0 : 1, r },
        text: `$\\mathrm{C_6H_5${x}}$ is treated with ${tex(reagent)}. The main organic product is`,
        correct, distractors: rng.shuffle(pool).slice(0, 3),
        solution: `${HALOARENE_WHY} Product: ${correct}.`,
        hi: { text: `$\\mathrm{C_6H_5${x}}$ की ${tex(reagent)} से अभिक्रिया कराई जाती है। मुख्य कार्बनिक उत्पाद है`, solution: `${HALOARENE_WHY_HI} उत्पाद: ${correct}।` },
      });
    },
  },
  rankGenerator({ id: 'c.hal.snar-order', concepts: ['C.HAL.ARYL', 'C.ORG.EFFECTS'], difficulty: 4, data: SNAR.map(([f, , n]) => [f, n] as const), gap: (a, b) => a !== b,
    asks: NUCLEOPHILES.map(([en, hi]) => ({ en: `reactivity towards ${en} (nucleophilic substitution of the chlorine)`, hi: `${hi} के प्रति अभिक्रियाशीलता (क्लोरीन का नाभिकरागी प्रतिस्थापन)`, ascending: true })), fmt: (v) => `${v}`,
    label: ['NO₂ groups ortho/para to the halogen', 'हैलोजेन के ऑर्थो/पैरा NO₂ समूह'],
    why: 'The addition–elimination (SNAr) route goes through a carbanion (Meisenheimer complex); only NO₂ groups ortho or para to the carbon bearing the halogen delocalise that charge onto their oxygen atoms, so each such group speeds the reaction enormously, while a meta NO₂ helps hardly at all.',
    whyHi: 'योग–विलोपन (SNAr) मार्ग एक कार्बऋणायन (माइज़नहाइमर संकुल) से होकर जाता है; हैलोजेन वाले कार्बन के ऑर्थो या पैरा पर स्थित NO₂ समूह ही इस आवेश को अपने ऑक्सीजन परमाणुओं पर विस्थानीकृत करते हैं, अतः ऐसा प्रत्येक समूह अभिक्रिया को बहुत तीव्र करता है, जबकि मेटा NO₂ लगभग सहायता नहीं करता।' }),
  formula({ id: 'c.fb.lanthanoid-moment', subject: C, concepts: ['C.FB.LANTH', 'C.DB.MAGNETIC'], difficulty: 3,
    vars: { k: range(0, LN_IONS.length - 1) },
    text: (v) => `Using the spin-only formula, find the magnetic moment of ${ionTex(v.k)} ($Z$ of ${LN_ATOMS[LN_IONS[v.k]![0]][0]} $= ${LN_ATOMS[LN_IONS[v.k]![0]][1]}$) in BM.`,
    unit: 'BM',
    answer: (v) => { const n = unpairedF(ionF(v.k)); return Math.sqrt(n * (n + 2)); },
    mistakes: (v) => { const f = ionF(v.k); const n = unpairedF(f); return [Math.sqrt(f * (f + 2)), Math.sqrt((n + 1) * (n + 3)), Math.sqrt(n * (n + 1)), n]; },
    solution: (v) => `Ions lose the 6s electrons first, then 5d, then 4f: ${ionTex(v.k)} is $4f^{${ionF(v.k)}}$ with ${unpairedF(ionF(v.k))} unpaired electrons (seven 4f orbitals fill singly first); $\\mu = \\sqrt{n(n+2)}$.`,
    hi: {
      text: (v) => `केवल-प्रचक्रण सूत्र से ${ionTex(v.k)} (${LN_ATOMS[LN_IONS[v.k]![0]][0]} का $Z = ${LN_ATOMS[LN_IONS[v.k]![0]][1]}$) का चुंबकीय आघूर्ण BM में ज्ञात कीजिए।`,
      solution: (v) => `आयन पहले 6s, फिर 5d, फिर 4f इलेक्ट्रॉन खोते हैं: ${ionTex(v.k)} $4f^{${ionF(v.k)}}$ है जिसमें ${unpairedF(ionF(v.k))} अयुग्मित इलेक्ट्रॉन हैं (सात 4f कक्षक पहले एकल भरते हैं); $\\mu = \\sqrt{n(n+2)}$।`,
    },
    result: [0, 8] }),
  rankGenerator({ id: 'c.fb.lanthanoid-contraction', concepts: ['C.FB.LANTH', 'C.PER.TRENDS'], difficulty: 2, data: LN_RADII.map(([el, , r]) => [`${el}^{3+}`, r] as const), gap: (a, b) => Math.abs(a - b) >= 1,
    asks: [{ en: 'ionic radius', hi: 'आयनिक त्रिज्या', ascending: true }], fmt: (v) => `${v} pm`,
    why: 'Lanthanoid contraction: across the series each added electron enters the 4f subshell, which shields the growing nuclear charge poorly, so the Ln³⁺ radius falls steadily from La³⁺ to Lu³⁺.',
    whyHi: 'लैंथेनॉयड आकुंचन: श्रेणी में प्रत्येक जुड़ा इलेक्ट्रॉन 4f उपकोश में जाता है जो बढ़ते नाभिकीय आवेश का दुर्बल परिरक्षण करता है, अतः Ln³⁺ त्रिज्या La³⁺ से Lu³⁺ तक लगातार घटती है।' }),
  tableMulti({ id: 'c.fb.lanthanoid-ion-config', concepts: ['C.FB.LANTH', 'C.ATOM.CONFIG'], difficulty: 4, n: LN_IONS.length, show: ionTex,
    asks: [
      { text: 'Which of the following ions have an empty, half-filled or completely filled 4f subshell ($4f^0$, $4f^7$ or $4f^{14}$)?', textHi: 'निम्नलिखित में से किन आयनों का 4f उपकोश रिक्त, अर्धपूरित या पूर्णपूरित ($4f^0$, $4f^7$ या $4f^{14}$) है?', truth: (k) => [0, 7, 14].includes(ionF(k)) },
      { text: 'Which of the following ions are diamagnetic?', textHi: 'निम्नलिखित में से कौन-से आयन प्रतिचुंबकीय हैं?', truth: (k) => unpairedF(ionF(k)) === 0 },
      { text: 'Which of the following ions have exactly seven unpaired electrons?', textHi: 'निम्नलिखित में से किन आयनों में ठीक सात अयुग्मित इलेक्ट्रॉन हैं?', truth: (k) => ionF(k) === 7 },
    ],
    why: (p) => `Lanthanoid atoms are [Xe]4fⁿ6s² (La, Ce, Gd, Lu also 5d¹); ions lose 6s, then 5d, then 4f electrons. The extra stability of 4f⁰, 4f⁷ and 4f¹⁴ explains Ce⁴⁺, Tb⁴⁺, Eu²⁺ and Yb²⁺. Here: ${p.map((k) => `${ionTex(k)} $4f^{${ionF(k)}}$`).join(', ')}.`,
    whyHi: (p) => `लैंथेनॉयड परमाणु [Xe]4fⁿ6s² हैं (La, Ce, Gd, Lu में 5d¹ भी); आयन पहले 6s, फिर 5d, फिर 4f इलेक्ट्रॉन खोते हैं। 4f⁰, 4f⁷ और 4f¹⁴ का अतिरिक्त स्थायित्व Ce⁴⁺, Tb⁴⁺, Eu²⁺ और Yb²⁺ को समझाता है। यहाँ: ${p.map((k) => `${ionTex(k)} $4f^{${ionF(k)}}$`).join(', ')}।` }),
];

