import { describe, expect, it } from 'vitest';
import { realismProblems } from './chem-checks.test-util.ts';
import { chemDepthOrganicGenerators } from './chemistry-depth-organic.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

/** Canonical string of a labelled tree: the least AHU encoding over every root (n ≤ 12, so brute force). */
function canon(adj: number[][], label: string[]): string {
  const enc = (v: number, p: number): string => `${label[v]}(${adj[v]!.filter((u) => u !== p).map((u) => enc(u, v)).sort().join(',')})`;
  return adj.map((_, r) => enc(r, -1)).sort()[0]!;
}
/** Carbon skeleton from a parent list (parent[i] is the carbon atom i hangs on; −1 for the first). */
function skeleton(parent: number[]): number[][] {
  const adj: number[][] = parent.map(() => []);
  parent.forEach((p, i) => {
    if (p >= 0) {
      adj[i]!.push(p);
      adj[p]!.push(i);
    }
  });
  return adj;
}
/** Distinct trees obtained by hanging one new atom labelled `sub` on each carbon that still has an H. */
function substituted(adj: number[][]): Map<string, number> {
  const out = new Map<string, number>();
  adj.forEach((nb, c) => {
    if (nb.length >= 4) return;
    const a = adj.map((x) => [...x]);
    a.push([c]);
    a[c]!.push(a.length - 1);
    const label = adj.map(() => 'C').concat(['X']);
    out.set(canon(a, label), nb.length);
  });
  return out;
}
/** Every alkane skeleton with n carbons (valence ≤ 4), by growing from smaller ones. */
function skeletons(n: number): number[][][] {
  let level = new Map<string, number[][]>([['C()', [[]]]]);
  for (let k = 2; k <= n; k++) {
    const next = new Map<string, number[][]>();
    for (const adj of level.values()) {
      adj.forEach((nb, c) => {
        if (nb.length >= 4) return;
        const a = adj.map((x) => [...x]);
        a.push([c]);
        a[c]!.push(a.length - 1);
        next.set(canon(a, a.map(() => 'C')), a);
      });
    }
    level = next;
  }
  return [...level.values()];
}
/** Alkanes of the monochlorination generator as parent lists, in the generator's order. */
const ALKANE_PARENTS = [
  [-1, 0], [-1, 0, 1], [-1, 0, 1, 2], [-1, 0, 0, 0], [-1, 0, 1, 2, 3], [-1, 0, 0, 0, 3], [-1, 0, 0, 0, 0],
  [-1, 0, 1, 2, 3, 4], [-1, 0, 0, 0, 3, 4], [-1, 0, 1, 2, 3, 2], [-1, 0, 0, 0, 0, 4], [-1, 0, 0, 0, 3, 3], [-1, 0, 1, 2, 3, 4, 5],
  [-1, 0, 0, 0, 0, 4, 5, 5], [-1, 0, 0, 0, 0, 4, 4, 4],
];
/** Carbonyl compound from the carbon counts of the two groups on the former alkene carbon. */
function carbonyl(p: readonly [number, number]): string {
  const alkyl = (k: number, left: boolean) => (k === 1 ? 'CH_3' : left ? 'CH_3CH_2' : 'CH_2CH_3');
  if (p[0] === 0 && p[1] === 0) return 'HCHO';
  if (p[0] === 0) return `${alkyl(p[1], true)}CHO`;
  return `${alkyl(p[0], true)}CO${alkyl(p[1], false)}`;
}
const SIDE_GROUPS: readonly (readonly [number, number])[] = [[0, 0], [0, 1], [0, 2], [1, 1], [1, 2], [2, 2]];
/** Textbook major products of HX addition: [ionic, with peroxide] for each alkene (X placeholder). */
const HX_KNOWN = [
  ['CH_3CHXCH_3', 'CH_3CH_2CH_2X'], ['CH_3CH_2CHXCH_3', 'CH_3CH_2CH_2CH_2X'], ['(CH_3)_3CX', '(CH_3)_2CHCH_2X'],
  ['(CH_3)_2CXCH_2CH_3', '(CH_3)_2CHCHXCH_3'], ['C_6H_5CHXCH_3', 'C_6H_5CH_2CH_2X'], ['(CH_3)_2CXCH(CH_3)_2', '(CH_3)_3CCH_2CH_2X'],
];
/** Textbook E2 products: [Saytzeff with KOH, Hofmann with tert-butoxide]. */
const E2_KNOWN = [
  ['CH_3CH=CHCH_3', 'CH_3CH_2CH=CH_2'], ['(CH_3)_2C=CHCH_3', 'CH_2=C(CH_3)CH_2CH_3'], ['CH_3CH_2CH=CHCH_3', 'CH_3CH_2CH_2CH=CH_2'],
  ['(CH_3)_2C=CHCH_3', '(CH_3)_2CHCH=CH_2'], ['C_6H_5CH=CHCH_3', ''], ['CH_3CH=C(CH_3)CH_2CH_3', 'CH_2=C(CH_2CH_3)_2'],
];
const AROMATIC = new Set(['benzene', 'the cyclopentadienyl anion', 'the tropylium cation', 'the cyclopropenyl cation', 'pyridine', 'furan', 'pyrrole', 'thiophene', 'the cyclooctatetraenyl dianion']);
const RING_NAMES = ['benzene', 'the cyclopentadienyl anion', 'the tropylium cation', 'the cyclopropenyl cation', 'cyclobutadiene', 'the cyclopentadienyl cation', 'the cyclopropenyl anion', 'cyclooctatetraene (tub-shaped)', 'cyclopentadiene', 'cycloheptatriene', 'pyridine', 'furan', 'pyrrole', 'thiophene', 'the cyclooctatetraenyl dianion'];
const HAL_SETS = [
  ['CH_3X', 'CH_3CH_2X', '(CH_3)_2CHX', '(CH_3)_3CX'],
  ['CH_3X', 'CH_3CH_2CH_2X', 'CH_3CH_2CH(CH_3)X', '(CH_3)_2C(X)CH_2CH_3'],
  ['CH_3X', '(CH_3)_2CHCH_2X', '(CH_3CH_2)_2CHX', '(CH_3CH_2)_3CX'],
];
/** Degree of the C–X carbon (0 methyl … 3 tertiary) counted from each formula by hand. */
const HAL_DEGREE = [[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]];
const SN_CLASS = [1, 2, 3, 1, 2, 3];
const tex = (s: string) => `$\\mathrm{${s}}$`;

const checks: Record<string, AnswerCheck> = {
  'c.hc.monochlorination-isomers': ({ i }) => substituted(skeleton(ALKANE_PARENTS[i!]!)).size,
  'c.hc.eudiometry': ({ g, V }) => {
    const [x, y] = ([[1, 4], [2, 6], [2, 4], [2, 2], [3, 8], [3, 6], [3, 4], [4, 10], [4, 8], [4, 6]] as const)[g!]!;
    // Volumes before and after burning with 100 mL excess O₂, water condensed; then recover x, y from them.
    const before = V! + 100 + V! * (x + y / 4);
    const afterCooling = 100 + V! * x;
    const xs = (afterCooling - 100) / V!;
    const ys = 4 * ((before - afterCooling) / V! - 1);
    return 12 * xs + ys;
  },
  'c.hc.ozonolysis': ({ a, b }) => {
    const [p, q] = [SIDE_GROUPS[a!]!, SIDE_GROUPS[b!]!].sort((u, w) => u[0] - w[0] || u[1] - w[1]);
    const x = carbonyl(p!);
    const y = carbonyl(q!);
    return x === y ? `$\\mathrm{2\\,${x}}$` : `${tex(x)} + ${tex(y)}`;
  },
  'c.hc.hx-addition': ({ i, r }) => tex(HX_KNOWN[i!]![r === 1 ? 1 : 0]!.replace(/X/g, r === 2 ? 'Cl' : 'Br')),
  'c.hc.silver-acetylide': ({ k }) => ((26 * k!) / 10 / (2 * 12 + 2 * 1)) * (2 * 108 + 2 * 12),
  'c.hc.huckel-multi': ({ p0, p1, p2, p3 }) => [p0!, p1!, p2!, p3!].map((i) => RING_NAMES[i]!).filter((n) => AROMATIC.has(n)).map((n) => `$\\text{${n}}$`),
  // Names built from the alkyne's own name: -yne → -ene with the stereodescriptor, or the parent alkane.
  'c.hc.alkyne-reduction': ({ i, r }) => {
    const alkyne = ['but-2-yne', 'pent-2-yne', 'hex-2-yne', 'hex-3-yne'][i!]!;
    const alkene = alkyne.replace(/yne$/, 'ene');
    const product = r === 0 ? `(Z)-${alkene}` : r === 1 ? `(E)-${alkene}` : `${alkyne.split('-')[0]}ane`;
    return `$\\text{${product}}$`;
  },
  'c.hal.isomer-count': ({ n, w }) => {
    let counts = [0, 0, 0, 0];
    const seen = new Set<string>();
    for (const adj of skeletons(n!)) {
      for (const [key, degree] of substituted(adj)) {
        if (seen.has(key)) continue;
        seen.add(key);
        counts = counts.map((c, j) => c + (j === 0 || j === Math.max(1, degree) ? 1 : 0));
      }
    }
    return counts[w!]!;
  },
  'c.hal.sn-order': ({ set, mech, xi }) => {
    const deg = HAL_DEGREE[set!]!;
    const idx = [0, 1, 2, 3].sort((u, w) => (mech === 2 ? deg[u]! - deg[w]! : deg[w]! - deg[u]!));
    return `$${idx.map((j) => `\\mathrm{${HAL_SETS[set!]![j]!.replace(/X/g, ['Cl', 'Br', 'I'][xi!]!)}}`).join(' > ')}$`;
  },
  'c.hal.saytzeff': ({ i, base }) => tex(E2_KNOWN[i!]![base!]!),
  'c.hal.sn-statements': ({ s, cond }) => {
    const cls = SN_CLASS[s!]!;
    const unimolecular = cond === 1;
    const truths: string[] = [];
    if (!unimolecular) truths.push('The rate depends on the concentration of the nucleophile.');
    if (unimolecular) truths.push('A carbocation intermediate is formed.');
    if (cls === 2 && !unimolecular) truths.push('The product is formed with complete inversion of configuration.');
    if (cls !== 2) truths.push('Doubling the substrate concentration doubles the rate.');
    return truths;
  },
};

describe('chemistry depth: hydrocarbons and haloalkanes', () => {
  it('has a check for every generator', () => {
    expect(chemDepthOrganicGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  it('the isomer enumeration reproduces known counts (C₄H₁₀: 2, C₅H₁₂: 3, C₆H₁₄: 5, C₇H₁₆: 9)', () => {
    expect([4, 5, 6, 7].map((n) => skeletons(n).length)).toEqual([2, 3, 5, 9]);
  });
  for (const gen of chemDepthOrganicGenerators) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: at least 8 distinct instances, Hindi and realistic on every seed`, () => {
      expect(distinctInstances(gen, 60)).toBeGreaterThanOrEqual(8);
      expect(realismProblems(gen, SEEDS)).toEqual([]);
    });
  }
});
