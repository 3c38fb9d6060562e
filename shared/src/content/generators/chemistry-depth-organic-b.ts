import { formula, range } from './formula.ts';
import { choice, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;

/** Measured values for ordering questions (pKa in water at 298 K; boiling points at 1 atm in °C). */
export const CARBOXYLIC_PKA = [
  ['CH_3COOH', 4.76], ['FCH_2COOH', 2.59], ['ClCH_2COOH', 2.86], ['BrCH_2COOH', 2.9], ['ICH_2COOH', 3.18], ['Cl_2CHCOOH', 1.29], ['Cl_3CCOOH', 0.65],
  ['HCOOH', 3.75], ['CH_3CH_2CH(Cl)COOH', 2.86], ['CH_3CH(Cl)CH_2COOH', 4.05], ['ClCH_2CH_2CH_2COOH', 4.52], ['CH_3CH_2CH_2COOH', 4.82], ['NCCH_2COOH', 2.47], ['O_2NCH_2COOH', 1.68],
] as const;
export const PHENOL_PKA = [
  ['C_6H_5OH', 9.95], ['p\\text{-}O_2NC_6H_4OH', 7.15], ['o\\text{-}O_2NC_6H_4OH', 7.23], ['m\\text{-}O_2NC_6H_4OH', 8.36], ['p\\text{-}CH_3C_6H_4OH', 10.26], ['m\\text{-}CH_3C_6H_4OH', 10.09],
  ['p\\text{-}ClC_6H_4OH', 9.38], ['2,4\\text{-}(O_2N)_2C_6H_3OH', 4.09], ['2,4,6\\text{-}(O_2N)_3C_6H_2OH', 0.38], ['m\\text{-}CH_3OC_6H_4OH', 9.65], ['p\\text{-}CH_3OC_6H_4OH', 10.21],
] as const;
export const BENZOIC_PKA = [
  ['C_6H_5COOH', 4.2], ['p\\text{-}O_2NC_6H_4COOH', 3.44], ['o\\text{-}O_2NC_6H_4COOH', 2.17], ['p\\text{-}CH_3OC_6H_4COOH', 4.47], ['p\\text{-}CH_3C_6H_4COOH', 4.37],
  ['p\\text{-}ClC_6H_4COOH', 3.98], ['3,5\\text{-}(O_2N)_2C_6H_3COOH', 2.82], ['p\\text{-}HOC_6H_4COOH', 4.58], ['m\\text{-}O_2NC_6H_4COOH', 3.45],
] as const;
/** pKa of the conjugate acid (higher = stronger base). */
export const AMINE_PKAH = [
  ['NH_3', 9.25], ['CH_3NH_2', 10.64], ['(CH_3)_2NH', 10.73], ['(CH_3)_3N', 9.8], ['(C_2H_5)_2NH', 11.09], ['C_6H_5NH_2', 4.6], ['p\\text{-}CH_3C_6H_4NH_2', 5.08],
  ['p\\text{-}O_2NC_6H_4NH_2', 1.0], ['C_6H_5CH_2NH_2', 9.34], ['p\\text{-}CH_3OC_6H_4NH_2', 5.34], ['C_6H_5NHCH_3', 4.85], ['(C_2H_5)_3N', 10.75],
] as const;
export const BOILING_POINTS = [
  ['CH_3OH', 64.7], ['C_2H_5OH', 78.4], ['CH_3CH_2CH_2OH', 97.2], ['CH_3(CH_2)_3OH', 117.7], ['(CH_3)_3COH', 82.4], ['CH_3CH(OH)CH_2CH_3', 99.5],
  ['C_2H_5OC_2H_5', 34.6], ['CH_3(CH_2)_3CH_3', 36.1], ['CH_3CH_2CH_2Cl', 46.6], ['CH_3CH_2CHO', 48], ['CH_3COCH_3', 56.1], ['HOCH_2CH_2OH', 197.3],
] as const;

/**
 * Arrange four species by a measured property. `ascending` names the order the stem asks for in
 * terms of the property (true: smallest first). Options: the order, its reverse, two adjacent swaps.
 */
function orderGenerator(o: {
  id: string; concepts: readonly [string, ...string[]]; difficulty: 1 | 2 | 3 | 4 | 5;
  data: readonly (readonly [string, number])[];
  asks: readonly { en: string; hi: string; ascending: boolean }[];
  why: string; whyHi: string;
}): GeneratorDef {
  return {
    id: o.id, subject: C, concepts: o.concepts, difficulty: o.difficulty,
    build(rng) {
      let picked: number[] = [];
      // Four species whose values differ by at least 0.15 (a real, measurable order).
      for (let tries = 0; tries < 50; tries++) {
        picked = rng.shuffle(o.data.map((_, k) => k)).slice(0, 4);
        const vals = picked.map((k) => o.data[k]![1]).sort((a, b) => a - b);
        if (vals.every((x, k) => k === 0 || x - vals[k - 1]! >= 0.15)) break;
      }
      picked.sort((a, b) => a - b);
      const a = rng.int(0, o.asks.length - 1);
      const ask = o.asks[a]!;
      const sorted = [...picked].sort((p, q) => (ask.ascending ? 1 : -1) * (o.data[p]![1] - o.data[q]![1]));
      const show = (list: readonly number[]) => list.map((k) => `$\\mathrm{${o.data[k]![0]}}$`).join(' < ');
      const swap = (list: readonly number[], k: number) => { const c = [...list]; [c[k], c[k + 1]] = [c[k + 1]!, c[k]!]; return c; };
      const wrongs = [show([...sorted].reverse()), show(swap(sorted, 0)), show(swap(sorted, 2)), show(swap(sorted, 1))];
      const list = picked.map((k) => `$\\mathrm{${o.data[k]![0]}}$`).join(', ');
      const values = sorted.map((k) => `$\\mathrm{${o.data[k]![0]}}$ (${o.data[k]![1]})`).join(', ');
      return choice({
        params: { a, p0: picked[0]!, p1: picked[1]!, p2: picked[2]!, p3: picked[3]! },
        text: `Arrange ${list} in order of increasing ${ask.en}.`,
        correct: show(sorted), distractors: wrongs,
        solution: `${o.why} Measured values: ${values}.`,
        hi: { text: `${list} को ${ask.hi} के बढ़ते क्रम में व्यवस्थित कीजिए।`, solution: `${o.whyHi} मापे गए मान: ${values}।` },
      });
    },
  };
}

/** Dumas nitrogen: N₂ volume (mL) collected over water at T (K) and P (mm Hg), aqueous tension f. */
const dumasPercent = (v: { w: number; V: number; T: number; f: number }) => {
  const moles = ((760 - v.f) / 760) * (v.V / 1000) / (0.0821 * v.T);
  return (100 * moles * 28) / v.w;
};
/** Saturated water vapour pressure (mm Hg) at the collection temperature (K). */
const AQUEOUS_TENSION: Record<number, number> = { 288: 12.8, 293: 17.5, 298: 23.8, 303: 31.8 };
/** Nitrogen-containing compounds for Dumas data: %N (from their formulas) and name. */
const DUMAS_N = [[46.67, 'urea'], [23.7, 'acetamide'], [15.05, 'aniline'], [11.38, 'nitrobenzene'], [18.66, 'glycine']] as const;

/** Carius: halogen or sulphur precipitated as AgCl (143.5), AgBr (188), AgI (235) or BaSO₄ (233). */
const CARIUS = [['AgCl', 143.5, 'Cl', 35.5], ['AgBr', 188, 'Br', 80], ['AgI', 235, 'I', 127], ['BaSO_4', 233, 'S', 32]] as const;
const carius = (i: number) => CARIUS[i] as readonly [string, number, string, number];

/** Steam distillation: organic liquid, Hindi name, molar mass, water's vapour pressure at the distillation temperature (mm Hg). */
const STEAM = [['nitrobenzene', 'नाइट्रोबेन्ज़ीन', 123, 733, 99], ['aniline', 'ऐनिलीन', 93, 717, 98.4], ['bromobenzene', 'ब्रोमोबेन्ज़ीन', 157, 640, 95.3], ['chlorobenzene', 'क्लोरोबेन्ज़ीन', 112.5, 549, 90.3]] as const;
const steam = (i: number) => STEAM[i] as readonly [string, string, number, number, number];

/** Polymer samples: chain molar masses (g/mol) and the number of chains of each. */
const chainSets = [[10000, 20000], [20000, 50000], [10000, 40000], [30000, 60000], [15000, 45000]] as const;

/** Amines, phenols, acids, alcohols, carbohydrates, polymers, purification and analysis: further shapes. */
export const chemDepthOrganicBGenerators: GeneratorDef[] = [
  orderGenerator({ id: 'c.org.acid-strength-order', concepts: ['C.ORG.EFFECTS', 'C.OXY.ACID'], difficulty: 3, data: CARBOXYLIC_PKA,
    asks: [{ en: 'acid strength', hi: 'अम्ल सामर्थ्य', ascending: false }, { en: '$\\mathrm{p}K_a$', hi: '$\\mathrm{p}K_a$', ascending: true }],
    why: 'Electron-withdrawing groups (−I: F > Cl > Br > I, NO₂, CN) stabilise the carboxylate and lower pKa; the effect fades with distance from COOH and adds up with more substituents; alkyl groups (+I) raise pKa.',
    whyHi: 'इलेक्ट्रॉन-आकर्षी समूह (−I: F > Cl > Br > I, NO₂, CN) कार्बोक्सिलेट को स्थायी करके pKa घटाते हैं; COOH से दूरी बढ़ने पर प्रभाव घटता है और अधिक प्रतिस्थापियों से बढ़ता है; ऐल्किल समूह (+I) pKa बढ़ाते हैं।' }),
  orderGenerator({ id: 'c.oxy.phenol-acidity-order', concepts: ['C.OXY.PHENOL', 'C.ORG.EFFECTS'], difficulty: 3, data: PHENOL_PKA,
    asks: [{ en: 'acid strength', hi: 'अम्ल सामर्थ्य', ascending: false }, { en: '$\\mathrm{p}K_a$', hi: '$\\mathrm{p}K_a$', ascending: true }],
    why: 'Phenoxide is stabilised by −R/−I groups at ortho/para (NO₂ strongly; several NO₂ groups make picric acid nearly a strong acid); meta-NO₂ acts by −I only; CH₃ and para-OCH₃ (+R) destabilise phenoxide; meta-OCH₃ withdraws by −I.',
    whyHi: 'ऑर्थो/पैरा पर −R/−I समूह (विशेषकर NO₂) फ़ीनॉक्साइड को स्थायी करते हैं (अनेक NO₂ समूह पिक्रिक अम्ल को लगभग प्रबल अम्ल बना देते हैं); मेटा-NO₂ केवल −I से कार्य करता है; CH₃ और पैरा-OCH₃ (+R) फ़ीनॉक्साइड को अस्थायी करते हैं; मेटा-OCH₃ −I से आकर्षित करता है।' }),
  orderGenerator({ id: 'c.oxy.benzoic-acidity-order', concepts: ['C.OXY.ACID', 'C.ORG.EFFECTS'], difficulty: 3, data: BENZOIC_PKA,
    asks: [{ en: 'acid strength', hi: 'अम्ल सामर्थ्य', ascending: false }, { en: '$\\mathrm{p}K_a$', hi: '$\\mathrm{p}K_a$', ascending: true }],
    why: 'Electron-withdrawing ring substituents stabilise benzoate; +R/+I groups (OCH₃, OH, CH₃ at para) lower acidity; almost any ortho group raises acidity (ortho effect: COOH twisted out of the ring plane).',
    whyHi: 'वलय पर इलेक्ट्रॉन-आकर्षी प्रतिस्थापी बेन्ज़ोएट को स्थायी करते हैं; पैरा पर +R/+I समूह (OCH₃, OH, CH₃) अम्लता घटाते हैं; लगभग कोई भी ऑर्थो समूह अम्लता बढ़ाता है (ऑर्थो प्रभाव: COOH वलय के तल से बाहर मुड़ जाता है)।' }),
  orderGenerator({ id: 'c.nit.amine-basicity-order', concepts: ['C.NIT.AMINE', 'C.ORG.EFFECTS'], difficulty: 3, data: AMINE_PKAH,
    asks: [{ en: 'basic strength in water (by $\\mathrm{p}K_a$ of the conjugate acid)', hi: 'जल में क्षारकीय सामर्थ्य (संयुग्मी अम्ल के $\\mathrm{p}K_a$ से)', ascending: true }],
    why: 'Alkyl groups push electron density to N, but in water solvation of the ammonium ion also matters, so 2° > 1° ≈ 3° for methyl amines; in aryl amines the lone pair is delocalised into the ring (weak bases), more so with para-NO₂, less with para-CH₃/OCH₃; benzylamine behaves like an alkylamine.',
    whyHi: 'ऐल्किल समूह N पर इलेक्ट्रॉन घनत्व बढ़ाते हैं, पर जल में अमोनियम आयन का विलायकन भी महत्त्वपूर्ण है, अतः मेथिल ऐमीनों में 2° > 1° ≈ 3°; ऐरिल ऐमीनों में एकाकी युग्म वलय में विस्थानीकृत होता है (दुर्बल क्षारक), पैरा-NO₂ से और अधिक, पैरा-CH₃/OCH₃ से कम; बेन्ज़िलऐमीन ऐल्किलऐमीन जैसा व्यवहार करता है।' }),
  orderGenerator({ id: 'c.oxy.boiling-point-order', concepts: ['C.OXY.ALCOHOL', 'C.OXY.ETHER'], difficulty: 2, data: BOILING_POINTS,
    asks: [{ en: 'boiling point (°C at 1 atm)', hi: 'क्वथनांक (1 atm पर °C)', ascending: true }],
    why: 'Hydrogen bonding in alcohols (two OH groups in ethane-1,2-diol) raises the boiling point far above ethers, aldehydes, ketones and alkyl halides of similar mass; within a family, boiling point rises with chain length and falls with branching.',
    whyHi: 'ऐल्कोहॉलों में हाइड्रोजन आबंधन (एथेन-1,2-डाइऑल में दो OH) क्वथनांक को समान द्रव्यमान वाले ईथरों, ऐल्डिहाइडों, कीटोनों और ऐल्किल हैलाइडों से बहुत ऊपर ले जाता है; एक ही वर्ग में श्रृंखला लंबी होने पर क्वथनांक बढ़ता है और शाखन से घटता है।' }),
  formula({ id: 'c.org.dumas-nitrogen', subject: C, concepts: ['C.ORG.QUANT', 'C.GAS.LAWS'], difficulty: 3,
    vars: { c: range(0, 4), w: [0.2, 0.25, 0.3], T: [288, 293, 298, 303] },
    text: (v) => `In a Dumas determination, ${v.w} g of an organic compound gives ${dumasVolume(v).toFixed(1)} mL of N₂ collected over water at ${v.T} K and 760 mm Hg (aqueous tension ${AQUEOUS_TENSION[v.T]} mm Hg). Find the percentage of nitrogen ($R = 0.0821$ L atm mol⁻¹ K⁻¹).`, unit: '%',
    answer: (v) => dumasPercent({ w: v.w, V: dumasVolume(v), T: v.T, f: AQUEOUS_TENSION[v.T]! }),
    mistakes: (v) => [dumasPercent({ w: v.w, V: dumasVolume(v), T: v.T, f: 0 }), dumasPercent({ w: v.w, V: dumasVolume(v), T: v.T, f: AQUEOUS_TENSION[v.T]! }) / 2, dumasPercent({ w: v.w, V: dumasVolume(v), T: 273, f: AQUEOUS_TENSION[v.T]! })],
    solution: (v) => `Pressure of dry N₂ $= 760 - ${AQUEOUS_TENSION[v.T]}$ mm Hg. $n = \\frac{PV}{RT}$ with P in atm and V in L; %N $= \\frac{28n}{${v.w}} \\times 100$.`,
    hi: { text: (v) => `ड्यूमा विधि में ${v.w} g कार्बनिक यौगिक से ${v.T} K और 760 mm Hg पर जल के ऊपर एकत्रित ${dumasVolume(v).toFixed(1)} mL N₂ प्राप्त होती है (जलीय तनाव ${AQUEOUS_TENSION[v.T]} mm Hg)। नाइट्रोजन का प्रतिशत ज्ञात कीजिए ($R = 0.0821$ L atm mol⁻¹ K⁻¹)।`, solution: (v) => `शुष्क N₂ का दाब $= 760 - ${AQUEOUS_TENSION[v.T]}$ mm Hg। $n = \\frac{PV}{RT}$ (P atm में, V लीटर में); %N $= \\frac{28n}{${v.w}} \\times 100$।` },
    result: [10, 48] }),
  formula({ id: 'c.org.carius-estimation', subject: C, concepts: ['C.ORG.QUANT'], difficulty: 2,
    vars: { i: range(0, CARIUS.length - 1), w: [0.15, 0.2, 0.25, 0.3], pct: range(20, 70, 10) },
    text: (v) => `In a Carius determination, ${v.w} g of an organic compound gives ${cariusMass(v).toFixed(3)} g of $\\mathrm{${carius(v.i)[0]}}$. Find the percentage of ${carius(v.i)[2]} in the compound (${carius(v.i)[0].replace(/_/g, '')} = ${carius(v.i)[1]}, ${carius(v.i)[2]} = ${carius(v.i)[3]}).`, unit: '%',
    answer: (v) => cariusPercent(v),
    // Two atoms of the element per precipitate assumed, half of that, the element's mass subtracted from the
    // precipitate's, the element's share of the precipitate or the rest of the compound reported; no
    // percentage at or above 100.
    mistakes: (v) => [2 * cariusPercent(v), cariusPercent(v) / 2, (100 * cariusMass(v) * carius(v.i)[3]) / ((carius(v.i)[1] - carius(v.i)[3]) * v.w), (100 * carius(v.i)[3]) / carius(v.i)[1], 100 - cariusPercent(v)].filter((x) => x < 100),
    solution: (v) => `All the ${carius(v.i)[2]} ends up in $\\mathrm{${carius(v.i)[0]}}$: mass of ${carius(v.i)[2]} $= ${cariusMass(v).toFixed(3)} \\times \\frac{${carius(v.i)[3]}}{${carius(v.i)[1]}}$ g; divide by ${v.w} g.`,
    hi: { text: (v) => `केरियस विधि में ${v.w} g कार्बनिक यौगिक से ${cariusMass(v).toFixed(3)} g $\\mathrm{${carius(v.i)[0]}}$ प्राप्त होता है। यौगिक में ${carius(v.i)[2]} का प्रतिशत ज्ञात कीजिए (${carius(v.i)[0].replace(/_/g, '')} = ${carius(v.i)[1]}, ${carius(v.i)[2]} = ${carius(v.i)[3]})।`, solution: (v) => `संपूर्ण ${carius(v.i)[2]}, $\\mathrm{${carius(v.i)[0]}}$ में चला जाता है: ${carius(v.i)[2]} का द्रव्यमान $= ${cariusMass(v).toFixed(3)} \\times \\frac{${carius(v.i)[3]}}{${carius(v.i)[1]}}$ g; ${v.w} g से भाग दीजिए।` },
    result: [19, 71] }),
  formula({ id: 'c.org.steam-distillation', subject: C, concepts: ['C.ORG.PURIFY', 'C.SOL.RAOULT'], difficulty: 3,
    vars: { i: range(0, STEAM.length - 1), m: [100, 200, 500] },
    text: (v) => `${steam(v.i)[0][0]!.toUpperCase()}${steam(v.i)[0].slice(1)} (molar mass ${steam(v.i)[2]} g mol⁻¹) is steam-distilled at 760 mm Hg; the mixture boils at ${steam(v.i)[4]} °C, where the vapour pressure of water is ${steam(v.i)[3]} mm Hg. What mass (in g) of ${steam(v.i)[0]} distils over with ${v.m} g of water?`, unit: 'g',
    answer: (v) => (v.m * (760 - steam(v.i)[3]) * steam(v.i)[2]) / (steam(v.i)[3] * 18),
    // Mole ratio taken as mass ratio, molar masses inverted, the total pressure used for water.
    mistakes: (v) => [(v.m * (760 - steam(v.i)[3])) / steam(v.i)[3], (v.m * (760 - steam(v.i)[3]) * 18) / (steam(v.i)[3] * steam(v.i)[2]), (v.m * (760 - steam(v.i)[3]) * steam(v.i)[2]) / (760 * 18)],
    solution: (v) => `The two immiscible liquids each exert their own vapour pressure: $p_{org} = 760 - ${steam(v.i)[3]}$ mm Hg. Moles in the vapour are in the ratio of partial pressures, so $\\frac{m_{org}}{m_{water}} = \\frac{p_{org}M_{org}}{p_{water} \\times 18}$. The high molar mass makes up for the low vapour pressure.`,
    hi: { text: (v) => `${steam(v.i)[1]} (मोलर द्रव्यमान ${steam(v.i)[2]} g mol⁻¹) का 760 mm Hg पर भाप आसवन किया जाता है; मिश्रण ${steam(v.i)[4]} °C पर उबलता है, जहाँ जल का वाष्प दाब ${steam(v.i)[3]} mm Hg है। ${v.m} g जल के साथ ${steam(v.i)[1]} का कितना द्रव्यमान (g में) आसवित होता है?`, solution: (v) => `दोनों अमिश्रणीय द्रव अपना-अपना वाष्प दाब लगाते हैं: $p_{org} = 760 - ${steam(v.i)[3]}$ mm Hg। वाष्प में मोल आंशिक दाबों के अनुपात में होते हैं, अतः $\\frac{m_{org}}{m_{water}} = \\frac{p_{org}M_{org}}{p_{water} \\times 18}$। उच्च मोलर द्रव्यमान कम वाष्प दाब की पूर्ति करता है।` },
    result: [20, 1250] }),
  formula({ id: 'c.bio.invert-sugar-rotation', subject: C, concepts: ['C.BIO.CARB', 'C.KIN.FIRST'], difficulty: 4,
    vars: { c: [0.1, 0.2, 0.3], l: [1, 2], f: [0, 25, 50, 75, 90, 100] },
    text: (v) => `A solution containing ${v.c} g mL⁻¹ of sucrose ($[\\alpha]_D = +66.5°$) in a ${v.l} dm tube is hydrolysed in acid until ${v.f} % of the sucrose is inverted to glucose ($+52.7°$) and fructose ($-92.4°$). Find the observed optical rotation in degrees (sucrose 342, glucose and fructose 180 g mol⁻¹; specific rotations in ° dm⁻¹ g⁻¹ mL).`, unit: '°',
    answer: (v) => invertRotation(v),
    mistakes: (v) => [invertRotation({ ...v, f: 100 - v.f }), v.l * (v.c * (1 - v.f / 100) * 66.5 + v.c * (v.f / 100) * (52.7 - 92.4)), v.l * (v.c * (1 - v.f / 100) * 66.5 + v.c * (v.f / 100) * (180 / 342) * (52.7 + 92.4))],
    solution: (v) => `Sucrose left: $${v.c} \\times ${1 - v.f / 100}$ g mL⁻¹. Each 342 g of sucrose gives 180 g glucose and 180 g fructose, so each sugar is $${v.c} \\times ${v.f / 100} \\times \\frac{180}{342}$ g mL⁻¹. $\\alpha = l\\sum [\\alpha]c = ${v.l}[66.5c_s + (52.7 - 92.4)c_g]$. The sign turns negative as inversion proceeds (hence "invert sugar").`,
    hi: { text: (v) => `${v.c} g mL⁻¹ सुक्रोस ($[\\alpha]_D = +66.5°$) वाले विलयन को ${v.l} dm नली में लेकर अम्ल में तब तक जल-अपघटित किया जाता है जब तक ${v.f} % सुक्रोस ग्लूकोस ($+52.7°$) और फ्रक्टोस ($-92.4°$) में प्रतिलोमित न हो जाए। प्रेक्षित ध्रुवण घूर्णन डिग्री में ज्ञात कीजिए (सुक्रोस 342, ग्लूकोस और फ्रक्टोस 180 g mol⁻¹; विशिष्ट घूर्णन ° dm⁻¹ g⁻¹ mL में)।`, solution: (v) => `शेष सुक्रोस: $${v.c} \\times ${1 - v.f / 100}$ g mL⁻¹। 342 g सुक्रोस से 180 g ग्लूकोस और 180 g फ्रक्टोस बनते हैं, अतः प्रत्येक शर्करा $${v.c} \\times ${v.f / 100} \\times \\frac{180}{342}$ g mL⁻¹। $\\alpha = l\\sum [\\alpha]c = ${v.l}[66.5c_s + (52.7 - 92.4)c_g]$। प्रतिलोमन के साथ चिह्न ऋणात्मक हो जाता है (इसीलिए "प्रतिलोम शर्करा")।` },
    result: [-13, 40] }),
  {
    id: 'c.bio.peptide-count', subject: C, concepts: ['C.BIO.PROTEIN'], difficulty: 2,
    build(rng) {
      const n = rng.int(2, 4);
      const distinct = rng.int(0, 1) === 1;
      const k = Math.min(rng.int(2, 3), distinct ? n : 3);
      // With each amino acid used at most once the sequences are permutations; otherwise any residue anywhere.
      const value = distinct ? perm(n, k) : n ** k;
      const names = ['glycine', 'alanine', 'valine', 'leucine'].slice(0, n);
      const namesHi = ['ग्लाइसीन', 'ऐलानीन', 'वैलीन', 'ल्यूसीन'].slice(0, n);
      const kind = k === 2 ? 'dipeptides' : 'tripeptides';
      const kindHi = k === 2 ? 'डाइपेप्टाइड' : 'ट्राइपेप्टाइड';
      return num({
        params: { n, k, distinct: distinct ? 1 : 0 },
        text: `How many different linear ${kind} can be formed from ${names.join(', ')}${distinct ? ', using each amino acid at most once' : ' (an amino acid may be repeated)'}? (Sequences that differ in order, e.g. Gly-Ala and Ala-Gly, are different peptides.)`,
        value, unit: '', mistakes: [distinct ? n ** k : perm(n, k), distinct ? choose(n, k) : choose(n + k - 1, k), value * 2, n * k].filter((x) => x !== value && x > 0),
        solution: `A peptide has an N-terminal and a C-terminal end, so order matters: ${distinct ? `$^{${n}}P_{${k}} = ${value}$` : `$${n}^{${k}} = ${value}$`}.`,
        hi: { text: `${namesHi.join(', ')} से ${distinct ? 'प्रत्येक ऐमीनो अम्ल को अधिकतम एक बार उपयोग करते हुए' : '(ऐमीनो अम्ल दोहराया जा सकता है)'} कितने भिन्न रैखिक ${kindHi} बन सकते हैं? (क्रम में भिन्न अनुक्रम, जैसे Gly-Ala और Ala-Gly, भिन्न पेप्टाइड हैं।)`, solution: `पेप्टाइड का एक N-सिरा और एक C-सिरा होता है, अतः क्रम महत्त्वपूर्ण है: ${distinct ? `$^{${n}}P_{${k}} = ${value}$` : `$${n}^{${k}} = ${value}$`}।` },
        result: [2, 64],
      });
    },
  },
  formula({ id: 'c.polymer.average-molar-mass', subject: C, concepts: ['C.POLYMER'], difficulty: 3,
    vars: { s: range(0, chainSets.length - 1), n1: [1, 2, 3, 4], n2: [1, 2, 3], w: range(0, 1) },
    text: (v) => `A polymer sample contains ${v.n1} mol of chains of molar mass ${chainSets[v.s]![0]} g mol⁻¹ and ${v.n2} mol of chains of molar mass ${chainSets[v.s]![1]} g mol⁻¹. Find ${['the number-average molar mass $\\bar M_n$', 'the weight-average molar mass $\\bar M_w$'][v.w]} in g mol⁻¹.`, unit: 'g/mol',
    answer: (v) => polymerAverage(v)[v.w]!,
    // The other average, the plain mean of the two chain masses.
    mistakes: (v) => { const [mn, mw] = polymerAverage(v); const simple = (chainSets[v.s]![0] + chainSets[v.s]![1]) / 2; return v.w === 0 ? [mw!, simple] : [mn!, simple]; },
    solution: (v) => `$\\bar M_n = \\frac{\\sum N_iM_i}{\\sum N_i}$, $\\bar M_w = \\frac{\\sum N_iM_i^2}{\\sum N_iM_i}$; here $\\bar M_n = ${Math.round(polymerAverage(v)[0]!)}$, $\\bar M_w = ${Math.round(polymerAverage(v)[1]!)}$, PDI $= ${polymerAverage(v)[2]!.toFixed(3)}$ (> 1 for any mixture of chain lengths).`,
    hi: { text: (v) => `एक बहुलक नमूने में ${chainSets[v.s]![0]} g mol⁻¹ मोलर द्रव्यमान की श्रृंखलाओं के ${v.n1} mol और ${chainSets[v.s]![1]} g mol⁻¹ की श्रृंखलाओं के ${v.n2} mol हैं। ${['संख्या-औसत मोलर द्रव्यमान $\\bar M_n$', 'भार-औसत मोलर द्रव्यमान $\\bar M_w$'][v.w]} g mol⁻¹ में ज्ञात कीजिए।`, solution: (v) => `$\\bar M_n = \\frac{\\sum N_iM_i}{\\sum N_i}$, $\\bar M_w = \\frac{\\sum N_iM_i^2}{\\sum N_iM_i}$; यहाँ $\\bar M_n = ${Math.round(polymerAverage(v)[0]!)}$, $\\bar M_w = ${Math.round(polymerAverage(v)[1]!)}$, PDI $= ${polymerAverage(v)[2]!.toFixed(3)}$ (श्रृंखला लंबाइयों के किसी भी मिश्रण के लिए > 1)।` },
    result: [10000, 60000] }),
  formula({ id: 'c.prac.back-titration', subject: C, concepts: ['C.PRAC.TITRATION', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { m: [0.5, 1, 1.5, 2], p: range(60, 95, 5) },
    text: (v) => `${v.m} g of impure limestone is dissolved in ${hclVolume(v.m)} mL of 1 M HCl (excess); the impurities do not react. The excess acid needs ${backTitre(v).toFixed(2)} mL of 1 M NaOH. Find the percentage purity of CaCO₃ (CaCO₃ = 100).`, unit: '%',
    answer: (v) => backPurity(v),
    // HCl : CaCO₃ taken as 1 : 1 (or 4 : 1), the back-titration ignored, the titre read as the acid used,
    // the impurity percent, the share of the acid consumed; none above 100.
    // An integer answer is shown among integer options, so each mistake is shown rounded as well.
    mistakes: (v) => [backPurity(v, 1), backPurity(v, 2, true), (backTitre(v) / 2 / 10 / v.m) * 100, 100 - backPurity(v), backPurity(v, 4), (100 * (hclVolume(v.m) - backTitre(v))) / hclVolume(v.m)].filter((x) => x <= 100).map((x) => (Number.isInteger(backPurity(v)) ? Math.round(x) : x)),
    solution: (v) => `HCl taken $= ${hclVolume(v.m)} \\times 1$ mmol; left over $= ${backTitre(v).toFixed(2)} \\times 1$ mmol (NaOH). HCl used by CaCO₃ $=$ the difference; $\\mathrm{CaCO_3 + 2HCl \\to CaCl_2 + H_2O + CO_2}$, so mmol CaCO₃ = half of it, mass $= \\frac{\\text{mmol} \\times 100}{1000}$ g.`,
    hi: { text: (v) => `${v.m} g अशुद्ध चूना पत्थर को ${hclVolume(v.m)} mL 1 M HCl (आधिक्य) में घोला जाता है; अशुद्धियाँ अभिक्रिया नहीं करतीं। शेष अम्ल के लिए 1 M NaOH के ${backTitre(v).toFixed(2)} mL लगते हैं। CaCO₃ की प्रतिशत शुद्धता ज्ञात कीजिए (CaCO₃ = 100)।`, solution: (v) => `लिया गया HCl $= ${hclVolume(v.m)} \\times 1$ mmol; शेष $= ${backTitre(v).toFixed(2)} \\times 1$ mmol (NaOH)। CaCO₃ द्वारा प्रयुक्त HCl $=$ अंतर; $\\mathrm{CaCO_3 + 2HCl \\to CaCl_2 + H_2O + CO_2}$, अतः CaCO₃ के mmol = उसका आधा, द्रव्यमान $= \\frac{\\text{mmol} \\times 100}{1000}$ g।` },
    result: [55, 100] }),
];

function perm(n: number, k: number): number {
  let p = 1;
  for (let i = 0; i < k; i++) p *= n - i;
  return p;
}
function choose(n: number, k: number): number {
  return perm(n, k) / perm(k, k);
}
/** Volume of N₂ (mL) the stem shows, from a compound's %N (first entries of DUMAS_N). */
function dumasVolume(v: { c: number; w: number; T: number }): number {
  const moles = (v.w * (DUMAS_N[v.c]![0] / 100)) / 28;
  return Number(((moles * 0.0821 * v.T * 1000) / ((760 - AQUEOUS_TENSION[v.T]!) / 760)).toFixed(1));
}
const cariusPercent = (v: { i: number; w: number; pct: number }) => (100 * cariusMass(v) * carius(v.i)[3]) / (carius(v.i)[1] * v.w);
/** Precipitate mass (g, 3 decimals) the stem shows for a compound with pct % of the element. */
function cariusMass(v: { i: number; w: number; pct: number }): number {
  return Number(((v.w * v.pct) / 100 * (carius(v.i)[1] / carius(v.i)[3])).toFixed(3));
}
function invertRotation(v: { c: number; l: number; f: number }): number {
  const sucrose = v.c * (1 - v.f / 100);
  const each = v.c * (v.f / 100) * (180 / 342);
  return v.l * (66.5 * sucrose + (52.7 - 92.4) * each);
}
function polymerAverage(v: { s: number; n1: number; n2: number }): number[] {
  const [M1, M2] = chainSets[v.s]!;
  const mn = (v.n1 * M1 + v.n2 * M2) / (v.n1 + v.n2);
  const mw = (v.n1 * M1 * M1 + v.n2 * M2 * M2) / (v.n1 * M1 + v.n2 * M2);
  return [mn, mw, mw / mn];
}
/** mL of 1 M HCl taken: enough for pure CaCO₃ with a burette-sized excess left to titrate. */
const hclVolume = (m: number) => (m <= 1 ? 25 : 50);
/** 1 M NaOH titre (mL) the stem shows for the true purity p. */
function backTitre(v: { m: number; p: number }): number {
  const used = 2 * ((v.m * v.p) / 100 / 100) * 1000;
  return Number((hclVolume(v.m) - used).toFixed(2));
}
/** Purity from the shown titre; `ratio` HCl per CaCO₃ (a student may use 1), `skipTitre` forgets the back-titration. */
function backPurity(v: { m: number; p: number }, ratio = 2, skipTitre = false): number {
  const hclUsed = hclVolume(v.m) - (skipTitre ? 0 : backTitre(v));
  return ((hclUsed / ratio) * 100) / 1000 / v.m * 100;
}
