import { fracTex, polyTex, term } from './format.ts';
import { multi, nCr, num, QUADRUPLES, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Second and third question shapes for Maths concepts: multi-step problems in the style of JEE
 * Main and Advanced, each in English and Hindi. Every template is checked in
 * math-depth-a.test.ts by an independent route (enumeration, numeric integration, direct
 * evaluation of a constructed example), never by the formula used here.
 */

const M = 'MATH' as const;

/** Words for the arrangement template (at most 8 letters, some with repeated letters). */
export const ARRANGE_WORDS = ['BALLOON', 'LETTER', 'COFFEE', 'PEPPER', 'BANANA', 'SUCCESS', 'ENGINEER', 'ARRANGE', 'COLLEGE', 'EXAMINE', 'DAUGHTER', 'ORANGE', 'MOTHER', 'GARDEN', 'PENCIL', 'FORMULA', 'TRIANGLE', 'EQUATION', 'INTEGER', 'ALGEBRA'] as const;

/** Sheets a × b (a < b ≤ 48) whose best open-box cut is rational: a² − ab + b² is a square. */
const BOX_SHEETS: [number, number][] = [];
for (let a = 3; a <= 40; a++) {
  for (let b = a + 1; b <= 48; b++) {
    const root = Math.sqrt(a * a - a * b + b * b);
    if (Number.isInteger(root)) BOX_SHEETS.push([a, b]);
  }
}

/** Exam words used in several Hindi stems. */
const HI_FIND = 'का मान ज्ञात कीजिए।';

export const mathDepthAGenerators: GeneratorDef[] = [
  {
    id: 'm.sets.three-set-none',
    subject: M,
    concepts: ['M.SETS.OPS'],
    difficulty: 3,
    build(rng) {
      // The eight Venn regions are drawn first; the stem gives only the totals a survey reports.
      const only = [rng.int(5, 30), rng.int(5, 30), rng.int(5, 30)] as const;
      const ab = rng.int(2, 12);
      const bc = rng.int(2, 12);
      const ca = rng.int(2, 12);
      const abc = rng.int(1, 8);
      const none = rng.int(0, 25);
      const A = only[0] + ab + ca + abc;
      const B = only[1] + ab + bc + abc;
      const C = only[2] + bc + ca + abc;
      const AB = ab + abc;
      const BC = bc + abc;
      const CA = ca + abc;
      const N = only[0] + only[1] + only[2] + ab + bc + ca + abc + none;
      const union = A + B + C - AB - BC - CA + abc;
      const value = N - union;
      const facts = `${A} like Physics, ${B} like Chemistry, ${C} like Mathematics, ${AB} like Physics and Chemistry, ${BC} like Chemistry and Mathematics, ${CA} like Mathematics and Physics, and ${abc} like all three`;
      const factsHi = `${A} को भौतिकी, ${B} को रसायन, ${C} को गणित, ${AB} को भौतिकी और रसायन, ${BC} को रसायन और गणित, ${CA} को गणित और भौतिकी, तथा ${abc} को तीनों विषय पसंद हैं`;
      return num({
        params: { o1: only[0], o2: only[1], o3: only[2], ab, bc, ca, abc, none },
        text: `In a survey of ${N} students, ${facts}. How many students like none of the three subjects?`,
        value,
        unit: '',
        mistakes: [value + abc, N - (only[0] + only[1] + only[2]), union],
        solution: `$n(P \\cup C \\cup M) = ${A} + ${B} + ${C} - ${AB} - ${BC} - ${CA} + ${abc} = ${union}$, so $${N} - ${union} = ${value}$ like none.`,
        hi: {
          text: `${N} विद्यार्थियों के एक सर्वेक्षण में ${factsHi}। कितने विद्यार्थियों को तीनों में से कोई भी विषय पसंद नहीं है?`,
          solution: `$n(P \\cup C \\cup M) = ${A} + ${B} + ${C} - ${AB} - ${BC} - ${CA} + ${abc} = ${union}$, अतः $${N} - ${union} = ${value}$ विद्यार्थियों को कोई विषय पसंद नहीं है।`,
        },
        result: [0, 25],
      });
    },
  },
  {
    id: 'm.quad.cube-sum-of-roots',
    subject: M,
    concepts: ['M.QUAD.SYMM', 'M.QUAD.ROOTS'],
    difficulty: 3,
    build(rng) {
      const r1 = rng.int(-6, 6);
      let r2 = rng.int(-6, 6);
      if (r2 === r1) r2 = r1 === 6 ? -5 : r1 + 1;
      const p = r1 + r2;
      const q = r1 * r2;
      const value = p ** 3 - 3 * p * q;
      const eq = `${polyTex([q, -p, 1])} = 0`;
      return num({
        params: { r1, r2 },
        text: `If $\\alpha$ and $\\beta$ are the roots of $${eq}$, find $\\alpha^3 + \\beta^3$.`,
        value,
        unit: '',
        mistakes: [p ** 3 - p * q, p ** 3 + 3 * p * q, p ** 3 - 3 * q],
        solution: `$\\alpha + \\beta = ${p}$, $\\alpha\\beta = ${q}$ and $\\alpha^3 + \\beta^3 = (\\alpha + \\beta)^3 - 3\\alpha\\beta(\\alpha + \\beta) = ${p ** 3} - (${3 * p * q}) = ${value}$.`,
        hi: {
          text: `यदि $\\alpha$ और $\\beta$ समीकरण $${eq}$ के मूल हैं, तो $\\alpha^3 + \\beta^3$ ${HI_FIND}`,
          solution: `$\\alpha + \\beta = ${p}$, $\\alpha\\beta = ${q}$ तथा $\\alpha^3 + \\beta^3 = (\\alpha + \\beta)^3 - 3\\alpha\\beta(\\alpha + \\beta) = ${p ** 3} - (${3 * p * q}) = ${value}$।`,
        },
        result: [-450, 450],
      });
    },
  },
  {
    id: 'm.quad.root-facts-multi',
    subject: M,
    concepts: ['M.QUAD.FORM', 'M.QUAD.ROOTS'],
    difficulty: 4,
    build(rng) {
      let b = 0;
      let c = 0;
      let truth: boolean[] = [];
      // Redraw (deterministically, from the same stream) until at least one statement holds.
      for (let tries = 0; tries < 50; tries++) {
        b = rng.int(-7, 7);
        c = rng.int(-6, 9);
        const d = b * b - 4 * c;
        truth = [d > 0, d >= 0 && -b > 0 && c > 0, c * (1 + b + c) < 0, c - (b * b) / 4 < -1];
        if (truth.some(Boolean)) break;
      }
      const f = polyTex([c, b, 1]);
      const en = [
        'The roots are real and distinct.',
        'Both roots are positive.',
        'Exactly one root lies in the interval $(0, 1)$.',
        `The least value of $${f}$ over real $x$ is less than $-1$.`,
      ];
      const hi = [
        'मूल वास्तविक और भिन्न हैं।',
        'दोनों मूल धनात्मक हैं।',
        'अंतराल $(0, 1)$ में ठीक एक मूल स्थित है।',
        `वास्तविक $x$ के लिए $${f}$ का न्यूनतम मान $-1$ से कम है।`,
      ];
      const d = b * b - 4 * c;
      const why = `Discriminant $D = ${d}$; sum of roots $${-b}$, product $${c}$; $f(0)f(1) = ${c * (1 + b + c)}$; least value $c - b^2/4 = ${c - (b * b) / 4}$.`;
      const whyHi = `विविक्तकर $D = ${d}$; मूलों का योग $${-b}$, गुणनफल $${c}$; $f(0)f(1) = ${c * (1 + b + c)}$; न्यूनतम मान $c - b^2/4 = ${c - (b * b) / 4}$।`;
      return multi({
        params: { b, c },
        text: `For the quadratic equation $${f} = 0$, which of the following statements are correct?`,
        options: en.map((text, i) => ({ text, correct: truth[i] === true })),
        solution: why,
        hi: { text: `द्विघात समीकरण $${f} = 0$ के लिए निम्नलिखित में से कौन-से कथन सही हैं?`, solution: whyHi, options: hi },
      });
    },
  },
  {
    id: 'm.seq.ap-multiples-sum',
    subject: M,
    concepts: ['M.SEQ.AP'],
    difficulty: 2,
    build(rng) {
      const a = rng.int(100, 199);
      const b = rng.int(300, 999);
      const d = rng.int(3, 13);
      const first = Math.ceil(a / d) * d;
      const last = Math.floor(b / d) * d;
      const n = (last - first) / d + 1;
      const value = (n * (first + last)) / 2;
      return num({
        params: { a, b, d },
        text: `Find the sum of all integers from ${a} to ${b} (both included) that are divisible by ${d}.`,
        value,
        unit: '',
        mistakes: [((n + 1) * (first + last)) / 2, ((n - 1) * (first + last)) / 2, (n * (a + b)) / 2],
        solution: `The multiples form an A.P. from ${first} to ${last} with common difference ${d}: $n = \\frac{${last} - ${first}}{${d}} + 1 = ${n}$ terms, sum $\\frac{n}{2}(${first} + ${last}) = ${value}$.`,
        hi: {
          text: `${a} से ${b} तक (दोनों सम्मिलित) के उन सभी पूर्णांकों का योग ज्ञात कीजिए जो ${d} से विभाज्य हैं।`,
          solution: `ये गुणज ${first} से ${last} तक सार्व अंतर ${d} वाली समांतर श्रेढ़ी बनाते हैं: $n = \\frac{${last} - ${first}}{${d}} + 1 = ${n}$ पद, योग $\\frac{n}{2}(${first} + ${last}) = ${value}$।`,
        },
        result: [1000, 170000],
      });
    },
  },
  {
    id: 'm.seq.gp-sum-of-squares',
    subject: M,
    concepts: ['M.SEQ.GP'],
    difficulty: 3,
    build(rng) {
      const [p, q] = rng.pick([[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [-1, 2], [-1, 3], [-2, 3], [2, 5], [-3, 5]] as const);
      const a = rng.int(2, 12);
      const r = p / q;
      const value = (a * a) / (1 - r * r);
      return num({
        params: { a, p, q },
        text: `An infinite geometric progression has first term ${a} and common ratio $${fracTex(p, q)}$. Find the sum of the squares of all its terms.`,
        value,
        unit: '',
        mistakes: [a / (1 - r), (a / (1 - r)) ** 2, (a * a) / (1 - r)],
        solution: `The squares form a G.P. with first term $${a * a}$ and ratio $r^2 = ${fracTex(p * p, q * q)}$, so the sum is $\\frac{${a * a}}{1 - ${fracTex(p * p, q * q)}}$.`,
        hi: {
          text: `एक अनंत गुणोत्तर श्रेढ़ी का प्रथम पद ${a} और सार्व अनुपात $${fracTex(p, q)}$ है। इसके सभी पदों के वर्गों का योग ज्ञात कीजिए।`,
          solution: `वर्ग भी गुणोत्तर श्रेढ़ी बनाते हैं, प्रथम पद $${a * a}$ और अनुपात $r^2 = ${fracTex(p * p, q * q)}$; अतः योग $\\frac{${a * a}}{1 - ${fracTex(p * p, q * q)}}$ है।`,
        },
        result: [4, 400],
      });
    },
  },
  {
    id: 'm.bin.coefficient-of-product',
    subject: M,
    concepts: ['M.BIN.EXP', 'M.BIN.PROP'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(3, 10);
      const m = rng.int(2, 8);
      const k = rng.int(2, Math.min(6, n + m - 1));
      let value = 0;
      let unsigned = 0;
      for (let j = 0; j <= k; j++) {
        value += nCr(n, k - j) * nCr(m, j) * (j % 2 === 0 ? 1 : -1);
        unsigned += nCr(n, k - j) * nCr(m, j);
      }
      return num({
        params: { n, m, k },
        text: `Find the coefficient of $x^{${k}}$ in the expansion of $(1 + x)^{${n}}(1 - x)^{${m}}$.`,
        value,
        unit: '',
        mistakes: [unsigned, nCr(n + m, k), nCr(n, k) - nCr(m, k)],
        solution: `The coefficient is $\\sum_{j=0}^{${k}} \\binom{${n}}{${k}-j}\\binom{${m}}{j}(-1)^j = ${value}$: pick $x^{${k}-j}$ from the first factor and $(-x)^j$ from the second.`,
        hi: {
          text: `$(1 + x)^{${n}}(1 - x)^{${m}}$ के प्रसार में $x^{${k}}$ का गुणांक ज्ञात कीजिए।`,
          solution: `गुणांक $\\sum_{j=0}^{${k}} \\binom{${n}}{${k}-j}\\binom{${m}}{j}(-1)^j = ${value}$ है: पहले गुणनखंड से $x^{${k}-j}$ और दूसरे से $(-x)^j$ चुनिए।`,
        },
        result: [-20000, 20000],
      });
    },
  },
  {
    id: 'm.bin.weighted-coefficient-sums',
    subject: M,
    concepts: ['M.BIN.PROP'],
    difficulty: 3,
    build(rng) {
      const n = rng.int(4, 12);
      const v = rng.int(0, 2);
      const sums = ['\\sum_{k=0}^{n} k\\binom{n}{k}', '\\sum_{k=0}^{n} \\binom{n}{k}^2', '\\sum_{k=0}^{n} (k+1)\\binom{n}{k}'] as const;
      const values = [n * 2 ** (n - 1), nCr(2 * n, n), (n + 2) * 2 ** (n - 1)];
      const value = values[v] as number;
      const why = [
        `$k\\binom{n}{k} = n\\binom{n-1}{k-1}$, so the sum is $n2^{n-1} = ${value}$.`,
        `$\\sum \\binom{n}{k}\\binom{n}{n-k}$ counts ways to pick $n$ from $2n$: $\\binom{2n}{n} = ${value}$.`,
        `$\\sum k\\binom{n}{k} + \\sum \\binom{n}{k} = n2^{n-1} + 2^n = (n+2)2^{n-1} = ${value}$.`,
      ];
      const whyHi = [
        `$k\\binom{n}{k} = n\\binom{n-1}{k-1}$, अतः योग $n2^{n-1} = ${value}$ है।`,
        `$\\sum \\binom{n}{k}\\binom{n}{n-k}$ का अर्थ है $2n$ में से $n$ चुनने के तरीके: $\\binom{2n}{n} = ${value}$।`,
        `$\\sum k\\binom{n}{k} + \\sum \\binom{n}{k} = n2^{n-1} + 2^n = (n+2)2^{n-1} = ${value}$।`,
      ];
      return num({
        params: { n, v },
        text: `For $n = ${n}$, evaluate $${sums[v]}$.`,
        value,
        unit: '',
        mistakes: [2 ** n, n * 2 ** n, v === 1 ? 2 ** (2 * n - 1) : (n + 1) * 2 ** n],
        solution: why[v] as string,
        hi: { text: `$n = ${n}$ के लिए $${sums[v]}$ ${HI_FIND}`, solution: whyHi[v] as string },
        result: [16, 3000000],
      });
    },
  },
  {
    id: 'm.pc.committee-at-least',
    subject: M,
    concepts: ['M.PC.COMB'],
    difficulty: 3,
    build(rng) {
      const w = rng.int(3, 7);
      const m = rng.int(3, 7);
      const r = rng.int(3, Math.min(6, w + m - 2));
      const t = rng.int(1, Math.min(w, r) - 1);
      let value = 0;
      for (let i = t; i <= Math.min(w, r); i++) value += nCr(w, i) * nCr(m, r - i);
      return num({
        params: { w, m, r, t },
        text: `A committee of ${r} is to be chosen from ${w} women and ${m} men. In how many ways can this be done if the committee must include at least ${t} ${t === 1 ? 'woman' : 'women'}?`,
        value,
        unit: '',
        mistakes: [nCr(w, t) * nCr(w + m - t, r - t), nCr(w, t) * nCr(m, r - t), nCr(w + m, r)],
        solution: `Add the cases with exactly $i$ women, $i = ${t}, \\dots, ${Math.min(w, r)}$: $\\sum \\binom{${w}}{i}\\binom{${m}}{${r}-i} = ${value}$. (Choosing ${t} women first and then any ${r - t} of the rest counts committees more than once.)`,
        hi: {
          text: `${w} महिलाओं और ${m} पुरुषों में से ${r} सदस्यों की एक समिति चुननी है। यदि समिति में कम से कम ${t} महिला${t === 1 ? '' : 'एँ'} होनी चाहिए, तो यह कितने प्रकार से किया जा सकता है?`,
          solution: `ठीक $i$ महिलाओं वाली स्थितियों को जोड़िए, $i = ${t}, \\dots, ${Math.min(w, r)}$: $\\sum \\binom{${w}}{i}\\binom{${m}}{${r}-i} = ${value}$। (पहले ${t} महिलाएँ और फिर शेष में से कोई ${r - t} चुनने पर कुछ समितियाँ एक से अधिक बार गिनी जाती हैं।)`,
        },
        result: [1, 3003],
      });
    },
  },
  {
    id: 'm.pc.vowels-together',
    subject: M,
    concepts: ['M.PC.PERM', 'M.PC.FCP'],
    difficulty: 4,
    build(rng) {
      const w = rng.int(0, ARRANGE_WORDS.length - 1);
      const apart = rng.int(0, 1) === 1;
      const words = ARRANGE_WORDS;
      const word = words[w] as string;
      const letters = [...word];
      const isVowel = (ch: string) => 'AEIOU'.includes(ch);
      const vowels = letters.filter(isVowel);
      const consonants = letters.filter((ch) => !isVowel(ch));
      const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
      const repeats = (xs: string[]) => [...new Set(xs)].reduce((acc, ch) => acc * fact(xs.filter((x) => x === ch).length), 1);
      const outside = fact(consonants.length + 1) / repeats(consonants);
      const inside = fact(vowels.length) / repeats(vowels);
      const together = outside * inside;
      const total = fact(letters.length) / repeats(letters);
      const value = apart ? total - together : together;
      const block = `Treat the ${vowels.length} vowels (${vowels.join(', ')}) as one block: $\\frac{${consonants.length + 1}!}{${repeats(consonants)}}$ arrangements of the block and the consonants, times $\\frac{${vowels.length}!}{${repeats(vowels)}}$ inside the block $= ${together}$`;
      const blockHi = `${vowels.length} स्वरों (${vowels.join(', ')}) को एक खंड मानिए: खंड और व्यंजनों की $\\frac{${consonants.length + 1}!}{${repeats(consonants)}}$ व्यवस्थाएँ, गुणा खंड के भीतर $\\frac{${vowels.length}!}{${repeats(vowels)}}$ $= ${together}$`;
      return num({
        params: { w, apart: apart ? 1 : 0 },
        text: `In how many distinct ways can the letters of the word ${word} be arranged so that ${apart ? 'the vowels do not all come together' : 'all the vowels come together'}?`,
        value,
        unit: '',
        mistakes: apart ? [total, fact(letters.length) - together, total - outside] : [fact(consonants.length + 1) * fact(vowels.length), outside, total],
        solution: apart ? `All distinct arrangements: $${total}$. ${block}. Not all together: $${total} - ${together} = ${value}$.` : `${block}.`,
        hi: {
          text: `शब्द ${word} के अक्षरों को कितने भिन्न प्रकार से व्यवस्थित किया जा सकता है कि ${apart ? 'सभी स्वर एक साथ न हों' : 'सभी स्वर एक साथ रहें'}?`,
          solution: apart ? `सभी भिन्न व्यवस्थाएँ: $${total}$। ${blockHi}। सभी एक साथ नहीं: $${total} - ${together} = ${value}$।` : `${blockHi}।`,
        },
        result: [10, 40320],
      });
    },
  },
  {
    id: 'm.prob.bayes-two-urns',
    subject: M,
    concepts: ['M.PROB.COND', 'M.PROB.BASIC'],
    difficulty: 4,
    build(rng) {
      const r1 = rng.int(1, 8);
      const b1 = rng.int(1, 8);
      const r2 = rng.int(1, 8);
      const b2 = rng.int(1, 8);
      const faces = rng.int(1, 5); // urn I when the die shows 1..faces
      const p = faces / 6;
      const red1 = p * (r1 / (r1 + b1));
      const red2 = (1 - p) * (r2 / (r2 + b2));
      const value = red1 / (red1 + red2);
      const when = faces === 1 ? '1' : `1 to ${faces}`;
      const whenHi = faces === 1 ? '1' : `1 से ${faces}`;
      return num({
        params: { r1, b1, r2, b2, faces },
        text: `Urn I holds ${r1} red and ${b1} black balls; urn II holds ${r2} red and ${b2} black balls. A fair die is thrown: if it shows ${when}, a ball is drawn from urn I, otherwise from urn II. The ball drawn is red. Find the probability that it came from urn I.`,
        value,
        unit: '',
        mistakes: [r1 / (r1 + b1), r1 / (r1 + r2), red1],
        solution: `Bayes: $P(I \\mid R) = \\frac{P(I)P(R \\mid I)}{P(I)P(R \\mid I) + P(II)P(R \\mid II)} = \\frac{${fracTex(faces, 6)} \\cdot ${fracTex(r1, r1 + b1)}}{${fracTex(faces, 6)} \\cdot ${fracTex(r1, r1 + b1)} + ${fracTex(6 - faces, 6)} \\cdot ${fracTex(r2, r2 + b2)}}$.`,
        hi: {
          text: `पात्र I में ${r1} लाल और ${b1} काली गेंदें हैं; पात्र II में ${r2} लाल और ${b2} काली गेंदें हैं। एक निष्पक्ष पासा फेंका जाता है: यदि ${whenHi} आता है तो पात्र I से, अन्यथा पात्र II से एक गेंद निकाली जाती है। निकाली गई गेंद लाल है। प्रायिकता ज्ञात कीजिए कि यह पात्र I से निकाली गई थी।`,
          solution: `बेज़ प्रमेय: $P(I \\mid R) = \\frac{P(I)P(R \\mid I)}{P(I)P(R \\mid I) + P(II)P(R \\mid II)} = \\frac{${fracTex(faces, 6)} \\cdot ${fracTex(r1, r1 + b1)}}{${fracTex(faces, 6)} \\cdot ${fracTex(r1, r1 + b1)} + ${fracTex(6 - faces, 6)} \\cdot ${fracTex(r2, r2 + b2)}}$।`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.prob.binomial-at-least-two',
    subject: M,
    concepts: ['M.PROB.DIST', 'M.PROB.INDEP'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(4, 8);
      const k = rng.int(2, 6);
      const p = 1 / k;
      const q = 1 - p;
      const p0 = q ** n;
      const p1 = n * p * q ** (n - 1);
      const value = 1 - p0 - p1;
      return num({
        params: { n, k },
        text: `A marksman hits a target with probability $${fracTex(1, k)}$ on each shot, independently. In ${n} shots, find the probability that the target is hit at least twice.`,
        value,
        unit: '',
        mistakes: [1 - p0, 1 - q ** n - p * q ** (n - 1), 1 - p ** n - n * q * p ** (n - 1)],
        solution: `$X \\sim B(${n}, ${fracTex(1, k)})$: $P(X \\ge 2) = 1 - P(0) - P(1) = 1 - \\left(${fracTex(k - 1, k)}\\right)^{${n}} - ${n}\\cdot${fracTex(1, k)}\\left(${fracTex(k - 1, k)}\\right)^{${n - 1}}$.`,
        hi: {
          text: `एक निशानेबाज़ प्रत्येक प्रयास में स्वतंत्र रूप से $${fracTex(1, k)}$ प्रायिकता से लक्ष्य भेदता है। ${n} प्रयासों में लक्ष्य के कम से कम दो बार भेदे जाने की प्रायिकता ज्ञात कीजिए।`,
          solution: `$X \\sim B(${n}, ${fracTex(1, k)})$: $P(X \\ge 2) = 1 - P(0) - P(1) = 1 - \\left(${fracTex(k - 1, k)}\\right)^{${n}} - ${n}\\cdot${fracTex(1, k)}\\left(${fracTex(k - 1, k)}\\right)^{${n - 1}}$।`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.mat.adjoint-determinants',
    subject: M,
    concepts: ['M.MAT.INV', 'M.MAT.DET'],
    difficulty: 3,
    build(rng) {
      const d = rng.pick([-3, -2, 2, 3, 4, 5]);
      const k = rng.int(2, 3);
      const v = rng.int(0, 2);
      // An example matrix with this determinant, kept so the check can compute adjugates directly.
      const x = rng.int(-4, 4);
      const y = rng.int(-4, 4);
      const z = rng.int(-4, 4);
      const asks = ['|\\operatorname{adj} A|', '|\\operatorname{adj}(\\operatorname{adj} A)|', `|${k}\\,\\operatorname{adj} A|`] as const;
      const values = [d ** 2, d ** 4, k ** 3 * d ** 2];
      const value = values[v] as number;
      const why = [`For order $n$, $|\\operatorname{adj} A| = |A|^{n-1} = (${d})^2$.`, `$|\\operatorname{adj}(\\operatorname{adj} A)| = |A|^{(n-1)^2} = (${d})^4$.`, `$|kB| = k^n|B|$: $${k}^3 \\cdot (${d})^2$.`];
      return num({
        params: { d, k, v, x, y, z },
        text: `$A$ is a square matrix of order 3 with $|A| = ${d}$. Find $${asks[v]}$.`,
        value,
        unit: '',
        mistakes: [[d ** 3, d, d ** 4], [d ** 2, d ** 3, d ** 6], [k * d ** 2, k ** 3 * d, k ** 2 * d ** 2]][v] as number[],
        solution: `${why[v]} $= ${value}$.`,
        hi: { text: `$A$ कोटि 3 का एक वर्ग आव्यूह है जिसके लिए $|A| = ${d}$ है। $${asks[v]}$ ${HI_FIND}`, solution: `${(why[v] as string).replace('For order $n$,', 'कोटि $n$ के लिए')} $= ${value}$।` },
        result: [-700, 700],
      });
    },
  },
  {
    id: 'm.mat.infinitely-many-solutions',
    subject: M,
    concepts: ['M.MAT.LINSYS', 'M.MAT.DET'],
    difficulty: 4,
    build(rng) {
      const q = rng.int(2, 6);
      const a = rng.int(1, 9);
      const b = rng.int(1, 12);
      const lambda = 2 * q - 1;
      const mu = 2 * b - a;
      const value = lambda + mu;
      return num({
        params: { q, a, b },
        text: `The system $x + y + z = ${a}$, $x + 2y + ${q}z = ${b}$, $x + 3y + \\lambda z = \\mu$ has infinitely many solutions. Find $\\lambda + \\mu$.`,
        value,
        unit: '',
        mistakes: [2 * q + mu, lambda + 2 * b + a, lambda + b - a],
        solution: `$R_2 - R_1$: $y + ${q - 1}z = ${b - a}$; $R_3 - R_2$: $y + (\\lambda - ${q})z = \\mu - ${b}$. Infinitely many solutions need the two to coincide: $\\lambda = ${lambda}$, $\\mu = ${mu}$, so $\\lambda + \\mu = ${value}$.`,
        hi: {
          text: `समीकरण निकाय $x + y + z = ${a}$, $x + 2y + ${q}z = ${b}$, $x + 3y + \\lambda z = \\mu$ के अनंत हल हैं। $\\lambda + \\mu$ ${HI_FIND}`,
          solution: `$R_2 - R_1$: $y + ${q - 1}z = ${b - a}$; $R_3 - R_2$: $y + (\\lambda - ${q})z = \\mu - ${b}$। अनंत हलों के लिए दोनों समीकरण एक ही होने चाहिए: $\\lambda = ${lambda}$, $\\mu = ${mu}$, अतः $\\lambda + \\mu = ${value}$।`,
        },
        result: [-6, 35],
      });
    },
  },
  {
    id: 'm.int.area-parabola-chord',
    subject: M,
    concepts: ['M.INT.AREA', 'M.INT.DEF'],
    difficulty: 4,
    build(rng) {
      const x1 = rng.int(-4, 2);
      const x2 = x1 + rng.int(1, 5);
      const m = x1 + x2;
      const c = -x1 * x2;
      const w = x2 - x1;
      const value = w ** 3 / 6;
      const line = polyTex([c, m]);
      return num({
        params: { x1, x2 },
        text: `Find the area of the region bounded by the parabola $y = x^2$ and the line $y = ${line}$ (in square units).`,
        value,
        unit: '',
        mistakes: [w ** 3 / 3, w ** 2 / 2, (x2 ** 3 - x1 ** 3) / 3],
        solution: `They meet where $x^2 = ${line}$, i.e. $x = ${x1}$ and $x = ${x2}$. Area $= \\int_{${x1}}^{${x2}} (${line} - x^2)\\,dx = \\frac{(${x2} - (${x1}))^3}{6} = ${fracTex(w ** 3, 6)}$.`,
        hi: {
          text: `परवलय $y = x^2$ और रेखा $y = ${line}$ से घिरे क्षेत्र का क्षेत्रफल (वर्ग इकाई में) ज्ञात कीजिए।`,
          solution: `ये $x^2 = ${line}$ पर मिलते हैं, अर्थात् $x = ${x1}$ तथा $x = ${x2}$। क्षेत्रफल $= \\int_{${x1}}^{${x2}} (${line} - x^2)\\,dx = \\frac{(${x2} - (${x1}))^3}{6} = ${fracTex(w ** 3, 6)}$।`,
        },
        result: [0.1, 21],
      });
    },
  },
  {
    id: 'm.app.open-box-volume',
    subject: M,
    concepts: ['M.APP.MAXMIN', 'M.DERIV.RULES'],
    difficulty: 4,
    build(rng) {
      // Sheets whose optimum cut is rational: a² − ab + b² is a perfect square.
      const [a, b] = rng.pick(BOX_SHEETS);
      const x = (a + b - Math.sqrt(a * a - a * b + b * b)) / 6;
      const volume = (cut: number) => cut * (a - 2 * cut) * (b - 2 * cut);
      const value = volume(x);
      return num({
        params: { a, b },
        text: `Equal squares are cut from the four corners of a rectangular sheet ${a} cm by ${b} cm and the sides are folded up to make an open box. Find the greatest possible volume of the box (in cm³).`,
        value,
        unit: 'cm³',
        mistakes: [volume(Math.min(a, b) / 6), volume((a + b) / 12), x * (a - x) * (b - x)],
        solution: `$V(x) = x(${a} - 2x)(${b} - 2x)$; $V'(x) = 12x^2 - ${4 * (a + b)}x + ${a * b} = 0$ gives $x = ${fracTex(Math.round(x * 6), 6)}$ cm (the other root is too large), and $V = ${value.toFixed(2)}$ cm³.`,
        hi: {
          text: `${a} cm × ${b} cm की एक आयताकार चादर के चारों कोनों से बराबर वर्ग काटकर भुजाओं को मोड़कर एक खुला डिब्बा बनाया जाता है। डिब्बे का अधिकतम संभव आयतन (cm³ में) ज्ञात कीजिए।`,
          solution: `$V(x) = x(${a} - 2x)(${b} - 2x)$; $V'(x) = 12x^2 - ${4 * (a + b)}x + ${a * b} = 0$ से $x = ${fracTex(Math.round(x * 6), 6)}$ cm (दूसरा मूल बहुत बड़ा है), और $V = ${value.toFixed(2)}$ cm³।`,
        },
        result: [1, 20000],
      });
    },
  },
  {
    id: 'm.de.linear-initial-value',
    subject: M,
    concepts: ['M.DE.LINEAR'],
    difficulty: 4,
    build(rng) {
      const k = rng.int(1, 4);
      const b = rng.int(2, 12);
      const y0 = rng.int(0, 10);
      const t = rng.pick([0.5, 1, 1.5, 2]);
      const steady = b / k;
      const value = steady + (y0 - steady) * Math.exp(-k * t);
      return num({
        params: { k, b, y0, t },
        text: `$y(x)$ satisfies $\\frac{dy}{dx} + ${k === 1 ? '' : k}y = ${b}$ with $y(0) = ${y0}$. Find $y(${t})$.`,
        value,
        unit: '',
        mistakes: [steady + y0 * Math.exp(-k * t), y0 * Math.exp(-k * t), steady],
        solution: `Integrating factor $e^{${k === 1 ? '' : k}x}$: $y = ${fracTex(b, k)} + Ce^{-${k === 1 ? '' : k}x}$ with $C = y(0) - ${fracTex(b, k)}$, so $y(${t}) = ${fracTex(b, k)} + (${y0} - ${fracTex(b, k)})e^{-${k * t}}$.`,
        hi: {
          text: `$y(x)$ अवकल समीकरण $\\frac{dy}{dx} + ${k === 1 ? '' : k}y = ${b}$ को संतुष्ट करता है तथा $y(0) = ${y0}$ है। $y(${t})$ ${HI_FIND}`,
          solution: `समाकलन गुणक $e^{${k === 1 ? '' : k}x}$: $y = ${fracTex(b, k)} + Ce^{-${k === 1 ? '' : k}x}$ जहाँ $C = y(0) - ${fracTex(b, k)}$, अतः $y(${t}) = ${fracTex(b, k)} + (${y0} - ${fracTex(b, k)})e^{-${k * t}}$।`,
        },
        result: [0, 12],
      });
    },
  },
  {
    id: 'm.cg.circle-tangent-length',
    subject: M,
    concepts: ['M.CG.CIRCLE'],
    difficulty: 3,
    build(rng) {
      const [t, r, dist] = rng.pick(TRIPLES);
      const h = rng.int(-5, 5);
      const k = rng.int(-5, 5);
      const axis = rng.int(0, 1);
      const px = h + (axis === 0 ? dist : 0);
      const py = k + (axis === 1 ? -dist : 0);
      const c = h * h + k * k - r * r;
      const circle = `${['x^2 + y^2', term(-2 * h, 1, false, 'x'), term(-2 * k, 1, false, 'y'), term(c, 0)].filter(Boolean).join(' ')} = 0`;
      const value = Math.sqrt(px * px + py * py - 2 * h * px - 2 * k * py + c);
      return num({
        params: { t, r, dist, h, k, axis },
        text: `Find the length of the tangent drawn from the point $(${px}, ${py})$ to the circle $${circle}$.`,
        value,
        unit: '',
        mistakes: [dist, value * value, dist - r],
        solution: `The length of the tangent from $(x_1, y_1)$ is $\\sqrt{S_1}$, where $S_1$ is the circle's expression at that point: $\\sqrt{${px * px + py * py - 2 * h * px - 2 * k * py + c}} = ${value}$.`,
        hi: {
          text: `बिंदु $(${px}, ${py})$ से वृत्त $${circle}$ पर खींची गई स्पर्श रेखा की लंबाई ज्ञात कीजिए।`,
          solution: `$(x_1, y_1)$ से स्पर्श रेखा की लंबाई $\\sqrt{S_1}$ है, जहाँ $S_1$ उस बिंदु पर वृत्त के व्यंजक का मान है: $\\sqrt{${px * px + py * py - 2 * h * px - 2 * k * py + c}} = ${value}$।`,
        },
        result: [3, 24],
      });
    },
  },
  {
    id: 'm.vec.tetrahedron-volume',
    subject: M,
    concepts: ['M.VEC.TRIPLE', 'M.VEC.CROSS'],
    difficulty: 3,
    build(rng) {
      let a: number[] = [];
      let b: number[] = [];
      let c: number[] = [];
      let triple = 0;
      for (let tries = 0; tries < 50 && triple === 0; tries++) {
        a = [rng.int(-3, 4), rng.int(-3, 4), rng.int(-3, 4)];
        b = [rng.int(-3, 4), rng.int(-3, 4), rng.int(-3, 4)];
        c = [rng.int(-3, 4), rng.int(-3, 4), rng.int(-3, 4)];
        const cross = [(b[1]! * c[2]! - b[2]! * c[1]!), (b[2]! * c[0]! - b[0]! * c[2]!), (b[0]! * c[1]! - b[1]! * c[0]!)];
        triple = a[0]! * cross[0]! + a[1]! * cross[1]! + a[2]! * cross[2]!;
      }
      if (triple === 0) {
        // Practically unreachable; a fixed non-degenerate tetrahedron keeps the spec total.
        [a, b, c, triple] = [[1, 0, 0], [0, 2, 0], [1, 1, 3], 6];
      }
      const value = Math.abs(triple) / 6;
      const vec = (v: number[]) => `(${v.join(', ')})`;
      return num({
        params: { a1: a[0]!, a2: a[1]!, a3: a[2]!, b1: b[0]!, b2: b[1]!, b3: b[2]!, c1: c[0]!, c2: c[1]!, c3: c[2]! },
        text: `Find the volume of the tetrahedron with vertices $O(0, 0, 0)$, $A${vec(a)}$, $B${vec(b)}$ and $C${vec(c)}$ (in cubic units).`,
        value,
        unit: '',
        mistakes: [Math.abs(triple), Math.abs(triple) / 3, Math.abs(triple) / 2],
        solution: `Volume $= \\frac{1}{6}|[\\vec a\\ \\vec b\\ \\vec c]| = \\frac{1}{6}|${triple}| = ${fracTex(Math.abs(triple), 6)}$.`,
        hi: {
          text: `शीर्षों $O(0, 0, 0)$, $A${vec(a)}$, $B${vec(b)}$ और $C${vec(c)}$ वाले चतुष्फलक का आयतन (घन इकाई में) ज्ञात कीजिए।`,
          solution: `आयतन $= \\frac{1}{6}|[\\vec a\\ \\vec b\\ \\vec c]| = \\frac{1}{6}|${triple}| = ${fracTex(Math.abs(triple), 6)}$।`,
        },
        result: [0.1, 60],
      });
    },
  },
  {
    id: 'm.3d.distance-parallel-planes',
    subject: M,
    concepts: ['M.3D.PLANES'],
    difficulty: 3,
    build(rng) {
      const [a, b, c, len] = rng.pick(QUADRUPLES);
      const k = rng.int(2, 3);
      const d1 = rng.int(-12, 12);
      let d2 = rng.int(-30, 30);
      if (d2 === k * d1) d2 += k;
      const value = Math.abs(d1 - d2 / k) / len;
      const plane2 = `${k * a}x + ${k * b}y + ${k * c}z ${d2 >= 0 ? '+' : '-'} ${Math.abs(d2)} = 0`;
      const shifted = `${d2 >= 0 ? '+' : '-'} ${fracTex(Math.abs(d2), k)}`;
      const plane1 = `${a === 1 ? '' : a}x + ${b}y + ${c}z ${d1 >= 0 ? '+' : '-'} ${Math.abs(d1)} = 0`;
      return num({
        params: { a, b, c, len, k, d1, d2 },
        text: `Find the distance between the parallel planes $${plane1}$ and $${plane2}$.`,
        value,
        unit: '',
        mistakes: [Math.abs(d1 - d2) / len, Math.abs(d1 + d2 / k) / len, Math.abs(d1 - d2) / (k * len)],
        solution: `Write the second plane as $${a === 1 ? '' : a}x + ${b}y + ${c}z ${shifted} = 0$; then distance $= \\frac{|${d1} - (${fracTex(d2, k)})|}{\\sqrt{${a * a + b * b + c * c}}} = \\frac{|${d1} - (${fracTex(d2, k)})|}{${len}}$.`,
        hi: {
          text: `समांतर समतलों $${plane1}$ और $${plane2}$ के बीच की दूरी ज्ञात कीजिए।`,
          solution: `दूसरे समतल को $${a === 1 ? '' : a}x + ${b}y + ${c}z ${shifted} = 0$ लिखिए; तब दूरी $= \\frac{|${d1} - (${fracTex(d2, k)})|}{\\sqrt{${a * a + b * b + c * c}}} = \\frac{|${d1} - (${fracTex(d2, k)})|}{${len}}$।`,
        },
        result: [0, 15],
      });
    },
  },
  {
    id: 'm.trig.solution-count',
    subject: M,
    concepts: ['M.TRIG.EQN', 'M.TRIG.RATIOS'],
    difficulty: 3,
    build(rng) {
      const k = rng.int(1, 4);
      const m = rng.int(1, 4);
      const [sp, sq, sTex] = rng.pick([[1, 2, '\\frac{1}{2}'], [-1, 2, '-\\frac{1}{2}'], [1, 3, '\\frac{1}{3}'], [-2, 3, '-\\frac{2}{3}'], [3, 4, '\\frac{3}{4}']] as const);
      const s = sp / sq;
      // sin(kx) over [0, mπ] runs through k·m half-periods; each half-period of the right sign
      // holds two solutions of sin = s (0 < |s| < 1).
      let value = 0;
      for (let j = 0; j < k * m; j++) if ((j % 2 === 0) === s > 0) value += 2;
      return num({
        params: { k, m, sp, sq },
        text: `How many solutions does $\\sin ${k === 1 ? '' : k}x = ${sTex}$ have in the interval $[0, ${m === 1 ? '' : m}\\pi]$?`,
        value,
        unit: '',
        mistakes: [2 * k * m, k * m, value + 1],
        solution: `As $x$ runs over $[0, ${m === 1 ? '' : m}\\pi]$, $${k === 1 ? '' : k}x$ runs over ${k * m} half-periods of $\\sin$; $\\sin$ is ${s > 0 ? 'positive' : 'negative'} on ${value / 2} of them, and each such half-period holds two solutions: ${value}.`,
        hi: {
          text: `अंतराल $[0, ${m === 1 ? '' : m}\\pi]$ में समीकरण $\\sin ${k === 1 ? '' : k}x = ${sTex}$ के कितने हल हैं?`,
          solution: `जब $x$, $[0, ${m === 1 ? '' : m}\\pi]$ में चलता है, $${k === 1 ? '' : k}x$, $\\sin$ के ${k * m} अर्ध-आवर्तों से गुजरता है; इनमें से ${value / 2} पर $\\sin$ ${s > 0 ? 'धनात्मक' : 'ऋणात्मक'} है और प्रत्येक में दो हल हैं: ${value}।`,
        },
        result: [0, 32],
      });
    },
  },
  {
    id: 'm.stat.corrected-variance',
    subject: M,
    concepts: ['M.STAT.DISP', 'M.STAT.CENTRAL'],
    difficulty: 4,
    build(rng) {
      const xs = Array.from({ length: 10 }, () => rng.int(10, 40));
      const wrongIndex = rng.int(0, 9);
      const right = xs[wrongIndex] as number;
      let recorded = rng.int(10, 60);
      if (recorded === right) recorded += 7;
      const wrong = xs.map((x, i) => (i === wrongIndex ? recorded : x));
      const mean = (ys: number[]) => ys.reduce((s, y) => s + y, 0) / ys.length;
      const sq = (ys: number[]) => ys.reduce((s, y) => s + y * y, 0) / ys.length;
      const m1 = mean(wrong);
      const v1 = sq(wrong) - m1 * m1;
      // Correct from the reported statistics only, as a student would.
      const sum = 10 * m1 - recorded + right;
      const sumSq = 10 * (v1 + m1 * m1) - recorded * recorded + right * right;
      const value = sumSq / 10 - (sum / 10) ** 2;
      const params: Record<string, number> = { wrongIndex, recorded };
      xs.forEach((x, i) => (params[`x${i}`] = x));
      return num({
        params,
        text: `The mean and variance of 10 observations were found to be ${m1.toFixed(1)} and ${v1.toFixed(2)}. Later it was found that one observation was recorded as ${recorded} instead of ${right}. Find the correct variance.`,
        value,
        unit: '',
        // Named slips, kept only where they are still a possible variance (never negative).
        mistakes: [sumSq / 10 - m1 * m1, v1 + (right * right - recorded * recorded) / 10, v1, (value * 10) / 9].filter((x) => x > 0),
        solution: `Correct sum $= 10 \\times ${m1.toFixed(1)} - ${recorded} + ${right} = ${sum}$; correct sum of squares $= 10(${v1.toFixed(2)} + ${m1.toFixed(1)}^2) - ${recorded}^2 + ${right}^2 = ${sumSq}$; variance $= \\frac{${sumSq}}{10} - \\left(\\frac{${sum}}{10}\\right)^2 = ${value.toFixed(2)}$.`,
        hi: {
          text: `10 प्रेक्षणों का माध्य और प्रसरण क्रमशः ${m1.toFixed(1)} और ${v1.toFixed(2)} पाया गया। बाद में पता चला कि एक प्रेक्षण ${right} के स्थान पर ${recorded} लिखा गया था। सही प्रसरण ज्ञात कीजिए।`,
          solution: `सही योग $= 10 \\times ${m1.toFixed(1)} - ${recorded} + ${right} = ${sum}$; वर्गों का सही योग $= 10(${v1.toFixed(2)} + ${m1.toFixed(1)}^2) - ${recorded}^2 + ${right}^2 = ${sumSq}$; प्रसरण $= \\frac{${sumSq}}{10} - \\left(\\frac{${sum}}{10}\\right)^2 = ${value.toFixed(2)}$।`,
        },
        result: [0, 650],
      });
    },
  },
  {
    id: 'm.lim.rationalise-root',
    subject: M,
    concepts: ['M.LIM.BASIC'],
    difficulty: 3,
    build(rng) {
      const r = rng.int(1, 6);
      const a = r * r;
      const b = rng.int(1, 9) * (rng.int(0, 1) === 0 ? 1 : -1);
      const value = b / (2 * r);
      const inner = `${a} ${b >= 0 ? '+' : '-'} ${Math.abs(b) === 1 ? '' : Math.abs(b)}x`;
      return num({
        params: { r, b },
        text: `Evaluate $\\lim_{x \\to 0} \\dfrac{\\sqrt{${inner}} - ${r}}{x}$.`,
        value,
        unit: '',
        mistakes: [b / r, b / (2 * a), value === 0 ? 1 : -value],
        solution: `Multiply by the conjugate: $\\frac{(${inner}) - ${a}}{x(\\sqrt{${inner}} + ${r})} \\to \\frac{${b}}{${2 * r}} = ${fracTex(b, 2 * r)}$.`,
        hi: {
          text: `$\\lim_{x \\to 0} \\dfrac{\\sqrt{${inner}} - ${r}}{x}$ ${HI_FIND}`,
          solution: `संयुग्मी से गुणा कीजिए: $\\frac{(${inner}) - ${a}}{x(\\sqrt{${inner}} + ${r})} \\to \\frac{${b}}{${2 * r}} = ${fracTex(b, 2 * r)}$।`,
        },
        result: [-4.5, 4.5],
      });
    },
  },
  {
    id: 'm.int.king-property',
    subject: M,
    concepts: ['M.INT.PROP', 'M.INT.DEF'],
    difficulty: 4,
    build(rng) {
      const a = rng.int(0, 6);
      const b = a + rng.int(1, 9);
      const n = rng.int(2, 5);
      const s = a + b;
      const value = (b - a) / 2;
      const integrand = `\\dfrac{x^{${n}}}{x^{${n}} + (${s} - x)^{${n}}}`;
      return num({
        params: { a, b, n },
        text: `Evaluate $\\displaystyle\\int_{${a}}^{${b}} ${integrand}\\,dx$.`,
        value,
        unit: '',
        mistakes: [b - a, (b - a) / 4, s / 2],
        solution: `Call it $I$. Replacing $x$ by $${s} - x$ gives $I = \\int_{${a}}^{${b}} \\frac{(${s} - x)^{${n}}}{x^{${n}} + (${s} - x)^{${n}}}\\,dx$; adding, $2I = \\int_{${a}}^{${b}} dx = ${b - a}$, so $I = ${fracTex(b - a, 2)}$.`,
        hi: {
          text: `$\\displaystyle\\int_{${a}}^{${b}} ${integrand}\\,dx$ ${HI_FIND}`,
          solution: `मान लीजिए यह $I$ है। $x$ के स्थान पर $${s} - x$ रखने पर $I = \\int_{${a}}^{${b}} \\frac{(${s} - x)^{${n}}}{x^{${n}} + (${s} - x)^{${n}}}\\,dx$; जोड़ने पर $2I = \\int_{${a}}^{${b}} dx = ${b - a}$, अतः $I = ${fracTex(b - a, 2)}$।`,
        },
        result: [0.5, 4.5],
      });
    },
  },
];
