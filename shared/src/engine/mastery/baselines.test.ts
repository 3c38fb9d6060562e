import { describe, expect, it } from 'vitest';
import { createPrng, randomNormal } from '../prng.ts';
import { replayBestLr, replayElo } from './baselines.ts';
import type { KtRow } from './kt-replay.ts';
import { auc } from './metrics.ts';

/** Students of known ability on items of known difficulty (a Rasch world, no learning). */
function rasch(seed: number, students = 40, answers = 60): KtRow[] {
  const rng = createPrng(seed);
  const items = Array.from({ length: 30 }, () => randomNormal(rng));
  const abilities = Array.from({ length: students }, () => randomNormal(rng));
  const rows: KtRow[] = [];
  for (let k = 0; k < answers; k++) {
    for (let s = 0; s < students; s++) {
      const i = Math.floor(rng() * items.length);
      const p = 1 / (1 + Math.exp(-((abilities[s] as number) - (items[i] as number))));
      rows.push({ userId: `u${s}`, itemId: `i${i}`, timestampMs: 0, correct: rng() < p, skillIds: [`s${i % 5}`] });
    }
  }
  return rows;
}

describe('reference models', () => {
  const rows = rasch(5);
  const y = rows.map((r) => (r.correct ? 1 : 0));

  it.each([
    ['Elo', replayElo],
    ['Best-LR', replayBestLr],
  ] as const)('%s recovers a Rasch world online (AUC > 0.7) and predicts before learning', (_, replay) => {
    const p = replay(rows);
    expect(p).toHaveLength(rows.length);
    expect(auc(p, y)).toBeGreaterThan(0.7);
    // The first answer is predicted knowing nothing: exactly 0.5.
    expect(p[0]).toBe(0.5);
    // A prediction never depends on its own outcome.
    const flipped = rows.map((r, i) => (i === 100 ? { ...r, correct: !r.correct } : r));
    expect(replay(flipped)[100]).toBe(p[100]);
    // …and it is learned: later predictions change.
    expect([...replay(flipped).subarray(101)]).not.toEqual([...p.subarray(101)]);
  });

  it('Elo moves a new rating by α / (1 + β n) × error', () => {
    const two: KtRow[] = [
      { userId: 'u', itemId: 'i', timestampMs: 0, correct: true, skillIds: [] },
      { userId: 'u', itemId: 'i', timestampMs: 0, correct: true, skillIds: [] },
    ];
    const p = replayElo(two, { alpha: 1, beta: 0.05 });
    // After one right answer at P = 0.5: θ = 0.5, β_item = −0.5, so P = σ(1).
    expect(p[1]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });
});
