import { fracTex, polyTex } from './format.ts';
import { cos30, nCr, nonZero, nPr, num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/** Sets, relations, functions, logarithms, complex numbers, quadratics (Maths units 1–2). */
export const mathAlgebraGenerators: GeneratorDef[] = [
  {
    id: 'm.sets.inclusion-exclusion',
    subject: 'MATH',
    concepts: ['M.SETS.OPS'],
    difficulty: 1,
    build(rng) {
      const a = rng.int(20, 70);
      const b = rng.int(20, 70);
      const c = rng.int(3, Math.min(a, b) - 2);
      return num({
        params: { a, b, c },
        text: `In a class, ${a} students study Physics, ${b} study Chemistry and ${c} study both. How many students study at least one of the two subjects?`,
        value: a + b - c,
        unit: '',
        result: [0, 200],
        mistakes: [a + b, a + b - 2 * c, a + b + c],
        solution: `$n(A \\cup B) = n(A) + n(B) - n(A \\cap B) = ${a} + ${b} - ${c} = ${a + b - c}$.`,
        hi: {
          text: `एक कक्षा में ${a} विद्यार्थी भौतिकी, ${b} रसायन और ${c} दोनों विषय पढ़ते हैं। कितने विद्यार्थी दोनों में से कम से कम एक विषय पढ़ते हैं?`,
          solution: `$n(A \\cup B) = n(A) + n(B) - n(A \\cap B) = ${a} + ${b} - ${c} = ${a + b - c}$।`,
        },
      });
    },
  },
  {
    id: 'm.rel.count',
    subject: 'MATH',
    concepts: ['M.REL.TYPES', 'M.SETS.OPS'],
    difficulty: 2,
    build(rng) {
      const n = rng.int(2, 4);
      const v = rng.int(0, 2);
      const kinds = ['relations', 'reflexive relations', 'symmetric relations'] as const;
      const exps = [n * n, n * n - n, (n * (n + 1)) / 2];
      const e = exps[v] as number;
      return num({
        params: { n, v },
        text: `How many ${kinds[v]} can be defined on a set with ${n} elements?`,
        value: 2 ** e,
        unit: '',
        result: [0, 100_000],
        mistakes: [2 ** n, n * n, 2 ** (n * n) === 2 ** e ? 2 ** (n * n - n) : 2 ** (n * n), 2 ** (e + 1)],
        solution: [
          `A relation on $A$ is any subset of $A \\times A$, which has $${n}^2 = ${n * n}$ ordered pairs.`,
          v === 1 ? `Reflexive relations must contain the ${n} pairs $(a,a)$; the other $${n * n - n}$ pairs are free.` : '',
          v === 2 ? `A symmetric relation is fixed by choosing the ${n} diagonal pairs and the $${(n * (n - 1)) / 2}$ unordered off-diagonal pairs: $${e}$ free choices.` : '',
          `Count $= 2^{${e}} = ${2 ** e}$.`,
        ].filter(Boolean).join(' '),
        hi: {
          text: `${n} अवयवों वाले समुच्चय पर कितने ${['संबंध', 'स्वतुल्य संबंध', 'सममित संबंध'][v]} परिभाषित किए जा सकते हैं?`,
          solution: [
            `$A$ पर प्रत्येक संबंध $A \\times A$ का एक उपसमुच्चय है, जिसमें $${n}^2 = ${n * n}$ क्रमित युग्म हैं।`,
            v === 1 ? `स्वतुल्य संबंध में ${n} युग्म $(a,a)$ अनिवार्य हैं; शेष $${n * n - n}$ युग्म स्वतंत्र हैं।` : '',
            v === 2 ? `सममित संबंध ${n} विकर्ण युग्मों और $${(n * (n - 1)) / 2}$ अक्रमित विकर्णेतर युग्मों के चयन से निर्धारित होता है: $${e}$ स्वतंत्र विकल्प।` : '',
            `संख्या $= 2^{${e}} = ${2 ** e}$।`,
          ].filter(Boolean).join(' '),
        },
      });
    },
  },
  {
    id: 'm.func.count',
    subject: 'MATH',
    concepts: ['M.FUNC.BASICS'],
    difficulty: 2,
    build(rng) {
      const m = rng.int(2, 5);
      const n = rng.int(m, 7);
      const v = rng.int(0, 1);
      const value = v === 0 ? n ** m : nPr(n, m);
      return num({
        params: { m, n, v },
        text: `Let $|A| = ${m}$ and $|B| = ${n}$. How many ${v === 0 ? 'functions' : 'one-one functions'} are there from $A$ to $B$?`,
        value,
        unit: '',
        result: [0, 20_000],
        mistakes: [m ** n, nCr(n, m), v === 0 ? nPr(n, m) : n ** m, m * n],
        solution:
          v === 0
            ? `Each of the ${m} elements of $A$ has ${n} possible images: $${n}^{${m}} = ${value}$.`
            : `Images must be distinct: $${n} \\cdot ${n - 1} \\cdots = {}^{${n}}P_{${m}} = ${value}$.`,
      hi: {
        text: `माना $|A| = ${m}$ और $|B| = ${n}$ है। $A$ से $B$ तक कितने ${v === 0 ? 'फलन' : 'एकैकी फलन'} हैं?`,
        solution:
          v === 0
            ? `$A$ के ${m} अवयवों में से प्रत्येक के ${n} संभव प्रतिबिंब हैं: $${n}^{${m}} = ${value}$।`
            : `प्रतिबिंब भिन्न होने चाहिए: $${n} \\cdot ${n - 1} \\cdots = {}^{${n}}P_{${m}} = ${value}$।`,
      },
      });
    },
  },
  {
    id: 'm.func.compose',
    subject: 'MATH',
    concepts: ['M.FUNC.COMPOSE', 'M.FUNC.BASICS'],
    difficulty: 2,
    build(rng) {
      const a = nonZero(rng, -5, 5);
      const b = rng.int(-9, 9);
      const c = nonZero(rng, -5, 5);
      const d = rng.int(-9, 9);
      const k = rng.int(-5, 5);
      const v = rng.int(0, 1);
      const f = polyTex([b, a]);
      const g = polyTex([d, c]);
      if (v === 0) {
        const value = a * (c * k + d) + b;
        return num({
          params: { a, b, c, d, k, v },
          text: `If $f(x) = ${f}$ and $g(x) = ${g}$, find $(f \\circ g)(${k})$.`,
          value,
          unit: '',
          result: [-200, 200],
          mistakes: [c * (a * k + b) + d, a * c * k + b + d, (a * k + b) * (c * k + d)],
          solution: `$g(${k}) = ${c * k + d}$, so $f(g(${k})) = ${a}(${c * k + d}) + (${b}) = ${value}$.`,
          hi: {
            text: `यदि $f(x) = ${f}$ और $g(x) = ${g}$ है, तो $(f \\circ g)(${k})$ ज्ञात कीजिए।`,
            solution: `$g(${k}) = ${c * k + d}$, अतः $f(g(${k})) = ${a}(${c * k + d}) + (${b}) = ${value}$।`,
          },
        });
      }
      const y = a * k + b;
      return num({
        params: { a, b, c, d, k, v },
        text: `If $f(x) = ${f}$, find $f^{-1}(${y})$.`,
        value: k,
        unit: '',
        result: [-200, 200],
        mistakes: [(y + b) / a, a * y + b, y / a, -k],
        solution: `Solve $${f} = ${y}$: $x = \\frac{${y} - (${b})}{${a}} = ${k}$.`,
        hi: {
          text: `यदि $f(x) = ${f}$ है, तो $f^{-1}(${y})$ ज्ञात कीजिए।`,
          solution: `$${f} = ${y}$ को हल करने पर: $x = \\frac{${y} - (${b})}{${a}} = ${k}$।`,
        },
      });
    },
  },
  {
    id: 'm.func.log-eval',
    subject: 'MATH',
    concepts: ['M.FUNC.EXPLOG'],
    difficulty: 2,
    build(rng) {
      const b = rng.pick([2, 3, 5] as const);
      const s = rng.int(2, 4);
      let t = rng.int(1, 8);
      if (t === s) t += 1;
      return num({
        params: { b, s, t },
        text: `Evaluate $\\log_{${b ** s}} ${b ** t}$.`,
        value: t / s,
        unit: '',
        result: [0, 5],
        mistakes: [s / t, t - s, t * s, b ** t / b ** s],
        solution: `$\\log_{${b}^{${s}}} ${b}^{${t}} = \\frac{${t}}{${s}}\\log_{${b}} ${b} = ${fracTex(t, s)}$.`,
        hi: {
          text: `$\\log_{${b ** s}} ${b ** t}$ का मान ज्ञात कीजिए।`,
          solution: `$\\log_{${b}^{${s}}} ${b}^{${t}} = \\frac{${t}}{${s}}\\log_{${b}} ${b} = ${fracTex(t, s)}$।`,
        },
      });
    },
  },
  {
    id: 'm.cplx.product',
    subject: 'MATH',
    concepts: ['M.CPLX.ALG'],
    difficulty: 2,
    build(rng) {
      const a = nonZero(rng, -6, 6);
      const b = nonZero(rng, -6, 6);
      const c = nonZero(rng, -6, 6);
      const d = nonZero(rng, -6, 6);
      const v = rng.int(0, 1);
      const re = a * c - b * d;
      const im = a * d + b * c;
      return num({
        params: { a, b, c, d, v },
        text: `If $z_1 = ${polyTex([a, b], 'i')}$ and $z_2 = ${polyTex([c, d], 'i')}$, find the ${v === 0 ? 'real' : 'imaginary'} part of $z_1 z_2$.`,
        value: v === 0 ? re : im,
        unit: '',
        result: [-100, 100],
        mistakes: v === 0 ? [a * c + b * d, im, a * c] : [a * d - b * c, re, b * d],
        solution: `$z_1 z_2 = (${a}\\cdot${c} - ${b}\\cdot${d}) + (${a}\\cdot${d} + ${b}\\cdot${c})i = ${re} + (${im})i$, using $i^2 = -1$.`,
        hi: {
          text: `यदि $z_1 = ${polyTex([a, b], 'i')}$ और $z_2 = ${polyTex([c, d], 'i')}$ है, तो $z_1 z_2$ का ${v === 0 ? 'वास्तविक' : 'काल्पनिक'} भाग ज्ञात कीजिए।`,
          solution: `$i^2 = -1$ से, $z_1 z_2 = (${a}\\cdot${c} - ${b}\\cdot${d}) + (${a}\\cdot${d} + ${b}\\cdot${c})i = ${re} + (${im})i$।`,
        },
      });
    },
  },
  {
    id: 'm.cplx.modulus-power',
    subject: 'MATH',
    concepts: ['M.CPLX.POLAR', 'M.CPLX.ALG'],
    difficulty: 3,
    build(rng) {
      const [a, b, r] = rng.pick(TRIPLES.filter((t) => t[2] <= 13));
      const n = rng.int(2, 4);
      const sa = rng.pick([1, -1] as const);
      return num({
        params: { a: sa * a, b, n },
        text: `Find $\\left|(${sa * a} + ${b}i)^{${n}}\\right|$.`,
        value: r ** n,
        unit: '',
        result: [0, 50_000],
        mistakes: [(a + b) ** n, r * n, (a * a + b * b) ** n, r ** (n + 1)],
        solution: `$|z^n| = |z|^n$ and $|${sa * a} + ${b}i| = \\sqrt{${a * a} + ${b * b}} = ${r}$, so the answer is $${r}^{${n}} = ${r ** n}$.`,
        hi: {
          text: `$\\left|(${sa * a} + ${b}i)^{${n}}\\right|$ ज्ञात कीजिए।`,
          solution: `$|z^n| = |z|^n$ तथा $|${sa * a} + ${b}i| = \\sqrt{${a * a} + ${b * b}} = ${r}$, अतः उत्तर $${r}^{${n}} = ${r ** n}$ है।`,
        },
      });
    },
  },
  {
    id: 'm.cplx.de-moivre',
    subject: 'MATH',
    concepts: ['M.CPLX.ROOTS', 'M.CPLX.POLAR'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(2, 6);
      const m = rng.pick([1, 2, 4, 5] as const);
      const value = 2 ** n * cos30(n * m);
      return num({
        params: { n, m },
        text: `Let $z = 2\\left(\\cos\\frac{${m}\\pi}{6} + i\\sin\\frac{${m}\\pi}{6}\\right)$. Find $\\operatorname{Re}(z^{${n}})$.`,
        value,
        unit: '',
        result: [-100, 100],
        mistakes: [2 ** n * cos30(n * m - 3), 2 * n * cos30(n * m), 2 ** n * cos30(m), -value],
        solution: `By De Moivre, $z^{${n}} = 2^{${n}}\\left(\\cos\\frac{${n * m}\\pi}{6} + i \\sin\\frac{${n * m}\\pi}{6}\\right)$, so the real part is $${2 ** n}\\cos\\frac{${n * m}\\pi}{6}$.`,
        hi: {
          text: `माना $z = 2\\left(\\cos\\frac{${m}\\pi}{6} + i\\sin\\frac{${m}\\pi}{6}\\right)$ है। $\\operatorname{Re}(z^{${n}})$ ज्ञात कीजिए।`,
          solution: `द मुआवर प्रमेय से $z^{${n}} = 2^{${n}}\\left(\\cos\\frac{${n * m}\\pi}{6} + i \\sin\\frac{${n * m}\\pi}{6}\\right)$, अतः वास्तविक भाग $${2 ** n}\\cos\\frac{${n * m}\\pi}{6}$ है।`,
        },
      });
    },
  },
  {
    id: 'm.quad.roots',
    subject: 'MATH',
    concepts: ['M.QUAD.ROOTS'],
    difficulty: 2,
    build(rng) {
      const p = rng.int(-9, 9);
      let q = rng.int(-9, 9);
      if (q === p) q += 1;
      const v = rng.int(0, 1);
      const b = -(p + q);
      const c = p * q;
      const eq = `${polyTex([c, b, 1])} = 0`;
      if (v === 0) {
        return num({
          params: { p, q, v },
          text: `Find the larger root of $${eq}$.`,
          value: Math.max(p, q),
          unit: '',
          result: [-2000, 2000],
          mistakes: [-Math.max(p, q), Math.min(p, q), p + q, -Math.min(p, q)],
          solution: `$${eq}$ factorises as $(x - (${p}))(x - (${q})) = 0$, so the roots are ${p} and ${q}.`,
          hi: {
            text: `$${eq}$ का बड़ा मूल ज्ञात कीजिए।`,
            solution: `$${eq}$ के गुणनखंड $(x - (${p}))(x - (${q})) = 0$ हैं, अतः मूल ${p} और ${q} हैं।`,
          },
        });
      }
      const a = rng.int(1, 4);
      return num({
        params: { p, q, v, a },
        text: `Find the discriminant of $${polyTex([c, b, a])} = 0$.`,
        value: b * b - 4 * a * c,
        unit: '',
        result: [-2000, 2000],
        mistakes: [b * b + 4 * a * c, b * b - 2 * a * c, b - 4 * a * c],
        solution: `$D = b^2 - 4ac = (${b})^2 - 4(${a})(${c}) = ${b * b - 4 * a * c}$.`,
        hi: {
          text: `$${polyTex([c, b, a])} = 0$ का विविक्तकर ज्ञात कीजिए।`,
          solution: `$D = b^2 - 4ac = (${b})^2 - 4(${a})(${c}) = ${b * b - 4 * a * c}$।`,
        },
      });
    },
  },
  {
    id: 'm.quad.sum-of-squares',
    subject: 'MATH',
    concepts: ['M.QUAD.SYMM', 'M.QUAD.ROOTS'],
    difficulty: 3,
    build(rng) {
      const a = rng.int(1, 4);
      const b = nonZero(rng, -9, 9);
      const c = nonZero(rng, -9, 9);
      const value = (b * b - 2 * a * c) / (a * a);
      return num({
        params: { a, b, c },
        text: `If $\\alpha, \\beta$ are the roots of $${polyTex([c, b, a])} = 0$, find $\\alpha^2 + \\beta^2$.`,
        value,
        unit: '',
        result: [-20, 100],
        mistakes: [(b * b + 2 * a * c) / (a * a), (b * b) / (a * a), (b * b - 4 * a * c) / (a * a), (b * b - 2 * c) / a],
        solution: `$\\alpha + \\beta = ${fracTex(-b, a)}$, $\\alpha\\beta = ${fracTex(c, a)}$, and $\\alpha^2 + \\beta^2 = (\\alpha+\\beta)^2 - 2\\alpha\\beta = ${fracTex(b * b - 2 * a * c, a * a)}$.`,
        hi: {
          text: `यदि $\\alpha, \\beta$ समीकरण $${polyTex([c, b, a])} = 0$ के मूल हैं, तो $\\alpha^2 + \\beta^2$ ज्ञात कीजिए।`,
          solution: `$\\alpha + \\beta = ${fracTex(-b, a)}$, $\\alpha\\beta = ${fracTex(c, a)}$, तथा $\\alpha^2 + \\beta^2 = (\\alpha+\\beta)^2 - 2\\alpha\\beta = ${fracTex(b * b - 2 * a * c, a * a)}$।`,
        },
      });
    },
  },
  {
    id: 'm.quad.shifted-roots',
    subject: 'MATH',
    concepts: ['M.QUAD.FORM', 'M.QUAD.SYMM'],
    difficulty: 3,
    build(rng) {
      const s = rng.int(-9, 9);
      const p = nonZero(rng, -12, 12);
      const k = nonZero(rng, -4, 4);
      const value = p + k * s + k * k;
      return num({
        params: { s, p, k },
        text: `$\\alpha, \\beta$ are the roots of $${polyTex([p, -s, 1])} = 0$. The quadratic with roots $\\alpha ${k > 0 ? '+' : '-'} ${Math.abs(k)}$ and $\\beta ${k > 0 ? '+' : '-'} ${Math.abs(k)}$ is $x^2 + Bx + C = 0$. Find $C$.`,
        value,
        unit: '',
        result: [-50, 100],
        mistakes: [p + k * k, p + k * s, p - k * s + k * k, p * k],
        solution: `$C = (\\alpha + k)(\\beta + k) = \\alpha\\beta + k(\\alpha + \\beta) + k^2 = ${p} + (${k})(${s}) + ${k * k} = ${value}$.`,
        hi: {
          text: `$\\alpha, \\beta$ समीकरण $${polyTex([p, -s, 1])} = 0$ के मूल हैं। जिस द्विघात समीकरण के मूल $\\alpha ${k > 0 ? '+' : '-'} ${Math.abs(k)}$ और $\\beta ${k > 0 ? '+' : '-'} ${Math.abs(k)}$ हैं, वह $x^2 + Bx + C = 0$ है। $C$ ज्ञात कीजिए।`,
          solution: `$C = (\\alpha + k)(\\beta + k) = \\alpha\\beta + k(\\alpha + \\beta) + k^2 = ${p} + (${k})(${s}) + ${k * k} = ${value}$।`,
        },
      });
    },
  },
];
