import { describe, expect, it } from 'vitest';
import { instantiate } from './framework.ts';
import { bisect, goldenMax, rk4, simpson, snap, solve } from './numeric-methods.test-util.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { physicsDepthRound3CGenerators } from './physics-depth-round3-c.ts';
import type { Params } from './types.ts';
import { optionNumber, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const all = physicsDepthRound3CGenerators;
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
/** The statements of a multi-correct template that the test's own truth flags mark true. */
const keep = (id: string, p: Params, truths: readonly boolean[]) => (all.find((g) => g.id === id) as ClaimGenerator).statements(p).filter((_, i) => truths[i]);

/** z-component at the origin of the Biot–Savart field of straight segments (µ₀/4π = 1e-7), in T. */
function segmentsBz(points: readonly (readonly [number, number, number])[], I: number): number {
  let B = 0;
  for (let s = 0; s < points.length - 1; s++) {
    const [x1, y1, z1] = points[s]!, [x2, y2, z2] = points[s + 1]!;
    const dx = x2 - x1, dy = y2 - y1;
    B += simpson((u) => {
      const x = x1 + u * dx, y = y1 + u * dy, z = z1 + u * (z2 - z1);
      const r3 = Math.hypot(x, y, z) ** 3;
      return (1e-7 * I * (dx * -y - dy * -x)) / r3; // (dl × (−r))_z
    }, 0, 1, 4000);
  }
  return B;
}

const checks: Record<string, AnswerCheck> = {
  // Enthalpy per gram measured from ice at −20 °C; energy conservation solved for the final temperature.
  'p.heat.steam-into-ice': ({ i, T0 }) => {
    const [ms, M] = [[15, 100], [20, 100], [25, 100], [30, 100], [30, 150], [40, 150], [30, 200], [40, 200], [50, 200], [60, 200]][i!]!;
    const ice = (T: number) => 0.5 * (T + 20), water = (T: number) => ice(0) + 80 + T, steam = water(100) + 540;
    return snap(bisect((T) => (ms! + M!) * water(T) - ms! * steam - M! * ice(-T0!), 0, 100), 9);
  },
  // Escape energy per kg as the work ∫ gR²/r² dr to infinity (in u = 1/r), then the temperature by bisection.
  'p.ktg.escape-temperature': ({ g, p }) => {
    const [R, gg] = [[6400, 9.8], [1740, 1.62], [3390, 3.72], [2440, 3.7]][p!]!.map((x, k) => (k === 0 ? x * 1000 : x)) as [number, number];
    const M = [2, 4, 28, 32][g!]! / 1000, work = simpson(() => gg * R * R, 0, 1 / R, 10);
    return snap(bisect((T) => (3 * 8.314 * T) / M - 2 * work, 1, 1e7), 9);
  },
  // v² = ω²A² − ω²x² at both points: a linear system in (ω²A², ω²).
  'p.osc.two-point-shm': ({ i, om, w }) => {
    const [A, x1, x2] = [[5, 3, 4], [10, 6, 8], [13, 5, 12], [25, 7, 24], [25, 15, 20], [25, 7, 15], [25, 20, 24], [13, 12, 5]][i!]!;
    const v = (x: number) => Math.round(om! * Math.sqrt(A! * A! - x * x)); // the speeds as printed
    const [a, b] = solve([[1, -x1! * x1!], [1, -x2! * x2!]], [v(x1!) ** 2, v(x2!) ** 2]) as [number, number];
    return snap(w === 0 ? Math.sqrt(a / b) : (2 * Math.PI) / Math.sqrt(b), 9);
  },
  // Buoyancy of a 10 cm cube from the pressure difference across it; f ∝ √T.
  'p.wave.sonometer-immersed': ({ f, l, q }) => {
    const rho = [2700, 7800, 8900, 8500][l!]!, sigma = [1000, 800][q!]!, side = 0.1, g = 9.8;
    const weight = rho * side ** 3 * g, upthrust = (sigma * g * (0.5 + side) - sigma * g * 0.5) * side * side;
    return snap(f! * Math.sqrt((weight - upthrust) / weight), 9);
  },
  // Enclosed current by integrating the uniform current density over the annulus; Ampère's law.
  'p.mag.hollow-conductor': ({ i, I }) => {
    const [a, b, r] = [[1, 3, 2], [2, 4, 3], [1, 2, 1.5], [2, 5, 3], [1, 3, 4], [2, 4, 6], [1, 2, 3]][i!]!.map((x) => x / 100) as [number, number, number];
    const J = I! / (Math.PI * (b * b - a * a)), enclosed = simpson((s) => J * 2 * Math.PI * s, a, Math.min(r, b), 10);
    return snap(((4e-7 * Math.PI * enclosed) / (2 * Math.PI * r)) * 1e6, 9);
  },
  // Time from integrating dt/dx = ρLx/(kθ) step by step.
  'p.heat.ice-layer-growth': ({ T, x1, x2 }) => snap(rk4((x) => (900 * 3.36e5 * x) / (2.2 * T!), x1! / 100, 0, x2! / 100) / 3600, 9),
  // Temperatures of one mole from PV = RT; ΔU = (3/2)RΔT, W by quadrature along each leg.
  'p.td.rectangular-cycle-claims': (p) => {
    const R = 8.314, P1 = p.p1! * 1e5, P2 = p.p2! * 1e5, V1 = p.v1! * 1e-3, V2 = p.v2! * 1e-3;
    const T = (P: number, V: number) => (P * V) / R;
    const leg = (Pa: number, Va: number, Pb: number, Vb: number) => {
      const W = Va === Vb ? 0 : simpson((V) => Pa + ((Pb - Pa) * (V - Va)) / (Vb - Va), Va, Vb, 10);
      return 1.5 * R * (T(Pb, Vb) - T(Pa, Va)) + W;
    };
    const qAB = leg(P1, V1, P2, V1), qBC = leg(P2, V1, P2, V2), qCD = leg(P2, V2, P1, V2), qDA = leg(P1, V2, P1, V1);
    const net = qAB + qBC + qCD + qDA; // ΔU = 0 over the cycle, so net heat = net work
    return keep('p.td.rectangular-cycle-claims', p, [near(p.s0!, net), near(p.s1!, qAB), near(p.s2!, qBC), near(p.s3!, -qCD)]);
  },
  // Mole balance solved for the common pressure.
  'p.ktg.connected-bulbs': ({ P0, T }) => snap(bisect((P) => P / 300 + P / T! - (2 * P0!) / 300, 0, 10 * P0!), 9),
  // Pressures from the hydrostatic column; the gas law solved for V₂.
  'p.ktg.rising-bubble': ({ V1, h, T1, T2 }) => {
    const P1 = 1e5 + 1000 * 10 * h!, P2 = 1e5;
    return snap(bisect((V) => (P2 * V) / (T2! + 273) - (P1 * V1!) / (T1! + 273), 0, 1000), 9);
  },
  // Crossing time in the first quarter by bisection on x = A sin ωt (A = 1), then four quarters.
  'p.osc.energy-time-fraction': ({ T, n, w }) => {
    const r = [1 / 3, 1, 3][n!]!, om = (2 * Math.PI) / T!;
    const ke = (t: number) => 1 - Math.sin(om * t) ** 2, pe = (t: number) => Math.sin(om * t) ** 2;
    const t1 = w === 0 ? bisect((t) => ke(t) - r * pe(t), 0, T! / 4) : bisect((t) => pe(t) - r * ke(t), 0, T! / 4);
    return snap((w === 0 ? 4 * t1 : 4 * (T! / 4 - t1)) * 1000, 9);
  },
  // Speed from the energy integral maximised by golden section; the turning point by bisection.
  'p.osc.vertical-spring-release': ({ i, w }) => {
    const [m, k] = [[0.1, 10], [0.4, 10], [0.9, 40], [1.6, 40], [0.5, 50], [2, 50], [1, 25], [0.25, 25], [0.2, 20], [0.8, 20], [1.2, 30], [2.25, 100], [0.64, 16], [1.6, 160]][i!]!;
    const ke = (x: number) => simpson((s) => m! * 10 - k! * s, 0, x, 10);
    if (w === 0) return snap(Math.sqrt((2 * goldenMax(ke, 0, 1)) / m!) * 100, 9);
    return snap(bisect(ke, 1e-6, 10) * 100, 9);
  },
  // Each piece built from 1000 equal elements in series; the mass feels both pieces.
  'p.osc.cut-spring-between': ({ i, T }) => {
    const [a, b] = [[1, 1], [1, 4], [1, 9], [4, 9], [9, 16], [1, 2], [1, 3]][i!]!;
    const k = 1, m = (k * T! * T!) / (4 * Math.PI ** 2), N = 1000;
    const piece = (frac: number) => { let c = 0; for (let e = 0; e < N; e++) c += frac / (N * k); return 1 / c; };
    const k1 = piece(a! / (a! + b!)), k2 = piece(b! / (a! + b!));
    return snap(2 * Math.PI * Math.sqrt(m / (k1 + k2)), 9);
  },
  // Moment of inertia and centre of mass by integration along the rod; g = π².
  'p.osc.rod-pendulum': ({ i, L }) => {
    const e = [0, 1 / 3, 1 / 4, 1 / 6][i!]!;
    const lo = -e * L!, hi = L! - e * L!;
    const I = simpson((x) => (x * x) / L!, lo, hi, 10), d = simpson((x) => x / L!, lo, hi, 10);
    return snap(2 * Math.PI * Math.sqrt(I / (Math.PI ** 2 * d)), 9);
  },
  // Tension by bisection on √(T/μ) = fλ.
  'p.wave.tension-from-wave': ({ m, L, fr, lam }) => snap(bisect((T) => Math.sqrt(T / (m! / 1000 / L!)) - (fr! * lam!) / 100, 0, 1e5), 9),
  // Boundary conditions at the junction solved as a linear system; λ₂ from k₂.
  'p.wave.junction-claims': (p) => {
    const n = [2, 3, 0.5][p.j!]!, A = p.A!, k1 = (2 * Math.PI) / p.lam!, k2 = n * k1;
    const [Rr, Tt] = solve([[-1, 1], [k1, k2]], [A, k1 * A]) as [number, number]; // A + R = T; k₁(A − R) = k₂T
    const inverted = Rr < 0 ? 1 : 0;
    return keep('p.wave.junction-claims', p, [near(p.s0!, Tt), p.inv === inverted && near(p.s1!, Math.abs(Rr)), near(p.s2!, (2 * Math.PI) / k2), near(p.s3!, p.fr!)]);
  },
  // Search every whole-cm length and both pipe types for one where f₁ and f₂ are consecutive resonances.
  'p.wave.successive-resonances': ({ c, d, j, w }) => {
    const df = [68, 100, 170, 200][d!]!, f1 = c === 0 ? ((2 * j! - 1) * df) / 2 : j! * df, f2 = f1 + df;
    for (let L = 1; L <= 1000; L++) {
      for (const closed of [true, false]) {
        const base = closed ? 34000 / (4 * L) : 34000 / (2 * L);
        const h1 = f1 / base, h2 = f2 / base;
        const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
        if (!whole(h1) || !whole(h2)) continue;
        const ok = closed ? Math.round(h1) % 2 === 1 && Math.round(h2) === Math.round(h1) + 2 : Math.round(h2) === Math.round(h1) + 1;
        if (ok) return w === 0 ? L : base;
      }
    }
    return Number.NaN;
  },
  // Zero of the net field along the line, searched between or beyond the charges.
  'p.es.null-point': ({ r, q, d, s }) => {
    const q1 = q!, q2 = q! * [4, 9, 16][r!]! * (s === 0 ? 1 : -1), D = d!;
    const E = (x: number) => (q1 * Math.sign(x)) / (x * x) + (q2 * Math.sign(x - D)) / ((x - D) * (x - D));
    const x = s === 0 ? bisect(E, 1e-6, D - 1e-6) : bisect(E, -100 * D, -1e-6);
    return snap(Math.abs(x), 9);
  },
  // Enclosed charge by quadrature, then Gauss's law (ε₀ = 8.85e-12).
  'p.es.nonuniform-sphere': ({ n, R, k, w }) => {
    const Rm = R! / 100, rho0 = 8.85e-12 * n! * 1e6, r = w === 0 ? (Rm * k!) / 4 : Rm * (k! + 1);
    const q = simpson((s) => rho0 * (s / Rm) * 4 * Math.PI * s * s, 0, Math.min(r, Rm), 10);
    return snap(q / (4 * Math.PI * 8.85e-12 * r * r) / 1000, 9);
  },
  // Potential difference by integrating the field across air and slab; C = Q/V relative to air.
  'p.es.partial-slab': ({ i, C0 }) => {
    const [K, t, d] = [[2, 2, 4], [4, 3, 6], [3, 3, 4], [5, 4, 8], [6, 3, 5], [3, 5, 10]][i!]!;
    const V = simpson(() => 1 / K!, 0, t!, 10) + simpson(() => 1, t!, d!, 10); // E in units of σ/ε₀
    return snap((C0! * d!) / V, 9);
  },
  // V = ∫E dr with E = Q/(4πε₀K(r)r²) through both shells; C = Q/V.
  'p.es.spherical-two-dielectrics': ({ i, K1, K2 }) => {
    const [a, c, b] = [[2, 3, 6], [3, 4, 6], [4, 6, 12], [5, 10, 20], [2, 4, 8]][i!]!.map((x) => x / 100) as [number, number, number];
    const E = (r: number, K: number) => (9e9 * 1) / (K * r * r);
    const V = simpson((r) => E(r, K1!), a, c, 4000) + simpson((r) => E(r, K2!), c, b, 4000);
    return snap((1 / V) * 1e12, 7);
  },
  // Biot–Savart around the loop (polygon of 720 sides), axial point over centre.
  'p.mag.axis-field-ratio': ({ i, B0 }) => {
    const [R, x] = [[3, 4], [4, 3], [6, 8], [8, 6], [9, 12], [12, 9], [5, 12], [12, 5]][i!]!;
    const ring = (z: number) => simpson((u) => {
      const [px, py, dx, dy] = [R! * Math.cos(u), R! * Math.sin(u), -R! * Math.sin(u), R! * Math.cos(u)];
      return (1e-7 * (dx * -py - dy * -px)) / Math.hypot(px, py, z) ** 3;
    }, 0, 2 * Math.PI, 400);
    return snap((B0! * ring(-x!)) / ring(0), 9);
  },
  // Biot–Savart along each side of the polygon.
  'p.mag.polygon-centre': ({ s, I, a }) => {
    const n = [3, 4, 6][s!]!, side = a! / 100, Rc = side / (2 * Math.sin(Math.PI / n));
    const pts = Array.from({ length: n + 1 }, (_, k) => [Rc * Math.cos((2 * Math.PI * k) / n), Rc * Math.sin((2 * Math.PI * k) / n), 0] as const);
    return snap(segmentsBz(pts, I!) * 1e6, 7);
  },
  // Net torque about the hinge: force density on the free side and the weight spread over the loop.
  'p.mag.hinged-loop': ({ m, a, B, th }) => {
    const side = a! / 100, M = m! / 1000, [s, c] = ({ 37: [0.6, 0.8], 45: [Math.SQRT1_2, Math.SQRT1_2], 53: [0.8, 0.6] } as Record<number, [number, number]>)[th!]!;
    // Points of the loop at distance u from the hinge along its plane sit at depth u·cos θ and horizontal offset u·sin θ.
    const gravity = 2 * simpson((u) => (M / 4 / side) * 10 * u * s, 0, side, 10) + (M / 4) * 10 * side * s;
    const torque = (I: number) => I * side * B! * side * c - gravity;
    return snap(bisect(torque, 0, 1000), 9);
  },
  // Torque on the coil's two vertical sides in the radial field; deflection from τ = kφ.
  'p.mag.galvanometer-claims': (p) => {
    const side = Math.sqrt(p.A! * 1e-4), I = p.I! * 1e-6, k = p.k! * 1e-6;
    const tau = 2 * p.N! * I * side * p.B! * (side / 2);
    const vs = (p.N! * side * side * p.B!) / (k * p.G!);
    const vs2 = (2 * p.N! * side * side * p.B!) / (k * 2 * p.G!);
    return keep('p.mag.galvanometer-claims', p, [near(p.s0!, tau), near(p.s1!, tau / k), near(p.s2!, vs), (p.dbl === 1) === near(vs2, vs)]);
  },
};

describe('physics depth generators (round 3, c)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
  it('never shows a liquid-water temperature in °C outside (0, 100]', () => {
    const bad = all.filter((g) => ['p.heat.steam-into-ice'].includes(g.id)).flatMap((g) => SEEDS.flatMap((seed) => (instantiate(g, seed).question.options ?? []).map((o) => o.text).filter((t) => !(optionNumber(t) > 0 && optionNumber(t) <= 100))));
    expect(bad).toEqual([]);
  });
});
