import { facts, formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;

/**
 * Oxide formation per mole of O₂ from handbook ΔfH° and S° (298 K): reaction, oxide, ΔH° (kJ),
 * ΔS° (J/K). Taken as temperature-independent (straight Ellingham lines below the metals' boiling
 * points); the carbon line 2C + O₂ → 2CO is ΔH° = −221 kJ, ΔS° = +179 J/K.
 */
export const ELLINGHAM = [
  ['2Fe + O_2 \\to 2FeO', 'FeO', -544, -138], ['2Zn + O_2 \\to 2ZnO', 'ZnO', -701, -201], ['2Ni + O_2 \\to 2NiO', 'NiO', -480, -189],
  ['4Cu + O_2 \\to 2Cu_2O', 'Cu_2O', -337, -152], ['Sn + O_2 \\to SnO_2', 'SnO_2', -578, -207], ['2Pb + O_2 \\to 2PbO', 'PbO', -438, -202],
  ['2Mn + O_2 \\to 2MnO', 'MnO', -770, -150], ['\\tfrac43 Cr + O_2 \\to \\tfrac23 Cr_2O_3', 'Cr_2O_3', -760, -183],
] as const;
/** Typographic minus, as in the carbon line's data beside it. */
const minus = (x: number) => String(x).replace('-', '−');
const ox = (i: number) => ELLINGHAM[i] as readonly [string, string, number, number];
const CARBON_H = -221;
const CARBON_S = 179;
/** Lowest temperature at which C → CO reduces the oxide: where the two lines cross. */
const crossover = (i: number) => (CARBON_H - ox(i)[2]) / ((CARBON_S - ox(i)[3]) / 1000);

/**
 * Ores: English name, Hindi name, mineral formula (LaTeX), molar mass of the mineral (g/mol, with
 * Fe 56, Cu 63.5, Zn 65, Pb 207, Sn 119, Al 27, S 32, O 16, C 12), metal, metal atoms per formula.
 */
export const ORES = [
  ['haematite', 'हेमाटाइट', 'Fe_2O_3', 160, 'Fe', 2], ['magnetite', 'मैग्नेटाइट', 'Fe_3O_4', 232, 'Fe', 3], ['siderite', 'सिडेराइट', 'FeCO_3', 116, 'Fe', 1],
  ['cuprite', 'क्यूप्राइट', 'Cu_2O', 143, 'Cu', 2], ['copper glance', 'कॉपर ग्लान्स', 'Cu_2S', 159, 'Cu', 2], ['copper pyrites', 'कॉपर पायराइट', 'CuFeS_2', 183.5, 'Cu', 1],
  ['zinc blende', 'जिंक ब्लेंड', 'ZnS', 97, 'Zn', 1], ['calamine', 'कैलामाइन', 'ZnCO_3', 125, 'Zn', 1], ['galena', 'गैलेना', 'PbS', 239, 'Pb', 1],
  ['cassiterite', 'कैसिटेराइट', 'SnO_2', 151, 'Sn', 1], ['alumina (from bauxite)', 'ऐलुमिना (बॉक्साइट से)', 'Al_2O_3', 102, 'Al', 2],
] as const;
const ore = (i: number) => ORES[i] as readonly [string, string, string, number, string, number];
const METAL_MASS: Record<string, number> = { Fe: 56, Cu: 63.5, Zn: 65, Pb: 207, Sn: 119, Al: 27 };
const oreYield = (i: number, p: number, r: number, n = ore(i)[5]) => ((1000 * p) / 100) * ((n * METAL_MASS[ore(i)[4]]!) / ore(i)[3]) * (r / 100);

const F = 96500;
/** Hall–Héroult: kg of Al (3 e⁻ per atom) or of anode carbon burnt to CO₂ (4 e⁻ per atom) from a charge. */
const hallMass = (v: { I: number; t: number; eta: number; w: number }, perElectron = v.w === 0 ? 27 / 3 : 12 / 4) => ((v.I * 1000 * v.t * 3600 * (v.eta / 100)) / F) * perElectron / 1000;

/** Octahedral d^n ground state: t2g and eg occupancy, low spin when Δo exceeds the pairing energy. */
export function octahedral(n: number, lowSpin: boolean): { t: number; e: number; unpaired: number } {
  const t = lowSpin ? Math.min(n, 6) : n <= 3 ? n : n <= 5 ? 3 : Math.min(6, n - 2);
  const e = n - t;
  const single = (k: number, orbitals: number) => (k <= orbitals ? k : 2 * orbitals - k);
  return { t, e, unpaired: single(t, 3) + single(e, 2) };
}
const tenth = (x: number) => Math.round(x * 10) / 10 + 0;
const cfse = (t: number, e: number) => tenth(-0.4 * t + 0.6 * e);
/** High-spin tetrahedral e^a t2^b CFSE in Δt units: the value a student gets using the wrong geometry. */
const tetrahedralCfse = (n: number) => { const e = n <= 2 ? n : n <= 5 ? 2 : n <= 7 ? n - 3 : 4; return tenth(-0.6 * e + 0.4 * (n - e)); };
/**
 * Named mistakes for an octahedral CFSE, kept to values an octahedral d^n ion can have (−2.4 to 0 Δo):
 * the other spin state, tetrahedral splitting, only t2g counted, the metal's d count without
 * removing the ion's charge (d^{n+ox}), one electron put in the wrong set (±1.0 Δo), the d count off
 * by one.
 */
function cfseMistakes(n: number, oxState: number, lowSpin: boolean): number[] {
  const g = octahedral(n, lowSpin);
  const o = octahedral(n, !lowSpin);
  const raw = n + oxState <= 10 ? octahedral(n + oxState, lowSpin) : null;
  const value = cfse(g.t, g.e);
  const pool = [cfse(o.t, o.e), tetrahedralCfse(n), tenth(-0.4 * g.t), raw ? cfse(raw.t, raw.e) : NaN, tenth(value + 1), tenth(value - 1), ...[n - 1, n + 1].map((k) => { const x = octahedral(k, lowSpin); return cfse(x.t, x.e); })];
  return [...new Set(pool.filter((x) => x >= -2.4 && x <= 0 && x !== value))];
}
const mu = (u: number) => Math.sqrt(u * (u + 2));
const f2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
/** Spin-only moment of u unpaired electrons as an option text, two decimals like every option beside it. */
const bm = (u: number) => `$${f2(mu(u))}$ BM`;

/** Octahedral complexes of known spin state: formula, d-electron count, low spin, metal oxidation state. */
export const CFT_COMPLEXES = [
  ['[Ti(H_2O)_6]^{3+}', 1, false, 3], ['[V(H_2O)_6]^{3+}', 2, false, 3], ['[Cr(H_2O)_6]^{3+}', 3, false, 3], ['[Cr(H_2O)_6]^{2+}', 4, false, 2],
  ['[Mn(CN)_6]^{3-}', 4, true, 3], ['[Mn(H_2O)_6]^{2+}', 5, false, 2], ['[Fe(CN)_6]^{3-}', 5, true, 3], ['[Fe(H_2O)_6]^{2+}', 6, false, 2],
  ['[Fe(CN)_6]^{4-}', 6, true, 2], ['[Co(NH_3)_6]^{3+}', 6, true, 3], ['[CoF_6]^{3-}', 6, false, 3], ['[Co(H_2O)_6]^{2+}', 7, false, 2],
  ['[Ni(NH_3)_6]^{2+}', 8, false, 2], ['[Cu(H_2O)_6]^{2+}', 9, false, 2], ['[Co(en)_3]^{3+}', 6, true, 3],
] as const;
const cx = (i: number) => CFT_COMPLEXES[i] as readonly [string, number, boolean, number];

/**
 * Complexes whose lowest-energy spin-allowed d–d band equals Δo (d¹, d³, d⁸): formula and the
 * measured absorption maximum in nm.
 */
export const DD_BANDS = [
  ['[Ti(H_2O)_6]^{3+}', 498], ['[Cr(H_2O)_6]^{3+}', 575], ['[Cr(NH_3)_6]^{3+}', 465], ['[Cr(en)_3]^{3+}', 457], ['[Cr(CN)_6]^{3-}', 375],
  ['[CrCl_6]^{3-}', 735], ['[Ni(H_2O)_6]^{2+}', 1176], ['[Ni(NH_3)_6]^{2+}', 925], ['[Ni(en)_3]^{2+}', 870],
] as const;
const band = (i: number) => DD_BANDS[i] as readonly [string, number];
/** N_A·h·c in kJ nm mol⁻¹ with h = 6.626 × 10⁻³⁴ J s, c = 3 × 10⁸ m/s, N_A = 6.022 × 10²³. */
const NAHC = (6.626e-34 * 3e8 * 6.022e23 * 1e9) / 1000;

/** Metallurgy and crystal field theory (units that had no template), at Main and Advanced depth. */
export const chemDepthInorganicGenerators: GeneratorDef[] = [
  formula({ id: 'c.met.ellingham-crossover', subject: C, concepts: ['C.METALLURGY', 'C.TD.GIBBS'], difficulty: 4,
    vars: { i: range(0, ELLINGHAM.length - 1) },
    text: (v) => `Per mole of O₂ (take ΔH° and ΔS° independent of temperature): $\\mathrm{2C(s) + O_2(g) \\to 2CO(g)}$, ΔH° = −221 kJ, ΔS° = +179 J K⁻¹; $\\mathrm{${ox(v.i)[0]}}$, ΔH° = ${minus(ox(v.i)[2])} kJ, ΔS° = ${minus(ox(v.i)[3])} J K⁻¹. Find the lowest temperature (in K) above which carbon reduces $\\mathrm{${ox(v.i)[1]}}$ to the metal under standard conditions.`, unit: 'K',
    answer: (v) => crossover(v.i),
    mistakes: (v) => [ox(v.i)[2] / (ox(v.i)[3] / 1000), (CARBON_H - ox(v.i)[2]) / (CARBON_S / 1000), (CARBON_H - ox(v.i)[2]) / (-ox(v.i)[3] / 1000)],
    solution: (v) => `For $\\mathrm{${ox(v.i)[1]}}$ + C → metal + CO (per mol O₂), $\\Delta G^\\circ = \\Delta G^\\circ_{CO} - \\Delta G^\\circ_{oxide} = (${CARBON_H} + ${-ox(v.i)[2]}) - T\\,\\frac{${CARBON_S} + ${-ox(v.i)[3]}}{1000}$ kJ. It becomes negative above $T = \\frac{${CARBON_H - ox(v.i)[2]}}{${(CARBON_S - ox(v.i)[3]) / 1000}}$ K, where the CO line crosses below the oxide line on the Ellingham diagram (the CO line slopes down because ΔS° > 0).`,
    hi: { text: (v) => `प्रति मोल O₂ (ΔH° और ΔS° को ताप से स्वतंत्र मानिए): $\\mathrm{2C(s) + O_2(g) \\to 2CO(g)}$, ΔH° = −221 kJ, ΔS° = +179 J K⁻¹; $\\mathrm{${ox(v.i)[0]}}$, ΔH° = ${minus(ox(v.i)[2])} kJ, ΔS° = ${minus(ox(v.i)[3])} J K⁻¹। वह न्यूनतम ताप (K में) ज्ञात कीजिए जिसके ऊपर मानक परिस्थितियों में कार्बन $\\mathrm{${ox(v.i)[1]}}$ का धातु में अपचयन करता है।`, solution: (v) => `$\\mathrm{${ox(v.i)[1]}}$ + C → धातु + CO (प्रति मोल O₂) के लिए $\\Delta G^\\circ = \\Delta G^\\circ_{CO} - \\Delta G^\\circ_{oxide} = (${CARBON_H} + ${-ox(v.i)[2]}) - T\\,\\frac{${CARBON_S} + ${-ox(v.i)[3]}}{1000}$ kJ। यह $T = \\frac{${CARBON_H - ox(v.i)[2]}}{${(CARBON_S - ox(v.i)[3]) / 1000}}$ K के ऊपर ऋणात्मक होता है, जहाँ एलिंघम आरेख पर CO की रेखा ऑक्साइड की रेखा के नीचे आ जाती है (ΔS° > 0 होने से CO की रेखा नीचे की ओर झुकती है)।` },
    result: [300, 1800] }),
  formula({ id: 'c.met.ore-yield', subject: C, concepts: ['C.METALLURGY', 'C.BASIC.STOICH'], difficulty: 2,
    vars: { i: range(0, ORES.length - 1), p: range(40, 90, 5), r: [80, 85, 90, 95] },
    text: (v) => `One tonne (1000 kg) of an ore contains ${v.p} % ${ore(v.i)[0]} ($\\mathrm{${ore(v.i)[2]}}$) by mass; the gangue contains no ${ore(v.i)[4]}. If ${v.r} % of the metal is recovered, find the mass of ${ore(v.i)[4]} obtained in kg (Fe 56, Cu 63.5, Zn 65, Pb 207, Sn 119, Al 27, S 32, O 16, C 12).`, unit: 'kg',
    answer: (v) => oreYield(v.i, v.p, v.r),
    mistakes: (v) => [oreYield(v.i, v.p, 100), oreYield(v.i, 100, v.r), oreYield(v.i, v.p, v.r, 1) === oreYield(v.i, v.p, v.r) ? oreYield(v.i, v.p, v.r, 2) : oreYield(v.i, v.p, v.r, 1), oreYield(v.i, v.p, v.r) * (v.r / 100)],
    solution: (v) => `Mass of mineral = ${10 * v.p} kg. Metal fraction in $\\mathrm{${ore(v.i)[2]}}$ = $\\frac{${ore(v.i)[5]} \\times ${METAL_MASS[ore(v.i)[4]]}}{${ore(v.i)[3]}}$. Metal recovered = ${10 * v.p} × that fraction × ${v.r / 100}.`,
    hi: { text: (v) => `एक टन (1000 kg) अयस्क में द्रव्यमान से ${v.p} % ${ore(v.i)[1]} ($\\mathrm{${ore(v.i)[2]}}$) है; गैंग में ${ore(v.i)[4]} नहीं है। यदि धातु का ${v.r} % पुनः प्राप्त होता है, तो प्राप्त ${ore(v.i)[4]} का द्रव्यमान kg में ज्ञात कीजिए (Fe 56, Cu 63.5, Zn 65, Pb 207, Sn 119, Al 27, S 32, O 16, C 12)।`, solution: (v) => `खनिज का द्रव्यमान = ${10 * v.p} kg। $\\mathrm{${ore(v.i)[2]}}$ में धातु का अंश = $\\frac{${ore(v.i)[5]} \\times ${METAL_MASS[ore(v.i)[4]]}}{${ore(v.i)[3]}}$। प्राप्त धातु = ${10 * v.p} × यह अंश × ${v.r / 100}।` },
    result: [100, 800] }),
  formula({ id: 'c.met.hall-heroult', subject: C, concepts: ['C.METALLURGY', 'C.ELEC.FARADAY'], difficulty: 3,
    vars: { I: [100, 150, 200, 250, 300], t: [8, 12, 24], eta: [85, 90, 95], w: range(0, 1) },
    text: (v) => `An aluminium cell (Hall–Héroult process: alumina dissolved in molten cryolite, carbon anodes) runs at ${v.I} kA for ${v.t} h with ${v.eta} % current efficiency. Find the mass (in kg) of ${v.w === 0 ? 'aluminium deposited' : 'anode carbon burnt to CO₂ by the same useful charge'} (F = 96500 C mol⁻¹; Al 27, C 12).`, unit: 'kg',
    answer: (v) => hallMass(v),
    mistakes: (v) => [hallMass({ ...v, eta: 100 }), hallMass(v, v.w === 0 ? 27 : 12 / 2), hallMass(v, v.w === 0 ? 27 / 2 : 12)],
    solution: (v) => `Useful charge $Q = ${v.I} \\times 10^{3} \\times ${v.t} \\times 3600 \\times ${v.eta / 100}$ C. ${v.w === 0 ? 'Cathode: $\\mathrm{Al^{3+} + 3e^- \\to Al}$, so 27/3 g per mole of electrons' : 'Anode: $\\mathrm{C + 2O^{2-} \\to CO_2 + 4e^-}$, so 12/4 g of carbon per mole of electrons'}; mass $= \\frac{Q}{F} \\times ${v.w === 0 ? '9' : '3'}$ g.`,
    hi: { text: (v) => `एक ऐलुमिनियम सेल (हॉल–हेरॉल्ट प्रक्रम: गलित क्रायोलाइट में घुली ऐलुमिना, कार्बन ऐनोड) ${v.I} kA पर ${v.t} h तक ${v.eta} % धारा दक्षता से चलता है। ${v.w === 0 ? 'निक्षेपित ऐलुमिनियम' : 'उसी उपयोगी आवेश द्वारा CO₂ में जले ऐनोड कार्बन'} का द्रव्यमान (kg में) ज्ञात कीजिए (F = 96500 C mol⁻¹; Al 27, C 12)।`, solution: (v) => `उपयोगी आवेश $Q = ${v.I} \\times 10^{3} \\times ${v.t} \\times 3600 \\times ${v.eta / 100}$ C। ${v.w === 0 ? 'कैथोड: $\\mathrm{Al^{3+} + 3e^- \\to Al}$, अतः प्रति मोल इलेक्ट्रॉन 27/3 g' : 'ऐनोड: $\\mathrm{C + 2O^{2-} \\to CO_2 + 4e^-}$, अतः प्रति मोल इलेक्ट्रॉन 12/4 g कार्बन'}; द्रव्यमान $= \\frac{Q}{F} \\times ${v.w === 0 ? '9' : '3'}$ g।` },
    result: [70, 2400] }),
  facts({ id: 'c.met.refining-methods', subject: C, concepts: ['C.METALLURGY'], difficulty: 2, items: [
    { q: 'The Mond process refines', a: 'nickel', wrong: ['zirconium', 'copper', 'zinc', 'tin'], why: 'Impure Ni + 4CO → Ni(CO)₄ (volatile, ~330 K), which decomposes to pure Ni at ~450 K.', hi: { q: 'मॉन्ड प्रक्रम से किसका शोधन होता है?', a: 'निकैल', wrong: ['ज़र्कोनियम', 'कॉपर', 'ज़िंक', 'टिन'], why: 'अशुद्ध Ni + 4CO → Ni(CO)₄ (वाष्पशील, ~330 K), जो ~450 K पर शुद्ध Ni में विघटित होता है।' } },
    { q: 'The van Arkel (iodide) method refines', a: 'zirconium', wrong: ['nickel', 'iron', 'lead', 'aluminium'], why: 'Zr + 2I₂ → ZrI₄ (volatile), decomposed on a hot tungsten filament to pure Zr.', hi: { q: 'वान आर्केल (आयोडाइड) विधि से किसका शोधन होता है?', a: 'ज़र्कोनियम', wrong: ['निकैल', 'आयरन', 'लेड', 'ऐलुमिनियम'], why: 'Zr + 2I₂ → ZrI₄ (वाष्पशील), जो गर्म टंगस्टन तंतु पर विघटित होकर शुद्ध Zr देता है।' } },
    { q: 'Zone refining is used to obtain semiconductor-grade', a: 'germanium', wrong: ['copper', 'zinc', 'iron', 'lead'], why: 'Impurities are more soluble in the melt, so a moving molten zone sweeps them to one end.', hi: { q: 'मंडल परिष्करण से अर्धचालक-श्रेणी का कौन-सा तत्व प्राप्त होता है?', a: 'जर्मेनियम', wrong: ['कॉपर', 'ज़िंक', 'आयरन', 'लेड'], why: 'अशुद्धियाँ गलित में अधिक विलेय होती हैं, अतः चलता गलित मंडल उन्हें एक सिरे पर ले जाता है।' } },
    { q: 'Froth flotation is used to concentrate', a: 'sulphide ores', wrong: ['oxide ores', 'carbonate ores', 'halide ores', 'native metals'], why: 'Sulphide particles are wetted by the oil (collector) and rise with the froth; the gangue is wetted by water.', hi: { q: 'फेन प्लवन विधि से किसका सांद्रण होता है?', a: 'सल्फाइड अयस्कों का', wrong: ['ऑक्साइड अयस्कों का', 'कार्बोनेट अयस्कों का', 'हैलाइड अयस्कों का', 'प्राकृत धातुओं का'], why: 'सल्फाइड कण तेल (संग्राहक) से भीगकर फेन के साथ ऊपर आते हैं; गैंग जल से भीगता है।' } },
    { q: 'In the froth flotation of an ore containing ZnS and PbS, NaCN acts as', a: 'a depressant for ZnS', wrong: ['a collector for ZnS', 'a froth stabiliser', 'a depressant for PbS', 'a flux'], why: 'CN⁻ forms a complex on the ZnS surface, so only PbS floats.', hi: { q: 'ZnS और PbS वाले अयस्क के फेन प्लवन में NaCN कार्य करता है', a: 'ZnS के लिए अवनमक के रूप में', wrong: ['ZnS के लिए संग्राहक के रूप में', 'फेन स्थायीकारी के रूप में', 'PbS के लिए अवनमक के रूप में', 'गालक के रूप में'], why: 'CN⁻, ZnS की सतह पर संकुल बनाता है, अतः केवल PbS तैरता है।' } },
    { q: 'Bauxite is concentrated by leaching with', a: 'hot concentrated NaOH', wrong: ['dilute HCl', 'aqueous NaCN with air', 'water', 'dilute H₂SO₄'], why: 'Baeyer process: Al₂O₃ dissolves as Na[Al(OH)₄]; Fe₂O₃ and TiO₂ stay behind.', hi: { q: 'बॉक्साइट का सांद्रण किसके साथ निक्षालन द्वारा होता है?', a: 'गर्म सांद्र NaOH', wrong: ['तनु HCl', 'वायु सहित जलीय NaCN', 'जल', 'तनु H₂SO₄'], why: 'बेयर प्रक्रम: Al₂O₃, Na[Al(OH)₄] के रूप में घुलता है; Fe₂O₃ और TiO₂ शेष रहते हैं।' } },
    { q: 'Silver and gold are extracted from their ores by leaching with', a: 'aqueous NaCN in the presence of air', wrong: ['hot concentrated NaOH', 'dilute HCl', 'water', 'concentrated H₂SO₄'], why: '4Au + 8CN⁻ + 2H₂O + O₂ → 4[Au(CN)₂]⁻ + 4OH⁻; zinc then displaces the metal.', hi: { q: 'सिल्वर और गोल्ड का निष्कर्षण उनके अयस्कों के किसके साथ निक्षालन द्वारा होता है?', a: 'वायु की उपस्थिति में जलीय NaCN', wrong: ['गर्म सांद्र NaOH', 'तनु HCl', 'जल', 'सांद्र H₂SO₄'], why: '4Au + 8CN⁻ + 2H₂O + O₂ → 4[Au(CN)₂]⁻ + 4OH⁻; फिर ज़िंक धातु को विस्थापित करता है।' } },
    { q: 'Cryolite is added to alumina in the Hall–Héroult cell to', a: 'lower the melting point and raise the conductivity', wrong: ['oxidise the carbon anode', 'act as the reducing agent', 'remove silica as slag', 'raise the melting point'], why: 'Pure Al₂O₃ melts above 2300 K and conducts poorly; the cryolite melt works near 1240 K.', hi: { q: 'हॉल–हेरॉल्ट सेल में ऐलुमिना में क्रायोलाइट क्यों मिलाया जाता है?', a: 'गलनांक घटाने और चालकता बढ़ाने के लिए', wrong: ['कार्बन ऐनोड को ऑक्सीकृत करने के लिए', 'अपचायक के रूप में कार्य करने के लिए', 'सिलिका को धातुमल के रूप में हटाने के लिए', 'गलनांक बढ़ाने के लिए'], why: 'शुद्ध Al₂O₃ 2300 K से ऊपर पिघलता है और कम चालक है; क्रायोलाइट गलित लगभग 1240 K पर कार्य करता है।' } },
    { q: 'In the extraction of copper from copper pyrites, silica is added to', a: 'remove iron as FeSiO₃ slag', wrong: ['reduce Cu₂O to Cu', 'remove sulphur as SO₂', 'act as a collector', 'lower the melting point of copper'], why: 'FeO + SiO₂ → FeSiO₃ (slag) floats over the copper matte.', hi: { q: 'कॉपर पायराइट से कॉपर के निष्कर्षण में सिलिका क्यों मिलाई जाती है?', a: 'आयरन को FeSiO₃ धातुमल के रूप में हटाने के लिए', wrong: ['Cu₂O का Cu में अपचयन करने के लिए', 'सल्फर को SO₂ के रूप में हटाने के लिए', 'संग्राहक के रूप में', 'कॉपर का गलनांक घटाने के लिए'], why: 'FeO + SiO₂ → FeSiO₃ (धातुमल) कॉपर मैट के ऊपर तैरता है।' } },
    { q: 'Blister copper is so called because', a: 'escaping SO₂ leaves blisters on the solidified metal', wrong: ['it contains 50 % iron', 'it is made by electrolysis', 'escaping CO₂ leaves blisters', 'it is coated with Cu₂O'], why: 'In the converter Cu₂S + 2Cu₂O → 6Cu + SO₂ (self-reduction); the gas blisters the surface.', hi: { q: 'फफोलेदार कॉपर (ब्लिस्टर कॉपर) को यह नाम क्यों दिया गया है?', a: 'निकलती SO₂ ठोस धातु पर फफोले छोड़ती है', wrong: ['इसमें 50 % आयरन होता है', 'यह विद्युत अपघटन से बनता है', 'निकलती CO₂ फफोले छोड़ती है', 'इस पर Cu₂O की परत होती है'], why: 'परिवर्तक में Cu₂S + 2Cu₂O → 6Cu + SO₂ (स्व-अपचयन); गैस सतह पर फफोले बनाती है।' } },
    { q: 'Converting a carbonate ore to the oxide by heating in a limited supply of air is called', a: 'calcination', wrong: ['roasting', 'smelting', 'leaching', 'poling'], why: 'ZnCO₃ → ZnO + CO₂; roasting is heating a sulphide in excess air.', hi: { q: 'कार्बोनेट अयस्क को वायु की सीमित आपूर्ति में गर्म करके ऑक्साइड में बदलना कहलाता है', a: 'निस्तापन', wrong: ['भर्जन', 'प्रगलन', 'निक्षालन', 'पोलिंग'], why: 'ZnCO₃ → ZnO + CO₂; भर्जन सल्फाइड को वायु के आधिक्य में गर्म करना है।' } },
    { q: 'In the blast furnace, limestone serves to', a: 'remove silica as CaSiO₃ slag', wrong: ['reduce Fe₂O₃', 'supply carbon for CO', 'oxidise carbon in pig iron', 'remove sulphur as SO₂'], why: 'CaCO₃ → CaO + CO₂; CaO + SiO₂ → CaSiO₃ (slag).', hi: { q: 'वात्या भट्टी में चूना पत्थर का कार्य है', a: 'सिलिका को CaSiO₃ धातुमल के रूप में हटाना', wrong: ['Fe₂O₃ का अपचयन करना', 'CO के लिए कार्बन देना', 'कच्चे लोहे में कार्बन का ऑक्सीकरण करना', 'सल्फर को SO₂ के रूप में हटाना'], why: 'CaCO₃ → CaO + CO₂; CaO + SiO₂ → CaSiO₃ (धातुमल)।' } },
  ] }),
  {
    id: 'c.co.cft-spin-moment', subject: C, concepts: ['C.CO.CFT', 'C.DB.MAGNETIC'], difficulty: 3,
    build(rng) {
      const n = rng.int(4, 7);
      const D = rng.pick([8000, 10400, 13700, 17000, 21000, 26000, 32000, 35000] as const);
      const P = rng.pick([15000, 17600, 19000, 22500, 25500, 28000, 30000] as const);
      const ls = D > P;
      const g = octahedral(n, ls);
      const other = octahedral(n, !ls);
      return choice({
        params: { n, D, P },
        text: `An octahedral complex of a $d^{${n}}$ metal ion has $\\Delta_o = ${D}$ cm⁻¹ and mean pairing energy $P = ${P}$ cm⁻¹. Find its spin-only magnetic moment (in BM).`,
        correct: bm(g.unpaired),
        // The other spin state, then one electron miscounted; every option is a moment some d^n ion has.
        distractors: [...new Set([other.unpaired, g.unpaired + 1, g.unpaired - 1, g.unpaired + 2, g.unpaired - 2].filter((u) => u >= 0 && u <= 5 && u !== g.unpaired))].slice(0, 3).map(bm),
        solution: `$\\Delta_o ${ls ? '>' : '<'} P$, so pairing ${ls ? 'costs less than occupying $e_g$: low spin' : 'costs more than occupying $e_g$: high spin'}, $t_{2g}^{${g.t}}e_g^{${g.e}}$ with ${g.unpaired} unpaired electron(s); $\\mu = \\sqrt{n(n+2)} = ${f2(mu(g.unpaired))}$ BM.`,
        hi: { text: `एक $d^{${n}}$ धातु आयन के अष्टफलकीय संकुल में $\\Delta_o = ${D}$ cm⁻¹ और माध्य युग्मन ऊर्जा $P = ${P}$ cm⁻¹ है। इसका प्रचक्रण-मात्र चुंबकीय आघूर्ण (BM में) ज्ञात कीजिए।`, solution: `$\\Delta_o ${ls ? '>' : '<'} P$, अतः ${ls ? 'युग्मन $e_g$ में जाने से सस्ता है: निम्न प्रचक्रण' : 'युग्मन $e_g$ में जाने से महँगा है: उच्च प्रचक्रण'}, $t_{2g}^{${g.t}}e_g^{${g.e}}$, ${g.unpaired} अयुग्मित इलेक्ट्रॉन; $\\mu = \\sqrt{n(n+2)} = ${f2(mu(g.unpaired))}$ BM।` },
      });
    },
  },
  {
    // Options are written by the generator (one decimal each): CFSE is bounded by −2.4 Δo, and the
    // framework's fallback scalings (×2, ×10) could show a stabilisation no d^n ion can have.
    id: 'c.co.cfse-named', subject: C, concepts: ['C.CO.CFT', 'C.DB.CONFIG'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, CFT_COMPLEXES.length - 1);
      const [formulaText, n, lowSpin, oxState] = cx(i);
      const g = octahedral(n, lowSpin);
      const shown = (x: number) => `$${x.toFixed(1)}\\,\\Delta_o$`;
      const distractors = rng.shuffle(cfseMistakes(n, oxState, lowSpin)).slice(0, 3).map(shown);
      const spin = lowSpin ? ['strong-field ligand: low spin', 'प्रबल क्षेत्र लिगन्ड: निम्न प्रचक्रण'] : ['high spin (weak field, or no choice for this $d^n$)', 'उच्च प्रचक्रण (दुर्बल क्षेत्र, या इस $d^n$ के लिए कोई विकल्प नहीं)'];
      const work = `$t_{2g}^{${g.t}}e_g^{${g.e}}$. CFSE $= (-0.4 \\times ${g.t} + 0.6 \\times ${g.e})\\Delta_o = ${cfse(g.t, g.e).toFixed(1)}\\,\\Delta_o$`;
      return choice({
        params: { i },
        text: `What is the crystal field stabilisation energy of $\\mathrm{${formulaText}}$ (ignore pairing energy; a negative value means stabilisation)?`,
        correct: shown(cfse(g.t, g.e)), distractors,
        solution: `$d^{${n}}$, ${spin[0]}: ${work}.`,
        hi: { text: `$\\mathrm{${formulaText}}$ की क्रिस्टल क्षेत्र स्थायीकरण ऊर्जा क्या है (युग्मन ऊर्जा की उपेक्षा कीजिए; ऋणात्मक मान स्थायीकरण दर्शाता है)?`, solution: `$d^{${n}}$, ${spin[1]}: ${work}।` },
      });
    },
  },
  formula({ id: 'c.co.cft-absorption', subject: C, concepts: ['C.CO.CFT', 'C.ATOM.DUAL'], difficulty: 2,
    vars: { i: range(0, DD_BANDS.length - 1) },
    text: (v) => `$\\mathrm{${band(v.i)[0]}}$ shows its lowest-energy d–d absorption band, which corresponds to $\\Delta_o$, at ${band(v.i)[1]} nm. Find $\\Delta_o$ in kJ mol⁻¹ ($h = 6.626 \\times 10^{-34}$ J s, $c = 3 \\times 10^{8}$ m s⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹).`, unit: 'kJ/mol',
    answer: (v) => NAHC / band(v.i)[1],
    mistakes: (v) => [(0.4 * NAHC) / band(v.i)[1], (4 / 9) * (NAHC / band(v.i)[1]), (1.2 * NAHC) / band(v.i)[1]],
    solution: (v) => `$\\Delta_o = \\frac{N_A hc}{\\lambda} = \\frac{6.022 \\times 10^{23} \\times 6.626 \\times 10^{-34} \\times 3 \\times 10^{8}}{${band(v.i)[1]} \\times 10^{-9}}$ J mol⁻¹. The complex absorbs at ${band(v.i)[1]} nm and shows the complementary colour.`,
    hi: { text: (v) => `$\\mathrm{${band(v.i)[0]}}$ का न्यूनतम ऊर्जा वाला d–d अवशोषण बैंड, जो $\\Delta_o$ के संगत है, ${band(v.i)[1]} nm पर है। $\\Delta_o$ को kJ mol⁻¹ में ज्ञात कीजिए ($h = 6.626 \\times 10^{-34}$ J s, $c = 3 \\times 10^{8}$ m s⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹)।`, solution: (v) => `$\\Delta_o = \\frac{N_A hc}{\\lambda} = \\frac{6.022 \\times 10^{23} \\times 6.626 \\times 10^{-34} \\times 3 \\times 10^{8}}{${band(v.i)[1]} \\times 10^{-9}}$ J mol⁻¹। संकुल ${band(v.i)[1]} nm पर अवशोषण करता है और पूरक रंग दर्शाता है।` },
    result: [100, 330] }),
  {
    id: 'c.co.cft-statements', subject: C, concepts: ['C.CO.CFT', 'C.DB.MAGNETIC'], difficulty: 4,
    build(rng) {
      const n = rng.int(4, 7);
      const D = rng.pick([9300, 10400, 13900, 17000, 21000, 26000, 32850, 35000] as const);
      const P = rng.pick([17600, 21000, 22500, 23500, 25500, 28000, 30000] as const);
      const ls = D > P;
      const g = octahedral(n, ls);
      const o = octahedral(n, !ls);
      const trueCfse = rng.int(0, 1) === 1;
      const trueMu = rng.int(0, 1) === 1;
      const c = trueCfse ? cfse(g.t, g.e) : cfse(o.t, o.e);
      const m = f2(mu(trueMu ? g.unpaired : o.unpaired));
      const statements = [
        { text: 'The complex is low spin.', hi: 'संकुल निम्न प्रचक्रण है।', correct: ls },
        { text: 'The complex is paramagnetic.', hi: 'संकुल अनुचुंबकीय है।', correct: g.unpaired > 0 },
        { text: `Its CFSE, ignoring pairing energy, is $${c}\\,\\Delta_o$.`, hi: `युग्मन ऊर्जा की उपेक्षा करने पर इसकी CFSE $${c}\\,\\Delta_o$ है।`, correct: trueCfse },
        { text: `Its spin-only magnetic moment is $${m}$ BM.`, hi: `इसका प्रचक्रण-मात्र चुंबकीय आघूर्ण $${m}$ BM है।`, correct: trueMu },
      ];
      return multi({
        params: { n, D, P, trueCfse: trueCfse ? 1 : 0, trueMu: trueMu ? 1 : 0 },
        text: `An octahedral complex $\\mathrm{[ML_6]}$ of a $d^{${n}}$ ion has $\\Delta_o = ${D}$ cm⁻¹; the mean pairing energy of the ion is $P = ${P}$ cm⁻¹. Which statements are correct?`,
        options: statements.map((s) => ({ text: s.text, correct: s.correct })),
        solution: `$\\Delta_o ${ls ? '>' : '<'} P$: ${ls ? 'low' : 'high'} spin, $t_{2g}^{${g.t}}e_g^{${g.e}}$, ${g.unpaired} unpaired electron(s) (${g.unpaired > 0 ? 'paramagnetic' : 'diamagnetic'}); CFSE $= (-0.4 \\times ${g.t} + 0.6 \\times ${g.e})\\Delta_o = ${cfse(g.t, g.e)}\\,\\Delta_o$; $\\mu = ${f2(mu(g.unpaired))}$ BM. The other spin state would give $${cfse(o.t, o.e)}\\,\\Delta_o$ and $${f2(mu(o.unpaired))}$ BM.`,
        hi: {
          text: `एक $d^{${n}}$ आयन के अष्टफलकीय संकुल $\\mathrm{[ML_6]}$ में $\\Delta_o = ${D}$ cm⁻¹ है; आयन की माध्य युग्मन ऊर्जा $P = ${P}$ cm⁻¹ है। कौन-से कथन सही हैं?`,
          solution: `$\\Delta_o ${ls ? '>' : '<'} P$: ${ls ? 'निम्न' : 'उच्च'} प्रचक्रण, $t_{2g}^{${g.t}}e_g^{${g.e}}$, ${g.unpaired} अयुग्मित इलेक्ट्रॉन (${g.unpaired > 0 ? 'अनुचुंबकीय' : 'प्रतिचुंबकीय'}); CFSE $= (-0.4 \\times ${g.t} + 0.6 \\times ${g.e})\\Delta_o = ${cfse(g.t, g.e)}\\,\\Delta_o$; $\\mu = ${f2(mu(g.unpaired))}$ BM। दूसरी प्रचक्रण अवस्था $${cfse(o.t, o.e)}\\,\\Delta_o$ और $${f2(mu(o.unpaired))}$ BM देती।`,
          options: statements.map((s) => s.hi),
        },
      });
    },
  },
];
