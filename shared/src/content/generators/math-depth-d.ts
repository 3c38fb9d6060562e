import { fracTex } from './format.ts';
import { multi, nonZero, num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Further question shapes for loci, 3-D basics, vectors, trigonometric ratios and determinants,
 * in English and Hindi. Checked in math-depth-d.test.ts by independent routes (bisection along
 * lines, circle fits, Gaussian elimination, Heron's formula, brute-force root search).
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';

/** A vector a î + b ĵ + c k̂ as LaTeX, zero components left out. */
export function vecTex(v: readonly number[]): string {
  const units = ['\\hat i', '\\hat j', '\\hat k'];
  const parts: string[] = [];
  v.forEach((c, i) => {
    if (c === 0) return;
    const mag = Math.abs(c) === 1 ? '' : String(Math.abs(c));
    const sign = c < 0 ? '-' : parts.length ? '+' : '';
    parts.push(`${sign ? `${sign} ` : ''}${mag}${units[i]}`);
  });
  return parts.length ? parts.join(' ') : '\\vec 0';
}

const cross = (a: readonly number[], b: readonly number[]): number[] => [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** √n as LaTeX in simplest form: `3\\sqrt{2}`, `4`, `\\sqrt{13}`. */
export function surdTex(n: number): string {
  let outside = 1;
  let inside = n;
  for (let f = 2; f * f <= inside; f++) {
    while (inside % (f * f) === 0) {
      inside /= f * f;
      outside *= f;
    }
  }
  if (inside === 1) return String(outside);
  return `${outside === 1 ? '' : outside}\\sqrt{${inside}}`;
}

/** The four statements of the cross-product multi-correct template, from their claimed numbers. */
export function crossStatements(c: { X: number; Y: number; Z: number; N: number; half: number; M: number; K: number }): { en: string[]; hi: string[] } {
  const root = surdTex(c.N);
  const area = c.half === 1 ? `\\frac{${root}}{2}` : root;
  return {
    en: [
      `$\\vec a \\times \\vec b = ${vecTex([c.X, c.Y, c.Z])}$`,
      `The area of the triangle with adjacent sides $\\vec a$ and $\\vec b$ is $${area}$.`,
      `$(\\vec a \\times \\vec b) \\cdot (\\vec a + 2\\vec b) = ${c.M}$`,
      `$|\\vec a \\times \\vec b|^2 + (\\vec a \\cdot \\vec b)^2 = ${c.K}$`,
    ],
    hi: [
      `$\\vec a \\times \\vec b = ${vecTex([c.X, c.Y, c.Z])}$`,
      `आसन्न भुजाओं $\\vec a$ और $\\vec b$ वाले त्रिभुज का क्षेत्रफल $${area}$ है।`,
      `$(\\vec a \\times \\vec b) \\cdot (\\vec a + 2\\vec b) = ${c.M}$`,
      `$|\\vec a \\times \\vec b|^2 + (\\vec a \\cdot \\vec b)^2 = ${c.K}$`,
    ],
  };
}

/** Angles (degrees) with a known cos²: cos² × 4 as an integer. */
const COS2_QUARTERS: Record<number, number> = { 30: 3, 45: 2, 60: 1, 90: 0, 120: 1, 135: 2, 150: 3 };
const ACUTE_OF_QUARTERS: Record<number, number> = { 0: 90, 1: 60, 2: 45, 3: 30 };

export const mathDepthDGenerators: GeneratorDef[] = [
  {
    id: 'm.cg.locus-apollonius',
    subject: M,
    concepts: ['M.CG.LOCUS', 'M.CG.CIRCLE'],
    difficulty: 3,
    build(rng) {
      const k = rng.pick([2, 3]);
      const L = (k === 2 ? 3 : 8) * rng.int(1, 3);
      const ax = rng.int(-8, 4);
      const ay = rng.int(-6, 6);
      const bx = ax + L;
      const v = rng.int(0, 1);
      const k2 = k * k;
      const r = (k * L) / (k2 - 1);
      const hx = ax + (k2 * L) / (k2 - 1);
      const value = v === 0 ? r : hx + ay;
      return num({
        params: { k, ax, ay, bx, v },
        text: `$A = (${ax}, ${ay})$ and $B = (${bx}, ${ay})$. The locus of a point $P$ with $PA = ${k}\\,PB$ is a circle. Find ${v === 0 ? 'its radius' : 'the sum of the coordinates of its centre'}.`,
        value,
        unit: '',
        // Mistakes: the diameter for the radius, k²·L/(k² + 1) from a sign slip in k² − 1,
        // the midpoint of AB taken as the centre.
        mistakes: v === 0 ? [2 * r, (k * L) / (k2 + 1), L / (k - 1), L / 2] : [ax + L / 2 + ay, ax + (k2 * L) / (k2 + 1) + ay, hx - ay, bx + ay],
        solution: `$PA^2 = ${k2}PB^2$: $(x - ${ax})^2 + (y - ${ay})^2 = ${k2}[(x - ${bx})^2 + (y - ${ay})^2]$. Collecting terms, the centre is $\\frac{${k2}B - A}{${k2 - 1}} = (${hx}, ${ay})$ and the radius is $\\frac{${k}\\cdot AB}{${k2 - 1}} = \\frac{${k} \\times ${L}}{${k2 - 1}} = ${r}$.`,
        hi: {
          text: `$A = (${ax}, ${ay})$ और $B = (${bx}, ${ay})$ हैं। बिंदु $P$, जिसके लिए $PA = ${k}\\,PB$ है, का बिंदुपथ एक वृत्त है। ${v === 0 ? 'इसकी त्रिज्या' : 'इसके केंद्र के निर्देशांकों का योग'} ${HI_FIND}`,
          solution: `$PA^2 = ${k2}PB^2$: $(x - ${ax})^2 + (y - ${ay})^2 = ${k2}[(x - ${bx})^2 + (y - ${ay})^2]$। पदों को एकत्र करने पर केंद्र $\\frac{${k2}B - A}{${k2 - 1}} = (${hx}, ${ay})$ तथा त्रिज्या $\\frac{${k}\\cdot AB}{${k2 - 1}} = \\frac{${k} \\times ${L}}{${k2 - 1}} = ${r}$ है।`,
        },
        result: [-30, 40],
      });
    },
  },
  {
    id: 'm.cg.locus-sum-of-squares',
    subject: M,
    concepts: ['M.CG.LOCUS'],
    difficulty: 2,
    build(rng) {
      const h = rng.int(-5, 5);
      const kk = rng.int(-5, 5);
      const u = nonZero(rng, -4, 4);
      const w = rng.int(-4, 4);
      const R = rng.int(1, 8);
      const K = 2 * R * R + 2 * (u * u + w * w);
      const v = rng.int(0, 1);
      const c = h * h + kk * kk - R * R;
      const value = v === 0 ? R : c;
      const A = [h - u, kk - w];
      const B = [h + u, kk + w];
      return num({
        params: { ax: A[0]!, ay: A[1]!, bx: B[0]!, by: B[1]!, K, v },
        text: `$A = (${A[0]}, ${A[1]})$, $B = (${B[0]}, ${B[1]})$ and $P$ moves so that $PA^2 + PB^2 = ${K}$. ${v === 0 ? 'The locus of $P$ is a circle; find its radius.' : 'The locus of $P$ is $x^2 + y^2 + 2gx + 2fy + c = 0$; find $c$.'}`,
        value,
        unit: '',
        // Mistakes: R² for R; K/2 without removing AB²/4; c with the wrong sign of R².
        mistakes: v === 0 ? [R * R, Math.sqrt(K / 2), Math.sqrt(K) / 2] : [h * h + kk * kk + R * R, c + u * u + w * w, K / 2 - (h * h + kk * kk)],
        solution: `With $M = (${h}, ${kk})$ the midpoint of $AB$, $PA^2 + PB^2 = 2PM^2 + \\frac{AB^2}{2} = 2PM^2 + ${2 * (u * u + w * w)}$. So $PM^2 = ${R * R}$: a circle with centre $(${h}, ${kk})$ and radius ${R}${v === 1 ? `, i.e. $c = ${h}^2 + (${kk})^2 - ${R * R} = ${c}$` : ''}.`,
        hi: {
          text: `$A = (${A[0]}, ${A[1]})$, $B = (${B[0]}, ${B[1]})$ हैं और $P$ इस प्रकार गति करता है कि $PA^2 + PB^2 = ${K}$। ${v === 0 ? '$P$ का बिंदुपथ एक वृत्त है; उसकी त्रिज्या ज्ञात कीजिए।' : '$P$ का बिंदुपथ $x^2 + y^2 + 2gx + 2fy + c = 0$ है; $c$ ज्ञात कीजिए।'}`,
          solution: `$AB$ का मध्यबिंदु $M = (${h}, ${kk})$ लेने पर $PA^2 + PB^2 = 2PM^2 + \\frac{AB^2}{2} = 2PM^2 + ${2 * (u * u + w * w)}$। अतः $PM^2 = ${R * R}$: केंद्र $(${h}, ${kk})$ और त्रिज्या ${R} वाला वृत्त${v === 1 ? `, अर्थात् $c = ${h}^2 + (${kk})^2 - ${R * R} = ${c}$` : ''}।`,
        },
        result: [-64, 50],
      });
    },
  },
  {
    id: 'm.3d.plane-divides-join',
    subject: M,
    concepts: ['M.3D.BASICS'],
    difficulty: 2,
    build(rng) {
      const axis = rng.int(0, 2);
      const k = rng.int(1, 5);
      const w = nonZero(rng, -4, 4);
      const P = [rng.int(-6, 6), rng.int(-6, 6), rng.int(-6, 6)];
      const Q = [rng.int(-6, 6), rng.int(-6, 6), rng.int(-6, 6)];
      P[axis] = -k * w;
      Q[axis] = w;
      const planes = ['$yz$', '$zx$', '$xy$'];
      const coord = ['x', 'y', 'z'][axis] as string;
      return num({
        params: { axis, p0: P[0]!, p1: P[1]!, p2: P[2]!, q0: Q[0]!, q1: Q[1]!, q2: Q[2]! },
        text: `The ${planes[axis]}-plane divides the segment joining $P(${P.join(', ')})$ and $Q(${Q.join(', ')})$ in the ratio $\\lambda : 1$. Find $\\lambda$.`,
        value: k,
        unit: '',
        // Mistakes: the ratio inverted (Q's coordinate over P's), a different coordinate used.
        mistakes: [1 / k, k + 1, Math.abs(P[(axis + 1) % 3]! / (Q[(axis + 1) % 3]! || 1)) || k + 2],
        solution: `A point of the segment is $\\frac{\\lambda Q + P}{\\lambda + 1}$; on the ${planes[axis]}-plane its ${coord}-coordinate is 0: $\\lambda(${w}) + (${-k * w}) = 0$, so $\\lambda = ${k}$ (internal division).`,
        hi: {
          text: `${planes[axis]}-तल, $P(${P.join(', ')})$ और $Q(${Q.join(', ')})$ को मिलाने वाले रेखाखंड को $\\lambda : 1$ के अनुपात में विभाजित करता है। $\\lambda$ ${HI_FIND}`,
          solution: `रेखाखंड का बिंदु $\\frac{\\lambda Q + P}{\\lambda + 1}$ है; ${planes[axis]}-तल पर उसका ${coord}-निर्देशांक 0 है: $\\lambda(${w}) + (${-k * w}) = 0$, अतः $\\lambda = ${k}$ (अंतः विभाजन)।`,
        },
        result: [1, 5],
      });
    },
  },
  {
    id: 'm.3d.third-direction-angle',
    subject: M,
    concepts: ['M.3D.BASICS', 'M.TRIG.RATIOS'],
    difficulty: 2,
    build(rng) {
      let alpha = 60;
      let beta = 60;
      let rest = 2;
      for (let tries = 0; tries < 40; tries++) {
        alpha = rng.pick([30, 45, 60, 90, 120, 135, 150]);
        beta = rng.pick([45, 60, 90, 120, 135]);
        rest = 4 - COS2_QUARTERS[alpha]! - COS2_QUARTERS[beta]!;
        if (rest >= 0 && rest < 4) break;
      }
      if (rest < 0 || rest >= 4) [alpha, beta, rest] = [60, 60, 2];
      const value = ACUTE_OF_QUARTERS[rest]!;
      return num({
        params: { alpha, beta },
        text: `A line makes angles ${alpha}° and ${beta}° with the positive $x$- and $y$-axes. Find the acute angle (in degrees) it makes with the $z$-axis.`,
        value,
        unit: '',
        // Mistakes: the complement (angle with the xy-plane); the obtuse angle; α + β + γ = 180°.
        // Then the other standard acute angles, so no fallback scaling shows an impossible angle.
        mistakes: [90 - value, 180 - value, Math.abs(180 - alpha - beta), ...[30, 45, 60, 90].filter((x) => x !== value)],
        solution: `$\\cos^2\\alpha + \\cos^2\\beta + \\cos^2\\gamma = 1$: $\\cos^2\\gamma = 1 - ${fracTex(COS2_QUARTERS[alpha]!, 4)} - ${fracTex(COS2_QUARTERS[beta]!, 4)} = ${fracTex(rest, 4)}$, so the acute $\\gamma = ${value}°$.`,
        hi: {
          text: `एक रेखा धनात्मक $x$- और $y$-अक्षों से ${alpha}° और ${beta}° के कोण बनाती है। $z$-अक्ष से उसके द्वारा बनाया गया न्यून कोण (अंशों में) ${HI_FIND}`,
          solution: `$\\cos^2\\alpha + \\cos^2\\beta + \\cos^2\\gamma = 1$: $\\cos^2\\gamma = 1 - ${fracTex(COS2_QUARTERS[alpha]!, 4)} - ${fracTex(COS2_QUARTERS[beta]!, 4)} = ${fracTex(rest, 4)}$, अतः न्यून कोण $\\gamma = ${value}°$।`,
        },
        result: [30, 90],
      });
    },
  },
  {
    id: 'm.vec.collinear-points',
    subject: M,
    concepts: ['M.VEC.BASICS'],
    difficulty: 2,
    build(rng) {
      const A = [rng.int(-5, 5), rng.int(-5, 5), rng.int(-5, 5)];
      const d = [nonZero(rng, -3, 3), nonZero(rng, -3, 3), rng.int(-3, 3)];
      const t = rng.pick([-2, -1, 2, 3]);
      const B = A.map((x, i) => x + d[i]!);
      const C = A.map((x, i) => x + t * d[i]!);
      const value = C[0]!;
      const tail = vecTex([0, C[1]!, C[2]!]);
      const withK = tail === '\\vec 0' ? 'k\\hat i' : `k\\hat i ${tail.startsWith('-') ? '' : '+ '}${tail}`;
      return num({
        params: { a0: A[0]!, a1: A[1]!, a2: A[2]!, b0: B[0]!, b1: B[1]!, b2: B[2]!, c1: C[1]!, c2: C[2]! },
        text: `The points with position vectors $${vecTex(A)}$, $${vecTex(B)}$ and $${withK}$ are collinear. Find $k$.`,
        value,
        unit: '',
        // Mistakes: the step taken from B instead of A; the ratio's sign slipped.
        mistakes: [B[0]! + t * d[0]!, A[0]! - t * d[0]!, A[0]! + (t - 1) * d[0]!],
        solution: `$\\vec{AC} = t\\,\\vec{AB}$ with $\\vec{AB} = ${vecTex(d)}$. The $\\hat j$ components give $t = \\frac{${C[1]} - (${A[1]})}{${d[1]}} = ${t}$, so $k = ${A[0]} + (${t})(${d[0]}) = ${value}$.`,
        hi: {
          text: `स्थिति सदिशों $${vecTex(A)}$, $${vecTex(B)}$ और $${withK}$ वाले बिंदु संरेख हैं। $k$ ${HI_FIND}`,
          solution: `$\\vec{AC} = t\\,\\vec{AB}$, जहाँ $\\vec{AB} = ${vecTex(d)}$। $\\hat j$ घटकों से $t = \\frac{${C[1]} - (${A[1]})}{${d[1]}} = ${t}$, अतः $k = ${A[0]} + (${t})(${d[0]}) = ${value}$।`,
        },
        result: [-15, 15],
      });
    },
  },
  {
    id: 'm.vec.combination-coefficients',
    subject: M,
    concepts: ['M.VEC.BASICS', 'M.MAT.LINSYS'],
    difficulty: 3,
    build(rng) {
      let a: number[] = [1, 0, 0];
      let b: number[] = [0, 1, 0];
      let c: number[] = [0, 0, 1];
      for (let tries = 0; tries < 40; tries++) {
        a = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        b = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        c = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        if (dot(a, cross(b, c)) !== 0) break;
      }
      if (dot(a, cross(b, c)) === 0) [a, b, c] = [[1, 1, 0], [0, 1, 1], [1, 0, 1]];
      const x = nonZero(rng, -3, 3);
      const y = nonZero(rng, -3, 3);
      const z = nonZero(rng, -3, 3);
      const r = a.map((ai, i) => x * ai + y * b[i]! + z * c[i]!);
      const value = x + y + z;
      return num({
        params: { a0: a[0]!, a1: a[1]!, a2: a[2]!, b0: b[0]!, b1: b[1]!, b2: b[2]!, c0: c[0]!, c1: c[1]!, c2: c[2]!, r0: r[0]!, r1: r[1]!, r2: r[2]! },
        text: `$\\vec a = ${vecTex(a)}$, $\\vec b = ${vecTex(b)}$, $\\vec c = ${vecTex(c)}$ and $\\vec r = ${vecTex(r)}$. If $\\vec r = x\\vec a + y\\vec b + z\\vec c$, find $x + y + z$.`,
        value,
        unit: '',
        // Mistakes: one coefficient's sign slipped; the sum of the components of r.
        mistakes: [value - 2 * x, value - 2 * z, r[0]! + r[1]! + r[2]!],
        solution: `Comparing components gives three linear equations in $x, y, z$ (the determinant $[\\vec a\\ \\vec b\\ \\vec c] = ${dot(a, cross(b, c))} \\ne 0$, so the solution is unique): $x = ${x}$, $y = ${y}$, $z = ${z}$; sum $${value}$.`,
        hi: {
          text: `$\\vec a = ${vecTex(a)}$, $\\vec b = ${vecTex(b)}$, $\\vec c = ${vecTex(c)}$ और $\\vec r = ${vecTex(r)}$ हैं। यदि $\\vec r = x\\vec a + y\\vec b + z\\vec c$ है, तो $x + y + z$ ${HI_FIND}`,
          solution: `घटकों की तुलना से $x, y, z$ में तीन रैखिक समीकरण मिलते हैं (सारणिक $[\\vec a\\ \\vec b\\ \\vec c] = ${dot(a, cross(b, c))} \\ne 0$, अतः हल अद्वितीय है): $x = ${x}$, $y = ${y}$, $z = ${z}$; योग $${value}$।`,
        },
        result: [-9, 9],
      });
    },
  },
  {
    id: 'm.vec.cross-from-dot',
    subject: M,
    concepts: ['M.VEC.CROSS', 'M.VEC.DOT'],
    difficulty: 2,
    build(rng) {
      const [u, w, h] = rng.pick(TRIPLES);
      const s = rng.int(1, 3);
      const P = s * h;
      const divisors = Array.from({ length: P }, (_, i) => i + 1).filter((x) => P % x === 0 && x > 1 && x < P);
      const p = divisors.length ? rng.pick(divisors) : 1;
      const q = P / p;
      const d = rng.pick([1, -1]) * s * u;
      const value = s * w;
      return num({
        params: { p, q, d },
        text: `$|\\vec a| = ${p}$, $|\\vec b| = ${q}$ and $\\vec a \\cdot \\vec b = ${d}$. Find $|\\vec a \\times \\vec b|$.`,
        value,
        unit: '',
        // Mistakes: |a||b| − |a·b| (squares forgotten), |a||b| (sin θ taken as 1), √(p²q² + d²).
        mistakes: [P - Math.abs(d), P, Math.sqrt(P * P + d * d)],
        solution: `$|\\vec a \\times \\vec b|^2 = |\\vec a|^2|\\vec b|^2 - (\\vec a \\cdot \\vec b)^2 = ${P * P} - ${d * d} = ${value * value}$, so $|\\vec a \\times \\vec b| = ${value}$.`,
        hi: {
          text: `$|\\vec a| = ${p}$, $|\\vec b| = ${q}$ तथा $\\vec a \\cdot \\vec b = ${d}$ है। $|\\vec a \\times \\vec b|$ ${HI_FIND}`,
          solution: `$|\\vec a \\times \\vec b|^2 = |\\vec a|^2|\\vec b|^2 - (\\vec a \\cdot \\vec b)^2 = ${P * P} - ${d * d} = ${value * value}$, अतः $|\\vec a \\times \\vec b| = ${value}$।`,
        },
        result: [1, 90],
      });
    },
  },
  {
    id: 'm.vec.cross-statements-multi',
    subject: M,
    concepts: ['M.VEC.CROSS', 'M.VEC.DOT', 'M.VEC.TRIPLE'],
    difficulty: 4,
    build(rng) {
      let a: number[] = [1, 2, 0];
      let b: number[] = [0, 1, 3];
      for (let tries = 0; tries < 40; tries++) {
        a = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        b = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        if (cross(a, b).some((x) => x !== 0) && dot(a, b) !== 0) break;
      }
      if (cross(a, b).every((x) => x === 0) || dot(a, b) === 0) [a, b] = [[1, 2, 0], [2, 1, 3]];
      const c = cross(a, b);
      const flags: number[] = [rng.int(0, 1), rng.int(0, 1), rng.int(0, 1), rng.int(0, 1)];
      if (!flags.some((f) => f === 0)) flags[2] = 0;
      // Flag 1 makes a statement false by a named slip: b × a for a × b; the parallelogram's area
      // for the triangle's; (a · (a + 2b)) for the scalar triple product; 2(a·b)² for (a·b)².
      const [X, Y, Z] = flags[0] === 0 ? c : c.map((x) => -x);
      const N = dot(c, c);
      const ab = dot(a, b);
      const claims = {
        X: X!,
        Y: Y!,
        Z: Z!,
        N,
        half: flags[1] === 0 ? 1 : 0,
        M: flags[2] === 0 ? 0 : dot(a, a) + 2 * ab || 1,
        K: dot(a, a) * dot(b, b) + (flags[3] === 0 ? 0 : ab * ab),
      };
      const st = crossStatements(claims);
      return multi({
        params: { a0: a[0]!, a1: a[1]!, a2: a[2]!, b0: b[0]!, b1: b[1]!, b2: b[2]!, ...claims },
        text: `Let $\\vec a = ${vecTex(a)}$ and $\\vec b = ${vecTex(b)}$. Which of the following statements are correct?`,
        options: st.en.map((text, i) => ({ text, correct: flags[i] === 0 })),
        solution: `$\\vec a \\times \\vec b = ${vecTex(c)}$ (the order matters: $\\vec b \\times \\vec a = -\\vec a \\times \\vec b$), $|\\vec a \\times \\vec b|^2 = ${N}$, so the triangle's area is $\\frac{${surdTex(N)}}{2}$ (half the parallelogram's). $\\vec a \\times \\vec b$ is perpendicular to both $\\vec a$ and $\\vec b$, so its dot product with $\\vec a + 2\\vec b$ is 0. Lagrange's identity: $|\\vec a \\times \\vec b|^2 + (\\vec a \\cdot \\vec b)^2 = |\\vec a|^2|\\vec b|^2 = ${dot(a, a) * dot(b, b)}$.`,
        hi: {
          text: `माना $\\vec a = ${vecTex(a)}$ और $\\vec b = ${vecTex(b)}$ है। निम्नलिखित में से कौन-से कथन सही हैं?`,
          solution: `$\\vec a \\times \\vec b = ${vecTex(c)}$ (क्रम महत्त्वपूर्ण है: $\\vec b \\times \\vec a = -\\vec a \\times \\vec b$), $|\\vec a \\times \\vec b|^2 = ${N}$, अतः त्रिभुज का क्षेत्रफल $\\frac{${surdTex(N)}}{2}$ (समांतर चतुर्भुज का आधा) है। $\\vec a \\times \\vec b$, $\\vec a$ और $\\vec b$ दोनों पर लंब है, अतः $\\vec a + 2\\vec b$ से उसका अदिश गुणनफल 0 है। लग्रांज सर्वसमिका: $|\\vec a \\times \\vec b|^2 + (\\vec a \\cdot \\vec b)^2 = |\\vec a|^2|\\vec b|^2 = ${dot(a, a) * dot(b, b)}$।`,
          options: st.hi,
        },
      });
    },
  },
  {
    id: 'm.trig.quadrant-expression',
    subject: M,
    concepts: ['M.TRIG.RATIOS'],
    difficulty: 2,
    freeResponse: false,
    build(rng) {
      const [a, b, c] = rng.pick(TRIPLES);
      const quadrant = rng.int(2, 4);
      const given = rng.int(0, 2);
      // Signs in quadrants II, III, IV: sin (+, −, −), cos (−, −, +).
      const sgnSin = quadrant === 2 ? 1 : -1;
      const sgnCos = quadrant === 4 ? 1 : -1;
      const sin = (sgnSin * a) / c;
      const cos = (sgnCos * b) / c;
      const tan = sin / cos;
      const v = rng.int(0, 1);
      const value = v === 0 ? tan + 1 / cos : (sin + cos) / (sin - cos);
      const givenTex = [`\\sin\\theta = ${fracTex(sgnSin * a, c)}`, `\\cos\\theta = ${fracTex(sgnCos * b, c)}`, `\\tan\\theta = ${fracTex(sgnSin * sgnCos * a, b)}`][given] as string;
      const ask = v === 0 ? '\\sec\\theta + \\tan\\theta' : '\\frac{\\sin\\theta + \\cos\\theta}{\\sin\\theta - \\cos\\theta}';
      const names = ['second', 'third', 'fourth'][quadrant - 2] as string;
      const namesHi = ['द्वितीय', 'तृतीय', 'चतुर्थ'][quadrant - 2] as string;
      // Mistakes: the first-quadrant signs used; only sin's sign respected; only cos's.
      const exact = v === 0 ? fracTex(c + sgnSin * a, sgnCos * b) : fracTex(sgnSin * a + sgnCos * b, sgnSin * a - sgnCos * b);
      const at = (s: number, co: number) => (v === 0 ? s / co + 1 / co : (s + co) / (s - co));
      return num({
        params: { a, b, c, quadrant, v },
        text: `If $${givenTex}$ and $\\theta$ lies in the ${names} quadrant, find $${ask}$.`,
        value,
        unit: '',
        mistakes: [at(a / c, b / c), at(sin, b / c), at(a / c, cos), -value],
        solution: `In the ${names} quadrant $\\sin\\theta = ${fracTex(sgnSin * a, c)}$ and $\\cos\\theta = ${fracTex(sgnCos * b, c)}$ (from $${a}^2 + ${b}^2 = ${c}^2$ and the signs of the quadrant), so $${ask} = ${exact}$.`,
        hi: {
          text: `यदि $${givenTex}$ है और $\\theta$ ${namesHi} चतुर्थांश में है, तो $${ask}$ ${HI_FIND}`,
          solution: `${namesHi} चतुर्थांश में $\\sin\\theta = ${fracTex(sgnSin * a, c)}$ और $\\cos\\theta = ${fracTex(sgnCos * b, c)}$ ($${a}^2 + ${b}^2 = ${c}^2$ तथा चतुर्थांश के चिह्नों से), अतः $${ask} = ${exact}$।`,
        },
        result: [-45, 45],
      });
    },
  },
  {
    id: 'm.trig.from-sum-of-sin-cos',
    subject: M,
    concepts: ['M.TRIG.RATIOS', 'M.TRIG.COMPOUND'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const [a, b, c] = rng.pick(TRIPLES);
      const v = rng.int(0, 2);
      const sc = (a * b) / (c * c);
      const values = [sc, 1 - 2 * sc * sc, 1 / sc];
      const value = values[v] as number;
      const asks = ['\\sin\\theta\\cos\\theta', '\\sin^4\\theta + \\cos^4\\theta', '\\tan\\theta + \\cot\\theta'];
      const s = fracTex(a + b, c);
      return num({
        params: { a, b, c, v },
        text: `If $0 < \\theta < \\frac{\\pi}{2}$ and $\\sin\\theta + \\cos\\theta = ${s}$, find $${asks[v]}$.`,
        value,
        unit: '',
        // Mistakes: squaring without halving (s² − 1); 1 − (sc)² for sin⁴ + cos⁴; 1/(2sc).
        mistakes: [2 * sc, 1 - sc * sc, 1 / (2 * sc), [1 - 2 * sc, 2 * sc * sc, sc][v] as number],
        solution: `Squaring, $1 + 2\\sin\\theta\\cos\\theta = ${fracTex((a + b) ** 2, c * c)}$, so $\\sin\\theta\\cos\\theta = ${fracTex(a * b, c * c)}$. ${['', `Then $\\sin^4\\theta + \\cos^4\\theta = 1 - 2\\sin^2\\theta\\cos^2\\theta = ${fracTex(c ** 4 - 2 * a * a * b * b, c ** 4)}$.`, `Then $\\tan\\theta + \\cot\\theta = \\frac{1}{\\sin\\theta\\cos\\theta} = ${fracTex(c * c, a * b)}$.`][v]}`,
        hi: {
          text: `यदि $0 < \\theta < \\frac{\\pi}{2}$ और $\\sin\\theta + \\cos\\theta = ${s}$ है, तो $${asks[v]}$ ${HI_FIND}`,
          solution: `वर्ग करने पर $1 + 2\\sin\\theta\\cos\\theta = ${fracTex((a + b) ** 2, c * c)}$, अतः $\\sin\\theta\\cos\\theta = ${fracTex(a * b, c * c)}$। ${['', `तब $\\sin^4\\theta + \\cos^4\\theta = 1 - 2\\sin^2\\theta\\cos^2\\theta = ${fracTex(c ** 4 - 2 * a * a * b * b, c ** 4)}$।`, `तब $\\tan\\theta + \\cot\\theta = \\frac{1}{\\sin\\theta\\cos\\theta} = ${fracTex(c * c, a * b)}$।`][v]}`,
        },
        result: [0.2, 5],
      });
    },
  },
  {
    id: 'm.mat.det-vandermonde',
    subject: M,
    concepts: ['M.MAT.DET'],
    difficulty: 3,
    build(rng) {
      const [a, b, c] = rng.shuffle([-4, -3, -2, -1, 0, 1, 2, 3, 4, 5]).slice(0, 3) as [number, number, number];
      const v = rng.int(0, 1);
      const rows = v === 0 ? [[1, 1, 1], [a, b, c], [a * a, b * b, c * c]] : [[1, a, b * c], [1, b, c * a], [1, c, a * b]];
      const value = v === 0 ? (b - a) * (c - a) * (c - b) : (a - b) * (b - c) * (c - a);
      const tex = rows.map((r) => r.join(' & ')).join(' \\\\ ');
      return num({
        params: { a, b, c, v },
        text: `Evaluate $\\begin{vmatrix} ${tex} \\end{vmatrix}$.`,
        value,
        unit: '',
        // Mistakes: the factor product with its sign slipped; one factor missed; the diagonal product.
        mistakes: [-value, (b - a) * (c - a), rows[0]![0]! * rows[1]![1]! * rows[2]![2]!],
        solution:
          v === 0
            ? `Subtract column 1 from columns 2 and 3 and take out $(${b} - (${a}))$ and $(${c} - (${a}))$: the determinant is $(b - a)(c - a)(c - b) = (${b - a})(${c - a})(${c - b}) = ${value}$.`
            : `$R_2 - R_1$, $R_3 - R_1$ and the factors $(b - a)$, $(c - a)$ give $(a - b)(b - c)(c - a) = (${a - b})(${b - c})(${c - a}) = ${value}$.`,
        hi: {
          text: `$\\begin{vmatrix} ${tex} \\end{vmatrix}$ का मान ज्ञात कीजिए।`,
          solution:
            v === 0
              ? `स्तंभ 2 और 3 में से स्तंभ 1 घटाइए और $(${b} - (${a}))$ तथा $(${c} - (${a}))$ बाहर निकालिए: सारणिक $(b - a)(c - a)(c - b) = (${b - a})(${c - a})(${c - b}) = ${value}$ है।`
              : `$R_2 - R_1$, $R_3 - R_1$ तथा गुणनखंड $(b - a)$, $(c - a)$ से $(a - b)(b - c)(c - a) = (${a - b})(${b - c})(${c - a}) = ${value}$।`,
        },
        result: [-400, 400],
      });
    },
  },
  {
    id: 'm.mat.det-equation-roots',
    subject: M,
    concepts: ['M.MAT.DET', 'M.QUAD.ROOTS'],
    difficulty: 4,
    build(rng) {
      const a = rng.int(-6, 6);
      const b = nonZero(rng, -5, 5);
      const v = rng.int(0, 1);
      const r1 = -a - 2 * b;
      const r2 = -a + b;
      const value = v === 0 ? r1 + r2 : r1 * r2;
      const d = a === 0 ? 'x' : `x ${a > 0 ? '+' : '-'} ${Math.abs(a)}`;
      const tex = `\\begin{vmatrix} ${d} & ${b} & ${b} \\\\ ${b} & ${d} & ${b} \\\\ ${b} & ${b} & ${d} \\end{vmatrix} = 0`;
      return num({
        params: { a, b, v },
        text: `Find the ${v === 0 ? 'sum' : 'product'} of the distinct real roots of $${tex}$.`,
        value,
        unit: '',
        // Mistakes: the repeated root counted twice (sum or product over all three roots);
        // the sign of 2b slipped (root −a + 2b); only the simple root.
        mistakes: v === 0 ? [r1 + 2 * r2, -a + 2 * b + r2, r1] : [r1 * r2 * r2, (-a + 2 * b) * r2, r1],
        solution: `$C_1 + C_2 + C_3$ takes out $(x ${signedNum(a + 2 * b)})$; then $R_2 - R_1$, $R_3 - R_1$ leave $(x ${signedNum(a - b)})^2$. Roots: $x = ${r1}$ and $x = ${r2}$ (twice). The distinct roots give ${v === 0 ? `sum $${value}$` : `product $${value}$`}.`,
        hi: {
          text: `$${tex}$ के भिन्न वास्तविक मूलों का ${v === 0 ? 'योग' : 'गुणनफल'} ${HI_FIND}`,
          solution: `$C_1 + C_2 + C_3$ से $(x ${signedNum(a + 2 * b)})$ बाहर आता है; फिर $R_2 - R_1$, $R_3 - R_1$ से $(x ${signedNum(a - b)})^2$ बचता है। मूल: $x = ${r1}$ और $x = ${r2}$ (दो बार)। भिन्न मूलों का ${v === 0 ? `योग $${value}$` : `गुणनफल $${value}$`} है।`,
        },
        result: [-300, 300],
      });
    },
  },
];

function signedNum(v: number): string {
  return v >= 0 ? `+ ${v}` : `- ${-v}`;
}
