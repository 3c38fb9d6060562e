import { COMPOUNDS, HYBRIDS, percentMistakes, SPECIES, SYMBOLS, stericNumber, unpairedElectrons } from './chem-data.ts';
import { formula, range } from './formula.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const R = 8.314;
const NA = 6.022e23;
const cmp = (i: number) => COMPOUNDS[i] as readonly [string, number];
const tex = (f: string) => `$\\mathrm{${f.replace(/(\d+)/g, '_{$1}')}}$`;
const N_CMP = COMPOUNDS.length - 1;
const BOND_SPECIES = SPECIES.filter((s) => s.group >= 15);
const sp = (i: number) => BOND_SPECIES[i % BOND_SPECIES.length]!;

/** Molar volume (L/mol, 3 significant figures) of a gas with compressibility factor z at P atm and T K. */
function compressVm(v: { P: number; T: number; z: number }): number {
  return Number(((v.z * 0.0821 * v.T) / v.P).toPrecision(3));
}
const gibbsS = (v: { dS: number }) => (v.dS === 0 ? 20 : v.dS);
/** ΔH (kJ/mol) that puts the crossover temperature at Tx for ΔS = sg·sx. */
const crossH = (v: { Tx: number; sx: number; sg: number }) => Math.round(v.sg * v.Tx * v.sx) / 1000;

/** Real metals: name, lattice (0 simple cubic, 1 bcc, 2 fcc), molar mass g/mol, edge pm (measured values). */
const CRYSTALS = [
  ['Polonium', 0, 209, 335], ['Sodium', 1, 23, 429], ['Potassium', 1, 39, 533], ['Lithium', 1, 7, 351], ['Iron', 1, 56, 287], ['Chromium', 1, 52, 291], ['Tungsten', 1, 184, 316],
  ['Copper', 2, 63.5, 361], ['Aluminium', 2, 27, 405], ['Silver', 2, 108, 409], ['Gold', 2, 197, 408], ['Nickel', 2, 58.7, 352], ['Lead', 2, 207, 495], ['Calcium', 2, 40, 558],
] as const;
const CRYSTAL_HI: readonly string[] = ['पोलोनियम', 'सोडियम', 'पोटैशियम', 'लीथियम', 'आयरन', 'क्रोमियम', 'टंगस्टन', 'कॉपर', 'ऐलुमिनियम', 'सिल्वर', 'गोल्ड', 'निकैल', 'लेड', 'कैल्सियम'];
const crystal = (i: number) => CRYSTALS[i] as readonly [string, 0 | 1 | 2, number, number];
const LATTICE_EN = ['simple cubic', 'body-centred cubic', 'face-centred cubic'] as const;
const LATTICE_HI = ['सरल घनीय', 'अंतःकेंद्रित घनीय', 'फलक-केंद्रित घनीय'] as const;
/** ρ = ZM / (a³ N_A) with a converted from pm to cm. */
function density(t: 0 | 1 | 2, M: number, a: number): number {
  return ([1, 2, 4][t]! * M) / ((a * 1e-10) ** 3 * NA);
}

/** Basic concepts, gases, atomic structure, bonding, thermodynamics (Chemistry units 1–4). */
export const chemPhysicalAGenerators: GeneratorDef[] = [
  formula({ id: 'c.basic.moles-particles', subject: C, concepts: ['C.BASIC.MOLE'], difficulty: 1,
    vars: { i: range(0, N_CMP), m: range(2, 40, 2) },
    text: (v) => `How many molecules (formula units) are in ${(v.m * cmp(v.i)[1]) / 4} g of ${tex(cmp(v.i)[0])}? Give the answer in units of $10^{23}$ ($N_A = 6.022 \\times 10^{23}$).`, unit: '× 10²³',
    answer: (v) => ((v.m / 4) * NA) / 1e23, mistakes: (v) => [v.m / 4, ((v.m / 4) * NA) / 1e22, (((v.m * cmp(v.i)[1]) / 4) * NA) / 1e23],
    solution: (v) => `$n = m/M = ${v.m / 4}$ mol; molecules $= nN_A$.`,
    hi: { text: (v) => `${(v.m * cmp(v.i)[1]) / 4} g ${tex(cmp(v.i)[0])} में कितने अणु (सूत्र इकाइयाँ) हैं? उत्तर $10^{23}$ की इकाइयों में दीजिए ($N_A = 6.022 \\times 10^{23}$)।`, solution: (v) => `$n = m/M = ${v.m / 4}$ मोल; अणुओं की संख्या $= nN_A$।` },
    result: [3, 61] }),
  formula({ id: 'c.basic.percent-composition', subject: C, concepts: ['C.BASIC.FORMULA'], difficulty: 2,
    // Compounds only: the percentage of O in O₂ is trivially 100.
    vars: { i: range(0, N_CMP).filter((i) => elementCount(cmp(i)[0]) > 1) },
    text: (v) => `Find the mass percentage of the first element written in ${tex(cmp(v.i)[0])} (molar mass ${cmp(v.i)[1]} g/mol).`, unit: '%',
    answer: (v) => (100 * firstElementMass(cmp(v.i)[0])) / cmp(v.i)[1], mistakes: (v) => percentMistakes((100 * firstElementMass(cmp(v.i)[0])) / cmp(v.i)[1], [100 - (100 * firstElementMass(cmp(v.i)[0])) / cmp(v.i)[1], 100 / elementCount(cmp(v.i)[0]), firstElementMass(cmp(v.i)[0])]),
    solution: () => `% = (mass of the element in one mole / molar mass) × 100.`,
    hi: { text: (v) => `${tex(cmp(v.i)[0])} (मोलर द्रव्यमान ${cmp(v.i)[1]} g/mol) में पहले लिखे गए तत्व का द्रव्यमान प्रतिशत ज्ञात कीजिए।`, solution: () => `% = (एक मोल में तत्व का द्रव्यमान / मोलर द्रव्यमान) × 100।` },
    result: [2, 100] }),
  formula({ id: 'c.basic.limiting-reagent', subject: C, concepts: ['C.BASIC.STOICH'], difficulty: 2,
    vars: { h: range(1, 12), o: range(8, 96, 8) },
    text: (v) => `${v.h} g of H₂ reacts with ${v.o} g of O₂ to form water. Find the mass of water formed.`, unit: 'g',
    answer: (v) => 18 * Math.min(v.h / 2, (2 * v.o) / 32), mistakes: (v) => [v.h + v.o, 18 * Math.max(v.h / 2, (2 * v.o) / 32), 9 * Math.min(v.h / 2, (2 * v.o) / 32), 36 * Math.min(v.h / 2, (2 * v.o) / 32), 18 * (v.h / 2 + v.o / 32)],
    solution: () => `$2\\mathrm{H_2} + \\mathrm{O_2} \\to 2\\mathrm{H_2O}$: moles of water = the smaller of $n(\\mathrm{H_2})$ and $2n(\\mathrm{O_2})$.`,
    hi: { text: (v) => `${v.h} g H₂, ${v.o} g O₂ के साथ अभिक्रिया करके जल बनाता है। बने जल का द्रव्यमान ज्ञात कीजिए।`, solution: () => `$2\\mathrm{H_2} + \\mathrm{O_2} \\to 2\\mathrm{H_2O}$: जल के मोल = $n(\\mathrm{H_2})$ और $2n(\\mathrm{O_2})$ में से छोटा मान (सीमांत अभिकर्मक)।` },
    result: [9, 108] }),
  formula({ id: 'c.basic.molarity-molality', subject: C, concepts: ['C.BASIC.CONC'], difficulty: 2,
    vars: { m: range(2, 40, 2), V: range(100, 1000, 100), w: range(0, 1) },
    text: (v) => (v.w === 0 ? `${v.m} g of NaOH is dissolved to make ${v.V} mL of solution. Find its molarity.` : `${v.m} g of NaOH is dissolved in ${v.V} g of water. Find the molality.`), unit: (''),
    answer: (v) => (v.m / 40) / (v.V / 1000), mistakes: (v) => [v.m / 40 / v.V, (v.m / 40) * (v.V / 1000), v.m / (v.V / 1000)],
    solution: () => `Molarity = mol / litres of solution; molality = mol / kg of solvent (mol/L or mol/kg).`,
    hi: { text: (v) => (v.w === 0 ? `${v.m} g NaOH को घोलकर ${v.V} mL विलयन बनाया जाता है। इसकी मोलरता ज्ञात कीजिए।` : `${v.m} g NaOH को ${v.V} g जल में घोला जाता है। मोललता ज्ञात कीजिए।`), solution: () => `मोलरता = मोल / विलयन के लीटर; मोललता = मोल / विलायक के kg (mol/L या mol/kg)।` },
    result: [0.05, 10] }),
  formula({ id: 'c.basic.equivalent-mass', subject: C, concepts: ['C.BASIC.EQUIV'], difficulty: 3,
    vars: { w: range(0, 3) },
    text: (v) => `Find the equivalent mass of ${['H₂SO₄ (as a diprotic acid, M = 98)', 'KMnO₄ in acidic medium (M = 158)', 'KMnO₄ in neutral medium (M = 158)', 'K₂Cr₂O₇ in acidic medium (M = 294)'][v.w]}.`, unit: 'g/eq',
    answer: (v) => [49, 31.6, 52.67, 49][v.w] as number, mistakes: (v) => [[98, 158, 158, 294][v.w]!, [24.5, 52.67, 31.6, 98][v.w]!, [196, 79, 79, 147][v.w]!],
    solution: () => `Equivalent mass = M / n-factor: 2 for H₂SO₄; 5 for MnO₄⁻→Mn²⁺; 3 for MnO₄⁻→MnO₂; 6 for Cr₂O₇²⁻→2Cr³⁺.`,
    hi: { text: (v) => `${['H₂SO₄ (द्विप्रोटिक अम्ल के रूप में, M = 98)', 'अम्लीय माध्यम में KMnO₄ (M = 158)', 'उदासीन माध्यम में KMnO₄ (M = 158)', 'अम्लीय माध्यम में K₂Cr₂O₇ (M = 294)'][v.w]} का तुल्यांकी द्रव्यमान ज्ञात कीजिए।`, solution: () => `तुल्यांकी द्रव्यमान = M / n-गुणांक: H₂SO₄ के लिए 2; MnO₄⁻→Mn²⁺ के लिए 5; MnO₄⁻→MnO₂ के लिए 3; Cr₂O₇²⁻→2Cr³⁺ के लिए 6।` },
    result: [31, 53] }),
  formula({ id: 'c.gas.partial-pressure', subject: C, concepts: ['C.GAS.LAWS'], difficulty: 2,
    vars: { a: range(1, 10), b: range(1, 10), P: range(1, 10) },
    text: (v) => `A gas mixture contains ${v.a} mol N₂ and ${v.b} mol O₂ at a total pressure of ${v.P} atm. Find the partial pressure of O₂.`, unit: 'atm',
    answer: (v) => (v.P * v.b) / (v.a + v.b), mistakes: (v) => [(v.P * v.a) / (v.a + v.b), (v.P * v.b) / v.a, v.P, v.P / 2, (v.P * (v.a + v.b)) / v.b],
    solution: () => `Dalton: $p_i = x_i P$.`,
    hi: { text: (v) => `एक गैस मिश्रण में ${v.a} mol N₂ और ${v.b} mol O₂ हैं तथा कुल दाब ${v.P} atm है। O₂ का आंशिक दाब ज्ञात कीजिए।`, solution: () => `डाल्टन का आंशिक दाब नियम: $p_i = x_i P$।` },
    result: [0.09, 9.1] }),
  formula({ id: 'c.gas.compressibility', subject: C, concepts: ['C.GAS.REAL', 'C.GAS.LAWS'], difficulty: 3,
    // Real gases between 10 and 200 atm and 200–600 K have Z of roughly 0.8–1.25 (CO₂, CH₄ below 1; H₂, He above);
    // the molar volume shown is derived from such a Z, rounded as a measured value would be.
    vars: { P: range(10, 200, 10), T: range(200, 600, 50), z: range(0.8, 1.25, 0.05) },
    text: (v) => `A real gas at ${v.P} atm and ${v.T} K has molar volume ${compressVm(v)} L/mol. Find its compressibility factor ($R = 0.0821$ L atm/mol K).`, unit: '',
    answer: (v) => (v.P * compressVm(v)) / (0.0821 * v.T), mistakes: (v) => [(0.0821 * v.T) / (v.P * compressVm(v)), (v.P * compressVm(v) * 1000) / (8.314 * v.T), (v.P * compressVm(v)) / (0.0821 * (v.T + 273))],
    solution: () => `$Z = \\frac{PV_m}{RT}$.`,
    hi: { text: (v) => `${v.P} atm और ${v.T} K पर एक वास्तविक गैस का मोलर आयतन ${compressVm(v)} L/mol है। इसका संपीड्यता गुणांक ज्ञात कीजिए ($R = 0.0821$ L atm/mol K)।`, solution: () => `$Z = \\frac{PV_m}{RT}$।` },
    result: [0.78, 1.27] }),
  formula({ id: 'c.atom.photon-energy', subject: C, concepts: ['C.ATOM.DUAL'], difficulty: 2,
    vars: { lam: range(200, 800, 20) },
    text: (v) => `Find the energy of a photon of wavelength ${v.lam} nm in eV ($hc = 1240$ eV nm).`, unit: 'eV',
    answer: (v) => 1240 / v.lam, mistakes: (v) => [v.lam / 1240, 1240 * v.lam, 124 / v.lam],
    solution: () => `$E = hc/\\lambda$.`,
    hi: { text: (v) => `${v.lam} nm तरंगदैर्ध्य वाले फोटॉन की ऊर्जा eV में ज्ञात कीजिए ($hc = 1240$ eV nm)।`, solution: () => `$E = hc/\\lambda$।` },
    result: [1.55, 6.2] }),
  formula({ id: 'c.atom.bohr-energy', subject: C, concepts: ['C.ATOM.BOHR'], difficulty: 2,
    vars: { Z: range(1, 3), n: range(1, 4), w: range(0, 1) },
    text: (v) => `For the hydrogen-like species with $Z = ${v.Z}$, find ${v.w === 0 ? `the energy (eV) of the level $n = ${v.n}$` : `the radius (pm) of orbit $n = ${v.n}$ ($a_0 = 52.9$ pm)`}.`, unit: '',
    answer: (v) => (v.w === 0 ? (-13.6 * v.Z * v.Z) / (v.n * v.n) : (52.9 * v.n * v.n) / v.Z), mistakes: (v) => (v.w === 0 ? [(-13.6 * v.Z) / (v.n * v.n), (13.6 * v.Z * v.Z) / (v.n * v.n), (-13.6 * v.Z * v.Z) / v.n] : [(52.9 * v.n * v.n) * v.Z, (52.9 * v.n) / v.Z, (52.9 * v.Z * v.Z) / v.n]),
    solution: () => `$E_n = -13.6 Z^2/n^2$ eV; $r_n = a_0 n^2/Z$.`,
    hi: { text: (v) => `$Z = ${v.Z}$ वाली हाइड्रोजन-सदृश स्पीशीज़ के लिए ${v.w === 0 ? `स्तर $n = ${v.n}$ की ऊर्जा (eV)` : `कक्षा $n = ${v.n}$ की त्रिज्या (pm) ($a_0 = 52.9$ pm)`} ज्ञात कीजिए।`, solution: () => `$E_n = -13.6 Z^2/n^2$ eV; $r_n = a_0 n^2/Z$।` },
    result: [-123, 847] }),
  formula({ id: 'c.atom.spectral-lines', subject: C, concepts: ['C.ATOM.SPECTRA'], difficulty: 3,
    vars: { n: range(2, 8), w: range(0, 1), n1: range(1, 3) },
    text: (v) => (v.w === 0 ? `How many spectral lines can be emitted when electrons in hydrogen atoms fall from $n = ${v.n}$ to the ground state?` : `Find the wavenumber (cm⁻¹) of the hydrogen line for $n = ${v.n1 + v.n}$ → $n = ${v.n1}$ ($R_H = 109678$ cm⁻¹).`), unit: '',
    answer: (v) => (v.w === 0 ? (v.n * (v.n - 1)) / 2 : 109678 * (1 / v.n1 ** 2 - 1 / (v.n1 + v.n) ** 2)), mistakes: (v) => (v.w === 0 ? [v.n - 1, v.n * (v.n - 1), v.n, v.n + 1, v.n * v.n, (v.n * (v.n + 1)) / 2] : [109678 * (1 / v.n1 - 1 / (v.n1 + v.n)), 109678 / (v.n1 + v.n) ** 2, 109678 * (1 / v.n1 ** 2 + 1 / (v.n1 + v.n) ** 2)]), sig: 5,
    solution: () => `Lines from level $n$: $n(n-1)/2$. Rydberg: $\\bar\\nu = R_H(1/n_1^2 - 1/n_2^2)$.`,
    hi: { text: (v) => (v.w === 0 ? `जब हाइड्रोजन परमाणुओं में इलेक्ट्रॉन $n = ${v.n}$ से निम्नतम अवस्था में आते हैं, तो कितनी स्पेक्ट्रमी रेखाएँ उत्सर्जित हो सकती हैं?` : `हाइड्रोजन की $n = ${v.n1 + v.n}$ → $n = ${v.n1}$ रेखा की तरंग संख्या (cm⁻¹) ज्ञात कीजिए ($R_H = 109678$ cm⁻¹)।`), solution: () => `स्तर $n$ से रेखाएँ: $n(n-1)/2$। रिडबर्ग सूत्र: $\\bar\\nu = R_H(1/n_1^2 - 1/n_2^2)$।` },
    result: [1, 109678] }),
  formula({ id: 'c.atom.nodes', subject: C, concepts: ['C.ATOM.QUANTUM'], difficulty: 2,
    vars: { n: range(2, 6), l: range(0, 3), w: range(0, 2) },
    text: (v) => { const l = Math.min(v.l, v.n - 1); return `For a ${v.n}${'spdf'[l]} orbital, find ${['the number of radial nodes', 'the total number of nodes', 'the number of angular nodes plus the maximum number of electrons in that subshell'][v.w]}.`; }, unit: '',
    answer: (v) => { const l = Math.min(v.l, v.n - 1); return [v.n - l - 1, v.n - 1, l + 2 * (2 * l + 1)][v.w] as number; },
    mistakes: (v) => { const l = Math.min(v.l, v.n - 1); return [v.n - l, l, v.n, 2 * l + 1, v.n + l, v.n - 1, l + 2 * (2 * l + 1) + 1, v.n - l + 2]; },
    solution: () => `Radial nodes $= n - l - 1$, angular nodes $= l$, total $n - 1$; a subshell holds $2(2l+1)$ electrons.`,
    hi: { text: (v) => { const l = Math.min(v.l, v.n - 1); return `${v.n}${'spdf'[l]} कक्षक के लिए ${['त्रिज्य नोडों की संख्या', 'नोडों की कुल संख्या', 'कोणीय नोडों की संख्या और उस उपकोश में इलेक्ट्रॉनों की अधिकतम संख्या का योग'][v.w]} ज्ञात कीजिए।`; }, solution: () => `त्रिज्य नोड $= n - l - 1$, कोणीय नोड $= l$, कुल $n - 1$; एक उपकोश में अधिकतम $2(2l+1)$ इलेक्ट्रॉन होते हैं।` },
    result: [0, 17] }),
  formula({ id: 'c.atom.unpaired', subject: C, concepts: ['C.ATOM.CONFIG'], difficulty: 2,
    vars: { z: range(5, 36) },
    text: (v) => `How many unpaired electrons does a ground-state ${SYMBOLS[v.z]} atom ($Z = ${v.z}$) have?`, unit: '',
    answer: (v) => unpairedElectrons(v.z), mistakes: (v) => [unpairedElectrons(v.z) + 1, unpairedElectrons(v.z) + 2, Math.abs(unpairedElectrons(v.z) - 1) + (unpairedElectrons(v.z) === 1 ? 2 : 0), 0],
    solution: () => `Fill by Aufbau (with Cr: 3d⁵4s¹ and Cu: 3d¹⁰4s¹) and apply Hund's rule.`,
    hi: { text: (v) => `निम्नतम अवस्था वाले ${SYMBOLS[v.z]} परमाणु ($Z = ${v.z}$) में कितने अयुग्मित इलेक्ट्रॉन होते हैं?`, solution: () => `ऑफबाऊ सिद्धांत से भरिए (Cr: 3d⁵4s¹ और Cu: 3d¹⁰4s¹ अपवाद हैं) और हुंड का नियम लगाइए।` },
    result: [0, 6] }),
  formula({ id: 'c.bond.sigma-pi', subject: C, concepts: ['C.BOND.COVALENT'], difficulty: 2,
    vars: { n: range(2, 8), d: range(0, 2), t: range(0, 1), w: range(0, 1) },
    text: (v) => { const d = Math.min(v.d, v.n - 1 - v.t); const h = 2 * v.n + 2 - 2 * d - 4 * v.t; return `An open-chain hydrocarbon $\\mathrm{C_{${v.n}}H_{${h}}}$ has ${d} C=C and ${v.t} C≡C bond(s). How many ${v.w === 0 ? 'σ' : 'π'} bonds does it contain?`; }, unit: '',
    answer: (v) => { const d = Math.min(v.d, v.n - 1 - v.t); const h = 2 * v.n + 2 - 2 * d - 4 * v.t; return v.w === 0 ? v.n + h - 1 : d + 2 * v.t; },
    mistakes: (v) => { const d = Math.min(v.d, v.n - 1 - v.t); const h = 2 * v.n + 2 - 2 * d - 4 * v.t; return [v.n + h, d + v.t, v.n + h - 1 + d + 2 * v.t, v.n - 1]; },
    solution: () => `Every bond has one σ; an acyclic molecule of $N$ atoms has $N - 1$ σ bonds. Each double bond adds one π, each triple two.`,
    hi: { text: (v) => { const d = Math.min(v.d, v.n - 1 - v.t); const h = 2 * v.n + 2 - 2 * d - 4 * v.t; return `एक विवृत-शृंखला हाइड्रोकार्बन $\\mathrm{C_{${v.n}}H_{${h}}}$ में ${d} C=C और ${v.t} C≡C आबंध हैं। इसमें कितने ${v.w === 0 ? 'σ' : 'π'} आबंध हैं?`; }, solution: () => `प्रत्येक आबंध में एक σ होता है; $N$ परमाणुओं वाले अचक्रीय अणु में $N - 1$ σ आबंध होते हैं। प्रत्येक द्विआबंध एक π और प्रत्येक त्रिआबंध दो π जोड़ता है।` },
    result: [0, 25] }),
  formula({ id: 'c.bond.lone-pairs', subject: C, concepts: ['C.BOND.VSEPR'], difficulty: 3,
    vars: { i: range(0, BOND_SPECIES.length - 1) },
    text: (v) => `How many lone pairs are on the central atom of $\\mathrm{${sp(v.i).formula}}$?`, unit: '',
    answer: (v) => stericNumber(sp(v.i)) - sp(v.i).M - sp(v.i).D, mistakes: (v) => [stericNumber(sp(v.i)), sp(v.i).V - sp(v.i).M, stericNumber(sp(v.i)) - sp(v.i).M - sp(v.i).D + 1, 4],
    solution: () => `Steric number $= \\frac12(V + M - \\text{charge})$; lone pairs = steric number − bonded atoms.`,
    hi: { text: (v) => `$\\mathrm{${sp(v.i).formula}}$ के केंद्रीय परमाणु पर कितने एकाकी इलेक्ट्रॉन युग्म हैं?`, solution: () => `स्टेरिक संख्या $= \\frac12(V + M - \\text{आवेश})$; एकाकी युग्म = स्टेरिक संख्या − आबंधित परमाणु।` },
    result: [0, 3] }),
  {
    id: 'c.bond.hybridisation', subject: C, concepts: ['C.BOND.HYBRID', 'C.BOND.VSEPR'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, SPECIES.length - 1);
      const s = SPECIES[i]!;
      const h = HYBRIDS[stericNumber(s)]!;
      return { kind: 'choice', params: { i }, text: `What is the hybridisation of the central atom in $\\mathrm{${s.formula}}$?`, correct: `$${h}$`, distractors: rng.shuffle(HYBRIDS.filter((x) => x && x !== h).map((x) => `$${x}$`)), solution: `Steric number $\\frac12(V + M - \\text{charge}) = ${stericNumber(s)}$ gives $${h}$.`, hi: { text: `$\\mathrm{${s.formula}}$ में केंद्रीय परमाणु का संकरण क्या है?`, solution: `स्टेरिक संख्या $\\frac12(V + M - \\text{आवेश}) = ${stericNumber(s)}$, अतः $${h}$ संकरण।` } };
    },
  },
  formula({ id: 'c.bond.bond-order', subject: C, concepts: ['C.BOND.MOT'], difficulty: 4,
    vars: { e: range(10, 20) },
    text: (v) => `Find the bond order of the homonuclear diatomic species (2nd period) with ${v.e} electrons, e.g. ${['', 'B₂', '', 'C₂', '', 'N₂', '', 'O₂', '', 'F₂', '', 'Ne₂'][v.e - 9] || 'an ion'}.`, unit: '',
    answer: (v) => bondOrder(v.e), mistakes: (v) => [bondOrder(v.e) + 0.5, bondOrder(v.e) - 0.5 >= 0 ? bondOrder(v.e) - 0.5 : 3.5, 2 * bondOrder(v.e) + 1],
    solution: () => `Fill σ1s, σ*1s, σ2s, σ*2s, (π2p, σ2p for ≤14 e; σ2p, π2p beyond), π*2p, σ*2p; bond order = (bonding − antibonding)/2.`,
    hi: { text: (v) => `द्वितीय आवर्त की उस समनाभिकीय द्विपरमाणुक स्पीशीज़ की आबंध कोटि ज्ञात कीजिए जिसमें ${v.e} इलेक्ट्रॉन हैं, उदाहरण ${['', 'B₂', '', 'C₂', '', 'N₂', '', 'O₂', '', 'F₂', '', 'Ne₂'][v.e - 9] || 'एक आयन'}।`, solution: () => `σ1s, σ*1s, σ2s, σ*2s, (≤14 e तक π2p फिर σ2p; उससे अधिक पर σ2p फिर π2p), π*2p, σ*2p भरिए; आबंध कोटि = (आबंधी − प्रतिआबंधी इलेक्ट्रॉन)/2।` },
    result: [0, 3] }),
  formula({ id: 'c.bond.ionic-character', subject: C, concepts: ['C.BOND.POLAR'], difficulty: 3,
    vars: { mu: range(0.5, 3, 0.1), d: range(90, 200, 10) },
    text: (v) => `A diatomic molecule has dipole moment ${v.mu} D and bond length ${v.d} pm. Find its percentage ionic character (1 D = $3.336 \\times 10^{-30}$ C m, $e = 1.6 \\times 10^{-19}$ C).`, unit: '%',
    answer: (v) => (100 * v.mu * 3.336e-30) / (1.6e-19 * v.d * 1e-12), mistakes: (v) => percentMistakes((100 * v.mu * 3.336e-30) / (1.6e-19 * v.d * 1e-12), [(v.mu * 3.336e-30) / (1.6e-19 * v.d * 1e-12), (100 * v.mu * 3.336e-30) / (1.6e-19 * v.d * 1e-10), (100 * 1.6e-19 * v.d * 1e-12) / (v.mu * 3.336e-30)]),
    solution: () => `% ionic $= \\mu_{obs}/(e\\,d) \\times 100$.`,
    hi: { text: (v) => `एक द्विपरमाणुक अणु का द्विध्रुव आघूर्ण ${v.mu} D और आबंध लंबाई ${v.d} pm है। इसका प्रतिशत आयनिक लक्षण ज्ञात कीजिए (1 D = $3.336 \\times 10^{-30}$ C m, $e = 1.6 \\times 10^{-19}$ C)।`, solution: () => `% आयनिक लक्षण $= \\mu_{obs}/(e\\,d) \\times 100$।` },
    result: [5, 70] }),
  formula({ id: 'c.solid.density', subject: C, concepts: ['C.SOLID.STATE'], difficulty: 3,
    vars: { i: range(0, CRYSTALS.length - 1) },
    text: (v) => `${crystal(v.i)[0]} (molar mass ${crystal(v.i)[2]} g/mol) crystallises in a ${LATTICE_EN[crystal(v.i)[1]]} lattice with edge ${crystal(v.i)[3]} pm. Find its density in g/cm³ ($N_A = 6.022 \\times 10^{23}$).`, unit: 'g/cm³',
    answer: (v) => density(crystal(v.i)[1], crystal(v.i)[2], crystal(v.i)[3]), mistakes: (v) => [density(((crystal(v.i)[1] + 1) % 3) as 0 | 1 | 2, crystal(v.i)[2], crystal(v.i)[3]), density(((crystal(v.i)[1] + 2) % 3) as 0 | 1 | 2, crystal(v.i)[2], crystal(v.i)[3]), density(crystal(v.i)[1], crystal(v.i)[2], crystal(v.i)[3]) / 1000],
    solution: () => `$\\rho = \\frac{ZM}{a^3N_A}$ with $Z = 1, 2, 4$ and $a$ in cm.`,
    hi: { text: (v) => `${CRYSTAL_HI[v.i]} (मोलर द्रव्यमान ${crystal(v.i)[2]} g/mol) ${LATTICE_HI[crystal(v.i)[1]]} जालक में क्रिस्टलीकृत होता है जिसकी कोर लंबाई ${crystal(v.i)[3]} pm है। इसका घनत्व g/cm³ में ज्ञात कीजिए ($N_A = 6.022 \\times 10^{23}$)।`, solution: () => `$\\rho = \\frac{ZM}{a^3N_A}$, जहाँ $Z = 1, 2, 4$ और $a$ cm में ($1$ pm $= 10^{-10}$ cm)।` },
    result: [0.5, 20] }),
  formula({ id: 'c.td.dh-du', subject: C, concepts: ['C.TD.FIRST'], difficulty: 2,
    vars: { dU: range(-500, 500, 25), dn: range(-3, 3), T: [298, 300, 400, 500] },
    text: (v) => `For a gaseous reaction at ${v.T} K, $\\Delta U = ${v.dU}$ kJ/mol and $\\Delta n_g = ${v.dn}$. Find $\\Delta H$ in kJ/mol ($R = 8.314$ J/mol K).`, unit: 'kJ/mol',
    answer: (v) => v.dU + (v.dn * R * v.T) / 1000, mistakes: (v) => [v.dU - (v.dn * R * v.T) / 1000, v.dU + v.dn * R * v.T, v.dU], sig: 4,
    solution: () => `$\\Delta H = \\Delta U + \\Delta n_g RT$.`,
    hi: { text: (v) => `${v.T} K पर एक गैसीय अभिक्रिया के लिए $\\Delta U = ${v.dU}$ kJ/mol और $\\Delta n_g = ${v.dn}$ है। $\\Delta H$ को kJ/mol में ज्ञात कीजिए ($R = 8.314$ J/mol K)।`, solution: () => `$\\Delta H = \\Delta U + \\Delta n_g RT$ (RT को kJ में बदलकर)।` },
    result: [-513, 513] }),
  formula({ id: 'c.td.hess', subject: C, concepts: ['C.TD.HESS'], difficulty: 3,
    vars: { a: range(-400, -50, 10), b: range(-300, -50, 10), c: range(-900, -100, 10) },
    text: (v) => `For $\\mathrm{A + 2B \\to C}$, the enthalpies of formation are A: ${v.a}, B: ${v.b}, C: ${v.c} kJ/mol. Find $\\Delta_r H$.`, unit: 'kJ/mol',
    answer: (v) => v.c - v.a - 2 * v.b, mistakes: (v) => [v.c - v.a - v.b, v.a + 2 * v.b - v.c, v.c + v.a + 2 * v.b],
    solution: () => `$\\Delta_r H = \\sum \\Delta_f H(\\text{products}) - \\sum \\Delta_f H(\\text{reactants})$.`,
    hi: { text: (v) => `$\\mathrm{A + 2B \\to C}$ के लिए संभवन एन्थैल्पी A: ${v.a}, B: ${v.b}, C: ${v.c} kJ/mol हैं। $\\Delta_r H$ ज्ञात कीजिए।`, solution: () => `$\\Delta_r H = \\sum \\Delta_f H(\\text{उत्पाद}) - \\sum \\Delta_f H(\\text{अभिकारक})$।` },
    result: [-750, 900] }),
  formula({ id: 'c.td.bond-enthalpy', subject: C, concepts: ['C.TD.BOND_ENTHALPY', 'C.TD.HESS'], difficulty: 3,
    vars: { hh: [432, 436], xx: [158, 242, 193, 151], hx: [568, 431, 366, 299] },
    text: (v) => `Using bond enthalpies H–H ${v.hh}, X–X ${v.xx} and H–X ${v.hx} kJ/mol, find $\\Delta H$ for $\\mathrm{H_2 + X_2 \\to 2HX}$.`, unit: 'kJ/mol',
    answer: (v) => v.hh + v.xx - 2 * v.hx, mistakes: (v) => [v.hh + v.xx - v.hx, 2 * v.hx - v.hh - v.xx, v.hh - v.xx - 2 * v.hx],
    solution: () => `$\\Delta H = \\sum$ (bonds broken) $- \\sum$ (bonds formed).`,
    hi: { text: (v) => `आबंध एन्थैल्पी H–H ${v.hh}, X–X ${v.xx} और H–X ${v.hx} kJ/mol का उपयोग करके $\\mathrm{H_2 + X_2 \\to 2HX}$ के लिए $\\Delta H$ ज्ञात कीजिए।`, solution: () => `$\\Delta H = \\sum$ (टूटे आबंध) $- \\sum$ (बने आबंध)।` },
    result: [-560, 80] }),
  formula({ id: 'c.td.phase-entropy', subject: C, concepts: ['C.TD.ENTROPY'], difficulty: 3,
    // Entropies of vaporisation of real liquids cluster near Trouton's 85–110 J/(mol K); ΔH is derived from one.
    vars: { T: range(250, 400, 10), S: range(80, 110, 2) },
    text: (v) => `A liquid has enthalpy of vaporisation ${(v.T * v.S) / 1000} kJ/mol at its boiling point ${v.T} K. Find the entropy of vaporisation in J/(mol K).`, unit: 'J/(mol K)',
    answer: (v) => (v.T * v.S) / v.T, mistakes: (v) => [v.S / 1000, (v.T * 1000) / ((v.T * v.S) / 1000), (v.T * v.S) / (v.T + 273)],
    solution: () => `At equilibrium $\\Delta S = \\Delta H / T$ (J, not kJ).`,
    hi: { text: (v) => `एक द्रव की वाष्पन एन्थैल्पी उसके क्वथनांक ${v.T} K पर ${(v.T * v.S) / 1000} kJ/mol है। वाष्पन की एन्ट्रॉपी J/(mol K) में ज्ञात कीजिए।`, solution: () => `साम्यावस्था (क्वथनांक) पर $\\Delta S = \\Delta H / T$ (kJ को J में बदलकर)।` },
    result: [80, 110] }),
  formula({ id: 'c.td.gibbs', subject: C, concepts: ['C.TD.GIBBS', 'C.TD.ENTROPY'], difficulty: 3,
    // The crossover ΔG = 0 exists only when ΔH and ΔS share a sign; it is drawn (250–1500 K) and ΔH derived from it.
    vars: { dH: range(-200, 200, 10), dS: range(-300, 300, 20), T: range(200, 1000, 100), w: range(0, 1), Tx: range(250, 1500, 50), sx: range(60, 300, 20), sg: [1, -1] },
    text: (v) => (v.w === 0 ? `Find $\\Delta G$ (kJ/mol) at ${v.T} K if $\\Delta H = ${v.dH}$ kJ/mol and $\\Delta S = ${gibbsS(v)}$ J/(mol K).` : `For a reaction $\\Delta H = ${crossH(v)}$ kJ/mol and $\\Delta S = ${v.sg * v.sx}$ J/(mol K), both nearly independent of temperature. At what temperature (K) is $\\Delta G = 0$?`), unit: '',
    answer: (v) => (v.w === 0 ? v.dH - (v.T * gibbsS(v)) / 1000 : (crossH(v) * 1000) / (v.sg * v.sx)),
    mistakes: (v) => (v.w === 0 ? [v.dH + (v.T * gibbsS(v)) / 1000, v.dH - v.T * gibbsS(v), v.dH - ((v.T - 273) * gibbsS(v)) / 1000] : [v.Tx + 273, v.Tx / 1000, 1e6 / v.Tx]),
    solution: (v) => (v.w === 0 ? `$\\Delta G = \\Delta H - T\\Delta S$ with $\\Delta S$ converted to kJ: $${v.dH} - ${v.T} \\times (${gibbsS(v)}/1000)$.` : `$\\Delta G = 0$ at $T = \\Delta H/\\Delta S = ${crossH(v)} \\times 1000 / ${v.sg * v.sx}$ (J, not kJ). ${v.sg > 0 ? 'Both positive: spontaneous above this temperature.' : 'Both negative: spontaneous below this temperature.'}`),
    hi: { text: (v) => (v.w === 0 ? `${v.T} K पर $\\Delta G$ (kJ/mol) ज्ञात कीजिए यदि $\\Delta H = ${v.dH}$ kJ/mol और $\\Delta S = ${gibbsS(v)}$ J/(mol K) है।` : `एक अभिक्रिया के लिए $\\Delta H = ${crossH(v)}$ kJ/mol और $\\Delta S = ${v.sg * v.sx}$ J/(mol K) हैं, दोनों ताप पर लगभग निर्भर नहीं। किस ताप (K) पर $\\Delta G = 0$ होगा?`), solution: (v) => (v.w === 0 ? `$\\Delta G = \\Delta H - T\\Delta S$ ($\\Delta S$ को kJ में बदलकर): $${v.dH} - ${v.T} \\times (${gibbsS(v)}/1000)$।` : `$\\Delta G = 0$ जब $T = \\Delta H/\\Delta S = ${crossH(v)} \\times 1000 / ${v.sg * v.sx}$ (J, kJ नहीं)। ${v.sg > 0 ? 'दोनों धनात्मक: इस ताप से ऊपर अभिक्रिया स्वतः प्रवर्तित है।' : 'दोनों ऋणात्मक: इस ताप से नीचे अभिक्रिया स्वतः प्रवर्तित है।'}`) },
    result: [-500, 1500] }),
];

/** Grams of the first element symbol in a plain formula like `C6H12O6`. */
export function firstElementMass(f: string): number {
  const m = /^([A-Z][a-z]?)(\d*)/.exec(f)!;
  const mass: Record<string, number> = { H: 1, C: 12, N: 14, O: 16, Na: 23, Mg: 24, Al: 27, S: 32, Cl: 35.5, K: 39, Ca: 40 };
  return (mass[m[1]!] ?? 0) * Number(m[2] || 1);
}
function elementCount(f: string): number {
  return (f.match(/[A-Z]/g) ?? []).length;
}
/** Bond order of a second-period homonuclear diatomic with `e` electrons (10–20). */
export function bondOrder(e: number): number {
  const valence = e - 4; // σ1s² σ*1s²
  // Order (and capacity) of valence MOs; s-p mixing puts π2p below σ2p up to N₂ (14 e in total).
  const order = e <= 14 ? [['b', 2], ['a', 2], ['b', 4], ['b', 2], ['a', 4], ['a', 2]] : [['b', 2], ['a', 2], ['b', 2], ['b', 4], ['a', 4], ['a', 2]];
  let left = valence;
  let bonding = 0;
  let anti = 0;
  for (const [kind, cap] of order as [string, number][]) {
    const take = Math.min(left, cap);
    if (kind === 'b') bonding += take;
    else anti += take;
    left -= take;
  }
  return (bonding - anti) / 2;
}
