import { fracTex, polyTex, term } from './format.ts';
import { nonZero, num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Further question shapes for the Maths concepts that had a single template: quadratic roots,
 * continuity and differentiability, rules of differentiation, definite integrals, basics of
 * differential equations and points in the plane, in English and Hindi. Checked in
 * math-depth-c.test.ts by independent routes (root formulas, one-sided difference quotients,
 * numeric derivatives, Simpson and bisection, Jacobian rank, distance ratios).
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const signed = (v: number): string => (v >= 0 ? `+ ${v}` : `- ${-v}`);
/** `x − r` as LaTeX (`x` alone when r = 0). */
const xMinus = (r: number): string => (r === 0 ? 'x' : `x ${signed(-r)}`);

/** Pairs 1 ≤ p < b ≤ 9 for which ∫₀ᵇ |x² − px| dx = (2p³ + 2b³ − 3pb²)/6 is a whole number. */
const ABS_QUAD_PAIRS: [number, number][] = [];
for (let b = 2; b <= 9; b++) for (let p = 1; p < b; p++) if ((2 * p ** 3 + 2 * b ** 3 - 3 * p * b * b) % 6 === 0) ABS_QUAD_PAIRS.push([p, b]);

/** (m, b) with N = m·b² ≤ 36 for ∫₀ᵇ [m x²] dx. */
const FLOOR_SQ_CASES: [number, number][] = [];
for (let m = 1; m <= 6; m++) for (let b = 1; b <= 4; b++) if (m * b * b >= 3 && m * b * b <= 36) FLOOR_SQ_CASES.push([m, b]);

/**
 * Families of curves for "order of the differential equation": LaTeX, Hindi note, the number of
 * letters a careless reader counts, and the number of essential (independent) constants.
 */
export const DE_FAMILIES: readonly { tex: string; letters: number; order: number }[] = [
  { tex: 'y = A e^{x} + B e^{2x} + C', letters: 3, order: 3 },
  { tex: 'y = (A + B)e^{x} + C', letters: 3, order: 2 },
  { tex: 'y = A e^{x + B}', letters: 2, order: 1 },
  { tex: 'y = A \\sin(x + B)', letters: 2, order: 2 },
  { tex: 'y = A \\cos 2x + B \\sin 2x', letters: 2, order: 2 },
  { tex: 'y = Ax^2 + Bx + C', letters: 3, order: 3 },
  { tex: 'y = Ax + Bx + C', letters: 3, order: 2 },
  { tex: 'y = A \\log_e (Bx)', letters: 2, order: 2 },
  { tex: 'y = A + \\log_e (Bx)', letters: 2, order: 1 },
  { tex: 'y = A e^{Bx}', letters: 2, order: 2 },
  { tex: 'y = (A + Bx)e^{Cx}', letters: 3, order: 3 },
  { tex: 'y = A B e^{x} + C', letters: 3, order: 2 },
];

export const mathDepthCGenerators: GeneratorDef[] = [
  {
    id: 'm.quad.common-root',
    subject: M,
    concepts: ['M.QUAD.ROOTS'],
    difficulty: 3,
    build(rng) {
      const r = nonZero(rng, -6, 6);
      const others = [-7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7].filter((x) => x !== r);
      const [s, t] = rng.shuffle(others) as [number, number];
      const e1 = `${polyTex([r * s, -(r + s), 1])} = 0`;
      const e2 = `${polyTex([r * t, -(r + t), 1])} = 0`;
      return num({
        params: { r, s, t },
        text: `The equations $${e1}$ and $${e2}$ have exactly one root in common. Find the common root.`,
        value: r,
        unit: '',
        // Mistakes: a non-common root of either equation; the difference of the constant terms
        // taken as the root (subtracting but not dividing by the x-coefficient's difference).
        mistakes: [s, t, r * (t - s), -r],
        solution: `Subtracting, $(${-(r + s)} - (${-(r + t)}))x + (${r * s} - (${r * t})) = 0$, i.e. $${term(t - s, 1, true)} = ${r * (t - s)}$, so $x = ${r}$. Check: both quadratics vanish at $x = ${r}$ (their other roots are ${s} and ${t}).`,
        hi: {
          text: `समीकरणों $${e1}$ और $${e2}$ का ठीक एक मूल उभयनिष्ठ है। उभयनिष्ठ मूल ${HI_FIND}`,
          solution: `घटाने पर $(${-(r + s)} - (${-(r + t)}))x + (${r * s} - (${r * t})) = 0$, अर्थात् $${term(t - s, 1, true)} = ${r * (t - s)}$, अतः $x = ${r}$। जाँच: $x = ${r}$ पर दोनों द्विघात शून्य हैं (उनके अन्य मूल ${s} और ${t} हैं)।`,
        },
        result: [-6, 6],
      });
    },
  },
  {
    id: 'm.quad.roots-in-interval-count',
    subject: M,
    concepts: ['M.QUAD.ROOTS', 'M.QUAD.FORM'],
    difficulty: 4,
    build(rng) {
      const c = rng.int(1, 3);
      const a = rng.int(-8, 0);
      const b = a + 2 * c + rng.int(2, 12);
      // Roots k ± c; both in (a, b) iff a + c < k < b − c.
      const value = b - a - 2 * c - 1;
      return num({
        params: { a, b, c },
        text: `For how many integer values of $k$ do both roots of $x^2 - 2kx + k^2 - ${c * c} = 0$ lie strictly between ${a} and ${b}?`,
        value,
        unit: '',
        // Mistakes: endpoints included (a + c ≤ k ≤ b − c), one endpoint included, only the
        // vertex k required to lie in (a, b).
        mistakes: [value + 2, value + 1, b - a - 1],
        solution: `$x^2 - 2kx + k^2 - ${c * c} = (x - k)^2 - ${c}^2$, so the roots are $k - ${c}$ and $k + ${c}$. Both lie in $(${a}, ${b})$ when $${a} < k - ${c}$ and $k + ${c} < ${b}$, i.e. $${a + c} < k < ${b - c}$: ${value} integers.`,
        hi: {
          text: `$k$ के कितने पूर्णांक मानों के लिए $x^2 - 2kx + k^2 - ${c * c} = 0$ के दोनों मूल ${a} और ${b} के बीच (अंत्य बिंदु छोड़कर) स्थित हैं?`,
          solution: `$x^2 - 2kx + k^2 - ${c * c} = (x - k)^2 - ${c}^2$, अतः मूल $k - ${c}$ और $k + ${c}$ हैं। दोनों $(${a}, ${b})$ में हैं जब $${a} < k - ${c}$ और $k + ${c} < ${b}$, अर्थात् $${a + c} < k < ${b - c}$: ${value} पूर्णांक।`,
        },
        result: [1, 11],
      });
    },
  },
  {
    id: 'm.cont.differentiable-join',
    subject: M,
    concepts: ['M.CONT.DIFF', 'M.DERIV.RULES'],
    difficulty: 3,
    build(rng) {
      const p = nonZero(rng, -3, 3);
      const q = rng.int(-5, 5);
      const c = nonZero(rng, -3, 3);
      const v = rng.int(0, 1);
      const a = 2 * p * c + q;
      const b = -p * c * c;
      const value = v === 0 ? b : a + b;
      const left = polyTex([0, q, p]);
      // Mistakes: b from f(c) alone (forgetting to subtract ac), slope of the left piece at 0,
      // a sign slip in b.
      const wrongB = [p * c * c + q * c, p * c * c];
      return num({
        params: { p, q, c, v },
        text: `$f(x) = ${left}$ for $x \\le ${c}$ and $f(x) = ax + b$ for $x > ${c}$. If $f$ is differentiable at $x = ${c}$, find ${v === 0 ? '$b$' : '$a + b$'}.`,
        value,
        unit: '',
        mistakes: v === 0 ? [...wrongB, a] : [a + wrongB[0]!, a + wrongB[1]!, q + b, a],
        solution: `Differentiability: the slopes agree, $a = ${2 * p}(${c}) ${signed(q)} = ${a}$. Continuity: $a(${c}) + b = ${p * c * c + q * c}$, so $b = ${p * c * c + q * c} - (${a * c}) = ${b}$${v === 1 ? ` and $a + b = ${a + b}$` : ''}.`,
        hi: {
          text: `$x \\le ${c}$ के लिए $f(x) = ${left}$ तथा $x > ${c}$ के लिए $f(x) = ax + b$ है। यदि $f$, $x = ${c}$ पर अवकलनीय है, तो ${v === 0 ? '$b$' : '$a + b$'} ${HI_FIND}`,
          solution: `अवकलनीयता: प्रवणताएँ बराबर, $a = ${2 * p}(${c}) ${signed(q)} = ${a}$। सांतत्य: $a(${c}) + b = ${p * c * c + q * c}$, अतः $b = ${p * c * c + q * c} - (${a * c}) = ${b}$${v === 1 ? ` तथा $a + b = ${a + b}$` : ''}।`,
        },
        result: [-60, 60],
      });
    },
  },
  {
    id: 'm.cont.kink-count',
    subject: M,
    concepts: ['M.CONT.DIFF', 'M.LIM.BASIC'],
    difficulty: 4,
    build(rng) {
      const p = rng.int(-5, 3);
      const q = p + rng.int(1, 4);
      const kind = rng.int(0, 2);
      // kind 0: r is a root and k cancels the corner there; 1: r a root, no cancellation; 2: r apart.
      const r = kind === 2 ? rng.pick([-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7].filter((x) => x !== p && x !== q)) : rng.pick([p, q]);
      const k = kind === 0 ? -(q - p) : kind === 1 ? rng.pick([1, 2, 3, -(q - p) - 1].filter((x) => x !== 0)) : nonZero(rng, -3, 3);
      const value = kind === 0 ? 1 : kind === 1 ? 2 : 3;
      const kTex = k === 1 ? '' : k === -1 ? '-' : String(k);
      const f = `\\left|${polyTex([p * q, -(p + q), 1])}\\right| ${k < 0 ? '' : '+ '}${kTex}|${xMinus(r)}|`;
      return num({
        params: { p, q, r, k },
        text: `Find the number of points at which $f(x) = ${f}$ is not differentiable.`,
        value,
        unit: '',
        // Mistakes: every corner counted without checking cancellation; the roots only; one.
        mistakes: [3, 2, 1, 4],
        solution: `Corners can occur only at $x = ${p}, ${q}$ (roots of the quadratic) and $x = ${r}$. At a simple root the first term's slope jumps by $2 \\times ${q - p} = ${2 * (q - p)}$; $${kTex || '1'}|${xMinus(r)}|$ adds a jump of $${2 * k}$ at $x = ${r}$. ${kind === 0 ? `At $x = ${r}$ the jumps cancel ($${2 * (q - p)} + (${2 * k}) = 0$), so $f$ fails to be differentiable at 1 point only.` : kind === 1 ? `At $x = ${r}$ the jumps add to $${2 * (q - p) + 2 * k} \\ne 0$: 2 points.` : `The three points are distinct: 3 points.`}`,
        hi: {
          text: `उन बिंदुओं की संख्या ज्ञात कीजिए जिन पर $f(x) = ${f}$ अवकलनीय नहीं है।`,
          solution: `कोने केवल $x = ${p}, ${q}$ (द्विघात के मूल) और $x = ${r}$ पर हो सकते हैं। साधारण मूल पर पहले पद की प्रवणता में $2 \\times ${q - p} = ${2 * (q - p)}$ का उछाल है; $${kTex || '1'}|${xMinus(r)}|$, $x = ${r}$ पर $${2 * k}$ का उछाल जोड़ता है। ${kind === 0 ? `$x = ${r}$ पर उछाल निरस्त हो जाते हैं ($${2 * (q - p)} + (${2 * k}) = 0$), अतः $f$ केवल 1 बिंदु पर अवकलनीय नहीं है।` : kind === 1 ? `$x = ${r}$ पर उछालों का योग $${2 * (q - p) + 2 * k} \\ne 0$ है: 2 बिंदु।` : `तीनों बिंदु भिन्न हैं: 3 बिंदु।`}`,
        },
        result: [1, 3],
      });
    },
  },
  {
    id: 'm.deriv.quotient-value',
    subject: M,
    concepts: ['M.DERIV.RULES'],
    difficulty: 2,
    build(rng) {
      const u = rng.pick([-2, -1, 1, 2]);
      const k = nonZero(rng, -6, 6);
      const x0 = rng.int(-3, 3);
      const d = u - x0;
      const a = nonZero(rng, -5, 5);
      const D = k * u * u;
      const b = a * d - D;
      const f = `\\frac{${polyTex([b, a])}}{${polyTex([d, 1])}}`;
      return num({
        params: { a, b, d, x0 },
        text: `If $f(x) = ${f}$, find $f'(${x0})$.`,
        value: k,
        unit: '',
        // Mistakes: denominator not squared; numerator of the quotient rule in the wrong order;
        // the ratio of the derivatives of numerator and denominator.
        mistakes: [D / u, -k, a, D],
        solution: `$f'(x) = \\frac{${a}(${xMinus(-d)}) - (${polyTex([b, a])})}{(${xMinus(-d)})^2} = \\frac{${D}}{(${xMinus(-d)})^2}$; at $x = ${x0}$: $\\frac{${D}}{${u * u}} = ${k}$.`,
        hi: {
          text: `यदि $f(x) = ${f}$ है, तो $f'(${x0})$ ${HI_FIND}`,
          solution: `भागफल नियम से $f'(x) = \\frac{${a}(${xMinus(-d)}) - (${polyTex([b, a])})}{(${xMinus(-d)})^2} = \\frac{${D}}{(${xMinus(-d)})^2}$; $x = ${x0}$ पर: $\\frac{${D}}{${u * u}} = ${k}$।`,
        },
        result: [-6, 6],
      });
    },
  },
  {
    id: 'm.deriv.product-table',
    subject: M,
    concepts: ['M.DERIV.RULES'],
    difficulty: 3,
    build(rng) {
      const x0 = rng.int(1, 3);
      const f0 = nonZero(rng, -4, 4);
      const f1 = nonZero(rng, -4, 4);
      const g0 = nonZero(rng, -4, 4);
      const g1 = nonZero(rng, -4, 4);
      const v = rng.int(0, 2);
      const forms = ['f(x)\\,g(x)', '\\left(f(x)\\right)^2 g(x)', 'x\\,f(x)\\,g(x)'];
      const values = [f1 * g0 + f0 * g1, 2 * f0 * f1 * g0 + f0 * f0 * g1, f0 * g0 + x0 * f1 * g0 + x0 * f0 * g1];
      const value = values[v] as number;
      // Mistakes: derivative of a product taken as the product of derivatives; one term of the
      // product rule dropped (each way).
      const mistakes = [[f1 * g1, f0 * g1, f1 * g0], [2 * f0 * f1 * g1, f0 * f0 * g1, 2 * f0 * f1 * g0], [x0 * f1 * g1, x0 * (f1 * g0 + f0 * g1), f1 * g1]][v] as number[];
      const rule = [
        `h' = f'g + fg' = (${f1})(${g0}) + (${f0})(${g1})`,
        `h' = 2ff'g + f^2g' = 2(${f0})(${f1})(${g0}) + (${f0})^2(${g1})`,
        `h' = fg + x f'g + x f g' = (${f0})(${g0}) + ${x0}(${f1})(${g0}) + ${x0}(${f0})(${g1})`,
      ][v] as string;
      const data = `$f(${x0}) = ${f0}$, $f'(${x0}) = ${f1}$, $g(${x0}) = ${g0}$, $g'(${x0}) = ${g1}$`;
      return num({
        params: { x0, f0, f1, g0, g1, v },
        text: `Differentiable functions $f$ and $g$ satisfy ${data}. If $h(x) = ${forms[v]}$, find $h'(${x0})$.`,
        value,
        unit: '',
        mistakes,
        solution: `Product rule at $x = ${x0}$: $${rule} = ${value}$.`,
        hi: {
          text: `अवकलनीय फलन $f$ और $g$ के लिए ${data}। यदि $h(x) = ${forms[v]}$ है, तो $h'(${x0})$ ${HI_FIND}`,
          solution: `$x = ${x0}$ पर गुणनफल नियम: $${rule} = ${value}$।`,
        },
        result: [-250, 250],
      });
    },
  },
  {
    id: 'm.int.def-floor-square',
    subject: M,
    concepts: ['M.INT.DEF', 'M.INT.PROP'],
    difficulty: 4,
    build(rng) {
      const [m, b] = rng.pick(FLOOR_SQ_CASES);
      const N = m * b * b;
      // [m x²] = k on [√(k/m), √((k+1)/m)); summing k × length telescopes to (N − 1)b − Σ √(j/m).
      let roots = 0;
      for (let j = 1; j < N; j++) roots += Math.sqrt(j / m);
      const value = (N - 1) * b - roots;
      const mx = m === 1 ? 'x^2' : `${m}x^2`;
      return num({
        params: { m, b },
        text: `Evaluate $\\int_0^{${b}} \\left[${mx}\\right] dx$, where $[t]$ is the greatest integer not exceeding $t$.`,
        value,
        unit: '',
        // Mistakes: the bracket dropped (∫ m x²), the floor taken at the upper limit only
        // ((N − 1)·b), the integrand replaced by its average of the end values.
        mistakes: [(m * b ** 3) / 3, (N - 1) * b, ((N - 1) * b) / 2, value + b],
        sig: 4,
        solution: `$[${mx}] = k$ for $\\sqrt{k/${m}} \\le x < \\sqrt{(k+1)/${m}}$, $k = 0, 1, \\dots, ${N - 1}$. Summing $k$ times the length of each interval telescopes: $\\int_0^{${b}} [${mx}]\\,dx = ${N - 1}\\cdot ${b} - \\sum_{j=1}^{${N - 1}} \\sqrt{j/${m}} \\approx ${value.toFixed(2)}$.`,
        hi: {
          text: `$\\int_0^{${b}} \\left[${mx}\\right] dx$ का मान ज्ञात कीजिए, जहाँ $[t]$, $t$ से अनधिक महत्तम पूर्णांक है।`,
          solution: `$\\sqrt{k/${m}} \\le x < \\sqrt{(k+1)/${m}}$ के लिए $[${mx}] = k$, $k = 0, 1, \\dots, ${N - 1}$। प्रत्येक अंतराल की लंबाई का $k$ गुना जोड़ने पर: $\\int_0^{${b}} [${mx}]\\,dx = ${N - 1}\\cdot ${b} - \\sum_{j=1}^{${N - 1}} \\sqrt{j/${m}} \\approx ${value.toFixed(2)}$।`,
        },
        result: [0.3, 80],
      });
    },
  },
  {
    id: 'm.int.def-abs-quadratic',
    subject: M,
    concepts: ['M.INT.DEF', 'M.INT.AREA'],
    difficulty: 3,
    build(rng) {
      const [p, b] = rng.pick(ABS_QUAD_PAIRS);
      const inner = p ** 3 / 6;
      const outer = (b ** 3 - p ** 3) / 3 - (p * (b * b - p * p)) / 2;
      const value = inner + outer;
      const plain = b ** 3 / 3 - (p * b * b) / 2;
      return num({
        params: { p, b },
        text: `Evaluate $\\int_0^{${b}} \\left|x^2 - ${p === 1 ? '' : p}x\\right| dx$.`,
        value,
        unit: '',
        // Mistakes: modulus ignored (signed integral, possibly negative and then never shown),
        // its absolute value, only the part beyond the root, only the part before it.
        mistakes: [plain, Math.abs(plain), outer, outer - inner],
        solution: `$x^2 - ${p}x \\le 0$ on $[0, ${p}]$. So the integral is $\\int_0^{${p}} (${p}x - x^2)dx + \\int_{${p}}^{${b}} (x^2 - ${p}x)dx = ${fracTex(p ** 3, 6)} + ${fracTex(2 * (b ** 3 - p ** 3) - 3 * p * (b * b - p * p), 6)} = ${value}$.`,
        hi: {
          text: `$\\int_0^{${b}} \\left|x^2 - ${p === 1 ? '' : p}x\\right| dx$ का मान ज्ञात कीजिए।`,
          solution: `$[0, ${p}]$ पर $x^2 - ${p}x \\le 0$ है। अतः समाकल $\\int_0^{${p}} (${p}x - x^2)dx + \\int_{${p}}^{${b}} (x^2 - ${p}x)dx = ${fracTex(p ** 3, 6)} + ${fracTex(2 * (b ** 3 - p ** 3) - 3 * p * (b * b - p * p), 6)} = ${value}$।`,
        },
        result: [0, 250],
      });
    },
  },
  {
    id: 'm.de.essential-constants',
    subject: M,
    concepts: ['M.DE.BASICS'],
    difficulty: 3,
    build(rng) {
      const i = rng.int(0, DE_FAMILIES.length - 1);
      const fam = DE_FAMILIES[i]!;
      return num({
        params: { i },
        text: `Find the order of the differential equation whose general solution is $${fam.tex}$, where ${fam.letters === 3 ? '$A$, $B$, $C$' : '$A$, $B$'} are arbitrary constants.`,
        value: fam.order,
        unit: '',
        // Mistake: one order per letter, without merging constants that occur only in a combination.
        mistakes: [fam.letters, fam.letters + 1, 1, 2, 3, 4],
        solution: `The order equals the number of essential (independent) arbitrary constants. ${fam.order === fam.letters ? `Here all ${fam.letters} constants are independent` : `Here the constants combine into ${fam.order} independent one${fam.order > 1 ? 's' : ''} (e.g. $A + B$, $AB$, $Ae^{B}$ or $A\\log_e B$ is a single constant)`}, so the order is ${fam.order}.`,
        hi: {
          text: `उस अवकल समीकरण की कोटि ज्ञात कीजिए जिसका व्यापक हल $${fam.tex}$ है, जहाँ ${fam.letters === 3 ? '$A$, $B$, $C$' : '$A$, $B$'} स्वेच्छ अचर हैं।`,
          solution: `कोटि आवश्यक (स्वतंत्र) स्वेच्छ अचरों की संख्या के बराबर होती है। ${fam.order === fam.letters ? `यहाँ सभी ${fam.letters} अचर स्वतंत्र हैं` : `यहाँ अचर मिलकर ${fam.order} स्वतंत्र अचर बनाते हैं (जैसे $A + B$, $AB$, $Ae^{B}$ या $A\\log_e B$ एक ही अचर है)`}, अतः कोटि ${fam.order} है।`,
        },
        result: [1, 3],
      });
    },
  },
  {
    id: 'm.de.form-from-solution',
    subject: M,
    concepts: ['M.DE.BASICS', 'M.DE.LINEAR'],
    difficulty: 3,
    build(rng) {
      const p = rng.int(-4, 4);
      const q = rng.pick([-4, -3, -2, -1, 0, 1, 2, 3, 4, 5].filter((x) => x !== p));
      const P = -(p + q);
      const Q = p * q;
      const value = P + Q;
      return num({
        params: { p, q },
        text: `$y = Ae^{${p}x} + Be^{${q}x}$ ($A$, $B$ arbitrary constants) is the general solution of $y'' + Py' + Qy = 0$. Find $P + Q$.`,
        value,
        unit: '',
        // Mistakes: P taken as +(p + q) (sign slip), Q as −pq, both signs slipped.
        mistakes: [p + q + Q, P - Q, p + q - Q],
        solution: `$e^{mx}$ solves $y'' + Py' + Qy = 0$ when $m^2 + Pm + Q = 0$. With roots ${p} and ${q}: $P = -(${p} ${signed(q)}) = ${P}$, $Q = (${p})(${q}) = ${Q}$, so $P + Q = ${value}$.`,
        hi: {
          text: `$y = Ae^{${p}x} + Be^{${q}x}$ ($A$, $B$ स्वेच्छ अचर), $y'' + Py' + Qy = 0$ का व्यापक हल है। $P + Q$ ${HI_FIND}`,
          solution: `$e^{mx}$, $y'' + Py' + Qy = 0$ का हल है जब $m^2 + Pm + Q = 0$। मूल ${p} और ${q} होने से $P = -(${p} ${signed(q)}) = ${P}$, $Q = (${p})(${q}) = ${Q}$, अतः $P + Q = ${value}$।`,
        },
        result: [-30, 30],
      });
    },
  },
  {
    id: 'm.cg.section-point',
    subject: M,
    concepts: ['M.CG.POINTS'],
    difficulty: 2,
    build(rng) {
      const external = rng.int(0, 1) === 1;
      const n = rng.int(1, 3);
      const m = external ? n + rng.int(1, 3) : rng.int(1, 4);
      const ax = rng.int(-6, 6);
      const ay = rng.int(-6, 6);
      const dx = nonZero(rng, -3, 3);
      const dy = rng.int(-3, 3);
      const s = external ? m - n : m + n;
      const bx = ax + s * dx;
      const by = ay + s * dy;
      // The point is A + m·d in both cases (B = A + (m ± n)·d).
      const value = ax + ay + m * (dx + dy);
      const swapped = external ? ax + ay - n * (dx + dy) : ax + ay + n * (dx + dy);
      const other = external ? (n * (bx + by) + m * (ax + ay)) / (m + n) : m === n ? Number.NaN : (m * (bx + by) - n * (ax + ay)) / (m - n);
      const how = external ? 'externally' : 'internally';
      return num({
        params: { ax, ay, bx, by, m, n, e: external ? 1 : 0 },
        text: `The point $P$ divides the join of $A(${ax}, ${ay})$ and $B(${bx}, ${by})$ ${how} in the ratio ${m} : ${n}. Find the sum of the coordinates of $P$.`,
        value,
        unit: '',
        // Mistakes: ratio reversed (n : m); internal and external formulae confused; midpoint.
        mistakes: [swapped, other, (ax + ay + bx + by) / 2],
        solution: external
          ? `$P = \\left(\\frac{${m}x_B - ${n}x_A}{${m} - ${n}}, \\frac{${m}y_B - ${n}y_A}{${m} - ${n}}\\right) = (${ax + m * dx}, ${ay + m * dy})$; sum $${value}$.`
          : `$P = \\left(\\frac{${m}x_B + ${n}x_A}{${m} + ${n}}, \\frac{${m}y_B + ${n}y_A}{${m} + ${n}}\\right) = (${ax + m * dx}, ${ay + m * dy})$; sum $${value}$.`,
        hi: {
          text: `बिंदु $P$, $A(${ax}, ${ay})$ और $B(${bx}, ${by})$ को मिलाने वाले रेखाखंड को ${external ? 'बाह्यतः' : 'अंतःतः'} ${m} : ${n} के अनुपात में विभाजित करता है। $P$ के निर्देशांकों का योग ${HI_FIND}`,
          solution: `विभाजन सूत्र से $P = (${ax + m * dx}, ${ay + m * dy})$; योग $${value}$।`,
        },
        result: [-60, 60],
      });
    },
  },
  {
    id: 'm.cg.incentre-right-triangle',
    subject: M,
    concepts: ['M.CG.POINTS', 'M.CG.STRAIGHT'],
    difficulty: 3,
    build(rng) {
      const [p, q, c] = rng.pick(TRIPLES);
      const h = rng.int(-5, 5);
      const k = rng.int(-5, 5);
      const sp = rng.pick([1, -1]);
      const sq = rng.pick([1, -1]);
      const r = (p + q - c) / 2;
      const value = h + k + (sp + sq) * r;
      const B = [h + sp * p, k];
      const C = [h, k + sq * q];
      return num({
        params: { h, k, bx: B[0]!, cy: C[1]! },
        text: `Find the sum of the coordinates of the incentre of the triangle with vertices $(${h}, ${k})$, $(${B[0]}, ${B[1]})$ and $(${C[0]}, ${C[1]})$.`,
        value,
        unit: '',
        // Mistakes: the centroid, the circumcentre (midpoint of the hypotenuse), the orthocentre
        // (the right-angled vertex): other centres of the same triangle.
        mistakes: [h + k + (sp * p + sq * q) / 3, h + k + (sp * p + sq * q) / 2, h + k],
        solution: `The right angle is at $(${h}, ${k})$ with legs ${p} and ${q} along the axes' directions, hypotenuse ${c}. The inradius is $r = \\frac{${p} + ${q} - ${c}}{2} = ${r}$, so the incentre is $(${h + sp * r}, ${k + sq * r})$; sum $${value}$.`,
        hi: {
          text: `शीर्षों $(${h}, ${k})$, $(${B[0]}, ${B[1]})$ और $(${C[0]}, ${C[1]})$ वाले त्रिभुज के अंतःकेंद्र के निर्देशांकों का योग ${HI_FIND}`,
          solution: `समकोण $(${h}, ${k})$ पर है, भुजाएँ ${p} और ${q} अक्षों की दिशाओं में, कर्ण ${c}। अंतःत्रिज्या $r = \\frac{${p} + ${q} - ${c}}{2} = ${r}$, अतः अंतःकेंद्र $(${h + sp * r}, ${k + sq * r})$ है; योग $${value}$।`,
        },
        result: [-22, 22],
      });
    },
  },
];
