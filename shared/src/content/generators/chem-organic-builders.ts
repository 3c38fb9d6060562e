import type { Rng } from '../random.ts';
import { choice, multi } from './spec.ts';
import type { GeneratorDef, NumericSpec } from './types.ts';

/** Shared builders of the organic depth generators: orders, multi-correct sets from tables, integer counts. */
export const C = 'CHEMISTRY' as const;
type Concepts = readonly [string, ...string[]];
type Level = 1 | 2 | 3 | 4 | 5;
export const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
export const tex = (s: string) => `$\\mathrm{${s}}$`;

/** Four distinct indices of a table of `n` rows, sorted, for which `ok` holds (tries 60 draws). */
export function pickFour(rng: Rng, n: number, ok: (picked: number[]) => boolean): number[] {
  let picked: number[] = [];
  for (let tries = 0; tries < 60; tries++) {
    picked = rng.shuffle(Array.from({ length: n }, (_, k) => k)).slice(0, 4).sort((a, b) => a - b);
    if (ok(picked)) return picked;
  }
  return picked;
}

/**
 * Arrange four species by a measured property. `gap(a, b)` says whether two values are far enough
 * apart to be a real, measurable order. Options: the order, its reverse and adjacent swaps.
 */
export function rankGenerator(o: {
  id: string; concepts: Concepts; difficulty: Level;
  data: readonly (readonly [string, number])[];
  gap: (a: number, b: number) => boolean;
  asks: readonly { en: string; hi: string; ascending: boolean }[];
  why: string; whyHi: string;
  /** How a value is printed in the solution. */
  fmt: (v: number) => string;
  /** What the values are (default: measured values). */
  label?: [string, string];
}): GeneratorDef {
  return {
    id: o.id, subject: C, concepts: o.concepts, difficulty: o.difficulty,
    build(rng) {
      const picked = pickFour(rng, o.data.length, (p) => p.every((a, i) => p.every((b, j) => i >= j || o.gap(o.data[a]![1], o.data[b]![1]))));
      const w = rng.int(0, o.asks.length - 1);
      const ask = o.asks[w]!;
      const dir = ask.ascending ? 1 : -1;
      const sorted = [...picked].sort((p, q) => dir * (o.data[p]![1] - o.data[q]![1]));
      const show = (list: readonly number[]) => list.map((k) => tex(o.data[k]![0])).join(' < ');
      const swap = (list: readonly number[], k: number) => { const c = [...list]; [c[k], c[k + 1]] = [c[k + 1]!, c[k]!]; return c; };
      const list = picked.map((k) => tex(o.data[k]![0])).join(', ');
      const values = sorted.map((k) => `${tex(o.data[k]![0])} (${o.fmt(o.data[k]![1])})`).join(', ');
      return choice({
        params: { w, p0: picked[0]!, p1: picked[1]!, p2: picked[2]!, p3: picked[3]! },
        text: `Arrange ${list} in order of increasing ${ask.en}.`,
        correct: show(sorted), distractors: [show([...sorted].reverse()), show(swap(sorted, 0)), show(swap(sorted, 2)), show(swap(sorted, 1))],
        solution: `${o.why} ${o.label?.[0] ?? 'Measured values'}: ${values}.`,
        hi: { text: `${list} को ${ask.hi} के बढ़ते क्रम में व्यवस्थित कीजिए।`, solution: `${o.whyHi} ${o.label?.[1] ?? 'मापे गए मान'}: ${values}।` },
      });
    },
  };
}

/**
 * Multi-correct: four rows of a table shown as statements or formulae; the true ones are those the
 * table marks. At least one is true and at least one false (so guessing "all" never scores).
 */
export function tableMulti(o: {
  id: string; concepts: Concepts; difficulty: Level; n: number;
  show: (i: number) => string; showHi?: (i: number) => string;
  /** The properties the stem may ask about: its text and which rows have it. */
  asks: readonly { text: string; textHi: string; truth: (i: number) => boolean }[];
  why: (picked: number[], a: number) => string; whyHi: (picked: number[], a: number) => string;
}): GeneratorDef {
  return {
    id: o.id, subject: C, concepts: o.concepts, difficulty: o.difficulty,
    build(rng) {
      const a = rng.int(0, o.asks.length - 1);
      const ask = o.asks[a]!;
      const picked = pickFour(rng, o.n, (p) => p.some(ask.truth) && !p.every(ask.truth));
      return multi({
        params: { a, p0: picked[0]!, p1: picked[1]!, p2: picked[2]!, p3: picked[3]! },
        text: ask.text,
        options: picked.map((i) => ({ text: o.show(i), correct: ask.truth(i) })),
        solution: o.why(picked, a),
        hi: { text: ask.textHi, solution: o.whyHi(picked, a), options: picked.map((i) => (o.showHi ?? o.show)(i)) },
      });
    },
  };
}

/** A positive number as KaTeX inside an existing math span: 2.8e4 → 2.8 \times 10^{4}. */
export const powerTex = (x: number) => { const e = Math.floor(Math.log10(x)); const m = Number((x / 10 ** e).toFixed(2)); return m === 1 ? `10^{${e}}` : `${m} \\times 10^{${e}}`; };
/** A measured value as its own math span, in powers of ten outside 0.001–10⁴: 6e-8 → $6 \times 10^{-8}$. */
export const sci = (v: number) => (v === 0 || (Math.abs(v) >= 0.001 && Math.abs(v) < 1e4) ? `$${v}$` : `$${powerTex(v)}$`);

/** An integer count question with its own options (no fallback scaling can show a fraction or negative count). */
export function countSpec(o: { params: Record<string, number>; text: string; textHi: string; value: number; mistakes: number[]; solution: string; solutionHi: string; max: number }): NumericSpec {
  return { kind: 'numeric', params: o.params, text: o.text, value: o.value, unit: '', mistakes: o.mistakes.filter((x) => Number.isInteger(x) && x >= 0), result: [0, o.max], solution: o.solution, hi: { text: o.textHi, solution: o.solutionHi } };
}
