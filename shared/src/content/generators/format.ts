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

/**
 * Display of a set of numeric options in one precision, decided by the correct value: integers
 * when every option is an integer; otherwise, for moderate values, the same number of decimal
 * places for all (as many as give the correct value `sig` significant figures), so "23" never
 * stands beside "46.1" ("23.0" does); for very large or small values, `m \times 10^{e}` with the
 * same mantissa digits for all.
 */
export function optionFormatter(value: number, allIntegers: boolean, sig = 3): (x: number) => string {
  const abs = Math.abs(value);
  if (allIntegers && Number.isSafeInteger(value)) return (x) => String(Math.round(x));
  if (value !== 0 && (abs < 1e-3 || abs >= SUPERSCRIPT_LIMIT)) {
    return (x) => {
      if (!Number.isFinite(x)) return String(x);
      if (x === 0) return '0';
      const [m, e] = x.toExponential(sig - 1).split('e');
      return `${m as string} \\times 10^{${Number(e)}}`;
    };
  }
  const dp = value === 0 ? sig - 1 : Math.min(8, Math.max(0, sig - 1 - Math.floor(Math.log10(abs))));
  return (x) => {
    if (!Number.isFinite(x)) return String(x);
    const t = x.toFixed(dp);
    return /^-0(\.0*)?$/.test(t) ? t.slice(1) : t;
  };
}

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

// A power of ten written in plain text: "× 10⁻⁶", "× 10⁻6" (superscript minus, plain digit),
// "x 10^-6", "10^{4}", optionally after a mantissa ("3.336 × 10⁻³⁰").
const PLAIN_POWER =
  /(?<![\w.^{])(?:(\d+(?:\.\d+)?)\s*[×x]\s*|(×\s*))?10(?:\^\{?([-−]?\d+)\}?|(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|⁻\d+))(?![\w}])/gu;

/**
 * Rewrites powers of ten written in plain text into KaTeX (`$3.3 \times 10^{-30}$`) outside math
 * segments, so a stem written as "10⁻6" renders as a true exponent. Math segments are untouched.
 */
export function typesetPowers(text: string): string {
  return text
    .split(/(\$\$[\s\S]*?\$\$|\$[^$]*\$)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PLAIN_POWER, (_m, mant: string | undefined, times: string | undefined, caret: string | undefined, sup: string | undefined) => {
      const e = caret !== undefined ? caret.replace('−', '-') : [...(sup ?? '')].map((c) => SUPERSCRIPTS[c] ?? c).join('');
      const pow = `10^{${Number(e)}}`;
      if (mant !== undefined) return `$${mant} \\times ${pow}$`;
      if (times !== undefined) return `$\\times ${pow}$`;
      return `$${pow}$`;
    })))
    .join('');
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
