import { describe, expect, it } from 'vitest';
import { BORN_HABER, ENTROPY_REACTIONS, FREEZING_SOLVENTS, FUELS, HENRY_GASES, HESS_SETS, HYDRIDES, SALT_IONS } from './chem-data-physical.ts';
import { bombRise, chemDepthPhysicalDGenerators, dissocDrop, DG_VALUES, K_VALUES, LIQUID_PAIRS, raoultStatement } from './chemistry-depth-physical-d.ts';
import { eqChecks } from './chemistry-depth-physical-d-eq.test-util.ts';
import { redoxChecks } from './chemistry-depth-physical-d-redox.test-util.ts';
import { physicalDepthSuite } from './chemistry-depth-physical.test-util.ts';
import { bisect, simpson } from './numeric-methods.test-util.ts';
import { instantiate } from './framework.ts';
import { optionNumber, type AnswerCheck } from './verify.ts';

const R = 8.314;

/** C, H, O atoms of each fuel (same order as FUELS), read from the formulas. */
const FUEL_ATOMS = [[7, 6, 2], [10, 8, 0], [6, 12, 6], [12, 22, 11], [2, 6, 1], [6, 6, 0], [1, 4, 1], [2, 4, 2]] as const;

/** Species and coefficients of an equation written in the HESS_SETS TeX style. */
function species(eq: string): Map<string, number> {
  const out = new Map<string, number>();
  const [lhs, rhs] = eq.split('\\to');
  for (const [side, sign] of [[lhs!, -1], [rhs!, 1]] as const) {
    for (const term of side.split(' + ')) {
      const m = /^\s*(\\tfrac(\d)(\d)|\d+)?(.+?)\s*$/.exec(term)!;
      const coef = m[2] ? Number(m[2]) / Number(m[3]) : m[1] ? Number(m[1]) : 1;
      out.set(m[4]!, (out.get(m[4]!) ?? 0) + sign * coef);
    }
  }
  return out;
}
/** Multipliers (−2 … 2 in halves) that turn the given equations into the target, by search. */
function combine(target: string, given: readonly string[]): number[] {
  const want = species(target);
  const vecs = given.map(species);
  const steps = [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2];
  const hits: number[][] = [];
  const rec = (k: number, acc: number[]) => {
    if (k === vecs.length) {
      const sum = new Map<string, number>();
      acc.forEach((c, j) => vecs[j]!.forEach((n, s) => sum.set(s, (sum.get(s) ?? 0) + c * n)));
      const keys = new Set([...sum.keys(), ...want.keys()]);
      if ([...keys].every((s) => Math.abs((sum.get(s) ?? 0) - (want.get(s) ?? 0)) < 1e-9)) hits.push(acc);
      return;
    }
    for (const c of steps) rec(k + 1, [...acc, c]);
  };
  rec(0, []);
  expect(hits).toHaveLength(1);
  return hits[0]!;
}
/** Signs of ΔmixH, ΔmixV and the azeotrope type per pair, from the textbook tables. */
const PAIR_FACTS: Record<string, { h: number; v: number; az: 'min' | 'max' | 'none' }> = {
  'ethanol + water': { h: 1, v: 1, az: 'min' }, 'acetone + carbon disulfide': { h: 1, v: 1, az: 'min' }, 'ethanol + cyclohexane': { h: 1, v: 1, az: 'min' },
  'chloroform + acetone': { h: -1, v: -1, az: 'max' }, 'nitric acid + water': { h: -1, v: -1, az: 'max' }, 'hydrogen chloride + water': { h: -1, v: -1, az: 'max' },
  'benzene + toluene': { h: 0, v: 0, az: 'none' }, 'n-hexane + n-heptane': { h: 0, v: 0, az: 'none' }, 'bromoethane + chloroethane': { h: 0, v: 0, az: 'none' },
};
/** Ions per formula unit, counted from the formulas; non-electrolytes give 1. */
const IONS: Record<string, number> = { NaCl: 2, KCl: 2, KNO_3: 2, MgCl_2: 3, K_2SO_4: 3, CaCl_2: 3, AlCl_3: 4, 'K_3[Fe(CN)_6]': 4, 'K_4[Fe(CN)_6]': 5 };
const SOLUTE_LABELS = [...SALT_IONS.map(([f]) => [`$\\mathrm{${f}}$`, IONS[f]!] as const), ['urea', 1] as const, ['glucose', 1] as const, ['sucrose', 1] as const];
const MOLAL = [0.01, 0.02, 0.05, 0.1, 0.2];

const checks: Record<string, AnswerCheck> = {
  // Heat released at constant volume, then Δ(PV) from the gas moles of the balanced combustion.
  'c.td.bomb-calorimeter': ({ f, C, m }) => {
    const [x, y, z] = FUEL_ATOMS[f!]!;
    const dng = x - (x + y / 4 - z / 2);
    expect(dng).toBe(FUELS[f!]![5]);
    const q = C! * bombRise({ f: f!, C: C!, m: m! });
    const dU = -q / (m! / FUELS[f!]![3]);
    return dU + (dng * R * 298) / 1000;
  },
  // Bisection on the unknown step so that the cycle closes.
  'c.td.born-haber-cycle': ({ i, w }) => {
    const [, , , fh, sub, ie, half, ea] = BORN_HABER[i!]!;
    if (w === 0) return bisect((U) => sub + ie + half + ea - U - fh, 0, 2000);
    const U = Math.round(-fh + sub + ie + half + ea);
    return bisect((E) => sub + ie + half + E - U - fh, -1000, 1000);
  },
  // Multipliers found by search over the species balance of the equations.
  'c.td.hess-combination': ({ h, k }) => {
    const set = HESS_SETS[h!]!;
    const c = combine(set.target, set.given.map(([eq]) => eq));
    return k! * c.reduce((s, cj, j) => s + cj * set.given[j]![1], 0);
  },
  'c.td.bond-enthalpy-from-formation': ({ i, w, hh }) => {
    const [, , n, fh, at] = HYDRIDES[i!]!;
    const B = bisect((b) => at + (n * hh!) / 2 - n * b - fh, 0, 1000);
    return w === 0 ? B : at + (n * hh!) / 2 - n * Math.round(B);
  },
  // Energy levels measured from cyclohexane.
  'c.td.resonance-energy-benzene': ({ h1, h2 }) => {
    const kekule = -3 * h1!;
    const benzene = -h2!;
    return kekule - benzene;
  },
  'c.td.reaction-entropy': ({ r, w, T }) => {
    const [, list, dH] = ENTROPY_REACTIONS[r!]!;
    const products = list.filter(([nu]) => nu > 0).reduce((s, [nu, S]) => s + nu * S, 0);
    const reactants = list.filter(([nu]) => nu < 0).reduce((s, [nu, S]) => s - nu * S, 0);
    const dS = products - reactants;
    // ΔS(total) = −ΔG/T.
    return w === 0 ? dS : -(dH * 1000 - T! * dS) / T!;
  },
  // Simpson's rule on dq_rev/T = nR dV/V; mixing as each gas expanding into the whole volume.
  'c.td.isothermal-mixing-entropy': ({ n, r, w }) => {
    if (w === 0) return simpson((V) => (n! * R) / V, 1, r!);
    const Vt = n! + r!;
    return simpson((V) => (n! * R) / V, n!, Vt) + simpson((V) => (r! * R) / V, r!, Vt);
  },
  'c.td.gibbs-equilibrium-constant': ({ w, T, k }) => {
    if (w === 0) {
      const K = K_VALUES[k!]![0] * 10 ** K_VALUES[k!]![1];
      return bisect((G) => Math.exp((-G * 1000) / (R * T!)) - K, -200, 200);
    }
    return Math.log10(Math.exp((-DG_VALUES[k!]! * 1000) / (R * T!)));
  },
  // SI: pressures in Pa.
  'c.sol.henry-gas-mixture': ({ g, p, P }) => {
    const M: Record<string, number> = { He: 4.0, H_2: 2.0, N_2: 28.0, O_2: 32.0, Ar: 40.0, CO_2: 44.0 };
    const [name, kh] = HENRY_GASES[g!]!;
    const x = ((p! / 100) * P! * 1e5) / (kh * 1e8);
    return x * 55.5 * M[name]! * 1000;
  },
  'c.sol.henry-solubility-order': ({ a, b, c, d, w }) => {
    const picks = [a!, b!, c!, d!];
    const sol = picks.map((i) => 1 / HENRY_GASES[i]![1]);
    const k = w === 0 ? sol.indexOf(Math.max(...sol)) : sol.indexOf(Math.min(...sol));
    return `$\\mathrm{${HENRY_GASES[picks[k]!]![0]}}$`;
  },
  'c.sol.raoult-deviation-statements': ({ p, c0, c1, c2, c3 }) => {
    const facts = PAIR_FACTS[LIQUID_PAIRS[p!]![0]]!;
    const az = facts.az === 'min' ? 1 : facts.az === 'max' ? -1 : 0;
    const truth = [facts.h, facts.h, facts.v, az];
    return [c0!, c1!, c2!, c3!].flatMap((c, t) => (c === truth[t] ? [raoultStatement(t, c, false)] : []));
  },
  // Equal osmotic pressures, π = (w/M)RT, by bisection on M.
  'c.sol.isotonic-molar-mass': ({ r, y, x }) => {
    const Mref = [60, 180, 342][r!]!;
    const pi = (y! / Mref) * R * 300;
    return bisect((M) => (x! / M) * R * 300 - pi, 1, 1e5);
  },
  // The dilute limit of the ideal freezing equation ln x₁ = −(ΔfusH/R)(1/T − 1/Tf).
  'c.sol.kf-from-fusion-enthalpy': ({ s, w, m, W, M }) => {
    const [, , Tf, dH, Ms] = FREEZING_SOLVENTS[s!]!;
    const b = 1e-6;
    const lnx = -Math.log1p((b * Ms) / 1000);
    const drop = bisect((d) => (dH * 1000 / R) * (d / (Tf * (Tf - d))) + lnx, 0, 1e-2);
    const Kf = drop / b;
    return w === 0 ? Kf : Kf * (m! / M!) / (W! / 1000);
  },
  'c.sol.degree-of-dissociation': ({ s, m, a }) => {
    const n = SALT_IONS[s!]![1];
    const shown = dissocDrop({ s: s!, m: m!, a: a! });
    return 100 * bisect((al) => 1.86 * m! * (1 - al + n * al) - shown, 0, 2);
  },
  'c.sol.colligative-comparison': (p) => {
    const picks = [0, 1, 2, 3].map((k) => [p[`s${k}`]!, p[`m${k}`]!] as const);
    const val = picks.map(([s, m]) => SOLUTE_LABELS[s]![1] * MOLAL[m]!);
    const wantMax = p.w === 0 || p.w === 2;
    const k = val.indexOf(wantMax ? Math.max(...val) : Math.min(...val));
    const [s, m] = picks[k]!;
    return `${MOLAL[m]} m ${SOLUTE_LABELS[s]![0]}`;
  },
  ...eqChecks,
  ...redoxChecks,
};

physicalDepthSuite('chemistry physical depth D: thermodynamics, solutions, equilibria, redox, electrochemistry', chemDepthPhysicalDGenerators, checks);

describe('chemistry physical depth D: pH answers', () => {
  const PH_IDS = ['c.eq.ph-acid-base-mixture', 'c.eq.ph-very-dilute', 'c.eq.weak-acid-weak-base-salt', 'c.eq.partial-neutralisation-buffer', 'c.eq.hydroxide-precipitation-ph', 'c.elec.hydrogen-electrode-ph'];
  it('every option of a pH question lies in (0, 14) on 1000 seeds', () => {
    const bad: string[] = [];
    for (const gen of chemDepthPhysicalDGenerators.filter((g) => PH_IDS.includes(g.id))) {
      for (let seed = 1; seed <= 1000; seed++) {
        for (const o of instantiate(gen, seed).question.options ?? []) if (!(optionNumber(o.text) > 0 && optionNumber(o.text) < 14)) bad.push(`${gen.id}#${seed} ${o.text}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
