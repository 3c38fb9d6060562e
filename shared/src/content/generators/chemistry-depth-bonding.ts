import { SPECIES, stericNumber } from './chem-data.ts';
import { formula, range } from './formula.ts';
import { choice, multi, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;

/** Homo- and heteronuclear diatomics of the first two periods: LaTeX, total electrons. */
export const DIATOMICS = [
  ['H_2^+', 1], ['H_2', 2], ['He_2^+', 3], ['Li_2', 6], ['B_2', 10], ['C_2', 12], ['CN', 13], ['N_2^+', 13], ['N_2', 14], ['CO', 14], ['NO^+', 14],
  ['CN^-', 14], ['C_2^{2-}', 14], ['N_2^-', 15], ['NO', 15], ['O_2^+', 15], ['O_2', 16], ['O_2^-', 17], ['O_2^{2-}', 18], ['F_2', 18],
] as const;
/**
 * MO occupation for N electrons: σ1s σ*1s σ2s σ*2s, then π2p before σ2p up to 14 electrons (s–p
 * mixing in B₂, C₂, N₂ and their isoelectronic species), σ2p before π2p beyond; then π*2p, σ*2p.
 */
export function molecularOrbitals(N: number): { bondOrder: number; unpaired: number } {
  const mixed = N <= 14;
  // [capacity, bonding?, degenerate orbitals]
  const levels: [number, boolean, number][] = [[2, true, 1], [2, false, 1], [2, true, 1], [2, false, 1], ...(mixed ? [[4, true, 2], [2, true, 1]] as [number, boolean, number][] : [[2, true, 1], [4, true, 2]] as [number, boolean, number][]), [4, false, 2], [2, false, 1]];
  let left = N;
  let bonding = 0;
  let anti = 0;
  let unpaired = 0;
  for (const [cap, b, orbitals] of levels) {
    const e = Math.min(cap, left);
    left -= e;
    if (b) bonding += e;
    else anti += e;
    unpaired += e <= orbitals ? e : 2 * orbitals - e;
  }
  return { bondOrder: (bonding - anti) / 2, unpaired };
}
const dia = (i: number) => DIATOMICS[i] as readonly [string, number];

/** Isoelectronic series (ions with Z), each ordered as listed. */
export const ISOELECTRONIC = [
  [['N^{3-}', 7], ['O^{2-}', 8], ['F^-', 9], ['Na^+', 11], ['Mg^{2+}', 12], ['Al^{3+}', 13]],
  [['P^{3-}', 15], ['S^{2-}', 16], ['Cl^-', 17], ['K^+', 19], ['Ca^{2+}', 20]],
  [['Se^{2-}', 34], ['Br^-', 35], ['Rb^+', 37], ['Sr^{2+}', 38]],
] as const;

/** Species for average oxidation states: LaTeX, element asked, the value (exact fraction). */
export const AVG_OX = [
  ['Fe_3O_4', 'Fe', 8 / 3], ['Pb_3O_4', 'Pb', 8 / 3], ['Mn_3O_4', 'Mn', 8 / 3], ['S_4O_6^{2-}', 'S', 2.5], ['S_2O_3^{2-}', 'S', 2], ['C_3O_2', 'C', 4 / 3],
  ['C_3H_8', 'C', -8 / 3], ['KO_2', 'O', -0.5], ['Br_3O_8', 'Br', 16 / 3], ['HN_3', 'N', -1 / 3], ['C_2H_5OH', 'C', -2], ['Fe_{0.94}O', 'Fe', 2 / 0.94],
  ['C_4H_{10}', 'C', -2.5], ['Na_2S_4O_6', 'S', 2.5],
] as const;
const avg = (i: number) => AVG_OX[i] as readonly [string, string, number];
/** Atoms of the asked element per formula and the formula's net charge: the two things a student drops. */
const AVG_OX_COUNTS = [3, 3, 3, 4, 2, 3, 3, 2, 3, 3, 2, 0.94, 4, 4];
const AVG_OX_CHARGE = [0, 0, 0, -2, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** Redox equations with their smallest whole-number coefficients (reactants, then products). */
export const REDOX = [
  { r: [['MnO_4^-', 1], ['Fe^{2+}', 5], ['H^+', 8]], p: [['Mn^{2+}', 1], ['Fe^{3+}', 5], ['H_2O', 4]], medium: 'acid' },
  { r: [['MnO_4^-', 2], ['C_2O_4^{2-}', 5], ['H^+', 16]], p: [['Mn^{2+}', 2], ['CO_2', 10], ['H_2O', 8]], medium: 'acid' },
  { r: [['Cr_2O_7^{2-}', 1], ['Fe^{2+}', 6], ['H^+', 14]], p: [['Cr^{3+}', 2], ['Fe^{3+}', 6], ['H_2O', 7]], medium: 'acid' },
  { r: [['Cr_2O_7^{2-}', 1], ['I^-', 6], ['H^+', 14]], p: [['Cr^{3+}', 2], ['I_2', 3], ['H_2O', 7]], medium: 'acid' },
  { r: [['MnO_4^-', 2], ['I^-', 6], ['H_2O', 4]], p: [['MnO_2', 2], ['I_2', 3], ['OH^-', 8]], medium: 'base' },
  { r: [['Cu', 3], ['NO_3^-', 2], ['H^+', 8]], p: [['Cu^{2+}', 3], ['NO', 2], ['H_2O', 4]], medium: 'acid' },
  { r: [['MnO_4^-', 2], ['SO_3^{2-}', 5], ['H^+', 6]], p: [['Mn^{2+}', 2], ['SO_4^{2-}', 5], ['H_2O', 3]], medium: 'acid' },
  { r: [['MnO_4^-', 2], ['H_2O_2', 5], ['H^+', 6]], p: [['Mn^{2+}', 2], ['O_2', 5], ['H_2O', 8]], medium: 'acid' },
  { r: [['Cr_2O_7^{2-}', 1], ['H_2S', 3], ['H^+', 8]], p: [['Cr^{3+}', 2], ['S', 3], ['H_2O', 7]], medium: 'acid' },
  { r: [['Zn', 4], ['NO_3^-', 1], ['H^+', 10]], p: [['Zn^{2+}', 4], ['NH_4^+', 1], ['H_2O', 3]], medium: 'acid' },
] as const;

/** Complexes for the effective atomic number: LaTeX, metal Z, oxidation state, coordination number. */
export const EAN_COMPLEXES = [
  ['[Fe(CN)_6]^{4-}', 26, 2, 6], ['[Fe(CN)_6]^{3-}', 26, 3, 6], ['[Co(NH_3)_6]^{3+}', 27, 3, 6], ['[Ni(CO)_4]', 28, 0, 4], ['[Fe(CO)_5]', 26, 0, 5],
  ['[Cr(CO)_6]', 24, 0, 6], ['[Cu(NH_3)_4]^{2+}', 29, 2, 4], ['[Zn(NH_3)_4]^{2+}', 30, 2, 4], ['[Ag(NH_3)_2]^+', 47, 1, 2], ['[PtCl_6]^{2-}', 78, 4, 6],
  ['[Ni(CN)_4]^{2-}', 28, 2, 4], ['[Co(en)_3]^{3+}', 27, 3, 6], ['[Fe(C_2O_4)_3]^{3-}', 26, 3, 6], ['[PtCl_4]^{2-}', 78, 2, 4], ['[Cr(NH_3)_6]^{3+}', 24, 3, 6],
] as const;
const ean = (i: number) => { const [, Z, ox, cn] = EAN_COMPLEXES[i]!; return Z - ox + 2 * cn; };

/** Octahedral complexes of monodentate ligands: type, stereoisomers (optical counted), geometrical isomers. */
export const OCTAHEDRAL_TYPES = [
  ['Ma_4b_2', 2, 2], ['Ma_3b_3', 2, 2], ['Ma_4bc', 2, 2], ['Ma_3b_2c', 3, 3], ['Ma_2b_2c_2', 6, 5], ['Ma_3bcd', 5, 4], ['Ma_2b_2cd', 8, 6], ['Ma_2bcde', 15, 9], ['Mabcdef', 30, 15],
] as const;

/**
 * Oxoacids with their bond counts from the structures: formula, [X–OH, X=O, X–H, X–O–X, O–O, X–X]
 * (X the central element), oxidation state of X.
 */
export const OXOACIDS_P = [
  ['H_3PO_4', [3, 1, 0, 0, 0, 0], 5], ['H_3PO_3', [2, 1, 1, 0, 0, 0], 3], ['H_3PO_2', [1, 1, 2, 0, 0, 0], 1], ['H_4P_2O_7', [4, 2, 0, 1, 0, 0], 5],
  ['H_4P_2O_6', [4, 2, 0, 0, 0, 1], 4], ['(HPO_3)_3', [3, 3, 0, 3, 0, 0], 5], ['H_4P_2O_5', [2, 2, 2, 1, 0, 0], 3],
] as const;
export const OXOACIDS_S = [
  ['H_2SO_3', [2, 1, 0, 0, 0, 0], 4], ['H_2SO_4', [2, 2, 0, 0, 0, 0], 6], ['H_2S_2O_7', [2, 4, 0, 1, 0, 0], 6], ['H_2S_2O_8', [2, 4, 0, 0, 1, 0], 6],
  ['H_2SO_5', [1, 2, 0, 0, 1, 0], 6], ['H_2S_2O_6', [2, 4, 0, 0, 0, 1], 5], ['H_2S_2O_4', [2, 2, 0, 0, 0, 1], 3],
] as const;
/** Halogen oxoacids: formula, X=O bonds, oxidation state of X, lone pairs on X. */
export const OXOACIDS_X = [
  ['HOCl', 0, 1, 3], ['HClO_2', 1, 3, 2], ['HClO_3', 2, 5, 1], ['HClO_4', 3, 7, 0], ['HOBr', 0, 1, 3], ['HBrO_3', 2, 5, 1], ['HBrO_4', 3, 7, 0], ['HIO_3', 2, 5, 1], ['HIO_4', 3, 7, 0],
] as const;
const BOND_NAMES = [['X–OH bonds', 'X–OH आबंध'], ['X=O bonds', 'X=O आबंध'], ['X–H bonds', 'X–H आबंध'], ['X–O–X linkages', 'X–O–X बंधन'], ['O–O (peroxide) linkages', 'O–O (परॉक्साइड) बंधन'], ['X–X bonds', 'X–X आबंध']] as const;

/** VSEPR shapes by (bonded atoms, lone pairs) on the central atom, English and Hindi. */
const SHAPES: Record<string, [string, string]> = {
  '2,0': ['linear', 'रैखिक'], '3,0': ['trigonal planar', 'त्रिकोणीय समतलीय'], '2,1': ['bent (V-shaped)', 'बंकित (V-आकार)'], '4,0': ['tetrahedral', 'चतुष्फलकीय'],
  '3,1': ['trigonal pyramidal', 'त्रिकोणीय पिरामिडी'], '2,2': ['bent (V-shaped)', 'बंकित (V-आकार)'], '5,0': ['trigonal bipyramidal', 'त्रिकोणीय द्विपिरामिडी'],
  '4,1': ['see-saw', 'सी-सॉ'], '3,2': ['T-shaped', 'T-आकार'], '2,3': ['linear', 'रैखिक'], '6,0': ['octahedral', 'अष्टफलकीय'], '5,1': ['square pyramidal', 'वर्ग पिरामिडी'],
  '4,2': ['square planar', 'वर्ग समतलीय'], '7,0': ['pentagonal bipyramidal', 'पंचकोणीय द्विपिरामिडी'], '6,1': ['distorted octahedral', 'विकृत अष्टफलकीय'],
};
const SHAPE_LIST = [...new Map(Object.values(SHAPES).map((s) => [s[0], s])).values()];

/** Counting question over an oxoacid table (one generator per p-block group). */
function oxoacidCounts(id: string, concept: string, element: string, table: readonly (readonly [string, readonly number[], number])[], asks: readonly number[]): GeneratorDef {
  return {
    id, subject: C, concepts: [concept, 'C.BOND.COVALENT'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, table.length - 1);
      const k = rng.pick(asks);
      const [f, counts] = table[i]!;
      const value = counts[k]!;
      const [en, hi] = BOND_NAMES[k]!;
      const what = en.replace(/X/g, element);
      const whatHi = hi.replace(/X/g, element);
      const ionisable = counts[0]!;
      // Every H counted as acidic; the X=O and X–OH counts swapped; one bridge or bond miscounted.
      const hydrogens = Number(/^\(?H_?(\d*)/.exec(f)?.[1] || 1) * (f.startsWith('(') ? 3 : 1);
      return num({
        params: { i, k }, text: `How many ${what} are there in one molecule of $\\mathrm{${f}}$?`, value, unit: '',
        mistakes: [k === 0 ? hydrogens : counts[0]!, counts[1]!, value + 1, Math.max(0, value - 1), value + 2],
        solution: `Draw the structure: ${element} (oxidation state ${table[i]![2]}) carries ${counts[0]} OH, ${counts[1]} =O${counts[2] ? `, ${counts[2]} H directly bonded (not ionisable)` : ''}${counts[3] ? `, ${counts[3]} ${element}–O–${element} bridge(s)` : ''}${counts[4] ? `, ${counts[4]} O–O bridge` : ''}${counts[5] ? `, ${counts[5]} ${element}–${element} bond` : ''}. Only the ${ionisable} O–H hydrogens are acidic.`,
        hi: { text: `$\\mathrm{${f}}$ के एक अणु में कितने ${whatHi} हैं?`, solution: `संरचना बनाइए: ${element} (ऑक्सीकरण अवस्था ${table[i]![2]}) पर ${counts[0]} OH, ${counts[1]} =O${counts[2] ? `, ${counts[2]} सीधे जुड़े H (आयनन योग्य नहीं)` : ''}${counts[3] ? `, ${counts[3]} ${element}–O–${element} सेतु` : ''}${counts[4] ? `, ${counts[4]} O–O सेतु` : ''}${counts[5] ? `, ${counts[5]} ${element}–${element} आबंध` : ''}। केवल ${ionisable} O–H हाइड्रोजन अम्लीय हैं।` },
        result: [0, 4],
      });
    },
  };
}

/** Bonding, periodicity, redox, coordination and p-block oxoacids: further question shapes. */
export const chemDepthBondingGenerators: GeneratorDef[] = [
  {
    id: 'c.bond.mot-statements', subject: C, concepts: ['C.BOND.MOT', 'C.DB.MAGNETIC'], difficulty: 4,
    build(rng) {
      const i = rng.int(0, DIATOMICS.length - 1);
      const [x, N] = dia(i);
      const m = molecularOrbitals(N);
      // Bond lengths are compared only within one pair of nuclei (O₂⁺/O₂/O₂⁻…): across different atoms
      // bond order alone does not order lengths (H₂⁺, bond order ½, is shorter than CN).
      const family = (f: string) => f.replace(/\^.*$/, '');
      const partners = DIATOMICS.map((_, k) => k).filter((k) => family(dia(k)[0]) === family(x) && molecularOrbitals(dia(k)[1]).bondOrder !== m.bondOrder);
      const j = partners.length ? rng.pick(partners) : -1;
      const stateBO = rng.int(0, 1) === 1 ? m.bondOrder : m.bondOrder === 0.5 ? 1 : m.bondOrder + rng.pick([-0.5, 0.5] as const);
      const stateU = rng.int(0, 1) === 1 ? m.unpaired : m.unpaired === 0 ? 2 : m.unpaired - 1;
      const y = j >= 0 ? dia(j)[0] : '';
      const third = j >= 0
        ? { text: `$\\mathrm{${x}}$ has a longer bond than $\\mathrm{${y}}$.`, hi: `$\\mathrm{${x}}$ का आबंध $\\mathrm{${y}}$ से लंबा है।`, correct: m.bondOrder < molecularOrbitals(dia(j)[1]).bondOrder }
        : { text: `Removing one electron from $\\mathrm{${x}}$ raises its bond order.`, hi: `$\\mathrm{${x}}$ से एक इलेक्ट्रॉन हटाने पर उसकी आबंध कोटि बढ़ती है।`, correct: molecularOrbitals(N - 1).bondOrder > m.bondOrder };
      const options = [
        { text: `$\\mathrm{${x}}$ is paramagnetic.`, hi: `$\\mathrm{${x}}$ अनुचुंबकीय है।`, correct: m.unpaired > 0 },
        { text: `The bond order of $\\mathrm{${x}}$ is ${stateBO}.`, hi: `$\\mathrm{${x}}$ की आबंध कोटि ${stateBO} है।`, correct: stateBO === m.bondOrder },
        third,
        { text: `$\\mathrm{${x}}$ has ${stateU} unpaired electron(s).`, hi: `$\\mathrm{${x}}$ में ${stateU} अयुग्मित इलेक्ट्रॉन हैं।`, correct: stateU === m.unpaired },
      ];
      if (!options.some((o) => o.correct)) options[1] = { text: `The bond order of $\\mathrm{${x}}$ is ${m.bondOrder}.`, hi: `$\\mathrm{${x}}$ की आबंध कोटि ${m.bondOrder} है।`, correct: true };
      const order = N <= 14 ? 'σ1s σ*1s σ2s σ*2s π2p σ2p π*2p σ*2p (s–p mixing up to 14 electrons)' : 'σ1s σ*1s σ2s σ*2s σ2p π2p π*2p σ*2p';
      const orderHi = N <= 14 ? 'σ1s σ*1s σ2s σ*2s π2p σ2p π*2p σ*2p (14 इलेक्ट्रॉनों तक s–p मिश्रण)' : 'σ1s σ*1s σ2s σ*2s σ2p π2p π*2p σ*2p';
      return multi({
        params: { i, j, stateBO, stateU },
        text: `According to molecular orbital theory, which statements about $\\mathrm{${x}}$ are correct?`,
        options: options.map((o) => ({ text: o.text, correct: o.correct })),
        solution: `$\\mathrm{${x}}$ has ${N} electrons; fill ${order}. Bond order $= \\frac{N_b - N_a}{2} = ${m.bondOrder}$ with ${m.unpaired} unpaired electron(s); ${j >= 0 ? `$\\mathrm{${y}}$ has bond order ${molecularOrbitals(dia(j)[1]).bondOrder}; for the same two nuclei a higher bond order means a shorter bond.` : `without one electron the bond order would be ${molecularOrbitals(N - 1).bondOrder}.`}`,
        hi: { text: `आण्विक कक्षक सिद्धांत के अनुसार $\\mathrm{${x}}$ के बारे में कौन-से कथन सही हैं?`, solution: `$\\mathrm{${x}}$ में ${N} इलेक्ट्रॉन हैं; क्रम ${orderHi} में भरिए। आबंध कोटि $= \\frac{N_b - N_a}{2} = ${m.bondOrder}$, ${m.unpaired} अयुग्मित इलेक्ट्रॉन; ${j >= 0 ? `$\\mathrm{${y}}$ की आबंध कोटि ${molecularOrbitals(dia(j)[1]).bondOrder} है; समान दो नाभिकों के लिए अधिक आबंध कोटि का अर्थ छोटा आबंध है।` : `एक इलेक्ट्रॉन कम होने पर आबंध कोटि ${molecularOrbitals(N - 1).bondOrder} होती।`}`, options: options.map((o) => o.hi) },
      });
    },
  },
  {
    id: 'c.per.isoelectronic-radii', subject: C, concepts: ['C.PER.TRENDS', 'C.ATOM.CONFIG'], difficulty: 2,
    build(rng) {
      const s = rng.int(0, ISOELECTRONIC.length - 1);
      const set = ISOELECTRONIC[s]!;
      const picked = rng.shuffle(set.map((_, k) => k)).slice(0, 4).sort((a, b) => a - b);
      const ions = picked.map((k) => set[k]!);
      const show = (list: readonly (readonly [string, number])[]) => list.map(([f]) => `$\\mathrm{${f}}$`).join(' < ');
      const increasing = [...ions].sort((a, b) => b[1] - a[1]);
      const wrongs = [show([...increasing].reverse()), show([...ions].sort((a, b) => Math.abs(chargeOf(a[0])) - Math.abs(chargeOf(b[0])))), show([increasing[1]!, increasing[0]!, increasing[2]!, increasing[3]!]), show([increasing[0]!, increasing[1]!, increasing[3]!, increasing[2]!])];
      const electrons = ions[0]![1] - chargeOf(ions[0]![0]);
      return choice({
        params: { s, a: picked[0]!, b: picked[1]!, c: picked[2]!, d: picked[3]! },
        text: `Arrange the isoelectronic species ${ions.map(([f]) => `$\\mathrm{${f}}$`).join(', ')} in order of increasing ionic radius.`,
        correct: show(increasing), distractors: [...new Set(wrongs)].filter((w) => w !== show(increasing)),
        solution: `All have ${electrons} electrons; the one with more protons pulls the same electron cloud closer, so radius falls as $Z$ rises: ${increasing.map(([f, z]) => `$\\mathrm{${f}}$ (Z = ${z})`).join(', ')}.`,
        hi: { text: `समइलेक्ट्रॉनी स्पीशीज़ ${ions.map(([f]) => `$\\mathrm{${f}}$`).join(', ')} को आयनिक त्रिज्या के बढ़ते क्रम में व्यवस्थित कीजिए।`, solution: `सभी में ${electrons} इलेक्ट्रॉन हैं; अधिक प्रोटॉन वाला आयन उसी इलेक्ट्रॉन मेघ को अधिक पास खींचता है, अतः $Z$ बढ़ने पर त्रिज्या घटती है: ${increasing.map(([f, z]) => `$\\mathrm{${f}}$ (Z = ${z})`).join(', ')}।` },
      });
    },
  },
  formula({ id: 'c.redox.average-oxidation-state', subject: C, concepts: ['C.REDOX.OXSTATE'], difficulty: 3,
    vars: { i: range(0, AVG_OX.length - 1) },
    text: (v) => `Find the average oxidation state of ${avg(v.i)[1]} in $\\mathrm{${avg(v.i)[0]}}$.`, unit: '',
    answer: (v) => avg(v.i)[2],
    // The total instead of the average, the ion's charge ignored, a rounded value, one unit off.
    mistakes: (v) => [avg(v.i)[2] * AVG_OX_COUNTS[v.i]!, avg(v.i)[2] - AVG_OX_CHARGE[v.i]! / AVG_OX_COUNTS[v.i]!, Math.round(avg(v.i)[2]), avg(v.i)[2] + 1, avg(v.i)[2] - 1].filter((x) => x !== avg(v.i)[2] && x >= -4 && x <= 8),
    solution: (v) => `Take H = +1, O = −2, alkali metals +1 (in $\\mathrm{KO_2}$ the oxygen is what varies) and set the sum equal to the charge (${AVG_OX_CHARGE[v.i]}): ${AVG_OX_COUNTS[v.i]}x + (others) = ${AVG_OX_CHARGE[v.i]}, so $x = ${Number(avg(v.i)[2].toFixed(4))}$. A fractional value is an average over atoms in different states.`,
    hi: { text: (v) => `$\\mathrm{${avg(v.i)[0]}}$ में ${avg(v.i)[1]} की औसत ऑक्सीकरण अवस्था ज्ञात कीजिए।`, solution: (v) => `H = +1, O = −2, क्षार धातुएँ +1 लीजिए ($\\mathrm{KO_2}$ में ऑक्सीजन ही परिवर्तित होती है) और योग को आवेश (${AVG_OX_CHARGE[v.i]}) के बराबर रखिए: ${AVG_OX_COUNTS[v.i]}x + (अन्य) = ${AVG_OX_CHARGE[v.i]}, अतः $x = ${Number(avg(v.i)[2].toFixed(4))}$। भिन्नात्मक मान भिन्न अवस्थाओं वाले परमाणुओं का औसत है।` },
    result: [-3, 6] }),
  {
    id: 'c.redox.balance-coefficient', subject: C, concepts: ['C.REDOX.BALANCE', 'C.REDOX.OXSTATE'], difficulty: 3,
    build(rng) {
      const e = rng.int(0, REDOX.length - 1);
      const eq = REDOX[e]!;
      const all = [...eq.r, ...eq.p];
      const k = rng.int(0, all.length);
      const skeleton = `${eq.r.map(([f]) => `\\mathrm{${f}}`).join(' + ')} \\to ${eq.p.map(([f]) => `\\mathrm{${f}}`).join(' + ')}`;
      const value = k === all.length ? all.reduce((s, [, c]) => s + c, 0) : all[k]![1];
      const what = k === all.length ? 'the sum of all the coefficients' : `the coefficient of $\\mathrm{${all[k]![0]}}$`;
      const whatHi = k === all.length ? 'सभी गुणांकों का योग' : `$\\mathrm{${all[k]![0]}}$ का गुणांक`;
      const balanced = `${eq.r.map(([f, c]) => `${c === 1 ? '' : c}\\mathrm{${f}}`).join(' + ')} \\to ${eq.p.map(([f, c]) => `${c === 1 ? '' : c}\\mathrm{${f}}`).join(' + ')}`;
      // Coefficients of the same equation read off the wrong species, halved/doubled sets, the sum without water.
      const water = all.find(([f]) => f === 'H_2O')?.[1] ?? 0;
      const mistakes = [...all.map(([, c]) => c), 2 * value, value + 1, value - water].filter((x) => x > 0 && x !== value);
      return num({
        params: { e, k }, text: `Balance the ionic equation $${skeleton}$ (in ${eq.medium === 'acid' ? 'acidic' : 'basic'} solution) with the smallest whole numbers. What is ${what}?`, value, unit: '', mistakes,
        solution: `Balance the electrons lost and gained (ion-electron method), then O with H₂O and H with ${eq.medium === 'acid' ? 'H⁺' : 'H₂O/OH⁻'}: $${balanced}$.`,
        hi: { text: `आयनिक समीकरण $${skeleton}$ को (${eq.medium === 'acid' ? 'अम्लीय' : 'क्षारीय'} विलयन में) सबसे छोटी पूर्ण संख्याओं से संतुलित कीजिए। ${whatHi} क्या है?`, solution: `त्यागे और ग्रहण किए गए इलेक्ट्रॉनों को संतुलित कीजिए (आयन-इलेक्ट्रॉन विधि), फिर O को H₂O से और H को ${eq.medium === 'acid' ? 'H⁺' : 'H₂O/OH⁻'} से: $${balanced}$।` },
        result: [1, 45],
      });
    },
  },
  formula({ id: 'c.co.effective-atomic-number', subject: C, concepts: ['C.CO.NOMENCLATURE', 'C.DB.CONFIG'], difficulty: 2,
    vars: { i: range(0, EAN_COMPLEXES.length - 1) },
    text: (v) => `Find the effective atomic number (EAN) of the metal in $\\mathrm{${EAN_COMPLEXES[v.i]![0]}}$ (metal Z = ${EAN_COMPLEXES[v.i]![1]}).`, unit: '',
    answer: (v) => ean(v.i),
    mistakes: (v) => { const [, Z, ox, cn] = EAN_COMPLEXES[v.i]!; return [Z + 2 * cn, Z - ox + cn, Z + ox + 2 * cn, Z - ox + 2 * cn + 2].filter((x) => x !== ean(v.i)); },
    solution: (v) => { const [, Z, ox, cn] = EAN_COMPLEXES[v.i]!; return `EAN = electrons on the metal ion + 2 per donor atom $= (${Z} - ${ox}) + 2 \\times ${cn} = ${ean(v.i)}$${ean(v.i) === 36 || ean(v.i) === 54 || ean(v.i) === 86 ? ' (the next noble gas: Sidgwick’s rule holds)' : ''}.`; },
    hi: { text: (v) => `$\\mathrm{${EAN_COMPLEXES[v.i]![0]}}$ में धातु का प्रभावी परमाणु क्रमांक (EAN) ज्ञात कीजिए (धातु का Z = ${EAN_COMPLEXES[v.i]![1]})।`, solution: (v) => { const [, Z, ox, cn] = EAN_COMPLEXES[v.i]!; return `EAN = धातु आयन के इलेक्ट्रॉन + प्रति दाता परमाणु 2 $= (${Z} - ${ox}) + 2 \\times ${cn} = ${ean(v.i)}$${ean(v.i) === 36 || ean(v.i) === 54 || ean(v.i) === 86 ? ' (अगली उत्कृष्ट गैस: सिज़विक नियम लागू)' : ''}।`; } },
    result: [30, 90] }),
  formula({ id: 'c.co.octahedral-isomer-count', subject: C, concepts: ['C.CO.ISOMERISM', 'C.ORG.ISOMERISM'], difficulty: 4,
    vars: { i: range(0, OCTAHEDRAL_TYPES.length - 1), w: range(0, 1) },
    text: (v) => `How many ${v.w === 0 ? 'stereoisomers (geometrical and optical together)' : 'geometrical isomers'} are possible for the octahedral complex $\\mathrm{[${OCTAHEDRAL_TYPES[v.i]![0]}]}$ (a–f monodentate ligands)?`, unit: '',
    answer: (v) => OCTAHEDRAL_TYPES[v.i]![v.w === 0 ? 1 : 2],
    mistakes: (v) => { const [, s, g] = OCTAHEDRAL_TYPES[v.i]!; return [v.w === 0 ? g : s, 2 * (v.w === 0 ? s : g), (v.w === 0 ? s : g) + 1, Math.max(1, (v.w === 0 ? s : g) - 1)].filter((x) => x !== (v.w === 0 ? s : g)); },
    solution: (v) => { const [t, s, g] = OCTAHEDRAL_TYPES[v.i]!; return `Place the ligands on the six vertices and count arrangements that no rotation maps onto each other: $\\mathrm{[${t}]}$ has ${s} stereoisomers; ${s - g} of its ${g} geometrical arrangements ${s - g === 1 ? 'is chiral and exists' : 'are chiral and exist'} as a pair of enantiomers${s === g ? ' (here none is chiral)' : ''}.`; },
    hi: { text: (v) => `अष्टफलकीय संकुल $\\mathrm{[${OCTAHEDRAL_TYPES[v.i]![0]}]}$ (a–f एकदंतुर लिगन्ड) के कितने ${v.w === 0 ? 'त्रिविम समावयवी (ज्यामितीय और प्रकाशिक मिलाकर)' : 'ज्यामितीय समावयवी'} संभव हैं?`, solution: (v) => { const [t, s, g] = OCTAHEDRAL_TYPES[v.i]!; return `लिगन्डों को छह शीर्षों पर रखिए और वे व्यवस्थाएँ गिनिए जो किसी घूर्णन से एक-दूसरे पर नहीं आतीं: $\\mathrm{[${t}]}$ के ${s} त्रिविम समावयवी हैं; इसकी ${g} ज्यामितीय व्यवस्थाओं में से ${s - g} काइरल हैं और प्रतिबिंबरूपी युग्म के रूप में होती हैं।`; } },
    result: [2, 30] }),
  oxoacidCounts('c.pb.phosphorus-oxoacids', 'C.PB.G15', 'P', OXOACIDS_P, [0, 1, 2, 3]),
  oxoacidCounts('c.pb.sulphur-oxoacids', 'C.PB.G16', 'S', OXOACIDS_S, [0, 1, 4, 5]),
  {
    id: 'c.pb.halogen-oxoacids', subject: C, concepts: ['C.PB.G17', 'C.BOND.VSEPR', 'C.REDOX.OXSTATE'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, OXOACIDS_X.length - 1);
      const k = rng.int(0, 2);
      const [f, dbl, ox, lp] = OXOACIDS_X[i]!;
      const X = /Cl|Br|I/.exec(f)![0];
      const value = [dbl, ox, lp][k]!;
      const what = [`${X}=O bonds`, `the oxidation state of ${X}`, `lone pairs on ${X}`][k]!;
      const whatHi = [`${X}=O आबंधों की संख्या`, `${X} की ऑक्सीकरण अवस्था`, `${X} पर एकाकी युग्मों की संख्या`][k]!;
      return num({
        params: { i, k }, text: `In $\\mathrm{${f}}$, what is ${k === 0 ? 'the number of ' : k === 2 ? 'the number of ' : ''}${what}?`, value, unit: '',
        mistakes: [[dbl + 1, ox, lp, dbl + 2], [ox - 2 > 0 ? ox - 2 : ox + 2, ox + 1, 2 * dbl, dbl + 1], [lp + 1, 4 - lp > 0 && 4 - lp !== lp ? 4 - lp : lp + 2, dbl, lp + 3]][k]!.filter((x) => x !== value && x >= 0),
        solution: `$\\mathrm{${f}}$: ${X} bonded to one OH and ${dbl} O by double bonds, oxidation state +${ox}; its 7 valence electrons give ${1 + 2 * dbl} to bonds, leaving ${lp} lone pair(s) (sp³, ${lp + 1 + dbl} electron domains).`,
        hi: { text: `$\\mathrm{${f}}$ में ${whatHi} क्या है?`, solution: `$\\mathrm{${f}}$: ${X} एक OH से और ${dbl} O से द्वि-आबंध द्वारा जुड़ा है, ऑक्सीकरण अवस्था +${ox}; इसके 7 संयोजी इलेक्ट्रॉनों में से ${1 + 2 * dbl} आबंधों में जाते हैं, ${lp} एकाकी युग्म शेष (sp³, ${lp + 1 + dbl} इलेक्ट्रॉन क्षेत्र)।` },
        result: [0, 7],
      });
    },
  },
  {
    id: 'c.bond.vsepr-shape', subject: C, concepts: ['C.BOND.VSEPR', 'C.BOND.HYBRID'], difficulty: 3,
    build(rng) {
      const i = rng.int(0, SPECIES.length - 1);
      const s = SPECIES[i]!;
      const bonded = s.M + s.D;
      const lp = stericNumber(s) - bonded;
      const [en, hi] = SHAPES[`${bonded},${lp}`]!;
      const geometry = SHAPES[`${bonded + lp},0`]!;
      // The electron-domain geometry (lone pairs counted as atoms), then other shapes.
      const wrong = [geometry, ...rng.shuffle(SHAPE_LIST)].filter((x, k, arr) => x[0] !== en && arr.findIndex((y) => y[0] === x[0]) === k).slice(0, 3);
      return choice({
        params: { i },
        text: `What is the shape of $\\mathrm{${s.formula}}$ according to VSEPR theory?`,
        correct: en, distractors: wrong.map((w) => w[0]),
        solution: `${s.central} has ${bonded} bonded atom(s) and ${lp} lone pair(s) (steric number ${bonded + lp}, electron geometry ${geometry[0]}); the shape, which counts atoms only, is ${en}.`,
        hi: { text: `VSEPR सिद्धांत के अनुसार $\\mathrm{${s.formula}}$ की आकृति क्या है?`, solution: `${s.central} पर ${bonded} आबंधित परमाणु और ${lp} एकाकी युग्म हैं (स्टेरिक संख्या ${bonded + lp}, इलेक्ट्रॉन ज्यामिति ${geometry[1]}); आकृति, जो केवल परमाणुओं को गिनती है, ${hi} है।`, correct: hi, distractors: wrong.map((w) => w[1]) },
      });
    },
  },
];

function chargeOf(f: string): number {
  const m = /\^\{?(\d*)([+-])\}?$/.exec(f);
  if (!m) return 0;
  return (m[2] === '+' ? 1 : -1) * Number(m[1] || 1);
}
