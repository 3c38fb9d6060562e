import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { backTitreMl, BOND_TABLES, HEATED, heatLoss, TABLE_CELLS, CARBONATES, chemDepthRound2Generators, CONFIG_ATOMS, DIPOLES, MOLE_COMPOUNDS, OXIDANTS, REDUCTANTS } from './chemistry-depth-round2.ts';
import { aufbau } from './chem-config.test-util.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { instantiate } from './framework.ts';
import { distinctInstances, optionNumber, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** Compositions of MOLE_COMPOUNDS (same order), counted from the formulas; integer atomic masses. */
const COMPOSITIONS: Record<string, number>[] = [
  { H: 2, O: 1 }, { C: 1, O: 2 }, { N: 1, H: 3 }, { C: 1, H: 4 }, { C: 2, H: 6 }, { H: 2, S: 1, O: 4 },
  { C: 6, H: 12, O: 6 }, { Ca: 1, C: 1, O: 3 }, { Na: 1, O: 1, H: 1 }, { H: 1, N: 1, O: 3 }, { C: 2, H: 6, O: 1 }, { S: 1, O: 2 },
];
const MASS: Record<string, number> = { H: 1, C: 12, N: 14, O: 16, S: 32, Ca: 40, Na: 23 };

/** Balanced ionic equations as [oxidant ions, reductant ions] per oxidant/reductant pair. */
function moleRatio(o: number, r: number): number {
  const iron = r < 2;
  if (o === 0) return iron ? 1 / 5 : 2 / 5; // MnO4⁻ + 5Fe²⁺ + 8H⁺; 2MnO4⁻ + 5C2O4²⁻ + 16H⁺
  return iron ? 1 / 6 : 1 / 3; // Cr2O7²⁻ + 6Fe²⁺ + 14H⁺; Cr2O7²⁻ + 3C2O4²⁻ + 14H⁺
}

type Inv = Record<string, number>;
/** Bond inventories of whole molecules. */
const MOL: Record<string, Inv> = {
  C2H4: { 'C=C': 1, 'C-H': 4 }, C2H6: { 'C-C': 1, 'C-H': 6 }, C2H2: { 'C≡C': 1, 'C-H': 2 }, H2: { 'H-H': 1 }, CH4: { 'C-H': 4 }, Cl2: { 'Cl-Cl': 1 },
  CH3Cl: { 'C-H': 3, 'C-Cl': 1 }, HCl: { 'H-Cl': 1 }, N2: { 'N≡N': 1 }, NH3: { 'N-H': 3 }, C2H4Cl2: { 'C-C': 1, 'C-H': 4, 'C-Cl': 2 }, C2H5Cl: { 'C-C': 1, 'C-H': 5, 'C-Cl': 1 },
};
const REACTIONS: [[number, string][], [number, string][]][] = [
  [[[1, 'C2H4'], [1, 'H2']], [[1, 'C2H6']]], [[[1, 'C2H2'], [2, 'H2']], [[1, 'C2H6']]], [[[1, 'CH4'], [1, 'Cl2']], [[1, 'CH3Cl'], [1, 'HCl']]],
  [[[1, 'H2'], [1, 'Cl2']], [[2, 'HCl']]], [[[1, 'N2'], [3, 'H2']], [[2, 'NH3']]], [[[1, 'C2H4'], [1, 'Cl2']], [[1, 'C2H4Cl2']]], [[[1, 'C2H4'], [1, 'HCl']], [[1, 'C2H5Cl']]],
];
const total = (side: [number, string][], t: number) => side.reduce((s, [c, m]) => s + c * Object.entries(MOL[m]!).reduce((u, [b, n]) => u + n * (BOND_TABLES[t] as Record<string, number>)[b]!, 0), 0);

/** Electrons of one subshell placed orbital by orbital, spin up first: how many are spin up. */
function spinUp(l: number, e: number): number {
  const orbitals = Array.from({ length: 2 * l + 1 }, () => 0);
  let up = 0;
  for (let k = 0; k < e; k++) {
    const slot = orbitals.findIndex((o) => o === 0);
    if (slot >= 0) { orbitals[slot] = 1; up++; } else orbitals[orbitals.findIndex((o) => o === 1)] = 2;
  }
  return up;
}
function configCount(Z: number, w: number, want: number): number {
  const cfg = aufbau(Z);
  if (w === 1) return cfg.filter((s) => s.n + s.l === want).reduce((t, s) => t + s.e, 0);
  return cfg.filter((s) => s.l === want).reduce((t, s) => t + (w === 2 ? spinUp(s.l, s.e) : s.e), 0);
}

/**
 * Period and group read off a Madelung configuration: period = highest n; s block group = ns
 * electrons, d block ns + (n−1)d, p block 10 + ns + np (He is placed in 18). f-block atoms get no group.
 */
function position(Z: number): [number, number] | null {
  const cfg = aufbau(Z);
  const n = Math.max(...cfg.map((s) => s.n));
  const last = cfg[cfg.length - 1]!;
  if (last.l === 3 || cfg.some((s) => s.l === 3 && s.n === n - 2 && s.e < 14)) return null;
  const ns = cfg.find((s) => s.n === n && s.l === 0)!.e;
  if (Z === 2) return [1, 18];
  const np = cfg.find((s) => s.n === n && s.l === 1)?.e ?? 0;
  const d = cfg.find((s) => s.n === n - 1 && s.l === 2)?.e ?? 0;
  if (np > 0) return [n, 10 + ns + np];
  if (last.l === 2) return [n, ns + d];
  return [n, ns];
}

/** Molar masses of each heated salt and of the solid it leaves per mole of salt (½ M₂CO₃ for a bicarbonate). */
const AM: Record<string, number> = { H: 1, Li: 7, C: 12, O: 16, Na: 23, Mg: 24, K: 39, Ba: 137 };
const HEAT_DATA = [
  [AM.Na! + AM.H! + AM.C! + 3 * AM.O!, (2 * AM.Na! + AM.C! + 3 * AM.O!) / 2],
  [AM.Na! + AM.H! + AM.C! + 3 * AM.O!, (2 * AM.Na! + AM.C! + 3 * AM.O!) / 2],
  [2 * AM.Li! + AM.C! + 3 * AM.O!, 2 * AM.Li! + AM.O!],
  [AM.Mg! + AM.C! + 3 * AM.O!, AM.Mg! + AM.O!],
  [AM.Ba! + AM.C! + 3 * AM.O!, AM.Ba! + AM.O!],
] as const;

const checks: Record<string, AnswerCheck> = {
  // Bisection on the fraction of the decomposing salt: the loss from the residue's molar mass.
  'c.sblock.heating-mixture': ({ i, m, p }) => {
    const [M, residue] = HEAT_DATA[i!]!;
    expect(HEATED[i!]![1]).toBe(M);
    const lossOf = (f: number) => m! * f - ((m! * f) / M) * residue;
    // The loss as the stem prints it (3 decimals); the check solves for the composition from that.
    const shown = heatLoss({ i: i!, m: m!, p: p! });
    expect(Math.abs(shown - lossOf(p! / 100))).toBeLessThanOrEqual(0.0005 + 1e-12);
    return 100 * bisect((f) => lossOf(f) - shown, 0, 1);
  },
  // Brute force: the Z whose configuration puts it at that period and group.
  'c.per.z-from-position': ({ c }) => {
    const [p, g] = TABLE_CELLS[c!]!;
    const hits = Array.from({ length: 86 }, (_, i) => i + 1).filter((Z) => { const pos = position(Z); return pos !== null && pos[0] === p && pos[1] === g; });
    expect(hits).toHaveLength(1);
    return hits[0]!;
  },
  'c.basic.mole-atoms-in-mass': ({ i, m }) => {
    const comp = COMPOSITIONS[i!]!;
    const M = Object.entries(comp).reduce((s, [el, n]) => s + n * MASS[el]!, 0);
    expect(M).toBe(MOLE_COMPOUNDS[i!]![1]);
    const atomsPer = Object.values(comp).reduce((s, n) => s + n, 0);
    return ((m! / M) * atomsPer * 6.022e23) / 1e23;
  },
  // Moles of reductant ion × the balanced-equation ratio = moles of oxidant ion.
  'c.basic.equiv-redox-titre': ({ o, r, m, c }) => {
    expect(OXIDANTS[o!]).toBeDefined();
    const molRed = m! / REDUCTANTS[r!]![1];
    return ((molRed * moleRatio(o!, r!)) / c!) * 1000;
  },
  // Atomisation of every whole molecule: Σ reactant bonds − Σ product bonds.
  'c.td.bond-enthalpy-reaction': ({ i, t }) => total(REACTIONS[i!]![0], t!) - total(REACTIONS[i!]![1], t!),
  // SI units: μ(C m) / (q d) with q = e.
  'c.bond.percent-ionic-character': ({ i, w }) => {
    const [, mu, d] = DIPOLES[i!]!;
    const delta = (mu * 3.336e-30) / (1.602e-19 * d * 1e-12);
    return w === 0 ? 100 * delta : delta;
  },
  'c.atom.config-electron-count': ({ a, w, k }) => {
    const Z = CONFIG_ATOMS[a!]![1];
    const want = w === 1 ? k! + 3 : k!;
    const n = configCount(Z, w!, want);
    return n > 0 ? n : configCount(Z, w!, w === 1 ? 3 : 1);
  },
  // Bisection on purity: the NaOH titre a sample of purity P would need equals the shown titre.
  'c.basic.back-titration-purity': ({ i, m, p, V1, c1, c2 }) => {
    const M = CARBONATES[i!]![1];
    const titre = (P: number) => (c1! * V1! - (2 * 1000 * m! * P) / 100 / M) / c2!;
    // The titre as the stem prints it (0.1 mL); the check solves for the purity from that.
    const shown = backTitreMl({ i: i!, m: m!, p: p!, V1: V1!, c1: c1!, c2: c2! });
    expect(Math.abs(shown - titre(p!))).toBeLessThanOrEqual(0.05 + 1e-9);
    return bisect((P) => titre(P) - shown, 0, 100);
  },
};

describe('chemistry round 2: moles, redox equivalents, bond enthalpies, ionic character, configurations, back titration', () => {
  it('has a check for every generator', () => {
    expect(chemDepthRound2Generators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthRound2Generators, SEEDS)).toEqual([]);
  });
  it('no option shown in % leaves (0, 100] on 2000 seeds (covers every input combination)', () => {
    const bad: string[] = [];
    for (const gen of chemDepthRound2Generators) for (let seed = 1; seed <= 2000; seed++) {
      for (const o of instantiate(gen, seed).question.options ?? []) {
        if (o.text.endsWith(' %') && !(optionNumber(o.text) > 0 && optionNumber(o.text) <= 100)) bad.push(`${gen.id}#${seed} ${o.text}`);
      }
    }
    expect(bad).toEqual([]);
  });
  for (const gen of chemDepthRound2Generators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
