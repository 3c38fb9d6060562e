import { fracTex, polyTex, term } from './format.ts';
import { nCr, num, QUADRUPLES, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * More question shapes for the Maths concepts math-depth-a.ts does not reach: functions, complex
 * numbers, matrices, coordinate geometry, vectors, trigonometry and calculus, in English and
 * Hindi. Checked in math-depth-b.test.ts by independent routes.
 */

const M = 'MATH' as const;
const HI_FIND = 'का मान ज्ञात कीजिए।';
const signed = (v: number): string => (v >= 0 ? `+ ${v}` : `- ${-v}`);

export const mathDepthBGenerators: GeneratorDef[] = [
  {
    id: 'm.rel.congruence-pairs',
    subject: M,
    concepts: ['M.REL.TYPES'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(6, 15);
      const m = rng.int(2, 5);
      // Elements of {1..n} in each residue class; R holds the pairs within a class.
      let value = 0;
      for (let r = 0; r < m; r++) {
        const size = r === 0 ? Math.floor(n / m) : Math.floor((n - r) / m) + 1;
        value += size * size;
      }
      const naive = n * n / m;
      return num({
        params: { n, m },
        text: `On $A = \\{1, 2, \\dots, ${n}\\}$ the relation $R = \\{(a, b) : a - b \\text{ is divisible by } ${m}\\}$ is an equivalence relation. How many ordered pairs does $R$ contain?`,
        value,
        unit: '',
        mistakes: [Math.round(naive), (value + n) / 2, value - n],
        solution: `Split $A$ into the ${m} residue classes mod ${m}; a class of size $s$ contributes $s^2$ ordered pairs, in all ${value}.`,
        hi: {
          text: `$A = \\{1, 2, \\dots, ${n}\\}$ पर संबंध $R = \\{(a, b) : a - b, ${m} \\text{ से विभाज्य है}\\}$ एक तुल्यता संबंध है। $R$ में कितने क्रमित युग्म हैं?`,
          solution: `$A$ को ${m} के सापेक्ष ${m} शेषफल-वर्गों में बाँटिए; $s$ अवयवों वाला वर्ग $s^2$ क्रमित युग्म देता है, कुल ${value}।`,
        },
        result: [6, 225],
      });
    },
  },
  {
    id: 'm.func.onto-count',
    subject: M,
    concepts: ['M.FUNC.BASICS', 'M.PC.COMB'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(3, 6);
      const m = rng.int(2, Math.min(5, n));
      const not = rng.int(0, 1) === 1;
      let onto = 0;
      for (let k = 0; k <= m; k++) onto += (k % 2 === 0 ? 1 : -1) * nCr(m, k) * (m - k) ** n;
      const value = not ? m ** n - onto : onto;
      const ie = `\\sum_{k=0}^{${m}} (-1)^k \\binom{${m}}{k}(${m} - k)^{${n}} = ${onto}`;
      return num({
        params: { n, m, not: not ? 1 : 0 },
        text: `How many functions from a set with ${n} elements to a set with ${m} elements are ${not ? 'not onto' : 'onto'}?`,
        value,
        unit: '',
        mistakes: not ? [m ** n, onto, m ** n - m] : [m ** n, m ** n - m, nCr(n, m) * m ** (n - m)],
        solution: `Onto functions, by inclusion–exclusion over the images missed: $${ie}$.${not ? ` All functions: $${m}^{${n}} = ${m ** n}$, so ${value} are not onto.` : ''}`,
        hi: {
          text: `${n} अवयवों वाले समुच्चय से ${m} अवयवों वाले समुच्चय में ऐसे कितने फलन हैं जो ${not ? 'आच्छादक (onto) नहीं' : 'आच्छादक (onto)'} हैं?`,
          solution: `आच्छादक फलन, छूटे हुए प्रतिबिंबों पर समावेशन–अपवर्जन से: $${ie}$।${not ? ` कुल फलन: $${m}^{${n}} = ${m ** n}$, अतः ${value} आच्छादक नहीं हैं।` : ''}`,
        },
        result: [2, 16000],
      });
    },
  },
  {
    id: 'm.func.inverse-of-composite',
    subject: M,
    concepts: ['M.FUNC.COMPOSE'],
    difficulty: 2,
    build(rng) {
      const a = rng.pick([-3, -2, 2, 3, 4]);
      const b = rng.int(-6, 6);
      const c = rng.pick([-2, 2, 3, 5]);
      const d = rng.int(-6, 6);
      const x0 = rng.int(-5, 5);
      const y0 = a * (c * x0 + d) + b;
      return num({
        params: { a, b, c, d, x0 },
        text: `Let $f(x) = ${polyTex([b, a])}$ and $g(x) = ${polyTex([d, c])}$. Find $(f \\circ g)^{-1}(${y0})$.`,
        value: x0,
        unit: '',
        mistakes: [(y0 - d) / c, (y0 - b) / a, a * (c * y0 + d) + b],
        solution: `$(f \\circ g)(x) = ${a}(${polyTex([d, c])}) ${signed(b)} = ${polyTex([a * d + b, a * c])}$. Solving $${polyTex([a * d + b, a * c])} = ${y0}$ gives $x = ${x0}$.`,
        hi: {
          text: `मान लीजिए $f(x) = ${polyTex([b, a])}$ और $g(x) = ${polyTex([d, c])}$ है। $(f \\circ g)^{-1}(${y0})$ ${HI_FIND}`,
          solution: `$(f \\circ g)(x) = ${polyTex([a * d + b, a * c])}$। $${polyTex([a * d + b, a * c])} = ${y0}$ हल करने पर $x = ${x0}$।`,
        },
        result: [-5, 5],
      });
    },
  },
  {
    id: 'm.log.equation-valid-root',
    subject: M,
    concepts: ['M.FUNC.EXPLOG', 'M.QUAD.ROOTS'],
    difficulty: 3,
    build(rng) {
      const i = rng.int(0, 3);
      const j = i + rng.int(1, 3);
      const x0 = rng.int(2, 20);
      const a = x0 - 2 ** i;
      const b = x0 - 2 ** j;
      const k = i + j;
      const other = a + b - x0; // the quadratic's other root, outside the logarithms' domain
      return num({
        params: { i, j, x0 },
        text: `Solve $\\log_2(x ${signed(-a)}) + \\log_2(x ${signed(-b)}) = ${k}$ for real $x$.`,
        value: x0,
        unit: '',
        mistakes: [other, Math.max(a, b), a + b],
        solution: `$(x - ${a})(x - ${b}) = 2^{${k}}$ gives $x = ${x0}$ or $x = ${other}$; only $x = ${x0}$ keeps both logarithms defined ($x > ${Math.max(a, b)}$).`,
        hi: {
          text: `वास्तविक $x$ के लिए $\\log_2(x ${signed(-a)}) + \\log_2(x ${signed(-b)}) = ${k}$ हल कीजिए।`,
          solution: `$(x - ${a})(x - ${b}) = 2^{${k}}$ से $x = ${x0}$ या $x = ${other}$; केवल $x = ${x0}$ पर दोनों लघुगणक परिभाषित हैं ($x > ${Math.max(a, b)}$)।`,
        },
        result: [2, 20],
      });
    },
  },
  {
    id: 'm.cplx.modulus-of-quotient',
    subject: M,
    concepts: ['M.CPLX.ALG'],
    difficulty: 2,
    build(rng) {
      const [p1, q1, r1] = rng.pick(TRIPLES);
      const [p2, q2, r2] = rng.pick(TRIPLES);
      const [p3, q3, r3] = rng.pick([[3, 4, 5], [4, 3, 5], [0, 5, 5], [1, 0, 1], [0, 2, 2], [6, 8, 10]] as const);
      const value = (r1 * r2) / r3;
      const z = (x: number, y: number) => (y === 0 ? `${x}` : x === 0 ? `${y}i` : `${x} ${signed(y)}i`);
      return num({
        params: { p1, q1, p2, q2, p3, q3 },
        text: `Find $\\left|\\dfrac{(${z(p1, -q1)})(${z(p2, q2)})}{${z(p3, q3)}}\\right|$.`,
        value,
        unit: '',
        mistakes: [r1 * r2 * r3, (r1 + r2) / r3, (r1 * r1 * r2 * r2) / (r3 * r3)],
        solution: `$|z_1z_2/z_3| = |z_1||z_2|/|z_3| = \\frac{${r1} \\cdot ${r2}}{${r3}} = ${fracTex(r1 * r2, r3)}$.`,
        hi: {
          text: `$\\left|\\dfrac{(${z(p1, -q1)})(${z(p2, q2)})}{${z(p3, q3)}}\\right|$ ${HI_FIND}`,
          solution: `$|z_1z_2/z_3| = |z_1||z_2|/|z_3| = \\frac{${r1} \\cdot ${r2}}{${r3}} = ${fracTex(r1 * r2, r3)}$।`,
        },
        result: [0.5, 841],
      });
    },
  },
  {
    id: 'm.cplx.least-power-real',
    subject: M,
    concepts: ['M.CPLX.POLAR', 'M.CPLX.ROOTS'],
    difficulty: 3,
    build(rng) {
      // z = r·cis(θ) with θ = num·π/den; the least n > 0 with nθ a multiple of π (z^n real),
      // or of 2π (z^n real and positive).
      const forms = [
        ['1 + i', 1, 4],
        ['1 - i', -1, 4],
        ['-1 + i', 3, 4],
        ['1 + \\sqrt{3}i', 1, 3],
        ['\\sqrt{3} + i', 1, 6],
        ['-\\sqrt{3} + i', 5, 6],
        ['1 - \\sqrt{3}i', -1, 3],
        ['-1 - \\sqrt{3}i', -2, 3],
      ] as const;
      const f = rng.int(0, forms.length - 1);
      const [tex, p, q] = forms[f]!;
      const positive = rng.int(0, 1) === 1;
      const gcd = (x: number, y: number): number => (y === 0 ? Math.abs(x) : gcd(y, x % y));
      // n·p/q must be an integer (real), or an even integer (positive real).
      const value = positive ? (2 * q) / gcd(Math.abs(p), 2 * q) : q / gcd(Math.abs(p), q);
      return num({
        params: { f, positive: positive ? 1 : 0 },
        text: `Find the least positive integer $n$ for which $(${tex})^n$ is ${positive ? 'a positive real number' : 'real'}.`,
        value,
        unit: '',
        // Wrong multiples a solver reaches (real vs positive confused, period of the argument…).
        mistakes: [...new Set([value * 2, value / 2, q, 2 * q, value + q, value * 3].filter((x) => Number.isInteger(x) && x > 0 && x !== value))].slice(0, 3),
        solution: `$\\arg(${tex}) = ${fracTex(p, q)}\\pi$. $z^n$ is ${positive ? 'positive real when $n\\arg z$ is a multiple of $2\\pi$' : 'real when $n\\arg z$ is a multiple of $\\pi$'}: least $n = ${value}$.`,
        hi: {
          text: `वह न्यूनतम धनात्मक पूर्णांक $n$ ज्ञात कीजिए जिसके लिए $(${tex})^n$ ${positive ? 'एक धनात्मक वास्तविक संख्या' : 'वास्तविक'} है।`,
          solution: `$\\arg(${tex}) = ${fracTex(p, q)}\\pi$। $z^n$ ${positive ? 'धनात्मक वास्तविक है जब $n\\arg z$, $2\\pi$ का गुणज हो' : 'वास्तविक है जब $n\\arg z$, $\\pi$ का गुणज हो'}: न्यूनतम $n = ${value}$।`,
        },
        result: [1, 12],
      });
    },
  },
  {
    id: 'm.cplx.unity-root-chords',
    subject: M,
    concepts: ['M.CPLX.ROOTS'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(3, 12);
      const v = rng.int(0, 1);
      const value = v === 0 ? 2 * n : n;
      const ask = v === 0 ? `\\sum_{k=1}^{${n - 1}} |1 - \\omega^k|^2` : `\\prod_{k=1}^{${n - 1}} (1 - \\omega^k)`;
      return num({
        params: { n, v },
        text: `Let $\\omega = e^{2\\pi i/${n}}$. Find $${ask}$.`,
        value,
        unit: '',
        mistakes: v === 0 ? [2 * (n - 1), n, 4 * n] : [n - 1, 0, 2 * n],
        solution:
          v === 0
            ? `$|1 - \\omega^k|^2 = 2 - \\omega^k - \\omega^{-k}$ and $\\sum_{k=1}^{${n - 1}} \\omega^k = -1$, so the sum is $2(${n - 1}) + 2 = ${value}$.`
            : `$\\frac{x^{${n}} - 1}{x - 1} = \\prod_{k=1}^{${n - 1}} (x - \\omega^k)$; at $x = 1$ the left side is $${n}$.`,
        hi: {
          text: `मान लीजिए $\\omega = e^{2\\pi i/${n}}$ है। $${ask}$ ${HI_FIND}`,
          solution:
            v === 0
              ? `$|1 - \\omega^k|^2 = 2 - \\omega^k - \\omega^{-k}$ तथा $\\sum_{k=1}^{${n - 1}} \\omega^k = -1$, अतः योग $2(${n - 1}) + 2 = ${value}$।`
              : `$\\frac{x^{${n}} - 1}{x - 1} = \\prod_{k=1}^{${n - 1}} (x - \\omega^k)$; $x = 1$ पर बायाँ पक्ष $${n}$ है।`,
        },
        result: [3, 24],
      });
    },
  },
  {
    id: 'm.mat.cayley-hamilton',
    subject: M,
    concepts: ['M.MAT.ALG'],
    difficulty: 3,
    build(rng) {
      const a = rng.int(-4, 5);
      const b = rng.int(-4, 5);
      const c = rng.int(-4, 5);
      const d = rng.int(-4, 5);
      const alpha = a + d;
      const beta = -(a * d - b * c);
      return num({
        params: { a, b, c, d },
        text: `For $A = \\begin{pmatrix} ${a} & ${b} \\\\ ${c} & ${d} \\end{pmatrix}$, the scalars $\\alpha, \\beta$ satisfy $A^2 = \\alpha A + \\beta I$. Find $\\alpha + \\beta$.`,
        value: alpha + beta,
        unit: '',
        mistakes: [alpha - beta, alpha + (a * d - b * c), -alpha + beta],
        solution: `Cayley–Hamilton: $A^2 - (\\operatorname{tr} A)A + (\\det A)I = 0$, so $\\alpha = ${alpha}$, $\\beta = -\\det A = ${beta}$ and $\\alpha + \\beta = ${alpha + beta}$.`,
        hi: {
          text: `$A = \\begin{pmatrix} ${a} & ${b} \\\\ ${c} & ${d} \\end{pmatrix}$ के लिए अदिश $\\alpha, \\beta$ इस प्रकार हैं कि $A^2 = \\alpha A + \\beta I$। $\\alpha + \\beta$ ${HI_FIND}`,
          solution: `केली–हैमिल्टन: $A^2 - (\\operatorname{tr} A)A + (\\det A)I = 0$, अतः $\\alpha = ${alpha}$, $\\beta = -\\det A = ${beta}$ तथा $\\alpha + \\beta = ${alpha + beta}$।`,
        },
        result: [-60, 60],
      });
    },
  },
  {
    id: 'm.mat.count-symmetric',
    subject: M,
    concepts: ['M.MAT.TYPES', 'M.PC.FCP'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(2, 3);
      const set = rng.int(0, 2);
      const kind = rng.int(0, 3);
      const values = [[0, 1], [-1, 0, 1], [0, 1, 2]][set]!;
      const k = values.length;
      const entries = ['\\{0, 1\\}', '\\{-1, 0, 1\\}', '\\{0, 1, 2\\}'][set]!;
      const upper = (n * (n + 1)) / 2;
      const strict = (n * (n - 1)) / 2;
      // Skew-symmetric: zero diagonal, and each entry above fixes a_ji = −a_ij, so only values
      // whose negative is in the set may appear above the diagonal.
      const paired = values.filter((v) => values.includes(-v)).length;
      const value = [k ** upper, paired ** strict, k ** upper, k ** n][kind]!;
      const names = ['symmetric', 'skew-symmetric', 'upper triangular', 'diagonal'];
      const namesHi = ['सममित', 'विषम सममित', 'उपरि त्रिभुजाकार', 'विकर्ण'];
      const why = [
        `A symmetric matrix is fixed by its ${upper} entries on and above the diagonal: $${k}^{${upper}} = ${value}$.`,
        `The diagonal is 0 and each of the ${strict} entries above it may be any of the ${paired} values whose negative is also allowed: $${paired}^{${strict}} = ${value}$.`,
        `The ${strict} entries below the diagonal are 0; the ${upper} on and above it are free: $${k}^{${upper}} = ${value}$.`,
        `Only the ${n} diagonal entries are free: $${k}^{${n}} = ${value}$.`,
      ];
      const whyHi = [
        `सममित आव्यूह विकर्ण पर और उसके ऊपर की ${upper} प्रविष्टियों से तय होता है: $${k}^{${upper}} = ${value}$।`,
        `विकर्ण 0 है और उसके ऊपर की ${strict} प्रविष्टियों में से प्रत्येक उन ${paired} मानों में से कोई हो सकती है जिनका ऋण भी अनुमत है: $${paired}^{${strict}} = ${value}$।`,
        `विकर्ण के नीचे की ${strict} प्रविष्टियाँ 0 हैं; विकर्ण पर और ऊपर की ${upper} स्वतंत्र हैं: $${k}^{${upper}} = ${value}$।`,
        `केवल ${n} विकर्ण प्रविष्टियाँ स्वतंत्र हैं: $${k}^{${n}} = ${value}$।`,
      ];
      return num({
        params: { n, set, kind },
        text: `How many ${names[kind]} matrices of order ${n} have every entry in $${entries}$?`,
        value,
        unit: '',
        mistakes: [k ** (n * n), k ** strict, 2 ** upper, k ** n, k ** upper].filter((x) => x !== value).slice(0, 3),
        solution: why[kind]!,
        hi: { text: `कोटि ${n} के ऐसे कितने ${namesHi[kind]} आव्यूह हैं जिनकी प्रत्येक प्रविष्टि $${entries}$ में है?`, solution: whyHi[kind]! },
        result: [1, 729],
      });
    },
  },
  {
    id: 'm.pc.round-table-apart',
    subject: M,
    concepts: ['M.PC.CIRC'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(5, 9);
      const v = rng.int(0, 2);
      const fact = (x: number): number => (x <= 1 ? 1 : x * fact(x - 1));
      const together2 = 2 * fact(n - 2);
      const value = [fact(n - 1) - together2, together2, 6 * fact(n - 3)][v]!;
      const asks = ['two particular people are not next to each other', 'two particular people sit next to each other', 'three particular people sit together (in consecutive seats)'];
      const asksHi = ['दो विशेष व्यक्ति एक-दूसरे के बगल में न बैठें', 'दो विशेष व्यक्ति एक-दूसरे के बगल में बैठें', 'तीन विशेष व्यक्ति साथ-साथ (लगातार कुर्सियों पर) बैठें'];
      const why = [
        `All seatings: $(${n} - 1)! = ${fact(n - 1)}$. With the two together (one block, 2 orders): $2 \\cdot (${n} - 2)! = ${together2}$. Apart: ${value}.`,
        `The two form one block (2 orders) among ${n - 1} units around the table: $2 \\cdot (${n} - 2)! = ${value}$.`,
        `The three form one block ($3!$ orders) among ${n - 2} units around the table: $3! \\cdot (${n} - 3)! = ${value}$.`,
      ];
      const whyHi = [
        `सभी व्यवस्थाएँ: $(${n} - 1)! = ${fact(n - 1)}$। दोनों साथ (एक खंड, 2 क्रम): $2 \\cdot (${n} - 2)! = ${together2}$। अलग: ${value}।`,
        `दोनों एक खंड (2 क्रम) हैं, मेज़ के चारों ओर ${n - 1} इकाइयाँ: $2 \\cdot (${n} - 2)! = ${value}$।`,
        `तीनों एक खंड ($3!$ क्रम) हैं, मेज़ के चारों ओर ${n - 2} इकाइयाँ: $3! \\cdot (${n} - 3)! = ${value}$।`,
      ];
      return num({
        params: { n, v },
        text: `In how many ways can ${n} people sit around a round table so that ${asks[v]}?`,
        value,
        unit: '',
        mistakes: [[fact(n) - 2 * fact(n - 1), fact(n - 1) - fact(n - 2), together2], [fact(n - 2), 2 * fact(n - 1), fact(n - 1)], [fact(n - 3), 6 * fact(n - 2), fact(n - 2)]][v]!,
        solution: why[v]!,
        hi: { text: `${n} व्यक्ति एक गोल मेज़ के चारों ओर कितने प्रकार से बैठ सकते हैं कि ${asksHi[v]}?`, solution: whyHi[v]! },
        result: [12, 40320],
      });
    },
  },
  {
    id: 'm.seq.numbers-from-means',
    subject: M,
    concepts: ['M.SEQ.MEANS'],
    difficulty: 2,
    build(rng) {
      const t = rng.pick([1, 2, 3, 5]);
      const p = rng.int(1, 4);
      const q = p + rng.int(1, 4);
      const x = p * p * t;
      const y = q * q * t;
      const A = (x + y) / 2;
      const G = p * q * t;
      return num({
        params: { t, p, q },
        text: `The arithmetic mean of two positive numbers is ${A} and their geometric mean is ${G}. Find the larger number.`,
        value: y,
        unit: '',
        mistakes: [x, A + G, (G * G) / A],
        solution: `$a + b = ${2 * A}$ and $ab = ${G * G}$, so $a, b$ are the roots of $t^2 - ${2 * A}t + ${G * G} = 0$: ${x} and ${y}.`,
        hi: {
          text: `दो धनात्मक संख्याओं का समांतर माध्य ${A} और गुणोत्तर माध्य ${G} है। बड़ी संख्या ज्ञात कीजिए।`,
          solution: `$a + b = ${2 * A}$ तथा $ab = ${G * G}$, अतः $a, b$ समीकरण $t^2 - ${2 * A}t + ${G * G} = 0$ के मूल हैं: ${x} और ${y}।`,
        },
        result: [4, 320],
      });
    },
  },
  {
    id: 'm.seq.product-and-cube-sums',
    subject: M,
    concepts: ['M.SEQ.SPECIAL'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(5, 30);
      const v = rng.int(0, 1);
      const value = v === 0 ? (n * (n + 1) * (n + 2)) / 3 : ((n * (n + 1)) / 2) ** 2;
      const ask = v === 0 ? `1 \\cdot 2 + 2 \\cdot 3 + 3 \\cdot 4 + \\dots + ${n} \\cdot ${n + 1}` : `1^3 + 2^3 + \\dots + ${n}^3`;
      return num({
        params: { n, v },
        text: `Find the sum $${ask}$.`,
        value,
        unit: '',
        mistakes: v === 0 ? [(n * (n + 1) * (2 * n + 1)) / 6, (n * (n + 1)) / 2 * (n + 1), n * (n + 1) * (n + 2)] : [(n * (n + 1) * (2 * n + 1)) / 6, ((n * (n + 1)) / 2) ** 2 / 2, (n * (n + 1)) ** 2],
        solution:
          v === 0
            ? `$\\sum k(k + 1) = \\sum k^2 + \\sum k = \\frac{n(n + 1)(n + 2)}{3} = ${value}$.`
            : `$\\sum k^3 = \\left(\\frac{n(n + 1)}{2}\\right)^2 = ${value}$.`,
        hi: {
          text: `योग $${ask}$ ज्ञात कीजिए।`,
          solution: v === 0 ? `$\\sum k(k + 1) = \\sum k^2 + \\sum k = \\frac{n(n + 1)(n + 2)}{3} = ${value}$।` : `$\\sum k^3 = \\left(\\frac{n(n + 1)}{2}\\right)^2 = ${value}$।`,
        },
        result: [70, 216225],
      });
    },
  },
  {
    id: 'm.deriv.implicit-slope',
    subject: M,
    concepts: ['M.DERIV.CHAIN'],
    difficulty: 3,
    build(rng) {
      const x0 = rng.int(1, 5);
      const y0 = rng.int(1, 5);
      const k = rng.int(1, 3);
      const c = x0 * x0 + k * x0 * y0 + y0 * y0;
      const value = -(2 * x0 + k * y0) / (k * x0 + 2 * y0);
      return num({
        params: { x0, y0, k },
        text: `Find $\\dfrac{dy}{dx}$ at the point $(${x0}, ${y0})$ of the curve $x^2 + ${k === 1 ? '' : k}xy + y^2 = ${c}$.`,
        value,
        unit: '',
        mistakes: [-value, -(2 * x0) / (2 * y0), -(2 * x0 + k * y0) / (2 * y0)],
        solution: `Differentiate: $2x + ${k === 1 ? '' : k}(y + xy') + 2yy' = 0$, so $y' = -\\frac{2x + ${k === 1 ? '' : k}y}{${k === 1 ? '' : k}x + 2y} = ${fracTex(-(2 * x0 + k * y0), k * x0 + 2 * y0)}$.`,
        hi: {
          text: `वक्र $x^2 + ${k === 1 ? '' : k}xy + y^2 = ${c}$ के बिंदु $(${x0}, ${y0})$ पर $\\dfrac{dy}{dx}$ ${HI_FIND}`,
          solution: `अवकलन: $2x + ${k === 1 ? '' : k}(y + xy') + 2yy' = 0$, अतः $y' = -\\frac{2x + ${k === 1 ? '' : k}y}{${k === 1 ? '' : k}x + 2y} = ${fracTex(-(2 * x0 + k * y0), k * x0 + 2 * y0)}$।`,
        },
        result: [-5, 0],
      });
    },
  },
  {
    id: 'm.app.tangent-x-intercept',
    subject: M,
    concepts: ['M.APP.TANGENT', 'M.DERIV.RULES'],
    difficulty: 3,
    build(rng) {
      const a = rng.int(1, 6);
      let t = rng.int(-3, 4);
      while (t === 0 || 3 * t * t === a) t += 1;
      const f = t ** 3 - a * t;
      const slope = 3 * t * t - a;
      const value = t - f / slope;
      return num({
        params: { a, t },
        text: `The tangent to $y = x^3 - ${a === 1 ? '' : a}x$ at the point where $x = ${t}$ meets the $x$-axis at $(p, 0)$. Find $p$.`,
        value,
        unit: '',
        mistakes: [t + f / slope, -f / slope, t - slope / f],
        solution: `Slope $3t^2 - ${a} = ${slope}$ at $(${t}, ${f})$; tangent $y - (${f}) = ${slope}(x - ${t})$ meets $y = 0$ at $x = ${t} - \\frac{${f}}{${slope}}$.`,
        hi: {
          text: `वक्र $y = x^3 - ${a === 1 ? '' : a}x$ के उस बिंदु पर जहाँ $x = ${t}$ है, खींची गई स्पर्श रेखा $x$-अक्ष को $(p, 0)$ पर मिलती है। $p$ ${HI_FIND}`,
          solution: `$(${t}, ${f})$ पर ढाल $3t^2 - ${a} = ${slope}$; स्पर्श रेखा $y - (${f}) = ${slope}(x - ${t})$, $y = 0$ पर $x = ${t} - \\frac{${f}}{${slope}}$।`,
        },
        result: [-10, 10],
      });
    },
  },
  {
    id: 'm.app.mvt-point',
    subject: M,
    concepts: ['M.APP.MVT'],
    difficulty: 3,
    build(rng) {
      const k = rng.int(1, 6);
      const p = rng.int(0, 5);
      // f(x) = x³ + px on [0, k]: f'(c) = (f(k) − f(0))/k ⇒ 3c² + p = k² + p ⇒ c = k/√3.
      const value = k / Math.sqrt(3);
      return num({
        params: { k, p },
        text: `Find the value of $c$ in $(0, ${k})$ given by the mean value theorem for $f(x) = x^3 ${p ? `+ ${p}x` : ''}$ on $[0, ${k}]$.`,
        value,
        unit: '',
        mistakes: [k / 2, k / 3, k / Math.sqrt(2)],
        solution: `$f'(c) = 3c^2 ${p ? `+ ${p}` : ''} = \\frac{f(${k}) - f(0)}{${k}} = ${k * k + p}$, so $c^2 = ${fracTex(k * k, 3)}$ and $c = \\frac{${k}}{\\sqrt3}$.`,
        hi: {
          text: `अंतराल $[0, ${k}]$ पर $f(x) = x^3 ${p ? `+ ${p}x` : ''}$ के लिए मध्यमान प्रमेय से प्राप्त $(0, ${k})$ में $c$ ${HI_FIND}`,
          solution: `$f'(c) = 3c^2 ${p ? `+ ${p}` : ''} = \\frac{f(${k}) - f(0)}{${k}} = ${k * k + p}$, अतः $c^2 = ${fracTex(k * k, 3)}$ तथा $c = \\frac{${k}}{\\sqrt3}$।`,
        },
        result: [0.5, 3.5],
      });
    },
  },
  {
    id: 'm.int.by-parts-exp',
    subject: M,
    concepts: ['M.INT.METHODS', 'M.INT.DEF'],
    difficulty: 4,
    build(rng) {
      const a = rng.pick([0.5, 1, 1.5, 2, 2.5, 3, 4, 5]);
      const neg = rng.int(0, 1) === 1;
      // ∫ x e^{x} = (x − 1)e^{x};  ∫ x e^{−x} = −(x + 1)e^{−x}.
      const value = neg ? 1 - (a + 1) * Math.exp(-a) : (a - 1) * Math.exp(a) + 1;
      const integrand = neg ? 'x e^{-x}' : 'x e^{x}';
      const anti = neg ? '-(x + 1)e^{-x}' : '(x - 1)e^x';
      const closed = neg ? `1 - ${a + 1}e^{-${a}}` : `(${a} - 1)e^{${a}} + 1`;
      return num({
        params: { a, neg: neg ? 1 : 0 },
        text: `Evaluate $\\displaystyle\\int_0^{${a}} ${integrand}\\,dx$.`,
        value,
        unit: '',
        mistakes: neg ? [1 - a * Math.exp(-a), (a + 1) * Math.exp(-a), 1 - (a - 1) * Math.exp(-a)] : [a * Math.exp(a) - 1, (a - 1) * Math.exp(a), ((a * a) / 2) * Math.exp(a)],
        solution: `By parts: $\\int ${integrand}\\,dx = ${anti}$, so the value is $${closed}$.`,
        hi: {
          text: `$\\displaystyle\\int_0^{${a}} ${integrand}\\,dx$ ${HI_FIND}`,
          solution: `खंडशः समाकलन: $\\int ${integrand}\\,dx = ${anti}$, अतः मान $${closed}$ है।`,
        },
        result: [0.09, 600],
      });
    },
  },
  {
    id: 'm.int.antiderivative-value',
    subject: M,
    concepts: ['M.INT.INDEF'],
    difficulty: 2,
    build(rng) {
      const a = rng.int(1, 4);
      const b = rng.int(-3, 3);
      const c = rng.int(-5, 5);
      const d = rng.int(-5, 5);
      const t = rng.int(1, 3);
      const value = a * t ** 3 + b * t ** 2 + c * t + d;
      return num({
        params: { a, b, c, d, t },
        text: `$F'(x) = ${polyTex([c, 2 * b, 3 * a])}$ and $F(0) = ${d}$. Find $F(${t})$.`,
        value,
        unit: '',
        mistakes: [value - d, 3 * a * t ** 3 + 2 * b * t ** 2 + c * t + d, 6 * a * t + 2 * b],
        solution: `$F(x) = ${polyTex([0, c, b, a])} + C$ with $C = F(0) = ${d}$, so $F(${t}) = ${value}$.`,
        hi: {
          text: `$F'(x) = ${polyTex([c, 2 * b, 3 * a])}$ तथा $F(0) = ${d}$ है। $F(${t})$ ${HI_FIND}`,
          solution: `$F(x) = ${polyTex([0, c, b, a])} + C$ जहाँ $C = F(0) = ${d}$, अतः $F(${t}) = ${value}$।`,
        },
        result: [-80, 160],
      });
    },
  },
  {
    id: 'm.de.growth-multiple',
    subject: M,
    concepts: ['M.DE.SEPARABLE'],
    difficulty: 3,
    build(rng) {
      const T = rng.int(2, 12);
      const m = rng.pick([3, 5, 6, 10]);
      const value = (T * Math.log(m)) / Math.log(2);
      return num({
        params: { T, m },
        text: `A bacterial population grows at a rate proportional to its size, $\\frac{dN}{dt} = kN$, and doubles in ${T} hours. How many hours does it take to become ${m} times its initial size?`,
        value,
        unit: 'h',
        mistakes: [(T * m) / 2, T * Math.log(m), T * (m - 1)],
        solution: `$N = N_0e^{kt}$ with $e^{${T}k} = 2$; $e^{kt} = ${m}$ gives $t = ${T}\\frac{\\ln ${m}}{\\ln 2}$.`,
        hi: {
          text: `एक जीवाणु समष्टि अपने आकार के समानुपाती दर से बढ़ती है, $\\frac{dN}{dt} = kN$, और ${T} घंटे में दोगुनी हो जाती है। प्रारंभिक आकार की ${m} गुनी होने में कितने घंटे लगेंगे?`,
          solution: `$N = N_0e^{kt}$ जहाँ $e^{${T}k} = 2$; $e^{kt} = ${m}$ से $t = ${T}\\frac{\\ln ${m}}{\\ln 2}$।`,
        },
        result: [3, 40],
      });
    },
  },
  {
    id: 'm.cg.foot-of-perpendicular',
    subject: M,
    concepts: ['M.CG.STRAIGHT', 'M.CG.POINTS'],
    difficulty: 3,
    build(rng) {
      const a = rng.pick([1, 2, 3, -1, -2]);
      const b = rng.pick([1, 2, 3, 4]);
      const fx = rng.int(-5, 5);
      const fy = rng.int(-5, 5);
      const c = -(a * fx + b * fy);
      const s = rng.pick([-2, -1, 1, 2]);
      const px = fx + s * a;
      const py = fy + s * b;
      const line = `${[term(a, 1, true, 'x'), term(b, 1, false, 'y'), term(c, 0)].filter(Boolean).join(' ')} = 0`;
      return num({
        params: { a, b, fx, fy, s },
        text: `The foot of the perpendicular from $(${px}, ${py})$ to the line $${line}$ is $(h, k)$. Find $h + k$.`,
        value: fx + fy,
        unit: '',
        mistakes: [px + py, 2 * (fx + fy) - (px + py), fx - fy],
        solution: `Along the normal $(${a}, ${b})$: $(h, k) = (${px}, ${py}) - \\frac{${a * px + b * py + c}}{${a * a + b * b}}(${a}, ${b}) = (${fx}, ${fy})$, so $h + k = ${fx + fy}$.`,
        hi: {
          text: `बिंदु $(${px}, ${py})$ से रेखा $${line}$ पर डाले गए लंब का पाद $(h, k)$ है। $h + k$ ${HI_FIND}`,
          solution: `अभिलंब $(${a}, ${b})$ की दिशा में: $(h, k) = (${px}, ${py}) - \\frac{${a * px + b * py + c}}{${a * a + b * b}}(${a}, ${b}) = (${fx}, ${fy})$, अतः $h + k = ${fx + fy}$।`,
        },
        result: [-10, 10],
      });
    },
  },
  {
    id: 'm.cg.tan-angle-between-lines',
    subject: M,
    concepts: ['M.CG.LINE.ANGLE'],
    difficulty: 2,
    build(rng) {
      let m1 = 0;
      let m2 = 0;
      for (let tries = 0; tries < 50 && (m1 === m2 || m1 * m2 === -1); tries++) {
        m1 = rng.int(-4, 5);
        m2 = rng.int(-4, 5);
      }
      if (m1 === m2 || m1 * m2 === -1) [m1, m2] = [2, 3];
      const value = Math.abs((m1 - m2) / (1 + m1 * m2));
      const line = (m: number, k: number) => `y = ${polyTex([k, m])}`;
      return num({
        params: { m1, m2 },
        text: `Find $\\tan\\theta$, where $\\theta$ is the acute angle between the lines $${line(m1, 1)}$ and $${line(m2, -2)}$.`,
        value,
        unit: '',
        mistakes: [Math.abs((m1 - m2) / (1 - m1 * m2)), Math.abs(m1 - m2), Math.abs((m1 + m2) / (1 + m1 * m2))].filter(Number.isFinite),
        solution: `$\\tan\\theta = \\left|\\frac{m_1 - m_2}{1 + m_1m_2}\\right| = \\left|\\frac{${m1} - (${m2})}{1 + (${m1 * m2})}\\right| = ${fracTex(Math.abs(m1 - m2), Math.abs(1 + m1 * m2))}$.`,
        hi: {
          text: `रेखाओं $${line(m1, 1)}$ और $${line(m2, -2)}$ के बीच के न्यून कोण $\\theta$ के लिए $\\tan\\theta$ ${HI_FIND}`,
          solution: `$\\tan\\theta = \\left|\\frac{m_1 - m_2}{1 + m_1m_2}\\right| = \\left|\\frac{${m1} - (${m2})}{1 + (${m1 * m2})}\\right| = ${fracTex(Math.abs(m1 - m2), Math.abs(1 + m1 * m2))}$।`,
        },
        result: [0, 10],
      });
    },
  },
  {
    id: 'm.cg.focal-chord-length',
    subject: M,
    concepts: ['M.CG.PARABOLA'],
    difficulty: 4,
    build(rng) {
      const a = rng.int(1, 4);
      const t = rng.pick([1, 2, 3, 4]);
      const value = a * (t + 1 / t) ** 2;
      return num({
        params: { a, t },
        text: `A focal chord of the parabola $y^2 = ${4 * a}x$ has one end at $(${a * t * t}, ${2 * a * t})$. Find the length of the chord.`,
        value,
        unit: '',
        mistakes: [a * (t - 1 / t) ** 2, 4 * a, a * (t * t + 1), 2 * a * (t + 1 / t)].filter((x) => x > 0 && Math.abs(x - value) > 1e-9),
        solution: `Ends $(at^2, 2at)$ and $(a/t^2, -2a/t)$ (parameters $t$ and $-1/t$ for a focal chord); length $= a\\left(t + \\frac1t\\right)^2 = ${fracTex(a * (t * t + 1) ** 2, t * t)}$.`,
        hi: {
          text: `परवलय $y^2 = ${4 * a}x$ की एक नाभीय जीवा का एक सिरा $(${a * t * t}, ${2 * a * t})$ है। जीवा की लंबाई ज्ञात कीजिए।`,
          solution: `सिरे $(at^2, 2at)$ और $(a/t^2, -2a/t)$ (नाभीय जीवा के प्राचल $t$ और $-1/t$); लंबाई $= a\\left(t + \\frac1t\\right)^2 = ${fracTex(a * (t * t + 1) ** 2, t * t)}$।`,
        },
        result: [4, 75],
      });
    },
  },
  {
    id: 'm.cg.ellipse-latus-rectum',
    subject: M,
    concepts: ['M.CG.ELLIPSE'],
    difficulty: 2,
    build(rng) {
      const [bb, cc, aa] = rng.pick(TRIPLES);
      const v = rng.int(0, 1);
      const value = v === 0 ? (2 * bb * bb) / aa : 2 * cc;
      return num({
        params: { aa, bb, v },
        text: `For the ellipse $\\dfrac{x^2}{${aa * aa}} + \\dfrac{y^2}{${bb * bb}} = 1$, find ${v === 0 ? 'the length of the latus rectum' : 'the distance between the foci'}.`,
        value,
        unit: '',
        mistakes: v === 0 ? [(2 * aa * aa) / bb, (bb * bb) / aa, (2 * bb) / aa] : [cc, 2 * aa, 2 * Math.sqrt(aa * aa + bb * bb)],
        solution: v === 0 ? `Latus rectum $= \\frac{2b^2}{a} = \\frac{2 \\cdot ${bb * bb}}{${aa}}$.` : `$c = \\sqrt{a^2 - b^2} = ${cc}$; foci are $2c = ${2 * cc}$ apart.`,
        hi: {
          text: `दीर्घवृत्त $\\dfrac{x^2}{${aa * aa}} + \\dfrac{y^2}{${bb * bb}} = 1$ के लिए ${v === 0 ? 'नाभिलंब की लंबाई' : 'नाभियों के बीच की दूरी'} ज्ञात कीजिए।`,
          solution: v === 0 ? `नाभिलंब $= \\frac{2b^2}{a} = \\frac{2 \\cdot ${bb * bb}}{${aa}}$।` : `$c = \\sqrt{a^2 - b^2} = ${cc}$; नाभियों के बीच दूरी $2c = ${2 * cc}$।`,
        },
        result: [0.5, 60],
      });
    },
  },
  {
    id: 'm.cg.hyperbola-foci',
    subject: M,
    concepts: ['M.CG.HYPERBOLA'],
    difficulty: 2,
    build(rng) {
      const [aa, bb, cc] = rng.pick(TRIPLES);
      const value = 2 * cc;
      return num({
        params: { aa, bb },
        text: `Find the distance between the foci of the hyperbola $\\dfrac{x^2}{${aa * aa}} - \\dfrac{y^2}{${bb * bb}} = 1$.`,
        value,
        unit: '',
        mistakes: [2 * Math.sqrt(Math.abs(aa * aa - bb * bb)), cc, 2 * aa],
        solution: `$c^2 = a^2 + b^2 = ${cc * cc}$, $c = ${cc}$, so the foci are $2c = ${value}$ apart.`,
        hi: {
          text: `अतिपरवलय $\\dfrac{x^2}{${aa * aa}} - \\dfrac{y^2}{${bb * bb}} = 1$ की नाभियों के बीच की दूरी ज्ञात कीजिए।`,
          solution: `$c^2 = a^2 + b^2 = ${cc * cc}$, $c = ${cc}$, अतः नाभियों के बीच दूरी $2c = ${value}$।`,
        },
        result: [10, 60],
      });
    },
  },
  {
    id: 'm.3d.skew-lines-distance',
    subject: M,
    concepts: ['M.3D.LINES', 'M.VEC.CROSS'],
    difficulty: 4,
    build(rng) {
      let b: number[] = [];
      let d: number[] = [];
      let cross: number[] = [0, 0, 0];
      for (let tries = 0; tries < 50 && cross.every((x) => x === 0); tries++) {
        b = [rng.int(-2, 3), rng.int(-2, 3), rng.int(1, 3)];
        d = [rng.int(-2, 3), rng.int(1, 3), rng.int(-2, 3)];
        cross = [b[1]! * d[2]! - b[2]! * d[1]!, b[2]! * d[0]! - b[0]! * d[2]!, b[0]! * d[1]! - b[1]! * d[0]!];
      }
      if (cross.every((x) => x === 0)) [b, d, cross] = [[1, 0, 1], [0, 1, 0], [-1, 0, 1]];
      const a = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
      let c = a;
      let diff = [0, 0, 0];
      // Redraw the second line's point until the lines are skew (they must not meet).
      for (let tries = 0; tries < 50 && diff[0]! * cross[0]! + diff[1]! * cross[1]! + diff[2]! * cross[2]! === 0; tries++) {
        c = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        diff = c.map((x, i) => x - a[i]!);
      }
      if (diff[0]! * cross[0]! + diff[1]! * cross[1]! + diff[2]! * cross[2]! === 0) {
        c = a.map((x, i) => x + cross[i]!);
        diff = cross.slice();
      }
      const norm = Math.hypot(cross[0]!, cross[1]!, cross[2]!);
      const value = Math.abs(diff[0]! * cross[0]! + diff[1]! * cross[1]! + diff[2]! * cross[2]!) / norm;
      const v = (x: number[]) => `(${x.join(', ')})`;
      return num({
        params: { a1: a[0]!, a2: a[1]!, a3: a[2]!, b1: b[0]!, b2: b[1]!, b3: b[2]!, c1: c[0]!, c2: c[1]!, c3: c[2]!, d1: d[0]!, d2: d[1]!, d3: d[2]! },
        text: `Find the shortest distance between the lines $\\vec r = ${v(a)} + \\lambda${v(b)}$ and $\\vec r = ${v(c)} + \\mu${v(d)}$.`,
        value,
        unit: '',
        mistakes: [Math.hypot(diff[0]!, diff[1]!, diff[2]!), value * norm, Math.abs(diff[0]! * cross[0]! + diff[1]! * cross[1]! + diff[2]! * cross[2]!) / (norm * norm)],
        solution: `$\\vec b \\times \\vec d = ${v(cross)}$ and the distance is $\\frac{|(\\vec c - \\vec a) \\cdot (\\vec b \\times \\vec d)|}{|\\vec b \\times \\vec d|} = \\frac{${Math.round(value * norm)}}{\\sqrt{${Math.round(norm * norm)}}}$.`,
        hi: {
          text: `रेखाओं $\\vec r = ${v(a)} + \\lambda${v(b)}$ और $\\vec r = ${v(c)} + \\mu${v(d)}$ के बीच की न्यूनतम दूरी ज्ञात कीजिए।`,
          solution: `$\\vec b \\times \\vec d = ${v(cross)}$ तथा दूरी $\\frac{|(\\vec c - \\vec a) \\cdot (\\vec b \\times \\vec d)|}{|\\vec b \\times \\vec d|} = \\frac{${Math.round(value * norm)}}{\\sqrt{${Math.round(norm * norm)}}}$ है।`,
        },
        result: [0.01, 11],
      });
    },
  },
  {
    id: 'm.vec.projection-length',
    subject: M,
    concepts: ['M.VEC.DOT', 'M.VEC.BASICS'],
    difficulty: 2,
    build(rng) {
      const [p, q, r, len] = rng.pick(QUADRUPLES);
      const a = [rng.int(-5, 6), rng.int(-5, 6), rng.int(-5, 6)];
      const dot = a[0]! * p + a[1]! * q + a[2]! * r;
      const value = dot / len;
      return num({
        params: { a1: a[0]!, a2: a[1]!, a3: a[2]!, p, q, r, len },
        text: `Find the scalar projection of $\\vec a = ${a[0]}\\hat i ${signed(a[1]!)}\\hat j ${signed(a[2]!)}\\hat k$ on $\\vec b = ${p}\\hat i + ${q}\\hat j + ${r}\\hat k$.`,
        value,
        unit: '',
        mistakes: [dot, dot / (len * len), -value],
        solution: `$\\frac{\\vec a \\cdot \\vec b}{|\\vec b|} = \\frac{${dot}}{${len}}$.`,
        hi: {
          text: `$\\vec a = ${a[0]}\\hat i ${signed(a[1]!)}\\hat j ${signed(a[2]!)}\\hat k$ का $\\vec b = ${p}\\hat i + ${q}\\hat j + ${r}\\hat k$ पर अदिश प्रक्षेप ज्ञात कीजिए।`,
          solution: `$\\frac{\\vec a \\cdot \\vec b}{|\\vec b|} = \\frac{${dot}}{${len}}$।`,
        },
        result: [-17, 17],
      });
    },
  },
  {
    id: 'm.prob.dice-sum-divisible',
    subject: M,
    concepts: ['M.PROB.BASIC'],
    difficulty: 2,
    build(rng) {
      const event = rng.int(0, 2);
      const k = [rng.int(2, 7), rng.int(3, 11), rng.int(2, 12)][event]!;
      const holds = (s: number) => [s % k === 0, s > k, s === k][event]!;
      // Ordered outcomes with sum s: 6 − |s − 7| for s = 2..12.
      let favourable = 0;
      let sums = 0;
      for (let s = 2; s <= 12; s++) {
        if (!holds(s)) continue;
        favourable += 6 - Math.abs(s - 7);
        sums++;
      }
      const value = favourable / 36;
      const what = [`divisible by ${k}`, `greater than ${k}`, `equal to ${k}`][event]!;
      const whatHi = [`${k} से विभाज्य`, `${k} से अधिक`, `${k} के बराबर`][event]!;
      return num({
        params: { event, k },
        text: `Two fair dice are thrown. Find the probability that the sum of the numbers shown is ${what}.`,
        value,
        unit: '',
        mistakes: [sums / 11, favourable / 21, 1 - value],
        solution: `Count the 36 equally likely ordered outcomes whose sum is ${what}: ${favourable}, so $P = ${fracTex(favourable, 36)}$. (The 11 sums are not equally likely.)`,
        hi: {
          text: `दो निष्पक्ष पासे फेंके जाते हैं। प्रायिकता ज्ञात कीजिए कि दर्शाई गई संख्याओं का योग ${whatHi} है।`,
          solution: `36 समसंभाव्य क्रमित परिणामों में से वे गिनिए जिनका योग ${whatHi} है: ${favourable}, अतः $P = ${fracTex(favourable, 36)}$। (11 योग समसंभाव्य नहीं हैं।)`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.trig.max-of-combination',
    subject: M,
    concepts: ['M.TRIG.COMPOUND'],
    difficulty: 2,
    build(rng) {
      const [a, b, r] = rng.pick(TRIPLES);
      const c = rng.int(-5, 5);
      const sb = rng.int(0, 1) === 1 ? -1 : 1;
      const v = rng.int(0, 1);
      const value = v === 0 ? r + c : c - r;
      const expr = `${a}\\sin x ${signed(sb * b)}\\cos x${c ? ` ${signed(c)}` : ''}`;
      return num({
        params: { a, b: sb * b, c, v },
        text: `Find the ${v === 0 ? 'greatest' : 'least'} value of $${expr}$ over real $x$.`,
        value,
        unit: '',
        mistakes: v === 0 ? [a + b + c, r, r * r + c] : [c - a - b, -r, c],
        solution: `$a\\sin x + b\\cos x$ ranges over $[-\\sqrt{a^2 + b^2}, \\sqrt{a^2 + b^2}] = [-${r}, ${r}]$; ${v === 0 ? 'greatest' : 'least'} value $${value}$.`,
        hi: {
          text: `वास्तविक $x$ के लिए $${expr}$ का ${v === 0 ? 'अधिकतम' : 'न्यूनतम'} मान ज्ञात कीजिए।`,
          solution: `$a\\sin x + b\\cos x$ का परिसर $[-\\sqrt{a^2 + b^2}, \\sqrt{a^2 + b^2}] = [-${r}, ${r}]$ है; ${v === 0 ? 'अधिकतम' : 'न्यूनतम'} मान $${value}$।`,
        },
        result: [-34, 34],
      });
    },
  },
  {
    id: 'm.trig.inverse-tan-sum',
    subject: M,
    concepts: ['M.TRIG.INV', 'M.TRIG.COMPOUND'],
    difficulty: 3,
    build(rng) {
      // x = x6/6 and y = y6/6 exactly; xy = 1 (x6·y6 = 36) would make the sum π/2.
      let x6 = 36;
      let y6 = 1;
      for (let tries = 0; tries < 50 && x6 * y6 === 36; tries++) {
        x6 = (rng.int(1, 6) * 6) / rng.pick([1, 2, 3]);
        y6 = (rng.int(1, 6) * 6) / rng.pick([1, 2, 3]);
      }
      if (x6 * y6 === 36) [x6, y6] = [12, 18];
      const x = x6 / 6;
      const y = y6 / 6;
      const value = (x + y) / (1 - x * y);
      const tex = (v: number) => (Number.isInteger(v) ? String(v) : fracTex(Math.round(v * 6), 6));
      return num({
        params: { x6, y6 },
        text: `Find $\\tan\\left(\\tan^{-1} ${tex(x)} + \\tan^{-1} ${tex(y)}\\right)$.`,
        value,
        unit: '',
        mistakes: [(x + y) / (1 + x * y), x + y, (x - y) / (1 + x * y)],
        solution: `$\\tan(A + B) = \\frac{\\tan A + \\tan B}{1 - \\tan A\\tan B} = \\frac{${tex(x)} + ${tex(y)}}{1 - ${tex(x)} \\cdot ${tex(y)}}$.`,
        hi: {
          text: `$\\tan\\left(\\tan^{-1} ${tex(x)} + \\tan^{-1} ${tex(y)}\\right)$ ${HI_FIND}`,
          solution: `$\\tan(A + B) = \\frac{\\tan A + \\tan B}{1 - \\tan A\\tan B} = \\frac{${tex(x)} + ${tex(y)}}{1 - ${tex(x)} \\cdot ${tex(y)}}$।`,
        },
        result: [-60, 60],
      });
    },
  },
];
