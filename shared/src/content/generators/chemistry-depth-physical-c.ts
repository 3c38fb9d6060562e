import { AQUEOUS_TENSION, CHO_COMPOUNDS, DENSE_SOLUTIONS, GASES, HYDRATES, ISOTOPES, LIQUIDS, O2_SOURCES, OXIDE_METALS, OXIDES, VDW } from './chem-data-physical.ts';
import { formula, range } from './formula.ts';
import { multi } from './spec.ts';
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
const choAsked = (w: number, hi: boolean) => [hi ? 'कार्बन परमाणुओं' : 'carbon atoms', hi ? 'हाइड्रोजन परमाणुओं' : 'hydrogen atoms', hi ? 'कुल परमाणुओं' : 'atoms in total'][w]!;
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
const seqMass = (v: Seq, srcRatio = src(v.s)[2], oxRatio = oxd(v.o)[2], yieldF = v.y / 100) => (v.m / src(v.s)[1]) * srcRatio * yieldF * oxRatio * oxd(v.o)[1];

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
const dryStp = (v: Wet, p = tension(v.t)[1], T = 273 + tension(v.t)[0]) => (v.V * (v.P - p) * 273) / (760 * T);

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
export const chemDepthPhysicalCGenerators: GeneratorDef[] = [
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
    hi: { text: (v) => `मोलर द्रव्यमान ${choMass(v.i)} g mol⁻¹ वाले एक यौगिक में द्रव्यमान से ${choTextHi(v.i)} है (C = 12, H = 1, O = 16)। एक अणु में कितने ${choAsked(v.w, true)} हैं?`, solution: (v) => `प्रति 100 g: C $\\frac{${choPct(v.i, 0)}}{12}$, H $\\frac{${choPct(v.i, 1)}}{1}$${cho(v.i)[4] > 0 ? `, O $\\frac{${Number((100 - choPct(v.i, 0) - choPct(v.i, 1)).toFixed(2))}}{16}$` : ''} मोल; सरलतम पूर्णांक अनुपात मूलानुपाती सूत्र देता है, और $n = \\frac{${choMass(v.i)}}{\\text{मूलानुपाती सूत्र द्रव्यमान}}$ से अणुसूत्र $\\mathrm{C_{${cho(v.i)[2]}}H_{${cho(v.i)[3]}}${cho(v.i)[4] > 0 ? `O_{${cho(v.i)[4]}}` : ''}}$ मिलता है।` },
    result: [1, 30] }),
  formula({ id: 'c.basic.hydrate-water', subject: C, concepts: ['C.BASIC.FORMULA', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { s: range(0, HYDRATES.length - 1), m: [1, 2, 2.5, 5, 10] },
    text: (v) => `${v.m} g of the hydrate $\\mathrm{${hyd(v.s)[0]}\\cdot xH_2O}$ is heated to constant mass, leaving ${hydrateResidue(v)} g of anhydrous $\\mathrm{${hyd(v.s)[0]}}$ (M = ${hyd(v.s)[1]} g mol⁻¹, $\\mathrm{H_2O}$ = 18 g mol⁻¹). Find $x$.`, unit: '',
    answer: (v) => Math.round(waterRatio(v)),
    // Hydrate mass used for the salt's moles, water taken as 16 g mol⁻¹ (O only), and the two masses swapped.
    mistakes: (v) => pos([Math.round(waterRatio(v, 18, v.m)), Math.round(waterRatio(v, 16)), Math.round((hydrateResidue(v) / 18) / ((v.m - hydrateResidue(v)) / hyd(v.s)[1]))]),
    solution: (v) => `Water lost $= ${v.m} - ${hydrateResidue(v)}$ g, i.e. $\\frac{${r3(v.m - hydrateResidue(v))}}{18}$ mol; salt $= \\frac{${hydrateResidue(v)}}{${hyd(v.s)[1]}}$ mol; $x$ is their ratio, ${waterRatio(v).toFixed(2)} ≈ ${Math.round(waterRatio(v))}.`,
    hi: { text: (v) => `${v.m} g हाइड्रेट $\\mathrm{${hyd(v.s)[0]}\\cdot xH_2O}$ को नियत द्रव्यमान तक गर्म करने पर ${hydrateResidue(v)} g निर्जल $\\mathrm{${hyd(v.s)[0]}}$ (M = ${hyd(v.s)[1]} g mol⁻¹, $\\mathrm{H_2O}$ = 18 g mol⁻¹) शेष रहता है। $x$ (क्रिस्टलन जल के अणु) ज्ञात कीजिए।`, solution: (v) => `जल की हानि $= ${v.m} - ${hydrateResidue(v)}$ g, अर्थात $\\frac{${r3(v.m - hydrateResidue(v))}}{18}$ मोल; लवण $= \\frac{${hydrateResidue(v)}}{${hyd(v.s)[1]}}$ मोल; $x$ इनका अनुपात है, ${waterRatio(v).toFixed(2)} ≈ ${Math.round(waterRatio(v))}।` },
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
    text: (v) => `${v.m} g of ${om(v.i)[0]} burns completely in oxygen to give ${oxideMass(v)} g of its oxide. Find the equivalent mass of ${om(v.i)[0]} (O = 16).`, unit: 'g/eq',
    answer: eqMass,
    // Equivalent mass of oxygen taken as 16, the oxide's mass put in the numerator, the molar mass (E × valency) reported.
    mistakes: (v) => [2 * eqMass(v), (8 * oxideMass(v)) / (oxideMass(v) - v.m), eqMass(v) * om(v.i)[2]],
    sig: 4,
    solution: (v) => `Oxygen combined $= ${oxideMass(v)} - ${v.m}$ g. Equivalents of metal = equivalents of oxygen (equivalent mass 8): $E = \\frac{${v.m}}{${r3(oxideMass(v) - v.m)}} \\times 8$.`,
    hi: { text: (v) => `${v.m} g ${om(v.i)[0]} ऑक्सीजन में पूर्णतः जलकर अपने ऑक्साइड का ${oxideMass(v)} g देता है। ${om(v.i)[0]} का तुल्यांकी द्रव्यमान ज्ञात कीजिए (O = 16)।`, solution: (v) => `संयुक्त ऑक्सीजन $= ${oxideMass(v)} - ${v.m}$ g। धातु के तुल्यांक = ऑक्सीजन के तुल्यांक (तुल्यांकी द्रव्यमान 8): $E = \\frac{${v.m}}{${r3(oxideMass(v) - v.m)}} \\times 8$।` },
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
      const T = rng.pick(BOYLE_T);
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
