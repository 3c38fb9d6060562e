import { num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Fourth question shapes for triple products of combinations, the parallelogram law, feet and
 * images in planes, binomial remainders, product series, equivalence closures and powers of
 * trace-zero matrices, in English and Hindi. Checked in math-depth-m.test.ts by explicit vectors
 * and determinants, constructed vectors, least-squares projection, BigInt powers, term-by-term
 * sums, Warshall's closure and repeated matrix products.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const par = (x: number) => (x < 0 ? `(${x})` : `${x}`);
const integers = (xs: number[], value: number) => xs.filter((x) => Number.isInteger(x) && x !== value);
const cst = (c: number) => (c === 0 ? '' : c > 0 ? ` + ${c}` : ` - ${-c}`);
const coef = (c: number, v: string) => (c === 0 ? '' : `${c === 1 ? '' : c === -1 ? '-' : c}${v}`);

export const mathDepthMGenerators: GeneratorDef[] = [
  {
    id: 'm.vec.triple-of-combinations',
    subject: M,
    concepts: ['M.VEC.TRIPLE', 'M.VEC.CROSS'],
    difficulty: 4,
    build(rng) {
      const V = rng.pick([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6]);
      const v = rng.int(0, 2);
      const p = rng.int(2, 5);
      const q = rng.pick([-4, -3, -2, -1, 1, 2, 3, 4]);
      const r = rng.pick([-4, -3, -2, -1, 1, 2, 3, 4]);
      // v = 0: [a + b, b + c, c + a] = 2V. v = 1: [a×b, b×c, c×a] = V². v = 2: [pa + qb, b + rc, c] = pV
      // (multilinearity; every triple with a repeated vector vanishes).
      const value = [2 * V, V * V, p * V][v]!;
      const ask = [
        '$[\\vec a + \\vec b,\\ \\vec b + \\vec c,\\ \\vec c + \\vec a]$',
        '$[\\vec a \\times \\vec b,\\ \\vec b \\times \\vec c,\\ \\vec c \\times \\vec a]$',
        `$[${p}\\vec a ${q >= 0 ? '+' : '-'} ${Math.abs(q) === 1 ? '' : Math.abs(q)}\\vec b,\\ \\vec b ${r >= 0 ? '+' : '-'} ${Math.abs(r) === 1 ? '' : Math.abs(r)}\\vec c,\\ \\vec c]$`,
      ][v]!;
      return num({
        params: { V, v, p, q, r },
        text: `$[\\vec a\\ \\vec b\\ \\vec c] = ${V}$. Find ${ask}.`,
        value,
        unit: '',
        // Mistakes: one or three surviving terms (V, 3V), a sign slip in the cyclic order (0, −2V);
        // V or −V² for the cross-product triple; the q and r terms kept.
        mistakes: integers([[V, 0, 3 * V, -2 * V], [V, -V * V, 2 * V, 3 * V], [V, (p + q) * V, p * (1 + r) * V, -p * V]][v]!.filter((x) => Math.abs(x) <= 60), value),
        solution: [
          `Expanding by linearity, every triple with a repeated vector is 0; the two surviving terms are $[\\vec a\\ \\vec b\\ \\vec c] + [\\vec b\\ \\vec c\\ \\vec a] = 2 \\times ${par(V)} = ${value}$.`,
          `$[\\vec a \\times \\vec b,\\ \\vec b \\times \\vec c,\\ \\vec c \\times \\vec a] = [\\vec a\\ \\vec b\\ \\vec c]^2 = ${value}$.`,
          `By linearity, $[${p}\\vec a + ${par(q)}\\vec b,\\ \\vec b + ${par(r)}\\vec c,\\ \\vec c] = ${p}[\\vec a\\ \\vec b\\ \\vec c] + ${p}\\cdot${par(r)}[\\vec a\\ \\vec c\\ \\vec c] + ${par(q)}[\\vec b\\ \\vec b\\ \\vec c] + ${par(q * r)}[\\vec b\\ \\vec c\\ \\vec c] = ${p} \\times ${par(V)} = ${value}$.`,
        ][v]!,
        hi: {
          text: `$[\\vec a\\ \\vec b\\ \\vec c] = ${V}$ है। ${ask} ${HI_FIND}`,
          solution: [
            `रैखिकता से प्रसार करने पर, किसी सदिश की पुनरावृत्ति वाला प्रत्येक अदिश त्रिक गुणनफल 0 है; शेष दो पद $[\\vec a\\ \\vec b\\ \\vec c] + [\\vec b\\ \\vec c\\ \\vec a] = ${value}$।`,
            `$[\\vec a \\times \\vec b,\\ \\vec b \\times \\vec c,\\ \\vec c \\times \\vec a] = [\\vec a\\ \\vec b\\ \\vec c]^2 = ${value}$।`,
            `रैखिकता से केवल $${p}[\\vec a\\ \\vec b\\ \\vec c]$ शेष रहता है (अन्य पदों में कोई सदिश दोहराया गया है): $${p} \\times ${par(V)} = ${value}$।`,
          ][v]!,
        },
        result: [-60, 60],
      });
    },
  },
  {
    id: 'm.vec.parallelogram-law',
    subject: M,
    concepts: ['M.VEC.BASICS', 'M.VEC.DOT'],
    difficulty: 2,
    build(rng) {
      // |a + b|² + |a − b|² = 2(|a|² + |b|²); pick (p, q, r, s) with all four lengths integers.
      const cands: number[][] = [];
      for (let p = 2; p <= 15; p++)
        for (let q = 2; q <= p; q++)
          for (let s = p - q + 1; s < p + q; s++) {
            const r2 = 2 * p * p + 2 * q * q - s * s;
            const r = Math.round(Math.sqrt(Math.max(0, r2)));
            if (r * r === r2 && r > p - q && r < p + q && r !== s) cands.push([p, q, r, s]);
          }
      const [p, q, r, s] = rng.pick(cands) as [number, number, number, number];
      return num({
        params: { p, q, r },
        text: `$|\\vec a| = ${p}$, $|\\vec b| = ${q}$ and $|\\vec a + \\vec b| = ${r}$. Find $|\\vec a - \\vec b|$.`,
        value: s,
        unit: '',
        // Mistakes: |a| + |b| − |a + b| (lengths treated as numbers); √(|a|² + |b|²) taken as if
        // perpendicular; |a| − |b|.
        mistakes: integers([p + q - r, Math.sqrt(p * p + q * q), p - q, Math.sqrt(Math.abs(p * p + q * q - r * r)), 2 * (p + q) - r], s),
        solution: `$|\\vec a + \\vec b|^2 + |\\vec a - \\vec b|^2 = 2(|\\vec a|^2 + |\\vec b|^2)$, so $|\\vec a - \\vec b|^2 = 2(${p * p} + ${q * q}) - ${r * r} = ${s * s}$ and $|\\vec a - \\vec b| = ${s}$.`,
        hi: {
          text: `$|\\vec a| = ${p}$, $|\\vec b| = ${q}$ तथा $|\\vec a + \\vec b| = ${r}$ है। $|\\vec a - \\vec b|$ ${HI_FIND}`,
          solution: `$|\\vec a + \\vec b|^2 + |\\vec a - \\vec b|^2 = 2(|\\vec a|^2 + |\\vec b|^2)$, अतः $|\\vec a - \\vec b|^2 = 2(${p * p} + ${q * q}) - ${r * r} = ${s * s}$ तथा $|\\vec a - \\vec b| = ${s}$।`,
        },
        result: [1, 30],
      });
    },
  },
  {
    id: 'm.3d.plane-foot-image',
    subject: M,
    concepts: ['M.3D.PLANES', 'M.3D.LINES'],
    difficulty: 3,
    build(rng) {
      const nv = [rng.int(-3, 3), rng.int(-3, 3), rng.pick([-2, -1, 1, 2, 3])];
      const F = [rng.int(-5, 5), rng.int(-5, 5), rng.int(-5, 5)];
      const t = rng.pick([-2, -1, 1, 2]);
      const P = F.map((f, i) => f + t * nv[i]!);
      const d = nv[0]! * F[0]! + nv[1]! * F[1]! + nv[2]! * F[2]!;
      const v = rng.int(0, 1);
      // Foot F = P − t n; image I = P − 2t n. Asked: the sum of the coordinates.
      const I = F.map((f, i) => f - t * nv[i]!);
      const value = v === 0 ? F[0]! + F[1]! + F[2]! : I[0]! + I[1]! + I[2]!;
      const plane = `${[coef(nv[0]!, 'x'), coef(nv[1]!, 'y'), coef(nv[2]!, 'z')].filter(Boolean).join(' + ').replace(/\+ -/g, '- ')} = ${d}`;
      const what = v === 0 ? 'the foot of the perpendicular from' : 'the image (mirror reflection) of';
      const whatHi = v === 0 ? `पर बिंदु $(${P.join(', ')})$ से डाले गए लंब का पाद` : `में बिंदु $(${P.join(', ')})$ का प्रतिबिंब`;
      const sumP = P[0]! + P[1]! + P[2]!;
      const sumN = nv[0]! + nv[1]! + nv[2]!;
      const dotP = nv[0]! * P[0]! + nv[1]! * P[1]! + nv[2]! * P[2]!;
      return num({
        params: { n0: nv[0]!, n1: nv[1]!, n2: nv[2]!, d, p0: P[0]!, p1: P[1]!, p2: P[2]!, v },
        text: `$(\\alpha, \\beta, \\gamma)$ is ${what} the point $(${P.join(', ')})$ ${v === 0 ? 'on' : 'in'} the plane $${plane}$. Find $\\alpha + \\beta + \\gamma$.`,
        value,
        unit: '',
        // Mistakes: foot and image swapped; the point itself; the step taken the wrong way.
        mistakes: integers(v === 0 ? [I[0]! + I[1]! + I[2]!, sumP, sumP + t * sumN] : [F[0]! + F[1]! + F[2]!, sumP, sumP + 2 * t * sumN], value),
        solution: `Along the normal $(${nv.join(', ')})$: $(${P.join(', ')}) + \\lambda(${nv.join(', ')})$ meets the plane when $\\lambda = \\frac{${d} - ${par(dotP)}}{${nv[0]! ** 2 + nv[1]! ** 2 + nv[2]! ** 2}} = ${-t}$, so the foot is $(${F.join(', ')})$${v === 1 ? ` and the image, twice as far, is $(${I.join(', ')})$` : ''}: the sum is $${value}$.`,
        hi: {
          text: `तल $${plane}$ ${whatHi} $(\\alpha, \\beta, \\gamma)$ है। $\\alpha + \\beta + \\gamma$ ${HI_FIND}`,
          solution: `अभिलंब $(${nv.join(', ')})$ के अनुदिश रेखा $(${P.join(', ')}) + \\lambda(${nv.join(', ')})$ तल से $\\lambda = ${-t}$ पर मिलती है, अतः लंब का पाद $(${F.join(', ')})$ है${v === 1 ? ` तथा प्रतिबिंब $(${I.join(', ')})$ है` : ''}: योग $${value}$ है।`,
        },
        result: [-55, 55],
      });
    },
  },
  {
    id: 'm.bin.remainder-near-multiple',
    subject: M,
    concepts: ['M.BIN.PROP', 'M.BIN.EXP'],
    difficulty: 3,
    build(rng) {
      const m = rng.int(5, 30);
      const s = rng.pick([-1, 1]);
      const tMul = rng.int(1, 3);
      const b = m * tMul + s;
      const N = rng.int(20, 200);
      const c = rng.int(0, m - 1);
      // bᴺ = (m t + s)ᴺ ≡ sᴺ (mod m): every other term of the expansion has a factor m.
      const value = (((s ** N + c) % m) + m) % m;
      return num({
        params: { m, b, N, c },
        text: `Find the remainder when $${b}^{${N}}${cst(c)}$ is divided by ${m}.`,
        value,
        unit: '',
        // Mistakes: (−1)ᴺ taken as 1 (or as −1 for even N); the constant forgotten; bᴺ taken as a
        // multiple of m.
        mistakes: integers([(1 + c) % m, (m - 1 + c) % m, (((s ** N) % m) + m) % m, c], value),
        solution: `$${b} = ${m}\\cdot${tMul} ${s > 0 ? '+' : '-'} 1$, so $${b}^{${N}} = (${m * tMul} ${s > 0 ? '+' : '-'} 1)^{${N}}$; every term of the binomial expansion except the last has the factor ${m}, so $${b}^{${N}} \\equiv (${s})^{${N}} = ${s ** N} \\pmod{${m}}$ and the remainder of $${b}^{${N}}${cst(c)}$ is $${value}$.`,
        hi: {
          text: `$${b}^{${N}}${cst(c)}$ को ${m} से भाग देने पर शेषफल ${HI_FIND}`,
          solution: `$${b} = ${m}\\cdot${tMul} ${s > 0 ? '+' : '-'} 1$; द्विपद प्रसार में अंतिम पद के अतिरिक्त प्रत्येक पद में ${m} का गुणनखंड है, अतः $${b}^{${N}} \\equiv (${s})^{${N}} = ${s ** N} \\pmod{${m}}$ तथा शेषफल $${value}$ है।`,
        },
        result: [0, m - 1],
      });
    },
  },
  {
    id: 'm.seq.product-series-sum',
    subject: M,
    concepts: ['M.SEQ.SPECIAL'],
    difficulty: 2,
    build(rng) {
      const n = rng.int(5, 30);
      const v = rng.int(0, 2);
      // Σ k(k+1) = n(n+1)(n+2)/3; Σ (2k−1)² = n(2n−1)(2n+1)/3; Σ k(k+1)(k+2) = n(n+1)(n+2)(n+3)/4.
      const value = [(n * (n + 1) * (n + 2)) / 3, (n * (2 * n - 1) * (2 * n + 1)) / 3, (n * (n + 1) * (n + 2) * (n + 3)) / 4][v]!;
      const series = ['1\\cdot2 + 2\\cdot3 + 3\\cdot4 + \\cdots', '1^2 + 3^2 + 5^2 + \\cdots', '1\\cdot2\\cdot3 + 2\\cdot3\\cdot4 + 3\\cdot4\\cdot5 + \\cdots'][v]!;
      const formula = ['\\frac{n(n+1)(n+2)}{3}', '\\frac{n(2n-1)(2n+1)}{3}', '\\frac{n(n+1)(n+2)(n+3)}{4}'][v]!;
      return num({
        params: { n, v },
        text: `Find the sum of the first ${n} terms of $${series}$.`,
        value,
        unit: '',
        // Mistakes: n − 1 or n + 1 terms summed; the n-th term alone; Σk² and Σk mixed up.
        mistakes: integers([[((n - 1) * n * (n + 1)) / 3, ((n + 1) * (n + 2) * (n + 3)) / 3, n * (n + 1), (n * (n + 1) * (2 * n + 1)) / 6], [((n - 1) * (2 * n - 3) * (2 * n - 1)) / 3, (2 * n - 1) ** 2, (n * (n + 1) * (2 * n + 1)) / 6], [((n - 1) * n * (n + 1) * (n + 2)) / 4, n * (n + 1) * (n + 2), ((n * (n + 1)) / 2) ** 2]][v]!, value),
        solution: `The sum of the first $n$ terms is $${formula}$; for $n = ${n}$ it is $${value}$.`,
        hi: {
          text: `$${series}$ के प्रथम ${n} पदों का योग ${HI_FIND}`,
          solution: `प्रथम $n$ पदों का योग $${formula}$ है; $n = ${n}$ के लिए यह $${value}$ है।`,
        },
        result: [40, 250000],
      });
    },
  },
  {
    id: 'm.rel.equivalence-closure-pairs',
    subject: M,
    concepts: ['M.REL.TYPES', 'M.SETS.OPS'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(4, 7);
      const count = rng.int(2, 4);
      const pairs: [number, number][] = [];
      while (pairs.length < count) {
        const a = rng.int(1, n);
        const b = rng.int(1, n);
        if (a !== b && !pairs.some(([x, y]) => x === a && y === b)) pairs.push([a, b]);
      }
      // The smallest equivalence relation containing R is Σ (class size)² pairs, the classes
      // being the connected components of R's graph.
      const root = Array.from({ length: n + 1 }, (_, i) => i);
      const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x]!)));
      for (const [a, b] of pairs) root[find(a)] = find(b);
      const sizes = new Map<number, number>();
      for (let x = 1; x <= n; x++) sizes.set(find(x), (sizes.get(find(x)) ?? 0) + 1);
      const total = [...sizes.values()].reduce((s, k) => s + k * k, 0);
      const value = total - pairs.length;
      const set = Array.from({ length: n }, (_, i) => i + 1).join(', ');
      const R = pairs.map(([a, b]) => `(${a}, ${b})`).join(', ');
      const code = pairs.reduce((s, [a, b]) => s * 64 + a * 8 + b, 0);
      return num({
        params: { n, code, count },
        text: `$R = \\{${R}\\}$ is a relation on $A = \\{${set}\\}$. Find the least number of ordered pairs that must be added to $R$ to make it an equivalence relation.`,
        value,
        unit: '',
        // Mistakes: only the reflexive pairs added (n); reflexive + symmetric without transitivity;
        // the pairs counted as unordered.
        mistakes: integers([n, n + pairs.filter(([a, b]) => !pairs.some(([x, y]) => x === b && y === a)).length, (total - n) / 2 + n - pairs.length, total], value),
        solution: `The classes are the connected groups of $R$: sizes ${[...sizes.values()].sort((x, y) => y - x).join(', ')}. An equivalence relation with these classes has $${[...sizes.values()].map((k) => `${k}^2`).join(' + ')} = ${total}$ pairs, so $${total} - ${pairs.length} = ${value}$ pairs must be added.`,
        hi: {
          text: `$R = \\{${R}\\}$ समुच्चय $A = \\{${set}\\}$ पर एक संबंध है। $R$ को तुल्यता संबंध बनाने के लिए उसमें जोड़े जाने वाले क्रमित युग्मों की न्यूनतम संख्या ${HI_FIND}`,
          solution: `तुल्यता वर्ग $R$ के संबद्ध समूह हैं: आकार ${[...sizes.values()].sort((x, y) => y - x).join(', ')}। इन वर्गों वाले तुल्यता संबंध में $${[...sizes.values()].map((k) => `${k}^2`).join(' + ')} = ${total}$ युग्म हैं, अतः $${total} - ${pairs.length} = ${value}$ युग्म जोड़ने होंगे।`,
        },
        result: [4, 50],
      });
    },
  },
  {
    id: 'm.mat.trace-zero-power',
    subject: M,
    concepts: ['M.MAT.ALG', 'M.MAT.TYPES'],
    difficulty: 4,
    build(rng) {
      let [a, b, c] = [1, 1, 1];
      for (let tries = 0; tries < 80; tries++) {
        [a, b, c] = [rng.int(-3, 3), rng.pick([-3, -2, -1, 1, 2, 3]), rng.int(-3, 3)];
        const k = a * a + b * c;
        if (k !== 0 && Math.abs(k) <= 5 && Math.abs(k) !== 1) break;
      }
      if (![2, 3, 4, 5].includes(Math.abs(a * a + b * c))) [a, b, c] = [1, 1, 1];
      const k = a * a + b * c;
      const m = rng.int(2, 4);
      const v = rng.int(0, 1);
      // A = [[a, b], [c, −a]] has A² = (a² + bc) I, so A^{2m} = kᵐ I and A^{2m+1} = kᵐ A.
      const value = v === 0 ? k ** m : k ** m * b;
      const power = v === 0 ? 2 * m : 2 * m + 1;
      const entry = v === 0 ? '(1, 1)' : '(1, 2)';
      return num({
        params: { a, b, c, m, v },
        text: `$A = \\begin{bmatrix} ${a} & ${b} \\\\ ${c} & ${-a} \\end{bmatrix}$. Find the ${entry} entry of $A^{${power}}$.`,
        value,
        unit: '',
        // Mistakes: A² = (a² − bc) I; the power halved wrongly (k^{2m}); the entry of A^{2m} given
        // for A^{2m+1}; the entry raised to the power.
        mistakes: integers([(a * a - b * c) ** m * (v === 0 ? 1 : b), v === 0 ? k ** (m + 1) : k ** m, v === 0 ? a ** power : b ** power, v === 0 ? k ** (m - 1) : k ** (m + 1) * b, -value], value),
        solution: `$A^2 = \\begin{bmatrix} ${a * a + b * c} & 0 \\\\ 0 & ${a * a + b * c} \\end{bmatrix} = ${k}I$ (trace 0, determinant $${-k}$, by Cayley–Hamilton). So $A^{${2 * m}} = ${par(k)}^{${m}} I$${v === 1 ? ` and $A^{${power}} = ${par(k)}^{${m}} A$` : ''}: the ${entry} entry is $${value}$.`,
        hi: {
          text: `$A = \\begin{bmatrix} ${a} & ${b} \\\\ ${c} & ${-a} \\end{bmatrix}$ है। $A^{${power}}$ की ${entry} प्रविष्टि ${HI_FIND}`,
          solution: `$A^2 = ${k}I$ (अनुरेख 0, सारणिक $${-k}$, कैली–हैमिल्टन प्रमेय से)। अतः $A^{${2 * m}} = ${par(k)}^{${m}} I$${v === 1 ? ` तथा $A^{${power}} = ${par(k)}^{${m}} A$` : ''}: ${entry} प्रविष्टि $${value}$ है।`,
        },
        result: [-2000, 2000],
      });
    },
  },
];
