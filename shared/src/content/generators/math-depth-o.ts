import { num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Fourth question shapes for hyperbola focal distances, logarithmic equations, substitution
 * integrals and Apollonius circles, in English and Hindi. Checked in math-depth-o.test.ts by
 * bisection along the hyperbola, bisection on the equation, Simpson's rule and the locus's
 * x-axis crossings.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const integers = (xs: number[], value: number) => xs.filter((x) => Number.isInteger(x) && x !== value);

export const mathDepthOGenerators: GeneratorDef[] = [
  {
    id: 'm.cg.hyperbola-other-focal-distance',
    subject: M,
    concepts: ['M.CG.HYPERBOLA'],
    difficulty: 3,
    build(rng) {
      const [a, b, c] = rng.pick(TRIPLES) as unknown as [number, number, number];
      // PS₁ ranges over [c − a, ∞) on the near branch and [c + a, ∞) on the far one; with
      // PS₁ < c + a only the near branch is possible, so PS₂ = PS₁ + 2a.
      const d1 = rng.int(c - a, c + a - 1);
      const value = d1 + 2 * a;
      return num({
        params: { a, b, d1 },
        text: `$P$ is a point on the hyperbola $\\frac{x^2}{${a * a}} - \\frac{y^2}{${b * b}} = 1$ whose distance from the focus $S_1(${c}, 0)$ is ${d1}. Find its distance from the other focus $S_2(${-c}, 0)$.`,
        value,
        unit: '',
        // Mistakes: PS₁ − 2a (the far-branch case, impossible here); 2a alone; the ellipse rule
        // 2a − PS₁; PS₁ + 2c.
        mistakes: integers([d1 - 2 * a, 2 * a, d1 + 2 * c, d1 + a, 2 * a + 2 * c - d1], value).filter((x) => x > 0),
        solution: `$|PS_2 - PS_1| = 2a = ${2 * a}$, so $PS_2 = ${d1} \\pm ${2 * a}$. A point on the branch nearer $S_2$ would have $PS_1 \\ge c + a = ${c + a}$, but $PS_1 = ${d1}$, so $P$ is on the branch nearer $S_1$ and $PS_2 = ${d1} + ${2 * a} = ${value}$.`,
        hi: {
          text: `अतिपरवलय $\\frac{x^2}{${a * a}} - \\frac{y^2}{${b * b}} = 1$ पर बिंदु $P$ की नाभि $S_1(${c}, 0)$ से दूरी ${d1} है। दूसरी नाभि $S_2(${-c}, 0)$ से इसकी दूरी ${HI_FIND}`,
          solution: `$|PS_2 - PS_1| = 2a = ${2 * a}$, अतः $PS_2 = ${d1} \\pm ${2 * a}$। $S_2$ की ओर वाली शाखा पर $PS_1 \\ge c + a = ${c + a}$ होता, परंतु $PS_1 = ${d1}$ है, अतः $P$ दूसरी शाखा पर है और $PS_2 = ${value}$।`,
        },
        result: [2, 110],
      });
    },
  },
  {
    id: 'm.func.log-equation-extraneous',
    subject: M,
    concepts: ['M.FUNC.EXPLOG', 'M.QUAD.FORM'],
    difficulty: 3,
    build(rng) {
      const base = rng.pick([2, 3]);
      const j = rng.int(0, base === 2 ? 4 : 2);
      const i = j + rng.int(1, base === 2 ? 4 : 2);
      const r = base ** i;
      const k = r - base ** j;
      const n = i + j;
      // log x + log(x − k) = n ⇒ x² − kx − baseⁿ = 0 ⇒ x = r or x = −base^j (rejected: log of a
      // negative number).
      return num({
        params: { base, k, n },
        text: `Find the real value of $x$ satisfying $\\log_{${base}} x + \\log_{${base}} (x - ${k}) = ${n}$.`,
        value: r,
        unit: '',
        // Mistakes: the extraneous root kept; the sum of the roots k; baseⁿ itself; n + k.
        mistakes: integers([-(base ** j), k, base ** n, n + k, r + base ** j], r),
        solution: `$x(x - ${k}) = ${base}^{${n}} = ${base ** n}$, so $x^2 - ${k}x - ${base ** n} = 0$ and $x = ${r}$ or $x = ${-(base ** j)}$. The logarithms need $x > ${k}$, so $x = ${r}$.`,
        hi: {
          text: `$\\log_{${base}} x + \\log_{${base}} (x - ${k}) = ${n}$ को संतुष्ट करने वाला $x$ का वास्तविक मान ${HI_FIND}`,
          solution: `$x(x - ${k}) = ${base}^{${n}} = ${base ** n}$, अतः $x^2 - ${k}x - ${base ** n} = 0$ और $x = ${r}$ या $x = ${-(base ** j)}$। लघुगणक परिभाषित होने के लिए $x > ${k}$, अतः $x = ${r}$।`,
        },
        result: [2, 256],
      });
    },
  },
  {
    id: 'm.int.substitution-power',
    subject: M,
    concepts: ['M.INT.METHODS', 'M.INT.DEF'],
    difficulty: 2,
    build(rng) {
      let [s, c, n] = [2, 1, 1];
      let value = 0;
      for (let tries = 0; tries < 60; tries++) {
        [s, c, n] = [rng.int(1, 4), rng.int(1, 6), rng.int(1, 3)];
        // ∫₀ˢ x(x² + c)ⁿ dx with u = x² + c: [(u^{n+1})/(2(n + 1))] from c to s² + c.
        value = ((s * s + c) ** (n + 1) - c ** (n + 1)) / (2 * (n + 1));
        if (Number.isInteger(value) && value <= 20000) break;
      }
      if (!Number.isInteger(value) || value > 20000) [s, c, n, value] = [2, 1, 1, 12];
      return num({
        params: { s, c, n },
        text: `Evaluate $\\displaystyle\\int_0^{${s}} x\\,(x^2 + ${c})${n === 1 ? '' : `^{${n}}`}\\,dx$.`,
        value,
        unit: '',
        // Mistakes: the factor ½ from du = 2x dx lost; the lower limit's term dropped; n + 1 not
        // divided out.
        mistakes: integers([2 * value, (s * s + c) ** (n + 1) / (2 * (n + 1)), value * (n + 1), value * 2 * (n + 1) / (n + 2)], value),
        solution: `Put $u = x^2 + ${c}$, $du = 2x\\,dx$: $\\frac12\\int_{${c}}^{${s * s + c}} u${n === 1 ? '' : `^{${n}}`}\\,du = \\frac{${s * s + c}^{${n + 1}} - ${c}^{${n + 1}}}{${2 * (n + 1)}} = ${value}$.`,
        hi: {
          text: `$\\displaystyle\\int_0^{${s}} x\\,(x^2 + ${c})${n === 1 ? '' : `^{${n}}`}\\,dx$ का मान ${HI_FIND}`,
          solution: `$u = x^2 + ${c}$, $du = 2x\\,dx$ रखने पर: $\\frac12\\int_{${c}}^{${s * s + c}} u${n === 1 ? '' : `^{${n}}`}\\,du = \\frac{${s * s + c}^{${n + 1}} - ${c}^{${n + 1}}}{${2 * (n + 1)}} = ${value}$।`,
        },
        result: [1, 20000],
      });
    },
  },
  {
    id: 'm.cg.apollonius-radius',
    subject: M,
    concepts: ['M.CG.LOCUS', 'M.CG.CIRCLE'],
    difficulty: 3,
    build(rng) {
      const k = rng.pick([2, 3]);
      const unit = k === 2 ? 3 : 4;
      const a = unit * rng.int(1, 5);
      const flip = rng.int(0, 1);
      // PA = k PB with A(−a, 0), B(a, 0): a circle of radius 2ka/|k² − 1| (its x-axis crossings
      // split AB internally and externally in the ratio k : 1).
      const value = (2 * k * a) / (k * k - 1);
      const [A, B] = flip === 0 ? [-a, a] : [a, -a];
      return num({
        params: { k, a, flip },
        text: `A point $P$ moves so that its distance from $A(${A}, 0)$ is ${k} times its distance from $B(${B}, 0)$. Its locus is a circle. Find the radius of this circle.`,
        value,
        unit: '',
        // Mistakes: the centre's distance from the origin; half AB; ka; the diameter.
        mistakes: integers([((k * k + 1) * a) / (k * k - 1), a, k * a, 2 * value, (k * a) / (k + 1)], value),
        solution: `$PA^2 = ${k * k}\\,PB^2$: $(x ${A < 0 ? '+' : '-'} ${a})^2 + y^2 = ${k * k}[(x ${B < 0 ? '+' : '-'} ${a})^2 + y^2]$. The circle meets the x-axis where $P$ divides $AB$ internally and externally in the ratio ${k} : 1, i.e. at $x = ${((A + k * B) / (k + 1))}$ and $x = ${(k * B - A) / (k - 1)}$; the radius is half their distance, $${value}$.`,
        hi: {
          text: `बिंदु $P$ इस प्रकार गति करता है कि $A(${A}, 0)$ से उसकी दूरी $B(${B}, 0)$ से उसकी दूरी की ${k} गुनी है। इसका बिंदुपथ एक वृत्त है। इस वृत्त की त्रिज्या ${HI_FIND}`,
          solution: `$PA^2 = ${k * k}\\,PB^2$। वृत्त x-अक्ष को उन बिंदुओं पर काटता है जो $AB$ को ${k} : 1 के अनुपात में अंतः तथा बाह्य विभाजित करते हैं: $x = ${((A + k * B) / (k + 1))}$ तथा $x = ${(k * B - A) / (k - 1)}$; त्रिज्या इनकी दूरी की आधी, $${value}$ है।`,
        },
        result: [1, 60],
      });
    },
  },
  {
    id: 'm.app.rectangle-in-ellipse',
    subject: M,
    concepts: ['M.APP.MAXMIN', 'M.CG.ELLIPSE'],
    difficulty: 3,
    build(rng) {
      const A = rng.int(2, 12);
      const B = rng.int(1, A - 1);
      const v = rng.int(0, 1);
      // Vertex (A cos θ, B sin θ): area 4AB sin θ cos θ = 2AB sin 2θ ≤ 2AB; perimeter
      // 4(A cos θ + B sin θ) ≤ 4√(A² + B²) (integer only for some pairs, so asked as its square).
      const value = v === 0 ? 2 * A * B : 16 * (A * A + B * B);
      return num({
        params: { A, B, v },
        text: v === 0
          ? `Find the greatest area of a rectangle inscribed in the ellipse $\\frac{x^2}{${A * A}} + \\frac{y^2}{${B * B}} = 1$ with sides parallel to the axes.`
          : `$L$ is the greatest perimeter of a rectangle inscribed in the ellipse $\\frac{x^2}{${A * A}} + \\frac{y^2}{${B * B}} = 1$ with sides parallel to the axes. Find $L^2$.`,
        value,
        unit: '',
        // Mistakes: AB (one quadrant only), 4AB (the bounding box), A² + B²; (4(A + B))² (the
        // bounding box's perimeter), the perimeter's square without the factor 4 or 16.
        mistakes: integers(v === 0 ? [A * B, 4 * A * B, A * A + B * B] : [16 * (A + B) ** 2, 4 * (A * A + B * B), 8 * (A * A + B * B)], value),
        solution: v === 0
          ? `A vertex $(${A}\\cos\\theta, ${B}\\sin\\theta)$ gives area $4\\cdot${A}\\cdot${B}\\sin\\theta\\cos\\theta = ${2 * A * B}\\sin 2\\theta$, greatest at $\\theta = 45^\\circ$: $${value}$.`
          : `Perimeter $4(${A}\\cos\\theta + ${B}\\sin\\theta) \\le 4\\sqrt{${A * A} + ${B * B}}$, so $L^2 = 16 \\times ${A * A + B * B} = ${value}$.`,
        hi: {
          text: v === 0
            ? `दीर्घवृत्त $\\frac{x^2}{${A * A}} + \\frac{y^2}{${B * B}} = 1$ के अंतर्गत, अक्षों के समांतर भुजाओं वाले आयत का अधिकतम क्षेत्रफल ${HI_FIND}`
            : `दीर्घवृत्त $\\frac{x^2}{${A * A}} + \\frac{y^2}{${B * B}} = 1$ के अंतर्गत, अक्षों के समांतर भुजाओं वाले आयत का अधिकतम परिमाप $L$ है। $L^2$ ${HI_FIND}`,
          solution: v === 0
            ? `शीर्ष $(${A}\\cos\\theta, ${B}\\sin\\theta)$ से क्षेत्रफल $${2 * A * B}\\sin 2\\theta$, जो $\\theta = 45^\\circ$ पर अधिकतम $${value}$ है।`
            : `परिमाप $4(${A}\\cos\\theta + ${B}\\sin\\theta) \\le 4\\sqrt{${A * A} + ${B * B}}$, अतः $L^2 = ${value}$।`,
        },
        result: [4, 5000],
      });
    },
  },
];
