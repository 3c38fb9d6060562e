import { fracTex, term } from './format.ts';
import { nonZero, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Third question shapes for lines in space, vectors, dispersion, probability and trigonometry,
 * and Advanced-style determinant, Wallis-integral and waiting-time problems, in English and
 * Hindi. Checked in math-depth-i.test.ts by bisection, explicit data sets, enumeration of cards,
 * dice and colour orders, numeric trigonometry, cofactor matrices and Simpson integration.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, x, i) => s + x * b[i]!, 0);
const cross = (a: readonly number[], b: readonly number[]): number[] => [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
const vecTex = (v: readonly number[]): string => {
  const parts: string[] = [];
  v.forEach((c, i) => {
    if (c !== 0) parts.push(term(c, 1, parts.length === 0, ['\\hat i', '\\hat j', '\\hat k'][i]));
  });
  return parts.join(' ') || '\\vec 0';
};
const shifted = (name: string, v: number): string => (v === 0 ? name : `${name} ${v > 0 ? '-' : '+'} ${Math.abs(v)}`);

/** Card events for two cards drawn without replacement: English, Hindi. */
export const CARD_EVENTS: readonly { en: string; hi: string }[] = [
  { en: 'both are aces', hi: 'दोनों इक्के हैं' },
  { en: 'both are of the same suit', hi: 'दोनों एक ही रंग-समूह (सूट) के हैं' },
  { en: 'one is a king and the other a queen', hi: 'एक बादशाह और दूसरा बेगम है' },
  { en: 'both are face cards (J, Q, K)', hi: 'दोनों तस्वीर वाले पत्ते (J, Q, K) हैं' },
  { en: 'at least one is a heart', hi: 'कम से कम एक पान का पत्ता है' },
  { en: 'they are of different colours', hi: 'वे भिन्न रंगों (लाल/काला) के हैं' },
];
const CARD_P: readonly [number, number][] = [[12, 2652], [624, 2652], [32, 2652], [132, 2652], [2652 - 39 * 38, 2652], [2 * 26 * 26, 2652]];

/** Values with known solutions: sin/cos/tan = value; `deg` lists the solutions in [0°, 360°). */
const TRIG_EQS: readonly { f: 'sin' | 'cos' | 'tan'; tex: string; deg: readonly number[] }[] = [
  { f: 'sin', tex: '\\frac12', deg: [30, 150] }, { f: 'sin', tex: '-\\frac12', deg: [210, 330] },
  { f: 'sin', tex: '\\frac{\\sqrt3}{2}', deg: [60, 120] }, { f: 'sin', tex: '-\\frac{1}{\\sqrt2}', deg: [225, 315] },
  { f: 'cos', tex: '\\frac12', deg: [60, 300] }, { f: 'cos', tex: '-\\frac{\\sqrt3}{2}', deg: [150, 210] },
  { f: 'cos', tex: '-\\frac{1}{\\sqrt2}', deg: [135, 225] }, { f: 'tan', tex: '\\sqrt3', deg: [60, 240] },
  { f: 'tan', tex: '-1', deg: [135, 315] }, { f: 'tan', tex: '-\\frac{1}{\\sqrt3}', deg: [150, 330] },
];

export const mathDepthIGenerators: GeneratorDef[] = [
  {
    id: 'm.3d.line-meets-plane',
    subject: M,
    concepts: ['M.3D.LINES', 'M.3D.PLANES'],
    difficulty: 3,
    build(rng) {
      let dir = [1, 2, 2];
      let nrm = [1, 1, 1];
      for (let tries = 0; tries < 40; tries++) {
        dir = [nonZero(rng, -3, 3), nonZero(rng, -3, 3), nonZero(rng, -3, 3)];
        nrm = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        if (dot(dir, nrm) !== 0) break;
      }
      if (dot(dir, nrm) === 0) [dir, nrm] = [[1, 2, 2], [1, 1, 1]];
      const P = [rng.int(-5, 5), rng.int(-5, 5), rng.int(-5, 5)];
      const t0 = nonZero(rng, -3, 3);
      const base = P.map((x, i) => x - t0 * dir[i]!);
      const d = dot(nrm, P);
      const value = P[0]! + P[1]! + P[2]!;
      const line = ['x', 'y', 'z'].map((v, i) => `\\frac{${shifted(v, base[i]!)}}{${dir[i]}}`).join(' = ');
      const plane = `${vecTex(nrm).replace(/\\hat i/g, 'x').replace(/\\hat j/g, 'y').replace(/\\hat k/g, 'z')} = ${d}`;
      return num({
        params: { b0: base[0]!, b1: base[1]!, b2: base[2]!, l: dir[0]!, m: dir[1]!, n: dir[2]!, a: nrm[0]!, b: nrm[1]!, c: nrm[2]!, d },
        text: `The line $${line}$ meets the plane $${plane}$ at $P$. Find the sum of the coordinates of $P$.`,
        value,
        unit: '',
        // Mistakes: the line's given point; the sign of the parameter reversed; the point at t = 1.
        mistakes: [base[0]! + base[1]! + base[2]!, base.reduce((s, x, i) => s + x - t0 * dir[i]!, 0), base.reduce((s, x, i) => s + x + dir[i]!, 0)],
        solution: `A general point is $(${base[0]} + ${dir[0]}t,\\ ${base[1]} + ${dir[1]}t,\\ ${base[2]} + ${dir[2]}t)$. Substituting in the plane: $${dot(nrm, base)} + ${dot(nrm, dir)}t = ${d}$, so $t = ${t0}$ and $P = (${P.join(', ')})$; sum $${value}$.`,
        hi: {
          text: `रेखा $${line}$, तल $${plane}$ को $P$ पर मिलती है। $P$ के निर्देशांकों का योग ${HI_FIND}`,
          solution: `व्यापक बिंदु $(${base[0]} + ${dir[0]}t,\\ ${base[1]} + ${dir[1]}t,\\ ${base[2]} + ${dir[2]}t)$ है। तल में रखने पर $${dot(nrm, base)} + ${dot(nrm, dir)}t = ${d}$, अतः $t = ${t0}$ तथा $P = (${P.join(', ')})$; योग $${value}$।`,
        },
        result: [-15, 15],
      });
    },
  },
  {
    id: 'm.vec.perpendicular-lambda',
    subject: M,
    concepts: ['M.VEC.DOT', 'M.VEC.BASICS'],
    difficulty: 2,
    build(rng) {
      let st = { a: [1, 2, 0], b: [1, 0, 1], c: [2, -1, 1], lam: 0 };
      for (let tries = 0; tries < 80; tries++) {
        const a = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        const b = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        const c = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        const bc = dot(b, c);
        if (bc !== 0 && dot(a, c) % bc === 0 && dot(a, c) !== 0) {
          st = { a, b, c, lam: -dot(a, c) / bc };
          break;
        }
      }
      const { a, b, c, lam } = st;
      return num({
        params: { a0: a[0]!, a1: a[1]!, a2: a[2]!, b0: b[0]!, b1: b[1]!, b2: b[2]!, c0: c[0]!, c1: c[1]!, c2: c[2]! },
        text: `$\\vec a = ${vecTex(a)}$, $\\vec b = ${vecTex(b)}$ and $\\vec c = ${vecTex(c)}$. If $\\vec a + \\lambda\\vec b$ is perpendicular to $\\vec c$, find $\\lambda$.`,
        value: lam,
        unit: '',
        // Mistakes: the sign of the ratio; the ratio inverted; a·b used in place of a·c.
        mistakes: [-lam, dot(a, c) === 0 ? lam + 1 : dot(b, c) / -dot(a, c), dot(b, c) === 0 ? lam - 1 : -dot(a, b) / dot(b, c)],
        solution: `$(\\vec a + \\lambda\\vec b)\\cdot\\vec c = 0$: $${dot(a, c)} + \\lambda(${dot(b, c)}) = 0$, so $\\lambda = ${lam}$.`,
        hi: {
          text: `$\\vec a = ${vecTex(a)}$, $\\vec b = ${vecTex(b)}$ तथा $\\vec c = ${vecTex(c)}$ हैं। यदि $\\vec a + \\lambda\\vec b$, $\\vec c$ पर लंब है, तो $\\lambda$ ${HI_FIND}`,
          solution: `$(\\vec a + \\lambda\\vec b)\\cdot\\vec c = 0$: $${dot(a, c)} + \\lambda(${dot(b, c)}) = 0$, अतः $\\lambda = ${lam}$।`,
        },
        result: [-30, 30],
      });
    },
  },
  {
    id: 'm.vec.coplanar-lambda',
    subject: M,
    concepts: ['M.VEC.TRIPLE', 'M.MAT.DET'],
    difficulty: 3,
    build(rng) {
      let st = { a: [1, 1, 0], b: [0, 1, 1], c1: 1, c2: 1, lam: -2 };
      for (let tries = 0; tries < 120; tries++) {
        const a = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        const b = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        const n = cross(a, b);
        const c1 = rng.int(-4, 4);
        const c2 = rng.int(-4, 4);
        // c = (λ, c1, c2) is coplanar with a, b iff λn₀ + c1n₁ + c2n₂ = 0.
        if (n[0] !== 0 && (c1 * n[1]! + c2 * n[2]!) % n[0]! === 0) {
          st = { a, b, c1, c2, lam: -(c1 * n[1]! + c2 * n[2]!) / n[0]! };
          break;
        }
      }
      const { a, b, c1, c2, lam } = st;
      const n = cross(a, b);
      const cTex = `\\lambda\\hat i ${vecTex([0, c1, c2]) === '\\vec 0' ? '' : (vecTex([0, c1, c2]).startsWith('-') ? '' : '+ ') + vecTex([0, c1, c2])}`;
      return num({
        params: { a0: a[0]!, a1: a[1]!, a2: a[2]!, b0: b[0]!, b1: b[1]!, b2: b[2]!, c1, c2 },
        text: `The vectors $${vecTex(a)}$, $${vecTex(b)}$ and $${cTex}$ are coplanar. Find $\\lambda$.`,
        value: lam,
        unit: '',
        // Mistakes: the sign slipped; a cofactor sign error in the first-row expansion.
        mistakes: [-lam, -(c1 * n[1]! - c2 * n[2]!) / n[0]!, -(c1 * n[2]! + c2 * n[1]!) / n[0]! || lam + 1],
        solution: `Coplanar iff $[\\vec a\\ \\vec b\\ \\vec c] = \\vec c\\cdot(\\vec a \\times \\vec b) = 0$. Here $\\vec a \\times \\vec b = ${vecTex(n)}$, so $${n[0]}\\lambda + (${c1})(${n[1]}) + (${c2})(${n[2]}) = 0$ and $\\lambda = ${lam}$.`,
        hi: {
          text: `सदिश $${vecTex(a)}$, $${vecTex(b)}$ और $${cTex}$ समतलीय हैं। $\\lambda$ ${HI_FIND}`,
          solution: `समतलीय होने का प्रतिबंध $[\\vec a\\ \\vec b\\ \\vec c] = \\vec c\\cdot(\\vec a \\times \\vec b) = 0$ है। यहाँ $\\vec a \\times \\vec b = ${vecTex(n)}$, अतः $${n[0]}\\lambda + (${c1})(${n[1]}) + (${c2})(${n[2]}) = 0$ और $\\lambda = ${lam}$।`,
        },
        result: [-150, 150],
      });
    },
  },
  {
    id: 'm.stat.linear-transform',
    subject: M,
    concepts: ['M.STAT.DISP', 'M.STAT.CENTRAL'],
    difficulty: 2,
    build(rng) {
      const n = 2 * rng.int(3, 15);
      const mean = rng.int(5, 40);
      const sd = rng.int(1, 6);
      const a = rng.pick([-3, -2, 2, 3, 4]);
      const b = rng.int(-10, 10);
      const v = rng.int(0, 1);
      const value = v === 0 ? a * a * sd * sd : n * (sd * sd + mean * mean);
      return num({
        params: { n, mean, sd, a, b, v },
        text: v === 0
          ? `${n} observations have mean ${mean} and standard deviation ${sd}. Each observation $x$ is replaced by $${term(a, 1, true)} ${b >= 0 ? '+' : '-'} ${Math.abs(b)}$. Find the variance of the new observations.`
          : `${n} observations have mean ${mean} and standard deviation ${sd}. Find the sum of the squares of the observations.`,
        value,
        unit: '',
        // Mistakes (v = 0): a·σ² (a not squared), (aσ + b)², a²σ² + b. (v = 1): n(σ² − μ²) style slips.
        mistakes: v === 0 ? [Math.abs(a) * sd * sd, (a * sd + b) ** 2, a * a * sd * sd + b] : [n * sd * sd + mean * mean, n * (mean * mean - sd * sd), n * mean * mean],
        solution: v === 0
          ? `Adding a constant does not change the variance; multiplying by $${a}$ multiplies it by $${a * a}$: $${a * a} \\times ${sd * sd} = ${value}$.`
          : `$\\sigma^2 = \\frac{\\sum x_i^2}{n} - \\bar x^2$, so $\\sum x_i^2 = n(\\sigma^2 + \\bar x^2) = ${n}(${sd * sd} + ${mean * mean}) = ${value}$.`,
        hi: {
          text: v === 0
            ? `${n} प्रेक्षणों का माध्य ${mean} और मानक विचलन ${sd} है। प्रत्येक प्रेक्षण $x$ को $${term(a, 1, true)} ${b >= 0 ? '+' : '-'} ${Math.abs(b)}$ से बदला जाता है। नए प्रेक्षणों का प्रसरण ${HI_FIND}`
            : `${n} प्रेक्षणों का माध्य ${mean} और मानक विचलन ${sd} है। प्रेक्षणों के वर्गों का योग ${HI_FIND}`,
          solution: v === 0
            ? `अचर जोड़ने से प्रसरण नहीं बदलता; $${a}$ से गुणा करने पर वह $${a * a}$ गुना हो जाता है: $${a * a} \\times ${sd * sd} = ${value}$।`
            : `$\\sigma^2 = \\frac{\\sum x_i^2}{n} - \\bar x^2$, अतः $\\sum x_i^2 = n(\\sigma^2 + \\bar x^2) = ${n}(${sd * sd} + ${mean * mean}) = ${value}$।`,
        },
        result: [1, 60_000],
      });
    },
  },
  {
    id: 'm.prob.two-cards',
    subject: M,
    concepts: ['M.PROB.BASIC', 'M.PC.COMB'],
    difficulty: 2,
    freeResponse: false,
    build(rng) {
      const e = rng.int(0, CARD_EVENTS.length - 1);
      const [fav, all] = CARD_P[e]!;
      const value = fav / all;
      return num({
        params: { e },
        text: `Two cards are drawn at random, without replacement, from a well-shuffled pack of 52. Find the probability that ${CARD_EVENTS[e]!.en}.`,
        value,
        unit: '',
        // Mistakes: drawn with replacement (52² outcomes, one of the factors wrong); the
        // unordered count over ordered outcomes; the complementary probability.
        mistakes: [fav / (52 * 52), fav / 2 / all, 1 - value, (fav * 2) / all > 1 ? value / 3 : (fav * 2) / all],
        sig: 3,
        solution: `Ordered draws: $52 \\times 51 = 2652$ equally likely outcomes, of which ${fav} are favourable: $P = ${fracTex(fav, all)}$.`,
        hi: {
          text: `52 पत्तों की भली-भाँति फेंटी गई गड्डी से बिना प्रतिस्थापन यादृच्छया दो पत्ते निकाले जाते हैं। प्रायिकता ज्ञात कीजिए कि ${CARD_EVENTS[e]!.hi}।`,
          solution: `क्रमित निकासी: $52 \\times 51 = 2652$ समसंभाव्य परिणाम, जिनमें से ${fav} अनुकूल हैं: $P = ${fracTex(fav, all)}$।`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.prob.dice-given-sum',
    subject: M,
    concepts: ['M.PROB.COND', 'M.PROB.BASIC'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const v = rng.int(0, 1);
      if (v === 0) {
        const s = rng.int(4, 10);
        const pairs = [];
        for (let a = 1; a <= 6; a++) for (let b = 1; b <= 6; b++) if (a + b === s) pairs.push([a, b]);
        const k = rng.pick(pairs.map(([a]) => a!));
        const fav = pairs.filter(([a, b]) => a === k || b === k).length;
        const value = fav / pairs.length;
        return num({
          params: { v, s, k },
          text: `Two fair dice are thrown and the sum is ${s}. Find the probability that at least one die shows ${k}.`,
          value,
          unit: '',
          // Mistakes: the unconditional probability; fav/36; 1/6.
          mistakes: [11 / 36, fav / 36, 1 / 6, 1 / pairs.length],
          sig: 3,
          solution: `Given sum ${s}: the outcomes are ${pairs.map(([a, b]) => `(${a}, ${b})`).join(', ')} (${pairs.length}). Those with a ${k}: ${fav}. $P = ${fracTex(fav, pairs.length)}$.`,
          hi: {
            text: `दो न्याय्य पासे फेंके जाते हैं और योग ${s} है। प्रायिकता ज्ञात कीजिए कि कम से कम एक पासे पर ${k} है।`,
            solution: `योग ${s} दिया है: परिणाम ${pairs.map(([a, b]) => `(${a}, ${b})`).join(', ')} (${pairs.length})। जिनमें ${k} है: ${fav}। $P = ${fracTex(fav, pairs.length)}$।`,
          },
          result: [0, 1],
        });
      }
      const s = rng.int(8, 11);
      let six = 0;
      let both = 0;
      for (let a = 1; a <= 6; a++) for (let b = 1; b <= 6; b++) if (a === 6 || b === 6) { six++; if (a + b >= s) both++; }
      const value = both / six;
      return num({
        params: { v, s, k: 6 },
        text: `Two fair dice are thrown and at least one shows 6. Find the probability that the sum is at least ${s}.`,
        value,
        unit: '',
        // Mistakes: P(sum ≥ s) unconditionally; the joint probability; the reverse conditional.
        mistakes: [[15, 10, 6, 3][s - 8]! / 36, both / 36, both / [15, 10, 6, 3][s - 8]!],
        sig: 3,
        solution: `11 outcomes show a 6; of these, ${both} have sum at least ${s}. $P = ${fracTex(both, 11)}$.`,
        hi: {
          text: `दो न्याय्य पासे फेंके जाते हैं और कम से कम एक पर 6 है। प्रायिकता ज्ञात कीजिए कि योग कम से कम ${s} है।`,
          solution: `11 परिणामों में 6 है; इनमें से ${both} का योग कम से कम ${s} है। $P = ${fracTex(both, 11)}$।`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.trig.tan-sum-fractions',
    subject: M,
    concepts: ['M.TRIG.COMPOUND', 'M.TRIG.RATIOS'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const a = rng.int(2, 9);
      const b = rng.pick([2, 3, 4, 5, 6, 7, 8, 9].filter((x) => x !== a));
      const v = rng.int(0, 1);
      // tan A = 1/a, tan B = 1/b: tan(A + B) = (a + b)/(ab − 1), tan(A − B) = (b − a)/(ab + 1).
      const num0 = v === 0 ? a + b : b - a;
      const den = v === 0 ? a * b - 1 : a * b + 1;
      const value = num0 / den;
      return num({
        params: { a, b, v },
        text: `If $\\tan A = \\frac{1}{${a}}$ and $\\tan B = \\frac{1}{${b}}$, find $\\tan(A ${v === 0 ? '+' : '-'} B)$.`,
        value,
        unit: '',
        // Mistakes: the denominator's sign slipped; tan A ± tan B alone; the reciprocal.
        mistakes: [num0 / (v === 0 ? a * b + 1 : a * b - 1), num0 / (a * b), den / num0, -value],
        sig: 3,
        solution: `$\\tan(A ${v === 0 ? '+' : '-'} B) = \\frac{\\tan A ${v === 0 ? '+' : '-'} \\tan B}{1 ${v === 0 ? '-' : '+'} \\tan A\\tan B} = \\frac{\\frac{${num0}}{${a * b}}}{\\frac{${den}}{${a * b}}} = ${fracTex(num0, den)}$.`,
        hi: {
          text: `यदि $\\tan A = \\frac{1}{${a}}$ और $\\tan B = \\frac{1}{${b}}$ है, तो $\\tan(A ${v === 0 ? '+' : '-'} B)$ ${HI_FIND}`,
          solution: `$\\tan(A ${v === 0 ? '+' : '-'} B) = \\frac{\\tan A ${v === 0 ? '+' : '-'} \\tan B}{1 ${v === 0 ? '-' : '+'} \\tan A\\tan B} = \\frac{\\frac{${num0}}{${a * b}}}{\\frac{${den}}{${a * b}}} = ${fracTex(num0, den)}$।`,
        },
        result: [-1, 2],
      });
    },
  },
  {
    id: 'm.trig.solutions-in-circle',
    subject: M,
    concepts: ['M.TRIG.EQN', 'M.TRIG.RATIOS'],
    difficulty: 2,
    build(rng) {
      const i = rng.int(0, TRIG_EQS.length - 1);
      const eq = TRIG_EQS[i]!;
      const v = rng.int(0, 1);
      const value = v === 0 ? eq.deg[0]! + eq.deg[1]! : eq.deg[1]! - eq.deg[0]!;
      return num({
        params: { i, v },
        text: `Find the ${v === 0 ? 'sum' : 'difference (larger minus smaller)'} of the solutions of $\\${eq.f} x = ${eq.tex}$ with $0° \\le x < 360°$, in degrees.`,
        value,
        unit: '',
        // Mistakes: only the principal value (doubled for the sum); the quadrant pair of the
        // wrong sign; 180° regardless.
        mistakes: [2 * eq.deg[0]!, v === 0 ? 360 - value + 180 : 360 - value, 180, 360, ...[90, 120, 240, 270, 450, 540].filter((x) => x !== value)],
        solution: `In $[0°, 360°)$, $\\${eq.f} x = ${eq.tex}$ holds at $x = ${eq.deg[0]}°$ and $x = ${eq.deg[1]}°$ (the two quadrants where $\\${eq.f}$ has this sign). ${v === 0 ? 'Sum' : 'Difference'}: $${value}°$.`,
        hi: {
          text: `$0° \\le x < 360°$ में $\\${eq.f} x = ${eq.tex}$ के हलों का ${v === 0 ? 'योग' : 'अंतर (बड़ा घटा छोटा)'} (अंशों में) ${HI_FIND}`,
          solution: `$[0°, 360°)$ में $\\${eq.f} x = ${eq.tex}$, $x = ${eq.deg[0]}°$ और $x = ${eq.deg[1]}°$ पर सत्य है (वे दो चतुर्थांश जहाँ $\\${eq.f}$ का यह चिह्न है)। ${v === 0 ? 'योग' : 'अंतर'}: $${value}°$।`,
        },
        result: [0, 720],
      });
    },
  },
  {
    id: 'm.trig.inverse-of-direct',
    subject: M,
    concepts: ['M.TRIG.INV', 'M.TRIG.RATIOS'],
    difficulty: 3,
    build(rng) {
      const f = rng.int(0, 2);
      const theta = rng.pick([100, 110, 120, 130, 140, 150, 160, 200, 210, 240, 250, 290, 300, 320, 330, -100, -120, -150]);
      const rad = (theta * Math.PI) / 180;
      // Principal value back in degrees: sin⁻¹ ∈ [−90, 90], cos⁻¹ ∈ [0, 180], tan⁻¹ ∈ (−90, 90).
      const back = [Math.asin(Math.sin(rad)), Math.acos(Math.cos(rad)), Math.atan(Math.tan(rad))][f]!;
      const value = Math.round((back * 180) / Math.PI);
      const names = ['\\sin^{-1}(\\sin', '\\cos^{-1}(\\cos', '\\tan^{-1}(\\tan'];
      const ranges = ['[-90°, 90°]', '[0°, 180°]', '(-90°, 90°)'];
      return num({
        params: { f, theta },
        text: `Find $${names[f]}(${theta}°))$ in degrees.`,
        value,
        unit: '',
        // Mistakes: θ itself (ignoring the principal range); the supplement; the negative; the
        // other reductions by 180° or 360° (the sine's rule for the cosine and so on). Those
        // outside the function's principal range are never shown (an impossible value).
        mistakes: [theta, 180 - theta, -value, value + 180, theta - 180, 360 - theta, theta - 360, 180 - value, -theta],
        solution: `The principal range of $${names[f]!.split('(')[0]}$ is $${ranges[f]}$. The angle in that range with the same ${['sine', 'cosine', 'tangent'][f]} as $${theta}°$ is $${value}°$.`,
        hi: {
          text: `$${names[f]}(${theta}°))$ का मान अंशों में ${HI_FIND}`,
          solution: `$${names[f]!.split('(')[0]}$ का मुख्य मान परिसर $${ranges[f]}$ है। इस परिसर में वह कोण, जिसकी ${['ज्या (sine)', 'कोज्या (cosine)', 'स्पर्शज्या (tangent)'][f]} $${theta}°$ के समान है, $${value}°$ है।`,
        },
        result: [-90, 180],
      });
    },
  },
  {
    id: 'm.mat.adjoint-chain',
    subject: M,
    concepts: ['M.MAT.INV', 'M.MAT.DET'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(2, 3);
      const d = rng.pick([-3, -2, 2, 3]);
      const k = rng.int(2, 3);
      const v = rng.int(0, 2);
      // |adj(kA)| = (kⁿ|A|)^{n−1}; |adj(adj A)| = |A|^{(n−1)²}; |k·adj A| = kⁿ|A|^{n−1}.
      const values = [(k ** n * d) ** (n - 1), d ** ((n - 1) ** 2), k ** n * d ** (n - 1)];
      const value = values[v] as number;
      const asks = [`|\\operatorname{adj}(${k}A)|`, '|\\operatorname{adj}(\\operatorname{adj}A)|', `|${k}\\operatorname{adj}A|`];
      return num({
        params: { n, d, k, v },
        text: `$A$ is a ${n}×${n} matrix with $|A| = ${d}$. Find $${asks[v]}$.`,
        value,
        unit: '',
        // Mistakes: k taken out once (not to the power n); |A|^{n} for the adjoint; (n − 1) in
        // place of (n − 1)².
        mistakes: [[(k * d) ** (n - 1), d ** n, k * d ** (n - 1)][v]!, [(k ** n * d) ** n, d ** (n - 1), k ** n * d ** n][v]!, [k ** n * d ** (n - 1), d ** (2 * (n - 1)), k * d ** n][v]!],
        solution: `For an $n \\times n$ matrix: $|kA| = k^n|A|$ and $|\\operatorname{adj}B| = |B|^{n-1}$. With $n = ${n}$: ${[`$|\\operatorname{adj}(${k}A)| = (${k}^{${n}} \\cdot ${d})^{${n - 1}}$`, `$|\\operatorname{adj}(\\operatorname{adj}A)| = |\\operatorname{adj}A|^{${n - 1}} = |A|^{${(n - 1) ** 2}}$`, `$|${k}\\operatorname{adj}A| = ${k}^{${n}}|A|^{${n - 1}}$`][v]} $= ${value}$.`,
        hi: {
          text: `$A$ एक ${n}×${n} आव्यूह है जिसका $|A| = ${d}$ है। $${asks[v]}$ ${HI_FIND}`,
          solution: `$n \\times n$ आव्यूह के लिए: $|kA| = k^n|A|$ तथा $|\\operatorname{adj}B| = |B|^{n-1}$। $n = ${n}$ पर: ${[`$|\\operatorname{adj}(${k}A)| = (${k}^{${n}} \\cdot ${d})^{${n - 1}}$`, `$|\\operatorname{adj}(\\operatorname{adj}A)| = |\\operatorname{adj}A|^{${n - 1}} = |A|^{${(n - 1) ** 2}}$`, `$|${k}\\operatorname{adj}A| = ${k}^{${n}}|A|^{${n - 1}}$`][v]} $= ${value}$।`,
        },
        result: [-10_000, 10_000],
      });
    },
  },
  {
    id: 'm.int.wallis-power',
    subject: M,
    concepts: ['M.INT.DEF', 'M.INT.METHODS'],
    difficulty: 4,
    build(rng) {
      const n = rng.int(2, 10);
      const f = rng.int(0, 1);
      const full = rng.int(0, 1);
      // Wallis: I_n = ((n − 1)/n) I_{n−2}, I_0 = π/2, I_1 = 1 over [0, π/2]; over [0, π] twice that.
      let I = n % 2 === 0 ? Math.PI / 2 : 1;
      for (let m = n % 2 === 0 ? 2 : 3; m <= n; m += 2) I *= (m - 1) / m;
      const value = full === 1 ? 2 * I : I;
      const fn = f === 0 ? '\\sin' : '\\cos';
      // Over [0, π] the cosine power with odd n integrates to 0; use sin there.
      const shownFn = full === 1 ? '\\sin' : fn;
      return num({
        params: { n, f: full === 1 ? 0 : f, full },
        text: `Evaluate $\\int_0^{${full === 1 ? '\\pi' : '\\frac{\\pi}{2}'}} ${shownFn}^{${n}} x\\,dx$.`,
        value,
        unit: '',
        // Mistakes: the π/2 factor applied for odd n (or dropped for even n); the reduction stopped
        // one step early; half the value.
        mistakes: [n % 2 === 0 ? value / (Math.PI / 2) : value * (Math.PI / 2), (value * n) / (n - 1), value / 2],
        sig: 4,
        solution: `Reduction: $I_n = \\frac{n - 1}{n}I_{n-2}$ with $I_0 = \\frac{\\pi}{2}$, $I_1 = 1$ on $[0, \\frac{\\pi}{2}]$${full === 1 ? ', and the integral over $[0, \\pi]$ is twice that by symmetry about $\\frac{\\pi}{2}$' : ''}. Value $\\approx ${value.toFixed(4)}$.`,
        hi: {
          text: `$\\int_0^{${full === 1 ? '\\pi' : '\\frac{\\pi}{2}'}} ${shownFn}^{${n}} x\\,dx$ का मान ज्ञात कीजिए।`,
          solution: `समानयन सूत्र: $[0, \\frac{\\pi}{2}]$ पर $I_n = \\frac{n - 1}{n}I_{n-2}$, $I_0 = \\frac{\\pi}{2}$, $I_1 = 1$${full === 1 ? '; $\\frac{\\pi}{2}$ के सापेक्ष सममिति से $[0, \\pi]$ पर समाकल इसका दोगुना है' : ''}। मान $\\approx ${value.toFixed(4)}$।`,
        },
        result: [0.2, 2.5],
      });
    },
  },
  {
    id: 'm.prob.first-red-expectation',
    subject: M,
    concepts: ['M.PROB.DIST', 'M.PC.COMB'],
    difficulty: 4,
    build(rng) {
      const r = rng.int(1, 6);
      const b = rng.int(1, 8);
      const N = r + b;
      // E[position of the first red] = (N + 1)/(r + 1) (the b black balls split into r + 1 gaps).
      const value = (N + 1) / (r + 1);
      return num({
        params: { r, b },
        text: `A bag has ${r} red and ${b} black balls. Balls are drawn one at a time without replacement until a red ball appears. Find the expected number of draws.`,
        value,
        unit: '',
        // Mistakes: the geometric (with replacement) mean N/r; N/(r + 1); the median-like (N + 1)/2.
        mistakes: [N / r, N / (r + 1), (N + 1) / 2, 1 + b / r],
        sig: 4,
        solution: `The ${r} red balls cut the ${b} black ones into ${r + 1} groups, each of expected size $\\frac{${b}}{${r + 1}}$ by symmetry. The first red ball comes after the first group: $E = 1 + \\frac{${b}}{${r + 1}} = ${fracTex(N + 1, r + 1)} \\approx ${value.toFixed(2)}$. (Check: $E = \\sum_k k\\,P(\\text{first red at } k)$ with ${'$'}P = \\frac{{}^{${N} - k}C_{${r - 1}}}{{}^{${N}}C_{${r}}}${'$'}.)`,
        hi: {
          text: `एक थैले में ${r} लाल और ${b} काली गेंदें हैं। बिना प्रतिस्थापन एक-एक करके गेंदें तब तक निकाली जाती हैं जब तक लाल गेंद न आ जाए। निकासियों की प्रत्याशित संख्या ${HI_FIND}`,
          solution: `${r} लाल गेंदें ${b} काली गेंदों को ${r + 1} समूहों में बाँटती हैं, सममिति से प्रत्येक का प्रत्याशित आकार $\\frac{${b}}{${r + 1}}$ है। पहली लाल गेंद पहले समूह के बाद आती है: $E = 1 + \\frac{${b}}{${r + 1}} = ${fracTex(N + 1, r + 1)} \\approx ${value.toFixed(2)}$।`,
        },
        result: [1, 8],
      });
    },
  },
];
