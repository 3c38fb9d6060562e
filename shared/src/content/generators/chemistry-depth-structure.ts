import { formula, range } from './formula.ts';
import { choice, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const R = 8.314;
const F = 96500;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Organic compounds C_xH_yO_z for combustion analysis: x, y, z (molar mass 12x + y + 16z). */
export const CHO_COMPOUNDS = [
  [2, 6, 1], [3, 6, 1], [4, 8, 2], [6, 12, 6], [2, 4, 2], [3, 8, 1], [7, 8, 0], [6, 6, 1], [4, 10, 1], [3, 6, 2], [6, 12, 0], [2, 6, 2], [5, 10, 1], [8, 8, 2],
] as const;
const cho = (i: number) => CHO_COMPOUNDS[i] as readonly [number, number, number];
const choMass = (i: number) => 12 * cho(i)[0] + cho(i)[1] + 16 * cho(i)[2];
/** CO₂ and H₂O masses (g) as the stem shows them, to the milligram. */
const combustionMasses = (i: number, w: number) => [Number(((w / choMass(i)) * cho(i)[0] * 44).toFixed(3)), Number(((w / choMass(i)) * (cho(i)[1] / 2) * 18).toFixed(3))] as const;
const atomFromMasses = (i: number, w: number, which: number) => {
  const [co2, h2o] = combustionMasses(i, w);
  const n = w / choMass(i);
  const x = Math.round(co2 / 44 / n);
  const y = Math.round((2 * h2o) / 18 / n);
  return [x, y, Math.round((choMass(i) - 12 * x - y) / 16)][which]!;
};
const empirical = (i: number) => { const [x, y, z] = cho(i); const g = gcd(gcd(x, y), z || x); return [x / g, y / g, z / g]; };

/** Concentrated laboratory reagents: formula, mass %, density (g/mL), molar mass of the solute. */
export const REAGENTS = [['HCl', 36.5, 1.18, 36.5], ['HNO_3', 70, 1.42, 63], ['H_2SO_4', 98, 1.84, 98], ['NH_3', 28, 0.9, 17], ['CH_3COOH', 99.5, 1.05, 60], ['H_3PO_4', 85, 1.69, 98]] as const;
const reagent = (i: number) => REAGENTS[i] as readonly [string, number, number, number];
const reagentMolarity = (i: number) => (1000 * reagent(i)[2] * (reagent(i)[1] / 100)) / reagent(i)[3];

/** Work functions of metals (eV, handbook, polycrystalline). */
export const WORK_FUNCTIONS = [['Cs', 2.14], ['K', 2.29], ['Na', 2.36], ['Li', 2.93], ['Ca', 2.87], ['Mg', 3.66], ['Zn', 4.33], ['Ag', 4.26], ['Cu', 4.65]] as const;
/** hc/e in eV nm from h = 6.626 × 10⁻³⁴ J s, c = 3 × 10⁸ m/s, e = 1.602 × 10⁻¹⁹ C. */
const HC_EV_NM = (6.626e-34 * 3e8) / 1.602e-19 / 1e-9;

/** Maximum electrons with the stated quantum numbers (n ≤ 7 shells exist in the question). */
function electronsWith(kind: number, a: number, b: number): number {
  if (kind === 0) return 2 * Math.max(0, a - Math.abs(b)); // n = a, m_l = b: one orbital for each l ≥ |b|
  if (kind === 1) return 2 * (2 * b + 1); // n = a, l = b
  if (kind === 2) { let s = 0; for (let l = 0; a - l > l; l++) s += 2 * (2 * l + 1); return s; } // n + l = a
  return a * a; // n = a, m_s = +½
}

/** Couples for standard cells: ion, metal, electrons, E° (V) at 298 K. */
export const COUPLES = [['Mg^{2+}', 'Mg', 2, -2.37], ['Al^{3+}', 'Al', 3, -1.66], ['Zn^{2+}', 'Zn', 2, -0.76], ['Fe^{2+}', 'Fe', 2, -0.44], ['Ni^{2+}', 'Ni', 2, -0.25], ['Pb^{2+}', 'Pb', 2, -0.13], ['Cu^{2+}', 'Cu', 2, 0.34], ['Ag^{+}', 'Ag', 1, 0.8]] as const;
const couple = (i: number) => COUPLES[i] as readonly [string, string, number, number];
/** Electrons transferred in the balanced cell reaction: lcm of the two half-reactions. */
const cellN = (a: number, c: number) => (couple(a)[2] * couple(c)[2]) / gcd(couple(a)[2], couple(c)[2]);
const cellDG = (a: number, c: number, n = cellN(a, c)) => (-n * F * (couple(c)[3] - couple(a)[3])) / 1000;
const coef = (k: number, n: number) => (n / k === 1 ? '' : String(n / k));

/** Metals deposited in a cell in series with a silver coulometer: solution, metal, electrons, molar mass. */
const SERIES_METALS = [['CuSO₄', 'Cu', 2, 63.5], ['NiSO₄', 'Ni', 2, 58.7], ['AuCl₃', 'Au', 3, 197], ['Cr₂(SO₄)₃', 'Cr', 3, 52], ['Pb(NO₃)₂', 'Pb', 2, 207]] as const;
const sm = (i: number) => SERIES_METALS[i] as readonly [string, string, number, number];

/** Weak acids: name, Hindi name, Λ° from Kohlrausch (S cm² mol⁻¹), Ka at 298 K. */
const KOHLRAUSCH = [['acetic acid', 'ऐसीटिक अम्ल', 'CH_3COONa', 91.0, 1.8e-5], ['formic acid', 'फॉर्मिक अम्ल', 'HCOONa', 104.7, 1.8e-4], ['propanoic acid', 'प्रोपेनोइक अम्ल', 'CH_3CH_2COONa', 85.9, 1.34e-5]] as const;
const acid = (i: number) => KOHLRAUSCH[i] as readonly [string, string, string, number, number];
const lambda0 = (i: number) => 426.2 + acid(i)[3] - 126.5;
/** κ (S cm⁻¹) as the stem shows it (3 significant figures), from the true Ka. */
const kappaShown = (i: number, c: number) => { const K = acid(i)[4]; const a = (-K + Math.sqrt(K * K + 4 * K * c)) / (2 * c); return Number(((c * a * lambda0(i)) / 1000).toPrecision(3)); };
const kaFromKappa = (i: number, c: number, neglect = false, L0 = lambda0(i)) => { const a = (1000 * kappaShown(i, c)) / c / L0; return (c * a * a) / (neglect ? 1 : 1 - a); };
const sci = (x: number, digits = 3) => { const [m, e] = x.toExponential(digits - 1).split('e'); return `${m as string} \\times 10^{${Number(e)}}`; };

/** Transitions of H paired with the hydrogen-like ion line of equal wavelength (n multiplied by Z). */
const transitionText = (hi: number, lo: number) => `$n = ${hi} \\to n = ${lo}$`;

/** Mass lost (g) on heating as the stem shows it: 2NaHCO₃ → Na₂CO₃ + H₂O + CO₂ loses 62 g per 168 g. */
const heatingLoss = (v: { p: number; m: number }) => Number(((((v.m * v.p) / 100) * 62) / 168).toFixed(3));
/** NaHCO₃ / Na₂CO₃ mixture from its loss on heating: w = 0 asks the NaHCO₃ percent, w = 1 the CO₂ with excess acid. */
function carbonateMixture(w: 0 | 1): GeneratorDef {
  const nahco3 = (v: { p: number; m: number }, lossPer = 62) => (heatingLoss(v) * 168) / lossPer;
  const co2 = (m: number, b: number) => 22400 * (b / 84 + (m - b) / 106);
  return formula({ id: w === 0 ? 'c.basic.carbonate-mixture' : 'c.basic.carbonate-mixture-co2', subject: C, concepts: w === 0 ? ['C.BASIC.STOICH', 'C.SBLOCK'] : ['C.BASIC.STOICH', 'C.SBLOCK', 'C.GAS.LAWS'], difficulty: w === 0 ? 3 : 4,
    vars: { p: range(20, 80, 10), m: [2, 5, 10] },
    text: (v) => `A ${v.m} g mixture of NaHCO₃ and Na₂CO₃ loses ${heatingLoss(v).toFixed(3)} g on strong heating. ${w === 0 ? 'Find the mass percent of NaHCO₃ in the mixture.' : 'Find the volume of CO₂ (in mL at STP, 22.4 L mol⁻¹) the original mixture gives with excess dilute HCl.'} (Na 23, C 12, O 16, H 1)`, unit: w === 0 ? '%' : 'mL',
    // Named mistakes: only CO₂ counted as lost (44 g per 168 g), 1:1 NaHCO₃ to loss (84 g per 62 g), the other
    // component's percent or the loss itself as a percent / only NaHCO₃'s CO₂; no percentage above 100.
    answer: (v) => (w === 0 ? (100 * nahco3(v)) / v.m : co2(v.m, nahco3(v))),
    mistakes: (v) => (w === 0 ? [(100 * nahco3(v, 44)) / v.m, (100 * nahco3(v, 124)) / v.m, 100 - (100 * nahco3(v)) / v.m, (100 * heatingLoss(v)) / v.m].filter((x) => x < 100) : [22400 * (nahco3(v) / 84), co2(v.m, nahco3(v, 124)), 22400 * (heatingLoss(v) / 62)]),
    solution: () => `$2NaHCO_3 \\to Na_2CO_3 + H_2O + CO_2$: 168 g of NaHCO₃ lose 62 g (H₂O + CO₂), so NaHCO₃ $= \\frac{168}{62} \\times$ loss. ${w === 0 ? 'Divide by the mixture mass.' : 'With HCl each mole of either carbonate gives one mole of CO₂: $n = \\frac{m_{NaHCO_3}}{84} + \\frac{m_{Na_2CO_3}}{106}$.'}`,
    hi: { text: (v) => `NaHCO₃ और Na₂CO₃ का ${v.m} g मिश्रण प्रबल गर्म करने पर ${heatingLoss(v).toFixed(3)} g द्रव्यमान खोता है। ${w === 0 ? 'मिश्रण में NaHCO₃ का द्रव्यमान प्रतिशत ज्ञात कीजिए।' : 'मूल मिश्रण आधिक्य तनु HCl के साथ STP पर कितने mL CO₂ देता है (22.4 L mol⁻¹)?'} (Na 23, C 12, O 16, H 1)`, solution: () => `$2NaHCO_3 \\to Na_2CO_3 + H_2O + CO_2$: 168 g NaHCO₃, 62 g (H₂O + CO₂) खोता है, अतः NaHCO₃ $= \\frac{168}{62} \\times$ द्रव्यमान ह्रास। ${w === 0 ? 'मिश्रण के द्रव्यमान से भाग दीजिए।' : 'HCl के साथ प्रत्येक कार्बोनेट का एक मोल एक मोल CO₂ देता है: $n = \\frac{m_{NaHCO_3}}{84} + \\frac{m_{Na_2CO_3}}{106}$।'}` },
    result: w === 0 ? [19, 81] : [400, 2600] });
}

/** Mole concept, atomic structure, kinetics, electrochemistry, solid state: further question shapes. */
export const chemDepthStructureGenerators: GeneratorDef[] = [
  formula({ id: 'c.basic.combustion-analysis', subject: C, concepts: ['C.BASIC.FORMULA', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { i: range(0, CHO_COMPOUNDS.length - 1), w: [0.2, 0.25, 0.3, 0.5], k: range(0, 2) },
    text: (v) => `${v.w} g of an organic compound containing only C, H and O (molar mass ${choMass(v.i)} g mol⁻¹) gives ${combustionMasses(v.i, v.w)[0].toFixed(3)} g CO₂ and ${combustionMasses(v.i, v.w)[1].toFixed(3)} g H₂O on complete combustion. How many ${['carbon', 'hydrogen', 'oxygen'][v.k]} atoms are there in one molecule?`, unit: '',
    answer: (v) => atomFromMasses(v.i, v.w, v.k),
    mistakes: (v) => [empirical(v.i)[v.k]!, v.k === 1 ? cho(v.i)[1] / 2 : atomFromMasses(v.i, v.w, v.k) + 1, v.k === 2 ? cho(v.i)[2] + 1 : atomFromMasses(v.i, v.w, (v.k + 1) % 3), Math.max(0, atomFromMasses(v.i, v.w, v.k) - 1), atomFromMasses(v.i, v.w, v.k) + 2],
    solution: (v) => `Moles of compound $= ${v.w}/${choMass(v.i)}$. C atoms $= \\frac{${combustionMasses(v.i, v.w)[0].toFixed(3)}/44}{${v.w}/${choMass(v.i)}}$, H atoms $= \\frac{2 \\times ${combustionMasses(v.i, v.w)[1].toFixed(3)}/18}{${v.w}/${choMass(v.i)}}$; O atoms from the rest of the molar mass: $\\frac{${choMass(v.i)} - 12x - y}{16}$. Molecular formula $\\mathrm{C_{${cho(v.i)[0]}}H_{${cho(v.i)[1]}}O_{${cho(v.i)[2]}}}$.`,
    hi: { text: (v) => `केवल C, H और O वाले एक कार्बनिक यौगिक (मोलर द्रव्यमान ${choMass(v.i)} g mol⁻¹) के ${v.w} g के पूर्ण दहन से ${combustionMasses(v.i, v.w)[0].toFixed(3)} g CO₂ और ${combustionMasses(v.i, v.w)[1].toFixed(3)} g H₂O बनते हैं। एक अणु में ${['कार्बन', 'हाइड्रोजन', 'ऑक्सीजन'][v.k]} परमाणुओं की संख्या कितनी है?`, solution: (v) => `यौगिक के मोल $= ${v.w}/${choMass(v.i)}$। C परमाणु $= \\frac{${combustionMasses(v.i, v.w)[0].toFixed(3)}/44}{${v.w}/${choMass(v.i)}}$, H परमाणु $= \\frac{2 \\times ${combustionMasses(v.i, v.w)[1].toFixed(3)}/18}{${v.w}/${choMass(v.i)}}$; O परमाणु शेष मोलर द्रव्यमान से: $\\frac{${choMass(v.i)} - 12x - y}{16}$। आण्विक सूत्र $\\mathrm{C_{${cho(v.i)[0]}}H_{${cho(v.i)[1]}}O_{${cho(v.i)[2]}}}$।` },
    result: [0, 12] }),
  carbonateMixture(0),
  carbonateMixture(1),
  formula({ id: 'c.basic.reagent-dilution', subject: C, concepts: ['C.BASIC.CONC', 'C.PRAC.TITRATION'], difficulty: 2,
    vars: { i: range(0, REAGENTS.length - 1), V: [100, 250, 500, 1000], c: [0.1, 0.5, 1, 2] },
    text: (v) => `Concentrated $\\mathrm{${reagent(v.i)[0]}}$ is ${reagent(v.i)[1]} % by mass with density ${reagent(v.i)[2]} g mL⁻¹ (molar mass ${reagent(v.i)[3]} g mol⁻¹). What volume of it (in mL) is needed to prepare ${v.V} mL of ${v.c} M $\\mathrm{${reagent(v.i)[0]}}$?`, unit: 'mL',
    answer: (v) => (v.V * v.c) / reagentMolarity(v.i),
    mistakes: (v) => [(v.V * v.c * reagent(v.i)[3]) / 1000 / reagent(v.i)[2], (v.V * v.c) / ((1000 * reagent(v.i)[2]) / reagent(v.i)[3]), (v.V * v.c) / ((10 * reagent(v.i)[1]) / reagent(v.i)[3])],
    solution: (v) => `Molarity of the stock $= \\frac{1000 \\times ${reagent(v.i)[2]} \\times ${reagent(v.i)[1] / 100}}{${reagent(v.i)[3]}} = ${reagentMolarity(v.i).toFixed(2)}$ M. Dilution keeps moles: $M_1V_1 = M_2V_2$, so $V_1 = \\frac{${v.c} \\times ${v.V}}{${reagentMolarity(v.i).toFixed(2)}}$ mL.`,
    hi: { text: (v) => `सांद्र $\\mathrm{${reagent(v.i)[0]}}$ द्रव्यमान से ${reagent(v.i)[1]} % है और उसका घनत्व ${reagent(v.i)[2]} g mL⁻¹ है (मोलर द्रव्यमान ${reagent(v.i)[3]} g mol⁻¹)। ${v.V} mL ${v.c} M $\\mathrm{${reagent(v.i)[0]}}$ बनाने के लिए इसका कितना आयतन (mL में) चाहिए?`, solution: (v) => `स्टॉक की मोलरता $= \\frac{1000 \\times ${reagent(v.i)[2]} \\times ${reagent(v.i)[1] / 100}}{${reagent(v.i)[3]}} = ${reagentMolarity(v.i).toFixed(2)}$ M। तनुकरण में मोल संरक्षित रहते हैं: $M_1V_1 = M_2V_2$, अतः $V_1 = \\frac{${v.c} \\times ${v.V}}{${reagentMolarity(v.i).toFixed(2)}}$ mL।` },
    result: [0.5, 200] }),
  {
    id: 'c.atom.hydrogen-like-match', subject: C, concepts: ['C.ATOM.SPECTRA', 'C.ATOM.BOHR'], difficulty: 4,
    build(rng) {
      const Z = rng.pick([2, 3] as const);
      const lo = rng.int(1, 3);
      const hiLevel = lo + rng.int(1, 3);
      const ion = Z === 2 ? 'He^+' : 'Li^{2+}';
      // Wrong H transitions a student writes: the ion's own numbers, n divided by Z², one level off.
      const wrong = [[Z * hiLevel, Z * lo], [hiLevel + 1, lo], [hiLevel, lo + 1 < hiLevel ? lo + 1 : lo + 2], [hiLevel * Z * Z, lo * Z * Z]].filter(([a, b]) => a! > b! && !(a === hiLevel && b === lo));
      return choice({
        params: { Z, lo, hi: hiLevel },
        text: `The line of $\\mathrm{${ion}}$ ($Z = ${Z}$) for the transition ${transitionText(Z * hiLevel, Z * lo)} has the same wavelength as which transition of the hydrogen atom?`,
        correct: transitionText(hiLevel, lo), distractors: wrong.map(([a, b]) => transitionText(a!, b!)),
        solution: `$\\frac{1}{\\lambda} = R_HZ^2\\left(\\frac{1}{n_1^2} - \\frac{1}{n_2^2}\\right) = R_H\\left(\\frac{1}{(n_1/Z)^2} - \\frac{1}{(n_2/Z)^2}\\right)$, so the ion's ${Z * hiLevel} → ${Z * lo} line matches H's ${hiLevel} → ${lo}.`,
        hi: { text: `$\\mathrm{${ion}}$ ($Z = ${Z}$) की संक्रमण ${transitionText(Z * hiLevel, Z * lo)} वाली रेखा की तरंगदैर्ध्य हाइड्रोजन परमाणु के किस संक्रमण के समान है?`, solution: `$\\frac{1}{\\lambda} = R_HZ^2\\left(\\frac{1}{n_1^2} - \\frac{1}{n_2^2}\\right) = R_H\\left(\\frac{1}{(n_1/Z)^2} - \\frac{1}{(n_2/Z)^2}\\right)$, अतः आयन की ${Z * hiLevel} → ${Z * lo} रेखा H की ${hiLevel} → ${lo} रेखा के समान है।` },
      });
    },
  },
  {
    id: 'c.atom.photoelectric-ke', subject: C, concepts: ['C.ATOM.DUAL'], difficulty: 2,
    build(rng) {
      const m = rng.int(0, WORK_FUNCTIONS.length - 1);
      const [metal, phi] = WORK_FUNCTIONS[m]!;
      const allowed = [200, 220, 250, 280, 300, 350, 400, 450].filter((l) => HC_EV_NM / l - phi >= 0.2);
      const lam = rng.pick(allowed);
      const E = HC_EV_NM / lam;
      return num({
        params: { m, lam },
        text: `Light of wavelength ${lam} nm falls on a clean ${metal} surface (work function ${phi} eV). Find the maximum kinetic energy of the photoelectrons in eV ($h = 6.626 \\times 10^{-34}$ J s, $c = 3 \\times 10^{8}$ m s⁻¹, 1 eV $= 1.602 \\times 10^{-19}$ J).`,
        // Work function added instead of subtracted, forgotten, or taken as the answer.
        value: E - phi, unit: 'eV', mistakes: [E + phi, E, phi],
        solution: `Photon energy $E = \\frac{hc}{\\lambda} = \\frac{6.626 \\times 10^{-34} \\times 3 \\times 10^{8}}{${lam} \\times 10^{-9} \\times 1.602 \\times 10^{-19}} = ${E.toFixed(2)}$ eV; Einstein: $K_{max} = E - \\phi$.`,
        hi: { text: `${lam} nm तरंगदैर्ध्य का प्रकाश ${metal} की स्वच्छ सतह (कार्य फलन ${phi} eV) पर पड़ता है। प्रकाशिक इलेक्ट्रॉनों की अधिकतम गतिज ऊर्जा eV में ज्ञात कीजिए ($h = 6.626 \\times 10^{-34}$ J s, $c = 3 \\times 10^{8}$ m s⁻¹, 1 eV $= 1.602 \\times 10^{-19}$ J)।`, solution: `फोटॉन ऊर्जा $E = \\frac{hc}{\\lambda} = \\frac{6.626 \\times 10^{-34} \\times 3 \\times 10^{8}}{${lam} \\times 10^{-9} \\times 1.602 \\times 10^{-19}} = ${E.toFixed(2)}$ eV; आइंस्टीन समीकरण: $K_{max} = E - \\phi$।` },
        result: [0.2, 4.1],
      });
    },
  },
  {
    id: 'c.atom.quantum-number-count', subject: C, concepts: ['C.ATOM.QUANTUM', 'C.ATOM.CONFIG'], difficulty: 3,
    build(rng) {
      const kind = rng.int(0, 3);
      const n = rng.int(2, 4);
      const b = kind === 0 ? rng.int(-Math.min(2, n - 1), Math.min(2, n - 1)) : kind === 1 ? rng.int(0, n - 1) : 0;
      const a = kind === 2 ? rng.int(3, 7) : n;
      const value = electronsWith(kind, a, b);
      const what = [`$n = ${a}$ and $m_l = ${b}$`, `$n = ${a}$ and $l = ${b}$`, `$n + l = ${a}$`, `$n = ${a}$ and $m_s = +\\frac12$`][kind]!;
      // Orbitals counted instead of electrons, the spin factor applied twice, one value of l missed.
      const mistakes = [value / 2, value * 2, value + 2, value - 2 > 0 ? value - 2 : value + 4];
      const rule = ['one orbital for every $l$ from $|m_l|$ to $n - 1$, two electrons each', '$2(2l + 1)$ electrons in a subshell', 'add $2(2l + 1)$ over the subshells with $n + l$ fixed and $l < n$', 'half of the $2n^2$ electrons of the shell'][kind]!;
      const ruleHi = ['$|m_l|$ से $n - 1$ तक प्रत्येक $l$ के लिए एक कक्षक, प्रत्येक में दो इलेक्ट्रॉन', 'एक उपकोश में $2(2l + 1)$ इलेक्ट्रॉन', '$n + l$ नियत रखते हुए $l < n$ वाले उपकोशों पर $2(2l + 1)$ का योग', 'कोश के $2n^2$ इलेक्ट्रॉनों का आधा'][kind]!;
      return num({
        params: { kind, a, b }, text: `What is the maximum number of electrons in an atom that can have ${what}?`, value, unit: '', mistakes,
        solution: `Count the allowed $(n, l, m_l, m_s)$ sets: ${rule}. Maximum $= ${value}$.`,
        hi: { text: `एक परमाणु में ${what} वाले इलेक्ट्रॉनों की अधिकतम संख्या कितनी हो सकती है?`, solution: `अनुमत $(n, l, m_l, m_s)$ समुच्चय गिनिए: ${ruleHi}। अधिकतम $= ${value}$।` },
        result: [2, 32],
      });
    },
  },
  formula({ id: 'c.kin.catalyst-factor', subject: C, concepts: ['C.KIN.ARRHENIUS'], difficulty: 3,
    vars: { dE: [10, 15, 20, 25, 30], T: [300, 310, 350, 400] },
    text: (v) => `A catalyst lowers the activation energy of a reaction by ${v.dE} kJ mol⁻¹ without changing the pre-exponential factor. By what factor does the rate constant increase at ${v.T} K? ($R = 8.314$ J K⁻¹ mol⁻¹)`, unit: '',
    answer: (v) => Math.exp((v.dE * 1000) / (R * v.T)),
    // Base 10 used for e, the exponent itself, the "doubles every 10 degrees" rule misapplied to kJ.
    mistakes: (v) => [10 ** ((v.dE * 1000) / (2.303 * 2.303 * R * v.T)), (v.dE * 1000) / (R * v.T), 2 ** (v.dE / 10), Math.exp((v.dE * 1000) / (R * v.T)) / 2.303],
    solution: (v) => `$\\frac{k_{cat}}{k} = \\frac{Ae^{-(E_a - ${v.dE})/RT}}{Ae^{-E_a/RT}} = e^{\\Delta E/RT} = e^{${v.dE * 1000}/(8.314 \\times ${v.T})}$; the factor does not depend on $E_a$ itself.`,
    hi: { text: (v) => `एक उत्प्रेरक पूर्व-घातांकी गुणक बदले बिना एक अभिक्रिया की सक्रियण ऊर्जा ${v.dE} kJ mol⁻¹ घटा देता है। ${v.T} K पर वेग स्थिरांक कितने गुना बढ़ता है? ($R = 8.314$ J K⁻¹ mol⁻¹)`, solution: (v) => `$\\frac{k_{cat}}{k} = \\frac{Ae^{-(E_a - ${v.dE})/RT}}{Ae^{-E_a/RT}} = e^{\\Delta E/RT} = e^{${v.dE * 1000}/(8.314 \\times ${v.T})}$; यह गुणक स्वयं $E_a$ पर निर्भर नहीं करता।` },
    result: [15, 2e5] }),
  formula({ id: 'c.kin.catalyst-equivalent-temperature', subject: C, concepts: ['C.KIN.ARRHENIUS', 'C.KIN.RATE'], difficulty: 4,
    vars: { Ea: [60, 75, 90, 100, 120], dE: [10, 15, 20, 25], T: [300, 310, 320] },
    text: (v) => `A reaction has $E_a = ${v.Ea}$ kJ mol⁻¹; a catalyst lowers it to ${v.Ea - v.dE} kJ mol⁻¹ with the same pre-exponential factor. To what temperature (in K) must the uncatalysed reaction be heated to go as fast as the catalysed one at ${v.T} K?`, unit: 'K',
    answer: (v) => (v.Ea * v.T) / (v.Ea - v.dE),
    mistakes: (v) => [v.T + v.dE, (v.T * (v.Ea + v.dE)) / v.Ea, (v.T * v.Ea) / (v.Ea + v.dE)],
    solution: (v) => `Equal rate constants need equal exponents: $\\frac{E_a}{T'} = \\frac{E_a - \\Delta E}{T}$, so $T' = \\frac{${v.Ea} \\times ${v.T}}{${v.Ea - v.dE}}$ K.`,
    hi: { text: (v) => `एक अभिक्रिया की $E_a = ${v.Ea}$ kJ mol⁻¹ है; एक उत्प्रेरक समान पूर्व-घातांकी गुणक रखते हुए इसे ${v.Ea - v.dE} kJ mol⁻¹ कर देता है। अनुत्प्रेरित अभिक्रिया को किस ताप (K में) तक गर्म करना होगा कि वह ${v.T} K पर उत्प्रेरित अभिक्रिया जितनी तेज़ चले?`, solution: (v) => `समान वेग स्थिरांकों के लिए घातांक समान होने चाहिए: $\\frac{E_a}{T'} = \\frac{E_a - \\Delta E}{T}$, अतः $T' = \\frac{${v.Ea} \\times ${v.T}}{${v.Ea - v.dE}}$ K।` },
    result: [300, 800] }),
  {
    id: 'c.kin.order-from-half-lives', subject: C, concepts: ['C.KIN.RATE', 'C.KIN.FIRST'], difficulty: 3,
    build(rng) {
      const n = rng.int(0, 3);
      const c1 = rng.pick([0.1, 0.2, 0.4] as const);
      const f = rng.pick([2, 4, 0.5] as const);
      const t1 = rng.pick([10, 20, 40, 50] as const);
      const t2 = t1 * f ** (1 - n);
      return num({
        params: { n, c1, f, t1 },
        text: `For a reaction A → products, the half-life is ${t1} min when $[A]_0 = ${c1}$ M and ${Number(t2.toFixed(4))} min when $[A]_0 = ${Number((c1 * f).toFixed(4))}$ M. What is the order of the reaction?`,
        value: n, unit: '', mistakes: [Math.abs(1 - n), n + 1, 0, 1, 2, 3].filter((x) => x !== n && x <= 3),
        solution: `$t_{1/2} \\propto [A]_0^{1 - n}$, so $\\frac{${Number(t2.toFixed(4))}}{${t1}} = ${f}^{1 - n}$, giving $n = ${n}$.`,
        hi: { text: `अभिक्रिया A → उत्पाद के लिए $[A]_0 = ${c1}$ M पर अर्धायु ${t1} min और $[A]_0 = ${Number((c1 * f).toFixed(4))}$ M पर ${Number(t2.toFixed(4))} min है। अभिक्रिया की कोटि क्या है?`, solution: `$t_{1/2} \\propto [A]_0^{1 - n}$, अतः $\\frac{${Number(t2.toFixed(4))}}{${t1}} = ${f}^{1 - n}$, जिससे $n = ${n}$।` },
        result: [0, 3],
      });
    },
  },
  formula({ id: 'c.elec.kohlrausch-ka', subject: C, concepts: ['C.ELEC.CONDUCT', 'C.EQ.ACIDBASE'], difficulty: 4,
    vars: { i: range(0, KOHLRAUSCH.length - 1), c: [0.001, 0.005, 0.01, 0.05] },
    text: (v) => `The conductivity of ${v.c} M ${acid(v.i)[0]} at 298 K is $${sci(kappaShown(v.i, v.c))}$ S cm⁻¹. Limiting molar conductivities (S cm² mol⁻¹): HCl 426.2, NaCl 126.5, $\\mathrm{${acid(v.i)[2]}}$ ${acid(v.i)[3]}. Find $K_a$ of the acid in units of $10^{-5}$.`, unit: '',
    answer: (v) => kaFromKappa(v.i, v.c) / 1e-5,
    mistakes: (v) => [kaFromKappa(v.i, v.c, true) / 1e-5 === kaFromKappa(v.i, v.c) / 1e-5 ? (kaFromKappa(v.i, v.c) / 1e-5) * 2 : kaFromKappa(v.i, v.c, true) / 1e-5, kaFromKappa(v.i, v.c, false, 426.2) / 1e-5, kaFromKappa(v.i, v.c, false, 426.2 + acid(v.i)[3] + 126.5) / 1e-5],
    solution: (v) => `Kohlrausch: $\\Lambda^\\circ_m = 426.2 + ${acid(v.i)[3]} - 126.5 = ${lambda0(v.i).toFixed(1)}$. $\\Lambda_m = \\frac{1000\\kappa}{c}$, $\\alpha = \\frac{\\Lambda_m}{\\Lambda^\\circ_m}$, $K_a = \\frac{c\\alpha^2}{1 - \\alpha}$.`,
    hi: { text: (v) => `298 K पर ${v.c} M ${acid(v.i)[1]} की चालकता $${sci(kappaShown(v.i, v.c))}$ S cm⁻¹ है। सीमांत मोलर चालकताएँ (S cm² mol⁻¹): HCl 426.2, NaCl 126.5, $\\mathrm{${acid(v.i)[2]}}$ ${acid(v.i)[3]}। अम्ल का $K_a$, $10^{-5}$ के मात्रकों में ज्ञात कीजिए।`, solution: (v) => `कोलराउश नियम: $\\Lambda^\\circ_m = 426.2 + ${acid(v.i)[3]} - 126.5 = ${lambda0(v.i).toFixed(1)}$। $\\Lambda_m = \\frac{1000\\kappa}{c}$, $\\alpha = \\frac{\\Lambda_m}{\\Lambda^\\circ_m}$, $K_a = \\frac{c\\alpha^2}{1 - \\alpha}$।` },
    result: [1, 25] }),
  formula({ id: 'c.elec.series-coulometer', subject: C, concepts: ['C.ELEC.FARADAY'], difficulty: 2,
    vars: { i: range(0, SERIES_METALS.length - 1), mAg: [0.54, 1.08, 2.16, 3.24, 5.4] },
    text: (v) => `A silver coulometer (aqueous AgNO₃) and a cell containing aqueous ${sm(v.i)[0]} are connected in series. When ${v.mAg} g of Ag is deposited, what mass of ${sm(v.i)[1]} (in g) is deposited in the second cell? (Ag 108, ${sm(v.i)[1]} ${sm(v.i)[3]})`, unit: 'g',
    answer: (v) => ((v.mAg / 108) * sm(v.i)[3]) / sm(v.i)[2],
    mistakes: (v) => [(v.mAg / 108) * sm(v.i)[3], ((v.mAg / 108) * sm(v.i)[3] * sm(v.i)[2]), (v.mAg * 108) / sm(v.i)[3] / sm(v.i)[2]],
    solution: (v) => `The same charge passes both cells: moles of electrons $= ${v.mAg}/108$. ${sm(v.i)[1]} needs ${sm(v.i)[2]} electrons per atom, so mass $= \\frac{${v.mAg}}{108} \\times \\frac{${sm(v.i)[3]}}{${sm(v.i)[2]}}$ g (Faraday's second law: masses in the ratio of equivalent weights).`,
    hi: { text: (v) => `एक सिल्वर कूलॉममापी (जलीय AgNO₃) और जलीय ${sm(v.i)[0]} वाला एक सेल श्रेणी में जुड़े हैं। जब ${v.mAg} g Ag निक्षेपित होता है, तो दूसरे सेल में ${sm(v.i)[1]} का कितना द्रव्यमान (g में) निक्षेपित होता है? (Ag 108, ${sm(v.i)[1]} ${sm(v.i)[3]})`, solution: (v) => `दोनों सेलों से समान आवेश प्रवाहित होता है: इलेक्ट्रॉनों के मोल $= ${v.mAg}/108$। ${sm(v.i)[1]} को प्रति परमाणु ${sm(v.i)[2]} इलेक्ट्रॉन चाहिए, अतः द्रव्यमान $= \\frac{${v.mAg}}{108} \\times \\frac{${sm(v.i)[3]}}{${sm(v.i)[2]}}$ g (फैराडे का द्वितीय नियम: द्रव्यमान तुल्यांकी भारों के अनुपात में)।` },
    result: [0.05, 12] }),
  {
    id: 'c.elec.cell-gibbs-energy', subject: C, concepts: ['C.ELEC.CELLS', 'C.TD.GIBBS'], difficulty: 3,
    build(rng) {
      const a = rng.int(0, COUPLES.length - 2);
      const c = rng.int(a + 1, COUPLES.length - 1);
      const n = cellN(a, c);
      const [ionA, mA, kA] = couple(a);
      const [ionC, mC, kC] = couple(c);
      const eq = `${coef(kA, n)}${mA}(s) + ${coef(kC, n)}${ionC}(aq) \\to ${coef(kA, n)}${ionA}(aq) + ${coef(kC, n)}${mC}(s)`;
      const E = couple(c)[3] - couple(a)[3];
      return num({
        params: { a, c },
        text: `$E^\\circ(\\mathrm{${ionA}/${mA}}) = ${couple(a)[3]}$ V and $E^\\circ(\\mathrm{${ionC}/${mC}}) = ${couple(c)[3]}$ V. Find $\\Delta_rG^\\circ$ (kJ mol⁻¹) at 298 K for $\\mathrm{${eq}}$ ($F = 96500$ C mol⁻¹).`,
        value: cellDG(a, c), unit: 'kJ/mol',
        mistakes: [cellDG(a, c, 1), cellDG(a, c, kC === n ? kA : kC), (-n * F * (couple(c)[3] + couple(a)[3])) / 1000 < 0 ? (-n * F * (couple(c)[3] + couple(a)[3])) / 1000 : cellDG(a, c, 2 * n), cellDG(a, c, 2 * n)],
        solution: `$E^\\circ_{cell} = ${couple(c)[3]} - (${couple(a)[3]}) = ${E.toFixed(2)}$ V; the balanced equation transfers $n = ${n}$ electrons, so $\\Delta_rG^\\circ = -nFE^\\circ = -${n} \\times 96500 \\times ${E.toFixed(2)}$ J mol⁻¹. $E^\\circ$ is intensive and does not scale with the coefficients; $\\Delta G^\\circ$ does.`,
        hi: { text: `$E^\\circ(\\mathrm{${ionA}/${mA}}) = ${couple(a)[3]}$ V और $E^\\circ(\\mathrm{${ionC}/${mC}}) = ${couple(c)[3]}$ V हैं। 298 K पर $\\mathrm{${eq}}$ के लिए $\\Delta_rG^\\circ$ (kJ mol⁻¹) ज्ञात कीजिए ($F = 96500$ C mol⁻¹)।`, solution: `$E^\\circ_{cell} = ${couple(c)[3]} - (${couple(a)[3]}) = ${E.toFixed(2)}$ V; संतुलित समीकरण में $n = ${n}$ इलेक्ट्रॉन स्थानांतरित होते हैं, अतः $\\Delta_rG^\\circ = -nFE^\\circ = -${n} \\times 96500 \\times ${E.toFixed(2)}$ J mol⁻¹। $E^\\circ$ गहन गुण है और गुणांकों के साथ नहीं बदलता; $\\Delta G^\\circ$ बदलता है।` },
        result: [-2000, -10],
      });
    },
  },
  {
    id: 'c.solid.void-formula', subject: C, concepts: ['C.SOLID.STATE'], difficulty: 3,
    build(rng) {
      // Fractions of tetrahedral and octahedral voids occupied by B, in twelfths (per atom of A: 2 T voids, 1 O void).
      const cases = [[3, 0], [6, 0], [12, 0], [0, 6], [0, 8], [0, 12], [3, 6], [6, 12], [2, 0], [0, 4], [4, 0], [9, 0]] as const;
      const k = rng.int(0, cases.length - 1);
      const [t, o] = cases[k]!;
      const packing = rng.pick(['ccp', 'hcp'] as const);
      const ratio = (numer: number) => { const g = gcd(numer, 12); return [12 / g, numer / g] as const; };
      const fmt = ([x, y]: readonly [number, number]) => `$\\mathrm{A${x === 1 ? '' : `_{${x}}`}B${y === 1 ? '' : `_{${y}}`}}$`;
      const frac = (x: number) => { const g = gcd(x, 12); return x === 12 ? 'all' : `${x / g}/${12 / g}`; };
      const occupied = [t ? `${frac(t)} of the tetrahedral voids` : '', o ? `${frac(o)} of the octahedral voids` : ''].filter(Boolean).join(' and ');
      const occupiedHi = [t ? `चतुष्फलकीय रिक्तियों के ${frac(t) === 'all' ? 'सभी' : frac(t)}` : '', o ? `अष्टफलकीय रिक्तियों के ${frac(o) === 'all' ? 'सभी' : frac(o)}` : ''].filter(Boolean).join(' और ');
      const r = ratio(2 * t + o);
      const right = fmt(r);
      // One tetrahedral void per atom, two octahedral voids per atom, the formula inverted, then common formulas.
      const named = [fmt(ratio(t + o)), fmt(ratio(t + 2 * o)), fmt([r[1], r[0]])];
      const common = ([[1, 1], [2, 1], [1, 2], [3, 2], [2, 3], [3, 1], [1, 3]] as const).map(fmt);
      const wrongs = [...new Set([...named, ...common].filter((w) => w !== right))];
      return choice({
        params: { k, t, o },
        text: `Atoms of A form a ${packing} lattice and atoms of B occupy ${occupied}. What is the formula of the compound?`,
        correct: right, distractors: wrongs,
        solution: `In ${packing} there are 2 tetrahedral and 1 octahedral void per atom of A. B per A $= 2 \\times ${t}/12 + ${o}/12$, so the formula is ${right}.`,
        hi: { text: `A के परमाणु ${packing} जालक बनाते हैं और B के परमाणु ${occupiedHi} में हैं। यौगिक का सूत्र क्या है?`, solution: `${packing} में A के प्रति परमाणु 2 चतुष्फलकीय और 1 अष्टफलकीय रिक्ति होती है। प्रति A, B $= 2 \\times ${t}/12 + ${o}/12$, अतः सूत्र ${right} है।` },
      });
    },
  },
];
