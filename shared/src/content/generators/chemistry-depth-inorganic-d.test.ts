import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { optionSpreadProblems, realismProblems } from './chem-checks.test-util.ts';
import { SPECIES } from './chem-data.ts';
import { isomerOrbits } from './chem-isomers.test-util.ts';
import { ALLOYS, CHELATE_TYPES, HIGHEST_OX, HYDRATES, ISOMER_PAIRS, LN_IONS, MOMENT_STATES, N_OXIDES, NAMED_COMPLEXES, REDUCTANTS_DB, SILICATES, TM_IONS, WERNER, XENON_FLUORIDES } from './chem-data-inorganic.ts';
import {
  alloyH2, alMgVolume, anhydrous, bleachTitre, chemDepthInorganicDGenerators, isomerStatements, magneticStatements, nOxideStatements, xenonStatements,
} from './chemistry-depth-inorganic-d.ts';
import type { Fact } from './formula.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const MASS: Record<string, number> = { H: 1, Li: 7, K: 39, Mn: 55, P: 31, C: 12, N: 14, O: 16, Na: 23, Mg: 24, Al: 27, S: 32, Cl: 35.5, Ca: 40, Sr: 87.5, Ba: 137, Xe: 131.3, F: 19 };

/** Atom counts of a TeX formula with one level of parentheses, e.g. `Ba(OH)_2`, `Si_2O_7^{6-}` (charge dropped). */
function atomsOf(tex: string): Record<string, number> {
  const out: Record<string, number> = {};
  const body = tex.replace(/\^.*$/, '').replace(/[{}]/g, '');
  const add = (part: string, mult: number) => { for (const m of part.matchAll(/([A-Z][a-z]?)(?:_(\d+))?/g)) out[m[1]!] = (out[m[1]!] ?? 0) + mult * Number(m[2] ?? 1); };
  add(body.replace(/\(([^)]*)\)_(\d+)/g, ''), 1);
  for (const m of body.matchAll(/\(([^)]*)\)_(\d+)/g)) add(m[1]!, Number(m[2]));
  return out;
}
const molar = (tex: string) => Object.entries(atomsOf(tex)).reduce((s, [el, n]) => s + n * MASS[el]!, 0);
const chargeOf = (tex: string) => { const m = /\^\{?(\d*)([+-])\}?$/.exec(tex); return m ? Number(m[1] || 1) * (m[2] === '-' ? -1 : 1) : 0; };

const factAnswer = (id: string): AnswerCheck => ({ item }) => {
  const f = (chemDepthInorganicDGenerators.find((g) => g.id === id) as unknown as { items: readonly Fact[] }).items[item!]!;
  expect(f.wrong).not.toContain(f.a);
  expect(f.hi!.wrong).toHaveLength(f.wrong.length);
  return f.a;
};

/** Textbook orders (increasing), written out apart from the measured values the generator sorts. */
const HALOGEN_CHAINS = ['I_2 < F_2 < Br_2 < Cl_2', 'HF < HCl < HBr < HI', 'HCl < HBr < HI < HF', 'HF < HCl < HBr < HI', 'HI < HBr < HCl < HF', 'I_2 < Br_2 < Cl_2 < F_2', 'I < Br < F < Cl', 'HOCl < HClO_2 < HClO_3 < HClO_4'];

const lp = (V: number, M: number, D: number, q: number) => (V - q - M - 2 * D) / 2;
const SHAPE_NAMES = ['linear', 'square planar', 'distorted octahedral', 'trigonal pyramidal', 'square pyramidal', 'tetrahedral'];
/** Shape from (bonded atoms, lone pairs), written from the VSEPR table. */
const shapeOf = (atoms: number, pairs: number) => ({ '2,3': 'linear', '4,2': 'square planar', '6,1': 'distorted octahedral', '3,1': 'trigonal pyramidal', '5,1': 'square pyramidal', '4,0': 'tetrahedral' } as Record<string, string>)[`${atoms},${pairs}`];

/** 3d electrons of M^{q+} from the configuration [Ar]3dᵃ4s^b (Cr, Cu 4s¹), removing 4s before 3d. */
function d3(z: number, q: number): number {
  const total = z - 18;
  const s = z === 24 || z === 29 ? 1 : 2;
  const d = total - s;
  return q <= s ? d : d - (q - s);
}
/** Hund: unpaired electrons of dⁿ over five orbitals, filled one at a time. */
const hund = (n: number, orbitals = 5) => { const occ = new Array<number>(orbitals).fill(0); for (let e = 0; e < n; e++) occ[e % orbitals]!++; return occ.filter((x) => x === 1).length; };
const tmIon = (k: number) => TM_IONS[k]!;
const ionText = (k: number) => `$\\mathrm{${tmIon(k)[0]}^{${tmIon(k)[2] === 1 ? '' : tmIon(k)[2]}+}}$`;
const muOf = (n: number) => Math.sqrt(n * (n + 2));

/** IUPAC names of NAMED_COMPLEXES, written out by hand. */
const IUPAC_NAMES = [
  'hexaamminecobalt(III) chloride', 'pentaamminechloridocobalt(III) chloride', 'tetraamminedichloridocobalt(III) chloride', 'potassium hexacyanidoferrate(II)',
  'potassium hexacyanidoferrate(III)', 'diamminedichloridoplatinum(II)', 'potassium hexachloridoplatinate(IV)', 'tetraamminecopper(II) sulphate', 'sodium dicyanidoargentate(I)',
  'tetracarbonylnickel(0)', 'tris(ethane-1,2-diamine)cobalt(III) chloride', 'potassium trioxalatoaluminate(III)', 'hexaaquachromium(III) chloride',
  'pentaamminenitrito-N-cobalt(III) chloride', 'potassium tetrahydroxidozincate(II)', 'dichloridobis(ethane-1,2-diamine)cobalt(III) chloride', 'sodium tetracyanidonickelate(II)',
  'triamminetriaquachromium(III) chloride',
];

/** Oxidation-state changes per reductant formula unit: [element, atoms, from, to], written apart from the generator's electron counts. */
const REDOX_CHANGES: Record<string, [string, number, number, number][]> = {
  'FeSO_4|0': [['Fe', 1, 2, 3]], 'FeC_2O_4|0': [['Fe', 1, 2, 3], ['C', 2, 3, 4]], 'H_2C_2O_4|0': [['C', 2, 3, 4]], 'H_2O_2|0': [['O', 2, -1, 0]], 'KI|0': [['I', 1, -1, 0]],
  'H_2S|0': [['S', 1, -2, 0]], 'Na_2SO_3|0': [['S', 1, 4, 6]], 'NaNO_2|0': [['N', 1, 3, 5]], 'KI|1': [['I', 1, -1, 5]], 'Na_2S_2O_3|1': [['S', 2, 2, 6]], 'MnSO_4|1': [['Mn', 1, 2, 4]],
};
/** Electrons gained per oxidant formula unit from its Mn / Cr oxidation states. */
const OXIDANT_GAIN = [1 * (7 - 2), 2 * (6 - 3), 1 * (7 - 4)];

/** Isomerism classified from the two formulae. */
function classify(a: string, b: string): number {
  const prefix = (x: string) => /^(cis|trans|fac|mer|\\Delta|\\Lambda)/.exec(x.replace(/\\text\{-\}/g, ''))?.[1];
  if (prefix(a) && prefix(b)) return /Delta|Lambda/.test(prefix(a)!) ? 5 : 4;
  if ((a.match(/\[/g) ?? []).length === 2) return 2;
  const waterOut = (x: string) => (x.includes('\\cdot') ? Number(/\\cdot (\d*)H_2O/.exec(x)![1] || 1) : 0);
  if (waterOut(a) !== waterOut(b)) return 3;
  const inner = (x: string) => /\[(.*)\]/.exec(x)![1]!;
  const donorSwap = [['NO_2', 'ONO'], ['SCN', 'NCS']].some(([p, q]) => (inner(a).includes(p!) && inner(b).includes(q!)) || (inner(a).includes(q!) && inner(b).includes(p!)));
  return donorSwap ? 1 : 0;
}

/** Ligand letters of a complex type such as `M(AA)_2ab`: monodentate letters and bidentate count. */
function ligandsOf(type: string): { mono: string[]; chelates: number } {
  const chelates = Number(/\(AA\)_?(\d?)/.exec(type)?.[1] || (type.includes('(AA)') ? 1 : 0));
  const rest = type.replace(/^M/, '').replace(/\(AA\)(_\d)?/, '');
  const mono = [...rest.matchAll(/([a-d])(?:_(\d))?/g)].flatMap((m) => new Array<string>(Number(m[2] ?? 1)).fill(m[1]!));
  return { mono, chelates };
}

/** Orbit counts are fixed per complex type: computed once. */
const ORBITS = new Map<string, number>();
const orbits = (g: number, mono: string[], chelates: number, refl: boolean) => {
  const k = `${g}|${mono.join('')}|${chelates}|${refl}`;
  if (!ORBITS.has(k)) ORBITS.set(k, isomerOrbits(g, mono, chelates, refl));
  return ORBITS.get(k)!;
};

const checks: Record<string, AnswerCheck> = {
  // Group from Z; the oxide in the data shows the same state (M_aO_b: 2b/a; K₂FeO₄: 8 − 2).
  'c.db.highest-oxidation-state': ({ i, w }) => {
    const [e, z, , oxide] = HIGHEST_OX[i!]!;
    const group = z <= 30 ? z - 18 : z <= 48 ? z - 36 : z - 68;
    const rule = group <= 8 && e !== 'Fe' ? group : e === 'Fe' ? 6 : group - 10;
    const at = atomsOf(oxide);
    expect((2 * at.O! - (at.K ?? 0)) / at[e]!).toBe(rule);
    return w === 0 ? rule : group - rule;
  },
  'c.db.matching-ion': ({ w, t, good }) => {
    const key = (k: number) => { const [, z, q] = tmIon(k); return w === 0 ? d3(z, q) : hund(d3(z, q)); };
    expect(key(good!)).toBe(key(t!));
    return ionText(good!);
  },
  // 4f count: the Xe core (54) and the charge taken from Z (no 5d or 6s electron is left in an Ln ion).
  'c.db.lanthanoid-ion-electrons': ({ i, w }) => { const [, z, q] = LN_IONS[i!]!; const f = z - 54 - q; return w === 0 ? f : hund(f, 7); },
  'c.db.moment-to-oxidation-state': ({ e, s }) => {
    const [, z, qs] = MOMENT_STATES[e!]!;
    const shown = muOf(hund(d3(z, qs[s! % qs.length]!))).toFixed(2);
    const hits = qs.filter((q) => muOf(hund(d3(z, q))).toFixed(2) === shown);
    expect(hits).toHaveLength(1);
    return hits[0]!;
  },
  'c.db.colourless-ion': ({ w, odd }) => { const [, z, q] = tmIon(odd!); const d = d3(z, q); expect(w === 0 ? d % 10 === 0 : d % 10 !== 0).toBe(true); return ionText(odd!); },
  'c.db.magnetic-statements': (p) => magneticStatements(p).filter((_, j) => {
    const mu = (k: number) => { const [, z, q] = tmIon(k); return muOf(hund(d3(z, q))); };
    const a = p[`a${j}`]!;
    const b = p[`b${j}`]!;
    const [, z, q] = tmIon(a);
    return [mu(a) > mu(b) + 1e-9, Math.abs(mu(a) - mu(b)) < 1e-9, hund(d3(z, q)) === p[`s${j}`], Math.abs(mu(a) - muOf(p[`s${j}`]!)) < 1e-9][p[`k${j}`]!];
  }).map((s) => s.en),
  // Chromium atoms followed from the ore to the dichromate.
  'c.db.chromite-to-dichromate': ({ m, p, y }) => {
    const crPerOre = atomsOf('FeCr_2O_4').Cr!;
    const crPerProduct = atomsOf('K_2Cr_2O_7').Cr!;
    return (((m! * p!) / 100 / 224) * crPerOre / crPerProduct) * 294 * (y! / 100);
  },
  // Manganese atoms followed through the fusion; in acid the split between Mn(VII) and Mn(IV) balances the electrons (bisection).
  'c.db.pyrolusite-to-permanganate': ({ w, m, p }) => {
    const mn = (m! * p!) / 100 / (MASS.Mn! + 2 * MASS.O!);
    const toVII = w === 0 ? bisect((x) => x * (7 - 6) - (1 - x) * (6 - 4), 0, 1) : 1;
    return mn * toVII * (MASS.K! + MASS.Mn! + 4 * MASS.O!);
  },
  'c.db.oxidant-moles': ({ r, o, n }) => {
    const [f, medium] = REDUCTANTS_DB[r!]!;
    const lost = REDOX_CHANGES[`${f}|${medium}`]!.reduce((t, [, k, from, to]) => t + k * (to - from), 0);
    return (n! * lost) / OXIDANT_GAIN[medium === 1 ? 2 : o! % 2]!;
  },
  // Bisection on the free chromate concentration in the chromium balance.
  'c.db.chromate-dichromate-equilibrium': ({ C, pH }) => {
    const kh = 4.2e14 * 10 ** (-2 * pH!);
    const x = bisect((c) => c + 2 * kh * c * c - C!, 0, C!);
    return (100 * 2 * kh * x * x) / C!;
  },
  'c.co.iupac-name': ({ i }) => { expect(NAMED_COMPLEXES).toHaveLength(IUPAC_NAMES.length); return IUPAC_NAMES[i!]!; },
  // Ionisable chloride from the charge balance of [M(NH₃)ᵧCl₆₋ᵧ]; masses from atomic masses.
  'c.co.werner-silver-chloride': ({ i, x, m, w }) => {
    const [metal, ox, , xs] = WERNER[i!]!;
    const y = xs[x! % xs.length]!;
    const M = ({ Co: 58.9, Cr: 52, Pt: 195.1 } as Record<string, number>)[metal]! + ox * MASS.Cl! + y * molar('NH_3');
    const free = ox - (6 - y);
    return w === 0 ? (m! / M) * free * (108 + MASS.Cl! - 0.1) : free + 1;
  },
  'c.co.structural-isomer-type': ({ i }) => { const [a, b] = ISOMER_PAIRS[i!]!; return ['ionisation', 'linkage', 'coordination', 'hydrate (solvate)', 'geometrical', 'optical'][classify(a, b)]!; },
  // Orbits of ligand arrangements (bidentates on cis edges) under rotations / rotations and reflections.
  'c.co.isomer-statements': (p) => isomerStatements(p).filter((_, j) => {
    const [type, g] = CHELATE_TYPES[p[`c${j}`]!]!;
    const { mono, chelates } = ligandsOf(type);
    const G = orbits(g, mono, chelates, true);
    const S = orbits(g, mono, chelates, false);
    return [G, S, Number(S > G)][p[`t${j}`]!] === p[`s${j}`];
  }).map((s) => s.en),

  // Bisection on the mass fraction: H₂ from each metal at valency/2 mol per mol.
  'c.sblock.alloy-hydrogen': ({ i, m, p }) => {
    const [[a, , z1], [b, , z2]] = ALLOYS[i!]!;
    const h2 = (f: number) => ((m! * f) / MASS[a]!) * (z1 / 2) + ((m! * (1 - f)) / MASS[b]!) * (z2 / 2);
    const shown = alloyH2({ i: i!, m: m!, p: p! }) / 22400;
    return 100 * bisect((f) => h2(f) - shown, 0, 1);
  },
  'c.sblock.water-of-crystallisation': ({ i, m }) => {
    const [f, M] = HYDRATES[i!]!;
    expect(molar(f)).toBeCloseTo(M, 6);
    const dry = anhydrous({ i: i!, m: m! });
    return Math.round((m! - dry) / molar('H_2O') / (dry / molar(f)));
  },
  // Borax: every Na ends as NaCl, one HCl per Na; boric acid: one H⁺ per B once glycerol complexes it.
  // Sodium atoms from NaCl into Na₂CO₃ (or its decahydrate).
  'c.sblock.solvay-yield': ({ w, m, y }) => {
    const na = (m! / (MASS.Na! + MASS.Cl!)) * (y! / 100);
    const product = w === 0 ? 'Na_2CO_3' : 'Na_2CO_3';
    return (na / atomsOf(product).Na!) * (molar(product) + (w === 1 ? 10 * molar('H_2O') : 0));
  },
  'c.pb.borax-boric-acid-titration': ({ w, m, c }) => (w === 0 ? ((m! / 382) * atomsOf('Na_2B_4O_7').Na! * 1000) / c! : ((m! / 61.8) * atomsOf('H_3BO_3').B! * 1000) / c!),
  'c.pb.al-mg-alloy-hydrogen': ({ w, m, p }) => {
    const shown = alMgVolume({ w: w!, m: m!, p: p! }) / 22400;
    const h2 = (f: number) => (3 / 2) * ((m! * f) / 27) + (w === 1 ? (m! * (1 - f)) / 24 : 0);
    return 100 * bisect((f) => h2(f) - shown, 0, 1);
  },
  'c.pb.group-13-facts': factAnswer('c.pb.group-13-facts'),
  'c.pb.silicate-structure': ({ i, w }) => {
    const [, , n, , f] = SILICATES[i!]!;
    const o = atomsOf(f).O!;
    expect(atomsOf(f).Si).toBe(n);
    return w === 0 ? -chargeOf(f) : w === 1 ? o : 4 * n - o;
  },
  // Euler's formula with a 3-regular cage: solve p + h = F, 5p + 6h = 2E.
  'c.pb.fullerene-euler': ({ n, w }) => {
    const E = (3 * n!) / 2;
    const F = 2 - n! + E;
    const h = 2 * E - 5 * F;
    return [h, E, F - h, n! / 2][w!]!;
  },
  // Moles of each gas (volumes at fixed T and P) followed through the absorber or the coke bed; bisection on the CO₂ fraction.
  'c.pb.co-co2-mixture': ({ w, V, p }) => {
    const after = (f: number) => (w === 0 ? V! * (1 - f) : V! * (1 - f) + 2 * V! * f);
    const shown = Number((w === 0 ? V! * (1 - p! / 100) : V! * (1 + p! / 100)).toPrecision(6));
    return 100 * bisect((f) => after(f) - shown, 0, 1);
  },
  // Electron balance of the disproportionation: x P atoms to −3, the rest to +1 (bisection), from 4 P per P₄.
  'c.pb.phosphine-from-white-phosphorus': ({ w, m }) => {
    const toPH3 = bisect((x) => 3 * x - (4 - x) * 1, 0, 4);
    const mol = m! / (4 * 31);
    return w === 0 ? mol * toPH3 * 22400 : mol * (4 - toPH3) * molar('NaH_2PO_2');
  },
  // Sulphur atoms from FeS₂ into H₂SO₄.
  'c.pb.pyrite-to-sulphuric-acid': ({ m, p, y }) => ((((m! * p!) / 100 / 120) * atomsOf('FeS_2').S!) * molar('H_2SO_4') * (y! / 100)) / 0.98,
  // Electrons: 5 per Mn, 1 per Cl⁻ oxidised; HCl from the chlorine atoms in all products.
  'c.pb.chlorine-from-permanganate': ({ w, m }) => {
    const mol = m! / 158;
    const cl2 = (mol * 5) / 2;
    const hcl = mol * atomsOf('KCl').Cl! + mol * atomsOf('MnCl_2').Cl! + 2 * cl2;
    return w === 0 ? cl2 * 22400 : hcl * 36.5;
  },
  'c.pb.nitrogen-oxides-statements': (p) => nOxideStatements(p).filter((_, k) => {
    const f = N_OXIDES[p[`o${k}`]!]![0];
    const { N, O } = atomsOf(f) as { N: number; O: number };
    const t = p[`t${k}`]!;
    const real = t === 0 ? (2 * O) / N : t === 1 ? (5 * N + 6 * O) % 2 : Number(['N_2O', 'NO'].includes(f));
    return real === p[`s${k}`];
  }).map((s) => s.en),
  // Nitrogen followed through repeated passes of the absorber: each pass turns ⅔ of the NO₂ into acid and returns ⅓ as NO.
  // Electrons lost by Cu (0 → +2) taken up by N(+5) going to +4 (NO₂) or +2 (NO).
  'c.pb.copper-nitric-acid': ({ w, m }) => ((m! / 63.5) * 2) / (5 - (w === 0 ? 4 : 2)) * 22400,
  'c.pb.ostwald-nitric-acid': ({ w, m, y }) => {
    let no2 = ((m! * 1000) / molar('NH_3')) * (y! / 100);
    let acid = 0;
    for (let pass = 0; pass < (w === 0 ? 80 : 1); pass++) { acid += (2 / 3) * no2; no2 /= 3; }
    return (acid * molar('HNO_3')) / 1000;
  },
  // Electrons: each thiosulphate gives one; O₃ → O₂ + O²⁻ takes two.
  'c.pb.ozone-iodometry': ({ w, t, c, V }) => { const ml = ((t! * c!) / 2) * 22.4; return w === 0 ? ml : (100 * ml) / V!; },
  'c.pb.oleum-labelling': ({ w, L, f }) => (w === 0 ? 100 * bisect((x) => 100 + (x * 100 * molar('H_2O')) / molar('SO_3') - L!, 0, 1) : 100 + (f! / molar('SO_3')) * molar('H_2O')),
  'c.pb.bleaching-powder-chlorine': ({ m, p, c }) => {
    const electrons = (bleachTitre({ m: m!, p: p!, c: c! }) * c!) / 1000;
    return (100 * ((electrons / 2) * 71 * 10)) / m!;
  },
  'c.pb.halogen-property-order': ({ k }) => HALOGEN_CHAINS[k!]!.split(' < ').map((f) => `$\\mathrm{${f}}$`).join(' < '),
  // HF from fluorine conservation; O₂ from the electrons Xe gains (product split as in the equation).
  'c.pb.xenon-fluoride-hydrolysis': ({ j, w, m, c }) => {
    const jj = w === 1 ? j! % 2 : j!;
    const [n, M] = XENON_FLUORIDES[jj]!;
    const toXe = [1, 4 / 6, 0][jj]!;
    const mmol = (m! * 1000) / M;
    if (w === 0) return (mmol * n) / c!;
    const gained = toXe * n - (1 - toXe) * (6 - n);
    return ((mmol * gained) / 4) * 22.4;
  },
  'c.pb.xenon-fluoride-formula': ({ n, r, e, w }) => {
    const f2 = (n! * r!) / 2;
    const k = (2 * f2) / (r! + e! - e!);
    return w === 0 ? k : r! * (MASS.Xe! + k * MASS.F!);
  },
  'c.pb.xenon-compound-statements': (p) => {
    const xe = SPECIES.filter((s) => s.group === 18);
    return xenonStatements(p).filter((_, j) => {
      const s = xe[p[`x${j}`]!]!;
      const pairs = lp(s.V, s.M, s.D, s.charge);
      const t = p[`t${j}`]!;
      const shown = p[`s${j}`]!;
      if (t === 0) return shown === pairs;
      if (t === 1) return SHAPE_NAMES[shown] === shapeOf(s.M + s.D, pairs);
      if (t === 2) return shown === s.M * 1 + s.D * 2 + s.charge;
      return shown === pairs + s.M + s.D;
    }).map((s) => s.en);
  },
};

describe('chemistry inorganic depth d: s-, p-, d-block and coordination', () => {
  it('has a check for every generator', () => {
    expect(chemDepthInorganicDGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthInorganicDGenerators, SEEDS)).toEqual([]);
  });
  it('no option shown in % leaves (0, 100] on 2000 seeds, and no two numeric options lie within 2 % of each other on 220', () => {
    expect(optionSpreadProblems(chemDepthInorganicDGenerators, 2000, 220)).toEqual([]);
  });
  for (const gen of chemDepthInorganicDGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
