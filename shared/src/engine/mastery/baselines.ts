import type { KtRow } from './kt-replay.ts';

/**
 * Reference models for `npm run eval:mastery`, replayed online exactly like the engine's model
 * (each response predicted from all earlier rows, then learned), so the comparison is like for
 * like. They are yardsticks, not used by the app.
 *
 * - Elo (Pelánek 2016, "Applications of the Elo rating system in adaptive educational
 *   systems"): P = σ(θ_student + mean θ_student,skill − β_item), each rating moved by
 *   (y − P) × α / (1 + β·n) with n its own update count, so new students and items move fast and
 *   settle as evidence accumulates.
 * - Best-LR (Gervet et al. 2020, "When is deep learning the best approach to knowledge
 *   tracing?"): logistic regression on student, item and skill indicators, per-skill log counts
 *   of attempts and wins, and the student's total log counts of attempts and wins; learned
 *   online by Adagrad. The paper trains it offline on other students; online it starts
 *   knowing nothing, like the engine does on a new platform.
 */

/** Step size of Elo's ratings: α / (1 + β·n). */
export interface EloConfig {
  readonly alpha: number;
  readonly beta: number;
}

/** Pelánek's defaults. */
export const DEFAULT_ELO_CONFIG: EloConfig = { alpha: 1, beta: 0.05 };

interface Rating {
  r: number;
  n: number;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function ratingOf(map: Map<string, Rating>, key: string): Rating {
  let x = map.get(key);
  if (x === undefined) {
    x = { r: 0, n: 0 };
    map.set(key, x);
  }
  return x;
}

/** Online Elo predictions for `rows` (in answer order), each made before the row is learned. */
export function replayElo(rows: readonly KtRow[], config: EloConfig = DEFAULT_ELO_CONFIG): Float64Array {
  const students = new Map<string, Rating>();
  const studentSkills = new Map<string, Rating>();
  const items = new Map<string, Rating>();
  const out = new Float64Array(rows.length);
  const step = (x: Rating): number => config.alpha / (1 + config.beta * x.n++);
  rows.forEach((row, i) => {
    const u = ratingOf(students, row.userId);
    const it = ratingOf(items, row.itemId);
    const us = row.skillIds.map((s) => ratingOf(studentSkills, `${row.userId}\u0000${s}`));
    const skill = us.length === 0 ? 0 : us.reduce((a, x) => a + x.r, 0) / us.length;
    const p = sigmoid(u.r + skill - it.r);
    out[i] = p;
    const err = (row.correct ? 1 : 0) - p;
    u.r += step(u) * err;
    it.r -= step(it) * err;
    for (const x of us) x.r += (step(x) * err) / us.length;
  });
  return out;
}

/** Adagrad settings of the online Best-LR (the engine model's textbook defaults). */
const LR_RATE = 0.1;
const LR_INITIAL_ACCUMULATOR = 1;

/** Online Best-LR predictions for `rows` (in answer order), each made before the row is learned. */
export function replayBestLr(rows: readonly KtRow[]): Float64Array {
  const weights = new Map<string, { w: number; a: number }>();
  const counts = new Map<string, { attempts: number; wins: number }>();
  const totals = new Map<string, { attempts: number; wins: number }>();
  const out = new Float64Array(rows.length);
  const names: string[] = [];
  const values: number[] = [];
  const countOf = (map: Map<string, { attempts: number; wins: number }>, key: string) => {
    let c = map.get(key);
    if (c === undefined) {
      c = { attempts: 0, wins: 0 };
      map.set(key, c);
    }
    return c;
  };
  rows.forEach((row, i) => {
    names.length = 0;
    values.length = 0;
    const add = (name: string, value: number): void => {
      names.push(name);
      values.push(value);
    };
    const total = countOf(totals, row.userId);
    add('b', 1);
    add(`u:${row.userId}`, 1);
    add(`i:${row.itemId}`, 1);
    add('ta', Math.log1p(total.attempts));
    add('tw', Math.log1p(total.wins));
    const skillCounts = row.skillIds.map((s) => countOf(counts, `${row.userId}\u0000${s}`));
    row.skillIds.forEach((s, k) => {
      const c = skillCounts[k] as { attempts: number; wins: number };
      add(`s:${s}`, 1);
      add(`sa:${s}`, Math.log1p(c.attempts));
      add(`sw:${s}`, Math.log1p(c.wins));
    });
    let z = 0;
    for (let k = 0; k < names.length; k++) z += (weights.get(names[k] as string)?.w ?? 0) * (values[k] as number);
    const p = sigmoid(z);
    out[i] = p;
    const y = row.correct ? 1 : 0;
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      let slot = weights.get(name);
      if (slot === undefined) {
        slot = { w: 0, a: LR_INITIAL_ACCUMULATOR };
        weights.set(name, slot);
      }
      const g = (p - y) * (values[k] as number);
      slot.a += g * g;
      slot.w -= (LR_RATE * g) / Math.sqrt(slot.a);
    }
    total.attempts += 1;
    total.wins += y;
    for (const c of skillCounts) {
      c.attempts += 1;
      c.wins += y;
    }
  });
  return out;
}
