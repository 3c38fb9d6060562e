import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, derivative, goldenMax, rk4, snap, solve } from './numeric-methods.test-util.ts';
import {
  ARCS, BASES, CHAIN, CONE, EQUATIONS, FRAGMENTS, LAUNCH, LOOPS, QUANTITIES, RAIN, SPOTS, STRING_CASES, TARGETS, UNIT_PAIRS,
  physicsDepthRound3AGenerators, type StatementGenerator,
} from './physics-depth-round3-a.ts';
import type { Params } from './types.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const g = 10;
const all = physicsDepthRound3AGenerators;
const statementsOf = (id: string, p: Params) => (all.find((x) => x.id === id) as StatementGenerator).statements(p);

/** Dimensions [M, L, T] built from defining relations, not from the generator's table. */
type Dim = readonly [number, number, number];
const add = (...ds: Dim[]): Dim => [ds.reduce((s, d) => s + d[0], 0), ds.reduce((s, d) => s + d[1], 0), ds.reduce((s, d) => s + d[2], 0)];
const neg = (d: Dim): Dim => [-d[0], -d[1], -d[2]];
const times = (d: Dim, k: number): Dim => [d[0] * k, d[1] * k, d[2] * k];
const MASS: Dim = [1, 0, 0], LENGTH: Dim = [0, 1, 0], TIME: Dim = [0, 0, 1], NONE: Dim = [0, 0, 0];
const VELOCITY = add(LENGTH, neg(TIME)), ACCEL = add(VELOCITY, neg(TIME)), FORCE = add(MASS, ACCEL), ENERGY = add(FORCE, LENGTH);
const AREA = times(LENGTH, 2), STRESS = add(FORCE, neg(AREA));
const DIMS: Record<string, Dim> = {
  force: FORCE, energy: ENERGY, power: add(ENERGY, neg(TIME)), pressure: STRESS, momentum: add(MASS, VELOCITY),
  work: add(FORCE, LENGTH), torque: add(FORCE, LENGTH), 'energy density': add(ENERGY, neg(times(LENGTH, 3))), impulse: add(FORCE, TIME),
  'surface tension': add(FORCE, neg(LENGTH)), 'spring constant': add(FORCE, neg(LENGTH)),
  'angular momentum': add(MASS, AREA, neg(TIME)), "Planck's constant": add(ENERGY, TIME), 'angular velocity': neg(TIME),
  'velocity gradient': add(VELOCITY, neg(LENGTH)), 'latent heat': add(ENERGY, neg(MASS)), 'gravitational potential': add(ENERGY, neg(MASS)),
  stress: STRESS, "Young's modulus": STRESS, 'coefficient of viscosity': add(STRESS, TIME), strain: NONE,
  mass: MASS, density: add(MASS, neg(times(LENGTH, 3))), acceleration: ACCEL, velocity: VELOCITY, time: TIME, length: LENGTH,
};
const same = (a: Dim, b: Dim) => a.every((x, i) => Math.abs(x - b[i]!) < 1e-12);
/** Symbols of the dimensional-check equations. */
const SYMBOL_DIMS: Record<string, Dim> = {
  s: LENGTH, l: LENGTH, h: LENGTH, r: LENGTH, u: VELOCITY, v: VELOCITY, a: ACCEL, g: ACCEL, t: TIME, m: MASS, F: FORCE,
  P: DIMS.power!, E: ENERGY, I: add(MASS, AREA), w: neg(TIME), k: add(FORCE, neg(LENGTH)), mu: add(MASS, neg(LENGTH)),
  rho: DIMS.density!, S: DIMS['surface tension']!, eta: DIMS['coefficient of viscosity']!,
};
const termDim = (term: string): Dim => add(...term.split(' ').map((f) => { const [sym, pow] = f.split('^'); return times(SYMBOL_DIMS[sym!]!, Number(pow ?? 1)); }));
const exponentText = (s: number, x: readonly number[]) => `$[${BASES[s]!.map((b, k) => (Math.abs(x[k]!) < 1e-9 ? '' : Math.abs(x[k]! - 1) < 1e-9 ? b[0] : `${b[0]}^{${Math.round(x[k]!)}}`)).join(' ').trim()}]$`;
const deg = (d: number) => (d * Math.PI) / 180;
/** sin and cos of the angles the stems state (37° from the 3-4-5 triangle). */
const trig = (d: number): [number, number] => (d === 37 ? [0.6, 0.8] : d === 53 ? [0.8, 0.6] : [Math.sin(deg(d)), Math.cos(deg(d))]);

const checks: Record<string, AnswerCheck> = {
  // Number × unit is invariant: n₂ = n₁ · exp(−Σ dimᵢ · ln(new unit / SI unit)).
  'p.units.new-system-value': ({ q, Q, a, b, c }) => {
    const d = DIMS[QUANTITIES[q!]!.en]!;
    return snap(Q! * Math.exp(-(d[0] * Math.log(a!) + d[1] * Math.log(b!) + d[2] * Math.log(c!))), 12);
  },
  // A pair shares SI base units when its dimensions, derived from defining relations, agree.
  'p.units.same-unit-pairs': (p) => statementsOf('p.units.same-unit-pairs', p).filter((_, k) => { const r = UNIT_PAIRS[p[`p${k}`]!]!; return same(DIMS[r[0]]!, DIMS[r[1]]!); }),
  // Gaussian elimination on the dimension matrix of the new base set.
  'p.units.new-base-exponents': ({ s, t }) => {
    const basis = BASES[s!]!.map((b) => DIMS[b[1]]!);
    const x = solve([0, 1, 2].map((row) => basis.map((col) => col[row]!)), [...DIMS[TARGETS[t!]![0]]!]);
    return exponentText(s!, x);
  },
  // The one equation among the four shown whose terms do not all share dimensions.
  'p.units.dimension-wrong-equation': ({ w, c1, c2, c3 }) => {
    const bad = [w!, c1!, c2!, c3!].filter((i) => { const ds = EQUATIONS[i]!.terms.map(termDim); return !ds.every((d) => same(d, ds[0]!)); });
    return bad.length === 1 ? `$${EQUATIONS[bad[0]!]!.tex}$` : `ambiguous: ${bad.join(',')}`;
  },
  // Linear error propagation with numerical partial derivatives of ρ(m, d) = m / (πd³/6).
  'p.units.density-error': ({ m, dm, d }) => {
    const rho = (mm: number, dd: number) => mm / ((Math.PI * dd ** 3) / 6);
    const r = rho(m!, d!);
    return snap((100 * (Math.abs(derivative((x) => rho(x, d!), m!)) * dm! + Math.abs(derivative((x) => rho(m!, x), d!)) * 0.01)) / r, 7);
  },
  // Σ|x − x̄| equals twice the sum of the excesses above the mean.
  'p.units.mean-absolute-error': (p) => {
    const t = [p.t0!, p.t1!, p.t2!, p.t3!, p.t4!].map((x) => x / 100);
    const mean = t.reduce((a, x) => a + x, 0) / t.length;
    return snap((2 * t.filter((x) => x > mean).reduce((a, x) => a + (x - mean), 0)) / t.length, 9);
  },
  // Float sum rounded with toFixed to the fewest decimal places (ties are excluded by the generator).
  'p.units.sigfig-sum': ({ a, da, b, db, c, dc }) => `${(a! / 10 ** da! + b! / 10 ** db! + c! / 10 ** dc!).toFixed(Math.min(da!, db!, dc!))} cm`,
  // Digit-string rounding: look at the dropped digits as text.
  'p.units.sigfig-round': ({ n, keep, point }) => {
    const s = String(n), kept = s.slice(0, keep), dropped = s.slice(keep);
    const last = Number(kept[kept.length - 1]);
    const up = dropped[0]! > '5' || (dropped[0] === '5' && (/[1-9]/.test(dropped.slice(1)) || last % 2 === 1));
    const r = String(Number(kept) + (up ? 1 : 0));
    return `${r.slice(0, point)}.${r.slice(point)}`;
  },
  // Bisection for the rain's vertical component from the apparent angle, then its speed.
  'p.kin.rain-apparent': ({ r, t }) => {
    const [v1, w0] = RAIN[r!]!, v2 = v1 + w0 * t!;
    const w = bisect((y) => Math.atan2(v2 - v1, y) - Math.atan(t!), 1e-6, 1e3);
    return snap(Math.hypot(v1, w), 6);
  },
  // Bisection on the time at which the rear ends of the trains pass each other.
  'p.kin.trains-crossing': ({ v1, v2, same: sameDir, L1, L2 }) => {
    const s1 = v1! / 3.6, s2 = (sameDir ? 1 : -1) * (v2! / 3.6);
    // Train 1 occupies [x − L1, x] with its front x = s1·t; train 2 [y, y + L2] with y = s2·t, the two
    // just meeting at t = 0. They are clear when x − L1 ≥ y + L2.
    const clear = (time: number) => s1 * time - L1! - (s2 * time + L2!);
    return snap(bisect(clear, 0, 1e4), 9);
  },
  // Velocities at the ends of the arc from the derivative of the position, then |Δv|/Δt.
  'p.kin.circ-average-acceleration': ({ v, R, k }) => {
    const w = v! / R!, th = deg(ARCS[k!]![0]), T = th / w;
    const vx = (time: number) => derivative((x) => R! * Math.cos(w * x), time), vy = (time: number) => derivative((x) => R! * Math.sin(w * x), time);
    return snap(Math.hypot(vx(T) - vx(0), vy(T) - vy(0)) / T, 7);
  },
  // Force balance on the knot, solved as a linear system.
  'p.nlm.unequal-strings': ({ m, c }) => {
    const [a, b, k] = STRING_CASES[c!]!;
    const [sa, ca] = trig(a), [sb, cb] = trig(b);
    const [T1, T2] = solve([[-ca, cb], [sa, sb]], [0, m! * g]);
    return snap(k === 0 ? T1! : T2!, 9);
  },
  // Half the chain in equilibrium: unknowns T₀ (lowest point) and T (hook).
  'p.nlm.chain-sag': ({ m, e, w }) => {
    const th = Math.atan(CHAIN[e!]![1]);
    const [T0, T] = solve([[-1, Math.cos(th)], [0, Math.sin(th)]], [0, (m! * g) / 2]);
    return snap(w === 0 ? T0! : T!, 9);
  },
  // Start from rest with the friction law: stuck while the push is within limiting friction, else kinetic.
  'p.nlm.friction-regime': ({ m, ms, mk, F }) => {
    const N = m! * g;
    const a = F! <= ms! * N + 1e-9 ? 0 : (F! - mk! * N) / m!;
    return snap(F! - m! * a, 9);
  },
  // Golden-section search for the rope angle that maximises cos θ + μ sin θ.
  'p.nlm.least-pull-angle': ({ m, mu }) => snap((mu! * m! * g) / goldenMax((th) => Math.cos(th) + mu! * Math.sin(th), 0, Math.PI / 2), 8),
  // Unknowns a, T₁ (A–B), T₂ (B–C) from Newton's law for each block.
  'p.nlm.three-blocks-string': ({ m1, m2, m3, a, s }) => {
    const F = (m1! + m2! + m3!) * a!;
    const [, T1, T2] = solve([[m1!, -1, 0], [m2!, 1, -1], [m3!, 0, 1]], [0, 0, F]);
    return snap(s === 0 ? T1! : T2!, 9);
  },
  // Unknowns a₁, a₂, T: T = m₁a₁, m₂g − 2T = m₂a₂, a₁ − 2a₂ = 0.
  'p.nlm.movable-pulley': ({ m1, m2, k }) => {
    const x = solve([[m1!, 0, -1], [0, m2!, 2], [1, -2, 0]], [0, m2! * g, 0]);
    return snap(x[k!]!, 9);
  },
  // Momentum bookkeeping over a short interval: eject dm backwards at u relative, add gravity's impulse.
  'p.nlm.rocket-lift-off': ({ M, u, rate }) => {
    const step = (dt: number) => { const dm = rate! * dt; const v = (-dm * -u! - M! * g * dt) / (M! - dm); return v / dt; };
    return snap(2 * step(1e-7) - step(2e-7), 6);
  },
  // Centre of mass still lands where the unburst shell would: x₂ = (M·R − m₁·x_top)/m₂, R by bisection on y(t) = 0.
  'p.nlm.shell-explosion': ({ u, l, f }) => {
    const th = deg(LAUNCH[l!]![0]), [m1, m2] = FRAGMENTS[f!]!;
    const ux = u! * Math.cos(th), uy = u! * Math.sin(th);
    const tFlight = bisect((t) => uy * t - (g * t * t) / 2, 1e-3, 1e3);
    const R = ux * tFlight, xTop = ux * (uy / g);
    return snap(((m1 + m2) * R - m1 * xTop) / m2, 9);
  },
  // d(ω²)/dφ = −2(g/L) sin φ integrated by RK4 from the lowest point; T = mLω² + mg cos φ.
  'p.nlm.vertical-circle-tension': ({ m, c, s }) => {
    const [, L, u] = LOOPS[c!]!, phi = deg(SPOTS[s!]![0]);
    const w2 = phi === 0 ? (u / L) ** 2 : rk4((x) => (-2 * g * Math.sin(x)) / L, 0, (u / L) ** 2, phi, 400);
    return snap(m! * L * w2 + m! * g * Math.cos(phi), 8);
  },
  // Bisection on ω so that the string's slope balances gravity and the centripetal pull.
  'p.nlm.conical-pendulum-claims': (p) => {
    const [, c, s] = CONE[p.a!]!, r = p.L! * s;
    const w = bisect((om) => (om * om * r) / g - s / c, 1e-6, 100);
    const truths = [p.m! * Math.hypot(g, w * w * r), w * r, (2 * Math.PI) / w, r];
    const near = (x: number, y: number) => Math.abs(x - y) <= 0.005 * Math.abs(y);
    return statementsOf('p.nlm.conical-pendulum-claims', p).filter((_, k) => near(p[`s${k}`]!, truths[k]!));
  },
};

describe('physics depth generators (round 3, a: units, kinematics, laws of motion)', () => {
  depthTemplateTests(all, checks, SEEDS, 15);
});
