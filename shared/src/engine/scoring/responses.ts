import { finalAnswers } from './sitting.ts';

/**
 * A test sitting's responses as a fold over answer events, in the shape the replica-convergence
 * properties use. The rule itself is `finalAnswers` (sitting.ts): per question, the event with the
 * greatest HLC wins (last writer wins by HLC, never by device clock), so any replica with the same
 * events scores the same paper.
 */

/** One saved answer (or clear: `response` null) in a sitting. */
export interface AnswerEvent {
  readonly id: string;
  readonly hlc: string;
  readonly question_id: string;
  /** The response as typed/selected; null = cleared. */
  readonly response: string | null;
}

/** Question id → final response (null when cleared). Order of `events` does not matter. */
export function foldResponses(events: readonly AnswerEvent[]): Map<string, string | null> {
  const answers = finalAnswers(
    events.map((e) => ({ question_id: e.question_id, answer: e.response, hlc: e.hlc, response_time_ms: 0 })),
    null,
  );
  return new Map([...answers].map(([q, a]) => [q, a.answer]));
}
