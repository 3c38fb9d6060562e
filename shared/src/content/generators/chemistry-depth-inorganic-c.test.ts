import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { RATE_REACTIONS } from './chem-data-inorganic.ts';
import { chemDepthInorganicCGenerators, rate4, rateSpecies, tableStatements } from './chemistry-depth-inorganic-c.ts';
import { bisect, rk4 } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** Atom counts (and charge) of a simple TeX formula such as `N_2O_5`, `BrO_3^-`, `H^+`. */
function atomsOf(tex: string): Record<string, number> {
  const out: Record<string, number> = {};
  const [body, charge] = tex.split('^');
  for (const m of body!.matchAll(/([A-Z][a-z]?)(?:_(\d+|\{\d+\}))?/g)) out[m[1]!] = (out[m[1]!] ?? 0) + Number((m[2] ?? '1').replace(/[{}]/g, ''));
  if (charge) out.charge = charge.includes('-') ? -1 : 1;
  return out;
}

/** The extent of reaction ξ̇ from the given species, after checking the equation conserves atoms and charge. */
function stoichRate(i: number, given: string, asked: string, r: number): number {
  const eq = RATE_REACTIONS[i]!;
  const tally: Record<string, number> = {};
  for (const [f, n, s] of eq) for (const [el, k] of Object.entries(atomsOf(f))) tally[el] = (tally[el] ?? 0) + s * n * k;
  expect(Object.values(tally).every((x) => x === 0)).toBe(true);
  const nu = (f: string) => eq.find((x) => x[0] === f)![1];
  const extent = r / nu(given);
  return extent * nu(asked);
}

/** Orders read back from the table: log₂ of the rate ratios when a concentration doubles. */
const orderOf = (r1: number, r2: number) => Math.round(Math.log2(r2 / r1));

const checks: Record<string, AnswerCheck> = {
  'c.kin.stoichiometric-rates': (p) => { const [a, b] = rateSpecies(p as { i: number; a: number; b: number }); return stoichRate(p.i!, a[0], b[0], p.r!); },
  // Rate law evaluated on concentrations = moles / volume for arbitrary starting amounts.
  'c.kin.rate-law-scaling': ({ w, n, m, x, y }) => {
    const rate = (nA: number, nB: number, V: number) => (nA / V) ** x! * (nB / V) ** y!;
    return w === 0 ? rate(0.3, 0.7, 2 / n!) / rate(0.3, 0.7, 2) : rate(0.3 * n!, 0.7 * m!, 2) / rate(0.3, 0.7, 2);
  },
  'c.kin.missing-concentration': ({ x, y, A0, B0, r0, s, c }) => {
    const ox = orderOf(r0!, r0! * 2 ** x!);
    const oy = orderOf(r0!, r0! * 2 ** y!);
    const k = r0! / (A0! ** ox * B0! ** oy);
    const shown = rate4({ r0: r0!, s: s!, c: c!, x: x!, y: y! });
    return bisect((a) => k * a ** ox * (c! * B0!) ** oy - shown, 1e-6, 5);
  },
  'c.kin.rate-table-statements': (p) => {
    const ox = orderOf(p.r0!, p.r0! * 2 ** p.x!);
    const oy = orderOf(p.r0!, p.r0! * 2 ** p.y!);
    const units = ['mol L⁻¹ s⁻¹', 's⁻¹', 'L mol⁻¹ s⁻¹', 'L² mol⁻² s⁻¹', 'L³ mol⁻³ s⁻¹'];
    const nums = (t: string) => Number(/(-?\d+)\.$/.exec(t)?.[1]);
    return tableStatements(p).filter((s, k) => {
      if (k === 0) return nums(s.text) === ox;
      if (k === 1) return nums(s.text) === ox + oy;
      if (k === 2) return s.text.endsWith(`the unit ${units[ox + oy]}.`);
      return nums(s.text) === 2 ** ox * 2 ** oy;
    }).map((s) => s.text);
  },
  // Stepping d[A]/dt = −k until the asked amount has reacted (exact for a linear fall).
  'c.kin.zero-order-surface': ({ w, A0, k, f, A1 }) => {
    const start = w === 2 ? A1! : A0!;
    const target = w === 2 ? start / 2 : start * (1 - f! / 100);
    return bisect((t) => rk4(() => -k!, 0, start, t, 50) - target, 0, 1000);
  },
  // RK4 on dA/dt = −(k₁ + k₂)A, dP/dt = kᵢA via P(t) = kᵢ∫A dt.
  'c.kin.parallel-first-order': ({ w, A0, k1, k2, t }) => {
    const A = (s: number) => rk4((_, a) => -(k1! + k2!) * a, 0, A0!, s, 400);
    return rk4((s) => (w === 0 ? k1! : k2!) * A(s), 0, 0, t!, 200);
  },
  'c.kin.arrhenius-half-life-temperature': ({ a, b, t }) => bisect((T) => 0.693 / 10 ** (a! - b! / T) - 60 * t!, 200, 3000),
};

describe('chemistry inorganic depth c: kinetics, bonding, periodicity, s-block, surface', () => {
  it('has a check for every generator', () => {
    expect(chemDepthInorganicCGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthInorganicCGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthInorganicCGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 20 distinct instances in 50 seeds, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 50)).toBeGreaterThanOrEqual(20);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
