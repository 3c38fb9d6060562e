import { AB_SOLIDS, AQUEOUS_TENSION, CUBIC_METALS, D_SPECIES, ELECTRON_SPECIES, H_LIKE, PARTICLES, SERIES, TRANSITIONS, WORK_FUNCTIONS, CHO_COMPOUNDS, DENSE_SOLUTIONS, GASES, HYDRATES, ISOTOPES, LIQUIDS, O2_SOURCES, OXIDE_METALS, OXIDES, VDW } from './chem-data-physical.ts';
import { formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const NA = 6.022;
const r3 = (x: number) => Number(x.toFixed(3));
const pos = (xs: number[]) => xs.filter((x) => Number.isFinite(x) && x > 0);
const pct = (xs: number[]) => xs.filter((x) => x > 0 && x <= 100);

const iso = (e: number) => ISOTOPES[e]!;
/** Abundance (%) of the heavier isotope (w = 0) or the lighter one (w = 1). */
const heavyPct = (e: number, m1: number = iso(e)[1], m2: number = iso(e)[2]) => ((iso(e)[3] - m1) / (m2 - m1)) * 100;
const abundance = (v: { e: number; w: number }) => (v.w === 0 ? heavyPct(v.e) : 100 - heavyPct(v.e));
const isoName = (v: { e: number; w: number }, hi: boolean) => `${v.w === 0 ? (hi ? 'भारी' : 'heavier') : hi ? 'हल्के' : 'lighter'}`;

const liq = (l: number) => LIQUIDS[l]!;
/** Molecules in V mL of the liquid, in units of 10²². */
const liquidMolecules = (v: { l: number; V: number }) => ((v.V * liq(v.l)[4]) / liq(v.l)[3]) * NA * 10;

const cho = (i: number) => CHO_COMPOUNDS[i]!;
const choMass = (i: number) => 12 * cho(i)[2] + cho(i)[3] + 16 * cho(i)[4];
const choPct = (i: number, el: 0 | 1) => Number((((el === 0 ? 12 * cho(i)[2] : cho(i)[3]) / choMass(i)) * 100).toFixed(2));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const choAtoms = (i: number, w: number) => (w === 0 ? cho(i)[2] : w === 1 ? cho(i)[3] : cho(i)[2] + cho(i)[3] + cho(i)[4]);
const choAsked = (w: number, hi: boolean) => [hi ? 'कितने कार्बन परमाणु' : 'carbon atoms', hi ? 'कितने हाइड्रोजन परमाणु' : 'hydrogen atoms', hi ? 'कुल कितने परमाणु' : 'atoms in total'][w]!;
/** Named slips: the empirical formula's count, the other element's count, the moles per 100 g rounded. */
function choMistakes(v: { i: number; w: number }): number[] {
  const [, , c, h, o] = cho(v.i);
  const g = gcd(gcd(c, h), o || c);
  const out = [choAtoms(v.i, v.w) / g, v.w === 0 ? h : c, Math.round(v.w === 1 ? choPct(v.i, 1) : choPct(v.i, 0) / 12)];
  return out.filter((x) => Number.isInteger(x) && x > 0);
}
const choText = (i: number) => `${choPct(i, 0)} % carbon, ${choPct(i, 1)} % hydrogen${cho(i)[4] > 0 ? ' and the rest oxygen' : ' and nothing else'}`;
const choTextHi = (i: number) => `${choPct(i, 0)} % कार्बन, ${choPct(i, 1)} % हाइड्रोजन${cho(i)[4] > 0 ? ' और शेष ऑक्सीजन' : ' और कुछ नहीं'}`;

const hyd = (s: number) => HYDRATES[s]!;
/** Residue (g, to 3 decimals) left by m g of the hydrate heated to constant mass. */
export const hydrateResidue = (v: { s: number; m: number }) => r3((v.m * hyd(v.s)[1]) / (hyd(v.s)[1] + 18 * hyd(v.s)[2]));
const waterRatio = (v: { s: number; m: number }, water = 18, anhydrous = hydrateResidue(v)) => (v.m - hydrateResidue(v)) / water / (anhydrous / hyd(v.s)[1]);

const src = (s: number) => O2_SOURCES[s]!;
const oxd = (o: number) => OXIDES[o]!;
type Seq = { s: number; o: number; m: number; y: number };
const seqMass = (v: Seq, srcRatio: number = src(v.s)[2], oxRatio: number = oxd(v.o)[2], yieldF = v.y / 100) => (v.m / src(v.s)[1]) * srcRatio * yieldF * oxRatio * oxd(v.o)[1];

const sol = (i: number) => DENSE_SOLUTIONS[i]!;
const solMolality = (i: number) => (1000 * sol(i)[2]) / (1000 * sol(i)[3] - sol(i)[2] * sol(i)[1]);
const solPct = (i: number) => (sol(i)[2] * sol(i)[1]) / (10 * sol(i)[3]);
const solAnswer = (v: { i: number; w: number }) => (v.w === 0 ? solMolality(v.i) : solPct(v.i));

type Mix = { V1: number; M1: number; V2: number; M2: number; Vt: number };
const mixH = (v: Mix) => ((v.V1 * v.M1 + 2 * v.V2 * v.M2) / v.Vt) * 1000;

const om = (i: number) => OXIDE_METALS[i]!;
/** Oxide mass (g, to 3 decimals) from m g of the metal. */
export const oxideMass = (v: { i: number; m: number }) => r3(v.m + (v.m * 8 * om(v.i)[2]) / om(v.i)[1]);
const eqMass = (v: { i: number; m: number }) => (8 * v.m) / (oxideMass(v) - v.m);

const gas = (g: number) => GASES[g]!;
type Dens = { g: number; t: number; P: number };
const density = (v: Dens) => (v.P * gas(v.g)[1]) / (8.314 * (v.t + 273));

type Wet = { g: number; V: number; t: number; P: number };
const tension = (t: number) => AQUEOUS_TENSION[t]!;
const WET_GASES = ['H_2', 'O_2', 'N_2'] as const;
const dryStp = (v: Wet, p: number = tension(v.t)[1], T: number = 273 + tension(v.t)[0]) => (v.V * (v.P - p) * 273) / (760 * T);

const vdw = (g: number) => VDW[g]!;
const R_BAR = 0.08314;
const tc = (g: number) => (8 * vdw(g)[1]) / (27 * R_BAR * vdw(g)[2]);
const pc = (g: number) => vdw(g)[1] / (27 * vdw(g)[2] ** 2);
const critical = (v: { g: number; w: number }) => (v.w === 0 ? tc(v.g) : v.w === 1 ? pc(v.g) : 3000 * vdw(v.g)[2]);
const CRIT_NAME = ['critical temperature (in K)', 'critical pressure (in bar)', 'critical molar volume (in mL mol⁻¹)'] as const;
const CRIT_HI = ['क्रांतिक ताप (K में)', 'क्रांतिक दाब (bar में)', 'क्रांतिक मोलर आयतन (mL mol⁻¹ में)'] as const;
function critMistakes(v: { g: number; w: number }): number[] {
  const [, a, b] = vdw(v.g);
  if (v.w === 0) return [(27 * a) / (8 * R_BAR * b), a / (R_BAR * b), tc(v.g) / 100];
  if (v.w === 1) return [a / (27 * b), a / b ** 2 / 9, pc(v.g) * 3];
  return [1000 * b, 2000 * b, 4000 * b];
}
const BOYLE_T = [100, 200, 273, 300, 400, 500, 700, 1000] as const;

/** Mole concept, formulae, stoichiometry, concentration, equivalents and gases: further shapes. */
const basicGasGenerators: GeneratorDef[] = [
  formula({ id: 'c.basic.isotope-abundance', subject: C, concepts: ['C.BASIC.MOLE'], difficulty: 2,
    vars: { e: range(0, ISOTOPES.length - 1), w: range(0, 1) },
    text: (v) => `Naturally occurring ${iso(v.e)[0]} consists of two isotopes of masses ${iso(v.e)[1]} u and ${iso(v.e)[2]} u; its standard atomic mass is ${iso(v.e)[3]} u. Find the percentage abundance of the ${isoName(v, false)} isotope.`, unit: '%',
    answer: abundance,
    // The other isotope's share, mass numbers used in place of isotopic masses, the mass difference taken over the heavier mass.
    mistakes: (v) => pct([100 - abundance(v), v.w === 0 ? heavyPct(v.e, Math.round(iso(v.e)[1]), Math.round(iso(v.e)[2])) : 100 - heavyPct(v.e, Math.round(iso(v.e)[1]), Math.round(iso(v.e)[2])), ((iso(v.e)[3] - iso(v.e)[1]) / iso(v.e)[2]) * 100]),
    solution: (v) => `Let $x$ be the fraction of the heavier isotope: $${iso(v.e)[2]}x + ${iso(v.e)[1]}(1 - x) = ${iso(v.e)[3]}$, so $x = \\frac{${iso(v.e)[3]} - ${iso(v.e)[1]}}{${iso(v.e)[2]} - ${iso(v.e)[1]}}$${v.w === 1 ? ' and the lighter isotope is $1 - x$' : ''}.`,
    hi: { text: (v) => `प्राकृतिक ${iso(v.e)[0]} में ${iso(v.e)[1]} u और ${iso(v.e)[2]} u द्रव्यमान के दो समस्थानिक हैं; इसका मानक परमाणु द्रव्यमान ${iso(v.e)[3]} u है। ${isoName(v, true)} समस्थानिक की प्रतिशत प्रचुरता ज्ञात कीजिए।`, solution: (v) => `माना भारी समस्थानिक का अंश $x$ है: $${iso(v.e)[2]}x + ${iso(v.e)[1]}(1 - x) = ${iso(v.e)[3]}$, अतः $x = \\frac{${iso(v.e)[3]} - ${iso(v.e)[1]}}{${iso(v.e)[2]} - ${iso(v.e)[1]}}$${v.w === 1 ? ' और हल्का समस्थानिक $1 - x$ है' : ''}।` },
    result: [0.1, 100] }),
  formula({ id: 'c.basic.liquid-molecules', subject: C, concepts: ['C.BASIC.MOLE', 'C.BASIC.CONC'], difficulty: 2,
    vars: { l: range(0, LIQUIDS.length - 1), V: [1, 2, 5, 10, 18, 20, 25, 50] },
    text: (v) => `How many molecules (in units of $10^{22}$) are there in ${v.V} mL of ${liq(v.l)[0]}, $\\mathrm{${liq(v.l)[2]}}$ (density ${liq(v.l)[4]} g mL⁻¹, molar mass ${liq(v.l)[3]} g mol⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹)?`, unit: '',
    answer: liquidMolecules,
    // Volume used as mass (density ignored), the answer in units of 10²³, and 10²¹.
    mistakes: (v) => [liquidMolecules(v) / liq(v.l)[4], liquidMolecules(v) / 10, liquidMolecules(v) * 10],
    solution: (v) => `Mass $= ${v.V} \\times ${liq(v.l)[4]}$ g; moles $= \\frac{\\text{mass}}{${liq(v.l)[3]}}$; molecules $= \\text{moles} \\times 6.022 \\times 10^{23}$, i.e. that number divided by $10^{22}$.`,
    hi: { text: (v) => `${v.V} mL ${liq(v.l)[1]}, $\\mathrm{${liq(v.l)[2]}}$ (घनत्व ${liq(v.l)[4]} g mL⁻¹, मोलर द्रव्यमान ${liq(v.l)[3]} g mol⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹) में कितने अणु ($10^{22}$ के मात्रकों में) हैं?`, solution: (v) => `द्रव्यमान $= ${v.V} \\times ${liq(v.l)[4]}$ g; मोल $= \\frac{\\text{द्रव्यमान}}{${liq(v.l)[3]}}$; अणु $= \\text{मोल} \\times 6.022 \\times 10^{23}$, अर्थात उस संख्या को $10^{22}$ से भाग।` },
    result: [0.3, 200] }),
  formula({ id: 'c.basic.molecular-formula-atoms', subject: C, concepts: ['C.BASIC.FORMULA', 'C.BASIC.MOLE'], difficulty: 3,
    vars: { i: range(0, CHO_COMPOUNDS.length - 1), w: range(0, 2) },
    text: (v) => `A compound of molar mass ${choMass(v.i)} g mol⁻¹ contains by mass ${choText(v.i)} (C = 12, H = 1, O = 16). How many ${choAsked(v.w, false)} are there in one molecule?`, unit: '',
    answer: (v) => choAtoms(v.i, v.w),
    mistakes: choMistakes,
    solution: (v) => `Per 100 g: C $\\frac{${choPct(v.i, 0)}}{12}$, H $\\frac{${choPct(v.i, 1)}}{1}$${cho(v.i)[4] > 0 ? `, O $\\frac{${Number((100 - choPct(v.i, 0) - choPct(v.i, 1)).toFixed(2))}}{16}$` : ''} mol; the simplest whole-number ratio gives the empirical formula, and $n = \\frac{${choMass(v.i)}}{\\text{empirical formula mass}}$ scales it to $\\mathrm{C_{${cho(v.i)[2]}}H_{${cho(v.i)[3]}}${cho(v.i)[4] > 0 ? `O_{${cho(v.i)[4]}}` : ''}}$.`,
    hi: { text: (v) => `मोलर द्रव्यमान ${choMass(v.i)} g mol⁻¹ वाले एक यौगिक में द्रव्यमान से ${choTextHi(v.i)} है (C = 12, H = 1, O = 16)। एक अणु में ${choAsked(v.w, true)} हैं?`, solution: (v) => `प्रति 100 g: C $\\frac{${choPct(v.i, 0)}}{12}$, H $\\frac{${choPct(v.i, 1)}}{1}$${cho(v.i)[4] > 0 ? `, O $\\frac{${Number((100 - choPct(v.i, 0) - choPct(v.i, 1)).toFixed(2))}}{16}$` : ''} मोल; सरलतम पूर्णांक अनुपात मूलानुपाती सूत्र देता है, और $n = \\frac{${choMass(v.i)}}{\\text{मूलानुपाती सूत्र द्रव्यमान}}$ से अणुसूत्र $\\mathrm{C_{${cho(v.i)[2]}}H_{${cho(v.i)[3]}}${cho(v.i)[4] > 0 ? `O_{${cho(v.i)[4]}}` : ''}}$ मिलता है।` },
    result: [1, 30] }),
  formula({ id: 'c.basic.hydrate-water', subject: C, concepts: ['C.BASIC.FORMULA', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { s: range(0, HYDRATES.length - 1), m: [1, 2, 2.5, 5, 10] },
    text: (v) => `${v.m} g of the hydrate $\\mathrm{${hyd(v.s)[0]}\\cdot xH_2O}$ is heated to constant mass, leaving ${hydrateResidue(v).toFixed(3)} g of anhydrous $\\mathrm{${hyd(v.s)[0]}}$ (M = ${hyd(v.s)[1]} g mol⁻¹, $\\mathrm{H_2O}$ = 18 g mol⁻¹). Find $x$.`, unit: '',
    answer: (v) => Math.round(waterRatio(v)),
    // Hydrate mass used for the salt's moles, water taken as 16 g mol⁻¹ (O only), and the two masses swapped.
    mistakes: (v) => pos([Math.round(waterRatio(v, 18, v.m)), Math.round(waterRatio(v, 16)), Math.round((hydrateResidue(v) / 18) / ((v.m - hydrateResidue(v)) / hyd(v.s)[1]))]),
    solution: (v) => `Water lost $= ${v.m} - ${hydrateResidue(v).toFixed(3)}$ g, i.e. $\\frac{${r3(v.m - hydrateResidue(v))}}{18}$ mol; salt $= \\frac{${hydrateResidue(v).toFixed(3)}}{${hyd(v.s)[1]}}$ mol; $x$ is their ratio, ${waterRatio(v).toFixed(2)} ≈ ${Math.round(waterRatio(v))}.`,
    hi: { text: (v) => `${v.m} g हाइड्रेट $\\mathrm{${hyd(v.s)[0]}\\cdot xH_2O}$ को नियत द्रव्यमान तक गर्म करने पर ${hydrateResidue(v).toFixed(3)} g निर्जल $\\mathrm{${hyd(v.s)[0]}}$ (M = ${hyd(v.s)[1]} g mol⁻¹, $\\mathrm{H_2O}$ = 18 g mol⁻¹) शेष रहता है। $x$ (क्रिस्टलन जल के अणु) ज्ञात कीजिए।`, solution: (v) => `जल की हानि $= ${v.m} - ${hydrateResidue(v).toFixed(3)}$ g, अर्थात $\\frac{${r3(v.m - hydrateResidue(v))}}{18}$ मोल; लवण $= \\frac{${hydrateResidue(v).toFixed(3)}}{${hyd(v.s)[1]}}$ मोल; $x$ इनका अनुपात है, ${waterRatio(v).toFixed(2)} ≈ ${Math.round(waterRatio(v))}।` },
    result: [1, 12] }),
  formula({ id: 'c.basic.sequential-yield', subject: C, concepts: ['C.BASIC.STOICH', 'C.BASIC.MOLE'], difficulty: 4,
    vars: { s: range(0, O2_SOURCES.length - 1), o: range(0, OXIDES.length - 1), m: [5, 10, 12.25, 20, 24.5], y: [60, 70, 75, 80, 85, 90, 95] },
    text: (v) => `${v.m} g of $\\mathrm{${src(v.s)[0]}}$ is heated; only ${v.y} % of it decomposes by $\\mathrm{${src(v.s)[3]}}$. All the oxygen evolved is used to burn excess of the element in $\\mathrm{${oxd(v.o)[3]}}$. Find the mass (in g) of $\\mathrm{${oxd(v.o)[0]}}$ formed (molar masses: $\\mathrm{${src(v.s)[0]}}$ ${src(v.s)[1]}, $\\mathrm{${oxd(v.o)[0]}}$ ${oxd(v.o)[1]} g mol⁻¹).`, unit: 'g',
    answer: (v) => seqMass(v),
    // Yield ignored, 1 : 1 mole ratios read off the equations, O atoms counted as O₂ molecules.
    mistakes: (v) => [seqMass(v, src(v.s)[2], oxd(v.o)[2], 1), seqMass(v, 1), seqMass(v, src(v.s)[2], 1), seqMass(v, src(v.s)[2] * 2)],
    solution: (v) => `$n(\\mathrm{${src(v.s)[0]}})$ decomposed $= \\frac{${v.m}}{${src(v.s)[1]}} \\times ${v.y / 100}$; $n(\\mathrm{O_2}) = ${src(v.s)[2]} \\times$ that; $n(\\mathrm{${oxd(v.o)[0]}}) = ${Number(oxd(v.o)[2].toFixed(4))} \\times n(\\mathrm{O_2})$ from $\\mathrm{${oxd(v.o)[3]}}$; mass $= n \\times ${oxd(v.o)[1]}$.`,
    hi: { text: (v) => `${v.m} g $\\mathrm{${src(v.s)[0]}}$ को गर्म किया जाता है; इसका केवल ${v.y} % $\\mathrm{${src(v.s)[3]}}$ द्वारा विघटित होता है। निकली सारी ऑक्सीजन से तत्व के आधिक्य को $\\mathrm{${oxd(v.o)[3]}}$ के अनुसार जलाया जाता है। बने $\\mathrm{${oxd(v.o)[0]}}$ का द्रव्यमान (g में) ज्ञात कीजिए (मोलर द्रव्यमान: $\\mathrm{${src(v.s)[0]}}$ ${src(v.s)[1]}, $\\mathrm{${oxd(v.o)[0]}}$ ${oxd(v.o)[1]} g mol⁻¹)।`, solution: (v) => `विघटित $n(\\mathrm{${src(v.s)[0]}}) = \\frac{${v.m}}{${src(v.s)[1]}} \\times ${v.y / 100}$; $n(\\mathrm{O_2}) = ${src(v.s)[2]} \\times$ वह; $\\mathrm{${oxd(v.o)[3]}}$ से $n(\\mathrm{${oxd(v.o)[0]}}) = ${Number(oxd(v.o)[2].toFixed(4))} \\times n(\\mathrm{O_2})$; द्रव्यमान $= n \\times ${oxd(v.o)[1]}$।` },
    result: [0.2, 40] }),
  formula({ id: 'c.basic.molarity-to-molality', subject: C, concepts: ['C.BASIC.CONC'], difficulty: 3,
    vars: { i: range(0, DENSE_SOLUTIONS.length - 1), w: range(0, 1) },
    text: (v) => `An aqueous solution of $\\mathrm{${sol(v.i)[0]}}$ (molar mass ${sol(v.i)[1]} g mol⁻¹) is ${sol(v.i)[2]} M and has density ${sol(v.i)[3]} g mL⁻¹. Find its ${v.w === 0 ? 'molality (in mol kg⁻¹)' : 'mass percentage of solute (in %)'}.`, unit: '',
    answer: solAnswer,
    // Whole solution mass taken as solvent, density ignored (1 L = 1 kg of water), and the solvent mass for the percentage.
    mistakes: (v) => (v.w === 0 ? [sol(v.i)[2] / sol(v.i)[3], (1000 * sol(v.i)[2]) / (1000 - sol(v.i)[2] * sol(v.i)[1]), sol(v.i)[2]] : [(sol(v.i)[2] * sol(v.i)[1]) / 10, (100 * sol(v.i)[2] * sol(v.i)[1]) / (1000 * sol(v.i)[3] - sol(v.i)[2] * sol(v.i)[1])]).filter((x) => Math.abs(x - solAnswer(v)) > 1e-9),
    solution: (v) => `Take 1 L: mass $= ${sol(v.i)[3] * 1000}$ g, solute $= ${sol(v.i)[2]} \\times ${sol(v.i)[1]} = ${Number((sol(v.i)[2] * sol(v.i)[1]).toFixed(2))}$ g, water $= ${Number((sol(v.i)[3] * 1000 - sol(v.i)[2] * sol(v.i)[1]).toFixed(2))}$ g. ${v.w === 0 ? 'Molality = mol solute / kg water' : 'Mass % = solute / solution × 100'}.`,
    hi: { text: (v) => `$\\mathrm{${sol(v.i)[0]}}$ (मोलर द्रव्यमान ${sol(v.i)[1]} g mol⁻¹) का एक जलीय विलयन ${sol(v.i)[2]} M है और उसका घनत्व ${sol(v.i)[3]} g mL⁻¹ है। इसकी ${v.w === 0 ? 'मोललता (mol kg⁻¹ में)' : 'विलेय का द्रव्यमान प्रतिशत (% में)'} ज्ञात कीजिए।`, solution: (v) => `1 L लें: द्रव्यमान $= ${sol(v.i)[3] * 1000}$ g, विलेय $= ${sol(v.i)[2]} \\times ${sol(v.i)[1]} = ${Number((sol(v.i)[2] * sol(v.i)[1]).toFixed(2))}$ g, जल $= ${Number((sol(v.i)[3] * 1000 - sol(v.i)[2] * sol(v.i)[1]).toFixed(2))}$ g। ${v.w === 0 ? 'मोललता = विलेय के मोल / जल के kg' : 'द्रव्यमान % = विलेय / विलयन × 100'}।` },
    result: [0.5, 40] }),
  formula({ id: 'c.basic.acid-mixture-h', subject: C, concepts: ['C.BASIC.CONC', 'C.BASIC.EQUIV'], difficulty: 3,
    vars: { V1: [10, 20, 25, 50], M1: [0.1, 0.2, 0.5], V2: [10, 20, 25, 50], M2: [0.05, 0.1, 0.2], Vt: [100, 200, 250, 500] },
    text: (v) => `${v.V1} mL of ${v.M1} M HCl and ${v.V2} mL of ${v.M2} M $\\mathrm{H_2SO_4}$ are mixed and diluted with water to ${v.Vt} mL. Find $[\\mathrm{H^+}]$ in the final solution in mmol L⁻¹ (both acids fully ionised).`, unit: 'mmol/L',
    answer: mixH,
    // H₂SO₄ taken as monobasic, the water ignored (acid volumes only), molarities averaged.
    mistakes: (v) => [((v.V1 * v.M1 + v.V2 * v.M2) / v.Vt) * 1000, ((v.V1 * v.M1 + 2 * v.V2 * v.M2) / (v.V1 + v.V2)) * 1000, ((v.M1 + 2 * v.M2) / 2) * 1000],
    solution: (v) => `mmol $\\mathrm{H^+}$ $= ${v.V1} \\times ${v.M1} + 2 \\times ${v.V2} \\times ${v.M2}$ (H₂SO₄ gives two $\\mathrm{H^+}$); $[\\mathrm{H^+}] = \\frac{\\text{mmol}}{${v.Vt}\\ \\text{mL}}$ M, times 1000 for mmol L⁻¹.`,
    hi: { text: (v) => `${v.M1} M HCl के ${v.V1} mL और ${v.M2} M $\\mathrm{H_2SO_4}$ के ${v.V2} mL मिलाकर जल से ${v.Vt} mL तक तनु किए जाते हैं। अंतिम विलयन में $[\\mathrm{H^+}]$ mmol L⁻¹ में ज्ञात कीजिए (दोनों अम्ल पूर्णतः आयनित)।`, solution: (v) => `$\\mathrm{H^+}$ के mmol $= ${v.V1} \\times ${v.M1} + 2 \\times ${v.V2} \\times ${v.M2}$ (H₂SO₄ दो $\\mathrm{H^+}$ देता है); $[\\mathrm{H^+}] = \\frac{\\text{mmol}}{${v.Vt}\\ \\text{mL}}$ M, mmol L⁻¹ के लिए 1000 से गुणा।` },
    result: [3, 500] }),
  formula({ id: 'c.basic.metal-oxide-equivalent', subject: C, concepts: ['C.BASIC.EQUIV'], difficulty: 2,
    vars: { i: range(0, OXIDE_METALS.length - 1), m: [0.24, 0.5, 0.6, 1, 1.2, 1.5, 2] },
    text: (v) => `${v.m} g of ${om(v.i)[0]} burns completely in oxygen to give ${oxideMass(v).toFixed(3)} g of its oxide. Find the equivalent mass of ${om(v.i)[0]} (O = 16).`, unit: 'g/eq',
    answer: eqMass,
    // Equivalent mass of oxygen taken as 16, the oxide's mass put in the numerator, the molar mass (E × valency) reported.
    mistakes: (v) => [2 * eqMass(v), (8 * oxideMass(v)) / (oxideMass(v) - v.m), eqMass(v) * om(v.i)[2]],
    sig: 4,
    solution: (v) => `Oxygen combined $= ${oxideMass(v).toFixed(3)} - ${v.m}$ g. Equivalents of metal = equivalents of oxygen (equivalent mass 8): $E = \\frac{${v.m}}{${r3(oxideMass(v) - v.m)}} \\times 8$.`,
    hi: { text: (v) => `${v.m} g ${om(v.i)[0]} ऑक्सीजन में पूर्णतः जलकर अपने ऑक्साइड का ${oxideMass(v).toFixed(3)} g देता है। ${om(v.i)[0]} का तुल्यांकी द्रव्यमान ज्ञात कीजिए (O = 16)।`, solution: (v) => `संयुक्त ऑक्सीजन $= ${oxideMass(v).toFixed(3)} - ${v.m}$ g। धातु के तुल्यांक = ऑक्सीजन के तुल्यांक (तुल्यांकी द्रव्यमान 8): $E = \\frac{${v.m}}{${r3(oxideMass(v) - v.m)}} \\times 8$।` },
    result: [5, 40] }),
  formula({ id: 'c.gas.density-tp', subject: C, concepts: ['C.GAS.LAWS', 'C.BASIC.MOLE'], difficulty: 2,
    vars: { g: range(0, GASES.length - 1), t: [25, 27, 100, 127, 227, 327], P: [50, 100, 101.3, 200, 300, 500] },
    text: (v) => `Find the density (in g L⁻¹) of $\\mathrm{${gas(v.g)[0]}}$ (M = ${gas(v.g)[1]} g mol⁻¹) at ${v.t} °C and ${v.P} kPa, treating it as an ideal gas ($R = 8.314$ J K⁻¹ mol⁻¹).`, unit: 'g/L',
    answer: density,
    // Temperature left in °C, the STP molar volume used (M / 22.4), and 273 K used whatever the temperature.
    mistakes: (v) => [(v.P * gas(v.g)[1]) / (8.314 * v.t), gas(v.g)[1] / 22.4, (v.P * gas(v.g)[1]) / (8.314 * 273)],
    solution: (v) => `$\\rho = \\frac{PM}{RT} = \\frac{${v.P} \\times 10^{3}\\ \\text{Pa} \\times ${gas(v.g)[1]} \\times 10^{-3}\\ \\text{kg mol}^{-1}}{8.314 \\times ${v.t + 273}}$ kg m⁻³, and 1 kg m⁻³ = 1 g L⁻¹.`,
    hi: { text: (v) => `${v.t} °C और ${v.P} kPa पर $\\mathrm{${gas(v.g)[0]}}$ (M = ${gas(v.g)[1]} g mol⁻¹) का घनत्व (g L⁻¹ में) ज्ञात कीजिए, इसे आदर्श गैस मानते हुए ($R = 8.314$ J K⁻¹ mol⁻¹)।`, solution: (v) => `$\\rho = \\frac{PM}{RT} = \\frac{${v.P} \\times 10^{3}\\ \\text{Pa} \\times ${gas(v.g)[1]} \\times 10^{-3}\\ \\text{kg mol}^{-1}}{8.314 \\times ${v.t + 273}}$ kg m⁻³, और 1 kg m⁻³ = 1 g L⁻¹।` },
    result: [0.02, 15] }),
  formula({ id: 'c.gas.collected-over-water', subject: C, concepts: ['C.GAS.LAWS'], difficulty: 3,
    vars: { g: range(0, 2), V: [100, 150, 200, 250, 300, 500], t: range(0, AQUEOUS_TENSION.length - 1), P: [740, 750, 755, 760, 765, 770] },
    text: (v) => `${v.V} mL of $\\mathrm{${WET_GASES[v.g]}}$ is collected over water at ${tension(v.t)[0]} °C and a total pressure of ${v.P} mm Hg (aqueous tension ${tension(v.t)[1]} mm Hg). Find the volume (in mL) of the dry gas at STP (273 K, 760 mm Hg).`, unit: 'mL',
    answer: (v) => dryStp(v),
    // Aqueous tension not subtracted, the temperature not corrected, the tension added instead of subtracted.
    mistakes: (v) => [dryStp(v, 0), dryStp(v, tension(v.t)[1], 273), dryStp(v, -tension(v.t)[1])],
    solution: (v) => `Pressure of the dry gas $= ${v.P} - ${tension(v.t)[1]}$ mm Hg (Dalton's law). $V_{STP} = ${v.V} \\times \\frac{${Number((v.P - tension(v.t)[1]).toFixed(1))}}{760} \\times \\frac{273}{${273 + tension(v.t)[0]}}$ mL.`,
    hi: { text: (v) => `${tension(v.t)[0]} °C और ${v.P} mm Hg के कुल दाब पर जल के ऊपर $\\mathrm{${WET_GASES[v.g]}}$ का ${v.V} mL एकत्र किया जाता है (जलीय तनाव ${tension(v.t)[1]} mm Hg)। STP (273 K, 760 mm Hg) पर शुष्क गैस का आयतन (mL में) ज्ञात कीजिए।`, solution: (v) => `शुष्क गैस का दाब $= ${v.P} - ${tension(v.t)[1]}$ mm Hg (डाल्टन का नियम)। $V_{STP} = ${v.V} \\times \\frac{${Number((v.P - tension(v.t)[1]).toFixed(1))}}{760} \\times \\frac{273}{${273 + tension(v.t)[0]}}$ mL।` },
    result: [80, 500] }),
  formula({ id: 'c.gas.critical-constants', subject: C, concepts: ['C.GAS.REAL'], difficulty: 3,
    vars: { g: range(0, VDW.length - 1), w: range(0, 2) },
    text: (v) => `The van der Waals constants of $\\mathrm{${vdw(v.g)[0]}}$ are $a = ${vdw(v.g)[1]}$ L² bar mol⁻² and $b = ${vdw(v.g)[2]}$ L mol⁻¹. Find its ${CRIT_NAME[v.w]} ($R = 0.08314$ L bar K⁻¹ mol⁻¹).`, unit: '',
    answer: critical,
    mistakes: critMistakes,
    solution: (v) => `At the critical point the van der Waals isotherm has an inflection ($\\partial P/\\partial V = \\partial^2 P/\\partial V^2 = 0$): $V_c = 3b$, $T_c = \\frac{8a}{27Rb}$, $P_c = \\frac{a}{27b^2}$. ${['$T_c = \\frac{8 \\times ' + vdw(v.g)[1] + '}{27 \\times 0.08314 \\times ' + vdw(v.g)[2] + '}$ K', '$P_c = \\frac{' + vdw(v.g)[1] + '}{27 \\times ' + vdw(v.g)[2] + '^2}$ bar', '$V_c = 3 \\times ' + vdw(v.g)[2] + '$ L mol⁻¹'][v.w]}.`,
    hi: { text: (v) => `$\\mathrm{${vdw(v.g)[0]}}$ के वान्डर वाल्स स्थिरांक $a = ${vdw(v.g)[1]}$ L² bar mol⁻² और $b = ${vdw(v.g)[2]}$ L mol⁻¹ हैं। इसका ${CRIT_HI[v.w]} ज्ञात कीजिए ($R = 0.08314$ L bar K⁻¹ mol⁻¹)।`, solution: (v) => `क्रांतिक बिंदु पर वान्डर वाल्स समतापी में नति-परिवर्तन बिंदु होता है ($\\partial P/\\partial V = \\partial^2 P/\\partial V^2 = 0$): $V_c = 3b$, $T_c = \\frac{8a}{27Rb}$, $P_c = \\frac{a}{27b^2}$। ${['$T_c = \\frac{8 \\times ' + vdw(v.g)[1] + '}{27 \\times 0.08314 \\times ' + vdw(v.g)[2] + '}$ K', '$P_c = \\frac{' + vdw(v.g)[1] + '}{27 \\times ' + vdw(v.g)[2] + '^2}$ bar', '$V_c = 3 \\times ' + vdw(v.g)[2] + '$ L mol⁻¹'][v.w]}।` },
    result: [1, 800] }),
  {
    id: 'c.gas.real-gas-statements', subject: C, concepts: ['C.GAS.REAL', 'C.GAS.LAWS'], difficulty: 4,
    build(rng) {
      const g = rng.int(0, VDW.length - 1);
      // Only temperatures at which the substance is a gas at 1 bar (above its normal boiling point).
      const T = rng.pick(BOYLE_T.filter((t) => t > vdw(g)[3]));
      const s = rng.int(0, 1);
      const [name, a, b] = vdw(g);
      const boyle = a / (R_BAR * b);
      // At least one statement is true: the Boyle/critical ratio statement is put in its true form when the others are all false.
      const s2 = T >= boyle && T >= tc(g) && s === 1 ? 0 : rng.int(0, 1);
      const vc = s === 0 ? 3 * b : b;
      return multi({
        params: { g, T, s, s2 },
        text: `For $\\mathrm{${name}}$ the van der Waals constants are $a = ${a}$ L² bar mol⁻² and $b = ${b}$ L mol⁻¹ ($R = 0.08314$ L bar K⁻¹ mol⁻¹). Which statements are correct?`,
        options: [
          { text: `At ${T} K and low pressure its compressibility factor $Z$ is less than 1.`, correct: T < boyle },
          { text: `At ${T} K it can be liquefied by compression alone.`, correct: T < tc(g) },
          { text: `Its critical molar volume is $${Number(vc.toFixed(5))}$ L mol⁻¹.`, correct: s === 0 },
          { text: s2 === 0 ? 'Its Boyle temperature is $\\frac{27}{8}$ times its critical temperature.' : 'Its Boyle temperature equals its critical temperature.', correct: s2 === 0 },
        ],
        solution: `At low pressure $Z \\approx 1 + \\left(b - \\frac{a}{RT}\\right)\\frac{P}{RT}$, so $Z < 1$ below the Boyle temperature $T_B = \\frac{a}{Rb} = ${boyle.toFixed(1)}$ K. Liquefaction needs $T < T_c = \\frac{8a}{27Rb} = ${tc(g).toFixed(1)}$ K. $V_c = 3b = ${Number((3 * b).toFixed(5))}$ L mol⁻¹, and $T_B / T_c = \\frac{27}{8}$.`,
        hi: {
          text: `$\\mathrm{${name}}$ के वान्डर वाल्स स्थिरांक $a = ${a}$ L² bar mol⁻² और $b = ${b}$ L mol⁻¹ हैं ($R = 0.08314$ L bar K⁻¹ mol⁻¹)। कौन-से कथन सही हैं?`,
          solution: `निम्न दाब पर $Z \\approx 1 + \\left(b - \\frac{a}{RT}\\right)\\frac{P}{RT}$, अतः बॉयल ताप $T_B = \\frac{a}{Rb} = ${boyle.toFixed(1)}$ K से नीचे $Z < 1$। द्रवण के लिए $T < T_c = \\frac{8a}{27Rb} = ${tc(g).toFixed(1)}$ K आवश्यक है। $V_c = 3b = ${Number((3 * b).toFixed(5))}$ L mol⁻¹, और $T_B / T_c = \\frac{27}{8}$।`,
          options: [
            `${T} K और निम्न दाब पर इसका संपीड्यता गुणांक $Z$ 1 से कम है।`,
            `${T} K पर इसे केवल संपीडन द्वारा द्रवित किया जा सकता है।`,
            `इसका क्रांतिक मोलर आयतन $${Number(vc.toFixed(5))}$ L mol⁻¹ है।`,
            s2 === 0 ? 'इसका बॉयल ताप इसके क्रांतिक ताप का $\\frac{27}{8}$ गुना है।' : 'इसका बॉयल ताप इसके क्रांतिक ताप के बराबर है।',
          ],
        },
      });
    },
  },
];

const H = 6.626e-34;
const ME = 9.109e-31;
const QE = 1.602e-19;
const part = (p: number) => PARTICLES[p]!;
/** A measured constant as KaTeX: 1.673 × 10⁻²⁷. */
const sciTex = (x: number) => {
  const [m, e] = x.toExponential().split('e');
  return `${Number(m)} \\times 10^{${Number(e)}}`;
};
/** de Broglie wavelength (pm) of a particle accelerated from rest through V volts. */
const accelLambda = (v: { p: number; V: number }, charge: number = part(v.p)[3], two = 2) => (H / Math.sqrt(two * part(v.p)[2] * charge * QE * v.V)) * 1e12;
const uncertainV = (v: { p: number; x: number }, fourPi = 4 * Math.PI) => H / (fourPi * part(v.p)[2] * v.x * 1e-9);

const sp = (Z: number) => H_LIKE[Z - 1]!;
/** Energy (eV) between levels n1 < n2 of a hydrogen-like species; d = 0 means n2 = ∞. */
type Exc = { Z: number; n1: number; d: number };
const upper = (v: Exc) => (v.d === 0 ? Infinity : v.n1 + v.d);
const excite = (v: Exc, zPow = 2, nPow = 2) => 13.6 * v.Z ** zPow * (1 / v.n1 ** nPow - (v.d === 0 ? 0 : 1 / upper(v) ** nPow));
const upperText = (v: Exc) => (v.d === 0 ? '\\infty' : String(upper(v)));

type Orb = { Z: number; n: number; a: number };
const orbitLambda = (v: Orb, nPow = 1, zPow = 1, twoPi = 2 * Math.PI) => (twoPi * v.a * v.n ** nPow) / v.Z ** zPow;

const ser = (s: number) => SERIES[s]!;
type Line = { Z: number; s: number; w: number };
/** Wavelength (nm) of the first line (w = 0) or the series limit (w = 1), R = 1.097 × 10⁷ m⁻¹. */
const seriesLambda = (v: Line, z2 = v.Z ** 2, n1: number = ser(v.s)[2], w = v.w) => 1e9 / (1.097e7 * z2 * (1 / n1 ** 2 - (w === 1 ? 0 : 1 / (n1 + 1) ** 2)));

type Photo = { Z: number; t: number; m: number; w: number };
const tr = (t: number) => TRANSITIONS[t]!;
const photonE = (v: Photo, zPow = 2) => 13.6 * v.Z ** zPow * (1 / tr(v.t)[1] ** 2 - 1 / tr(v.t)[0] ** 2);
/** The metal: the seed's pick among those whose work function the photon exceeds by 0.2 eV or more. */
const metal = (v: Photo) => {
  const ok = WORK_FUNCTIONS.filter(([, phi]) => phi <= photonE(v) - 0.2);
  return ok[v.m % ok.length]!;
};
const keMax = (v: Photo) => photonE(v) - metal(v)[1];
const electronLambda = (ke: number, two = 2) => (H / Math.sqrt(two * ME * ke * QE)) * 1e12;
const photoAnswer = (v: Photo) => (v.w === 0 ? keMax(v) : electronLambda(keMax(v)));
function photoMistakes(v: Photo): number[] {
  const wrongZ = photonE(v, 1) - metal(v)[1];
  const plus = photonE(v) + metal(v)[1];
  if (v.w === 0) return pos([wrongZ, plus, photonE(v), 13.6 * v.Z ** 2 / tr(v.t)[1] ** 2 - metal(v)[1]]);
  return pos([electronLambda(photonE(v)), electronLambda(keMax(v), 1), wrongZ > 0 ? electronLambda(wrongZ) : -1, electronLambda(plus)]);
}

const L_LETTER = ['s', 'p', 'd', 'f'] as const;
const qnText = (n: number, l: number, m: number, s: number) => `$n = ${n},\\ l = ${l},\\ m_l = ${m},\\ m_s = ${s === 0 ? '0' : s > 0 ? '+\\frac12' : '-\\frac12'}$`;

const dsp = (i: number) => D_SPECIES[i]!;
/** Unpaired electrons of a first-row transition species; `dFirst` removes 3d before 4s (the named slip). */
function unpaired(i: number, dFirst = false): number {
  const [, Z, q] = dsp(i);
  let s4 = q === 0 ? (Z === 24 || Z === 29 ? 1 : 2) : 0;
  let d = Z - 18 - (q === 0 ? s4 : q);
  if (dFirst && q > 0) {
    s4 = 2;
    d = Z - 20 - q;
  }
  return Math.min(d, 10 - d) + (s4 === 1 ? 1 : 0);
}
const spinOnly = (k: number) => Math.sqrt(k * (k + 2));

const es = (i: number) => ELECTRON_SPECIES[i]!;

const cm = (i: number) => CUBIC_METALS[i]!;
const LATTICE_FACTOR: Record<string, number> = { sc: 1 / 2, bcc: Math.sqrt(3) / 4, fcc: Math.sqrt(2) / 4 };
const LATTICE_HI: Record<string, string> = { sc: 'सरल घनीय', bcc: 'अंतःकेंद्रित घनीय (bcc)', fcc: 'फलक-केंद्रित घनीय (fcc)' };
const LATTICE_EN: Record<string, string> = { sc: 'simple cubic', bcc: 'body-centred cubic (bcc)', fcc: 'face-centred cubic (fcc)' };
const metalRadius = (v: { i: number; w: number }, f = LATTICE_FACTOR[cm(v.i)[1]]!) => cm(v.i)[2] * f * (v.w === 0 ? 1 : 2);

const ab = (i: number) => AB_SOLIDS[i]!;
/** Rock salt (0) when r₊/r₋ < 0.732, else CsCl type (1). */
const structureOf = (i: number) => (ab(i)[3] / ab(i)[4] < 0.732 ? 0 : 1);
const edgeOf = (i: number, st = structureOf(i)) => (st === 0 ? 2 * (ab(i)[3] + ab(i)[4]) : (2 * (ab(i)[3] + ab(i)[4])) / Math.sqrt(3));
const densityOf = (i: number, st = structureOf(i), a = edgeOf(i, st)) => ((st === 0 ? 4 : 1) * ab(i)[5]) / (6.022e23 * (a * 1e-10) ** 3);
const abAnswer = (v: { i: number; w: number; u: number }) => (v.w === 0 ? densityOf(v.i) : edgeOf(v.i));
const radius = (r: number, u: number) => (u === 0 ? `${r} pm` : `${Number((r / 100).toFixed(2))} Å`);
const STRUCT = ['rock-salt (NaCl) type, Z = 4, $a = 2(r_+ + r_-)$', 'CsCl type, Z = 1, $\\sqrt3 a = 2(r_+ + r_-)$'] as const;
const STRUCT_HI = ['रॉक-साल्ट (NaCl) प्रकार, Z = 4, $a = 2(r_+ + r_-)$', 'CsCl प्रकार, Z = 1, $\\sqrt3 a = 2(r_+ + r_-)$'] as const;

const atomSolidGenerators: GeneratorDef[] = [
  formula({ id: 'c.atom.de-broglie-accelerated', subject: C, concepts: ['C.ATOM.DUAL'], difficulty: 2,
    vars: { p: range(0, 2), V: [10, 25, 50, 54, 100, 150, 200, 500, 1000, 2500, 5000, 10000] },
    text: (v) => `${part(v.p)[0][0]!.toUpperCase()}${part(v.p)[0].slice(1)} (mass $${sciTex(part(v.p)[2])}$ kg, charge ${part(v.p)[3] === 2 ? '$+2e$' : '$e$'} in magnitude) is accelerated from rest through a potential difference of ${v.V} V. Find its de Broglie wavelength in pm ($h = 6.626 \\times 10^{-34}$ J s, $e = 1.602 \\times 10^{-19}$ C).`, unit: 'pm',
    answer: (v) => accelLambda(v),
    // The α-particle's charge taken as e (or the factor 2 dropped), and the wavelength reported in Å as if pm.
    mistakes: (v) => [part(v.p)[3] === 2 ? accelLambda(v, 1) : accelLambda(v, 1, 1), accelLambda(v, part(v.p)[3], 1), accelLambda(v) / 100, accelLambda(v) * Math.sqrt(2) * 2],
    solution: (v) => `Kinetic energy $= qV$, so $p = \\sqrt{2mqV}$ and $\\lambda = \\frac{h}{\\sqrt{2mqV}} = \\frac{6.626 \\times 10^{-34}}{\\sqrt{2 \\times ${sciTex(part(v.p)[2])} \\times ${part(v.p)[3]} \\times 1.602 \\times 10^{-19} \\times ${v.V}}}$ m.`,
    hi: { text: (v) => `${part(v.p)[1]} (द्रव्यमान $${sciTex(part(v.p)[2])}$ kg, आवेश का परिमाण ${part(v.p)[3] === 2 ? '$+2e$' : '$e$'}) को विराम से ${v.V} V के विभवांतर द्वारा त्वरित किया जाता है। इसकी दे ब्रॉग्ली तरंगदैर्ध्य pm में ज्ञात कीजिए ($h = 6.626 \\times 10^{-34}$ J s, $e = 1.602 \\times 10^{-19}$ C)।`, solution: (v) => `गतिज ऊर्जा $= qV$, अतः $p = \\sqrt{2mqV}$ और $\\lambda = \\frac{h}{\\sqrt{2mqV}} = \\frac{6.626 \\times 10^{-34}}{\\sqrt{2 \\times ${sciTex(part(v.p)[2])} \\times ${part(v.p)[3]} \\times 1.602 \\times 10^{-19} \\times ${v.V}}}$ m।` },
    result: [0.05, 400] }),
  formula({ id: 'c.atom.uncertainty-velocity', subject: C, concepts: ['C.ATOM.DUAL'], difficulty: 3,
    vars: { p: range(0, 1), x: [0.05, 0.1, 0.15, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20] },
    text: (v) => `The position of ${part(v.p)[0]} (mass $${sciTex(part(v.p)[2])}$ kg) is known to within ${v.x} nm. Find the minimum uncertainty in its velocity (in m s⁻¹) from Heisenberg's principle $\\Delta x \\, \\Delta p \\ge \\frac{h}{4\\pi}$ ($h = 6.626 \\times 10^{-34}$ J s).`, unit: 'm/s',
    answer: (v) => uncertainV(v),
    // 4π dropped, 2π used (ħ for h/4π), and nm read as Å.
    mistakes: (v) => [uncertainV(v, 1), uncertainV(v, 2 * Math.PI), uncertainV(v) / 10, uncertainV(v) * 10],
    solution: (v) => `$\\Delta v = \\frac{h}{4\\pi m \\Delta x} = \\frac{6.626 \\times 10^{-34}}{4\\pi \\times ${sciTex(part(v.p)[2])} \\times ${v.x} \\times 10^{-9}}$ m s⁻¹.`,
    hi: { text: (v) => `${part(v.p)[1]} (द्रव्यमान $${sciTex(part(v.p)[2])}$ kg) की स्थिति ${v.x} nm के भीतर ज्ञात है। हाइज़ेनबर्ग के अनिश्चितता सिद्धांत $\\Delta x \\, \\Delta p \\ge \\frac{h}{4\\pi}$ से इसके वेग में न्यूनतम अनिश्चितता (m s⁻¹ में) ज्ञात कीजिए ($h = 6.626 \\times 10^{-34}$ J s)।`, solution: (v) => `$\\Delta v = \\frac{h}{4\\pi m \\Delta x} = \\frac{6.626 \\times 10^{-34}}{4\\pi \\times ${sciTex(part(v.p)[2])} \\times ${v.x} \\times 10^{-9}}$ m s⁻¹।` },
    result: [1, 2e6] }),
  formula({ id: 'c.atom.bohr-excitation-energy', subject: C, concepts: ['C.ATOM.BOHR'], difficulty: 2,
    vars: { Z: range(1, 4), n1: range(1, 3), d: range(0, 3) },
    text: (v) => `Using the Bohr model ($E_n = -13.6\\frac{Z^2}{n^2}$ eV), find the energy (in eV) needed to ${v.d === 0 ? `ionise $\\mathrm{${sp(v.Z)}}$ from its $n = ${v.n1}$ level` : `excite the electron of $\\mathrm{${sp(v.Z)}}$ from $n = ${v.n1}$ to $n = ${upper(v)}$`}.`, unit: 'eV',
    answer: (v) => excite(v),
    // Z not squared, 1/n instead of 1/n², and the lower level's whole binding energy.
    mistakes: (v) => [excite(v, 1), excite(v, 2, 1), 13.6 * v.Z ** 2 / v.n1 ** 2, excite(v, 0)].filter((x) => Math.abs(x - excite(v)) > 1e-9),
    solution: (v) => `$\\Delta E = 13.6 \\times ${v.Z}^2\\left(\\frac{1}{${v.n1}^2} - \\frac{1}{${upperText(v)}${v.d === 0 ? '' : '^2'}}\\right)$ eV.`,
    hi: { text: (v) => `बोर मॉडल ($E_n = -13.6\\frac{Z^2}{n^2}$ eV) का उपयोग करके, ${v.d === 0 ? `$\\mathrm{${sp(v.Z)}}$ को उसके $n = ${v.n1}$ स्तर से आयनित करने` : `$\\mathrm{${sp(v.Z)}}$ के इलेक्ट्रॉन को $n = ${v.n1}$ से $n = ${upper(v)}$ तक उत्तेजित करने`} के लिए आवश्यक ऊर्जा (eV में) ज्ञात कीजिए।`, solution: (v) => `$\\Delta E = 13.6 \\times ${v.Z}^2\\left(\\frac{1}{${v.n1}^2} - \\frac{1}{${upperText(v)}${v.d === 0 ? '' : '^2'}}\\right)$ eV।` },
    result: [0.5, 220] }),
  formula({ id: 'c.atom.bohr-orbit-de-broglie', subject: C, concepts: ['C.ATOM.BOHR', 'C.ATOM.DUAL'], difficulty: 3,
    vars: { Z: range(1, 4), n: range(1, 6), a: [52.9, 53] },
    text: (v) => `Find the de Broglie wavelength (in pm) of the electron in the $n = ${v.n}$ Bohr orbit of $\\mathrm{${sp(v.Z)}}$ ($a_0 = ${v.a}$ pm).`, unit: 'pm',
    answer: (v) => orbitLambda(v),
    // The whole circumference taken as one wavelength, 2π dropped, and Z² put in the radius.
    mistakes: (v) => [orbitLambda(v, 2), orbitLambda(v, 1, 1, 1), orbitLambda(v, 1, 2), orbitLambda(v, 1, 1, Math.PI)].filter((x) => Math.abs(x - orbitLambda(v)) > 1e-9),
    solution: (v) => `Bohr's condition $mvr = \\frac{nh}{2\\pi}$ means $n\\lambda = 2\\pi r_n$ with $\\lambda = \\frac{h}{mv}$; $r_n = ${v.a} \\times \\frac{${v.n}^2}{${v.Z}}$ pm, so $\\lambda = \\frac{2\\pi r_n}{${v.n}} = \\frac{2\\pi \\times ${v.a} \\times ${v.n}}{${v.Z}}$ pm.`,
    hi: { text: (v) => `$\\mathrm{${sp(v.Z)}}$ की $n = ${v.n}$ बोर कक्षा में इलेक्ट्रॉन की दे ब्रॉग्ली तरंगदैर्ध्य (pm में) ज्ञात कीजिए ($a_0 = ${v.a}$ pm)।`, solution: (v) => `बोर की शर्त $mvr = \\frac{nh}{2\\pi}$ का अर्थ है $n\\lambda = 2\\pi r_n$ जहाँ $\\lambda = \\frac{h}{mv}$; $r_n = ${v.a} \\times \\frac{${v.n}^2}{${v.Z}}$ pm, अतः $\\lambda = \\frac{2\\pi r_n}{${v.n}} = \\frac{2\\pi \\times ${v.a} \\times ${v.n}}{${v.Z}}$ pm।` },
    result: [80, 2000] }),
  formula({ id: 'c.atom.series-extreme-wavelength', subject: C, concepts: ['C.ATOM.SPECTRA', 'C.ATOM.BOHR'], difficulty: 3,
    vars: { Z: range(1, 3), s: range(0, SERIES.length - 1), w: range(0, 1) },
    text: (v) => `Find the ${v.w === 0 ? 'longest' : 'shortest'} wavelength (in nm) in the ${ser(v.s)[0]} series of $\\mathrm{${sp(v.Z)}}$ ($R_H = 1.097 \\times 10^{7}$ m⁻¹).`, unit: 'nm',
    answer: (v) => seriesLambda(v),
    // Z² left out, the other end of the series, and the next series' lower level.
    mistakes: (v) => [seriesLambda(v, 1), seriesLambda(v, v.Z ** 2, ser(v.s)[2], 1 - v.w), seriesLambda(v, v.Z), seriesLambda(v, v.Z ** 2, ser(v.s)[2] + 1)].filter((x) => Math.abs(x - seriesLambda(v)) > 1e-9),
    solution: (v) => `$\\frac1\\lambda = R_H Z^2\\left(\\frac{1}{${ser(v.s)[2]}^2} - \\frac{1}{n^2}\\right)$; the ${v.w === 0 ? `longest wavelength is the smallest gap, $n = ${ser(v.s)[2] + 1}$` : 'shortest wavelength is the series limit, $n = \\infty$'}, with $Z = ${v.Z}$.`,
    hi: { text: (v) => `$\\mathrm{${sp(v.Z)}}$ की ${ser(v.s)[1]} श्रेणी में ${v.w === 0 ? 'सबसे लंबी' : 'सबसे छोटी'} तरंगदैर्ध्य (nm में) ज्ञात कीजिए ($R_H = 1.097 \\times 10^{7}$ m⁻¹)।`, solution: (v) => `$\\frac1\\lambda = R_H Z^2\\left(\\frac{1}{${ser(v.s)[2]}^2} - \\frac{1}{n^2}\\right)$; ${v.w === 0 ? `सबसे लंबी तरंगदैर्ध्य सबसे छोटे अंतराल $n = ${ser(v.s)[2] + 1}$ के लिए है` : 'सबसे छोटी तरंगदैर्ध्य श्रेणी सीमा $n = \\infty$ है'}, जहाँ $Z = ${v.Z}$।` },
    result: [5, 5000] }),
  formula({ id: 'c.atom.emission-photoelectric', subject: C, concepts: ['C.ATOM.SPECTRA', 'C.ATOM.DUAL', 'C.ATOM.BOHR'], difficulty: 5,
    vars: { Z: range(1, 3), t: range(0, TRANSITIONS.length - 1), m: range(0, 9), w: range(0, 1) },
    text: (v) => `Photons emitted by $\\mathrm{${sp(v.Z)}}$ ions in the transition $n = ${tr(v.t)[0]} \\to n = ${tr(v.t)[1]}$ ($E_n = -13.6\\frac{Z^2}{n^2}$ eV) fall on ${metal(v)[0]} (work function ${metal(v)[1]} eV). Find ${v.w === 0 ? 'the maximum kinetic energy of the photoelectrons (in eV)' : 'the de Broglie wavelength (in pm) of the fastest photoelectrons'}${v.w === 1 ? ' ($h = 6.626 \\times 10^{-34}$ J s, $m_e = 9.109 \\times 10^{-31}$ kg, $e = 1.602 \\times 10^{-19}$ C)' : ''}.`, unit: '',
    answer: photoAnswer,
    mistakes: photoMistakes,
    solution: (v) => `Photon energy $= 13.6 \\times ${v.Z}^2\\left(\\frac{1}{${tr(v.t)[1]}^2} - \\frac{1}{${tr(v.t)[0]}^2}\\right) = ${photonE(v).toFixed(3)}$ eV; $K_{max} = ${photonE(v).toFixed(3)} - ${metal(v)[1]} = ${keMax(v).toFixed(3)}$ eV${v.w === 1 ? `; $\\lambda = \\frac{h}{\\sqrt{2m_eK}}$ with $K$ in joules` : ''}.`,
    hi: { text: (v) => `$\\mathrm{${sp(v.Z)}}$ आयनों द्वारा संक्रमण $n = ${tr(v.t)[0]} \\to n = ${tr(v.t)[1]}$ ($E_n = -13.6\\frac{Z^2}{n^2}$ eV) में उत्सर्जित फ़ोटॉन ${metal(v)[0]} (कार्य फलन ${metal(v)[1]} eV) पर पड़ते हैं। ${v.w === 0 ? 'प्रकाशइलेक्ट्रॉनों की अधिकतम गतिज ऊर्जा (eV में)' : 'सबसे तीव्र प्रकाशइलेक्ट्रॉनों की दे ब्रॉग्ली तरंगदैर्ध्य (pm में)'} ज्ञात कीजिए${v.w === 1 ? ' ($h = 6.626 \\times 10^{-34}$ J s, $m_e = 9.109 \\times 10^{-31}$ kg, $e = 1.602 \\times 10^{-19}$ C)' : ''}।`, solution: (v) => `फ़ोटॉन ऊर्जा $= 13.6 \\times ${v.Z}^2\\left(\\frac{1}{${tr(v.t)[1]}^2} - \\frac{1}{${tr(v.t)[0]}^2}\\right) = ${photonE(v).toFixed(3)}$ eV; $K_{max} = ${photonE(v).toFixed(3)} - ${metal(v)[1]} = ${keMax(v).toFixed(3)}$ eV${v.w === 1 ? `; $\\lambda = \\frac{h}{\\sqrt{2m_eK}}$, $K$ जूल में` : ''}।` },
    result: [0.1, 2500] }),
  {
    id: 'c.atom.quantum-number-sets', subject: C, concepts: ['C.ATOM.QUANTUM'], difficulty: 3,
    build(rng) {
      const sets: [number, number, number, number][] = [];
      const seen = new Set<string>();
      while (sets.length < 4) {
        const n = rng.int(1, 4);
        const l = rng.int(0, n - 1);
        let m = rng.int(-l, l);
        let s = rng.pick([-1, 1]);
        let ll = l;
        // Half the sets break one rule: l ≥ n, |m_l| > l, or m_s = 0.
        const fault = rng.int(0, 5);
        if (fault === 0) ll = n + rng.int(0, 1);
        else if (fault === 1) m = l + 1;
        else if (fault === 2) s = 0;
        const key = `${n},${ll},${m},${s}`;
        if (!seen.has(key)) {
          seen.add(key);
          sets.push([n, ll, m, s]);
        }
      }
      const ok = (q: [number, number, number, number]) => q[1] < q[0] && Math.abs(q[2]) <= q[1] && q[3] !== 0;
      if (!sets.some(ok)) sets[0] = [2, 1, 0, 1];
      const params = Object.fromEntries(sets.flatMap((q, k) => [[`n${k}`, q[0]], [`l${k}`, q[1]], [`m${k}`, q[2]], [`s${k}`, q[3]]]));
      const texts = sets.map((q) => qnText(...q));
      return multi({
        params,
        text: 'Which of the following sets of quantum numbers $(n, l, m_l, m_s)$ are allowed for an electron in an atom?',
        options: sets.map((q, k) => ({ text: texts[k]!, correct: ok(q) })),
        solution: 'Allowed: $l = 0, 1, …, n - 1$; $m_l = -l, …, +l$; $m_s = \\pm\\frac12$ only. ' + sets.map((q, k) => `${texts[k]}: ${ok(q) ? 'allowed' : q[1] >= q[0] ? 'not allowed ($l \\ge n$)' : Math.abs(q[2]) > q[1] ? 'not allowed ($|m_l| > l$)' : 'not allowed ($m_s$ must be $\\pm\\frac12$)'}`).join('; ') + '.',
        hi: {
          text: 'किसी परमाणु में इलेक्ट्रॉन के लिए क्वांटम संख्याओं $(n, l, m_l, m_s)$ के निम्नलिखित में से कौन-से समुच्चय अनुमत हैं?',
          solution: 'अनुमत: $l = 0, 1, …, n - 1$; $m_l = -l, …, +l$; $m_s = \\pm\\frac12$ ही। ' + sets.map((q, k) => `${texts[k]}: ${ok(q) ? 'अनुमत' : q[1] >= q[0] ? 'अनुमत नहीं ($l \\ge n$)' : Math.abs(q[2]) > q[1] ? 'अनुमत नहीं ($|m_l| > l$)' : 'अनुमत नहीं ($m_s$ केवल $\\pm\\frac12$)'}`).join('; ') + '।',
          options: texts,
        },
      });
    },
  },
  {
    id: 'c.atom.orbital-from-nodes', subject: C, concepts: ['C.ATOM.QUANTUM'], difficulty: 2,
    build(rng) {
      const n = rng.int(1, 6);
      const l = rng.int(0, Math.min(3, n - 1));
      const w = rng.int(0, 1);
      const r = n - l - 1;
      const name = (nn: number, ll: number) => `${nn}${L_LETTER[ll]!}`;
      // Radial nodes taken as n − l (one too many or too few shells), radial and angular swapped, a neighbouring l.
      const cands: [number, number][] = [[n + 1, l], [n - 1, l], [n, r], [n, l + 1], [n, l - 1], [n + 1, l + 1], [n + 2, l]];
      const distractors = [...new Set(cands.filter(([nn, ll]) => nn >= 1 && ll >= 0 && ll <= 3 && ll < nn && !(nn === n && ll === l)).map(([nn, ll]) => name(nn, ll)))];
      const given = w === 0 ? `${r} radial node${r === 1 ? '' : 's'} and ${l} angular node${l === 1 ? '' : 's'}` : `${n - 1} node${n - 1 === 1 ? '' : 's'} in all, ${l} of them angular`;
      const givenHi = w === 0 ? `${r} त्रिज्य नोड और ${l} कोणीय नोड` : `कुल ${n - 1} नोड, जिनमें ${l} कोणीय`;
      return choice({
        params: { n, l, w },
        text: `An orbital of a hydrogen-like atom has ${given}. Which orbital is it?`,
        correct: name(n, l),
        distractors,
        solution: `Angular nodes $= l = ${l}$ and radial nodes $= n - l - 1 = ${r}$, so $n = ${n}$: the ${name(n, l)} orbital.`,
        hi: { text: `हाइड्रोजन-सदृश परमाणु के एक कक्षक में ${givenHi} हैं। यह कौन-सा कक्षक है?`, solution: `कोणीय नोड $= l = ${l}$ और त्रिज्य नोड $= n - l - 1 = ${r}$, अतः $n = ${n}$: ${name(n, l)} कक्षक।` },
      });
    },
  },
  formula({ id: 'c.atom.spin-only-moment', subject: C, concepts: ['C.ATOM.CONFIG', 'C.ATOM.QUANTUM'], difficulty: 3,
    vars: { i: range(0, D_SPECIES.length - 1) },
    text: (v) => `Find the spin-only magnetic moment (in BM) of a free gaseous ${dsp(v.i)[2] === 0 ? 'atom of' : 'ion'} $\\mathrm{${dsp(v.i)[0]}}$ ($Z = ${dsp(v.i)[1]}$) in its ground state.`, unit: 'BM',
    answer: (v) => spinOnly(unpaired(v.i)),
    // 3d emptied before 4s, the regular 4s² filling kept for Cr and Cu, one unpaired electron more or less, then the
    // other counts a first-row atom or ion can have (so every option is a moment some dⁿ species shows).
    mistakes: (v) => [unpaired(v.i, true), dsp(v.i)[1] === 24 ? 4 : dsp(v.i)[1] === 29 ? 1 : unpaired(v.i) + 1, unpaired(v.i) - 1, unpaired(v.i) + 2, unpaired(v.i) - 2, ...range(1, 6)].filter((k) => k >= 1 && k <= (dsp(v.i)[2] === 0 ? 6 : 5) && k !== unpaired(v.i)).map(spinOnly),
    solution: (v) => `${dsp(v.i)[2] === 0 ? 'The atom keeps its 4s electrons (Cr and Cu take 3d⁵4s¹ and 3d¹⁰4s¹)' : 'An ion loses its 4s electrons before 3d'}: ${unpaired(v.i)} unpaired electron(s) by Hund's rule; $\\mu = \\sqrt{n(n+2)} = \\sqrt{${unpaired(v.i)} \\times ${unpaired(v.i) + 2}}$ BM.`,
    hi: { text: (v) => `मूल अवस्था में मुक्त गैसीय ${dsp(v.i)[2] === 0 ? 'परमाणु' : 'आयन'} $\\mathrm{${dsp(v.i)[0]}}$ ($Z = ${dsp(v.i)[1]}$) का प्रचक्रण-मात्र चुंबकीय आघूर्ण (BM में) ज्ञात कीजिए।`, solution: (v) => `${dsp(v.i)[2] === 0 ? 'परमाणु में 4s इलेक्ट्रॉन रहते हैं (Cr और Cu: 3d⁵4s¹ और 3d¹⁰4s¹)' : 'आयन 3d से पहले 4s इलेक्ट्रॉन खोता है'}: हुंड के नियम से ${unpaired(v.i)} अयुग्मित इलेक्ट्रॉन; $\\mu = \\sqrt{n(n+2)} = \\sqrt{${unpaired(v.i)} \\times ${unpaired(v.i) + 2}}$ BM।` },
    result: [1.7, 7] }),
  {
    id: 'c.atom.isoelectronic-species', subject: C, concepts: ['C.ATOM.CONFIG'], difficulty: 2,
    build(rng) {
      const inSeries = ELECTRON_SPECIES.map((_, i) => i).filter((i) => ELECTRON_SPECIES.filter((s) => s[1] === es(i)[1]).length >= 3);
      const t = rng.pick(inSeries);
      const e = es(t)[1];
      const c = rng.pick(ELECTRON_SPECIES.map((_, i) => i).filter((i) => i !== t && es(i)[1] === e));
      // Near misses first (one or two electrons off: the charge added the wrong way), then other series.
      const others = rng.shuffle(ELECTRON_SPECIES.map((_, i) => i).filter((i) => es(i)[1] !== e)).sort((a, b) => Math.abs(es(a)[1] - e) - Math.abs(es(b)[1] - e));
      const [d1, d2, d3] = [others[0]!, others[1]!, others[rng.int(2, 6)]!];
      const tex = (i: number) => `$\\mathrm{${es(i)[0]}}$`;
      return choice({
        params: { t, c, d1, d2, d3 },
        text: `Which of the following is isoelectronic with ${tex(t)}?`,
        correct: tex(c),
        distractors: [tex(d1), tex(d2), tex(d3)],
        solution: `${tex(t)} has ${e} electrons; ${tex(c)} also has ${e}, while ${[d1, d2, d3].map((i) => `${tex(i)} has ${es(i)[1]}`).join(', ')}.`,
        hi: { text: `निम्नलिखित में से कौन ${tex(t)} के साथ समइलेक्ट्रॉनी है?`, solution: `${tex(t)} में ${e} इलेक्ट्रॉन हैं; ${tex(c)} में भी ${e} हैं, जबकि ${[d1, d2, d3].map((i) => `${tex(i)} में ${es(i)[1]}`).join(', ')}।` },
      });
    },
  },
  formula({ id: 'c.solid.radius-from-edge', subject: C, concepts: ['C.SOLID.STATE'], difficulty: 2,
    vars: { i: range(0, CUBIC_METALS.length - 1), w: range(0, 1) },
    text: (v) => `${cm(v.i)[0]} crystallises in a ${LATTICE_EN[cm(v.i)[1]]} lattice with edge length ${cm(v.i)[2]} pm. Find ${v.w === 0 ? 'its atomic radius' : 'the distance between nearest-neighbour atoms'} in pm.`, unit: 'pm',
    answer: (v) => metalRadius(v),
    // The relations of the other two cubic lattices.
    mistakes: (v) => Object.entries(LATTICE_FACTOR).filter(([k]) => k !== cm(v.i)[1]).map(([, f]) => metalRadius(v, f)).concat([metalRadius(v) / 2, metalRadius(v) * 2]),
    solution: (v) => `Atoms touch along the ${cm(v.i)[1] === 'sc' ? 'edge: $a = 2r$' : cm(v.i)[1] === 'bcc' ? 'body diagonal: $\\sqrt3 a = 4r$' : 'face diagonal: $\\sqrt2 a = 4r$'}; ${v.w === 0 ? '$r$' : 'the nearest-neighbour distance $2r$'} $= ${metalRadius(v).toFixed(1)}$ pm.`,
    hi: { text: (v) => `${cm(v.i)[0]} ${LATTICE_HI[cm(v.i)[1]]} जालक में क्रिस्टलित होता है जिसकी कोर लंबाई ${cm(v.i)[2]} pm है। ${v.w === 0 ? 'इसकी परमाणु त्रिज्या' : 'निकटतम पड़ोसी परमाणुओं के बीच की दूरी'} pm में ज्ञात कीजिए।`, solution: (v) => `परमाणु ${cm(v.i)[1] === 'sc' ? 'कोर के अनुदिश स्पर्श करते हैं: $a = 2r$' : cm(v.i)[1] === 'bcc' ? 'काय विकर्ण के अनुदिश स्पर्श करते हैं: $\\sqrt3 a = 4r$' : 'फलक विकर्ण के अनुदिश स्पर्श करते हैं: $\\sqrt2 a = 4r$'}; ${v.w === 0 ? '$r$' : 'निकटतम दूरी $2r$'} $= ${metalRadius(v).toFixed(1)}$ pm।` },
    result: [100, 500] }),
  formula({ id: 'c.solid.ionic-crystal-density', subject: C, concepts: ['C.SOLID.STATE', 'C.BASIC.MOLE'], difficulty: 4,
    vars: { i: range(0, AB_SOLIDS.length - 1), w: range(0, 1), u: range(0, 1) },
    text: (v) => `The ionic radii of $\\mathrm{${ab(v.i)[1]}}$ and $\\mathrm{${ab(v.i)[2]}}$ are ${radius(ab(v.i)[3], v.u)} and ${radius(ab(v.i)[4], v.u)}. Decide the structure of $\\mathrm{${ab(v.i)[0]}}$ from the radius ratio (rock-salt or CsCl type, ions in contact) and find ${v.w === 0 ? `its density in g cm⁻³ (M = ${ab(v.i)[5]} g mol⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹)` : 'the edge length of its unit cell in pm'}.`, unit: '',
    answer: abAnswer,
    // The other structure assumed, the edge taken as r₊ + r₋, and (rock salt) one formula unit per cell.
    mistakes: (v) => (v.w === 0 ? [densityOf(v.i, 1 - structureOf(v.i)), densityOf(v.i, structureOf(v.i), ab(v.i)[3] + ab(v.i)[4]), densityOf(v.i) / 4] : [edgeOf(v.i, 1 - structureOf(v.i)), ab(v.i)[3] + ab(v.i)[4], (ab(v.i)[3] + ab(v.i)[4]) * Math.sqrt(2)]).filter((x) => Math.abs(x - abAnswer(v)) > 1e-9),
    solution: (v) => `$r_+/r_- = ${(ab(v.i)[3] / ab(v.i)[4]).toFixed(3)}$ ${structureOf(v.i) === 0 ? '< 0.732: octahedral holes' : '> 0.732: cubic (eight-fold) holes'}, so ${STRUCT[structureOf(v.i)]}: $a = ${edgeOf(v.i).toFixed(1)}$ pm${v.w === 0 ? `; $\\rho = \\frac{Z M}{N_A a^3}$ with $a$ in cm` : ''}.`,
    hi: { text: (v) => `$\\mathrm{${ab(v.i)[1]}}$ और $\\mathrm{${ab(v.i)[2]}}$ की आयनिक त्रिज्याएँ ${radius(ab(v.i)[3], v.u)} और ${radius(ab(v.i)[4], v.u)} हैं। त्रिज्या अनुपात से $\\mathrm{${ab(v.i)[0]}}$ की संरचना (रॉक-साल्ट या CsCl प्रकार, आयन संपर्क में) तय कीजिए और ${v.w === 0 ? `इसका घनत्व g cm⁻³ में ज्ञात कीजिए (M = ${ab(v.i)[5]} g mol⁻¹, $N_A = 6.022 \\times 10^{23}$ mol⁻¹)` : 'इसकी एकक कोष्ठिका की कोर लंबाई pm में ज्ञात कीजिए'}।`, solution: (v) => `$r_+/r_- = ${(ab(v.i)[3] / ab(v.i)[4]).toFixed(3)}$ ${structureOf(v.i) === 0 ? '< 0.732: अष्टफलकीय रिक्तियाँ' : '> 0.732: घनीय (आठ-समन्वयी) रिक्तियाँ'}, अतः ${STRUCT_HI[structureOf(v.i)]}: $a = ${edgeOf(v.i).toFixed(1)}$ pm${v.w === 0 ? `; $\\rho = \\frac{Z M}{N_A a^3}$, $a$ cm में` : ''}।` },
    result: [1, 800] }),
];

/** Mole concept, gases, atomic structure and the solid state: further question shapes. */
export const chemDepthPhysicalCGenerators: GeneratorDef[] = [...basicGasGenerators, ...atomSolidGenerators];
