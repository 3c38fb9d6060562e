import { questionHindiSchema, type QuestionHindi } from '@cr/shared/schemas/content';

/**
 * The Hindi rendering of a synced question row (`questions.hi`, JSON text), or null when the
 * question is English only or the stored value is not a valid rendering (never shown half-parsed).
 */
export function parseQuestionHindi(text: string | null | undefined): QuestionHindi | null {
  if (!text) return null;
  try {
    const parsed = questionHindiSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type QuestionLanguage = 'en' | 'hi';

export interface ShownQuestion {
  text: string;
  options: { key: string; text: string }[];
  explanation: string | null;
}

/**
 * What the student reads in `language`: the Hindi text and explanation, and the Hindi option
 * texts when they are words (same keys, so an answer given in either language is the same answer).
 */
export function questionIn(
  language: QuestionLanguage,
  english: ShownQuestion,
  hindi: QuestionHindi | null,
): ShownQuestion {
  if (language === 'en' || !hindi) return english;
  const hiOptions = new Map<string, string>((hindi.options ?? []).map((o) => [o.key, o.text]));
  return {
    text: hindi.text,
    options: english.options.map((o) => ({ key: o.key, text: hiOptions.get(o.key) ?? o.text })),
    explanation: english.explanation === null ? null : hindi.explanation || english.explanation,
  };
}
