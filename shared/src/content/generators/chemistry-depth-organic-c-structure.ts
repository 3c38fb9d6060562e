import { ALKENES_GI, CHIRAL_MOLS, MOLECULES, STEREO_MOLS } from './chem-data-organic.ts';
import { C, cap, countSpec, tableMulti, tex } from './chem-organic-builders.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

// Structure, isomerism and naming: bond and hybridisation counts, chiral centres, cis–trans and stereoisomer counts, locants and principal groups.

/** σ bonds = atoms − 1 + rings (a connected molecule); π = double bonds + 2 × triple bonds. */
const mol = (i: number) => MOLECULES[i]!;
export const sigmaOf = (i: number) => mol(i)[4] - 1 + mol(i)[5];
export const piOf = (i: number) => mol(i)[6] + 2 * mol(i)[7];
const HYB = [['sp', 'sp'], ['sp^2', 'sp^2'], ['sp^3', 'sp^3']] as const;
const hybCount = (i: number, h: number) => mol(i)[8 + h] as number;

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

export const structureIsomerismNaming: GeneratorDef[] = [
  {
    id: 'c.org.benzene-locants', subject: C, concepts: ['C.ORG.NOMEN', 'C.HC.AROMATIC'], difficulty: 2,
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

  {
    id: 'c.org.sigma-pi-count', subject: C, concepts: ['C.ORG.STRUCT', 'C.BOND.COVALENT'], difficulty: 2,
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
    id: 'c.org.hybridisation-count', subject: C, concepts: ['C.ORG.STRUCT', 'C.BOND.HYBRID'], difficulty: 2,
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
    id: 'c.org.structure-statements', subject: C, concepts: ['C.ORG.STRUCT', 'C.BOND.HYBRID'], difficulty: 4,
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
    id: 'c.org.chiral-centre-count', subject: C, concepts: ['C.ORG.ISOMERISM'], difficulty: 3,
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
    id: 'c.org.stereoisomer-count', subject: C, concepts: ['C.ORG.ISOMERISM', 'C.HC.ALKENE'], difficulty: 4,
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
    id: 'c.org.chain-locant-name', subject: C, concepts: ['C.ORG.NOMEN'], difficulty: 2,
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
    id: 'c.org.principal-group', subject: C, concepts: ['C.ORG.NOMEN'], difficulty: 3,
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

