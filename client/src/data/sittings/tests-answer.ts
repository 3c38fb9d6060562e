import type { QuestionType } from '@cr/shared/schemas/content';

/**
 * Answers in a test, between what the student selects or types and the engine's answer format
 * (shared/src/schemas/content.ts, marked by `markResponse`): SINGLE one option key ("B"), MULTI the
 * chosen keys sorted ("ABD"), INTEGER an integer ("-3"), NUMERIC a decimal ("4.47"). Pure.
 *
 * An empty selection is "no answer" (null), never an empty string. What is stored is what the
 * marker reads, so the device's provisional mark and the server's mark see the same text.
 */

export const OPTION_KEYS = ['A', 'B', 'C', 'D'] as const;

/** The attempts column holds at most 40 characters (migrations/001, server upload schema). */
export const MAX_ANSWER_LENGTH = 40;

export type AnswerProblem = 'NOT_INTEGER' | 'NOT_NUMBER' | 'TOO_LONG' | 'NOT_OPTION';

export type Encoded = { ok: true; answer: string | null } | { ok: false; problem: AnswerProblem };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Toggles an option in a selection: SINGLE replaces it, MULTI adds or removes it (kept sorted). */
export function toggleOption(type: QuestionType, selection: string, key: string): string {
  if (type !== 'MULTI') return selection === key ? '' : key;
  const keys = new Set(selection.split(''));
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return [...keys].sort().join('');
}

/** The stored answer for a selection (options) or typed text (INTEGER/NUMERIC). */
export function encodeAnswer(type: QuestionType, input: string): Encoded {
  const text = input.trim();
  if (text === '') return { ok: true, answer: null };
  if (text.length > MAX_ANSWER_LENGTH) return { ok: false, problem: 'TOO_LONG' };
  switch (type) {
    case 'SINGLE':
    case 'MULTI': {
      const keys = [...new Set(text.toUpperCase().replace(/[\s,]/g, ''))].sort();
      if (keys.some((k) => !(OPTION_KEYS as readonly string[]).includes(k))) return { ok: false, problem: 'NOT_OPTION' };
      if (type === 'SINGLE' && keys.length !== 1) return { ok: false, problem: 'NOT_OPTION' };
      return { ok: true, answer: keys.join('') };
    }
    case 'INTEGER':
      if (!INTEGER.test(text)) return { ok: false, problem: 'NOT_INTEGER' };
      return { ok: true, answer: canonicalNumber(text) };
    case 'NUMERIC':
      if (!DECIMAL.test(text)) return { ok: false, problem: 'NOT_NUMBER' };
      return { ok: true, answer: canonicalNumber(text) };
  }
}

/** "+007" → "7", "-0" → "0", "0.50" stays "0.50" (the marker rounds; trailing zeros are the student's). */
function canonicalNumber(text: string): string {
  let t = text.startsWith('+') ? text.slice(1) : text;
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  const [whole = '', frac] = t.split('.');
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  const out = frac === undefined ? w : `${w}.${frac}`;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Typed characters an answer box accepts while typing (the check on save is `encodeAnswer`). */
export function acceptsTyping(type: QuestionType, text: string): boolean {
  if (text.length > MAX_ANSWER_LENGTH) return false;
  return type === 'INTEGER' ? /^[+-]?\d*$/.test(text) : /^[+-]?\d*\.?\d*$/.test(text);
}

/** The options selected by a stored answer ("ABD" → ["A","B","D"]); [] for none. */
export function selectedOptions(answer: string | null): string[] {
  return answer ? answer.split('').filter((k) => (OPTION_KEYS as readonly string[]).includes(k)) : [];
}
