import { formula, range } from './formula.ts';
import { fracTex } from './format.ts';
import { QUADRUPLES, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const T = TRIPLES.length - 1;
const Q = QUADRUPLES.length - 1;
const tri = (i: number) => TRIPLES[i] as readonly [number, number, number];
const quad = (i: number) => QUADRUPLES[i] as readonly [number, number, number, number];
const C = range(-6, 6);
/** Second slope, nudged so the lines are neither parallel nor perpendicular. */
const slope2 = (v: { m1: number; m2: number }): number => (v.m2 === v.m1 || 1 + v.m1 * v.m2 === 0 ? v.m2 + 7 : v.m2);
/** Second inverse-tangent argument, nudged away from ab = 1 (where the tangent is undefined). */
const arg2 = (v: { a: number; b: number }): number => (v.a * v.b === 1 ? v.b + 0.5 : v.b);

/** Coordinate geometry, 3D geometry, vectors, trigonometry (units 10–12, 14). */
export const mathGeometryGenerators: GeneratorDef[] = [
  formula({
    id: 'm.cg.triangle-area', subject: 'MATH', concepts: ['M.CG.POINTS'], difficulty: 1,
    vars: { x1: C, y1: C, x2: C, y2: C, x3: C, y3: range(7, 12) },
    text: (v) => `Find the area of the triangle with vertices $(${v.x1}, ${v.y1})$, $(${v.x2}, ${v.y2})$ and $(${v.x3}, ${v.y3})$.`,
    unit: 'square units',
    result: [0, 100],
    answer: (v) => Math.abs(v.x1 * (v.y2 - v.y3) + v.x2 * (v.y3 - v.y1) + v.x3 * (v.y1 - v.y2)) / 2,
    mistakes: (v) => { const d = Math.abs(v.x1 * (v.y2 - v.y3) + v.x2 * (v.y3 - v.y1) + v.x3 * (v.y1 - v.y2)); return [d, d / 4, d / 2 + 1]; },
    solution: () => `Area $= \\frac12|x_1(y_2 - y_3) + x_2(y_3 - y_1) + x_3(y_1 - y_2)|$ with the given coordinates.`,
    hi: {
      text: (v) => `शीर्षों $(${v.x1}, ${v.y1})$, $(${v.x2}, ${v.y2})$ और $(${v.x3}, ${v.y3})$ वाले त्रिभुज का क्षेत्रफल ज्ञात कीजिए।`,
      solution: () => `क्षेत्रफल $= \\frac12|x_1(y_2 - y_3) + x_2(y_3 - y_1) + x_3(y_1 - y_2)|$, दिए गए निर्देशांक रखकर।`,
    },
  }),
  formula({
    id: 'm.cg.locus-circle', subject: 'MATH', concepts: ['M.CG.LOCUS', 'M.CG.CIRCLE'], difficulty: 2,
    vars: { a: range(1, 6), r: range(1, 9) },
    text: (v) => `$A = (-${v.a}, 0)$ and $B = (${v.a}, 0)$. The locus of $P$ with $PA^2 + PB^2 = ${2 * v.r * v.r + 2 * v.a * v.a}$ is a circle. Find its radius.`,
    unit: '',
    result: [0, 10],
    answer: (v) => v.r,
    mistakes: (v) => [Math.sqrt(v.r * v.r + v.a * v.a), v.r * v.r, Math.sqrt(2 * v.r * v.r + 2 * v.a * v.a)],
    solution: (v) => `$PA^2 + PB^2 = 2x^2 + 2y^2 + ${2 * v.a * v.a}$, so $x^2 + y^2 = ${v.r * v.r}$: radius $${v.r}$.`,
    hi: {
      text: (v) => `$A = (-${v.a}, 0)$ और $B = (${v.a}, 0)$ हैं। $PA^2 + PB^2 = ${2 * v.r * v.r + 2 * v.a * v.a}$ को संतुष्ट करने वाले बिंदु $P$ का बिंदुपथ एक वृत्त है। इसकी त्रिज्या ज्ञात कीजिए।`,
      solution: (v) => `$PA^2 + PB^2 = 2x^2 + 2y^2 + ${2 * v.a * v.a}$, अतः $x^2 + y^2 = ${v.r * v.r}$: त्रिज्या $${v.r}$।`,
    },
  }),
  formula({
    id: 'm.cg.point-line-distance', subject: 'MATH', concepts: ['M.CG.STRAIGHT'], difficulty: 2,
    vars: { t: range(0, T), c: range(-20, 20), x0: C, y0: C },
    text: (v) => `Find the distance of $(${v.x0}, ${v.y0})$ from the line $${tri(v.t)[0]}x + ${tri(v.t)[1]}y ${v.c < 0 ? '-' : '+'} ${Math.abs(v.c)} = 0$.`,
    unit: '',
    result: [0, 20],
    answer: (v) => Math.abs(tri(v.t)[0] * v.x0 + tri(v.t)[1] * v.y0 + v.c) / tri(v.t)[2],
    mistakes: (v) => { const n = Math.abs(tri(v.t)[0] * v.x0 + tri(v.t)[1] * v.y0 + v.c); return [n, n / (tri(v.t)[0] + tri(v.t)[1]), n / tri(v.t)[2] ** 2]; },
    solution: (v) => `$d = \\frac{|ax_0 + by_0 + c|}{\\sqrt{a^2 + b^2}}$ with $\\sqrt{${tri(v.t)[0] ** 2} + ${tri(v.t)[1] ** 2}} = ${tri(v.t)[2]}$.`,
    hi: {
      text: (v) => `बिंदु $(${v.x0}, ${v.y0})$ की रेखा $${tri(v.t)[0]}x + ${tri(v.t)[1]}y ${v.c < 0 ? '-' : '+'} ${Math.abs(v.c)} = 0$ से दूरी ज्ञात कीजिए।`,
      solution: (v) => `$d = \\frac{|ax_0 + by_0 + c|}{\\sqrt{a^2 + b^2}}$, जहाँ $\\sqrt{${tri(v.t)[0] ** 2} + ${tri(v.t)[1] ** 2}} = ${tri(v.t)[2]}$।`,
    },
  }),
  formula({
    id: 'm.cg.angle-between-lines', subject: 'MATH', concepts: ['M.CG.LINE.ANGLE', 'M.CG.STRAIGHT'], difficulty: 3,
    vars: { m1: range(-4, 4), m2: range(-5, 5, 0.5) },
    text: (v) => `Find $\\tan\\theta$, where $\\theta$ is the acute angle between lines of slopes $${v.m1}$ and $${slope2(v)}$.`,
    unit: '',
    result: [0, 10],
    answer: (v) => Math.abs((v.m1 - slope2(v)) / (1 + v.m1 * slope2(v))),
    mistakes: (v) => { const m2 = slope2(v); return [Math.abs((v.m1 - m2) / (1 - v.m1 * m2)), Math.abs(v.m1 - m2), Math.abs((v.m1 + m2) / (1 + v.m1 * m2))]; },
    solution: () => `$\\tan\\theta = \\left|\\frac{m_1 - m_2}{1 + m_1 m_2}\\right|$.`,
    hi: {
      text: (v) => `ढालों $${v.m1}$ और $${slope2(v)}$ वाली रेखाओं के बीच का न्यून कोण $\\theta$ है। $\\tan\\theta$ ज्ञात कीजिए।`,
      solution: () => `$\\tan\\theta = \\left|\\frac{m_1 - m_2}{1 + m_1 m_2}\\right|$।`,
    },
  }),
  formula({
    id: 'm.cg.circle-radius', subject: 'MATH', concepts: ['M.CG.CIRCLE'], difficulty: 2,
    vars: { g: C, f: C, r: range(1, 9) },
    text: (v) => `Find the radius of the circle $x^2 + y^2 ${2 * v.g < 0 ? '-' : '+'} ${Math.abs(2 * v.g)}x ${2 * v.f < 0 ? '-' : '+'} ${Math.abs(2 * v.f)}y ${v.g ** 2 + v.f ** 2 - v.r ** 2 < 0 ? '-' : '+'} ${Math.abs(v.g ** 2 + v.f ** 2 - v.r ** 2)} = 0$.`,
    unit: '',
    result: [0, 10],
    answer: (v) => v.r,
    mistakes: (v) => [Math.sqrt(4 * v.g ** 2 + 4 * v.f ** 2 - (v.g ** 2 + v.f ** 2 - v.r ** 2)) , v.r * v.r, Math.sqrt(Math.abs(v.g ** 2 + v.f ** 2 + (v.g ** 2 + v.f ** 2 - v.r ** 2)))],
    solution: (v) => `Centre $(${-v.g}, ${-v.f})$, radius $\\sqrt{g^2 + f^2 - c} = \\sqrt{${v.r * v.r}} = ${v.r}$.`,
    hi: {
      text: (v) => `वृत्त $x^2 + y^2 ${2 * v.g < 0 ? '-' : '+'} ${Math.abs(2 * v.g)}x ${2 * v.f < 0 ? '-' : '+'} ${Math.abs(2 * v.f)}y ${v.g ** 2 + v.f ** 2 - v.r ** 2 < 0 ? '-' : '+'} ${Math.abs(v.g ** 2 + v.f ** 2 - v.r ** 2)} = 0$ की त्रिज्या ज्ञात कीजिए।`,
      solution: (v) => `केंद्र $(${-v.g}, ${-v.f})$, त्रिज्या $\\sqrt{g^2 + f^2 - c} = \\sqrt{${v.r * v.r}} = ${v.r}$।`,
    },
  }),
  formula({
    id: 'm.cg.parabola-focal', subject: 'MATH', concepts: ['M.CG.PARABOLA'], difficulty: 3,
    vars: { a: range(1, 6), x1: range(1, 12) },
    text: (v) => `Find the distance from the focus of $y^2 = ${4 * v.a}x$ to the point on the parabola with $x = ${v.x1}$.`,
    unit: '',
    result: [0, 20],
    answer: (v) => v.x1 + v.a,
    mistakes: (v) => [v.x1 - v.a, v.x1 + 4 * v.a, Math.sqrt(4 * v.a * v.x1)],
    solution: (v) => `Focal distance $= x + a = ${v.x1} + ${v.a} = ${v.x1 + v.a}$ (distance to the directrix $x = -${v.a}$).`,
    hi: {
      text: (v) => `परवलय $y^2 = ${4 * v.a}x$ की नाभि से परवलय के उस बिंदु की दूरी ज्ञात कीजिए जिसके लिए $x = ${v.x1}$ है।`,
      solution: (v) => `नाभीय दूरी $= x + a = ${v.x1} + ${v.a} = ${v.x1 + v.a}$ (नियता $x = -${v.a}$ से दूरी)।`,
    },
  }),
  formula({
    id: 'm.cg.ellipse', subject: 'MATH', concepts: ['M.CG.ELLIPSE'], difficulty: 3,
    vars: { t: range(0, T), k: range(1, 2), w: range(0, 1) },
    text: (v) => { const [p, q, r] = tri(v.t); const a = Math.max(r, 0) * v.k; const b = Math.max(p, q) * v.k; return `For the ellipse $\\frac{x^2}{${a * a}} + \\frac{y^2}{${b * b}} = 1$, find ${v.w === 0 ? 'its eccentricity' : 'the length of its latus rectum'}.`; },
    unit: '',
    result: [0, 100],
    answer: (v) => { const [p, q, r] = tri(v.t); const a = r * v.k; const b = Math.max(p, q) * v.k; return v.w === 0 ? Math.min(p, q) / r : (2 * b * b) / a; },
    mistakes: (v) => { const [p, q, r] = tri(v.t); const a = r * v.k; const b = Math.max(p, q) * v.k; return v.w === 0 ? [Math.max(p, q) / r, Math.min(p, q) / Math.max(p, q), r / Math.max(p, q)] : [(b * b) / a, (2 * a * a) / b, 2 * b]; },
    solution: () => `With $a > b$: $e = \\sqrt{1 - b^2/a^2}$ and latus rectum $= 2b^2/a$.`,
    hi: {
      text: (v) => { const [p, q, r] = tri(v.t); const a = Math.max(r, 0) * v.k; const b = Math.max(p, q) * v.k; return `दीर्घवृत्त $\\frac{x^2}{${a * a}} + \\frac{y^2}{${b * b}} = 1$ ${v.w === 0 ? 'की उत्केंद्रता' : 'के नाभिलंब की लंबाई'} ज्ञात कीजिए।`; },
      solution: () => `$a > b$ के साथ: $e = \\sqrt{1 - b^2/a^2}$ तथा नाभिलंब $= 2b^2/a$।`,
    },
  }),
  formula({
    id: 'm.cg.hyperbola', subject: 'MATH', concepts: ['M.CG.HYPERBOLA'], difficulty: 3,
    vars: { t: range(0, T), w: range(0, 1) },
    text: (v) => `For $\\frac{x^2}{${tri(v.t)[0] ** 2}} - \\frac{y^2}{${tri(v.t)[1] ** 2}} = 1$, find ${v.w === 0 ? 'the eccentricity' : 'the length of the latus rectum'}.`,
    unit: '',
    result: [0, 200],
    answer: (v) => (v.w === 0 ? tri(v.t)[2] / tri(v.t)[0] : (2 * tri(v.t)[1] ** 2) / tri(v.t)[0]),
    mistakes: (v) => { const [a, b, c] = tri(v.t); return v.w === 0 ? [b / a, c / b, Math.sqrt(Math.abs(1 - (b * b) / (a * a))) || a / c] : [(b * b) / a, (2 * a * a) / b, 2 * b]; },
    solution: () => `$e = \\sqrt{1 + b^2/a^2}$; latus rectum $= 2b^2/a$.`,
    hi: {
      text: (v) => `अतिपरवलय $\\frac{x^2}{${tri(v.t)[0] ** 2}} - \\frac{y^2}{${tri(v.t)[1] ** 2}} = 1$ ${v.w === 0 ? 'की उत्केंद्रता' : 'के नाभिलंब की लंबाई'} ज्ञात कीजिए।`,
      solution: () => `$e = \\sqrt{1 + b^2/a^2}$; नाभिलंब $= 2b^2/a$।`,
    },
  }),
  formula({
    id: 'm.3d.distance', subject: 'MATH', concepts: ['M.3D.BASICS'], difficulty: 2,
    vars: { q: range(0, Q), x: C, y: C, z: C, w: range(0, 1) },
    text: (v) => { const [a, b, c] = quad(v.q); return `P = $(${v.x}, ${v.y}, ${v.z})$, Q = $(${v.x + a}, ${v.y - b}, ${v.z + c})$. Find ${v.w === 0 ? 'the distance PQ' : 'the direction cosine of $\\overrightarrow{PQ}$ with the $x$-axis'}.`; },
    unit: '',
    result: [0, 20],
    answer: (v) => (v.w === 0 ? quad(v.q)[3] : quad(v.q)[0] / quad(v.q)[3]),
    mistakes: (v) => { const [a, b, c, d] = quad(v.q); return v.w === 0 ? [a + b + c, d * d, Math.sqrt(a * a + b * b)] : [b / d, c / d, a / (a + b + c)]; },
    solution: () => `$PQ = \\sqrt{\\Delta x^2 + \\Delta y^2 + \\Delta z^2}$; the direction cosine with the $x$-axis is $\\Delta x / PQ$.`,
    hi: {
      text: (v) => { const [a, b, c] = quad(v.q); return `P = $(${v.x}, ${v.y}, ${v.z})$, Q = $(${v.x + a}, ${v.y - b}, ${v.z + c})$। ${v.w === 0 ? 'दूरी PQ' : '$\\overrightarrow{PQ}$ की $x$-अक्ष के साथ दिक्-कोसाइन'} ज्ञात कीजिए।`; },
      solution: () => `$PQ = \\sqrt{\\Delta x^2 + \\Delta y^2 + \\Delta z^2}$; $x$-अक्ष के साथ दिक्-कोसाइन $\\Delta x / PQ$ है।`,
    },
  }),
  formula({
    id: 'm.3d.angle-between-lines', subject: 'MATH', concepts: ['M.3D.LINES', 'M.VEC.DOT'], difficulty: 4,
    vars: { p: range(0, Q), q: range(0, Q), s: range(0, 2) },
    text: (v) => { const u = quad(v.p); const w = quad(v.q); const sw = [w[v.s % 3], w[(v.s + 1) % 3], w[(v.s + 2) % 3]]; return `Find $\\cos\\theta$ for the angle between lines with direction ratios $(${u[0]}, ${u[1]}, ${u[2]})$ and $(${sw[0]}, ${-sw[1]!}, ${sw[2]})$.`; },
    unit: '',
    result: [0, 1],
    answer: (v) => { const u = quad(v.p); const w = quad(v.q); const sw = [w[v.s % 3]!, -w[(v.s + 1) % 3]!, w[(v.s + 2) % 3]!]; return Math.abs(u[0] * sw[0]! + u[1] * sw[1]! + u[2] * sw[2]!) / (u[3] * w[3]); },
    mistakes: (v) => { const u = quad(v.p); const w = quad(v.q); const sw = [w[v.s % 3]!, -w[(v.s + 1) % 3]!, w[(v.s + 2) % 3]!]; const d = Math.abs(u[0] * sw[0]! + u[1] * sw[1]! + u[2] * sw[2]!); return [d / (u[3] + w[3]), d, d / (u[3] * w[3]) + 0.1]; },
    solution: () => `$\\cos\\theta = \\frac{|a_1a_2 + b_1b_2 + c_1c_2|}{\\sqrt{a_1^2+b_1^2+c_1^2}\\sqrt{a_2^2+b_2^2+c_2^2}}$.`,
    hi: {
      text: (v) => { const u = quad(v.p); const w = quad(v.q); const sw = [w[v.s % 3], w[(v.s + 1) % 3], w[(v.s + 2) % 3]]; return `दिक्-अनुपात $(${u[0]}, ${u[1]}, ${u[2]})$ और $(${sw[0]}, ${-sw[1]!}, ${sw[2]})$ वाली रेखाओं के बीच के कोण के लिए $\\cos\\theta$ ज्ञात कीजिए।`; },
      solution: () => `$\\cos\\theta = \\frac{|a_1a_2 + b_1b_2 + c_1c_2|}{\\sqrt{a_1^2+b_1^2+c_1^2}\\sqrt{a_2^2+b_2^2+c_2^2}}$।`,
    },
  }),
  formula({
    id: 'm.3d.point-plane-distance', subject: 'MATH', concepts: ['M.3D.PLANES'], difficulty: 3,
    vars: { q: range(0, Q), d: range(-20, 20), x: C, y: C, z: C },
    text: (v) => { const [a, b, c] = quad(v.q); return `Find the distance of $(${v.x}, ${v.y}, ${v.z})$ from the plane $${a}x - ${b}y + ${c}z = ${v.d}$.`; },
    unit: '',
    result: [0, 20],
    answer: (v) => { const [a, b, c, n] = quad(v.q); return Math.abs(a * v.x - b * v.y + c * v.z - v.d) / n; },
    mistakes: (v) => { const [a, b, c, n] = quad(v.q); const t = Math.abs(a * v.x - b * v.y + c * v.z - v.d); return [t, Math.abs(a * v.x - b * v.y + c * v.z + v.d) / n, t / (n * n)]; },
    solution: () => `$d = \\frac{|ax_0 + by_0 + cz_0 - d|}{\\sqrt{a^2 + b^2 + c^2}}$.`,
    hi: {
      text: (v) => { const [a, b, c] = quad(v.q); return `बिंदु $(${v.x}, ${v.y}, ${v.z})$ की समतल $${a}x - ${b}y + ${c}z = ${v.d}$ से दूरी ज्ञात कीजिए।`; },
      solution: () => `$d = \\frac{|ax_0 + by_0 + cz_0 - d|}{\\sqrt{a^2 + b^2 + c^2}}$।`,
    },
  }),
  formula({
    id: 'm.vec.magnitude', subject: 'MATH', concepts: ['M.VEC.BASICS'], difficulty: 1,
    vars: { a1: C, a2: C, a3: C, b1: C, b2: C, b3: C, k: range(1, 3) },
    text: (v) => `$\\vec a = ${v.a1}\\hat i + ${v.a2}\\hat j + ${v.a3}\\hat k$, $\\vec b = ${v.b1}\\hat i + ${v.b2}\\hat j + ${v.b3}\\hat k$. Find $|${v.k === 1 ? '' : v.k}\\vec a - \\vec b|$.`.replace(/\+ -/g, '- '),
    unit: '',
    result: [0, 50],
    answer: (v) => Math.hypot(v.k * v.a1 - v.b1, v.k * v.a2 - v.b2, v.k * v.a3 - v.b3),
    mistakes: (v) => [Math.hypot(v.k * v.a1 + v.b1, v.k * v.a2 + v.b2, v.k * v.a3 + v.b3), (v.k * v.a1 - v.b1) ** 2 + (v.k * v.a2 - v.b2) ** 2 + (v.k * v.a3 - v.b3) ** 2, Math.abs(v.k * v.a1 - v.b1) + Math.abs(v.k * v.a2 - v.b2) + Math.abs(v.k * v.a3 - v.b3)],
    solution: () => `Subtract componentwise and take $\\sqrt{x^2 + y^2 + z^2}$.`,
    hi: {
      text: (v) => `$\\vec a = ${v.a1}\\hat i + ${v.a2}\\hat j + ${v.a3}\\hat k$, $\\vec b = ${v.b1}\\hat i + ${v.b2}\\hat j + ${v.b3}\\hat k$। $|${v.k === 1 ? '' : v.k}\\vec a - \\vec b|$ ज्ञात कीजिए।`.replace(/\+ -/g, '- '),
      solution: () => `घटकवार घटाइए और $\\sqrt{x^2 + y^2 + z^2}$ लीजिए।`,
    },
  }),
  formula({
    id: 'm.vec.projection', subject: 'MATH', concepts: ['M.VEC.DOT', 'M.VEC.BASICS'], difficulty: 2,
    vars: { a1: C, a2: C, a3: C, q: range(0, Q), w: range(0, 1) },
    text: (v) => { const [x, y, z] = quad(v.q); return `$\\vec a = ${v.a1}\\hat i + ${v.a2}\\hat j + ${v.a3}\\hat k$, $\\vec b = ${x}\\hat i + ${y}\\hat j + ${z}\\hat k$. Find ${v.w === 0 ? '$\\vec a \\cdot \\vec b$' : 'the scalar projection of $\\vec a$ on $\\vec b$'}.`.replace(/\+ -/g, '- '); },
    unit: '',
    result: [-200, 200],
    answer: (v) => { const [x, y, z, n] = quad(v.q); const d = v.a1 * x + v.a2 * y + v.a3 * z; return v.w === 0 ? d : d / n; },
    mistakes: (v) => { const [x, y, z, n] = quad(v.q); const d = v.a1 * x + v.a2 * y + v.a3 * z; return v.w === 0 ? [v.a1 * x - v.a2 * y + v.a3 * z, d + 1, -d] : [d, d / (n * n), d / Math.hypot(v.a1, v.a2, v.a3) || n]; },
    solution: () => `$\\vec a\\cdot\\vec b = a_1b_1 + a_2b_2 + a_3b_3$; projection on $\\vec b$ is $\\vec a\\cdot\\vec b / |\\vec b|$.`,
    hi: {
      text: (v) => { const [x, y, z] = quad(v.q); return `$\\vec a = ${v.a1}\\hat i + ${v.a2}\\hat j + ${v.a3}\\hat k$, $\\vec b = ${x}\\hat i + ${y}\\hat j + ${z}\\hat k$। ${v.w === 0 ? '$\\vec a \\cdot \\vec b$' : '$\\vec b$ पर $\\vec a$ का अदिश प्रक्षेप'} ज्ञात कीजिए।`.replace(/\+ -/g, '- '); },
      solution: () => `$\\vec a\\cdot\\vec b = a_1b_1 + a_2b_2 + a_3b_3$; $\\vec b$ पर प्रक्षेप $\\vec a\\cdot\\vec b / |\\vec b|$ है।`,
    },
  }),
  formula({
    id: 'm.vec.cross-area', subject: 'MATH', concepts: ['M.VEC.CROSS', 'M.VEC.DOT'], difficulty: 3,
    vars: { a1: C, a2: C, a3: range(1, 5), b1: C, b2: range(1, 6), b3: C, w: range(0, 1) },
    text: (v) => `$\\vec a = (${v.a1}, ${v.a2}, ${v.a3})$, $\\vec b = (${v.b1}, ${v.b2}, ${v.b3})$. Find the area of the ${v.w === 0 ? 'parallelogram' : 'triangle'} with $\\vec a$ and $\\vec b$ as adjacent sides.`,
    unit: 'square units',
    result: [0, 100],
    answer: (v) => Math.hypot(v.a2 * v.b3 - v.a3 * v.b2, v.a3 * v.b1 - v.a1 * v.b3, v.a1 * v.b2 - v.a2 * v.b1) / (v.w === 0 ? 1 : 2),
    mistakes: (v) => { const c = Math.hypot(v.a2 * v.b3 - v.a3 * v.b2, v.a3 * v.b1 - v.a1 * v.b3, v.a1 * v.b2 - v.a2 * v.b1); return [v.w === 0 ? c / 2 : c, Math.abs(v.a1 * v.b1 + v.a2 * v.b2 + v.a3 * v.b3), c * c]; },
    solution: () => `Area of parallelogram $= |\\vec a \\times \\vec b|$; the triangle has half of it.`,
    hi: {
      text: (v) => `$\\vec a = (${v.a1}, ${v.a2}, ${v.a3})$, $\\vec b = (${v.b1}, ${v.b2}, ${v.b3})$। $\\vec a$ और $\\vec b$ को आसन्न भुजाएँ मानकर ${v.w === 0 ? 'समांतर चतुर्भुज' : 'त्रिभुज'} का क्षेत्रफल ज्ञात कीजिए।`,
      solution: () => `समांतर चतुर्भुज का क्षेत्रफल $= |\\vec a \\times \\vec b|$; त्रिभुज का इसका आधा।`,
    },
  }),
  formula({
    id: 'm.vec.box-product', subject: 'MATH', concepts: ['M.VEC.TRIPLE', 'M.MAT.DET'], difficulty: 3,
    vars: { a1: C, a2: C, a3: C, b1: C, b2: C, b3: C, c1: C, c2: C, c3: range(1, 6) },
    text: (v) => `Find $[\\vec a\\ \\vec b\\ \\vec c]$ for $\\vec a = (${v.a1}, ${v.a2}, ${v.a3})$, $\\vec b = (${v.b1}, ${v.b2}, ${v.b3})$, $\\vec c = (${v.c1}, ${v.c2}, ${v.c3})$.`,
    unit: '',
    result: [-1000, 1000],
    answer: (v) => v.a1 * (v.b2 * v.c3 - v.b3 * v.c2) - v.a2 * (v.b1 * v.c3 - v.b3 * v.c1) + v.a3 * (v.b1 * v.c2 - v.b2 * v.c1),
    mistakes: (v) => { const d = v.a1 * (v.b2 * v.c3 - v.b3 * v.c2) - v.a2 * (v.b1 * v.c3 - v.b3 * v.c1) + v.a3 * (v.b1 * v.c2 - v.b2 * v.c1); return [-d, v.a1 * (v.b2 * v.c3 - v.b3 * v.c2) + v.a2 * (v.b1 * v.c3 - v.b3 * v.c1) + v.a3 * (v.b1 * v.c2 - v.b2 * v.c1), d + 2]; },
    solution: () => `$[\\vec a\\ \\vec b\\ \\vec c] = \\vec a \\cdot (\\vec b \\times \\vec c)$, the $3\\times3$ determinant of the components.`,
    hi: {
      text: (v) => `$\\vec a = (${v.a1}, ${v.a2}, ${v.a3})$, $\\vec b = (${v.b1}, ${v.b2}, ${v.b3})$, $\\vec c = (${v.c1}, ${v.c2}, ${v.c3})$ के लिए अदिश त्रिक गुणनफल $[\\vec a\\ \\vec b\\ \\vec c]$ ज्ञात कीजिए।`,
      solution: () => `$[\\vec a\\ \\vec b\\ \\vec c] = \\vec a \\cdot (\\vec b \\times \\vec c)$, घटकों का $3\\times3$ सारणिक।`,
    },
  }),
  formula({
    id: 'm.trig.ratios', subject: 'MATH', concepts: ['M.TRIG.RATIOS'], difficulty: 1,
    vars: { t: range(0, T), quadrant: range(1, 4) },
    text: (v) => `If $\\tan\\theta = ${fracTex(tri(v.t)[1] * (v.quadrant % 2 ? 1 : -1), tri(v.t)[0])}$ and $\\theta$ lies in quadrant ${['I', 'II', 'III', 'IV'][v.quadrant - 1]}, find $\\sin\\theta + \\cos\\theta$.`,
    unit: '',
    result: [-2, 2],
    answer: (v) => { const [a, b, c] = tri(v.t); const sx = v.quadrant === 1 || v.quadrant === 4 ? 1 : -1; const sy = v.quadrant <= 2 ? 1 : -1; return (sy * b + sx * a) / c; },
    mistakes: (v) => { const [a, b, c] = tri(v.t); return [(a + b) / c, -(a + b) / c, (b - a) / c, (a - b) / c]; },
    solution: () => `Build a right triangle from $\\tan\\theta$; the hypotenuse follows from Pythagoras and the quadrant fixes the signs.`,
    hi: {
      text: (v) => `यदि $\\tan\\theta = ${fracTex(tri(v.t)[1] * (v.quadrant % 2 ? 1 : -1), tri(v.t)[0])}$ है और $\\theta$ चतुर्थांश ${['I', 'II', 'III', 'IV'][v.quadrant - 1]} में है, तो $\\sin\\theta + \\cos\\theta$ ज्ञात कीजिए।`,
      solution: () => `$\\tan\\theta$ से समकोण त्रिभुज बनाइए; कर्ण पाइथागोरस प्रमेय से मिलता है और चतुर्थांश चिह्न तय करता है।`,
    },
  }),
  formula({
    id: 'm.trig.compound', subject: 'MATH', concepts: ['M.TRIG.COMPOUND', 'M.TRIG.RATIOS'], difficulty: 3,
    vars: { s: range(0, T), t: range(0, T), w: range(0, 1) },
    text: (v) => `$A, B$ are acute with $\\sin A = ${fracTex(tri(v.s)[0], tri(v.s)[2])}$ and $\\cos B = ${fracTex(tri(v.t)[0], tri(v.t)[2])}$. Find $${v.w === 0 ? '\\sin(A + B)' : '\\cos(A - B)'}$.`,
    unit: '',
    result: [0, 1],
    answer: (v) => { const [a, b, c] = tri(v.s); const [p, q, r] = tri(v.t); return v.w === 0 ? (a * p + b * q) / (c * r) : (b * p + a * q) / (c * r); },
    mistakes: (v) => { const [a, b, c] = tri(v.s); const [p, q, r] = tri(v.t); return v.w === 0 ? [(a * p - b * q) / (c * r), (a * q + b * p) / (c * r), (a + p) / (c + r)] : [(b * p - a * q) / (c * r), (a * p + b * q) / (c * r), (b + p) / (c + r)]; },
    solution: () => `Find $\\cos A$ and $\\sin B$ from Pythagoras, then use $\\sin(A+B) = \\sin A\\cos B + \\cos A \\sin B$ or $\\cos(A - B) = \\cos A\\cos B + \\sin A\\sin B$.`,
    hi: {
      text: (v) => `$A, B$ न्यून कोण हैं, $\\sin A = ${fracTex(tri(v.s)[0], tri(v.s)[2])}$ और $\\cos B = ${fracTex(tri(v.t)[0], tri(v.t)[2])}$। $${v.w === 0 ? '\\sin(A + B)' : '\\cos(A - B)'}$ ज्ञात कीजिए।`,
      solution: () => `पाइथागोरस से $\\cos A$ और $\\sin B$ ज्ञात कीजिए, फिर $\\sin(A+B) = \\sin A\\cos B + \\cos A \\sin B$ या $\\cos(A - B) = \\cos A\\cos B + \\sin A\\sin B$ लगाइए।`,
    },
  }),
  formula({
    id: 'm.trig.count-solutions', subject: 'MATH', concepts: ['M.TRIG.EQN'], difficulty: 3,
    vars: { k: range(1, 6), w: range(0, 2), m: range(1, 3) },
    text: (v) => [`How many solutions does $\\sin ${v.k}x = 0$ have in $[0, ${v.m === 1 ? '' : v.m}\\pi]$?`, `How many solutions does $\\sin ${v.k}x = \\frac12$ have in $[0, ${v.m === 1 ? '' : v.m}\\pi]$?`, `How many solutions does $\\cos ${v.k}x = 0$ have in $[0, ${v.m === 1 ? '' : v.m}\\pi]$?`][v.w] as string,
    unit: '',
    result: [0, 20],
    // sin y = 1/2 has two roots per 2π; an odd number of half-periods ends in a full positive half-period.
    answer: (v) => [v.k * v.m + 1, v.k * v.m + ((v.k * v.m) % 2), v.k * v.m][v.w] as number,
    mistakes: (v) => [v.k * v.m, v.k * v.m + 1, 2 * v.k * v.m, v.k * v.m - 1, v.k + v.m],
    solution: (v) => `Put $y = ${v.k}x$, so $y \\in [0, ${v.k * v.m}\\pi]$, and count the solutions of the basic equation in that interval.`,
    hi: {
      text: (v) => [`अंतराल $[0, ${v.m === 1 ? '' : v.m}\\pi]$ में $\\sin ${v.k}x = 0$ के कितने हल हैं?`, `अंतराल $[0, ${v.m === 1 ? '' : v.m}\\pi]$ में $\\sin ${v.k}x = \\frac12$ के कितने हल हैं?`, `अंतराल $[0, ${v.m === 1 ? '' : v.m}\\pi]$ में $\\cos ${v.k}x = 0$ के कितने हल हैं?`][v.w] as string,
      solution: (v) => `$y = ${v.k}x$ रखिए, तब $y \\in [0, ${v.k * v.m}\\pi]$; इस अंतराल में मूल समीकरण के हल गिनिए।`,
    },
  }),
  formula({
    id: 'm.trig.inverse', subject: 'MATH', concepts: ['M.TRIG.INV', 'M.TRIG.COMPOUND'], difficulty: 3,
    vars: { a: range(-4, 4, 0.5), b: range(0.5, 5, 0.5), t: range(0, T), w: range(0, 1) },
    text: (v) => (v.w === 0 ? `Evaluate $\\tan\\left(\\tan^{-1} ${v.a} + \\tan^{-1} ${arg2(v)}\\right)$.` : `Evaluate $\\sin\\left(\\cos^{-1} ${fracTex(tri(v.t)[0], tri(v.t)[2])}\\right)$.`),
    unit: '',
    result: [-20, 10],
    answer: (v) => (v.w === 0 ? (v.a + arg2(v)) / (1 - v.a * arg2(v)) : tri(v.t)[1] / tri(v.t)[2]),
    mistakes: (v) => (v.w === 0 ? [(v.a + arg2(v)) / (1 + v.a * arg2(v)), v.a + arg2(v), (v.a - arg2(v)) / (1 + v.a * arg2(v))] : [tri(v.t)[0] / tri(v.t)[2], tri(v.t)[2] / tri(v.t)[1], tri(v.t)[1] / tri(v.t)[0]]),
    solution: (v) => (v.w === 0 ? `$\\tan(\\alpha + \\beta) = \\frac{\\tan\\alpha + \\tan\\beta}{1 - \\tan\\alpha\\tan\\beta}$.` : `If $\\cos\\theta = a/c$ with $\\theta \\in [0, \\pi]$, then $\\sin\\theta = \\sqrt{1 - a^2/c^2} \\ge 0$.`),
    hi: {
      text: (v) => (v.w === 0 ? `$\\tan\\left(\\tan^{-1} ${v.a} + \\tan^{-1} ${arg2(v)}\\right)$ का मान ज्ञात कीजिए।` : `$\\sin\\left(\\cos^{-1} ${fracTex(tri(v.t)[0], tri(v.t)[2])}\\right)$ का मान ज्ञात कीजिए।`),
      solution: (v) => (v.w === 0 ? `$\\tan(\\alpha + \\beta) = \\frac{\\tan\\alpha + \\tan\\beta}{1 - \\tan\\alpha\\tan\\beta}$।` : `यदि $\\cos\\theta = a/c$, $\\theta \\in [0, \\pi]$, तो $\\sin\\theta = \\sqrt{1 - a^2/c^2} \\ge 0$।`),
    },
  }),
];
