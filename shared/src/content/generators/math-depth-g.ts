import { fracTex, gcd, polyTex, term } from './format.ts';
import { RANK_WORDS } from './math-depth-e.ts';
import { factorial, multi, nCr, nonZero, nPr, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Third question shapes for inverses and linear systems, permutations and combinations, the
 * binomial theorem, sequences, the chain rule and the mean value theorems, in English and Hindi.
 * Checked in math-depth-g.test.ts by Gauss–Jordan elimination, brute-force enumeration,
 * polynomial expansion, exact rational sums, numeric inverses and one-sided difference quotients.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

const det3 = (m: readonly (readonly number[])[]): number =>
  m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) - m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) + m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
const matTex = (m: readonly (readonly number[])[]): string => `\\begin{pmatrix} ${m.map((r) => r.join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

/**
 * Functions and intervals for the Rolle multi-correct template, from the parameters; `ok` is the
 * verdict a careful solver reaches (continuous on [a, b], differentiable inside, f(a) = f(b)).
 */
export function rolleCases(p: { a: number; b: number; m: number; k: number }): { tex: string; iv: string; ok: boolean }[] {
  const { a, b, m, k } = p;
  return [
    { tex: polyTex([a * b, -(a + b), 1]), iv: `[${a}, ${b}]`, ok: true },
    { tex: `|x ${m >= 0 ? '-' : '+'} ${Math.abs(m)}|`, iv: `[${m - 1}, ${m + 1}]`, ok: false },
    { tex: '\\tan x', iv: '[0, \\pi]', ok: false },
    { tex: '\\sin x', iv: '[0, \\pi]', ok: true },
    { tex: 'x^{2/3}', iv: `[-${k}, ${k}]`, ok: false },
    { tex: `(x ${a >= 0 ? '-' : '+'} ${Math.abs(a)})^2(x ${b >= 0 ? '-' : '+'} ${Math.abs(b)})`, iv: `[${a}, ${b}]`, ok: true },
    { tex: 'e^{x}', iv: `[0, ${k}]`, ok: false },
    { tex: '\\frac{1}{x^2}', iv: `[-${k}, ${k}]`, ok: false },
    { tex: `\\sqrt{${k * k} - x^2}`, iv: `[-${k}, ${k}]`, ok: true },
    { tex: '\\cos x', iv: '\\left[-\\frac{\\pi}{2}, \\frac{\\pi}{2}\\right]', ok: true },
  ];
}

export const mathDepthGGenerators: GeneratorDef[] = [
  {
    id: 'm.mat.unimodular-inverse',
    subject: M,
    concepts: ['M.MAT.INV', 'M.MAT.DET'],
    difficulty: 3,
    build(rng) {
      // A = L·U with unit triangular factors: det A = 1 and A⁻¹ has integer entries.
      const [l1, l2, l3, u1, u2, u3] = [rng.int(-2, 2), rng.int(-2, 2), rng.int(-2, 2), rng.int(-2, 2), rng.int(-2, 2), rng.int(-2, 2)];
      const L = [[1, 0, 0], [l1, 1, 0], [l2, l3, 1]];
      const U = [[1, u1, u2], [0, 1, u3], [0, 0, 1]];
      const A = L.map((row) => [0, 1, 2].map((j) => row.reduce((s, x, k) => s + x * U[k]![j]!, 0)));
      const i = rng.int(1, 3);
      const j = rng.int(1, 3);
      // (A⁻¹)_{ij} = cofactor C_{ji} / det A, det A = 1.
      const minor = (r: number, c: number) => {
        const rows = [0, 1, 2].filter((x) => x !== r);
        const cols = [0, 1, 2].filter((x) => x !== c);
        return A[rows[0]!]![cols[0]!]! * A[rows[1]!]![cols[1]!]! - A[rows[0]!]![cols[1]!]! * A[rows[1]!]![cols[0]!]!;
      };
      const cof = (r: number, c: number) => ((r + c) % 2 === 0 ? 1 : -1) * minor(r, c);
      const value = cof(j - 1, i - 1) / det3(A);
      return num({
        params: { a00: A[0]![0]!, a01: A[0]![1]!, a02: A[0]![2]!, a10: A[1]![0]!, a11: A[1]![1]!, a12: A[1]![2]!, a20: A[2]![0]!, a21: A[2]![1]!, a22: A[2]![2]!, i, j },
        text: `$A = ${matTex(A)}$. Find the $(${i}, ${j})$ entry of $A^{-1}$.`,
        value,
        unit: '',
        // Mistakes: the cofactor of a_{ij} instead of a_{ji} (adjoint not transposed); the minor
        // without its sign; the entry of A itself.
        mistakes: [cof(i - 1, j - 1), minor(j - 1, i - 1), A[i - 1]![j - 1]!, -value],
        solution: `$|A| = ${det3(A)}$ and $(A^{-1})_{${i}${j}} = \\frac{C_{${j}${i}}}{|A|}$, where $C_{${j}${i}}$ is the cofactor of $a_{${j}${i}}$: $C_{${j}${i}} = (-1)^{${i + j}}\\times ${minor(j - 1, i - 1)} = ${value}$.`,
        hi: {
          text: `$A = ${matTex(A)}$ है। $A^{-1}$ का $(${i}, ${j})$ अवयव ${HI_FIND}`,
          solution: `$|A| = ${det3(A)}$ तथा $(A^{-1})_{${i}${j}} = \\frac{C_{${j}${i}}}{|A|}$, जहाँ $C_{${j}${i}}$, $a_{${j}${i}}$ का सहखंड है: $C_{${j}${i}} = (-1)^{${i + j}}\\times ${minor(j - 1, i - 1)} = ${value}$।`,
        },
        result: [-150, 150],
      });
    },
  },
  {
    id: 'm.mat.cramer-three',
    subject: M,
    concepts: ['M.MAT.LINSYS', 'M.MAT.DET'],
    difficulty: 3,
    build(rng) {
      let A: number[][] = [[1, 1, 1], [1, 2, 3], [2, 1, 1]];
      for (let tries = 0; tries < 40; tries++) {
        A = [0, 1, 2].map(() => [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)]);
        if (det3(A) !== 0) break;
      }
      if (det3(A) === 0) A = [[1, 1, 1], [1, 2, 3], [2, 1, 1]];
      const sol = [rng.int(-4, 4), rng.int(-4, 4), rng.int(-4, 4)];
      const rhs = A.map((row) => row.reduce((s, x, k) => s + x * sol[k]!, 0));
      const v = rng.int(0, 2);
      const name = ['x', 'y', 'z'][v] as string;
      const eqs = A.map((row, r) => `${linTex(row)} = ${rhs[r]}`).join(',\\; ');
      const D = det3(A);
      const Dv = det3(A.map((row, r) => row.map((x, c) => (c === v ? rhs[r]! : x))));
      return num({
        params: { a00: A[0]![0]!, a01: A[0]![1]!, a02: A[0]![2]!, a10: A[1]![0]!, a11: A[1]![1]!, a12: A[1]![2]!, a20: A[2]![0]!, a21: A[2]![1]!, a22: A[2]![2]!, r0: rhs[0]!, r1: rhs[1]!, r2: rhs[2]!, v },
        text: `Solve $${eqs}$ and find $${name}$.`,
        value: sol[v]!,
        unit: '',
        // Mistakes: another unknown's value; Δ/Δᵥ inverted; the sign of Δ slipped.
        mistakes: [sol[(v + 1) % 3]!, sol[(v + 2) % 3]!, Dv === 0 ? sol[v]! + 1 : D / Dv, -sol[v]!],
        solution: `$\\Delta = ${D} \\ne 0$, so the solution is unique. Replacing the ${name}-column by the right-hand side gives $\\Delta_${name} = ${Dv}$, and $${name} = \\frac{\\Delta_${name}}{\\Delta} = ${sol[v]}$.`,
        hi: {
          text: `$${eqs}$ को हल कीजिए और $${name}$ ${HI_FIND}`,
          solution: `$\\Delta = ${D} \\ne 0$, अतः हल अद्वितीय है। ${name}-स्तंभ को दाएँ पक्ष से बदलने पर $\\Delta_${name} = ${Dv}$, तथा $${name} = \\frac{\\Delta_${name}}{\\Delta} = ${sol[v]}$।`,
        },
        result: [-4, 4],
      });
    },
  },
  {
    id: 'm.pc.vowels-apart',
    subject: M,
    concepts: ['M.PC.PERM', 'M.PC.FCP'],
    difficulty: 3,
    build(rng) {
      const i = rng.int(0, RANK_WORDS.length - 1);
      const w = RANK_WORDS[i]!;
      const v = [...w].filter((c) => VOWELS.has(c)).length;
      const c = w.length - v;
      // Gap method: arrange the consonants, then place the vowels in distinct gaps among c + 1.
      const value = factorial(c) * nPr(c + 1, v);
      return num({
        params: { i },
        text: `In how many arrangements of the letters of the word ${w} are no two vowels next to each other?`,
        value,
        unit: '',
        // Mistakes: total minus "all vowels together" (only one way of being adjacent removed);
        // vowels placed in c gaps instead of c + 1; combinations of gaps without ordering the vowels.
        mistakes: [factorial(w.length) - factorial(c + 1) * factorial(v), factorial(c) * nPr(c, v), factorial(c) * nCr(c + 1, v)],
        solution: `${w} has ${c} consonants and ${v} vowels. Arrange the consonants in $${c}! = ${factorial(c)}$ ways; they leave ${c + 1} gaps, and the vowels go into ${v} different gaps in ${'$'}{}^{${c + 1}}P_{${v}} = ${nPr(c + 1, v)}${'$'} ways. Total $${value}$.`,
        hi: {
          text: `शब्द ${w} के अक्षरों की कितनी व्यवस्थाओं में कोई दो स्वर साथ-साथ नहीं हैं?`,
          solution: `${w} में ${c} व्यंजन और ${v} स्वर हैं। व्यंजनों को $${c}! = ${factorial(c)}$ प्रकार से व्यवस्थित कीजिए; उनके बीच ${c + 1} रिक्त स्थान बनते हैं, और स्वर ${v} भिन्न रिक्त स्थानों में ${'$'}{}^{${c + 1}}P_{${v}} = ${nPr(c + 1, v)}${'$'} प्रकार से जाते हैं। कुल $${value}$।`,
        },
        result: [1, 720],
      });
    },
  },
  {
    id: 'm.pc.collinear-points-count',
    subject: M,
    concepts: ['M.PC.COMB', 'M.CG.STRAIGHT'],
    difficulty: 2,
    build(rng) {
      const n = rng.int(8, 16);
      const m = rng.int(3, Math.min(7, n - 2));
      const v = rng.int(0, 1);
      const value = v === 0 ? nCr(n, 3) - nCr(m, 3) : nCr(n, 2) - nCr(m, 2) + 1;
      return num({
        params: { n, m, v },
        text: `There are ${n} points in a plane, no three collinear except ${m} which lie on one line. How many ${v === 0 ? 'triangles can be formed with vertices at these points' : 'distinct straight lines pass through at least two of them'}?`,
        value,
        unit: '',
        // Mistakes: the collinear set ignored; the degenerate choices removed but the line through
        // them not added back (lines); removed twice.
        mistakes: v === 0 ? [nCr(n, 3), nCr(n, 3) - nCr(m, 2), nCr(n, 3) - nCr(m, 3) - 1] : [nCr(n, 2), nCr(n, 2) - nCr(m, 2), nCr(n, 2) - nCr(m, 2) + 2],
        solution: v === 0
          ? `Choose any 3 of the ${n} points, less the ${'$'}{}^{${m}}C_3${'$'} collinear choices: ${'$'}{}^{${n}}C_3 - {}^{${m}}C_3 = ${nCr(n, 3)} - ${nCr(m, 3)} = ${value}${'$'}.`
          : `Pairs of points give ${'$'}{}^{${n}}C_2${'$'} lines, but the ${'$'}{}^{${m}}C_2${'$'} pairs on the common line give only one: ${'$'}${nCr(n, 2)} - ${nCr(m, 2)} + 1 = ${value}${'$'}.`,
        hi: {
          text: `एक तल में ${n} बिंदु हैं, जिनमें से ${m} एक रेखा पर हैं और इनके अतिरिक्त कोई तीन संरेख नहीं हैं। ${v === 0 ? 'इन बिंदुओं को शीर्ष लेकर कितने त्रिभुज बनाए जा सकते हैं' : 'इनमें से कम से कम दो बिंदुओं से होकर जाने वाली कितनी भिन्न सरल रेखाएँ हैं'}?`,
          solution: v === 0
            ? `${n} बिंदुओं में से कोई 3 चुनिए, ${'$'}{}^{${m}}C_3${'$'} संरेख चयन घटाइए: ${'$'}{}^{${n}}C_3 - {}^{${m}}C_3 = ${nCr(n, 3)} - ${nCr(m, 3)} = ${value}${'$'}।`
            : `बिंदुओं के युग्म ${'$'}{}^{${n}}C_2${'$'} रेखाएँ देते हैं, परंतु उभयनिष्ठ रेखा पर के ${'$'}{}^{${m}}C_2${'$'} युग्म केवल एक रेखा देते हैं: ${'$'}${nCr(n, 2)} - ${nCr(m, 2)} + 1 = ${value}${'$'}।`,
        },
        result: [10, 600],
      });
    },
  },
  {
    id: 'm.pc.round-table-alternate',
    subject: M,
    concepts: ['M.PC.CIRC', 'M.PC.PERM'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(2, 4);
      const v = rng.int(0, 1);
      // v = 0: n men and n women alternate; v = 1: as v = 0 and a particular man and woman sit together.
      const alt = factorial(n - 1) * factorial(n);
      const value = v === 0 ? alt : 2 * factorial(n - 1) * factorial(n - 1);
      return num({
        params: { n, v },
        text: `${n} men and ${n} women sit around a round table so that men and women alternate${v === 1 ? ', and a particular man sits next to his sister (one of the women)' : ''}. In how many ways can they sit?`,
        value,
        unit: '',
        // Mistakes: (2n − 1)! (no alternation); n!·n! (rotations counted); the pair glued but its
        // two internal orders missed.
        mistakes: v === 0 ? [factorial(2 * n - 1), factorial(n) * factorial(n), 2 * alt] : [alt, factorial(n - 1) * factorial(n - 1), 2 * factorial(n) * factorial(n - 1)],
        solution: v === 0
          ? `Seat the men first: $(${n} - 1)! = ${factorial(n - 1)}$ circular arrangements. The ${n} gaps between them take the women in $${n}! = ${factorial(n)}$ ways. Total $${value}$.`
          : `Seat the men: $${factorial(n - 1)}$ ways. The sister must take one of the 2 gaps beside her brother, and the other ${n - 1} women fill the remaining ${n - 1} gaps in $${factorial(n - 1)}$ ways: $${factorial(n - 1)} \\times 2 \\times ${factorial(n - 1)} = ${value}$.`,
        hi: {
          text: `${n} पुरुष और ${n} महिलाएँ एक गोल मेज़ के चारों ओर इस प्रकार बैठते हैं कि पुरुष और महिलाएँ एकांतर क्रम में हों${v === 1 ? ', तथा एक विशेष पुरुष अपनी बहन (महिलाओं में से एक) के बगल में बैठे' : ''}। वे कितने प्रकार से बैठ सकते हैं?`,
          solution: v === 0
            ? `पहले पुरुषों को बैठाइए: $(${n} - 1)! = ${factorial(n - 1)}$ वृत्तीय व्यवस्थाएँ। उनके बीच के ${n} स्थानों में महिलाएँ $${n}! = ${factorial(n)}$ प्रकार से। कुल $${value}$।`
            : `पुरुषों को बैठाइए: $${factorial(n - 1)}$ प्रकार। बहन अपने भाई के बगल के 2 स्थानों में से एक लेती है, और शेष ${n - 1} महिलाएँ शेष ${n - 1} स्थान $${factorial(n - 1)}$ प्रकार से भरती हैं: $${factorial(n - 1)} \\times 2 \\times ${factorial(n - 1)} = ${value}$।`,
        },
        result: [1, 200],
      });
    },
  },
  {
    id: 'm.bin.constant-term',
    subject: M,
    concepts: ['M.BIN.EXP', 'M.PC.COMB'],
    difficulty: 3,
    build(rng) {
      let st = { p: 1, q: 1, n: 6, r: 3 };
      for (let tries = 0; tries < 60; tries++) {
        const p = rng.int(1, 3);
        const q = rng.int(1, 3);
        const n = rng.int(4, 10);
        if ((p * n) % (p + q) === 0 && p * n / (p + q) > 0 && p * n / (p + q) < n) {
          st = { p, q, n, r: (p * n) / (p + q) };
          break;
        }
      }
      const { p, q, n, r } = st;
      const a = rng.pick([1, 2, -1, -2]);
      const b = rng.pick([1, 2, -1, -2]);
      const value = nCr(n, r) * a ** (n - r) * b ** r;
      const xp = p === 1 ? 'x' : `x^{${p}}`;
      const xq = q === 1 ? 'x' : `x^{${q}}`;
      const first = a === 1 ? xp : a === -1 ? `-${xp}` : `${a}${xp}`;
      const second = `${b < 0 ? '-' : '+'} \\frac{${Math.abs(b)}}{${xq}}`;
      return num({
        params: { p, q, n, a, b },
        text: `Find the term independent of $x$ in the expansion of $\\left(${first} ${second}\\right)^{${n}}$.`,
        value,
        unit: '',
        // Mistakes: the powers of a and b swapped; the binomial coefficient alone; the next term's r.
        mistakes: [nCr(n, r) * a ** r * b ** (n - r), nCr(n, r), nCr(n, r + 1) * a ** (n - r - 1) * b ** (r + 1)],
        solution: `$T_{r+1} = {}^{${n}}C_r (${a})^{${n} - r}(${b})^r x^{${p}(${n} - r) - ${q}r}$. The power of $x$ vanishes when $${p * n} = ${p + q}r$, i.e. $r = ${r}$: ${'$'}{}^{${n}}C_{${r}} (${a})^{${n - r}} (${b})^{${r}} = ${value}${'$'}.`,
        hi: {
          text: `$\\left(${first} ${second}\\right)^{${n}}$ के प्रसार में $x$ से स्वतंत्र पद ${HI_FIND}`,
          solution: `$T_{r+1} = {}^{${n}}C_r (${a})^{${n} - r}(${b})^r x^{${p}(${n} - r) - ${q}r}$। $x$ की घात शून्य है जब $${p * n} = ${p + q}r$, अर्थात् $r = ${r}$: ${'$'}{}^{${n}}C_{${r}} (${a})^{${n - r}} (${b})^{${r}} = ${value}${'$'}।`,
        },
        result: [-2_000_000, 2_000_000],
      });
    },
  },
  {
    id: 'm.seq.ap-sum-ratio',
    subject: M,
    concepts: ['M.SEQ.AP'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      // a + b > 0 and c + d > 0 keep both sums positive for every n ≥ 1.
      const a = rng.int(1, 7);
      const b = rng.int(Math.max(-3, 1 - a), 9);
      const c = rng.int(1, 7);
      const d = rng.int(Math.max(-3, 1 - c), 9);
      const m = rng.int(3, 15);
      // S_n / S'_n = (an + b)/(cn + d) ⇒ T_m / T'_m = (a(2m − 1) + b)/(c(2m − 1) + d).
      const k = 2 * m - 1;
      const value = (a * k + b) / (c * k + d);
      return num({
        params: { a, b, c, d, m },
        text: `The sums of the first $n$ terms of two arithmetic progressions are in the ratio $(${polyTex([b, a], 'n')}) : (${polyTex([d, c], 'n')})$ for every $n$. Find the ratio of their ${m}th terms.`,
        value,
        unit: '',
        // Mistakes: n = m substituted directly; n = 2m + 1; n = m − 1.
        mistakes: [(a * m + b) / (c * m + d), (a * (2 * m + 1) + b) / (c * (2 * m + 1) + d), (a * (m - 1) + b) / (c * (m - 1) + d)],
        sig: 4,
        solution: `$\\frac{S_n}{S'_n} = \\frac{2A + (n - 1)D}{2A' + (n - 1)D'}$ and $\\frac{T_m}{T'_m} = \\frac{A + (m - 1)D}{A' + (m - 1)D'}$: put $n - 1 = 2(m - 1)$, i.e. $n = ${k}$: $\\frac{${a * k + b}}{${c * k + d}} = ${fracTex(a * k + b, c * k + d)}$.`,
        hi: {
          text: `दो समांतर श्रेढ़ियों के प्रथम $n$ पदों के योगों का अनुपात प्रत्येक $n$ के लिए $(${polyTex([b, a], 'n')}) : (${polyTex([d, c], 'n')})$ है। उनके ${m}वें पदों का अनुपात ${HI_FIND}`,
          solution: `$\\frac{S_n}{S'_n} = \\frac{2A + (n - 1)D}{2A' + (n - 1)D'}$ तथा $\\frac{T_m}{T'_m} = \\frac{A + (m - 1)D}{A' + (m - 1)D'}$: $n - 1 = 2(m - 1)$, अर्थात् $n = ${k}$ रखिए: $\\frac{${a * k + b}}{${c * k + d}} = ${fracTex(a * k + b, c * k + d)}$।`,
        },
        result: [0.005, 50],
      });
    },
  },
  {
    id: 'm.seq.inserted-means',
    subject: M,
    concepts: ['M.SEQ.MEANS', 'M.SEQ.GP'],
    difficulty: 2,
    build(rng) {
      const v = rng.int(0, 1);
      if (v === 0) {
        const n = rng.int(3, 12);
        const a = rng.int(-10, 20);
        const b = a + (n + 1) * nonZero(rng, -4, 6);
        const value = (n * (a + b)) / 2;
        return num({
          params: { v, n, a, b },
          text: `${n} arithmetic means are inserted between ${a} and ${b}. Find their sum.`,
          value,
          unit: '',
          // Mistakes: a and b included; n + 1 means counted; the average alone.
          mistakes: [((n + 2) * (a + b)) / 2, ((n + 1) * (a + b)) / 2, (a + b) / 2],
          solution: `The means together with ${a} and ${b} form an A.P.; means equidistant from the ends add to $${a} + ${b}$. Their sum is $\\frac{${n}}{2}(${a} + ${b}) = ${value}$.`,
          hi: {
            text: `${a} और ${b} के बीच ${n} समांतर माध्य रखे जाते हैं। उनका योग ${HI_FIND}`,
            solution: `माध्य, ${a} और ${b} के साथ समांतर श्रेढ़ी बनाते हैं; सिरों से समदूरस्थ माध्यों का योग $${a} + ${b}$ है। योग $\\frac{${n}}{2}(${a} + ${b}) = ${value}$।`,
          },
          result: [-800, 800],
        });
      }
      const g = rng.pick([2, 3]);
      const n = rng.pick([2, 4]);
      const e1 = rng.int(0, 2);
      const e2 = e1 + rng.int(1, 3);
      const a = g ** e1;
      const b = g ** e2;
      const value = (a * b) ** (n / 2);
      return num({
        params: { v, n, a, b },
        text: `${n} geometric means are inserted between ${a} and ${b}. Find their product.`,
        value,
        unit: '',
        // Mistakes: (ab)ⁿ without the square root; √(ab) alone; (ab)^{(n+2)/2} with the ends included.
        mistakes: [(a * b) ** n, Math.sqrt(a * b), (a * b) ** ((n + 2) / 2)],
        solution: `Means equidistant from the ends multiply to $${a} \\times ${b}$, so the product of the ${n} means is $(${a * b})^{${n}/2} = ${value}$.`,
        hi: {
          text: `${a} और ${b} के बीच ${n} गुणोत्तर माध्य रखे जाते हैं। उनका गुणनफल ${HI_FIND}`,
          solution: `सिरों से समदूरस्थ माध्यों का गुणनफल $${a} \\times ${b}$ है, अतः ${n} माध्यों का गुणनफल $(${a * b})^{${n}/2} = ${value}$ है।`,
        },
        result: [-500, 10_000_000],
      });
    },
  },
  {
    id: 'm.seq.telescoping-fraction',
    subject: M,
    concepts: ['M.SEQ.SPECIAL', 'M.SEQ.AP'],
    difficulty: 4,
    build(rng) {
      const v = rng.int(0, 1);
      const n = rng.int(5, 30);
      let P: number;
      let Q: number;
      let a = 0;
      let b = 0;
      let sum: string;
      let why: string;
      if (v === 0) {
        // Σ k/(k⁴ + k² + 1) = ½(1 − 1/(n² + n + 1)) = n(n + 1)/(2(n² + n + 1)), already in lowest terms.
        P = (n * (n + 1)) / 2;
        Q = n * n + n + 1;
        sum = `\\sum_{k=1}^{${n}} \\frac{k}{k^4 + k^2 + 1}`;
        why = `$\\frac{k}{k^4 + k^2 + 1} = \\frac12\\left(\\frac{1}{k^2 - k + 1} - \\frac{1}{k^2 + k + 1}\\right)$, and $k^2 + k + 1 = (k + 1)^2 - (k + 1) + 1$, so the sum telescopes to $\\frac12\\left(1 - \\frac{1}{${n * n + n + 1}}\\right) = \\frac{${P}}{${Q}}$`;
      } else {
        a = rng.int(1, 4);
        b = rng.int(1, 5);
        // Σ 1/((ak + b)(ak + a + b)) = (1/a)(1/(a + b) − 1/(an + a + b)) = n/((a + b)(an + a + b)).
        const num0 = n;
        const den0 = (a + b) * (a * n + a + b);
        const g = gcd(num0, den0);
        P = num0 / g;
        Q = den0 / g;
        sum = `\\sum_{k=1}^{${n}} \\frac{1}{(${polyTex([b, a], 'k')})(${polyTex([a + b, a], 'k')})}`;
        why = `$\\frac{1}{(${polyTex([b, a], 'k')})(${polyTex([a + b, a], 'k')})} = \\frac{1}{${a}}\\left(\\frac{1}{${polyTex([b, a], 'k')}} - \\frac{1}{${polyTex([a + b, a], 'k')}}\\right)$, so the sum telescopes to $\\frac{1}{${a}}\\left(\\frac{1}{${a + b}} - \\frac{1}{${a * n + a + b}}\\right) = \\frac{${P}}{${Q}}$`;
      }
      const value = P + Q;
      return num({
        params: { v, n, a, b },
        text: `If $${sum} = \\frac{p}{q}$ with $p$, $q$ coprime positive integers, find $p + q$.`,
        value,
        unit: '',
        // Mistakes: the fraction not reduced / the ½ dropped; one term too many or too few.
        mistakes: [v === 0 ? n * (n + 1) + Q : value + 2 * n, v === 0 ? 2 * P + Q - 1 : value - 1, value + 1, Q],
        solution: `${why}; $p + q = ${value}$.`,
        hi: {
          text: `यदि $${sum} = \\frac{p}{q}$ है, जहाँ $p$, $q$ सहअभाज्य धनात्मक पूर्णांक हैं, तो $p + q$ ${HI_FIND}`,
          solution: `${why.replace('so the sum telescopes to', 'अतः योग सरल होकर').replace(', and ', ', तथा ')}; $p + q = ${value}$।`,
        },
        result: [3, 2000],
      });
    },
  },
  {
    id: 'm.deriv.inverse-function',
    subject: M,
    concepts: ['M.DERIV.CHAIN', 'M.FUNC.COMPOSE'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const a = rng.int(1, 6);
      const b = rng.int(-5, 5);
      const x0 = nonZero(rng, -3, 3);
      const y0 = x0 ** 3 + a * x0 + b;
      const d = 3 * x0 * x0 + a;
      const value = 1 / d;
      return num({
        params: { a, b, x0 },
        text: `$f(x) = ${polyTex([b, a, 0, 1])}$ is one-one on $\\mathbb{R}$, and $g$ is its inverse. Find $g'(${y0})$.`,
        value,
        unit: '',
        // Mistakes: f′(x₀) itself; 1/f′(y₀) (derivative at the wrong point); −1/f′(x₀).
        mistakes: [d, 1 / (3 * y0 * y0 + a), 1 / (3 * x0 * x0), 1 / a],
        sig: 3,
        solution: `$f(${x0}) = ${y0}$, so $g(${y0}) = ${x0}$. Differentiating $f(g(y)) = y$: $g'(y) = \\frac{1}{f'(g(y))}$, and $f'(${x0}) = 3(${x0})^2 + ${a} = ${d}$, so $g'(${y0}) = ${fracTex(1, d)}$.`,
        hi: {
          text: `$f(x) = ${polyTex([b, a, 0, 1])}$, $\\mathbb{R}$ पर एकैकी है और $g$ इसका प्रतिलोम है। $g'(${y0})$ ${HI_FIND}`,
          solution: `$f(${x0}) = ${y0}$, अतः $g(${y0}) = ${x0}$। $f(g(y)) = y$ का अवकलन करने पर $g'(y) = \\frac{1}{f'(g(y))}$, तथा $f'(${x0}) = 3(${x0})^2 + ${a} = ${d}$, अतः $g'(${y0}) = ${fracTex(1, d)}$।`,
        },
        result: [0.01, 1],
      });
    },
  },
  {
    id: 'm.app.normal-x-intercept',
    subject: M,
    concepts: ['M.APP.TANGENT', 'M.DERIV.RULES'],
    difficulty: 3,
    build(rng) {
      const a = nonZero(rng, -2, 2);
      const b = rng.int(-4, 4);
      const c = rng.int(-4, 4);
      let x0 = rng.int(-3, 3);
      if (2 * a * x0 + b === 0) x0 += 1;
      const y0 = a * x0 * x0 + b * x0 + c;
      const m = 2 * a * x0 + b;
      // Normal: y − y0 = −(x − x0)/m meets y = 0 at x = x0 + m·y0.
      const value = x0 + m * y0;
      return num({
        params: { a, b, c, x0 },
        text: `The normal to $y = ${polyTex([c, b, a])}$ at the point where $x = ${x0}$ meets the $x$-axis at $(X, 0)$. Find $X$.`,
        value,
        unit: '',
        // Mistakes: the tangent's x-intercept; the normal with slope m (not −1/m); sign slip x0 − m·y0.
        mistakes: [x0 - y0 / m, x0 + y0 / m, x0 - m * y0],
        solution: `At $x = ${x0}$: $y = ${y0}$ and slope $y' = ${m}$. The normal has slope $${fracTex(-1, m)}$: $y - (${y0}) = ${fracTex(-1, m)}(x - (${x0}))$. At $y = 0$: $x = ${x0} + (${m})(${y0}) = ${value}$.`,
        hi: {
          text: `$y = ${polyTex([c, b, a])}$ के उस बिंदु पर, जहाँ $x = ${x0}$ है, अभिलंब $x$-अक्ष को $(X, 0)$ पर मिलता है। $X$ ${HI_FIND}`,
          solution: `$x = ${x0}$ पर $y = ${y0}$ तथा प्रवणता $y' = ${m}$। अभिलंब की प्रवणता $${fracTex(-1, m)}$: $y - (${y0}) = ${fracTex(-1, m)}(x - (${x0}))$। $y = 0$ पर $x = ${x0} + (${m})(${y0}) = ${value}$।`,
        },
        result: [-600, 600],
      });
    },
  },
  {
    id: 'm.app.rolle-applicability-multi',
    subject: M,
    concepts: ['M.APP.MVT', 'M.CONT.DIFF'],
    difficulty: 4,
    build(rng) {
      const a = rng.int(-3, 1);
      const b = a + rng.int(1, 4);
      const m = rng.int(-3, 3);
      const k = rng.int(1, 3);
      const cases = rolleCases({ a, b, m, k });
      let pick = rng.shuffle(cases.map((_, i) => i)).slice(0, 4);
      if (!pick.some((i) => cases[i]!.ok)) pick = [pick[0]!, pick[1]!, pick[2]!, 3];
      const [i0, i1, i2, i3] = pick as [number, number, number, number];
      const en = pick.map((i) => `Rolle's theorem applies to $f(x) = ${cases[i]!.tex}$ on $${cases[i]!.iv}$.`);
      const hi = pick.map((i) => `$${cases[i]!.iv}$ पर $f(x) = ${cases[i]!.tex}$ के लिए रोले प्रमेय लागू होता है।`);
      const reason = (i: number) => ['equal end values, a polynomial', 'a corner at the vertex', 'discontinuous at $\\pi/2$', 'equal end values, smooth', 'not differentiable at 0', 'equal end values, a polynomial', 'end values differ', 'discontinuous at 0', 'continuous on the closed interval, differentiable inside, equal end values', 'equal end values, smooth'][i]!;
      const reasonHi = (i: number) => ['सिरों पर समान मान, बहुपद', 'शीर्ष पर कोना', '$\\pi/2$ पर असंतत', 'सिरों पर समान मान, अवकलनीय', '0 पर अवकलनीय नहीं', 'सिरों पर समान मान, बहुपद', 'सिरों के मान भिन्न', '0 पर असंतत', 'बंद अंतराल पर संतत, भीतर अवकलनीय, सिरों पर समान मान', 'सिरों पर समान मान, अवकलनीय'][i]!;
      return multi({
        params: { a, b, m, k, i0, i1, i2, i3 },
        text: `Which of the following statements are correct?`,
        options: en.map((text, j) => ({ text, correct: cases[pick[j]!]!.ok })),
        solution: `Rolle's theorem needs continuity on $[a, b]$, differentiability on $(a, b)$ and $f(a) = f(b)$. ${pick.map((i) => `$${cases[i]!.tex}$: ${reason(i)} — ${cases[i]!.ok ? 'applies' : 'does not apply'}`).join('; ')}.`,
        hi: {
          text: `निम्नलिखित में से कौन-से कथन सही हैं?`,
          solution: `रोले प्रमेय के लिए $[a, b]$ पर सांतत्य, $(a, b)$ पर अवकलनीयता तथा $f(a) = f(b)$ आवश्यक हैं। ${pick.map((i) => `$${cases[i]!.tex}$: ${reasonHi(i)} — ${cases[i]!.ok ? 'लागू' : 'लागू नहीं'}`).join('; ')}।`,
          options: hi,
        },
      });
    },
  },
];

/** a₁x + a₂y + a₃z as LaTeX. */
function linTex(row: readonly number[]): string {
  const parts: string[] = [];
  row.forEach((c, i) => {
    if (c !== 0) parts.push(term(c, 1, parts.length === 0, ['x', 'y', 'z'][i]));
  });
  return parts.join(' ');
}
