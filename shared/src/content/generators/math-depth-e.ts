import { fracTex } from './format.ts';
import { factorial, nPr, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Counting, statistics and probability shapes, and JEE Advanced-style problems (paragraph-like
 * AP–GP, greatest binomial term, optimisation of solids, tangent areas, hypergeometric variance)
 * in English and Hindi. Checked in math-depth-e.test.ts by brute-force enumeration, ogive
 * bisection, series truncation, golden-section search and Simpson integration.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';

/** Words with distinct letters for the dictionary-rank template. */
export const RANK_WORDS = ['MOTHER', 'GARDEN', 'PENCIL', 'NUMBER', 'CHAIR', 'SOLVE', 'MASTER', 'FRIEND', 'PLANET', 'STUDY', 'TIGER', 'ORANGE', 'BRIGHT', 'FACTOR', 'MODULE'] as const;

/** Events a player needs on one turn, with their probability as a fraction (numerator, denominator). */
export const TURN_EVENTS: readonly { en: string; hi: string; p: readonly [number, number] }[] = [
  { en: 'a six with one die', hi: 'एक पासे पर छह', p: [1, 6] },
  { en: 'an even number with one die', hi: 'एक पासे पर सम संख्या', p: [1, 2] },
  { en: 'a number greater than 4 with one die', hi: 'एक पासे पर 4 से बड़ी संख्या', p: [1, 3] },
  { en: 'a sum of 9 with two dice', hi: 'दो पासों पर योग 9', p: [1, 9] },
  { en: 'a doublet with two dice', hi: 'दो पासों पर द्विक (दोनों पर समान अंक)', p: [1, 6] },
  { en: 'a sum of 10 or more with two dice', hi: 'दो पासों पर 10 या अधिक योग', p: [1, 6] },
  { en: 'a sum of 5 with two dice', hi: 'दो पासों पर योग 5', p: [1, 9] },
  { en: 'a prime number with one die', hi: 'एक पासे पर अभाज्य संख्या', p: [1, 2] },
];

/** Hit probabilities (numerator, denominator) for the three-shooter template. */
export const SHOT_P: readonly (readonly [number, number])[] = [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [2, 5], [3, 5], [4, 5], [1, 5]];

function rankOf(word: string): number {
  let rank = 1;
  const letters = word.split('');
  for (let i = 0; i < letters.length; i++) {
    const smaller = letters.slice(i + 1).filter((c) => c < letters[i]!).length;
    rank += smaller * factorial(letters.length - 1 - i);
  }
  return rank;
}

export const mathDepthEGenerators: GeneratorDef[] = [
  {
    id: 'm.pc.digit-numbers-condition',
    subject: M,
    concepts: ['M.PC.FCP', 'M.PC.PERM'],
    difficulty: 3,
    build(rng) {
      let digits: number[] = [];
      let n = 3;
      let rep = 0;
      let cond = 0;
      let lasts: number[] = [];
      for (let tries = 0; tries < 60; tries++) {
        digits = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, rng.int(4, 7)).sort((x, y) => x - y);
        n = rng.int(3, 4);
        rep = rng.int(0, 1);
        cond = rng.int(0, 1);
        lasts = digits.filter((x) => (cond === 0 ? x % 2 === 0 : x % 5 === 0));
        if (lasts.length > 0 && digits.some((x) => x !== 0)) break;
      }
      if (lasts.length === 0 || digits.every((x) => x === 0)) [digits, n, rep, cond, lasts] = [[0, 1, 2, 5], 3, 0, 0, [0, 2]];
      const d = digits.length;
      const hasZero = digits.includes(0) ? 1 : 0;
      // Leading digit non-zero; the last digit from the allowed ones; without repetition, the
      // leading digit's choices depend on whether the last digit used up a non-zero digit.
      const value = rep === 1
        ? (d - hasZero) * d ** (n - 2) * lasts.length
        : lasts.reduce((s, l) => s + (d - 1 - (hasZero && l !== 0 ? 1 : 0)) * nPr(d - 2, n - 2), 0);
      const mistakes = rep === 1
        ? [d ** (n - 1) * lasts.length, (d - hasZero) * d ** (n - 1), d ** n]
        : [lasts.length * nPr(d - 1, n - 1), (d - hasZero) * nPr(d - 1, n - 1), lasts.reduce((s, l) => s + (d - 1 - (l !== 0 ? 1 : 0)) * nPr(d - 2, n - 2), 0) || nPr(d, n)];
      const list = digits.join(', ');
      const whatHi = cond === 0 ? 'सम' : '5 से विभाज्य';
      return num({
        params: { mask: digits.reduce((s, x) => s + 2 ** x, 0), n, rep, cond },
        text: `How many ${cond === 0 ? `even ${n}-digit numbers` : `${n}-digit numbers divisible by 5`} can be formed using the digits ${list}, ${rep === 1 ? 'repetition allowed' : 'no digit repeated'}?`,
        value,
        unit: '',
        mistakes,
        solution: rep === 1
          ? `Last place: ${lasts.length} choices (${lasts.join(', ')}); first place: ${d - hasZero} non-zero digits; ${n === 3 ? 'the middle place' : 'each of the 2 middle places'}: ${d} digits. Total $${d - hasZero} \\times ${d}^{${n - 2}} \\times ${lasts.length} = ${value}$.`
          : `Fix the last digit first. ${lasts.map((l) => `Last digit ${l}: ${d - 1 - (hasZero && l !== 0 ? 1 : 0)} choices for the first place, then ${'$'}{}^{${d - 2}}P_{${n - 2}}${'$'} for the middle`).join('; ')}. Total ${value}.`,
        hi: {
          text: `अंकों ${list} से, ${rep === 1 ? 'पुनरावृत्ति की अनुमति के साथ' : 'किसी अंक की पुनरावृत्ति के बिना'}, ${n} अंकों वाली कितनी ${whatHi} संख्याएँ बनाई जा सकती हैं?`,
          solution: rep === 1
            ? `अंतिम स्थान: ${lasts.length} विकल्प (${lasts.join(', ')}); पहला स्थान: ${d - hasZero} शून्येतर अंक; ${n === 3 ? 'बीच का स्थान' : 'बीच के 2 स्थानों में प्रत्येक'}: ${d} अंक। कुल $${d - hasZero} \\times ${d}^{${n - 2}} \\times ${lasts.length} = ${value}$।`
            : `पहले अंतिम अंक निश्चित कीजिए। ${lasts.map((l) => `अंतिम अंक ${l}: पहले स्थान के ${d - 1 - (hasZero && l !== 0 ? 1 : 0)} विकल्प, फिर बीच के लिए ${'$'}{}^{${d - 2}}P_{${n - 2}}${'$'}`).join('; ')}। कुल ${value}।`,
        },
        result: [1, 2500],
      });
    },
  },
  {
    id: 'm.pc.dictionary-rank',
    subject: M,
    concepts: ['M.PC.FCP', 'M.PC.PERM'],
    difficulty: 4,
    build(rng) {
      const i = rng.int(0, RANK_WORDS.length - 1);
      const w = RANK_WORDS[i]!;
      const value = rankOf(w);
      const L = w.length;
      const sorted = [...w].sort().join('');
      // Mistakes: the words before it (no +1); smaller letters counted among all letters, not the
      // remaining ones; the position counted from the end.
      let allSmaller = 1;
      for (let k = 0; k < L; k++) allSmaller += [...w].filter((c) => c < w[k]!).length * factorial(L - 1 - k);
      return num({
        params: { i },
        text: `All the words (with or without meaning) formed by using all the letters of ${w}, each once, are arranged in dictionary order. Find the rank of the word ${w}.`,
        value,
        unit: '',
        mistakes: [value - 1, allSmaller, factorial(L) - value + 1, value + 1],
        solution: `In alphabetical order the letters are ${sorted}. For each position, count the unused letters smaller than the letter of ${w} there and multiply by the factorial of the places to its right; the words before ${w} number ${value - 1}, so its rank is ${value}.`,
        hi: {
          text: `${w} के सभी अक्षरों को एक-एक बार प्रयोग करके बने सभी शब्दों (अर्थपूर्ण या अर्थहीन) को शब्दकोश क्रम में व्यवस्थित किया जाता है। शब्द ${w} का स्थान (रैंक) ${HI_FIND}`,
          solution: `वर्णानुक्रम में अक्षर ${sorted} हैं। प्रत्येक स्थान के लिए, वहाँ ${w} के अक्षर से छोटे अप्रयुक्त अक्षर गिनिए और उसके दाईं ओर के स्थानों के क्रमगुणित से गुणा कीजिए; ${w} से पहले ${value - 1} शब्द हैं, अतः उसका स्थान ${value} है।`,
        },
        result: [1, 720],
      });
    },
  },
  {
    id: 'm.stat.missing-frequency',
    subject: M,
    concepts: ['M.STAT.CENTRAL'],
    difficulty: 2,
    build(rng) {
      let xs: number[] = [];
      let fs: number[] = [];
      let j = 0;
      let mean = 0;
      for (let tries = 0; tries < 200; tries++) {
        const s = rng.pick([5, 10, 15, 20]);
        const h = rng.pick([5, 10]);
        xs = [0, 1, 2, 3, 4].map((k) => s + h * k);
        fs = xs.map(() => rng.int(2, 20));
        j = rng.int(0, 4);
        const S = fs.reduce((a, b) => a + b, 0);
        const SX = fs.reduce((a, f, k) => a + f * xs[k]!, 0);
        mean = SX / S;
        if ((SX * 10) % S === 0 && mean !== xs[j]) break;
      }
      if (!Number.isInteger(mean * 10) || mean === xs[j]) [xs, fs, j, mean] = [[10, 20, 30, 40, 50], [4, 6, 10, 6, 4], 0, 30];
      const value = fs[j]!;
      const shown = fs.map((f, k) => (k === j ? '$f$' : String(f)));
      const table = `$x_i$: ${xs.join(', ')}; $f_i$: ${shown.join(', ')}`;
      const others = fs.reduce((a, b) => a + b, 0) - value;
      const othersX = fs.reduce((a, f, k) => a + f * xs[k]!, 0) - value * xs[j]!;
      return num({
        params: { x0: xs[0]!, h: xs[1]! - xs[0]!, j, m10: Math.round(mean * 10), f0: k0(fs, j, 0), f1: k0(fs, j, 1), f2: k0(fs, j, 2), f3: k0(fs, j, 3), f4: k0(fs, j, 4) },
        text: `The mean of the distribution ${table} is ${mean}. Find $f$.`,
        value,
        unit: '',
        // Mistakes: the mean equation set up without f in the denominator; f divided by the wrong
        // class mark; one more or less from a rounding slip.
        mistakes: [Math.round((mean * others - othersX) / xs[j]!), value + 1, value - 1, value + 2].filter((x) => x > 0),
        solution: `$\\frac{${othersX} + ${xs[j]}f}{${others} + f} = ${mean}$, so $${xs[j]}f - ${mean}f = ${mean} \\times ${others} - ${othersX}$, giving $f = ${value}$.`,
        hi: {
          text: `बंटन ${table} का माध्य ${mean} है। $f$ ${HI_FIND}`,
          solution: `$\\frac{${othersX} + ${xs[j]}f}{${others} + f} = ${mean}$, अतः $${xs[j]}f - ${mean}f = ${mean} \\times ${others} - ${othersX}$, जिससे $f = ${value}$।`,
        },
        result: [1, 20],
      });
    },
  },
  {
    id: 'm.stat.grouped-median',
    subject: M,
    concepts: ['M.STAT.CENTRAL'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const s = rng.pick([0, 10, 20, 100]);
      const h = rng.pick([5, 10, 20]);
      const fs = [0, 1, 2, 3, 4].map(() => rng.int(2, 20));
      const N = fs.reduce((a, b) => a + b, 0);
      let cf = 0;
      let m = 0;
      while (cf + fs[m]! < N / 2) cf += fs[m++]!;
      const l = s + h * m;
      const value = l + ((N / 2 - cf) / fs[m]!) * h;
      const classes = fs.map((f, k) => `${s + h * k}–${s + h * (k + 1)}: ${f}`).join(', ');
      return num({
        params: { s, h, f0: fs[0]!, f1: fs[1]!, f2: fs[2]!, f3: fs[3]!, f4: fs[4]! },
        text: `Find the median of the grouped data (class: frequency) ${classes}.`,
        value,
        unit: '',
        // Mistakes: the cumulative frequency including the median class; N/2 replaced by (N+1)/2
        // on grouped data; the mid-point of the median class.
        mistakes: [l + ((N / 2 - cf - fs[m]!) / fs[m]!) * h, l + (((N + 1) / 2 - cf) / fs[m]!) * h, l + h / 2, l],
        sig: 4,
        solution: `$N = ${N}$, $N/2 = ${N / 2}$. The median class is ${l}–${l + h} (cumulative frequency before it $cf = ${cf}$, $f = ${fs[m]}$). Median $= l + \\frac{N/2 - cf}{f}h = ${l} + \\frac{${N / 2} - ${cf}}{${fs[m]}} \\times ${h} = ${Number(value.toFixed(4))}$.`,
        hi: {
          text: `वर्गीकृत आँकड़ों (वर्ग: बारंबारता) ${classes} की माध्यिका ज्ञात कीजिए।`,
          solution: `$N = ${N}$, $N/2 = ${N / 2}$। माध्यिका वर्ग ${l}–${l + h} है (उससे पहले संचयी बारंबारता $cf = ${cf}$, $f = ${fs[m]}$)। माध्यिका $= l + \\frac{N/2 - cf}{f}h = ${l} + \\frac{${N / 2} - ${cf}}{${fs[m]}} \\times ${h} = ${Number(value.toFixed(4))}$।`,
        },
        result: [0, 200],
      });
    },
  },
  {
    id: 'm.prob.three-shooters',
    subject: M,
    concepts: ['M.PROB.INDEP', 'M.PROB.BASIC'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const idx = [rng.int(0, SHOT_P.length - 1), rng.int(0, SHOT_P.length - 1), rng.int(0, SHOT_P.length - 1)];
      const ps = idx.map((i) => SHOT_P[i]![0] / SHOT_P[i]![1]);
      const [a, b, c] = ps as [number, number, number];
      const v = rng.int(0, 2);
      const exactlyOne = a * (1 - b) * (1 - c) + (1 - a) * b * (1 - c) + (1 - a) * (1 - b) * c;
      const exactlyTwo = a * b * (1 - c) + a * (1 - b) * c + (1 - a) * b * c;
      const atLeastOne = 1 - (1 - a) * (1 - b) * (1 - c);
      const value = [exactlyOne, atLeastOne, exactlyTwo][v] as number;
      // Mistakes: the events' probabilities added (kept only when ≤ 1); the product of all three;
      // "at least one" taken as one minus the product of the hit probabilities.
      // Bounded scalings (value/2, (1 + value)/2) come last so no fallback shows a probability above 1.
      const mistakes = [a + b + c, a * b * c, 1 - a * b * c, a * b + b * c + c * a, a * (1 - b) * (1 - c), value / 2, (1 + value) / 2].filter((x) => x <= 1 && Math.abs(x - value) > 1e-9);
      const fr = idx.map((i) => fracTex(SHOT_P[i]![0], SHOT_P[i]![1]));
      const ask = ['exactly one of them hits', 'the target is hit', 'exactly two of them hit'][v] as string;
      const askHi = ['ठीक एक निशानेबाज़ लक्ष्य भेदता है', 'लक्ष्य भेदा जाता है', 'ठीक दो निशानेबाज़ लक्ष्य भेदते हैं'][v] as string;
      return num({
        params: { i0: idx[0]!, i1: idx[1]!, i2: idx[2]!, v },
        text: `Three shooters $A$, $B$, $C$ fire at a target independently; their probabilities of hitting it are $${fr[0]}$, $${fr[1]}$ and $${fr[2]}$. Find the probability that ${ask}.`,
        value,
        unit: '',
        mistakes,
        solution: [
          `$P = p_A q_B q_C + q_A p_B q_C + q_A q_B p_C$ with $q = 1 - p$: $${exactlyOne.toFixed(4)}$.`,
          `$P = 1 - q_A q_B q_C = 1 - (1 - ${fr[0]})(1 - ${fr[1]})(1 - ${fr[2]}) = ${atLeastOne.toFixed(4)}$.`,
          `$P = p_A p_B q_C + p_A q_B p_C + q_A p_B p_C$ with $q = 1 - p$: $${exactlyTwo.toFixed(4)}$.`,
        ][v] as string,
        hi: {
          text: `तीन निशानेबाज़ $A$, $B$, $C$ स्वतंत्र रूप से एक लक्ष्य पर निशाना लगाते हैं; उनके लक्ष्य भेदने की प्रायिकताएँ $${fr[0]}$, $${fr[1]}$ और $${fr[2]}$ हैं। प्रायिकता ज्ञात कीजिए कि ${askHi}।`,
          solution: [
            `$q = 1 - p$ लेकर $P = p_A q_B q_C + q_A p_B q_C + q_A q_B p_C = ${exactlyOne.toFixed(4)}$।`,
            `$P = 1 - q_A q_B q_C = 1 - (1 - ${fr[0]})(1 - ${fr[1]})(1 - ${fr[2]}) = ${atLeastOne.toFixed(4)}$।`,
            `$q = 1 - p$ लेकर $P = p_A p_B q_C + p_A q_B p_C + q_A p_B p_C = ${exactlyTwo.toFixed(4)}$।`,
          ][v] as string,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.prob.alternate-turns',
    subject: M,
    concepts: ['M.PROB.INDEP', 'M.SEQ.GP'],
    difficulty: 4,
    build(rng) {
      const ia = rng.int(0, TURN_EVENTS.length - 1);
      const ib = rng.int(0, TURN_EVENTS.length - 1);
      const [pn, pd] = TURN_EVENTS[ia]!.p;
      const [qn, qd] = TURN_EVENTS[ib]!.p;
      const p = pn / pd;
      const q = qn / qd;
      const value = p / (1 - (1 - p) * (1 - q));
      const ea = TURN_EVENTS[ia]!;
      const eb = TURN_EVENTS[ib]!;
      return num({
        params: { ia, ib },
        text: `$A$ and $B$ take turns, $A$ first. On each of his turns $A$ wins if he gets ${ea.en}; on each of hers $B$ wins if she gets ${eb.en}. The game goes on until someone wins. Find the probability that $A$ wins.`,
        value,
        unit: '',
        // Mistakes: only A's first turn counted; the ratio p/(p + q); B's chance; the common ratio
        // series cut after two rounds.
        mistakes: [p, p / (p + q), 1 - value, p * (1 + (1 - p) * (1 - q))],
        sig: 4,
        solution: `$A$ wins on his $k$-th turn with probability $[(1 - p)(1 - q)]^{k-1}p$ with $p = ${fracTex(pn, pd)}$, $q = ${fracTex(qn, qd)}$. Summing the G.P.: $\\frac{p}{1 - (1 - p)(1 - q)} = ${value.toFixed(4)}$.`,
        hi: {
          text: `$A$ और $B$ बारी-बारी से खेलते हैं, पहले $A$। अपनी प्रत्येक बारी में $A$ जीतता है यदि उसे ${ea.hi} मिले; अपनी प्रत्येक बारी में $B$ जीतती है यदि उसे ${eb.hi} मिले। खेल तब तक चलता है जब तक कोई जीत न जाए। $A$ के जीतने की प्रायिकता ${HI_FIND}`,
          solution: `$A$ अपनी $k$-वीं बारी में प्रायिकता $[(1 - p)(1 - q)]^{k-1}p$ से जीतता है, जहाँ $p = ${fracTex(pn, pd)}$, $q = ${fracTex(qn, qd)}$। गुणोत्तर श्रेढ़ी का योग: $\\frac{p}{1 - (1 - p)(1 - q)} = ${value.toFixed(4)}$।`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.seq.ap-to-gp-paragraph',
    subject: M,
    concepts: ['M.SEQ.GP', 'M.SEQ.AP', 'M.QUAD.ROOTS'],
    difficulty: 4,
    build(rng) {
      let st = { m: 5, d: 3, x: 1, y: 1, z: 7, g: 3, r: 2 };
      for (let tries = 0; tries < 400; tries++) {
        const g = rng.int(2, 9);
        const r = rng.pick([2, 3]);
        const d = rng.int(1, 8);
        const m = rng.int(d + 1, g * r - 1);
        const x = g - (m - d);
        const y = g * r - m;
        const z = g * r * r - (m + d);
        if (x <= 0 || y <= 0 || z <= 0) continue;
        // The other root d' = x − z − d of (m + y)² = (m − d + x)(m + d + z) must be rejected by
        // the stem (positive numbers, increasing A.P.).
        const d2 = x - z - d;
        const valid2 = d2 > 0 && d2 !== d && m - d2 > 0;
        if (valid2) continue;
        st = { m, d, x, y, z, g, r };
        break;
      }
      const { m, d, x, y, z, g, r } = st;
      const value = m + d;
      const d2 = x - z - d;
      return num({
        params: { m, x, y, z },
        text: `Three positive numbers in increasing A.P. have sum ${3 * m}. If ${x}, ${y} and ${z} are added to them respectively, the results are in G.P. Find the largest of the three numbers.`,
        value,
        unit: '',
        // Mistakes: the middle term; the smallest term; the largest term of the G.P.; the rejected root.
        mistakes: [m, m - d, g * r * r, m + Math.abs(d2)],
        solution: `Let the numbers be ${m} − d, ${m}, ${m} + d. Then $(${m + y})^2 = (${m + x} - d)(${m + z} + d)$, i.e. $d^2 + (${z - x})d - ${(m + x) * (m + z) - (m + y) ** 2} = 0$, with roots $d = ${d}$ and $d = ${d2}$; only $d = ${d}$ gives an increasing A.P. of positive numbers. The numbers are ${m - d}, ${m}, ${m + d} (G.P. ${g}, ${g * r}, ${g * r * r}); the largest is ${value}.`,
        hi: {
          text: `बढ़ते क्रम की समांतर श्रेढ़ी में तीन धनात्मक संख्याओं का योग ${3 * m} है। यदि इनमें क्रमशः ${x}, ${y} और ${z} जोड़े जाएँ, तो परिणाम गुणोत्तर श्रेढ़ी में हैं। तीनों संख्याओं में सबसे बड़ी संख्या ${HI_FIND}`,
          solution: `संख्याएँ ${m} − d, ${m}, ${m} + d मानिए। तब $(${m + y})^2 = (${m + x} - d)(${m + z} + d)$, अर्थात् $d^2 + (${z - x})d - ${(m + x) * (m + z) - (m + y) ** 2} = 0$, जिसके मूल $d = ${d}$ और $d = ${d2}$ हैं; केवल $d = ${d}$ से धनात्मक संख्याओं की बढ़ती समांतर श्रेढ़ी मिलती है। संख्याएँ ${m - d}, ${m}, ${m + d} हैं (गुणोत्तर श्रेढ़ी ${g}, ${g * r}, ${g * r * r}); सबसे बड़ी ${value} है।`,
        },
        result: [2, 100],
      });
    },
  },
  {
    id: 'm.bin.greatest-term',
    subject: M,
    concepts: ['M.BIN.PROP', 'M.BIN.EXP'],
    difficulty: 4,
    build(rng) {
      let st = { n: 10, a: 3, b: 2, p: 1, q: 1, k: 5 };
      for (let tries = 0; tries < 100; tries++) {
        const n = rng.int(6, 20);
        const a = rng.int(2, 5);
        const b = rng.pick([-5, -4, -3, -2, 2, 3, 4, 5]);
        const [p, q] = rng.pick([[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [2, 5], [3, 2], [5, 2]] as const);
        // |T_{r+1}/T_r| = (n − r + 1)/r · t with t = |b|p/(aq); greatest at r = ⌊(n + 1)t/(1 + t)⌋.
        const num1 = (n + 1) * Math.abs(b) * p;
        const den = a * q + Math.abs(b) * p;
        if (num1 % den === 0) continue; // two equal greatest terms
        st = { n, a, b, p, q, k: Math.floor(num1 / den) + 1 };
        break;
      }
      const { n, a, b, p, q, k } = st;
      const t = fracTex(Math.abs(b) * p, a * q);
      return num({
        params: { n, a, b, p, q },
        text: `Which term of the expansion of $(${a} ${b < 0 ? '-' : '+'} ${Math.abs(b)}x)^{${n}}$ is numerically greatest when $x = ${fracTex(p, q)}$? Enter $k$ for the term $T_k$.`,
        value: k,
        unit: '',
        // Mistakes: the index r of T_{r+1} given instead of r + 1; the middle term; the next term.
        mistakes: [k - 1, Math.floor(n / 2) + 1, k + 1],
        solution: `$\\left|\\frac{T_{r+1}}{T_r}\\right| = \\frac{${n} - r + 1}{r} \\cdot ${t}$, which is $\\ge 1$ while $r \\le \\frac{${n + 1} \\cdot ${t}}{1 + ${t}} = ${fracTex((n + 1) * Math.abs(b) * p, a * q + Math.abs(b) * p)}$. So the terms grow up to $r = ${k - 1}$ and the greatest is $T_{${k}}$.`,
        hi: {
          text: `$x = ${fracTex(p, q)}$ होने पर $(${a} ${b < 0 ? '-' : '+'} ${Math.abs(b)}x)^{${n}}$ के प्रसार का कौन-सा पद संख्यात्मक रूप से सबसे बड़ा है? पद $T_k$ के लिए $k$ लिखिए।`,
          solution: `$\\left|\\frac{T_{r+1}}{T_r}\\right| = \\frac{${n} - r + 1}{r} \\cdot ${t}$, जो $r \\le \\frac{${n + 1} \\cdot ${t}}{1 + ${t}} = ${fracTex((n + 1) * Math.abs(b) * p, a * q + Math.abs(b) * p)}$ तक $\\ge 1$ है। अतः पद $r = ${k - 1}$ तक बढ़ते हैं और सबसे बड़ा पद $T_{${k}}$ है।`,
        },
        result: [1, 21],
      });
    },
  },
  {
    id: 'm.lim.series-order-three',
    subject: M,
    concepts: ['M.LIM.BASIC', 'M.DERIV.RULES'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const a = rng.int(1, 4);
      const b = rng.int(1, 4);
      const v = rng.int(0, 2);
      const forms = [
        `\\frac{e^{${a}x} - 1 - ${a}x}{x \\sin ${b}x}`,
        `\\frac{\\tan ${a}x - \\sin ${a}x}{x^2 \\sin ${b}x}`,
        `\\frac{${a}x - \\sin ${a}x}{x^2 \\tan ${b}x}`,
      ].map((s) => s.replace(/\b1x\b/g, 'x').replace(/e\^\{1x\}/g, 'e^{x}').replace(/ 1x/g, ' x'));
      const value = [(a * a) / (2 * b), a ** 3 / (2 * b), a ** 3 / (6 * b)][v] as number;
      const lead = ['\\frac{a^2x^2}{2}', '\\frac{a^3x^3}{2}', '\\frac{a^3x^3}{6}'][v] as string;
      return num({
        params: { a, b, v },
        text: `Evaluate $\\lim_{x \\to 0} ${forms[v]}$.`,
        value,
        unit: '',
        // Mistakes: the series coefficient dropped (1/2 or 1/6 missing); the b in the denominator
        // inverted; the next-order coefficient used.
        mistakes: [value * (v === 2 ? 6 : 2), value * b * b, v === 2 ? value * 3 : value / 3, value / 2],
        sig: 3,
        solution: `Near 0 the numerator is $${lead} + O(x^{${v === 0 ? 3 : 5}})$ with $a = ${a}$ and the denominator is $${b === 1 ? '' : b}x^{${v === 0 ? 2 : 3}} + \\dots$, so the limit is $${fracTex([a * a, a ** 3, a ** 3][v]!, [2 * b, 2 * b, 6 * b][v]!)}$.`,
        hi: {
          text: `$\\lim_{x \\to 0} ${forms[v]}$ का मान ज्ञात कीजिए।`,
          solution: `0 के निकट अंश $${lead} + O(x^{${v === 0 ? 3 : 5}})$ है ($a = ${a}$) और हर $${b === 1 ? '' : b}x^{${v === 0 ? 2 : 3}} + \\dots$ है, अतः सीमा $${fracTex([a * a, a ** 3, a ** 3][v]!, [2 * b, 2 * b, 6 * b][v]!)}$ है।`,
        },
        result: [0.04, 40],
      });
    },
  },
  {
    id: 'm.app.inscribed-solid-max',
    subject: M,
    concepts: ['M.APP.MAXMIN', 'M.DERIV.RULES'],
    difficulty: 4,
    build(rng) {
      const v = rng.int(0, 2);
      const R = rng.int(1, 6);
      const h = rng.int(2, 12);
      const value = [(4 * R ** 3) / (3 * Math.sqrt(3)), (32 * R ** 3) / 81, (4 * R * R * h) / 27][v] as number;
      const stems = [
        `A right circular cylinder is inscribed in a sphere of radius ${R}. Its greatest possible volume is $k\\pi$. Find $k$.`,
        `A right circular cone is inscribed in a sphere of radius ${R}. Its greatest possible volume is $k\\pi$. Find $k$.`,
        `A right circular cylinder is inscribed in a right circular cone of base radius ${R} and height ${h}, with a common axis. Its greatest possible volume is $k\\pi$. Find $k$.`,
      ];
      const stemsHi = [
        `त्रिज्या ${R} के एक गोले के अंतर्गत एक लंब वृत्तीय बेलन बनाया गया है। उसका अधिकतम संभव आयतन $k\\pi$ है। $k$ ${HI_FIND}`,
        `त्रिज्या ${R} के एक गोले के अंतर्गत एक लंब वृत्तीय शंकु बनाया गया है। उसका अधिकतम संभव आयतन $k\\pi$ है। $k$ ${HI_FIND}`,
        `आधार त्रिज्या ${R} और ऊँचाई ${h} के एक लंब वृत्तीय शंकु के अंतर्गत, समान अक्ष वाला एक लंब वृत्तीय बेलन बनाया गया है। उसका अधिकतम संभव आयतन $k\\pi$ है। $k$ ${HI_FIND}`,
      ];
      const sols = [
        `Height $2y$, radius$^2 = ${R * R} - y^2$: $V = 2\\pi y(${R * R} - y^2)$, $V' = 0$ at $y = \\frac{${R}}{\\sqrt3}$, so $V_{max} = \\frac{4\\pi \\cdot ${R}^3}{3\\sqrt3}$ and $k = ${value.toFixed(4)}$.`,
        `Height $H$, radius$^2 = H(${2 * R} - H)$: $V = \\frac{\\pi}{3}H^2(${2 * R} - H)$, $V' = 0$ at $H = \\frac{4 \\cdot ${R}}{3}$, so $V_{max} = \\frac{32\\pi \\cdot ${R}^3}{81}$ and $k = ${value.toFixed(4)}$.`,
        `Radius $\\rho$, height $${h}(1 - \\rho/${R})$: $V = \\pi\\rho^2 \\cdot ${h}(1 - \\rho/${R})$, $V' = 0$ at $\\rho = \\frac{2 \\cdot ${R}}{3}$, so $V_{max} = \\frac{4\\pi \\cdot ${R}^2 \\cdot ${h}}{27}$ and $k = ${value.toFixed(4)}$.`,
      ];
      const solsHi = [
        `ऊँचाई $2y$, त्रिज्या$^2 = ${R * R} - y^2$: $V = 2\\pi y(${R * R} - y^2)$, $y = \\frac{${R}}{\\sqrt3}$ पर $V' = 0$, अतः $V_{max} = \\frac{4\\pi \\cdot ${R}^3}{3\\sqrt3}$ तथा $k = ${value.toFixed(4)}$।`,
        `ऊँचाई $H$, त्रिज्या$^2 = H(${2 * R} - H)$: $V = \\frac{\\pi}{3}H^2(${2 * R} - H)$, $H = \\frac{4 \\cdot ${R}}{3}$ पर $V' = 0$, अतः $V_{max} = \\frac{32\\pi \\cdot ${R}^3}{81}$ तथा $k = ${value.toFixed(4)}$।`,
        `त्रिज्या $\\rho$, ऊँचाई $${h}(1 - \\rho/${R})$: $V = \\pi\\rho^2 \\cdot ${h}(1 - \\rho/${R})$, $\\rho = \\frac{2 \\cdot ${R}}{3}$ पर $V' = 0$, अतः $V_{max} = \\frac{4\\pi \\cdot ${R}^2 \\cdot ${h}}{27}$ तथा $k = ${value.toFixed(4)}$।`,
      ];
      return num({
        params: { v, R, h },
        text: stems[v] as string,
        value,
        unit: '',
        // Mistakes: a plausible but non-optimal shape (height equal to diameter; cone of height R;
        // cylinder of radius R/2), the container's own volume, a factor slipped (2 or 1/3).
        mistakes: [[R ** 3 / Math.SQRT2, (4 / 3) * R ** 3, 2 * value], [R ** 3 / 3, (4 / 3) * R ** 3, 3 * value], [(R * R * h) / 8, (R * R * h) / 3, (4 * R * R * h) / 9]][v]!,
        sig: 4,
        solution: sols[v] as string,
        hi: { text: stemsHi[v] as string, solution: solsHi[v] as string },
        result: [0.1, 200],
      });
    },
  },
  {
    id: 'm.int.area-tangent-parabola',
    subject: M,
    concepts: ['M.INT.AREA', 'M.APP.TANGENT'],
    difficulty: 4,
    build(rng) {
      const k = rng.int(1, 3);
      const a = rng.int(1, 6);
      const v = rng.int(0, 1);
      const value = v === 0 ? (k * a ** 3) / 12 : (k * a ** 3) / 3;
      const curve = k === 1 ? 'x^2' : `${k}x^2`;
      const with_ = v === 0 ? 'the $x$-axis' : 'the $y$-axis';
      return num({
        params: { k, a, v },
        text: `Find the area of the region bounded by the parabola $y = ${curve}$, its tangent at $(${a}, ${k * a * a})$ and ${with_}.`,
        value,
        unit: 'square units',
        // Mistakes (x-axis): the whole area under the parabola up to x = a; the triangle under the
        // tangent; half the difference. (y-axis): the x-axis region; the area under the parabola
        // taken with the tangent's intercept added once; half the answer.
        mistakes: v === 0 ? [(k * a ** 3) / 3, (k * a ** 3) / 4, (k * a ** 3) / 6] : [(k * a ** 3) / 12, (2 * k * a ** 3) / 3, (k * a ** 3) / 6],
        sig: 4,
        solution: v === 0
          ? `Tangent: $y = ${2 * k * a}x - ${k * a * a}$, meeting the $x$-axis at $x = ${a / 2}$. Area $= \\int_0^{${a}} ${curve}\\,dx - \\frac12 \\cdot ${a / 2} \\cdot ${k * a * a} = ${fracTex(k * a ** 3, 3)} - ${fracTex(k * a ** 3, 4)} = ${fracTex(k * a ** 3, 12)}$.`
          : `Tangent: $y = ${2 * k * a}x - ${k * a * a}$. Area $= \\int_0^{${a}} (${curve} - ${2 * k * a}x + ${k * a * a})dx = \\int_0^{${a}} ${k === 1 ? '' : k}(x - ${a})^2 dx = ${fracTex(k * a ** 3, 3)}$.`,
        hi: {
          text: `परवलय $y = ${curve}$, बिंदु $(${a}, ${k * a * a})$ पर उसकी स्पर्श रेखा तथा ${v === 0 ? '$x$-अक्ष' : '$y$-अक्ष'} से घिरे क्षेत्र का क्षेत्रफल (वर्ग इकाई में) ${HI_FIND}`,
          solution: v === 0
            ? `स्पर्श रेखा: $y = ${2 * k * a}x - ${k * a * a}$, जो $x$-अक्ष को $x = ${a / 2}$ पर मिलती है। क्षेत्रफल $= \\int_0^{${a}} ${curve}\\,dx - \\frac12 \\cdot ${a / 2} \\cdot ${k * a * a} = ${fracTex(k * a ** 3, 3)} - ${fracTex(k * a ** 3, 4)} = ${fracTex(k * a ** 3, 12)}$।`
            : `स्पर्श रेखा: $y = ${2 * k * a}x - ${k * a * a}$। क्षेत्रफल $= \\int_0^{${a}} (${curve} - ${2 * k * a}x + ${k * a * a})dx = \\int_0^{${a}} ${k === 1 ? '' : k}(x - ${a})^2 dx = ${fracTex(k * a ** 3, 3)}$।`,
        },
        result: [0.05, 250],
      });
    },
  },
  {
    id: 'm.prob.hypergeometric-variance',
    subject: M,
    concepts: ['M.PROB.DIST', 'M.PC.COMB'],
    difficulty: 4,
    build(rng) {
      const r = rng.int(2, 7);
      const b = rng.int(2, 7);
      const N = r + b;
      const k = rng.int(2, Math.min(5, N - 1));
      const p = r / N;
      const value = k * p * (1 - p) * ((N - k) / (N - 1));
      return num({
        params: { r, b, k },
        text: `A bag has ${r} red and ${b} black balls. ${k} balls are drawn at random together (without replacement) and $X$ is the number of red balls drawn. Find the variance of $X$.`,
        value,
        unit: '',
        // Mistakes: the binomial variance (as if with replacement); the mean; the standard deviation.
        mistakes: [k * p * (1 - p), k * p, Math.sqrt(value), value * 2],
        sig: 4,
        solution: `$P(X = i) = \\frac{{}^{${r}}C_i\\,{}^{${b}}C_{${k} - i}}{{}^{${N}}C_{${k}}}$. Then $E[X] = ${fracTex(k * r, N)}$ and $\\operatorname{Var}X = E[X^2] - (E[X])^2 = ${k}\\cdot${fracTex(r, N)}\\cdot${fracTex(b, N)}\\cdot\\frac{${N - k}}{${N - 1}} = ${value.toFixed(4)}$.`,
        hi: {
          text: `एक थैले में ${r} लाल और ${b} काली गेंदें हैं। यादृच्छया एक साथ ${k} गेंदें (बिना प्रतिस्थापन) निकाली जाती हैं और $X$ निकाली गई लाल गेंदों की संख्या है। $X$ का प्रसरण ${HI_FIND}`,
          solution: `$P(X = i) = \\frac{{}^{${r}}C_i\\,{}^{${b}}C_{${k} - i}}{{}^{${N}}C_{${k}}}$। तब $E[X] = ${fracTex(k * r, N)}$ तथा $\\operatorname{Var}X = E[X^2] - (E[X])^2 = ${k}\\cdot${fracTex(r, N)}\\cdot${fracTex(b, N)}\\cdot\\frac{${N - k}}{${N - 1}} = ${value.toFixed(4)}$।`,
        },
        result: [0.05, 3],
      });
    },
  },
];

/** Frequency k of the list, or 0 for the hidden one (the test must not read the answer). */
function k0(fs: readonly number[], hidden: number, k: number): number {
  return k === hidden ? 0 : (fs[k] as number);
}
