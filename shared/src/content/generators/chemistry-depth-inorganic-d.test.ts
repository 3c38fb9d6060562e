import { describe, expect, it } from 'vitest';
import { bilingualRealismProblems } from './bilingual-realism.test-util.ts';
import { realismProblems } from './chem-checks.test-util.ts';
import { SPECIES } from './chem-data.ts';
import {
  ALLOYS, alloyH2, alMgVolume, anhydrous, bleachTitre, chemDepthInorganicDGenerators, HALOGEN_ORDERS, HYDRATES, N_OXIDES, nOxideStatements, SILICATES, XENON_FLUORIDES, xenonStatements,
} from './chemistry-depth-inorganic-d.ts';
import type { Fact } from './formula.ts';
import { bisect } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const MASS: Record<string, number> = { H: 1, Li: 7, K: 39, C: 12, N: 14, O: 16, Na: 23, Mg: 24, Al: 27, S: 32, Cl: 35.5, Ca: 40, Sr: 87.5, Ba: 137, Xe: 131.3, F: 19 };

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

const checks: Record<string, AnswerCheck> = {
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
  'c.pb.nitrogen-oxides-statements': (p) => nOxideStatements(p).filter((_, k) => {
    const f = N_OXIDES[p[`o${k}`]!]![0];
    const { N, O } = atomsOf(f) as { N: number; O: number };
    const t = p[`t${k}`]!;
    const real = t === 0 ? (2 * O) / N : t === 1 ? (5 * N + 6 * O) % 2 : Number(['N_2O', 'NO'].includes(f));
    return real === p[`s${k}`];
  }).map((s) => s.en),
  // Nitrogen followed through repeated passes of the absorber: each pass turns ⅔ of the NO₂ into acid and returns ⅓ as NO.
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
