import { describe } from 'vitest';
import { depthTemplateTests } from './physics-depth-suite.test-util.ts';
import { bisect, simpson, snap } from './numeric-methods.test-util.ts';
import { physicsDepthFourthGGenerators } from './physics-depth-fourth-g.ts';
import type { AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const sphereArea = (r: number) => simpson((th) => 2 * Math.PI * r * r * Math.sin(th), 0, Math.PI, 200);

const checks: Record<string, AnswerCheck> = {
  'p.flu.hydraulic-lift': ({ F, d1, k }) => {
    const A1 = Math.PI * (d1! / 200) ** 2, A2 = Math.PI * ((d1! * k!) / 200) ** 2;
    return snap(bisect((L) => L / A2 - F! / A1, 0, 1e7) / 1000, 9);
  },
  'p.flu.weighing-densities': ({ L, b, rl, w }) => {
    const W = L! * [2.5, 3, 4, 8][b!]!, Ww = W - L!, Wl = W - (rl! * L!) / 1000; // as printed
    const Vg = bisect((x) => 1000 * x - (W - Ww), 0, 1); // buoyancy in water fixes V·g
    return snap(w === 0 ? W / Vg : (W - Wl) / Vg, 9);
  },
  'p.flu.drops-merge-energy': ({ n, r }) => {
    const small = r! / 1000, big = bisect((R) => (4 / 3) * Math.PI * R ** 3 - n! * (4 / 3) * Math.PI * small ** 3, small, 100 * small);
    return snap(0.072 * (n! * sphereArea(small) - sphereArea(big)) * 1e6, 8);
  },
  'p.flu.excess-pressure': ({ s, T, r }) => {
    // Force balance on a hemisphere: Δp·πr² = (surfaces)·T·2πr.
    const surfaces = s === 0 ? 2 : 1, radius = r! * 1e-4;
    return snap(bisect((dp) => dp * Math.PI * radius * radius - surfaces * (T! / 1000) * 2 * Math.PI * radius, 0, 1e5), 9);
  },
  'p.grav.weightless-equator': ({ p, w }) => {
    const [R, g] = [[6400, 10], [3200, 4], [1600, 1.6], [800, 2], [2400, 6]][p!]!;
    const om = bisect((o) => o * o * R! * 1000 - g!, 0, 1);
    const day = (2 * Math.PI) / om;
    return snap(w === 0 ? day / 60 : 86400 / day, 9);
  },
  'p.grav.height-fraction': ({ i, R }) => {
    const k = [4, 9, 16, 2.25, 6.25][i!]!;
    return snap(bisect((h) => (R! / (R! + h)) ** 2 - 1 / k, 0, 10 * R!), 9);
  },
  'p.opt.brewster': ({ m, w }) => {
    const mu = [1.33, 1.5, 1.6, 1.73][m!]!;
    // Fresnel r_p = (μ cos i − cos t)/(μ cos i + cos t) vanishes at Brewster's angle.
    const rp = (i: number) => { const t = Math.asin(Math.sin(i) / mu); return mu * Math.cos(i) - Math.cos(t); };
    const iB = bisect(rp, 0.01, Math.PI / 2 - 0.01);
    const t = Math.asin(Math.sin(iB) / mu);
    return snap(((w === 0 ? iB : t) * 180) / Math.PI, 9);
  },
  'p.opt.malus-angle': ({ I0, i }) => {
    const f = [0.75, 0.25, 0.5][i!]!;
    return snap((bisect((th) => I0! * Math.cos(th) ** 2 - I0! * f, 0, Math.PI / 2) * 180) / Math.PI, 9);
  },
};

const all = physicsDepthFourthGGenerators;

describe('physics fourth-template depth generators (g)', () => {
  depthTemplateTests(all, checks, SEEDS, 8);
});
