import type { Question } from '../../schemas/content.ts';

/**
 * Marking of one response under the JEE rules in docs/product.md ("JEE rules the engine must get
 * right"). Marks are raw exam marks (integers, may be negative).
 */

/** Which exam's rules apply. */
export type ExamPattern = 'JEE_MAIN' | 'JEE_ADVANCED';

/** The question fields marking needs. */
export type MarkableQuestion = Pick<Question, 'id' | 'subject' | 'type' | 'answer' | 'tolerance'> & {
  /** Override of the marks for a full-credit answer (e.g. a paper where integer items carry +3). */
  readonly fullMarks?: number;
  /** Override of the marks for a wrong answer (≤ 0). */
  readonly wrongMarks?: number;
};

/** How a response was judged. PARTIAL only occurs for JEE Advanced multi-correct. */
export type ResponseStatus = 'CORRECT' | 'PARTIAL' | 'WRONG' | 'UNANSWERED';

/** The result of marking one response. */
export interface MarkedResponse {
  readonly status: ResponseStatus;
  /** Raw marks awarded (negative for penalties). */
  readonly marks: number;
}

/**
 * Default full/wrong marks per (pattern, type). JEE Main: +4/−1 everywhere (multi-correct does
 * not occur in Main; if given it is all-or-nothing). JEE Advanced: single +3/−1, multi +4 with
 * partial marks/−2, integer +4/0, numerical +3/0 (papers vary by year: override per question).
 */
export const DEFAULT_MARKS: Readonly<Record<ExamPattern, Readonly<Record<Question['type'], readonly [number, number]>>>> = {
  JEE_MAIN: { SINGLE: [4, -1], MULTI: [4, -1], INTEGER: [4, -1], NUMERIC: [4, -1] },
  JEE_ADVANCED: { SINGLE: [3, -1], MULTI: [4, -2], INTEGER: [4, 0], NUMERIC: [3, 0] },
};

const UNANSWERED: MarkedResponse = { status: 'UNANSWERED', marks: 0 };

/** Round half away from zero to `decimals` places, robust to binary representation (2.675 → 2.68). */
export function roundHalfAway(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // 15 significant digits strip binary noise (2.675 * 100 = 267.49999999999997 → 267.5).
  const y = Number((Math.abs(x) * f).toPrecision(15));
  const r = Math.round(y) / f;
  return x < 0 ? -r : r;
}

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER_PATTERN.test(t) ? Number(t) : undefined;
}

/** Option keys of a response ("dba" → "ABD"); undefined if anything but A–D appears. */
function optionSet(text: string): string | undefined {
  const t = text.replace(/[\s,]/g, '').toUpperCase();
  if (!/^[ABCD]+$/.test(t)) return undefined;
  return [...new Set(t)].sort().join('');
}

/**
 * JEE Advanced multi-correct partial marking exactly as written: +4 all correct options and
 * nothing else; +3 all four correct and exactly three chosen; +2 three or more correct and
 * exactly two (correct) chosen; +1 two or more correct and exactly one (correct) chosen; 0 none
 * chosen; −2 otherwise (any wrong option chosen).
 */
function markAdvancedMulti(key: string, chosen: string, full: number, wrong: number): MarkedResponse {
  const correct = new Set(key);
  if ([...chosen].some((c) => !correct.has(c))) return { status: 'WRONG', marks: wrong };
  if (chosen.length === correct.size) return { status: 'CORRECT', marks: full };
  const partial =
    (correct.size === 4 && chosen.length === 3 ? 3 : 0) ||
    (correct.size >= 3 && chosen.length === 2 ? 2 : 0) ||
    (correct.size >= 2 && chosen.length === 1 ? 1 : 0);
  return partial > 0 ? { status: 'PARTIAL', marks: partial } : { status: 'WRONG', marks: wrong };
}

function isCorrect(pattern: ExamPattern, q: MarkableQuestion, response: string): boolean {
  switch (q.type) {
    case 'SINGLE':
    case 'MULTI':
      return optionSet(response) !== undefined && optionSet(response) === optionSet(q.answer);
    case 'INTEGER': {
      const r = parseNumber(response);
      const k = parseNumber(q.answer);
      if (r === undefined || k === undefined) return false;
      return pattern === 'JEE_MAIN' ? roundHalfAway(r, 0) === roundHalfAway(k, 0) : Number.isInteger(r) && r === k;
    }
    case 'NUMERIC': {
      const r = parseNumber(response);
      const k = parseNumber(q.answer);
      if (r === undefined || k === undefined) return false;
      if (pattern === 'JEE_MAIN') return roundHalfAway(r, 0) === roundHalfAway(k, 0);
      const tolerance = (q.tolerance ?? 0) + 1e-9;
      return Math.abs(roundHalfAway(r, 2) - roundHalfAway(k, 2)) <= tolerance;
    }
  }
}

/**
 * Mark one response. `response` null, undefined or blank = not answered (0 marks). A malformed
 * answer (e.g. "E" or "abc" for a number) is answered and wrong. JEE Main numerical answers are
 * compared after rounding both sides to the nearest integer (half away from zero); JEE Advanced
 * numerical answers after rounding to two decimals, within the question's absolute `tolerance`.
 */
export function markResponse(pattern: ExamPattern, q: MarkableQuestion, response: string | null | undefined): MarkedResponse {
  if (response === null || response === undefined || response.trim() === '') return UNANSWERED;
  const [defFull, defWrong] = DEFAULT_MARKS[pattern][q.type];
  const full = q.fullMarks ?? defFull;
  const wrong = q.wrongMarks ?? defWrong;
  if (pattern === 'JEE_ADVANCED' && q.type === 'MULTI') {
    const chosen = optionSet(response);
    const key = optionSet(q.answer);
    if (chosen === undefined || key === undefined) return { status: 'WRONG', marks: wrong };
    return markAdvancedMulti(key, chosen, full, wrong);
  }
  return isCorrect(pattern, q, response) ? { status: 'CORRECT', marks: full } : { status: 'WRONG', marks: wrong };
}
