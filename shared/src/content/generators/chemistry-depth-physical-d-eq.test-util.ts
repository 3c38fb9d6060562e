import { expect } from 'vitest';
import { BASE_EQUILIBRIA, BASE_K, CHANGES, DILUTE, HYDROXIDES, ICE_REACTIONS, iceProduct, KW_T, OUTCOMES, SHIFT_REACTIONS, SILVER_PAIRS, SILVER_SALTS, TITRATED, WEAK_BASES, WW_SALTS, BUFFER_PAIRS } from './chemistry-depth-physical-d-eq.ts';
import { bisect } from './numeric-methods.test-util.ts';
import type { AnswerCheck } from './verify.ts';

const lg = Math.log10;
/** pH from the charge balance [H⁺] + [Na⁺] = [Cl⁻] + Kw/[H⁺], by bisection on pH. */
function chargeBalancePh(cation: number, anion: number, Kw: number): number {
  return bisect((pH) => 10 ** -pH + cation - anion - Kw / 10 ** -pH, -2, 16);
}
/** Reaction quotient of a list of [coefficient, concentration] (negative = reactant). */
const quotient = (terms: readonly (readonly [number, number])[]) => terms.reduce((q, [nu, c]) => q * c ** nu, 1);

/** Independent checks of the equilibrium generators (the redox and electrochemistry ones are added below). */
export const eqChecks: Record<string, AnswerCheck> = {
  // Atom balance fixes every amount from the one measured; concentrations in mol L⁻¹.
  'c.eq.kc-from-equilibrium-amount': ({ r, a, b, f, V }) => {
    const x = iceProduct({ r: r!, a: a!, b: b!, f: f!, V: V! });
    const kind = ICE_REACTIONS[r!]![1];
    if (kind === 0) {
      const h2 = (2 * a! - x) / 2; // H atoms: 2a = 2 n(H₂) + n(HI)
      const i2 = (2 * b! - x) / 2;
      return quotient([[-1, h2 / V!], [-1, i2 / V!], [2, x / V!]]);
    }
    if (kind === 1) return quotient([[-1, (a! - x) / V!], [-1, (b! - x) / V!], [1, x / V!], [1, x / V!]]);
    return quotient([[-1, (a! - x) / V!], [1, x / V!], [1, x / V!]]);
  },
  // Concentrations that satisfy the base K, then the quotient of the scaled equation with them.
  'c.eq.k-of-scaled-equation': ({ b, f, k }) => {
    const terms = BASE_EQUILIBRIA[b!]!;
    const reactantConc = 0.5;
    const prodCoef = terms.filter(([c]) => c > 0).reduce((s, [c]) => s + c, 0);
    const reactantPart = terms.filter(([c]) => c < 0).reduce((q, [c]) => q * reactantConc ** c, 1);
    const product = (BASE_K[k!]! / reactantPart) ** (1 / prodCoef);
    const conc = (c: number) => (c < 0 ? reactantConc : product);
    expect(quotient(terms.map(([c]) => [c, conc(c)] as const))).toBeCloseTo(BASE_K[k!]!, 9);
    return quotient(terms.map(([c]) => [c * f!, conc(c)] as const));
  },
  // Q after the change against K after the change (van 't Hoff for temperature), from Q = K = 1 before.
  'c.eq.le-chatelier-shift': ({ r, p }) => {
    const [, dn, dh] = SHIFT_REACTIONS[r!]!;
    let Q = 1;
    let K = 1;
    if (p === 0) Q = 2 ** dn; // concentrations double
    if (p === 1 || p === 3) Q = 0.5 ** dn;
    if (p === 4 || p === 5) K = Math.exp((-dh * 1000 / 8.314) * (1 / (p === 4 ? 310 : 290) - 1 / 300));
    const dir = Math.abs(Q - K) < 1e-12 ? 'none' : Q < K ? 'fwd' : 'back';
    const kChange = Math.abs(K - 1) < 1e-12 ? 'same' : K > 1 ? 'up' : 'down';
    expect(CHANGES[p!]).toBeDefined();
    const text = dir === 'none' ? 'No shift' : dir === 'fwd' ? 'Shifts forward' : 'Shifts backward';
    const k = kChange === 'same' ? '$K$ unchanged' : kChange === 'up' ? '$K$ increases' : '$K$ decreases';
    const out = `${text}; ${k}`;
    expect(OUTCOMES.map(([e]) => e)).toContain(out);
    return out;
  },
  // Bisection on the extent of the readjustment.
  'c.eq.readjust-after-addition': ({ a, k, d, w }) => {
    const K = k! * k!;
    if (w === 0) {
      const y = bisect((y) => (k! * a! + 2 * y) ** 2 - K * (a! + d! - y) * (a! - y), 0, a!);
      return k! * a! + 2 * y;
    }
    const y = bisect((y) => (k! * a! + d! - 2 * y) ** 2 - K * (a! + y) ** 2, 0, (k! * a! + d!) / 2);
    return k! * a! + d! - 2 * y;
  },
  'c.eq.ph-acid-base-mixture': ({ V1, M1, V2, M2 }) => {
    const V = (V1! + V2!) / 1000;
    return chargeBalancePh((V2! * M2!) / 1000 / V, (V1! * M1!) / 1000 / V, 1e-14);
  },
  'c.eq.ph-very-dilute': ({ c, w, t }) => {
    const conc = DILUTE[c!]![0] * 10 ** DILUTE[c!]![1];
    const Kw = KW_T[t!]![1] * 1e-14;
    return w === 0 ? chargeBalancePh(0, conc, Kw) : chargeBalancePh(conc, 0, Kw);
  },
  // Mass action alone, x²/(c − x) = Kb, by bisection.
  'c.eq.weak-base-exact': ({ b, c, w }) => {
    const Kb = WEAK_BASES[b!]![3] * 10 ** WEAK_BASES[b!]![4];
    const x = bisect((x) => x * x - Kb * (c! - x), 0, c!);
    return w === 0 ? 14 - -lg(x) : (100 * x) / c!;
  },
  // Degree of hydrolysis h/(1 − h) = √Kh, then [H⁺] = Ka h/(1 − h).
  'c.eq.weak-acid-weak-base-salt': ({ s }) => {
    const [, pKa, pKb] = WW_SALTS[s!]!;
    const Ka = 10 ** -pKa;
    const Kh = 1e-14 / (Ka * 10 ** -pKb);
    return -lg(Ka * Math.sqrt(Kh));
  },
  // Bisection on the salt mass so that Henderson's pH is the target.
  'c.eq.buffer-salt-mass': ({ b, V, c, d }) => {
    const [, , pK, M, base] = BUFFER_PAIRS[b!]!;
    const weak = (c! * V!) / 1000;
    const target = base === 0 ? pK + d! : 14 - pK + d!;
    const ph = (m: number) => (base === 0 ? pK + lg(m / M / weak) : 14 - pK - lg(m / M / weak));
    return bisect((m) => ph(m) - target, 1e-6, 500);
  },
  // Millimole bookkeeping, then [H⁺] = Ka × acid/salt (or [OH⁻] = Kb × base/salt).
  'c.eq.partial-neutralisation-buffer': ({ a, V1, c1, f, c2 }) => {
    const [, , , pK, base] = TITRATED[a!]!;
    const added = Number(((f! * V1! * c1!) / c2!).toFixed(2)) * c2!;
    const left = V1! * c1! - added;
    if (base === 0) return -lg((10 ** -pK * left) / added);
    return 14 + lg((10 ** -pK * left) / added);
  },
  'c.eq.hydroxide-precipitation-ph': ({ h, c }) => {
    const [, n, m, e] = HYDROXIDES[h!]!;
    return bisect((pH) => lg(c!) + n * (pH - 14) - lg(m * 10 ** e), 0, 14);
  },
  // Bisection on log[Ag⁺] for the second salt's ion product, then the first salt's equilibrium.
  'c.eq.selective-precipitation': ({ p, c1, c2 }) => {
    const [i1, i2] = SILVER_PAIRS[p!]!;
    const [, , m1, e1] = SILVER_SALTS[i1];
    const [, , m2, e2, n2] = SILVER_SALTS[i2];
    const first = (m1 * 10 ** e1) / c1!;
    const logAg = bisect((L) => n2 * L + lg(c2!) - lg(m2 * 10 ** e2), -20, 0);
    expect(10 ** logAg).toBeGreaterThan(first);
    return (m1 * 10 ** e1) / 10 ** logAg;
  },
};
