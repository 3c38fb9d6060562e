import { fracTex, polyTex } from './format.ts';
import { multi, nonZero, num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Third question shapes for sets, relations, functions, logarithms, complex numbers, quadratics
 * and matrices, in English and Hindi. Checked in math-depth-f.test.ts by brute force over
 * finite sets, exact rational iteration, complex arithmetic and direct matrix products.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';

/**
 * Relations on {1, …, n} with their properties (reflexive, symmetric, transitive) as a careful
 * solver decides them; the test decides them by checking every pair and triple.
 */
export const RELATIONS: readonly { en: (n: number, m: number) => string; hi: (n: number, m: number) => string; props: readonly [boolean, boolean, boolean] }[] = [
  { en: () => '$a R b \\iff a \\le b$', hi: () => '$a R b \\iff a \\le b$', props: [true, false, true] },
  { en: (_n, m) => `$a R b \\iff ${m}$ divides $a - b$`, hi: (_n, m) => `$a R b \\iff a - b$, ${m} से विभाज्य है`, props: [true, true, true] },
  { en: () => '$a R b \\iff a + b$ is even', hi: () => '$a R b \\iff a + b$ सम है', props: [true, true, true] },
  { en: () => '$a R b \\iff |a - b| \\le 1$', hi: () => '$a R b \\iff |a - b| \\le 1$', props: [true, true, false] },
  { en: () => '$a R b \\iff a < b$', hi: () => '$a R b \\iff a < b$', props: [false, false, true] },
  { en: () => '$a R b \\iff a$ divides $b$', hi: () => '$a R b \\iff a$, $b$ को विभाजित करता है', props: [true, false, true] },
  { en: () => '$a R b \\iff \\gcd(a, b) = 1$', hi: () => '$a R b \\iff \\gcd(a, b) = 1$', props: [false, true, false] },
  { en: (n) => `$a R b \\iff a + b = ${n + 1}$`, hi: (n) => `$a R b \\iff a + b = ${n + 1}$`, props: [false, true, false] },
  { en: () => '$a R b \\iff a = b$ or $a + b$ is odd', hi: () => '$a R b \\iff a = b$ या $a + b$ विषम है', props: [true, true, false] },
];

/** 2×2 matrix families for the matrix-type statements: entries from a parameter a. */
export function typeMatrix(family: number, a: number): number[][] {
  switch (family) {
    case 0: return [[1, a], [0, -1]];
    case 1: return [[a + 1, -a], [a + 1, -a]];
    case 2: return [[0, -a], [a, 0]];
    case 3: { const [p, q, r] = TRIPLES[Math.abs(a) % TRIPLES.length]!; return [[p / r, q / r], [q / r, -p / r]]; }
    default: return [[a, 0], [0, a]];
  }
}
const TYPE_PROPS: readonly (readonly [boolean, boolean, boolean, boolean])[] = [
  [false, false, false, true],
  [false, false, true, false],
  [false, true, false, false],
  [true, true, false, true],
  [true, false, false, false],
];

export const mathDepthFGenerators: GeneratorDef[] = [
  {
    id: 'm.sets.product-counts',
    subject: M,
    concepts: ['M.SETS.OPS', 'M.REL.TYPES'],
    difficulty: 2,
    build(rng) {
      const r = rng.int(1, 5);
      const p = r + rng.int(1, 5);
      const q = r + rng.int(1, 5);
      const v = rng.int(0, 2);
      const values = [r * r, 2 ** r, (p - r) * (q - r)];
      const value = values[v] as number;
      const asks = ['$n\\big((A \\times B) \\cap (B \\times A)\\big)$', '$n\\big(P(A) \\cap P(B)\\big)$, where $P$ denotes the power set', '$n\\big((A - B) \\times (B - A)\\big)$'];
      const asksHi = ['$n\\big((A \\times B) \\cap (B \\times A)\\big)$', '$n\\big(P(A) \\cap P(B)\\big)$, जहाँ $P$ घात समुच्चय है', '$n\\big((A - B) \\times (B - A)\\big)$'];
      return num({
        params: { p, q, r, v },
        text: `$n(A) = ${p}$, $n(B) = ${q}$ and $n(A \\cap B) = ${r}$. Find ${asks[v]}.`,
        value,
        unit: '',
        // Mistakes: n(A)·n(B); 2 to the power of the union; the product with the intersection kept.
        mistakes: [[p * q, 2 * r, r][v]!, [p * q - r * r, 2 ** (p + q - r), 2 ** p + 2 ** q][v]!, [2 * r, r * r, p * q - r][v]!],
        solution: [
          `$(A \\times B) \\cap (B \\times A) = (A \\cap B) \\times (A \\cap B)$, with $${r}^2 = ${value}$ elements.`,
          `A set is a subset of both $A$ and $B$ exactly when it is a subset of $A \\cap B$: $2^{${r}} = ${value}$.`,
          `$n(A - B) = ${p - r}$ and $n(B - A) = ${q - r}$, so the product has $${p - r} \\times ${q - r} = ${value}$ elements.`,
        ][v] as string,
        hi: {
          text: `$n(A) = ${p}$, $n(B) = ${q}$ तथा $n(A \\cap B) = ${r}$ है। ${asksHi[v]} ${HI_FIND}`,
          solution: [
            `$(A \\times B) \\cap (B \\times A) = (A \\cap B) \\times (A \\cap B)$, जिसमें $${r}^2 = ${value}$ अवयव हैं।`,
            `कोई समुच्चय $A$ और $B$ दोनों का उपसमुच्चय तभी है जब वह $A \\cap B$ का उपसमुच्चय हो: $2^{${r}} = ${value}$।`,
            `$n(A - B) = ${p - r}$ और $n(B - A) = ${q - r}$, अतः गुणनफल में $${p - r} \\times ${q - r} = ${value}$ अवयव हैं।`,
          ][v] as string,
        },
        result: [1, 32],
      });
    },
  },
  {
    id: 'm.rel.properties-multi',
    subject: M,
    concepts: ['M.REL.TYPES', 'M.SETS.OPS'],
    difficulty: 4,
    build(rng) {
      const rule = rng.int(0, RELATIONS.length - 1);
      const n = rng.int(5, 9);
      const m = rng.int(2, 4);
      const rel = RELATIONS[rule]!;
      const [R, S, T] = rel.props;
      const truth = [R, S, T, R && S && T];
      const en = ['$R$ is reflexive', '$R$ is symmetric', '$R$ is transitive', '$R$ is an equivalence relation'];
      const hi = ['$R$ स्वतुल्य है', '$R$ सममित है', '$R$ संक्रामक है', '$R$ एक तुल्यता संबंध है'];
      const why = (ok: boolean, yes: string, no: string) => (ok ? yes : no);
      return multi({
        params: { rule, n, m },
        text: `On $A = \\{1, 2, \\dots, ${n}\\}$ the relation $R$ is defined by ${rel.en(n, m)}. Which of the following statements are correct?`,
        options: en.map((text, i) => ({ text, correct: truth[i] === true })),
        solution: `Reflexive: ${why(R, 'every $(a, a)$ is in $R$', 'some $(a, a)$ is missing')}. Symmetric: ${why(S, 'the rule is unchanged when $a$ and $b$ are swapped', 'a pair $(a, b) \\in R$ has $(b, a) \\notin R$')}. Transitive: ${why(T, '$(a, b), (b, c) \\in R$ always give $(a, c) \\in R$', 'some $(a, b), (b, c) \\in R$ have $(a, c) \\notin R$')}. ${R && S && T ? 'Hence $R$ is an equivalence relation.' : 'Hence $R$ is not an equivalence relation.'}`,
        hi: {
          text: `$A = \\{1, 2, \\dots, ${n}\\}$ पर संबंध $R$, ${rel.hi(n, m)} द्वारा परिभाषित है। निम्नलिखित में से कौन-से कथन सही हैं?`,
          solution: `स्वतुल्य: ${why(R, 'प्रत्येक $(a, a)$, $R$ में है', 'कोई $(a, a)$ अनुपस्थित है')}। सममित: ${why(S, '$a$ और $b$ की अदला-बदली से नियम नहीं बदलता', 'किसी $(a, b) \\in R$ के लिए $(b, a) \\notin R$')}। संक्रामक: ${why(T, '$(a, b), (b, c) \\in R$ से सदैव $(a, c) \\in R$', 'किन्हीं $(a, b), (b, c) \\in R$ के लिए $(a, c) \\notin R$')}। ${R && S && T ? 'अतः $R$ तुल्यता संबंध है।' : 'अतः $R$ तुल्यता संबंध नहीं है।'}`,
          options: hi,
        },
      });
    },
  },
  {
    id: 'm.func.domain-integers',
    subject: M,
    concepts: ['M.FUNC.BASICS', 'M.FUNC.EXPLOG'],
    difficulty: 3,
    build(rng) {
      const a = rng.int(-6, 2);
      const b = a + rng.int(4, 10);
      const c = rng.int(a - 2, b - 2);
      // Domain: a ≤ x ≤ b (square root), x > c and x ≠ c + 1 (logarithm in the denominator).
      let value = 0;
      for (let x = a; x <= b; x++) if (x > c && x !== c + 1) value++;
      const f = `\\frac{\\sqrt{(x ${a >= 0 ? '-' : '+'} ${Math.abs(a)})(${b} - x)}}{\\log_e (x ${c >= 0 ? '-' : '+'} ${Math.abs(c)})}`.replace(/\(x [-+] 0\)/g, 'x');
      const inRoot = b - a + 1;
      return num({
        params: { a, b, c },
        text: `How many integers lie in the domain of $f(x) = ${f}$?`,
        value,
        unit: '',
        // Mistakes: x = c + 1 (log = 0) kept; only the square root's condition; x = c kept.
        mistakes: [value + 1, inRoot, value + 2, value - 1],
        solution: `Need $(x ${a >= 0 ? '-' : '+'} ${Math.abs(a)})(${b} - x) \\ge 0$, i.e. $${a} \\le x \\le ${b}$; $x > ${c}$ for the logarithm; and $\\log_e(x - (${c})) \\ne 0$, i.e. $x \\ne ${c + 1}$. Integers: ${value}.`,
        hi: {
          text: `$f(x) = ${f}$ के प्रांत में कितने पूर्णांक हैं?`,
          solution: `आवश्यक: $(x ${a >= 0 ? '-' : '+'} ${Math.abs(a)})(${b} - x) \\ge 0$, अर्थात् $${a} \\le x \\le ${b}$; लघुगणक के लिए $x > ${c}$; तथा $\\log_e(x - (${c})) \\ne 0$, अर्थात् $x \\ne ${c + 1}$। पूर्णांक: ${value}।`,
        },
        result: [1, 11],
      });
    },
  },
  {
    id: 'm.func.iterated-mobius',
    subject: M,
    concepts: ['M.FUNC.COMPOSE'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const kind = rng.int(0, 1);
      const n = rng.int(10, 2030);
      const x0 = rng.pick([2, 3, 4, 5, -2, -3, -4]);
      // f(x) = 1/(1 − x) has period 3; g(x) = (x − 1)/(x + 1) has period 4. Orbits as fractions.
      const orbit: [number, number][] = kind === 0 ? [[x0, 1], [1, 1 - x0], [x0 - 1, x0]] : [[x0, 1], [x0 - 1, x0 + 1], [-1, x0], [1 + x0, 1 - x0]];
      const period = orbit.length;
      const [pn, pd] = orbit[n % period]!;
      const value = pn / pd;
      const fTex = kind === 0 ? '\\frac{1}{1 - x}' : '\\frac{x - 1}{x + 1}';
      return num({
        params: { kind, n, x0 },
        text: `Let $f(x) = ${fTex}$ and $f^{[k]}$ denote $f$ composed with itself $k$ times. Find $f^{[${n}]}(${x0})$.`,
        value,
        unit: '',
        // Mistakes: the other points of the orbit (the period or the remainder miscounted).
        mistakes: orbit.filter((_, i) => i !== n % period).map(([a, b]) => a / b),
        sig: 4,
        solution: `Computing, ${kind === 0 ? '$f(f(x)) = \\frac{x - 1}{x}$ and $f(f(f(x))) = x$' : '$f(f(x)) = -\\frac{1}{x}$ and $f^{[4]}(x) = x$'}: period ${period}. Since $${n} \\equiv ${n % period} \\pmod{${period}}$, the value is $f^{[${n % period}]}(${x0}) = ${fracTex(pn, pd)}$.`,
        hi: {
          text: `माना $f(x) = ${fTex}$ है और $f^{[k]}$, $f$ का स्वयं से $k$ बार संयोजन है। $f^{[${n}]}(${x0})$ ${HI_FIND}`,
          solution: `गणना से ${kind === 0 ? '$f(f(x)) = \\frac{x - 1}{x}$ तथा $f(f(f(x))) = x$' : '$f(f(x)) = -\\frac{1}{x}$ तथा $f^{[4]}(x) = x$'}: आवर्त ${period}। चूँकि $${n} \\equiv ${n % period} \\pmod{${period}}$, मान $f^{[${n % period}]}(${x0}) = ${fracTex(pn, pd)}$ है।`,
        },
        result: [-5, 5],
      });
    },
  },
  {
    id: 'm.func.exponential-quadratic',
    subject: M,
    concepts: ['M.FUNC.EXPLOG', 'M.QUAD.ROOTS'],
    difficulty: 3,
    build(rng) {
      const a = rng.pick([2, 3]);
      const v = rng.int(0, 1);
      const e1 = rng.int(0, 3);
      const e2 = v === 0 ? rng.pick([0, 1, 2, 3, 4].filter((x) => x !== e1)) : 0;
      const k = v === 1 ? rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9].filter((x) => x !== a ** e1)) : 0;
      // v = 0: roots a^x = a^{e1}, a^{e2}; v = 1: roots a^x = a^{e1} and a^x = −k (rejected).
      const t1 = a ** e1;
      const t2 = v === 0 ? a ** e2 : -k;
      const s = t1 + t2;
      const p = t1 * t2;
      const value = v === 0 ? e1 + e2 : e1;
      const eq = `${a * a}^{x} ${s >= 0 ? '-' : '+'} ${Math.abs(s) === 1 ? '' : Math.abs(s)}\\cdot ${a}^{x} ${p >= 0 ? '+' : '-'} ${Math.abs(p)} = 0`;
      return num({
        params: { a, e1, t2n: t2, v },
        text: `Find the ${v === 0 ? 'sum of the real solutions' : 'real solution'} of $${eq}$.`,
        value,
        unit: '',
        // Mistakes: the roots in t = a^x added instead of their logarithms; the product of the
        // exponents; the rejected negative root counted through |t|.
        mistakes: v === 0 ? [s, e1 * e2, Math.log(p) / Math.log(a) + 1] : [e1 + Math.log(k) / Math.log(a), t1, e1 + 1],
        solution: `Put $t = ${a}^{x} > 0$: $t^2 ${s >= 0 ? '-' : '+'} ${Math.abs(s)}t ${p >= 0 ? '+' : '-'} ${Math.abs(p)} = 0$ gives $t = ${t1}$ or $t = ${t2}$. ${v === 0 ? `So $x = ${e1}$ or $x = ${e2}$; sum ${value}.` : `$t = ${t2}$ is impossible ($${a}^{x} > 0$), so $x = ${e1}$.`}`,
        hi: {
          text: `$${eq}$ ${v === 0 ? 'के वास्तविक हलों का योग' : 'का वास्तविक हल'} ${HI_FIND}`,
          solution: `$t = ${a}^{x} > 0$ रखने पर: $t^2 ${s >= 0 ? '-' : '+'} ${Math.abs(s)}t ${p >= 0 ? '+' : '-'} ${Math.abs(p)} = 0$ से $t = ${t1}$ या $t = ${t2}$। ${v === 0 ? `अतः $x = ${e1}$ या $x = ${e2}$; योग ${value}।` : `$t = ${t2}$ असंभव है ($${a}^{x} > 0$), अतः $x = ${e1}$।`}`,
        },
        result: [0, 7],
      });
    },
  },
  {
    id: 'm.cplx.square-root',
    subject: M,
    concepts: ['M.CPLX.ALG', 'M.CPLX.POLAR'],
    difficulty: 2,
    build(rng) {
      const p = nonZero(rng, -6, 6);
      const q = rng.pick([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6].filter((x) => Math.abs(x) !== Math.abs(p)));
      const A = p * p - q * q;
      const B = 2 * p * q;
      const value = Math.abs(p) + Math.abs(q);
      const z = `${A}${B >= 0 ? ' + ' : ' - '}${Math.abs(B)}i`;
      return num({
        params: { A, B },
        text: `The square roots of $${z}$ are $\\pm(x + iy)$ with real $x, y$. Find $|x| + |y|$.`,
        value,
        unit: '',
        // Mistakes: √|A| + √|B| style (square roots of the parts); |z| itself; the difference.
        mistakes: [Math.abs(Math.abs(p) - Math.abs(q)), p * p + q * q, Math.sqrt(Math.abs(A)) + Math.sqrt(Math.abs(B))],
        solution: `$(x + iy)^2 = x^2 - y^2 + 2ixy$: $x^2 - y^2 = ${A}$, $2xy = ${B}$, and $x^2 + y^2 = |z| = \\sqrt{${A}^2 + ${B}^2} = ${p * p + q * q}$. So $x^2 = ${p * p}$, $y^2 = ${q * q}$ and $|x| + |y| = ${value}$.`,
        hi: {
          text: `$${z}$ के वर्गमूल $\\pm(x + iy)$ हैं, जहाँ $x, y$ वास्तविक हैं। $|x| + |y|$ ${HI_FIND}`,
          solution: `$(x + iy)^2 = x^2 - y^2 + 2ixy$: $x^2 - y^2 = ${A}$, $2xy = ${B}$, तथा $x^2 + y^2 = |z| = \\sqrt{${A}^2 + ${B}^2} = ${p * p + q * q}$। अतः $x^2 = ${p * p}$, $y^2 = ${q * q}$ और $|x| + |y| = ${value}$।`,
        },
        result: [2, 12],
      });
    },
  },
  {
    id: 'm.cplx.principal-argument',
    subject: M,
    concepts: ['M.CPLX.POLAR', 'M.TRIG.RATIOS'],
    difficulty: 3,
    build(rng) {
      // Numbers with a known argument (degrees): 1 ± i, −1 ± i, ±√3 ± i, ±1 ± √3 i.
      const forms: { tex: string; arg: number }[] = [
        { tex: '1 + i', arg: 45 }, { tex: '1 - i', arg: -45 }, { tex: '-1 + i', arg: 135 }, { tex: '-1 - i', arg: -135 },
        { tex: '\\sqrt3 + i', arg: 30 }, { tex: '-\\sqrt3 + i', arg: 150 }, { tex: '1 + \\sqrt3 i', arg: 60 }, { tex: '-1 - \\sqrt3 i', arg: -120 },
        { tex: '\\sqrt3 - i', arg: -30 }, { tex: '-1 + \\sqrt3 i', arg: 120 },
      ];
      const i1 = rng.int(0, forms.length - 1);
      const i2 = rng.int(0, forms.length - 1);
      const i3 = rng.pick(forms.map((_, i) => i).filter((i) => i !== i1 && i !== i2));
      const raw = forms[i1]!.arg + forms[i2]!.arg - forms[i3]!.arg;
      let value = raw % 360;
      if (value > 180) value -= 360;
      if (value <= -180) value += 360;
      const expr = `\\frac{(${forms[i1]!.tex})(${forms[i2]!.tex})}{${forms[i3]!.tex}}`;
      return num({
        params: { i1, i2, i3 },
        text: `Find the principal argument of $${expr}$, in degrees (in $(-180°, 180°]$).`,
        value,
        unit: '',
        // Mistakes: the unreduced sum; the denominator's argument added; the sign flipped.
        // Then the neighbouring standard angles inside (−180°, 180°], so no fallback leaves the range.
        mistakes: [raw, forms[i1]!.arg + forms[i2]!.arg + forms[i3]!.arg, -value, value + 180 > 180 ? value - 180 : value + 180, ...[value - 90, value + 90, value - 45, value + 45].filter((x) => x > -180 && x <= 180)],
        solution: `$\\arg = ${forms[i1]!.arg}° + (${forms[i2]!.arg}°) - (${forms[i3]!.arg}°) = ${raw}°$, brought into $(-180°, 180°]$ by adding a multiple of $360°$: $${value}°$.`,
        hi: {
          text: `$${expr}$ का मुख्य कोणांक (अंशों में, $(-180°, 180°]$ में) ${HI_FIND}`,
          solution: `$\\arg = ${forms[i1]!.arg}° + (${forms[i2]!.arg}°) - (${forms[i3]!.arg}°) = ${raw}°$; $360°$ का गुणज जोड़कर $(-180°, 180°]$ में लाने पर $${value}°$।`,
        },
        result: [-180, 180],
      });
    },
  },
  {
    id: 'm.cplx.omega-powers',
    subject: M,
    concepts: ['M.CPLX.ROOTS', 'M.CPLX.POLAR'],
    difficulty: 4,
    build(rng) {
      const c = rng.pick([1, 2, 3]);
      const n = rng.int(2, [10, 6, 5][c - 1]!);
      // 1 + ω + ω² = 0 turns c(1 − ω + ω²) into −2cω and c(1 + ω − ω²) into −2cω².
      const base = (-2 * c) ** n;
      const value = base * (n % 3 === 0 ? 2 : -1);
      const expr = c === 1 ? `(1 - \\omega + \\omega^2)^{${n}} + (1 + \\omega - \\omega^2)^{${n}}` : `(${c} - ${c}\\omega + ${c}\\omega^2)^{${n}} + (${c} + ${c}\\omega - ${c}\\omega^2)^{${n}}`;
      return num({
        params: { n, c },
        text: `$\\omega$ is a non-real cube root of unity. Find $${expr}$.`,
        value,
        unit: '',
        // Mistakes: ωⁿ + ω²ⁿ taken as 2 always; as −1 always; the factor −2 taken as 2.
        mistakes: [2 * base, -base, (2 * c) ** n * (n % 3 === 0 ? 2 : -1), -value],
        solution: `Since $1 + \\omega + \\omega^2 = 0$: $${c} - ${c}\\omega + ${c}\\omega^2 = ${-2 * c}\\omega$ and $${c} + ${c}\\omega - ${c}\\omega^2 = ${-2 * c}\\omega^2$. The sum is $(${-2 * c})^{${n}}(\\omega^{${n}} + \\omega^{${2 * n}})$, and $\\omega^{n} + \\omega^{2n} = ${n % 3 === 0 ? 2 : -1}$ because $${n} ${n % 3 === 0 ? '' : '\\not'}\\equiv 0 \\pmod 3$. Value $${value}$.`,
        hi: {
          text: `$\\omega$ इकाई का एक अवास्तविक घनमूल है। $${expr}$ ${HI_FIND}`,
          solution: `चूँकि $1 + \\omega + \\omega^2 = 0$: $${c} - ${c}\\omega + ${c}\\omega^2 = ${-2 * c}\\omega$ तथा $${c} + ${c}\\omega - ${c}\\omega^2 = ${-2 * c}\\omega^2$। योग $(${-2 * c})^{${n}}(\\omega^{${n}} + \\omega^{${2 * n}})$ है, और $\\omega^{n} + \\omega^{2n} = ${n % 3 === 0 ? 2 : -1}$ क्योंकि $${n} ${n % 3 === 0 ? '' : '\\not'}\\equiv 0 \\pmod 3$। मान $${value}$।`,
        },
        result: [-10_000, 10_000],
      });
    },
  },
  {
    id: 'm.quad.power-sum-recurrence',
    subject: M,
    concepts: ['M.QUAD.SYMM', 'M.SEQ.SPECIAL'],
    difficulty: 3,
    build(rng) {
      const p = nonZero(rng, -4, 4);
      const q = nonZero(rng, -4, 4);
      const n = rng.int(4, 6);
      // S_k = α^k + β^k for the roots of x² − px + q = 0: S_k = pS_{k−1} − qS_{k−2}.
      const S = [2, p];
      for (let k = 2; k <= n; k++) S.push(p * S[k - 1]! - q * S[k - 2]!);
      const value = S[n]!;
      return num({
        params: { p, q, n },
        text: `$\\alpha$ and $\\beta$ are the roots of $${polyTex([q, -p, 1])} = 0$. Find $\\alpha^{${n}} + \\beta^{${n}}$.`,
        value,
        unit: '',
        // Mistakes: the recurrence with +q; S_{n−1}; pⁿ (as if αⁿ + βⁿ = (α + β)ⁿ).
        mistakes: [(() => { const T = [2, p]; for (let k = 2; k <= n; k++) T.push(p * T[k - 1]! + q * T[k - 2]!); return T[n]!; })(), S[n - 1]!, p ** n],
        solution: `$\\alpha + \\beta = ${p}$, $\\alpha\\beta = ${q}$, and $S_k = \\alpha^k + \\beta^k$ satisfies $S_k = ${p}S_{k-1} - (${q})S_{k-2}$ with $S_0 = 2$, $S_1 = ${p}$: $S = ${S.join(', ')}$. So $S_{${n}} = ${value}$.`,
        hi: {
          text: `$\\alpha$ और $\\beta$ समीकरण $${polyTex([q, -p, 1])} = 0$ के मूल हैं। $\\alpha^{${n}} + \\beta^{${n}}$ ${HI_FIND}`,
          solution: `$\\alpha + \\beta = ${p}$, $\\alpha\\beta = ${q}$, तथा $S_k = \\alpha^k + \\beta^k$ संबंध $S_k = ${p}S_{k-1} - (${q})S_{k-2}$ को संतुष्ट करता है, $S_0 = 2$, $S_1 = ${p}$: $S = ${S.join(', ')}$। अतः $S_{${n}} = ${value}$।`,
        },
        result: [-20_000, 20_000],
      });
    },
  },
  {
    id: 'm.quad.always-positive-count',
    subject: M,
    concepts: ['M.QUAD.FORM', 'M.QUAD.ROOTS'],
    difficulty: 3,
    build(rng) {
      const a = rng.int(-4, 4);
      const b = rng.int(Math.max(1, 1 - a), 12);
      // x² − 2(k − a)x + (k + b) > 0 for all x ⇔ (k − a)² − (k + b) < 0 ⇔ k² − (2a + 1)k + a² − b < 0.
      let value = 0;
      for (let k = -60; k <= 60; k++) if (k * k - (2 * a + 1) * k + a * a - b < 0) value++;
      const lo = ((2 * a + 1) - Math.sqrt(4 * a + 1 + 4 * b)) / 2;
      const hi = ((2 * a + 1) + Math.sqrt(4 * a + 1 + 4 * b)) / 2;
      const withEq = Array.from({ length: 121 }, (_, i) => i - 60).filter((k) => k * k - (2 * a + 1) * k + a * a - b <= 0).length;
      const kTex = a === 0 ? 'k' : `k ${a > 0 ? '-' : '+'} ${Math.abs(a)}`;
      return num({
        params: { a, b },
        text: `For how many integer values of $k$ is $x^2 - 2(${kTex})x + k + ${b} > 0$ for every real $x$?`,
        value,
        unit: '',
        // Mistakes: D ≤ 0 (touching allowed); the count one too many from rounding the roots outward.
        mistakes: [withEq === value ? value + 1 : withEq, value + 2, value - 1],
        solution: `Positive for all $x$ iff the discriminant is negative: $(${kTex})^2 - (k + ${b}) < 0$, i.e. $k^2 - ${2 * a + 1}k + ${a * a - b} < 0$, so $${lo.toFixed(2)} < k < ${hi.toFixed(2)}$: ${value} integers.`,
        hi: {
          text: `$k$ के कितने पूर्णांक मानों के लिए प्रत्येक वास्तविक $x$ के लिए $x^2 - 2(${kTex})x + k + ${b} > 0$ है?`,
          solution: `सभी $x$ के लिए धनात्मक होने का प्रतिबंध विविक्तकर का ऋणात्मक होना है: $(${kTex})^2 - (k + ${b}) < 0$, अर्थात् $k^2 - ${2 * a + 1}k + ${a * a - b} < 0$, अतः $${lo.toFixed(2)} < k < ${hi.toFixed(2)}$: ${value} पूर्णांक।`,
        },
        result: [1, 12],
      });
    },
  },
  {
    id: 'm.mat.power-upper-triangular',
    subject: M,
    concepts: ['M.MAT.ALG', 'M.SEQ.GP'],
    difficulty: 3,
    build(rng) {
      const p = rng.pick([1, -1, 2]);
      const q = nonZero(rng, -4, 4);
      const n = rng.int(3, p === 2 ? 7 : 12);
      const value = n * p ** (n - 1) * q;
      return num({
        params: { p, q, n },
        text: `$A = \\begin{pmatrix} ${p} & ${q} \\\\ 0 & ${p} \\end{pmatrix}$. Find the $(1, 2)$ entry of $A^{${n}}$.`,
        value,
        unit: '',
        // Mistakes: qⁿ (entries raised to the power), n·q without the pⁿ⁻¹ factor, pⁿq.
        mistakes: [q ** n, n * q, p ** n * q, (n - 1) * p ** (n - 1) * q],
        solution: `$A = ${p}I + N$ with $N = \\begin{pmatrix} 0 & ${q} \\\\ 0 & 0 \\end{pmatrix}$, $N^2 = O$, so $A^{${n}} = ${p}^{${n}}I + ${n}\\cdot ${p}^{${n - 1}}N$ and the $(1, 2)$ entry is $${n} \\cdot ${p ** (n - 1)} \\cdot ${q} = ${value}$.`,
        hi: {
          text: `$A = \\begin{pmatrix} ${p} & ${q} \\\\ 0 & ${p} \\end{pmatrix}$ है। $A^{${n}}$ का $(1, 2)$ अवयव ${HI_FIND}`,
          solution: `$A = ${p}I + N$, जहाँ $N = \\begin{pmatrix} 0 & ${q} \\\\ 0 & 0 \\end{pmatrix}$, $N^2 = O$; अतः $A^{${n}} = ${p}^{${n}}I + ${n}\\cdot ${p}^{${n - 1}}N$ और $(1, 2)$ अवयव $${n} \\cdot ${p ** (n - 1)} \\cdot ${q} = ${value}$ है।`,
        },
        result: [-2000, 2000],
      });
    },
  },
  {
    id: 'm.mat.type-statements-multi',
    subject: M,
    concepts: ['M.MAT.TYPES', 'M.MAT.ALG'],
    difficulty: 4,
    build(rng) {
      const family = rng.int(0, 4);
      const a = family === 2 ? rng.pick([1, -1]) : family === 3 ? rng.int(0, TRIPLES.length - 1) : family === 4 ? rng.pick([-3, -2, 2, 3]) : nonZero(rng, -4, 4);
      const A = typeMatrix(family, a);
      // Family 3 has entries p/r, q/r from a Pythagorean triple: shown as exact fractions.
      const [tp, tq, tr] = TRIPLES[Math.abs(a) % TRIPLES.length]!;
      const cells = family === 3 ? [fracTex(tp, tr), fracTex(tq, tr), fracTex(tq, tr), fracTex(-tp, tr)] : [A[0]![0]!, A[0]![1]!, A[1]![0]!, A[1]![1]!].map(String);
      const tex = `\\begin{pmatrix} ${cells[0]} & ${cells[1]} \\\\ ${cells[2]} & ${cells[3]} \\end{pmatrix}`;
      const truth = TYPE_PROPS[family]!;
      const en = ['$A$ is symmetric', '$A$ is orthogonal ($AA^T = I$)', '$A$ is idempotent ($A^2 = A$)', '$A$ is involutory ($A^2 = I$)'];
      const hi = ['$A$ सममित है', '$A$ लांबिक है ($AA^T = I$)', '$A$ वर्गसम है ($A^2 = A$)', '$A$ अंतर्वलनीय है ($A^2 = I$)'];
      return multi({
        params: { family, a },
        text: `For $A = ${tex}$, which of the following statements are correct?`,
        options: en.map((text, i) => ({ text, correct: truth[i] === true })),
        solution: `Compute $A^T$, $A^2$ and $AA^T$ directly. Symmetric: ${truth[0] ? 'yes' : 'no'}; orthogonal: ${truth[1] ? 'yes' : 'no'}; idempotent: ${truth[2] ? 'yes' : 'no'}; involutory: ${truth[3] ? 'yes' : 'no'}.`,
        hi: {
          text: `$A = ${tex}$ के लिए निम्नलिखित में से कौन-से कथन सही हैं?`,
          solution: `$A^T$, $A^2$ और $AA^T$ सीधे निकालिए। सममित: ${truth[0] ? 'हाँ' : 'नहीं'}; लांबिक: ${truth[1] ? 'हाँ' : 'नहीं'}; वर्गसम: ${truth[2] ? 'हाँ' : 'नहीं'}; अंतर्वलनीय: ${truth[3] ? 'हाँ' : 'नहीं'}।`,
          options: hi,
        },
      });
    },
  },
];
