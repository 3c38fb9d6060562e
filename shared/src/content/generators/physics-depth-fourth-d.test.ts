import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap, solve } from './numeric-methods.test-util.ts';
import { physicsDepthFourthDGenerators } from './physics-depth-fourth-d.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);


const checks: Record<string, AnswerCheck> = {
  'p.atom.identify-ion': ({ Z, n }) => {
    const printed = Number(((13.6 * Z! * Z!) / (n! * n!)).toFixed(2));
    let best = 0, err = Infinity;
    for (let z = 1; z <= 20; z++) { const e = Math.abs((13.6 * z * z) / (n! * n!) - printed); if (e < err) { err = e; best = z; } }
    return best;
  },
  'p.atom.k-shell-voltage': ({ Z }) => {
    // Energy to take a K electron (Bohr level n = 1, effective charge Z − 1) out to infinity, as a voltage.
    const level = (n: number) => (-13.6 * (Z! - 1) ** 2) / (n * n);
    return snap((0 - level(1)) / 1000, 9);
  },
  'p.ce.resistor-cube': ({ c, R }) => {
    // Node equations of the cube graph (corners as 3-bit labels; edges join labels differing in one bit).
    const target = [7, 3, 1][c!]!;
    const unknown = [1, 2, 3, 4, 5, 6, 7].filter((k) => k !== target); // node 0 at 1 V, target at 0 V
    const idx = new Map(unknown.map((k, i) => [k, i]));
    const A = unknown.map(() => new Array<number>(unknown.length).fill(0)), b = new Array<number>(unknown.length).fill(0);
    for (const k of unknown) for (const bit of [1, 2, 4]) {
      const nb = k ^ bit, row = idx.get(k)!;
      A[row]![row]! += 1 / R!;
      if (nb === 0) b[row]! += 1 / R!; else if (nb !== target) A[row]![idx.get(nb)!]! -= 1 / R!;
    }
    const V = solve(A, b);
    const current = [1, 2, 4].reduce((s, bit) => s + (1 - (bit === target ? 0 : V[idx.get(bit)!]!)) / R!, 0);
    return snap(1 / current, 9);
  },
  'p.ce.potentiometer-series': ({ Rs, E }) => {
    const I = 2 / (10 + Rs!);
    return snap(bisect((l) => I * 10 * (l / 400) - E!, 0, 400), 9);
  },
  'p.ce.energy-bill': ({ n, P1, h1, P2, h2, rate }) => {
    // Energy in joules summed day by day, then converted: 1 kWh = 3.6 MJ.
    let joules = 0;
    for (let day = 0; day < 30; day++) joules += n! * P1! * h1! * 3600 + P2! * h2! * 3600;
    return snap((joules / 3.6e6) * rate!, 9);
  },
  'p.dual.macroscopic-wavelength': ({ i }) => {
    const [m, v] = [[0.01, 66], [0.005, 66], [0.02, 55], [0.04, 55], [0.15, 22], [0.15, 44], [0.06, 55], [0.02, 330], [0.025, 66], [0.165, 40], [0.044, 75]][i!]!;
    const K = 0.5 * m! * v! * v!;
    return snap((6.6e-34 / Math.sqrt(2 * m! * K)) / 1e-34, 9); // p from the kinetic energy
  },
  'p.dual.laser-photons': ({ l, Pm }) => {
    const lam = [990, 660, 495][l!]! * 1e-9;
    const photon = (6.6e-34 * 3e8) / lam;
    return snap(simpson(() => (Pm! * 1e-3) / photon, 0, 1, 2) / 1e15, 9); // photons in one second
  },
  'p.emi.flip-charge': ({ N, A, B, R, w }) => {
    // Turn at a steady rate through the angle; integrate i = N B A sin θ · ω / R over the turn.
    const end = w === 0 ? Math.PI : Math.PI / 2, om = 3;
    const i = (t: number) => (N! * B! * A! * 1e-4 * om * Math.sin(om * t)) / R!;
    return snap(simpson(i, 0, end / om, 2000) * 1000, 9);
  },
  'p.emw.energy-density': ({ I, w, L }) => {
    // Energy crossing 1 m² in time t fills a column ct long: u from energy/volume.
    const t = 1e-6, energy = I! * t, volume = 3e8 * t;
    const u = (energy / volume) * 1e6;
    return snap(w === 0 ? u : u * L!, 9);
  },
  'p.es.slab-battery-energy': ({ C, V, K, w }) => {
    // Slide the slab in: C(x) = C(1 + (K − 1)x); the battery supplies V dQ, the stored energy is ½C(x)V².
    const dQ = simpson(() => C! * (K! - 1) * V!, 0, 1, 20);
    const stored = 0.5 * C! * K! * V! * V! - 0.5 * C! * V! * V!;
    return snap(w === 0 ? stored : V! * dQ, 9);
  },
  'p.es.zero-field-unlike': ({ q, k, j }) => {
    const d = (k! - 1) * j!, big = k! * k! * q!;
    // Small +q at 0, −big at d; look to the left of the small charge (x < 0).
    const field = (x: number) => q! / (x * x) * -1 + big / ((x - d) ** 2);
    return snap(-bisect(field, -1000, -1e-6), 9);
  },
  'p.es.ring-axis-potential': ({ i, Q }) => {
    const [R, x] = [[3, 4], [6, 8], [9, 12], [15, 20], [18, 24], [27, 36], [30, 40], [4, 3], [8, 6], [12, 9]][i!]!;
    const n = 720, dq = (Q! * 1e-6) / n;
    let V = 0;
    for (let s = 0; s < n; s++) { const ph = (2 * Math.PI * s) / n; V += (9e9 * dq) / Math.hypot(x! / 100, (R! / 100) * Math.cos(ph), (R! / 100) * Math.sin(ph)); }
    return snap(V / 1000, 9);
  },
};

const all = physicsDepthFourthDGenerators;

describe('physics fourth-template depth generators (d)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
