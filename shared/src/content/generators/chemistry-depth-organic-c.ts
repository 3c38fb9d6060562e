import { ALCOHOLS, ALKANE_BP, ALKYNES, GROUPS, HALIDE_DIPOLE, HYDROGENATION_HEAT, NITRATION_RATE } from './chem-data-organic.ts';
import { percentMistakes } from './chem-data.ts';
import { analysisArenesLanthanoids } from './chemistry-depth-organic-c-analysis.ts';
import { structureIsomerismNaming } from './chemistry-depth-organic-c-structure.ts';
import { C, rankGenerator, sci, tableMulti, tex } from './chem-organic-builders.ts';
import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/** Substituent effects: inductive sign, resonance sign and whether the group activates the ring. */
const grp = (i: number) => GROUPS[i]!;
const activating = (i: number) => grp(i)[2] === 1 || (grp(i)[3] === 1 && !['-Cl', '-Br', '-F'].includes(grp(i)[0]));
const orthoPara = (i: number) => grp(i)[2] === 1 || grp(i)[3] === 1;
const effectName = (i: number) => `${grp(i)[2] === 1 ? '+I' : '−I'}${grp(i)[3] === 1 ? ', +R' : grp(i)[3] === -1 ? ', −R' : ''}`;
const effectsList = (picked: number[]) => picked.map((i) => `${tex(grp(i)[0])}: ${effectName(i)}`).join('; ');

/** Alcohol → alkyl halide: reagent (TeX), the halogen it delivers, Hindi-neutral; the last two start from a bromide. */
export const HALIDE_REAGENTS = [
  ['SOCl_2\\ (pyridine)', 'Cl', 'OH'], ['PCl_5', 'Cl', 'OH'], ['PCl_3', 'Cl', 'OH'], ['conc.\\ HCl/anhyd.\\ ZnCl_2', 'Cl', 'OH'],
  ['NaBr + conc.\\ H_2SO_4', 'Br', 'OH'], ['red\\ P/I_2', 'I', 'OH'], ['NaI\\ (dry\\ acetone)', 'I', 'Br'], ['AgF', 'F', 'Br'], ['Hg_2F_2', 'F', 'Br'],
] as const;
const HALO_NAMES: Record<string, [string, string]> = {
  'SOCl_2\\ (pyridine)': ['thionyl chloride (SO₂ and HCl escape as gases)', 'थायोनिल क्लोराइड (SO₂ और HCl गैस के रूप में निकल जाती हैं)'],
  PCl_5: ['phosphorus pentachloride', 'फ़ॉस्फ़ोरस पेन्टाक्लोराइड'], PCl_3: ['phosphorus trichloride', 'फ़ॉस्फ़ोरस ट्राइक्लोराइड'],
  'conc.\\ HCl/anhyd.\\ ZnCl_2': ['Groves\' process (Lucas reagent)', 'ग्रोव प्रक्रम (लूकस अभिकर्मक)'], 'NaBr + conc.\\ H_2SO_4': ['HBr generated in situ', 'स्वस्थाने बना HBr'],
  'red\\ P/I_2': ['PI₃ formed in situ', 'स्वस्थाने बना PI₃'], 'NaI\\ (dry\\ acetone)': ['Finkelstein reaction (NaBr is insoluble in acetone)', 'फ़िंकेलस्टाइन अभिक्रिया (NaBr ऐसीटोन में अविलेय है)'],
  AgF: ['Swarts reaction', 'स्वार्ट्स अभिक्रिया'], Hg_2F_2: ['Swarts reaction', 'स्वार्ट्स अभिक्रिया'],
};
/** The alcohol's formula with its OH (the last one written) replaced by `x`. */
export const withGroup = (alcohol: string, x: string) => {
  const k = alcohol.lastIndexOf('OH');
  return alcohol.slice(0, k) + x + alcohol.slice(k + 2);
};

/** Optically pure alkyl halides hydrolysed to alcohols: substrate, product of inversion, its specific rotation (degrees). */
export const SN_SUBSTRATES = [
  ['(R)-2-bromooctane', '(R)-2-ब्रोमोऑक्टेन', '(S)-octan-2-ol', '(S)-ऑक्टेन-2-ऑल', 9.9], ['(S)-2-bromooctane', '(S)-2-ब्रोमोऑक्टेन', '(R)-octan-2-ol', '(R)-ऑक्टेन-2-ऑल', -9.9],
  ['(R)-2-chlorobutane', '(R)-2-क्लोरोब्यूटेन', '(S)-butan-2-ol', '(S)-ब्यूटेन-2-ऑल', 13.5], ['(S)-2-iodobutane', '(S)-2-आयोडोब्यूटेन', '(R)-butan-2-ol', '(R)-ब्यूटेन-2-ऑल', -13.5],
] as const;
/** The observed rotation as the stem prints it (two decimals) for SN2 share f (%). */
export const observedRotation = (v: { s: number; f: number }) => Number(((SN_SUBSTRATES[v.s]![4] * v.f) / 100).toFixed(2));
const enantiomericExcess = (v: { s: number; f: number }) => (100 * observedRotation(v)) / SN_SUBSTRATES[v.s]![4];

/** Halogen compounds for analysis data: formula (TeX), C, H, halogen atoms, halogen (Cl or Br). */
export const ANALYSED = [
  ['CH_2Cl_2', 1, 2, 2, 'Cl'], ['CHCl_3', 1, 1, 3, 'Cl'], ['C_2H_5Cl', 2, 5, 1, 'Cl'], ['C_2H_4Cl_2', 2, 4, 2, 'Cl'], ['C_3H_7Cl', 3, 7, 1, 'Cl'],
  ['C_6H_5Cl', 6, 5, 1, 'Cl'], ['C_2H_3Cl', 2, 3, 1, 'Cl'], ['C_4H_9Cl', 4, 9, 1, 'Cl'], ['C_2H_3Cl_3', 2, 3, 3, 'Cl'], ['C_2HCl_3', 2, 1, 3, 'Cl'],
  ['C_7H_7Cl', 7, 7, 1, 'Cl'], ['C_3H_5Cl', 3, 5, 1, 'Cl'], ['C_2H_5Br', 2, 5, 1, 'Br'], ['CH_3Br', 1, 3, 1, 'Br'], ['C_6H_5Br', 6, 5, 1, 'Br'],
  ['C_3H_7Br', 3, 7, 1, 'Br'], ['CH_2Br_2', 1, 2, 2, 'Br'], ['C_2H_4Br_2', 2, 4, 2, 'Br'], ['C_3H_6Cl_2', 3, 6, 2, 'Cl'], ['C_4H_8Br_2', 4, 8, 2, 'Br'],
] as const;
const HALO_MASS: Record<string, [number, number]> = { Cl: [35.5, 143.5], Br: [80, 188] };
const molar = (i: number) => { const [, c, h, x, el] = ANALYSED[i]!; return 12 * c + h + x * HALO_MASS[el]![0]; };
/** Combustion and Carius data as printed (mg precision) for w g (combustion) and w2 g (Carius). */
export const analysisData = (v: { i: number; w: number; w2: number }) => {
  const [, c, h, x, el] = ANALYSED[v.i]!;
  const n = v.w / molar(v.i);
  const r = (y: number) => Number(y.toFixed(3));
  return { co2: r(44 * c * n), h2o: r(9 * h * n), agx: r((HALO_MASS[el]![1] * x * v.w2) / molar(v.i)), vd: molar(v.i) / 2 };
};
const gcdOf = (a: number, b: number): number => (b === 0 ? a : gcdOf(b, a % b));
const empiricalAtoms = (i: number) => { const [, c, h, x] = ANALYSED[i]!; const g = gcdOf(gcdOf(c, h), x); return (c + h + x) / g; };

/** Solvent extraction: mass left in water after n portions of v mL each (K = C_org / C_aq). */
export const leftAfter = (m: number, Vaq: number, K: number, v: number, n: number) => m * (Vaq / (Vaq + K * v)) ** n;

/**
 * Mixtures to purify and the method: boiling points (°C) for two miscible liquids, or the
 * property that decides. Method index into METHODS.
 */
export const METHODS = [
  ['simple distillation', 'सरल आसवन'], ['fractional distillation', 'प्रभाजी आसवन'], ['steam distillation', 'भाप आसवन'], ['distillation under reduced pressure', 'कम दाब पर आसवन'],
  ['sublimation', 'ऊर्ध्वपातन'], ['crystallisation', 'क्रिस्टलन'], ['differential extraction', 'विभेदी निष्कर्षण'], ['chromatography', 'वर्णलेखन'],
] as const;
export type MixtureKind = 'liquids' | 'steam' | 'decomposes' | 'sublimes' | 'soluble-solid' | 'extract' | 'pigments';
export const MIXTURES: readonly { en: string; hi: string; kind: MixtureKind; bp?: readonly [number, number]; method: number }[] = [
  { en: 'chloroform (b.p. 61 °C) and aniline (b.p. 184 °C)', hi: 'क्लोरोफ़ॉर्म (क्वथनांक 61 °C) और ऐनिलीन (क्वथनांक 184 °C)', kind: 'liquids', bp: [61, 184], method: 0 },
  { en: 'diethyl ether (b.p. 35 °C) and toluene (b.p. 111 °C)', hi: 'डाइएथिल ईथर (क्वथनांक 35 °C) और टॉलूईन (क्वथनांक 111 °C)', kind: 'liquids', bp: [35, 111], method: 0 },
  { en: 'hexane (b.p. 69 °C) and heptane (b.p. 98 °C)', hi: 'हेक्सेन (क्वथनांक 69 °C) और हेप्टेन (क्वथनांक 98 °C)', kind: 'liquids', bp: [69, 98], method: 1 },
  { en: 'benzene (b.p. 80 °C) and toluene (b.p. 111 °C)', hi: 'बेन्ज़ीन (क्वथनांक 80 °C) और टॉलूईन (क्वथनांक 111 °C)', kind: 'liquids', bp: [80, 111], method: 1 },
  { en: 'acetone (b.p. 56 °C) and methanol (b.p. 65 °C)', hi: 'ऐसीटोन (क्वथनांक 56 °C) और मेथेनॉल (क्वथनांक 65 °C)', kind: 'liquids', bp: [56, 65], method: 1 },
  { en: 'ethanol (b.p. 78 °C) and nitrobenzene (b.p. 211 °C)', hi: 'एथेनॉल (क्वथनांक 78 °C) और नाइट्रोबेन्ज़ीन (क्वथनांक 211 °C)', kind: 'liquids', bp: [78, 211], method: 0 },
  { en: 'aniline from the aqueous reaction mixture of its preparation', hi: 'ऐनिलीन को उसके निर्माण के जलीय अभिक्रिया मिश्रण से', kind: 'steam', method: 2 },
  { en: 'o-nitrophenol from p-nitrophenol', hi: 'o-नाइट्रोफ़ीनॉल को p-नाइट्रोफ़ीनॉल से', kind: 'steam', method: 2 },
  { en: 'an essential oil from crushed plant material', hi: 'कुचले हुए पादप पदार्थ से एक सगंध तेल', kind: 'steam', method: 2 },
  { en: 'glycerol from spent lye of the soap industry', hi: 'साबुन उद्योग के अवशिष्ट लाइ से ग्लिसरॉल', kind: 'decomposes', method: 3 },
  { en: 'camphor mixed with sodium chloride', hi: 'सोडियम क्लोराइड के साथ मिश्रित कपूर', kind: 'sublimes', method: 4 },
  { en: 'naphthalene mixed with sand', hi: 'रेत के साथ मिश्रित नैफ़्थलीन', kind: 'sublimes', method: 4 },
  { en: 'crude aspirin containing a little salicylic acid', hi: 'थोड़े सैलिसिलिक अम्ल युक्त अशुद्ध ऐस्पिरिन', kind: 'soluble-solid', method: 5 },
  { en: 'cane sugar containing a little common salt', hi: 'थोड़े साधारण लवण युक्त इक्षु शर्करा', kind: 'soluble-solid', method: 5 },
  { en: 'caffeine from an aqueous tea extract (using chloroform)', hi: 'चाय के जलीय निष्कर्ष से कैफ़ीन (क्लोरोफ़ॉर्म द्वारा)', kind: 'extract', method: 6 },
  { en: 'the coloured pigments of a leaf extract', hi: 'पत्ती के निष्कर्ष के रंगीन वर्णक', kind: 'pigments', method: 7 },
  { en: 'the dyes in a drop of black ink', hi: 'काली स्याही की एक बूँद के रंजक', kind: 'pigments', method: 7 },
];

const PURIFY_WHY = 'Miscible liquids whose boiling points differ widely (here by 40 °C or more) are separated by simple distillation, closer ones by fractional distillation; a steam-volatile liquid immiscible with water by steam distillation; a liquid that decomposes below its boiling point under reduced pressure; a solid that sublimes from a non-volatile impurity by sublimation; a solid from a little soluble impurity by crystallisation; a solute from water by shaking with an immiscible solvent (differential extraction); a mixture of closely similar coloured substances by chromatography.';
const PURIFY_WHY_HI = 'जिन मिश्रणीय द्रवों के क्वथनांकों में बड़ा अंतर है (यहाँ 40 °C या अधिक) उन्हें सरल आसवन से, निकट क्वथनांक वालों को प्रभाजी आसवन से; जल में अमिश्रणीय भाप-वाष्पशील द्रव को भाप आसवन से; क्वथनांक से नीचे अपघटित होने वाले द्रव को कम दाब पर आसवन से; ऊर्ध्वपातित होने वाले ठोस को अवाष्पशील अशुद्धि से ऊर्ध्वपातन द्वारा; थोड़ी विलेय अशुद्धि युक्त ठोस को क्रिस्टलन से; जल से विलेय को अमिश्रणीय विलायक के साथ हिलाकर (विभेदी निष्कर्षण); और समान रंगीन पदार्थों के मिश्रण को वर्णलेखन से पृथक करते हैं।';

const hydrocarbonsHalidesPurification: GeneratorDef[] = [
  rankGenerator({ id: 'c.hc.alkane-boiling-order', concepts: ['C.HC.ALKANE'], difficulty: 2, data: ALKANE_BP, gap: (a, b) => Math.abs(a - b) >= 1.5,
    asks: [{ en: 'boiling point', hi: 'क्वथनांक', ascending: true }], fmt: (v) => `${v} °C`,
    why: 'London forces grow with the number of carbons, so boiling points rise with chain length; among isomers branching makes the molecule more compact (smaller contact area), so the boiling point falls: n-alkane > singly branched > doubly branched.',
    whyHi: 'लंडन बल कार्बन संख्या के साथ बढ़ते हैं, अतः श्रृंखला लंबी होने पर क्वथनांक बढ़ता है; समावयवों में शाखन अणु को संहत (कम संपर्क क्षेत्रफल) बनाता है, अतः क्वथनांक घटता है: n-ऐल्केन > एकल शाखित > द्विशाखित।' }),
  rankGenerator({ id: 'c.hc.alkene-stability-order', concepts: ['C.HC.ALKENE', 'C.ORG.EFFECTS'], difficulty: 3, data: HYDROGENATION_HEAT.filter(([f]) => f !== 'CH_2{=}CHCH{=}CH_2'), gap: (a, b) => Math.abs(a - b) >= 2,
    asks: [{ en: 'thermodynamic stability (judge by the enthalpy of hydrogenation)', hi: 'ऊष्मागतिक स्थायित्व (हाइड्रोजनीकरण एन्थैल्पी से निर्णय कीजिए)', ascending: false }], fmt: (v) => `$-\\Delta_hH = ${v}$ kJ/mol`,
    why: 'All give an alkane on hydrogenation, so the alkene releasing less heat is the more stable one. More alkyl groups on the C=C carbons (more hyperconjugation) stabilise the alkene; trans is more stable than cis (less steric strain).',
    whyHi: 'सभी हाइड्रोजनीकरण पर ऐल्केन देते हैं, अतः कम ऊष्मा मुक्त करने वाली ऐल्कीन अधिक स्थायी है। C=C कार्बनों पर अधिक ऐल्किल समूह (अधिक अतिसंयुग्मन) ऐल्कीन को स्थायी करते हैं; ट्रांस, सिस से अधिक स्थायी है (कम त्रिविम विकृति)।' }),
  rankGenerator({ id: 'c.org.dipole-moment-order', concepts: ['C.ORG.EFFECTS', 'C.BOND.POLAR'], difficulty: 3, data: HALIDE_DIPOLE, gap: (a, b) => Math.abs(a - b) >= 0.15,
    asks: [{ en: 'dipole moment', hi: 'द्विध्रुव आघूर्ण', ascending: true }], fmt: (v) => `${v} D`,
    why: 'A bond moment is charge × length: C–Cl has a larger moment than C–F (longer bond) and C–I the smallest; bond moments add as vectors, so CCl₄ and p-dichlorobenzene are zero and CHCl₃ is less polar than CH₂Cl₂; +I of ethyl raises the moment of C₂H₅Cl, while +R of Cl on an sp² carbon (vinyl and phenyl chloride) gives the C–Cl bond partial double-bond character and lowers it.',
    whyHi: 'आबंध आघूर्ण = आवेश × लंबाई: C–Cl का आघूर्ण C–F से अधिक (लंबा आबंध) और C–I का सबसे कम है; आबंध आघूर्ण सदिश रूप से जुड़ते हैं, अतः CCl₄ और p-डाइक्लोरोबेन्ज़ीन का शून्य तथा CHCl₃ का CH₂Cl₂ से कम है; एथिल का +I प्रभाव C₂H₅Cl का आघूर्ण बढ़ाता है, जबकि sp² कार्बन पर Cl का +R प्रभाव (वाइनिल और फ़ेनिल क्लोराइड) C–Cl को आंशिक द्विआबंध लक्षण देकर इसे घटाता है।' }),
  rankGenerator({ id: 'c.hc.nitration-rate-order', concepts: ['C.HC.AROMATIC', 'C.ORG.EFFECTS'], difficulty: 3, data: NITRATION_RATE, gap: (a, b) => Math.abs(Math.log10(a / b)) >= 0.3,
    asks: [{ en: 'rate of nitration (electrophilic substitution)', hi: 'नाइट्रीकरण (इलेक्ट्रॉनरागी प्रतिस्थापन) की दर', ascending: true }], fmt: (v) => `relative rate ${sci(v)}`,
    why: 'NO₂⁺ attacks the ring, so electron-releasing groups (alkyl by +I and hyperconjugation: CH₃ more than C(CH₃)₃) speed nitration; halogens withdraw by −I more than they donate by +R and slow it (I and F least, Cl most); CH₂Cl, COOC₂H₅ and NO₂ withdraw ever more strongly. Rates relative to benzene = 1.',
    whyHi: 'NO₂⁺ वलय पर आक्रमण करता है, अतः इलेक्ट्रॉन-दाता समूह (+I और अतिसंयुग्मन से ऐल्किल: CH₃, C(CH₃)₃ से अधिक) नाइट्रीकरण तीव्र करते हैं; हैलोजेन +R से जितना देते हैं उससे अधिक −I से खींचते हैं और दर घटाते हैं (I और F सबसे कम, Cl सबसे अधिक); CH₂Cl, COOC₂H₅ और NO₂ क्रमशः अधिक प्रबलता से खींचते हैं। दरें बेन्ज़ीन = 1 के सापेक्ष।' }),
  tableMulti({ id: 'c.org.substituent-effects', concepts: ['C.ORG.EFFECTS', 'C.HC.AROMATIC'], difficulty: 4, n: GROUPS.length, show: (i) => tex(grp(i)[0]),
    asks: [
      { text: 'Attached to a benzene ring, which of the following groups withdraw electrons by the inductive effect (−I) and yet donate electrons by resonance (+R)?', textHi: 'बेन्ज़ीन वलय से जुड़े होने पर निम्नलिखित में से कौन-से समूह प्रेरणिक प्रभाव से इलेक्ट्रॉन खींचते (−I) हैं, फिर भी अनुनाद से इलेक्ट्रॉन देते (+R) हैं?', truth: (i) => grp(i)[2] === -1 && grp(i)[3] === 1 },
      { text: 'Attached to a benzene ring, which of the following groups withdraw electrons by resonance (−R)?', textHi: 'बेन्ज़ीन वलय से जुड़े होने पर निम्नलिखित में से कौन-से समूह अनुनाद से इलेक्ट्रॉन खींचते (−R) हैं?', truth: (i) => grp(i)[3] === -1 },
      { text: 'Attached to a benzene ring, which of the following groups make the ring MORE reactive than benzene towards electrophilic substitution?', textHi: 'बेन्ज़ीन वलय से जुड़े होने पर निम्नलिखित में से कौन-से समूह वलय को इलेक्ट्रॉनरागी प्रतिस्थापन के प्रति बेन्ज़ीन से अधिक अभिक्रियाशील बनाते हैं?', truth: activating },
    ],
    why: (p) => `An atom with a lone pair next to the ring (O, N, halogen) donates it by resonance (+R) while its electronegativity withdraws by induction (−I); a group whose first atom is multiply bonded to O or N (NO₂, CN, CHO, COR, COOH, SO₃H) withdraws by both; alkyl groups release by +I; a positive or CCl₃ group withdraws by −I alone. +R wins over −I for OH, OR, NH₂ and NHCOR (activating), −I wins for the halogens (deactivating). Here: ${effectsList(p)}.`,
    whyHi: (p) => `वलय से सटे एकाकी युग्म वाले परमाणु (O, N, हैलोजेन) अनुनाद से इसे देते हैं (+R) जबकि उनकी विद्युतऋणता प्रेरणिक प्रभाव से खींचती है (−I); जिस समूह का पहला परमाणु O या N से बहुआबंधित है (NO₂, CN, CHO, COR, COOH, SO₃H) वह दोनों से खींचता है; ऐल्किल समूह +I से देते हैं; धनावेशित या CCl₃ समूह केवल −I से खींचते हैं। OH, OR, NH₂ और NHCOR के लिए +R, −I पर भारी है (सक्रियक), हैलोजेनों के लिए −I भारी है (निष्क्रियक)। यहाँ: ${effectsList(p)}।` }),
  tableMulti({ id: 'c.hc.directing-groups', concepts: ['C.HC.AROMATIC'], difficulty: 3, n: GROUPS.length, show: (i) => `$\\mathrm{C_6H_5${grp(i)[0].slice(1)}}$`,
    asks: [
      { text: 'Which of the following compounds give mainly ortho and para products on nitration?', textHi: 'नाइट्रीकरण पर निम्नलिखित में से कौन-से यौगिक मुख्यतः ऑर्थो और पैरा उत्पाद देते हैं?', truth: orthoPara },
      { text: 'Which of the following compounds give mainly the meta product on nitration?', textHi: 'नाइट्रीकरण पर निम्नलिखित में से कौन-से यौगिक मुख्यतः मेटा उत्पाद देते हैं?', truth: (i) => !orthoPara(i) },
    ],
    why: (p) => `Groups that release electrons (+I alkyl) or have a lone pair on the atom next to the ring (+R: OH, OR, NH₂, NHCOR, halogens) stabilise the arenium ion of ortho/para attack; groups without such a lone pair that withdraw (NO₂, CN, CHO, COR, COOH, SO₃H, N(CH₃)₃⁺, CCl₃) leave meta attack the least destabilised. Here: ${effectsList(p)}.`,
    whyHi: (p) => `इलेक्ट्रॉन देने वाले (+I ऐल्किल) या वलय से सटे परमाणु पर एकाकी युग्म वाले समूह (+R: OH, OR, NH₂, NHCOR, हैलोजेन) ऑर्थो/पैरा आक्रमण के ऐरीनियम आयन को स्थायी करते हैं; ऐसे एकाकी युग्म के बिना इलेक्ट्रॉन खींचने वाले समूहों (NO₂, CN, CHO, COR, COOH, SO₃H, N(CH₃)₃⁺, CCl₃) में मेटा आक्रमण सबसे कम अस्थायी होता है। यहाँ: ${effectsList(p)}।` }),
  tableMulti({ id: 'c.hc.terminal-alkyne-tests', concepts: ['C.HC.ALKYNE'], difficulty: 3, n: ALKYNES.length, show: (i) => tex(ALKYNES[i]![0]),
    asks: [
      { text: 'Which of the following give a white precipitate with ammoniacal silver nitrate (Tollens\' reagent)?', textHi: 'निम्नलिखित में से कौन अमोनियामय सिल्वर नाइट्रेट (टॉलेन अभिकर्मक) के साथ श्वेत अवक्षेप देते हैं?', truth: (i) => ALKYNES[i]![2] },
      { text: 'Which of the following give a red precipitate with ammoniacal cuprous chloride?', textHi: 'निम्नलिखित में से कौन अमोनियामय क्यूप्रस क्लोराइड के साथ लाल अवक्षेप देते हैं?', truth: (i) => ALKYNES[i]![2] },
      { text: 'Which of the following react with sodamide ($\\mathrm{NaNH_2}$) in liquid ammonia to form a sodium salt?', textHi: 'निम्नलिखित में से कौन द्रव अमोनिया में सोडामाइड ($\\mathrm{NaNH_2}$) के साथ अभिक्रिया करके सोडियम लवण बनाते हैं?', truth: (i) => ALKYNES[i]![2] },
    ],
    why: (p) => `Only a hydrogen on an sp carbon (≡C–H, 50 % s character) is acidic enough to be replaced by Ag⁺, Cu⁺ or Na⁺; internal alkynes have none. Terminal here: ${p.filter((i) => ALKYNES[i]![2]).map((i) => tex(ALKYNES[i]![0])).join(', ')}.`,
    whyHi: (p) => `केवल sp कार्बन पर हाइड्रोजन (≡C–H, 50 % s लक्षण) Ag⁺, Cu⁺ या Na⁺ द्वारा प्रतिस्थापित होने योग्य अम्लीय है; आंतरिक ऐल्काइनों में यह नहीं होता। यहाँ अंतस्थ: ${p.filter((i) => ALKYNES[i]![2]).map((i) => tex(ALKYNES[i]![0])).join(', ')}।` }),
  {
    id: 'c.hal.alcohol-to-halide', subject: C, concepts: ['C.HAL.PREP', 'C.OXY.ALCOHOL'], difficulty: 2,
    build(rng) {
      const a = rng.int(0, ALCOHOLS.length - 1);
      const r = rng.int(0, HALIDE_REAGENTS.length - 1);
      const [reagent, x, from] = HALIDE_REAGENTS[r]!;
      const substrate = withGroup(ALCOHOLS[a]![0], from === 'OH' ? 'OH' : 'Br');
      const others = rng.shuffle(['F', 'Cl', 'Br', 'I'].filter((h) => h !== x && h !== (from === 'OH' ? '' : 'Br')));
      const wrong = [...others, ...(from === 'OH' ? [] : ['OH'])].map((h) => tex(withGroup(ALCOHOLS[a]![0], h)));
      const [name, nameHi] = HALO_NAMES[reagent]!;
      return choice({
        params: { a, r },
        text: `${tex(substrate)} is treated with ${tex(reagent)}. The main organic product is`,
        correct: tex(withGroup(ALCOHOLS[a]![0], x)), distractors: wrong,
        solution: `${tex(reagent)} (${name}) replaces ${from === 'OH' ? 'the OH group' : 'the bromine'} by ${x}.`,
        hi: { text: `${tex(substrate)} की ${tex(reagent)} से अभिक्रिया कराई जाती है। मुख्य कार्बनिक उत्पाद है`, solution: `${tex(reagent)} (${nameHi}) ${from === 'OH' ? 'OH समूह' : 'ब्रोमीन'} को ${x} से प्रतिस्थापित करता है।` },
      });
    },
  },
  formula({ id: 'c.hal.sn-optical-purity', subject: C, concepts: ['C.HAL.SN', 'C.ORG.ISOMERISM'], difficulty: 4,
    vars: { s: range(0, SN_SUBSTRATES.length - 1), f: range(20, 96, 2), w: [0, 1] },
    text: (v) => { const [sub, , prod, , rot] = SN_SUBSTRATES[v.s]!; return `Optically pure ${sub} is hydrolysed with aqueous NaOH. The alcohol formed has specific rotation $${observedRotation(v).toFixed(2)}^\\circ$; pure ${prod} has $[\\alpha]_D = ${rot > 0 ? '+' : ''}${rot}^\\circ$. Each molecule reacts either by $S_N2$ (complete inversion) or by $S_N1$ (complete racemisation). Find ${v.w === 0 ? 'the percentage of the substrate that reacted by $S_N2$' : `the percentage of ${prod} in the product`}.`; },
    unit: '%',
    answer: (v) => (v.w === 0 ? enantiomericExcess(v) : 50 + enantiomericExcess(v) / 2),
    mistakes: (v) => { const ee = enantiomericExcess(v); const value = v.w === 0 ? ee : 50 + ee / 2; return percentMistakes(value, v.w === 0 ? [50 + ee / 2, 100 - ee, ee / 2] : [ee, 100 - ee / 2, 50 - ee / 2]); },
    solution: (v) => { const [, , prod, , rot] = SN_SUBSTRATES[v.s]!; return `$S_N1$ gives equal amounts of both enantiomers, so only the $S_N2$ part rotates light: optical purity $= \\frac{${observedRotation(v).toFixed(2)}}{${rot}} \\times 100 = ${enantiomericExcess(v).toFixed(2)}\\%$ = % $S_N2$. ${v.w === 1 ? `${prod} = $S_N2$ share + half the racemised share $= 50 + \\frac{${enantiomericExcess(v).toFixed(2)}}{2}$ %.` : ''}`; },
    hi: {
      text: (v) => { const [, sub, , prod, rot] = SN_SUBSTRATES[v.s]!; return `प्रकाशतः शुद्ध ${sub} का जलीय NaOH से जल-अपघटन किया जाता है। बने ऐल्कोहॉल का विशिष्ट घूर्णन $${observedRotation(v).toFixed(2)}^\\circ$ है; शुद्ध ${prod} का $[\\alpha]_D = ${rot > 0 ? '+' : ''}${rot}^\\circ$ है। प्रत्येक अणु या तो $S_N2$ (पूर्ण प्रतीपन) या $S_N1$ (पूर्ण रेसिमीकरण) द्वारा अभिक्रिया करता है। ${v.w === 0 ? '$S_N2$ द्वारा अभिक्रिया करने वाले क्रियाधार का प्रतिशत' : `उत्पाद में ${prod} का प्रतिशत`} ज्ञात कीजिए।`; },
      solution: (v) => { const [, , , prod, rot] = SN_SUBSTRATES[v.s]!; return `$S_N1$ दोनों प्रतिबिंबरूपी समान मात्रा में देता है, अतः केवल $S_N2$ भाग प्रकाश घुमाता है: प्रकाशिक शुद्धता $= \\frac{${observedRotation(v).toFixed(2)}}{${rot}} \\times 100 = ${enantiomericExcess(v).toFixed(2)}\\%$ = % $S_N2$। ${v.w === 1 ? `${prod} = $S_N2$ भाग + रेसिमीकृत भाग का आधा $= 50 + \\frac{${enantiomericExcess(v).toFixed(2)}}{2}$ %।` : ''}`; },
    },
    result: [19, 100] }),
  formula({ id: 'c.org.formula-from-analysis', subject: C, concepts: ['C.ORG.QUANT', 'C.BASIC.FORMULA'], difficulty: 4,
    vars: { i: range(0, ANALYSED.length - 1), w: [0.2, 0.25, 0.3], w2: [0.15, 0.2, 0.25] },
    text: (v) => { const d = analysisData(v); const el = ANALYSED[v.i]![4]; return `An organic compound contains C, H and ${el} only. ${v.w} g of it on complete combustion gives ${d.co2} g of $\\mathrm{CO_2}$ and ${d.h2o} g of $\\mathrm{H_2O}$; ${v.w2} g of it in a Carius determination gives ${d.agx} g of $\\mathrm{Ag${el}}$. Its vapour density is ${d.vd}. How many atoms are there in one molecule? (C = 12, H = 1, Cl = 35.5, Br = 80, Ag = 108)`; },
    unit: '',
    answer: (v) => { const [, c, h, x] = ANALYSED[v.i]!; return c + h + x; },
    mistakes: (v) => { const [, c, h, x] = ANALYSED[v.i]!; return [empiricalAtoms(v.i) === c + h + x ? c + h + x + 1 : empiricalAtoms(v.i), c + x, 2 * (c + h + x), c + h]; },
    solution: (v) => { const [f, , , , el] = ANALYSED[v.i]!; return `%C $= \\frac{12}{44} \\times \\frac{m_{CO_2}}{${v.w}} \\times 100$, %H $= \\frac{2}{18} \\times \\frac{m_{H_2O}}{${v.w}} \\times 100$, %${el} $= \\frac{${HALO_MASS[el]![0]}}{${HALO_MASS[el]![1]}} \\times \\frac{m_{Ag${el}}}{${v.w2}} \\times 100$. Divide each by its atomic mass for the empirical formula; molar mass $= 2 \\times$ VD $= ${molar(v.i)}$ fixes the molecular formula ${tex(f)}.`; },
    hi: {
      text: (v) => { const d = analysisData(v); const el = ANALYSED[v.i]![4]; return `एक कार्बनिक यौगिक में केवल C, H और ${el} हैं। इसके ${v.w} g के पूर्ण दहन से ${d.co2} g $\\mathrm{CO_2}$ और ${d.h2o} g $\\mathrm{H_2O}$ बनते हैं; कैरियस विधि में इसके ${v.w2} g से ${d.agx} g $\\mathrm{Ag${el}}$ प्राप्त होता है। इसका वाष्प घनत्व ${d.vd} है। एक अणु में कितने परमाणु हैं? (C = 12, H = 1, Cl = 35.5, Br = 80, Ag = 108)`; },
      solution: (v) => { const [f, , , , el] = ANALYSED[v.i]!; return `%C $= \\frac{12}{44} \\times \\frac{m_{CO_2}}{${v.w}} \\times 100$, %H $= \\frac{2}{18} \\times \\frac{m_{H_2O}}{${v.w}} \\times 100$, %${el} $= \\frac{${HALO_MASS[el]![0]}}{${HALO_MASS[el]![1]}} \\times \\frac{m_{Ag${el}}}{${v.w2}} \\times 100$। प्रत्येक को परमाणु द्रव्यमान से भाग देकर मूलानुपाती सूत्र; मोलर द्रव्यमान $= 2 \\times$ वाष्प घनत्व $= ${molar(v.i)}$ से आण्विक सूत्र ${tex(f)}।`; },
    },
    result: [4, 16] }),
  formula({ id: 'c.org.solvent-extraction', subject: C, concepts: ['C.ORG.PURIFY'], difficulty: 4,
    vars: { m: [1, 2, 5, 10], Vaq: [50, 100], V: [30, 60, 90], n: [2, 3], K: [2, 3, 4, 5, 8] },
    text: (v) => `${v.m} g of an organic compound is dissolved in ${v.Vaq} mL of water. Its distribution coefficient between ether and water is $K = C_{ether}/C_{water} = ${v.K}$. How many grams are extracted when ${v.V} mL of ether is used in ${v.n} equal portions (one after another)?`,
    unit: 'g',
    answer: (v) => v.m - leftAfter(v.m, v.Vaq, v.K, v.V / v.n, v.n),
    mistakes: (v) => [v.m - leftAfter(v.m, v.Vaq, v.K, v.V, 1), leftAfter(v.m, v.Vaq, v.K, v.V / v.n, v.n), v.m - leftAfter(v.m, v.Vaq, v.K, v.V, v.n), v.m * (1 - v.Vaq / (v.Vaq + v.K * v.V / v.n))],
    solution: (v) => `Each portion of $v = ${v.V / v.n}$ mL leaves the fraction $\\frac{V_w}{V_w + Kv} = \\frac{${v.Vaq}}{${v.Vaq} + ${v.K} \\times ${v.V / v.n}}$ in water; after ${v.n} portions $m_{left} = ${v.m}\\left(\\frac{${v.Vaq}}{${v.Vaq + (v.K * v.V) / v.n}}\\right)^{${v.n}}$ g, and the extracted mass is ${v.m} g minus that (more than one ${v.V} mL portion would take).`,
    hi: {
      text: (v) => `एक कार्बनिक यौगिक का ${v.m} g, ${v.Vaq} mL जल में घुला है। ईथर और जल के बीच इसका वितरण गुणांक $K = C_{ether}/C_{water} = ${v.K}$ है। ${v.V} mL ईथर को ${v.n} बराबर भागों में (एक के बाद एक) प्रयुक्त करने पर कितने ग्राम निष्कर्षित होते हैं?`,
      solution: (v) => `$v = ${v.V / v.n}$ mL का प्रत्येक भाग जल में $\\frac{V_w}{V_w + Kv} = \\frac{${v.Vaq}}{${v.Vaq} + ${v.K} \\times ${v.V / v.n}}$ अंश छोड़ता है; ${v.n} भागों के बाद $m_{left} = ${v.m}\\left(\\frac{${v.Vaq}}{${v.Vaq + (v.K * v.V) / v.n}}\\right)^{${v.n}}$ g, और निष्कर्षित द्रव्यमान ${v.m} g में से इसे घटाकर (एक ही बार ${v.V} mL से अधिक)।`,
    },
    result: [0.1, 10] }),
  {
    id: 'c.org.purification-method', subject: C, concepts: ['C.ORG.PURIFY'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, MIXTURES.length - 1);
      const mix = MIXTURES[i]!;
      const wrong = rng.shuffle(METHODS.map((_, k) => k).filter((k) => k !== mix.method)).slice(0, 3);
      return choice({
        params: { i },
        text: `The best method to separate or purify ${mix.en} is`,
        correct: METHODS[mix.method]![0], distractors: wrong.map((k) => METHODS[k]![0]),
        solution: PURIFY_WHY,
        hi: { text: `${mix.hi} को पृथक या शुद्ध करने की सर्वोत्तम विधि है`, solution: PURIFY_WHY_HI, correct: METHODS[mix.method]![1], distractors: wrong.map((k) => METHODS[k]![1]) },
      });
    },
  },
];


/** Hydrocarbons, halogen compounds, purification, analysis, structure, isomerism, naming, haloarenes and lanthanoids: further shapes. */
export const chemDepthOrganicCGenerators: GeneratorDef[] = [...hydrocarbonsHalidesPurification, ...structureIsomerismNaming, ...analysisArenesLanthanoids];
