import { fracTex, polyTex, term } from './format.ts';
import { surdTex, vecTex } from './math-depth-d.ts';
import { multi, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Fourth question shapes for polar form (the polygon of n-th roots), quadratics (a common root),
 * matrix types (powers of idempotent, nilpotent and involutory matrices), counting (divisors),
 * continuity (greatest-integer jumps), integral properties (the 1/(1 + bˣ) symmetry), differential
 * equations (a second-order initial-value problem), angles between lines (lines at a given angle
 * through a point), 3D lines (foot, distance, image, plane: multi-correct) and cross products
 * (solving a × x = b, a · x = c), in English and Hindi. Checked in math-depth-p.test.ts by
 * independent numerics: the shoelace area of the roots, a Sylvester resultant, explicit matrix
 * powers, divisor enumeration, a scan for jumps, Simpson's rule, Runge–Kutta, rotated direction
 * angles, a one-dimensional minimisation and least squares.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const integers = (xs: readonly number[], value: number) => xs.filter((x) => Number.isInteger(x) && x !== value);
const cross = (a: readonly number[], b: readonly number[]): number[] => [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, x, i) => s + x * b[i]!, 0);
const point = (v: readonly number[]) => `(${v.join(', ')})`;
/** n₁x + n₂y + n₃z = D as LaTeX, zero terms left out. */
const planeTex = (n: readonly number[], D: number) => {
  const terms: string[] = [];
  (['x', 'y', 'z'] as const).forEach((v, i) => {
    const t = term(n[i]!, 1, terms.length === 0, v);
    if (t) terms.push(t);
  });
  return `${terms.join(' ')} = ${D}`;
};
const matTex = (m: readonly (readonly number[])[]) => `\\begin{pmatrix} ${m.map((r) => r.join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
/** Divisor pairs (b, c) with b·c = product, b from −limit…limit (b ≠ 0). */
const factorPairs = (product: number, limit: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let b = -limit; b <= limit; b++) if (b !== 0 && product % b === 0 && Math.abs(product / b) <= limit) out.push([b, product / b]);
  return out;
};

/** The four statements of the point-and-line multi-correct template, from their claimed values. */
export function footStatements(c: { foot: readonly number[]; N: number; twice: number; image: readonly number[]; d: readonly number[]; D: number }): { en: string[]; hi: string[] } {
  const dist = surdTex(c.twice ? 4 * c.N : c.N);
  const plane = planeTex(c.d, c.D);
  return {
    en: [
      `The foot of the perpendicular from $P$ to the line is $${point(c.foot)}$.`,
      `The perpendicular distance of $P$ from the line is $${dist}$.`,
      `The image (reflection) of $P$ in the line is $${point(c.image)}$.`,
      `The plane through $P$ perpendicular to the line is $${plane}$.`,
    ],
    hi: [
      `$P$ से रेखा पर डाले गए लंब का पाद $${point(c.foot)}$ है।`,
      `रेखा से $P$ की लांबिक दूरी $${dist}$ है।`,
      `रेखा में $P$ का प्रतिबिंब $${point(c.image)}$ है।`,
      `$P$ से होकर रेखा के लंबवत समतल $${plane}$ है।`,
    ],
  };
}

export const mathDepthPGenerators: GeneratorDef[] = [
  {
    id: 'm.cplx.roots-polygon-area',
    subject: M,
    concepts: ['M.CPLX.POLAR', 'M.CPLX.ROOTS'],
    difficulty: 4,
    build(rng) {
      const n = rng.pick([3, 4, 6]);
      const r = rng.int(2, 5);
      const dir = rng.int(0, 3);
      const R = r ** n;
      const w = [`${R}`, `${R}i`, `-${R}`, `-${R}i`][dir] as string;
      const sin = n === 4 ? 1 : Math.sqrt(3) / 2; // sin(2π/n): 120° and 60° share √3/2
      // The roots lie on |z| = R^{1/n} = r, 2π/n apart: n triangles of area ½r² sin(2π/n).
      const value = (n / 2) * r * r * sin;
      const sinTex = n === 4 ? '1' : '\\frac{\\sqrt3}{2}';
      return num({
        params: { n, r, dir },
        text: `The roots of $z^{${n}} = ${w}$ are plotted in the Argand plane. Find the area of the polygon whose vertices they are.`,
        value,
        unit: '',
        // Mistakes: the ½ of each triangle dropped; r for r²; the circumscribing circle's area πr²;
        // the sine dropped; |w| taken as the radius of the roots' circle.
        mistakes: [n * r * r * sin, (n / 2) * r * sin, Math.PI * r * r, (n / 2) * r * r, (n / 2) * R * sin],
        solution: `$|z|^{${n}} = ${R}$ gives $|z| = ${r}$; the ${n} roots are equally spaced by $\\frac{2\\pi}{${n}}$ on this circle, so the polygon is regular and splits into ${n} triangles of area $\\frac12 \\cdot ${r}^2 \\sin\\frac{2\\pi}{${n}}$. Area $= \\frac{${n}}{2}\\cdot ${r * r} \\cdot ${sinTex} \\approx ${value.toFixed(2)}$.`,
        hi: {
          text: `$z^{${n}} = ${w}$ के मूल आर्गंड तल में दर्शाए गए हैं। इन मूलों को शीर्ष मानकर बने बहुभुज का क्षेत्रफल ${HI_FIND}`,
          solution: `$|z|^{${n}} = ${R}$ से $|z| = ${r}$; ${n} मूल इस वृत्त पर $\\frac{2\\pi}{${n}}$ के समान अंतराल पर हैं, अतः बहुभुज सम है और $\\frac12 \\cdot ${r}^2 \\sin\\frac{2\\pi}{${n}}$ क्षेत्रफल वाले ${n} त्रिभुजों में बँटता है। क्षेत्रफल $= \\frac{${n}}{2}\\cdot ${r * r} \\cdot ${sinTex} \\approx ${value.toFixed(2)}$।`,
        },
        result: [4, 70],
      });
    },
  },
  {
    id: 'm.quad.common-root-values',
    subject: M,
    concepts: ['M.QUAD.FORM', 'M.QUAD.ROOTS'],
    difficulty: 4,
    build(rng) {
      const alpha = rng.int(-6, 6);
      let beta = rng.int(-6, 6);
      while (beta === alpha) beta = rng.int(-6, 6);
      let S = rng.int(-8, 8);
      while (S === alpha + beta) S = rng.int(-8, 8);
      // Exactly one common root: it is α (then k = α(S − α)) or β (k = β(S − β)); S ≠ α + β keeps
      // the equations different, so each k shares exactly one root.
      const [ka, kb] = [alpha * (S - alpha), beta * (S - beta)];
      const value = ka + kb;
      const first = polyTex([alpha * beta, -(alpha + beta), 1]);
      const second = `${polyTex([0, -S, 1])} + k`;
      return num({
        params: { alpha, beta, S },
        text: `The equations $${first} = 0$ and $${second} = 0$ have exactly one root in common. Find the sum of all possible values of $k$.`,
        value,
        unit: '',
        // Mistakes: only the first common root considered (either one); S(α + β) with the squares
        // forgotten; the product of the roots αβ taken as k.
        mistakes: integers([ka, kb, S * (alpha + beta), alpha * beta, S * (alpha + beta) - 2 * alpha * beta], value),
        solution: `The roots of the first equation are $${alpha}$ and $${beta}$. If $${alpha}$ is common, $k = -(${alpha})^2 + ${S}\\cdot(${alpha}) = ${ka}$; if $${beta}$ is common, $k = ${kb}$. Neither makes the equations identical (their $x$-coefficients differ), so both are possible: sum $= ${value}$.`,
        hi: {
          text: `समीकरणों $${first} = 0$ तथा $${second} = 0$ का ठीक एक मूल उभयनिष्ठ है। $k$ के सभी संभव मानों का योग ${HI_FIND}`,
          solution: `पहले समीकरण के मूल $${alpha}$ तथा $${beta}$ हैं। यदि $${alpha}$ उभयनिष्ठ है तो $k = ${ka}$; यदि $${beta}$ उभयनिष्ठ है तो $k = ${kb}$। $x$ के गुणांक भिन्न हैं, अतः दोनों मान संभव हैं: योग $= ${value}$।`,
        },
        result: [-200, 200],
      });
    },
  },
  {
    id: 'm.mat.special-power-sum',
    subject: M,
    concepts: ['M.MAT.TYPES', 'M.MAT.ALG', 'M.BIN.EXP'],
    difficulty: 4,
    build(rng) {
      const kind = rng.int(0, 2); // 0 idempotent A² = A, 1 nilpotent A² = O, 2 involutory A² = I
      const a = kind === 0 ? rng.pick([2, 3, -1, -2]) : rng.int(1, 3);
      const d = kind === 0 ? 1 - a : -a;
      const product = kind === 0 ? a * (1 - a) : kind === 1 ? -a * a : 1 - a * a;
      const pairs: [number, number][] = product === 0 ? [[1, 0], [2, 0], [3, 0], [0, 1], [0, 2], [0, -3]] : factorPairs(product, 8);
      const [b, c] = rng.pick(pairs);
      const n = rng.int(3, 6);
      const s = a + b + c + d;
      const values = [2 + (2 ** n - 1) * s, 2 + n * s, 2 ** (n - 1) * (2 + s)];
      const value = values[kind] as number;
      const law = ['A^2 = A', 'A^2 = O', 'A^2 = I'][kind] as string;
      const expand = [
        `(I + A)^{${n}} = \\sum \\binom{${n}}{r} A^r = I + (2^{${n}} - 1)A`,
        `(I + A)^{${n}} = I + ${n}A`,
        `(I + A)^2 = 2(I + A) \\Rightarrow (I + A)^{${n}} = 2^{${n - 1}}(I + A)`,
      ][kind] as string;
      const A = matTex([[a, b], [c, d]]);
      return num({
        params: { kind, a, b, c, n },
        text: `$A = ${A}$ and $I$ is the identity matrix of order 2. Find the sum of all the entries of $(I + A)^{${n}}$.`,
        value,
        unit: '',
        // Mistakes: the expansion of the wrong matrix type (each of the other two laws); 2ⁿ for
        // 2ⁿ − 1 in the idempotent sum; the sum of entries of A raised to the n-th power.
        mistakes: integers([...values.filter((_, i) => i !== kind), 2 + 2 ** n * s, (2 + s) ** n, 2 ** n * (2 + s)], value),
        solution: `Multiplying out, $${law}$. With $I$ and $A$ commuting, $${expand}$. The entries of $I$ add to 2 and those of $A$ to $${s}$, so the sum is $${value}$.`,
        hi: {
          text: `$A = ${A}$ तथा $I$ कोटि 2 का तत्समक आव्यूह है। $(I + A)^{${n}}$ के सभी अवयवों का योग ${HI_FIND}`,
          solution: `यहाँ $${law}$ है। $I$ तथा $A$ क्रमविनिमेय हैं, अतः $${expand}$। $I$ के अवयवों का योग 2 तथा $A$ के अवयवों का योग $${s}$ है, अतः उत्तर $${value}$ है।`,
        },
        result: [-2000, 2000],
      });
    },
  },
  {
    id: 'm.pc.divisor-count',
    subject: M,
    concepts: ['M.PC.FCP'],
    difficulty: 3,
    build(rng) {
      const [a, b, c] = [rng.int(1, 5), rng.int(1, 3), rng.int(0, 2)];
      const N = 2 ** a * 3 ** b * 5 ** c;
      const v = rng.int(0, 3);
      // A divisor is 2^i 3^j 5^k: choices for each exponent multiply (fundamental principle).
      const values = [(a + 1) * (b + 1) * (c + 1), a * (b + 1) * (c + 1), (b + 1) * (c + 1), a * b * (c + 1)];
      const value = values[v] as number;
      const what = ['positive divisors', 'even positive divisors', 'odd positive divisors', 'positive divisors that are multiples of 6'][v] as string;
      const whatHi = ['धनात्मक भाजक', 'सम धनात्मक भाजक', 'विषम धनात्मक भाजक', '6 के गुणज धनात्मक भाजक'][v] as string;
      // The number of choices of each exponent under the condition, as the solution shows it.
      const five = c > 0 ? [`(${c} + 1)`] : [];
      const rule = [[`(${a} + 1)`, `(${b} + 1)`, ...five], [`${a}`, `(${b} + 1)`, ...five], ['1', `(${b} + 1)`, ...five], [`${a}`, `${b}`, ...five]][v]!.join('\\cdot');
      const factor = `2^{${a}} \\cdot 3^{${b}}${c ? ` \\cdot 5^{${c}}` : ''}`;
      const form = c > 0 ? '2^i 3^j 5^k' : '2^i 3^j';
      const ranges = `$0 \\le i \\le ${a}$, $0 \\le j \\le ${b}$${c > 0 ? `, $0 \\le k \\le ${c}$` : ''}`;
      return num({
        params: { a, b, c, v },
        text: `How many ${what} does $${N}$ have?`,
        value,
        unit: '',
        // Mistakes: the other counts (all divisors for even ones and so on); exponents multiplied
        // without the +1; exponents added.
        mistakes: integers([...values.filter((_, i) => i !== v), a * b * Math.max(c, 1), a + b + c + 1, value - 1], value).filter((x) => x > 0),
        solution: `$${N} = ${factor}$. Every divisor is $${form}$ with ${ranges}; ${['no further condition', 'even means $i \\ge 1$', 'odd means $i = 0$', 'a multiple of 6 needs $i \\ge 1$ and $j \\ge 1$'][v]}. Multiplying the number of choices for each exponent: $${rule} = ${value}$.`,
        hi: {
          text: `$${N}$ के कितने ${whatHi} हैं?`,
          solution: `$${N} = ${factor}$। प्रत्येक भाजक $${form}$ के रूप का है (${ranges}); ${['कोई अन्य प्रतिबंध नहीं', 'सम के लिए $i \\ge 1$', 'विषम के लिए $i = 0$', '6 के गुणज के लिए $i \\ge 1$ तथा $j \\ge 1$'][v]}। गणना के मूल सिद्धांत से प्रत्येक घातांक के विकल्पों का गुणनफल: $${rule} = ${value}$।`,
        },
        result: [1, 100],
      });
    },
  },
  {
    id: 'm.cont.floor-square-jumps',
    subject: M,
    concepts: ['M.CONT.DIFF', 'M.FUNC.BASICS'],
    difficulty: 3,
    build(rng) {
      const k = rng.int(1, 3);
      const m = rng.int(1, 4);
      const n = rng.int(1, 4);
      // [kx²] jumps where kx² is a positive integer j: x = ±√(j/k) with j < km² (left) or kn²
      // (right). At x = 0, kx² ≥ 0 stays below 1 on both sides, so there is no jump.
      const value = k * (m * m + n * n) - 2;
      const inner = k === 1 ? 'x^2' : `${k}x^2`;
      const side = (count: number) => (count > 0 ? `$j = 1, \\dots, ${count}$ (${count} point${count === 1 ? '' : 's'})` : 'no point');
      return num({
        params: { k, m, n },
        text: `$f(x) = [${inner}]$, where $[t]$ is the greatest integer not exceeding $t$. Find the number of points in the open interval $(${-m}, ${n})$ at which $f$ is discontinuous.`,
        value,
        unit: '',
        // Mistakes: x = 0 counted (kx² = 0 is an integer there); the end points counted too; only
        // the integers in the interval; only the positive side.
        mistakes: integers([value + 1, value + 3, m + n - 1, k * n * n - 1, k * (m + n) - 2], value).filter((x) => x >= 0),
        solution: `$[${inner}]$ jumps where $${inner}$ crosses a positive integer $j$. For $x \\in (0, ${n})$: ${side(k * n * n - 1)}; for $x \\in (${-m}, 0)$: ${side(k * m * m - 1)}. At $x = 0$, $0 \\le ${inner} < 1$ on both sides, so $f = 0$ there and near it: continuous. Total $${value}$.`,
        hi: {
          text: `$f(x) = [${inner}]$, जहाँ $[t]$ महत्तम पूर्णांक फलन है। विवृत अंतराल $(${-m}, ${n})$ में उन बिंदुओं की संख्या ${HI_FIND.replace('।', '')} जिन पर $f$ असंतत है।`,
          solution: `$[${inner}]$ वहाँ असंतत है जहाँ $${inner}$ किसी धन पूर्णांक $j$ को पार करता है। $(0, ${n})$ में ${k * n * n - 1} बिंदु तथा $(${-m}, 0)$ में ${k * m * m - 1} बिंदु। $x = 0$ पर दोनों ओर $0 \\le ${inner} < 1$, अतः $f$ संतत है। कुल $${value}$।`,
        },
        result: [0, 100],
      });
    },
  },
  {
    id: 'm.int.exp-denominator-symmetry',
    subject: M,
    concepts: ['M.INT.PROP', 'M.INT.DEF'],
    difficulty: 4,
    build(rng) {
      const a = rng.int(1, 4);
      const k = rng.int(1, 5);
      const base = rng.int(0, 3);
      const power = ['e^{x}', '2^{x}', '3^{x}', '5^{x}'][base] as string;
      // I = ∫ h(x)/(1 + bˣ) over [−a, a] with h even; x → −x gives ∫ h(x) bˣ/(1 + bˣ); adding,
      // 2I = ∫_{−a}^{a} h = 2∫₀ᵃ h, so I = ∫₀ᵃ (3x² + 2k) dx = a³ + 2ka.
      const value = a ** 3 + 2 * k * a;
      const h = polyTex([2 * k, 0, 3]);
      return num({
        params: { a, k, base },
        text: `Evaluate $\\displaystyle\\int_{${-a}}^{${a}} \\frac{${h}}{1 + ${power}}\\,dx$.`,
        value,
        unit: '',
        // Mistakes: the whole ∫₋ₐᵃ h (the halving forgotten); half of ∫₀ᵃ h; the constant's share
        // dropped; the integrand taken as odd (0, never shown).
        mistakes: integers([2 * value, value / 2, a ** 3, a ** 3 + k * a, 0], value),
        solution: `Call it $I$. Putting $x \\to -x$: $I = \\int_{${-a}}^{${a}} \\frac{(${h})\\,${power}}{1 + ${power}}\\,dx$ (the numerator is even). Adding the two forms: $2I = \\int_{${-a}}^{${a}} (${h})\\,dx = 2\\int_0^{${a}} (${h})\\,dx$, so $I = \\left[x^3 + ${2 * k}x\\right]_0^{${a}} = ${value}$.`,
        hi: {
          text: `$\\displaystyle\\int_{${-a}}^{${a}} \\frac{${h}}{1 + ${power}}\\,dx$ का मान ${HI_FIND}`,
          solution: `माना यह $I$ है। $x \\to -x$ रखने पर $I = \\int_{${-a}}^{${a}} \\frac{(${h})\\,${power}}{1 + ${power}}\\,dx$ (अंश सम फलन है)। दोनों को जोड़ने पर $2I = 2\\int_0^{${a}} (${h})\\,dx$, अतः $I = \\left[x^3 + ${2 * k}x\\right]_0^{${a}} = ${value}$।`,
        },
        result: [1, 200],
      });
    },
  },
  {
    id: 'm.de.second-order-ivp',
    subject: M,
    concepts: ['M.DE.BASICS', 'M.FUNC.EXPLOG'],
    difficulty: 4,
    build(rng) {
      let [m, n, A, B] = [2, -1, 1, 1];
      let value = 0;
      for (let tries = 0; tries < 40; tries++) {
        m = rng.int(1, 3);
        n = rng.pick([-3, -2, -1, 1, 2, 3].filter((x) => x !== m));
        A = rng.pick([-3, -2, -1, 1, 2, 3]);
        B = rng.pick([-3, -2, -1, 1, 2, 3]);
        value = A * 2 ** m + B * 2 ** n;
        if (Math.abs(value) >= 0.5) break;
      }
      if (Math.abs(value) < 0.5) [m, n, A, B, value] = [2, -1, 1, 1, 4.5];
      const [y0, dy0] = [A + B, m * A + n * B];
      const eq = [`y''`, term(-(m + n), 1, false, "y'"), term(m * n, 1, false, 'y'), '= 0'].filter(Boolean).join(' ');
      const aux = polyTex([m * n, -(m + n), 1], 'r');
      const times = (c: number, sym: string) => `${c === 1 ? '' : c === -1 ? '-' : c}${sym}`;
      const dyTex = `${times(m, 'A')} ${n < 0 ? '-' : '+'} ${times(Math.abs(n), 'B')}`;
      const general = `y = Ae^{${times(m, 'x')}} + Be^{${times(n, 'x')}}`;
      return num({
        params: { m, n, A, B },
        text: `$y(x)$ satisfies $${eq}$ with $y(0) = ${y0}$ and $y'(0) = ${dy0}$. Find $y(\\ln 2)$.`,
        value,
        unit: '',
        // Mistakes: the constants swapped between the two exponentials; the roots of the auxiliary
        // equation taken with the wrong sign; a sign slip in B; y(0)·2^m.
        mistakes: [A * 2 ** n + B * 2 ** m, A * 2 ** -m + B * 2 ** -n, A * 2 ** m - B * 2 ** n, y0 * 2 ** m],
        solution: `Auxiliary equation $${aux} = 0$: $r = ${m}, ${n}$, so $${general}$. $y(0) = A + B = ${y0}$ and $y'(0) = ${dyTex} = ${dy0}$ give $A = ${A}$, $B = ${B}$. Then $y(\\ln 2) = ${A}\\cdot 2^{${m}} ${B < 0 ? '-' : '+'} ${Math.abs(B)}\\cdot 2^{${n}} = ${fracTex(value * 8, 8)}$.`,
        hi: {
          text: `$y(x)$ अवकल समीकरण $${eq}$ को संतुष्ट करता है, जहाँ $y(0) = ${y0}$ तथा $y'(0) = ${dy0}$ है। $y(\\ln 2)$ ${HI_FIND}`,
          solution: `सहायक समीकरण $${aux} = 0$ से $r = ${m}, ${n}$, अतः $${general}$। प्रारंभिक प्रतिबंधों से $A = ${A}$, $B = ${B}$। अतः $y(\\ln 2) = ${fracTex(value * 8, 8)}$।`,
        },
        result: [-60, 60],
      });
    },
  },
  {
    id: 'm.cg.lines-at-angle-intercepts',
    subject: M,
    concepts: ['M.CG.LINE.ANGLE', 'M.CG.STRAIGHT'],
    difficulty: 4,
    build(rng) {
      const T: readonly [number, number][] = [[1, 1], [2, 1], [3, 1], [1, 2], [1, 3]];
      let [tp, tq] = rng.pick(T);
      let m = rng.int(-3, 3);
      for (let tries = 0; tries < 20 && Math.abs(m * tp) === tq; tries++) [[tp, tq], m] = [rng.pick(T), rng.int(-3, 3)];
      if (Math.abs(m * tp) === tq) [tp, tq, m] = [1, 1, 0];
      const t = tp / tq;
      const h = rng.pick([-4, -3, -2, -1, 1, 2, 3, 4]);
      const k = rng.int(-4, 4);
      const c0 = rng.int(-5, 5);
      // Slopes (m ± t)/(1 ∓ mt); both lines pass through (h, k), so their y-intercepts differ by
      // |h|·|s₁ − s₂| = |h|·2t(1 + m²)/|1 − m²t²|.
      const value = (Math.abs(h) * 2 * t * (1 + m * m)) / Math.abs(1 - m * m * t * t);
      const line = `y = ${polyTex([c0, m])}`;
      const tTex = fracTex(tp, tq);
      const am = Math.abs(m);
      const angleTex = m === 0 ? `|s| = ${tTex}` : `\\left|\\frac{s ${m < 0 ? '+' : '-'} ${am}}{1 ${m < 0 ? '-' : '+'} ${am === 1 ? '' : am}s}\\right| = ${tTex}`;
      const slopesTex = m === 0 ? `s_{1,2} = \\pm ${tTex}` : `s_{1,2} = \\frac{${m} \\pm ${tTex}}{1 ${m < 0 ? '\\pm' : '\\mp'} ${am === 1 ? '' : `${am}\\cdot`}${tTex}}`;
      return num({
        params: { tp, tq, m, h, k, c0 },
        text: `Two lines pass through $P(${h}, ${k})$, each making an angle $\\theta$ with the line $${line}$, where $\\tan\\theta = ${tTex}$. Find the distance between the points where these two lines cut the $y$-axis.`,
        value,
        unit: '',
        // Mistakes: the given line treated as horizontal (slopes ±t); the sign slip 1 + m²t² in
        // the denominator; |h| forgotten (the slopes' difference itself); the slopes' sum
        // 2m(1 + t²)/(1 − m²t²) taken for their difference.
        mistakes: [2 * t * Math.abs(h), (Math.abs(h) * 2 * t * (1 + m * m)) / (1 + m * m * t * t), value / Math.abs(h), (Math.abs(h) * 2 * m * (1 + t * t)) / (1 - m * m * t * t)].filter((x) => x > 0),
        solution: `A line of slope $s$ makes angle $\\theta$ with slope $${m}$ when $${angleTex}$, so $${slopesTex}$. Through $P$ the intercepts are $${k} ${h < 0 ? '+' : '-'} ${Math.abs(h)}s_1$ and $${k} ${h < 0 ? '+' : '-'} ${Math.abs(h)}s_2$, whose distance is $${Math.abs(h)}\\,|s_1 - s_2| = ${Math.abs(h)}\\cdot\\frac{2\\cdot${tTex}(1 + ${m * m})}{|1 - ${m * m}\\cdot(${tTex})^2|} \\approx ${value.toFixed(2)}$.`,
        hi: {
          text: `दो रेखाएँ $P(${h}, ${k})$ से होकर जाती हैं और प्रत्येक रेखा $${line}$ के साथ कोण $\\theta$ बनाती है, जहाँ $\\tan\\theta = ${tTex}$ है। ये दोनों रेखाएँ $y$-अक्ष को जिन बिंदुओं पर काटती हैं, उनके बीच की दूरी ${HI_FIND}`,
          solution: `ढाल $s$ की रेखा ढाल $${m}$ से कोण $\\theta$ बनाती है यदि $${angleTex}$, अतः $${slopesTex}$। $P$ से होकर अंतःखंडों की दूरी $${Math.abs(h)}\\,|s_1 - s_2| \\approx ${value.toFixed(2)}$ है।`,
        },
        result: [0.5, 50],
      });
    },
  },
  {
    id: 'm.3d.point-line-statements-multi',
    subject: M,
    concepts: ['M.3D.LINES', 'M.VEC.DOT', 'M.3D.PLANES'],
    difficulty: 4,
    build(rng) {
      const D: readonly number[][] = [[1, 2, 2], [2, -1, 2], [1, -1, 1], [2, 3, 6], [1, 0, 1], [0, 1, -1], [3, 0, 4], [1, 2, -2]];
      const d = rng.pick(D);
      const A = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
      const lam = rng.pick([-2, -1, 1, 2]);
      let w = [0, 0, 0];
      for (let tries = 0; tries < 20 && w.every((x) => x === 0); tries++) w = cross(d, [rng.int(-2, 2), rng.int(-2, 2), rng.int(-2, 2)]);
      if (w.every((x) => x === 0)) w = cross(d, d[0] === 0 ? [1, 0, 0] : [0, 0, 1]);
      const F = A.map((x, i) => x + lam * d[i]!);
      const P = F.map((x, i) => x + w[i]!);
      const flags: number[] = [rng.int(0, 1), rng.int(0, 1), rng.int(0, 1), rng.int(0, 1)];
      if (!flags.includes(0)) flags[rng.int(0, 3)] = 0;
      // Flag 1 makes a statement false by a named slip: the line's given point A for the foot;
      // the distance from P to its image for the distance to the line; reflection in A instead
      // of the foot; the plane through A instead of P.
      const claims = {
        foot: flags[0] ? A : F,
        N: dot(w, w),
        twice: flags[1]!,
        image: flags[2] ? A.map((x, i) => 2 * x - P[i]!) : F.map((x, i) => 2 * x - P[i]!),
        d,
        D: flags[3] ? dot(d, A) : dot(d, P),
      };
      const st = footStatements(claims);
      const lineTex = `\\vec r = ${point(A)} + \\lambda${point(d)}`;
      const image = F.map((x, i) => 2 * x - P[i]!);
      return multi({
        params: { a0: A[0]!, a1: A[1]!, a2: A[2]!, d0: d[0]!, d1: d[1]!, d2: d[2]!, p0: P[0]!, p1: P[1]!, p2: P[2]!, f0: claims.foot[0]!, f1: claims.foot[1]!, f2: claims.foot[2]!, N: claims.N, twice: claims.twice, i0: claims.image[0]!, i1: claims.image[1]!, i2: claims.image[2]!, D: claims.D },
        text: `For the point $P${point(P)}$ and the line $${lineTex}$, which of the following statements are correct?`,
        options: st.en.map((text, i) => ({ text, correct: flags[i] === 0 })),
        solution: `The foot is $F = ${point(A)} + \\lambda${point(d)}$ with $\\vec{PF} \\cdot ${point(d)} = 0$, giving $\\lambda = ${lam}$ and $F = ${point(F)}$. The distance is $|\\vec{PF}| = ${surdTex(dot(w, w))}$ (twice that is the distance from $P$ to its image). The image is $2F - P = ${point(image)}$. The plane through $P$ with normal $${vecTex(d)}$ is $${planeTex(d, dot(d, P))}$ (it contains $F$, not $A$).`,
        hi: {
          text: `बिंदु $P${point(P)}$ तथा रेखा $${lineTex}$ के लिए निम्नलिखित में से कौन-से कथन सही हैं?`,
          solution: `लंब का पाद $F = ${point(A)} + \\lambda${point(d)}$, जहाँ $\\vec{PF} \\cdot ${point(d)} = 0$, अतः $\\lambda = ${lam}$ तथा $F = ${point(F)}$। दूरी $|\\vec{PF}| = ${surdTex(dot(w, w))}$ है (इसकी दुगुनी, $P$ से उसके प्रतिबिंब की दूरी)। प्रतिबिंब $2F - P = ${point(image)}$ है। $P$ से होकर अभिलंब $${vecTex(d)}$ वाला समतल $${planeTex(d, dot(d, P))}$ है।`,
          options: st.hi,
        },
      });
    },
  },
  {
    id: 'm.vec.solve-cross-dot-system',
    subject: M,
    concepts: ['M.VEC.CROSS', 'M.VEC.DOT', 'M.VEC.TRIPLE'],
    difficulty: 5,
    build(rng) {
      const AS: readonly number[][] = [[1, 1, 1], [1, 2, 2], [2, 1, -2], [1, -1, 1], [1, 0, 1], [0, 1, 1], [1, 1, 0], [2, -1, 2], [1, 2, 3]];
      const a = rng.pick(AS);
      const v = rng.int(0, 1);
      let x = [1, 0, 0];
      for (let tries = 0; tries < 50; tries++) {
        x = [rng.int(-3, 3), rng.int(-3, 3), rng.int(-3, 3)];
        const sum = x[0]! + x[1]! + x[2]!;
        if (cross(a, x).some((t) => t !== 0) && dot(a, x) !== 0 && (v === 0 || sum !== 0)) break;
      }
      if (cross(a, x).every((t) => t === 0) || dot(a, x) === 0 || (v === 1 && x[0]! + x[1]! + x[2]! === 0)) x = [2, -1, 0];
      const b = cross(a, x);
      const c = dot(a, x);
      const aa = dot(a, a);
      // a × (a × x) = a(a·x) − x|a|² = a × b ⇒ x = (c a − a × b)/|a|².
      const ab = cross(a, b);
      const slip = a.map((t, i) => (c * t + ab[i]!) / aa); // sign slip: + a × b
      const value = v === 0 ? dot(x, x) : x[0]! + x[1]! + x[2]!;
      const ask = v === 0 ? '|\\vec x|^2' : 'x_1 + x_2 + x_3';
      return num({
        params: { a0: a[0]!, a1: a[1]!, a2: a[2]!, b0: b[0]!, b1: b[1]!, b2: b[2]!, c, v },
        text: `$\\vec a = ${vecTex(a)}$. The vector $\\vec x = x_1\\hat i + x_2\\hat j + x_3\\hat k$ satisfies $\\vec a \\times \\vec x = ${vecTex(b)}$ and $\\vec a \\cdot \\vec x = ${c}$. Find $${ask}$.`,
        value,
        unit: '',
        // Mistakes: |x|²: only the part perpendicular to a (|b|²/|a|²), only the parallel part
        // (c²/|a|²), the division by |a|² forgotten once (|b|² + c²)/|a|; sum: the sign slip
        // x = (c a + a × b)/|a|², c a − a × b not divided by |a|².
        mistakes:
          v === 0
            ? [dot(b, b) / aa, (c * c) / aa, (dot(b, b) + c * c) / Math.sqrt(aa), dot(b, b) + c * c]
            : [slip[0]! + slip[1]! + slip[2]!, (value * aa), c, -value],
        solution: `Cross $\\vec a$ with $\\vec a \\times \\vec x = \\vec b$: $\\vec a(\\vec a\\cdot\\vec x) - |\\vec a|^2\\vec x = \\vec a \\times \\vec b = ${vecTex(ab)}$, so $\\vec x = \\frac{${c}\\vec a - \\vec a \\times \\vec b}{${aa}} = ${vecTex(x)}$ and $${ask} = ${value}$.`,
        hi: {
          text: `$\\vec a = ${vecTex(a)}$ है। सदिश $\\vec x = x_1\\hat i + x_2\\hat j + x_3\\hat k$, $\\vec a \\times \\vec x = ${vecTex(b)}$ तथा $\\vec a \\cdot \\vec x = ${c}$ को संतुष्ट करता है। $${ask}$ ${HI_FIND}`,
          solution: `$\\vec a \\times \\vec x = \\vec b$ का $\\vec a$ से सदिश गुणन करने पर $\\vec a(\\vec a\\cdot\\vec x) - |\\vec a|^2\\vec x = \\vec a \\times \\vec b = ${vecTex(ab)}$, अतः $\\vec x = \\frac{${c}\\vec a - \\vec a \\times \\vec b}{${aa}} = ${vecTex(x)}$ तथा $${ask} = ${value}$।`,
        },
        result: [-10, 30],
      });
    },
  },
];
