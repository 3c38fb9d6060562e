import { fracTex, polyTex } from './format.ts';
import { nonZero, num, TRIPLES } from './spec.ts';
import type { GeneratorDef } from './types.ts';

/**
 * Fourth question shapes for complex loci, root transformations, infinite G.P.s, binomial
 * remainders, 1^∞ limits, tangents from a point, cooling, orthogonal circles, Bayes with three
 * sources, trigonometric equations quadratic in sin x, pooled variance and ∫eˣ(f + f′), in
 * English and Hindi. Checked in math-depth-j.test.ts by independent numeric and exact routes.
 */

const M = 'MATH' as const;
const HI_FIND = 'ज्ञात कीजिए।';
const sgn = (v: number): string => (v >= 0 ? `+ ${v}` : `- ${-v}`);
/** x + yi as LaTeX: `-6 - i`, `3i`, `4`. */
const cTex = (x: number, y: number): string => {
  if (y === 0) return String(x);
  const im = `${Math.abs(y) === 1 ? '' : Math.abs(y)}i`;
  return x === 0 ? `${y < 0 ? '-' : ''}${im}` : `${x} ${y < 0 ? '-' : '+'} ${im}`;
};

/** Roots (in sin x) for the trigonometric-equation template, with solutions in [0, 2π]. */
const SIN_ROOTS: readonly [number, number][] = [[-2, 1], [-2, 2], [-2, 4], [-1, 1], [-1, 2], [-1, 4], [0, 1], [0, 2], [0, 4], [1, 1], [1, 2], [1, 4], [2, 1], [2, 2], [2, 4], [4, 1], [4, 2], [-4, 1], [-4, 2]];
/** Solutions of sin x = r in [0, 2π] for r ∈ {−1, −½, 0, ½, 1} and none for |r| > 1. */
const SOLUTIONS_OF_SIN: Record<string, number> = { '-1': 1, '-0.5': 2, '0': 3, '0.5': 2, '1': 1 };

export const mathDepthJGenerators: GeneratorDef[] = [
  {
    id: 'm.cplx.circle-max-distance',
    subject: M,
    concepts: ['M.CPLX.ALG', 'M.CG.CIRCLE'],
    difficulty: 3,
    build(rng) {
      const [u, w, h] = rng.pick(TRIPLES.filter((t) => t[2] <= 17));
      const a = rng.int(-6, 6);
      const b = rng.int(-6, 6);
      const r = rng.int(1, 9);
      // |z − (a + bi)| = r; distance from −(c + di) to the centre is h (c + d i = (u − a) + (w − b)i shifted).
      const c = u * rng.pick([1, -1]) - a;
      const d = w * rng.pick([1, -1]) - b;
      const v = rng.int(0, 1);
      const value = v === 0 ? h + r : Math.abs(h - r);
      const z0 = cTex(a, b);
      const w0 = cTex(c, d);
      return num({
        params: { a, b, c, d, r, v },
        text: `The complex number $z$ satisfies $|z - (${z0})| = ${r}$. Find the ${v === 0 ? 'greatest' : 'least'} value of $|z + (${w0})|$.`,
        value,
        unit: '',
        // Mistakes: the distance between the centre and −w alone; h with the other sign of r;
        // the distance to +w instead of −w.
        mistakes: [h, v === 0 ? Math.abs(h - r) : h + r, Math.hypot(a - c, b - d) + (v === 0 ? r : -r)],
        solution: `$z$ lies on the circle with centre $${z0}$ and radius ${r}; $|z + (${w0})|$ is the distance from $z$ to $${cTex(-c, -d)}$, which is $\\sqrt{${(a + c) ** 2} + ${(b + d) ** 2}} = ${h}$ from the centre. The ${v === 0 ? 'greatest' : 'least'} distance is $${v === 0 ? `${h} + ${r}` : `|${h} - ${r}|`} = ${value}$.`,
        hi: {
          text: `सम्मिश्र संख्या $z$, $|z - (${z0})| = ${r}$ को संतुष्ट करती है। $|z + (${w0})|$ का ${v === 0 ? 'अधिकतम' : 'न्यूनतम'} मान ${HI_FIND}`,
          solution: `$z$ केंद्र $${z0}$ और त्रिज्या ${r} वाले वृत्त पर है; $|z + (${w0})|$, $z$ की $${cTex(-c, -d)}$ से दूरी है, जो केंद्र से $\\sqrt{${(a + c) ** 2} + ${(b + d) ** 2}} = ${h}$ है। ${v === 0 ? 'अधिकतम' : 'न्यूनतम'} दूरी $${v === 0 ? `${h} + ${r}` : `|${h} - ${r}|`} = ${value}$ है।`,
        },
        result: [0, 30],
      });
    },
  },
  {
    id: 'm.quad.reciprocal-ratio-roots',
    subject: M,
    concepts: ['M.QUAD.SYMM', 'M.QUAD.FORM'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const p = nonZero(rng, -7, 7);
      const q = rng.pick([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]);
      // α/β + β/α = (α² + β²)/(αβ) = (p² − 2q)/q for x² − px + q = 0.
      const value = (p * p - 2 * q) / q;
      return num({
        params: { p, q },
        text: `$\\alpha, \\beta$ are the roots of $${polyTex([q, -p, 1])} = 0$. The quadratic with roots $\\frac{\\alpha}{\\beta}$ and $\\frac{\\beta}{\\alpha}$ is $x^2 - Sx + 1 = 0$. Find $S$.`,
        value,
        unit: '',
        // Mistakes: α² + β² = p² + 2q; the product 1 mistaken for the sum; p²/q.
        mistakes: [(p * p + 2 * q) / q, (p * p) / q, (p * p - 2 * q) / (q * q), -value],
        sig: 3,
        solution: `$\\alpha + \\beta = ${p}$, $\\alpha\\beta = ${q}$, so $S = \\frac{\\alpha^2 + \\beta^2}{\\alpha\\beta} = \\frac{${p * p} - 2(${q})}{${q}} = ${fracTex(p * p - 2 * q, q)}$ (and the product of the new roots is 1).`,
        hi: {
          text: `$\\alpha, \\beta$ समीकरण $${polyTex([q, -p, 1])} = 0$ के मूल हैं। जिस द्विघात समीकरण के मूल $\\frac{\\alpha}{\\beta}$ और $\\frac{\\beta}{\\alpha}$ हैं, वह $x^2 - Sx + 1 = 0$ है। $S$ ${HI_FIND}`,
          solution: `$\\alpha + \\beta = ${p}$, $\\alpha\\beta = ${q}$, अतः $S = \\frac{\\alpha^2 + \\beta^2}{\\alpha\\beta} = \\frac{${p * p} - 2(${q})}{${q}} = ${fracTex(p * p - 2 * q, q)}$ (नए मूलों का गुणनफल 1 है)।`,
        },
        result: [-80, 60],
      });
    },
  },
  {
    id: 'm.seq.gp-sum-and-squares',
    subject: M,
    concepts: ['M.SEQ.GP', 'M.SEQ.SPECIAL'],
    difficulty: 4,
    build(rng) {
      const a = rng.int(1, 9);
      const [pn, pd] = rng.pick([[1, 2], [-1, 2], [1, 3], [-1, 3], [2, 3], [-2, 3], [1, 4], [3, 4], [-3, 4], [1, 5], [2, 5]] as const);
      // S = a/(1 − r), T = a²/(1 − r²) with r = pn/pd: as fractions.
      const S = [a * pd, pd - pn] as const;
      const T = [a * a * pd * pd, pd * pd - pn * pn] as const;
      return num({
        params: { a, pn, pd },
        text: `An infinite G.P. has sum $${fracTex(S[0], S[1])}$, and the sum of the squares of its terms is $${fracTex(T[0], T[1])}$. Find its first term.`,
        value: a,
        unit: '',
        // Mistakes: S itself; T/S (= a/(1 + r)) taken as a; the common ratio's denominator.
        mistakes: [S[0] / S[1], (T[0] / T[1]) / (S[0] / S[1]), a * 2, a + 1],
        solution: `$\\frac{a}{1 - r} = ${fracTex(S[0], S[1])}$ and $\\frac{a^2}{1 - r^2} = ${fracTex(T[0], T[1])}$. Dividing the second by the square of the first: $\\frac{1 - r}{1 + r} = ${fracTex(T[0] * S[1] * S[1], T[1] * S[0] * S[0])}$, so $r = ${fracTex(pn, pd)}$ and $a = ${fracTex(S[0], S[1])}(1 - r) = ${a}$.`,
        hi: {
          text: `एक अनंत गुणोत्तर श्रेढ़ी का योग $${fracTex(S[0], S[1])}$ है और उसके पदों के वर्गों का योग $${fracTex(T[0], T[1])}$ है। उसका प्रथम पद ${HI_FIND}`,
          solution: `$\\frac{a}{1 - r} = ${fracTex(S[0], S[1])}$ तथा $\\frac{a^2}{1 - r^2} = ${fracTex(T[0], T[1])}$। दूसरे को पहले के वर्ग से भाग देने पर $\\frac{1 - r}{1 + r} = ${fracTex(T[0] * S[1] * S[1], T[1] * S[0] * S[0])}$, अतः $r = ${fracTex(pn, pd)}$ और $a = ${fracTex(S[0], S[1])}(1 - r) = ${a}$।`,
        },
        result: [1, 9],
      });
    },
  },
  {
    id: 'm.bin.remainder-square-modulus',
    subject: M,
    concepts: ['M.BIN.EXP', 'M.BIN.PROP'],
    difficulty: 3,
    build(rng) {
      const m = rng.int(3, 12);
      const s = rng.pick([1, -1]);
      const n = rng.int(20, 120);
      const mod = m * m;
      // (m ± 1)ⁿ = Σ C(n, k) m^k (±1)^{n−k}; every term with k ≥ 2 is a multiple of m².
      const raw = s === 1 ? 1 + n * m : (n % 2 === 0 ? 1 : -1) * (1 - n * m);
      const value = ((raw % mod) + mod) % mod;
      return num({
        params: { m, s, n },
        text: `Find the remainder when $${m + s}^{${n}}$ is divided by ${mod}.`,
        value,
        unit: '',
        // Mistakes: only the constant term; the linear term's sign slipped; the remainder mod m.
        mistakes: [s === 1 ? 1 : n % 2 === 0 ? 1 : mod - 1, (((s === 1 ? 1 - n * m : -(1 + n * m)) % mod) + mod) % mod, value % m === value ? (value + m) % mod : value % m],
        solution: `$${m + s}^{${n}} = (${m} ${s === 1 ? '+' : '-'} 1)^{${n}} = \\sum_k {}^{${n}}C_k\\,${m}^k(${s === 1 ? '1' : '-1'})^{${n} - k}$; terms with $k \\ge 2$ are multiples of $${m}^2 = ${mod}$. So the number $\\equiv ${s === 1 ? `1 + ${n}\\cdot${m}` : `(-1)^{${n}}(1 - ${n}\\cdot${m})`} = ${raw} \\equiv ${value} \\pmod{${mod}}$.`,
        hi: {
          text: `$${m + s}^{${n}}$ को ${mod} से भाग देने पर शेषफल ${HI_FIND}`,
          solution: `$${m + s}^{${n}} = (${m} ${s === 1 ? '+' : '-'} 1)^{${n}} = \\sum_k {}^{${n}}C_k\\,${m}^k(${s === 1 ? '1' : '-1'})^{${n} - k}$; $k \\ge 2$ वाले पद $${m}^2 = ${mod}$ के गुणज हैं। अतः संख्या $\\equiv ${s === 1 ? `1 + ${n}\\cdot${m}` : `(-1)^{${n}}(1 - ${n}\\cdot${m})`} = ${raw} \\equiv ${value} \\pmod{${mod}}$।`,
        },
        result: [0, 143],
      });
    },
  },
  {
    id: 'm.lim.one-power-infinity',
    subject: M,
    concepts: ['M.LIM.BASIC', 'M.FUNC.EXPLOG'],
    difficulty: 3,
    freeResponse: false,
    build(rng) {
      const v = rng.int(0, 1);
      const a = nonZero(rng, -3, 3);
      const c = rng.pick([-3, -2, -1, 1, 2].filter((x) => x !== a));
      // Keep the exponent within ±9 so e^k stays a readable number.
      const b = v === 1 ? 1 : rng.pick([1, 2, 3]);
      // v = 0: (1 + ax)^{b/x} → e^{ab}; v = 1: ((x + a)/(x + c))^{bx} → e^{b(a − c)} as x → ∞.
      const k = v === 0 ? a * b : b * (a - c);
      const value = Math.exp(k);
      const expr = v === 0 ? `\\lim_{x \\to 0} (1 ${sgn(a)}x)^{${b}/x}` : `\\lim_{x \\to \\infty} \\left(\\frac{x ${sgn(a)}}{x ${sgn(c)}}\\right)^{${b === 1 ? '' : b}x}`;
      return num({
        params: { v, a, b, c },
        text: `Evaluate $${expr}$.`.replace(/\(1 \+ 1x\)|\(1 - 1x\)/, (m) => m.replace('1x', 'x')),
        value,
        unit: '',
        // Mistakes: the base's limit 1 taken as the answer; e^{k} with the exponent's sign slipped; k itself.
        mistakes: [1, Math.exp(-k), Math.exp(k / b), Math.exp(k + 1)],
        sig: 3,
        solution: `A $1^\\infty$ form: the limit is $e^{L}$ with $L = \\lim (\\text{base} - 1)\\times\\text{exponent} = ${k}$, so the value is $e^{${k}} \\approx ${value.toPrecision(4)}$.`,
        hi: {
          text: `$${expr}$ का मान ज्ञात कीजिए।`.replace(/\(1 \+ 1x\)|\(1 - 1x\)/, (m) => m.replace('1x', 'x')),
          solution: `$1^\\infty$ रूप: सीमा $e^{L}$ है, जहाँ $L$ = (आधार − 1) × घातांक की सीमा $= ${k}$, अतः मान $e^{${k}} \\approx ${value.toPrecision(4)}$ है।`,
        },
        result: [0.0001, 10_000],
      });
    },
  },
  {
    id: 'm.app.tangents-from-point',
    subject: M,
    concepts: ['M.APP.TANGENT', 'M.CG.PARABOLA'],
    difficulty: 3,
    build(rng) {
      const k = rng.int(1, 4);
      const t = rng.int(1, 5);
      // Tangents to y = kx² from (0, −c) touch at x = ±t with c = kt²; slopes ±2kt.
      const c = k * t * t;
      const v = rng.int(0, 1);
      const value = v === 0 ? -4 * k * k * t * t : 2 * t;
      return num({
        params: { k, c, v },
        text: `Two tangents are drawn from $(0, -${c})$ to $y = ${k === 1 ? '' : k}x^2$. Find the ${v === 0 ? 'product of their slopes' : 'distance between the two points of contact'}.`,
        value,
        unit: '',
        // Mistakes: the points of contact at x = ±c (not ±√(c/k)); the slope 2kx with x = t·k;
        // the sign of the product.
        mistakes: v === 0 ? [4 * k * k * t * t, -4 * k * c * c, -2 * k * t] : [t, 2 * c, 2 * t * k],
        solution: `The tangent at $(x_1, ${k}x_1^2)$ is $y = ${2 * k}x_1x - ${k}x_1^2$. Through $(0, -${c})$: $${k}x_1^2 = ${c}$, so $x_1 = \\pm ${t}$, slopes $\\pm ${2 * k * t}$. ${v === 0 ? `Product $${value}$.` : `Contact points $(\\pm ${t}, ${c})$: distance $${value}$.`}`,
        hi: {
          text: `$(0, -${c})$ से $y = ${k === 1 ? '' : k}x^2$ पर दो स्पर्श रेखाएँ खींची जाती हैं। ${v === 0 ? 'उनकी प्रवणताओं का गुणनफल' : 'दोनों स्पर्श बिंदुओं के बीच की दूरी'} ${HI_FIND}`,
          solution: `$(x_1, ${k}x_1^2)$ पर स्पर्श रेखा $y = ${2 * k}x_1x - ${k}x_1^2$ है। $(0, -${c})$ से होकर: $${k}x_1^2 = ${c}$, अतः $x_1 = \\pm ${t}$, प्रवणताएँ $\\pm ${2 * k * t}$। ${v === 0 ? `गुणनफल $${value}$।` : `स्पर्श बिंदु $(\\pm ${t}, ${c})$: दूरी $${value}$।`}`,
        },
        result: [-1600, 10],
      });
    },
  },
  {
    id: 'm.de.newton-cooling',
    subject: M,
    concepts: ['M.DE.SEPARABLE', 'M.FUNC.EXPLOG'],
    difficulty: 4,
    build(rng) {
      const room = rng.pick([20, 25, 30]);
      const T0 = room + rng.pick([60, 70, 80]);
      const t1 = rng.pick([5, 10, 15]);
      const T1 = room + (T0 - room) * rng.pick([0.75, 0.625, 0.5]);
      const T2 = room + (T0 - room) * rng.pick([0.25, 0.2, 0.125]);
      // dT/dt = −k(T − room): T − room decays exponentially; t₂ = t₁·ln((T0 − room)/(T2 − room))/ln((T0 − room)/(T1 − room)).
      const value = (t1 * Math.log((T0 - room) / (T2 - room))) / Math.log((T0 - room) / (T1 - room));
      return num({
        params: { room, T0, t1, T1, T2 },
        text: `A body cools from ${T0}°C to ${T1}°C in ${t1} minutes in a room at ${room}°C, following Newton's law $\\frac{dT}{dt} = -k(T - ${room})$. How many minutes after the start does it reach ${T2}°C?`,
        value,
        unit: 'min',
        // Mistakes: linear cooling at the first rate; the room temperature ignored (T itself
        // decays); the time from T1 to T2 only.
        mistakes: [(t1 * (T0 - T2)) / (T0 - T1), (t1 * Math.log(T0 / T2)) / Math.log(T0 / T1), value - t1],
        sig: 4,
        solution: `Separating, $T - ${room} = ${T0 - room}e^{-kt}$. From the first reading $e^{-${t1}k} = \\frac{${T1 - room}}{${T0 - room}}$. For $T = ${T2}$: $t = ${t1}\\cdot\\frac{\\ln(${T0 - room}/${T2 - room})}{\\ln(${T0 - room}/${T1 - room})} \\approx ${value.toFixed(2)}$ min.`,
        hi: {
          text: `${room}°C ताप वाले कमरे में एक वस्तु ${t1} मिनट में ${T0}°C से ${T1}°C तक ठंडी होती है, न्यूटन के नियम $\\frac{dT}{dt} = -k(T - ${room})$ के अनुसार। आरंभ से कितने मिनट बाद वह ${T2}°C पर पहुँचेगी?`,
          solution: `चरों को पृथक करने पर $T - ${room} = ${T0 - room}e^{-kt}$। पहले पाठ्यांक से $e^{-${t1}k} = \\frac{${T1 - room}}{${T0 - room}}$। $T = ${T2}$ के लिए: $t = ${t1}\\cdot\\frac{\\ln(${T0 - room}/${T2 - room})}{\\ln(${T0 - room}/${T1 - room})} \\approx ${value.toFixed(2)}$ मिनट।`,
        },
        result: [5, 200],
      });
    },
  },
  {
    id: 'm.cg.orthogonal-circles',
    subject: M,
    concepts: ['M.CG.CIRCLE'],
    difficulty: 3,
    build(rng) {
      // Orthogonal: 2g₁g₂ + 2f₁f₂ = c₁ + c₂. Both circles must be real (positive radius²).
      let [g1, f1, g2, f2, c1] = [1, 2, 3, -1, -4];
      for (let tries = 0; tries < 60; tries++) {
        [g1, f1, g2, f2] = [rng.int(-5, 5), rng.int(-5, 5), rng.int(-5, 5), rng.int(-5, 5)];
        c1 = rng.int(-20, Math.max(-20, g1 * g1 + f1 * f1 - 1));
        const k = 2 * g1 * g2 + 2 * f1 * f2 - c1;
        if (g1 * g1 + f1 * f1 - c1 > 0 && g2 * g2 + f2 * f2 - k > 0) break;
      }
      const value = 2 * g1 * g2 + 2 * f1 * f2 - c1;
      const circ = (g: number, f: number, c: string) => `x^2 + y^2 ${g === 0 ? '' : `${sgn(2 * g)}x `}${f === 0 ? '' : `${sgn(2 * f)}y `}${c} = 0`;
      return num({
        params: { g1, f1, c1, g2, f2 },
        text: `The circles $${circ(g1, f1, sgn(c1))}$ and $${circ(g2, f2, '+ k')}$ cut orthogonally. Find $k$.`,
        value,
        unit: '',
        // Mistakes: the condition without the factor 2; c₁ added instead of subtracted; g's and f's
        // multiplied crosswise.
        mistakes: [g1 * g2 + f1 * f2 - c1, 2 * g1 * g2 + 2 * f1 * f2 + c1, 2 * g1 * f2 + 2 * f1 * g2 - c1],
        solution: `Circles $x^2 + y^2 + 2g_ix + 2f_iy + c_i = 0$ cut orthogonally iff $2g_1g_2 + 2f_1f_2 = c_1 + c_2$: $2(${g1})(${g2}) + 2(${f1})(${f2}) = ${c1} + k$, so $k = ${value}$.`,
        hi: {
          text: `वृत्त $${circ(g1, f1, sgn(c1))}$ और $${circ(g2, f2, '+ k')}$ परस्पर लंबवत् काटते हैं। $k$ ${HI_FIND}`,
          solution: `वृत्त $x^2 + y^2 + 2g_ix + 2f_iy + c_i = 0$ लंबवत् काटते हैं यदि और केवल यदि $2g_1g_2 + 2f_1f_2 = c_1 + c_2$: $2(${g1})(${g2}) + 2(${f1})(${f2}) = ${c1} + k$, अतः $k = ${value}$।`,
        },
        result: [-200, 200],
      });
    },
  },
  {
    id: 'm.prob.bayes-three-machines',
    subject: M,
    concepts: ['M.PROB.COND', 'M.PROB.INDEP'],
    difficulty: 4,
    build(rng) {
      const shares = rng.pick([[50, 30, 20], [40, 35, 25], [25, 35, 40], [30, 30, 40], [45, 25, 30], [20, 50, 30]] as const);
      const defects = [rng.int(1, 6), rng.int(1, 6), rng.int(1, 6)];
      const i = rng.int(0, 2);
      const total = shares.reduce((s, x, k) => s + x * defects[k]!, 0);
      const value = (shares[i]! * defects[i]!) / total;
      const names = ['$A$', '$B$', '$C$'];
      return num({
        params: { s0: shares[0], s1: shares[1], s2: shares[2], d0: defects[0]!, d1: defects[1]!, d2: defects[2]!, i },
        text: `Machines $A$, $B$, $C$ make ${shares[0]}%, ${shares[1]}% and ${shares[2]}% of a factory's bolts; ${defects[0]}%, ${defects[1]}% and ${defects[2]}% of their bolts respectively are defective. A bolt picked at random is defective. Find the probability that it was made by ${names[i]}.`,
        value,
        unit: '',
        // Mistakes: the prior share alone; the defect rate's share among the three rates; P(D ∩ machine).
        mistakes: [shares[i]! / 100, defects[i]! / (defects[0]! + defects[1]! + defects[2]!), (shares[i]! * defects[i]!) / 10000],
        sig: 4,
        solution: `$P(D) = \\sum P(M)P(D\\mid M) = ${shares.map((s, k) => `${s / 100}\\times${defects[k]! / 100}`).join(' + ')} = ${total / 10000}$. Bayes: $P(${names[i]!.replace(/\$/g, '')}\\mid D) = \\frac{${shares[i]! / 100}\\times${defects[i]! / 100}}{${total / 10000}} = ${fracTex(shares[i]! * defects[i]!, total)} \\approx ${value.toFixed(4)}$.`,
        hi: {
          text: `एक कारखाने के बोल्टों में से ${shares[0]}%, ${shares[1]}% और ${shares[2]}% क्रमशः मशीन $A$, $B$, $C$ बनाती हैं; उनके क्रमशः ${defects[0]}%, ${defects[1]}% और ${defects[2]}% बोल्ट दोषपूर्ण हैं। यादृच्छया चुना गया एक बोल्ट दोषपूर्ण है। उसके मशीन ${names[i]} द्वारा बने होने की प्रायिकता ${HI_FIND}`,
          solution: `$P(D) = \\sum P(M)P(D\\mid M) = ${shares.map((s, k) => `${s / 100}\\times${defects[k]! / 100}`).join(' + ')} = ${total / 10000}$। बेज़ प्रमेय: $P(${names[i]!.replace(/\$/g, '')}\\mid D) = \\frac{${shares[i]! / 100}\\times${defects[i]! / 100}}{${total / 10000}} = ${fracTex(shares[i]! * defects[i]!, total)} \\approx ${value.toFixed(4)}$।`,
        },
        result: [0, 1],
      });
    },
  },
  {
    id: 'm.trig.quadratic-in-sine-count',
    subject: M,
    concepts: ['M.TRIG.EQN', 'M.QUAD.ROOTS'],
    difficulty: 4,
    build(rng) {
      const [n1, n2] = rng.pick(SIN_ROOTS);
      // Roots r₁ = n₁/2 and r₂ = n₂/2 in s = sin x, n₂ ∈ {1, 2, 4} meaning ½, 1, 2 (scaled below).
      const r1 = n1 / 2;
      const r2 = [0.5, 1, 2][[1, 2, 4].indexOf(n2)]!;
      // 4(s − r₁)(s − r₂) = 4s² − 4(r₁ + r₂)s + 4r₁r₂, all integers; reduce by the common factor.
      let co = [4, -4 * (r1 + r2), 4 * r1 * r2];
      const g = co.reduce((x, y) => gcdInt(x, y));
      co = co.map((x) => x / Math.abs(g));
      const count = (r: number) => (Math.abs(r) > 1 ? 0 : SOLUTIONS_OF_SIN[String(r)]!);
      const value = r1 === r2 ? count(r1) : count(r1) + count(r2);
      const eq = `${co[0] === 1 ? '' : co[0]}\\sin^2 x ${co[1] === 0 ? '' : `${sgn(co[1]!).replace(/ 1$/, '')}\\sin x `}${co[2] === 0 ? '' : sgn(co[2]!)} = 0`.replace(/\s+/g, ' ');
      return num({
        params: { n1, n2 },
        text: `How many solutions does $${eq}$ have in $[0, 2\\pi]$?`,
        value,
        unit: '',
        // Mistakes: an out-of-range root counted; each root taken to give two solutions; the
        // endpoint 2π forgotten for sin x = 0.
        mistakes: [value + 2, 2 * (r1 === r2 ? 1 : 2), value - 1, value + 1].filter((x) => x >= 0),
        solution: `As a quadratic in $s = \\sin x$ the roots are $s = ${fracTex(n1, 2)}$ and $s = ${fracTex(r2 * 2, 2)}$. ${[r1, r2].filter((r, k, all) => all.indexOf(r) === k).map((r) => (Math.abs(r) > 1 ? `$\\sin x = ${fracTex(r * 2, 2)}$ is impossible` : `$\\sin x = ${fracTex(r * 2, 2)}$ has ${count(r)} solution${count(r) === 1 ? '' : 's'} in $[0, 2\\pi]$`)).join('; ')}. Total ${value}.`,
        hi: {
          text: `$[0, 2\\pi]$ में $${eq}$ के कितने हल हैं?`,
          solution: `$s = \\sin x$ में द्विघात के रूप में मूल $s = ${fracTex(n1, 2)}$ और $s = ${fracTex(r2 * 2, 2)}$ हैं। ${[r1, r2].filter((r, k, all) => all.indexOf(r) === k).map((r) => (Math.abs(r) > 1 ? `$\\sin x = ${fracTex(r * 2, 2)}$ असंभव है` : `$\\sin x = ${fracTex(r * 2, 2)}$ के $[0, 2\\pi]$ में ${count(r)} हल हैं`)).join('; ')}। कुल ${value}।`,
        },
        result: [0, 6],
      });
    },
  },
  {
    id: 'm.stat.pooled-variance',
    subject: M,
    concepts: ['M.STAT.DISP', 'M.STAT.CENTRAL'],
    difficulty: 4,
    build(rng) {
      const n1 = rng.int(5, 40);
      const n2 = rng.int(5, 40);
      const m1 = rng.int(10, 60);
      const m2 = rng.int(10, 60);
      const v1 = rng.int(1, 25);
      const v2 = rng.int(1, 25);
      const m = (n1 * m1 + n2 * m2) / (n1 + n2);
      const value = (n1 * (v1 + (m1 - m) ** 2) + n2 * (v2 + (m2 - m) ** 2)) / (n1 + n2);
      return num({
        params: { n1, n2, m1, m2, v1, v2 },
        text: `Group I has ${n1} observations with mean ${m1} and variance ${v1}; group II has ${n2} observations with mean ${m2} and variance ${v2}. Find the variance of all ${n1 + n2} observations together.`,
        value,
        unit: '',
        // Mistakes: the weighted mean of the variances (spread of the means ignored); the plain
        // average of the variances; the means' spread counted without weights.
        mistakes: [(n1 * v1 + n2 * v2) / (n1 + n2), (v1 + v2) / 2, (v1 + v2) / 2 + ((m1 - m2) / 2) ** 2],
        sig: 4,
        solution: `Combined mean $\\bar x = \\frac{${n1}(${m1}) + ${n2}(${m2})}{${n1 + n2}} = ${Number(m.toFixed(4))}$. $\\sigma^2 = \\frac{n_1(\\sigma_1^2 + d_1^2) + n_2(\\sigma_2^2 + d_2^2)}{n_1 + n_2}$ with $d_i = \\bar x_i - \\bar x$: $\\approx ${value.toFixed(2)}$.`,
        hi: {
          text: `समूह I में ${n1} प्रेक्षण हैं जिनका माध्य ${m1} और प्रसरण ${v1} है; समूह II में ${n2} प्रेक्षण हैं जिनका माध्य ${m2} और प्रसरण ${v2} है। सभी ${n1 + n2} प्रेक्षणों का एक साथ प्रसरण ${HI_FIND}`,
          solution: `संयुक्त माध्य $\\bar x = \\frac{${n1}(${m1}) + ${n2}(${m2})}{${n1 + n2}} = ${Number(m.toFixed(4))}$। $\\sigma^2 = \\frac{n_1(\\sigma_1^2 + d_1^2) + n_2(\\sigma_2^2 + d_2^2)}{n_1 + n_2}$, जहाँ $d_i = \\bar x_i - \\bar x$: $\\approx ${value.toFixed(2)}$।`,
        },
        result: [1, 700],
      });
    },
  },
  {
    id: 'm.int.exp-times-polynomial',
    subject: M,
    concepts: ['M.INT.INDEF', 'M.INT.METHODS'],
    difficulty: 3,
    build(rng) {
      const a = rng.int(-6, 6);
      const b = rng.int(-9, 9);
      // ∫eˣ(x² + ax + b)dx = eˣ(x² + px + q) + C with Q + Q′ = x² + ax + b: p = a − 2, q = b − a + 2.
      const p = a - 2;
      const q = b - a + 2;
      const v = rng.int(0, 1);
      const value = v === 0 ? q : p * q;
      return num({
        params: { a, b, v },
        text: `$\\int e^{x}(${polyTex([b, a, 1])})\\,dx = e^{x}(x^2 + px + q) + C$. Find ${v === 0 ? '$q$' : '$pq$'}.`,
        value,
        unit: '',
        // Mistakes: Q taken equal to the integrand's polynomial; the sign of Q′ slipped (Q − Q′);
        // p = a (the x² term's derivative forgotten).
        mistakes: v === 0 ? [b, b + a - 2, b - a] : [a * b, (a + 2) * (b + a + 2), a * (b - a)],
        solution: `$\\frac{d}{dx}[e^{x}Q(x)] = e^{x}(Q + Q')$, so $Q + Q' = ${polyTex([b, a, 1])}$ with $Q = x^2 + px + q$: $x^2 + (p + 2)x + (q + p) = ${polyTex([b, a, 1])}$. Hence $p = ${p}$, $q = ${q}$${v === 1 ? `, $pq = ${value}$` : ''}.`,
        hi: {
          text: `$\\int e^{x}(${polyTex([b, a, 1])})\\,dx = e^{x}(x^2 + px + q) + C$ है। ${v === 0 ? '$q$' : '$pq$'} ${HI_FIND}`,
          solution: `$\\frac{d}{dx}[e^{x}Q(x)] = e^{x}(Q + Q')$, अतः $Q + Q' = ${polyTex([b, a, 1])}$, जहाँ $Q = x^2 + px + q$: $x^2 + (p + 2)x + (q + p) = ${polyTex([b, a, 1])}$। अतः $p = ${p}$, $q = ${q}$${v === 1 ? `, $pq = ${value}$` : ''}।`,
        },
        result: [-150, 150],
      });
    },
  },
];

function gcdInt(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}
