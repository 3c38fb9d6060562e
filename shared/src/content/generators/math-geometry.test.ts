import { describe, expect, it } from 'vitest';
import { QUADRUPLES, TRIPLES } from './spec.ts';
import { mathGeometryGenerators } from './math-geometry.ts';
import { snap } from './numeric-methods.test-util.ts';
import { distinctInstances, verifyGenerator, type AnswerCheck } from './verify.ts';

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const tri = (i: number) => TRIPLES[i]!;
const quad = (i: number) => QUADRUPLES[i]!;
type V3 = [number, number, number];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: V3) => Math.sqrt(dot(a, a));
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

/** Geometric checks: Heron's formula, feet of perpendiculars, atan2, vector identities. */
const checks: Record<string, AnswerCheck> = {
  'm.cg.triangle-area': ({ x1, y1, x2, y2, x3, y3 }) => {
    const a = Math.hypot(x2! - x3!, y2! - y3!);
    const b = Math.hypot(x1! - x3!, y1! - y3!);
    const c = Math.hypot(x1! - x2!, y1! - y2!);
    const s = (a + b + c) / 2;
    return snap(Math.sqrt(Math.max(0, s * (s - a) * (s - b) * (s - c))), 5);
  },
  'm.cg.locus-circle': ({ a, r }) => {
    const k = 2 * r! * r! + 2 * a! * a!;
    // P = (x, 0) on the locus with x > 0 solves (x + a)^2 + (x - a)^2 = k.
    return Math.sqrt((k - 2 * a! * a!) / 2);
  },
  'm.cg.point-line-distance': ({ t, c, x0, y0 }) => {
    const [a, b] = tri(t!);
    const s = -(a * x0! + b * y0! + c!) / (a * a + b * b);
    return Math.hypot(s * a, s * b);
  },
  'm.cg.angle-between-lines': ({ m1, m2 }) => {
    const m = m2 === m1 || 1 + m1! * m2! === 0 ? m2! + 7 : m2!;
    let d = Math.abs(Math.atan(m1!) - Math.atan(m));
    if (d > Math.PI / 2) d = Math.PI - d;
    return snap(Math.tan(d), 8);
  },
  'm.cg.circle-radius': ({ g, f, r }) => {
    const c = g! ** 2 + f! ** 2 - r! ** 2;
    // On y = -f the circle is x^2 + 2gx + (c - f^2) = 0; half the chord between its roots is the radius.
    const disc = 4 * g! * g! - 4 * (c - f! * f!);
    return snap(Math.sqrt(disc) / 2, 8);
  },
  'm.cg.parabola-focal': ({ a, x1 }) => Math.hypot(x1! - a!, Math.sqrt(4 * a! * x1!)),
  'm.cg.ellipse': ({ t, k, w }) => {
    const [p, q, r] = tri(t!);
    const a = r * k!;
    const b = Math.max(p, q) * k!;
    const c = Math.sqrt(a * a - b * b);
    // Latus rectum: the chord x = c, where y^2 = b^2 (1 - c^2 / a^2).
    return w === 0 ? snap(c / a, 8) : snap(2 * b * Math.sqrt(1 - (c * c) / (a * a)), 8);
  },
  'm.cg.hyperbola': ({ t, w }) => {
    const [a, b] = tri(t!);
    const c = Math.sqrt(a * a + b * b);
    // Latus rectum: the y-extent at x = c.
    return w === 0 ? snap(c / a, 8) : snap(2 * b * Math.sqrt((c * c) / (a * a) - 1), 8);
  },
  'm.3d.distance': ({ q, w }) => {
    const [a, b, c] = quad(q!);
    const d = norm([a, -b, c]);
    return w === 0 ? snap(d, 8) : snap(a / d, 8);
  },
  'm.3d.angle-between-lines': ({ p, q, s }) => {
    const u = quad(p!);
    const w = quad(q!);
    const a: V3 = [u[0], u[1], u[2]];
    const b: V3 = [w[s! % 3]!, -w[(s! + 1) % 3]!, w[(s! + 2) % 3]!];
    const sin = norm(cross(a, b)) / (norm(a) * norm(b));
    return snap(Math.sqrt(Math.max(0, 1 - sin * sin)), 6);
  },
  'm.3d.point-plane-distance': ({ q, d, x, y, z }) => {
    const [a, b, c] = quad(q!);
    const n: V3 = [a, -b, c];
    const p: V3 = [x!, y!, z!];
    const t = (d! - dot(n, p)) / dot(n, n);
    return snap(norm([t * n[0], t * n[1], t * n[2]]), 8);
  },
  'm.vec.magnitude': ({ a1, a2, a3, b1, b2, b3, k }) => norm(sub([k! * a1!, k! * a2!, k! * a3!], [b1!, b2!, b3!])),
  'm.vec.projection': ({ a1, a2, a3, q, w }) => {
    const [x, y, z] = quad(q!);
    const a: V3 = [a1!, a2!, a3!];
    const b: V3 = [x, y, z];
    const abDot = (dot(a, a) + dot(b, b) - dot(sub(a, b), sub(a, b))) / 2;
    return w === 0 ? abDot : snap(abDot / norm(b), 8);
  },
  'm.vec.cross-area': ({ a1, a2, a3, b1, b2, b3, w }) => {
    const a: V3 = [a1!, a2!, a3!];
    const b: V3 = [b1!, b2!, b3!];
    const area = Math.sqrt(Math.max(0, dot(a, a) * dot(b, b) - dot(a, b) ** 2));
    return snap(w === 0 ? area : area / 2, 8);
  },
  'm.vec.box-product': ({ a1, a2, a3, b1, b2, b3, c1, c2, c3 }) => dot(cross([a1!, a2!, a3!], [b1!, b2!, b3!]), [c1!, c2!, c3!]),
  'm.trig.ratios': ({ t, quadrant }) => {
    const [a, b] = tri(t!);
    const x = quadrant === 1 || quadrant === 4 ? a : -a;
    const y = quadrant! <= 2 ? b : -b;
    const th = Math.atan2(y, x);
    return snap(Math.sin(th) + Math.cos(th), 8);
  },
  'm.trig.compound': ({ s, t, w }) => {
    const A = Math.asin(tri(s!)[0] / tri(s!)[2]);
    const B = Math.acos(tri(t!)[0] / tri(t!)[2]);
    return snap(w === 0 ? Math.sin(A + B) : Math.cos(A - B), 8);
  },
  'm.trig.count-solutions': ({ k, w, m }) => {
    const top = m! * Math.PI;
    const roots = new Set<string>();
    for (let n = -50; n <= 200; n++) {
      const ys = w === 0 ? [n * Math.PI] : w === 1 ? [Math.PI / 6 + 2 * n * Math.PI, (5 * Math.PI) / 6 + 2 * n * Math.PI] : [Math.PI / 2 + n * Math.PI];
      for (const y of ys) {
        const x = y / k!;
        if (x >= -1e-9 && x <= top + 1e-9) roots.add(x.toFixed(9));
      }
    }
    return roots.size;
  },
  'm.trig.inverse': ({ a, b, t, w }) => {
    const bb = a! * b! === 1 ? b! + 0.5 : b!;
    return w === 0 ? snap(Math.tan(Math.atan(a!) + Math.atan(bb)), 8) : snap(Math.sin(Math.acos(tri(t!)[0] / tri(t!)[2])), 8);
  },
};

describe('maths geometry generators', () => {
  it('has a check for every generator', () => {
    expect(mathGeometryGenerators.map((g) => g.id).sort()).toEqual(Object.keys(checks).sort());
  });
  for (const gen of mathGeometryGenerators) {
    it(`${gen.id}: answers agree with the geometric check on 250 seeds`, () => {
      expect(verifyGenerator(gen, checks[gen.id]!, SEEDS)).toEqual([]);
    });
    it(`${gen.id}: yields at least 8 distinct instances`, () => {
      expect(distinctInstances(gen, 40)).toBeGreaterThanOrEqual(8);
    });
  }
});
