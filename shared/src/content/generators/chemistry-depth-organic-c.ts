import type { Rng } from '../random.ts';
import { ALCOHOLS, ALKANE_BP, ALKENES_GI, ALKYNES, CHIRAL_MOLS, FUSION_COMPOUNDS, GROUPS, HALIDE_DIPOLE, HYDROGENATION_HEAT, LN_ATOMS, LN_IONS, LN_RADII, MOLECULES, NITRATION_RATE, STEREO_MOLS } from './chem-data-organic.ts';
import { percentMistakes } from './chem-data.ts';
import { formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef, NumericSpec } from './types.ts';

const C = 'CHEMISTRY' as const;
type Concepts = readonly [string, ...string[]];
type Level = 1 | 2 | 3 | 4 | 5;
export const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
export const tex = (s: string) => `$\\mathrm{${s}}$`;

/** Four distinct indices of a table of `n` rows, sorted, for which `ok` holds (tries 60 draws). */
export function pickFour(rng: Rng, n: number, ok: (picked: number[]) => boolean): number[] {
  let picked: number[] = [];
  for (let tries = 0; tries < 60; tries++) {
    picked = rng.shuffle(Array.from({ length: n }, (_, k) => k)).slice(0, 4).sort((a, b) => a - b);
    if (ok(picked)) return picked;
  }
  return picked;
}

/**
 * Arrange four species by a measured property. `gap(a, b)` says whether two values are far enough
 * apart to be a real, measurable order. Options: the order, its reverse and adjacent swaps.
 */
export function rankGenerator(o: {
  id: string; concepts: Concepts; difficulty: Level;
  data: readonly (readonly [string, number])[];
  gap: (a: number, b: number) => boolean;
  asks: readonly { en: string; hi: string; ascending: boolean }[];
  why: string; whyHi: string;
  /** How a value is printed in the solution. */
  fmt: (v: number) => string;
  /** What the values are (default: measured values). */
  label?: [string, string];
}): GeneratorDef {
  return {
    id: o.id, subject: C, concepts: o.concepts, difficulty: o.difficulty,
    build(rng) {
      const picked = pickFour(rng, o.data.length, (p) => p.every((a, i) => p.every((b, j) => i >= j || o.gap(o.data[a]![1], o.data[b]![1]))));
      const w = rng.int(0, o.asks.length - 1);
      const ask = o.asks[w]!;
      const dir = ask.ascending ? 1 : -1;
      const sorted = [...picked].sort((p, q) => dir * (o.data[p]![1] - o.data[q]![1]));
      const show = (list: readonly number[]) => list.map((k) => tex(o.data[k]![0])).join(' < ');
      const swap = (list: readonly number[], k: number) => { const c = [...list]; [c[k], c[k + 1]] = [c[k + 1]!, c[k]!]; return c; };
      const list = picked.map((k) => tex(o.data[k]![0])).join(', ');
      const values = sorted.map((k) => `${tex(o.data[k]![0])} (${o.fmt(o.data[k]![1])})`).join(', ');
      return choice({
        params: { w, p0: picked[0]!, p1: picked[1]!, p2: picked[2]!, p3: picked[3]! },
        text: `Arrange ${list} in order of increasing ${ask.en}.`,
        correct: show(sorted), distractors: [show([...sorted].reverse()), show(swap(sorted, 0)), show(swap(sorted, 2)), show(swap(sorted, 1))],
        solution: `${o.why} ${o.label?.[0] ?? 'Measured values'}: ${values}.`,
        hi: { text: `${list} को ${ask.hi} के बढ़ते क्रम में व्यवस्थित कीजिए।`, solution: `${o.whyHi} ${o.label?.[1] ?? 'मापे गए मान'}: ${values}।` },
      });
    },
  };
}

/**
 * Multi-correct: four rows of a table shown as statements or formulae; the true ones are those the
 * table marks. At least one is true and at least one false (so guessing "all" never scores).
 */
export function tableMulti(o: {
  id: string; concepts: Concepts; difficulty: Level; n: number;
  show: (i: number) => string; showHi?: (i: number) => string;
  /** The properties the stem may ask about: its text and which rows have it. */
  asks: readonly { text: string; textHi: string; truth: (i: number) => boolean }[];
  why: (picked: number[], a: number) => string; whyHi: (picked: number[], a: number) => string;
}): GeneratorDef {
  return {
    id: o.id, subject: C, concepts: o.concepts, difficulty: o.difficulty,
    build(rng) {
      const a = rng.int(0, o.asks.length - 1);
      const ask = o.asks[a]!;
      const picked = pickFour(rng, o.n, (p) => p.some(ask.truth) && !p.every(ask.truth));
      return multi({
        params: { a, p0: picked[0]!, p1: picked[1]!, p2: picked[2]!, p3: picked[3]! },
        text: ask.text,
        options: picked.map((i) => ({ text: o.show(i), correct: ask.truth(i) })),
        solution: o.why(picked, a),
        hi: { text: ask.textHi, solution: o.whyHi(picked, a), options: picked.map((i) => (o.showHi ?? o.show)(i)) },
      });
    },
  };
}


/** A power of ten written for KaTeX: 6e-8 → 6 \times 10^{-8}. */
function sci(v: number): string {
  if (v === 0 || (Math.abs(v) >= 0.001 && Math.abs(v) < 1e4)) return `$${v}$`;
  const e = Math.floor(Math.log10(Math.abs(v)));
  return `$${Number((v / 10 ** e).toFixed(2))} \\times 10^{${e}}$`;
}

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
    id: 'c.hal.alcohol-to-halide', subject: 'CHEMISTRY', concepts: ['C.HAL.PREP', 'C.OXY.ALCOHOL'], difficulty: 2,
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
  formula({ id: 'c.hal.sn-optical-purity', subject: 'CHEMISTRY', concepts: ['C.HAL.SN', 'C.ORG.ISOMERISM'], difficulty: 4,
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
  formula({ id: 'c.org.formula-from-analysis', subject: 'CHEMISTRY', concepts: ['C.ORG.QUANT', 'C.BASIC.FORMULA'], difficulty: 4,
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
  formula({ id: 'c.org.solvent-extraction', subject: 'CHEMISTRY', concepts: ['C.ORG.PURIFY'], difficulty: 4,
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
    id: 'c.org.purification-method', subject: 'CHEMISTRY', concepts: ['C.ORG.PURIFY'], difficulty: 2,
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

/** σ bonds = atoms − 1 + rings (a connected molecule); π = double bonds + 2 × triple bonds. */
const mol = (i: number) => MOLECULES[i]!;
export const sigmaOf = (i: number) => mol(i)[4] - 1 + mol(i)[5];
export const piOf = (i: number) => mol(i)[6] + 2 * mol(i)[7];
const HYB = [['sp', 'sp'], ['sp^2', 'sp^2'], ['sp^3', 'sp^3']] as const;
const hybCount = (i: number, h: number) => mol(i)[8 + h] as number;
/** An integer count question with its own options (no fallback scaling can show a fraction or negative count). */
function countSpec(o: { params: Record<string, number>; text: string; textHi: string; value: number; mistakes: number[]; solution: string; solutionHi: string; max: number }): NumericSpec {
  return { kind: 'numeric', params: o.params, text: o.text, value: o.value, unit: '', mistakes: o.mistakes.filter((x) => Number.isInteger(x) && x >= 0), result: [0, o.max], solution: o.solution, hi: { text: o.textHi, solution: o.solutionHi } };
}

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

/** Straight-chain parent roots by carbon count. */
const ROOT = ['', 'meth', 'eth', 'prop', 'but', 'pent', 'hex', 'hept', 'oct', 'non'] as const;
/** Chain groups: how they are written in the formula and named (suffix after the locant, or prefix). */
export const CHAIN_GROUPS = [['OH', 'ol', false], ['NH_2', 'amine', false], ['Cl', 'chloro', true], ['Br', 'bromo', true], ['O', 'one', false]] as const;
/** Condensed formula of an n-carbon chain with group g on carbon p. */
export const chainFormula = (n: number, p: number, g: number) => {
  const [x] = CHAIN_GROUPS[g]!;
  const c = (k: number) => {
    const ends = k === 1 || k === n;
    if (k !== p) return ends ? 'CH_3' : 'CH_2';
    if (x === 'O') return 'CO';
    return ends ? `CH_2${x}` : `CH(${x})`;
  };
  return Array.from({ length: n }, (_, k) => c(k + 1)).join('');
};
/** The name for group g at locant L on an n-carbon chain. */
export const chainName = (n: number, L: number, g: number) => {
  const [, name, prefix] = CHAIN_GROUPS[g]!;
  return prefix ? `${L}-${name}${ROOT[n]}ane` : `${ROOT[n]}an-${L}-${name}`;
};

/** Principal characteristic groups in IUPAC seniority, as suffixes. */
export const SUFFIXES = [
  ['-oic acid', '-ओइक अम्ल'], ['-oate (ester)', '-ओएट (एस्टर)'], ['-oyl chloride', '-ऑयल क्लोराइड'], ['-amide', '-ऐमाइड'], ['-nitrile', '-नाइट्राइल'],
  ['-al', '-ऐल'], ['-one', '-ओन'], ['-ol', '-ऑल'], ['-amine', '-ऐमीन'],
] as const;
/** Bifunctional compounds: formula (TeX), SMILES, index into SUFFIXES of the principal group (by hand). */
export const BIFUNCTIONAL = [
  ['HOCH_2CH_2COOH', 'OCCC(=O)O', 0], ['OHCCH_2COOH', 'O=CCC(=O)O', 0], ['CH_3COCH_2CHO', 'CC(=O)CC=O', 5], ['HOCH_2COCH_3', 'OCC(C)=O', 6],
  ['H_2NCH_2CH_2OH', 'NCCO', 7], ['NCCH_2CH_2OH', 'N#CCCO', 4], ['CH_3COCH_2COOCH_3', 'CC(=O)CC(=O)OC', 1], ['H_2NCOCH_2CH_2COOH', 'NC(=O)CCC(=O)O', 0],
  ['ClCOCH_2CH_2CHO', 'ClC(=O)CCC=O', 2], ['H_2NCH_2CH_2CHO', 'NCCC=O', 5], ['CH_3CH(OH)CONH_2', 'CC(O)C(N)=O', 3], ['NCCH_2CHO', 'N#CCC=O', 4],
  ['CH_3COCH_2CONH_2', 'CC(=O)CC(N)=O', 3], ['CH_3OOCCH_2CH_2OH', 'COC(=O)CCO', 1], ['CH_3COCH_2CH_2NH_2', 'CC(=O)CCN', 6], ['HOOCCH_2CN', 'OC(=O)CC#N', 0],
  ['ClCOCH_2CH_2CN', 'ClC(=O)CCC#N', 2], ['HOCH_2CH_2CHO', 'OCCC=O', 5],
] as const;

/** Ring substituents cited as prefixes: formula (TeX) and prefix name. */
export const RING_PREFIXES = [['Br', 'bromo'], ['Cl', 'chloro'], ['F', 'fluoro'], ['I', 'iodo'], ['CH_3', 'methyl'], ['O_2N', 'nitro']] as const;
/** Disubstituted benzene name: prefixes in alphabetical order, the first cited taking locant 1 (o/m/p = 2/3/4 for the other). */
export function benzeneName(g1: number, g2: number, rel: number): string {
  const [a, b] = [g1, g2].sort((x, y) => RING_PREFIXES[x]![1].localeCompare(RING_PREFIXES[y]![1]));
  return `1-${RING_PREFIXES[a!]![1]}-${rel + 2}-${RING_PREFIXES[b!]![1]}benzene`;
}
const REL = ['o', 'm', 'p'] as const;

const structureIsomerismNaming: GeneratorDef[] = [
  {
    id: 'c.org.sigma-pi-count', subject: 'CHEMISTRY', concepts: ['C.ORG.STRUCT', 'C.BOND.COVALENT'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, MOLECULES.length - 1);
      const w = rng.int(0, 1);
      const [name, nameHi, f] = mol(i);
      const s = sigmaOf(i);
      const p = piOf(i);
      const what = w === 0 ? ['σ', 'σ'] : ['π', 'π'];
      return countSpec({
        params: { i, w }, max: 40, value: w === 0 ? s : p,
        text: `How many ${what[0]} bonds are there in a molecule of ${name} (${tex(f)})?`,
        textHi: `${nameHi} (${tex(f)}) के एक अणु में कितने ${what[1]} आबंध हैं?`,
        mistakes: w === 0 ? [s + p, s - mol(i)[5], s + 1, s - 1] : [mol(i)[6] + mol(i)[7], p + 1, p + mol(i)[5], 2 * p],
        solution: `Every bond contains one σ bond (a molecule of ${mol(i)[4]} atoms with ${mol(i)[5]} ring(s) has ${mol(i)[4]} − 1 + ${mol(i)[5]} = ${s}); a double bond adds one π bond and a triple bond two: ${mol(i)[6]} double and ${mol(i)[7]} triple bond(s) give ${p} π bonds.`,
        solutionHi: `प्रत्येक आबंध में एक σ आबंध होता है (${mol(i)[4]} परमाणुओं और ${mol(i)[5]} वलय वाले अणु में ${mol(i)[4]} − 1 + ${mol(i)[5]} = ${s}); द्विआबंध एक और त्रिआबंध दो π आबंध जोड़ता है: ${mol(i)[6]} द्वि और ${mol(i)[7]} त्रि आबंध से ${p} π आबंध।`,
      });
    },
  },
  {
    id: 'c.org.hybridisation-count', subject: 'CHEMISTRY', concepts: ['C.ORG.STRUCT', 'C.BOND.HYBRID'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, MOLECULES.length - 1);
      const types = [0, 1, 2].filter((h) => hybCount(i, h) > 0);
      const h = rng.pick(types);
      const [name, nameHi, f] = mol(i);
      const n = hybCount(i, h);
      const total = hybCount(i, 0) + hybCount(i, 1) + hybCount(i, 2);
      const rule = 'A carbon with two π bonds (a triple bond or two double bonds) is sp, with one π bond sp², with only single bonds sp³.';
      const ruleHi = 'दो π आबंधों (एक त्रिआबंध या दो द्विआबंध) वाला कार्बन sp, एक π आबंध वाला sp², और केवल एकल आबंधों वाला sp³ होता है।';
      const tally = `sp: ${hybCount(i, 0)}, sp²: ${hybCount(i, 1)}, sp³: ${hybCount(i, 2)}`;
      return countSpec({
        params: { i, h }, max: 12, value: n,
        text: `How many carbon atoms in ${name} (${tex(f)}) are $${HYB[h]![0]}$ hybridised?`,
        textHi: `${nameHi} (${tex(f)}) में कितने कार्बन परमाणु $${HYB[h]![1]}$ संकरित हैं?`,
        mistakes: [total, ...[0, 1, 2].filter((x) => x !== h).map((x) => hybCount(i, x)), n + 1, n - 1],
        solution: `${rule} ${tally}.`, solutionHi: `${ruleHi} ${tally}।`,
      });
    },
  },
  {
    id: 'c.org.structure-statements', subject: 'CHEMISTRY', concepts: ['C.ORG.STRUCT', 'C.BOND.HYBRID'], difficulty: 4,
    build(rng) {
      const i = rng.int(0, MOLECULES.length - 1);
      const [name, nameHi, f] = mol(i);
      const truth = [sigmaOf(i), piOf(i), hybCount(i, 1), hybCount(i, 0) + hybCount(i, 2)];
      let shifts = truth.map(() => rng.pick([0, 0, 1, -1, 2]));
      shifts = shifts.map((d, k) => (truth[k]! + d < 0 ? 1 : d));
      if (shifts.every((d) => d !== 0)) shifts[rng.int(0, 3)] = 0;
      const shown = truth.map((t, k) => t + shifts[k]!);
      const en = [`It has ${shown[0]} σ bonds.`, `It has ${shown[1]} π bonds.`, `It has ${shown[2]} $sp^2$ hybridised carbon atoms.`, `It has ${shown[3]} carbon atoms that are $sp$ or $sp^3$ hybridised.`];
      const hiTxt = [`इसमें ${shown[0]} σ आबंध हैं।`, `इसमें ${shown[1]} π आबंध हैं।`, `इसमें ${shown[2]} $sp^2$ संकरित कार्बन परमाणु हैं।`, `इसमें ${shown[3]} कार्बन परमाणु $sp$ या $sp^3$ संकरित हैं।`];
      return multi({
        params: { i, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! },
        text: `Which of the following statements about ${name} (${tex(f)}) are correct?`,
        options: en.map((t, k) => ({ text: t, correct: shifts[k] === 0 })),
        solution: `σ bonds = atoms − 1 + rings = ${truth[0]}; π bonds = double + 2 × triple = ${truth[1]}; $sp^2$ carbons (one π bond) = ${truth[2]}; $sp$ (two π bonds) plus $sp^3$ (none) = ${truth[3]}.`,
        hi: { text: `${nameHi} (${tex(f)}) के बारे में निम्नलिखित में से कौन-से कथन सही हैं?`, solution: `σ आबंध = परमाणु − 1 + वलय = ${truth[0]}; π आबंध = द्वि + 2 × त्रि = ${truth[1]}; $sp^2$ कार्बन (एक π आबंध) = ${truth[2]}; $sp$ (दो π आबंध) और $sp^3$ (कोई नहीं) = ${truth[3]}।`, options: hiTxt },
      });
    },
  },
  {
    id: 'c.org.chiral-centre-count', subject: 'CHEMISTRY', concepts: ['C.ORG.ISOMERISM'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, CHIRAL_MOLS.length - 1);
      const [name, nameHi, f, , n] = CHIRAL_MOLS[i]!;
      return countSpec({
        params: { i }, max: 6, value: n,
        text: `How many chiral (stereogenic) carbon atoms are there in ${name}, ${tex(f)}?`,
        textHi: `${nameHi}, ${tex(f)} में कितने किरैल (त्रिविमजनक) कार्बन परमाणु हैं?`,
        mistakes: [n + 1, n - 1, n + 2, 2 ** n, n + 3],
        solution: `A chiral carbon is an $sp^3$ carbon bearing four different groups; count only those, looking at each whole branch (two identical branches, as at C-3 of 3-methylpentane or in citric acid, make a carbon achiral). ${cap(name)}: ${n}.`,
        solutionHi: `किरैल कार्बन वह $sp^3$ कार्बन है जिस पर चार भिन्न समूह हों; प्रत्येक पूरी शाखा देखकर केवल इन्हें गिनिए (दो समान शाखाएँ, जैसे 3-मेथिलपेन्टेन के C-3 या सिट्रिक अम्ल में, कार्बन को अकिरैल बनाती हैं)। ${nameHi}: ${n}।`,
      });
    },
  },
  tableMulti({ id: 'c.org.geometrical-isomerism', concepts: ['C.ORG.ISOMERISM', 'C.HC.ALKENE'], difficulty: 3, n: ALKENES_GI.length, show: (i) => tex(ALKENES_GI[i]![0]),
    asks: [
      { text: 'Which of the following show geometrical (cis–trans) isomerism?', textHi: 'निम्नलिखित में से कौन ज्यामितीय (सिस–ट्रांस) समावयवता दर्शाते हैं?', truth: (i) => ALKENES_GI[i]![2] },
      { text: 'Which of the following can exist as distinct E and Z isomers?', textHi: 'निम्नलिखित में से कौन पृथक E और Z समावयवों के रूप में रह सकते हैं?', truth: (i) => ALKENES_GI[i]![2] },
    ],
    why: (p) => `Rotation about C=C is restricted, so cis/trans (E/Z) forms exist only when EACH doubly bonded carbon carries two different groups; a =CH₂ or =C(CH₃)₂ end rules it out. Here: ${p.filter((i) => ALKENES_GI[i]![2]).map((i) => tex(ALKENES_GI[i]![0])).join(', ')}.`,
    whyHi: (p) => `C=C के चारों ओर घूर्णन प्रतिबंधित है, अतः सिस/ट्रांस (E/Z) रूप तभी होते हैं जब द्विआबंधित प्रत्येक कार्बन पर दो भिन्न समूह हों; =CH₂ या =C(CH₃)₂ सिरा इसे असंभव कर देता है। यहाँ: ${p.filter((i) => ALKENES_GI[i]![2]).map((i) => tex(ALKENES_GI[i]![0])).join(', ')}।` }),
  {
    id: 'c.org.stereoisomer-count', subject: 'CHEMISTRY', concepts: ['C.ORG.ISOMERISM', 'C.HC.ALKENE'], difficulty: 4,
    build(rng) {
      const i = rng.int(0, STEREO_MOLS.length - 1);
      const [name, nameHi, f, , c, d] = STEREO_MOLS[i]!;
      const asks = [0, ...(c >= 1 ? [1] : []), ...(d >= 1 && c >= 1 ? [2] : [])];
      const w = rng.pick(asks);
      const value = w === 0 ? 2 ** (c + d) : w === 1 ? 2 ** (c + d - 1) : 2 ** d;
      const q = ['How many stereoisomers are possible for', 'How many pairs of enantiomers are possible for', 'Counting only the configuration of the double bond(s), how many geometrical isomers are possible for'][w]!;
      const qHi = ['के लिए कितने त्रिविम समावयव संभव हैं?', 'के लिए प्रतिबिंबरूपियों के कितने युग्म संभव हैं?', 'के लिए, केवल द्विआबंध(ओं) के विन्यास को गिनते हुए, कितने ज्यामितीय समावयव संभव हैं?'][w]!;
      return countSpec({
        params: { i, w }, max: 16, value,
        text: `${q} ${name}, ${tex(f)}?`, textHi: `${nameHi}, ${tex(f)} ${qHi}`,
        mistakes: [2 ** c, c + d, 2 * (c + d), 2 ** (c + d + 1), 2 ** (c + d), 2 ** d + 2 ** c],
        solution: `It has ${c} chiral centre(s) and ${d} double bond(s) with two different groups on each carbon, and no internal symmetry (no meso form): $2^{${c} + ${d}} = ${2 ** (c + d)}$ stereoisomers${c >= 1 ? `, all chiral, forming ${2 ** (c + d - 1)} enantiomeric pairs` : ''}; the double bonds alone give $2^{${d}}$ = ${2 ** d}.`,
        solutionHi: `इसमें ${c} किरैल केंद्र और ${d} ऐसे द्विआबंध हैं जिनके प्रत्येक कार्बन पर दो भिन्न समूह हैं, और कोई आंतरिक सममिति (मेसो रूप) नहीं: $2^{${c} + ${d}} = ${2 ** (c + d)}$ त्रिविम समावयव${c >= 1 ? `, सभी किरैल, ${2 ** (c + d - 1)} प्रतिबिंबरूपी युग्म` : ''}; केवल द्विआबंधों से $2^{${d}}$ = ${2 ** d}।`,
      });
    },
  },
  {
    id: 'c.org.chain-locant-name', subject: 'CHEMISTRY', concepts: ['C.ORG.NOMEN'], difficulty: 2,
    build(rng) {
      const n = rng.int(4, 8);
      const g = rng.int(0, CHAIN_GROUPS.length - 1);
      const p = CHAIN_GROUPS[g]![0] === 'O' ? rng.int(2, n - 1) : rng.int(1, n);
      const L = Math.min(p, n + 1 - p);
      const high = n + 1 - L === L ? L + 1 : n + 1 - L;
      const correct = chainName(n, L, g);
      const distractors = [chainName(n, high, g), chainName(n - 1, Math.max(1, L - 1), g), chainName(n + 1, L, g), chainName(n - 1, L, g)];
      return choice({
        params: { n, g, p },
        text: `The IUPAC name of ${tex(chainFormula(n, p, g))} is`,
        correct, distractors,
        solution: `The parent is the unbranched chain of ${n} carbons (${ROOT[n]}ane); number it from the end that gives the ${CHAIN_GROUPS[g]![2] ? 'substituent' : 'principal group'} the lower locant: ${L}, not ${n + 1 - L === L ? L : n + 1 - L}. Name: ${correct}.`,
        hi: { text: `${tex(chainFormula(n, p, g))} का IUPAC नाम है`, solution: `जनक ${n} कार्बनों की अशाखित श्रृंखला है (${ROOT[n]}ane); इसकी संख्या उस सिरे से दीजिए जिससे ${CHAIN_GROUPS[g]![2] ? 'प्रतिस्थापी' : 'मुख्य समूह'} को छोटा स्थानांक मिले: ${L}। नाम: ${correct}।` },
      });
    },
  },
  {
    id: 'c.org.principal-group', subject: 'CHEMISTRY', concepts: ['C.ORG.NOMEN'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, BIFUNCTIONAL.length - 1);
      const [f, , k] = BIFUNCTIONAL[i]!;
      const wrong = rng.shuffle(SUFFIXES.map((_, j) => j).filter((j) => j !== k)).slice(0, 3);
      const order = SUFFIXES.map(([s]) => s).join(' > ');
      return choice({
        params: { i },
        text: `In the IUPAC name of ${tex(f)}, which functional group is named as the suffix (the principal characteristic group)?`,
        correct: SUFFIXES[k][0], distractors: wrong.map((j) => SUFFIXES[j]![0]),
        solution: `Seniority for the suffix: ${order}; the other group is cited as a prefix (hydroxy, amino, oxo, cyano, carbamoyl, formyl …).`,
        hi: { text: `${tex(f)} के IUPAC नाम में कौन-सा क्रियात्मक समूह अनुलग्न (मुख्य अभिलाक्षणिक समूह) के रूप में लिखा जाता है?`, solution: `अनुलग्न की वरीयता: ${order}; दूसरा समूह पूर्वलग्न के रूप में लिखा जाता है (हाइड्रॉक्सी, ऐमीनो, ऑक्सो, सायनो, कार्बामॉयल, फ़ॉर्मिल …)।`, correct: SUFFIXES[k][1], distractors: wrong.map((j) => SUFFIXES[j]![1]) },
      });
    },
  },
];

const analysisArenesLanthanoids: GeneratorDef[] = [
  {
    id: 'c.org.benzene-locants', subject: 'CHEMISTRY', concepts: ['C.ORG.NOMEN', 'C.HC.AROMATIC'], difficulty: 2,
    build(rng) {
      const [g1, g2] = rng.shuffle([0, 1, 2, 3, 4, 5]).slice(0, 2) as [number, number];
      const rel = rng.int(0, 2);
      const [a, b] = [g1, g2].sort((x, y) => RING_PREFIXES[x]![1].localeCompare(RING_PREFIXES[y]![1]));
      const na = RING_PREFIXES[a!]![1];
      const nb = RING_PREFIXES[b!]![1];
      const L = rel + 2;
      const wrongRel = rel === 1 ? 4 : 3;
      const correct = benzeneName(g1, g2, rel);
      const f = `${REL[rel]}\text{-}${RING_PREFIXES[g1]![0]}C_6H_4${RING_PREFIXES[g2]![0].replace('O_2N', 'NO_2')}`;
      return choice({
        params: { g1, g2, rel },
        text: `The IUPAC name of ${tex(f)} is`,
        correct, distractors: [`${L}-${na}-1-${nb}benzene`, `1-${nb}-${L}-${na}benzene`, `1-${na}-${wrongRel}-${nb}benzene`],
        solution: `The ring is numbered to give the lowest locants ({1, ${L}} for ${REL[rel]}-); prefixes are cited in alphabetical order, and when the locant sets tie, the first cited prefix gets the lower number: ${correct}.`,
        hi: { text: `${tex(f)} का IUPAC नाम है`, solution: `वलय की संख्या न्यूनतम स्थानांक देने के लिए दी जाती है (${REL[rel]}- के लिए {1, ${L}}); पूर्वलग्न वर्णानुक्रम में लिखे जाते हैं, और स्थानांक समुच्चय समान हों तो पहले लिखे पूर्वलग्न को छोटी संख्या मिलती है: ${correct}।` },
      });
    },
  },

  tableMulti({ id: 'c.org.lassaigne-nitrogen', concepts: ['C.ORG.QUAL', 'C.PRAC.ORGTEST'], difficulty: 3, n: FUSION_COMPOUNDS.length, show: (i) => `${FUSION_COMPOUNDS[i]![0]} (${tex(fusion(i))})`, showHi: (i) => `${FUSION_COMPOUNDS[i]![1]} (${tex(fusion(i))})`,
    asks: [
      { text: "Which of the following show nitrogen in Lassaigne's test (Prussian blue or, with sulphur also present, a blood-red colour)?", textHi: 'निम्नलिखित में से कौन लासे परीक्षण में नाइट्रोजन दर्शाते हैं (प्रशियन नीला या, सल्फ़र भी हो तो, रक्त-लाल रंग)?', truth: (i) => feResult(i) !== 2 },
      { text: "Which of the following give a positive Lassaigne's test for sulphur?", textHi: 'निम्नलिखित में से कौन सल्फ़र के लिए धनात्मक लासे परीक्षण देते हैं?', truth: (i) => hasEl(fusion(i), 'S') },
    ],
    why: () => FUSION_WHY, whyHi: () => FUSION_WHY_HI }),
  {
    id: 'c.org.fusion-extract-tests', subject: 'CHEMISTRY', concepts: ['C.ORG.QUAL'], difficulty: 2,
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
    id: 'c.org.fusion-which-compound', subject: 'CHEMISTRY', concepts: ['C.ORG.QUAL'], difficulty: 3,
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
    id: 'c.hal.benzene-isomer-count', subject: 'CHEMISTRY', concepts: ['C.HAL.ARYL', 'C.ORG.ISOMERISM'], difficulty: 3,
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
    id: 'c.hal.haloarene-reagents', subject: 'CHEMISTRY', concepts: ['C.HAL.ARYL', 'C.HC.AROMATIC'], difficulty: 3,
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
  formula({ id: 'c.fb.lanthanoid-moment', subject: 'CHEMISTRY', concepts: ['C.FB.LANTH', 'C.DB.MAGNETIC'], difficulty: 3,
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

/** Hydrocarbons, halogen compounds, purification, analysis, structure, isomerism, naming, haloarenes and lanthanoids: further shapes. */
export const chemDepthOrganicCGenerators: GeneratorDef[] = [...hydrocarbonsHalidesPurification, ...structureIsomerismNaming, ...analysisArenesLanthanoids];
