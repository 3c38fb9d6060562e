import { nCr, num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Fourth question shapes for composition, functional equations, polygon triangles, digit
 * numbers, round-table blocks, AM–GM minima, determinants of adjoints, corrected means, parallel
 * lines and product-of-powers derivatives, in English and Hindi. Checked in math-depth-l.test.ts
 * by bisection, a 2×2 linear solve, enumeration, golden-section search, explicit cofactors,
 * explicit data lists, ternary search and polynomial expansion.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const lin = (a: number, b: number, v = 'x') => `${a === 1 ? '' : a === -1 ? '-' : a}${v}${b === 0 ? '' : b > 0 ? ` + ${b}` : ` - ${-b}`}`;
const cst = (c: number) => (c === 0 ? '' : c > 0 ? ` + ${c}` : ` - ${-c}`);
const par = (x: number) => (x < 0 ? `(${x})` : `${x}`);
const coef = (c: number) => (c === 1 ? '' : c === -1 ? '-' : `${c}`);
const integers = (xs: number[], value: number) => xs.filter((x) => Number.isInteger(x) && x !== value);

export const mathDepthLGenerators: GeneratorDef[] = [
  {
    id: 'm.func.recover-inner-function',
    subject: M,
    concepts: ['M.FUNC.COMPOSE'],
    difficulty: 2,
    build(rng) {
      const a = rng.pick([-3, -2, 2, 3, 4, 5]);
      const b = rng.int(-9, 9);
      const c = rng.pick([-4, -3, -2, -1, 2, 3, 4, 5]);
      const d = rng.int(-9, 9);
      const k = rng.int(-6, 6);
      const v = rng.int(0, 1);
      // v = 0: f(g(x)) = a(cx + d) + b is given, find g(k). v = 1: g(f(x)) = c(ax + b) + d is given.
      const [p, q] = v === 0 ? [a * c, a * d + b] : [c * a, c * b + d];
      const value = c * k + d;
      const given = v === 0 ? `f(g(x)) = ${lin(p, q)}` : `g(f(x)) = ${lin(p, q)}`;
      const mistakes = v === 0 ? [(p * k + q) / a - b, p * k + q, c * k - d, (p * k + q - b) * a] : [p * k + q, c * (a * k + b) + d, c * k - d, p * k + q - b];
      return num({
        params: { a, b, c, d, k, v },
        text: `$f(x) = ${lin(a, b)}$ and $g$ is a linear function with $${given}$ for all real $x$. Find $g(${k})$.`,
        value,
        unit: '',
        // Mistakes: b not subtracted before dividing (or subtracted after); the composite itself
        // evaluated at k; the constant's sign; multiplying by a instead of dividing.
        mistakes: integers(mistakes, value),
        solution: v === 0
          ? `Put $y = g(x)$: $${a}y${cst(b)} = ${lin(p, q)}$, so $g(x) = \\frac{${lin(p, q - b)}}{${a}} = ${lin(c, d)}$ and $g(${k}) = ${value}$.`
          : `Put $t = ${lin(a, b)}$, i.e. $x = \\frac{t${cst(-b)}}{${a}}$: $g(t) = ${lin(c, d, 't')}$, so $g(${k}) = ${value}$.`,
        hi: {
          text: `$f(x) = ${lin(a, b)}$ है तथा $g$ एक रैखिक फलन है जिसके लिए सभी वास्तविक $x$ हेतु $${given}$ है। $g(${k})$ ${HI_FIND}`,
          solution: v === 0
            ? `$y = g(x)$ रखने पर $${a}y${cst(b)} = ${lin(p, q)}$, अतः $g(x) = ${lin(c, d)}$ तथा $g(${k}) = ${value}$।`
            : `$t = ${lin(a, b)}$ रखने पर $g(t) = ${lin(c, d, 't')}$, अतः $g(${k}) = ${value}$।`,
        },
        result: [-40, 40],
      });
    },
  },
  {
    id: 'm.func.reciprocal-functional-equation',
    subject: M,
    concepts: ['M.FUNC.BASICS', 'M.MAT.LINSYS'],
    difficulty: 4,
    build(rng) {
      const k = rng.int(2, 6);
      const s = rng.pick([-3, -2, -1, 1, 2, 3]);
      const divisors = [1, 2, 3, 4, 5, 6].filter((t) => k % t === 0);
      const t = rng.pick(divisors) * rng.pick([-1, 1]);
      const m = s * (1 - k * k);
      // f(x) + k f(1/x) = mx and f(1/x) + k f(x) = m/x ⇒ f(x)(1 − k²) = m(x − k/x) ⇒ f(x) = s(x − k/x).
      const value = s * (t - k / t);
      return num({
        params: { k, s, t, m },
        text: `A function $f$ defined for all non-zero real $x$ satisfies $f(x) + ${k}\\,f\\!\\left(\\frac{1}{x}\\right) = ${m}x$. Find $f(${t})$.`,
        value,
        unit: '',
        // Mistakes: the sign inside x − k/x; m·t (the k-term dropped); s·t; the sign of s lost.
        mistakes: integers([s * (t + k / t), m * t, s * t, -value, s * (k / t - t * k)], value),
        solution: `Replace $x$ by $\\frac{1}{x}$: $f\\!\\left(\\frac{1}{x}\\right) + ${k} f(x) = \\frac{${m}}{x}$. Eliminating $f(1/x)$: $(1 - ${k * k}) f(x) = ${m}\\left(x - \\frac{${k}}{x}\\right)$, so $f(x) = ${coef(s)}\\left(x - \\frac{${k}}{x}\\right)$ and $f(${t}) = ${value}$.`,
        hi: {
          text: `सभी शून्येतर वास्तविक $x$ के लिए परिभाषित फलन $f$ संबंध $f(x) + ${k}\\,f\\!\\left(\\frac{1}{x}\\right) = ${m}x$ को संतुष्ट करता है। $f(${t})$ ${HI_FIND}`,
          solution: `$x$ के स्थान पर $\\frac{1}{x}$ रखने पर $f\\!\\left(\\frac{1}{x}\\right) + ${k} f(x) = \\frac{${m}}{x}$। $f(1/x)$ का विलोपन करने पर $(1 - ${k * k}) f(x) = ${m}\\left(x - \\frac{${k}}{x}\\right)$, अतः $f(x) = ${coef(s)}\\left(x - \\frac{${k}}{x}\\right)$ तथा $f(${t}) = ${value}$।`,
        },
        result: [-40, 40],
      });
    },
  },
  {
    id: 'm.pc.polygon-triangles-sides',
    subject: M,
    concepts: ['M.PC.COMB'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(6, 24);
      const v = rng.int(0, 2);
      // Triangles on the n vertices: n share two sides, n(n − 4) share exactly one side.
      const none = nCr(n, 3) - n - n * (n - 4);
      const value = [none, n * (n - 4), n][v]!;
      const ask = ['no side in common with the polygon', 'exactly one side in common with the polygon', 'exactly two sides in common with the polygon'][v]!;
      const askHi = ['जिनकी कोई भी भुजा बहुभुज की भुजा नहीं है', 'जिनकी ठीक एक भुजा बहुभुज की भुजा है', 'जिनकी ठीक दो भुजाएँ बहुभुज की भुजाएँ हैं'][v]!;
      return num({
        params: { n, v },
        text: `Triangles are formed by joining three vertices of a regular polygon with ${n} sides. How many of them have ${ask}?`,
        value,
        unit: '',
        // Mistakes: all C(n,3); one-side count n(n − 3) (the two-side triangles not excluded);
        // C(n,3) − n; n(n − 4) + n.
        mistakes: integers([nCr(n, 3), n * (n - 3), nCr(n, 3) - n, n * (n - 4) + n, nCr(n, 3) - n * (n - 4)], value),
        solution: `Of the $\\binom{${n}}{3} = ${nCr(n, 3)}$ triangles, $${n}$ use two adjacent sides (one per vertex), and $${n}(${n} - 4) = ${n * (n - 4)}$ use exactly one side (a side and any vertex not on it or next to it). ${v === 0 ? `So $${nCr(n, 3)} - ${n} - ${n * (n - 4)} = ${value}$.` : `The answer is $${value}$.`}`,
        hi: {
          text: `${n} भुजाओं वाले एक सम बहुभुज के तीन शीर्षों को मिलाकर त्रिभुज बनाए जाते हैं। ऐसे कितने त्रिभुज हैं ${askHi}?`,
          solution: `कुल $\\binom{${n}}{3} = ${nCr(n, 3)}$ त्रिभुजों में से $${n}$ में दो आसन्न भुजाएँ हैं तथा $${n}(${n} - 4) = ${n * (n - 4)}$ में ठीक एक भुजा है। ${v === 0 ? `अतः $${nCr(n, 3)} - ${n} - ${n * (n - 4)} = ${value}$।` : `उत्तर $${value}$ है।`}`,
        },
        result: [2, 1600],
      });
    },
  },
  {
    id: 'm.pc.four-digit-divisible',
    subject: M,
    concepts: ['M.PC.PERM', 'M.PC.FCP'],
    difficulty: 3,
    build(rng) {
      const v = rng.int(0, 1);
      const k = rng.int(4, 8);
      // The non-zero digits: k of 1..9 (5 always among them when divisibility by 5 is asked).
      const pool = [1, 2, 3, 4, 6, 7, 8, 9];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      if (v === 1 && !pool.slice(0, k - 1).some((x) => x % 2 === 0)) {
        const j = pool.findIndex((x) => x % 2 === 0);
        [pool[0], pool[j]] = [pool[j]!, pool[0]!];
      }
      const nz = (v === 0 ? [5, ...pool.slice(0, k - 1)] : rng.int(0, 1) === 0 ? [5, ...pool.slice(0, k - 1)] : pool.slice(0, k)).sort((x, y) => x - y);
      const mask = nz.reduce((m, x) => m | (1 << x), 0);
      // Digits 0 and the k non-zero ones, no repetition. Ending in 0: k(k − 1)(k − 2). Ending in a non-zero digit e:
      // first digit from k − 1 (non-zero, ≠ e), middle two from the k − 1 left: (k − 1)(k − 1)(k − 2).
      const endZero = k * (k - 1) * (k - 2);
      const endOther = (k - 1) * (k - 1) * (k - 2);
      const others = v === 0 ? 1 : nz.filter((x) => x % 2 === 0).length;
      const value = endZero + others * endOther;
      const digits = [0, ...nz].join(', ');
      const ask = v === 0 ? 'four-digit numbers divisible by 5' : 'even four-digit numbers';
      const askHi = v === 0 ? '5 से विभाज्य' : 'सम';
      return num({
        params: { k, v, mask },
        text: `How many ${ask} can be formed with the digits ${digits}, no digit repeated?`,
        value,
        unit: '',
        // Mistakes: the leading-zero restriction ignored in the non-zero-ending case; every ending
        // treated like 0; only the numbers ending in 0.
        mistakes: integers([endZero + others * k * (k - 1) * (k - 2), (others + 1) * endZero, endZero, others * endOther], value),
        solution: `Ending in 0: the other three places from ${k} digits in order, $${k}\\cdot${k - 1}\\cdot${k - 2} = ${endZero}$. Ending in ${v === 0 ? '5' : `one of the ${others} non-zero even digits`}: the first digit from ${k - 1} (not 0, not the last digit), the middle two from the ${k - 1} left, $${k - 1}\\cdot${k - 1}\\cdot${k - 2} = ${endOther}$ each. Total $${endZero} + ${others}\\cdot${endOther} = ${value}$.`,
        hi: {
          text: `अंकों ${digits} से, किसी अंक की पुनरावृत्ति किए बिना, ${askHi} चार अंकों वाली कितनी संख्याएँ बनाई जा सकती हैं?`,
          solution: `अंत में 0: शेष तीन स्थान ${k} अंकों से क्रम में, $${k}\\cdot${k - 1}\\cdot${k - 2} = ${endZero}$। अंत में ${v === 0 ? '5' : `${others} शून्येतर सम अंकों में से कोई एक`}: पहला अंक ${k - 1} में से (0 नहीं, अंतिम अंक नहीं), बीच के दो शेष ${k - 1} में से, प्रत्येक के लिए $${k - 1}\\cdot${k - 1}\\cdot${k - 2} = ${endOther}$। कुल $${endZero} + ${others}\\cdot${endOther} = ${value}$।`,
        },
        result: [20, 3000],
      });
    },
  },
  {
    id: 'm.pc.round-table-block',
    subject: M,
    concepts: ['M.PC.CIRC', 'M.PC.PERM'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(5, 8);
      const k = rng.int(2, Math.min(4, n - 2));
      const v = rng.int(0, 1);
      const fact = (x: number): number => (x <= 1 ? 1 : x * fact(x - 1));
      // v = 0: k particular persons sit together (block + n − k others round the table, block
      // arranged inside). v = 1: a garland of n distinct flowers (rotations and turning over).
      const value = v === 0 ? fact(n - k) * fact(k) : fact(n - 1) / 2;
      return num({
        params: { n, k, v },
        text: v === 0
          ? `In how many ways can ${n} persons sit around a round table so that ${k} particular persons always sit together?`
          : `In how many ways can a garland be made of ${n} distinct flowers?`,
        value,
        unit: '',
        // Mistakes: linear arrangements; the block's inner order forgotten; the circular count
        // not halved (or halved for seats, which cannot be turned over).
        mistakes: integers(v === 0 ? [fact(n - k + 1) * fact(k), fact(n - k), fact(n - k) * fact(k) / 2, fact(n - 1)] : [fact(n - 1), fact(n), fact(n) / 2, fact(n - 2)], value),
        solution: v === 0
          ? `Treat the ${k} as one block: ${n - k + 1} units round a table in $${n - k}! = ${fact(n - k)}$ ways, the block in $${k}! = ${fact(k)}$ orders: $${value}$.`
          : `Circular arrangements $(${n} - 1)! = ${fact(n - 1)}$; a garland can be turned over, so clockwise and anticlockwise coincide: $\\frac{${fact(n - 1)}}{2} = ${value}$.`,
        hi: {
          text: v === 0
            ? `${n} व्यक्ति एक गोल मेज़ के चारों ओर कितने प्रकार से बैठ सकते हैं, जबकि ${k} विशेष व्यक्ति सदैव साथ-साथ बैठें?`
            : `${n} भिन्न फूलों से कितने प्रकार की माला बनाई जा सकती है?`,
          solution: v === 0
            ? `${k} व्यक्तियों को एक इकाई मानें: ${n - k + 1} इकाइयाँ गोल मेज़ पर $${n - k}! = ${fact(n - k)}$ प्रकार से, इकाई के भीतर $${k}! = ${fact(k)}$ प्रकार से: $${value}$।`
            : `वृत्तीय क्रमचय $(${n} - 1)! = ${fact(n - 1)}$; माला को पलटा जा सकता है, अतः दक्षिणावर्त और वामावर्त क्रम समान हैं: $\\frac{${fact(n - 1)}}{2} = ${value}$।`,
        },
        result: [10, 3000],
      });
    },
  },
  {
    id: 'm.seq.am-gm-minimum',
    subject: M,
    concepts: ['M.SEQ.MEANS', 'M.APP.MAXMIN'],
    difficulty: 4,
    build(rng) {
      const v = rng.int(0, 1);
      const p = rng.int(1, 6);
      const t = rng.int(1, 4);
      const s = rng.int(1, 5);
      // v = 0: px + (p t²)/x ≥ 2√(p · p t²) = 2pt at x = t (times s inside both terms).
      // v = 1: 2px + p t³/x² = px + px + p t³/x² ≥ 3∛(p³t³) = 3pt at x = t.
      const [A, B] = v === 0 ? [s * p, s * p * t * t] : [2 * p, p * t ** 3];
      const value = v === 0 ? 2 * s * p * t : 3 * p * t;
      const expr = v === 0 ? `${A}x + \\frac{${B}}{x}` : `${A}x + \\frac{${B}}{x^2}`;
      return num({
        params: { v, A, B },
        text: `Find the minimum value of $${expr}$ for $x > 0$.`,
        value,
        unit: '',
        // Mistakes: AM ≥ GM with two terms where three equal ones are needed (2√(AB/x) kept as if
        // constant at x = t); √(AB); the value at x = 1.
        mistakes: integers(v === 0 ? [Math.sqrt(A * B), A + B, 4 * s * p * t, s * p * t] : [2 * Math.sqrt(A * B / t), A + B, 2 * p * t, Math.cbrt(A * A * B)], value),
        solution: v === 0
          ? `By AM $\\ge$ GM, $${A}x + \\frac{${B}}{x} \\ge 2\\sqrt{${A}\\cdot${B}} = ${value}$, with equality when $${A}x = \\frac{${B}}{x}$, i.e. $x = ${t}$.`
          : `Split $${A}x = ${p}x + ${p}x$; AM $\\ge$ GM for the three terms: $${p}x + ${p}x + \\frac{${B}}{x^2} \\ge 3\\sqrt[3]{${p}\\cdot${p}\\cdot${B}} = ${value}$, equality at $${p}x = \\frac{${B}}{x^2}$, i.e. $x = ${t}$.`,
        hi: {
          text: `$x > 0$ के लिए $${expr}$ का न्यूनतम मान ${HI_FIND}`,
          solution: v === 0
            ? `समांतर माध्य $\\ge$ गुणोत्तर माध्य से $${A}x + \\frac{${B}}{x} \\ge 2\\sqrt{${A}\\cdot${B}} = ${value}$, समता तब जब $x = ${t}$।`
            : `$${A}x = ${p}x + ${p}x$ लिखें; तीन पदों पर समांतर माध्य $\\ge$ गुणोत्तर माध्य: $${p}x + ${p}x + \\frac{${B}}{x^2} \\ge 3\\sqrt[3]{${p}\\cdot${p}\\cdot${B}} = ${value}$, समता $x = ${t}$ पर।`,
        },
        result: [2, 250],
      });
    },
  },
  {
    id: 'm.mat.det-adjoint-scalar',
    subject: M,
    concepts: ['M.MAT.DET', 'M.MAT.ALG'],
    difficulty: 4,
    build(rng) {
      const d = rng.pick([-5, -4, -3, -2, 2, 3, 4, 5]);
      const k = rng.int(2, 3);
      const v = rng.int(0, 2);
      // For a 3×3 matrix: |adj A| = |A|², |kA| = k³|A|, adj(kA) = k² adj A, adj(adj A) = |A| A.
      const value = [k ** 3 * d * d, k ** 6 * d * d, k ** 6 * d ** 4][v]!;
      const ask = ['$|k\\,\\mathrm{adj}\\,A|$', '$|\\mathrm{adj}(kA)|$', '$|\\mathrm{adj}(k\\,\\mathrm{adj}\\,A)|$'][v]!.replace(/k/g, String(k));
      return num({
        params: { d, k, v },
        text: `$A$ is a $3 \\times 3$ matrix with $|A| = ${d}$. Find ${ask}.`,
        value,
        unit: '',
        // Mistakes: the scalar taken out once (k instead of kⁿ); |adj A| = |A| instead of |A|²;
        // adj(kA) = k adj A.
        mistakes: integers(v === 0 ? [k * d * d, k ** 3 * d, k ** 2 * d * d, k ** 3 * d ** 3] : v === 1 ? [k ** 3 * d * d, k ** 6 * d, k ** 2 * d * d, k ** 9 * d * d] : [k ** 6 * d * d, k ** 3 * d ** 4, k ** 2 * d ** 4, k ** 6 * d ** 3], value),
        solution: [
          `$|${k}\\,\\mathrm{adj}\\,A| = ${k}^3 |\\mathrm{adj}\\,A| = ${k}^3 |A|^{2} = ${k ** 3}\\cdot${d * d} = ${value}$.`,
          `$\\mathrm{adj}(${k}A) = ${k}^{2}\\,\\mathrm{adj}\\,A$, so $|\\mathrm{adj}(${k}A)| = (${k}^2)^3 |A|^2 = ${k ** 6}\\cdot${d * d} = ${value}$.`,
          `For $3 \\times 3$ matrices $\\mathrm{adj}(\\mathrm{adj}\\,A) = |A|\\,A$, so $\\mathrm{adj}(${k}\\,\\mathrm{adj}\\,A) = ${k}^2\\,\\mathrm{adj}(\\mathrm{adj}\\,A) = ${k}^2 |A| A$, whose determinant is $${k}^6 |A|^3 |A| = ${value}$.`,
        ][v]!,
        hi: {
          text: `$A$ एक $3 \\times 3$ आव्यूह है जिसका सारणिक $|A| = ${d}$ है। ${ask} ${HI_FIND}`,
          solution: [
            `$|${k}\\,\\mathrm{adj}\\,A| = ${k}^3 |\\mathrm{adj}\\,A| = ${k}^3 |A|^{2} = ${value}$।`,
            `$\\mathrm{adj}(${k}A) = ${k}^{2}\\,\\mathrm{adj}\\,A$, अतः $|\\mathrm{adj}(${k}A)| = (${k}^2)^3 |A|^2 = ${value}$।`,
            `$\\mathrm{adj}(${k}\\,\\mathrm{adj}\\,A) = ${k}^2\\,\\mathrm{adj}(\\mathrm{adj}\\,A) = ${k}^2 |A| A$, जिसका सारणिक $${k}^6 |A|^3 |A| = ${value}$ है।`,
          ][v]!,
        },
        result: [8, 460000],
      });
    },
  },
  {
    id: 'm.stat.corrected-mean',
    subject: M,
    concepts: ['M.STAT.CENTRAL'],
    difficulty: 2,
    build(rng) {
      const n = rng.int(8, 40);
      const mean = rng.int(20, 80);
      const x = rng.int(10, 99);
      const shift = rng.pick([-3, -2, -1, 1, 2, 3]);
      const y = x + shift * n > 0 ? x + shift * n : x - shift * n;
      // Wrong total n·w = n·mean − x + y, so the recorded mean is mean + (y − x)/n (an integer).
      const wrong = mean + (y - x) / n;
      return num({
        params: { n, mean, x, y, wrong },
        text: `The mean of ${n} observations was found to be ${wrong}. Later it was noticed that one observation ${x} had been wrongly copied as ${y}. Find the correct mean.`,
        value: mean,
        unit: '',
        // Mistakes: the correction applied with the wrong sign; no correction; the correction doubled.
        mistakes: integers([2 * wrong - mean, wrong, mean + (2 * (x - y)) / n], mean),
        solution: `Correct total $= ${n}\\times${wrong} - ${y} + ${x} = ${n * wrong - y + x}$, so the correct mean is $\\frac{${n * wrong - y + x}}{${n}} = ${mean}$.`,
        hi: {
          text: `${n} प्रेक्षणों का माध्य ${wrong} पाया गया। बाद में ज्ञात हुआ कि एक प्रेक्षण ${x} को गलती से ${y} लिख दिया गया था। सही माध्य ${HI_FIND}`,
          solution: `सही योग $= ${n}\\times${wrong} - ${y} + ${x} = ${n * wrong - y + x}$, अतः सही माध्य $\\frac{${n * wrong - y + x}}{${n}} = ${mean}$ है।`,
        },
        result: [20, 80],
      });
    },
  },
  {
    id: 'm.cg.parallel-lines-scaled',
    subject: M,
    concepts: ['M.CG.STRAIGHT', 'M.CG.LINE.ANGLE'],
    difficulty: 3,
    build(rng) {
      const [a0, b0, h] = rng.pick(TRIPLES.filter((t) => t[2] <= 25)) as unknown as [number, number, number];
      const a = a0 * rng.pick([-1, 1]);
      const b = b0;
      const k = rng.int(2, 4);
      const e = rng.int(-9, 9);
      const D = rng.int(1, 6);
      const c1 = e + h * D * rng.pick([-1, 1]);
      const c2 = k * e;
      const l1 = `${a}x + ${b}y${cst(c1)} = 0`;
      const l2 = `${k * a}x + ${k * b}y${cst(c2)} = 0`;
      return num({
        params: { a, b, h, k, c1, c2 },
        text: `Find the distance between the parallel lines $${l1}$ and $${l2}$.`,
        value: D,
        unit: '',
        // Mistakes: the constants subtracted without first making the x, y coefficients equal;
        // the norm not divided out; divided by h² instead of h.
        mistakes: integers([Math.abs(c1 - c2) / h, D * h, Math.abs(c1 - c2) / (k * h), Math.abs(c1 + e) / h, D * h / k], D),
        solution: `Divide the second equation by ${k}: $${a}x + ${b}y${cst(e)} = 0$. Distance $= \\frac{|${c1} - ${par(e)}|}{\\sqrt{${a * a} + ${b * b}}} = \\frac{${Math.abs(c1 - e)}}{${h}} = ${D}$.`,
        hi: {
          text: `समांतर रेखाओं $${l1}$ तथा $${l2}$ के बीच की दूरी ${HI_FIND}`,
          solution: `दूसरे समीकरण को ${k} से भाग दें: $${a}x + ${b}y${cst(e)} = 0$। दूरी $= \\frac{|${c1} - ${par(e)}|}{\\sqrt{${a * a} + ${b * b}}} = \\frac{${Math.abs(c1 - e)}}{${h}} = ${D}$।`,
        },
        result: [1, 6],
      });
    },
  },
  {
    id: 'm.deriv.power-times-linear',
    subject: M,
    concepts: ['M.DERIV.RULES', 'M.DERIV.CHAIN'],
    difficulty: 2,
    build(rng) {
      const a = rng.pick([-3, -2, 0, 1, 2, 3]);
      const n = rng.int(2, 3);
      const b = rng.pick([-3, -2, -1, 1, 2, 3]);
      const c = rng.int(-5, 5);
      const x0 = rng.pick([-1, 1, 2]);
      const u = x0 * x0 + a;
      // d/dx[(x² + a)ⁿ(bx + c)] = n(x² + a)ⁿ⁻¹·2x·(bx + c) + (x² + a)ⁿ·b.
      const value = n * u ** (n - 1) * 2 * x0 * (b * x0 + c) + u ** n * b;
      const inner = `x^2${cst(a)}`;
      const linear = `${b === 1 ? '' : b === -1 ? '-' : b}x${c === 0 ? '' : c > 0 ? ` + ${c}` : ` - ${-c}`}`;
      return num({
        params: { a, n, b, c, x0 },
        text: `$f(x) = (${inner})^{${n}}(${linear})$. Find $f'(${x0})$.`,
        value,
        unit: '',
        // Mistakes: the chain factor 2x dropped; the product rule's second term dropped; the
        // derivative of the product taken as the product of derivatives.
        mistakes: integers([n * u ** (n - 1) * (b * x0 + c) + u ** n * b, n * u ** (n - 1) * 2 * x0 * (b * x0 + c), n * u ** (n - 1) * 2 * x0 * b, u ** n * b], value),
        solution: `$f'(x) = ${n}(${inner})^{${n - 1}}\\cdot 2x\\,(${linear}) + (${inner})^{${n}}\\cdot${par(b)}$; at $x = ${x0}$: $${n}\\cdot${par(u)}^{${n - 1}}\\cdot${par(2 * x0)}\\cdot${par(b * x0 + c)} + ${par(u)}^{${n}}\\cdot${par(b)} = ${value}$.`,
        hi: {
          text: `$f(x) = (${inner})^{${n}}(${linear})$ है। $f'(${x0})$ ${HI_FIND}`,
          solution: `गुणनफल नियम तथा शृंखला नियम से $f'(x) = ${n}(${inner})^{${n - 1}}\\cdot 2x\\,(${linear}) + (${inner})^{${n}}\\cdot${par(b)}$; $x = ${x0}$ पर $${value}$।`,
        },
        result: [-10000, 10000],
      });
    },
  },
];
