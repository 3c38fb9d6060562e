import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { SPECIES } from './chem-data.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { octahedralGroup } from './chem-isomers.test-util.ts';
import { AVG_OX, chemDepthBondingGenerators, DIATOMICS, EAN_COMPLEXES, ISOELECTRONIC, OCTAHEDRAL_TYPES, OXOACIDS_P, OXOACIDS_S, OXOACIDS_X, REDOX } from './chemistry-depth-bonding.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** Electrons into named MOs one at a time (Hund: singly across a degenerate set first). */
function fillMOs(N: number): { bo: number; unpaired: number } {
  const sets = N <= 14
    ? [['s1', 1, 1], ['s1*', 1, -1], ['s2', 1, 1], ['s2*', 1, -1], ['pi', 2, 1], ['sz', 1, 1], ['pi*', 2, -1], ['sz*', 1, -1]]
    : [['s1', 1, 1], ['s1*', 1, -1], ['s2', 1, 1], ['s2*', 1, -1], ['sz', 1, 1], ['pi', 2, 1], ['pi*', 2, -1], ['sz*', 1, -1]];
  let left = N;
  let net = 0;
  let unpaired = 0;
  for (const [, orbitals, sign] of sets as [string, number, number][]) {
    const occ = new Array<number>(orbitals).fill(0);
    for (let pass = 0; pass < 2; pass++) for (let o = 0; o < orbitals && left > 0; o++) { occ[o]! += 1; left--; }
    net += sign * occ.reduce((a, b) => a + b, 0);
    unpaired += occ.filter((x) => x === 1).length;
  }
  return { bo: net / 2, unpaired };
}

/** Shannon ionic radii (pm, coordination 6; N³⁻, P³⁻ four-coordinate estimates). */
const RADII: Record<string, number> = { 'N^{3-}': 146, 'O^{2-}': 140, 'F^-': 133, 'Na^+': 102, 'Mg^{2+}': 72, 'Al^{3+}': 53.5, 'P^{3-}': 212, 'S^{2-}': 184, 'Cl^-': 181, 'K^+': 138, 'Ca^{2+}': 100, 'Se^{2-}': 198, 'Br^-': 196, 'Rb^+': 152, 'Sr^{2+}': 118 };

/** Element counts and net charge of a LaTeX formula such as `S_4O_6^{2-}`, `Fe_{0.94}O`, `C_2H_5OH`. */
function parse(f: string): { atoms: Record<string, number>; charge: number } {
  const cm = /\^\{?(\d*)([+-])\}?$/.exec(f);
  const charge = cm ? (cm[2] === '+' ? 1 : -1) * Number(cm[1] || 1) : 0;
  const body = f.replace(/\^.*$/, '');
  const atoms: Record<string, number> = {};
  for (const m of body.matchAll(/([A-Z][a-z]?)(?:_\{?([\d.]+)\}?)?/g)) atoms[m[1]!] = (atoms[m[1]!] ?? 0) + Number(m[2] ?? 1);
  return { atoms, charge };
}
const FIXED_OX: Record<string, number> = { H: 1, O: -2, K: 1, Na: 1 };

/** One-dimensional null space of the element/charge matrix, scaled to the smallest positive integers. */
function balance(reactants: readonly string[], products: readonly string[]): number[] {
  // Peroxide oxygen is tracked as its own element: labelling shows all the O₂ from H₂O₂ + MnO₄⁻
  // comes from the peroxide, which makes the electron balance (not atoms alone) fix the equation.
  const species = [...reactants, ...products].map((f) => (f === 'H_2O_2' || f === 'O_2' ? parse(f.replace('O', 'Q')) : parse(f)));
  const elements = [...new Set(species.flatMap((s) => Object.keys(s.atoms)))];
  const rows = [...elements.map((el) => species.map((s, j) => (j < reactants.length ? -1 : 1) * (s.atoms[el] ?? 0))), species.map((s, j) => (j < reactants.length ? -1 : 1) * s.charge)];
  const n = species.length;
  // Fix the first coefficient to 1 and solve the rest by Gaussian elimination on the remaining columns.
  const A = rows.map((r) => r.slice(1));
  const b = rows.map((r) => -r[0]!);
  const m = n - 1;
  const M = A.map((r, i) => [...r, b[i]!]);
  let row = 0;
  const pivots: number[] = [];
  for (let col = 0; col < m && row < M.length; col++) {
    const p = M.findIndex((r, i) => i >= row && Math.abs(r[col]!) > 1e-12);
    if (p < 0) continue;
    [M[row], M[p]] = [M[p]!, M[row]!];
    const pv = M[row]![col]!;
    M[row] = M[row]!.map((x) => x / pv);
    for (let i = 0; i < M.length; i++) if (i !== row) { const f = M[i]![col]!; M[i] = M[i]!.map((x, k) => x - f * M[row]![k]!); }
    pivots.push(col);
    row++;
  }
  const x = [1, ...new Array<number>(m).fill(0)];
  pivots.forEach((col, i) => { x[col + 1] = M[i]![m]!; });
  for (let k = 1; k <= 60; k++) if (x.every((v) => Math.abs(v * k - Math.round(v * k)) < 1e-9)) return x.map((v) => Math.round(v * k));
  throw new Error('no integer solution');
}

const Z: Record<string, number> = { Cr: 24, Fe: 26, Co: 27, Ni: 28, Cu: 29, Zn: 30, Ag: 47, Pt: 78 };
/** Ligand charge and donor atoms. */
const LIGAND: Record<string, [number, number]> = { CN: [-1, 1], NH_3: [0, 1], CO: [0, 1], Cl: [-1, 1], en: [0, 2], C_2O_4: [-2, 2] };
function eanOf(f: string): number {
  const m = /^\[([A-Z][a-z]?)(.*)\](?:\^\{?(\d*)([+-])\}?)?$/.exec(f)!;
  const charge = m[4] ? (m[4] === '+' ? 1 : -1) * Number(m[3] || 1) : 0;
  let ligandCharge = 0;
  let donors = 0;
  for (const l of m[2]!.matchAll(/\(([^()]+)\)_(\d+)|(Cl)_(\d+)/g)) {
    const name = l[1] ?? l[3]!;
    const k = Number(l[2] ?? l[4]);
    ligandCharge += LIGAND[name]![0] * k;
    donors += LIGAND[name]![1] * k;
  }
  return Z[m[1]!]! - (charge - ligandCharge) + 2 * donors;
}

function isomerCount(type: string, withReflections: boolean): number {
  const letters = [...type.replace(/^M/, '').matchAll(/([a-f])(?:_(\d))?/g)].flatMap((m) => new Array<string>(Number(m[2] ?? 1)).fill(m[1]!));
  const group = octahedralGroup(withReflections);
  const seen = new Set<string>();
  const orbits = new Set<string>();
  const permute = (rest: string[], acc: string[]) => {
    if (!rest.length) {
      const key = acc.join('');
      if (seen.has(key)) return;
      const images = group.map((g) => { const out = new Array<string>(6); g.forEach((to, from) => { out[to] = acc[from]!; }); return out.join(''); });
      images.forEach((im) => seen.add(im));
      orbits.add(images.sort()[0]!);
      return;
    }
    new Set(rest).forEach((l) => { const i = rest.indexOf(l); permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, l]); });
  };
  permute(letters, []);
  return orbits.size;
}

/**
 * Oxoacid structures: each central atom's substituents ('OH', '=O', 'H', '-O-' bridge to another
 * central atom, '-OO-' peroxide bridge, '-OOH' peroxide to H, '-X-' direct bond).
 */
const STRUCTURES: Record<string, string[][]> = {
  H_3PO_4: [['=O', 'OH', 'OH', 'OH']], H_3PO_3: [['=O', 'OH', 'OH', 'H']], H_3PO_2: [['=O', 'OH', 'H', 'H']],
  H_4P_2O_7: [['=O', 'OH', 'OH', '-O-'], ['=O', 'OH', 'OH', '-O-']], H_4P_2O_6: [['=O', 'OH', 'OH', '-X-'], ['=O', 'OH', 'OH', '-X-']],
  '(HPO_3)_3': [['=O', 'OH', '-O-', '-O-'], ['=O', 'OH', '-O-', '-O-'], ['=O', 'OH', '-O-', '-O-']], H_4P_2O_5: [['=O', 'OH', 'H', '-O-'], ['=O', 'OH', 'H', '-O-']],
  H_2SO_3: [['=O', 'OH', 'OH']], H_2SO_4: [['=O', '=O', 'OH', 'OH']], H_2S_2O_7: [['=O', '=O', 'OH', '-O-'], ['=O', '=O', 'OH', '-O-']],
  H_2S_2O_8: [['=O', '=O', 'OH', '-OO-'], ['=O', '=O', 'OH', '-OO-']], H_2SO_5: [['=O', '=O', 'OH', '-OOH']],
  H_2S_2O_6: [['=O', '=O', 'OH', '-X-'], ['=O', '=O', 'OH', '-X-']], H_2S_2O_4: [['=O', 'OH', '-X-'], ['=O', 'OH', '-X-']],
};
function bondCount(f: string, k: number): number {
  const subs = STRUCTURES[f]!.flat();
  const n = (t: string) => subs.filter((x) => x === t).length;
  return [n('OH'), n('=O'), n('H'), n('-O-') / 2, n('-OO-') / 2 + n('-OOH'), n('-X-') / 2][k]!;
}

const checks: Record<string, AnswerCheck> = {
  'c.bond.mot-statements': ({ i, j, stateBO, stateU }) => {
    const [x, N] = DIATOMICS[i!]!;
    const m = fillMOs(N);
    const out: string[] = [];
    if (m.unpaired > 0) out.push(`$\\mathrm{${x}}$ is paramagnetic.`);
    if (stateBO === m.bo) out.push(`The bond order of $\\mathrm{${x}}$ is ${stateBO}.`);
    if (j! >= 0) {
      const [y, Ny] = DIATOMICS[j!]!;
      // Same nuclei only: strip the charge and compare.
      expect(y.split('^')[0]).toBe(x.split('^')[0]);
      if (m.bo < fillMOs(Ny).bo) out.push(`$\\mathrm{${x}}$ has a longer bond than $\\mathrm{${y}}$.`);
    } else if (fillMOs(N - 1).bo > m.bo) out.push(`Removing one electron from $\\mathrm{${x}}$ raises its bond order.`);
    if (stateU === m.unpaired) out.push(`$\\mathrm{${x}}$ has ${stateU} unpaired electron(s).`);
    if (out.length === 0) out.push(`The bond order of $\\mathrm{${x}}$ is ${m.bo}.`);
    return out;
  },
  // Sort by measured ionic radius.
  'c.per.isoelectronic-radii': ({ s, a, b, c, d }) => [a!, b!, c!, d!].map((k) => ISOELECTRONIC[s!]![k]![0]).sort((p, q) => RADII[p]! - RADII[q]!).map((f) => `$\\mathrm{${f}}$`).join(' < '),
  // Charge balance with fixed states for H, O, alkali metals (O itself when it is the element asked).
  'c.redox.average-oxidation-state': ({ i }) => {
    const [f, el] = AVG_OX[i!]!;
    const { atoms, charge } = parse(f);
    const others = Object.entries(atoms).filter(([e]) => e !== el).reduce((s, [e, k]) => s + FIXED_OX[e]! * k, 0);
    return (charge - others) / atoms[el]!;
  },
  'c.redox.balance-coefficient': ({ e, k }) => {
    const eq = REDOX[e!]!;
    const coeffs = balance(eq.r.map(([f]) => f), eq.p.map(([f]) => f));
    return k === coeffs.length ? coeffs.reduce((a, b) => a + b, 0) : coeffs[k!]!;
  },
  'c.co.effective-atomic-number': ({ i }) => eanOf(EAN_COMPLEXES[i!]![0]),
  // Orbits of ligand arrangements under the octahedron's rotations (stereoisomers) or all symmetries (geometrical).
  'c.co.octahedral-isomer-count': ({ i, w }) => isomerCount(OCTAHEDRAL_TYPES[i!]![0], w === 1),
  'c.pb.phosphorus-oxoacids': ({ i, k }) => bondCount(OXOACIDS_P[i!]![0], k!),
  'c.pb.sulphur-oxoacids': ({ i, k }) => bondCount(OXOACIDS_S[i!]![0], k!),
  // From the formula HXO_n: n − 1 X=O, oxidation state 2n − 1 by charge balance, lone pairs (7 − bonding electrons)/2.
  'c.pb.halogen-oxoacids': ({ i, k }) => {
    const f = OXOACIDS_X[i!]![0];
    const { atoms } = parse(f.replace('HOCl', 'HClO').replace('HOBr', 'HBrO'));
    const n = atoms.O!;
    const ox = -(1 - 2 * n);
    return [n - 1, ox, (7 - (1 + 2 * (n - 1))) / 2][k!]!;
  },
  'c.bond.vsepr-shape': ({ i }) => {
    const s = SPECIES[i!]!;
    const lone = (s.V - s.charge - s.M - 2 * s.D) / 2;
    const bonded = s.M + s.D;
    const table: Record<string, string> = { '2,0': 'linear', '3,0': 'trigonal planar', '2,1': 'bent (V-shaped)', '4,0': 'tetrahedral', '3,1': 'trigonal pyramidal', '2,2': 'bent (V-shaped)', '5,0': 'trigonal bipyramidal', '4,1': 'see-saw', '3,2': 'T-shaped', '2,3': 'linear', '6,0': 'octahedral', '5,1': 'square pyramidal', '4,2': 'square planar', '7,0': 'pentagonal bipyramidal', '6,1': 'distorted octahedral' };
    return table[`${bonded},${lone}`]!;
  },
};

describe('chemistry depth: bonding, periodicity, redox, coordination, p-block oxoacids', () => {
  it('has a check for every generator', () => {
    expect(chemDepthBondingGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthBondingGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthBondingGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
