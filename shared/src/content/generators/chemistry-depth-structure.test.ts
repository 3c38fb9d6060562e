import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { CHO_COMPOUNDS, chemDepthStructureGenerators, COUPLES, REAGENTS, WORK_FUNCTIONS } from './chemistry-depth-structure.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const R = 8.314;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Every C_xH_yO_z with the stated molar mass whose CO₂ and H₂O masses round to the shown ones. */
function combustionCandidates(M: number, w: number, co2: number, h2o: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let x = 1; x <= 12; x++) {
    for (let y = 0; y <= 2 * x + 2; y++) {
      const rest = M - 12 * x - y;
      if (rest < 0 || rest % 16 !== 0) continue;
      const n = w / M;
      if (Math.abs(n * x * 44 - co2) <= 0.0005 + 1e-9 && Math.abs(n * (y / 2) * 18 - h2o) <= 0.0005 + 1e-9) out.push([x, y, rest / 16]);
    }
  }
  return out;
}
/** Lowest-wavenumber-match H transition for a hydrogen-like line, by search over n ≤ 12. */
function matchingHydrogen(Z: number, hi: number, lo: number): string[] {
  const target = Z * Z * (1 / (Z * lo) ** 2 - 1 / (Z * hi) ** 2);
  const out: string[] = [];
  for (let b = 1; b <= 12; b++) for (let a = b + 1; a <= 12; a++) if (Math.abs(1 / b ** 2 - 1 / a ** 2 - target) < 1e-12) out.push(`$n = ${a} \\to n = ${b}$`);
  return out;
}
/** Half-life of dA/dt = −kA^n from A₀ by RK4 time stepping (k = 1). */
function halfLife(n: number, A0: number): number {
  let A = A0;
  let t = 0;
  const h = 1e-3 * (n === 0 ? A0 : 1 / A0 ** (n - 1));
  const f = (a: number) => -(Math.max(a, 0) ** n);
  while (A > A0 / 2) {
    const k1 = f(A); const k2 = f(A + (h * k1) / 2); const k3 = f(A + (h * k2) / 2); const k4 = f(A + h * k3);
    const next = A + (h * (k1 + 2 * k2 + 2 * k3 + k4)) / 6;
    if (next <= A0 / 2) return t + (h * (A - A0 / 2)) / (A - next);
    A = next;
    t += h;
  }
  return t;
}
/** Occupied voids per unit cell: ccp has 4 atoms, 8 tetrahedral and 4 octahedral voids; hcp 6, 12, 6. */
function voidFormula(t: number, o: number): string {
  const [atoms, T, O] = [4, 8, 4];
  const a = 12 * atoms;
  const b = T * t + O * o;
  const g = gcd(a, b);
  const s = (k: number) => (k === 1 ? '' : `_{${k}}`);
  return `$\\mathrm{A${s(a / g)}B${s(b / g)}}$`;
}

const checks: Record<string, AnswerCheck> = {
  'c.basic.combustion-analysis': ({ i, w, k }) => {
    const [x, y, z] = CHO_COMPOUNDS[i!]!;
    const M = 12 * x + y + 16 * z;
    const shown = [Number(((w! / M) * x * 44).toFixed(3)), Number(((w! / M) * (y / 2) * 18).toFixed(3))];
    const found = combustionCandidates(M, w!, shown[0]!, shown[1]!);
    expect(found).toHaveLength(1);
    return found[0]![k!]!;
  },
  // Bisection on the NaHCO₃ fraction that loses the shown mass.
  'c.basic.carbonate-mixture': ({ p, m }) => {
    const loss = Number((((m! * p!) / 100) * 62 / 168).toFixed(3));
    return 100 * bisect((f) => ((m! * f) / 168) * 62 - loss, 0, 1);
  },
  // Residue route: all carbonate left after heating plus the CO₂ already driven off.
  'c.basic.carbonate-mixture-co2': ({ p, m }) => {
    const loss = Number((((m! * p!) / 100) * 62 / 168).toFixed(3));
    return 22400 * ((m! - loss) / 106 + loss / 62);
  },
  // Mass route: solute mass needed, reagent mass, then volume from density.
  'c.basic.reagent-dilution': ({ i, V, c }) => {
    const [, pct, d, M] = REAGENTS[i!]!;
    const soluteGrams = (V! / 1000) * c! * M;
    return soluteGrams / (pct / 100) / d;
  },
  'c.atom.hydrogen-like-match': ({ Z, lo, hi }) => {
    const m = matchingHydrogen(Z!, hi!, lo!);
    expect(m).toHaveLength(1);
    return m[0]!;
  },
  // Frequency route in joules.
  'c.atom.photoelectric-ke': ({ m, lam }) => {
    const nu = 3e8 / (lam! * 1e-9);
    return (6.626e-34 * nu - WORK_FUNCTIONS[m!]![1] * 1.602e-19) / 1.602e-19;
  },
  // Enumerate every (n, l, m_l, m_s) with n ≤ 7 and count those that fit.
  'c.atom.quantum-number-count': ({ kind, a, b }) => {
    let count = 0;
    for (let n = 1; n <= 7; n++) for (let l = 0; l < n; l++) for (let ml = -l; ml <= l; ml++) for (const ms of [0.5, -0.5]) {
      const fits = [n === a && ml === b, n === a && l === b, n + l === a, n === a && ms === 0.5][kind!];
      if (fits) count++;
    }
    return count;
  },
  // Two Arrhenius rate constants (A = 10¹³ s⁻¹, Ea = 150 kJ/mol uncatalysed) divided.
  'c.kin.catalyst-factor': ({ dE, T }) => {
    const k = (Ea: number) => 1e13 * Math.exp((-Ea * 1000) / (R * T!));
    return k(150 - dE!) / k(150);
  },
  'c.kin.catalyst-equivalent-temperature': ({ Ea, dE, T }) => bisect((Tp) => (Ea! * 1000) / (R * Tp) - ((Ea! - dE!) * 1000) / (R * T!), 200, 2000),
  // Simulate each candidate order and keep the one whose half-life ratio matches.
  'c.kin.order-from-half-lives': ({ c1, f, t1, n }) => {
    const t2 = t1! * f! ** (1 - n!);
    const ratio = Number(t2.toFixed(4)) / t1!;
    const orders = [0, 1, 2, 3].filter((k) => Math.abs(halfLife(k, c1! * f!) / halfLife(k, c1!) - ratio) < 1e-3 * ratio);
    expect(orders).toHaveLength(1);
    return orders[0]!;
  },
  // SI units: κ in S/m, c in mol/m³, Λ in S m² mol⁻¹.
  'c.elec.kohlrausch-ka': ({ i, c }) => {
    const L0 = [390.7, 404.4, 385.6][i!]! * 1e-4;
    const Ka = [1.8e-5, 1.8e-4, 1.34e-5][i!]!;
    const alphaTrue = bisect((a) => (c! * a * a) / (1 - a) - Ka, 0, 1);
    const kappaShown = Number(((c! * alphaTrue * L0 * 1e4) / 1000).toPrecision(3));
    const alpha = (kappaShown * 100) / (c! * 1000) / L0;
    return (c! * alpha * alpha) / (1 - alpha) / 1e-5;
  },
  // Faraday's second law: masses in the ratio of equivalent weights (M/n).
  'c.elec.series-coulometer': ({ i, mAg }) => {
    const eq = [63.5 / 2, 58.7 / 2, 197 / 3, 52 / 3, 207 / 2][i!]!;
    return (mAg! * eq) / 108;
  },
  // Sum of the two half-reactions' ΔG° = −n_i F E_i, each scaled to the balanced equation.
  'c.elec.cell-gibbs-energy': ({ a, c }) => {
    const [, , kA, EA] = COUPLES[a!]!;
    const [, , kC, EC] = COUPLES[c!]!;
    const n = (kA * kC) / gcd(kA, kC);
    const reduction = (n / kC) * (-kC * 96500 * EC);
    const oxidation = (n / kA) * (kA * 96500 * EA);
    return (reduction + oxidation) / 1000;
  },
  'c.solid.void-formula': ({ t, o }) => voidFormula(t!, o!),
};

describe('chemistry depth: mole concept, atomic structure, kinetics, electrochemistry, solid state', () => {
  it('has a check for every generator', () => {
    expect(chemDepthStructureGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('every generator renders in Hindi and passes the framework realism check on 220 seeds', () => {
    expect(bilingualRealismProblems(chemDepthStructureGenerators, SEEDS)).toEqual([]);
  });
  for (const gen of chemDepthStructureGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi aligned, no impossible option`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
