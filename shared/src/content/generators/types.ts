import type { Question, Subject } from '../../schemas/content.ts';
import type { Rng } from '../random.ts';

/** Numbers that reproduce an instance; tests recompute the answer from them independently. */
export type Params = Readonly<Record<string, number>>;

/**
 * The Hindi rendering of a spec (NTA's standard Hindi technical terms; numbers, symbols, LaTeX
 * and SI units stay as in English). Option texts that are words are translated in `correct` /
 * `distractors` / `options`, in the same order as the English ones.
 */
export interface HindiText {
  text: string;
  solution: string;
  correct?: string;
  distractors?: readonly string[];
  /** MultiSpec only: the option texts in Hindi, same order as `options`. */
  options?: readonly string[];
}

/** A question whose answer is a number: the framework builds options or a free-response key. */
export interface NumericSpec {
  kind: 'numeric';
  params: Params;
  /** The stem, markdown + LaTeX, ending with what to find (and in which unit). */
  text: string;
  /** The exact answer in `unit`. */
  value: number;
  unit: string;
  /** Values produced by typical mistakes (sign error, missing factor, wrong unit…). */
  mistakes: readonly number[];
  /** Worked solution, markdown + LaTeX. */
  solution: string;
  /** Significant figures shown in options (default 3). */
  sig?: number;
  hi?: HindiText;
  /** Plausible range of `value` in `unit` (realism: a test draws many seeds and fails outside it). */
  result?: readonly [number, number];
  /**
   * Hard limits of the quantity itself, beyond which no option may go (an acute angle [0, 90],
   * a fraction [0, 1]). Probabilities, counts, part-of-whole percentages, acute angles and
   * principal arguments are recognised from the stem without it (see `quantityLimits`).
   */
  bounds?: readonly [number, number];
  /** The answer is a count (a whole number of ways, points, roots…): every option an integer. */
  count?: boolean;
}

/** A question whose answer is one of a few texts (a name, a shape, an order…). */
export interface ChoiceSpec {
  kind: 'choice';
  params: Params;
  text: string;
  correct: string;
  /** Plausible wrong answers; at least three distinct from `correct`. */
  distractors: readonly string[];
  solution: string;
  hi?: HindiText;
}

/**
 * JEE Advanced multi-correct: four statements, one or more true (answer key = the true keys
 * sorted, e.g. "ABD"; marked +4 / partial / −2 by the Advanced scheme).
 */
export interface MultiSpec {
  kind: 'multi';
  params: Params;
  text: string;
  /** Exactly four statements; at least one with `correct: true`. Shuffled by the framework. */
  options: readonly { text: string; correct: boolean }[];
  solution: string;
  hi?: HindiText;
}

export type Spec = NumericSpec | ChoiceSpec | MultiSpec;

export interface GeneratorDef {
  /** Stable id, kebab-case with dots: `m.quad.sum-of-roots`. Part of every instance id. */
  id: string;
  subject: Subject;
  /** Concepts this generator serves; the first is the primary concept of every instance. */
  concepts: readonly [string, ...string[]];
  difficulty: 1 | 2 | 3 | 4 | 5;
  /** Numeric generators only: whether a free-response version may be posed (default true). */
  freeResponse?: boolean;
  build(rng: Rng): Spec;
}

/** One reproducible instance: the question plus the parameters and exact value behind it. */
export interface GeneratedInstance {
  question: Question;
  params: Params;
  /** Exact numeric answer (numeric generators), else null. */
  value: number | null;
}
