import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, rk4, simpson, snap } from './numeric-methods.test-util.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import { physicsDepthThermalWavesBGenerators } from './physics-depth-thermal-waves-b.ts';
import type { Params } from './types.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const byId = (id: string) => physicsDepthThermalWavesBGenerators.find((g) => g.id === id) as ClaimGenerator;

/** Independent answers: bisection on balance conditions, ODE integration, phasor search, summed energies. */
const checks: Record<string, AnswerCheck> = {
  'p.heat.composite-wall': ({ k1, k2, L1, L2, T1, w }) => {
    const flux1 = (T: number) => (k1! * (T1! - T)) / (L1! / 100);
    const flux2 = (T: number) => (k2! * T) / (L2! / 100);
    const T = bisect((x) => flux1(x) - flux2(x), 0, T1!);
    return snap(w === 0 ? T : flux2(T), 9);
  },
  'p.heat.newton-cooling': ({ Ts, x, p, q, t1 }) => {
    // Find the cooling constant by integrating dθ/dt = −k(θ − θs) over t₁, then time the second stage.
    const start = Ts! + x! * 2 ** (p! + q!), mid = Ts! + x! * 2 ** q!, end = Ts! + x!;
    const after = (k: number, t: number, from: number) => rk4((_, th) => -k * (th - Ts!), 0, from, t, 400);
    const k = bisect((kk) => after(kk, t1!, start) - mid, 1e-6, 5);
    return snap(bisect((t) => after(k, t, mid) - end, 0, 200), 6);
  },
  'p.heat.blackbody-claims': (p: Params) => {
    const T1 = 2.9e-3 / (p.lam! * 1e-9);
    const sigma = 5.67e-8;
    const areaA = p.P1! / (sigma * T1 ** 4); // the power fixes A's area
    const T2 = p.r! * T1;
    const truths = [
      near(p.s0!, (2.9e-3 / T2) * 1e9),
      near(p.s1!, sigma * T2 ** 4 * areaA * p.s! * p.s!),
      near(p.s2!, (sigma * T2 ** 4) / (sigma * T1 ** 4)),
      near(p.s3!, T1),
    ];
    return byId('p.heat.blackbody-claims').statements(p).filter((_, i) => truths[i]);
  },
  'p.td.isobaric-heat': ({ f, Pk, V1, dV }) => {
    // Q = ∫(n C_v dT + P dV) along the isobar, with n R T = P V (any n: it cancels).
    const P = Pk! * 1000, nR = 1;
    const dU = simpson(() => (f! / 2) * nR * (P / nR) * 1e-3, V1!, V1! + dV!, 20); // dT = P dV/(nR), V in L
    const W = simpson(() => P * 1e-3, V1!, V1! + dV!, 20);
    return snap(dU + W, 9);
  },
  'p.ktg.cylinder-leak': ({ i, m }) => {
    const [P1, T1, P2, T2] = [[10, 300, 4, 240], [8, 400, 3, 300], [12, 300, 6, 400], [6, 360, 5, 400], [8, 300, 7, 350], [20, 300, 7, 280], [5, 400, 2, 320], [4, 300, 3, 450], [10, 300, 2, 480]][i!]!;
    const R = 8.314, M = 32; // the volume follows from the first state
    const vol = (m! / M) * R * T1! / (P1! * 101325);
    const n2 = (P2! * 101325 * vol) / (R * T2!);
    return snap(m! - n2 * M, 9);
  },
  'p.ktg.mixture-heat-share': ({ n1, n2, w }) => {
    // Equipartition: ½kT per quadratic term per molecule; heat by 1 K at constant pressure.
    const NA = 6.022e23, kB = 8.314 / NA;
    const dU = (n1! * NA * 3 + n2! * NA * 5) * 0.5 * kB;
    const W = (n1! + n2!) * NA * kB; // P ΔV = N k ΔT
    return snap((100 * (w === 0 ? dU : W)) / (dU + W), 9);
  },
  'p.osc.shm-time': ({ i, T }) => {
    const [a, b] = [[0.5, 1], [0, 0.5], [-0.5, 0.5], [Math.SQRT1_2, 1], [0, Math.SQRT1_2], [-0.5, 1]][i!]!;
    // Time on the rising quarter-wave x = sin(2πt/T), t ∈ [−T/4, T/4], at which x reaches a value.
    const at = (x: number) => (x >= 1 ? T! / 4 : bisect((t) => Math.sin((2 * Math.PI * t) / T!) - x, -T! / 4, T! / 4));
    return snap(at(b!) - at(a!), 6);
  },
  'p.osc.energy-ratio-position': ({ i, A }) => {
    const n = [3, 15, 24, 99, 9 / 16, 16 / 9][i!]!;
    return snap(bisect((x) => 0.5 * (A! * A! - x * x) - n * 0.5 * x * x, 0, A!), 9);
  },
  'p.wave.phase-separation': ({ i, phi }) => {
    const [v, f] = [[360, 300], [240, 200], [330, 275], [360, 150], [336, 140], [240, 500], [336, 700], [360, 500]][i!]!;
    const k = (2 * Math.PI * f!) / v!; // rad per m
    return snap(bisect((x) => k * x - (phi! * Math.PI) / 180, 0, 10) * 100, 9);
  },
  'p.wave.loops-mass': ({ i, c }) => {
    const [p, q] = [[2, 3], [3, 2], [3, 4], [4, 3], [2, 5], [5, 2], [3, 5], [5, 3], [4, 5], [5, 4], [1, 2], [2, 1]][i!]!;
    const L = 1, mu = 1e-3;
    const freq = (loopsN: number, grams: number) => (loopsN / (2 * L)) * Math.sqrt((grams / 1000) * 9.8 / mu);
    const target = freq(q!, c! * p! * p!); // the stated load c·p² gives q loops
    return snap(bisect((M) => freq(p!, M) - target, 1e-6, 1e6), 9);
  },
  'p.wave.resonance-column': ({ i, e, w }) => {
    const [v, f] = [[320, 320], [340, 340], [330, 500], [340, 500], [320, 400], [350, 500], [336, 480], [340, 425], [330, 550]][i!]!;
    const lam = Math.round((100 * v!) / f!);
    const l1 = Number((lam / 4 - e!).toFixed(2)), l2 = Number(((3 * lam) / 4 - e!).toFixed(2)); // as printed
    // Unknowns λ, e: λ/4 − e = l₁, 3λ/4 − e = l₂ (Cramer).
    const det = (1 / 4) * -1 - -1 * (3 / 4);
    const lamFit = (l1 * -1 - -1 * l2) / det, eFit = ((1 / 4) * l2 - (3 / 4) * l1) / det;
    return snap(w === 0 ? (f! * lamFit) / 100 : w === 1 ? eFit : eFit / 0.3, 9);
  },
};

const all = physicsDepthThermalWavesBGenerators;

describe('physics heat, gases, oscillations and waves depth generators (b)', () => {
  depthTemplateTests(all, checks, SEEDS, 12);
});
