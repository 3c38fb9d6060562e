import { expect } from 'vitest';
import { CELL_REACTIONS, concCellEmf, DHO, DISPROPORTIONATING, galvanicStatement, GALVANIC_METALS, hydrogenMv, kShown, KCL_STANDARDS, lambdaShown, MEASURED_SOLUTIONS, OX_FAMILIES, PLATING, REACTION_KINDS, ROOT_C, SILVER_HALIDES, solutionOhm } from './chemistry-depth-physical-d-redox.ts';
import { bisect } from './numeric-methods.test-util.ts';
import type { AnswerCheck } from './verify.ts';

const lg = Math.log10;
/** Fixed oxidation states of partner atoms; sulfur is +6 (sulfate) when it is not the element asked about. */
const PARTNER: Record<string, number> = { H: 1, O: -2, K: 1, Na: 1, Cl: -1, S: 6 };
/** Oxygen atoms in peroxide links (−1 each). */
const PEROXIDE_O: Record<string, number> = { CrO_5: 4, H_2S_2O_8: 2 };
function oxidationState(tex: string, el: string): number {
  let count = 0;
  let rest = 0;
  for (const m of tex.matchAll(/([A-Z][a-z]?)(?:_(\d+))?/g)) {
    const n = Number(m[2] ?? '1');
    if (m[1] === el) count += n;
    else rest += n * PARTNER[m[1]!]!;
  }
  rest += PEROXIDE_O[tex] ?? 0;
  return -rest / count;
}
/** Oxidation states of the elements that change, [before], [after], per reaction (textbook analysis). */
const CHANGES: Record<string, [number[], number[]][]> = {
  '2H_2O_2 \\to 2H_2O + O_2': [[[-1], [-2, 0]]], 'Cl_2 + 2OH^- \\to Cl^- + ClO^- + H_2O': [[[0], [-1, 1]]], '3HNO_2 \\to HNO_3 + 2NO + H_2O': [[[3], [5, 2]]],
  '2Cu^+ \\to Cu^{2+} + Cu': [[[1], [2, 0]]], '4H_3PO_3 \\to 3H_3PO_4 + PH_3': [[[3], [5, -3]]], '3MnO_4^{2-} + 4H^+ \\to 2MnO_4^- + MnO_2 + 2H_2O': [[[6], [7, 4]]],
  '4KClO_3 \\to 3KClO_4 + KCl': [[[5], [7, -1]]], 'P_4 + 3OH^- + 3H_2O \\to PH_3 + 3H_2PO_2^-': [[[0], [-3, 1]]],
  '2H_2S + SO_2 \\to 3S + 2H_2O': [[[-2, 4], [0]]], 'NH_4NO_2 \\to N_2 + 2H_2O': [[[-3, 3], [0]]], 'IO_3^- + 5I^- + 6H^+ \\to 3I_2 + 3H_2O': [[[5, -1], [0]]], 'Ag^{2+} + Ag \\to 2Ag^+': [[[2, 0], [1]]],
  'Zn + Cu^{2+} \\to Zn^{2+} + Cu': [[[0], [2]], [[2], [0]]], '2KClO_3 \\to 2KCl + 3O_2': [[[5], [-1]], [[-2], [0]]], '2Na + 2H_2O \\to 2NaOH + H_2': [[[0], [1]], [[1], [0]]],
  '(NH_4)_2Cr_2O_7 \\to N_2 + Cr_2O_3 + 4H_2O': [[[-3], [0]], [[6], [3]]],
  'CaCO_3 \\to CaO + CO_2': [], 'AgNO_3 + NaCl \\to AgCl + NaNO_3': [], '2NO_2 \\to N_2O_4': [], 'Cr_2O_7^{2-} + 2OH^- \\to 2CrO_4^{2-} + H_2O': [], 'BaCl_2 + H_2SO_4 \\to BaSO_4 + 2HCl': [],
};
function kindOf(eq: string): number {
  const ch = CHANGES[eq]!;
  if (ch.some(([b, a]) => b.length === 1 && a.some((x) => x > b[0]!) && a.some((x) => x < b[0]!))) return 0;
  if (ch.some(([b, a]) => b.length === 2 && a.length === 1 && a[0]! > Math.min(...b) && a[0]! < Math.max(...b))) return 1;
  return ch.length ? 2 : 3;
}
/** Moles of the species consumed and of electrons moved in its balanced disproportionation. */
const ELECTRON_BOOK: [number, number][] = [[3, 5], [3, 5], [1, 3], [3, 2], [3, 2], [4, 6]];
/** Electrons per molecule at each electrode in water electrolysis, from the half-reactions. */
const HALF = { H2: 2, O2: 4 };

export const redoxChecks: Record<string, AnswerCheck> = {
  'c.redox.extreme-oxidation-state': ({ f, w, a, b, c, d }) => {
    const [el, list] = OX_FAMILIES[f!]!;
    const picks = [a!, b!, c!, d!];
    for (const i of picks) expect(oxidationState(list[i]![0], el)).toBeCloseTo(list[i]![1], 9);
    const states = picks.map((i) => oxidationState(list[i]![0], el));
    const k = states.indexOf(w === 0 ? Math.max(...states) : Math.min(...states));
    return `$\\mathrm{${list[picks[k]!]![0]}}$`;
  },
  'c.redox.reaction-type': ({ w, c, d1, d2, d3 }) => {
    const hits = [c!, d1!, d2!, d3!].filter((i) => kindOf(REACTION_KINDS[i]![0]) === w);
    for (const i of [c!, d1!, d2!, d3!]) expect(kindOf(REACTION_KINDS[i]![0])).toBe(REACTION_KINDS[i]![1]);
    expect(hits).toHaveLength(1);
    return `$\\mathrm{${REACTION_KINDS[hits[0]!]![0]}}$`;
  },
  'c.redox.disproportionation-equivalent': ({ s, w, m }) => {
    const [consumed, electrons] = ELECTRON_BOOK[s!]!;
    const M = DISPROPORTIONATING[s!]![3];
    return w === 0 ? (M * consumed) / electrons : (m! / M) * (electrons / consumed) * 1000;
  },
  // The O₂ a litre gives, back to moles of H₂O₂ (2 per O₂).
  'c.redox.h2o2-volume-strength': ({ w, x, M }) => {
    if (w === 2) return (M! / 2) * 22.4;
    const molarity = (x! / 22.4) * 2;
    return w === 0 ? molarity : w === 1 ? (molarity * 34) / 10 : molarity * 2;
  },
  'c.elec.equilibrium-constant-from-cell': ({ i, w }) => {
    const [, Ec, Ea, n] = CELL_REACTIONS[i!]!;
    const FoverRTln10 = 1 / 0.059;
    if (w === 0) return n * (Ec - Ea) * FoverRTln10;
    const [m, e] = kShown(i!);
    return bisect((E) => n * (E - Ea) * FoverRTln10 - (lg(m) + e), -3, 3);
  },
  // The metal of lower E° gives negative ΔG = −nF(E°cathode − E°anode) when it is oxidised.
  'c.elec.galvanic-cell-statements': ({ a, b, p0, p1, p3, s }) => {
    const dG = (ox: number, red: number) => -(GALVANIC_METALS[red]![2] - GALVANIC_METALS[ox]![2]);
    const anode = dG(a!, b!) < 0 ? a! : b!;
    const pq = (p: number): [number, number] => (p === 0 ? [a!, b!] : [b!, a!]);
    const val = s === 0 ? Math.abs(GALVANIC_METALS[a!]![2] - GALVANIC_METALS[b!]![2]) : Math.abs(GALVANIC_METALS[a!]![2] + GALVANIC_METALS[b!]![2]);
    const out: string[] = [];
    if (pq(p0!)[0] === anode) out.push(galvanicStatement(0, ...pq(p0!), val, false));
    if (pq(p1!)[0] === anode) out.push(galvanicStatement(1, ...pq(p1!), val, false));
    if (s === 0) out.push(galvanicStatement(2, a!, b!, val, false));
    if (dG(...pq(p3!)) < 0) out.push(galvanicStatement(3, ...pq(p3!), val, false));
    return out;
  },
  'c.elec.hydrogen-electrode-ph': ({ p, ph }) => {
    const E = hydrogenMv({ p: p!, ph: ph! }) / 1000;
    return bisect((x) => -(0.059 / 2) * lg(p! / (10 ** -x) ** 2) - E, 0, 14);
  },
  'c.elec.ksp-from-emf': ({ x, c1, c2 }) => {
    const E = concCellEmf({ x: x!, c1: c1!, c2: c2! });
    expect(SILVER_HALIDES[x!]).toBeDefined();
    const L = bisect((l) => 0.059 * lg(c2! / (10 ** l / c1!)) - E, -25, -5);
    return 10 ** L;
  },
  // SI: κ in S m⁻¹, c in mol m⁻³, Λ in S m² mol⁻¹, then × 10⁴.
  'c.elec.cell-constant-conductivity': ({ k, R1, s }) => {
    const [c0, kappa0] = KCL_STANDARDS[k!]!;
    expect(c0).toBeGreaterThan(0);
    const G = kappa0 * 100 * R1! * (k === 0 ? 1 : 10); // m⁻¹
    const kappa = G / solutionOhm({ k: k!, R1: R1!, s: s! });
    return (kappa / (MEASURED_SOLUTIONS[s!]![1] * 1000)) * 1e4;
  },
  // Two equations in Λ° and A, solved by Cramer's rule.
  'c.elec.limiting-conductivity-extrapolation': ({ e, i, j, w }) => {
    const x1 = ROOT_C[i!]!;
    const x2 = ROOT_C[j!]!;
    const y1 = lambdaShown(e!, x1);
    const y2 = lambdaShown(e!, x2);
    expect(DHO[e!]).toBeDefined();
    // Λ° − A x = y: [[1, −x1], [1, −x2]].
    const det = -x2 + x1;
    const L0 = (y1 * -x2 - -x1 * y2) / det;
    const A = (1 * y2 - 1 * y1) / det;
    return w === 0 ? L0 : A;
  },
  'c.elec.electrolysis-gas-volume': ({ I, t, w }) => {
    const e = (I! * t! * 60) / 96500;
    const v = [(e / HALF.H2) * 22400, (e / HALF.O2) * 22400];
    return w === 2 ? v[0]! + v[1]! : v[w!]!;
  },
  // SI: kg m⁻² of metal over kg m⁻³.
  'c.elec.electroplating-thickness': ({ p, j, A, t, e }) => {
    const [, , M, n, rho, effs] = PLATING[p!]!;
    const I = Number(((j! * A!) / 1000).toFixed(3));
    const mol = (I * t! * 60 * (effs[e!]! / 100)) / (n * 96500);
    const kgPerM2 = (mol * M) / 1000 / (A! * 1e-4);
    return (kgPerM2 / (rho * 1000)) * 1e6;
  },
};
