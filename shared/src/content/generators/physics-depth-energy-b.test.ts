import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthEnergyBGenerators } from './physics-depth-energy-b.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const g = 10;

/** Nested Simpson over a rectangle. */
function simpson2(f: (x: number, y: number) => number, ax: number, bx: number, ay: number, by: number, n = 200): number {
  return simpson((x) => simpson((y) => f(x, y), ay, by, n), ax, bx, n);
}

/** Independent answers: vectors, time-stepping, work integrals, series summed term by term, search. */
const checks: Record<string, AnswerCheck> = {
  'p.wep.incline-work': ({ m, s, mu }) => {
    const weight = [0, -m! * g], along = [0.8 * s!, 0.6 * s!], normal = [-0.6, 0.8];
    const workGravity = weight[0]! * along[0]! + weight[1]! * along[1]!;
    const N = -(weight[0]! * normal[0]! + weight[1]! * normal[1]!);
    return snap(-(workGravity - mu! * N * s!), 9);
  },
  'p.wep.loop-normal': ({ m, R, k, w }) => {
    const h = k! * R!;
    if (w === 1) {
      // Slide down a straight 30° ramp of height h by RK4 in (position, speed); read the speed at the foot.
      const len = 2 * h, a = g * 0.5, dt = 1e-4;
      let x = 0, v = 0;
      for (;;) {
        const nx = x + v * dt + 0.5 * a * dt * dt, nv = v + a * dt;
        if (nx >= len) { v += ((len - x) / (nx - x)) * (nv - v); break; }
        x = nx; v = nv;
      }
      return snap(m! * (g + (v * v) / R!), 7);
    }
    // Angle θ from the bottom of the loop; θ'' = −(g/R) sin θ, stepped until the top is passed.
    let th = 0, om = Math.sqrt(2 * g * h) / R!;
    const dt = 2e-5, f = (t: number) => -(g / R!) * Math.sin(t);
    for (;;) {
      const k1t = om, k1o = f(th);
      const k2t = om + (dt / 2) * k1o, k2o = f(th + (dt / 2) * k1t);
      const k3t = om + (dt / 2) * k2o, k3o = f(th + (dt / 2) * k2t);
      const k4t = om + dt * k3o, k4o = f(th + dt * k3t);
      const nth = th + (dt / 6) * (k1t + 2 * k2t + 2 * k3t + k4t), nom = om + (dt / 6) * (k1o + 2 * k2o + 2 * k3o + k4o);
      if (nth >= Math.PI) { const omTop = om + ((Math.PI - th) / (nth - th)) * (nom - om); return snap(m! * (omTop * omTop * R! - g), 6); }
      th = nth; om = nom;
    }
  },
  'p.wep.spring-drop': ({ m, k, h }) => {
    // Net work of gravity and spring vanishes at the lowest point.
    const net = (x: number) => simpson(() => m! * g, 0, h! + x, 20) - simpson((s) => k! * s, 0, x, 20);
    return snap(bisect(net, 1e-9, 10) * 100, 9);
  },
  'p.wep.pump-power': ({ q, h, u }) => {
    const perKg = simpson(() => g, 0, h!, 20) + simpson((s) => s, 0, u!, 20);
    return snap(((q! * 60) / 60) * perKg, 9);
  },
  'p.wep.bounce-total': ({ h, e, w }) => {
    let dist = h!, time = Math.sqrt((2 * h!) / g), speed = Math.sqrt(2 * g * h!);
    for (let i = 0; i < 3000; i++) {
      speed *= e!;
      dist += (2 * speed * speed) / (2 * g);
      time += (2 * speed) / g;
    }
    return snap(w === 0 ? dist : time, 9);
  },
  'p.rot.com-hole': ({ c, R }) => {
    const [r, d] = [[1 / 2, 1 / 2], [1 / 3, 2 / 3], [1 / 2, 1 / 4], [1 / 3, 1 / 3]][c!]!;
    const rr = r! * R!, dd = d! * R!;
    // Area and x-moment of a disc of radius ρ centred at x₀, strips parametrised by u = ρ sin φ.
    const area = (rho: number) => simpson((p) => 2 * rho * rho * Math.cos(p) ** 2, -Math.PI / 2, Math.PI / 2);
    const moment = (rho: number, x0: number) => simpson((p) => (x0 + rho * Math.sin(p)) * 2 * rho * rho * Math.cos(p) ** 2, -Math.PI / 2, Math.PI / 2);
    return snap(Math.abs((moment(R!, 0) - moment(rr, dd)) / (area(R!) - area(rr))), 9);
  },
  'p.rot.fan-stop': ({ N, n, w }) => {
    const w0 = (2 * Math.PI * N!) / 60;
    const angle = (alpha: number, upTo: number) => simpson((t) => w0 - alpha * t, 0, upTo, 20);
    const alpha = bisect((al) => angle(al, w0 / al) - 2 * Math.PI * n!, 1e-3, 1e4);
    const stop = w0 / alpha;
    return snap(w === 0 ? stop : angle(alpha, stop / 2) / (2 * Math.PI), 9);
  },
  'p.rot.tangent-moi': ({ c, M, R }) => {
    const inPlane = c === 0 || c === 2;
    // Distance² from a point (ρ, φ) in the body's plane to the tangent at (R, 0).
    const d2 = (rho: number, phi: number) => { const x = rho * Math.cos(phi), y = rho * Math.sin(phi); return inPlane ? (x - R!) ** 2 : (x - R!) ** 2 + y * y; };
    const I = c! < 2
      ? simpson2((rho, phi) => (M! / (Math.PI * R! * R!)) * d2(rho, phi) * rho, 0, R!, 0, 2 * Math.PI, 100)
      : simpson((phi) => (M! / (2 * Math.PI)) * d2(R!, phi), 0, 2 * Math.PI);
    return snap(I, 8);
  },
  'p.grav.null-point': ({ M, k, j }) => {
    const d = (1 + k!) * j!, M2 = k! * k! * M!;
    return snap(bisect((x) => M! / (x * x) - M2 / ((d - x) ** 2), 1e-6, d - 1e-6), 9);
  },
  'p.grav.depth-height': ({ R, n }) => {
    // g from the enclosed mass of a uniform sphere (G·M_total = 1): g(r) = M(r)/r².
    const gAt = (r: number) => (r <= R! ? (r / R!) ** 3 : 1) / (r * r);
    const target = gAt(R! + R! / n!);
    return snap(R! - bisect((r) => gAt(r) - target, 1e-6, R!), 9);
  },
  'p.grav.orbit-escape-energy': ({ m, n }) => {
    const R = 6.4e6, GM = g * R * R, r = R * (1 + n!);
    // Potential energy −∫_r^∞ GMm/s² ds, with u = 1/s; kinetic energy from GMm/r² = mv²/r.
    const pe = -simpson(() => GM * m!, 0, 1 / r, 20);
    const ke = 0.5 * m! * (GM / r);
    return snap(-(pe + ke) / 1e6, 9);
  },
  'p.sol.own-weight': ({ rho, L }) => {
    const Y = ({ 7800: 2e11, 8900: 1.2e11, 2700: 7e10 } as Record<number, number>)[rho!]!;
    // Strain at distance x above the lower end is (weight below)/(AY) = ρgx/Y.
    return snap(simpson((x) => (rho! * g * x) / Y, 0, L!) * 1000, 9);
  },
  'p.flu.u-tube-oil': ({ h, rho, w }) => {
    const hw = bisect((y) => 1000 * g * y - rho! * g * h!, 0, 100);
    return snap(w === 0 ? hw : h! - hw, 9);
  },
  'p.flu.plate-between-layers': ({ eta, A, u, d1, d2 }) => {
    // Power dissipated in both layers, η(du/dy)² over the volume, equals F·v.
    const v = u! / 100;
    const layer = (d: number) => simpson(() => eta! * (v / (d / 1000)) ** 2 * A!, 0, d / 1000, 20);
    return snap((layer(d1!) + layer(d2!)) / v, 9);
  },
  'p.flu.bubble-merge': ({ i }) => {
    const [r1, r2] = [[3, 4], [6, 8], [5, 12], [9, 12], [8, 15], [12, 16], [7, 24], [15, 20], [10, 24], [20, 21], [12, 35], [9, 40], [18, 24], [16, 30], [21, 28], [24, 32]][i!]!;
    const pv = (r: number) => (4 / r) * ((4 / 3) * Math.PI * r ** 3); // T = 1
    return snap(bisect((r) => pv(r) - pv(r1!) - pv(r2!), 1, 100), 9);
  },
};

const all = physicsDepthEnergyBGenerators;

describe('physics energy, rotation, gravitation and fluids depth generators (b)', () => {
  depthTemplateTests(all, checks, SEEDS, 12);
});
