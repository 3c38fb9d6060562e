import { fracTex, polyTex } from './format.ts';
import { factorial, nCr, nonZero, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/** Binomial theorem and sequences and series (Maths units 5–6). */
export const mathSeriesGenerators: GeneratorDef[] = [
  {
    id: 'm.bin.coefficient',
    subject: 'MATH',
    concepts: ['M.BIN.EXP', 'M.PC.COMB'],
    difficulty: 2,
    build(rng) {
      const n = rng.int(4, 8);
      const k = rng.int(1, n - 1);
      const a = rng.int(1, 3);
      const b = nonZero(rng, -3, 3);
      const value = nCr(n, k) * a ** k * b ** (n - k);
      return num({
        params: { n, k, a, b },
        text: `Find the coefficient of $x^{${k}}$ in the expansion of $(${polyTex([b, a])})^{${n}}$.`,
        value,
        unit: '',
        result: [-500_000, 500_000],
        mistakes: [nCr(n, k) * a ** (n - k) * b ** k, nCr(n, k), nCr(n, k) * a ** k, nCr(n, k + 1) * a ** k * b ** (n - k)],
        solution: `$T_{r+1} = {}^{${n}}C_r (${a}x)^r (${b})^{${n}-r}$; with $r = ${k}$ the coefficient is $${nCr(n, k)} \\times ${a ** k} \\times (${b ** (n - k)}) = ${value}$.`,
        hi: {
          text: `$(${polyTex([b, a])})^{${n}}$ के प्रसार में $x^{${k}}$ का गुणांक ज्ञात कीजिए।`,
          solution: `$T_{r+1} = {}^{${n}}C_r (${a}x)^r (${b})^{${n}-r}$; $r = ${k}$ पर गुणांक $${nCr(n, k)} \\times ${a ** k} \\times (${b ** (n - k)}) = ${value}$ है।`,
        },
      });
    },
  },
  {
    id: 'm.bin.sums',
    subject: 'MATH',
    concepts: ['M.BIN.PROP', 'M.BIN.EXP'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(4, 12);
      const v = rng.int(0, 2);
      const a = rng.int(1, 3);
      const b = rng.int(1, 3);
      const texts = [
        `the sum of the coefficients in the expansion of $(${a}x + ${b})^{${n}}$`,
        `$\\sum_{r=0}^{${n}} r\\,{}^{${n}}C_r$`,
        `${'$'}{}^{${n}}C_0 + {}^{${n}}C_2 + {}^{${n}}C_4 + \\cdots${'$'} (even-indexed coefficients)`,
      ];
      const values = [(a + b) ** n, n * 2 ** (n - 1), 2 ** (n - 1)];
      return num({
        params: { n, v, a, b },
        text: `Find ${texts[v]}.`,
        value: values[v] as number,
        unit: '',
        result: [0, 5_000_000_000],
        mistakes: [2 ** n, n * 2 ** n, (a + b) ** (n - 1), 2 ** (n - 1) * (v === 2 ? 2 : 1) + 1],
        solution: [
          `Put $x = 1$: the sum is $(${a} + ${b})^{${n}} = ${values[0]}$.`,
          `$r\\,{}^{n}C_r = n\\,{}^{n-1}C_{r-1}$, so the sum is $n 2^{n-1} = ${values[1]}$.`,
          `Adding the expansions of $(1+1)^n$ and $(1-1)^n$: the even-indexed sum is $2^{n-1} = ${values[2]}$.`,
        ][v] as string,
        hi: {
          text: `${[`$(${a}x + ${b})^{${n}}$ के प्रसार में गुणांकों का योग`, `$\\sum_{r=0}^{${n}} r\\,{}^{${n}}C_r$`, `${'$'}{}^{${n}}C_0 + {}^{${n}}C_2 + {}^{${n}}C_4 + \\cdots${'$'} (सम सूचकांक वाले गुणांक)`][v]} ज्ञात कीजिए।`,
          solution: [
            `$x = 1$ रखने पर योग $(${a} + ${b})^{${n}} = ${values[0]}$ है।`,
            `$r\\,{}^{n}C_r = n\\,{}^{n-1}C_{r-1}$, अतः योग $n 2^{n-1} = ${values[1]}$ है।`,
            `$(1+1)^n$ और $(1-1)^n$ के प्रसारों को जोड़ने पर सम सूचकांक वाला योग $2^{n-1} = ${values[2]}$ है।`,
          ][v] as string,
        },
      });
    },
  },
  {
    id: 'm.seq.ap-sum',
    subject: 'MATH',
    concepts: ['M.SEQ.AP'],
    difficulty: 2,
    build(rng) {
      const a = rng.int(-10, 20);
      const d = nonZero(rng, -5, 7);
      const n = rng.int(8, 30);
      const value = (n * (2 * a + (n - 1) * d)) / 2;
      return num({
        params: { a, d, n },
        text: `Find the sum of the first ${n} terms of the arithmetic progression ${a}, ${a + d}, ${a + 2 * d}, …`,
        value,
        unit: '',
        result: [-5000, 5000],
        mistakes: [(n * (2 * a + n * d)) / 2, n * (a + (n - 1) * d), a + (n - 1) * d, (n * (a + (n - 1) * d)) / 2],
        solution: `$S_n = \\frac{n}{2}[2a + (n-1)d] = \\frac{${n}}{2}[${2 * a} + ${n - 1}(${d})] = ${value}$.`,
        hi: {
          text: `समांतर श्रेढ़ी ${a}, ${a + d}, ${a + 2 * d}, … के प्रथम ${n} पदों का योग ज्ञात कीजिए।`,
          solution: `$S_n = \\frac{n}{2}[2a + (n-1)d] = \\frac{${n}}{2}[${2 * a} + ${n - 1}(${d})] = ${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.seq.gp-sum',
    subject: 'MATH',
    concepts: ['M.SEQ.GP'],
    difficulty: 2,
    build(rng) {
      const a = rng.int(1, 9);
      const v = rng.int(0, 1);
      if (v === 0) {
        const r = rng.int(2, 4);
        const n = rng.int(4, 8);
        const value = (a * (r ** n - 1)) / (r - 1);
        return num({
          params: { a, r, n, v },
          text: `Find the sum of the first ${n} terms of the geometric progression ${a}, ${a * r}, ${a * r * r}, …`,
          value,
          unit: '',
          result: [0, 200_000],
          mistakes: [a * r ** n, (a * (r ** (n - 1) - 1)) / (r - 1), (a * (r ** n - 1)) / r, a * r ** (n - 1)],
          solution: `$S_n = a\\frac{r^n - 1}{r - 1} = ${a}\\cdot\\frac{${r}^{${n}} - 1}{${r - 1}} = ${value}$.`,
          hi: {
            text: `गुणोत्तर श्रेढ़ी ${a}, ${a * r}, ${a * r * r}, … के प्रथम ${n} पदों का योग ज्ञात कीजिए।`,
            solution: `$S_n = a\\frac{r^n - 1}{r - 1} = ${a}\\cdot\\frac{${r}^{${n}} - 1}{${r - 1}} = ${value}$।`,
          },
        });
      }
      const k = rng.int(2, 5);
      const s = rng.pick([1, -1] as const);
      const value = a / (1 - s / k);
      return num({
        params: { a, k, s, v },
        text: `Find the sum to infinity of the geometric progression with first term ${a} and common ratio $${s < 0 ? '-' : ''}\\frac{1}{${k}}$.`,
        value,
        unit: '',
        result: [0, 200_000],
        mistakes: [a / (1 + s / k), a * (1 - s / k), a / k, a * k],
        solution: `$S_\\infty = \\frac{a}{1 - r} = \\frac{${a}}{1 ${s > 0 ? '-' : '+'} \\frac{1}{${k}}} = ${fracTex(a * k, k - s)}$.`,
        hi: {
          text: `उस गुणोत्तर श्रेढ़ी का अनंत पदों तक योग ज्ञात कीजिए जिसका प्रथम पद ${a} और सार्व अनुपात $${s < 0 ? '-' : ''}\\frac{1}{${k}}$ है।`,
          solution: `$S_\\infty = \\frac{a}{1 - r} = \\frac{${a}}{1 ${s > 0 ? '-' : '+'} \\frac{1}{${k}}} = ${fracTex(a * k, k - s)}$।`,
        },
      });
    },
  },
  {
    id: 'm.seq.means',
    subject: 'MATH',
    concepts: ['M.SEQ.MEANS', 'M.SEQ.GP'],
    difficulty: 3,
    build(rng) {
      const v = rng.int(0, 1);
      if (v === 0) {
        const a = rng.int(2, 20);
        let b = rng.int(2, 30);
        if (b === a) b += 3;
        const value = (2 * a * b) / (a + b);
        return num({
          params: { a, b, v },
          text: `Find the harmonic mean of ${a} and ${b}.`,
          value,
          unit: '',
          result: [0, 200],
          mistakes: [(a + b) / 2, Math.sqrt(a * b), (a * b) / (a + b), (a + b) / (2 * a * b)],
          solution: `$H = \\frac{2ab}{a + b} = \\frac{${2 * a * b}}{${a + b}} = ${fracTex(2 * a * b, a + b)}$.`,
          hi: {
            text: `${a} और ${b} का हरात्मक माध्य ज्ञात कीजिए।`,
            solution: `$H = \\frac{2ab}{a + b} = \\frac{${2 * a * b}}{${a + b}} = ${fracTex(2 * a * b, a + b)}$।`,
          },
        });
      }
      const p = rng.int(1, 9);
      const m = rng.int(1, 6);
      const q = m * m * p;
      const value = 2 * Math.sqrt(p * q);
      return num({
        params: { p, q, v },
        text: `Find the least value of $${p}x + \\frac{${q}}{x}$ for $x > 0$.`,
        value,
        unit: '',
        result: [0, 200],
        mistakes: [Math.sqrt(p * q), p + q, 2 * (p + q), 4 * Math.sqrt(p * q)],
        solution: `By AM ≥ GM, $${p}x + \\frac{${q}}{x} \\ge 2\\sqrt{${p}\\cdot${q}} = ${value}$, with equality at $x = \\sqrt{${q}/${p}}$.`,
        hi: {
          text: `$x > 0$ के लिए $${p}x + \\frac{${q}}{x}$ का न्यूनतम मान ज्ञात कीजिए।`,
          solution: `समांतर माध्य ≥ गुणोत्तर माध्य से, $${p}x + \\frac{${q}}{x} \\ge 2\\sqrt{${p}\\cdot${q}} = ${value}$; समता $x = \\sqrt{${q}/${p}}$ पर है।`,
        },
      });
    },
  },
  {
    id: 'm.seq.special-sums',
    subject: 'MATH',
    concepts: ['M.SEQ.SPECIAL', 'M.SEQ.AP'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(5, 25);
      const v = rng.int(0, 2);
      const forms = ['k^2', 'k^3', 'k(k+1)'];
      const values = [(n * (n + 1) * (2 * n + 1)) / 6, ((n * (n + 1)) / 2) ** 2, (n * (n + 1) * (n + 2)) / 3];
      const value = values[v] as number;
      return num({
        params: { n, v },
        text: `Evaluate $\\sum_{k=1}^{${n}} ${forms[v]}$.`,
        value,
        unit: '',
        result: [0, 200_000],
        mistakes: [(n * (n + 1)) / 2, (n * (n + 1) * (2 * n + 1)) / 3, n ** 3, value + n, factorial(3) * n],
        solution: [
          `$\\sum k^2 = \\frac{n(n+1)(2n+1)}{6} = ${value}$.`,
          `$\\sum k^3 = \\left(\\frac{n(n+1)}{2}\\right)^2 = ${value}$.`,
          `$\\sum k(k+1) = \\sum k^2 + \\sum k = \\frac{n(n+1)(n+2)}{3} = ${value}$.`,
        ][v] as string,
        hi: {
          text: `$\\sum_{k=1}^{${n}} ${forms[v]}$ का मान ज्ञात कीजिए।`,
          solution: [
            `$\\sum k^2 = \\frac{n(n+1)(2n+1)}{6} = ${value}$।`,
            `$\\sum k^3 = \\left(\\frac{n(n+1)}{2}\\right)^2 = ${value}$।`,
            `$\\sum k(k+1) = \\sum k^2 + \\sum k = \\frac{n(n+1)(n+2)}{3} = ${value}$।`,
          ][v] as string,
        },
      });
    },
  },
];
