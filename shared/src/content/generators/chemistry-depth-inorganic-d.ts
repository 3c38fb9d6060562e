import { percentMistakes, SPECIES, stericNumber, HYBRIDS } from './chem-data.ts';
import {
  ALLOYS, CHELATE_TYPES, GEOM, HALOGEN_ORDERS, HIGHEST_OX, HYDRATES, ISOMER_PAIRS, ISOMER_TYPES, LIG, LN_IONS, METALS, MOMENT_STATES, N_OXIDES, NAMED_COMPLEXES, OLD_NAMES, orderChoice,
  OXIDANTS_DB, REDUCTANTS_DB, SILICATES, spreadMistakes, TM_IONS, WERNER, XE_EQ, XENON_FLUORIDES,
} from './chem-data-inorganic.ts';
import { facts, formula, range } from './formula.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const sig = (x: number, d = 6) => Number(x.toPrecision(d));
/** mL of gas per mmol at STP, as the stems state it. */
const STP = 22.4;

/** H₂ (mL at STP, to 0.1 mL) from m g of alloy with p % of the first metal. */
export function alloyH2(v: { i: number; m: number; p: number }): number {
  const [[, M1, z1], [, M2, z2]] = ALLOYS[v.i]!;
  return Number(((STP * 1000 * ((v.m * v.p) / 100 / M1) * z1) / 2 + (STP * 1000 * ((v.m * (100 - v.p)) / 100 / M2) * z2) / 2).toFixed(1));
}
/** Composition back from the volume shown: linear in the fraction of the first metal. */
const alloyPct = (v: { i: number; m: number; p: number }) => {
  const [[, M1, z1], [, M2, z2]] = ALLOYS[v.i]!;
  const per1 = (STP * 1000 * z1) / (2 * M1);
  const per2 = (STP * 1000 * z2) / (2 * M2);
  return (100 * (alloyH2(v) / v.m - per2)) / (per1 - per2);
};

/** Anhydrous residue (g, to 3 decimals) the stem shows for m g of hydrate. */
export const anhydrous = (v: { i: number; m: number }) => { const [, M, x] = HYDRATES[v.i]!; return Number(((v.m * M) / (M + 18 * x)).toFixed(3)); };
const waterX = (v: { i: number; m: number }) => Math.round(((v.m - anhydrous(v)) / 18) / (anhydrous(v) / HYDRATES[v.i]![1]));

/** Borax (w = 0, 2 HCl per Na₂B₄O₇·10H₂O) or boric acid with glycerol (w = 1, monobasic) titres in mL. */
const boronTitre = (v: { w: number; m: number; c: number }) => (v.w === 0 ? ((v.m / 382) * 2 * 1000) / v.c : ((v.m / 61.8) * 1000) / v.c);

/** Al–Mg alloy: H₂ (mL at STP, 0.1 mL) from NaOH (Al only, w = 0) or from HCl (both, w = 1). */
export function alMgVolume(v: { w: number; m: number; p: number }): number {
  const al = (v.m * v.p) / 100 / 27;
  const mg = (v.m * (100 - v.p)) / 100 / 24;
  return Number((STP * 1000 * (1.5 * al + (v.w === 1 ? mg : 0))).toFixed(1));
}
const alPct = (v: { w: number; m: number; p: number }) => {
  const V = alMgVolume(v) / (STP * 1000);
  // NaOH: V = 1.5 x/27; HCl: V = 1.5 x/27 + (m − x)/24, x the mass of Al.
  const x = v.w === 0 ? (V * 27) / 1.5 : (V - v.m / 24) / (1.5 / 27 - 1 / 24);
  return (100 * x) / v.m;
};

const silO = (i: number) => { const [, , n, k] = SILICATES[i]!; return 4 * n - (n * k) / 2; };
const silValue = (v: { i: number; w: number }) => { const n = SILICATES[v.i]![2]; return v.w === 0 ? 2 * silO(v.i) - 4 * n : v.w === 1 ? silO(v.i) : (n * SILICATES[v.i]![3]) / 2; };
const SIL_ASK = [['the magnitude of the negative charge on', 'पर ऋण आवेश का परिमाण'], ['the number of O atoms in', 'में O परमाणुओं की संख्या'], ['the number of Si–O–Si (shared) oxygens in', 'में Si–O–Si (साझा) ऑक्सीजनों की संख्या']] as const;

/** Fullerene Cₙ with only pentagons and hexagons: w = 0 hexagons, 1 C–C bonds, 2 pentagons, 3 C=C in a Kekulé structure. */
const fullereneValue = (v: { n: number; w: number }) => [v.n / 2 - 10, (3 * v.n) / 2, 12, v.n / 2][v.w]!;
const FULL_ASK = [['hexagonal faces', 'षट्कोणीय फलक'], ['C–C bonds (σ)', 'C–C आबंध (σ)'], ['pentagonal faces', 'पंचकोणीय फलक'], ['C=C double bonds in one Kekulé structure', 'एक केकुले संरचना में C=C द्वि-आबंध']] as const;

const xeHydrolysis = (v: { j: number; w: number; m: number; c: number }) => {
  const [, M, hf, o2] = XENON_FLUORIDES[v.j]!;
  const mmol = (v.m * 1000) / M;
  return v.w === 0 ? (mmol * hf) / v.c : mmol * o2 * STP;
};

/** Xenon–fluorine reaction: n in XeFₙ, mmol of Xe that reacted. */
const xeF2Taken = (v: { n: number; r: number }) => (v.n * v.r) / 2;

export function nOxideStatements(v: Record<string, number>): { en: string; hi: string }[] {
  return [0, 1, 2, 3].map((k) => {
    const [f] = N_OXIDES[v[`o${k}`]!]!;
    const kind = v[`t${k}`]!;
    const shown = v[`s${k}`]!;
    if (kind === 0) return { en: `The oxidation state of N in $\\mathrm{${f}}$ is +${shown}.`, hi: `$\\mathrm{${f}}$ में N की ऑक्सीकरण अवस्था +${shown} है।` };
    if (kind === 1) return shown ? { en: `$\\mathrm{${f}}$ is paramagnetic.`, hi: `$\\mathrm{${f}}$ अनुचुंबकीय है।` } : { en: `$\\mathrm{${f}}$ is diamagnetic.`, hi: `$\\mathrm{${f}}$ प्रतिचुंबकीय है।` };
    return shown ? { en: `$\\mathrm{${f}}$ is a neutral oxide.`, hi: `$\\mathrm{${f}}$ एक उदासीन ऑक्साइड है।` } : { en: `$\\mathrm{${f}}$ is an acidic oxide.`, hi: `$\\mathrm{${f}}$ एक अम्लीय ऑक्साइड है।` };
  });
}
const nOx = (i: number) => { const [, n, o] = N_OXIDES[i]!; return (2 * o) / n; };
const nPara = (i: number) => { const [, n, o] = N_OXIDES[i]!; return (5 * n + 6 * o) % 2 === 1; };

/** Ozone by iodometry: mmol O₃ = ½ mmol thiosulphate; w = 0 mL O₃ at STP, w = 1 volume % in the sample. */
const ozone = (v: { w: number; t: number; c: number; V: number }) => { const ml = ((v.t * v.c) / 2) * STP; return v.w === 0 ? ml : (100 * ml) / v.V; };

/** Oleum: labelling L % (mass of H₂SO₄ from 100 g) ↔ free SO₃ %. */
const oleum = (v: { w: number; L: number; f: number }) => (v.w === 0 ? ((v.L - 100) * 80) / 18 : 100 + (v.f * 18) / 80);

/** Bleaching powder: titre (mL, 0.01 mL) for p % available chlorine from m g made up to 250 mL, 25 mL aliquot. */
export const bleachTitre = (v: { m: number; p: number; c: number }) => Number(((((v.m / 10) * v.p) / 100 / 35.5) * 1000 / v.c).toFixed(2));
const bleachPct = (v: { m: number; p: number; c: number }) => (100 * (bleachTitre(v) * v.c * 35.5)) / 1000 / (v.m / 10);

/** Xenon species for statements (group 18 of SPECIES): lone pairs, shape, oxidation state, hybridisation. */
const XE = SPECIES.filter((s) => s.group === 18);
const XE_SHAPES: Record<string, [string, string]> = { '5,3': ['linear', 'रैखिक'], '6,2': ['square planar', 'वर्ग समतलीय'], '7,1': ['distorted octahedral', 'विकृत अष्टफलकीय'], '4,1': ['trigonal pyramidal', 'त्रिकोणीय पिरामिडी'], '6,1': ['square pyramidal', 'वर्ग पिरामिडी'], '4,0': ['tetrahedral', 'चतुष्फलकीय'] };
const xeLp = (k: number) => stericNumber(XE[k]!) - XE[k]!.M - XE[k]!.D;
const xeOx = (k: number) => XE[k]!.M + 2 * XE[k]!.D;
export function xenonStatements(v: Record<string, number>): { en: string; hi: string }[] {
  const shapes = Object.values(XE_SHAPES);
  return [0, 1, 2, 3].map((j) => {
    const f = XE[v[`x${j}`]!]!.formula;
    const t = v[`t${j}`]!;
    const s = v[`s${j}`]!;
    if (t === 0) return { en: `Xe in $\\mathrm{${f}}$ carries ${s} lone pair(s).`, hi: `$\\mathrm{${f}}$ में Xe पर ${s} एकाकी युग्म हैं।` };
    if (t === 1) return { en: `$\\mathrm{${f}}$ is ${shapes[s]![0]}.`, hi: `$\\mathrm{${f}}$ ${shapes[s]![1]} है।` };
    if (t === 2) return { en: `The oxidation state of Xe in $\\mathrm{${f}}$ is +${s}.`, hi: `$\\mathrm{${f}}$ में Xe की ऑक्सीकरण अवस्था +${s} है।` };
    return { en: `Xe in $\\mathrm{${f}}$ is $${HYBRIDS[s]}$ hybridised.`, hi: `$\\mathrm{${f}}$ में Xe $${HYBRIDS[s]}$ संकरित है।` };
  });
}
const xeTrue = (k: number, t: number) => {
  const sn = stericNumber(XE[k]!);
  if (t === 0) return xeLp(k);
  if (t === 1) return Object.keys(XE_SHAPES).indexOf(`${sn},${xeLp(k)}`);
  if (t === 2) return xeOx(k);
  return sn;
};

/** s- and p-block: alloys and hydrates, boron and aluminium, silicates, fullerenes, N and S chemistry, halogens, xenon. */
const mainGroupGenerators: GeneratorDef[] = [
  formula({ id: 'c.sblock.alloy-hydrogen', subject: C, concepts: ['C.SBLOCK', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { i: range(0, ALLOYS.length - 1), m: [1, 1.5, 2, 2.5, 3], p: [20, 25, 30, 40, 50, 60, 70, 75, 80] },
    text: (v) => { const [[a], [b]] = ALLOYS[v.i]!; return `A ${v.m} g mixture of ${a} and ${b} metals reacts completely with water and gives ${alloyH2(v)} mL of $\\mathrm{H_2}$ at STP (22.4 L mol⁻¹). Find the mass percentage of ${a} in the mixture.`; }, unit: '%',
    answer: alloyPct,
    // The other metal's share, H₂ taken as one mole per mole of metal (both halved), the metals' valencies ignored.
    mistakes: (v) => percentMistakes(alloyPct(v), [100 - alloyPct(v), alloyPct(v) / 2]),
    sig: 4,
    solution: (v) => { const [[a, M1, z1], [b, M2, z2]] = ALLOYS[v.i]!; return `Each mole of a metal of valency z gives z/2 mol $\\mathrm{H_2}$ (${a}: ${z1}/2, ${b}: ${z2}/2). With x g of ${a}: $\\frac{${z1}x}{2 \\times ${M1}} + \\frac{${z2}(${v.m} - x)}{2 \\times ${M2}} = \\frac{${alloyH2(v)}}{22400}$; solve for x and divide by ${v.m}.`; },
    hi: { text: (v) => { const [[a], [b]] = ALLOYS[v.i]!; return `धातुओं ${a} और ${b} का ${v.m} g मिश्रण जल से पूर्णतः अभिक्रिया करके STP (22.4 L mol⁻¹) पर ${alloyH2(v)} mL $\\mathrm{H_2}$ देता है। मिश्रण में ${a} का द्रव्यमान प्रतिशत ज्ञात कीजिए।`; },
      solution: (v) => { const [[a, M1, z1], [b, M2, z2]] = ALLOYS[v.i]!; return `संयोजकता z की धातु का प्रत्येक मोल z/2 मोल $\\mathrm{H_2}$ देता है (${a}: ${z1}/2, ${b}: ${z2}/2)। ${a} के x g के लिए: $\\frac{${z1}x}{2 \\times ${M1}} + \\frac{${z2}(${v.m} - x)}{2 \\times ${M2}} = \\frac{${alloyH2(v)}}{22400}$; x ज्ञात कर ${v.m} से भाग दें।`; } },
    result: [15, 85] }),
  formula({ id: 'c.sblock.water-of-crystallisation', subject: C, concepts: ['C.SBLOCK', 'C.BASIC.MOLE'], difficulty: 3,
    vars: { i: range(0, HYDRATES.length - 1), m: [1.5, 2, 2.5, 3, 5] },
    text: (v) => `${v.m} g of hydrated $\\mathrm{${HYDRATES[v.i]![0]}\\cdot xH_2O}$ is heated until all the water of crystallisation is lost, leaving ${anhydrous(v)} g of anhydrous $\\mathrm{${HYDRATES[v.i]![0]}}$ (M = ${HYDRATES[v.i]![1]} g mol⁻¹). Find x.`, unit: '',
    answer: waterX,
    // Mass of water divided by mass of salt (no molar masses), water taken as 16 g mol⁻¹, half the water, one more.
    mistakes: (v) => [Math.round((v.m - anhydrous(v)) / anhydrous(v) * 10), Math.round(((v.m - anhydrous(v)) / 16) / (anhydrous(v) / HYDRATES[v.i]![1])), Math.max(1, Math.round(waterX(v) / 2)), waterX(v) + 1, waterX(v) + 2].filter((x) => x > 0),
    solution: (v) => `Water lost $= ${v.m} - ${anhydrous(v)} = ${sig(v.m - anhydrous(v), 4)}$ g $= \\frac{${sig(v.m - anhydrous(v), 4)}}{18}$ mol; salt $= \\frac{${anhydrous(v)}}{${HYDRATES[v.i]![1]}}$ mol; x = their ratio ≈ ${waterX(v)}.`,
    hi: { text: (v) => `जलयोजित $\\mathrm{${HYDRATES[v.i]![0]}\\cdot xH_2O}$ के ${v.m} g को तब तक गर्म किया जाता है जब तक क्रिस्टलन का समस्त जल निकल न जाए; ${anhydrous(v)} g निर्जल $\\mathrm{${HYDRATES[v.i]![0]}}$ (M = ${HYDRATES[v.i]![1]} g mol⁻¹) शेष रहता है। x ज्ञात कीजिए।`,
      solution: (v) => `जल की हानि $= ${v.m} - ${anhydrous(v)} = ${sig(v.m - anhydrous(v), 4)}$ g $= \\frac{${sig(v.m - anhydrous(v), 4)}}{18}$ mol; लवण $= \\frac{${anhydrous(v)}}{${HYDRATES[v.i]![1]}}$ mol; x = इनका अनुपात ≈ ${waterX(v)}।` },
    result: [2, 10] }),
  formula({ id: 'c.sblock.solvay-yield', subject: C, concepts: ['C.SBLOCK', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { w: range(0, 1), m: [117, 234, 500, 585, 1000], y: [60, 70, 75, 80, 90] },
    text: (v) => `In the Solvay process brine gives $\\mathrm{NaHCO_3}$ ($\\mathrm{NaCl + NH_3 + CO_2 + H_2O \\to NaHCO_3 + NH_4Cl}$) with ${v.y} % of the NaCl converted, and the bicarbonate is calcined ($\\mathrm{2NaHCO_3 \\to Na_2CO_3 + CO_2 + H_2O}$). What mass (kg) of ${v.w === 0 ? 'anhydrous $\\mathrm{Na_2CO_3}$ (M = 106 g mol⁻¹)' : 'washing soda, $\\mathrm{Na_2CO_3\\cdot 10H_2O}$ (M = 286 g mol⁻¹), after crystallisation'} do ${v.m} kg of NaCl (M = 58.5 g mol⁻¹) give?`, unit: 'kg',
    answer: (v) => ((v.m / 58.5) * (v.y / 100) / 2) * (v.w === 0 ? 106 : 286),
    // The 2 : 1 ratio of calcination ignored, the conversion ignored, the other product's molar mass used.
    mistakes: (v) => { const mol = (v.m / 58.5) * (v.y / 100); const M = v.w === 0 ? 106 : 286; return [mol * M, (v.m / 58.5 / 2) * M, (mol / 2) * (v.w === 0 ? 286 : 106), mol * 84]; },
    sig: 3,
    solution: (v) => `Na is conserved: ${v.y} % of $\\frac{${v.m}}{58.5}$ kmol NaCl becomes $\\mathrm{NaHCO_3}$, and two bicarbonates give one carbonate: mass $= \\frac{${v.m} \\times ${v.y / 100}}{58.5 \\times 2} \\times ${v.w === 0 ? 106 : 286}$ kg. (The $\\mathrm{NH_4Cl}$ is treated with lime to recover $\\mathrm{NH_3}$.)`,
    hi: { text: (v) => `सॉल्वे प्रक्रम में लवण-जल से $\\mathrm{NaHCO_3}$ बनता है ($\\mathrm{NaCl + NH_3 + CO_2 + H_2O \\to NaHCO_3 + NH_4Cl}$), NaCl का ${v.y} % परिवर्तित होता है, और बाइकार्बोनेट का निस्तापन होता है ($\\mathrm{2NaHCO_3 \\to Na_2CO_3 + CO_2 + H_2O}$)। ${v.m} kg NaCl (M = 58.5 g mol⁻¹) से ${v.w === 0 ? 'निर्जल $\\mathrm{Na_2CO_3}$ (M = 106 g mol⁻¹)' : 'क्रिस्टलन के बाद धावन सोडा, $\\mathrm{Na_2CO_3\\cdot 10H_2O}$ (M = 286 g mol⁻¹),'} का कितना द्रव्यमान (kg) मिलेगा?`,
      solution: (v) => `Na संरक्षित रहता है: $\\frac{${v.m}}{58.5}$ kmol NaCl का ${v.y} % $\\mathrm{NaHCO_3}$ बनता है, और दो बाइकार्बोनेट से एक कार्बोनेट: द्रव्यमान $= \\frac{${v.m} \\times ${v.y / 100}}{58.5 \\times 2} \\times ${v.w === 0 ? 106 : 286}$ kg।` },
    result: [50, 2200] }),
  formula({ id: 'c.pb.borax-boric-acid-titration', subject: C, concepts: ['C.PB.G13', 'C.BASIC.EQUIV'], difficulty: 3,
    vars: { w: range(0, 1), m: [0.5, 0.764, 1, 1.146, 1.5, 1.91], c: [0.1, 0.2, 0.25] },
    text: (v) => (v.w === 0 ? `${v.m} g of borax, $\\mathrm{Na_2B_4O_7\\cdot 10H_2O}$ (M = 382 g mol⁻¹), is titrated with ${v.c} M HCl using methyl orange. What volume of acid (mL) is needed?` : `${v.m} g of boric acid, $\\mathrm{H_3BO_3}$ (M = 61.8 g mol⁻¹), is titrated with ${v.c} M NaOH after adding excess glycerol. What volume of alkali (mL) is needed?`), unit: 'mL',
    answer: boronTitre,
    // Borax taken as a 1 : 1 base, the anhydrous molar mass (202) used; boric acid taken as tribasic, or as a 1 : 2 acid.
    mistakes: (v) => (v.w === 0 ? [boronTitre(v) / 2, ((v.m / 202) * 2 * 1000) / v.c, boronTitre(v) * 2, ((v.m / 202) * 1000) / v.c] : [boronTitre(v) * 3, boronTitre(v) / 2, boronTitre(v) * 2, boronTitre(v) / 3]),
    sig: 3,
    solution: (v) => (v.w === 0 ? `$\\mathrm{Na_2B_4O_7 + 2HCl + 5H_2O \\to 2NaCl + 4H_3BO_3}$: 2 mol HCl per mol borax (the borate hydrolyses to a strong base; boric acid is too weak to affect methyl orange). $V = \\frac{${v.m}}{382} \\times 2 \\times \\frac{1000}{${v.c}}$ mL.` : `Boric acid is a weak monobasic Lewis acid ($\\mathrm{B(OH)_3 + H_2O \\to [B(OH)_4]^- + H^+}$); glycerol complexes the borate and lets it be titrated as a monobasic acid: $V = \\frac{${v.m}}{61.8} \\times \\frac{1000}{${v.c}}$ mL.`),
    hi: { text: (v) => (v.w === 0 ? `${v.m} g बोरैक्स, $\\mathrm{Na_2B_4O_7\\cdot 10H_2O}$ (M = 382 g mol⁻¹), का मेथिल ऑरेंज के साथ ${v.c} M HCl से अनुमापन किया जाता है। अम्ल का कितना आयतन (mL) लगेगा?` : `${v.m} g बोरिक अम्ल, $\\mathrm{H_3BO_3}$ (M = 61.8 g mol⁻¹), का आधिक्य ग्लिसरॉल मिलाकर ${v.c} M NaOH से अनुमापन किया जाता है। क्षार का कितना आयतन (mL) लगेगा?`),
      solution: (v) => (v.w === 0 ? `$\\mathrm{Na_2B_4O_7 + 2HCl + 5H_2O \\to 2NaCl + 4H_3BO_3}$: प्रति मोल बोरैक्स 2 मोल HCl। $V = \\frac{${v.m}}{382} \\times 2 \\times \\frac{1000}{${v.c}}$ mL।` : `बोरिक अम्ल दुर्बल एकक्षारकी लूइस अम्ल है; ग्लिसरॉल बोरेट से संकुल बनाकर इसे एकक्षारकी अम्ल की तरह अनुमापित होने देता है: $V = \\frac{${v.m}}{61.8} \\times \\frac{1000}{${v.c}}$ mL।`) },
    result: [5, 310] }),
  formula({ id: 'c.pb.al-mg-alloy-hydrogen', subject: C, concepts: ['C.PB.G13', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { w: range(0, 1), m: [0.5, 0.75, 1, 1.5], p: [30, 40, 50, 60, 70, 80, 90] },
    text: (v) => `A ${v.m} g sample of an Al–Mg alloy is treated with excess ${v.w === 0 ? 'aqueous NaOH' : 'dilute HCl'} and gives ${alMgVolume(v)} mL of $\\mathrm{H_2}$ at STP (22.4 L mol⁻¹). Find the mass percentage of Al in the alloy.`, unit: '%',
    answer: alPct,
    // Mg assumed to react with NaOH too (or not with HCl), Al taken as giving 1 mol H₂ per mol, the Mg share reported.
    mistakes: (v) => percentMistakes(alPct(v), [100 - alPct(v), (alPct(v) * 2) / 3]),
    sig: 4,
    solution: (v) => (v.w === 0 ? `Only Al dissolves in alkali: $\\mathrm{2Al + 2NaOH + 6H_2O \\to 2Na[Al(OH)_4] + 3H_2}$, 1.5 mol $\\mathrm{H_2}$ per mol Al; Mg does not react. Mass of Al $= \\frac{${alMgVolume(v)}}{22400} \\times \\frac{27}{1.5}$ g.` : `In acid both metals dissolve: Al gives 1.5 mol $\\mathrm{H_2}$ per mol, Mg 1 mol. With x g Al: $\\frac{1.5x}{27} + \\frac{${v.m} - x}{24} = \\frac{${alMgVolume(v)}}{22400}$.`),
    hi: { text: (v) => `Al–Mg मिश्रधातु का ${v.m} g नमूना आधिक्य ${v.w === 0 ? 'जलीय NaOH' : 'तनु HCl'} से अभिक्रिया करके STP (22.4 L mol⁻¹) पर ${alMgVolume(v)} mL $\\mathrm{H_2}$ देता है। मिश्रधातु में Al का द्रव्यमान प्रतिशत ज्ञात कीजिए।`,
      solution: (v) => (v.w === 0 ? `क्षार में केवल Al घुलता है: $\\mathrm{2Al + 2NaOH + 6H_2O \\to 2Na[Al(OH)_4] + 3H_2}$, प्रति मोल Al 1.5 मोल $\\mathrm{H_2}$; Mg अभिक्रिया नहीं करता। Al का द्रव्यमान $= \\frac{${alMgVolume(v)}}{22400} \\times \\frac{27}{1.5}$ g।` : `अम्ल में दोनों धातुएँ घुलती हैं: Al प्रति मोल 1.5 मोल $\\mathrm{H_2}$, Mg 1 मोल। x g Al के लिए: $\\frac{1.5x}{27} + \\frac{${v.m} - x}{24} = \\frac{${alMgVolume(v)}}{22400}$।`) },
    result: [25, 95] }),
  facts({ id: 'c.pb.group-13-facts', subject: C, concepts: ['C.PB.G13'], difficulty: 2, items: [
    { q: 'Which oxidation state of thallium is the more stable in its compounds?', a: '+1', wrong: ['+3', '+2', '+5'], why: 'Inert pair effect: the 6s² pair is reluctant to take part in bonding, so Tl⁺ is more stable than Tl³⁺ (Tl³⁺ is oxidising).', hi: { q: 'थैलियम की कौन-सी ऑक्सीकरण अवस्था उसके यौगिकों में अधिक स्थायी है?', a: '+1', wrong: ['+3', '+2', '+5'], why: 'अक्रिय युग्म प्रभाव: 6s² युग्म आबंधन में भाग लेने से हिचकता है, अतः Tl⁺, Tl³⁺ से अधिक स्थायी है।' } },
    { q: 'Which boron trihalide is the strongest Lewis acid?', a: 'BI₃', wrong: ['BF₃', 'BCl₃', 'BBr₃'], why: 'p–p back-donation from the halogen to boron is strongest for F (2p–2p) and weakest for I, so Lewis acidity is BF₃ < BCl₃ < BBr₃ < BI₃.', hi: { q: 'कौन-सा बोरॉन ट्राइहैलाइड प्रबलतम लूइस अम्ल है?', a: 'BI₃', wrong: ['BF₃', 'BCl₃', 'BBr₃'], why: 'हैलोजन से बोरॉन को p–p पश्च-आबंधन F (2p–2p) के लिए प्रबलतम और I के लिए दुर्बलतम है, अतः लूइस अम्लता BF₃ < BCl₃ < BBr₃ < BI₃।' } },
    { q: 'How many three-centre two-electron (B–H–B) bonds does diborane, B₂H₆, have?', a: '2', wrong: ['4', '6', '0'], why: 'B₂H₆ has four terminal 2c–2e B–H bonds and two bridging 3c–2e B–H–B "banana" bonds.', hi: { q: 'डाइबोरेन, B₂H₆, में कितने त्रिकेंद्री द्वि-इलेक्ट्रॉन (B–H–B) आबंध हैं?', a: '2', wrong: ['4', '6', '0'], why: 'B₂H₆ में चार सिरे वाले 2c–2e B–H आबंध और दो सेतु 3c–2e B–H–B "केला" आबंध हैं।' } },
    { q: 'Boric acid, B(OH)₃, is an acid because it', a: 'accepts OH⁻ from water, releasing H⁺', wrong: ['donates its own protons like a Brønsted acid', 'is a strong tribasic acid', 'ionises completely in water'], why: 'B(OH)₃ + H₂O → [B(OH)₄]⁻ + H⁺: a weak monobasic Lewis acid.', hi: { q: 'बोरिक अम्ल, B(OH)₃, अम्ल है क्योंकि यह', a: 'जल से OH⁻ ग्रहण कर H⁺ मुक्त करता है', wrong: ['ब्रॉन्स्टेड अम्ल की तरह अपने प्रोटॉन देता है', 'प्रबल त्रिक्षारकी अम्ल है', 'जल में पूर्णतः आयनित होता है'], why: 'B(OH)₃ + H₂O → [B(OH)₄]⁻ + H⁺: एक दुर्बल एकक्षारकी लूइस अम्ल।' } },
    { q: 'Which group 13 element has the smaller atomic radius than the one above it?', a: 'Ga', wrong: ['Al', 'In', 'Tl'], why: 'Ga (135 pm) < Al (143 pm): the ten poorly shielding 3d electrons raise the effective nuclear charge on Ga\'s valence shell.', hi: { q: 'वर्ग 13 का कौन-सा तत्व अपने ऊपर वाले तत्व से छोटी परमाणु त्रिज्या रखता है?', a: 'Ga', wrong: ['Al', 'In', 'Tl'], why: 'Ga (135 pm) < Al (143 pm): दस दुर्बल परिरक्षी 3d इलेक्ट्रॉन Ga के संयोजी कोश पर प्रभावी नाभिकीय आवेश बढ़ाते हैं।' } },
    { q: 'Boron does not form [BF₆]³⁻ while aluminium forms [AlF₆]³⁻ because boron', a: 'has no d orbitals in its valence shell', wrong: ['is more electropositive', 'has a larger radius than Al', 'shows the inert pair effect'], why: 'B can hold at most four electron pairs (2s, 2p), so its maximum covalency is 4.', hi: { q: 'बोरॉन [BF₆]³⁻ नहीं बनाता जबकि ऐलुमिनियम [AlF₆]³⁻ बनाता है, क्योंकि बोरॉन', a: 'के संयोजी कोश में d कक्षक नहीं हैं', wrong: ['अधिक विद्युत धनात्मक है', 'की त्रिज्या Al से बड़ी है', 'अक्रिय युग्म प्रभाव दर्शाता है'], why: 'B अधिकतम चार इलेक्ट्रॉन युग्म (2s, 2p) रख सकता है, अतः इसकी अधिकतम सहसंयोजकता 4 है।' } },
    { q: 'In the vapour phase below about 473 K, aluminium chloride exists as', a: 'the dimer Al₂Cl₆ with Cl bridges', wrong: ['monomeric AlCl₃ only', 'the ionic solid Al³⁺(Cl⁻)₃', 'polymeric chains (AlCl₃)ₙ'], why: 'Each Al completes its octet by accepting a lone pair from a bridging Cl of the other unit.', hi: { q: 'लगभग 473 K से नीचे वाष्प प्रावस्था में ऐलुमिनियम क्लोराइड किस रूप में रहता है?', a: 'Cl सेतुओं वाले द्वितय Al₂Cl₆ के रूप में', wrong: ['केवल एकलक AlCl₃', 'आयनिक ठोस Al³⁺(Cl⁻)₃', 'बहुलक शृंखलाएँ (AlCl₃)ₙ'], why: 'प्रत्येक Al दूसरी इकाई के सेतु Cl से एकाकी युग्म ग्रहण कर अपना अष्टक पूरा करता है।' } },
    { q: 'Which oxide is acidic?', a: 'B₂O₃', wrong: ['Al₂O₃', 'Ga₂O₃', 'Tl₂O'], why: 'Acidic character falls down group 13: B₂O₃ acidic, Al₂O₃ and Ga₂O₃ amphoteric, In and Tl oxides basic.', hi: { q: 'कौन-सा ऑक्साइड अम्लीय है?', a: 'B₂O₃', wrong: ['Al₂O₃', 'Ga₂O₃', 'Tl₂O'], why: 'वर्ग 13 में नीचे अम्लीय लक्षण घटता है: B₂O₃ अम्लीय, Al₂O₃ और Ga₂O₃ उभयधर्मी, In और Tl के ऑक्साइड क्षारीय।' } },
  ] }),
  formula({ id: 'c.pb.silicate-structure', subject: C, concepts: ['C.PB.G14'], difficulty: 3,
    vars: { i: range(0, SILICATES.length - 1), w: range(0, 2) },
    text: (v) => `In a ${SILICATES[v.i]![0]} every Si sits at the centre of an $\\mathrm{SiO_4}$ tetrahedron and the tetrahedra share ${SILICATES[v.i]![3] === 2.5 ? 'two or three (alternately)' : SILICATES[v.i]![3]} corner oxygen(s) each. Taking ${SILICATES[v.i]![2]} Si atom(s), what is ${SIL_ASK[v.w]![0]} the silicate anion?`, unit: '',
    answer: silValue,
    // Shared oxygens counted for both tetrahedra (not halved), 4 O per Si kept, the charge of SiO₄⁴⁻ per Si kept.
    mistakes: (v) => { const [, , n, k] = SILICATES[v.i]!; const o = silO(v.i); return v.w === 0 ? [2 * (4 * n - n * k) - 4 * n, 4 * n, 2 * o, 2 * o - 4 * n + 2].filter((x) => x > 0) : v.w === 1 ? [4 * n - n * k, 4 * n, o + 1, o - 1] : [n * k, n, (n * k) / 2 + 1, n * k + 1, n + 1, 2].filter((x) => x > 0); },
    solution: (v) => { const [, , n, k] = SILICATES[v.i]!; return `Each shared O belongs to two tetrahedra: O atoms $= 4n - \\frac{nk}{2} = 4 \\times ${n} - \\frac{${n} \\times ${k}}{2} = ${silO(v.i)}$, shared O $= ${(n * k) / 2}$; charge $= 2 \\times ${silO(v.i)} - 4 \\times ${n}$: $\\mathrm{${SILICATES[v.i]![4]}}$.`; },
    hi: { text: (v) => `${SILICATES[v.i]![1]} में प्रत्येक Si एक $\\mathrm{SiO_4}$ चतुष्फलक के केंद्र पर है और प्रत्येक चतुष्फलक ${SILICATES[v.i]![3] === 2.5 ? 'दो या तीन (एकांतर)' : SILICATES[v.i]![3]} शीर्ष ऑक्सीजन साझा करता है। ${SILICATES[v.i]![2]} Si परमाणु लेकर, सिलिकेट ऋणायन ${SIL_ASK[v.w]![1]} क्या है?`,
      solution: (v) => { const [, , n, k] = SILICATES[v.i]!; return `प्रत्येक साझा O दो चतुष्फलकों का है: O परमाणु $= 4n - \\frac{nk}{2} = ${silO(v.i)}$, साझा O $= ${(n * k) / 2}$; आवेश $= 2 \\times ${silO(v.i)} - 4 \\times ${n}$: $\\mathrm{${SILICATES[v.i]![4]}}$।`; } },
    result: [0, 24] }),
  formula({ id: 'c.pb.fullerene-euler', subject: C, concepts: ['C.PB.G14'], difficulty: 3,
    vars: { n: [60, 70, 76, 78, 80, 84], w: range(0, 3) },
    text: (v) => `The fullerene $\\mathrm{C_{${v.n}}}$ is a closed cage of carbon atoms, each bonded to three others, whose faces are only pentagons and hexagons. How many ${FULL_ASK[v.w]![0]} does it have?`, unit: '',
    answer: fullereneValue,
    // Every face taken as a hexagon, bonds counted per atom (3n), twenty pentagons (confusing with C₆₀'s 20 hexagons), double bonds = n.
    mistakes: (v) => [[v.n / 2 - 2, v.n / 2, 20, v.n / 2 - 12][v.w]!, [3 * v.n, v.n, (3 * v.n) / 4, 3 * v.n - 6][v.w]!, [20, v.n / 2 + 2, 10, v.n][v.w]!, [v.n / 2 - 8, (3 * v.n) / 2 - 1, 6, v.n / 4][v.w]!],
    solution: (v) => `Each C has three bonds, each bond shared by two atoms: $E = \\frac{3 \\times ${v.n}}{2} = ${(3 * v.n) / 2}$. Euler: $V - E + F = 2$ gives $F = ${2 - v.n + (3 * v.n) / 2}$; with $5p + 6h = 2E$ and $p + h = F$: $p = 12$, $h = ${v.n / 2 - 10}$. A Kekulé structure gives each C one double bond: $\\frac{${v.n}}{2}$ C=C.`,
    hi: { text: (v) => `फ़ुलरीन $\\mathrm{C_{${v.n}}}$ कार्बन परमाणुओं का बंद पिंजरा है, प्रत्येक C तीन अन्य से आबंधित है, और इसके फलक केवल पंचभुज और षट्भुज हैं। इसमें कितने ${FULL_ASK[v.w]![1]} हैं?`,
      solution: (v) => `प्रत्येक C के तीन आबंध, प्रत्येक आबंध दो परमाणुओं में साझा: $E = ${(3 * v.n) / 2}$। ऑयलर: $V - E + F = 2$ से $F = ${2 - v.n + (3 * v.n) / 2}$; $5p + 6h = 2E$ और $p + h = F$ से $p = 12$, $h = ${v.n / 2 - 10}$। केकुले संरचना में प्रत्येक C का एक द्वि-आबंध: $\\frac{${v.n}}{2}$ C=C।` },
    result: [12, 126] }),
  formula({ id: 'c.pb.co-co2-mixture', subject: C, concepts: ['C.PB.G14', 'C.GAS.LAWS'], difficulty: 3,
    vars: { w: range(0, 1), V: [50, 80, 100, 120, 150], p: [10, 20, 25, 30, 40, 60] },
    text: (v) => `${v.V} mL of a mixture of CO and $\\mathrm{CO_2}$ is ${v.w === 0 ? 'shaken with aqueous KOH' : 'passed slowly over red-hot coke'}; the volume ${v.w === 0 ? 'falls' : 'rises'} to ${sig(v.w === 0 ? v.V * (1 - v.p / 100) : v.V * (1 + v.p / 100))} mL (same temperature and pressure). What is the percentage of $\\mathrm{CO_2}$ by volume in the mixture?`, unit: '%',
    answer: (v) => v.p,
    // The gas left (CO) reported, coke's doubling counted twice (or not at all), the final volume used as the base.
    mistakes: (v) => { const end = v.w === 0 ? v.V * (1 - v.p / 100) : v.V * (1 + v.p / 100); return percentMistakes(v.p, [100 - v.p, v.p / 2, (100 * Math.abs(end - v.V)) / end, v.w === 1 ? v.p * 2 : 100 - v.p / 2]); },
    solution: (v) => (v.w === 0 ? `KOH absorbs only $\\mathrm{CO_2}$ ($\\mathrm{CO_2 + 2KOH \\to K_2CO_3 + H_2O}$); CO, a neutral oxide, is left. The contraction is the $\\mathrm{CO_2}$ volume.` : `$\\mathrm{CO_2 + C \\to 2CO}$: each volume of $\\mathrm{CO_2}$ becomes two of CO, so the expansion equals the $\\mathrm{CO_2}$ volume; CO passes unchanged.`),
    hi: { text: (v) => `CO और $\\mathrm{CO_2}$ के ${v.V} mL मिश्रण को ${v.w === 0 ? 'जलीय KOH के साथ हिलाया जाता है' : 'रक्त-तप्त कोक पर धीरे-धीरे प्रवाहित किया जाता है'}; आयतन ${v.w === 0 ? 'घटकर' : 'बढ़कर'} ${sig(v.w === 0 ? v.V * (1 - v.p / 100) : v.V * (1 + v.p / 100))} mL हो जाता है (समान ताप और दाब)। मिश्रण में आयतन से $\\mathrm{CO_2}$ का प्रतिशत क्या है?`,
      solution: (v) => (v.w === 0 ? `KOH केवल $\\mathrm{CO_2}$ अवशोषित करता है ($\\mathrm{CO_2 + 2KOH \\to K_2CO_3 + H_2O}$); उदासीन ऑक्साइड CO शेष रहता है। संकुचन = $\\mathrm{CO_2}$ का आयतन।` : `$\\mathrm{CO_2 + C \\to 2CO}$: $\\mathrm{CO_2}$ का प्रत्येक आयतन CO के दो आयतन बनता है, अतः प्रसार = $\\mathrm{CO_2}$ का आयतन; CO अपरिवर्तित रहता है।`) },
    result: [10, 60] }),
  formula({ id: 'c.pb.phosphine-from-white-phosphorus', subject: C, concepts: ['C.PB.G15', 'C.REDOX.BALANCE'], difficulty: 3,
    vars: { w: range(0, 1), m: [0.31, 0.62, 0.93, 1.24, 1.55, 2.48, 3.1, 6.2] },
    text: (v) => `White phosphorus is boiled with excess NaOH solution in an inert atmosphere: $\\mathrm{P_4 + 3NaOH + 3H_2O \\to PH_3 + 3NaH_2PO_2}$. ${v.w === 0 ? `What volume of $\\mathrm{PH_3}$ (mL at STP, 22.4 L mol⁻¹) does ${v.m} g of $\\mathrm{P_4}$ give?` : `What mass of sodium hypophosphite, $\\mathrm{NaH_2PO_2}$ (M = 88 g mol⁻¹), does ${v.m} g of $\\mathrm{P_4}$ give (g)?`} (P = 31)`, unit: '',
    answer: (v) => (v.w === 0 ? (v.m / 124) * STP * 1000 : (v.m / 124) * 3 * 88),
    // Every P taken into phosphine (×4), P (31) used for P₄, the 1 : 3 split inverted.
    mistakes: (v) => { const val = v.w === 0 ? (v.m / 124) * STP * 1000 : (v.m / 124) * 3 * 88; return v.w === 0 ? [val * 4, val * 3, val / 3, val * 2] : [val * 4 / 3, val / 3, val * 4, val / 2]; },
    sig: 3,
    solution: (v) => `$\\mathrm{P_4}$ (oxidation state 0) disproportionates: one P goes to −3 ($\\mathrm{PH_3}$) and three to +1 ($\\mathrm{H_2PO_2^-}$), since 3 electrons gained balance 3 × 1 lost. Moles of $\\mathrm{P_4}$ $= \\frac{${v.m}}{124}$; ${v.w === 0 ? 'one $\\mathrm{PH_3}$ each, × 22400 mL' : 'three $\\mathrm{NaH_2PO_2}$ each, × 88 g'}.`,
    hi: { text: (v) => `श्वेत फ़ॉस्फ़ोरस को अक्रिय वातावरण में आधिक्य NaOH विलयन के साथ उबाला जाता है: $\\mathrm{P_4 + 3NaOH + 3H_2O \\to PH_3 + 3NaH_2PO_2}$। ${v.w === 0 ? `${v.m} g $\\mathrm{P_4}$ से $\\mathrm{PH_3}$ का कितना आयतन (STP पर mL, 22.4 L mol⁻¹) मिलता है?` : `${v.m} g $\\mathrm{P_4}$ से सोडियम हाइपोफ़ॉस्फ़ाइट, $\\mathrm{NaH_2PO_2}$ (M = 88 g mol⁻¹), का कितना द्रव्यमान (g) मिलता है?`} (P = 31)`,
      solution: (v) => `$\\mathrm{P_4}$ (ऑक्सीकरण अवस्था 0) असमानुपातित होता है: एक P −3 ($\\mathrm{PH_3}$) और तीन +1 ($\\mathrm{H_2PO_2^-}$) में, क्योंकि ग्रहण 3 इलेक्ट्रॉन खोए 3 × 1 को संतुलित करते हैं। $\\mathrm{P_4}$ के मोल $= \\frac{${v.m}}{124}$; ${v.w === 0 ? 'प्रत्येक से एक $\\mathrm{PH_3}$, × 22400 mL' : 'प्रत्येक से तीन $\\mathrm{NaH_2PO_2}$, × 88 g'}।` },
    result: [0.3, 1200] }),
  formula({ id: 'c.pb.pyrite-to-sulphuric-acid', subject: C, concepts: ['C.PB.G16', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { m: [100, 240, 500, 1000], p: [60, 72, 80, 90], y: [80, 90, 95, 100] },
    text: (v) => `Pyrite containing ${v.p} % $\\mathrm{FeS_2}$ (M = 120 g mol⁻¹) is roasted ($\\mathrm{4FeS_2 + 11O_2 \\to 2Fe_2O_3 + 8SO_2}$) and the $\\mathrm{SO_2}$ converted by the contact process to $\\mathrm{H_2SO_4}$ with an overall efficiency of ${v.y} %. What mass (kg) of 98 % (by mass) sulphuric acid do ${v.m} kg of pyrite give?`, unit: 'kg',
    answer: (v) => (((v.m * v.p) / 100 / 120) * 2 * 98 * (v.y / 100)) / 0.98,
    // One S per FeS₂, the acid's 98 % ignored, the ore's purity ignored.
    mistakes: (v) => { const val = (((v.m * v.p) / 100 / 120) * 2 * 98 * (v.y / 100)) / 0.98; return [val / 2, val * 0.98, val / (v.p / 100), val * 2]; },
    sig: 3,
    solution: (v) => `Sulphur is conserved: each $\\mathrm{FeS_2}$ gives 2 $\\mathrm{SO_2}$ → 2 $\\mathrm{SO_3}$ → 2 $\\mathrm{H_2SO_4}$. $\\mathrm{FeS_2}$: $\\frac{${v.m} \\times ${v.p / 100}}{120}$ kmol; pure acid $= 2 \\times$ that $\\times 98 \\times ${v.y / 100}$ kg; the 98 % acid weighs that ÷ 0.98.`,
    hi: { text: (v) => `${v.p} % $\\mathrm{FeS_2}$ (M = 120 g mol⁻¹) युक्त पाइराइट का भर्जन किया जाता है ($\\mathrm{4FeS_2 + 11O_2 \\to 2Fe_2O_3 + 8SO_2}$) और $\\mathrm{SO_2}$ को संपर्क प्रक्रम द्वारा ${v.y} % समग्र दक्षता से $\\mathrm{H_2SO_4}$ में बदला जाता है। ${v.m} kg पाइराइट से 98 % (द्रव्यमान से) सल्फ़्यूरिक अम्ल का कितना द्रव्यमान (kg) प्राप्त होगा?`,
      solution: (v) => `सल्फ़र संरक्षित रहता है: प्रत्येक $\\mathrm{FeS_2}$ से 2 $\\mathrm{SO_2}$ → 2 $\\mathrm{SO_3}$ → 2 $\\mathrm{H_2SO_4}$। $\\mathrm{FeS_2}$: $\\frac{${v.m} \\times ${v.p / 100}}{120}$ kmol; शुद्ध अम्ल $= 2 \\times$ वह $\\times 98 \\times ${v.y / 100}$ kg; 98 % अम्ल का द्रव्यमान वह ÷ 0.98।` },
    result: [50, 1700] }),
  formula({ id: 'c.pb.chlorine-from-permanganate', subject: C, concepts: ['C.PB.G17', 'C.REDOX.BALANCE'], difficulty: 3,
    vars: { w: range(0, 1), m: [0.316, 0.79, 1.58, 2.37, 3.16, 4.74, 6.32, 7.9] },
    text: (v) => `${v.m} g of $\\mathrm{KMnO_4}$ (M = 158 g mol⁻¹) reacts completely with concentrated HCl: $\\mathrm{2KMnO_4 + 16HCl \\to 2KCl + 2MnCl_2 + 5Cl_2 + 8H_2O}$. ${v.w === 0 ? 'What volume of $\\mathrm{Cl_2}$ (mL at STP, 22.4 L mol⁻¹) is evolved?' : 'What mass of HCl (g, M = 36.5 g mol⁻¹) is consumed?'}`, unit: '',
    answer: (v) => (v.w === 0 ? (v.m / 158) * 2.5 * STP * 1000 : (v.m / 158) * 8 * 36.5),
    // Only the oxidised HCl counted (10 of 16), Cl₂ per KMnO₄ taken as 5 (or 1), the n-factor 3 of neutral medium used.
    mistakes: (v) => (v.w === 0 ? [(v.m / 158) * 5 * STP * 1000, (v.m / 158) * STP * 1000, (v.m / 158) * 1.5 * STP * 1000, (v.m / 158) * 2 * STP * 1000] : [(v.m / 158) * 5 * 36.5, (v.m / 158) * 16 * 36.5, (v.m / 158) * 2.5 * 36.5, (v.m / 158) * 4 * 36.5]),
    sig: 3,
    solution: (v) => `Mn(+7) → Mn(+2) gains 5 e⁻; each Cl⁻ → ½$\\mathrm{Cl_2}$ loses 1, so 2.5 $\\mathrm{Cl_2}$ per $\\mathrm{KMnO_4}$; chlorine balance: 1 (KCl) + 2 ($\\mathrm{MnCl_2}$) + 5 (2.5 $\\mathrm{Cl_2}$) = 8 HCl per $\\mathrm{KMnO_4}$, of which only 5 are oxidised. $n(\\mathrm{KMnO_4}) = \\frac{${v.m}}{158}$ mol.`,
    hi: { text: (v) => `${v.m} g $\\mathrm{KMnO_4}$ (M = 158 g mol⁻¹) सांद्र HCl से पूर्णतः अभिक्रिया करता है: $\\mathrm{2KMnO_4 + 16HCl \\to 2KCl + 2MnCl_2 + 5Cl_2 + 8H_2O}$। ${v.w === 0 ? 'कितना $\\mathrm{Cl_2}$ (STP पर mL, 22.4 L mol⁻¹) निकलता है?' : 'HCl का कितना द्रव्यमान (g, M = 36.5 g mol⁻¹) खर्च होता है?'}`,
      solution: (v) => `Mn(+7) → Mn(+2) 5 e⁻ ग्रहण करता है; प्रत्येक Cl⁻ → ½$\\mathrm{Cl_2}$ 1 खोता है, अतः प्रति $\\mathrm{KMnO_4}$ 2.5 $\\mathrm{Cl_2}$; क्लोरीन संतुलन: 1 (KCl) + 2 ($\\mathrm{MnCl_2}$) + 5 = प्रति $\\mathrm{KMnO_4}$ 8 HCl, जिनमें से केवल 5 ऑक्सीकृत होते हैं। $n(\\mathrm{KMnO_4}) = \\frac{${v.m}}{158}$ mol।` },
    result: [0.5, 3000] }),
  {
    id: 'c.pb.nitrogen-oxides-statements', subject: C, concepts: ['C.PB.G15', 'C.REDOX.OXSTATE'], difficulty: 4,
    build(rng) {
      const os = rng.shuffle(N_OXIDES.map((_, k) => k)).slice(0, 4);
      const v: Record<string, number> = {};
      const truth: boolean[] = [];
      os.forEach((o, k) => {
        const t = rng.int(0, 2);
        const ok = rng.int(0, 1) === 0;
        const real = t === 0 ? nOx(o) : t === 1 ? Number(nPara(o)) : Number(N_OXIDES[o]![3]);
        const shown = ok ? real : t === 0 ? real + (real >= 5 ? -1 : 1) : 1 - real;
        Object.assign(v, { [`o${k}`]: o, [`t${k}`]: t, [`s${k}`]: shown });
        truth.push(ok);
      });
      if (!truth.some(Boolean)) { const t = v.t0!; const o = v.o0!; v.s0 = t === 0 ? nOx(o) : t === 1 ? Number(nPara(o)) : Number(N_OXIDES[o]![3]); truth[0] = true; }
      const st = nOxideStatements(v);
      const detail = os.map((o) => `$\\mathrm{${N_OXIDES[o]![0]}}$: N +${nOx(o)}, ${5 * N_OXIDES[o]![1] + 6 * N_OXIDES[o]![2]} valence electrons (${nPara(o) ? 'odd → paramagnetic' : 'even → diamagnetic'}), ${N_OXIDES[o]![3] ? 'neutral' : 'acidic'}`).join('; ');
      return multi({
        params: v, text: 'Which of the following statements about the oxides of nitrogen is/are correct?',
        options: st.map((s, k) => ({ text: s.en, correct: truth[k]! })),
        solution: `${detail}. $\\mathrm{N_2O}$ and NO form no acid with water; $\\mathrm{N_2O_3}$, $\\mathrm{NO_2}$/$\\mathrm{N_2O_4}$ and $\\mathrm{N_2O_5}$ are the anhydrides of $\\mathrm{HNO_2}$, mixed $\\mathrm{HNO_2}$/$\\mathrm{HNO_3}$ and $\\mathrm{HNO_3}$.`,
        hi: { text: 'नाइट्रोजन के ऑक्साइडों के बारे में निम्नलिखित में से कौन-सा/से कथन सही है/हैं?', options: st.map((s) => s.hi), solution: `${os.map((o) => `$\\mathrm{${N_OXIDES[o]![0]}}$: N +${nOx(o)}, ${5 * N_OXIDES[o]![1] + 6 * N_OXIDES[o]![2]} संयोजी इलेक्ट्रॉन (${nPara(o) ? 'विषम → अनुचुंबकीय' : 'सम → प्रतिचुंबकीय'}), ${N_OXIDES[o]![3] ? 'उदासीन' : 'अम्लीय'}`).join('; ')}।` },
      });
    },
  },
  formula({ id: 'c.pb.copper-nitric-acid', subject: C, concepts: ['C.PB.G15', 'C.REDOX.BALANCE'], difficulty: 3,
    vars: { w: range(0, 1), m: [0.635, 1.27, 1.905, 2.54, 3.175, 6.35] },
    text: (v) => `${v.m} g of copper (63.5 g mol⁻¹) dissolves completely in ${v.w === 0 ? 'concentrated' : 'dilute'} nitric acid: $\\mathrm{${v.w === 0 ? 'Cu + 4HNO_3 \\to Cu(NO_3)_2 + 2NO_2 + 2H_2O' : '3Cu + 8HNO_3 \\to 3Cu(NO_3)_2 + 2NO + 4H_2O'}}$. What volume of ${v.w === 0 ? '$\\mathrm{NO_2}$' : 'NO'} (mL at STP, 22.4 L mol⁻¹) is evolved?`, unit: 'mL',
    answer: (v) => (v.m / 63.5) * (v.w === 0 ? 2 : 2 / 3) * STP * 1000,
    // The other acid's product ratio used, one gas molecule per Cu, the nitrate-forming HNO₃ counted as gas.
    mistakes: (v) => { const mol = v.m / 63.5; return [mol * (v.w === 0 ? 2 / 3 : 2) * STP * 1000, mol * STP * 1000, mol * (v.w === 0 ? 4 : 8 / 3) * STP * 1000, mol * (v.w === 0 ? 1 : 1 / 3) * STP * 1000]; },
    sig: 3,
    solution: (v) => `Cu → Cu²⁺ gives 2 e⁻; ${v.w === 0 ? 'N(+5) → N(+4) in $\\mathrm{NO_2}$ takes 1, so 2 $\\mathrm{NO_2}$ per Cu' : 'N(+5) → N(+2) in NO takes 3, so ⅔ NO per Cu'}. Moles of Cu $= \\frac{${v.m}}{63.5}$; volume $=$ moles of gas × 22400 mL.`,
    hi: { text: (v) => `${v.m} g कॉपर (63.5 g mol⁻¹) ${v.w === 0 ? 'सांद्र' : 'तनु'} नाइट्रिक अम्ल में पूर्णतः घुल जाता है: $\\mathrm{${v.w === 0 ? 'Cu + 4HNO_3 \\to Cu(NO_3)_2 + 2NO_2 + 2H_2O' : '3Cu + 8HNO_3 \\to 3Cu(NO_3)_2 + 2NO + 4H_2O'}}$। ${v.w === 0 ? '$\\mathrm{NO_2}$' : 'NO'} का कितना आयतन (STP पर mL, 22.4 L mol⁻¹) निकलता है?`,
      solution: (v) => `Cu → Cu²⁺ 2 e⁻ देता है; ${v.w === 0 ? '$\\mathrm{NO_2}$ में N(+5) → N(+4) 1 लेता है, अतः प्रति Cu 2 $\\mathrm{NO_2}$' : 'NO में N(+5) → N(+2) 3 लेता है, अतः प्रति Cu ⅔ NO'}। Cu के मोल $= \\frac{${v.m}}{63.5}$; आयतन = गैस के मोल × 22400 mL।` },
    result: [100, 5000] }),
  formula({ id: 'c.pb.ostwald-nitric-acid', subject: C, concepts: ['C.PB.G15', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { w: range(0, 1), m: [1.7, 3.4, 5, 8.5, 10, 17], y: [80, 85, 90, 95, 100] },
    text: (v) => `In the Ostwald process ($\\mathrm{4NH_3 + 5O_2 \\to 4NO + 6H_2O}$; $\\mathrm{2NO + O_2 \\to 2NO_2}$; $\\mathrm{3NO_2 + H_2O \\to 2HNO_3 + NO}$) ${v.m} kg of $\\mathrm{NH_3}$ is oxidised with an overall efficiency of ${v.y} %, ${v.w === 0 ? 'the NO of the last step being recycled completely' : 'the NO of the last step being vented, not recycled'}. What mass of $\\mathrm{HNO_3}$ (kg) is obtained?`, unit: 'kg',
    answer: (v) => (v.m / 17) * 63 * (v.y / 100) * (v.w === 0 ? 1 : 2 / 3),
    // Recycling ignored (or assumed), efficiency ignored, the 2 : 3 ratio inverted.
    mistakes: (v) => { const base = (v.m / 17) * 63 * (v.y / 100); return v.w === 0 ? [(base * 2) / 3, base / (v.y / 100), (base * 3) / 2] : [base, (base * 2) / 3 / (v.y / 100), base * 1.5]; },
    sig: 3,
    solution: (v) => `Each N atom of $\\mathrm{NH_3}$ passes through NO and $\\mathrm{NO_2}$; the last step turns 3 $\\mathrm{NO_2}$ into 2 $\\mathrm{HNO_3}$ + 1 NO, so without recycling only $\\frac23$ of the nitrogen ends as acid, and with complete recycling all of it. Moles of $\\mathrm{NH_3}$ $= \\frac{${v.m} \\times 1000}{17}$; mass $= n \\times 63 \\times ${v.y / 100}${v.w === 1 ? ' \\times \\frac23' : ''}$ g.`,
    hi: { text: (v) => `ओस्टवाल्ड प्रक्रम ($\\mathrm{4NH_3 + 5O_2 \\to 4NO + 6H_2O}$; $\\mathrm{2NO + O_2 \\to 2NO_2}$; $\\mathrm{3NO_2 + H_2O \\to 2HNO_3 + NO}$) में ${v.m} kg $\\mathrm{NH_3}$ का ${v.y} % समग्र दक्षता से ऑक्सीकरण होता है, ${v.w === 0 ? 'अंतिम पद का NO पूर्णतः पुनःचक्रित होता है' : 'अंतिम पद का NO बाहर निकाल दिया जाता है, पुनःचक्रित नहीं'}। $\\mathrm{HNO_3}$ का कितना द्रव्यमान (kg) प्राप्त होगा?`,
      solution: (v) => `$\\mathrm{NH_3}$ का प्रत्येक N परमाणु NO और $\\mathrm{NO_2}$ से होकर गुजरता है; अंतिम पद में 3 $\\mathrm{NO_2}$ से 2 $\\mathrm{HNO_3}$ + 1 NO, अतः पुनःचक्रण के बिना केवल $\\frac23$ नाइट्रोजन अम्ल बनती है, पूर्ण पुनःचक्रण पर सारी। द्रव्यमान $= \\frac{${v.m} \\times 1000}{17} \\times 63 \\times ${v.y / 100}${v.w === 1 ? ' \\times \\frac23' : ''}$ g।` },
    result: [3, 70] }),
  formula({ id: 'c.pb.ozone-iodometry', subject: C, concepts: ['C.PB.G16', 'C.BASIC.EQUIV'], difficulty: 3,
    vars: { w: range(0, 1), t: [8, 12.5, 15, 20, 24, 30, 36], c: [0.01, 0.02, 0.05], V: [500, 1000, 2000] },
    text: (v) => `${v.V} mL of ozonised oxygen (at STP) is bubbled through neutral KI solution: $\\mathrm{O_3 + 2KI + H_2O \\to 2KOH + I_2 + O_2}$. The iodine set free needs ${v.t} mL of ${v.c} M $\\mathrm{Na_2S_2O_3}$. Find ${v.w === 0 ? 'the volume of ozone in the sample (mL at STP, 22.4 L mol⁻¹)' : 'the percentage of ozone by volume in the sample'}.`, unit: '',
    answer: ozone,
    // One thiosulphate per I₂ (factor 2 lost), the O₂ released counted as ozone, the 2 : 1 ratio inverted.
    mistakes: (v) => [ozone(v) * 2, ozone(v) / 2, ozone(v) * 4, ozone(v) / 4],
    sig: 3,
    solution: (v) => `$\\mathrm{I_2 + 2S_2O_3^{2-} \\to 2I^- + S_4O_6^{2-}}$: mmol $\\mathrm{I_2}$ = ½ × ${v.t} × ${v.c}; each $\\mathrm{O_3}$ frees one $\\mathrm{I_2}$, so mmol $\\mathrm{O_3}$ $= ${sig((v.t * v.c) / 2)}$ and its volume $= ${sig((v.t * v.c) / 2)} \\times 22.4$ mL${v.w === 1 ? `; percentage $= \\frac{\\text{that}}{${v.V}} \\times 100$` : ''}.`,
    hi: { text: (v) => `${v.V} mL ओज़ोनीकृत ऑक्सीजन (STP पर) उदासीन KI विलयन से गुजारी जाती है: $\\mathrm{O_3 + 2KI + H_2O \\to 2KOH + I_2 + O_2}$। मुक्त आयोडीन के लिए ${v.c} M $\\mathrm{Na_2S_2O_3}$ के ${v.t} mL लगते हैं। ${v.w === 0 ? 'नमूने में ओज़ोन का आयतन (STP पर mL, 22.4 L mol⁻¹)' : 'नमूने में आयतन से ओज़ोन का प्रतिशत'} ज्ञात कीजिए।`,
      solution: (v) => `$\\mathrm{I_2 + 2S_2O_3^{2-} \\to 2I^- + S_4O_6^{2-}}$: mmol $\\mathrm{I_2}$ = ½ × ${v.t} × ${v.c}; प्रत्येक $\\mathrm{O_3}$ एक $\\mathrm{I_2}$ मुक्त करता है, अतः mmol $\\mathrm{O_3}$ $= ${sig((v.t * v.c) / 2)}$ और आयतन $= ${sig((v.t * v.c) / 2)} \\times 22.4$ mL${v.w === 1 ? `; प्रतिशत $= \\frac{\\text{वह}}{${v.V}} \\times 100$` : ''}।` },
    result: [0.04, 25] }),
  formula({ id: 'c.pb.oleum-labelling', subject: C, concepts: ['C.PB.G16', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { w: range(0, 1), L: [104.5, 106, 109, 112, 113.5, 118], f: [20, 30, 40, 45, 60, 80] },
    text: (v) => (v.w === 0 ? `An oleum sample is labelled ${v.L} % (100 g of it gives ${v.L} g of $\\mathrm{H_2SO_4}$ on adding water). What is the mass percentage of free $\\mathrm{SO_3}$ in it?` : `An oleum contains ${v.f} % free $\\mathrm{SO_3}$ by mass (the rest $\\mathrm{H_2SO_4}$). What is its labelling, the mass of $\\mathrm{H_2SO_4}$ (g) that 100 g of it gives on adding water?`), unit: '',
    answer: oleum,
    // SO₃ taken as combining with its own mass of water, the ratio 18/80 inverted, the water added reported.
    mistakes: (v) => (v.w === 0 ? percentMistakes(oleum(v), [v.L - 100, ((v.L - 100) * 18) / 80, ((v.L - 100) * 98) / 18]) : [100 + v.f, 100 + (v.f * 80) / 98, 100 + (v.f * 98) / 80, (v.f * 18) / 80]),
    sig: 4,
    solution: (v) => (v.w === 0 ? `$\\mathrm{SO_3 + H_2O \\to H_2SO_4}$: the ${sig(v.L - 100)} g of water taken up combines with $\\frac{80}{18} \\times ${sig(v.L - 100)}$ g of free $\\mathrm{SO_3}$ in 100 g of oleum.` : `${v.f} g free $\\mathrm{SO_3}$ in 100 g needs $\\frac{18}{80} \\times ${v.f}$ g water: labelling $= 100 + ${sig((v.f * 18) / 80)}$.`),
    hi: { text: (v) => (v.w === 0 ? `एक ओलियम नमूना ${v.L} % चिह्नित है (इसका 100 g जल मिलाने पर ${v.L} g $\\mathrm{H_2SO_4}$ देता है)। इसमें मुक्त $\\mathrm{SO_3}$ का द्रव्यमान प्रतिशत क्या है?` : `एक ओलियम में द्रव्यमान से ${v.f} % मुक्त $\\mathrm{SO_3}$ है (शेष $\\mathrm{H_2SO_4}$)। इसका चिह्नांकन, अर्थात इसका 100 g जल मिलाने पर कितने g $\\mathrm{H_2SO_4}$ देता है, क्या है?`),
      solution: (v) => (v.w === 0 ? `$\\mathrm{SO_3 + H_2O \\to H_2SO_4}$: ग्रहण किया गया ${sig(v.L - 100)} g जल 100 g ओलियम में $\\frac{80}{18} \\times ${sig(v.L - 100)}$ g मुक्त $\\mathrm{SO_3}$ से संयोग करता है।` : `100 g में ${v.f} g मुक्त $\\mathrm{SO_3}$ को $\\frac{18}{80} \\times ${v.f}$ g जल चाहिए: चिह्नांकन $= 100 + ${sig((v.f * 18) / 80)}$।`) },
    result: [4, 120] }),
  formula({ id: 'c.pb.bleaching-powder-chlorine', subject: C, concepts: ['C.PB.G17', 'C.BASIC.EQUIV'], difficulty: 4,
    vars: { m: [2, 2.5, 3, 3.55, 5], p: [28, 30, 32, 33, 35, 36, 38], c: [0.05, 0.1] },
    text: (v) => `${v.m} g of bleaching powder is made up to 250 mL with water. A 25.0 mL portion is treated with excess KI and acetic acid, and the iodine set free needs ${bleachTitre(v)} mL of ${v.c} M $\\mathrm{Na_2S_2O_3}$. Find the percentage of available chlorine in the sample.`, unit: '%',
    answer: bleachPct,
    // The aliquot not scaled up, Cl₂ (71) used per thiosulphate, the mass of Cl per I₂ halved.
    mistakes: (v) => percentMistakes(bleachPct(v), [bleachPct(v) / 10, bleachPct(v) * 2, bleachPct(v) / 2]),
    sig: 4,
    solution: (v) => `$\\mathrm{OCl^- + 2I^- + 2H^+ \\to Cl^- + I_2 + H_2O}$, and $\\mathrm{I_2}$ takes 2 $\\mathrm{S_2O_3^{2-}}$: each thiosulphate corresponds to one Cl atom (35.5 g mol⁻¹) of available chlorine. In 25 mL: $${bleachTitre(v)} \\times ${v.c} \\times 10^{-3} \\times 35.5$ g, i.e. in the whole ${v.m} g ten times that; percentage $= \\frac{\\text{mass}}{${v.m}} \\times 100$.`,
    hi: { text: (v) => `${v.m} g विरंजक चूर्ण को जल से 250 mL किया जाता है। इसके 25.0 mL भाग को आधिक्य KI और ऐसीटिक अम्ल से उपचारित करने पर मुक्त आयोडीन के लिए ${v.c} M $\\mathrm{Na_2S_2O_3}$ के ${bleachTitre(v)} mL लगते हैं। नमूने में उपलब्ध क्लोरीन का प्रतिशत ज्ञात कीजिए।`,
      solution: (v) => `$\\mathrm{OCl^- + 2I^- + 2H^+ \\to Cl^- + I_2 + H_2O}$, और $\\mathrm{I_2}$ के लिए 2 $\\mathrm{S_2O_3^{2-}}$: प्रत्येक थायोसल्फ़ेट उपलब्ध क्लोरीन के एक Cl परमाणु (35.5 g mol⁻¹) के तुल्य है। 25 mL में: $${bleachTitre(v)} \\times ${v.c} \\times 10^{-3} \\times 35.5$ g, पूरे ${v.m} g में उसका दस गुना; प्रतिशत $= \\frac{\\text{द्रव्यमान}}{${v.m}} \\times 100$।` },
    result: [25, 40] }),
  {
    id: 'c.pb.halogen-property-order', subject: C, concepts: ['C.PB.G17', 'C.PER.TRENDS'], difficulty: 3,
    build(rng) {
      const k = rng.int(0, HALOGEN_ORDERS.length - 1);
      const [en, hi, items] = HALOGEN_ORDERS[k]!;
      return orderChoice(rng, items.map(([f, x]) => [`$\\mathrm{${f}}$`, x] as const), {
        params: { k }, text: `Arrange in increasing order of ${en}: {items}.`,
        solution: 'F is anomalous: its small size makes the F–F bond weak (lone-pair repulsion) and its electron gain less exothermic than Cl, while H-bonding raises the boiling point of HF and the strong H–F bond makes HF the weakest acid and the most stable hydride. Down the group bond lengths grow, H–X bonds weaken and acidity rises; oxoacid strength rises with the number of O atoms on Cl (more delocalised anion).',
        hi: { text: `${hi} के बढ़ते क्रम में व्यवस्थित कीजिए: {items}।`, solution: 'F असामान्य है: छोटे आकार के कारण F–F आबंध दुर्बल (एकाकी युग्म प्रतिकर्षण) और इसकी इलेक्ट्रॉन लब्धि Cl से कम ऊष्माक्षेपी; हाइड्रोजन आबंधन HF का क्वथनांक बढ़ाता है और प्रबल H–F आबंध HF को दुर्बलतम अम्ल व सबसे स्थायी हाइड्राइड बनाता है। वर्ग में नीचे आबंध लंबाई बढ़ती, H–X आबंध दुर्बल और अम्लता अधिक होती है; Cl पर O परमाणु बढ़ने से ऑक्सोअम्ल सामर्थ्य बढ़ता है।' },
      });
    },
  },
  formula({ id: 'c.pb.xenon-fluoride-hydrolysis', subject: C, concepts: ['C.PB.G18', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { j: range(0, 2), w: range(0, 1), m: [0.1, 0.2, 0.25, 0.5], c: [0.1, 0.2] },
    text: (v) => { const n = XENON_FLUORIDES[v.w === 1 ? v.j % 2 : v.j]![0]; return `${v.m} g of $\\mathrm{XeF_{${n}}}$ (M = ${XENON_FLUORIDES[v.w === 1 ? v.j % 2 : v.j]![1]} g mol⁻¹) is completely hydrolysed: $\\mathrm{${XE_EQ[v.w === 1 ? v.j % 2 : v.j]}}$. ${v.w === 0 ? `What volume of ${v.c} M NaOH (mL) neutralises the HF formed?` : 'What volume of $\\mathrm{O_2}$ (mL at STP, 22.4 L mol⁻¹) is evolved?'}`; }, unit: 'mL',
    answer: (v) => xeHydrolysis({ ...v, j: v.w === 1 ? v.j % 2 : v.j }),
    // HF counted as one per XeFₙ, the equation's coefficients read for one formula unit, O₂ per Xe doubled.
    mistakes: (v) => { const val = xeHydrolysis({ ...v, j: v.w === 1 ? v.j % 2 : v.j }); return [val / 2, val * 2, val / 4, val * 3]; },
    sig: 3,
    solution: (v) => { const j = v.w === 1 ? v.j % 2 : v.j; const [n, M, hf, o2] = XENON_FLUORIDES[j]!; return `mmol $\\mathrm{XeF_{${n}}}$ $= \\frac{${v.m} \\times 1000}{${M}}$; the equation gives ${v.w === 0 ? `${hf} HF per $\\mathrm{XeF_{${n}}}$ (all the fluorine ends as HF), each neutralising one NaOH` : `${o2} $\\mathrm{O_2}$ per $\\mathrm{XeF_{${n}}}$ (the electrons Xe gains come from oxygen)`}.`; },
    hi: { text: (v) => { const j = v.w === 1 ? v.j % 2 : v.j; const n = XENON_FLUORIDES[j]![0]; return `${v.m} g $\\mathrm{XeF_{${n}}}$ (M = ${XENON_FLUORIDES[j]![1]} g mol⁻¹) का पूर्ण जल-अपघटन होता है: $\\mathrm{${XE_EQ[j]}}$। ${v.w === 0 ? `बनी HF को उदासीन करने के लिए ${v.c} M NaOH का कितना आयतन (mL) चाहिए?` : 'कितना $\\mathrm{O_2}$ (STP पर mL, 22.4 L mol⁻¹) निकलता है?'}`; },
      solution: (v) => { const j = v.w === 1 ? v.j % 2 : v.j; const [n, M, hf, o2] = XENON_FLUORIDES[j]!; return `mmol $\\mathrm{XeF_{${n}}}$ $= \\frac{${v.m} \\times 1000}{${M}}$; समीकरण से ${v.w === 0 ? `प्रति $\\mathrm{XeF_{${n}}}$ ${hf} HF (सारा फ़्लुओरीन HF बनता है), प्रत्येक एक NaOH को उदासीन करता है` : `प्रति $\\mathrm{XeF_{${n}}}$ ${o2} $\\mathrm{O_2}$ (Xe द्वारा ग्रहण इलेक्ट्रॉन ऑक्सीजन से आते हैं)`}।`; } },
    result: [4, 200] }),
  formula({ id: 'c.pb.xenon-fluoride-formula', subject: C, concepts: ['C.PB.G18'], difficulty: 2,
    vars: { n: [2, 4, 6], r: [0.5, 1, 1.5, 2, 2.5], e: [0.2, 0.5, 1], w: range(0, 1) },
    text: (v) => `${sig(v.r + v.e)} mmol of Xe and ${xeF2Taken(v)} mmol of $\\mathrm{F_2}$ are heated in a nickel vessel. All the fluorine reacts to give a single fluoride $\\mathrm{XeF_n}$ and ${v.e} mmol of Xe is left over. ${v.w === 0 ? 'Find n.' : 'What mass (mg) of $\\mathrm{XeF_n}$ is formed? (Xe = 131.3, F = 19)'}`, unit: '',
    answer: (v) => (v.w === 0 ? v.n : v.r * (131.3 + 19 * v.n)),
    // F₂ moles taken as F atoms (n halved), Xe taken before reaction, n from F₂ : Xe without the factor 2.
    mistakes: (v) => (v.w === 0 ? [v.n / 2, (2 * xeF2Taken(v)) / (v.r + v.e), v.n + 2, v.n === 2 ? 4 : v.n - 2].filter((x) => x !== v.n) : [(v.r + v.e) * (131.3 + 19 * v.n), v.r * (131.3 + 19 * (v.n / 2)), v.r * (131.3 + 38 * v.n), v.r * 131.3]),
    solution: (v) => `Xe reacted $= ${sig(v.r + v.e)} - ${v.e} = ${v.r}$ mmol; F atoms $= 2 \\times ${xeF2Taken(v)} = ${2 * xeF2Taken(v)}$ mmol; $n = \\frac{${2 * xeF2Taken(v)}}{${v.r}} = ${v.n}$${v.w === 1 ? `; mass $= ${v.r} \\times (131.3 + 19 \\times ${v.n})$ mg` : ''}.`,
    hi: { text: (v) => `${sig(v.r + v.e)} mmol Xe और ${xeF2Taken(v)} mmol $\\mathrm{F_2}$ को निकैल पात्र में गर्म किया जाता है। सारा फ़्लुओरीन अभिक्रिया करके एक ही फ़्लुओराइड $\\mathrm{XeF_n}$ बनाता है और ${v.e} mmol Xe शेष रहता है। ${v.w === 0 ? 'n ज्ञात कीजिए।' : 'बने $\\mathrm{XeF_n}$ का द्रव्यमान (mg) क्या है? (Xe = 131.3, F = 19)'}`,
      solution: (v) => `अभिकृत Xe $= ${v.r}$ mmol; F परमाणु $= 2 \\times ${xeF2Taken(v)} = ${2 * xeF2Taken(v)}$ mmol; $n = \\frac{${2 * xeF2Taken(v)}}{${v.r}} = ${v.n}$${v.w === 1 ? `; द्रव्यमान $= ${v.r} \\times (131.3 + 19 \\times ${v.n})$ mg` : ''}।` },
    result: [2, 650] }),
  {
    id: 'c.pb.xenon-compound-statements', subject: C, concepts: ['C.PB.G18', 'C.BOND.VSEPR'], difficulty: 4,
    build(rng) {
      const ks = rng.shuffle(XE.map((_, k) => k)).slice(0, 4);
      const v: Record<string, number> = {};
      const truth: boolean[] = [];
      ks.forEach((k, j) => {
        const t = rng.int(0, 3);
        const real = xeTrue(k, t);
        const ok = rng.int(0, 1) === 0;
        const wrong = t === 1 ? (real + 1 + rng.int(0, 4)) % 6 : t === 3 ? (real === 7 ? 6 : real + 1) : t === 2 ? (real === 8 ? 6 : real + 2) : real === 0 ? 1 : real - 1;
        Object.assign(v, { [`x${j}`]: k, [`t${j}`]: t, [`s${j}`]: ok ? real : wrong });
        truth.push(ok);
      });
      if (!truth.some(Boolean)) { v.s0 = xeTrue(v.x0!, v.t0!); truth[0] = true; }
      const st = xenonStatements(v);
      const detail = ks.map((k) => `$\\mathrm{${XE[k]!.formula}}$: SN ${stericNumber(XE[k]!)}, ${xeLp(k)} lp, +${xeOx(k)}`).join('; ');
      return multi({
        params: v, text: 'Which of the following statements about xenon compounds is/are correct?',
        options: st.map((s, j) => ({ text: s.en, correct: truth[j]! })),
        solution: `Xe has 8 valence electrons; steric number $= \\frac12(8 + \\text{F atoms})$ (O counts 0), lone pairs = SN − bonded atoms, oxidation state = F + 2 × O: ${detail}.`,
        hi: { text: 'ज़ीनॉन यौगिकों के बारे में निम्नलिखित में से कौन-सा/से कथन सही है/हैं?', options: st.map((s) => s.hi), solution: `Xe के 8 संयोजी इलेक्ट्रॉन; त्रिविम संख्या $= \\frac12(8 + \\text{F परमाणु})$ (O शून्य), एकाकी युग्म = SN − आबंधित परमाणु, ऑक्सीकरण अवस्था = F + 2 × O: ${detail}।` },
      });
    },
  },
];

/** d electrons left in the highest oxidation state: group electrons (n−1)d + ns minus the state. */
const dLeft = (i: number) => { const [, z, ox] = HIGHEST_OX[i]!; const g = z <= 30 ? z - 18 : z <= 48 ? z - 36 : z - 68; return g - ox; };

const dOf = (i: number) => TM_IONS[i]![1] - 18 - TM_IONS[i]![2];
const unpaired = (d: number) => (d <= 5 ? d : 10 - d);
const ionTex = (i: number) => `$\\mathrm{${TM_IONS[i]![0]}^{${TM_IONS[i]![2] === 1 ? '' : TM_IONS[i]![2]}+}}$`;
const muText = (n: number) => Math.sqrt(n * (n + 2)).toFixed(2);

/** 4f electrons of the ion: ionise 6s, then 5d, then 4f from the neutral configuration. */
export function fCount(i: number): number {
  const [, z, q] = LN_IONS[i]!;
  const fiveD = [57, 58, 64, 71].includes(z) ? 1 : 0;
  const f = z - 54 - 2 - fiveD;
  return f - Math.max(0, q - 2 - fiveD);
}
const lnTex = (i: number) => `$\\mathrm{${LN_IONS[i]![0]}^{${LN_IONS[i]![2]}+}}$`;

const unpairedAt = (z: number, q: number) => unpaired(z - 18 - q);

/** Spin-only statements about 3d ions: kind 0 μ(A) > μ(B), 1 equal moments, 2 unpaired count, 3 moment value. */
export function magneticStatements(v: Record<string, number>): { en: string; hi: string }[] {
  return [0, 1, 2, 3].map((j) => {
    const a = ionTex(v[`a${j}`]!);
    const b = ionTex(v[`b${j}`]!);
    const s = v[`s${j}`]!;
    const k = v[`k${j}`]!;
    if (k === 0) return { en: `The spin-only moment of ${a} is greater than that of ${b}.`, hi: `${a} का प्रचक्रण-मात्र आघूर्ण ${b} से अधिक है।` };
    if (k === 1) return { en: `${a} and ${b} have the same spin-only magnetic moment.`, hi: `${a} और ${b} के प्रचक्रण-मात्र चुंबकीय आघूर्ण समान हैं।` };
    if (k === 2) return { en: `${a} has ${s} unpaired electron(s) (high spin).`, hi: `${a} में ${s} अयुग्मित इलेक्ट्रॉन हैं (उच्च प्रचक्रण)।` };
    return { en: `The spin-only moment of ${a} is ${muText(s)} BM.`, hi: `${a} का प्रचक्रण-मात्र आघूर्ण ${muText(s)} BM है।` };
  });
}
const magneticTruth = (v: Record<string, number>, j: number) => {
  const ua = unpaired(dOf(v[`a${j}`]!));
  const ub = unpaired(dOf(v[`b${j}`]!));
  return [ua > ub, ua === ub, ua === v[`s${j}`], ua === v[`s${j}`]][v[`k${j}`]!]!;
};

/** Chromite to dichromate: kg of K₂Cr₂O₇ (294 g mol⁻¹) from m kg of ore with p % FeCr₂O₄ (224 g mol⁻¹) at y % yield. */
const dichromateKg = (v: { m: number; p: number; y: number }) => ((v.m * v.p) / 100) * (v.y / 100) * (294 / 224);

const oxidantFor = (v: { r: number; o: number }) => (REDUCTANTS_DB[v.r]![1] === 1 ? 2 : v.o % 2);
const oxidantMol = (v: { r: number; o: number; n: number }) => (v.n * REDUCTANTS_DB[v.r]![2]) / OXIDANTS_DB[oxidantFor(v)]![3];

/** Chromate ⇌ dichromate at pH: percentage of all Cr present as Cr₂O₇²⁻ (K = 4.2 × 10¹⁴, 2CrO₄²⁻ + 2H⁺ ⇌ Cr₂O₇²⁻ + H₂O). */
const CR_K = 4.2e14;
const dichromatePct = (v: { C: number; pH: number }) => {
  const a = 2 * CR_K * 10 ** (-2 * v.pH);
  const x = (-1 + Math.sqrt(1 + 4 * a * v.C)) / (2 * a);
  return (100 * (v.C - x)) / v.C;
};

const ROMAN = ['0', 'I', 'II', 'III', 'IV', 'V', 'VI'] as const;
const MULT = ['', '', 'di', 'tri', 'tetra', 'penta', 'hexa'] as const;
const MULT_COMPLEX = ['', '', 'bis', 'tris', 'tetrakis'] as const;
/** Counter-ion count and complex charge from the formula: the counter ion's subscript before or after the bracket. */
function complexCharge(i: number): number {
  const [tex, , , counter] = NAMED_COMPLEXES[i]!;
  if (!counter) return 0;
  const m = counter[2] > 0 ? /^[A-Za-z]+_?(\d*)\[/.exec(tex) : /\]([A-Za-z]+O_4|[A-Za-z]+)_?(\d*)$/.exec(tex);
  const n = Number((counter[2] > 0 ? m?.[1] : m?.[2]) || 1);
  return -counter[2] * n;
}
const oxOf = (i: number) => complexCharge(i) - NAMED_COMPLEXES[i]![2].reduce((s, [l, n]) => s + LIG[l]![1] * n, 0);
/** IUPAC name with optional slips: ox state one up (0) or down (6), -ate misuse, formula order, old ligand names, di/tri for bis/tris, charge for ox state (5). */
export function complexName(i: number, slip = -1): string {
  const [, metal, ligs, counter] = NAMED_COMPLEXES[i]!;
  const q = complexCharge(i);
  const order = slip === 2 ? [...ligs] : [...ligs].sort((a, b) => LIG[a[0]]![0].localeCompare(LIG[b[0]]![0]));
  const parts = order.map(([l, n]) => {
    const [name, , complex] = LIG[l]!;
    const nm = slip === 3 ? (OLD_NAMES[name] ?? name) : name;
    return complex && slip !== 4 ? `${MULT_COMPLEX[n]}(${nm})` : `${n > 1 ? MULT[n] : ''}${nm}`;
  });
  const anionic = slip === 1 ? q >= 0 : q < 0;
  const ox = slip === 0 ? oxOf(i) + (oxOf(i) >= 6 ? -1 : 1) : slip === 6 ? (oxOf(i) === 0 ? 2 : oxOf(i) - 1) : oxOf(i);
  const lig = parts.join('');
  const core = `${lig}${lig.endsWith('-N') ? '-' : ''}${METALS[metal]![anionic ? 1 : 0]}(${slip === 5 ? (q > 0 ? `+${q}` : q < 0 ? String(q) : '0') : ROMAN[ox]})`;
  if (!counter) return core;
  return counter[2] > 0 ? `${counter[0]} ${core}` : `${core} ${counter[0]}`;
}

const wernerIonisable = (v: { i: number; x: number }) => { const [, ox, , xs] = WERNER[v.i]!; const y = xs[v.x % xs.length]!; return ox - (6 - y); };
const wernerMass = (v: { i: number; x: number }) => { const [, , M, xs] = WERNER[v.i]!; return M + 17 * xs[v.x % xs.length]!; };
const wernerValue = (v: { i: number; x: number; m: number; w: number }) => (v.w === 0 ? (v.m / wernerMass(v)) * wernerIonisable(v) * 143.4 : 1 + wernerIonisable(v));

export function isomerStatements(v: Record<string, number>): { en: string; hi: string }[] {
  return [0, 1, 2, 3].map((j) => {
    const [f, g] = CHELATE_TYPES[v[`c${j}`]!]!;
    const t = v[`t${j}`]!;
    const s = v[`s${j}`]!;
    const who = `${GEOM[g][0]} $\\mathrm{[${f}]}$`;
    const whoHi = `${GEOM[g][1]} $\\mathrm{[${f}]}$`;
    if (t === 0) return { en: `The ${who} has ${s} geometrical isomer(s).`, hi: `${whoHi} के ${s} ज्यामितीय समावयवी हैं।` };
    if (t === 1) return { en: `The ${who} has ${s} stereoisomer(s) in all.`, hi: `${whoHi} के कुल ${s} त्रिविम समावयवी हैं।` };
    return s ? { en: `The ${who} has an optically active form.`, hi: `${whoHi} का एक प्रकाशिक सक्रिय रूप है।` } : { en: `No form of the ${who} is optically active.`, hi: `${whoHi} का कोई रूप प्रकाशिक सक्रिय नहीं है।` };
  });
}
const chelateTrue = (c: number, t: number) => { const [, , G, S] = CHELATE_TYPES[c]!; return t === 0 ? G : t === 1 ? S : Number(S > G); };

const transitionGenerators: GeneratorDef[] = [
  formula({ id: 'c.db.highest-oxidation-state', subject: C, concepts: ['C.DB.CONFIG'], difficulty: 2,
    vars: { i: range(0, HIGHEST_OX.length - 1), w: range(0, 1) },
    text: (v) => { const [e, z] = HIGHEST_OX[v.i]!; return v.w === 0 ? `What is the highest oxidation state shown by ${e} ($Z = ${z}$)?` : `How many d electrons remain on ${e} ($Z = ${z}$) in its highest oxidation state?`; }, unit: '',
    answer: (v) => (v.w === 0 ? HIGHEST_OX[v.i]![2] : dLeft(v.i)),
    // The most common state (+2 or +3), the group number read off without the ns electrons, one more than the maximum; for d electrons the neutral atom's count.
    mistakes: (v) => { const [, z, ox] = HIGHEST_OX[v.i]!; const g = z <= 30 ? z - 18 : z <= 48 ? z - 36 : z - 68; return v.w === 0 ? [ox === 2 ? 3 : 2, ox - 1, ox + 1, g - 2, 8].filter((x) => x > 0 && x <= 8 && x !== ox) : [g - 2, g, dLeft(v.i) + 1, dLeft(v.i) + 2, 10 - dLeft(v.i)].filter((x) => x >= 0 && x <= 10 && x !== dLeft(v.i)); },
    solution: (v) => { const [e, z, ox, oxide] = HIGHEST_OX[v.i]!; const g = z <= 30 ? z - 18 : z <= 48 ? z - 36 : z - 68; return `${e} is in group ${g}, with ${g} electrons in its (n−1)d and ns orbitals. Up to group 7 (and Ru, Os in group 8) all of them can be used: highest state +${ox}, as in $\\mathrm{${oxide}}$${e === 'Fe' ? '; Fe stops at +6 because the rising 3d nuclear charge holds the later electrons' : e === 'Zn' ? '; Zn keeps its full 3d¹⁰ and shows only +2' : ''}; ${dLeft(v.i)} d electron(s) remain.`; },
    hi: { text: (v) => { const [e, z] = HIGHEST_OX[v.i]!; return v.w === 0 ? `${e} ($Z = ${z}$) द्वारा प्रदर्शित उच्चतम ऑक्सीकरण अवस्था क्या है?` : `अपनी उच्चतम ऑक्सीकरण अवस्था में ${e} ($Z = ${z}$) पर कितने d इलेक्ट्रॉन शेष रहते हैं?`; },
      solution: (v) => { const [e, z, ox, oxide] = HIGHEST_OX[v.i]!; const g = z <= 30 ? z - 18 : z <= 48 ? z - 36 : z - 68; return `${e} वर्ग ${g} में है, (n−1)d और ns कक्षकों में ${g} इलेक्ट्रॉन। वर्ग 7 तक (और वर्ग 8 के Ru, Os) सभी उपयोग हो सकते हैं: उच्चतम अवस्था +${ox}, जैसे $\\mathrm{${oxide}}$ में${e === 'Fe' ? '; Fe +6 पर रुकता है क्योंकि बढ़ता 3d नाभिकीय आवेश बाद के इलेक्ट्रॉनों को बाँधे रखता है' : e === 'Zn' ? '; Zn अपना पूर्ण 3d¹⁰ रखता है और केवल +2 दर्शाता है' : ''}; ${dLeft(v.i)} d इलेक्ट्रॉन शेष।`; } },
    result: [0, 10] }),
  {
    id: 'c.db.matching-ion', subject: C, concepts: ['C.DB.CONFIG', 'C.DB.MAGNETIC'], difficulty: 3,
    build(rng) {
      const w = rng.int(0, 1);
      const key = (k: number) => (w === 0 ? dOf(k) : unpaired(dOf(k)));
      const all = TM_IONS.map((_, k) => k);
      const targets = all.filter((t) => all.some((k) => TM_IONS[k]![0] !== TM_IONS[t]![0] && key(k) === key(t)));
      const t = rng.pick(targets);
      const good = rng.pick(all.filter((k) => TM_IONS[k]![0] !== TM_IONS[t]![0] && key(k) === key(t)));
      const bad = rng.shuffle(all.filter((k) => key(k) !== key(t) && k !== t));
      const seen = new Set<number>();
      const wrong = bad.filter((k) => { if (seen.has(key(k))) return false; seen.add(key(k)); return true; }).slice(0, 3);
      const what = w === 0 ? ['the same number of 3d electrons', '3d इलेक्ट्रॉनों की समान संख्या'] : ['the same number of unpaired electrons (high spin)', 'अयुग्मित इलेक्ट्रॉनों की समान संख्या (उच्च प्रचक्रण)'];
      const detail = [t, good, ...wrong].map((k) => `${ionTex(k)} d${dOf(k)} (${unpaired(dOf(k))} unpaired)`).join(', ');
      return choice({
        params: { w, t, good, ...Object.fromEntries(wrong.map((k, j) => [`x${j}`, k])) },
        text: `Which ion has ${what[0]} as ${ionTex(t)}?`, correct: ionTex(good), distractors: wrong.map(ionTex),
        solution: `A 3d ion $\\mathrm{M^{n+}}$ loses its 4s electrons first: d count $= Z - 18 - n$. ${detail}.`,
        hi: { text: `किस आयन में ${ionTex(t)} के बराबर ${what[1]} है?`, solution: `3d आयन $\\mathrm{M^{n+}}$ पहले 4s इलेक्ट्रॉन खोता है: d संख्या $= Z - 18 - n$। ${detail}।` },
      });
    },
  },
  formula({ id: 'c.db.lanthanoid-ion-electrons', subject: C, concepts: ['C.DB.CONFIG', 'C.DB.MAGNETIC'], difficulty: 3,
    vars: { i: range(0, LN_IONS.length - 1), w: range(0, 1) },
    text: (v) => `How many ${v.w === 0 ? '4f electrons does' : 'unpaired electrons does'} ${lnTex(v.i)} ($Z = ${LN_IONS[v.i]![1]}$) have?`, unit: '',
    answer: (v) => (v.w === 0 ? fCount(v.i) : fCount(v.i) <= 7 ? fCount(v.i) : 14 - fCount(v.i)),
    // The neutral atom's 4f count, one electron too many (the 5d electron forgotten), the 3d rule (10 − n) for more than half-filled.
    mistakes: (v) => { const f = fCount(v.i); const z = LN_IONS[v.i]![1]; const u = f <= 7 ? f : 14 - f; return (v.w === 0 ? [z - 56, f + 1, f - 1, 14 - f] : [f, u + 1, u - 1, 10 - f]).filter((x) => x >= 0 && x <= 14); },
    solution: (v) => { const f = fCount(v.i); return `Lanthanoid atoms are [Xe]4fⁿ6s² (La, Ce, Gd, Lu keep one 5d electron); ions lose 6s first, then 5d, then 4f: ${lnTex(v.i)} is [Xe]4f$^{${f}}$, with ${f <= 7 ? f : 14 - f} unpaired electron(s) over seven 4f orbitals.`; },
    hi: { text: (v) => `${lnTex(v.i)} ($Z = ${LN_IONS[v.i]![1]}$) में कितने ${v.w === 0 ? '4f इलेक्ट्रॉन' : 'अयुग्मित इलेक्ट्रॉन'} हैं?`,
      solution: (v) => { const f = fCount(v.i); return `लैन्थेनाइड परमाणु [Xe]4fⁿ6s² होते हैं (La, Ce, Gd, Lu में एक 5d इलेक्ट्रॉन); आयन पहले 6s, फिर 5d, फिर 4f खोते हैं: ${lnTex(v.i)} = [Xe]4f$^{${f}}$, सात 4f कक्षकों में ${f <= 7 ? f : 14 - f} अयुग्मित इलेक्ट्रॉन।`; } },
    result: [0, 14] }),
  formula({ id: 'c.db.moment-to-oxidation-state', subject: C, concepts: ['C.DB.MAGNETIC', 'C.DB.CONFIG'], difficulty: 3,
    vars: { e: range(0, MOMENT_STATES.length - 1), s: range(0, 2) },
    text: (v) => { const [el, z, qs] = MOMENT_STATES[v.e]!; const q = qs[v.s % qs.length]!; const n = unpairedAt(z, q); return `In a high-spin complex, an ion of ${el} ($Z = ${z}$) has a spin-only magnetic moment of ${n === 0 ? '0 BM (it is diamagnetic)' : `${muText(n)} BM`}. What is the oxidation state of ${el} in it?`; }, unit: '',
    answer: (v) => { const qs = MOMENT_STATES[v.e]![2]; return qs[v.s % qs.length]!; },
    // The number of unpaired electrons reported, the element's other common states, the d count.
    mistakes: (v) => { const [, z, qs] = MOMENT_STATES[v.e]!; const q = qs[v.s % qs.length]!; return [...qs.filter((x) => x !== q), unpairedAt(z, q), z - 18 - q, q + 1, q - 1].filter((x) => x > 0 && x <= 7 && x !== q); },
    solution: (v) => { const [el, z, qs] = MOMENT_STATES[v.e]!; const q = qs[v.s % qs.length]!; const n = unpairedAt(z, q); return `$\\mu = \\sqrt{n(n + 2)}$ BM gives n = ${n} unpaired electrons. ${el}: ${qs.map((x) => `+${x} → d${z - 18 - x} (${unpairedAt(z, x)} unpaired)`).join(', ')}; so +${q}.`; },
    hi: { text: (v) => { const [el, z, qs] = MOMENT_STATES[v.e]!; const q = qs[v.s % qs.length]!; const n = unpairedAt(z, q); return `एक उच्च-प्रचक्रण संकुल में ${el} ($Z = ${z}$) के आयन का प्रचक्रण-मात्र चुंबकीय आघूर्ण ${n === 0 ? '0 BM (प्रतिचुंबकीय)' : `${muText(n)} BM`} है। इसमें ${el} की ऑक्सीकरण अवस्था क्या है?`; },
      solution: (v) => { const [el, z, qs] = MOMENT_STATES[v.e]!; const q = qs[v.s % qs.length]!; const n = unpairedAt(z, q); return `$\\mu = \\sqrt{n(n + 2)}$ BM से n = ${n} अयुग्मित इलेक्ट्रॉन। ${el}: ${qs.map((x) => `+${x} → d${z - 18 - x} (${unpairedAt(z, x)} अयुग्मित)`).join(', ')}; अतः +${q}।`; } },
    result: [1, 4] }),
  {
    id: 'c.db.colourless-ion', subject: C, concepts: ['C.DB.MAGNETIC', 'C.DB.CONFIG'], difficulty: 2,
    build(rng) {
      const w = rng.int(0, 1);
      const all = TM_IONS.map((_, k) => k);
      const plain = all.filter((k) => dOf(k) === 0 || dOf(k) === 10);
      const coloured = all.filter((k) => dOf(k) > 0 && dOf(k) < 10);
      const [oddPool, restPool] = w === 0 ? [plain, coloured] : [coloured, plain];
      const odd = rng.pick(oddPool);
      const rest = rng.shuffle(restPool).slice(0, 3);
      const detail = [odd, ...rest].map((k) => `${ionTex(k)} d${dOf(k)}`).join(', ');
      return choice({
        params: { w, odd, ...Object.fromEntries(rest.map((k, j) => [`r${j}`, k])) },
        text: `Which of these ions is ${w === 0 ? 'colourless' : 'coloured'} in aqueous solution?`, correct: ionTex(odd), distractors: rest.map(ionTex),
        solution: `Colour needs a d–d transition, so an empty (d⁰) or full (d¹⁰) 3d shell gives a colourless ion: ${detail}.`,
        hi: { text: `इनमें से कौन-सा आयन जलीय विलयन में ${w === 0 ? 'रंगहीन' : 'रंगीन'} है?`, solution: `रंग के लिए d–d संक्रमण आवश्यक है, अतः रिक्त (d⁰) या पूर्ण (d¹⁰) 3d कोश वाला आयन रंगहीन होता है: ${detail}।` },
      });
    },
  },
  {
    id: 'c.db.magnetic-statements', subject: C, concepts: ['C.DB.MAGNETIC', 'C.DB.CONFIG'], difficulty: 5,
    build(rng) {
      const v: Record<string, number> = {};
      const n = TM_IONS.length;
      // Four different first ions keep the four statements distinct.
      const firsts = rng.shuffle(TM_IONS.map((_, x) => x)).slice(0, 4);
      for (let j = 0; j < 4; j++) {
        const k = rng.int(0, 3);
        const a = firsts[j]!;
        let b = rng.int(0, n - 1);
        if (k === 1 && rng.int(0, 1) === 0) b = rng.pick(TM_IONS.map((_, x) => x).filter((x) => x !== a && unpaired(dOf(x)) === unpaired(dOf(a)))) ?? b;
        if (b === a) b = (a + 1) % n;
        const real = unpaired(dOf(a));
        Object.assign(v, { [`k${j}`]: k, [`a${j}`]: a, [`b${j}`]: b, [`s${j}`]: rng.int(0, 1) === 0 ? real : real === 5 ? 4 : real + 1 });
      }
      if (![0, 1, 2, 3].some((j) => magneticTruth(v, j))) { v.k0 = 2; v.s0 = unpaired(dOf(v.a0!)); }
      const st = magneticStatements(v);
      const ions = [...new Set([0, 1, 2, 3].flatMap((j) => [v[`a${j}`]!, v[`b${j}`]!]))];
      const detail = ions.map((k) => `${ionTex(k)} d${dOf(k)}, ${unpaired(dOf(k))} unpaired, ${muText(unpaired(dOf(k)))} BM`).join('; ');
      return multi({
        params: v, text: 'Which of the following statements about spin-only magnetic moments ($\\mu = \\sqrt{n(n+2)}$ BM, high-spin ions) is/are correct?',
        options: st.map((s, j) => ({ text: s.en, correct: magneticTruth(v, j) })),
        solution: `d count $= Z - 18 - $ charge; n unpaired by Hund's rule: ${detail}.`,
        hi: { text: 'प्रचक्रण-मात्र चुंबकीय आघूर्णों ($\\mu = \\sqrt{n(n+2)}$ BM, उच्च-प्रचक्रण आयन) के बारे में निम्नलिखित में से कौन-सा/से कथन सही है/हैं?', options: st.map((s) => s.hi), solution: `d संख्या $= Z - 18 - $ आवेश; हुंड नियम से n अयुग्मित: ${ions.map((k) => `${ionTex(k)} d${dOf(k)}, ${unpaired(dOf(k))} अयुग्मित, ${muText(unpaired(dOf(k)))} BM`).join('; ')}।` },
      });
    },
  },
  formula({ id: 'c.db.chromite-to-dichromate', subject: C, concepts: ['C.DB.COMPOUNDS', 'C.BASIC.STOICH'], difficulty: 4,
    vars: { m: [100, 224, 500, 1000], p: [40, 45, 50, 60, 70], y: [70, 80, 90, 100] },
    text: (v) => `Chromite ore containing ${v.p} % $\\mathrm{FeCr_2O_4}$ (M = 224 g mol⁻¹) is fused with $\\mathrm{Na_2CO_3}$ in air ($\\mathrm{4FeCr_2O_4 + 8Na_2CO_3 + 7O_2 \\to 8Na_2CrO_4 + 2Fe_2O_3 + 8CO_2}$), acidified ($\\mathrm{2Na_2CrO_4 + 2H^+ \\to Na_2Cr_2O_7 + 2Na^+ + H_2O}$) and treated with KCl. What mass of $\\mathrm{K_2Cr_2O_7}$ (M = 294 g mol⁻¹, kg) do ${v.m} kg of ore give at an overall yield of ${v.y} %?`, unit: 'kg',
    answer: dichromateKg,
    // One dichromate per two chromite (Cr count halved), two per chromite, the ore's purity ignored, the yield ignored.
    mistakes: (v) => [dichromateKg(v) / 2, dichromateKg(v) * 2, dichromateKg(v) / (v.p / 100), dichromateKg(v) / (v.y / 100) * (v.y === 100 ? 1.5 : 1)],
    sig: 3,
    solution: (v) => `Cr is conserved: each $\\mathrm{FeCr_2O_4}$ carries 2 Cr and each $\\mathrm{K_2Cr_2O_7}$ takes 2 Cr, so 1 mol ore → 1 mol dichromate. Ore: $\\frac{${v.m} \\times ${v.p / 100}}{224}$ kmol; $\\mathrm{K_2Cr_2O_7} = $ that $\\times 294 \\times ${v.y / 100}$ kg.`,
    hi: { text: (v) => `${v.p} % $\\mathrm{FeCr_2O_4}$ (M = 224 g mol⁻¹) युक्त क्रोमाइट अयस्क को वायु में $\\mathrm{Na_2CO_3}$ के साथ संगलित किया जाता है ($\\mathrm{4FeCr_2O_4 + 8Na_2CO_3 + 7O_2 \\to 8Na_2CrO_4 + 2Fe_2O_3 + 8CO_2}$), अम्लीकृत किया जाता है ($\\mathrm{2Na_2CrO_4 + 2H^+ \\to Na_2Cr_2O_7 + 2Na^+ + H_2O}$) और KCl से उपचारित किया जाता है। ${v.y} % समग्र लब्धि पर ${v.m} kg अयस्क से $\\mathrm{K_2Cr_2O_7}$ (M = 294 g mol⁻¹) का कितना द्रव्यमान (kg) प्राप्त होगा?`,
      solution: (v) => `Cr संरक्षित रहता है: प्रत्येक $\\mathrm{FeCr_2O_4}$ में 2 Cr और प्रत्येक $\\mathrm{K_2Cr_2O_7}$ में 2 Cr, अतः 1 मोल अयस्क → 1 मोल डाइक्रोमेट। अयस्क: $\\frac{${v.m} \\times ${v.p / 100}}{224}$ kmol; $\\mathrm{K_2Cr_2O_7} = $ वह $\\times 294 \\times ${v.y / 100}$ kg।` },
    result: [30, 1000] }),
  formula({ id: 'c.db.pyrolusite-to-permanganate', subject: C, concepts: ['C.DB.COMPOUNDS', 'C.REDOX.BALANCE'], difficulty: 4,
    vars: { w: range(0, 1), m: [10, 25, 50, 87, 100], p: [60, 70, 75, 80, 87, 90] },
    text: (v) => `Pyrolusite containing ${v.p} % $\\mathrm{MnO_2}$ (M = 87 g mol⁻¹) is fused with KOH in air ($\\mathrm{2MnO_2 + 4KOH + O_2 \\to 2K_2MnO_4 + 2H_2O}$) and the manganate is then ${v.w === 0 ? 'acidified, where it disproportionates ($\\mathrm{3MnO_4^{2-} + 4H^+ \\to 2MnO_4^- + MnO_2 + 2H_2O}$)' : 'oxidised electrolytically ($\\mathrm{MnO_4^{2-} \\to MnO_4^- + e^-}$)'}. What mass of $\\mathrm{KMnO_4}$ (M = 158 g mol⁻¹, kg) can ${v.m} kg of the ore give, without recycling any $\\mathrm{MnO_2}$?`, unit: 'kg',
    answer: (v) => ((v.m * v.p) / 100 / 87) * 158 * (v.w === 0 ? 2 / 3 : 1),
    // Disproportionation ignored (or assumed in the electrolytic route), the ore's purity ignored, half the manganese taken as lost.
    mistakes: (v) => { const full = ((v.m * v.p) / 100 / 87) * 158; return v.w === 0 ? [full, full / 3, (full * 2) / 3 / (v.p / 100), full / 2] : [(full * 2) / 3, full / (v.p / 100), full / 2, full / 3]; },
    sig: 3,
    solution: (v) => `Mn is followed atom by atom: ${v.m} kg ore holds $\\frac{${v.m} \\times ${v.p / 100}}{87}$ kmol Mn, all of it reaching $\\mathrm{K_2MnO_4}$. ${v.w === 0 ? 'In acid, Mn(VI) → Mn(VII) loses one electron and Mn(VI) → Mn(IV) gains two, so two of every three Mn end as $\\mathrm{MnO_4^-}$ (×⅔).' : 'Electrolytic oxidation turns every manganate into permanganate.'} Multiply by 158 kg kmol⁻¹.`,
    hi: { text: (v) => `${v.p} % $\\mathrm{MnO_2}$ (M = 87 g mol⁻¹) युक्त पाइरोलुसाइट को वायु में KOH के साथ संगलित किया जाता है ($\\mathrm{2MnO_2 + 4KOH + O_2 \\to 2K_2MnO_4 + 2H_2O}$) और फिर मैंगनेट को ${v.w === 0 ? 'अम्लीकृत किया जाता है, जहाँ यह असमानुपातित होता है ($\\mathrm{3MnO_4^{2-} + 4H^+ \\to 2MnO_4^- + MnO_2 + 2H_2O}$)' : 'विद्युत-अपघटनी विधि से ऑक्सीकृत किया जाता है ($\\mathrm{MnO_4^{2-} \\to MnO_4^- + e^-}$)'}। किसी $\\mathrm{MnO_2}$ के पुनःचक्रण के बिना ${v.m} kg अयस्क से $\\mathrm{KMnO_4}$ (M = 158 g mol⁻¹) का कितना द्रव्यमान (kg) प्राप्त हो सकता है?`,
      solution: (v) => `Mn का परमाणु-दर-परमाणु अनुसरण: ${v.m} kg अयस्क में $\\frac{${v.m} \\times ${v.p / 100}}{87}$ kmol Mn, सब $\\mathrm{K_2MnO_4}$ तक पहुँचता है। ${v.w === 0 ? 'अम्ल में Mn(VI) → Mn(VII) एक इलेक्ट्रॉन खोता है और Mn(VI) → Mn(IV) दो ग्रहण करता है, अतः हर तीन में से दो Mn $\\mathrm{MnO_4^-}$ बनते हैं (×⅔)।' : 'विद्युत-अपघटनी ऑक्सीकरण हर मैंगनेट को परमैंगनेट बनाता है।'} 158 kg kmol⁻¹ से गुणा कीजिए।` },
    result: [5, 170] }),
  formula({ id: 'c.db.oxidant-moles', subject: C, concepts: ['C.DB.COMPOUNDS', 'C.REDOX.BALANCE'], difficulty: 3,
    vars: { r: range(0, REDUCTANTS_DB.length - 1), o: range(0, 1), n: [1, 2, 3, 5] },
    text: (v) => `How many moles of ${OXIDANTS_DB[oxidantFor(v)]![1]} $\\mathrm{${OXIDANTS_DB[oxidantFor(v)]![0]}}$ are needed to oxidise ${v.n} mol of $\\mathrm{${REDUCTANTS_DB[v.r]![0]}}$ completely?`, unit: 'mol',
    answer: oxidantMol,
    // Only one part of a double reductant counted, the n-factors inverted, the acid-medium n-factor of KMnO₄ used in neutral medium (or the reverse).
    mistakes: (v) => { const [, , e] = REDUCTANTS_DB[v.r]!; const ox = OXIDANTS_DB[oxidantFor(v)]![3]; return [(v.n * (e === 3 ? 1 : e === 1 ? 2 : 1)) / ox, (v.n * ox) / e, (v.n * e) / (ox === 3 ? 5 : ox === 5 ? 3 : 5), v.n / ox, (v.n * e) / (ox + 1)]; },
    sig: 3,
    solution: (v) => { const [f, , e, what] = REDUCTANTS_DB[v.r]!; const [of, , , ox] = OXIDANTS_DB[oxidantFor(v)]!; return `Electrons lost by $\\mathrm{${f}}$: ${what}, ${e} per formula unit. $\\mathrm{${of}}$ gains ${ox} per formula unit (${ox === 5 ? 'MnO₄⁻ → Mn²⁺' : ox === 6 ? 'Cr₂O₇²⁻ → 2Cr³⁺' : 'MnO₄⁻ → MnO₂'}). Moles $= \\frac{${v.n} \\times ${e}}{${ox}}$.`; },
    hi: { text: (v) => `$\\mathrm{${REDUCTANTS_DB[v.r]![0]}}$ के ${v.n} मोल को पूर्णतः ऑक्सीकृत करने के लिए ${OXIDANTS_DB[oxidantFor(v)]![2]} $\\mathrm{${OXIDANTS_DB[oxidantFor(v)]![0]}}$ के कितने मोल चाहिए?`,
      solution: (v) => { const [f, , e, what] = REDUCTANTS_DB[v.r]!; const [of, , , ox] = OXIDANTS_DB[oxidantFor(v)]!; return `$\\mathrm{${f}}$ द्वारा खोए इलेक्ट्रॉन: ${what}, प्रति सूत्र इकाई ${e}। $\\mathrm{${of}}$ प्रति सूत्र इकाई ${ox} ग्रहण करता है। मोल $= \\frac{${v.n} \\times ${e}}{${ox}}$।`; } },
    result: [0.1, 14] }),
  formula({ id: 'c.db.chromate-dichromate-equilibrium', subject: C, concepts: ['C.DB.COMPOUNDS', 'C.EQ.KC'], difficulty: 5,
    vars: { C: [0.01, 0.02, 0.05, 0.1], pH: [5.5, 6, 6.5, 7, 7.5] },
    text: (v) => `For $\\mathrm{2CrO_4^{2-} + 2H^+ \\rightleftharpoons Cr_2O_7^{2-} + H_2O}$, $K = \\frac{[\\mathrm{Cr_2O_7^{2-}}]}{[\\mathrm{CrO_4^{2-}}]^2[\\mathrm{H^+}]^2} = 4.2 \\times 10^{14}$. A solution with total chromium ${v.C} mol L⁻¹ (as chromate plus dichromate) is buffered at pH ${v.pH}. What percentage of the chromium is present as dichromate?`, unit: '%',
    answer: dichromatePct,
    // Dichromate ions counted instead of Cr atoms, [H⁺] not squared, the chromate concentration taken as the total (no mass balance).
    mistakes: (v) => { const a = 2 * CR_K * 10 ** (-2 * v.pH); const x = (-1 + Math.sqrt(1 + 4 * a * v.C)) / (2 * a); const h1 = 2 * CR_K * 10 ** -v.pH; const x1 = (-1 + Math.sqrt(1 + 4 * h1 * v.C)) / (2 * h1); return percentMistakes(dichromatePct(v), [(100 * (v.C - x)) / 2 / v.C, (100 * (v.C - x1)) / v.C, 100 * a * v.C, 100 - dichromatePct(v)]); },
    sig: 4,
    solution: (v) => `Let $[\\mathrm{CrO_4^{2-}}] = x$; then $[\\mathrm{Cr_2O_7^{2-}}] = K[\\mathrm{H^+}]^2x^2$ with $K[\\mathrm{H^+}]^2 = 4.2 \\times 10^{14} \\times 10^{-${2 * v.pH}}$. Chromium balance: $x + 2K[\\mathrm{H^+}]^2x^2 = ${v.C}$ — a quadratic in x; the dichromate share of Cr is $\\frac{${v.C} - x}{${v.C}} \\times 100$. Lower pH pushes chromium into dichromate (orange), higher pH into chromate (yellow).`,
    hi: { text: (v) => `$\\mathrm{2CrO_4^{2-} + 2H^+ \\rightleftharpoons Cr_2O_7^{2-} + H_2O}$ के लिए $K = \\frac{[\\mathrm{Cr_2O_7^{2-}}]}{[\\mathrm{CrO_4^{2-}}]^2[\\mathrm{H^+}]^2} = 4.2 \\times 10^{14}$। कुल क्रोमियम ${v.C} mol L⁻¹ (क्रोमेट व डाइक्रोमेट मिलाकर) वाला विलयन pH ${v.pH} पर उभय-प्रतिरोधित है। क्रोमियम का कितना प्रतिशत डाइक्रोमेट के रूप में है?`,
      solution: (v) => `माना $[\\mathrm{CrO_4^{2-}}] = x$; तब $[\\mathrm{Cr_2O_7^{2-}}] = K[\\mathrm{H^+}]^2x^2$, $K[\\mathrm{H^+}]^2 = 4.2 \\times 10^{14} \\times 10^{-${2 * v.pH}}$। क्रोमियम संतुलन: $x + 2K[\\mathrm{H^+}]^2x^2 = ${v.C}$ — x में द्विघात; Cr का डाइक्रोमेट भाग $\\frac{${v.C} - x}{${v.C}} \\times 100$। कम pH पर क्रोमियम डाइक्रोमेट (नारंगी) में, अधिक pH पर क्रोमेट (पीला) में जाता है।` },
    result: [0.5, 99] }),
  {
    id: 'c.co.iupac-name', subject: C, concepts: ['C.CO.NOMENCLATURE'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, NAMED_COMPLEXES.length - 1);
      const correct = complexName(i);
      const wrong = [...new Set(rng.shuffle([0, 1, 2, 3, 4, 5, 6]).map((s) => complexName(i, s)))].filter((x) => x !== correct);
      const [tex] = NAMED_COMPLEXES[i]!;
      return choice({
        params: { i }, text: `What is the IUPAC name of $\\mathrm{${tex}}$?`, correct, distractors: wrong,
        solution: `Ligands in alphabetical order (multiplying prefixes ignored; bis/tris for names like ethane-1,2-diamine), anionic ligands end in -ido/-ato, then the metal with its oxidation state in Roman numerals (+${oxOf(i)} from the charge balance); an anionic complex takes the -ate form of the metal; the cation is named first: ${correct}.`,
        hi: { text: `$\\mathrm{${tex}}$ का IUPAC नाम क्या है?`, solution: `लिगन्ड वर्णानुक्रम में (गुणक पूर्वलग्न छोड़कर; ethane-1,2-diamine जैसे नामों के लिए bis/tris), ऋणायनी लिगन्ड -ido/-ato पर समाप्त, फिर धातु और रोमन अंकों में उसकी ऑक्सीकरण अवस्था (आवेश संतुलन से +${oxOf(i)}); ऋणायनी संकुल में धातु का -ate रूप; धनायन का नाम पहले: ${correct}।` },
      });
    },
  },
  formula({ id: 'c.co.werner-silver-chloride', subject: C, concepts: ['C.CO.NOMENCLATURE', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { i: range(0, WERNER.length - 1), x: range(0, 3), m: [0.5, 1, 1.5, 2], w: range(0, 1) },
    text: (v) => { const [mt, ox, , xs] = WERNER[v.i]!; const y = xs[v.x % xs.length]!; return `The complex $\\mathrm{${mt}Cl_${ox}\\cdot ${y}NH_3}$ (coordination number 6, molar mass ${sig(wernerMass(v))} g mol⁻¹) is dissolved in water. ${v.w === 0 ? `What mass of AgCl (g, M = 143.4 g mol⁻¹) is precipitated from ${v.m} g of it by excess $\\mathrm{AgNO_3}$?` : 'How many ions does one formula unit give in solution?'}`; }, unit: '',
    answer: wernerValue,
    // Every Cl taken as ionisable, only the NH₃-free Cl counted, the complex ion not counted among the ions.
    mistakes: (v) => { const ox = WERNER[v.i]![1]; const ion = wernerIonisable(v); const mol = v.m / wernerMass(v); return v.w === 0 ? [mol * ox * 143.4, mol * (ox - ion) * 143.4, mol * (ion + 1) * 143.4, mol * ion * 108].filter((x) => x > 0) : [ion, ox + 1, ion + 2, 2 * ion + 1].filter((x) => x > 0 && x !== ion + 1); },
    sig: 3,
    solution: (v) => { const [mt, , , xs] = WERNER[v.i]!; const y = xs[v.x % xs.length]!; return `Six positions: ${y} $\\mathrm{NH_3}$ + ${6 - y} Cl inside, so the compound is $\\mathrm{[${mt}(NH_3)_{${y}}Cl_{${6 - y}}]Cl_{${wernerIonisable(v)}}}$: ${wernerIonisable(v)} ionisable Cl⁻ ${v.w === 0 ? `→ AgCl $= \\frac{${v.m}}{${sig(wernerMass(v))}} \\times ${wernerIonisable(v)} \\times 143.4$ g` : `plus the complex ion → ${1 + wernerIonisable(v)} ions`}.`; },
    hi: { text: (v) => { const [mt, ox, , xs] = WERNER[v.i]!; const y = xs[v.x % xs.length]!; return `संकुल $\\mathrm{${mt}Cl_${ox}\\cdot ${y}NH_3}$ (उपसहसंयोजन संख्या 6, मोलर द्रव्यमान ${sig(wernerMass(v))} g mol⁻¹) जल में घोला जाता है। ${v.w === 0 ? `इसके ${v.m} g से आधिक्य $\\mathrm{AgNO_3}$ द्वारा कितना AgCl (g, M = 143.4 g mol⁻¹) अवक्षेपित होगा?` : 'एक सूत्र इकाई विलयन में कितने आयन देती है?'}`; },
      solution: (v) => { const [mt, , , xs] = WERNER[v.i]!; const y = xs[v.x % xs.length]!; return `छह स्थान: ${y} $\\mathrm{NH_3}$ + ${6 - y} Cl भीतर, अतः यौगिक $\\mathrm{[${mt}(NH_3)_{${y}}Cl_{${6 - y}}]Cl_{${wernerIonisable(v)}}}$: ${wernerIonisable(v)} आयननीय Cl⁻ ${v.w === 0 ? `→ AgCl $= \\frac{${v.m}}{${sig(wernerMass(v))}} \\times ${wernerIonisable(v)} \\times 143.4$ g` : `और संकुल आयन → ${1 + wernerIonisable(v)} आयन`}।`; } },
    result: [0.1, 6] }),
  {
    id: 'c.co.structural-isomer-type', subject: C, concepts: ['C.CO.ISOMERISM'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, ISOMER_PAIRS.length - 1);
      const [a, b, t] = ISOMER_PAIRS[i]!;
      const wrong = rng.shuffle(ISOMER_TYPES.map((_, k) => k).filter((k) => k !== t));
      return choice({
        params: { i }, text: `$\\mathrm{${a}}$ and $\\mathrm{${b}}$ are related by which type of isomerism?`, correct: ISOMER_TYPES[t][0], distractors: wrong.map((k) => ISOMER_TYPES[k]![0]),
        solution: 'Ionisation isomers exchange a ligand with a counter ion (different ions in solution); hydrate isomers exchange water between the inner sphere and the lattice; linkage isomers bind an ambidentate ligand through a different atom (NO₂/ONO, SCN/NCS); coordination isomers swap ligands between the cationic and anionic complexes; geometrical isomers differ in the relative positions of the same ligands (cis/trans, fac/mer); optical isomers are non-superimposable mirror images (Δ/Λ).',
        hi: { text: `$\\mathrm{${a}}$ और $\\mathrm{${b}}$ किस प्रकार की समावयवता से संबंधित हैं?`, correct: ISOMER_TYPES[t][1], distractors: wrong.map((k) => ISOMER_TYPES[k]![1]),
          solution: 'आयनन समावयवी एक लिगन्ड का प्रति-आयन से आदान-प्रदान करते हैं; हाइड्रेट समावयवी जल को आंतरिक मंडल और जालक के बीच बदलते हैं; बंधनी समावयवी उभयदंती लिगन्ड को भिन्न परमाणु से जोड़ते हैं (NO₂/ONO, SCN/NCS); उपसहसंयोजन समावयवी धनायनी और ऋणायनी संकुलों के बीच लिगन्ड बदलते हैं; ज्यामितीय समावयवी समान लिगन्डों की आपेक्षिक स्थिति में भिन्न (cis/trans, fac/mer); प्रकाशिक समावयवी अध्यारोपित न होने वाले दर्पण प्रतिबिंब (Δ/Λ)।' },
      });
    },
  },
  {
    id: 'c.co.isomer-statements', subject: C, concepts: ['C.CO.ISOMERISM', 'C.CO.NOMENCLATURE'], difficulty: 5,
    build(rng) {
      const cs = rng.shuffle(CHELATE_TYPES.map((_, k) => k)).slice(0, 4);
      const v: Record<string, number> = {};
      cs.forEach((c, j) => {
        const t = rng.int(0, 2);
        const real = chelateTrue(c, t);
        const shown = rng.int(0, 1) === 0 ? real : t === 2 ? 1 - real : real === 1 ? 2 : real + (rng.int(0, 1) === 0 ? 1 : -1);
        Object.assign(v, { [`c${j}`]: c, [`t${j}`]: t, [`s${j}`]: shown });
      });
      if (![0, 1, 2, 3].some((j) => chelateTrue(v[`c${j}`]!, v[`t${j}`]!) === v[`s${j}`])) v.s0 = chelateTrue(v.c0!, v.t0!);
      const st = isomerStatements(v);
      const detail = cs.map((c) => { const [f, g, G, S] = CHELATE_TYPES[c]!; return `${GEOM[g][0]} $\\mathrm{[${f}]}$: ${G} geometrical, ${S} stereoisomers${S > G ? ' (chiral form present)' : ''}`; }).join('; ');
      return multi({
        params: v, text: 'Which of the following statements about isomerism is/are correct? (AA is a symmetrical bidentate ligand such as en; a, b, c, d are monodentate.)',
        options: st.map((s, j) => ({ text: s.en, correct: chelateTrue(v[`c${j}`]!, v[`t${j}`]!) === v[`s${j}`] })),
        solution: `Place the ligands on the vertices (a bidentate AA always spans two cis positions) and count arrangements that no rotation interconverts; those whose mirror image is not among them come in enantiomeric pairs: ${detail}.`,
        hi: { text: 'समावयवता के बारे में निम्नलिखित में से कौन-सा/से कथन सही है/हैं? (AA एक सममित द्विदंती लिगन्ड जैसे en; a, b, c, d एकदंती।)', options: st.map((s) => s.hi), solution: `लिगन्डों को शीर्षों पर रखिए (द्विदंती AA सदैव दो cis स्थान घेरता है) और वे व्यवस्थाएँ गिनिए जो किसी घूर्णन से एक-दूसरे में नहीं बदलतीं: ${cs.map((c) => { const [f, g, G, S] = CHELATE_TYPES[c]!; return `${GEOM[g][1]} $\\mathrm{[${f}]}$: ${G} ज्यामितीय, ${S} त्रिविम समावयवी`; }).join('; ')}।` },
      });
    },
  },
];

/** s-, p-, d-block and coordination chemistry: further question shapes. */
export const chemDepthInorganicDGenerators: GeneratorDef[] = spreadMistakes([...mainGroupGenerators, ...transitionGenerators]);
