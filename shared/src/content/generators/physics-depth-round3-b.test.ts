import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, rk4, simpson, snap, solve } from './numeric-methods.test-util.ts';
import type { StatementGenerator } from './physics-depth-round3-a.ts';
import { BOATS, HINGE, PULLS, ROLLERS, ROLL_CASES, WORLDS, physicsDepthRound3BGenerators } from './physics-depth-round3-b.ts';
import type { Params } from './types.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const g = 10;
const BIG_G = 6.67e-11;
const all = physicsDepthRound3BGenerators;
const statementsOf = (id: string, p: Params) => (all.find((x) => x.id === id) as StatementGenerator).statements(p);
/** Moment of inertia about the centre as a multiple of MR², from the bodies' definitions. */
const BETA: Record<string, number> = {
  ring: 1,
  'uniform disc': simpson((r) => 2 * r ** 3, 0, 1, 200), // ∫ r² dm with dm = 2r dr for unit mass and radius
  'solid sphere': simpson((z) => (3 / 4) * ((1 - z * z) ** 2) / 2, -1, 1, 200), // discs: dI = ½ρ² dm, dm = ¾(1 − z²) dz
  'hollow sphere': 2 / 3,
};
/** Simpson over consecutive pieces of a piecewise-smooth integrand. */
const pieces = (f: (x: number) => number, cuts: readonly number[]) => cuts.slice(1).reduce((s, b, i) => s + simpson(f, cuts[i]!, b, 200), 0);

const checks: Record<string, AnswerCheck> = {
  // Signed area under the piecewise-linear F(x), integrated segment by segment.
  'p.wep.work-force-graph': ({ F0, a, p, q, r }) => {
    const b = a! + p!, c = b + q!, d = c + r!;
    const F = (x: number) => (x <= a! ? (F0! * x) / a! : x <= b ? F0! : F0! * (1 - (x - b) / q!));
    return snap(pieces(F, [0, a!, b, c, d]), 9);
  },
  // Line integral ∫F·dr along the chosen path, each straight piece by Simpson.
  'p.wep.path-dependent-work': ({ k1, k2, a, b, w }) => {
    const seg = (x0: number, y0: number, x1: number, y1: number) => simpson((t) => { const x = x0 + (x1 - x0) * t, y = y0 + (y1 - y0) * t; return k1! * y * (x1 - x0) + k2! * x * (y1 - y0); }, 0, 1, 200);
    const W = w === 0 ? seg(0, 0, a!, 0) + seg(a!, 0, a!, b!) : w === 1 ? seg(0, 0, 0, b!) + seg(0, b!, a!, b!) : seg(0, 0, a!, b!);
    return snap(W, 9);
  },
  // Newton's law for the chain, a = gx/L, integrated as d(v²)/dx = 2gx/L from the hanging length to L.
  'p.wep.chain-slides-off': ({ L, f }) => snap(Math.sqrt(simpson((x) => (2 * g * x) / L!, L! * f!, L!, 200)), 9),
  // Crossing by crossing: each pass of the rough stretch costs μmgl until the energy left cannot pay for one.
  'p.wep.rough-patch-stop': ({ h, mu, l }) => {
    let energy = h! / 100, fromA = true; // per unit mg, in m
    const cost = (mu! * l!) / 100;
    while (energy > cost + 1e-12) { energy -= cost; fromA = !fromA; }
    const slid = (energy / mu!) * 100;
    return snap(fromA ? slid : l! - slid, 9);
  },
  // Common velocity from momentum, then bisection on the compression from energy.
  'p.wep.spring-two-blocks': ({ m1, m2, v, k }) => {
    const V = (m1! * v!) / (m1! + m2!);
    const x = bisect((y) => 0.5 * m1! * v! ** 2 - 0.5 * (m1! + m2!) * V ** 2 - 0.5 * k! * y * y, 0, 10);
    return snap(100 * x, 9);
  },
  // ∫ kx dx in SI units, converted to mJ.
  'p.wep.spring-stretch-work': ({ k, x1, dx }) => snap(1000 * simpson((x) => k! * x, x1! / 100, (x1! + dx!) / 100, 20), 9),
  // The man walks with a smooth speed profile; zero total momentum gives the boat's velocity at each instant.
  'p.rot.com-man-boat': ({ c, L, w }) => {
    const [m, M] = BOATS[c!]!, T = 10;
    const rel = (t: number) => (L! / T) * (1 - Math.cos((2 * Math.PI * t) / T)); // man relative to boat, ∫ = L
    const boat = simpson((t) => (m * rel(t)) / (m + M), 0, T, 2000);
    return snap(100 * (w === 0 ? boat : L! - boat), 6);
  },
  // Horizontal slices: ∫ z A(z) dz / ∫ A(z) dz over the cylinder and then the hemisphere.
  'p.rot.com-hemisphere-cylinder': ({ R, H }) => {
    const A = (z: number) => (z <= H! ? R! * R! : R! * R! - (z - H!) ** 2);
    return snap(pieces((z) => z * A(z), [0, H!, H! + R!]) / pieces(A, [0, H!, H! + R!]), 9);
  },
  // Double Simpson over the plate of the squared distance to the diagonal (per unit area × M).
  'p.rot.moi-plate-diagonal': ({ M, a, b }) => {
    const n = Math.hypot(a!, b!);
    const inner = (x: number) => simpson((y) => ((b! * x - a! * y) / n) ** 2, 0, b!, 20);
    return snap((M! / (a! * b!)) * simpson(inner, 0, a!, 20), 9);
  },
  // Rod by ∫ λx² dx; sphere by discs along the rod: dI = ¼ρ²dm + (L + r + z)² dm.
  'p.rot.moi-rod-sphere': ({ m, L, M, r }) => {
    const rod = simpson((x) => (m! / L!) * x * x, 0, L!, 200);
    const density = M! / ((4 / 3) * Math.PI * r! ** 3);
    const sphere = simpson((z) => { const rho2 = r! * r! - z * z, dm = density * Math.PI * rho2; return dm * (rho2 / 4 + (L! + r! + z) ** 2); }, -r!, r!, 200);
    return snap(rod + sphere, 9);
  },
  // The component as a scalar triple product ê · (r × F), expanded as a determinant by cofactors of ê.
  'p.rot.torque-about-point': (p) => {
    const r = [p.a0! - p.p0!, p.a1! - p.p1!, p.a2! - p.p2!], F = [p.f0!, p.f1!, p.f2!];
    const e = [0, 0, 0];
    e[p.k!] = 1;
    const det = (m: number[][]) => m[0]![0]! * m[1]![1]! * m[2]![2]! + m[0]![1]! * m[1]![2]! * m[2]![0]! + m[0]![2]! * m[1]![0]! * m[2]![1]! - m[0]![2]! * m[1]![1]! * m[2]![0]! - m[0]![0]! * m[1]![2]! * m[2]![1]! - m[0]![1]! * m[1]![0]! * m[2]![2]!;
    return det([e, r, F]);
  },
  // I by Simpson along the rod; α from τ/I; ω² by RK4 of d(ω²)/dθ = 2τ(θ)/I; hinge forces from the centre's acceleration.
  'p.rot.falling-rod-claims': (p) => {
    const M = p.M!, L = p.L!;
    const I = simpson((x) => (M / L) * x * x, 0, L, 200);
    const alpha = (M * g * L) / 2 / I;
    const w2 = rk4((th) => (2 * M * g * (L / 2) * Math.cos(th)) / I, 0, 0, Math.PI / 2, 400);
    const truths = [alpha, M * g - M * alpha * (L / 2), Math.sqrt(w2), M * g + M * w2 * (L / 2)];
    const near = (x: number, y: number) => Math.abs(x - y) <= 0.005 * Math.abs(y);
    return statementsOf('p.rot.falling-rod-claims', p).filter((_, k) => near(p[`s${k}`]!, truths[k]!));
  },
  // Forces and torques about the plank's midpoint, solved for both reactions.
  'p.rot.beam-two-supports': ({ L, M, m, d, w }) => {
    const x = (d! * L!) / 2; // load position from A
    const [NA, NB] = solve([[1, 1], [-L! / 2, L! / 2]], [(M! + m!) * g, m! * g * (x - L! / 2)]);
    return snap(w === 0 ? NA! : NB!, 9);
  },
  // Unknowns Hx, Hy, T with torques about the rod's centre.
  'p.rot.hinged-rod-string': ({ M, m, t }) => {
    const s = HINGE[t!]![1], c = HINGE[t!]![2], L = 1;
    // x: Hx − T cos θ = 0; y: Hy + T sin θ = (M + m)g; about the centre: −Hy·L/2 + T sin θ·L/2 = mg·L/2.
    const [Hx, Hy] = solve([[1, 0, -c], [0, 1, s], [0, -L / 2, (s * L) / 2]], [0, (M! + m!) * g, (m! * g * L) / 2]);
    return snap(Math.hypot(Hx!, Hy!), 9);
  },
  // Unknowns a, α, f from translation, rotation about the centre and rolling, with I from the body's definition.
  'p.rot.rolling-pull-friction': ({ F, M, c }) => {
    const [i, j] = ROLL_CASES[c!]!, R = 0.3, h = PULLS[j]![0] * R, I = BETA[ROLLERS[i]![0]]! * M! * R * R;
    const [, , f] = solve([[M!, 0, -1], [0, I, R], [1, -R, 0]], [F!, F! * h, 0]);
    return snap(Math.abs(f!), 9);
  },
  // Sum of the pulls of the rod's elements along the line.
  'p.grav.rod-attraction': ({ M, L, d, m }) => snap(simpson((x) => (BIG_G * m! * (M! / L!)) / (x * x), d!, d! + L!, 2000) * 1e9, 7),
  // Vector sum in coordinates: C at the origin, A and B at ±30° from the x-axis.
  'p.grav.triangle-net-force': ({ m1, m2, m, a }) => {
    const pull = (mass: number, ang: number) => [((BIG_G * mass * m!) / a! ** 2) * Math.cos(ang), ((BIG_G * mass * m!) / a! ** 2) * Math.sin(ang)];
    const [p1, p2] = [pull(m1!, Math.PI / 6), pull(m2!, -Math.PI / 6)];
    return snap(Math.hypot(p1[0]! + p2[0]!, p1[1]! + p2[1]!) * 1e9, 9);
  },
  // Bisection on the turning radius where the work against GM/s² (Simpson) equals the launch kinetic energy.
  'p.grav.launch-height': ({ w, j }) => {
    const [, , Rkm, gs, speeds] = WORLDS[w!]!;
    const R = Rkm * 1000, GM = gs * R * R, u = speeds[j!]! * 1000;
    const top = bisect((r) => simpson((s) => GM / (s * s), R, r, 2000) - (u * u) / 2, R, 50 * R);
    return snap((top - R) / 1000, 7);
  },
  // Integrate the parabolic velocity profile over the cross-section.
  'p.flu.poiseuille-flow': ({ r, l, h }) => {
    const a = r! / 1000, dP = 1000 * g * (h! / 100), eta = 1e-3, len = l! / 100;
    return snap(simpson((s) => ((dP * (a * a - s * s)) / (4 * eta * len)) * 2 * Math.PI * s, 0, a, 200) * 1e9, 9);
  },
};

describe('physics depth generators (round 3, b: work and energy, rotation, gravitation, viscosity)', () => {
  depthTemplateTests(all, checks, SEEDS, 15);
});
