import { compareEvents } from '../events.ts';

/**
 * A test sitting's responses as a fold over answer events: per question, the event with the
 * greatest (hlc, id) wins (last writer wins by HLC, never by device clock), so any replica with
 * the same events scores the same paper.
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
  const latest = new Map<string, AnswerEvent>();
  for (const e of events) {
    const prev = latest.get(e.question_id);
    if (prev === undefined || compareEvents(e, prev) > 0 || (compareEvents(e, prev) === 0 && (e.response ?? '') > (prev.response ?? ''))) {
      latest.set(e.question_id, e);
    }
  }
  return new Map([...latest].map(([q, e]) => [q, e.response]));
}
