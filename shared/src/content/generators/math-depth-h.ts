import { fracTex, polyTex, term } from './format.ts';
import { nonZero, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Third question shapes for integrals, differential equations, lines, circles and conics and
 * planes, in English and Hindi. Checked in math-depth-h.test.ts by residues, Simpson, RK4,
 * distance minimisation, bisection on curves and golden-section search.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const sgn = (v: number): string => (v >= 0 ? `+ ${v}` : `- ${-v}`);
/** Σ cᵢ·vᵢ as LaTeX, zero terms left out: `2x - y + z`. */
const lin = (coefs: readonly number[], vars: readonly string[]): string => {
  const parts: string[] = [];
  coefs.forEach((c, i) => {
    if (c !== 0) parts.push(term(c, 1, parts.length === 0, vars[i]));
  });
  return parts.join(' ') || '0';
};

/** Circle pairs: distances p, q from the centres to the common chord, half-chord h, radii r1, r2. */
const CHORD_PAIRS: readonly [number, number, number, number, number][] = [
  [5, 9, 12, 13, 15], [9, 16, 12, 15, 20], [5, 16, 12, 13, 20], [3, 3, 4, 5, 5], [6, 15, 8, 10, 17], [6, 6, 8, 10, 10], [9, 5, 12, 15, 13], [15, 6, 8, 17, 10],
];

/** Ellipses with foci (±c, 0) whose latus-rectum end (c, b²/a) has integer coordinates: [a, c]. */
const ELLIPSES: [number, number][] = [];
for (let a = 3; a <= 25; a++) for (let c = 1; c < a; c++) if ((c * c) % a === 0) ELLIPSES.push([a, c]);

export const mathDepthHGenerators: GeneratorDef[] = [
  {
    id: 'm.int.partial-fraction-coefficients',
    subject: M,
    concepts: ['M.INT.INDEF', 'M.INT.METHODS'],
    difficulty: 2,
    build(rng) {
      const a = rng.int(-5, 5);
      const b = rng.pick([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5].filter((x) => x !== a));
      const A = nonZero(rng, -6, 6);
      const B = nonZero(rng, -6, 6);
      // (px + q)/((x − a)(x − b)) = A/(x − a) + B/(x − b) ⇒ p = A + B, q = −(Ab + Ba).
      const p = A + B;
      const q = -(A * b + B * a);
      const v = rng.int(0, 1);
      const value = v === 0 ? A + 2 * B : A * B;
      const den = `(x ${sgn(-a)})(x ${sgn(-b)})`.replace(/x \+ 0/g, 'x').replace(/\(x\)/g, 'x');
      return num({
        params: { p, q, a, b, v },
        text: `$\\int \\frac{${polyTex([q, p])}}{${den}}\\,dx = A\\log_e|x ${sgn(-a)}| + B\\log_e|x ${sgn(-b)}| + C$. Find ${v === 0 ? '$A + 2B$' : '$AB$'}.`.replace(/x \+ 0\|/g, 'x|'),
        value,
        unit: '',
        // Mistakes: A and B swapped; the cover-up done with the wrong sign of (a − b).
        mistakes: v === 0 ? [B + 2 * A, -A - 2 * B, A - 2 * B] : [-A * B, (A + 1) * B, A * (B - 1)],
        solution: `Cover-up: $A = \\frac{${p}(${a}) ${sgn(q)}}{${a} - (${b})} = ${A}$ and $B = \\frac{${p}(${b}) ${sgn(q)}}{${b} - (${a})} = ${B}$, so ${v === 0 ? `$A + 2B = ${value}$` : `$AB = ${value}$`}.`,
        hi: {
          text: `$\\int \\frac{${polyTex([q, p])}}{${den}}\\,dx = A\\log_e|x ${sgn(-a)}| + B\\log_e|x ${sgn(-b)}| + C$ है। ${v === 0 ? '$A + 2B$' : '$AB$'} ${HI_FIND}`.replace(/x \+ 0\|/g, 'x|'),
          solution: `आंशिक भिन्न: $A = \\frac{${p}(${a}) ${sgn(q)}}{${a} - (${b})} = ${A}$ तथा $B = \\frac{${p}(${b}) ${sgn(q)}}{${b} - (${a})} = ${B}$, अतः ${v === 0 ? `$A + 2B = ${value}$` : `$AB = ${value}$`}।`,
        },
        result: [-40, 40],
      });
    },
  },
  {
    id: 'm.int.parts-power-log',
    subject: M,
    concepts: ['M.INT.METHODS', 'M.INT.DEF'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(1, 4);
      const k = rng.int(1, 2);
      const c = rng.int(1, 3);
      // ∫₁^{e^k} xⁿ ln(x^c) dx = c[x^{n+1}(ln x/(n+1) − 1/(n+1)²)]₁^{e^k}.
      const N = n + 1;
      const top = Math.exp(k * N);
      const value = c * (top * (k / N - 1 / (N * N)) + 1 / (N * N));
      const xn = n === 1 ? 'x' : `x^{${n}}`;
      const lg = c === 1 ? '\\log_e x' : `\\log_e x^{${c}}`;
      const upper = k === 1 ? 'e' : `e^{${k}}`;
      return num({
        params: { n, k, c },
        text: `Evaluate $\\int_1^{${upper}} ${xn}\\,${lg}\\,dx$.`,
        value,
        unit: '',
        // Mistakes: the boundary term only; the minus sign of the second term slipped; c dropped.
        mistakes: [c * top * (k / N), c * (top * (k / N + 1 / (N * N)) - 1 / (N * N)), value / c === value ? value * 2 : value / c],
        sig: 4,
        solution: `${c === 1 ? '' : `$\\log_e x^{${c}} = ${c}\\log_e x$. `}By parts with $u = \\log_e x$: $\\int x^{${n}}\\log_e x\\,dx = \\frac{x^{${N}}}{${N}}\\log_e x - \\frac{x^{${N}}}{${N * N}}$. From 1 to $${upper}$: $${c === 1 ? '' : c}\\left(e^{${k * N}}\\left(\\frac{${k}}{${N}} - \\frac{1}{${N * N}}\\right) + \\frac{1}{${N * N}}\\right) \\approx ${value.toFixed(2)}$.`,
        hi: {
          text: `$\\int_1^{${upper}} ${xn}\\,${lg}\\,dx$ का मान ज्ञात कीजिए।`,
          solution: `${c === 1 ? '' : `$\\log_e x^{${c}} = ${c}\\log_e x$। `}$u = \\log_e x$ लेकर खंडशः समाकलन: $\\int x^{${n}}\\log_e x\\,dx = \\frac{x^{${N}}}{${N}}\\log_e x - \\frac{x^{${N}}}{${N * N}}$। 1 से $${upper}$ तक: $${c === 1 ? '' : c}\\left(e^{${k * N}}\\left(\\frac{${k}}{${N}} - \\frac{1}{${N * N}}\\right) + \\frac{1}{${N * N}}\\right) \\approx ${value.toFixed(2)}$।`,
        },
        result: [0.5, 50_000],
      });
    },
  },
  {
    id: 'm.int.periodic-modulus',
    subject: M,
    concepts: ['M.INT.PROP', 'M.INT.DEF'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(2, 12);
      const v = rng.int(0, 2);
      const texts = [
        `\\int_0^{${n}\\pi + \\frac{\\pi}{2}} |\\sin x|\\,dx`,
        `\\int_0^{${2 * n}} (x - [x])\\,dx`,
        `\\int_0^{${n}\\pi} |\\cos x|\\,dx`,
      ];
      const value = [2 * n + 1, n, 2 * n][v] as number;
      return num({
        params: { n, v },
        text: `Evaluate $${texts[v]}$${v === 1 ? ', where $[x]$ is the greatest integer not exceeding $x$' : ''}.`,
        value,
        unit: '',
        // Mistakes: the modulus dropped (signed integral); one period too many; half the value.
        mistakes: [[1, 0, 0][v]!, value + 2, value / 2, value - 1],
        solution: [
          `$|\\sin x|$ has period $\\pi$ and $\\int_0^{\\pi}|\\sin x|\\,dx = 2$; the extra $\\int_0^{\\pi/2}\\sin x\\,dx = 1$. Total $2(${n}) + 1 = ${value}$.`,
          `$x - [x]$ has period 1 and $\\int_0^1 x\\,dx = \\frac12$, so the integral is $${2 * n} \\times \\frac12 = ${value}$.`,
          `$|\\cos x|$ has period $\\pi$ and $\\int_0^{\\pi}|\\cos x|\\,dx = 2$, so the integral is $2(${n}) = ${value}$.`,
        ][v] as string,
        hi: {
          text: `$${texts[v]}$ का मान ज्ञात कीजिए${v === 1 ? ', जहाँ $[x]$, $x$ से अनधिक महत्तम पूर्णांक है' : ''}।`,
          solution: [
            `$|\\sin x|$ का आवर्त $\\pi$ है और $\\int_0^{\\pi}|\\sin x|\\,dx = 2$; अतिरिक्त $\\int_0^{\\pi/2}\\sin x\\,dx = 1$। कुल $2(${n}) + 1 = ${value}$।`,
            `$x - [x]$ का आवर्त 1 है और $\\int_0^1 x\\,dx = \\frac12$, अतः समाकल $${2 * n} \\times \\frac12 = ${value}$ है।`,
            `$|\\cos x|$ का आवर्त $\\pi$ है और $\\int_0^{\\pi}|\\cos x|\\,dx = 2$, अतः समाकल $2(${n}) = ${value}$ है।`,
          ][v] as string,
        },
        result: [0, 30],
      });
    },
  },
  {
    id: 'm.de.separable-ivp',
    subject: M,
    concepts: ['M.DE.SEPARABLE'],
    difficulty: 3,
    build(rng) {
      // y dy = (x + a) dx ⇒ y² = x² + 2ax + y0²; choose data so y(x1) is a whole number.
      let st = { a: 1, y0: 3, x1: 4, y1: 5 };
      for (let tries = 0; tries < 200; tries++) {
        const a = rng.int(-3, 5);
        const y0 = rng.int(1, 9);
        const x1 = rng.int(1, 8);
        const s = x1 * x1 + 2 * a * x1 + y0 * y0;
        const r = Math.round(Math.sqrt(s));
        // x² + 2ax + y0² must stay positive on [0, x1] so the solution exists there.
        let ok = r * r === s && r > 0;
        for (let x = 0; x <= x1 && ok; x += 0.25) ok = x * x + 2 * a * x + y0 * y0 > 0;
        if (ok) {
          st = { a, y0, x1, y1: r };
          break;
        }
      }
      const { a, y0, x1, y1 } = st;
      return num({
        params: { a, y0, x1 },
        text: `$y\\,\\frac{dy}{dx} = x ${sgn(a)}$ with $y(0) = ${y0}$ and $y > 0$. Find $y(${x1})$.`.replace('x + 0$', 'x$'),
        value: y1,
        unit: '',
        // Mistakes: y² given instead of y; the factor 2 on integrating y dy dropped; the constant dropped.
        mistakes: [y1 * y1, Math.sqrt((x1 * x1) / 2 + a * x1 + y0 * y0), Math.sqrt(Math.abs(x1 * x1 + 2 * a * x1)) || y1 + 1, y1 + 1],
        solution: `Separating: $\\int y\\,dy = \\int (x ${sgn(a)})\\,dx$, so $y^2 = x^2 + ${2 * a}x + C$; $y(0) = ${y0}$ gives $C = ${y0 * y0}$. At $x = ${x1}$: $y^2 = ${y1 * y1}$, $y = ${y1}$.`,
        hi: {
          text: `$y\\,\\frac{dy}{dx} = x ${sgn(a)}$, $y(0) = ${y0}$ तथा $y > 0$ है। $y(${x1})$ ${HI_FIND}`.replace('x + 0$', 'x$'),
          solution: `चरों को पृथक करने पर: $\\int y\\,dy = \\int (x ${sgn(a)})\\,dx$, अतः $y^2 = x^2 + ${2 * a}x + C$; $y(0) = ${y0}$ से $C = ${y0 * y0}$। $x = ${x1}$ पर: $y^2 = ${y1 * y1}$, $y = ${y1}$।`,
        },
        result: [1, 20],
      });
    },
  },
  {
    id: 'm.de.linear-power-coefficient',
    subject: M,
    concepts: ['M.DE.LINEAR', 'M.INT.INDEF'],
    difficulty: 4,
    build(rng) {
      const k = rng.int(1, 3);
      const n = rng.int(0, 3);
      const c = rng.int(-3, 4);
      const x1 = rng.int(2, 3);
      // Integrating factor x^k: (y x^k)' = x^{n+k} ⇒ y = x^{n+1}/(n+k+1) + C/x^k, y(1) = c.
      const m = n + k + 1;
      const C = c - 1 / m;
      const value = x1 ** (n + 1) / m + C / x1 ** k;
      const rhs = n === 0 ? '1' : n === 1 ? 'x' : `x^{${n}}`;
      return num({
        params: { k, n, c, x1 },
        text: `Solve $\\frac{dy}{dx} + \\frac{${k === 1 ? '' : k}y}{x} = ${rhs}$ for $x > 0$ with $y(1) = ${c}$, and find $y(${x1})$.`,
        value,
        unit: '',
        // Mistakes: the constant of integration left out; integrating factor e^{k x}-style slip
        // (C·x^k); the particular part alone at x₁ with C = c.
        mistakes: [x1 ** (n + 1) / m, x1 ** (n + 1) / m + C * x1 ** k, x1 ** (n + 1) / m + c / x1 ** k],
        sig: 4,
        solution: `Integrating factor $e^{\\int ${k}/x\\,dx} = x^{${k}}$: $\\frac{d}{dx}(yx^{${k}}) = x^{${n + k}}$, so $yx^{${k}} = \\frac{x^{${m}}}{${m}} + C$. $y(1) = ${c}$ gives $C = ${fracTex(c * m - 1, m)}$. Then $y(${x1}) = \\frac{${x1}^{${n + 1}}}{${m}} + \\frac{C}{${x1}^{${k}}} \\approx ${value.toFixed(2)}$.`,
        hi: {
          text: `$x > 0$ के लिए $\\frac{dy}{dx} + \\frac{${k === 1 ? '' : k}y}{x} = ${rhs}$ को $y(1) = ${c}$ के साथ हल कीजिए और $y(${x1})$ ${HI_FIND}`,
          solution: `समाकलन गुणक $e^{\\int ${k}/x\\,dx} = x^{${k}}$: $\\frac{d}{dx}(yx^{${k}}) = x^{${n + k}}$, अतः $yx^{${k}} = \\frac{x^{${m}}}{${m}} + C$। $y(1) = ${c}$ से $C = ${fracTex(c * m - 1, m)}$। तब $y(${x1}) = \\frac{${x1}^{${n + 1}}}{${m}} + \\frac{C}{${x1}^{${k}}} \\approx ${value.toFixed(2)}$।`,
        },
        result: [-5, 30],
      });
    },
  },
  {
    id: 'm.cg.reflection-in-line',
    subject: M,
    concepts: ['M.CG.STRAIGHT', 'M.CG.POINTS'],
    difficulty: 2,
    build(rng) {
      const a = nonZero(rng, -3, 3);
      const b = nonZero(rng, -3, 3);
      const px = rng.int(-6, 6);
      const py = rng.int(-6, 6);
      const t = nonZero(rng, -2, 2);
      // Image I = P − 2t(a, b); the line through the midpoint P − t(a, b) with normal (a, b).
      const ix = px - 2 * t * a;
      const iy = py - 2 * t * b;
      const c = -(a * (px - t * a) + b * (py - t * b));
      const value = ix + iy;
      const line = `${lin([a, b], ['x', 'y'])}${c === 0 ? '' : ` ${sgn(c)}`} = 0`;
      return num({
        params: { a, b, c, px, py },
        text: `Find the sum of the coordinates of the image of $(${px}, ${py})$ in the line $${line}$.`,
        value,
        unit: '',
        // Mistakes: the foot of the perpendicular instead of the image; the point itself; the sign
        // of the displacement reversed.
        mistakes: [px - t * a + py - t * b, px + py, px + 2 * t * a + py + 2 * t * b],
        solution: `The image is $(x, y)$ with $\\frac{x - (${px})}{${a}} = \\frac{y - (${py})}{${b}} = \\frac{-2[(${a})(${px}) + (${b})(${py}) + (${c})]}{${a * a + b * b}} = ${-2 * t}$: $(${ix}, ${iy})$, sum $${value}$.`,
        hi: {
          text: `रेखा $${line}$ में बिंदु $(${px}, ${py})$ के प्रतिबिंब के निर्देशांकों का योग ${HI_FIND}`,
          solution: `प्रतिबिंब $(x, y)$ के लिए $\\frac{x - (${px})}{${a}} = \\frac{y - (${py})}{${b}} = \\frac{-2[(${a})(${px}) + (${b})(${py}) + (${c})]}{${a * a + b * b}} = ${-2 * t}$: $(${ix}, ${iy})$, योग $${value}$।`,
        },
        result: [-40, 40],
      });
    },
  },
  {
    id: 'm.cg.pair-of-lines-angle',
    subject: M,
    concepts: ['M.CG.LINE.ANGLE', 'M.CG.STRAIGHT'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const m1 = rng.int(-4, 4);
      const m2 = rng.pick([-4, -3, -2, -1, 0, 1, 2, 3, 4].filter((x) => x !== m1 && 1 + x * m1 !== 0));
      // (y − m1x)(y − m2x) = m1m2x² − (m1 + m2)xy + y².
      const A = m1 * m2;
      const H2 = -(m1 + m2);
      const value = Math.abs(m1 - m2) / Math.abs(1 + m1 * m2);
      const eq = `${[A === 0 ? '' : term(A, 2, true), term(H2, 1, A === 0, 'xy'), '+ y^2'].filter(Boolean).join(' ')} = 0`;
      return num({
        params: { m1, m2 },
        text: `Find $\\tan\\theta$, where $\\theta$ is the acute angle between the lines given by $${eq}$.`,
        value,
        unit: '',
        // Mistakes: 1 − m1m2 in the denominator; the slopes' difference alone; the formula with
        // 2√(h² − ab)/(a + b) computed with h = coefficient of xy (not half of it).
        mistakes: [Math.abs(m1 - m2) / Math.abs(1 - m1 * m2 || 1), Math.abs(m1 - m2), (2 * Math.sqrt(Math.max(0, H2 * H2 - A))) / Math.abs(1 + A || 1)],
        sig: 3,
        solution: `The lines are $y = ${term(m1, 1, true) || '0'}$ and $y = ${term(m2, 1, true) || '0'}$ (the roots of $m^2 ${sgn(H2)}m ${sgn(A)} = 0$). $\\tan\\theta = \\left|\\frac{m_1 - m_2}{1 + m_1m_2}\\right| = ${fracTex(Math.abs(m1 - m2), Math.abs(1 + m1 * m2))}$.`,
        hi: {
          text: `$${eq}$ द्वारा निरूपित रेखाओं के बीच के न्यून कोण $\\theta$ के लिए $\\tan\\theta$ ${HI_FIND}`,
          solution: `रेखाएँ $y = ${term(m1, 1, true) || '0'}$ और $y = ${term(m2, 1, true) || '0'}$ हैं ($m^2 ${sgn(H2)}m ${sgn(A)} = 0$ के मूल)। $\\tan\\theta = \\left|\\frac{m_1 - m_2}{1 + m_1m_2}\\right| = ${fracTex(Math.abs(m1 - m2), Math.abs(1 + m1 * m2))}$।`,
        },
        result: [0.05, 10],
      });
    },
  },
  {
    id: 'm.cg.common-chord',
    subject: M,
    concepts: ['M.CG.CIRCLE'],
    difficulty: 3,
    build(rng) {
      const [p, q, h, r1, r2] = rng.pick(CHORD_PAIRS);
      const x0 = rng.int(-5, 5);
      const y0 = rng.int(-5, 5);
      const vertical = rng.int(0, 1) === 1;
      const d = p + q;
      const c2 = vertical ? [x0, y0 + d] : [x0 + d, y0];
      const circle = (cx: number, cy: number, r: number) => `x^2 + y^2 ${cx === 0 ? '' : `${sgn(-2 * cx)}x `}${cy === 0 ? '' : `${sgn(-2 * cy)}y `}${sgn(cx * cx + cy * cy - r * r)} = 0`;
      const value = 2 * h;
      return num({
        params: { x0, y0, x2: c2[0]!, y2: c2[1]!, r1, r2 },
        text: `Find the length of the common chord of the circles $${circle(x0, y0, r1)}$ and $${circle(c2[0]!, c2[1]!, r2)}$.`,
        value,
        unit: '',
        // Mistakes: the half-chord; the distance between the centres; the sum of the radii's difference.
        mistakes: [h, d, r1 + r2 - d],
        solution: `Centres $(${x0}, ${y0})$, $(${c2[0]}, ${c2[1]})$, radii ${r1} and ${r2}, distance between centres ${d}. The common chord is perpendicular to the line of centres at distance ${p} from the first centre ($${r1}^2 - ${p}^2 = ${r2}^2 - ${q}^2 = ${h * h}$), so its length is $2\\sqrt{${h * h}} = ${value}$.`,
        hi: {
          text: `वृत्तों $${circle(x0, y0, r1)}$ और $${circle(c2[0]!, c2[1]!, r2)}$ की उभयनिष्ठ जीवा की लंबाई ${HI_FIND}`,
          solution: `केंद्र $(${x0}, ${y0})$, $(${c2[0]}, ${c2[1]})$, त्रिज्याएँ ${r1} और ${r2}, केंद्रों के बीच दूरी ${d}। उभयनिष्ठ जीवा केंद्रों को मिलाने वाली रेखा पर लंब है और पहले केंद्र से ${p} दूरी पर है ($${r1}^2 - ${p}^2 = ${r2}^2 - ${q}^2 = ${h * h}$), अतः उसकी लंबाई $2\\sqrt{${h * h}} = ${value}$ है।`,
        },
        result: [8, 24],
      });
    },
  },
  {
    id: 'm.cg.parabola-tangent-with-slope',
    subject: M,
    concepts: ['M.CG.PARABOLA', 'M.APP.TANGENT'],
    difficulty: 2,
    build(rng) {
      const m = rng.pick([-2, -1, 1, 2]);
      const k = rng.int(1, 4);
      const a = k * m * m;
      // Tangent y = mx + a/m touches y² = 4ax at (a/m², 2a/m) = (k, 2km).
      const value = k + 2 * k * m;
      return num({
        params: { a, m },
        text: `The tangent to $y^2 = ${4 * a}x$ with slope ${m} touches it at $(h, k)$. Find $h + k$.`,
        value,
        unit: '',
        // Mistakes: point (a/m, 2a/m²) from inverting the slope; (am², 2am) (the chord-of-slope
        // confusion); the intercept a/m.
        mistakes: [a / m + (2 * a) / (m * m), a * m * m + 2 * a * m, a / m, -value],
        solution: `$y = mx + \\frac{a}{m}$ touches $y^2 = 4ax$ ($a = ${a}$) at $\\left(\\frac{a}{m^2}, \\frac{2a}{m}\\right) = (${k}, ${2 * k * m})$; $h + k = ${value}$.`,
        hi: {
          text: `$y^2 = ${4 * a}x$ की प्रवणता ${m} वाली स्पर्श रेखा उसे $(h, k)$ पर स्पर्श करती है। $h + k$ ${HI_FIND}`,
          solution: `$y = mx + \\frac{a}{m}$, $y^2 = 4ax$ ($a = ${a}$) को $\\left(\\frac{a}{m^2}, \\frac{2a}{m}\\right) = (${k}, ${2 * k * m})$ पर स्पर्श करती है; $h + k = ${value}$।`,
        },
        result: [-20, 20],
      });
    },
  },
  {
    id: 'm.cg.ellipse-from-focus-point',
    subject: M,
    concepts: ['M.CG.ELLIPSE'],
    difficulty: 3,
    build(rng) {
      const [a, c] = rng.pick(ELLIPSES);
      const L = (a * a - c * c) / a;
      const value = 2 * a;
      return num({
        params: { a, c },
        text: `An ellipse has foci $(\\pm ${c}, 0)$ and passes through $(${c}, ${L})$. Find the length of its major axis.`,
        value,
        unit: '',
        // Mistakes: the semi-major axis; the sum of the two coordinates; 2√(c² + L²) (one distance doubled).
        mistakes: [a, c + L, 2 * Math.sqrt(4 * c * c + L * L), 2 * (c + L)],
        solution: `The distances from $(${c}, ${L})$ to the foci are ${L} and $\\sqrt{${2 * c}^2 + ${L}^2} = ${2 * a - L}$. Their sum is the major axis: $${L} + ${2 * a - L} = ${value}$.`,
        hi: {
          text: `एक दीर्घवृत्त की नाभियाँ $(\\pm ${c}, 0)$ हैं और वह $(${c}, ${L})$ से होकर जाता है। उसके दीर्घ अक्ष की लंबाई ${HI_FIND}`,
          solution: `$(${c}, ${L})$ से नाभियों की दूरियाँ ${L} और $\\sqrt{${2 * c}^2 + ${L}^2} = ${2 * a - L}$ हैं। इनका योग दीर्घ अक्ष है: $${L} + ${2 * a - L} = ${value}$।`,
        },
        result: [6, 50],
      });
    },
  },
  {
    id: 'm.cg.hyperbola-tangent-intercept',
    subject: M,
    concepts: ['M.CG.HYPERBOLA', 'M.CG.STRAIGHT'],
    difficulty: 3,
    build(rng) {
      let st = { a2: 4, b2: 3, m: 2 };
      for (let tries = 0; tries < 50; tries++) {
        const a2 = rng.int(1, 9);
        const b2 = rng.int(1, 9);
        const m = rng.int(1, 4);
        if (a2 * m * m - b2 > 0) {
          st = { a2, b2, m };
          break;
        }
      }
      const { a2, b2, m } = st;
      const value = a2 * m * m - b2;
      return num({
        params: { a2, b2, m },
        text: `The line $y = ${m === 1 ? '' : m}x + c$ touches the hyperbola $\\frac{x^2}{${a2}} - \\frac{y^2}{${b2}} = 1$. Find $c^2$.`,
        value,
        unit: '',
        // Mistakes: the ellipse condition a²m² + b²; a²m − b² (m not squared); a m² − b with a, b unsquared.
        mistakes: [a2 * m * m + b2, a2 * m - b2, Math.sqrt(a2) * m * m - Math.sqrt(b2), value * 2],
        solution: `Substituting $y = mx + c$: $(b^2 - a^2m^2)x^2 - 2a^2mcx - a^2(c^2 + b^2) = 0$; a double root needs $c^2 = a^2m^2 - b^2 = ${a2}(${m * m}) - ${b2} = ${value}$.`,
        hi: {
          text: `रेखा $y = ${m === 1 ? '' : m}x + c$, अतिपरवलय $\\frac{x^2}{${a2}} - \\frac{y^2}{${b2}} = 1$ को स्पर्श करती है। $c^2$ ${HI_FIND}`,
          solution: `$y = mx + c$ रखने पर: $(b^2 - a^2m^2)x^2 - 2a^2mcx - a^2(c^2 + b^2) = 0$; द्विमूल के लिए $c^2 = a^2m^2 - b^2 = ${a2}(${m * m}) - ${b2} = ${value}$।`,
        },
        result: [1, 150],
      });
    },
  },
  {
    id: 'm.3d.plane-z-intercept',
    subject: M,
    concepts: ['M.3D.PLANES', 'M.VEC.CROSS'],
    difficulty: 3,
    build(rng) {
      // Plane ax + by + sz = d with s = ±1, so integer x, y give integer z.
      const a = rng.int(-3, 3);
      const b = rng.int(-3, 3);
      const s = rng.pick([1, -1]);
      const d = rng.int(-9, 9);
      const z = (x: number, y: number) => s * (d - a * x - b * y);
      let pts: number[][] = [];
      for (let tries = 0; tries < 40; tries++) {
        pts = [0, 1, 2].map(() => {
          const x = rng.int(-4, 4);
          const y = rng.int(-4, 4);
          return [x, y, z(x, y)];
        });
        const u = pts[1]!.map((v, i) => v - pts[0]![i]!);
        const w = pts[2]!.map((v, i) => v - pts[0]![i]!);
        if (u[0]! * w[1]! - u[1]! * w[0]! !== 0) break;
      }
      if (pts.length === 0 || (pts[1]![0]! - pts[0]![0]!) * (pts[2]![1]! - pts[0]![1]!) === (pts[1]![1]! - pts[0]![1]!) * (pts[2]![0]! - pts[0]![0]!)) pts = [[0, 0, z(0, 0)], [1, 0, z(1, 0)], [0, 1, z(0, 1)]];
      const value = s * d;
      return num({
        params: { x0: pts[0]![0]!, y0: pts[0]![1]!, z0: pts[0]![2]!, x1: pts[1]![0]!, y1: pts[1]![1]!, z1: pts[1]![2]!, x2: pts[2]![0]!, y2: pts[2]![1]!, z2: pts[2]![2]! },
        text: `The plane through $A(${pts[0]!.join(', ')})$, $B(${pts[1]!.join(', ')})$ and $C(${pts[2]!.join(', ')})$ meets the $z$-axis at $(0, 0, k)$. Find $k$.`,
        value,
        unit: '',
        // Mistakes: the z-coordinate of A; the constant term without dividing by the z-coefficient's
        // sign; the mean of the z-coordinates.
        mistakes: [pts[0]![2]!, -value, (pts[0]![2]! + pts[1]![2]! + pts[2]![2]!) / 3, value + 1],
        solution: `A normal is $\\vec{AB} \\times \\vec{AC}$; the plane through $A$ with that normal is $${lin([a, b, s], ['x', 'y', 'z'])} = ${d}$. On the $z$-axis $x = y = 0$: $k = ${value}$.`,
        hi: {
          text: `$A(${pts[0]!.join(', ')})$, $B(${pts[1]!.join(', ')})$ और $C(${pts[2]!.join(', ')})$ से होकर जाने वाला तल $z$-अक्ष को $(0, 0, k)$ पर मिलता है। $k$ ${HI_FIND}`,
          solution: `अभिलंब $\\vec{AB} \\times \\vec{AC}$ है; इस अभिलंब के साथ $A$ से होकर जाने वाला तल $${lin([a, b, s], ['x', 'y', 'z'])} = ${d}$ है। $z$-अक्ष पर $x = y = 0$: $k = ${value}$।`,
        },
        result: [-9, 9],
      });
    },
  },
];
