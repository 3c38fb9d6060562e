import { oxidationState, SPECIES } from './chem-data.ts';
import { formula, range } from './formula.ts';
import { formatNumber } from './format.ts';
import { choice, num } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const C = 'CHEMISTRY' as const;
const R = 8.314;
const log10 = (x: number) => Math.log10(x);
/** Redox couples: oxidant, electrons gained per formula unit; reductant, electrons lost. */
const OXIDANTS = [['MnO_4^- \\to Mn^{2+}', 5], ['Cr_2O_7^{2-} \\to 2Cr^{3+}', 6], ['MnO_4^- \\to MnO_2', 3], ['IO_3^- \\to I_2 (per\\ IO_3^-)', 5]] as const;
const REDUCTANTS = [['Fe^{2+} \\to Fe^{3+}', 1], ['C_2O_4^{2-} \\to 2CO_2', 2], ['Sn^{2+} \\to Sn^{4+}', 2], ['H_2O_2 \\to O_2', 2], ['I^- \\to \\tfrac12 I_2', 1]] as const;

/** Solutions, surfaces, equilibrium, redox and electrochemistry, kinetics (Chemistry units 5–8). */
export const chemPhysicalBGenerators: GeneratorDef[] = [
  formula({ id: 'c.sol.henry', subject: C, concepts: ['C.SOL.HENRY'], difficulty: 2,
    vars: { KH: range(1, 10), p: range(1, 10) },
    text: (v) => `Henry's law constant of a gas in water is ${v.KH} × 10⁴ bar. Find the mole fraction of the gas dissolved at a partial pressure of ${v.p} bar, in units of $10^{-4}$.`, unit: '× 10⁻⁴',
    answer: (v) => (v.p / (v.KH * 1e4)) / 1e-4, mistakes: (v) => [((v.KH * 1e4) / v.p) * 1e-8, (v.p * v.KH), (v.p / v.KH)],
    solution: () => `$p = K_H x$, so $x = p/K_H$.` }),
  formula({ id: 'c.sol.raoult', subject: C, concepts: ['C.SOL.RAOULT'], difficulty: 3,
    vars: { pa: range(100, 500, 20), pb: range(20, 300, 20), xa: range(0.1, 0.9, 0.1) },
    text: (v) => `Liquids A ($p^\\circ = ${v.pa}$ mm Hg) and B ($p^\\circ = ${v.pb}$ mm Hg) form an ideal solution with $x_A = ${v.xa}$. Find the total vapour pressure.`, unit: 'mm Hg',
    answer: (v) => v.xa * v.pa + (1 - v.xa) * v.pb, mistakes: (v) => [v.xa * v.pb + (1 - v.xa) * v.pa, v.pa + v.pb, v.xa * v.pa],
    solution: () => `$P = x_Ap_A^\\circ + x_Bp_B^\\circ$.` }),
  formula({ id: 'c.sol.freezing-point', subject: C, concepts: ['C.SOL.COLLIG', 'C.BASIC.CONC'], difficulty: 3,
    vars: { w: range(1, 20), M: [60, 92, 180, 342], kg: range(0.1, 1, 0.1), Kf: [1.86, 5.12] },
    text: (v) => `${v.w} g of a non-electrolyte (M = ${v.M} g/mol) is dissolved in ${v.kg} kg of solvent ($K_f = ${v.Kf}$ K kg/mol). Find the depression in freezing point.`, unit: 'K',
    answer: (v) => (v.Kf * (v.w / v.M)) / v.kg, mistakes: (v) => [v.Kf * (v.w / v.M) * v.kg, (v.Kf * v.w) / v.kg, (v.Kf * (v.w / v.M)) / (v.kg * 1000)],
    solution: () => `$\\Delta T_f = K_f m$ with $m$ = mol solute per kg solvent.` }),
  formula({ id: 'c.sol.vant-hoff', subject: C, concepts: ['C.SOL.VANTHOFF', 'C.SOL.COLLIG'], difficulty: 4,
    vars: { n: range(2, 4), a: range(0.1, 1, 0.1), m: range(0.05, 0.5, 0.05) },
    text: (v) => `A salt that dissociates into ${v.n} ions is ${Math.round(v.a * 100)}% dissociated in a ${v.m} molal aqueous solution. Find the elevation in boiling point ($K_b = 0.52$ K kg/mol).`, unit: 'K',
    answer: (v) => 0.52 * v.m * (1 + (v.n - 1) * v.a), mistakes: (v) => [0.52 * v.m, 0.52 * v.m * v.n, 0.52 * v.m * (1 + v.n * v.a)], sig: 4,
    solution: () => `$i = 1 + (n - 1)\\alpha$ and $\\Delta T_b = iK_bm$.` }),
  formula({ id: 'c.surface.freundlich', subject: C, concepts: ['C.SURFACE'], difficulty: 3,
    vars: { k: range(0.1, 2, 0.1), n: range(1, 4), p: [1, 4, 8, 16, 27, 64] },
    text: (v) => `Adsorption follows the Freundlich isotherm $x/m = kP^{1/n}$ with $k = ${v.k}$ and $n = ${v.n}$. Find $x/m$ at $P = ${v.p}$ atm.`, unit: '',
    answer: (v) => v.k * v.p ** (1 / v.n), mistakes: (v) => [v.k * v.p ** v.n, v.k * (v.p / v.n), v.p ** (1 / v.n)], sig: 4,
    solution: () => `Substitute into $x/m = kP^{1/n}$.` }),
  formula({ id: 'c.eq.kp-kc', subject: C, concepts: ['C.EQ.KC'], difficulty: 3,
    vars: { Kc: range(0.5, 50, 0.5), dn: range(-2, 2), T: [300, 400, 500, 600] },
    text: (v) => `For a gaseous equilibrium with $\\Delta n_g = ${v.dn}$, $K_c = ${v.Kc}$ at ${v.T} K. Find $K_p$ ($R = 0.0821$ L atm/mol K).`, unit: '',
    answer: (v) => v.Kc * (0.0821 * v.T) ** v.dn, mistakes: (v) => [v.Kc * (0.0821 * v.T) ** -v.dn, v.Kc * (8.314 * v.T) ** v.dn, v.Kc * 0.0821 * v.T * v.dn + (v.dn === 0 ? 1 : 0)],
    solution: () => `$K_p = K_c(RT)^{\\Delta n_g}$.` }),
  {
    id: 'c.eq.reaction-quotient', subject: C, concepts: ['C.EQ.LECHATELIER', 'C.EQ.KC'], difficulty: 2,
    build(rng) {
      const K = rng.int(1, 50);
      const a = rng.int(1, 9) / 10;
      const b = rng.int(1, 9) / 10;
      const c = rng.int(1, 20) / 10;
      const Q = (c * c) / (a * b);
      const dir = Q < K ? 'forward' : Q > K ? 'backward' : 'no net';
      return choice({
        params: { K, a, b, c },
        text: `For $\\mathrm{A(g) + B(g) \\rightleftharpoons 2C(g)}$, $K_c = ${K}$. A mixture has [A] = ${a}, [B] = ${b}, [C] = ${c} mol/L. In which direction does the reaction proceed?`,
        correct: `In the ${dir} direction${dir === 'no net' ? ' (at equilibrium)' : ''}`,
        distractors: ['In the forward direction', 'In the backward direction', 'In the no net direction (at equilibrium)', 'It cannot be decided without the temperature'],
        solution: `$Q_c = [C]^2/([A][B]) = ${Math.round(Q * 1000) / 1000}$; compare with $K_c$: $Q < K$ forward, $Q > K$ backward.`,
      });
    },
  },
  formula({ id: 'c.eq.ph-strong', subject: C, concepts: ['C.EQ.PH', 'M.FUNC.EXPLOG'], difficulty: 2,
    vars: { m: [1, 2, 5], e: range(1, 5), w: range(0, 1) },
    text: (v) => `Find the pH of a ${v.m} × 10⁻${v.e} M solution of ${v.w === 0 ? 'HCl' : 'NaOH'} at 25 °C.`, unit: '',
    answer: (v) => (v.w === 0 ? -log10(v.m * 10 ** -v.e) : 14 + log10(v.m * 10 ** -v.e)), mistakes: (v) => (v.w === 0 ? [v.e, 14 + log10(v.m * 10 ** -v.e), -log10(v.m) + v.e + 1] : [-log10(v.m * 10 ** -v.e), 14 - v.e, 14 + log10(v.m * 10 ** -v.e) + 1]), sig: 3,
    solution: () => `pH $= -\\log[\\mathrm{H^+}]$; for a base pH $= 14 - $ pOH.` }),
  formula({ id: 'c.eq.weak-acid', subject: C, concepts: ['C.EQ.ACIDBASE'], difficulty: 3,
    vars: { Ka: [1e-5, 1.8e-5, 4e-6, 1e-6, 6.4e-5], c: [0.01, 0.1, 0.04, 0.25, 1] },
    text: (v) => `Find the pH of a ${v.c} M solution of a weak monobasic acid with $K_a = ${formatNumber(v.Ka)}$ (assume $\\alpha \\ll 1$).`, unit: '',
    answer: (v) => -log10(Math.sqrt(v.Ka * v.c)), mistakes: (v) => [-log10(v.Ka * v.c), -log10(v.c), -log10(Math.sqrt(v.Ka / v.c))], sig: 3,
    solution: () => `$[\\mathrm{H^+}] = \\sqrt{K_a c}$.` }),
  formula({ id: 'c.eq.buffer', subject: C, concepts: ['C.EQ.BUFFER', 'C.EQ.ACIDBASE'], difficulty: 4,
    vars: { pKa: [3.75, 4.76, 9.25, 4.2], salt: range(0.1, 1, 0.1), acid: range(0.1, 1, 0.1) },
    text: (v) => `A buffer has ${v.salt} M salt and ${v.acid} M of the weak acid (p$K_a$ = ${v.pKa}). Find its pH.`, unit: '',
    answer: (v) => v.pKa + log10(v.salt / v.acid), mistakes: (v) => [v.pKa - log10(v.salt / v.acid), v.pKa, v.pKa + v.salt / v.acid], sig: 3,
    solution: () => `Henderson: pH $= \\mathrm{p}K_a + \\log\\frac{[\\text{salt}]}{[\\text{acid}]}$.` }),
  formula({ id: 'c.eq.ksp', subject: C, concepts: ['C.EQ.KSP'], difficulty: 3,
    vars: { s: [1, 2, 3, 4, 5], e: range(3, 6), w: range(0, 1) },
    text: (v) => `The solubility of ${v.w === 0 ? 'AgCl (type AB)' : 'CaF₂ (type AB₂)'} is ${v.s} × 10⁻${v.e} mol/L. Find $K_{sp}$ in units of $10^{-${v.w === 0 ? 2 * v.e : 3 * v.e}}$.`, unit: '',
    answer: (v) => (v.w === 0 ? v.s ** 2 : 4 * v.s ** 3), mistakes: (v) => (v.w === 0 ? [2 * v.s, v.s, 4 * v.s ** 2] : [v.s ** 3, 2 * v.s ** 3, 4 * v.s ** 2]),
    solution: () => `AB: $K_{sp} = s^2$; AB₂: $K_{sp} = s(2s)^2 = 4s^3$.` }),
  {
    id: 'c.redox.oxidation-state', subject: C, concepts: ['C.REDOX.OXSTATE'], difficulty: 2,
    build(rng) {
      const i = rng.int(0, SPECIES.length - 1);
      const s = SPECIES[i]!;
      const ox = oxidationState(s);
      const fmt = (x: number) => (x > 0 ? `+${x}` : String(x));
      const wrong = [ox + 1, ox - 1, -ox, ox + 2, ox - 2].filter((x) => x !== ox).map(fmt);
      return choice({ params: { i }, text: `What is the oxidation state of ${s.central} in $\\mathrm{${s.formula}}$?`, correct: fmt(ox), distractors: rng.shuffle(wrong), solution: `Sum of oxidation states equals the charge: H +1 (−1 in metal hydrides), halogens −1, O −2.` });
    },
  },
  formula({ id: 'c.redox.mole-ratio', subject: C, concepts: ['C.REDOX.BALANCE', 'C.BASIC.STOICH'], difficulty: 3,
    vars: { o: range(0, OXIDANTS.length - 1), r: range(0, REDUCTANTS.length - 1), n: range(1, 5) },
    text: (v) => `Using $\\mathrm{${OXIDANTS[v.o]![0]}}$ and $\\mathrm{${REDUCTANTS[v.r]![0]}}$, how many moles of the reductant are oxidised by ${v.n} mol of the oxidant?`, unit: 'mol',
    answer: (v) => (v.n * OXIDANTS[v.o]![1]) / REDUCTANTS[v.r]![1], mistakes: (v) => [(v.n * REDUCTANTS[v.r]![1]) / OXIDANTS[v.o]![1], v.n, v.n * OXIDANTS[v.o]![1]],
    solution: () => `Electrons lost = electrons gained: $n_{red} \\times e_{red} = n_{ox} \\times e_{ox}$.` }),
  formula({ id: 'c.elec.cell-emf', subject: C, concepts: ['C.ELEC.CELLS'], difficulty: 2,
    vars: { c: range(-80, 80, 2), a: range(-280, 20, 2) },
    text: (v) => `Standard reduction potentials: cathode couple ${(v.c / 100).toFixed(2)} V, anode couple ${(v.a / 100).toFixed(2)} V. Find $E^\\circ_{cell}$.`, unit: 'V',
    answer: (v) => (v.c - v.a) / 100, mistakes: (v) => [(v.a - v.c) / 100, (v.c + v.a) / 100, v.c / 100],
    solution: () => `$E^\\circ_{cell} = E^\\circ_{cathode} - E^\\circ_{anode}$.` }),
  formula({ id: 'c.elec.nernst', subject: C, concepts: ['C.ELEC.NERNST', 'M.FUNC.EXPLOG'], difficulty: 4,
    vars: { E0: range(0.5, 2, 0.05), n: range(1, 3), q: [0.001, 0.01, 0.1, 10, 100, 1000] },
    text: (v) => `A cell has $E^\\circ = ${v.E0.toFixed(2)}$ V, $n = ${v.n}$ and reaction quotient $Q = ${v.q}$ at 298 K. Find $E_{cell}$ (use $\\frac{2.303RT}{F} = 0.059$ V).`, unit: 'V',
    answer: (v) => v.E0 - (0.059 / v.n) * log10(v.q), mistakes: (v) => [v.E0 + (0.059 / v.n) * log10(v.q), v.E0 - 0.059 * log10(v.q), v.E0 - (0.059 / v.n) * Math.log(v.q)], sig: 4,
    solution: () => `$E = E^\\circ - \\frac{0.059}{n}\\log Q$.` }),
  // Strong electrolytes have Λm of roughly 50–430 S cm² mol⁻¹ (HCl ≈ 426): κ is drawn from a
  // plausible Λm at the stated concentration, never 0.04 S/cm at 0.01 M (Λm 4000).
  {
    id: 'c.elec.molar-conductivity', subject: C, concepts: ['C.ELEC.CONDUCT'], difficulty: 3,
    build(rng) {
      const c = rng.pick([0.001, 0.01, 0.02, 0.05, 0.1]);
      const lambda = rng.int(5, 42) * 10;
      const k = Number((lambda * c).toPrecision(3));
      return num({
        params: { k, c },
        text: `A solution of concentration ${c} mol/L has conductivity ${k} × 10⁻³ S/cm. Find its molar conductivity in S cm² mol⁻¹.`,
        value: (k * 1e-3 * 1000) / c, unit: 'S cm² mol⁻¹',
        mistakes: [(k * 1e-3) / c, k * 1e-3 * 1000 * c, (k * 1000) / c],
        solution: `$\\Lambda_m = \\kappa \\times 1000 / c$.`,
        result: [10, 500],
      });
    },
  },
  formula({ id: 'c.elec.faraday', subject: C, concepts: ['C.ELEC.FARADAY'], difficulty: 3,
    vars: { I: range(1, 10), t: range(10, 120, 10), m: [0, 1, 2, 3] },
    text: (v) => `A current of ${v.I} A is passed for ${v.t} minutes through a solution of ${['AgNO₃', 'CuSO₄', 'ZnSO₄', 'AlCl₃'][v.m]}. Find the mass of metal deposited ($F = 96500$ C/mol; Ag 108, Cu 63.5, Zn 65, Al 27).`, unit: 'g',
    answer: (v) => (v.I * v.t * 60 * [108, 63.5, 65, 27][v.m]!) / (96500 * [1, 2, 2, 3][v.m]!), mistakes: (v) => [(v.I * v.t * [108, 63.5, 65, 27][v.m]!) / (96500 * [1, 2, 2, 3][v.m]!), (v.I * v.t * 60 * [108, 63.5, 65, 27][v.m]!) / 96500, (v.I * v.t * 60 * [108, 63.5, 65, 27][v.m]! * [1, 2, 2, 3][v.m]!) / 96500],
    solution: () => `$m = \\frac{ItM}{nF}$ with $t$ in seconds.` }),
  formula({ id: 'c.kin.rate-law', subject: C, concepts: ['C.KIN.RATE'], difficulty: 2,
    vars: { a: range(0, 2), b: range(0, 2), fa: range(2, 4), fb: range(1, 3) },
    text: (v) => `Rate $= k[\\mathrm{A}]^{${v.a}}[\\mathrm{B}]^{${v.b}}$. By what factor does the rate change if [A] is multiplied by ${v.fa} and [B] by ${v.fb}?`, unit: '',
    answer: (v) => v.fa ** v.a * v.fb ** v.b, mistakes: (v) => [v.fa * v.a + v.fb * v.b, v.fa * v.fb, v.fa ** v.b * v.fb ** v.a],
    solution: () => `Each concentration factor is raised to its order.` }),
  formula({ id: 'c.kin.order-from-data', subject: C, concepts: ['C.KIN.INITIAL_RATES', 'C.KIN.RATE'], difficulty: 3,
    vars: { order: range(0, 3), f: range(2, 4), r0: range(1, 9) },
    text: (v) => `When [A] is multiplied by ${v.f}, the initial rate goes from ${v.r0} × 10⁻³ to ${v.r0 * v.f ** v.order} × 10⁻³ mol L⁻¹ s⁻¹. Find the order with respect to A.`, unit: '',
    answer: (v) => v.order, mistakes: (v) => [v.order + 1, v.f ** v.order, v.order === 0 ? 4 : v.order - 1 + (v.order === 1 ? 0.5 : 0)],
    solution: () => `$(\\text{rate ratio}) = f^{\\,n}$, so $n = \\log(\\text{rate ratio})/\\log f$.` }),
  formula({ id: 'c.kin.first-order', subject: C, concepts: ['C.KIN.FIRST', 'M.FUNC.EXPLOG'], difficulty: 3,
    vars: { k: [0.01, 0.02, 0.05, 0.1, 0.2], frac: [2, 4, 8, 10, 100], w: range(0, 1) },
    text: (v) => (v.w === 0 ? `A first-order reaction has $k = ${v.k}$ min⁻¹. Find its half-life in minutes.` : `A first-order reaction has $k = ${v.k}$ min⁻¹. How long (min) until the concentration falls to 1/${v.frac} of its initial value?`), unit: 'min',
    answer: (v) => (v.w === 0 ? Math.LN2 / v.k : Math.log(v.frac) / v.k), mistakes: (v) => (v.w === 0 ? [v.k / Math.LN2, 1 / v.k, 0.5 / v.k] : [log10(v.frac) / v.k, v.frac / v.k, Math.log(v.frac) * v.k]), sig: 4,
    solution: () => `$t = \\frac{1}{k}\\ln\\frac{[A]_0}{[A]}$; $t_{1/2} = 0.693/k$.` }),
  formula({ id: 'c.kin.arrhenius', subject: C, concepts: ['C.KIN.ARRHENIUS'], difficulty: 4,
    vars: { T1: [280, 290, 300, 310], dT: [10, 20, 30], ratio: [2, 3, 4] },
    text: (v) => `The rate constant of a reaction becomes ${v.ratio} times larger when the temperature rises from ${v.T1} K to ${v.T1 + v.dT} K. Find the activation energy in kJ/mol ($R = 8.314$ J/mol K).`, unit: 'kJ/mol',
    answer: (v) => (R * Math.log(v.ratio)) / (1 / v.T1 - 1 / (v.T1 + v.dT)) / 1000, mistakes: (v) => [(R * log10(v.ratio)) / (1 / v.T1 - 1 / (v.T1 + v.dT)) / 1000, (R * Math.log(v.ratio)) / (1 / v.T1 - 1 / (v.T1 + v.dT)), (R * v.ratio) / (1 / v.T1 - 1 / (v.T1 + v.dT)) / 1000], sig: 4,
    solution: () => `$\\ln\\frac{k_2}{k_1} = \\frac{E_a}{R}\\left(\\frac1{T_1} - \\frac1{T_2}\\right)$.` }),
];
