import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, rk4, simpson, snap } from './numeric-methods.test-util.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import { physicsDepthModernUnitsBGenerators } from './physics-depth-modern-units-b.ts';
import type { Params } from './types.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const byId = (id: string) => physicsDepthModernUnitsBGenerators.find((g) => g.id === id) as ClaimGenerator;
const d5 = (f: (x: number) => number, x: number, h: number) => (f(x - 2 * h) - 8 * f(x - h) + 8 * f(x + h) - f(x + 2 * h)) / (12 * h);

/** Dimensions [M, L, T, I] built up from defining relations, independently of the generator's table. */
const dim = (m: number, l: number, t: number, i: number) => [m, l, t, i];
const mul = (a: number[], b: number[]) => a.map((x, k) => x + b[k]!);
const div = (a: number[], b: number[]) => a.map((x, k) => x - b[k]!);
const mass = dim(1, 0, 0, 0), length = dim(0, 1, 0, 0), time = dim(0, 0, 1, 0), current = dim(0, 0, 0, 1);
const velocity = div(length, time), force = mul(mass, div(velocity, time)), energy = mul(force, length), power = div(energy, time);
const charge = mul(current, time), volt = div(power, current), ohm = div(volt, current), farad = div(charge, volt);
const tesla = div(force, mul(current, length)), weber = mul(tesla, mul(length, length)), henry = div(weber, current);
const DERIVED: Record<string, number[]> = {
  pressure: div(force, mul(length, length)), energy, power, 'electric charge': charge, 'potential difference': volt,
  'electrical resistance': ohm, capacitance: farad, 'magnetic field (B)': tesla, inductance: henry, 'magnetic flux': weber,
  'the gravitational constant G': div(mul(force, mul(length, length)), mul(mass, mass)), "Planck's constant": mul(energy, time),
  'coefficient of viscosity': div(force, mul(length, velocity)), 'surface tension': div(force, length),
  'the permittivity of free space': div(mul(charge, charge), mul(force, mul(length, length))), momentum: mul(mass, velocity),
};
const SUPERS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const unitString = (v: number[]) => v.map((e, k) => {
  if (e === 0) return null;
  const sym = ['kg', 'm', 's', 'A'][k]!;
  if (e === 1) return sym;
  return sym + (e < 0 ? '⁻' : '') + String(Math.abs(e)).split('').map((c) => SUPERS[Number(c)]).join('');
}).filter((x) => x !== null).join(' ');

/** Nuclide (Z, A) for the reaction check. */
const ZA: Record<string, [number, number]> = { '^{2}H': [1, 2], '^{3}H': [1, 3], '^{3}He': [2, 3], '^{4}He': [2, 4], '^{6}Li': [3, 6], '^{7}Li': [3, 7], '^{9}Be': [4, 9], '^{12}C': [6, 12], '^{14}N': [7, 14], '^{17}O': [8, 17], n: [0, 1], p: [1, 1] };
const BPN: Record<string, number> = { '^{2}H': 1.112, '^{3}H': 2.827, '^{3}He': 2.573, '^{4}He': 7.074, '^{6}Li': 5.332, '^{7}Li': 5.606, '^{9}Be': 6.463, '^{12}C': 7.68, '^{14}N': 7.476, '^{17}O': 7.751 };
const RXN: [string[], string[]][] = [
  [['^{2}H', '^{2}H'], ['^{4}He']], [['^{2}H', '^{3}H'], ['^{4}He', 'n']], [['^{2}H', '^{2}H'], ['^{3}He', 'n']],
  [['^{2}H', '^{2}H'], ['^{3}H', 'p']], [['^{6}Li', 'n'], ['^{3}H', '^{4}He']], [['^{7}Li', 'p'], ['^{4}He', '^{4}He']],
  [['^{2}H', '^{3}He'], ['^{4}He', 'p']], [['^{3}He', '^{3}He'], ['^{4}He', 'p', 'p']], [['^{3}H', '^{3}H'], ['^{4}He', 'n', 'n']],
  [['^{6}Li', '^{2}H'], ['^{4}He', '^{4}He']], [['^{7}Li', '^{2}H'], ['^{4}He', '^{4}He', 'n']], [['^{9}Be', '^{4}He'], ['^{12}C', 'n']],
  [['^{14}N', '^{4}He'], ['^{17}O', 'p']],
];

const checks: Record<string, AnswerCheck> = {
  'p.units.si-base-units': ({ item }) => {
    const names = Object.keys(DERIVED);
    const en = ['pressure', 'energy', 'power', 'electric charge', 'potential difference', 'electrical resistance', 'capacitance', 'magnetic field (B)', 'inductance', 'magnetic flux', 'the gravitational constant G', "Planck's constant", 'coefficient of viscosity', 'surface tension', 'the permittivity of free space', 'momentum'][item!]!;
    return names.includes(en) ? unitString(DERIVED[en]!) : 'missing';
  },
  'p.units.sigfig-product': ({ a, b }) => {
    const A = ['2.36', '1.26', '3.04', '1.48', '2.07', '1.92', '2.57', '1.63'][a!]!, B = ['1.4', '2.1', '1.6', '3.0', '2.4', '1.8'][b!]!;
    const sig = (s: string) => s.replace('.', '').replace(/^0+/, '').length;
    const keep = Math.min(sig(A), sig(B));
    // Exact integer product (×1000), rounded half-up to `keep` significant digits.
    const prod = Number(A.replace('.', '')) * Number(B.replace('.', ''));
    const digits = String(prod).length, drop = digits - keep;
    const rounded = Math.floor((prod + 5 * 10 ** (drop - 1)) / 10 ** drop);
    const intDigits = digits - 3; // the product carries three decimals
    const str = String(rounded);
    return `${str.slice(0, intDigits)}${keep > intDigits ? `.${str.slice(intDigits)}` : ''} cm²`;
  },
  'p.units.parallel-error': ({ R1, R2, d1, d2 }) => {
    const Req = (a: number, b: number) => 1 / (1 / a + 1 / b);
    return snap(Math.abs(d5((x) => Req(x, R2!), R1!, 1e-3)) * d1! + Math.abs(d5((x) => Req(R1!, x), R2!, 1e-3)) * d2!, 8);
  },
  'p.exp.pendulum-g-error': ({ L, dt, n }) => {
    const t = Number((n! * 2 * Math.PI * Math.sqrt(L! / 100 / 9.8)).toFixed(1)); // as printed
    const g = (len: number, time: number) => (4 * Math.PI ** 2 * len) / (time / n!) ** 2;
    return snap(Math.abs(d5((x) => g(x, t), L! / 100, 1e-4)) * 0.001 + Math.abs(d5((x) => g(L! / 100, x), t, 1e-3)) * dt!, 8);
  },
  'p.atom.xray-cutoff': ({ V }) => snap(bisect((lamPm) => 1240e3 / lamPm - V! * 1000, 1, 1e4), 9), // photon eV = electron eV
  'p.atom.moseley-z': ({ i }) => {
    const Zs = [20, 22, 24, 26, 27, 28, 29, 30, 38, 40, 42, 47];
    const printed = Number((4 / (3 * 1.097e7 * (Zs[i!]! - 1) ** 2) * 1e12).toPrecision(4));
    // Enumerate Z and pick the one whose predicted line is nearest the printed wavelength.
    let best = 0, err = Infinity;
    for (let Z = 3; Z <= 100; Z++) { const lam = 1 / (1.097e7 * (Z - 1) ** 2 * 0.75) * 1e12; if (Math.abs(lam - printed) < err) { err = Math.abs(lam - printed); best = Z; } }
    return best;
  },
  'p.nuc.q-from-binding': ({ i }) => {
    // Nuclear masses from Z m_p + N m_n − B (MeV); Q = mass in − mass out. Charge and nucleon number must balance.
    const mp = 938.272, mn = 939.565;
    const massOf = (x: string) => { const [Z, A] = ZA[x]!; return Z * mp + (A - Z) * mn - (BPN[x] ?? 0) * A; };
    const [r, p] = RXN[i!]!;
    const tot = (xs: string[], k: 0 | 1) => xs.reduce((s, x) => s + ZA[x]![k], 0);
    if (tot(r, 0) !== tot(p, 0) || tot(r, 1) !== tot(p, 1)) return Number.NaN;
    return snap(r.reduce((s, x) => s + massOf(x), 0) - p.reduce((s, x) => s + massOf(x), 0), 9);
  },
  'p.nuc.radius-mass-number': ({ i }) => {
    const [k, p, q] = [[0, 4, 3], [0, 5, 3], [1, 5, 4], [2, 6, 5], [1, 3, 4], [2, 3, 5], [3, 5, 6], [2, 4, 5], [3, 2, 3], [0, 2, 1], [3, 1, 2], [1, 3, 2]][i!]!;
    const A1 = [27, 64, 125, 216][k!]!;
    let best = 0, err = Infinity;
    for (let A = 1; A <= 300; A++) { const e = Math.abs(Math.cbrt(A / A1) - p! / q!); if (e < err) { err = e; best = A; } }
    return best;
  },
  'p.dual.photo-claims': (p: Params) => {
    const h = 6.62607e-34, c = 2.99792e8, e = 1.602177e-19; // SI, scaled to the stated hc = 1240 eV nm below
    const scale = 1240 / ((h * c) / e / 1e-9);
    const photon = (nm: number) => ((h * c) / (nm * 1e-9) / e) * scale;
    const K = photon(p.lam!) - p.phi!;
    const threshold = bisect((nm) => photon(nm) - p.phi!, 1, 1e5);
    const truths = [near(p.s0!, K), near(p.s1!, K), Math.abs(p.s2! - threshold) < 1e-6 * threshold, near(p.s3!, photon(p.lam! / 2) - p.phi!)];
    return byId('p.dual.photo-claims').statements(p).filter((_, k) => truths[k]);
  },
  'p.dual.thermal-neutron': ({ T }) => {
    // ⟨v²⟩ from the Maxwell speed distribution, integrated numerically.
    const m = 1.675e-27, k = 1.38e-23;
    const a = m / (2 * k * T!);
    const f = (v: number) => 4 * Math.PI * (a / Math.PI) ** 1.5 * v * v * Math.exp(-a * v * v);
    const vmax = 12 / Math.sqrt(a);
    const v2 = simpson((v) => v * v * f(v), 0, vmax, 4000) / simpson(f, 0, vmax, 4000);
    return snap((6.63e-34 / (m * Math.sqrt(v2))) * 1e12, 8);
  },
  'p.atom.recoil': ({ i }) => {
    const [u, l] = [[2, 1], [3, 1], [4, 1], [3, 2], [4, 2], [5, 1]][i!]!;
    const dE = (13.6 / (l! * l!) - 13.6 / (u! * u!)) * 1.6e-19, M = 1.67e-27, c = 3e8;
    // Energy and momentum: photon E_γ = pc, atom KE p²/2M, E_γ + KE = ΔE.
    const p = bisect((pp) => pp * c + (pp * pp) / (2 * M) - dE, 0, dE / c * 2);
    return snap(p / M, 9);
  },
  'p.nuc.two-species-equal': ({ TA, j, m }) => {
    const NA = (t: number) => 2 ** m! * Math.exp((-Math.LN2 * t) / TA!);
    const NB = (t: number) => Math.exp((-Math.LN2 * t) / (j! * TA!));
    return snap(bisect((t) => NA(t) - NB(t), 0, 1000), 9);
  },
  'p.nuc.daughter-ratio': ({ T, r }) => {
    // Integrate dN/dt = −λN and find when daughters / parents = r.
    const parent = (t: number) => rk4((_, N) => (-Math.LN2 / T!) * N, 0, 1, t, 400);
    return snap(bisect((t) => (1 - parent(t)) / parent(t) - r!, 0, 10 * T!), 6);
  },
  'p.emw.lamp-field': ({ Pw, eta, r }) => {
    // Flux of the time-averaged Poynting vector ε₀cE_rms² through the sphere equals the light power.
    const flux = (E0: number) => simpson(() => 8.85e-12 * 3e8 * (E0 * E0) / 2 * 2 * Math.PI * r! * r!, 0, 2, 10); // ∫ over cos θ from −1 to 1
    return snap(bisect((E0) => flux(E0) - (eta! / 100) * Pw!, 0, 1e4), 9);
  },
};

const all = physicsDepthModernUnitsBGenerators;

describe('physics units, photons, atoms and nuclei depth generators (b)', () => {
  depthTemplateTests(all, checks, SEEDS, 12);
});
