import fc from 'fast-check';
import { CLAMP_PARAMETERS, fsrs, generatorParameters, W17_W18_Ceiling, type FSRS, type FSRSParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { plainFsrs, type MemoryState } from './fsrs-plain.ts';

/** The library's scheduler and its plain-number restatement for the same parameters. */
function pair(params: Partial<FSRSParameters>): { lib: FSRS; plain: ReturnType<typeof plainFsrs> } {
  const lib = fsrs(generatorParameters({ enable_fuzz: false, ...params }));
  return { lib, plain: plainFsrs(lib) };
}

// Parameter vectors anywhere inside the library's own clip ranges, plus unclipped ones (the
// library clips them; the restatement must read the clipped values, not the raw input).
const clipRanges = CLAMP_PARAMETERS(W17_W18_Ceiling, true);
const inRangeWeights = fc.tuple(...clipRanges.map(([min, max]) => fc.double({ min, max, noNaN: true })));
const rawWeights = fc.array(fc.double({ min: -5, max: 120, noNaN: true }), { minLength: 21, maxLength: 21 });
const config = fc.record({
  request_retention: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
  maximum_interval: fc.integer({ min: 1, max: 36500 }),
  enable_short_term: fc.boolean(),
  w: fc.option(fc.oneof(inRangeWeights, rawWeights), { nil: undefined }),
});
// Stability log-uniform over the library's whole range, so tiny and huge both occur.
const stability = fc.double({ min: Math.log(1e-3), max: Math.log(36500), noNaN: true }).map(Math.exp);
const difficulty = fc.double({ min: 1, max: 10, noNaN: true });
// Whole days (what the fold passes), with 0 (the short-term branch) often, and fractional ones.
const elapsed = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 800 }), fc.double({ min: 0, max: 1000, noNaN: true }));
const grade = fc.integer({ min: 0, max: 4 });

/** Bitwise equality (Object.is tells 0 from −0 and matches NaN with NaN). */
function same(a: number, b: number): boolean {
  return Object.is(a, b);
}

describe('plain-number FSRS equals ts-fsrs bit for bit', () => {
  it('next_state, next_interval and forgetting_curve over random parameters, states, grades and gaps', () => {
    fc.assert(
      fc.property(config, fc.array(fc.tuple(difficulty, stability, elapsed, grade), { minLength: 1, maxLength: 40 }), (params, cases) => {
        const { lib, plain } = pair(params);
        const out: MemoryState = { difficulty: 0, stability: 0 };
        for (const [d, s, t, g] of cases) {
          const want = lib.next_state({ difficulty: d, stability: s }, t, g);
          const got = plain.nextState(d, s, t, g, out);
          if (!same(got.difficulty, want.difficulty) || !same(got.stability, want.stability)) return false;
          if (!same(plain.forgettingCurve(t, s), lib.forgetting_curve(t, s))) return false;
          if (!same(plain.nextInterval(s), lib.next_interval(s, Math.floor(t)))) return false;
          // Chain: the state the library would carry into the next review.
          const first = lib.next_state(null, 0, g === 0 ? 3 : g);
          const firstPlain = plain.nextState(0, 0, 0, g === 0 ? 3 : g, out);
          if (!same(firstPlain.difficulty, first.difficulty) || !same(firstPlain.stability, first.stability)) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('long review histories stay identical (each state feeds the next, as in the fold)', () => {
    fc.assert(
      fc.property(config, fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 200 }), (params, steps) => {
        const { lib, plain } = pair(params);
        let want = lib.next_state(null, 0, (steps[0] as [number, number])[1]);
        const got: MemoryState = { difficulty: 0, stability: 0 };
        plain.nextState(0, 0, 0, (steps[0] as [number, number])[1], got);
        for (const [t, g] of steps.slice(1)) {
          want = lib.next_state(want, t, g);
          plain.nextState(got.difficulty, got.stability, t, g, got);
          if (!same(got.difficulty, want.difficulty) || !same(got.stability, want.stability)) return false;
          if (!same(plain.nextInterval(got.stability), lib.next_interval(want.stability, t))) return false;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('defaults: every grade and gap 0…400 days from a grid of states', () => {
    const { lib, plain } = pair({});
    const out: MemoryState = { difficulty: 0, stability: 0 };
    let compared = 0;
    for (let d = 1; d <= 10; d += 0.75) {
      for (let s = 1e-3; s <= 36500; s *= 1.9) {
        for (let t = 0; t <= 400; t += 7) {
          for (let g = 0; g <= 4; g++) {
            const want = lib.next_state({ difficulty: d, stability: s }, t, g);
            plain.nextState(d, s, t, g, out);
            expect([out.difficulty, out.stability]).toEqual([want.difficulty, want.stability]);
            compared++;
          }
          expect(plain.forgettingCurve(t, s)).toBe(lib.forgetting_curve(t, s));
        }
        expect(plain.nextInterval(s)).toBe(lib.next_interval(s, 0));
      }
    }
    expect(compared).toBeGreaterThan(50_000);
  });

  it('rejects what the library rejects, with its message', () => {
    const { lib, plain } = pair({});
    const out: MemoryState = { difficulty: 0, stability: 0 };
    const bad: Array<[number, number, number, number]> = [
      [5, 3, -1, 3],
      [5, 3, 2, 5],
      [5, 3, 2, -1],
      [0.5, 3, 2, 3],
      [5, 1e-4, 2, 3],
    ];
    for (const [d, s, t, g] of bad) {
      let message = '';
      try {
        lib.next_state({ difficulty: d, stability: s }, t, g);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).not.toBe('');
      expect(() => plain.nextState(d, s, t, g, out)).toThrow(message);
    }
  });

  it('refuses a fuzzed scheduler (its intervals would not be reproducible)', () => {
    expect(() => plainFsrs(fsrs(generatorParameters({ enable_fuzz: true })))).toThrow(/fuzz/);
  });
});
