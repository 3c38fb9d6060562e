/**
 * Reviewed organic data for the organic and practical chemistry generators. Each structure also
 * carries a SMILES string (Kekulé form, no aromatic lower case) so that tests can derive the
 * tabulated facts (classes, counts, reactivity) from the structure by an independent rule.
 */

/** Boiling points of alkanes at 1 atm (°C). */
export const ALKANE_BP = [
  ['CH_3CH_2CH_3', -42.1], ['CH_3(CH_2)_2CH_3', -0.5], ['(CH_3)_3CH', -11.7], ['CH_3(CH_2)_3CH_3', 36.1], ['(CH_3)_2CHCH_2CH_3', 27.7],
  ['C(CH_3)_4', 9.5], ['CH_3(CH_2)_4CH_3', 68.7], ['(CH_3)_2CH(CH_2)_2CH_3', 60.3], ['CH_3CH_2CH(CH_3)CH_2CH_3', 63.3],
  ['(CH_3)_3CCH_2CH_3', 49.7], ['(CH_3)_2CHCH(CH_3)_2', 58], ['CH_3(CH_2)_5CH_3', 98.4],
] as const;

/** Enthalpies of hydrogenation of alkenes (−ΔH, kJ/mol, gas phase): lower means a more stable alkene. */
export const HYDROGENATION_HEAT = [
  ['CH_2{=}CH_2', 137], ['CH_3CH{=}CH_2', 126], ['CH_3CH_2CH{=}CH_2', 127], ['\\textit{cis}\\text{-}CH_3CH{=}CHCH_3', 120],
  ['\\textit{trans}\\text{-}CH_3CH{=}CHCH_3', 116], ['(CH_3)_2C{=}CH_2', 119], ['(CH_3)_2C{=}CHCH_3', 113], ['(CH_3)_2C{=}C(CH_3)_2', 111],
  ['(CH_3)_2CHCH{=}CH_2', 127], ['CH_2{=}CHCH{=}CH_2', 239],
] as const;

/** Gas-phase dipole moments (D) of halogen compounds. */
export const HALIDE_DIPOLE = [
  ['CH_3F', 1.85], ['CH_3Cl', 1.87], ['CH_3Br', 1.81], ['CH_3I', 1.62], ['CH_2Cl_2', 1.6], ['CHCl_3', 1.04], ['CCl_4', 0],
  ['C_2H_5Cl', 2.05], ['CH_2{=}CHCl', 1.45], ['C_6H_5Cl', 1.69], ['o\\text{-}C_6H_4Cl_2', 2.5], ['p\\text{-}C_6H_4Cl_2', 0],
] as const;

/**
 * Rates of nitration relative to benzene (Ingold's competition experiments, mixed acid). The
 * separation of two entries is compared on a log scale.
 */
export const NITRATION_RATE = [
  ['C_6H_6', 1], ['C_6H_5CH_3', 24.5], ['C_6H_5C(CH_3)_3', 15.5], ['C_6H_5F', 0.15], ['C_6H_5Cl', 0.033], ['C_6H_5I', 0.18],
  ['C_6H_5CH_2Cl', 0.302], ['C_6H_5COOC_2H_5', 0.0037], ['C_6H_5NO_2', 6e-8],
] as const;

/**
 * Ring substituents: TeX, SMILES of the group (first atom bonded to the ring), inductive effect
 * (+1 releasing, −1 withdrawing), resonance effect (+1 donating, −1 withdrawing, 0 none), Hindi
 * name not needed (formulae are language-neutral).
 */
export const GROUPS = [
  ['-CH_3', 'C', 1, 0], ['-C_2H_5', 'CC', 1, 0], ['-OH', 'O', -1, 1], ['-OCH_3', 'OC', -1, 1], ['-NH_2', 'N', -1, 1], ['-NHCOCH_3', 'NC(=O)C', -1, 1],
  ['-Cl', 'Cl', -1, 1], ['-Br', 'Br', -1, 1], ['-F', 'F', -1, 1], ['-NO_2', '[N+](=O)[O-]', -1, -1], ['-CN', 'C#N', -1, -1], ['-CHO', 'C=O', -1, -1],
  ['-COOH', 'C(=O)O', -1, -1], ['-COCH_3', 'C(=O)C', -1, -1], ['-SO_3H', 'S(=O)(=O)O', -1, -1], ['-N(CH_3)_3^+', '[N+](C)(C)C', -1, 0], ['-CCl_3', 'C(Cl)(Cl)Cl', -1, 0],
] as const;

/** Alkynes: condensed formula (TeX), SMILES, whether it has an acetylenic (≡C–H) hydrogen. */
export const ALKYNES = [
  ['HC{\\equiv}CH', 'C#C', true], ['CH_3C{\\equiv}CH', 'CC#C', true], ['CH_3C{\\equiv}CCH_3', 'CC#CC', false], ['CH_3CH_2C{\\equiv}CH', 'CCC#C', true], ['CH_3CH_2C{\\equiv}CCH_3', 'CCC#CC', false],
  ['(CH_3)_2CHC{\\equiv}CH', 'CC(C)C#C', true], ['C_6H_5C{\\equiv}CH', 'C1=CC=CC=C1C#C', true], ['C_6H_5C{\\equiv}CCH_3', 'C1=CC=CC=C1C#CC', false], ['CH_3C{\\equiv}CCH_2CH_3', 'CC#CCC', false],
  ['(CH_3)_3CC{\\equiv}CH', 'CC(C)(C)C#C', true], ['CH_2{=}CHC{\\equiv}CH', 'C=CC#C', true], ['HC{\\equiv}CCH_2OH', 'C#CCO', true], ['CH_3C{\\equiv}CC{\\equiv}CCH_3', 'CC#CC#CC', false], ['(CH_3)_2CHC{\\equiv}CCH(CH_3)_2', 'CC(C)C#CC(C)C', false],
] as const;

/**
 * Alcohols: condensed formula (TeX), SMILES, English and Hindi name, Lucas test (0 turbidity at once:
 * 3°, benzylic, allylic; 1 within about five minutes: 2°; 2 none at room temperature: 1°).
 */
export const ALCOHOLS = [
  ['CH_3CH_2OH', 'CCO', 'ethanol', 'एथेनॉल', 2], ['CH_3CH_2CH_2OH', 'CCCO', 'propan-1-ol', 'प्रोपेन-1-ऑल', 2], ['(CH_3)_2CHOH', 'CC(C)O', 'propan-2-ol', 'प्रोपेन-2-ऑल', 1],
  ['CH_3(CH_2)_3OH', 'CCCCO', 'butan-1-ol', 'ब्यूटेन-1-ऑल', 2], ['CH_3CH_2CH(OH)CH_3', 'CCC(C)O', 'butan-2-ol', 'ब्यूटेन-2-ऑल', 1], ['(CH_3)_3COH', 'CC(C)(C)O', '2-methylpropan-2-ol', '2-मेथिलप्रोपेन-2-ऑल', 0],
  ['(CH_3)_2CHCH_2OH', 'CC(C)CO', '2-methylpropan-1-ol', '2-मेथिलप्रोपेन-1-ऑल', 2], ['CH_3CH_2C(CH_3)_2OH', 'CCC(C)(C)O', '2-methylbutan-2-ol', '2-मेथिलब्यूटेन-2-ऑल', 0],
  ['C_6H_5CH_2OH', 'C1=CC=CC=C1CO', 'benzyl alcohol', 'बेन्ज़िल ऐल्कोहॉल', 0], ['CH_2{=}CHCH_2OH', 'C=CCO', 'prop-2-en-1-ol (allyl alcohol)', 'प्रोप-2-ईन-1-ऑल (ऐलिल ऐल्कोहॉल)', 0],
  ['C_6H_{11}OH', 'C1CCCCC1O', 'cyclohexanol', 'साइक्लोहेक्सेनॉल', 1], ['(CH_3)_2CHCH(OH)CH_3', 'CC(C)C(C)O', '3-methylbutan-2-ol', '3-मेथिलब्यूटेन-2-ऑल', 1],
  ['C_6H_5C(CH_3)_2OH', 'C1=CC=CC=C1C(C)(C)O', '2-phenylpropan-2-ol', '2-फेनिलप्रोपेन-2-ऑल', 0], ['CH_3OH', 'CO', 'methanol', 'मेथेनॉल', 2],
] as const;

/** Amines: condensed formula (TeX), SMILES, molar mass (g/mol, C 12, H 1, N 14), class (1°, 2°, 3°). */
export const AMINES = [
  ['CH_3NH_2', 'CN', 31, 1], ['C_2H_5NH_2', 'CCN', 45, 1], ['(CH_3)_2NH', 'CNC', 45, 2], ['(CH_3)_3N', 'CN(C)C', 59, 3], ['(C_2H_5)_2NH', 'CCNCC', 73, 2],
  ['(C_2H_5)_3N', 'CCN(CC)CC', 101, 3], ['C_6H_5NH_2', 'C1=CC=CC=C1N', 93, 1], ['C_6H_5NHCH_3', 'C1=CC=CC=C1NC', 107, 2], ['C_6H_5N(CH_3)_2', 'C1=CC=CC=C1N(C)C', 121, 3],
  ['C_6H_5CH_2NH_2', 'C1=CC=CC=C1CN', 107, 1], ['CH_3CH_2CH_2NH_2', 'CCCN', 59, 1], ['(CH_3)_2CHNH_2', 'CC(C)N', 59, 1], ['C_6H_{11}NH_2', 'C1CCCCC1N', 99, 1],
  ['CH_3NHC_2H_5', 'CNCC', 59, 2], ['C_5H_{10}NH', 'C1CCNCC1', 85, 2],
] as const;

/**
 * Amino acids: three-letter code, Hindi name, pKa values (α-COOH, α-NH₃⁺, side chain or null)
 * and the side chain's kind: 'acid' (loses H⁺ to become −1), 'base' (protonated form +1).
 */
export const AMINO_ACIDS = [
  ['glycine', 'ग्लाइसीन', 2.34, 9.6, null, null], ['alanine', 'ऐलानीन', 2.34, 9.69, null, null], ['valine', 'वैलीन', 2.32, 9.62, null, null],
  ['leucine', 'ल्यूसीन', 2.36, 9.6, null, null], ['serine', 'सेरीन', 2.21, 9.15, null, null], ['phenylalanine', 'फ़ेनिलऐलानीन', 1.83, 9.13, null, null],
  ['aspartic acid', 'ऐस्पार्टिक अम्ल', 1.88, 9.6, 3.65, 'acid'], ['glutamic acid', 'ग्लूटैमिक अम्ल', 2.19, 9.67, 4.25, 'acid'],
  ['lysine', 'लाइसीन', 2.18, 8.95, 10.53, 'base'], ['arginine', 'आर्जिनीन', 2.17, 9.04, 12.48, 'base'], ['histidine', 'हिस्टिडीन', 1.82, 9.17, 6.0, 'base'],
  ['cysteine', 'सिस्टीन', 1.96, 10.28, 8.18, 'acid'], ['tyrosine', 'टायरोसीन', 2.2, 9.11, 10.07, 'acid'],
] as const;

/**
 * Sugars: name, Hindi name, tabulated reducing power, and composition as units
 * [monosaccharide, anomeric carbon (1 aldose, 2 ketose), carbons of this unit bound in glycosidic
 * links (to another sugar or, in a glycoside, to the alcohol)].
 */
export const SUGARS = [
  ['glucose', 'ग्लूकोस', true, [['Glc', 1, []]]], ['fructose', 'फ्रक्टोस', true, [['Fru', 2, []]]], ['galactose', 'गैलेक्टोस', true, [['Gal', 1, []]]],
  ['ribose', 'राइबोस', true, [['Rib', 1, []]]], ['mannose', 'मैनोस', true, [['Man', 1, []]]],
  ['maltose', 'माल्टोस', true, [['Glc', 1, [1]], ['Glc', 1, [4]]]], ['lactose', 'लैक्टोस', true, [['Gal', 1, [1]], ['Glc', 1, [4]]]],
  ['cellobiose', 'सेलोबायोस', true, [['Glc', 1, [1]], ['Glc', 1, [4]]]], ['sucrose', 'सुक्रोस', false, [['Glc', 1, [1]], ['Fru', 2, [2]]]],
  ['trehalose', 'ट्रेहैलोस', false, [['Glc', 1, [1]], ['Glc', 1, [1]]]], ['methyl α-D-glucoside', 'मेथिल α-D-ग्लूकोसाइड', false, [['Glc', 1, [1]]]],
  ['raffinose', 'रैफ़िनोस', false, [['Gal', 1, [1]], ['Glc', 1, [6, 1]], ['Fru', 2, [2]]]],
] as const;

/** Phenols for bromine-water questions: name, Hindi name, formula (TeX), SMILES, molar mass (C 12, H 1, O 16, N 14, Cl 35.5), free o/p positions. */
export const PHENOLS = [
  ['phenol', 'फ़ीनॉल', 'C_6H_5OH', 'OC1=CC=CC=C1', 94, 3], ['o-cresol', 'o-क्रीसॉल', 'o\\text{-}CH_3C_6H_4OH', 'OC1=C(C)C=CC=C1', 108, 2],
  ['m-cresol', 'm-क्रीसॉल', 'm\\text{-}CH_3C_6H_4OH', 'OC1=CC(C)=CC=C1', 108, 3], ['p-cresol', 'p-क्रीसॉल', 'p\\text{-}CH_3C_6H_4OH', 'OC1=CC=C(C)C=C1', 108, 2],
  ['2,4-dimethylphenol', '2,4-डाइमेथिलफ़ीनॉल', '2,4\\text{-}(CH_3)_2C_6H_3OH', 'OC1=C(C)C=C(C)C=C1', 122, 1], ['2,6-dimethylphenol', '2,6-डाइमेथिलफ़ीनॉल', '2,6\\text{-}(CH_3)_2C_6H_3OH', 'OC1=C(C)C=CC=C1C', 122, 1],
  ['p-chlorophenol', 'p-क्लोरोफ़ीनॉल', 'p\\text{-}ClC_6H_4OH', 'OC1=CC=C(Cl)C=C1', 128.5, 2], ['p-nitrophenol', 'p-नाइट्रोफ़ीनॉल', 'p\\text{-}O_2NC_6H_4OH', 'OC1=CC=C([N+](=O)[O-])C=C1', 139, 2],
  ['resorcinol', 'रिसॉर्सिनॉल', 'm\\text{-}C_6H_4(OH)_2', 'OC1=CC(O)=CC=C1', 110, 3], ['3,5-dimethylphenol', '3,5-डाइमेथिलफ़ीनॉल', '3,5\\text{-}(CH_3)_2C_6H_3OH', 'OC1=CC(C)=CC(C)=C1', 122, 3],
  ['p-methoxyphenol', 'p-मेथॉक्सीफ़ीनॉल', 'p\\text{-}CH_3OC_6H_4OH', 'OC1=CC=C(OC)C=C1', 124, 2],
] as const;

/** Carboxylic acids RCOOH: R (TeX), the acid, its α-chloro acid (HVZ) or null, the alkane RH, the alcohol RCH₂OH. */
export const ACIDS = [
  ['CH_3', 'CH_3COOH', 'ClCH_2COOH', 'CH_4', 'CH_3CH_2OH'], ['CH_3CH_2', 'CH_3CH_2COOH', 'CH_3CH(Cl)COOH', 'CH_3CH_3', 'CH_3CH_2CH_2OH'],
  ['CH_3CH_2CH_2', 'CH_3CH_2CH_2COOH', 'CH_3CH_2CH(Cl)COOH', 'CH_3CH_2CH_3', 'CH_3(CH_2)_3OH'], ['(CH_3)_2CH', '(CH_3)_2CHCOOH', '(CH_3)_2C(Cl)COOH', '(CH_3)_2CH_2', '(CH_3)_2CHCH_2OH'],
  ['C_6H_5', 'C_6H_5COOH', null, 'C_6H_6', 'C_6H_5CH_2OH'], ['C_6H_5CH_2', 'C_6H_5CH_2COOH', 'C_6H_5CH(Cl)COOH', 'C_6H_5CH_3', 'C_6H_5CH_2CH_2OH'],
] as const;

/**
 * Sugars and sugar derivatives: name, Hindi name, form, SMILES (stereo omitted), chiral carbons,
 * and whether the stereoisomer count is 2ⁿ (no constitutional symmetry, so no meso forms).
 */
export const SUGAR_FORMS = [
  ['glyceraldehyde', 'ग्लिसरैल्डिहाइड', 'open', 'OCC(O)C=O', 1, true], ['erythrose', 'एरिथ्रोस', 'open', 'OCC(O)C(O)C=O', 2, true],
  ['ribose', 'राइबोस', 'open', 'OCC(O)C(O)C(O)C=O', 3, true], ['ribose', 'राइबोस', 'furanose', 'OCC1OC(O)C(O)C1O', 4, true],
  ['2-deoxyribose', '2-डीऑक्सीराइबोस', 'open', 'OCC(O)C(O)CC=O', 2, true], ['2-deoxyribose', '2-डीऑक्सीराइबोस', 'furanose', 'OCC1OC(O)CC1O', 3, true],
  ['glucose', 'ग्लूकोस', 'open', 'OCC(O)C(O)C(O)C(O)C=O', 4, true], ['glucose', 'ग्लूकोस', 'pyranose', 'OCC1OC(O)C(O)C(O)C1O', 5, true],
  ['fructose', 'फ्रक्टोस', 'open', 'OCC(O)C(O)C(O)C(=O)CO', 3, true], ['fructose', 'फ्रक्टोस', 'furanose', 'OCC1OC(O)(CO)C(O)C1O', 4, true],
  ['arabinose', 'ऐराबिनोस', 'pyranose', 'C1OC(O)C(O)C(O)C1O', 4, true], ['galactose', 'गैलेक्टोस', 'pyranose', 'OCC1OC(O)C(O)C(O)C1O', 5, true],
  ['gluconic acid', 'ग्लूकोनिक अम्ल', 'open', 'OCC(O)C(O)C(O)C(O)C(=O)O', 4, true], ['sorbitol (glucitol)', 'सॉर्बिटॉल (ग्लूसिटॉल)', 'open', 'OCC(O)C(O)C(O)C(O)CO', 4, false],
  ['glucaric (saccharic) acid', 'ग्लूकेरिक (सैकेरिक) अम्ल', 'open', 'OC(=O)C(O)C(O)C(O)C(O)C(=O)O', 4, false], ['dihydroxyacetone', 'डाइहाइड्रॉक्सीऐसीटोन', 'open', 'OCC(=O)CO', 0, true],
  ['erythritol', 'एरिथ्रिटॉल', 'open', 'OCC(O)C(O)CO', 2, false], ['glucose pentaacetate', 'ग्लूकोस पेन्टाऐसीटेट', 'pyranose', 'CC(=O)OCC1OC(OC(C)=O)C(OC(C)=O)C(OC(C)=O)C1OC(C)=O', 5, true],
] as const;

/** Weak monoprotic acids and bases for titration curves: formula (TeX), pKa (acids) or pKb (bases). */
export const WEAK_ACIDS = [['CH_3COOH', 4.76], ['HCOOH', 3.75], ['C_6H_5COOH', 4.2], ['CH_3CH_2COOH', 4.87], ['ClCH_2COOH', 2.86], ['HCN', 9.21], ['C_6H_5OH', 9.95]] as const;
export const WEAK_BASES = [['NH_3', 4.75], ['CH_3NH_2', 3.36], ['(CH_3)_2NH', 3.27], ['C_2H_5NH_2', 3.35], ['C_6H_5NH_2', 9.38], ['C_5H_5N', 8.77]] as const;
