import { fracTex, polyTex, term } from './format.ts';
import { nonZero, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Fourth question shapes for sets, linear systems, sequences, parametric derivatives, areas,
 * polygons, trigonometric products, vectors, counting probability, inverse trigonometry and
 * integer roots, in English and Hindi. Checked in math-depth-k.test.ts by explicit sets,
 * bisection on determinants, numeric inverses and second differences, substitution + Simpson,
 * Heron's formula, direct products, enumeration and discriminant search.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';

export const mathDepthKGenerators: GeneratorDef[] = [
  {
    id: 'm.sets.complement-counts',
    subject: M,
    concepts: ['M.SETS.OPS'],
    difficulty: 2,
    build(rng) {
      const r = rng.int(2, 15);
      const a = r + rng.int(3, 20);
      const b = r + rng.int(3, 20);
      const U = a + b - r + rng.int(5, 30);
      const v = rng.int(0, 1);
      const value = v === 0 ? a + b - 2 * r : U - (a + b - r);
      const ask = v === 0 ? '$n(A \\,\\Delta\\, B)$, the number of elements in exactly one of $A$ and $B$' : "$n(A' \\cap B')$";
      const askHi = v === 0 ? '$n(A \\,\\Delta\\, B)$, अर्थात् ठीक एक समुच्चय में स्थित अवयवों की संख्या' : "$n(A' \\cap B')$";
      return num({
        params: { U, a, b, r, v },
        text: `In a universal set with ${U} elements, $n(A) = ${a}$, $n(B) = ${b}$ and $n(A \\cap B) = ${r}$. Find ${ask}.`,
        value,
        unit: '',
        // Mistakes: n(A ∪ B); the intersection subtracted once only; U − n(A ∩ B).
        mistakes: v === 0 ? [a + b - r, a + b - r - r + 1, a + b] : [U - (a + b), U - r, a + b - r],
        solution: v === 0
          ? `$n(A \\,\\Delta\\, B) = n(A) + n(B) - 2n(A \\cap B) = ${a} + ${b} - ${2 * r} = ${value}$.`
          : `$A' \\cap B' = (A \\cup B)'$ (De Morgan), so $n = ${U} - (${a} + ${b} - ${r}) = ${value}$.`,
        hi: {
          text: `${U} अवयवों वाले सार्वत्रिक समुच्चय में $n(A) = ${a}$, $n(B) = ${b}$ तथा $n(A \\cap B) = ${r}$ है। ${askHi} ${HI_FIND}`,
          solution: v === 0
            ? `$n(A \\,\\Delta\\, B) = n(A) + n(B) - 2n(A \\cap B) = ${a} + ${b} - ${2 * r} = ${value}$।`
            : `$A' \\cap B' = (A \\cup B)'$ (डी मॉर्गन नियम), अतः $n = ${U} - (${a} + ${b} - ${r}) = ${value}$।`,
        },
        result: [5, 60],
      });
    },
  },
  {
    id: 'm.mat.homogeneous-nontrivial',
    subject: M,
    concepts: ['M.MAT.LINSYS', 'M.MAT.DET'],
    difficulty: 3,
    build(rng) {
      // Rows r₁, r₂ whose 2×2 minor on the first two columns is ±1, so the determinant is ±k + C.
      let r1 = [1, 1, 1];
      let r2 = [1, 2, 3];
      for (let tries = 0; tries < 60; tries++) {
        r1 = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        r2 = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        if (Math.abs(r1[0]! * r2[1]! - r1[1]! * r2[0]!) === 1) break;
      }
      if (Math.abs(r1[0]! * r2[1]! - r1[1]! * r2[0]!) !== 1) [r1, r2] = [[1, 1, 1], [1, 2, 3]];
      const p = rng.int(-4, 4);
      const q = p === 0 ? nonZero(rng, -4, 4) : rng.int(-4, 4);
      const minor = r1[0]! * r2[1]! - r1[1]! * r2[0]!;
      // det [r1; r2; (p, q, k)] = p(r1₂r2₃ − r1₃r2₂) − q(r1₁r2₃ − r1₃r2₁) + k·minor.
      const C = p * (r1[1]! * r2[2]! - r1[2]! * r2[1]!) - q * (r1[0]! * r2[2]! - r1[2]! * r2[0]!);
      const value = -C / minor;
      const lin = (row: number[], last: string) => {
        const parts: string[] = [];
        row.forEach((c, i) => {
          if (c !== 0) parts.push(term(c, 1, parts.length === 0, ['x', 'y', 'z'][i]));
        });
        return `${parts.join(' ')}${last}`;
      };
      const eq3 = `${lin([p, q, 0], '')} ${p === 0 && q === 0 ? '' : '+ '}kz`.trim();
      return num({
        params: { a0: r1[0]!, a1: r1[1]!, a2: r1[2]!, b0: r2[0]!, b1: r2[1]!, b2: r2[2]!, p, q },
        text: `The system $${lin(r1, '')} = 0$, $${lin(r2, '')} = 0$, $${eq3} = 0$ has a non-trivial solution. Find $k$.`,
        value,
        unit: '',
        // Mistakes: the sign of the cofactor term; the determinant's constant part; k with the
        // minor's sign dropped.
        mistakes: [C / minor, C, -C, value + 1],
        solution: `A homogeneous system has a non-trivial solution iff its determinant is 0: expanding along the third row, $${p}(${r1[1]! * r2[2]! - r1[2]! * r2[1]!}) - (${q})(${r1[0]! * r2[2]! - r1[2]! * r2[0]!}) + k(${minor}) = 0$, so $k = ${value}$.`,
        hi: {
          text: `निकाय $${lin(r1, '')} = 0$, $${lin(r2, '')} = 0$, $${eq3} = 0$ का एक अतुच्छ हल है। $k$ ${HI_FIND}`,
          solution: `समघात निकाय का अतुच्छ हल तभी होता है जब सारणिक 0 हो: तीसरी पंक्ति के अनुदिश प्रसार से $${p}(${r1[1]! * r2[2]! - r1[2]! * r2[1]!}) - (${q})(${r1[0]! * r2[2]! - r1[2]! * r2[0]!}) + k(${minor}) = 0$, अतः $k = ${value}$।`,
        },
        result: [-150, 150],
      });
    },
  },
  {
    id: 'm.seq.term-from-sum-formula',
    subject: M,
    concepts: ['M.SEQ.AP'],
    difficulty: 2,
    build(rng) {
      const a = nonZero(rng, -4, 6);
      const b = rng.int(-9, 9);
      const r = rng.int(5, 30);
      // Sₙ = an² + bn ⇒ T_r = S_r − S_{r−1} = a(2r − 1) + b.
      const value = a * (2 * r - 1) + b;
      return num({
        params: { a, b, r },
        text: `The sum of the first $n$ terms of a sequence is $${polyTex([0, b, a], 'n')}$ for every $n$. Find its ${r}th term.`,
        value,
        unit: '',
        // Mistakes: S_r itself; S_r − S_{r+1}; the common difference 2a.
        mistakes: [a * r * r + b * r, -(a * (2 * r + 1) + b), a * (2 * r + 1) + b, 2 * a],
        solution: `$T_{${r}} = S_{${r}} - S_{${r - 1}} = ${a * r * r + b * r} - (${a * (r - 1) ** 2 + b * (r - 1)}) = ${value}$ (an A.P. with common difference $${2 * a}$).`,
        hi: {
          text: `किसी अनुक्रम के प्रथम $n$ पदों का योग प्रत्येक $n$ के लिए $${polyTex([0, b, a], 'n')}$ है। उसका ${r}वाँ पद ${HI_FIND}`,
          solution: `$T_{${r}} = S_{${r}} - S_{${r - 1}} = ${a * r * r + b * r} - (${a * (r - 1) ** 2 + b * (r - 1)}) = ${value}$ (सार्व अंतर $${2 * a}$ वाली समांतर श्रेढ़ी)।`,
        },
        result: [-250, 400],
      });
    },
  },
  {
    id: 'm.deriv.parametric-second',
    subject: M,
    concepts: ['M.DERIV.CHAIN', 'M.CG.PARABOLA'],
    difficulty: 4,
    freeResponse: false,
    build(rng) {
      const a = rng.int(1, 4);
      const t = rng.pick([-3, -2, -1, 1, 2, 3]);
      // x = at², y = 2at: dy/dx = 1/t, d²y/dx² = d(1/t)/dt ÷ dx/dt = −1/(2at³).
      const value = -1 / (2 * a * t ** 3);
      return num({
        params: { a, t },
        text: `$x = ${a === 1 ? '' : a}t^2$, $y = ${2 * a}t$. Find $\\frac{d^2y}{dx^2}$ at $t = ${t}$.`,
        value,
        unit: '',
        // Mistakes: d/dt(dy/dx) without dividing by dx/dt; (d²y/dt²)/(d²x/dt²) = 0-like slip gives
        // the first derivative; the sign slipped.
        mistakes: [-1 / (t * t), 1 / t, 1 / (2 * a * t ** 3), -1 / (a * t ** 3)],
        sig: 3,
        solution: `$\\frac{dy}{dx} = \\frac{${2 * a}}{${2 * a}t} = \\frac1t$. Then $\\frac{d^2y}{dx^2} = \\frac{d}{dt}\\left(\\frac1t\\right) \\div \\frac{dx}{dt} = -\\frac{1}{t^2} \\cdot \\frac{1}{${2 * a}t} = ${fracTex(-1, 2 * a * t ** 3)}$ at $t = ${t}$.`,
        hi: {
          text: `$x = ${a === 1 ? '' : a}t^2$, $y = ${2 * a}t$ है। $t = ${t}$ पर $\\frac{d^2y}{dx^2}$ ${HI_FIND}`,
          solution: `$\\frac{dy}{dx} = \\frac{${2 * a}}{${2 * a}t} = \\frac1t$। तब $\\frac{d^2y}{dx^2} = \\frac{d}{dt}\\left(\\frac1t\\right) \\div \\frac{dx}{dt} = -\\frac{1}{t^2} \\cdot \\frac{1}{${2 * a}t} = ${fracTex(-1, 2 * a * t ** 3)}$, $t = ${t}$ पर।`,
        },
        result: [-1, 1],
      });
    },
  },
  {
    id: 'm.int.area-two-parabolas',
    subject: M,
    concepts: ['M.INT.AREA', 'M.CG.PARABOLA'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const a = rng.int(1, 6);
      const b = rng.int(1, 6);
      // y² = 4ax and x² = 4by meet at (0, 0) and (4a^{1/3}b^{2/3}, …); with a = b: area 16a²/3.
      // General: area = 16ab/3.
      const value = (16 * a * b) / 3;
      return num({
        params: { a, b },
        text: `Find the area enclosed between the parabolas $y^2 = ${4 * a}x$ and $x^2 = ${4 * b}y$.`,
        value,
        unit: 'square units',
        // Mistakes: 8ab/3 (half); 32ab/3 (double); 16ab (the 1/3 dropped).
        mistakes: [(8 * a * b) / 3, (32 * a * b) / 3, 16 * a * b],
        sig: 4,
        solution: `They meet where $\\left(\\frac{x^2}{${4 * b}}\\right)^2 = ${4 * a}x$, i.e. at $x = 0$ and $x = 4(${a}\\cdot${b * b})^{1/3}$. Integrating $\\sqrt{${4 * a}x} - \\frac{x^2}{${4 * b}}$ between them gives $\\frac{16 \\cdot ${a} \\cdot ${b}}{3} = ${fracTex(16 * a * b, 3)}$.`,
        hi: {
          text: `परवलयों $y^2 = ${4 * a}x$ और $x^2 = ${4 * b}y$ के बीच घिरे क्षेत्र का क्षेत्रफल (वर्ग इकाई में) ${HI_FIND}`,
          solution: `वे वहाँ मिलते हैं जहाँ $\\left(\\frac{x^2}{${4 * b}}\\right)^2 = ${4 * a}x$, अर्थात् $x = 0$ और $x = 4(${a}\\cdot${b * b})^{1/3}$ पर। इनके बीच $\\sqrt{${4 * a}x} - \\frac{x^2}{${4 * b}}$ का समाकलन $\\frac{16 \\cdot ${a} \\cdot ${b}}{3} = ${fracTex(16 * a * b, 3)}$ देता है।`,
        },
        result: [5, 200],
      });
    },
  },
  {
    id: 'm.cg.quadrilateral-area',
    subject: M,
    concepts: ['M.CG.POINTS'],
    difficulty: 2,
    build(rng) {
      // A convex quadrilateral: one point in each quadrant around an interior origin shift.
      const h = rng.int(-3, 3);
      const k = rng.int(-3, 3);
      const P = [[h + rng.int(1, 6), k + rng.int(1, 6)], [h - rng.int(1, 6), k + rng.int(1, 6)], [h - rng.int(1, 6), k - rng.int(1, 6)], [h + rng.int(1, 6), k - rng.int(1, 6)]];
      let twice = 0;
      for (let i = 0; i < 4; i++) twice += P[i]![0]! * P[(i + 1) % 4]![1]! - P[(i + 1) % 4]![0]! * P[i]![1]!;
      const value = Math.abs(twice) / 2;
      const names = ['A', 'B', 'C', 'D'];
      const pts = P.map((q, i) => `${names[i]}(${q[0]}, ${q[1]})`).join(', ');
      return num({
        params: { x0: P[0]![0]!, y0: P[0]![1]!, x1: P[1]![0]!, y1: P[1]![1]!, x2: P[2]![0]!, y2: P[2]![1]!, x3: P[3]![0]!, y3: P[3]![1]! },
        text: `Find the area of the quadrilateral with vertices (in order) $${pts}$.`,
        value,
        unit: 'square units',
        // Mistakes: the shoelace sum not halved; one triangle only (ABC); the sum taken with a wrong vertex order.
        mistakes: [Math.abs(twice), Math.abs(P[0]![0]! * (P[1]![1]! - P[2]![1]!) + P[1]![0]! * (P[2]![1]! - P[0]![1]!) + P[2]![0]! * (P[0]![1]! - P[1]![1]!)) / 2, value + 1],
        solution: `Shoelace: $\\frac12\\left|\\sum (x_iy_{i+1} - x_{i+1}y_i)\\right| = \\frac12|${twice}| = ${value}$.`,
        hi: {
          text: `शीर्षों (क्रम से) $${pts}$ वाले चतुर्भुज का क्षेत्रफल ${HI_FIND}`,
          solution: `सूत्र $\\frac12\\left|\\sum (x_iy_{i+1} - x_{i+1}y_i)\\right| = \\frac12|${twice}| = ${value}$।`,
        },
        result: [2, 150],
      });
    },
  },
  {
    id: 'm.trig.cosine-doubling-product',
    subject: M,
    concepts: ['M.TRIG.COMPOUND', 'M.TRIG.RATIOS'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(2, 5);
      const plus = rng.int(0, 1) === 1;
      const den = 2 ** n + (plus ? 1 : -1);
      // Π_{j<n} cos(2^j A) = sin(2ⁿA)/(2ⁿ sin A); with A = π/(2ⁿ ± 1), sin(2ⁿA) = ±sin A.
      const value = (plus ? 1 : -1) * 2 ** n;
      const factors = Array.from({ length: n }, (_, j) => `\\cos\\frac{${2 ** j === 1 ? '' : 2 ** j}\\pi}{${den}}`).join(' ');
      return num({
        params: { n, plus: plus ? 1 : 0 },
        text: `Find $\\dfrac{1}{${factors}}$.`,
        value,
        unit: '',
        // Mistakes: the sign of sin(2ⁿA) ignored; 2^{n−1}; 2ⁿ⁺¹.
        mistakes: [-value, (plus ? 1 : -1) * 2 ** (n - 1), (plus ? 1 : -1) * 2 ** (n + 1), value / 2],
        solution: `Multiply the product by $2^{${n}}\\sin A$ with $A = \\frac{\\pi}{${den}}$ and use $2\\sin\\theta\\cos\\theta = \\sin 2\\theta$ ${n} times: the product is $\\frac{\\sin ${2 ** n}A}{${2 ** n}\\sin A}$, and $\\sin ${2 ** n}A = \\sin\\left(\\pi ${plus ? '-' : '+'} A\\right) = ${plus ? '' : '-'}\\sin A$. So the product is $${plus ? '' : '-'}\\frac{1}{${2 ** n}}$ and its reciprocal is $${value}$.`,
        hi: {
          text: `$\\dfrac{1}{${factors}}$ ${HI_FIND}`,
          solution: `$A = \\frac{\\pi}{${den}}$ लेकर गुणनफल को $2^{${n}}\\sin A$ से गुणा कीजिए और $2\\sin\\theta\\cos\\theta = \\sin 2\\theta$ का ${n} बार प्रयोग कीजिए: गुणनफल $\\frac{\\sin ${2 ** n}A}{${2 ** n}\\sin A}$ है, और $\\sin ${2 ** n}A = \\sin\\left(\\pi ${plus ? '-' : '+'} A\\right) = ${plus ? '' : '-'}\\sin A$। अतः गुणनफल $${plus ? '' : '-'}\\frac{1}{${2 ** n}}$ तथा उसका व्युत्क्रम $${value}$ है।`,
        },
        result: [-32, 32],
      });
    },
  },
  {
    id: 'm.vec.angle-from-sum-length',
    subject: M,
    concepts: ['M.VEC.DOT', 'M.TRIG.RATIOS'],
    difficulty: 2,
    build(rng) {
      const p = rng.int(1, 6);
      const q = rng.int(1, 6);
      const theta = rng.pick([60, 90, 120]);
      const cos2 = theta === 60 ? 1 : theta === 90 ? 0 : -1; // 2cos θ
      const r2 = p * p + q * q + cos2 * p * q;
      const v = rng.int(0, 1);
      const value = theta;
      return num({
        params: { p, q, r2, v },
        text: `$|\\vec a| = ${p}$, $|\\vec b| = ${q}$ and $|\\vec a ${v === 0 ? '+' : '-'} \\vec b| = \\sqrt{${v === 0 ? r2 : p * p + q * q - cos2 * p * q}}$. Find the angle between $\\vec a$ and $\\vec b$ in degrees.`,
        value,
        unit: '',
        // Mistakes: the supplement (sign of the cross term slipped); 90°; half the angle.
        // Then the other standard angles, so no fallback scaling shows an impossible angle.
        mistakes: [180 - theta, theta === 90 ? 45 : 90, theta / 2, ...[30, 45, 135, 150].filter((x) => x !== theta)],
        solution: `$|\\vec a ${v === 0 ? '+' : '-'} \\vec b|^2 = |\\vec a|^2 + |\\vec b|^2 ${v === 0 ? '+' : '-'} 2\\vec a\\cdot\\vec b$, so $\\vec a \\cdot \\vec b = ${(cos2 * p * q) / 2}$ and $\\cos\\theta = \\frac{${(cos2 * p * q) / 2}}{${p * q}} = ${fracTex(cos2, 2)}$: $\\theta = ${theta}°$.`,
        hi: {
          text: `$|\\vec a| = ${p}$, $|\\vec b| = ${q}$ तथा $|\\vec a ${v === 0 ? '+' : '-'} \\vec b| = \\sqrt{${v === 0 ? r2 : p * p + q * q - cos2 * p * q}}$ है। $\\vec a$ और $\\vec b$ के बीच का कोण अंशों में ${HI_FIND}`,
          solution: `$|\\vec a ${v === 0 ? '+' : '-'} \\vec b|^2 = |\\vec a|^2 + |\\vec b|^2 ${v === 0 ? '+' : '-'} 2\\vec a\\cdot\\vec b$, अतः $\\vec a \\cdot \\vec b = ${(cos2 * p * q) / 2}$ तथा $\\cos\\theta = ${fracTex(cos2, 2)}$: $\\theta = ${theta}°$।`,
        },
        result: [60, 120],
      });
    },
  },
  {
    id: 'm.prob.distinct-digit-code',
    subject: M,
    concepts: ['M.PROB.BASIC', 'M.PC.PERM'],
    difficulty: 2,
    freeResponse: false,
    build(rng) {
      const len = rng.int(2, 5);
      const base = rng.pick([10, 6, 8]);
      const v = rng.int(0, 1);
      let distinct = 1;
      for (let i = 0; i < len; i++) distinct *= base - i;
      const pAll = distinct / base ** len;
      const value = v === 0 ? pAll : 1 - pAll;
      const what = base === 10 ? 'digits 0–9' : base === 6 ? 'the faces of a die (each code symbol is a die roll)' : 'the symbols 1–8';
      const whatHi = base === 10 ? 'अंकों 0–9' : base === 6 ? 'पासे के फलकों (प्रत्येक प्रतीक एक पासे की फेंक)' : 'प्रतीकों 1–8';
      return num({
        params: { len, base, v },
        text: `A code of length ${len} is formed by choosing each symbol at random from ${what}, repetition allowed. Find the probability that ${v === 0 ? 'all its symbols are different' : 'some symbol is repeated'}.`,
        value,
        unit: '',
        // Mistakes: the complement; combinations over permutations; 1/len!.
        // Bounded scalings last, so no fallback shows a probability above 1.
        mistakes: [1 - value, v === 0 ? distinct / (base ** len * 2) : 1 - distinct / (base ** len * 2), 1 / base, value / 2, (1 + value) / 2, value * value],
        sig: 3,
        solution: `All different: $\\frac{${Array.from({ length: len }, (_, i) => base - i).join(' \\cdot ')}}{${base}^{${len}}} = ${pAll.toFixed(4)}$${v === 1 ? `; a repeat has probability $1 - ${pAll.toFixed(4)} = ${value.toFixed(4)}$` : ''}.`,
        hi: {
          text: `लंबाई ${len} का एक कोड, प्रत्येक प्रतीक ${whatHi} में से यादृच्छया (पुनरावृत्ति सहित) चुनकर बनाया जाता है। प्रायिकता ज्ञात कीजिए कि ${v === 0 ? 'उसके सभी प्रतीक भिन्न हैं' : 'कोई प्रतीक दोहराया गया है'}।`,
          solution: `सभी भिन्न: $\\frac{${Array.from({ length: len }, (_, i) => base - i).join(' \\cdot ')}}{${base}^{${len}}} = ${pAll.toFixed(4)}$${v === 1 ? `; दोहराव की प्रायिकता $1 - ${pAll.toFixed(4)} = ${value.toFixed(4)}$` : ''}।`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.trig.tan-double-inverse',
    subject: M,
    concepts: ['M.TRIG.INV', 'M.TRIG.COMPOUND'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const a = rng.int(2, 9);
      const v = rng.int(0, 2);
      // θ = tan⁻¹(1/a): tan 2θ = 2a/(a² − 1), sin 2θ = 2a/(a² + 1), cos 2θ = (a² − 1)/(a² + 1).
      const [nu, de] = [[2 * a, a * a - 1], [2 * a, a * a + 1], [a * a - 1, a * a + 1]][v]!;
      const value = nu! / de!;
      const fn = ['\\tan', '\\sin', '\\cos'][v]!;
      return num({
        params: { a, v },
        text: `Find $${fn}\\left(2\\tan^{-1}\\frac{1}{${a}}\\right)$.`,
        value,
        unit: '',
        // Mistakes: twice the ratio at θ (2 tan θ, 2 sin θ, 2 cos θ); the other double-angle formula; the reciprocal.
        mistakes: [[2 / a, 2 / Math.sqrt(a * a + 1), (2 * a) / Math.sqrt(a * a + 1)][v]!, [(2 * a) / (a * a + 1), (2 * a) / (a * a - 1), (2 * a) / (a * a + 1)][v]!, de! / nu!],
        sig: 3,
        solution: `With $\\tan\\theta = \\frac{1}{${a}}$: $${fn} 2\\theta = ${['\\frac{2\\tan\\theta}{1 - \\tan^2\\theta}', '\\frac{2\\tan\\theta}{1 + \\tan^2\\theta}', '\\frac{1 - \\tan^2\\theta}{1 + \\tan^2\\theta}'][v]} = ${fracTex(nu!, de!)}$.`,
        hi: {
          text: `$${fn}\\left(2\\tan^{-1}\\frac{1}{${a}}\\right)$ ${HI_FIND}`,
          solution: `$\\tan\\theta = \\frac{1}{${a}}$ लेकर: $${fn} 2\\theta = ${['\\frac{2\\tan\\theta}{1 - \\tan^2\\theta}', '\\frac{2\\tan\\theta}{1 + \\tan^2\\theta}', '\\frac{1 - \\tan^2\\theta}{1 + \\tan^2\\theta}'][v]} = ${fracTex(nu!, de!)}$।`,
        },
        result: [0, 2],
      });
    },
  },
  {
    id: 'm.quad.integer-root-parameters',
    subject: M,
    concepts: ['M.QUAD.ROOTS', 'M.QUAD.SYMM'],
    difficulty: 3,
    build(rng) {
      const c = rng.pick([-36, -30, -24, -20, -18, -16, -12, -10, -8, -6, 6, 8, 10, 12, 16, 18, 20, 24, 30, 36]);
      // x² + kx + c = 0 has integer roots d, c/d ⇒ k = −(d + c/d) over the divisors d of c.
      const ks = new Set<number>();
      for (let d = -Math.abs(c); d <= Math.abs(c); d++) if (d !== 0 && c % d === 0) ks.add(-(d + c / d));
      const value = ks.size;
      let posDivisors = 0;
      for (let d = 1; d <= Math.abs(c); d++) if (c % d === 0) posDivisors++;
      return num({
        params: { c },
        text: `For how many integers $k$ does $x^2 + kx ${c < 0 ? '-' : '+'} ${Math.abs(c)} = 0$ have both roots integers?`,
        value,
        unit: '',
        // Mistakes: every divisor counted (pairs counted twice); only positive divisors; half of those.
        mistakes: [2 * posDivisors, posDivisors, value / 2 === Math.floor(value / 2) ? value / 2 : value + 2],
        solution: `If the roots are integers $d$ and $e$, then $de = ${c}$ and $k = -(d + e)$. The factor pairs of ${c} (with signs) give the distinct sums ${[...ks].sort((x, y) => x - y).join(', ')}: ${value} values of $k$.`,
        hi: {
          text: `$k$ के कितने पूर्णांक मानों के लिए $x^2 + kx ${c < 0 ? '-' : '+'} ${Math.abs(c)} = 0$ के दोनों मूल पूर्णांक हैं?`,
          solution: `यदि मूल पूर्णांक $d$ और $e$ हैं, तो $de = ${c}$ तथा $k = -(d + e)$। ${c} के (चिह्न सहित) गुणनखंड-युग्म भिन्न योग ${[...ks].sort((x, y) => x - y).join(', ')} देते हैं: $k$ के ${value} मान।`,
        },
        result: [2, 20],
      });
    },
  },
];
