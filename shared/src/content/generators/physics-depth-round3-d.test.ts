import { describe, expect, it } from 'vitest';
import { instantiate } from './framework.ts';
import { bisect, derivative, simpson, snap } from './numeric-methods.test-util.ts';
import type { ClaimGenerator } from './physics-depth-circuits.ts';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { physicsDepthRound3DGenerators } from './physics-depth-round3-d.ts';
import type { Params } from './types.ts';
import { optionNumber, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const all = physicsDepthRound3DGenerators;
const within = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.abs(b);
const keep = (id: string, p: Params, truths: readonly boolean[]) => (all.find((g) => g.id === id) as ClaimGenerator).statements(p).filter((_, i) => truths[i]);

/** Band from the frequency (Hz), with the wavelength boundaries 0.1 m, 1 mm, 700 nm, 400 nm, 1 nm, 1 pm. */
function bandOfFrequency(fr: number): number {
  const edges = [3e9, 3e11, 3e8 / 700e-9, 3e8 / 400e-9, 3e17, 3e20];
  return edges.filter((e) => fr > e).length;
}

/** Images of a point at angle φ between mirrors along 0 and θ (degrees), by following both reflection chains. */
function countImages(th: number, phi: number): number {
  const norm = (a: number) => ((a % 360) + 360) % 360;
  const inFront = (a: number, mirror: number) => (mirror === 0 ? norm(a) > 1e-9 && norm(a) < 180 - 1e-9 : norm(a - th + 180) > 1e-9 && norm(a - th + 180) < 180 - 1e-9);
  const seen = new Set<string>();
  for (const start of [0, 1]) {
    let pos = phi, mirror = start;
    for (let step = 0; step < 50 && inFront(pos, mirror); step++) {
      pos = mirror === 0 ? -pos : 2 * th - pos;
      seen.add(norm(pos).toFixed(6));
      mirror = 1 - mirror;
    }
  }
  return seen.size;
}

/** Exact ray trace: axial object u in front of a concave spherical mirror of radius 2F; returns where a near-axis ray recrosses the axis. */
function mirrorImage(u: number, F: number): number {
  const R = 2 * F, alpha = 1e-7;
  const [dx, dy] = [Math.cos(alpha), Math.sin(alpha)];
  const [ox, oy] = [-u, 0], [cx, cy] = [-R, 0];
  // |o + t·d − c|² = R², the root nearer the vertex (x ≈ 0).
  const bx = ox - cx, by = oy - cy;
  const B = bx * dx + by * dy, C = bx * bx + by * by - R * R;
  const t = -B + Math.sqrt(B * B - C);
  const [px, py] = [ox + t * dx, oy + t * dy];
  const [nx, ny] = [(px - cx) / R, (py - cy) / R];
  const k = dx * nx + dy * ny;
  const [rx, ry] = [dx - 2 * k * nx, dy - 2 * k * ny];
  return -(px + (-py / ry) * rx);
}

const checks: Record<string, AnswerCheck> = {
  // Binding energies from constituents; the Coulomb self-energy of a uniform sphere integrated shell by shell; R by bisection.
  'p.nuc.mirror-nuclei-radius': ({ i, w }) => {
    const [M1, Z, M2, A] = [[7.016004, 3, 7.016929, 7], [11.009305, 5, 11.011434, 11], [13.003355, 6, 13.005739, 13], [15.000109, 7, 15.003065, 15], [16.999132, 8, 17.002095, 17]][i!]!;
    const B = (M: number, z: number) => (z * 1.007825 + (A! - z) * 1.008665 - M) * 931.5;
    const dB = B(M1!, Z!) - B(M2!, Z! + 1);
    // U = ∫ q(r) dq / r for unit total charge on a sphere of radius R: q = (r/R)³, dq = 3r²/R³ dr.
    const selfEnergy = (R: number) => simpson((r) => ((r / R) ** 3 * 3 * r) / R ** 3, 0, R, 200); // q(r)/r · dq/dr, the r cancelled
    const coulomb = (R: number, z: number) => 1.44 * z * (z - 1) * selfEnergy(R);
    const R = bisect((r) => coulomb(r, Z! + 1) - coulomb(r, Z!) - dB, 0.1, 50);
    return snap(w === 1 ? R / A! ** (1 / 3) : R, 9);
  },
  // A short magnet as two poles 2ℓ apart (ℓ = 10 µm); distance where its field equals B_H, by bisection.
  'p.mag.neutral-point': ({ m, BH, w }) => {
    const l = 1e-5, pole = m! / (2 * l), k = 1e-7, Bh = BH! * 1e-5;
    const field = (d: number) => {
      if (w === 1) return k * pole * (1 / (d - l) ** 2 - 1 / (d + l) ** 2); // on the axis
      const r2 = d * d + l * l;
      return (k * pole * 2 * l) / r2 ** 1.5; // on the perpendicular bisector
    };
    return snap(bisect((d) => field(d) - Bh, 0.01, 2) * 100, 7);
  },
  // Unpolarised light as an average over polarisation angles; the polarised share fitted to I_max/I_min by bisection.
  'p.opt.partial-polarisation': ({ k, th }) => {
    const rad = (d: number) => (d * Math.PI) / 180;
    const unpol = (t: number) => simpson((phi) => Math.cos(phi - t) ** 2, 0, Math.PI, 200) / Math.PI;
    const I = (r: number, t: number) => unpol(t) + r * Math.cos(t) ** 2; // I_u = 1, I_p = r, polarisation along t = 0
    const r = bisect((x) => I(x, 0) / I(x, Math.PI / 2) - k!, 0, 100);
    return snap((100 * I(r, rad(th!))) / (1 + r), 7);
  },
  // Curie constant fitted to the first state, then applied to the second.
  'p.mag.curie-magnetisation': ({ M1, B1, T1, B2, T2 }) => {
    const C = bisect((c) => (c * B1!) / T1! - M1!, 0, 1e6);
    return snap((C * B2!) / T2!, 9);
  },
  // Ampère's circuital law round the mean circle, then M = B/μ₀ − H.
  'p.mag.ring-magnetisation': ({ mu, n, C, I }) => {
    const N = (n! * C!) / 100, r = C! / 100 / (2 * Math.PI);
    const H = (N * I!) / simpson(() => 1, 0, 2 * Math.PI * r, 10);
    return snap(mu! * H - H, 9);
  },
  // First root of sin(2πft) = target by bisection on the rising quarter.
  'p.ac.time-to-reach': ({ fr, w }) => {
    const target = [Math.SQRT1_2, 0.5, Math.sqrt(3) / 2][w!]!;
    return snap(bisect((t) => Math.sin(2 * Math.PI * fr! * t) - target, 0, 1 / (4 * fr!)) * 1000, 9);
  },
  // Primary current from the generator, transformed down by N, heating the line.
  'p.ac.line-loss-stepup': ({ Pk, R, N }) => {
    const P = Pk! * 1000, Ip = P / 250, Is = Ip / N!;
    return snap(((Is * Is * R!) / P) * 100, 9);
  },
  // Answer key written separately for each fact.
  'p.emw.band-sources': ({ item }) => ['Microwaves', 'Infrared', 'X-rays', 'Gamma rays', 'Ultraviolet', 'Radio waves', 'Visible light', 'Gamma rays'][item!]!,
  // Band from the frequency; f = c/λ, E = hf/e (h, e to 4 figures, so 1 %), λ in glass from the speed c/μ.
  'p.emw.wavelength-claims': (p) => {
    const [x, u] = [[3, 1], [10, 1], [3, 1e-2], [5, 1e-3], [10, 1e-6], [2, 1e-6], [500, 1e-9], [600, 1e-9], [200, 1e-9], [100, 1e-9], [0.1, 1e-9], [0.5, 1e-9], [0.5, 1e-12]][p.i!]!;
    const lam = x! * u!, fr = 3e8 / lam, E = (6.626e-34 * fr) / 1.602e-19, inGlass = 2e8 / fr / u!;
    return keep('p.emw.wavelength-claims', p, [p.b === bandOfFrequency(fr), within(p.s1!, fr, 1e-9), within(p.s2!, E, 0.01), within(p.s3!, inGlass, 1e-9)]);
  },
  // Reflection chains followed image by image.
  'p.opt.inclined-mirror-images': ({ th, w }) => countImages(th!, w === 0 ? th! / 2 : th! / 3),
  // Both ends traced with an exact spherical-mirror ray.
  'p.opt.rod-on-axis': ({ F, p, L }) => snap(Math.abs(mirrorImage(p! * F!, F!) - mirrorImage(p! * F! + L!, F!)), 9),
  // Object distance for the required image found by bisection; M = D/u.
  'p.opt.magnifier': ({ i, w }) => {
    const [D, fl] = [[25, 2.5], [25, 5], [25, 12.5], [25, 6.25], [20, 2.5], [20, 4], [20, 5], [20, 10], [30, 2.5], [30, 3], [30, 5], [30, 6], [30, 10], [30, 7.5]][i!]!;
    // Cartesian thin lens 1/v − 1/u = 1/f; object at u = −x.
    const v = w === 0 ? -D! : -1e12;
    const x = bisect((s) => 1 / v + 1 / s - 1 / fl!, fl! / 100, fl! * (1 - 1e-12));
    return snap(D! / x, 9);
  },
  // Thin-lens imaging step by step; angular magnification from the intermediate image height.
  'p.opt.telescope-claims': (p) => {
    const fo = p.fo!, fe = p.fe!;
    const lens = (u: number, fl: number) => 1 / (1 / fl - 1 / u); // image distance for object distance u (real positive)
    const uNormal = bisect((u) => 1 / lens(u, fe), fe * 0.5, fe * 1.5); // eyepiece object at its focus: image at infinity
    const uNear = bisect((u) => lens(u, fe) + 25, fe * 0.1, fe * (1 - 1e-12));
    const h = fo; // intermediate image height per radian of object angle
    const truths = [within(p.s0!, fo + uNormal, 1e-7), within(p.s1!, h / uNormal, 1e-7), within(p.s2!, h / uNear, 1e-7), within(p.s3!, fo + uNear, 1e-7)];
    return keep('p.opt.telescope-claims', p, truths);
  },
  // Distance where the lights' angular separation equals the Airy angle asin(1.22λ/D).
  'p.opt.headlights-rayleigh': ({ s, D, lam }) => {
    const theta = Math.asin((1.22 * lam! * 1e-9) / (D! * 1e-3));
    return snap(bisect((x) => 2 * Math.atan(s! / 2 / x) - theta, 1, 1e6) / 1000, 6);
  },
  // Count interference orders by where they fall in the single-slit pattern.
  'p.opt.fringes-in-envelope': ({ a, r, w }) => {
    const lam = 600e-6, d = a! * r!;
    let count = 0;
    for (let m = -100; m <= 100; m++) {
      const beta = (a! * ((m * lam) / d)) / lam; // a sinθ/λ
      const onZero = Math.abs(beta - Math.round(beta)) < 1e-9 && Math.round(beta) !== 0;
      if (onZero) continue;
      if (w === 0 ? Math.abs(beta) < 1 : beta > 1 && beta < 2) count++;
    }
    return count;
  },
  // Mass over volume for the named nucleus.
  'p.nuc.density': ({ i, R0 }) => {
    const A = [4, 12, 16, 27, 56, 107, 197, 238][i!]!;
    const R = R0! * 1e-15 * Math.cbrt(A);
    return snap((A * 1.67e-27) / ((4 / 3) * Math.PI * R ** 3) / 1e17, 9);
  },
  // Turning point where the Coulomb energy equals the kinetic energy.
  'p.nuc.closest-approach': ({ t, K }) => {
    const Z = [79, 47, 29, 13, 82, 50][t!]!;
    return snap(bisect((r) => (2 * Z * 1.44) / r - K!, 0.01, 1000), 9);
  },
  // Difference of the two nuclei's binding energies built from constituent masses.
  'p.nuc.separation-energy': ({ i }) => {
    const rows: [number, number, number, number, number][] = [[4.002603, 2, 4, 1, 3.016029], [4.002603, 2, 4, 0, 3.016049], [7.016004, 3, 7, 1, 6.015123], [12, 6, 12, 1, 11.011434], [12, 6, 12, 0, 11.009305], [13.003355, 6, 13, 1, 12], [14.003074, 7, 14, 1, 13.005739], [14.003074, 7, 14, 0, 13.003355], [15.994915, 8, 16, 1, 15.003066], [15.994915, 8, 16, 0, 15.000109], [16.999132, 8, 17, 1, 15.994915], [39.962591, 20, 40, 0, 38.963707], [55.934936, 26, 56, 1, 54.938293], [55.934936, 26, 56, 0, 54.938044], [56.935392, 26, 57, 1, 55.934936], [207.976652, 82, 208, 1, 206.975897]];
    const [M, Z, A, neutron, Md] = rows[i!]!;
    const BE = (mass: number, z: number, a: number) => (z * 1.007825 + (a - z) * 1.008665 - mass) * 931.5;
    return snap(BE(M, Z, A) - BE(Md, neutron === 1 ? Z : Z - 1, A - 1), 9);
  },
  // Energy per kilogram of fissile fuel, then the day's thermal energy divided by it.
  'p.nuc.reactor-fuel': ({ Pe, eta }) => {
    const perKg = (6e23 / 0.235) * 200 * 1.6e-13;
    return snap(((Pe! * 1e6 * 100) / eta!) * 24 * 3600 / perKg, 9);
  },
  // ln n_i integrated in temperature: d ln n/dT = 1.5/T + E_g/(2kT²).
  'p.semi.intrinsic-temperature': ({ m, T1, T2 }) => {
    const Eg = [1.12, 0.67][m!]!;
    return snap(Math.exp(simpson((T) => 1.5 / T + Eg / (2 * 8.62e-5 * T * T), T1!, T2!, 2000)), 7);
  },
  // Charge neutrality solved exactly; valence from the atomic number's place in the periodic table.
  'p.semi.doped-claims': (p) => {
    const Zs = [15, 33, 51, 5, 13, 31, 49], Z = Zs[p.d!]!;
    let core = 0;
    for (const g of [2, 10, 18, 36, 54]) if (g < Z) core = g;
    const valence = Z - core > 8 ? Z - core - 10 : Z - core;
    const N = p.c! * 10 ** p.x!, ni = 1.5e16, donor = valence === 5;
    const major = bisect((n) => n - (ni * ni) / n - N, N / 2, 2 * N), minor = (ni * ni) / major;
    const sigma = 1.6e-19 * (donor ? major * 0.135 + minor * 0.048 : major * 0.048 + minor * 0.135);
    return keep('p.semi.doped-claims', p, [(p.e === 1) === donor, within(p.s1!, minor, 1e-6), within(p.s2!, sigma, 1e-6), (p.v === 1) === (valence === 5)]);
  },
  // Locate the closed-jaw vernier zero and the measuring position from the coinciding marks on the scales.
  'p.exp.vernier-negative-zero': ({ N, e, M, v }) => {
    const pitch = (N! - 1) / N!, k = N! - e!;
    let zero = Number.NaN, pos = Number.NaN;
    for (let m = -5; m <= 100; m++) {
      const z = m - k * pitch;
      if (z < 0 && z > -1) zero = z;
      const x = m - v! * pitch;
      if (x >= M! && x < M! + 1) pos = x;
    }
    return snap(pos - zero, 9);
  },
  // Relative error from the numerical derivative of the volume in each measured length.
  'p.exp.vernier-volume-error': ({ M, v, w, l }) => {
    const d = M! + v! / 10, lc = 0.1;
    if (w === 0) {
      const V = (x: number) => (Math.PI * x ** 3) / 6;
      return snap((Math.abs(derivative(V, d)) * lc * 100) / V(d), 7);
    }
    const V = (x: number, y: number) => (Math.PI * x * x * y) / 4;
    const dd = derivative((x) => V(x, l!), d), dl = derivative((y) => V(d, y), l!);
    return snap(((Math.abs(dd) * lc + Math.abs(dl) * lc) * 100) / V(d, l!), 7);
  },
  // The readings as printed; g found where both imply the same bob radius.
  'p.exp.pendulum-two-lengths': ({ r, L1, dL }) => {
    const read = (L: number) => Number((2 * Math.PI * Math.sqrt((L + r!) / 100 / 9.8)).toFixed(3));
    const radius = (g: number, L: number) => (g * read(L) ** 2) / (4 * Math.PI ** 2) - L / 100;
    return snap(bisect((g) => radius(g, L1!) - radius(g, L1! + dL!), 5, 15), 9);
  },
  // Smallest n meeting the error limit, by trying n = 1, 2, …
  'p.exp.oscillations-needed': ({ lc, T, p, w }) => {
    for (let n = 1; n < 10000; n++) if (((w === 1 ? 2 : 1) * lc! * 100) / (n * T!) <= p! + 1e-12) return n;
    return Number.NaN;
  },
};

describe('physics depth generators (round 3, d)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
  it('never shows a percentage outside (0, 100]', () => {
    const bad = all.filter((g) => ['p.ac.line-loss-stepup', 'p.opt.partial-polarisation', 'p.exp.vernier-volume-error'].includes(g.id)).flatMap((g) => SEEDS.flatMap((seed) => (instantiate(g, seed).question.options ?? []).map((o) => o.text).filter((t) => !(optionNumber(t) > 0 && optionNumber(t) <= 100))));
    expect(bad).toEqual([]);
  });
});
