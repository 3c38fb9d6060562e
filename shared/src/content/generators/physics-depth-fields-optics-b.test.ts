import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, rk4, simpson, snap } from './numeric-methods.test-util.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import { physicsDepthFieldsOpticsBGenerators } from './physics-depth-fields-optics-b.ts';
import type { Params } from './types.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const rad = (d: number) => (d * Math.PI) / 180;
const trig = { 37: [0.6, 0.8], 53: [0.8, 0.6] } as Record<number, [number, number]>;

/** Biot–Savart along a parametrised path r(s), field z-component at the origin (µ₀/4π = 1e-7). */
function biotZ(r: (s: number) => [number, number], a: number, b: number, I: number, n = 4000): number {
  const h = 1e-6;
  return simpson((s) => {
    const [x, y] = r(s);
    const [x2, y2] = r(s + h), [x1, y1] = r(s - h);
    const dx = (x2 - x1) / (2 * h), dy = (y2 - y1) / (2 * h);
    const d3 = Math.hypot(x, y) ** 3;
    // (dl × (0 − r))_z = dx·(−y) − dy·(−x)
    return (1e-7 * I * (dx * -y - dy * -x)) / d3;
  }, a, b, n);
}

/** Period of θ'' = −w² sin θ at small amplitude, from successive upward zero crossings. */
function period(w2: number): number {
  const dt = (2 * Math.PI) / Math.sqrt(w2) / 20000;
  let th = 0, om = 1e-4, t = 0;
  const ups: number[] = [];
  while (ups.length < 2) {
    const f = (x: number) => -w2 * Math.sin(x);
    const k1t = om, k1o = f(th);
    const k2t = om + (dt / 2) * k1o, k2o = f(th + (dt / 2) * k1t);
    const k3t = om + (dt / 2) * k2o, k3o = f(th + (dt / 2) * k2t);
    const k4t = om + dt * k3o, k4o = f(th + dt * k3t);
    const nth = th + (dt / 6) * (k1t + 2 * k2t + 2 * k3t + k4t);
    const nom = om + (dt / 6) * (k1o + 2 * k2o + 2 * k3o + k4o);
    if (t > 0 && th < 0 && nth >= 0) ups.push(t + (dt * -th) / (nth - th));
    th = nth; om = nom; t += dt;
  }
  return ups[1]! - ups[0]!;
}

const checks: Record<string, AnswerCheck> = {
  'p.es.hanging-charges': ({ m, L, th, w }) => {
    const [s, c] = trig[th!]!;
    const mg = (m! / 1000) * 10;
    if (w === 1) return snap(Math.hypot(mg, mg * (s / c)) * 1000, 9); // the thread balances weight and repulsion
    // For a trial charge find the equilibrium angle, then search the charge giving the stated angle.
    const angle = (q: number) => bisect((a) => (9e9 * q * q) / (2 * L! * Math.sin(a)) ** 2 - mg * Math.tan(a), 1e-4, Math.PI / 2 - 1e-4);
    return snap(bisect((q) => angle(q) - Math.atan2(s, c), 1e-9, 1e-3) * 1e6, 9);
  },
  'p.es.dipole-rotation-work': ({ q, d, E, t }) => {
    const [a, b] = [[0, 90], [0, 180], [60, 180], [0, 60], [60, 120], [90, 180]][t!]!;
    const p = q! * 1e-6 * (d! / 100), field = E! * 1e5;
    return snap(simpson((x) => p * field * Math.sin(x), rad(a!), rad(b!)) * 1000, 9);
  },
  'p.es.sphere-field-points': ({ R, f, w }) => {
    const frac = [0.25, 1 / 9, 0.0625, 4 / 9, 0.5625][f!]!;
    const enclosed = (r: number) => simpson((s) => 4 * Math.PI * s * s, 0, Math.min(r, R!), 200); // unit density
    const E = (r: number) => enclosed(r) / (r * r);
    const target = frac * E(R!);
    return snap(w === 0 ? bisect((r) => E(r) - target, 1e-6, R!) : bisect((r) => E(r) - target, R!, 100 * R!), 9);
  },
  'p.es.capacitor-gap-claims': (p: Params) => {
    const C = p.C! * 1e-6, V = p.V!, k = p.k!;
    // ε₀A = C·d with d = 1: the agent's work is ∫ F dx with F = ε₀AV²/(2x²).
    const work = simpson((x) => (C * V * V) / (2 * x * x), 1, k, 2000) * 1e6;
    const Qback = (C * V - (C / k) * V) * 1e6;
    const dU = (0.5 * C * V * V - 0.5 * (C / k) * V * V) * 1e6;
    const truths = [near(p.s0!, Qback), near(p.s1!, dU), Math.abs(p.s2! - work) < 1e-6 * work, near(p.s3!, V / k / V)];
    const gen = physicsDepthFieldsOpticsBGenerators.find((g) => g.id === 'p.es.capacitor-gap-claims') as ClaimGenerator;
    return gen.statements(p).filter((_, i) => truths[i]);
  },
  'p.mag.arc-leads-field': ({ s, I, R }) => {
    const r = R! / 100, far = 1e3; // the tail beyond 1 km changes B by about (r/far)²/2
    // Lead parametrisation x = r·tan(u) keeps the semi-infinite integrals finite.
    const arc = (a: number, b: number) => biotZ((u) => [r * Math.cos(u), r * Math.sin(u)], a, b, I!);
    if (s === 0) {
      const inLead = biotZ((u) => [-r * Math.tan(u), -r], Math.atan(far / r), 0, I!); // from far left to (0, −r)
      const outLead = biotZ((u) => [-r * Math.tan(u), r], 0, Math.atan(far / r), I!); // from (0, r) to far left
      return snap((arc(-Math.PI / 2, Math.PI / 2) + inLead + outLead) * 1e6, 8);
    }
    return snap(arc(0, s === 1 ? Math.PI / 2 : Math.PI) * 1e6, 9); // radial leads contribute nothing
  },
  'p.mag.galvanometer-voltmeter': ({ G, Ig, V }) => snap(bisect((R) => V! / (R + G!) - Ig! / 1000, 0, 1e6), 9),
  'p.mag.magnet-period': ({ T, c, b }) => {
    const [iR, mR] = [[1, 1], [1 / 8, 1 / 2], [1 / 2, 1 / 2]][c!]!;
    const bR = [4, 9, 0.25, 1 / 9][b!]!;
    const w2 = ((2 * Math.PI) / T!) ** 2 * ((mR! * bR) / iR!); // mB/I scaled
    return snap(period(w2), 6);
  },
  'p.emi.rl-growth': ({ L, R, E, f, w }) => {
    const current = (t: number) => rk4((_, i) => (E! - i * R!) / L!, 0, 0, t, 2000);
    const I0 = current((200 * L!) / R!);
    const t = bisect((x) => current(x) - f! * I0, 0, (20 * L!) / R!);
    return snap(w === 0 ? t * 1000 : 0.5 * L! * current(t) ** 2 * 1000, 7);
  },
  'p.ac.dc-plus-ac-rms': ({ I1, I2, R, w }) => {
    const ms = simpson((t) => (I1! + I2! * Math.sin(2 * Math.PI * t)) ** 2, 0, 1);
    return snap(w === 0 ? Math.sqrt(ms) : ms * R!, 9);
  },
  'p.ac.transformer-efficiency': ({ eta, Vp, Ip }) => {
    const Ps = (eta! * Vp! * Ip!) / 100;
    const Pin = bisect((x) => (eta! / 100) * x - Ps, 0, 1e7);
    return snap(Pin / Vp!, 9);
  },
  'p.opt.mirror-image-speed': ({ F, x, s }) => {
    const u0 = [1.5, 3, 0.5, 0.75, 1.25][x!]! * F!;
    const image = (u: number) => 1 / (1 / F! - 1 / u); // real-is-positive distances
    const h = 1e-3;
    const slope = (-image(u0 + 2 * h) + 8 * image(u0 + h) - 8 * image(u0 - h) + image(u0 - 2 * h)) / (12 * h);
    return snap(Math.abs(slope) * s!, 8);
  },
  'p.opt.microscope': ({ o, fe }) => {
    const [fo, uo] = [[1, 1.25], [1, 1.2], [2, 2.5], [1.5, 2], [0.5, 0.6], [2, 2.2]][o!]!;
    // Ray transfer matrices: a ray from the object tip (height 1, parallel to the axis).
    const vo = 1 / (1 / fo! - 1 / uo!);
    let y = 1, a = 0;
    y += uo! * a; a -= y / fo!; // to and through the objective
    y += (vo + fe!) * a; a -= y / fe!; // to and through the eyepiece (its focus at the first image)
    return snap(Math.abs(a) / (1 / 25), 9);
  },
  'p.opt.ydse-slab': ({ mu, lam, n, D, d, w }) => {
    const t = Number(((n! * lam!) / ((mu! - 1) * 1000)).toFixed(3)) * 1e-6;
    const extra = (mu! - 1) * t;
    // Where the geometric path difference yd/D cancels the sheet's extra path.
    const y = bisect((yy) => (yy * d! * 1e-3) / D! - extra, -1, 1);
    const beta = (lam! * 1e-9 * D!) / (d! * 1e-3);
    return snap(w === 0 ? y / beta : y * 1000, 9);
  },
  'p.opt.slit-minima-coincide': ({ lam, o }) => {
    const [m1, m2] = [[2, 3], [3, 4], [4, 5], [5, 6]][o!]!;
    const a = 10000; // slit width in nm
    // m₁-th zero of sin(πa sin θ/λ₁), bracketed between the maxima of the sine's argument.
    const s1 = bisect((s) => Math.sin((Math.PI * a * s) / lam!), ((m1! - 0.5) * lam!) / a, ((m1! + 0.5) * lam!) / a);
    return snap(bisect((l2) => (a * s1) / l2 - m2!, 300, 800), 9);
  },
  'p.opt.three-polarisers': ({ I0, t }) => {
    const th = rad([22.5, 30, 45, 60, 67.5][t!]!);
    // Average over the input polarisation angle ψ of the field projected on each axis in turn.
    const out = (psi: number) => {
      let amp = Math.cos(psi); // onto axis 0
      amp *= Math.cos(th); // axis 0 → θ
      amp *= Math.cos(Math.PI / 2 - th); // θ → 90°
      return amp * amp;
    };
    return snap((I0! * simpson(out, 0, 2 * Math.PI)) / (2 * Math.PI), 9);
  },
};

const all = physicsDepthFieldsOpticsBGenerators;

describe('physics fields, AC and optics depth generators (b)', () => {
  depthTemplateTests(all, checks, SEEDS, 12);
});
