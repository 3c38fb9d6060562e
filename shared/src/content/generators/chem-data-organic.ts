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

/**
 * Molecules for bond and hybridisation counts: name, Hindi name, formula (TeX), SMILES, atoms,
 * rings, C=C/C=O/C=N double bonds, triple bonds, and sp, sp², sp³ carbons (counted by hand).
 */
export const MOLECULES = [
  ['ethene', 'एथीन', 'CH_2{=}CH_2', 'C=C', 6, 0, 1, 0, 0, 2, 0], ['ethyne', 'एथाइन', 'HC{\\equiv}CH', 'C#C', 4, 0, 0, 1, 2, 0, 0],
  ['propyne', 'प्रोपाइन', 'CH_3C{\\equiv}CH', 'CC#C', 7, 0, 0, 1, 2, 0, 1], ['buta-1,3-diene', 'ब्यूटा-1,3-डाईन', 'CH_2{=}CHCH{=}CH_2', 'C=CC=C', 10, 0, 2, 0, 0, 4, 0],
  ['benzene', 'बेन्ज़ीन', 'C_6H_6', 'C1=CC=CC=C1', 12, 1, 3, 0, 0, 6, 0], ['toluene', 'टॉलूईन', 'C_6H_5CH_3', 'CC1=CC=CC=C1', 15, 1, 3, 0, 0, 6, 1],
  ['acrylonitrile', 'ऐक्रिलोनाइट्राइल', 'CH_2{=}CHC{\\equiv}N', 'C=CC#N', 7, 0, 1, 1, 1, 2, 0], ['acetonitrile', 'ऐसीटोनाइट्राइल', 'CH_3C{\\equiv}N', 'CC#N', 6, 0, 0, 1, 1, 0, 1],
  ['vinylacetylene', 'वाइनिलऐसीटिलीन', 'CH_2{=}CHC{\\equiv}CH', 'C=CC#C', 8, 0, 1, 1, 2, 2, 0], ['allene', 'ऐलीन', 'CH_2{=}C{=}CH_2', 'C=C=C', 7, 0, 2, 0, 1, 2, 0],
  ['styrene', 'स्टाइरीन', 'C_6H_5CH{=}CH_2', 'C=CC1=CC=CC=C1', 16, 1, 4, 0, 0, 8, 0], ['benzonitrile', 'बेन्ज़ोनाइट्राइल', 'C_6H_5C{\\equiv}N', 'N#CC1=CC=CC=C1', 13, 1, 3, 1, 1, 6, 0],
  ['acetone', 'ऐसीटोन', 'CH_3COCH_3', 'CC(=O)C', 10, 0, 1, 0, 0, 1, 2], ['acetic acid', 'ऐसीटिक अम्ल', 'CH_3COOH', 'CC(=O)O', 8, 0, 1, 0, 0, 1, 1],
  ['acrylic acid', 'ऐक्रिलिक अम्ल', 'CH_2{=}CHCOOH', 'C=CC(=O)O', 9, 0, 2, 0, 0, 3, 0], ['benzaldehyde', 'बेन्ज़ैल्डिहाइड', 'C_6H_5CHO', 'O=CC1=CC=CC=C1', 14, 1, 4, 0, 0, 7, 0],
  ['naphthalene', 'नैफ़्थलीन', 'C_{10}H_8', 'C1=CC=C2C=CC=CC2=C1', 18, 2, 5, 0, 0, 10, 0], ['tetracyanoethylene', 'टेट्रासायनोएथिलीन', '(NC)_2C{=}C(CN)_2', 'N#CC(C#N)=C(C#N)C#N', 10, 0, 1, 4, 4, 2, 0],
  ['cyclohexene', 'साइक्लोहेक्सीन', 'C_6H_{10}', 'C1CCC=CC1', 16, 1, 1, 0, 0, 2, 4], ['but-2-yne', 'ब्यूट-2-आइन', 'CH_3C{\\equiv}CCH_3', 'CC#CC', 10, 0, 0, 1, 2, 0, 2],
  ['ketene', 'कीटीन', 'CH_2{=}C{=}O', 'C=C=O', 5, 0, 2, 0, 1, 1, 0], ['methyl acrylate', 'मेथिल ऐक्रिलेट', 'CH_2{=}CHCOOCH_3', 'C=CC(=O)OC', 12, 0, 2, 0, 0, 3, 1],
] as const;

/** Molecules for chiral-centre counts: name, Hindi name, formula (TeX), SMILES, chiral carbons. */
export const CHIRAL_MOLS = [
  ['butan-2-ol', 'ब्यूटेन-2-ऑल', 'CH_3CH(OH)CH_2CH_3', 'CC(O)CC', 1], ['lactic acid', 'लैक्टिक अम्ल', 'CH_3CH(OH)COOH', 'CC(O)C(=O)O', 1],
  ['2,3-dibromopentane', '2,3-डाइब्रोमोपेन्टेन', 'CH_3CHBrCHBrCH_2CH_3', 'CC(Br)C(Br)CC', 2], ['3-methylhexane', '3-मेथिलहेक्सेन', 'CH_3CH_2CH(CH_3)CH_2CH_2CH_3', 'CCC(C)CCC', 1],
  ['citric acid', 'सिट्रिक अम्ल', 'HOOCCH_2C(OH)(COOH)CH_2COOH', 'OC(=O)CC(O)(C(=O)O)CC(=O)O', 0], ['glycerol', 'ग्लिसरॉल', 'HOCH_2CH(OH)CH_2OH', 'OCC(O)CO', 0],
  ['threonine', 'थ्रियोनीन', 'CH_3CH(OH)CH(NH_2)COOH', 'CC(O)C(N)C(=O)O', 2], ['isoleucine', 'आइसोल्यूसीन', 'CH_3CH_2CH(CH_3)CH(NH_2)COOH', 'CCC(C)C(N)C(=O)O', 2],
  ['3-chloropentane', '3-क्लोरोपेन्टेन', 'CH_3CH_2CHClCH_2CH_3', 'CCC(Cl)CC', 0], ['2-chloro-3-methylpentane', '2-क्लोरो-3-मेथिलपेन्टेन', 'CH_3CHClCH(CH_3)CH_2CH_3', 'CC(Cl)C(C)CC', 2],
  ['1,2-dichloropropane', '1,2-डाइक्लोरोप्रोपेन', 'ClCH_2CHClCH_3', 'ClCC(Cl)C', 1], ['ephedrine', 'एफ़ेड्रीन', 'C_6H_5CH(OH)CH(CH_3)NHCH_3', 'OC(C1=CC=CC=C1)C(C)NC', 2],
  ['ibuprofen', 'आइबुप्रोफ़ेन', '(CH_3)_2CHCH_2C_6H_4CH(CH_3)COOH', 'CC(C)CC1=CC=C(C=C1)C(C)C(=O)O', 1], ['2-methylbutan-1-ol', '2-मेथिलब्यूटेन-1-ऑल', 'HOCH_2CH(CH_3)CH_2CH_3', 'OCC(C)CC', 1],
  ['3-methylpentane', '3-मेथिलपेन्टेन', 'CH_3CH_2CH(CH_3)CH_2CH_3', 'CCC(C)CC', 0], ['menthol', 'मेन्थॉल', 'C_{10}H_{19}OH', 'CC1CCC(C(C)C)C(O)C1', 3],
  ['chloramphenicol', 'क्लोरैम्फ़ेनिकॉल', 'O_2NC_6H_4CH(OH)CH(CH_2OH)NHCOCHCl_2', 'OC(C1=CC=C(C=C1)[N+](=O)[O-])C(CO)NC(=O)C(Cl)Cl', 2], ['alanine', 'ऐलानीन', 'CH_3CH(NH_2)COOH', 'CC(N)C(=O)O', 1],
  ['2,4-dichloropentan-3-ol', '2,4-डाइक्लोरोपेन्टेन-3-ऑल', 'CH_3CHClCH(OH)CHClCH_3', 'CC(Cl)C(O)C(Cl)C', 2],
] as const;

/** Alkenes for cis–trans isomerism: formula (TeX), SMILES, whether geometrical isomers exist. */
export const ALKENES_GI = [
  ['CH_3CH{=}CHCH_3', 'CC=CC', true], ['CH_2{=}CHCH_2CH_3', 'C=CCC', false], ['(CH_3)_2C{=}CHCH_3', 'CC(C)=CC', false], ['CH_3CH{=}CHCH_2CH_3', 'CC=CCC', true],
  ['ClCH{=}CHCl', 'ClC=CCl', true], ['CH_2{=}CCl_2', 'C=C(Cl)Cl', false], ['CH_3CH{=}CHCOOH', 'CC=CC(=O)O', true], ['CH_3CH{=}CH_2', 'CC=C', false],
  ['CH_3CH_2C(CH_3){=}CHCH_3', 'CCC(C)=CC', true], ['(CH_3)_2C{=}C(CH_3)_2', 'CC(C)=C(C)C', false], ['CH_3CH_2CH{=}CHCH_2CH_3', 'CCC=CCC', true], ['ClCH{=}CHCH_3', 'ClC=CC', true],
  ['CH_2{=}C(Cl)CH_3', 'C=C(Cl)C', false], ['HOOCCH{=}CHCOOH', 'OC(=O)C=CC(=O)O', true], ['C_6H_5CH{=}CHCOOH', 'OC(=O)C=CC1=CC=CC=C1', true], ['C_6H_5CH{=}CH_2', 'C=CC1=CC=CC=C1', false],
  ['(CH_3)_2C{=}C(CH_3)CH_2CH_3', 'CC(C)=C(C)CC', false], ['CH_3CH{=}C(Br)Cl', 'CC=C(Br)Cl', true],
] as const;

/**
 * Compounds with chiral centres and stereogenic double bonds but no internal symmetry: name,
 * Hindi name, formula (TeX), SMILES, chiral centres, stereogenic C=C.
 */
export const STEREO_MOLS = [
  ['pent-3-en-2-ol', 'पेन्ट-3-ईन-2-ऑल', 'CH_3CH{=}CHCH(OH)CH_3', 'CC=CC(O)C', 1, 1], ['hexa-2,4-dienoic acid', 'हेक्सा-2,4-डाइईनोइक अम्ल', 'CH_3CH{=}CHCH{=}CHCOOH', 'CC=CC=CC(=O)O', 0, 2],
  ['2-bromo-3-chlorobutane', '2-ब्रोमो-3-क्लोरोब्यूटेन', 'CH_3CHBrCHClCH_3', 'CC(Br)C(Cl)C', 2, 0], ['4-chlorohex-2-ene', '4-क्लोरोहेक्स-2-ईन', 'CH_3CH{=}CHCHClCH_2CH_3', 'CC=CC(Cl)CC', 1, 1],
  ['6-bromohept-3-en-2-ol', '6-ब्रोमोहेप्ट-3-ईन-2-ऑल', 'CH_3CH(OH)CH{=}CHCH_2CHBrCH_3', 'CC(O)C=CCC(Br)C', 2, 1], ['hepta-2,4-diene', 'हेप्टा-2,4-डाईन', 'CH_3CH{=}CHCH{=}CHCH_2CH_3', 'CC=CC=CCC', 0, 2],
  ['3-methylpent-3-en-2-ol', '3-मेथिलपेन्ट-3-ईन-2-ऑल', 'CH_3CH(OH)C(CH_3){=}CHCH_3', 'CC(O)C(C)=CC', 1, 1], ['2,3,4-trichlorohexane', '2,3,4-ट्राइक्लोरोहेक्सेन', 'CH_3CHClCHClCHClCH_2CH_3', 'CC(Cl)C(Cl)C(Cl)CC', 3, 0],
  ['octa-2,4,6-trienoic acid', 'ऑक्टा-2,4,6-ट्राइईनोइक अम्ल', 'CH_3CH{=}CHCH{=}CHCH{=}CHCOOH', 'CC=CC=CC=CC(=O)O', 0, 3], ['4-methylhex-2-ene', '4-मेथिलहेक्स-2-ईन', 'CH_3CH{=}CHCH(CH_3)CH_2CH_3', 'CC=CC(C)CC', 1, 1],
  ['2-chlorobutane', '2-क्लोरोब्यूटेन', 'CH_3CHClCH_2CH_3', 'CC(Cl)CC', 1, 0], ['5-chlorohexa-1,3-diene', '5-क्लोरोहेक्सा-1,3-डाईन', 'CH_2{=}CHCH{=}CHCHClCH_3', 'C=CC=CC(Cl)C', 1, 1],
  ['threonine', 'थ्रियोनीन', 'CH_3CH(OH)CH(NH_2)COOH', 'CC(O)C(N)C(=O)O', 2, 0], ['non-2-en-4,5-diol', 'नॉन-2-ईन-4,5-डाइऑल', 'CH_3CH{=}CHCH(OH)CH(OH)CH_2CH_2CH_2CH_3', 'CC=CC(O)C(O)CCCC', 2, 1],
] as const;

/**
 * Carbonyl and related compounds: name, Hindi name, formula (TeX), SMILES, and the textbook
 * results: iodoform, Tollens', Fehling's, aldol (α-H on an aldehyde or ketone), Cannizzaro, NaHCO₃.
 */
export const CARBONYLS = [
  ['methanal', 'मेथेनैल', 'HCHO', 'C=O', false, true, true, false, true, false],
  ['ethanal', 'एथेनैल', 'CH_3CHO', 'CC=O', true, true, true, true, false, false],
  ['propanal', 'प्रोपेनैल', 'CH_3CH_2CHO', 'CCC=O', false, true, true, true, false, false],
  ['propanone', 'प्रोपेनोन', 'CH_3COCH_3', 'CC(=O)C', true, false, false, true, false, false],
  ['butan-2-one', 'ब्यूटेन-2-ओन', 'CH_3COCH_2CH_3', 'CC(=O)CC', true, false, false, true, false, false],
  ['pentan-3-one', 'पेन्टेन-3-ओन', 'CH_3CH_2COCH_2CH_3', 'CCC(=O)CC', false, false, false, true, false, false],
  ['benzaldehyde', 'बेन्ज़ैल्डिहाइड', 'C_6H_5CHO', 'O=CC1=CC=CC=C1', false, true, false, false, true, false],
  ['acetophenone', 'ऐसीटोफ़ीनोन', 'C_6H_5COCH_3', 'CC(=O)C1=CC=CC=C1', true, false, false, true, false, false],
  ['benzophenone', 'बेन्ज़ोफ़ीनोन', 'C_6H_5COC_6H_5', 'O=C(C1=CC=CC=C1)C1=CC=CC=C1', false, false, false, false, false, false],
  ['2,2-dimethylpropanal', '2,2-डाइमेथिलप्रोपेनैल', '(CH_3)_3CCHO', 'CC(C)(C)C=O', false, true, true, false, true, false],
  ['ethanol', 'एथेनॉल', 'CH_3CH_2OH', 'CCO', true, false, false, false, false, false],
  ['propan-2-ol', 'प्रोपेन-2-ऑल', '(CH_3)_2CHOH', 'CC(C)O', true, false, false, false, false, false],
  ['propan-1-ol', 'प्रोपेन-1-ऑल', 'CH_3CH_2CH_2OH', 'CCCO', false, false, false, false, false, false],
  ['methanol', 'मेथेनॉल', 'CH_3OH', 'CO', false, false, false, false, false, false],
  ['ethanoic acid', 'एथेनोइक अम्ल', 'CH_3COOH', 'CC(=O)O', false, false, false, false, false, true],
  ['ethyl ethanoate', 'एथिल एथेनोएट', 'CH_3COOC_2H_5', 'CC(=O)OCC', false, false, false, false, false, false],
  ['butan-2-ol', 'ब्यूटेन-2-ऑल', 'CH_3CH(OH)CH_2CH_3', 'CC(O)CC', true, false, false, false, false, false],
  ['1-phenylethanol', '1-फ़ेनिलएथेनॉल', 'C_6H_5CH(OH)CH_3', 'CC(O)C1=CC=CC=C1', true, false, false, false, false, false],
  ['cyclohexanone', 'साइक्लोहेक्सेनोन', 'C_6H_{10}O', 'O=C1CCCCC1', false, false, false, true, false, false],
  ['2-methylpropanal', '2-मेथिलप्रोपेनैल', '(CH_3)_2CHCHO', 'CC(C)C=O', false, true, true, true, false, false],
  ['methanoic acid', 'मेथेनोइक अम्ल', 'HCOOH', 'OC=O', false, true, true, false, false, true],
  ['pentan-2-one', 'पेन्टेन-2-ओन', 'CH_3COCH_2CH_2CH_3', 'CC(=O)CCC', true, false, false, true, false, false],
  ['ethanamide', 'एथेनामाइड', 'CH_3CONH_2', 'CC(N)=O', false, false, false, false, false, false],
] as const;

/** Lanthanoid(III) ionic radii (Shannon, coordination number 6, pm): symbol, Z, radius. */
export const LN_RADII = [
  ['La', 57, 103.2], ['Ce', 58, 101], ['Pr', 59, 99], ['Nd', 60, 98.3], ['Sm', 62, 95.8], ['Eu', 63, 94.7], ['Gd', 64, 93.8],
  ['Tb', 65, 92.3], ['Dy', 66, 91.2], ['Ho', 67, 90.1], ['Er', 68, 89], ['Tm', 69, 88], ['Yb', 70, 86.8], ['Lu', 71, 86.1],
] as const;
/** Ground-state 4f and 5d electrons of the neutral lanthanoid atoms (beyond [Xe], with 6s²): symbol, Z, 4f, 5d. */
export const LN_ATOMS = [
  ['La', 57, 0, 1], ['Ce', 58, 1, 1], ['Pr', 59, 3, 0], ['Nd', 60, 4, 0], ['Pm', 61, 5, 0], ['Sm', 62, 6, 0], ['Eu', 63, 7, 0], ['Gd', 64, 7, 1],
  ['Tb', 65, 9, 0], ['Dy', 66, 10, 0], ['Ho', 67, 11, 0], ['Er', 68, 12, 0], ['Tm', 69, 13, 0], ['Yb', 70, 14, 0], ['Lu', 71, 14, 1],
] as const;
/** Lanthanoid ions met in the laboratory: index into LN_ATOMS and the charge. */
export const LN_IONS = [
  [1, 4], [6, 2], [7, 3], [13, 2], [14, 3], [0, 3], [8, 4], [5, 2], [2, 4], [3, 3], [6, 3], [1, 3], [13, 3], [12, 2], [5, 3], [9, 3], [11, 3],
] as const;

/**
 * Compounds for Lassaigne's test: name, Hindi name, formula (TeX). Elements are the tests' to read
 * from the formula; a diazonium salt loses its nitrogen as N₂ during fusion.
 */
export const FUSION_COMPOUNDS = [
  ['urea', 'यूरिया', 'CO(NH_2)_2'], ['thiourea', 'थायोयूरिया', 'CS(NH_2)_2'], ['aniline', 'ऐनिलीन', 'C_6H_5NH_2'], ['sulphanilic acid', 'सल्फ़ैनिलिक अम्ल', 'H_2NC_6H_4SO_3H'],
  ['benzenesulphonic acid', 'बेन्ज़ीनसल्फ़ोनिक अम्ल', 'C_6H_5SO_3H'], ['thiophene', 'थायोफ़ीन', 'C_4H_4S'], ['chlorobenzene', 'क्लोरोबेन्ज़ीन', 'C_6H_5Cl'], ['bromoethane', 'ब्रोमोएथेन', 'C_2H_5Br'],
  ['iodoform', 'आयोडोफ़ॉर्म', 'CHI_3'], ['chloroform', 'क्लोरोफ़ॉर्म', 'CHCl_3'], ['p-chloroaniline', 'p-क्लोरोऐनिलीन', 'ClC_6H_4NH_2'], ['glycine', 'ग्लाइसीन', 'H_2NCH_2COOH'],
  ['cysteine', 'सिस्टीन', 'HSCH_2CH(NH_2)COOH'], ['hydrazine', 'हाइड्रैज़ीन', 'N_2H_4'], ['hydroxylamine', 'हाइड्रॉक्सिलऐमीन', 'NH_2OH'], ['benzenediazonium chloride', 'बेन्ज़ीनडाइऐज़ोनियम क्लोराइड', 'C_6H_5N_2^+Cl^-'],
  ['phenylhydrazine', 'फ़ेनिलहाइड्रैज़ीन', 'C_6H_5NHNH_2'], ['benzamide', 'बेन्ज़ैमाइड', 'C_6H_5CONH_2'], ['p-bromoaniline', 'p-ब्रोमोऐनिलीन', 'BrC_6H_4NH_2'], ['dimethyl sulphide', 'डाइमेथिल सल्फ़ाइड', '(CH_3)_2S'],
  ['acetanilide', 'ऐसीटैनिलाइड', 'C_6H_5NHCOCH_3'], ['ammonium chloride', 'अमोनियम क्लोराइड', 'NH_4Cl'], ['p-iodotoluene', 'p-आयोडोटॉलूईन', 'CH_3C_6H_4I'], ['methionine', 'मेथियोनीन', 'CH_3SCH_2CH_2CH(NH_2)COOH'],
] as const;

/** Equilibrium constants of hydration of carbonyl compounds in water at 25 °C (K = [gem-diol]/[C=O]). */
export const HYDRATION_K = [
  ['HCHO', 2280], ['CH_3CHO', 1.06], ['CH_3COCH_3', 0.0014], ['Cl_3CCHO', 28000], ['CF_3COCF_3', 1.2e6], ['(CH_3)_3CCHO', 0.23], ['C_6H_5CHO', 0.011],
] as const;

/**
 * Ethers: the two groups (TeX) and SMILES. The tests decide which C–O bond HI breaks from the
 * structure; the generator keeps the textbook answer: which group ends up as the iodide with one
 * mole of HI (0 or 1).
 */
export const ETHERS = [
  ['CH_3', 'C_2H_5', 'COCC', 0], ['CH_3', '(CH_3)_2CH', 'COC(C)C', 0], ['CH_3', '(CH_3)_3C', 'COC(C)(C)C', 1], ['C_6H_5', 'CH_3', 'C1=CC=CC=C1OC', 1],
  ['C_2H_5', '(CH_3)_3C', 'CCOC(C)(C)C', 1], ['C_6H_5', 'C_2H_5', 'C1=CC=CC=C1OCC', 1], ['CH_3', 'CH_3CH_2CH_2', 'COCCC', 0], ['C_2H_5', 'CH_3CH_2CH_2', 'CCOCCC', 0],
  ['C_6H_5CH_2', 'CH_3', 'C1=CC=CC=C1COC', 0], ['C_2H_5', '(CH_3)_2CH', 'CCOC(C)C', 0], ['CH_3', 'C_6H_{11}', 'COC1CCCCC1', 0],
  ['CH_3CH_2CH_2', '(CH_3)_3C', 'CCCOC(C)(C)C', 1], ['C_6H_5', 'CH_3CH_2CH_2', 'C1=CC=CC=C1OCCC', 1], ['CH_3', 'CH_3CH_2CH(CH_3)', 'COC(C)CC', 0],
] as const;

/** Methoxy compounds for Zeisel's method: name, Hindi name, formula (TeX), SMILES, molar mass, OCH₃ groups (tabulated). */
export const METHOXY = [
  ['anisole', 'ऐनिसोल', 'C_7H_8O', 'COC1=CC=CC=C1', 108, 1], ['veratrole', 'वेराट्रोल', 'C_8H_{10}O_2', 'COC1=CC=CC=C1OC', 138, 2],
  ['1,3,5-trimethoxybenzene', '1,3,5-ट्राइमेथॉक्सीबेन्ज़ीन', 'C_9H_{12}O_3', 'COC1=CC(OC)=CC(OC)=C1', 168, 3], ['vanillin', 'वैनिलिन', 'C_8H_8O_3', 'COC1=C(O)C=CC(C=O)=C1', 152, 1],
  ['guaiacol', 'ग्वायाकॉल', 'C_7H_8O_2', 'COC1=CC=CC=C1O', 124, 1], ['anethole', 'ऐनेथोल', 'C_{10}H_{12}O', 'CC=CC1=CC=C(OC)C=C1', 148, 1],
  ['eugenol', 'यूजीनॉल', 'C_{10}H_{12}O_2', 'C=CCC1=CC(OC)=C(O)C=C1', 164, 1], ['3,4,5-trimethoxybenzoic acid', '3,4,5-ट्राइमेथॉक्सीबेन्ज़ोइक अम्ल', 'C_{10}H_{12}O_5', 'COC1=CC(C(=O)O)=CC(OC)=C1OC', 212, 3],
  ['4-methylanisole', '4-मेथिलऐनिसोल', 'C_8H_{10}O', 'COC1=CC=C(C)C=C1', 122, 1], ['syringol', 'सिरिंजॉल', 'C_8H_{10}O_3', 'COC1=CC=CC(OC)=C1O', 154, 2],
  ['1,2,3-trimethoxybenzene', '1,2,3-ट्राइमेथॉक्सीबेन्ज़ीन', 'C_9H_{12}O_3', 'COC1=CC=CC(OC)=C1OC', 168, 3],
] as const;
