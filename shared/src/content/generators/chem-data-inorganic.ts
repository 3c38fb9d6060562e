import { choice } from './spec.ts';
import type { ChoiceSpec } from './types.ts';
import type { Rng } from '../random.ts';

/**
 * Reviewed data and small builders shared by the inorganic / kinetics depth generators.
 * Energies in kJ/mol, lengths in pm, angles in degrees; every value is a measured one.
 */

/** Stoichiometric equations for rates: TeX of each species, its coefficient, −1 reactant / +1 product. */
export const RATE_REACTIONS: readonly (readonly (readonly [string, number, number])[])[] = [
  [['N_2O_5', 2, -1], ['NO_2', 4, 1], ['O_2', 1, 1]],
  [['N_2', 1, -1], ['H_2', 3, -1], ['NH_3', 2, 1]],
  [['SO_2', 2, -1], ['O_2', 1, -1], ['SO_3', 2, 1]],
  [['NH_3', 4, -1], ['O_2', 5, -1], ['NO', 4, 1], ['H_2O', 6, 1]],
  [['NO', 2, -1], ['O_2', 1, -1], ['NO_2', 2, 1]],
  [['PH_3', 4, -1], ['P_4', 1, 1], ['H_2', 6, 1]],
  [['Br^-', 5, -1], ['BrO_3^-', 1, -1], ['H^+', 6, -1], ['Br_2', 3, 1], ['H_2O', 3, 1]],
  [['C_3H_8', 1, -1], ['O_2', 5, -1], ['CO_2', 3, 1], ['H_2O', 4, 1]],
];

/** The equation as TeX, coefficient 1 left out. */
export function equationTex(r: readonly (readonly [string, number, number])[]): string {
  const side = (s: number) => r.filter((x) => x[2] === s).map(([f, n]) => `${n === 1 ? '' : n}\\mathrm{${f}}`).join(' + ');
  return `${side(-1)} \\to ${side(1)}`;
}

/**
 * Four items of distinct value ordered "a < b < c < d" (increasing `value`), with the wrong orders
 * a student writes: fully reversed, the two ends swapped, the middle pair swapped, the first pair
 * swapped. The stem is built by the caller. Items are [label (TeX or plain), value].
 */
export function orderChoice(
  rng: Rng,
  pool: readonly (readonly [string, number])[],
  o: { params: Record<string, number>; text: string; solution: string; hi: { text: string; solution: string } },
): ChoiceSpec {
  const chosen: (readonly [string, number])[] = [];
  for (const i of rng.shuffle(pool.map((_, k) => k))) {
    const it = pool[i]!;
    if (chosen.every((c) => Math.abs(c[1] - it[1]) > 1e-9)) chosen.push(it);
    if (chosen.length === 4) break;
  }
  const s = [...chosen].sort((a, b) => a[1] - b[1]).map((x) => x[0]);
  const fmt = (xs: string[]) => xs.join(' < ');
  const [a, b, c, d] = s as [string, string, string, string];
  const shown = rng.shuffle(s).join(', ');
  return choice({
    params: { ...o.params, ...Object.fromEntries(chosen.map((x, k) => [`p${k}`, pool.indexOf(x)])) },
    text: o.text.replace('{items}', shown),
    correct: fmt(s),
    distractors: [fmt([d, c, b, a]), fmt([d, b, c, a]), fmt([a, c, b, d]), fmt([b, a, c, d]), fmt([a, b, d, c])],
    solution: o.solution,
    hi: { text: o.hi.text.replace('{items}', shown), solution: o.hi.solution },
  });
}

/** The unit of a rate constant of overall order n = 0–4 (concentration in mol L⁻¹, time in s). */
export const RATE_UNITS = ['mol L⁻¹ s⁻¹', 's⁻¹', 'L mol⁻¹ s⁻¹', 'L² mol⁻² s⁻¹', 'L³ mol⁻³ s⁻¹'] as const;
