import { formula, range } from './formula.ts';
import { factorial, nCr, nPr } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = range(-5, 5);
const WORDS = ['BANANA', 'LETTER', 'SUCCESS', 'ALGEBRA', 'BALLOON', 'PEPPER', 'COFFEE', 'COMMITTEE', 'STATISTICS', 'APPLE', 'MISSISSIPPI', 'ENGINEERING', 'CALCULUS', 'PARALLEL', 'ASSESSMENT', 'TOMATO'] as const;
const word = (i: number): string => WORDS[i] as string;
function arrangements(w: string): number {
  const counts = new Map<string, number>();
  for (const ch of w) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let n = factorial(w.length);
  for (const c of counts.values()) n /= factorial(c);
  return n;
}
const data = (v: Record<string, number>): number[] => [v.d1!, v.d2!, v.d3!, v.d4!, v.d5!];
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Matrices, counting, statistics, probability (units 3, 4, 13). */
export const mathDiscreteGenerators: GeneratorDef[] = [
  formula({
    id: 'm.mat.product-entry', subject: 'MATH', concepts: ['M.MAT.ALG'], difficulty: 2,
    vars: { a: C, b: C, c: C, d: C, e: C, f: C, g: C, h: C, i: range(1, 2), j: range(1, 2) },
    text: (v) => `$A = \\begin{pmatrix} ${v.a} & ${v.b} \\\\ ${v.c} & ${v.d} \\end{pmatrix}$, $B = \\begin{pmatrix} ${v.e} & ${v.f} \\\\ ${v.g} & ${v.h} \\end{pmatrix}$. Find the $(${v.i}, ${v.j})$ entry of $AB$.`,
    unit: '',
    result: [-50, 50],
    answer: (v) => { const A = [[v.a, v.b], [v.c, v.d]]; const B = [[v.e, v.f], [v.g, v.h]]; return A[v.i - 1]![0]! * B[0]![v.j - 1]! + A[v.i - 1]![1]! * B[1]![v.j - 1]!; },
    mistakes: (v) => { const A = [[v.a, v.b], [v.c, v.d]]; const B = [[v.e, v.f], [v.g, v.h]]; return [B[v.i - 1]![0]! * A[0]![v.j - 1]! + B[v.i - 1]![1]! * A[1]![v.j - 1]!, A[v.i - 1]![v.j - 1]! * B[v.i - 1]![v.j - 1]!, A[v.j - 1]![0]! * B[0]![v.i - 1]! + A[v.j - 1]![1]! * B[1]![v.i - 1]!]; },
    solution: (v) => `$(AB)_{${v.i}${v.j}} = \\sum_k a_{${v.i}k} b_{k${v.j}}$: row ${v.i} of $A$ times column ${v.j} of $B$.`,
    hi: {
      text: (v) => `$A = \\begin{pmatrix} ${v.a} & ${v.b} \\\\ ${v.c} & ${v.d} \\end{pmatrix}$, $B = \\begin{pmatrix} ${v.e} & ${v.f} \\\\ ${v.g} & ${v.h} \\end{pmatrix}$ है। $AB$ का $(${v.i}, ${v.j})$ अवयव ज्ञात कीजिए।`,
      solution: (v) => `$(AB)_{${v.i}${v.j}} = \\sum_k a_{${v.i}k} b_{k${v.j}}$: $A$ की पंक्ति ${v.i} को $B$ के स्तंभ ${v.j} से गुणा कीजिए।`,
    },
  }),
  formula({
    id: 'm.mat.symmetric-parts', subject: 'MATH', concepts: ['M.MAT.TYPES', 'M.MAT.ALG'], difficulty: 2,
    vars: { p: C, q: C, r: C, s: C, w: range(0, 1) },
    text: (v) => (v.w === 0
      ? `$A$ is a $3\\times3$ skew-symmetric matrix with $a_{12} = ${v.p}$, $a_{13} = ${v.q}$ and $a_{23} = ${v.r}$. Find $a_{21} + a_{31} + a_{32} + a_{22}$.`
      : `$A$ is $3 \\times 3$ with $a_{12} = ${v.p}$ and $a_{21} = ${v.s}$. Find the $(1, 2)$ entry of the symmetric part $\\frac12(A + A^T)$.`),
    unit: '',
    result: [-20, 20],
    answer: (v) => (v.w === 0 ? -(v.p + v.q + v.r) : (v.p + v.s) / 2),
    mistakes: (v) => (v.w === 0 ? [v.p + v.q + v.r, 0, -(v.p + v.q + v.r) + 1] : [v.p + v.s, (v.p - v.s) / 2, v.p]),
    solution: (v) => (v.w === 0 ? `Skew-symmetric: $a_{ji} = -a_{ij}$ and diagonal entries are 0.` : `$(A + A^T)_{12} = a_{12} + a_{21}$, halved.`),
    hi: {
      text: (v) => (v.w === 0
        ? `$A$ एक $3\\times3$ विषम सममित आव्यूह है जिसमें $a_{12} = ${v.p}$, $a_{13} = ${v.q}$ और $a_{23} = ${v.r}$ हैं। $a_{21} + a_{31} + a_{32} + a_{22}$ ज्ञात कीजिए।`
        : `$A$ एक $3 \\times 3$ आव्यूह है जिसमें $a_{12} = ${v.p}$ और $a_{21} = ${v.s}$ हैं। सममित भाग $\\frac12(A + A^T)$ का $(1, 2)$ अवयव ज्ञात कीजिए।`),
      solution: (v) => (v.w === 0 ? `विषम सममित आव्यूह में $a_{ji} = -a_{ij}$ और विकर्ण अवयव 0 होते हैं।` : `$(A + A^T)_{12} = a_{12} + a_{21}$, इसका आधा।`),
    },
  }),
  formula({
    id: 'm.mat.det3', subject: 'MATH', concepts: ['M.MAT.DET'], difficulty: 3,
    vars: { a: C, b: C, c: C, d: C, e: C, f: C, g: C, h: C, i: C },
    text: (v) => `Evaluate $\\begin{vmatrix} ${v.a} & ${v.b} & ${v.c} \\\\ ${v.d} & ${v.e} & ${v.f} \\\\ ${v.g} & ${v.h} & ${v.i} \\end{vmatrix}$.`,
    unit: '',
    result: [-500, 500],
    answer: (v) => v.a * (v.e * v.i - v.f * v.h) - v.b * (v.d * v.i - v.f * v.g) + v.c * (v.d * v.h - v.e * v.g),
    mistakes: (v) => [v.a * (v.e * v.i - v.f * v.h) + v.b * (v.d * v.i - v.f * v.g) + v.c * (v.d * v.h - v.e * v.g), v.a * v.e * v.i, -(v.a * (v.e * v.i - v.f * v.h) - v.b * (v.d * v.i - v.f * v.g) + v.c * (v.d * v.h - v.e * v.g))],
    solution: () => `Expand along the first row: $a(ei - fh) - b(di - fg) + c(dh - eg)$.`,
    hi: {
      text: (v) => `सारणिक $\\begin{vmatrix} ${v.a} & ${v.b} & ${v.c} \\\\ ${v.d} & ${v.e} & ${v.f} \\\\ ${v.g} & ${v.h} & ${v.i} \\end{vmatrix}$ का मान ज्ञात कीजिए।`,
      solution: () => `प्रथम पंक्ति के अनुदिश प्रसार: $a(ei - fh) - b(di - fg) + c(dh - eg)$।`,
    },
  }),
  formula({
    id: 'm.mat.adjoint-identities', subject: 'MATH', concepts: ['M.MAT.INV', 'M.MAT.DET'], difficulty: 3,
    vars: { n: range(2, 3), d: [-5, -4, -3, -2, 2, 3, 4, 5], k: range(2, 3), w: range(0, 2) },
    text: (v) => `$A$ is a ${v.n}×${v.n} matrix with $|A| = ${v.d}$. Find ${['$|\\operatorname{adj} A|$', `$|${v.k}A|$`, '$|A^{-1}|$'][v.w]}.`,
    unit: '',
    result: [-200, 200],
    answer: (v) => [v.d ** (v.n - 1), v.k ** v.n * v.d, 1 / v.d][v.w] as number,
    mistakes: (v) => [v.d ** v.n, v.k * v.d, v.d, -v.d, v.d ** (v.n - 1) + 1],
    solution: () => `$|\\operatorname{adj}A| = |A|^{n-1}$, $|kA| = k^n|A|$, $|A^{-1}| = 1/|A|$.`,
    hi: {
      text: (v) => `$A$ एक ${v.n}×${v.n} आव्यूह है जिसका $|A| = ${v.d}$ है। ${['$|\\operatorname{adj} A|$', `$|${v.k}A|$`, '$|A^{-1}|$'][v.w]} ज्ञात कीजिए।`,
      solution: () => `$|\\operatorname{adj}A| = |A|^{n-1}$, $|kA| = k^n|A|$, $|A^{-1}| = 1/|A|$।`,
    },
  }),
  formula({
    id: 'm.mat.cramer', subject: 'MATH', concepts: ['M.MAT.LINSYS', 'M.MAT.DET'], difficulty: 3,
    vars: { x: C, y: C, a: range(1, 5), b: [-3, -2, -1, 1, 2, 3], c: [-4, -3, -2, -1, 1, 2], d: range(1, 5), w: range(0, 1) },
    text: (v) => { const dd = v.a * v.d - v.b * v.c === 0 ? v.d + 1 : v.d; return `Solve $${v.a}x ${v.b < 0 ? '-' : '+'} ${Math.abs(v.b)}y = ${v.a * v.x + v.b * v.y}$, $${v.c}x + ${dd}y = ${v.c * v.x + dd * v.y}$ and find ${v.w === 0 ? '$x$' : '$x + y$'}.`; },
    unit: '',
    result: [-10, 10],
    answer: (v) => (v.w === 0 ? v.x : v.x + v.y),
    mistakes: (v) => (v.w === 0 ? [v.y, -v.x, v.x + v.y] : [v.x - v.y, v.x, v.y]),
    solution: () => `Cramer: $x = \\Delta_x/\\Delta$, $y = \\Delta_y/\\Delta$ with $\\Delta = a_1b_2 - a_2b_1 \\ne 0$.`,
    hi: {
      text: (v) => { const dd = v.a * v.d - v.b * v.c === 0 ? v.d + 1 : v.d; return `$${v.a}x ${v.b < 0 ? '-' : '+'} ${Math.abs(v.b)}y = ${v.a * v.x + v.b * v.y}$, $${v.c}x + ${dd}y = ${v.c * v.x + dd * v.y}$ को हल कीजिए और ${v.w === 0 ? '$x$' : '$x + y$'} ज्ञात कीजिए।`; },
      solution: () => `क्रेमर नियम: $x = \\Delta_x/\\Delta$, $y = \\Delta_y/\\Delta$, जहाँ $\\Delta = a_1b_2 - a_2b_1 \\ne 0$।`,
    },
  }),
  formula({
    id: 'm.pc.fundamental', subject: 'MATH', concepts: ['M.PC.FCP'], difficulty: 1,
    vars: { s: range(2, 9), t: range(2, 6), u: range(2, 5), w: range(0, 1) },
    text: (v) => (v.w === 0 ? `A student has ${v.s} shirts, ${v.t} trousers and ${v.u} pairs of shoes. How many different outfits (one of each) are possible?` : `How many 3-digit numbers with distinct digits can be formed from ${v.s} given non-zero digits?`),
    unit: '',
    result: [0, 1000],
    answer: (v) => (v.w === 0 ? v.s * v.t * v.u : v.s * (v.s - 1) * (v.s - 2)),
    mistakes: (v) => (v.w === 0 ? [v.s + v.t + v.u, v.s * v.t, v.s * v.t * v.u - 1] : [v.s ** 3, nCr(v.s, 3), v.s * 3]),
    solution: () => `Multiplication principle: multiply the number of independent choices at each step.`,
    hi: {
      text: (v) => (v.w === 0 ? `एक विद्यार्थी के पास ${v.s} कमीज़ें, ${v.t} पतलूनें और ${v.u} जोड़ी जूते हैं। (प्रत्येक में से एक लेकर) कितनी भिन्न पोशाकें संभव हैं?` : `${v.s} दिए गए शून्येतर अंकों से भिन्न अंकों वाली कितनी 3-अंकीय संख्याएँ बनाई जा सकती हैं?`),
      solution: () => `गणना का आधारभूत सिद्धांत: प्रत्येक चरण के स्वतंत्र विकल्पों की संख्याओं का गुणा कीजिए।`,
    },
  }),
  formula({
    id: 'm.pc.word-arrangements', subject: 'MATH', concepts: ['M.PC.PERM'], difficulty: 2,
    vars: { i: range(0, WORDS.length - 1) },
    text: (v) => `In how many distinct ways can the letters of the word ${word(v.i)} be arranged?`,
    unit: '',
    result: [0, 500_000],
    answer: (v) => arrangements(word(v.i)),
    mistakes: (v) => [factorial(word(v.i).length), arrangements(word(v.i)) * 2, factorial(word(v.i).length - 1)],
    solution: (v) => `$\\frac{n!}{p_1!p_2!\\cdots}$ with $n = ${word(v.i).length}$ and the factorials of the repeated-letter counts.`,
    hi: {
      text: (v) => `शब्द ${word(v.i)} के अक्षरों को कितने भिन्न प्रकार से व्यवस्थित किया जा सकता है?`,
      solution: (v) => `$\\frac{n!}{p_1!p_2!\\cdots}$, जहाँ $n = ${word(v.i).length}$ और हर में दोहराए गए अक्षरों की संख्याओं के क्रमगुणित हैं।`,
    },
  }),
  formula({
    id: 'm.pc.committee', subject: 'MATH', concepts: ['M.PC.COMB'], difficulty: 2,
    vars: { m: range(4, 10), w: range(3, 8), r: range(1, 3), s: range(1, 3) },
    text: (v) => `From ${v.m} men and ${v.w} women, a committee of ${v.r} men and ${v.s} women is to be formed. In how many ways can this be done?`,
    unit: '',
    result: [0, 10_000],
    answer: (v) => nCr(v.m, v.r) * nCr(v.w, v.s),
    mistakes: (v) => [nCr(v.m + v.w, v.r + v.s), nCr(v.m, v.r) + nCr(v.w, v.s), nPr(v.m, v.r) * nPr(v.w, v.s)],
    solution: (v) => `${'$'}{}^{${v.m}}C_{${v.r}} \\times {}^{${v.w}}C_{${v.s}}${'$'}.`,
    hi: {
      text: (v) => `${v.m} पुरुषों और ${v.w} महिलाओं में से ${v.r} पुरुषों और ${v.s} महिलाओं की एक समिति बनानी है। यह कितने प्रकार से किया जा सकता है?`,
      solution: (v) => `${'$'}{}^{${v.m}}C_{${v.r}} \\times {}^{${v.w}}C_{${v.s}}${'$'}।`,
    },
  }),
  formula({
    id: 'm.pc.circular', subject: 'MATH', concepts: ['M.PC.CIRC', 'M.PC.PERM'], difficulty: 3,
    vars: { n: range(4, 9), w: range(0, 2) },
    text: (v) => [`In how many ways can ${v.n} people sit around a round table?`, `How many different necklaces can be made from ${v.n} distinct beads?`, `In how many ways can ${v.n} people sit around a round table if two particular people must sit together?`][v.w] as string,
    unit: '',
    result: [0, 50_000],
    answer: (v) => [factorial(v.n - 1), factorial(v.n - 1) / 2, 2 * factorial(v.n - 2)][v.w] as number,
    mistakes: (v) => [factorial(v.n), factorial(v.n - 1), factorial(v.n - 2), factorial(v.n - 1) / 2],
    solution: () => `Fix one person to remove rotations: $(n-1)!$; a necklace can also be flipped: $(n-1)!/2$; glue the pair (2 internal orders): $2(n-2)!$.`,
    hi: {
      text: (v) => [`${v.n} व्यक्ति एक गोल मेज़ के चारों ओर कितने प्रकार से बैठ सकते हैं?`, `${v.n} भिन्न मनकों से कितने भिन्न हार बनाए जा सकते हैं?`, `${v.n} व्यक्ति एक गोल मेज़ के चारों ओर कितने प्रकार से बैठ सकते हैं, यदि दो विशेष व्यक्ति साथ-साथ बैठें?`][v.w] as string,
      solution: () => `घूर्णन हटाने के लिए एक व्यक्ति को स्थिर कीजिए: $(n-1)!$; हार को पलटा भी जा सकता है: $(n-1)!/2$; युग्म को एक इकाई मानिए (2 आंतरिक क्रम): $2(n-2)!$।`,
    },
  }),
  formula({
    id: 'm.stat.mean-median', subject: 'MATH', concepts: ['M.STAT.CENTRAL'], difficulty: 1,
    vars: { d1: range(1, 40), d2: range(1, 40), d3: range(1, 40), d4: range(1, 40), d5: range(1, 40), w: range(0, 1) },
    text: (v) => `Find the ${v.w === 0 ? 'mean' : 'median'} of ${data(v).join(', ')}.`,
    unit: '',
    result: [0, 50],
    answer: (v) => (v.w === 0 ? mean(data(v)) : [...data(v)].sort((a, b) => a - b)[2]!),
    mistakes: (v) => (v.w === 0 ? [data(v)[2]!, mean(data(v)) + 1, data(v).reduce((a, b) => a + b, 0) / 4] : [data(v)[2]!, mean(data(v)), [...data(v)].sort((a, b) => a - b)[1]!]),
    solution: (v) => (v.w === 0 ? `Mean = sum / 5.` : `Sort the data; the median is the 3rd value.`),
    hi: {
      text: (v) => `${data(v).join(', ')} का ${v.w === 0 ? 'माध्य' : 'माध्यिका'} ज्ञात कीजिए।`,
      solution: (v) => (v.w === 0 ? `माध्य = योग / 5।` : `आँकड़ों को क्रम में रखिए; माध्यिका तीसरा मान है।`),
    },
  }),
  formula({
    id: 'm.stat.variance', subject: 'MATH', concepts: ['M.STAT.DISP', 'M.STAT.CENTRAL'], difficulty: 2,
    vars: { d1: range(1, 20), d2: range(1, 20), d3: range(1, 20), d4: range(1, 20), d5: range(1, 20) },
    text: (v) => `Find the variance of ${data(v).join(', ')}.`,
    unit: '',
    result: [0, 100],
    answer: (v) => mean(data(v).map((x) => x * x)) - mean(data(v)) ** 2,
    mistakes: (v) => { const s = mean(data(v).map((x) => x * x)) - mean(data(v)) ** 2; return [(s * 5) / 4, Math.sqrt(s), mean(data(v).map((x) => x * x))]; },
    solution: () => `$\\sigma^2 = \\frac{\\sum x_i^2}{n} - \\bar x^2$.`,
    hi: {
      text: (v) => `${data(v).join(', ')} का प्रसरण ज्ञात कीजिए।`,
      solution: () => `$\\sigma^2 = \\frac{\\sum x_i^2}{n} - \\bar x^2$।`,
    },
  }),
  formula({
    id: 'm.prob.two-dice', subject: 'MATH', concepts: ['M.PROB.BASIC'], difficulty: 2,
    vars: { s: range(2, 12), w: range(0, 1) },
    text: (v) => `Two fair dice are thrown. Find the probability that the sum is ${v.w === 0 ? 'exactly' : 'at least'} ${v.s}.`,
    unit: '',
    result: [0, 1],
    answer: (v) => { let c = 0; for (let a = 1; a <= 6; a++) for (let b = 1; b <= 6; b++) if (v.w === 0 ? a + b === v.s : a + b >= v.s) c++; return c / 36; },
    mistakes: (v) => [1 / 11, (6 - Math.abs(7 - v.s)) / 6, (6 - Math.abs(7 - v.s) + 1) / 36],
    solution: () => `Count favourable ordered pairs out of the 36 equally likely outcomes.`,
    hi: {
      text: (v) => `दो न्याय्य पासे फेंके जाते हैं। योग के ${v.w === 0 ? 'ठीक' : 'कम से कम'} ${v.s} होने की प्रायिकता ज्ञात कीजिए।`,
      solution: () => `36 समसंभाव्य परिणामों में से अनुकूल क्रमित युग्म गिनिए।`,
    },
  }),
  formula({
    id: 'm.prob.independent', subject: 'MATH', concepts: ['M.PROB.INDEP', 'M.PROB.BASIC'], difficulty: 2,
    vars: { p: range(0.1, 0.9, 0.1), q: range(0.1, 0.9, 0.1) },
    text: (v) => `$A$ and $B$ are independent with $P(A) = ${v.p}$ and $P(B) = ${v.q}$. Find the probability that at least one of them occurs.`,
    unit: '',
    result: [0, 1],
    answer: (v) => 1 - (1 - v.p) * (1 - v.q),
    // Also: the probability of neither, (1 − p)(1 − q), left unsubtracted; exactly one occurring.
    mistakes: (v) => [v.p + v.q, v.p * v.q, 1 - v.p * v.q, (1 - v.p) * (1 - v.q), v.p + v.q - 2 * v.p * v.q],
    solution: () => `$P(A\\cup B) = 1 - P(A')P(B')$ for independent events.`,
    hi: {
      text: (v) => `$A$ और $B$ स्वतंत्र घटनाएँ हैं, $P(A) = ${v.p}$ और $P(B) = ${v.q}$। उनमें से कम से कम एक के घटित होने की प्रायिकता ज्ञात कीजिए।`,
      solution: () => `स्वतंत्र घटनाओं के लिए $P(A\\cup B) = 1 - P(A')P(B')$।`,
    },
  }),
  formula({
    id: 'm.prob.bayes-urns', subject: 'MATH', concepts: ['M.PROB.COND', 'M.PROB.INDEP'], difficulty: 4,
    vars: { r1: range(1, 8), b1: range(1, 8), r2: range(1, 8), b2: range(1, 8) },
    text: (v) => `Urn I has ${v.r1} red and ${v.b1} black balls; urn II has ${v.r2} red and ${v.b2} black balls. An urn is chosen at random and a ball drawn is red. Find the probability that it came from urn I.`,
    unit: '',
    result: [0, 1],
    answer: (v) => (v.r1 / (v.r1 + v.b1)) / (v.r1 / (v.r1 + v.b1) + v.r2 / (v.r2 + v.b2)),
    mistakes: (v) => [v.r1 / (v.r1 + v.r2), v.r1 / (v.r1 + v.b1), 0.5],
    solution: () => `Bayes: $P(I\\mid R) = \\frac{\\frac12 P(R\\mid I)}{\\frac12 P(R\\mid I) + \\frac12 P(R\\mid II)}$.`,
    hi: {
      text: (v) => `कलश I में ${v.r1} लाल और ${v.b1} काली गेंदें हैं; कलश II में ${v.r2} लाल और ${v.b2} काली गेंदें हैं। यादृच्छया एक कलश चुनकर निकाली गई गेंद लाल है। इसके कलश I से होने की प्रायिकता ज्ञात कीजिए।`,
      solution: () => `बेज़ प्रमेय: $P(I\\mid R) = \\frac{\\frac12 P(R\\mid I)}{\\frac12 P(R\\mid I) + \\frac12 P(R\\mid II)}$।`,
    },
  }),
  formula({
    id: 'm.prob.binomial', subject: 'MATH', concepts: ['M.PROB.DIST', 'M.BIN.EXP'], difficulty: 3,
    vars: { n: range(3, 8), k: range(2, 6), r: range(0, 8), w: range(0, 1) },
    text: (v) => (v.w === 0 ? `A biased coin with $P(\\text{head}) = \\frac{1}{${v.k}}$ is tossed ${v.n} times. Find $P(\\text{exactly } ${Math.min(v.r, v.n)} \\text{ heads})$.` : `$X \\sim B(${v.n}, \\frac{1}{${v.k}})$. Find the variance of $X$.`),
    unit: '',
    result: [0, 2],
    answer: (v) => { const p = 1 / v.k; const r = Math.min(v.r, v.n); return v.w === 0 ? nCr(v.n, r) * p ** r * (1 - p) ** (v.n - r) : v.n * p * (1 - p); },
    mistakes: (v) => { const p = 1 / v.k; const r = Math.min(v.r, v.n); return v.w === 0 ? [p ** r * (1 - p) ** (v.n - r), nCr(v.n, r) * p ** r, nCr(v.n, r) * p ** (v.n - r) * (1 - p) ** r] : [v.n * p, v.n * p * p, Math.sqrt(v.n * p * (1 - p))]; },
    solution: () => `$P(X = r) = {}^nC_r p^r (1-p)^{n-r}$; $\\operatorname{Var}X = np(1-p)$.`,
    hi: {
      text: (v) => (v.w === 0 ? `एक अभिनत सिक्के को, जिस पर चित आने की प्रायिकता $\\frac{1}{${v.k}}$ है, ${v.n} बार उछाला जाता है। ठीक ${Math.min(v.r, v.n)} चित आने की प्रायिकता ज्ञात कीजिए।` : `$X \\sim B(${v.n}, \\frac{1}{${v.k}})$ है। $X$ का प्रसरण ज्ञात कीजिए।`),
      solution: () => `$P(X = r) = {}^nC_r p^r (1-p)^{n-r}$; $\\operatorname{Var}X = np(1-p)$।`,
    },
  }),
];
