import { formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;

/** A monomer: English and Hindi names and a Kekulé SMILES (tests derive its groups and formula from it). */
export interface Monomer {
  en: string;
  hi: string;
  smiles: string;
}

export const MONOMERS = {
  ethene: { en: 'ethene', hi: 'एथीन', smiles: 'C=C' },
  propene: { en: 'propene', hi: 'प्रोपीन', smiles: 'C=CC' },
  styrene: { en: 'styrene', hi: 'स्टाइरीन', smiles: 'C=CC1=CC=CC=C1' },
  vinylChloride: { en: 'vinyl chloride', hi: 'वाइनिल क्लोराइड', smiles: 'C=CCl' },
  tfe: { en: 'tetrafluoroethene', hi: 'टेट्राफ्लुओरोएथीन', smiles: 'FC(F)=C(F)F' },
  acrylonitrile: { en: 'acrylonitrile', hi: 'ऐक्रिलोनाइट्राइल', smiles: 'C=CC#N' },
  mma: { en: 'methyl methacrylate', hi: 'मेथिल मेथैक्रिलेट', smiles: 'C=C(C)C(=O)OC' },
  isoprene: { en: 'isoprene (2-methylbuta-1,3-diene)', hi: 'आइसोप्रीन (2-मेथिलब्यूटा-1,3-डाईन)', smiles: 'C=CC(C)=C' },
  chloroprene: { en: 'chloroprene (2-chlorobuta-1,3-diene)', hi: 'क्लोरोप्रीन (2-क्लोरोब्यूटा-1,3-डाईन)', smiles: 'C=CC(Cl)=C' },
  butadiene: { en: 'buta-1,3-diene', hi: 'ब्यूटा-1,3-डाईन', smiles: 'C=CC=C' },
  hmda: { en: 'hexamethylenediamine', hi: 'हेक्सामेथिलीनडाइऐमीन', smiles: 'NCCCCCCN' },
  adipic: { en: 'adipic acid', hi: 'ऐडिपिक अम्ल', smiles: 'OC(=O)CCCCC(=O)O' },
  caprolactam: { en: 'caprolactam', hi: 'कैप्रोलैक्टम', smiles: 'O=C1CCCCCN1' },
  glycol: { en: 'ethylene glycol', hi: 'एथिलीन ग्लाइकॉल', smiles: 'OCCO' },
  terephthalic: { en: 'terephthalic acid', hi: 'टेरेफ्थैलिक अम्ल', smiles: 'OC(=O)C1=CC=C(C=C1)C(=O)O' },
  phthalic: { en: 'phthalic acid', hi: 'थैलिक अम्ल', smiles: 'OC(=O)C1=CC=CC=C1C(=O)O' },
  phenol: { en: 'phenol', hi: 'फ़ीनॉल', smiles: 'OC1=CC=CC=C1' },
  formaldehyde: { en: 'formaldehyde', hi: 'फ़ॉर्मैल्डिहाइड', smiles: 'C=O' },
  melamine: { en: 'melamine', hi: 'मेलैमीन', smiles: 'NC1=NC(N)=NC(N)=N1' },
  hydroxybutanoic: { en: '3-hydroxybutanoic acid', hi: '3-हाइड्रॉक्सीब्यूटेनोइक अम्ल', smiles: 'CC(O)CC(=O)O' },
  hydroxypentanoic: { en: '3-hydroxypentanoic acid', hi: '3-हाइड्रॉक्सीपेन्टेनोइक अम्ल', smiles: 'CCC(O)CC(=O)O' },
  glycine: { en: 'glycine', hi: 'ग्लाइसीन', smiles: 'NCC(=O)O' },
  aminocaproic: { en: '6-aminohexanoic acid', hi: '6-ऐमीनोहेक्सेनोइक अम्ल', smiles: 'NCCCCCC(=O)O' },
} as const satisfies Record<string, Monomer>;
type MonomerKey = keyof typeof MONOMERS;

export type PolymerClass = 'condensation' | 'addition' | 'copolymer' | 'elastomer' | 'biodegradable';

export interface Polymer {
  en: string;
  hi: string;
  monomers: readonly MonomerKey[];
  /** How it forms (addition: chain growth through C=C; condensation: a small molecule is lost or a ring opens). */
  growth: 'addition' | 'condensation';
  elastomer: boolean;
  biodegradable: boolean;
  /** A polymer students confuse it with (shared monomer, same family): the named distractor. */
  sister: number;
}

/** Polymers of the JEE syllabus with their monomers (NCERT Class XII, Polymers). */
export const POLYMERS: readonly Polymer[] = [
  { en: 'polythene', hi: 'पॉलिथीन', monomers: ['ethene'], growth: 'addition', elastomer: false, biodegradable: false, sister: 1 },
  { en: 'polypropene', hi: 'पॉलिप्रोपीन', monomers: ['propene'], growth: 'addition', elastomer: false, biodegradable: false, sister: 0 },
  { en: 'polystyrene', hi: 'पॉलिस्टाइरीन', monomers: ['styrene'], growth: 'addition', elastomer: false, biodegradable: false, sister: 9 },
  { en: 'PVC (polyvinyl chloride)', hi: 'PVC (पॉलिवाइनिल क्लोराइड)', monomers: ['vinylChloride'], growth: 'addition', elastomer: false, biodegradable: false, sister: 4 },
  { en: 'Teflon', hi: 'टेफ्लॉन', monomers: ['tfe'], growth: 'addition', elastomer: false, biodegradable: false, sister: 3 },
  { en: 'PAN (Orlon)', hi: 'PAN (ऑरलॉन)', monomers: ['acrylonitrile'], growth: 'addition', elastomer: false, biodegradable: false, sister: 10 },
  { en: 'PMMA (Perspex)', hi: 'PMMA (पर्सपेक्स)', monomers: ['mma'], growth: 'addition', elastomer: false, biodegradable: false, sister: 5 },
  { en: 'natural rubber', hi: 'प्राकृतिक रबर', monomers: ['isoprene'], growth: 'addition', elastomer: true, biodegradable: false, sister: 8 },
  { en: 'neoprene', hi: 'निओप्रीन', monomers: ['chloroprene'], growth: 'addition', elastomer: true, biodegradable: false, sister: 7 },
  { en: 'Buna-S', hi: 'ब्यूना-S', monomers: ['butadiene', 'styrene'], growth: 'addition', elastomer: true, biodegradable: false, sister: 10 },
  { en: 'Buna-N', hi: 'ब्यूना-N', monomers: ['butadiene', 'acrylonitrile'], growth: 'addition', elastomer: true, biodegradable: false, sister: 9 },
  { en: 'Nylon-6,6', hi: 'नाइलॉन-6,6', monomers: ['hmda', 'adipic'], growth: 'condensation', elastomer: false, biodegradable: false, sister: 12 },
  { en: 'Nylon-6', hi: 'नाइलॉन-6', monomers: ['caprolactam'], growth: 'condensation', elastomer: false, biodegradable: false, sister: 18 },
  { en: 'Terylene (Dacron)', hi: 'टेरिलीन (डेक्रॉन)', monomers: ['glycol', 'terephthalic'], growth: 'condensation', elastomer: false, biodegradable: false, sister: 14 },
  { en: 'Glyptal', hi: 'ग्लिप्टल', monomers: ['glycol', 'phthalic'], growth: 'condensation', elastomer: false, biodegradable: false, sister: 13 },
  { en: 'Bakelite', hi: 'बैकेलाइट', monomers: ['phenol', 'formaldehyde'], growth: 'condensation', elastomer: false, biodegradable: false, sister: 16 },
  { en: 'melamine–formaldehyde polymer', hi: 'मेलैमीन–फ़ॉर्मैल्डिहाइड बहुलक', monomers: ['melamine', 'formaldehyde'], growth: 'condensation', elastomer: false, biodegradable: false, sister: 15 },
  { en: 'PHBV', hi: 'PHBV (पॉली-β-हाइड्रॉक्सीब्यूटिरेट-co-β-हाइड्रॉक्सीवैलेरेट)', monomers: ['hydroxybutanoic', 'hydroxypentanoic'], growth: 'condensation', elastomer: false, biodegradable: true, sister: 18 },
  { en: 'Nylon-2–nylon-6', hi: 'नाइलॉन-2–नाइलॉन-6', monomers: ['glycine', 'aminocaproic'], growth: 'condensation', elastomer: false, biodegradable: true, sister: 12 },
];

const joinEn = (ms: readonly MonomerKey[]) => ms.map((m) => MONOMERS[m].en).join(' and ');
const joinHi = (ms: readonly MonomerKey[]) => ms.map((m) => MONOMERS[m].hi).join(' और ');
/** Monomer set of polymer p as the option text (English / Hindi). */
export const monomerText = (p: number) => joinEn(POLYMERS[p]!.monomers);
export const monomerTextHi = (p: number) => joinHi(POLYMERS[p]!.monomers);

/**
 * Distractor monomer sets for p: the sister's, then for a copolymer its first monomer alone (one
 * partner of the pair taken for the whole set), then other polymers' in the given order.
 */
function distractorSets(p: number, others: readonly number[]): { en: string; hi: string }[] {
  const poly = POLYMERS[p]!;
  const out = [{ en: monomerText(poly.sister), hi: monomerTextHi(poly.sister) }];
  if (poly.monomers.length > 1) out.push({ en: MONOMERS[poly.monomers[0]!].en, hi: MONOMERS[poly.monomers[0]!].hi });
  for (const q of others) if (q !== p) out.push({ en: monomerText(q), hi: monomerTextHi(q) });
  return out;
}

const CLASS_TEXT: Record<PolymerClass, { en: string; hi: string }> = {
  condensation: { en: 'condensation polymer(s)', hi: 'संघनन बहुलक' },
  addition: { en: 'addition polymer(s)', hi: 'योगज बहुलक' },
  copolymer: { en: 'copolymer(s)', hi: 'सहबहुलक' },
  elastomer: { en: 'elastomer(s)', hi: 'प्रत्यास्थ बहुलक' },
  biodegradable: { en: 'biodegradable polymer(s)', hi: 'जैव-निम्नीकरणीय बहुलक' },
};
export const CLASSES = Object.keys(CLASS_TEXT) as PolymerClass[];

/** Whether polymer p belongs to the class (the generator's table; tests re-derive it from SMILES). */
export function inClass(p: number, c: PolymerClass): boolean {
  const poly = POLYMERS[p]!;
  if (c === 'condensation' || c === 'addition') return poly.growth === c;
  if (c === 'copolymer') return poly.monomers.length > 1;
  return poly[c];
}

function classReason(p: number): { en: string; hi: string } {
  const poly = POLYMERS[p]!;
  const tags = [poly.growth === 'addition' ? ['addition', 'योगज'] : ['condensation', 'संघनन'], poly.monomers.length > 1 ? ['copolymer', 'सहबहुलक'] : ['homopolymer', 'समबहुलक']];
  if (poly.elastomer) tags.push(['elastomer', 'प्रत्यास्थ बहुलक']);
  if (poly.biodegradable) tags.push(['biodegradable', 'जैव-निम्नीकरणीय']);
  return {
    en: `${poly.en} ← ${joinEn(poly.monomers)}: ${tags.map((t) => t[0]).join(', ')}`,
    hi: `${poly.hi} ← ${joinHi(poly.monomers)}: ${tags.map((t) => t[1]).join(', ')}`,
  };
}

/** Linear condensation copolymers made 1 : 1 from a diamine/diol and a diacid: [polymer, monomer A, monomer B, M(A), M(B)]. */
export const STEP_PAIRS = [
  [11, 'hmda', 'adipic', 116, 146],
  [13, 'glycol', 'terephthalic', 62, 166],
  [14, 'glycol', 'phthalic', 62, 166],
] as const;
const pair = (i: number) => STEP_PAIRS[i]!;
/** Mass (g) of polymer from the limiting monomer: one repeat unit per pair, two H₂O lost per repeat unit. */
export function polymerMass(v: { i: number; a: number; b: number }, water = 2, limiting = true): number {
  const [, , , Ma, Mb] = pair(v.i);
  const n = limiting ? Math.min(v.a / Ma, v.b / Mb) : Math.max(v.a / Ma, v.b / Mb);
  return n * (Ma + Mb - 18 * water);
}

/** The values, in order, that stay more than 3 % away from the answer and from each other. */
function apart(answer: number, values: readonly number[]): number[] {
  const kept: number[] = [];
  for (const x of values) if ([answer, ...kept].every((y) => Math.abs(x - y) > 0.03 * Math.max(x, y))) kept.push(x);
  return kept;
}

/** Polymers: monomer ↔ polymer, classification, and the mass balance of condensation. */
export const chemDepthPolymerGenerators: GeneratorDef[] = [
  {
    id: 'c.polymer.monomer-of', subject: C, concepts: ['C.POLYMER'], difficulty: 3,
    build(rng) {
      const p = rng.int(0, POLYMERS.length - 1);
      const dir = rng.int(0, 1);
      const poly = POLYMERS[p]!;
      const others = rng.shuffle(range(0, POLYMERS.length - 1).filter((q) => q !== p && q !== poly.sister));
      if (dir === 0) {
        const sets = distractorSets(p, others);
        return choice({
          params: { p, dir },
          text: `The monomer(s) of ${poly.en} is/are`,
          correct: monomerText(p), distractors: sets.map((s) => s.en),
          solution: `${classReason(p).en}. Common slips: the monomers of ${POLYMERS[poly.sister]!.en} (${monomerText(poly.sister)})${poly.monomers.length > 1 ? `, or only one partner of the pair` : ''}.`,
          hi: { text: `${poly.hi} का/के एकलक है/हैं`, correct: monomerTextHi(p), distractors: sets.map((s) => s.hi),
            solution: `${classReason(p).hi}। सामान्य भूलें: ${POLYMERS[poly.sister]!.hi} के एकलक (${monomerTextHi(poly.sister)})${poly.monomers.length > 1 ? ', या युग्म का केवल एक एकलक' : ''}।` },
        });
      }
      // Reverse: from the monomer set to the polymer; the sister and polymers sharing a monomer come first.
      const share = others.filter((q) => POLYMERS[q]!.monomers.some((m) => poly.monomers.includes(m)));
      const rest = [poly.sister, ...share, ...others.filter((q) => !share.includes(q))];
      return choice({
        params: { p, dir },
        text: `A polymer is made from ${monomerText(p)} as its only monomer${poly.monomers.length > 1 ? 's' : ''}. The polymer is`,
        correct: poly.en, distractors: rest.map((q) => POLYMERS[q]!.en),
        solution: `${classReason(p).en}. Polymers often confused with it: ${rest.slice(0, 2).map((q) => `${POLYMERS[q]!.en} ← ${monomerText(q)}`).join('; ')}.`,
        hi: { text: `एक बहुलक केवल ${monomerTextHi(p)} ${poly.monomers.length > 1 ? 'एकलकों' : 'एकलक'} से बनता है। वह बहुलक है`, correct: poly.hi, distractors: rest.map((q) => POLYMERS[q]!.hi),
          solution: `${classReason(p).hi}। प्रायः इससे भ्रमित होने वाले बहुलक: ${rest.slice(0, 2).map((q) => `${POLYMERS[q]!.hi} ← ${monomerTextHi(q)}`).join('; ')}।` },
      });
    },
  },
  {
    id: 'c.polymer.classify', subject: C, concepts: ['C.POLYMER'], difficulty: 4,
    build(rng) {
      const c = rng.int(0, CLASSES.length - 1);
      const cls = CLASSES[c]!;
      // Four polymers with at least one in the class and at least one outside it.
      // Natural rubber degrades slowly in soil, so it is left out of a biodegradability question.
      const pool = range(0, POLYMERS.length - 1).filter((p) => cls !== 'biodegradable' || POLYMERS[p]!.en !== 'natural rubber');
      let ps: number[];
      do ps = rng.shuffle(pool).slice(0, 4);
      while (!ps.some((p) => inClass(p, cls)) || ps.every((p) => inClass(p, cls)));
      const params: Record<string, number> = { c };
      ps.forEach((p, k) => { params[`p${k}`] = p; });
      const rule = {
        condensation: ['monomers with two reacting groups (COOH with NH₂ or OH, HCHO with phenol or NH₂, or a ring-opening lactam) link with loss of H₂O (a lactam ring opens to the same amide chain)', 'दो अभिक्रियाशील समूहों वाले एकलक (COOH के साथ NH₂ या OH, HCHO के साथ फ़ीनॉल या NH₂, या वलय खुलने वाला लैक्टम) H₂O के निष्कासन से जुड़ते हैं (लैक्टम वलय खुलकर वही ऐमाइड श्रृंखला देता है)'],
        addition: ['every monomer carries a C=C that opens in chain growth, with nothing eliminated', 'प्रत्येक एकलक में C=C है जो श्रृंखला वृद्धि में खुलता है, कुछ निष्कासित नहीं होता'],
        copolymer: ['more than one distinct monomer', 'एक से अधिक भिन्न एकलक'],
        elastomer: ['rubber-like polymers with weak intermolecular forces (natural rubber, neoprene, Buna-S, Buna-N)', 'दुर्बल अंतराअणुक बलों वाले रबर जैसे बहुलक (प्राकृतिक रबर, निओप्रीन, ब्यूना-S, ब्यूना-N)'],
        biodegradable: ['aliphatic polyesters and polyamides of hydroxy/amino acids that microbes break down (PHBV, nylon-2–nylon-6)', 'हाइड्रॉक्सी/ऐमीनो अम्लों के ऐलिफ़ैटिक पॉलिएस्टर और पॉलिऐमाइड जिन्हें सूक्ष्मजीव तोड़ देते हैं (PHBV, नाइलॉन-2–नाइलॉन-6)'],
      }[cls];
      return multi({
        params, text: `Which of the following is/are ${CLASS_TEXT[cls].en}?`,
        options: ps.map((p) => ({ text: POLYMERS[p]!.en, correct: inClass(p, cls) })),
        solution: `${CLASS_TEXT[cls].en[0]!.toUpperCase()}${CLASS_TEXT[cls].en.slice(1)}: ${rule[0]}. ${ps.map((p) => classReason(p).en).join('; ')}.`,
        hi: { text: `निम्नलिखित में से कौन-सा/से ${CLASS_TEXT[cls].hi} है/हैं?`, options: ps.map((p) => POLYMERS[p]!.hi),
          solution: `${CLASS_TEXT[cls].hi}: ${rule[1]}। ${ps.map((p) => classReason(p).hi).join('; ')}।` },
      });
    },
  },
  formula({ id: 'c.polymer.condensation-mass', subject: C, concepts: ['C.POLYMER', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { i: range(0, STEP_PAIRS.length - 1), a: range(10, 30, 5), b: range(10, 30, 5) },
    text: (v) => `${POLYMERS[pair(v.i)[0]]!.en} is made by condensing ${v.a} g of ${MONOMERS[pair(v.i)[1]].en} with ${v.b} g of ${MONOMERS[pair(v.i)[2]].en} until the limiting monomer is used up. Ignoring the chain ends, what mass (in g) of polymer forms? (H = 1, C = 12, N = 14, O = 16)`, unit: 'g',
    answer: (v) => polymerMass(v),
    // No water subtracted, one H₂O per repeat unit instead of two, the excess monomer taken as limiting
    // (kept only while it stays below the monomers' total mass); a slip that lands within 3 % of the
    // answer or of an earlier slip (near-equimolar monomers) is dropped for a fallback.
    mistakes: (v) => apart(polymerMass(v), [polymerMass(v, 0), polymerMass(v, 1), polymerMass(v, 2, false)].filter((x) => x < v.a + v.b)),
    solution: (v) => { const [P, A, B, Ma, Mb] = pair(v.i); return `$M(\\text{${MONOMERS[A].en}}) = ${Ma}$, $M(\\text{${MONOMERS[B].en}}) = ${Mb}$ g mol⁻¹. Moles: $\\frac{${v.a}}{${Ma}}$ and $\\frac{${v.b}}{${Mb}}$; the smaller limits. Each repeat unit of ${POLYMERS[P]!.en} joins one of each with two new linkages, losing 2 H₂O: $M_{\\text{repeat}} = ${Ma} + ${Mb} - 36 = ${Ma + Mb - 36}$. Mass $= n_{\\text{limiting}} \\times ${Ma + Mb - 36}$ g.`; },
    hi: { text: (v) => `${POLYMERS[pair(v.i)[0]]!.hi}, ${v.a} g ${MONOMERS[pair(v.i)[1]].hi} को ${v.b} g ${MONOMERS[pair(v.i)[2]].hi} के साथ तब तक संघनित करके बनाया जाता है जब तक सीमांत एकलक समाप्त न हो जाए। श्रृंखला के सिरों की उपेक्षा करते हुए बहुलक का कितना द्रव्यमान (g में) बनता है? (H = 1, C = 12, N = 14, O = 16)`,
      solution: (v) => { const [P, A, B, Ma, Mb] = pair(v.i); return `$M(\\text{${MONOMERS[A].hi}}) = ${Ma}$, $M(\\text{${MONOMERS[B].hi}}) = ${Mb}$ g mol⁻¹। मोल: $\\frac{${v.a}}{${Ma}}$ और $\\frac{${v.b}}{${Mb}}$; छोटा सीमांत है। ${POLYMERS[P]!.hi} की प्रत्येक पुनरावृत्त इकाई दोनों एकलकों को दो नए बंधों से जोड़ती है और 2 H₂O निकलते हैं: $M_{\\text{repeat}} = ${Ma} + ${Mb} - 36 = ${Ma + Mb - 36}$। द्रव्यमान $= n_{\\text{सीमांत}} \\times ${Ma + Mb - 36}$ g।`; } },
    result: [5, 60] }),
];
