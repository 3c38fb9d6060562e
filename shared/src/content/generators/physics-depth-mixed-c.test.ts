import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap, solve } from './numeric-methods.test-util.ts';
import { physicsDepthMixedCGenerators } from './physics-depth-mixed-c.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

/** v_rms from the Maxwell distribution (M in g/mol). */
function vrms(T: number, M: number): number {
  const a = (M / 1000) / (2 * 8.314 * T);
  const f = (v: number) => v * v * Math.exp(-a * v * v);
  const top = 12 / Math.sqrt(a);
  return Math.sqrt(simpson((v) => v * v * f(v), 0, top, 400) / simpson(f, 0, top, 400));
}

const checks: Record<string, AnswerCheck> = {
  'p.ce.infinite-ladder': ({ i, E, w }) => {
    const [r, s] = [[1, 2], [2, 4], [1, 6], [1, 12], [2, 12], [3, 6], [1, 20], [2, 24], [4, 8], [3, 18]][i!]!;
    let R = s!; // a finite ladder ended by a rung; add sections until it stops changing
    for (let k = 0; k < 400; k++) R = r! + (s! * R) / (s! + R);
    return snap(w === 0 ? R : E! / R, 9);
  },
  'p.ce.three-branches': ({ b, E1, E2, E3, w }) => {
    const [R1, R2, R3] = [[1, 2, 2], [2, 3, 6], [1, 1, 2], [2, 4, 4], [3, 6, 2]][b!]!;
    // Branch currents i₁, i₂, i₃ into A: KCL at A and equal V_A − V_B along each branch.
    const [i1, , i3] = solve([[1, 1, 1], [R1!, -R2!, 0], [0, R2!, -R3!]], [0, E1! - E2!, E2! - E3!]);
    return snap(w === 0 ? E1! - i1! * R1! : Math.abs(i3!), 9);
  },
  'p.ce.bridge-two-nulls': ({ i, r, w }) => {
    const [l1, l2] = [[40, 50], [20, 50], [25, 50], [20, 60], [40, 60], [50, 75], [25, 60]][i!]!;
    // (100 − l₁)X − l₁S = 0 and (100 − l₂)X − l₂S = −(100 − l₂)r.
    const [X, S] = solve([[100 - l1!, -l1!], [100 - l2!, -l2!]], [0, -(100 - l2!) * r!]);
    return snap(w === 0 ? X! : S!, 9);
  },
  'p.emi.rotating-rod': ({ c, B, om, L }) => {
    const [a, b] = [[0, L!], [0, L! / 2], [-L! / 4, (3 * L!) / 4]][c!]!;
    return snap(Math.abs(simpson((x) => B! * om! * x, a!, b!, 20)) * 1000, 9);
  },
  'p.es.concentric-shells': ({ q1, q2, a, b, w }) => {
    const A = a! / 100, Bm = b! / 100, k = 9e9;
    const qIn = (s: number) => (s >= A ? q1! : 0) + (s >= Bm ? q2! : 0);
    // V(r) = ∫_r^∞ k q(s)/s² ds = ∫_0^{1/r} k q(1/u) du, split where q(1/u) jumps.
    const V = (r: number) => {
      const cuts = [0, 1 / Bm, 1 / A].filter((u) => u < 1 / r).concat([1 / r]);
      let sum = 0;
      for (let j = 0; j + 1 < cuts.length; j++) { const lo = cuts[j]!, hi = cuts[j + 1]!; const q = qIn(2 / (lo + hi)); sum += simpson(() => k * q * 1e-6, lo, hi, 10); }
      return sum / 1000; // kV
    };
    return snap(w === 0 ? V(A) - V(Bm) : V(A), 9);
  },
  'p.es.finite-line-field': ({ i, s, lam }) => {
    const [h, d] = [[3, 4], [4, 3], [5, 12], [12, 5], [6, 8], [8, 6], [8, 15], [15, 8]][i!]!;
    const half = (h! * s!) / 100, dist = (d! * s!) / 100;
    return snap(simpson((x) => (9e9 * lam! * 1e-6 * dist) / (x * x + dist * dist) ** 1.5, -half, half, 4000) / 1000, 9);
  },
  'p.flu.tank-jet-range': ({ i }) => {
    const [H, h] = [[5, 1], [5, 4], [10, 2], [10, 8], [4, 2], [13, 4], [2, 1], [8, 4], [10, 5], [20, 4], [20, 10], [13, 9]][i!]!;
    const v = bisect((u) => 0.5 * u * u - 10 * h!, 0, 100); // Bernoulli from the free surface to the hole
    const t = bisect((tt) => H! - h! - 5 * tt * tt, 0, 100);
    return snap(v * t, 9);
  },
  'p.grav.binary-period': ({ i }) => {
    const [d, a, b] = [[2, 1, 1], [2, 3, 5], [4, 0.5, 0.5], [4, 1, 3], [4, 6, 10], [1, 0.4, 0.6], [9, 4, 5], [9, 0.3, 0.7], [8, 0.8, 1.2], [8, 3, 5], [16, 1.5, 2.5], [16, 6, 10]][i!]!;
    const GM = 4 * Math.PI ** 2 * (a! + b!); // AU³/yr² for the relative orbit
    let x = d!, y = 0, vx = 0, vy = Math.sqrt(GM / d!), t = 0;
    const dt = Math.sqrt(d! ** 3 / (a! + b!)) / 20000; // a step size only: the period is read from the orbit
    const acc = (px: number, py: number) => { const r3 = Math.hypot(px, py) ** 3; return [(-GM * px) / r3, (-GM * py) / r3] as const; };
    for (;;) {
      const [ax1, ay1] = acc(x, y);
      const [ax2, ay2] = acc(x + (dt / 2) * vx, y + (dt / 2) * vy);
      const [ax3, ay3] = acc(x + (dt / 2) * (vx + (dt / 2) * ax1), y + (dt / 2) * (vy + (dt / 2) * ay1));
      const [ax4, ay4] = acc(x + dt * (vx + (dt / 2) * ax2), y + dt * (vy + (dt / 2) * ay2));
      const nx = x + dt * vx + (dt * dt / 6) * (ax1 + ax2 + ax3), ny = y + dt * vy + (dt * dt / 6) * (ay1 + ay2 + ay3);
      const nvx = vx + (dt / 6) * (ax1 + 2 * ax2 + 2 * ax3 + ax4), nvy = vy + (dt / 6) * (ay1 + 2 * ay2 + 2 * ay3 + ay4);
      if (t > dt && y < 0 && ny >= 0) return snap(t + (dt * -y) / (ny - y), 6);
      x = nx; y = ny; vx = nvx; vy = nvy; t += dt;
    }
  },
  'p.heat.ice-melted': ({ mi, mw, Tw }) => {
    // Enthalpy above ice at 0 °C (cal): the water brings m_w(80 + T_w); the final state shares it.
    const H = mw! * (80 + Tw!), total = mi! + mw!;
    return H >= total * 80 ? mi! : mi! - (total * 80 - H) / 80;
  },
  'p.ktg.equal-rms-temperature': ({ i, tc }) => {
    const [MA, MB] = [[2, 4], [4, 32], [4, 40], [4, 20], [20, 40], [4, 28], [2, 20]][i!]!;
    const target = vrms(tc! + 273.0, MA!);
    return snap(bisect((T) => vrms(T, MB!) - target, 100, 10000), 6);
  },
  'p.mag.bent-wire-force': ({ c, B, I }) => {
    const arms = [[3, 4], [6, 8], [5, 12], [8, 15], [9, 12], [12, 16]];
    // ∫ dl along the wire, component by component (cm), then F = BI|∫dl|.
    let lx: number, ly: number;
    if (c === 6) {
      lx = simpson((t) => -10 * Math.sin(t), 0, Math.PI, 200);
      ly = simpson((t) => 10 * Math.cos(t), 0, Math.PI, 200);
    } else {
      const [p, q] = arms[c!]!;
      lx = simpson(() => 1, 0, p!, 2); ly = simpson(() => 1, 0, q!, 2);
    }
    return snap(B! * I! * (Math.hypot(lx, ly) / 100) * 1000, 9);
  },
  'p.opt.silvered-lens': ({ R, mu, w }) => {
    // Vergence surface by surface (thin lens): refraction adds (n₂ − n₁)/R; a mirror in glass adds 2n/R_m.
    let V = 0;
    if (w === 0) { V += (mu! - 1) / R!; V += 0; V += (mu! - 1) / R!; } else { V += 0; V += (2 * mu!) / R!; V += 0; }
    return snap(1 / V, 9);
  },
  'p.td.polytropic-heat': ({ f, p, mol, dT }) => {
    const n = [2, 3, 0.5, -1][p!]!, R = 8.314, T0 = 300, V0 = 1;
    const VofT = (T: number) => V0 * (T / T0) ** (1 / (1 - n)); // T V^{n−1} = const
    const TofV = (V: number) => T0 * (V / V0) ** (1 - n);
    const V1 = VofT(T0 + dT!);
    const W = simpson((V) => (mol! * R * TofV(V)) / V, V0, V1, 2000);
    return snap((mol! * f! * R * dT!) / 2 + W, 9);
  },
  'p.wave.doppler-pass-by': ({ u, k }) => {
    const f1 = k! * (340 + u!), f2 = k! * (340 - u!);
    return snap(bisect((x) => (340 + x) / (340 - x) - f1 / f2, 0, 300), 9);
  },
};

const all = physicsDepthMixedCGenerators;

describe('physics mixed depth generators (c)', () => {
  depthTemplateTests(all, checks, SEEDS, 12);
});
