import { formatNumber } from './format.ts';
import { formula, range } from './formula.ts';
import { claimValues, type StatementGenerator } from './physics-depth-round3-a.ts';
import { physicalDistractors } from './physics-distractors.ts';
import { multi, num } from './spec.ts';
import type { GeneratorDef, Params } from './types.ts';

const P = 'PHYSICS' as const;
const G = 10; // m/s², stated in every stem that uses it
const BIG_G = 6.67e-11; // N m² kg⁻², stated where used

// ---- Work, energy and power ----

/** F–x graph: rises from 0 to F₀ over [0, a], flat to b, falls through zero at c to −F₁ at d. */
const graphWork = (v: Record<'F0' | 'a' | 'p' | 'q' | 'r', number>) => {
  const b = v.a + v.p, c = b + v.q, d = c + v.r, F1 = (v.F0 * v.r) / v.q;
  return { b, c, d, F1, W: (v.F0 * v.a) / 2 + v.F0 * v.p + (v.F0 * v.q) / 2 - (F1 * v.r) / 2 };
};

const workForceGraph = formula({ id: 'p.wep.work-force-graph', subject: P, concepts: ['P.WEP.WORK', 'P.KIN.GRAPHS'], difficulty: 2,
  vars: { F0: [20, 40, 60, 80], a: [1, 2], p: [2, 3, 4], q: [1, 2], r: [1, 2] },
  text: (v) => { const s = graphWork(v); return `The force on a body along the $x$-axis rises uniformly from 0 at $x = 0$ to ${v.F0} N at $x = ${v.a}$ m, stays ${v.F0} N up to $x = ${s.b}$ m, then falls uniformly, passing through zero at $x = ${s.c}$ m and reaching $-${s.F1}$ N at $x = ${s.d}$ m. Find the work (in J) done by the force from $x = 0$ to $x = ${s.d}$ m.`; },
  hi: {
    text: (v) => { const s = graphWork(v); return `$x$-अक्ष के अनुदिश एक पिण्ड पर बल $x = 0$ पर 0 से $x = ${v.a}$ m पर ${v.F0} N तक एकसमान बढ़ता है, $x = ${s.b}$ m तक ${v.F0} N रहता है, फिर एकसमान घटता है, $x = ${s.c}$ m पर शून्य होकर $x = ${s.d}$ m पर $-${s.F1}$ N हो जाता है। $x = 0$ से $x = ${s.d}$ m तक बल द्वारा किया गया कार्य (J में) ज्ञात कीजिए।`; },
    solution: () => `कार्य = $F$–$x$ ग्राफ़ के नीचे का क्षेत्रफल; अक्ष के नीचे का भाग ऋणात्मक कार्य है: त्रिभुज + आयत + त्रिभुज − अन्तिम त्रिभुज।`,
  },
  unit: 'J', result: [10, 500],
  answer: (v) => graphWork(v).W,
  // The part below the axis counted as positive; only the part above the axis; F₀ times the whole displacement.
  mistakes: (v) => { const s = graphWork(v); return [s.W + s.F1 * v.r, s.W + (s.F1 * v.r) / 2, v.F0 * s.d]; },
  solution: () => `Work is the signed area under the $F$–$x$ graph: a triangle, a rectangle and a triangle above the axis, minus the triangle below it, where the force opposes the motion.` });

/** Paths from O to (a, b): along x then y; along y then x; the straight line. */
const PATHS = ['along the $x$-axis to $(a, 0)$ and then parallel to the $y$-axis', 'along the $y$-axis to $(0, b)$ and then parallel to the $x$-axis', 'along the straight line joining them'] as const;
const PATHS_HI = ['पहले $x$-अक्ष के अनुदिश $(a, 0)$ तक और फिर $y$-अक्ष के समान्तर', 'पहले $y$-अक्ष के अनुदिश $(0, b)$ तक और फिर $x$-अक्ष के समान्तर', 'उन्हें मिलाने वाली सरल रेखा के अनुदिश'] as const;
const pathWork = (v: Record<'k1' | 'k2' | 'a' | 'b', number>) => [v.k2 * v.a * v.b, v.k1 * v.a * v.b, ((v.k1 + v.k2) * v.a * v.b) / 2];
const pathName = (i: number, v: Record<'a' | 'b', number>, names: readonly string[]) => names[i]!.replace('(a, 0)', `(${v.a}, 0)`).replace('(0, b)', `(0, ${v.b})`);

// Work of a non-conservative force depends on the path: F = (k₁y î + k₂x ĵ) N.
const pathWorkGen = formula({ id: 'p.wep.path-dependent-work', subject: P, concepts: ['P.WEP.WORK', 'P.KIN.VECTORS'], difficulty: 4,
  vars: { k1: [1, 2, 3, 4, 5], k2: [1, 2, 3, 4, 5], a: [1, 2, 3, 4], b: [1, 2, 3, 5], w: [0, 1, 2] },
  text: (v) => `A force $\\vec F = (${v.k1}y\\,\\hat i + ${v.k2}x\\,\\hat j)$ N ($x, y$ in m) acts on a particle that moves from the origin to the point $(${v.a}, ${v.b})$ m ${pathName(v.w, v, PATHS)}. Find the work (in J) done by the force.`,
  hi: {
    text: (v) => `एक कण पर बल $\\vec F = (${v.k1}y\\,\\hat i + ${v.k2}x\\,\\hat j)$ N ($x, y$ m में) लगता है; कण मूलबिन्दु से बिन्दु $(${v.a}, ${v.b})$ m तक ${pathName(v.w, v, PATHS_HI)} जाता है। बल द्वारा किया गया कार्य (J में) ज्ञात कीजिए।`,
    solution: () => `$W = \\int(F_x\\,dx + F_y\\,dy)$ पथ के अनुदिश। $x$-अक्ष पर $y = 0$ अतः $F_x = 0$; $x = a$ पर $\\int k_2a\\,dy = k_2ab$। सरल रेखा $y = \\frac{b}{a}x$ पर $W = \\frac{(k_1 + k_2)ab}{2}$। बल संरक्षी नहीं है ($k_1 \\ne k_2$ होने पर), अतः कार्य पथ पर निर्भर है।`,
  },
  unit: 'J', result: [0.5, 200],
  answer: (v) => pathWork(v)[v.w]!,
  // The other two paths' values; the end-point force dotted with the displacement.
  mistakes: (v) => [...pathWork(v).filter((_, i) => i !== v.w), (v.k1 + v.k2) * v.a * v.b],
  solution: () => `$W = \\int(F_x\\,dx + F_y\\,dy)$ along the path. On the $x$-axis $y = 0$, so $F_x = 0$; on $x = a$, $\\int_0^b k_2a\\,dy = k_2ab$. Going up the $y$-axis first gives $k_1ab$ instead. On the line $y = \\frac{b}{a}x$: $\\int_0^a\\left(k_1\\frac{b}{a}x + k_2x\\frac{b}{a}\\right)dx = \\frac{(k_1 + k_2)ab}{2}$. Unless $k_1 = k_2$ the force is not conservative and the work depends on the path.` });

/** Chain lengths (m) and the hanging length as a fraction of it. */
const chainSpeed = (v: Record<'L' | 'f', number>) => Math.sqrt((G * (v.L ** 2 - (v.L * v.f) ** 2)) / v.L);

// A chain slides off a smooth table: v = √(g(L² − h²)/L).
const chainSlide = formula({ id: 'p.wep.chain-slides-off', subject: P, concepts: ['P.WEP.ENERGY', 'P.NLM.LAWS'], difficulty: 4,
  vars: { L: [1, 1.5, 2, 2.5, 3, 4], f: [0.2, 0.25, 0.4, 0.5, 0.6] },
  text: (v) => `A uniform chain ${v.L} m long lies on a smooth horizontal table with ${Number((v.L * v.f).toFixed(3))} m of it hanging over the edge. It is released from rest ($g = 10$ m/s²). Find its speed (in m/s) as its last link leaves the table.`,
  hi: {
    text: (v) => `${v.L} m लम्बी एक एकसमान जंजीर चिकनी क्षैतिज मेज पर रखी है और इसका ${Number((v.L * v.f).toFixed(3))} m भाग किनारे से लटका है। इसे विराम से छोड़ा जाता है ($g = 10$ m/s²)। अन्तिम कड़ी के मेज छोड़ते समय इसकी चाल (m/s में) ज्ञात कीजिए।`,
    solution: () => `स्थितिज ऊर्जा में कमी: लटका भाग $\\frac{mh}{L}$ का केन्द्र $\\frac{h}{2}$ से $\\frac{L}{2}$ तक; अन्त में पूरी जंजीर का केन्द्र $\\frac{L}{2}$ नीचे। $\\frac12mv^2 = \\frac{mg}{2L}(L^2 - h^2)$, $v = \\sqrt{\\frac{g(L^2 - h^2)}{L}}$।`,
  },
  unit: 'm/s', result: [2, 7],
  answer: chainSpeed,
  // Free fall of the whole length; the hanging part ignored (h = 0); the centre of mass taken to fall L − h.
  mistakes: (v) => [Math.sqrt(2 * G * v.L), Math.sqrt(G * v.L), Math.sqrt(2 * G * (v.L - v.L * v.f))],
  solution: () => `Only gravity does work. Take the table top as zero: initially the hanging part, mass $\\frac{mh}{L}$, has its centre $\\frac{h}{2}$ below it; finally the whole chain has its centre $\\frac{L}{2}$ below. The loss of potential energy is $\\frac{mg}{2L}(L^2 - h^2) = \\frac12mv^2$, so $v = \\sqrt{\\frac{g(L^2 - h^2)}{L}}$.` });

// A block released on a smooth bowl with a rough flat stretch: where does it stop?
const roughPatch: GeneratorDef = {
  id: 'p.wep.rough-patch-stop', subject: P, concepts: ['P.WEP.ENERGY', 'P.NLM.FRICTION', 'P.WEP.WORK'], difficulty: 5,
  build(rng) {
    for (;;) {
      const h = rng.pick(range(20, 200, 10)); // cm
      const mu = rng.pick([0.1, 0.2, 0.25, 0.4, 0.5]);
      const l = rng.pick([30, 40, 50, 60, 70, 80, 90]); // cm
      const s = Math.round(h / mu); // total distance slid on the rough part, cm
      const n = Math.floor(s / l), rem = s - n * l;
      if (rem === 0 || n < 1) continue;
      const value = n % 2 === 0 ? rem : l - rem;
      return num({
        params: { h, mu, l },
        text: `A small block is released from rest on a smooth curved track at a height of ${h} cm above its flat bottom. The flat bottom, from A to B, is ${l} cm long and rough (coefficient of kinetic friction ${mu}); the track is smooth elsewhere and rises on both sides. The block first reaches the flat part at A. Find the distance (in cm) from A of the point where it finally comes to rest.`,
        value, unit: 'cm', result: [1, 90],
        // The leftover distance measured from the wrong end; the total sliding distance; half the rough stretch.
        mistakes: [n % 2 === 0 ? l - rem : rem, s, l / 2, Math.abs(l - 2 * rem)],
        solution: `All of $mgh$ is lost to friction on the flat part: $\\mu mg\\,s = mgh$, $s = \\frac{h}{\\mu} = ${s}$ cm. That is ${n} full crossing${n > 1 ? 's' : ''} of ${l} cm plus ${rem} cm. After an even number of crossings the block moves from A towards B, after an odd number from B towards A, so it stops ${value} cm from A.`,
        hi: {
          text: `एक छोटा गुटका एक चिकने वक्र पथ पर उसके समतल तल से ${h} cm की ऊँचाई से विराम से छोड़ा जाता है। समतल तल A से B तक ${l} cm लम्बा तथा खुरदरा है (गतिक घर्षण गुणांक ${mu}); पथ अन्यत्र चिकना है तथा दोनों ओर ऊपर उठता है। गुटका पहले A पर समतल भाग पर पहुँचता है। वह बिन्दु जहाँ गुटका अन्ततः रुकता है, A से कितनी दूरी (cm में) पर है?`,
          solution: `सम्पूर्ण $mgh$ घर्षण में व्यय: $\\mu mg\\,s = mgh$, $s = \\frac{h}{\\mu} = ${s}$ cm, अर्थात् ${l} cm के ${n} पूरे पार तथा ${rem} cm। सम संख्या में पार के बाद गुटका A से B की ओर, विषम के बाद B से A की ओर चलता है; अतः वह A से ${value} cm पर रुकता है।`,
        },
      });
    }
  },
};

/** Block pairs (kg): the first moves at v towards the second, which carries a light spring. */
const springCompression = (v: Record<'m1' | 'm2' | 'v' | 'k', number>) => 100 * v.v * Math.sqrt((v.m1 * v.m2) / (v.m1 + v.m2) / v.k);

const springTwoBlocks = formula({ id: 'p.wep.spring-two-blocks', subject: P, concepts: ['P.WEP.SPRING', 'P.WEP.COLLISION', 'P.NLM.MOMENTUM'], difficulty: 4,
  vars: { m1: [1, 2, 3, 4, 6], m2: [1, 2, 3, 4, 6], v: [1, 2, 3, 4, 5], k: [200, 400, 600, 800, 1000, 1500] },
  text: (v) => `A block of mass ${v.m1} kg moving at ${v.v} m/s on a smooth horizontal floor runs into a light spring of force constant ${v.k} N/m fixed to a block of mass ${v.m2} kg at rest. Find the maximum compression (in cm) of the spring.`,
  hi: {
    text: (v) => `चिकने क्षैतिज फर्श पर ${v.v} m/s से चलता ${v.m1} kg द्रव्यमान का एक गुटका, विराम में स्थित ${v.m2} kg द्रव्यमान के गुटके से जुड़ी ${v.k} N/m बल नियतांक की एक हल्की स्प्रिंग से टकराता है। स्प्रिंग का अधिकतम सम्पीडन (cm में) ज्ञात कीजिए।`,
    solution: () => `अधिकतम सम्पीडन पर दोनों का वेग समान: $V = \\frac{m_1v}{m_1 + m_2}$ (संवेग संरक्षण)। ऊर्जा: $\\frac12m_1v^2 = \\frac12(m_1 + m_2)V^2 + \\frac12kx^2$, अतः $x = v\\sqrt{\\frac{\\mu}{k}}$, $\\mu = \\frac{m_1m_2}{m_1 + m_2}$।`,
  },
  unit: 'cm', result: [1, 100],
  answer: springCompression,
  // The second block taken as fixed (all kinetic energy stored); the total mass in place of the reduced mass; ½ written on one side only (μv² = 2kx²).
  mistakes: (v) => [100 * v.v * Math.sqrt(v.m1 / v.k), 100 * v.v * Math.sqrt((v.m1 + v.m2) / v.k), springCompression(v) / Math.SQRT2],
  solution: () => `At maximum compression the blocks move together: momentum gives $V = \\frac{m_1v}{m_1 + m_2}$. Energy: $\\frac12m_1v^2 = \\frac12(m_1 + m_2)V^2 + \\frac12kx^2$, so $\\frac12kx^2 = \\frac12\\mu v^2$ with $\\mu = \\frac{m_1m_2}{m_1 + m_2}$: $x = v\\sqrt{\\frac{\\mu}{k}}$.` });

// Work to stretch a spring further: ½k(x₂² − x₁²).
const springStretchWork = formula({ id: 'p.wep.spring-stretch-work', subject: P, concepts: ['P.WEP.SPRING', 'P.WEP.WORK'], difficulty: 2,
  vars: { k: [100, 200, 400, 500, 800, 1000], x1: [2, 4, 5, 10], dx: [2, 4, 5, 10] },
  text: (v) => `A spring of force constant ${v.k} N/m is already stretched by ${v.x1} cm. Find the work (in mJ) needed to stretch it by a further ${v.dx} cm.`,
  hi: {
    text: (v) => `${v.k} N/m बल नियतांक की एक स्प्रिंग पहले से ${v.x1} cm खिंची हुई है। इसे ${v.dx} cm और खींचने के लिए आवश्यक कार्य (mJ में) ज्ञात कीजिए।`,
    solution: () => `$W = \\int_{x_1}^{x_2} kx\\,dx = \\frac12k(x_2^2 - x_1^2)$, $x_2 = x_1 + \\Delta x$।`,
  },
  unit: 'mJ', result: [10, 20000],
  answer: (v) => (v.k * ((v.x1 + v.dx) ** 2 - v.x1 ** 2)) / 20,
  // The extra stretch alone squared; the final energy only; the factor ½ dropped.
  mistakes: (v) => [(v.k * v.dx ** 2) / 20, (v.k * (v.x1 + v.dx) ** 2) / 20, (v.k * ((v.x1 + v.dx) ** 2 - v.x1 ** 2)) / 10],
  solution: () => `The spring force grows as $kx$, so $W = \\int_{x_1}^{x_2} kx\\,dx = \\frac12k(x_2^2 - x_1^2)$, not $\\frac12k(\\Delta x)^2$. With $x$ in cm, $\\frac12k\\,x^2$ in J is $\\frac{k x^2}{2 \\times 10^4}$, i.e. $\\frac{kx^2}{20}$ mJ.` });

// ---- Rotation ----

/** Man (kg) and boat (kg) masses whose ratio makes the shifts whole centimetres for whole lengths. */
export const BOATS = [[60, 140], [50, 150], [80, 120], [70, 130], [60, 240], [50, 200], [80, 320], [70, 280], [40, 160], [90, 210]] as const;

const manOnBoat = formula({ id: 'p.rot.com-man-boat', subject: P, concepts: ['P.ROT.COM', 'P.NLM.MOMENTUM'], difficulty: 2,
  vars: { c: range(0, 9), L: [2, 3, 4, 5, 6, 8], w: [0, 1] },
  text: (v) => `A man of mass ${BOATS[v.c]![0]} kg stands at one end of a boat of mass ${BOATS[v.c]![1]} kg and length ${v.L} m floating at rest in still water. He walks to the other end. Neglecting the water's resistance, find how far (in cm) ${v.w === 0 ? 'the boat moves' : 'the man moves relative to the shore'}.`,
  hi: {
    text: (v) => `${BOATS[v.c]![1]} kg द्रव्यमान तथा ${v.L} m लम्बाई की एक नाव शान्त जल में विराम में तैर रही है; इसके एक सिरे पर ${BOATS[v.c]![0]} kg द्रव्यमान का एक व्यक्ति खड़ा है। वह दूसरे सिरे तक चलता है। जल का प्रतिरोध नगण्य मानकर ज्ञात कीजिए कि ${v.w === 0 ? 'नाव' : 'व्यक्ति तट के सापेक्ष'} कितनी दूरी (cm में) चलता है।`,
    solution: () => `बाह्य क्षैतिज बल शून्य, अतः द्रव्यमान केन्द्र स्थिर: $m(L - x) = Mx$, नाव का विस्थापन $x = \\frac{mL}{m + M}$; व्यक्ति का $L - x = \\frac{ML}{m + M}$।`,
  },
  unit: 'cm', result: [10, 800],
  answer: (v) => { const [m, M] = BOATS[v.c]!; return (100 * (v.w === 0 ? m : M) * v.L) / (m + M); },
  // The other displacement; the boat taken not to move (the man covers L); the mass ratio m/M.
  mistakes: (v) => { const [m, M] = BOATS[v.c]!; return [(100 * (v.w === 0 ? M : m) * v.L) / (m + M), 100 * v.L, (100 * m * v.L) / M]; },
  solution: () => `No horizontal external force acts, so the centre of mass stays put. If the boat moves back $x$, the man moves $L - x$ forward: $m(L - x) = Mx$, so $x = \\frac{mL}{m + M}$ and the man moves $\\frac{ML}{m + M}$ relative to the shore.` });

/** Cylinder of height H with a hemisphere of the same radius R on top: centre of mass above the base. */
const toyCom = (v: Record<'R' | 'H', number>) => {
  const vc = v.R * v.R * v.H, vh = (2 / 3) * v.R ** 3;
  return (vc * (v.H / 2) + vh * (v.H + (3 * v.R) / 8)) / (vc + vh);
};

const hemisphereOnCylinder = formula({ id: 'p.rot.com-hemisphere-cylinder', subject: P, concepts: ['P.ROT.COM', 'M.INT.DEF'], difficulty: 4,
  vars: { R: [3, 4, 5, 6, 8, 10], H: [4, 6, 8, 10, 12, 15, 20] },
  text: (v) => `A solid of uniform density is a cylinder of radius ${v.R} cm and height ${v.H} cm with a solid hemisphere of the same radius joined to its top face. Find the height (in cm) of its centre of mass above its flat base.`,
  hi: {
    text: (v) => `एकसमान घनत्व का एक ठोस ${v.R} cm त्रिज्या तथा ${v.H} cm ऊँचाई का बेलन है जिसके ऊपरी फलक पर उसी त्रिज्या का एक ठोस अर्धगोला जुड़ा है। इसके समतल आधार से द्रव्यमान केन्द्र की ऊँचाई (cm में) ज्ञात कीजिए।`,
    solution: () => `बेलन: आयतन $\\pi R^2H$, केन्द्र $\\frac{H}{2}$ पर; ठोस अर्धगोला: आयतन $\\frac23\\pi R^3$, केन्द्र समतल फलक से $\\frac{3R}{8}$ अर्थात् $H + \\frac{3R}{8}$ पर। $y_{cm} = \\frac{\\sum V_iy_i}{\\sum V_i}$।`,
  },
  unit: 'cm', result: [2, 30],
  answer: toyCom,
  // The hemisphere's centre at R/2; at 4R/(3π) (a semicircular plate's); its volume taken as a full sphere's.
  mistakes: (v) => { const vc = v.R * v.R * v.H, vh = (2 / 3) * v.R ** 3; return [(vc * (v.H / 2) + vh * (v.H + v.R / 2)) / (vc + vh), (vc * (v.H / 2) + vh * (v.H + (4 * v.R) / (3 * Math.PI))) / (vc + vh), (vc * (v.H / 2) + 2 * vh * (v.H + (3 * v.R) / 8)) / (vc + 2 * vh)]; },
  solution: () => `Weight the parts by volume (same density). The cylinder, $\\pi R^2H$, has its centre at $\\frac{H}{2}$; the solid hemisphere, $\\frac23\\pi R^3$, has its centre $\\frac{3R}{8}$ above its flat face, i.e. at $H + \\frac{3R}{8}$. Then $y_{cm} = \\frac{R^2H\\cdot\\frac{H}{2} + \\frac23R^3(H + \\frac{3R}{8})}{R^2H + \\frac23R^3}$.` });

/** Plate about its diagonal: I = M a²b² / (6(a² + b²)) (a, b in cm → kg cm²). */
const plateDiagonal = (v: Record<'M' | 'a' | 'b', number>) => (v.M * v.a ** 2 * v.b ** 2) / (6 * (v.a ** 2 + v.b ** 2));

const moiPlateDiagonal = formula({ id: 'p.rot.moi-plate-diagonal', subject: P, concepts: ['P.ROT.MOI', 'M.INT.DEF'], difficulty: 4,
  vars: { M: [0.5, 1, 2, 3], a: [10, 15, 20, 30], b: [20, 25, 40, 60] },
  text: (v) => `Find the moment of inertia (in kg cm²) of a thin uniform rectangular plate of mass ${v.M} kg and sides ${v.a} cm and ${v.b} cm about one of its diagonals.`,
  hi: {
    text: (v) => `${v.M} kg द्रव्यमान तथा ${v.a} cm और ${v.b} cm भुजाओं वाली एक पतली एकसमान आयताकार प्लेट का उसके एक विकर्ण के परितः जड़त्व आघूर्ण (kg cm² में) ज्ञात कीजिए।`,
    solution: () => `केन्द्र से होकर भुजाओं के समान्तर अक्षों पर $I_1 = \\frac{Mb^2}{12}$, $I_2 = \\frac{Ma^2}{12}$ (गुणन जड़त्व शून्य)। विकर्ण से $\\theta$ पर: $I = I_1\\cos^2\\theta + I_2\\sin^2\\theta$, $\\cos\\theta = \\frac{a}{\\sqrt{a^2 + b^2}}$, अतः $I = \\frac{Ma^2b^2}{6(a^2 + b^2)}$।`,
  },
  unit: 'kg cm²', result: [5, 2000],
  answer: plateDiagonal,
  // The perpendicular axis through the centre; the mean of the two in-plane axes; the factor 6 read as 12.
  mistakes: (v) => [(v.M * (v.a ** 2 + v.b ** 2)) / 12, (v.M * (v.a ** 2 + v.b ** 2)) / 24, plateDiagonal(v) / 2],
  solution: () => `About in-plane axes through the centre parallel to the sides, $I_1 = \\frac{Mb^2}{12}$ and $I_2 = \\frac{Ma^2}{12}$, and the product of inertia vanishes by symmetry. For an in-plane axis at angle $\\theta$ to side $a$: $I = I_1\\cos^2\\theta + I_2\\sin^2\\theta$. For the diagonal $\\cos\\theta = \\frac{a}{\\sqrt{a^2 + b^2}}$, giving $I = \\frac{Ma^2b^2}{6(a^2 + b^2)}$.` });

/** Rod pendulum with a solid sphere on its end, about the pivot: mL²/3 + 2/5 MR² + M(L + r)². */
const pendulumMoi = (v: Record<'m' | 'L' | 'M' | 'r', number>) => (v.m * v.L ** 2) / 3 + 0.4 * v.M * v.r ** 2 + v.M * (v.L + v.r) ** 2;

const moiRodSphere = formula({ id: 'p.rot.moi-rod-sphere', subject: P, concepts: ['P.ROT.MOI'], difficulty: 3, freeResponse: false,
  vars: { m: [0.5, 1, 2], L: [0.4, 0.5, 0.6, 0.8, 1], M: [1, 2, 3, 5], r: [0.05, 0.1, 0.2] },
  text: (v) => `A pendulum is a thin uniform rod of mass ${v.m} kg and length ${v.L} m with a solid sphere of mass ${v.M} kg and radius ${v.r} m fixed to its lower end (the rod's line passes through the sphere's centre, which is ${Number((v.L + v.r).toFixed(3))} m from the pivot). Find its moment of inertia (in kg m²) about a horizontal axis through the rod's upper end, perpendicular to the rod.`,
  hi: {
    text: (v) => `एक लोलक ${v.m} kg द्रव्यमान तथा ${v.L} m लम्बाई की एक पतली एकसमान छड़ है जिसके निचले सिरे पर ${v.M} kg द्रव्यमान तथा ${v.r} m त्रिज्या का एक ठोस गोला जुड़ा है (छड़ की रेखा गोले के केन्द्र से गुजरती है, जो निलम्बन बिन्दु से ${Number((v.L + v.r).toFixed(3))} m पर है)। छड़ के ऊपरी सिरे से छड़ के लम्बवत् गुजरने वाले क्षैतिज अक्ष के परितः इसका जड़त्व आघूर्ण (kg m² में) ज्ञात कीजिए।`,
    solution: () => `छड़: $\\frac{mL^2}{3}$; गोला: समान्तर अक्ष प्रमेय से $\\frac25Mr^2 + M(L + r)^2$; योग।`,
  },
  unit: 'kg m²', result: [0.05, 15],
  answer: pendulumMoi,
  // The sphere as a point mass at the rod's end; its own 2/5 Mr² left out; the rod's centre formula mL²/12.
  mistakes: (v) => [(v.m * v.L ** 2) / 3 + v.M * v.L ** 2, (v.m * v.L ** 2) / 3 + v.M * (v.L + v.r) ** 2, (v.m * v.L ** 2) / 12 + 0.4 * v.M * v.r ** 2 + v.M * (v.L + v.r) ** 2],
  solution: () => `Add the parts about the pivot. The rod about its end: $\\frac{mL^2}{3}$. The sphere about its centre $\\frac25Mr^2$, shifted by the parallel-axis theorem to the pivot at distance $L + r$: $\\frac25Mr^2 + M(L + r)^2$.` });

/** Axis names for torque components. */
const AXES = ['x', 'y', 'z'] as const;
const cross = (a: readonly number[], b: readonly number[]) => [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
const vecTex = (x: readonly number[]) => x.map((c, i) => `${i === 0 ? (c < 0 ? '-' : '') : c < 0 ? ' - ' : ' + '}${Math.abs(c)}\\hat ${['i', 'j', 'k'][i]}`).join('');

// Torque of a force about a point other than the origin, one Cartesian component.
const torqueVector: GeneratorDef = {
  id: 'p.rot.torque-about-point', subject: P, concepts: ['P.ROT.TORQUE', 'P.KIN.VECTORS'], difficulty: 2,
  build(rng) {
    const c = () => rng.int(-4, 4) || 1;
    const A = [c(), c(), c()], Pt = [c(), c(), c()], F = [c(), c(), c()];
    const r = A.map((x, i) => x - Pt[i]!);
    const k = rng.int(0, 2);
    const tau = cross(r, F), value = tau[k]!;
    if (value === 0) return torqueVector.build(rng);
    return num({
      params: { a0: A[0]!, a1: A[1]!, a2: A[2]!, p0: Pt[0]!, p1: Pt[1]!, p2: Pt[2]!, f0: F[0]!, f1: F[1]!, f2: F[2]!, k },
      text: `A force $\\vec F = (${vecTex(F)})$ N acts at the point $(${A.join(', ')})$ m. Find the ${AXES[k]}-component (in N m) of its torque about the point $(${Pt.join(', ')})$ m.`,
      value, unit: 'N m', result: [-100, 100],
      // The order of the cross product reversed (sign error); the torque about the origin; a component of r × F taken with the wrong cyclic pair.
      mistakes: [-value, cross(A, F)[k]!, cross(r, F)[(k + 1) % 3]!],
      solution: `$\\vec r = (${A.join(', ')}) - (${Pt.join(', ')}) = (${r.join(', ')})$ m, and $\\vec\\tau = \\vec r \\times \\vec F = (${tau.join(', ')})$ N m, so $\\tau_${AXES[k]} = ${value}$ N m.`,
      hi: {
        text: `एक बल $\\vec F = (${vecTex(F)})$ N बिन्दु $(${A.join(', ')})$ m पर लगता है। बिन्दु $(${Pt.join(', ')})$ m के परितः इसके बल आघूर्ण का ${AXES[k]}-घटक (N m में) ज्ञात कीजिए।`,
        solution: `$\\vec r = (${r.join(', ')})$ m, $\\vec\\tau = \\vec r \\times \\vec F = (${tau.join(', ')})$ N m, अतः $\\tau_${AXES[k]} = ${value}$ N m।`,
      },
    });
  },
};

const rodText = (p: Params): string[] => [
  `Just after release the angular acceleration of the rod is $${formatNumber(p.s0!)}$ rad/s².`,
  `Just after release the hinge pushes up on the rod with $${formatNumber(p.s1!)}$ N.`,
  `When the rod is vertical its angular speed is $${formatNumber(p.s2!)}$ rad/s.`,
  `When the rod is vertical the hinge pulls up on it with $${formatNumber(p.s3!)}$ N.`,
];
const rodHindi = (p: Params): string[] => [
  `छोड़ने के तुरन्त बाद छड़ का कोणीय त्वरण $${formatNumber(p.s0!)}$ rad/s² है।`,
  `छोड़ने के तुरन्त बाद कब्ज़ा छड़ को $${formatNumber(p.s1!)}$ N से ऊपर धकेलता है।`,
  `छड़ के ऊर्ध्वाधर होने पर उसकी कोणीय चाल $${formatNumber(p.s2!)}$ rad/s है।`,
  `छड़ के ऊर्ध्वाधर होने पर कब्ज़ा उसे $${formatNumber(p.s3!)}$ N से ऊपर खींचता है।`,
];

// A rod hinged at one end falls from the horizontal. Named mistakes: the rod treated as a point
// mass at its end (α = g/L); the hinge force taken as half the weight; ω from a centre of mass
// falling L (√(6g/L)); the centripetal term left out of the hinge force (Mg).
const fallingRod: StatementGenerator = {
  id: 'p.rot.falling-rod-claims', subject: P, concepts: ['P.ROT.TORQUE', 'P.ROT.MOI', 'P.WEP.ENERGY'], difficulty: 5,
  statements: rodText,
  build(rng) {
    const M = rng.pick([1, 2, 3, 4, 6]), L = rng.pick([0.6, 1, 1.2, 1.5, 2, 3]);
    const truths = [(3 * G) / (2 * L), (M * G) / 4, Math.sqrt((3 * G) / L), (5 * M * G) / 2];
    const wrongs = [G / L, (M * G) / 2, Math.sqrt((6 * G) / L), M * G];
    const shown = claimValues(rng, truths, wrongs);
    const params: Params = { M, L, s0: shown[0]!, s1: shown[1]!, s2: shown[2]!, s3: shown[3]! };
    return multi({
      params,
      text: `A uniform rod of mass ${M} kg and length ${L} m is hinged at one end so that it can turn freely in a vertical plane. It is held horizontal and released ($g = 10$ m/s²). Which of the following statements is/are correct?`,
      options: rodText(params).map((text, i) => ({ text, correct: shown[i] === truths[i] })),
      solution: `About the hinge $I = \\frac{ML^2}{3}$ and the weight's torque is $\\frac{MgL}{2}$, so $\\alpha = \\frac{3g}{2L} = ${formatNumber(truths[0]!)}$ rad/s². The centre then accelerates down at $\\alpha\\frac{L}{2} = \\frac{3g}{4}$, so $Mg - N = \\frac{3Mg}{4}$, $N = \\frac{Mg}{4} = ${formatNumber(truths[1]!)}$ N. Energy: $\\frac{MgL}{2} = \\frac12\\cdot\\frac{ML^2}{3}\\omega^2$, $\\omega = \\sqrt{\\frac{3g}{L}} = ${formatNumber(truths[2]!)}$ rad/s. Vertical, the centre moves in a circle of radius $\\frac{L}{2}$ with no tangential acceleration: $N - Mg = M\\omega^2\\frac{L}{2} = \\frac{3Mg}{2}$, $N = \\frac{5Mg}{2} = ${formatNumber(truths[3]!)}$ N.`,
      hi: {
        text: `${M} kg द्रव्यमान तथा ${L} m लम्बाई की एक एकसमान छड़ एक सिरे पर कब्ज़े से जुड़ी है और ऊर्ध्वाधर तल में स्वतन्त्र रूप से घूम सकती है। इसे क्षैतिज पकड़कर छोड़ा जाता है ($g = 10$ m/s²)। निम्नलिखित में से कौन सा/से कथन सही है/हैं?`,
        solution: `कब्ज़े के परितः $I = \\frac{ML^2}{3}$, भार का बल आघूर्ण $\\frac{MgL}{2}$, अतः $\\alpha = \\frac{3g}{2L} = ${formatNumber(truths[0]!)}$ rad/s²। केन्द्र का त्वरण $\\frac{3g}{4}$, अतः $N = \\frac{Mg}{4} = ${formatNumber(truths[1]!)}$ N। ऊर्जा: $\\omega = \\sqrt{\\frac{3g}{L}} = ${formatNumber(truths[2]!)}$ rad/s। ऊर्ध्वाधर स्थिति में $N - Mg = M\\omega^2\\frac{L}{2}$, $N = \\frac{5Mg}{2} = ${formatNumber(truths[3]!)}$ N।`,
        options: rodHindi(params),
      },
    });
  },
};

/** Beam on supports at its ends with a load: reaction at the far end = (Mg/2 + mg·d/L). */
const beamReaction = (v: Record<'L' | 'M' | 'm' | 'd' | 'w', number>) => {
  const right = (v.M * G) / 2 + (v.m * G * v.d) / v.L;
  return v.w === 1 ? right : (v.M + v.m) * G - right;
};

const beamSupports = formula({ id: 'p.rot.beam-two-supports', subject: P, concepts: ['P.ROT.EQUILIBRIUM', 'P.ROT.TORQUE'], difficulty: 2,
  vars: { L: [2, 4, 5, 10], M: [10, 20, 40, 50], m: [20, 40, 60, 80, 100], d: [0.5, 1, 1.5], w: [0, 1] },
  text: (v) => `A uniform plank of mass ${v.M} kg and length ${v.L} m rests on two supports A and B at its ends. A load of ${v.m} kg is placed ${v.d * v.L / 2} m from A ($g = 10$ m/s²). Find the force (in N) exerted by support ${v.w === 0 ? 'A' : 'B'}.`,
  hi: {
    text: (v) => `${v.M} kg द्रव्यमान तथा ${v.L} m लम्बाई का एक एकसमान तख्ता अपने सिरों पर स्थित दो आधारों A तथा B पर टिका है। A से ${v.d * v.L / 2} m दूर ${v.m} kg का भार रखा है ($g = 10$ m/s²)। आधार ${v.w === 0 ? 'A' : 'B'} द्वारा लगाया गया बल (N में) ज्ञात कीजिए।`,
    solution: () => `A के परितः बल आघूर्ण: $N_BL = Mg\\frac{L}{2} + mgd$; बलों का योग: $N_A + N_B = (M + m)g$।`,
  },
  unit: 'N', result: [10, 1500],
  answer: (v) => beamReaction({ ...v, d: (v.d * v.L) / 2 }),
  // The other support's force; the total weight shared equally; the plank's own weight forgotten.
  mistakes: (v) => { const d = (v.d * v.L) / 2; return [beamReaction({ ...v, d, w: 1 - v.w }), ((v.M + v.m) * G) / 2, v.w === 1 ? (v.m * G * d) / v.L : v.m * G * (1 - d / v.L)]; },
  solution: () => `Torques about A: $N_B L = Mg\\frac{L}{2} + mg\\,d$. Vertical forces: $N_A + N_B = (M + m)g$. The support nearer the load carries more of it.` });

/** String angles with the rod: degrees, sin, cos and how the stem states them. */
export const HINGE = [[30, 0.5, Math.sqrt(3) / 2, '\\sin 30° = 0.5'], [37, 0.6, 0.8, '\\sin 37° = 0.6'], [45, Math.SQRT1_2, Math.SQRT1_2, '\\sin 45° = 1/\\sqrt{2}'], [53, 0.8, 0.6, '\\sin 53° = 0.8']] as const;
const hingeForces = (v: Record<'M' | 'm' | 't', number>) => {
  const [, s, c] = HINGE[v.t]!;
  const T = ((v.M / 2 + v.m) * G) / s;
  return { T, H: Math.hypot(T * c, (v.M + v.m) * G - T * s) };
};

// Horizontal rod hinged to a wall, held by a string from its free end; load at the end.
const hingedRod = formula({ id: 'p.rot.hinged-rod-string', subject: P, concepts: ['P.ROT.EQUILIBRIUM', 'P.ROT.TORQUE', 'P.NLM.EQUILIBRIUM'], difficulty: 4,
  vars: { M: [2, 4, 5, 6, 10], m: [1, 2, 3, 5], t: range(0, 3) },
  text: (v) => `A uniform rod of mass ${v.M} kg is hinged to a vertical wall and held horizontal by a light string from its free end to a point on the wall above the hinge; the string makes ${HINGE[v.t]![0]}° with the rod. A load of ${v.m} kg hangs from the free end ($${HINGE[v.t]![3]}$, $g = 10$ m/s²). Find the magnitude of the force (in N) exerted by the hinge on the rod.`,
  hi: {
    text: (v) => `${v.M} kg द्रव्यमान की एक एकसमान छड़ एक ऊर्ध्वाधर दीवार पर कब्ज़े से जुड़ी है और इसके मुक्त सिरे से कब्ज़े के ऊपर दीवार के एक बिन्दु तक बँधी एक हल्की डोरी द्वारा क्षैतिज रखी गई है; डोरी छड़ से ${HINGE[v.t]![0]}° बनाती है। मुक्त सिरे से ${v.m} kg का भार लटका है ($${HINGE[v.t]![3]}$, $g = 10$ m/s²)। कब्ज़े द्वारा छड़ पर लगाए गए बल का परिमाण (N में) ज्ञात कीजिए।`,
    solution: () => `कब्ज़े के परितः: $TL\\sin\\theta = Mg\\frac{L}{2} + mgL$। क्षैतिज: $H_x = T\\cos\\theta$; ऊर्ध्वाधर: $H_y = (M + m)g - T\\sin\\theta = \\frac{Mg}{2}$; $|H| = \\sqrt{H_x^2 + H_y^2}$।`,
  },
  unit: 'N', result: [10, 300],
  answer: (v) => hingeForces(v).H,
  // The string's tension; the hinge's horizontal push alone; its vertical part alone.
  mistakes: (v) => { const f = hingeForces(v); return [f.T, f.T * HINGE[v.t]![2], (v.M * G) / 2]; },
  solution: () => `Torques about the hinge: $TL\\sin\\theta = Mg\\frac{L}{2} + mgL$. The hinge supplies the rest: horizontally $H_x = T\\cos\\theta$ (pushing away from the wall), vertically $H_y = (M + m)g - T\\sin\\theta = \\frac{Mg}{2}$. The magnitude is $\\sqrt{H_x^2 + H_y^2}$.` });

/** Bodies that roll: name, Hindi name, I/(MR²). */
export const ROLLERS = [['ring', 'वलय', 1], ['uniform disc', 'एकसमान चकती', 0.5], ['solid sphere', 'ठोस गोला', 0.4], ['hollow sphere', 'खोखला गोला', 2 / 3]] as const;
/** Heights of the pull above the centre (× R) and their descriptions; cases with zero friction left out. */
export const PULLS = [[0, 'at its centre', 'उसके केन्द्र पर'], [0.5, 'at a height R/2 above its centre', 'उसके केन्द्र से R/2 ऊपर'], [1, 'at its top', 'उसके शीर्ष पर']] as const;
export const ROLL_CASES = ROLLERS.flatMap((b, i) => PULLS.map((p, j) => [i, j] as const).filter(([, j]) => Math.abs(PULLS[j]![0] - b[2]) > 1e-9));
const rollFriction = (F: number, c: number) => { const [i, j] = ROLL_CASES[c]!; const beta = ROLLERS[i]![2], h = PULLS[j]![0]; return (F * Math.abs(h - beta)) / (1 + beta); };

// Friction on a body rolled by a horizontal pull at a height h above its centre: f = F|h/R − β|/(1 + β).
const rollingPull = formula({ id: 'p.rot.rolling-pull-friction', subject: P, concepts: ['P.ROT.ROLLING', 'P.ROT.TORQUE', 'P.NLM.FRICTION'], difficulty: 4,
  vars: { F: [6, 10, 12, 14, 20, 30], M: [2, 4, 5, 10], c: range(0, ROLL_CASES.length - 1) },
  text: (v) => `A ${ROLLERS[ROLL_CASES[v.c]![0]]![0]} of mass ${v.M} kg and radius R on a rough horizontal floor is pulled by a horizontal force of ${v.F} N applied ${PULLS[ROLL_CASES[v.c]![1]]![1]}. It rolls without slipping. Find the magnitude of the frictional force (in N) on it.`,
  hi: {
    text: (v) => `खुरदरे क्षैतिज फर्श पर रखे ${v.M} kg द्रव्यमान तथा R त्रिज्या के एक ${ROLLERS[ROLL_CASES[v.c]![0]]![1]} को ${PULLS[ROLL_CASES[v.c]![1]]![2]} लगाए गए ${v.F} N के क्षैतिज बल से खींचा जाता है। यह बिना फिसले लुढ़कता है। इस पर घर्षण बल का परिमाण (N में) ज्ञात कीजिए।`,
    solution: () => `$Ma = F + f$, $I\\alpha = Fh - fR$, $a = \\alpha R$ ($f$ आगे की ओर धनात्मक, $I = \\beta MR^2$)। हल: $f = F\\frac{h/R - \\beta}{1 + \\beta}$; परिमाण द्रव्यमान पर निर्भर नहीं।`,
  },
  unit: 'N', result: [0.1, 30],
  answer: (v) => rollFriction(v.F, v.c),
  // The pull taken at the centre whatever its height; friction taken as F/(1 + β); the moment of inertia of a ring for every body.
  mistakes: (v) => { const beta = ROLLERS[ROLL_CASES[v.c]![0]]![2]; return [(v.F * beta) / (1 + beta), v.F / (1 + beta), (v.F * Math.abs(PULLS[ROLL_CASES[v.c]![1]]![0] - 1)) / 2]; },
  solution: () => `Take friction $f$ forward at the contact and $I = \\beta MR^2$. Translation: $Ma = F + f$. Rotation about the centre: $I\\alpha = Fh - fR$. Rolling: $a = \\alpha R$. Eliminating, $f = F\\frac{h/R - \\beta}{1 + \\beta}$: backward when the pull is low, forward when it is above $h = \\beta R$, and independent of the mass.` });

// ---- Gravitation ----

/** A uniform rod and a point mass on its line: F = GMm / (d(d + L)), in nN. */
const rodPull = (v: Record<'M' | 'L' | 'd' | 'm', number>) => (BIG_G * v.M * v.m) / (v.d * (v.d + v.L)) * 1e9;

const rodAttraction = formula({ id: 'p.grav.rod-attraction', subject: P, concepts: ['P.GRAV.LAW', 'M.INT.DEF'], difficulty: 3, freeResponse: false,
  vars: { M: [5, 10, 20, 50, 100], L: [0.5, 1, 2], d: [0.1, 0.2, 0.5, 1], m: [1, 2, 5] },
  text: (v) => `A uniform rod of mass ${v.M} kg and length ${v.L} m lies along the $x$-axis. A particle of mass ${v.m} kg is on the same line, ${v.d} m beyond one end of the rod. Find the gravitational force (in nN) between them ($G = 6.67 \\times 10^{-11}$ N m² kg⁻²).`,
  hi: {
    text: (v) => `${v.M} kg द्रव्यमान तथा ${v.L} m लम्बाई की एक एकसमान छड़ $x$-अक्ष के अनुदिश रखी है। ${v.m} kg द्रव्यमान का एक कण उसी रेखा पर छड़ के एक सिरे से ${v.d} m आगे है। इनके बीच गुरुत्वाकर्षण बल (nN में) ज्ञात कीजिए ($G = 6.67 \\times 10^{-11}$ N m² kg⁻²)।`,
    solution: () => `अवयव $dM = \\frac{M}{L}dx$ का बल $\\frac{Gm\\,dM}{x^2}$; $x = d$ से $d + L$ तक समाकलन: $F = \\frac{GMm}{L}\\left(\\frac1d - \\frac1{d + L}\\right) = \\frac{GMm}{d(d + L)}$।`,
  },
  unit: 'nN', result: [0.05, 1000],
  answer: rodPull,
  // The rod as a point at its centre; at its near end; at its far end.
  mistakes: (v) => [(BIG_G * v.M * v.m) / (v.d + v.L / 2) ** 2 * 1e9, (BIG_G * v.M * v.m) / v.d ** 2 * 1e9, (BIG_G * v.M * v.m) / (v.d + v.L) ** 2 * 1e9],
  solution: () => `Newton's law holds for point masses, so split the rod: an element $dM = \\frac{M}{L}dx$ at distance $x$ pulls with $\\frac{Gm\\,dM}{x^2}$, all along the line. Integrating from $d$ to $d + L$: $F = \\frac{GMm}{L}\\left(\\frac1d - \\frac1{d + L}\\right) = \\frac{GMm}{d(d + L)}$, not the force of a point at the rod's centre.` });

/** Equilateral triangle: m₁ at A, m₂ at B, m at C; the net force on m in nN. */
const triangleForce = (v: Record<'m1' | 'm2' | 'm' | 'a', number>) => ((BIG_G * v.m) / v.a ** 2) * Math.sqrt(v.m1 ** 2 + v.m2 ** 2 + v.m1 * v.m2) * 1e9;

const triangleNet = formula({ id: 'p.grav.triangle-net-force', subject: P, concepts: ['P.GRAV.LAW', 'P.KIN.VECTORS'], difficulty: 3, freeResponse: false,
  vars: { m1: [1, 2, 3, 4, 5, 10], m2: [1, 2, 3, 5, 8, 10], m: [1, 2, 5], a: [0.1, 0.2, 0.5, 1] },
  text: (v) => `Point masses of ${v.m1} kg, ${v.m2} kg and ${v.m} kg are at the corners A, B and C of an equilateral triangle of side ${v.a} m. Find the magnitude of the net gravitational force (in nN) on the mass at C due to the other two ($G = 6.67 \\times 10^{-11}$ N m² kg⁻²).`,
  hi: {
    text: (v) => `${v.m1} kg, ${v.m2} kg तथा ${v.m} kg के बिन्दु द्रव्यमान ${v.a} m भुजा वाले समबाहु त्रिभुज के शीर्षों A, B तथा C पर हैं। अन्य दो के कारण C पर स्थित द्रव्यमान पर नेट गुरुत्वाकर्षण बल का परिमाण (nN में) ज्ञात कीजिए ($G = 6.67 \\times 10^{-11}$ N m² kg⁻²)।`,
    solution: () => `दोनों बल $F_1 = \\frac{Gm_1m}{a^2}$, $F_2 = \\frac{Gm_2m}{a^2}$ के बीच $60°$: $F = \\sqrt{F_1^2 + F_2^2 + 2F_1F_2\\cos60°} = \\frac{Gm}{a^2}\\sqrt{m_1^2 + m_2^2 + m_1m_2}$।`,
  },
  unit: 'nN', result: [0.05, 10000],
  answer: triangleForce,
  // The two forces added as numbers; taken at right angles; the angle between them taken as 120°.
  mistakes: (v) => { const k = ((BIG_G * v.m) / v.a ** 2) * 1e9; return [k * (v.m1 + v.m2), k * Math.hypot(v.m1, v.m2), k * Math.sqrt(v.m1 ** 2 + v.m2 ** 2 - v.m1 * v.m2)]; },
  solution: () => `Each pull is along a side towards the other mass: $F_1 = \\frac{Gm_1m}{a^2}$, $F_2 = \\frac{Gm_2m}{a^2}$, with $60°$ between them. By the parallelogram law $F = \\sqrt{F_1^2 + F_2^2 + 2F_1F_2\\cos60°} = \\frac{Gm}{a^2}\\sqrt{m_1^2 + m_2^2 + m_1m_2}$.` });

/** Bodies: name, Hindi name, radius (km), surface g (m/s²), launch speeds (km/s) below escape. */
export const WORLDS = [
  ['the Earth', 'पृथ्वी', 6400, 10, [2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ['the Moon', 'चन्द्रमा', 1740, 1.6, [0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2]],
  ['Mars', 'मंगल', 3400, 3.7, [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 4.8]],
] as const;
const world = (v: Record<'w' | 'j', number>) => { const [en, hi, R, g, speeds] = WORLDS[v.w]!; return { en, hi, R, g, u: speeds[v.j]! }; };
/** Height (km) reached by a body launched straight up at u km/s: h = Ru²/(2gR − u²). */
const launchHeight = (v: Record<'w' | 'j', number>) => { const { R, g, u } = world(v); const Rm = R * 1000, um = u * 1000; return (Rm * um * um) / (2 * g * Rm - um * um) / 1000; };

const launchHeightGen = formula({ id: 'p.grav.launch-height', subject: P, concepts: ['P.GRAV.PE', 'P.WEP.ENERGY', 'P.GRAV.G_VAR'], difficulty: 4,
  vars: { w: [0, 1, 2], j: range(0, 8) },
  text: (v) => { const b = world(v); return `A body is projected vertically upwards from the surface of ${b.en} with a speed of ${b.u} km/s. Neglecting any atmosphere and the rotation, find the greatest height (in km) it reaches above the surface (radius ${b.R} km, $g = ${b.g}$ m/s² at the surface).`; },
  hi: {
    text: (v) => { const b = world(v); return `एक पिण्ड ${b.hi} की सतह से ${b.u} km/s की चाल से ऊर्ध्वाधर ऊपर प्रक्षेपित किया जाता है। वायुमण्डल तथा घूर्णन नगण्य मानकर सतह से इसकी अधिकतम ऊँचाई (km में) ज्ञात कीजिए (त्रिज्या ${b.R} km, सतह पर $g = ${b.g}$ m/s²)।`; },
    solution: () => `ऊर्जा संरक्षण: $\\frac12mv^2 - \\frac{GMm}{R} = -\\frac{GMm}{R + h}$, $GM = gR^2$; अतः $h = \\frac{Rv^2}{2gR - v^2}$।`,
  },
  unit: 'km', result: [10, 40000],
  answer: launchHeight,
  // g taken constant (v²/2g); the denominator 2gR − v² written 2gR + v²; the height measured from the centre (R + h).
  mistakes: (v) => { const { R, g, u } = world(v); const Rm = R * 1000, um = u * 1000; return [(um * um) / (2 * g) / 1000, (Rm * um * um) / (2 * g * Rm + um * um) / 1000, launchHeight(v) + R]; },
  solution: () => `$g$ falls off with height, so use energy with the full potential: $\\frac12mv^2 - \\frac{GMm}{R} = -\\frac{GMm}{R + h}$ and $GM = gR^2$. Solving, $h = \\frac{Rv^2}{2gR - v^2}$ (finite only below the escape speed $\\sqrt{2gR}$).` });

// ---- Viscosity ----

/** Poiseuille: Q = πΔP r⁴ / (8ηl), water η = 1.0 × 10⁻³ Pa s, ΔP = ρgh; in mm³/s. */
const poiseuille = (v: Record<'r' | 'l' | 'h', number>) => (Math.PI * 1000 * G * (v.h / 100) * (v.r / 1000) ** 4) / (8 * 1e-3 * (v.l / 100)) * 1e9;

const poiseuilleFlow = formula({ id: 'p.flu.poiseuille-flow', subject: P, concepts: ['P.FLU.VISCOSITY', 'P.FLU.PRESSURE'], difficulty: 3, freeResponse: false,
  vars: { r: [0.2, 0.25, 0.3, 0.4, 0.5], l: [10, 20, 25, 40, 50], h: [5, 10, 20, 40] },
  text: (v) => `Water (viscosity $1.0 \\times 10^{-3}$ Pa s, density 1000 kg/m³) flows steadily through a horizontal capillary tube of radius ${v.r} mm and length ${v.l} cm, driven by a pressure difference equal to a ${v.h} cm column of water ($g = 10$ m/s²). Find the rate of flow (in mm³/s) of water out of the tube.`,
  hi: {
    text: (v) => `पानी (श्यानता गुणांक $1.0 \\times 10^{-3}$ Pa s, घनत्व 1000 kg/m³) ${v.r} mm त्रिज्या तथा ${v.l} cm लम्बाई की एक क्षैतिज केशनली में ${v.h} cm पानी के स्तम्भ के बराबर दाबान्तर से स्थायी रूप से बहता है ($g = 10$ m/s²)। नली से पानी के प्रवाह की दर (mm³/s में) ज्ञात कीजिए।`,
    solution: () => `पॉइज़ुली सूत्र: $Q = \\frac{\\pi\\Delta P r^4}{8\\eta l}$, $\\Delta P = \\rho gh$।`,
  },
  unit: 'mm³/s', result: [0.1, 3000],
  answer: poiseuille,
  // The diameter used as the radius; the factor 8 left out; the pressure head used in cm of water as if in Pa.
  mistakes: (v) => [poiseuille({ ...v, r: 2 * v.r }), 8 * poiseuille(v), poiseuille(v) / (10 * G)],
  solution: () => `Poiseuille's law: $Q = \\frac{\\pi\\Delta P r^4}{8\\eta l}$ with $\\Delta P = \\rho gh$. Note the fourth power of the radius: halving the radius cuts the flow sixteen-fold.` });

/** Work and energy, rotation, gravitation and viscosity: shapes new to their concepts. */
export const physicsDepthRound3BGenerators: GeneratorDef[] = physicalDistractors([
  workForceGraph, pathWorkGen, chainSlide, roughPatch, springTwoBlocks, springStretchWork,
  manOnBoat, hemisphereOnCylinder, moiPlateDiagonal, moiRodSphere, torqueVector, fallingRod, beamSupports, hingedRod, rollingPull,
  rodAttraction, triangleNet, launchHeightGen, poiseuilleFlow,
]);
