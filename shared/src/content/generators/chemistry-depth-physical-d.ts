import { BORN_HABER, ENTROPY_REACTIONS, FREEZING_SOLVENTS, FUELS, HENRY_GASES, HESS_SETS, HYDRIDES, NON_ELECTROLYTES, SALT_IONS } from './chem-data-physical.ts';
import { chemDepthPhysicalEqGenerators } from './chemistry-depth-physical-d-eq.ts';
import { formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const R = 8.314;
const r3 = (x: number) => Number(x.toFixed(3));
const pos = (xs: number[]) => xs.filter((x) => Number.isFinite(x) && x > 0);
const neg = (xs: number[]) => xs.filter((x) => Number.isFinite(x) && x < 0);

const fuel = (f: number) => FUELS[f]!;
type Bomb = { f: number; C: number; m: number };
const dU = (f: number) => fuel(f)[4] - (fuel(f)[5] * R * 298) / 1000;
/** Temperature rise (K, to 3 decimals) the stem shows. */
export const bombRise = (v: Bomb) => r3(((v.m / fuel(v.f)[3]) * -dU(v.f)) / v.C);
const bombU = (v: Bomb) => (-v.C * bombRise(v) * fuel(v.f)[3]) / v.m;
const bombH = (v: Bomb, term = (fuel(v.f)[5] * R * 298) / 1000) => bombU(v) + term;

const bh = (i: number) => BORN_HABER[i]!;
/** Lattice enthalpy MX(s) → M⁺(g) + X⁻(g) from the cycle; `half` is the X atomisation used. */
const lattice = (i: number, half: number = bh(i)[6], ea: number = bh(i)[7], fh: number = bh(i)[3]) => -fh + bh(i)[4] + bh(i)[5] + half + ea;
const latticeShown = (i: number) => Math.round(lattice(i));
const gainFromLattice = (i: number, half: number = bh(i)[6], ie: number = bh(i)[5]) => latticeShown(i) + bh(i)[3] - bh(i)[4] - ie - half;

const hs = (h: number) => HESS_SETS[h]!;
const hessSum = (h: number, signs = true) => hs(h).given.reduce((s, [, dh, k]) => s + (signs ? k : Math.abs(k)) * dh, 0);
const SCALE_TEXT: Record<string, [string, string]> = { '1': ['', ''], '-1': ['the reverse of ', ' की विपरीत अभिक्रिया'], '2': ['twice ', ' को 2 से गुणा करने पर प्राप्त समीकरण'], '0.5': ['half of ', ' को 2 से भाग देने पर प्राप्त समीकरण'] };
const hessGiven = (h: number) => hs(h).given.map(([eq, dh], k) => `(${k + 1}) $\\mathrm{${eq}}$, $\\Delta H = ${dh}$ kJ`).join('; ');

const hyd = (i: number) => HYDRIDES[i]!;
type BondV = { i: number; w: number; hh: number };
const meanBond = (v: BondV, hhShare = v.hh / 2, divide = true) => (hyd(v.i)[4] + hyd(v.i)[2] * hhShare - hyd(v.i)[3]) / (divide ? hyd(v.i)[2] : 1);
const bondShown = (v: BondV) => Math.round(meanBond(v));
const formationFromBond = (v: BondV, hhShare = v.hh / 2) => hyd(v.i)[4] + hyd(v.i)[2] * hhShare - hyd(v.i)[2] * bondShown(v);
const bondAnswer = (v: BondV) => (v.w === 0 ? meanBond(v) : formationFromBond(v));

const er = (r: number) => ENTROPY_REACTIONS[r]!;
const dS = (r: number, signed = true) => er(r)[1].reduce((s, [nu, S]) => s + (signed ? nu : Math.abs(nu) / nu) * S, 0);
type Ent = { r: number; w: number; T: number };
const entropyAnswer = (v: Ent) => (v.w === 0 ? dS(v.r) : dS(v.r) - (er(v.r)[2] * 1000) / v.T);

type Iso = { n: number; r: number; w: number };
/** Expansion to r times the volume (w = 0) or mixing n mol with r mol of another gas (w = 1), J/K. */
const isoS = (v: Iso, ln: (x: number) => number = Math.log, Rg = R) =>
  v.w === 0 ? v.n * Rg * ln(v.r) : -Rg * (v.n * ln(v.n / (v.n + v.r)) + v.r * ln(v.r / (v.n + v.r)));

/** Equilibrium constants shown as mantissa × 10^exponent, and standard Gibbs energies (kJ/mol). */
export const K_VALUES = [[1, -5], [2.5, -3], [1, -1], [4, 0], [5, 1], [1, 3], [3.2, 6], [1, 10]] as const;
export const DG_VALUES = [-60, -25, -10, -2.5, 5, 15, 40, -120] as const;
type Gk = { w: number; T: number; k: number };
const kOf = (k: number) => K_VALUES[k]![0] * 10 ** K_VALUES[k]![1];
const kText = (k: number) => (K_VALUES[k]![0] === 1 ? `10^{${K_VALUES[k]![1]}}` : `${K_VALUES[k]![0]} \\times 10^{${K_VALUES[k]![1]}}`);
const gibbsAnswer = (v: Gk, lnFactor = 1) => (v.w === 0 ? (-R * v.T * Math.log(kOf(v.k)) * lnFactor) / 1000 : (-DG_VALUES[v.k]! * 1000) / (R * v.T * Math.LN10 * lnFactor));

const MOLAR: Record<string, number> = { He: 4, H_2: 2, N_2: 28, O_2: 32, Ar: 40, CO_2: 44 };
const hg = (g: number) => HENRY_GASES[g]!;
type Hen = { g: number; p: number; P: number };
/** mg of gas per litre of water (55.5 mol) at partial pressure p % × P bar. */
const henryMg = (v: Hen, partial = (v.p / 100) * v.P, kh = hg(v.g)[1] * 1000) => (partial / kh) * 55.5 * MOLAR[hg(v.g)[0]]! * 1000;

/** Pairs of liquids: name, Hindi, deviation (+1 positive, −1 negative, 0 near-ideal), forms an azeotrope. */
export const LIQUID_PAIRS = [
  ['ethanol + water', 'एथेनॉल + जल', 1, 1], ['acetone + carbon disulfide', 'ऐसीटोन + कार्बन डाइसल्फ़ाइड', 1, 1], ['ethanol + cyclohexane', 'एथेनॉल + साइक्लोहेक्सेन', 1, 1],
  ['chloroform + acetone', 'क्लोरोफ़ॉर्म + ऐसीटोन', -1, 1], ['nitric acid + water', 'नाइट्रिक अम्ल + जल', -1, 1], ['hydrogen chloride + water', 'हाइड्रोजन क्लोराइड + जल', -1, 1],
  ['benzene + toluene', 'बेन्ज़ीन + टॉलूईन', 0, 0], ['n-hexane + n-heptane', 'n-हेक्सेन + n-हेप्टेन', 0, 0], ['bromoethane + chloroethane', 'ब्रोमोएथेन + क्लोरोएथेन', 0, 0],
] as const;
/** Statement t (0 deviation, 1 ΔmixH, 2 ΔmixV, 3 azeotrope) claiming class c (+1, −1, 0). */
export function raoultStatement(t: number, c: number, hi: boolean): string {
  const k = c + 1;
  if (t === 0) return hi ? ['यह राउल्ट नियम से ऋणात्मक विचलन दर्शाता है।', 'यह लगभग आदर्श है (राउल्ट नियम का पालन करता है)।', 'यह राउल्ट नियम से धनात्मक विचलन दर्शाता है।'][k]! : ['It shows negative deviation from Raoult’s law.', 'It is nearly ideal (obeys Raoult’s law).', 'It shows positive deviation from Raoult’s law.'][k]!;
  if (t === 1) return `$\\Delta_{mix}H ${['< 0', '\\approx 0', '> 0'][k]}$${hi ? ' है।' : '.'}`;
  if (t === 2) return `$\\Delta_{mix}V ${['< 0', '\\approx 0', '> 0'][k]}$${hi ? ' है।' : '.'}`;
  return hi ? ['यह अधिकतम क्वथनांक वाला स्थिरक्वाथी बनाता है।', 'यह कोई स्थिरक्वाथी नहीं बनाता।', 'यह न्यूनतम क्वथनांक वाला स्थिरक्वाथी बनाता है।'][k]! : ['It forms a maximum-boiling azeotrope.', 'It forms no azeotrope.', 'It forms a minimum-boiling azeotrope.'][k]!;
}
const pairTruth = (p: number, t: number, c: number) => {
  const [, , dev, az] = LIQUID_PAIRS[p]!;
  return t === 3 ? (az === 1 ? c === dev : c === 0) : c === dev;
};

const REF = [['urea', 'यूरिया', 60], ['glucose', 'ग्लूकोस', 180], ['sucrose', 'सुक्रोस', 342]] as const;
type Ison = { r: number; y: number; x: number };
const isoM = (v: Ison) => (v.x * REF[v.r]![2]) / v.y;

const fs = (s: number) => FREEZING_SOLVENTS[s]!;
/** Kf = R Tf² M / ΔfusH in K kg mol⁻¹ (M in kg mol⁻¹, ΔfusH in J mol⁻¹); slips scale the inputs. */
const kf = (s: number, T = fs(s)[2], hScale = 1000, mScale = 1000) => (R * T * T * (fs(s)[4] / mScale)) / (fs(s)[3] * hScale);
type Frz = { s: number; w: number; m: number; W: number; M: number };
const kfAnswer = (v: Frz, k = kf(v.s), wScale = 1000) => (v.w === 0 ? k : k * (v.m / v.M) / (v.W / wScale));

const salt = (s: number) => SALT_IONS[s]!;
type Dis = { s: number; m: number; a: number };
/** ΔTf (K, to 3 decimals) shown for the salt at α = a %, Kf(water) = 1.86. */
export const dissocDrop = (v: Dis) => r3(1.86 * v.m * (1 + (v.a / 100) * (salt(v.s)[1] - 1)));
const vantI = (v: Dis) => dissocDrop(v) / (1.86 * v.m);
const alphaPct = (v: Dis) => ((vantI(v) - 1) / (salt(v.s)[1] - 1)) * 100;

const COLLIG_ASK = [
  ['the lowest freezing point', 'सबसे कम हिमांक', 1], ['the highest freezing point', 'सबसे अधिक हिमांक', -1],
  ['the highest osmotic pressure at the same temperature', 'समान ताप पर सबसे अधिक परासरण दाब', 1], ['the lowest boiling point', 'सबसे कम क्वथनांक', -1],
] as const;
const SOLUTES = [...SALT_IONS.map(([f, n]) => [`$\\mathrm{${f}}$`, `$\\mathrm{${f}}$`, n] as const), ...NON_ELECTROLYTES.map((name, k) => [name, REF[k]![1], 1] as const)];
const MOLALITIES = [0.01, 0.02, 0.05, 0.1, 0.2] as const;

const thermoSolutionGenerators: GeneratorDef[] = [
  formula({ id: 'c.td.bomb-calorimeter', subject: C, concepts: ['C.TD.FIRST', 'C.TD.HESS'], difficulty: 3,
    vars: { f: range(0, FUELS.length - 1), C: [8, 10, 12, 15], m: [0.5, 0.8, 1, 1.2, 1.5] },
    text: (v) => `${v.m} g of ${fuel(v.f)[0]}, $\\mathrm{${fuel(v.f)[2]}}$ (M = ${fuel(v.f)[3]} g mol⁻¹), is burnt in excess oxygen in a bomb calorimeter of heat capacity ${v.C} kJ K⁻¹; the temperature rises by ${bombRise(v).toFixed(3)} K (about 298 K, water formed as liquid). Find $\\Delta_cH$ in kJ mol⁻¹ ($R = 8.314$ J K⁻¹ mol⁻¹).`, unit: 'kJ/mol',
    answer: (v) => bombH(v),
    // ΔU reported as ΔH, the Δn_gRT term with the wrong sign, R left in joules, and the heat per gram.
    mistakes: (v) => neg([bombU(v), bombH(v, (-fuel(v.f)[5] * R * 298) / 1000), bombH(v, fuel(v.f)[5] * R * 298), (-v.C * bombRise(v)) / v.m]),
    sig: 4,
    solution: (v) => `At constant volume $q_V = ${v.C} \\times ${bombRise(v).toFixed(3)}$ kJ for $\\frac{${v.m}}{${fuel(v.f)[3]}}$ mol, so $\\Delta_cU = ${bombU(v).toFixed(1)}$ kJ mol⁻¹. $\\Delta n_g = ${fuel(v.f)[5]}$, and $\\Delta H = \\Delta U + \\Delta n_g RT = ${bombU(v).toFixed(1)} + (${fuel(v.f)[5]})(8.314 \\times 10^{-3})(298)$.`,
    hi: { text: (v) => `${v.m} g ${fuel(v.f)[1]}, $\\mathrm{${fuel(v.f)[2]}}$ (M = ${fuel(v.f)[3]} g mol⁻¹), को ${v.C} kJ K⁻¹ ऊष्माधारिता वाले बम कैलोरीमीटर में आधिक्य ऑक्सीजन में जलाया जाता है; ताप ${bombRise(v).toFixed(3)} K बढ़ता है (लगभग 298 K, जल द्रव रूप में)। $\\Delta_cH$ kJ mol⁻¹ में ज्ञात कीजिए ($R = 8.314$ J K⁻¹ mol⁻¹)।`, solution: (v) => `स्थिर आयतन पर $\\frac{${v.m}}{${fuel(v.f)[3]}}$ मोल के लिए $q_V = ${v.C} \\times ${bombRise(v).toFixed(3)}$ kJ, अतः $\\Delta_cU = ${bombU(v).toFixed(1)}$ kJ mol⁻¹। $\\Delta n_g = ${fuel(v.f)[5]}$, और $\\Delta H = \\Delta U + \\Delta n_g RT = ${bombU(v).toFixed(1)} + (${fuel(v.f)[5]})(8.314 \\times 10^{-3})(298)$।` },
    result: [-6000, -500] }),
  formula({ id: 'c.td.born-haber-cycle', subject: C, concepts: ['C.TD.HESS', 'C.PER.TRENDS'], difficulty: 4,
    vars: { i: range(0, BORN_HABER.length - 1), w: range(0, 1) },
    text: (v) => `For $\\mathrm{${bh(v.i)[0]}}$ (kJ mol⁻¹): $\\Delta_fH^\\circ = ${bh(v.i)[3]}$, sublimation of ${bh(v.i)[1]} ${bh(v.i)[4]}, first ionisation enthalpy of ${bh(v.i)[1]} ${bh(v.i)[5]}, $\\frac12\\mathrm{${bh(v.i)[2]}_2}$ (standard state) $\\to$ ${bh(v.i)[2]}(g) ${bh(v.i)[6]}${v.w === 0 ? `, electron gain enthalpy of ${bh(v.i)[2]} ${bh(v.i)[7]}. Find the lattice enthalpy for $\\mathrm{${bh(v.i)[0]}(s) \\to ${bh(v.i)[1]}^+(g) + ${bh(v.i)[2]}^-(g)}$ in kJ mol⁻¹.` : `, and lattice enthalpy ($\\mathrm{${bh(v.i)[0]}(s) \\to ${bh(v.i)[1]}^+(g) + ${bh(v.i)[2]}^-(g)}$) ${latticeShown(v.i)}. Find the electron gain enthalpy of ${bh(v.i)[2]} in kJ mol⁻¹.`}`, unit: 'kJ/mol',
    answer: (v) => (v.w === 0 ? lattice(v.i) : gainFromLattice(v.i)),
    // The halogen's whole bond enthalpy used for one atom, the electron gain sign reversed (or the ionisation left out), ΔfH's sign reversed.
    mistakes: (v) => (v.w === 0 ? [lattice(v.i, 2 * bh(v.i)[6]), lattice(v.i, bh(v.i)[6], -bh(v.i)[7]), lattice(v.i, bh(v.i)[6], bh(v.i)[7], -bh(v.i)[3])] : [gainFromLattice(v.i, 2 * bh(v.i)[6]), -gainFromLattice(v.i), gainFromLattice(v.i, bh(v.i)[6], 0)]),
    solution: (v) => `Hess's law round the cycle: $\\Delta_fH = \\Delta_{sub}H + IE + \\tfrac12\\Delta_aH + \\Delta_{eg}H - U_{lattice}$, i.e. $${bh(v.i)[3]} = ${bh(v.i)[4]} + ${bh(v.i)[5]} + ${bh(v.i)[6]} + (${v.w === 0 ? bh(v.i)[7] : '\\Delta_{eg}H'}) - ${v.w === 0 ? 'U' : latticeShown(v.i)}$.`,
    hi: { text: (v) => `$\\mathrm{${bh(v.i)[0]}}$ के लिए (kJ mol⁻¹): $\\Delta_fH^\\circ = ${bh(v.i)[3]}$, ${bh(v.i)[1]} का ऊर्ध्वपातन ${bh(v.i)[4]}, ${bh(v.i)[1]} की प्रथम आयनन एन्थैल्पी ${bh(v.i)[5]}, $\\frac12\\mathrm{${bh(v.i)[2]}_2}$ (मानक अवस्था) $\\to$ ${bh(v.i)[2]}(g) ${bh(v.i)[6]}${v.w === 0 ? `, ${bh(v.i)[2]} की इलेक्ट्रॉन लब्धि एन्थैल्पी ${bh(v.i)[7]}। $\\mathrm{${bh(v.i)[0]}(s) \\to ${bh(v.i)[1]}^+(g) + ${bh(v.i)[2]}^-(g)}$ के लिए जालक एन्थैल्पी kJ mol⁻¹ में ज्ञात कीजिए।` : `, और जालक एन्थैल्पी ($\\mathrm{${bh(v.i)[0]}(s) \\to ${bh(v.i)[1]}^+(g) + ${bh(v.i)[2]}^-(g)}$) ${latticeShown(v.i)}। ${bh(v.i)[2]} की इलेक्ट्रॉन लब्धि एन्थैल्पी kJ mol⁻¹ में ज्ञात कीजिए।`}`, solution: (v) => `चक्र पर हेस का नियम: $\\Delta_fH = \\Delta_{sub}H + IE + \\tfrac12\\Delta_aH + \\Delta_{eg}H - U_{lattice}$, अर्थात $${bh(v.i)[3]} = ${bh(v.i)[4]} + ${bh(v.i)[5]} + ${bh(v.i)[6]} + (${v.w === 0 ? bh(v.i)[7] : '\\Delta_{eg}H'}) - ${v.w === 0 ? 'U' : latticeShown(v.i)}$।` },
    result: [-400, 1100] }),
  formula({ id: 'c.td.hess-combination', subject: C, concepts: ['C.TD.HESS'], difficulty: 2,
    vars: { h: range(0, HESS_SETS.length - 1), k: [1, -1, 2, 0.5] },
    text: (v) => `Given ${hessGiven(v.h)}. Find $\\Delta H$ (in kJ) for ${SCALE_TEXT[String(v.k)]![0]}$\\mathrm{${hs(v.h).target}}$.`, unit: 'kJ',
    answer: (v) => v.k * hessSum(v.h),
    // Every given ΔH added as written (no reversal), the scaling forgotten, the sign of the whole result reversed.
    mistakes: (v) => [v.k * hessSum(v.h, false), hessSum(v.h), -v.k * hessSum(v.h)].filter((x) => Math.abs(x - v.k * hessSum(v.h)) > 1e-9),
    sig: 4,
    solution: (v) => `Target $= ${hs(v.h).given.map(([, , k], j) => `${k === 1 ? '' : k === -1 ? '-' : k}(${j + 1})`).join(' + ').replace(/\+ -/g, '- ')}$, so $\\Delta H = ${Number(hessSum(v.h).toFixed(2))}$ kJ for the equation as written${v.k === 1 ? '' : `, times ${v.k}`}.`,
    hi: { text: (v) => `दिया है ${hessGiven(v.h)}। $\\mathrm{${hs(v.h).target}}$${SCALE_TEXT[String(v.k)]![1]} के लिए $\\Delta H$ (kJ में) ज्ञात कीजिए।`, solution: (v) => `लक्ष्य $= ${hs(v.h).given.map(([, , k], j) => `${k === 1 ? '' : k === -1 ? '-' : k}(${j + 1})`).join(' + ').replace(/\+ -/g, '- ')}$, अतः लिखित समीकरण के लिए $\\Delta H = ${Number(hessSum(v.h).toFixed(2))}$ kJ${v.k === 1 ? '' : `, गुणा ${v.k}`}।` },
    result: [-2000, 2000] }),
  formula({ id: 'c.td.bond-enthalpy-from-formation', subject: C, concepts: ['C.TD.BOND_ENTHALPY', 'C.TD.HESS'], difficulty: 4,
    vars: { i: range(0, HYDRIDES.length - 1), w: range(0, 1), hh: [436, 435, 436.4] },
    text: (v) => `For $\\mathrm{${hyd(v.i)[0]}(g)}$: atomisation enthalpy of ${hyd(v.i)[1]} from its standard state ${hyd(v.i)[4]} kJ per mol of ${hyd(v.i)[1]} atoms, bond enthalpy of H–H ${v.hh} kJ mol⁻¹, ${v.w === 0 ? `$\\Delta_fH^\\circ(\\mathrm{${hyd(v.i)[0]}, g}) = ${hyd(v.i)[3]}$ kJ mol⁻¹. Find the mean ${hyd(v.i)[1]}–H bond enthalpy in kJ mol⁻¹.` : `mean ${hyd(v.i)[1]}–H bond enthalpy ${bondShown(v)} kJ mol⁻¹. Find $\\Delta_fH^\\circ$ of $\\mathrm{${hyd(v.i)[0]}(g)}$ in kJ mol⁻¹.`}`, unit: 'kJ/mol',
    answer: bondAnswer,
    // H–H not halved (a whole H₂ per H atom), the total not divided over the bonds, ΔfH's sign reversed.
    mistakes: (v) => (v.w === 0 ? [meanBond(v, v.hh), meanBond(v, v.hh / 2, false), (hyd(v.i)[4] + (hyd(v.i)[2] * v.hh) / 2 + hyd(v.i)[3]) / hyd(v.i)[2]] : [formationFromBond(v, v.hh), -formationFromBond(v), formationFromBond(v) + hyd(v.i)[2] * bondShown(v) - bondShown(v)]).filter((x) => Math.abs(x - bondAnswer(v)) > 1e-9),
    sig: 4,
    solution: (v) => `Cycle: ${hyd(v.i)[1]}(std) + ${hyd(v.i)[2]}/2 H₂ → ${hyd(v.i)[1]}(g) + ${hyd(v.i)[2]} H(g) → $\\mathrm{${hyd(v.i)[0]}}$(g): $\\Delta_fH = ${hyd(v.i)[4]} + \\frac{${hyd(v.i)[2]}}{2}(${v.hh}) - ${hyd(v.i)[2]}\\,B(\\mathrm{${hyd(v.i)[1]}{-}H})$.`,
    hi: { text: (v) => `$\\mathrm{${hyd(v.i)[0]}(g)}$ के लिए: मानक अवस्था से ${hyd(v.i)[1]} की परमाणुकरण एन्थैल्पी ${hyd(v.i)[4]} kJ प्रति मोल ${hyd(v.i)[1]} परमाणु, H–H आबंध एन्थैल्पी ${v.hh} kJ mol⁻¹, ${v.w === 0 ? `$\\Delta_fH^\\circ(\\mathrm{${hyd(v.i)[0]}, g}) = ${hyd(v.i)[3]}$ kJ mol⁻¹। औसत ${hyd(v.i)[1]}–H आबंध एन्थैल्पी kJ mol⁻¹ में ज्ञात कीजिए।` : `औसत ${hyd(v.i)[1]}–H आबंध एन्थैल्पी ${bondShown(v)} kJ mol⁻¹। $\\mathrm{${hyd(v.i)[0]}(g)}$ का $\\Delta_fH^\\circ$ kJ mol⁻¹ में ज्ञात कीजिए।`}`, solution: (v) => `चक्र: ${hyd(v.i)[1]}(मानक) + ${hyd(v.i)[2]}/2 H₂ → ${hyd(v.i)[1]}(g) + ${hyd(v.i)[2]} H(g) → $\\mathrm{${hyd(v.i)[0]}}$(g): $\\Delta_fH = ${hyd(v.i)[4]} + \\frac{${hyd(v.i)[2]}}{2}(${v.hh}) - ${hyd(v.i)[2]}\\,B(\\mathrm{${hyd(v.i)[1]}{-}H})$।` },
    result: [-400, 700] }),
  formula({ id: 'c.td.resonance-energy-benzene', subject: C, concepts: ['C.TD.BOND_ENTHALPY', 'C.TD.HESS'], difficulty: 3,
    vars: { h1: [-118, -119, -120, -121], h2: [-206, -207, -208, -209, -210], h3: [-230, -232] },
    text: (v) => `Enthalpies of hydrogenation to cyclohexane (kJ mol⁻¹): cyclohexene ${v.h1}, cyclohexa-1,3-diene ${v.h3}, benzene ${v.h2}. Taking each isolated C=C as cyclohexene's, find the resonance energy of benzene in kJ mol⁻¹.`, unit: 'kJ/mol',
    answer: (v) => -3 * v.h1 + v.h2,
    // Two double bonds counted, the diene's value taken for a Kekulé structure, the diene scaled by 3/2.
    mistakes: (v) => pos([-2 * v.h1 + v.h2, -v.h3 + v.h2, -1.5 * v.h3 + v.h2]),
    solution: (v) => `A Kekulé cyclohexatriene with three isolated C=C would release $3 \\times ${-v.h1} = ${-3 * v.h1}$ kJ mol⁻¹; benzene releases ${-v.h2}. Benzene lies lower by $${-3 * v.h1} - ${-v.h2}$ kJ mol⁻¹ (the diene value only shows that conjugation in the diene is small).`,
    hi: { text: (v) => `साइक्लोहेक्सेन तक हाइड्रोजनीकरण एन्थैल्पी (kJ mol⁻¹): साइक्लोहेक्सीन ${v.h1}, साइक्लोहेक्सा-1,3-डाईन ${v.h3}, बेन्ज़ीन ${v.h2}। प्रत्येक पृथक C=C को साइक्लोहेक्सीन जैसा मानते हुए बेन्ज़ीन की अनुनाद ऊर्जा kJ mol⁻¹ में ज्ञात कीजिए।`, solution: (v) => `तीन पृथक C=C वाला केकुले साइक्लोहेक्साट्राईन $3 \\times ${-v.h1} = ${-3 * v.h1}$ kJ mol⁻¹ मुक्त करता; बेन्ज़ीन ${-v.h2} मुक्त करता है। बेन्ज़ीन $${-3 * v.h1} - ${-v.h2}$ kJ mol⁻¹ नीचे है (डाईन का मान केवल यह दर्शाता है कि डाईन में संयुग्मन कम है)।` },
    result: [130, 170] }),
  formula({ id: 'c.td.reaction-entropy', subject: C, concepts: ['C.TD.ENTROPY', 'C.TD.GIBBS'], difficulty: 3,
    vars: { r: range(0, ENTROPY_REACTIONS.length - 1), w: range(0, 1), T: [298, 350, 400, 500] },
    text: (v) => `For $\\mathrm{${er(v.r)[0]}}$, standard molar entropies (J K⁻¹ mol⁻¹, in the order written) are ${er(v.r)[1].map(([, S]) => S).join(', ')}${v.w === 1 ? ` and $\\Delta_rH^\\circ = ${er(v.r)[2]}$ kJ mol⁻¹. Taking both independent of temperature, find the total entropy change (system + surroundings) in J K⁻¹ mol⁻¹ at ${v.T} K.` : `. Find $\\Delta_rS^\\circ$ in J K⁻¹ mol⁻¹.`}`, unit: 'J/(K mol)',
    answer: entropyAnswer,
    // Stoichiometric coefficients ignored, reactants − products, and (total) the surroundings' sign reversed or ΔH left in kJ.
    mistakes: (v) => (v.w === 0 ? [dS(v.r, false), -dS(v.r)] : [dS(v.r) + (er(v.r)[2] * 1000) / v.T, dS(v.r) - er(v.r)[2] / v.T, dS(v.r, false) - (er(v.r)[2] * 1000) / v.T]).filter((x) => Math.abs(x - entropyAnswer(v)) > 1e-9),
    sig: 4,
    solution: (v) => `$\\Delta_rS^\\circ = \\sum \\nu S^\\circ(\\text{products}) - \\sum \\nu S^\\circ(\\text{reactants}) = ${dS(v.r).toFixed(1)}$ J K⁻¹ mol⁻¹${v.w === 1 ? `; surroundings gain $-\\frac{\\Delta H}{T} = -\\frac{${er(v.r)[2]} \\times 1000}{${v.T}}$; the total is their sum` : ''}.`,
    hi: { text: (v) => `$\\mathrm{${er(v.r)[0]}}$ के लिए मानक मोलर एन्ट्रॉपी (J K⁻¹ mol⁻¹, लिखे क्रम में) ${er(v.r)[1].map(([, S]) => S).join(', ')} हैं${v.w === 1 ? ` और $\\Delta_rH^\\circ = ${er(v.r)[2]}$ kJ mol⁻¹। दोनों को ताप से स्वतंत्र मानते हुए ${v.T} K पर कुल एन्ट्रॉपी परिवर्तन (निकाय + परिवेश) J K⁻¹ mol⁻¹ में ज्ञात कीजिए।` : `। $\\Delta_rS^\\circ$ J K⁻¹ mol⁻¹ में ज्ञात कीजिए।`}`, solution: (v) => `$\\Delta_rS^\\circ = \\sum \\nu S^\\circ(\\text{उत्पाद}) - \\sum \\nu S^\\circ(\\text{अभिकारक}) = ${dS(v.r).toFixed(1)}$ J K⁻¹ mol⁻¹${v.w === 1 ? `; परिवेश का परिवर्तन $-\\frac{\\Delta H}{T} = -\\frac{${er(v.r)[2]} \\times 1000}{${v.T}}$; कुल इनका योग है` : ''}।` },
    result: [-700, 3100] }),
  formula({ id: 'c.td.isothermal-mixing-entropy', subject: C, concepts: ['C.TD.ENTROPY', 'C.GAS.LAWS'], difficulty: 3,
    vars: { n: [0.5, 1, 2, 3, 5], r: [2, 3, 4, 5, 10], w: range(0, 1) },
    text: (v) => (v.w === 0 ? `${v.n} mol of an ideal gas expands isothermally and reversibly to ${v.r} times its volume. Find the entropy change of the gas in J K⁻¹ ($R = 8.314$ J K⁻¹ mol⁻¹).` : `${v.n} mol of $\\mathrm{N_2}$ and ${v.r} mol of $\\mathrm{O_2}$, at the same temperature and pressure, mix isothermally as ideal gases. Find the entropy of mixing in J K⁻¹ ($R = 8.314$ J K⁻¹ mol⁻¹).`), unit: 'J/K',
    answer: (v) => isoS(v),
    // log₁₀ for ln, R in L atm, and (mixing) the mole fractions left unweighted.
    mistakes: (v) => pos([isoS(v, Math.log10), isoS(v, Math.log, 0.0821), v.w === 0 ? v.n * R * (v.r - 1) : -R * (Math.log(v.n / (v.n + v.r)) + Math.log(v.r / (v.n + v.r)))]),
    solution: (v) => (v.w === 0 ? `$\\Delta S = nR\\ln\\frac{V_2}{V_1} = ${v.n} \\times 8.314 \\times \\ln ${v.r}$.` : `$\\Delta_{mix}S = -R\\sum n_i \\ln x_i$ with $x_{N_2} = \\frac{${v.n}}{${v.n + v.r}}$, $x_{O_2} = \\frac{${v.r}}{${v.n + v.r}}$.`),
    hi: { text: (v) => (v.w === 0 ? `एक आदर्श गैस के ${v.n} मोल समतापीय और उत्क्रमणीय रूप से अपने आयतन के ${v.r} गुने तक प्रसारित होते हैं। गैस का एन्ट्रॉपी परिवर्तन J K⁻¹ में ज्ञात कीजिए ($R = 8.314$ J K⁻¹ mol⁻¹)।` : `समान ताप और दाब पर $\\mathrm{N_2}$ के ${v.n} मोल और $\\mathrm{O_2}$ के ${v.r} मोल आदर्श गैसों के रूप में समतापीय रूप से मिश्रित होते हैं। मिश्रण की एन्ट्रॉपी J K⁻¹ में ज्ञात कीजिए ($R = 8.314$ J K⁻¹ mol⁻¹)।`), solution: (v) => (v.w === 0 ? `$\\Delta S = nR\\ln\\frac{V_2}{V_1} = ${v.n} \\times 8.314 \\times \\ln ${v.r}$।` : `$\\Delta_{mix}S = -R\\sum n_i \\ln x_i$, जहाँ $x_{N_2} = \\frac{${v.n}}{${v.n + v.r}}$, $x_{O_2} = \\frac{${v.r}}{${v.n + v.r}}$।`) },
    result: [2, 200] }),
  formula({ id: 'c.td.gibbs-equilibrium-constant', subject: C, concepts: ['C.TD.GIBBS', 'C.EQ.KC'], difficulty: 3,
    vars: { w: range(0, 1), T: [298, 400, 500, 700], k: range(0, K_VALUES.length - 1) },
    text: (v) => (v.w === 0 ? `A reaction has $K = ${kText(v.k)}$ at ${v.T} K. Find $\\Delta_rG^\\circ$ in kJ mol⁻¹ ($R = 8.314$ J K⁻¹ mol⁻¹).` : `A reaction has $\\Delta_rG^\\circ = ${DG_VALUES[v.k]}$ kJ mol⁻¹ at ${v.T} K. Find $\\log_{10}K$ ($R = 8.314$ J K⁻¹ mol⁻¹).`), unit: '',
    answer: (v) => gibbsAnswer(v),
    // log₁₀ used where ln belongs (or the reverse), the sign of −RT ln K dropped, kJ and J confused.
    mistakes: (v) => [gibbsAnswer(v, v.w === 0 ? 1 / Math.LN10 : 1 / Math.LN10), -gibbsAnswer(v), gibbsAnswer(v) * 1000, gibbsAnswer(v) / 1000].filter((x) => Math.abs(x - gibbsAnswer(v)) > 1e-9),
    solution: (v) => (v.w === 0 ? `$\\Delta_rG^\\circ = -RT\\ln K = -8.314 \\times ${v.T} \\times \\ln(${kText(v.k)})$ J mol⁻¹.` : `$\\ln K = -\\frac{\\Delta_rG^\\circ}{RT} = -\\frac{${DG_VALUES[v.k]} \\times 1000}{8.314 \\times ${v.T}}$ and $\\log_{10}K = \\frac{\\ln K}{2.303}$.`),
    hi: { text: (v) => (v.w === 0 ? `${v.T} K पर एक अभिक्रिया का $K = ${kText(v.k)}$ है। $\\Delta_rG^\\circ$ kJ mol⁻¹ में ज्ञात कीजिए ($R = 8.314$ J K⁻¹ mol⁻¹)।` : `${v.T} K पर एक अभिक्रिया का $\\Delta_rG^\\circ = ${DG_VALUES[v.k]}$ kJ mol⁻¹ है। $\\log_{10}K$ ज्ञात कीजिए ($R = 8.314$ J K⁻¹ mol⁻¹)।`), solution: (v) => (v.w === 0 ? `$\\Delta_rG^\\circ = -RT\\ln K = -8.314 \\times ${v.T} \\times \\ln(${kText(v.k)})$ J mol⁻¹।` : `$\\ln K = -\\frac{\\Delta_rG^\\circ}{RT} = -\\frac{${DG_VALUES[v.k]} \\times 1000}{8.314 \\times ${v.T}}$ और $\\log_{10}K = \\frac{\\ln K}{2.303}$।`) },
    result: [-150, 150] }),
  formula({ id: 'c.sol.henry-gas-mixture', subject: C, concepts: ['C.SOL.HENRY', 'C.GAS.LAWS'], difficulty: 3,
    vars: { g: range(0, HENRY_GASES.length - 1), p: [10, 20, 21, 50, 80], P: [1, 2, 5, 10] },
    text: (v) => `A gas mixture containing ${v.p} mol % $\\mathrm{${hg(v.g)[0]}}$ is kept over water at 298 K at a total pressure of ${v.P} bar. Henry's constant of $\\mathrm{${hg(v.g)[0]}}$ is $K_H = ${hg(v.g)[1]}$ kbar ($p = K_Hx$). Find the mass of $\\mathrm{${hg(v.g)[0]}}$ (M = ${MOLAR[hg(v.g)[0]]} g mol⁻¹) dissolved per litre of water (55.5 mol), in mg.`, unit: 'mg',
    answer: (v) => henryMg(v),
    // The total pressure used, kbar not converted to bar, and the 55.5 mol of water left out.
    mistakes: (v) => [henryMg(v, v.P), henryMg(v, (v.p / 100) * v.P, hg(v.g)[1]), henryMg(v) / 55.5],
    solution: (v) => `Partial pressure $p = ${v.p / 100} \\times ${v.P}$ bar (Dalton); $x = \\frac{p}{K_H} = \\frac{${Number(((v.p / 100) * v.P).toFixed(3))}}{${hg(v.g)[1]} \\times 10^{3}}$; moles dissolved $\\approx 55.5x$, mass $= 55.5x \\times ${MOLAR[hg(v.g)[0]]} \\times 10^{3}$ mg.`,
    hi: { text: (v) => `${v.p} मोल % $\\mathrm{${hg(v.g)[0]}}$ युक्त एक गैस मिश्रण 298 K पर ${v.P} bar के कुल दाब पर जल के ऊपर रखा है। $\\mathrm{${hg(v.g)[0]}}$ का हेनरी स्थिरांक $K_H = ${hg(v.g)[1]}$ kbar है ($p = K_Hx$)। प्रति लीटर जल (55.5 mol) में घुले $\\mathrm{${hg(v.g)[0]}}$ (M = ${MOLAR[hg(v.g)[0]]} g mol⁻¹) का द्रव्यमान mg में ज्ञात कीजिए।`, solution: (v) => `आंशिक दाब $p = ${v.p / 100} \\times ${v.P}$ bar (डाल्टन); $x = \\frac{p}{K_H} = \\frac{${Number(((v.p / 100) * v.P).toFixed(3))}}{${hg(v.g)[1]} \\times 10^{3}}$; घुले मोल $\\approx 55.5x$, द्रव्यमान $= 55.5x \\times ${MOLAR[hg(v.g)[0]]} \\times 10^{3}$ mg।` },
    result: [0.1, 12000] }),
  {
    id: 'c.sol.henry-solubility-order', subject: C, concepts: ['C.SOL.HENRY'], difficulty: 2,
    build(rng) {
      const picks = rng.shuffle(HENRY_GASES.map((_, i) => i)).slice(0, 4);
      const w = rng.int(0, 1);
      const best = [...picks].sort((a, b) => (w === 0 ? hg(a)[1] - hg(b)[1] : hg(b)[1] - hg(a)[1]))[0]!;
      const tex = (i: number) => `$\\mathrm{${hg(i)[0]}}$`;
      const list = picks.map((i) => `${tex(i)} ${hg(i)[1]}`).join(', ');
      return choice({
        params: { a: picks[0]!, b: picks[1]!, c: picks[2]!, d: picks[3]!, w },
        text: `Henry's law constants ($p = K_Hx$) in water at 298 K, in kbar: ${list}. At the same partial pressure, which gas is ${w === 0 ? 'the most' : 'the least'} soluble?`,
        correct: tex(best),
        distractors: picks.filter((i) => i !== best).map(tex),
        solution: `$x = \\frac{p}{K_H}$: at equal $p$ the solubility is inversely proportional to $K_H$, so the ${w === 0 ? 'smallest' : 'largest'} $K_H$ (${tex(best)}, ${hg(best)[1]} kbar) gives the ${w === 0 ? 'most' : 'least'} soluble gas.`,
        hi: { text: `298 K पर जल में हेनरी नियम स्थिरांक ($p = K_Hx$), kbar में: ${list}। समान आंशिक दाब पर कौन-सी गैस ${w === 0 ? 'सबसे अधिक' : 'सबसे कम'} विलेय है?`, solution: `$x = \\frac{p}{K_H}$: समान $p$ पर विलेयता $K_H$ के व्युत्क्रमानुपाती है, अतः ${w === 0 ? 'सबसे छोटा' : 'सबसे बड़ा'} $K_H$ (${tex(best)}, ${hg(best)[1]} kbar) ${w === 0 ? 'सबसे अधिक' : 'सबसे कम'} विलेय गैस देता है।` },
      });
    },
  },
  {
    id: 'c.sol.raoult-deviation-statements', subject: C, concepts: ['C.SOL.RAOULT'], difficulty: 3,
    build(rng) {
      const p = rng.int(0, LIQUID_PAIRS.length - 1);
      const claims = [0, 1, 2, 3].map(() => rng.int(-1, 1));
      if (![0, 1, 2, 3].some((t) => pairTruth(p, t, claims[t]!))) claims[0] = LIQUID_PAIRS[p]![2];
      const [name, nameHi, dev, az] = LIQUID_PAIRS[p]!;
      const why = ['negative deviation: A–B attractions stronger than A–A and B–B, so mixing releases heat and the volume contracts', 'near-ideal: A–B attractions like A–A and B–B, so $\\Delta_{mix}H \\approx 0$ and $\\Delta_{mix}V \\approx 0$', 'positive deviation: A–B attractions weaker than A–A and B–B, so mixing absorbs heat and the volume expands'][dev + 1]!;
      const whyHi = ['ऋणात्मक विचलन: A–B आकर्षण A–A और B–B से प्रबल, अतः मिश्रण पर ऊष्मा मुक्त होती है और आयतन घटता है', 'लगभग आदर्श: A–B आकर्षण A–A और B–B जैसे, अतः $\\Delta_{mix}H \\approx 0$ और $\\Delta_{mix}V \\approx 0$', 'धनात्मक विचलन: A–B आकर्षण A–A और B–B से दुर्बल, अतः मिश्रण पर ऊष्मा अवशोषित होती है और आयतन बढ़ता है'][dev + 1]!;
      return multi({
        params: { p, c0: claims[0]!, c1: claims[1]!, c2: claims[2]!, c3: claims[3]! },
        text: `For a liquid mixture of ${name}, which statements are correct?`,
        options: [0, 1, 2, 3].map((t) => ({ text: raoultStatement(t, claims[t]!, false), correct: pairTruth(p, t, claims[t]!) })),
        solution: `${name[0]!.toUpperCase()}${name.slice(1)} shows ${why}${az ? `; it forms a ${dev > 0 ? 'minimum' : 'maximum'}-boiling azeotrope` : ' and forms no azeotrope'}.`,
        hi: { text: `${nameHi} के द्रव मिश्रण के लिए कौन-से कथन सही हैं?`, solution: `${nameHi} ${whyHi} दर्शाता है${az ? `; यह ${dev > 0 ? 'न्यूनतम' : 'अधिकतम'} क्वथनांक वाला स्थिरक्वाथी बनाता है` : ' और कोई स्थिरक्वाथी नहीं बनाता'}।`, options: [0, 1, 2, 3].map((t) => raoultStatement(t, claims[t]!, true)) },
      });
    },
  },
  formula({ id: 'c.sol.isotonic-molar-mass', subject: C, concepts: ['C.SOL.COLLIG'], difficulty: 2,
    vars: { r: range(0, 2), y: [1, 1.8, 3, 5, 6, 9, 10, 18], x: [2, 3, 4.5, 5, 7.5, 10, 15, 20] },
    text: (v) => `A solution containing ${v.x} g L⁻¹ of a non-volatile non-electrolyte is isotonic, at the same temperature, with a solution of ${v.y} g L⁻¹ of ${REF[v.r]![0]} (M = ${REF[v.r]![2]} g mol⁻¹). Find the molar mass of the solute in g mol⁻¹.`, unit: 'g/mol',
    answer: isoM,
    // The ratio inverted, and the reference's own molar mass taken.
    mistakes: (v) => pos([(v.y * REF[v.r]![2]) / v.x, REF[v.r]![2], (v.x / v.y) * REF[v.r]![2] * 2]).filter((x) => Math.abs(x - isoM(v)) > 1e-9),
    sig: 4,
    solution: (v) => `Isotonic solutions have equal molar concentrations ($\\pi = CRT$): $\\frac{${v.x}}{M} = \\frac{${v.y}}{${REF[v.r]![2]}}$, so $M = \\frac{${v.x} \\times ${REF[v.r]![2]}}{${v.y}}$.`,
    hi: { text: (v) => `किसी अवाष्पशील अविद्युत-अपघट्य के ${v.x} g L⁻¹ वाला विलयन, समान ताप पर, ${REF[v.r]![1]} (M = ${REF[v.r]![2]} g mol⁻¹) के ${v.y} g L⁻¹ विलयन के साथ समपरासरी है। विलेय का मोलर द्रव्यमान g mol⁻¹ में ज्ञात कीजिए।`, solution: (v) => `समपरासरी विलयनों की मोलर सांद्रता समान होती है ($\\pi = CRT$): $\\frac{${v.x}}{M} = \\frac{${v.y}}{${REF[v.r]![2]}}$, अतः $M = \\frac{${v.x} \\times ${REF[v.r]![2]}}{${v.y}}$।` },
    result: [5, 7000] }),
  formula({ id: 'c.sol.kf-from-fusion-enthalpy', subject: C, concepts: ['C.SOL.COLLIG', 'C.TD.ENTROPY'], difficulty: 4,
    vars: { s: range(0, FREEZING_SOLVENTS.length - 1), w: range(0, 1), m: [1, 2, 5], W: [50, 100, 200], M: [60, 128, 180] },
    text: (v) => `${fs(v.s)[0][0]!.toUpperCase()}${fs(v.s)[0].slice(1)} (M = ${fs(v.s)[4]} g mol⁻¹) freezes at ${fs(v.s)[2]} K with $\\Delta_{fus}H = ${fs(v.s)[3]}$ kJ mol⁻¹. ${v.w === 0 ? 'Find its molal freezing-point depression constant $K_f$ in K kg mol⁻¹' : `Find the depression of its freezing point (in K) when ${v.m} g of a non-volatile non-electrolyte (M = ${v.M} g mol⁻¹) is dissolved in ${v.W} g of it`} ($R = 8.314$ J K⁻¹ mol⁻¹).`, unit: '',
    answer: (v) => kfAnswer(v),
    // The solvent's molar mass left out, ΔfusH left in kJ, and (depression) the solvent mass left in g.
    mistakes: (v) => pos([kfAnswer(v, kf(v.s) / (fs(v.s)[4] / 1000)), kfAnswer(v, kf(v.s, fs(v.s)[2], 1)), v.w === 1 ? kfAnswer(v, kf(v.s), 1) : kf(v.s, fs(v.s)[2], 1000, 1)]),
    solution: (v) => `$K_f = \\frac{RT_f^2 M_{solvent}}{\\Delta_{fus}H} = \\frac{8.314 \\times ${fs(v.s)[2]}^2 \\times ${fs(v.s)[4] / 1000}}{${fs(v.s)[3] * 1000}} = ${kf(v.s).toFixed(3)}$ K kg mol⁻¹${v.w === 1 ? `; $\\Delta T_f = K_f \\times \\frac{${v.m}/${v.M}}{${v.W / 1000}}$` : ''}.`,
    hi: { text: (v) => `${fs(v.s)[1]} (M = ${fs(v.s)[4]} g mol⁻¹) ${fs(v.s)[2]} K पर जमता है, $\\Delta_{fus}H = ${fs(v.s)[3]}$ kJ mol⁻¹। ${v.w === 0 ? 'इसका मोलल हिमांक अवनमन स्थिरांक $K_f$ K kg mol⁻¹ में ज्ञात कीजिए' : `${v.W} g में एक अवाष्पशील अविद्युत-अपघट्य (M = ${v.M} g mol⁻¹) के ${v.m} g घोलने पर इसके हिमांक का अवनमन (K में) ज्ञात कीजिए`} ($R = 8.314$ J K⁻¹ mol⁻¹)।`, solution: (v) => `$K_f = \\frac{RT_f^2 M_{solvent}}{\\Delta_{fus}H} = \\frac{8.314 \\times ${fs(v.s)[2]}^2 \\times ${fs(v.s)[4] / 1000}}{${fs(v.s)[3] * 1000}} = ${kf(v.s).toFixed(3)}$ K kg mol⁻¹${v.w === 1 ? `; $\\Delta T_f = K_f \\times \\frac{${v.m}/${v.M}}{${v.W / 1000}}$` : ''}।` },
    result: [0.03, 40] }),
  formula({ id: 'c.sol.degree-of-dissociation', subject: C, concepts: ['C.SOL.VANTHOFF', 'C.SOL.COLLIG'], difficulty: 3,
    vars: { s: range(0, SALT_IONS.length - 1), m: [0.02, 0.05, 0.1, 0.2], a: [60, 70, 75, 80, 85, 90, 95] },
    text: (v) => `A ${v.m} molal aqueous solution of $\\mathrm{${salt(v.s)[0]}}$ freezes ${dissocDrop(v).toFixed(3)} K below pure water ($K_f = 1.86$ K kg mol⁻¹). Find the degree of dissociation of the salt, in %.`, unit: '%',
    answer: alphaPct,
    // (i − 1) divided by the number of ions instead of ions − 1, i − 1 read directly as α, and the undissociated share.
    mistakes: (v) => [((vantI(v) - 1) / salt(v.s)[1]) * 100, (vantI(v) - 1) * 100, 100 - alphaPct(v), (vantI(v) / salt(v.s)[1]) * 100].filter((x) => x > 0 && x <= 100),
    sig: 4,
    solution: (v) => `$i = \\frac{\\Delta T_f}{K_f m} = \\frac{${dissocDrop(v)}}{1.86 \\times ${v.m}} = ${vantI(v).toFixed(4)}$; one formula unit gives ${salt(v.s)[1]} ions, so $i = 1 + \\alpha(${salt(v.s)[1]} - 1)$ and $\\alpha = \\frac{i - 1}{${salt(v.s)[1] - 1}}$.`,
    hi: { text: (v) => `$\\mathrm{${salt(v.s)[0]}}$ का ${v.m} मोलल जलीय विलयन शुद्ध जल से ${dissocDrop(v).toFixed(3)} K नीचे जमता है ($K_f = 1.86$ K kg mol⁻¹)। लवण की वियोजन मात्रा % में ज्ञात कीजिए।`, solution: (v) => `$i = \\frac{\\Delta T_f}{K_f m} = \\frac{${dissocDrop(v)}}{1.86 \\times ${v.m}} = ${vantI(v).toFixed(4)}$; एक सूत्र इकाई ${salt(v.s)[1]} आयन देती है, अतः $i = 1 + \\alpha(${salt(v.s)[1]} - 1)$ और $\\alpha = \\frac{i - 1}{${salt(v.s)[1] - 1}}$।` },
    result: [40, 100] }),
  {
    id: 'c.sol.colligative-comparison', subject: C, concepts: ['C.SOL.VANTHOFF', 'C.SOL.COLLIG'], difficulty: 2,
    build(rng) {
      const w = rng.int(0, COLLIG_ASK.length - 1);
      const [ask, askHi, sign] = COLLIG_ASK[w]!;
      let picks: [number, number][] = [];
      const score = ([s, m]: [number, number]) => SOLUTES[s]![2] * MOLALITIES[m]!;
      // Four solutions whose i × m are all different, so exactly one is the extreme.
      while (picks.length < 4) {
        const cand: [number, number] = [rng.int(0, SOLUTES.length - 1), rng.int(0, MOLALITIES.length - 1)];
        if (!picks.some((p) => Math.abs(score(p) - score(cand)) < 1e-12)) picks.push(cand);
      }
      picks = picks.slice(0, 4);
      const best = [...picks].sort((a, b) => sign * (score(b) - score(a)))[0]!;
      const label = ([s, m]: [number, number], hi: boolean) => `${MOLALITIES[m]} m ${hi ? SOLUTES[s]![1] : SOLUTES[s]![0]}`;
      const rest = picks.filter((p) => p !== best);
      return choice({
        params: { w, ...Object.fromEntries(picks.flatMap(([s, m], k) => [[`s${k}`, s], [`m${k}`, m]])) },
        text: `Assuming complete dissociation of electrolytes, which aqueous solution has ${ask}?`,
        correct: label(best, false),
        distractors: rest.map((p) => label(p, false)),
        solution: `Colligative effects go as $i \\times m$: ${picks.map((p) => `${label(p, false)}: ${Number(score(p).toFixed(3))}`).join('; ')}. ${sign > 0 ? 'The largest' : 'The smallest'} $i m$ answers.`,
        hi: { text: `विद्युत-अपघट्यों का पूर्ण वियोजन मानते हुए, किस जलीय विलयन का ${askHi} है?`, solution: `अणुसंख्य गुणधर्म $i \\times m$ के अनुपाती हैं: ${picks.map((p) => `${label(p, true)}: ${Number(score(p).toFixed(3))}`).join('; ')}। ${sign > 0 ? 'सबसे बड़ा' : 'सबसे छोटा'} $i m$ उत्तर है।`, correct: label(best, true), distractors: rest.map((p) => label(p, true)) },
      });
    },
  },
];

/** Thermodynamics, solutions, equilibria, redox and electrochemistry: further question shapes. */
export const chemDepthPhysicalDGenerators: GeneratorDef[] = [...thermoSolutionGenerators, ...chemDepthPhysicalEqGenerators];
