import { ACIDS, ALCOHOLS, AMINES, AMINO_ACIDS, CARBONYLS, ETHERS, HYDRATION_K, METHOXY, PHENOLS, SUGAR_FORMS, SUGARS, WEAK_ACIDS, WEAK_BASES } from './chem-data-organic.ts';
import { cap, rankGenerator, tableMulti, tex } from './chemistry-depth-organic-c.ts';
import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef, NumericSpec } from './types.ts';

const C = 'CHEMISTRY' as const;
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
  formula({ id: 'c.prac.equivalence-ph', subject: C, concepts: ['C.PRAC.TITRATION', 'C.EQ.PH'], difficulty: 5,
    vars: { acid: [0, 1], s: range(0, 6), c0: [0.05, 0.1, 0.2], c: [0.05, 0.1, 0.2] },
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
  formula({ id: 'c.prac.titration-curve-ph', subject: C, concepts: ['C.PRAC.TITRATION', 'C.EQ.BUFFER'], difficulty: 4,
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

/** Aryl groups of diazonium salts: formula of the arene ArH and of Ar– (TeX). */
export const ARYLS = [['C_6H_6', 'C_6H_5'], ['C_6H_5CH_3', 'p\\text{-}CH_3C_6H_4'], ['C_6H_5Cl', 'p\\text{-}ClC_6H_4'], ['C_6H_5NO_2', 'p\\text{-}O_2NC_6H_4'], ['C_6H_5Br', 'p\\text{-}BrC_6H_4']] as const;
/** Diazonium replacements: reagent (TeX), group that replaces N₂⁺, reaction name, Hindi name. */
export const DIAZO_REAGENTS = [
  ['CuCl/HCl', 'Cl', 'Sandmeyer reaction', 'सैन्डमायर अभिक्रिया'], ['CuBr/HBr', 'Br', 'Sandmeyer reaction', 'सैन्डमायर अभिक्रिया'], ['CuCN/KCN', 'CN', 'Sandmeyer reaction', 'सैन्डमायर अभिक्रिया'],
  ['Cu\\ powder/HCl', 'Cl', 'Gattermann reaction', 'गाटरमान अभिक्रिया'], ['KI', 'I', 'substitution by iodide (no catalyst needed)', 'आयोडाइड द्वारा प्रतिस्थापन (उत्प्रेरक आवश्यक नहीं)'],
  ['HBF_4,\\ then\\ \\Delta', 'F', 'Balz–Schiemann reaction', 'बाल्ज़–शीमान अभिक्रिया'], ['H_2O,\\ warm', 'OH', 'hydrolysis to the phenol', 'फ़ीनॉल तक जल-अपघटन'],
  ['H_3PO_2', 'H', 'reduction (replacement by H)', 'अपचयन (H द्वारा प्रतिस्थापन)'], ['NaNO_2/Cu,\\ \\Delta', 'NO_2', 'replacement by the nitro group', 'नाइट्रो समूह द्वारा प्रतिस्थापन'],
] as const;
/** Ar–X as TeX. */
export const arylProduct = (a: number, x: string) => {
  const [arene, ar] = ARYLS[a]!;
  if (x === 'H') return arene;
  return a === 0 ? `C_6H_5${x}` : `${ar}${x}`;
};
const MW: Record<string, number> = { C: 12, H: 1, N: 14, O: 16, Cl: 35.5, Br: 80, I: 127, F: 19 };
/** Molar mass of a simple formula written as element symbols and subscripts. */
export const formulaMass = (f: string) => [...f.replace(/p\\text\{-\}/g, '').matchAll(/([A-Z][a-z]?)(?:_\{?(\d+)\}?)?/g)].reduce((s, m) => s + MW[m[1]!]! * Number(m[2] ?? 1), 0);
/** Sandmeyer-type sequences from aniline: index into DIAZO_REAGENTS. */
const SEQUENCES = [0, 1, 2, 4, 6] as const;
const ANILINE = 93;
const sequenceMass = (v: { m: number; r: number; y1: number; y2: number }) => ((v.m / ANILINE) * (v.y1 / 100) * (v.y2 / 100)) * formulaMass(arylProduct(0, DIAZO_REAGENTS[SEQUENCES[v.r]!][1]));

/** Coupling partners: name, Hindi name, SMILES, whether the ring is activated (OH or NR₂). */
export const COUPLING = [
  ['phenol', 'फ़ीनॉल', 'OC1=CC=CC=C1'], ['aniline', 'ऐनिलीन', 'NC1=CC=CC=C1'], ['N,N-dimethylaniline', 'N,N-डाइमेथिलऐनिलीन', 'CN(C)C1=CC=CC=C1'],
  ['4-methylphenol', '4-मेथिलफ़ीनॉल', 'OC1=CC=C(C)C=C1'], ['4-chlorophenol', '4-क्लोरोफ़ीनॉल', 'OC1=CC=C(Cl)C=C1'], ['2-methylphenol', '2-मेथिलफ़ीनॉल', 'OC1=C(C)C=CC=C1'],
  ['nitrobenzene', 'नाइट्रोबेन्ज़ीन', '[O-][N+](=O)C1=CC=CC=C1'], ['benzoic acid', 'बेन्ज़ोइक अम्ल', 'OC(=O)C1=CC=CC=C1'], ['3-methylphenol', '3-मेथिलफ़ीनॉल', 'OC1=CC(C)=CC=C1'],
] as const;
/** Where the diazonium ion attacks, as the partner's ring position (tabulated): 4 para, 2 ortho, 0 none. */
export const COUPLING_POS = [4, 4, 4, 2, 2, 4, 0, 0, 4] as const;
const couplingName = (c: number, pos: number) => (pos === 0 ? 'no azo compound forms' : `${pos}-(phenylazo)${COUPLING[c]![0]}`);
const couplingNameHi = (c: number, pos: number) => (pos === 0 ? 'कोई ऐज़ो यौगिक नहीं बनता' : `${pos}-(phenylazo)${COUPLING[c]![0]}`);

/** DNA bases and their complements. */
const COMPLEMENT: Record<string, string> = { A: 'T', T: 'A', G: 'C', C: 'G' };
export const complementOf = (seq: string) => [...seq].map((b) => COMPLEMENT[b]!).join('');
export const hBonds = (seq: string) => [...seq].reduce((s, b) => s + (b === 'G' || b === 'C' ? 3 : 2), 0);

/** Salts for gravimetric confirmatory tests: formula (TeX), molar mass, ions precipitated per formula, reagent kind (0 AgNO₃, 1 BaCl₂). */
export const GRAVIMETRIC = [
  ['NaCl', 58.5, 1, 0], ['KCl', 74.5, 1, 0], ['KBr', 119, 1, 0], ['NaBr', 103, 1, 0], ['KI', 166, 1, 0], ['CaCl_2', 111, 2, 0], ['BaCl_2\\cdot 2H_2O', 244, 2, 0],
  ['Na_2SO_4', 142, 1, 1], ['K_2SO_4', 174, 1, 1], ['(NH_4)_2SO_4', 132, 1, 1], ['CuSO_4\\cdot 5H_2O', 249.5, 1, 1], ['MgSO_4\\cdot 7H_2O', 246, 1, 1], ['FeSO_4\\cdot 7H_2O', 278, 1, 1], ['Al_2(SO_4)_3', 342, 3, 1],
] as const;
const precipitate = (i: number) => { const [f, , , kind] = GRAVIMETRIC[i]!; if (kind === 1) return ['BaSO_4', 233] as const; return f.includes('Br') ? (['AgBr', 188] as const) : f.includes('I') && !f.includes('Cl') ? (['AgI', 235] as const) : (['AgCl', 143.5] as const); };
const gravMass = (v: { i: number; m: number }) => { const [, M, k] = GRAVIMETRIC[v.i]!; return (v.m / M) * k * precipitate(v.i)[1]; };

/** Group II conditions: [H⁺] needed to keep Zn²⁺ (c M) in solution in saturated H₂S (0.1 M), K₁K₂ = 1.0 × 10⁻²¹. */
const ZNS_KSP = [1.6e-24, 1e-22, 2.5e-22, 2e-23] as const;
const minAcid = (v: { c: number; k: number }) => Math.sqrt((1e-21 * 0.1 * v.c) / ZNS_KSP[v.k]!);
const sci = (x: number) => { const e = Math.floor(Math.log10(x)); const m = Number((x / 10 ** e).toFixed(2)); return m === 1 ? `10^{${e}}` : `${m} \\times 10^{${e}}`; };

/** Anions and the gas dilute H₂SO₄ liberates: salt formula (TeX), anion, gas, the gas's test (index into GAS_TESTS). */
export const ANION_SALTS = [
  ['Na_2CO_3', 'CO_3^{2-}', 'CO_2', 0], ['CaCO_3', 'CO_3^{2-}', 'CO_2', 0], ['Na_2SO_3', 'SO_3^{2-}', 'SO_2', 1], ['K_2SO_3', 'SO_3^{2-}', 'SO_2', 1],
  ['Na_2S', 'S^{2-}', 'H_2S', 2], ['K_2S', 'S^{2-}', 'H_2S', 2], ['NaNO_2', 'NO_2^-', 'NO_2', 3], ['KNO_2', 'NO_2^-', 'NO_2', 3],
  ['CH_3COONa', 'CH_3COO^-', 'CH_3COOH', 4], ['(CH_3COO)_2Ca', 'CH_3COO^-', 'CH_3COOH', 4], ['ZnCO_3', 'CO_3^{2-}', 'CO_2', 0], ['MgCO_3', 'CO_3^{2-}', 'CO_2', 0],
] as const;
export const GAS_TESTS = [
  ['turns lime water milky', 'चूने के पानी को दूधिया करती है'], ['turns acidified K₂Cr₂O₇ paper green', 'अम्लीकृत K₂Cr₂O₇ पत्र को हरा करती है'],
  ['turns lead acetate paper black', 'लेड ऐसीटेट पत्र को काला करती है'], ['is brown and turns starch–KI paper blue', 'भूरी है और स्टार्च–KI पत्र को नीला करती है'],
  ['smells of vinegar', 'सिरके जैसी गंध देती है'],
] as const;

const countSpec = (o: Omit<NumericSpec, 'kind' | 'unit'> & { unit?: string }): NumericSpec => ({ kind: 'numeric', unit: '', ...o, mistakes: o.mistakes.filter((x) => Number.isInteger(x) && x >= 0) });

/** Compounds for the 2,4-DNP and sodium tests: CARBONYLS rows then PAIR_EXTRA rows (index ≥ CARBONYLS.length). */
const TEST_ROWS = CARBONYLS.length + PAIR_EXTRA.length;
const testRow = (i: number) => (i < CARBONYLS.length ? cb(i) : PAIR_EXTRA[i - CARBONYLS.length]!);
/** Rows with an aldehyde or ketone C=O (orange 2,4-DNP derivative), and rows with an O–H (H₂ with Na), by hand. */
export const DNP_ROWS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 19, 21] as const;
export const OH_ROWS = [10, 11, 12, 13, 14, 16, 17, 20, 23, 24, 27, 28, 29] as const;

const carbonylTestsEthersDiazo: GeneratorDef[] = [
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
    asks: [{ en: 'reactivity towards nucleophilic addition (judged by the extent of hydration in water)', hi: 'नाभिकरागी योगज के प्रति अभिक्रियाशीलता (जल में जलयोजन की सीमा से)', ascending: true }], fmt: (v) => `$K_{hyd} = ${v >= 1e4 ? sci(v) : v}$`,
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

const DIAZO_WHY = 'Diazonium salts are made from primary aromatic amines with NaNO₂/HCl at 273–278 K; N₂ is an excellent leaving group, so the ring carbon takes Cl, Br or CN (Cu(I) salts, Sandmeyer; Cu powder, Gattermann), I (KI alone), F (via the tetrafluoroborate, Balz–Schiemann), OH (warm water), H (H₃PO₂) or NO₂ (NaNO₂/Cu); the substituent already on the ring is untouched.';
const DIAZO_WHY_HI = 'डाइऐज़ोनियम लवण प्राथमिक ऐरोमैटिक ऐमीनों से 273–278 K पर NaNO₂/HCl द्वारा बनते हैं; N₂ उत्कृष्ट अवशिष्ट समूह है, अतः वलय कार्बन Cl, Br या CN (Cu(I) लवण, सैन्डमायर; Cu चूर्ण, गाटरमान), I (केवल KI), F (टेट्राफ़्लुओरोबोरेट द्वारा, बाल्ज़–शीमान), OH (गर्म जल), H (H₃PO₂) या NO₂ (NaNO₂/Cu) ले लेता है; वलय पर पहले से उपस्थित प्रतिस्थापी अप्रभावित रहता है।';

/** A random sequence of DNA bases of length n from the generator's draws. */
const bases = (codes: readonly number[]) => codes.map((c) => 'ATGC'[c]!).join('');
const SEQ_KEYS = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9', 'b10', 'b11'] as const;
const seqParams = (codes: readonly number[]) => Object.fromEntries(codes.map((c, k) => [SEQ_KEYS[k]!, c]));
const reverse = (s: string) => [...s].reverse().join('');
const toRna = (s: string) => s.replace(/T/g, 'U');

const diazoNucleicSalt: GeneratorDef[] = [
  {
    id: 'c.nit.diazonium-reagents', subject: C, concepts: ['C.NIT.DIAZO'], difficulty: 3,
    build(rng) {
      const a = rng.int(0, ARYLS.length - 1);
      const r = rng.int(0, DIAZO_REAGENTS.length - 1);
      const [reagent, x, name, nameHi] = DIAZO_REAGENTS[r]!;
      const correct = tex(arylProduct(a, x));
      const pool = [...new Set(DIAZO_REAGENTS.map(([, y]) => tex(arylProduct(a, y))).filter((t) => t !== correct))];
      const salt = `${ARYLS[a]![1]}N_2^+Cl^-`;
      return choice({
        params: { a, r },
        text: `${tex(salt)} is treated with ${tex(reagent)}. The main organic product is`,
        correct, distractors: rng.shuffle(pool).slice(0, 3),
        solution: `${DIAZO_WHY} Here: ${name}, giving ${correct}.`,
        hi: { text: `${tex(salt)} की ${tex(reagent)} से अभिक्रिया कराई जाती है। मुख्य कार्बनिक उत्पाद है`, solution: `${DIAZO_WHY_HI} यहाँ: ${nameHi}, उत्पाद ${correct}।` },
      });
    },
  },
  formula({ id: 'c.nit.diazo-sequence-yield', subject: C, concepts: ['C.NIT.DIAZO', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { m: [4.65, 9.3, 18.6], r: range(0, SEQUENCES.length - 1), y1: [80, 85, 90, 95], y2: [60, 70, 75, 80] },
    text: (v) => `${v.m} g of aniline is diazotised (NaNO₂/HCl, 273 K) with ${v.y1} % yield and the diazonium salt is treated with ${tex(DIAZO_REAGENTS[SEQUENCES[v.r]!][0])}, which converts it with ${v.y2} % yield. Find the mass of ${tex(arylProduct(0, DIAZO_REAGENTS[SEQUENCES[v.r]!][1]))} obtained (C = 12, H = 1, N = 14, O = 16, Cl = 35.5, Br = 80, I = 127).`,
    unit: 'g',
    answer: sequenceMass,
    mistakes: (v) => [sequenceMass({ ...v, y1: 100, y2: 100 }), sequenceMass({ ...v, y2: 100 }), (sequenceMass(v) * 100) / v.y1, ((v.m / ANILINE) * ((v.y1 + v.y2) / 200)) * formulaMass(arylProduct(0, DIAZO_REAGENTS[SEQUENCES[v.r]!][1]))],
    solution: (v) => { const f = arylProduct(0, DIAZO_REAGENTS[SEQUENCES[v.r]!][1]); return `Moles of aniline $= ${v.m}/93$; one mole of product per mole of aniline through the diazonium salt, so moles of ${tex(f)} $= \\frac{${v.m}}{93} \\times ${v.y1 / 100} \\times ${v.y2 / 100}$ (yields multiply, they do not add); mass $= n \\times ${formulaMass(f)}$ g.`; },
    hi: {
      text: (v) => `${v.m} g ऐनिलीन का ${v.y1} % लब्धि के साथ डाइऐज़ोटीकरण (NaNO₂/HCl, 273 K) किया जाता है और डाइऐज़ोनियम लवण की ${tex(DIAZO_REAGENTS[SEQUENCES[v.r]!][0])} से अभिक्रिया कराई जाती है जो इसे ${v.y2} % लब्धि से परिवर्तित करती है। प्राप्त ${tex(arylProduct(0, DIAZO_REAGENTS[SEQUENCES[v.r]!][1]))} का द्रव्यमान ज्ञात कीजिए (C = 12, H = 1, N = 14, O = 16, Cl = 35.5, Br = 80, I = 127)।`,
      solution: (v) => { const f = arylProduct(0, DIAZO_REAGENTS[SEQUENCES[v.r]!][1]); return `ऐनिलीन के मोल $= ${v.m}/93$; डाइऐज़ोनियम लवण से होकर प्रति मोल ऐनिलीन एक मोल उत्पाद, अतः ${tex(f)} के मोल $= \\frac{${v.m}}{93} \\times ${v.y1 / 100} \\times ${v.y2 / 100}$ (लब्धियाँ गुणा होती हैं, जुड़ती नहीं); द्रव्यमान $= n \\times ${formulaMass(f)}$ g।`; },
    },
    result: [1, 40] }),
  {
    id: 'c.nit.azo-coupling', subject: C, concepts: ['C.NIT.DIAZO', 'C.HC.AROMATIC'], difficulty: 3,
    build(rng) {
      const c = rng.int(0, COUPLING.length - 1);
      const pos = COUPLING_POS[c]!;
      const all = [4, 2, 3, 0];
      const wrong = all.filter((p) => p !== pos);
      const medium = c === 0 || c >= 3 ? 'in alkaline solution' : 'in weakly acidic solution';
      const mediumHi = c === 0 || c >= 3 ? 'क्षारीय विलयन में' : 'दुर्बल अम्लीय विलयन में';
      return choice({
        params: { c },
        text: `Benzenediazonium chloride is treated with ${COUPLING[c]![0]} ${medium} at 273–278 K. The product is`,
        correct: couplingName(c, pos), distractors: wrong.map((p) => couplingName(c, p)),
        solution: 'The diazonium ion is a weak electrophile: it attacks only rings activated by OH (as phenoxide) or NH₂/NR₂, at the para position, or ortho when para is occupied. Nitrobenzene or benzoic acid (deactivated rings) do not couple.',
        hi: { text: `बेन्ज़ीनडाइऐज़ोनियम क्लोराइड की ${COUPLING[c]![1]} से ${mediumHi} 273–278 K पर अभिक्रिया कराई जाती है। उत्पाद है`, solution: 'डाइऐज़ोनियम आयन दुर्बल इलेक्ट्रॉनरागी है: यह केवल OH (फ़ीनॉक्साइड के रूप में) या NH₂/NR₂ द्वारा सक्रियित वलयों पर पैरा स्थिति पर, और पैरा भरी हो तो ऑर्थो पर आक्रमण करता है। नाइट्रोबेन्ज़ीन या बेन्ज़ोइक अम्ल (निष्क्रियित वलय) युग्मन नहीं करते।', correct: couplingNameHi(c, pos), distractors: wrong.map((p) => couplingNameHi(c, p)) },
      });
    },
  },
  {
    id: 'c.bio.dna-hydrogen-bonds', subject: C, concepts: ['C.BIO.NUCLEIC'], difficulty: 3,
    build(rng) {
      const len = rng.int(8, 12);
      const codes = Array.from({ length: len }, () => rng.int(0, 3));
      const seq = bases(codes);
      const value = hBonds(seq);
      const gc = [...seq].filter((b) => b === 'G' || b === 'C').length;
      return {
        kind: 'numeric', params: { len, ...seqParams(codes) }, value, unit: '', result: [16, 36],
        mistakes: [2 * len, 3 * len, 2 * len + 3 * gc, len + gc, 2 * value],
        text: `One strand of a double-stranded DNA segment reads 5′-${seq}-3′. How many hydrogen bonds hold the two strands of this segment together?`,
        solution: `A pairs with T by two hydrogen bonds and G with C by three. The strand has ${len - gc} A/T and ${gc} G/C bases: $2 \\times ${len - gc} + 3 \\times ${gc} = ${value}$.`,
        hi: { text: `द्विरज्जुक DNA खंड का एक रज्जुक 5′-${seq}-3′ है। इस खंड के दोनों रज्जुकों को कितने हाइड्रोजन आबंध जोड़े रखते हैं?`, solution: `A, T से दो हाइड्रोजन आबंधों द्वारा और G, C से तीन द्वारा युग्मित होता है। रज्जुक में ${len - gc} A/T और ${gc} G/C क्षारक हैं: $2 \\times ${len - gc} + 3 \\times ${gc} = ${value}$।` },
      };
    },
  },
  {
    id: 'c.bio.complementary-strand', subject: C, concepts: ['C.BIO.NUCLEIC'], difficulty: 3,
    build(rng) {
      const len = rng.int(6, 9);
      let codes: number[] = [];
      let seq = '';
      // A strand that is not its own reverse or reverse complement, with A and T (so every slip shows).
      for (let tries = 0; tries < 100; tries++) {
        codes = Array.from({ length: len }, () => rng.int(0, 3));
        seq = bases(codes);
        if (seq !== reverse(seq) && seq !== reverse(complementOf(seq)) && complementOf(seq) !== reverse(complementOf(seq)) && /A/.test(seq) && /T/.test(seq)) break;
      }
      const w = rng.int(0, 1);
      const comp = complementOf(seq);
      const fmt = (s: string) => `5′-${s}-3′`;
      const correct = w === 0 ? fmt(reverse(comp)) : fmt(toRna(reverse(comp)));
      // Named slips: not reversed (parallel strands), the given strand copied, purine paired with purine (A–G, T–C).
      const misPaired = reverse([...seq].map((b) => ({ A: 'G', G: 'A', T: 'C', C: 'T' })[b]!).join(''));
      const distractors = w === 0 ? [fmt(comp), fmt(seq), fmt(reverse(seq)), fmt(toRna(reverse(comp))), fmt(misPaired)] : [fmt(toRna(comp)), fmt(toRna(seq)), fmt(reverse(comp)), fmt(toRna(reverse(seq))), fmt(toRna(misPaired))];
      return choice({
        params: { len, w, ...seqParams(codes) },
        text: w === 0 ? `A DNA strand reads ${fmt(seq)}. Its complementary strand, written 5′ → 3′, is` : `The template strand of a gene reads ${fmt(seq)}. The mRNA transcribed from it, written 5′ → 3′, is`,
        correct, distractors,
        solution: `Strands pair antiparallel: A–T (A–U in RNA) and G–C. Pair base by base (${comp} read 3′ → 5′) and reverse it to write 5′ → 3′${w === 1 ? '; RNA has U in place of T' : ''}: ${correct}.`,
        hi: { text: w === 0 ? `एक DNA रज्जुक ${fmt(seq)} है। इसका पूरक रज्जुक, 5′ → 3′ लिखा गया, है` : `एक जीन का टेम्पलेट रज्जुक ${fmt(seq)} है। इससे अनुलेखित mRNA, 5′ → 3′ लिखा गया, है`, solution: `रज्जुक प्रतिसमांतर युग्मित होते हैं: A–T (RNA में A–U) और G–C। क्षारक-दर-क्षारक युग्मित कीजिए (${comp}, 3′ → 5′ पढ़ा गया) और 5′ → 3′ लिखने के लिए उलटिए${w === 1 ? '; RNA में T के स्थान पर U होता है' : ''}: ${correct}।` },
      });
    },
  },
  formula({ id: 'c.bio.dna-composition', subject: C, concepts: ['C.BIO.NUCLEIC', 'C.BASIC.MOLE'], difficulty: 4,
    vars: { N: [200, 400, 500, 800, 1000, 1200], a: range(15, 35), w: [0, 1, 2] },
    text: (v) => `A linear double-stranded DNA molecule has ${v.N} base pairs, and ${v.a} % of its bases are adenine. Find ${['the total number of hydrogen bonds between the strands', 'the number of guanine bases', 'the number of phosphodiester bonds'][v.w]}.`,
    unit: '',
    answer: (v) => { const A = (2 * v.N * v.a) / 100; const G = v.N - A; return [2 * A + 3 * G, G, 2 * (v.N - 1)][v.w]!; },
    mistakes: (v) => { const A = (2 * v.N * v.a) / 100; const G = v.N - A; return v.w === 0 ? [2 * v.N + A, 3 * A + 2 * G, 2.5 * v.N, 2 * (2 * A + 3 * G)] : v.w === 1 ? [v.N - A / 2, A, 2 * G, (v.N * (50 - v.a)) / 100] : [2 * v.N, v.N - 1, 2 * v.N - 1, 4 * v.N]; },
    solution: (v) => { const A = (2 * v.N * v.a) / 100; const G = v.N - A; return `${2 * v.N} bases in all; A = T = ${A} and G = C = $${v.N} - ${A} = ${G}$ (Chargaff). A–T pairs hold by 2 hydrogen bonds and G–C by 3: $2 \\times ${A} + 3 \\times ${G}$; each strand of ${v.N} nucleotides has ${v.N} − 1 phosphodiester bonds, two strands $2(${v.N} - 1)$.`; },
    hi: {
      text: (v) => `एक रैखिक द्विरज्जुक DNA अणु में ${v.N} क्षारक युग्म हैं और इसके ${v.a} % क्षारक ऐडेनीन हैं। ${['रज्जुकों के बीच हाइड्रोजन आबंधों की कुल संख्या', 'ग्वानीन क्षारकों की संख्या', 'फ़ॉस्फ़ोडाइएस्टर आबंधों की संख्या'][v.w]} ज्ञात कीजिए।`,
      solution: (v) => { const A = (2 * v.N * v.a) / 100; const G = v.N - A; return `कुल ${2 * v.N} क्षारक; A = T = ${A} और G = C = $${v.N} - ${A} = ${G}$ (शार्गाफ़)। A–T युग्म 2 और G–C युग्म 3 हाइड्रोजन आबंधों से जुड़ते हैं: $2 \\times ${A} + 3 \\times ${G}$; ${v.N} न्यूक्लियोटाइड वाले प्रत्येक रज्जुक में ${v.N} − 1 फ़ॉस्फ़ोडाइएस्टर आबंध, दो रज्जुकों में $2(${v.N} - 1)$।`; },
    },
    result: [60, 3600] }),
  formula({ id: 'c.prac.gravimetric-precipitate', subject: C, concepts: ['C.PRAC.SALT', 'C.BASIC.STOICH'], difficulty: 2,
    vars: { i: range(0, GRAVIMETRIC.length - 1), m: [0.5, 1, 1.5, 2] },
    text: (v) => `${v.m} g of $\\mathrm{${GRAVIMETRIC[v.i]![0]}}$ (M = ${GRAVIMETRIC[v.i]![1]} g/mol) is dissolved in water and treated with excess ${GRAVIMETRIC[v.i]![3] === 0 ? 'acidified $\\mathrm{AgNO_3}$' : '$\\mathrm{BaCl_2}$ in dilute HCl'}. Find the mass of the precipitate (Ag = 108, Ba = 137, Cl = 35.5, Br = 80, I = 127, S = 32, O = 16).`,
    unit: 'g',
    answer: gravMass,
    mistakes: (v) => { const [, M, k] = GRAVIMETRIC[v.i]!; const P = precipitate(v.i)[1]; return [(v.m / M) * P, (v.m / M) * k * (P - (GRAVIMETRIC[v.i]![3] === 0 ? 108 : 137)), (v.m * P) / (M * k * 2), (v.m / M) * k * (P + 16)]; },
    solution: (v) => { const [f, M, k] = GRAVIMETRIC[v.i]!; const [p, P] = precipitate(v.i); return `Each $\\mathrm{${f}}$ gives ${k} $\\mathrm{${p}}$ (${P} g/mol): mass $= \\frac{${v.m}}{${M}} \\times ${k} \\times ${P}$ g.`; },
    hi: {
      text: (v) => `$\\mathrm{${GRAVIMETRIC[v.i]![0]}}$ (M = ${GRAVIMETRIC[v.i]![1]} g/mol) के ${v.m} g को जल में घोलकर आधिक्य ${GRAVIMETRIC[v.i]![3] === 0 ? 'अम्लीकृत $\\mathrm{AgNO_3}$' : 'तनु HCl में $\\mathrm{BaCl_2}$'} मिलाया जाता है। अवक्षेप का द्रव्यमान ज्ञात कीजिए (Ag = 108, Ba = 137, Cl = 35.5, Br = 80, I = 127, S = 32, O = 16)।`,
      solution: (v) => { const [f, M, k] = GRAVIMETRIC[v.i]!; const [p, P] = precipitate(v.i); return `प्रत्येक $\\mathrm{${f}}$ से ${k} $\\mathrm{${p}}$ (${P} g/mol): द्रव्यमान $= \\frac{${v.m}}{${M}} \\times ${k} \\times ${P}$ g।`; },
    },
    result: [0.2, 6] }),
  formula({ id: 'c.prac.group-two-acidity', subject: C, concepts: ['C.PRAC.SALT', 'C.EQ.KSP'], difficulty: 4,
    vars: { c: [0.01, 0.02, 0.05, 0.1], k: range(0, ZNS_KSP.length - 1) },
    text: (v) => `In group II analysis a solution ${v.c} M in $\\mathrm{Zn^{2+}}$ is saturated with $\\mathrm{H_2S}$ (0.1 M). Given $K_{a1}K_{a2}(\\mathrm{H_2S}) = 1.0 \\times 10^{-21}$ and $K_{sp}(\\mathrm{ZnS}) = ${sci(ZNS_KSP[v.k]!)}$, what is the minimum $[\\mathrm{H^+}]$ (in mol/L) that prevents ZnS from precipitating?`,
    unit: 'M',
    answer: minAcid,
    mistakes: (v) => [minAcid(v) ** 2, (1e-21 * 0.1 * v.c) / ZNS_KSP[v.k]!, Math.sqrt((1e-21 * v.c) / ZNS_KSP[v.k]!), minAcid(v) / 2],
    solution: (v) => `$[\\mathrm{S^{2-}}] = \\frac{K_{a1}K_{a2}[\\mathrm{H_2S}]}{[\\mathrm{H^+}]^2}$; ZnS stays dissolved while $[\\mathrm{Zn^{2+}}][\\mathrm{S^{2-}}] \\le K_{sp}$, so $[\\mathrm{H^+}]^2 \\ge \\frac{10^{-21} \\times 0.1 \\times ${v.c}}{${sci(ZNS_KSP[v.k]!)}}$ and $[\\mathrm{H^+}] \\ge ${minAcid(v).toFixed(3)}$ M. This is why group II is precipitated in dilute HCl and group IV only in ammoniacal solution.`,
    hi: {
      text: (v) => `समूह II विश्लेषण में $\\mathrm{Zn^{2+}}$ के ${v.c} M विलयन को $\\mathrm{H_2S}$ (0.1 M) से संतृप्त किया जाता है। दिया है $K_{a1}K_{a2}(\\mathrm{H_2S}) = 1.0 \\times 10^{-21}$ और $K_{sp}(\\mathrm{ZnS}) = ${sci(ZNS_KSP[v.k]!)}$; ZnS के अवक्षेपण को रोकने के लिए न्यूनतम $[\\mathrm{H^+}]$ (mol/L में) क्या है?`,
      solution: (v) => `$[\\mathrm{S^{2-}}] = \\frac{K_{a1}K_{a2}[\\mathrm{H_2S}]}{[\\mathrm{H^+}]^2}$; ZnS तब तक घुला रहता है जब तक $[\\mathrm{Zn^{2+}}][\\mathrm{S^{2-}}] \\le K_{sp}$, अतः $[\\mathrm{H^+}]^2 \\ge \\frac{10^{-21} \\times 0.1 \\times ${v.c}}{${sci(ZNS_KSP[v.k]!)}}$ और $[\\mathrm{H^+}] \\ge ${minAcid(v).toFixed(3)}$ M। इसीलिए समूह II तनु HCl में और समूह IV केवल अमोनियामय विलयन में अवक्षेपित होता है।`,
    },
    result: [0.01, 3] }),
  {
    id: 'c.prac.anion-gas-test', subject: C, concepts: ['C.PRAC.SALT'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, ANION_SALTS.length - 1);
      const w = rng.int(0, 1);
      const [salt, anion, gas, t] = ANION_SALTS[i]!;
      const gases = [...new Set(ANION_SALTS.map((r) => r[2]))];
      const wrongGas = rng.shuffle(gases.filter((g) => g !== gas)).slice(0, 3);
      const wrongTest = rng.shuffle(GAS_TESTS.map((_, k) => k).filter((k) => k !== t)).slice(0, 3);
      const solution = `Dilute $\\mathrm{H_2SO_4}$ converts $\\mathrm{${anion}}$ to its acid, which gives off $\\mathrm{${gas}}$: CO₂ turns lime water milky; SO₂ turns acidified dichromate green; H₂S blackens lead acetate paper; nitrite gives brown NO₂ that liberates I₂ from KI; acetate gives acetic acid vapour (vinegar smell).`;
      const solutionHi = `तनु $\\mathrm{H_2SO_4}$, $\\mathrm{${anion}}$ को उसके अम्ल में बदलता है जो $\\mathrm{${gas}}$ देता है: CO₂ चूने के पानी को दूधिया करती है; SO₂ अम्लीकृत डाइक्रोमेट को हरा करती है; H₂S लेड ऐसीटेट पत्र को काला करती है; नाइट्राइट भूरी NO₂ देता है जो KI से I₂ मुक्त करती है; ऐसीटेट ऐसीटिक अम्ल वाष्प (सिरके की गंध) देता है।`;
      if (w === 0) {
        return choice({
          params: { i, w },
          text: `The salt $\\mathrm{${salt}}$ is warmed with dilute $\\mathrm{H_2SO_4}$. The gas or vapour evolved is`,
          correct: tex(gas), distractors: wrongGas.map(tex), solution,
          hi: { text: `लवण $\\mathrm{${salt}}$ को तनु $\\mathrm{H_2SO_4}$ के साथ गर्म किया जाता है। निकलने वाली गैस या वाष्प है`, solution: solutionHi },
        });
      }
      return choice({
        params: { i, w },
        text: `The salt $\\mathrm{${salt}}$ is warmed with dilute $\\mathrm{H_2SO_4}$. The gas or vapour evolved`,
        correct: GAS_TESTS[t][0], distractors: wrongTest.map((k) => GAS_TESTS[k]![0]), solution,
        hi: { text: `लवण $\\mathrm{${salt}}$ को तनु $\\mathrm{H_2SO_4}$ के साथ गर्म किया जाता है। निकलने वाली गैस या वाष्प`, solution: solutionHi, correct: GAS_TESTS[t][1], distractors: wrongTest.map((k) => GAS_TESTS[k]![1]) },
      });
    },
  },
];

/** Alcohols, phenols, acids, amines, carbohydrates, amino acids, titration curves, carbonyl tests, ethers, diazonium salts, nucleic acids and salt analysis: further shapes. */
export const chemDepthOrganicDGenerators: GeneratorDef[] = [...alcoholsPhenols, ...aminesSugarsTitration, ...carbonylTestsEthersDiazo, ...diazoNucleicSalt];
