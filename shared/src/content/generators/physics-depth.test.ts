import { describe, expect, it } from 'vitest';
import { physicsDepthCircuitGenerators, type ClaimGenerator } from './physics-depth-circuits.ts';
import { physicsDepthDeviceGenerators } from './physics-depth-devices.ts';
import { physicsDepthAdvancedGenerators } from './physics-depth-advanced.ts';
import { DIMENSION_QUANTITIES, physicsDepthFieldGenerators } from './physics-depth-fields.ts';
import { physicsDepthMotionGenerators } from './physics-depth-motion.ts';
import { EM_BANDS, physicsDepthWavesLabGenerators } from './physics-depth-waves-lab.ts';
import { bisect, derivative, rk4, simpson, snap } from './numeric-methods.test-util.ts';
import { realismProblems } from './physics-realism.test-util.ts';
import type { GeneratorDef, Params } from './types.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);
const s6 = (x: number) => snap(x, 9);
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

type Gate = 'AND' | 'OR' | 'NAND' | 'NOR' | 'XOR' | 'XNOR';
const NAMES: Gate[] = ['AND', 'OR', 'NAND', 'NOR', 'XOR', 'XNOR'];
/** Boolean truth functions written out from the definitions (no bit tricks shared with the generators). */
function gate(name: Gate, a: boolean, b: boolean): boolean {
  switch (name) {
    case 'AND': return a && b;
    case 'OR': return a || b;
    case 'NAND': return !(a && b);
    case 'NOR': return !(a || b);
    case 'XOR': return a !== b;
    case 'XNOR': return a === b;
  }
}
const table = (f: (a: boolean, b: boolean) => boolean) => [[false, false], [false, true], [true, false], [true, true]].map(([a, b]) => f(a!, b!)).join();

/** The statements a claim generator shows whose numbers or facts are true by `truth`. */
function trueClaims(gen: GeneratorDef, p: Params, truth: (i: number) => boolean): string[] {
  return (gen as ClaimGenerator).statements(p).filter((_, i) => truth(i));
}

const byId = (id: string) => [...physicsDepthCircuitGenerators, ...physicsDepthDeviceGenerators, ...physicsDepthAdvancedGenerators, ...physicsDepthFieldGenerators, ...physicsDepthMotionGenerators, ...physicsDepthWavesLabGenerators].find((g) => g.id === id)!;

/** Independent answers: circuit simulation, node equations, numerical integration and search. */
const checks: Record<string, AnswerCheck> = {
  'p.ce.drift-velocity': ({ k, a }) => {
    const chargePerMetre = 8.5e28 * 1.6e-19 * (a! * 1e-6); // C per metre of wire
    return s6(((1.36 * k!) / chargePerMetre) * 1e6);
  },
  'p.ce.resistance-temperature': ({ R0, dT }) => {
    const RT = R0! + (R0! * dT!) / 250;
    return snap(bisect((T) => R0! * (1 + 4e-3 * (T - 20)) - RT, 20, 2000), 9);
  },
  'p.ce.loaded-divider': ({ r, m, j }) => {
    const E = (1 + m!) * j!;
    const R1 = r! * 1e3, R2 = 2 * r! * m! * 1e3;
    return snap(bisect((V) => (E - V) / R1 - V / R2 - V / R2, 0, E), 9);
  },
  'p.ce.max-power-transfer': ({ E, r }) => {
    const power = (R: number) => (E! / (R + r!)) ** 2 * R;
    const Rbest = bisect((R) => derivative(power, R, 1e-5), r! / 50, r! * 50);
    return snap(power(Rbest), 9);
  },
  'p.ce.mixed-grouping': ({ e, r, n, m, R }) => {
    // Terminal voltage V: the m rows together deliver m (n e − V)/(n r), all of it through R.
    const V = bisect((x) => (m! * (n! * e! - x)) / (n! * r!) - x / R!, 0, n! * e!);
    return snap(V / R!, 9);
  },
  'p.ce.unbalanced-bridge': ({ p, q, r, s, G, E }) => {
    const S = p! * s! === q! * r! ? s! + 5 : s!;
    // Node equations at B and D (A at E, C at 0): [a11 a12; a21 a22][VB; VD] = [b1; b2].
    const a11 = 1 / p! + 1 / q! + 1 / G!, a12 = -1 / G!, b1 = E! / p!;
    const a21 = -1 / G!, a22 = 1 / r! + 1 / S + 1 / G!, b2 = E! / r!;
    const det = a11 * a22 - a12 * a21;
    const VB = (b1 * a22 - a12 * b2) / det;
    const VD = (a11 * b2 - a21 * b1) / det;
    return s6((Math.abs(VB - VD) / G!) * 1000);
  },
  'p.ce.potentiometer-internal': ({ R, f, l2 }) => {
    const l1 = l2! * (1 + f!);
    return snap(bisect((x) => (l1 * R!) / (R! + x) - l2!, 0, 100), 9);
  },
  'p.ce.heater-coils': ({ p, w }) => {
    const pairs = [[10, 15], [12, 24], [20, 30], [6, 12], [15, 30], [10, 40], [4, 12], [12, 36], [20, 60], [30, 60], [18, 36], [24, 40]];
    const [t1, t2] = pairs[p!]!;
    const V = 220, Q = 5e5; // joules to boil, arbitrary: the answer cannot depend on it
    const R1 = (V * V * t1! * 60) / Q, R2 = (V * V * t2! * 60) / Q;
    const R = w === 0 ? R1 + R2 : 1 / (1 / R1 + 1 / R2);
    return s6(Q / ((V * V) / R) / 60);
  },
  'p.ce.rc-discharge-heat': ({ C, V, R, f }) => {
    const tau = R! * 1e3 * C! * 1e-6;
    const current = (t: number) => (V! / (R! * 1e3)) * Math.exp(-t / tau);
    return snap(simpson((t) => current(t) ** 2 * R! * 1e3, 0, f! * tau, 4000) * 1000, 7);
  },
  'p.ce.rc-steady-charge': ({ C, a, b, u, j }) => {
    const E = (a! + b!) * j!, R1 = a! * u! * 1e3, R2 = b! * u! * 1e3, Cf = C! * 1e-6;
    const dVdt = (_: number, Vc: number) => ((E - Vc) / R1 - Vc / R2) / Cf;
    const tauEff = Cf * (R1 * R2) / (R1 + R2);
    return snap(rk4(dVdt, 0, 0, 60 * tauEff, 6000) * C!, 9);
  },
  'p.ce.series-bulbs-claims': (p) => {
    const R1 = p.V! ** 2 / p.P1!, R2 = p.V! ** 2 / p.P2!;
    const I = p.V! / (R1 + R2);
    const brighter = I * I * R1 > I * I * R2 ? p.P1! : p.P2!;
    const truths = [near(p.s0!, I), near(p.s1!, I * I * R1), p.s2 === brighter, near(p.s3!, I * I * (R1 + R2))];
    return trueClaims(byId('p.ce.series-bulbs-claims'), p, (i) => truths[i]!);
  },
  'p.ce.meter-loading': ({ R, RV, RA }) => {
    const source = 10; // any drive voltage: the ratio of readings does not depend on it
    const Rp = 1 / (1 / R! + 1 / (RV! * 1000));
    const I = source / (RA! + Rp);
    const Vreading = I * Rp;
    return snap(Vreading / I, 8);
  },
  'p.ce.capacitor-sharing-heat': ({ C1, C2, V, R }) => {
    const c1 = C1! * 1e-6, c2 = C2! * 1e-6, Rr = R! * 1e3, Q0 = c1 * V!;
    const dq = (_: number, q: number) => ((Q0 - q) / c1 - q / c2) / Rr;
    const tau = Rr * (c1 * c2) / (c1 + c2);
    const q = rk4(dq, 0, 0, 60 * tau, 6000);
    const before = (Q0 * Q0) / (2 * c1);
    const after = (Q0 - q) ** 2 / (2 * c1) + (q * q) / (2 * c2);
    return snap((before - after) * 1e6, 9);
  },
  'p.semi.zener-load': ({ Vz, dV, R, RL }) => {
    // Zener in breakdown modelled with a small slope resistance; solve KCL for its current.
    const rz = 1e-6;
    const kcl = (iz: number) => { const V = Vz! + iz * rz; return (Vz! + dV! - V) / R! - V / (RL! * 1000) - iz; };
    return snap(bisect(kcl, 0, 1) * 1000, 7); // the slope resistance shifts I by ~1e-8 relative
  },
  'p.semi.zener-min-load': ({ Vz, dV, R, Izm }) => {
    const zenerCurrent = (RL: number) => dV! / R! - Vz! / RL;
    return snap(bisect((RL) => zenerCurrent(RL) - Izm! / 1000, 1, 1e6), 9);
  },
  'p.semi.rectifier-output': ({ Vm, w, q }) => {
    const T = 1;
    const src = (t: number) => Vm! * Math.sin(2 * Math.PI * t);
    if (q === 1) {
      const out = w === 0 ? (t: number) => Math.max(0, src(t)) : (t: number) => Math.abs(src(t));
      return snap(simpson(out, 0, T, 4000) / T, 9);
    }
    // Largest reverse voltage across a blocked diode over one cycle.
    let worst = 0;
    for (let t = 0; t < T; t += 1e-4) {
      const v = src(t);
      const reverse = w === 0 ? Math.max(0, -v) : w === 1 ? 2 * Math.abs(v) : Math.abs(v);
      worst = Math.max(worst, reverse);
    }
    return snap(worst, 5);
  },
  'p.semi.doped-resistivity': ({ N, w }) => {
    const ND = N! * 1e20, ni = 1.5e16;
    const n = ND / 2 + Math.sqrt((ND / 2) ** 2 + ni * ni); // charge neutrality with n p = ni²
    const p = (ni * ni) / n;
    const sigma = 1.6e-19 * (n * 0.125 + p * 0.05);
    // Minority holes shift σ by ~1e-8 relative: compare at 7 significant figures.
    return snap(w === 0 ? 100 / sigma : sigma, 7);
  },
  'p.semi.gate-equivalent': ({ kind, g, s }) => {
    const name = NAMES[g!]!;
    const circuit =
      kind === 0 ? (a: boolean, b: boolean) => gate(name, !a, !b)
        : kind === 1 ? (a: boolean, b: boolean) => !gate(name, a, b)
          : s === 0 ? (a: boolean, b: boolean) => gate(name, gate(name, a, b), gate(name, a, b))
            : (a: boolean, b: boolean) => gate(name, gate(name, a, a), gate(name, b, b));
    const matches = NAMES.filter((x) => table((a, b) => gate(x, a, b)) === table(circuit));
    return matches.length === 1 ? matches[0]! : `ambiguous ${matches.join()}`;
  },
  'p.semi.truth-table-claims': (p) => {
    const rows = [p.t0!, p.t1!, p.t2!, p.t3!];
    const truths = rows.map((t, i) => {
      const a = t >= 4, b = t % 4 >= 2, c = t % 2 === 1;
      const y = gate(NAMES[p.g2!]!, gate(NAMES[p.g1!]!, a, b), c);
      return (y ? 1 : 0) === p[`y${i}`];
    });
    return trueClaims(byId('p.semi.truth-table-claims'), p, (i) => truths[i]!);
  },
  'p.semi.diode-drop': ({ n, R, I }) => {
    const E = Number((0.7 * n! + (I! * R!) / 1000).toFixed(2)); // as printed in the question
    const rd = 1e-9;
    const diodeV = (i: number) => n! * (0.7 + i * rd);
    return snap(bisect((i) => E - diodeV(i) - i * R!, 0, 1) * 1000, 9);
  },
  'p.mag.helix': ({ V, B, th, w }) => {
    // Integrate m dv/dt = q v × B (B along z) with RK4 until v⊥ has turned through 2π.
    const qm = 1.6e-19 / 1.67e-27;
    const speed = V! * 1e6, t0 = (th! * Math.PI) / 180;
    let vx = speed * Math.sin(t0), vy = 0, x = 0, y = 0, t = 0, turned = 0, maxR = 0;
    const vz = speed * Math.cos(t0);
    const h = 2e-3 / (qm * B!); // a small fraction of a radian per step
    const acc = (ux: number, uy: number) => [qm * uy * B!, -qm * ux * B!] as const;
    while (turned < 2 * Math.PI) {
      const a1 = acc(vx, vy), a2 = acc(vx + (h / 2) * a1[0], vy + (h / 2) * a1[1]);
      const a3 = acc(vx + (h / 2) * a2[0], vy + (h / 2) * a2[1]), a4 = acc(vx + h * a3[0], vy + h * a3[1]);
      const nx = vx + (h / 6) * (a1[0] + 2 * a2[0] + 2 * a3[0] + a4[0]);
      const ny = vy + (h / 6) * (a1[1] + 2 * a2[1] + 2 * a3[1] + a4[1]);
      const step = Math.atan2(vx * ny - vy * nx, vx * nx + vy * ny);
      if (turned + Math.abs(step) >= 2 * Math.PI) { t += (h * (2 * Math.PI - turned)) / Math.abs(step); break; }
      x += (h * (vx + nx)) / 2; y += (h * (vy + ny)) / 2;
      maxR = Math.max(maxR, Math.hypot(x, y));
      turned += Math.abs(step); vx = nx; vy = ny; t += h;
    }
    // Radius: the measured path length of one turn over 2π (the coarse farthest point agrees).
    const vPerp = speed * Math.sin(t0);
    if (Math.abs(maxR / 2 - (vPerp * t) / (2 * Math.PI)) > 1e-3 * maxR) return Number.NaN;
    return snap((w === 0 ? vz * t : (vPerp * t) / (2 * Math.PI)) * 100, 9);
  },
  'p.emi.falling-rod': ({ m, B, l, R, w }) => {
    const mass = m! / 1000;
    const dv = (_: number, v: number) => 10 - ((B! * l!) ** 2 * v) / (mass * R!);
    const vt = rk4(dv, 0, 0, 400, 40000);
    const current = (B! * l! * vt) / R!;
    return snap(w === 0 ? vt : current * current * R!, 8);
  },
  'p.ac.lcr-resonance-claims': (p) => {
    const L = p.L! * 1e-3, C = p.C! * 1e-6, R = p.R!, V = p.V!;
    const I = (w: number) => V / Math.hypot(R, w * L - 1 / (w * C));
    const w0 = bisect((w) => derivative(I, w, w * 1e-6), 10, 1e6);
    // Q from the half-power bandwidth.
    const half = (w: number) => I(w) - I(w0) / Math.SQRT2;
    const Q = w0 / (bisect(half, w0, 1e8) - bisect(half, 1e-3, w0));
    const truths = [near(p.s0!, w0), near(p.s1!, I(w0)), Math.abs(p.s2! / Q - 1) < 1e-4, near(p.s3!, I(w0) * w0 * L)];
    return trueClaims(byId('p.ac.lcr-resonance-claims'), p, (i) => truths[i]!);
  },
  'p.opt.prism-min-deviation': ({ A, n, w }) => {
    // Trace the ray through both faces and minimise the deviation over the angle of incidence.
    const a = (A! * Math.PI) / 180;
    const deviation = (i: number) => {
      const r1 = Math.asin(Math.sin(i) / n!);
      const e = Math.asin(n! * Math.sin(a - r1));
      return i + e - a;
    };
    const lo = Math.asin(n! * Math.sin(a - Math.asin(1 / n!))) + 1e-3; // just past grazing emergence
    const i = bisect((x) => derivative(deviation, x, 1e-5), Math.max(lo, 1e-3), Math.PI / 2 - 1e-3);
    return snap(((w === 0 ? deviation(i) : i) * 180) / Math.PI, 7);
  },
  'p.grav.orbit-raise': ({ m, a, db }) => {
    const GM = 10 * 6.4e6 ** 2;
    const energy = (r: number) => { const v2 = GM / r; return 0.5 * m! * v2 - (GM * m!) / r; };
    return snap((energy((a! + db!) * 6.4e6) - energy(a! * 6.4e6)) / 1e6, 9);
  },
  'p.td.cycle-efficiency': ({ al, be, f }) => {
    // Heat and work leg by leg with n = 1, R = 1, P₀ = V₀ = 1: dQ = (f/2) d(PV) + P dV.
    const legs: [number, number, number, number][] = [[1, 1, al!, 1], [al!, 1, al!, be!], [al!, be!, 1, be!], [1, be!, 1, 1]];
    let work = 0, heatIn = 0;
    for (const [p1, v1, p2, v2] of legs) {
      const steps = 1000;
      for (let k = 0; k < steps; k++) {
        const P = (s: number) => p1 + (p2 - p1) * s, V = (s: number) => v1 + (v2 - v1) * s;
        const s0 = k / steps, s1 = (k + 1) / steps;
        const dW = ((P(s0) + P(s1)) / 2) * (V(s1) - V(s0));
        const dQ = (f! / 2) * (P(s1) * V(s1) - P(s0) * V(s0)) + dW;
        work += dW;
        if (dQ > 0) heatIn += dQ;
      }
    }
    return snap((100 * work) / heatIn, 9);
  },
  'p.wave.echo-doppler': ({ f, u, w }) => {
    // Crests leave the car (at x = −D + u t) every 1/f s, bounce off the wall at x = 0 and meet the car again.
    const D = 1000, c = 340;
    const back = (k: number) => {
      const te = k / f!;
      const tw = te + (D - u! * te) / c;
      return tw + (D - u! * tw) / (c + u!); // car at −D + u t meets the returning crest at −c (t − tw)
    };
    const fEcho = 1 / (back(1) - back(0));
    return snap(w === 0 ? fEcho : fEcho - f!, 9);
  },
  'p.kin.incline-range': ({ u, al, th }) => {
    const a = (al! * Math.PI) / 180, t0 = (th! * Math.PI) / 180;
    const x = (t: number) => u! * Math.cos(t0) * t, y = (t: number) => u! * Math.sin(t0) * t - 5 * t * t;
    const T = bisect((t) => y(t) - x(t) * Math.tan(a), 1e-6, 20);
    return snap(Math.hypot(x(T), y(T)), 9);
  },
  'p.units.same-dimensions': ({ x, c, d1, d2, d3 }) => {
    // SI base-unit exponents [M, L, T, A] of each symbol, and each quantity rebuilt from them.
    const S: Record<string, number[]> = {
      G: [-1, 3, -2, 0], M: [1, 0, 0, 0], len: [0, 1, 0, 0], ohm: [1, 2, -3, -2], C: [-1, -2, 4, 2], V: [1, 2, -3, -1],
      L: [1, 2, -2, -2], eps0: [-1, -3, 4, 2], mu0: [1, 1, -2, -2], E: [1, 1, -3, -1], B: [1, 0, -2, -1], h: [1, 2, -1, 0],
      c: [0, 1, -1, 0], q: [0, 0, 1, 1], v: [0, 1, -1, 0], a: [0, 1, -2, 0],
    };
    const mul = (...terms: [string, number][]) => [0, 1, 2, 3].map((k) => terms.reduce((acc, [sym, pow]) => acc + S[sym]![k]! * pow, 0));
    const dims = [
      mul(['G', 1], ['M', 1], ['len', -1]), mul(['C', 1], ['V', 2]), mul(['L', 1], ['ohm', -1]), mul(['L', 0.5], ['C', 0.5]),
      mul(['eps0', 1], ['E', 2]), mul(['B', 2], ['mu0', -1]), mul(['h', 1], ['len', -1]), mul(['ohm', 1], ['C', 1]),
      mul(['mu0', -0.5], ['eps0', -0.5]), mul(['E', 1], ['B', -1]), mul(['q', 1], ['v', 1], ['B', 1]), mul(['h', 1], ['c', 1], ['len', -1]),
      mul(['M', 1], ['v', 1]), mul(['M', 1], ['a', 1]),
    ];
    const same = (i: number) => dims[i]!.every((e, k) => e === dims[x!]![k]);
    const hits = [c!, d1!, d2!, d3!].filter(same);
    return hits.length === 1 ? `$${DIMENSION_QUANTITIES[hits[0]!]!.tex}$` : `ambiguous ${hits.join()}`;
  },
  'p.es.partial-dielectric': ({ A, d, t, Kd }) => {
    const th = Math.min(t!, d! - 1) * 1e-3;
    const air = (8.85e-12 * A!) / (d! * 1e-3 - th), slab = (Kd! * 8.85e-12 * A!) / th;
    return snap((1 / (1 / air + 1 / slab)) * 1e12, 9);
  },
  'p.es.isolated-dielectric-claims': (p) => {
    const Q = p.C! * p.V!; // µC, unchanged on an isolated capacitor
    const Cnew = p.k! * p.C!;
    const Vnew = Q / Cnew;
    const truths = [near(p.s0!, Q), near(p.s1!, Vnew), near(p.s2!, (Q * Q) / (2 * Cnew) / 1000), near(p.s3!, Vnew / p.V!)];
    return trueClaims(byId('p.es.isolated-dielectric-claims'), p, (i) => truths[i]!);
  },
  'p.es.work-from-infinity': ({ Q, q, r }) => {
    // W = ∫ F dx from r to ∞, with x = r eˢ so the integrand decays like e^{−s}.
    const F = (x: number) => (9e9 * Q! * 1e-6 * q! * 1e-6) / (x * x);
    return snap(simpson((s) => F(r! * Math.exp(s)) * r! * Math.exp(s), 0, 45, 6000) * 1000, 9);
  },
  'p.es.ring-axis-field': ({ Q, R, x }) => {
    // Sum the fields of 720 equal point charges on the ring.
    const n = 720, dq = (Q! * 1e-6) / n;
    let ex = 0, ey = 0, ez = 0;
    for (let i = 0; i < n; i++) {
      const ph = (2 * Math.PI * i) / n;
      const dx = x!, dy = -R! * Math.cos(ph), dz = -R! * Math.sin(ph);
      const d3 = Math.hypot(dx, dy, dz) ** 3;
      ex += (9e9 * dq * dx) / d3; ey += (9e9 * dq * dy) / d3; ez += (9e9 * dq * dz) / d3;
    }
    return snap(Math.hypot(ex, ey, ez) / 1000, 9);
  },
  'p.opt.lens-displacement': ({ p }) => {
    const pairs = [[30, 60], [20, 30], [15, 30], [40, 60], [30, 70], [20, 80], [36, 45], [24, 40], [60, 90], [45, 90], [28, 70], [35, 140]];
    const [u, v] = pairs[p!]!;
    const D = u! + v!, x = v! - u!;
    // Lens positions solve s² − Ds + fD = 0; find f whose two roots are x apart.
    return snap(bisect((f) => Math.sqrt(D * D - 4 * f * D) - x, 1e-6, D / 4), 9);
  },
  'p.opt.escape-circle': ({ i, h }) => {
    const n = [1.25, 5 / 3, Math.SQRT2][i!]!;
    const C = bisect((th) => n * Math.sin(th) - 1, 0, Math.PI / 2);
    return snap(h! * Math.tan(C), 9);
  },
  'p.dual.two-wavelengths': ({ phi, l1, l2, w }) => {
    const V1 = Number((1240 / l1! - phi!).toFixed(2)), V2 = Number((1240 / l2! - phi!).toFixed(2)); // as printed
    // [1/λ₁ −1; 1/λ₂ −1] [hc; φ] = [V₁; V₂] by Cramer's rule.
    const det = -1 / l1! + 1 / l2!;
    const hc = (-V1 + V2) / det;
    const work = (V2 / l1! - V1 / l2!) / det;
    return snap(w === 0 ? work : hc / work, 9);
  },
  'p.flu.venturi': ({ r, dP, w }) => {
    const v1 = bisect((v) => 0.5 * 1000 * ((r! * v) ** 2 - v * v) - dP! * 1000, 0, 100);
    return snap(w === 0 ? v1 : r! * v1, 9);
  },
  'p.rot.rolling-speed': ({ b, v }) => {
    const k2 = [0.4, 0.5, 1][b!]!;
    const h = Number(((v! * v! * (1 + k2)) / 20).toFixed(3)); // as printed
    // Along a 30° incline: a = g sin θ/(1 + k²/R²) over s = h/sin θ from rest.
    const a = (10 * 0.5) / (1 + k2), s = h / 0.5;
    return snap(Math.sqrt(2 * a * s), 9);
  },
  'p.rot.pulley-disc': ({ m, M, w }) => {
    const R = 0.2;
    const I = simpson((r) => r * r * ((2 * M!) / (R * R)) * r, 0, R); // disc of surface density M/πR², rings 2πr dr
    // m a + T = m g and (I/R²) a − T = 0, by Cramer's rule.
    const a11 = m!, a12 = 1, a21 = I / (R * R), a22 = -1, b1 = m! * 10, b2 = 0;
    const det = a11 * a22 - a12 * a21;
    const a = (b1 * a22 - a12 * b2) / det, T = (a11 * b2 - a21 * b1) / det;
    return snap(w === 0 ? a : T, 8);
  },
  'p.rot.ladder': ({ th, m, M, f }) => {
    const tan = th === 45 ? 1 : th === 53 ? 4 / 3 : Math.tan(Math.PI / 3);
    const cos = 1 / Math.hypot(1, tan), sin = tan * cos;
    // Foot at the origin, top at (cos, sin) on a ladder of unit length; torques about the foot.
    const torqueOfWeights = m! * 10 * (0.5 * cos) + M! * 10 * (f! * cos);
    const wallPush = torqueOfWeights / sin;
    return snap(wallPush / ((m! + M!) * 10), 9);
  },
  'p.heat.rail-gap': ({ L, dT }) => snap((L! * (1 + 1.2e-5 * dT!) - L!) * 1000, 6),
  'p.osc.pendulum-lift': ({ L, a, up }) => {
    const g = 10 + (up === 1 ? a! : -a!);
    // θ'' = −(g/L) sin θ at small amplitude; time between alternate zero crossings.
    let th = 0, om = 1e-3, t = 0;
    const h = 1e-3;
    const f = (x: number) => -(g / L!) * Math.sin(x);
    const crossings: number[] = [];
    while (crossings.length < 3) {
      const k1t = om, k1o = f(th);
      const k2t = om + (h / 2) * k1o, k2o = f(th + (h / 2) * k1t);
      const k3t = om + (h / 2) * k2o, k3o = f(th + (h / 2) * k2t);
      const k4t = om + h * k3o, k4o = f(th + h * k3t);
      const nth = th + (h / 6) * (k1t + 2 * k2t + 2 * k3t + k4t);
      const nom = om + (h / 6) * (k1o + 2 * k2o + 2 * k3o + k4o);
      if (t > 0 && th * nth < 0) crossings.push(t + (h * th) / (th - nth));
      if (t === 0) crossings.push(0);
      th = nth; om = nom; t += h;
    }
    return snap(crossings[2]! - crossings[0]!, 8);
  },
  'p.mag.parallel-wires': ({ I1, I2, d }) => {
    const dist = d! / 100, mu0 = 4 * Math.PI * 1e-7;
    // Biot–Savart along wire 1 with z = d tan u.
    const B = simpson((u) => ((mu0 * I1!) / (4 * Math.PI * dist)) * Math.cos(u), -Math.PI / 2, Math.PI / 2, 2000);
    return snap(B * I2! * 1e6, 9);
  },
  'p.nuc.activity-ratio': ({ t, r, w }) => snap(w === 0 ? bisect((T) => 2 ** (-t! / T) - 1 / r!, 0.01, 100) : bisect((tau) => Math.exp(-t! / tau) - 1 / r!, 0.01, 100), 9),
  'p.atom.line-count': ({ n1, n2 }) => {
    const low = Math.min(n1!, n2! - 2);
    let lines = 0;
    for (let i = low; i <= n2!; i++) for (let j = i + 1; j <= n2!; j++) lines++;
    return lines;
  },
  'p.emw.radiation-force': ({ I, A, refl }) => {
    const E = 3.2e-19; // any photon energy: the force cannot depend on it
    const photonsPerSecond = (I! * A!) / E;
    const momentumChange = ((refl === 1 ? 2 : 1) * E) / 3e8;
    return snap(photonsPerSecond * momentumChange * 1e6, 9);
  },
  'p.emw.band-of-wavelength': ({ b, s }) => {
    const tex = EM_BANDS[b!]!.samples[s!]!.replace(/\s+/g, '');
    const m = /^(?:([\d.]+)\\times)?10\^\{(-?\d+)\}$/.exec(tex);
    const lam = m ? Number(m[1] ?? 1) * 10 ** Number(m[2]) : Number(tex);
    // NCERT boundaries in metres, longest band first.
    const lower = [0.1, 1e-3, 7e-7, 4e-7, 1e-9, 1e-12, 0];
    const names = ['radio waves', 'microwaves', 'infrared', 'visible light', 'ultraviolet', 'X-rays', 'gamma rays'];
    return names[lower.findIndex((lo) => lam > lo)]!;
  },
  'p.dual.wavelength-ratio': ({ c }) => {
    // Masses in electron masses, charges in e; λ = h/√(2mK) with h = 1.
    const part = { e: [1, 1], p: [1836, 1], d: [3672, 1], a: [7344, 2] } as const;
    const lamV = (x: readonly [number, number]) => 1 / Math.sqrt(2 * x[0] * x[1] * 1); // same V: K = qV
    const lamK = (x: readonly [number, number]) => 1 / Math.sqrt(2 * x[0] * 1); // same K
    return snap([lamV(part.p) / lamV(part.a), lamV(part.p) / lamV(part.d), lamK(part.e) / lamK(part.p), lamK(part.a) / lamK(part.p)][c!]!, 9);
  },
  'p.exp.vernier-least-count': ({ s, N }) => snap((s! - ((N! - 1) * s!) / N!) * 1000, 9),
  'p.exp.screw-zero-error': ({ ms, half, cs, z, below }) => {
    const divisions = ((ms! + half! / 2) / 0.5) * 50 + cs!;
    const zero = below === 1 ? z! : -z!;
    return snap((divisions - zero) * 0.01, 9);
  },
  'p.ktg.rms-from-density': ({ v, P }) => {
    const rho = Number(((3 * P! * 1e5) / (v! * v!)).toFixed(4)); // as printed
    return snap(bisect((u) => (rho * u * u) / 3 - P! * 1e5, 0, 1e4), 9);
  },
  'p.td.adiabatic-compression': ({ T1, r }) => snap(rk4((V, T) => (-0.4 * T) / V, 1, T1!, 1 / r!, 8000), 8),
};

const all = [...physicsDepthCircuitGenerators, ...physicsDepthDeviceGenerators, ...physicsDepthAdvancedGenerators, ...physicsDepthFieldGenerators, ...physicsDepthMotionGenerators, ...physicsDepthWavesLabGenerators];

describe('physics depth generators', () => {
  it('has an independent check for every generator', () => {
    expect(all.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });

  it('uses ids unique across the physics generators', () => {
    expect(new Set(all.map((g) => g.id)).size).toBe(all.length);
  });

  for (const gen of all) {
    it(`${gen.id}: answers agree with the independent check on 220 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });

    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });

    it(`${gen.id}: realistic answers and options, Hindi with the same numbers`, () => {
      expect(realismProblems(gen, SEEDS, true).slice(0, 10)).toEqual([]);
    });
  }

  it('puts at least 30 % of these templates at difficulty 4-5', () => {
    const hard = all.filter((g) => g.difficulty >= 4).length;
    expect(hard / all.length).toBeGreaterThanOrEqual(0.3);
  });
});
