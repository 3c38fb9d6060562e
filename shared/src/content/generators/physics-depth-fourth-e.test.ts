import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthFourthEGenerators } from './physics-depth-fourth-e.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const tanOf = { 37: 0.75, 45: 1, 53: 4 / 3 } as Record<number, number>;

/** Maxwell speed distribution (unnormalised) for a² = m/(2kT) = 1: numerical moments. */
function maxwellRatios(): { mp: number; mean: number; rms: number } {
  const f = (v: number) => v * v * Math.exp(-v * v);
  const norm = simpson(f, 0, 12, 4000);
  const mean = simpson((v) => v * f(v), 0, 12, 4000) / norm;
  const rms = Math.sqrt(simpson((v) => v * v * f(v), 0, 12, 4000) / norm);
  const mp = bisect((v) => 2 * v * Math.exp(-v * v) - 2 * v ** 3 * Math.exp(-v * v), 0.1, 3); // f′(v) = 0
  return { mp, mean, rms };
}
const MX = maxwellRatios();

const checks: Record<string, AnswerCheck> = {
  'p.ce.cells-reversed': ({ n, m, R }) => {
    // Walk round the loop: each cell adds ±E and −Ir; find I with zero total.
    const loop = (I: number) => { let s = 0; for (let c = 0; c < n!; c++) s += (c < m! ? -2 : 2) - I * 1; return s - I * R!; };
    return snap(bisect(loop, -10, 10), 9);
  },
  'p.flu.siphon': ({ h, H, w }) => {
    const v = bisect((u) => 0.5 * 1000 * u * u - 1000 * 10 * h!, 0, 100);
    if (w === 0) return snap(v, 9);
    // Hydrostatic drop over the rise H (integrated), then the kinetic term of the moving water.
    const drop = simpson(() => 1000 * 10, 0, H!, 10);
    return snap((1e5 - drop - 0.5 * 1000 * v * v) / 1000, 9);
  },
  'p.grav.orbit-period-height': ({ i }) => {
    const ratio = [2 * Math.SQRT2, 3 * Math.sqrt(3), 8, 27, 64, 125][i!]!;
    const R = 6400, GM = 1; // units cancel: only the period ratio matters
    const T = (r: number) => 2 * Math.PI * Math.sqrt(r ** 3 / GM);
    return snap(bisect((r) => T(r) / T(R) - ratio, R, 100 * R) - R, 9);
  },
  'p.heat.specific-heat-metal': ({ c, mm, Tm, mw, W }) => {
    const hot = (mm! / 1000) * c!, cold = ((mw! + W!) / 1000) * 4200;
    const T = Number(((hot * Tm! + cold * 20) / (hot + cold)).toFixed(1)); // as printed
    // Find the specific heat whose mixture settles at the printed temperature.
    return snap(bisect((cc) => ((mm! / 1000) * cc * Tm! + cold * 20) / ((mm! / 1000) * cc + cold) - T, 1, 1e5), 9);
  },
  'p.heat.net-radiation-ratio': ({ T0, T1, T2 }) => {
    const net = (T: number) => simpson((x) => 4 * x ** 3, T0!, T, 200); // T⁴ − T₀⁴
    return snap(net(T2!) / net(T1!), 9);
  },
  'p.kin.chase': ({ u, a, w }) => {
    const t = bisect((tt) => 0.5 * a! * tt * tt - u! * tt, 1e-6, 1000);
    return snap(w === 0 ? t : simpson((s) => a! * s, 0, t, 20), 9);
  },
  'p.kin.proj-top-speed': ({ u, k, w }) => {
    const th = Math.acos(k!);
    const vy = u! * Math.sin(th), vx = u! * Math.cos(th);
    // Step the flight: top when vy = 0, landing when y returns to 0.
    const tTop = bisect((t) => vy - 10 * t, 0, 100);
    if (w === 0) return snap(simpson((t) => vy - 10 * t, 0, tTop, 20), 9);
    const tLand = bisect((t) => vy * t - 5 * t * t, tTop, 100);
    return snap(vx * tLand, 9);
  },
  'p.ktg.three-speeds': ({ vr, w }) => snap((vr! * (w === 0 ? MX.mp : MX.mean)) / MX.rms, 8),
  'p.mag.selector-radius': ({ E, B, w }) => {
    const q = 1.6e-19, m = 1.67e-27;
    const v = bisect((u) => q * E! * 1e4 - q * u * B!, 0, 1e8);
    if (w === 0) return snap(v / 1000, 9);
    // Rotate the velocity in B alone (RK4 on vx, vy) for half a turn and read the diameter.
    const om = (q * B!) / m, T = (2 * Math.PI) / om, steps = 40000, dt = T / 2 / steps;
    let x = 0, y = 0, vx = v, vy = 0;
    for (let s = 0; s < steps; s++) {
      const f = (a: number, b: number) => [om * b, -om * a] as const;
      const [k1x, k1y] = f(vx, vy), [k2x, k2y] = f(vx + (dt / 2) * k1x, vy + (dt / 2) * k1y);
      const [k3x, k3y] = f(vx + (dt / 2) * k2x, vy + (dt / 2) * k2y), [k4x, k4y] = f(vx + dt * k3x, vy + dt * k3y);
      const nvx = vx + (dt / 6) * (k1x + 2 * k2x + 2 * k3x + k4x), nvy = vy + (dt / 6) * (k1y + 2 * k2y + 2 * k3y + k4y);
      x += (dt / 2) * (vx + nvx); y += (dt / 2) * (vy + nvy);
      vx = nvx; vy = nvy;
    }
    return snap((Math.hypot(x, y) / 2) * 100, 8);
  },
  'p.nlm.wedge-push': ({ th, p }) => {
    const [M, m] = [[10, 2], [8, 4], [6, 6], [20, 4], [18, 6], [16, 8]][p!]!;
    const t = tanOf[th!]!, c = 1 / Math.hypot(1, t), s = t * c;
    // Block: unknowns N, a from N cos θ = mg and N sin θ = m a (Cramer on [[cos, 0], [sin, −m]]).
    const det = c * -m! - 0 * s;
    const a = (c * 0 - s * (m! * 10)) / det;
    return snap((M! + m!) * a, 9);
  },
  'p.opt.lens-in-liquid': ({ i, f }) => {
    const mul = [4 / 3, 1.25, 1.2, 1.6][i!]!;
    const R = 2 * f! * 0.5; // symmetric biconvex radius giving f in air: 1/f = 0.5 · 2/R
    return snap(1 / ((1.5 / mul - 1) * (2 / R)), 9);
  },
  'p.opt.stacked-slabs': ({ t1, a, t2, b }) => {
    const mu = [1.5, 4 / 3];
    // Trace a ray leaving the mark at a small angle; the emergent ray traced back meets the normal at the image.
    const th0 = 1e-5;
    const th1 = Math.asin(Math.sin(th0)); // the ray starts inside slab 1 with angle th0 in glass terms
    const x = t1! * Math.tan(th1) + t2! * Math.tan(Math.asin((mu[a!]! * Math.sin(th1)) / mu[b!]!));
    const thAir = Math.asin(mu[a!]! * Math.sin(th1));
    const apparentDepth = x / Math.tan(thAir);
    return snap(t1! + t2! - apparentDepth, 8);
  },
  'p.semi.logic-count-ones': ({ i }) => {
    const F: ((a: boolean, b: boolean, c: boolean) => boolean)[] = [
      (a, b, c) => (a && b) || !c, (a, b, c) => !(a && b) && c, (a, b, c) => a !== b && c, (a, b, c) => !(a || b) || c,
      (a, b, c) => (a || b) && (b || c), (a, b, c) => !(a && b && c), (a, b, c) => (a && !b) || (b && c), (a, b, c) => (a !== b) !== c,
      (a, b, c) => (a && b) || (b && c) || (c && a), (a, b, c) => !a && !b && !c,
    ];
    let n = 0;
    for (const a of [false, true]) for (const b of [false, true]) for (const c of [false, true]) if (F[i!]!(a, b, c)) n++;
    return n;
  },
  'p.td.isothermal-heat': ({ n, T, k }) => {
    const W = simpson((V) => (n! * 8.314 * T!) / V, 1, k!, 2000); // ∫P dV, with ΔU = 0
    return snap(W / 1000, 8);
  },
  'p.wave.reflector-beats': ({ i }) => {
    const [u, f] = [[10, 165], [10, 330], [10, 660], [20, 160], [20, 320], [20, 640], [40, 150], [40, 300], [40, 600]][i!]!;
    const c = 340, D = 1000;
    // Crest n leaves x = 0 at n/f, meets the reflector at x = D − u t, and is back at x = 0 after a further x/c.
    const back = (n: number) => { const te = n / f!; const th = bisect((t) => c * (t - te) - (D - u! * t), te, te + 10); return th + (D - u! * th) / c; };
    const period = back(1001) - back(1000);
    return snap(1 / period - f!, 6);
  },
};

const all = physicsDepthFourthEGenerators;

describe('physics fourth-template depth generators (e)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
