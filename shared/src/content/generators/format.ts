/**
 * Number formatting for generated questions. Display strings are the identity of an option,
 * so two values that format alike are the same option.
 */

const SUPERSCRIPT_LIMIT = 1e6;

/** `x` to `sig` significant figures as LaTeX-free text when moderate, else `m \times 10^{e}`. */
export function formatNumber(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (Number.isInteger(x) && abs < SUPERSCRIPT_LIMIT) return String(x);
  if (abs >= 1e-3 && abs < SUPERSCRIPT_LIMIT) {
    const s = Number(x.toPrecision(sig)).toString();
    return s.includes('e') ? scientific(x, sig) : s;
  }
  return scientific(x, sig);
}

function scientific(x: number, sig: number): string {
  const [mantissa, exponent] = x.toExponential(sig - 1).split('e');
  const m = Number(mantissa).toString();
  const e = Number(exponent);
  return m === '1' ? `10^{${e}}` : `${m} \\times 10^{${e}}`;
}

/** Rounded to `dp` decimals as a plain decimal string without trailing zeros. */
export function roundTo(x: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(x * f) / f;
}

/** An option or answer text: the number in math mode, then the unit (plain text). */
export function withUnit(x: number, unit: string, sig = 3): string {
  const n = `$${formatNumber(x, sig)}$`;
  return unit ? `${n} ${unit}` : n;
}

/** Greatest common divisor of two integers. */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

/** A fraction p/q in lowest terms as LaTeX (`\frac{p}{q}`, or an integer). */
export function fracTex(p: number, q: number): string {
  const g = gcd(p, q) || 1;
  let n = p / g;
  let d = q / g;
  if (d < 0) [n, d] = [-n, -d];
  if (d === 1) return String(n);
  return n < 0 ? `-\\frac{${-n}}{${d}}` : `\\frac{${n}}{${d}}`;
}

/** Signed term for polynomials: `+ 3x`, `- x^{2}`; `first` omits a leading `+`. */
export function term(coef: number, power: number, first = false, v = 'x'): string {
  if (coef === 0) return '';
  const sign = coef < 0 ? '-' : first ? '' : '+';
  const a = Math.abs(coef);
  const base = power === 0 ? '' : power === 1 ? v : `${v}^{${power}}`;
  const c = a === 1 && power !== 0 ? '' : String(a);
  return `${sign ? `${sign} ` : ''}${c}${base}`.trim();
}

/** A polynomial from coefficients (index = power), highest power first. */
export function polyTex(coefs: readonly number[], v = 'x'): string {
  const parts: string[] = [];
  for (let p = coefs.length - 1; p >= 0; p--) {
    const c = coefs[p] ?? 0;
    if (c !== 0) parts.push(term(c, p, parts.length === 0, v));
  }
  return parts.length ? parts.join(' ') : '0';
}
