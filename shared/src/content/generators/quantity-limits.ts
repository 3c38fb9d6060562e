import type { NumericSpec } from './types.ts';

/**
 * What a quantity can be at all: every option must lie in [lo, hi] and, for a count, be an
 * integer. Distractors outside these limits are impossible (a probability of 1.33, 4.5 ways, a
 * cosine of 2.7, an ellipse's eccentricity of 1.38).
 */
export interface QuantityLimits {
  lo: number;
  hi: number;
  integer: boolean;
}

const PROBABILITY = /probabilit/i;
// "The number of …" is a count, except for named numbers that can be negative or fractional.
const COUNT = /\b(how many|(?<!(oxidation|quantum|wave|mach|reynolds|magnetic quantum)\s)number of|in how many ways)\b/i;
const PART_OF_WHOLE =
  /percent(age)?\s+(by mass|by weight|by volume|yield|purity|composition|abundance|ionis|ioniz|dissociat|efficiency)|percentage of (its|the|a|an)\b|as a percentage|efficiency|% (yield|purity)/i;
const DEGREE_UNIT = /^(°|\^\\circ|\^\{\\circ\}|degrees?)$/;
const ASK = /\b(find|evaluate|calculate|determine|what)\b/gi;

/** The part of a stem that says what to find: from its last "find / evaluate / what…" on. */
function askOf(text: string): string {
  const starts = [...text.matchAll(ASK)].map((m) => m.index ?? 0);
  return text.slice(starts.length ? (starts[starts.length - 1]!) : 0);
}

/**
 * When the asked expression is one trigonometric function of one argument (`\cos\theta`,
 * `\sin(A + B)`, `\sin\left(2\tan^{-1}\frac13\right)`, `\cos^{-1}(\cos 200°)`), which one.
 */
function askedTrig(text: string): 'sin' | 'cos' | 'asin' | 'acos' | 'atan' | null {
  // The math segment right after the verb ("find $\cos\theta$ …", "find the value of $…$").
  const asked = /^\w+\s+(?:the value of\s+)?\$([^$]+)\$/i.exec(askOf(text));
  if (!asked) return null;
  let e = (asked[1] ?? '').replace(/\\left\(/g, '(').replace(/\\right\)/g, ')').replace(/\s+/g, '');
  for (let prev = ''; prev !== e; ) [prev, e] = [e, e.replace(/\([^()]*\)/g, '')];
  const m = /^\\(sin|cos|tan)(\^\{-1\})?(\\theta|\\alpha|\\beta|\\phi|[A-Za-z])?$/.exec(e);
  if (!m) return null;
  if (m[2]) return m[1] === 'sin' ? 'asin' : m[1] === 'cos' ? 'acos' : 'atan';
  return m[1] === 'tan' ? null : (m[1] as 'sin' | 'cos');
}

/**
 * The hard limits of a numeric spec's quantity: the sign its result range allows (a non-negative
 * range admits no negative option, a non-positive one no positive option), the declared `bounds`
 * and `count`, and what the stem says the quantity is, applied when the answer itself fits: a
 * probability lies in [0, 1]; a part-of-whole percentage in [0, 100]; an asked sine or cosine in
 * [−1, 1]; an inverse cosine in [0°, 180°], an inverse sine or tangent in [−90°, 90°] (or the
 * radian ranges); an ellipse's eccentricity in [0, 1], a hyperbola's at least 1; an acute angle in
 * [0°, 90°]; a principal argument in [−180°, 180°]; and the answer to "how many / the number of"
 * with a whole-number value is a whole number.
 */
export function quantityLimits(spec: Pick<NumericSpec, 'text' | 'unit' | 'value' | 'result' | 'bounds' | 'count'>): QuantityLimits {
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  const narrow = (a: number, b: number) => {
    lo = Math.max(lo, a);
    hi = Math.min(hi, b);
  };
  // A limit read from the stem applies only when the answer itself respects it.
  const infer = (a: number, b: number) => {
    if (spec.value >= a && spec.value <= b) narrow(a, b);
  };
  if (spec.result && spec.result[0] >= 0) narrow(0, hi);
  if (spec.result && spec.result[1] <= 0) narrow(lo, 0);
  if (spec.bounds) narrow(spec.bounds[0], spec.bounds[1]);
  const unit = spec.unit.trim();
  const text = spec.text;
  const degrees = DEGREE_UNIT.test(unit) || /in degrees/i.test(text);
  if (unit === '' && PROBABILITY.test(text)) infer(0, 1);
  if (unit === '%' && PART_OF_WHOLE.test(text)) infer(0, 100);
  const trig = askedTrig(text);
  if (trig === 'sin' || trig === 'cos') infer(-1, 1);
  if (trig === 'acos') infer(0, degrees ? 180 : Math.PI);
  if (trig === 'asin' || trig === 'atan') infer(degrees ? -90 : -Math.PI / 2, degrees ? 90 : Math.PI / 2);
  const ask = askOf(text);
  if (/eccentricity/i.test(ask) && /ellipse/i.test(text) && !/hyperbola/i.test(text)) infer(0, 1);
  if (/eccentricity/i.test(ask) && /hyperbola/i.test(text) && !/ellipse/i.test(text)) infer(1, Number.POSITIVE_INFINITY);
  if (degrees && /acute angle/i.test(text)) infer(0, 90);
  if (degrees && /principal arg/i.test(text)) infer(-180, 180);
  const integer = spec.count ?? (unit === '' && Number.isInteger(spec.value) && spec.value >= 0 && COUNT.test(text) && !PROBABILITY.test(text));
  if (integer) narrow(0, hi);
  return { lo, hi, integer };
}

/** Limits from a result range's sign alone. */
export function signLimits(result: readonly [number, number] | undefined): QuantityLimits {
  return { lo: result && result[0] >= 0 ? 0 : Number.NEGATIVE_INFINITY, hi: result && result[1] <= 0 ? 0 : Number.POSITIVE_INFINITY, integer: false };
}

/** Whether an option value is a quantity that could exist within `limits`. */
export function possibleOption(v: number, limits: QuantityLimits): boolean {
  return Number.isFinite(v) && v >= limits.lo && v <= limits.hi && (!limits.integer || Number.isInteger(v));
}

/**
 * Fallbacks that stay inside the limits when the scalings leave them: for a count the
 * off-by-one and off-by-two slips; for a quantity bounded on both sides (a probability, a cosine)
 * the reflection about the middle of the range (1 − p) and the points between the value and each
 * bound.
 */
export function limitFallbacks(value: number, limits: QuantityLimits): number[] {
  const out: number[] = [];
  if (limits.integer) for (const d of [1, -1, 2, -2, 3, -3, 4, 5, 6]) out.push(value + d);
  if (Number.isFinite(limits.lo) && Number.isFinite(limits.hi)) {
    out.push(limits.lo + limits.hi - value, (value + limits.hi) / 2, (value + limits.lo) / 2, (3 * value + limits.lo) / 4, (3 * value + limits.hi) / 4);
  }
  return out;
}
