import { fracTex, polyTex } from './format.ts';
import { nonZero, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/** Evaluates a polynomial given coefficients indexed by power. */
function evalPoly(c: readonly number[], x: number): number {
  return c.reduce((acc, k, p) => acc + k * x ** p, 0);
}
function derivPoly(c: readonly number[]): number[] {
  return c.slice(1).map((k, i) => k * (i + 1));
}
function integPoly(c: readonly number[]): number[] {
  return [0, ...c.map((k, i) => k / (i + 1))];
}

/** Limits, derivatives and their applications, integrals, differential equations (units 7–9). */
export const mathCalculusGenerators: GeneratorDef[] = [
  {
    id: 'm.lim.standard',
    subject: 'MATH',
    concepts: ['M.LIM.BASIC'],
    difficulty: 2,
    build(rng) {
      const v = rng.int(0, 1);
      if (v === 0) {
        const a = rng.int(1, 4);
        const n = rng.int(2, 6);
        return num({
          params: { v, a, n },
          text: `Evaluate $\\lim_{x \\to ${a}} \\frac{x^{${n}} - ${a ** n}}{x - ${a}}$.`,
          value: n * a ** (n - 1),
          unit: '',
          result: [0, 10_000],
          mistakes: [a ** (n - 1), n * a ** n, (n - 1) * a ** (n - 1), a ** n],
          solution: `$\\lim_{x\\to a}\\frac{x^n - a^n}{x - a} = n a^{n-1} = ${n}\\cdot ${a}^{${n - 1}} = ${n * a ** (n - 1)}$.`,
          hi: {
            text: `$\\lim_{x \\to ${a}} \\frac{x^{${n}} - ${a ** n}}{x - ${a}}$ का मान ज्ञात कीजिए।`,
            solution: `$\\lim_{x\\to a}\\frac{x^n - a^n}{x - a} = n a^{n-1} = ${n}\\cdot ${a}^{${n - 1}} = ${n * a ** (n - 1)}$।`,
          },
        });
      }
      const p = rng.int(1, 9);
      let q = rng.int(1, 9);
      if (q === p) q += 1;
      return num({
        params: { v, p, q },
        text: `Evaluate $\\lim_{x \\to 0} \\frac{\\sin ${p}x}{${q}x}$.`,
        value: p / q,
        unit: '',
        result: [0, 10_000],
        mistakes: [q / p, p * q, 1, 0],
        solution: `$\\frac{\\sin ${p}x}{${q}x} = \\frac{${p}}{${q}}\\cdot\\frac{\\sin ${p}x}{${p}x} \\to ${fracTex(p, q)}$.`,
        hi: {
          text: `$\\lim_{x \\to 0} \\frac{\\sin ${p}x}{${q}x}$ का मान ज्ञात कीजिए।`,
          solution: `$\\frac{\\sin ${p}x}{${q}x} = \\frac{${p}}{${q}}\\cdot\\frac{\\sin ${p}x}{${p}x} \\to ${fracTex(p, q)}$।`,
        },
      });
    },
  },
  {
    id: 'm.cont.piecewise',
    subject: 'MATH',
    concepts: ['M.CONT.DIFF', 'M.LIM.BASIC'],
    difficulty: 3,
    build(rng) {
      const c = nonZero(rng, -3, 3);
      const b = rng.int(-6, 6);
      const k = rng.int(-5, 5);
      const m = k * c + b - c * c;
      return num({
        params: { c, b, m },
        text: `$f(x) = kx ${b < 0 ? '-' : '+'} ${Math.abs(b)}$ for $x < ${c}$ and $f(x) = ${polyTex([m, 0, 1])}$ for $x \\ge ${c}$. For which $k$ is $f$ continuous at $x = ${c}$?`,
        value: k,
        unit: '',
        result: [-5, 5],
        mistakes: [(c * c + m + b) / c, -k, (c * c + m) / c, k + 1],
        solution: `Continuity: $k(${c}) + ${b} = ${c * c} + ${m}$, so $k = \\frac{${c * c + m - b}}{${c}} = ${k}$.`,
        hi: {
          text: `$x < ${c}$ के लिए $f(x) = kx ${b < 0 ? '-' : '+'} ${Math.abs(b)}$ तथा $x \\ge ${c}$ के लिए $f(x) = ${polyTex([m, 0, 1])}$ है। $k$ के किस मान के लिए $f$, $x = ${c}$ पर संतत है?`,
          solution: `सांतत्य से: $k(${c}) + ${b} = ${c * c} + ${m}$, अतः $k = \\frac{${c * c + m - b}}{${c}} = ${k}$।`,
        },
      });
    },
  },
  {
    id: 'm.deriv.polynomial',
    subject: 'MATH',
    concepts: ['M.DERIV.RULES'],
    difficulty: 2,
    build(rng) {
      const coefs = [rng.int(-9, 9), rng.int(-9, 9), rng.int(-6, 6), nonZero(rng, -4, 4)];
      const x0 = rng.int(-3, 3);
      const d = derivPoly(coefs);
      const value = evalPoly(d, x0);
      return num({
        params: { c0: coefs[0]!, c1: coefs[1]!, c2: coefs[2]!, c3: coefs[3]!, x0 },
        text: `If $f(x) = ${polyTex(coefs)}$, find $f'(${x0})$.`,
        value,
        unit: '',
        result: [-200, 200],
        mistakes: [evalPoly(coefs, x0), evalPoly([coefs[1]!, coefs[2]!, coefs[3]!], x0), evalPoly(derivPoly(d), x0), -value],
        solution: `$f'(x) = ${polyTex(d)}$, so $f'(${x0}) = ${value}$.`,
        hi: {
          text: `यदि $f(x) = ${polyTex(coefs)}$ है, तो $f'(${x0})$ ज्ञात कीजिए।`,
          solution: `$f'(x) = ${polyTex(d)}$, अतः $f'(${x0}) = ${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.deriv.chain',
    subject: 'MATH',
    concepts: ['M.DERIV.CHAIN', 'M.DERIV.RULES'],
    difficulty: 3,
    build(rng) {
      const a = nonZero(rng, -4, 4);
      const b = rng.int(-5, 5);
      const n = rng.int(2, 5);
      const x0 = rng.int(-2, 2);
      const u = a * x0 + b;
      const value = n * a * u ** (n - 1);
      return num({
        params: { a, b, n, x0 },
        text: `Find $\\frac{d}{dx}\\left(${polyTex([b, a])}\\right)^{${n}}$ at $x = ${x0}$.`,
        value,
        unit: '',
        result: [-1_000_000, 1_000_000],
        mistakes: [n * u ** (n - 1), n * a * u ** n, a * u ** (n - 1), n * a * a * u ** (n - 1)],
        solution: `Chain rule: $n(ax+b)^{n-1}\\cdot a = ${n}(${u})^{${n - 1}}(${a}) = ${value}$.`,
        hi: {
          text: `$x = ${x0}$ पर $\\frac{d}{dx}\\left(${polyTex([b, a])}\\right)^{${n}}$ ज्ञात कीजिए।`,
          solution: `शृंखला नियम से: $n(ax+b)^{n-1}\\cdot a = ${n}(${u})^{${n - 1}}(${a}) = ${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.app.tangent-intercept',
    subject: 'MATH',
    concepts: ['M.APP.TANGENT', 'M.DERIV.RULES'],
    difficulty: 3,
    build(rng) {
      const coefs = [rng.int(-5, 5), rng.int(-5, 5), nonZero(rng, -3, 3)];
      const x0 = nonZero(rng, -3, 3);
      const y0 = evalPoly(coefs, x0);
      const m = evalPoly(derivPoly(coefs), x0);
      const value = y0 - m * x0;
      return num({
        params: { c0: coefs[0]!, c1: coefs[1]!, c2: coefs[2]!, x0 },
        text: `The tangent to $y = ${polyTex(coefs)}$ at $x = ${x0}$ meets the $y$-axis at $(0, c)$. Find $c$.`,
        value,
        unit: '',
        result: [-50, 50],
        mistakes: [y0 + m * x0, m, y0, -value],
        solution: `Slope $m = y'(${x0}) = ${m}$, point $(${x0}, ${y0})$. Tangent: $y - ${y0} = ${m}(x - ${x0})$; at $x = 0$, $y = ${value}$.`,
        hi: {
          text: `वक्र $y = ${polyTex(coefs)}$ के बिंदु $x = ${x0}$ पर स्पर्श रेखा $y$-अक्ष को $(0, c)$ पर मिलती है। $c$ ज्ञात कीजिए।`,
          solution: `प्रवणता $m = y'(${x0}) = ${m}$, बिंदु $(${x0}, ${y0})$। स्पर्श रेखा: $y - ${y0} = ${m}(x - ${x0})$; $x = 0$ पर $y = ${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.app.cubic-extremum',
    subject: 'MATH',
    concepts: ['M.APP.MAXMIN', 'M.DERIV.RULES'],
    difficulty: 4,
    build(rng) {
      const p = rng.int(1, 4);
      const q = rng.int(-10, 10);
      const v = rng.int(0, 1);
      const value = v === 0 ? 2 * p ** 3 + q : -2 * p ** 3 + q;
      return num({
        params: { p, q, v },
        text: `Find the local ${v === 0 ? 'maximum' : 'minimum'} value of $f(x) = ${polyTex([q, -3 * p * p, 0, 1])}$.`,
        value,
        unit: '',
        result: [-200, 200],
        mistakes: [v === 0 ? -2 * p ** 3 + q : 2 * p ** 3 + q, v === 0 ? -p : p, q, 4 * p ** 3 + q],
        solution: `$f'(x) = 3x^2 - ${3 * p * p} = 0 \\Rightarrow x = \\pm ${p}$. $f''(x) = 6x$: the local ${v === 0 ? `maximum is at $x = -${p}$` : `minimum is at $x = ${p}$`}, value $${value}$.`,
        hi: {
          text: `$f(x) = ${polyTex([q, -3 * p * p, 0, 1])}$ का स्थानीय ${v === 0 ? 'उच्चिष्ठ' : 'निम्निष्ठ'} मान ज्ञात कीजिए।`,
          solution: `$f'(x) = 3x^2 - ${3 * p * p} = 0 \\Rightarrow x = \\pm ${p}$। $f''(x) = 6x$: स्थानीय ${v === 0 ? `उच्चिष्ठ $x = -${p}$ पर` : `निम्निष्ठ $x = ${p}$ पर`} है, मान $${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.app.mvt',
    subject: 'MATH',
    concepts: ['M.APP.MVT', 'M.CONT.DIFF'],
    difficulty: 3,
    build(rng) {
      const a = rng.int(-4, 2);
      const h = rng.int(2, 6);
      const b = a + h;
      const k = rng.int(-4, 4);
      // f(x) = x^3 + kx; f'(c) = (f(b) - f(a)) / (b - a) = a^2 + ab + b^2 + k, so 3c^2 = a^2 + ab + b^2.
      const s = (a * a + a * b + b * b) / 3;
      const value = Math.sqrt(s);
      return num({
        params: { a, b, k },
        text: `For $f(x) = ${polyTex([0, k, 0, 1])}$ on $[${a}, ${b}]$, find the positive value of $c$ given by Lagrange's mean value theorem.`,
        value,
        unit: '',
        result: [0, 10],
        mistakes: [(a + b) / 2, s, Math.sqrt(a * a + a * b + b * b), Math.sqrt((a * a + b * b) / 2)],
        sig: 4,
        solution: `$\\frac{f(${b}) - f(${a})}{${b} - (${a})} = ${a * a + a * b + b * b + k}$ and $f'(c) = 3c^2 + ${k}$, so $c^2 = ${fracTex(a * a + a * b + b * b, 3)}$.`,
        hi: {
          text: `अंतराल $[${a}, ${b}]$ पर $f(x) = ${polyTex([0, k, 0, 1])}$ के लिए लग्रांज के माध्यमान प्रमेय से प्राप्त $c$ का धनात्मक मान ज्ञात कीजिए।`,
          solution: `$\\frac{f(${b}) - f(${a})}{${b} - (${a})} = ${a * a + a * b + b * b + k}$ तथा $f'(c) = 3c^2 + ${k}$, अतः $c^2 = ${fracTex(a * a + a * b + b * b, 3)}$।`,
        },
      });
    },
  },
  {
    id: 'm.int.antiderivative',
    subject: 'MATH',
    concepts: ['M.INT.INDEF'],
    difficulty: 2,
    build(rng) {
      const c = [rng.int(-6, 6), rng.int(-6, 6), 3 * rng.int(-3, 3) || 3];
      const F0 = rng.int(-5, 5);
      const x1 = rng.int(1, 3);
      const F = integPoly(c);
      const value = evalPoly(F, x1) + F0;
      return num({
        params: { c0: c[0]!, c1: c[1]!, c2: c[2]!, F0, x1 },
        text: `If $F'(x) = ${polyTex(c)}$ and $F(0) = ${F0}$, find $F(${x1})$.`,
        value,
        unit: '',
        result: [-200, 200],
        mistakes: [evalPoly(F, x1), evalPoly(derivPoly(c), x1) + F0, evalPoly(c, x1) + F0, value + x1],
        solution: `$F(x) = ${polyTex(F.map((v) => Math.round(v * 1000) / 1000))} + ${F0}$, so $F(${x1}) = ${value}$.`,
        hi: {
          text: `यदि $F'(x) = ${polyTex(c)}$ और $F(0) = ${F0}$ है, तो $F(${x1})$ ज्ञात कीजिए।`,
          solution: `$F(x) = ${polyTex(F.map((v) => Math.round(v * 1000) / 1000))} + ${F0}$, अतः $F(${x1}) = ${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.int.substitution',
    subject: 'MATH',
    concepts: ['M.INT.METHODS', 'M.INT.DEF'],
    difficulty: 4,
    build(rng) {
      const v = rng.int(0, 1);
      if (v === 0) {
        const a = rng.int(1, 3);
        const n = rng.int(1, 3);
        const value = ((a * a + 1) ** (n + 1) - 1) / (n + 1);
        return num({
          params: { v, a, n },
          text: `Evaluate $\\int_0^{${a}} 2x\\,(x^2 + 1)^{${n}}\\,dx$.`,
          value,
          unit: '',
          result: [0, 5000],
          mistakes: [(a * a + 1) ** (n + 1) / (n + 1), ((a * a + 1) ** n - 1) / n, 2 * value, ((a + 1) ** (n + 1) - 1) / (n + 1)],
          solution: `Put $u = x^2 + 1$, $du = 2x\\,dx$: $\\int_1^{${a * a + 1}} u^{${n}} du = \\frac{${a * a + 1}^{${n + 1}} - 1}{${n + 1}}$.`,
          hi: {
            text: `$\\int_0^{${a}} 2x\\,(x^2 + 1)^{${n}}\\,dx$ का मान ज्ञात कीजिए।`,
            solution: `$u = x^2 + 1$, $du = 2x\\,dx$ रखने पर: $\\int_1^{${a * a + 1}} u^{${n}} du = \\frac{${a * a + 1}^{${n + 1}} - 1}{${n + 1}}$।`,
          },
        });
      }
      const k = rng.int(1, 3);
      const e = Math.exp(k);
      const value = (e * (k - 1) + 1) / (k * k);
      return num({
        params: { v, k },
        text: `Evaluate $\\int_0^{1} x e^{${k}x}\\,dx$.`,
        value,
        unit: '',
        result: [0, 5000],
        mistakes: [e / k, (e * (k + 1) - 1) / (k * k), (e * (k - 1)) / (k * k), (e - 1) / k],
        solution: `By parts: $\\int x e^{kx} dx = \\frac{x e^{kx}}{k} - \\frac{e^{kx}}{k^2}$; from 0 to 1 this is $\\frac{e^{${k}}(${k} - 1) + 1}{${k * k}}$.`,
        hi: {
          text: `$\\int_0^{1} x e^{${k}x}\\,dx$ का मान ज्ञात कीजिए।`,
          solution: `खंडशः समाकलन से: $\\int x e^{kx} dx = \\frac{x e^{kx}}{k} - \\frac{e^{kx}}{k^2}$; 0 से 1 तक यह $\\frac{e^{${k}}(${k} - 1) + 1}{${k * k}}$ है।`,
        },
      });
    },
  },
  {
    id: 'm.int.definite-polynomial',
    subject: 'MATH',
    concepts: ['M.INT.DEF', 'M.INT.INDEF'],
    difficulty: 2,
    build(rng) {
      const c = [rng.int(-5, 5), 2 * rng.int(-3, 3), 3 * nonZero(rng, -2, 2)];
      const a = rng.int(-2, 1);
      const b = a + rng.int(1, 3);
      const F = integPoly(c);
      const value = evalPoly(F, b) - evalPoly(F, a);
      return num({
        params: { c0: c[0]!, c1: c[1]!, c2: c[2]!, a, b },
        text: `Evaluate $\\int_{${a}}^{${b}} \\left(${polyTex(c)}\\right) dx$.`,
        value,
        unit: '',
        result: [-200, 200],
        mistakes: [evalPoly(F, b) + evalPoly(F, a), evalPoly(c, b) - evalPoly(c, a), -value, evalPoly(F, b)],
        solution: `An antiderivative is $${polyTex(F)}$; evaluate at ${b} and subtract its value at ${a}: $${value}$.`,
        hi: {
          text: `$\\int_{${a}}^{${b}} \\left(${polyTex(c)}\\right) dx$ का मान ज्ञात कीजिए।`,
          solution: `एक प्रतिअवकलज $${polyTex(F)}$ है; ${b} पर मान में से ${a} पर मान घटाइए: $${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.int.odd-even',
    subject: 'MATH',
    concepts: ['M.INT.PROP', 'M.INT.DEF'],
    difficulty: 3,
    build(rng) {
      const c = [rng.int(-5, 5), nonZero(rng, -9, 9), 3 * rng.int(-3, 3), nonZero(rng, -9, 9), 5 * rng.int(-1, 1)];
      const a = rng.int(1, 3);
      const value = 2 * (c[0]! * a + (c[2]! * a ** 3) / 3 + (c[4]! * a ** 5) / 5);
      return num({
        params: { c0: c[0]!, c1: c[1]!, c2: c[2]!, c3: c[3]!, c4: c[4]!, a },
        text: `Evaluate $\\int_{-${a}}^{${a}} \\left(${polyTex(c)}\\right) dx$.`,
        value,
        unit: '',
        result: [-1000, 1000],
        mistakes: [0, value / 2, value + 2 * ((c[1]! * a * a) / 2 + (c[3]! * a ** 4) / 4), 2 * value],
        solution: `Odd powers integrate to zero over $[-a, a]$; the even part gives $2\\int_0^{${a}}(${polyTex([c[0]!, 0, c[2]!, 0, c[4]!])})dx = ${value}$.`,
        hi: {
          text: `$\\int_{-${a}}^{${a}} \\left(${polyTex(c)}\\right) dx$ का मान ज्ञात कीजिए।`,
          solution: `$[-a, a]$ पर विषम घातों का समाकल शून्य है; सम भाग से $2\\int_0^{${a}}(${polyTex([c[0]!, 0, c[2]!, 0, c[4]!])})dx = ${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.int.area-between',
    subject: 'MATH',
    concepts: ['M.INT.AREA', 'M.INT.DEF'],
    difficulty: 4,
    build(rng) {
      const v = rng.int(0, 1);
      if (v === 0) {
        const k = rng.int(1, 6);
        return num({
          params: { v, k },
          text: `Find the area enclosed between $y = x^2$ and $y = ${k}x$.`,
          value: k ** 3 / 6,
          unit: 'square units',
          result: [0, 200],
          mistakes: [k ** 3 / 3, k ** 3 / 2, k ** 2 / 6, k ** 3 / 12],
          solution: `They meet at $x = 0, ${k}$. Area $= \\int_0^{${k}} (${k}x - x^2)dx = \\frac{${k}^3}{2} - \\frac{${k}^3}{3} = \\frac{${k ** 3}}{6}$.`,
          hi: {
            text: `$y = x^2$ और $y = ${k}x$ से घिरे क्षेत्र का क्षेत्रफल (वर्ग इकाई में) ज्ञात कीजिए।`,
            solution: `वक्र $x = 0, ${k}$ पर मिलते हैं। क्षेत्रफल $= \\int_0^{${k}} (${k}x - x^2)dx = \\frac{${k}^3}{2} - \\frac{${k}^3}{3} = \\frac{${k ** 3}}{6}$।`,
          },
        });
      }
      const r = rng.int(1, 5);
      const c = r * r;
      return num({
        params: { v, c },
        text: `Find the area enclosed between $y = x^2$ and $y = ${c}$.`,
        value: (4 / 3) * r ** 3,
        unit: 'square units',
        result: [0, 200],
        mistakes: [(2 / 3) * r ** 3, 2 * r ** 3, (1 / 3) * r ** 3, 2 * r * c],
        solution: `Area $= \\int_{-${r}}^{${r}} (${c} - x^2)dx = 2\\left(${c * r} - \\frac{${r ** 3}}{3}\\right) = ${fracTex(4 * r ** 3, 3)}$.`,
        hi: {
          text: `$y = x^2$ और $y = ${c}$ से घिरे क्षेत्र का क्षेत्रफल (वर्ग इकाई में) ज्ञात कीजिए।`,
          solution: `क्षेत्रफल $= \\int_{-${r}}^{${r}} (${c} - x^2)dx = 2\\left(${c * r} - \\frac{${r ** 3}}{3}\\right) = ${fracTex(4 * r ** 3, 3)}$।`,
        },
      });
    },
  },
  {
    id: 'm.de.order-degree',
    subject: 'MATH',
    concepts: ['M.DE.BASICS'],
    difficulty: 2,
    freeResponse: true,
    build(rng) {
      const order = rng.int(1, 4);
      const p = rng.int(1, 5);
      const lower = rng.int(1, 4);
      const q = rng.int(1, 6);
      const primes = (k: number) => (k <= 3 ? "'".repeat(k) : `^{(${k})}`);
      const low = order > 1 ? ` + (y${primes(order - 1)})^{${q}}` : '';
      return num({
        params: { order, p, lower, q },
        text: `For the differential equation $\\left(y${primes(order)}\\right)^{${p}}${low} + ${lower}y = x$, find (order + degree).`,
        value: order + p,
        unit: '',
        result: [0, 10],
        mistakes: [order + q, order * p, p, order + p + (order > 1 ? q : 1)],
        solution: `The highest derivative is of order ${order}; it appears (polynomially) to power ${p}, so the degree is ${p}. Sum $= ${order + p}$.`,
        hi: {
          text: `अवकल समीकरण $\\left(y${primes(order)}\\right)^{${p}}${low} + ${lower}y = x$ के लिए (कोटि + घात) ज्ञात कीजिए।`,
          solution: `उच्चतम अवकलज की कोटि ${order} है; वह (बहुपद रूप में) घात ${p} में आता है, अतः घात ${p} है। योग $= ${order + p}$।`,
        },
      });
    },
  },
  {
    id: 'm.de.exponential-growth',
    subject: 'MATH',
    concepts: ['M.DE.SEPARABLE', 'M.FUNC.EXPLOG'],
    difficulty: 3,
    build(rng) {
      const y0 = rng.int(1, 20) * 10;
      const T = rng.int(2, 10);
      const m = rng.int(2, 5);
      const grow = rng.int(0, 1) === 0;
      const value = grow ? y0 * 2 ** m : y0 / 2 ** m;
      return num({
        params: { y0, T, m, grow: grow ? 1 : 0 },
        text: `A quantity obeys $\\frac{dy}{dt} = ${grow ? '' : '-'}ky$ ($k > 0$) and ${grow ? 'doubles' : 'halves'} every ${T} hours. If $y(0) = ${y0}$, find $y(${m * T})$.`,
        value,
        unit: '',
        result: [0, 10_000],
        mistakes: [grow ? y0 * 2 * m : y0 / (2 * m), grow ? y0 * m : y0 * 2 ** m, grow ? y0 * 2 ** (m + 1) : y0 / 2 ** (m + 1)],
        solution: `Separating, $y = y_0 e^{${grow ? '' : '-'}kt}$ with $e^{${grow ? '' : '-'}kT} = ${grow ? 2 : '1/2'}$. After $${m}T$: $y = ${y0}\\cdot ${grow ? 2 : '(1/2)'}^{${m}} = ${value}$.`,
        hi: {
          text: `एक राशि $\\frac{dy}{dt} = ${grow ? '' : '-'}ky$ ($k > 0$) का पालन करती है और प्रत्येक ${T} घंटे में ${grow ? 'दोगुनी' : 'आधी'} हो जाती है। यदि $y(0) = ${y0}$ है, तो $y(${m * T})$ ज्ञात कीजिए।`,
          solution: `चरों को पृथक करने पर $y = y_0 e^{${grow ? '' : '-'}kt}$, जहाँ $e^{${grow ? '' : '-'}kT} = ${grow ? 2 : '1/2'}$। $${m}T$ के बाद: $y = ${y0}\\cdot ${grow ? 2 : '(1/2)'}^{${m}} = ${value}$।`,
        },
      });
    },
  },
  {
    id: 'm.de.linear-first-order',
    subject: 'MATH',
    concepts: ['M.DE.LINEAR', 'M.DE.SEPARABLE'],
    difficulty: 4,
    build(rng) {
      const p = rng.int(1, 4);
      const q = nonZero(rng, -8, 8);
      const x1 = rng.int(1, 2);
      const value = (q / p) * (1 - Math.exp(-p * x1));
      return num({
        params: { p, q, x1 },
        text: `Solve $\\frac{dy}{dx} + ${p}y = ${q}$ with $y(0) = 0$, and find $y(${x1})$.`,
        value,
        unit: '',
        result: [-10, 10],
        mistakes: [(q / p) * Math.exp(-p * x1), q * (1 - Math.exp(-p * x1)), (q / p) * (1 + Math.exp(-p * x1)), q / p],
        sig: 4,
        solution: `Integrating factor $e^{${p}x}$: $y e^{${p}x} = \\frac{${q}}{${p}}(e^{${p}x} - 1)$, so $y = \\frac{${q}}{${p}}(1 - e^{-${p}x})$.`,
        hi: {
          text: `$y(0) = 0$ के साथ $\\frac{dy}{dx} + ${p}y = ${q}$ को हल कीजिए और $y(${x1})$ ज्ञात कीजिए।`,
          solution: `समाकलन गुणक $e^{${p}x}$: $y e^{${p}x} = \\frac{${q}}{${p}}(e^{${p}x} - 1)$, अतः $y = \\frac{${q}}{${p}}(1 - e^{-${p}x})$।`,
        },
      });
    },
  },
];
