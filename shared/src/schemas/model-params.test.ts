import { describe, expect, it } from 'vitest';
import { calibrateParams, type PopulationAnswer } from '../engine/mastery/calibrate.ts';
import { parseModelParams, storeModelParams } from './sync.ts';

// The compact stored form of the population parameters reads back as exactly the parameters the
// engine exported (every name, weight and accumulator), whatever key order the JSON arrives in.

function population(): PopulationAnswer[] {
  const out: PopulationAnswer[] = [];
  for (let s = 0; s < 12; s++) {
    for (let q = 0; q < 15; q++) {
      out.push({
        studentId: `s${s}`,
        item: { itemId: `gen-m.x-${q}`, skills: [{ id: `M.C${q % 4}`, share: 1 }], difficultyPrior: 1 + (q % 5) },
        correct: (s * 7 + q * 3) % 5 < 3,
      });
    }
  }
  return out;
}

describe('stored model parameters', () => {
  it('round-trip exactly through the compact form and JSON text', () => {
    const params = calibrateParams(population());
    expect(Object.keys(params.weights).some((k) => k.startsWith('i:'))).toBe(true);
    const stored = storeModelParams(params);
    const back = parseModelParams(JSON.stringify(stored));
    expect(back).toEqual({ weights: { ...params.weights }, accumulators: { ...params.accumulators } });
    expect(Object.keys(back!.weights)).toEqual(Object.keys(params.weights));
    // Reversed key order in the JSON (as another database might emit it) reads back the same.
    const reversed = { v: 2, keyed: Object.fromEntries(Object.entries(stored.keyed).reverse()), dense: stored.dense };
    expect(parseModelParams(reversed)).toEqual(back);
    // Smaller than the engine's two flat maps (each item id once instead of eight times).
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(params).length);
  });

  it('refuses a malformed value as absent (the engine then keeps its priors)', () => {
    expect(parseModelParams(null)).toBeNull();
    expect(parseModelParams('not json')).toBeNull();
    expect(parseModelParams({ weights: { a: 1 }, accumulators: { a: 0 } })).toBeNull();
    expect(parseModelParams({ v: 2, dense: { d: [1, -1] }, keyed: {} })).toBeNull();
  });
});
