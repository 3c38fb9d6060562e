import { ACIDS, ALCOHOLS, AMINES, AMINO_ACIDS, PHENOLS, SUGAR_FORMS, SUGARS, WEAK_ACIDS, WEAK_BASES } from './chem-data-organic.ts';
import { C, cap, tableMulti, tex } from './chem-organic-builders.ts';
import { carbonylTestsEthers } from './chemistry-depth-organic-d-carbonyl.ts';
import { diazoNucleicSalt } from './chemistry-depth-organic-d-diazo.ts';
import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const r2 = (x: number) => x.toFixed(2);

/** Lucas test outcomes (index = the alcohol table's Lucas column). */
const LUCAS = [
  ['turbidity appears at once', 'तुरंत आविलता (धुँधलापन) आती है'],
  ['turbidity appears in about five minutes', 'लगभग पाँच मिनट में आविलता आती है'],
  ['no turbidity at room temperature', 'कमरे के ताप पर आविलता नहीं आती'],
] as const;
const LUCAS_WHY = 'Lucas reagent (conc. HCl + anhydrous ZnCl₂) converts an alcohol to the insoluble alkyl chloride through a carbocation: tertiary, benzylic and allylic alcohols (stable cations) react at once, secondary ones in about five minutes, primary ones only on heating.';
const LUCAS_WHY_HI = 'लूकस अभिकर्मक (सांद्र HCl + निर्जल ZnCl₂) ऐल्कोहॉल को कार्बधनायन द्वारा अविलेय ऐल्किल क्लोराइड में बदलता है: तृतीयक, बेन्ज़िलिक और ऐलिलिक ऐल्कोहॉल (स्थायी धनायन) तुरंत, द्वितीयक लगभग पाँच मिनट में, और प्राथमिक केवल गर्म करने पर अभिक्रिया करते हैं।';

/**
 * Alcohols oxidised by acidified dichromate: index into ALCOHOLS, electrons lost per molecule
 * (primary → acid 4, secondary → ketone 2) and molar mass.
 */
export const OXIDISED = [[0, 4, 46], [1, 4, 60], [3, 4, 74], [6, 4, 74], [2, 2, 60], [4, 2, 74], [10, 2, 100], [11, 2, 88]] as const;
const dichromateMl = (v: { i: number; m: number; c: number }) => { const [, e, M] = OXIDISED[v.i]!; return ((v.m / M) * e * 1000) / (6 * v.c); };

/** Brominated phenol: moles from the stem and the product's molar mass (each free o/p H replaced by Br = 80). */
const phenolMoles = (v: { i: number; n: number }) => v.n / 100;
export const phenolMass = (v: { i: number; n: number }) => Number((phenolMoles(v) * PHENOLS[v.i]![4]).toFixed(3));
const brominated = (v: { i: number; n: number; w: number }, k: number) => { const M = PHENOLS[v.i]![4]; const mol = phenolMass(v) / M; return v.w === 0 ? mol * (M + 79 * k) : mol * k * 160; };

/** Reagents on phenol: TeX, Hindi-neutral; product (TeX) and the reaction's name. */
export const PHENOL_REACTIONS = [
  ['Br_2\\ in\\ CS_2,\\ 273\\ K', 'p\\text{-}BrC_6H_4OH', 'monobromination in a non-polar solvent (para major)', 'अध्रुवीय विलायक में एकल ब्रोमीनन (पैरा मुख्य)'],
  ['Br_2\\ water', '2,4,6\\text{-}Br_3C_6H_2OH', 'bromination of the phenoxide-like activated ring at every o/p position', 'सभी o/p स्थितियों पर सक्रियित वलय का ब्रोमीनन'],
  ['dil.\\ HNO_3,\\ 298\\ K', 'o\\text{-}/p\\text{-}O_2NC_6H_4OH', 'mononitration', 'एकल नाइट्रीकरण'],
  ['conc.\\ HNO_3', '2,4,6\\text{-}(O_2N)_3C_6H_2OH', 'trinitration to picric acid', 'पिक्रिक अम्ल तक त्रिनाइट्रीकरण'],
  ['Zn\\ dust,\\ \\Delta', 'C_6H_6', 'reduction (removal of O)', 'अपचयन (O का निष्कासन)'],
  ['CHCl_3 + aq.\\ NaOH,\\ then\\ H_3O^+', 'o\\text{-}HOC_6H_4CHO', 'Reimer–Tiemann reaction', 'राइमर–टीमान अभिक्रिया'],
  ['NaOH,\\ CO_2\\ (4\\text{–}7\\ atm,\\ 400\\ K),\\ then\\ H_3O^+', 'o\\text{-}HOC_6H_4COOH', 'Kolbe reaction', 'कोल्बे अभिक्रिया'],
  ['Na_2Cr_2O_7/H_2SO_4', 'O{=}C_6H_4{=}O', 'oxidation to benzoquinone', 'बेन्ज़ोक्विनोन में ऑक्सीकरण'],
  ['NaOH,\\ then\\ CH_3I', 'C_6H_5OCH_3', 'Williamson synthesis of anisole', 'ऐनिसोल का विलियमसन संश्लेषण'],
  ['(CH_3CO)_2O/pyridine', 'C_6H_5OCOCH_3', 'acetylation (esterification)', 'ऐसीटिलन (एस्टरीकरण)'],
  ['conc.\\ H_2SO_4,\\ 373\\ K', 'p\\text{-}HOC_6H_4SO_3H', 'sulphonation (para at the higher temperature)', 'सल्फ़ोनेशन (उच्च ताप पर पैरा)'],
] as const;

/** Reactions of RCOOH: reagent (TeX) and which product column of ACIDS (or a built product). */
export const ACID_REAGENTS = [
  ['SOCl_2', 'chloride'], ['PCl_5', 'chloride'], ['LiAlH_4,\\ then\\ H_2O', 'alcohol'], ['B_2H_6,\\ then\\ H_2O', 'alcohol'], ['NH_3,\\ then\\ \\Delta', 'amide'],
  ['NaOH/CaO,\\ \\Delta', 'alkane'], ['C_2H_5OH,\\ conc.\\ H_2SO_4', 'ester'], ['Cl_2/red\\ P,\\ then\\ H_2O', 'hvz'], ['NaHCO_3', 'salt'],
] as const;
const ACID_WHY: Record<string, [string, string]> = {
  chloride: ['the OH of COOH is replaced by Cl (acid chloride)', 'COOH का OH, Cl द्वारा प्रतिस्थापित होता है (अम्ल क्लोराइड)'],
  alcohol: ['COOH is reduced to CH₂OH', 'COOH, CH₂OH में अपचयित होता है'],
  amide: ['the ammonium salt loses water on heating (amide)', 'अमोनियम लवण गर्म करने पर जल खोता है (ऐमाइड)'],
  alkane: ['soda-lime decarboxylation removes CO₂ (one carbon fewer)', 'सोडा-लाइम विकार्बोक्सिलन CO₂ हटाता है (एक कार्बन कम)'],
  ester: ['Fischer esterification', 'फ़िशर एस्टरीकरण'],
  hvz: ['Hell–Volhard–Zelinsky reaction: an α-hydrogen is replaced by Cl', 'हेल–फ़ोलार्ड–ज़ेलिंस्की अभिक्रिया: एक α-हाइड्रोजन Cl द्वारा प्रतिस्थापित होता है'],
  salt: ['the acid (stronger than H₂CO₃) gives its sodium salt with CO₂ effervescence', 'अम्ल (H₂CO₃ से प्रबल) CO₂ की बुदबुदाहट के साथ अपना सोडियम लवण देता है'],
};
/** The product of acid a with reagent kind k, as TeX. */
export function acidProduct(a: number, k: string): string {
  const [R, acid, hvz, alkane, alcohol] = ACIDS[a]!;
  const built: Record<string, string | null> = { chloride: `${R}COCl`, alcohol, amide: `${R}CONH_2`, alkane, ester: `${R}COOC_2H_5`, hvz, salt: `${R}COONa` };
  return built[k] ?? acid;
}

/** Hinsberg and nitrous acid outcomes by class (aromatic amines differ with HNO₂). */
export const HINSBERG = [
  ['a sulphonamide that dissolves in aqueous KOH', 'एक सल्फ़ोनऐमाइड जो जलीय KOH में घुल जाता है'],
  ['a sulphonamide insoluble in aqueous KOH', 'एक सल्फ़ोनऐमाइड जो जलीय KOH में अविलेय है'],
  ['no sulphonamide (no reaction)', 'कोई सल्फ़ोनऐमाइड नहीं (अभिक्रिया नहीं)'],
  ['a foul-smelling isocyanide', 'दुर्गंधयुक्त आइसोसायनाइड'],
] as const;
export const NITROUS = [
  ['brisk evolution of N₂ gas (via an unstable diazonium ion)', 'N₂ गैस का तीव्र निकलना (अस्थायी डाइऐज़ोनियम आयन द्वारा)'],
  ['a diazonium salt, stable at 273–278 K', '273–278 K पर स्थायी डाइऐज़ोनियम लवण'],
  ['a yellow oily N-nitrosamine', 'एक पीला तैलीय N-नाइट्रोसऐमीन'],
  ['a soluble nitrite salt, no gas', 'एक विलेय नाइट्राइट लवण, कोई गैस नहीं'],
  ['a green p-nitroso compound (ring substitution)', 'एक हरा p-नाइट्रोसो यौगिक (वलय प्रतिस्थापन)'],
] as const;
/** Aromatic amines in the table (N bonded directly to the ring). */
export const arylAmine = (i: number) => AMINES[i]![0].startsWith('C_6H_5N');
const nitrousOutcome = (i: number) => { const cls = AMINES[i]![3]; return cls === 1 ? (arylAmine(i) ? 1 : 0) : cls === 2 ? 2 : arylAmine(i) ? 4 : 3; };

/** Exhaustive methylation: CH₃I used per amine = hydrogens on N + 1; salt formula mass. */
const methylIodide = (i: number) => 4 - AMINES[i]![3];
export const amineMass = (v: { i: number; n: number }) => Number(((v.n / 100) * AMINES[v.i]![2]).toFixed(3));
const methylation = (v: { i: number; n: number; w: number }) => {
  const M = AMINES[v.i]![2];
  const k = methylIodide(v.i);
  const mol = amineMass(v) / M;
  return v.w === 0 ? mol * k * 142 : mol * (M + 14 * k + 128);
};

/** Isoelectric point: the mean of the two pKa values around the zwitterion of net charge zero. */
export function isoelectric(a: number): number {
  const [, , p1, p2, pr, kind] = AMINO_ACIDS[a]!;
  const pk = [p1, p2, ...(pr === null ? [] : [pr])].sort((x, y) => x - y);
  const k = kind === 'base' ? 1 : 0;
  return (pk[k]! + pk[k + 1]!) / 2;
}
/** The pH of zero mean charge (bisection on netCharge). */
export function exactIsoelectric(a: number): number {
  let lo = 0;
  let hi = 14;
  for (let k = 0; k < 100; k++) { const mid = (lo + hi) / 2; if (netCharge(a, mid) > 0) lo = mid; else hi = mid; }
  return (lo + hi) / 2;
}
/**
 * Whether the pI question is fair: the textbook mean of two pKa values matches the exact zero-charge
 * pH to better than 0.005 (not so for cysteine and tyrosine, whose side-chain pKa lies close to
 * the α-NH₃⁺ one); otherwise the generator asks for the net charge instead.
 */
export const pIMode = (v: { a: number; w: number }) => (v.w === 0 && Math.abs(exactIsoelectric(v.a) - isoelectric(v.a)) < 0.005 ? 0 : 1);
/** Mean net charge at pH from each group's Henderson–Hasselbalch fraction. */
export function netCharge(a: number, pH: number): number {
  const [, , p1, p2, pr, kind] = AMINO_ACIDS[a]!;
  const acid = (pk: number) => -1 / (1 + 10 ** (pk - pH));
  const base = (pk: number) => 1 / (1 + 10 ** (pH - pk));
  return acid(p1) + base(p2) + (pr === null ? 0 : kind === 'acid' ? acid(pr) : base(pr));
}

/** Neutral amino acids: index into AMINO_ACIDS and the α-carbon with its side chain (TeX). */
export const NEUTRAL_AA = [[0, 'CH_2'], [1, 'CH(CH_3)'], [2, 'CH(CH(CH_3)_2)'], [3, 'CH(CH_2CH(CH_3)_2)'], [4, 'CH(CH_2OH)'], [5, 'CH(CH_2C_6H_5)']] as const;
/** Cation, zwitterion, anion and the uncharged form (never the main one in water). */
export const AA_FORMS = (alpha: string) => [`H_3N^+${alpha}COOH`, `H_3N^+${alpha}COO^-`, `H_2N${alpha}COO^-`, `H_2N${alpha}COOH`].map(tex);
const dominantForm = (a: number, pH: number) => { const [, , p1, p2] = AMINO_ACIDS[a]!; return pH < p1 ? 0 : pH < p2 ? 1 : 2; };

/**
 * [H⁺] from the charge balance of a weak acid HA (total cA) with strong base (Na⁺ = cB), or a weak
 * base B (total cA) with strong acid (Cl⁻ = cB), solved by bisection on the pH.
 */
export function chargeBalancePH(o: { acid: boolean; pK: number; cA: number; cB: number }): number {
  const Kw = 1e-14;
  const K = 10 ** -o.pK;
  const f = (pH: number) => {
    const h = 10 ** -pH;
    const oh = Kw / h;
    if (o.acid) return o.cB + h - oh - (o.cA * K) / (K + h);
    const Ka = Kw / K; // of BH⁺
    return (o.cA * h) / (Ka + h) + h - oh - o.cB;
  };
  let lo = 0;
  let hi = 14;
  for (let k = 0; k < 200; k++) { const mid = (lo + hi) / 2; if (f(mid) > 0) lo = mid; else hi = mid; }
  return (lo + hi) / 2;
}
/** pH after adding V mL of titrant (c M) to 25 mL of analyte (c0 M). */
export const titrationPH = (v: { s: number; acid: number; c0: number; c: number; V: number }) => {
  const [, pK] = v.acid === 1 ? WEAK_ACIDS[v.s % WEAK_ACIDS.length]! : WEAK_BASES[v.s % WEAK_BASES.length]!;
  const total = 25 + v.V;
  return chargeBalancePH({ acid: v.acid === 1, pK, cA: (v.c0 * 25) / total, cB: (v.c * v.V) / total });
};
const eqVolume = (v: { c0: number; c: number }) => (25 * v.c0) / v.c;

const sugarName = (i: number) => SUGARS[i]![0];
const formName = (f: string, hi: boolean) => (f === 'open' ? (hi ? 'विवृत श्रृंखला' : 'open-chain') : f === 'pyranose' ? (hi ? 'पाइरेनोस (वलय)' : 'pyranose (ring)') : hi ? 'फ़्यूरेनोस (वलय)' : 'furanose (ring)');

const alcoholsPhenols: GeneratorDef[] = [
  {
    id: 'c.oxy.lucas-test', subject: C, concepts: ['C.OXY.ALCOHOL', 'C.PRAC.ORGTEST'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, ALCOHOLS.length - 1);
      const [f, , name, nameHi, cls] = ALCOHOLS[i]!;
      const wrong = [0, 1, 2].filter((k) => k !== cls);
      const other = [['an oily layer of alkene separates', 'ऐल्कीन की तैलीय परत अलग होती है'], ['a silver mirror forms', 'सिल्वर दर्पण बनता है']] as const;
      const extra = other[rng.int(0, 1)]!;
      return choice({
        params: { i },
        text: `${name[0]!.toUpperCase()}${name.slice(1)} (${tex(f)}) is shaken with Lucas reagent at room temperature. What is observed?`,
        correct: LUCAS[cls][0], distractors: [...wrong.map((k) => LUCAS[k]![0]), extra[0]],
        solution: LUCAS_WHY,
        hi: { text: `${nameHi} (${tex(f)}) को कमरे के ताप पर लूकस अभिकर्मक के साथ हिलाया जाता है। क्या प्रेक्षित होता है?`, solution: LUCAS_WHY_HI, correct: LUCAS[cls][1], distractors: [...wrong.map((k) => LUCAS[k]![1]), extra[1]] },
      });
    },
  },
  formula({ id: 'c.oxy.dichromate-oxidation', subject: C, concepts: ['C.OXY.ALCOHOL', 'C.REDOX.BALANCE'], difficulty: 4,
    vars: { i: range(0, OXIDISED.length - 1), m: [0.3, 0.45, 0.6, 0.9, 1.2], c: [0.1, 0.2, 0.25] },
    text: (v) => { const [a, e] = OXIDISED[v.i]!; return `${v.m} g of ${ALCOHOLS[a][2]} (${tex(ALCOHOLS[a][0])}) is oxidised completely to ${e === 4 ? 'the carboxylic acid' : 'the ketone'} by acidified $\\mathrm{K_2Cr_2O_7}$. What volume of ${v.c} M $\\mathrm{K_2Cr_2O_7}$ is needed? (C = 12, H = 1, O = 16)`; },
    unit: 'mL',
    answer: dichromateMl,
    mistakes: (v) => { const V = dichromateMl(v); const e = OXIDISED[v.i]![1]; return [(V * (6 - e)) / e, V * 2, (V * 6) / 5, V / 2, (V * 6) / 3]; },
    solution: (v) => { const [a, e, M] = OXIDISED[v.i]!; return `The carbinol carbon goes from oxidation state ${e === 4 ? '−1 (CH₂OH) to +3 (COOH): 4' : '0 (CHOH) to +2 (C=O): 2'} electrons per molecule; $\\mathrm{Cr_2O_7^{2-} \\to 2Cr^{3+}}$ takes 6. Moles of alcohol $= ${v.m}/${M}$; moles of dichromate $= \\frac{${e}}{6} \\times \\frac{${v.m}}{${M}}$; volume $= \\frac{\\text{moles}}{${v.c}} \\times 1000$ mL. (${ALCOHOLS[a][2]})`; },
    hi: {
      text: (v) => { const [a, e] = OXIDISED[v.i]!; return `${ALCOHOLS[a][3]} (${tex(ALCOHOLS[a][0])}) का ${v.m} g अम्लीकृत $\\mathrm{K_2Cr_2O_7}$ द्वारा पूर्णतः ${e === 4 ? 'कार्बोक्सिलिक अम्ल' : 'कीटोन'} में ऑक्सीकृत होता है। ${v.c} M $\\mathrm{K_2Cr_2O_7}$ का कितना आयतन चाहिए? (C = 12, H = 1, O = 16)`; },
      solution: (v) => { const [, e, M] = OXIDISED[v.i]!; return `कार्बिनॉल कार्बन की ऑक्सीकरण अवस्था ${e === 4 ? '−1 (CH₂OH) से +3 (COOH): प्रति अणु 4' : '0 (CHOH) से +2 (C=O): प्रति अणु 2'} इलेक्ट्रॉन; $\\mathrm{Cr_2O_7^{2-} \\to 2Cr^{3+}}$ 6 लेता है। ऐल्कोहॉल के मोल $= ${v.m}/${M}$; डाइक्रोमेट के मोल $= \\frac{${e}}{6} \\times \\frac{${v.m}}{${M}}$; आयतन $= \\frac{\\text{मोल}}{${v.c}} \\times 1000$ mL।`; },
    },
    result: [2, 500] }),
  formula({ id: 'c.oxy.phenol-bromine-water', subject: C, concepts: ['C.OXY.PHENOL', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { i: range(0, PHENOLS.length - 1), n: [1, 2, 2.5, 4, 5], w: [0, 1] },
    text: (v) => { const [name, , f] = PHENOLS[v.i]!; return `${phenolMass(v)} g of ${name} (${tex(f)}) is treated with excess bromine water until no further reaction occurs. Find the mass of ${v.w === 0 ? 'the brominated product formed' : '$\\mathrm{Br_2}$ consumed'} (C = 12, H = 1, O = 16, N = 14, Cl = 35.5, Br = 80).`; },
    unit: 'g',
    answer: (v) => brominated(v, PHENOLS[v.i]![5]),
    mistakes: (v) => { const k = PHENOLS[v.i]![5]; const base = PHENOLS[v.i]![4]; const mol = phenolMass(v) / base; return [brominated(v, k === 3 ? 2 : 3), brominated(v, k === 1 ? 2 : 1), v.w === 0 ? mol * (base + 80 * k) : mol * k * 80, v.w === 0 ? mol * (base + 160 * k) : mol * k * 80 * 3]; },
    solution: (v) => { const [, , , , M, k] = PHENOLS[v.i]!; return `OH strongly activates its ortho and para positions; in water every free o/p position is brominated: here ${k}. Each substitution uses one $\\mathrm{Br_2}$ and replaces H by Br (+79 g/mol). Moles $= ${phenolMass(v)}/${M}$; ${v.w === 0 ? `product mass $= n \\times (${M} + 79 \\times ${k})$` : `$\\mathrm{Br_2}$ mass $= n \\times ${k} \\times 160$`}.`; },
    hi: {
      text: (v) => { const [, nameHi, f] = PHENOLS[v.i]!; return `${nameHi} (${tex(f)}) के ${phenolMass(v)} g की आधिक्य ब्रोमीन जल से तब तक अभिक्रिया कराई जाती है जब तक और अभिक्रिया न हो। ${v.w === 0 ? 'बने ब्रोमीनीकृत उत्पाद' : 'व्यय हुई $\\mathrm{Br_2}$'} का द्रव्यमान ज्ञात कीजिए (C = 12, H = 1, O = 16, N = 14, Cl = 35.5, Br = 80)।`; },
      solution: (v) => { const [, , , , M, k] = PHENOLS[v.i]!; return `OH अपनी ऑर्थो और पैरा स्थितियों को प्रबल रूप से सक्रिय करता है; जल में प्रत्येक मुक्त o/p स्थिति ब्रोमीनीकृत होती है: यहाँ ${k}। प्रत्येक प्रतिस्थापन में एक $\\mathrm{Br_2}$ लगता है और H के स्थान पर Br आता है (+79 g/mol)। मोल $= ${phenolMass(v)}/${M}$; ${v.w === 0 ? `उत्पाद का द्रव्यमान $= n \\times (${M} + 79 \\times ${k})$` : `$\\mathrm{Br_2}$ का द्रव्यमान $= n \\times ${k} \\times 160$`}।`; },
    },
    result: [1, 30] }),
  {
    id: 'c.oxy.phenol-reagents', subject: C, concepts: ['C.OXY.PHENOL'], difficulty: 3,
    build(rng) {
      const r = rng.int(0, PHENOL_REACTIONS.length - 1);
      const [reagent, product, why, whyHi] = PHENOL_REACTIONS[r]!;
      const wrong = rng.shuffle(PHENOL_REACTIONS.map((_, k) => k).filter((k) => k !== r)).slice(0, 3).map((k) => tex(PHENOL_REACTIONS[k]![1]));
      return choice({
        params: { r },
        text: `Phenol ($\\mathrm{C_6H_5OH}$) is treated with ${tex(reagent)}. The main product is`,
        correct: tex(product), distractors: wrong,
        solution: `${why[0]!.toUpperCase()}${why.slice(1)}: ${tex(product)}.`,
        hi: { text: `फ़ीनॉल ($\\mathrm{C_6H_5OH}$) की ${tex(reagent)} से अभिक्रिया कराई जाती है। मुख्य उत्पाद है`, solution: `${whyHi}: ${tex(product)}।` },
      });
    },
  },
  formula({ id: 'c.oxy.esterification-equilibrium', subject: C, concepts: ['C.OXY.ACID', 'C.EQ.KC'], difficulty: 4,
    vars: { a: [0.5, 1, 1.5, 2, 3], b: [0.5, 1, 2, 3, 4] },
    text: (v) => `${v.a} mol of ethanoic acid and ${v.b} mol of ethanol are heated with a little conc. $\\mathrm{H_2SO_4}$ until equilibrium: $\\mathrm{CH_3COOH + C_2H_5OH \\rightleftharpoons CH_3COOC_2H_5 + H_2O}$, $K_c = 4$. Find the moles of ethyl ethanoate at equilibrium.`,
    unit: 'mol',
    answer: (v) => esterMoles(v.a, v.b, 4),
    mistakes: (v) => [esterMoles(v.a, v.b, 0.25), (2 / 3) * Math.min(v.a, v.b), esterMoles(v.a, v.b, 2), esterMoles(v.a, v.b, 4) / 2],
    solution: (v) => `$K_c = \\frac{x^2}{(${v.a} - x)(${v.b} - x)} = 4$ (the volume cancels) gives $3x^2 - ${4 * (v.a + v.b)}x + ${4 * v.a * v.b} = 0$; the root below ${Math.min(v.a, v.b)} mol (the other would consume more than was taken) is $x = ${r2(esterMoles(v.a, v.b, 4))}$ mol. Taking $K_c$ upside down, or 2/3 of the smaller amount (true only for equal amounts), are the usual slips.`,
    hi: {
      text: (v) => `${v.a} mol एथेनोइक अम्ल और ${v.b} mol एथेनॉल को थोड़े सांद्र $\\mathrm{H_2SO_4}$ के साथ साम्यावस्था तक गर्म किया जाता है: $\\mathrm{CH_3COOH + C_2H_5OH \\rightleftharpoons CH_3COOC_2H_5 + H_2O}$, $K_c = 4$। साम्यावस्था पर एथिल एथेनोएट के मोल ज्ञात कीजिए।`,
      solution: (v) => `$K_c = \\frac{x^2}{(${v.a} - x)(${v.b} - x)} = 4$ (आयतन कट जाता है) से $3x^2 - ${4 * (v.a + v.b)}x + ${4 * v.a * v.b} = 0$; ${Math.min(v.a, v.b)} mol से कम मूल (दूसरा मूल लिए गए से अधिक खपत देगा) $x = ${r2(esterMoles(v.a, v.b, 4))}$ mol। $K_c$ को उलटा लेना, या छोटी मात्रा का 2/3 लेना (केवल समान मात्राओं के लिए सही), सामान्य भूलें हैं।`,
    },
    result: [0.2, 4] }),
];

/** Ester at equilibrium: the root of (K − 1)x² − K(a + b)x + Kab = 0 below min(a, b). */
export function esterMoles(a: number, b: number, K: number): number {
  if (K === 1) return (a * b) / (a + b);
  const A = K - 1;
  const B = -K * (a + b);
  const Cc = K * a * b;
  const disc = Math.sqrt(B * B - 4 * A * Cc);
  const roots = [(-B - disc) / (2 * A), (-B + disc) / (2 * A)];
  return roots.find((x) => x > 0 && x < Math.min(a, b))!;
}

const TITRANT = (acid: number) => (acid === 1 ? ['NaOH', 'WEAK acid'] : ['HCl', 'WEAK base']);
const analyte = (v: { s: number; acid: number }) => (v.acid === 1 ? WEAK_ACIDS[v.s % WEAK_ACIDS.length]! : WEAK_BASES[v.s % WEAK_BASES.length]!);
const pKText = (v: { s: number; acid: number }) => (v.acid === 1 ? `$\\mathrm{p}K_a = ${analyte(v)[1]}$` : `$\\mathrm{p}K_b = ${analyte(v)[1]}$`);
const titrationStem = (v: { s: number; acid: number; c0: number; c: number }, hi: boolean) => {
  const [t] = TITRANT(v.acid);
  return hi
    ? `${v.c0} M $\\mathrm{${analyte(v)[0]}}$ (${pKText(v)}) के 25.0 mL का ${v.c} M $\\mathrm{${t}}$ से 298 K पर अनुमापन किया जाता है ($K_w = 10^{-14}$)।`
    : `25.0 mL of ${v.c0} M $\\mathrm{${analyte(v)[0]}}$ (${pKText(v)}) is titrated with ${v.c} M $\\mathrm{${t}}$ at 298 K ($K_w = 10^{-14}$).`;
};
const FRACTIONS = [0.1, 0.2, 0.25, 0.5, 0.75, 0.8, 0.9] as const;
const partV = (v: { c0: number; c: number; f: number }) => FRACTIONS[v.f]! * eqVolume(v);
/** Henderson–Hasselbalch estimate for the buffer region (the mistake of ignoring dissociation is not what we test). */
const henderson = (v: { s: number; acid: number; f: number }) => { const fr = FRACTIONS[v.f]!; const pK = analyte(v)[1]; return v.acid === 1 ? pK + Math.log10(fr / (1 - fr)) : 14 - pK - Math.log10(fr / (1 - fr)); };

const aminesSugarsTitration: GeneratorDef[] = [
  {
    id: 'c.oxy.acid-reagents', subject: C, concepts: ['C.OXY.ACID'], difficulty: 3,
    build(rng) {
      const a = rng.int(0, ACIDS.length - 1);
      const allowed = ACID_REAGENTS.map((_, k) => k).filter((k) => ACID_REAGENTS[k]![1] !== 'hvz' || ACIDS[a]![2] !== null);
      const r = rng.pick(allowed);
      const [reagent, kind] = ACID_REAGENTS[r]!;
      const correct = tex(acidProduct(a, kind));
      const pool = [...new Set(ACID_REAGENTS.map(([, k]) => tex(acidProduct(a, k))).filter((t) => t !== correct))];
      const [why, whyHi] = ACID_WHY[kind]!;
      return choice({
        params: { a, r },
        text: `${tex(ACIDS[a]![1])} is treated with ${tex(reagent)}. The main organic product is`,
        correct, distractors: rng.shuffle(pool).slice(0, 3),
        solution: `${cap(why)}: ${correct}.`,
        hi: { text: `${tex(ACIDS[a]![1])} की ${tex(reagent)} से अभिक्रिया कराई जाती है। मुख्य कार्बनिक उत्पाद है`, solution: `${whyHi}: ${correct}।` },
      });
    },
  },
  {
    id: 'c.nit.hinsberg-nitrous', subject: C, concepts: ['C.NIT.AMINE', 'C.PRAC.ORGTEST'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, AMINES.length - 1);
      const t = rng.int(0, 1);
      const f = tex(AMINES[i]![0]);
      const cls = AMINES[i]![3];
      const table = t === 0 ? HINSBERG : NITROUS;
      const right = t === 0 ? cls - 1 : nitrousOutcome(i);
      const wrong = rng.shuffle(table.map((_, k) => k).filter((k) => k !== right)).slice(0, 3);
      const why = t === 0
        ? ['Benzenesulphonyl chloride (Hinsberg reagent) acylates N–H: a 1° amine gives ArSO₂NHR, whose remaining N–H is acidic, so it dissolves in KOH; a 2° amine gives ArSO₂NR₂ with no N–H (insoluble); a 3° amine has no N–H and does not react. The amine here is', 'बेन्ज़ीनसल्फ़ोनिल क्लोराइड (हिंसबर्ग अभिकर्मक) N–H से अभिक्रिया करता है: 1° ऐमीन ArSO₂NHR देता है जिसका शेष N–H अम्लीय है, अतः यह KOH में घुलता है; 2° ऐमीन ArSO₂NR₂ देता है जिसमें N–H नहीं (अविलेय); 3° ऐमीन में N–H नहीं, अभिक्रिया नहीं होती। यहाँ ऐमीन है']
        : ['Nitrous acid (NaNO₂ + HCl, cold): 1° aliphatic amines give an unstable diazonium ion that loses N₂; 1° aromatic amines give a diazonium salt stable at 273–278 K; 2° amines give yellow N-nitrosamines; 3° aliphatic amines only form a soluble salt; 3° aromatic amines are nitrosated at the para position (green). The amine here is', 'नाइट्रस अम्ल (NaNO₂ + HCl, ठंडा): 1° ऐलिफ़ैटिक ऐमीन अस्थायी डाइऐज़ोनियम आयन देते हैं जो N₂ खोता है; 1° ऐरोमैटिक ऐमीन 273–278 K पर स्थायी डाइऐज़ोनियम लवण देते हैं; 2° ऐमीन पीले N-नाइट्रोसऐमीन देते हैं; 3° ऐलिफ़ैटिक ऐमीन केवल विलेय लवण बनाते हैं; 3° ऐरोमैटिक ऐमीनों का पैरा स्थिति पर नाइट्रोसीकरण होता है (हरा)। यहाँ ऐमीन है'];
      const kind = (hi: boolean) => `${['', hi ? 'प्राथमिक' : 'primary', hi ? 'द्वितीयक' : 'secondary', hi ? 'तृतीयक' : 'tertiary'][cls]} ${arylAmine(i) ? (hi ? 'ऐरोमैटिक' : 'aromatic') : hi ? 'ऐलिफ़ैटिक' : 'aliphatic'}`;
      return choice({
        params: { i, t },
        text: t === 0 ? `${f} is shaken with benzenesulphonyl chloride (Hinsberg reagent) and aqueous KOH. The result is` : `${f} is treated with $\\mathrm{NaNO_2}$ and dilute HCl at 273–278 K. The result is`,
        correct: table[right]![0], distractors: wrong.map((k) => table[k]![0]),
        solution: `${why[0]} ${kind(false)}.`,
        hi: { text: t === 0 ? `${f} को बेन्ज़ीनसल्फ़ोनिल क्लोराइड (हिंसबर्ग अभिकर्मक) और जलीय KOH के साथ हिलाया जाता है। परिणाम है` : `${f} की 273–278 K पर $\\mathrm{NaNO_2}$ और तनु HCl से अभिक्रिया कराई जाती है। परिणाम है`, solution: `${why[1]} ${kind(true)}।`, correct: table[right]![1], distractors: wrong.map((k) => table[k]![1]) },
      });
    },
  },
  formula({ id: 'c.nit.exhaustive-methylation', subject: C, concepts: ['C.NIT.AMINE', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { i: range(0, AMINES.length - 1), n: [1, 2, 2.5, 4, 5], w: [0, 1] },
    text: (v) => `${amineMass(v)} g of $\\mathrm{${AMINES[v.i]![0]}}$ is methylated exhaustively with excess $\\mathrm{CH_3I}$ (in the presence of a base that removes the HI) to the quaternary ammonium iodide. Find the mass of ${v.w === 0 ? '$\\mathrm{CH_3I}$ consumed' : 'the quaternary salt formed'} (C = 12, H = 1, N = 14, I = 127).`,
    unit: 'g',
    answer: methylation,
    mistakes: (v) => { const M = AMINES[v.i]![2]; const mol = amineMass(v) / M; const k = methylIodide(v.i); return v.w === 0 ? [mol * 3 * 142, mol * 142, mol * (k - 1 || 2) * 142, mol * (k + 1) * 142] : [mol * (M + 142 * k), mol * (M + 14 * 3 + 128), mol * (M + 142), mol * (M + 15 * k + 127)]; },
    solution: (v) => { const M = AMINES[v.i]![2]; const k = methylIodide(v.i); return `Each N–H is replaced by N–CH₃ and a final $\\mathrm{CH_3I}$ quaternises N: ${k - 1} N–H here, so ${k} $\\mathrm{CH_3I}$ per amine. Moles $= ${amineMass(v)}/${M}$; ${v.w === 0 ? `mass $= n \\times ${k} \\times 142$` : `the salt has molar mass $${M} - ${k - 1} + ${k} \\times 15 + 127 = ${M + 14 * k + 128}$; mass $= n \\times ${M + 14 * k + 128}$`}.`; },
    hi: {
      text: (v) => `$\\mathrm{${AMINES[v.i]![0]}}$ के ${amineMass(v)} g का आधिक्य $\\mathrm{CH_3I}$ से (HI हटाने वाले क्षारक की उपस्थिति में) चतुष्क अमोनियम आयोडाइड तक पूर्ण मेथिलन किया जाता है। ${v.w === 0 ? 'व्यय हुए $\\mathrm{CH_3I}$' : 'बने चतुष्क लवण'} का द्रव्यमान ज्ञात कीजिए (C = 12, H = 1, N = 14, I = 127)।`,
      solution: (v) => { const M = AMINES[v.i]![2]; const k = methylIodide(v.i); return `प्रत्येक N–H, N–CH₃ से प्रतिस्थापित होता है और अंतिम $\\mathrm{CH_3I}$ N को चतुष्क बनाता है: यहाँ ${k - 1} N–H, अतः प्रति ऐमीन ${k} $\\mathrm{CH_3I}$। मोल $= ${amineMass(v)}/${M}$; ${v.w === 0 ? `द्रव्यमान $= n \\times ${k} \\times 142$` : `लवण का मोलर द्रव्यमान $${M} - ${k - 1} + ${k} \\times 15 + 127 = ${M + 14 * k + 128}$; द्रव्यमान $= n \\times ${M + 14 * k + 128}$`}।`; },
    },
    result: [0.5, 40] }),
  tableMulti({ id: 'c.bio.reducing-sugars', concepts: ['C.BIO.CARB'], difficulty: 3, n: SUGARS.length, show: sugarName, showHi: (i) => SUGARS[i]![1],
    asks: [
      { text: "Which of the following reduce Fehling's solution?", textHi: 'निम्नलिखित में से कौन फ़ेलिंग विलयन को अपचयित करते हैं?', truth: (i) => SUGARS[i]![2] },
      { text: "Which of the following give a silver mirror with Tollens' reagent?", textHi: 'निम्नलिखित में से कौन टॉलेन अभिकर्मक के साथ सिल्वर दर्पण देते हैं?', truth: (i) => SUGARS[i]![2] },
      { text: 'Which of the following show mutarotation in aqueous solution?', textHi: 'निम्नलिखित में से कौन जलीय विलयन में परिवर्ती ध्रुवण-घूर्णन (म्यूटारोटेशन) दर्शाते हैं?', truth: (i) => SUGARS[i]![2] },
    ],
    why: (p) => `A sugar reduces Fehling's and Tollens' reagents and mutarotates only if some unit keeps a free hemiacetal (or hemiketal) carbon that can open to the aldehyde/ketone form. Sucrose (C1 of glucose to C2 of fructose), trehalose (C1–C1), raffinose and glycosides tie up every anomeric carbon. Reducing here: ${p.filter((i) => SUGARS[i]![2]).map(sugarName).join(', ')}.`,
    whyHi: (p) => `कोई शर्करा फ़ेलिंग और टॉलेन अभिकर्मकों को अपचयित करती है और परिवर्ती ध्रुवण-घूर्णन दिखाती है तभी जब किसी इकाई में मुक्त हेमीऐसीटैल (या हेमीकीटैल) कार्बन हो जो खुलकर ऐल्डिहाइड/कीटोन रूप बना सके। सुक्रोस (ग्लूकोस का C1, फ्रक्टोस के C2 से), ट्रेहैलोस (C1–C1), रैफ़िनोस और ग्लाइकोसाइड सभी ऐनोमेरिक कार्बन बाँध लेते हैं। यहाँ अपचायी: ${p.filter((i) => SUGARS[i]![2]).map((i) => SUGARS[i]![1]).join(', ')}।` }),
  {
    id: 'c.bio.sugar-chiral-carbons', subject: C, concepts: ['C.BIO.CARB', 'C.ORG.ISOMERISM'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, SUGAR_FORMS.length - 1);
      const [name, nameHi, form, , n, plain] = SUGAR_FORMS[i]!;
      const w = plain && n > 0 && form === 'open' ? rng.int(0, 1) : 0;
      const value = w === 0 ? n : 2 ** n;
      const mistakes = w === 0 ? [n + 1, n + 2, n - 1, n + 3] : [2 ** (n + 1), 2 * n, 2 ** (n - 1), 2 ** n + 2];
      const ask = w === 0 ? 'How many chiral (asymmetric) carbon atoms are there in' : 'How many stereoisomers are possible for the constitution of';
      const askHi = w === 0 ? 'में कितने किरैल (असममित) कार्बन परमाणु हैं?' : 'की संरचना के लिए कितने त्रिविम समावयव संभव हैं?';
      return {
        kind: 'numeric', params: { i, w }, value, unit: '', mistakes: mistakes.filter((x) => x >= 0), result: [0, 32],
        text: `${ask} the ${formName(form, false)} form of ${name}?`,
        solution: `A chiral carbon carries four different groups; ring closure makes the former carbonyl carbon (anomeric) chiral too, and the CH₂OH ends and C=O carbons are never chiral. ${cap(name)} (${formName(form, false)}): ${n}.${w === 1 ? ` With no internal symmetry (no meso forms) the stereoisomers number $2^{${n}} = ${2 ** n}$.` : ''}`,
        hi: { text: `${nameHi} के ${formName(form, true)} रूप ${askHi}`, solution: `किरैल कार्बन पर चार भिन्न समूह होते हैं; वलय बनने पर पूर्व कार्बोनिल कार्बन (ऐनोमेरिक) भी किरैल हो जाता है, और CH₂OH सिरे तथा C=O कार्बन कभी किरैल नहीं होते। ${nameHi} (${formName(form, true)}): ${n}।${w === 1 ? ` आंतरिक सममिति न होने से (कोई मेसो रूप नहीं) त्रिविम समावयवों की संख्या $2^{${n}} = ${2 ** n}$।` : ''}` },
      };
    },
  },
  formula({ id: 'c.bio.isoelectric-point', subject: C, concepts: ['C.BIO.PROTEIN', 'C.EQ.ACIDBASE'], difficulty: 4,
    vars: { a: range(0, AMINO_ACIDS.length - 1), w: [0, 1, 1], p: [2, 3, 4, 6, 7, 8, 10, 11] },
    text: (v) => { const [name, , p1, p2, pr] = AMINO_ACIDS[v.a]!; const side = pr === null ? '' : `, side chain ${pr}`; return `The $\\mathrm{p}K_a$ values of ${name} are ${p1} (α-COOH), ${p2} (α-$\\mathrm{NH_3^+}$)${side}. ${pIMode(v) === 0 ? 'Find its isoelectric point (pI).' : `Find its average net charge at pH ${v.p}.`}`; },
    unit: '',
    answer: (v) => (pIMode(v) === 0 ? exactIsoelectric(v.a) : netCharge(v.a, v.p)),
    mistakes: (v) => { const [, , p1, p2, pr] = AMINO_ACIDS[v.a]!; return pIMode(v) === 0 ? [(p1 + p2) / 2, (p1 + p2 + (pr ?? p2)) / 3, pr === null ? (p2 + 14) / 2 : (p2 + pr) / 2, pr === null ? p2 - p1 : (p1 + pr) / 2] : [-netCharge(v.a, v.p), Math.round(netCharge(v.a, v.p)), netCharge(v.a, v.p) / 2, netCharge(v.a, v.p) + 1]; },
    solution: (v) => (pIMode(v) === 0
      ? `Write the forms from fully protonated (charge ${AMINO_ACIDS[v.a]![5] === 'base' ? '+2' : '+1'}) losing one proton per pKa in increasing order; pI is the mean of the two pKa values on either side of the neutral (zwitterion) form: $${r2(exactIsoelectric(v.a))}$ (solving net charge = 0 exactly differs by less than 0.005).`
      : `Each group contributes its Henderson–Hasselbalch fraction: an acidic group $-\\frac{1}{1 + 10^{\\mathrm{p}K_a - \\mathrm{pH}}}$, a basic group $+\\frac{1}{1 + 10^{\\mathrm{pH} - \\mathrm{p}K_a}}$; their sum at pH ${v.p} is $${r2(netCharge(v.a, v.p))}$.`),
    hi: {
      text: (v) => { const [, nameHi, p1, p2, pr] = AMINO_ACIDS[v.a]!; const side = pr === null ? '' : `, पार्श्व श्रृंखला ${pr}`; return `${nameHi} के $\\mathrm{p}K_a$ मान ${p1} (α-COOH), ${p2} (α-$\\mathrm{NH_3^+}$)${side} हैं। ${pIMode(v) === 0 ? 'इसका समविभव बिंदु (pI) ज्ञात कीजिए।' : `pH ${v.p} पर इसका औसत नेट आवेश ज्ञात कीजिए।`}`; },
      solution: (v) => (pIMode(v) === 0
        ? `पूर्णतः प्रोटॉनित रूप (आवेश ${AMINO_ACIDS[v.a]![5] === 'base' ? '+2' : '+1'}) से बढ़ते pKa क्रम में प्रत्येक pKa पर एक प्रोटॉन हटाइए; pI उदासीन (ज़्विटर आयन) रूप के दोनों ओर के दो pKa मानों का माध्य है: $${r2(exactIsoelectric(v.a))}$ (नेट आवेश = 0 को यथार्थ हल करने पर अंतर 0.005 से कम)।`
        : `प्रत्येक समूह अपना हेंडरसन–हैसलबाख अंश देता है: अम्लीय समूह $-\\frac{1}{1 + 10^{\\mathrm{p}K_a - \\mathrm{pH}}}$, क्षारकीय समूह $+\\frac{1}{1 + 10^{\\mathrm{pH} - \\mathrm{p}K_a}}$; pH ${v.p} पर इनका योग $${r2(netCharge(v.a, v.p))}$ है।`),
    },
    result: [-2, 12] }),
  {
    id: 'c.bio.amino-acid-form', subject: C, concepts: ['C.BIO.PROTEIN', 'C.EQ.ACIDBASE'], difficulty: 3,
    build(rng) {
      const k = rng.int(0, NEUTRAL_AA.length - 1);
      const pH = rng.pick([0.5, 1, 4, 5, 6, 7, 11, 12]);
      const [a, R] = NEUTRAL_AA[k]!;
      const [name, nameHi, p1, p2] = AMINO_ACIDS[a];
      const forms = AA_FORMS(R);
      const right = dominantForm(a, pH);
      const where = ['moves to the cathode', 'does not move', 'moves to the anode'][right]!;
      const whereHi = ['कैथोड की ओर जाता है', 'गति नहीं करता', 'ऐनोड की ओर जाता है'][right]!;
      return choice({
        params: { k, pH },
        text: `The $\\mathrm{p}K_a$ values of ${name} are ${p1} (COOH) and ${p2} ($\\mathrm{NH_3^+}$). Which form predominates in aqueous solution at pH ${pH}?`,
        correct: forms[right]!, distractors: forms.filter((_, j) => j !== right),
        solution: `Below pKa₁ both groups are protonated (cation); between pKa₁ and pKa₂ the zwitterion predominates; above pKa₂ the anion. The uncharged form is never the main one in water. At pH ${pH} the main form is ${forms[right]}, so in electrophoresis ${name} ${where}.`,
        hi: { text: `${nameHi} के $\\mathrm{p}K_a$ मान ${p1} (COOH) और ${p2} ($\\mathrm{NH_3^+}$) हैं। pH ${pH} पर जलीय विलयन में कौन-सा रूप प्रधान है?`, solution: `pKa₁ से नीचे दोनों समूह प्रोटॉनित (धनायन); pKa₁ और pKa₂ के बीच ज़्विटर आयन प्रधान; pKa₂ से ऊपर ऋणायन। अनावेशित रूप जल में कभी मुख्य नहीं होता। pH ${pH} पर मुख्य रूप ${forms[right]} है, अतः वैद्युतकणसंचलन में ${nameHi} ${whereHi}।` },
      });
    },
  },
  // Analytes whose textbook hydrolysis formula agrees with the exact charge balance to better than
  // 0.005 pH (not chloroacetic acid, HCN, phenol or aniline), so a two-decimal answer is fair.
  formula({ id: 'c.prac.equivalence-ph', subject: C, concepts: ['C.PRAC.TITRATION', 'C.EQ.PH'], difficulty: 5,
    vars: { acid: [0, 1], s: range(0, 3), c0: [0.05, 0.1, 0.2], c: [0.05, 0.1, 0.2] },
    text: (v) => `${titrationStem(v, false)} Find the pH at the equivalence point.`,
    unit: '',
    answer: (v) => titrationPH({ ...v, V: eqVolume(v) }),
    mistakes: (v) => { const pK = analyte(v)[1]; const approx = 7 + (v.acid === 1 ? 1 : -1) * (pK / 2 + Math.log10(v.c0) / 2); return [7, v.acid === 1 ? pK : 14 - pK, approx, 14 - titrationPH({ ...v, V: eqVolume(v) })]; },
    solution: (v) => { const [, pK] = analyte(v); const V = eqVolume(v); const cs = (v.c0 * 25) / (25 + V); return `Equivalence needs $V = \\frac{25.0 \\times ${v.c0}}{${v.c}} = ${V}$ mL; the salt is then $\\frac{25.0 \\times ${v.c0}}{${25 + V}} = ${cs.toFixed(4)}$ M and hydrolyses: ${v.acid === 1 ? `$K_b = 10^{-14}/10^{-${pK}}$, $[\\mathrm{OH^-}] \\approx \\sqrt{K_b c}$` : `$K_a = 10^{-14}/10^{-${pK}}$, $[\\mathrm{H^+}] \\approx \\sqrt{K_a c}$`}; solving the charge balance exactly gives pH $= ${r2(titrationPH({ ...v, V }))}$. Forgetting the dilution by the titrant is the common slip.`; },
    hi: {
      text: (v) => `${titrationStem(v, true)} तुल्यता बिंदु पर pH ज्ञात कीजिए।`,
      solution: (v) => { const [, pK] = analyte(v); const V = eqVolume(v); const cs = (v.c0 * 25) / (25 + V); return `तुल्यता के लिए $V = \\frac{25.0 \\times ${v.c0}}{${v.c}} = ${V}$ mL; तब लवण $\\frac{25.0 \\times ${v.c0}}{${25 + V}} = ${cs.toFixed(4)}$ M है और जल-अपघटित होता है: ${v.acid === 1 ? `$K_b = 10^{-14}/10^{-${pK}}$, $[\\mathrm{OH^-}] \\approx \\sqrt{K_b c}$` : `$K_a = 10^{-14}/10^{-${pK}}$, $[\\mathrm{H^+}] \\approx \\sqrt{K_a c}$`}; आवेश संतुलन को यथार्थ हल करने पर pH $= ${r2(titrationPH({ ...v, V }))}$। अनुमापक द्वारा तनुता भूल जाना सामान्य त्रुटि है।`; },
    },
    result: [2, 12.5] }),
  // Single choice only: Henderson–Hasselbalch and the exact balance can differ by more than the
  // ±0.01 a free-response key would allow.
  formula({ id: 'c.prac.titration-curve-ph', subject: C, concepts: ['C.PRAC.TITRATION', 'C.EQ.BUFFER'], difficulty: 4, freeResponse: false,
    vars: { acid: [0, 1], s: range(0, 6), c0: [0.05, 0.1, 0.2], c: [0.05, 0.1, 0.2], f: range(0, FRACTIONS.length - 1) },
    text: (v) => `${titrationStem(v, false)} Find the pH after ${partV(v)} mL of titrant has been added.`,
    unit: '',
    answer: (v) => titrationPH({ ...v, V: partV(v) }),
    mistakes: (v) => { const h = henderson(v); const pK = analyte(v)[1]; return [2 * (v.acid === 1 ? pK : 14 - pK) - h, v.acid === 1 ? pK : 14 - pK, 14 - titrationPH({ ...v, V: partV(v) }), v.acid === 1 ? 14 - h : 14 - (2 * (14 - pK) - h)]; },
    solution: (v) => { const fr = FRACTIONS[v.f]!; const pK = analyte(v)[1]; return `${Math.round(fr * 100)} % of the ${v.acid === 1 ? 'acid is converted to its salt' : 'base is converted to its salt'}: a buffer. Henderson–Hasselbalch gives ${v.acid === 1 ? `pH $\\approx ${pK} + \\log\\frac{${fr}}{${Number((1 - fr).toFixed(2))}}$` : `pOH $\\approx ${pK} + \\log\\frac{${fr}}{${Number((1 - fr).toFixed(2))}}$, pH = 14 − pOH`} $= ${r2(henderson(v))}$; the exact charge balance (which also counts the ${v.acid === 1 ? 'acid' : 'base'}'s own ionisation, noticeable for a strong weak acid or far from half-neutralisation) gives pH $= ${r2(titrationPH({ ...v, V: partV(v) }))}$.`; },
    hi: {
      text: (v) => `${titrationStem(v, true)} ${partV(v)} mL अनुमापक मिलाने के बाद pH ज्ञात कीजिए।`,
      solution: (v) => { const fr = FRACTIONS[v.f]!; const pK = analyte(v)[1]; return `${v.acid === 1 ? 'अम्ल' : 'क्षारक'} का ${Math.round(fr * 100)} % अपने लवण में बदल गया है: एक बफ़र। हेंडरसन–हैसलबाख से ${v.acid === 1 ? `pH $\\approx ${pK} + \\log\\frac{${fr}}{${Number((1 - fr).toFixed(2))}}$` : `pOH $\\approx ${pK} + \\log\\frac{${fr}}{${Number((1 - fr).toFixed(2))}}$, pH = 14 − pOH`} $= ${r2(henderson(v))}$; यथार्थ आवेश संतुलन (जो ${v.acid === 1 ? 'अम्ल' : 'क्षारक'} के अपने आयनन को भी गिनता है) से pH $= ${r2(titrationPH({ ...v, V: partV(v) }))}$।`; },
    },
    result: [1, 13] }),
];

/** Alcohols, phenols, acids, amines, carbohydrates, amino acids, titration curves, carbonyl tests, ethers, diazonium salts, nucleic acids and salt analysis: further shapes. */
export const chemDepthOrganicDGenerators: GeneratorDef[] = [...alcoholsPhenols, ...aminesSugarsTitration, ...carbonylTestsEthers, ...diazoNucleicSalt];
