import { num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Fourth question shapes for equally spaced sin² sums, repeated trials, a linear initial-value
 * problem, mean-value points, focal chords, products over roots of unity, focal triangles of an
 * ellipse and distances from the axes, in English and Hindi. Checked in math-depth-n.test.ts by
 * direct numeric sums, logarithms, RK4 integration, bisection on f', line–parabola intersection,
 * complex products, the focal-sum property and ternary search.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const integers = (xs: number[], value: number) => xs.filter((x) => Number.isInteger(x) && x !== value);
const pos = (xs: number[], value: number) => integers(xs, value).filter((x) => x > 0);
/** Hypotenuse-first triples (h, p, q) with p² + q² = h². */
const HYP = TRIPLES.map(([p, q, h]) => [h, p, q] as const);

export const mathDepthNGenerators: GeneratorDef[] = [
  {
    id: 'm.trig.equally-spaced-square-sum',
    subject: M,
    concepts: ['M.TRIG.RATIOS', 'M.TRIG.COMPOUND'],
    difficulty: 2,
    build(rng) {
      const d = rng.pick([2, 3, 5, 6, 9, 10, 15, 18, 30, 45]);
      const N = 90 / d;
      const v = rng.int(0, 1);
      // Pair kd with 90° − kd: sin² + cos² = 1 for each pair; the middle term (45°) if N is even
      // is ½ and 90° contributes 1 (sin²) or 0 (cos²). So Σ sin² = (N + 1)/2, Σ cos² = (N − 1)/2.
      const value = v === 0 ? (N + 1) / 2 : (N - 1) / 2;
      const fn = v === 0 ? '\\sin' : '\\cos';
      const shown = N <= 4 ? Array.from({ length: N }, (_, i) => `${fn}^2 ${(i + 1) * d}^\\circ`) : [1, 2, 3].map((i) => `${fn}^2 ${i * d}^\\circ`).concat('\\cdots', `${fn}^2 90^\\circ`);
      const terms = shown.join(' + ');
      return num({
        params: { d, v },
        text: `Find the value of $${terms}$.`,
        value,
        unit: '',
        // Mistakes: N/2 (the 90° term missed or the 45° term counted as 1); the other function's
        // sum; N terms each taken as 1.
        mistakes: [N / 2, v === 0 ? (N - 1) / 2 : (N + 1) / 2, N, (N + 1) / 2 + 1].filter((x) => x !== value && x > 0),
        solution: `There are ${N} terms. Pair $${fn}^2 \\theta$ with $${fn}^2 (90^\\circ - \\theta)$: each pair sums to $\\sin^2\\theta + \\cos^2\\theta = 1$. ${N % 2 === 0 ? `The unpaired $${fn}^2 45^\\circ = \\tfrac12$ and ` : ''}$${fn}^2 90^\\circ = ${v === 0 ? 1 : 0}$, so the sum is $${value}$.`,
        hi: {
          text: `$${terms}$ का मान ${HI_FIND}`,
          solution: `कुल ${N} पद हैं। $${fn}^2 \\theta$ को $${fn}^2 (90^\\circ - \\theta)$ के साथ युग्मित करें: प्रत्येक युग्म का योग $\\sin^2\\theta + \\cos^2\\theta = 1$ है। ${N % 2 === 0 ? `अयुग्मित $${fn}^2 45^\\circ = \\tfrac12$ तथा ` : ''}$${fn}^2 90^\\circ = ${v === 0 ? 1 : 0}$, अतः योग $${value}$ है।`,
        },
        result: [0.5, 23],
      });
    },
  },
  {
    id: 'm.prob.least-trials-at-least-once',
    subject: M,
    concepts: ['M.PROB.INDEP', 'M.PROB.DIST'],
    difficulty: 3,
    build(rng) {
      const pTenths = rng.int(2, 8);
      const target = rng.pick([0.9, 0.95, 0.98, 0.99, 0.999]);
      const p = pTenths / 10;
      // The least n with 1 − (1 − p)ⁿ ≥ target, by stepping n (no equality case occurs: (1 − p)ⁿ
      // with 1 − p in 0.2..0.8 never equals 0.1, 0.05, 0.02, 0.01 or 0.001).
      let n = 1;
      while (1 - (1 - p) ** n < target) n++;
      const ctx = rng.int(0, 1);
      const text = ctx === 0
        ? `A missile hits a target with probability ${p}, independently of the others. Find the least number of missiles that must be fired so that the probability of at least one hit is at least ${target}.`
        : `A shooter hits a target with probability ${p} on each shot, independently. Find the least number of shots needed so that the probability of hitting the target at least once is at least ${target}.`;
      const textHi = ctx === 0
        ? `एक प्रक्षेपास्त्र के लक्ष्य भेदने की प्रायिकता ${p} है (अन्य से स्वतंत्र)। कम से कम कितने प्रक्षेपास्त्र दागे जाएँ कि लक्ष्य के कम से कम एक बार भेदे जाने की प्रायिकता कम से कम ${target} हो? न्यूनतम संख्या ${HI_FIND}`
        : `एक निशानेबाज़ के प्रत्येक प्रयास में लक्ष्य भेदने की प्रायिकता ${p} है (स्वतंत्र रूप से)। लक्ष्य के कम से कम एक बार भेदे जाने की प्रायिकता कम से कम ${target} होने के लिए आवश्यक प्रयासों की न्यूनतम संख्या ${HI_FIND}`;
      return num({
        params: { pTenths, target, n, ctx },
        text,
        value: n,
        unit: '',
        // Mistakes: the boundary n − 1 (strict/non-strict slip) or n + 1; probabilities added
        // (n p ≥ target); (1 − p)ⁿ ≥ target confused with pⁿ ≤ 1 − target.
        mistakes: pos([n - 1, n + 1, Math.ceil(target / p), Math.ceil(Math.log(1 - target) / Math.log(p)), n + 2], n),
        solution: `$P(\\text{no hit in } n) = ${(1 - p).toFixed(1)}^n$, so we need $1 - ${(1 - p).toFixed(1)}^n \\ge ${target}$, i.e. $${(1 - p).toFixed(1)}^n \\le ${+(1 - target).toFixed(3)}$. $${(1 - p).toFixed(1)}^{${n - 1}} = ${+((1 - p) ** (n - 1)).toPrecision(3)}$ is too large, $${(1 - p).toFixed(1)}^{${n}} = ${+((1 - p) ** n).toPrecision(3)}$ is small enough: $n = ${n}$.`,
        hi: {
          text: textHi,
          solution: `$n$ प्रयासों में एक भी सफलता न मिलने की प्रायिकता $${(1 - p).toFixed(1)}^n$ है; आवश्यक $${(1 - p).toFixed(1)}^n \\le ${+(1 - target).toFixed(3)}$। $${(1 - p).toFixed(1)}^{${n - 1}} = ${+((1 - p) ** (n - 1)).toPrecision(3)}$ अधिक है, $${(1 - p).toFixed(1)}^{${n}} = ${+((1 - p) ** n).toPrecision(3)}$ पर्याप्त है: $n = ${n}$।`,
        },
        result: [1, 31],
      });
    },
  },
  {
    id: 'm.de.linear-ivp-value',
    subject: M,
    concepts: ['M.DE.LINEAR', 'M.DE.BASICS'],
    difficulty: 3,
    build(rng) {
      const m = rng.int(0, 3);
      const j = rng.pick([-3, -2, -1, 1, 2, 3]);
      const k = (m + 2) * j;
      const C = 2 * rng.int(-6, 6);
      const c = j + C;
      // IF = x: (xy)' = k x^{m+1} ⇒ xy = j x^{m+2} + C ⇒ y = j x^{m+1} + C/x; y(1) = j + C = c.
      const value = j * 2 ** (m + 1) + C / 2;
      const jx = j === 1 ? '' : j === -1 ? '-' : `${j}`;
      const rhs = m === 0 ? `${k}` : `${k}x${m === 1 ? '' : `^{${m}}`}`;
      return num({
        params: { m, k, c },
        text: `$y(x)$ satisfies $\\frac{dy}{dx} + \\frac{y}{x} = ${rhs}$ for $x > 0$ and $y(1) = ${c}$. Find $y(2)$.`,
        value,
        unit: '',
        // Mistakes: the constant not divided by x (y = j x^{m+1} + C); the integrating factor
        // taken as 1/x (so y = … C x); the constant dropped.
        mistakes: integers([j * 2 ** (m + 1) + C, j * 2 ** (m + 1), j * 2 ** (m + 1) + 2 * C, (k * 2 ** (m + 1)) / (m + 1) + (c - k / (m + 1)) / 2], value),
        solution: `Integrating factor $e^{\\int dx/x} = x$: $\\frac{d}{dx}(xy) = ${k}x^{${m + 1}}$, so $xy = ${jx}x^{${m + 2}} + C$. $y(1) = ${c}$ gives $C = ${C}$, and $y(2) = \\frac{${j}\\cdot 2^{${m + 2}} + (${C})}{2} = ${value}$.`,
        hi: {
          text: `$y(x)$ अवकल समीकरण $\\frac{dy}{dx} + \\frac{y}{x} = ${rhs}$ ($x > 0$) तथा $y(1) = ${c}$ को संतुष्ट करता है। $y(2)$ ${HI_FIND}`,
          solution: `समाकलन गुणक $e^{\\int dx/x} = x$: $\\frac{d}{dx}(xy) = ${k}x^{${m + 1}}$, अतः $xy = ${jx}x^{${m + 2}} + C$। $y(1) = ${c}$ से $C = ${C}$, तथा $y(2) = \\frac{${j}\\cdot 2^{${m + 2}} + (${C})}{2} = ${value}$।`,
        },
        result: [-60, 60],
      });
    },
  },
  {
    id: 'm.app.lmvt-point',
    subject: M,
    concepts: ['M.APP.MVT', 'M.CONT.DIFF'],
    difficulty: 3,
    build(rng) {
      const v = rng.int(0, 1);
      let a: number;
      let b: number;
      let value: number;
      if (v === 0) {
        // f = 1/x on [s u², s w²]: (f(b) − f(a))/(b − a) = −1/(ab) = −1/c² ⇒ c = √(ab) = s u w.
        const s = rng.int(1, 3);
        const u = rng.int(1, 4);
        const w = u + rng.int(1, 4);
        [a, b, value] = [s * u * u, s * w * w, s * u * w];
      } else {
        // f = √x on [u², w²]: slope 1/(u + w) = 1/(2√c) ⇒ c = ((u + w)/2)², u + w even.
        const u = rng.int(1, 8);
        const w = u + 2 * rng.int(1, 4);
        [a, b, value] = [u * u, w * w, ((u + w) / 2) ** 2];
      }
      const f = v === 0 ? '\\frac{1}{x}' : '\\sqrt{x}';
      return num({
        params: { v, a, b },
        text: `Find the value of $c$ given by Lagrange's mean value theorem for $f(x) = ${f}$ on $[${a}, ${b}]$.`,
        value,
        unit: '',
        // Mistakes: the midpoint (a + b)/2; the harmonic or geometric mean in the wrong case.
        mistakes: integers([(a + b) / 2, Math.round((2 * a * b) / (a + b)) === (2 * a * b) / (a + b) ? (2 * a * b) / (a + b) : NaN, v === 1 ? Math.sqrt(a * b) : ((Math.sqrt(a) + Math.sqrt(b)) / 2) ** 2, a + 1, b - 1], value).filter((x) => x > a && x < b),
        solution: v === 0
          ? `$f'(c) = -\\frac{1}{c^2}$ and $\\frac{f(${b}) - f(${a})}{${b} - ${a}} = -\\frac{1}{${a}\\cdot${b}}$, so $c^2 = ${a * b}$ and $c = ${value}$ (inside the interval).`
          : `$f'(c) = \\frac{1}{2\\sqrt c}$ and $\\frac{\\sqrt{${b}} - \\sqrt{${a}}}{${b} - ${a}} = \\frac{1}{${Math.sqrt(a) + Math.sqrt(b)}}$, so $\\sqrt c = ${(Math.sqrt(a) + Math.sqrt(b)) / 2}$ and $c = ${value}$.`,
        hi: {
          text: `अंतराल $[${a}, ${b}]$ पर $f(x) = ${f}$ के लिए लग्रांज के माध्यमान प्रमेय से प्राप्त $c$ का मान ${HI_FIND}`,
          solution: v === 0
            ? `$f'(c) = -\\frac{1}{c^2}$ तथा $\\frac{f(${b}) - f(${a})}{${b} - ${a}} = -\\frac{1}{${a}\\cdot${b}}$, अतः $c^2 = ${a * b}$ और $c = ${value}$ (अंतराल के भीतर)।`
            : `$f'(c) = \\frac{1}{2\\sqrt c}$ तथा $\\frac{\\sqrt{${b}} - \\sqrt{${a}}}{${b} - ${a}} = \\frac{1}{${Math.sqrt(a) + Math.sqrt(b)}}$, अतः $\\sqrt c = ${(Math.sqrt(a) + Math.sqrt(b)) / 2}$ और $c = ${value}$।`,
        },
        result: [1, 150],
      });
    },
  },
  {
    id: 'm.cg.parabola-focal-chord-segment',
    subject: M,
    concepts: ['M.CG.PARABOLA'],
    difficulty: 4,
    build(rng) {
      const a = rng.int(1, 6);
      const divisors = Array.from({ length: a * a }, (_, i) => i + 1).filter((d) => (a * a) % d === 0);
      const d = rng.pick(divisors);
      const sp = a + d;
      // 1/SP + 1/SQ = 1/a for any focal chord PQ ⇒ SQ = a·SP/(SP − a) = a²/d + a.
      const value = (a * a) / d + a;
      return num({
        params: { a, sp },
        text: `$PQ$ is a focal chord of the parabola $y^2 = ${4 * a}x$ with focus $S$. If $SP = ${sp}$, find $SQ$.`,
        value,
        unit: '',
        // Mistakes: SQ = SP (symmetric chord assumed); the latus rectum 4a; SP − a; 1/SP + 1/SQ = 2/a.
        mistakes: pos([sp, 4 * a, sp - a, 2 * a, (2 * a * sp) / (2 * sp - 2 * a) === Math.floor((2 * a * sp) / (2 * sp - 2 * a)) ? (2 * a * sp) / (2 * sp - 2 * a) : NaN, (a * sp) / (2 * sp - a)], value),
        solution: `For a focal chord the semi-latus rectum $${2 * a}$ is the harmonic mean of $SP$ and $SQ$: $\\frac{1}{SP} + \\frac{1}{SQ} = \\frac{1}{${a}}$. So $\\frac{1}{SQ} = \\frac{1}{${a}} - \\frac{1}{${sp}} = \\frac{${d}}{${a * sp}}$ and $SQ = ${value}$.`,
        hi: {
          text: `$PQ$ परवलय $y^2 = ${4 * a}x$ की एक नाभीय जीवा है, जिसकी नाभि $S$ है। यदि $SP = ${sp}$ हो, तो $SQ$ ${HI_FIND}`,
          solution: `नाभीय जीवा के लिए अर्ध-नाभिलंब $${2 * a}$, $SP$ और $SQ$ का हरात्मक माध्य है: $\\frac{1}{SP} + \\frac{1}{SQ} = \\frac{1}{${a}}$। अतः $\\frac{1}{SQ} = \\frac{${d}}{${a * sp}}$ तथा $SQ = ${value}$।`,
        },
        result: [2, 50],
      });
    },
  },
  {
    id: 'm.cplx.roots-of-unity-product',
    subject: M,
    concepts: ['M.CPLX.ROOTS', 'M.QUAD.FORM'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(3, 8);
      const x = rng.pick([-3, -2, 2, 3, 4]);
      // ∏_{j=1}^{n−1} (x − ωʲ) = (xⁿ − 1)/(x − 1) = 1 + x + ⋯ + x^{n−1}.
      const value = (x ** n - 1) / (x - 1);
      const roots = n === 3 ? '1, \\omega_1, \\omega_2' : `1, \\omega_1, \\omega_2, \\ldots, \\omega_{${n - 1}}`;
      const prod = n === 3 ? `(${x} - \\omega_1)(${x} - \\omega_2)` : `(${x} - \\omega_1)(${x} - \\omega_2)\\cdots(${x} - \\omega_{${n - 1}})`;
      const ord = n === 3 ? 'cube' : `${n}th`;
      return num({
        params: { n, x },
        text: `$${roots}$ are the ${ord} roots of unity. Find $${prod}$.`,
        value,
        unit: '',
        // Mistakes: xⁿ − 1 (the factor x − 1 kept); xⁿ + 1; the sum to n terms with a sign slip.
        mistakes: integers([x ** n - 1, x ** n + 1, (x ** n + 1) / (x + 1), (x ** (n - 1) - 1) / (x - 1), -value], value),
        solution: `$z^{${n}} - 1 = (z - 1)(z - \\omega_1)\\cdots(z - \\omega_{${n - 1}})$, so the product is $\\frac{z^{${n}} - 1}{z - 1} = 1 + z + \\cdots + z^{${n - 1}}$ at $z = ${x}$: $\\frac{${x ** n - 1}}{${x - 1}} = ${value}$.`,
        hi: {
          text: `$${roots}$ इकाई के ${n === 3 ? 'घनमूल' : `${n}वें मूल`} हैं। $${prod}$ ${HI_FIND}`,
          solution: `$z^{${n}} - 1 = (z - 1)(z - \\omega_1)\\cdots(z - \\omega_{${n - 1}})$, अतः गुणनफल $z = ${x}$ पर $\\frac{z^{${n}} - 1}{z - 1} = \\frac{${x ** n - 1}}{${x - 1}} = ${value}$ है।`,
        },
        result: [-2000, 22000],
      });
    },
  },
  {
    id: 'm.cg.ellipse-focal-triangle',
    subject: M,
    concepts: ['M.CG.ELLIPSE'],
    difficulty: 2,
    build(rng) {
      const [A, B, C] = rng.pick(HYP) as unknown as [number, number, number];
      const vertical = rng.int(0, 1) === 1;
      const v = rng.int(0, 1);
      // Semi-axes A > B, focal distance C = √(A² − B²). Perimeter of P S₁ S₂ = 2A + 2C; the rhombus
      // on the foci and the ends of the minor axis has diagonals 2C and 2B: area 2BC.
      const value = v === 0 ? 2 * A + 2 * C : 2 * B * C;
      const eq = vertical ? `\\frac{x^2}{${B * B}} + \\frac{y^2}{${A * A}} = 1` : `\\frac{x^2}{${A * A}} + \\frac{y^2}{${B * B}} = 1`;
      const ask = v === 0
        ? `$P$ is a point on it, not on the major axis. Find the perimeter of triangle $PS_1S_2$.`
        : 'Find the area of the quadrilateral whose vertices are the foci and the ends of the minor axis.';
      const askHi = v === 0
        ? `$P$ इस पर कोई बिंदु है जो दीर्घ अक्ष पर नहीं है। त्रिभुज $PS_1S_2$ का परिमाप ${HI_FIND}`
        : 'उस चतुर्भुज का क्षेत्रफल ज्ञात कीजिए जिसके शीर्ष नाभियाँ तथा लघु अक्ष के सिरे हैं।';
      return num({
        params: { A, B, v, vertical: vertical ? 1 : 0 },
        text: `$S_1$ and $S_2$ are the foci of the ellipse $${eq}$. ${ask}`,
        value,
        unit: '',
        // Mistakes: C taken as √(A² + B²)-like slips (2A + 2B), the focal sum 2A alone, half the
        // rhombus, the axes' product.
        mistakes: pos(v === 0 ? [2 * A + 2 * B, 2 * A, 2 * A + C, 4 * A] : [B * C, 4 * B * C, 2 * A * B, A * B], value),
        solution: `$a = ${A}$, $b = ${B}$, $c = \\sqrt{a^2 - b^2} = ${C}$. ${v === 0 ? `$PS_1 + PS_2 = 2a = ${2 * A}$ and $S_1S_2 = 2c = ${2 * C}$, so the perimeter is $${value}$.` : `The quadrilateral is a rhombus with diagonals $2c = ${2 * C}$ and $2b = ${2 * B}$: area $\\frac12 \\cdot ${2 * C} \\cdot ${2 * B} = ${value}$.`}`,
        hi: {
          text: `दीर्घवृत्त $${eq}$ की नाभियाँ $S_1$ तथा $S_2$ हैं। ${askHi}`,
          solution: `$a = ${A}$, $b = ${B}$, $c = \\sqrt{a^2 - b^2} = ${C}$। ${v === 0 ? `$PS_1 + PS_2 = 2a = ${2 * A}$ तथा $S_1S_2 = 2c = ${2 * C}$, अतः परिमाप $${value}$ है।` : `चतुर्भुज एक समचतुर्भुज है जिसके विकर्ण $${2 * C}$ तथा $${2 * B}$ हैं: क्षेत्रफल $${value}$।`}`,
        },
        result: [10, 1300],
      });
    },
  },
  {
    id: 'm.3d.distance-from-axes',
    subject: M,
    concepts: ['M.3D.BASICS'],
    difficulty: 2,
    build(rng) {
      const v = rng.int(0, 1);
      const [h, p, q] = rng.pick(HYP) as unknown as [number, number, number];
      const axis = rng.int(0, 2);
      const other = rng.int(-9, 9);
      const sgn = [rng.pick([-1, 1]), rng.pick([-1, 1])];
      // v = 0: the coordinates off the chosen axis are ±p, ±q, so the distance is h.
      // v = 1: the squared distances from the three axes add to 2(x² + y² + z²).
      const pt = [0, 0, 0];
      const offAxis = [0, 1, 2].filter((i) => i !== axis);
      pt[axis] = other;
      pt[offAxis[0]!] = sgn[0]! * p;
      pt[offAxis[1]!] = sgn[1]! * q;
      const P = v === 0 ? pt : [rng.pick([-9, -7, -5, -3, -2, -1, 1, 2, 3, 4, 6, 8]), rng.int(-9, 9), rng.int(-9, 9)];
      const r2 = P[0]! ** 2 + P[1]! ** 2 + P[2]! ** 2;
      const value = v === 0 ? h : 2 * r2;
      const axisName = ['x', 'y', 'z'][axis]!;
      return num({
        params: { v, x: P[0]!, y: P[1]!, z: P[2]!, axis },
        text: v === 0
          ? `Find the distance of the point $(${P.join(', ')})$ from the ${axisName}-axis.`
          : `Find the sum of the squares of the distances of the point $(${P.join(', ')})$ from the three coordinate axes.`,
        value,
        unit: '',
        // Mistakes: the coordinate along the axis used; the distance from the origin; x² + y² + z²
        // (each coordinate counted once).
        mistakes: pos(v === 0 ? [Math.abs(other), Math.sqrt(r2), p + q, Math.abs(other) + p] : [r2, 3 * r2, Math.abs(P[0]!) + Math.abs(P[1]!) + Math.abs(P[2]!)], value),
        solution: v === 0
          ? `The distance from the ${axisName}-axis uses the other two coordinates: $\\sqrt{${p * p} + ${q * q}} = ${h}$.`
          : `The squared distance from the x-axis is $y^2 + z^2$, and so on; the sum is $2(x^2 + y^2 + z^2) = 2 \\times ${r2} = ${value}$.`,
        hi: {
          text: v === 0
            ? `बिंदु $(${P.join(', ')})$ की ${axisName}-अक्ष से दूरी ${HI_FIND}`
            : `बिंदु $(${P.join(', ')})$ की तीनों निर्देशांक अक्षों से दूरियों के वर्गों का योग ${HI_FIND}`,
          solution: v === 0
            ? `${axisName}-अक्ष से दूरी में अन्य दो निर्देशांक आते हैं: $\\sqrt{${p * p} + ${q * q}} = ${h}$।`
            : `x-अक्ष से दूरी का वर्ग $y^2 + z^2$ है, इसी प्रकार अन्य; योग $2(x^2 + y^2 + z^2) = 2 \\times ${r2} = ${value}$।`,
        },
        result: [1, 500],
      });
    },
  },
];
