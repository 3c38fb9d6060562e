import { C, powerTex, tex } from './chem-organic-builders.ts';
import { formula, range } from './formula.ts';
import { choice } from './spec.ts';
import type { GeneratorDef } from './types.ts';

// Diazonium salts, nucleic acids and salt analysis.

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

const DIAZO_WHY = 'Diazonium salts are made from primary aromatic amines with NaNO₂/HCl at 273–278 K; N₂ is an excellent leaving group, so the ring carbon takes Cl, Br or CN (Cu(I) salts, Sandmeyer; Cu powder, Gattermann), I (KI alone), F (via the tetrafluoroborate, Balz–Schiemann), OH (warm water), H (H₃PO₂) or NO₂ (NaNO₂/Cu); the substituent already on the ring is untouched.';
const DIAZO_WHY_HI = 'डाइऐज़ोनियम लवण प्राथमिक ऐरोमैटिक ऐमीनों से 273–278 K पर NaNO₂/HCl द्वारा बनते हैं; N₂ उत्कृष्ट अवशिष्ट समूह है, अतः वलय कार्बन Cl, Br या CN (Cu(I) लवण, सैन्डमायर; Cu चूर्ण, गाटरमान), I (केवल KI), F (टेट्राफ़्लुओरोबोरेट द्वारा, बाल्ज़–शीमान), OH (गर्म जल), H (H₃PO₂) या NO₂ (NaNO₂/Cu) ले लेता है; वलय पर पहले से उपस्थित प्रतिस्थापी अप्रभावित रहता है।';

/** A random sequence of DNA bases of length n from the generator's draws. */
const bases = (codes: readonly number[]) => codes.map((c) => 'ATGC'[c]!).join('');
const SEQ_KEYS = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9', 'b10', 'b11'] as const;
const seqParams = (codes: readonly number[]) => Object.fromEntries(codes.map((c, k) => [SEQ_KEYS[k]!, c]));
const reverse = (s: string) => [...s].reverse().join('');
const toRna = (s: string) => s.replace(/T/g, 'U');

export const diazoNucleicSalt: GeneratorDef[] = [
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
    text: (v) => `In group II analysis a solution ${v.c} M in $\\mathrm{Zn^{2+}}$ is saturated with $\\mathrm{H_2S}$ (0.1 M). Given $K_{a1}K_{a2}(\\mathrm{H_2S}) = 1.0 \\times 10^{-21}$ and $K_{sp}(\\mathrm{ZnS}) = ${powerTex(ZNS_KSP[v.k]!)}$, what is the minimum $[\\mathrm{H^+}]$ (in mol/L) that prevents ZnS from precipitating?`,
    unit: 'M',
    answer: minAcid,
    mistakes: (v) => [minAcid(v) ** 2, (1e-21 * 0.1 * v.c) / ZNS_KSP[v.k]!, Math.sqrt((1e-21 * v.c) / ZNS_KSP[v.k]!), minAcid(v) / 2],
    solution: (v) => `$[\\mathrm{S^{2-}}] = \\frac{K_{a1}K_{a2}[\\mathrm{H_2S}]}{[\\mathrm{H^+}]^2}$; ZnS stays dissolved while $[\\mathrm{Zn^{2+}}][\\mathrm{S^{2-}}] \\le K_{sp}$, so $[\\mathrm{H^+}]^2 \\ge \\frac{10^{-21} \\times 0.1 \\times ${v.c}}{${powerTex(ZNS_KSP[v.k]!)}}$ and $[\\mathrm{H^+}] \\ge ${minAcid(v).toFixed(3)}$ M. This is why group II is precipitated in dilute HCl and group IV only in ammoniacal solution.`,
    hi: {
      text: (v) => `समूह II विश्लेषण में $\\mathrm{Zn^{2+}}$ के ${v.c} M विलयन को $\\mathrm{H_2S}$ (0.1 M) से संतृप्त किया जाता है। दिया है $K_{a1}K_{a2}(\\mathrm{H_2S}) = 1.0 \\times 10^{-21}$ और $K_{sp}(\\mathrm{ZnS}) = ${powerTex(ZNS_KSP[v.k]!)}$; ZnS के अवक्षेपण को रोकने के लिए न्यूनतम $[\\mathrm{H^+}]$ (mol/L में) क्या है?`,
      solution: (v) => `$[\\mathrm{S^{2-}}] = \\frac{K_{a1}K_{a2}[\\mathrm{H_2S}]}{[\\mathrm{H^+}]^2}$; ZnS तब तक घुला रहता है जब तक $[\\mathrm{Zn^{2+}}][\\mathrm{S^{2-}}] \\le K_{sp}$, अतः $[\\mathrm{H^+}]^2 \\ge \\frac{10^{-21} \\times 0.1 \\times ${v.c}}{${powerTex(ZNS_KSP[v.k]!)}}$ और $[\\mathrm{H^+}] \\ge ${minAcid(v).toFixed(3)}$ M। इसीलिए समूह II तनु HCl में और समूह IV केवल अमोनियामय विलयन में अवक्षेपित होता है।`,
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
