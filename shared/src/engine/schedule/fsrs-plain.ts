import { Rating, type FSRS } from 'ts-fsrs';

/**
 * ts-fsrs 5.4.2's memory model (`next_state`, `next_interval`, `forgetting_curve`) restated on
 * plain numbers. The library reads every parameter through a Proxy and recomputes the decay
 * factor (exp, pow, log) on each retrievability; in the fold those reads are a sixth of the work.
 *
 * Invariant: every result is bit-for-bit what the library returns for the same scheduler. The
 * parameters are read once from the library's own resolved scheduler (its clipped and migrated
 * `w`, its interval modifier), and each formula keeps the library's operations in the library's
 * order, so floating-point rounding is the same; only values that do not depend on the card
 * (the decay factor, e^w8, the Easy initial difficulty) are computed once instead of per call,
 * which yields the same doubles. `fsrs-plain.test.ts` compares both over random states.
 * Fuzz must be off (the library's fuzz seeds from a clock); `plainFsrs` refuses otherwise. Invalid
 * input throws as the library does, with its messages (as a plain Error: the library does not
 * export its error class).
 */
export interface PlainFsrs {
  /** Recall probability after `t` days at stability `s` (the library's `forgetting_curve`). */
  forgettingCurve(t: number, s: number): number;
  /** Interval in days for stability `s` (the library's `next_interval`, fuzz off). */
  nextInterval(s: number): number;
  /**
   * Memory state after grade `g` with `t` days elapsed; `d`/`s` 0 = no previous state (the
   * library's `next_state(null, …)`). Writes the result into `out` to spare an allocation.
   */
  nextState(d: number, s: number, t: number, g: number, out: MemoryState): MemoryState;
}

/** A mutable FSRS memory state. */
export interface MemoryState {
  difficulty: number;
  stability: number;
}

const S_MIN = 1e-3;
const S_MAX = 36500;
// Grades as plain numbers (the fold passes numbers; Rating is a numeric enum).
const AGAIN: number = Rating.Again;
const HARD: number = Rating.Hard;
const EASY: number = Rating.Easy;

function roundTo8(x: number): number {
  // The library's roundTo(x, 8): 10 ** 8 is exactly 1e8.
  return Math.round(x * 1e8) / 1e8;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** The plain-number model of a library scheduler (fuzz off). */
export function plainFsrs(f: FSRS): PlainFsrs {
  const p = f.parameters;
  if (p.enable_fuzz) throw new Error('plainFsrs: fuzz must be off (the library would seed it from the clock)');
  const w = Array.from(p.w);
  const [w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19, w20] = w as [
    number, number, number, number, number, number, number, number, number, number, number,
    number, number, number, number, number, number, number, number, number, number,
  ];
  const shortTerm = p.enable_short_term;
  const maximumInterval = p.maximum_interval;
  const intervalModifier = f.interval_modifier;
  // computeDecayFactor(w): decay = −w20, factor = roundTo(e^(ln 0.9 / decay) − 1, 8).
  const decay = -w20;
  const factor = roundTo8(Math.exp(Math.pow(decay, -1) * Math.log(0.9)) - 1);
  // Index 0 (Manual) has no initial stability; the library's w[-1] gives NaN there too.
  const initStability = [Number.NaN, Math.max(w0, 0.1), Math.max(w1, 0.1), Math.max(w2, 0.1), Math.max(w3, 0.1)];
  const initDifficulty = (g: number): number => roundTo8(w4 - Math.exp((g - 1) * w5) + 1);
  const easyInitDifficulty = initDifficulty(Rating.Easy);
  const expW8 = Math.exp(w8);
  const sAfterFailFloorDivisor = shortTerm ? Math.exp(w17 * w18) : 1;

  const forgettingCurve = (t: number, s: number): number => roundTo8(Math.pow(1 + (factor * t) / s, decay));

  return {
    forgettingCurve,
    nextInterval(s: number): number {
      return Math.round(Math.min(Math.max(1, Math.round(s * intervalModifier)), maximumInterval));
    },
    nextState(d: number, s: number, t: number, g: number, out: MemoryState): MemoryState {
      if (t < 0) throw new Error(`Invalid delta_t "${t}"`);
      if (g < 0 || g > 4) throw new Error(`Invalid grade "${g}"`);
      if (d === 0 && s === 0) {
        out.difficulty = clamp(initDifficulty(g), 1, 10);
        out.stability = initStability[g] as number;
        return out;
      }
      if (g === 0) {
        out.difficulty = d;
        out.stability = s;
        return out;
      }
      if (d < 1 || s < S_MIN) throw new Error(`Invalid memory state { difficulty: ${d}, stability: ${s} }`);
      const r = forgettingCurve(t, s);
      let newS: number;
      if (t === 0 && shortTerm) {
        const sinc = Math.pow(s, -w19) * Math.exp(w17 * (g - 3 + w18));
        const maskedSinc = g >= HARD ? Math.max(sinc, 1) : sinc;
        newS = roundTo8(clamp(s * maskedSinc, S_MIN, S_MAX));
      } else if (g === AGAIN) {
        const sAfterFail = roundTo8(clamp(w11 * Math.pow(d, -w12) * (Math.pow(s + 1, w13) - 1) * Math.exp((1 - r) * w14), S_MIN, S_MAX));
        newS = clamp(roundTo8(s / sAfterFailFloorDivisor), S_MIN, sAfterFail);
      } else {
        const hardPenalty = g === HARD ? w15 : 1;
        const easyBound = g === EASY ? w16 : 1;
        newS = roundTo8(
          clamp(s * (1 + expW8 * (11 - d) * Math.pow(s, -w9) * (Math.exp((1 - r) * w10) - 1) * hardPenalty * easyBound), S_MIN, S_MAX),
        );
      }
      // next_difficulty: linear damping, then mean reversion towards the Easy initial difficulty.
      const deltaD = -w6 * (g - 3);
      const nextD = d + roundTo8((deltaD * (10 - d)) / 9);
      out.difficulty = clamp(roundTo8(w7 * easyInitDifficulty + (1 - w7) * nextD), 1, 10);
      out.stability = newS;
      return out;
    },
  };
}
